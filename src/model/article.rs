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
    /// Pasted or scraped text: lines are classified by what they look like.
    Text,
    /// A saved HTML page: the readable container is found first, then its lines classified.
    Html,
}

/// Options for [`crate::parse`]. Every field may be omitted from JavaScript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct ParseOptions {
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    /// What the input is; `auto` (the default) decides from the content.
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
    /// The headline.
    Title,
    /// The standfirst under the headline: a summary, not the story.
    Dek,
    /// Who wrote the article: kept apart so it is not read as a source.
    Byline,
    /// A place and date opening the story ("KYIV, June 25 (Reuters) -"): it gives the date and
    /// outlet.
    Dateline,
    /// A credit for a contributor ("Additional reporting by …").
    Contributor,
    /// A credit for an editor ("Editing by …").
    Editor,
    /// A line naming the outlet or agency the story comes from.
    SourceLine,
    /// A photo caption: about the picture, so not compared as the story's text.
    Caption,
    /// A heading inside the body.
    Subhead,
    /// The story itself: the only lines compared.
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
    /// The headline again, as scraped pages often repeat it.
    RepeatedTitle,
    /// A slug or URL form of the headline.
    TitleSlug,
    /// A caption already seen in the article.
    DuplicateCaption,
    /// An audio player's controls or label ("Listen to this article").
    AudioPlayer,
    /// An "Updated" label with nothing else of use.
    UpdatedLabel,
    /// A line that is only a date (its date is kept as the publication date when it is one).
    DateLine,
    /// A call to act ("Sign up", "Share this", "Read more").
    Prompt,
    /// A promotion of other content ("Related:", "Most read").
    Promo,
    /// A sign-off after the story ("— Reporting by …", "Contact us").
    SignOff,
    /// A label on a photo ("Photo:", "Image 1 of 5").
    PhotoLabel,
    /// Page furniture: copyright, navigation, cookie notices.
    Boilerplate,
}

/// One line of the input with the role it was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Line {
    /// The line without its line break.
    pub span: Span,
    /// What the line was judged to be.
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
    /// The line as written, so the page can show what was dropped.
    pub text: String,
    /// Where the line stands in the text.
    pub span: Span,
    /// Why it was dropped, so the user can disagree.
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
    /// Where the caption line stands in the text.
    pub span: Span,
    /// The photo credit split off the caption, when it has one.
    pub credit: Option<Located>,
}

/// A date the article states, in ISO form `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct PublishedDate {
    /// The day as `YYYY-MM-DD`, the form every resolved date takes, so dates compare as strings.
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
    /// The paragraph, from its first sentence to its last.
    pub span: Span,
    /// Index of the first sentence of this paragraph in [`Article::sentences`].
    pub first_sentence: usize,
    /// How many sentences it holds, from `first_sentence` on.
    pub sentence_count: usize,
}

/// One sentence of the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Sentence {
    /// The sentence's position in [`Article::sentences`], which other records refer to.
    pub index: usize,
    /// The index of its paragraph in [`Article::paragraphs`].
    pub paragraph: usize,
    /// The sentence as written.
    pub text: String,
    /// Where the sentence stands in the text.
    pub span: Span,
}

/// Words inside quotation marks, and who said them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Quote {
    /// The quoted words without the outer quotation marks.
    pub text: String,
    /// Where the quoted words stand in the text, without the quotation marks.
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
/// What an entity is: comparison matches names only within one kind.
pub enum EntityKind {
    /// A person, who may be quoted or cited.
    Person,
    /// An organisation: a ministry, agency, company, party or outlet.
    Organization,
    /// A place: a country, city, region or site.
    Place,
}

/// A person, organisation or place, with every way the article refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Entity {
    /// Whether it is a person, an organisation or a place.
    pub kind: EntityKind,
    /// The fullest form of the name, without titles ("Lloyd Austin").
    pub name: String,
    /// Titles and honorifics seen before the name ("Secretary", "Mr.").
    pub titles: Vec<String>,
    /// Every place the article names it, in text order.
    pub mentions: Vec<Located>,
}

/// How a number was hedged. Comparison needs this: "about 150" and "150"
/// agree, "at least 4" and "5" do not conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum Qualifier {
    #[default]
    /// Stated as it is ("12 people").
    Exact,
    /// Roughly ("about", "around", "some", "an estimated").
    About,
    /// Just under ("nearly", "almost").
    Nearly,
    /// The value or more ("at least").
    AtLeast,
    /// The value or less ("at most", "up to").
    AtMost,
    /// Above the value ("more than", "over").
    MoreThan,
    /// Below the value ("less than", "fewer than", "under").
    LessThan,
}

/// What sort of number it is, which decides how it may be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum NumberKind {
    /// A count of things ("five people"), the default.
    Count,
    /// An amount of money; `unit` holds the currency.
    Money,
    /// A percentage or a change in percentage points.
    Percent,
    /// A person's age ("62-year-old", "aged 62", "Keel, 58,").
    Age,
    /// A length of time; `unit` holds hours, days, years and the like.
    Duration,
    /// A distance; `unit` holds miles, km or metres.
    Distance,
    /// A score or tally ("86-11", "voted 7 to 2"): `low` and `high` hold the two sides.
    Score,
    /// A year standing alone ("in 2019"): a time, not a count.
    Year,
    /// An ordinal ("1st", "3rd"): a rank, not a count.
    Ordinal,
    /// Anything else, such as a share ("two-thirds", "one in five").
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
    /// Where the phrase stands in the text.
    pub span: Span,
    /// Just the number as written ("five", "$40bn").
    pub number_text: String,
    /// Where the number alone stands in the text.
    pub number_span: Span,
    /// The value in base units (dollars, not billions); `null` for forms that
    /// are not one value, such as a score "86-11".
    pub value: Option<f64>,
    /// For ranges ("30-40 percent") and scores, the two ends.
    pub low: Option<f64>,
    /// The upper end of a range, or the second side of a score.
    pub high: Option<f64>,
    /// How exact the number is, from its hedge: "about 150" and "150" are no conflict.
    pub qualifier: Qualifier,
    /// What sort of quantity it is; comparison only sets alike kinds side by side.
    pub kind: NumberKind,
    /// Unit or currency: "usd", "percent", "miles", "hours", "years".
    pub unit: Option<String>,
    /// The thing counted, singular and lowercase ("person", "missile").
    pub counted: Option<String>,
    /// What happened to it, as a base verb ("kill", "injure", "down").
    pub action: Option<String>,
    /// The index of its sentence in [`Article::sentences`].
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
/// Whether a date is written out or needs the publication date to resolve.
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
    /// The date expression as written.
    pub text: String,
    /// Where it stands in the text.
    pub span: Span,
    /// Absolute or relative.
    pub kind: DateKind,
    /// The day it refers to (`YYYY-MM-DD`), or a month (`YYYY-MM`), week
    /// (`YYYY-Www`) or year; `null` when it cannot be resolved.
    pub resolved: Option<String>,
    /// The index of its sentence in [`Article::sentences`]; `null` for dates outside the body.
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
    /// Where the run stands in the text.
    pub span: Span,
    /// What sort of hidden characters the run holds.
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
    /// The id from [`ParseOptions::id`], or a hash of the input: the same input always gets the
    /// same id.
    pub id: String,
    /// What the input was parsed as (never `auto`).
    pub format: InputFormat,
    /// The file name given in [`ParseOptions::file_name`], for display.
    pub file_name: Option<String>,
    /// The text every span points into.
    pub text: String,
    /// The headline, when one was found.
    pub title: Option<Located>,
    /// The standfirst under the headline, when there is one.
    pub dek: Option<Located>,
    /// Who wrote the article, one entry per byline.
    pub bylines: Vec<Located>,
    /// Contributors credited apart from the byline ("Additional reporting by").
    pub contributors: Vec<Located>,
    /// Editors credited ("Editing by").
    pub editors: Vec<Located>,
    /// The publication, only when the text names it.
    pub outlet: Option<Located>,
    /// A line naming the outlet or agency the story comes from.
    pub source_line: Option<Located>,
    /// The publication date, which relative dates resolve against.
    pub published: Option<PublishedDate>,
    /// A BCP-47 tag: the page's `<html lang>` for HTML; otherwise the
    /// primary tag read from the body's words and script ("en", "ru"), or
    /// `null` when the text is too short or mixed to say.
    pub language: Option<String>,
    /// Every line of the input with its role, so nothing is silently dropped.
    pub lines: Vec<Line>,
    /// Photo captions, kept out of the body.
    pub captions: Vec<Caption>,
    /// Headings inside the body.
    pub subheads: Vec<Located>,
    /// Lines judged not to be content, with reasons.
    pub removed: Vec<RemovedLine>,
    /// The body's paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// The body's sentences, in order; other records refer to them by index.
    pub sentences: Vec<Sentence>,
    /// Quotations in the body, with speakers.
    pub quotes: Vec<Quote>,
    /// People, organisations and places named in the body.
    pub entities: Vec<Entity>,
    /// Numbers in the body with what they count.
    pub numbers: Vec<NumberMention>,
    /// Dates in the body, resolved where the publication date allows.
    pub dates: Vec<DateMention>,
    /// Words in the body, for the summary and reading time.
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
