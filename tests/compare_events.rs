//! The separation rule of the event grouping (`evidence::not_one_event`),
//! each part on our own fictional reports: publication far apart, a
//! follow-up that recaps the event it follows, and leads naming other people
//! on another day. Each test also shows the same pair without the separating
//! detail is not separated, so it fails if the part is removed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../bench/compare/corpus.rs"]
mod corpus;
#[path = "../bench/real/metrics.rs"]
mod metrics;

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

fn dated(text: &str, day: &str) -> String {
    let (headline, rest) = text.split_once("\n\n").expect("a headline line");
    format!("{headline}\n\nPublished {day}\n\n{rest}")
}

const MILL_FIRE: &str = "Fire shuts Marlow paper mill\n\nBy Ines Maro\n\nA fire shut the Kessel paper mill in Marlow on Monday, and 40 workers were sent home, the company said.\n\nPlant manager Bram Oster said the blaze started in a drying hall.\n\nFirefighters were at the site through the night.\n";

const SAWMILL_FIRE: &str = "Blaze guts Tarn sawmill\n\nBy Oskar Lind\n\nFire crews fought through Monday night to save the Hollin sawmill at Tarn, where 40 workers will now be idle for weeks.\n\nOwner Petra Quill blamed faulty wiring in a kiln.\n\nThe sawmill supplies timber to builders across the valley.\n";

/// Rule `nothing_named_in_common` (`evidence::not_one_event`'s last part):
/// two reports that share no person, organisation, place, headline word or
/// aligned sentence are two events, whatever else they share: two mill
/// fires on a Monday, each sending 40 workers home, in other towns with
/// other people, dated the same day or not; a ferry grounding and a mill
/// fire.
#[test]
fn nothing_named_in_common() {
    let options = CompareOptions::default();
    for day in [None, Some("March 3, 2031")] {
        let text = |t: &str| day.map_or(t.to_string(), |d| dated(t, d));
        for (other, what) in [(FERRY_A, "a ferry grounding"), (SAWMILL_FIRE, "a sawmill fire")] {
            let articles = [parse(&text(MILL_FIRE), "a0"), parse(&text(other), "a1")];
            assert_eq!(articles[0].published.is_some(), day.is_some());
            let events = parallax::group_events(&articles, &options).unwrap().0;
            assert_eq!(events.len(), 2, "a mill fire and {what}, dated {day:?}");
        }
    }
}

/// Rules `a_shared_publication_day_is_no_evidence` and
/// `a_weekday_is_no_shared_day` (`evidence.rs`): reports published on one
/// day are no likelier to be of one event than undated ones. A day's news
/// is all published on one day, and its "on Monday" is one day in every
/// report. ECB+, whose two events of a topic are years apart and rarely
/// both dated, had fitted a large weight to a feature "published within
/// days" (300 generated stories given one publication day: pairwise
/// precision 0.40; ECB+ given one date line: 0.59, both in-sample), and
/// without it, to weekdays resolved to one day (precision 0.44 here). The publication date
/// now only separates (`reports_published_weeks_apart_are_not_one_event`),
/// and only days written as dates are shared evidence.
#[test]
fn reports_of_one_day_are_not_one_event_for_it() {
    let texts = corpus::corpus(60);
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let (headline, rest) = t.split_once('\n').expect("a headline line");
            parse(&format!("{headline}\nPublished March 3, 2031\n\n{rest}"), &format!("g{i}"))
        })
        .collect();
    assert!(articles.iter().all(|a| a.published.is_some()), "every article dated");
    let events = parallax::group_events(&articles, &CompareOptions::default()).unwrap().0;
    let mut story = vec![usize::MAX; articles.len()];
    for (e, group) in events.iter().enumerate() {
        for &i in &group.articles {
            story[i] = e;
        }
    }
    let gold: Vec<usize> = (0..articles.len()).map(|i| i / 5).collect();
    let p = metrics::pairwise(&story, &gold);
    assert!(p.precision >= 0.9 && p.recall >= 0.9, "stories of one day: {p:?}");
}
