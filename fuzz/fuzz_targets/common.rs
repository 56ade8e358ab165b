#![allow(dead_code)]
//! Checks every target shares: what must hold of any article, whatever the
//! input. A failed check aborts like a panic, so the fuzzer keeps the input.

use parallax::model::{Article, Highlighted, Span};
use parallax::Utf16Index;

/// Asserts that `span` lies inside the text and maps to whole characters:
/// converting it to bytes and back gives the same span.
pub fn assert_span(text: &str, index: &Utf16Index, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= index.utf16_len(),
        "{what} span {span:?} outside the text"
    );
    let bytes = index.bytes(span);
    assert!(
        text.is_char_boundary(bytes.start) && text.is_char_boundary(bytes.end),
        "{what} span {span:?} splits a character"
    );
    assert_eq!(
        index.span(bytes.start, bytes.end),
        span,
        "{what} span {span:?} does not round-trip"
    );
}

/// Asserts the article's own invariants: every span is valid, each located
/// text is the slice its span points at, and the lines cover every
/// character that is not a line break.
pub fn assert_article(a: &Article) {
    let index = Utf16Index::new(&a.text);
    for s in &a.sentences {
        assert_span(&a.text, &index, s.span, "sentence");
        assert_eq!(&a.text[index.bytes(s.span)], s.text);
    }
    for q in &a.quotes {
        assert_span(&a.text, &index, q.span, "quote");
    }
    for n in &a.numbers {
        assert_span(&a.text, &index, n.span, "number");
        assert_span(&a.text, &index, n.number_span, "number value");
    }
    for d in &a.dates {
        assert_span(&a.text, &index, d.span, "date");
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert_span(&a.text, &index, m.span, "entity mention");
        }
    }
    for h in &a.hidden {
        assert_span(&a.text, &index, h.span, "hidden run");
    }
    let mut covered = 0usize;
    for line in &a.lines {
        assert_span(&a.text, &index, line.span, "line");
        let r = index.bytes(line.span);
        assert!(r.start >= covered, "lines overlap");
        assert!(
            a.text[covered..r.start].chars().all(|c| c == '\n' || c == '\r'),
            "characters outside every line"
        );
        covered = r.end;
    }
    if !a.lines.is_empty() {
        assert!(
            a.text[covered..].chars().all(|c| c == '\n' || c == '\r'),
            "text after the last line"
        );
    }
}

/// Asserts that the segments tile the text and the HTML carries no markup
/// from it.
pub fn assert_highlighted(a: &Article, h: &Highlighted) {
    let index = Utf16Index::new(&a.text);
    let mut at = 0;
    let mut joined = String::with_capacity(a.text.len());
    for s in &h.segments {
        assert_eq!(s.span.start, at, "segments leave a gap or overlap");
        assert_span(&a.text, &index, s.span, "segment");
        at = s.span.end;
        joined.push_str(&s.text);
    }
    assert_eq!(joined, a.text, "segments do not give back the text");
    let tags_in_text = a.text.matches('<').count();
    assert_eq!(
        h.html.matches("&lt;").count(),
        tags_in_text,
        "a '<' of the text reached the HTML unescaped"
    );
}

/// Cuts fuzz bytes into up to `max` article inputs at 0xFF bytes (never
/// valid UTF-8, so the cut points cannot be confused with text).
pub fn split_inputs(data: &[u8], max: usize) -> Vec<String> {
    data.split(|&b| b == 0xFF)
        .take(max)
        .map(|part| String::from_utf8_lossy(part).into_owned())
        .collect()
}

use parallax::model::{CompareOptions, HighlightOptions, InputFormat, ParseOptions};

/// The `parse_text` target: any bytes as a plain-text article.
pub fn check_parse_text(data: &[u8]) {
    let options = ParseOptions { format: InputFormat::Text, ..Default::default() };
    if let Ok(article) = parallax::parse_bytes(data, &options) {
        assert_article(&article);
        assert_eq!(
            article.hidden,
            parallax::internals::find_hidden(&article.text),
            "hidden runs disagree with the text"
        );
    }
}

/// The `parse_html` target: any bytes as a saved page, and auto-detected.
pub fn check_parse_html(data: &[u8]) {
    let options = ParseOptions { format: InputFormat::Html, ..Default::default() };
    if let Ok(article) = parallax::parse_bytes(data, &options) {
        assert_article(&article);
    }
    if let Ok(article) = parallax::parse_bytes(data, &ParseOptions::default()) {
        assert_article(&article);
    }
}

/// The `compare` target: up to four articles, compared twice.
pub fn check_compare(data: &[u8]) {
    let articles: Vec<_> = split_inputs(data, 4)
        .iter()
        .filter_map(|text| parallax::parse(text, &ParseOptions::default()).ok())
        .collect();
    let options = CompareOptions::default();
    let Ok(first) = parallax::compare(&articles, &options) else { return };
    let again = parallax::compare(&articles, &options)
        .expect("the second run fails where the first did not");
    assert!(first == again, "compare is not deterministic");
    assert_eq!(first.articles.len(), articles.len());
    for al in &first.alignments {
        for side in [&al.a, &al.b] {
            let sentence = articles[side.article]
                .sentences
                .get(side.sentence)
                .expect("alignment to a missing sentence");
            assert_eq!(sentence.span, side.span);
        }
        assert!((0.0..=1.0).contains(&al.score), "score {} outside 0..1", al.score);
    }
}

/// The `highlight` target: up to three articles, each highlighted alone and
/// with their comparison.
pub fn check_highlight(data: &[u8]) {
    let articles: Vec<_> = split_inputs(data, 3)
        .iter()
        .filter_map(|text| parallax::parse(text, &ParseOptions::default()).ok())
        .collect();
    let comparison = parallax::compare(&articles, &CompareOptions::default()).ok();
    for (i, article) in articles.iter().enumerate() {
        let alone = parallax::highlight(article, None, &HighlightOptions::default())
            .expect("highlight alone fails");
        assert_highlighted(article, &alone);
        if let Some(c) = &comparison {
            let options = HighlightOptions { article_index: Some(i), ..Default::default() };
            let marked = parallax::highlight(article, Some(c), &options)
                .expect("highlight with the comparison fails");
            assert_highlighted(article, &marked);
        }
    }
}

/// The `diff` target: two texts cut from the input. Equal and deleted chunks
/// give back the first exactly, equal and inserted chunks the second, every
/// span is right in UTF-16, and the result does not depend on the run.
pub fn check_diff(data: &[u8]) {
    let parts = split_inputs(data, 2);
    let (a, b) = match parts.as_slice() {
        [a, b, ..] => (a.as_str(), b.as_str()),
        [a] => (a.as_str(), a.as_str()),
        [] => return,
    };
    let d = parallax::diff(a, b);
    let (ia, ib) = (Utf16Index::new(a), Utf16Index::new(b));
    let (mut left, mut right) = (String::new(), String::new());
    for chunk in &d.chunks {
        use parallax::DiffOp;
        assert!(!chunk.text.is_empty(), "an empty diff chunk");
        if chunk.op != DiffOp::Insert {
            let span = chunk.a.expect("equal and deleted chunks have a span in a");
            assert_span(a, &ia, span, "diff chunk in a");
            assert_eq!(&a[ia.bytes(span)], chunk.text);
            left.push_str(&chunk.text);
        }
        if chunk.op != DiffOp::Delete {
            let span = chunk.b.expect("equal and inserted chunks have a span in b");
            assert_span(b, &ib, span, "diff chunk in b");
            assert_eq!(&b[ib.bytes(span)], chunk.text);
            right.push_str(&chunk.text);
        }
    }
    assert_eq!(left, a, "equal and deleted chunks do not give back a");
    assert_eq!(right, b, "equal and inserted chunks do not give back b");
    assert!((0.0..=1.0).contains(&d.similarity), "similarity {} outside 0..1", d.similarity);
    if a == b {
        assert!(d.chunks.iter().all(|c| c.op == parallax::DiffOp::Equal), "identical texts differ");
    }
    assert!(parallax::diff(a, b) == d, "diff is not deterministic");
}

/// A named check over raw bytes.
pub type Check = (&'static str, fn(&[u8]));

/// Every check, for replaying a saved input (tests/hostile_regressions.rs).
pub const ALL_CHECKS: [Check; 5] = [
    ("parse_text", check_parse_text),
    ("parse_html", check_parse_html),
    ("compare", check_compare),
    ("highlight", check_highlight),
    ("diff", check_diff),
];
