//! The line context every pass reads and writes: the lines, their trimmed
//! content, the non-blank lines in order with each one's neighbours, the
//! role judged so far for each line, and what the lines have said about the
//! article ([`Classified`]).

use crate::model::{LineRole, RemovalReason};
use crate::parse::build::{Classified, ClassifiedLine};
use std::ops::Range;

/// A line's role as the passes judge it: a removed line always carries why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Content or furniture the article keeps (title, byline, body…).
    Kept(LineRole),
    /// Not content, and the reason.
    Removed(RemovalReason),
}

/// The text's lines and what the passes have judged of them.
pub(super) struct Lines<'t> {
    pub input: &'t str,
    /// Each line without its line break.
    pub raw: Vec<Range<usize>>,
    /// Each line without surrounding whitespace.
    pub content: Vec<Range<usize>>,
    /// The non-blank lines, in order.
    pub nonblank: Vec<usize>,
    /// Position of each line in `nonblank`, to find neighbours quickly.
    pub rank: Vec<usize>,
    /// The role judged so far; roles are only ever added.
    pub roles: Vec<Option<Role>>,
    pub out: Classified,
}

impl<'t> Lines<'t> {
    /// The lines of `input`, blank ones judged.
    pub fn new(input: &'t str) -> Lines<'t> {
        let raw = super::line_ranges(input);
        let content: Vec<Range<usize>> =
            raw.iter().map(|r| super::trim_range(input, r.clone())).collect();
        let n = raw.len();
        let mut roles: Vec<Option<Role>> = vec![None; n];
        let mut nonblank: Vec<usize> = Vec::with_capacity(n);
        nonblank.extend((0..n).filter(|&i| !content[i].is_empty()));
        for i in 0..n {
            if content[i].is_empty() {
                roles[i] = Some(Role::Kept(LineRole::Blank));
            }
        }
        let mut rank = vec![usize::MAX; n];
        for (k, &i) in nonblank.iter().enumerate() {
            rank[i] = k;
        }
        Lines { input, raw, content, nonblank, rank, roles, out: Classified::default() }
    }

    /// Line `i`'s content.
    pub fn text(&self, i: usize) -> &'t str {
        &self.input[self.content[i].clone()]
    }

    /// The next non-blank line after line `i`.
    pub fn next_nb(&self, i: usize) -> Option<usize> {
        self.nonblank.get(self.rank[i] + 1).copied()
    }

    /// The non-blank line before line `i`.
    pub fn prev_nb(&self, i: usize) -> Option<usize> {
        self.rank[i].checked_sub(1).map(|k| self.nonblank[k])
    }

    /// Marks line `i` removed, for `reason`.
    pub fn remove(&mut self, i: usize, reason: RemovalReason) {
        self.roles[i] = Some(Role::Removed(reason));
    }

    /// Gives line `i` a role the article keeps.
    pub fn keep(&mut self, i: usize, role: LineRole) {
        self.roles[i] = Some(Role::Kept(role));
    }

    /// Is line `i` still unjudged?
    pub fn open(&self, i: usize) -> bool {
        self.roles[i].is_none()
    }

    /// Is line `i` removed for `reason`?
    pub fn removed_for(&self, i: usize, reason: RemovalReason) -> bool {
        self.roles[i] == Some(Role::Removed(reason))
    }

    /// Is line `i` a caption, or a caption's second copy?
    pub fn is_caption(&self, i: usize) -> bool {
        matches!(
            self.roles[i],
            Some(Role::Kept(LineRole::Caption) | Role::Removed(RemovalReason::DuplicateCaption))
        )
    }

    /// Every line with its role (body where no pass judged it).
    pub fn finish(mut self) -> Classified {
        let n = self.raw.len();
        self.out.lines.reserve_exact(n);
        for i in 0..n {
            let (role, reason) = match self.roles[i] {
                Some(Role::Kept(role)) => (role, None),
                Some(Role::Removed(reason)) => (LineRole::Removed, Some(reason)),
                None => (LineRole::Body, None),
            };
            self.out.lines.push(ClassifiedLine {
                line: self.raw[i].clone(),
                content: self.content[i].clone(),
                role,
                reason,
            });
        }
        self.out
    }
}
