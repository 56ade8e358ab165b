//! The tense of a date's clause, which decides which year a yearless day
//! falls in and which way a weekday points: "will meet on Sunday" is the
//! coming Sunday, "was proposed on March 3" the last March 3.

use super::{civil_from_days, days_from_civil, valid};
use crate::lexicon::dating::{
    in_future_words, in_irregular_past_forms, in_plan_words, in_speech_before_a_date,
    in_timetable_verbs,
};
use crate::parse::tokens::{Lowered, Token};

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
pub(super) const LOOK_AHEAD_DAYS: i64 = 200;

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
pub(super) fn looks_ahead(lower: &Lowered, i: usize) -> bool {
    let before = |k: usize| if k > 0 { lower.at(k - 1) } else { "" };
    // "The trial begins on Monday", "the council meets on Tuesday": a verb
    // of the timetable in the present, within the clause, tells of what is
    // coming (but not "Moscow blames Kyiv for the attack on Sunday").
    let timetable = (0..i)
        .rev()
        .take_while(|&k| lower.at(k).starts_with(|c: char| c.is_alphanumeric()))
        .take(6)
        .any(|k| in_timetable_verbs(lower.at(k)));
    if timetable {
        return true;
    }
    (0..i).rev().take_while(|&k| !in_speech_before_a_date(lower.at(k))).any(|k| match lower.at(k) {
        w if in_future_words(w) => true,
        "until" => !(k.saturating_sub(4)..k).any(|p| is_past_form(lower.at(p))),
        w if in_plan_words(w) => {
            lower.get(k + 1) == Some("to")
                || matches!(before(k), "is" | "are") && matches!(w, "due" | "expected")
        }
        _ => false,
    })
}

/// A past form: "was", "began", or a regular past in -ed ("continued").
pub(super) fn is_past_form(w: &str) -> bool {
    in_irregular_past_forms(w) || (w.len() > 4 && w.ends_with("ed"))
}

/// The tense of the clause a date at token `i` closes: future by
/// [`looks_ahead`]; past when one of the few words just before it is a past
/// form ("was first proposed on March 3", "approved it on June 28"). The
/// past is looked for only within the clause (up to punctuation) and a few
/// words back, since a past verb further off often belongs to another event.
pub(super) fn tense_at(toks: &[Token], lower: &Lowered, i: usize) -> Tense {
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
