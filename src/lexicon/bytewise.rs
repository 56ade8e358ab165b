//! Tests on eight bytes at once, read as one `u64`. Parsing and the offset
//! index (`offsets.rs`) share them, so they live in the lexicon. Parsing passes over
//! long runs of plain ASCII (line breaks, hidden characters, quote marks,
//! lower-casing); testing a whole word of bytes with a few arithmetic
//! operations instead of one byte at a time is where those scans save
//! their time. Each test is exact: a borrow or carry spills into the next
//! byte only from a byte that is itself caught.

const ONES: u64 = 0x0101_0101_0101_0101;
const TOP_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `at`, when there are eight.
#[inline]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(eight))
}

/// Up to eight bytes little-endian in one integer, zero above them: a short
/// word as one key, compared or hashed at once.
#[inline]
pub(crate) fn packed(bytes: &[u8]) -> u64 {
    debug_assert!(bytes.len() <= 8, "at most eight bytes pack into a u64");
    bytes.iter().rev().fold(0, |key, &b| key << 8 | b as u64)
}

/// Does any byte of `word` have a value below `limit` (at most 0x80)?
/// Subtracting `limit` from every byte borrows into the top bit of each
/// byte below it.
#[inline]
pub(crate) fn has_byte_below(word: u64, limit: u8) -> bool {
    word.wrapping_sub(ONES * limit as u64) & !word & TOP_BITS != 0
}

/// Does any byte of `word` equal `byte`? A byte equal to it is zero in
/// `word ^ byte…byte`, which the test for a byte below 1 finds.
#[inline]
pub(crate) fn has_byte(word: u64, byte: u8) -> bool {
    has_byte_below(word ^ (ONES * byte as u64), 1)
}

/// Is any byte of `word` outside ASCII?
#[inline]
pub(crate) fn has_non_ascii(word: u64) -> bool {
    word & TOP_BITS != 0
}

/// Are all bytes of `word` printable ASCII (0x20..0x7F)? A byte under 0x20
/// borrows into its top bit when 0x20 is subtracted from every byte; a byte
/// of 0x7F or more has its top bit set once 1 is added (or had it already).
#[inline]
pub(crate) fn all_printable_ascii(word: u64) -> bool {
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let delete_or_above = word.wrapping_add(ONES) | word;
    (below_space | delete_or_above) & TOP_BITS == 0
}

/// `word` with its ASCII capitals lower-cased, for a word of ASCII bytes.
/// For bytes below 0x80 neither sum carries into the next byte; the top bit
/// of each byte then says "at least 'A'" and "past 'Z'", and 0x80 >> 2 is
/// 0x20, the bit that makes an ASCII letter lower-case.
#[inline]
pub(crate) fn ascii_lowercase_word(word: u64) -> u64 {
    let at_least_a = word.wrapping_add(ONES * (0x80 - b'A' as u64));
    let past_z = word.wrapping_add(ONES * (0x80 - b'Z' as u64 - 1));
    word | (at_least_a & !past_z & TOP_BITS) >> 2
}

/// Where `byte` first occurs in `bytes` at or after `from`: eight bytes
/// without it are passed over at once.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], mut from: usize, byte: u8) -> Option<usize> {
    while let Some(word) = word_at(bytes, from) {
        if has_byte(word, byte) {
            break;
        }
        from += 8;
    }
    bytes.get(from..)?.iter().position(|&b| b == byte).map(|skip| from + skip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_finds_what_position_finds() {
        let text = b"The Tide. no capital t here at all, then T at the end T";
        for from in 0..=text.len() + 1 {
            for byte in [b'T', b't', b'.', b'Z'] {
                let expected = text
                    .get(from..)
                    .and_then(|rest| rest.iter().position(|&b| b == byte))
                    .map(|skip| from + skip);
                assert_eq!(find_byte(text, from, byte), expected, "{byte} from {from}");
            }
        }
    }

    #[test]
    fn packing_is_little_endian_and_zero_above() {
        assert_eq!(packed(b""), 0);
        assert_eq!(packed(b"ab"), u64::from(b'a') | u64::from(b'b') << 8);
        assert_eq!(packed(b"abcdefgh"), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(packed(b"us"), packed(b"us\0"), "the length must tell these apart");
    }

    fn le(s: &[u8; 8]) -> u64 {
        u64::from_le_bytes(*s)
    }

    #[test]
    fn bytes_below_a_limit() {
        let word = |s: &[u8; 8], limit| has_byte_below(le(s), limit);
        assert!(!word(b"abcdefgh", 14));
        for odd in 0u8..14 {
            for at in 0..8 {
                let mut w = *b"abcdefgh";
                w[at] = odd;
                assert!(word(&w, 14), "{odd:#x} at {at}");
            }
        }
        assert!(!word(&[14, 0xFF, 0x80, 200, 14, 15, 16, 0x7F], 14));
    }

    #[test]
    fn printable_words() {
        let word = |s: &[u8; 8]| all_printable_ascii(le(s));
        assert!(word(b"The quic"));
        assert!(word(b" ~~~~~~~"));
        assert!(!word(b"The qui\n"));
        assert!(!word(b"\tThe qui"));
        assert!(!word(b"The\x7Fquic"));
        assert!(!word(b"The\x1Fquic"));
        assert!(!word(&[b'a', 0xC3, 0xA9, b'b', b'c', b'd', b'e', b'f']));
        assert!(!word(&[0xFF, b'a', b'b', b'c', b'd', b'e', b'f', b'g']));
        assert!(!word(&[b'a', b'b', b'c', b'd', b'e', b'f', b'g', 0x00]));
        // Every single odd byte among printable ones is caught.
        for odd in (0u8..0x20).chain(0x7F..=0xFF) {
            for at in 0..8 {
                let mut w = *b"abcdefgh";
                w[at] = odd;
                assert!(!word(&w), "{odd:#x} at {at}");
            }
        }
        for ok in 0x20u8..0x7F {
            assert!(word(&[ok; 8]));
        }
    }

    #[test]
    fn one_byte_among_eight() {
        for target in 0u8..=0xFF {
            assert_eq!(
                has_byte(le(b"abcdefgh"), target),
                b"abcdefgh".contains(&target),
                "{target:#x}"
            );
            for at in 0..8 {
                let mut w = *b"abcdefgh";
                w[at] = target;
                assert!(has_byte(le(&w), target), "{target:#x} at {at}");
            }
        }
        assert!(!has_non_ascii(le(b"abcdefgh")));
        assert!(has_non_ascii(le(&[b'a', 0xE2, 0x80, 0x9C, b'b', b'c', b'd', b'e'])));
    }

    #[test]
    fn lower_cases_every_ascii_byte_as_the_library_does() {
        for b in 0u8..0x80 {
            for at in 0..8 {
                let mut w = *b"Ab@[`{Zz";
                w[at] = b;
                let mut expected = w;
                expected.make_ascii_lowercase();
                assert_eq!(ascii_lowercase_word(le(&w)).to_le_bytes(), expected, "{b:#x} at {at}");
            }
        }
    }
}
