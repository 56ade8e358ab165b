//! Any bytes, parsed as a saved HTML page: no panic, no hang, valid spans
//! into the extracted text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::model::{InputFormat, ParseOptions};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let options = ParseOptions { format: InputFormat::Html, ..Default::default() };
    if let Ok(article) = parallax::parse_bytes(data, &options) {
        common::assert_article(&article);
    }
    // Auto-detection must agree with itself on the same bytes.
    let _ = parallax::parse_bytes(data, &ParseOptions::default());
});
