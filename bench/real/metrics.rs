//! Clustering scores against gold labels, as `./x eval` and the event
//! fitting script report them.
//!
//! - **Pairwise**: over all pairs of items, a pair is predicted positive when
//!   both items are in one predicted group, and gold positive when both have
//!   one gold label. Precision, recall and F1 of those pair decisions.
//! - **B-cubed** (Bagga and Baldwin 1998): for each item, precision is the
//!   share of its predicted group with its gold label, recall the share of
//!   its gold group inside its predicted group; both are averaged over items.
#![allow(dead_code)]

use std::collections::HashMap;

/// Precision, recall and F1 (F1 is 0 when both are 0).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf { precision, recall, f1 }
    }

    /// From counts of true positives, predicted positives and gold positives;
    /// an empty side scores 1 (nothing claimed, nothing missed).
    pub fn from_counts(tp: usize, predicted: usize, gold: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        Prf::new(ratio(tp, predicted), ratio(tp, gold))
    }
}

/// Pair counts (true positive, predicted, gold) of one labelling; add them
/// over several comparisons before making a [`Prf`] (micro average).
pub fn pair_counts<P: Eq + std::hash::Hash, G: Eq + std::hash::Hash>(
    predicted: &[P],
    gold: &[G],
) -> (usize, usize, usize) {
    assert_eq!(predicted.len(), gold.len());
    let mut both: HashMap<(&P, &G), usize> = HashMap::new();
    let mut by_p: HashMap<&P, usize> = HashMap::new();
    let mut by_g: HashMap<&G, usize> = HashMap::new();
    for (p, g) in predicted.iter().zip(gold) {
        *both.entry((p, g)).or_default() += 1;
        *by_p.entry(p).or_default() += 1;
        *by_g.entry(g).or_default() += 1;
    }
    let pairs = |n: &usize| n * n.saturating_sub(1) / 2;
    (both.values().map(pairs).sum(), by_p.values().map(pairs).sum(), by_g.values().map(pairs).sum())
}

/// Pairwise precision, recall and F1 of one labelling.
pub fn pairwise<P: Eq + std::hash::Hash, G: Eq + std::hash::Hash>(
    predicted: &[P],
    gold: &[G],
) -> Prf {
    let (tp, p, g) = pair_counts(predicted, gold);
    Prf::from_counts(tp, p, g)
}

/// B-cubed precision, recall and F1 of one labelling.
pub fn bcubed<P: Eq + std::hash::Hash, G: Eq + std::hash::Hash>(
    predicted: &[P],
    gold: &[G],
) -> Prf {
    assert_eq!(predicted.len(), gold.len());
    if predicted.is_empty() {
        return Prf::new(1.0, 1.0);
    }
    let mut both: HashMap<(&P, &G), usize> = HashMap::new();
    let mut by_p: HashMap<&P, usize> = HashMap::new();
    let mut by_g: HashMap<&G, usize> = HashMap::new();
    for (p, g) in predicted.iter().zip(gold) {
        *both.entry((p, g)).or_default() += 1;
        *by_p.entry(p).or_default() += 1;
        *by_g.entry(g).or_default() += 1;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for (p, g) in predicted.iter().zip(gold) {
        let shared = both[&(p, g)] as f64;
        precision += shared / by_p[p] as f64;
        recall += shared / by_g[g] as f64;
    }
    let n = predicted.len() as f64;
    Prf::new(precision / n, recall / n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_counts_pairs() {
        // Gold {a,b,c} {d}; predicted {a,b} {c,d}: one true pair (a,b) of 2
        // predicted and 3 gold.
        let p = pairwise(&[1, 1, 2, 2], &["x", "x", "x", "y"]);
        assert!((p.precision - 0.5).abs() < 1e-12 && (p.recall - 1.0 / 3.0).abs() < 1e-12);
        let perfect = pairwise(&[7, 7, 9], &["x", "x", "y"]);
        assert_eq!((perfect.precision, perfect.recall, perfect.f1), (1.0, 1.0, 1.0));
    }

    #[test]
    fn bcubed_averages_over_items() {
        // Item a: predicted {a,b} all gold x: P 1, R 2/3. c: {c,d} half x: P 1/2, R 1/3.
        let b = bcubed(&[1, 1, 2, 2], &["x", "x", "x", "y"]);
        assert!((b.precision - (1.0 + 1.0 + 0.5 + 0.5) / 4.0).abs() < 1e-12);
        assert!((b.recall - (2.0 / 3.0 + 2.0 / 3.0 + 1.0 / 3.0 + 1.0) / 4.0).abs() < 1e-12);
    }
}
