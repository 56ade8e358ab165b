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

/// News agencies whose names hold no outlet word, lower-case: credited
/// after a writer ("By Ana Vell, Reuters", "By Ana Vell Xinhua"), in a
/// dateline or a sign-off they are the agency the story comes from, never a
/// part of a person's name. Acronyms in capitals read as outlets anyway;
/// they are here so that one printed straight after a name is cut from it.
pub(crate) const WIRE_AGENCIES: [&str; 19] = [
    "reuters",
    "ap",
    "afp",
    "associated press",
    "agence france-presse",
    "agence france presse",
    "xinhua",
    "kyodo",
    "yonhap",
    "interfax",
    "anadolu",
    "bernama",
    "antara",
    "upi",
    "dpa",
    "efe",
    "ansa",
    "tass",
    "pti",
];

/// Is `name` (any case) one of [`WIRE_AGENCIES`]?
pub(crate) fn is_wire_agency(name: &str) -> bool {
    WIRE_AGENCIES.iter().any(|a| name.eq_ignore_ascii_case(a))
}

/// Where a wire agency printed after a name starts ("Ana Vell Reuters",
/// "ANA VELL AFP"): the byte offset of its first word, when at least two
/// words stand before it. `None` otherwise ("Ana Reuters" is left alone).
pub(crate) fn agency_after_a_name(s: &str) -> Option<usize> {
    let s = s.trim_end();
    let spaces: Vec<usize> = s.match_indices(' ').map(|(i, _)| i).collect();
    // The agency's name has one to three words ("Agence France Presse").
    (1..=3).rev().find_map(|k| {
        let at = spaces.len().checked_sub(k)?;
        (at >= 1 && is_wire_agency(&s[spaces[at] + 1..])).then(|| spaces[at] + 1)
    })
}

/// Is `word` (any case) one of [`OUTLET_NAME_WORDS`]?
pub(crate) fn is_outlet_name_word(word: &str) -> bool {
    OUTLET_NAME_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_lower_case_and_unique() {
        for table in [&OUTLET_NAME_WORDS[..], &COMMENT_REQUEST_CUES[..], &WIRE_AGENCIES[..]] {
            for (i, w) in table.iter().enumerate() {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(!table[..i].contains(w), "{w} twice");
            }
        }
        assert!(is_outlet_name_word("Times") && !is_outlet_name_word("Quill"));
    }

    #[test]
    fn an_agency_printed_after_a_name() {
        let cut = |s: &'static str| agency_after_a_name(s).map(|at| &s[at..]);
        assert_eq!(cut("Ana Vell Reuters"), Some("Reuters"));
        assert_eq!(cut("ANA VELL AFP"), Some("AFP"));
        assert_eq!(cut("Ana Vell Agence France-Presse"), Some("Agence France-Presse"));
        assert_eq!(cut("Ana Reuters"), None, "one word is left: no name");
        assert_eq!(cut("Ana Vell Quill"), None);
        assert!(is_wire_agency("XINHUA") && !is_wire_agency("Harbor Wire"));
    }
}
