//! Conflicts on real text (issue 14, item 3): the figure rules run on
//! ECB+'s gold events, every article of one gold event (`t01ecb`,
//! `t01plus`…) taken as one event, so what is measured is the rules alone,
//! not the grouping. Every discrepancy reported is listed with the verdict
//! a person gave it in `bench/real/conflict_verdicts.tsv` (key, `true` or
//! `false`, why): true when both values are the same quantity at the same
//! time and really differ. Precision is counted over the judged rows; rows
//! not judged yet are counted apart, so a new rule's output shows up as
//! unjudged rather than silently passing.
//!
//! `--errors conflicts` prints each discrepancy with the sentences its
//! values stand in, to judge new rows by.
#![allow(dead_code)]

use crate::corpora::EcbArticle;
use crate::ecb::Corpus;
use crate::report::{percent, Section, Target};
use parallax::model::{Article, Discrepancy};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;

/// The verdicts, beside this file.
pub const VERDICTS: &str = "bench/real/conflict_verdicts.tsv";

/// One discrepancy reported on one gold event.
pub struct Reported {
    /// `cluster | quantity | file: text; file: text` (values sorted): the
    /// verdict file's key.
    pub key: String,
    /// Each value's article file, text and sentence (with its index).
    pub values: Vec<(String, String, String)>,
}

/// A verdict: true conflict or not, and why.
pub struct Verdict {
    pub conflict: bool,
    pub why: String,
}

/// The gold events, each as the indices of its articles, in cluster order.
pub fn clusters(meta: &[EcbArticle]) -> BTreeMap<String, Vec<usize>> {
    let mut out: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, m) in meta.iter().enumerate() {
        out.entry(m.cluster.clone()).or_default().push(i);
    }
    out
}

fn reported(cluster: &str, d: &Discrepancy, files: &[&str], articles: &[&Article]) -> Reported {
    let mut values: Vec<(String, String, String)> = d
        .values
        .iter()
        .map(|v| {
            let a = articles[v.article];
            let sentence = v
                .sentence
                .and_then(|s| a.sentences.get(s))
                .map(|s| format!("[{}] {}", s.index, s.text.replace(['\n', '\t'], " ")))
                .unwrap_or_default();
            (files[v.article].to_string(), v.text.replace(['\n', '\t'], " "), sentence)
        })
        .collect();
    values.sort();
    values.dedup();
    let list: Vec<String> = values.iter().map(|(f, t, _)| format!("{f}: {t}")).collect();
    Reported { key: format!("{cluster} | {} | {}", d.quantity, list.join("; ")), values }
}

/// Every discrepancy on every gold event of the corpus, and the number of
/// events compared.
pub fn run(corpus: &Corpus) -> (Vec<Reported>, usize) {
    let mut out = Vec::new();
    let groups = clusters(&corpus.meta);
    for (cluster, idx) in &groups {
        let articles: Vec<Article> = idx.iter().map(|&i| corpus.articles[i].clone()).collect();
        let files: Vec<&str> = idx.iter().map(|&i| corpus.meta[i].file.as_str()).collect();
        let refs: Vec<&Article> = articles.iter().collect();
        let (discrepancies, _) = parallax::internals::figures_in_one_event(&articles);
        out.extend(discrepancies.iter().map(|d| reported(cluster, d, &files, &refs)));
    }
    (out, groups.len())
}

/// The verdict file: `key<TAB>true|false<TAB>why`; `#` starts a comment.
pub fn verdicts(root: &Path) -> BTreeMap<String, Verdict> {
    let text = std::fs::read_to_string(root.join(VERDICTS)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t');
            let key = parts.next()?.to_string();
            let conflict = parts.next()?.trim() == "true";
            let why = parts.next().unwrap_or_default().to_string();
            Some((key, Verdict { conflict, why }))
        })
        .collect()
}

/// The section: counts, precision over judged rows, and every row.
pub fn section(corpus: &Corpus, root: &Path) -> Section {
    let (rows, events) = run(corpus);
    let judged = verdicts(root);
    let mut s = Section::new("conflicts", "Conflicts on ECB+ gold events (judged by hand)");
    let (mut yes, mut no, mut unjudged) = (0, 0, 0);
    let mut listed = Vec::new();
    for r in &rows {
        let (mark, why) = match judged.get(&r.key) {
            Some(v) if v.conflict => {
                yes += 1;
                ("true ", v.why.as_str())
            }
            Some(v) => {
                no += 1;
                ("false", v.why.as_str())
            }
            None => {
                unjudged += 1;
                ("?    ", "not judged")
            }
        };
        listed.push(format!("  {mark} {} — {why}", r.key));
    }
    s.line(format!("gold events compared: {events}; discrepancies reported: {}", rows.len()));
    s.line(format!(
        "judged: {} (true {yes}, false {no}); precision {}; unjudged {unjudged}",
        yes + no,
        percent(yes, yes + no)
    ));
    s.lines.extend(listed);
    s.put(
        "conflicts",
        json!({"events": events, "reported": rows.len(), "true": yes, "false": no, "unjudged": unjudged}),
    );
    s.targets.push(Target::share_at_least(
        "Conflicts precision on ECB+ (judged)",
        yes,
        yes + no,
        0.9,
    ));
    s
}

/// Each discrepancy with its verdict and the sentences of its values.
pub fn errors(corpus: &Corpus, root: &Path) -> Vec<String> {
    let (rows, _) = run(corpus);
    let judged = verdicts(root);
    let mut out = Vec::new();
    for r in rows {
        let verdict = judged.get(&r.key).map_or("?", |v| if v.conflict { "true" } else { "false" });
        out.push(format!("[{verdict}] {}", r.key));
        for (file, text, sentence) in &r.values {
            out.push(format!("    {file} «{text}»: {sentence}"));
        }
    }
    out
}
