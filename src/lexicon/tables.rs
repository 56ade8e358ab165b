//! Building the lexicon's tables and looking words up in the short ones.
//!
//! The short tables (months, cardinals) are asked about nearly every word
//! of a text, and nearly every word is none of theirs. Two masks built at
//! compile time, one by first byte and one by length, narrow a word to the
//! entries that share both (most words to none) before any comparison.

/// The words of `lists` one after another, as one array: a stage's list
/// made of named lists from here and words of its own, for the readers that
/// want a single slice (a `WordSet`, a table built from several lists). `N`
/// must be the total length; a wrong one fails to compile.
pub(crate) const fn joined<const N: usize>(lists: &[&[&'static str]]) -> [&'static str; N] {
    let mut all = [""; N];
    let (mut l, mut at) = (0, 0);
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            all[at] = lists[l][k];
            at += 1;
            k += 1;
        }
        l += 1;
    }
    assert!(at == N, "N must be the lists' total length");
    all
}

/// The most entries a masked table may hold: one bit each in a `u64`.
const MAX_MASKED: usize = 64;
/// Lengths from this on share the last length mask.
const LENGTHS: usize = 16;

/// Which entries of a short table a word may be: masks by first byte and by
/// length, built at compile time by [`Masks::of`].
pub(crate) struct Masks {
    by_initial: [u64; 256],
    by_length: [u64; LENGTHS],
}

impl Masks {
    /// The masks of `entries` (at most 64), by each entry's word. With
    /// `any_case`, an entry's first byte counts in both ASCII cases.
    pub(crate) const fn of<T>(entries: &[(&str, T)], any_case: bool) -> Masks {
        assert!(entries.len() <= MAX_MASKED, "a masked table holds at most 64 words");
        let mut masks = Masks { by_initial: [0; 256], by_length: [0; LENGTHS] };
        let mut i = 0;
        while i < entries.len() {
            let word = entries[i].0.as_bytes();
            let bit = 1u64 << i;
            masks.by_initial[word[0] as usize] |= bit;
            if any_case {
                masks.by_initial[word[0].to_ascii_uppercase() as usize] |= bit;
                masks.by_initial[word[0].to_ascii_lowercase() as usize] |= bit;
            }
            let length = if word.len() < LENGTHS { word.len() } else { LENGTHS - 1 };
            masks.by_length[length] |= bit;
            i += 1;
        }
        masks
    }

    /// The entries `word` may be (bit i for entry i): those that share its
    /// first byte and its length. Empty for the empty word.
    #[inline]
    pub(crate) fn candidates(&self, word: &str) -> u64 {
        let Some(&first) = word.as_bytes().first() else { return 0 };
        self.by_initial[first as usize] & self.by_length[word.len().min(LENGTHS - 1)]
    }
}

/// The entries of `candidates` (as [`Masks::candidates`] gives them) for
/// which `same` holds of the entry's word, first one first.
#[inline]
pub(crate) fn find_candidate<'t, T>(
    entries: &'t [(&str, T)],
    mut candidates: u64,
    same: impl Fn(&str) -> bool,
) -> Option<&'t T> {
    while candidates != 0 {
        let (word, value) = &entries[candidates.trailing_zeros() as usize];
        if same(word) {
            return Some(value);
        }
        candidates &= candidates - 1;
    }
    None
}

/// Byte-wise equality, written out: the words compared are a few bytes
/// long, where a call to `memcmp` costs more than the comparison.
#[inline]
pub(crate) fn same_bytes(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Checks word tables read against folded tokens: each entry is lower-case
/// and not empty, and none is listed twice in its table (a capital letter
/// or a repeat is a mistake the reader would never show).
#[cfg(test)]
pub(crate) fn assert_lower_case_without_repeats(lists: &[(&str, &[&str])]) {
    for (name, list) in lists {
        for (i, w) in list.iter().enumerate() {
            assert!(!w.is_empty() && *w == w.to_lowercase(), "{name}: {w}");
            assert!(!list[..i].contains(w), "{name}: {w} twice");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_lists_keep_their_order() {
        const BOTH: [&str; 3] = joined(&[&["of"], &["de", "van"]]);
        assert_eq!(BOTH, ["of", "de", "van"]);
    }

    const TABLE: [(&str, u32); 4] = [("two", 2), ("ten", 10), ("three", 3), ("Tuesday", 1)];
    static MASKS: Masks = Masks::of(&TABLE, false);
    static ANY_CASE: Masks = Masks::of(&TABLE, true);

    #[test]
    fn masks_narrow_a_word_to_entries_of_its_initial_and_length() {
        assert_eq!(MASKS.candidates("the"), 0b0011, "two and ten");
        assert_eq!(MASKS.candidates("three"), 0b0100);
        assert_eq!(MASKS.candidates("that"), 0);
        assert_eq!(MASKS.candidates("Two"), 0, "case counts");
        assert_eq!(ANY_CASE.candidates("TWO"), 0b0011);
        assert_eq!(MASKS.candidates(""), 0);
    }

    #[test]
    fn candidates_are_confirmed_by_comparison() {
        let find = |w: &str| find_candidate(&TABLE, MASKS.candidates(w), |e| same_bytes(e, w));
        assert_eq!(find("ten"), Some(&10));
        assert_eq!(find("the"), None);
        assert_eq!(find("Tuesday"), Some(&1));
        assert!(same_bytes("", "") && !same_bytes("ab", "abc") && !same_bytes("ab", "ac"));
    }
}
