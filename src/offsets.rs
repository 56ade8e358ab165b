//! Conversion between Rust byte offsets and JavaScript's UTF-16 offsets.
//!
//! The core slices `&str` by byte offset, but every span that leaves the
//! crate is in UTF-16 code units, because that is what `String.prototype.slice`
//! and the DOM's `Range` use. Most news text is ASCII with a few curly quotes
//! and dashes, so instead of a table per byte the index records only the
//! non-ASCII characters; between two of them both offsets advance together.

use crate::lexicon::bytewise::{has_non_ascii, word_at};
use crate::model::Span;

#[derive(Debug, Clone, Copy)]
struct WideChar {
    byte: usize,
    utf16: usize,
    byte_len: u8,
    utf16_len: u8,
}

/// The bytes per block of [`Utf16Index`]'s table of where to start a lookup.
const BLOCK_BYTES: usize = 64;

/// Maps byte offsets of one string to UTF-16 offsets and back.
#[derive(Debug, Clone)]
pub struct Utf16Index {
    wide: Vec<WideChar>,
    /// For each block of [`BLOCK_BYTES`] bytes of the text, how many wide
    /// characters start before the block: a lookup starts there and steps
    /// over the few in the block, instead of bisecting all of `wide` (a parse
    /// converts tens of thousands of offsets, nearly all in news text with
    /// one curly quote or dash every few dozen bytes).
    wide_before_block: Vec<u32>,
    byte_len: usize,
    utf16_len: usize,
}

impl Utf16Index {
    /// The index of `text`, built in one pass over it; later conversions are lookups.
    pub fn new(text: &str) -> Self {
        // Runs of ASCII are skipped eight bytes at a time without decoding
        // characters: in news text nearly every byte is ASCII, and building
        // this index is on every parse's path.
        let bytes = text.as_bytes();
        let mut wide = Vec::new();
        // UTF-16 units minus bytes, up to the current position.
        let mut shift: isize = 0;
        let mut byte = 0;
        while let Some(next) = next_non_ascii(bytes, byte) {
            byte = next;
            let ch = text[byte..].chars().next().expect("a non-ASCII byte starts a character here");
            let (byte_len, utf16_len) = (ch.len_utf8(), ch.len_utf16());
            wide.push(WideChar {
                byte,
                utf16: byte.wrapping_add_signed(shift),
                byte_len: byte_len as u8,
                utf16_len: utf16_len as u8,
            });
            shift += utf16_len as isize - byte_len as isize;
            byte += byte_len;
        }
        let mut wide_before_block = Vec::with_capacity(text.len() / BLOCK_BYTES + 1);
        let mut before = 0;
        for block_start in (0..=text.len()).step_by(BLOCK_BYTES) {
            while before < wide.len() && wide[before].byte < block_start {
                before += 1;
            }
            wide_before_block.push(before as u32);
        }
        Utf16Index {
            wide,
            wide_before_block,
            byte_len: text.len(),
            utf16_len: text.len().wrapping_add_signed(shift),
        }
    }

    /// Length of the whole text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16_len
    }

    /// The UTF-16 offset of a byte offset. A byte offset inside a character
    /// is rounded down to the character's start.
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.byte_len);
        // The number of wide characters starting at or before `byte`.
        let mut i = self.wide_before_block[byte / BLOCK_BYTES] as usize;
        while i < self.wide.len() && self.wide[i].byte <= byte {
            i += 1;
        }
        match i.checked_sub(1).map(|j| self.wide[j]) {
            None => byte,
            Some(w) if byte < w.byte + w.byte_len as usize => w.utf16,
            Some(w) => w.utf16 + w.utf16_len as usize + (byte - w.byte - w.byte_len as usize),
        }
    }

    /// The byte offset of a UTF-16 offset. An offset inside a surrogate pair
    /// is rounded down to the character's start.
    pub fn byte(&self, utf16: usize) -> usize {
        let utf16 = utf16.min(self.utf16_len);
        let i = self.wide.partition_point(|w| w.utf16 <= utf16);
        match i.checked_sub(1).map(|j| self.wide[j]) {
            None => utf16,
            Some(w) if utf16 < w.utf16 + w.utf16_len as usize => w.byte,
            Some(w) => w.byte + w.byte_len as usize + (utf16 - w.utf16 - w.utf16_len as usize),
        }
    }

    /// Converts a byte range to a [`Span`].
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.utf16(start), self.utf16(end))
    }

    /// Converts a [`Span`] back to a byte range. A reversed span (only an
    /// article edited outside Parallax has one) gives an empty range at its
    /// start, so slicing with the result can never panic.
    pub fn bytes(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.byte(span.start);
        start..self.byte(span.end).max(start)
    }
}

/// Where the first byte beyond ASCII at or after `from` is.
fn next_non_ascii(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(eight) = word_at(bytes, from) {
        if has_non_ascii(eight) {
            break;
        }
        from += 8;
    }
    bytes[from..].iter().position(|b| !b.is_ascii()).map(|skip| from + skip)
}

/// The number of UTF-16 code units in `text`.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compares the index with a direct count at every char boundary.
    fn check(text: &str) {
        let index = Utf16Index::new(text);
        assert_eq!(index.utf16_len(), utf16_len(text));
        let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        boundaries.push(text.len());
        for &b in &boundaries {
            let expected = utf16_len(&text[..b]);
            assert_eq!(index.utf16(b), expected, "utf16({b}) in {text:?}");
            assert_eq!(index.byte(expected), b, "byte({expected}) in {text:?}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        check("");
        check("plain ASCII text.\r\nSecond line");
    }

    #[test]
    fn curly_quotes_dashes_emoji_crlf() {
        check("“Quote” — it’s 🚀 here\r\nand 👩‍👩‍👧 there…");
        check("🚀");
        check("é🚀e\u{10FFFF}");
    }

    #[test]
    fn long_texts_across_many_blocks() {
        check(&"“Quote” — it’s 🚀 here, and some plain ASCII words between. ".repeat(20));
        check(&format!("{}é{}🚀{}", "a".repeat(200), "b".repeat(63), "c".repeat(64)));
        check(&"é".repeat(100));
        check(&"x".repeat(128));
    }

    #[test]
    fn wide_characters_at_every_distance_from_an_eight_byte_boundary() {
        for before in 0..17 {
            for after in 0..10 {
                check(&format!(
                    "{}é{}—{}",
                    "a".repeat(before),
                    "b".repeat(after),
                    "c".repeat(before)
                ));
            }
        }
    }

    #[test]
    fn offsets_inside_a_character_round_down() {
        let text = "a🚀b";
        let index = Utf16Index::new(text);
        assert_eq!(index.byte(2), 1, "inside the surrogate pair");
        assert_eq!(index.utf16(2), 1, "inside the UTF-8 sequence");
        assert_eq!(index.byte(3), 5);
    }
}
