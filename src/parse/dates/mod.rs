//! Dates: reading absolute dates ("6/26/2024", "June 26th 2024", "19 May
//! 2022", "Thursday (19 May)") and resolving relative ones ("Tuesday",
//! "Sunday's attack", "last week", "two days after") against the publication
//! date. Without a publication date a relative date stays unresolved rather
//! than guessed.
//!
//! Works on any byte range of the article text, so HTML parsing reuses it.

//!
//! One reader a module: [`absolute`] (each written form of a day or month,
//! and an absolute date resolved in its sentence), [`relative`] (each
//! relative form, resolved against publication or a day named before),
//! and [`tense`] (which way a clause points, for yearless days and lone
//! weekdays). The word lists they read are tables in `lexicon::dating`.

mod absolute;
mod relative;
mod tense;

#[cfg(test)]
pub use absolute::first_full_date;
pub use absolute::{absolute_dates, date_line, dated_line};

use crate::lexicon::calendar::{may_open_weekday, weekday_named};
use crate::model::DateKind;
use crate::parse::tokens::{tokenize, Lowered, Token};
use relative::{may_open_relative_date, opens_relative_date};
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

/// The ISO form (`YYYY-MM-DD`) of a day counted from 1970-01-01, as every resolved date is written.
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
pub fn parse_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    valid(y, m, d).then(|| days_from_civil(y, m, d))
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

/// What the readers of one sentence share: the publication day and the
/// days resolved so far, which relative dates count from.
pub(super) struct Anchors {
    /// The publication day (days since 1970-01-01), when known.
    pub published: Option<i64>,
    /// The last day resolved in this sentence: "the day before the attack"
    /// and "two days after the vote" count from it alone, since a day named
    /// in another sentence may date another event.
    pub in_sentence: Option<i64>,
    /// The day the sentence before resolved: "The call came three days
    /// after" dates the event the sentence before dated, across a
    /// paragraph break too.
    pub previous_sentence_day: Option<i64>,
    /// The same day, only when this sentence does not open a paragraph:
    /// "Two days later" and "The following day" may count from it, but a
    /// day named further back, or before a paragraph break, as often dates
    /// another event, and a wrong day is worse than none.
    pub previous_sentence: Option<i64>,
}

/// [`find_dates`] on a sentence already tokenized: at each token, the
/// absolute forms ([`absolute`]) when the word may name a month or weekday,
/// then the relative ones ([`relative`]).
pub fn find_dates_in(
    text: &str,
    toks: &[Token],
    lower: &Lowered,
    published: Option<i64>,
    anchor: &mut Option<i64>,
) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let previous_sentence_day = anchor.take();
    let mut days = Anchors {
        published,
        in_sentence: None,
        previous_sentence_day,
        previous_sentence: previous_sentence_day
            .filter(|_| toks.first().is_some_and(|t| !opens_paragraph(text, t.start))),
    };
    let mut i = 0;
    while i < toks.len() {
        if !may_open_date(text, toks, lower, i) {
            i += 1;
            continue;
        }
        match date_at(text, toks, lower, i, &mut days) {
            Some((found, next)) => {
                out.push(found);
                i = next;
            }
            None => i += 1,
        }
    }
    *anchor = days.in_sentence;
    out
}

/// Whether a date may open at token `i`: punctuation never does, and a
/// lower-case word only when it opens a relative phrase. Most tokens are
/// turned away here, in the scan's loop, before any reader is called.
#[inline]
fn may_open_date(text: &str, toks: &[Token], lower: &Lowered, i: usize) -> bool {
    let t = toks[i];
    let first = text.as_bytes()[t.start];
    t.word
        && !(first.is_ascii_lowercase()
            && (!may_open_relative_date(first) || !opens_relative_date(lower.at(i))))
}

/// The date opening at token `i` (which [`may_open_date`] let through), if
/// one does, and the token after it.
#[inline]
fn date_at(
    text: &str,
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    days: &mut Anchors,
) -> Option<(FoundDate, usize)> {
    let t = toks[i];
    // Settled before the calendar words: "the" is the commonest word let through.
    if lower.at(i) == "the" {
        return relative::day_beside_event(toks, lower, i, days);
    }
    // Only a capitalised ASCII word names a month or weekday. One that
    // names neither (most are names) can open no date, absolute or
    // relative; only the plain words ("Yesterday", "Last week", "Two days
    // ago") remain, so each name is looked up once, not four times.
    let raw = t.text(text);
    let capitalized = raw.as_bytes()[0].is_ascii_uppercase();
    let (month, weekday_named) =
        if capitalized { (month_of(raw), weekday_of(raw)) } else { (None, None) };
    let calendar = !capitalized || month.is_some() || weekday_named.is_some();
    if let Some(found) =
        calendar.then(|| absolute::absolute_date(text, toks, lower, i, days)).flatten()
    {
        return Some(found);
    }
    relative::relative_at(toks, lower, i, raw, month, weekday_named, days)
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
    #[test]
    fn iso_days_parse_to_day_numbers() {
        assert_eq!(parse_iso("1970-01-01"), Some(0));
        assert_eq!(
            parse_iso("2026-03-01").zip(parse_iso("2026-02-28")).map(|(a, b)| a - b),
            Some(1)
        );
        assert_eq!(
            parse_iso("2024-03-01").zip(parse_iso("2024-02-28")).map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(parse_iso("2024-03"), None);
        assert_eq!(parse_iso("2024-13-01"), None);
    }

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
