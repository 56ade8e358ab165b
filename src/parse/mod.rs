//! Parsing: raw input (pasted text or a saved HTML page) to an [`Article`].
//!
//! Both formats end in the same place. The format-specific stage decides what
//! each line of the text is (title, byline, caption, body, boilerplate...);
//! the shared stages then split the body into paragraphs and sentences and
//! find quotes, entities, numbers and dates in it.

pub mod build;
pub mod captions;
pub mod citations;
pub mod credits;
pub mod dates;
pub mod entities;
pub mod hedges;
pub mod hidden;
#[cfg(feature = "html")]
pub mod html;
pub mod language;
pub mod numbers;
pub mod outlet;
pub mod quotes;
pub mod sentences;
pub mod text;
pub mod tokens;

/// The eight-bytes-at-once tests, where `parse/text.rs` still looks for them
/// (they live in the lexicon).
pub(crate) use crate::lexicon::bytewise;

use crate::error::{Error, ErrorKind};
use crate::lexicon::hash::fnv1a;
use crate::model::{Article, InputFormat, ParseOptions};

/// The largest input accepted, in bytes of UTF-8. News articles are rarely
/// over 100 kB of text; saved pages with inline images can reach a few MB.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Parses one article, and marks the characters in it a reader cannot see.
pub fn parse(input: &str, options: &ParseOptions) -> Result<Article, Error> {
    parse_format(input, options).map(hidden::flagged)
}

fn parse_format(input: &str, options: &ParseOptions) -> Result<Article, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "This input is {:.1} MB; Parallax accepts at most {} MB per article. Split it or remove embedded images.",
                input.len() as f64 / 1_048_576.0,
                MAX_INPUT_BYTES / 1_048_576
            ),
        ));
    }
    if input.trim().is_empty() {
        return Err(Error::new(
            ErrorKind::EmptyInput,
            "The input is empty: paste an article's text or choose a .txt or .html file.",
        ));
    }
    match resolve_format(input, options) {
        InputFormat::Html => parse_html(input, options),
        _ => text::parse(input, options),
    }
}

#[cfg(feature = "html")]
fn parse_html(input: &str, options: &ParseOptions) -> Result<Article, Error> {
    html::parse(input, options)
}

/// Without the `html` feature (the page's core wasm), a page is refused with
/// a message naming what reads it: the HTML module, which the page loads
/// the first time a page arrives.
#[cfg(not(feature = "html"))]
fn parse_html(_input: &str, _options: &ParseOptions) -> Result<Article, Error> {
    Err(Error::new(ErrorKind::InvalidArgument, WITHOUT_HTML))
}

/// The message of [`parse_html`] without the `html` feature.
#[cfg(not(feature = "html"))]
pub const WITHOUT_HTML: &str =
    "This input is an HTML page, and this build of Parallax reads text only: \
     HTML pages are read by Parallax's HTML module (html/parallax_html.js beside parallax.js), \
     or by a build with the `html` feature.";

/// Parses bytes from a file. HTML is decoded by the charset the page
/// declares; text as UTF-8. Invalid sequences become U+FFFD and the article
/// carries a warning saying so.
pub fn parse_bytes(input: &[u8], options: &ParseOptions) -> Result<Article, Error> {
    if bytes_format(input, options) == InputFormat::Html {
        #[cfg(feature = "html")]
        // (html::parse_bytes parses through `parse`, which flags hidden
        // characters once, as the text branch below does.)
        return html::parse_bytes(input, options);
        #[cfg(not(feature = "html"))]
        return Err(Error::new(ErrorKind::InvalidArgument, WITHOUT_HTML));
    }
    let decoded = String::from_utf8_lossy(input);
    let lossy = matches!(decoded, std::borrow::Cow::Owned(_));
    let mut article = parse(&decoded, options)?;
    if lossy {
        article.warnings.push(
            "The file is not valid UTF-8; unreadable bytes were replaced with \u{FFFD}."
                .to_string(),
        );
    }
    Ok(article)
}

/// [`resolve_format`] for a file's bytes, from its first 1024 (read as UTF-8
/// with replacement): what [`parse_bytes`] decides, before decoding.
pub fn bytes_format(input: &[u8], options: &ParseOptions) -> InputFormat {
    let head = String::from_utf8_lossy(&input[..input.len().min(1024)]);
    resolve_format(&head, options)
}

/// Picks the format for `auto`: a file name ending in .htm(l) or content that
/// opens with markup is HTML, anything else is text.
pub fn resolve_format(input: &str, options: &ParseOptions) -> InputFormat {
    match options.format {
        InputFormat::Auto => {}
        explicit => return explicit,
    }
    if let Some(name) = &options.file_name {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            return InputFormat::Html;
        }
        if lower.ends_with(".txt") {
            return InputFormat::Text;
        }
    }
    let head: String = input
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    let looks_like_markup = head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml")
        || head.starts_with("<head")
        || head.starts_with("<body")
        // A fragment must hold a whole tag: pasted text that merely opens
        // with "<p" and a line break ("<p\nThe harbour …") is text, and read
        // as HTML it would be refused for having no article.
        || (head.starts_with('<') && head.contains('>') && (head.contains("<p") || head.contains("<div") || head.contains("<article")));
    if looks_like_markup {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

/// A stable identifier for an input: FNV-1a over its bytes, in hex. Used when
/// the caller gives no id, so re-parsing the same text gives the same id.
pub fn content_id(input: &str) -> String {
    format!("{:016x}", fnv1a(input.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_is_the_hash_in_sixteen_hex_digits() {
        assert_eq!(content_id(""), "cbf29ce484222325");
        assert_eq!(content_id("a"), "af63dc4c8601ec8c");
        assert_eq!(
            content_id("Résumé — 2024"),
            format!("{:016x}", fnv1a("Résumé — 2024".as_bytes()))
        );
    }

    #[test]
    fn auto_reads_markup_as_html_and_a_stray_angle_bracket_as_text() {
        let auto = ParseOptions::default();
        assert_eq!(resolve_format("<p>The harbour closed.</p>", &auto), InputFormat::Html);
        assert_eq!(resolve_format("<!DOCTYPE html><title>x</title>", &auto), InputFormat::Html);
        // Found by tests/parse_properties: "<p\n" was sniffed as HTML and refused.
        assert_eq!(
            resolve_format("<p\nThe harbour closed on Tuesday.\n", &auto),
            InputFormat::Text
        );
        assert!(parse("<p\nThe harbour closed on Tuesday.\n", &auto).is_ok());
    }
}
