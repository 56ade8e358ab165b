//! The coordination passes, run on a sentence's numbers once all are read:
//! a verb shared among counts joined by "and" ("killed 12 soldiers and 30
//! civilians"), a part that counts what its whole counts ("three of the
//! five drones"), the start of a change that counts what its end counts
//! ("from 30,000 to 60,000 people"), and "between 15 and 20 percent" joined
//! into one range.

use super::hedge::qualifier_before;
use super::marks::after_including;
use super::{FoundNumber, PhraseTokens};
use crate::lexicon::counting::{in_joined_clause_closers, in_whole_determiners};
use crate::model::NumberKind;
use crate::parse::tokens::{Lowered, Token};

/// "between $90 million and $110 million", "between 15 and 20 percent": one
/// range, as "30-40 percent" is, rather than two amounts. The first end may
/// leave the unit to the second.
pub(super) fn join_between_ranges(
    folded: &Lowered,
    phrases: &[PhraseTokens],
    out: &mut Vec<FoundNumber>,
) {
    let mut b = out.len();
    while b > 1 {
        b -= 1;
        let a = b - 1;
        let between = phrases[a].first.checked_sub(1).is_some_and(|k| folded.at(k) == "between");
        let joined = phrases[a].noun_end + 1 == phrases[b].first
            && folded.get(phrases[a].noun_end) == Some("and");
        let (Some(low), Some(high)) = (out[a].value, out[b].value) else { continue };
        let bare_low =
            out[a].kind == NumberKind::Count && out[a].unit.is_none() && out[a].counted.is_none();
        // Two counts each with its noun ("between 0 ms and 10 ms") are left be.
        let alike = out[a].kind == out[b].kind
            && out[a].unit == out[b].unit
            && out[a].kind != NumberKind::Count
            || bare_low;
        if !(between && joined && alike && low < high) {
            continue;
        }
        let second = out.remove(b);
        let first = &mut out[a];
        first.low = Some(low);
        first.high = Some(high);
        first.value = None;
        first.kind = second.kind;
        first.unit = second.unit;
        first.counted = second.counted.or(first.counted.take());
        first.action = first.action.take().or(second.action);
        first.phrase.end = first.phrase.end.max(second.phrase.end);
        first.number.end = second.number.end;
        b = a + 1;
    }
}

/// "1,200 troops and 40 armoured trucks had been sent": a passive verb after
/// the last of counts joined by "and" happened to each of them; "killed 12
/// soldiers and 30 civilians": a verb before the first did too, when the
/// later count has its own noun and no verb of its own follows it.
pub(super) fn share_coordinated_verbs(
    folded: &Lowered,
    toks: &[Token],
    phrases: &[PhraseTokens],
    out: &mut [FoundNumber],
) {
    let by_and = |a: usize, b: usize| {
        let between = phrases[a].noun_end..phrases[b].first;
        between.len() == 1 && folded.at(between.start) == "and"
            || between.len() == 2
                && folded.at(between.start) == ","
                && folded.at(between.start + 1) == "and"
    };
    let by_comma = |a: usize, b: usize| {
        phrases[a].noun_end + 1 == phrases[b].first && folded.get(phrases[a].noun_end) == Some(",")
    };
    // A comma joins counts only inside a list closed by "and" ("3 people,
    // 12 soldiers and 40 police"), not "Of the 1,200 passengers, 40 were hurt".
    let in_list = |b: usize| {
        (b + 1..phrases.len())
            .take_while(|&c| by_comma(c - 1, c) || by_and(c - 1, c))
            .any(|c| by_and(c - 1, c))
    };
    let joined = |a: usize, b: usize| by_and(a, b) || by_comma(a, b) && in_list(b);
    let named_after_including = |b: usize| after_including(folded, phrases[b].first);
    // Backwards, so a passive after the last count reaches every earlier one
    // in a list. A part after "including" belongs to the whole before it, not
    // to the next clause: "nine had died, including two firefighters, and 31
    // were injured".
    for b in (1..out.len()).rev() {
        let a = b - 1;
        if !named_after_including(a)
            && out[a].action.is_none()
            && out[b].action.is_some()
            && !phrases[b].action_before
            && out[a].kind == out[b].kind
            && joined(a, b)
        {
            out[a].action = out[b].action.clone();
        }
    }
    // "killed 12 people, including three children", "nine people had died,
    // including two firefighters": the part shares what happened to the whole.
    for b in 1..out.len() {
        if named_after_including(b) && out[b].action.is_none() {
            out[b].action = out[b - 1].action.clone();
        }
    }
    for b in 1..out.len() {
        let a = b - 1;
        let clause_ends = toks.get(phrases[b].noun_end).is_none_or(|t| !t.word)
            || folded.get(phrases[b].noun_end).is_some_and(in_joined_clause_closers);
        if out[b].action.is_none()
            && out[a].action.is_some()
            && phrases[a].action_before
            && out[b].counted.is_some()
            && out[a].kind == out[b].kind
            && joined(a, b)
            && clause_ends
        {
            out[b].action = out[a].action.clone();
        }
    }
}

/// "from 30,000 to 60,000 people", "from 3.1 to 5.3 percent": the start of a
/// change counts what its end counts.
pub(super) fn share_range_starts(
    folded: &Lowered,
    phrases: &[PhraseTokens],
    out: &mut [FoundNumber],
) {
    for b in 1..out.len() {
        let a = b - 1;
        let adjacent = phrases[a].noun_end + 1 == phrases[b].first
            && folded.get(phrases[a].noun_end) == Some("to");
        if adjacent
            && out[a].kind == NumberKind::Count
            && out[a].counted.is_none()
            && out[a].unit.is_none()
            && out[a].value.is_some()
        {
            if out[b].kind == NumberKind::Count {
                out[a].counted = out[b].counted.clone();
            } else if matches!(
                out[b].kind,
                NumberKind::Percent | NumberKind::Money | NumberKind::Distance
            ) {
                out[a].kind = out[b].kind;
                out[a].unit = out[b].unit.clone();
            }
        }
    }
}

/// "Three of the five drones were shot down", "seven of the 11 council
/// members": the part counts what the whole after it counts, and a passive
/// verb after the whole ("were shot down") happened to the part, not to the
/// whole.
pub(super) fn share_partitive_counts(
    folded: &Lowered,
    token_spans: &[(usize, usize)],
    out: &mut [FoundNumber],
) {
    for part in 0..out.len().saturating_sub(1) {
        let whole = part + 1;
        if out[part].kind != NumberKind::Count
            || out[part].counted.is_some()
            || folded.get(token_spans[part].1) != Some("of")
        {
            continue;
        }
        let mut k = token_spans[part].1 + 1;
        if folded.get(k).is_some_and(in_whole_determiners) {
            k += 1;
        }
        let whole_start = token_spans[whole].0;
        if k != whole_start - qualifier_before(folded, whole_start).1.min(whole_start) {
            continue;
        }
        let Some(counted) = out[whole].counted.clone() else { continue };
        out[part].counted = Some(counted);
        if out[part].action.is_none() {
            out[part].action = out[whole].action.take();
        }
    }
}
