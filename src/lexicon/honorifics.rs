//! Honorifics and ranks written before a person's name ("Mr.", "Gen.",
//! "Sgt.", "Dame").
//!
//! Three stages read them, each for its own question, so each takes the
//! lists it needs: sentence splitting (a full stop after "Gen." does not end
//! the sentence), entities (a title before a name makes the name a person),
//! and comparison (one outlet writes "Mr. Austin" where another writes
//! "Austin", so comparison drops the honorific).

/// Honorifics and ranks abbreviated before a name, lower-case and without
/// the full stop. Every stage reads these.
pub(crate) const HONORIFIC_ABBREVIATIONS: [&str; 17] = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "adm", "sen", "rep", "gov", "sgt",
    "capt", "rev", "hon",
];

/// Honorifics written out, which never take a full stop ("Miss", "Sir",
/// "Dame"): entities and comparison read them; sentence splitting has no
/// full stop to judge.
pub(crate) const HONORIFIC_WORDS: [&str; 3] = ["miss", "sir", "dame"];

/// Junior ranks and police and diplomatic offices, abbreviated ("Cpl.",
/// "Det. Supt.", "Amb."): sentence splitting and entities read them.
/// Comparison does not drop them: its similarity weights were fitted with
/// these words counted as content (examples/mrpc.rs).
pub(crate) const RANK_ABBREVIATIONS: [&str; 7] =
    ["cpl", "pvt", "cmdr", "supt", "insp", "det", "amb"];

/// Honorifics that say a person is a man, lower-case without a full stop:
/// "she" never refers back to "Mr. Reyes". The parser's quotes read these.
pub(crate) const MALE_HONORIFICS: [&str; 3] = ["mr", "sir", "lord"];

/// Honorifics that say a person is a woman: "he" never refers back to
/// "Mrs. Marsh".
pub(crate) const FEMALE_HONORIFICS: [&str; 5] = ["mrs", "ms", "miss", "dame", "lady"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_disjoint_and_lower_case() {
        let all: Vec<&str> = HONORIFIC_ABBREVIATIONS
            .iter()
            .chain(&HONORIFIC_WORDS)
            .chain(&RANK_ABBREVIATIONS)
            .copied()
            .collect();
        for (i, w) in all.iter().enumerate() {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            assert!(!all[..i].contains(w), "{w} in two lists");
        }
    }

    #[test]
    fn abbreviations_are_short_enough_for_the_sentence_splitter() {
        // The splitter only looks up words of at most six bytes.
        for w in HONORIFIC_ABBREVIATIONS.iter().chain(&RANK_ABBREVIATIONS) {
            assert!(w.len() <= 6, "{w}");
        }
    }
}
