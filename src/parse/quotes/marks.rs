//! Quotation marks: where each quote of a paragraph opens and closes.
//!
//! Curly and straight double quotes, with single quotes nested inside them
//! left alone; a top-level single-quoted passage of three words or more
//! counts too (British style). Two named rules widen what counts as a mark:
//!
//! - [`DOUBLE_APOSTROPHE`]: two apostrophes (`''`) or two backticks stand
//!   for a straight double quote, as some newspapers' archives and wire
//!   feeds write them (`''We will win,'' she said.`).
//! - [`straight_single`]: a straight single quote stands for the curly
//!   one where it can only open or close a passage, so British copy typed
//!   without curly marks (`'We will rebuild,' she said.`) is read.
//! - [`closing_mark_opens`]: a closing curly mark (`”`) where a quote can
//!   only open (at a paragraph's start or after a space, before a word,
//!   with no quote open) is a typo for the opening one.

use crate::lexicon::bytewise::{has_byte, has_non_ascii, word_at};
use crate::parse::tokens::char_at;
use std::ops::Range;

/// The two-character spellings of a straight double quote: two apostrophes
/// and two backticks. Read as `"` everywhere a mark is looked for.
pub(super) const DOUBLE_APOSTROPHE: [&str; 2] = ["''", "``"];

/// The first byte at or after `from` that is one of the ASCII bytes
/// `listed` or is not ASCII: when `from` is on a character boundary, the
/// latter is the first byte of a multi-byte character, so the result is on
/// a boundary too. Prose is mostly ASCII letters and spaces; this passes over
/// eight of them at a time with a few arithmetic operations instead of
/// comparing every byte with every listed one.
fn next_listed_or_wide(bytes: &[u8], from: usize, listed: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(word) = word_at(bytes, i) {
        if has_non_ascii(word) || listed.iter().any(|&b| has_byte(word, b)) {
            break;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b >= 0x80 || listed.contains(&b)).map(|p| i + p)
}

/// The length in bytes of the quotation mark that ends `before` (the text
/// up to a quote's first byte): 2 for a [`DOUBLE_APOSTROPHE`], else the
/// last character's.
pub(super) fn opening_len(before: &str) -> usize {
    if DOUBLE_APOSTROPHE.iter().any(|m| before.ends_with(m)) {
        return 2;
    }
    before.chars().next_back().map_or(0, char::len_utf8)
}

/// The length in bytes of the quotation mark that opens `after` (the text
/// from a quote's end): 2 for a [`DOUBLE_APOSTROPHE`], else the first
/// character's.
pub(super) fn closing_len(after: &str) -> usize {
    if DOUBLE_APOSTROPHE.iter().any(|m| after.starts_with(m)) {
        return 2;
    }
    after.chars().next().map_or(0, char::len_utf8)
}

/// A closing curly mark standing where only an opening one makes sense: no
/// quote open, a space or the paragraph's edge before it, a word after it.
pub(super) fn closing_mark_opens(open: bool, prev: char, next: char) -> bool {
    !open && prev.is_whitespace() && next.is_alphanumeric()
}

/// A straight quote closed by a curly one, or a curly quote closed by a
/// straight one (`"We stay,” she said`): mixed marks, as copy pasted from
/// several sources has them, close where a closing mark can stand (after
/// a word or punctuation, before a space or punctuation).
pub(super) fn mismatched_close(open: char, c: char, prev: char, next: char) -> bool {
    let mixed = matches!((open, c), ('"', '”') | ('“', '"'));
    mixed && !prev.is_whitespace() && !next.is_alphanumeric()
}

/// Rule [`straight_single`]: a straight single quote (`'`) at `i` of
/// `slice` read as the curly mark it stands for, as British copy typed
/// without curly marks has them (`He said: 'We will rebuild.'`): an opening
/// `‘` after a space, a dash or an opening bracket and before a letter, a
/// closing `’` after a word or punctuation and before a space or
/// punctuation. Every other `'` is an apostrophe: inside a word ("isn't"),
/// before a digit ("the '90s"), after an abbreviation ("Co.'s"), and after
/// the "s" of a plural possessive followed by a lower-case word ("the
/// workers' union"). A passage still needs three words to count, as the
/// curly single-quoted one does. Only text that marks no quote with double
/// marks is read so ([`marks_speech_with_singles`]): where double marks
/// quote speech, single ones set off titles and headings ("'All Bets Are
/// Off.'").
fn straight_single(slice: &str, i: usize) -> Option<char> {
    let prev = slice[..i].chars().next_back().unwrap_or(' ');
    let rest = &slice[i + 1..];
    let next = rest.chars().next().unwrap_or(' ');
    if (prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–')) && next.is_alphabetic() {
        return Some('‘');
    }
    let possessive =
        prev == 's' && rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase));
    (!prev.is_whitespace() && !next.is_alphanumeric() && !possessive).then_some('’')
}

/// Whether the paragraphs of `text` use no double quotation mark at all, so
/// that a straight single quote is read as one ([`straight_single`]).
pub(super) fn marks_speech_with_singles(text: &str, paragraphs: &[Range<usize>]) -> bool {
    let double = |p: &Range<usize>| {
        text.get(p.clone())
            .is_some_and(|t| t.contains(['"', '“', '”', '„', '«', '»']) || t.contains("''"))
    };
    !paragraphs.iter().any(double)
}

/// A quote's marks: the range of the words between them, and whether the
/// quote was still open when the paragraph ended.
///
/// Every mark is `"`, `'`, `` ` `` or a non-ASCII character, so the scan
/// jumps from one such character to the next and decodes characters only
/// there, instead of decoding the whole paragraph.
///
/// `singles`: read straight single quotes as quotation marks (see
/// [`marks_speech_with_singles`]).
pub(super) fn quote_ranges(
    text: &str,
    para: Range<usize>,
    singles: bool,
) -> Vec<(Range<usize>, bool)> {
    let slice = &text[para.clone()];
    let bytes = slice.as_bytes();
    let base = para.start;
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None; // start of words, opening mark
    let mut single: Option<usize> = None;
    // A straight quote open inside a curly one.
    let mut nested = false;
    let mut from = 0;
    while let Some(i) = next_listed_or_wide(bytes, from, b"\"'`") {
        let (mut c, mut c_len) = char_at(slice, i);
        if matches!(c, '\'' | '`') {
            if DOUBLE_APOSTROPHE.iter().any(|m| slice[i..].starts_with(m)) {
                (c, c_len) = ('"', 2);
            } else if let Some(curly) =
                (singles && c == '\'').then(|| straight_single(slice, i)).flatten()
            {
                c = curly;
            } else {
                from = i + 1;
                continue;
            }
        }
        from = i + c_len;
        if !matches!(c, '“' | '„' | '«' | '"' | '”' | '»' | '‘' | '’') {
            continue;
        }
        // The characters around the mark; a paragraph's edges read as spaces.
        let prev = slice[..i].chars().next_back().unwrap_or(' ');
        let next = slice[from..].chars().next().unwrap_or(' ');
        let at = base + i;
        match (open, c) {
            (None, '“') | (None, '„') | (None, '«') => {
                open = Some((at + c_len, c));
                single = None;
            }
            (None, '”') if closing_mark_opens(false, prev, next) => {
                open = Some((at + c_len, '“'));
                single = None;
            }
            (None, '"')
                if !prev.is_alphanumeric() || next.is_alphanumeric() && prev.is_whitespace() =>
            {
                open = Some((at + c_len, '"'));
                single = None;
            }
            (Some((s, o)), '”') | (Some((s, o)), '»') if o != '"' => {
                out.push((s..at, false));
                open = None;
            }
            (Some((s, '"')), '"') => {
                out.push((s..at, false));
                open = None;
            }
            // "He read “no” aloud": curly marks nested in a straight quote.
            (Some((_, '"')), '“') => nested = true,
            (Some((_, '"')), '”') if nested => nested = false,
            // “He said "no" to me”: straight marks nested in a curly quote.
            (Some((_, o)), '"') if o != '"' && (nested || prev.is_whitespace()) => {
                nested = !nested;
            }
            (Some((s, o)), c) if mismatched_close(o, c, prev, next) => {
                out.push((s..at, false));
                open = None;
            }
            (None, '‘') if !prev.is_alphanumeric() => {
                single = Some(at + c_len);
            }
            (None, '’') if !next.is_alphanumeric() => {
                if let Some(s) = single.take() {
                    if text[s..at].split_whitespace().count() >= 3 {
                        out.push((s..at, false));
                    }
                }
            }
            _ => {}
        }
        nested &= open.is_some();
    }
    if let Some((s, _)) = open {
        out.push((s..para.end, true));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(p: &str) -> Vec<&str> {
        let whole = 0..p.len();
        let singles = marks_speech_with_singles(p, std::slice::from_ref(&whole));
        quote_ranges(p, whole, singles).into_iter().map(|(r, _)| &p[r]).collect()
    }

    #[test]
    fn two_apostrophes_are_a_double_quote() {
        let p = "''We will rebuild,'' said Ida Marsh. ``Soon.'' It isn't over.";
        assert_eq!(inner(p), vec!["We will rebuild,", "Soon."]);
        assert_eq!(opening_len("said ''"), 2);
        assert_eq!(closing_len("'' said"), 2);
    }

    #[test]
    fn mixed_straight_and_curly_marks_pair() {
        let p = "\"We stay,” said Ida Marsh. “We go,\" said Tomas Reyes.";
        assert_eq!(inner(p), vec!["We stay,", "We go,"]);
        let nested = "“He said \"no\" to me,” said Ida Marsh.";
        assert_eq!(inner(nested), vec!["He said \"no\" to me,"]);
        let nested = "\"He read “no” aloud,” said Ida Marsh.";
        assert_eq!(inner(nested), vec!["He read “no” aloud,"]);
    }

    #[test]
    fn straight_single_quotes_pair_like_curly_ones() {
        let p = "She wrote: 'I have become a distraction.' Ida said it isn't over.";
        assert_eq!(inner(p), vec!["I have become a distraction."]);
        let p = "'The workers' union will fight on,' said Ida Marsh, a '90s veteran.";
        assert_eq!(inner(p), vec!["The workers' union will fight on,"]);
        let p = "Rock 'n' roll at the Smiths' house isn't news, Hale Co.'s chief said.";
        assert!(inner(p).is_empty());
        let p = "“We stay,” said Ida Marsh. 'All Bets Are Off.'";
        assert_eq!(inner(p), vec!["We stay,"]);
    }

    #[test]
    fn a_closing_mark_at_a_paragraph_start_opens_a_quote() {
        let p = "”We stay here. The port is ours.” ― Ida Marsh";
        assert_eq!(inner(p), vec!["We stay here. The port is ours."]);
    }
}
