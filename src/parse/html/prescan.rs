//! One linear pass over the markup before it reaches the HTML parser, to take
//! out what would make the later stages slow or deep rather than wrong.
//!
//! * **Nesting.** A tree 10,000 elements deep is legal HTML, but extractors
//!   walk trees recursively and WebAssembly has a small stack. Tags nested
//!   deeper than [`MAX_DEPTH`] are dropped (their text is kept), which flattens
//!   the excess wrappers without losing words.
//! * **Inline data.** Saved pages embed images as `data:` URLs of several MB.
//!   They carry no text, so long ones are shortened to an empty `data:,` URL
//!   and never copied through the parser and extractors.
//!
//! Raw-text elements (`script`, `style`, `textarea`, `title`) and comments are
//! copied through untouched, since a `<` inside them is not a tag.

use std::borrow::Cow;

/// Deeper than any real article layout (news pages stay under ~60 levels).
pub const MAX_DEPTH: usize = 256;

/// `data:` URLs longer than this are replaced; icons and spacer GIFs stay.
const MAX_DATA_URL: usize = 2048;

/// Elements that never have content, and so never deepen the tree.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "isindex",
];

/// Elements whose end tag may be left out: the parser closes them itself, so
/// counting their start tags would overstate the depth of ordinary pages.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// What the pass changed, for the article's warnings.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub deepest: usize,
    pub flattened_tags: usize,
    pub shortened_data_urls: usize,
}

/// Returns the markup with excess nesting and long data URLs removed. The
/// input is borrowed unchanged when there was nothing to do.
pub fn prepare(html: &str) -> (Cow<'_, str>, Report) {
    let bytes = html.as_bytes();
    let mut report = Report::default();
    // Built lazily: most pages need no change.
    let mut out: Option<String> = None;
    let mut copied_to = 0; // bytes of `html` already accounted for in `out`
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let Some(lt) = memchr(b'<', &bytes[i..]) else { break };
        i += lt;
        if bytes[i..].starts_with(b"<!--") {
            i = find(&bytes[i + 4..], b"-->").map_or(bytes.len(), |p| i + 4 + p + 3);
            continue;
        }
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_start = if closing { i + 2 } else { i + 1 };
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
                .count();
        if name_end == name_start || !bytes[name_start].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let name = html[name_start..name_end].to_ascii_lowercase();
        let tag_end = tag_end(bytes, name_end);
        let self_closing = tag_end >= 2 && bytes[tag_end - 2] == b'/';
        // Shorten long data URLs inside this tag's attributes.
        let mut scan = name_end;
        while let Some(p) = find(&bytes[scan..tag_end], b"data:") {
            let value_start = scan + p;
            let quote = if value_start > 0 { bytes[value_start - 1] } else { b' ' };
            let value_end = if quote == b'"' || quote == b'\'' {
                memchr(quote, &bytes[value_start..tag_end]).map_or(tag_end, |q| value_start + q)
            } else {
                value_start
                    + bytes[value_start..tag_end]
                        .iter()
                        .take_while(|b| !b.is_ascii_whitespace() && **b != b'>')
                        .count()
            };
            if value_end - value_start > MAX_DATA_URL {
                let buffer = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
                buffer.push_str(&html[copied_to..value_start]);
                buffer.push_str("data:,");
                copied_to = value_end;
                report.shortened_data_urls += 1;
            }
            scan = value_end.max(value_start + 5);
        }
        let counts = !VOID.contains(&name.as_str())
            && !OPTIONAL_END.contains(&name.as_str())
            && !self_closing;
        if counts {
            let too_deep = if closing {
                let was = depth;
                depth = depth.saturating_sub(1);
                was > MAX_DEPTH
            } else {
                depth += 1;
                report.deepest = report.deepest.max(depth);
                depth > MAX_DEPTH
            };
            if too_deep {
                let buffer = out.get_or_insert_with(|| String::with_capacity(html.len()));
                if copied_to < i {
                    buffer.push_str(&html[copied_to..i]);
                }
                copied_to = tag_end;
                report.flattened_tags += 1;
            }
        }
        i = tag_end;
        if !closing
            && matches!(
                name.as_str(),
                "script" | "style" | "textarea" | "title" | "xmp" | "noembed" | "noframes"
            )
        {
            let end_tag = format!("</{name}");
            let lower_rest = RawEnd { bytes, from: i };
            i = lower_rest.find_ignoring_case(end_tag.as_bytes()).unwrap_or(bytes.len());
        }
    }
    match out {
        None => (Cow::Borrowed(html), report),
        Some(mut buffer) => {
            buffer.push_str(&html[copied_to..]);
            (Cow::Owned(buffer), report)
        }
    }
}

/// The index just past the `>` that ends the tag whose name ends at `from`,
/// skipping `>` inside quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => {
                // Only a quote right after `=` (and spaces) opens a value.
                let before = bytes[from..i].iter().rev().find(|c| !c.is_ascii_whitespace());
                if before == Some(&b'=') {
                    quote = Some(b);
                }
            }
            None if b == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    bytes.len()
}

struct RawEnd<'a> {
    bytes: &'a [u8],
    from: usize,
}

impl RawEnd<'_> {
    fn find_ignoring_case(&self, needle: &[u8]) -> Option<usize> {
        let mut i = self.from;
        while let Some(p) = memchr(b'<', &self.bytes[i..]) {
            let at = i + p;
            if self.bytes.len() - at >= needle.len()
                && self.bytes[at..at + needle.len()].eq_ignore_ascii_case(needle)
            {
                return Some(at);
            }
            i = at + 1;
        }
        None
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    let first = needle[0];
    let mut i = 0;
    while let Some(p) = memchr(first, &haystack[i..haystack.len() - needle.len() + 1]) {
        let at = i + p;
        if &haystack[at..at + needle.len()] == needle {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_through_borrowed() {
        let page = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><img src=\"data:image/gif;base64,R0lG\"></body></html>";
        let (out, report) = prepare(page);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(report.flattened_tags, 0);
        assert_eq!(report.deepest, 2);
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let page = format!(
            "<body>{}<p>deep words</p>{}</body>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        let (out, report) = prepare(&page);
        assert_eq!(report.deepest, 10_000);
        assert_eq!(report.flattened_tags, 2 * (10_000 - MAX_DEPTH));
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("<p>deep words</p>"));
    }

    #[test]
    fn long_data_urls_are_shortened() {
        let blob = "A".repeat(100_000);
        let page = format!(
            "<p>before</p><img alt='x > y' src=\"data:image/png;base64,{blob}\"><p>after</p>"
        );
        let (out, report) = prepare(&page);
        assert_eq!(report.shortened_data_urls, 1);
        assert_eq!(out, "<p>before</p><img alt='x > y' src=\"data:,\"><p>after</p>");
    }

    #[test]
    fn script_contents_are_not_tags() {
        let page = format!("<script>var s = '{}';</script><p>x</p>", "<div>".repeat(1000));
        let (out, report) = prepare(&page);
        assert!(matches!(out, Cow::Borrowed(_)));
        // Only the script element itself.
        assert_eq!(report.deepest, 1);
    }
}
