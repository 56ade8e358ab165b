//! Native half of the HTML benchmark: runs Parallax's HTML parser over the
//! shared corpora and writes what it extracted as JSON, for
//! `bench/html/run.mjs` to score (`--native`) beside the wasm run.
//!
//! `cargo run --release --example html_bench -- OUT.json [SHARED_DIR]`
//! prints the parse time per corpus to stderr.

use parallax::model::{InputFormat, LineRole, ParseOptions};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn gunzip(path: &Path) -> String {
    let out = std::process::Command::new("gzip").arg("-dc").arg(path).output().expect("gzip runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The body as the benchmark counts it: body paragraphs and subheads, in order.
fn body_text(article: &parallax::Article) -> String {
    let index = parallax::Utf16Index::new(&article.text);
    article
        .lines
        .iter()
        .filter(|l| matches!(l.role, LineRole::Body | LineRole::Subhead))
        .map(|l| &article.text[index.bytes(l.span)])
        .collect::<Vec<_>>()
        .join("\n")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().expect("usage: html_bench OUT.json [SHARED_DIR]"));
    let shared = PathBuf::from(args.next().unwrap_or_else(|| "../shared".into()));
    let bench = shared.join("corpora/article-extraction-benchmark");
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(bench.join("ground-truth.json")).expect("ground truth"),
    )
    .unwrap();

    let mut bodies = BTreeMap::new();
    let mut elapsed = Duration::ZERO;
    for (id, entry) in truth.as_object().expect("object") {
        let html = gunzip(&bench.join(format!("html/{id}.html.gz")));
        let options = ParseOptions {
            format: InputFormat::Html,
            url: entry["url"].as_str().map(str::to_string),
            ..Default::default()
        };
        let start = Instant::now();
        let body = parallax::parse(&html, &options).map(|a| body_text(&a)).unwrap_or_default();
        elapsed += start.elapsed();
        bodies.insert(id.clone(), serde_json::json!({ "articleBody": body }));
    }
    eprintln!(
        "extraction: {} pages in {:.2?} ({:.1} ms/page)",
        bodies.len(),
        elapsed,
        elapsed.as_secs_f64() * 1000.0 / bodies.len() as f64
    );

    let pages_dir = shared.join("corpora/readability-test-pages");
    let mut names: Vec<_> = std::fs::read_dir(&pages_dir)
        .expect("test pages")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut metadata = BTreeMap::new();
    let start = Instant::now();
    for name in names {
        let html =
            std::fs::read_to_string(pages_dir.join(&name).join("source.html")).unwrap_or_default();
        metadata.insert(
            name,
            serde_json::to_value(parallax::internals::page_metadata(
                &html,
                Some("http://fakehost/test/page.html"),
            ))
            .unwrap(),
        );
    }
    eprintln!("metadata: {} pages in {:.2?}", metadata.len(), start.elapsed());
    let result = serde_json::json!({ "extraction": bodies, "metadata": metadata });
    std::fs::write(&out, serde_json::to_string(&result).unwrap()).expect("write output");
}
