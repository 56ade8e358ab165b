//! Writing a page's metadata and blocks as the article's text, then handing
//! the classified lines to the shared builder ([`crate::parse::build`]), so
//! HTML gets the same paragraphs, sentences, quotes, entities, numbers and
//! dates as plain text.
//!
//! The text reads as a person would read the page: site name, headline, dek,
//! byline, then the article's blocks in order, one per line with a blank line
//! between. Blocks judged to be page furniture stay in the text as `removed`
//! lines with their reason, so nothing is dropped silently.

use super::extract::{Block, BlockKind};
use super::furniture::{judge, later_bylines_are_other_stories, same_byline_in_content, Verdict};
use super::Page;
use crate::model::{Article, InputFormat, LineRole, ParseOptions, PublishedDate, RemovalReason};
use crate::parse::build::{assemble, Classified, ClassifiedLine};
use crate::parse::captions::caption_credit;
use crate::parse::content_id;
use crate::parse::credits::{read_credit, split_names};
use crate::parse::dates::parse_iso;
use std::ops::Range;

/// Builds the article. `html` is the original input, hashed for the id.
pub fn article(html: &str, page: &Page, options: &ParseOptions) -> Article {
    let meta = &page.metadata;
    // What the reader sees wins over what the metadata says.
    let headline = page.header.headline.as_deref().or(meta.title.as_deref());
    let mut verdicts = judge(&page.blocks, headline, meta.excerpt.as_deref());
    let visible_byline = page.header.byline.as_deref();
    later_bylines_are_other_stories(&page.blocks, &mut verdicts, visible_byline.is_some());
    let dek_in_content = verdicts.contains(&Verdict::Keep(LineRole::Dek));
    let byline_in_content = verdicts.contains(&Verdict::Keep(LineRole::Byline));
    let byline = match visible_byline {
        Some(shown) if !same_byline_in_content(shown, &page.blocks, &verdicts) => Some(shown),
        Some(_) => None,
        // Metadata naming another story's writer (Readability takes the
        // first byline element, which may be a teaser's) names no one here.
        None => meta.byline.as_deref().filter(|b| {
            !byline_in_content
                && !page.header.teaser_bylines.contains(&super::metadata::collapse_whitespace(b))
        }),
    };
    let byline = byline.map(|b| super::header::without_the_site_name(b, meta.site_name.as_deref()));

    let mut writer = TextWriter::default();
    let outlet = meta.site_name.as_deref().map(|s| writer.line(s, LineRole::SourceLine, None));
    let title = headline.map(|s| writer.line(s, LineRole::Title, None));
    let mut dek = meta
        .excerpt
        .as_deref()
        .filter(|d| !dek_in_content && !starts_body(d, &page.blocks))
        .map(|s| writer.line(s, LineRole::Dek, None));
    let mut byline_lines: Vec<Range<usize>> = byline
        .map(|s| writer.line(&super::metadata::collapse_whitespace(s), LineRole::Byline, None))
        .into_iter()
        .collect();
    let mut caption_lines = Vec::new();
    for (block, verdict) in page.blocks.iter().zip(&verdicts) {
        match *verdict {
            Verdict::Keep(role) => {
                let range = writer.line(&block.text, role, None);
                match role {
                    LineRole::Caption => caption_lines.push(range),
                    LineRole::Dek => dek = dek.or(Some(range)),
                    LineRole::Byline => byline_lines.push(range),
                    _ => {}
                }
            }
            Verdict::Removed(reason) => {
                writer.line(&block.text, LineRole::Removed, Some(reason));
            }
        }
    }

    let text = writer.text;
    let mut classified =
        Classified { lines: writer.lines, title, dek, outlet, ..Classified::default() };
    for range in byline_lines {
        // "By A and B" names two authors; a line that does not read as a
        // credit is kept whole.
        match read_credit(&text, range.clone()) {
            Some(credit) if !credit.bylines.is_empty() => classified.absorb_credit(credit, range),
            // "Ines Calloway, Paul Duval" without an opener: one byline each;
            // "Ana Vell, MA": the name without the degree.
            _ => match split_names(&text, range.clone()) {
                Some(names) if names.len() > 1 || names.first() != Some(&range) => {
                    classified.bylines.extend(names)
                }
                _ => classified.bylines.push(range),
            },
        }
    }
    classified.captions =
        caption_lines.into_iter().map(|r| (r.clone(), caption_credit(&text, r))).collect();
    // The page's date is not in the text, but it anchors "on Tuesday".
    let published_day = meta.published_date.as_deref().and_then(parse_iso);
    if let Some(day) = published_day {
        classified.published = Some((0..0, day));
    }

    let mut article = assemble(&text, InputFormat::Html, options, classified);
    article.id = options.id.clone().unwrap_or_else(|| content_id(html));
    if let (Some(iso), Some(_)) = (&meta.published_date, published_day) {
        article.published = Some(PublishedDate { iso: iso.clone(), source: None });
    }
    // The page's own declaration wins; detection from the words only fills
    // in for pages that do not declare one.
    if meta.language.is_some() {
        article.language = meta.language.clone();
    }
    article
}

/// True when the dek is only the opening of the body (pages often describe
/// themselves with their first sentence), so it is not written twice.
fn starts_body(dek: &str, blocks: &[Block]) -> bool {
    let dek = dek.trim_end_matches(['…', '.']).trim_end_matches("...");
    blocks
        .iter()
        .find(|b| b.kind != BlockKind::Caption)
        .is_some_and(|b| dek.len() >= 20 && b.text.starts_with(dek))
}

/// Accumulates the text, one line per block with blank lines between, and
/// the role of every line (blank ones included, so all lines are accounted
/// for).
#[derive(Default)]
struct TextWriter {
    text: String,
    lines: Vec<ClassifiedLine>,
}

impl TextWriter {
    fn line(
        &mut self,
        content: &str,
        role: LineRole,
        reason: Option<RemovalReason>,
    ) -> Range<usize> {
        let content = super::extract::collapse_whitespace(content);
        if !self.text.is_empty() {
            self.text.push('\n');
            let blank = self.text.len();
            self.text.push('\n');
            self.lines.push(ClassifiedLine {
                line: blank..blank,
                content: blank..blank,
                role: LineRole::Blank,
                reason: None,
            });
        }
        let start = self.text.len();
        self.text.push_str(&content);
        let range = start..self.text.len();
        self.lines.push(ClassifiedLine {
            line: range.clone(),
            content: range.clone(),
            role,
            reason,
        });
        range
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{InputFormat, ParseOptions};

    fn bylines_and_outlet(head: &str) -> (Vec<String>, Option<String>) {
        let paragraph = "<p>The ferry to Lanmoor ran again on Tuesday after a week of repairs to its engine, the harbour office said in a statement to passengers.</p>";
        let html = format!(
            "<html><head><title>Ferry runs again</title><meta property=\"og:site_name\" content=\"Quay Courier\"></head><body><article><h1>Ferry runs again</h1>{head}{}</article></body></html>",
            paragraph.repeat(6)
        );
        let options = ParseOptions { format: InputFormat::Html, ..Default::default() };
        let article = crate::parse(&html, &options).unwrap();
        (article.bylines.into_iter().map(|b| b.text).collect(), article.outlet.map(|o| o.text))
    }

    /// Rule `a_teasers_byline_is_not_the_articles`: a page of teasers, whose
    /// first byline element Readability reads as the page's byline.
    #[test]
    fn a_teasers_writer_is_not_the_pages() {
        let teaser = "<li><h2><a href=\"/cranes\">Quay cranes arrive</a></h2><p class=\"byline\">Marta Quintal</p></li>";
        let (names, _) = bylines_and_outlet(&format!("<ol>{teaser}</ol>"));
        assert_eq!(names, Vec::<String>::new());
    }

    /// Rules `a_degree_is_no_name` and `the_sites_name_after_a_byline_is_not_the_name`
    /// on a saved page.
    #[test]
    fn a_visible_byline_gives_the_name_only() {
        let (names, _) = bylines_and_outlet(
            "<div class=\"author\"><a rel=\"author\" href=\"/ana\">Ana Vell, MA</a></div>",
        );
        assert_eq!(names, vec!["Ana Vell"]);
        let (names, outlet) = bylines_and_outlet(
            "<div class=\"byline\"><a href=\"/ana\">Ana Vell</a> <span>Quay Courier News Reporter</span></div>",
        );
        assert_eq!(names, vec!["Ana Vell"]);
        assert_eq!(outlet.as_deref(), Some("Quay Courier"));
    }
}
