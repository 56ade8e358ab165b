//! The same input gives byte-identical output, and spans point at the right
//! text even around curly quotes, em dashes, emoji and CRLF line breaks.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../bench/compare/corpus.rs"]
mod corpus;

use parallax::model::{CompareOptions, ParseOptions};

fn parse_all(texts: &[String]) -> Vec<parallax::Article> {
    texts.iter().map(|t| parallax::parse(t, &ParseOptions::default()).unwrap()).collect()
}

#[test]
fn same_input_gives_byte_identical_json() {
    let texts = corpus::corpus(30);
    let first = serde_json::to_string(
        &parallax::compare(&parse_all(&texts), &CompareOptions::default()).unwrap(),
    )
    .unwrap();
    let second = serde_json::to_string(
        &parallax::compare(&parse_all(&texts), &CompareOptions::default()).unwrap(),
    )
    .unwrap();
    assert_eq!(first, second);
    assert!(first.contains("\"alignments\":[{"), "the corpus should produce alignments");
}

/// Two fictional reports of one fictional event, one with CRLF, emoji and
/// curly quotes.
const REPORT_A: &str = "Ferry fire in Lake Oriel 🚢\r\n\r\nA ferry caught fire on Lake Oriel on Tuesday, killing three people and injuring 40 others, the harbour office said.\r\n\r\n“We emphasised the importance of keeping every lifeboat ready,” harbour master Ines Varga said — and crews did.\r\n\r\nThe operator pledged $2bn for new boats.";
const REPORT_B: &str = "Three dead in Lake Oriel ferry blaze\n\nThree people were killed and 52 others were injured when a ferry caught fire on Lake Oriel, the harbor office said.\n\nHarbor master Ines Varga said: \"We emphasized the importance of keeping every lifeboat ready.\"\n\nThe operator pledged nearly $2 billion for new boats.";

fn slice(text: &str, span: parallax::Span) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[span.start..span.end]).unwrap()
}

#[test]
fn findings_on_unicode_and_crlf_text_point_at_the_right_words() {
    let a = parallax::parse(REPORT_A, &ParseOptions::default()).unwrap();
    let b = parallax::parse(REPORT_B, &ParseOptions::default()).unwrap();
    let c = parallax::compare(&[a.clone(), b.clone()], &CompareOptions::default()).unwrap();
    let texts = [&a.text, &b.text];
    assert_eq!(c.events.len(), 1, "{:?}", c.events);
    assert!(!c.alignments.is_empty());
    for al in &c.alignments {
        assert_eq!(slice(texts[al.a.article], al.a.span), a.sentences[al.a.sentence].text);
    }
    let quote = c.shared_quotes.first().expect("the lifeboat quote is shared");
    assert_eq!(quote.occurrences.len(), 2);
    for o in &quote.occurrences {
        assert_eq!(slice(texts[o.article], o.span), o.text);
        assert_eq!(o.speaker.as_deref(), Some("Ines Varga"));
    }
    let injured =
        c.discrepancies.iter().find(|d| d.quantity.contains("injured")).expect("40 vs 52 injured");
    let values: Vec<String> =
        injured.values.iter().map(|v| slice(texts[v.article], v.span)).collect();
    assert_eq!(values, ["40", "52"]);
    assert!(
        c.discrepancies.iter().all(|d| !d.quantity.contains("killed")),
        "three and Three agree: {:?}",
        c.discrepancies
    );
    let money = c
        .agreements
        .iter()
        .find(|a| a.quantity.contains("usd"))
        .expect("$2bn and nearly $2 billion agree");
    let forms: Vec<String> = money.values.iter().map(|v| slice(texts[v.article], v.span)).collect();
    assert_eq!(forms, ["$2bn", "nearly $2 billion"]);
    assert!(
        c.variants.iter().any(|v| v.forms.iter().any(|f| f.form == "harbour")),
        "{:?}",
        c.variants
    );
}

#[test]
fn unrelated_reports_are_separate_events() {
    let other = "Library reopens in Carrow\n\nThe Carrow public library reopened on Monday after a two-year renovation, the council said.";
    let a = parallax::parse(REPORT_A, &ParseOptions::default()).unwrap();
    let b = parallax::parse(other, &ParseOptions::default()).unwrap();
    let c = parallax::compare(&[a, b], &CompareOptions::default()).unwrap();
    assert_eq!(c.events.len(), 2);
    assert!(c.threads.is_empty());
    assert!(c.discrepancies.is_empty());
}

#[test]
fn bad_options_are_errors_not_panics() {
    let a = parallax::parse(REPORT_A, &ParseOptions::default()).unwrap();
    let options = CompareOptions { min_alignment_score: 1.5, ..Default::default() };
    let err = parallax::compare(&[a], &options).unwrap_err();
    assert_eq!(err.kind(), parallax::ErrorKind::InvalidArgument);
    assert!(parallax::compare(&[], &CompareOptions::default()).unwrap().events.is_empty());
}
