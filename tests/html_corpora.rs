//! A quick regression gate on Readability's test pages (../shared): the
//! metadata of every fifth page, against the targets the full benchmark
//! (`node bench/html/run.mjs`) checks on all 130. Bylines are compared with
//! whitespace runs collapsed (Readability keeps the newlines inside the
//! byline element; Parallax shows it as one line). Skips with a notice when
//! the shared data is absent (fails under CI=true).
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use parallax::internals::page_metadata;

#[test]
fn metadata_on_a_sample_of_readability_test_pages() {
    let Some(shared) = common::shared_dir() else { return };
    let dir = shared.join("corpora/readability-test-pages");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("test pages")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let squash = |v: Option<&str>| v.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    let (
        mut pages,
        mut titles,
        mut bylines_set,
        mut bylines,
        mut sites_set,
        mut sites,
        mut dates_set,
        mut dates,
    ) = (0, 0, 0, 0, 0, 0, 0, 0);
    for name in names.iter().step_by(5) {
        let html = std::fs::read_to_string(dir.join(name).join("source.html")).unwrap_or_default();
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(name).join("expected-metadata.json")).unwrap(),
        )
        .unwrap();
        let got = page_metadata(&html, Some("http://fakehost/test/page.html"));
        pages += 1;
        titles += usize::from(
            got.title.as_deref().unwrap_or("") == expected["title"].as_str().unwrap_or(""),
        );
        if let Some(byline) = expected["byline"].as_str() {
            bylines_set += 1;
            bylines += usize::from(squash(got.byline.as_deref()) == squash(Some(byline)));
        }
        if let Some(site) = expected["siteName"].as_str() {
            sites_set += 1;
            sites += usize::from(got.site_name.as_deref() == Some(site));
        }
        if let Some(date) = expected["publishedTime"].as_str() {
            dates_set += 1;
            dates += usize::from(got.published_time.as_deref() == Some(date));
        }
    }
    eprintln!("sample of {pages}: title {titles}, byline {bylines}/{bylines_set}, siteName {sites}/{sites_set}, publishedTime {dates}/{dates_set}");
    assert!(pages >= 20);
    assert!(titles * 100 >= pages * 95, "titles {titles}/{pages}");
    assert!(bylines * 100 >= bylines_set * 90, "bylines {bylines}/{bylines_set}");
    assert!(sites * 100 >= sites_set * 90, "site names {sites}/{sites_set}");
    assert!(dates * 100 >= dates_set * 90, "dates {dates}/{dates_set}");
}

/// DOMPurify's payloads inside a page, in the body and the head: nothing in
/// a page runs (it is parsed, never rendered), so what matters here is that
/// every one gives an article or a clear error, promptly, with spans intact.
#[test]
fn xss_payloads_in_a_page_parse_safely() {
    use parallax::model::{InputFormat, ParseOptions};
    let Some(raw) = common::read_shared("corpora/xss/dompurify-payloads.json") else { return };
    let payloads: Vec<serde_json::Value> = serde_json::from_str(&raw).expect("payload list");
    let options = ParseOptions { format: InputFormat::Html, ..Default::default() };
    let para = "<p>The harbour board met on Thursday and agreed to repaint the lighthouse before the summer, at a cost of about four thousand pounds.</p>";
    let para2 = "<p>Work will start in April, weather permitting, and the lamp will be switched off for two nights while the gallery is scraped.</p>";
    let start = std::time::Instant::now();
    let mut articles = 0;
    for entry in &payloads {
        let payload = entry["payload"].as_str().unwrap_or_default();
        let page = format!("<html><head><title>{payload}</title></head><body><article>{para}<p>{payload}</p>{para2}</article></body></html>");
        match parallax::parse(&page, &options) {
            Ok(article) => {
                articles += 1;
                let units: Vec<u16> = article.text.encode_utf16().collect();
                for s in &article.sentences {
                    assert_eq!(
                        String::from_utf16(&units[s.span.start..s.span.end]).unwrap(),
                        s.text
                    );
                }
            }
            // A payload may swallow the page (an unclosed <textarea> or
            // <script>), so no article is a fair answer; anything else (a
            // size or argument error, say) means the payload broke the reader.
            Err(e) => assert_eq!(
                e.kind(),
                parallax::ErrorKind::NoArticle,
                "payload {payload:?} gave an error of another kind: {e}"
            ),
        }
    }
    eprintln!("{} payloads, {articles} articles, {:?}", payloads.len(), start.elapsed());
    assert!(
        articles * 10 >= payloads.len() * 9,
        "{articles} of {} pages gave an article",
        payloads.len()
    );
}
