//! Shared quotes on our own fictional set (issue 14, items 4 and 8):
//! `bench/quotes/NN-slug/` holds two or three short articles on one invented
//! event (`a.txt`, `b.txt`, `c.txt`) and `gold.tsv`, whose rows are
//!
//! ```text
//! shared<TAB>a: words of the quote<TAB>b: words of its other form[<TAB>c: …]
//! apart<TAB>a: words of one quote<TAB>b: words of a different quote
//! ```
//!
//! `shared` is a quote planted in several forms (trimmed, re-punctuated,
//! lightly reworded, an ellipsis, a partial quote inside the outlet's own
//! sentence); `apart` a planted near miss (two speakers' similar words, one
//! phrase in two quotes). A quote is named by words its text contains,
//! compared lower-cased with punctuation as spaces.
//!
//! - recall: `shared` rows some shared quote holds in every listed article;
//! - precision: shared quotes reported whose every occurrence is one form of
//!   one `shared` row, over all reported;
//! - near misses matched: `apart` rows whose two quotes one shared quote holds.
//!
//! Odd-numbered groups fit the rule (`examples/fit_quotes.rs`), even-numbered
//! ones are held out; the section reports both, held-out first.
#![allow(dead_code)]

use crate::report::{percent, Section, Target};
use parallax::model::{Article, ParseOptions, SharedQuote};
use serde_json::json;
use std::path::Path;

/// The set, beside the project's other benchmarks.
pub const DIR: &str = "bench/quotes";

/// One gold row: the quote's words in each listed article (a, b, c → 0, 1, 2).
#[derive(Debug, Clone)]
pub struct Row {
    pub shared: bool,
    pub forms: Vec<(usize, String)>,
}

/// One group: its number, articles and gold rows.
pub struct Group {
    pub number: usize,
    pub name: String,
    pub articles: Vec<Article>,
    pub rows: Vec<Row>,
}

/// Lower-cased words separated by single spaces, padded with spaces.
pub fn fold(s: &str) -> String {
    let t: String =
        s.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    format!(" {} ", t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a quote's text is the form gold names by `words`.
pub fn is_form(text: &str, words: &str) -> bool {
    fold(text).contains(&fold(words))
}

pub fn load(root: &Path) -> Vec<Group> {
    let dir = root.join(DIR);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let d = dir.join(&name);
            let articles = ["a", "b", "c"]
                .iter()
                .filter_map(|k| {
                    let text = std::fs::read_to_string(d.join(format!("{k}.txt"))).ok()?;
                    let options =
                        ParseOptions { id: Some(format!("{name}/{k}")), ..Default::default() };
                    Some(parallax::parse(&text, &options).expect("fixture parses"))
                })
                .collect();
            let gold = std::fs::read_to_string(d.join("gold.tsv")).unwrap_or_default();
            let rows = gold
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| {
                    let mut cells = l.split('\t');
                    let shared = cells.next() == Some("shared");
                    let forms = cells
                        .filter_map(|c| {
                            let (k, words) = c.split_once(": ")?;
                            let i = "abc".find(k.trim())?;
                            Some((i, words.trim().to_string()))
                        })
                        .collect();
                    Row { shared, forms }
                })
                .collect();
            let number = name.split('-').next().and_then(|n| n.parse().ok()).unwrap_or(0);
            Group { number, name, articles, rows }
        })
        .collect()
}

/// Counts on some groups.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub planted: usize,
    pub found: usize,
    pub reported: usize,
    pub correct: usize,
    pub near_misses: usize,
    pub near_misses_matched: usize,
}

impl Score {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.planted.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        if self.reported == 0 {
            1.0
        } else {
            self.correct as f64 / self.reported as f64
        }
    }
    fn add(&mut self, o: Score) {
        self.planted += o.planted;
        self.found += o.found;
        self.reported += o.reported;
        self.correct += o.correct;
        self.near_misses += o.near_misses;
        self.near_misses_matched += o.near_misses_matched;
    }
}

/// Whether a shared quote holds each form of a row (an occurrence in its
/// article whose text is that form).
fn holds(q: &SharedQuote, row: &Row) -> bool {
    row.forms
        .iter()
        .all(|(a, words)| q.occurrences.iter().any(|o| o.article == *a && is_form(&o.text, words)))
}

/// The score of one group's shared quotes against its gold.
pub fn score(group: &Group, found: &[SharedQuote]) -> Score {
    let mut s = Score::default();
    for row in &group.rows {
        let hit = found.iter().any(|q| holds(q, row));
        if row.shared {
            s.planted += 1;
            s.found += usize::from(hit);
        } else {
            s.near_misses += 1;
            s.near_misses_matched += usize::from(hit);
        }
    }
    s.reported = found.len();
    s.correct = found
        .iter()
        .filter(|q| {
            group.rows.iter().filter(|r| r.shared).any(|r| {
                q.occurrences.iter().all(|o| {
                    r.forms.iter().any(|(a, words)| o.article == *a && is_form(&o.text, words))
                })
            })
        })
        .count();
    s
}

/// The score of the odd (fit) or even (held-out) groups under `find`.
pub fn score_half(
    groups: &[Group],
    odd: bool,
    find: &dyn Fn(&[Article]) -> Vec<SharedQuote>,
) -> Score {
    let mut total = Score::default();
    for g in groups.iter().filter(|g| (g.number % 2 == 1) == odd) {
        total.add(score(g, &find(&g.articles)));
    }
    total
}

fn compared(articles: &[Article]) -> Vec<SharedQuote> {
    parallax::compare(articles, &Default::default()).map(|c| c.shared_quotes).unwrap_or_default()
}

fn lines(s: &mut Section, label: &str, x: &Score) {
    s.line(format!(
        "{label}: planted shared quotes found {} of {} (recall {}); shared quotes reported {}, correct {} (precision {}); near misses matched {} of {}",
        x.found,
        x.planted,
        percent(x.found, x.planted),
        x.reported,
        x.correct,
        percent(x.correct, x.reported),
        x.near_misses_matched,
        x.near_misses
    ));
}

/// The section: held-out (even groups) and fit (odd groups) figures, and
/// the number of shared quotes on ECB+'s gold events when the corpus is there.
pub fn section(root: &Path, ecb: Option<&crate::ecb::Corpus>) -> Section {
    let groups = load(root);
    let held = score_half(&groups, false, &compared);
    let fit = score_half(&groups, true, &compared);
    let mut s = Section::new("quotes", "Shared quotes on our fictional set (bench/quotes)");
    s.line(format!(
        "groups: {} ({} articles); rule fitted on the odd-numbered groups",
        groups.len(),
        groups.iter().map(|g| g.articles.len()).sum::<usize>()
    ));
    lines(&mut s, "held out (even groups)", &held);
    lines(&mut s, "fit (odd groups)", &fit);
    let as_json = |x: &Score| {
        json!({"planted": x.planted, "found": x.found, "reported": x.reported, "correct": x.correct,
               "nearMisses": x.near_misses, "nearMissesMatched": x.near_misses_matched})
    };
    if let Some(corpus) = ecb {
        let (n, _) = ecb_lines(corpus);
        s.line(format!(
            "ECB+ gold events: {n} shared quotes (a sample judged by hand in docs/eval.md; list: --errors quotes)"
        ));
        s.put("ecbplus", json!(n));
    }
    s.put("heldOut", as_json(&held));
    s.put("fit", as_json(&fit));
    s.targets.push(Target::share_at_least(
        "Shared quotes recall (fictional, held out)",
        held.found,
        held.planted,
        0.8,
    ));
    s.targets.push(Target::share_at_least(
        "Shared quotes precision (fictional, held out)",
        held.correct,
        held.reported,
        0.9,
    ));
    s
}

/// Each group's shared quotes and the gold rows missed or matched wrongly.
pub fn errors(root: &Path, ecb: Option<&crate::ecb::Corpus>) -> Vec<String> {
    let mut out = ecb.map(|c| ecb_lines(c).1).unwrap_or_default();
    for g in load(root) {
        let found = compared(&g.articles);
        for row in &g.rows {
            let hit = found.iter().any(|q| holds(q, row));
            if hit != row.shared {
                let what = if row.shared { "missed" } else { "near miss matched" };
                out.push(format!("{} {what}: {:?}", g.name, row.forms));
            }
        }
        for q in &found {
            let forms: Vec<String> =
                q.occurrences.iter().map(|o| format!("{}: {}", o.article, o.text)).collect();
            out.push(format!("{} shared «{}» ← {}", g.name, q.text, forms.join(" | ")));
        }
    }
    out
}

/// Shared quotes on ECB+'s gold events (every article of one gold event
/// compared together), one line per occurrence, for judging by hand
/// (docs/eval.md has the verdicts of a sample).
pub fn ecb_lines(corpus: &crate::ecb::Corpus) -> (usize, Vec<String>) {
    let mut out = Vec::new();
    let mut count = 0;
    for (cluster, idx) in crate::conflicts::clusters(&corpus.meta) {
        let articles: Vec<Article> = idx.iter().map(|&i| corpus.articles[i].clone()).collect();
        for q in compared(&articles) {
            count += 1;
            out.push(format!("{cluster} «{}»", q.text.replace('\n', " ")));
            for o in &q.occurrences {
                out.push(format!(
                    "    {} [{}] {}",
                    corpus.meta[idx[o.article]].file,
                    o.speaker.as_deref().unwrap_or("-"),
                    o.text.replace('\n', " ")
                ));
            }
        }
    }
    (count, out)
}
