//! Credit lines: who wrote, helped with and edited the piece, where it came
//! from, and the outlet when the line names it ("Authored by X via Outlet",
//! "Additional reporting by X", "X contributed to this report.", "(Edited by
//! X)", "Source: News Agencies", "Reporting by X; Editing by Y").
//!
//! Every pattern reads one line's text, so both the plain-text and the HTML
//! paths can ask it about a line. Names come back as byte ranges so the
//! article can point at them.

use crate::lexicon::ascii_case::prefix_ci;
use crate::lexicon::bylines::{is_post_nominal, names_a_newsroom, NAME_JOINERS, ROLE_WORDS};
use crate::lexicon::outlets::agency_after_a_name;
use crate::model::LineRole;
use crate::parse::dates::{absolute_dates, Ymd};
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Credit {
    pub bylines: Vec<Range<usize>>,
    pub contributors: Vec<Range<usize>>,
    pub editors: Vec<Range<usize>>,
    pub outlet: Option<Range<usize>>,
    pub date: Option<(Range<usize>, Ymd)>,
    /// The whole line is a source line ("Source: News Agencies").
    pub source: bool,
}

impl Credit {
    /// The role the line plays: a byline if it names authors, else the most
    /// specific credit it holds.
    pub fn role(&self) -> LineRole {
        if !self.bylines.is_empty() {
            LineRole::Byline
        } else if self.source {
            LineRole::SourceLine
        } else if !self.contributors.is_empty() {
            LineRole::Contributor
        } else {
            LineRole::Editor
        }
    }
}

/// Case-insensitive prefix test on ASCII; returns the rest's offset.
fn after_prefix(s: &str, prefixes: &[&str]) -> Option<usize> {
    prefixes
        .iter()
        .find(|p| {
            s.len() >= p.len()
                && s.is_char_boundary(p.len())
                && s[..p.len()].eq_ignore_ascii_case(p)
        })
        .map(|p| p.len())
}

/// " et ", " y ", " und " ([`NAME_JOINERS`]) between two names: its length,
/// or 0. Names are capitalised, so a joiner must be followed by a capital.
fn joiner_len(rest: &str) -> usize {
    let Some(after_space) = rest.strip_prefix(' ') else { return 0 };
    for joiner in NAME_JOINERS {
        if let Some(next) = after_space.strip_prefix(joiner).and_then(|r| r.strip_prefix(' ')) {
            if next.chars().next().is_some_and(char::is_uppercase) {
                return joiner.len() + 2;
            }
        }
    }
    0
}

/// A comma or semicolon and the space after it, which may be a no-break
/// space: pages set credits as "Ana Ruiz,&nbsp;Leo Park" so that the comma
/// never starts a line. Its length in bytes, or `None`.
fn list_separator_len(rest: &str) -> Option<usize> {
    let mut chars = rest.chars();
    let mark = chars.next().filter(|c| matches!(c, ',' | ';'))?;
    let space = chars.next().filter(|c| c.is_whitespace())?;
    Some(mark.len_utf8() + space.len_utf8())
}

/// Splits "A, B and C in Kyiv" into name ranges. Each part must read as a
/// name (capitalised words), otherwise the line is not a credit.
pub fn split_names(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let sep = if rest.starts_with(", and ") {
            6
        } else if let Some(n) = list_separator_len(rest) {
            n
        } else if rest.starts_with(" and ") {
            5
        } else if rest.starts_with(" & ") {
            3
        } else {
            joiner_len(rest)
        };
        if sep > 0 {
            parts.push((start, i));
            i += sep;
            start = i;
        } else {
            i += 1;
            while i < s.len() && !s.is_char_boundary(i) {
                i += 1;
            }
        }
    }
    parts.push((start, s.len()));
    for (a, b) in parts {
        let mut part = &s[a..b];
        // "Jane Doe in Kyiv" → "Jane Doe"
        if let Some(p) = part.find(" in ") {
            part = &part[..p];
        }
        let trimmed = part.trim().trim_end_matches(['.', ')', ',', ';']).trim();
        // Rule `an_agency_after_a_name_is_not_the_name`: "Ana Vell Reuters".
        let trimmed = agency_after_a_name(trimmed).map_or(trimmed, |at| trimmed[..at].trim_end());
        // Rule `a_degree_is_no_name`: "Ana Vell, MA" lists one writer.
        if trimmed.is_empty() || trimmed.split_whitespace().all(is_post_nominal) {
            continue;
        }
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        if words.len() > 5
            || !words.iter().all(|w| {
                crate::parse::tokens::is_capitalized(w)
                    || matches!(
                        *w,
                        "de" | "van"
                            | "von"
                            | "al"
                            | "bin"
                            | "da"
                            | "der"
                            | "la"
                            | "le"
                            | "del"
                            | "di"
                    )
            })
        {
            return None;
        }
        let offset = part.as_ptr() as usize - s.as_ptr() as usize;
        let lead = part.find(trimmed).unwrap_or(0);
        let from = range.start + a.max(offset) + lead;
        out.push(from..from + trimmed.len());
    }
    (!out.is_empty()).then_some(out)
}

/// Does the text open with "Edited by" (any case)? A byline written on one
/// line with its editor ("Written by A Edited by B") is two credits.
fn opens_an_editing_credit(rest: &str) -> bool {
    after_prefix(rest, &["edited by "]).is_some()
}

/// A credited name read as a person or as a newsroom or agency.
enum NameKind {
    Person(Range<usize>),
    Newsroom(Range<usize>),
}

/// Drops the degrees before and after a credited name ("MA", "PhD": never a
/// name) and tells a newsroom ("WebMD Health News", "Foreign Staff") from a
/// person; `None` when only degrees are left.
fn person_or_newsroom(text: &str, range: Range<usize>) -> Option<NameKind> {
    let s = &text[range.clone()];
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let degree = |w: &str| is_post_nominal(w.trim_end_matches([',', ';']));
    let first = words.iter().position(|(_, w)| !degree(w))?;
    let last = words.iter().rposition(|(_, w)| !degree(w))?;
    let start = range.start + words[first].0;
    let end = range.start + words[last].0 + words[last].1.trim_end_matches(',').len();
    let name = start..end;
    Some(if names_a_newsroom(&text[name.clone()]) {
        NameKind::Newsroom(name)
    } else {
        NameKind::Person(name)
    })
}

/// What a name listed after a writer's in a byline is.
enum AfterAWriter {
    /// Another writer ("By Ana Vell, Piet Horvath").
    Writer,
    /// The outlet or agency the writer works for ("By Ana Vell, Harbor
    /// Wire", "By Ana Vell, HWN", "By Ana Vell, Associated Press Writer"):
    /// the byte length of its name.
    Outlet(usize),
    /// The writer's role ("By Ana Vell, Staff Writer"), or one word, which
    /// no writer's name is ("By Ana Vell, Wirenet": an agency not known as
    /// one, or a place).
    Neither,
}

/// "By Ana Vell, Harbor Wire", "By Ana Vell, Chief Correspondent": after a
/// writer's name, a name that reads as an outlet's
/// ([`crate::parse::outlet::outlet_like`]) is the outlet, one ending in a
/// role ([`ROLE_WORDS`]) is the writer's role, and a lone word is no
/// writer (bylines give writers' full names). Rule
/// `a_byline_lists_writers_not_their_outlet_or_role`.
fn after_a_writer(name: &str) -> AfterAWriter {
    let last = name.rsplit(' ').next().unwrap_or(name).to_ascii_lowercase();
    if ROLE_WORDS.contains(&last.as_str()) {
        // Rule `a_role_at_an_outlet_names_the_outlet`: "Associated Press
        // Writer", "Harbor Ledger Staff Writer": the words before the role
        // are the outlet when they read as one.
        let mut outlet = name.rsplit_once(' ').map_or("", |(rest, _)| rest);
        while let Some((rest, word)) = outlet.rsplit_once(' ') {
            if !matches!(word.to_ascii_lowercase().as_str(), "staff" | "senior" | "chief") {
                break;
            }
            outlet = rest;
        }
        if crate::parse::outlet::outlet_like(outlet) {
            return AfterAWriter::Outlet(outlet.len());
        }
        AfterAWriter::Neither
    } else if crate::parse::outlet::outlet_like(name) {
        AfterAWriter::Outlet(name.len())
    } else if !name.contains(' ') {
        AfterAWriter::Neither
    } else {
        AfterAWriter::Writer
    }
}

/// The labels a credit line opens with (after any opening bracket), lower-case.
const CREDIT_OPENERS: &[&str] = &[
    "by ",
    "by:",
    "authored",
    "written",
    "posted",
    "submitted",
    "reporting",
    "reported",
    "writing",
    "compiled",
    "edited",
    "editing",
    "editor",
    "additional",
    "with additional",
    "with reporting",
    "contributing",
    "source",
    // Bylines in other languages (`lexicon::bylines::BYLINE_OPENERS`,
    // less the ones that are common words).
    "par ",
    "por ",
    "von ",
    "door ",
];

/// The first letters of the labels, either case: most lines open with
/// another letter and are not compared with each label.
static OPENS_A_LABEL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < CREDIT_OPENERS.len() {
        let first = CREDIT_OPENERS[i].as_bytes()[0];
        table[first as usize] = true;
        table[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    table
};

/// Could `line` be a credit? It opens with a label or says "contributed",
/// and is short: other lines are skipped at once.
fn may_be_credit(line: &str) -> bool {
    if line.len() > 300 {
        return false;
    }
    let opening = &line[line.bytes().take_while(|&b| b == b'(' || b == b'[').count()..];
    let may_open_with_label =
        opening.as_bytes().first().is_some_and(|&b| OPENS_A_LABEL[b as usize]);
    // "contributed " is searched first: its first and last bytes are rarer
    // than the spaces around " contributed ", so far fewer places are tried.
    let opens_with_label = may_open_with_label && prefix_ci(opening, CREDIT_OPENERS).is_some();
    let names_a_contributor = line.contains("contributed ") && line.contains(" contributed ");
    (opens_with_label || names_a_contributor) && line.split_whitespace().count() <= 24
}

/// A line may hold several credits: "Reporting by A; Editing by B". The
/// segments' byte ranges in the line.
fn credit_segments(line: &str) -> Vec<(usize, usize)> {
    let mut seg_start = 0;
    let mut v = Vec::new();
    for (i, c) in line.char_indices() {
        if c == ';' || (c == ' ' && opens_an_editing_credit(&line[i + 1..])) {
            v.push((seg_start, i));
            seg_start = i + 1;
        }
    }
    v.push((seg_start, line.len()));
    v
}

/// One credit of a line, without its brackets and closing full stop.
struct Segment<'t> {
    text: &'t str,
    /// The credit's words.
    inner: &'t str,
    /// Where `inner` starts in `text`.
    inner_off: usize,
}

impl Segment<'_> {
    /// The byte range in `text` of `inner[skip..end]`.
    fn range(&self, skip: usize, end: usize) -> Range<usize> {
        self.inner_off + skip..self.inner_off + end
    }
}

/// The parts of a credit after its first bar (from byte `from` of the
/// segment), each up to the next bar: a part holding a full date dates the
/// credit, unless it is an update's ("Updated June 5, 2025"); the first
/// other part is the outlet.
fn after_the_bar(segment: &Segment<'_>, from: usize, credit: &mut Credit) {
    let inner = segment.inner;
    let mut start = from;
    while start <= inner.len() {
        let end = inner[start..].find(" | ").map_or(inner.len(), |e| start + e);
        let part = segment.range(start, end);
        let words = segment.text[part.clone()].trim();
        let date =
            absolute_dates(segment.text, part.clone()).into_iter().find(|d| d.1.full().is_some());
        if let Some(date) = date {
            if prefix_ci(words, &["updated", "last updated"]).is_none() {
                credit.date.get_or_insert((date.0, date.1));
            }
        } else if !words.is_empty() {
            credit.outlet.get_or_insert(part);
        }
        start = end + 3;
    }
}

/// Reads a credit line; `None` when the line is not one.
pub fn read_credit(text: &str, range: Range<usize>) -> Option<Credit> {
    let line = &text[range.clone()];
    if !may_be_credit(line) {
        return None;
    }
    let mut credit = Credit::default();
    for (a, b) in credit_segments(line) {
        let raw = &line[a..b];
        let lead = raw.len() - raw.trim_start().len();
        let seg = raw.trim();
        let base = range.start + a + lead;
        let inner = seg.trim_start_matches(['(', '[']).trim_end_matches([')', ']', '.']);
        let inner_off = base + (seg.len() - seg.trim_start_matches(['(', '[']).len());
        let mut segment = Segment { text, inner, inner_off };
        // "(Edited by X | Outlet.com)": the outlet follows the bar; "By X |
        // June 4, 2025": so may the date (rule `a_date_after_a_bar_dates_the_credit`).
        if let Some(b) = inner.find(" | ") {
            after_the_bar(&segment, b + 3, &mut credit);
            segment.inner = &inner[..b];
        }
        read_segment(&segment, &mut credit)?;
    }
    (credit.source
        || !credit.bylines.is_empty()
        || !credit.contributors.is_empty()
        || !credit.editors.is_empty())
    .then_some(credit)
}

/// Reads one credit of a line into `credit`: editors, contributors, a
/// byline, a source line or "X contributed to this report". `None` when
/// the segment is no credit (then the line is none).
fn read_segment(seg: &Segment, credit: &mut Credit) -> Option<()> {
    let (text, inner) = (seg.text, seg.inner);
    if let Some(n) =
        after_prefix(inner, &["edited by ", "editing by ", "edited and compiled by ", "editor: "])
    {
        // "[Edited by Nadia Corvin/Paul Eder]": editors between slashes.
        let mut from = n;
        for part in inner[n..].split('/') {
            credit.editors.extend(split_names(text, seg.range(from, from + part.len()))?);
            from += part.len() + 1;
        }
    } else if let Some(n) = after_prefix(
        inner,
        &[
            "additional reporting by ",
            "additional reporting: ",
            "with additional reporting by ",
            "with reporting by ",
            "with reporting from ",
            "contributing: ",
        ],
    ) {
        credit.contributors.extend(split_names(text, seg.range(n, inner.len()))?);
    } else if let Some(n) = after_prefix(
        inner,
        &[
            "authored by ",
            "written by ",
            "posted by ",
            "submitted by ",
            "reporting by ",
            "reported by ",
            "writing by ",
            "compiled by ",
            "by ",
            "by: ",
            "par ",
            "por ",
            "von ",
            "door ",
        ],
    ) {
        read_byline(seg, n, credit)?;
    } else if let Some(n) = after_prefix(inner, &["source: ", "sources: ", "source:", "sources:"]) {
        read_source(seg, n, credit);
    } else if let Some(p) = inner
        .find(" contributed to this report")
        .or_else(|| inner.find(" contributed reporting"))
        .or_else(|| inner.find(" contributed to this article"))
    {
        credit.contributors.extend(split_names(text, seg.range(0, p))?);
    } else {
        return None;
    }
    Some(())
}

/// A byline after its label (at `n`): the names, a date among them, and
/// the outlet after "via", a bar or ", The".
fn read_byline(seg: &Segment, n: usize, credit: &mut Credit) -> Option<()> {
    let (text, inner, inner_off) = (seg.text, seg.inner, seg.inner_off);
    let rest = &inner[n..];
    // "X via Outlet June 26th 2024" / "X, Outlet" / "X | Outlet"
    let (names_end, outlet) = if let Some(v) = rest.find(" via ") {
        (v, Some(n + v + 5))
    } else if let Some(v) = rest.find(" | ") {
        (v, Some(n + v + 3))
    } else if let Some(v) = rest
        .rfind(", The ")
        .filter(|&v| rest[v + 2..].split_whitespace().all(crate::parse::tokens::is_capitalized))
    {
        // "By Caleb Stroud, The Epoch Ledger": no name starts with "The".
        (v, Some(n + v + 2))
    } else {
        (rest.len(), None)
    };
    let mut names_end = names_end;
    if let Some(date) = absolute_dates(text, seg.range(n, n + names_end)).into_iter().next() {
        names_end = date.0.start - inner_off - n;
        credit.date = Some((date.0, date.1));
    }
    // "By Ana Vell Reuters": the agency printed after the names is the
    // outlet (rule `an_agency_after_a_name_is_not_the_name`).
    let names_text = rest[..names_end].trim_end_matches([' ', ',', '.']);
    if let Some(at) = agency_after_a_name(names_text) {
        credit.outlet.get_or_insert(seg.range(n + at, n + names_text.len()));
        names_end = at;
    }
    let (mut people, mut newsrooms) = (Vec::new(), Vec::new());
    for name in split_names(text, seg.range(n, n + names_end))? {
        if !people.is_empty() {
            match after_a_writer(&text[name.clone()]) {
                AfterAWriter::Writer => {}
                AfterAWriter::Outlet(len) => {
                    newsrooms.push(name.start..name.start + len);
                    continue;
                }
                AfterAWriter::Neither => continue,
            }
        }
        match person_or_newsroom(text, name) {
            Some(NameKind::Person(r)) => people.push(r),
            Some(NameKind::Newsroom(r)) => newsrooms.push(r),
            None => {}
        }
    }
    // "By A, MA WebMD Health News": the newsroom beside a person is
    // the outlet; "By Harbour Staff" alone is still the byline.
    if people.is_empty() {
        if let Some(o) = newsrooms.first().and_then(|r| newsroom_outlet(text, r.clone())) {
            credit.outlet.get_or_insert(o);
        }
        credit.bylines.append(&mut newsrooms);
    } else if let Some(r) = newsrooms.into_iter().next() {
        credit.outlet.get_or_insert(r);
    }
    credit.bylines.append(&mut people);
    if let Some(o) = outlet {
        let mut end = inner.len();
        if let Some(date) = absolute_dates(text, seg.range(o, inner.len()))
            .into_iter()
            .find(|d| d.1.full().is_some())
        {
            end = date.0.start - inner_off;
            credit.date = Some((date.0, date.1));
        }
        let outlet_text = inner[o..end].trim_end_matches([' ', ',', '.', '-', '–', '—']);
        if !outlet_text.is_empty() && crate::parse::tokens::is_capitalized(outlet_text) {
            credit.outlet = Some(seg.range(o, o + outlet_text.len()));
        }
    }
    Some(())
}

/// Words after an outlet's name that make it the outlet's people ("Harbor
/// Ledger Staff"), lower-case.
const OUTLETS_PEOPLE: [&str; 6] = ["staff", "desk", "team", "newsroom", "editors", "reporters"];

/// "By Harbor Ledger Staff", "By Harbor Wire": the outlet a newsroom's
/// byline names, when what is left without its people word reads as an
/// outlet's ("Our Foreign Staff" names none). Rule
/// `a_newsrooms_byline_names_its_outlet`.
fn newsroom_outlet(text: &str, name: Range<usize>) -> Option<Range<usize>> {
    let s = &text[name.clone()];
    let outlet = match s.rsplit_once(' ') {
        Some((rest, last)) if OUTLETS_PEOPLE.contains(&last.to_ascii_lowercase().as_str()) => rest,
        _ => s,
    };
    crate::parse::outlet::outlet_like(outlet).then(|| name.start..name.start + outlet.len())
}

/// "Source: …" after its label (at `n`). "Source: Al Jazeera and news
/// agencies": the outlet names its own reporting beside the agencies' (an
/// agency named alone may be where the story came from, not who ran it).
fn read_source(seg: &Segment, n: usize, credit: &mut Credit) {
    let inner = seg.inner;
    if inner.len() <= n {
        return;
    }
    credit.source = true;
    let named = inner[n..].trim_start();
    let from = n + (inner[n..].len() - named.len());
    let own = named
        .strip_suffix(" and news agencies")
        .or_else(|| named.strip_suffix(" and agencies"))
        .or_else(|| named.strip_suffix(" and wire services"));
    // A figure may follow the name's first word ("Meridian 24").
    let name_word = |(k, w): (usize, &str)| {
        crate::parse::tokens::is_capitalized(w) || (k > 0 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(own) = own.filter(|o| {
        (1..=4).contains(&o.split_whitespace().count())
            && o.split_whitespace().enumerate().all(name_word)
            && !o.contains(',')
    }) {
        credit.outlet = Some(seg.range(from, from + own.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, ranges: &[Range<usize>]) -> Vec<String> {
        ranges.iter().map(|r| text[r.clone()].to_string()).collect()
    }

    /// Rule `a_date_after_a_bar_dates_the_credit`.
    #[test]
    fn a_date_after_a_bar_dates_the_credit() {
        let s = "By Ana Vell | June 4, 2025";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(names(s, &c.bylines), vec!["Ana Vell"]);
        assert_eq!(c.outlet, None, "a date is no outlet");
        assert_eq!(c.date.clone().unwrap().1.full(), Some((2025, 6, 4)));
        let s = "By Ana Vell | The Vell Courier | 4 June 2025";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(&s[c.outlet.clone().unwrap()], "The Vell Courier");
        assert_eq!(c.date.clone().unwrap().1.full(), Some((2025, 6, 4)));
        // An update's date is not the credit's.
        let s = "By Ana Vell | Updated June 5, 2025";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert!(c.date.is_none() && c.outlet.is_none(), "{c:?}");
    }

    #[test]
    fn authored_via_outlet_with_date() {
        let s = "Authored by Nora Vale via The Lantern Post March 3rd 2025";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(names(s, &c.bylines), vec!["Nora Vale"]);
        assert_eq!(&s[c.outlet.clone().unwrap()], "The Lantern Post");
        assert_eq!(c.date.clone().unwrap().1.full(), Some((2025, 3, 3)));
        assert_eq!(c.role(), LineRole::Byline);
    }

    #[test]
    fn contributors_editors_sources() {
        let s = "Additional reporting by Ines Marr and Tobias Ekwueme";
        assert_eq!(
            names(s, &read_credit(s, 0..s.len()).unwrap().contributors),
            vec!["Ines Marr", "Tobias Ekwueme"]
        );
        let s = "(Edited by Piet Horvath)";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(names(s, &c.editors), vec!["Piet Horvath"]);
        assert_eq!(c.role(), LineRole::Editor);
        let s = "Harbor Wire contributed to this report.";
        assert_eq!(
            names(s, &read_credit(s, 0..s.len()).unwrap().contributors),
            vec!["Harbor Wire"]
        );
        let s = "Source: Harbor Wire and news agencies";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(c.outlet.map(|r| &s[r]), Some("Harbor Wire"), "the outlet beside the agencies");
        let s = "Source: Harbor Wire";
        assert_eq!(
            read_credit(s, 0..s.len()).unwrap().outlet,
            None,
            "a source named alone may be an agency"
        );
        let s = "Source: Regional Agencies";
        assert_eq!(read_credit(s, 0..s.len()).unwrap().role(), LineRole::SourceLine);
        let s = "By Caleb Stroud, The Epoch Ledger";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(
            (names(s, &c.bylines), c.outlet.map(|r| &s[r])),
            (vec!["Caleb Stroud".to_string()], Some("The Epoch Ledger"))
        );
        let s = "By Ana Lux, The Ledger's correspondent";
        assert!(read_credit(s, 0..s.len()).is_none_or(|c| c.outlet.is_none()));
        let s = "With reporting by Piet Horvath and Mira Castell.";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(
            (names(s, &c.contributors), c.role()),
            (vec!["Piet Horvath".to_string(), "Mira Castell".to_string()], LineRole::Contributor)
        );
        let s = "[Edited by Nadia Corvin/Paul Eder]";
        assert_eq!(
            names(s, &read_credit(s, 0..s.len()).unwrap().editors),
            vec!["Nadia Corvin", "Paul Eder"],
            "editors between slashes"
        );
        let s = "Source: Harbor 24 and news agencies";
        assert_eq!(
            read_credit(s, 0..s.len()).unwrap().outlet.map(|r| &s[r]),
            Some("Harbor 24"),
            "a figure in the outlet's name"
        );
        let s = "Reporting by Ana Lux in Valdor; Editing by Sam Orr";
        let c = read_credit(s, 0..s.len()).unwrap();
        assert_eq!(names(s, &c.bylines), vec!["Ana Lux"]);
        assert_eq!(names(s, &c.editors), vec!["Sam Orr"]);
    }

    /// Rule `a_byline_lists_writers_not_their_outlet_or_role`.
    #[test]
    fn a_byline_lists_writers_not_their_outlet_or_role() {
        let read = |s: &'static str| {
            let c = read_credit(s, 0..s.len()).unwrap();
            (names(s, &c.bylines), c.outlet.map(|r| &s[r]))
        };
        assert_eq!(read("By Ana Vell, HWN"), (vec!["Ana Vell".to_string()], Some("HWN")));
        assert_eq!(
            read("By Ana Vell, Vell Daily Post"),
            (vec!["Ana Vell".to_string()], Some("Vell Daily Post"))
        );
        // Rule `a_role_at_an_outlet_names_the_outlet`.
        assert_eq!(
            read("By ANA VELL, Associated Press Writer"),
            (vec!["ANA VELL".to_string()], Some("Associated Press"))
        );
        assert_eq!(
            read("By Ana Vell, Harbor Ledger Staff Writer"),
            (vec!["Ana Vell".to_string()], Some("Harbor Ledger"))
        );
        // An agency not known as one is no writer, and no outlet either.
        assert_eq!(read("By Ana Vell, Wirenet"), (vec!["Ana Vell".to_string()], None));
        for s in ["By Ana Vell, Staff Writer", "By Ana Vell, Chief Correspondent"] {
            assert_eq!(read(s), (vec!["Ana Vell".to_string()], None), "{s}");
        }
        // Writers still list.
        assert_eq!(
            read("By Ana Vell, Piet Horvath and Mira Castell").0,
            vec!["Ana Vell", "Piet Horvath", "Mira Castell"]
        );
    }

    /// Rules `an_agency_after_a_name_is_not_the_name` and `a_degree_is_no_name`,
    /// and a known agency after the comma is the outlet.
    #[test]
    fn an_agency_or_a_degree_after_the_names() {
        let read = |s: &'static str| {
            let c = read_credit(s, 0..s.len()).unwrap();
            (names(s, &c.bylines), c.outlet.map(|r| &s[r]))
        };
        assert_eq!(read("By Ana Vell, Reuters"), (vec!["Ana Vell".to_string()], Some("Reuters")));
        assert_eq!(read("By Ana Vell Reuters"), (vec!["Ana Vell".to_string()], Some("Reuters")));
        assert_eq!(
            read("By ANA VELL and PIET HORVATH AFP"),
            (vec!["ANA VELL".to_string(), "PIET HORVATH".to_string()], Some("AFP"))
        );
        assert_eq!(read("By Ana Vell, MA"), (vec!["Ana Vell".to_string()], None));
        let s = "Ana Vell, MA";
        assert_eq!(names(s, &split_names(s, 0..s.len()).unwrap()), vec!["Ana Vell"]);
        let s = "Piet Horvath Xinhua";
        assert_eq!(names(s, &split_names(s, 0..s.len()).unwrap()), vec!["Piet Horvath"]);
    }

    /// Rule `a_newsrooms_byline_names_its_outlet`.
    #[test]
    fn a_newsrooms_byline_names_its_outlet() {
        let read = |s: &'static str| {
            let c = read_credit(s, 0..s.len()).unwrap();
            (names(s, &c.bylines), c.outlet.map(|r| &s[r]))
        };
        assert_eq!(
            read("By Harbor Ledger Staff"),
            (vec!["Harbor Ledger Staff".to_string()], Some("Harbor Ledger"))
        );
        assert_eq!(read("By Our Foreign Staff"), (vec!["Our Foreign Staff".to_string()], None));
    }

    /// Pages keep a credit's comma with the next name by a no-break space.
    #[test]
    fn a_no_break_space_after_a_comma_still_separates_names() {
        let s = "Ana Ruiz,\u{a0}Leo Park y Tomas Brandt";
        assert_eq!(
            names(s, &split_names(s, 0..s.len()).unwrap()),
            vec!["Ana Ruiz", "Leo Park", "Tomas Brandt"]
        );
    }

    #[test]
    fn prose_is_not_a_credit() {
        for s in [
            "By the end of the day, three towns had fallen.",
            "Edited by hand, the letters were sent.",
            "The source: a leaked memo",
        ] {
            assert!(read_credit(s, 0..s.len()).is_none(), "{s}");
        }
    }
}
