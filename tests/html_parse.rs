//! Saved HTML pages through `parse`: metadata, the article's blocks and
//! their roles, UTF-16 spans, and bad input. The fixtures are fictional
//! pages written for these tests.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{InputFormat, LineRole, ParseOptions, RemovalReason, Span};
use parallax::{parse, parse_bytes, Article, ErrorKind};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture exists")
}

fn html_options() -> ParseOptions {
    ParseOptions { format: InputFormat::Html, ..Default::default() }
}

/// The text a UTF-16 span covers, sliced the way JavaScript would.
fn js_slice(text: &str, span: Span) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[span.start..span.end]).expect("span on char boundaries")
}

fn lines_with(article: &Article, role: LineRole) -> Vec<String> {
    article
        .lines
        .iter()
        .filter(|l| l.role == role)
        .map(|l| js_slice(&article.text, l.span))
        .collect()
}

fn pier() -> Article {
    let page = String::from_utf8(fixture("pier-closure.html")).unwrap();
    parse(
        &page,
        &ParseOptions {
            url: Some("https://gazette.example/news/2031/06/17/pier".into()),
            ..html_options()
        },
    )
    .expect("article")
}

#[test]
fn metadata_follows_json_ld_then_meta() {
    let a = pier();
    assert_eq!(a.format, InputFormat::Html);
    assert_eq!(
        a.title.as_ref().unwrap().text,
        "Brackenford pier to close after inspectors find rotten pilings"
    );
    assert_eq!(
        a.bylines.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
        vec!["Morwenna Tasker"]
    );
    assert_eq!(a.outlet.as_ref().unwrap().text, "The Brackenford Gazette");
    assert_eq!(
        a.dek.as_ref().unwrap().text,
        "The 1911 ferry pier will shut on Friday; repairs could cost £2.4m."
    );
    assert_eq!(a.published.as_ref().unwrap().iso, "2031-06-17");
    assert_eq!(a.language.as_deref(), Some("en-GB"));
}

#[test]
fn body_keeps_paragraphs_subheads_lists_quotes_and_captions_apart() {
    let a = pier();
    let body = lines_with(&a, LineRole::Body).join("\n");
    for kept in [
        "Brackenford’s ferry pier will close on Friday",
        "The pier — built in 1911",
        "The operator, Skellow Crossings, said",
        "Season tickets will be refunded in full.",
        "Freight will move to the Tuesday barge.",
        "Repairs could cost £2.4m",
        "Residents of Skellow",
        "The council will meet again on 2 July",
    ] {
        assert!(body.contains(kept), "body lacks {kept:?}:\n{body}");
    }
    assert_eq!(lines_with(&a, LineRole::Subhead), vec!["What happens to the ferry?"]);
    assert_eq!(a.subheads.len(), 1);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.captions[0].text, "The pier at low tide on Monday. Photograph: Gazette staff");
    assert!(!body.contains("low tide"), "caption leaked into the body");
}

#[test]
fn page_furniture_is_left_out_of_the_body() {
    let a = pier();
    let body = lines_with(&a, LineRole::Body).join("\n");
    for dropped in [
        "cookies",
        "Home",
        "Share",
        "Tweet",
        "Sign up for",
        "Skellow ferry fares rise",
        "Seal spotted",
        "falling apart",
        "All rights reserved",
        "injected by script",
        "never runs",
    ] {
        assert!(!body.contains(dropped), "body keeps {dropped:?}:\n{body}");
    }
    // What was dropped inside the article is shown, with a reason.
    let newsletter = a
        .removed
        .iter()
        .find(|r| r.text.starts_with("Sign up for"))
        .expect("newsletter prompt listed as removed");
    assert!(matches!(newsletter.reason, RemovalReason::Promo | RemovalReason::Prompt));
}

#[test]
fn sentences_and_spans_point_into_the_text_in_utf16() {
    let a = pier();
    assert!(a.text.contains('🚢') && a.text.contains('—') && a.text.contains('’'));
    for s in &a.sentences {
        assert_eq!(js_slice(&a.text, s.span), s.text);
    }
    for located in
        a.title.iter().chain(&a.dek).chain(&a.bylines).chain(&a.outlet).chain(&a.subheads)
    {
        assert_eq!(js_slice(&a.text, located.span), located.text);
    }
    for caption in &a.captions {
        assert_eq!(js_slice(&a.text, caption.span), caption.text);
    }
    for removed in &a.removed {
        assert_eq!(js_slice(&a.text, removed.span), removed.text);
    }
    let quote_sentence = a
        .sentences
        .iter()
        .find(|s| s.text.contains("unambiguous"))
        .expect("sentence with the quote");
    assert!(
        quote_sentence.text.ends_with("🚢") || quote_sentence.text.ends_with('”'),
        "{:?}",
        quote_sentence.text
    );
    let split: Vec<&str> = a
        .sentences
        .iter()
        .map(|s| s.text.as_str())
        .filter(|s| s.starts_with("“We had no choice,”"))
        .collect();
    assert_eq!(split.len(), 1, "{:?}", a.sentences);
}

#[test]
fn every_line_of_the_text_has_a_role() {
    let a = pier();
    let units = a.text.encode_utf16().count();
    let mut next = 0;
    for line in &a.lines {
        assert_eq!(line.span.start, next, "lines must tile the text");
        next = line.span.end + 1; // the "\n" between lines
        assert_eq!(line.reason.is_some(), line.role == LineRole::Removed);
    }
    assert_eq!(next, units + 1);
    assert!(a.paragraphs.iter().all(|p| p.sentence_count > 0));
}

#[test]
fn auto_format_and_file_name_route_to_html() {
    let page = String::from_utf8(fixture("pier-closure.html")).unwrap();
    let auto = parse(&page, &ParseOptions::default()).unwrap();
    assert_eq!(auto.format, InputFormat::Html);
    let named = parse_bytes(
        page.as_bytes(),
        &ParseOptions { file_name: Some("pier.HTML".into()), ..Default::default() },
    )
    .unwrap();
    assert_eq!(named.format, InputFormat::Html);
    assert_eq!(named.text, auto.text);
}

#[test]
fn declared_windows_1252_is_decoded_from_bytes() {
    let a = parse_bytes(&fixture("cafe-windows-1252.html"), &ParseOptions::default()).unwrap();
    let body = lines_with(&a, LineRole::Body).join("\n");
    assert!(body.contains("“It’s over,” said Renée Osgood"), "{body}");
    assert!(body.contains("since 2009 – and"), "{body}");
    assert!(body.contains("about £12,000"), "{body}");
    assert!(!a.text.contains('\u{FFFD}'));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert_eq!(a.title.unwrap().text, "Café owner wins appeal");
}

#[test]
fn iso_8859_1_declaration_decodes_like_browsers() {
    let mut page = b"<html><head><meta charset=\"ISO-8859-1\"><title>Na\xefve plan</title></head><body><article>".to_vec();
    page.extend_from_slice(b"<p>The na\xefve plan cost \xa3400,000 and the council\x92s own auditors said on Tuesday that nobody had signed it off properly.</p>");
    page.extend_from_slice(b"<p>The auditors asked for the minutes of every meeting since January, and the council agreed to publish them by the end of the month.</p></article></body></html>");
    let a = parse_bytes(&page, &html_options()).unwrap();
    assert!(a.text.contains("naïve plan cost £400,000 and the council’s own"), "{}", a.text);
}

#[test]
fn page_without_an_article_is_a_clear_error() {
    let page = String::from_utf8(fixture("index-page.html")).unwrap();
    let error = parse(&page, &html_options()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NoArticle);
    assert!(error.message().contains("No article found"), "{}", error.message());
    let error = parse("<html><body></body></html>", &html_options()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NoArticle);
}

const PARA: &str = "<p>The council of Brackenford voted on Tuesday to close the old ferry pier, which has stood since 1911, after an inspection found its pilings rotten.</p>";

fn two_paragraphs() -> String {
    format!("{PARA}{}", PARA.replace("Tuesday", "Monday").replace("old", "older"))
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

#[test]
fn truncated_html_gives_what_is_there() {
    let page = format!("<html><head><title>Pier closes</title></head><body><article>{}<p>The mayor said repairs would co", two_paragraphs());
    let a = parse(&page, &html_options()).unwrap();
    assert!(a.paragraphs.len() >= 2);
    assert!(a.text.contains("The mayor said repairs would co"));
}

#[test]
fn page_without_body_tag_still_parses() {
    let page = format!("<title>Pier closes</title>{}", two_paragraphs());
    let a = parse(&page, &html_options()).unwrap();
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(a.title.unwrap().text, "Pier closes");
}

#[test]
fn ten_thousand_nested_divs_are_flattened_quickly() {
    let page = format!(
        "<html><body>{}{}{}</body></html>",
        "<div>".repeat(10_000),
        two_paragraphs(),
        "</div>".repeat(10_000)
    );
    let (a, took) = timed(|| parse(&page, &html_options()).unwrap());
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.warnings.iter().any(|w| w.contains("10000 deep")), "{:?}", a.warnings);
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn multi_megabyte_inline_images_are_skipped() {
    let blob = "QUJD".repeat(1_500_000); // 6 MB of base64
    let page = format!(
        "<html><body><article><img src=\"data:image/png;base64,{blob}\">{}</article></body></html>",
        two_paragraphs()
    );
    let (a, took) = timed(|| parse(&page, &html_options()).unwrap());
    assert_eq!(a.paragraphs.len(), 2);
    assert!(!a.text.contains("QUJD"));
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn text_input_is_not_treated_as_html() {
    let a =
        parse("Pier closes\n\nThe council voted on Tuesday.", &ParseOptions::default()).unwrap();
    assert_eq!(a.format, InputFormat::Text);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
        #[test]
        fn on_tag_soup(parts in proptest::collection::vec(prop_oneof![
            Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()), Just("</p>".to_string()),
            Just("<script>".to_string()), Just("<!--".to_string()), Just("<meta charset=x>".to_string()),
            Just("<a href='data:".to_string()), Just("\"".to_string()), Just("<".to_string()), Just(">".to_string()),
            "[a-zA-Z “”—é🚢 .,]{0,40}".prop_map(|s| s),
        ], 0..60)) {
            let page = parts.concat();
            if let Ok(a) = parse(&page, &html_options()) {
                for s in &a.sentences {
                    prop_assert_eq!(js_slice(&a.text, s.span), s.text.clone());
                }
            }
            let _ = parse_bytes(page.as_bytes(), &html_options());
        }
    }
}

#[test]
fn body_stages_run_on_html_like_on_text() {
    let a = pier();
    let quote = a.quotes.iter().find(|q| q.text.contains("We had no choice")).expect("quote found");
    assert_eq!(quote.speaker.as_deref(), Some("Idris Fenwick"));
    assert!(
        a.numbers.iter().any(|n| n.value == Some(1200.0)),
        "{:?}",
        a.numbers.iter().map(|n| &n.text).collect::<Vec<_>>()
    );
    // "2 July" has no year: the page's date supplies it.
    let july = a.dates.iter().find(|d| d.text.contains("2 July")).expect("date found");
    assert_eq!(july.resolved.as_deref(), Some("2031-07-02"));
    assert!(a.entities.iter().any(|e| e.name == "Idris Fenwick"));
    for q in &a.quotes {
        assert_eq!(js_slice(&a.text, q.span), q.text);
    }
}
