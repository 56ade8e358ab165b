//! The scale benchmark: compares 100, 300 and 1,000 generated fictional
//! articles of about 700 words (stories of five outlets each, see
//! `bench/compare/corpus.rs`) and prints the time of `compare` at each size.
//! `--write DIR` also writes the 1,000 articles as text files, for timing the
//! command line or the wasm build on the same input.
//!
//! Then, with ../shared, the same for real articles: the first 250 and 500
//! ECB+ files and all 982 (43 topics of two events each, so many articles
//! share words and most pairs are candidates for one event), each the first
//! call in a fresh comparison, and the event evidence alone.
//!
//! `cargo run --release --example compare_bench` (`-- --ecb [N...]`: ECB+
//! alone, at the sizes given, with each step's CPU time)

#[path = "../bench/real/corpora.rs"]
mod corpora;
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
    if args.iter().any(|a| a == "--ecb") {
        let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
        ecbplus(if sizes.is_empty() { &[250, 500, 982] } else { &sizes });
        return;
    }
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
        // Each story is told by five outlets: articles 5k..5k+4.
        let mut event = vec![usize::MAX; n];
        for (e, g) in c.events.iter().enumerate() {
            for &a in &g.articles {
                event[a] = e;
            }
        }
        let (mut tp, mut pred, mut gold) = (0usize, 0usize, 0usize);
        for i in 0..n {
            for j in i + 1..n {
                let (p, g) = (event[i] == event[j], i / 5 == j / 5);
                tp += (p && g) as usize;
                pred += p as usize;
                gold += g as usize;
            }
        }
        println!(
            "  events against the stories: pairwise P {:.3} R {:.3}",
            tp as f64 / pred.max(1) as f64,
            tp as f64 / gold.max(1) as f64
        );
        println!(
            "compare {n:>4} articles: {ms:>7.0} ms wall, {cpu}  ({} events, {} alignments, {} shared quotes, {} discrepancies, {} agreements)",
            c.events.len(),
            c.alignments.len(),
            c.shared_quotes.len(),
            c.discrepancies.len(),
            c.agreements.len()
        );
    }
    ecbplus(&[250, 500, 982]);
}

/// Compare timings on ECB+ (by default the first 250 and 500 files and all
/// 982): CPU time of the whole comparison and of each of its steps, the
/// number of candidate pairs the event evidence scores, and a fingerprint of
/// the whole result (FNV-1a of its JSON), so two builds can be checked to
/// give the same output on the very inputs they are timed on.
fn ecbplus(sizes: &[usize]) {
    let Some(shared) = corpora::shared_dir() else {
        eprintln!("NOTICE: no ../shared/corpora; ECB+ timings skipped");
        return;
    };
    let Some(meta) = corpora::ecbplus(&shared) else { return };
    let articles = corpora::parse_ecbplus(&meta);
    for &n in sizes {
        let slice = &articles[..n.min(articles.len())];
        let started = Instant::now();
        let cpu_start = cpu_ms();
        let mut steps: Vec<(&str, f64)> = Vec::new();
        let mut last = cpu_start.unwrap_or(0.0);
        let c =
            parallax::internals::compare_timed(slice, &CompareOptions::default(), &mut |step| {
                let now = cpu_ms().unwrap_or(0.0);
                steps.push((step, now - last));
                last = now;
            })
            .unwrap();
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let cpu = cpu_ms()
            .zip(cpu_start)
            .map(|(b, a)| format!("{:.0} ms cpu", b - a))
            .unwrap_or_default();
        let fingerprint = fnv1a(serde_json::to_string(&c).unwrap().as_bytes());
        let started = Instant::now();
        let pairs = parallax::internals::event_pairs(slice, &CompareOptions::default());
        let pairs_ms = started.elapsed().as_secs_f64() * 1000.0;
        println!(
            "compare {:>4} ECB+ articles: {ms:>7.0} ms wall, {cpu}  ({} events; event evidence alone {pairs_ms:.0} ms for {} candidate pairs; output {fingerprint:016x})",
            slice.len(),
            c.events.len(),
            pairs.features.len()
        );
        let split: Vec<String> = steps.iter().map(|(s, t)| format!("{s} {t:.0}")).collect();
        println!("  cpu ms by step: {}", split.join(", "));
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}
