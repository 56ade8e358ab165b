//! Any bytes, parsed as a plain-text article: no panic, valid spans, every
//! character accounted for, and the hidden-character flags consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::model::{InputFormat, ParseOptions};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let options = ParseOptions { format: InputFormat::Text, ..Default::default() };
    if let Ok(article) = parallax::parse_bytes(data, &options) {
        common::assert_article(&article);
        assert_eq!(article.hidden, parallax::parse::hidden::find(&article.text));
    }
});
