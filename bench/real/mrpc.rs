//! MRPC (`../shared/corpora/mrpc`): `sentence_similarity` as a paraphrase
//! classifier, threshold chosen on the training file only, as
//! `examples/mrpc.rs` prints it (the scoring is `bench/compare/mrpc_eval.rs`).
#![allow(dead_code)]

use crate::mrpc_eval::{evaluate, read_pairs};
use crate::report::{Section, Target};
use serde_json::json;
use std::path::Path;

/// The MRPC section, or `None` without the corpus.
pub fn section(shared: &Path) -> Option<Section> {
    let read = |name: &str| std::fs::read_to_string(shared.join("corpora/mrpc").join(name)).ok();
    let train = read_pairs(&read("msr_paraphrase_train.txt")?);
    let test = read_pairs(&read("msr_paraphrase_test.txt")?);
    let e = evaluate(&train, &test);
    let mut s = Section::new("mrpc", "MRPC: sentenceSimilarity as a paraphrase classifier");
    s.line(format!(
        "pairs: train {}, test {}; threshold {:.4} (chosen on train)",
        train.len(),
        test.len(),
        e.threshold
    ));
    s.line(format!(
        "train (fit set): accuracy {:.1}%  F1 {:.1}",
        e.train_accuracy * 100.0,
        e.train_f1 * 100.0
    ));
    s.line(format!(
        "test:            accuracy {:.1}%  F1 {:.1}",
        e.test_accuracy * 100.0,
        e.test_f1 * 100.0
    ));
    s.put("threshold", json!(e.threshold));
    s.put("train", json!({ "accuracy": e.train_accuracy, "f1": e.train_f1 }));
    s.put("test", json!({ "accuracy": e.test_accuracy, "f1": e.test_f1 }));
    // The floor is today's figures as printed, to one decimal.
    let tenth = |x: f64| (x * 1000.0).round() / 10.0;
    let (accuracy, f1) = (tenth(e.test_accuracy), tenth(e.test_f1));
    s.targets.push(Target::at_least(
        "MRPC test accuracy",
        accuracy,
        76.2,
        format!("{accuracy:.1}%"),
        "≥ 76.2%",
    ));
    s.targets.push(Target::at_least("MRPC test F1", f1, 83.2, format!("{f1:.1}"), "≥ 83.2"));
    Some(s)
}
