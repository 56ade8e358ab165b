//! The command line's inputs, formats and exit codes, run as a user runs it.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn demo() -> String {
    format!("{}/www/demo", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_directory_is_read_recursively_in_name_order() {
    let (status, out, err) = run(&["parse", "--quiet", "--format", "jsonl", &demo()], b"");
    assert_eq!(status, 0, "{err}");
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 4);
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(ids[0].ends_with("www/demo/coastline-daily.txt"), "{ids:?}");
}

#[test]
fn standard_input_is_one_article_or_json_lines() {
    let (status, out, _) =
        run(&["parse", "--format", "json", "-"], b"Harbor reopens\n\nBoats returned on Monday.\n");
    assert_eq!(status, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["title"]["text"], "Harbor reopens");
    let lines = b"{\"id\": \"x\", \"html\": \"<h1>Harbor reopens</h1><p>Boats returned on Monday to the harbor.</p>\", \"url\": \"https://example.org/a\"}\n\n{\"id\": 7, \"text\": \"Quake\\n\\nFive people died.\"}\n";
    let (status, out, err) = run(&["parse", "--format", "jsonl", "-"], lines);
    assert_eq!(status, 0, "{err}");
    let v: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!((v[0]["id"].as_str(), v[0]["format"].as_str()), (Some("x"), Some("html")));
    assert_eq!(v[1]["id"], "7");
}

#[test]
fn one_bad_input_is_named_and_skipped_and_the_run_goes_on() {
    let lines = b"{\"id\": \"a\", \"text\": \"Quake\\n\\nFive people died.\"}\n{\"id\": \"b\"}\n[1]\n{\"id\": \"c\", \"text\": \"Flood\\n\\nTwo people died.\"}\n";
    let (status, out, err) = run(&["parse", "--format", "jsonl", "-", "no/such/file.txt"], lines);
    assert_eq!(status, 1, "inputs were skipped");
    assert_eq!(out.lines().count(), 2);
    assert!(err.contains("-:2: the line has no \"text\" or \"html\""), "{err}");
    assert!(err.contains("-:3: not a JSON object"), "{err}");
    assert!(err.contains("no/such/file.txt: cannot read"), "{err}");
    assert!(err.contains("3 input(s) skipped"), "{err}");
}

#[test]
fn usage_errors_exit_2_with_the_usage() {
    for args in [
        &["frobnicate", "x"][..],
        &["parse"],
        &["compare", "--format", "pdf", "x"],
        &["parse", "--format", "md", "x"],
    ] {
        let (status, _, err) = run(args, b"");
        assert_eq!(status, 2, "{args:?}");
        assert!(err.contains("usage: parallax parse"), "{err}");
    }
    let (status, _, err) = run(&["compare", "-"], b"");
    assert_eq!(status, 2);
    assert!(err.contains("no article could be read"), "{err}");
}

#[test]
fn compare_writes_json_lines_one_finding_a_line() {
    let (status, out, _) = run(&["compare", "--quiet", "--format", "jsonl", &demo()], b"");
    assert_eq!(status, 0);
    let kinds: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(kinds.iter().filter(|k| *k == "article").count(), 4);
    assert!(kinds.contains(&"event".to_string()) && kinds.contains(&"discrepancy".to_string()));
}
