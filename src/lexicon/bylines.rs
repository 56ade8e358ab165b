//! The words of a byline that are not the author's name: the word that
//! opens it in each language ("By", "Par", "Por", "Von", "Di", "Door"), the
//! degrees written after a name ("Jane Roe, MPH"), and the words that make a
//! credited name a newsroom or an agency rather than a person ("Staff",
//! "Health News").
//!
//! Credit lines (`parse::credits`) and the page's furniture rules
//! read them; the visible byline of a saved page is told by its opener.

/// Words that open a byline, lower-case, each followed by the name: English,
/// French, Spanish and Portuguese, German, Italian, Dutch.
#[cfg(feature = "html")] // read only by the HTML header pass
pub(crate) const BYLINE_OPENERS: [&str; 8] = ["by", "by:", "par", "por", "von", "di", "door", "de"];

/// The unambiguous openers as a line's prefix, with what follows them.
#[cfg(feature = "html")] // read only by the HTML header pass
pub(crate) const BYLINE_PREFIXES: [&str; 6] = ["by ", "by: ", "par ", "por ", "von ", "door "];

/// Openers that are common words besides ("de", "di"): a line opening with
/// one is a byline only when what follows is a name and the line is short.
#[cfg(feature = "html")] // read only by the HTML header pass
pub(crate) const AMBIGUOUS_OPENERS: [&str; 2] = ["de", "di"];

/// Degrees and post-nominal letters written after an author's name ("Jane
/// Roe, MA"), compared without full stops and case.
pub(crate) const POST_NOMINALS: [&str; 22] = [
    "ma", "ms", "msc", "ba", "bsc", "phd", "md", "do", "rn", "mph", "mba", "jd", "llm", "dds",
    "pharmd", "psyd", "edd", "cpa", "frcp", "facp", "lmft", "ncsf",
];

/// Last words of a credited name that make it a newsroom, a desk or an
/// agency, not a person ("WebMD Health News", "Foreign Staff").
pub(crate) const NEWSROOM_WORDS: [&str; 12] = [
    "news", "staff", "desk", "wire", "wires", "service", "services", "agency", "agencies",
    "newsroom", "team", "editors",
];

/// Job titles written after an author's name in a byline ("Ben Roe, Games
/// Editor", "Ann Lee eHow Contributor"), lower-case.
pub(crate) const ROLE_WORDS: [&str; 12] = [
    "editor",
    "reporter",
    "contributor",
    "correspondent",
    "writer",
    "columnist",
    "producer",
    "critic",
    "journalist",
    "staffer",
    "analyst",
    "photographer",
];

/// Words that join the last two names of a byline, besides "and" and "&":
/// French, Spanish, German, Italian and Portuguese, Dutch.
pub(crate) const NAME_JOINERS: [&str; 5] = ["et", "y", "und", "e", "en"];

/// Is `word` (any case, full stops ignored) a degree written after a name?
pub(crate) fn is_post_nominal(word: &str) -> bool {
    let w: String = word.chars().filter(|c| *c != '.').collect::<String>().to_ascii_lowercase();
    POST_NOMINALS.contains(&w.as_str())
}

/// Does a credited name end in a newsroom word ("WebMD Health News")?
pub(crate) fn names_a_newsroom(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| NEWSROOM_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_lower_case_and_unique() {
        let all = BYLINE_OPENERS
            .iter()
            .chain(&POST_NOMINALS)
            .chain(&NEWSROOM_WORDS)
            .chain(&ROLE_WORDS)
            .chain(&NAME_JOINERS);
        for w in all.clone() {
            assert_eq!(*w, w.to_lowercase());
        }
        for list in [
            &BYLINE_OPENERS[..],
            &POST_NOMINALS[..],
            &NEWSROOM_WORDS[..],
            &ROLE_WORDS[..],
            &NAME_JOINERS[..],
        ] {
            let mut sorted = list.to_vec();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), list.len());
        }
        for p in BYLINE_PREFIXES {
            let opener = p.trim_end();
            assert!(BYLINE_OPENERS.contains(&opener) && !AMBIGUOUS_OPENERS.contains(&opener));
        }
        for w in AMBIGUOUS_OPENERS {
            assert!(BYLINE_OPENERS.contains(&w));
        }
    }

    #[test]
    fn degrees_and_newsrooms() {
        assert!(is_post_nominal("Ph.D."));
        assert!(is_post_nominal("MA"));
        assert!(!is_post_nominal("Maren"));
        assert!(names_a_newsroom("Harbour Health News"));
        assert!(!names_a_newsroom("Ines Calloway"));
    }
}
