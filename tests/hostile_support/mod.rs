//! Helpers for the hostile-input tests: the payload corpora and a checker
//! that highlight HTML carries nothing but Parallax's own markup.
#![allow(dead_code)]

use parallax::model::{Article, Highlighted};
use serde_json::Value;

/// One payload with where it came from, for failure messages.
pub struct Payload {
    pub id: String,
    pub text: String,
}

/// Our own corpus (tests/fixtures/hostile/payloads.json).
pub fn own_payloads() -> Vec<Payload> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile/payloads.json");
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("payloads.json"))
        .expect("valid JSON");
    json["payloads"]
        .as_array()
        .expect("a payloads array")
        .iter()
        .map(|p| Payload {
            id: p["id"].as_str().expect("id").to_string(),
            text: p["payload"].as_str().expect("payload").to_string(),
        })
        .collect()
}

/// DOMPurify's test payloads from ../shared, when present.
pub fn dompurify_payloads() -> Option<Vec<Payload>> {
    #[path = "../common/mod.rs"]
    mod common;
    let text = common::read_shared("corpora/xss/dompurify-payloads.json")?;
    let json: Value = serde_json::from_str(&text).expect("valid JSON");
    Some(
        json.as_array()
            .expect("an array")
            .iter()
            .enumerate()
            .map(|(i, p)| Payload {
                id: format!("dompurify #{i}: {}", p["title"].as_str().unwrap_or("")),
                text: p["payload"].as_str().unwrap_or("").to_string(),
            })
            .collect(),
    )
}

/// Every payload we have: ours, then DOMPurify's.
pub fn all_payloads() -> Vec<Payload> {
    let mut all = own_payloads();
    all.extend(dompurify_payloads().unwrap_or_default());
    all
}

/// Undoes the five escapes `highlight` applies.
pub fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Checks that `h.html` holds only `<span>` tags Parallax generated, with
/// attributes from a fixed alphabet, and that its text content, unescaped,
/// is the article text exactly (so every payload reads literally).
pub fn assert_html_is_inert(article: &Article, h: &Highlighted, what: &str) {
    let html = &h.html;
    let mut text = String::with_capacity(html.len());
    let mut rest = html.as_str();
    let mut depth = 0i32;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let tag_end = rest[open..]
            .find('>')
            .map(|e| open + e)
            .unwrap_or_else(|| panic!("{what}: unterminated tag in the HTML"));
        let tag = &rest[open..=tag_end];
        if tag == "</span>" {
            depth -= 1;
        } else {
            assert!(
                tag.starts_with("<span ") || tag == "<span>",
                "{what}: a tag Parallax did not write: {tag:?}"
            );
            let attributes = &tag[5..tag.len() - 1];
            assert!(
                attributes
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || " =\"-:".contains(c)),
                "{what}: unexpected characters in generated attributes: {tag:?}"
            );
            for (i, part) in attributes.split('"').enumerate() {
                if i % 2 == 0 {
                    let names = part.trim().trim_end_matches('=');
                    assert!(
                        names.is_empty()
                            || ["class", "data-sentence", "data-refs"].contains(&names),
                        "{what}: attribute {names:?} in {tag:?}"
                    );
                }
            }
            depth += 1;
        }
        assert!(depth >= 0, "{what}: </span> without <span>");
        rest = &rest[tag_end + 1..];
    }
    text.push_str(rest);
    assert_eq!(depth, 0, "{what}: unbalanced spans");
    assert!(!text.contains(['<', '>']), "{what}: an unescaped angle bracket in the HTML text");
    assert_eq!(unescape(&text), article.text, "{what}: the HTML does not read as the article text");
}
