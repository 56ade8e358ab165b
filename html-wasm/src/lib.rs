//! Parallax's HTML module: `parse(page, options)` for saved HTML pages, in a
//! wasm of its own so the page's core stays small (see html-wasm/Cargo.toml).
//!
//! It parses exactly as the full crate does (`parallax::parse` with the
//! `html` feature), except that a page given as bytes is decoded by the
//! browser's `TextDecoder`: the charset is still found here (BOM, then the
//! `<meta>` prescan, else UTF-8), and `TextDecoder` follows the same WHATWG
//! Encoding Standard as encoding_rs, whose decoders would otherwise add
//! about 130 KB gzipped.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

use encoding_rs::{Encoding, UTF_8};
use parallax::internals::declared_encoding;

/// The encoding a page's bytes declare: a byte-order mark first, then a
/// `<meta>` charset in the first 1024 bytes, else UTF-8 (the rule of
/// `parallax`'s charset module, which decodes natively).
pub fn page_encoding(head: &[u8]) -> &'static Encoding {
    Encoding::for_bom(head)
        .map(|(encoding, _)| encoding)
        .or_else(|| declared_encoding(head))
        .unwrap_or(UTF_8)
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use super::page_encoding;
    use parallax::internals::{parse_decoded, Decoded};
    use parallax::model::ParseOptions;
    use parallax::wasm::convert::{core_error, from_js, to_js};
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(typescript_custom_section)]
    const SIGNATURES: &str = r#"
/**
 * Parses one saved HTML page, from its text or from a file's bytes (decoded
 * by the charset the page declares, with replacement characters and a
 * warning for invalid bytes). The core's parse() sends pages here.
 * @throws {Error} when the input is empty, too large or holds no article.
 */
export function parse(input: string | Uint8Array, options?: ParseOptions | null): Article;
"#;

    /// Runs once when the module is instantiated.
    #[wasm_bindgen(start, skip_typescript)]
    fn on_load() {
        #[cfg(feature = "panic-hook")]
        parallax::wasm::convert::install_panic_hook();
    }

    /// Parses a page from a string or from a file's bytes (`Uint8Array`).
    #[wasm_bindgen(skip_typescript)]
    pub fn parse(input: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
        let options: ParseOptions = from_js(options, "The parse options")?;
        let article = if let Some(text) = input.as_string() {
            parallax::parse(&text, &options)
        } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
            parse_decoded(decode(bytes)?, &options)
        } else {
            return Err(JsError::new(
                "parse() needs the page as a string or a Uint8Array of its bytes.",
            ));
        };
        to_js(&article.map_err(core_error)?)
    }

    /// The page's metadata as the reader resolves it: `htmlMetadata(html, url?)`.
    #[wasm_bindgen(js_name = htmlMetadata, unchecked_return_type = "PageMetadata")]
    pub fn html_metadata(html: &str, url: Option<String>) -> Result<JsValue, JsError> {
        to_js(&parallax::internals::page_metadata(html, url.as_deref()))
    }

    /// Decodes with `TextDecoder`, straight from the JS bytes (they are not
    /// copied into wasm first). A strict pass tells whether any bytes are
    /// invalid; only then is the page decoded again with replacement.
    fn decode(bytes: &js_sys::Uint8Array) -> Result<Decoded<'static>, JsError> {
        let head = bytes.subarray(0, bytes.length().min(1024)).to_vec();
        let encoding = page_encoding(&head);
        let failed = |e: JsValue| {
            JsError::new(&format!(
                "The page's bytes could not be decoded as {}: {}",
                encoding.name(),
                e.as_string().unwrap_or_else(|| "TextDecoder failed".into())
            ))
        };
        let strict = web_sys::TextDecoderOptions::new();
        strict.set_fatal(true);
        let decoder = web_sys::TextDecoder::new_with_label_and_options(encoding.name(), &strict)
            .map_err(failed)?;
        let (text, had_errors) = match decoder.decode_with_js_u8_array(bytes) {
            Ok(text) => (text, false),
            Err(_) => {
                let lenient =
                    web_sys::TextDecoder::new_with_label(encoding.name()).map_err(failed)?;
                (lenient.decode_with_js_u8_array(bytes).map_err(failed)?, true)
            }
        };
        Ok(Decoded { text: text.into(), encoding: encoding.name(), had_errors })
    }
}

#[cfg(test)]
mod tests {
    use super::page_encoding;

    #[test]
    fn bom_then_meta_then_utf8() {
        assert_eq!(page_encoding(b"\xEF\xBB\xBF<meta charset=latin1>").name(), "UTF-8");
        assert_eq!(page_encoding(b"\xFF\xFE<\x00").name(), "UTF-16LE");
        assert_eq!(page_encoding(b"<meta charset=\"ISO-8859-1\"><p>x").name(), "windows-1252");
        assert_eq!(page_encoding(b"<p>plain</p>").name(), "UTF-8");
    }
}
