//! Figures: conflicting and agreeing numbers and dates.
//!
//! A figure is a number tied to what it counts and what happened to it
//! ("killed five people": person, kill), or a date resolved to a day. Two
//! figures are the same quantity only when both the counted thing and the
//! action agree, so four missiles downed is never set against five people
//! killed. Each value is read as an interval from its qualifier ("about 150"
//! is 135..165, "nearly $40 billion" is 36..40 billion, "at least 4" is
//! 4..∞): overlapping intervals agree, disjoint ones conflict.
//!
//! Discrepancies are only sought within one event (a later report may
//! legitimately give a higher toll); agreements in another form ("$40bn" and
//! "nearly $40 billion", "Tuesday" and "June 25") within one thread.
//!
//! The parser's numbers and dates are used when it found any; otherwise they
//! are read here from the sentences.

use super::normalize::{is_stopword, stem, words, Word};
use super::similarity::number_word;
use super::Prepared;
use crate::lexicon::calendar::{month_abbreviated, month_named, weekday_named};
use crate::model::{Agreement, Discrepancy, NumberKind, Qualifier, ReportedValue, Span};
use std::collections::BTreeMap;

/// A number or date of one article, keyed by the quantity it measures.
#[derive(Debug, Clone)]
pub struct Figure {
    pub article: usize,
    pub item: usize,
    /// The quantity: counted thing and action, or unit; "" when unknown.
    pub key: String,
    /// The quantity in words, for display.
    pub label: String,
    /// The number or date as written, qualifier included.
    pub text: String,
    pub span: Span,
    pub sentence: Option<usize>,
    pub value: Option<f64>,
    pub low: f64,
    pub high: f64,
    pub resolved: Option<String>,
    /// For money, what the money is for, when known. Money amounts are
    /// grouped by currency alone; two amounts only conflict when both say
    /// what they are for and agree on it.
    pub purpose: Option<String>,
    /// A part of a group named before ("Nine of the injured", "two of
    /// them"): it counts a subset, so it never stands for the group's total.
    pub partitive: bool,
}

/// Verbs and adjectives saying what happened to what was counted, by the
/// action they stand for.
const ACTIONS: &[(&str, &[&str])] = &[
    (
        "killed",
        &[
            "kill",
            "killed",
            "dead",
            "die",
            "died",
            "dying",
            "death",
            "deaths",
            "slain",
            "fatalities",
            "lives",
        ],
    ),
    (
        "injured",
        &["injure", "injured", "injuring", "wound", "wounded", "hurt", "injuries", "injury"],
    ),
    ("downed", &["downed", "intercept", "intercepted", "shot", "destroyed"]),
    ("arrested", &["arrest", "arrested", "detain", "detained"]),
    ("evacuated", &["evacuate", "evacuated", "displaced", "fled", "flee"]),
    ("missing", &["missing"]),
    ("rescued", &["rescue", "rescued"]),
    ("sent", &["send", "sent", "deploy", "deployed"]),
    ("approved", &["approve", "approved", "pledged", "pledge"]),
];

/// Nouns for people in general: "five people", "four civilians" and
/// "150 others" all count persons.
const PERSONS: &[&str] = &[
    "people",
    "person",
    "persons",
    "civilian",
    "civilians",
    "other",
    "others",
    "resident",
    "residents",
    "individual",
    "individuals",
    "victim",
    "victims",
    "adult",
    "adults",
    "men",
    "women",
    "passenger",
    "passengers",
    "bystander",
    "bystanders",
];

/// Words skipped between a number and the noun it counts.
const MODIFIERS: &[&str] = &[
    "more",
    "total",
    "new",
    "additional",
    "extra",
    "in",
    "of",
    "further",
    "about",
    "around",
    "worth",
    "some",
    "another",
];

struct Lexicon {
    actions: std::collections::HashMap<String, &'static str>,
    persons: Vec<String>,
    modifiers: Vec<String>,
}

impl Lexicon {
    fn new() -> Self {
        Lexicon {
            actions: ACTIONS
                .iter()
                .flat_map(|(cat, ws)| ws.iter().map(move |w| (stem(w), *cat)))
                .collect(),
            persons: PERSONS.iter().map(|w| stem(w)).collect(),
            modifiers: MODIFIERS.iter().map(|w| stem(w)).collect(),
        }
    }
    fn action(&self, stemmed: &str) -> Option<&'static str> {
        self.actions.get(stemmed).copied()
    }
}

/// The month a word names, by full name or three-letter abbreviation
/// (not "Sept"), with any full stops after it.
fn month_of(raw: &str) -> Option<u32> {
    if raw.len() < 3 || raw.len() > 10 || !raw.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // Compared without lowercasing a copy: this runs on every word of every
    // article when the publication day is sought.
    let l = raw.trim_end_matches('.');
    month_named(l).or_else(|| month_abbreviated(l).filter(|_| l.len() == 3))
}

/// All figures of all articles.
pub fn collect(docs: &[Prepared]) -> Vec<Figure> {
    let lex = Lexicon::new();
    let mut out = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        let mut scanned = Vec::new();
        scan_numbers(d, a, &lex, &mut scanned);
        if d.article.numbers.is_empty() {
            out.extend(scanned);
        } else {
            merge_parser_numbers(d, a, &lex, scanned, &mut out);
        }
        if d.article.dates.is_empty() {
            // Sought only here: finding it may read every word of the text.
            if let Some(p) = published_day(d) {
                scan_dates(d, a, p, &mut out);
            }
        } else {
            for (i, dm) in d.article.dates.iter().enumerate() {
                if let Some(r) = dm.resolved.as_ref().filter(|r| r.len() == 10) {
                    out.push(Figure {
                        article: a,
                        item: i,
                        key: "date".into(),
                        label: "date".into(),
                        text: dm.text.clone(),
                        span: dm.span,
                        sentence: dm.sentence,
                        value: None,
                        low: 0.0,
                        high: 0.0,
                        resolved: Some(r.clone()),
                        purpose: None,
                        partitive: false,
                    });
                }
            }
        }
    }
    out
}

fn person_class(counted: &str, persons: &[String]) -> String {
    let f = stem(counted);
    if persons.contains(&f) {
        "person".into()
    } else {
        f
    }
}

fn from_parser_numbers(d: &Prepared, a: usize, lex: &Lexicon, out: &mut Vec<Figure>) {
    let persons = &lex.persons;
    for (i, n) in d.article.numbers.iter().enumerate() {
        if matches!(
            n.kind,
            NumberKind::Year | NumberKind::Ordinal | NumberKind::Score | NumberKind::Age
        ) {
            continue;
        }
        let Some(value) = n.value.or(n.high) else { continue };
        let action = n.action.as_deref().map(|v| {
            let f = stem(v);
            lex.action(&f).map(str::to_string).unwrap_or(f)
        });
        let counted = n.counted.as_deref().map(|c| person_class(c, persons));
        let counted = counted.or_else(|| {
            action
                .as_deref()
                .filter(|a| matches!(*a, "killed" | "injured"))
                .map(|_| "person".to_string())
        });
        let purpose = if n.kind == NumberKind::Money { counted.clone() } else { None };
        let key = match n.kind {
            NumberKind::Money => format!("money {}", n.unit.as_deref().unwrap_or("")),
            _ => match (&counted, &action) {
                (Some(c), Some(ac)) => format!("{c} {ac}"),
                (Some(c), None) if n.unit.is_some() => {
                    format!("{c} {}", n.unit.as_deref().unwrap_or(""))
                }
                _ => String::new(),
            },
        };
        let (low, high) = interval(value, n.qualifier);
        out.push(Figure {
            article: a,
            item: i,
            label: key.clone(),
            key,
            text: n.number_text.clone(),
            span: n.number_span,
            sentence: Some(n.sentence),
            value: Some(value),
            low,
            high,
            resolved: None,
            purpose,
            partitive: false,
        });
    }
}

/// The parser's numbers, with the counted thing and action this module reads
/// for the same number when it finds them (its reading is tuned for
/// comparison: "150 others were injured" counts persons), the qualifier
/// included in the text and span, and numbers only this module found added
/// after them (their `item` counts on from the parser's list).
fn merge_parser_numbers(
    d: &Prepared,
    a: usize,
    lex: &Lexicon,
    scanned: Vec<Figure>,
    out: &mut Vec<Figure>,
) {
    let mut parsed = Vec::new();
    from_parser_numbers(d, a, lex, &mut parsed);
    let mut used = vec![false; scanned.len()];
    // The scanned figures by where they start, to find the ones a parsed
    // number overlaps without a pass over all of them per number.
    let mut by_start: Vec<usize> = (0..scanned.len()).collect();
    by_start.sort_by_key(|&k| (scanned[k].span.start, k));
    for mut p in parsed {
        let hit = overlapping_figure(&scanned, &by_start, p.span);
        if let Some(k) = hit {
            used[k] = true;
            let s = &scanned[k];
            if s.partitive {
                p.key.clear();
                p.label.clear();
            } else if !s.key.is_empty() {
                p.key = s.key.clone();
                p.label = s.label.clone();
                if s.purpose.is_some() {
                    p.purpose = s.purpose.clone();
                }
            }
            p.text = s.text.clone();
            p.span = s.span;
        }
        if p.label.is_empty() {
            p.label = p.key.clone();
        }
        out.push(p);
    }
    let base = d.article.numbers.len();
    for (k, mut s) in scanned.into_iter().enumerate() {
        if !used[k] {
            s.item = base + k;
            out.push(s);
        }
    }
}

/// The first figure (in scanning order) whose span overlaps `span`. A
/// figure spans a number and a few words around it, so the ones overlapping
/// `span` are among the last few starting before it ends.
fn overlapping_figure(figures: &[Figure], by_start: &[usize], span: Span) -> Option<usize> {
    const NEARBY: usize = 8;
    let before_end = by_start.partition_point(|&k| figures[k].span.start < span.end);
    by_start[before_end.saturating_sub(NEARBY)..before_end]
        .iter()
        .copied()
        .filter(|&k| span.start < figures[k].span.end)
        .min()
}

/// The range a hedged value stands for.
pub fn interval(v: f64, q: Qualifier) -> (f64, f64) {
    match q {
        Qualifier::Exact => (v, v),
        Qualifier::About => (v * 0.9, v * 1.1),
        Qualifier::Nearly => (v * 0.9, v),
        Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::MoreThan => (v * (1.0 + 1e-9), f64::INFINITY),
        Qualifier::AtMost => (0.0, v),
        Qualifier::LessThan => (0.0, v * (1.0 - 1e-9)),
    }
}

/// The qualifier written just before word `k`.
fn qualifier_before(ws: &[Word], k: usize) -> (Qualifier, usize) {
    let l = |i: usize| ws[i].raw.to_lowercase();
    if k >= 2 {
        let two = format!("{} {}", l(k - 2), l(k - 1));
        let q = match two.as_str() {
            "at least" | "no fewer" => Some(Qualifier::AtLeast),
            "more than" | "over than" => Some(Qualifier::MoreThan),
            "at most" | "up to" => Some(Qualifier::AtMost),
            "less than" | "fewer than" => Some(Qualifier::LessThan),
            _ => None,
        };
        if let Some(q) = q {
            return (q, k - 2);
        }
    }
    if k >= 1 {
        let q = match l(k - 1).as_str() {
            "about" | "around" | "roughly" | "approximately" | "some" | "an estimated"
            | "estimated" => Some(Qualifier::About),
            "nearly" | "almost" => Some(Qualifier::Nearly),
            "over" => Some(Qualifier::MoreThan),
            _ => None,
        };
        if let Some(q) = q {
            return (q, k - 1);
        }
    }
    (Qualifier::Exact, k)
}

fn scan_numbers(d: &Prepared, a: usize, lex: &Lexicon, out: &mut Vec<Figure>) {
    let mut item = 0;
    for (si, s) in d.article.sentences.iter().enumerate() {
        let base = d.index.bytes(s.span).start;
        let st = &s.text;
        let ws = &d.words[si];
        for k in 0..ws.len() {
            let w = &ws[k];
            let digit = w.raw.starts_with(|c: char| c.is_ascii_digit());
            // Cheap test first: most words are not numbers.
            if !digit && number_word(&w.stem, w.hash).is_none() {
                continue;
            }
            let before = st[..w.start].chars().next_back();
            let after = st[w.end..].chars().next();
            // Dates, times, scores, ranges and compounds are not counts.
            if matches!(before, Some('/' | ':' | '-' | '–'))
                || matches!(after, Some('/' | ':' | '-' | '–'))
            {
                continue;
            }
            let neighbour_month = (k > 0 && month_of(ws[k - 1].raw).is_some())
                || ws.get(k + 1).is_some_and(|n| month_of(n.raw).is_some());
            let mut value;
            let mut end = w.end;
            let mut money = None;
            if digit {
                let digits: String = w
                    .raw
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                    .filter(|c| *c != ',')
                    .collect();
                let suffix = &w.raw[w
                    .raw
                    .char_indices()
                    .find(|(_, c)| c.is_alphabetic())
                    .map(|(i, _)| i)
                    .unwrap_or(w.raw.len())..];
                let Ok(v) = digits.trim_end_matches('.').parse::<f64>() else { continue };
                value = v;
                let mult = match suffix.to_lowercase().as_str() {
                    "" => 1.0,
                    "bn" | "b" => 1e9,
                    "m" | "mn" => 1e6,
                    "k" => 1e3,
                    "tn" => 1e12,
                    _ => continue, // 31st, 1st, 10am
                };
                value *= mult;
                if neighbour_month
                    || (suffix.is_empty()
                        && (1900.0..=2100.0).contains(&v)
                        && !digits.contains('.'))
                {
                    continue;
                }
                money = match before {
                    Some('$') => Some("usd"),
                    Some('£') => Some("gbp"),
                    Some('€') => Some("eur"),
                    _ => None,
                };
            } else {
                if matches!(
                    &*w.stem,
                    "one" | "hundred" | "thousand" | "million" | "billion" | "dozen"
                ) {
                    continue;
                }
                let Some(v) = number_word(&w.stem, w.hash) else { continue };
                value = v;
            }
            let mut next = k + 1;
            if let Some(m) = ws.get(next).and_then(|n| match n.raw.to_lowercase().as_str() {
                "thousand" => Some(1e3),
                "million" => Some(1e6),
                "billion" => Some(1e9),
                "trillion" => Some(1e12),
                _ => None,
            }) {
                value *= m;
                end = ws[next].end;
                next += 1;
            }
            // "Nine of the injured", "two of them": a subset of a group
            // already counted, not a count of its own.
            let partitive = ws.get(next).is_some_and(|o| o.raw.eq_ignore_ascii_case("of"))
                && ws.get(next + 1).is_some_and(|d| {
                    matches!(
                        d.raw.to_lowercase().as_str(),
                        "the"
                            | "them"
                            | "those"
                            | "these"
                            | "us"
                            | "whom"
                            | "which"
                            | "its"
                            | "their"
                            | "our"
                    )
                });
            let (qualifier, first) = qualifier_before(ws, k);
            // The currency sign is one byte for $, but two for £ and three for €.
            let start =
                if money.is_some() { w.start - before.map_or(1, char::len_utf8) } else { w.start };
            let phrase_start = if first < k { ws[first].start } else { start };
            // Counted: the first noun-like word after the number, before any
            // clause punctuation.
            let mut counted = None;
            let mut j = next;
            let mut prev_end = end;
            while j < ws.len() && j < next + 4 {
                let gap = &st[prev_end..ws[j].start];
                if gap.contains([',', ';', ':', '(', '.', '—', '–']) {
                    break;
                }
                let cand = &ws[j];
                let capital = cand.raw.starts_with(char::is_uppercase);
                // Function words are tested unstemmed too: stemming turns
                // "were" into "wer", which is no longer on the list, and
                // "41 were injured" would count "wer".
                let function_word = cand.stop || is_stopword(&cand.raw.to_lowercase());
                if lex.modifiers.iter().any(|m| **m == *cand.stem)
                    || capital
                    || (function_word && money.is_some())
                {
                    prev_end = cand.end;
                    j += 1;
                    continue;
                }
                if !function_word
                    && lex.action(&cand.stem).is_none()
                    && number_word(&cand.stem, cand.hash).is_none()
                {
                    counted = Some(if lex.persons.iter().any(|p| **p == *cand.stem) {
                        "person".to_string()
                    } else {
                        cand.stem.to_string()
                    });
                }
                break;
            }
            // Action: first the words after the number up to the next
            // conjunction ("52 others were injured"), then the nearest word
            // before it ("killed five people"), six words at most each way.
            let mut action = None;
            for w in ws.iter().skip(next).take(6) {
                if matches!(w.raw.to_lowercase().as_str(), "and" | "while" | "but" | "whereas") {
                    break;
                }
                if let Some(c) = lex.action(&w.stem) {
                    action = Some(c);
                    break;
                }
            }
            if action.is_none() {
                action = ws[k.saturating_sub(6)..k].iter().rev().find_map(|w| lex.action(&w.stem));
            }
            let key = if partitive {
                String::new()
            } else if let Some(cur) = money {
                format!("money {cur}")
            } else {
                let counted = counted.clone().or_else(|| {
                    action
                        .filter(|a| matches!(*a, "killed" | "injured"))
                        .map(|_| "person".to_string())
                });
                match (counted, action) {
                    (Some(c), Some(ac)) => format!("{c} {ac}"),
                    _ => String::new(),
                }
            };
            let label = match (money, &counted, action) {
                (Some(cur), _, _) => {
                    format!("{} ({cur})", counted.clone().unwrap_or_else(|| "amount".into()))
                }
                (None, _, Some(ac)) => format!(
                    "{} {ac}",
                    if key.starts_with("person ") {
                        "people".to_string()
                    } else {
                        counted.clone().unwrap_or_default()
                    }
                ),
                _ => String::new(),
            };
            let (low, high) = interval(value, qualifier);
            out.push(Figure {
                article: a,
                item,
                key,
                label,
                // `get`: an article edited outside Parallax may have offsets
                // that no longer fall on its sentence's character boundaries.
                text: st.get(phrase_start..end).unwrap_or_default().to_string(),
                span: d.index.span(base + phrase_start, base + end),
                sentence: Some(si),
                value: Some(value),
                low,
                high,
                resolved: None,
                purpose: if money.is_some() { counted.clone() } else { None },
                partitive,
            });
            item += 1;
        }
    }
}

/// Days since 1970-01-01 of a civil date; the parser's calendar, with the
/// year widened for the arithmetic here.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    crate::parse::dates::days_from_civil(y as i32, m, d)
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let (y, m, d) = crate::parse::dates::civil_from_days(z);
    (y as i64, m, d)
}

fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The publication day: from the parser, or else the latest full date
/// (with a year) written anywhere in the text, as days since 1970.
fn published_day(d: &Prepared) -> Option<i64> {
    if let Some(p) = &d.article.published {
        let parts: Vec<&str> = p.iso.split('-').collect();
        if let [y, m, dd] = parts[..] {
            if let (Ok(y), Ok(m), Ok(dd)) = (y.parse(), m.parse(), dd.parse()) {
                return Some(days_from_civil(y, m, dd));
            }
        }
    }
    let text = &d.article.text;
    let ws = words(text);
    let mut latest: Option<i64> = None;
    let day_num = |w: &Word| -> Option<u32> {
        let digits: String = w.raw.chars().take_while(|c| c.is_ascii_digit()).collect();
        digits.parse().ok().filter(|v| (1..=31).contains(v))
    };
    let year_num =
        |w: &Word| -> Option<i64> { w.raw.parse().ok().filter(|v| (1900..=2100).contains(v)) };
    for k in 0..ws.len() {
        let found = if let Some(m) = month_of(ws[k].raw) {
            // "June 26th 2024", "June 7, 2019"
            match (ws.get(k + 1).and_then(day_num), ws.get(k + 2).and_then(year_num)) {
                (Some(dd), Some(y)) => Some(days_from_civil(y, m, dd)),
                _ => None,
            }
        } else if let (Some(dd), Some(m), Some(y)) = (
            day_num(&ws[k]),
            ws.get(k + 1).and_then(|w| month_of(w.raw)),
            ws.get(k + 2).and_then(year_num),
        ) {
            Some(days_from_civil(y, m, dd))
        } else if k + 2 < ws.len()
            && text[ws[k].end..ws[k + 1].start] == *"/"
            && text[ws[k + 1].end..ws[k + 2].start] == *"/"
        {
            // "6/26/2024", read month first as US outlets write it.
            match (
                ws[k].raw.parse::<u32>().ok().filter(|m| (1..=12).contains(m)),
                day_num(&ws[k + 1]),
                year_num(&ws[k + 2]),
            ) {
                (Some(m), Some(dd), Some(y)) => Some(days_from_civil(y, m, dd)),
                _ => None,
            }
        } else {
            None
        };
        if let Some(f) = found {
            latest = Some(latest.map_or(f, |l: i64| l.max(f)));
        }
    }
    latest
}

/// Weekday names and "Month D" dates in the sentences, resolved against the
/// publication day: a weekday is the latest such day on or before it; a
/// month and day without a year take the year that puts it at most a week
/// after publication.
fn scan_dates(d: &Prepared, a: usize, published: i64, out: &mut Vec<Figure>) {
    let mut item = 0;
    for (si, s) in d.article.sentences.iter().enumerate() {
        let base = d.index.bytes(s.span).start;
        let ws = &d.words[si];
        for k in 0..ws.len() {
            if !ws[k].raw.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let l = ws[k].raw.trim_end_matches("’s").trim_end_matches("'s");
            let mut found = None;
            if let Some(wd) = weekday_named(l) {
                if ws[k].raw.starts_with(char::is_uppercase) {
                    // 1970-01-01 was a Thursday (index 3).
                    let pub_wd = (published + 3).rem_euclid(7);
                    let back = (pub_wd - wd as i64).rem_euclid(7);
                    found = Some((ws[k].start, ws[k].end, published - back));
                }
            } else if let Some(m) =
                month_of(ws[k].raw).filter(|_| ws[k].raw.starts_with(char::is_uppercase))
            {
                let dd = ws.get(k + 1).and_then(|w| {
                    let digits: String = w.raw.chars().take_while(|c| c.is_ascii_digit()).collect();
                    digits.parse::<u32>().ok().filter(|v| (1..=31).contains(v)).map(|v| (v, w.end))
                });
                let has_year = ws.get(k + 2).is_some_and(|w| {
                    w.raw.parse::<i64>().is_ok_and(|y| (1900..=2100).contains(&y))
                });
                if let (Some((dd, end)), false) = (dd, has_year) {
                    let (py, _, _) = civil_from_days(published);
                    let mut day = days_from_civil(py, m, dd);
                    if day > published + 7 {
                        day = days_from_civil(py - 1, m, dd);
                    }
                    found = Some((ws[k].start, end, day));
                }
            }
            if let Some((start, end, day)) = found {
                out.push(Figure {
                    article: a,
                    item,
                    key: "date".into(),
                    label: "date".into(),
                    text: s.text[start..end].to_string(),
                    span: d.index.span(base + start, base + end),
                    sentence: Some(si),
                    value: None,
                    low: 0.0,
                    high: 0.0,
                    resolved: Some(iso(day)),
                    purpose: None,
                    partitive: false,
                });
                item += 1;
            }
        }
    }
}

fn reported(f: &Figure) -> ReportedValue {
    ReportedValue {
        article: f.article,
        item: f.item,
        text: f.text.clone(),
        span: f.span,
        sentence: f.sentence,
        value: f.value,
        resolved: f.resolved.clone(),
    }
}

/// The written form with qualifiers and spacing normalised away, to tell "the
/// same value in another form" from the same form repeated.
fn form(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Discrepancies within events and agreements in another form within threads.
///
/// Each group of one quantity is settled in time close to linear in its size:
/// a group can hold thousands of mentions (a date repeated through a long
/// article, a toll in a thousand reports), so its members are never compared
/// pairwise.
pub fn compare(
    _docs: &[Prepared],
    figures: &[Figure],
    event_of: &[usize],
    thread_of: &[usize],
) -> (Vec<Discrepancy>, Vec<Agreement>) {
    // Group by (thread, key); dates by (thread, resolved day).
    let mut groups: BTreeMap<(usize, String), Vec<&Figure>> = BTreeMap::new();
    for f in figures.iter().filter(|f| !f.key.is_empty()) {
        let key = match &f.resolved {
            Some(r) => format!("date {r}"),
            None => f.key.clone(),
        };
        groups.entry((thread_of[f.article], key)).or_default().push(f);
    }
    let mut discrepancies = Vec::new();
    let mut agreements = Vec::new();
    for ((_, key), members) in groups {
        let first_article = members[0].article;
        if members.iter().all(|f| f.article == first_article) {
            continue;
        }
        let label = if key.starts_with("date ") { key.clone() } else { members[0].label.clone() };
        let conflicting = conflicts(&members, event_of);
        if let Some(first) = conflicting.iter().position(|&c| c) {
            // List every mention of the quantity in the event, so each
            // article's value is visible.
            let event = event_of[members[first].article];
            let values = members
                .iter()
                .filter(|f| event_of[f.article] == event)
                .map(|f| reported(f))
                .collect();
            discrepancies.push(Discrepancy { quantity: label, values });
            continue;
        }
        let agreeing = agreements_in_other_form(&members);
        if agreeing.iter().any(|&a| a) {
            let values = members
                .iter()
                .zip(&agreeing)
                .filter(|(_, &a)| a)
                .map(|(f, _)| reported(f))
                .collect();
            agreements.push(Agreement { quantity: label, values });
        }
    }
    (discrepancies, agreements)
}

/// Which members conflict with a member of another article in the same
/// event: their ranges are disjoint and the two may be set against each
/// other (money only when both say what it is for, and agree on it). Dates
/// are grouped by the day they resolve to, so they never conflict.
///
/// A member conflicts when some other article's smallest upper bound lies
/// below its range or its largest lower bound above it; keeping, per event
/// and kind of comparison, the extreme bound and the extreme from any other
/// article answers that for every member in one pass.
fn conflicts(members: &[&Figure], event_of: &[usize]) -> Vec<bool> {
    let mut bounds: BTreeMap<(usize, &str), (Extreme, Extreme)> = BTreeMap::new();
    for f in members {
        if let Some(c) = comparison_class(f, event_of) {
            let (lowest_high, highest_low) = bounds.entry(c).or_default();
            lowest_high.add(f.high, f.article);
            highest_low.add(-f.low, f.article);
        }
    }
    members
        .iter()
        .map(|f| {
            comparison_class(f, event_of).and_then(|c| bounds.get(&c)).is_some_and(
                |(lowest_high, highest_low)| {
                    lowest_high.excluding(f.article).is_some_and(|h| h < f.low)
                        || highest_low.excluding(f.article).is_some_and(|l| -l > f.high)
                },
            )
        })
        .collect()
}

/// Which figures may be set against each other: those of one event with
/// the same purpose of a sum of money, or any two counts ("" here); money
/// without a purpose, and dates, against nothing.
fn comparison_class<'f>(f: &'f Figure, event_of: &[usize]) -> Option<(usize, &'f str)> {
    if f.resolved.is_some() {
        return None;
    }
    match &f.purpose {
        Some(p) => Some((event_of[f.article], p.as_str())),
        None if f.key.starts_with("money") => None,
        None => Some((event_of[f.article], "")),
    }
}

/// The smallest value seen, with its article, and the smallest from any
/// other article than that one: enough to give the smallest value of all
/// articles but any one.
#[derive(Default)]
struct Extreme {
    best: Option<(f64, usize)>,
    runner_up: Option<(f64, usize)>,
}

impl Extreme {
    fn add(&mut self, value: f64, article: usize) {
        match self.best {
            None => self.best = Some((value, article)),
            Some((b, a)) if a == article => {
                if value < b {
                    self.best = Some((value, a));
                }
            }
            Some((b, a)) if value < b => {
                self.runner_up = Some((b, a));
                self.best = Some((value, article));
            }
            Some(_) => {
                if self.runner_up.is_none_or(|(r, _)| value < r) {
                    self.runner_up = Some((value, article));
                }
            }
        }
    }

    fn excluding(&self, article: usize) -> Option<f64> {
        match self.best {
            Some((b, a)) if a != article => Some(b),
            _ => self.runner_up.map(|(r, _)| r),
        }
    }
}

/// Which members agree with a member of another article written in another
/// form: overlapping ranges, different words ("Tuesday", "June 25").
///
/// Members of one article with one form and one range are settled together,
/// so a form repeated throughout an article costs one comparison; the
/// distinct ones are swept in order of their lower bound, each compared only
/// with those whose range it overlaps.
fn agreements_in_other_form(members: &[&Figure]) -> Vec<bool> {
    let mut form_ids: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // (lower bound, upper bound, article, form) -> the members it stands for
    let mut classes: BTreeMap<(u64, u64, usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, f) in members.iter().enumerate() {
        let next_id = form_ids.len();
        let form_id = *form_ids.entry(form(&f.text)).or_insert(next_id);
        // Dates agree whenever they resolve to one day, whatever their range.
        let (low, high) = if f.resolved.is_some() { (0.0, 0.0) } else { (f.low, f.high) };
        classes.entry((sortable(low), sortable(high), f.article, form_id)).or_default().push(i);
    }
    type Class = ((f64, f64, usize, usize), Vec<usize>);
    let classes: Vec<Class> = classes
        .into_iter()
        .map(|((low, high, article, form_id), of)| {
            ((unsortable(low), unsortable(high), article, form_id), of)
        })
        .collect();
    let mut agreeing_class = vec![false; classes.len()];
    for i in 0..classes.len() {
        let (_, high, article, form_id) = classes[i].0;
        // Sorted by lower bound: every later class starting within this
        // range overlaps it, and the first one starting beyond it ends the
        // sweep for this class.
        for j in i + 1..classes.len() {
            let (other_low, _, other_article, other_form) = classes[j].0;
            if other_low > high {
                break;
            }
            if other_article != article && other_form != form_id {
                agreeing_class[i] = true;
                agreeing_class[j] = true;
            }
        }
    }
    let mut agreeing = vec![false; members.len()];
    for ((_, of), _) in classes.iter().zip(&agreeing_class).filter(|(_, &a)| a) {
        of.iter().for_each(|&m| agreeing[m] = true);
    }
    agreeing
}

/// An f64 as a u64 that sorts the same way (for ordered map keys).
fn sortable(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

fn unsortable(k: u64) -> f64 {
    f64::from_bits(if k >> 63 == 1 { k & !(1 << 63) } else { !k })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips_and_knows_weekdays() {
        let d = days_from_civil(2024, 6, 26);
        assert_eq!(iso(d), "2024-06-26");
        assert_eq!((d + 3).rem_euclid(7), 2, "2024-06-26 was a Wednesday");
        assert_eq!(iso(days_from_civil(2000, 2, 29)), "2000-02-29");
    }

    fn figure(
        article: usize,
        key: &str,
        text: &str,
        low: f64,
        high: f64,
        purpose: Option<&str>,
        resolved: Option<&str>,
    ) -> Figure {
        Figure {
            article,
            item: 0,
            key: key.into(),
            label: key.into(),
            text: text.into(),
            span: Span::new(0, 1),
            sentence: Some(0),
            value: Some(low),
            low,
            high,
            resolved: resolved.map(str::to_string),
            purpose: purpose.map(str::to_string),
            partitive: false,
        }
    }

    /// The pairwise definitions the sweeps must agree with.
    fn pairwise(members: &[&Figure], event_of: &[usize]) -> (Vec<bool>, Vec<bool>) {
        let mut conflicting = vec![false; members.len()];
        let mut agreeing = vec![false; members.len()];
        for (x, fx) in members.iter().enumerate() {
            for fy in members {
                if fx.article == fy.article {
                    continue;
                }
                let overlap = fx.resolved.is_some() || (fx.low <= fy.high && fy.low <= fx.high);
                let comparable =
                    fx.purpose.is_none() && fy.purpose.is_none() && !fx.key.starts_with("money")
                        || (fx.purpose.is_some() && fx.purpose == fy.purpose);
                if !overlap && comparable && event_of[fx.article] == event_of[fy.article] {
                    conflicting[x] = true;
                } else if overlap && form(&fx.text) != form(&fy.text) {
                    agreeing[x] = true;
                }
            }
        }
        (conflicting, agreeing)
    }

    #[test]
    fn sweeps_match_the_pairwise_definition() {
        // A small deterministic generator: values, qualifiers, articles,
        // events, forms and purposes drawn from narrow ranges so that ties,
        // overlaps and repeats are common.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for round in 0..400 {
            let money = round % 4 == 0;
            let dates = round % 4 == 1;
            let event_of: Vec<usize> = (0..5).map(|_| next(2) as usize).collect();
            let figures: Vec<Figure> = (0..1 + next(12) as usize)
                .map(|_| {
                    let v = 1.0 + next(6) as f64;
                    let (low, high) = interval(
                        v,
                        [Qualifier::Exact, Qualifier::About, Qualifier::AtLeast, Qualifier::Nearly]
                            [next(4) as usize],
                    );
                    let text = ["five", "5", "about 5", "Tuesday", "June 25"][next(5) as usize];
                    let purpose = if money {
                        [None, Some("aid"), Some("loans")][next(3) as usize]
                    } else {
                        None
                    };
                    let key = if money {
                        "money usd"
                    } else if dates {
                        "date"
                    } else {
                        "person killed"
                    };
                    figure(
                        next(5) as usize,
                        key,
                        text,
                        low,
                        high,
                        purpose,
                        dates.then_some("2024-06-25"),
                    )
                })
                .collect();
            let members: Vec<&Figure> = figures.iter().collect();
            let (conflicting, agreeing) = pairwise(&members, &event_of);
            assert_eq!(
                conflicts(&members, &event_of),
                conflicting,
                "conflicts, round {round}: {members:#?}"
            );
            assert_eq!(
                agreements_in_other_form(&members),
                agreeing,
                "agreements, round {round}: {members:#?}"
            );
        }
    }

    #[test]
    fn sortable_keys_keep_the_order_of_floats() {
        let values = [f64::NEG_INFINITY, -3.5, -0.0, 0.0, 1e-9, 2.0, 36e9, f64::INFINITY];
        for w in values.windows(2) {
            assert!(sortable(w[0]) <= sortable(w[1]), "{} before {}", w[0], w[1]);
        }
        for v in values {
            assert_eq!(unsortable(sortable(v)).to_bits(), v.to_bits());
        }
    }

    #[test]
    fn qualified_values_become_ranges() {
        assert_eq!(interval(40e9, Qualifier::Nearly), (36e9, 40e9));
        let (lo, hi) = interval(4.0, Qualifier::AtLeast);
        assert!(lo == 4.0 && hi.is_infinite());
    }
}
