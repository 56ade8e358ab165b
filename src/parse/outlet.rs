//! The outlet an article names itself by, read from the text: every rule
//! in one place, each named. The outlet is left `None` when the text does
//! not say: a name an article only cites ("told Reuters", "according to The
//! Harbor Ledger") is another outlet's.
//!
//! Where each rule looks, in the order the article's outlet is taken (the
//! first that finds one wins; credit lines' own readings, "… via Outlet",
//! "X staff", "Source: Outlet and agencies", come before all of these and
//! live in `parse::credits` and `parse::text`):
//!
//! 1. **Footer lines**, after the story's last paragraph ([`FOOTER_RULES`]):
//!    a copyright line ("© 2025 The Harbor Ledger", "Copyright Harbor
//!    Ledger 2025"), a republishing note ("This article was originally
//!    published by …"), a sign-off with a dash ("— Harbor Wire"), a
//!    "… is part of the Trust Project" badge.
//! 2. **The body** ([`BODY_RULES`]): the agency in a wire dateline ("KARSK,
//!    May 3 (Harbor Wire) —"), an outlet speaking of itself ("The Harbor
//!    Ledger has reached out to the ministry for comment"), and, with
//!    evidence that it asked, an outlet told something ("Asked about the
//!    claims, a spokesperson told The Harbor Ledger …").

use crate::lexicon::bytewise::find_byte;
use crate::lexicon::names::COMPANY_FORMS;
use crate::lexicon::outlets::{is_outlet_name_word, is_wire_agency, COMMENT_REQUEST_CUES};
use crate::lexicon::{ascii_case::prefix_ci, ascii_case::starts_with_ci};
use crate::parse::dates::absolute_dates;
use crate::parse::tokens::is_capitalized;
use std::ops::Range;

/// A rule reading the outlet from one line after the story, by name: it
/// returns the outlet's byte range in the line.
pub(crate) type FooterRule = (&'static str, fn(&str) -> Option<Range<usize>>);

/// The footer rules, in order. Each reads a sign-off line (one that
/// `parse::text` already removed as one) or a badge line.
pub(crate) const FOOTER_RULES: [FooterRule; 4] = [
    ("copyright_holder", copyright_holder),
    ("republished_from", republished_from),
    ("dash_sign_off", dash_sign_off),
    ("trust_project_badge", trust_project_badge),
];

/// The outlet a footer line names, by the first of [`FOOTER_RULES`] that
/// reads one.
pub(crate) fn footer_outlet(s: &str) -> Option<Range<usize>> {
    FOOTER_RULES.iter().find_map(|(_, rule)| rule(s))
}

/// The body as the body rules read it: its paragraphs and sentences, as
/// byte ranges of `text`.
pub(crate) struct BodyText<'a> {
    pub text: &'a str,
    pub paragraphs: &'a [Range<usize>],
    pub sentences: &'a [Range<usize>],
}

/// A rule reading the outlet from the body, by name.
pub(crate) type BodyRule = (&'static str, fn(&BodyText) -> Option<Range<usize>>);

/// The body rules, in order.
pub(crate) const BODY_RULES: [BodyRule; 3] = [
    ("wire_dateline_agency", wire_dateline_agency),
    ("self_naming", self_naming),
    ("told_with_evidence", told_with_evidence),
];

/// The outlet the body names, by the first of [`BODY_RULES`] that reads one.
pub(crate) fn body_outlet(body: &BodyText) -> Option<Range<usize>> {
    BODY_RULES.iter().find_map(|(_, rule)| rule(body))
}

/// Could `name` be a publication's name rather than a person's? Capitalised
/// words (with "of", "and", "&" between them), and one of: "The" before
/// more words ("The Harbor Ledger"), a word papers name themselves with
/// ("Coast Daily", "Radio Karsk"; also run into a word: "Wirenews"), a
/// lone acronym ("HWN"), or a news agency's name
/// ([`crate::lexicon::outlets::WIRE_AGENCIES`]: "Reuters", "Xinhua"). "Jo
/// Quill" is none.
pub(crate) fn outlet_like(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if !(1..=6).contains(&words.len())
        || !is_capitalized(words[0])
        || !words.iter().all(|w| is_capitalized(w) || matches!(*w, "of" | "and" | "&" | "the"))
    {
        return false;
    }
    let the_name = words.len() >= 2 && words[0] == "The";
    let named_as_outlet = words.iter().any(|w| {
        let w = w.trim_end_matches(['.', ',']);
        is_outlet_name_word(w) || OUTLET_WORD_ENDINGS.iter().any(|e| ends_with_word(w, e))
    });
    let acronym = words.len() == 1
        && words[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
        && words[0].chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    the_name || named_as_outlet || acronym || is_wire_agency(name)
}

/// Outlet words that papers run into their names ("Wirenews", "Karskpost",
/// "Daily Harbortimes").
const OUTLET_WORD_ENDINGS: [&str; 5] = ["news", "wire", "post", "times", "press"];

/// Does `word` end with `ending` (any case) after at least three letters of
/// its own?
fn ends_with_word(word: &str, ending: &str) -> bool {
    word.len() >= ending.len() + 3
        && word.is_char_boundary(word.len() - ending.len())
        && word[word.len() - ending.len()..].eq_ignore_ascii_case(ending)
}

/// "© 2025 The Meridian Times. All rights reserved.", "Copyright Harbor
/// Ledger 2025", "© The Harbor Ledger": the outlet holding the copyright,
/// as a byte range of `s`. With the year before the name any capitalised
/// name counts; otherwise the name must read as an outlet's
/// ([`outlet_like`]), so a photographer's "© Jo Quill" or "© Jo Quill 2024"
/// names no outlet.
pub(crate) fn copyright_holder(s: &str) -> Option<Range<usize>> {
    let mut at = prefix_ci(s, &["copyright", "©", "(c) "])?.len();
    let skip =
        |at: usize, chars: &[char]| at + (s[at..].len() - s[at..].trim_start_matches(chars).len());
    at = skip(at, &[' ', '©']);
    // "© Copyright 2024 Wirenews Ltd": the word after the sign.
    if s[..at].trim_end() == "©" && starts_with_ci(&s[at..], "copyright ") {
        at = skip(at + "copyright".len(), &[' ']);
    }
    at += usize::from(starts_with_ci(&s[at..], "(c)")) * 3;
    at = skip(at, &[' ']);
    let year = s[at..].bytes().take_while(|b| b.is_ascii_digit()).count();
    let year_first = year == 4;
    if year_first {
        // "2019-2025", "2019–2025"
        at = skip(at + year, &['-', '–', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        at = skip(at, &[' ', ',']);
    } else if year != 0 {
        return None;
    }
    let name_len = s[at..].find(['.', ',', ';', '|']).unwrap_or(s.len() - at);
    let name = s[at..at + name_len].trim_end();
    let name = name.find(" All rights").map_or(name, |p| &name[..p]);
    // "Wirenews Ltd": the company's form is no part of the outlet's name.
    let name = without_company_form(name);
    // "Copyright Harbor Ledger 2025": the year after the name.
    let name = if year_first {
        name
    } else {
        name.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–')).trim_end()
    };
    let words = name.split_whitespace().count();
    let name_word = |w: &str| {
        is_capitalized(w)
            || w.bytes().all(|b| b.is_ascii_digit())
            || matches!(w, "&" | "of" | "and")
    };
    ((1..=6).contains(&words)
        && is_capitalized(name)
        && name.split_whitespace().all(name_word)
        && (year_first || outlet_like(name)))
    .then(|| at..at + name.len())
}

/// The name without a company's form after it, in any case and with or
/// without its full stop ("Wirenews Ltd", "Harbor Ledger Inc."): the
/// lexicon's [`COMPANY_FORMS`].
fn without_company_form(name: &str) -> &str {
    let Some((head, last)) = name.rsplit_once(' ') else { return name };
    let form = last.strip_suffix('.').unwrap_or(last);
    let is_form = COMPANY_FORMS.iter().any(|f| form.eq_ignore_ascii_case(f));
    // "Dow Jones & Co.": the "&" goes with the form.
    let head = head.trim_end().trim_end_matches('&').trim_end();
    if is_form && !head.is_empty() {
        head
    } else {
        name
    }
}

/// "This article was originally published by The Lantern Post.": the outlet
/// the piece comes from, as a byte range of `s`. A date there ("first
/// published on Sun 6 Apr 2025") names none.
pub(crate) fn republished_from(s: &str) -> Option<Range<usize>> {
    const MARKERS: &[&str] = &[
        "originally published by ",
        "originally published on ",
        "originally published in ",
        "originally appeared on ",
        "originally appeared in ",
        "first appeared on ",
        "first appeared in ",
        "first published by ",
        "first published in ",
    ];
    // The marker stands near the line's start ("This article was …").
    let head = |m: &str| s.get(..(40 + m.len()).min(s.len())).unwrap_or(s);
    let (at, marker) = MARKERS.iter().find_map(|m| head(m).find(m).map(|at| (at, m)))?;
    let from = at + marker.len();
    let name = capitalized_run(s, from, false);
    let first = name.split(' ').next().unwrap_or("");
    // "first published on Sun 6 Apr 2025": a date, not an outlet.
    let names_a_day = crate::parse::dates::month_of(first).is_some()
        || crate::parse::dates::weekday_of(first).is_some()
        || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .any(|d| first.eq_ignore_ascii_case(d));
    (!name.is_empty() && name.split_whitespace().count() <= 5 && !names_a_day)
        .then(|| from..from + name.len())
}

/// "— Harbor Wire", "-- The Harbor Ledger", "— Jo Quill, Harbor Wire": an
/// outlet signing off after the story. The name after the dash (or its
/// last part after a comma) must read as an outlet's ([`outlet_like`]): a
/// writer signing "— Jo Quill" names none, and neither does "— Reporting
/// by Jo Quill; editing by Sam Orr".
pub(crate) fn dash_sign_off(s: &str) -> Option<Range<usize>> {
    let dash = prefix_ci(s, &["— ", "-- ", "―", "—"])?;
    let from = dash.len() + (s[dash.len()..].len() - s[dash.len()..].trim_start().len());
    let rest = s[from..].trim_end().trim_end_matches('.');
    if rest.len() > 80 || rest.contains([';', ':', '(', '"', '“']) {
        return None;
    }
    let part_at = rest.rfind(", ").map_or(0, |p| p + 2);
    let name = &rest[part_at..];
    outlet_like(name).then(|| from + part_at..from + part_at + name.len())
}

/// "Harbor Review is part of the Trust Project >>>": the outlet names
/// itself in the badge.
pub(crate) fn trust_project_badge(s: &str) -> Option<Range<usize>> {
    if s.len() >= 80 {
        return None;
    }
    // A search by bytes: `str::find` sets up a two-way searcher for every
    // short line, which cost more than the search (about 1% of parse).
    const BADGE: &[u8] = b" is part of the Trust Project";
    let bytes = s.as_bytes();
    let at = (0..=bytes.len().checked_sub(BADGE.len())?)
        .find(|&i| bytes[i] == b' ' && bytes[i + 1] == b'i' && bytes[i..].starts_with(BADGE))?;
    let name = &s[..at];
    ((1..=4).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(is_capitalized))
    .then_some(0..name.len())
}

/// The capitalised words of `s` from byte `from` on, up to the first word
/// that is not, or the first punctuation after one: an outlet's name named
/// in running text ("… published by The Lantern Post."). A word with a
/// figure ends it unless `figures_allowed`, since a date follows some
/// markers ("first published on Sun 6 Apr 2025").
pub(crate) fn capitalized_run(s: &str, from: usize, figures_allowed: bool) -> &str {
    let mut end = from;
    for w in s[from..].split(' ') {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        if word.is_empty()
            || !is_capitalized(word)
            || !figures_allowed && word.bytes().any(|b| b.is_ascii_digit())
        {
            break;
        }
        end += word.len();
        if word.len() != w.len() {
            break;
        }
        end += 1;
    }
    s[from..end].trim_end()
}

/// "KYIV, May 3 (Harbor Wire) -", "Lindau, Velmora (Harbor Wire) —": the
/// agency in a wire dateline that opens the paragraph `para`, and the date
/// in it. The place is in capitals, or is capitalised words and a date
/// ([`dateline_place`]).
pub(crate) fn wire_dateline(
    text: &str,
    para: Range<usize>,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let head_end =
        text[para.clone()].char_indices().nth(120).map_or(para.end, |(i, _)| para.start + i);
    let head = &text[para.start..head_end];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let after = head[close + 1..].trim_start();
    if !after.starts_with(['-', '–', '—']) {
        return None;
    }
    if !dateline_place(&head[..open]) {
        return None;
    }
    let agency = head[open + 1..close].trim();
    if agency.is_empty()
        || agency.split_whitespace().count() > 4
        || !agency.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let agency_start = para.start
        + open
        + 1
        + (head[open + 1..close].len() - head[open + 1..close].trim_start().len());
    let date = absolute_dates(text, para.start..para.start + open).into_iter().next().map(|d| d.0);
    Some((agency_start..agency_start + agency.len(), date))
}

/// The place of a wire dateline: its first word in capitals ("KARSK, May
/// 3"), or, in the broadsheet style, up to six words each capitalised or a
/// figure ("Lindau, Velmora, July 11"), so that a sentence ("Officials in
/// Karsk (Ostria) —") is none.
fn dateline_place(place: &str) -> bool {
    let Some(first) = place.split_whitespace().next() else { return false };
    if first.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return false;
    }
    let capitals = first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    capitals || title_case_place(place)
}

/// "Lindau, Velmora, July 11": a dateline's place and date in title case.
fn title_case_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    words.len() <= 6
        && words.iter().all(|w| is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit()))
}

/// The agency of the first paragraph's wire dateline.
fn wire_dateline_agency(body: &BodyText) -> Option<Range<usize>> {
    body.paragraphs.first().and_then(|p| wire_dateline(body.text, p.clone())).map(|w| w.0)
}

/// The first outlet that names itself ("The Harbor Ledger has reached out
/// to the ministry for comment", "The Harbor Ledger could not independently
/// verify the claim"). Only names starting with "The" count; the asking
/// forms count only when "comment" follows in the sentence, so "The
/// Pentagon contacted its allies" does not name an outlet. Each paragraph
/// is read once, from each "The ".
fn self_naming(body: &BodyText) -> Option<Range<usize>> {
    for para in body.paragraphs {
        let s = &body.text[para.clone()];
        let bytes = s.as_bytes();
        let mut from = 0;
        // A byte scan for 'T' costs less than a substring search per paragraph.
        while let Some(at) = find_byte(bytes, from, b'T') {
            from = at + 1;
            if !bytes[at..].starts_with(b"The ") || (at > 0 && bytes[at - 1] != b' ') {
                continue;
            }
            if let Some(end) = self_naming_end(s, at) {
                return Some(para.start + at..para.start + end);
            }
        }
    }
    None
}

/// Where the name "The Word…" starting at `at` ends, when what follows is an
/// outlet speaking of itself.
fn self_naming_end(s: &str, at: usize) -> Option<usize> {
    const ASKING: [&str; 5] = [
        " has reached out to ",
        " reached out to ",
        " has contacted ",
        " contacted ",
        " has asked ",
    ];
    const VERIFYING: [&str; 3] =
        [" could not independently ", " was unable to independently ", " has not independently "];
    let mut end = at + 3;
    for _ in 0..5 {
        let rest = &s[end..];
        if let Some(marker) = ASKING.iter().find(|m| rest.starts_with(*m)) {
            let sentence_rest = rest[marker.len()..].split(['.', '!', '?']).next().unwrap_or("");
            return (end > at + 3 && sentence_rest.contains("comment")).then_some(end);
        }
        if VERIFYING.iter().any(|m| rest.starts_with(m)) {
            return (end > at + 3).then_some(end);
        }
        let word = rest.strip_prefix(' ')?;
        if !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        end += 1 + word.find(' ').unwrap_or(word.len());
    }
    None
}

/// An outlet told something ("told The Harbor Ledger", "told HWN by
/// phone"), with evidence that the article is that outlet's own reporting:
/// the sentence says the outlet asked ([`COMMENT_REQUEST_CUES`]: "Asked
/// about the claims, …", "… for comment", "in an email"), or the outlet
/// was told things twice or more (its reporters interviewed several
/// people; a story citing another outlet's interview relays it once).
/// Stories cite other outlets ("told Reuters") all the time, so one
/// "told X" alone is no evidence. The name is "The" and capitalised words,
/// or one that reads as an outlet's ([`outlet_like`]), up to its
/// punctuation.
fn told_with_evidence(body: &BodyText) -> Option<Range<usize>> {
    let mut told: Vec<Range<usize>> = Vec::new();
    // One search over the whole text, each hit then placed in its sentence
    // (the sentences are in text order and do not overlap): a searcher set
    // up anew for every sentence cost more than the search itself. The
    // search goes from one "d" to the next, eight bytes at a time, several
    // times faster than the library's substring search.
    let bytes = body.text.as_bytes();
    let hits = std::iter::successors(find_byte(bytes, 3, b'd'), |&d| find_byte(bytes, d + 1, b'd'))
        .map(|d| d - 3)
        .filter(|&at| bytes[at..].starts_with(b"told "));
    let mut sentences = body.sentences.iter().peekable();
    for hit in hits {
        while sentences.next_if(|s| s.end < hit + 5).is_some() {}
        let Some(sentence) = sentences.peek().filter(|s| s.start <= hit) else { continue };
        let s = &body.text[(*sentence).clone()];
        let at = hit - sentence.start;
        if at > 0 && s.as_bytes()[at - 1] != b' ' {
            continue;
        }
        let name_at = at + 5;
        let Some(end) = told_name_end(s, name_at) else { continue };
        let name = sentence.start + name_at..sentence.start + end;
        if asked_in(s) {
            return Some(name);
        }
        told.push(name);
    }
    told_twice(body.text, &told)
}

/// The first outlet of `told` (byte ranges of `text`) told things more
/// than once.
fn told_twice(text: &str, told: &[Range<usize>]) -> Option<Range<usize>> {
    told.iter()
        .find(|r| told.iter().filter(|o| text[(*o).clone()] == text[(*r).clone()]).count() >= 2)
        .cloned()
}

/// Where the outlet's name after "told " (at `at`) ends: "The" and its
/// capitalised words up to the first punctuation, or capitalised words
/// that read as an outlet's, followed by punctuation or a word that goes
/// on the sentence ("told HWN that …", not "told FBI agents").
fn told_name_end(s: &str, at: usize) -> Option<usize> {
    let mut end = at;
    let mut punctuated = false;
    for w in s[at..].split(' ') {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        if word.is_empty() || !is_capitalized(word) {
            break;
        }
        end += usize::from(end > at) + word.len();
        if word.len() != w.len() {
            punctuated = true;
            break;
        }
    }
    let name = &s[at..end];
    if name.starts_with("The ") {
        return Some(end);
    }
    let next = s[end..].trim_start_matches([',', '.', ';', ':']).split(' ').nth(1);
    let goes_on = punctuated
        || end == s.len()
        || next.is_some_and(|n| {
            matches!(
                n,
                "that" | "on" | "in" | "by" | "last" | "late" | "this" | "earlier" | "when" | "at"
            )
        });
    (goes_on && outlet_like(name)).then_some(end)
}

/// Does the sentence tell of asking for comment?
fn asked_in(sentence: &str) -> bool {
    let sentence = sentence.to_lowercase();
    COMMENT_REQUEST_CUES.iter().any(|cue| sentence.contains(cue))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn footer(s: &'static str) -> Option<&'static str> {
        footer_outlet(s).map(|r| &s[r])
    }

    #[allow(clippy::single_range_in_vec_init)] // one paragraph's byte range, as a list of one
    fn body(paragraph: &str) -> Option<&str> {
        let mut sentences = Vec::new();
        crate::parse::sentences::split_sentences_into(
            paragraph,
            0..paragraph.len(),
            &mut sentences,
        );
        let body =
            BodyText { text: paragraph, paragraphs: &[0..paragraph.len()], sentences: &sentences };
        body_outlet(&body).map(|r| &paragraph[r])
    }

    #[test]
    fn every_rule_has_a_unique_name() {
        let names: Vec<&str> =
            FOOTER_RULES.iter().map(|r| r.0).chain(BODY_RULES.iter().map(|r| r.0)).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(!names[..i].contains(n), "{n}");
        }
    }

    #[test]
    fn copyright_holder_with_the_year_before_after_or_none() {
        let holder = |s: &'static str| copyright_holder(s).map(|r| &s[r]);
        assert_eq!(
            holder("© 2025 The Meridian Times. All rights reserved."),
            Some("The Meridian Times")
        );
        assert_eq!(
            holder("Copyright © 2019-2025 Harbor 24 All rights reserved"),
            Some("Harbor 24")
        );
        assert_eq!(holder("Copyright 2025 the owners"), None);
        // The year after the name, or none: the name must be an outlet's.
        assert_eq!(holder("© Harbor Ledger 2025"), Some("Harbor Ledger"));
        assert_eq!(
            holder("Copyright The Karsk Courier. All rights reserved."),
            Some("The Karsk Courier")
        );
        assert_eq!(holder("© Wirenews 2019–2025"), Some("Wirenews"));
        assert_eq!(holder("© Copyright 2024 Wirenews Ltd"), Some("Wirenews"));
        assert_eq!(holder("© 2024 Harbor Ledger Company"), Some("Harbor Ledger"));
        assert_eq!(holder("© 2024 Karsk Courier & Co"), Some("Karsk Courier"));
        assert_eq!(holder("© Jo Quill"), None, "no year: a photographer's mark");
        assert_eq!(holder("© Jo Quill 2024"), None, "a photographer's mark with its year");
    }

    #[test]
    fn republished_from_names_the_outlet_not_a_day() {
        let from = |s: &'static str| republished_from(s).map(|r| &s[r]);
        assert_eq!(
            from("This article was originally published by The Lantern Post."),
            Some("The Lantern Post")
        );
        assert_eq!(
            from("This story originally appeared on Harbor Review, a partner site."),
            Some("Harbor Review")
        );
        assert_eq!(
            from("This story was first published by The Harbor Ledger."),
            Some("The Harbor Ledger")
        );
        assert_eq!(from("This article was first published on Sunday."), None);
        assert_eq!(from("This article originally appeared in print on March 3."), None);
    }

    #[test]
    fn dash_sign_off_names_an_outlet_not_a_writer() {
        assert_eq!(footer("— Wirenews"), Some("Wirenews"));
        assert_eq!(footer("-- The Harbor Ledger"), Some("The Harbor Ledger"));
        assert_eq!(footer("— Jo Quill, Karsk Daily"), Some("Karsk Daily"));
        assert_eq!(footer("— HWN"), Some("HWN"));
        assert_eq!(footer("— Jo Quill"), None, "a writer's signature");
        assert_eq!(footer("— Reporting by Jo Quill; editing by Sam Orr"), None);
        assert_eq!(footer("— Jo"), None);
    }

    #[test]
    fn a_trust_project_badge() {
        assert_eq!(footer("Harbor Review is part of the Trust Project >>>"), Some("Harbor Review"));
        assert_eq!(footer("The Karsk mayor is part of the Trust Project board"), None);
        // The badge ending the line, and the badge alone.
        assert_eq!(footer("Lumen Daily is part of the Trust Project"), Some("Lumen Daily"));
        assert_eq!(footer(" is part of the Trust Project"), None);
    }

    #[test]
    fn outlet_names_and_person_names() {
        for name in [
            "The Harbor Ledger",
            "Coast Daily",
            "Radio Karsk",
            "Wirenews",
            "HWN",
            "Reuters",
            "Xinhua",
        ] {
            assert!(outlet_like(name), "{name}");
        }
        for name in ["Jo Quill", "Karsk", "The", "Ana Lux and Sam Orr", "harbor news"] {
            assert!(!outlet_like(name), "{name}");
        }
    }

    #[test]
    fn wire_dateline_in_capitals_or_title_case() {
        let agency = |s: &'static str| wire_dateline(s, 0..s.len()).map(|w| &s[w.0]);
        assert_eq!(agency("KARSK, May 3 (Harbor Wire) - The port shut."), Some("Harbor Wire"));
        assert_eq!(agency("Lindau, Velmora (Wirenews) — The port shut."), Some("Wirenews"));
        assert_eq!(agency("Tessin, Ostria, July 11 (HWN) -- Fares rose."), Some("HWN"));
        assert_eq!(agency("Officials in Karsk (Ostria) — a port town — agreed."), None);
        assert_eq!(agency("Jo Quill, an award winner (R) - spoke."), None);
    }

    #[test]
    fn an_outlet_naming_itself() {
        assert_eq!(
            body("The Harbor Ledger has reached out to the ministry for comment."),
            Some("The Harbor Ledger")
        );
        assert_eq!(body("Asked about it, officials declined. The Harbor Ledger contacted the port for comment but did not hear back."), Some("The Harbor Ledger"));
        assert_eq!(
            body("The Coast Review could not independently verify the footage."),
            Some("The Coast Review")
        );
        // Not an outlet: no "comment" after the asking verb, no "The", or lower case.
        assert_eq!(
            body("The Pentagon contacted its allies on Monday. Nobody would comment."),
            None
        );
        assert_eq!(body("Reuters has reached out to the ministry for comment."), None);
        assert_eq!(body("The ministry has reached out to the families for comment."), None);
        // An outlet naming itself comes before one told something.
        assert_eq!(
            body(
                "Asked about it, he told The Coast Review so. The Harbor Ledger has asked the port for comment."
            ),
            Some("The Harbor Ledger")
        );
    }

    #[test]
    fn told_an_outlet_only_with_evidence_it_asked() {
        // The sentence says the outlet asked.
        assert_eq!(
            body("Asked about the fares, a spokesman told The Harbor Ledger, on Monday, that they would fall."),
            Some("The Harbor Ledger")
        );
        assert_eq!(body("The mayor told HWN by phone that the pier would reopen."), Some("HWN"));
        assert_eq!(
            body("A spokeswoman told Karsk Daily in an email that the talks had stalled."),
            Some("Karsk Daily")
        );
        // Cited once: nothing says the outlet asked.
        assert_eq!(body("A spokesman told The Harbor Ledger that it was over."), None);
        // Told twice: the outlet's own interviews.
        assert_eq!(
            body("A spokesman told The Harbor Ledger that it was over. A diver told The Harbor Ledger she saw the wreck."),
            Some("The Harbor Ledger")
        );
        assert_eq!(body("Two officials told Wirenews the ferry had sunk."), None);
        // Not an outlet, or a lower-case "the".
        assert_eq!(body("Asked why, he told Jo Quill that it was late."), None);
        assert_eq!(body("Asked why, he told FBI agents the truth."), None);
        assert_eq!(body("Asked why, he told the Harbor Ledger it was late."), None);
        assert_eq!(body("He told reporters and told CNN so."), None);
    }

    fn outlet_of(text: &str) -> Option<String> {
        let a = crate::parse::text::parse(text, &crate::model::ParseOptions::default()).unwrap();
        a.outlet.map(|o| o.text)
    }

    #[test]
    fn a_pasted_story_names_its_outlet_after_its_last_paragraph() {
        let story = "Harbor reopens\n\nThe harbor reopened on Monday after a week of repairs, officials said.\n\nShips queued at the mouth of the bay by noon.\n\n";
        assert_eq!(outlet_of(&format!("{story}— Wirenews")), Some("Wirenews".into()));
        assert_eq!(
            outlet_of(&format!("{story}© Harbor Ledger 2025")),
            Some("Harbor Ledger".into())
        );
        assert_eq!(outlet_of(&format!("{story}— Jo Quill")), None, "a writer's signature");
        assert_eq!(
            outlet_of(&format!("{story}Reporting by Jo Quill; editing by Sam Orr")),
            None,
            "a credit line names people, not the outlet"
        );
        assert_eq!(outlet_of(story), None, "the text does not say");
    }
}
