//! Every input the fuzzer ever crashed on, replayed through every fuzz
//! check on each `cargo test`. The inputs live in
//! tests/fixtures/hostile/crashes/, named after what they broke; the checks
//! are the fuzz targets' own (fuzz/fuzz_targets/common.rs), so a fixed crash
//! cannot come back unnoticed. Also runs the fuzz checks once over our own
//! fixtures, so a broken target is noticed without nightly.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/fuzz_targets/common.rs"]
mod fuzz_checks;

use std::path::Path;

fn replay_dir(dir: &Path) -> usize {
    let mut replayed = 0;
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.is_file()) {
        let data = std::fs::read(path).expect("readable");
        for (name, check) in fuzz_checks::ALL_CHECKS {
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{} fails the {name} check again", path.display());
        }
        replayed += 1;
    }
    replayed
}

#[test]
fn saved_crashes_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/crashes");
    assert!(replay_dir(&dir) >= 1, "the crash corpus is empty");
}

#[test]
fn fuzz_checks_pass_on_our_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut total = 0;
    for sub in ["text", "hostile"] {
        total += replay_dir(&root.join(sub));
    }
    assert!(total >= 5);
}

/// Found by the compare fuzz target: a figure after a multi-byte currency
/// sign (£, €) was sliced one byte into the sign.
#[test]
fn figures_after_multibyte_currency_signs() {
    use parallax::model::{CompareOptions, ParseOptions};
    let a = parallax::parse(
        "Gauge repairs\n\nThe harbour will spend £40m on gauges, officials said.",
        &ParseOptions::default(),
    )
    .unwrap();
    let b = parallax::parse(
        "Gauge repairs\n\nThe harbour will spend €35m on gauges, officials said.",
        &ParseOptions::default(),
    )
    .unwrap();
    let c = parallax::compare(&[a, b], &CompareOptions::default()).expect("compares");
    assert_eq!(c.articles.len(), 2);
}

/// Found by tests/hostile_limits.rs (tampered articles): a reversed span
/// underflowed the highlight sweep's layer counts and broke `Span::new` in
/// compare's quotes. An article edited outside Parallax may carry one.
#[test]
fn reversed_spans_in_an_edited_article() {
    use parallax::model::{CompareOptions, HighlightOptions, ParseOptions, Span};
    let mut a = parallax::parse(
        "Gauge fails\n\n“It stopped at noon,” Oren Pike said. The gauge failed on Monday.",
        &ParseOptions::default(),
    )
    .unwrap();
    let b = a.clone();
    for q in &mut a.quotes {
        q.span = Span { start: q.span.end, end: q.span.start };
    }
    for l in &mut a.lines {
        l.span = Span { start: l.span.end + 3, end: l.span.start };
    }
    let _ = parallax::highlight(&a, None, &HighlightOptions::default()).expect("highlights");
    let c = parallax::compare(&[a.clone(), b], &CompareOptions::default()).expect("compares");
    let _ = parallax::highlight(
        &a,
        Some(&c),
        &HighlightOptions { article_index: Some(0), ..Default::default() },
    )
    .expect("highlights");
}

/// Found by the parse_text and highlight fuzz targets: a capitalised
/// weekday followed by "," or "(" as the very last tokens made the date
/// reader look one token past the end.
#[test]
fn weekday_then_punctuation_at_the_very_end() {
    use parallax::model::ParseOptions;
    for input in [
        "Gauge report\n\nThe gauge failed on Monday,",
        "Gauge report\n\nThe gauge failed on Monday (",
    ] {
        let a = parallax::parse(input, &ParseOptions::default()).expect("parses");
        assert_eq!(a.text, input);
    }
}
