//! Function words: the closed-class words of English (articles, pronouns,
//! prepositions, conjunctions, auxiliary and modal verbs, quantifiers and
//! the commonest adverbs of degree and time). They are frequent in every
//! text, so they say nothing about what a text reports or how it leans.
//!
//! Two lists, one home:
//! - [`SIMILARITY_STOPWORDS`]: the stemmed forms sentence similarity leaves
//!   out. Its weights were fitted with exactly this list (examples/mrpc.rs),
//!   so it must not change without a re-fit; it also holds a few reporting
//!   words ("said", "according") that are not function words.
//! - [`FUNCTION_WORDS`]: the words as written, lower-case, that a finding
//!   shown to a reader must never offer as meaningful (distinctive wording,
//!   event labels). A superset of the function words of the first list.

/// Stemmed forms left out of similarity (see the module docs).
pub(crate) const SIMILARITY_STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "into", "onto", "upon", "as", "is", "are", "was", "were", "be", "been", "being", "am",
    "has", "have", "had", "having", "do", "doe", "did", "done", "that", "this", "these", "those",
    "it", "its", "it's", "he", "she", "they", "them", "their", "theirs", "his", "her", "hers",
    "him", "we", "us", "our", "you", "your", "i", "me", "my", "not", "no", "so", "if", "then",
    "than", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "while",
    "why", "how", "also", "will", "would", "could", "can", "should", "may", "might", "must",
    "shall", "about", "after", "before", "since", "over", "under", "up", "down", "out", "off",
    "just", "only", "very", "more", "most", "other", "some", "such", "any", "all", "each", "both",
    "own", "same", "too", "s", "t", "said", "say", "says", "told", "tell", "accord", "according",
    "wa", "ha",
];

/// Function words as written, lower-case (see the module docs).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    // articles and determiners
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each",
    "either", "neither", "all", "both", "few", "many", "much", "more", "most", "less", "least",
    "several", "such", "other", "another", "own", "same", "enough", "whole",
    // pronouns
    "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he",
    "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "it's", "itself", "we",
    "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "one",
    "ones", "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone",
    "everybody", "everything", "nobody", "nothing", "none", "who", "whom", "whose", "which",
    "what", "whatever", "whichever", "whoever",
    // prepositions
    "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "as",
    "about", "above", "across", "after", "against", "along", "amid", "among", "amongst",
    "around", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
    "despite", "down", "during", "except", "inside", "like", "near", "off", "out", "outside",
    "over", "past", "per", "since", "through", "throughout", "till", "toward", "towards",
    "under", "underneath", "until", "unlike", "up", "via", "within", "without", "due",
    // conjunctions and subordinators
    "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "because", "although",
    "though", "unless", "whereas", "whether", "while", "whilst", "once", "when", "whenever",
    "where", "wherever", "why", "how", "however", "therefore", "thus", "hence", "instead",
    // auxiliary and modal verbs
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
    "do", "does", "did", "done", "doing", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "ought", "won't", "can't", "don't", "doesn't", "didn't", "isn't",
    "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't",
    "shouldn't",
    // adverbs of degree, time and place, negation
    "not", "also", "too", "very", "just", "only", "even", "still", "already", "again", "ever",
    "never", "always", "often", "here", "there", "now", "soon", "quite", "rather", "almost",
    "perhaps", "maybe", "else", "away", "back", "far", "well", "indeed", "s", "t",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_lower_case() {
        for w in SIMILARITY_STOPWORDS.iter().chain(FUNCTION_WORDS) {
            assert!(w.chars().all(|c| c.is_ascii_lowercase() || c == '\''), "{w}");
        }
    }

    #[test]
    fn no_word_is_listed_twice() {
        for (i, w) in FUNCTION_WORDS.iter().enumerate() {
            assert!(!FUNCTION_WORDS[..i].contains(w), "{w} twice");
        }
    }

    #[test]
    fn the_similarity_lists_function_words_are_function_words() {
        // Its other entries are stems ("doe", "wa", "ha") or reporting words.
        let not_function = ["doe", "wa", "ha", "said", "say", "says", "told", "tell", "accord", "according"];
        for w in SIMILARITY_STOPWORDS.iter().filter(|w| !not_function.contains(w)) {
            assert!(FUNCTION_WORDS.contains(w), "{w}");
        }
    }

    #[test]
    fn the_words_the_demo_once_showed_as_distinctive_are_function_words() {
        for w in ["during", "due", "have", "because", "every"] {
            assert!(FUNCTION_WORDS.contains(&w), "{w}");
        }
    }
}
