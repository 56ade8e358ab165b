//! Compare, checked on generated stories: it is deterministic, its
//! similarity is symmetric, swapping two articles mirrors what should be
//! mirrored, every reference points at a real sentence, and the result
//! (like the articles) re-imports from JSON exactly.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod properties_support;

use parallax::model::{AlignmentKind, Article, CompareOptions, InputFormat, ParseOptions};
use proptest::prelude::*;

fn parse_all(texts: &[String]) -> Vec<Article> {
    texts
        .iter()
        .map(|t| {
            parallax::parse(t, &ParseOptions { format: InputFormat::Text, ..Default::default() })
                .expect("parses")
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn compare_is_deterministic_and_references_are_valid(texts in properties_support::story()) {
        let articles = parse_all(&texts);
        let options = CompareOptions::default();
        let first = parallax::compare(&articles, &options).expect("compare");
        let second = parallax::compare(&articles, &options).expect("compare");
        prop_assert!(first == second, "two runs on the same input differ");
        prop_assert_eq!(first.articles.len(), articles.len());
        for al in &first.alignments {
            prop_assert!(al.a.article != al.b.article);
            prop_assert!((0.0..=1.0).contains(&al.score));
            for side in [&al.a, &al.b] {
                let s = &articles[side.article].sentences[side.sentence];
                prop_assert_eq!(s.span, side.span);
            }
        }
    }

    #[test]
    // The matrix is filled symmetrically by construction, so checking
    // m[i][j] == m[j][i] would test nothing. What can break is order:
    // reversing the articles must permute the matrix and nothing else.
    fn similarity_follows_the_articles_when_their_order_is_reversed(texts in properties_support::story()) {
        let articles = parse_all(&texts);
        let reversed: Vec<Article> = articles.iter().rev().cloned().collect();
        let forward = parallax::compare(&articles, &CompareOptions::default()).expect("compare");
        let backward = parallax::compare(&reversed, &CompareOptions::default()).expect("compare");
        let n = forward.similarity.len();
        prop_assert_eq!(n, articles.len());
        for i in 0..n {
            for j in 0..n {
                let (a, b) = (forward.similarity[i][j], backward.similarity[n - 1 - i][n - 1 - j]);
                prop_assert!((a - b).abs() < 1e-12, "similarity[{}][{}] is {} forwards but {} reversed", i, j, a, b);
            }
        }
        let ab = parallax::compare(&articles[..2], &CompareOptions::default()).expect("compare");
        let swapped = [articles[1].clone(), articles[0].clone()];
        let ba = parallax::compare(&swapped, &CompareOptions::default()).expect("compare");
        // A verbatim match found from one side is found from the other.
        for al in ab.alignments.iter().filter(|al| al.kind == AlignmentKind::Verbatim) {
            let b_sentence = if al.a.article == 1 { al.a.sentence } else { al.b.sentence };
            prop_assert!(
                ba.alignments.iter().any(|m| m.kind == AlignmentKind::Verbatim
                    && ((m.a.article == 0 && m.a.sentence == b_sentence) || (m.b.article == 0 && m.b.sentence == b_sentence))),
                "verbatim alignment of sentence {} is lost when the articles are swapped", b_sentence
            );
        }
        for s in &articles[0].sentences {
            for t in articles[1].sentences.iter().take(5) {
                let x = parallax::sentence_similarity(&s.text, &t.text);
                let y = parallax::sentence_similarity(&t.text, &s.text);
                prop_assert!((x - y).abs() < 1e-12, "sentence_similarity is not symmetric: {} vs {}", x, y);
                prop_assert!((0.0..=1.0).contains(&x));
            }
        }
    }

    #[test]
    fn exported_json_reimports_exactly(texts in properties_support::story()) {
        let articles = parse_all(&texts);
        for a in &articles {
            let back: Article = serde_json::from_str(&serde_json::to_string(a).expect("serializes")).expect("re-imports");
            prop_assert!(&back == a, "an article changed on its way through JSON");
        }
        let c = parallax::compare(&articles, &CompareOptions::default()).expect("compare");
        let back: parallax::Comparison = serde_json::from_str(&serde_json::to_string(&c).expect("serializes")).expect("re-imports");
        prop_assert!(back == c, "a comparison changed on its way through JSON");
    }
}
