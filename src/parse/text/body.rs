//! The body pass: from the first line of prose on, each line is body text
//! unless it is a promo for another article (with its teaser), a
//! newsletter's blurb between its prompts, a subhead standing alone, or a
//! short line after the last paragraph (a sign-off).

use super::context::{Lines, Role};
use super::recognisers::{clock_time_line, content_words, promo_label, word_count};
use crate::lexicon::ascii_case::{ends_with_ci, starts_with_ci};
use crate::model::{LineRole, RemovalReason};

/// Judges every line still open from `first` (the first body line) on;
/// `last_body` is the last line of prose, `heading` which lines read like
/// headings.
pub(super) fn body(cx: &mut Lines, first: usize, last_body: Option<usize>, heading: &[bool]) {
    for k in cx.rank[first]..cx.nonblank.len() {
        let i = cx.nonblank[k];
        if !cx.open(i) {
            continue;
        }
        let judged = read_more_with(cx, i, heading)
            || newsletter_blurb(cx, i)
            || labelled_promo(cx, i, first)
            || heading_line(cx, i, first, last_body, heading);
        if !judged {
            cx.keep(i, LineRole::Body);
        }
    }
}

/// "Read more with …", the promo's title and its teaser.
fn read_more_with(cx: &mut Lines, i: usize, heading: &[bool]) -> bool {
    let s = cx.text(i);
    // (No character but an ASCII one lowercases into this prefix, so
    // an ASCII test equals lowercasing the line first.)
    if !(s.len() < 60 && starts_with_ci(s, "read more with")) {
        return false;
    }
    cx.remove(i, RemovalReason::Promo);
    if let Some(t) = cx.next_nb(i).filter(|&t| cx.open(t) && heading[t]) {
        cx.remove(t, RemovalReason::Promo);
        if let Some(j) = cx.next_nb(t).filter(|&j| cx.open(j)) {
            cx.remove(j, RemovalReason::Promo);
        }
    }
    true
}

/// A newsletter's blurb between its prompts ("Sign up to …", "Free daily
/// newsletter", blurb, "Privacy Notice: …"). Only a newsletter's own prompt
/// opens a blurb: a paragraph after "Read more: …" and before "Sign up to
/// …" is the story's.
fn newsletter_blurb(cx: &mut Lines, i: usize) -> bool {
    let prompt = |j: Option<usize>| j.is_some_and(|j| cx.removed_for(j, RemovalReason::Prompt));
    let newsletter = |j: usize| {
        ends_with_ci(cx.text(j), "newsletter")
            || ends_with_ci(cx.text(j), "newsletters")
            || starts_with_ci(cx.text(j), "sign up")
    };
    if prompt(cx.prev_nb(i))
        && prompt(cx.next_nb(i))
        && cx.prev_nb(i).is_some_and(newsletter)
        && word_count(cx.text(i)) <= 25
    {
        cx.remove(i, RemovalReason::Prompt);
        return true;
    }
    false
}

/// A labelled promo ("The Brief – …", "Read more: …"), with its teaser
/// when the label's dash says one follows.
fn labelled_promo(cx: &mut Lines, i: usize, first: usize) -> bool {
    let s = cx.text(i);
    let Some(with_teaser) = promo_label(s).filter(|_| i != first && word_count(s) <= 16) else {
        return false;
    };
    cx.remove(i, RemovalReason::Promo);
    if let Some(j) = cx.next_nb(i).filter(|&j| with_teaser && cx.open(j)) {
        cx.remove(j, RemovalReason::Promo);
    }
    true
}

/// A line that reads like a heading: a sign-off after the last paragraph,
/// a promo's title (labelled, or restated by the line after it), or a
/// subhead when text follows it.
fn heading_line(
    cx: &mut Lines,
    i: usize,
    first: usize,
    last_body: Option<usize>,
    heading: &[bool],
) -> bool {
    let s = cx.text(i);
    // A live blog's first post may open with a heading under its
    // time ("22.40 BST" / "Evening summary"): a heading still.
    let under_post_time = i == first && cx.prev_nb(i).is_some_and(|p| clock_time_line(cx.text(p)));
    if !((i != first || under_post_time) && heading[i]) {
        return false;
    }
    if last_body.is_none_or(|l| i > l) {
        cx.remove(i, RemovalReason::SignOff);
        return true;
    }
    let next = cx.next_nb(i).filter(|&j| cx.open(j));
    let labelled = promo_label(s);
    let restated = next.is_some_and(|j| {
        let title_words = content_words(s);
        let teaser: Vec<String> = content_words(cx.text(j));
        word_count(s) >= 8
            && title_words.iter().filter(|w| teaser.contains(w)).count() * 5
                >= title_words.len() * 3
    });
    if labelled.is_some() || restated {
        cx.remove(i, RemovalReason::Promo);
        if labelled != Some(false) {
            if let Some(j) = next {
                cx.remove(j, RemovalReason::Promo);
            }
        }
        return true;
    }
    // A subhead may stand over a photo before its text.
    let mut after = cx.next_nb(i);
    while let Some(j) = after.filter(|&j| {
        cx.is_caption(j) || cx.roles[j] == Some(Role::Removed(RemovalReason::PhotoLabel))
    }) {
        after = cx.next_nb(j);
    }
    let text_follows = next.is_some() || after.is_some_and(|j| cx.open(j));
    if word_count(s) <= 10 && text_follows {
        cx.keep(i, LineRole::Subhead);
        return true;
    }
    false
}
