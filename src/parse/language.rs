//! The language an article is written in, for text that does not declare one
//! (plain text always; HTML pages without `<html lang>`).
//!
//! Two signals, read in one pass over the body:
//!
//! - **Script.** Some writing systems are used by essentially one language
//!   (Greek, Hebrew, Hangul, Thai, Georgian...), so counting letters by script
//!   settles those outright. Where a script serves several languages
//!   (Cyrillic, Arabic, Han), letters only one of them uses decide, or nothing
//!   is said.
//! - **Function words.** For Latin-script text, each candidate language has a
//!   profile of its most frequent function words. Every word that appears in
//!   a profile scores for that language, split evenly when several profiles
//!   share it ("de", "la", "en"), so the words only one language uses decide.
//!
//! An answer is given only when it is clear: enough letters or words, one
//! script dominating, and for Latin text a winner with enough hits, a large
//! lead over the runner-up and a plausible share of the words. Short, mixed
//! or unprofiled text (Polish, Turkish, ...) gives `None`, because a wrong
//! tag is worse than none.
//!
//! Cost: detection reads the words the parser has already split and
//! lower-cased for its other stages, and looks each up in one hash table
//! (words longer than any profile word are skipped unhashed), so it adds no
//! pass over the text and allocates nothing per word.

use crate::parse::tokens::{tokenize, Lowered};
use std::sync::OnceLock;

/// The Latin-script languages with a function-word profile, as BCP-47 tags.
/// A word's entry in the table is a bit set over this list.
const PROFILED: [&str; 7] = ["en", "de", "fr", "es", "pt", "it", "nl"];

/// The most frequent function words of each profiled language (plus "said"
/// and its equivalents, which news text uses in nearly every paragraph),
/// lower-case. Order follows [`PROFILED`].
const PROFILES: [&[&str]; 7] = [
    // English
    &[
        "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at",
        "from", "it", "he", "she", "his", "her", "they", "their", "has", "have", "had", "were",
        "are", "be", "been", "will", "would", "said", "not", "but", "which", "who", "this", "an",
        "after", "about", "or", "its", "also", "than", "we", "there", "could", "into",
    ],
    // German
    &[
        "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
        "ist", "nicht", "mit", "sich", "auf", "für", "von", "zu", "im", "auch", "es", "sie", "er",
        "wir", "wurde", "werden", "wird", "hat", "haben", "sind", "war", "bei", "nach", "aus",
        "noch", "wie", "über", "dass", "oder", "aber", "nur", "vor", "am", "zum", "zur", "um",
        "sagte",
    ],
    // French
    &[
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans",
        "pour", "par", "sur", "au", "aux", "avec", "ne", "pas", "plus", "ce", "cette", "il",
        "elle", "ils", "sont", "été", "a", "ont", "se", "son", "sa", "ses", "leur", "mais", "ou",
        "comme", "était", "selon", "lors", "après", "nous",
    ],
    // Spanish
    &[
        "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para",
        "es", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "han", "este",
        "esta", "entre", "también", "sobre", "sin", "hasta", "desde", "muy", "cuando", "dijo",
        "según", "ya", "a", "no", "le", "les",
    ],
    // Portuguese
    &[
        "o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "nas",
        "um", "uma", "que", "para", "com", "não", "por", "se", "ao", "pelo", "pela", "é", "foi",
        "mais", "como", "mas", "seu", "sua", "também", "já", "entre", "ser", "está", "são",
        "disse", "após", "segundo", "ele", "ela",
    ],
    // Italian
    &[
        "il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "che", "e", "è", "un",
        "una", "per", "con", "non", "in", "si", "da", "al", "alla", "nel", "nella", "sono", "ha",
        "hanno", "anche", "come", "ma", "più", "questo", "questa", "stato", "essere", "dopo",
        "secondo", "tra", "fra", "ai", "degli", "sul", "sulla", "a",
    ],
    // Dutch
    &[
        "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "met", "voor",
        "niet", "zijn", "aan", "er", "om", "ook", "als", "bij", "maar", "door", "naar", "werd",
        "wordt", "nog", "uit", "over", "dan", "heeft", "hebben", "zij", "hij", "ze", "was", "tot",
        "deze", "worden", "al", "kan", "zei",
    ],
];

/// Fewer letters than this is too little text to name a language.
const MIN_LETTERS: u32 = 20;
/// Latin text needs at least this many words: a headline-length phrase can
/// be a loan phrase or a name.
const MIN_LATIN_WORDS: u32 = 15;
/// The dominant script must hold this share of the words, else the text is
/// mixed.
const MIN_SCRIPT_SHARE: f32 = 0.75;
/// The winning profile's score, in words...
const MIN_PROFILE_SCORE: f32 = 4.0;
/// ...its lead over the runner-up, as a ratio...
const MIN_PROFILE_LEAD: f32 = 2.0;
/// ...and its share of all words: real text in a profiled language scores
/// 0.25–0.45; an unprofiled language only brushes a few shared words.
const MIN_PROFILE_DENSITY: f32 = 0.12;

/// A writing system, as far as language detection needs to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Georgian,
    Khmer,
    /// Han, kana and Hangul together: one text mixes them, and which of them
    /// appear tells Chinese, Japanese and Korean apart.
    Cjk,
    Other,
}

const SCRIPT_COUNT: usize = Script::Other as usize + 1;

fn script_of(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x900..=0x97F => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0xA00..=0xA7F => Script::Gurmukhi,
        0xA80..=0xAFF => Script::Gujarati,
        0xB80..=0xBFF => Script::Tamil,
        0xC00..=0xC7F => Script::Telugu,
        0xC80..=0xCFF => Script::Kannada,
        0xD00..=0xD7F => Script::Malayalam,
        0xD80..=0xDFF => Script::Sinhala,
        0xE00..=0xE7F => Script::Thai,
        0xE80..=0xEFF => Script::Lao,
        0x10A0..=0x10FF => Script::Georgian,
        0x1780..=0x17FF => Script::Khmer,
        0x1100..=0x11FF
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x20000..=0x2FFFF => Script::Cjk,
        _ => Script::Other,
    }
}

/// Every profiled word with the set of languages whose profile has it (a
/// bit set over [`PROFILED`]), in an open-addressing hash table. No profiled
/// word is longer than eight bytes, so each is kept packed into one integer:
/// a word is found by packing its bytes, one multiplication and usually one
/// integer comparison, with no string comparison at all (a binary search
/// compared strings nine times and showed in profiles).
struct WordTable {
    /// `TABLE_SLOTS` entries; a length of zero marks a free slot.
    slots: Vec<Slot>,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The word's bytes, see [`pack`].
    key: u64,
    /// The word's length: with it, words that differ only by trailing zero
    /// bytes (which packing cannot tell apart) stay apart.
    len: u8,
    /// The languages whose profile has the word.
    languages: u8,
}

/// A power of two, about four times the number of profiled words, so
/// probes stay short.
const TABLE_SLOTS: usize = 1024;

/// The longest word [`pack`] takes, in bytes; longer words are in no profile.
const PACKED_BYTES: usize = 8;

/// The bytes of a word of at most [`PACKED_BYTES`], little-endian in one integer.
#[inline]
fn pack(word: &[u8]) -> u64 {
    let mut key = 0u64;
    for (i, &b) in word.iter().enumerate() {
        key |= (b as u64) << (8 * i);
    }
    key
}

#[inline]
fn slot_of(key: u64) -> usize {
    // Fibonacci hashing: the top bits of the product mix every byte.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_SLOTS.trailing_zeros())) as usize
}

impl WordTable {
    fn get() -> &'static WordTable {
        static TABLE: OnceLock<WordTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            let mut table = WordTable { slots: vec![Slot::default(); TABLE_SLOTS] };
            for (language, words) in PROFILES.iter().enumerate() {
                for &word in words.iter() {
                    let bytes = word.as_bytes();
                    assert!(
                        !bytes.is_empty() && bytes.len() <= PACKED_BYTES,
                        "profile word {word:?} does not pack"
                    );
                    let key = pack(bytes);
                    let mut slot = slot_of(key);
                    loop {
                        let entry = &mut table.slots[slot];
                        if entry.len == 0 || (entry.key == key && entry.len as usize == bytes.len())
                        {
                            *entry = Slot {
                                key,
                                len: bytes.len() as u8,
                                languages: entry.languages | 1 << language,
                            };
                            break;
                        }
                        slot = (slot + 1) & (TABLE_SLOTS - 1);
                    }
                }
            }
            table
        })
    }

    /// The languages whose profile has `word` (lower-case UTF-8), as bits.
    #[inline]
    fn languages(&self, word: &[u8]) -> u8 {
        if word.is_empty() || word.len() > PACKED_BYTES {
            return 0;
        }
        self.packed_languages(pack(word), word.len())
    }

    /// [`WordTable::languages`] of a word already packed, of `len` bytes (1
    /// to [`PACKED_BYTES`]).
    #[inline]
    fn packed_languages(&self, key: u64, len: usize) -> u8 {
        let mut slot = slot_of(key);
        loop {
            let entry = self.slots[slot];
            if entry.len == 0 {
                return 0;
            }
            if entry.key == key && entry.len as usize == len {
                return entry.languages;
            }
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
    }
}

/// Counts from which the language is decided, gathered word by word from
/// the words the parser has already split and folded (see
/// [`crate::parse::tokens::Lowered`]), so detection adds no pass of its own
/// over the text.
pub struct Evidence {
    table: &'static WordTable,
    letters: [u32; SCRIPT_COUNT],
    /// Words per script, for judging which script dominates: a word counts
    /// once, except in scripts written without spaces, where each character
    /// counts (one Han character is roughly a word, so a few Latin brand
    /// names do not outweigh a Chinese article letter by letter).
    units: [u32; SCRIPT_COUNT],
    /// Letters that tell apart languages sharing a script.
    markers: Markers,
    latin_words: u32,
    /// Profile hits, a shared word split evenly: each hit adds
    /// `SHARE_UNIT / (number of profiles with the word)`, in integers.
    scores: [u32; PROFILED.len()],
}

/// Divisible by every possible number of profiles sharing a word (1 to 7).
const SHARE_UNIT: u32 = 420;

/// Letters used by only some of the languages that share a script.
#[derive(Default)]
struct Markers {
    /// ы э ё: Russian (and Belarusian, which also has ў and і).
    russian: u32,
    /// і ї є ґ: Ukrainian (і also Belarusian).
    ukrainian: u32,
    /// ў: Belarusian.
    belarusian: u32,
    /// ђ ћ џ љ њ ј ѓ ќ ѕ: Serbian and Macedonian.
    south_slavic: u32,
    /// پ چ ژ گ ی ک: Persian (Urdu also uses them).
    persian: u32,
    /// ٹ ڈ ڑ ں ے ھ: Urdu.
    urdu: u32,
    /// Hiragana and katakana: only Japanese.
    kana: u32,
    /// Hangul: only Korean.
    hangul: u32,
    /// ৰ ৱ: Assamese rather than Bengali.
    assamese: u32,
}

impl Default for Evidence {
    fn default() -> Self {
        Evidence {
            table: WordTable::get(),
            letters: [0; SCRIPT_COUNT],
            units: [0; SCRIPT_COUNT],
            markers: Markers::default(),
            latin_words: 0,
            scores: [0; PROFILED.len()],
        }
    }
}

impl Evidence {
    /// Takes in one word token, already lower-cased (the parser's folded
    /// form). Tokens without letters (figures, punctuation) count for nothing.
    ///
    /// Inlined into the caller's loop over every word of the body; only
    /// words with non-ASCII letters take the slower, out-of-line path.
    #[inline]
    pub fn word(&mut self, word: &str) {
        let bytes = word.as_bytes();
        self.packed_word(word, (bytes.len() <= PACKED_BYTES).then(|| pack(bytes)));
    }

    /// [`Evidence::word`] with the word already packed as [`pack`] packs
    /// it (`None` when it is longer than [`PACKED_BYTES`]): the parser's
    /// folded words lie in one buffer, where eight bytes are read at once
    /// (see [`crate::parse::tokens::Lowered::packed_at`]), instead of
    /// packing each word byte by byte here.
    #[inline]
    pub fn packed_word(&mut self, word: &str, packed: Option<u64>) {
        let bytes = word.as_bytes();
        let ascii = match packed {
            Some(key) => key & 0x8080_8080_8080_8080 == 0,
            None => word.is_ascii(),
        };
        if !ascii {
            self.non_ascii_word(word);
            return;
        }
        // Most words of most text: Latin, no decoding, no script lookup.
        // A token that opens with a letter is a word ("it's", "u.s",
        // "covid-19"); its length stands for its letter count, which only
        // needs to be roughly right. Figures count for nothing.
        if bytes.first().is_some_and(u8::is_ascii_alphabetic) {
            self.letters[Script::Latin as usize] += bytes.len() as u32;
            self.units[Script::Latin as usize] += 1;
            self.latin_words += 1;
            // Longer words are in no profile.
            if let Some(key) = packed {
                self.add_scores(self.table.packed_languages(key, bytes.len()));
            }
        }
    }

    /// [`Evidence::word`] for a word with non-ASCII characters: each letter
    /// is counted under its script.
    #[inline(never)]
    fn non_ascii_word(&mut self, word: &str) {
        let bytes = word.as_bytes();
        let mut scripts_seen = 0u32;
        let mut only_latin = true;
        for c in word.chars() {
            if !c.is_alphabetic() {
                continue;
            }
            let script = script_of(c);
            self.letters[script as usize] += 1;
            self.mark(c);
            let unspaced =
                matches!(script, Script::Cjk | Script::Thai | Script::Lao | Script::Khmer);
            if unspaced || scripts_seen & 1 << script as u32 == 0 {
                self.units[script as usize] += 1;
            }
            scripts_seen |= 1 << script as u32;
            only_latin &= script == Script::Latin;
        }
        if scripts_seen != 0 && only_latin {
            self.latin_words += 1;
            self.score(bytes);
        }
    }

    #[inline]
    fn score(&mut self, word: &[u8]) {
        self.add_scores(self.table.languages(word));
    }

    /// Scores a word found in the profiles of `bits`, split evenly.
    #[inline]
    fn add_scores(&mut self, mut bits: u8) {
        if bits != 0 {
            let share = SHARE_UNIT / bits.count_ones();
            while bits != 0 {
                self.scores[bits.trailing_zeros() as usize] += share;
                bits &= bits - 1;
            }
        }
    }

    fn mark(&mut self, c: char) {
        let m = &mut self.markers;
        match c {
            'ы' | 'Ы' | 'э' | 'Э' | 'ё' | 'Ё' => m.russian += 1,
            'і' | 'І' | 'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ' => m.ukrainian += 1,
            'ў' | 'Ў' => m.belarusian += 1,
            'ђ' | 'Ђ' | 'ћ' | 'Ћ' | 'џ' | 'Џ' | 'љ' | 'Љ' | 'њ' | 'Њ' | 'ј' | 'Ј' | 'ѓ' | 'Ѓ'
            | 'ќ' | 'Ќ' | 'ѕ' | 'Ѕ' => m.south_slavic += 1,
            'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' => m.persian += 1,
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' => m.urdu += 1,
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
                m.kana += 1
            }
            '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
                m.hangul += 1
            }
            'ৰ' | 'ৱ' => m.assamese += 1,
            _ => {}
        }
    }

    /// The language, as a BCP-47 primary tag, or `None` when the words do
    /// not make it clear.
    pub fn decide(&self) -> Option<&'static str> {
        let total: u32 = self.letters.iter().sum();
        if total < MIN_LETTERS {
            return None;
        }
        let units: u32 = self.units.iter().sum();
        let (dominant, &dominant_units) = self.units.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        if (dominant_units as f32) < MIN_SCRIPT_SHARE * units as f32 {
            return None;
        }
        let count = self.letters[dominant];
        let m = &self.markers;
        match dominant {
            d if d == Script::Latin as usize => self.latin_language(),
            d if d == Script::Greek as usize => Some("el"),
            d if d == Script::Armenian as usize => Some("hy"),
            d if d == Script::Hebrew as usize => Some("he"),
            d if d == Script::Georgian as usize => Some("ka"),
            d if d == Script::Thai as usize => Some("th"),
            d if d == Script::Lao as usize => Some("lo"),
            d if d == Script::Khmer as usize => Some("km"),
            d if d == Script::Tamil as usize => Some("ta"),
            d if d == Script::Telugu as usize => Some("te"),
            d if d == Script::Kannada as usize => Some("kn"),
            d if d == Script::Malayalam as usize => Some("ml"),
            d if d == Script::Sinhala as usize => Some("si"),
            d if d == Script::Gujarati as usize => Some("gu"),
            d if d == Script::Gurmukhi as usize => Some("pa"),
            d if d == Script::Bengali as usize => (m.assamese == 0).then_some("bn"),
            d if d == Script::Cyrillic as usize => {
                // Only letters one language uses decide; Bulgarian and most
                // Serbian text have none that set them apart from each other.
                match (m.russian > 0, m.ukrainian > 0, m.belarusian > 0, m.south_slavic > 0) {
                    (true, false, false, false) => Some("ru"),
                    (false, true, false, false) => Some("uk"),
                    _ => None,
                }
            }
            d if d == Script::Arabic as usize => match (m.persian > 0, m.urdu > 0) {
                (false, false) => Some("ar"),
                (true, false) => Some("fa"),
                _ => None,
            },
            d if d == Script::Cjk as usize => {
                // Japanese prose is a third or more kana; Korean is Hangul;
                // Chinese has neither.
                if m.hangul * 2 > count {
                    Some("ko")
                } else if m.kana * 10 >= count {
                    Some("ja")
                } else if m.kana == 0 && m.hangul == 0 {
                    Some("zh")
                } else {
                    None
                }
            }
            // Devanagari (Hindi, Marathi, Nepali) and the rest: the script
            // alone does not decide.
            _ => None,
        }
    }

    fn latin_language(&self) -> Option<&'static str> {
        if self.latin_words < MIN_LATIN_WORDS {
            return None;
        }
        let (mut winner, mut best, mut second) = (0, 0.0f32, 0.0f32);
        for (language, &score) in self.scores.iter().enumerate() {
            let score = score as f32 / SHARE_UNIT as f32;
            if score > best {
                (winner, best, second) = (language, score, best);
            } else if score > second {
                second = score;
            }
        }
        let confident = best >= MIN_PROFILE_SCORE
            && best >= MIN_PROFILE_LEAD * second
            && best >= MIN_PROFILE_DENSITY * self.latin_words as f32;
        confident.then_some(PROFILED[winner])
    }
}

/// The language of `text`, read as the parser reads an article's body;
/// see [`Evidence`]. The article itself is detected during parsing, from
/// its body paragraphs.
pub fn detect(text: &str) -> Option<&'static str> {
    let tokens = tokenize(text, 0..text.len());
    let lowered = Lowered::new(text, &tokens);
    let mut evidence = Evidence::default();
    for (i, token) in tokens.iter().enumerate() {
        if token.word {
            evidence.word(lowered.at(i));
        }
    }
    evidence.decide()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_merges_shared_words_and_finds_every_word() {
        let table = WordTable::get();
        // Profiles that share "de": French, Spanish, Portuguese, Dutch.
        assert_eq!(table.languages(b"de").count_ones(), 4);
        assert_eq!(table.languages(b"the"), 1);
        for (language, words) in PROFILES.iter().enumerate() {
            for word in words.iter() {
                assert_ne!(table.languages(word.as_bytes()) & 1 << language, 0, "{word}");
            }
        }
        assert_eq!(table.languages(b"valdor"), 0);
        assert_eq!(table.languages(b""), 0);
    }

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script_of('é'), Script::Latin);
        assert_eq!(script_of('ж'), Script::Cyrillic);
        assert_eq!(script_of('の'), Script::Cjk);
        assert_eq!(script_of('한'), Script::Cjk);
        assert_eq!(script_of('ا'), Script::Arabic);
    }

    #[test]
    fn words_longer_than_any_profile_word_are_counted_but_not_matched() {
        let long = "internationalisation ".repeat(30);
        assert_eq!(detect(&long), None);
    }
}
