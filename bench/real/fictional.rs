//! Conflicts on our own fictional events (issue 14, item 3): invented
//! events, each told by two or three outlets, with conflicts planted in them
//! (numbers and days) and near misses beside them (different quantities,
//! figures the article says were revised, two polls, days of different
//! happenings). The set is `bench/conflicts/fictional.txt`; its format is
//! described at its top. Each group is taken as one event, as the ECB+
//! section takes gold events, so what is measured is the figure rules.
//!
//! A reported row finds a planted conflict when it lists values of two of
//! the planted articles whose texts contain the planted values; a row that
//! finds no planted conflict is a false row.
#![allow(dead_code)]

use crate::report::{percent, Section, Target};
use parallax::model::{Article, InputFormat, ParseOptions};
use serde_json::json;
use std::path::Path;

/// The set, beside the project's other bench data.
pub const SET: &str = "bench/conflicts/fictional.txt";

/// One planted conflict: what it is, and (article id, value text) pairs.
pub struct Planted {
    pub what: String,
    pub values: Vec<(String, String)>,
}

/// One group: its name, its articles (id, text), its planted conflicts.
pub struct Group {
    pub name: String,
    pub articles: Vec<(String, String)>,
    pub planted: Vec<Planted>,
}

/// Reads the set.
pub fn load(root: &Path) -> Vec<Group> {
    let text = std::fs::read_to_string(root.join(SET)).unwrap_or_default();
    let mut groups: Vec<Group> = Vec::new();
    let mut in_gold = false;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## group ") {
            groups.push(Group {
                name: name.trim().into(),
                articles: Vec::new(),
                planted: Vec::new(),
            });
            in_gold = false;
        } else if let Some(id) = line.strip_prefix("## article ") {
            if let Some(g) = groups.last_mut() {
                g.articles.push((id.trim().into(), String::new()));
            }
            in_gold = false;
        } else if line.starts_with("## gold") {
            in_gold = true;
        } else if in_gold {
            let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
            if parts.first() == Some(&"conflict") && parts.len() >= 4 {
                let values = parts[2..]
                    .iter()
                    .filter_map(|p| p.split_once(": "))
                    .map(|(id, t)| (id.to_string(), t.to_string()))
                    .collect();
                if let Some(g) = groups.last_mut() {
                    g.planted.push(Planted { what: parts[1].into(), values });
                }
            }
        } else if let Some((_, body)) = groups.last_mut().and_then(|g| g.articles.last_mut()) {
            if !line.starts_with('#') || !body.is_empty() {
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    groups
}

fn parse(id: &str, text: &str) -> Article {
    let options =
        ParseOptions { id: Some(id.into()), format: InputFormat::Text, ..Default::default() };
    parallax::parse(text.trim_start(), &options).expect("a fictional article parses")
}

/// One reported row: quantity and (article id, value text) pairs.
pub struct Row {
    pub group: String,
    pub quantity: String,
    pub values: Vec<(String, String)>,
    /// Which planted conflict it finds, if any.
    pub finds: Option<usize>,
}

/// Whether `row` finds `p`: it lists values of two different planted
/// articles whose texts contain the planted values.
fn finds(row: &[(String, String)], p: &Planted) -> bool {
    let hit: std::collections::BTreeSet<&str> = p
        .values
        .iter()
        .filter(|(id, text)| {
            row.iter()
                .any(|(rid, rt)| rid == id && rt.to_lowercase().contains(&text.to_lowercase()))
        })
        .map(|(id, _)| id.as_str())
        .collect();
    hit.len() >= 2
}

/// Every row on every group, and the number of planted conflicts.
pub fn run(root: &Path) -> (Vec<Row>, Vec<Group>) {
    let groups = load(root);
    let mut rows = Vec::new();
    for g in &groups {
        let articles: Vec<Article> = g.articles.iter().map(|(id, t)| parse(id, t)).collect();
        let (found, _) = parallax::internals::figures_in_one_event(&articles);
        for d in found {
            let values: Vec<(String, String)> = d
                .values
                .iter()
                .map(|v| (g.articles[v.article].0.clone(), v.text.clone()))
                .collect();
            let finds = g.planted.iter().position(|p| finds(&values, p));
            rows.push(Row { group: g.name.clone(), quantity: d.quantity, values, finds });
        }
    }
    (rows, groups)
}

/// The set's articles all compared at once by `compare`, as a reader
/// would paste them: pair counts (same-event pairs found, pairs put in one
/// event, same-group pairs) of its events against the set's groups.
fn grouped_at_once(groups: &[Group]) -> (usize, usize, usize) {
    let (mut articles, mut gold) = (Vec::new(), Vec::new());
    for (k, g) in groups.iter().enumerate() {
        for (id, t) in &g.articles {
            articles.push(parse(&format!("{}/{id}", g.name), t));
            gold.push(k);
        }
    }
    let compared = parallax::compare(&articles, &Default::default()).expect("the set compares");
    // Articles in no event are each alone.
    let mut ours: Vec<usize> = (0..articles.len()).map(|i| usize::MAX - i).collect();
    for (e, event) in compared.events.iter().enumerate() {
        for &a in &event.articles {
            ours[a] = e;
        }
    }
    crate::metrics::pair_counts(&ours, &gold)
}

/// The section: planted conflicts found, false rows, and every row.
pub fn section(root: &Path) -> Section {
    let (rows, groups) = run(root);
    let planted: usize = groups.iter().map(|g| g.planted.len()).sum();
    let mut found = std::collections::BTreeSet::new();
    let mut false_rows = 0;
    let mut listed = Vec::new();
    for r in &rows {
        let values: Vec<String> = r.values.iter().map(|(id, t)| format!("{id}: {t}")).collect();
        let mark = match r.finds {
            Some(p) => {
                found.insert((r.group.clone(), p));
                "found"
            }
            None => {
                false_rows += 1;
                "FALSE"
            }
        };
        listed.push(format!("  {mark} {} | {} | {}", r.group, r.quantity, values.join("; ")));
    }
    for g in &groups {
        for (i, p) in g.planted.iter().enumerate() {
            if !found.contains(&(g.name.clone(), i)) {
                let values: Vec<String> =
                    p.values.iter().map(|(id, t)| format!("{id}: {t}")).collect();
                listed.push(format!("  MISSED {} | {} | {}", g.name, p.what, values.join("; ")));
            }
        }
    }
    let mut s = Section::new("fictional", "Conflicts on our fictional events (planted)");
    s.line(format!(
        "groups: {}; planted conflicts: {planted}; found: {} ({}); rows reported: {}; false rows: {false_rows}",
        groups.len(),
        found.len(),
        percent(found.len(), planted),
        rows.len()
    ));
    let (together, joined, same) = grouped_at_once(&groups);
    let articles: usize = groups.iter().map(|g| g.articles.len()).sum();
    s.line(format!(
        "all {articles} articles compared at once: same-event pairs in one event {together} of {same}; pairs of different events joined {}",
        joined - together
    ));
    s.lines.extend(listed);
    s.put(
        "fictional",
        json!({"groups": groups.len(), "planted": planted, "found": found.len(), "rows": rows.len(), "false": false_rows,
               "at_once": {"articles": articles, "pairs_together": together, "pairs_same": same, "pairs_joined_wrongly": joined - together}}),
    );
    s.targets.push(Target::share_at_least(
        "Fictional planted conflicts found",
        found.len(),
        planted,
        0.9,
    ));
    s.targets.push(Target::at_most(
        "Fictional false conflict rows",
        false_rows as f64,
        0.0,
        false_rows.to_string(),
        "0",
    ));
    s
}
