//! Timing hooks for `./x bench` (feature `bench`, only in the node build in
//! target/pkg-node): the parse without its result crossing to JavaScript,
//! and with the tape written but not decoded, so bench/bench.mjs can split
//! the time of `parse` into the core, writing the tape and decoding it; and
//! the same stages for `compare`, which first reads its articles from
//! JavaScript.

use super::convert::{core_error, from_js_required};
use super::tape;
use crate::model::{Article, CompareOptions, ParseOptions};
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

/// Compares `articles` as `compare` does and stops after `stage`: 0 only
/// reads the articles from JavaScript, 1 also compares them, 2 also writes
/// the tape. Returns a count so the work cannot be skipped.
#[wasm_bindgen(js_name = benchCompare)]
pub fn bench_compare(articles: JsValue, stage: u32) -> Result<usize, JsError> {
    let articles: Vec<Article> = from_js_required(articles, "The list of articles")?;
    if stage == 0 {
        return Ok(articles.len());
    }
    let c = super::convert::compare_articles(&articles, &CompareOptions::default())?;
    if stage == 1 {
        return Ok(c.events.len());
    }
    let tape = tape::write(&c).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(tape.words.len() + tape.strings.len())
}

/// Compares `articles` as `compare` does, the result handed to JavaScript
/// too, and returns how long each step took in milliseconds by the
/// JavaScript clock: `[[step, ms], …]`, from reading the articles in to
/// handing the result out.
#[wasm_bindgen(js_name = benchCompareSteps)]
pub fn bench_compare_steps(articles: JsValue) -> Result<JsValue, JsError> {
    let started = js_sys::Date::now();
    let articles: Vec<Article> = from_js_required(articles, "The list of articles")?;
    let read = js_sys::Date::now();
    super::convert::reserve_for_compare(&articles);
    let mut last = js_sys::Date::now();
    let mut steps: Vec<(&str, f64)> =
        vec![("articles read in", read - started), ("memory reserved", last - read)];
    let c = crate::internals::compare_timed(&articles, &CompareOptions::default(), &mut |step| {
        let now = js_sys::Date::now();
        steps.push((step, now - last));
        last = now;
    })
    .map_err(core_error)?;
    let out = super::convert::to_js(&c)?;
    steps.push(("result out", js_sys::Date::now() - last));
    std::hint::black_box(out);
    super::convert::to_js(&steps)
}
