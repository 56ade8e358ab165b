//! Evidence that two articles report one event: a handful of pair features a
//! reader would trust, combined by a logistic regression fitted on real
//! multi-outlet coverage (ECB+), see [`MODEL`].
//!
//! The features say what two reports share — words, aligned sentences,
//! headline words, named participants, quantities, days — and what tells two
//! events *of the same kind* apart: different principal participants named in
//! the lead, different days named in the lead, publication dates far apart.
//! Different figures for the same counted thing are not a separator (they are
//! a conflict, found later), so they are not a feature.
//!
//! Participants are matched here by a small self-contained rule (a person by
//! surname, an organisation or place by its name), kept in
//! [`participant_keys`] so that a fuller name matcher can replace it.

use super::figures::Figure;
use super::Prepared;
use crate::lexicon::hash::FnvBuild;
use crate::model::{Alignment, Article, EntityKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many features a pair has.
pub const FEATURES: usize = 15;

/// The features' names, in order (printed by the re-fit program).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "document cosine",
    "aligned sentence share",
    "headline similarity",
    "lead similarity",
    "shared people",
    "lead people missing",
    "shared organisations and places",
    "shared quantities",
    "shared days",
    "lead days differ",
    "published within days",
    "cosine to nearest",
    "principal person absent",
    "shared names and numbers",
    "lead weekdays differ",
];

/// A fitted logistic regression: p = 1 / (1 + e^-(bias + weights · x)).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Model {
    pub bias: f64,
    pub weights: [f64; FEATURES],
    /// Two articles are one event when the mean probability between their
    /// groups reaches this.
    pub threshold: f64,
}

impl Model {
    /// The probability that a pair with features `x` reports one event.
    pub fn probability(&self, x: &[f64; FEATURES]) -> f64 {
        let z = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The fitted model. Made by `cargo run --release --example fit_events`:
/// logistic regression (Newton's method, L2 0.01) on every candidate pair of
/// ECB+ compared one topic at a time and all at once, fitted on all 43 topics
/// after 2-fold cross-validation over odd/even topics chose the features and
/// the threshold; the program prints the held-out figures and these lines.
pub const MODEL: Model = Model {
    bias: -3.997,
    weights: [
        2.183, 0.464, 3.843, 3.497, 0.36, -1.598, 0.514, 0.398, 2.239, 0.804, 4.933, 3.739, -1.194,
        4.256, -0.997,
    ],
    threshold: 0.5,
};

/// Candidate pairs need document cosine of at least this, or aligned
/// sentences, or a shared quantity: the rest have no evidence to score.
pub const MIN_COSINE: f64 = 0.02;

/// Sentences that make an article's lead (after the headline).
const LEAD_SENTENCES: usize = 3;

/// What one article contributes to every pair, read once.
pub struct Card {
    title: BTreeSet<String>,
    lead: BTreeSet<String>,
    people: BTreeSet<String>,
    lead_people: BTreeSet<String>,
    named: BTreeSet<String>,
    /// Organisations named in the lead.
    lead_orgs: BTreeSet<String>,
    /// Days named anywhere, as day of year (month·31 + day), so an undated
    /// "19 May" meets a dated "2022-05-19".
    days: BTreeSet<u32>,
    lead_days: BTreeSet<u32>,
    /// Weekdays (0 = Monday) the lead names, or that its dates fall on.
    lead_weekdays: BTreeSet<u32>,
    published: Option<i64>,
    /// Every capitalised word of the text, lower-cased: where a name the
    /// entity reader missed can still be found.
    capitalised: BTreeSet<String>,
    /// Capitalised words not starting a sentence, and numbers of two digits
    /// or more: the names and figures of the story.
    names: BTreeSet<String>,
    /// The surname of the person named most often (at least twice).
    principal: Option<String>,
}

/// The participant keys of an article: people by surname, organisations and
/// places by name, all lower-cased; and the people named in the lead.
pub fn participant_keys(
    article: &Article,
) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let lead_end = lead_end(article);
    let (mut people, mut lead_people, mut named) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for e in &article.entities {
        match e.kind {
            EntityKind::Person => {
                let Some(key) = surname(&e.name) else { continue };
                if e.mentions.iter().any(|m| m.span.start < lead_end) {
                    lead_people.insert(key.clone());
                }
                people.insert(key);
            }
            EntityKind::Organization | EntityKind::Place => {
                named.insert(e.name.to_lowercase());
            }
        }
    }
    (people, lead_people, named)
}

/// A person's surname, lower-cased: the last word of the name that is not a
/// generational suffix ("Lloyd J. Austin III" → "austin").
fn surname(name: &str) -> Option<String> {
    name.split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            w.chars().count() > 1
                && !matches!(w.to_lowercase().as_str(), "jr" | "sr" | "ii" | "iii" | "iv")
        })
        .map(str::to_lowercase)
}

/// Where the lead ends: the start of the sentence after it (UTF-16 units).
fn lead_end(article: &Article) -> usize {
    article.sentences.get(LEAD_SENTENCES).map(|s| s.span.start).unwrap_or(usize::MAX)
}

/// The day of year a date mention names: from its resolved day, or from the
/// words ("19 May", "May 19th") when it has no year to resolve.
fn day_named(resolved: Option<&str>, text: &str) -> Option<u32> {
    if let Some(r) = resolved.filter(|r| r.len() == 10) {
        let m: u32 = r.get(5..7)?.parse().ok()?;
        let d: u32 = r.get(8..10)?.parse().ok()?;
        return Some(m * 31 + d);
    }
    let words: Vec<&str> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let month = words.iter().find_map(|w| crate::lexicon::calendar::month_of(w))?;
    let day = words.iter().find_map(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.parse::<u32>().ok().filter(|d| (1..=31).contains(d) && digits.len() <= 2)
    })?;
    Some(month * 31 + day)
}

/// The weekday a date mention names ("on Friday", "Thursday (19 May)"), or
/// that its resolved day falls on.
fn weekday_named(resolved: Option<&str>, text: &str) -> Option<u32> {
    use crate::parse::dates;
    let named = text.split(|c: char| !c.is_alphanumeric() && c != '\'').find_map(dates::weekday_of);
    named.or_else(|| {
        let r = resolved.filter(|r| r.len() == 10)?;
        let (y, m, d) =
            (r.get(0..4)?.parse().ok()?, r.get(5..7)?.parse().ok()?, r.get(8..10)?.parse().ok()?);
        Some(dates::weekday(dates::days_from_civil(y, m, d)))
    })
}

fn stems<'a>(words: &'a [super::normalize::Word<'a>]) -> impl Iterator<Item = String> + 'a {
    words.iter().filter(|w| !w.stop && w.stem.len() > 2).map(|w| w.stem.to_string())
}

fn card(doc: &Prepared) -> Card {
    let a = doc.article;
    let title: BTreeSet<String> = match &a.title {
        Some(t) => stems(&super::normalize::words(&t.text)).collect(),
        None => doc.words.first().map(|w| stems(w).collect()).unwrap_or_default(),
    };
    let lead: BTreeSet<String> =
        doc.words.iter().take(LEAD_SENTENCES).flat_map(|w| stems(w)).collect();
    let (people, lead_people, named) = participant_keys(a);
    let end = lead_end(a);
    let lead_orgs = a
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .filter(|e| e.mentions.iter().any(|m| m.span.start < end))
        .map(|e| e.name.to_lowercase())
        .collect();
    let (mut days, mut lead_days, mut lead_weekdays) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for d in a.dates.iter().filter(|d| d.sentence.is_some_and(|s| s < LEAD_SENTENCES)) {
        if let Some(w) = weekday_named(d.resolved.as_deref(), &d.text) {
            lead_weekdays.insert(w);
        }
    }
    for d in &a.dates {
        if let Some(day) = day_named(d.resolved.as_deref(), &d.text) {
            days.insert(day);
            if d.sentence.is_some_and(|s| s < LEAD_SENTENCES) {
                lead_days.insert(day);
            }
        }
    }
    let published = a.published.as_ref().and_then(|p| {
        let y: i64 = p.iso.get(0..4)?.parse().ok()?;
        let m: i64 = p.iso.get(5..7)?.parse().ok()?;
        let d: i64 = p.iso.get(8..10)?.parse().ok()?;
        Some(y * 372 + m * 31 + d)
    });
    let (mut capitalised, mut names) = (BTreeSet::new(), BTreeSet::new());
    let title_words =
        a.title.as_ref().map(|t| super::normalize::words(&t.text)).unwrap_or_default();
    for sentence in std::iter::once(&title_words).chain(&doc.words) {
        for (k, w) in sentence.iter().enumerate() {
            let first = w.raw.chars().next().unwrap_or(' ');
            if first.is_uppercase() {
                capitalised.insert(w.raw.to_lowercase());
                if k > 0 && !w.stop {
                    names.insert(w.raw.to_lowercase());
                }
            } else if w.raw.chars().filter(char::is_ascii_digit).count() >= 2 {
                names.insert(w.raw.to_string());
            }
        }
    }
    let principal = a
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.mentions.len() >= 2)
        .max_by(|x, y| {
            x.mentions.len().cmp(&y.mentions.len()).then(
                y.mentions
                    .first()
                    .map(|m| m.span.start)
                    .cmp(&x.mentions.first().map(|m| m.span.start)),
            )
        })
        .and_then(|e| surname(&e.name));
    Card {
        title,
        lead,
        people,
        lead_people,
        named,
        lead_orgs,
        days,
        lead_days,
        lead_weekdays,
        published,
        capitalised,
        names,
        principal,
    }
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let shared = a.intersection(b).count();
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// Shared members over the smaller set (0 when either is empty).
fn overlap<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    let small = a.len().min(b.len());
    if small == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / small as f64
    }
}

/// Whether some day of `a` is within a day of some day of `b`.
fn days_meet(a: &BTreeSet<u32>, b: &BTreeSet<u32>) -> bool {
    a.iter().any(|&d| b.range(d.saturating_sub(1)..=d + 1).next().is_some())
}

/// How many of the people each lead names the other article never names:
/// the mean over both directions of that share (a lead naming no one
/// counts 0). Two reports of one event name the same principals early; two
/// events of one kind name different ones.
pub fn lead_people_missing(
    lead_a: &BTreeSet<String>,
    text_b: &BTreeSet<String>,
    lead_b: &BTreeSet<String>,
    text_a: &BTreeSet<String>,
) -> f64 {
    (1.0 - people_found(lead_a, text_b)) * !lead_a.is_empty() as u8 as f64 / 2.0
        + (1.0 - people_found(lead_b, text_a)) * !lead_b.is_empty() as u8 as f64 / 2.0
}

/// Share of `people` (surnames) that the other article names anywhere
/// (0 when there are none).
fn people_found(people: &BTreeSet<String>, other: &BTreeSet<String>) -> f64 {
    if people.is_empty() {
        0.0
    } else {
        people.iter().filter(|p| other.contains(*p)).count() as f64 / people.len() as f64
    }
}

/// The person either article is mostly about is not named in the other at
/// all: two events of one kind with different principals ("Jackson
/// arrested" against "Williams arrested"; one official's call against
/// another's).
pub fn principal_absent(a: &Card, b: &Card) -> bool {
    let missing =
        |x: &Card, y: &Card| x.principal.as_ref().is_some_and(|p| !y.capitalised.contains(p));
    missing(a, b) || missing(b, a)
}

/// The leads name weekdays, and none in common: "on Thursday" against "on
/// Friday" are two different days whatever the dates, and need none.
fn lead_weekdays_differ(a: &Card, b: &Card) -> bool {
    !a.lead_weekdays.is_empty()
        && !b.lead_weekdays.is_empty()
        && a.lead_weekdays.is_disjoint(&b.lead_weekdays)
}

/// The days the leads name differ: both leads name a day, and neither
/// lead's days fall within a day of any day the other article names.
fn lead_days_differ(a: &Card, b: &Card) -> bool {
    !a.lead_days.is_empty()
        && !b.lead_days.is_empty()
        && !days_meet(&a.lead_days, &b.days)
        && !days_meet(&b.lead_days, &a.days)
}

fn features(
    a: &Card,
    b: &Card,
    (cosine, relative): (f64, f64),
    share: f64,
    quantities: usize,
) -> [f64; FEATURES] {
    let apart = match (a.published, b.published) {
        (Some(x), Some(y)) => Some((x - y).abs()),
        _ => None,
    };
    let within_days = apart.map_or(0.0, |d| (1.0 - d as f64 / 3.0).max(0.0));
    [
        cosine,
        share,
        jaccard(&a.title, &b.title),
        jaccard(&a.lead, &b.lead),
        (people_found(&a.people, &b.capitalised) + people_found(&b.people, &a.capitalised)) / 2.0,
        lead_people_missing(&a.lead_people, &b.capitalised, &b.lead_people, &a.capitalised),
        overlap(&a.named, &b.named),
        quantities.min(3) as f64 / 3.0,
        days_meet(&a.days, &b.days) as u8 as f64,
        lead_days_differ(a, b) as u8 as f64,
        within_days,
        relative,
        principal_absent(a, b) as u8 as f64,
        overlap(&a.names, &b.names),
        lead_weekdays_differ(a, b) as u8 as f64,
    ]
}

/// Share of the shorter article's sentences that align with the other's,
/// for every pair with an alignment.
fn aligned_shares(
    docs: &[Prepared],
    alignments: &[Alignment],
) -> HashMap<(usize, usize), f64, FnvBuild> {
    let mut aligned: HashMap<(usize, usize), BTreeSet<(usize, usize)>, FnvBuild> =
        HashMap::default();
    for al in alignments {
        let e = aligned.entry((al.a.article, al.b.article)).or_default();
        e.insert((0, al.a.sentence));
        e.insert((1, al.b.sentence));
    }
    aligned
        .iter()
        .map(|(&(i, j), sents)| {
            let in_i = sents.iter().filter(|s| s.0 == 0).count() as f64;
            let in_j = sents.iter().filter(|s| s.0 == 1).count() as f64;
            let ni = docs[i].article.sentences.len().max(1) as f64;
            let nj = docs[j].article.sentences.len().max(1) as f64;
            ((i, j), (in_i / ni).max(in_j / nj).min(1.0))
        })
        .collect()
}

/// For each pair of articles, how many quantities (figure keys, or resolved
/// days) both report. Keys reported by very many articles are skipped, so
/// the cost stays linear.
fn shared_quantities(figures: &[Figure]) -> HashMap<(usize, usize), usize, FnvBuild> {
    let mut by_key: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for f in figures.iter().filter(|f| !f.key.is_empty()) {
        let key = f.resolved.as_ref().map(|r| format!("date {r}")).unwrap_or_else(|| f.key.clone());
        by_key.entry(key).or_default().insert(f.article);
    }
    let mut out = HashMap::default();
    for articles in by_key.values().filter(|a| a.len() <= 32) {
        let list: Vec<usize> = articles.iter().copied().collect();
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                *out.entry((i, j)).or_insert(0) += 1;
            }
        }
    }
    out
}

/// The features of every candidate pair (i < j), with the old hand rule's
/// ingredients beside them: (cosine, aligned share, shared quantities).
pub struct Pairs {
    pub features: BTreeMap<(usize, usize), [f64; FEATURES]>,
    /// Whether the two articles share a participant a thread can follow: a
    /// person, or an organisation both leads name.
    pub shared_participant: BTreeMap<(usize, usize), bool>,
    /// ½·aligned share + ½·cosine + 0.1 per shared quantity (up to three):
    /// how loosely related two articles are, for threads.
    pub relatedness: BTreeMap<(usize, usize), f64>,
}

/// Scores every candidate pair: cosine at least [`MIN_COSINE`], or aligned
/// sentences, or a shared quantity.
pub fn pairs(
    docs: &[Prepared],
    matrix: &[Vec<f64>],
    alignments: &[Alignment],
    figures: &[Figure],
) -> Pairs {
    let cards: Vec<Card> = docs.iter().map(card).collect();
    let shares = aligned_shares(docs, alignments);
    let quantities = shared_quantities(figures);
    let mut candidates: BTreeSet<(usize, usize)> =
        shares.keys().chain(quantities.keys()).copied().collect();
    for (i, row) in matrix.iter().enumerate() {
        for (j, &c) in row.iter().enumerate().skip(i + 1) {
            if c >= MIN_COSINE {
                candidates.insert((i, j));
            }
        }
    }
    // Each article's highest cosine with another: a pair's cosine relative
    // to these does not depend on how many articles are compared at once.
    let best: Vec<f64> = matrix
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, &c)| c).fold(0.0, f64::max)
        })
        .collect();
    let mut out = Pairs {
        features: BTreeMap::new(),
        shared_participant: BTreeMap::new(),
        relatedness: BTreeMap::new(),
    };
    for (i, j) in candidates {
        let share = shares.get(&(i, j)).copied().unwrap_or(0.0);
        let q = quantities.get(&(i, j)).copied().unwrap_or(0);
        let (a, b) = (&cards[i], &cards[j]);
        let nearest = (best[i] * best[j]).sqrt();
        let relative = if nearest > 0.0 { (matrix[i][j] / nearest).min(1.0) } else { 0.0 };
        out.features.insert((i, j), features(a, b, (matrix[i][j], relative), share, q));
        let shared = !a.people.is_disjoint(&b.people) || !a.lead_orgs.is_disjoint(&b.lead_orgs);
        out.shared_participant.insert((i, j), shared);
        out.relatedness.insert((i, j), 0.5 * share + 0.5 * matrix[i][j] + 0.1 * q.min(3) as f64);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &[&str]) -> BTreeSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn surnames_drop_suffixes_and_initials() {
        assert_eq!(surname("Marta J. Olsen III").as_deref(), Some("olsen"));
        assert_eq!(surname("Teodor Vance Jr.").as_deref(), Some("vance"));
    }

    #[test]
    fn lead_people_missing_counts_principals_the_other_never_names() {
        // One lead names Okafor and Brandt; the other article names only Okafor.
        let lead_a = set(&["okafor", "brandt"]);
        let text_b = set(&["okafor", "harbour"]);
        let (lead_b, text_a) = (set(&["okafor"]), set(&["okafor", "brandt"]));
        assert_eq!(lead_people_missing(&lead_a, &text_b, &lead_b, &text_a), 0.25);
        // Two arrests of one kind with different players: nobody matches.
        let missing = lead_people_missing(
            &set(&["lindqvist"]),
            &set(&["rovers"]),
            &set(&["mbeki"]),
            &set(&["rovers"]),
        );
        assert_eq!(missing, 1.0);
        // A lead naming no one says nothing.
        assert_eq!(lead_people_missing(&set(&[]), &text_b, &set(&[]), &text_a), 0.0);
    }

    #[test]
    fn weekdays_are_read_from_words_or_resolved_days() {
        assert_eq!(weekday_named(None, "on Thursday"), Some(3));
        // 2031-03-14 is a Friday.
        assert_eq!(weekday_named(Some("2031-03-14"), "March 14"), Some(4));
        assert_eq!(weekday_named(None, "14 March"), None);
    }

    #[test]
    fn days_named_without_a_year_meet_resolved_ones() {
        assert_eq!(day_named(None, "19 May"), day_named(Some("2031-05-19"), "May 19"));
        assert_ne!(day_named(None, "13 May"), day_named(None, "19 May"));
        assert!(days_meet(&[5 * 31 + 19].into(), &[5 * 31 + 20].into()));
        assert!(!days_meet(&[5 * 31 + 13].into(), &[5 * 31 + 19].into()));
    }
}
