//! MRPC evaluation shared by `examples/mrpc.rs` and `tests/compare_mrpc.rs`:
//! `sentence_similarity` used as a paraphrase classifier, with the threshold
//! chosen on the training file only.

/// One labelled pair.
pub struct Pair {
    pub paraphrase: bool,
    pub a: String,
    pub b: String,
}

/// Reads an MRPC file (tab-separated: Quality, #1 ID, #2 ID, #1 String,
/// #2 String, with a header line and perhaps a byte-order mark).
pub fn read_pairs(text: &str) -> Vec<Pair> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
            if cols.len() < 5 {
                return None;
            }
            Some(Pair {
                paraphrase: cols[0].trim() == "1",
                a: cols[3].to_string(),
                b: cols[4].to_string(),
            })
        })
        .collect()
}

/// Accuracy and F1 (of the paraphrase class) at a threshold.
pub fn accuracy_f1(scores: &[f64], labels: &[bool], threshold: f64) -> (f64, f64) {
    let (mut tp, mut fp, mut tn, mut fnn) = (0.0, 0.0, 0.0, 0.0);
    for (&s, &y) in scores.iter().zip(labels) {
        match (s >= threshold, y) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, false) => tn += 1.0,
            (false, true) => fnn += 1.0,
        }
    }
    let acc = (tp + tn) / scores.len().max(1) as f64;
    let f1 = if tp > 0.0 { 2.0 * tp / (2.0 * tp + fp + fnn) } else { 0.0 };
    (acc, f1)
}

/// The threshold with the best mean of accuracy and F1 on the given
/// (training) scores, since both are reported: every midpoint between
/// consecutive distinct scores is tried.
pub fn best_threshold(scores: &[f64], labels: &[bool]) -> f64 {
    let mut sorted: Vec<f64> = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.dedup();
    let mut best = (f64::MIN, 0.5);
    for w in sorted.windows(2) {
        let t = (w[0] + w[1]) / 2.0;
        let (acc, f1) = accuracy_f1(scores, labels, t);
        if acc + f1 > best.0 {
            best = (acc + f1, t);
        }
    }
    best.1
}

/// Result of one evaluation run.
pub struct Evaluation {
    pub threshold: f64,
    pub train_accuracy: f64,
    pub train_f1: f64,
    pub test_accuracy: f64,
    pub test_f1: f64,
}

/// Scores both files with `parallax::sentence_similarity`, picks the
/// threshold on train and reports both.
pub fn evaluate(train: &[Pair], test: &[Pair]) -> Evaluation {
    let score = |pairs: &[Pair]| -> (Vec<f64>, Vec<bool>) {
        (
            pairs.iter().map(|p| parallax::sentence_similarity(&p.a, &p.b)).collect(),
            pairs.iter().map(|p| p.paraphrase).collect(),
        )
    };
    let (train_scores, train_labels) = score(train);
    let (test_scores, test_labels) = score(test);
    let threshold = best_threshold(&train_scores, &train_labels);
    let (train_accuracy, train_f1) = accuracy_f1(&train_scores, &train_labels, threshold);
    let (test_accuracy, test_f1) = accuracy_f1(&test_scores, &test_labels, threshold);
    Evaluation { threshold, train_accuracy, train_f1, test_accuracy, test_f1 }
}
