//! Citations: who a sentence says spoke, with or without quotation marks
//! ("X said …", "according to X", "the spokesperson said"). Compare's
//! sources count a sentence that reports speech without quoting as a
//! citation of this speaker.

use crate::compare::normalize::words;
use crate::lexicon::dating::in_relative_date_openers;
use crate::lexicon::function_words::FUNCTION_WORDS;
use crate::lexicon::speech_verbs::COMMON_SPEECH_VERBS;

/// The speaker named in a sentence around a quote: "X said", "said X",
/// "according to X", "X told …". Capitalised runs are names; otherwise a
/// noun such as "the spokesperson".
pub fn speaker_in(sentence: &str, quote: &str) -> Option<String> {
    // The quote becomes a bar so that no name runs across it.
    let outside =
        if quote.is_empty() { sentence.to_string() } else { sentence.replacen(quote, " | ", 1) };
    let ws = words(&outside);
    let raw: Vec<&str> = ws.iter().map(|w| w.raw).collect();
    // Whether only spaces separate word i-1 from word i.
    let joined = |i: usize| i > 0 && outside[ws[i - 1].end..ws[i].start].chars().all(|c| c == ' ');
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let run_after = |from: usize| -> Vec<&str> {
        let mut run = Vec::new();
        let mut i = from;
        while i < raw.len()
            && (is_cap(raw[i]) || (matches!(raw[i], "of" | "the") && !run.is_empty()))
            && (i == from || joined(i))
        {
            run.push(raw[i]);
            i += 1;
        }
        run
    };
    for (k, w) in lower.iter().enumerate() {
        if k + 1 < lower.len() && w == "according" && lower[k + 1] == "to" {
            if let Some(name) = name_of(&run_after(k + 2)) {
                return Some(name);
            }
        }
        if COMMON_SPEECH_VERBS.contains(&w.as_str()) {
            // Name just before the verb: "Mayor Ada Quill said".
            let mut start = k;
            while start > 0
                && joined(start)
                && (is_cap(raw[start - 1])
                    || (start >= 2 && raw[start - 1] == "of" && is_cap(raw[start - 2])))
            {
                start -= 1;
            }
            if start < k && joined(k) {
                if let Some(name) = name_of(&raw[start..k]) {
                    return Some(name);
                }
            }
            // "said Ada Quill", but not "said Kiev had…": the name must end
            // the clause.
            let run = run_after(k + 1);
            let ends_clause = ws.get(k + 1 + run.len()).is_none_or(|next| {
                !joined(k + 1 + run.len()) || !next.raw.starts_with(char::is_lowercase)
            });
            if !run.is_empty() && joined(k + 1) && ends_clause {
                if let Some(name) = name_of(&run) {
                    return Some(name);
                }
            }
            // "emergency services said", "the fire service said": a body
            // named by a common noun, with the word that says which one.
            if k >= 1 && joined(k) && BODIES.contains(&lower[k - 1].as_str()) {
                let qualified = k >= 2
                    && joined(k - 1)
                    && raw[k - 2].starts_with(char::is_lowercase)
                    && !crate::compare::normalize::is_stopword(&lower[k - 2]);
                let first = if qualified { k - 2 } else { k - 1 };
                return Some(raw[first..k].join(" "));
            }
            // "Kostya Marenko, the city's chief engineer, said": the person
            // the apposition describes, not the role noun before the verb.
            if k >= 3 && outside[ws[k - 1].end..ws[k].start].trim() == "," {
                let mut open = k - 1;
                while open > 0
                    && k - open < 8
                    && !outside[ws[open - 1].end..ws[open].start].contains(',')
                {
                    open -= 1;
                }
                let is_apposition = open > 0
                    && matches!(lower[open].as_str(), "the" | "a" | "an")
                    && outside[ws[open - 1].end..ws[open].start].trim() == ",";
                if is_apposition {
                    let mut start = open;
                    while start > 0 && is_cap(raw[start - 1]) && (start == open || joined(start)) {
                        start -= 1;
                    }
                    if start < open {
                        if let Some(name) = name_of(&raw[start..open]) {
                            return Some(name);
                        }
                    }
                }
            }
            // "the spokesperson said"
            if k >= 2
                && joined(k)
                && joined(k - 1)
                && matches!(lower[k - 2].as_str(), "the" | "a" | "an")
                && !crate::compare::normalize::is_stopword(&lower[k - 1])
            {
                return Some(format!("{} {}", raw[k - 2], raw[k - 1]));
            }
        }
    }
    None
}

/// Plural or collective nouns for a body that speaks as one: with the word
/// before them ("emergency services", "city officials") they name a source.
const BODIES: &[&str] = &[
    "services",
    "service",
    "officials",
    "authorities",
    "police",
    "investigators",
    "rescuers",
    "prosecutors",
    "regulators",
    "officers",
];

/// Words that open a sentence or clause without being part of a name.
const OPENERS: &[&str] = &[
    "meanwhile",
    "however",
    "but",
    "and",
    "still",
    "also",
    "earlier",
    "later",
    "then",
    "now",
    "asked",
    "speaking",
    "separately",
    "instead",
    "in",
    "on",
    "at",
    "last",
    "this",
    "on",
];

/// A name from a run of words, without leading articles, openers or
/// honorifics, and without a trailing possessive.
fn name_of(run: &[&str]) -> Option<String> {
    let words: Vec<&str> = run
        .iter()
        .copied()
        .skip_while(|w| {
            let l = w.to_lowercase();
            matches!(l.as_str(), "the" | "of" | "a")
                || OPENERS.contains(&l.as_str())
                || crate::compare::normalize::is_honorific(&l)
        })
        .collect();
    let words: Vec<&str> = words
        .into_iter()
        .rev()
        .skip_while(|w| matches!(*w, "of" | "the"))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if words.len() == 1
        && matches!(
            words[0].to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who"
        )
    {
        return None;
    }
    if let [word] = words.as_slice() {
        if no_one_by_that_word(word) {
            return None;
        }
    }
    let name = words.join(" ");
    let name = name.trim_end_matches("’s").trim_end_matches("'s");
    (!name.is_empty()).then(|| name.to_string())
}

/// Rule `a_day_or_a_function_word_names_no_one`: one capitalised word by a
/// speech verb is no speaker when it is a day ("officials said Saturday"),
/// a month, a word opening a relative date ("Today", the lexicon's
/// `RELATIVE_DATE_OPENERS`), or a function word opening an idiom or a clause ("That said,",
/// "Enough said.", "When asked, she said").
fn no_one_by_that_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    crate::lexicon::calendar::weekday_named(word).is_some()
        || crate::lexicon::calendar::month_of(word).is_some()
        || in_relative_date_openers(&lower)
        || lower == "tonight"
        || FUNCTION_WORDS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_or_a_function_word_names_no_one() {
        let s = "Two workers were hurt in the blast, state officials said Saturday.";
        assert_eq!(speaker_in(s, "").as_deref(), Some("state officials"));
        for s in [
            "That said, the Herons won the ground battle.",
            "Enough said.",
            "When asked about the vote she said she had no regrets.",
            "The bridge will reopen, the council said Tuesday.",
        ] {
            let found = speaker_in(s, "");
            assert!(found.is_none() || found.as_deref() == Some("the council"), "{s}: {found:?}");
        }
    }

    #[test]
    fn speaker_is_found_before_or_after_the_verb() {
        let s = "“We will rebuild,” Mayor Ada Quill said on Monday.";
        assert_eq!(speaker_in(s, "We will rebuild,").as_deref(), Some("Mayor Ada Quill"));
        let s = "“We will rebuild,” said Ada Quill.";
        assert_eq!(speaker_in(s, "We will rebuild,").as_deref(), Some("Ada Quill"));
        let s = "“Not the target,” the spokesperson said.";
        assert_eq!(speaker_in(s, "Not the target,").as_deref(), Some("the spokesperson"));
    }
}
