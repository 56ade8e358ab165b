//! Numbers and what they count: "killed five people" (5 people, killed),
//! "150 others were injured", "four missiles were downed", "nearly $40
//! billion", "$40bn", "30-40 percent", "86-11", "62-year-old".
//!
//! Each number is read from the tokens of one sentence. What it counts is the
//! noun phrase after it (its last word, singular); what happened to it is a
//! verb just before it ("killed five") or a passive after it ("were
//! downed"). "124 more" and "150 others" count whatever the number before
//! them in the sentence counted. The hedge ("about", "nearly", "at least")
//! is kept, because comparison must not call "about 150" and "150" a
//! conflict.

use crate::lexicon::number_words::{
    count_word, fraction_denominator, scale_abbreviated, scale_named,
};
use crate::model::{NumberKind, Qualifier};
use crate::parse::tokens::{is_capitalized, lowercase, Lowered, Token};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    pub phrase: Range<usize>,
    pub number: Range<usize>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: NumberKind,
    pub unit: Option<String>,
    pub counted: Option<String>,
    pub action: Option<String>,
    /// The hedge before the number ("more than", "nearly"), when there is one.
    pub hedge: Option<Range<usize>>,
    /// Counts a part of a group named beside it ("two of the five").
    pub partitive: bool,
    /// The article says this value changed ("rose to 12", "up from 8").
    pub revised: bool,
    /// Counts an addition, not a total ("another 12", "120 new cases").
    pub increment: bool,
    /// A result of a poll or survey its sentence names.
    pub survey: bool,
    /// Who did it, when the verb before the number has a person for subject.
    pub agent: Option<String>,
    /// A running total ("so far", "this season", "to date").
    pub running_total: bool,
}

/// Whether a folded word starting with byte `b` can be a number: a digit or
/// the first letter of a number word.
#[inline]
const fn may_open_number(b: u8) -> bool {
    matches!(b, b'0'..=b'9' | b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'd')
}

/// For every byte a word of the text may open with: whether the word may
/// be a number ([`may_open_number`] of the byte lower-cased), or `true` for
/// a byte beyond ASCII, whose word is tested once folded. Nearly every word
/// is turned away by this one load, without lower-casing or range tests.
static MAY_OPEN_NUMBER_WRITTEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = !byte.is_ascii() || may_open_number(byte.to_ascii_lowercase());
        b += 1;
    }
    table
};

/// Whether a folded word can be a number: figures start with a digit and
/// number words ("five", "twenty-one", "dozen") with one of these pairs of
/// letters ("thr" and "thi" for "three", "thirteen", "thirty"). Most words of
/// a sentence fail this test on their first bytes, so they skip the number
/// readers entirely.
#[inline]
fn may_be_number(w: &str) -> bool {
    if !w.as_bytes().first().is_some_and(|&b| may_open_number(b)) {
        return false;
    }
    match w.as_bytes() {
        [b'0'..=b'9', ..] => true,
        [b't', b'h', third, ..] => matches!(third, b'r' | b'i'),
        [first, second, ..] => matches!(
            &[*first, *second],
            b"ze"
                | b"on"
                | b"tw"
                | b"te"
                | b"fo"
                | b"fi"
                | b"si"
                | b"se"
                | b"ei"
                | b"el"
                | b"ni"
                | b"hu"
                | b"do"
        ),
        _ => false,
    }
}

/// The value of a number word ("five", "twenty-one", "dozen"): the
/// lexicon's cardinals and "dozen", and two of them joined by a hyphen.
fn word_value(w: &str) -> Option<f64> {
    if w.len() < 3 || w.len() > 13 || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    if let Some(hyphen) = w.bytes().position(|b| b == b'-') {
        let (a, b) = (&w[..hyphen], &w[hyphen + 1..]);
        let tens = word_value(a).filter(|t| *t >= 20.0 && *t % 10.0 == 0.0)?;
        let ones = word_value(b).filter(|o| (1.0..10.0).contains(o))?;
        return Some(tens + ones);
    }
    count_word(w).map(f64::from)
}

/// The multiplier a folded word names: a scale ("million"), its plural
/// ("millions") or its abbreviation ("bn").
fn scale(w: &str) -> Option<f64> {
    scale_named(w)
        .or_else(|| scale_abbreviated(w))
        .or_else(|| w.strip_suffix('s').and_then(scale_named))
}

fn digits_value(w: &str) -> Option<f64> {
    if w.is_empty()
        || !w.starts_with(|c: char| c.is_ascii_digit())
        || !w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    w.replace(',', "").parse().ok()
}

fn unit_of(w: &str) -> Option<(&'static str, NumberKind)> {
    Some(match w {
        "mile" | "miles" => ("miles", NumberKind::Distance),
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => {
            ("km", NumberKind::Distance)
        }
        "metres" | "meters" | "metre" | "meter" | "feet" | "foot" => {
            ("metres", NumberKind::Distance)
        }
        "hour" | "hours" => ("hours", NumberKind::Duration),
        "minute" | "minutes" => ("minutes", NumberKind::Duration),
        "second" | "seconds" => ("seconds", NumberKind::Duration),
        "day" | "days" => ("days", NumberKind::Duration),
        "week" | "weeks" => ("weeks", NumberKind::Duration),
        "month" | "months" => ("months", NumberKind::Duration),
        "year" | "years" => ("years", NumberKind::Duration),
        "percent" | "%" | "pct" => ("percent", NumberKind::Percent),
        "dollars" | "dollar" => ("usd", NumberKind::Money),
        "euros" | "euro" => ("eur", NumberKind::Money),
        "pounds" => ("gbp", NumberKind::Money),
        _ => return None,
    })
}

fn currency(sym: &str) -> Option<&'static str> {
    match sym {
        "$" => Some("usd"),
        "€" => Some("eur"),
        "£" => Some("gbp"),
        "¥" => Some("jpy"),
        "₴" => Some("uah"),
        "₽" => Some("rub"),
        _ => None,
    }
}

/// Words that end the counted noun phrase.
fn ends_noun_phrase(w: &str) -> bool {
    matches!(
        w,
        "and" | "or" | "but" | "to" | "in" | "on" | "at" | "of" | "for" | "from" | "by" | "with" | "were" | "was" | "are" | "is" | "had"
            | "have" | "has" | "been" | "who" | "which" | "that" | "since" | "after" | "before" | "into" | "across" | "as" | "than"
            | "while" | "when" | "over" | "under" | "during" | "the" | "a" | "an" | "their" | "its" | "his" | "her" | "will" | "would"
            | "could" | "may" | "might" | "should" | "said" | "including" | "each" | "per" | "vs" | "dead" | "homeless" | "missing"
            | "it" | "they" | "he" | "she" | "we" | "you" | "them" | "met" | "told" | "went" | "came" | "took" | "made" | "saw" | "left"
            | "held" | "won" | "lost" | "fell" | "rose" | "hit" | "got" | "gave" | "ran" | "began" | "spoke" | "led" | "did" | "can"
            // A time after the counted thing: "4.2m containers last year".
            | "last" | "next" | "this" | "ago" | "today" | "yesterday"
            // A particle of the verb before: "wiping $1.4 billion off".
            | "off" | "up" | "down" | "out" | "back" | "away"
            // Irregular past tenses, as the -ed test catches the regular ones.
            | "brought" | "bought" | "found" | "kept" | "built" | "sold" | "paid" | "became" | "remained" | "sat" | "stood" | "lay"
            // A time or an adverb after the count: "detained a further 12
            // overnight", "19 people are still missing".
            | "overnight" | "still" | "now" | "again" | "also"
            // A clause after a count: "version 85 it's now possible".
            | "it's" | "that's" | "there's"
            // A comparison after the count: "one in five workers earns less than".
            | "less" | "fewer"
    ) || (w.len() >= 4 && w.ends_with("ed"))
        || (w.len() > 5 && w.ends_with("ing"))
}

/// Singular, lowercase form of a counted noun (also a speaker's: "one of
/// the residents" → "resident").
pub(crate) fn singular(w: &str) -> String {
    let w = lowercase(w);
    match w.as_str() {
        "people" => return "person".into(),
        "children" => return "child".into(),
        "men" => return "man".into(),
        "women" => return "woman".into(),
        "personnel" | "police" | "staff" | "troops" if w != "troops" => return w,
        "troops" => return "troop".into(),
        "others" | "more" => return "other".into(),
        _ => {}
    }
    if let Some(s) = w.strip_suffix("men").filter(|s| s.len() > 2) {
        return format!("{s}man");
    }
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{s}y");
    }
    if w.ends_with("ss") || w.ends_with("us") || w.len() <= 3 && !w.ends_with('s') {
        return w;
    }
    if let Some(s) =
        w.strip_suffix("es").filter(|s| s.ends_with("sh") || s.ends_with("ch") || s.ends_with('x'))
    {
        return s.to_string();
    }
    w.strip_suffix('s').map(str::to_string).unwrap_or(w)
}

/// The base form of a past-tense or participle verb ("killed" → "kill").
fn lemma(w: &str) -> Option<String> {
    let w = lowercase(w);
    const KNOWN: &[(&str, &str)] = &[
        ("killed", "kill"),
        ("injured", "injure"),
        ("wounded", "wound"),
        ("downed", "down"),
        ("died", "die"),
        ("shot", "shoot"),
        ("intercepted", "intercept"),
        ("arrested", "arrest"),
        ("detained", "detain"),
        ("evacuated", "evacuate"),
        ("displaced", "displace"),
        ("rescued", "rescue"),
        ("surrendered", "surrender"),
        ("captured", "capture"),
        ("freed", "free"),
        ("released", "release"),
        ("exchanged", "exchange"),
        ("returned", "return"),
        ("swapped", "swap"),
        ("launched", "launch"),
        ("fired", "fire"),
        ("destroyed", "destroy"),
        ("damaged", "damage"),
        ("sent", "send"),
        ("deployed", "deploy"),
        ("approved", "approve"),
        ("raised", "raise"),
        ("spent", "spend"),
        ("lost", "lose"),
        ("won", "win"),
        ("fled", "flee"),
        ("hurt", "hurt"),
        ("missing", "miss"),
        ("dead", "kill"),
        ("hospitalized", "hospitalize"),
        ("hospitalised", "hospitalise"),
        ("affected", "affect"),
        ("retaken", "retake"),
        ("taken", "take"),
        ("seized", "seize"),
        ("pledged", "pledge"),
        ("allocated", "allocate"),
        ("registered", "register"),
        ("recorded", "record"),
        ("confirmed", "confirm"),
        ("reported", "report"),
        ("sentenced", "sentence"),
        ("charged", "charge"),
        ("convicted", "convict"),
        ("hit", "hit"),
        ("struck", "strike"),
        ("killing", "kill"),
        ("injuring", "injure"),
        ("wounding", "wound"),
        ("left", "leave"),
        ("leaving", "leave"),
        ("created", "create"),
    ];
    KNOWN.iter().find(|(a, _)| *a == w).map(|(_, b)| b.to_string()).or_else(|| {
        let stem = w.strip_suffix("ed")?;
        if stem.len() < 3 {
            return None;
        }
        let b = stem.as_bytes();
        // "agreed" → "agree", "guaranteed" → "guarantee".
        if stem.ends_with('e') {
            return Some(w[..w.len() - 1].to_string());
        }
        // "carried" → "carry", "denied" → "deny".
        if let Some(root) = stem.strip_suffix('i').filter(|r| r.len() >= 3) {
            return Some(format!("{root}y"));
        }
        if b.len() >= 2
            && b[b.len() - 1] == b[b.len() - 2]
            && !matches!(b[b.len() - 1], b'l' | b's' | b'f' | b'z')
        {
            return Some(stem[..stem.len() - 1].to_string());
        }
        // "voted" → "vote", "exploded" → "explode", "closed" → "close",
        // "doubled" → "double": stems English spells with a final e.
        const E_ENDINGS: [&str; 28] = [
            "v", "z", "c", "ur", "ir", "at", "ot", "ut", "ag", "od", "id", "ud", "us", "as", "os",
            "ps", "ns", "rs", "rg", "dg", "bl", "pl", "tl", "gl", "dl", "kl", "fl", "zl",
        ];
        // "treated" → "treat", "defeated" → "defeat": a vowel pair before the t.
        if E_ENDINGS.iter().any(|e| stem.ends_with(e))
            && !stem.ends_with("ss")
            && !stem.ends_with("eat")
            && !stem.ends_with("oat")
        {
            return Some(format!("{stem}e"));
        }
        Some(stem.to_string())
    })
}

fn qualifier_before(folded: &Lowered, i: usize) -> (Qualifier, usize) {
    let w1 = i.checked_sub(1).map(|k| folded.at(k)).unwrap_or("");
    let w2 = i.checked_sub(2).map(|k| folded.at(k)).unwrap_or("");
    match (w2, w1) {
        ("at", "least") => (Qualifier::AtLeast, 2),
        ("at", "most") | ("up", "to") => (Qualifier::AtMost, 2),
        ("more", "than") => (Qualifier::MoreThan, 2),
        ("less", "than") | ("fewer", "than") => (Qualifier::LessThan, 2),
        (
            _,
            "about" | "around" | "approximately" | "roughly" | "some" | "an" | "estimated"
            | "circa" | "nearly" | "almost" | "over" | "under",
        ) => {
            let q = match w1 {
                "nearly" | "almost" => Qualifier::Nearly,
                "over" => Qualifier::MoreThan,
                "under" => Qualifier::LessThan,
                "an" => return (Qualifier::Exact, 0),
                _ => Qualifier::About,
            };
            (q, 1)
        }
        _ => (Qualifier::Exact, 0),
    }
}

/// Finds the numbers in one sentence. `skip` holds ranges (dates) whose
/// numbers are dates, not counts.
#[cfg(test)] // the passes call the `_in`/`_into` forms on shared tokens
pub fn find_numbers(text: &str, sentence: Range<usize>, skip: &[Range<usize>]) -> Vec<FoundNumber> {
    let toks = crate::parse::tokens::tokenize(text, sentence);
    let folded = Lowered::new(text, &toks);
    find_numbers_in(text, &toks, &folded, skip)
}

/// [`find_numbers`] on a sentence already tokenized.
pub fn find_numbers_in(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    skip: &[Range<usize>],
) -> Vec<FoundNumber> {
    let mut out: Vec<FoundNumber> = Vec::new();
    // The first token and the token after each number in `out`, for the
    // partitive pass below.
    let mut token_spans: Vec<(usize, usize)> = Vec::new();
    // Where each number's phrase sits among the tokens, for the pass that
    // shares one verb among coordinated counts.
    let mut phrases: Vec<PhraseTokens> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        // A word that can be no number (most words) starts nothing here. An
        // ASCII first letter folds to itself lower-cased, so it is read from
        // the text before the folded word is looked up.
        if t.word && !MAY_OPEN_NUMBER_WRITTEN[text.as_bytes()[t.start] as usize] {
            i += 1;
            continue;
        }
        if skip.iter().any(|r| r.start <= t.start && t.end <= r.end) {
            i += 1;
            continue;
        }
        let w = folded.at(i);
        if t.word && !may_be_number(w) {
            i += 1;
            continue;
        }
        // Currency symbol directly before the number.
        let cur = if !t.word { currency(w) } else { None };
        let ni = if cur.is_some() { i + 1 } else { i };
        let Some(_) =
            toks.get(ni).copied().filter(|n| n.word && (cur.is_none() || n.start == t.end))
        else {
            i += 1;
            continue;
        };
        let nw = folded.at(ni);
        let mut kind = NumberKind::Count;
        let mut unit: Option<String> = cur.map(str::to_string);
        let mut low = None;
        let mut high = None;
        let mut value: Option<f64>;
        let mut end = ni + 1; // one past the number's last token
        if cur.is_some() {
            kind = NumberKind::Money;
        }
        // Digits with a glued suffix: "40bn", "1st", "5m".
        let digits = &nw[..nw
            .bytes()
            .position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
            .unwrap_or(nw.len())];
        let suffix = &nw[digits.len()..];
        if let Some(v) = digits_value(digits) {
            // A clock time counts nothing: "6 p.m.", "10pm", "9:30 GMT" (two
            // digits after the colon: "4:1" is a score).
            let colon_next = toks
                .get(ni + 1)
                .is_some_and(|c| !c.word && c.start == toks[ni].end && c.text(text) == ":")
                && toks.get(ni + 2).is_some_and(|m| {
                    m.word
                        && m.start == toks[ni].end + 1
                        && m.text(text).len() == 2
                        && m.text(text).bytes().all(|b| b.is_ascii_digit())
                });
            let colon_before = ni >= 2
                && !toks[ni - 1].word
                && toks[ni - 1].end == toks[ni].start
                && toks[ni - 1].text(text) == ":"
                && toks[ni - 2].end == toks[ni - 1].start
                && folded.at(ni - 2).bytes().all(|b| b.is_ascii_digit())
                && nw.len() == 2;
            let meridiem = |w: &str| matches!(w, "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m.");
            let clock = colon_next
                || colon_before
                || v <= 24.0
                    && (meridiem(suffix)
                        || suffix.is_empty() && folded.get(ni + 1).is_some_and(meridiem));
            if clock && cur.is_none() {
                i = ni + 1;
                continue;
            }
            value = Some(v);
            if suffix.is_empty() {
                if let Some((low_high, unit_follows)) = to_pair(folded, toks, i, ni, v) {
                    (low, high, value) = (Some(low_high.0), Some(low_high.1), None);
                    if !unit_follows {
                        kind = NumberKind::Score;
                    }
                    end = ni + 3;
                }
            } else if let Some(s) = scale(suffix) {
                value = Some(v * s);
            } else if matches!(suffix, "st" | "nd" | "rd" | "th") {
                kind = NumberKind::Ordinal;
            } else if let Some(rest) = suffix.strip_prefix('-') {
                // "30-40", "86-11", "62-year-old", "19-second".
                if let Some(h) = digits_value(rest) {
                    let before: Vec<&str> =
                        (i.saturating_sub(3)..i).map(|k| folded.at(k)).collect();
                    let after = folded.get(ni + 1).unwrap_or("");
                    let score = before.iter().any(|b| {
                        matches!(
                            *b,
                            "voted"
                                | "vote"
                                | "won"
                                | "lost"
                                | "beat"
                                | "score"
                                | "scored"
                                | "defeated"
                        )
                    }) || matches!(
                        after,
                        "vote" | "victory" | "win" | "loss" | "defeat" | "in"
                    ) || h < v && unit_of(after).is_none();
                    low = Some(v);
                    high = Some(h);
                    value = None;
                    if score && cur.is_none() {
                        kind = NumberKind::Score;
                    }
                } else if rest.ends_with("-old") {
                    kind = NumberKind::Age;
                    unit = Some("years".into());
                } else if let Some((u, k)) = unit_of(rest) {
                    kind = k;
                    unit = Some(u.into());
                } else {
                    // "air-defense" style compounds that start with a number: keep the number.
                }
            } else {
                i += 1;
                continue;
            }
        } else if let Some(v) = {
            // The part before a hyphen ("twenty-five" tries "twenty" first), then the whole word.
            let head = nw.bytes().position(|b| b == b'-').map_or(nw, |p| &nw[..p]);
            word_value(head).or_else(|| if head.len() < nw.len() { word_value(nw) } else { None })
        } {
            // "one" is a number only when hedged or counting a unit: "about one hour".
            let hedged = qualifier_before(folded, ni).1 > 0;
            let next = folded.get(ni + 1).unwrap_or("");
            // "a dozen people", "one soldier was killed": counted things make them numbers.
            let a_dozen = nw == "dozen" && ni > 0 && folded.at(ni - 1) == "a";
            let counts_someone = matches!(
                next,
                "person"
                    | "man"
                    | "woman"
                    | "child"
                    | "soldier"
                    | "civilian"
                    | "missile"
                    | "drone"
                    | "officer"
                    | "victim"
                    | "worker"
                    | "student"
                    | "journalist"
            );
            let one_in = next == "in" && folded.get(ni + 2).and_then(pair_value).is_some();
            if matches!(nw, "one" | "dozen")
                && !hedged
                && !a_dozen
                && !counts_someone
                && !one_in
                && unit_of(next).is_none()
            {
                i += 1;
                continue;
            }
            if !toks[ni].word || next == "of" && nw == "one" {
                i += 1;
                continue;
            }
            value = word_value(nw).or(Some(v));
            // "two-thirds", "three-quarters": a share, not a count of two.
            // Not "sixty-third", an ordinal.
            if let Some(share) = nw
                .split_once('-')
                .and_then(|(_, tail)| fraction_denominator(tail).map(f64::from))
                .filter(|&d| v < d)
            {
                kind = NumberKind::Other;
                value = Some(v / share);
            }
            if nw.ends_with("-old") || nw.contains("-year") || nw.contains("-month") {
                kind = NumberKind::Age;
                value = Some(v);
            }
            if folded.get(ni + 1).is_some_and(|n| n == "hundred") {
                value = value.map(|x| x * 100.0);
                end += 1;
            } else if let Some((low_high, unit_follows)) = value
                .filter(|_| kind == NumberKind::Count)
                .and_then(|v| to_pair(folded, toks, i, ni, v))
            {
                // "five to ten miles", "voted seven to four".
                (low, high, value) = (Some(low_high.0), Some(low_high.1), None);
                if !unit_follows {
                    kind = NumberKind::Score;
                }
                end = ni + 3;
            }
        } else {
            i += 1;
            continue;
        }
        // "40 billion", "5 million"
        if let Some(s) = folded.get(end).and_then(scale) {
            value = value.map(|v| v * s);
            end += 1;
        }
        // "1 in 3 households", "one in five workers": a share of a group.
        if kind == NumberKind::Count
            && end == ni + 1
            && folded.get(end) == Some("in")
            && toks.get(end + 1).is_some_and(|t| t.word)
        {
            let whole = folded.at(end + 1);
            let a_year = whole.len() == 4 && whole.bytes().all(|b| b.is_ascii_digit());
            if let (Some(part), Some(of)) = (value, pair_value(whole).filter(|_| !a_year)) {
                if part < of {
                    kind = NumberKind::Other;
                    value = Some(part / of);
                    end += 2;
                }
            }
        }
        // "aged 62"
        if kind == NumberKind::Count && i > 0 && folded.at(i - 1) == "aged" {
            kind = NumberKind::Age;
            unit = Some("years".into());
        }
        // "Marta Keel, 58, said": a whole number set off by commas right after
        // a capitalised word is the age of the one named.
        if kind == NumberKind::Count
            && cur.is_none()
            && suffix.is_empty()
            && end == ni + 1
            && i >= 2
            && folded.at(i - 1) == ","
            && folded.get(end) == Some(",")
            && toks[i - 2].word
            && (is_capitalized(&text[toks[i - 2].start..toks[i - 2].end])
                || names_a_person(folded.at(i - 2))
                    && toks.get(end + 1).is_some_and(|t| t.word)
                    && !folded.at(end + 1).starts_with(|c: char| c.is_ascii_digit()))
            && crate::parse::dates::month_of(folded.at(i - 2)).is_none()
            && value.is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v))
        {
            kind = NumberKind::Age;
        }
        // Years stand alone as years.
        if kind == NumberKind::Count
            && cur.is_none()
            && suffix.is_empty()
            && digits.len() == 4
            && !digits.contains(',')
            && value.is_some_and(|v| (1800.0..=2200.0).contains(&v))
        {
            kind = NumberKind::Year;
        }
        // A unit after the number.
        if let Some(next) = folded.get(end) {
            if let Some((u, k)) = unit_of(next) {
                if kind == NumberKind::Count || kind == NumberKind::Money && k == NumberKind::Money
                {
                    kind = k;
                    unit = Some(u.into());
                    end += 1;
                    if next == "per" {
                        end += 1;
                    }
                }
            } else if next == "percentage"
                && folded.get(end + 1).is_some_and(|p| matches!(p, "point" | "points"))
                && kind == NumberKind::Count
            {
                // "rose by 4 percentage points": a change of a share.
                kind = NumberKind::Percent;
                unit = Some("percentage points".into());
                end += 2;
            } else if next == "per" && folded.get(end + 1).is_some_and(|c| c == "cent") {
                kind = NumberKind::Percent;
                unit = Some("percent".into());
                end += 2;
            }
        }
        let (qualifier, qlen) = qualifier_before(folded, i);
        let number_range = toks[i].start..toks[end - 1].end;
        // The counted noun phrase.
        let mut counted = None;
        let mut np_end = end;
        // The action of a count whose noun is left out, and its token.
        let mut elided_action: Option<(String, usize)> = None;
        if matches!(
            kind,
            NumberKind::Count | NumberKind::Money | NumberKind::Age | NumberKind::Other
        ) {
            let mut k = end;
            let mut last_word = None;
            // A lower-case -ing word straight after the number with a plural
            // noun after it is a modifier ("120 shipping containers", "14
            // fishing boats"), also after names ("14 Ostland fishing
            // boats"), and so is an -ed word straight after the number ("40
            // armoured vehicles"); the noun then ends the phrase.
            let modifier_ing = |k: usize| {
                (end..k).all(|n| toks[n].word && is_capitalized(toks[n].text(text)))
                    && (folded.at(k).ends_with("ing")
                        || k == end && folded.at(k).len() > 4 && folded.at(k).ends_with("ed"))
                    && !is_capitalized(toks[k].text(text))
                    && toks.get(k + 1).is_some_and(|t| t.word)
                    && folded
                        .get(k + 1)
                        .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !ends_noun_phrase(w))
            };
            while k < toks.len() && toks[k].word && k - end < 4 {
                if modifier_ing(k) {
                    last_word = Some(k + 1);
                    break;
                }
                if ends_noun_phrase(folded.at(k)) {
                    break;
                }
                last_word = Some(k);
                k += 1;
                if matches!(folded.at(k - 1), "more" | "others" | "each") {
                    break;
                }
            }
            if let Some(lw) = last_word {
                counted = Some(singular(toks[lw].text(text)));
                np_end = lw + 1;
            }
            if counted.as_deref() == Some("other")
                || counted.is_none() && matches!(folded.get(end), Some("more" | "others"))
            {
                // Not a part named in an aside: "Four civilians, including
                // two children, were killed, while 150 others" are civilians.
                counted = out
                    .iter()
                    .zip(&phrases)
                    .rev()
                    .filter(|(_, p)| !after_including(folded, p.first))
                    .find_map(|(n, _)| n.counted.clone().filter(|c| c != "other"))
                    .or(Some("person".into()));
            }
            // "12 people were killed and more than 40 wounded", "two of
            // them in critical condition": the noun is left out, and is the
            // one counted before in the sentence (people, when none was).
            let participle = folded.get(end).filter(|w| {
                matches!(
                    *w,
                    "wounded"
                        | "injured"
                        | "killed"
                        | "dead"
                        | "missing"
                        | "hurt"
                        | "arrested"
                        | "detained"
                        | "displaced"
                        | "rescued"
                        | "hospitalised"
                        | "hospitalized"
                )
            });
            let of_them = folded.get(end) == Some("of")
                && folded.get(end + 1).is_some_and(|w| matches!(w, "them" | "whom"));
            if counted.is_none() && kind == NumberKind::Count && (participle.is_some() || of_them) {
                counted = out
                    .iter()
                    .rev()
                    .find_map(|n| n.counted.clone().filter(|c| c != "other"))
                    .or(Some("person".into()));
                if let Some(p) = participle {
                    elided_action = lemma(p).map(|l| (l, end));
                }
            }
        }
        // What happened: a verb just before ("killed five"), or a passive after ("were downed").
        let mut action = None;
        let mut action_before = false;
        let mut phrase_start = toks[i - qlen.min(i)].start;
        let first_token = i - qlen.min(i);
        // "damaged a further 2,800", "detained another 12": the verb stands
        // before the addition, and the noun left out is the one counted before.
        let addition = match (
            first_token.checked_sub(2).map(|k| folded.at(k)),
            first_token.checked_sub(1).map(|k| folded.at(k)),
        ) {
            (Some("a" | "an"), Some("further" | "additional")) => 2,
            (_, Some("another")) => 1,
            _ => 0,
        };
        let vb = first_token.checked_sub(addition + 1);
        let mut verb_at = None;
        if let Some(v) = vb.filter(|&v| toks[v].word) {
            let fv = folded.at(v);
            if fv.ends_with("ed")
                || matches!(
                    fv,
                    "left"
                        | "leaving"
                        | "killing"
                        | "injuring"
                        | "wounding"
                        | "sent"
                        | "lost"
                        | "won"
                        | "shot"
                        | "hit"
                        | "struck"
                )
            {
                if let Some(l) = lemma(fv) {
                    action = Some(l);
                    action_before = true;
                    phrase_start = toks[v].start;
                    verb_at = Some(v);
                }
            }
        }
        // "killed three guards and injured nine", "damaged a further 2,800":
        // a count straight after its verb, with no noun of its own, counts
        // what the count before it in the sentence counted.
        // A dash after it opens a range whose noun comes later ("killing
        // 30,000–40,000 Māori").
        let clause_goes_on = folded.get(end).is_some_and(|w| {
            !matches!(
                w,
                "," | "." | ";" | ")" | "and" | "overnight" | "in" | "on" | "at" | "across"
            )
        });
        if counted.is_none()
            && kind == NumberKind::Count
            && action_before
            && (addition > 0 || !clause_goes_on)
        {
            counted = out.iter().rev().filter(|n| n.kind == NumberKind::Count).find_map(|n| {
                n.counted
                    .clone()
                    .filter(|c| c != "other" && c.starts_with(|ch: char| ch.is_alphabetic()))
            });
        }
        let mut phrase_end = toks[np_end - 1].end;
        // "left four civilians dead"
        if action.as_deref() == Some("leave") {
            if let Some(d) = folded
                .get(np_end)
                .filter(|w| matches!(*w, "dead" | "injured" | "wounded" | "homeless" | "missing"))
            {
                action = lemma(d);
                phrase_end = toks[np_end].end;
            }
        }
        // A year is a time, not a thing something happened to; a count
        // inside a place phrase is not the subject of the verb after it.
        if kind != NumberKind::Year
            && (action.is_none() || action.as_deref() == Some("leave"))
            && !in_a_place_phrase(folded, first_token)
        {
            // "Four civilians, including two children, were killed": skip the aside.
            let mut np_end = np_end;
            if toks.get(np_end).is_some_and(|t| !t.word && t.text(text) == ",") {
                if let Some(close) = (np_end + 1..toks.len().min(np_end + 10))
                    .find(|&k| !toks[k].word && toks[k].text(text) == ",")
                {
                    np_end = close + 1;
                }
            }
            let aux = folded.get(np_end);
            if matches!(aux, Some("were" | "was" | "are" | "is" | "had" | "have" | "has" | "been"))
            {
                let mut p = np_end + 1;
                // "19 people are still missing", "had also been sent".
                if folded.get(p).is_some_and(|w| matches!(w, "still" | "also" | "now")) {
                    p += 1;
                }
                if folded.get(p).is_some_and(|w| w == "been") {
                    p += 1;
                }
                if let Some(l) = folded
                    .get(p)
                    .filter(|w| {
                        w.ends_with("ed")
                            || matches!(
                                *w,
                                "shot"
                                    | "hit"
                                    | "struck"
                                    | "taken"
                                    | "left"
                                    | "sent"
                                    | "lost"
                                    | "missing"
                            )
                    })
                    .and_then(lemma)
                {
                    action = Some(l);
                    phrase_end = toks[p].end;
                }
            }
        }
        if let Some((verb, at)) = elided_action.filter(|_| action.is_none()) {
            action = Some(verb);
            phrase_end = toks[at].end;
        }
        phrases.push(PhraseTokens { first: first_token, noun_end: np_end, action_before });
        let increment = addition > 0 || adds_to_a_total(folded, end);
        out.push(FoundNumber {
            hedge: (qlen > 0).then(|| toks[i - qlen.min(i)].start..toks[i - 1].end),
            partitive: is_partitive(folded, end),
            revised: is_revised(folded, first_token, end),
            increment,
            survey: false,
            agent: verb_at.and_then(|v| person_subject(text, toks, folded, v)),
            running_total: is_running_total(folded, end),
            phrase: phrase_start..phrase_end,
            number: number_range,
            value,
            low,
            high,
            qualifier,
            kind,
            unit,
            counted,
            action,
        });
        token_spans.push((i, end));
        i = end;
    }
    share_partitive_counts(folded, &token_spans, &mut out);
    if names_a_survey(folded) {
        out.iter_mut().filter(|n| n.kind == NumberKind::Percent).for_each(|n| n.survey = true);
    }
    share_coordinated_verbs(folded, toks, &phrases, &mut out);
    share_range_starts(folded, &phrases, &mut out);
    join_between_ranges(folded, &phrases, &mut out);
    out
}

/// The subject of the verb at token `verb` when it may be a person: "he"
/// or "she" just before it, or the nearest run of capitalised words before
/// it in its clause ("Peyton Manning completed 29 passes", "Garrard, who
/// completed 28", "Echenique scored 11, grabbed 11 rebounds and blocked six
/// shots": the run's last name). Adverbs and auxiliaries just before the
/// verb are skipped ("had already missed"); "who", "which" or "that"
/// further back, or a clause mark, end the search ("the man who killed").
/// Comparison keeps the name only when it is a person's.
fn person_subject(text: &str, toks: &[Token], folded: &Lowered, verb: usize) -> Option<String> {
    const REACH: usize = 15;
    let mut k = verb;
    let mut adjacent = true;
    while k > 0 && verb - k < REACH {
        k -= 1;
        let w = folded.at(k);
        let skipped_adverb = matches!(
            w,
            "had" | "has" | "have" | "already" | "also" | "then" | "each" | "both" | "just"
        );
        if adjacent
            && (skipped_adverb || w == "who" || w == "," && folded.get(k + 1) == Some("who"))
        {
            continue;
        }
        if adjacent && matches!(w, "he" | "she") {
            return Some(w.to_string());
        }
        // "he had been shot seven times": a passive's subject had it done.
        if adjacent && matches!(w, "was" | "were" | "been" | "is" | "are" | "be" | "being") {
            return None;
        }
        adjacent = false;
        if matches!(
            w,
            "." | ";" | ":" | "who" | "which" | "that" | "but" | "while" | "said" | "says"
        ) {
            return None;
        }
        if toks[k].word && is_capitalized(toks[k].text(text)) {
            let end = k;
            while k > 0 && toks[k - 1].word && is_capitalized(toks[k - 1].text(text)) {
                k -= 1;
            }
            return Some(text[toks[k].start..toks[end].end].to_string());
        }
    }
    None
}

/// "so far", "to date", "this season", "in total", "overall": the count
/// after the number (at token `end`) keeps growing, so it is not the count
/// of one moment. Looked for in the few words after the counted phrase.
fn is_running_total(folded: &Lowered, end: usize) -> bool {
    (end..end + 8).map_while(|k| folded.get(k)).collect::<Vec<_>>().windows(2).any(|w| {
        matches!(
            (w[0], w[1]),
            ("so", "far")
                | ("to", "date")
                | ("this", "season")
                | ("in", "total")
                | ("this", "year")
        )
    }) || (end..end + 8).map_while(|k| folded.get(k)).any(|w| matches!(w, "overall" | "career"))
}

/// "the buildings in seven villages were destroyed", "homes across 12
/// districts were damaged": a count after a preposition of place is where
/// something happened, so a passive verb after it tells what happened to
/// the subject before the preposition, not to the count.
fn in_a_place_phrase(folded: &Lowered, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|k| {
        matches!(folded.at(k), "in" | "across" | "throughout" | "at" | "on" | "near")
    })
}

/// Whether the phrase opening at token `first` follows "including": a part
/// of the group before it.
fn after_including(folded: &Lowered, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|k| folded.at(k) == "including")
}

/// A part of a group, by the words after the number (at token `end`, one
/// past it): "two of the five", "nine of the injured", "two of them". Such
/// a count never stands for the group's total.
fn is_partitive(folded: &Lowered, end: usize) -> bool {
    folded.get(end) == Some("of")
        && folded.get(end + 1).is_some_and(|w| {
            matches!(
                w,
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
                    | "his"
                    | "her"
            ) || pair_value(w).is_some()
        })
}

/// Words before a number saying it is a new value of something that
/// changed ("rose to 12", "revised to", "now stands at").
const REVISED_BEFORE: &[(&str, &str)] = &[
    ("rose", "to"),
    ("risen", "to"),
    ("climbed", "to"),
    ("increased", "to"),
    ("jumped", "to"),
    ("grew", "to"),
    ("revised", "to"),
    ("raised", "to"),
    ("lowered", "to"),
    ("fell", "to"),
    ("dropped", "to"),
    ("stands", "at"),
    ("stood", "at"),
    ("up", "from"),
    ("down", "from"),
];

/// Whether the article says the number at tokens `first..end` changed: a
/// verb of change before it ([`REVISED_BEFORE`]), an earlier value after
/// "from" or "initially", or "from" a value "to" another.
fn is_revised(folded: &Lowered, first: usize, end: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map(|j| folded.at(j));
    let pair = (before(2).unwrap_or(""), before(1).unwrap_or(""));
    REVISED_BEFORE.contains(&pair)
        || matches!(before(1), Some("initially" | "originally" | "previously" | "earlier" | "now"))
        || before(1) == Some("from") && folded.get(end) == Some("to")
        || before(1) == Some("to") && before(3) == Some("from")
}

/// "120 new cases", "3 additional", "a day", "daily", "per
/// week": the count after the number (at token `end`) is added to a total
/// or counted per period, so it is not the total.
fn adds_to_a_total(folded: &Lowered, end: usize) -> bool {
    match folded.get(end) {
        // Not "more": "killed five and injured 124 more" counts others.
        Some("new" | "additional" | "further" | "daily" | "weekly" | "per") => true,
        Some("a") => folded.get(end + 1).is_some_and(|w| matches!(w, "day" | "week" | "month")),
        _ => false,
    }
}

/// Whether the sentence names a poll or survey: its shares are that poll's,
/// and two polls' shares are different quantities.
fn names_a_survey(folded: &Lowered) -> bool {
    (0..)
        .map_while(|k| folded.get(k))
        .any(|w| matches!(w, "poll" | "polls" | "survey" | "surveys" | "surveyed" | "pollster"))
}

/// "between $90 million and $110 million", "between 15 and 20 percent": one
/// range, as "30-40 percent" is, rather than two amounts. The first end may
/// leave the unit to the second.
fn join_between_ranges(folded: &Lowered, phrases: &[PhraseTokens], out: &mut Vec<FoundNumber>) {
    let mut b = out.len();
    while b > 1 {
        b -= 1;
        let a = b - 1;
        let between = phrases[a].first.checked_sub(1).is_some_and(|k| folded.at(k) == "between");
        let joined = phrases[a].noun_end + 1 == phrases[b].first
            && folded.get(phrases[a].noun_end) == Some("and");
        let (Some(low), Some(high)) = (out[a].value, out[b].value) else { continue };
        let bare_low =
            out[a].kind == NumberKind::Count && out[a].unit.is_none() && out[a].counted.is_none();
        // Two counts each with its noun ("between 0 ms and 10 ms") are left be.
        let alike = out[a].kind == out[b].kind
            && out[a].unit == out[b].unit
            && out[a].kind != NumberKind::Count
            || bare_low;
        if !(between && joined && alike && low < high) {
            continue;
        }
        let second = out.remove(b);
        let first = &mut out[a];
        first.low = Some(low);
        first.high = Some(high);
        first.value = None;
        first.kind = second.kind;
        first.unit = second.unit;
        first.counted = second.counted.or(first.counted.take());
        first.action = first.action.take().or(second.action);
        first.phrase.end = first.phrase.end.max(second.phrase.end);
        first.number.end = second.number.end;
        b = a + 1;
    }
}

/// Where a number's phrase sits among its sentence's tokens.
struct PhraseTokens {
    /// The phrase's first token after any verb: the hedge ("about") or the number.
    first: usize,
    /// One past the counted noun phrase (or the number, when none).
    noun_end: usize,
    /// Was the action read from a verb before the number ("killed five")?
    action_before: bool,
}

/// A lone figure or small number word: the second of a pair ("4,112 to 380").
fn pair_value(w: &str) -> Option<f64> {
    digits_value(w).or_else(|| word_value(w))
}

/// "voted 4,112 to 380", "by a margin of 94 to 101", "15 to 20 percent":
/// the number at token `ni` (the first token of its phrase at `i`), valued
/// `v`, and the one after "to" make one tally, or one range when a unit
/// follows. Returns the pair and whether a unit follows. A tally needs a
/// vote beside it; "from 30,000 to 60,000" is a change, not a range, and
/// "five to ten" without a unit is left as two numbers.
fn to_pair(
    folded: &Lowered,
    toks: &[Token],
    i: usize,
    ni: usize,
    v: f64,
) -> Option<((f64, f64), bool)> {
    if folded.get(ni + 1) != Some("to") || !toks.get(ni + 2).is_some_and(|t| t.word) {
        return None;
    }
    // "from 12 to 15", "sentenced 12 to 20 years": a change, or a count and
    // what happened to it.
    if i.checked_sub(1).is_some_and(|k| {
        matches!(folded.at(k), "from" | "between" | "sentenced" | "jailed" | "condemned")
    }) {
        return None;
    }
    let second = pair_value(folded.at(ni + 2))?;
    // "men aged 18 to 60": a range of ages, the years left unsaid.
    if i.checked_sub(1).is_some_and(|k| folded.at(k) == "aged") {
        return (v < second).then_some(((v, second), true));
    }
    let after = folded.get(ni + 3).unwrap_or("");
    let voting = (i.saturating_sub(4)..i).any(|k| {
        matches!(folded.at(k), "voted" | "vote" | "votes" | "margin" | "tally" | "ballot")
    }) || matches!(after, "vote" | "votes" | "in" | "against");
    if voting {
        return Some(((v, second), false));
    }
    let unit_follows =
        unit_of(after).is_some() || after == "per" && folded.get(ni + 4) == Some("cent");
    (unit_follows && v < second).then_some(((v, second), true))
}

/// "1,200 troops and 40 armoured trucks had been sent": a passive verb after
/// the last of counts joined by "and" happened to each of them; "killed 12
/// soldiers and 30 civilians": a verb before the first did too, when the
/// later count has its own noun and no verb of its own follows it.
fn share_coordinated_verbs(
    folded: &Lowered,
    toks: &[Token],
    phrases: &[PhraseTokens],
    out: &mut [FoundNumber],
) {
    let by_and = |a: usize, b: usize| {
        let between = phrases[a].noun_end..phrases[b].first;
        between.len() == 1 && folded.at(between.start) == "and"
            || between.len() == 2
                && folded.at(between.start) == ","
                && folded.at(between.start + 1) == "and"
    };
    let by_comma = |a: usize, b: usize| {
        phrases[a].noun_end + 1 == phrases[b].first && folded.get(phrases[a].noun_end) == Some(",")
    };
    // A comma joins counts only inside a list closed by "and" ("3 people,
    // 12 soldiers and 40 police"), not "Of the 1,200 passengers, 40 were hurt".
    let in_list = |b: usize| {
        (b + 1..phrases.len())
            .take_while(|&c| by_comma(c - 1, c) || by_and(c - 1, c))
            .any(|c| by_and(c - 1, c))
    };
    let joined = |a: usize, b: usize| by_and(a, b) || by_comma(a, b) && in_list(b);
    let named_after_including = |b: usize| after_including(folded, phrases[b].first);
    // Backwards, so a passive after the last count reaches every earlier one
    // in a list. A part after "including" belongs to the whole before it, not
    // to the next clause: "nine had died, including two firefighters, and 31
    // were injured".
    for b in (1..out.len()).rev() {
        let a = b - 1;
        if !named_after_including(a)
            && out[a].action.is_none()
            && out[b].action.is_some()
            && !phrases[b].action_before
            && out[a].kind == out[b].kind
            && joined(a, b)
        {
            out[a].action = out[b].action.clone();
        }
    }
    // "killed 12 people, including three children", "nine people had died,
    // including two firefighters": the part shares what happened to the whole.
    for b in 1..out.len() {
        if named_after_including(b) && out[b].action.is_none() {
            out[b].action = out[b - 1].action.clone();
        }
    }
    for b in 1..out.len() {
        let a = b - 1;
        let clause_ends = toks.get(phrases[b].noun_end).is_none_or(|t| !t.word)
            || folded.get(phrases[b].noun_end).is_some_and(|w| {
                matches!(
                    w,
                    "in" | "on"
                        | "at"
                        | "across"
                        | "near"
                        | "from"
                        | "during"
                        | "since"
                        | "and"
                        | "last"
                        | "this"
                        | "overnight"
                )
            });
        if out[b].action.is_none()
            && out[a].action.is_some()
            && phrases[a].action_before
            && out[b].counted.is_some()
            && out[a].kind == out[b].kind
            && joined(a, b)
            && clause_ends
        {
            out[b].action = out[a].action.clone();
        }
    }
}

/// "from 30,000 to 60,000 people", "from 3.1 to 5.3 percent": the start of a
/// change counts what its end counts.
fn share_range_starts(folded: &Lowered, phrases: &[PhraseTokens], out: &mut [FoundNumber]) {
    for b in 1..out.len() {
        let a = b - 1;
        let adjacent = phrases[a].noun_end + 1 == phrases[b].first
            && folded.get(phrases[a].noun_end) == Some("to");
        if adjacent
            && out[a].kind == NumberKind::Count
            && out[a].counted.is_none()
            && out[a].unit.is_none()
            && out[a].value.is_some()
        {
            if out[b].kind == NumberKind::Count {
                out[a].counted = out[b].counted.clone();
            } else if matches!(
                out[b].kind,
                NumberKind::Percent | NumberKind::Money | NumberKind::Distance
            ) {
                out[a].kind = out[b].kind;
                out[a].unit = out[b].unit.clone();
            }
        }
    }
}

/// A lower-case word that names a person, so that a number set off by
/// commas after it is an age ("The governor, 61, said").
fn names_a_person(w: &str) -> bool {
    matches!(
        w,
        "governor"
            | "president"
            | "minister"
            | "leader"
            | "chief"
            | "mayor"
            | "chairman"
            | "chairwoman"
            | "spokesman"
            | "spokeswoman"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "widow"
            | "resident"
            | "official"
            | "officer"
            | "man"
            | "woman"
            | "boy"
            | "girl"
            | "victim"
            | "suspect"
            | "driver"
            | "farmer"
            | "teacher"
            | "nurse"
            | "doctor"
            | "worker"
            | "activist"
            | "journalist"
            | "lawmaker"
            | "senator"
            | "candidate"
            | "pensioner"
            | "student"
            | "shopkeeper"
            | "owner"
            | "survivor"
            | "veteran"
            | "soldier"
            | "priest"
    )
}

/// "Three of the five drones were shot down", "seven of the 11 council
/// members": the part counts what the whole after it counts, and a passive
/// verb after the whole ("were shot down") happened to the part, not to the
/// whole.
fn share_partitive_counts(
    folded: &Lowered,
    token_spans: &[(usize, usize)],
    out: &mut [FoundNumber],
) {
    for part in 0..out.len().saturating_sub(1) {
        let whole = part + 1;
        if out[part].kind != NumberKind::Count
            || out[part].counted.is_some()
            || folded.get(token_spans[part].1) != Some("of")
        {
            continue;
        }
        let mut k = token_spans[part].1 + 1;
        if folded.get(k).is_some_and(|w| {
            matches!(w, "the" | "its" | "their" | "these" | "those" | "his" | "her" | "our")
        }) {
            k += 1;
        }
        let whole_start = token_spans[whole].0;
        if k != whole_start - qualifier_before(folded, whole_start).1.min(whole_start) {
            continue;
        }
        let Some(counted) = out[whole].counted.clone() else { continue };
        out[part].counted = Some(counted);
        if out[part].action.is_none() {
            out[part].action = out[whole].action.take();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> Vec<FoundNumber> {
        find_numbers(s, 0..s.len(), &[])
    }

    /// The first number of `s` whose text (as written) is `number`.
    fn number_in(s: &str, number: &str) -> FoundNumber {
        find(s)
            .into_iter()
            .find(|n| &s[n.number.clone()] == number)
            .unwrap_or_else(|| panic!("{number} in {s}"))
    }

    #[test]
    fn parts_additions_changes_and_polls_are_marked() {
        assert!(number_in("Two of the five drones were shot down.", "Two").partitive);
        assert!(number_in("Nine of the injured were in critical condition.", "Nine").partitive);
        assert!(!number_in("Nine people were injured.", "Nine").partitive);
        assert!(number_in("Police detained another 12 protesters.", "12").increment);
        assert!(number_in("The ministry reported 120 new cases.", "120").increment);
        assert!(!number_in("Police detained 12 protesters.", "12").increment);
        assert!(number_in("The toll rose to 12 people.", "12").revised);
        assert!(number_in("Exports reached 40 tonnes, up from 8 tonnes.", "8").revised);
        assert!(!number_in("The blast killed 12 people.", "12").revised);
        assert!(number_in("A poll found 52 percent of voters agree.", "52 percent").survey);
        assert!(!number_in("Turnout was 52 percent of voters.", "52 percent").survey);
        assert!(number_in("The fever has killed 40 people so far.", "40").running_total);
    }

    #[test]
    fn the_hedge_is_kept_with_its_place() {
        let s = "The fire killed more than 100 people.";
        let n = number_in(s, "100");
        assert_eq!(n.hedge.map(|h| &s[h]), Some("more than"));
        assert_eq!(number_in("It killed 100 people.", "100").hedge, None);
    }

    #[test]
    fn a_persons_own_tally_names_the_person() {
        let s = "Dario Marlow completed 28 passes for 300 yards.";
        assert_eq!(number_in(s, "28").agent.as_deref(), Some("Dario Marlow"));
        let s = "Garrard, who completed 28 passes, ran for two yards.";
        assert_eq!(number_in(s, "28").agent.as_deref(), Some("Garrard"));
        let s = "He had already missed three games.";
        assert_eq!(number_in(s, "three").agent.as_deref(), Some("he"));
        // A passive's subject had it done; a quake is no person (comparison
        // checks names against the article's people).
        assert_eq!(number_in("He was shot seven times.", "seven").agent, None);
        assert_eq!(number_in("the quake that killed 10 people", "10").agent, None);
    }

    #[test]
    fn a_count_inside_a_place_phrase_takes_no_passive_after_it() {
        let s = "Most of the buildings in seven villages were destroyed.";
        assert_eq!(number_in(s, "seven").action, None);
        let s = "Seven villages were destroyed.";
        assert_eq!(number_in(s, "Seven").action.as_deref(), Some("destroy"));
    }

    #[test]
    fn others_after_an_aside_count_the_group_not_the_aside() {
        let s =
            "Four civilians, including two children, were killed, while 150 others were injured.";
        assert_eq!(number_in(s, "150").counted.as_deref(), Some("civilian"));
    }

    #[test]
    fn an_ing_modifier_inside_the_counted_phrase() {
        let n =
            find("The surge destroyed at least 120 shipping containers and sank 14 fishing boats.");
        assert_eq!(n[0].counted.as_deref(), Some("container"));
        assert_eq!(n[1].counted.as_deref(), Some("boat"));
        let n = find("Police saw 300 marching in the rain.");
        assert_eq!(n[0].counted, None, "a verb after the number is not a modifier");
    }

    #[test]
    fn an_age_set_off_by_commas() {
        let s = "Opposition leader Marta Keel, 58, said the vote was lost, 12, 13 or 14 times since Nov, 29, 2016.";
        let n = find(s);
        assert_eq!((n[0].value, n[0].kind), (Some(58.0), NumberKind::Age));
        assert!(n[1..].iter().all(|n| n.kind != NumberKind::Age), "{n:?}");
    }

    #[test]
    fn base_forms_of_regular_verbs() {
        for (past, base) in [
            ("agreed", "agree"),
            ("carried", "carry"),
            ("denied", "deny"),
            ("closed", "close"),
            ("collapsed", "collapse"),
            ("licensed", "license"),
            ("urged", "urge"),
            ("doubled", "double"),
            ("settled", "settle"),
            ("voted", "vote"),
            ("stopped", "stop"),
            ("counted", "count"),
            ("killed", "kill"),
            ("freed", "free"),
        ] {
            assert_eq!(lemma(past).as_deref(), Some(base), "{past}");
        }
    }

    #[test]
    fn counts_with_actions() {
        let s = "The blast killed five people and injured 124 more.";
        let n = find(s);
        assert_eq!(
            (n[0].value, n[0].counted.as_deref(), n[0].action.as_deref()),
            (Some(5.0), Some("person"), Some("kill"))
        );
        assert_eq!(&s[n[0].phrase.clone()], "killed five people");
        assert_eq!(
            (n[1].value, n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some(124.0), Some("person"), Some("injure"))
        );
        let s = "Two sailors died while 150 others were injured.";
        let n = find(s);
        assert_eq!(
            (n[1].value, n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some(150.0), Some("sailor"), Some("injure"))
        );
        let s = "Four drones were downed over the bay.";
        let n = find(s);
        assert_eq!(
            (n[0].counted.as_deref(), n[0].action.as_deref()),
            (Some("drone"), Some("down"))
        );
        let s = "The storm left three Valdor fishermen dead.";
        let n = find(s);
        assert_eq!(&s[n[0].phrase.clone()], "left three Valdor fishermen dead");
        assert_eq!(n[0].action.as_deref(), Some("kill"));
    }

    #[test]
    fn forms_and_qualifiers() {
        let n = find("Lawmakers approved nearly $40 billion, a $12bn loan and 1,730 permits.");
        assert_eq!(
            (n[0].value, n[0].qualifier, n[0].kind),
            (Some(40e9), Qualifier::Nearly, NumberKind::Money)
        );
        assert_eq!(n[1].value, Some(12e9));
        assert_eq!(n[2].value, Some(1730.0));
        let n = find("Attacks hit 30-40 percent of plants; the vote was 86-11 and the range about 185 miles.");
        assert_eq!((n[0].low, n[0].high, n[0].kind), (Some(30.0), Some(40.0), NumberKind::Percent));
        assert_eq!((n[1].value, n[1].kind), (None, NumberKind::Score));
        assert_eq!(
            (n[2].value, n[2].qualifier, n[2].unit.as_deref()),
            (Some(185.0), Qualifier::About, Some("miles"))
        );
        let n =
            find("The call lasted about one hour with at least 12 aides and a 62-year-old man.");
        assert_eq!((n[0].value, n[0].kind), (Some(1.0), NumberKind::Duration));
        assert_eq!(n[1].qualifier, Qualifier::AtLeast);
        assert_eq!(
            (n[2].value, n[2].kind, n[2].counted.as_deref()),
            (Some(62.0), NumberKind::Age, Some("man"))
        );
    }

    #[test]
    fn dozens_ones_and_ages() {
        let n = find("A dozen people fled, one soldier was killed and a man aged 70 was hurt.");
        assert_eq!((n[0].value, n[0].counted.as_deref()), (Some(12.0), Some("person")));
        assert_eq!(
            (n[1].value, n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some(1.0), Some("soldier"), Some("kill"))
        );
        assert_eq!((n[2].value, n[2].kind), (Some(70.0), NumberKind::Age));
    }

    #[test]
    fn the_prefilter_passes_every_number_word() {
        use crate::lexicon::number_words::{CARDINALS, DOZEN};
        let words = CARDINALS
            .iter()
            .chain([&DOZEN])
            .map(|(w, _)| *w)
            .chain(["twenty-five", "thirty-one-year-old"]);
        for w in words {
            assert!(word_value(w.split('-').next().unwrap()).is_some(), "{w}");
            assert!(may_be_number(w), "{w}");
        }
        for w in ["the", "that", "th", "said", "a", "", "élan", "killed"] {
            assert!(!may_be_number(w), "{w}");
        }
        assert!(may_be_number("1,730") && may_be_number("40bn"));
    }

    #[test]
    fn coordinated_counts_share_one_verb_but_keep_their_own() {
        let n = find("By Sunday, 1,200 troops and 40 tanks had been sent to the port.");
        assert_eq!(
            (n[0].counted.as_deref(), n[0].action.as_deref()),
            (Some("troop"), Some("send"))
        );
        assert_eq!((n[1].counted.as_deref(), n[1].action.as_deref()), (Some("tank"), Some("send")));
        let n = find("The raid killed 12 soldiers and wounded 30 others.");
        assert_eq!((n[0].action.as_deref(), n[1].action.as_deref()), (Some("kill"), Some("wound")));
        assert_eq!(n[1].counted.as_deref(), Some("soldier"));
        let n = find("The shelling killed 12 soldiers and 30 civilians in the town.");
        assert_eq!(
            (n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some("civilian"), Some("kill"))
        );
        let n = find("The appeal raised 5,000 signatures and 40 volunteers joined the march.");
        assert_eq!(n[1].action, None, "a count with its own verb after it");
        let n = find("The attack killed at least 12 people, including three children, in Dorn.");
        assert_eq!(n[1].action.as_deref(), Some("kill"), "a part named after “including”");
        let n = find("Nine people had died, including two firefighters, and 31 were injured.");
        assert_eq!(
            n.iter().map(|n| n.action.as_deref()).collect::<Vec<_>>(),
            [Some("die"), Some("die"), Some("injure")],
            "the part keeps the whole's verb, not the next clause's"
        );
        let n = find("Of the 1,200 passengers, 40 were injured.");
        assert_eq!(n[0].action, None, "a comma alone does not join two counts");
        let n = find("Three sailors, 12 soldiers and 40 police were injured.");
        assert!(n.iter().all(|n| n.action.as_deref() == Some("injure")), "{n:?}");
        let n = find("Police arrested 58 people and 12 were released.");
        assert_eq!(n[1].action.as_deref(), Some("release"));
    }

    #[test]
    fn a_count_after_its_verb_without_a_noun_counts_the_noun_before() {
        let n = find("The strike killed three guards and injured nine.");
        assert_eq!(
            (n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some("guard"), Some("injure"))
        );
        let n = find("Floods destroyed 1,350 homes and damaged another 2,800 across the province.");
        assert_eq!(
            (n[1].counted.as_deref(), n[1].action.as_deref()),
            (Some("home"), Some("damage"))
        );
        let n = find("The wars killed 30,000–40,000 Maori.");
        assert_eq!(n[0].counted, None, "a range whose noun comes after the dash");
    }

    #[test]
    fn tallies_and_ranges_with_to() {
        let n =
            find("Dockworkers voted 4,112 to 380 to strike, and rainfall rose 15 to 20 percent.");
        assert_eq!(
            (n[0].kind, n[0].low, n[0].high, n[0].value),
            (NumberKind::Score, Some(4112.0), Some(380.0), None)
        );
        assert_eq!((n[1].kind, n[1].low, n[1].high), (NumberKind::Percent, Some(15.0), Some(20.0)));
        let n = find("The reserve grows from 30,000 to 60,000 people and the judge sentenced 12 to 20 years.");
        assert_eq!(
            (n[0].value, n[0].counted.as_deref()),
            (Some(30000.0), Some("person")),
            "a change: two numbers, the first counting what the second does"
        );
        assert!(n.iter().all(|n| n.low.is_none()), "{n:?}");
        let n = find("Each idle day costs between $90 million and $110 million, and rainfall rose between 15 and 20 percent.");
        assert_eq!(n.len(), 2, "{n:?}");
        assert_eq!(
            (n[0].kind, n[0].low, n[0].high, n[0].value),
            (NumberKind::Money, Some(90e6), Some(110e6), None)
        );
        assert_eq!((n[1].kind, n[1].low, n[1].high), (NumberKind::Percent, Some(15.0), Some(20.0)));
        let n = find("They walked five to ten miles; it rained from 3 to 5 percent.");
        assert_eq!(
            (n[0].low, n[0].high, n[0].unit.as_deref()),
            (Some(5.0), Some(10.0), Some("miles"))
        );
        assert_eq!(
            (n[1].value, n[1].kind),
            (Some(3.0), NumberKind::Percent),
            "the start of a change in percent"
        );
    }

    #[test]
    fn shares_and_percentage_points() {
        let n = find("Two-thirds of members backed it after prices rose 4 percentage points.");
        assert_eq!(
            (n[0].kind, n[0].value.map(|v| (v * 1000.0).round())),
            (NumberKind::Other, Some(667.0))
        );
        assert_eq!(
            (n[1].kind, n[1].value, n[1].unit.as_deref()),
            (NumberKind::Percent, Some(4.0), Some("percentage points"))
        );
        assert_eq!(
            find("The Sixty-third Brigade withdrew.")[0].kind,
            NumberKind::Count,
            "an ordinal is no share"
        );
    }

    #[test]
    fn a_share_of_a_group() {
        let n = find("About 1 in 3 households and one in five workers, a survey found in 2024.");
        assert_eq!(n.len(), 3, "{n:?}");
        assert_eq!(
            (n[0].kind, n[0].qualifier, n[0].counted.as_deref()),
            (NumberKind::Other, Qualifier::About, Some("household"))
        );
        assert_eq!((n[1].value, n[1].counted.as_deref()), (Some(0.2), Some("worker")));
        let n = find("Two died in 2024.");
        assert_eq!(n[0].value, Some(2.0), "a number before a year is no share");
    }

    #[test]
    fn an_age_after_a_lower_case_title() {
        assert_eq!(find("The governor, 61, is due to meet them.")[0].kind, NumberKind::Age);
        assert_eq!(find("In the ballot, 61, not 62, voted.")[0].kind, NumberKind::Count);
        let n = find("Men aged 18 to 60 may not leave.");
        assert_eq!(
            (n.len(), n[0].kind, n[0].low, n[0].high),
            (1, NumberKind::Age, Some(18.0), Some(60.0))
        );
    }

    #[test]
    fn pronoun_one_is_not_a_number() {
        assert!(find("One of them said no one knew.").is_empty());
    }
}
