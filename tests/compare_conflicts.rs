//! The conflict rules of `src/compare/figures.rs`, one test each, on our own
//! fictional sentences: each pair of articles is taken as one event (as the
//! accuracy dashboard takes ECB+'s gold events), and every test has a
//! control that still conflicts, so a test fails when its rule is gone or
//! when the rule swallows everything.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, InputFormat, ParseOptions};

fn article(id: &str, body: &str) -> Article {
    let text = format!("Report from the valley\n\n{body}\n");
    let options =
        ParseOptions { id: Some(id.into()), format: InputFormat::Text, ..Default::default() };
    parallax::parse(&text, &options).expect("parses")
}

/// The discrepancies of two articles taken as one event, as
/// "quantity: value, value" lines.
fn conflicts(a: &str, b: &str) -> Vec<String> {
    let articles = [article("a", a), article("b", b)];
    let (found, _) = parallax::internals::figures_in_one_event(&articles);
    found
        .iter()
        .map(|d| {
            let values: Vec<&str> = d.values.iter().map(|v| v.text.as_str()).collect();
            format!("{}: {}", d.quantity, values.join(", "))
        })
        .collect()
}

fn conflict(a: &str, b: &str) -> bool {
    !conflicts(a, b).is_empty()
}

#[test]
fn a_toll_against_another_toll_conflicts() {
    assert!(conflict("The storm killed 5 people in Orrin.", "The storm killed 4 people in Orrin."));
}

#[test]
fn killed_and_wounded_are_different_quantities() {
    assert!(!conflict(
        "The blast at the Kessel depot killed 50 people.",
        "More than 100 people were wounded in the blast at the Kessel depot."
    ));
    // Control: the same counted thing and action.
    assert!(conflict(
        "The blast at the Kessel depot killed 50 people.",
        "The blast at the Kessel depot killed 70 people."
    ));
}

#[test]
fn hedged_values_that_overlap_are_no_conflict() {
    assert!(!conflict(
        "More than 100 people were killed in the Tavel floods.",
        "The Tavel floods killed 120 people."
    ));
    assert!(!conflict(
        "Nearly 40 people were injured at the stadium.",
        "About 38 people were injured at the stadium."
    ));
}

#[test]
fn a_value_the_article_says_changed_is_no_conflict() {
    // The second outlet says its toll is a new value: the first outlet's
    // lower one is the older count, not a disagreement.
    assert!(!conflict(
        "The ferry fire killed 8 people, officials said.",
        "Officials said the number of people killed rose to 12 people."
    ));
}

#[test]
fn two_polls_are_two_quantities() {
    assert!(!conflict(
        "A poll by the Ledger found 52 percent of voters backed the bridge.",
        "In a survey for the Courier, 45 percent of voters backed the bridge."
    ));
}

#[test]
fn ages_of_people_are_never_set_against_each_other() {
    assert!(!conflict(
        "The driver, 42, was arrested at the scene.",
        "The cyclist, 45, was taken to hospital."
    ));
}

#[test]
fn a_running_total_is_not_one_days_count() {
    assert!(!conflict(
        "The fever has killed 40 people so far in the province.",
        "The fever killed 25 people in the province."
    ));
}

#[test]
fn a_month_alone_dates_another_event() {
    assert!(!conflict(
        "In March, a landslide killed 30 people in the district.",
        "A landslide killed 20 people in the district."
    ));
}

#[test]
fn a_sentence_opening_on_another_day_is_about_that_day() {
    assert!(!conflict(
        "On Saturday, a quake killed 14 people in the far north.",
        "A quake killed 10 people on Sunday in the south."
    ));
}

#[test]
fn an_earlier_year_is_another_time() {
    assert!(!conflict("A quake in 2011 killed 30 people.", "The quake killed 20 people in 2024."));
}

#[test]
fn one_players_tally_is_not_anothers() {
    assert!(!conflict(
        "Dario Marlow completed 28 passes for 300 yards.",
        "Tomas Okafor completed 22 passes for 210 yards."
    ));
}

#[test]
fn a_part_of_the_group_is_not_its_total() {
    assert!(!conflict(
        "The crash killed 9 passengers on the coast road.",
        "Four of the passengers were killed on the coast road."
    ));
}

#[test]
fn an_addition_is_not_the_total() {
    assert!(!conflict(
        "Police arrested 12 protesters outside the hall.",
        "Police arrested another 7 protesters outside the hall."
    ));
    // Control: two totals.
    assert!(conflict(
        "Police arrested 12 protesters outside the hall.",
        "Police arrested 7 protesters outside the hall."
    ));
}

#[test]
fn an_article_with_two_values_for_one_quantity_is_not_used_for_it() {
    assert!(!conflict(
        "A bomb at the market killed 4 people. A second bomb at the station killed 9 people.",
        "A bomb at the market killed 6 people."
    ));
}

#[test]
fn values_far_apart_are_different_quantities() {
    assert!(!conflict(
        "The quake killed 3 people in Sorel.",
        "The quake killed 40 people in Sorel."
    ));
    assert!(!conflict(
        "Vance signed a $90 million deal with the Herons.",
        "Vance signed a $161 million deal with the Herons."
    ));
    // Control: one deal's price reported two ways.
    assert!(conflict(
        "Halden agreed a $13.2 billion acquisition of Corvo.",
        "Halden agreed a $13.9 billion acquisition of Corvo."
    ));
}

#[test]
fn a_count_inside_a_place_phrase_is_not_what_was_destroyed() {
    assert!(!conflict(
        "The governor said four villages had been destroyed.",
        "Officials said 40 percent of the buildings in seven villages were destroyed."
    ));
}

#[test]
fn a_year_far_after_the_number_does_not_date_it() {
    // "since 2023" tells when the bridge was inspected, not when the six
    // died; the article's own year is the later 2024 it names.
    assert!(conflict(
        "The Veyra footbridge opened in 2024. Its collapse on Saturday killed 6 people, and the bridge had not been inspected by the city since 2023.",
        "The collapse of the Veyra footbridge on Saturday killed 7 people."
    ));
}
