//! Day conflicts: articles of one event that give different days for the
//! same happening ("was arrested on Monday" against "arrested on Tuesday",
//! "ran aground on May 3" against "on May 4"), each day as the parser
//! resolved it against its own article's publication date.
//!
//! A day belongs to the happening its clause names: the words just before
//! it back to the clause's start ("a fire swept through a warehouse at the
//! docks on Monday"), or, for a clause that opens on the day ("On Monday,
//! police arrested…"), the words just after it ([`happening_words`]). Two
//! days of different articles are one happening's when the nearest word of
//! one is among the other's words, or they share [`MIN_SHARED_WORDS`]
//! words ([`same_happening`]): the arrest and the court hearing, or the
//! crash and the driver's questioning, share none. Left out: a day of
//! saying ("police said on Tuesday", [`STATEMENT_VERBS`]), a dateline day
//! ([`is_dateline`]), one more happening of a kind ("a second suspect",
//! [`ANOTHER_WORDS`]), a happening whose day the article says changed
//! ([`RESCHEDULE_WORDS`]), days more than [`MAX_DAY_GAP`] apart (another
//! happening under the same words), and an article that gives one
//! happening two days itself (it is telling two happenings apart).

use super::normalize::Word;
use super::union_find::UnionFind;
use super::Prepared;
use crate::lexicon::calendar::{month_of, WEEKDAY_NAMES};
use crate::lexicon::happenings::{ANOTHER_WORDS, RESCHEDULE_WORDS, STATEMENT_VERBS};
use crate::model::{Discrepancy, ReportedValue};

/// How many content words on one side of a day stand for its happening.
const WINDOW: usize = 5;

/// Two days share this many happening words to be one happening's, when
/// neither's nearest word is among the other's.
pub const MIN_SHARED_WORDS: usize = 2;

/// Days further apart than this are not two reports of one happening's day
/// but two happenings under the same words (an arrest in May and another in
/// January). A weekday name read against the wrong week, or a day slipped
/// across midnight or a time zone, stays within a week.
pub const MAX_DAY_GAP: i64 = 7;

/// At most this many days of one article are looked at: an article states
/// its happenings' days early, and a long article repeating dates
/// thousands of times must not make the comparison quadratic.
const MAX_DAYS_PER_ARTICLE: usize = 64;

/// At most this many of an article's dates are looked at (each looks
/// through its sentence's other dates): "today" repeated through a long
/// article must cost no more than its first few hundred.
const MAX_DATES_LOOKED_AT: usize = 512;

/// At most this many days of one event may share a word for the word to
/// pair them ([`conflicts`]).
const MAX_DAYS_PER_WORD: usize = 256;

/// A day of one article tied to a happening.
#[derive(Debug, Clone)]
struct Day<'a> {
    article: usize,
    item: usize,
    sentence: usize,
    day: i64,
    /// The happening's words (stems), nearest first.
    words: Vec<&'a str>,
    /// The nearest verb among the words ("arrested", "will appear").
    verb: Option<&'a str>,
    /// The happening's word as written, for the label ("arrested").
    name: &'a str,
    /// Whether the happening's day is said to have changed.
    rescheduled: bool,
}

/// Whether two days can be set against each other, and differ: they are
/// at most [`MAX_DAY_GAP`] apart (`None` beyond).
fn differ_nearby(x: i64, y: i64) -> Option<bool> {
    ((x - y).abs() <= MAX_DAY_GAP).then_some(x != y)
}

/// Whether a word is a calendar word (a weekday or month name), part of
/// the day itself rather than of its happening.
fn is_calendar(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    month_of(raw).is_some() || WEEKDAY_NAMES.iter().any(|w| w.eq_ignore_ascii_case(&lower))
}

/// A word that can name a happening: a content word written in lower case
/// (names are who and where, not what happened), not a number or a
/// calendar word.
fn is_happening_word(w: &Word) -> bool {
    !w.stop
        && w.raw.chars().next().is_some_and(|c| c.is_lowercase())
        && w.raw.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !w.raw.chars().any(|c| c.is_ascii_digit())
        && !is_calendar(w.raw)
}

/// Whether a date's words name a day: a weekday, a month with a day, or
/// "yesterday"; not "today" (the report's own day), "two weeks ago" or
/// "last week". Not a date written as a noun's modifier ("Thursday's
/// sentencing"): it names the noun, another happening than the clause's.
fn names_a_day(text: &str) -> bool {
    if text.contains("'s") || text.contains("’s") {
        return false;
    }
    let words: Vec<&str> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let weekday = words.iter().any(|w| WEEKDAY_NAMES.iter().any(|d| d.eq_ignore_ascii_case(w)));
    let month_day = words.iter().any(|w| month_of(w).is_some())
        && words
            .iter()
            .any(|w| w.len() <= 2 && w.parse::<u32>().is_ok_and(|v| (1..=31).contains(&v)));
    weekday || month_day || words.iter().any(|w| w.eq_ignore_ascii_case("yesterday"))
}

/// Whether the day is written as a modifier after an article ("a Tuesday
/// news conference", "the Saturday shooting", "a Friday afternoon"): it
/// names what follows, not the clause's happening.
fn after_an_article(text: &str, at: &std::ops::Range<usize>) -> bool {
    let before = text.get(..at.start).unwrap_or("").trim_end();
    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(last.to_ascii_lowercase().as_str(), "a" | "an" | "the")
}

/// Words after which the next content word is a verb ("will appear",
/// "was arrested", "to resume").
const AUXILIARIES: &[&str] = &[
    "will", "would", "was", "were", "is", "are", "be", "been", "being", "to", "has", "have", "had",
    "did", "could", "may", "might", "shall", "should", "can",
];

/// Past forms that do not end in "-ed", for the verbs news reports days
/// with.
const IRREGULAR_PAST: &[&str] = &[
    "swept", "ran", "left", "hit", "struck", "fell", "broke", "began", "took", "came", "went",
    "shot", "made", "held", "set", "sank", "caught", "stole", "fled", "led", "met", "won", "lost",
    "gave", "found", "sent", "spent", "paid", "sold", "bought", "brought", "built", "blew",
    "burned", "burnt", "drove", "flew", "froze", "rose", "spoke", "stood", "threw", "wore",
    "wrote", "quit",
];

/// Whether word `i` of `words` reads as a verb: a past form ("-ed", or
/// [`IRREGULAR_PAST`]) or a word after an auxiliary ("will appear").
fn is_verb(words: &[Word], i: usize) -> bool {
    let raw = words[i].raw.to_lowercase();
    (raw.len() > 4 && raw.ends_with("ed"))
        || IRREGULAR_PAST.contains(&raw.as_str())
        || i.checked_sub(1)
            .is_some_and(|p| AUXILIARIES.contains(&words[p].raw.to_lowercase().as_str()))
}

/// Whether text between two words ends a clause.
fn breaks_clause(between: &str) -> bool {
    between.contains([',', ';', ':', '(', ')', '—', '–']) || between.contains(" - ")
}

/// The happening of a day at bytes `at` of sentence `text` with words
/// `words`: up to [`WINDOW`] happening words before it, back to the
/// clause's start or another day; when there are none, up to [`WINDOW`]
/// after it, to the clause's end or another day. `None` for a day of
/// saying. The bool says whether a word of [`RESCHEDULE_WORDS`] is among
/// the clause's words.
fn happening_words<'a>(
    text: &str,
    words: &'a [Word<'a>],
    at: std::ops::Range<usize>,
    other_days: &[std::ops::Range<usize>],
) -> Option<Happening<'a>> {
    let in_other_day = |w: &Word| other_days.iter().any(|r| w.start < r.end && r.start < w.end);
    let before: Vec<(usize, &Word)> =
        words.iter().enumerate().filter(|(_, w)| w.end <= at.start).collect();
    let after: Vec<(usize, &Word)> =
        words.iter().enumerate().filter(|(_, w)| w.start >= at.end).collect();
    let mut verb: Option<&'a str> = None;
    let mut name: Option<&'a str> = None;
    let mut out = Vec::new();
    let mut rescheduled = false;
    let mut edge = at.start;
    for &(i, w) in before.iter().rev() {
        if breaks_clause(text.get(w.end..edge).unwrap_or("")) || in_other_day(w) {
            break;
        }
        edge = w.start;
        let lower = w.raw.to_lowercase();
        rescheduled |= RESCHEDULE_WORDS.contains(&lower.as_str());
        if ANOTHER_WORDS.contains(&lower.as_str()) {
            return None;
        }
        // "said" is a function word for similarity, but still the verb
        // the day belongs to.
        if out.is_empty() && STATEMENT_VERBS.contains(&lower.as_str()) {
            return None;
        }
        if is_happening_word(w) {
            if out.len() < WINDOW {
                out.push(&*w.stem);
            }
            // Rule `a_day_takes_its_clauses_verb`: the verb is the
            // clause's nearest, however far back ("convicted … of child
            // sexual assault Thursday" is the conviction's day, and no
            // sentencing's "on Tuesday" meets it).
            if verb.is_none() && is_verb(words, i) {
                verb = Some(&*w.stem);
                name = Some(w.raw);
            }
        }
    }
    if out.is_empty() {
        let mut edge = at.end;
        for &(i, w) in &after {
            if breaks_clause(text.get(edge..w.start).unwrap_or("")) && !out.is_empty()
                || in_other_day(w)
            {
                break;
            }
            edge = w.end;
            let lower = w.raw.to_lowercase();
            rescheduled |= RESCHEDULE_WORDS.contains(&lower.as_str());
            if ANOTHER_WORDS.contains(&lower.as_str()) {
                return None;
            }
            // A clause opening on the day whose first verb is one of
            // saying ("On Tuesday, police said…") dates the statement.
            if verb.is_none() && STATEMENT_VERBS.contains(&lower.as_str()) {
                return None;
            }
            if is_happening_word(w) {
                out.push(&*w.stem);
                if verb.is_none() && is_verb(words, i) {
                    verb = Some(&*w.stem);
                    name = Some(w.raw);
                }
                if out.len() == WINDOW {
                    break;
                }
            }
        }
    }
    let name = name.or_else(|| {
        let first = out.first()?;
        words.iter().find(|w| &&*w.stem == first).map(|w| w.raw)
    });
    (!out.is_empty()).then_some(Happening {
        words: out,
        verb,
        name: name.unwrap_or(""),
        rescheduled,
    })
}

/// A day's happening: its words, nearest first, the nearest verb among
/// them, and whether its clause says the day changed.
struct Happening<'a> {
    words: Vec<&'a str>,
    verb: Option<&'a str>,
    /// The word that names it, as written: the verb, else the nearest word.
    name: &'a str,
    rescheduled: bool,
}

/// A dateline's day ("HALVER, March 10 (Wire) —"): in the article's first
/// sentence, with only capitalised words before it and a bracket or dash
/// after it. It dates the report, not a happening.
fn is_dateline(text: &str, words: &[Word], at: &std::ops::Range<usize>, first: bool) -> bool {
    let capitals_before = words
        .iter()
        .filter(|w| w.end <= at.start)
        .all(|w| w.raw.chars().next().is_some_and(|c| c.is_uppercase()));
    let next = text.get(at.end..).unwrap_or("").trim_start();
    first && capitals_before && next.starts_with(['(', '-', '—', '–', ':'])
}

/// Rule `a_date_in_brackets_glosses_another`: a date in brackets ("announced
/// today (14 October 2011) that…", "on Thursday (Aug. 4)") restates the day
/// word before it, whose clause it belongs to; read on its own, the bracket
/// cuts it off from that clause and ties it to the words after it.
fn in_brackets(text: &str, at: &std::ops::Range<usize>) -> bool {
    let before = text.get(..at.start).unwrap_or("").trim_end();
    let after = text.get(at.end..).unwrap_or("").trim_start();
    before.ends_with('(') && after.starts_with(')')
}

/// Each article's days tied to a happening.
fn days_of<'a>(a: usize, d: &'a Prepared) -> Vec<Day<'a>> {
    let mut out = Vec::new();
    for (item, dm) in d.article.dates.iter().enumerate().take(MAX_DATES_LOOKED_AT) {
        if out.len() == MAX_DAYS_PER_ARTICLE {
            break;
        }
        if !names_a_day(&dm.text) {
            continue;
        }
        let resolved = dm
            .resolved
            .as_deref()
            .filter(|r| r.len() == 10)
            .and_then(crate::parse::dates::parse_iso);
        let Some(day) = resolved else { continue };
        let Some(s) = dm.sentence else { continue };
        let (Some(sentence), Some(words)) = (d.article.sentences.get(s), d.words.get(s)) else {
            continue;
        };
        let base = d.index.bytes(sentence.span).start;
        let local = |span| {
            let r = d.index.bytes(span);
            r.start.saturating_sub(base)..r.end.saturating_sub(base)
        };
        let at = local(dm.span);
        let others: Vec<std::ops::Range<usize>> = d
            .article
            .dates
            .iter()
            .filter(|o| o.sentence == Some(s) && o.span != dm.span)
            .map(|o| local(o.span))
            .collect();
        if is_dateline(&sentence.text, words, &at, s == 0)
            || after_an_article(&sentence.text, &at)
            || in_brackets(&sentence.text, &at)
        {
            continue;
        }
        if let Some(h) = happening_words(&sentence.text, words, at, &others) {
            let Happening { words, verb, name, rescheduled } = h;
            out.push(Day { article: a, item, sentence: s, day, words, verb, name, rescheduled });
        }
    }
    out
}

/// Whether two days are of one happening: the nearest word of either is
/// among the other's, or they share [`MIN_SHARED_WORDS`] words; and their
/// sentences state one fact (sentence similarity at least
/// [`SAME_FACT`]), so "flights resumed on Monday" never meets
/// "operations resumed after being halted on Sunday".
fn same_happening(docs: &[Prepared], x: &Day, y: &Day) -> bool {
    let shared = x.words.iter().filter(|w| y.words.contains(w)).count();
    // Two verbs that differ are two happenings ("arrested the treasurer on
    // Monday", "the treasurer will appear in court on Friday").
    if let (Some(vx), Some(vy)) = (x.verb, y.verb) {
        if vx != vy {
            return false;
        }
    }
    let words = y.words.contains(&x.words[0])
        || x.words.contains(&y.words[0])
        || shared >= MIN_SHARED_WORDS;
    words && {
        let px = &docs[x.article].profiles[x.sentence];
        let py = &docs[y.article].profiles[y.sentence];
        px.similarity(py) >= SAME_FACT
    }
}

/// The sentence similarity two days' sentences need to be of one fact:
/// the default alignment threshold (`CompareOptions::min_alignment_score`,
/// 0.35), below MRPC's balanced decision threshold because news sentences
/// reporting one fact carry clauses of their own.
pub const SAME_FACT: f64 = 0.35;

/// The day conflicts of articles grouped into events (`event_of`): one
/// discrepancy per happening that articles of one event give different
/// days for.
pub fn conflicts(docs: &[Prepared], event_of: &[usize]) -> Vec<Discrepancy> {
    // The days of each event, by event index (an event without days pairs
    // nothing).
    let mut by_event: Vec<Vec<Day>> = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        if by_event.len() <= event_of[a] {
            by_event.resize_with(event_of[a] + 1, Vec::new);
        }
        by_event[event_of[a]].extend(days_of(a, d));
    }
    let mut out = Vec::new();
    for days in &by_event {
        let n = days.len();
        // Union-find over days of one happening in different articles.
        let mut joined = UnionFind::new(n);
        // Candidate pairs through the words they share.
        let mut keyed: Vec<(&str, usize)> = Vec::new();
        for (i, d) in days.iter().enumerate() {
            let mut words: Vec<&str> = d.words.clone();
            crate::lexicon::sort_dedup(&mut words);
            keyed.extend(words.into_iter().map(|w| (w, i)));
        }
        let by_word = crate::lexicon::group_by_key(keyed);
        // A word on very many days ("police" through a thousand reports)
        // tells no happenings apart, and pairing all its days would be
        // quadratic: such words pair nothing.
        for (_, list) in by_word.iter().filter(|(_, l)| l.len() <= MAX_DAYS_PER_WORD) {
            for (k, &i) in list.iter().enumerate() {
                for &j in &list[k + 1..] {
                    let (x, y) = (&days[i], &days[j]);
                    if x.article != y.article
                        && differ_nearby(x.day, y.day).is_some()
                        && same_happening(docs, x, y)
                    {
                        joined.union(i, j);
                    }
                }
            }
        }
        let happenings = joined.groups();
        for members in &happenings {
            if members.iter().any(|&i| days[i].rescheduled) {
                continue;
            }
            // An article giving the happening two days tells two apart.
            // (article, day), sorted and without repeats.
            let mut per_article: Vec<(usize, i64)> =
                members.iter().map(|&i| (days[i].article, days[i].day)).collect();
            crate::lexicon::sort_dedup(&mut per_article);
            if per_article.len() < 2 || per_article.windows(2).any(|w| w[0].0 == w[1].0) {
                continue;
            }
            let distinct: Vec<i64> = per_article.iter().map(|p| p.1).collect();
            let differ = distinct.iter().enumerate().any(|(k, &x)| {
                distinct[k + 1..].iter().any(|&y| differ_nearby(x, y) == Some(true))
            });
            if !differ {
                continue;
            }
            let first = &days[members[0]];
            let values = members
                .iter()
                .map(|&i| {
                    let d = &days[i];
                    let dm = &docs[d.article].article.dates[d.item];
                    ReportedValue {
                        article: d.article,
                        item: d.item,
                        text: dm.text.clone(),
                        span: dm.span,
                        sentence: dm.sentence,
                        value: None,
                        resolved: dm.resolved.clone(),
                    }
                })
                .collect();
            out.push(Discrepancy {
                quantity: format!("day: {}", first.name.to_lowercase()),
                values,
            });
        }
    }
    out
}
