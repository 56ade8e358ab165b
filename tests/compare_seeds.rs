//! The seed articles' `across` expectations from ../shared/seeds/gold.json:
//! events, threads, discrepancies, must-not-pair, shared quotes, agreements
//! in another form and spelling variants. The checks live in
//! `bench/real/seeds.rs`, shared with the accuracy dashboard (`./x eval`).
//! Skips with a notice without the shared data.
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

/// Asserts that every check of `parts` holds (and that there was one).
fn holds(parts: &[&str]) {
    let Some(shared) = common::shared_dir() else { return };
    let seeds = seeds::load(&shared);
    let tally = seeds::compare_tally(&seeds, &seeds::compare(&seeds));
    for part in parts {
        let (held, total) = tally.count(part);
        assert!(total > 0, "no {part} in gold");
        assert!(held == total, "{part}: {held} of {total} hold: {:#?}", tally.failures_of(part));
    }
}

#[test]
fn events_and_threads_match_gold() {
    holds(&["events", "threads"]);
}

#[test]
fn both_discrepancies_are_found_with_each_value() {
    holds(&["discrepancies"]);
}

#[test]
fn must_not_pair_quantities_are_never_set_against_each_other() {
    holds(&["must_not_pair"]);
}

#[test]
fn the_shared_quote_is_found_in_each_article() {
    holds(&["shared_quotes"]);
}

#[test]
fn different_forms_of_one_value_are_agreements() {
    holds(&["agreements"]);
}

#[test]
fn spelling_variants_fold_together() {
    holds(&["spelling_variants"]);
}
