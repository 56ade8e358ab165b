//! `parallax compare --format md|csv` equals the page's own exports:
//! www/exporters.js runs under node on the very articles and comparison the
//! command line printed, with the labels the page assigns
//! (www/render.js's assignLabels), and both outputs must match byte for byte.

use std::path::{Path, PathBuf};
use std::process::Command;

const NODE: &str = r#"
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [root, input] = process.argv.slice(1);
const data = JSON.parse(readFileSync(input, 'utf8'));
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...a) { super(...(a.length ? a : [`${data.today}T12:00:00Z`])); }
};
const { markdownReport, discrepanciesCsv } = await import(pathToFileURL(`${root}/www/exporters.js`));
const { assignLabels } = await import(pathToFileURL(`${root}/www/render.js`));
const parsed = assignLabels(data.articles.map((article, i) => ({ name: data.names[i], article })));
const session = { parsed, comparison: data.articles.length >= 2 ? data.comparison : null, failed: data.failed };
process.stdout.write(JSON.stringify({ md: markdownReport(session), csv: discrepanciesCsv(session) }));
"#;

fn parallax(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// Runs the command line and exporters.js on the same inputs; returns both.
fn both(
    files: &[PathBuf],
    failed: &[(String, String)],
) -> Option<((String, String), (String, String))> {
    if Command::new("node").arg("--version").output().is_err() {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "CI=true but node is missing");
        eprintln!("NOTICE: skipping: node not found");
        return None;
    }
    let paths: Vec<&str> = files.iter().map(|p| p.to_str().unwrap()).collect();
    let run = |format: &str| {
        parallax(&[&["compare", "--quiet", "--format", format], &paths[..]].concat()).0
    };
    let (md, csv, json) = (run("md"), run("csv"), run("json"));
    let articles: Vec<serde_json::Value> = run_parse(&paths);
    let today = md
        .lines()
        .nth(2)
        .and_then(|l| l.rsplit(' ').next())
        .unwrap()
        .trim_end_matches('.')
        .to_string();
    let names: Vec<String> =
        articles.iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    let data = serde_json::json!({
        "articles": articles, "names": names, "today": today,
        "comparison": serde_json::from_str::<serde_json::Value>(&json).unwrap(),
        "failed": failed.iter().map(|(n, e)| serde_json::json!({"name": n, "error": e})).collect::<Vec<_>>(),
    });
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run_id = RUN.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let input =
        std::env::temp_dir().join(format!("parallax-export-{}-{run_id}.json", std::process::id()));
    std::fs::write(&input, data.to_string()).unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("node")
        .args(["--input-type=module", "-e", NODE, root, input.to_str().unwrap()])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let js: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    Some(((md, csv), (js["md"].as_str().unwrap().into(), js["csv"].as_str().unwrap().into())))
}

fn run_parse(paths: &[&str]) -> Vec<serde_json::Value> {
    let (out, _) = parallax(&[&["parse", "--quiet", "--format", "jsonl"], paths].concat());
    out.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn demo() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn markdown_and_csv_equal_the_pages_exports_on_the_demo() {
    let Some((ours, page)) = both(&demo(), &[]) else { return };
    assert_eq!(ours.0, page.0, "Markdown");
    assert_eq!(ours.1, page.1, "CSV");
    assert!(ours.1.lines().count() > 3, "the demo has conflicting figures");
}

/// Markup in titles, a formula-like figure, a long title with emoji cut
/// mid-pair, two articles with one headline (labels " #2", " #3"), and a
/// file that could not be read.
#[test]
fn markdown_and_csv_equal_the_pages_exports_on_awkward_articles() {
    let dir = std::env::temp_dir().join(format!("parallax-export-awkward-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let texts = [
        ("a.txt", "Flood *warning* for [Rivertown] (update) #2: 😀😀😀 residents told to leave now\n\nAbout 120 homes were evacuated on Tuesday, officials said. \"We are ready,\" said Mayor Ann Lee.\n"),
        ("b.txt", "Rivertown flood: homes evacuated\n\nAbout 150 homes were evacuated on Tuesday, officials said. The river rose -3 metres, the agency said.\n"),
        ("c.txt", "Rivertown flood: homes evacuated\n\nAbout 130 homes were evacuated on Tuesday, officials said, and \"We are ready,\" said Mayor Ann Lee.\n"),
        ("empty.txt", ""),
    ];
    let files: Vec<PathBuf> = texts
        .iter()
        .map(|(name, text)| {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let empty = files[3].to_str().unwrap().to_string();
    let error = parallax::parse("", &Default::default()).unwrap_err().to_string();
    let result = both(&files, &[(empty, error)]);
    let _ = std::fs::remove_dir_all(&dir);
    let Some((ours, page)) = result else { return };
    assert_eq!(ours.0, page.0, "Markdown");
    assert_eq!(ours.1, page.1, "CSV");
    assert!(ours.0.contains("#3") && ours.0.contains("*Not read:*"), "{}", ours.0);
}
