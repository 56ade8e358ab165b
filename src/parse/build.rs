//! Assembling an [`Article`] from classified lines. Shared by plain text and
//! HTML: each format decides what its lines are; this module builds the
//! paragraphs and sentences and runs the body stages (entities, quotes,
//! numbers, dates), and fills what the lines left open (an outlet named in
//! the body, a publication date from a dateline or the lede).

use crate::model::{
    Article, Caption, DateKind, DateMention, Entity, InputFormat, Line, LineRole, Located,
    NumberMention, Paragraph, ParseOptions, PublishedDate, Quote, RemovalReason, RemovedLine,
    Sentence, Span,
};
use crate::offsets::Utf16Index;
use crate::parse::content_id;
use crate::parse::credits::Credit;
use crate::parse::dates::{
    absolute_dates, days_from_civil, find_dates, find_dates_in, iso_day, weekday, FoundDate, Ymd,
};
use crate::parse::entities::{EntityFinder, FoundEntity};
use crate::parse::hedges::read_multi_word_hedges;
use crate::parse::language;
use crate::parse::numbers::{find_numbers_in, FoundNumber};
use crate::parse::outlet::{body_outlet, wire_dateline, BodyText};
use crate::parse::quotes::find_quotes;
use crate::parse::sentences::split_sentences_into;
use crate::parse::tokens::{count_token_runs, tokenize_into, Lowered, Token};
use std::ops::Range;

/// One line with its role. `line` excludes the line break; `content` is the
/// line without surrounding whitespace.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassifiedLine {
    pub line: Range<usize>,
    pub content: Range<usize>,
    pub role: LineRole,
    pub reason: Option<RemovalReason>,
}

/// What a format-specific stage found: every line's role and the metadata
/// read from the lines, as byte ranges of the text.
#[derive(Debug, Clone, Default)]
pub struct Classified {
    pub lines: Vec<ClassifiedLine>,
    pub title: Option<Range<usize>>,
    pub dek: Option<Range<usize>>,
    pub bylines: Vec<Range<usize>>,
    pub contributors: Vec<Range<usize>>,
    pub editors: Vec<Range<usize>>,
    pub outlet: Option<Range<usize>>,
    pub source_line: Option<Range<usize>>,
    /// The publication day (days since 1970-01-01) and where it was read.
    pub published: Option<(Range<usize>, i64)>,
    /// A date from an "Updated" label, used when nothing else dates the piece.
    pub updated: Option<(Range<usize>, i64)>,
    /// A date read from a credit line ("… via Outlet June 26th 2024").
    pub credit_date: Option<(Range<usize>, i64)>,
    pub captions: Vec<(Range<usize>, Option<Range<usize>>)>,
    /// The place a header's date line names ("Lindau, 4 June 2025"): a
    /// place among the entities, as a wire dateline's is.
    pub dateline_place: Option<Range<usize>>,
    pub warnings: Vec<String>,
}

impl Classified {
    /// Takes in what a credit line says.
    pub fn absorb_credit(&mut self, credit: Credit, line: Range<usize>) {
        self.bylines.extend(credit.bylines);
        self.contributors.extend(credit.contributors);
        self.editors.extend(credit.editors);
        if self.outlet.is_none() {
            self.outlet = credit.outlet;
        }
        if credit.source && self.source_line.is_none() {
            self.source_line = Some(line);
        }
        if let Some((range, ymd)) = credit.date {
            if let Some((y, m, d)) = ymd.full() {
                self.credit_date.get_or_insert((range, days_from_civil(y, m, d)));
            }
        }
    }
}

/// Joins consecutive body lines that are one paragraph hard-wrapped: the
/// first does not end a sentence and the next starts in lower case.
fn paragraphs_of(text: &str, lines: &[ClassifiedLine]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut prev_body = false;
    for l in lines {
        if l.role != LineRole::Body || l.content.is_empty() {
            prev_body = false;
            continue;
        }
        let s = &text[l.content.clone()];
        if prev_body {
            let last = out.last_mut().expect("a previous body line");
            let prev_text = text[last.clone()].trim_end();
            let continues = !prev_text.ends_with(['.', '!', '?', '”', '"', '…', ':'])
                && s.starts_with(|c: char| c.is_lowercase());
            if continues {
                last.end = l.content.end;
                continue;
            }
        }
        out.push(l.content.clone());
        prev_body = true;
    }
    out
}

/// Infers the year of a day given without one, from the full dates in the
/// text; when a weekday is named, the year must agree with it.
/// `known_years` caches the years of the text's full dates: finding them reads
/// the whole text, and a lede can offer several candidate days.
fn infer_year(
    text: &str,
    month: u32,
    day: u32,
    named_weekday: Option<u32>,
    known_years: &mut Option<Vec<i32>>,
) -> Option<i32> {
    // Without a weekday to confirm it, the year would be a guess.
    let named = named_weekday?;
    let years = known_years.get_or_insert_with(|| {
        let mut years: Vec<i32> = absolute_dates(text, 0..text.len())
            .into_iter()
            .filter_map(|d| d.1.year.filter(|_| d.1.day.is_some()))
            .collect();
        crate::lexicon::sort_dedup(&mut years);
        years
    });
    years.iter().rev().copied().find(|&y| weekday(days_from_civil(y, month, day)) == named)
}

/// Rule `each_writer_named_once`: a writer named by the byline and again by
/// a sign-off ("By Ana Vell" over the story, "Reporting by Ana Vell; Editing
/// by …" under it) is one writer, listed where first named; a contributor
/// who is already a writer is not listed again as a contributor. Names
/// match ignoring case and spacing.
fn each_writer_named_once(text: &str, c: &mut Classified) {
    let mut seen: Vec<String> = Vec::new();
    let mut first_naming = |r: &Range<usize>| {
        let key = text[r.clone()].split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let new = !seen.contains(&key);
        if new {
            seen.push(key);
        }
        new
    };
    c.bylines.retain(&mut first_naming);
    c.contributors.retain(&mut first_naming);
}

/// Builds the article.
pub fn assemble(
    text: &str,
    format: InputFormat,
    options: &ParseOptions,
    mut c: Classified,
) -> Article {
    let at = Locator { text, index: Utf16Index::new(text) };
    let body = Body::split(text, &c.lines, &at);
    fill_from_body(text, &mut c, &body);
    each_writer_named_once(text, &mut c);
    let published_day = c.published.as_ref().map(|p| p.1);
    let mut dates: Vec<DateMention> =
        c.dek.as_ref().map(|dek| dek_dates(&at, dek, published_day)).unwrap_or_default();
    let found = BodyFindings::read(&at, &body, published_day, c.dateline_place.clone());
    dates.extend(found.dates);
    let quotes = find_quotes(text, &body.paragraph_ranges, &body.sentence_ranges, &found.entities)
        .into_iter()
        .map(|q| Quote {
            text: at.text(&q.range),
            span: at.span(&q.range),
            sentence: q.sentence,
            speaker: q.speaker,
            speaker_entity: q.speaker_entity,
            partial: q.partial,
        })
        .collect();
    let entities = found
        .entities
        .into_iter()
        .map(|e| Entity {
            kind: e.kind,
            name: e.name,
            titles: e.titles,
            mentions: e.mentions.iter().map(|m| at.located(m)).collect(),
        })
        .collect();
    let roles = LineRoles::of(&at, &c.lines);
    if body.paragraphs.is_empty() {
        c.warnings.push("No body paragraphs were found: every line was read as a heading, caption or page furniture.".to_string());
    }
    Article {
        id: options.id.clone().unwrap_or_else(|| content_id(text)),
        format,
        file_name: options.file_name.clone(),
        text: text.to_string(),
        title: c.title.as_ref().map(|r| at.located(r)),
        dek: c.dek.as_ref().map(|r| at.located(r)),
        bylines: c.bylines.iter().map(|r| at.located(r)).collect(),
        contributors: c.contributors.iter().map(|r| at.located(r)).collect(),
        editors: c.editors.iter().map(|r| at.located(r)).collect(),
        outlet: c.outlet.as_ref().map(|r| at.located(r)),
        source_line: c.source_line.as_ref().map(|r| at.located(r)),
        published: c
            .published
            .as_ref()
            .map(|(r, d)| PublishedDate { iso: iso_day(*d), source: Some(at.located(r)) }),
        language: found.language.decide().map(str::to_string),
        lines: roles.lines,
        captions: c
            .captions
            .iter()
            .map(|(range, credit)| Caption {
                text: at.text(range),
                span: at.span(range),
                credit: credit.as_ref().map(|r| at.located(r)),
            })
            .collect(),
        subheads: roles.subheads,
        removed: roles.removed,
        paragraphs: body.paragraphs,
        sentences: body.sentences,
        quotes,
        entities,
        numbers: found.numbers,
        dates,
        word_count: found.word_count,
        hidden: Vec::new(),
        warnings: c.warnings,
    }
}

/// Byte ranges of the text as the article holds them: UTF-16 spans and
/// located text.
struct Locator<'t> {
    text: &'t str,
    index: Utf16Index,
}

impl Locator<'_> {
    fn span(&self, r: &Range<usize>) -> Span {
        self.index.span(r.start, r.end)
    }

    fn text(&self, r: &Range<usize>) -> String {
        self.text[r.clone()].to_string()
    }

    fn located(&self, r: &Range<usize>) -> Located {
        Located { text: self.text(r), span: self.span(r) }
    }
}

/// The body's paragraphs and their sentences, as byte ranges and as the
/// article holds them.
struct Body {
    paragraph_ranges: Vec<Range<usize>>,
    sentence_ranges: Vec<Range<usize>>,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
}

impl Body {
    /// The body lines' paragraphs, split into sentences.
    fn split(text: &str, lines: &[ClassifiedLine], at: &Locator) -> Body {
        let paragraph_ranges = paragraphs_of(text, lines);
        // Every paragraph's sentences are split into one list first, so the
        // article's lists are made at their final size instead of regrown.
        let mut sentence_ranges: Vec<Range<usize>> = Vec::new();
        let mut paragraph_ends = Vec::with_capacity(paragraph_ranges.len());
        for p in &paragraph_ranges {
            split_sentences_into(text, p.clone(), &mut sentence_ranges);
            paragraph_ends.push(sentence_ranges.len());
        }
        let mut paragraphs = Vec::with_capacity(paragraph_ranges.len());
        let mut sentences = Vec::with_capacity(sentence_ranges.len());
        for (pi, (p, &end)) in paragraph_ranges.iter().zip(&paragraph_ends).enumerate() {
            let first = sentences.len();
            for s in &sentence_ranges[first..end] {
                sentences.push(Sentence {
                    index: sentences.len(),
                    paragraph: pi,
                    text: at.text(s),
                    span: at.span(s),
                });
            }
            paragraphs.push(Paragraph {
                span: at.span(p),
                first_sentence: first,
                sentence_count: end - first,
            });
        }
        Body { paragraph_ranges, sentence_ranges, paragraphs, sentences }
    }
}

/// Fills what the lines left open from the body: the outlet, by the body
/// rules of `parse::outlet`; the publication day, from a credit
/// line, else a dated lede, else an "Updated" label.
fn fill_from_body(text: &str, c: &mut Classified, body: &Body) {
    let paragraphs = &body.paragraph_ranges;
    let wire = paragraphs.first().and_then(|p| wire_dateline(text, p.clone()));
    if c.outlet.is_none() {
        c.outlet = body_outlet(&BodyText { text, paragraphs, sentences: &body.sentence_ranges });
    }
    if c.published.is_none() {
        c.published = c.credit_date.clone();
    }
    if c.published.is_none() {
        let wire_date = wire.and_then(|w| w.1);
        c.published = lede_date(text, wire_date, paragraphs);
    }
    if c.published.is_none() {
        c.published = c.updated.clone();
    }
}

/// A dated lede: the date in the wire dateline (`wire_date`), or a day
/// with its weekday in the first two paragraphs ("on Thursday (19 May)"),
/// whose year is the text's own when the weekday agrees with it.
fn lede_date(
    text: &str,
    wire_date: Option<Range<usize>>,
    paragraphs: &[Range<usize>],
) -> Option<(Range<usize>, i64)> {
    let mut candidates: Vec<(Range<usize>, Ymd, Option<u32>)> = Vec::new();
    if let Some(d) = wire_date {
        candidates.extend(absolute_dates(text, d));
    }
    for p in paragraphs.iter().take(2) {
        candidates.extend(absolute_dates(text, p.clone()).into_iter().filter(|d| d.2.is_some()));
    }
    let mut known_years = None;
    for (range, ymd, wd) in candidates {
        let Some(day) = ymd.day else { continue };
        let year = ymd.year.or_else(|| infer_year(text, ymd.month, day, wd, &mut known_years));
        if let Some(y) = year {
            let days = days_from_civil(y, ymd.month, day);
            if wd.is_none_or(|w| weekday(days) == w) {
                return Some((range, days));
            }
        }
    }
    None
}

/// A date found, as the article holds it.
fn date_mention(at: &Locator, d: FoundDate, sentence: Option<usize>) -> DateMention {
    DateMention {
        text: at.text(&d.range),
        span: at.span(&d.range),
        kind: d.kind,
        resolved: d.resolved,
        sentence,
    }
}

/// The standfirst often dates what the story is about ("set to vote on
/// Friday"), so its relative dates are found and resolved like the body's.
/// They belong to no sentence, and anchor nothing in the body. Its yearless
/// calendar dates are left out: a standfirst's present tense ("trails in
/// polls before the September 15 vote") says nothing of which year is
/// meant, and the body names them again with context.
fn dek_dates(at: &Locator, dek: &Range<usize>, published_day: Option<i64>) -> Vec<DateMention> {
    find_dates(at.text, dek.clone(), published_day, &mut None)
        .into_iter()
        .filter(|d| d.kind == DateKind::Relative)
        .map(|d| date_mention(at, d, None))
        .collect()
}

/// What the body stages found, sentence by sentence.
struct BodyFindings {
    entities: Vec<FoundEntity>,
    dates: Vec<DateMention>,
    numbers: Vec<NumberMention>,
    language: language::Evidence,
    /// Sentences hold the body's words, and their tokens hold them too.
    word_count: usize,
}

impl BodyFindings {
    /// Runs the body stages over every sentence. Each sentence is tokenized
    /// and lower-cased once, into buffers reused from sentence to sentence,
    /// for every stage that reads words.
    fn read(
        at: &Locator,
        body: &Body,
        published_day: Option<i64>,
        dateline_place: Option<Range<usize>>,
    ) -> BodyFindings {
        let text = at.text;
        let mut toks: Vec<Token> = Vec::new();
        let mut lowered = Lowered::default();
        let mut entity_finder = EntityFinder::default();
        if let Some(place) = dateline_place {
            entity_finder.header_place(text, place);
        }
        let mut found = BodyFindings {
            entities: Vec::new(),
            dates: Vec::new(),
            numbers: Vec::new(),
            // The body is where the article's own language is surest: titles
            // and page furniture are short and often carry names or English
            // labels.
            language: language::Evidence::default(),
            word_count: 0,
        };
        // The last resolved day carries across paragraphs: "The call came
        // three days after…" refers back to the day named before it.
        let mut anchor = None;
        for (si, sentence) in body.sentence_ranges.iter().enumerate() {
            tokenize_into(text, sentence.clone(), &mut toks);
            let toks = toks.as_slice();
            found.word_count += count_token_runs(toks);
            lowered.fill(text, toks);
            entity_finder.sentence(text, toks, &lowered);
            for (k, t) in toks.iter().enumerate() {
                if t.word {
                    found.language.packed_word(lowered.at(k), lowered.packed_at(k));
                }
            }
            let dates = find_dates_in(text, toks, &lowered, published_day, &mut anchor);
            let skip: Vec<Range<usize>> = dates.iter().map(|d| d.range.clone()).collect();
            found.dates.extend(dates.into_iter().map(|d| date_mention(at, d, Some(si))));
            let mut numbers = find_numbers_in(text, toks, &lowered, &skip);
            read_multi_word_hedges(&mut numbers, toks, &lowered);
            found.numbers.extend(numbers.into_iter().map(|n| number_mention(at, n, si)));
        }
        found.entities = entity_finder.finish(text);
        found
    }
}

/// A number found in sentence `sentence`, as the article holds it.
fn number_mention(at: &Locator, n: FoundNumber, sentence: usize) -> NumberMention {
    NumberMention {
        text: at.text(&n.phrase),
        span: at.span(&n.phrase),
        number_text: at.text(&n.number),
        number_span: at.span(&n.number),
        value: n.value,
        low: n.low,
        high: n.high,
        qualifier: n.qualifier,
        kind: n.kind,
        unit: n.unit,
        counted: n.counted,
        action: n.action,
        sentence,
        hedge: n.hedge.as_ref().map(|h| at.located(h)),
        partitive: n.partitive,
        revised: n.revised,
        increment: n.increment,
        survey: n.survey,
        agent: n.agent,
        running_total: n.running_total,
    }
}

/// Every line's role as the article holds it, with the subheads and the
/// removed lines gathered.
struct LineRoles {
    lines: Vec<Line>,
    subheads: Vec<Located>,
    removed: Vec<RemovedLine>,
}

impl LineRoles {
    fn of(at: &Locator, classified: &[ClassifiedLine]) -> LineRoles {
        let mut roles = LineRoles {
            lines: Vec::with_capacity(classified.len()),
            subheads: Vec::new(),
            removed: Vec::new(),
        };
        for l in classified {
            // A removed line always says why; boilerplate when the stage did not.
            let reason = (l.role == LineRole::Removed)
                .then(|| l.reason.unwrap_or(RemovalReason::Boilerplate));
            match l.role {
                LineRole::Subhead => roles.subheads.push(at.located(&l.content)),
                LineRole::Removed => roles.removed.push(RemovedLine {
                    text: at.text(&l.content),
                    span: at.span(&l.content),
                    reason: l.reason.unwrap_or(RemovalReason::Boilerplate),
                }),
                _ => {}
            }
            roles.lines.push(Line { span: at.span(&l.line), role: l.role, reason });
        }
        roles
    }
}
