//! The hedge pass: words before a number that say how exact it is ("about
//! 150", "at least 12", "more than 40"). Comparison keeps the hedge, because
//! "about 150" and "150" are no conflict.

use crate::lexicon::counting::in_one_word_hedges;
use crate::model::Qualifier;
use crate::parse::tokens::Lowered;

/// Two-word hedges before a number and what each says.
const TWO_WORD_HEDGES: &[((&str, &str), Qualifier)] = &[
    (("at", "least"), Qualifier::AtLeast),
    (("at", "most"), Qualifier::AtMost),
    (("up", "to"), Qualifier::AtMost),
    (("more", "than"), Qualifier::MoreThan),
    (("less", "than"), Qualifier::LessThan),
    (("fewer", "than"), Qualifier::LessThan),
];

/// The hedge before the number at token `i` and how many tokens it takes:
/// a two-word hedge ([`TWO_WORD_HEDGES`]), else a one-word one
/// ([`ONE_WORD_HEDGES`]: "nearly" and "almost" say nearly, "over" more
/// than, "under" less than, the rest about; "an" is none), else exact.
pub(super) fn qualifier_before(folded: &Lowered, i: usize) -> (Qualifier, usize) {
    let w1 = i.checked_sub(1).map(|k| folded.at(k)).unwrap_or("");
    let w2 = i.checked_sub(2).map(|k| folded.at(k)).unwrap_or("");
    if let Some((_, q)) = TWO_WORD_HEDGES.iter().find(|(pair, _)| *pair == (w2, w1)) {
        return (*q, 2);
    }
    if !in_one_word_hedges(w1) {
        return (Qualifier::Exact, 0);
    }
    let q = match w1 {
        "nearly" | "almost" => Qualifier::Nearly,
        "over" => Qualifier::MoreThan,
        "under" => Qualifier::LessThan,
        "an" => return (Qualifier::Exact, 0),
        _ => Qualifier::About,
    };
    (q, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::tokens::tokenize;

    fn hedge_of(s: &str) -> (Qualifier, usize) {
        let toks = tokenize(s, 0..s.len());
        let folded = Lowered::new(s, &toks);
        qualifier_before(&folded, toks.len() - 1)
    }

    #[test]
    fn hedges_of_one_and_two_words() {
        assert_eq!(hedge_of("at least 12"), (Qualifier::AtLeast, 2));
        assert_eq!(hedge_of("up to 12"), (Qualifier::AtMost, 2));
        assert_eq!(hedge_of("fewer than 12"), (Qualifier::LessThan, 2));
        assert_eq!(hedge_of("almost 12"), (Qualifier::Nearly, 1));
        assert_eq!(hedge_of("over 12"), (Qualifier::MoreThan, 1));
        assert_eq!(hedge_of("roughly 12"), (Qualifier::About, 1));
        assert_eq!(hedge_of("an 12"), (Qualifier::Exact, 0));
        assert_eq!(hedge_of("killed 12"), (Qualifier::Exact, 0));
    }
}
