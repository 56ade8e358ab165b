//! Writing a page's metadata and blocks as the article's text, and building
//! the [`Article`] that spans point into.
//!
//! The text reads as a person would read the page: site name, headline, dek,
//! byline, then the article's blocks in order, one per line with a blank line
//! between, so the same text can be shown, highlighted and compared exactly
//! like pasted text.

use super::extract::{Block, BlockKind};
use super::furniture::{judge, Verdict};
use super::Page;
use crate::model::{Article, Caption, InputFormat, Line, LineRole, Located, Paragraph, ParseOptions, PublishedDate, RemovalReason, RemovedLine, Sentence};
use crate::offsets::Utf16Index;
use crate::parse::{content_id, sentences::split_sentences};
use std::ops::Range;

/// Builds the article. `html` is the original input, hashed for the id.
pub fn article(html: &str, page: &Page, options: &ParseOptions) -> Article {
    let meta = &page.metadata;
    let verdicts = judge(&page.blocks, meta.title.as_deref(), meta.excerpt.as_deref());
    let dek_in_content = verdicts.contains(&Verdict::Keep(LineRole::Dek));
    let byline_in_content = verdicts.contains(&Verdict::Keep(LineRole::Byline));

    let mut writer = TextWriter::default();
    let outlet = meta.site_name.as_deref().map(|s| writer.line(s, LineRole::SourceLine));
    let title = meta.title.as_deref().map(|s| writer.line(s, LineRole::Title));
    let mut dek = meta.excerpt.as_deref().filter(|d| !dek_in_content && !starts_body(d, &page.blocks)).map(|s| writer.line(s, LineRole::Dek));
    let mut bylines: Vec<Range<usize>> = meta.byline.as_deref().filter(|_| !byline_in_content).map(|s| writer.line(s, LineRole::Byline)).into_iter().collect();

    let mut body_lines = Vec::new();
    let mut subhead_lines = Vec::new();
    let mut caption_lines = Vec::new();
    let mut removed_lines = Vec::new();
    for (block, verdict) in page.blocks.iter().zip(&verdicts) {
        match *verdict {
            Verdict::Keep(role) => {
                let range = writer.line(&block.text, role);
                match role {
                    LineRole::Subhead => subhead_lines.push(range),
                    LineRole::Caption => caption_lines.push(range),
                    LineRole::Dek => dek = dek.or(Some(range)),
                    LineRole::Byline => bylines.push(range),
                    _ => body_lines.push(range),
                }
            }
            Verdict::Removed(reason) => {
                let range = writer.line(&block.text, LineRole::Removed);
                writer.roles.last_mut().expect("just written").2 = Some(reason);
                removed_lines.push((range, reason));
            }
        }
    }

    let text = writer.text;
    let index = Utf16Index::new(&text);
    let located = |r: &Range<usize>| Located { text: text[r.clone()].to_string(), span: index.span(r.start, r.end) };

    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    for range in &body_lines {
        let first_sentence = sentences.len();
        for s in split_sentences(&text, range.clone()) {
            sentences.push(Sentence { index: sentences.len(), paragraph: paragraphs.len(), text: text[s.clone()].to_string(), span: index.span(s.start, s.end) });
        }
        paragraphs.push(Paragraph { span: index.span(range.start, range.end), first_sentence, sentence_count: sentences.len() - first_sentence });
    }
    let lines = writer.roles.iter().map(|(r, role, reason)| Line { span: index.span(r.start, r.end), role: *role, reason: *reason }).collect();
    let word_count = sentences.iter().map(|s| s.text.split_whitespace().count()).sum();

    Article {
        id: options.id.clone().unwrap_or_else(|| content_id(html)),
        format: InputFormat::Html,
        file_name: options.file_name.clone(),
        title: title.as_ref().map(located),
        dek: dek.as_ref().map(located),
        bylines: bylines.iter().map(located).collect(),
        contributors: Vec::new(),
        editors: Vec::new(),
        outlet: outlet.as_ref().map(located),
        source_line: None,
        published: meta.published_date.clone().map(|iso| PublishedDate { iso, source: None }),
        language: meta.language.clone(),
        lines,
        captions: caption_lines.iter().map(|r| Caption { text: text[r.clone()].to_string(), span: index.span(r.start, r.end), credit: None }).collect(),
        subheads: subhead_lines.iter().map(located).collect(),
        removed: removed_lines.iter().map(|(r, reason)| RemovedLine { text: text[r.clone()].to_string(), span: index.span(r.start, r.end), reason: *reason }).collect(),
        paragraphs,
        sentences,
        quotes: Vec::new(),
        entities: Vec::new(),
        numbers: Vec::new(),
        dates: Vec::new(),
        word_count,
        warnings: Vec::new(),
        text,
    }
}

/// True when the dek is only the opening of the body (pages often describe
/// themselves with their first sentence), so it is not written twice.
fn starts_body(dek: &str, blocks: &[Block]) -> bool {
    let dek = dek.trim_end_matches(['…', '.']).trim_end_matches("...");
    blocks.iter().find(|b| b.kind != BlockKind::Caption).is_some_and(|b| dek.len() >= 20 && b.text.starts_with(dek))
}

/// Accumulates the text, one line per block with blank lines between, and
/// the role of every line (blank ones included, so all lines are accounted
/// for).
#[derive(Default)]
struct TextWriter {
    text: String,
    roles: Vec<(Range<usize>, LineRole, Option<RemovalReason>)>,
}

impl TextWriter {
    fn line(&mut self, content: &str, role: LineRole) -> Range<usize> {
        let content = super::extract::collapse_whitespace(content);
        if !self.text.is_empty() {
            self.text.push('\n');
            let blank = self.text.len();
            self.text.push('\n');
            self.roles.push((blank..blank, LineRole::Blank, None));
        }
        let start = self.text.len();
        self.text.push_str(&content);
        let range = start..self.text.len();
        self.roles.push((range.clone(), role, None));
        range
    }
}
