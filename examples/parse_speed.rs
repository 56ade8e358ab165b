//! Parse speed on real text, natively: parses every ECB+ article (or the
//! `.txt` files of the directory given) for about `SECONDS` (default 3) and
//! prints MB/s. A target to run under `perf record` or callgrind when looking
//! for hot spots in the parser; `./x bench` reports the same figure beside
//! the wasm one.
//!
//! `cargo run --release --example parse_speed -- [DIR] [SECONDS]`

use parallax::model::ParseOptions;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::env::var_os("PARALLAX_SHARED")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| {
                std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
            })
            .join("corpora/ecbplus")
    });
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let options = ParseOptions::default();
    let start = Instant::now();
    let mut rounds = 0;
    while rounds == 0 || start.elapsed().as_secs_f64() < seconds {
        for t in &texts {
            std::hint::black_box(parallax::parse(t, &options).ok());
        }
        rounds += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "{} articles, {:.2} MB, {rounds} rounds: {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / elapsed
    );
}
