//! Events and threads: which articles report the same event, and which
//! events belong to one developing story.
//!
//! Two articles report the same event with the probability the fitted model
//! of [`super::evidence`] gives their pair (document and headline
//! similarity, aligned sentences, shared participants, quantities and days,
//! and what tells two events of one kind apart). Events are then formed by
//! average linkage at the model's threshold — a group only absorbs an
//! article whose mean probability over the whole group is high enough — so
//! one passing mention of another event cannot chain two groups together, as
//! single linkage would.
//!
//! Threads join events that are one developing story: their articles share
//! a named participant (a person, or an organisation both leads name) and
//! are related — aligned sentences, vocabulary, specific figures — but too
//! little, or too differently, to be one report. Events of the same kind
//! with different casts are never one thread.

use super::evidence;
use super::figures::Figure;
use super::participants::Cast;
use super::Prepared;
use crate::model::{Alignment, ArticleGroup};
use std::collections::{BTreeMap, BTreeSet};

/// Mean-linkage threshold of relatedness (½·aligned share + ½·cosine + 0.1
/// per shared quantity) for one thread, between events that share a
/// participant.
pub const THREAD_THRESHOLD: f64 = 0.15;

/// Probabilities below this are left out of linkage: they barely move a
/// group's mean, and leaving them out keeps the cost to the related pairs.
pub const MIN_PROBABILITY: f64 = 0.05;

/// The probability that each candidate pair reports one event, for pairs
/// at or above `min`; a pair the separation rule keeps apart
/// ([`evidence::not_one_event`]) counts 0, so it lowers the mean of any group
/// holding both.
pub fn event_probabilities(
    pairs: &evidence::Pairs,
    model: &evidence::Model,
    min: f64,
) -> BTreeMap<(usize, usize), f64> {
    crate::lexicon::map_from(
        pairs
            .features
            .iter()
            .filter(|(k, _)| !pairs.separated.contains(k))
            .map(|(&k, x)| (k, model.probability(x)))
            .filter(|&(_, p)| p >= min),
    )
}

/// Groups articles into events (every article is in exactly one) and events
/// into threads (only threads of two or more events are listed).
pub fn group(
    docs: &[Prepared],
    matrix: &[Vec<f64>],
    alignments: &[Alignment],
    figures: &[Figure],
    cast: &Cast,
    model: &evidence::Model,
) -> (Vec<ArticleGroup>, Vec<ArticleGroup>) {
    let pairs = evidence::pairs(docs, matrix, alignments, figures, cast);
    let probabilities = event_probabilities(&pairs, model, MIN_PROBABILITY);
    let singletons: Vec<Vec<usize>> = (0..docs.len()).map(|i| vec![i]).collect();
    let linked = average_linkage(singletons, &probabilities, model.threshold);
    let events = join_lone_reports(linked, &probabilities, &pairs.separated, model.lone);
    let threads = thread_events(&events, &pairs);
    (
        events.iter().map(|g| labelled(docs, g)).collect(),
        threads.iter().map(|g| labelled(docs, g)).collect(),
    )
}

/// Joins events into threads (listing only threads of two events or more):
/// average linkage of relatedness over pairs that share a participant, so
/// two events of the same kind with different casts stay apart however
/// alike their wording.
pub fn thread_events(events: &[Vec<usize>], pairs: &evidence::Pairs) -> Vec<Vec<usize>> {
    let related: BTreeMap<(usize, usize), f64> = crate::lexicon::map_from(
        pairs
            .relatedness
            .iter()
            .filter(|(k, &v)| v >= THREAD_THRESHOLD / 2.0 && pairs.shared_participant[k])
            .map(|(&k, &v)| (k, v)),
    );
    average_linkage(events.to_vec(), &related, THREAD_THRESHOLD)
        .into_iter()
        .filter(|t| events.iter().filter(|e| t.contains(&e[0])).count() >= 2)
        .collect()
}

/// Each article's group, by article index (`None` for an index no group
/// holds).
fn group_index(groups: &[Vec<usize>]) -> Vec<Option<usize>> {
    let size = groups.iter().flatten().max().map_or(0, |&m| m + 1);
    let mut group_of = vec![None; size];
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of[m] = Some(g);
        }
    }
    group_of
}

/// Merges groups while the mean evidence between two groups' members
/// reaches `threshold`. Each round computes every pair's mean once and
/// merges the best pairs first, each group at most once per round, so the
/// number of rounds stays small; only pairs with evidence are considered, so
/// the cost follows the number of related pairs.
pub fn average_linkage(
    mut groups: Vec<Vec<usize>>,
    evidence: &BTreeMap<(usize, usize), f64>,
    threshold: f64,
) -> Vec<Vec<usize>> {
    loop {
        let group_of = group_index(&groups);
        let mut sums: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for (&(i, j), &v) in evidence {
            let in_group = |a: usize| group_of[a].expect("every article is in a group");
            let (gi, gj) = (in_group(i), in_group(j));
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
        crate::lexicon::sort_by(&mut candidates, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let mut touched = vec![false; groups.len()];
        for ((a, b), _) in candidates {
            if touched[a] || touched[b] {
                continue;
            }
            touched[a] = true;
            touched[b] = true;
            let moved = std::mem::take(&mut groups[b]);
            groups[a].extend(moved);
            crate::lexicon::sort(&mut groups[a]);
        }
        groups.retain(|g| !g.is_empty());
    }
    crate::lexicon::sort(&mut groups);
    groups
}

/// Rule `a_lone_report_joins_its_nearest_event`: after linkage, an article
/// left alone joins the event of two or more articles whose mean
/// probability with it is highest, when that mean reaches `lone` (below the
/// linkage threshold; fitted with it, see [`evidence::Model::lone`]).
///
/// Why: outlets with different angles share fewer words, people and
/// sentences than the outlets of one angle do, so the one report told from
/// its own angle (the family whose flat burned, beside two reports of the
/// recall) scores lower with each of the others than they score together,
/// and average linkage leaves it out. A group of two or more is already
/// evidence that the event was reported; a lone report needs less to join
/// it than two groups need to merge. Groups never merge in this pass and an
/// article joins at most one event, so nothing chains; nor does it join an
/// event holding an article the separation rule keeps it from (`apart`,
/// [`evidence::not_one_event`]).
pub fn join_lone_reports(
    mut groups: Vec<Vec<usize>>,
    evidence: &BTreeMap<(usize, usize), f64>,
    apart: &BTreeSet<(usize, usize)>,
    lone: f64,
) -> Vec<Vec<usize>> {
    if lone >= 1.0 {
        return groups;
    }
    let group_of: Vec<usize> =
        group_index(&groups).into_iter().map(|g| g.expect("every article is in a group")).collect();
    // For each lone article, the sum of its probabilities with each group.
    let mut sums: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for (&(i, j), &p) in evidence {
        for (me, other) in [(i, j), (j, i)] {
            let (mine, theirs) = (group_of[me], group_of[other]);
            if groups[mine].len() == 1 && groups[theirs].len() >= 2 {
                *sums.entry((me, theirs)).or_default() += p;
            }
        }
    }
    // The best event of each lone article (ties to the lower group number).
    let mut best: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
    for (&(me, g), &sum) in &sums {
        let mean = sum / groups[g].len() as f64;
        if mean >= lone && best.get(&me).is_none_or(|&(m, _)| mean > m) {
            best.insert(me, (mean, g));
        }
    }
    for (me, (_, g)) in best {
        // A report the separation rule keeps from any member of the event
        // stays alone: this pass weighs evidence, it does not overrule.
        if groups[g].iter().any(|&o| apart.contains(&(me.min(o), me.max(o)))) {
            continue;
        }
        groups[group_of[me]].clear();
        groups[g].push(me);
    }
    groups.retain(|g| !g.is_empty());
    for g in &mut groups {
        crate::lexicon::sort(g);
    }
    crate::lexicon::sort(&mut groups);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(pairs: &[((usize, usize), f64)]) -> BTreeMap<(usize, usize), f64> {
        pairs.iter().copied().collect()
    }

    fn linked(e: &BTreeMap<(usize, usize), f64>, n: usize, lone: f64) -> Vec<Vec<usize>> {
        let singletons = (0..n).map(|i| vec![i]).collect();
        join_lone_reports(average_linkage(singletons, e, 0.65), e, &Default::default(), lone)
    }

    #[test]
    fn a_lone_report_joins_its_nearest_event() {
        // Two reports that agree, and a third told from its own angle: too
        // far from them for average linkage, near enough to join.
        let e = evidence(&[((0, 1), 0.9), ((0, 2), 0.45), ((1, 2), 0.25)]);
        assert_eq!(linked(&e, 3, 1.0), vec![vec![0, 1], vec![2]]);
        assert_eq!(linked(&e, 3, 0.3), vec![vec![0, 1, 2]]);
        // Its mean with the event (0.35) below the lone threshold: alone.
        assert_eq!(linked(&e, 3, 0.4), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn a_lone_report_joins_the_event_it_is_nearest_on_average() {
        let e = evidence(&[
            ((0, 1), 0.9),
            ((2, 3), 0.9),
            ((0, 4), 0.6),
            ((1, 4), 0.1),
            ((2, 4), 0.4),
            ((3, 4), 0.4),
        ]);
        // Mean 0.35 with {0, 1} (one strong link), 0.4 with {2, 3}.
        assert_eq!(linked(&e, 5, 0.3), vec![vec![0, 1], vec![2, 3, 4]]);
    }

    #[test]
    fn a_lone_report_kept_apart_from_a_member_stays_alone() {
        let e = evidence(&[((0, 1), 0.9), ((0, 2), 0.5), ((1, 2), 0.0)]);
        let apart: BTreeSet<(usize, usize)> = [(1, 2)].into_iter().collect();
        let singletons = (0..3).map(|i| vec![i]).collect();
        let groups = join_lone_reports(average_linkage(singletons, &e, 0.65), &e, &apart, 0.2);
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
        assert_eq!(linked(&e, 3, 0.2), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn the_lone_pass_never_merges_two_events_nor_two_lone_reports() {
        // Two events whose members are related at 0.4: each is a group of
        // two, so none of them is lone and nothing moves.
        let e = evidence(&[
            ((0, 1), 0.9),
            ((2, 3), 0.9),
            ((0, 2), 0.4),
            ((1, 3), 0.4),
            ((0, 3), 0.4),
            ((1, 2), 0.4),
            ((4, 5), 0.5),
        ]);
        assert_eq!(linked(&e, 6, 0.3), vec![vec![0, 1], vec![2, 3], vec![4], vec![5]]);
    }
}
