//! Word tokens with byte ranges, shared by the stages that read the body
//! (quotes, entities, numbers, dates). One linear pass; no allocation per
//! character.
//!
//! A word is a run of letters and digits that may hold inner apostrophes,
//! hyphens, full stops and commas when a letter or digit follows them, so
//! "Russia’s", "U.S", "1,730", "3.5" and "62-year-old" are single words. A
//! trailing full stop of an initialism stays outside the word.

use crate::lexicon::bytewise::{ascii_lowercase_word, has_non_ascii, packed, word_at};
use crate::lexicon::hash::fnv1a_mapped;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// True for a word; false for one punctuation or symbol character.
    pub word: bool,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// ASCII letters and digits, by byte value: the loop that runs through a
/// word tests every byte, and a table lookup is the cheapest test.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',' | '‑')
}

/// The character at byte `i` of `s` and its length in bytes. ASCII, most of
/// news text, is read straight from the byte without UTF-8 decoding.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    match s[i..].chars().next() {
        Some(c) => (c, c.len_utf8()),
        None => ('\u{FFFD}', 1),
    }
}

/// Tokens of `text[range]`: words and single non-space punctuation characters.
/// Walks byte positions rather than a peekable char iterator and sizes the
/// output up front, because this runs over every sentence of the body. ASCII,
/// most of news text, is classified by its byte alone; only other characters
/// are decoded.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, &mut out);
    out
}

/// [`tokenize`] into `out` (cleared first), so a caller that tokenizes
/// sentence after sentence reuses one buffer instead of allocating a vector
/// per sentence.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let len = bytes.len();
    let base = range.start;
    out.clear();
    // About one token per five bytes of prose; a good guess avoids regrowing.
    out.reserve(len / 5 + 4);
    let mut i = 0;
    while i < len {
        let b = bytes[i];
        if b == b' ' {
            i += 1;
            continue;
        }
        let first_len = if b < 0x80 {
            if !ASCII_WORD_BYTE[b as usize] {
                if !(b as char).is_whitespace() {
                    out.push(Token { start: base + i, end: base + i + 1, word: false });
                }
                i += 1;
                continue;
            }
            1
        } else {
            let (c, c_len) = char_at(slice, i);
            if !c.is_alphanumeric() {
                if !c.is_whitespace() {
                    out.push(Token { start: base + i, end: base + i + c_len, word: false });
                }
                i += c_len;
                continue;
            }
            c_len
        };
        let end = word_end(slice, i + first_len);
        out.push(Token { start: base + i, end: base + end, word: true });
        i = end;
    }
}

/// Where the word that runs up to byte `end` of `slice` ends: letters and
/// digits, and the marks of [`joins_word`] when a letter or digit follows
/// (a comma only between digits, as in "1,730").
#[inline]
fn word_end(slice: &str, mut end: usize) -> usize {
    let bytes = slice.as_bytes();
    let len = bytes.len();
    loop {
        while end < len && ASCII_WORD_BYTE[bytes[end] as usize] {
            end += 1;
        }
        // A space ends most words: settle it before decoding anything.
        if end >= len || bytes[end] == b' ' {
            return end;
        }
        let (d, d_len) = char_at(slice, end);
        // (An ASCII letter or digit would have been taken above.)
        if d_len > 1 && d.is_alphanumeric() {
            end += d_len;
            continue;
        }
        if !joins_word(d) {
            return end;
        }
        let after_at = end + d_len;
        if after_at >= len {
            return end;
        }
        let joins = if d == ',' {
            // The comma is ASCII, so the byte before it ends the previous
            // character, and a digit is one byte.
            bytes[end - 1].is_ascii_digit()
                && bytes[after_at..len.min(after_at + 3)].iter().all(u8::is_ascii_digit)
        } else {
            let a = bytes[after_at];
            if a < 0x80 {
                ASCII_WORD_BYTE[a as usize]
            } else {
                char_at(slice, after_at).0.is_alphanumeric()
            }
        };
        if !joins {
            return end;
        }
        end += d_len;
    }
}

/// The number of whitespace-separated words in `s`, as `split_whitespace`
/// counts them, stopping at `at_most` (callers that only ask "at most how
/// many" stop early). The bytes are read directly and only non-ASCII
/// characters decoded, several times cheaper than `split_whitespace`.
pub fn count_words(s: &str, at_most: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = ONES * 0x80;
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    // One byte, as `split_whitespace` judges it; false when the count
    // reached `at_most` and the word at `at` would pass it.
    let step = |at: usize, words: &mut usize, in_word: &mut bool| -> bool {
        let space = match bytes[at] {
            // char::is_whitespace on ASCII: space, \t, \n, \x0b, \x0c, \r.
            b' ' | b'\t'..=b'\r' => true,
            0..=0x7F => false,
            // A continuation byte belongs to the character already judged.
            0x80..=0xBF => return true,
            _ => s[at..].chars().next().is_some_and(char::is_whitespace),
        };
        if !space && !*in_word {
            if *words == at_most {
                return false;
            }
            *words += 1;
        }
        *in_word = !space;
        true
    };
    // Eight ASCII bytes are judged at once: each byte's top bit marks it
    // white space (0x20, or 0x09 to 0x0D), and a word starts at each byte
    // that is not after one that is. Lines are counted many times over by
    // the line passes, and byte by byte this cost as much as a pass of its
    // own.
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let word = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
        if word & TOP != 0 {
            for k in at..at + 8 {
                if !step(k, &mut words, &mut in_word) {
                    return words;
                }
            }
        } else {
            // Every byte is under 0x80, so no addition carries into the next byte.
            let not_20 = (word ^ (ONES * 0x20)).wrapping_add(ONES * 0x7F) & TOP;
            let at_least_9 = word.wrapping_add(ONES * (0x80 - 9)) & TOP;
            let at_least_14 = word.wrapping_add(ONES * (0x80 - 14)) & TOP;
            let space = (!not_20 | at_least_9 & !at_least_14) & TOP;
            let after_space = space << 8 | if in_word { 0 } else { 0x80 };
            let starts = (!space & TOP & after_space).count_ones() as usize;
            if words + starts > at_most {
                return at_most;
            }
            words += starts;
            in_word = space >> 63 == 0;
        }
        at += 8;
    }
    for k in at..bytes.len() {
        if !step(k, &mut words, &mut in_word) {
            break;
        }
    }
    words
}

/// The number of whitespace-separated words (as `split_whitespace` counts
/// them) in the text that `tokens` were made from, read from the tokens
/// instead of the text: every character that is not whitespace belongs to
/// some token and no token holds whitespace, so a run of text between
/// whitespace is a run of touching tokens. The body is tokenized anyway, and
/// counting its words again byte by byte cost as much as tokenizing it.
pub fn count_token_runs(tokens: &[Token]) -> usize {
    let mut runs = 0;
    let mut previous_end = None;
    for t in tokens {
        if previous_end != Some(t.start) {
            runs += 1;
        }
        previous_end = Some(t.end);
    }
    runs
}

/// Whether a headline or line is written in sentence case ("Lindqvist
/// quits after fee row"): some word after the first, of four letters or
/// more, is all lower case. One in title case ("Ferry Strike In Kessel
/// Harbour") is not. Read by the title pass (a line in title case is a
/// headline) and by compare's event labels (capitals inside a sentence-case
/// headline mark names).
pub fn in_sentence_case(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .skip(1)
        .any(|w| w.chars().count() >= 4 && w.chars().all(char::is_lowercase))
}

/// Does the word start with an upper-case letter? An ASCII first byte
/// answers without decoding; this is asked of nearly every token.
#[inline]
pub fn is_capitalized(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The word without a possessive ending ("Russia’s" → "Russia").
#[inline]
pub fn strip_possessive(word: &str) -> &str {
    // Every ending ends in "s" or in "’" (whose last byte is 0x99): other
    // words, most of them, need no comparison.
    if !matches!(word.as_bytes().last(), Some(b's' | 0x99)) {
        return word;
    }
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix("s’"))
        .unwrap_or(word)
}

/// The word lower-cased, with typographic apostrophes made straight, for
/// comparing words. (Comparison's `stem` goes further; this only
/// lower-cases.)
pub fn lowercase(word: &str) -> String {
    // Most words are short and ASCII: they are tested and lower-cased in one
    // pass over their bytes (the library's separate test and lower-casing
    // cost more than the copy for words this short).
    let mut lower = String::with_capacity(word.len());
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            return lowercase_unicode(word);
        }
        lower.push(b.to_ascii_lowercase() as char);
    }
    lower
}

/// [`lowercase`] for a word with non-ASCII characters.
#[cold]
fn lowercase_unicode(word: &str) -> String {
    let mut lower = String::with_capacity(word.len());
    lowercase_into(&mut lower, word);
    lower
}

/// Runs `f` on `word` lower-cased, as [`lowercase`] gives it, lower-casing a
/// short ASCII word (nearly every word of news prose) in a buffer on the
/// stack instead of allocating a string for each comparison.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const LONGEST_ON_STACK: usize = 32;
    if word.is_ascii() && word.len() <= LONGEST_ON_STACK {
        let mut buf = [0u8; LONGEST_ON_STACK];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // Lowercased ASCII is still valid UTF-8, so the fallback never runs.
        if let Ok(w) = std::str::from_utf8(lower) {
            return f(w);
        }
    }
    f(&lowercase(word))
}

/// Appends `word` lower-cased (as [`lowercase`] gives it) to `out`.
pub(crate) fn lowercase_into(out: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied whole and lowercased in place: pushing char by char costs
        // a UTF-8 encoding and a capacity check per letter.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        for c in word.chars() {
            out.extend(if c == '’' { '\'' } else { c }.to_lowercase());
        }
    }
}

/// Case-insensitive comparison with a lowercase ASCII word, without
/// allocating; a typographic apostrophe matches a straight one.
#[inline]
pub fn eq_lowercase(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(lower);
    }
    lowercase(word) == lower
}

/// The lower-cased (straight-apostrophe) form of every token of a
/// sentence, kept in one buffer so the stages that compare words do not
/// allocate per word.
#[derive(Debug, Clone, Default)]
pub struct Lowered {
    buf: String,
    /// Each token lower-cased, as a byte range of `buf`.
    spans: Vec<(usize, usize)>,
}

impl Lowered {
    pub fn new(text: &str, toks: &[Token]) -> Self {
        let mut lowered = Lowered::default();
        lowered.fill(text, toks);
        lowered
    }

    /// Lower-cases another sentence's tokens into the same buffers. The body
    /// stages lower-case every sentence in turn, and reusing one `Lowered` spares
    /// two allocations per sentence (each cost more than lower-casing a short
    /// sentence).
    pub fn fill(&mut self, text: &str, toks: &[Token]) {
        self.spans.clear();
        self.spans.reserve(toks.len());
        if let (Some(first), Some(last)) = (toks.first(), toks.last()) {
            // Lower-casing keeps every ASCII byte where it is, so the whole
            // sentence is copied and lower-cased at once and each token keeps
            // its offsets, instead of word by word. Only tokens with
            // a character that lower-cases to something else (a capital beyond
            // ASCII, a typographic apostrophe) are then lower-cased one by one,
            // at the end of the buffer; curly quotes and dashes, in nearly
            // every sentence of news text, are their own lower case and stay.
            let (from, to) = (first.start, last.end);
            // Tokens from `tokenize` always lie between the first and the
            // last; others are lower-cased one by one below. The offsets are
            // taken in one pass without a test per token and only used when
            // the test over all of them passes.
            self.spans.extend(
                toks.iter().map(|t| (t.start.wrapping_sub(from), t.end.wrapping_sub(from))),
            );
            let in_order = from <= to && toks.iter().all(|t| t.start >= from && t.end <= to);
            if in_order {
                let mut bytes = std::mem::take(&mut self.buf).into_bytes();
                let ascii = ascii_lowercase_into(&mut bytes, &text.as_bytes()[from..to]);
                // Only ASCII bytes were changed, so the bytes are still UTF-8.
                match String::from_utf8(bytes) {
                    Ok(buf) => {
                        self.buf = buf;
                        if !ascii {
                            self.relower_changed_tokens(text, toks);
                        }
                        return;
                    }
                    Err(not_utf8) => {
                        let mut bytes = not_utf8.into_bytes();
                        bytes.clear();
                        self.buf = String::from_utf8(bytes).unwrap_or_default();
                    }
                }
            }
        }
        self.spans.clear();
        self.buf.clear();
        for t in toks {
            let w = t.text(text);
            let start = self.buf.len();
            lowercase_into(&mut self.buf, w);
            self.spans.push((start, self.buf.len()));
        }
    }

    /// After the sentence was copied lower-cased (ASCII only), lower-cases
    /// anew each token whose copy is not its lower case and points it there.
    fn relower_changed_tokens(&mut self, text: &str, toks: &[Token]) {
        for (span, t) in self.spans.iter_mut().zip(toks) {
            let word = t.text(text);
            if word.is_ascii() || word.chars().all(is_own_lowercase) {
                continue;
            }
            let start = self.buf.len();
            lowercase_into(&mut self.buf, word);
            *span = (start, self.buf.len());
        }
    }

    #[inline]
    pub fn at(&self, i: usize) -> &str {
        let (start, end) = self.spans[i];
        &self.buf[start..end]
    }

    /// Token `i`'s lower-cased bytes little-endian in one integer, zero above
    /// them, when there are at most eight (`None` for longer ones): read as
    /// eight bytes of the buffer at once when the buffer runs on that far.
    #[inline]
    pub fn packed_at(&self, i: usize) -> Option<u64> {
        let (start, end) = self.spans[i];
        let len = end - start;
        if len > 8 {
            return None;
        }
        let bytes = self.buf.as_bytes();
        // The low `len` bytes set (none for an empty token: a shift of 64).
        let low_bytes = u64::MAX.checked_shr(64 - 8 * len as u32).unwrap_or(0);
        Some(match word_at(bytes, start) {
            Some(eight) => eight & low_bytes,
            None => packed(&bytes[start..end]),
        })
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&str> {
        (i < self.spans.len()).then(|| self.at(i))
    }
}

/// Is `c` its own lower case (see [`lowercase`])?
fn is_own_lowercase(c: char) -> bool {
    let mut lower = c.to_lowercase();
    c != '’' && lower.next() == Some(c) && lower.next().is_none()
}

/// Writes `bytes` with their ASCII capitals lower-cased into `out`
/// (replacing what it held) and says whether they were all ASCII. Eight
/// bytes are read, tested and lower-cased at a time, in one pass: a sentence
/// is copied this way for every sentence of the body, and byte by byte it
/// cost more than the copy. Eight bytes that hold a byte beyond ASCII are
/// lower-cased byte by byte, which leaves every such byte as it was.
fn ascii_lowercase_into(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    out.clear();
    out.extend_from_slice(bytes);
    let mut non_ascii = false;
    let mut chunks = out.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes((&*chunk).try_into().expect("eight bytes"));
        if has_non_ascii(word) {
            non_ascii = true;
            chunk.make_ascii_lowercase();
        } else {
            chunk.copy_from_slice(&ascii_lowercase_word(word).to_le_bytes());
        }
    }
    for b in chunks.into_remainder() {
        non_ascii |= !b.is_ascii();
        b.make_ascii_lowercase();
    }
    !non_ascii
}

/// A fixed set of lowercase words, hashed on first use. Word lists are
/// consulted for every token, so a linear scan would dominate parsing.
pub struct WordSet {
    list: &'static [&'static str],
    table: std::sync::OnceLock<WordTable>,
}

/// The words of a [`WordSet`] in an open-addressing hash table. Each slot
/// keeps the word's hash beside it, so a probe that meets another word is
/// settled by one integer comparison, and a lower-case lookup hashes the word
/// lower-cased on the fly instead of writing the lower-cased word out.
struct WordTable {
    /// A power of two, at least four times the words, of (hash, word)
    /// slots; an empty word marks a free slot.
    slots: Vec<(u64, &'static str)>,
    /// Whether the list holds the empty word, which cannot have a slot.
    has_empty: bool,
    /// The longest word in bytes: most tokens of a sentence are longer than
    /// any function word or title, and are rejected without hashing.
    longest: usize,
}

impl WordTable {
    fn new(list: &'static [&'static str]) -> Self {
        let size = (list.len() * 4).next_power_of_two().max(8);
        let mut table = WordTable { slots: vec![(0, ""); size], has_empty: false, longest: 0 };
        for &word in list {
            if word.is_empty() {
                table.has_empty = true;
                continue;
            }
            table.longest = table.longest.max(word.len());
            let hash = fnv1a_mapped(word.as_bytes(), |b| b);
            let mut slot = hash as usize & (size - 1);
            while !table.slots[slot].1.is_empty() && table.slots[slot].1 != word {
                slot = (slot + 1) & (size - 1);
            }
            table.slots[slot] = (hash, word);
        }
        table
    }

    /// Is there a word with this hash for which `same` holds?
    #[inline]
    fn find(&self, hash: u64, same: impl Fn(&str) -> bool) -> bool {
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            let (slot_hash, word) = self.slots[slot];
            if word.is_empty() {
                return false;
            }
            if slot_hash == hash && same(word) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        if word.is_empty() {
            return self.has_empty;
        }
        word.len() <= self.longest && self.find(fnv1a_mapped(word.as_bytes(), |b| b), |w| w == word)
    }
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        WordSet { list, table: std::sync::OnceLock::new() }
    }

    fn table(&self) -> &WordTable {
        self.table.get_or_init(|| WordTable::new(self.list))
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.table().contains(word)
    }

    /// `contains(&lowercase(word))`, without allocating the lower-cased word
    /// when it is ASCII (lower-casing ASCII keeps its length, so the length
    /// check still holds).
    pub fn contains_lowercase(&self, word: &str) -> bool {
        let table = self.table();
        if !word.is_ascii() {
            return table.contains(&lowercase(word));
        }
        if word.is_empty() {
            return table.has_empty;
        }
        if word.len() > table.longest {
            return false;
        }
        let bytes = word.as_bytes();
        let hash = fnv1a_mapped(bytes, |b| b.to_ascii_lowercase());
        table.find(hash, |w| {
            w.len() == bytes.len()
                && w.bytes().zip(bytes).all(|(a, &b)| a == b.to_ascii_lowercase())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_words_agrees_with_split_whitespace() {
        for text in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\x0bvertical\x0cfeed\r\nCRLF",
            "non\u{a0}breaking and\u{2009}thin\u{3000}ideographic",
            "control\x1cnot\x1fspace “curly” — dash 🙂 emoji",
            "\u{85}next\u{2028}line\u{2029}para",
        ] {
            assert_eq!(count_words(text, usize::MAX), text.split_whitespace().count(), "{text:?}");
            assert_eq!(count_words(text, 2), text.split_whitespace().take(2).count(), "{text:?}");
        }
        // Every alignment of words, spaces and characters beyond ASCII to
        // the eight bytes judged at once, and every cap.
        let pieces = [
            "a", "bc", " ", "  ", "\t", "\r\n", "\x0b\x0c", "é", "\u{a0}", "—", "defghij", "\x08",
            "\x0e", "\x1f", "!",
        ];
        for seed in 0..400usize {
            let mut text = String::new();
            let mut x = seed as u64;
            for _ in 0..(seed % 23) {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) >> 3;
                text.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            let all = text.split_whitespace().count();
            for cap in 0..=all + 1 {
                assert_eq!(count_words(&text, cap), all.min(cap), "{text:?} {cap}");
            }
        }
    }

    #[test]
    fn token_runs_are_whitespace_separated_words() {
        for text in [
            "",
            "   ",
            "one",
            " two  words ",
            "“Quoted,” she said—twice. (Really?) 1,730 U.S. Russia’s 62-year-old",
            "tab\tand\x0bvertical\x0cfeed\r\nCRLF",
            "non\u{a0}breaking and\u{2009}thin\u{3000}ideographic",
            "control\x1cnot\x1fspace “curly” — dash 🙂 emoji",
            "\u{85}next\u{2028}line\u{2029}para a‑b né.e ,,, ..",
        ] {
            assert_eq!(
                count_token_runs(&tokenize(text, 0..text.len())),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len()).iter().filter(|t| t.word).map(|t| t.text(text)).collect()
    }

    #[test]
    fn joins_inner_marks_only() {
        assert_eq!(
            words("Russia’s U.S. 1,730 people, 3.5 62-year-old"),
            vec!["Russia’s", "U.S", "1,730", "people", "3.5", "62-year-old"]
        );
        assert_eq!(words("one, two. ‘Hi’"), vec!["one", "two", "Hi"]);
        assert_eq!(words("killed 5,they"), vec!["killed", "5", "they"]);
        assert_eq!(
            words("Zürich’s 1,73 x- a‑b 2,1234 né.e"),
            vec!["Zürich’s", "1", "73", "x", "a‑b", "2,1234", "né.e"]
        );
        assert_eq!(words("up 1,73"), vec!["up", "1,73"]);
        let s = "a,\u{b}b\u{a0}“c”";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(
            toks.iter().map(|t| (t.text(s), t.word)).collect::<Vec<_>>(),
            vec![("a", true), (",", false), ("b", true), ("“", false), ("c", true), ("”", false)]
        );
    }

    #[test]
    fn word_sets_find_exactly_their_words() {
        static SET: WordSet =
            WordSet::new(&["of", "the", "secretary-general", "türkiye", "u.s", "the"]);
        for w in ["of", "the", "secretary-general", "türkiye", "u.s"] {
            assert!(SET.contains(w) && SET.contains_lowercase(w), "{w}");
            assert!(SET.contains_lowercase(&w.to_uppercase()), "{w}");
        }
        for w in ["", "o", "off", "The", "thee", "secretary", "turkiye", "us"] {
            assert!(!SET.contains(w), "{w}");
        }
        assert!(
            SET.contains_lowercase("U.S")
                && SET.contains_lowercase("THE")
                && !SET.contains_lowercase("thé")
        );
        static WITH_EMPTY: WordSet = WordSet::new(&["", "a"]);
        assert!(
            WITH_EMPTY.contains("")
                && WITH_EMPTY.contains_lowercase("")
                && !SET.contains_lowercase("")
        );
    }

    #[test]
    fn capitals_and_possessives() {
        assert!(
            is_capitalized("Kyiv")
                && is_capitalized("Étienne")
                && !is_capitalized("kyiv")
                && !is_capitalized("étienne")
                && !is_capitalized("")
                && !is_capitalized("1st")
        );
        for (word, bare) in [
            ("Russia’s", "Russia"),
            ("Russia's", "Russia"),
            ("Ministers’", "Minister"),
            ("Kyiv", "Kyiv"),
            ("’", "’"),
            ("s", "s"),
            ("", ""),
        ] {
            assert_eq!(strip_possessive(word), bare);
        }
    }

    #[test]
    fn ascii_lowercase_matches_std() {
        let all: Vec<u8> = (0u8..0x80).collect();
        let mut out = b"left over from before".to_vec();
        for start in 0..9 {
            let bytes = &all[start..];
            assert!(ascii_lowercase_into(&mut out, bytes));
            assert_eq!(out, std::str::from_utf8(bytes).unwrap().to_ascii_lowercase().as_bytes());
        }
        for mixed in ["Kyiv’s MAYOR said", "ÉTÉ — “QUOTED” İstanbul ZÜRICH ABCDEFGH"] {
            assert!(!ascii_lowercase_into(&mut out, mixed.as_bytes()));
            assert_eq!(out, mixed.to_string().to_ascii_lowercase().as_bytes());
        }
    }

    #[test]
    fn lowered_lowercases_ascii_and_other_sentences_alike() {
        for s in ["The U.S. Army SAID 1,730 people", "Russia’s İstanbul ÉTÉ  Kyiv", "  "] {
            let toks = tokenize(s, 0..s.len());
            let lowered = Lowered::new(s, &toks);
            for (i, t) in toks.iter().enumerate() {
                assert_eq!(lowered.at(i), lowercase(t.text(s)));
            }
            assert!(lowered.get(toks.len()).is_none());
        }
        // One Lowered refilled for sentences of either kind, in any order.
        let mut reused = Lowered::default();
        for s in [
            "Russia’s İstanbul ÉTÉ  Kyiv",
            "The U.S. Army SAID 1,730 people",
            "",
            "Zürich’S Mayor",
            "“QUOTED,” SHE SAID — in ZÜRICH… ‘Yes’ ǅungla ΣΟΦΊΑ ß",
            "Eight letters: ABCDEFGH, seven ABCDEFG, nine ABCDEFGHI, and a last word at the end: Zürich",
            "ABC def",
        ] {
            let toks = tokenize(s, 0..s.len());
            reused.fill(s, &toks);
            for (i, t) in toks.iter().enumerate() {
                assert_eq!(reused.at(i), lowercase(t.text(s)));
                let folded = reused.at(i).as_bytes();
                let packed = (folded.len() <= 8).then(|| folded.iter().enumerate().fold(0u64, |key, (at, &b)| key | (b as u64) << (8 * at)));
                assert_eq!(reused.packed_at(i), packed, "{:?}", reused.at(i));
            }
            assert!(reused.get(toks.len()).is_none());
        }
        // Tokens not in text order, as a caller may pass them, are lower-cased each on its own.
        let s = "Zürich ABC’s Def, GHI";
        let mut toks = tokenize(s, 0..s.len());
        toks.swap(0, 3);
        toks.swap(1, 4);
        for lowered in [Lowered::new(s, &toks), {
            reused.fill(s, &toks);
            reused.clone()
        }] {
            for (i, t) in toks.iter().enumerate() {
                assert_eq!(lowered.at(i), lowercase(t.text(s)));
            }
            assert!(lowered.get(toks.len()).is_none());
        }
    }
}
