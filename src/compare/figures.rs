//! Figures: conflicting and agreeing numbers and dates.
//!
//! A figure is a number tied to what it counts and what happened to it
//! ("killed five people": person, kill), or a date resolved to a day. Both
//! are the parser's readings (`Article::numbers` and `Article::dates`): this
//! module reads no text itself, so what a user sees highlighted in an
//! article is what is compared. Two figures are the same quantity only when
//! both the counted thing and the action agree, so four missiles downed is
//! never set against five people killed. Each value is read as an interval
//! from its qualifier ("about 150" is 135..165, "nearly $40 billion" is
//! 36..40 billion, "at least 4" is 4..∞): overlapping intervals agree,
//! disjoint ones conflict.
//!
//! Discrepancies are only sought within one event (a later report may
//! legitimately give a higher toll); agreements in another form ("$40bn" and
//! "nearly $40 billion", "Tuesday" and "June 25") within one thread. On real
//! prose most numbers that share a counted thing and an action are still
//! not one quantity, so a conflict needs each of these rules to pass:
//!
//! - [`is_part_or_addition`]: a part of a group ("two of the five") or an
//!   addition ("another 12", "120 new cases") is not a total;
//! - [`is_survey_share`]: two polls' shares are two quantities;
//! - [`is_about_the_past`]: a figure in a sentence naming an earlier year
//!   than the article's own is about that time (an earlier quake's toll);
//! - [`ambiguous_articles`]: an article that gives one quantity disjoint
//!   values is talking about several things under one name (several offers,
//!   several tolls), and is not set against others for it;
//! - [`said_to_change`]: when an article says the value changed ("rose to
//!   12", "up from 8"), an older value elsewhere is no conflict.

use super::normalize::stem;
use super::Prepared;
use crate::model::{Agreement, Discrepancy, NumberKind, NumberMention, Qualifier};
use crate::model::{ReportedValue, Span};
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
    /// The parser's flags: the article says the value changed; an
    /// addition rather than a total; a poll's share.
    pub revised: bool,
    pub increment: bool,
    pub survey: bool,
    /// About an earlier time than the article's own: its sentence names a
    /// year before the article's year.
    pub past: bool,
}

/// Actions, by the base verbs (the parser's `action`) that stand for them.
const ACTIONS: &[(&str, &[&str])] = &[
    ("killed", &["kill", "die", "dead", "death", "slay"]),
    ("injured", &["injure", "wound", "hurt", "hospitalize", "hospitalise"]),
    ("downed", &["down", "intercept", "shoot", "destroy"]),
    ("arrested", &["arrest", "detain"]),
    ("evacuated", &["evacuate", "displace", "flee"]),
    ("missing", &["miss"]),
    ("rescued", &["rescue"]),
    ("sent", &["send", "deploy"]),
    ("approved", &["approve", "pledge"]),
];

/// Nouns for people in general: "five people", "four civilians" and
/// "150 others" all count persons. Not "men", "women" or "children": "two
/// women and a man" names a part of the dead.
const PERSONS: &[&str] =
    &["person", "civilian", "other", "resident", "individual", "victim", "passenger", "bystander"];

/// The action a base verb stands for, or the verb itself.
fn action_class(verb: &str) -> String {
    ACTIONS
        .iter()
        .find(|(_, verbs)| verbs.contains(&verb))
        .map_or_else(|| stem(verb), |(class, _)| class.to_string())
}

fn person_class(counted: &str) -> String {
    if PERSONS.contains(&counted) {
        "person".into()
    } else {
        stem(counted)
    }
}

/// The year a sentence names (a date or a year number in it), per sentence.
fn years_named(d: &Prepared) -> BTreeMap<usize, i32> {
    let mut out: BTreeMap<usize, i32> = BTreeMap::new();
    let mut note = |sentence: usize, year: i32| {
        let y = out.entry(sentence).or_insert(year);
        *y = (*y).min(year);
    };
    for dm in &d.article.dates {
        if let (Some(s), Some(y)) = (dm.sentence, dm.resolved.as_deref().and_then(year_of)) {
            note(s, y);
        }
    }
    for n in d.article.numbers.iter().filter(|n| n.kind == NumberKind::Year) {
        if let Some(y) = n.value.filter(|v| (1800.0..=2200.0).contains(v)) {
            note(n.sentence, y as i32);
        }
    }
    out
}

fn year_of(iso: &str) -> Option<i32> {
    iso.get(..4)?.parse().ok()
}

/// The article's own year: its publication's, or else the latest it names.
fn article_year(d: &Prepared, named: &BTreeMap<usize, i32>) -> Option<i32> {
    d.article
        .published
        .as_ref()
        .and_then(|p| year_of(&p.iso))
        .or_else(|| named.values().copied().max())
}

/// All figures of all articles, from the parser's numbers and dates.
pub fn collect(docs: &[Prepared]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        let named = years_named(d);
        let own_year = article_year(d, &named);
        for (i, n) in d.article.numbers.iter().enumerate() {
            if let Some(mut f) = number_figure(d, a, i, n) {
                f.past = is_about_the_past(named.get(&n.sentence).copied(), own_year);
                out.push(f);
            }
        }
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
                    revised: false,
                    increment: false,
                    survey: false,
                    past: false,
                });
            }
        }
    }
    out
}

/// A figure about the past: its sentence names a year before the article's.
fn is_about_the_past(named: Option<i32>, own: Option<i32>) -> bool {
    matches!((named, own), (Some(n), Some(o)) if n < o)
}

/// One parser number as a figure: its key from what it counts and what
/// happened to it (money by currency, with what it is for), its text and
/// span from the hedge through the number. Years, ordinals, scores and ages
/// measure nothing a report counts.
fn number_figure(d: &Prepared, a: usize, i: usize, n: &NumberMention) -> Option<Figure> {
    if matches!(
        n.kind,
        NumberKind::Year | NumberKind::Ordinal | NumberKind::Score | NumberKind::Age
    ) {
        return None;
    }
    let value = n.value.or(n.high)?;
    let action = n.action.as_deref().map(action_class);
    let counted = n.counted.as_deref().map(person_class).or_else(|| {
        action.as_deref().filter(|a| matches!(*a, "killed" | "injured")).map(|_| "person".into())
    });
    let purpose = if n.kind == NumberKind::Money { counted.clone() } else { None };
    let key = if n.partitive {
        String::new()
    } else {
        match n.kind {
            NumberKind::Money => format!("money {}", n.unit.as_deref().unwrap_or("")),
            _ => match (&counted, &action) {
                (Some(c), Some(ac)) => format!("{c} {ac}"),
                (Some(c), None) if n.unit.is_some() => {
                    format!("{c} {}", n.unit.as_deref().unwrap_or(""))
                }
                _ => String::new(),
            },
        }
    };
    let label = match (n.kind, &counted, &action) {
        (NumberKind::Money, _, _) => format!(
            "{} ({})",
            counted.as_deref().unwrap_or("amount"),
            n.unit.as_deref().unwrap_or("")
        ),
        (_, Some(c), Some(ac)) if c == "person" => format!("people {ac}"),
        _ => key.clone(),
    };
    let span = match &n.hedge {
        Some(h) if h.span.start < n.number_span.start => Span::new(h.span.start, n.number_span.end),
        _ => n.number_span,
    };
    let text = d.article.text.get(d.index.bytes(span)).unwrap_or(&n.number_text).to_string();
    let (low, high) = interval(value, n.qualifier);
    Some(Figure {
        article: a,
        item: i,
        key,
        label,
        text,
        span,
        sentence: Some(n.sentence),
        value: Some(value),
        low,
        high,
        resolved: None,
        purpose,
        partitive: n.partitive,
        revised: n.revised,
        increment: n.increment,
        survey: n.survey,
        past: false,
    })
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
        let comparable = comparable_members(&members, event_of);
        let conflicting = conflicts(&comparable, event_of);
        if let Some(first) = conflicting.iter().position(|&c| c) {
            // List every comparable mention of the quantity in the event,
            // so each article's value is visible.
            let class = comparison_class(comparable[first], event_of);
            let values = comparable
                .iter()
                .filter(|f| comparison_class(f, event_of) == class)
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

/// The members of one quantity's group that may be set against another
/// article's: each with a [`comparison_class`], not from an article that
/// gives the quantity disjoint values itself ([`ambiguous_articles`]), and
/// not in a class an article says changed ([`said_to_change`]).
fn comparable_members<'f>(members: &[&'f Figure], event_of: &[usize]) -> Vec<&'f Figure> {
    let changed = said_to_change(members, event_of);
    let ambiguous = ambiguous_articles(members, event_of);
    members
        .iter()
        .copied()
        .filter(|f| {
            comparison_class(f, event_of).is_some_and(|c| {
                !changed.contains(&c) && !ambiguous.contains(&(c.0, c.1, f.article))
            })
        })
        .collect()
}

/// A part of a group ("two of the five") or an addition ("another 12",
/// "120 new cases", "40 a day"): neither is the total another article gives.
fn is_part_or_addition(f: &Figure) -> bool {
    f.partitive || f.increment
}

/// A poll's or survey's share: two articles' shares are likely two polls.
fn is_survey_share(f: &Figure) -> bool {
    f.survey
}

/// The classes in which some article says the value changed ("rose to 12",
/// "up from 8", "initially"): its old value elsewhere is not a conflict.
fn said_to_change<'f>(
    members: &[&'f Figure],
    event_of: &[usize],
) -> std::collections::BTreeSet<(usize, &'f str)> {
    members
        .iter()
        .filter(|f| f.revised)
        .filter_map(|f| class_of_kind(f).map(|k| (event_of[f.article], k)))
        .collect()
}

/// The (event, class, article) triples where an article's own comparable
/// values of the quantity do not all overlap: "killed four people" and,
/// later, "the three who voted", or three teams' offers, are several
/// quantities under one name, and the article says nothing about which one
/// another article's value is.
fn ambiguous_articles<'f>(
    members: &[&'f Figure],
    event_of: &[usize],
) -> std::collections::BTreeSet<(usize, &'f str, usize)> {
    // Per (event, class, article): the largest lower bound and the smallest
    // upper bound.
    let mut bounds: BTreeMap<(usize, &str, usize), (f64, f64)> = BTreeMap::new();
    for f in members {
        if let Some((e, c)) = comparison_class(f, event_of) {
            let b = bounds.entry((e, c, f.article)).or_insert((f64::NEG_INFINITY, f64::INFINITY));
            b.0 = b.0.max(f.low);
            b.1 = b.1.min(f.high);
        }
    }
    bounds.into_iter().filter(|(_, (low, high))| low > high).map(|(k, _)| k).collect()
}

/// Which figures may be set against each other: those of one event with
/// the same purpose of a sum of money, or any two counts ("" here); money
/// without a purpose, dates, parts and additions, polls' shares and figures
/// about the past, against nothing.
fn comparison_class<'f>(f: &'f Figure, event_of: &[usize]) -> Option<(usize, &'f str)> {
    if is_part_or_addition(f) || is_survey_share(f) || f.past {
        return None;
    }
    class_of_kind(f).map(|k| (event_of[f.article], k))
}

/// The kind of comparison a figure allows, whatever its flags: a sum of
/// money's purpose, "" for a count, none for a date or money for nothing
/// said.
fn class_of_kind(f: &Figure) -> Option<&str> {
    if f.resolved.is_some() {
        return None;
    }
    match &f.purpose {
        Some(p) => Some(p.as_str()),
        None if f.key.starts_with("money") => None,
        None => Some(""),
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
            revised: false,
            increment: false,
            survey: false,
            past: false,
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
