//! Numbers and what they count: "killed five people" (5 people, killed),
//! "150 others were injured", "four missiles were downed", "nearly $40
//! billion", "$40bn", "30-40 percent", "86-11", "62-year-old".
//!
//! Each number is read from the tokens of one sentence. What it counts is the
//! noun phrase after it (its last word, singular); what happened to it is a
//! verb just before it ("killed five") or a passive after it ("were
//! downed"). "124 more" and "150 others" count whatever the number before
//! them in the sentence counted. The hedge ("about", "nearly", "at least")
//! is kept, because comparison must not call "about 150" and "150" a
//! conflict.

//!
//! One pass a module, in the order they run on each number:
//! [`value`] (where a number opens and what it is worth: figures, number
//! words, scales, tallies, ranges, shares, clock times, ages, years),
//! [`unit`], [`hedge`], [`noun`] (what it counts), [`action`] (what
//! happened to it, and who did it), [`marks`] (a part, a revision, an
//! addition, a running total); then, over the sentence's numbers,
//! [`coordination`] (verbs and nouns shared among joined counts, "between"
//! ranges). The word lists the passes read are tables in
//! `lexicon::counting`.

mod action;
mod coordination;
mod hedge;
mod marks;
mod noun;
mod unit;
mod value;

pub(crate) use noun::singular;

use crate::model::{NumberKind, Qualifier};
use crate::parse::tokens::{Lowered, Token};
use std::ops::Range;
use value::Skip;

/// A number read at its tokens, before its noun and action are looked for:
/// the record the passes share (value fills it, then unit, noun and action
/// read it), so it lives here rather than in any one pass.
#[derive(Debug)]
pub(super) struct Reading<'a> {
    /// The number's first token: the currency symbol, when one opens it.
    pub first: usize,
    /// The token of the figure or number word itself.
    pub figure: usize,
    /// One past the number's last token (scale, share and unit included).
    pub end: usize,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub kind: NumberKind,
    pub unit: Option<String>,
    /// The currency a symbol before the figure names ("$" → "usd").
    pub currency: Option<&'static str>,
    /// The leading digits of the folded figure ("40" of "40bn"); empty for
    /// a number word.
    pub digits: &'a str,
    /// What follows the digits in the folded word ("bn" of "40bn", the
    /// whole of "five").
    pub suffix: &'a str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    pub phrase: Range<usize>,
    pub number: Range<usize>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: NumberKind,
    pub unit: Option<String>,
    pub counted: Option<String>,
    pub action: Option<String>,
    /// The hedge before the number ("more than", "nearly"), when there is one.
    pub hedge: Option<Range<usize>>,
    /// Counts a part of a group named beside it ("two of the five").
    pub partitive: bool,
    /// The article says this value changed ("rose to 12", "up from 8").
    pub revised: bool,
    /// Counts an addition, not a total ("another 12", "120 new cases").
    pub increment: bool,
    /// A result of a poll or survey its sentence names.
    pub survey: bool,
    /// Who did it, when the verb before the number has a person for subject.
    pub agent: Option<String>,
    /// A running total ("so far", "this season", "to date").
    pub running_total: bool,
}

/// Finds the numbers in one sentence. `skip` holds ranges (dates) whose
/// numbers are dates, not counts.
#[cfg(test)] // the passes call the `_in`/`_into` forms on shared tokens
pub fn find_numbers(text: &str, sentence: Range<usize>, skip: &[Range<usize>]) -> Vec<FoundNumber> {
    let toks = crate::parse::tokens::tokenize(text, sentence);
    let folded = Lowered::new(text, &toks);
    find_numbers_in(text, &toks, &folded, skip)
}

/// [`find_numbers`] on a sentence already tokenized: the value pass at
/// each token where a number may open, then the phrase passes on each
/// number read ([`read_phrase`]), then the coordination passes on them all.
pub fn find_numbers_in(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    skip: &[Range<usize>],
) -> Vec<FoundNumber> {
    let mut out: Vec<FoundNumber> = Vec::new();
    // The first token and the token after each number in `out`, for the
    // partitive pass.
    let mut token_spans: Vec<(usize, usize)> = Vec::new();
    // Where each number's phrase sits among the tokens, for the pass that
    // shares one verb among coordinated counts.
    let mut phrases: Vec<PhraseTokens> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if value::cannot_open_at(text, toks, i) {
            i += 1;
            continue;
        }
        let reading = match value::read_number(text, toks, folded, skip, i) {
            Ok(reading) => reading,
            Err(Skip(next)) => {
                i = next;
                continue;
            }
        };
        let end = reading.end;
        let (found, phrase) = read_phrase(text, toks, folded, reading, &out, &phrases);
        out.push(found);
        phrases.push(phrase);
        token_spans.push((i, end));
        i = end;
    }
    coordination::share_partitive_counts(folded, &token_spans, &mut out);
    // The sentence's words are read for a poll only when it holds a share:
    // most sentences hold none, and reading every word of every sentence
    // cost 3% of parsing real articles.
    if out.iter().any(|n| n.kind == NumberKind::Percent) && marks::names_a_survey(folded) {
        out.iter_mut().filter(|n| n.kind == NumberKind::Percent).for_each(|n| n.survey = true);
    }
    coordination::share_coordinated_verbs(folded, toks, &phrases, &mut out);
    coordination::share_range_starts(folded, &phrases, &mut out);
    coordination::join_between_ranges(folded, &phrases, &mut out);
    out
}

/// The phrase passes on one number `r`, read after the numbers `earlier`
/// (whose phrases are `phrases`): its hedge, what it counts, what happened
/// to it ("killed five", "were downed", "left four dead", an elided
/// "and 40 wounded") and its marks. Returns the number and where its
/// phrase sits among the tokens.
fn read_phrase(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    r: Reading,
    earlier: &[FoundNumber],
    phrases: &[PhraseTokens],
) -> (FoundNumber, PhraseTokens) {
    let (i, end) = (r.first, r.end);
    let (qualifier, qlen) = hedge::qualifier_before(folded, i);
    let counted = noun::counted_noun(text, toks, folded, &r, earlier, phrases);
    let (mut noun, np_end) = (counted.noun, counted.end);
    let first_token = i - qlen.min(i);
    // "damaged a further 2,800", "detained another 12": the verb stands
    // before the addition.
    let addition = action::addition_before(folded, first_token);
    let verb = action::verb_before(toks, folded, first_token.checked_sub(addition + 1));
    let verb_at = verb.as_ref().map(|&(_, v)| v);
    let action_before = verb.is_some();
    let phrase_start = toks[verb_at.unwrap_or(first_token)].start;
    let mut action = verb.map(|(l, _)| l);
    if noun.is_none() && r.kind == NumberKind::Count && action_before {
        noun = noun::noun_after_verb(folded, end, addition, earlier);
    }
    let mut phrase_end = toks[np_end - 1].end;
    if action.as_deref() == Some("leave") {
        if let Some((outcome, at)) = action::outcome_of_leave(toks, folded, np_end) {
            (action, phrase_end) = (outcome, at);
        }
    }
    // A year is a time, not a thing something happened to; a count inside
    // a place phrase is not the subject of the verb after it.
    if r.kind != NumberKind::Year
        && (action.is_none() || action.as_deref() == Some("leave"))
        && !action::in_a_place_phrase(folded, first_token)
    {
        if let Some((verb, at)) = action::passive_after(text, toks, folded, np_end) {
            (action, phrase_end) = (Some(verb), at);
        }
    }
    if let Some((verb, at)) = counted.elided_action.filter(|_| action.is_none()) {
        action = Some(verb);
        phrase_end = toks[at].end;
    }
    if action.is_none() && noun.is_some() && r.kind == NumberKind::Count {
        if let Some(verb) = action::reduced_participle(toks, folded, np_end) {
            (action, phrase_end) = (Some(verb), toks[np_end].end);
        }
    }
    if action.is_none() && noun.is_some() && r.kind == NumberKind::Count {
        if let Some(at) = action::injuries_suffered(folded, np_end) {
            (action, phrase_end) = (Some("injure".into()), toks[at].end);
        }
    }
    if action.is_none()
        && r.kind == NumberKind::Count
        && noun.as_deref().is_none_or(|n| n == "person")
        && action::after_a_death_toll(folded, first_token)
    {
        (noun, action) = (Some("person".into()), Some("kill".into()));
    }
    let found = FoundNumber {
        hedge: (qlen > 0).then(|| toks[first_token].start..toks[i - 1].end),
        partitive: marks::is_partitive(folded, end),
        revised: marks::is_revised(folded, first_token, end),
        increment: addition > 0 || marks::adds_to_a_total(folded, end),
        survey: false,
        agent: verb_at.and_then(|v| action::person_subject(text, toks, folded, v)),
        running_total: marks::is_running_total(folded, end),
        phrase: phrase_start..phrase_end,
        number: toks[i].start..toks[end - 1].end,
        value: r.value,
        low: r.low,
        high: r.high,
        qualifier,
        kind: r.kind,
        unit: r.unit,
        counted: noun,
        action,
    };
    (found, PhraseTokens { first: first_token, noun_end: np_end, action_before })
}

/// Where a number's phrase sits among its sentence's tokens.
pub(super) struct PhraseTokens {
    /// The phrase's first token after any verb: the hedge ("about") or the number.
    first: usize,
    /// One past the counted noun phrase (or the number, when none).
    noun_end: usize,
    /// Was the action read from a verb before the number ("killed five")?
    action_before: bool,
}

#[cfg(test)]
mod tests {
    use super::action::lemma;
    use super::value::{may_be_number, word_value};
    use super::*;

    /// What a number counts and what happened to it.
    fn counted_action(n: &FoundNumber) -> (Option<&str>, Option<&str>) {
        (n.counted.as_deref(), n.action.as_deref())
    }

    fn find(s: &str) -> Vec<FoundNumber> {
        find_numbers(s, 0..s.len(), &[])
    }

    /// The first number of `s` whose text (as written) is `number`.
    fn number_in(s: &str, number: &str) -> FoundNumber {
        find(s)
            .into_iter()
            .find(|n| &s[n.number.clone()] == number)
            .unwrap_or_else(|| panic!("{number} in {s}"))
    }

    #[test]
    fn parts_additions_changes_and_polls_are_marked() {
        assert!(number_in("Two of the five drones were shot down.", "Two").partitive);
        assert!(number_in("Nine of the injured were in critical condition.", "Nine").partitive);
        assert!(!number_in("Nine people were injured.", "Nine").partitive);
        assert!(number_in("Police detained another 12 protesters.", "12").increment);
        assert!(number_in("The ministry reported 120 new cases.", "120").increment);
        assert!(!number_in("Police detained 12 protesters.", "12").increment);
        assert!(number_in("The toll rose to 12 people.", "12").revised);
        assert!(number_in("Exports reached 40 tonnes, up from 8 tonnes.", "8").revised);
        assert!(!number_in("The blast killed 12 people.", "12").revised);
        assert!(number_in("A poll found 52 percent of voters agree.", "52 percent").survey);
        assert!(!number_in("Turnout was 52 percent of voters.", "52 percent").survey);
        assert!(number_in("The fever has killed 40 people so far.", "40").running_total);
    }

    #[test]
    fn the_hedge_is_kept_with_its_place() {
        let s = "The fire killed more than 100 people.";
        let n = number_in(s, "100");
        assert_eq!(n.hedge.map(|h| &s[h]), Some("more than"));
        assert_eq!(number_in("It killed 100 people.", "100").hedge, None);
    }

    #[test]
    fn a_persons_own_tally_names_the_person() {
        let s = "Dario Marlow completed 28 passes for 300 yards.";
        assert_eq!(number_in(s, "28").agent.as_deref(), Some("Dario Marlow"));
        let s = "Garrard, who completed 28 passes, ran for two yards.";
        assert_eq!(number_in(s, "28").agent.as_deref(), Some("Garrard"));
        let s = "He had already missed three games.";
        assert_eq!(number_in(s, "three").agent.as_deref(), Some("he"));
        // A passive's subject had it done; a quake is no person (comparison
        // checks names against the article's people).
        assert_eq!(number_in("He was shot seven times.", "seven").agent, None);
        assert_eq!(number_in("the quake that killed 10 people", "10").agent, None);
    }

    #[test]
    fn a_count_inside_a_place_phrase_takes_no_passive_after_it() {
        let s = "Most of the buildings in seven villages were destroyed.";
        assert_eq!(number_in(s, "seven").action, None);
        let s = "Seven villages were destroyed.";
        assert_eq!(number_in(s, "Seven").action.as_deref(), Some("destroy"));
    }

    #[test]
    fn others_after_an_aside_count_the_group_not_the_aside() {
        let s =
            "Four civilians, including two children, were killed, while 150 others were injured.";
        assert_eq!(number_in(s, "150").counted.as_deref(), Some("civilian"));
    }

    #[test]
    fn an_ing_modifier_inside_the_counted_phrase() {
        let n =
            find("The surge destroyed at least 120 shipping containers and sank 14 fishing boats.");
        assert_eq!(n[0].counted.as_deref(), Some("container"));
        assert_eq!(n[1].counted.as_deref(), Some("boat"));
        let n = find("Police saw 300 marching in the rain.");
        assert_eq!(n[0].counted, None, "a verb after the number is not a modifier");
    }

    #[test]
    fn an_age_set_off_by_commas() {
        let s = "Opposition leader Marta Keel, 58, said the vote was lost, 12, 13 or 14 times since Nov, 29, 2016.";
        let n = find(s);
        assert_eq!((n[0].value, n[0].kind), (Some(58.0), NumberKind::Age));
        assert!(n[1..].iter().all(|n| n.kind != NumberKind::Age), "{n:?}");
    }

    #[test]
    fn base_forms_of_regular_verbs() {
        for (past, base) in [
            ("agreed", "agree"),
            ("carried", "carry"),
            ("denied", "deny"),
            ("closed", "close"),
            ("collapsed", "collapse"),
            ("licensed", "license"),
            ("urged", "urge"),
            ("doubled", "double"),
            ("settled", "settle"),
            ("voted", "vote"),
            ("stopped", "stop"),
            ("counted", "count"),
            ("killed", "kill"),
            ("freed", "free"),
        ] {
            assert_eq!(lemma(past).as_deref(), Some(base), "{past}");
        }
    }

    #[test]
    fn counts_with_actions() {
        let s = "The blast killed five people and injured 124 more.";
        let n = find(s);
        assert_eq!(
            (n[0].value, n[0].counted.as_deref(), n[0].action.as_deref()),
            (Some(5.0), Some("person"), Some("kill"))
        );
        assert_eq!(&s[n[0].phrase.clone()], "killed five people");
        assert_eq!(
            (n[1].value, n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some(124.0), Some("person"), Some("injure"))
        );
        let s = "Two sailors died while 150 others were injured.";
        let n = find(s);
        assert_eq!(
            (n[1].value, n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some(150.0), Some("sailor"), Some("injure"))
        );
        let s = "Four drones were downed over the bay.";
        let n = find(s);
        assert_eq!(counted_action(&n[0]), (Some("drone"), Some("down")));
        let s = "The storm left three Valdor fishermen dead.";
        let n = find(s);
        assert_eq!(&s[n[0].phrase.clone()], "left three Valdor fishermen dead");
        assert_eq!(n[0].action.as_deref(), Some("kill"));
    }

    #[test]
    fn forms_and_qualifiers() {
        let n = find("Lawmakers approved nearly $40 billion, a $12bn loan and 1,730 permits.");
        assert_eq!(
            (n[0].value, n[0].qualifier, n[0].kind),
            (Some(40e9), Qualifier::Nearly, NumberKind::Money)
        );
        assert_eq!(n[1].value, Some(12e9));
        assert_eq!(n[2].value, Some(1730.0));
        let n = find("Attacks hit 30-40 percent of plants; the vote was 86-11 and the range about 185 miles.");
        assert_eq!((n[0].low, n[0].high, n[0].kind), (Some(30.0), Some(40.0), NumberKind::Percent));
        assert_eq!((n[1].value, n[1].kind), (None, NumberKind::Score));
        assert_eq!(
            (n[2].value, n[2].qualifier, n[2].unit.as_deref()),
            (Some(185.0), Qualifier::About, Some("miles"))
        );
        let n =
            find("The call lasted about one hour with at least 12 aides and a 62-year-old man.");
        assert_eq!((n[0].value, n[0].kind), (Some(1.0), NumberKind::Duration));
        assert_eq!(n[1].qualifier, Qualifier::AtLeast);
        assert_eq!(
            (n[2].value, n[2].kind, n[2].counted.as_deref()),
            (Some(62.0), NumberKind::Age, Some("man"))
        );
    }

    #[test]
    fn dozens_ones_and_ages() {
        let n = find("A dozen people fled, one soldier was killed and a man aged 70 was hurt.");
        assert_eq!((n[0].value, n[0].counted.as_deref()), (Some(12.0), Some("person")));
        assert_eq!(
            (n[1].value, n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some(1.0), Some("soldier"), Some("kill"))
        );
        assert_eq!((n[2].value, n[2].kind), (Some(70.0), NumberKind::Age));
    }

    #[test]
    fn the_prefilter_passes_every_number_word() {
        use crate::lexicon::number_words::{CARDINALS, DOZEN};
        let words = CARDINALS
            .iter()
            .chain([&DOZEN])
            .map(|(w, _)| *w)
            .chain(["twenty-five", "thirty-one-year-old"]);
        for w in words {
            assert!(word_value(w.split('-').next().unwrap()).is_some(), "{w}");
            assert!(may_be_number(w), "{w}");
        }
        for w in ["the", "that", "th", "said", "a", "", "élan", "killed"] {
            assert!(!may_be_number(w), "{w}");
        }
        assert!(may_be_number("1,730") && may_be_number("40bn"));
    }

    #[test]
    fn coordinated_counts_share_one_verb_but_keep_their_own() {
        let n = find("By Sunday, 1,200 troops and 40 tanks had been sent to the port.");
        assert_eq!(counted_action(&n[0]), (Some("troop"), Some("send")));
        assert_eq!(counted_action(&n[1]), (Some("tank"), Some("send")));
        // Rules `a_participle_after_the_noun_is_its_action` and
        // `a_death_toll_counts_the_dead`.
        let n = find("The death toll rose to 47 on Monday, with 312 people injured.");
        assert_eq!(counted_action(&n[0]), (Some("person"), Some("kill")));
        assert_eq!(counted_action(&n[1]), (Some("person"), Some("injure")));
        let n = find("In 1987, 112 people died. Police said 12 gunmen killed three guards.");
        assert_eq!(counted_action(&n[1]), (Some("person"), Some("die")));
        assert_eq!(counted_action(&n[2]), (Some("gunman"), None));
        let n = find("Around 30 people seriously injured were flown out.");
        assert_eq!(counted_action(&n[0]), (Some("person"), Some("injure")));
        let n = find("Wars lasted five decades, and some 2 million died.");
        assert_eq!(counted_action(&n[1]), (None, None), "{n:?}");
        let n = find("The toll rose to 47 on the bridge.");
        assert_eq!(n[0].action, None, "a toll alone may be a road's");
        // "hurt" is its own participle, read as a passive like "shot".
        let n = find("Twenty passengers were hurt, some critically.");
        assert_eq!(counted_action(&n[0]), (Some("passenger"), Some("hurt")));
        let n = find("The raid killed 12 soldiers and wounded 30 others.");
        assert_eq!((n[0].action.as_deref(), n[1].action.as_deref()), (Some("kill"), Some("wound")));
        assert_eq!(n[1].counted.as_deref(), Some("soldier"));
        let n = find("The shelling killed 12 soldiers and 30 civilians in the town.");
        assert_eq!(counted_action(&n[1]), (Some("civilian"), Some("kill")));
        let n = find("The appeal raised 5,000 signatures and 40 volunteers joined the march.");
        assert_eq!(n[1].action, None, "a count with its own verb after it");
        let n = find("The attack killed at least 12 people, including three children, in Dorn.");
        assert_eq!(n[1].action.as_deref(), Some("kill"), "a part named after “including”");
        let n = find("Nine people had died, including two firefighters, and 31 were injured.");
        assert_eq!(
            n.iter().map(|n| n.action.as_deref()).collect::<Vec<_>>(),
            [Some("die"), Some("die"), Some("injure")],
            "the part keeps the whole's verb, not the next clause's"
        );
        let n = find("Of the 1,200 passengers, 40 were injured.");
        assert_eq!(n[0].action, None, "a comma alone does not join two counts");
        let n = find("Three sailors, 12 soldiers and 40 police were injured.");
        assert!(n.iter().all(|n| n.action.as_deref() == Some("injure")), "{n:?}");
        let n = find("Police arrested 58 people and 12 were released.");
        assert_eq!(n[1].action.as_deref(), Some("release"));
    }

    #[test]
    fn a_count_after_its_verb_without_a_noun_counts_the_noun_before() {
        let n = find("The strike killed three guards and injured nine.");
        assert_eq!(counted_action(&n[1]), (Some("guard"), Some("injure")));
        let n = find("Floods destroyed 1,350 homes and damaged another 2,800 across the province.");
        assert_eq!(counted_action(&n[1]), (Some("home"), Some("damage")));
        let n = find("The wars killed 30,000–40,000 Maori.");
        assert_eq!(n[0].counted, None, "a range whose noun comes after the dash");
    }

    #[test]
    fn tallies_and_ranges_with_to() {
        let n =
            find("Dockworkers voted 4,112 to 380 to strike, and rainfall rose 15 to 20 percent.");
        assert_eq!(
            (n[0].kind, n[0].low, n[0].high, n[0].value),
            (NumberKind::Score, Some(4112.0), Some(380.0), None)
        );
        assert_eq!((n[1].kind, n[1].low, n[1].high), (NumberKind::Percent, Some(15.0), Some(20.0)));
        // Rule `votes_to_is_a_tally`, and verbs of a vote's outcome.
        let n = find("MPs approved the fence by 212 votes to 187. The bill passed 211 to 188.");
        for (k, (low, high)) in [(212.0, 187.0), (211.0, 188.0)].into_iter().enumerate() {
            assert_eq!(
                (n[k].kind, n[k].low, n[k].high),
                (NumberKind::Score, Some(low), Some(high))
            );
            assert_eq!(n[k].unit.as_deref(), Some("votes"));
        }
        assert_eq!(n.len(), 2, "{n:?}");
        // Rule `for_and_against_is_a_tally`.
        let n = find("The tally was 211 in favour and 188 against, and 9 for and 4 against.");
        for (k, (low, high)) in [(211.0, 188.0), (9.0, 4.0)].into_iter().enumerate() {
            assert_eq!(
                (n[k].kind, n[k].low, n[k].high),
                (NumberKind::Score, Some(low), Some(high))
            );
        }
        let n = find("The board approved 15 to 20 percent more.");
        assert_eq!(n[0].kind, NumberKind::Percent);
        let n = find("The reserve grows from 30,000 to 60,000 people and the judge sentenced 12 to 20 years.");
        assert_eq!(
            (n[0].value, n[0].counted.as_deref()),
            (Some(30000.0), Some("person")),
            "a change: two numbers, the first counting what the second does"
        );
        assert!(n.iter().all(|n| n.low.is_none()), "{n:?}");
        let n = find("Each idle day costs between $90 million and $110 million, and rainfall rose between 15 and 20 percent.");
        assert_eq!(n.len(), 2, "{n:?}");
        assert_eq!(
            (n[0].kind, n[0].low, n[0].high, n[0].value),
            (NumberKind::Money, Some(90e6), Some(110e6), None)
        );
        assert_eq!((n[1].kind, n[1].low, n[1].high), (NumberKind::Percent, Some(15.0), Some(20.0)));
        let n = find("They walked five to ten miles; it rained from 3 to 5 percent.");
        assert_eq!(
            (n[0].low, n[0].high, n[0].unit.as_deref()),
            (Some(5.0), Some(10.0), Some("miles"))
        );
        assert_eq!(
            (n[1].value, n[1].kind),
            (Some(3.0), NumberKind::Percent),
            "the start of a change in percent"
        );
    }

    #[test]
    fn shares_and_percentage_points() {
        let n = find("Two-thirds of members backed it after prices rose 4 percentage points.");
        assert_eq!(
            (n[0].kind, n[0].value.map(|v| (v * 1000.0).round())),
            (NumberKind::Other, Some(667.0))
        );
        assert_eq!(
            (n[1].kind, n[1].value, n[1].unit.as_deref()),
            (NumberKind::Percent, Some(4.0), Some("percentage points"))
        );
        assert_eq!(
            find("The Sixty-third Brigade withdrew.")[0].kind,
            NumberKind::Count,
            "an ordinal is no share"
        );
    }

    #[test]
    fn a_share_of_a_group() {
        let n = find("About 1 in 3 households and one in five workers, a survey found in 2024.");
        assert_eq!(n.len(), 3, "{n:?}");
        assert_eq!(
            (n[0].kind, n[0].qualifier, n[0].counted.as_deref()),
            (NumberKind::Other, Qualifier::About, Some("household"))
        );
        assert_eq!((n[1].value, n[1].counted.as_deref()), (Some(0.2), Some("worker")));
        let n = find("Two died in 2024.");
        assert_eq!(n[0].value, Some(2.0), "a number before a year is no share");
    }

    #[test]
    fn an_age_after_a_lower_case_title() {
        assert_eq!(find("The governor, 61, is due to meet them.")[0].kind, NumberKind::Age);
        assert_eq!(find("In the ballot, 61, not 62, voted.")[0].kind, NumberKind::Count);
        let n = find("Men aged 18 to 60 may not leave.");
        assert_eq!(
            (n.len(), n[0].kind, n[0].low, n[0].high),
            (1, NumberKind::Age, Some(18.0), Some(60.0))
        );
    }

    #[test]
    fn pronoun_one_is_not_a_number() {
        assert!(find("One of them said no one knew.").is_empty());
    }
}
