//! Sentence splitting for news prose.
//!
//! A full stop ends a sentence unless the word before it is an abbreviation
//! that news style uses mid-sentence ("Mr.", "Maj. Gen.", "Jan. 18",
//! "St. Petersburg", "U.S."), and a sentence that closes inside quotation
//! marks ends after the closing mark. A quotation that runs over several
//! sentences is still split into sentences; quotes are tracked separately.

use crate::lexicon::bytewise::{has_byte, has_non_ascii, word_at};
use crate::lexicon::calendar::MONTH_ABBREVIATIONS;
use crate::lexicon::honorifics::{HONORIFIC_ABBREVIATIONS, RANK_ABBREVIATIONS};
use crate::parse::tokens::char_at;
use std::ops::Range;

/// Abbreviations after which a full stop does not end a sentence when a
/// number or a lower-case word follows ("approx. 40", "Acme Inc. said").
/// They can end one otherwise ("… and so on, etc. The"), unlike
/// [`BINDING_ABBREVIATIONS`], which are tried first.
const ABBREVIATIONS: &[&str] = &[
    "sr", "jr", "ft", "cpt", "nos", "etc", "approx", "est", "inc", "ltd", "co", "corp", "bros",
    "dept", "univ", "assn", "ave", "blvd", "rd", "pp", "op", "cf", "al",
];

/// Abbreviations that are never sentence-final in practice, so they do not
/// end a sentence even before a capitalised word: besides the honorifics,
/// ranks and month abbreviations of the lexicon, "St. Petersburg", "Mt.
/// Hood", "Pres.", "No. 10", "Smith vs. Jones", "Fig. 2", "Vol. 3".
const TITLES: &[&str] = &["st", "mt", "pres", "no", "vs", "v", "fig", "vol"];

/// Every list whose abbreviations bind to the word after them.
const BINDING_ABBREVIATIONS: [&[&str]; 4] =
    [&HONORIFIC_ABBREVIATIONS, &RANK_ABBREVIATIONS, &MONTH_ABBREVIATIONS, TITLES];

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[')
}

/// Splits `text[range]` into sentences and returns their byte ranges in
/// `text`, trimmed of surrounding whitespace. Every non-space character of the
/// range falls in exactly one sentence. Works on byte positions of the slice
/// (always at character boundaries) so no per-paragraph character vector is
/// built.
#[cfg(test)] // the passes call the `_in`/`_into` forms on shared tokens
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_sentences_into(text, range, &mut out);
    out
}

/// [`split_sentences`], appending to `out`: the article's sentences are
/// gathered in one list instead of one list per paragraph.
pub fn split_sentences_into(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let len = slice.len();
    let base = range.start;
    let mut start = 0usize; // byte in slice
    let mut i = 0usize;
    let bytes = slice.as_bytes();
    while i < len {
        // Jump to the next byte that can start a terminal mark: ASCII `.`,
        // `!`, `?`, or the lead byte of `…` (0xE2), `。` (0xE3), `！`/`？`
        // (0xEF). Continuation bytes never match, so `i` stays on a
        // character boundary.
        match next_possible_terminal(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        let (c, c_len) = char_at(slice, i);
        let terminal = matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？');
        if !terminal {
            i += c_len;
            continue;
        }
        // Take the whole run of terminal punctuation and closing marks.
        let mut end = i + c_len;
        while end < len {
            let (d, d_len) = char_at(slice, end);
            if !(matches!(d, '.' | '!' | '?' | '…') || is_closing_quote(d)) {
                break;
            }
            end += d_len;
        }
        // A sentence ends only before whitespace and then a plausible start.
        let mut next = end;
        while next < len {
            let (d, d_len) = char_at(slice, next);
            if !d.is_whitespace() {
                break;
            }
            next += d_len;
        }
        let at_end = next >= len;
        let spaced = next > end;
        // Full-width stops of scripts written without spaces end a sentence as they stand.
        let unspaced_script = matches!(c, '。' | '！' | '？');
        if !at_end && !unspaced_script && (!spaced || !starts_sentence(char_at(slice, next).0)) {
            i = end;
            continue;
        }
        if c == '.' && !at_end && is_abbreviation(slice, start, i, &slice[next..]) {
            i = end;
            continue;
        }
        push_trimmed(out, slice, base, start, end);
        start = next;
        i = next;
    }
    if start < len {
        push_trimmed(out, slice, base, start, len);
    }
}

/// The first byte at or after `from` that can start a terminal mark: ASCII
/// `.`, `!`, `?`, or the lead byte of `…` (0xE2), `。` (0xE3), `！`/`？`
/// (0xEF). Eight bytes of plain ASCII prose with none of the three marks,
/// most of a paragraph, are passed over at once.
fn next_possible_terminal(bytes: &[u8], mut from: usize) -> Option<usize> {
    let possible = |b: &u8| matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF);
    while let Some(eight) = word_at(bytes, from) {
        if has_non_ascii(eight)
            || has_byte(eight, b'.')
            || has_byte(eight, b'!')
            || has_byte(eight, b'?')
        {
            // Some byte here may be one (or be another non-ASCII byte).
            if let Some(skip) = bytes[from..from + 8].iter().position(possible) {
                return Some(from + skip);
            }
        }
        from += 8;
    }
    bytes[from..].iter().position(possible).map(|skip| from + skip)
}

fn push_trimmed(out: &mut Vec<Range<usize>>, slice: &str, base: usize, from: usize, to: usize) {
    let piece = &slice[from..to];
    // A sentence nearly always starts and ends with a visible ASCII
    // character (a letter, a stop, a quote mark); then there is nothing to
    // trim, and the ends need not be decoded as Unicode.
    let visible = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    let (lead, trail) = if visible(piece.as_bytes().first()) && visible(piece.as_bytes().last()) {
        (0, 0)
    } else {
        (piece.len() - piece.trim_start().len(), piece.len() - piece.trim_end().len())
    };
    if lead + trail < piece.len() {
        out.push(base + from + lead..base + to - trail);
    }
}

/// Could a sentence start with `c`? An upper-case letter, a digit, an
/// opening quote or bracket, or any letter of a script without case.
fn starts_sentence(c: char) -> bool {
    if is_opening(c) || c.is_numeric() || c.is_uppercase() {
        return true;
    }
    c.is_alphabetic() && !c.is_lowercase()
}

/// Is the full stop at byte `dot` of `slice` the end of an abbreviation
/// rather than of the sentence? `rest` is the text after the spaces that
/// follow it.
fn is_abbreviation(slice: &str, sentence_start: usize, dot: usize, rest: &str) -> bool {
    // The word before the dot.
    let before = &slice[sentence_start..dot];
    let word_len: usize = before
        .chars()
        .rev()
        .take_while(|&c| c.is_alphanumeric() || c == '.')
        .map(char::len_utf8)
        .sum();
    let w = dot - word_len;
    let word = &slice[w..dot];
    if word.is_empty() {
        return false;
    }
    // Initialisms: "U.S", "U.N", "a.m", and single initials "J" in "Lloyd J. Austin".
    let is_initialism = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
    let mut word_chars = word.chars();
    let single_initial =
        matches!((word_chars.next(), word_chars.next()), (Some(c), None) if c.is_uppercase());
    let next_len: usize =
        rest.chars().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
    let next_word = &rest[..next_len];
    let next_first = next_word.chars().next();
    let next_is_number = next_first.is_some_and(|c| c.is_ascii_digit());
    // The lists hold short ASCII words; longer or non-ASCII words need no lowercase copy.
    let listed = |lists: &[&[&str]]| {
        word.len() <= 6
            && word.is_ascii()
            && lists.iter().any(|list| list.iter().any(|a| a.eq_ignore_ascii_case(word)))
    };
    if listed(&BINDING_ABBREVIATIONS) {
        // "Jan. 18", "Gen. Milley", "St. Petersburg": the title binds forward.
        return true;
    }
    if listed(&[ABBREVIATIONS]) {
        return next_is_number || next_first.is_some_and(|c| c.is_lowercase());
    }
    if single_initial {
        // "Lloyd J. Austin": an initial between two names. A lone capital at
        // the end of a sentence ("Plan B.") is rare in news copy.
        return next_first.is_some_and(|c| c.is_uppercase()) && w > sentence_start;
    }
    if is_initialism {
        // "U.S. Defense Secretary" continues; "in the U.S. The" usually ends,
        // but both read the same. Keep going when the next word is one that
        // commonly follows the initialism inside a sentence.
        return initialism_continues(next_word);
    }
    false
}

/// After "U.S." a capitalised word still continues the sentence when it is
/// part of a name ("U.S. Defense Secretary", "U.S. State Department"); it
/// starts a new one when it is a function word ("U.S. The", "U.S. It").
fn initialism_continues(next_word: &str) -> bool {
    const SENTENCE_STARTERS: &[&str] = &[
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "But",
        "And",
        "In",
        "On",
        "At",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "However",
        "Meanwhile",
        "After",
        "Before",
        "When",
        "While",
        "As",
        "If",
        "So",
        "Yet",
        "Still",
        "Some",
        "Many",
        "Most",
        "Officials",
        "According",
    ];
    !SENTENCE_STARTERS.contains(&next_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_eight_byte_scan_finds_what_a_byte_scan_finds() {
        let plain = |bytes: &[u8], from: usize| {
            bytes[from..]
                .iter()
                .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF))
                .map(|skip| from + skip)
        };
        for text in [
            "",
            "no marks in this long line of words at all",
            "café au lait and more words é é é then. end",
            "a—b “c” d… e。f！g？h! i? j.",
            "abcdefghijklmnop?",
        ] {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                assert_eq!(
                    next_possible_terminal(bytes, from),
                    plain(bytes, from),
                    "{text:?} from {from}"
                );
            }
        }
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // lists of sentence ranges, the first of one
    fn splitting_into_one_list_appends() {
        let text = "One fell. Two rose! Three? Four";
        let mut all = vec![0..3];
        split_sentences_into(text, 0..9, &mut all);
        split_sentences_into(text, 10..text.len(), &mut all);
        assert_eq!(
            all,
            [vec![0..3], split_sentences(text, 0..9), split_sentences(text, 10..text.len())]
                .concat()
        );
    }

    #[test]
    fn ordinary_sentences() {
        assert_eq!(
            split("One fell. Two rose! Three? Four"),
            vec!["One fell.", "Two rose!", "Three?", "Four"]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("U.S. Defense Secretary Lloyd J. Austin met Mr. Ortiz on Jan. 18 in St. Petersburg. Maj. Gen. Ryder spoke."),
            vec![
                "U.S. Defense Secretary Lloyd J. Austin met Mr. Ortiz on Jan. 18 in St. Petersburg.",
                "Maj. Gen. Ryder spoke."
            ]
        );
    }

    #[test]
    fn initialism_at_sentence_end() {
        assert_eq!(
            split("Aid came from the U.S. The ministry said so."),
            vec!["Aid came from the U.S.", "The ministry said so."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“We will act.” She left. He said: \"Go now.\" Then silence."),
            vec!["“We will act.”", "She left.", "He said: \"Go now.\"", "Then silence."]
        );
    }

    #[test]
    fn quote_spanning_sentences_splits_inside() {
        assert_eq!(
            split("“It is hell. The town is gone,” he said."),
            vec!["“It is hell.", "The town is gone,” he said."]
        );
    }

    #[test]
    fn lowercase_after_stop_does_not_split() {
        assert_eq!(
            split("The vote was 86-11 vs. expectations of more."),
            vec!["The vote was 86-11 vs. expectations of more."]
        );
        assert_eq!(split("Prices rose 3.5 percent."), vec!["Prices rose 3.5 percent."]);
    }

    #[test]
    fn ellipsis_and_non_latin() {
        assert_eq!(split("Wait… Then go."), vec!["Wait…", "Then go."]);
        assert_eq!(
            split("Это тест. Второе предложение."),
            vec!["Это тест.", "Второе предложение."]
        );
        assert_eq!(split("東京で会議。次の日。"), vec!["東京で会議。", "次の日。"]);
    }
}
