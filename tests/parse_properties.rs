//! Nothing is lost: every character of the input belongs to exactly one
//! line, every line has one role, and removed lines carry a reason. Checked
//! on the seeds, on our fixtures and on generated inputs; the generated
//! inputs also check that parsing never panics and that spans are valid.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use parallax::model::{Article, LineRole, ParseOptions};
use parallax::Utf16Index;
use proptest::prelude::*;

/// Lines tile the text: in order, without overlap, and the gaps between
/// them hold only line breaks.
fn assert_lines_tile(a: &Article) {
    let index = Utf16Index::new(&a.text);
    let mut at = 0usize;
    for line in &a.lines {
        let r = index.bytes(line.span);
        assert!(r.start >= at, "lines overlap or go backwards at {r:?}");
        let gap = &a.text[at..r.start];
        assert!(
            gap.chars().all(|c| c == '\n' || c == '\r'),
            "characters outside every line: {gap:?}"
        );
        assert!(
            at == 0 && r.start == 0 || gap.len() <= 2 && !gap.is_empty(),
            "gap {gap:?} between lines"
        );
        assert!(!a.text[r.clone()].contains(['\n', '\r']), "a line holds a line break");
        assert_eq!(
            line.reason.is_some(),
            line.role == LineRole::Removed,
            "reason set exactly for removed lines"
        );
        if line.role == LineRole::Blank {
            assert!(a.text[r.clone()].trim().is_empty());
        } else {
            assert!(!a.text[r.clone()].trim().is_empty(), "a blank line with role {:?}", line.role);
        }
        at = r.end;
    }
    assert!(
        a.text[at..].chars().all(|c| c == '\n' || c == '\r'),
        "text after the last line: {:?}",
        &a.text[at..]
    );
    // Body text lies in body lines only.
    for s in &a.sentences {
        let r = index.bytes(s.span);
        let owners: Vec<LineRole> = a
            .lines
            .iter()
            .filter(|l| {
                let lr = index.bytes(l.span);
                lr.start < r.end && r.start < lr.end
            })
            .map(|l| l.role)
            .collect();
        assert!(
            owners.iter().all(|&o| o == LineRole::Body),
            "sentence {:?} overlaps lines {owners:?}",
            s.text
        );
    }
}

fn assert_spans_valid(a: &Article) {
    let index = Utf16Index::new(&a.text);
    let len = index.utf16_len();
    for s in &a.sentences {
        assert!(s.span.end <= len);
        assert_eq!(&a.text[index.bytes(s.span)], s.text);
    }
    for q in &a.quotes {
        assert_eq!(&a.text[index.bytes(q.span)], q.text);
    }
    for n in &a.numbers {
        assert_eq!(&a.text[index.bytes(n.span)], n.text);
    }
    for d in &a.dates {
        assert_eq!(&a.text[index.bytes(d.span)], d.text);
    }
}

#[test]
fn seeds_and_fixtures_tile() {
    let mut inputs: Vec<String> = Vec::new();
    let dir = format!("{}/tests/fixtures/text", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        inputs.push(std::fs::read_to_string(entry.expect("entry").path()).expect("fixture"));
    }
    if let Some(dir) = common::shared_dir() {
        for entry in std::fs::read_dir(dir.join("seeds")).expect("seeds") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                inputs.push(std::fs::read_to_string(path).expect("seed"));
            }
        }
    }
    for text in &inputs {
        let a = parallax::parse(text, &ParseOptions::default()).expect("parses");
        assert_lines_tile(&a);
        assert_spans_valid(&a);
    }
}

/// Lines drawn from the kinds a scraped article holds, so generated inputs
/// reach every classification path.
fn line_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        Just("0:00".to_string()),
        Just("Updated:".to_string()),
        Just("6/26/2024".to_string()),
        Just("Leave a Comment".to_string()),
        Just("By Ana Lux".to_string()),
        Just("(Edited by Sam Orr)".to_string()),
        Just("Source: Wire Agencies".to_string()),
        Just("A pier at dusk on May 2. (Jo Quill/Harbor Wire)".to_string()),
        Just("The Brief – Tides".to_string()),
        Just("Harbor ‘closed’".to_string()),
        Just("“We will stay,” Mayor Ida Marsh said, after 150 others were injured on Tuesday.".to_string()),
        Just("Officials said \"it is over\" and killed five people last week — 🚢 «ok».".to_string()),
        "[a-zA-Z0-9 .,;:'\"“”‘’()\\[\\]$%€—–-]{0,80}",
        // Soup of the words the date, number and quote readers look for, so
        // their look-aheads meet every kind of ending.
        "((Tuesday|Sunday's|May|June|Jan\\.|3|19|31st|2024|6/26/2024|\\(|\\)|,|said|told|according|to|“|”|\"|‘|’|killed|five|one|a|dozen|\\$40bn|30-40|86-11|percent|last|week|ago|two|days|after|before|Mr\\.|U\\.S\\.|By|Edited|by|Source:|\\[|\\]|/|Photo|at|least|were|injured|he|The) ?){0,14}",
        "\\PC{0,40}",
    ]
}

fn article_strategy() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line_strategy(), 0..25),
        prop::collection::vec(prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n")], 25),
    )
        .prop_map(|(lines, breaks)| {
            let mut s = String::new();
            for (i, l) in lines.iter().enumerate() {
                s.push_str(l);
                s.push_str(breaks[i % breaks.len()]);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_inputs_tile_and_never_panic(text in article_strategy()) {
        match parallax::parse(&text, &ParseOptions::default()) {
            Ok(a) => {
                assert_lines_tile(&a);
                assert_spans_valid(&a);
            }
            Err(e) => prop_assert!(text.trim().is_empty(), "only empty input may fail, got {e}"),
        }
    }
}
