//! The exported functions (wasm32 only).

use super::tape;
use crate::model::{Article, CompareOptions, Comparison, HighlightOptions, ParseOptions};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const SIGNATURES: &str = r#"
/**
 * Parses one article from its text, or from a file's bytes (decoded as UTF-8,
 * with replacement characters and a warning for invalid bytes).
 * @throws {Error} when the input is empty, too large or holds no article.
 */
export function parse(input: string | Uint8Array, options?: ParseOptions | null): Article;
/**
 * Compares parsed articles; findings refer to articles by their index in `articles`.
 * @throws {Error} when an article is malformed or there are too many.
 */
export function compare(articles: Article[], options?: CompareOptions | null): Comparison;
/**
 * Cuts an article into segments that tile its text, with the findings of
 * `comparison` (if given) as layers, and renders them as escaped HTML.
 * @throws {Error} when `options.articleIndex` does not fit the comparison.
 */
export function highlight(article: Article, comparison?: Comparison | null, options?: HighlightOptions | null): Highlighted;
"#;

/// Runs once when the module is instantiated.
#[wasm_bindgen(start, skip_typescript)]
fn on_load() {
    #[cfg(feature = "panic-hook")]
    install_panic_hook();
}

/// Sends a panic's message, with the JS stack at the point of the panic, to
/// `console.error`. Without it a panic reaches the console only as
/// "RuntimeError: unreachable", which no one can act on. `start` runs once
/// per instance, but a hook is process-wide, so a [`std::sync::Once`] keeps
/// it to one.
#[cfg(feature = "panic-hook")]
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into())
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            let message = format!("parallax panicked: {info}\n\nStack:\n{stack}");
            web_sys::console::error_1(&message.into());
        }));
    });
}

#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    /// Rebuilds the value [`tape::write`] wrote, as plain JS objects.
    #[wasm_bindgen(js_name = decodeTape, catch)]
    fn decode_tape(words: &[u32], floats: &[f64], strings: &str) -> Result<JsValue, JsValue>;
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let failed = |e: &dyn std::fmt::Display| {
        JsError::new(&format!("Parallax could not convert its result for JavaScript: {e}"))
    };
    let tape = tape::write(value).map_err(|e| failed(&e))?;
    decode_tape(&tape.words, &tape.floats, &tape.strings).map_err(|thrown| {
        failed(
            &thrown
                .dyn_into::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default(),
        )
    })
}

/// Reads an optional argument: `undefined` and `null` give the default.
fn from_js<T: DeserializeOwned + Default>(
    value: Option<JsValue>,
    what: &str,
) -> Result<T, JsError> {
    match value {
        Some(value) if !value.is_undefined() && !value.is_null() => from_js_required(value, what),
        _ => Ok(T::default()),
    }
}

fn from_js_required<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("{what} is not valid: {e}")))
}

fn core_error(error: crate::Error) -> JsError {
    JsError::new(error.message())
}

/// Parses one article from a string, or from the bytes of a file
/// (`Uint8Array`), which are decoded as UTF-8 with replacement.
#[wasm_bindgen(skip_typescript)]
pub fn parse(input: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    let options: ParseOptions = from_js(options, "The parse options")?;
    let article = if let Some(text) = input.as_string() {
        crate::parse(&text, &options)
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        crate::parse_bytes(&bytes.to_vec(), &options)
    } else {
        return Err(JsError::new(
            "parse() needs the article as a string or a Uint8Array of its bytes.",
        ));
    };
    to_js(&article.map_err(core_error)?)
}

/// Compares parsed articles.
#[wasm_bindgen(skip_typescript)]
pub fn compare(articles: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    let articles: Vec<Article> = from_js_required(articles, "The list of articles")?;
    let options: CompareOptions = from_js(options, "The compare options")?;
    to_js(&crate::compare(&articles, &options).map_err(core_error)?)
}

/// Cuts an article into highlighted segments, using a comparison's findings
/// when one is given.
#[wasm_bindgen(skip_typescript)]
pub fn highlight(
    article: JsValue,
    comparison: Option<JsValue>,
    options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let article: Article = from_js_required(article, "The article")?;
    let comparison: Option<Comparison> = match comparison {
        Some(value) if !value.is_undefined() && !value.is_null() => {
            Some(from_js_required(value, "The comparison")?)
        }
        _ => None,
    };
    let options: HighlightOptions = from_js(options, "The highlight options")?;
    to_js(&crate::highlight(&article, comparison.as_ref(), &options).map_err(core_error)?)
}

/// How alike two sentences are, from 0 to 1: the scorer sentence alignment
/// uses.
#[wasm_bindgen(js_name = sentenceSimilarity)]
pub fn sentence_similarity(a: &str, b: &str) -> f64 {
    crate::sentence_similarity(a, b)
}

/// The version of the Parallax core.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// A word-level diff of two near-identical texts, with UTF-16 spans into each.
#[wasm_bindgen(unchecked_return_type = "TextDiff")]
pub fn diff(a: &str, b: &str) -> Result<JsValue, JsError> {
    to_js(&crate::diff(a, b))
}

/// The metadata reader for JavaScript: `htmlMetadata(html, url?)`.
#[wasm_bindgen(js_name = htmlMetadata, unchecked_return_type = "PageMetadata")]
pub fn html_metadata(html: &str, url: Option<String>) -> Result<JsValue, JsError> {
    to_js(&crate::parse::html::page_metadata(html, url.as_deref()))
}
