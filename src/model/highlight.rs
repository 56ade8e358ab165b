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
    /// A quotation.
    Quote,
    /// A figure or date other articles give another value for.
    Discrepancy,
    /// A figure or date other articles agree on.
    Agreement,
    /// A person's name.
    Person,
    /// An organisation's name.
    Organization,
    /// A place name.
    Place,
    /// A number with what it counts.
    Number,
    /// A date.
    Date,
    /// A line that parsing judged not to be content.
    Removed,
    /// Title, byline, caption and other lines around the body.
    Metadata,
    /// Characters a reader cannot see (zero-width, bidi controls, control
    /// characters, tags): shown so nobody is fooled by them.
    Hidden,
}

impl Layer {
    /// Every layer, in declaration order: the order segments list them and
    /// the bit each takes in a packed segment's mask (`layer as u32`).
    pub const ALL: [Layer; 13] = [
        Layer::Shared,
        Layer::Exclusive,
        Layer::Quote,
        Layer::Discrepancy,
        Layer::Agreement,
        Layer::Person,
        Layer::Organization,
        Layer::Place,
        Layer::Number,
        Layer::Date,
        Layer::Removed,
        Layer::Metadata,
        Layer::Hidden,
    ];
}

/// A sentence in another article that this segment corresponds to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct SegmentRef {
    /// The other article's index in the compared list.
    pub article: usize,
    /// The sentence's index in that article's `sentences`.
    pub sentence: usize,
}

/// A run of text with the same layers. Segments do not overlap, and joined
/// in order they give back the article text exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Segment {
    /// The segment's text, exactly as in the article.
    pub text: String,
    /// Where it stands in the article's text.
    pub span: Span,
    /// The marks it carries; empty for plain text.
    pub layers: Vec<Layer>,
    /// The body sentence this segment belongs to, if any.
    pub sentence: Option<usize>,
    /// Sentences in other articles that report the same fact, for the page's links.
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
    /// The article cut into segments, in text order.
    pub segments: Vec<Segment>,
    /// The segments as HTML `<span>`s with `data-` attributes and classes;
    /// every character of article text in it is escaped.
    pub html: String,
}
