//! Patterns the five seed articles do not show exactly but real outlets use,
//! on our own fictional articles (`tests/fixtures/text/gen_*.txt`): partitive
//! counts ("Three of the five drones"), speakers behind "according to a
//! statement from", "one of the residents", a verb sharing its subject
//! ("welcomed the deal but warned that"), and the header and promo lines of
//! the outlets' pages.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// file access does not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, InputFormat, ParseOptions};

fn parse(name: &str) -> Article {
    let path = format!("{}/tests/fixtures/text/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parallax::parse(&text, &ParseOptions { format: InputFormat::Auto, ..Default::default() }).expect("fixture parses")
}

fn speaker_of<'a>(a: &'a Article, quote_start: &str) -> Option<&'a str> {
    a.quotes.iter().find(|q| q.text.starts_with(quote_start)).unwrap_or_else(|| panic!("no quote {quote_start:?}: {:?}", a.quotes)).speaker.as_deref()
}

/// (counted, action) of the number written `number_text` in the sentence starting `sentence_start`.
fn count_of<'a>(a: &'a Article, sentence_start: &str, number_text: &str) -> (Option<&'a str>, Option<&'a str>) {
    let si = a.sentences.iter().position(|s| s.text.starts_with(sentence_start)).unwrap_or_else(|| panic!("no sentence {sentence_start:?}"));
    let n = a.numbers.iter().find(|n| n.sentence == si && n.number_text == number_text).unwrap_or_else(|| panic!("no number {number_text:?} in {sentence_start:?}: {:?}", a.numbers));
    (n.counted.as_deref(), n.action.as_deref())
}

#[test]
fn a_part_counts_what_its_whole_counts() {
    let a = parse("gen_depot.txt");
    assert_eq!(count_of(&a, "Three of the five", "Three"), (Some("drone"), Some("shoot")), "the part was shot down");
    assert_eq!(count_of(&a, "Three of the five", "five"), (Some("drone"), None), "the whole was not");
    let a = parse("gen_dockers.txt");
    assert_eq!(count_of(&a, "The strike has put", "30%").0, None, "a percentage counts nothing");
}

#[test]
fn a_time_phrase_does_not_end_the_counted_noun() {
    let a = parse("gen_dockers.txt");
    assert_eq!(count_of(&a, "The port handled", "4.2m").0, Some("container"), "“4.2m containers last year”");
}

#[test]
fn a_name_before_an_ing_modifier() {
    let a = parse("gen_corridor.txt");
    assert_eq!(count_of(&a, "Velmora agreed in return", "14").0, Some("boat"), "“14 Ostland fishing boats”");
}

#[test]
fn a_statement_speaks_for_who_issued_it() {
    let a = parse("gen_depot.txt");
    assert_eq!(speaker_of(&a, "a deliberate attempt"), Some("Velmoran foreign ministry"));
}

#[test]
fn one_of_a_group_is_one_member() {
    let a = parse("gen_depot.txt");
    assert_eq!(speaker_of(&a, "We called the police"), Some("resident"), "“…,” one of the residents said");
}

#[test]
fn a_second_verb_shares_the_subject() {
    let a = parse("gen_corridor.txt");
    assert_eq!(speaker_of(&a, "fragile"), Some("Katla Ruud"), "X, Katla Ruud, welcomed the deal but warned that it was “fragile”");
}
