//! Words that make a name a publication's, and the words with which a
//! reporter tells of asking for comment. `parse::outlet` reads them to tell
//! an outlet signing off ("— Harbor Wire") from a person ("— Jo Quill"), and
//! an outlet that was told something itself from one being cited.

/// Words in a publication's name ("The Harbor Ledger", "Coast Daily News",
/// "Radio Karsk"), compared without case: the nouns papers, agencies and
/// broadcasters name themselves with. A name holding one is an outlet's,
/// not a person's.
pub(crate) const OUTLET_NAME_WORDS: [&str; 44] = [
    "news",
    "press",
    "times",
    "post",
    "wire",
    "wires",
    "daily",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "ledger",
    "review",
    "observer",
    "telegraph",
    "agency",
    "network",
    "radio",
    "television",
    "tv",
    "media",
    "chronicle",
    "courier",
    "standard",
    "express",
    "mail",
    "monitor",
    "bulletin",
    "globe",
    "magazine",
    "weekly",
    "dispatch",
    "inquirer",
    "examiner",
    "register",
    "sentinel",
    "independent",
    "mirror",
    "newswire",
    "broadcasting",
    "channel",
    "report",
    "today",
    "echo",
];

/// What a sentence says when the writer's own outlet asked the person who
/// "told" it something ("Asked about the claims, a spokesperson told …",
/// "… told The Harbor Ledger in an email"), lower-case. A story citing
/// another outlet's interview rarely says how that outlet asked.
pub(crate) const COMMENT_REQUEST_CUES: [&str; 8] = [
    "asked",
    "comment",
    "in an email",
    "by email",
    "by phone",
    "by telephone",
    "reached by",
    "contacted by",
];

/// Is `word` (any case) one of [`OUTLET_NAME_WORDS`]?
pub(crate) fn is_outlet_name_word(word: &str) -> bool {
    OUTLET_NAME_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_lower_case_and_unique() {
        for table in [&OUTLET_NAME_WORDS[..], &COMMENT_REQUEST_CUES[..]] {
            for (i, w) in table.iter().enumerate() {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(!table[..i].contains(w), "{w} twice");
            }
        }
        assert!(is_outlet_name_word("Times") && !is_outlet_name_word("Quill"));
    }
}
