//! Lexical similarity of sentences and documents.
//!
//! **Sentences.** [`sentence_similarity`] is a paraphrase score. Each sentence
//! is reduced once to a [`Profile`] of stemmed words (see
//! [`super::normalize`]): spelling variants, inflection, case, punctuation and
//! quote style no longer matter. Two profiles are compared on lexical
//! features (see [`FEATURE_NAMES`]) — content-word overlap in both
//! directions, overlap of all words, of word bigrams and the longest common
//! subsequence (order), of character trigrams (near spellings), agreement of
//! the numbers, length ratio and the content words left unmatched — combined
//! by a logistic function whose weights were fitted on
//! the MRPC training file (see `examples/mrpc.rs`, which refits and prints
//! them). The result is a probability-like score in 0..1.
//!
//! **Documents.** [`document_matrix`] is the cosine of TF-IDF vectors of
//! stemmed content words (sublinear term frequency, smoothed idf), computed
//! through an inverted index so only pairs that share a word cost anything.

use super::normalize::{is_stopword, stem};
use crate::lexicon::hash::{fnv1a, FnvBuild};
use crate::lexicon::number_words::{CARDINALS, DOZEN, SCALES};
use std::collections::HashMap;

/// A sentence reduced to what the similarity features need. All lists are
/// sorted hashes, so comparing two profiles is a linear merge.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Every stemmed word, as a multiset.
    pub all: Vec<u64>,
    /// Content words (no function words), as a set.
    pub content: Vec<u64>,
    /// Adjacent pairs of stemmed words, as a multiset.
    pub bigrams: Vec<u64>,
    /// Byte trigrams of the stemmed text (three bytes packed), as a multiset.
    pub trigrams: Vec<u32>,
    /// Numbers written with digits or as words, normalised, as a set.
    pub numbers: Vec<u64>,
    /// Adjacent pairs of content words, as a multiset.
    pub content_bigrams: Vec<u64>,
    /// Content words with a weight that grows with their length, a stand-in
    /// for rarity when no collection is at hand; sorted by hash.
    pub content_weights: Vec<(u64, f64)>,
    /// Capitalised words not at the start of the sentence (names), as a set.
    pub names: Vec<u64>,
    /// The first [`LCS_WORDS`] words as the subsequence feature reads them
    /// ([`lcs`]): each distinct word with the positions it holds as bits
    /// (bit i for word i), sorted by hash.
    pub positions: Vec<(u64, u64)>,
    /// Each of the first [`LCS_WORDS`] words in sentence order, as its index
    /// in `positions`.
    pub word_ids: Vec<u8>,
    /// The summed weight of `content_weights`, in their order.
    pub content_weight: f64,
    /// Number of words.
    pub length: usize,
}

/// A content word's weight: the log of its length in characters, capped
/// at 12, read from a table (this runs on every word of every article).
fn length_weight(word: &str) -> f64 {
    const LN: [f64; 13] = [
        f64::NEG_INFINITY,
        0.0,
        std::f64::consts::LN_2,
        1.0986122886681098,
        1.3862943611198906,
        1.6094379124341003,
        1.791759469228055,
        1.9459101090932196,
        2.0794415416798357,
        2.1972245773362196,
        std::f64::consts::LN_10,
        2.3978952727983707,
        2.4849066497880004,
    ];
    LN[word.chars().count().min(12)]
}

impl Profile {
    /// The profile of a sentence's text, read from its words.
    pub fn new(text: &str) -> Self {
        Self::from_words(&super::normalize::words(text))
    }

    /// A profile from a sentence's words.
    pub fn from_words(words: &[super::normalize::Word]) -> Self {
        let mut names: Vec<u64> = words
            .iter()
            .skip(1)
            .filter(|w| w.raw.chars().next().is_some_and(char::is_uppercase) && !w.stop)
            .map(|w| w.hash)
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut profile = Self::build(words.iter().map(|w| (&*w.stem, w.stop, w.hash)));
        profile.names = names;
        profile
    }

    /// A profile from stemmed words alone (no case, so no names).
    pub fn from_stems(words: &[String]) -> Self {
        Self::build(words.iter().map(|w| (w.as_str(), is_stopword(w), fnv1a(w.as_bytes()))))
    }

    /// One pass over the stemmed words, each with whether it is a function
    /// word and its hash.
    /// Every list is allocated once at its final size: there is a profile
    /// per sentence of every article, and growing ten lists word by word
    /// was most of the cost of preparing a comparison.
    fn build<'w>(words: impl ExactSizeIterator<Item = (&'w str, bool, u64)> + Clone) -> Self {
        let n = words.len();
        let joined_len = words.clone().map(|(w, _, _)| w.len() + 1).sum::<usize>();
        let mut all = Vec::with_capacity(n);
        let mut content = Vec::with_capacity(n);
        let mut content_weights = Vec::with_capacity(n);
        let mut numbers = Vec::new();
        let mut joined = String::with_capacity(joined_len);
        let mut previous: Option<u64> = None;
        let mut previous_content: Option<u64> = None;
        let mut bigrams = Vec::with_capacity(n.saturating_sub(1));
        let mut content_bigrams = Vec::with_capacity(n.saturating_sub(1));
        for (w, stop, h) in words {
            all.push(h);
            if let Some(p) = previous {
                bigrams.push(p.rotate_left(17) ^ h);
            }
            previous = Some(h);
            if !stop {
                content.push(h);
                content_weights.push((h, length_weight(w)));
                if let Some(p) = previous_content {
                    content_bigrams.push(p.rotate_left(17) ^ h);
                }
                previous_content = Some(h);
            }
            let first = w.as_bytes().first().copied().unwrap_or(0);
            if first.is_ascii_digit() || (w.len() <= 8 && first.is_ascii_lowercase()) {
                if let Some(v) = number_value(w, h) {
                    numbers.push(v.to_bits());
                }
            }
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(w);
        }
        // Byte trigrams: the same as character trigrams for ASCII text, and
        // still consistent (equal text, equal trigrams) for any other.
        let mut trigrams: Vec<u32> = joined
            .as_bytes()
            .windows(3)
            .map(|t| (t[0] as u32) | (t[1] as u32) << 8 | (t[2] as u32) << 16)
            .collect();
        let length = all.len();
        let (positions, word_ids) = word_positions(&all);
        all.sort_unstable();
        content.sort_unstable();
        content.dedup();
        bigrams.sort_unstable();
        content_bigrams.sort_unstable();
        trigrams.sort_unstable();
        numbers.sort_unstable();
        numbers.dedup();
        // Each distinct content word with its weight, in hash order: the
        // hashes are `content`'s (sorted, without repeats), and a hash's
        // weights are all one word's. Looked up rather than sorted, so the
        // `u64` sort above is the only one.
        let mut weights: Vec<Option<f64>> = vec![None; content.len()];
        for &(h, w) in &content_weights {
            if let Ok(k) = content.binary_search(&h) {
                weights[k].get_or_insert(w);
            }
        }
        let content_weights: Vec<(u64, f64)> =
            content.iter().zip(weights).map(|(&h, w)| (h, w.unwrap_or(0.0))).collect();
        let content_weight = content_weights.iter().map(|x| x.1).sum::<f64>();
        Profile {
            all,
            content,
            bigrams,
            trigrams,
            numbers,
            content_bigrams,
            content_weights,
            names: Vec::new(),
            positions,
            word_ids,
            content_weight,
            length,
        }
    }

    /// The feature vector for a pair (see [`FEATURE_NAMES`]).
    pub fn features(&self, other: &Profile) -> [f64; FEATURES] {
        let shared_content = shared(&self.content, &other.content) as f64;
        let (ca, cb) = (self.content.len() as f64, other.content.len() as f64);
        let precision = if ca > 0.0 { shared_content / ca } else { 0.0 };
        let recall = if cb > 0.0 { shared_content / cb } else { 0.0 };
        let number_agreement = match (self.numbers.is_empty(), other.numbers.is_empty()) {
            (true, true) => 1.0,
            (false, false) => {
                let s = shared(&self.numbers, &other.numbers) as f64;
                s / (self.numbers.len() + other.numbers.len()) as f64 * 2.0
            }
            _ => 0.5,
        };
        let unmatched = (ca.max(cb) - shared_content).max(0.0);
        let unmatched_short = (ca.min(cb) - shared_content).max(0.0);
        let numbers_conflict =
            !self.numbers.is_empty() && !other.numbers.is_empty() && self.numbers != other.numbers;
        // Each intersection is merged once, however many features use it.
        let shared_trigrams = shared(&self.trigrams, &other.trigrams);
        let trigram_containment =
            shared_trigrams as f64 / (self.trigrams.len().min(other.trigrams.len()).max(1)) as f64;
        let trigram_dice = dice_of(shared_trigrams, self.trigrams.len(), other.trigrams.len());
        let (la, lb) = (self.length as f64, other.length as f64);
        let weighted_shared = weighted_shared(&self.content_weights, &other.content_weights);
        let (wa, wb) = (self.content_weight, other.content_weight);
        let weighted_overlap = if wa.max(wb) > 0.0 { weighted_shared / wa.max(wb) } else { 0.0 };
        let shared_names = shared(&self.names, &other.names);
        let names_a = self.names.len() - shared_names;
        let names_b = other.names.len() - shared_names;
        [
            precision.min(recall),
            precision.max(recall),
            dice(&self.all, &other.all),
            dice(&self.bigrams, &other.bigrams),
            trigram_dice,
            number_agreement,
            if la.max(lb) > 0.0 { la.min(lb) / la.max(lb) } else { 1.0 },
            1.0 / (1.0 + unmatched),
            1.0 / (1.0 + unmatched_short),
            if numbers_conflict { 1.0 } else { 0.0 },
            trigram_containment,
            dice(&self.content_bigrams, &other.content_bigrams),
            weighted_overlap,
            1.0 / (1.0 + (names_a + names_b) as f64),
            (-(unmatched + unmatched_short) / 4.0).exp(),
            precision.min(recall) * trigram_dice,
            lcs(self, other) as f64 / la.max(lb).max(1.0),
        ]
    }

    /// The paraphrase score of two profiles, 0..1.
    pub fn similarity(&self, other: &Profile) -> f64 {
        if self.all.is_empty() || other.all.is_empty() {
            return 0.0;
        }
        if self.all == other.all {
            return 1.0;
        }
        let f = self.features(other);
        let z = BIAS + f.iter().zip(WEIGHTS.iter()).map(|(x, w)| x * w).sum::<f64>();
        let p = 1.0 / (1.0 + (-z).exp());
        // Only identical word sequences score exactly 1.
        p.clamp(0.0, 0.999)
    }
}

/// How many features [`Profile::features`] returns.
pub const FEATURES: usize = 17;

/// Names of the features, in order, for the MRPC example's report.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "content overlap, smaller direction",
    "content overlap, larger direction",
    "all-word Dice",
    "word-bigram Dice",
    "character-trigram Dice",
    "number agreement",
    "length ratio",
    "1/(1+unmatched content words)",
    "1/(1+unmatched content words of the shorter)",
    "numbers conflict",
    "character-trigram containment",
    "content-bigram Dice",
    "content overlap weighted by word length, larger side",
    "1/(1+capitalised words in only one)",
    "exp(-unmatched content words of both / 4)",
    "content overlap × trigram Dice",
    "longest common word subsequence / longer length",
];

/// Logistic weights fitted on MRPC train (`cargo run --release --example mrpc
/// -- --fit` reprints them). Test data played no part.
pub const WEIGHTS: [f64; FEATURES] = [
    0.369, 1.115, 2.212, -2.865, 2.781, 0.355, 1.746, 1.245, -0.757, -0.314, 0.429, -3.176, -1.175,
    -0.179, 2.040, 3.599, 4.377,
];
/// The logistic intercept that goes with [`WEIGHTS`].
pub const BIAS: f64 = -6.188;

/// How alike two sentences are, from 0 (unrelated) to 1 (the same words once
/// case, punctuation, quote style and spelling variants are ignored): the
/// paraphrase score described in the module documentation.
pub fn sentence_similarity(a: &str, b: &str) -> f64 {
    let (pa, pb) = (Profile::new(a), Profile::new(b));
    if pa.all.is_empty() && pb.all.is_empty() {
        // No words on either side: only the same text counts as alike.
        return if a.trim() == b.trim() { 1.0 } else { 0.0 };
    }
    pa.similarity(&pb)
}

/// The words of a sentence the subsequence feature reads: the first 64,
/// which covers news sentences and makes a sentence's positions fit one
/// 64-bit word.
pub const LCS_WORDS: usize = 64;

/// [`Profile::positions`] and [`Profile::word_ids`] of a word sequence.
fn word_positions(sequence: &[u64]) -> (Vec<(u64, u64)>, Vec<u8>) {
    let sequence = &sequence[..sequence.len().min(LCS_WORDS)];
    // The distinct words sorted (the `u64` sort every profile list uses),
    // then each position's bit set on its word.
    let mut words: Vec<u64> = sequence.to_vec();
    words.sort_unstable();
    words.dedup();
    let mut positions: Vec<(u64, u64)> = words.into_iter().map(|w| (w, 0)).collect();
    let word_ids = sequence
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let k = positions.binary_search_by_key(w, |p| p.0).unwrap_or(0);
            positions[k].1 |= 1 << i;
            k as u8
        })
        .collect();
    (positions, word_ids)
}

/// Length of the longest common subsequence of two sentences' first
/// [`LCS_WORDS`] words, bit-parallel (Allison and Dix 1986, in Hyyrö's
/// form): bit i of `v` is 0 where row i of the dynamic-programming table
/// steps up, and one addition per word of `b` moves every row at once, so
/// the cost is a merge of the two word lists and one step per word of `b`
/// instead of a step per pair of words.
fn lcs(a: &Profile, b: &Profile) -> usize {
    // For each distinct word of b, the positions of that word in a.
    let mut in_a = [0u64; LCS_WORDS];
    let (pa, pb) = (&a.positions, &b.positions);
    let (mut i, mut j) = (0, 0);
    while i < pa.len() && j < pb.len() {
        let (x, y) = (pa[i].0, pb[j].0);
        if x == y {
            in_a[j] = pa[i].1;
        }
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    let mut v = u64::MAX;
    for &id in &b.word_ids {
        let u = v & in_a[id as usize];
        v = v.wrapping_add(u) | (v - u);
    }
    let len_a = a.length.min(LCS_WORDS);
    let rows = if len_a == LCS_WORDS { u64::MAX } else { (1u64 << len_a) - 1 };
    (!v & rows).count_ones() as usize
}

/// The size of the multiset intersection of two sorted lists (for sets,
/// how many members they share). Branch-free: each step compares once and
/// advances either side or both by the outcome, which the processor cannot
/// mispredict (the branching merge was most of the time of aligning).
pub(super) fn shared<T: Ord + Copy>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += (x == y) as usize;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    n
}

/// The summed weight of the keys two sorted weighted sets share.
fn weighted_shared(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    let (mut i, mut j, mut total) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].0, b[j].0);
        // Adding 0.0 leaves the sum exactly as it was.
        total += if x == y { a[i].1 } else { 0.0 };
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    total
}

/// Dice coefficient of two sorted multisets; two empty lists agree fully.
fn dice<T: Ord + Copy>(a: &[T], b: &[T]) -> f64 {
    dice_of(shared(a, b), a.len(), b.len())
}

/// Dice coefficient from the size of the intersection and of each side.
fn dice_of(shared: usize, a: usize, b: usize) -> f64 {
    if a == 0 && b == 0 {
        return 1.0;
    }
    2.0 * shared as f64 / (a + b) as f64
}

/// The numeric value of a stemmed word that is a number ("10500", "1.5",
/// "five", "fifth" is not one); `hash` is the stem's FNV-1a, as
/// [`super::normalize::Word::hash`] holds it.
pub fn number_value(stemmed: &str, hash: u64) -> Option<f64> {
    if stemmed.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits: String =
            stemmed.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        return digits.trim_end_matches('.').parse().ok();
    }
    number_word(stemmed, hash)
}

/// A number written as a word, in its stemmed form ("thre" is "three"
/// stemmed): the lexicon's cardinals up to twelve and the tens up to fifty,
/// "dozen", and the scales up to a billion, which are the words the
/// similarity weights were fitted with (examples/mrpc.rs). "hundred" is not
/// among them: it stems to "hundr", which was never read as a number, and
/// reading it now would change the features the weights were fitted on.
///
/// `hash` is the stem's FNV-1a ([`super::normalize::Word::hash`]): this is
/// asked of nearly every word of every sentence, and the top byte of the
/// hash turns nearly every word away with one load, without comparing text.
pub fn number_word(stemmed: &str, hash: u64) -> Option<f64> {
    debug_assert_eq!(hash, fnv1a(stemmed.as_bytes()), "the hash of {stemmed:?}");
    let table = NumberStems::get();
    let mut candidates = table.by_top_byte[(hash >> 56) as usize];
    while candidates != 0 {
        let (h, word, value) = &table.stems[candidates.trailing_zeros() as usize];
        if *h == hash && word == stemmed {
            return Some(*value);
        }
        candidates &= candidates - 1;
    }
    None
}

/// The stems of [`compared_number_words`] with their hashes and values, and
/// for each top byte of a hash, which of them (bit i for stem i) have it.
struct NumberStems {
    stems: Vec<(u64, String, f64)>,
    by_top_byte: [u64; 256],
}

impl NumberStems {
    fn get() -> &'static NumberStems {
        static STEMS: std::sync::OnceLock<NumberStems> = std::sync::OnceLock::new();
        STEMS.get_or_init(|| {
            let mut stems: Vec<(u64, String, f64)> = Vec::new();
            for (word, value) in compared_number_words() {
                for w in [word.to_string(), stem(word)] {
                    if !stems.iter().any(|(_, s, _)| *s == w) {
                        stems.push((fnv1a(w.as_bytes()), w, value));
                    }
                }
            }
            assert!(stems.len() <= 64, "one bit per stem");
            let mut by_top_byte = [0u64; 256];
            for (i, (h, _, _)) in stems.iter().enumerate() {
                by_top_byte[(h >> 56) as usize] |= 1 << i;
            }
            NumberStems { stems, by_top_byte }
        })
    }
}

/// The number words [`number_word`] reads, unstemmed, with their values.
fn compared_number_words() -> impl Iterator<Item = (&'static str, f64)> {
    let small_or_round = |n: u32| (1..=12).contains(&n) || (n % 10 == 0 && (20..=50).contains(&n));
    CARDINALS
        .iter()
        .filter(move |&&(_, n)| small_or_round(n))
        .map(|&(w, n)| (w, f64::from(n)))
        .chain([(DOZEN.0, f64::from(DOZEN.1))])
        .chain(SCALES.iter().copied().filter(|&(_, v)| v <= 1e9))
}

/// A document as weighted content words, ready for [`document_matrix`].
#[derive(Debug, Clone, Default)]
pub struct Bag {
    /// The hashes of the words, in the order added; counted when the matrix
    /// is built (one sort per document beats a map update per word).
    terms: Vec<u64>,
}

impl Bag {
    /// A bag of whole sentences, for tests that start from text.
    #[cfg(test)]
    pub fn of_sentences<'a>(sentences: impl Iterator<Item = &'a str>) -> Self {
        let mut bag = Bag::default();
        for s in sentences {
            bag.add_stems(&super::normalize::stemmed_words(s));
        }
        bag
    }

    /// Adds already stemmed words; function words are skipped.
    #[cfg(test)]
    fn add_stems(&mut self, words: &[String]) {
        words.iter().for_each(|w| self.add(w));
    }

    /// Adds one word of an article unless it is a function word or a single
    /// letter.
    pub fn add_word(&mut self, w: &super::normalize::Word) {
        if !w.stop && w.stem.chars().nth(1).is_some() {
            self.terms.push(w.hash);
        }
    }

    /// Adds one stemmed word unless it is a function word or a single letter.
    #[cfg(test)]
    pub fn add(&mut self, w: &str) {
        if !is_stopword(w) && w.chars().nth(1).is_some() {
            self.terms.push(fnv1a(w.as_bytes()));
        }
    }

    /// Each distinct word with its count, sorted by hash.
    fn counts(&self) -> Vec<(u64, f64)> {
        let mut terms = self.terms.clone();
        terms.sort_unstable();
        let mut out: Vec<(u64, f64)> = Vec::new();
        for t in terms {
            match out.last_mut() {
                Some((last, count)) if *last == t => *count += 1.0,
                _ => out.push((t, 1.0)),
            }
        }
        out
    }
}

/// Cosine similarity of TF-IDF vectors for every pair of documents: weight
/// `(1 + ln tf) · (ln((1+n)/(1+df)) + 1)`, vectors normalised to length 1.
/// Dot products are accumulated through an inverted index, so the cost is the
/// sum over words of (documents containing it)²; words in more than a quarter
/// of a large collection (over 40 documents) are left out of that index
/// because their idf is too low to matter and they would make it quadratic.
pub fn document_matrix(docs: &[Bag]) -> Vec<Vec<f64>> {
    let n = docs.len();
    let counts: Vec<Vec<(u64, f64)>> = docs.iter().map(Bag::counts).collect();
    let mut df: HashMap<u64, usize, FnvBuild> = HashMap::default();
    for d in &counts {
        for (t, _) in d {
            *df.entry(*t).or_default() += 1;
        }
    }
    let idf = |t: &u64| ((1 + n) as f64 / (1 + df[t]) as f64).ln() + 1.0;
    let vectors: Vec<Vec<(u64, f64)>> = counts
        .iter()
        .map(|d| {
            let mut v: Vec<(u64, f64)> =
                d.iter().map(|(t, c)| (*t, (1.0 + c.ln()) * idf(t))).collect();
            let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, x)| *x /= norm);
            }
            v
        })
        .collect();
    let cap = if n > 40 { n / 4 } else { n };
    let mut postings: HashMap<u64, Vec<(usize, f64)>, FnvBuild> = HashMap::default();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, x) in v {
            if df[&t] <= cap {
                postings.entry(t).or_default().push((i, x));
            }
        }
    }
    let mut m = vec![vec![0.0; n]; n];
    let mut terms: Vec<u64> = postings.keys().copied().collect();
    terms.sort_unstable();
    for list in terms.iter().map(|t| &postings[t]) {
        for (k, &(i, x)) in list.iter().enumerate() {
            for &(j, y) in &list[k + 1..] {
                m[i][j] += x * y;
            }
        }
    }
    for i in 0..n {
        m[i][i] = 1.0;
        for j in i + 1..n {
            let v = (m[i][j] as f64).clamp(0.0, 1.0);
            let v = (v * 1e6).round() / 1e6;
            m[i][j] = v;
            m[j][i] = v;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest common subsequence by the plain dynamic-programming
    /// table, as the subsequence feature was computed before [`lcs`].
    fn lcs_table(a: &[u64], b: &[u64]) -> usize {
        let (a, b) = (&a[..a.len().min(LCS_WORDS)], &b[..b.len().min(LCS_WORDS)]);
        let mut row = [0u16; LCS_WORDS + 1];
        for &x in a {
            let mut diagonal = 0;
            for (j, &y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
                diagonal = above;
            }
        }
        row[b.len()] as usize
    }

    /// A profile holding only what [`lcs`] reads.
    fn sequence_profile(words: &[u64]) -> Profile {
        let (positions, word_ids) = word_positions(words);
        Profile { positions, word_ids, length: words.len(), ..Default::default() }
    }

    #[test]
    fn bit_parallel_lcs_matches_the_table_on_every_short_pair() {
        // Every pair of sequences of up to 6 words over 3 words.
        let all: Vec<Vec<u64>> = (0..=6u32)
            .flat_map(|n| {
                (0..3u64.pow(n)).map(move |k| (0..n).map(|i| k / 3u64.pow(i) % 3).collect())
            })
            .collect();
        for a in &all {
            let pa = sequence_profile(a);
            for b in &all {
                assert_eq!(lcs(&pa, &sequence_profile(b)), lcs_table(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Long sentences too: up to 90 words, past the 64 read, over
        /// vocabularies small enough to repeat words.
        #[test]
        fn bit_parallel_lcs_matches_the_table(
            vocabulary in 1u64..12,
            a in proptest::collection::vec(0u64..1000, 0..90),
            b in proptest::collection::vec(0u64..1000, 0..90),
        ) {
            let (a, b): (Vec<u64>, Vec<u64>) =
                (a.iter().map(|w| w % vocabulary).collect(), b.iter().map(|w| w % vocabulary).collect());
            proptest::prop_assert_eq!(lcs(&sequence_profile(&a), &sequence_profile(&b)), lcs_table(&a, &b));
        }
    }

    #[test]
    fn branch_free_merges_count_multisets() {
        assert_eq!(shared(&[1u64, 1, 2, 5, 5, 5], &[1, 2, 2, 5, 5, 7]), 4);
        assert_eq!(shared::<u32>(&[], &[1]), 0);
        assert_eq!(weighted_shared(&[(1, 0.5), (4, 2.0), (6, 1.0)], &[(4, 3.0), (6, 9.0)]), 3.0);
    }

    #[test]
    fn number_words_are_read_in_their_stemmed_forms() {
        let value = |w: &str| number_word(&stem(w), fnv1a(stem(w).as_bytes()));
        for (word, v) in [("one", 1.0), ("three", 3.0), ("Nine", 9.0), ("twelve", 12.0)] {
            assert_eq!(value(word), Some(v), "{word}");
        }
        for (word, v) in [("dozen", 12.0), ("fifty", 50.0), ("thousand", 1e3), ("billion", 1e9)] {
            assert_eq!(value(word), Some(v), "{word}");
        }
        // Outside the words the weights were fitted with.
        for word in ["zero", "thirteen", "sixty", "hundred", "hundreds", "trillion", "fifth"] {
            assert_eq!(value(word), None, "{word}");
        }
        assert_eq!(number_value("10500", fnv1a(b"10500")), Some(10500.0));
    }

    #[test]
    fn length_weights_are_logs_of_lengths() {
        for (word, n) in
            [("a", 1.0f64), ("ab", 2.0), ("naïve", 5.0), ("internationalisation", 12.0)]
        {
            assert_eq!(length_weight(word), n.ln(), "{word}");
        }
    }

    #[test]
    fn identical_up_to_case_quotes_and_spelling_scores_one() {
        assert_eq!(sentence_similarity("“Go now,” he said.", "\"go NOW,\" he said"), 1.0);
        assert_eq!(
            sentence_similarity(
                "The defence minister emphasised it.",
                "The defense minister emphasized it."
            ),
            1.0
        );
    }

    #[test]
    fn scores_order_paraphrase_above_unrelated() {
        let a = "The storm killed five people and injured dozens in the port town of Weldon.";
        let para = "Five people were killed and dozens injured when the storm hit Weldon's port.";
        let other = "The council approved a new budget for road repairs on Monday.";
        let para_score = sentence_similarity(a, para);
        let other_score = sentence_similarity(a, other);
        assert!(para_score > 0.5, "{para_score}");
        assert!(other_score < 0.2, "{other_score}");
        assert!((0.0..=1.0).contains(&para_score));
    }

    #[test]
    fn different_numbers_lower_the_score() {
        let a = "The storm killed five people in Weldon on Monday.";
        let same = "The storm killed five people in Weldon on Monday night.";
        let diff = "The storm killed four people in Weldon on Monday night.";
        assert!(sentence_similarity(a, same) > sentence_similarity(a, diff));
    }

    #[test]
    fn empty_and_symbol_only_input_does_not_panic() {
        assert_eq!(sentence_similarity("", ""), 1.0);
        assert_eq!(sentence_similarity("", "word"), 0.0);
        assert_eq!(sentence_similarity("—", "…"), 0.0);
    }

    #[test]
    fn document_matrix_is_symmetric_with_unit_diagonal() {
        let docs: Vec<Bag> = ["alpha beta gamma", "alpha beta delta", "xray yankee zulu"]
            .iter()
            .map(|s| Bag::of_sentences(std::iter::once(*s)))
            .collect();
        let m = document_matrix(&docs);
        for i in 0..3 {
            assert_eq!(m[i][i], 1.0);
            for j in 0..3 {
                assert_eq!(m[i][j], m[j][i]);
            }
        }
        assert!(m[0][1] > m[0][2]);
        assert_eq!(m[0][2], 0.0);
    }
}
