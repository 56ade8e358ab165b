//! Our own fictional fixtures against `tests/fixtures/text/gold.json`: who
//! said each quote (speaker accuracy), and the demo comparison's
//! cross-article facts. The file's `about` says how the gold was written.
//!
//! A gold quote is found when one of our quotes overlaps the words it opens
//! with, where they stand in the file; its speaker is right when it matches
//! by [`crate::speakers::same_speaker`] (or both are none, where gold allows
//! none). Our quotes that overlap no gold quote are counted as extra.
#![allow(dead_code)]

use crate::report::{percent, Section, Tally, Target};
use crate::seeds::{check_groups, strings};
use crate::speakers::same_speaker;
use parallax::model::{Article, CompareOptions, Comparison, InputFormat, ParseOptions, Span};
use parallax::Utf16Index;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The project root, where the gold's file paths start.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn gold(root: &Path) -> Value {
    let path = root.join("tests/fixtures/text/gold.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("fixtures gold is JSON")
}

/// The speakers gold accepts: `None` in the list accepts no speaker.
pub fn accepted(speaker: &Value) -> Vec<Option<String>> {
    match speaker {
        Value::Array(list) => list.iter().map(|s| s.as_str().map(str::to_string)).collect(),
        other => vec![other.as_str().map(str::to_string)],
    }
}

/// Whether `ours` is one of the speakers gold accepts.
pub fn speaker_right(ours: Option<&str>, accepted: &[Option<String>]) -> bool {
    accepted.iter().any(|g| match g {
        None => ours.is_none(),
        Some(g) => same_speaker(ours, g),
    })
}

/// One gold quote and what we made of it.
#[derive(Debug, Clone)]
pub struct QuoteResult {
    pub file: String,
    pub opens: String,
    pub gold: Vec<Option<String>>,
    /// `None` when no quote of ours covers the opening words; else our speaker.
    pub ours: Option<Option<String>>,
    pub right: bool,
}

/// The UTF-16 span where `opens` stands in `text`; panics unless it stands
/// there exactly once, since gold must name one quote.
pub fn locate(text: &str, opens: &str, file: &str) -> Span {
    let hits: Vec<usize> = text.match_indices(opens).map(|(i, _)| i).collect();
    assert!(hits.len() == 1, "{file}: {opens:?} stands {} times, want once", hits.len());
    Utf16Index::new(text).span(hits[0], hits[0] + opens.len())
}

/// Scores one article's quotes against its gold entries; also returns how
/// many of our quotes overlap no gold quote.
pub fn score_article(file: &str, a: &Article, entries: &[Value]) -> (Vec<QuoteResult>, usize) {
    let mut claimed = vec![false; a.quotes.len()];
    let mut out = Vec::new();
    for e in entries {
        let opens = e["opens"].as_str().expect("opens");
        let at = locate(&a.text, opens, file);
        let overlap = |s: Span| s.end.min(at.end).saturating_sub(s.start.max(at.start));
        let best = (0..a.quotes.len())
            .filter(|&i| overlap(a.quotes[i].span) > 0)
            .max_by_key(|&i| overlap(a.quotes[i].span));
        if let Some(i) = best {
            claimed[i] = true;
        }
        let gold = accepted(&e["speaker"]);
        let ours = best.map(|i| a.quotes[i].speaker.clone());
        let right = ours.as_ref().is_some_and(|s| speaker_right(s.as_deref(), &gold));
        out.push(QuoteResult { file: file.into(), opens: opens.into(), gold, ours, right });
    }
    (out, claimed.iter().filter(|c| !**c).count())
}

fn parse_file(root: &Path, file: &str) -> Article {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = Path::new(file).file_stem().unwrap().to_string_lossy().into_owned();
    let options = ParseOptions { id: Some(id), format: InputFormat::Auto, ..Default::default() };
    parallax::parse(&text, &options).expect("fixture parses")
}

/// Every gold quote of the fixtures and the demo, scored; and the count of
/// extra quotes of ours.
pub fn score_quotes(root: &Path, gold: &Value) -> (Vec<QuoteResult>, usize) {
    let mut results = Vec::new();
    let mut extra = 0;
    for (file, entries) in gold["quotes"].as_object().expect("quotes") {
        let a = parse_file(root, file);
        let (r, x) = score_article(file, &a, entries.as_array().expect("a list"));
        results.extend(r);
        extra += x;
    }
    (results, extra)
}

/// The demo's four articles compared, with their ids.
pub fn demo(root: &Path, gold: &Value) -> (Vec<String>, Comparison) {
    let ids = strings(&gold["demo"]["articles"]);
    let articles: Vec<Article> =
        ids.iter().map(|id| parse_file(root, &format!("www/demo/{id}.txt"))).collect();
    (ids, parallax::compare(&articles, &CompareOptions::default()).expect("demo compares"))
}

/// The demo's cross-article facts: its events, each discrepancy's values as
/// written (and values it must never include), and each shared quote's
/// articles.
pub fn demo_tally(gold: &Value, ids: &[String], c: &Comparison) -> Tally {
    let mut tally = Tally::default();
    let demo = &gold["demo"];
    check_groups(&mut tally, "events", &c.events, &demo["events"], ids);
    for d in demo["discrepancies"].as_array().into_iter().flatten() {
        let quantity = d["quantity"].as_str().unwrap();
        let found = c.discrepancies.iter().find(|x| x.quantity == quantity);
        let have: Vec<(String, String)> = found
            .map(|x| {
                x.values.iter().map(|v| (ids[v.article].clone(), v.text.to_lowercase())).collect()
            })
            .unwrap_or_default();
        for (id, value) in d["values"].as_object().unwrap() {
            let want = (id.clone(), value.as_str().unwrap().to_lowercase());
            let ok = have.contains(&want);
            tally.check("discrepancies", ok, format!("{quantity}: {want:?} not in {have:?}"));
        }
        for never in strings(&d["never"]) {
            let ok = found.is_some() && !have.iter().any(|(_, v)| *v == never.to_lowercase());
            tally.check("discrepancies", ok, format!("{quantity}: holds {never:?}: {have:?}"));
        }
    }
    for q in demo["shared_quotes"].as_array().into_iter().flatten() {
        let opens = q["opens"].as_str().unwrap();
        let mut want = strings(&q["articles"]);
        want.sort();
        let ok = c.shared_quotes.iter().any(|s| {
            let mut got: Vec<String> =
                s.occurrences.iter().map(|o| ids[o.article].clone()).collect();
            got.sort();
            got.dedup();
            s.text.contains(opens) && got == want
        });
        tally.check("shared_quotes", ok, format!("{opens:?} not shared by {want:?}"));
    }
    tally
}

fn speaker_text(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("(none)")
}

fn gold_text(gold: &[Option<String>]) -> String {
    gold.iter().map(|g| speaker_text(g).to_string()).collect::<Vec<_>>().join(" | ")
}

/// The fixtures section: speaker accuracy over the gold quotes and the
/// demo's facts.
pub fn section(root: &Path) -> Section {
    let gold = gold(root);
    let (results, extra) = score_quotes(root, &gold);
    let right = results.iter().filter(|r| r.right).count();
    let missed = results.iter().filter(|r| r.ours.is_none()).count();
    let files = gold["quotes"].as_object().map_or(0, |m| m.len());
    let mut s = Section::new("fixtures", "Our fictional fixtures (tests/fixtures/text/gold.json)");
    s.line(format!(
        "quotes with the right speaker: {right} of {} ({}) in {files} files; not found {missed}, found but wrong {}; {extra} quotes of ours on no gold quote",
        results.len(),
        percent(right, results.len()),
        results.len() - right - missed
    ));
    s.put("quotes", serde_json::json!({ "gold": results.len(), "right": right, "missed": missed, "extra": extra }));
    s.targets.push(Target::share_at_least("Fixtures speaker accuracy", right, results.len(), 0.90));
    let (ids, c) = demo(root, &gold);
    let facts = demo_tally(&gold, &ids, &c);
    s.line("demo comparison (www/demo):");
    s.lines.extend(facts.lines().into_iter().map(|l| format!("  {l}")));
    for f in &facts.failures {
        s.line(format!("  MISS {f}"));
    }
    s.put("demo", facts.json());
    let (k, n) = facts.total();
    s.targets.push(Target::all_hold("Demo cross-article facts", k, n));
    s
}

/// Each gold quote we miss or give the wrong speaker.
pub fn errors(root: &Path) -> Vec<String> {
    let (results, _) = score_quotes(root, &gold(root));
    let mut out = vec!["Fixtures: quotes scored wrong (file | opens | gold | ours)".to_string()];
    for r in results.iter().filter(|r| !r.right) {
        let ours = r.ours.as_ref().map_or("(quote not found)", speaker_text);
        out.push(format!("{} | {}… | {} | {ours}", r.file, r.opens, gold_text(&r.gold)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(span: (usize, usize), speaker: Option<&str>) -> parallax::model::Quote {
        parallax::model::Quote {
            text: String::new(),
            span: Span::new(span.0, span.1),
            sentence: 0,
            speaker: speaker.map(str::to_string),
            speaker_entity: None,
            partial: false,
        }
    }

    #[test]
    fn a_gold_quote_is_scored_by_the_quote_over_its_opening_words() {
        let text = "“Alpha beta,” Ann Lee said. “Gamma delta,” one man said. A “sign”.";
        let mut a = parallax::parse(text, &ParseOptions::default()).unwrap();
        // Ours: Alpha by "Lee" (right), Gamma by "Ann Lee" (wrong), a stray
        // quote over "said" (extra), nothing over "sign" (missed).
        a.quotes = vec![quote((1, 12), Some("Lee")), quote((29, 41), Some("Ann Lee"))];
        a.quotes.push(quote((23, 27), None));
        let entries: Vec<Value> = serde_json::from_str(
            r#"[{"opens": "Alpha", "speaker": "Ann Lee"},
                {"opens": "Gamma", "speaker": "one man"},
                {"opens": "sign", "speaker": null}]"#,
        )
        .unwrap();
        let (r, extra) = score_article("t", &a, &entries);
        assert_eq!(r.iter().map(|q| q.right).collect::<Vec<_>>(), [true, false, false]);
        assert_eq!(r[2].ours, None, "nothing covers the sign");
        assert_eq!(extra, 1);
    }

    #[test]
    fn gold_may_accept_no_speaker_or_one_of_several() {
        let banner = accepted(&serde_json::json!([null, "protesters"]));
        assert!(speaker_right(None, &banner));
        assert!(speaker_right(Some("Protesters"), &banner));
        assert!(!speaker_right(Some("police"), &banner));
        assert!(speaker_right(None, &accepted(&Value::Null)));
        assert!(!speaker_right(Some("Rook"), &accepted(&Value::Null)));
    }

    #[test]
    fn every_gold_opening_stands_once_in_its_file() {
        let root = root();
        let gold = gold(&root);
        let mut n = 0;
        for (file, entries) in gold["quotes"].as_object().unwrap() {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            for e in entries.as_array().unwrap() {
                locate(&text, e["opens"].as_str().unwrap(), file);
                n += 1;
            }
        }
        assert!(n >= 100, "only {n} gold quotes");
    }
}
