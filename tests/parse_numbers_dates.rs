//! Numbers and dates on our own fictional articles in the styles of the
//! seeds (`tests/fixtures/text/gen5_numdates_*.txt`): weekdays in clauses
//! about what is coming, "Two days later" and "the following day" counted
//! only from a nearby day, counts that share one verb or leave out their
//! noun, vote tallies and ranges written with "to", and ages after a
//! lower-case title.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// file access does not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, NumberKind, NumberMention};

mod common;
use common::parse_fixture as parse;

/// The number written `number_text` in the sentence starting `sentence_start`.
fn number<'a>(a: &'a Article, sentence_start: &str, number_text: &str) -> &'a NumberMention {
    let si = a
        .sentences
        .iter()
        .position(|s| s.text.starts_with(sentence_start))
        .unwrap_or_else(|| panic!("no sentence {sentence_start:?}"));
    a.numbers.iter().find(|n| n.sentence == si && n.number_text == number_text).unwrap_or_else(
        || {
            panic!(
                "no number {number_text:?} in {sentence_start:?}: {:?}",
                a.numbers.iter().filter(|n| n.sentence == si).collect::<Vec<_>>()
            )
        },
    )
}

/// (counted, action) of a number.
fn count_of<'a>(
    a: &'a Article,
    sentence_start: &str,
    number_text: &str,
) -> (Option<&'a str>, Option<&'a str>) {
    let n = number(a, sentence_start, number_text);
    (n.counted.as_deref(), n.action.as_deref())
}

/// The day the date written `date_text` in the sentence starting `sentence_start` resolves to.
fn day_of<'a>(a: &'a Article, sentence_start: &str, date_text: &str) -> Option<&'a str> {
    let si = a
        .sentences
        .iter()
        .position(|s| s.text.starts_with(sentence_start))
        .unwrap_or_else(|| panic!("no sentence {sentence_start:?}"));
    let d =
        a.dates.iter().find(|d| d.sentence == Some(si) && d.text == date_text).unwrap_or_else(
            || panic!("no date {date_text:?} in {sentence_start:?}: {:?}", a.dates),
        );
    d.resolved.as_deref()
}

#[test]
fn a_weekday_in_a_clause_about_what_is_coming_is_the_coming_one() {
    // Published on Saturday 7 November 2026.
    let a = parse("gen5_numdates_recall.txt");
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2026-11-07"));
    assert_eq!(
        day_of(&a, "Velmora governor Aurel Danek faces", "Friday"),
        Some("2026-11-13"),
        "faces a recall vote on Friday"
    );
    assert_eq!(day_of(&a, "The governor, 61, is due", "Monday"), Some("2026-11-09"));
    assert_eq!(
        day_of(&a, "The governor, 61, is due", "Wednesday"),
        Some("2026-11-04"),
        "his office said on Wednesday"
    );
    assert_eq!(day_of(&a, "Danek will travel", "Thursday"), Some("2026-11-12"));
    assert_eq!(
        day_of(&a, "Rail freight into Selk", "Tuesday"),
        Some("2026-11-03"),
        "trucks sat idle on Tuesday"
    );
    // Published on Tuesday 10 November 2026.
    let a = parse("gen5_numdates_floods.txt");
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2026-11-10"));
    assert_eq!(
        day_of(&a, "Heavy rain began", "Sunday"),
        Some("2026-11-08"),
        "continued until Sunday morning: a past span"
    );
    assert_eq!(
        day_of(&a, "The meteorological office said more rain", "Wednesday"),
        Some("2026-11-11"),
        "more rain is expected on Wednesday"
    );
}

#[test]
fn later_and_earlier_count_only_from_the_sentence_before_in_the_paragraph() {
    let a = parse("gen5_numdates_recall.txt");
    assert_eq!(
        day_of(&a, "Two days later", "Two days later"),
        None,
        "a paragraph of its own: the day before it may date another event"
    );
    assert_eq!(
        day_of(&a, "The following day", "The following day"),
        None,
        "the sentence before names no day"
    );
    let a = parse("gen5_numdates_floods.txt");
    assert_eq!(
        day_of(&a, "A week earlier", "A week earlier"),
        None,
        "not from “next Thursday” in the paragraph before"
    );
}

#[test]
fn coordinated_counts_share_their_verb() {
    let a = parse("gen5_numdates_recall.txt");
    assert_eq!(
        count_of(&a, "Roughly 1,200 troops", "1,200"),
        (Some("troop"), Some("send")),
        "1,200 troops and 40 armored trucks had been sent"
    );
    assert_eq!(count_of(&a, "Roughly 1,200 troops", "40"), (Some("truck"), Some("send")));
    assert_eq!(
        count_of(&a, "Clashes near the main gate", "two"),
        (Some("protester"), Some("kill"))
    );
    assert_eq!(
        count_of(&a, "Clashes near the main gate", "37"),
        (Some("protester"), Some("wound"))
    );
    assert_eq!(
        count_of(&a, "Police arrested 58", "12"),
        (Some("person"), Some("detain")),
        "detained a further 12 overnight"
    );
    assert_eq!(
        count_of(&a, "Rail freight into Selk", "300"),
        (Some("truck"), None),
        "about 300 trucks sat idle"
    );
    let a = parse("gen5_numdates_floods.txt");
    assert_eq!(
        count_of(&a, "Sunday's flooding destroyed", "2,800"),
        (Some("home"), Some("damage")),
        "damaged a further 2,800"
    );
    assert_eq!(
        count_of(&a, "In July 2024, floods", "20,000"),
        (Some("person"), Some("displace")),
        "killed 112 people and displaced 20,000"
    );
    assert_eq!(
        count_of(&a, "At least 19 people are still", "19"),
        (Some("person"), Some("miss")),
        "19 people are still missing"
    );
}

#[test]
fn tallies_and_ranges_written_with_to() {
    let a = parse("gen5_numdates_recall.txt");
    let tally = number(&a, "Dockworkers at the Port", "4,112 to 380");
    assert_eq!(
        (tally.kind, tally.value, tally.low, tally.high),
        (NumberKind::Score, None, Some(4112.0), Some(380.0))
    );
    let range = number(&a, "Shipping analysts", "$90 million and $110 million");
    assert_eq!(
        (range.kind, range.value, range.low, range.high),
        (NumberKind::Money, None, Some(90e6), Some(110e6))
    );
    let a = parse("gen5_numdates_floods.txt");
    let tally = number(&a, "A week earlier", "156 to 44");
    assert_eq!((tally.kind, tally.low, tally.high), (NumberKind::Score, Some(156.0), Some(44.0)));
    let range = number(&a, "Scientists say rainfall", "15 to 20 percent");
    assert_eq!(
        (range.kind, range.value, range.low, range.high),
        (NumberKind::Percent, None, Some(15.0), Some(20.0))
    );
}

#[test]
fn an_age_after_a_lower_case_title() {
    let a = parse("gen5_numdates_recall.txt");
    assert_eq!(number(&a, "The governor, 61,", "61").kind, NumberKind::Age);
    let a = parse("gen5_numdates_floods.txt");
    assert_eq!(number(&a, "Opposition legislator Farah Jalili, 39,", "39").kind, NumberKind::Age);
}
