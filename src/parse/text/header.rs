//! The header passes: section labels over the headline, the title, and,
//! after the lines are judged by themselves, the dek and the bylines up to
//! the first line of prose.

use super::context::{Lines, Role};
use super::recognisers::{
    byline_then_outlet, byline_with_place_or_role, ends_sentence, is_prompt, live_blog_bylines,
    may_hold_date, name_like, reads_as_lede, section_label, staff_credit, word_count,
};
use crate::model::{LineRole, RemovalReason};
use crate::parse::captions::caption_credit;
use crate::parse::credits::read_credit;
use crate::parse::dates::date_line;

/// How many lines of section labels, tags and page chrome may stand over
/// the headline.
const HEADER_CHROME_LINES: usize = 4;

/// Section labels over the headline ("World News", "News|Politics") are the
/// page's navigation, not the title; then the title: the first line, when
/// it is short enough to be one. Returns the title's line.
pub(super) fn title(cx: &mut Lines) -> Option<usize> {
    // A topic tag may stand over the label ("Ostria" / "Live").
    let tag_over_label = |k: usize| {
        let s = cx.text(cx.nonblank[k]);
        (1..=2).contains(&word_count(s))
            && s.split_whitespace().all(crate::parse::tokens::is_capitalized)
            && !s.ends_with(['.', '!', '?', ':'])
            && cx.nonblank.get(k + 1).is_some_and(|&j| section_label(cx.text(j)))
    };
    // Rule `page_chrome_over_the_headline_is_no_title`: a copied page may
    // open with its accessibility link or a menu ("Skip to main content",
    // "Menu"), which is no more the title than a section label is.
    let chrome = |k: usize| is_prompt(cx.text(cx.nonblank[k]));
    let labels_before_title = (0..cx.nonblank.len().min(HEADER_CHROME_LINES))
        .take_while(|&k| section_label(cx.text(cx.nonblank[k])) || tag_over_label(k) || chrome(k))
        .count();
    let labels_before_title =
        if cx.nonblank.len() > labels_before_title + 1 { labels_before_title } else { 0 };
    for k in 0..labels_before_title {
        cx.remove(cx.nonblank[k], RemovalReason::Boilerplate);
    }
    let input = cx.input;
    let title_idx = cx.nonblank.get(labels_before_title).copied().filter(|&i| {
        let s = cx.text(i);
        let r = cx.content[i].clone();
        s.len() <= 400
            && word_count(s) <= 40
            && !reads_as_lede(input, r.clone())
            && caption_credit(input, r.clone()).is_none()
            && read_credit(input, r.clone()).is_none()
            && !(may_hold_date(input, r.clone()) && date_line(input, r).is_some())
    });
    if let Some(i) = title_idx {
        cx.keep(i, LineRole::Title);
        cx.out.title = Some(cx.content[i].clone());
    }
    title_idx
}

/// Furniture a header holds under the headline: a repeated title, a
/// caption, a date block, a byline.
fn header_furniture(cx: &Lines, i: usize) -> bool {
    match cx.roles[i] {
        Some(Role::Removed(r)) => matches!(
            r,
            RemovalReason::RepeatedTitle
                | RemovalReason::DuplicateCaption
                | RemovalReason::AudioPlayer
                | RemovalReason::UpdatedLabel
                | RemovalReason::DateLine
                | RemovalReason::PhotoLabel
        ),
        Some(Role::Kept(LineRole::Caption | LineRole::Dateline | LineRole::Byline)) => true,
        _ => false,
    }
}

/// Is line `i` (when there is one) a date or time of the header?
pub(super) fn dated(cx: &Lines, i: Option<usize>) -> bool {
    i.is_some_and(|i| {
        matches!(
            cx.roles[i],
            Some(
                Role::Kept(LineRole::Dateline)
                    | Role::Removed(
                        RemovalReason::DateLine
                            | RemovalReason::UpdatedLabel
                            | RemovalReason::AudioPlayer
                    )
            )
        )
    })
}

/// The header, up to the first line of prose: the dek and the bylines.
/// Returns the first body line.
pub(super) fn header(cx: &mut Lines, title_idx: Option<usize>) -> Option<usize> {
    let start = title_idx.map_or(0, |t| cx.rank[t] + 1);
    let mut dek_done = false;
    for k in start.min(cx.nonblank.len())..cx.nonblank.len() {
        let i = cx.nonblank[k];
        if !cx.open(i) {
            continue;
        }
        if !dek_done && title_idx.is_some() {
            dek_done = true;
            if dek(cx, i) {
                continue;
            }
        }
        if !header_byline(cx, i) {
            return Some(i);
        }
    }
    None
}

/// The standfirst under the headline: followed by header furniture, or
/// printed without a full stop straight above the body.
fn dek(cx: &mut Lines, i: usize) -> bool {
    let s = cx.text(i);
    // A byline not yet known as one counts too: a name or "X staff" beside a date.
    let byline_ahead = |j: usize| {
        let t = cx.text(j);
        cx.open(j)
            && (name_like(t) || staff_credit(t).is_some() || byline_with_place_or_role(t).is_some())
            && (t.starts_with("By ") || dated(cx, cx.next_nb(j)))
    };
    let followed_by_furniture =
        cx.next_nb(i).is_some_and(|j| header_furniture(cx, j) || byline_ahead(j));
    // A standfirst printed without a full stop, straight above the body
    // ("Lawmakers approve the deal as opposition calls it ‘a surrender’"):
    // a first paragraph of body text ends its sentence.
    let unpunctuated_standfirst =
        (8..=45).contains(&word_count(s)) && !ends_sentence(s) && cx.next_nb(i).is_some();
    if (followed_by_furniture || unpunctuated_standfirst)
        && word_count(s) >= 4
        && s.len() <= 400
        && !name_like(s)
        && byline_then_outlet(s).is_none()
    {
        cx.keep(i, LineRole::Dek);
        cx.out.dek = Some(cx.content[i].clone());
        return true;
    }
    false
}

/// A byline in the header: "X staff" beside a date (the outlet's own
/// staff), a live blog's writers, names with a place or role, or names
/// after "By" or beside a date. Returns whether line `i` was one.
fn header_byline(cx: &mut Lines, i: usize) -> bool {
    let s = cx.text(i);
    let input = cx.input;
    let line = cx.content[i].clone();
    let beside_date = |cx: &Lines| dated(cx, cx.next_nb(i)) || dated(cx, cx.prev_nb(i));
    if let Some(outlet_len) = staff_credit(s).filter(|_| beside_date(cx)) {
        // "Coastline Daily staff": the outlet's own staff wrote it.
        let start = line.start + if s.starts_with("By ") { 3 } else { 0 };
        cx.out.bylines.push(start..line.end);
        cx.out.outlet.get_or_insert(start..start + outlet_len);
        cx.keep(i, LineRole::Byline);
        return true;
    }
    if let Some(names) = live_blog_bylines(input, line.clone()) {
        cx.out.bylines.extend(names);
        cx.keep(i, LineRole::Byline);
        return true;
    }
    if let Some((names_len, outlet_at)) = byline_then_outlet(s) {
        // "Ana Vell | Wirenews": the names, then their outlet.
        let names_from = line.start + if s.starts_with("By ") { 3 } else { 0 };
        if let Some(names) =
            crate::parse::credits::split_names(input, names_from..line.start + names_len)
        {
            cx.out.bylines.extend(names);
            let outlet_end = line.start + s.trim_end_matches('.').len();
            cx.out.outlet.get_or_insert(line.start + outlet_at..outlet_end);
            cx.keep(i, LineRole::Byline);
            return true;
        }
    }
    if let Some(names_len) =
        byline_with_place_or_role(s).filter(|_| s.starts_with("By ") || beside_date(cx))
    {
        let names_from = line.start + if s.starts_with("By ") { 3 } else { 0 };
        if let Some(names) =
            crate::parse::credits::split_names(input, names_from..line.start + names_len)
        {
            cx.out.bylines.extend(names);
            cx.keep(i, LineRole::Byline);
            return true;
        }
    }
    if (s.starts_with("By ") && name_like(s)) || (name_like(s) && beside_date(cx)) {
        let names_from = if s.starts_with("By ") { line.start + 3 } else { line.start };
        if let Some(names) = crate::parse::credits::split_names(input, names_from..line.end) {
            cx.out.bylines.extend(names);
            cx.keep(i, LineRole::Byline);
            return true;
        }
    }
    false
}
