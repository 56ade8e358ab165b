//! Bad input gets a clear error or an honest best effort, never a panic or
//! a hang.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{InputFormat, LineRole, ParseOptions};
use parallax::ErrorKind;
use parallax::MAX_INPUT_BYTES;
use std::time::{Duration, Instant};

fn text_options() -> ParseOptions {
    ParseOptions { format: InputFormat::Text, ..Default::default() }
}

#[test]
fn empty_and_whitespace_only_are_errors() {
    for input in ["", "   ", "\n\r\n\t \u{00a0}\n"] {
        let err = parallax::parse(input, &text_options()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::EmptyInput, "{input:?}");
        assert!(err.message().contains("empty"), "{}", err.message());
    }
}

#[test]
fn over_the_limit_names_the_limit() {
    let input = "a".repeat(MAX_INPUT_BYTES + 1);
    let err = parallax::parse(&input, &text_options()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge);
    assert!(
        err.message().contains(&format!("{} MB", MAX_INPUT_BYTES / 1_048_576)),
        "{}",
        err.message()
    );
}

#[test]
fn one_megabyte_line_without_breaks() {
    let sentence = "The council said 40 boats were damaged on Tuesday, “and more may follow,” Mayor Ida Marsh said. ";
    let input = sentence.repeat(1_048_576 / sentence.len() + 1);
    let start = Instant::now();
    let a = parallax::parse(&input, &text_options()).expect("best effort");
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    assert_eq!(a.lines.len(), 1);
    assert_eq!(a.title, None, "a megabyte is not a headline");
    assert_eq!(a.lines[0].role, LineRole::Body);
    assert!(a.sentences.len() > 10_000);
    assert!(a.quotes.len() > 10_000);
}

#[test]
fn one_megabyte_of_unbroken_characters() {
    let input = "x".repeat(1_048_576);
    let a = parallax::parse(&input, &text_options()).expect("best effort");
    assert_eq!(a.sentences.len(), 1);
}

#[test]
fn other_languages_and_scripts() {
    for input in [
        "Переговоры в Валдоре\n\nМинистр сказал: «Мы готовы». Второе предложение.",
        "ヴァルドールで会談\n\n大臣は「準備ができている」と述べた。次の日。",
        "محادثات في فالدور\n\nقال الوزير إن المحادثات ستستمر.",
        "שיחות בוולדור\n\nהשר אמר כי השיחות יימשכו.",
        "Gespräche in Valdor\n\n„Wir sind bereit“, sagte die Ministerin am Dienstag.",
    ] {
        let a = parallax::parse(input, &text_options()).expect("parses");
        assert!(a.title.is_some(), "{input}");
        assert!(!a.sentences.is_empty(), "{input}");
        let index = parallax::Utf16Index::new(&a.text);
        for s in &a.sentences {
            assert_eq!(&a.text[index.bytes(s.span)], s.text);
        }
    }
}

#[test]
fn all_caps_text() {
    let input = "HARBOR REOPENS AFTER STORM\n\nTHE PORT OF VALDOR REOPENED ON MONDAY, OFFICIALS SAID. 40 BOATS WERE DAMAGED.\n\nMAYOR IDA MARSH SAID: \"WE ARE BACK.\"";
    let a = parallax::parse(input, &text_options()).expect("parses");
    assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some("HARBOR REOPENS AFTER STORM"));
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.sentences.len() >= 3);
    assert_eq!(a.quotes.len(), 1);
}

#[test]
fn odd_characters_do_not_break_offsets() {
    let input = "Title\u{feff} with BOM\r\n\r\n\u{202e}Reversed\u{202c} text said “x” 🚀🚀.\r\nNext line\u{0000} with NUL.";
    let a = parallax::parse(input, &text_options()).expect("parses");
    assert!(a.warnings.iter().any(|w| w.contains("bidirectional")));
    let index = parallax::Utf16Index::new(&a.text);
    for q in &a.quotes {
        assert_eq!(&a.text[index.bytes(q.span)], q.text);
    }
}
