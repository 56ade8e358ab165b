//! # Parallax
//!
//! Parallax shows how several outlets' coverage of one story differs. It
//! runs in three stages, each a module, and all of it runs in the browser via
//! WebAssembly or natively for tests, benchmarks and the command line.
//!
//! 1. **[`parse`]** turns one input — pasted scraped text or a saved HTML
//!    page — into an [`Article`]: headline, dek, bylines, outlet, date,
//!    captions, subheads, the body as paragraphs and sentences, and what the
//!    body says (quotes with speakers, entities, numbers with what they count,
//!    dates). Every line of the input is accounted for: kept as content or
//!    metadata, or removed with a stated reason.
//! 2. **[`compare`]** takes several articles and returns a [`Comparison`]:
//!    which articles are alike, which sentences report the same fact, shared
//!    quotes, figures that conflict, what each article alone reports, whom
//!    each quotes, and how each words things.
//! 3. **[`highlight`]** cuts an article's text into [`Segment`]s carrying
//!    those findings as layers, and renders them as escaped HTML.
//!
//! Beside them, [`diff`] shows word by word how two near-identical texts
//! differ (wire copy against a rewrite, two versions of one story).
//!
//! The [`model`] module holds the data types; [`offsets`] converts between
//! Rust's byte offsets and the UTF-16 offsets that every [`Span`] uses, since
//! spans are meant for JavaScript. The `wasm` module is the thin JavaScript
//! boundary (its exports exist on wasm32 only). The crate-private
//! `lexicon` module holds the word lists and small helpers the stages share
//! (month names, number words, speech verbs, the hash), each once.
//!
//! ```
//! use parallax::{parse, compare, highlight, model::*};
//! let a = parse("Quake hits Avalon\n\nFive people died, officials said.", &ParseOptions::default()).unwrap();
//! let b = parse("Avalon quake kills five\n\nFive people died, officials said.", &ParseOptions::default()).unwrap();
//! let result = compare(&[a.clone(), b], &CompareOptions::default()).unwrap();
//! assert_eq!(result.alignments.len(), 1);
//! let marked = highlight(&a, Some(&result), &HighlightOptions::default()).unwrap();
//! assert_eq!(marked.segments.iter().map(|s| s.text.as_str()).collect::<String>(), a.text);
//! ```

pub mod compare;
pub mod diff;
pub mod error;
pub mod highlight;
pub(crate) mod lexicon;
pub mod model;
pub mod offsets;
pub mod parse;

/// The JavaScript boundary; public so browser tests can call it directly.
/// Its exports exist on wasm32 only; the result encoding it uses is plain
/// Rust, tested natively.
#[doc(hidden)]
pub mod wasm;

pub use compare::{compare, sentence_similarity};
pub use diff::{diff, TextDiff};
pub use error::{Error, ErrorKind};
pub use highlight::highlight;
pub use model::{Article, Comparison, Segment, Span};
pub use parse::{parse, parse_bytes};

/// The crate version, as `version()` reports it to JavaScript.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
