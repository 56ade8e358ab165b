//! Stemming words to one comparable form.
//!
//! Outlets spell the same word differently (defence/defense,
//! emphasised/emphasized, Kiev/Kyiv, Sergei/Sergey, Zelenskiy/Zelenskyy) and
//! inflect it differently (killed/kill, missiles/missile). Comparison must see
//! through both, so every word goes through [`stem`] before it is compared:
//! British spellings are mapped to American, common transliteration endings
//! are unified, and a light suffix stripper removes inflection. A stem only
//! needs to be consistent, not to produce real words: "emphasise" and
//! "emphasize" both become "emphasiz".

use crate::lexicon::function_words::SIMILARITY_STOPWORDS;
use crate::lexicon::hash::{fnv1a, FnvBuild};
use crate::lexicon::honorifics::{HONORIFIC_ABBREVIATIONS, HONORIFIC_WORDS};
use crate::lexicon::joined;
use std::rc::Rc;

/// One word of a text with where it stands (byte offsets into the text).
#[derive(Debug, Clone, PartialEq)]
pub struct Word<'a> {
    /// The word as written.
    pub raw: &'a str,
    /// The stemmed form (see [`stem`]), shared with every other occurrence.
    pub stem: Rc<str>,
    /// Whether the stemmed form is a function word ([`is_stopword`]).
    pub stop: bool,
    /// The stem's hash (FNV-1a of its bytes).
    pub hash: u64,
    pub start: usize,
    pub end: usize,
}

/// Splits `text` into words: runs of letters and digits, with inner
/// apostrophes, periods between digits ("1.5") and commas between digit
/// groups ("10,500") kept so numbers and contractions stay whole.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, ch)) = iter.next() {
        if !ch.is_alphanumeric() {
            continue;
        }
        let mut end = start + ch.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            if c.is_alphanumeric() {
                end = i + c.len_utf8();
                iter.next();
                continue;
            }
            // Joiners that stay inside a word only between two word characters.
            let joins = matches!(c, '\'' | '’' | '.' | ',') && {
                let next = text[i + c.len_utf8()..].chars().next();
                let prev_digit = bytes[end - 1].is_ascii_digit();
                match (c, next) {
                    ('\'' | '’', Some(n)) => n.is_alphabetic() && !prev_digit,
                    ('.' | ',', Some(n)) => prev_digit && n.is_ascii_digit(),
                    _ => false,
                }
            };
            if joins {
                iter.next();
                continue;
            }
            break;
        }
        let raw = &text[start..end];
        let (stem, stop, hash) = stem_form(raw);
        out.push(Word { raw, stem, stop, hash, start, end });
    }
    out
}

/// The stemmed forms of the words of `text`.
pub fn stemmed_words(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.stem.to_string()).collect()
}

/// Whole-word spellings that no suffix rule catches: transliterations and
/// British/American pairs with irregular shapes. Keys are lowercase.
const SPELLINGS: &[(&str, &str)] = &[
    ("kiev", "kyiv"),
    ("kharkov", "kharkiv"),
    ("odessa", "odesa"),
    ("lugansk", "luhansk"),
    ("donbass", "donbas"),
    ("dniepr", "dnieper"),
    ("nikolaev", "mykolaiv"),
    ("nikolayev", "mykolaiv"),
    ("zaporozhye", "zaporizhzhia"),
    ("zaporizhia", "zaporizhzhia"),
    ("artemovsk", "bakhmut"),
    ("yuri", "yury"),
    ("dmitri", "dmitry"),
    ("aleksei", "alexey"),
    ("alexei", "alexey"),
    ("aleksandr", "alexander"),
    ("mikhail", "mikhail"),
    ("nikolai", "nikolay"),
    ("programme", "program"),
    ("programmes", "program"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("tyres", "tire"),
    ("aluminium", "aluminum"),
    ("kerb", "curb"),
    ("cheque", "check"),
    ("storey", "story"),
    ("plough", "plow"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuver"),
    ("whilst", "while"),
    ("amongst", "among"),
    ("per cent", "percent"),
    ("pc", "percent"),
    ("%", "percent"),
];

/// Honorifics, which one outlet uses and another drops ("Mr. Austin",
/// "Austin"): the lexicon's abbreviated and written-out honorifics, and
/// "St" (Saint), which one outlet abbreviates and another writes out.
const HONORIFICS: [&str; HONORIFIC_ABBREVIATIONS.len() + HONORIFIC_WORDS.len() + 1] =
    joined(&[&HONORIFIC_ABBREVIATIONS, &HONORIFIC_WORDS, &["st"]]);

/// Whether a lowercased word is an honorific or rank abbreviation.
pub fn is_honorific(lower: &str) -> bool {
    lower.len() <= 5 && HONORIFICS.contains(&lower.trim_end_matches('.'))
}

/// Whether a stemmed word is a function word.
pub fn is_stopword(stemmed: &str) -> bool {
    thread_local! {
        static SET: std::collections::HashSet<&'static str, FnvBuild> = SIMILARITY_STOPWORDS.iter().chain(&HONORIFICS).copied().collect();
    }
    stemmed.len() <= 8 && SET.with(|set| set.contains(stemmed.trim_end_matches('.')))
}

/// The comparable form of one word, its stem: lowercase, possessive and
/// apostrophes dropped, British spelling and transliteration unified,
/// inflection removed. Numbers keep their digits (commas dropped: "10,500"
/// and "10500" agree). (The parser's `tokens::lowercase` only lower-cases.)
pub fn stem(word: &str) -> String {
    stem_form(word).0.to_string()
}

/// [`stem`] shared rather than copied, with whether the stemmed form is a
/// function word ([`is_stopword`]) and its hash. Comparison stems every word of every
/// article and then asks of most whether it is a function word; news
/// vocabulary repeats heavily, so both answers are memoised per thread and
/// handed out without copying. The cache only speeds things up and never
/// changes a result.
pub fn stem_form(word: &str) -> (Rc<str>, bool, u64) {
    type StemCache = std::collections::HashMap<Box<str>, (Rc<str>, bool, u64), FnvBuild>;
    thread_local! {
        static CACHE: std::cell::RefCell<StemCache> = Default::default();
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().get(word).cloned()) {
        return hit;
    }
    let stemmed: Rc<str> = stem_uncached(word).into();
    let entry = (stemmed.clone(), is_stopword(&stemmed), fnv1a(stemmed.as_bytes()));
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 500_000 {
            c.clear();
        }
        c.insert(word.into(), entry.clone());
    });
    entry
}

fn stem_uncached(word: &str) -> String {
    let mut w: String = word.chars().flat_map(char::to_lowercase).collect();
    w = w.replace('’', "'");
    if let Some(stripped) = w.strip_suffix("'s") {
        w = stripped.to_string();
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return w.chars().filter(|&c| c != ',').collect();
    }
    w.retain(|c| c != '\'');
    if let Some((_, to)) = SPELLINGS.iter().find(|(from, _)| *from == w) {
        return (*to).to_string();
    }
    if !w.is_ascii() || w.len() <= 3 {
        return w;
    }
    let w = british_to_american(&w);
    let w = transliteration(&w);
    strip_inflection(&w)
}

/// A hash of [`inflection_key`], memoised per thread like [`stem`].
pub fn inflection_hash(word: &str) -> u64 {
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, u64, FnvBuild>> = Default::default();
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().get(word).copied()) {
        return hit;
    }
    let h = fnv1a(inflection_key(word).as_bytes());
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 500_000 {
            c.clear();
        }
        c.insert(word.to_string(), h);
    });
    h
}

/// A word with only case, apostrophes and inflection removed, keeping its
/// spelling: "Kiev" and "Kyiv" differ here but [`stem`] to the same form,
/// which is how spelling variants are told from inflections.
pub fn inflection_key(word: &str) -> String {
    let w: String =
        word.chars().flat_map(char::to_lowercase).filter(|c| *c != '\'' && *c != '’').collect();
    if !w.is_ascii() || w.len() <= 3 {
        return w;
    }
    strip_inflection(&w)
}

/// British endings to American ones. Applied to lowercase ASCII words.
fn british_to_american(w: &str) -> String {
    let n = w.len();
    // -isation/-ise/-ised/-ising/-ises -> -iz-. Short words (rise, wise) keep
    // their s; stemming must not merge "raise" with "raze", so require length.
    for (from, to) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("iser", "izer"),
        ("isers", "izers"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
    ] {
        if n >= from.len() + 3 && w.ends_with(from) {
            return format!("{}{}", &w[..n - from.len()], to);
        }
    }
    for (from, to) in [("ence", "ense"), ("ences", "enses")] {
        // defence, offence, licence, pretence; not "science" or "silence".
        if w.ends_with(from)
            && ["fence", "fences", "icence", "icences", "etence", "etences"]
                .iter()
                .any(|s| w.ends_with(s))
        {
            return format!("{}{}", &w[..n - from.len()], to);
        }
    }
    for (from, to) in [
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("ourite", "orite"),
    ] {
        // colour, behaviour, armour, favourite; not four, your, hour, tour.
        let doubled_o = w.len() > from.len() && w.as_bytes()[n - from.len() - 1] == b'o';
        if n >= from.len() + 4 && w.ends_with(from) && !doubled_o && !w.ends_with("tours") {
            return format!("{}{}", &w[..n - from.len()], to);
        }
    }
    for (from, to) in [("tre", "ter"), ("tres", "ters")] {
        // centre, theatre, metre, litre.
        if n >= from.len() + 3 && w.ends_with(from) {
            return format!("{}{}", &w[..n - from.len()], to);
        }
    }
    for (from, to) in [("ogue", "og"), ("ogues", "ogs")] {
        if n >= from.len() + 3 && w.ends_with(from) {
            return format!("{}{}", &w[..n - from.len()], to);
        }
    }
    for (from, to) in [("lled", "led"), ("lling", "ling"), ("ller", "ler")] {
        // travelled, cancelled, modelling; "killed" becomes "kiled" on both
        // sides, which is harmless.
        if n >= from.len() + 3 && w.ends_with(from) {
            return format!("{}{}", &w[..n - from.len()], to);
        }
    }
    w.to_string()
}

/// Transliteration endings of Slavic names: Sergei/Sergey, Andrei/Andrey,
/// Zelenskiy/Zelensky/Zelenskyy.
fn transliteration(w: &str) -> String {
    if w.len() >= 5 && w.ends_with("ei") {
        return format!("{}ey", &w[..w.len() - 2]);
    }
    for ending in ["skyy", "skiy", "skii", "skyi"] {
        if let Some(base) = w.strip_suffix(ending) {
            return format!("{base}sky");
        }
    }
    w.to_string()
}

/// A light inflection stripper: plural and third-person -s, -ed, -ing, -ly,
/// with doubled consonants undone and a final e dropped, so "injure",
/// "injured", "injuring" and "injures" all become "injur".
fn strip_inflection(w: &str) -> String {
    let mut s = w.to_string();
    let len = s.len();
    if len > 4 && s.ends_with("ies") {
        s.truncate(len - 3);
        s.push('y');
    } else if len > 4
        && (s.ends_with("sses") || s.ends_with("shes") || s.ends_with("ches") || s.ends_with("xes"))
    {
        s.truncate(len - 2);
    } else if len > 3
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
    {
        s.truncate(len - 1);
    }
    let len = s.len();
    let mut stripped = false;
    if len > 5 && s.ends_with("ing") {
        s.truncate(len - 3);
        stripped = true;
    } else if len > 4 && s.ends_with("ied") {
        s.truncate(len - 3);
        s.push('y');
    } else if len > 4 && s.ends_with("ed") && !s.ends_with("eed") {
        s.truncate(len - 2);
        stripped = true;
    } else if len > 5 && s.ends_with("ly") {
        s.truncate(len - 2);
    }
    if stripped {
        let b = s.as_bytes();
        let n = b.len();
        if n >= 2
            && b[n - 1] == b[n - 2]
            && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o')
            && !b[n - 1].is_ascii_digit()
        {
            s.truncate(n - 1);
        }
    }
    if s.len() > 3 && s.ends_with('e') && !s.ends_with("ee") {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_stem_together() {
        for (a, b) in [
            ("defence", "defense"),
            ("emphasised", "emphasized"),
            ("Kiev", "Kyiv"),
            ("Sergei", "Sergey"),
            ("Zelenskiy", "Zelenskyy"),
            ("behaviour", "behavior"),
            ("centre", "center"),
            ("travelled", "traveled"),
            ("mobilisation", "mobilization"),
            ("analysed", "analyzed"),
            ("Russia’s", "Russia"),
            ("injured", "injure"),
            ("missiles", "missile"),
            ("stopping", "stop"),
            ("10,500", "10500"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} vs {b}");
        }
    }

    #[test]
    fn distinct_words_stay_distinct() {
        for (a, b) in [
            ("four", "for"),
            ("hour", "her"),
            ("five", "fifth"),
            ("science", "sciense"),
            ("kill", "injure"),
            ("rise", "rize"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} vs {b}");
        }
    }

    #[test]
    fn words_keep_numbers_and_contractions_whole() {
        let text = "It’s 10,500 troops—1.5 km, “we’ll go.”";
        let w: Vec<&str> = words(text).iter().map(|w| w.raw).collect();
        assert_eq!(w, ["It’s", "10,500", "troops", "1.5", "km", "we’ll", "go"]);
        for word in words(text) {
            assert_eq!(&text[word.start..word.end], word.raw);
        }
    }

    #[test]
    fn honorifics_are_stopwords() {
        assert!(is_stopword(&stem("Mr.")));
        assert!(is_stopword(&stem("Gen")));
        assert!(!is_stopword(&stem("Austin")));
    }
}
