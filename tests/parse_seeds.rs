//! The five seed articles against `../shared/seeds/gold.json`.
//!
//! Exact fields (title, dek, bylines, contributors, editors, outlet, source
//! line, published date, subheads, captions, `not_body` lines, numbers and
//! relative dates) must all match; at least 90% of the gold quotes must be
//! found with the right speaker. Missing keys for subheads and captions mean
//! "none"; other missing keys are not checked.
//!
//! Matching rules, where gold is descriptive:
//! - a **number** matches when a `NumberMention`'s number lies inside the
//!   gold text where it stands in the article, with an equal value (both
//!   null for a score);
//! - a **relative date** matches when a `DateMention` overlaps the gold text
//!   where it stands and resolves to the gold day;
//! - a **quote** matches when its text equals the gold text (or one contains
//!   the other, ignoring surrounding spaces) and the speaker agrees: compared
//!   in lower case with straight apostrophes and without a leading
//!   "a"/"an"/"the", equal or one ending with the other ("Blinken" / "Antony
//!   Blinken"). A gold speaker written "A (per B)" accepts A or B.
//! - a **not_body** line must be a whole line whose role is not body.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use parallax::model::{Article, InputFormat, LineRole, ParseOptions, Span};
use parallax::offsets::Utf16Index;
use serde_json::Value;

fn parse_seed(name: &str) -> Option<Article> {
    let text = common::read_shared(&format!("seeds/{name}.txt"))?;
    Some(
        parallax::parse(&text, &ParseOptions { format: InputFormat::Text, ..Default::default() })
            .expect("seed parses"),
    )
}

fn norm_speaker(s: &str) -> String {
    let s = s.replace('’', "'").to_lowercase();
    let s = s.trim();
    for a in ["a ", "an ", "the "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest.to_string();
        }
    }
    s.to_string()
}

fn speaker_matches(ours: Option<&str>, gold: &str) -> bool {
    let Some(ours) = ours else { return false };
    let ours = norm_speaker(ours);
    let candidates: Vec<String> = match gold.split_once(" (per ") {
        Some((a, b)) => vec![norm_speaker(a), norm_speaker(b.trim_end_matches(')'))],
        None => vec![norm_speaker(gold)],
    };
    candidates
        .iter()
        .any(|g| *g == ours || g.ends_with(&format!(" {ours}")) || ours.ends_with(&format!(" {g}")))
}

/// Where `needle` stands in the article, as a UTF-16 span.
fn span_of(article: &Article, needle: &str) -> Option<Span> {
    let at = article.text.find(needle)?;
    Some(Utf16Index::new(&article.text).span(at, at + needle.len()))
}

#[derive(Default)]
struct Tally {
    rows: Vec<(String, usize, usize)>,
    failures: Vec<String>,
}

impl Tally {
    fn check(&mut self, field: &str, ok: bool, what: String) {
        let row = match self.rows.iter().position(|r| r.0 == field) {
            Some(i) => i,
            None => {
                self.rows.push((field.to_string(), 0, 0));
                self.rows.len() - 1
            }
        };
        self.rows[row].2 += 1;
        if ok {
            self.rows[row].1 += 1;
        } else {
            self.failures.push(format!("{field}: {what}"));
        }
    }

    fn count(&self, field: &str) -> (usize, usize) {
        self.rows.iter().find(|r| r.0 == field).map_or((0, 0), |r| (r.1, r.2))
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn texts(v: &[parallax::model::Located]) -> Vec<String> {
    v.iter().map(|l| l.text.clone()).collect()
}

#[test]
fn seeds_match_gold() {
    let Some(gold) = common::read_shared("seeds/gold.json") else { return };
    let gold: Value = serde_json::from_str(&gold).expect("gold.json is JSON");
    let mut tally = Tally::default();
    for (name, g) in gold["articles"].as_object().expect("articles") {
        let Some(a) = parse_seed(name) else { return };
        let opt = |l: &Option<parallax::model::Located>| l.as_ref().map(|l| l.text.clone());
        let gold_opt = |k: &str| g[k].as_str().map(str::to_string);
        tally.check(
            "title",
            opt(&a.title) == gold_opt("title"),
            format!("{name}: {:?} vs {:?}", opt(&a.title), gold_opt("title")),
        );
        tally.check(
            "dek",
            opt(&a.dek) == gold_opt("dek"),
            format!("{name}: {:?} vs {:?}", opt(&a.dek), gold_opt("dek")),
        );
        tally.check(
            "bylines",
            texts(&a.bylines) == strings(&g["bylines"]),
            format!("{name}: {:?} vs {:?}", texts(&a.bylines), strings(&g["bylines"])),
        );
        for (key, ours) in [("contributors", &a.contributors), ("editors", &a.editors)] {
            if g.get(key).is_some() {
                tally.check(
                    key,
                    texts(ours) == strings(&g[key]),
                    format!("{name}: {:?} vs {:?}", texts(ours), strings(&g[key])),
                );
            }
        }
        tally.check(
            "outlet",
            opt(&a.outlet) == gold_opt("outlet"),
            format!("{name}: {:?} vs {:?}", opt(&a.outlet), gold_opt("outlet")),
        );
        if g.get("source_line").is_some() {
            tally.check(
                "source_line",
                opt(&a.source_line) == gold_opt("source_line"),
                format!("{name}: {:?}", opt(&a.source_line)),
            );
        }
        let published = a.published.as_ref().map(|p| p.iso.clone());
        tally.check(
            "published",
            published == gold_opt("published"),
            format!("{name}: {published:?} vs {:?}", gold_opt("published")),
        );
        let subheads = texts(&a.subheads);
        tally.check(
            "subheads",
            subheads == strings(&g["subheads"]),
            format!("{name}: {subheads:?} vs {:?}", strings(&g["subheads"])),
        );
        let captions: Vec<String> = a.captions.iter().map(|c| c.text.clone()).collect();
        tally.check(
            "captions",
            captions == strings(&g["captions"]),
            format!("{name}: {captions:?} vs {:?}", strings(&g["captions"])),
        );
        for line in strings(&g["not_body"]) {
            let ok = a.lines.iter().any(|l| {
                let r = Utf16Index::new(&a.text).bytes(l.span);
                a.text[r].trim() == line && l.role != LineRole::Body && l.role != LineRole::Blank
            });
            tally.check("not_body", ok, format!("{name}: {line:?} not found as a non-body line"));
        }
        for n in g["numbers"].as_array().into_iter().flatten() {
            let text = n["text"].as_str().unwrap();
            let value = n["value"].as_f64();
            let ok = span_of(&a, text).is_some_and(|at| {
                a.numbers.iter().any(|m| at.contains(m.number_span) && m.value == value)
            });
            tally.check(
                "numbers",
                ok,
                format!(
                    "{name}: {text:?} = {value:?}; have {:?}",
                    a.numbers.iter().map(|m| (&m.text, m.value)).collect::<Vec<_>>()
                ),
            );
        }
        for d in g["relative_dates"].as_array().into_iter().flatten() {
            let text = d["text"].as_str().unwrap();
            let want = d["resolves_to"].as_str().map(str::to_string);
            let ok = span_of(&a, text).is_some_and(|at| {
                a.dates
                    .iter()
                    .any(|m| m.span.start < at.end && at.start < m.span.end && m.resolved == want)
            });
            tally.check(
                "relative_dates",
                ok,
                format!(
                    "{name}: {text:?} → {want:?}; have {:?}",
                    a.dates.iter().map(|m| (&m.text, &m.resolved)).collect::<Vec<_>>()
                ),
            );
        }
        for q in g["quotes"].as_array().into_iter().flatten() {
            let text = q["text"].as_str().unwrap().trim();
            let speaker = q["speaker"].as_str().unwrap();
            let found = a.quotes.iter().find(|m| {
                let t = m.text.trim();
                t == text || t.contains(text) || text.contains(t) && t.len() * 2 > text.len()
            });
            let ok = found.is_some_and(|m| speaker_matches(m.speaker.as_deref(), speaker));
            tally.check(
                "quotes",
                ok,
                format!("{name}: {text:?} by {speaker:?}; got {:?}", found.map(|m| &m.speaker)),
            );
        }
    }
    println!("field            matched / gold");
    for (field, ok, total) in &tally.rows {
        println!("{field:<16} {ok:>3} / {total}");
    }
    for f in &tally.failures {
        println!("MISS {f}");
    }
    let (qok, qtotal) = tally.count("quotes");
    let exact_failures: Vec<&String> =
        tally.failures.iter().filter(|f| !f.starts_with("quotes:")).collect();
    assert!(exact_failures.is_empty(), "exact fields missed: {exact_failures:#?}");
    assert!(qok * 10 >= qtotal * 9, "quotes with the right speaker: {qok}/{qtotal}, need 90%");
}
