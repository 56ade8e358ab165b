//! Checks every target shares: what must hold of any article, whatever the
//! input. A failed check aborts like a panic, so the fuzzer keeps the input.

use parallax::model::{Article, Highlighted, Span};
use parallax::offsets::Utf16Index;

/// Asserts that `span` lies inside the text and maps to whole characters:
/// converting it to bytes and back gives the same span.
pub fn assert_span(text: &str, index: &Utf16Index, span: Span, what: &str) {
    assert!(span.start <= span.end && span.end <= index.utf16_len(), "{what} span {span:?} outside the text");
    let bytes = index.bytes(span);
    assert!(text.is_char_boundary(bytes.start) && text.is_char_boundary(bytes.end), "{what} span {span:?} splits a character");
    assert_eq!(index.span(bytes.start, bytes.end), span, "{what} span {span:?} does not round-trip");
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
        assert!(a.text[covered..r.start].chars().all(|c| c == '\n' || c == '\r'), "characters outside every line");
        covered = r.end;
    }
    if !a.lines.is_empty() {
        assert!(a.text[covered..].chars().all(|c| c == '\n' || c == '\r'), "text after the last line");
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
    assert_eq!(h.html.matches("&lt;").count(), tags_in_text, "a '<' of the text reached the HTML unescaped");
}

/// Cuts fuzz bytes into up to `max` article inputs at 0xFF bytes (never
/// valid UTF-8, so the cut points cannot be confused with text).
pub fn split_inputs(data: &[u8], max: usize) -> Vec<String> {
    data.split(|&b| b == 0xFF).take(max).map(|part| String::from_utf8_lossy(part).into_owned()).collect()
}
