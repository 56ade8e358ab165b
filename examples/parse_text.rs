//! Parses text files and prints what Parallax found, or measures parse
//! throughput.
//!
//! ```text
//! cargo run --release --example parse_text -- FILE...          # summary of each article
//! cargo run --release --example parse_text -- --json FILE      # the whole Article as JSON
//! cargo run --release --example parse_text -- --bench FILE...  # MB/s over the files
//! cargo run --release --example parse_text -- --repeat N FILE  # parse N times, print nothing
//! ```
//!
//! `--bench` parses the files repeatedly (about two seconds of work), times
//! language detection alone over them, and
//! also one article built by repeating them up to 1 MB, so a cost that grows
//! faster than the input shows as a lower figure for the large input.

use parallax::model::{InputFormat, ParseOptions};
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = take_flag(&mut args, "--json");
    let bench = take_flag(&mut args, "--bench");
    // `--repeat N`: parse every file N times and print nothing, for counting
    // instructions with `perf stat`, which does not vary with machine load.
    let repeat = args.iter().position(|a| a == "--repeat").map(|p| {
        let n: usize = args.get(p + 1).and_then(|n| n.parse().ok()).expect("--repeat N");
        args.drain(p..p + 2);
        n
    });
    if args.is_empty() {
        eprintln!("usage: parse_text [--json|--bench] FILE...");
        std::process::exit(2);
    }
    let inputs: Vec<(String, String)> = args
        .iter()
        .map(|p| {
            (
                p.clone(),
                std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {p}: {e}")),
            )
        })
        .collect();
    let options = ParseOptions { format: InputFormat::Text, ..Default::default() };
    if bench {
        run_bench(&inputs, &options);
        return;
    }
    if let Some(n) = repeat {
        for _ in 0..n {
            for (_, text) in &inputs {
                let _ = std::hint::black_box(parallax::parse(text, &options));
            }
        }
        return;
    }
    for (path, text) in &inputs {
        match parallax::parse(text, &options) {
            Err(e) => println!("{path}: error: {e}"),
            Ok(a) if json => {
                println!("{}", serde_json::to_string_pretty(&a).expect("articles serialise"))
            }
            Ok(a) => {
                println!("== {path}");
                let t = |l: &Option<parallax::model::Located>| l.as_ref().map(|l| l.text.clone());
                println!(
                    "title: {:?}\ndek: {:?}\noutlet: {:?}\npublished: {:?}",
                    t(&a.title),
                    t(&a.dek),
                    t(&a.outlet),
                    a.published.as_ref().map(|p| &p.iso)
                );
                println!(
                    "bylines: {:?} contributors: {:?} editors: {:?} source: {:?}",
                    names(&a.bylines),
                    names(&a.contributors),
                    names(&a.editors),
                    t(&a.source_line)
                );
                println!("subheads: {:?}", names(&a.subheads));
                for c in &a.captions {
                    println!(
                        "caption: {:?} credit {:?}",
                        c.text,
                        c.credit.as_ref().map(|c| &c.text)
                    );
                }
                for r in &a.removed {
                    println!("removed ({:?}): {:?}", r.reason, r.text);
                }
                for q in &a.quotes {
                    println!(
                        "quote: {:?} — {:?}{}",
                        q.text,
                        q.speaker,
                        if q.partial { " (partial)" } else { "" }
                    );
                }
                for n in &a.numbers {
                    println!(
                        "number: {:?} value {:?} {:?} {:?} counted {:?} action {:?}",
                        n.text, n.value, n.qualifier, n.kind, n.counted, n.action
                    );
                }
                for d in &a.dates {
                    println!("date: {:?} {:?} → {:?}", d.text, d.kind, d.resolved);
                }
                for e in &a.entities {
                    println!(
                        "entity: {:?} {:?} titles {:?} ×{}",
                        e.kind,
                        e.name,
                        e.titles,
                        e.mentions.len()
                    );
                }
                println!(
                    "{} paragraphs, {} sentences, {} words",
                    a.paragraphs.len(),
                    a.sentences.len(),
                    a.word_count
                );
            }
        }
    }
}

fn names(v: &[parallax::model::Located]) -> Vec<&str> {
    v.iter().map(|l| l.text.as_str()).collect()
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

/// Nanoseconds this thread has run on a CPU (Linux), so the figure holds on
/// a machine shared with other work; `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn report(label: &str, bytes: usize, wall: f64, cpu: Option<(u64, u64)>) {
    let mb = bytes as f64 / 1e6;
    match cpu {
        Some((a, b)) => println!(
            "{label}: {mb:.1} MB in {wall:.2} s wall ({:.1} MB/s), {:.2} s on CPU ({:.1} MB/s)",
            mb / wall,
            (b - a) as f64 / 1e9,
            mb / ((b - a) as f64 / 1e9)
        ),
        None => println!("{label}: {mb:.1} MB in {wall:.2} s ({:.1} MB/s)", mb / wall),
    }
}

fn run_bench(inputs: &[(String, String)], options: &ParseOptions) {
    let total: usize = inputs.iter().map(|(_, t)| t.len()).sum();
    println!("{} files, {} bytes", inputs.len(), total);
    let cpu0 = cpu_ns();
    let start = Instant::now();
    let mut bytes = 0usize;
    while start.elapsed().as_secs_f64() < 2.0 {
        for (_, text) in inputs {
            let _ = std::hint::black_box(parallax::parse(text, options));
            bytes += text.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    report("articles", bytes, secs, cpu0.zip(cpu_ns()));
    // Language detection alone over the same text, to show what it adds
    // to parsing (it reads only the body; this reads the whole input).
    let cpu0 = cpu_ns();
    let start = Instant::now();
    let mut bytes = 0usize;
    while start.elapsed().as_secs_f64() < 1.0 {
        for (_, text) in inputs {
            std::hint::black_box(parallax::internals::detect_language(text));
            bytes += text.len();
        }
    }
    report("language detection alone", bytes, start.elapsed().as_secs_f64(), cpu0.zip(cpu_ns()));
    // One large article made of the inputs repeated, to show the cost is linear.
    let mut big = String::new();
    while big.len() < 1_000_000 {
        for (_, text) in inputs {
            big.push_str(text);
            big.push_str("\n\n");
        }
    }
    let cpu0 = cpu_ns();
    let start = Instant::now();
    let mut runs = 0;
    while start.elapsed().as_secs_f64() < 2.0 || runs == 0 {
        let _ = std::hint::black_box(parallax::parse(&big, options));
        runs += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    report(
        &format!("one {:.2} MB article, {runs} runs", big.len() as f64 / 1e6),
        big.len() * runs,
        secs,
        cpu0.zip(cpu_ns()),
    );
}
