//! Articles cut from the fuzz input, compared, then each highlighted with
//! the comparison: segments tile the text and the HTML escapes it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::model::{CompareOptions, HighlightOptions, ParseOptions};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let articles: Vec<_> = common::split_inputs(data, 3)
        .iter()
        .filter_map(|text| parallax::parse(text, &ParseOptions::default()).ok())
        .collect();
    let comparison = parallax::compare(&articles, &CompareOptions::default()).ok();
    for (i, article) in articles.iter().enumerate() {
        let alone = parallax::highlight(article, None, &HighlightOptions::default()).expect("highlight alone fails");
        common::assert_highlighted(article, &alone);
        if let Some(c) = &comparison {
            let options = HighlightOptions { article_index: Some(i), ..Default::default() };
            let marked = parallax::highlight(article, Some(c), &options).expect("highlight with the comparison fails");
            common::assert_highlighted(article, &marked);
        }
    }
});
