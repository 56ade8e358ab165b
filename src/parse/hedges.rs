//! Hedges of several words before a number ("as many as 80", "no fewer
//! than 20", "in excess of $2 billion"), read after the number pass from
//! the table in `lexicon::hedges`: the number parser reads one- and
//! two-word hedges itself, and this pass only widens what it found, so a
//! number it read stays the same number with a truer range.

use crate::lexicon::hedges::{HedgeBound, MULTI_WORD_HEDGES};
use crate::model::Qualifier;
use crate::parse::numbers::FoundNumber;
use crate::parse::tokens::{Lowered, Token};

fn qualifier(bound: HedgeBound) -> Qualifier {
    match bound {
        HedgeBound::AtMost => Qualifier::AtMost,
        HedgeBound::AtLeast => Qualifier::AtLeast,
        HedgeBound::MoreThan => Qualifier::MoreThan,
        HedgeBound::Nearly => Qualifier::Nearly,
        HedgeBound::About => Qualifier::About,
    }
}

/// The longest hedge of [`MULTI_WORD_HEDGES`] whose words end just before
/// token `at` (a currency sign between them is allowed: "as much as $5"),
/// as (its first and last token, its qualifier).
fn hedge_before(toks: &[Token], lowered: &Lowered, at: usize) -> Option<(usize, usize, Qualifier)> {
    let mut end = at;
    if end > 0 && !toks[end - 1].word && matches!(lowered.at(end - 1), "$" | "£" | "€" | "¥") {
        end -= 1;
    }
    MULTI_WORD_HEDGES
        .iter()
        .filter(|(words, _)| words.len() <= end)
        .filter(|(words, _)| {
            let first = end - words.len();
            words
                .iter()
                .enumerate()
                .all(|(k, w)| toks[first + k].word && lowered.at(first + k) == *w)
        })
        .max_by_key(|(words, _)| words.len())
        .map(|(words, bound)| (end - words.len(), end - 1, qualifier(*bound)))
}

/// Reads the multi-word hedges before the numbers of one sentence
/// (`toks`, `lowered`): each number such a hedge ends just before takes its
/// qualifier and its span, replacing a shorter hedge the number parser read
/// inside it ("more than" of "no more than").
pub fn read_multi_word_hedges(numbers: &mut [FoundNumber], toks: &[Token], lowered: &Lowered) {
    for n in numbers.iter_mut() {
        let Ok(at) = toks.binary_search_by_key(&n.number.start, |t| t.start) else { continue };
        let Some((first, last, q)) = hedge_before(toks, lowered, at) else { continue };
        // "no more than" covers the parser's "more than"; a hedge of the
        // parser's that starts before this one is left as it is.
        if n.hedge.as_ref().is_none_or(|h| toks[first].start <= h.start) {
            n.qualifier = q;
            n.hedge = Some(toks[first].start..toks[last].end);
            n.phrase.start = n.phrase.start.min(toks[first].start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::numbers::find_numbers_in;
    use crate::parse::tokens::tokenize;

    fn read(s: &str) -> Vec<(Qualifier, Option<String>)> {
        let toks = tokenize(s, 0..s.len());
        let mut lowered = Lowered::default();
        lowered.fill(s, &toks);
        let mut found = find_numbers_in(s, &toks, &lowered, &[]);
        read_multi_word_hedges(&mut found, &toks, &lowered);
        found.iter().map(|n| (n.qualifier, n.hedge.clone().map(|h| s[h].to_string()))).collect()
    }

    #[test]
    fn as_many_as_is_read_as_an_upper_bound() {
        assert_eq!(
            read("As many as 80 people were injured."),
            vec![(Qualifier::AtMost, Some("As many as".into()))]
        );
    }

    #[test]
    fn no_more_than_replaces_more_than() {
        assert_eq!(read("No more than 20 people were hurt.")[0].0, Qualifier::AtMost);
        assert_eq!(read("No fewer than 20 people were hurt.")[0].0, Qualifier::AtLeast);
    }

    #[test]
    fn a_number_without_such_a_hedge_is_left_alone() {
        assert_eq!(read("It killed 100 people.")[0], (Qualifier::Exact, None));
        assert_eq!(read("More than 100 people died.")[0].0, Qualifier::MoreThan);
    }
}
