//! Writes every output Parallax gives on the inputs we can see, one JSON
//! line per article or comparison, so that two builds can be set side by
//! side: a change meant to keep behaviour must leave these files
//! byte-identical, and a change meant to alter it shows exactly where.
//!
//! ```text
//! cargo run --release --example snapshot -- target/snapshot/before
//! (change the code)
//! cargo run --release --example snapshot -- target/snapshot/after
//! scripts/snapshot-diff.sh target/snapshot/before target/snapshot/after
//! ```
//!
//! Sets: the seeds, the demo, our fixtures, 150 generated articles,
//! Readability's 130 test pages, ECB+'s 982 articles and PolNeAR's dev
//! articles (parse), and the seeds, the demo, the generated articles and
//! each ECB+ topic (compare). Sets under ../shared are skipped with a
//! notice when it is absent.

#[path = "../bench/real/corpora.rs"]
mod corpora;
#[path = "../bench/compare/corpus.rs"]
mod corpus;

use parallax::model::{Article, CompareOptions, ParseOptions};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// (name, file name, bytes) of every file in `dir` with one of `extensions`.
fn files(dir: &Path, extensions: &[&str]) -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| {
        p.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e))
    });
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap())
        })
        .collect()
}

struct Out(PathBuf);

impl Out {
    /// Parses each input and writes one line per article; returns the
    /// articles that parsed, for the comparisons.
    fn parse_set(
        &self,
        set: &str,
        inputs: &[(String, Vec<u8>)],
        url: Option<&str>,
    ) -> Vec<Article> {
        let mut file = std::fs::File::create(self.0.join(format!("parse-{set}.jsonl"))).unwrap();
        let mut articles = Vec::new();
        for (name, bytes) in inputs {
            let options = ParseOptions {
                id: Some(name.clone()),
                file_name: Some(name.clone()),
                url: url.map(str::to_string),
                ..Default::default()
            };
            let line = match parallax::parse_bytes(bytes, &options) {
                Ok(a) => {
                    let line = serde_json::to_string(&a).unwrap();
                    articles.push(a);
                    line
                }
                Err(e) => serde_json::json!({ "id": name, "error": e.to_string() }).to_string(),
            };
            writeln!(file, "{line}").unwrap();
        }
        eprintln!("parse  {set}: {} inputs", inputs.len());
        articles
    }

    fn compare_sets(&self, set: &str, groups: &[(String, Vec<Article>)]) {
        let mut file = std::fs::File::create(self.0.join(format!("compare-{set}.jsonl"))).unwrap();
        for (name, articles) in groups {
            let line = match parallax::compare(articles, &CompareOptions::default()) {
                Ok(c) => serde_json::to_string(&c).unwrap(),
                Err(e) => serde_json::json!({ "error": e.to_string() }).to_string(),
            };
            writeln!(file, "{{\"group\":{name:?},\"result\":{line}}}").unwrap();
        }
        eprintln!("compare {set}: {} groups", groups.len());
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: cargo run --release --example snapshot -- OUT_DIR");
        std::process::exit(2)
    }));
    std::fs::create_dir_all(&dir).unwrap();
    let out = Out(dir);

    let demo = out.parse_set("demo", &files(&root.join("www/demo"), &["txt"]), None);
    out.compare_sets("demo", &[("demo".into(), demo)]);
    out.parse_set("fixtures-text", &files(&root.join("tests/fixtures/text"), &["txt"]), None);
    out.parse_set("fixtures-html", &files(&root.join("tests/fixtures/html"), &["html"]), None);
    let generated: Vec<(String, Vec<u8>)> = corpus::corpus(150)
        .into_iter()
        .enumerate()
        .map(|(k, t)| (format!("generated_{k:03}.txt"), t.into_bytes()))
        .collect();
    let generated = out.parse_set("generated", &generated, None);
    out.compare_sets("generated", &[("generated".into(), generated)]);

    let Some(shared) = corpora::shared_dir() else {
        eprintln!("NOTICE: ../shared not found: only our own inputs were written");
        return;
    };
    let seeds = out.parse_set("seeds", &files(&shared.join("seeds"), &["txt"]), None);
    out.compare_sets("seeds", &[("seeds".into(), seeds)]);

    let pages = shared.join("corpora/readability-test-pages");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&pages)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.sort();
    let readability: Vec<(String, Vec<u8>)> = names
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p.join("source.html")).ok()?;
            Some((format!("{}.html", p.file_name()?.to_string_lossy()), bytes))
        })
        .collect();
    out.parse_set("readability", &readability, Some("http://fakehost/test/page.html"));

    if let Some(ecb) = corpora::ecbplus(&shared) {
        let inputs: Vec<(String, Vec<u8>)> =
            ecb.iter().map(|a| (a.file.clone(), a.text.clone().into_bytes())).collect();
        let articles = out.parse_set("ecbplus", &inputs, None);
        let mut topics: BTreeMap<String, Vec<Article>> = BTreeMap::new();
        for (a, parsed) in ecb.iter().zip(articles) {
            topics.entry(a.topic.clone()).or_default().push(parsed);
        }
        out.compare_sets("ecbplus-topics", &topics.into_iter().collect::<Vec<_>>());
    }
    if let Some(pol) = corpora::polnear(&shared, "dev") {
        let inputs: Vec<(String, Vec<u8>)> = pol
            .iter()
            .map(|a| (format!("{}.txt", a.article), a.text.clone().into_bytes()))
            .collect();
        out.parse_set("polnear-dev", &inputs, None);
    }
}
