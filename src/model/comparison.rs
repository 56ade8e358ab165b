//! What comparing several articles finds. Articles are referred to by their
//! index in the list given to [`crate::compare`]; every finding carries spans
//! so the page can highlight it.

use super::Span;
use serde::{Deserialize, Serialize};

/// Options for [`crate::compare`]. Every field may be omitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct CompareOptions {
    /// Sentence pairs scoring below this are not reported as aligned (0..1).
    /// The default, 0.35, favours finding sentences that report one fact
    /// with extra clauses of their own; see docs/compare.md.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub min_alignment_score: f64,
    /// How many distinctive terms to report per article.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub distinctive_terms: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions { min_alignment_score: 0.35, distinctive_terms: 12 }
    }
}

/// A sentence of one of the compared articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct SentenceRef {
    pub article: usize,
    pub sentence: usize,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum AlignmentKind {
    /// The same words, ignoring case, punctuation and quote style.
    Verbatim,
    /// The same words up to spelling variants and a few edits.
    NearVerbatim,
    /// The same fact in other words.
    Paraphrase,
}

/// Two sentences in different articles that report the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Alignment {
    pub a: SentenceRef,
    pub b: SentenceRef,
    pub score: f64,
    pub kind: AlignmentKind,
}

/// A group of articles (by index).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ArticleGroup {
    pub articles: Vec<usize>,
    /// A short human label, from the terms the group's articles share.
    pub label: String,
}

/// One place a quote appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct QuoteOccurrence {
    pub article: usize,
    pub quote: usize,
    pub text: String,
    pub span: Span,
    pub speaker: Option<String>,
}

/// The same quoted words in several articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct SharedQuote {
    /// The words all occurrences share.
    pub text: String,
    pub occurrences: Vec<QuoteOccurrence>,
}

/// One article's figure for a quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ReportedValue {
    pub article: usize,
    /// Index in the article's `numbers` or `dates`.
    pub item: usize,
    pub text: String,
    pub span: Span,
    pub sentence: Option<usize>,
    pub value: Option<f64>,
    /// For dates, the resolved ISO day.
    pub resolved: Option<String>,
}

/// The same quantity reported by several articles with different values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Discrepancy {
    /// What is counted, in words ("people killed").
    pub quantity: String,
    pub values: Vec<ReportedValue>,
}

/// The same value reported in different forms ("$40bn", "nearly $40 billion";
/// "Tuesday", "June 25"): agreement, listed so nobody mistakes it for conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Agreement {
    pub quantity: String,
    pub values: Vec<ReportedValue>,
}

/// What one article alone reports within its event, and what it leaves out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Coverage {
    pub article: usize,
    pub exclusive: Vec<SentenceRef>,
    /// Sentences of other articles in the same event with no counterpart here.
    pub omitted: Vec<SentenceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum SourceKind {
    Person,
    Official,
    Ministry,
    Agency,
    Outlet,
    Organization,
    Unnamed,
}

/// Someone an article quotes or cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    pub quotes: usize,
    pub citations: usize,
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ArticleSources {
    pub article: usize,
    pub sources: Vec<Source>,
}

/// A term one article uses more than the others, with its z-score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct DistinctiveTerm {
    pub term: String,
    pub z: f64,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ArticleWording {
    pub article: usize,
    pub terms: Vec<DistinctiveTerm>,
}

/// Two ways of naming one thing, and which articles use which.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct WordingVariant {
    pub forms: Vec<VariantForm>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct VariantForm {
    pub form: String,
    pub articles: Vec<usize>,
    pub spans: Vec<VariantSpan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct VariantSpan {
    pub article: usize,
    pub span: Span,
}

/// A short description of each compared article, so a comparison can be
/// shown without the articles at hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub sentence_count: usize,
    pub word_count: usize,
}

/// Everything [`crate::compare`] finds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Comparison {
    pub articles: Vec<ArticleSummary>,
    /// `similarity[i][j]`, symmetric, 1 on the diagonal; see the README for
    /// the method.
    pub similarity: Vec<Vec<f64>>,
    pub events: Vec<ArticleGroup>,
    pub threads: Vec<ArticleGroup>,
    pub alignments: Vec<Alignment>,
    pub shared_quotes: Vec<SharedQuote>,
    pub discrepancies: Vec<Discrepancy>,
    pub agreements: Vec<Agreement>,
    pub coverage: Vec<Coverage>,
    pub sources: Vec<ArticleSources>,
    pub wording: Vec<ArticleWording>,
    pub variants: Vec<WordingVariant>,
}
