//! Numbers written as words: cardinals, "dozen", scales and fractions.
//!
//! The body's number reader values "five", "twenty-one" and "a dozen",
//! multiplies by "million" and "bn", and reads "a third of"; the date reader
//! counts "two days ago"; comparison sets "five" beside "5". Each reads the
//! tables here, through the subset it needs. The words are lower-case:
//! callers look up folded words.

use super::tables::{find_candidate, same_bytes, Masks};

/// The cardinal number words and their values: zero to nineteen, the tens
/// to ninety, and a hundred. Compounds ("twenty-one") are read from two of
/// them by the number reader.
pub(crate) const CARDINALS: [(&str, u32); 29] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// "A dozen people": twelve, counted like a cardinal.
pub(crate) const DOZEN: (&str, u32) = ("dozen", 12);

/// Which cardinals a word may be, by its first letter and length: most
/// words are turned away without a comparison.
static CARDINAL_MASKS: Masks = Masks::of(&CARDINALS, false);

/// The value of a lower-case cardinal ("five" → 5, "hundred" → 100).
#[inline]
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    find_candidate(&CARDINALS, CARDINAL_MASKS.candidates(word), |c| same_bytes(c, word)).copied()
}

/// The value of a lower-case cardinal or "dozen".
#[inline]
pub(crate) fn count_word(word: &str) -> Option<u32> {
    cardinal(word).or_else(|| (word == DOZEN.0).then_some(DOZEN.1))
}

/// The scales a number is multiplied by ("5 million").
pub(crate) const SCALES: [(&str, f64); 4] =
    [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// The scales as figures abbreviate them ("40bn", "$1.4m", "5k").
pub(crate) const SCALE_ABBREVIATIONS: [(&str, f64); 6] =
    [("k", 1e3), ("m", 1e6), ("mn", 1e6), ("b", 1e9), ("bn", 1e9), ("tn", 1e12)];

/// The multiplier a lower-case scale word names ("million" → 1e6).
pub(crate) fn scale_named(word: &str) -> Option<f64> {
    SCALES.iter().find(|(name, _)| *name == word).map(|&(_, value)| value)
}

/// The multiplier a lower-case scale abbreviation names ("bn" → 1e9).
pub(crate) fn scale_abbreviated(word: &str) -> Option<f64> {
    SCALE_ABBREVIATIONS.iter().find(|(name, _)| *name == word).map(|&(_, value)| value)
}

/// Fraction words and the denominator each names ("a third of" → 3).
pub(crate) const FRACTIONS: [(&str, u32); 12] = [
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("tenth", 10),
    ("tenths", 10),
];

/// The denominator a lower-case fraction word names ("thirds" → 3).
pub(crate) fn fraction_denominator(word: &str) -> Option<u32> {
    FRACTIONS.iter().find(|(name, _)| *name == word).map(|&(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cardinal_is_found_by_its_first_letter() {
        for (name, value) in CARDINALS {
            assert_eq!(cardinal(name), Some(value), "{name}");
            assert_eq!(count_word(name), Some(value), "{name}");
        }
        assert_eq!(count_word("dozen"), Some(12));
        assert_eq!(cardinal("dozen"), None);
        for word in ["", "on", "Five", "fives", "twenty-one", "tenth", "thousand"] {
            assert_eq!(cardinal(word), None, "{word}");
        }
    }

    #[test]
    fn the_cardinals_run_zero_to_nineteen_then_by_tens() {
        let values: Vec<u32> = CARDINALS.iter().map(|&(_, v)| v).collect();
        let expected: Vec<u32> = (0..20).chain((20..=90).step_by(10)).chain([100]).collect();
        assert_eq!(values, expected);
    }

    #[test]
    fn scales_and_fractions() {
        assert_eq!(scale_named("million"), Some(1e6));
        assert_eq!(scale_named("bn"), None);
        assert_eq!(scale_abbreviated("bn"), Some(1e9));
        assert_eq!(scale_abbreviated("million"), None);
        // Every abbreviation stands for one of the scales.
        for (a, value) in SCALE_ABBREVIATIONS {
            assert!(SCALES.iter().any(|&(_, v)| v == value), "{a}");
        }
        assert_eq!(fraction_denominator("thirds"), Some(3));
        assert_eq!(fraction_denominator("quarter"), Some(4));
        assert_eq!(fraction_denominator("three"), None);
    }
}
