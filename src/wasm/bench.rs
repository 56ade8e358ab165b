//! Timing hooks for `./x bench` (feature `bench`, only in the node build in
//! target/pkg-node): the parse without its result crossing to JavaScript,
//! and with the tape written but not decoded, so bench/bench.mjs can split
//! the time of `parse` into the core, writing the tape and decoding it.

use super::tape;
use crate::model::ParseOptions;
use wasm_bindgen::prelude::*;

/// Parses `text` and stops after `stage`: 0 the core parse only, 1 also
/// writes the tape. Returns a count so the work cannot be skipped.
#[wasm_bindgen(js_name = benchParse)]
pub fn bench_parse(text: &str, stage: u32) -> Result<usize, JsError> {
    let article =
        crate::parse(text, &ParseOptions::default()).map_err(|e| JsError::new(e.message()))?;
    if stage == 0 {
        return Ok(article.sentences.len());
    }
    let tape = tape::write(&article).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(tape.words.len() + tape.strings.len())
}
