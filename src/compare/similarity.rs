//! Lexical similarity of sentences and documents.
//!
//! Words are lowercased and split at non-alphanumerics, so quote style,
//! punctuation and case do not matter.

use std::collections::{BTreeMap, HashMap};

/// Lowercased word tokens of `text`.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// How alike two sentences are, from 0 (no shared words) to 1 (the same
/// words): the Dice coefficient of their word multisets.
pub fn sentence_similarity(a: &str, b: &str) -> f64 {
    let ta = tokens(a);
    let tb = tokens(b);
    if ta.is_empty() && tb.is_empty() {
        return if a.trim() == b.trim() { 1.0 } else { 0.0 };
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in &ta {
        *counts.entry(t).or_default() += 1;
    }
    let mut shared = 0;
    for t in &tb {
        if let Some(c) = counts.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                shared += 1;
            }
        }
    }
    2.0 * shared as f64 / (ta.len() + tb.len()) as f64
}

/// A document as word counts. Ordered maps, so sums over the words run in
/// one order and the same input gives bit-identical scores every time (a
/// `HashMap`'s random order changed the last digit between runs).
#[derive(Debug, Clone, Default)]
pub struct Bag {
    counts: BTreeMap<String, f64>,
}

impl Bag {
    pub fn of_sentences<'a>(sentences: impl Iterator<Item = &'a str>) -> Self {
        let mut counts = BTreeMap::new();
        for s in sentences {
            for t in tokens(s) {
                *counts.entry(t).or_insert(0.0) += 1.0;
            }
        }
        Bag { counts }
    }
}

/// Cosine similarity of TF-IDF vectors (smoothed idf `ln((1+n)/(1+df)) + 1`)
/// for every pair of documents.
pub fn document_matrix(docs: &[Bag]) -> Vec<Vec<f64>> {
    let n = docs.len();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for d in docs {
        for t in d.counts.keys() {
            *df.entry(t).or_default() += 1.0;
        }
    }
    let vectors: Vec<BTreeMap<&str, f64>> = docs
        .iter()
        .map(|d| {
            let mut v: BTreeMap<&str, f64> = d
                .counts
                .iter()
                .map(|(t, &c)| (t.as_str(), c * (((1 + n) as f64 / (1.0 + df[t.as_str()])).ln() + 1.0)))
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect();
    let mut m = vec![vec![0.0; n]; n];
    for i in 0..n {
        m[i][i] = 1.0;
        for j in i + 1..n {
            let (small, large) = if vectors[i].len() < vectors[j].len() { (&vectors[i], &vectors[j]) } else { (&vectors[j], &vectors[i]) };
            let dot: f64 = small.iter().filter_map(|(t, x)| large.get(t).map(|y| x * y)).sum();
            let dot = dot.clamp(0.0, 1.0);
            m[i][j] = dot;
            m[j][i] = dot;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_similarity_ignores_case_and_quote_style() {
        assert_eq!(sentence_similarity("“Go now,” he said.", "\"go NOW,\" he said"), 1.0);
        assert_eq!(sentence_similarity("alpha beta", "gamma delta"), 0.0);
        let s = sentence_similarity("the cat sat", "the cat ran");
        assert!((s - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn document_matrix_is_symmetric_with_unit_diagonal() {
        let docs: Vec<Bag> = ["a b c", "a b d", "x y z"].iter().map(|s| Bag::of_sentences(std::iter::once(*s))).collect();
        let m = document_matrix(&docs);
        for i in 0..3 {
            assert_eq!(m[i][i], 1.0);
            for j in 0..3 {
                assert_eq!(m[i][j], m[j][i]);
            }
        }
        assert!(m[0][1] > m[0][2]);
        assert_eq!(m[0][2], 0.0);
    }
}
