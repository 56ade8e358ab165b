//! Quotes and speakers on PolNeAR (`../shared/corpora/polnear`, see its
//! README): whole articles rebuilt from the paragraphs, parsed as text, our
//! quotes matched to the gold quotes by span (both in UTF-16 units of the
//! article text).
//!
//! - **Found**: a gold quote is found when one of our quotes covers at
//!   least half of its inner text (the words between the marks). Of several,
//!   the one that covers most is its match.
//! - **Named**: a non-mixed gold quote whose speaker is annotated in its
//!   paragraph and is not a pronoun. Right when our matching quote's speaker
//!   matches by [`crate::speakers::loose_match`]; a quote not found, or found
//!   without a speaker, is wrong.
//! - **Pronoun**: the annotated speaker is a pronoun. PolNeAR has no
//!   coreference, and `article_speaker` holds the same pronoun, so there is
//!   nothing to score against: only what we gave is counted.
//! - **Elsewhere**: no speaker in the paragraph, a named `article_speaker`
//!   elsewhere in the article; scored like named quotes, apart.
//! - **Unattributed**: neither `speaker` nor `article_speaker`; we should give
//!   no speaker, and giving one is counted as spurious.
//! - Our quotes on `other_quoted` spans (scare quotes, titles, missed
//!   annotations) count as neither right nor wrong; our quotes on neither a
//!   gold quote nor such a span are counted as extra.
#![allow(dead_code)]

use crate::corpora::{PolArticle, PolQuote};
use crate::report::{of, of_padded, Section, Target};
use crate::speakers::loose_match;
use parallax::model::{InputFormat, ParseOptions, Span};
use parallax::Utf16Index;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Our quote as the scorer sees it: a UTF-16 span and a speaker.
#[derive(Debug, Clone)]
pub struct Ours {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
}

/// How a gold quote's speaker is annotated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gold {
    Named,
    Pronoun,
    Elsewhere,
    Unattributed,
}

pub fn gold_kind(q: &PolQuote) -> Gold {
    match (&q.speaker, &q.article_speaker) {
        (Some(_), _) if q.speaker_is_pronoun => Gold::Pronoun,
        (Some(_), _) => Gold::Named,
        (None, Some(_)) => Gold::Elsewhere,
        (None, None) => Gold::Unattributed,
    }
}

/// One gold quote and what we made of it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub quote: usize,
    pub kind: Gold,
    pub mixed: bool,
    /// `None` when no quote of ours covers it; else our speaker.
    pub ours: Option<Option<String>>,
    /// For named and elsewhere quotes: our speaker matches.
    pub right: bool,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Whether a span of ours covers at least half of the gold inner text (an
/// empty gold span is covered when ours contains its position).
pub fn covers(ours: (usize, usize), gold: (usize, usize)) -> bool {
    let len = gold.1.saturating_sub(gold.0);
    if len == 0 {
        return ours.0 <= gold.0 && gold.0 <= ours.1;
    }
    2 * overlap(ours, gold) >= len
}

/// Every gold quote of one article against our quotes; and our quotes that
/// lie on no gold quote.
pub fn score_article(gold: &PolArticle, ours: &[Ours]) -> (Vec<Outcome>, Unscored) {
    let mut out = Vec::new();
    for (k, q) in gold.quotes.iter().enumerate() {
        let span = (q.start, q.end);
        let best = (0..ours.len())
            .filter(|&i| covers((ours[i].start, ours[i].end), span))
            .max_by_key(|&i| (overlap((ours[i].start, ours[i].end), span), usize::MAX - i));
        let kind = gold_kind(q);
        let ours_speaker = best.map(|i| ours[i].speaker.clone());
        let name = match kind {
            Gold::Named => q.speaker.as_deref(),
            Gold::Elsewhere => q.article_speaker.as_deref(),
            _ => None,
        };
        let right = match (name, &ours_speaker) {
            (Some(g), Some(Some(s))) => loose_match(s, g),
            _ => false,
        };
        out.push(Outcome { quote: k, kind, mixed: q.mixed, ours: ours_speaker, right });
    }
    let mut tally = Unscored::default();
    for o in ours {
        let on = |s: (usize, usize)| overlap((o.start, o.end), s) > 0;
        if gold.quotes.iter().any(|q| on((q.start, q.end))) {
            continue;
        }
        if gold.other_quoted.iter().any(|&s| on(s)) {
            tally.on_other += 1;
            tally.on_other_with_speaker += o.speaker.is_some() as usize;
        } else {
            tally.extra += 1;
        }
    }
    (out, tally)
}

/// Our quotes that no gold quote scores: on `other_quoted` spans (neither
/// right nor wrong; how many we gave a speaker), or on nothing (extra).
#[derive(Debug, Clone, Copy, Default)]
pub struct Unscored {
    pub on_other: usize,
    pub on_other_with_speaker: usize,
    pub extra: usize,
}

/// Counts over a split (or one outlet, or one kind of mark).
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub quotes: usize,
    pub found: usize,
    pub non_mixed: usize,
    pub non_mixed_found: usize,
    pub named: usize,
    pub named_found: usize,
    pub named_right: usize,
    pub pronoun: usize,
    pub pronoun_found: usize,
    pub pronoun_given: usize,
    pub elsewhere: usize,
    pub elsewhere_right: usize,
    pub unattributed: usize,
    pub unattributed_given: usize,
    pub unscored: Unscored,
}

impl Counts {
    /// Adds one outcome. Speaker figures are over non-mixed quotes, except
    /// for unattributed quotes, which are few and all count.
    pub fn add(&mut self, o: &Outcome) {
        let found = o.ours.is_some();
        let given = matches!(o.ours, Some(Some(_)));
        self.quotes += 1;
        self.found += found as usize;
        if o.kind == Gold::Unattributed {
            self.unattributed += 1;
            self.unattributed_given += given as usize;
        }
        if o.mixed {
            return;
        }
        self.non_mixed += 1;
        self.non_mixed_found += found as usize;
        match o.kind {
            Gold::Named => {
                self.named += 1;
                self.named_found += found as usize;
                self.named_right += o.right as usize;
            }
            Gold::Pronoun => {
                self.pronoun += 1;
                self.pronoun_found += found as usize;
                self.pronoun_given += given as usize;
            }
            Gold::Elsewhere => {
                self.elsewhere += 1;
                self.elsewhere_right += o.right as usize;
            }
            Gold::Unattributed => {}
        }
    }
}

/// The quotation mark a gold quote opens with, as PolNeAR's outlets write
/// them: curly, straight, or two apostrophes (the New York Times' copy).
pub fn mark_of(text16: &[u16], start: usize) -> &'static str {
    let before = |k: usize| start.checked_sub(k).and_then(|i| text16.get(i)).copied();
    match (before(2), before(1)) {
        (Some(0x27), Some(0x27)) => "''",
        (_, Some(0x201C)) | (_, Some(0x201D)) => "curly",
        (_, Some(0x22)) => "straight",
        _ => "other",
    }
}

/// One split parsed and scored.
pub struct Split {
    pub name: String,
    pub articles: Vec<PolArticle>,
    /// Per article: our quotes and the outcome of each gold quote.
    pub ours: Vec<Vec<Ours>>,
    pub outcomes: Vec<Vec<Outcome>>,
    pub all: Counts,
    pub by_outlet: BTreeMap<String, Counts>,
    pub by_mark: BTreeMap<&'static str, Counts>,
}

/// Parses every article of `split` as text and scores it.
pub fn run(shared: &Path, split: &str) -> Option<Split> {
    let articles = crate::corpora::polnear(shared, split)?;
    let options = ParseOptions { format: InputFormat::Text, ..Default::default() };
    let mut out = Split {
        name: split.into(),
        articles: Vec::new(),
        ours: Vec::new(),
        outcomes: Vec::new(),
        all: Counts::default(),
        by_outlet: BTreeMap::new(),
        by_mark: BTreeMap::new(),
    };
    for gold in articles {
        let parsed = parallax::parse(&gold.text, &options).expect("PolNeAR article parses");
        let ours: Vec<Ours> = parsed
            .quotes
            .iter()
            .map(|q| Ours { start: q.span.start, end: q.span.end, speaker: q.speaker.clone() })
            .collect();
        let (outcomes, unscored) = score_article(&gold, &ours);
        let text16: Vec<u16> = gold.text.encode_utf16().collect();
        for o in &outcomes {
            out.all.add(o);
            out.by_outlet.entry(gold.outlet.clone()).or_default().add(o);
            out.by_mark.entry(mark_of(&text16, gold.quotes[o.quote].start)).or_default().add(o);
        }
        for c in [&mut out.all, out.by_outlet.entry(gold.outlet.clone()).or_default()] {
            c.unscored.on_other += unscored.on_other;
            c.unscored.on_other_with_speaker += unscored.on_other_with_speaker;
            c.unscored.extra += unscored.extra;
        }
        out.articles.push(gold);
        out.ours.push(ours);
        out.outcomes.push(outcomes);
    }
    Some(out)
}

/// The headline figures of a split, one line each.
fn split_lines(s: &Split, label: &str) -> Vec<String> {
    let c = &s.all;
    vec![
        format!(
            "{label}: {} articles, {} gold quotes ({} non-mixed)",
            s.articles.len(),
            c.quotes,
            c.non_mixed
        ),
        format!(
            "  quotes found (ours covers ≥50% of the inner text): non-mixed {}, all {}",
            of(c.non_mixed_found, c.non_mixed),
            of(c.found, c.quotes)
        ),
        format!(
            "  speaker right, non-mixed with a named speaker: {}; not found {}, found but wrong {}",
            of(c.named_right, c.named),
            c.named - c.named_found,
            c.named_found - c.named_right
        ),
        format!(
            "  pronoun speakers (non-mixed, unscored): {}, found {}, we named someone for {}, no one for {}",
            c.pronoun,
            c.pronoun_found,
            c.pronoun_given,
            c.pronoun_found - c.pronoun_given
        ),
        format!(
            "  speaker only in another paragraph (non-mixed): right {} of {}",
            c.elsewhere_right, c.elsewhere
        ),
        format!(
            "  speaker given where none is annotated (all quotes): {}",
            of(c.unattributed_given, c.unattributed)
        ),
        format!(
            "  our quotes on no gold quote: {} on other_quoted spans (unscored; {} with a speaker), {} on nothing annotated",
            c.unscored.on_other, c.unscored.on_other_with_speaker, c.unscored.extra
        ),
    ]
}

fn counts_json(c: &Counts) -> Value {
    serde_json::json!({
        "quotes": c.quotes, "found": c.found,
        "non_mixed": c.non_mixed, "non_mixed_found": c.non_mixed_found,
        "named": c.named, "named_found": c.named_found, "named_right": c.named_right,
        "pronoun": c.pronoun, "pronoun_found": c.pronoun_found, "pronoun_given": c.pronoun_given,
        "elsewhere": c.elsewhere, "elsewhere_right": c.elsewhere_right,
        "unattributed": c.unattributed, "unattributed_given": c.unattributed_given,
        "on_other_quoted": c.unscored.on_other,
        "on_other_quoted_with_speaker": c.unscored.on_other_with_speaker,
        "extra": c.unscored.extra,
    })
}

/// The PolNeAR section: dev (the headline), by outlet and by mark, then
/// train labelled as the fit set.
pub fn section(dev: &Split, train: Option<&Split>) -> Section {
    let mut s = Section::new(
        "polnear",
        "PolNeAR: quotes and speakers (dev is the headline; train is the fit set)",
    );
    s.lines.extend(split_lines(dev, "dev"));
    s.line("  by outlet (non-mixed found; named speaker right):");
    for (outlet, c) in &dev.by_outlet {
        let (found, right) =
            (of_padded(c.non_mixed_found, c.non_mixed), of_padded(c.named_right, c.named));
        s.line(format!("    {outlet:<32} found {found}  right {right}"));
    }
    s.line("  by opening mark (all quotes found; non-mixed named speaker right):");
    for (mark, c) in &dev.by_mark {
        let (found, right) = (of_padded(c.found, c.quotes), of_padded(c.named_right, c.named));
        s.line(format!("    {mark:<10} found {found}  right {right}"));
    }
    s.put("dev", counts_json(&dev.all));
    let outlets: serde_json::Map<String, Value> =
        dev.by_outlet.iter().map(|(k, c)| (k.clone(), counts_json(c))).collect();
    s.put("dev_by_outlet", Value::Object(outlets));
    let marks: serde_json::Map<String, Value> =
        dev.by_mark.iter().map(|(k, c)| (k.to_string(), counts_json(c))).collect();
    s.put("dev_by_mark", Value::Object(marks));
    if let Some(train) = train {
        s.lines.extend(split_lines(train, "train (fit set)"));
        s.put("train_fit_set", counts_json(&train.all));
    }
    let c = &dev.all;
    let (named, found) = ((c.named_right, c.named), (c.non_mixed_found, c.non_mixed));
    s.targets.push(Target::share_at_least("PolNeAR dev speaker accuracy", named.0, named.1, 0.90));
    s.targets.push(Target::share_at_least(
        "PolNeAR dev quotes found (non-mixed)",
        found.0,
        found.1,
        0.97,
    ));
    let (given, none) = (c.unattributed_given, c.unattributed);
    s.targets.push(Target::share_at_most("PolNeAR dev spurious speaker", given, none, 0.10));
    s
}

/// `text` from `start - before` to `start + after` UTF-16 units, on one line.
pub fn context(text: &str, start: usize, before: usize, after: usize) -> String {
    let index = Utf16Index::new(text);
    let from = start.saturating_sub(before);
    let range = index.bytes(Span::new(from, start + after));
    text[range].replace(['\n', '\r'], " ")
}

/// Every dev quote scored wrong: named or elsewhere quotes missed or given
/// the wrong speaker, and unattributed quotes given a speaker.
pub fn errors(dev: &Split) -> Vec<String> {
    let mut out = vec![format!(
        "PolNeAR {}: quotes scored wrong (article | gold speaker | ours | outlet | context)",
        dev.name
    )];
    for (a, outcomes) in dev.articles.iter().zip(&dev.outcomes) {
        for o in outcomes.iter().filter(|o| !o.mixed || o.kind == Gold::Unattributed) {
            let q = &a.quotes[o.quote];
            let wrong = match o.kind {
                Gold::Named | Gold::Elsewhere => !o.right,
                Gold::Unattributed => matches!(o.ours, Some(Some(_))),
                Gold::Pronoun => false,
            };
            if !wrong {
                continue;
            }
            let gold = q.speaker.as_deref().or(q.article_speaker.as_deref()).unwrap_or("(none)");
            let ours = match &o.ours {
                None => "(quote not found)".to_string(),
                Some(None) => "(no speaker)".to_string(),
                Some(Some(s)) => s.clone(),
            };
            out.push(format!(
                "{} | {} | {} | {} | {}",
                a.article,
                gold.trim(),
                ours,
                a.outlet,
                context(&a.text, q.start, 30, 50)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpora::PolQuote;

    fn gold_quote(start: usize, end: usize, speaker: Option<&str>, pronoun: bool) -> PolQuote {
        PolQuote {
            text: String::new(),
            start,
            end,
            speaker: speaker.map(str::to_string),
            speaker_is_pronoun: pronoun,
            article_speaker: speaker.map(str::to_string),
            mixed: false,
            unclosed: false,
        }
    }

    fn ours(start: usize, end: usize, speaker: Option<&str>) -> Ours {
        Ours { start, end, speaker: speaker.map(str::to_string) }
    }

    /// A PolNeAR-shaped article with a right, a wrong, a missed, a pronoun
    /// and an unattributed quote, a scare quote, and one stray quote of ours.
    #[test]
    fn a_tiny_article_scores_as_worked_by_hand() {
        let article = PolArticle {
            article: "a".into(),
            outlet: "o".into(),
            text: String::new(),
            paragraph_starts: vec![0],
            quotes: vec![
                gold_quote(0, 10, Some("Sen. Ann Lee,"), false), // ours "Lee": right
                gold_quote(20, 30, Some("Bo Park"), false),      // ours "Ann Lee": wrong
                gold_quote(40, 50, Some("Cy Dunn"), false),      // ours covers 4 of 10: missed
                gold_quote(60, 70, Some("she"), true),           // pronoun, ours "Ann Lee"
                gold_quote(80, 90, None, false),                 // unattributed, ours "Bo Park"
            ],
            other_quoted: vec![(100, 110)],
        };
        let ours = vec![
            ours(0, 10, Some("Lee")),
            ours(19, 31, Some("Ann Lee")),
            ours(46, 50, Some("Cy Dunn")),
            ours(60, 70, Some("Ann Lee")),
            ours(80, 90, Some("Bo Park")),
            ours(100, 110, Some("X")), // on other_quoted: neither
            ours(120, 130, None),      // on nothing: extra
        ];
        let (outcomes, unscored) = score_article(&article, &ours);
        let mut c = Counts::default();
        outcomes.iter().for_each(|o| c.add(o));
        assert_eq!((c.named, c.named_found, c.named_right), (3, 2, 1));
        assert_eq!((c.pronoun, c.pronoun_found, c.pronoun_given), (1, 1, 1));
        assert_eq!((c.unattributed, c.unattributed_given), (1, 1));
        assert_eq!((c.quotes, c.found, c.non_mixed_found), (5, 4, 4));
        assert_eq!((unscored.on_other, unscored.on_other_with_speaker, unscored.extra), (1, 1, 1));
        assert_eq!(outcomes[2].ours, None, "4 of 10 units is under half");
    }

    #[test]
    fn covering_means_half_of_the_gold_inner_text() {
        assert!(covers((0, 5), (0, 10)));
        assert!(!covers((0, 4), (0, 10)));
        assert!(covers((0, 100), (40, 50)));
        assert!(covers((3, 7), (5, 5)));
    }

    #[test]
    fn marks_are_told_apart() {
        let text: Vec<u16> = "a ''b'' \"c\" “d”".encode_utf16().collect();
        assert_eq!(mark_of(&text, 4), "''");
        assert_eq!(mark_of(&text, 9), "straight");
        assert_eq!(mark_of(&text, 13), "curly");
    }
}
