//! The words and small helpers that several stages share, each in one home.
//!
//! Parsing and comparison read the same vocabulary: month and weekday names,
//! number words, the verbs that report speech, honorifics. Written out in each
//! stage, the copies drifted apart ("Sept" was a month in one and not in
//! another), so each list lives here once, in a file of its own, with tests
//! of its table. A stage that needs a narrower or wider list than its
//! neighbours says so with a named list here, not with a copy of its own.
//!
//! The helpers are the ones every stage reached for: the FNV hash (ids, word
//! caches, hash maps keyed by small values), byte tests on eight bytes at
//! once, and case-insensitive prefix tests.
//!
//! This module is a leaf: it imports nothing from the rest of the crate, so
//! any stage may use it without an import cycle (a test below holds it to
//! that).

/// A named word list: the table itself, for tests and for readers that
/// walk it, and a membership test compiled to a `match` on the same
/// words. A slice's `contains` compares a word with every entry in turn;
/// the `match` sorts them by length and bytes at compile time, as the inline
/// `matches!` lists these tables replaced did, so naming a list costs the
/// hot readers nothing.
macro_rules! word_list {
    ($(#[$doc:meta])* $vis:vis $name:ident / $test:ident = [$($w:literal),* $(,)?];) => {
        $(#[$doc])*
        #[allow(dead_code)] // the readers ask the test below; tests read the table
        $vis const $name: &[&str] = &[$($w),*];

        #[doc = concat!("Whether `w` is in [`", stringify!($name), "`].")]
        #[inline]
        $vis fn $test(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
}

pub(crate) mod ascii_case;
pub(crate) mod bylines;
pub(crate) mod bytewise;
pub(crate) mod calendar;
pub(crate) mod counting;
pub(crate) mod dating;
pub(crate) mod function_words;
pub(crate) mod happenings;
pub(crate) mod hash;
pub(crate) mod hedges;
pub(crate) mod honorifics;
pub(crate) mod name_particles;
pub(crate) mod names;
pub(crate) mod number_words;
pub(crate) mod outlets;
pub(crate) mod sort;
pub(crate) mod sorted_map;
pub(crate) mod speech_verbs;
pub(crate) mod tables;

pub(crate) use sort::{group_by_key, map_from, set_from, sort, sort_by, sort_dedup, stable_order};
pub(crate) use sorted_map::SortedMap;
pub(crate) use tables::joined;

#[cfg(test)]
mod tests {

    /// The lexicon depends on nothing else in the crate, so that every
    /// stage can use it without forming a cycle.
    #[test]
    fn the_lexicon_imports_nothing_from_the_crate() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        // Spelled in parts so that these lines do not find themselves.
        let outside = [["crate", "::"].concat(), ["super", "::super"].concat()];
        for entry in std::fs::read_dir(&dir).expect("src/lexicon is readable") {
            let path = entry.expect("a directory entry").path();
            let source = std::fs::read_to_string(&path).expect("a source file");
            for (n, line) in source.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                assert!(
                    !outside.iter().any(|path| code.contains(path.as_str())),
                    "{}:{} reaches outside the lexicon: {line}",
                    path.display(),
                    n + 1
                );
            }
        }
    }
}
