//! The parsed article: one model for plain-text and HTML input.

use super::{Located, Span};
use serde::{Deserialize, Serialize};

/// What kind of input an article was parsed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum InputFormat {
    /// Decide from the content: markup-looking input is HTML, the rest text.
    #[default]
    Auto,
    Text,
    Html,
}

/// Options for [`crate::parse`]. Every field may be omitted from JavaScript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ParseOptions {
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub format: InputFormat,
    /// A caller-chosen identifier copied to [`Article::id`]; by default a
    /// hash of the input, so the same input always gets the same id.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
    /// The page's address, for HTML input: it can carry the date and site.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub url: Option<String>,
    /// A file name, kept for display and used as a hint for `auto`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub file_name: Option<String>,
}

/// How one line of the input was used. Every line of the input gets exactly
/// one role, so nothing the user gave is silently dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum LineRole {
    Title,
    Dek,
    Byline,
    Dateline,
    Contributor,
    Editor,
    SourceLine,
    Caption,
    Subhead,
    Body,
    /// Not content: see the line's `reason`.
    Removed,
    /// Only whitespace.
    Blank,
}

/// Why a line was judged not to be content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum RemovalReason {
    RepeatedTitle,
    TitleSlug,
    DuplicateCaption,
    AudioPlayer,
    UpdatedLabel,
    DateLine,
    Prompt,
    Promo,
    SignOff,
    PhotoLabel,
    Boilerplate,
}

/// One line of the input with the role it was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Line {
    /// The line without its line break.
    pub span: Span,
    pub role: LineRole,
    /// Set when `role` is `removed`.
    pub reason: Option<RemovalReason>,
}

/// A line that was not kept as content, with the reason, so the page can show
/// what was dropped and the user can disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct RemovedLine {
    pub text: String,
    pub span: Span,
    pub reason: RemovalReason,
}

/// A photo caption; the credit ("(AP Photo)", "[File: Name/Reuters]") is split
/// off because it names the photographer, not anyone in the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Caption {
    /// The whole caption line, credit included.
    pub text: String,
    pub span: Span,
    pub credit: Option<Located>,
}

/// A date the article states, in ISO form `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct PublishedDate {
    pub iso: String,
    /// Where the date was read from; `null` when it came from metadata that is
    /// not part of the text (an HTML `<meta>` tag, the URL).
    pub source: Option<Located>,
}

/// A body paragraph and the sentences in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Paragraph {
    pub span: Span,
    /// Index of the first sentence of this paragraph in [`Article::sentences`].
    pub first_sentence: usize,
    pub sentence_count: usize,
}

/// One sentence of the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Sentence {
    pub index: usize,
    pub paragraph: usize,
    pub text: String,
    pub span: Span,
}

/// Words inside quotation marks, and who said them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Quote {
    /// The quoted words without the outer quotation marks.
    pub text: String,
    pub span: Span,
    /// The sentence the quote starts in.
    pub sentence: usize,
    /// The speaker's canonical name, or `null` when the text does not say.
    pub speaker: Option<String>,
    /// The speaker's index in [`Article::entities`], when the speaker is one.
    pub speaker_entity: Option<usize>,
    /// True when the quote is a fragment inside a sentence rather than the
    /// whole of what was said.
    pub partial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

/// A person, organisation or place, with every way the article refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest form of the name, without titles ("Lloyd Austin").
    pub name: String,
    /// Titles and honorifics seen before the name ("Secretary", "Mr.").
    pub titles: Vec<String>,
    pub mentions: Vec<Located>,
}

/// How a number was hedged. Comparison needs this: "about 150" and "150"
/// agree, "at least 4" and "5" do not conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    Nearly,
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
}

/// What sort of number it is, which decides how it may be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum NumberKind {
    Count,
    Money,
    Percent,
    Age,
    Duration,
    Distance,
    Score,
    Year,
    Ordinal,
    Other,
}

/// A number in the body with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct NumberMention {
    /// The phrase that carries the number and what it counts
    /// ("killed five people"), as it stands in the text.
    pub text: String,
    pub span: Span,
    /// Just the number as written ("five", "$40bn").
    pub number_text: String,
    pub number_span: Span,
    /// The value in base units (dollars, not billions); `null` for forms that
    /// are not one value, such as a score "86-11".
    pub value: Option<f64>,
    /// For ranges ("30-40 percent") and scores, the two ends.
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: NumberKind,
    /// Unit or currency: "usd", "percent", "miles", "hours", "years".
    pub unit: Option<String>,
    /// The thing counted, singular and lowercase ("person", "missile").
    pub counted: Option<String>,
    /// What happened to it, as a base verb ("kill", "injure", "down").
    pub action: Option<String>,
    pub sentence: usize,
    /// The hedge written before the number ("more than", "nearly"), when
    /// there is one; `qualifier` says what it means.
    #[serde(default)]
    pub hedge: Option<Located>,
    /// Counts a part of a group named beside it ("two of the five", "nine
    /// of the injured", "two of them"): never the group's total.
    #[serde(default)]
    pub partitive: bool,
    /// The article says this value changed: a new value ("rose to 12",
    /// "revised to", "now") or an old one ("up from 8", "initially", "from
    /// 30,000 to …").
    #[serde(default)]
    pub revised: bool,
    /// Counts an addition or a rate, not a total ("another 12", "a further
    /// 2,800", "120 new cases", "40 a day").
    #[serde(default)]
    pub increment: bool,
    /// A share from a poll or survey its sentence names; two polls' shares
    /// are different quantities.
    #[serde(default)]
    pub survey: bool,
    /// Who did it, when the verb before the number has a person for its
    /// subject: the name written just before the verb ("Garrard completed
    /// 28 passes": "Garrard") or "he"/"she". One player's tally is not
    /// another's.
    #[serde(default)]
    pub agent: Option<String>,
    /// A running total rather than the count of one moment: "so far", "to
    /// date", "this season", "in total", "overall".
    #[serde(default)]
    pub running_total: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum DateKind {
    /// Names a calendar day, perhaps without a year ("June 25", "24 February").
    Absolute,
    /// Needs the publication date to resolve ("Tuesday", "last week").
    Relative,
}

/// A date or time expression in the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct DateMention {
    pub text: String,
    pub span: Span,
    pub kind: DateKind,
    /// The day it refers to (`YYYY-MM-DD`), or a month (`YYYY-MM`), week
    /// (`YYYY-Www`) or year; `null` when it cannot be resolved.
    pub resolved: Option<String>,
    pub sentence: Option<usize>,
}

/// A kind of character a reader cannot see but that changes the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum HiddenKind {
    /// Zero-width spaces and joiners, soft hyphens, word joiners, a BOM
    /// inside the text: they can hide in or between words.
    ZeroWidth,
    /// Bidirectional embeddings, overrides, isolates and marks: they can make
    /// text display in another order than it is stored.
    Bidi,
    /// C0/C1 control characters other than tab and line breaks, such as NUL.
    Control,
    /// Unicode tag characters outside a flag emoji: invisible ASCII look-alikes.
    Tag,
}

/// A run of consecutive hidden characters of one kind in the article text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct HiddenRun {
    pub span: Span,
    pub kind: HiddenKind,
    /// How many characters the run holds.
    pub count: usize,
    /// The run's first character as `U+XXXX`, to show the user.
    pub first: String,
}

/// A parsed article. `text` is the text every span points into: the input
/// itself for plain text, the extracted readable text for HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Article {
    pub id: String,
    pub format: InputFormat,
    pub file_name: Option<String>,
    pub text: String,
    pub title: Option<Located>,
    pub dek: Option<Located>,
    pub bylines: Vec<Located>,
    pub contributors: Vec<Located>,
    pub editors: Vec<Located>,
    /// The publication, only when the text names it.
    pub outlet: Option<Located>,
    pub source_line: Option<Located>,
    pub published: Option<PublishedDate>,
    /// A BCP-47 tag: the page's `<html lang>` for HTML; otherwise the
    /// primary tag read from the body's words and script ("en", "ru"), or
    /// `null` when the text is too short or mixed to say.
    pub language: Option<String>,
    pub lines: Vec<Line>,
    pub captions: Vec<Caption>,
    pub subheads: Vec<Located>,
    pub removed: Vec<RemovedLine>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    pub numbers: Vec<NumberMention>,
    pub dates: Vec<DateMention>,
    pub word_count: usize,
    /// Where the text holds characters a reader cannot see (zero-width,
    /// bidirectional controls, control characters, tags); each kind found
    /// also gets a warning.
    #[serde(default)]
    pub hidden: Vec<HiddenRun>,
    /// Things the user should know about the input: text that was decoded
    /// with replacement characters, hidden bidi controls, guesses made.
    pub warnings: Vec<String>,
}
