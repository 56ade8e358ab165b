//! Hedges of more than one word before a number, and what each says about
//! the value: "as many as 80" is at most 80, "no fewer than 20" at least 20.
//!
//! The number parser reads one- and two-word hedges of its own ("about",
//! "nearly", "at least", "more than", "up to"); these are the longer ones it
//! does not, and the ones whose last two words it reads the wrong way ("no
//! fewer than" ends in "fewer than"). `parse::hedges` reads them after the
//! number pass, so the number parser itself is untouched.

/// What a hedge says about the value written after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HedgeBound {
    /// The value is an upper bound, reached or not ("as many as 80").
    AtMost,
    /// The value is a lower bound ("as few as", "no fewer than").
    AtLeast,
    /// The value is exceeded ("upwards of", "in excess of").
    MoreThan,
    /// The value is approached from below ("close to", "just shy of").
    Nearly,
    /// About the value ("in the region of").
    About,
}

/// Hedges of several words, lower-case, each a list of words in order.
/// Longest first where one ends another ("no more than" before "more
/// than", which the number parser reads itself).
pub(crate) const MULTI_WORD_HEDGES: &[(&[&str], HedgeBound)] = &[
    (&["as", "many", "as"], HedgeBound::AtMost),
    (&["as", "much", "as"], HedgeBound::AtMost),
    (&["as", "high", "as"], HedgeBound::AtMost),
    (&["no", "more", "than"], HedgeBound::AtMost),
    (&["not", "more", "than"], HedgeBound::AtMost),
    (&["as", "few", "as"], HedgeBound::AtLeast),
    (&["as", "little", "as"], HedgeBound::AtLeast),
    (&["no", "fewer", "than"], HedgeBound::AtLeast),
    (&["no", "less", "than"], HedgeBound::AtLeast),
    (&["not", "less", "than"], HedgeBound::AtLeast),
    (&["in", "excess", "of"], HedgeBound::MoreThan),
    (&["upwards", "of"], HedgeBound::MoreThan),
    (&["well", "over"], HedgeBound::MoreThan),
    (&["just", "over"], HedgeBound::MoreThan),
    (&["close", "to"], HedgeBound::Nearly),
    (&["just", "shy", "of"], HedgeBound::Nearly),
    (&["just", "under"], HedgeBound::Nearly),
    (&["in", "the", "region", "of"], HedgeBound::About),
    (&["on", "the", "order", "of"], HedgeBound::About),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_are_lower_case_and_longer_than_one_word() {
        for (words, _) in MULTI_WORD_HEDGES {
            assert!(words.len() >= 2, "{words:?}");
            assert!(words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())), "{words:?}");
        }
    }

    #[test]
    fn as_many_as_is_an_upper_bound() {
        let found = MULTI_WORD_HEDGES.iter().find(|(w, _)| *w == ["as", "many", "as"]);
        assert_eq!(found.map(|f| f.1), Some(HedgeBound::AtMost));
    }
}
