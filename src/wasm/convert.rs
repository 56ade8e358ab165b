//! Converting values and errors between Rust and JavaScript, for the core's
//! exports ([`super::exports`]) and the HTML module's (html-wasm/), which
//! depends on this crate without them.

use super::tape;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Sends a panic's message, with the JS stack at the point of the panic, to
/// `console.error`. Without it a panic reaches the console only as
/// "RuntimeError: unreachable", which no one can act on. `start` runs once
/// per instance, but a hook is process-wide, so a [`std::sync::Once`] keeps
/// it to one.
#[cfg(feature = "panic-hook")]
pub fn install_panic_hook() {
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

/// A result as plain JS objects, through the tape (see the module docs of
/// [`super`]).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
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

/// Bytes of wasm memory a comparison uses per byte of article text, about:
/// on ECB+, compare and its result grew memory by 8, 23, 54 and 113 MB for
/// 100, 250, 500 and 982 articles (0.15, 0.45, 0.84 and 1.79 MB of text).
const COMPARE_BYTES_PER_TEXT_BYTE: usize = 64;

/// Grows the wasm memory once, by about what comparing `articles` will
/// allocate, before compare allocates it piece by piece. The allocator grows
/// memory by as little as it needs each time, and each `memory.grow` costs
/// V8 more as memory gets larger: on the first comparison of 982 ECB+
/// articles under node, those hundreds of small grows took about a quarter
/// of the time (the document similarity step alone 0.5-0.9 s against 0.05 s
/// once grown). The block is freed at once; the allocator keeps the memory
/// and hands it out again, so a later comparison of the same size grows
/// nothing, and one that needs less does not touch it. When the memory
/// cannot grow that far, nothing is reserved and compare grows as before.
pub fn reserve_for_compare(articles: &[crate::model::Article]) {
    let text: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut block: Vec<u8> = Vec::new();
    let _ = block.try_reserve_exact(text.saturating_mul(COMPARE_BYTES_PER_TEXT_BYTE).min(1 << 30));
}

/// [`crate::compare`] as every wasm entry point runs it: memory reserved
/// first ([`reserve_for_compare`]), the core's error made a JavaScript one.
pub fn compare_articles(
    articles: &[crate::model::Article],
    options: &crate::model::CompareOptions,
) -> Result<crate::model::Comparison, JsError> {
    reserve_for_compare(articles);
    crate::compare(articles, options).map_err(core_error)
}

/// Reads an optional argument: `undefined` and `null` give the default.
pub fn from_js<T: DeserializeOwned + Default>(
    value: Option<JsValue>,
    what: &str,
) -> Result<T, JsError> {
    match value {
        Some(value) if !value.is_undefined() && !value.is_null() => from_js_required(value, what),
        _ => Ok(T::default()),
    }
}

/// Reads a required argument (see [`super::reader`]); `what` names it in
/// the error.
pub fn from_js_required<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    super::reader::read(value).map_err(|e| JsError::new(&format!("{what} is not valid: {e}")))
}

/// The core's error as a thrown JS `Error` with its message.
pub fn core_error(error: crate::Error) -> JsError {
    JsError::new(error.message())
}
