//! Characters a reader cannot see but that change what the text says.
//!
//! Zero-width characters can split a word so that a search misses it or hide
//! a word altogether; bidirectional controls can make text display in a
//! different order from how it is stored (the "Trojan Source" trick); control
//! characters such as NUL can cut text short in other tools; Unicode tag
//! characters can carry a whole invisible message. Parallax keeps every one
//! of them (nothing the user gave is dropped), but marks where they are so
//! the page can show them and the user can judge.
//!
//! One linear pass over the text; consecutive characters of one kind become
//! one run, so a megabyte of zero-width spaces is one entry, not a million.

use crate::lexicon::bytewise::{all_printable_ascii, word_at};
use crate::model::{Article, HiddenKind, HiddenRun};
use crate::offsets::Utf16Index;

/// Unicode's Default_Ignorable_Code_Point set (DerivedCoreProperties.txt,
/// Unicode 15.1): characters a renderer shows as nothing. Every one of them
/// is flagged unless [`classify`] knows it as ordinary where it stands.
pub const DEFAULT_IGNORABLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFF8}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];

/// Variation selectors choose a glyph for the character before them: one
/// after a visible character is an ordinary variation sequence (✌️, a
/// keycap, an ideographic variant). A run of them, or one after a space or
/// at the start, shows nothing and can smuggle bytes inside an emoji.
fn is_variation_selector(ch: char) -> bool {
    matches!(ch, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{180B}'..='\u{180D}' | '\u{180F}')
}

fn is_default_ignorable(ch: char) -> bool {
    DEFAULT_IGNORABLE.iter().any(|&(low, high)| (low..=high).contains(&ch))
}

/// Which hidden kind `ch` is, given the character before it. Joiners that
/// legitimately glue emoji sequences or complex scripts together are left
/// alone: they follow a non-ASCII character, never plain Latin text.
pub fn classify(ch: char, previous: Option<char>) -> Option<HiddenKind> {
    let after_non_ascii = previous.is_some_and(|p| !p.is_ascii());
    let after_visible = previous
        .is_some_and(|p| !p.is_whitespace() && !is_variation_selector(p) && !p.is_control());
    match ch {
        '\t' | '\n' | '\r' => None,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Some(HiddenKind::Control),
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => Some(HiddenKind::Bidi),
        '\u{200C}' | '\u{200D}' if after_non_ascii => None,
        // A byte-order mark is ordinary at the very start of a file.
        '\u{FEFF}' if previous.is_none() => None,
        c if is_variation_selector(c) && after_visible => None,
        // Tag characters spell out subdivision flags after U+1F3F4 (🏴).
        '\u{E0000}'..='\u{E007F}'
            if previous
                .is_some_and(|p| p == '\u{1F3F4}' || ('\u{E0000}'..='\u{E007F}').contains(&p)) =>
        {
            None
        }
        '\u{E0000}'..='\u{E007F}' => Some(HiddenKind::Tag),
        // Hangul fillers are not Default_Ignorable but render as blank.
        '\u{3164}' | '\u{FFA0}' | '\u{115F}' | '\u{1160}' => Some(HiddenKind::ZeroWidth),
        c if is_default_ignorable(c) => Some(HiddenKind::ZeroWidth),
        _ => None,
    }
}

/// Finds the runs of hidden characters in `text`, with UTF-16 spans.
pub fn find(text: &str) -> Vec<HiddenRun> {
    let mut runs: Vec<(usize, usize, HiddenKind, usize, char)> = Vec::new();
    let mut previous = None;
    let mut previous_flagged = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Printable ASCII, tabs and line breaks are never hidden and are most
        // of any article: skip them without decoding, eight bytes at a time
        // while there is no line break among them.
        if let Some(word) = word_at(bytes, at) {
            if all_printable_ascii(word) {
                previous = Some(bytes[at + 7] as char);
                previous_flagged = None;
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        if (0x20..0x7F).contains(&b) || matches!(b, b'\t' | b'\n' | b'\r') {
            previous = Some(b as char);
            previous_flagged = None;
            at += 1;
            continue;
        }
        let Some(ch) = text[at..].chars().next() else { break };
        // A flagged tag run continues while tags follow, so judge tags by the
        // previous character only when it was not itself flagged.
        let kind = match (classify(ch, previous), previous_flagged) {
            (None, Some(HiddenKind::Tag)) if ('\u{E0000}'..='\u{E007F}').contains(&ch) => {
                Some(HiddenKind::Tag)
            }
            (kind, _) => kind,
        };
        if let Some(kind) = kind {
            match runs.last_mut() {
                Some(run) if run.1 == at && run.2 == kind => {
                    run.1 = at + ch.len_utf8();
                    run.3 += 1;
                }
                _ => runs.push((at, at + ch.len_utf8(), kind, 1, ch)),
            }
        }
        previous = Some(ch);
        previous_flagged = kind;
        at += ch.len_utf8();
    }
    if runs.is_empty() {
        return Vec::new();
    }
    let index = Utf16Index::new(text);
    runs.into_iter()
        .map(|(start, end, kind, count, first)| HiddenRun {
            span: index.span(start, end),
            kind,
            count,
            first: format!("U+{:04X}", first as u32),
        })
        .collect()
}

/// Records the hidden runs of the article's text in `article.hidden`, with
/// one warning per kind found. Running it twice gives the same result.
pub fn flag(article: &mut Article) {
    article.hidden = find(&article.text);
    article.warnings.retain(|w| !w.starts_with(WARNING_PREFIX));
    for kind in [HiddenKind::Bidi, HiddenKind::ZeroWidth, HiddenKind::Control, HiddenKind::Tag] {
        let mut runs = article.hidden.iter().filter(|r| r.kind == kind);
        let Some(first) = runs.next() else { continue };
        let count: usize = first.count + runs.map(|r| r.count).sum::<usize>();
        let (what, risk) = match kind {
            HiddenKind::Bidi => (
                "bidirectional control",
                "they can make text display in a different order from how it reads",
            ),
            HiddenKind::ZeroWidth => ("zero-width", "they can hide inside or between words"),
            HiddenKind::Control => {
                ("control (such as NUL)", "other tools may cut the text short at them")
            }
            HiddenKind::Tag => ("invisible tag", "they can carry text nobody sees"),
        };
        article.warnings.push(format!(
            "{WARNING_PREFIX}{count} hidden {what} character{}, the first at character {} ({}); {risk}. They are kept and marked.",
            if count == 1 { "" } else { "s" },
            first.span.start,
            first.first,
        ));
    }
}

/// [`flag`] for use in a `map`.
pub fn flagged(mut article: Article) -> Article {
    flag(&mut article);
    article
}

/// Every hidden-character warning starts so, which keeps `flag` idempotent.
const WARNING_PREFIX: &str = "The text holds ";

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(HiddenKind, usize, usize, usize)> {
        find(text).into_iter().map(|r| (r.kind, r.span.start, r.span.end, r.count)).collect()
    }

    #[test]
    fn runs_have_utf16_spans() {
        // "🚀" is two UTF-16 units, "—" one.
        assert_eq!(kinds("🚀—a\u{200B}\u{200B}b"), vec![(HiddenKind::ZeroWidth, 4, 6, 2)]);
        assert_eq!(
            kinds("x\u{202E}cba\u{202C}"),
            vec![(HiddenKind::Bidi, 1, 2, 1), (HiddenKind::Bidi, 5, 6, 1)]
        );
        assert_eq!(
            kinds("a\u{0}\u{1}\r\nb\u{7F}"),
            vec![(HiddenKind::Control, 1, 3, 2), (HiddenKind::Control, 6, 7, 1)]
        );
    }

    #[test]
    fn legitimate_joiners_and_marks_are_not_flagged() {
        assert!(
            find("\u{FEFF}Family 👩\u{200D}👩\u{200D}👧 and می\u{200C}خواهم\r\n\ttab").is_empty()
        );
        // A subdivision flag: black flag, tag letters, cancel tag.
        assert!(find("\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}").is_empty());
    }

    #[test]
    fn every_default_ignorable_code_point_is_flagged_where_it_stands_alone() {
        for &(low, high) in DEFAULT_IGNORABLE {
            for ch in (low..=high).filter(|c| !matches!(c, '\u{E0000}'..='\u{E007F}')) {
                let text = format!("a {ch}b");
                assert_eq!(find(&text).len(), 1, "U+{:04X} is not flagged", ch as u32);
            }
        }
    }

    #[test]
    fn a_run_of_variation_selectors_inside_an_emoji_is_flagged() {
        // One selector after a visible character is an ordinary variation
        // sequence; the rest of the run carries bytes nobody sees.
        assert!(find("peace ✌\u{FE0F} and 1\u{FE0F}\u{20E3} and 葛\u{E0100}").is_empty());
        assert_eq!(
            kinds("ok 😀\u{FE0F}\u{E0101}\u{FE05}\u{E0140}!"),
            vec![(HiddenKind::ZeroWidth, 6, 11, 3)]
        );
        assert_eq!(kinds("a \u{FE0F}b"), vec![(HiddenKind::ZeroWidth, 2, 3, 1)]);
    }

    #[test]
    fn smuggled_tags_and_joiners_in_latin_text_are_flagged() {
        assert_eq!(kinds("ok\u{E0068}\u{E0069}"), vec![(HiddenKind::Tag, 2, 6, 2)]);
        assert_eq!(kinds("pass\u{200D}word"), vec![(HiddenKind::ZeroWidth, 4, 5, 1)]);
        assert_eq!(kinds("a\u{FEFF}b"), vec![(HiddenKind::ZeroWidth, 1, 2, 1)]);
    }
}
