//! MRPC: `sentence_similarity` as a paraphrase classifier, threshold chosen
//! on train only. Target: at least 75% accuracy and 83 F1 on test. Skips with
//! a notice without the shared data. Slow-ish in debug builds (about 5,800
//! pairs).
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

#[path = "../bench/compare/mrpc_eval.rs"]
mod mrpc_eval;

#[test]
fn mrpc_test_accuracy_and_f1_reach_the_targets() {
    let Some(train) = common::read_shared("corpora/mrpc/msr_paraphrase_train.txt") else { return };
    let test = common::read_shared("corpora/mrpc/msr_paraphrase_test.txt").unwrap();
    let e = mrpc_eval::evaluate(&mrpc_eval::read_pairs(&train), &mrpc_eval::read_pairs(&test));
    eprintln!(
        "MRPC test: accuracy {:.1}%, F1 {:.1} (threshold {:.3}; train: accuracy {:.1}%, F1 {:.1})",
        e.test_accuracy * 100.0,
        e.test_f1 * 100.0,
        e.threshold,
        e.train_accuracy * 100.0,
        e.train_f1 * 100.0
    );
    assert!(e.test_accuracy >= 0.75, "accuracy {:.3}", e.test_accuracy);
    assert!(e.test_f1 >= 0.83, "F1 {:.3}", e.test_f1);
}
