//! Browser tests of the JavaScript boundary, run by `wasm-pack test
//! --headless --chrome` and `--firefox`. They call the exported functions as
//! JavaScript would, through `JsValue`s, and check what comes back.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use parallax::wasm as boundary;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/tests/web_helpers.js")]
extern "C" {
    /// `text.slice(start, end)` with JavaScript's own UTF-16 indexing.
    fn js_slice(text: &str, start: f64, end: f64) -> String;
    /// Where two values first differ, as a path; empty when they are the same.
    fn first_difference(a: &JsValue, b: &JsValue) -> String;
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

/// Calls an exported function the way its JavaScript binding does, and
/// turns a failure into the message of the `Error` that JavaScript would catch.
fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(JsValue::UNDEFINED);
    let result = match name {
        "version" => Ok(JsValue::from_str(&boundary::version())),
        "parse" => boundary::parse(arg(0), Some(arg(1))),
        "compare" => boundary::compare(arg(0), Some(arg(1))),
        "diff" => boundary::diff(&arg(0).as_string().unwrap(), &arg(1).as_string().unwrap()),
        "sentenceSimilarity" => Ok(JsValue::from_f64(boundary::sentence_similarity(
            &arg(0).as_string().unwrap(),
            &arg(1).as_string().unwrap(),
        ))),
        other => panic!("no export {other}"),
    };
    result.map_err(|e| {
        let thrown = JsValue::from(e);
        let error =
            thrown.dyn_ref::<js_sys::Error>().expect("a JS Error instance, not a trap or a string");
        String::from(error.message())
    })
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn num(value: &JsValue, key: &str) -> f64 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"))
}

/// Every sentence's span, sliced by JavaScript, must give the sentence text.
fn assert_spans_slice_correctly(article: &JsValue) {
    let text = get(article, "text").as_string().unwrap();
    let sentences: Array = get(article, "sentences").into();
    assert!(sentences.length() > 0);
    for s in sentences.iter() {
        let span = get(&s, "span");
        let sliced = js_slice(&text, num(&span, "start"), num(&span, "end"));
        assert_eq!(sliced, get(&s, "text").as_string().unwrap());
    }
}

const AWKWARD: &str = "Ferry “Aurora” sinks — 12 rescued 🚤\r\n\r\nThe ferry’s captain said: “We did all we could.” 🌊 It sank at dawn.\r\nRescuers — from three towns — found 12 survivors. Mr. Ortiz led them 👩‍🚒.";

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    let v = call("version", &[]).unwrap();
    assert_eq!(v.as_string().unwrap(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn parse_gives_utf16_spans_on_quotes_dashes_emoji_and_crlf() {
    let article =
        call("parse", &[JsValue::from_str(AWKWARD), options(r#"{"format":"text"}"#)]).unwrap();
    assert_spans_slice_correctly(&article);
    let title = get(&article, "title");
    let span = get(&title, "span");
    assert_eq!(
        js_slice(AWKWARD, num(&span, "start"), num(&span, "end")),
        "Ferry “Aurora” sinks — 12 rescued 🚤"
    );
    // Lines cover the text between line breaks exactly.
    let lines: Array = get(&article, "lines").into();
    let mut rebuilt = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            rebuilt.push('\n');
        }
        let span = get(&line, "span");
        rebuilt.push_str(&js_slice(AWKWARD, num(&span, "start"), num(&span, "end")));
    }
    assert_eq!(rebuilt, AWKWARD.replace("\r\n", "\n"));
}

#[wasm_bindgen_test]
fn parse_accepts_bytes_and_reports_bad_utf8() {
    let mut bytes = "Headline\n\nBody text here.".as_bytes().to_vec();
    bytes.push(0xff);
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let article = call("parse", &[array.into(), JsValue::UNDEFINED]).unwrap();
    let warnings: Array = get(&article, "warnings").into();
    assert_eq!(warnings.length(), 1);
}

#[wasm_bindgen_test]
fn results_round_trip_through_compare_and_highlight() {
    let a = call(
        "parse",
        &[
            JsValue::from_str("Storm hits coast\n\nThe storm killed two people. Power failed."),
            JsValue::NULL,
        ],
    )
    .unwrap();
    let b = call("parse", &[JsValue::from_str(AWKWARD), JsValue::NULL]).unwrap();
    // A plain JS round trip (as the page's storage would do) must still be accepted.
    let a = JSON::parse(&JSON::stringify(&a).unwrap().as_string().unwrap()).unwrap();
    let articles: Array = [a.clone(), b.clone()].iter().collect();
    let comparison = call("compare", &[articles.into(), JsValue::UNDEFINED]).unwrap();
    let matrix: Array = get(&comparison, "similarity").into();
    assert_eq!(matrix.length(), 2);
    assert!(
        !get(&comparison, "similarity").is_instance_of::<js_sys::Map>(),
        "plain objects, not Maps"
    );
    // The same articles in a Workspace: highlight() packs the segments,
    // which tile the text; html() escapes it.
    let mut workspace = boundary::Workspace::new();
    for article in [&a, &b] {
        workspace.add(article.clone()).map_err(JsValue::from).unwrap();
    }
    workspace.compare(None).map_err(JsValue::from).unwrap();
    let packed = workspace.highlight(1, None).map_err(JsValue::from).unwrap();
    let cells = js_sys::Int32Array::from(get(&packed, "cells")).to_vec();
    assert_eq!(num(&packed, "stride"), 5.0);
    let text = get(&b, "text").as_string().unwrap();
    let joined: String =
        cells.chunks(5).map(|c| js_slice(&text, c[0].into(), c[1].into())).collect();
    assert_eq!(joined, AWKWARD);
    let html = workspace.html(1, None).map_err(JsValue::from).unwrap();
    assert!(html.contains("🚤"));
    let missing = workspace.highlight(2, None).map_err(JsValue::from).unwrap_err();
    assert!(String::from(js_sys::Error::from(missing).message()).contains("no article 3"));
    assert!(Object::keys(&get(&a, "title").into()).length() == 2);
}

#[wasm_bindgen_test]
fn errors_become_js_exceptions_with_a_message() {
    let empty = call("parse", &[JsValue::from_str("   \r\n  "), JsValue::UNDEFINED]).unwrap_err();
    assert!(empty.contains("empty"), "{empty}");
    let wrong_type = call("parse", &[JsValue::from_f64(42.0), JsValue::UNDEFINED]).unwrap_err();
    assert!(wrong_type.contains("string"), "{wrong_type}");
    let bad_option =
        call("parse", &[JsValue::from_str("Title\n\nBody."), options(r#"{"format":"pdf"}"#)])
            .unwrap_err();
    assert!(bad_option.contains("parse options"), "{bad_option}");
    let not_articles =
        call("compare", &[JsValue::from_str("nope"), JsValue::UNDEFINED]).unwrap_err();
    assert!(not_articles.contains("articles"), "{not_articles}");
    let big = "x".repeat(9 * 1024 * 1024);
    let too_large = call("parse", &[JsValue::from_str(&big), JsValue::UNDEFINED]).unwrap_err();
    assert!(too_large.contains("at most"), "{too_large}");
}

#[wasm_bindgen_test]
fn sentence_similarity_is_exported() {
    let same = call(
        "sentenceSimilarity",
        &[JsValue::from_str("“Go now,” he said."), JsValue::from_str("\"Go now,\" he said.")],
    )
    .unwrap();
    assert_eq!(same.as_f64().unwrap(), 1.0);
}

#[wasm_bindgen_test]
fn diff_gives_whole_word_chunks_with_utf16_spans() {
    let a = "The ferry’s captain — Imre Solt 🚤 — saved 12 people.\r\nIt sank.";
    let b = "The ferry’s skipper — Imre Solt 🚤 — saved 14 people.\r\nIt sank.";
    let result = call("diff", &[JsValue::from_str(a), JsValue::from_str(b)]).unwrap();
    let chunks: Array = get(&result, "chunks").into();
    let mut changed = Vec::new();
    for chunk in chunks.iter() {
        let op = get(&chunk, "op").as_string().unwrap();
        let text = get(&chunk, "text").as_string().unwrap();
        for (side, source) in [("a", a), ("b", b)] {
            let span = get(&chunk, side);
            if !span.is_null() {
                assert_eq!(
                    js_slice(source, num(&span, "start"), num(&span, "end")),
                    text,
                    "{side} span of {text:?}"
                );
            }
        }
        if op != "equal" {
            changed.push(format!("{op}:{text}"));
        }
    }
    assert_eq!(changed, ["delete:captain", "insert:skipper", "delete:12", "insert:14"]);
    // Ten words on each side, eight of them shared.
    assert_eq!(num(&result, "similarity"), 0.8);
}

/// What serde-wasm-bindgen makes of a result, with the settings the boundary
/// promises (`None` as `null`, maps as plain objects): the reference the
/// boundary's own faster conversion (src/wasm/tape.rs) must match exactly.
fn by_serde<T: serde::Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap()
}

fn assert_same(ours: &JsValue, reference: &JsValue, what: &str) {
    let difference = first_difference(ours, reference);
    assert!(
        difference.is_empty(),
        "{what}: the boundary's result differs from serde-wasm-bindgen's at {difference}"
    );
}

#[wasm_bindgen_test]
fn results_are_exactly_what_serde_wasm_bindgen_would_give() {
    let texts = [
        include_str!("../www/demo/coastline-daily.txt"),
        include_str!("../www/demo/harbor-ledger.txt"),
        include_str!("../www/demo/meridian-wire.txt"),
        include_str!("../www/demo/northern-sentinel.txt"),
        include_str!("fixtures/text/crlf_emoji.txt"),
        include_str!("fixtures/html/pier-closure.html"),
        AWKWARD,
    ];
    let mut articles = Vec::new();
    let js_articles = Array::new();
    for text in texts {
        let ours = call("parse", &[JsValue::from_str(text), JsValue::UNDEFINED]).unwrap();
        let article = parallax::parse(text, &Default::default()).unwrap();
        assert_same(&ours, &by_serde(&article), &format!("parse of {:?}", &text[..40]));
        js_articles.push(&ours);
        articles.push(article);
    }
    let ours = call("compare", &[js_articles.clone().into(), JsValue::UNDEFINED]).unwrap();
    let comparison = parallax::compare(&articles, &Default::default()).unwrap();
    assert_same(&ours, &by_serde(&comparison), "compare");
    // A Workspace holding the same articles gives the same comparison, and
    // each article's packed highlight holds highlight()'s segments.
    let mut workspace = boundary::Workspace::new();
    for article in js_articles.iter() {
        workspace.add(article).map_err(JsValue::from).unwrap();
    }
    let ours = workspace.compare(None).map_err(JsValue::from).unwrap();
    assert_same(&ours, &by_serde(&comparison), "Workspace.compare");
    for (i, article) in articles.iter().enumerate() {
        let options =
            parallax::model::HighlightOptions { article_index: Some(i), ..Default::default() };
        let native = parallax::highlight(article, Some(&comparison), &options).unwrap();
        let packed = workspace.highlight(i, None).map_err(JsValue::from).unwrap();
        let cells = js_sys::Int32Array::from(get(&packed, "cells")).to_vec();
        let refs = js_sys::Int32Array::from(get(&packed, "refs")).to_vec();
        let layers: Vec<String> =
            Array::from(&get(&packed, "layers")).iter().map(|l| l.as_string().unwrap()).collect();
        assert_eq!(cells.len(), native.segments.len() * 5, "highlight of article {i}");
        let mut refs_from = 0;
        for (seg, c) in native.segments.iter().zip(cells.chunks(5)) {
            assert_eq!((c[0] as usize, c[1] as usize), (seg.span.start, seg.span.end));
            let names: Vec<String> = seg
                .layers
                .iter()
                .map(|l| serde_json::to_value(l).unwrap().as_str().unwrap().to_string())
                .collect();
            let bits: Vec<String> = (0..layers.len())
                .filter(|b| c[2] & 1 << b != 0)
                .map(|b| layers[b].clone())
                .collect();
            let mut sorted = names.clone();
            sorted.sort_by_key(|n| layers.iter().position(|l| l == n));
            assert_eq!(bits, sorted, "layers of a segment of article {i}");
            assert_eq!(c[3], seg.sentence.map_or(-1, |s| s as i32));
            let pairs: Vec<(usize, usize)> = refs[refs_from * 2..c[4] as usize * 2]
                .chunks(2)
                .map(|r| (r[0] as usize, r[1] as usize))
                .collect();
            let expected: Vec<(usize, usize)> =
                seg.refs.iter().map(|r| (r.article, r.sentence)).collect();
            assert_eq!(pairs, expected);
            refs_from = c[4] as usize;
        }
        assert_eq!(workspace.html(i, None).map_err(JsValue::from).unwrap(), native.html);
    }
    let (a, b) = (texts[4], AWKWARD);
    let ours = call("diff", &[JsValue::from_str(a), JsValue::from_str(b)]).unwrap();
    assert_same(&ours, &by_serde(&parallax::diff(a, b)), "diff");
    let html = texts[5];
    let ours = boundary::html_metadata(html, Some("https://example.org/2024/05/01/pier".into()))
        .map_err(JsValue::from)
        .unwrap();
    let metadata =
        parallax::internals::page_metadata(html, Some("https://example.org/2024/05/01/pier"));
    assert_same(&ours, &by_serde(&metadata), "htmlMetadata");
}

/// Reads `value` as a `T` both ways: through the boundary's reader
/// (src/wasm/reader.rs) and through serde-wasm-bindgen, its reference.
fn read_both<T: serde::de::DeserializeOwned>(
    value: &JsValue,
) -> (Result<T, String>, Result<T, String>) {
    let ours = parallax::wasm::convert::from_js_required::<T>(value.clone(), "The value")
        .map_err(|e| String::from(js_sys::Error::from(JsValue::from(e)).message()));
    // serde-wasm-bindgen's errors are JS Errors, shown as "Error: <message>";
    // the reader's are the message alone.
    let reference = serde_wasm_bindgen::from_value::<T>(value.clone()).map_err(|e| {
        format!("The value is not valid: {}", e.to_string().trim_start_matches("Error: "))
    });
    (ours, reference)
}

#[wasm_bindgen_test]
fn articles_and_options_read_back_as_serde_wasm_bindgen_reads_them() {
    use parallax::model::{Article, CompareOptions, HighlightOptions, ParseOptions};
    let texts = [
        include_str!("../www/demo/coastline-daily.txt"),
        include_str!("fixtures/html/pier-closure.html"),
        AWKWARD,
    ];
    for text in texts {
        let article = parallax::parse(text, &Default::default()).unwrap();
        let (ours, reference) = read_both::<Article>(&by_serde(&article));
        assert_eq!(ours.as_ref(), Ok(&article));
        assert_eq!(ours, reference);
    }
    // Missing keys: an Option is None, a field with a default takes it, any
    // other field is named in the error.
    let article = by_serde(&parallax::parse(AWKWARD, &Default::default()).unwrap());
    for key in ["fileName", "hidden"] {
        Reflect::delete_property(&article.clone().into(), &key.into()).unwrap();
    }
    let (ours, reference) = read_both::<Article>(&article);
    assert!(ours.is_ok());
    assert_eq!(ours, reference);
    let text = Reflect::get(&article, &"text".into()).unwrap();
    Reflect::delete_property(&article.clone().into(), &"text".into()).unwrap();
    let (ours, reference) = read_both::<Article>(&article);
    assert_eq!(ours, Err("The value is not valid: missing field `text`".to_string()));
    assert_eq!(ours, reference);
    // Wrong types are refused by both, with the same message.
    Reflect::set(&article, &"text".into(), &text).unwrap();
    Reflect::set(&article, &"wordCount".into(), &JsValue::from_f64(2.5)).unwrap();
    let (ours, reference) = read_both::<Article>(&article);
    assert!(ours.is_err());
    assert_eq!(ours, reference);
    for json in [
        r#"{}"#,
        r#"{"format":"html","id":"a","url":null}"#,
        r#"{"format":"pdf"}"#,
        r#"[]"#,
        r#""x""#,
    ] {
        let value = options(json);
        let (ours, reference) = read_both::<ParseOptions>(&value);
        assert_eq!(ours, reference, "{json}");
    }
    for json in [r#"{"minAlignmentScore":0.5}"#, r#"{"distinctiveTerms":-1}"#] {
        let (ours, reference) = read_both::<CompareOptions>(&options(json));
        assert_eq!(ours, reference, "{json}");
    }
    for json in [r#"{"articleIndex":1,"hide":["quote","shared"]}"#, r#"{"hide":["nope"]}"#] {
        let (ours, reference) = read_both::<HighlightOptions>(&options(json));
        assert_eq!(ours, reference, "{json}");
    }
}
