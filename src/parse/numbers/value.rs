//! The value pass: where a number opens among a sentence's tokens and what
//! it is worth. Figures ("40", "40bn", "1st", "30-40", "62-year-old"),
//! number words ("five", "twenty-one", "two-thirds"), a currency symbol
//! before, a scale after ("5 million"), "N to M" tallies and ranges, "one in
//! five" shares, and the kinds a value's place decides: clock times (no
//! number), ages ("aged 62", "Marta Keel, 58,") and years.

use super::unit::{currency, unit_of};
use super::Reading;
use crate::lexicon::counting::{
    in_counted_after_one, in_meridiems, in_not_a_range_before, in_person_nouns,
    in_score_words_after, in_score_words_before, in_tally_words_after, in_tally_words_before,
};
use crate::lexicon::number_words::{
    count_word, fraction_denominator, scale_abbreviated, scale_named,
};
use crate::model::NumberKind;
use crate::parse::tokens::{is_capitalized, Lowered, Token};
use std::ops::Range;

/// Whether a folded word starting with byte `b` can be a number: a digit or
/// the first letter of a number word.
#[inline]
const fn may_open_number(b: u8) -> bool {
    matches!(b, b'0'..=b'9' | b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'd')
}

/// For every byte a word of the text may open with: whether the word may
/// be a number ([`may_open_number`] of the byte lower-cased), or `true` for
/// a byte beyond ASCII, whose word is tested once folded. Nearly every word
/// is turned away by this one load, without lower-casing or range tests.
static MAY_OPEN_NUMBER_WRITTEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = !byte.is_ascii() || may_open_number(byte.to_ascii_lowercase());
        b += 1;
    }
    table
};

/// Whether a folded word can be a number: figures start with a digit and
/// number words ("five", "twenty-one", "dozen") with one of these pairs of
/// letters ("thr" and "thi" for "three", "thirteen", "thirty"). Most words of
/// a sentence fail this test on their first bytes, so they skip the number
/// readers entirely.
#[inline]
pub(super) fn may_be_number(w: &str) -> bool {
    if !w.as_bytes().first().is_some_and(|&b| may_open_number(b)) {
        return false;
    }
    match w.as_bytes() {
        [b'0'..=b'9', ..] => true,
        [b't', b'h', third, ..] => matches!(third, b'r' | b'i'),
        [first, second, ..] => matches!(
            &[*first, *second],
            b"ze"
                | b"on"
                | b"tw"
                | b"te"
                | b"fo"
                | b"fi"
                | b"si"
                | b"se"
                | b"ei"
                | b"el"
                | b"ni"
                | b"hu"
                | b"do"
        ),
        _ => false,
    }
}

/// The value of a number word ("five", "twenty-one", "dozen"): the
/// lexicon's cardinals and "dozen", and two of them joined by a hyphen.
pub(super) fn word_value(w: &str) -> Option<f64> {
    if w.len() < 3 || w.len() > 13 || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    if let Some(hyphen) = w.bytes().position(|b| b == b'-') {
        let (a, b) = (&w[..hyphen], &w[hyphen + 1..]);
        let tens = word_value(a).filter(|t| *t >= 20.0 && *t % 10.0 == 0.0)?;
        let ones = word_value(b).filter(|o| (1.0..10.0).contains(o))?;
        return Some(tens + ones);
    }
    count_word(w).map(f64::from)
}

/// The multiplier a folded word names: a scale ("million"), its plural
/// ("millions") or its abbreviation ("bn").
pub(super) fn scale(w: &str) -> Option<f64> {
    scale_named(w)
        .or_else(|| scale_abbreviated(w))
        .or_else(|| w.strip_suffix('s').and_then(scale_named))
}

/// The value of a figure written in digits, thousands separated or not
/// ("1,730", "3.5"). Only a figure with a comma is copied (without its
/// commas) to be parsed: most figures have none ("12", "2013").
pub(super) fn digits_value(w: &str) -> Option<f64> {
    if w.is_empty()
        || !w.starts_with(|c: char| c.is_ascii_digit())
        || !w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    if w.contains(',') {
        w.replace(',', "").parse().ok()
    } else {
        w.parse().ok()
    }
}

/// A lone figure or small number word: the second of a pair ("4,112 to 380").
pub(super) fn pair_value(w: &str) -> Option<f64> {
    digits_value(w).or_else(|| word_value(w))
}

/// "voted 4,112 to 380", "by a margin of 94 to 101", "15 to 20 percent",
/// "passed by 212 votes to 187": the number at token `ni` (the first token
/// of its phrase at `i`), valued `v`, and the one after "to" make one
/// tally, or one range when a unit follows. Returns the pair, whether a
/// unit follows, and the token after the second number. A tally needs a
/// vote beside it; "from 30,000 to 60,000" is a change, not a range, and
/// "five to ten" without a unit is left as two numbers.
fn to_pair(
    folded: &Lowered,
    toks: &[Token],
    i: usize,
    ni: usize,
    v: f64,
) -> Option<((f64, f64), bool, usize)> {
    if let Some(tally) = for_and_against(folded, ni, v) {
        return Some(tally);
    }
    // Rule `votes_to_is_a_tally`: "212 votes to 187".
    let votes_to = matches!(folded.get(ni + 1), Some("votes" | "vote"))
        && folded.get(ni + 2) == Some("to")
        && toks.get(ni + 3).is_some_and(|t| t.word);
    let to = if votes_to { ni + 2 } else { ni + 1 };
    if folded.get(to) != Some("to") || !toks.get(to + 1).is_some_and(|t| t.word) {
        return None;
    }
    // "from 12 to 15", "sentenced 12 to 20 years": a change, or a count and
    // what happened to it.
    if i.checked_sub(1).is_some_and(|k| in_not_a_range_before(folded.at(k))) {
        return None;
    }
    let second = pair_value(folded.at(to + 1))?;
    let end = to + 2;
    if votes_to {
        return Some(((v, second), false, end));
    }
    // "men aged 18 to 60": a range of ages, the years left unsaid.
    if i.checked_sub(1).is_some_and(|k| folded.at(k) == "aged") {
        return (v < second).then_some(((v, second), true, end));
    }
    let after = folded.get(end).unwrap_or("");
    let unit_follows =
        unit_of(after).is_some() || after == "per" && folded.get(end + 1) == Some("cent");
    let voting = (i.saturating_sub(4)..i).any(|k| in_tally_words_before(folded.at(k)))
        || in_tally_words_after(after);
    if voting && !unit_follows {
        return Some(((v, second), false, end));
    }
    (unit_follows && v < second).then_some(((v, second), true, end))
}

/// Rule `for_and_against_is_a_tally`: "211 in favour and 188 against",
/// "211 for and 188 against", the first number at token `ni` valued `v`.
/// Returns the tally as [`to_pair`] does.
fn for_and_against(folded: &Lowered, ni: usize, v: f64) -> Option<((f64, f64), bool, usize)> {
    let and = match (folded.get(ni + 1), folded.get(ni + 2)) {
        (Some("in"), Some("favour" | "favor")) => ni + 3,
        (Some("for"), Some("and")) => ni + 2,
        _ => return None,
    };
    let second = (folded.get(and) == Some("and")).then(|| folded.get(and + 1)).flatten();
    let second = second.and_then(pair_value)?;
    (folded.get(and + 2) == Some("against")).then_some(((v, second), false, and + 3))
}

/// The reading takes a pair found by [`to_pair`]: a range keeps its kind
/// and unit; a tally is a score of votes (unit "votes", which compare reads
/// as a vote's tally).
fn take_pair(r: &mut Reading, ((low, high), unit_follows, end): ((f64, f64), bool, usize)) {
    (r.low, r.high, r.value) = (Some(low), Some(high), None);
    if !unit_follows {
        r.kind = NumberKind::Score;
        r.unit = Some(VOTES.into());
    }
    r.end = end;
}

/// The unit of a score that is a vote's tally.
const VOTES: &str = "votes";

/// No number opens at a token: the scan goes on at token `.0`.
#[derive(Debug, PartialEq)]
pub(super) struct Skip(pub usize);

/// The value pass: the number opening at token `i` with its value, kind
/// and unit, or where to look next. `skip` holds byte ranges (dates) whose
/// numbers are not counts.
pub(super) fn read_number<'a>(
    text: &str,
    toks: &[Token],
    folded: &'a Lowered,
    skip: &[Range<usize>],
    i: usize,
) -> Result<Reading<'a>, Skip> {
    let cur = opening(text, toks, folded, skip, i).ok_or(Skip(i + 1))?;
    let ni = if cur.is_some() { i + 1 } else { i };
    let nw = folded.at(ni);
    // Digits with a glued suffix: "40bn", "1st", "5m".
    let digits = &nw[..nw
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
        .unwrap_or(nw.len())];
    let mut r = Reading {
        first: i,
        figure: ni,
        end: ni + 1,
        value: None,
        low: None,
        high: None,
        kind: if cur.is_some() { NumberKind::Money } else { NumberKind::Count },
        unit: cur.map(str::to_string),
        currency: cur,
        digits,
        suffix: &nw[digits.len()..],
    };
    if let Some(v) = digits_value(digits) {
        read_figure(text, toks, folded, &mut r, v)?;
    } else if let Some(v) = word_head_value(nw) {
        read_word(toks, folded, &mut r, v)?;
    } else {
        return Err(Skip(i + 1));
    }
    scale_after(folded, &mut r);
    one_in_share(toks, folded, &mut r);
    age_or_year(text, toks, folded, &mut r);
    super::unit::unit_after(folded, &mut r);
    Ok(r)
}

/// Whether token `i` is a word that can open no number, by its first byte
/// as written (most words of a sentence). The sentence loop asks this
/// before calling [`read_number`], which turns such a word away too, but
/// only after a call that costs several times this test on every word.
#[inline]
pub(super) fn cannot_open_at(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    t.word && !MAY_OPEN_NUMBER_WRITTEN[text.as_bytes()[t.start] as usize]
}

/// Whether a number may open at token `i`: `Some` with the currency of a
/// symbol there (`None` inside when the token is the number itself), or
/// `None` when no number opens here. A word that can be no number (most
/// words) is turned away on its first byte, read from the text before the
/// folded word is looked up (an ASCII first letter folds to itself
/// lower-cased).
fn opening(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    skip: &[Range<usize>],
    i: usize,
) -> Option<Option<&'static str>> {
    let t = toks[i];
    if cannot_open_at(text, toks, i) || skip.iter().any(|r| r.start <= t.start && t.end <= r.end) {
        return None;
    }
    let w = folded.at(i);
    if t.word && !may_be_number(w) {
        return None;
    }
    // A currency symbol directly before the number.
    let cur = if !t.word { currency(w) } else { None };
    let ni = if cur.is_some() { i + 1 } else { i };
    toks.get(ni).filter(|n| n.word && (cur.is_none() || n.start == t.end))?;
    Some(cur)
}

/// The value of a number word's part before a hyphen ("twenty-five" tries
/// "twenty" first), then of the whole word.
fn word_head_value(nw: &str) -> Option<f64> {
    let head = nw.bytes().position(|b| b == b'-').map_or(nw, |p| &nw[..p]);
    word_value(head).or_else(|| if head.len() < nw.len() { word_value(nw) } else { None })
}

/// A figure, valued `v` by its digits: a tally or range after it ("15 to
/// 20 percent"), a glued scale ("40bn"), an ordinal ("1st"), a hyphenated
/// pair or compound ("30-40", "62-year-old"). A clock time, or digits glued
/// to anything else, is no number.
fn read_figure(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    r: &mut Reading,
    v: f64,
) -> Result<(), Skip> {
    let (i, ni) = (r.first, r.figure);
    if is_clock_time(text, toks, folded, ni, v, r.suffix) && r.currency.is_none() {
        return Err(Skip(ni + 1));
    }
    r.value = Some(v);
    if r.suffix.is_empty() {
        if let Some(pair) = to_pair(folded, toks, i, ni, v) {
            take_pair(r, pair);
        }
    } else if let Some(s) = scale(r.suffix) {
        r.value = Some(v * s);
    } else if matches!(r.suffix, "st" | "nd" | "rd" | "th") {
        r.kind = NumberKind::Ordinal;
    } else if let Some(rest) = r.suffix.strip_prefix('-') {
        read_hyphenated(folded, r, v, rest);
    } else {
        return Err(Skip(i + 1));
    }
    Ok(())
}

/// A clock time counts nothing: "6 p.m.", "10pm", "9:30 GMT" (two digits
/// after the colon: "4:1" is a score). `ni` is the figure's token, `v` its
/// value and `suffix` what is glued after its digits.
fn is_clock_time(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    ni: usize,
    v: f64,
    suffix: &str,
) -> bool {
    let nw = folded.at(ni);
    let colon_next =
        toks.get(ni + 1).is_some_and(|c| !c.word && c.start == toks[ni].end && c.text(text) == ":")
            && toks.get(ni + 2).is_some_and(|m| {
                m.word
                    && m.start == toks[ni].end + 1
                    && m.text(text).len() == 2
                    && m.text(text).bytes().all(|b| b.is_ascii_digit())
            });
    let colon_before = ni >= 2
        && !toks[ni - 1].word
        && toks[ni - 1].end == toks[ni].start
        && toks[ni - 1].text(text) == ":"
        && toks[ni - 2].end == toks[ni - 1].start
        && folded.at(ni - 2).bytes().all(|b| b.is_ascii_digit())
        && nw.len() == 2;
    let meridiem = |w: &str| in_meridiems(w);
    colon_next
        || colon_before
        || v <= 24.0
            && (meridiem(suffix) || suffix.is_empty() && folded.get(ni + 1).is_some_and(meridiem))
}

/// A figure `v` with a hyphen glued after it (`rest` follows the hyphen):
/// "30-40" a range, "86-11" a score ([`is_score`]), "62-year-old" an age,
/// "19-second" a unit; "air-defense" style compounds keep the number.
fn read_hyphenated(folded: &Lowered, r: &mut Reading, v: f64, rest: &str) {
    // Rule `a_hyphenated_scale_multiplies`: "$2.4-billion deal",
    // "3-million-euro fine": the scale word glued to the figure scales it,
    // and a unit glued after the scale is the figure's unit.
    let (head, tail) = rest.split_once('-').unwrap_or((rest, ""));
    if let Some(s) = scale_named(head) {
        r.value = Some(v * s);
        if let Some((u, k)) = unit_of(tail) {
            if r.kind == NumberKind::Count || k == NumberKind::Money {
                r.kind = k;
                r.unit = Some(u.into());
            }
        }
        return;
    }
    if let Some(h) = digits_value(rest) {
        let score = is_score(folded, r.first, r.figure, v, h);
        r.low = Some(v);
        r.high = Some(h);
        r.value = None;
        if score && r.currency.is_none() {
            r.kind = NumberKind::Score;
            // "voted 86-11", "a 212-187 vote": a vote's tally.
            let i = r.first;
            let vote = (i.saturating_sub(4)..i).any(|k| in_tally_words_before(folded.at(k)))
                || folded.get(r.figure + 1).is_some_and(|w| matches!(w, "vote" | "votes"));
            if vote {
                r.unit = Some(VOTES.into());
            }
        }
    } else if rest.ends_with("-old") {
        r.kind = NumberKind::Age;
        r.unit = Some("years".into());
    } else if let Some((u, k)) = unit_of(rest) {
        r.kind = k;
        r.unit = Some(u.into());
    }
}

/// Whether "v-h" (the phrase opening at token `i`, the figure at `ni`) is
/// a score rather than a range: a word of scoring in the three before it
/// ([`SCORE_WORDS_BEFORE`]) or right after it ([`SCORE_WORDS_AFTER`]), or
/// a falling pair with no unit after it ("86-11").
fn is_score(folded: &Lowered, i: usize, ni: usize, v: f64, h: f64) -> bool {
    let after = folded.get(ni + 1).unwrap_or("");
    (i.saturating_sub(3)..i).any(|k| in_score_words_before(folded.at(k)))
        || in_score_words_after(after)
        || h < v && unit_of(after).is_none()
}

/// A number word valued `v` by its head ([`word_head_value`]), when it
/// stands as a number here ([`word_is_a_number`]): its own value, a share
/// ("two-thirds"), an age ("five-year-old"), hundreds ("five hundred"), or
/// a tally or range ("five to ten miles", "voted seven to four").
fn read_word(toks: &[Token], folded: &Lowered, r: &mut Reading, v: f64) -> Result<(), Skip> {
    let (i, ni) = (r.first, r.figure);
    let nw = folded.at(ni);
    if !word_is_a_number(toks, folded, ni) {
        return Err(Skip(i + 1));
    }
    r.value = word_value(nw).or(Some(v));
    // "two-thirds", "three-quarters": a share, not a count of two.
    // Not "sixty-third", an ordinal.
    if let Some(share) = nw
        .split_once('-')
        .and_then(|(_, tail)| fraction_denominator(tail).map(f64::from))
        .filter(|&d| v < d)
    {
        r.kind = NumberKind::Other;
        r.value = Some(v / share);
    }
    if nw.ends_with("-old") || nw.contains("-year") || nw.contains("-month") {
        r.kind = NumberKind::Age;
        r.value = Some(v);
    }
    if folded.get(ni + 1).is_some_and(|n| n == "hundred") {
        r.value = r.value.map(|x| x * 100.0);
        r.end += 1;
    } else if let Some(pair) = r
        .value
        .filter(|_| r.kind == NumberKind::Count)
        .and_then(|v| to_pair(folded, toks, i, ni, v))
    {
        take_pair(r, pair);
    }
    Ok(())
}

/// Whether the number word at token `ni` stands as a number. "one" and
/// "dozen" do only when hedged ("about one hour"), counting someone ("one
/// soldier", [`COUNTED_AFTER_ONE`]), as "a dozen", in "one in five", or
/// before a unit; "one of" is a pronoun.
fn word_is_a_number(toks: &[Token], folded: &Lowered, ni: usize) -> bool {
    let nw = folded.at(ni);
    let hedged = super::hedge::qualifier_before(folded, ni).1 > 0;
    let next = folded.get(ni + 1).unwrap_or("");
    let a_dozen = nw == "dozen" && ni > 0 && folded.at(ni - 1) == "a";
    let counts_someone = in_counted_after_one(next);
    let one_in = next == "in" && folded.get(ni + 2).and_then(pair_value).is_some();
    if matches!(nw, "one" | "dozen")
        && !hedged
        && !a_dozen
        && !counts_someone
        && !one_in
        && unit_of(next).is_none()
    {
        return false;
    }
    toks[ni].word && !(next == "of" && nw == "one")
}

/// "40 billion", "5 million": a scale word after the number multiplies it.
///
/// Rule `a_scale_after_a_range_scales_both_ends`: "$140-150 million" is
/// 140 million to 150 million: news writes the scale once, after the upper
/// end, and means it for both. A score's sides ("a 7-2 vote") are never
/// scaled.
fn scale_after(folded: &Lowered, r: &mut Reading) {
    if let Some(s) = folded.get(r.end).and_then(scale) {
        r.value = r.value.map(|v| v * s);
        if r.kind != NumberKind::Score {
            r.low = r.low.map(|v| v * s);
            r.high = r.high.map(|v| v * s);
        }
        r.end += 1;
    }
}

/// "1 in 3 households", "one in five workers": a share of a group, unless
/// the whole is a year ("one in 2019").
fn one_in_share(toks: &[Token], folded: &Lowered, r: &mut Reading) {
    let end = r.end;
    if r.kind == NumberKind::Count
        && end == r.figure + 1
        && folded.get(end) == Some("in")
        && toks.get(end + 1).is_some_and(|t| t.word)
    {
        let whole = folded.at(end + 1);
        let a_year = whole.len() == 4 && whole.bytes().all(|b| b.is_ascii_digit());
        if let (Some(part), Some(of)) = (r.value, pair_value(whole).filter(|_| !a_year)) {
            if part < of {
                r.kind = NumberKind::Other;
                r.value = Some(part / of);
                r.end += 2;
            }
        }
    }
}

/// Counts that are ages or years by their place: "aged 62"; a whole number
/// set off by commas after a name or a person's noun
/// ([`is_age_after_a_name`]); four digits from 1800 to 2200 alone.
fn age_or_year(text: &str, toks: &[Token], folded: &Lowered, r: &mut Reading) {
    if r.kind == NumberKind::Count && r.first > 0 && folded.at(r.first - 1) == "aged" {
        r.kind = NumberKind::Age;
        r.unit = Some("years".into());
    }
    if r.kind == NumberKind::Count && is_age_after_a_name(text, toks, folded, r) {
        r.kind = NumberKind::Age;
    }
    if r.kind == NumberKind::Count
        && r.currency.is_none()
        && r.suffix.is_empty()
        && r.digits.len() == 4
        && !r.digits.contains(',')
        && r.value.is_some_and(|v| (1800.0..=2200.0).contains(&v))
    {
        r.kind = NumberKind::Year;
    }
}

/// "Marta Keel, 58, said", "The governor, 61, said": a whole number from 1
/// to 120 set off by commas right after a capitalised word (not a month),
/// or after a noun for a person ([`PERSON_NOUNS`]) with a word after the
/// closing comma, is the age of the one named.
fn is_age_after_a_name(text: &str, toks: &[Token], folded: &Lowered, r: &Reading) -> bool {
    let (i, end) = (r.first, r.end);
    r.currency.is_none()
        && r.suffix.is_empty()
        && end == r.figure + 1
        && i >= 2
        && folded.at(i - 1) == ","
        && folded.get(end) == Some(",")
        && toks[i - 2].word
        && (is_capitalized(&text[toks[i - 2].start..toks[i - 2].end])
            || in_person_nouns(folded.at(i - 2))
                && toks.get(end + 1).is_some_and(|t| t.word)
                && !folded.at(end + 1).starts_with(|c: char| c.is_ascii_digit()))
        && crate::parse::dates::month_of(folded.at(i - 2)).is_none()
        && r.value.is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v))
}

#[cfg(test)]
mod tests {
    use super::super::{find_numbers, FoundNumber};
    use crate::model::NumberKind;

    fn find(s: &str) -> Vec<FoundNumber> {
        find_numbers(s, 0..s.len(), &[])
    }

    #[test]
    fn clock_times_count_nothing() {
        assert!(find("The meeting opened at 6 p.m. and closed at 9:30 GMT.").is_empty());
        assert!(find("The ferry left at 10pm.").is_empty());
        // "4:1" is a score, not a time.
        assert!(!find("Harbourside won 4:1 on Sunday.").is_empty());
    }

    #[test]
    fn hyphenated_pairs_are_scores_or_ranges() {
        let n = &find("The council voted 7-2 to close the pier.")[0];
        assert_eq!((n.kind, n.low, n.high), (NumberKind::Score, Some(7.0), Some(2.0)));
        let n = &find("Prices rose 30-40 percent in Vell.")[0];
        assert_eq!((n.kind, n.low, n.high), (NumberKind::Percent, Some(30.0), Some(40.0)));
        let n = &find("A 62-year-old ferryman was rescued.")[0];
        assert_eq!((n.kind, n.unit.as_deref()), (NumberKind::Age, Some("years")));
    }

    #[test]
    fn a_scale_after_a_range_scales_both_ends() {
        let n = &find("The quays handled grain worth $140-150 million.")[0];
        assert_eq!((n.kind, n.low, n.high), (NumberKind::Money, Some(140e6), Some(150e6)));
        let n = &find("Repairs will cost 2-3 billion euros.")[0];
        assert_eq!((n.low, n.high), (Some(2e9), Some(3e9)));
        let n = &find("The board backed the merger in a 9-4 vote.")[0];
        assert_eq!((n.kind, n.low, n.high), (NumberKind::Score, Some(9.0), Some(4.0)));
    }

    #[test]
    fn one_stands_as_a_number_only_when_it_counts() {
        assert!(find("One of the ferrymen said the pier was closed.").is_empty());
        assert!(find("It was one thing to promise.").is_empty());
        assert_eq!(find("One soldier was wounded.")[0].value, Some(1.0));
        assert_eq!(find("Keel waited about one hour.")[0].value, Some(1.0));
        assert_eq!(find("A dozen ferries sailed.")[0].value, Some(12.0));
    }

    #[test]
    fn shares_scales_ages_and_years_by_place() {
        let n = &find("One in five workers left the port.")[0];
        assert_eq!((n.kind, n.value), (NumberKind::Other, Some(0.2)));
        assert_eq!(find("The port lost 5 million tonnes.")[0].value, Some(5e6));
        assert_eq!(find("Two-thirds of voters agreed.")[0].kind, NumberKind::Other);
        assert_eq!(find("Men aged 62 were called up.")[0].kind, NumberKind::Age);
        assert_eq!(find("Marta Keel, 58, said the pier was safe.")[0].kind, NumberKind::Age);
        assert_eq!(find("The governor, 61, said so.")[0].kind, NumberKind::Age);
        assert_eq!(find("The pier was built in 1894.")[0].kind, NumberKind::Year);
    }
}
