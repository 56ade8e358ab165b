//! Exclusive and omitted content. Within an event, a sentence is exclusive to
//! its article when no sentence of another article in the event aligns with
//! it, and an article omits a sentence of another article in its event when
//! none of its own sentences aligns with it. An article alone in its event has
//! nothing to be measured against, so both lists stay empty for it.

use super::Prepared;
use crate::lexicon::hash::FnvBuild;
use crate::model::{Alignment, Coverage, SentenceRef};
use std::collections::HashSet;

pub fn coverage(docs: &[Prepared], alignments: &[Alignment], event_of: &[usize]) -> Vec<Coverage> {
    // (article, sentence, other article) for every aligned sentence; a hash
    // set, as it is probed once per sentence and other article of an event.
    let mut matched: HashSet<(usize, usize, usize), FnvBuild> = HashSet::default();
    for al in alignments {
        matched.insert((al.a.article, al.a.sentence, al.b.article));
        matched.insert((al.b.article, al.b.sentence, al.a.article));
    }
    let matched = &matched;
    // The articles of each event, by event index.
    let mut members: Vec<Vec<usize>> =
        vec![Vec::new(); event_of.iter().max().map_or(0, |&e| e + 1)];
    for (i, &e) in event_of.iter().enumerate() {
        members[e].push(i);
    }
    let sentence_ref = |article: usize, s: usize| SentenceRef {
        article,
        sentence: s,
        span: docs[article].article.sentences[s].span,
    };
    (0..docs.len())
        .map(|i| {
            let others: Vec<usize> =
                members[event_of[i]].iter().copied().filter(|&j| j != i).collect();
            if others.is_empty() {
                return Coverage { article: i, exclusive: Vec::new(), omitted: Vec::new() };
            }
            let exclusive = (0..docs[i].article.sentences.len())
                .filter(|&s| others.iter().all(|&j| !matched.contains(&(i, s, j))))
                .map(|s| sentence_ref(i, s))
                .collect();
            let omitted = others
                .iter()
                .flat_map(|&j| {
                    (0..docs[j].article.sentences.len())
                        .filter(move |&s| !matched.contains(&(j, s, i)))
                        .map(move |s| (j, s))
                })
                .map(|(j, s)| sentence_ref(j, s))
                .collect();
            Coverage { article: i, exclusive, omitted }
        })
        .collect()
}
