//! The page's demo (www/demo/*.txt: four fictional outlets on one fictional
//! footbridge collapse): the findings the page shows for it.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{CompareOptions, Comparison, ParseOptions};

const FILES: &[&str] = &["coastline-daily", "harbor-ledger", "meridian-wire", "northern-sentinel"];

fn demo() -> Comparison {
    let articles: Vec<_> = FILES
        .iter()
        .map(|id| {
            let path = format!("{}/www/demo/{id}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            parallax::parse(&text, &ParseOptions { id: Some(id.to_string()), ..Default::default() })
                .unwrap()
        })
        .collect();
    parallax::compare(&articles, &CompareOptions::default()).unwrap()
}

/// (article, value as written) of the discrepancy on `quantity`.
fn reported(c: &Comparison, quantity: &str) -> Vec<(usize, String)> {
    let d = c
        .discrepancies
        .iter()
        .find(|d| d.quantity == quantity)
        .unwrap_or_else(|| panic!("no discrepancy {quantity:?} in {:#?}", c.discrepancies));
    d.values.iter().map(|v| (v.article, v.text.to_lowercase())).collect()
}

#[test]
fn death_toll_six_against_seven() {
    let c = demo();
    let killed = reported(&c, "people killed");
    for (article, value) in [(0, "six"), (1, "six"), (2, "seven"), (3, "six")] {
        assert!(
            killed.contains(&(article, value.to_string())),
            "{FILES:?}[{article}] should report {value}: {killed:?}"
        );
    }
}

#[test]
fn injured_41_against_38_and_the_coordinated_count_is_found() {
    let c = demo();
    let injured = reported(&c, "people injured");
    // Coastline's 41 is the second count of "Six people were killed and 41 were injured".
    for (article, value) in [(0, "41"), (1, "41"), (2, "38")] {
        assert!(
            injured.contains(&(article, value.to_string())),
            "{FILES:?}[{article}] should report {value}: {injured:?}"
        );
    }
}

#[test]
fn a_part_of_the_injured_is_not_the_injured_total() {
    let c = demo();
    let injured = reported(&c, "people injured");
    assert!(
        !injured.iter().any(|(_, v)| v == "nine"),
        "\"Nine of the injured\" counts a subset: {injured:?}"
    );
}

#[test]
fn every_short_article_has_distinctive_terms() {
    let c = demo();
    assert_eq!(c.wording.len(), FILES.len());
    for w in &c.wording {
        assert!(!w.terms.is_empty(), "{} has no distinctive terms", FILES[w.article]);
        assert!(w.terms.iter().all(|t| t.z > 1.0), "{:?}", w.terms);
    }
}

#[test]
fn the_mayors_quote_is_shared_by_all_four() {
    let c = demo();
    let quote = c
        .shared_quotes
        .iter()
        .find(|q| q.text.contains("We will find out why this happened"))
        .expect("mayor's quote shared");
    let mut articles: Vec<usize> = quote.occurrences.iter().map(|o| o.article).collect();
    articles.sort_unstable();
    articles.dedup();
    assert_eq!(articles, vec![0, 1, 2, 3]);
}

#[test]
fn sources_are_named_bodies_and_people_not_bare_nouns() {
    let c = demo();
    let wire: Vec<&str> = c.sources[2].sources.iter().map(|s| s.name.as_str()).collect();
    assert!(wire.contains(&"emergency services"), "{wire:?}");
    assert!(
        wire.contains(&"Kostiantyn Marenko"),
        "the chief engineer is named by the apposition: {wire:?}"
    );
    for s in c.sources.iter().flat_map(|a| &a.sources) {
        assert!(
            !matches!(s.name.as_str(), "services" | "engineer" | "the engineer"),
            "bare noun as a source: {:?}",
            s.name
        );
    }
}
