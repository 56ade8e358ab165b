//! Highlighted text: the article cut into segments, each with its layers.

use super::Span;
use serde::{Deserialize, Serialize};

/// A kind of mark a segment can carry. The page shows each as a toggleable
/// layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum Layer {
    /// Part of a sentence that another article also reports.
    Shared,
    /// Part of a sentence no other article in the event reports.
    Exclusive,
    Quote,
    Discrepancy,
    Agreement,
    Person,
    Organization,
    Place,
    Number,
    Date,
    /// A line that parsing judged not to be content.
    Removed,
    /// Title, byline, caption and other lines around the body.
    Metadata,
    /// Characters a reader cannot see (zero-width, bidi controls, control
    /// characters, tags): shown so nobody is fooled by them.
    Hidden,
}

/// A sentence in another article that this segment corresponds to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct SegmentRef {
    pub article: usize,
    pub sentence: usize,
}

/// A run of text with the same layers. Segments do not overlap, and joined
/// in order they give back the article text exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Segment {
    pub text: String,
    pub span: Span,
    pub layers: Vec<Layer>,
    /// The body sentence this segment belongs to, if any.
    pub sentence: Option<usize>,
    pub refs: Vec<SegmentRef>,
}

/// Options for [`crate::highlight`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct HighlightOptions {
    /// Which article of the comparison this is; needed when a comparison is
    /// given, to pick out its findings.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub article_index: Option<usize>,
    /// Layers to leave out of the segments and HTML; all are kept by default.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hide: Vec<Layer>,
}

/// The result of [`crate::highlight`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Highlighted {
    pub segments: Vec<Segment>,
    /// The segments as HTML `<span>`s with `data-` attributes and classes;
    /// every character of article text in it is escaped.
    pub html: String,
}
