//! Limits and awkward input: documented size limits with clear errors, deep
//! nesting, a megabyte word, control characters, invalid UTF-8, hidden
//! characters, and articles tampered with on their way back from
//! JavaScript. None may panic (a panic is a trap in the browser).
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod properties_support;

use parallax::model::{
    Article, CompareOptions, HiddenKind, HighlightOptions, InputFormat, ParseOptions, Span,
};
use parallax::MAX_INPUT_BYTES;
use parallax::{Error, ErrorKind};
use parallax::{MAX_ARTICLES, MAX_TOTAL_BYTES};
use proptest::prelude::*;
use std::time::{Duration, Instant};

fn options(format: InputFormat) -> ParseOptions {
    ParseOptions { format, ..Default::default() }
}

fn text(input: &str) -> Article {
    parallax::parse(input, &options(InputFormat::Text)).unwrap_or_else(|e| panic!("{e}"))
}

/// A message a user can act on: plain words, no debug dump, no panic text.
fn assert_actionable(e: &Error) {
    let m = e.message();
    assert!(m.len() > 20 && m.ends_with(['.', ')']), "{m:?}");
    assert!(!m.contains("panicked") && !m.contains("Error {") && !m.contains("unwrap"), "{m:?}");
}

/// Highlights the article alone and checks the tiling, which exercises every
/// span the parser produced.
fn assert_highlight_tiles(a: &Article) {
    let h = parallax::highlight(a, None, &HighlightOptions::default()).expect("highlight");
    assert_eq!(h.segments.iter().map(|s| s.text.as_str()).collect::<String>(), a.text);
}

fn within<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(start.elapsed() < limit, "{what} took {:?} (limit {limit:?})", start.elapsed());
    out
}

#[test]
fn per_article_limit_is_documented_in_the_error() {
    let input = "word ".repeat(MAX_INPUT_BYTES / 5 + 1);
    for result in [
        parallax::parse(&input, &ParseOptions::default()),
        parallax::parse_bytes(input.as_bytes(), &ParseOptions::default()),
    ] {
        let e = result.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TooLarge);
        assert!(
            e.message().contains(&format!("at most {} MB", MAX_INPUT_BYTES / 1_048_576)),
            "{}",
            e.message()
        );
        assert_actionable(&e);
    }
}

#[test]
fn article_count_and_total_size_limits_are_clear_errors() {
    let one = text("Ferry delayed\n\nThe ferry from Port Veyra was delayed on Tuesday.");
    let too_many = vec![one.clone(); MAX_ARTICLES + 1];
    let e = parallax::compare(&too_many, &CompareOptions::default()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::TooLarge);
    assert!(e.message().contains(&MAX_ARTICLES.to_string()), "{}", e.message());
    assert_actionable(&e);

    // Articles whose texts add up to more than the total limit; only their
    // length matters to the check, so no parsing is needed to build them.
    let mut big = one.clone();
    big.text = "x".repeat(MAX_TOTAL_BYTES / 3 + 1);
    big.sentences.clear();
    let e = parallax::compare(&[big.clone(), big.clone(), big], &CompareOptions::default())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::TooLarge);
    assert!(
        e.message().contains(&format!("{} MB", MAX_TOTAL_BYTES / 1_048_576)),
        "{}",
        e.message()
    );
    assert_actionable(&e);
}

#[test]
fn ten_thousand_deep_nesting_in_text() {
    for (open, close) in
        [("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’"), ("\"", "\""), ("«", "»"), ("<b>", "</b>")]
    {
        let input = format!(
            "Nested\n\nThe mayor said {}the ferry runs{} on Tuesday. Next sentence.",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        let a = within(Duration::from_secs(30), open, || text(&input));
        assert!(!a.sentences.is_empty(), "{open}");
        assert_highlight_tiles(&a);
    }
}

#[test]
fn ten_thousand_deep_nesting_in_html() {
    let cases = [
        format!("<html><body>{}<p>The ferry from Port Veyra was delayed on Tuesday, officials said.</p>{}</body></html>", "<div>".repeat(10_000), "</div>".repeat(10_000)),
        // Never closed.
        format!("<html><body>{}<p>The ferry from Port Veyra was delayed on Tuesday, officials said.", "<section><b><i>".repeat(10_000)),
        // Inline nesting inside one paragraph, and a deep table.
        format!("<html><body><p>{}The ferry was delayed.{}</p></body></html>", "<span>".repeat(10_000), "</span>".repeat(10_000)),
        format!("<html><body>{}<p>Ferry delayed on Tuesday.</p></body></html>", "<table><tr><td>".repeat(10_000)),
    ];
    for input in &cases {
        match within(Duration::from_secs(60), "deep HTML", || {
            parallax::parse(input, &options(InputFormat::Html))
        }) {
            Ok(a) => assert_highlight_tiles(&a),
            Err(e) => assert_actionable(&e),
        }
    }
}

#[test]
fn one_million_character_word() {
    for ch in ['a', 'é', '🚀'] {
        let word: String = std::iter::repeat_n(ch, 1_000_000).collect();
        let input = format!("Long word\n\nThe mayor said {word} on Tuesday. “It is long,” she said.\n\nSecond paragraph here.");
        let a = within(Duration::from_secs(60), "a 1M-character word", || text(&input));
        assert_eq!(a.text, input);
        assert!(
            a.sentences.iter().any(|s| s.text.contains(&word)),
            "{ch}: the word is in a sentence"
        );
        assert_highlight_tiles(&a);
        let other = text("Long word\n\nThe mayor said nothing on Tuesday.");
        let c = parallax::compare(&[a, other], &CompareOptions::default()).expect("compare");
        assert_eq!(c.articles.len(), 2);
    }
}

#[test]
fn nul_and_control_characters_are_kept_and_flagged() {
    let controls: String = ('\u{0}'..='\u{1F}')
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .chain(['\u{7F}', '\u{85}', '\u{9F}'])
        .collect();
    let input = format!(
        "Ferry\u{0} delayed\n\nThe ferry {controls} was delayed on Tuesday.\u{0}\n\nIt resumed."
    );
    let a = text(&input);
    assert_eq!(a.text, input, "nothing is dropped");
    let flagged: usize =
        a.hidden.iter().filter(|h| h.kind == HiddenKind::Control).map(|h| h.count).sum();
    assert_eq!(flagged, controls.chars().count() + 2);
    assert!(a.warnings.iter().any(|w| w.contains("control")), "{:?}", a.warnings);
    assert_highlight_tiles(&a);
}

#[test]
fn invalid_utf8_is_replaced_and_reported() {
    let cases: [&[u8]; 5] = [
        b"Ferry delayed\n\nThe ferry \xff was delayed.",
        b"Ferry delayed\n\nThe ferry was delayed \xe2\x80", // cut off in a character
        b"Ferry delayed\n\nAn overlong \xc0\xaf slash.",    // overlong encoding
        b"Ferry delayed\n\nA surrogate \xed\xa0\x80 half.", // UTF-16 surrogate in UTF-8
        b"\xfe\xff\x00F\x00e\x00r\x00r\x00y\n\nUTF-16 with a BOM.", // the wrong encoding altogether
    ];
    for bytes in cases {
        let a = parallax::parse_bytes(bytes, &options(InputFormat::Text))
            .expect("decodes with replacement");
        assert!(a.text.contains('\u{FFFD}'));
        assert!(a.warnings.iter().any(|w| w.contains("not valid UTF-8")), "{:?}", a.warnings);
        assert_highlight_tiles(&a);
    }
    let clean = parallax::parse_bytes(
        "Ferry delayed\n\nThe “ferry” was delayed.".as_bytes(),
        &options(InputFormat::Text),
    )
    .unwrap();
    assert!(clean.warnings.iter().all(|w| !w.contains("UTF-8")));
}

#[test]
fn hidden_characters_are_flagged_where_they_are() {
    let input = "Mayor \u{202E}sdrawkcab\u{202C} talks\n\nThe pass\u{200B}word is “tide\u{2066}gauge\u{2069}” 🚀, she said.\n\nTag\u{E0041}\u{E0042} smuggling.";
    let a = text(input);
    let index = parallax::Utf16Index::new(&a.text);
    let kinds: Vec<(HiddenKind, &str)> =
        a.hidden.iter().map(|h| (h.kind, &a.text[index.bytes(h.span)])).collect();
    assert_eq!(
        kinds,
        vec![
            (HiddenKind::Bidi, "\u{202E}"),
            (HiddenKind::Bidi, "\u{202C}"),
            (HiddenKind::ZeroWidth, "\u{200B}"),
            (HiddenKind::Bidi, "\u{2066}"),
            (HiddenKind::Bidi, "\u{2069}"),
            (HiddenKind::Tag, "\u{E0041}\u{E0042}"),
        ]
    );
    for what in ["bidirectional", "zero-width", "tag"] {
        assert_eq!(
            a.warnings.iter().filter(|w| w.contains(what)).count(),
            1,
            "one {what} warning in {:?}",
            a.warnings
        );
    }
    // Ordinary text, emoji sequences and right-to-left scripts raise nothing.
    let plain = text(
        "Family 👩\u{200D}👧 ferry\n\nThe ferry “left” at noon — قال الوزير إن المحادثات ستستمر.",
    );
    assert!(plain.hidden.is_empty(), "{:?}", plain.hidden);
}

/// Moves every span of an article by the given amounts, as a corrupted or
/// hand-edited export would.
fn tamper(a: &mut Article, shift: &[usize]) {
    let mut k = 0;
    let mut next = || {
        k += 1;
        shift[k % shift.len()]
    };
    let bend = |s: &mut Span, next: &mut dyn FnMut() -> usize| {
        *s = Span {
            start: s.start.wrapping_add(next()) % 1_000_000,
            end: s.end.wrapping_add(next()) % 1_000_000,
        };
    };
    for s in &mut a.sentences {
        bend(&mut s.span, &mut next);
        s.index = s.index.wrapping_add(next()) % 64;
    }
    for q in &mut a.quotes {
        bend(&mut q.span, &mut next);
    }
    for l in &mut a.lines {
        bend(&mut l.span, &mut next);
    }
    for n in &mut a.numbers {
        bend(&mut n.number_span, &mut next);
    }
    for e in &mut a.entities {
        for m in &mut e.mentions {
            bend(&mut m.span, &mut next);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The page hands articles back to wasm from storage; a corrupted one
    /// must give a result or an error, never a trap.
    #[test]
    fn tampered_articles_never_panic(texts in properties_support::story(), shift in prop::collection::vec(0usize..200, 1..8)) {
        let mut articles: Vec<Article> = texts.iter().map(|t| text(t)).collect();
        tamper(&mut articles[0], &shift);
        let c = parallax::compare(&articles, &CompareOptions::default());
        let _ = parallax::highlight(&articles[0], None, &HighlightOptions::default());
        if let Ok(c) = &c {
            let _ = parallax::highlight(&articles[0], Some(c), &HighlightOptions { article_index: Some(0), ..Default::default() });
            let _ = parallax::highlight(&articles[1], Some(c), &HighlightOptions { article_index: Some(1), ..Default::default() });
            let _ = parallax::highlight(&articles[1], Some(c), &HighlightOptions { article_index: Some(99), ..Default::default() });
        }
    }
}
