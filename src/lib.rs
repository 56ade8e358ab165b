//! # Parallax
//!
//! Parallax shows how several outlets' coverage of one story differs. It
//! runs in three stages, each a module, and all of it runs in the browser via
//! WebAssembly or natively for tests, benchmarks and the command line.
//!
//! 1. **[`parse()`]** turns one input — pasted scraped text or a saved HTML
//!    page — into an [`Article`]: headline, dek, bylines, outlet, date,
//!    captions, subheads, the body as paragraphs and sentences, and what the
//!    body says (quotes with speakers, entities, numbers with what they count,
//!    dates). Every line of the input is accounted for: kept as content or
//!    metadata, or removed with a stated reason.
//! 2. **[`compare()`]** takes several articles and returns a [`Comparison`]:
//!    which articles are alike, which sentences report the same fact, shared
//!    quotes, figures that conflict, what each article alone reports, whom
//!    each quotes, and how each words things.
//! 3. **[`highlight()`]** cuts an article's text into [`Segment`]s carrying
//!    those findings as layers, and renders them as escaped HTML.
//!
//! Beside them, [`diff()`] shows word by word how two near-identical texts
//! differ (wire copy against a rewrite, two versions of one story).
//!
//! The [`model`] module holds the data types; [`Utf16Index`] converts between
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

#![warn(missing_docs)]

// The stages are private modules; what a user needs is re-exported below, so
// the public surface is this file and the `model` types. Everything else can
// change without breaking anyone.
mod compare;
mod diff;
mod error;
mod highlight;
mod lexicon;
mod offsets;
mod parse;

pub mod cluster;
pub mod export;
pub mod model;

/// The JavaScript boundary; public so browser tests can call it directly.
/// Its exports exist on wasm32 only; the result encoding it uses is plain
/// Rust, tested natively.
#[doc(hidden)]
pub mod wasm;

pub use compare::{compare, group_events, sentence_similarity, MAX_ARTICLES, MAX_TOTAL_BYTES};
pub use diff::{diff, DiffChunk, DiffOp, TextDiff};
pub use error::{Error, ErrorKind};
pub use highlight::highlight;
pub use model::{Article, Comparison, Segment, Span};
pub use offsets::{utf16_len, Utf16Index};
pub use parse::{parse, parse_bytes, MAX_INPUT_BYTES};

/// Reach-ins for this repository's own tests, benchmarks, fuzz targets and
/// accuracy dashboard: the readers and scorers they measure one at a time.
/// Not part of the public API; anything here may change in any release.
#[doc(hidden)]
pub mod internals {
    pub use crate::compare::compare_timed;
    pub use crate::compare::event_pairs;
    pub use crate::compare::events::{
        average_linkage, event_probabilities, join_lone_reports, thread_events,
    };
    pub use crate::compare::evidence as event_evidence;
    pub use crate::compare::figures_in_one_event;
    pub use crate::compare::group_events_with_model;
    pub use crate::compare::normalize::{stemmed_words, words};
    pub use crate::compare::quotes::{
        quote_pairs, shared_quotes_under, QuotePair, QuoteRule, Stretch, RULE as QUOTE_RULE,
    };
    pub use crate::compare::similarity::{Profile, BIAS, FEATURES, FEATURE_NAMES, WEIGHTS};
    pub use crate::parse::dates::iso_day;
    pub use crate::parse::hidden::find as find_hidden;
    #[cfg(feature = "html")]
    pub use crate::parse::html::charset::{declared_encoding, Decoded};
    #[cfg(feature = "html")]
    pub use crate::parse::html::page_metadata;
    #[cfg(feature = "html")]
    pub use crate::parse::html::parse_decoded;
    pub use crate::parse::language::detect as detect_language;
}

/// The crate version, as `version()` reports it to JavaScript.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
