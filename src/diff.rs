//! Word-level diff of two near-identical texts: wire copy against an
//! outlet's rewrite, or two versions of one story.
//!
//! The texts are cut into tokens (words, whitespace runs, single punctuation
//! marks), so a change can only start or end between tokens and no word is
//! ever split. Matching tokens are found in two passes that keep the work
//! linear in practice: tokens that occur exactly once on both sides anchor the
//! match (patience diff), and only the short stretches between anchors are
//! matched exhaustively, under a budget proportional to the input. Past the
//! budget a stretch is reported as replaced, which is the honest answer for
//! texts that are not near-identical anyway.
//!
//! A cleanup pass then folds trivial equal fragments (a space, a comma, "a")
//! that sit between two changes into the change, so the reader sees "three
//! injured" → "four people hurt" rather than a confetti of one-word edits.

use crate::lexicon::hash::FnvBuild;
use crate::model::Span;
use crate::offsets::Utf16Index;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What a diff chunk does to turn `a` into `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub enum DiffOp {
    /// The text is in both.
    Equal,
    /// The text is only in `a`.
    Delete,
    /// The text is only in `b`.
    Insert,
}

/// A run of text with one operation. Spans are UTF-16 offsets into the text
/// the chunk comes from: `a` for equal and deleted text, `b` for equal and
/// inserted text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct DiffChunk {
    /// Whether the chunk is in both texts, only in `a`, or only in `b`.
    pub op: DiffOp,
    /// The chunk's text, exactly as written in the text it comes from.
    pub text: String,
    /// Where the chunk stands in `a`: set for equal and deleted chunks.
    pub a: Option<Span>,
    /// Where the chunk stands in `b`: set for equal and inserted chunks.
    pub b: Option<Span>,
}

/// The result of [`diff`]. Joining the equal and deleted chunks gives `a`
/// back exactly; joining the equal and inserted chunks gives `b`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct TextDiff {
    /// The chunks in text order; see the type's documentation for how they give back each text.
    pub chunks: Vec<DiffChunk>,
    /// Words the two texts share in order, over the words of the longer text
    /// (0..1): 1 for the same words, near 0 for unrelated texts.
    pub similarity: f64,
    /// Words in both texts, in order: the counts let the page say how much a rewrite changed.
    pub words_equal: usize,
    /// Words only in `a`: what the rewrite dropped.
    pub words_deleted: usize,
    /// Words only in `b`: what the rewrite added.
    pub words_inserted: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Word,
    Space,
    Mark,
}

#[derive(Debug, Clone)]
struct Token {
    bytes: Range<usize>,
    kind: TokenKind,
}

/// Marks that stay inside a word when letters or digits stand on both sides:
/// "don't", "well-known", "2,000", "3.5".
fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | ',' | '.' | '·')
}

/// The kind of token a grapheme cluster starts or continues, by its first
/// character.
fn kind_of(grapheme: &str) -> TokenKind {
    let c = grapheme.chars().next().unwrap_or(' ');
    if c.is_alphanumeric() {
        TokenKind::Word
    } else if c.is_whitespace() {
        TokenKind::Space
    } else {
        TokenKind::Mark
    }
}

/// Cuts the text into words, whitespace runs and single marks, over
/// extended grapheme clusters (UAX #29) rather than code points: a flag
/// (two regional indicators), a letter with combining marks, an emoji with
/// its skin tone, variation selector or joiners is one unit, so a change
/// never cuts through what the reader sees as one character.
fn tokenize(text: &str) -> Vec<Token> {
    let graphemes: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < graphemes.len() {
        let (start, g) = graphemes[i];
        let kind = kind_of(g);
        let mut j = i + 1;
        match kind {
            TokenKind::Word => {
                while j < graphemes.len() {
                    let g = graphemes[j].1;
                    let first = g.chars().next().unwrap_or(' ');
                    let inner = g.chars().count() == 1
                        && joins_word(first)
                        && graphemes.get(j + 1).is_some_and(|n| kind_of(n.1) == TokenKind::Word);
                    if kind_of(g) == TokenKind::Word {
                        j += 1;
                    } else if inner {
                        j += 2;
                    } else {
                        break;
                    }
                }
            }
            TokenKind::Space => {
                while j < graphemes.len() && kind_of(graphemes[j].1) == TokenKind::Space {
                    j += 1;
                }
            }
            TokenKind::Mark => {}
        }
        let j = j.min(graphemes.len());
        let end = graphemes.get(j).map_or(text.len(), |g| g.0);
        tokens.push(Token { bytes: start..end, kind });
        i = j;
    }
    tokens
}

/// Matched token pairs `(index in a, index in b)`, increasing in both.
struct Matcher<'t> {
    a: &'t [&'t str],
    b: &'t [&'t str],
    pairs: Vec<(usize, usize)>,
    /// Table cells the exhaustive matcher may still fill.
    budget: usize,
}

/// Stretches short enough to match exhaustively: at most this many cells.
const EXHAUSTIVE_CELLS: usize = 40_000;

impl Matcher<'_> {
    fn run(&mut self) {
        let mut work = vec![(0..self.a.len(), 0..self.b.len())];
        while let Some((mut ra, mut rb)) = work.pop() {
            // Common prefix and suffix cost nothing to match.
            while !ra.is_empty() && !rb.is_empty() && self.a[ra.start] == self.b[rb.start] {
                self.pairs.push((ra.start, rb.start));
                ra.start += 1;
                rb.start += 1;
            }
            while !ra.is_empty() && !rb.is_empty() && self.a[ra.end - 1] == self.b[rb.end - 1] {
                self.pairs.push((ra.end - 1, rb.end - 1));
                ra.end -= 1;
                rb.end -= 1;
            }
            if ra.is_empty() || rb.is_empty() {
                continue;
            }
            let anchors = self.unique_anchors(ra.clone(), rb.clone());
            if anchors.is_empty() {
                let cells = ra.len() * rb.len();
                if cells <= EXHAUSTIVE_CELLS && cells <= self.budget {
                    self.budget -= cells;
                    self.exhaustive(ra, rb);
                }
                // Otherwise the stretch stays unmatched: reported as replaced.
                continue;
            }
            let (mut pa, mut pb) = (ra.start, rb.start);
            for &(x, y) in &anchors {
                self.pairs.push((x, y));
                work.push((pa..x, pb..y));
                pa = x + 1;
                pb = y + 1;
            }
            work.push((pa..ra.end, pb..rb.end));
        }
        crate::lexicon::sort(&mut self.pairs);
    }

    /// Tokens found exactly once in each range, kept where their order agrees
    /// on both sides (the longest increasing run of their positions).
    fn unique_anchors(&self, ra: Range<usize>, rb: Range<usize>) -> Vec<(usize, usize)> {
        let mut seen: HashMap<&str, (usize, usize, usize, usize), FnvBuild> = HashMap::default();
        for i in ra {
            let e = seen.entry(self.a[i]).or_insert((0, 0, i, 0));
            e.0 += 1;
        }
        for j in rb {
            if let Some(e) = seen.get_mut(self.b[j]) {
                e.1 += 1;
                e.3 = j;
            }
        }
        let mut candidates: Vec<(usize, usize)> = seen
            .values()
            .filter(|e| e.0 == 1 && e.1 == 1 && !self.a[e.2].trim().is_empty())
            .map(|e| (e.2, e.3))
            .collect();
        crate::lexicon::sort(&mut candidates);
        longest_increasing_by_second(&candidates)
    }

    /// Classic longest-common-subsequence table for a short stretch.
    fn exhaustive(&mut self, ra: Range<usize>, rb: Range<usize>) {
        let (n, m) = (ra.len(), rb.len());
        let width = m + 1;
        let mut table = vec![0u32; (n + 1) * width];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                table[i * width + j] = if self.a[ra.start + i] == self.b[rb.start + j] {
                    table[(i + 1) * width + j + 1] + 1
                } else {
                    table[(i + 1) * width + j].max(table[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            if self.a[ra.start + i] == self.b[rb.start + j] {
                self.pairs.push((ra.start + i, rb.start + j));
                i += 1;
                j += 1;
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
}

/// The longest subsequence of `pairs` (sorted by first) increasing in second,
/// in O(n log n).
fn longest_increasing_by_second(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, y)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].1 < y);
        previous[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(k) = at {
        out.push(pairs[k]);
        at = previous[k];
    }
    out.reverse();
    out
}

/// A stretch of tokens: equal on both sides, or changed (`a` replaced by `b`).
#[derive(Debug, Clone)]
struct Run {
    equal: bool,
    a: Range<usize>,
    b: Range<usize>,
}

/// Whether an equal run is too slight to stand between two changes: only
/// spaces and punctuation, or one short word with them ("a", "of", "were").
fn is_trivial(tokens: &[Token], text: &str, range: Range<usize>) -> bool {
    let words: Vec<&Token> = tokens[range].iter().filter(|t| t.kind == TokenKind::Word).collect();
    match words.as_slice() {
        [] => true,
        [only] => text[only.bytes.clone()].chars().count() <= 4,
        _ => false,
    }
}

fn runs(pairs: &[(usize, usize)], na: usize, nb: usize) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let (mut i, mut j) = (0, 0);
    let push = |run: Run, out: &mut Vec<Run>| {
        if run.a.is_empty() && run.b.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.equal == run.equal => {
                last.a.end = run.a.end;
                last.b.end = run.b.end;
            }
            _ => out.push(run),
        }
    };
    for &(x, y) in pairs {
        push(Run { equal: false, a: i..x, b: j..y }, &mut out);
        push(Run { equal: true, a: x..x + 1, b: y..y + 1 }, &mut out);
        i = x + 1;
        j = y + 1;
    }
    push(Run { equal: false, a: i..na, b: j..nb }, &mut out);
    out
}

/// Folds trivial equal runs that sit between two changes into one change.
fn merge_trivial(runs: Vec<Run>, tokens_a: &[Token], text_a: &str) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    let mut iter = runs.into_iter().peekable();
    while let Some(run) = iter.next() {
        let between_changes = run.equal
            && out.last().is_some_and(|r: &Run| !r.equal)
            && iter.peek().is_some_and(|r| !r.equal)
            && is_trivial(tokens_a, text_a, run.a.clone());
        if between_changes {
            let next = iter.next().expect("peeked");
            let last = out.last_mut().expect("checked");
            last.a.end = next.a.end;
            last.b.end = next.b.end;
        } else {
            out.push(run);
        }
    }
    out
}

fn byte_range(tokens: &[Token], range: &Range<usize>, text_len: usize) -> Range<usize> {
    let start = tokens.get(range.start).map_or(text_len, |t| t.bytes.start);
    let end = if range.is_empty() { start } else { tokens[range.end - 1].bytes.end };
    start..end
}

fn count_words(tokens: &[Token], range: Range<usize>) -> usize {
    tokens[range].iter().filter(|t| t.kind == TokenKind::Word).count()
}

/// Diffs `a` against `b` word by word. Any two strings are accepted; the work
/// stays linear in their length.
pub fn diff(a: &str, b: &str) -> TextDiff {
    let (tokens_a, tokens_b) = (tokenize(a), tokenize(b));
    let strs_a: Vec<&str> = tokens_a.iter().map(|t| &a[t.bytes.clone()]).collect();
    let strs_b: Vec<&str> = tokens_b.iter().map(|t| &b[t.bytes.clone()]).collect();
    let mut matcher = Matcher {
        a: &strs_a,
        b: &strs_b,
        pairs: Vec::new(),
        budget: 64 * (strs_a.len() + strs_b.len()) + 1_000_000,
    };
    matcher.run();
    let runs = merge_trivial(runs(&matcher.pairs, tokens_a.len(), tokens_b.len()), &tokens_a, a);

    let (index_a, index_b) = (Utf16Index::new(a), Utf16Index::new(b));
    let mut chunks = Vec::new();
    let (mut words_equal, mut words_deleted, mut words_inserted) = (0, 0, 0);
    for run in runs {
        let ba = byte_range(&tokens_a, &run.a, a.len());
        let bb = byte_range(&tokens_b, &run.b, b.len());
        if run.equal {
            words_equal += count_words(&tokens_a, run.a.clone());
            chunks.push(DiffChunk {
                op: DiffOp::Equal,
                text: a[ba.clone()].to_string(),
                a: Some(index_a.span(ba.start, ba.end)),
                b: Some(index_b.span(bb.start, bb.end)),
            });
            continue;
        }
        if !ba.is_empty() {
            words_deleted += count_words(&tokens_a, run.a.clone());
            chunks.push(DiffChunk {
                op: DiffOp::Delete,
                text: a[ba.clone()].to_string(),
                a: Some(index_a.span(ba.start, ba.end)),
                b: None,
            });
        }
        if !bb.is_empty() {
            words_inserted += count_words(&tokens_b, run.b.clone());
            chunks.push(DiffChunk {
                op: DiffOp::Insert,
                text: b[bb.clone()].to_string(),
                a: None,
                b: Some(index_b.span(bb.start, bb.end)),
            });
        }
    }
    let longest =
        count_words(&tokens_a, 0..tokens_a.len()).max(count_words(&tokens_b, 0..tokens_b.len()));
    let similarity = if longest == 0 {
        if a == b {
            1.0
        } else {
            0.0
        }
    } else {
        words_equal as f64 / longest as f64
    };
    TextDiff { chunks, similarity, words_equal, words_deleted, words_inserted }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(d: &TextDiff, keep: DiffOp) -> String {
        d.chunks
            .iter()
            .filter(|c| c.op == DiffOp::Equal || c.op == keep)
            .map(|c| c.text.as_str())
            .collect()
    }

    fn changes(d: &TextDiff) -> Vec<(DiffOp, &str)> {
        d.chunks.iter().filter(|c| c.op != DiffOp::Equal).map(|c| (c.op, c.text.as_str())).collect()
    }

    #[test]
    fn identical_texts_are_one_equal_chunk() {
        let d = diff("The ferry sank.", "The ferry sank.");
        assert_eq!(d.chunks.len(), 1);
        assert_eq!(d.chunks[0].op, DiffOp::Equal);
        assert_eq!(d.similarity, 1.0);
    }

    #[test]
    fn a_changed_figure_is_a_whole_word_change() {
        let d = diff(
            "Rescuers found 12 survivors on Tuesday.",
            "Rescuers found 14 survivors on Tuesday.",
        );
        assert_eq!(changes(&d), vec![(DiffOp::Delete, "12"), (DiffOp::Insert, "14")]);
        let d = diff("It cost 2,000 crowns.", "It cost 2,500 crowns.");
        assert_eq!(changes(&d), vec![(DiffOp::Delete, "2,000"), (DiffOp::Insert, "2,500")]);
    }

    #[test]
    fn never_splits_a_word() {
        let d = diff("The colour of the harbour", "The color of the harbor");
        assert_eq!(side(&d, DiffOp::Delete), "The colour of the harbour");
        assert_eq!(side(&d, DiffOp::Insert), "The color of the harbor");
        for c in &d.chunks {
            if c.op != DiffOp::Equal {
                assert!(
                    ["colour", "color", "harbour", "harbor"].contains(&c.text.as_str()),
                    "{:?}",
                    c.text
                );
            }
        }
    }

    #[test]
    fn trivial_fragments_between_changes_are_merged() {
        let d = diff("Three were injured, police said.", "Four people were hurt, officials said.");
        // "were" is a short word between two changes, and ", " is punctuation:
        // both fold into the surrounding changes.
        assert_eq!(
            changes(&d),
            vec![
                (DiffOp::Delete, "Three were injured, police"),
                (DiffOp::Insert, "Four people were hurt, officials")
            ]
        );
        assert_eq!(side(&d, DiffOp::Delete), "Three were injured, police said.");
    }

    #[test]
    fn meaningful_equal_words_are_kept_between_changes() {
        let d = diff(
            "The mayor of Avalon resigned on Monday",
            "The governor of Avalon resigned on Friday",
        );
        assert_eq!(
            changes(&d),
            vec![
                (DiffOp::Delete, "mayor"),
                (DiffOp::Insert, "governor"),
                (DiffOp::Delete, "Monday"),
                (DiffOp::Insert, "Friday")
            ]
        );
    }

    #[test]
    fn spans_are_utf16_on_quotes_dashes_emoji_and_crlf() {
        let a = "“We tried” — the 🚤 captain’s words.\r\nSix were rescued. 👩‍👩‍👧 waited.";
        let b = "“We tried” — the 🚤 skipper’s words.\r\nSeven were rescued. 👩‍👩‍👦 waited.";
        let d = diff(a, b);
        assert_eq!(side(&d, DiffOp::Delete), a);
        assert_eq!(side(&d, DiffOp::Insert), b);
        let a16: Vec<u16> = a.encode_utf16().collect();
        let b16: Vec<u16> = b.encode_utf16().collect();
        for c in &d.chunks {
            if let Some(s) = c.a {
                assert_eq!(String::from_utf16(&a16[s.start..s.end]).unwrap(), c.text);
            }
            if let Some(s) = c.b {
                assert_eq!(String::from_utf16(&b16[s.start..s.end]).unwrap(), c.text);
            }
        }
        assert!(changes(&d).contains(&(DiffOp::Delete, "captain’s")), "{:?}", changes(&d));
        assert!(
            changes(&d).contains(&(DiffOp::Delete, "👩‍👩‍👧")),
            "the family emoji stays whole: {:?}",
            changes(&d)
        );
    }

    #[test]
    fn empty_and_unrelated_inputs() {
        let d = diff("", "");
        assert!(d.chunks.is_empty());
        assert_eq!(d.similarity, 1.0);
        let d = diff("", "New text.");
        assert_eq!(changes(&d), vec![(DiffOp::Insert, "New text.")]);
        let d = diff("alpha beta gamma", "delta epsilon");
        assert_eq!(d.similarity, 0.0);
        assert_eq!(side(&d, DiffOp::Delete), "alpha beta gamma");
    }

    #[test]
    fn long_repetitive_unrelated_texts_stay_fast() {
        // No unique anchors and a huge stretch: must not go quadratic.
        let a = "the a ".repeat(60_000);
        let b = "an of ".repeat(60_000);
        let started = std::time::Instant::now();
        let d = diff(&a, &b);
        assert_eq!(side(&d, DiffOp::Delete), a);
        assert_eq!(side(&d, DiffOp::Insert), b);
        assert!(started.elapsed().as_secs_f64() < 5.0, "took {:?}", started.elapsed());
    }

    #[test]
    fn a_long_rewrite_with_a_few_edits_is_found_exactly() {
        let base: Vec<String> = (0..3000).map(|i| format!("word{i}")).collect();
        let mut edited = base.clone();
        edited[100] = "changed".into();
        edited.remove(2000);
        let d = diff(&base.join(" "), &edited.join(" "));
        assert_eq!(d.words_deleted, 2);
        assert_eq!(d.words_inserted, 1);
    }

    #[test]
    fn a_changed_flag_is_replaced_whole() {
        // 🇺🇸 and 🇺🇦 share their first regional indicator; cut by code
        // points, "🇺" came out unchanged and "🇸" → "🇦".
        let d = diff("Flags: 🇺🇸 here", "Flags: 🇺🇦 here");
        let deleted: Vec<&str> =
            d.chunks.iter().filter(|c| c.op == DiffOp::Delete).map(|c| c.text.as_str()).collect();
        let inserted: Vec<&str> =
            d.chunks.iter().filter(|c| c.op == DiffOp::Insert).map(|c| c.text.as_str()).collect();
        assert_eq!((deleted, inserted), (vec!["🇺🇸"], vec!["🇺🇦"]));
    }

    #[test]
    fn a_changed_combining_mark_takes_its_base_letter_with_it() {
        // U+1DC0 and U+1DC1 are combining marks outside the ranges the
        // old code-point rule knew; the mark belongs to the "x" before it.
        let d = diff("mark x\u{1DC0} end", "mark x\u{1DC1} end");
        let deleted: Vec<&str> =
            d.chunks.iter().filter(|c| c.op == DiffOp::Delete).map(|c| c.text.as_str()).collect();
        assert_eq!(deleted, vec!["x\u{1DC0}"]);
    }

    /// Every cut falls on an extended grapheme cluster boundary.
    #[cfg(not(target_arch = "wasm32"))]
    fn cuts_between_graphemes(text: &str, mut spans: impl Iterator<Item = Span>) -> bool {
        let index = Utf16Index::new(text);
        let bounds: std::collections::HashSet<usize> = text
            .grapheme_indices(true)
            .map(|(at, _)| at)
            .chain(std::iter::once(text.len()))
            .collect();
        spans.all(|s| {
            let r = index.bytes(s);
            bounds.contains(&r.start) && bounds.contains(&r.end)
        })
    }

    /// No chunk boundary falls inside a word: the characters on both sides
    /// of every cut are not both letters or digits.
    #[cfg(not(target_arch = "wasm32"))]
    fn cuts_between_words(text: &str, mut spans: impl Iterator<Item = Span>) -> bool {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        spans.all(|s| {
            [s.start, s.end].iter().all(|&at| {
                if at == 0 || at >= utf16.len() {
                    return true;
                }
                let before = char::decode_utf16(utf16[..at].iter().rev().copied()).next().and_then(Result::ok);
                let after = char::decode_utf16(utf16[at..].iter().copied()).next().and_then(Result::ok);
                !matches!((before, after), (Some(x), Some(y)) if x.is_alphanumeric() && y.is_alphanumeric())
            })
        })
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        #[test]
        fn any_pair_is_rebuilt_exactly_and_cut_between_words(
            a in "(ferry|sank|12|14|the|a|“|”|—|🚤|👩‍👩‍👧|é|e\u{301}|x\u{1DC0}|🇺🇸|🇺🇦|👍🏽|✌\u{FE0F}|\\r\\n| |, |\\.|don't|2,000){0,40}",
            b in "(ferry|sank|12|14|the|a|“|”|—|🚤|👩‍👩‍👧|é|e\u{301}|x\u{1DC0}|🇺🇸|🇺🇦|👍🏽|✌\u{FE0F}|\\r\\n| |, |\\.|don't|2,000){0,40}",
        ) {
            let d = diff(&a, &b);
            proptest::prop_assert_eq!(side(&d, DiffOp::Delete), a.clone());
            proptest::prop_assert_eq!(side(&d, DiffOp::Insert), b.clone());
            proptest::prop_assert!(cuts_between_words(&a, d.chunks.iter().filter_map(|c| c.a)));
            proptest::prop_assert!(cuts_between_words(&b, d.chunks.iter().filter_map(|c| c.b)));
            proptest::prop_assert!(cuts_between_graphemes(&a, d.chunks.iter().filter_map(|c| c.a)));
            proptest::prop_assert!(cuts_between_graphemes(&b, d.chunks.iter().filter_map(|c| c.b)));
            // Changes never sit next to each other without an equal chunk
            // between them, except a deletion followed by its insertion.
            for w in d.chunks.windows(2) {
                proptest::prop_assert!(!(w[0].op == w[1].op), "two {:?} chunks in a row", w[0].op);
                proptest::prop_assert!(!(w[0].op == DiffOp::Insert && w[1].op == DiffOp::Delete));
            }
            // Pasting a text against itself finds nothing to change.
            proptest::prop_assert!(diff(&a, &a).chunks.iter().all(|c| c.op == DiffOp::Equal));
        }
    }
}
