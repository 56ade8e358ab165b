//! Readability's test pages (`../shared/corpora/readability-test-pages`):
//! the headline and bylines a parsed page gets, as a reader would see them.
//!
//! - **Bylines, names only.** Of the pages whose expected metadata sets a
//!   byline, those where the article names at least one author, and every
//!   name it gives is in the expected byline (case and whitespace aside),
//!   the first starting at the expected byline's first name: "By", "Par",
//!   "Written by", dates and the outlet after the name are not asked for,
//!   and a name of a related article's author counts wrong.
//! - **Headline = lone h1.** Of the pages with exactly one non-empty `<h1>`,
//!   those whose article headline is that h1's text (whitespace collapsed).
//! - **Outlet on ECB+** (held out: no outlet rule was fitted on it). Of the
//!   ECB+ articles whose `labels.json` names an outlet (a web domain), how
//!   often the outlet read from the pasted text is right (its name matches
//!   the domain, [`outlet_agrees`]), wrong, or left null. Null is the
//!   honest answer when the text does not say.
#![allow(dead_code)]

use crate::report::{Section, Target};
use parallax::model::{InputFormat, ParseOptions};
use serde_json::json;
use std::path::Path;

/// What one page gave and expected.
pub struct Page {
    pub name: String,
    pub expected_byline: Option<String>,
    pub bylines: Vec<String>,
    pub lone_h1: Option<String>,
    pub headline: Option<String>,
}

pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Pages whose expected byline was checked against the page and is not the
/// article's author, with why. They stay in the count above (the target is
/// Readability's gold as it is); the section prints the count without them
/// beside it. No parsing rule looks at this list.
pub const GOLD_BYLINE_ERRORS: &[(&str, &str)] = &[
    ("archive-of-our-own", "the site's publisher in the footer; the work's author is the one printed over it"),
    ("herald-sun-1", "a columnist in the 'Other Opinion Columns' sidebar; the article:author meta and the byline name the column's writer"),
    ("liberation-1", "the writer of a 'Sur le même sujet' related link; the article's itemprop author is the agency"),
    ("nytimes-5", "a section front (the 'Highlights' of a news site's Spanish edition), no article: the last co-author of the first teaser, 'Por Steven Lee Myers, Keith Bradsher y Tariq Panja'"),
    ("salon-1", "the writer of related-article teasers; the byline and author meta name another writer"),
    ("seattletimes-1", "a date line, not a name"),
];

/// Words that open an expected byline without being a name.
const NOT_NAMES: &[&str] = &["by", "par", "por", "von", "di", "door", "written"];

/// True when the article's bylines agree with the expected one, names only.
pub fn bylines_agree(expected: &str, got: &[String]) -> bool {
    let expected = collapse(expected).to_lowercase();
    let mut first = 0;
    for word in expected.split(' ') {
        if NOT_NAMES.contains(&word) {
            first += word.len() + 1;
        } else {
            break;
        }
    }
    let names: Vec<String> = got.iter().map(|g| collapse(g).to_lowercase()).collect();
    !names.is_empty()
        && names.iter().all(|n| !n.is_empty() && expected.contains(n.as_str()))
        && expected[first.min(expected.len())..].starts_with(names[0].as_str())
}

/// The text of the page's one non-empty `<h1>`, if it has exactly one.
pub fn lone_h1(html: &str) -> Option<String> {
    let doc = dom_query::Document::from(html);
    let h1s: Vec<String> = doc
        .select("h1")
        .nodes()
        .iter()
        .map(|n| collapse(&n.text()))
        .filter(|t| !t.is_empty())
        .collect();
    (h1s.len() == 1).then(|| h1s[0].clone())
}

/// Parses every page.
pub fn run(shared: &Path) -> Option<Vec<Page>> {
    let dir = shared.join("corpora/readability-test-pages");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let options = ParseOptions {
        format: InputFormat::Html,
        url: Some("http://fakehost/test/page.html".into()),
        ..Default::default()
    };
    let pages = names
        .into_iter()
        .map(|name| {
            let html =
                std::fs::read_to_string(dir.join(&name).join("source.html")).unwrap_or_default();
            let expected: serde_json::Value =
                std::fs::read_to_string(dir.join(&name).join("expected-metadata.json"))
                    .ok()
                    .and_then(|t| serde_json::from_str(&t).ok())
                    .unwrap_or_default();
            let article = parallax::parse(&html, &options).ok();
            Page {
                expected_byline: expected["byline"].as_str().map(str::to_string),
                bylines: article
                    .as_ref()
                    .map(|a| a.bylines.iter().map(|b| b.text.clone()).collect())
                    .unwrap_or_default(),
                headline: article
                    .as_ref()
                    .and_then(|a| a.title.as_ref())
                    .map(|t| collapse(&t.text)),
                lone_h1: lone_h1(&html),
                name,
            }
        })
        .collect();
    Some(pages)
}

/// (agreeing, pages with an expected byline).
pub fn byline_count(pages: &[Page]) -> (usize, usize) {
    let set: Vec<&Page> = pages.iter().filter(|p| p.expected_byline.is_some()).collect();
    let ok = set
        .iter()
        .filter(|p| bylines_agree(p.expected_byline.as_deref().unwrap_or(""), &p.bylines))
        .count();
    (ok, set.len())
}

/// (headline = lone h1, pages with a lone h1).
pub fn headline_count(pages: &[Page]) -> (usize, usize) {
    let set: Vec<&Page> = pages.iter().filter(|p| p.lone_h1.is_some()).collect();
    let ok = set.iter().filter(|p| p.headline == p.lone_h1).count();
    (ok, set.len())
}

/// Every page that disagrees, one line each.
pub fn errors(pages: &[Page]) -> Vec<String> {
    let mut out = Vec::new();
    for p in pages {
        if let Some(expected) = &p.expected_byline {
            if !bylines_agree(expected, &p.bylines) {
                let gold_error = GOLD_BYLINE_ERRORS
                    .iter()
                    .find(|(name, _)| *name == p.name)
                    .map_or(String::new(), |(_, why)| format!(" (gold checked wrong: {why})"));
                out.push(format!(
                    "byline   {}: expected {:?}, got {:?}{gold_error}",
                    p.name,
                    collapse(expected),
                    p.bylines
                ));
            }
        }
        if let Some(h1) = &p.lone_h1 {
            if p.headline.as_ref() != Some(h1) {
                out.push(format!("headline {}: h1 {:?}, got {:?}", p.name, h1, p.headline));
            }
        }
    }
    out
}

/// Does the outlet's `name` match the web `domain` the gold gives? Its
/// words run together ("christianpost"), the leading words shortened to
/// initials ("nytimes", "ap"), found in the domain without its dots; "The"
/// before the name aside.
pub fn outlet_agrees(name: &str, domain: &str) -> bool {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    let flat: String = domain.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect();
    (0..=words.len()).any(|k| {
        let form: String = words[..k]
            .iter()
            .filter_map(|w| w.chars().next())
            .chain(words[k..].iter().flat_map(|w| w.chars()))
            .collect();
        form.len() >= 2 && flat.contains(&form)
    })
}

/// The outlet read from each ECB+ article that has a gold outlet:
/// (file, gold domain, outlet read).
pub fn ecb_outlets(shared: &Path) -> Option<Vec<(String, String, Option<String>)>> {
    let dir = shared.join("corpora/ecbplus");
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("labels.json")).ok()?).ok()?;
    let mut out: Vec<(String, String, Option<String>)> = labels["articles"]
        .as_object()?
        .iter()
        .filter_map(|(file, l)| {
            let domain = l["outlet"].as_str()?;
            let text = std::fs::read_to_string(dir.join(file)).ok()?;
            let article = parallax::parse(&text, &ParseOptions::default()).ok()?;
            Some((file.clone(), domain.to_string(), article.outlet.map(|o| o.text)))
        })
        .collect();
    out.sort();
    Some(out)
}

/// (right, wrong, null) of the outlets read.
pub fn outlet_count(read: &[(String, String, Option<String>)]) -> (usize, usize, usize) {
    let right =
        read.iter().filter(|r| r.2.as_deref().is_some_and(|o| outlet_agrees(o, &r.1))).count();
    let null = read.iter().filter(|r| r.2.is_none()).count();
    (right, read.len() - right - null, null)
}

/// Every ECB+ outlet read wrong, one line each.
pub fn outlet_errors(read: &[(String, String, Option<String>)]) -> Vec<String> {
    read.iter()
        .filter_map(|(file, domain, o)| {
            let o = o.as_deref()?;
            (!outlet_agrees(o, domain))
                .then(|| format!("outlet   {file}: gold {domain}, got {o:?}"))
        })
        .collect()
}

/// The section, or `None` without the pages.
pub fn section(shared: &Path) -> Option<Section> {
    let pages = run(shared)?;
    let (bylines, bylines_set) = byline_count(&pages);
    let (headlines, lone) = headline_count(&pages);
    let mut s = Section::new("html", "Readability's test pages: headline and bylines as read");
    s.line(format!("pages: {}", pages.len()));
    s.line(format!("bylines, names only:  {bylines} of {bylines_set}"));
    let checked: Vec<&Page> = pages
        .iter()
        .filter(|p| GOLD_BYLINE_ERRORS.iter().all(|(name, _)| *name != p.name))
        .filter(|p| p.expected_byline.is_some())
        .collect();
    let checked_ok = checked
        .iter()
        .filter(|p| bylines_agree(p.expected_byline.as_deref().unwrap_or(""), &p.bylines))
        .count();
    s.line(format!(
        "  without the {} checked gold errors (GOLD_BYLINE_ERRORS): {checked_ok} of {}",
        GOLD_BYLINE_ERRORS.len(),
        checked.len()
    ));
    s.line(format!("headline = lone h1:   {headlines} of {lone}"));
    if let Some(read) = ecb_outlets(shared) {
        let (right, wrong, null) = outlet_count(&read);
        s.line(format!(
            "ECB+ outlet (of {}):  {right} right, {wrong} wrong, {null} null",
            read.len()
        ));
        s.put(
            "ecb_outlet",
            json!({ "right": right, "wrong": wrong, "null": null, "of": read.len() }),
        );
    }
    s.put("pages", json!(pages.len()));
    s.put("bylines", json!({ "held": bylines, "of": bylines_set }));
    s.put("headline_lone_h1", json!({ "held": headlines, "of": lone }));
    s.targets.push(Target::at_least(
        "Readability pages: bylines, names only",
        bylines as f64,
        74.0,
        format!("{bylines}/{bylines_set}"),
        "≥ 74/76",
    ));
    Some(s)
}
