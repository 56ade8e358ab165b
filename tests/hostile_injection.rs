//! Script injection, natively: hostile payloads (our own corpus and
//! DOMPurify's) in every field of both input formats go through parse,
//! compare and highlight. The HTML that highlight writes must hold only
//! Parallax's own `<span>`s, and its text must read back as the payloads
//! literally. The browser half is tests/e2e/injection.test.mjs.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod hostile_support;

use hostile_support::{all_payloads, assert_html_is_inert, own_payloads, Payload};
use parallax::model::{Article, CompareOptions, HighlightOptions, InputFormat, ParseOptions};
use parallax::ErrorKind;

/// A fictional article with the payload in its title, byline, a caption, a
/// quote and the body.
fn text_article(p: &str) -> String {
    format!(
        "Tide gauge fails at Port Veyra {p}\n\
         By Mara Quell {p}\n\
         A gauge on the east pier on Monday. {p} (Ilse Varn/Veyra Courier)\n\
         \n\
         The tide gauge at Port Veyra stopped reporting on Monday, harbour officials said. {p}\n\
         \n\
         “The readings stopped at noon {p},” harbour master Oren Pike said.\n\
         \n\
         Crews replaced 3 sensors by evening.\n"
    )
}

/// The same story as a saved page with the payload as raw markup in the
/// title, caption, quote and body, and inside attribute values. Raw markup
/// may legitimately swallow what follows it (an unclosed `<style>` does in
/// every browser), so only inertness is checked on these.
fn raw_html_article(p: &str) -> String {
    let attr = p.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<!doctype html><html><head><title>Tide gauge fails {p}</title>\
         <meta name=\"author\" content=\"Mara Quell {attr}\"><meta property=\"og:title\" content=\"{attr}\"></head>\
         <body><article><h1>Tide gauge fails at Port Veyra {p}</h1><p class=\"byline\">By Mara Quell {p}</p>\
         <figure><img src=\"gauge.jpg\" alt=\"{attr}\"><figcaption>A gauge on the east pier. {p}</figcaption></figure>\
         <p>The tide gauge at Port Veyra stopped reporting on Monday, harbour officials said. {p}</p>\
         <blockquote>“The readings stopped at noon {p},” harbour master Oren Pike said.</blockquote>\
         <p><a href=\"{attr}\" title=\"{attr}\">Crews replaced 3 sensors by evening.</a></p></article></body></html>"
    )
}

/// The payload escaped, as a page shows code: it is text, so the article's
/// title, byline, caption, quote and body must carry it literally.
fn escaped_html_article(p: &str) -> String {
    let e =
        p.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    format!(
        "<!doctype html><html><head><title>Tide gauge fails {e}</title><meta name=\"author\" content=\"Mara Quell\"></head>\
         <body><article><h1>Tide gauge fails at Port Veyra {e}</h1><p class=\"byline\">By Mara Quell {e}</p>\
         <figure><img src=\"gauge.jpg\" alt=\"\"><figcaption>A gauge on the east pier. {e}</figcaption></figure>\
         <p>The tide gauge at Port Veyra stopped reporting on Monday, harbour officials said. Readers sent: {e}</p>\
         <blockquote>“The readings stopped at noon {e},” harbour master Oren Pike said.</blockquote>\
         <p>Crews replaced 3 sensors by evening.</p></article></body></html>"
    )
}

fn highlight_all(articles: &[Article], what: &str) {
    let comparison = parallax::compare(articles, &CompareOptions::default())
        .unwrap_or_else(|e| panic!("{what}: compare failed: {e}"));
    for (i, a) in articles.iter().enumerate() {
        let alone = parallax::highlight(a, None, &HighlightOptions::default()).expect("highlight");
        assert_html_is_inert(a, &alone, what);
        let options = HighlightOptions { article_index: Some(i), ..Default::default() };
        let marked =
            parallax::highlight(a, Some(&comparison), &options).expect("highlight with comparison");
        assert_html_is_inert(a, &marked, what);
    }
}

#[test]
fn text_payloads_stay_literal_through_parse_compare_and_highlight() {
    let payloads = all_payloads();
    assert!(payloads.len() >= 50);
    let plain = parallax::parse(&text_article("and nothing else"), &ParseOptions::default())
        .expect("control article");
    for Payload { id, text: p } in &payloads {
        let input = text_article(p);
        let options = ParseOptions { format: InputFormat::Text, ..Default::default() };
        let a = parallax::parse(&input, &options).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(a.text, input, "{id}: plain text is kept as given");
        // Title and byline keep the payload as text; the page shows them
        // with textContent, so they must not be altered either.
        if let Some(title) = &a.title {
            assert!(input.contains(&title.text), "{id}");
        }
        highlight_all(&[a, plain.clone()], id);
    }
}

#[test]
fn html_payloads_never_leave_markup_in_the_output() {
    let payloads = all_payloads();
    let options = ParseOptions { format: InputFormat::Html, ..Default::default() };
    let probe = parallax::parse(&raw_html_article("safe"), &options);
    if let Err(e) = &probe {
        if e.kind() == ErrorKind::InvalidArgument && e.message().contains("not supported") {
            eprintln!(
                "NOTICE: skipping the HTML half: this build has no HTML parser yet ({})",
                e.message()
            );
            return;
        }
    }
    let plain = probe.expect("the control page parses");
    for Payload { id, text: p } in &payloads {
        for (variant, input) in [("raw", raw_html_article(p)), ("escaped", escaped_html_article(p))]
        {
            let what = format!("{id} ({variant})");
            let a = match parallax::parse(&input, &options) {
                Ok(a) => a,
                // Raw markup may leave no readable body; that must be a clear error.
                Err(e) if variant == "raw" => {
                    assert!(e.message().len() > 20, "{what}: {e}");
                    continue;
                }
                Err(e) => panic!("{what}: {e}"),
            };
            if variant == "escaped" {
                // Escaped markup is text: it reads literally. HTML's text
                // drops C0 control characters (they are parse errors that
                // browsers do not show) and collapses whitespace, so the
                // payload is compared without them.
                let shown: String =
                    p.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
                let visible = shown.split_whitespace().collect::<Vec<_>>().join(" ");
                let text = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    text.contains(&visible),
                    "{what}: the escaped payload does not read literally in {:?}",
                    a.text
                );
            }
            highlight_all(&[a, plain.clone()], &what);
        }
    }
}

#[test]
fn comparison_summaries_carry_text_not_markup() {
    // Titles travel into the comparison summary, which the page renders;
    // they must be the text as given (the page escapes), never re-parsed.
    let articles: Vec<Article> = own_payloads()
        .iter()
        .map(|p| {
            let input = format!("{}\n\nThe gauge failed on Monday, officials said.", p.text);
            parallax::parse(
                &input,
                &ParseOptions { format: InputFormat::Text, ..Default::default() },
            )
            .expect(&p.id)
        })
        .collect();
    let comparison = parallax::compare(&articles, &CompareOptions::default()).expect("compare");
    for (summary, article) in comparison.articles.iter().zip(&articles) {
        assert_eq!(summary.title, article.title.as_ref().map(|t| t.text.clone()));
    }
    let json = serde_json::to_string(&comparison).expect("serializes");
    let back: parallax::Comparison = serde_json::from_str(&json).expect("re-imports");
    assert!(back == comparison, "the comparison does not re-import from JSON exactly");
}
