//! Event grouping on our fictional "three outlets, one event" probe:
//! invented events, each told by three outlets with their own angle
//! (different ledes, people quoted, omissions, wording, some differing
//! figures), and distractors: a second, different event of the same kind
//! (another town's explosion, another company's takeover…) told by one or
//! two outlets. The set is `bench/events/triplets.txt`; its format is
//! described at its top.
//!
//! It stands in for a hidden set of real triplets, where each triplet
//! compared alone should come out as one event and all articles compared at
//! once should give a pairwise F1 of 0.90. It is a probe: its lines are
//! informational and it has no targets.
#![allow(dead_code)]

use crate::metrics::{pair_counts, Prf};
use crate::report::Section;
use parallax::model::{Article, InputFormat, ParseOptions};
use serde_json::json;
use std::path::Path;

/// The set, beside the project's other bench data.
pub const SET: &str = "bench/events/triplets.txt";

/// One event of the set: its name, the group it resembles when it is a
/// distractor, and its articles (outlet id, text).
pub struct Event {
    pub name: String,
    pub like: Option<String>,
    pub articles: Vec<(String, String)>,
}

/// Reads the set.
pub fn load(root: &Path) -> Vec<Event> {
    let text = std::fs::read_to_string(root.join(SET)).unwrap_or_default();
    let mut events: Vec<Event> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## group ") {
            events.push(Event { name: name.trim().into(), like: None, articles: Vec::new() });
        } else if let Some(rest) = line.strip_prefix("## distractor ") {
            let (name, like) = match rest.split_once(" like ") {
                Some((n, l)) => (n.trim(), Some(l.trim().to_string())),
                None => (rest.trim(), None),
            };
            events.push(Event { name: name.into(), like, articles: Vec::new() });
        } else if let Some(id) = line.strip_prefix("## article ") {
            if let Some(e) = events.last_mut() {
                e.articles.push((id.trim().into(), String::new()));
            }
        } else if let Some((_, body)) = events.last_mut().and_then(|e| e.articles.last_mut()) {
            if !line.starts_with('#') || !body.is_empty() {
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    events
}

fn parse(id: &str, text: &str) -> Article {
    let options =
        ParseOptions { id: Some(id.into()), format: InputFormat::Text, ..Default::default() };
    parallax::parse(text.trim(), &options).expect("a triplet article parses")
}

/// The event label of each article as `compare` groups them; an article in
/// no event is alone.
fn grouped(articles: &[Article]) -> Vec<usize> {
    let compared = parallax::compare(articles, &Default::default()).expect("the set compares");
    let mut ours: Vec<usize> = (0..articles.len()).map(|i| usize::MAX - i).collect();
    for (e, event) in compared.events.iter().enumerate() {
        for &a in &event.articles {
            ours[a] = e;
        }
    }
    ours
}

/// Articles by label, as "a+b | c" (labels in first-seen order).
fn partition(ids: &[String], labels: &[usize]) -> String {
    let mut seen: Vec<usize> = Vec::new();
    for &l in labels {
        if !seen.contains(&l) {
            seen.push(l);
        }
    }
    let parts: Vec<String> = seen
        .iter()
        .map(|l| {
            let members: Vec<&str> = ids
                .iter()
                .zip(labels)
                .filter(|(_, m)| *m == l)
                .map(|(id, _)| id.as_str())
                .collect();
            members.join("+")
        })
        .collect();
    parts.join(" | ")
}

/// The section: triplets that come out as one event alone, and every
/// article compared at once against the set's events.
pub fn section(root: &Path) -> Section {
    let events = load(root);
    let mut s = Section::new("triplets", "Event grouping on our fictional triplets (probe)");
    let mut lines = Vec::new();

    // (a) Each triplet alone.
    let triplets: Vec<&Event> = events.iter().filter(|e| e.like.is_none()).collect();
    let mut one = 0;
    for e in &triplets {
        let articles: Vec<Article> = e.articles.iter().map(|(id, t)| parse(id, t)).collect();
        let labels = grouped(&articles);
        let ids: Vec<String> = e.articles.iter().map(|(id, _)| id.clone()).collect();
        let whole = labels.iter().all(|&l| l == labels[0]) && labels[0] < usize::MAX / 2;
        if whole {
            one += 1;
        }
        let mark = if whole { "one" } else { "SPLIT" };
        lines.push(format!("  alone {mark} {}: {}", e.name, partition(&ids, &labels)));
    }

    // (b) Every article at once.
    let (mut articles, mut gold, mut ids) = (Vec::new(), Vec::new(), Vec::new());
    for (k, e) in events.iter().enumerate() {
        for (id, t) in &e.articles {
            let name = format!("{}/{id}", e.name);
            articles.push(parse(&name, t));
            ids.push(name);
            gold.push(k);
        }
    }
    let ours = grouped(&articles);
    let (tp, predicted, same) = pair_counts(&ours, &gold);
    let prf = Prf::from_counts(tp, predicted, same);
    let distractor = |i: usize| events[gold[i]].like.is_some();
    let (mut wrong, mut wrong_distractor, mut wrong_like) = (0, 0, 0);
    for i in 0..articles.len() {
        for j in i + 1..articles.len() {
            if ours[i] == ours[j] && gold[i] != gold[j] {
                wrong += 1;
                lines.push(format!("  at once JOINED {} with {}", ids[i], ids[j]));
                if distractor(i) || distractor(j) {
                    wrong_distractor += 1;
                    let (a, b) = (&events[gold[i]], &events[gold[j]]);
                    if a.like.as_deref() == Some(&b.name) || b.like.as_deref() == Some(&a.name) {
                        wrong_like += 1;
                    }
                }
            }
        }
    }
    for e in events.iter().enumerate().filter(|(_, e)| e.articles.len() > 1) {
        let (k, e) = e;
        let members: Vec<usize> = (0..articles.len()).filter(|&i| gold[i] == k).collect();
        let labels: Vec<usize> = members.iter().map(|&i| ours[i]).collect();
        if labels.iter().any(|&l| l != labels[0]) || labels[0] >= usize::MAX / 2 {
            let outlets: Vec<String> = e.articles.iter().map(|(id, _)| id.clone()).collect();
            lines.push(format!("  at once SPLIT {}: {}", e.name, partition(&outlets, &labels)));
        }
    }

    let distractors = events.len() - triplets.len();
    s.line(format!(
        "triplets compared alone: {one} of {} come out as one event (the hidden set's goal: ≥ 27 of 29)",
        triplets.len()
    ));
    s.line(format!(
        "all {} articles ({} events, {distractors} of them distractors) at once: pairwise P {:.3} R {:.3} F1 {:.3} (goal F1 ≥ 0.90); same-event pairs together {tp} of {same}; pairs wrongly joined {wrong}, {wrong_distractor} of them with a distractor ({wrong_like} with the event it resembles)",
        articles.len(),
        events.len(),
        prf.precision,
        prf.recall,
        prf.f1
    ));
    s.lines.extend(lines);
    s.put(
        "triplets",
        json!({"triplets": triplets.len(), "alone_one_event": one, "distractors": distractors,
               "at_once": {"articles": articles.len(), "precision": prf.precision, "recall": prf.recall, "f1": prf.f1,
                           "pairs_together": tp, "pairs_same": same, "pairs_joined_wrongly": wrong,
                           "distractor_pairs_joined": wrong_distractor, "distractor_like_pairs_joined": wrong_like}}),
    );
    s
}
