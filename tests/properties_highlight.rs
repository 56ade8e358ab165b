//! Highlight, checked on generated stories: the segments tile the text
//! exactly, every offset is a character boundary and right in UTF-16 (as
//! JavaScript counts), segment layers and sentences agree with a direct
//! computation, and the HTML holds nothing but Parallax's own spans.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod hostile_support;
mod properties_support;

use parallax::model::{
    Article, CompareOptions, HighlightOptions, InputFormat, Layer, ParseOptions, Span,
};
use proptest::prelude::*;

fn parse(text: &str) -> Article {
    parallax::parse(text, &ParseOptions { format: InputFormat::Text, ..Default::default() })
        .expect("generated stories are never empty")
}

/// The UTF-16 span of a byte range, counted from the text itself rather than
/// with `Utf16Index`, so the index is checked too.
fn expected_span(text: &str, bytes: std::ops::Range<usize>) -> Span {
    Span::new(
        properties_support::utf16(&text[..bytes.start]),
        properties_support::utf16(&text[..bytes.end]),
    )
}

fn check(
    article: &Article,
    h: &parallax::model::Highlighted,
    comparison: Option<&parallax::Comparison>,
) {
    let text = &article.text;
    let mut byte = 0;
    let mut joined = String::new();
    for seg in &h.segments {
        assert!(!seg.text.is_empty(), "an empty segment");
        let end = byte + seg.text.len();
        assert!(text.is_char_boundary(byte) && text.is_char_boundary(end));
        assert_eq!(&text[byte..end], seg.text, "segments do not tile the text");
        assert_eq!(
            seg.span,
            expected_span(text, byte..end),
            "segment span is not the UTF-16 position of its text"
        );
        // The sentence is the one that contains the segment.
        let containing =
            article.sentences.iter().find(|s| s.span.contains(seg.span)).map(|s| s.index);
        assert_eq!(seg.sentence, containing);
        // Layers are sorted and unique.
        assert!(seg.layers.windows(2).all(|w| w[0] < w[1]), "layers {:?}", seg.layers);
        // Every quote covering the segment shows as the quote layer.
        let in_quote =
            article.quotes.iter().any(|q| !q.span.is_empty() && q.span.contains(seg.span));
        assert_eq!(seg.layers.contains(&Layer::Quote), in_quote, "quote layer of {:?}", seg.text);
        if comparison.is_none() {
            assert!(!seg.layers.contains(&Layer::Shared) && seg.refs.is_empty());
        }
        joined.push_str(&seg.text);
        byte = end;
    }
    assert_eq!(&joined, text);
    hostile_support::assert_html_is_inert(article, h, "generated story");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn segments_tile_and_offsets_are_utf16(texts in properties_support::story()) {
        let articles: Vec<Article> = texts.iter().map(|t| parse(t)).collect();
        for a in &articles {
            // Every span the parser hands out is on a boundary and right in UTF-16.
            let index = parallax::Utf16Index::new(&a.text);
            for s in &a.sentences {
                let r = index.bytes(s.span);
                prop_assert_eq!(s.span, expected_span(&a.text, r.clone()));
                prop_assert_eq!(&a.text[r], s.text.as_str());
            }
            for h in &a.hidden {
                let r = index.bytes(h.span);
                prop_assert_eq!(h.span, expected_span(&a.text, r.clone()));
                prop_assert_eq!(a.text[r].chars().count(), h.count);
            }
            let alone = parallax::highlight(a, None, &HighlightOptions::default()).expect("highlight");
            check(a, &alone, None);
        }
        let comparison = parallax::compare(&articles, &CompareOptions::default()).expect("compare");
        for (i, a) in articles.iter().enumerate() {
            let options = HighlightOptions { article_index: Some(i), ..Default::default() };
            let h = parallax::highlight(a, Some(&comparison), &options).expect("highlight with comparison");
            check(a, &h, Some(&comparison));
            // Hiding a layer removes it and nothing else from the tiling.
            let hidden = HighlightOptions { article_index: Some(i), hide: vec![Layer::Quote, Layer::Shared] };
            let h2 = parallax::highlight(a, Some(&comparison), &hidden).expect("highlight with hidden layers");
            prop_assert!(h2.segments.iter().all(|s| !s.layers.contains(&Layer::Quote) && !s.layers.contains(&Layer::Shared)));
            prop_assert_eq!(h2.segments.iter().map(|s| s.text.as_str()).collect::<String>(), a.text.clone());
        }
    }
}
