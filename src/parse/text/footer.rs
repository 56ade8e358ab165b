//! The footer passes: notes on the writers after the story, and the outlet
//! the page's own lines after the story name.

use super::context::Lines;
use super::lines::FooterOutlet;
use super::recognisers::author_bio;
use crate::model::RemovalReason;
use std::ops::Range;

/// Notes on the writers after the story ("Livia Sandor is a reporter for
/// …"), read from the end back, past credit and removed lines. Returns the
/// outlet a note names the writer's employer.
pub(super) fn writers_notes(cx: &mut Lines) -> Option<Range<usize>> {
    let input = cx.input;
    let writers: Vec<&str> =
        cx.out.bylines.iter().chain(&cx.out.contributors).map(|r| &input[r.clone()]).collect();
    let mut bio_outlet = None;
    if writers.is_empty() {
        return None;
    }
    for k in (0..cx.nonblank.len()).rev().take(12) {
        let i = cx.nonblank[k];
        if !cx.open(i) {
            continue;
        }
        let Some(outlet) = author_bio(cx.text(i), &writers) else { break };
        cx.remove(i, RemovalReason::SignOff);
        let start = cx.content[i].start;
        bio_outlet = bio_outlet.or(outlet.map(|o| start + o.start..start + o.end));
    }
    bio_outlet
}

/// The page's own lines after the story name its outlet; a "© 2025 Jo
/// Quill" under a photo higher up names its photographer. A writer's note
/// comes after them.
pub(super) fn outlet(
    cx: &mut Lines,
    footer_outlet_at: FooterOutlet,
    bio_outlet: Option<Range<usize>>,
    last_body: Option<usize>,
) {
    if cx.out.outlet.is_none() {
        cx.out.outlet = footer_outlet_at
            .filter(|(i, _)| last_body.is_none_or(|l| *i > l))
            .map(|(_, r)| r)
            .or(bio_outlet);
    }
}
