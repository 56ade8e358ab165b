//! Saved HTML pages: the article's readable text and its metadata.
//!
//! The page is never rendered and nothing in it runs: it is only parsed
//! (html5ever, through `dom_query`), so this works natively, in the browser
//! and in a Web Worker alike, without `DOMParser`. The stages:
//!
//! 1. [`charset`] decodes bytes by the charset the page declares;
//! 2. [`prescan`] flattens absurd nesting and drops multi-MB inline images;
//! 3. [`metadata`] reads title, byline, site, date, dek and language, and
//!    finds the article's container (Readability's scoring);
//! 4. [`extract`] walks that container into typed blocks (paragraphs,
//!    subheads, quotations, list items, captions);
//! 5. [`furniture`] tells the article's blocks from share bars, prompts,
//!    timestamps and credits;
//! 6. [`header`] finds the headline and byline a reader sees above the
//!    story's first paragraph, which win over the metadata's;
//! 7. [`assemble`] writes them as the article's text, one block per line,
//!    and builds the same [`Article`] as plain-text input gets.

pub mod assemble;
pub mod charset;
pub mod extract;
pub mod furniture;
pub mod header;
pub mod metadata;
pub mod prescan;

pub use metadata::PageMetadata;

use crate::error::{Error, ErrorKind};
use crate::model::{Article, InputFormat, ParseOptions};

/// Parses a saved page given as text.
pub fn parse(html: &str, options: &ParseOptions) -> Result<Article, Error> {
    let page = read_page(html, options.url.as_deref());
    let mut article = assemble::article(html, &page, options);
    // Navigation, footers and link lists alone are not an article.
    if article.paragraphs.is_empty() {
        return Err(Error::new(
            ErrorKind::NoArticle,
            "No article found in this page: it has no paragraphs of article text (it may be a home page, an index or a page \
             that loads its text with scripts). Save the article's own page, or paste its text with format \"text\".",
        ));
    }
    article.warnings.extend(page.warnings);
    Ok(article)
}

/// Parses a saved page given as bytes, decoding them by the charset the page
/// declares (BOM first, then `<meta charset>`, else UTF-8).
pub fn parse_bytes(bytes: &[u8], options: &ParseOptions) -> Result<Article, Error> {
    parse_decoded(charset::decode(bytes), options)
}

/// Parses a page decoded elsewhere: in wasm, the HTML module decodes with
/// the browser's `TextDecoder` (the same WHATWG standard as encoding_rs),
/// so its wasm carries no decoders.
pub fn parse_decoded(
    decoded: charset::Decoded<'_>,
    options: &ParseOptions,
) -> Result<Article, Error> {
    let options = ParseOptions { format: InputFormat::Html, ..options.clone() };
    let mut article = crate::parse::parse(&decoded.text, &options)?;
    if decoded.had_errors {
        article.warnings.push(format!(
            "Some bytes of this page are not valid {}; they were replaced with \u{FFFD}.",
            decoded.encoding
        ));
    }
    Ok(article)
}

/// Only the page's metadata, as [`parse`] resolves it (for checking the
/// metadata against other extractors).
pub fn page_metadata(html: &str, url: Option<&str>) -> PageMetadata {
    read_page(html, url).metadata
}

/// Everything read from a page, before it becomes an article.
pub struct Page {
    pub metadata: PageMetadata,
    pub blocks: Vec<extract::Block>,
    /// The visible headline and byline, read from the page as written.
    pub header: header::Header,
    pub warnings: Vec<String>,
}

fn read_page(html: &str, url: Option<&str>) -> Page {
    let (markup, report) = prescan::prepare(html);
    let mut warnings = Vec::new();
    if report.flattened_tags > 0 {
        warnings.push(format!(
            "This page nests elements {} deep; tags below level {} were ignored (their text was kept).",
            report.deepest,
            prescan::MAX_DEPTH
        ));
    }
    let readability = metadata::readability_pass(&markup, url);
    let mut page_metadata = readability.metadata;
    metadata::fill_gaps(&mut page_metadata, &markup, url);
    let mut blocks = readability.blocks.unwrap_or_default();
    if !blocks.iter().any(|b| b.kind != extract::BlockKind::Caption) {
        if let Some(text) = readability.text {
            blocks = extract::blocks_from_plain_text(&text);
        }
    }
    // Readability gives up on short pages; their own blocks, less the page
    // chrome and whatever the furniture rules remove, are the article.
    if !blocks.iter().any(|b| b.kind != extract::BlockKind::Caption) {
        blocks = extract::blocks_from_page(&markup);
    }
    let first_paragraph = blocks
        .iter()
        .find(|b| {
            b.kind == extract::BlockKind::Paragraph && b.text.split_whitespace().count() >= 10
        })
        .map(|b| b.text.as_str());
    let header = header::read(&markup, first_paragraph, page_metadata.title.as_deref());
    Page { metadata: page_metadata, blocks, header, warnings }
}
