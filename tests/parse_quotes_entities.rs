//! Quotes and entities on our own fictional articles in Guardian and
//! EURACTIV styles (`tests/fixtures/text/gen5_quotes3_*.txt`): documents
//! that speak for their issuer, speakers "for" a body, asides between a
//! speaker and the verb, verbs that introduce the next quote, companies
//! named with a trade word, and organisation names with "for" in them.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// file access does not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, EntityKind};

mod common;
use common::{parse_fixture as parse, speaker_of};

/// The kind of the entity named `name`; panics, listing the entities, when there is none.
fn kind_of(a: &Article, name: &str) -> EntityKind {
    a.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name:?}: {:?}",
                a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
        .kind
}

#[test]
fn a_readout_speaks_for_who_issued_it() {
    let a = parse("gen5_quotes3_fishing.txt");
    assert_eq!(
        speaker_of(&a, "The Ostland side came"),
        Some("Velmoran government"),
        "“…,” a Velmoran government readout said"
    );
    assert_eq!(
        speaker_of(&a, "We will return"),
        Some("Velmoran government"),
        "the readout's second quote"
    );
}

#[test]
fn a_verb_before_the_next_quote_belongs_to_that_quote() {
    let a = parse("gen5_quotes3_fishing.txt");
    assert_eq!(
        speaker_of(&a, "escort any boat"),
        Some("Ruben Aske"),
        "X said his vessels would “…”, a remark Y called “reckless”"
    );
    assert_eq!(speaker_of(&a, "reckless"), Some("spokesperson for the Velmoran defence ministry"));
    let a = parse("gen5_quotes3_grid.txt");
    assert_eq!(
        speaker_of(&a, "long overdue"),
        Some("Ana Lujan"),
        "X said it was “…”, while Y called it “…”"
    );
    assert_eq!(speaker_of(&a, "an attack on our energy"), Some("Elias Marr"));
}

#[test]
fn asides_between_speaker_and_verb() {
    let a = parse("gen5_quotes3_fishing.txt");
    assert_eq!(
        speaker_of(&a, "deeply concerned"),
        Some("senior EU official"),
        "A senior EU official, speaking on condition of anonymity, said"
    );
    assert_eq!(speaker_of(&a, "Nobody wins"), Some("senior EU official"), "“…,” the official said");
    assert_eq!(speaker_of(&a, "economic blackmail"), Some("Petra Lind"), "X has accused Y of “…”");
    let a = parse("gen5_quotes3_grid.txt");
    assert_eq!(
        speaker_of(&a, "confident the investigation"),
        Some("Halvorsen Shipping"),
        "X, which builds …, said in a statement that it was “…”"
    );
    assert_eq!(
        speaker_of(&a, "run foul"),
        Some("Office for Budget Control"),
        "“the office had warned” after the Office for Budget Control"
    );
}

#[test]
fn speakers_across_paragraphs_and_pronouns() {
    let a = parse("gen5_quotes3_fishing.txt");
    assert_eq!(
        speaker_of(&a, "Our workers deserve honesty"),
        Some("Ingrid Sandvik"),
        "a quote left open continues in the next paragraph"
    );
    assert_eq!(
        speaker_of(&a, "I have a loan"),
        Some("Jonas Hale"),
        "“…,” he said after a named fisherman"
    );
    let a = parse("gen5_quotes3_grid.txt");
    assert_eq!(
        speaker_of(&a, "Without it, the turbines"),
        Some("Katrin Solberg"),
        "“she” is not a place misread as a person"
    );
}

#[test]
fn companies_bodies_and_places_are_told_apart() {
    let a = parse("gen5_quotes3_fishing.txt");
    assert_eq!(kind_of(&a, "Sandvik Marine"), EntityKind::Organization);
    assert_eq!(kind_of(&a, "Halvorsen Shipping"), EntityKind::Organization);
    assert_eq!(kind_of(&a, "Nordkap Energy"), EntityKind::Organization);
    assert_eq!(kind_of(&a, "Ostland's Ministry for Coastal Affairs"), EntityKind::Organization);
    assert_eq!(kind_of(&a, "Office for Fisheries Statistics"), EntityKind::Organization);
    assert_eq!(
        kind_of(&a, "Ingrid Sandvik"),
        EntityKind::Person,
        "the company's name does not swallow its chief executive"
    );
    let a = parse("gen5_quotes3_grid.txt");
    assert_eq!(kind_of(&a, "Karsk Basin"), EntityKind::Place);
    let commission =
        a.entities.iter().find(|e| e.name == "European Commission").expect("European Commission");
    assert!(
        commission.mentions.len() >= 5,
        "“the Commission” is the European Commission: {:?}",
        commission.mentions.len()
    );
    assert!(!a.entities.iter().any(|e| e.name == "Commission"), "no separate one-word Commission");
    let lujan = a.entities.iter().find(|e| e.name == "Ana Lujan").expect("Ana Lujan");
    assert_eq!(lujan.titles, vec!["Greens MEP".to_string()]);
}
