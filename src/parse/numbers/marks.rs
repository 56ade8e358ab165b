//! The marks pass: what kind of count a number is beside its value. A part
//! of a group ("two of the five"), a revised value ("rose to 12"), an
//! addition or a rate ("another 12", "120 new cases", "40 a day"), a
//! running total ("40 so far"), a poll's share. Comparison reads the marks
//! so that it never sets a part against a whole or an old value against a
//! new one.

use super::value::pair_value;
use crate::lexicon::counting::{
    in_increment_words, in_partitive_heads, in_rate_periods, in_revision_marks,
    in_running_total_words, in_survey_words, RUNNING_TOTAL_PAIRS,
};
use crate::parse::tokens::Lowered;

/// "so far", "to date", "this season", "in total", "overall": the count
/// after the number (at token `end`) keeps growing, so it is not the count
/// of one moment. Looked for in the few words after the counted phrase
/// ([`RUNNING_TOTAL_PAIRS`], [`RUNNING_TOTAL_WORDS`]).
pub(super) fn is_running_total(folded: &Lowered, end: usize) -> bool {
    (end..end + 8)
        .map_while(|k| folded.get(k))
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| RUNNING_TOTAL_PAIRS.contains(&(w[0], w[1])))
        || (end..end + 8).map_while(|k| folded.get(k)).any(in_running_total_words)
}

/// Whether the phrase opening at token `first` follows "including": a part
/// of the group before it.
pub(super) fn after_including(folded: &Lowered, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|k| folded.at(k) == "including")
}

/// A part of a group, by the words after the number (at token `end`, one
/// past it): "two of the five", "nine of the injured", "two of them"
/// ([`PARTITIVE_HEADS`], or a number). Such a count never stands for the
/// group's total.
pub(super) fn is_partitive(folded: &Lowered, end: usize) -> bool {
    folded.get(end) == Some("of")
        && folded.get(end + 1).is_some_and(|w| in_partitive_heads(w) || pair_value(w).is_some())
}

/// Words before a number saying it is a new value of something that
/// changed ("rose to 12", "revised to", "now stands at").
const REVISED_BEFORE: &[(&str, &str)] = &[
    ("rose", "to"),
    ("risen", "to"),
    ("climbed", "to"),
    ("increased", "to"),
    ("jumped", "to"),
    ("grew", "to"),
    ("revised", "to"),
    ("raised", "to"),
    ("lowered", "to"),
    ("fell", "to"),
    ("dropped", "to"),
    ("stands", "at"),
    ("stood", "at"),
    ("up", "from"),
    ("down", "from"),
];

/// Whether the article says the number at tokens `first..end` changed: a
/// verb of change before it ([`REVISED_BEFORE`]), an earlier value after
/// "from" or "initially", or "from" a value "to" another.
pub(super) fn is_revised(folded: &Lowered, first: usize, end: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map(|j| folded.at(j));
    let pair = (before(2).unwrap_or(""), before(1).unwrap_or(""));
    REVISED_BEFORE.contains(&pair)
        || before(1).is_some_and(in_revision_marks)
        || before(1) == Some("from") && folded.get(end) == Some("to")
        || before(1) == Some("to") && before(3) == Some("from")
}

/// "120 new cases", "3 additional", "a day", "daily", "per
/// week": the count after the number (at token `end`) is added to a total
/// or counted per period, so it is not the total.
pub(super) fn adds_to_a_total(folded: &Lowered, end: usize) -> bool {
    match folded.get(end) {
        // Not "more": "killed five and injured 124 more" counts others.
        Some(w) if in_increment_words(w) => true,
        Some("a") => folded.get(end + 1).is_some_and(in_rate_periods),
        _ => false,
    }
}

/// Whether the sentence names a poll or survey: its shares are that poll's,
/// and two polls' shares are different quantities.
pub(super) fn names_a_survey(folded: &Lowered) -> bool {
    (0..).map_while(|k| folded.get(k)).any(in_survey_words)
}
