//! Events and threads: which articles report the same event, and which
//! events belong to one developing story.
//!
//! Two articles report the same event when they share facts, not just a cast:
//! the evidence is the share of their sentences that align (see
//! [`super::align`]), the cosine similarity of the documents, and the
//! quantities both report (same counted thing and action, or same day).
//! Events are then formed by average linkage — a group only absorbs an
//! article whose mean evidence over the whole group is high enough — so one
//! passing mention of another event cannot chain two groups together, as
//! single linkage would.
//!
//! Threads join events whose articles are related more loosely: they share
//! specific figures or aligned sentences and vocabulary, but too little to be
//! one report.

use super::figures::Figure;
use super::Prepared;
use crate::lexicon::hash::FnvBuild;
use crate::model::{Alignment, ArticleGroup};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Evidence between two articles that they report one event, 0..1, for
/// every pair with evidence of at least `min_evidence`.
///
/// Only pairs with some evidence are looked at — documents that share a
/// word, aligned sentences or a quantity — and found in hash maps, so the
/// cost follows those pairs rather than a sorted map probed for all n²/2.
pub fn pair_evidence(
    docs: &[Prepared],
    matrix: &[Vec<f64>],
    alignments: &[Alignment],
    figures: &[Figure],
    min_evidence: f64,
) -> BTreeMap<(usize, usize), f64> {
    let quantities = shared_quantities(figures);
    let mut aligned: HashMap<(usize, usize), BTreeSet<(usize, usize)>, FnvBuild> =
        HashMap::default();
    for al in alignments {
        let e = aligned.entry((al.a.article, al.b.article)).or_default();
        e.insert((0, al.a.sentence));
        e.insert((1, al.b.sentence));
    }
    let shares: HashMap<(usize, usize), f64, FnvBuild> = aligned
        .iter()
        .map(|(&(i, j), sents)| {
            let in_i = sents.iter().filter(|s| s.0 == 0).count() as f64;
            let in_j = sents.iter().filter(|s| s.0 == 1).count() as f64;
            let ni = docs[i].article.sentences.len().max(1) as f64;
            let nj = docs[j].article.sentences.len().max(1) as f64;
            // Share of the shorter article's sentences that find a match.
            ((i, j), (in_i / ni).max(in_j / nj).min(1.0))
        })
        .collect();
    let evidence = |i: usize, j: usize| {
        let share = shares.get(&(i, j)).copied().unwrap_or(0.0);
        let quantities = quantities.get(&(i, j)).copied().unwrap_or(0);
        0.5 * share + 0.5 * matrix[i][j] + QUANTITY_WEIGHT * quantities.min(3) as f64
    };
    let mut out = BTreeMap::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            if matrix[i][j] > 0.0 {
                let v = evidence(i, j);
                if v >= min_evidence {
                    out.insert((i, j), v);
                }
            }
        }
    }
    // Pairs that share no word but align or report the same quantity.
    for &(i, j) in shares.keys().chain(quantities.keys()) {
        if matrix[i][j] <= 0.0 {
            let v = evidence(i, j);
            if v >= min_evidence {
                out.insert((i, j), v);
            }
        }
    }
    out
}

/// Evidence added for each quantity (up to three) two articles both report:
/// the same counted thing and action, or the same day. Specific figures
/// belong to one moment of a story far more than names do.
pub const QUANTITY_WEIGHT: f64 = 0.1;
/// Mean-linkage threshold for one event.
pub const EVENT_THRESHOLD: f64 = 0.3;
/// Mean-linkage threshold for one thread.
pub const THREAD_THRESHOLD: f64 = 0.15;

/// For each pair of articles, how many quantities (figure keys, or resolved
/// days) both report. Keys reported by very many articles are skipped, so
/// the cost stays linear.
fn shared_quantities(figures: &[Figure]) -> HashMap<(usize, usize), usize, FnvBuild> {
    let mut by_key: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for f in figures.iter().filter(|f| !f.key.is_empty()) {
        let key = f.resolved.as_ref().map(|r| format!("date {r}")).unwrap_or_else(|| f.key.clone());
        by_key.entry(key).or_default().insert(f.article);
    }
    let mut out = HashMap::default();
    for articles in by_key.values().filter(|a| a.len() <= 32) {
        let list: Vec<usize> = articles.iter().copied().collect();
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                *out.entry((i, j)).or_insert(0) += 1;
            }
        }
    }
    out
}

/// Groups articles into events (every article is in exactly one) and events
/// into threads (only threads of two or more events are listed).
pub fn group(
    docs: &[Prepared],
    matrix: &[Vec<f64>],
    alignments: &[Alignment],
    figures: &[Figure],
) -> (Vec<ArticleGroup>, Vec<ArticleGroup>) {
    // Weak pairs are dropped before linkage (counted as no evidence): they
    // cannot lift a group mean over the thresholds much, and keeping them
    // would make linkage quadratic in the number of articles.
    let evidence = pair_evidence(docs, matrix, alignments, figures, THREAD_THRESHOLD / 2.0);
    let singletons: Vec<Vec<usize>> = (0..docs.len()).map(|i| vec![i]).collect();
    let events = average_linkage(singletons, &evidence, EVENT_THRESHOLD);
    let threads: Vec<Vec<usize>> = average_linkage(events.clone(), &evidence, THREAD_THRESHOLD)
        .into_iter()
        .filter(|t| events.iter().filter(|e| t.contains(&e[0])).count() >= 2)
        .collect();
    (
        events.iter().map(|g| labelled(docs, g)).collect(),
        threads.iter().map(|g| labelled(docs, g)).collect(),
    )
}

/// Merges groups while the mean evidence between two groups' members
/// reaches `threshold`. Each round computes every pair's mean once and
/// merges the best pairs first, each group at most once per round, so the
/// number of rounds stays small; only pairs with evidence are considered, so
/// the cost follows the number of related pairs.
fn average_linkage(
    mut groups: Vec<Vec<usize>>,
    evidence: &BTreeMap<(usize, usize), f64>,
    threshold: f64,
) -> Vec<Vec<usize>> {
    loop {
        let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
        for (g, members) in groups.iter().enumerate() {
            for &m in members {
                group_of.insert(m, g);
            }
        }
        let mut sums: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for (&(i, j), &v) in evidence {
            let (gi, gj) = (group_of[&i], group_of[&j]);
            if gi != gj {
                *sums.entry((gi.min(gj), gi.max(gj))).or_default() += v;
            }
        }
        let mut candidates: Vec<((usize, usize), f64)> = sums
            .iter()
            .map(|(&(a, b), &s)| ((a, b), s / (groups[a].len() * groups[b].len()) as f64))
            .filter(|(_, mean)| *mean >= threshold)
            .collect();
        if candidates.is_empty() {
            break;
        }
        candidates.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let mut touched = vec![false; groups.len()];
        for ((a, b), _) in candidates {
            if touched[a] || touched[b] {
                continue;
            }
            touched[a] = true;
            touched[b] = true;
            let moved = std::mem::take(&mut groups[b]);
            groups[a].extend(moved);
            groups[a].sort_unstable();
        }
        groups.retain(|g| !g.is_empty());
    }
    groups.sort();
    groups
}

/// A group with its label (see [`super::labels`]).
fn labelled(docs: &[Prepared], members: &[usize]) -> ArticleGroup {
    super::labels::labelled(docs, members)
}

/// For each article, the index of the group holding it, or `None`.
pub fn membership(groups: &[ArticleGroup], n: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; n];
    for (g, group) in groups.iter().enumerate() {
        for &a in &group.articles {
            if a < n {
                out[a] = Some(g);
            }
        }
    }
    out
}
