//! The exported functions (wasm32 only).

#[cfg(feature = "panic-hook")]
use super::convert::install_panic_hook;
use super::convert::{core_error, from_js, from_js_required, to_js};
use crate::model::{Article, CompareOptions, InputFormat, ParseOptions};
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
 * How parse() would read an input: "html" for a saved page, else "text".
 * Builds without the HTML reader (the page's core) refuse HTML in parse();
 * the page sends such inputs to the HTML module instead.
 */
export function inputFormat(input: string | Uint8Array, options?: ParseOptions | null): "html" | "text";
/**
 * Compares parsed articles; findings refer to articles by their index in `articles`.
 * @throws {Error} when an article is malformed or there are too many.
 */
export function compare(articles: Article[], options?: CompareOptions | null): Comparison;
"#;

/// Runs once when the module is instantiated.
#[wasm_bindgen(start, skip_typescript)]
fn on_load() {
    #[cfg(feature = "panic-hook")]
    install_panic_hook();
}

/// Parses one article from a string, or from the bytes of a file
/// (`Uint8Array`), which are decoded as UTF-8 with replacement.
#[wasm_bindgen(skip_typescript)]
pub fn parse(input: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    let options: ParseOptions = from_js(options, "The parse options")?;
    to_js(&parse_input(&input, &options)?)
}

/// The one way text and bytes become an article, for [`parse`] and
/// `Workspace.parse`: a string goes to [`crate::parse`], bytes to
/// [`crate::parse_bytes`], which decodes them and then parses the same way.
pub(super) fn parse_input(input: &JsValue, options: &ParseOptions) -> Result<Article, JsError> {
    let article = if let Some(text) = input.as_string() {
        crate::parse(&text, options)
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        crate::parse_bytes(&bytes.to_vec(), options)
    } else {
        return Err(JsError::new(
            "parse() needs the article as a string or a Uint8Array of its bytes.",
        ));
    };
    article.map_err(core_error)
}

/// How [`parse`] would read an input: "html" or "text".
#[wasm_bindgen(js_name = inputFormat, skip_typescript)]
pub fn input_format(input: JsValue, options: Option<JsValue>) -> Result<String, JsError> {
    let options: ParseOptions = from_js(options, "The parse options")?;
    let format = if let Some(text) = input.as_string() {
        crate::parse::resolve_format(&text, &options)
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        let head = bytes.subarray(0, bytes.length().min(1024)).to_vec();
        crate::parse::bytes_format(&head, &options)
    } else {
        return Err(JsError::new(
            "inputFormat() needs the article as a string or a Uint8Array of its bytes.",
        ));
    };
    Ok(if format == InputFormat::Html { "html" } else { "text" }.to_string())
}

/// Compares parsed articles.
#[wasm_bindgen(skip_typescript)]
pub fn compare(articles: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    let articles: Vec<Article> = from_js_required(articles, "The list of articles")?;
    let options: CompareOptions = from_js(options, "The compare options")?;
    to_js(&super::convert::compare_articles(&articles, &options)?)
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

/// The metadata reader for JavaScript: `htmlMetadata(html, url?)`. Only in
/// builds with the `html` feature; the page's core leaves it to the HTML
/// module.
#[cfg(feature = "html")]
#[wasm_bindgen(js_name = htmlMetadata, unchecked_return_type = "PageMetadata")]
pub fn html_metadata(html: &str, url: Option<String>) -> Result<JsValue, JsError> {
    to_js(&crate::parse::html::page_metadata(html, url.as_deref()))
}
