//! The data Parallax hands out: parsed articles, comparisons and highlights.
//!
//! Every type here is plain data with serde derives, so the same values flow
//! to native callers, to the command line as JSON and, through `wasm`, to
//! JavaScript. On wasm32 each type also derives `Tsify`, which writes the
//! matching TypeScript declaration into `pkg/parallax.d.ts`; the declarations
//! therefore cannot drift from the Rust definitions.
//!
//! **Offsets.** Every [`Span`] is measured in UTF-16 code units, because that
//! is how JavaScript indexes strings (`String.prototype.slice`). Rust code that
//! needs byte offsets converts with [`crate::offsets::Utf16Index`].

mod article;
mod comparison;
mod highlight;

pub use article::*;
pub use comparison::*;
pub use highlight::*;

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of UTF-16 code units in an article's `text`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Span {
    /// The first UTF-16 code unit of the range.
    pub start: usize,
    /// One past the last UTF-16 code unit of the range.
    pub end: usize,
}

impl Span {
    /// The span `[start, end)`; `start` must not be after `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// How many UTF-16 code units the span holds.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span holds nothing (an insertion point).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A piece of text found in the article together with where it stands, so the
/// page can point at it. `text` is the exact slice of the article text unless
/// the field's documentation says it was normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Located {
    /// The text found, as written (unless the field holding it says otherwise).
    pub text: String,
    /// Where it stands in the article's `text`, so the page can point at it.
    pub span: Span,
}
