//! Bytes have one parse entry point: `parse_bytes` flags hidden characters
//! once, in `parse`, for HTML as for text, so the decoding warning comes
//! after the hidden-character warning in both (as the wasm HTML reader,
//! which parses decoded text, gives it). Flagging HTML a second time moved
//! the hidden-character warning after the decoding one.
#![cfg(feature = "html")]

use parallax::parse_bytes;

/// A bidi override in the body (a hidden character the HTML reader keeps),
/// and one byte that is not UTF-8.
fn with_hidden_and_bad_byte(prefix: &str, suffix: &str) -> Vec<u8> {
    let mut bytes = prefix.as_bytes().to_vec();
    bytes.extend_from_slice(
        "The harbour reopened on Monday after the storm \u{202E}x\u{202C} ferries ran again by noon."
            .as_bytes(),
    );
    bytes.push(0xff);
    bytes.extend_from_slice(suffix.as_bytes());
    bytes
}

fn last_warning_is_about_bytes(bytes: &[u8]) {
    let article = parse_bytes(bytes, &Default::default()).unwrap();
    let hidden = article.warnings.iter().position(|w| w.starts_with("The text holds "));
    let decoding = article.warnings.iter().position(|w| w.contains("replaced with \u{FFFD}"));
    assert!(hidden.is_some() && decoding.is_some(), "{:?}", article.warnings);
    assert!(hidden < decoding, "hidden-character warning first: {:?}", article.warnings);
}

#[test]
fn text_bytes_warn_of_hidden_characters_then_of_bad_bytes() {
    last_warning_is_about_bytes(&with_hidden_and_bad_byte("Harbour reopens\n\n", "\n"));
}

#[test]
fn html_bytes_warn_in_the_same_order() {
    last_warning_is_about_bytes(&with_hidden_and_bad_byte(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>",
        "</p><p>Officials said the quay would stay open through the week.</p></article></body></html>",
    ));
}
