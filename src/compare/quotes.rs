//! The quotes several articles share.
//!
//! Quotes are the parser's (`Article::quotes`, with their speakers): nothing
//! here reads the text again, so the quote a user sees highlighted is the
//! quote compared. Outlets trim, re-punctuate and lightly reword a quote, so
//! two quotes are matched on their folded words (see
//! [`super::normalize::words`]), not their characters: the words of the two
//! quotes are aligned by their longest common subsequence
//! ([`word_alignment`]), the alignment is cut where more than [`MAX_GAP`]
//! words of either quote go unmatched ([`densest_stretch`]), and the pair is
//! one quote when that stretch passes [`is_same_quote`]. Candidates come
//! from an index of content words, so the cost grows with the number of
//! quotes, not its square. The words that differ inside the shared stretch
//! are reported per occurrence ([`QuoteOccurrence::differs`]).

use super::normalize::words;
use super::union_find::UnionFind;
use super::Prepared;
use crate::lexicon::hash::{fnv1a, FnvBuild};
use crate::model::{QuoteOccurrence, SharedQuote, Span};
use std::collections::HashMap;
use std::rc::Rc;

/// What two quotes must share to be one quote. Fitted by
/// `cargo run --release --example fit_quotes` on the odd-numbered groups of
/// `bench/quotes/` (a grid over these values: the most planted quotes found
/// with precision ≥ 95% and no planted near miss matched; of the rules that
/// tie, each value's median); the even-numbered groups are the held-out
/// figures `./x eval --only quotes` reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuoteRule {
    /// The fewest aligned words: shorter agreements are common phrases.
    pub min_words: usize,
    /// The fewest aligned content (not function) words: "we will not be
    /// able to" is no quote.
    pub min_content: usize,
    /// The least share of the stretch's words, on both sides, that align
    /// ([`Stretch::density`]).
    pub min_density: f64,
    /// The least share of the shorter quote's words that align…
    pub min_coverage: f64,
    /// …unless at least this many words align: a long common stretch of two
    /// long quotes that each go on (one outlet quotes more of the speech).
    pub long_stretch: usize,
    /// The most [`Stretch::diverging`] content words.
    pub max_diverging: usize,
    /// The least density when the two quotes name different speakers
    /// ([`speakers_differ`]): two people's similar words need near-verbatim
    /// agreement, one person's words reported twice do not.
    pub other_speaker_density: f64,
}

/// The fitted rule (see [`QuoteRule`]).
pub const RULE: QuoteRule = QuoteRule {
    min_words: 4,
    min_content: 2,
    min_density: 0.8,
    min_coverage: 0.5,
    long_stretch: 8,
    max_diverging: 0,
    other_speaker_density: 0.9,
};

/// The most words of either quote an aligned stretch may skip in one place
/// before it ends: a reworded clause, not another sentence.
pub const MAX_GAP: usize = 3;

/// The most words of a quote aligned (longer quotes are cut): a bound on
/// the alignment's cost.
const MAX_QUOTE_WORDS: usize = 300;

/// A content word in more quotes than this is not used to find candidates.
const MAX_POSTINGS: usize = 128;

/// A folded word of a quote, with its byte range in the article text.
#[derive(Debug, Clone)]
pub struct QuoteWord {
    pub stem: Rc<str>,
    /// A function word ("the", "we").
    pub stop: bool,
    /// A name or a number: capitalised inside a sentence, or a digit
    /// ([`is_name_or_number`]).
    pub named: bool,
    pub start: usize,
    pub end: usize,
}

/// A quote of one article, as the parser found it.
#[derive(Debug, Clone)]
pub struct FoundQuote {
    pub article: usize,
    /// Index in the article's `quotes`.
    pub item: usize,
    pub text: String,
    pub span: Span,
    pub sentence: usize,
    pub speaker: Option<String>,
    /// Where the quote starts in the article text, in bytes.
    byte_start: usize,
    /// Folded words with their byte ranges in the article text.
    pub words: Vec<QuoteWord>,
}

/// All quotes of all articles, in article order: the parser's.
pub fn collect(docs: &[Prepared]) -> Vec<FoundQuote> {
    let mut out = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        for (i, q) in d.article.quotes.iter().enumerate() {
            let r = d.index.bytes(q.span);
            let text = d.article.text.get(r.clone()).unwrap_or("").to_string();
            let ws = words(&text)
                .into_iter()
                .take(MAX_QUOTE_WORDS)
                .map(|w| QuoteWord {
                    named: is_name_or_number(&text, w.start, w.raw),
                    stem: w.stem,
                    stop: w.stop,
                    start: r.start + w.start,
                    end: r.start + w.end,
                })
                .collect();
            out.push(FoundQuote {
                article: a,
                item: i,
                span: q.span,
                text,
                sentence: q.sentence,
                speaker: q.speaker.clone(),
                byte_start: r.start,
                words: ws,
            });
        }
    }
    out
}

/// Whether a word of a quote names someone or something, or is a number:
/// it starts with a digit, or with a capital when it does not open the quote
/// or a sentence. Two quotes that differ in such a word ("the families of
/// Marroscor", "the families of Elhol") are two quotes ([`names_differ`]).
pub fn is_name_or_number(quote: &str, start: usize, raw: &str) -> bool {
    let first = raw.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() {
        return true;
    }
    if !first.is_uppercase() {
        return false;
    }
    let before =
        quote[..start].trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'(".contains(c));
    !(before.is_empty() || before.ends_with(['.', '!', '?', ':', '…', '—']))
}

/// The gaps of an aligned stretch, each as the words of one quote and of the
/// other that are not aligned: between two aligned words, and up to
/// `MAX_GAP + 1` words past either end where both quotes go on.
fn gaps(
    a: &[QuoteWord],
    b: &[QuoteWord],
    pairs: &[(usize, usize)],
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let (Some(f), Some(l)) = (pairs.first(), pairs.last()) else { return Vec::new() };
    let reach = MAX_GAP + 1;
    let mut out = vec![
        (f.0.saturating_sub(reach)..f.0, f.1.saturating_sub(reach)..f.1),
        (l.0 + 1..(l.0 + 1 + reach).min(a.len()), l.1 + 1..(l.1 + 1 + reach).min(b.len())),
    ];
    out.extend(pairs.windows(2).map(|w| (w[0].0 + 1..w[1].0, w[0].1 + 1..w[1].1)));
    out
}

/// Whether two quotes put different names or numbers in one place of their
/// shared stretch (or just past its end, where both go on): "help the
/// families of Marroscor" and "help the families of Elhol" are two
/// speakers' words on two towns, however many words they share.
pub fn names_differ(a: &[QuoteWord], b: &[QuoteWord], pairs: &[(usize, usize)]) -> bool {
    gaps(a, b, pairs)
        .into_iter()
        .any(|(ga, gb)| a[ga].iter().any(|w| w.named) && b[gb].iter().any(|w| w.named))
}

/// Content words past the ends of an aligned stretch, up to `MAX_GAP + 1`
/// words out, where both quotes go on: the fewer of the two sides' counts,
/// at each end. A trimmed or partial quote ends where the stretch ends; two
/// speakers' similar words ("a wonderful moment for the zoo and for the
/// species", "… and for the whole city") go their own ways.
pub fn diverging_words(a: &[QuoteWord], b: &[QuoteWord], pairs: &[(usize, usize)]) -> usize {
    let content = |ws: &[QuoteWord]| ws.iter().filter(|w| !w.stop).count();
    gaps(a, b, pairs).into_iter().take(2).map(|(ga, gb)| content(&a[ga]).min(content(&b[gb]))).sum()
}

/// Whether two quotes' speakers are two people: both named, with different
/// last words once folded ("Mayor Ada Quill" and "Quill" are one; "Yusuf
/// Bell" and "a union official" two).
pub fn speakers_differ(a: Option<&str>, b: Option<&str>) -> bool {
    let last = |s: &str| words(s).last().map(|w| w.stem.to_string());
    match (a.and_then(last), b.and_then(last)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// The stretch two found quotes share, with their speakers weighed.
fn pair_stretch(x: &FoundQuote, y: &FoundQuote) -> (Vec<(usize, usize)>, Stretch) {
    let (pairs, mut s) = stretch(&x.words, &y.words);
    s.speakers_differ = speakers_differ(x.speaker.as_deref(), y.speaker.as_deref());
    (pairs, s)
}

/// The longest common subsequence of two quotes' folded words, as pairs of
/// word indices in order.
pub fn word_alignment(a: &[QuoteWord], b: &[QuoteWord]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[at(i, j)] = if a[i].stem == b[j].stem {
                t[at(i + 1, j + 1)] + 1
            } else {
                t[at(i + 1, j)].max(t[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        // Two equal words are aligned when the alignment needs them, or when
        // the next words agree too: "The cables were the first thing" keeps
        // its second "the" for "the first thing", not its first.
        let needed = t[at(i, j)] > t[at(i + 1, j)].max(t[at(i, j + 1)]);
        let run_goes_on = i + 1 < n && j + 1 < m && a[i + 1].stem == b[j + 1].stem;
        if a[i].stem == b[j].stem && (needed || run_goes_on) {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[at(i + 1, j)] >= t[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The stretch of an alignment with the most aligned words, cut wherever
/// more than [`MAX_GAP`] content words of either quote go unmatched between
/// two aligned ones: scattered common words ("the", "we", "said") are no
/// quote, while "it" for "they" or "was" for "were" is a reword.
pub fn densest_stretch<'p>(
    a: &[QuoteWord],
    b: &[QuoteWord],
    pairs: &'p [(usize, usize)],
) -> &'p [(usize, usize)] {
    let content = |ws: &[QuoteWord]| ws.iter().filter(|w| !w.stop).count();
    let mut best: &[(usize, usize)] = &[];
    let mut from = 0;
    for k in 1..=pairs.len() {
        let ends = k == pairs.len()
            || content(&a[pairs[k - 1].0 + 1..pairs[k].0]) > MAX_GAP
            || content(&b[pairs[k - 1].1 + 1..pairs[k].1]) > MAX_GAP;
        if ends {
            if k - from > best.len() {
                best = &pairs[from..k];
            }
            from = k;
        }
    }
    best
}

/// What an aligned stretch of two quotes is made of: the figures
/// [`is_same_quote`] weighs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stretch {
    /// Aligned words.
    pub words: usize,
    /// Aligned content words.
    pub content: usize,
    /// 2·aligned / (the stretch's length in one quote + in the other),
    /// leaving out function words the other quote lacks.
    pub density: f64,
    /// Aligned words over the shorter quote's words.
    pub coverage: f64,
    /// Different names or numbers in one place ([`names_differ`]).
    pub names_differ: bool,
    /// Content words where both quotes go on past an end of the stretch
    /// with words the other lacks ([`diverging_words`]).
    pub diverging: usize,
    /// Both quotes name a speaker, and not the same ([`speakers_differ`]).
    pub speakers_differ: bool,
}

/// The stretch two quotes share and what it is made of.
pub fn stretch(a: &[QuoteWord], b: &[QuoteWord]) -> (Vec<(usize, usize)>, Stretch) {
    let pairs = word_alignment(a, b);
    let best = densest_stretch(a, b, &pairs).to_vec();
    let figures = match (best.first(), best.last()) {
        (Some(f), Some(l)) => {
            // Unaligned function words do not count against the stretch.
            let stop_a = a[f.0..=l.0].iter().filter(|w| w.stop).count()
                - best.iter().filter(|p| a[p.0].stop).count();
            let stop_b = b[f.1..=l.1].iter().filter(|w| w.stop).count()
                - best.iter().filter(|p| b[p.1].stop).count();
            let span = (l.0 - f.0 + 1) + (l.1 - f.1 + 1) - stop_a - stop_b;
            Stretch {
                words: best.len(),
                content: best.iter().filter(|p| !a[p.0].stop).count(),
                density: 2.0 * best.len() as f64 / span as f64,
                coverage: best.len() as f64 / a.len().min(b.len()).max(1) as f64,
                names_differ: names_differ(a, b, &best),
                diverging: diverging_words(a, b, &best),
                speakers_differ: false,
            }
        }
        _ => Stretch {
            words: 0,
            content: 0,
            density: 0.0,
            coverage: 0.0,
            names_differ: false,
            diverging: 0,
            speakers_differ: false,
        },
    };
    (best, figures)
}

/// Whether a shared stretch makes two quotes one quote under `rule`: enough
/// aligned words and content words, densely aligned on both sides, and
/// covering most of the shorter quote unless the stretch is long.
pub fn is_same_quote(s: &Stretch, rule: &QuoteRule) -> bool {
    !s.names_differ
        && s.diverging <= rule.max_diverging
        && (!s.speakers_differ || s.density >= rule.other_speaker_density)
        && s.words >= rule.min_words
        && s.content >= rule.min_content
        && s.density >= rule.min_density
        && (s.coverage >= rule.min_coverage || s.words >= rule.long_stretch)
}

/// Candidate pairs of quotes of different articles that share at least two
/// keys (content words and word pairs) that are not in too many quotes, in
/// order.
fn candidates(quotes: &[FoundQuote]) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u64, Vec<usize>, FnvBuild> = HashMap::default();
    for (qi, q) in quotes.iter().enumerate() {
        let content = q.words.iter().filter(|w| !w.stop).map(|w| fnv1a(w.stem.as_bytes()));
        let bigrams =
            q.words.windows(2).map(|w| fnv1a(format!("{} {}", w[0].stem, w[1].stem).as_bytes()));
        let mut seen: Vec<u64> = content.chain(bigrams).collect();
        seen.sort_unstable();
        seen.dedup();
        for s in seen {
            postings.entry(s).or_default().push(qi);
        }
    }
    let mut shared: HashMap<(usize, usize), usize, FnvBuild> = HashMap::default();
    let mut keys: Vec<u64> = postings.keys().copied().collect();
    keys.sort_unstable();
    for list in keys.iter().map(|k| &postings[k]) {
        if list.len() > MAX_POSTINGS {
            continue;
        }
        for (k, &x) in list.iter().enumerate() {
            for &y in &list[k + 1..] {
                if quotes[x].article != quotes[y].article {
                    *shared.entry((x.min(y), x.max(y))).or_default() += 1;
                }
            }
        }
    }
    let mut out: Vec<(usize, usize)> =
        shared.into_iter().filter(|&(_, n)| n >= 2).map(|(p, _)| p).collect();
    crate::lexicon::sort(&mut out);
    out
}

/// One candidate pair of quotes and what their stretch is made of, for the
/// re-fit program (`examples/fit_quotes.rs`).
#[derive(Debug, Clone)]
pub struct QuotePair {
    /// (article, quote text) of each quote.
    pub a: (usize, String),
    /// The other quote, likewise.
    pub b: (usize, String),
    /// The matched stretch of the two, which the rule judges.
    pub stretch: Stretch,
}

/// Every candidate pair of `articles`' quotes with its stretch.
pub fn quote_pairs(articles: &[crate::model::Article]) -> Vec<QuotePair> {
    let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
    let quotes = collect(&docs);
    candidates(&quotes)
        .into_iter()
        .map(|(x, y)| QuotePair {
            a: (quotes[x].article, quotes[x].text.clone()),
            b: (quotes[y].article, quotes[y].text.clone()),
            stretch: pair_stretch(&quotes[x], &quotes[y]).1,
        })
        .collect()
}

/// The shared quotes of `articles` under `rule` (speakers as written, no
/// participants): for the re-fit program and the dashboard.
pub fn shared_quotes_under(
    articles: &[crate::model::Article],
    rule: &QuoteRule,
) -> Vec<SharedQuote> {
    let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
    shared_under(&docs, &collect(&docs), rule)
}

/// Quotes that appear in more than one article, under the fitted [`RULE`].
pub fn shared(docs: &[Prepared], quotes: &[FoundQuote]) -> Vec<SharedQuote> {
    shared_under(docs, quotes, &RULE)
}

/// Quotes that appear in more than one article under `rule`.
pub fn shared_under(
    docs: &[Prepared],
    quotes: &[FoundQuote],
    rule: &QuoteRule,
) -> Vec<SharedQuote> {
    let mut joined = UnionFind::new(quotes.len());
    for (x, y) in candidates(quotes) {
        let (_, s) = pair_stretch(&quotes[x], &quotes[y]);
        if is_same_quote(&s, rule) {
            joined.union(x, y);
        }
    }
    joined
        .groups()
        .into_iter()
        .filter(|m| m.len() > 1)
        .map(|members| one_shared(docs, quotes, &members, rule))
        .collect()
}

/// A group of matched quotes as one shared quote: its text is the
/// reference's (the shortest quote's) stretch that every other occurrence matched
/// with it directly aligns with, and each occurrence lists the runs of its words inside its
/// stretch that the reference does not have (the reference: those no other
/// occurrence has).
fn one_shared(
    docs: &[Prepared],
    quotes: &[FoundQuote],
    members: &[usize],
    rule: &QuoteRule,
) -> SharedQuote {
    let reference = *members.iter().min_by_key(|&&m| (quotes[m].words.len(), m)).unwrap_or(&0);
    let rq = &quotes[reference];
    // (occurrence, its differing runs); each member once.
    let mut differs: Vec<(usize, Vec<Span>)> = Vec::new();
    // Reference words within every stretch (the shared text) and those some
    // other occurrence aligns with.
    let (mut lo, mut hi) = (0, rq.words.len());
    let mut matched_in_ref = vec![0usize; rq.words.len()];
    let mut within_ref = vec![0usize; rq.words.len()];
    let mut others = 0;
    for &m in members.iter().filter(|&&m| m != reference) {
        let q = &quotes[m];
        let (pairs, s) = pair_stretch(rq, q);
        // An occurrence joined through another one, not the reference, says
        // nothing about the reference's words.
        if !is_same_quote(&s, rule) {
            continue;
        }
        let (Some(f), Some(l)) = (pairs.first(), pairs.last()) else { continue };
        others += 1;
        lo = lo.max(f.0);
        hi = hi.min(l.0 + 1);
        for p in &pairs {
            matched_in_ref[p.0] += 1;
        }
        for w in &mut within_ref[f.0..=l.0] {
            *w += 1;
        }
        let aligned: Vec<usize> = pairs.iter().map(|p| p.1).collect();
        differs.push((m, unaligned_runs(docs, q, f.1..l.1 + 1, &aligned)));
    }
    // The reference's own differing words: inside some stretch, aligned by
    // none of the occurrences whose stretch covers them.
    let kept: Vec<usize> =
        (0..rq.words.len()).filter(|&i| within_ref[i] == 0 || matched_in_ref[i] > 0).collect();
    let first = within_ref.iter().position(|&n| n > 0).unwrap_or(0);
    let last = within_ref.iter().rposition(|&n| n > 0).map_or(0, |i| i + 1);
    differs.push((reference, unaligned_runs(docs, rq, first..last.max(first), &kept)));
    if lo >= hi || others == 0 {
        (lo, hi) = (first, last.max(first));
    }
    let text = match (rq.words.get(lo), hi.checked_sub(1).and_then(|h| rq.words.get(h))) {
        (Some(f), Some(l)) if f.start < l.end => rq
            .text
            .get(f.start - rq.byte_start..l.end - rq.byte_start)
            .unwrap_or(&rq.text)
            .to_string(),
        _ => rq.text.clone(),
    };
    SharedQuote {
        text,
        occurrences: members
            .iter()
            .map(|&m| {
                let q = &quotes[m];
                QuoteOccurrence {
                    article: q.article,
                    quote: q.item,
                    text: q.text.clone(),
                    span: q.span,
                    speaker: q.speaker.clone(),
                    // Filled in by `participants::attach_speakers`.
                    participant: None,
                    differs: differs
                        .iter_mut()
                        .find(|d| d.0 == m)
                        .map(|d| std::mem::take(&mut d.1))
                        .unwrap_or_default(),
                }
            })
            .collect(),
    }
}

/// Runs of consecutive words of `q` in `range` whose index is not in
/// `aligned` (sorted), as UTF-16 spans of the article text.
fn unaligned_runs(
    docs: &[Prepared],
    q: &FoundQuote,
    range: std::ops::Range<usize>,
    aligned: &[usize],
) -> Vec<Span> {
    let index = &docs[q.article].index;
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    for i in range {
        if aligned.binary_search(&i).is_ok() {
            if let Some((s, e)) = run.take() {
                out.push(index.span(s, e));
            }
        } else {
            let w = &q.words[i];
            run = Some(run.map_or((w.start, w.end), |(s, _)| (s, w.end)));
        }
    }
    if let Some((s, e)) = run {
        out.push(index.span(s, e));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseOptions;

    fn ws(text: &str) -> Vec<QuoteWord> {
        words(text)
            .into_iter()
            .map(|w| QuoteWord {
                named: is_name_or_number(text, w.start, w.raw),
                stem: w.stem,
                stop: w.stop,
                start: w.start,
                end: w.end,
            })
            .collect()
    }

    fn pair(a: &str, b: &str) -> Stretch {
        stretch(&ws(a), &ws(b)).1
    }

    fn same(a: &str, b: &str) -> bool {
        is_same_quote(&pair(a, b), &RULE)
    }

    #[test]
    fn reworded_trimmed_and_repunctuated_quotes_are_one_quote() {
        assert!(same(
            "We have learned something important about how these old buildings burn,",
            "learned something very important about how these old buildings burn"
        ));
        assert!(same(
            "The dam is safe. It was designed for exactly this kind of event,",
            "The dam is safe – they were designed for exactly this kind of event,"
        ));
        assert!(same(
            "Please keep away from the riverbanks until the water falls,",
            "Please keep away from the riverbanks... until the water falls."
        ));
    }

    #[test]
    fn equal_words_align_where_the_run_goes_on() {
        // Without `run_goes_on`, "The" of "The cables" takes "the" and the
        // stretch starts three words early.
        let (a, b) = (
            ws("the first thing we looked at."),
            ws("The cables were the first thing we looked at,"),
        );
        assert_eq!(word_alignment(&a, &b).first(), Some(&(0, 3)));
    }

    #[test]
    fn a_stretch_ends_at_more_than_max_gap_content_words() {
        let a = ws("river bank flood water rising fast near town bridge gate");
        let b = ws("river bank one two three four near town bridge gate");
        let pairs = word_alignment(&a, &b);
        assert_eq!(densest_stretch(&a, &b, &pairs).len(), 4, "{pairs:?}");
        // Function words in the gap do not cut it: "it" for "they".
        let a = ws("it was designed for this");
        let b = ws("they were designed for this");
        let pairs = word_alignment(&a, &b);
        assert_eq!(densest_stretch(&a, &b, &pairs).len(), 3);
        assert_eq!(pair("it was designed for this", "they were designed for this").density, 1.0);
    }

    #[test]
    fn different_names_or_numbers_in_one_place_are_two_quotes() {
        let (a, b) = (
            "We are doing everything we can to help the families of Marroscor",
            "We are doing everything we can to help the families of Elhol",
        );
        assert!(pair(a, b).names_differ);
        assert!(!same(a, b));
        assert!(is_name_or_number("help Elhol", 5, "Elhol"));
        assert!(!is_name_or_number("It was. Then", 8, "Then"));
        assert!(is_name_or_number("the 300 workers", 4, "300"));
    }

    #[test]
    fn quotes_that_go_their_own_ways_past_the_stretch_diverge() {
        let (a, b) = (
            "This is a wonderful moment for the zoo and for the species",
            "It is a wonderful moment for the zoo and for the whole city",
        );
        assert_eq!(pair(a, b).diverging, 1);
        assert!(!same(a, b));
        // A partial quote ends where the stretch ends: no divergence.
        assert_eq!(pair(a, "a wonderful moment for the zoo").diverging, 0);
    }

    #[test]
    fn two_speakers_need_near_verbatim_words() {
        assert!(speakers_differ(Some("Yusuf Bell"), Some("a union official")));
        assert!(!speakers_differ(Some("Mayor Ada Quill"), Some("Quill")));
        assert!(!speakers_differ(None, Some("Quill")));
        let mut s = pair(
            "Our staff are working incredibly hard under very difficult conditions",
            "Our members are working under very difficult conditions every single day",
        );
        s.diverging = 0;
        s.coverage = 1.0;
        // Dense enough for one speaker's words, not for two speakers'.
        s.density = (RULE.min_density + RULE.other_speaker_density) / 2.0;
        assert!(is_same_quote(&s, &RULE));
        s.speakers_differ = true;
        assert!(!is_same_quote(&s, &RULE));
    }

    #[test]
    fn short_common_phrases_and_scattered_words_are_no_quote() {
        // Under `min_words` and `min_content`.
        assert!(!same("we will not", "we will not"));
        assert!(!same("said it was a good day for us", "said it was a bad day for them"));
        // Two content words are enough when the words agree: the demo's trim.
        assert!(same(
            "We will find out why this happened,",
            "We will find out why this happened, and we will not rest until we do,"
        ));
    }

    #[test]
    fn each_occurrence_lists_its_differing_words() {
        let opts = ParseOptions::default();
        let a = crate::parse(
            "Fire at the depot\n\n“We have learned something important about old depots,” chief Ada Quill said.\n",
            &opts,
        )
        .unwrap();
        let b = crate::parse(
            "Depot fire\n\nChief Ada Quill said crews had “learned something very important about old depots”.\n",
            &opts,
        )
        .unwrap();
        let docs = [Prepared::new(&a), Prepared::new(&b)];
        let found = shared(&docs, &collect(&docs));
        assert_eq!(found.len(), 1, "{found:#?}");
        let q = &found[0];
        assert_eq!(q.text, "learned something very important about old depots");
        let other = q.occurrences.iter().find(|o| o.article == 0).unwrap();
        assert!(other.differs.is_empty(), "{other:?}");
        let reference = q.occurrences.iter().find(|o| o.article == 1).unwrap();
        let marked: Vec<&str> = reference.differs.iter().map(|s| docs[1].slice(*s)).collect();
        assert_eq!(marked, ["very"]);
    }
}
