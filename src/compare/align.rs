//! Sentence alignment: which sentences of different articles report the same
//! fact.
//!
//! Comparing every sentence with every other would be quadratic in the
//! collection, so candidates come from an inverted index of stemmed content
//! words: a sentence only meets the sentences that share at least two of its
//! words (one for very short sentences). Words found in very many sentences
//! are left out of the index once the collection is large, since they
//! cannot tell facts apart anyway; each sentence then scores at most
//! [`MAX_CANDIDATES`] candidates with the paraphrase score.

use super::similarity::Profile;
use super::Prepared;
use crate::lexicon::hash::FnvBuild;
use crate::model::{Alignment, AlignmentKind, SentenceRef};
use std::collections::HashMap;

/// The most candidate sentences scored for one sentence.
pub const MAX_CANDIDATES: usize = 24;

/// Aligns sentences across articles: for each sentence and each other
/// article, the best-scoring sentence there when it scores at least
/// `min_score`. Pairs are listed once, (lower article, higher article),
/// sorted by position.
pub fn align(docs: &[Prepared], min_score: f64) -> Vec<Alignment> {
    // Global sentence ids.
    let mut ids: Vec<(usize, usize)> = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        for s in 0..d.profiles.len() {
            ids.push((a, s));
        }
    }
    let total = ids.len();
    let cap = if total > 2000 { 64 + total / 200 } else { usize::MAX };
    // FNV rather than SipHash: these maps are touched once per content word
    // and per candidate pair, and their iteration order never reaches the
    // result (pairs are sorted below).
    let mut postings: HashMap<u64, Vec<u32>, FnvBuild> = HashMap::default();
    for (g, &(a, s)) in ids.iter().enumerate() {
        for &t in &docs[a].profiles[s].content {
            postings.entry(t).or_default().push(g as u32);
        }
    }
    let mut counts = vec![0u16; total];
    let mut touched: Vec<u32> = Vec::new();
    // best[(sentence id, other article)] = (score, other sentence id)
    let mut best: HashMap<(u32, usize), (f64, u32), FnvBuild> = HashMap::default();
    for (g, &(a, s)) in ids.iter().enumerate() {
        let profile: &Profile = &docs[a].profiles[s];
        for t in &profile.content {
            let list = &postings[t];
            if list.len() > cap {
                continue;
            }
            for &o in list {
                let (oa, _) = ids[o as usize];
                if oa <= a {
                    continue;
                }
                if counts[o as usize] == 0 {
                    touched.push(o);
                }
                counts[o as usize] = counts[o as usize].saturating_add(1);
            }
        }
        let need = if profile.content.len() <= 3 { 1 } else { 2 };
        let mut candidates: Vec<(u16, u32)> = touched
            .iter()
            .filter(|&&o| counts[o as usize] >= need)
            .map(|&o| (counts[o as usize], o))
            .collect();
        for &o in &touched {
            counts[o as usize] = 0;
        }
        touched.clear();
        crate::lexicon::sort_by(&mut candidates, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        candidates.truncate(MAX_CANDIDATES);
        for (_, o) in candidates {
            let (oa, os) = ids[o as usize];
            let score = profile.similarity(&docs[oa].profiles[os]);
            if score < min_score {
                continue;
            }
            for key in [(g as u32, oa), (o, a)] {
                let partner = if key.0 == g as u32 { o } else { g as u32 };
                let entry = best.entry(key).or_insert((f64::MIN, u32::MAX));
                if score > entry.0 || (score == entry.0 && partner < entry.1) {
                    *entry = (score, partner);
                }
            }
        }
    }
    // Keep a pair when it is the best for at least one of its two sentences.
    let mut pairs: Vec<(u32, u32, f64)> = best
        .iter()
        .map(|(&(g, _), &(score, o))| if g < o { (g, o, score) } else { (o, g, score) })
        .collect();
    crate::lexicon::sort_by(&mut pairs, |x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)));
    pairs.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    pairs
        .into_iter()
        .map(|(g, o, score)| {
            let (a, s) = ids[g as usize];
            let (b, t) = ids[o as usize];
            let kind = kind_of(&docs[a].profiles[s], &docs[b].profiles[t], score);
            Alignment {
                a: SentenceRef { article: a, sentence: s, span: docs[a].article.sentences[s].span },
                b: SentenceRef { article: b, sentence: t, span: docs[b].article.sentences[t].span },
                score: (score * 1e4).round() / 1e4,
                kind,
            }
        })
        .collect()
}

/// Verbatim when the stemmed words are identical, near-verbatim when nearly all
/// words and word pairs are shared, paraphrase otherwise.
fn kind_of(a: &Profile, b: &Profile, score: f64) -> AlignmentKind {
    if a.all == b.all {
        return AlignmentKind::Verbatim;
    }
    let f = a.features(b);
    // f[2] is all-word Dice, f[3] word-bigram Dice.
    if f[2] >= 0.85 && f[3] >= 0.7 && score >= 0.8 {
        AlignmentKind::NearVerbatim
    } else {
        AlignmentKind::Paraphrase
    }
}
