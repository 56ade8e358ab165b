//! Native half of `./x bench`: times parse and compare on the demo articles
//! and on ../shared/seeds, and prints JSON that bench/bench.mjs sets beside
//! the same cases run in wasm under node.
//!
//! Each case runs in batches until a batch takes at least 0.3 s; the fastest
//! of five batches is reported, which damps this machine's noise.
//!
//! The scale cases compare 100, 300 and 1,000 generated fictional articles
//! (bench/compare/corpus.rs); the articles are also written to
//! target/bench-corpus/ so the wasm half times the very same input.
//!
//! With ../shared, the first 250 and 500 ECB+ articles and all 982 are
//! compared too: real news, where most pairs share enough words to be
//! candidates for one event.

#[path = "../bench/compare/corpus.rs"]
mod corpus;

use parallax::model::{CompareOptions, ParseOptions};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn read_dir_texts(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// Seconds per iteration of `f`, best of five batches.
fn time(mut f: impl FnMut()) -> f64 {
    let mut iterations = 1;
    loop {
        let start = Instant::now();
        for _ in 0..iterations {
            f();
        }
        if start.elapsed().as_secs_f64() >= 0.3 {
            break;
        }
        iterations *= 2;
    }
    (0..5)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed().as_secs_f64() / iterations as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("PARALLAX_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"));
    let mut sets = vec![("demo", read_dir_texts(&root.join("www/demo")))];
    let seeds = read_dir_texts(&shared.join("seeds"));
    if seeds.is_empty() {
        eprintln!("NOTICE: ../shared/seeds not found; benchmarking the demo only");
    } else {
        sets.push(("seeds", seeds));
    }
    let mut cases = Vec::new();
    for (name, texts) in &sets {
        let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
        let options = ParseOptions::default();
        let parse_s = time(|| {
            for (_, t) in texts {
                std::hint::black_box(parallax::parse(t, &options).unwrap());
            }
        });
        let articles: Vec<_> =
            texts.iter().map(|(_, t)| parallax::parse(t, &options).unwrap()).collect();
        let compare_s = time(|| {
            std::hint::black_box(parallax::compare(&articles, &CompareOptions::default()).unwrap());
        });
        cases.push(serde_json::json!({
            "set": name, "articles": texts.len(), "bytes": bytes,
            "parseSeconds": parse_s, "compareSeconds": compare_s,
        }));
    }
    let generated = corpus::corpus(1000);
    let corpus_dir = root.join("target/bench-corpus");
    std::fs::create_dir_all(&corpus_dir).unwrap();
    for (k, text) in generated.iter().enumerate() {
        std::fs::write(corpus_dir.join(format!("article_{k:04}.txt")), text).unwrap();
    }
    let options = ParseOptions::default();
    let bytes: usize = generated.iter().map(|t| t.len()).sum();
    let parse_s = time(|| {
        for t in &generated {
            std::hint::black_box(parallax::parse(t, &options).unwrap());
        }
    });
    cases.push(serde_json::json!({ "set": "corpus", "articles": generated.len(), "bytes": bytes, "parseSeconds": parse_s }));
    let articles: Vec<_> =
        generated.iter().map(|t| parallax::parse(t, &options).unwrap()).collect();
    let mut scale = Vec::new();
    for n in [100, 300, 1000] {
        let compare_s = time(|| {
            std::hint::black_box(
                parallax::compare(&articles[..n], &CompareOptions::default()).unwrap(),
            );
        });
        scale.push(serde_json::json!({ "articles": n, "compareSeconds": compare_s }));
    }
    // Real articles: the first 250 and 500 ECB+ files (sorted by name) and
    // all 982, compared at once; bench/bench.mjs times the same in wasm.
    let mut ecb = Vec::new();
    let files = read_dir_texts(&shared.join("corpora/ecbplus"));
    let real: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.starts_with('t'))
        .map(|(name, t)| {
            let options = ParseOptions { id: Some(name.clone()), ..Default::default() };
            parallax::parse(t, &options).unwrap()
        })
        .collect();
    // Parse speed on real text: all ECB+ articles (plain text, no id, as
    // bench/bench.mjs parses them in wasm).
    let ecb_texts: Vec<&str> =
        files.iter().filter(|(name, _)| name.starts_with('t')).map(|(_, t)| t.as_str()).collect();
    if ecb_texts.is_empty() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            eprintln!("CI=true but ../shared/corpora/ecbplus is missing: clone the shared data beside the project.");
            std::process::exit(1);
        }
        eprintln!("NOTICE: ../shared/corpora/ecbplus not found; no parse speed on real text");
    } else {
        let options = ParseOptions::default();
        let bytes: usize = ecb_texts.iter().map(|t| t.len()).sum();
        let parse_s = time(|| {
            for t in &ecb_texts {
                std::hint::black_box(parallax::parse(t, &options).unwrap());
            }
        });
        cases.push(serde_json::json!({ "set": "ecb", "articles": ecb_texts.len(), "bytes": bytes, "parseSeconds": parse_s }));
    }
    for n in [250, 500, real.len()].into_iter().filter(|&n| n > 0 && n <= real.len()) {
        let compare_s = time(|| {
            std::hint::black_box(
                parallax::compare(&real[..n], &CompareOptions::default()).unwrap(),
            );
        });
        ecb.push(serde_json::json!({ "articles": n, "compareSeconds": compare_s }));
    }
    println!("{}", serde_json::json!({ "native": cases, "scale": scale, "ecb": ecb }));
}
