//! The five seed articles against `../shared/seeds/gold.json`: exact fields
//! must all match, and at least 90% of the gold quotes must be found with
//! the right speaker. The checks and their matching rules live in
//! `bench/real/seeds.rs`, shared with the accuracy dashboard (`./x eval`).
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "../bench/real/report.rs"]
mod report;
#[path = "../bench/real/seeds.rs"]
mod seeds;
#[path = "../bench/real/speakers.rs"]
mod speakers;

#[test]
fn seeds_match_gold() {
    let Some(shared) = common::shared_dir() else { return };
    let tally = seeds::parse_tally(&seeds::load(&shared));
    println!("field            matched / gold");
    for (field, ok, total) in &tally.rows {
        println!("{field:<16} {ok:>3} / {total}");
    }
    for f in &tally.failures {
        println!("MISS {f}");
    }
    let (qok, qtotal) = tally.count("quotes");
    let exact_failures: Vec<&String> =
        tally.failures.iter().filter(|f| !f.starts_with("quotes:")).collect();
    assert!(exact_failures.is_empty(), "exact fields missed: {exact_failures:#?}");
    assert!(qok * 10 >= qtotal * 9, "quotes with the right speaker: {qok}/{qtotal}, need 90%");
}
