//! The passes that judge lines by themselves and by their nearest
//! neighbours: title copies, dates, prompts, credits, captions, sign-offs
//! (pass 1), then page furniture that spans a few lines (a content-type
//! note, topic tags, a list of links, photo labels).

use super::context::Lines;
use super::recognisers::{
    clock_time_line, content_type_note, dated_parts_end, ends_like_prose, is_player_residue,
    is_prompt, is_sign_off, may_hold_date, name_like, normalize, normalized_chars, promo_label,
    published_time_label, section_label, updated_label, word_count,
};
use crate::lexicon::ascii_case::{ends_with_ci, starts_with_ci};
use crate::model::{LineRole, RemovalReason};
use crate::parse::captions::{caption_credit, credit_line, labelled_caption_credit};
use crate::parse::credits::read_credit;
use crate::parse::dates::{date_line, dated_line, days_from_civil};
use crate::parse::entities::{header_name_is_a_person, reads_as_agency_acronym};
use crate::parse::outlet::{footer_outlet, trust_project_badge};
use std::ops::Range;

/// A line that names the outlet after the story, with the outlet's range:
/// it counts only when it stands after the last paragraph.
pub(super) type FooterOutlet = Option<(usize, Range<usize>)>;

/// Pass 1: what each line is by itself. Returns the first footer line that
/// names an outlet.
pub(super) fn by_itself(cx: &mut Lines, title_idx: Option<usize>) -> FooterOutlet {
    let title_norm = title_idx.map(|i| normalize(cx.text(i)));
    let mut caption_texts: Vec<&str> = Vec::new();
    let mut footer_outlet_at = None;
    for k in 0..cx.nonblank.len() {
        let i = cx.nonblank[k];
        if !cx.open(i) {
            continue;
        }
        let s = cx.text(i);
        let r = cx.content[i].clone();
        let input = cx.input;
        let comparable = title_idx.is_some_and(|t| {
            s.len() <= cx.content[t].len() + 8 && s.len() + 16 >= cx.content[t].len()
        });
        if comparable
            && title_norm
                .as_deref()
                .is_some_and(|t| !t.is_empty() && normalized_chars(s).eq(t.chars()))
        {
            cx.remove(
                i,
                if s.chars().any(char::is_uppercase) {
                    RemovalReason::RepeatedTitle
                } else {
                    RemovalReason::TitleSlug
                },
            );
        } else if is_player_residue(s) {
            cx.remove(i, RemovalReason::AudioPlayer);
        } else if date_or_time_label(cx, i) {
        } else if is_prompt(s) {
            // "Read more: <title>", "RELATED: <title>" point at another
            // article: a promo, where a bare "Read more" is a prompt.
            let reason = if promo_label(s) == Some(false) {
                RemovalReason::Promo
            } else {
                RemovalReason::Prompt
            };
            cx.remove(i, reason);
        } else if let Some(credit) = read_credit(input, r.clone()) {
            cx.keep(i, credit.role());
            cx.out.absorb_credit(credit, r.clone());
        } else if let Some(credit) =
            caption_credit(input, r.clone()).or_else(|| labelled_caption_credit(input, r.clone()))
        {
            if caption_texts.contains(&s) {
                cx.remove(i, RemovalReason::DuplicateCaption);
            } else {
                caption_texts.push(s);
                cx.keep(i, LineRole::Caption);
                cx.out.captions.push((r, Some(credit)));
            }
        } else if credit_line(input, r.clone()) {
            credit_on_its_own_line(cx, i, &mut caption_texts);
        } else if is_sign_off(s) {
            cx.remove(i, RemovalReason::SignOff);
            if let Some(holder) = footer_outlet(s) {
                footer_outlet_at.get_or_insert((i, r.start + holder.start..r.start + holder.end));
            }
        } else if s.chars().all(|c| !c.is_alphanumeric()) {
            // Separators: "* * *", "---", "•".
            cx.remove(i, RemovalReason::Boilerplate);
        }
    }
    footer_outlet_at
}

/// Date lines and labels: "Updated:", "Published 6:15 AM ET", a date line
/// (the first dates the piece), "First published on …", a clock time.
/// Returns whether line `i` was one.
fn date_or_time_label(cx: &mut Lines, i: usize) -> bool {
    let s = cx.text(i);
    let r = cx.content[i].clone();
    let input = cx.input;
    if published_time_label(s) {
        cx.remove(i, RemovalReason::UpdatedLabel);
    } else if updated_label(s) {
        cx.remove(i, RemovalReason::UpdatedLabel);
        if let Some((range, ymd)) = date_line(input, r.clone()) {
            let (y, m, d) = ymd.full().expect("date lines hold full dates");
            cx.out.updated.get_or_insert((range, days_from_civil(y, m, d)));
        }
    } else if let Some((range, ymd)) = (s.len() <= 80 && starts_with_ci(s, "first published "))
        .then(|| date_line(input, r.start + 16..r.end))
        .flatten()
    {
        // A live blog's header prints its latest update where other
        // pages print the date; "First published on …" beneath it is
        // when the page first appeared, so it is the publication date.
        let (y, m, d) = ymd.full().expect("date lines hold full dates");
        cx.out.published = Some((range, days_from_civil(y, m, d)));
        cx.remove(i, RemovalReason::DateLine);
    } else if let Some((range, ymd, place)) = (s.len() <= 80 && may_hold_date(input, r.clone()))
        .then(|| dated_line(input, r.start..r.start + dated_parts_end(input, r.clone())))
        .flatten()
    {
        let (y, m, d) = ymd.full().expect("date lines hold full dates");
        let day = days_from_civil(y, m, d);
        match place.map(|p| writers_beside_date(input, p)) {
            Some(Ok(writers)) => {
                cx.out.published.get_or_insert((range, day));
                cx.out.bylines.extend(writers);
                cx.keep(i, LineRole::Byline);
            }
            town if cx.out.published.is_none() => {
                cx.out.published = Some((range, day));
                // The place of the date line that dates the piece is the
                // story's place, as a wire dateline's is: not a section's
                // name ("World | 4 June 2025") nor an agency's ("AFP, 4
                // June 2025").
                cx.out.dateline_place = town.and_then(Result::err).filter(|p| {
                    !section_label(&input[p.clone()]) && !reads_as_agency_acronym(&input[p.clone()])
                });
                cx.keep(i, LineRole::Dateline);
            }
            _ => cx.remove(i, RemovalReason::DateLine),
        }
    } else if clock_time_line(s) {
        cx.remove(i, RemovalReason::DateLine);
    } else if let Some(((range, ymd), by)) = date_then_byline(input, r.clone()) {
        let (y, m, d) = ymd.full().expect("date lines hold full dates");
        cx.out.published.get_or_insert((range, days_from_civil(y, m, d)));
        match by {
            ByWhom::Writers(names) => {
                cx.out.bylines.extend(names);
                cx.keep(i, LineRole::Byline);
            }
            ByWhom::Outlet(outlet) => {
                cx.out.outlet.get_or_insert(outlet);
                cx.keep(i, LineRole::Dateline);
            }
        }
    } else {
        return false;
    }
    true
}

/// The words beside a date line's date (`place`: "Ana Vell", "Sorrel
/// Ford", "LINDAU, Velmora"): `Ok` with the writers when they are names
/// set off by a bar, as bylines are ("Ana Vell | 4 June 2025", "Ana Vell,
/// Sam Orr | 4 June 2025": each name that reads as a person's,
/// [`header_name_is_a_person`]), else `Err` with the town (the part before
/// a comma). "Lindau, 4 June 2025" is a dateline's comma, never a byline.
/// Rule `a_name_beside_a_header_date_is_its_writer`.
fn writers_beside_date(
    input: &str,
    place: Range<usize>,
) -> Result<Vec<Range<usize>>, Range<usize>> {
    let words = &input[place.clone()];
    let town = place.start..place.start + words.find(", ").unwrap_or(words.len());
    let by_a_bar = input[place.end..].starts_with(" | ") || input[..place.start].ends_with(" | ");
    if !by_a_bar || !header_name_is_a_person(input, town.clone()) {
        return Err(town);
    }
    let mut writers = vec![town.clone()];
    if let Some(other) = words.find(", ").map(|c| place.start + c + 2..place.end) {
        if header_name_is_a_person(input, other.clone()) {
            writers.push(other);
        }
    }
    Ok(writers)
}

/// A date as a date line reads it: where it is written, and the day.
type DateRead = (Range<usize>, crate::parse::dates::Ymd);

/// Who a date line's "by" names.
enum ByWhom {
    /// The writers' names.
    Writers(Vec<Range<usize>>),
    /// An outlet ("June 4, 2025 by The Vell Courier"): no person.
    Outlet(Range<usize>),
}

/// "Posted on June 4, 2025 by Ana Vell", "June 4, 2025 by Ana Vell": a
/// date line, then "by" and the writers' names. Returns the date and the
/// names (rule `a_date_line_then_its_byline`). A name after "by" that
/// reads as an outlet's ([`crate::parse::outlet::outlet_like`]: "by The
/// Vell Courier") is the outlet, not a writer (rule
/// `a_date_line_by_an_outlet_names_the_outlet`).
fn date_then_byline(input: &str, line: Range<usize>) -> Option<(DateRead, ByWhom)> {
    let s = &input[line.clone()];
    if s.len() > 100 || !may_hold_date(input, line.clone()) {
        return None;
    }
    let by = s.rfind(" by ")?;
    let after = &s[by + 4..];
    if !name_like(after) {
        return None;
    }
    let date = date_line(input, line.start..line.start + by)?;
    if crate::parse::outlet::outlet_like(after) {
        return Some((date, ByWhom::Outlet(line.start + by + 4..line.end)));
    }
    let names = crate::parse::credits::split_names(input, line.start + by + 4..line.end)?;
    Some((date, ByWhom::Writers(names)))
}

/// A credit on its own line credits the caption straight above it (no
/// blank line between: a paragraph stands apart); with no caption there,
/// it is a photo's label.
fn credit_on_its_own_line<'t>(cx: &mut Lines<'t>, i: usize, caption_texts: &mut Vec<&'t str>) {
    let r = cx.content[i].clone();
    match cx.prev_nb(i).filter(|&j| j + 1 == i && cx.open(j) && word_count(cx.text(j)) <= 40) {
        Some(j) if caption_texts.contains(&cx.text(j)) => {
            cx.remove(j, RemovalReason::DuplicateCaption);
            cx.remove(i, RemovalReason::DuplicateCaption);
        }
        Some(j) => {
            caption_texts.push(cx.text(j));
            cx.keep(j, LineRole::Caption);
            cx.keep(i, LineRole::Caption);
            cx.out.captions.push((cx.content[j].clone(), Some(r)));
        }
        None => cx.remove(i, RemovalReason::PhotoLabel),
    }
}

/// "Content-Type:" and the line that explains the type ("News Based on
/// facts, …"), as EURACTIV's pages print them above the article; topic
/// tags under "Explore more on these topics"; a writer's photo label; a
/// Trust Project badge (which names the outlet).
pub(super) fn page_furniture(cx: &mut Lines, footer_outlet_at: &mut FooterOutlet) {
    for k in 0..cx.nonblank.len() {
        let i = cx.nonblank[k];
        let s = cx.text(i);
        if s.eq_ignore_ascii_case("content-type:") {
            if let Some(&j) =
                cx.nonblank.get(k + 1).filter(|&&j| cx.open(j) && word_count(cx.text(j)) <= 30)
            {
                cx.remove(j, RemovalReason::Boilerplate);
            }
        } else if k < 12 && cx.open(i) && content_type_note(s) {
            // The explanation printed without its label.
            cx.remove(i, RemovalReason::Boilerplate);
        } else if s.eq_ignore_ascii_case("explore more on these topics") {
            // The topic tags listed under it, a word or three each.
            let tags = cx.nonblank[k + 1..]
                .iter()
                .take(10)
                .take_while(|&&j| {
                    cx.open(j) && word_count(cx.text(j)) <= 3 && !ends_like_prose(cx.text(j))
                })
                .count();
            for kk in k + 1..k + 1 + tags {
                cx.remove(cx.nonblank[kk], RemovalReason::Boilerplate);
            }
        } else if cx.open(i) && s.len() < 80 {
            // "Tyler Hale's Photo": the writer's picture, by its label.
            if let Some(name) = s
                .strip_suffix("'s Photo")
                .or_else(|| s.strip_suffix("’s Photo"))
                .or_else(|| s.strip_suffix("'s photo"))
                .or_else(|| s.strip_suffix("’s photo"))
            {
                if name_like(name) {
                    cx.remove(i, RemovalReason::PhotoLabel);
                }
            } else if let Some(name) = trust_project_badge(s) {
                // "Harbor Review is part of the Trust Project >>>": the outlet names itself.
                cx.remove(i, RemovalReason::Boilerplate);
                let start = cx.content[i].start;
                footer_outlet_at.get_or_insert((i, start + name.start..start + name.end));
            }
        }
    }
}

/// "Recommended Stories / list of 4 items / … / list end": a list of
/// links to other articles, as Al Jazeera's pages print it.
pub(super) fn link_lists(cx: &mut Lines) {
    for k in 0..cx.nonblank.len() {
        let i = cx.nonblank[k];
        let s = cx.text(i);
        if !cx.open(i)
            || !starts_with_ci(s, "list of ")
            || !(ends_with_ci(s, " items") || ends_with_ci(s, " item"))
            || word_count(s) > 4
        {
            continue;
        }
        let Some(end) = cx.nonblank[k + 1..]
            .iter()
            .take(16)
            .position(|&j| cx.text(j).eq_ignore_ascii_case("list end"))
        else {
            continue;
        };
        let heading_before = k
            .checked_sub(1)
            .map(|p| cx.nonblank[p])
            .filter(|&p| cx.open(p) && word_count(cx.text(p)) <= 4 && !ends_like_prose(cx.text(p)));
        let listed: Vec<usize> = heading_before
            .into_iter()
            .chain(cx.nonblank[k..=k + 1 + end].iter().copied())
            .collect();
        for j in listed {
            cx.remove(j, RemovalReason::Promo);
        }
    }
}

/// Photo labels: a short name-like line standing right before a caption.
/// Labels name what the photo shows ("Lloyd J. Austin"); a lower-case line
/// over a photo is a subhead instead.
pub(super) fn photo_labels(cx: &mut Lines, heading: &[bool]) {
    for k in 0..cx.nonblank.len() {
        let i = cx.nonblank[k];
        let s = cx.text(i);
        if cx.open(i)
            && heading[i]
            && (name_like(s) || word_count(s) == 1)
            && word_count(s) <= 8
            && cx.next_nb(i).is_some_and(|j| cx.is_caption(j))
        {
            cx.remove(i, RemovalReason::PhotoLabel);
        }
    }
}
