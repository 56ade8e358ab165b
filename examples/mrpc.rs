//! Evaluates `sentence_similarity` as a paraphrase classifier on the
//! Microsoft Research Paraphrase Corpus (../shared/corpora/mrpc).
//!
//! `cargo run --release --example mrpc` picks the threshold on the training
//! file and prints test accuracy and F1. With `--fit` it first refits the
//! logistic weights of the similarity features on the training file alone
//! and prints them, for pasting into `src/compare/similarity.rs`.

#[path = "../bench/compare/mrpc_eval.rs"]
mod mrpc_eval;

use parallax::internals::{Profile, BIAS, FEATURES, FEATURE_NAMES, WEIGHTS};
use std::path::PathBuf;

fn main() {
    let dir = std::env::var_os("PARALLAX_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
        .join("corpora/mrpc");
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!(
                "cannot read {}: {e} (set PARALLAX_SHARED to the shared folder)",
                path.display()
            );
            std::process::exit(2)
        })
    };
    let train = mrpc_eval::read_pairs(&read("msr_paraphrase_train.txt"));
    let test = mrpc_eval::read_pairs(&read("msr_paraphrase_test.txt"));
    if std::env::args().any(|a| a == "--fit") {
        fit(&train);
    }
    let started = std::time::Instant::now();
    let e = mrpc_eval::evaluate(&train, &test);
    println!("pairs: train {}, test {}", train.len(), test.len());
    println!("threshold (chosen on train): {:.4}", e.threshold);
    println!("train: accuracy {:.1}%  F1 {:.1}", e.train_accuracy * 100.0, e.train_f1 * 100.0);
    println!("test:  accuracy {:.1}%  F1 {:.1}", e.test_accuracy * 100.0, e.test_f1 * 100.0);
    println!(
        "scored {} pairs in {:.0} ms",
        train.len() + test.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
}

/// Plain batch gradient descent on the logistic loss with a little L2, over
/// the training pairs only. Features are already in 0..1.
fn fit(train: &[mrpc_eval::Pair]) {
    let xs: Vec<[f64; FEATURES]> =
        train.iter().map(|p| Profile::new(&p.a).features(&Profile::new(&p.b))).collect();
    let ys: Vec<f64> = train.iter().map(|p| if p.paraphrase { 1.0 } else { 0.0 }).collect();
    let mut w = WEIGHTS;
    let mut b = BIAS;
    let n = xs.len() as f64;
    let rate = 0.5;
    for _ in 0..60000 {
        let mut gw = [0.0; FEATURES];
        let mut gb = 0.0;
        for (x, y) in xs.iter().zip(&ys) {
            let z = b + x.iter().zip(&w).map(|(a, c)| a * c).sum::<f64>();
            let err = 1.0 / (1.0 + (-z).exp()) - y;
            for k in 0..FEATURES {
                gw[k] += err * x[k];
            }
            gb += err;
        }
        for k in 0..FEATURES {
            w[k] -= rate * (gw[k] / n + 1e-4 * w[k]);
        }
        b -= rate * gb / n;
    }
    println!("fitted on train:");
    for k in 0..FEATURES {
        println!("  {:>8.3}  {}", w[k], FEATURE_NAMES[k]);
    }
    println!("  bias {b:.3}");
    println!(
        "pub const WEIGHTS: [f64; FEATURES] = [{}];",
        w.iter().map(|x| format!("{x:.3}")).collect::<Vec<_>>().join(", ")
    );
    println!("pub const BIAS: f64 = {b:.3};");
}
