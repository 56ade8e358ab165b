//! Absolute dates: the forms that name a day or month outright ("6/26/2024",
//! "2024-06-26", "12-07-2024", "June 26th, 2024", "Nov. 4-6", "19 May
//! 2022", "May 2022", "Thursday (19 May)", "Wednesday, June 26"), each
//! read by its own function, and the readings built on them: every absolute
//! date of a range, a line that is a date and little else, and an absolute
//! date in a sentence resolved against publication.

use super::tense::{resolve_yearless, tense_at};
use super::{
    day_number, days_from_civil, iso_day, month_of, valid, weekday_of, year_number, Anchors,
    FoundDate, Ymd,
};
use crate::lexicon::calendar::{
    MORE_TIME_ZONES, TIME_ZONES, WEEKDAY_ABBREVIATIONS, ZONES_WITHOUT_SEASON,
};
use crate::lexicon::dating::in_dateline_words;
use crate::model::DateKind;
use crate::parse::tokens::{is_capitalized, lowercase, tokenize, Lowered, Token};
use std::ops::Range;

/// An absolute date read at a token: the date, the index just past its last
/// token, and any weekday named with it.
pub(super) type Absolute = (Ymd, usize, Option<u32>);

/// The tokens of a sentence with the text they index, and the two tests
/// every form asks of a token: its word, and whether it is a given mark.
#[derive(Clone, Copy)]
struct At<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl<'a> At<'a> {
    /// The word at token `k`, if it is a word.
    fn word(&self, k: usize) -> Option<&'a str> {
        self.toks.get(k).filter(|t| t.word).map(|t| t.text(self.text))
    }

    /// Is token `k` the punctuation `c`?
    fn punct(&self, k: usize, c: &str) -> bool {
        self.toks.get(k).is_some_and(|t| !t.word && t.text(self.text) == c)
    }
}

/// Tries to read an absolute date starting at token `i`, by the first form
/// whose opening fits: slashed, ISO, dashed day-first, month first, day
/// first, weekday first.
pub(super) fn absolute_at(text: &str, toks: &[Token], i: usize) -> Option<Absolute> {
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
    let at = At { text, toks };
    if w.len() <= 2
        && w.bytes().all(|b| b.is_ascii_digit())
        && at.punct(i + 1, "/")
        && toks.get(i + 2).is_some_and(|x| x.start == toks[i + 1].end)
    {
        return slashed(at, i, w);
    }
    if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
        return iso_form(w, i);
    }
    if w.len() == 10 && w.as_bytes()[2] == b'-' && w.as_bytes()[5] == b'-' {
        return dashed_day_first(w, i);
    }
    if is_capitalized(w) {
        if let Some(m) = month_of(w) {
            return month_first(at, i, w, m);
        }
    }
    if let Some(d) = day_number(w) {
        if let Some(m) = at.word(i + 1).filter(|x| is_capitalized(x)).and_then(month_of) {
            return day_first(at, i, d, m);
        }
    }
    weekday_first(at, i, w)
}

/// "6/26/2024" or "26/6/2024" (the word `w` at token `i` is the first
/// part): US order unless the first part cannot be a month; a two-digit
/// year is in this century.
fn slashed(at: At, i: usize, w: &str) -> Option<Absolute> {
    let a: u32 = w.parse().ok()?;
    let b: u32 = at.word(i + 2)?.parse().ok()?;
    if !at.punct(i + 3, "/") {
        return None;
    }
    let ys = at.word(i + 4)?;
    let y: i32 = match ys.len() {
        4 => ys.parse().ok()?,
        2 => 2000 + ys.parse::<i32>().ok()?,
        _ => return None,
    };
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    valid(y, m, d).then_some((Ymd { year: Some(y), month: m, day: Some(d) }, i + 5, None))
}

/// "2024-06-26", the one word `w` at token `i`.
fn iso_form(w: &str, i: usize) -> Option<Absolute> {
    let y = year_number(&w[..4])?;
    let m: u32 = w[5..7].parse().ok()?;
    let d: u32 = w[8..10].parse().ok()?;
    valid(y, m, d).then_some((Ymd { year: Some(y), month: m, day: Some(d) }, i + 1, None))
}

/// "12-07-2024": day first, as European pages (EURACTIV) write it, unless
/// the first part cannot be a day's month partner ("07-13-2024").
fn dashed_day_first(w: &str, i: usize) -> Option<Absolute> {
    let a: u32 = w[..2].parse().ok()?;
    let b: u32 = w[3..5].parse().ok()?;
    let y = year_number(&w[6..])?;
    let (m, d) = if b > 12 { (a, b) } else { (b, a) };
    valid(y, m, d).then_some((Ymd { year: Some(y), month: m, day: Some(d) }, i + 1, None))
}

/// "Month D[,] [YYYY]" or "Month YYYY", the month `m` named by the word
/// `w` at token `i`. "Nov. 4-6" is one word, "Nov. 4–6" three tokens: the
/// date is the first day, and the span takes in the last, which is no
/// count.
fn month_first(at: At, i: usize, w: &str, m: u32) -> Option<Absolute> {
    let mut k = i + 1;
    if at.punct(k, ".") {
        k += 1;
    }
    let toks = at.toks;
    let day_span = at.word(k).and_then(|w| {
        let (first, last) = w.split_once('-')?;
        Some((day_number(first)?, day_number(last)?))
    });
    let dash_span = at.word(k).and_then(day_number).filter(|_| {
        toks.get(k + 1).is_some_and(|t| {
            !t.word && matches!(t.text(at.text), "–" | "-") && t.start == toks[k].end
        }) && toks.get(k + 2).is_some_and(|t| {
            t.word && t.start == toks[k + 1].end && day_number(t.text(at.text)).is_some()
        })
    });
    if let Some(d) = day_span.map(|(first, _)| first).or_else(|| at.word(k).and_then(day_number)) {
        let mut end = if dash_span.is_some() { k + 3 } else { k + 1 };
        let mut year = None;
        let mut j = end;
        if at.punct(j, ",") {
            j += 1;
        }
        if let Some(y) = at.word(j).and_then(year_number) {
            year = Some(y);
            end = j + 1;
        }
        if year.is_some_and(|y| !valid(y, m, d)) {
            return None;
        }
        return Some((Ymd { year, month: m, day: Some(d) }, end, None));
    }
    let y = at.word(k).and_then(year_number)?;
    if w.eq_ignore_ascii_case("may") && !is_capitalized(w) {
        return None;
    }
    Some((Ymd { year: Some(y), month: m, day: None }, k + 1, None))
}

/// "D Month [YYYY]" ("19 May 2022", "4 Nov. 2024"): the day `d` at token
/// `i`, the month `m` after it.
fn day_first(at: At, i: usize, d: u32, m: u32) -> Option<Absolute> {
    let toks = at.toks;
    let mut end = i + 2;
    if at.punct(end, ".") && toks.get(end).is_some_and(|x| x.start == toks[i + 1].end) {
        end += 1;
    }
    let mut year = None;
    if let Some(y) = at.word(end).and_then(year_number) {
        year = Some(y);
        end += 1;
    }
    if year.is_some_and(|y| !valid(y, m, d)) {
        return None;
    }
    Some((Ymd { year, month: m, day: Some(d) }, end, None))
}

/// "Weekday (D Month)" or "Weekday, Month D[, YYYY]": a capitalised
/// weekday (not possessive) at token `i` with a date in brackets or after
/// a comma, which carries the weekday.
fn weekday_first(at: At, i: usize, w: &str) -> Option<Absolute> {
    let wd = weekday_of(w).filter(|_| is_capitalized(w))?;
    if w.contains('\'') || w.contains('’') {
        return None;
    }
    let open = i + 1;
    if at.punct(open, "(") {
        if let Some((ymd, end, _)) = absolute_at(at.text, at.toks, open + 1) {
            if at.punct(end, ")") {
                return Some((ymd, end + 1, Some(wd)));
            }
        }
    }
    if at.punct(open, ",") {
        if let Some((ymd, end, _)) = absolute_at(at.text, at.toks, open + 1) {
            return Some((ymd, end, Some(wd)));
        }
    }
    None
}

/// The absolute date at token `i` of a sentence as a found date: its day
/// when it names a full one, or a yearless day resolved against
/// publication by the tense of its clause; a month and year resolve to
/// the month. A day resolved becomes the sentence's anchor.
pub(super) fn absolute_date(
    text: &str,
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    days: &mut Anchors,
) -> Option<(FoundDate, usize)> {
    let (ymd, end, wd) = absolute_at(text, toks, i)?;
    let day = match ymd.full() {
        Some((y, m, d)) => Some(days_from_civil(y, m, d)),
        None => match (ymd.day, days.published) {
            (Some(d), Some(p)) => resolve_yearless(ymd.month, d, p, tense_at(toks, lower, i)),
            _ => None,
        },
    };
    let resolved = match (day, ymd.day, ymd.year) {
        (Some(d), _, _) => Some(iso_day(d)),
        (None, None, Some(y)) => Some(format!("{y:04}-{:02}", ymd.month)),
        _ => None,
    };
    if day.is_some() {
        days.in_sentence = day;
    }
    let found = FoundDate {
        range: toks[i].start..toks[end - 1].end,
        kind: DateKind::Absolute,
        ymd: Some(ymd),
        weekday: wd,
        resolved,
    };
    Some((found, end))
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
    dated_line(text, range).map(|(date, ymd, _)| (date, ymd))
}

/// [`date_line`], with the place the line names beside its date, when it
/// names one ("Lindau, 4 June 2025": Lindau).
pub fn dated_line(
    text: &str,
    range: Range<usize>,
) -> Option<(Range<usize>, Ymd, Option<Range<usize>>)> {
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
            || in_dateline_words(w)
            || TIME_ZONES.contains(&w)
            || ZONES_WITHOUT_SEASON.contains(&w)
            || WEEKDAY_ABBREVIATIONS.contains(&w)
            || w.contains(':')
            || tells_the_time(w)
    };
    let others: Vec<usize> = (0..toks.len()).filter(|&k| !filler(&toks[k])).collect();
    if others.is_empty() {
        return Some((found, ymd, None));
    }
    let place = names_its_place(text, &toks, &others, &found)?;
    Some((found, ymd, Some(place)))
}

/// Rule `a_date_line_tells_its_time`: besides the date, a date line holds
/// its time as pages print it, which the tokenizer leaves in pieces: the
/// minutes with their half of the day ("7:12pm" gives "12pm", "06AM"),
/// "19hrs" ("hrs" alone is a dateline word), a time zone of [`MORE_TIME_ZONES`] ("9:56 AM AKDT", "9:03am AEST"), and
/// the month of a second date ("on April 30, 2008 at 4:31 AM, updated April
/// 30, 2008 at 8:33 AM"). Without it, "Wed May 5, 2010 7:12pm BST" was no
/// date line, and the story had no publication day to date "Sunday" by.
fn tells_the_time(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &w[digits..];
    (digits > 0 && matches!(rest, "am" | "pm" | "a.m" | "p.m" | "h" | "hrs"))
        || MORE_TIME_ZONES.contains(&w)
        || crate::lexicon::calendar::month_of(w).is_some()
}

/// Separators between a date line's place and its date: "London, 4 June
/// 2025", "Sorrel Ford | 4 June 2025", "4 June 2025 — Sorrel Ford".
const PLACE_SEPARATORS: [&str; 5] = [",", "|", "—", "–", "·"];

/// The words of a date line that are neither the date nor dateline words
/// (`others`, token indices) are its place: one to three capitalised
/// words in a row, set off from the date by a separator
/// ([`PLACE_SEPARATORS`]). Rule `a_date_line_may_name_its_place`. The
/// place may name its region after a comma ("LINDAU, Velmora — 4 June
/// 2025"), as wire datelines do (rule `a_header_date_line_names_its_place`).
/// Returns the place's words, the region's with them.
fn names_its_place(
    text: &str,
    toks: &[Token],
    others: &[usize],
    date: &Range<usize>,
) -> Option<Range<usize>> {
    // Three words, or four with a region: most lines are settled here.
    if others.len() > 4 {
        return None;
    }
    let (first, last) = (others[0], others[others.len() - 1]);
    let separator =
        |k: usize| toks.get(k).is_some_and(|t| PLACE_SEPARATORS.contains(&t.text(text)));
    let comma = |k: usize| toks[k].text(text) == ",";
    // The tokens of the place that are not its words: at most one comma,
    // between the town and its region.
    let commas: Vec<usize> = (first..=last).filter(|k| !others.contains(k)).collect();
    let in_a_row = commas.is_empty() || (commas.len() == 1 && comma(commas[0]));
    let named = others.len() <= 3 + commas.len()
        && in_a_row
        && others.iter().all(|&k| is_capitalized(toks[k].text(text)))
        && (toks[last].end <= date.start && separator(last + 1)
            || toks[first].start >= date.end && first > 0 && separator(first - 1));
    named.then(|| toks[first].start..toks[last].end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<Absolute> {
        let toks = tokenize(s, 0..s.len());
        absolute_at(s, &toks, 0)
    }

    fn ymd(year: Option<i32>, month: u32, day: Option<u32>) -> Ymd {
        Ymd { year, month, day }
    }

    #[test]
    fn each_written_form_is_read() {
        assert_eq!(read("6/26/2024").map(|a| a.0), Some(ymd(Some(2024), 6, Some(26))));
        assert_eq!(read("26/6/24").map(|a| a.0), Some(ymd(Some(2024), 6, Some(26))));
        assert_eq!(read("2024-06-26").map(|a| a.0), Some(ymd(Some(2024), 6, Some(26))));
        assert_eq!(read("12-07-2024").map(|a| a.0), Some(ymd(Some(2024), 7, Some(12))));
        assert_eq!(read("07-13-2024").map(|a| a.0), Some(ymd(Some(2024), 7, Some(13))));
        assert_eq!(read("June 26, 2024").map(|a| a.0), Some(ymd(Some(2024), 6, Some(26))));
        assert_eq!(read("Nov. 4-6").map(|a| a.0), Some(ymd(None, 11, Some(4))));
        assert_eq!(read("May 2022").map(|a| a.0), Some(ymd(Some(2022), 5, None)));
        assert_eq!(read("19 May 2022").map(|a| a.0), Some(ymd(Some(2022), 5, Some(19))));
        assert_eq!(
            read("Thursday (19 May)").map(|a| (a.0, a.2)),
            Some((ymd(None, 5, Some(19)), Some(3)))
        );
        assert_eq!(read("Wednesday, June 26").map(|a| a.2), Some(Some(2)));
    }

    #[test]
    fn impossible_days_and_lone_names_are_no_dates() {
        assert_eq!(read("2/30/2024"), None);
        assert_eq!(read("June 31, 2024"), None);
        assert_eq!(read("June"), None);
        assert_eq!(read("Sunday's"), None);
    }

    #[test]
    fn a_date_line_holds_a_date_and_dateline_words() {
        let s = "Published 6/26/2024 10:45 am";
        assert!(date_line(s, 0..s.len()).is_some());
        let s = "The ferry sailed on 6/26/2024";
        assert!(date_line(s, 0..s.len()).is_none());
    }

    /// Rule `a_date_line_tells_its_time`.
    #[test]
    fn a_date_line_tells_its_time() {
        for (line, iso) in [
            ("Wed May 5, 2010 7:12pm BST", (2010, 5, 5)),
            ("First Published: June 13, 2013 4:59 PM EDT", (2013, 6, 13)),
            ("Story Created: Aug 7, 2012 at 9:56 AM AKDT", (2012, 8, 7)),
            ("Published time: March 12, 2013 02:03", (2013, 3, 12)),
            ("Sat Nov 12 2011, 01:19 hrs", (2011, 11, 12)),
            ("AUGUST 2, 2013 | 08:06AM PT", (2013, 8, 2)),
            ("Updated Thu 6 May 2010, 9:03am AEST", (2010, 5, 6)),
            ("on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM", (2008, 4, 30)),
        ] {
            let (_, ymd) = date_line(line, 0..line.len()).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(ymd.full(), Some(iso), "{line}");
        }
        // Words beside a date still make a sentence, not a date line.
        for line in [
            "Fire crews may return on April 30, 2008 at 4pm",
            "Story time at the Lindau library on May 2, 2013",
        ] {
            assert!(date_line(line, 0..line.len()).is_none(), "{line}");
        }
    }

    /// Rule `a_header_date_line_names_its_place`: a town and its region.
    #[test]
    fn a_date_line_may_name_a_town_and_its_region() {
        for (s, town) in [
            ("LINDAU, Velmora — 4 June 2025", "LINDAU, Velmora"),
            ("Lindau, Velmora, 4 June 2025", "Lindau, Velmora"),
            ("4 June 2025 | Sorrel Ford, Velmora", "Sorrel Ford, Velmora"),
        ] {
            let read = dated_line(s, 0..s.len());
            assert_eq!(read.as_ref().and_then(|d| d.1.full()), Some((2025, 6, 4)), "{s}");
            assert_eq!(read.and_then(|d| d.2).map(|r| &s[r]), Some(town), "{s}");
        }
        for s in ["Lindau, Velmora, Ostria, 4 June 2025", "the port, Velmora — 4 June 2025"] {
            assert!(date_line(s, 0..s.len()).is_none(), "{s}");
        }
    }

    /// Rule `a_date_line_may_name_its_place`.
    #[test]
    fn a_date_line_may_name_its_place() {
        for s in [
            "London, 4 June 2025",
            "SORREL FORD, June 4, 2025",
            "Sorrel Ford | 4 June 2025",
            "4 June 2025 — Sorrel Ford",
        ] {
            let read = date_line(s, 0..s.len()).map(|(r, ymd)| (&s[r], ymd.full()));
            assert!(matches!(read, Some((_, Some((2025, 6, 4))))), "{s}: {read:?}");
        }
        let place = |s: &'static str| dated_line(s, 0..s.len()).and_then(|d| d.2).map(|r| &s[r]);
        assert_eq!(place("Sorrel Ford | 4 June 2025"), Some("Sorrel Ford"));
        assert_eq!(place("4 June 2025 — Sorrel Ford"), Some("Sorrel Ford"));
        assert_eq!(place("Published 4 June 2025"), None);
        for s in [
            "the ferry, 4 June 2025",
            "Storm Hits Sorrel Ford Again, 4 June 2025",
            "Sorrel Ford 4 June 2025 report",
        ] {
            assert!(date_line(s, 0..s.len()).is_none(), "{s}");
        }
    }
}
