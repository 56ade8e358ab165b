//! `./x bench`: `parallax cluster` (the release binary) on generated feeds of
//! 10,000 and 100,000 articles (bench/compare/corpus.rs, 400 stories of five
//! outlets a day), streamed to its standard input, under GNU time: wall
//! time, time per article and peak memory (maximum resident set).
//!
//! `cargo build --release --bin parallax && cargo run --release --example cluster_bench [N...]`

#[path = "../bench/compare/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn main() {
    // PARALLAX_BIN runs another build (another profile) of the binary.
    let exe = std::env::var("PARALLAX_BIN")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/parallax").into());
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![10_000, 100_000] } else { sizes };
    for n in sizes {
        let report =
            std::env::temp_dir().join(format!("parallax-cluster-bench-{}", std::process::id()));
        let mut child = Command::new("/usr/bin/time")
            .args(["-f", "%e %M", "-o"])
            .arg(&report)
            .args([exe.as_str(), "cluster", "--quiet", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("/usr/bin/time (Debian's time) and target/release/parallax");
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            for i in 0..n {
                writeln!(stdin, "{}", corpus::feed_line(i, 400)).unwrap();
            }
        });
        let (mut events, mut threads, mut listed) = (0usize, 0usize, 0usize);
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            if v["kind"] == "event" {
                events += 1;
                listed += v["articles"].as_array().map_or(0, Vec::len);
            } else {
                threads += 1;
            }
        }
        writer.join().unwrap();
        assert!(child.wait().unwrap().success(), "parallax cluster failed");
        let measured = std::fs::read_to_string(&report).unwrap();
        let _ = std::fs::remove_file(&report);
        let mut fields = measured.split_whitespace().rev().take(2);
        let kb: f64 = fields.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
        let secs: f64 = fields.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
        assert_eq!(listed, n, "every article in one event line");
        println!(
            "parallax cluster, {n} generated articles: {secs:.1} s ({:.2} ms per article), peak memory {:.0} MB; {events} events, {threads} threads",
            secs * 1000.0 / n as f64,
            kb / 1024.0
        );
    }
}
