//! Main content: the article's blocks, typed, with the signs of page
//! furniture that [`super::furniture`] judges them by.
//!
//! Finding the article's container is done by `dom_smoothie`, a Rust port of
//! Readability.js, which scores the page's elements and keeps the best
//! candidate with its related siblings (navigation, sidebars, comments and
//! most share bars fall away there). Its output is markup; this module walks
//! it into one [`Block`] per paragraph, subhead, quotation, list item or
//! caption, noting for each how much of it is link text and whether it sits
//! in an element whose class or id names it as furniture ("share",
//! "related", "newsletter"...), since Readability keeps some of those.

use crate::model::RemovalReason;
use dom_query::{Document, NodeId, NodeRef};

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Subhead,
    /// A `<blockquote>`; part of the body.
    Quotation,
    ListItem,
    /// A `<figcaption>` or caption-classed element: kept, apart from the body.
    Caption,
}

/// One line of the article's readable text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's words, whitespace collapsed to single spaces.
    pub text: String,
    /// The share of the block's characters that are link text, 0 to 1.
    pub link_share: f32,
    /// The furniture word found in an enclosing element's class or id.
    pub furniture_hint: Option<&'static str>,
    /// The element holding the block's element: blocks that share one are
    /// siblings (a lede beside the body, unlike a standfirst in a header).
    pub container: Option<NodeId>,
    /// Inside another story's teaser in a list of stories ([`is_a_teaser`]).
    pub in_teaser: bool,
}

impl Block {
    pub fn new(kind: BlockKind, text: String) -> Block {
        Block {
            kind,
            text,
            link_share: 0.0,
            furniture_hint: None,
            container: None,
            in_teaser: false,
        }
    }
}

/// Plain text has one paragraph per line.
pub fn blocks_from_plain_text(text: &str) -> Vec<Block> {
    text.lines()
        .map(collapse_whitespace)
        .filter(|line| !line.is_empty())
        .map(|text| Block::new(BlockKind::Paragraph, text))
        .collect()
}

/// Elements whose start and end break the text into separate blocks.
fn is_block_element(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dd"
            | "dt"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "address"
            | "details"
            | "summary"
            | "hr"
            | "br"
            | "fieldset"
            | "form"
            | "center"
    )
}

/// The kind an element gives to the text inside it; `None` keeps the kind of
/// the enclosing element.
fn kind_of(name: &str) -> Option<BlockKind> {
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Subhead),
        "blockquote" => Some(BlockKind::Quotation),
        "li" | "dd" | "dt" => Some(BlockKind::ListItem),
        "figcaption" => Some(BlockKind::Caption),
        _ => None,
    }
}

/// Elements whose contents are never readable text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "button"
            | "select"
            | "head"
    )
}

/// Words that, in a class or id, mark page furniture rather than article,
/// with the reason a block inside such an element is removed for. The first
/// word found in a class or id is its hint, so the order matters.
pub(super) const FURNITURE_WORDS: &[(&str, RemovalReason)] = &[
    ("share", RemovalReason::Promo),
    ("sharing", RemovalReason::Promo),
    ("social", RemovalReason::Promo),
    ("related", RemovalReason::Promo),
    ("recommend", RemovalReason::Promo),
    ("newsletter", RemovalReason::Promo),
    ("subscribe", RemovalReason::Promo),
    ("signup", RemovalReason::Promo),
    ("promo", RemovalReason::Promo),
    ("sponsor", RemovalReason::Promo),
    ("advert", RemovalReason::Promo),
    ("byline", RemovalReason::DateLine),
    ("dateline", RemovalReason::DateLine),
    ("timestamp", RemovalReason::DateLine),
    ("breadcrumb", RemovalReason::Boilerplate),
    ("comment", RemovalReason::Boilerplate),
    ("toolbar", RemovalReason::Boilerplate),
    ("readmore", RemovalReason::Promo),
    ("read-more", RemovalReason::Promo),
    ("more-stories", RemovalReason::Promo),
    ("most-read", RemovalReason::Promo),
    ("mostread", RemovalReason::Promo),
    ("popular", RemovalReason::Promo),
    ("trending", RemovalReason::Promo),
    ("tags", RemovalReason::Boilerplate),
    ("tag-list", RemovalReason::Boilerplate),
    ("author-bio", RemovalReason::Boilerplate),
    ("bio", RemovalReason::Boilerplate),
    ("disclaimer", RemovalReason::Boilerplate),
    ("copyright", RemovalReason::Boilerplate),
    ("footer", RemovalReason::Boilerplate),
    ("cookie", RemovalReason::Boilerplate),
    ("consent", RemovalReason::Boilerplate),
    ("paywall", RemovalReason::Boilerplate),
    ("gallery-nav", RemovalReason::Boilerplate),
    ("slideshow-nav", RemovalReason::Boilerplate),
    ("embed", RemovalReason::Boilerplate),
];

/// Class or id words that mark a caption (kept, but not as body).
const CAPTION_WORDS: &[&str] = &["caption", "credit", "figcaption", "photo-credit", "image-credit"];

/// The furniture word in a class/id string, if any. Words are matched as
/// hyphen/underscore-separated parts so "shared-content" is not "share".
fn furniture_word(class_and_id: &str) -> Option<&'static str> {
    let lower = class_and_id.to_ascii_lowercase();
    let parts: Vec<&str> =
        lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()).collect();
    FURNITURE_WORDS.iter().map(|&(word, _)| word).find(|word| {
        if word.contains('-') {
            lower.contains(word)
        } else {
            parts.contains(word)
        }
    })
}

fn is_caption_class(class_and_id: &str) -> bool {
    let lower = class_and_id.to_ascii_lowercase();
    lower.split(|c: char| !c.is_ascii_alphanumeric() && c != '-').any(|part| {
        CAPTION_WORDS.contains(&part) || part.ends_with("-caption") || part.starts_with("caption-")
    })
}

/// Walks the markup in document order without recursion (the tree may be
/// deep), cutting the text at block boundaries.
#[cfg(test)] // the passes call the `_in`/`_into` forms on shared tokens
pub fn blocks_from_markup(markup: &str) -> Vec<Block> {
    walk(markup, false)
}

/// The whole page's blocks, less its navigation, header, footer and
/// sidebars: the fallback for pages too short or odd for Readability's
/// scoring to pick a container.
pub fn blocks_from_page(markup: &str) -> Vec<Block> {
    walk(markup, true)
}

fn walk(markup: &str, skip_page_chrome: bool) -> Vec<Block> {
    let document = Document::from(markup);
    blocks_under(document.root(), skip_page_chrome)
}

/// The blocks under `root`, which is not itself read (an already parsed
/// tree, such as Readability's result, is walked where it is).
pub fn blocks_under(root: NodeRef, skip_page_chrome: bool) -> Vec<Block> {
    let mut walker = BlockWalker::default();
    let mut current = root.first_child();
    while let Some(node) = current {
        let mut descend = None;
        if node.is_element() {
            let name = element_name(&node);
            let chrome = skip_page_chrome
                && matches!(name.as_str(), "nav" | "header" | "footer" | "aside" | "menu");
            if !is_skipped(&name) && !chrome {
                let class_and_id = format!(
                    "{} {}",
                    node.attr("class").unwrap_or_default(),
                    node.attr("id").unwrap_or_default()
                );
                let teaser = name == "li" && is_a_teaser(&node);
                walker.enter(&name, &class_and_id, node.parent().map(|p| p.id), teaser);
                descend = node.first_child();
                if descend.is_none() {
                    walker.exit();
                }
            }
        } else if node.is_text() {
            let text = node.text();
            walker.buffer.push_str(&text);
            if walker.link_depth > 0 {
                walker.link_chars += text.trim().chars().count();
            }
        }
        if descend.is_some() {
            current = descend;
            continue;
        }
        // Move to the next sibling, closing every element we climb out of.
        let mut at = node;
        current = loop {
            if let Some(next) = at.next_sibling() {
                break Some(next);
            }
            match at.parent() {
                Some(parent) if parent.id != root.id => {
                    walker.exit();
                    at = parent;
                }
                _ => break None,
            }
        };
    }
    walker.flush();
    walker.blocks
}

/// A list item holding a linked heading and no `<h1>`: another story's
/// teaser in a list of stories (a section front's "Highlights", a "More
/// on this" list), whatever its classes say. A byline inside one is that
/// story's. Rule `a_teasers_byline_is_not_the_articles`.
pub(super) fn is_a_teaser(node: &NodeRef) -> bool {
    node.is("li")
        && node.descendants_it().any(|d| d.is("h2 a[href], h3 a[href], h4 a[href]"))
        && !node.descendants_it().any(|d| d.is("h1"))
}

fn element_name(node: &NodeRef) -> String {
    node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default()
}

/// An open element, as far as the walk needs to remember it.
struct Frame {
    block: bool,
    kind: Option<BlockKind>,
    link: bool,
    furniture: Option<&'static str>,
    container: Option<NodeId>,
    teaser: bool,
}

#[derive(Default)]
struct BlockWalker {
    blocks: Vec<Block>,
    buffer: String,
    link_chars: usize,
    link_depth: usize,
    frames: Vec<Frame>,
}

impl BlockWalker {
    fn enter(&mut self, name: &str, class_and_id: &str, container: Option<NodeId>, teaser: bool) {
        let block = is_block_element(name);
        if block {
            self.flush();
        }
        let kind =
            kind_of(name).or_else(|| is_caption_class(class_and_id).then_some(BlockKind::Caption));
        // Table cells share their row's line, a space apart.
        if matches!(name, "td" | "th") {
            self.buffer.push(' ');
        }
        let link = name == "a";
        if link {
            self.link_depth += 1;
        }
        self.frames.push(Frame {
            block,
            kind,
            link,
            furniture: furniture_word(class_and_id),
            container,
            teaser,
        });
    }

    fn exit(&mut self) {
        let Some(&Frame { block, link, .. }) = self.frames.last() else { return };
        if block {
            self.flush();
        }
        if link {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        self.frames.pop();
    }

    fn flush(&mut self) {
        let text = collapse_whitespace(&self.buffer);
        self.buffer.clear();
        let link_chars = std::mem::take(&mut self.link_chars);
        if text.is_empty() {
            return;
        }
        let kind = self.frames.iter().rev().find_map(|f| f.kind).unwrap_or(BlockKind::Paragraph);
        let furniture_hint = self.frames.iter().rev().find_map(|f| f.furniture);
        let total = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
        let link_share = (link_chars as f32 / total as f32).min(1.0);
        let container = self.frames.iter().rev().find(|f| f.block).and_then(|f| f.container);
        let in_teaser = self.frames.iter().any(|f| f.teaser);
        self.blocks.push(Block { kind, text, link_share, furniture_hint, container, in_teaser });
    }
}

/// Collapses every run of whitespace (including no-break spaces and line
/// breaks) to one space and trims the ends, since each block is one line.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c == '\u{200b}' || c == '\u{feff}' {
            // Zero-width: scraped pages put them inside words.
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if !c.is_control() {
            // Control characters are not text a page can show.
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_text(blocks: &[Block]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn markup_becomes_typed_blocks() {
        let markup = "<div><h2>Harbour  closes</h2><p>The ferry\n stopped.</p><blockquote><p>We wait,</p> she said</blockquote>\
                      <ul><li>one</li><li><p>two</p></li></ul><figure><img src=x><figcaption>A quay at dusk</figcaption></figure>\
                      <p>Last<br>line</p><script>var x='<p>no</p>';</script></div>";
        let blocks = blocks_from_markup(markup);
        assert_eq!(
            kinds_and_text(&blocks),
            vec![
                (BlockKind::Subhead, "Harbour closes"),
                (BlockKind::Paragraph, "The ferry stopped."),
                (BlockKind::Quotation, "We wait,"),
                (BlockKind::Quotation, "she said"),
                (BlockKind::ListItem, "one"),
                (BlockKind::ListItem, "two"),
                (BlockKind::Caption, "A quay at dusk"),
                (BlockKind::Paragraph, "Last"),
                (BlockKind::Paragraph, "line"),
            ]
        );
    }

    #[test]
    fn deep_markup_does_not_recurse() {
        let markup = format!("{}<p>deep</p>{}", "<span>".repeat(5000), "</span>".repeat(5000));
        let blocks = blocks_from_markup(&markup);
        assert_eq!(kinds_and_text(&blocks), vec![(BlockKind::Paragraph, "deep")]);
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse_whitespace("  a\u{a0}\n b\u{200b}c  "), "a bc");
        assert_eq!(blocks_from_plain_text("one\n\n  two  \n").len(), 2);
    }
}
