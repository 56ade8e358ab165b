//! Assembling an [`Article`] from classified lines. Shared by plain text and
//! HTML: each format decides what its lines are; this module builds the
//! paragraphs and sentences and runs the body stages (entities, quotes,
//! numbers, dates), and fills what the lines left open (an outlet named in
//! the body, a publication date from a dateline or the lede).

use crate::lexicon::bytewise::find_byte;
use crate::model::{
    Article, Caption, DateKind, DateMention, Entity, InputFormat, Line, LineRole, Located,
    NumberMention, Paragraph, ParseOptions, PublishedDate, Quote, RemovalReason, RemovedLine,
    Sentence,
};
use crate::offsets::Utf16Index;
use crate::parse::content_id;
use crate::parse::credits::Credit;
use crate::parse::dates::{
    absolute_dates, days_from_civil, find_dates, find_dates_in, iso_day, weekday, FoundDate,
};
use crate::parse::entities::EntityFinder;
use crate::parse::language;
use crate::parse::numbers::find_numbers_in;
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

/// "KYIV, May 3 (Harbor Wire) -": the agency in a wire dateline that opens
/// the first paragraph, and the date in it.
pub(crate) fn wire_dateline(
    text: &str,
    para: Range<usize>,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let head_end =
        text[para.clone()].char_indices().nth(120).map_or(para.end, |(i, _)| para.start + i);
    let head = &text[para.start..head_end];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let after = head[close + 1..].trim_start();
    if !after.starts_with(['-', '–', '—']) {
        return None;
    }
    let place = &head[..open];
    let first = place.split_whitespace().next()?;
    if !first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        || first.chars().filter(|c| c.is_alphabetic()).count() < 2
    {
        return None;
    }
    let agency = head[open + 1..close].trim();
    if agency.is_empty()
        || agency.split_whitespace().count() > 4
        || !agency.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let agency_start = para.start
        + open
        + 1
        + (head[open + 1..close].len() - head[open + 1..close].trim_start().len());
    let date = absolute_dates(text, para.start..para.start + open).into_iter().next().map(|d| d.0);
    Some((agency_start..agency_start + agency.len(), date))
}

/// The outlet a body names: first one that names itself ("The Harbor Ledger
/// has reached out to the ministry for comment", "The Harbor Ledger could not
/// independently verify the claim"), else one named as spoken to ("told The
/// Epoch Times"). Only names starting with "The" count, so "told reporters"
/// and "told CNN" (which may be another outlet being cited) do not; the
/// asking forms count only when "comment" follows in the sentence, so "The
/// Pentagon contacted its allies" does not name an outlet. Each paragraph is
/// read once, from each "The ".
fn outlet_in_body(text: &str, paragraphs: &[Range<usize>]) -> Option<Range<usize>> {
    let mut told = None;
    for para in paragraphs {
        let s = &text[para.clone()];
        let bytes = s.as_bytes();
        let mut from = 0;
        // A byte scan for 'T' costs less than a substring search per paragraph.
        while let Some(at) = find_byte(bytes, from, b'T') {
            from = at + 1;
            if !bytes[at..].starts_with(b"The ") || (at > 0 && bytes[at - 1] != b' ') {
                continue;
            }
            if let Some(end) = self_naming_end(s, at) {
                return Some(para.start + at..para.start + end);
            }
            if told.is_none() && s[..at].ends_with("told ") {
                told = told_name_end(s, at).map(|end| para.start + at..para.start + end);
            }
        }
    }
    told
}

/// Where the name "The Word…" starting at `at` ends, when what follows is an
/// outlet speaking of itself.
fn self_naming_end(s: &str, at: usize) -> Option<usize> {
    const ASKING: [&str; 5] = [
        " has reached out to ",
        " reached out to ",
        " has contacted ",
        " contacted ",
        " has asked ",
    ];
    const VERIFYING: [&str; 3] =
        [" could not independently ", " was unable to independently ", " has not independently "];
    let mut end = at + 3;
    for _ in 0..5 {
        let rest = &s[end..];
        if let Some(marker) = ASKING.iter().find(|m| rest.starts_with(*m)) {
            let sentence_rest = rest[marker.len()..].split(['.', '!', '?']).next().unwrap_or("");
            return (end > at + 3 && sentence_rest.contains("comment")).then_some(end);
        }
        if VERIFYING.iter().any(|m| rest.starts_with(m)) {
            return (end > at + 3).then_some(end);
        }
        let word = rest.strip_prefix(' ')?;
        if !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        end += 1 + word.find(' ').unwrap_or(word.len());
    }
    None
}

/// Where the name in "told The Epoch Times, …" that starts at `at` ends: its
/// capitalised words, up to the first punctuation.
fn told_name_end(s: &str, at: usize) -> Option<usize> {
    let mut end = at + 3;
    for w in s[at + 4..].split(' ') {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        if word.is_empty() || !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        end += 1 + word.len();
        if word.len() != w.len() {
            break;
        }
    }
    (end > at + 4).then_some(end)
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
        years.sort_unstable();
        years.dedup();
        years
    });
    years.iter().rev().copied().find(|&y| weekday(days_from_civil(y, month, day)) == named)
}

/// Builds the article.
pub fn assemble(
    text: &str,
    format: InputFormat,
    options: &ParseOptions,
    mut c: Classified,
) -> Article {
    let index = Utf16Index::new(text);
    let located = |r: &Range<usize>| Located {
        text: text[r.clone()].to_string(),
        span: index.span(r.start, r.end),
    };

    let para_ranges = paragraphs_of(text, &c.lines);
    // Every paragraph's sentences are split into one list first, so the
    // article's lists are made at their final size instead of regrown.
    let mut sentence_ranges: Vec<Range<usize>> = Vec::new();
    let mut paragraph_ends = Vec::with_capacity(para_ranges.len());
    for p in &para_ranges {
        split_sentences_into(text, p.clone(), &mut sentence_ranges);
        paragraph_ends.push(sentence_ranges.len());
    }
    let mut paragraphs = Vec::with_capacity(para_ranges.len());
    let mut sentences = Vec::with_capacity(sentence_ranges.len());
    for (pi, (p, &end)) in para_ranges.iter().zip(&paragraph_ends).enumerate() {
        let first = sentences.len();
        for s in &sentence_ranges[first..end] {
            sentences.push(Sentence {
                index: sentences.len(),
                paragraph: pi,
                text: text[s.clone()].to_string(),
                span: index.span(s.start, s.end),
            });
        }
        paragraphs.push(Paragraph {
            span: index.span(p.start, p.end),
            first_sentence: first,
            sentence_count: end - first,
        });
    }

    // Outlet and date from the body when the lines did not give them.
    let wire = para_ranges.first().and_then(|p| wire_dateline(text, p.clone()));
    if c.outlet.is_none() {
        c.outlet =
            wire.as_ref().map(|w| w.0.clone()).or_else(|| outlet_in_body(text, &para_ranges));
    }
    if c.published.is_none() {
        c.published = c.credit_date.clone();
    }
    if c.published.is_none() {
        // A dated lede: the dateline's date, or "on Thursday (19 May)".
        let lede: Vec<Range<usize>> = para_ranges.iter().take(2).cloned().collect();
        let mut candidates: Vec<(Range<usize>, crate::parse::dates::Ymd, Option<u32>)> = Vec::new();
        if let Some((_, Some(d))) = &wire {
            candidates.extend(absolute_dates(text, d.clone()));
        }
        for p in &lede {
            candidates
                .extend(absolute_dates(text, p.clone()).into_iter().filter(|d| d.2.is_some()));
        }
        let mut known_years = None;
        for (range, ymd, wd) in candidates {
            let Some(day) = ymd.day else { continue };
            let year = ymd.year.or_else(|| infer_year(text, ymd.month, day, wd, &mut known_years));
            if let Some(y) = year {
                let days = days_from_civil(y, ymd.month, day);
                if wd.is_none_or(|w| weekday(days) == w) {
                    c.published = Some((range, days));
                    break;
                }
            }
        }
    }
    if c.published.is_none() {
        c.published = c.updated.clone();
    }
    let published_day = c.published.as_ref().map(|p| p.1);

    // Body stages.
    // Each sentence is tokenized once for every stage that reads words.
    // One buffer of tokens, refilled for each sentence.
    let mut toks: Vec<Token> = Vec::new();
    // Sentences hold the body's words, and their tokens hold them too.
    let mut word_count = 0;
    // Entities are found in the loop below, from the folded words it makes
    // for every sentence.
    let mut entity_finder = EntityFinder::default();
    let mut dates = Vec::new();
    let date_mention = |d: FoundDate, sentence| DateMention {
        text: text[d.range.clone()].to_string(),
        span: index.span(d.range.start, d.range.end),
        kind: d.kind,
        resolved: d.resolved,
        sentence,
    };
    // The standfirst often dates what the story is about ("set to vote on
    // Friday"), so its relative dates are found and resolved like the
    // body's. They belong to no sentence, and anchor nothing in the body.
    // Its yearless calendar dates are left out: a standfirst's present
    // tense ("trails in polls before the September 15 vote") says nothing
    // of which year is meant, and the body names them again with context.
    if let Some(dek) = &c.dek {
        dates.extend(
            find_dates(text, dek.clone(), published_day, &mut None)
                .into_iter()
                .filter(|d| d.kind == DateKind::Relative)
                .map(|d| date_mention(d, None)),
        );
    }
    let mut numbers = Vec::new();
    // The last resolved day carries across paragraphs: "The call came three
    // days after…" refers back to the day named before it.
    let mut anchor = None;
    // The body is where the article's own language is surest: titles and
    // page furniture are short and often carry names or English labels.
    let mut language = language::Evidence::default();
    // One buffer of folded words, refilled for each sentence.
    let mut lowered = Lowered::default();
    for pi in 0..para_ranges.len() {
        let first = paragraphs[pi].first_sentence;
        for si in first..first + paragraphs[pi].sentence_count {
            tokenize_into(text, sentence_ranges[si].clone(), &mut toks);
            let toks = toks.as_slice();
            word_count += count_token_runs(toks);
            lowered.fill(text, toks);
            entity_finder.sentence(text, toks, &lowered);
            for (k, t) in toks.iter().enumerate() {
                if t.word {
                    language.packed_word(lowered.at(k), lowered.packed_at(k));
                }
            }
            let found = find_dates_in(text, toks, &lowered, published_day, &mut anchor);
            let skip: Vec<Range<usize>> = found.iter().map(|d| d.range.clone()).collect();
            dates.extend(found.into_iter().map(|d| date_mention(d, Some(si))));
            for n in find_numbers_in(text, toks, &lowered, &skip) {
                numbers.push(NumberMention {
                    text: text[n.phrase.clone()].to_string(),
                    span: index.span(n.phrase.start, n.phrase.end),
                    number_text: text[n.number.clone()].to_string(),
                    number_span: index.span(n.number.start, n.number.end),
                    value: n.value,
                    low: n.low,
                    high: n.high,
                    qualifier: n.qualifier,
                    kind: n.kind,
                    unit: n.unit,
                    counted: n.counted,
                    action: n.action,
                    sentence: si,
                });
            }
        }
    }
    let entities_found = entity_finder.finish(text);
    let quotes_found = find_quotes(text, &para_ranges, &sentence_ranges, &entities_found);
    let quotes = quotes_found
        .into_iter()
        .map(|q| Quote {
            text: text[q.range.clone()].to_string(),
            span: index.span(q.range.start, q.range.end),
            sentence: q.sentence,
            speaker: q.speaker,
            speaker_entity: q.speaker_entity,
            partial: q.partial,
        })
        .collect();
    let entities = entities_found
        .into_iter()
        .map(|e| Entity {
            kind: e.kind,
            name: e.name,
            titles: e.titles,
            mentions: e.mentions.iter().map(&located).collect(),
        })
        .collect();

    let mut captions = Vec::new();
    let mut subheads = Vec::new();
    let mut removed = Vec::new();
    let mut lines = Vec::with_capacity(c.lines.len());
    for l in &c.lines {
        match l.role {
            LineRole::Subhead => subheads.push(located(&l.content)),
            LineRole::Removed => removed.push(RemovedLine {
                text: text[l.content.clone()].to_string(),
                span: index.span(l.content.start, l.content.end),
                reason: l.reason.unwrap_or(RemovalReason::Boilerplate),
            }),
            _ => {}
        }
        lines.push(Line {
            span: index.span(l.line.start, l.line.end),
            role: l.role,
            reason: if l.role == LineRole::Removed {
                Some(l.reason.unwrap_or(RemovalReason::Boilerplate))
            } else {
                None
            },
        });
    }
    for (range, credit) in &c.captions {
        captions.push(Caption {
            text: text[range.clone()].to_string(),
            span: index.span(range.start, range.end),
            credit: credit.as_ref().map(&located),
        });
    }
    if paragraphs.is_empty() {
        c.warnings.push("No body paragraphs were found: every line was read as a heading, caption or page furniture.".to_string());
    }
    Article {
        id: options.id.clone().unwrap_or_else(|| content_id(text)),
        format,
        file_name: options.file_name.clone(),
        text: text.to_string(),
        title: c.title.as_ref().map(&located),
        dek: c.dek.as_ref().map(&located),
        bylines: c.bylines.iter().map(&located).collect(),
        contributors: c.contributors.iter().map(&located).collect(),
        editors: c.editors.iter().map(&located).collect(),
        outlet: c.outlet.as_ref().map(&located),
        source_line: c.source_line.as_ref().map(&located),
        published: c
            .published
            .as_ref()
            .map(|(r, d)| PublishedDate { iso: iso_day(*d), source: Some(located(r)) }),
        language: language.decide().map(str::to_string),
        lines,
        captions,
        subheads,
        removed,
        paragraphs,
        sentences,
        quotes,
        entities,
        numbers,
        dates,
        word_count,
        hidden: Vec::new(),
        warnings: c.warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::outlet_in_body;

    fn outlet_in(paragraph: &str) -> Option<&str> {
        outlet_in_body(paragraph, &[0..paragraph.len()]).map(|r| &paragraph[r])
    }

    #[test]
    fn an_outlet_naming_itself() {
        assert_eq!(
            outlet_in("The Harbor Ledger has reached out to the ministry for comment."),
            Some("The Harbor Ledger")
        );
        assert_eq!(outlet_in("Asked about it, officials declined. The Harbor Ledger contacted the port for comment but did not hear back."), Some("The Harbor Ledger"));
        assert_eq!(
            outlet_in("The Coast Review could not independently verify the footage."),
            Some("The Coast Review")
        );
        // Not an outlet: no "comment" after the asking verb, no "The", or lower case.
        assert_eq!(
            outlet_in("The Pentagon contacted its allies on Monday. Nobody would comment."),
            None
        );
        assert_eq!(outlet_in("Reuters has reached out to the ministry for comment."), None);
        assert_eq!(outlet_in("The ministry has reached out to the families for comment."), None);
        // Spoken to: the name up to its punctuation; an outlet naming itself comes first.
        assert_eq!(
            outlet_in("A spokesman told The Harbor Ledger, on Monday, that it was over."),
            Some("The Harbor Ledger")
        );
        assert_eq!(
            outlet_in(
                "He told The Coast Review so. The Harbor Ledger has asked the port for comment."
            ),
            Some("The Harbor Ledger")
        );
        assert_eq!(outlet_in("He told reporters and told CNN so."), None);
    }
}
