//! The seed articles against `../shared/seeds/gold.json`: one home for the
//! checks that `tests/parse_seeds.rs`, `tests/compare_seeds.rs` and the
//! accuracy dashboard (`./x eval`) all make.
//!
//! **Per article** (`parse_tally`), exact fields (title, dek, bylines,
//! contributors, editors, outlet, source line, published date, subheads,
//! captions, `not_body` lines, numbers and relative dates) and quotes with
//! their speakers. Missing keys for subheads and captions mean "none"; other
//! missing keys are not checked. Where gold is descriptive:
//! - a **number** matches when a `NumberMention`'s number lies inside the
//!   gold text where it stands in the article, with an equal value (both
//!   null for a score);
//! - a **relative date** matches when a `DateMention` overlaps the gold text
//!   where it stands and resolves to the gold day;
//! - a **quote** matches when its text equals the gold text (or one contains
//!   the other, ignoring surrounding spaces) and the speaker agrees by
//!   [`crate::speakers::same_speaker`];
//! - a **not_body** line must be a whole line whose role is not body.
//!
//! **Across articles** (`compare_tally`): each gold event and thread is one
//! of ours, and there are no others; each discrepancy is found with exactly
//! its values; must-not-pair quantities never meet in one finding; the
//! shared quote is found in exactly its articles; different forms of one
//! value are an agreement and never a discrepancy; spelling variants fold
//! to one word.
#![allow(dead_code)]

use crate::report::{Section, Tally, Target};
use crate::speakers::same_speaker;
use parallax::model::{
    Article, ArticleGroup, CompareOptions, Comparison, InputFormat, LineRole, Located,
    ParseOptions, Span,
};
use parallax::Utf16Index;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// The seeds parsed (as text, each with its file stem as id) beside their gold.
pub struct Seeds {
    pub ids: Vec<String>,
    pub articles: Vec<Article>,
    pub gold: Value,
}

/// Reads and parses the seeds under `shared/seeds`.
pub fn load(shared: &Path) -> Seeds {
    let read = |name: &str| {
        let path = shared.join("seeds").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let gold: Value = serde_json::from_str(&read("gold.json")).expect("gold.json is JSON");
    let ids: Vec<String> =
        gold["articles"].as_object().expect("articles").keys().cloned().collect();
    let articles = ids
        .iter()
        .map(|id| {
            let options = ParseOptions {
                id: Some(id.clone()),
                format: InputFormat::Text,
                ..Default::default()
            };
            parallax::parse(&read(&format!("{id}.txt")), &options).expect("seed parses")
        })
        .collect();
    Seeds { ids, articles, gold }
}

pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn texts(v: &[Located]) -> Vec<String> {
    v.iter().map(|l| l.text.clone()).collect()
}

/// Where `needle` stands in the article, as a UTF-16 span.
fn span_of(article: &Article, needle: &str) -> Option<Span> {
    let at = article.text.find(needle)?;
    Some(Utf16Index::new(&article.text).span(at, at + needle.len()))
}

/// Every per-article check of the seeds.
pub fn parse_tally(seeds: &Seeds) -> Tally {
    let mut tally = Tally::default();
    for (name, a) in seeds.ids.iter().zip(&seeds.articles) {
        let g = &seeds.gold["articles"][name];
        check_lines(&mut tally, name, a, g);
        check_mentions(&mut tally, name, a, g);
    }
    tally
}

/// Title, dek, credits, outlet, date, subheads, captions and non-body lines.
fn check_lines(tally: &mut Tally, name: &str, a: &Article, g: &Value) {
    let opt = |l: &Option<Located>| l.as_ref().map(|l| l.text.clone());
    let gold_opt = |k: &str| g[k].as_str().map(str::to_string);
    let mut exact = |field: &str, ours: Option<String>| {
        let want = gold_opt(field);
        tally.check(field, ours == want, format!("{name}: {ours:?} vs {want:?}"));
    };
    exact("title", opt(&a.title));
    exact("dek", opt(&a.dek));
    exact("outlet", opt(&a.outlet));
    exact("published", a.published.as_ref().map(|p| p.iso.clone()));
    if g.get("source_line").is_some() {
        exact("source_line", opt(&a.source_line));
    }
    let captions: Vec<String> = a.captions.iter().map(|c| c.text.clone()).collect();
    let lists = [
        ("bylines", texts(&a.bylines), true),
        ("contributors", texts(&a.contributors), g.get("contributors").is_some()),
        ("editors", texts(&a.editors), g.get("editors").is_some()),
        ("subheads", texts(&a.subheads), true),
        ("captions", captions, true),
    ];
    for (field, ours, checked) in lists {
        let want = strings(&g[field]);
        if checked {
            tally.check(field, ours == want, format!("{name}: {ours:?} vs {want:?}"));
        }
    }
    let index = Utf16Index::new(&a.text);
    for line in strings(&g["not_body"]) {
        let ok = a.lines.iter().any(|l| {
            a.text[index.bytes(l.span)].trim() == line
                && l.role != LineRole::Body
                && l.role != LineRole::Blank
        });
        tally.check("not_body", ok, format!("{name}: {line:?} not found as a non-body line"));
    }
}

/// Numbers, relative dates and quotes.
fn check_mentions(tally: &mut Tally, name: &str, a: &Article, g: &Value) {
    for n in g["numbers"].as_array().into_iter().flatten() {
        let text = n["text"].as_str().unwrap();
        let value = n["value"].as_f64();
        let ok = span_of(a, text).is_some_and(|at| {
            a.numbers.iter().any(|m| at.contains(m.number_span) && m.value == value)
        });
        let have: Vec<_> = a.numbers.iter().map(|m| (&m.text, m.value)).collect();
        tally.check("numbers", ok, format!("{name}: {text:?} = {value:?}; have {have:?}"));
    }
    for d in g["relative_dates"].as_array().into_iter().flatten() {
        let text = d["text"].as_str().unwrap();
        let want = d["resolves_to"].as_str().map(str::to_string);
        let ok = span_of(a, text).is_some_and(|at| {
            a.dates
                .iter()
                .any(|m| m.span.start < at.end && at.start < m.span.end && m.resolved == want)
        });
        let have: Vec<_> = a.dates.iter().map(|m| (&m.text, &m.resolved)).collect();
        tally.check("relative_dates", ok, format!("{name}: {text:?} → {want:?}; have {have:?}"));
    }
    for q in g["quotes"].as_array().into_iter().flatten() {
        let text = q["text"].as_str().unwrap().trim();
        let speaker = q["speaker"].as_str().unwrap();
        let found = a.quotes.iter().find(|m| {
            let t = m.text.trim();
            t == text || t.contains(text) || text.contains(t) && t.len() * 2 > text.len()
        });
        let ok = found.is_some_and(|m| same_speaker(m.speaker.as_deref(), speaker));
        let got = found.map(|m| &m.speaker);
        tally.check("quotes", ok, format!("{name}: {text:?} by {speaker:?}; got {got:?}"));
    }
}

/// The seeds compared with the default options.
pub fn compare(seeds: &Seeds) -> Comparison {
    parallax::compare(&seeds.articles, &CompareOptions::default()).expect("seeds compare")
}

/// Every across-article check of the seeds against `c`.
pub fn compare_tally(seeds: &Seeds, c: &Comparison) -> Tally {
    let mut tally = Tally::default();
    let across = &seeds.gold["across"];
    check_groups(&mut tally, "events", &c.events, &across["events"], &seeds.ids);
    check_groups(&mut tally, "threads", &c.threads, &across["threads"], &seeds.ids);
    check_discrepancies(&mut tally, seeds, c);
    check_must_not_pair(&mut tally, seeds, c);
    check_shared_quotes(&mut tally, seeds, c);
    check_agreements(&mut tally, seeds, c);
    for group in across["spelling_variants"].as_array().into_iter().flatten() {
        let forms = strings(group);
        let last = |s: &str| parallax::internals::stemmed_words(s).last().cloned();
        let ok = forms[1..].iter().all(|f| last(&forms[0]) == last(f));
        tally.check("spelling_variants", ok, format!("{forms:?} do not fold together"));
    }
    tally
}

/// Each gold group is one of ours, then one check that we have no others.
pub fn check_groups(
    tally: &mut Tally,
    part: &str,
    ours: &[ArticleGroup],
    gold: &Value,
    ids: &[String],
) {
    let ours: BTreeSet<Vec<String>> =
        ours.iter().map(|g| g.articles.iter().map(|&i| ids[i].clone()).collect()).collect();
    let gold: BTreeSet<Vec<String>> = gold.as_array().unwrap().iter().map(strings).collect();
    for g in &gold {
        tally.check(part, ours.contains(g), format!("{g:?} is not one group in {ours:?}"));
    }
    let extra: Vec<_> = ours.difference(&gold).collect();
    tally.check(part, extra.is_empty(), format!("groups beyond gold: {extra:?}"));
}

fn check_discrepancies(tally: &mut Tally, seeds: &Seeds, c: &Comparison) {
    let ids = &seeds.ids;
    for d in seeds.gold["across"]["discrepancies"].as_array().into_iter().flatten() {
        let want: Vec<(String, f64)> = d["values"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_f64().unwrap()))
            .collect();
        let is = |article: usize, value: Option<f64>| {
            want.iter().any(|(id, v)| ids[article] == *id && value == Some(*v))
        };
        let found = c.discrepancies.iter().any(|x| {
            want.iter().all(|(id, v)| {
                x.values.iter().any(|r| ids[r.article] == *id && r.value == Some(*v))
            }) && x.values.iter().all(|r| is(r.article, r.value))
        });
        tally.check("discrepancies", found, format!("{} not found", d["quantity"]));
    }
}

fn check_must_not_pair(tally: &mut Tally, seeds: &Seeds, c: &Comparison) {
    let (ids, articles) = (&seeds.ids, &seeds.articles);
    for pair in seeds.gold["across"]["must_not_pair"].as_array().into_iter().flatten() {
        let locate = |side: &Value| {
            let i = ids.iter().position(|x| x == side["article"].as_str().unwrap()).unwrap();
            (i, span_of(&articles[i], side["text"].as_str().unwrap()).expect("text in article"))
        };
        let (ia, sa) = locate(&pair["a"]);
        let (ib, sb) = locate(&pair["b"]);
        let hits = |group: &[parallax::model::ReportedValue], i: usize, s: Span| {
            group.iter().any(|v| v.article == i && s.start < v.span.end && v.span.start < s.end)
        };
        let paired = c
            .discrepancies
            .iter()
            .map(|d| &d.values)
            .chain(c.agreements.iter().map(|a| &a.values))
            .any(|g| hits(g, ia, sa) && hits(g, ib, sb));
        tally.check("must_not_pair", !paired, format!("{pair} were paired"));
    }
}

fn check_shared_quotes(tally: &mut Tally, seeds: &Seeds, c: &Comparison) {
    let words = |s: &str| parallax::internals::stemmed_words(s);
    for q in seeds.gold["across"]["shared_quotes"].as_array().into_iter().flatten() {
        let want: BTreeSet<String> = strings(&q["articles"]).into_iter().collect();
        let target = words(q["text"].as_str().unwrap());
        let found = c.shared_quotes.iter().any(|s| {
            let got: BTreeSet<String> =
                s.occurrences.iter().map(|o| seeds.ids[o.article].clone()).collect();
            let shared = words(&s.text);
            got == want
                && target.windows(5).all(|w| shared.windows(5).any(|x| x == w) || shared.len() < 5)
        });
        tally.check("shared_quotes", found, format!("{} not found", q["text"]));
    }
}

/// Different forms of one value are an agreement and never a discrepancy.
fn check_agreements(tally: &mut Tally, seeds: &Seeds, c: &Comparison) {
    let ids = &seeds.ids;
    for case in
        seeds.gold["across"]["consistent_but_different_form"].as_array().into_iter().flatten()
    {
        let forms: Vec<(String, String)> = case["forms"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        let all_in = |values: &[parallax::model::ReportedValue]| {
            forms.iter().all(|(id, text)| {
                values.iter().any(|v| ids[v.article] == *id && v.text.contains(text.as_str()))
            })
        };
        let agreed = c.agreements.iter().any(|a| all_in(&a.values));
        let disputed = c.discrepancies.iter().any(|d| all_in(&d.values));
        tally.check(
            "agreements",
            agreed && !disputed,
            format!("{}: agreement {agreed}, discrepancy {disputed}", case["what"]),
        );
    }
}

/// The seeds section: every gold part, "k of n hold", parse then compare.
pub fn section(shared: &Path) -> Section {
    let seeds = load(shared);
    let parsed = parse_tally(&seeds);
    let compared = compare_tally(&seeds, &compare(&seeds));
    let mut s = Section::new("seeds", "Seeds' gold (../shared/seeds/gold.json, 5 real articles)");
    s.line("per article:");
    s.lines.extend(parsed.lines().into_iter().map(|l| format!("  {l}")));
    s.line("across articles:");
    s.lines.extend(compared.lines().into_iter().map(|l| format!("  {l}")));
    for f in parsed.failures.iter().chain(&compared.failures) {
        s.line(format!("  MISS {f}"));
    }
    s.put("parse", parsed.json());
    s.put("compare", compared.json());
    // The parse test asks exact fields and 90% of quotes; the eval asks all.
    let (k, n) = parsed.total();
    s.targets.push(Target::all_hold("Seeds' gold per article (exact)", k, n));
    let (k, n) = compared.total();
    s.targets.push(Target::all_hold("Seeds' gold across articles (exact)", k, n));
    s
}
