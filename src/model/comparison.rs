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
    /// The article's index in the compared list.
    pub article: usize,
    /// The sentence's index in that article's `sentences`.
    pub sentence: usize,
    /// Where the sentence stands in that article's text.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
/// How closely two aligned sentences match, from copied to reworded.
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
    /// The sentence in the article that comes first in the compared list.
    pub a: SentenceRef,
    /// The sentence in the other article, later in the compared list.
    pub b: SentenceRef,
    /// How alike the two are (0..1), above `CompareOptions::align_threshold`.
    pub score: f64,
    /// Whether the match is word for word or a rewording.
    pub kind: AlignmentKind,
}

/// A group of articles (by index).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ArticleGroup {
    /// The articles' indices in the compared list, ascending.
    pub articles: Vec<usize>,
    /// A short human label, from the terms the group's articles share.
    pub label: String,
}

/// One place a quote appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct QuoteOccurrence {
    /// The article's index in the compared list.
    pub article: usize,
    /// The quote's index in that article's `quotes`.
    pub quote: usize,
    /// The quoted words as this article gives them.
    pub text: String,
    /// Where the quote stands in this article's text.
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
    /// Each article's occurrence, in article order.
    pub occurrences: Vec<QuoteOccurrence>,
}

/// One article's figure for a quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ReportedValue {
    /// The article's index in the compared list.
    pub article: usize,
    /// Index in the article's `numbers` or `dates`.
    pub item: usize,
    /// The phrase that gives the value, as written.
    pub text: String,
    /// Where the phrase stands in the article's text.
    pub span: Span,
    /// The index of its sentence in the article's `sentences`.
    pub sentence: Option<usize>,
    /// The value in base units, so values written differently compare.
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
    /// Each article's value, in article order.
    pub values: Vec<ReportedValue>,
}

/// The same value reported in different forms ("$40bn", "nearly $40 billion";
/// "Tuesday", "June 25"): agreement, listed so nobody mistakes it for conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Agreement {
    /// What is counted, in words ("people killed").
    pub quantity: String,
    /// Each article's form of the one value, in article order.
    pub values: Vec<ReportedValue>,
}

/// What one article alone reports within its event, and what it leaves out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Coverage {
    /// The article's index in the compared list.
    pub article: usize,
    /// Its sentences with no counterpart in the other articles of its event.
    pub exclusive: Vec<SentenceRef>,
    /// Sentences of other articles in the same event with no counterpart here.
    pub omitted: Vec<SentenceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
/// What sort of source is quoted or cited: readers weigh an official against an unnamed source
/// differently.
pub enum SourceKind {
    /// A named person with no office given.
    Person,
    /// A person named with an office (a minister, a spokesperson).
    Official,
    /// A ministry or government department.
    Ministry,
    /// An agency: police, military, a UN body, an aid group.
    Agency,
    /// A news outlet or wire service.
    Outlet,
    /// Any other organisation.
    Organization,
    /// An unnamed source ("officials said", "a source close to").
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
    /// What sort of source it is.
    pub kind: SourceKind,
    /// How many of the article's quotes it speaks.
    pub quotes: usize,
    /// How many times the article cites it without quotation marks.
    pub citations: usize,
    /// Where the article quotes or cites it.
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
/// Whom one article quotes or cites.
pub struct ArticleSources {
    /// The article's index in the compared list.
    pub article: usize,
    /// Its sources, most quoted and cited first.
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
    /// Whether it is a person, an organisation or a place.
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
    /// The article's index in the compared list.
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
    /// The term as the article writes it most often.
    pub term: String,
    /// How far the article's use of the term stands above the others' (a z-score).
    pub z: f64,
    /// How many times the article uses it.
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
/// The terms one article uses more than the others.
pub struct ArticleWording {
    /// The article's index in the compared list.
    pub article: usize,
    /// Highest z first; empty when no word stands out.
    pub terms: Vec<DistinctiveTerm>,
}

/// Two ways of naming one thing, and which articles use which.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct WordingVariant {
    /// Each way of writing it, with the articles that use it.
    pub forms: Vec<VariantForm>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
/// One way of writing a name or word, and where it is used.
pub struct VariantForm {
    /// The form as written.
    pub form: String,
    /// The indices of the articles that use it.
    pub articles: Vec<usize>,
    /// Where each article uses it.
    pub spans: Vec<VariantSpan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
/// One place a variant form is used.
pub struct VariantSpan {
    /// The article's index in the compared list.
    pub article: usize,
    /// Where the form stands in that article's text.
    pub span: Span,
}

/// A short description of each compared article, so a comparison can be
/// shown without the articles at hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ArticleSummary {
    /// The article's id.
    pub id: String,
    /// Its headline, when it has one.
    pub title: Option<String>,
    /// Its outlet, when the text names it.
    pub outlet: Option<String>,
    /// Its publication day as `YYYY-MM-DD`, when known.
    pub published: Option<String>,
    /// How many body sentences it has.
    pub sentence_count: usize,
    /// How many body words it has.
    pub word_count: usize,
}

/// Everything [`crate::compare`] finds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Comparison {
    /// A summary of each compared article, in input order; every index refers to this order.
    pub articles: Vec<ArticleSummary>,
    /// `similarity[i][j]`, symmetric, 1 on the diagonal; see the README for
    /// the method.
    pub similarity: Vec<Vec<f64>>,
    /// Groups of articles that report one event.
    pub events: Vec<ArticleGroup>,
    /// Groups of events that form one developing story.
    pub threads: Vec<ArticleGroup>,
    /// The people, organisations and places the articles name, one entry
    /// each across articles, most widely named first. Sources and shared
    /// quotes refer to them by index.
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// Sentences of different articles that state the same fact.
    pub alignments: Vec<Alignment>,
    /// Quotes several articles share.
    pub shared_quotes: Vec<SharedQuote>,
    /// Figures and dates the articles give different values for.
    pub discrepancies: Vec<Discrepancy>,
    /// Figures and dates the articles agree on, though written differently.
    pub agreements: Vec<Agreement>,
    /// What each article alone reports within its event.
    pub coverage: Vec<Coverage>,
    /// Whom each article quotes or cites.
    pub sources: Vec<ArticleSources>,
    /// Terms each article uses more than the others.
    pub wording: Vec<ArticleWording>,
    /// Names and words the articles spell or choose differently.
    pub variants: Vec<WordingVariant>,
}
