//! Labels for events and threads: a short readable phrase in natural word
//! order ("Footbridge collapse in Port Veyra"), taken from one of the
//! group's headlines, never a bag of words from several.
//!
//! Each member's headline (or, without one, its first sentence) is cut
//! into candidate phrases ([`phrases`]): runs of at most
//! [`MAX_LABEL_WORDS`] words that cross no punctuation (a colon, comma or
//! dash ends a clause), begin and end with a content word, hold no number,
//! and hold at most one function word inside, a preposition or "and"
//! ([`PHRASE_LINKS`]: "in", "of"; not "is"). A content word
//! weighs the share of the group's articles whose headline or lead sentence
//! uses it ([`key_term_weights`]): the terms they share. A phrase scores the
//! sum of its content words' weights less [`WORD_COST`] each, so a word few
//! articles share lengthens a label only at a loss; the best phrase wins,
//! ties to the shorter, then to the earlier article.
//!
//! A label is a name for what happened, not a sentence: a phrase holding
//! a headline's verb ("Kills", "Falls": [`is_headline_verb`]) or a past
//! form ("prevented", "checked": [`is_past_form`]) is passed over, and a
//! weekday ends a phrase as a number does.
//!
//! Words keep the capital only where the articles write them with one
//! inside a sentence (names: "Port Veyra"); the label's first letter is a
//! capital.

use super::normalize::{words, Word};
use super::Prepared;
use crate::lexicon::ascii_case::ends_with_ci;
use crate::lexicon::calendar::weekday_named;
use crate::lexicon::function_words::{FUNCTION_WORDS, PHRASE_LINKS};
use crate::lexicon::number_words::count_word;
use crate::lexicon::SortedMap;
use crate::model::ArticleGroup;
use crate::parse::tokens::in_sentence_case;
use std::collections::BTreeMap;

/// The most words a label holds.
pub const MAX_LABEL_WORDS: usize = 6;

/// What each content word of a label costs against its weight (the share
/// of the group's articles that use it): a word fewer than this share of
/// the articles use lowers the score.
pub const WORD_COST: f64 = 0.5;

/// A group with its label.
pub fn labelled(docs: &[Prepared], members: &[usize]) -> ArticleGroup {
    ArticleGroup { articles: members.to_vec(), label: label(docs, members) }
}

/// The headline of an article, or its first sentence.
fn headline<'a>(d: &'a Prepared) -> &'a str {
    d.article
        .title
        .as_ref()
        .map(|t| t.text.as_str())
        .or_else(|| d.article.sentences.first().map(|s| s.text.as_str()))
        .unwrap_or("")
}

/// A word that may carry a label: not a function word, not a number.
fn is_content(w: &Word) -> bool {
    let lower = w.raw.to_lowercase();
    !w.stop
        && w.raw.chars().any(char::is_alphabetic)
        && !w.raw.chars().any(|c| c.is_ascii_digit())
        && !FUNCTION_WORDS.contains(&lower.as_str())
        && count_word(&lower).is_none()
}

/// For each stemmed content word, the share of the members whose headline
/// or lead sentence uses it.
pub fn key_term_weights(docs: &[Prepared], members: &[usize]) -> SortedMap<String, f64> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for &m in members {
        let d = &docs[m];
        let lead = d.article.sentences.first().map(|s| s.text.as_str()).unwrap_or("");
        let mut seen: Vec<String> = words(headline(d))
            .iter()
            .chain(words(lead).iter())
            .filter(|w| is_content(w))
            .map(|w| w.stem.to_string())
            .collect();
        crate::lexicon::sort_dedup(&mut seen);
        for s in seen {
            *counts.entry(s).or_default() += 1;
        }
    }
    let n = members.len().max(1) as f64;
    counts.into_iter().map(|(s, c)| (s, c as f64 / n)).collect()
}

/// The candidate phrases of a headline (see the module docs), as byte
/// ranges of whole words.
pub fn phrases(text: &str) -> Vec<Vec<Word<'_>>> {
    let ws = words(text);
    // Clauses: runs of words with only spaces, hyphens or apostrophes between.
    let mut clauses: Vec<Vec<Word>> = vec![Vec::new()];
    let mut last_end = None;
    for w in ws {
        if let Some(end) = last_end {
            let gap = &text[end..w.start];
            if !gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’')) {
                clauses.push(Vec::new());
            }
        }
        last_end = Some(w.end);
        if let Some(c) = clauses.last_mut() {
            c.push(w);
        }
    }
    let mut out = Vec::new();
    for clause in &clauses {
        for i in 0..clause.len() {
            if !is_content(&clause[i]) {
                continue;
            }
            let mut inner_function = 0;
            for j in i..clause.len().min(i + MAX_LABEL_WORDS) {
                let w = &clause[j];
                if w.raw.chars().any(|c| c.is_ascii_digit())
                    || count_word(&w.raw.to_lowercase()).is_some()
                    || weekday_named(w.raw).is_some()
                {
                    break;
                }
                if !is_content(w) {
                    inner_function += 1;
                    let link = PHRASE_LINKS.contains(&w.raw.to_lowercase().as_str());
                    if inner_function > 1 || !link {
                        break;
                    }
                    continue;
                }
                out.push(clause[i..=j].to_vec());
            }
        }
    }
    out
}

/// Whether a headline word is a verb in the headline's present tense: it
/// ends in "s" ("Kills", "Crashes") and the articles also write it with
/// "-ing" or "-ed" ("killing", "killed"), which a plural noun ("cables")
/// rarely takes. `written` holds the group's words, lower-case, sorted
/// without repeats.
pub fn is_headline_verb(word: &str, written: &[String]) -> bool {
    let lower = word.to_lowercase();
    if lower.len() < 4 || !lower.ends_with('s') || lower.ends_with("ss") || lower.ends_with("us") {
        return false;
    }
    let base = &lower[..lower.len() - 1];
    let bases = [base, base.strip_suffix('e').unwrap_or(base)];
    bases.iter().any(|b| {
        let has = |w: String| written.binary_search(&w).is_ok();
        ["ing", "ed"].iter().any(|end| has(format!("{b}{end}")))
            || has(format!("{}ing", b.strip_suffix('e').unwrap_or(b)))
    })
}

/// The words the articles write as names: with a capital inside a
/// sentence (not as its first word) more often than without. Lower-case
/// word → its most common capitalised form.
fn name_forms(docs: &[Prepared], members: &[usize]) -> SortedMap<String, String> {
    // lower-case → (capitalised forms and counts, uses without a capital)
    type Seen = BTreeMap<String, (BTreeMap<String, usize>, usize)>;
    let mut seen: Seen = BTreeMap::new();
    for &m in members {
        let article = &docs[m].article;
        let title = article.title.as_ref().map(|t| t.text.as_str()).filter(|t| in_sentence_case(t));
        let title_words = title.map(words).unwrap_or_default();
        // The sentences' words as `Prepared` read them once.
        let texts = std::iter::once(&title_words).chain(&docs[m].words);
        for sentence in texts {
            for w in sentence.iter().skip(1) {
                let e = seen.entry(w.raw.to_lowercase()).or_default();
                if w.raw.starts_with(char::is_uppercase) {
                    *e.0.entry(w.raw.to_string()).or_default() += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
    }
    seen.into_iter()
        .filter_map(|(lower, (forms, small))| {
            let capital: usize = forms.values().sum();
            let best = forms.into_iter().max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)))?;
            (capital > small).then_some((lower, best.0))
        })
        .collect()
}

/// Whether a word is a past form ("checked", "prevented"), which makes a
/// phrase a clause ("Navy prevented pirates", "Tara Reid checked"), unless
/// the articles write it as a name ("Armed Forces").
fn is_past_form(word: &str, names: &SortedMap<String, String>) -> bool {
    let lower = word.to_lowercase();
    lower.len() > 4 && lower.ends_with("ed") && !names.contains_key(&lower)
}

/// Whether a phrase uses one content word twice ("Esther Williams-Esther
/// Williams", a page's name repeated before its headline): a label names a
/// thing once, so such a phrase is passed over for one that does.
fn repeats_a_word(phrase: &[Word]) -> bool {
    let stems: Vec<&str> = phrase.iter().filter(|w| is_content(w)).map(|w| &*w.stem).collect();
    stems.iter().enumerate().any(|(i, s)| stems[..i].contains(s))
}

/// Whether a headline word keeps the capitals it is written with, when the
/// articles' sentences do not say how they write it: a mixed-case word
/// ("McCain", "iPhone") or a short all-capitals one that reads as an
/// acronym ("NATO", "FBI"). A longer word in capitals ("ESCAPE") is a
/// headline's shouting, not a name, and is written in lower case.
fn keeps_inner_capitals(word: &str) -> bool {
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    let shouted = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    inner_capital && (!shouted || word.chars().count() <= MAX_ACRONYM_LETTERS)
}

/// The longest all-capitals word read as an acronym in a label ("UNICEF"
/// has six letters; "ESCAPE" would pass too at six, so five: a longer
/// acronym still keeps its capitals when the articles write it so inside
/// a sentence, through [`name_forms`]).
const MAX_ACRONYM_LETTERS: usize = 5;

/// The label of a group (see the module docs).
pub fn label(docs: &[Prepared], members: &[usize]) -> String {
    let weights = key_term_weights(docs, members);
    let names = name_forms(docs, members);
    // is_headline_verb looks up only words ending in "ing" or "ed", so only
    // those are kept (lower-casing makes no other word end so: no capital
    // lower-cases to one of those letters). Every word of every member was
    // most of the cost of labelling a large comparison.
    let mut written: Vec<String> = members
        .iter()
        .flat_map(|&m| &docs[m].words)
        .flat_map(|s| s.iter())
        .filter(|w| ends_with_ci(w.raw, "ing") || ends_with_ci(w.raw, "ed"))
        .map(|w| w.raw.to_lowercase())
        .collect();
    crate::lexicon::sort_dedup(&mut written);
    // (score, words, member order) of the best phrase so far.
    let mut best: Option<(f64, Vec<Word>)> = None;
    for &m in members {
        for phrase in phrases(headline(&docs[m])) {
            if phrase.iter().any(|w| is_headline_verb(w.raw, &written))
                || phrase.iter().any(|w| is_past_form(w.raw, &names))
                || repeats_a_word(&phrase)
            {
                continue;
            }
            let score: f64 = phrase
                .iter()
                .filter(|w| is_content(w))
                .map(|w| weights.get(&*w.stem).copied().unwrap_or(0.0) - WORD_COST)
                .sum();
            let better = match &best {
                None => true,
                Some((s, p)) => score > s + 1e-9 || (score > s - 1e-9 && phrase.len() < p.len()),
            };
            if better {
                best = Some((score, phrase));
            }
        }
    }
    let Some((_, phrase)) = best else {
        return members.first().map(|&m| headline(&docs[m]).to_string()).unwrap_or_default();
    };
    let mut out = String::new();
    for (k, w) in phrase.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let lower = w.raw.to_lowercase();
        if keeps_inner_capitals(w.raw) && !names.contains_key(&lower) {
            out.push_str(w.raw);
        } else if let Some(name) = names.get(&lower) {
            out.push_str(name);
        } else {
            out.push_str(&lower);
        }
    }
    let mut cs = out.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseOptions;

    fn article(text: &str) -> crate::model::Article {
        crate::parse(text, &ParseOptions::default()).expect("parses")
    }

    fn label_of(texts: &[&str]) -> String {
        let articles: Vec<_> = texts.iter().map(|t| article(t)).collect();
        let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
        let members: Vec<usize> = (0..docs.len()).collect();
        label(&docs, &members)
    }

    #[test]
    fn a_label_is_a_phrase_of_one_headline_in_its_word_order() {
        let l = label_of(&[
            "Dam Breach Near Lake Ossel Floods Two Villages\n\nThe dam near Lake Ossel breached on Tuesday, flooding two villages.\n",
            "Lake Ossel dam gives way: what we know\n\nA dam on Lake Ossel gave way on Tuesday after days of rain.\n",
            "Villagers flee as water rises\n\nResidents near Lake Ossel fled on Tuesday when the dam breached.\n",
        ]);
        assert!(["Dam breach near Lake Ossel", "Lake Ossel dam"].contains(&l.as_str()), "{l}");
    }

    #[test]
    fn phrases_stop_at_punctuation_numbers_and_function_words() {
        let ps: Vec<String> = phrases("Storm hits Varn: 12 boats lost, harbour had been closed")
            .iter()
            .map(|p| p.iter().map(|w| w.raw).collect::<Vec<_>>().join(" "))
            .collect();
        assert!(ps.contains(&"Storm hits Varn".to_string()), "{ps:?}");
        assert!(!ps.iter().any(|p| p.contains("Varn boats")), "a colon ends a clause: {ps:?}");
        assert!(!ps.iter().any(|p| p.contains("12")), "{ps:?}");
        assert!(!ps.iter().any(|p| p.contains("had been")), "{ps:?}");
        assert!(!ps.iter().any(|p| p.ends_with("had")), "{ps:?}");
    }

    #[test]
    fn a_headline_verb_is_left_out() {
        let written: Vec<String> =
            ["cables", "closing", "crashed", "killing"].iter().map(|w| w.to_string()).collect();
        assert!(is_headline_verb("Kills", &written));
        assert!(is_headline_verb("Crashes", &written));
        assert!(is_headline_verb("Closes", &written));
        assert!(!is_headline_verb("Cables", &written));
        assert!(!is_headline_verb("Collapse", &written));
        let l = label_of(&[
            "Landslide Near Orrin Pass Kills Four\n\nA landslide near Orrin Pass on Friday buried the road, killing four drivers.\n",
            "Orrin Pass landslide: road shut\n\nThe landslide near Orrin Pass on Friday shut the road after killing four drivers.\n",
        ]);
        assert!(["Landslide near Orrin Pass", "Orrin Pass landslide"].contains(&l.as_str()), "{l}");
    }

    #[test]
    fn a_label_holds_no_auxiliary_and_no_past_form_at_its_edges() {
        let l = label_of(&[
            "mira holt is getting help after ferry crash\n\nMira Holt checked into a clinic after the ferry crash in Dunmore.\n",
            "Singer Mira Holt checked into clinic\n\nMira Holt checked into a clinic in Dunmore on Friday.\n",
        ]);
        assert!(!l.contains(" is ") && !l.contains("checked"), "{l}");
        assert!(
            l.contains("Mira Holt") || !l.to_lowercase().contains("mira"),
            "names keep their capitals: {l}"
        );
    }

    #[test]
    fn weekdays_end_a_phrase() {
        let ps: Vec<String> = phrases("Harbour Navy on Saturday stopped raiders")
            .iter()
            .map(|p| p.iter().map(|w| w.raw).collect::<Vec<_>>().join(" "))
            .collect();
        assert!(ps.contains(&"Harbour Navy".to_string()), "{ps:?}");
        assert!(!ps.iter().any(|p| p.contains("Saturday")), "{ps:?}");
    }

    #[test]
    fn a_name_capitalised_only_in_a_sentence_case_headline_keeps_its_capitals() {
        assert!(in_sentence_case("Mara Lindqvist is leaving the harbour board"));
        assert!(!in_sentence_case("Ferry Strike In Kessel Harbour"));
        let l = label_of(&[
            "Mara Lindqvist is leaving the harbour board\n\nLindqvist resigned on Monday after a long row over fees.\n",
        ]);
        assert_eq!(l, "Mara Lindqvist");
    }

    #[test]
    fn a_phrase_that_repeats_a_name_is_passed_over() {
        let l = label_of(&[
            "Pella Marsh-Pella Marsh: Rowing Champion Dies Aged 88\n\nPella Marsh, the rowing champion, died on Monday.\n",
            "Rowing champion Pella Marsh dies\n\nPella Marsh won three titles before she turned to coaching.\n",
        ]);
        assert!(!l.contains("Marsh Pella"), "{l}");
        assert_eq!(l.matches("Pella").count(), 1, "{l}");
    }

    #[test]
    fn a_shouted_headline_word_is_lower_case_but_an_acronym_keeps_capitals() {
        assert!(!keeps_inner_capitals("ESCAPE"));
        assert!(keeps_inner_capitals("NATO"));
        assert!(keeps_inner_capitals("McCain"));
        assert!(!keeps_inner_capitals("Harbour"));
        let l = label_of(&[
            "BREAKOUT at Varn jail\n\nTwo men escaped from the jail at Varn overnight. The breakout was found at dawn.\n",
        ]);
        assert!(l.starts_with("Breakout"), "{l}");
    }

    #[test]
    fn common_words_are_lower_case_and_names_keep_capitals() {
        let l = label_of(&[
            "Ferry Strike In Kessel Harbour\n\nA strike stopped the ferry in Kessel Harbour on Monday. The ferry crews want more pay.\n",
        ]);
        assert_eq!(l, "Ferry strike in Kessel Harbour");
    }
}
