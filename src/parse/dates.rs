//! Dates: reading absolute dates ("6/26/2024", "June 26th 2024", "19 May
//! 2022", "Thursday (19 May)") and resolving relative ones ("Tuesday",
//! "Sunday's attack", "last week", "two days after") against the publication
//! date. Without a publication date a relative date stays unresolved rather
//! than guessed.
//!
//! Works on any byte range of the article text, so HTML parsing reuses it.

use crate::lexicon::calendar::{
    may_open_weekday, weekday_named, TIME_ZONES, WEEKDAY_ABBREVIATIONS, ZONES_WITHOUT_SEASON,
};
use crate::lexicon::number_words::cardinal;
use crate::model::DateKind;
use crate::parse::tokens::{lowercase, tokenize, Lowered, Token};
use std::ops::Range;

/// A calendar day; the year may be unknown when the text omits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    pub year: Option<i32>,
    pub month: u32,
    pub day: Option<u32>,
}

impl Ymd {
    pub fn full(&self) -> Option<(i32, u32, u32)> {
        Some((self.year?, self.month, self.day?))
    }
}

/// A date expression found in the text, before it is located in UTF-16.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub range: Range<usize>,
    pub kind: DateKind,
    /// The absolute date it names, when it names one (year maybe missing).
    pub ymd: Option<Ymd>,
    /// The weekday it names (0 = Monday), alone or beside a day.
    pub weekday: Option<u32>,
    pub resolved: Option<String>,
}

/// The month a word names (see the lexicon's [`month_of`]); the line
/// reader of `text.rs` asks it here.
pub(crate) use crate::lexicon::calendar::month_of;

/// The weekday a word names (0 = Monday), possessive or not, in any case.
///
/// Most words are turned away by their first letter, which the possessive
/// ending never changes, before the ending is looked for.
#[inline]
pub fn weekday_of(word: &str) -> Option<u32> {
    if !word.as_bytes().first().is_some_and(|&b| may_open_weekday(b)) {
        return None;
    }
    weekday_named(crate::parse::tokens::strip_possessive(word))
}

fn day_number(word: &str) -> Option<u32> {
    // Most words are not figures: reject them before trimming.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        || digits.is_empty()
        || digits.len() > 2
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        return (1800..=2200).contains(&y).then_some(y);
    }
    None
}

// ----- calendar arithmetic (proleptic Gregorian, days since 1970-01-01) -----

pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// 0 = Monday.
pub fn weekday(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && civil_from_days(days_from_civil(y, m, d)) == (y, m, d)
}

pub fn iso_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn iso_week(days: i64) -> String {
    let thursday = days - weekday(days) as i64 + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// Parses an ISO `YYYY-MM-DD` back to a day number.
#[cfg_attr(not(feature = "html"), allow(dead_code))] // used by the HTML reader only
pub fn parse_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    valid(y, m, d).then(|| days_from_civil(y, m, d))
}

// ----- finding dates -----

/// Tries to read an absolute date starting at token `i`. Returns the date,
/// the index just past its last token, and any weekday named with it.
fn absolute_at(text: &str, toks: &[Token], i: usize) -> Option<(Ymd, usize, Option<u32>)> {
    // `i` may be one past the end: "Tuesday(" closes the text.
    let t = *toks.get(i)?;
    let w = t.text(text);
    if !t.word {
        return None;
    }
    // Every form below opens with a figure or with a capitalised ASCII month
    // or weekday name; most words are neither.
    if !matches!(w.as_bytes()[0], b'0'..=b'9' | b'A'..=b'Z') {
        return None;
    }
    let word = |k: usize| toks.get(k).filter(|t| t.word).map(|t| t.text(text));
    let punct = |k: usize, c: &str| toks.get(k).is_some_and(|t| !t.word && t.text(text) == c);
    // 6/26/2024 or 26/6/2024: US order unless the first part cannot be a month.
    if w.len() <= 2
        && w.bytes().all(|b| b.is_ascii_digit())
        && punct(i + 1, "/")
        && toks.get(i + 2).is_some_and(|x| x.start == toks[i + 1].end)
    {
        let a: u32 = w.parse().ok()?;
        let b: u32 = word(i + 2)?.parse().ok()?;
        if punct(i + 3, "/") {
            let ys = word(i + 4)?;
            let y: i32 = match ys.len() {
                4 => ys.parse().ok()?,
                2 => 2000 + ys.parse::<i32>().ok()?,
                _ => return None,
            };
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            return valid(y, m, d).then_some((
                Ymd { year: Some(y), month: m, day: Some(d) },
                i + 5,
                None,
            ));
        }
        return None;
    }
    // 2024-06-26
    if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
        let y = year_number(&w[..4])?;
        let m: u32 = w[5..7].parse().ok()?;
        let d: u32 = w[8..10].parse().ok()?;
        return valid(y, m, d).then_some((
            Ymd { year: Some(y), month: m, day: Some(d) },
            i + 1,
            None,
        ));
    }
    // 12-07-2024: day first, as European pages (EURACTIV) write it, unless
    // the first part cannot be a day's month partner ("07-13-2024").
    if w.len() == 10 && w.as_bytes()[2] == b'-' && w.as_bytes()[5] == b'-' {
        let a: u32 = w[..2].parse().ok()?;
        let b: u32 = w[3..5].parse().ok()?;
        let y = year_number(&w[6..])?;
        let (m, d) = if b > 12 { (a, b) } else { (b, a) };
        return valid(y, m, d).then_some((
            Ymd { year: Some(y), month: m, day: Some(d) },
            i + 1,
            None,
        ));
    }
    // Month D[,] [YYYY] | Month YYYY
    if crate::parse::tokens::is_capitalized(w) {
        if let Some(m) = month_of(w) {
            let mut k = i + 1;
            if punct(k, ".") {
                k += 1;
            }
            // "Nov. 4-6" is one word; "Nov. 4–6" three tokens. The date is
            // the first day, and the span takes in the last, which is no count.
            let day_span = word(k).and_then(|w| {
                let (first, last) = w.split_once('-')?;
                Some((day_number(first)?, day_number(last)?))
            });
            let dash_span = word(k).and_then(day_number).filter(|_| {
                toks.get(k + 1).is_some_and(|t| {
                    !t.word && matches!(t.text(text), "–" | "-") && t.start == toks[k].end
                }) && toks.get(k + 2).is_some_and(|t| {
                    t.word && t.start == toks[k + 1].end && day_number(t.text(text)).is_some()
                })
            });
            if let Some(d) =
                day_span.map(|(first, _)| first).or_else(|| word(k).and_then(day_number))
            {
                let mut end = if dash_span.is_some() { k + 3 } else { k + 1 };
                let mut year = None;
                let mut j = end;
                if punct(j, ",") {
                    j += 1;
                }
                if let Some(y) = word(j).and_then(year_number) {
                    year = Some(y);
                    end = j + 1;
                }
                if year.is_some_and(|y| !valid(y, m, d)) {
                    return None;
                }
                return Some((Ymd { year, month: m, day: Some(d) }, end, None));
            }
            if let Some(y) = word(k).and_then(year_number) {
                if w.eq_ignore_ascii_case("may") && !crate::parse::tokens::is_capitalized(w) {
                    return None;
                }
                return Some((Ymd { year: Some(y), month: m, day: None }, k + 1, None));
            }
            return None;
        }
    }
    // D Month [YYYY]
    if let Some(d) = day_number(w) {
        if let Some(m) =
            word(i + 1).filter(|x| crate::parse::tokens::is_capitalized(x)).and_then(month_of)
        {
            let mut end = i + 2;
            if punct(end, ".") && toks.get(end).is_some_and(|x| x.start == toks[i + 1].end) {
                end += 1;
            }
            let mut year = None;
            if let Some(y) = word(end).and_then(year_number) {
                year = Some(y);
                end += 1;
            }
            if year.is_some_and(|y| !valid(y, m, d)) {
                return None;
            }
            return Some((Ymd { year, month: m, day: Some(d) }, end, None));
        }
    }
    // Weekday (D Month) | Weekday, Month D[, YYYY]
    if let Some(wd) = weekday_of(w).filter(|_| crate::parse::tokens::is_capitalized(w)) {
        if !w.contains('\'') && !w.contains('’') {
            let open = i + 1;
            if punct(open, "(") {
                if let Some((ymd, end, _)) = absolute_at(text, toks, open + 1) {
                    if punct(end, ")") {
                        return Some((ymd, end + 1, Some(wd)));
                    }
                }
            }
            if punct(open, ",") {
                if let Some((ymd, end, _)) = absolute_at(text, toks, open + 1) {
                    return Some((ymd, end, Some(wd)));
                }
            }
        }
    }
    None
}

/// The first date in `text[range]` that names a full day, with its range.
#[cfg(test)]
pub fn first_full_date(text: &str, range: Range<usize>) -> Option<(Range<usize>, Ymd)> {
    if !has_figure(text, range.clone()) {
        return None;
    }
    first_full_date_in(text, &tokenize(text, range))
}

/// Does `text[range]` hold an ASCII digit? Every absolute date does (its day
/// or year is written in figures), so text without one is not tokenized.
fn has_figure(text: &str, range: Range<usize>) -> bool {
    text.as_bytes()[range].iter().any(u8::is_ascii_digit)
}

/// [`first_full_date`] on tokens already split.
fn first_full_date_in(text: &str, toks: &[Token]) -> Option<(Range<usize>, Ymd)> {
    let mut i = 0;
    while i < toks.len() {
        if let Some((ymd, end, _)) = absolute_at(text, toks, i) {
            if ymd.full().is_some() {
                return Some((toks[i].start..toks[end - 1].end, ymd));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    None
}

/// Every absolute date in `text[range]`, year or not, with the weekday named
/// beside it. Used to infer a missing year.
pub fn absolute_dates(text: &str, range: Range<usize>) -> Vec<(Range<usize>, Ymd, Option<u32>)> {
    let mut out = Vec::new();
    if !has_figure(text, range.clone()) {
        return out;
    }
    let toks = tokenize(text, range);
    let mut i = 0;
    while i < toks.len() {
        if let Some((ymd, end, wd)) = absolute_at(text, &toks, i) {
            out.push((toks[i].start..toks[end - 1].end, ymd, wd));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Does the line consist of a date and little else ("6/26/2024",
/// "June 26, 2024 10:45 am ET", "Published Wed 26 Jun 2024")?
pub fn date_line(text: &str, range: Range<usize>) -> Option<(Range<usize>, Ymd)> {
    if !has_figure(text, range.clone()) {
        return None;
    }
    let toks = tokenize(text, range);
    let (found, ymd) = first_full_date_in(text, &toks)?;
    let filler = |t: &Token| {
        if !t.word {
            return true;
        }
        if t.start >= found.start && t.end <= found.end {
            return true;
        }
        let w = lowercase(t.text(text));
        let w = w.trim_end_matches('.');
        // Figures: a time, or a second date ("12-07-2024 (updated: 13-07-2024)").
        w.bytes().all(|b| b.is_ascii_digit() || b == b':' || b == b'.' || b == b'-')
            || weekday_of(w).is_some()
            || matches!(
                w,
                "am" | "pm"
                    | "a.m"
                    | "p.m"
                    | "published"
                    | "updated"
                    | "modified"
                    | "posted"
                    | "on"
                    | "at"
                    | "last"
            )
            || TIME_ZONES.contains(&w)
            || ZONES_WITHOUT_SEASON.contains(&w)
            || WEEKDAY_ABBREVIATIONS.contains(&w)
            || w.contains(':')
    };
    toks.iter().all(filler).then_some((found, ymd))
}

/// What a sentence says about when the thing it dates happens, as far as
/// the words before the date tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// "is due to report on September 19", "will meet in March".
    Future,
    /// "was proposed on March 3", "approved it on June 28".
    Past,
    /// Nothing to go by ("takes effect on August 1").
    Unknown,
}

/// How far ahead of publication a yearless date in a sentence about the
/// future may fall and still be read as coming (about six months): a reader
/// takes "is due to report on September 19" in July as this September, but
/// "will meet on July 8" in a July 10 article is no date next July.
const LOOK_AHEAD_DAYS: i64 = 200;

/// Resolves a day without a year against the publication day. In a sentence
/// about the future it is the next such day within [`LOOK_AHEAD_DAYS`]; in
/// one about the past, the latest such day not after publication; otherwise
/// the same year, unless that would put it well after publication (then the
/// year before).
pub fn resolve_yearless(month: u32, day: u32, published: i64, tense: Tense) -> Option<i64> {
    let (py, _, _) = civil_from_days(published);
    let in_year = |y: i32| valid(y, month, day).then(|| days_from_civil(y, month, day));
    match tense {
        Tense::Future => {
            let ahead = [py, py + 1].into_iter().filter_map(in_year).find(|&d| d >= published);
            if let Some(d) = ahead.filter(|&d| d - published <= LOOK_AHEAD_DAYS) {
                return Some(d);
            }
        }
        Tense::Past => {
            if let Some(d) = [py, py - 1].into_iter().filter_map(in_year).find(|&d| d <= published)
            {
                return Some(d);
            }
        }
        Tense::Unknown => {}
    }
    let same = in_year(py)?;
    if same > published + 31 {
        if let Some(before) = in_year(py - 1) {
            return Some(before);
        }
    }
    Some(same)
}

/// Does the sentence before token `i` speak of the future ("will be held on
/// Sunday", "is set to vote on Friday", "is expected on Wednesday", "faces a
/// recall vote on Friday", "would lift inspections from Monday", "has until
/// Friday")? Not when speech comes between ("“We will…,” she said on
/// Sunday"): the speaking is past. "until" after a past form ("rain
/// continued until Sunday") closes a past span, so it does not look ahead;
/// a plan told in the past ("was set to dock on Saturday") still does, as
/// news tells of plans that fell through.
fn looks_ahead(lower: &Lowered, i: usize) -> bool {
    let before = |k: usize| if k > 0 { lower.at(k - 1) } else { "" };
    // "The trial begins on Monday", "the council meets on Tuesday": a verb
    // of the timetable in the present, within the clause, tells of what is
    // coming (but not "Moscow blames Kyiv for the attack on Sunday").
    let timetable = (0..i)
        .rev()
        .take_while(|&k| lower.at(k).starts_with(|c: char| c.is_alphanumeric()))
        .take(6)
        .any(|k| {
            matches!(
                lower.at(k),
                "meets"
                    | "returns"
                    | "begins"
                    | "starts"
                    | "opens"
                    | "reopens"
                    | "resumes"
                    | "travels"
                    | "visits"
                    | "arrives"
                    | "heads"
                    | "hosts"
                    | "convenes"
                    | "reconvenes"
            )
        });
    if timetable {
        return true;
    }
    (0..i)
        .rev()
        .take_while(|&k| {
            !matches!(
                lower.at(k),
                "said" | "told" | "says" | "added" | "announced" | "wrote" | "\"" | "”" | "“"
            )
        })
        .any(|k| match lower.at(k) {
            "will" | "shall" | "would" => true,
            "scheduled" | "faces" | "face" => true,
            "until" => !(k.saturating_sub(4)..k).any(|p| is_past_form(lower.at(p))),
            "due" | "set" | "expected" | "plans" | "planning" | "poised" | "going" | "aims"
            | "hopes" | "intends" | "likely" => {
                lower.get(k + 1) == Some("to")
                    || matches!(before(k), "is" | "are")
                        && matches!(lower.at(k), "due" | "expected")
            }
            _ => false,
        })
}

/// A past form: "was", "began", or a regular past in -ed ("continued").
fn is_past_form(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "began"
            | "met"
            | "held"
            | "took"
            | "came"
            | "went"
            | "fell"
            | "struck"
            | "won"
            | "lost"
    ) || (w.len() > 4 && w.ends_with("ed"))
}

/// The tense of the clause a date at token `i` closes: future by
/// [`looks_ahead`]; past when one of the few words just before it is a past
/// form ("was first proposed on March 3", "approved it on June 28"). The
/// past is looked for only within the clause (up to punctuation) and a few
/// words back, since a past verb further off often belongs to another event.
fn tense_at(toks: &[Token], lower: &Lowered, i: usize) -> Tense {
    if looks_ahead(lower, i) {
        return Tense::Future;
    }
    let past =
        (0..i).rev().take_while(|&k| toks[k].word).take(5).any(|k| is_past_form(lower.at(k)));
    if past {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// A small count in digits or words, up to twelve ("a", "two", "12");
/// `w` is already lowercase.
fn number_word(w: &str) -> Option<i64> {
    if w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    if matches!(w, "a" | "an") {
        return Some(1);
    }
    cardinal(w).filter(|n| (1..=12).contains(n)).map(i64::from)
}

/// Can a lower-case word open a relative date: "yesterday", "last week",
/// "two days ago"?
fn opens_relative_date(w: &str) -> bool {
    matches!(w, "yesterday" | "today" | "tomorrow" | "last" | "this" | "next" | "past" | "the")
        || number_word(w).is_some()
        || w.starts_with("mid-")
}

/// Whether a lower-case word starting with byte `b` can pass
/// [`opens_relative_date`]; the cheap test that spares looking most words up
/// (a unit test holds it to the words that pass).
#[inline]
fn may_open_relative_date(b: u8) -> bool {
    matches!(b, b'y' | b't' | b'l' | b'n' | b'p' | b'a' | b'o' | b'f' | b's' | b'e' | b'm')
}

/// Words that end a "Sunday's …" phrase: the event phrase runs up to them.
fn ends_event_phrase(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "which"
            | "that"
            | "who"
            | "was"
            | "were"
            | "is"
            | "are"
            | "has"
            | "had"
            | "have"
            | "by"
            | "for"
            | "with"
            | "of"
            | "to"
            | "and"
            | "or"
            | "as"
            | "from"
            | "after"
            | "before"
            | "but"
            | "will"
            | "would"
            | "could"
            | "said"
            | "says"
            | "the"
            | "a"
            | "an"
    ) || (w.len() > 4 && w.ends_with("ed"))
}

/// Finds the date expressions in `text[range]` and resolves what it can.
/// `published` is the publication day (days since 1970-01-01). `anchor`
/// carries the last day resolved in one sentence to the next, for "Two days
/// later" and "The following day"; it is left holding this sentence's day
/// (or none).
pub fn find_dates(
    text: &str,
    range: Range<usize>,
    published: Option<i64>,
    anchor: &mut Option<i64>,
) -> Vec<FoundDate> {
    let toks = tokenize(text, range);
    let lower = Lowered::new(text, &toks);
    find_dates_in(text, &toks, &lower, published, anchor)
}

/// [`find_dates`] on a sentence already tokenized.
pub fn find_dates_in(
    text: &str,
    toks: &[Token],
    lower: &Lowered,
    published: Option<i64>,
    anchor: &mut Option<i64>,
) -> Vec<FoundDate> {
    let mut out = Vec::new();
    // The last day resolved in this sentence: "the day before the attack"
    // and "two days after the vote" count from it alone, since a day named
    // in another sentence may date another event.
    let mut in_sentence: Option<i64> = None;
    // "Two days later" and "The following day" may also count from the
    // sentence just before, but only within one paragraph: a day named
    // further back, or before a paragraph break, as often dates another
    // event, and a wrong day is worse than none. "The call came three days
    // after" dates the event the sentence before dated, across a break too.
    let previous_sentence_day = anchor.take();
    let previous_sentence = previous_sentence_day
        .filter(|_| toks.first().is_some_and(|t| !opens_paragraph(text, t.start)));
    let mut i = 0;
    while i < toks.len() {
        // Punctuation and lower-case words matter only when they open a relative phrase.
        let t = toks[i];
        let first = text.as_bytes()[t.start];
        if !t.word
            || first.is_ascii_lowercase()
                && (!may_open_relative_date(first) || !opens_relative_date(lower.at(i)))
        {
            i += 1;
            continue;
        }
        // "the day before the attack", "the following day": a day beside
        // another event, resolved only from a day named earlier in the same
        // sentence ("the day after tomorrow" from publication).
        let w = lower.at(i);
        if w == "the" {
            // Settled before the calendar words: "the" is the commonest word let through.
            let (next, after) = (lower.get(i + 1), lower.get(i + 2));
            let phrase = match (next, after) {
                (Some("day"), Some("after" | "before")) => match lower.get(i + 3) {
                    Some("tomorrow" | "yesterday") => Some(4),
                    _ => Some(3),
                },
                (Some("following" | "next" | "previous"), Some("day")) => Some(3),
                _ => None,
            };
            if let Some(len) = phrase {
                let last = lower.at(i + len - 1);
                let day = match (next, last) {
                    (_, "tomorrow") => published.map(|p| p + 2),
                    (_, "yesterday") => published.map(|p| p - 2),
                    // "heard drones the day before the attack": the attack was the next day.
                    (Some("day"), "before") => in_sentence.map(|a| a + 1),
                    (Some("day"), _) => in_sentence.map(|a| a - 1),
                    (Some("previous"), _) => in_sentence.or(previous_sentence).map(|a| a - 1),
                    _ => in_sentence.or(previous_sentence).map(|a| a + 1),
                };
                if day.is_some() && next != Some("day") {
                    in_sentence = day;
                }
                out.push(FoundDate {
                    range: t.start..toks[i + len - 1].end,
                    kind: DateKind::Relative,
                    ymd: None,
                    weekday: None,
                    resolved: day.map(iso_day),
                });
                i += len;
                continue;
            }
            i += 1;
            continue;
        }
        // Only a capitalised ASCII word names a month or weekday. One that
        // names neither (most are names) can open no date, absolute or
        // relative; only the plain words below ("Yesterday", "Last week",
        // "Two days ago") remain, so each name is looked up once, not four times.
        let raw = t.text(text);
        let capitalized = raw.as_bytes()[0].is_ascii_uppercase();
        let (month, weekday_named) =
            if capitalized { (month_of(raw), weekday_of(raw)) } else { (None, None) };
        let calendar = !capitalized || month.is_some() || weekday_named.is_some();
        if let Some((ymd, end, wd)) = calendar.then(|| absolute_at(text, toks, i)).flatten() {
            let day = match ymd.full() {
                Some((y, m, d)) => Some(days_from_civil(y, m, d)),
                None => match (ymd.day, published) {
                    (Some(d), Some(p)) => {
                        resolve_yearless(ymd.month, d, p, tense_at(toks, lower, i))
                    }
                    _ => None,
                },
            };
            let resolved = match (day, ymd.day, ymd.year) {
                (Some(d), _, _) => Some(iso_day(d)),
                (None, None, Some(y)) => Some(format!("{y:04}-{:02}", ymd.month)),
                _ => None,
            };
            if day.is_some() {
                in_sentence = day;
            }
            out.push(FoundDate {
                range: toks[i].start..toks[end - 1].end,
                kind: DateKind::Absolute,
                ymd: Some(ymd),
                weekday: wd,
                resolved,
            });
            i = end;
            continue;
        }
        let t = toks[i];
        let w = lower.at(i);
        if !t.word {
            i += 1;
            continue;
        }

        let prev = if i > 0 { lower.at(i - 1) } else { "" };
        // A weekday alone, perhaps possessive ("Sunday's attack").
        if let Some(wd) = weekday_named {
            let possessive = w.ends_with("'s");
            let mut end = t.end;
            if possessive {
                let mut k = i + 1;
                let mut taken = 0;
                while k < toks.len() && toks[k].word && taken < 5 && !ends_event_phrase(lower.at(k))
                {
                    end = toks[k].end;
                    k += 1;
                    taken += 1;
                }
            }
            let mut start = t.start;
            // A weekday in a sentence about the future is the coming one.
            let future = !matches!(prev, "last" | "past") && looks_ahead(lower, i);
            let forward = matches!(prev, "next" | "coming") || future;
            let backward_explicit = prev == "last";
            if (matches!(prev, "next" | "coming") || backward_explicit) && i > 0 {
                start = toks[i - 1].start;
            }
            let resolved_day = published.map(|p| {
                let pw = weekday(p) as i64;
                if forward {
                    let delta = (wd as i64 - pw).rem_euclid(7);
                    p + if delta == 0 && !future { 7 } else { delta }
                } else {
                    let delta = (pw - wd as i64).rem_euclid(7);
                    p - if backward_explicit && delta == 0 { 7 } else { delta }
                }
            });
            if resolved_day.is_some() {
                in_sentence = resolved_day;
            }
            out.push(FoundDate {
                range: start..end,
                kind: DateKind::Relative,
                ymd: None,
                weekday: Some(wd),
                resolved: resolved_day.map(iso_day),
            });
            i += 1;
            continue;
        }
        // A month alone after a preposition: "in February", "since March".
        // "in mid-October" is one word.
        let mid_month = w.strip_prefix("mid-").and_then(month_of);
        if let Some(m) = month.filter(|_| !raw.ends_with('.')).or(mid_month) {
            if mid_month.is_some()
                || matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "through"
                ) && (m != 5 || prev != "by")
            {
                let start = if prev == "last" { toks[i - 1].start } else { t.start };
                let resolved = published.map(|p| {
                    let (py, pm, _) = civil_from_days(p);
                    // "will review the duty in March", written in July: next March.
                    let ahead = (m as i32 - pm as i32).rem_euclid(12);
                    let y = if m != pm && ahead <= 6 && looks_ahead(lower, i) {
                        if m < pm {
                            py + 1
                        } else {
                            py
                        }
                    } else if m > pm && prev != "until" {
                        py - 1
                    } else {
                        py
                    };
                    format!("{y:04}-{m:02}")
                });
                out.push(FoundDate {
                    range: start..t.end,
                    kind: DateKind::Relative,
                    ymd: None,
                    weekday: None,
                    resolved,
                });
                i += 1;
                continue;
            }
        }
        // yesterday / today / tomorrow
        let simple = match w {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(delta) = simple {
            let day = published.map(|p| p + delta);
            in_sentence = day;
            out.push(FoundDate {
                range: t.range(),
                kind: DateKind::Relative,
                ymd: None,
                weekday: None,
                resolved: day.map(iso_day),
            });
            i += 1;
            continue;
        }
        // last/this/next week|month|year, earlier this month
        if matches!(w, "last" | "this" | "next" | "past") {
            if let Some(unit) =
                lower.get(i + 1).filter(|u| matches!(*u, "week" | "month" | "year" | "weekend"))
            {
                let shift: i64 = match w {
                    "last" | "past" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let mut start = t.start;
                if i > 0 && matches!(prev, "earlier" | "later") && w == "this" {
                    start = toks[i - 1].start;
                }
                let resolved = published.map(|p| match unit {
                    "week" | "weekend" => iso_week(p + 7 * shift),
                    "month" => {
                        let (y, m, _) = civil_from_days(p);
                        let total = y as i64 * 12 + (m as i64 - 1) + shift;
                        format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
                    }
                    _ => format!("{:04}", civil_from_days(p).0 as i64 + shift),
                });
                out.push(FoundDate {
                    range: start..toks[i + 1].end,
                    kind: DateKind::Relative,
                    ymd: None,
                    weekday: None,
                    resolved,
                });
                i += 2;
                continue;
            }
        }
        // N days|weeks ago|after|before|later|earlier
        // "tracked for two weeks before the attack" is a length of time.
        if let Some(n) = number_word(w).filter(|n| (0..=400).contains(n) && prev != "for") {
            if let (Some(unit), Some(rel)) = (lower.get(i + 1), lower.get(i + 2)) {
                let unit_days = match unit {
                    "day" | "days" => Some(1),
                    "week" | "weeks" => Some(7),
                    _ => None,
                };
                if let Some(unit_days) = unit_days {
                    let offset = n * unit_days;
                    // "two days after the vote" counts from a day named
                    // earlier in its sentence; from one named before it only
                    // when the sentence dates that event itself ("The call
                    // came three days after …").
                    let event_day = in_sentence.or_else(|| {
                        previous_sentence_day.filter(|_| matches!(prev, "came" | "comes"))
                    });
                    let nearby = in_sentence.or(previous_sentence);
                    let day = match rel {
                        "ago" => published.map(|p| p - offset),
                        "earlier" => nearby.map(|a| a - offset),
                        "later" => nearby.map(|a| a + offset),
                        // "came two days after X": X was two days before the anchor.
                        "after" => event_day.map(|a| a - offset),
                        "before" => event_day.map(|a| a + offset),
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    // A day this sentence's own event fell on ("Two days
                    // later, police said"), not another event's ("after").
                    if day.is_some() && matches!(rel, "ago" | "earlier" | "later") {
                        in_sentence = day;
                    }
                    out.push(FoundDate {
                        range: t.start..toks[i + 2].end,
                        kind: DateKind::Relative,
                        ymd: None,
                        weekday: None,
                        resolved: day.map(iso_day),
                    });
                    i += 3;
                    continue;
                }
                // "a year ago", "two months ago": the month or year it names.
                let unit_months = match unit {
                    "month" | "months" => Some(1),
                    "year" | "years" => Some(12),
                    _ => None,
                };
                if let Some(unit_months) = unit_months.filter(|_| rel == "ago") {
                    let resolved = published.map(|p| {
                        let (y, m, _) = civil_from_days(p);
                        let total = y as i64 * 12 + (m as i64 - 1) - n * unit_months;
                        if unit_months == 12 {
                            format!("{:04}", total.div_euclid(12))
                        } else {
                            format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
                        }
                    });
                    out.push(FoundDate {
                        range: t.start..toks[i + 2].end,
                        kind: DateKind::Relative,
                        ymd: None,
                        weekday: None,
                        resolved,
                    });
                    i += 3;
                    continue;
                }
            }
        }
        i += 1;
    }
    *anchor = in_sentence;
    out
}

/// Does a sentence starting at byte `start` open a paragraph: is there only
/// blank space between it and a line break or the start of the text? Only
/// the space just before the sentence is read, so the scans over a whole
/// text stay linear.
fn opens_paragraph(text: &str, start: usize) -> bool {
    match text.as_bytes()[..start].iter().rev().find(|b| !matches!(b, b' ' | b'\t' | b'\r')) {
        None | Some(b'\n') => true,
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> i64 {
        parse_iso(iso).unwrap()
    }

    #[test]
    fn calendar_round_trip_and_weekdays() {
        assert_eq!(iso_day(day("2024-06-26")), "2024-06-26");
        assert_eq!(weekday(day("2024-06-26")), 2, "a Wednesday");
        assert_eq!(weekday(day("2022-05-19")), 3, "a Thursday");
        assert_eq!(iso_week(day("2024-06-26")), "2024-W26");
        assert_eq!(iso_week(day("2021-01-01")), "2020-W53");
    }

    #[test]
    fn absolute_forms() {
        for (s, iso) in [
            ("6/26/2024", "2024-06-26"),
            ("June 26th 2024", "2024-06-26"),
            ("on Jan. 18, 2022.", "2022-01-18"),
            ("3 May 2022", "2022-05-03"),
            ("2023-11-02", "2023-11-02"),
        ] {
            let (_, ymd) = first_full_date(s, 0..s.len()).unwrap_or_else(|| panic!("{s}"));
            let (y, m, d) = ymd.full().unwrap();
            assert_eq!(iso_day(days_from_civil(y, m, d)), iso, "{s}");
        }
        assert!(first_full_date("May 31st", 0..8).is_none());
        for s in ["talks on Nov. 4–6, 2026 ended", "talks on Nov. 4-6, 2026 ended"] {
            let found = absolute_dates(s, 0..s.len());
            assert_eq!(found.len(), 1, "{s}");
            assert_eq!(
                (&s[found[0].0.clone()], found[0].1.full()),
                (&s[9..s.len() - 6], Some((2026, 11, 4))),
                "{s}"
            );
        }
        assert!(first_full_date("it may 2024", 0..11).is_none());
    }

    #[test]
    fn date_lines() {
        assert!(date_line("6/26/2024", 0..9).is_some());
        let s = "Published June 26, 2024 10:45 am ET";
        assert!(date_line(s, 0..s.len()).is_some());
        let s = "The vote on June 26, 2024 failed";
        assert!(date_line(s, 0..s.len()).is_none());
    }

    #[test]
    fn weekdays_in_sentences_about_the_future_look_ahead() {
        // 2024-06-12 is a Wednesday.
        let r = resolve(
            "A memorial will be held on Sunday night, and the port reopened on Monday.",
            "2024-06-12",
        );
        assert_eq!(r[0], ("Sunday".to_string(), Some("2024-06-16".to_string())));
        assert_eq!(
            r[1],
            ("Monday".to_string(), Some("2024-06-17".to_string())),
            "same sentence, after 'will'"
        );
        let r = resolve("The inquiry is due to report on Wednesday.", "2024-06-12");
        assert_eq!(r[0].1.as_deref(), Some("2024-06-12"));
        let r = resolve("“We will find out why,” the mayor said on Sunday; the pier will close on Friday, the council said on Tuesday.", "2024-06-12");
        let days: Vec<_> = r.iter().map(|(_, d)| d.as_deref().unwrap()).collect();
        assert_eq!(days, ["2024-06-09", "2024-06-14", "2024-06-11"], "{r:?}");
        let r = resolve("The port reopened on Monday.", "2024-06-12");
        assert_eq!(r[0].1.as_deref(), Some("2024-06-10"));
    }

    #[test]
    fn a_yearless_day_follows_the_tense_of_its_sentence() {
        // Published on Wednesday 10 July 2024.
        let r = resolve(
            "The parliament is due to hold the final reading on September 19.",
            "2024-07-10",
        );
        assert_eq!(r[0].1.as_deref(), Some("2024-09-19"), "a reading ahead is this September");
        let r = resolve("Ministers will meet again on January 15 to review it.", "2024-11-20");
        assert_eq!(
            r[0].1.as_deref(),
            Some("2025-01-15"),
            "a meeting ahead in January is next year's"
        );
        let r = resolve("The levy was first proposed on July 25.", "2024-07-10");
        assert_eq!(r[0].1.as_deref(), Some("2023-07-25"), "a proposal in the past is last July's");
        let r = resolve("The new timetable takes effect on August 1.", "2024-07-10");
        assert_eq!(
            r[0].1.as_deref(),
            Some("2024-08-01"),
            "no tense: soon after publication stays this year"
        );
        let r = resolve("The new timetable takes effect on November 1.", "2024-07-10");
        assert_eq!(
            r[0].1.as_deref(),
            Some("2023-11-01"),
            "no tense: well after publication is last year's"
        );
        let r = resolve("The government said it would review the duty in June.", "2024-05-14");
        assert_eq!(
            r[0].1.as_deref(),
            Some("2024-06"),
            "a month ahead in a sentence about the future"
        );
        let r = resolve("The talks stalled in June.", "2024-05-14");
        assert_eq!(r[0].1.as_deref(), Some("2023-06"));
    }

    /// Resolves the dates of a text sentence by sentence, as the article
    /// builder does: sentences end after ". " and at line breaks, and the
    /// anchor is carried from one to the next.
    fn resolve_text(text: &str, published: &str) -> Vec<(String, Option<String>)> {
        let mut anchor = None;
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        for end in 0..=bytes.len() {
            let ends = end == bytes.len()
                || bytes[end] == b'\n'
                || (end > 0 && bytes[end - 1] == b'.' && bytes[end] == b' ');
            if ends && end > start {
                let found = find_dates(text, start..end, Some(day(published)), &mut anchor);
                out.extend(found.into_iter().map(|f| (text[f.range].to_string(), f.resolved)));
                start = end + 1;
            } else if ends {
                start = end + 1;
            }
        }
        out
    }

    #[test]
    fn a_day_beside_another_event_counts_only_from_a_nearby_day() {
        let r = resolve("Residents heard drones overhead the day before the attack.", "2024-06-12");
        assert_eq!(r, [("the day before".to_string(), None)], "the attack is not dated");
        let r = resolve(
            "The storm struck on June 3 and the port closed the following day.",
            "2024-06-12",
        );
        assert_eq!(r[1], ("the following day".to_string(), Some("2024-06-04".to_string())));
        let r = resolve("The levy takes effect the day after tomorrow.", "2024-06-12");
        assert_eq!(r[0].1.as_deref(), Some("2024-06-14"));
        let r = resolve("A year ago the toll was 12; two months ago officials warned of floods, and three weeks ago it rained.", "2026-01-10");
        let days: Vec<_> = r.iter().map(|(_, d)| d.as_deref()).collect();
        assert_eq!(days, [Some("2025"), Some("2025-11"), Some("2025-12-20")], "{r:?}");
        // 2024-06-12 is a Wednesday: Monday is 2024-06-10.
        let r = resolve_text(
            "Talks collapsed on Monday. Protests began two days after the vote.",
            "2024-06-12",
        );
        assert_eq!(r[1].1, None, "a day named in another sentence may date another event");
        let r = resolve_text(
            "A drone struck the depot on Monday. The call came three days after a drone strike.",
            "2024-06-12",
        );
        assert_eq!(
            r[1].1.as_deref(),
            Some("2024-06-07"),
            "the sentence dates the event named before it"
        );
        let r = resolve_text(
            "A drone struck the depot on Monday.\n\nThe call came three days after a drone strike.",
            "2024-06-12",
        );
        assert_eq!(r[1].1.as_deref(), Some("2024-06-07"), "also across a paragraph break");
        let r = resolve_text("A drone struck the depot on Monday. Police made arrests. The call came three days after a drone strike.", "2024-06-12");
        assert_eq!(r[1].1, None, "but only from the sentence just before");
    }

    #[test]
    fn later_and_the_following_day_count_alike_from_the_sentence_before_in_its_paragraph() {
        let r = resolve_text("Talks collapsed on Monday. The following day, protesters gathered. Two days later, the port shut.", "2024-06-12");
        let days: Vec<_> = r.iter().map(|(_, d)| d.as_deref()).collect();
        assert_eq!(days, [Some("2024-06-10"), Some("2024-06-11"), Some("2024-06-13")], "{r:?}");
        let r = resolve_text("Talks collapsed on Monday. Police made arrests. The next day, the union struck. Two days later, the port shut.", "2024-06-12");
        assert_eq!(
            r[1..],
            [("The next day".to_string(), None), ("Two days later".to_string(), None)],
            "only the sentence just before counts"
        );
        let r = resolve_text("Talks collapsed on Monday.\n\nThe next day, the union struck.\n\nA week later, the port shut.", "2024-06-12");
        assert_eq!(
            r[1..],
            [("The next day".to_string(), None), ("A week later".to_string(), None)],
            "never across a paragraph break"
        );
        let r = resolve_text(
            "Talks collapsed on Monday, and two days later the port shut.",
            "2024-06-12",
        );
        assert_eq!(r[1].1.as_deref(), Some("2024-06-12"));
    }

    #[test]
    fn a_weekday_in_a_clause_about_what_is_coming_is_the_coming_one() {
        // 2026-11-07 is a Saturday.
        for s in [
            "The governor faces a recall vote on Friday.",
            "He is due to meet union leaders on Friday.",
            "She will travel to Brenholm on Friday.",
            "Ministers are set to vote on Friday.",
            "The minister plans to visit the port on Friday.",
            "More rain is expected on Friday.",
            "A final reading is scheduled for Friday.",
            "The port stays shut until Friday.",
            "The trial of the three dockers begins on Friday.",
        ] {
            assert_eq!(resolve(s, "2026-11-07")[0].1.as_deref(), Some("2026-11-13"), "{s}");
        }
        for s in [
            "The governor faced a recall vote on Friday.",
            "Heavy rain fell on Friday.",
            "Heavy rain continued until Friday.",
            "Moscow blames Kyiv for the attack on Friday.",
            "“We will win,” she said on Friday.",
        ] {
            assert_eq!(resolve(s, "2026-11-07")[0].1.as_deref(), Some("2026-11-06"), "{s}");
        }
    }

    #[test]
    fn the_first_byte_filter_lets_every_opening_word_through() {
        use crate::lexicon::number_words::CARDINALS;
        let small_counts = CARDINALS.iter().filter(|(_, n)| (1..=12).contains(n)).map(|(w, _)| *w);
        let words: Vec<&str> = [
            "yesterday",
            "today",
            "tomorrow",
            "last",
            "this",
            "next",
            "past",
            "the",
            "mid-may",
            "a",
            "an",
        ]
        .into_iter()
        .chain(small_counts)
        .collect();
        assert!(words.contains(&"twelve") && !words.contains(&"zero"));
        for w in &words {
            assert!(opens_relative_date(w) && may_open_relative_date(w.as_bytes()[0]), "{w}");
        }
        for b in b'a'..=b'z' {
            if !may_open_relative_date(b) {
                assert!(!words.iter().any(|w| w.as_bytes()[0] == b), "{}", b as char);
            }
        }
        assert!(!opens_relative_date("yes") && !opens_relative_date("tens"));
    }

    #[test]
    fn a_length_of_time_is_not_a_date() {
        let mut anchor = Some(day("2024-06-11"));
        let s = "The vessel was tracked for two weeks before the attack.";
        assert!(find_dates(s, 0..s.len(), Some(day("2024-06-12")), &mut anchor).is_empty());
    }

    fn resolve(s: &str, published: &str) -> Vec<(String, Option<String>)> {
        let mut anchor = None;
        find_dates(s, 0..s.len(), Some(day(published)), &mut anchor)
            .into_iter()
            .map(|f| (s[f.range].to_string(), f.resolved))
            .collect()
    }

    #[test]
    fn relative_forms() {
        let got = resolve(
            "They spoke Tuesday after Sunday's deadly missile attack on the town.",
            "2024-06-26",
        );
        assert_eq!(got[0], ("Tuesday".into(), Some("2024-06-25".into())));
        assert_eq!(got[1], ("Sunday's deadly missile attack".into(), Some("2024-06-23".into())));
        let got = resolve("Held on June 25, the call came two days after a strike.", "2024-06-26");
        assert_eq!(got[1], ("two days after".into(), Some("2024-06-23".into())));
        let got = resolve("Last month and last week and yesterday", "2024-06-26");
        assert_eq!(
            got.iter().map(|g| g.1.clone().unwrap()).collect::<Vec<_>>(),
            vec!["2024-05", "2024-W25", "2024-06-25"]
        );
        let got = resolve("on Wednesday (18 May) it ended", "2022-05-19");
        assert_eq!(got[0], ("Wednesday (18 May)".into(), Some("2022-05-18".into())));
    }

    #[test]
    fn weekday_names_in_any_case_and_possessive() {
        use crate::lexicon::calendar::WEEKDAY_NAMES;
        for (i, d) in WEEKDAY_NAMES.iter().enumerate() {
            let capital = format!("{}{}", d[..1].to_uppercase(), &d[1..]);
            assert_eq!(weekday_of(&capital), Some(i as u32), "{d}");
            assert_eq!(weekday_of(&format!("{capital}’s")), Some(i as u32), "{d}");
            assert_eq!(weekday_of(&format!("{d}'s")), Some(i as u32), "{d}");
            assert_eq!(weekday_of(d), Some(i as u32), "{d}");
        }
        for w in ["Today", "Holiday", "day", "Mondays", "Sundayday", "’s"] {
            assert_eq!(weekday_of(w), None, "{w}");
        }
        assert_eq!(month_of("Sept."), Some(9));
    }

    #[test]
    fn month_alone() {
        let got =
            resolve("The strike began in mid-March and the talks in mid-summer.", "2024-06-26");
        assert_eq!(got, vec![("mid-March".into(), Some("2024-03".into()))]);
        let got = resolve("The talks began in February and stalled since November.", "2024-06-26");
        assert_eq!(
            got,
            vec![
                ("February".into(), Some("2024-02".into())),
                ("November".into(), Some("2023-11".into()))
            ]
        );
        assert!(resolve("Officials may act.", "2024-06-26").is_empty());
    }

    #[test]
    fn unresolved_without_publication_day() {
        let mut anchor = None;
        let s = "on Friday and on February 24";
        let got = find_dates(s, 0..s.len(), None, &mut anchor);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|f| f.resolved.is_none()));
    }
}
