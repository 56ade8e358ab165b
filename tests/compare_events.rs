//! The separation rule of the event grouping (`evidence::not_one_event`),
//! each part on our own fictional reports: publication far apart, a
//! follow-up that recaps the event it follows, and leads naming other people
//! on another day. Each test also shows the same pair without the separating
//! detail is not separated, so it fails if the part is removed.
#![cfg(not(target_arch = "wasm32"))]

use parallax::internals::event_pairs;
use parallax::model::{Article, CompareOptions, ParseOptions};

fn parse(text: &str, id: &str) -> Article {
    let options = ParseOptions { id: Some(id.to_string()), ..Default::default() };
    parallax::parse(text, &options).expect("parses")
}

/// Whether the pair (0, 1) of `texts` is kept out of one event.
fn separated(texts: &[&str]) -> bool {
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| parse(t, &format!("a{i}"))).collect();
    let pairs = event_pairs(&articles, &CompareOptions::default());
    assert!(pairs.features.contains_key(&(0, 1)), "the pair is a candidate");
    pairs.separated.contains(&(0, 1))
}

const FERRY_A: &str = "Tarvik ferry runs aground in storm\n\nBy Mira Holt\n\nPublished March 3, 2031\n\nThe Tarvik ferry Aldra ran aground on the Selby shoals on Monday during a storm, and all 212 passengers were brought ashore by lifeboats, the harbour authority said.\n\nHarbour master Ivo Brandt said the ferry lost power an hour after leaving Tarvik.\n\nThe Aldra will be towed back to Tarvik when the weather clears, Brandt said.\n";

fn ferry_b(published: &str) -> String {
    format!("Stranded Tarvik ferry passengers rescued\n\nBy Leon Vey\n\nPublished {published}\n\nAll 212 passengers of the Tarvik ferry Aldra were rescued by lifeboats after the ship ran aground on the Selby shoals during a storm, the harbour authority said.\n\nThe ferry lost power an hour after leaving Tarvik, harbour master Ivo Brandt said.\n\nBrandt said the Aldra would be towed back once the storm passes.\n")
}

#[test]
fn reports_published_weeks_apart_are_not_one_event() {
    assert!(!separated(&[FERRY_A, &ferry_b("March 4, 2031")]));
    assert!(separated(&[FERRY_A, &ferry_b("April 2, 2031")]));
}

const INQUIRY: &str = "Inquiry opens into Tarvik ferry grounding\n\nAn inquiry into the grounding of the Tarvik ferry Aldra opened in Selby, with harbour master Ivo Brandt the first witness.\n\nBrandt told the panel the crew had followed every rule.\n\nThe Aldra ran aground on the Selby shoals during a storm three weeks ago, and lifeboats brought all 212 passengers ashore.\n\nThe panel will sit for ten days.\n";

const INQUIRY_TODAY: &str = "Inquiry opens into Tarvik ferry grounding\n\nAn inquiry into the grounding of the Tarvik ferry Aldra opened in Selby, with harbour master Ivo Brandt the first witness.\n\nBrandt told the panel the crew had followed every rule.\n\nThe Aldra ran aground on the Selby shoals during a storm, and lifeboats brought all 212 passengers ashore.\n\nThe panel will sit for ten days.\n";

const FERRY_UNDATED: &str = "Tarvik ferry runs aground in storm\n\nThe Tarvik ferry Aldra ran aground on the Selby shoals during a storm, and lifeboats brought all 212 passengers ashore, the harbour authority said.\n\nHarbour master Ivo Brandt said the ferry lost power an hour after leaving Tarvik.\n";

#[test]
fn a_follow_up_that_recaps_the_event_as_past_is_not_the_event() {
    assert!(separated(&[FERRY_UNDATED, INQUIRY]));
    // The same follow-up without "three weeks ago" tells the grounding as
    // news: nothing here separates it (the model may still).
    assert!(!separated(&[FERRY_UNDATED, INQUIRY_TODAY]));
}

const VISIT_A: &str = "Port minister visits Selby docks\n\nPort minister Anja Korhonen toured the Selby docks on Tuesday and promised new cranes, dock workers said.\n\nKorhonen met union leader Tomas Reyes at the gate.\n\nThe cranes are due next spring.\n";

const VISIT_B: &str = "Port minister visits Selby docks\n\nDeputy minister Piet Oduya toured the Selby docks on Friday and promised new cranes, dock workers said.\n\nOduya met harbour engineers at the gate.\n\nThe cranes are due next spring.\n";

const VISIT_B_SAME_DAY: &str = "Port minister visits Selby docks\n\nDeputy minister Piet Oduya toured the Selby docks on Tuesday and promised new cranes, dock workers said.\n\nOduya met harbour engineers at the gate.\n\nThe cranes are due next spring.\n";

#[test]
fn leads_naming_other_people_on_another_day_are_two_events() {
    assert!(separated(&[VISIT_A, VISIT_B]));
    // Other people on the same day: left to the model.
    assert!(!separated(&[VISIT_A, VISIT_B_SAME_DAY]));
}

/// `group_events_with_model` groups by the model it is given, not by the
/// shipped one: the two ferry reports are one event under the shipped model,
/// and apart under a copy whose threshold no pair can reach. (The dashboard
/// relies on this to measure ECB+ with models not fitted on the topic.)
#[test]
fn compare_with_model_groups_by_the_model_given() {
    use parallax::internals::event_evidence::MODEL;
    use parallax::internals::group_events_with_model;
    let articles = [parse(FERRY_A, "a0"), parse(&ferry_b("March 4, 2031"), "a1")];
    let options = CompareOptions::default();
    let events = |model| group_events_with_model(&articles, &options, model).unwrap().0;
    assert_eq!(events(&MODEL).len(), 1, "one event under the shipped model");
    assert_eq!(parallax::group_events(&articles, &options).unwrap().0.len(), 1);
    let strict = parallax::internals::event_evidence::Model { threshold: 1.01, ..MODEL };
    assert_eq!(events(&strict).len(), 2, "apart under a model no pair can satisfy");
}

const CRASH: &str = "Eleven dead as bus plunges into gorge\n\nBy Mara Velk\n\nA bus carrying pilgrims plunged into a gorge near Kravno on Tuesday, killing 11 people and injuring 23, police said.\n\nRegional police chief Teodor Brask said the driver lost control on a wet bend.\n\nRescuers used ropes to reach the wreck.\n";

fn charged(injured: u32) -> String {
    format!("Driver in gorge crash charged\n\nBy Ola Rand\n\nProsecutors on Monday charged the driver of a bus that left the road near Kravno with manslaughter.\n\nThe evidence shows the bus was travelling at twice the safe speed, prosecutor Liv Anker said.\n\nThe crash last week killed 11 pilgrims and injured {injured}.\n")
}

/// Rule `a_repeated_toll_ties_a_follow_up`: a follow-up that names none of
/// the first report's people but repeats its two tolls is of its thread;
/// with one toll repeated it is not.
#[test]
fn a_repeated_toll_ties_a_follow_up() {
    let articles = |follow_up: String| [parse(CRASH, "a0"), parse(&follow_up, "a1")];
    let options = CompareOptions::default();
    let pairs = event_pairs(&articles(charged(23)), &options);
    assert_eq!(pairs.shared_participant.get(&(0, 1)), Some(&true));
    let pairs = event_pairs(&articles(charged(24)), &options);
    assert_eq!(pairs.shared_participant.get(&(0, 1)), Some(&false));
}
