//! Relative dates, each form read by its own function and resolved against
//! the publication day or a day named before: a day beside another event
//! ("the day after the vote", "the following day"), a weekday alone
//! ("Tuesday", "Sunday's attack", "next Friday"), a month alone ("in
//! February", "in mid-October"), "yesterday", "last week", "two days ago",
//! "three days later", "a year ago".

use super::tense::looks_ahead;
use super::{civil_from_days, iso_day, iso_week, month_of, weekday, Anchors, FoundDate};
use crate::lexicon::dating::{
    in_event_phrase_ends, in_month_prepositions, in_relative_date_openers,
};
use crate::lexicon::number_words::cardinal;
use crate::model::DateKind;
use crate::parse::tokens::{Lowered, Token};
use std::ops::Range;

/// A relative date found: its byte range and what it resolved to.
fn relative(range: Range<usize>, weekday: Option<u32>, resolved: Option<String>) -> FoundDate {
    FoundDate { range, kind: DateKind::Relative, ymd: None, weekday, resolved }
}

/// A small count in digits or words, up to twelve ("a", "two", "12");
/// `w` is already lowercase.
pub(super) fn number_word(w: &str) -> Option<i64> {
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
pub(super) fn opens_relative_date(w: &str) -> bool {
    in_relative_date_openers(w) || number_word(w).is_some() || w.starts_with("mid-")
}

/// Whether a lower-case word starting with byte `b` can pass
/// [`opens_relative_date`]; the cheap test that spares looking most words up
/// (a unit test holds it to the words that pass).
#[inline]
pub(super) fn may_open_relative_date(b: u8) -> bool {
    matches!(b, b'y' | b't' | b'l' | b'n' | b'p' | b'a' | b'o' | b'f' | b's' | b'e' | b'm')
}

/// Words that end a "Sunday's …" phrase: the event phrase runs up to them.
pub(super) fn ends_event_phrase(w: &str) -> bool {
    in_event_phrase_ends(w) || (w.len() > 4 && w.ends_with("ed"))
}

/// "the day before the attack", "the following day", "the day after
/// tomorrow", at token `i` ("the"): a day beside another event, resolved
/// only from a day named earlier in the same sentence ("the following
/// day" also from the sentence before; "the day after tomorrow" from
/// publication). Returns the date and the token after it.
pub(super) fn day_beside_event(
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    days: &mut Anchors,
) -> Option<(FoundDate, usize)> {
    let (next, after) = (lower.get(i + 1), lower.get(i + 2));
    let len = match (next, after) {
        (Some("day"), Some("after" | "before")) => match lower.get(i + 3) {
            Some("tomorrow" | "yesterday") => 4,
            _ => 3,
        },
        (Some("following" | "next" | "previous"), Some("day")) => 3,
        _ => return None,
    };
    let last = lower.at(i + len - 1);
    let nearby = days.in_sentence.or(days.previous_sentence);
    let day = match (next, last) {
        (_, "tomorrow") => days.published.map(|p| p + 2),
        (_, "yesterday") => days.published.map(|p| p - 2),
        // "heard drones the day before the attack": the attack was the next day.
        (Some("day"), "before") => days.in_sentence.map(|a| a + 1),
        (Some("day"), _) => days.in_sentence.map(|a| a - 1),
        (Some("previous"), _) => nearby.map(|a| a - 1),
        _ => nearby.map(|a| a + 1),
    };
    if day.is_some() && next != Some("day") {
        days.in_sentence = day;
    }
    let found = relative(toks[i].start..toks[i + len - 1].end, None, day.map(iso_day));
    Some((found, i + len))
}

/// The plain relative forms at token `i` (a word), after the absolute ones
/// failed: a weekday alone (`weekday_named`), a month alone (`month`
/// named by the capitalised word), then "yesterday", "last week", "two
/// days ago". Returns the date and the token after it.
#[inline]
pub(super) fn relative_at(
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    raw: &str,
    month: Option<u32>,
    weekday_named: Option<u32>,
    days: &mut Anchors,
) -> Option<(FoundDate, usize)> {
    if let Some(wd) = weekday_named {
        return Some(weekday_alone(toks, lower, i, wd, days));
    }
    let w = lower.at(i);
    // Each reader below is asked only when the word may open its form:
    // most words reaching here (names) open none.
    if month.is_some() || w.starts_with("mid-") {
        if let Some(found) = month_alone(toks, lower, i, raw, month, days) {
            return Some(found);
        }
    }
    let simple = match w {
        "yesterday" => Some(-1),
        "today" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    };
    if let Some(delta) = simple {
        let day = days.published.map(|p| p + delta);
        days.in_sentence = day;
        return Some((relative(toks[i].range(), None, day.map(iso_day)), i + 1));
    }
    if let Some(found) = last_this_next(toks, lower, i, days) {
        return Some(found);
    }
    units_away(toks, lower, i, days)
}

/// The word before token `i`, or "".
#[inline]
fn previous(lower: &Lowered, i: usize) -> &str {
    if i > 0 {
        lower.at(i - 1)
    } else {
        ""
    }
}

/// A weekday alone at token `i` (`wd`, 0 = Monday), perhaps possessive
/// ("Sunday's attack on the port": the span runs to the end of the event
/// phrase, [`EVENT_PHRASE_ENDS`]). "next" or "coming" before it, or a
/// sentence about the future, make it the coming one; "last" the one
/// before a week's weekday of publication; otherwise the latest such day.
fn weekday_alone(
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    wd: u32,
    days: &mut Anchors,
) -> (FoundDate, usize) {
    let t = toks[i];
    let prev = previous(lower, i);
    let mut end = t.end;
    if lower.at(i).ends_with("'s") {
        let mut k = i + 1;
        let mut taken = 0;
        while k < toks.len() && toks[k].word && taken < 5 && !ends_event_phrase(lower.at(k)) {
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
    let resolved_day = days.published.map(|p| {
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
        days.in_sentence = resolved_day;
    }
    (relative(start..end, Some(wd), resolved_day.map(iso_day)), i + 1)
}

/// A month alone after a preposition ([`MONTH_PREPOSITIONS`]: "in
/// February", "since March"; not "by May"), or "in mid-October" (one
/// word), at token `i` (`raw` as written, `month` when it is a capitalised
/// month not abbreviated). Resolved to the month of publication's year,
/// the year before when it is later in the year, or the coming one in a
/// sentence about the future ("will review the duty in March", written in
/// July: next March).
fn month_alone(
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    raw: &str,
    month: Option<u32>,
    days: &Anchors,
) -> Option<(FoundDate, usize)> {
    let t = toks[i];
    let mid_month = lower.at(i).strip_prefix("mid-").and_then(month_of);
    let m = month.filter(|_| !raw.ends_with('.')).or(mid_month)?;
    let prev = previous(lower, i);
    if !(mid_month.is_some() || in_month_prepositions(prev) && (m != 5 || prev != "by")) {
        return None;
    }
    let start = if prev == "last" { toks[i - 1].start } else { t.start };
    let resolved = days.published.map(|p| {
        let (py, pm, _) = civil_from_days(p);
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
    Some((relative(start..t.end, None, resolved), i + 1))
}

/// "last week", "this month", "next year", "past weekend", "earlier this
/// month" at token `i`: the ISO week, month or year it names.
fn last_this_next(
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    days: &Anchors,
) -> Option<(FoundDate, usize)> {
    let w = lower.at(i);
    if !matches!(w, "last" | "this" | "next" | "past") {
        return None;
    }
    let unit = lower.get(i + 1).filter(|u| matches!(*u, "week" | "month" | "year" | "weekend"))?;
    let shift: i64 = match w {
        "last" | "past" => -1,
        "next" => 1,
        _ => 0,
    };
    let prev = previous(lower, i);
    let mut start = toks[i].start;
    if i > 0 && matches!(prev, "earlier" | "later") && w == "this" {
        start = toks[i - 1].start;
    }
    let resolved = days.published.map(|p| match unit {
        "week" | "weekend" => iso_week(p + 7 * shift),
        "month" => {
            let (y, m, _) = civil_from_days(p);
            let total = y as i64 * 12 + (m as i64 - 1) + shift;
            format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
        }
        _ => format!("{:04}", civil_from_days(p).0 as i64 + shift),
    });
    Some((relative(start..toks[i + 1].end, None, resolved), i + 2))
}

/// "N days|weeks ago|after|before|later|earlier" and "N months|years ago"
/// at token `i` (a small count, [`number_word`]). "tracked for two weeks
/// before the attack" is a length of time, not a date.
fn units_away(
    toks: &[Token],
    lower: &Lowered,
    i: usize,
    days: &mut Anchors,
) -> Option<(FoundDate, usize)> {
    let n = number_word(lower.at(i))?;
    let prev = previous(lower, i);
    if !(0..=400).contains(&n) || prev == "for" {
        return None;
    }
    let (unit, rel) = (lower.get(i + 1)?, lower.get(i + 2)?);
    let range = toks[i].start..toks[i + 2].end;
    let unit_days = match unit {
        "day" | "days" => Some(1),
        "week" | "weeks" => Some(7),
        _ => None,
    };
    if let Some(unit_days) = unit_days {
        let day = days_away(n * unit_days, rel, prev, days)?;
        return Some((relative(range, None, day.map(iso_day)), i + 3));
    }
    // "a year ago", "two months ago": the month or year it names.
    let unit_months = match unit {
        "month" | "months" => 1,
        "year" | "years" => 12,
        _ => return None,
    };
    if rel != "ago" {
        return None;
    }
    let resolved = days.published.map(|p| {
        let (y, m, _) = civil_from_days(p);
        let total = y as i64 * 12 + (m as i64 - 1) - n * unit_months;
        if unit_months == 12 {
            format!("{:04}", total.div_euclid(12))
        } else {
            format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
        }
    });
    Some((relative(range, None, resolved), i + 3))
}

/// The day `offset` days from an anchor by `rel` (the word after the
/// unit; `prev` the word before the count): "ago" from publication,
/// "earlier" and "later" from a day named in this sentence or the one
/// before; "after" and "before" from a day named earlier in this sentence,
/// or in the one before when this sentence dates that event itself ("The
/// call came three days after …"). `None` when `rel` is no such word;
/// `Some(None)` when the anchor is missing.
fn days_away(offset: i64, rel: &str, prev: &str, days: &mut Anchors) -> Option<Option<i64>> {
    let event_day = days
        .in_sentence
        .or_else(|| days.previous_sentence_day.filter(|_| matches!(prev, "came" | "comes")));
    let nearby = days.in_sentence.or(days.previous_sentence);
    let day = match rel {
        "ago" => days.published.map(|p| p - offset),
        "earlier" => nearby.map(|a| a - offset),
        "later" => nearby.map(|a| a + offset),
        // "came two days after X": X was two days before the anchor.
        "after" => event_day.map(|a| a - offset),
        "before" => event_day.map(|a| a + offset),
        _ => return None,
    };
    // A day this sentence's own event fell on ("Two days later, police
    // said"), not another event's ("after").
    if day.is_some() && matches!(rel, "ago" | "earlier" | "later") {
        days.in_sentence = day;
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::super::{days_from_civil, find_dates};

    /// What each date of `s` resolves to, published on Wednesday 2024-07-10.
    fn resolved(s: &str) -> Vec<Option<String>> {
        let published = Some(days_from_civil(2024, 7, 10));
        find_dates(s, 0..s.len(), published, &mut None).into_iter().map(|d| d.resolved).collect()
    }

    fn day(iso: &str) -> Option<String> {
        Some(iso.to_string())
    }

    #[test]
    fn each_relative_form_is_resolved() {
        assert_eq!(resolved("The pier reopened yesterday."), [day("2024-07-09")]);
        assert_eq!(resolved("The ferry sank on Monday."), [day("2024-07-08")]);
        assert_eq!(resolved("The council will vote on Friday."), [day("2024-07-12")]);
        assert_eq!(resolved("Rain fell in February."), [day("2024-02")]);
        assert_eq!(resolved("Prices rose last month."), [day("2024-06")]);
        assert_eq!(resolved("The storm hit two days ago."), [day("2024-07-08")]);
        assert_eq!(resolved("The port closed a year ago."), [day("2023")]);
    }

    #[test]
    fn days_beside_an_event_count_from_a_day_in_the_sentence() {
        assert_eq!(
            resolved("Keel spoke on July 3, the day before the vote."),
            [day("2024-07-03"), day("2024-07-04")]
        );
        assert_eq!(resolved("They met the day before the vote."), [None]);
        // "for two weeks" is a length of time.
        assert!(resolved("Crews searched for two weeks before the storm.").is_empty());
    }
}
