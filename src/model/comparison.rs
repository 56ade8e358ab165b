//! What comparing several articles finds. Articles are referred to by their
//! index in the list given to [`crate::compare`]; every finding carries spans
//! so the page can highlight it.

use super::{EntityKind, Span};
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
    /// The speaker as this article names them.
    pub speaker: Option<String>,
    /// The speaker's index in [`Comparison::participants`], when the speaker
    /// is a named participant.
    #[serde(default)]
    pub participant: Option<usize>,
    /// Where this occurrence's wording differs from the shared quote's
    /// (`SharedQuote::text`): runs of words inside the stretch the two share
    /// that the other lacks, as UTF-16 spans of the article text. Outlets
    /// trim and reword quotes ("something important" against "something
    /// very important"); a reader should see where, not only that the quote
    /// is shared. Empty when the words agree.
    #[serde(default)]
    pub differs: Vec<Span>,
}

/// The same quoted words in several articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct SharedQuote {
    /// The shared stretch of the shortest occurrence: the words every
    /// occurrence aligns with, as that occurrence writes them.
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
    /// The participant's name when the source is one (the same in every
    /// article, however the article spells it); otherwise the name as the
    /// article gives it.
    pub name: String,
    /// The source's index in [`Comparison::participants`], when it is a
    /// named participant.
    #[serde(default)]
    pub participant: Option<usize>,
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

/// A person, organisation or place named in the compared articles, under
/// one name however each article writes it ("Ilse Vandermeer" and "Ilse van
/// der Meer"; "Kostya Marenko" and "Kostiantyn Marenko"; "Mr. Austin" and
/// "Defense Secretary Lloyd J. Austin III").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Participant {
    /// The name shown for it: the fullest given name, then the form most
    /// articles use.
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct way the articles write the name (each article's
    /// entity name), in order of first appearance.
    pub forms: Vec<String>,
    /// Where each article mentions it, in article order.
    pub mentions: Vec<ParticipantMentions>,
}

/// One article's mentions of a [`Participant`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ParticipantMentions {
    pub article: usize,
    /// The article's entities (indices in its `entities`) that are this
    /// participant: usually one.
    pub entities: Vec<usize>,
    /// Every mention, in text order (UTF-16).
    pub spans: Vec<Span>,
}

/// A term one article uses more than the others, with its z-score: never a
/// function word, and |z| ≥ 1.96 (see `compare::wording`).
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
    /// Highest z first; empty when no word stands out.
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
    /// The people, organisations and places the articles name, one entry
    /// each across articles, most widely named first. Sources and shared
    /// quotes refer to them by index.
    #[serde(default)]
    pub participants: Vec<Participant>,
    pub alignments: Vec<Alignment>,
    pub shared_quotes: Vec<SharedQuote>,
    pub discrepancies: Vec<Discrepancy>,
    pub agreements: Vec<Agreement>,
    pub coverage: Vec<Coverage>,
    pub sources: Vec<ArticleSources>,
    pub wording: Vec<ArticleWording>,
    pub variants: Vec<WordingVariant>,
}
