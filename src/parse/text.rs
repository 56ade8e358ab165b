//! Plain text, as pasted or scraped from a news page.
//!
//! The first non-blank line is the headline; every other non-blank line is a
//! body paragraph. Later stages refine this (bylines, captions, boilerplate).

use crate::error::Error;
use crate::model::{Article, InputFormat, Line, LineRole, Located, Paragraph, ParseOptions, Sentence};
use crate::offsets::Utf16Index;
use crate::parse::{content_id, sentences::split_sentences};
use std::ops::Range;

/// Splits `text` into lines, returning each line's byte range without its
/// line break ("\n", "\r\n" or a lone "\r").
pub fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                lines.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

pub fn parse(input: &str, options: &ParseOptions) -> Result<Article, Error> {
    let index = Utf16Index::new(input);
    let located = |r: Range<usize>| Located { text: input[r.clone()].to_string(), span: index.span(r.start, r.end) };
    let mut lines = Vec::new();
    let mut title = None;
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    for range in line_ranges(input) {
        let line = &input[range.clone()];
        let trimmed = trim_range(line, range.clone());
        let role = if trimmed.is_empty() {
            LineRole::Blank
        } else if title.is_none() {
            title = Some(located(trimmed.clone()));
            LineRole::Title
        } else {
            let first_sentence = sentences.len();
            for s in split_sentences(input, trimmed.clone()) {
                sentences.push(Sentence {
                    index: sentences.len(),
                    paragraph: paragraphs.len(),
                    text: input[s.clone()].to_string(),
                    span: index.span(s.start, s.end),
                });
            }
            paragraphs.push(Paragraph {
                span: index.span(trimmed.start, trimmed.end),
                first_sentence,
                sentence_count: sentences.len() - first_sentence,
            });
            LineRole::Body
        };
        lines.push(Line { span: index.span(range.start, range.end), role, reason: None });
    }
    let word_count = sentences.iter().map(|s| s.text.split_whitespace().count()).sum();
    Ok(Article {
        id: options.id.clone().unwrap_or_else(|| content_id(input)),
        format: InputFormat::Text,
        file_name: options.file_name.clone(),
        text: input.to_string(),
        title,
        dek: None,
        bylines: Vec::new(),
        contributors: Vec::new(),
        editors: Vec::new(),
        outlet: None,
        source_line: None,
        published: None,
        language: None,
        lines,
        captions: Vec::new(),
        subheads: Vec::new(),
        removed: Vec::new(),
        paragraphs,
        sentences,
        quotes: Vec::new(),
        entities: Vec::new(),
        numbers: Vec::new(),
        dates: Vec::new(),
        word_count,
        warnings: Vec::new(),
    })
}

/// The byte range of `line` (which stands at `range`) without surrounding
/// whitespace.
fn trim_range(line: &str, range: Range<usize>) -> Range<usize> {
    let lead = line.len() - line.trim_start().len();
    let trail = line.len() - line.trim_end().len();
    if lead == line.len() {
        return range.start..range.start;
    }
    range.start + lead..range.end - trail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_of_every_kind() {
        let text = "a\r\nb\nc\rd";
        let got: Vec<&str> = line_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, vec!["a", "b", "c", "d"]);
        assert_eq!(line_ranges("a\n").len(), 1);
        assert_eq!(line_ranges("a\n\n").len(), 2);
    }

    #[test]
    fn title_paragraphs_and_sentences() {
        let text = "Headline here\r\n\r\nFirst para. It has two.\r\nSecond “para” — ok.";
        let article = parse(text, &ParseOptions::default()).unwrap();
        assert_eq!(article.title.unwrap().text, "Headline here");
        assert_eq!(article.paragraphs.len(), 2);
        let got: Vec<&str> = article.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(got, vec!["First para.", "It has two.", "Second “para” — ok."]);
        assert_eq!(article.lines.len(), 4);
    }
}
