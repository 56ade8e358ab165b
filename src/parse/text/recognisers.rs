//! The recognisers: what a line is by itself, each a named function with
//! its table (prompts, sign-offs, section labels, bylines with a place or
//! role, player residue, date and time labels). The passes in the sibling
//! modules ask them; none of them looks at a line's neighbours.

use crate::lexicon::ascii_case::{ends_with_ci, prefix_ci, starts_with_ci};
use crate::parse::dates::date_line;
use crate::parse::outlet::capitalized_run;
use std::ops::Range;

/// A first line that is the story's first paragraph, pasted without its
/// headline: it opens with a dateline ("KARSK, May 3 (Harbor Wire) -", or
/// "KARSK—" as entities read it), is a long sentence, or is a sentence in
/// sentence case that ends in a full stop ([`lede_sentence`]). Headlines are short and
/// rarely end in a full stop.
pub(super) fn reads_as_lede(input: &str, line: Range<usize>) -> bool {
    let s = &input[line.clone()];
    let long_sentence = word_count(s) > 25 && s.trim_end().ends_with(['.', '!', '?', '"', '”']);
    long_sentence
        || lede_sentence(s)
        || crate::parse::entities::dash_dateline(
            input,
            &crate::parse::tokens::tokenize(input, line.clone()),
        )
        .is_some()
        || crate::parse::outlet::wire_dateline(input, line).is_some()
}

/// Rule `a_lede_sentence_is_no_headline`: a first line in sentence case
/// that ends in a full stop is the story's first paragraph, not its
/// headline, when it runs longer than headlines do (16 words or more) or
/// tells its day ("on Saturday", "yesterday"), which headlines leave out.
/// ECB+ files pasted without a headline open with such ledes, and taking
/// them as titles took their figures and names out of the body: 151 of the
/// 214 first lines that ECB+ files without a headline open with meet the
/// rule, and 4 of PolNeAR's 924 headlines (counted with a prototype of the
/// rule), whose text adds a full stop to nearly every headline. A stop that closes an abbreviation ("… in the U.S.") is
/// not a full stop; a line in title case is a headline.
pub(super) fn lede_sentence(s: &str) -> bool {
    let Some(before) = without_closers(s).strip_suffix('.') else { return false };
    let last = before.rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
    let abbreviation = last.contains('.')
        || (last.len() <= 3 && last.chars().next().is_some_and(char::is_uppercase));
    if before.ends_with('.') || abbreviation || !crate::parse::tokens::in_sentence_case(s) {
        return false;
    }
    word_count(s) >= LEDE_WORDS || tells_its_day(s) || opens_as_prose(s)
}

/// Rule `an_article_and_an_auxiliary_make_a_lede`: a line that opens with
/// "The", "A" or "An" and carries an auxiliary ("has captured", "was
/// attacked") is written as prose; headlines drop both ("Indian navy
/// captures 23 pirates"). None of PolNeAR's 698 headlines that end in a
/// full stop and are in sentence case does both; 91 of ECB+'s 359 first
/// lines of that kind do (ECB+'s texts mostly open with their lede). Of
/// the 10 ECB+ titles the rule took away, 9 are plainly ledes and one
/// ("'The Hunger Games' sequel is in negotiations.") may be a headline.
fn opens_as_prose(s: &str) -> bool {
    let mut words = s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    matches!(words.next(), Some("The" | "A" | "An"))
        && words.any(crate::lexicon::counting::in_passive_auxiliaries)
}

/// A first line this long that ends in a full stop is prose: headlines run
/// shorter (4 of PolNeAR's 924 reach it, 151 of ECB+'s 214 ledes do).
const LEDE_WORDS: usize = 16;

/// Does the line name its day as a lede does: a weekday or "yesterday"
/// (a possessive, "Saturday's debate", is another word), not "Super
/// Tuesday"?
fn tells_its_day(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let day = crate::lexicon::calendar::weekday_named(bare).is_some()
            || bare.eq_ignore_ascii_case("yesterday");
        day && !(k > 0 && words[k - 1] == "Super")
    })
}

/// Whether a line ends as a sentence does: with a full stop, question or
/// exclamation mark or ellipsis, possibly inside a closing quote or bracket.
pub(super) fn ends_sentence(s: &str) -> bool {
    without_closers(s).ends_with(['.', '!', '?', '…'])
}

/// `s` without trailing white space and closing quotes and brackets.
pub(super) fn without_closers(s: &str) -> &str {
    s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
}

/// The title reduced to lowercase letters and digits, so a slug copy
/// ("austin-russias-new-defense-chief") compares equal to it.
pub(super) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        if c == '\'' || c == '’' {
            continue;
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// The characters of [`normalize`]`(s)`, made as they are read: runs of
/// letters and digits, lowercased and joined by single spaces (apostrophes
/// dropped). Comparing a line with the title this way stops at the first
/// difference, which for most lines comes within a few characters; the
/// title itself is normalized once, with the plain loop, which is cheaper
/// for a whole string.
pub(super) fn normalized_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut started = false;
    let mut gap = false;
    s.chars().filter(|&c| c != '\'' && c != '’').flat_map(move |c| {
        let (space, letters) = if c.is_alphanumeric() {
            started = true;
            (std::mem::take(&mut gap).then_some(' '), Some(c.to_lowercase()))
        } else {
            gap = started;
            (None, None)
        };
        space.into_iter().chain(letters.into_iter().flatten())
    })
}

/// Could `text[range]` hold a full date? A full date needs a year, which
/// [`date_line`] reads either as four ASCII digits ("2024", "2024-06-26")
/// or after the slashes of "6/26/24", so a line with neither a slash nor a
/// run of four digits is skipped before it is tokenized.
pub(super) fn may_hold_date(text: &str, range: Range<usize>) -> bool {
    let mut digits_in_a_row = 0;
    text.as_bytes()[range].iter().any(|&b| {
        digits_in_a_row = if b.is_ascii_digit() { digits_in_a_row + 1 } else { 0 };
        b == b'/' || digits_in_a_row == 4
    })
}

/// Words in the line, counted up to 41: callers only ask "at most how many".
pub(super) fn word_count(s: &str) -> usize {
    crate::parse::tokens::count_words(s, 41)
}

/// Audio- and video-player residue: "0:00", "0:00 / 3:12", "1x".
pub(super) fn is_player_residue(s: &str) -> bool {
    // "Listen to this article · 5 min", "Listen to article (3 minutes)": the
    // player's button with its running time.
    if s.len() <= 48 {
        if let Some(label) =
            prefix_ci(s, &["listen to this article", "listen to article", "listen to the article"])
        {
            let rest = &s[label.len()..];
            if rest.is_empty()
                || (rest.starts_with([' ', '·', '|', '-', '(', '–', ':'])
                    && rest.bytes().any(|b| b.is_ascii_digit())
                    && word_count(rest) <= 4)
            {
                return true;
            }
        }
    }
    if s.len() > 24 {
        return false;
    }
    const LABELS: &[&str] = &[
        "listen to this article",
        "listen",
        "play",
        "pause",
        "1x",
        "play video",
        "watch video",
        "audio",
    ];
    if LABELS.iter().any(|label| s.eq_ignore_ascii_case(label)) {
        return true;
    }
    s.contains(':')
        && s.len() <= 24
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | ' ' | '.'))
}

/// "Updated:" and its kin, with or without a date after them.
pub(super) fn updated_label(s: &str) -> bool {
    if s.len() > 80 {
        return false;
    }
    // Compared without lowercasing a copy: ASCII case folding keeps every
    // byte where it is.
    const LABELS: &[&str] = &[
        "updated",
        "last updated",
        "published",
        "posted",
        "modified",
        "first published",
        "last modified",
    ];
    let label = s.trim_end_matches([':', ' ']);
    if LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return true;
    }
    let Some(prefix) = prefix_ci(s, &["updated", "last updated", "last modified"]) else {
        return false;
    };
    if !matches!(s.as_bytes().get(prefix.len()), Some(b':' | b' ')) {
        return false;
    }
    (may_hold_date(s, 0..s.len()) && date_line(s, 0..s.len()).is_some())
        || time_stamp(&s[prefix.len() + 1..])
}

/// "Published 6:15 AM ET", "Posted 3 hours ago": a publication label with a
/// time but no date. (With a full date the line is a date line, which dates
/// the piece.)
pub(super) fn published_time_label(s: &str) -> bool {
    s.len() <= 40
        && prefix_ci(s, &["published ", "posted ", "published: ", "posted: "])
            .is_some_and(|p| !may_hold_date(s, 0..s.len()) && time_stamp(&s[p.len()..]))
}

/// "Published On 3 Jul 20253 Jul 2025": a page that prints the date twice,
/// the copies run together when scraped. Returns the byte length of the line
/// up to the end of the first copy (the whole line when nothing repeats).
pub(super) fn without_repeated_date(s: &str) -> usize {
    let label =
        prefix_ci(s, &["published on ", "published: ", "published ", "posted on ", "posted "])
            .map_or(0, str::len);
    let dates = &s[label..];
    let half = dates.len() / 2;
    if dates.len() % 2 == 0
        && half >= 8
        && dates.is_char_boundary(half)
        && dates[..half] == dates[half..]
    {
        label + half
    } else {
        s.len()
    }
}

/// "July 3, 2025 at 9:05 p.m. ET | Updated July 4, 2025": a date line whose
/// parts stand between bars, each a date (the later ones an update). Returns
/// the byte length of the line's part to read the publication date from:
/// the first part when every part is a date, else the whole line. A first
/// part without a date ("Sorrel Ford | 4 June 2025", "Ana Vell | 4 June
/// 2025") is a place or a name beside the date, which the whole line is
/// read with (rule `a_name_beside_a_header_date_is_its_writer`).
pub(super) fn dated_parts_end(input: &str, line: Range<usize>) -> usize {
    let s = &input[line.clone()];
    let Some(first_end) = s.find(" | ") else { return without_repeated_date(s) };
    if !may_hold_date(input, line.start..line.start + first_end) {
        return s.len();
    }
    let mut from = first_end + 3;
    while from < s.len() {
        let end = s[from..].find(" | ").map_or(s.len(), |e| from + e);
        let part = line.start + from..line.start + end;
        if !(updated_label(&input[part.clone()])
            || (may_hold_date(input, part.clone()) && date_line(input, part).is_some()))
        {
            return s.len();
        }
        from = end + 3;
    }
    first_end
}

/// A time of day or an age, as page headers print them after "Updated":
/// "14:05 GMT", "3 hours ago", "on Mon 09.41 BST". Every word holds a
/// figure, is capitalised (a zone, a day) or is one of the few small words
/// such stamps use, so a sentence opening "Updated figures show" is none.
pub(super) fn time_stamp(rest: &str) -> bool {
    let rest = rest.trim_start_matches([':', ' ']);
    rest.bytes().any(|b| b.is_ascii_digit())
        && word_count(rest) <= 6
        && rest.split_whitespace().all(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                || crate::parse::tokens::is_capitalized(w)
                || matches!(
                    w,
                    "on" | "at"
                        | "ago"
                        | "am"
                        | "pm"
                        | "a.m."
                        | "p.m."
                        | "hour"
                        | "hours"
                        | "minute"
                        | "minutes"
                        | "min"
                        | "mins"
                        | "day"
                        | "days"
                )
        })
}

/// "22.40 BST", "9:05", "14:05 GMT", "6.30pm": a line that is only a time of
/// day, as live blogs print over each post. Not body text, and not a
/// heading for the post beneath it.
pub(super) fn clock_time_line(s: &str) -> bool {
    if s.len() > 12 || !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let (clock, zone) = s.split_once(' ').unwrap_or((s, ""));
    let bare = clock.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let am_pm = matches!(&clock[bare.len()..], "am" | "pm");
    let Some((hours, minutes)) = bare.split_once(['.', ':']) else { return false };
    let figures = |part: &str, max: u32| {
        (1..=2).contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|v| v <= max)
    };
    figures(hours, 23)
        && minutes.len() == 2
        && figures(minutes, 59)
        && (bare.len() == clock.len() || am_pm)
        && (zone.is_empty()
            || matches!(
                zone,
                "BST"
                    | "GMT"
                    | "CET"
                    | "CEST"
                    | "EET"
                    | "EEST"
                    | "UTC"
                    | "ET"
                    | "EDT"
                    | "EST"
                    | "PT"
                    | "am"
                    | "pm"
            ))
}

/// "Tove Ahlgren (now) and Piet Marsh (earlier)": a live blog's byline, each
/// writer marked with when they wrote. Returns the names' ranges.
pub(super) fn live_blog_bylines(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let line = &text[range.clone()];
    if line.len() > 160 || !line.ends_with(')') {
        return None;
    }
    let mut names = Vec::new();
    let mut from = 0;
    for part in line.split_inclusive(')') {
        let rest = part.trim_start_matches([',', ' ']);
        let rest = rest.strip_prefix("and ").unwrap_or(rest);
        let name_at = from + (part.len() - rest.len());
        let (name, when) = rest.strip_suffix(')')?.split_once(" (")?;
        if !matches!(when, "now" | "earlier" | "later" | "before")
            || !name_like(name)
            || name.contains(" and ")
        {
            return None;
        }
        names.push(range.start + name_at..range.start + name_at + name.len());
        from += part.len();
    }
    (!names.is_empty()).then_some(names)
}

/// "Ingrid Solvang in Karsk", "Jon Halvard, Nordic correspondent", "Mara
/// Quist and agencies": a byline with the writer's place or role after the
/// names. Returns the byte length of the names.
pub(super) fn byline_with_place_or_role(s: &str) -> Option<usize> {
    if s.len() > 100 || s.ends_with(['.', ':', '!', '?']) {
        return None;
    }
    let s_no_by = s.strip_prefix("By ").unwrap_or(s);
    let offset = s.len() - s_no_by.len();
    let capitalised =
        |part: &str| part.split_whitespace().all(crate::parse::tokens::is_capitalized);
    if let Some((names, place)) = s_no_by.rsplit_once(" in ") {
        if name_like(names)
            && (1..=4).contains(&place.split_whitespace().count())
            && capitalised(place)
        {
            return Some(offset + names.len());
        }
    }
    // "Hana Vujic in Halm and Omar Brandt in Karsk": each writer with a place.
    let parts: Vec<&str> = s_no_by.split(" and ").flat_map(|p| p.split(", ")).collect();
    if parts.len() >= 2
        && parts.iter().all(|part| {
            part.split_once(" in ").is_some_and(|(name, place)| {
                name_like(name)
                    && (1..=3).contains(&place.split_whitespace().count())
                    && capitalised(place)
            })
        })
    {
        return Some(s.len());
    }
    if let Some(names) = s_no_by.strip_suffix(" and agencies") {
        return name_like(names).then_some(offset + names.len());
    }
    if let Some((names, role)) = s_no_by.split_once(", ") {
        let role_words = role.split_whitespace().count();
        let role_noun = role.split_whitespace().last().is_some_and(is_role_noun);
        if name_like(names) && (1..=5).contains(&role_words) && role_noun {
            return Some(offset + names.len());
        }
    }
    // "Jon Halvard Nordic correspondent", "Lena Ortiz Senior international
    // correspondent": the role printed straight after the names, as pages
    // copied without their layout read. The role is its noun, the
    // lower-case words before it and, when more than two capitalised words
    // stand before those, the last of them ("Nordic", "Economics").
    let words: Vec<&str> = s_no_by.split(' ').collect();
    if words.len() <= 8 && words.last().is_some_and(|w| is_role_noun(w)) {
        let mut names_end = words.len() - 1;
        while names_end > 0 && words[names_end - 1].starts_with(|c: char| c.is_lowercase()) {
            names_end -= 1;
        }
        if names_end >= 3 {
            names_end -= 1;
        }
        let names = &words[..names_end];
        let names_len =
            names.iter().map(|w| w.len()).sum::<usize>() + names.len().saturating_sub(1);
        if names.len() >= 2 && name_like(&s_no_by[..names_len]) {
            return Some(offset + names_len);
        }
    }
    None
}

/// A journalist's role as bylines name it.
pub(super) fn is_role_noun(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "correspondent"
            | "editor"
            | "reporter"
            | "writer"
            | "columnist"
            | "analyst"
            | "producer"
            | "contributor"
    )
}

/// Prompts that are the whole line (lower-case, closing punctuation aside).
const PROMPT_LINES: &[&str] = &[
    "leave a comment",
    "comments",
    "view comments",
    "show comments",
    "add a comment",
    "share",
    "share this article",
    "share this",
    "print",
    "email",
    "copy link",
    "link copied",
    "advertisement",
    "ad",
    "sponsored",
    "skip advertisement",
    "story continues below",
    "story continues below advertisement",
    "continue reading",
    "read more",
    "see more",
    "show more",
    "load more",
    "related",
    "related articles",
    "related stories",
    "recommended",
    "you may also like",
    "most read",
    "trending",
    "more stories",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "show caption",
    "image",
    "loading",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "flipboard",
    "copy",
    "save",
    "bookmark",
    "follow",
    "sign in",
    "log in",
    "back to top",
    "listen to article",
    "after newsletter promotion",
    "reuse this content",
    "explore more on these topics",
    "content-type",
    "key events",
    "show key events only",
    // A page's accessibility links and navigation, first in a copied page.
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "skip navigation",
    "menu",
    "main menu",
    "open menu",
    "search",
    "subscribe",
];

/// A row of share buttons: "Print Email Facebook X LinkedIn WhatsApp".
const SHARE_BUTTONS: &[&str] = &[
    "print",
    "email",
    "e-mail",
    "facebook",
    "x",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "flipboard",
    "share",
    "copy",
    "link",
    "messenger",
    "bluesky",
    "threads",
    "pinterest",
    "mail",
    "comment",
    "comments",
    "save",
];

/// Prompts a line opens with.
const PROMPT_PREFIXES: &[&str] = &[
    "subscribe",
    "sign up",
    "share on ",
    "follow us",
    "follow @",
    "click here",
    "download the",
    "get the latest",
    "get our",
    "support our",
    "donate",
    "we want to hear",
    "please enable javascript",
    "please turn on javascript",
    "turn on javascript",
    "enable javascript",
    "this video",
    "watch:",
    "watch live",
    "read next",
    "read more:",
    "read also:",
    "also read:",
    "see also:",
    "related:",
    "more:",
    "join our",
    "don't miss",
    "don’t miss",
    "never miss",
    "become a member",
    "already a subscriber",
    "create a free account",
    "register now",
    "you have reached",
    "you've reached",
    "you’ve reached",
    "this content",
    "cookie",
    "we use cookies",
    "save articles to read later",
];

/// Calls to act that pages print around articles.
pub(super) fn is_prompt(s: &str) -> bool {
    // A newsletter box's small print, however long.
    if s.len() < 400 && starts_with_ci(s, "privacy notice:") {
        return true;
    }
    // Counting stops at the thirteenth word: a long sentence is settled
    // there, without counting the rest of it.
    if s.len() > 120 || crate::parse::tokens::count_words(s, 13) > 12 {
        return false;
    }
    let lower = s.to_lowercase();
    let lower = lower.trim_end_matches(['.', '!', ':', '»', '›', '>']).trim();
    let mut buttons = lower.split([' ', '|', '·']).filter(|w| !w.is_empty());
    // Settled by the first word for nearly every line.
    if buttons.next().is_some_and(|w| SHARE_BUTTONS.contains(&w))
        && buttons.clone().count() >= 2
        && buttons.all(|w| SHARE_BUTTONS.contains(&w))
    {
        return true;
    }
    // "Loading…", "Loading recommendations...": a widget not yet filled.
    if lower.starts_with("loading") && word_count(lower) <= 3 && s.trim_end().ends_with(['.', '…'])
    {
        return true;
    }
    // Reading-time labels: "5 min read".
    if lower.ends_with(" min read")
        || lower.ends_with(" minute read")
        || lower.ends_with(" minutes read")
    {
        return true;
    }
    // "Est. 4min": an estimated reading time.
    if lower.starts_with("est. ") && lower.ends_with("min") && word_count(lower) <= 3 {
        return true;
    }
    let starts_with_phrase = |p: &str| {
        lower.starts_with(p)
            && (p.ends_with(|c: char| !c.is_alphanumeric())
                || !lower[p.len()..].starts_with(char::is_alphanumeric))
    };
    // Only the prefixes that share the line's first byte are compared
    // further: a call to compare each costs more than this test.
    let first = lower.as_bytes().first();
    PROMPT_LINES.contains(&lower)
        || PROMPT_PREFIXES
            .iter()
            .filter(|p| p.as_bytes().first() == first)
            .any(|p| starts_with_phrase(p))
        || lower.ends_with("newsletter")
        || lower.ends_with("newsletters")
}

/// Sign-off and signature lines: copyright, "This article was first
/// published…", "Contact the author…", "— Jane Doe".
pub(super) fn is_sign_off(s: &str) -> bool {
    if s.len() > 300 {
        return false;
    }
    // Only the line's opening and ending can mark a sign-off.
    const PREFIXES: &[&str] = &[
        "copyright",
        "©",
        "(c) ",
        "all rights reserved",
        "this article was",
        "this article originally",
        "this article first",
        "this article is part of",
        "this story was",
        "this story has been",
        "this story originally",
        "originally published",
        "first published",
        "a version of this",
        "contact the author",
        "contact us",
        "you can reach",
        "reach the author",
        "follow the author",
        "follow him",
        "follow her",
        "the views expressed",
        "views expressed",
        "opinions expressed",
        "— ",
        "-- ",
        "―",
    ];
    (prefix_ci(s, PREFIXES).is_some()
        || ends_with_ci(s, "all rights reserved.")
        || ends_with_ci(s, "all rights reserved"))
        && word_count(s) <= 30
}

/// "Livia Sandor is a reporter for The Meridian Times covering …": a note on
/// one of the article's writers (`names`), printed after the story. Returns
/// the byte range in `s` of the outlet the writer works "for", when named.
pub(super) fn author_bio(s: &str, names: &[&str]) -> Option<Option<Range<usize>>> {
    if s.len() > 600 {
        return None;
    }
    let name = names.iter().find(|n| !n.is_empty() && s.starts_with(**n))?;
    let rest = &s[name.len()..];
    if !(rest.starts_with(" is ")
        || rest.starts_with(" was ")
        || rest.starts_with(" has ")
        || rest.starts_with(" writes ")
        || rest.starts_with(" covers "))
    {
        return None;
    }
    const ROLES: &[&str] = &[
        "reporter",
        "correspondent",
        "journalist",
        "editor",
        "writer",
        "columnist",
        "contributor",
        "producer",
        "photographer",
        "freelance",
        "freelancer",
        "reporting",
        "covers",
        "writes",
    ];
    let words: Vec<&str> = rest.split_whitespace().take(12).collect();
    let role_at = words.iter().position(|w| {
        ROLES.contains(&w.trim_end_matches([',', '.']).to_ascii_lowercase().as_str())
    })?;
    let Some(after) = words.get(role_at + 1).filter(|w| matches!(**w, "for" | "at")) else {
        return Some(None);
    };
    // The outlet: the capitalised words after "for".
    let from = name.len()
        + rest.find(&format!("{} {after} ", words[role_at]))?
        + words[role_at].len()
        + after.len()
        + 2;
    let outlet = capitalized_run(s, from, true);
    Some((!outlet.is_empty()).then(|| from..from + outlet.len()))
}

/// "News Based on facts, either observed and verified directly by the
/// reporter, …", "Opinion Advocates for ideas and draws conclusions …": a
/// page's note on what kind of piece this is, the type's name run into its
/// definition. The definitions speak of facts, authors and advertisers.
pub(super) fn content_type_note(s: &str) -> bool {
    if s.len() > 300 {
        return false;
    }
    let Some(kind) = prefix_ci(
        s,
        &[
            "news ",
            "opinion ",
            "analysis ",
            "explainer ",
            "interview ",
            "promoted content ",
            "sponsored content ",
            "special report ",
        ],
    ) else {
        return false;
    };
    let definition = &s[kind.len()..];
    s.starts_with(|c: char| c.is_uppercase())
        && definition.starts_with(|c: char| c.is_uppercase())
        && [
            "Based on ",
            "Advocates for ",
            "Content produced ",
            "Provides context",
            "Produced on behalf ",
        ]
        .iter()
        .any(|d| definition.starts_with(d))
}

/// Labels that pages put before a promo for another article ("The Brief –
/// …", "Read more: …").
pub(super) const PROMO_LABELS: &[&str] = &[
    "the brief",
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "recommended",
    "watch",
    "listen",
    "explainer",
    "analysis",
    "opinion",
    "podcast",
    "video",
    "live",
    "more",
    "must read",
    "editor's pick",
    "editor’s pick",
    "in depth",
    "factbox",
];

/// Is this line a labelled promo, and does a teaser line follow it? A dash
/// after the label ("The Brief – The fall of X") introduces a title with a
/// teaser; a colon ("Read more: …") a title alone.
pub(super) fn promo_label(s: &str) -> Option<bool> {
    if s.len() > 200 {
        return None;
    }
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    for label in PROMO_LABELS.iter().filter(|label| label.as_bytes()[0] == first) {
        if let Some(rest) = starts_with_ci(s, label).then(|| &s[label.len()..]) {
            let rest = rest.trim_start();
            if rest.starts_with('–')
                || rest.starts_with('—')
                || rest.starts_with("- ")
                || rest.starts_with('|')
            {
                return Some(true);
            }
            if rest.starts_with(':') && rest.len() > 2 {
                return Some(false);
            }
        }
    }
    None
}

/// Content words, crudely stemmed, for telling a promo's teaser (which
/// restates its title) from the paragraph under a subhead.
pub(super) fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| {
            let w = w.to_lowercase();
            let w = w
                .strip_suffix("ed")
                .or_else(|| w.strip_suffix("es"))
                .or_else(|| w.strip_suffix('s'))
                .unwrap_or(&w)
                .to_string();
            w
        })
        .collect()
}

/// Does the line end like a sentence (or a colon introducing one)?
pub(super) fn ends_like_prose(s: &str) -> bool {
    ends_sentence(s) || without_closers(s).ends_with([':', ';', ','])
}

/// A line that reads like a heading: short and without closing punctuation.
pub(super) fn heading_like(s: &str) -> bool {
    if s.len() > 480 || s.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // A short question stands as a heading too ("What happens next?").
    let question = s.ends_with('?') && !s[..s.len() - 1].contains(['.', '?', '!', '“', '"']);
    // Most lines are prose: their last characters settle it, so the
    // characters are counted only after.
    if (ends_like_prose(s) && !question) || s.chars().count() > 120 {
        return false;
    }
    (1..=if question { 10 } else { 14 }).contains(&word_count(s))
}

/// A page's section label or breadcrumb printed above the headline: "World
/// News", "Politics", "News|Politics", "Home › Europe › Energy". A breadcrumb
/// is short capitalised parts between separators; a label alone is made only
/// of the words sections are named with, so a short headline ("Harbor
/// reopens") is none.
pub(super) fn section_label(s: &str) -> bool {
    if s.len() > 60 || s.ends_with(['.', '!', '?', ':', ',']) {
        return false;
    }
    let section_words = |part: &str| {
        part.split_whitespace().all(|w| SECTION_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
    };
    const SEPARATORS: [char; 7] = ['|', '>', '›', '»', '/', '·', '•'];
    // Most headlines have no separator: settled by their words alone. The
    // separators are ASCII or start with byte 0xC2 or 0xE2, so a byte scan
    // clears most lines before any character is decoded.
    if !s.bytes().any(|b| matches!(b, b'|' | b'>' | b'/' | 0xC2 | 0xE2)) || !s.contains(SEPARATORS)
    {
        return s.starts_with(|c: char| c.is_uppercase())
            && section_words(s)
            && (1..=4).contains(&word_count(s));
    }
    // A breadcrumb. One part at least is a section's name ("News",
    // "Home"), so a headline with a slash ("Velmora Votes / Ostria Waits")
    // is none.
    let parts: Vec<&str> = s.split(SEPARATORS).map(str::trim).collect();
    parts.len() <= 5
        && parts.iter().any(|p| section_words(p))
        && parts.iter().all(|p| {
            (1..=3).contains(&word_count(p))
                && p.split_whitespace()
                    .all(|w| crate::parse::tokens::is_capitalized(w) || matches!(w, "&" | "and"))
        })
}

/// The words page sections are named with ("World", "Politics", "Agrifood").
pub(super) const SECTION_WORDS: &[&str] = &[
    "news",
    "world",
    "europe",
    "politics",
    "business",
    "economy",
    "opinion",
    "us",
    "uk",
    "eu",
    "asia",
    "africa",
    "americas",
    "middle",
    "east",
    "sport",
    "sports",
    "science",
    "technology",
    "tech",
    "health",
    "environment",
    "climate",
    "culture",
    "markets",
    "defence",
    "defense",
    "international",
    "national",
    "local",
    "global",
    "breaking",
    "latest",
    "energy",
    "agrifood",
    "transport",
    "digital",
    "elections",
    "jobs",
    "home",
    "live",
    "analysis",
    "explainer",
    "interview",
    "feature",
    "features",
    "comment",
    "investigation",
    "investigations",
    "&",
    "and",
];

/// Could the line be a person's name standing alone ("Adam Morrow",
/// "Lloyd J. Austin", "Ana Lux and Sam Orr")?
pub(super) fn name_like(s: &str) -> bool {
    if s.len() > 100 {
        return false;
    }
    let s = s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")).unwrap_or(s);
    !s.ends_with(['.', ':', '!', '?'])
        && (2..=8).contains(&s.split_whitespace().take(9).count())
        && s.split_whitespace().all(|w| {
            crate::parse::tokens::is_capitalized(w) && !w.chars().any(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "and" | "&" | "de" | "van" | "von" | "al" | "bin" | "da" | "der" | "la" | "le"
                )
        })
}

/// "Ana Vell | Wirenews", "ANA VELL | REUTERS", "Ana Vell, Harbor Ledger": a
/// writer's names, then after a bar or a comma a name that reads as an
/// outlet's ([`crate::parse::outlet::outlet_like`]), which is not part of
/// the byline. Rule `a_byline_tail_names_the_outlet`. Returns the byte
/// length of the names (with any "By ") and where the outlet starts.
pub(super) fn byline_then_outlet(s: &str) -> Option<(usize, usize)> {
    use crate::parse::outlet::outlet_like;
    if s.len() > 100 {
        return None;
    }
    let s_no_by = s.strip_prefix("By ").unwrap_or(s);
    let offset = s.len() - s_no_by.len();
    let (names, outlet, sep) = match s_no_by.rsplit_once(" | ") {
        Some((names, outlet)) => (names, outlet, 3),
        None => s_no_by.rsplit_once(", ").map(|(names, outlet)| (names, outlet, 2))?,
    };
    let outlet = outlet.trim_end_matches('.');
    (name_like(names) && !outlet_like(names) && !names.contains(" | ") && outlet_like(outlet))
        .then_some((offset + names.len(), offset + names.len() + sep))
}

/// "Coastline Daily staff", "By Harbor Ledger reporters": returns the byte
/// length of the outlet's name (after any "By ").
pub(super) fn staff_credit(s: &str) -> Option<usize> {
    let body = s.strip_prefix("By ").unwrap_or(s);
    if body.len() > 80 {
        return None;
    }
    for suffix in [
        " staff",
        " Staff",
        " reporters",
        " correspondents",
        " news desk",
        " desk",
        " staff reporter",
        " Staff Reporter",
    ] {
        if let Some(name) = body.strip_suffix(suffix) {
            let words: Vec<&str> = name.split_whitespace().collect();
            let just_a_determiner =
                words.len() == 1 && matches!(words[0], "The" | "A" | "Our" | "Our own");
            if (1..=5).contains(&words.len())
                && !just_a_determiner
                && words.iter().all(|w| crate::parse::tokens::is_capitalized(w))
            {
                return Some(name.len());
            }
        }
    }
    None
}
