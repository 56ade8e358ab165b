//! Up to four articles cut from the fuzz input, compared: no panic, the
//! same result twice, and every reference points at a real sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::model::{CompareOptions, ParseOptions};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let articles: Vec<_> = common::split_inputs(data, 4)
        .iter()
        .filter_map(|text| parallax::parse(text, &ParseOptions::default()).ok())
        .collect();
    let options = CompareOptions::default();
    let Ok(first) = parallax::compare(&articles, &options) else { return };
    let again = parallax::compare(&articles, &options).expect("the second run fails where the first did not");
    assert_eq!(serde_json::to_string(&first).unwrap(), serde_json::to_string(&again).unwrap(), "compare is not deterministic");
    assert_eq!(first.articles.len(), articles.len());
    for al in &first.alignments {
        for side in [&al.a, &al.b] {
            let sentence = articles[side.article].sentences.get(side.sentence).expect("alignment to a missing sentence");
            assert_eq!(sentence.span, side.span);
        }
        assert!((0.0..=1.0).contains(&al.score), "score {} outside 0..1", al.score);
    }
});
