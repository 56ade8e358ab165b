//! Decoding a saved page's bytes by the charset the page declares.
//!
//! Browsers decide a page's encoding from a byte-order mark, then from a
//! `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024
//! bytes (the HTML "prescan"). Saved pages from older news sites still declare
//! windows-1252 or ISO-8859-1, and reading them as UTF-8 would turn every
//! curly quote into U+FFFD, so the same rule is followed here. The labels are
//! resolved by `encoding_rs`, which implements the WHATWG Encoding Standard
//! (where "iso-8859-1" means windows-1252, as in every browser).

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// How far into the page a charset declaration is looked for, as browsers do.
const PRESCAN_BYTES: usize = 1024;

/// The page's text and what was learnt while decoding it.
pub struct Decoded<'a> {
    /// The page decoded to UTF-8 (borrowed when it already was).
    pub text: Cow<'a, str>,
    /// The encoding's canonical name, e.g. "windows-1252".
    pub encoding: &'static str,
    /// True when some bytes could not be decoded and became U+FFFD.
    pub had_errors: bool,
}

/// Decodes `bytes` by BOM, then declared charset, else UTF-8.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| declared_encoding(bytes))
        .unwrap_or(UTF_8);
    // `decode` strips a BOM of the encoding it was given and sniffs a BOM first.
    let (text, used, had_errors) = encoding.decode(bytes);
    Decoded { text, encoding: used.name(), had_errors }
}

/// The encoding a `<meta>` in the first 1024 bytes declares, if any. UTF-16
/// declarations are read as UTF-8, as the HTML standard says (a page that
/// could declare it in ASCII is not UTF-16).
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(found) = find(&lower[from..], b"<meta") {
        let start = from + found + 5;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |p| start + p);
        let tag = &lower[start..end];
        if let Some(label) = charset_in(tag) {
            if let Some(encoding) = Encoding::for_label(label) {
                let encoding =
                    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                        UTF_8
                    } else {
                        encoding
                    };
                return Some(encoding);
            }
        }
        from = end;
    }
    None
}

/// The value after `charset=` inside one meta tag's attributes (this covers
/// both `charset="x"` and `content="text/html; charset=x"`).
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")?;
    let mut i = at + 7;
    while i < tag.len() && tag[i].is_ascii_whitespace() {
        i += 1;
    }
    if tag.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while i < tag.len() && (tag[i].is_ascii_whitespace() || tag[i] == b'"' || tag[i] == b'\'') {
        i += 1;
    }
    let start = i;
    while i < tag.len()
        && !matches!(tag[i], b'"' | b'\'' | b';' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'>')
    {
        i += 1;
    }
    (i > start).then(|| &tag[start..i])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_declared_in_meta_charset() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Caf\xe9\x94 \x96 ok</p></body></html>";
        let decoded = decode(page);
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.text.contains("\u{201c}Caf\u{e9}\u{201d} \u{2013} ok"));
        assert!(!decoded.had_errors);
    }

    #[test]
    fn iso_8859_1_in_http_equiv_means_windows_1252() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xefve \x80</p>";
        let decoded = decode(page);
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.text.contains("na\u{ef}ve \u{20ac}"));
    }

    #[test]
    fn bom_beats_declaration_and_utf8_is_default() {
        let mut page = vec![0xEF, 0xBB, 0xBF];
        page.extend_from_slice("<meta charset=latin1><p>é</p>".as_bytes());
        let decoded = decode(&page);
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.starts_with("<meta"));
        assert_eq!(decode("<p>“x”</p>".as_bytes()).encoding, "UTF-8");
    }

    #[test]
    fn declaration_after_the_prescan_window_is_ignored() {
        let mut page = vec![b' '; 1100];
        page.extend_from_slice(b"<meta charset=windows-1252>");
        assert!(declared_encoding(&page).is_none());
    }
}
