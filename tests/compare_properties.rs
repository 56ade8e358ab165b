//! Compare never panics, whatever the articles hold, and every span it
//! returns lies inside its article's text. Articles are built here from the
//! generated text (paragraphs at blank lines, sentences after ". "), so the
//! test exercises compare alone, including its own reading of quotes,
//! numbers and dates, whatever the parser does.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, CompareOptions, InputFormat, Paragraph, Sentence};
use parallax::Utf16Index;
use proptest::prelude::*;

fn article(text: &str) -> Article {
    let index = Utf16Index::new(text);
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut offset = 0;
    for block in text.split("\n\n") {
        let (start, end) = (offset, offset + block.len());
        offset = end + 2;
        if block.trim().is_empty() {
            continue;
        }
        let first = sentences.len();
        let mut s_start = start;
        let bytes = text.as_bytes();
        for i in start..end {
            let boundary = i + 1 == end || (bytes[i] == b'.' && bytes.get(i + 1) == Some(&b' '));
            if boundary {
                let s_end = i + 1;
                if text[s_start..s_end].trim().is_empty() {
                    s_start = s_end;
                    continue;
                }
                sentences.push(Sentence {
                    index: sentences.len(),
                    paragraph: paragraphs.len(),
                    text: text[s_start..s_end].to_string(),
                    span: index.span(s_start, s_end),
                });
                s_start = s_end;
            }
        }
        paragraphs.push(Paragraph {
            span: index.span(start, end),
            first_sentence: first,
            sentence_count: sentences.len() - first,
        });
    }
    Article {
        id: String::new(),
        format: InputFormat::Text,
        file_name: None,
        text: text.to_string(),
        title: None,
        dek: None,
        bylines: Vec::new(),
        contributors: Vec::new(),
        editors: Vec::new(),
        outlet: None,
        source_line: None,
        published: None,
        language: None,
        lines: Vec::new(),
        captions: Vec::new(),
        subheads: Vec::new(),
        removed: Vec::new(),
        paragraphs,
        sentences,
        quotes: Vec::new(),
        entities: Vec::new(),
        numbers: Vec::new(),
        dates: Vec::new(),
        word_count: text.split_whitespace().count(),
        warnings: Vec::new(),
        hidden: Vec::new(),
    }
}

/// Words and marks that exercise the compare code: quotes of every style,
/// numbers with money and qualifiers, dates, emoji, CRLF, dashes.
const PIECES: &[&str] = &[
    "The",
    "storm",
    "killed",
    "five",
    "people",
    "and",
    "injured",
    "124",
    "more",
    "nearly",
    "$40bn",
    "$",
    "40",
    "billion",
    "at least",
    "about",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "said",
    "Mayor Ada Quill",
    "according to",
    "Tuesday",
    "June 25",
    "6/26/2024",
    "May 31st",
    "—",
    "–",
    "…",
    "🚀",
    "👩‍👩‍👧",
    "é",
    "\r\n",
    "\n\n",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "Kiev",
    "Kyiv",
    "defence",
    "defense",
    "special military operation",
    "invasion",
    "four missiles were downed",
    "Mr.",
    "Gen.",
    "1,730",
    "30-40 percent",
    "86-11",
    "0:00",
    "its",
    "it’s",
    "Sevastopol's",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), prop::bool::ANY), 1..120).prop_map(|parts| {
        let mut s = String::from("Headline here\n\n");
        for (i, space) in parts {
            s.push_str(PIECES[i]);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn compare_never_panics_and_spans_stay_inside(texts in prop::collection::vec(article_text(), 1..5)) {
        let articles: Vec<Article> = texts.iter().map(|t| article(t)).collect();
        let c = parallax::compare(&articles, &CompareOptions::default()).unwrap();
        let len = |i: usize| articles[i].text.encode_utf16().count();
        for al in &c.alignments {
            prop_assert!(al.a.span.end <= len(al.a.article) && al.b.span.end <= len(al.b.article));
            prop_assert!((0.0..=1.0).contains(&al.score));
        }
        for q in &c.shared_quotes {
            for o in &q.occurrences {
                prop_assert!(o.span.start <= o.span.end && o.span.end <= len(o.article));
                // Differing words are words of the occurrence itself.
                prop_assert!(o.differs.iter().all(|d| o.span.start <= d.start && d.start < d.end && d.end <= o.span.end));
            }
        }
        for v in c.discrepancies.iter().flat_map(|d| &d.values).chain(c.agreements.iter().flat_map(|a| &a.values)) {
            prop_assert!(v.span.start <= v.span.end && v.span.end <= len(v.article));
        }
        for v in c.variants.iter().flat_map(|v| &v.forms).flat_map(|f| &f.spans) {
            prop_assert!(v.span.end <= len(v.article));
        }
        for row in &c.similarity {
            for x in row {
                prop_assert!((0.0..=1.0).contains(x));
            }
        }
    }

    #[test]
    fn sentence_similarity_is_bounded(a in ".{0,80}", b in ".{0,80}") {
        let s = parallax::sentence_similarity(&a, &b);
        prop_assert!((0.0..=1.0).contains(&s));
    }
}
