//! The scale benchmark: compares 100, 300 and 1,000 generated fictional
//! articles of about 700 words (stories of five outlets each, see
//! `bench/compare/corpus.rs`) and prints the time of `compare` at each size.
//! `--write DIR` also writes the 1,000 articles as text files, for timing the
//! command line or the wasm build on the same input.
//!
//! `cargo run --release --example compare_bench`

#[path = "../bench/compare/corpus.rs"]
mod corpus;

use parallax::model::{CompareOptions, ParseOptions};
use std::time::Instant;

/// CPU time of this thread in milliseconds (Linux `/proc/self/schedstat`),
/// which other processes on a shared machine disturb less than wall time.
fn cpu_ms() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(text.split_whitespace().next()?.parse::<f64>().ok()? / 1e6)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let texts = corpus::corpus(1000);
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let dir = args.get(i + 1).expect("--write needs a directory");
        std::fs::create_dir_all(dir).unwrap();
        for (k, t) in texts.iter().enumerate() {
            std::fs::write(format!("{dir}/article_{k:04}.txt"), t).unwrap();
        }
        println!("wrote {} articles to {dir}", texts.len());
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    println!(
        "generated {} articles, {:.0} words each on average",
        texts.len(),
        words as f64 / texts.len() as f64
    );
    let started = Instant::now();
    let articles: Vec<_> =
        texts.iter().map(|t| parallax::parse(t, &ParseOptions::default()).unwrap()).collect();
    println!("parse 1000: {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    for n in args
        .iter()
        .find_map(|a| a.parse::<usize>().ok())
        .map(|n| vec![n])
        .unwrap_or(vec![100, 300, 1000])
    {
        let started = Instant::now();
        let cpu_start = cpu_ms();
        let c = parallax::compare(&articles[..n], &CompareOptions::default()).unwrap();
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let cpu = cpu_ms()
            .zip(cpu_start)
            .map(|(b, a)| format!("{:.0} ms cpu", b - a))
            .unwrap_or_default();
        println!(
            "compare {n:>4} articles: {ms:>7.0} ms wall, {cpu}  ({} events, {} alignments, {} shared quotes, {} discrepancies, {} agreements)",
            c.events.len(),
            c.alignments.len(),
            c.shared_quotes.len(),
            c.discrepancies.len(),
            c.agreements.len()
        );
    }
}
