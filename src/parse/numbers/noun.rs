//! The counted-noun pass: what a number counts. The noun phrase after it
//! (its last word, singular: "five people" → "person"); for "124 more",
//! "150 others", a count whose noun is left out ("and 40 wounded", "two of
//! them") or one straight after its verb ("and injured nine"), the noun
//! counted before it in the sentence.

use super::action::lemma;
use super::marks::after_including;
use super::Reading;
use super::{FoundNumber, PhraseTokens};
use crate::lexicon::counting::{
    in_count_clause_closers, in_elided_noun_participles, in_noun_phrase_ends,
    in_noun_phrase_last_words, in_participle_adverbs,
};
use crate::model::NumberKind;
use crate::parse::tokens::{is_capitalized, lowercase, Lowered, Token};

/// Words that end the counted noun phrase: [`NOUN_PHRASE_ENDS`], and words
/// ending in "-ed" (four bytes or more) or "-ing" (more than five).
fn ends_noun_phrase(w: &str) -> bool {
    in_noun_phrase_ends(w)
        // "27 hurt", "11 dead": an outcome whose noun is left out, not a
        // noun ("hurt" ends in no "-ed").
        || in_elided_noun_participles(w)
        || in_participle_adverbs(w)
        || (w.len() >= 4 && w.ends_with("ed"))
        || (w.len() > 5 && w.ends_with("ing"))
}

/// Singular, lowercase form of a counted noun (also a speaker's: "one of
/// the residents" → "resident").
pub(crate) fn singular(w: &str) -> String {
    let w = lowercase(w);
    match w.as_str() {
        "people" => return "person".into(),
        "children" => return "child".into(),
        "men" => return "man".into(),
        "women" => return "woman".into(),
        "personnel" | "police" | "staff" | "troops" if w != "troops" => return w,
        "troops" => return "troop".into(),
        "others" | "more" => return "other".into(),
        _ => {}
    }
    if let Some(s) = w.strip_suffix("men").filter(|s| s.len() > 2) {
        return format!("{s}man");
    }
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{s}y");
    }
    if w.ends_with("ss") || w.ends_with("us") || w.len() <= 3 && !w.ends_with('s') {
        return w;
    }
    if let Some(s) =
        w.strip_suffix("es").filter(|s| s.ends_with("sh") || s.ends_with("ch") || s.ends_with('x'))
    {
        return s.to_string();
    }
    w.strip_suffix('s').map(str::to_string).unwrap_or(w)
}

/// What a number counts, and where its noun phrase ends.
#[derive(Debug, Default)]
pub(super) struct Counted {
    /// The counted noun, singular and lower-case.
    pub noun: Option<String>,
    /// One past the counted noun phrase (the number's end when none).
    pub end: usize,
    /// The action of a count whose noun is left out ("and 40 wounded"),
    /// and the participle's token.
    pub elided_action: Option<(String, usize)>,
}

/// The counted-noun pass for the number `r`: the phrase after it
/// ([`last_noun_word`]), then the nouns it borrows from the numbers before
/// it in the sentence (`earlier`, whose phrases are `phrases`). Only
/// counts, amounts, ages and shares count a noun.
pub(super) fn counted_noun(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    r: &Reading,
    earlier: &[FoundNumber],
    phrases: &[PhraseTokens],
) -> Counted {
    let end = r.end;
    let mut counted = Counted { noun: None, end, elided_action: None };
    if !matches!(
        r.kind,
        NumberKind::Count | NumberKind::Money | NumberKind::Age | NumberKind::Other
    ) {
        return counted;
    }
    if let Some(lw) = last_noun_word(text, toks, folded, end) {
        counted.noun = Some(singular(toks[lw].text(text)));
        counted.end = lw + 1;
    }
    if counted.noun.as_deref() == Some("other")
        || counted.noun.is_none() && matches!(folded.get(end), Some("more" | "others"))
    {
        counted.noun = Some(noun_of_others(folded, earlier, phrases));
    }
    // "12 people were killed and more than 40 wounded", "two of them in
    // critical condition": the noun is left out, and is the one counted
    // before in the sentence (people, when none was).
    let participle = folded.get(end).filter(|w| in_elided_noun_participles(w));
    let of_them = folded.get(end) == Some("of")
        && folded.get(end + 1).is_some_and(|w| matches!(w, "them" | "whom"));
    if counted.noun.is_none() && r.kind == NumberKind::Count && (participle.is_some() || of_them) {
        counted.noun = earlier
            .iter()
            .rev()
            .find_map(|n| n.counted.clone().filter(|c| c != "other"))
            .or(Some("person".into()));
        if let Some(p) = participle {
            counted.elided_action = lemma(p).map(|l| (l, end));
        }
    }
    counted
}

/// The last word of the noun phrase opening at token `end` (right after
/// the number): up to four words, stopped by a word that ends a noun
/// phrase or after "more", "others" or "each". A lower-case -ing word
/// straight after the number with a plural noun after it is a modifier
/// ("120 shipping containers", "14 fishing boats"), also after names ("14
/// Ostland fishing boats"), and so is an -ed word straight after the number
/// ("40 armoured vehicles"); the noun then ends the phrase. Capitalised
/// adjectives joined by "and" or "or" stay in the phrase
/// ([`adjectives_joined_before_a_noun`]).
fn last_noun_word(text: &str, toks: &[Token], folded: &Lowered, end: usize) -> Option<usize> {
    let modifier_ing = |k: usize| {
        (end..k).all(|n| toks[n].word && is_capitalized(toks[n].text(text)))
            && (folded.at(k).ends_with("ing")
                || k == end && folded.at(k).len() > 4 && folded.at(k).ends_with("ed"))
            && !is_capitalized(toks[k].text(text))
            && toks.get(k + 1).is_some_and(|t| t.word)
            && folded
                .get(k + 1)
                .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !ends_noun_phrase(w))
    };
    let mut k = end;
    let mut last_word = None;
    while k < toks.len() && toks[k].word && k - end < 4 {
        if modifier_ing(k) {
            return Some(k + 1);
        }
        if ends_noun_phrase(folded.at(k)) {
            if k > end && adjectives_joined_before_a_noun(text, toks, folded, k) {
                k += 1;
                continue;
            }
            break;
        }
        last_word = Some(k);
        k += 1;
        if in_noun_phrase_last_words(folded.at(k - 1)) {
            break;
        }
    }
    last_word
}

/// Rule `adjectives_joined_before_a_noun`: "23 Somali and Yemeni pirates",
/// "40 Dutch or Belgian trucks" count the noun after both adjectives, not
/// the first adjective. The joining word at `k` sits between two
/// capitalised words, and a lower-case word that does not end the phrase
/// follows the second ("five Kenyans and Somalis said" stays "Kenyan").
fn adjectives_joined_before_a_noun(text: &str, toks: &[Token], folded: &Lowered, k: usize) -> bool {
    let word = |n: usize| toks.get(n).filter(|t| t.word).map(|t| t.text(text));
    matches!(folded.at(k), "and" | "or")
        && word(k - 1).is_some_and(is_capitalized)
        && word(k + 1).is_some_and(is_capitalized)
        && word(k + 2).is_some_and(|w| !is_capitalized(w))
        && folded.get(k + 2).is_some_and(|w| !ends_noun_phrase(w))
}

/// What "124 more" or "150 others" count: the nearest noun counted before
/// in the sentence, not a part named in an aside ("Four civilians,
/// including two children, were killed, while 150 others" are civilians);
/// people when there is none.
fn noun_of_others(folded: &Lowered, earlier: &[FoundNumber], phrases: &[PhraseTokens]) -> String {
    earlier
        .iter()
        .zip(phrases)
        .rev()
        .filter(|(_, p)| !after_including(folded, p.first))
        .find_map(|(n, _)| n.counted.clone().filter(|c| c != "other"))
        .unwrap_or_else(|| "person".into())
}

/// "killed three guards and injured nine", "damaged a further 2,800": a
/// count straight after its verb, with no noun of its own, counts what the
/// count before it in the sentence counted, when it is an addition or its
/// clause ends after it ([`COUNT_CLAUSE_CLOSERS`]; a dash after it opens a
/// range whose noun comes later: "killing 30,000–40,000 Māori"). `end` is
/// one past the number.
pub(super) fn noun_after_verb(
    folded: &Lowered,
    end: usize,
    addition: usize,
    earlier: &[FoundNumber],
) -> Option<String> {
    let clause_goes_on = folded.get(end).is_some_and(|w| !in_count_clause_closers(w));
    if addition == 0 && clause_goes_on {
        return None;
    }
    earlier.iter().rev().filter(|n| n.kind == NumberKind::Count).find_map(|n| {
        n.counted.clone().filter(|c| c != "other" && c.starts_with(|ch: char| ch.is_alphabetic()))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{find_numbers, FoundNumber};

    fn counted(s: &str) -> Vec<Option<String>> {
        find_numbers(s, 0..s.len(), &[]).into_iter().map(|n: FoundNumber| n.counted).collect()
    }

    fn some(w: &str) -> Option<String> {
        Some(w.to_string())
    }

    #[test]
    fn the_noun_phrase_ends_at_its_last_word() {
        assert_eq!(counted("Storms sank 14 fishing boats in Vell."), [some("boat")]);
        assert_eq!(counted("The fire killed 12 people in Vell."), [some("person")]);
        assert_eq!(counted("Crews moved 40 armoured vehicles."), [some("vehicle")]);
        assert_eq!(counted("Police held 16 protesters outside the gates."), [some("protester")]);
        assert_eq!(counted("Floods reached 40 homes near the river."), [some("home")]);
    }

    /// Rule `adjectives_joined_before_a_noun`.
    #[test]
    fn adjectives_joined_before_a_noun() {
        assert_eq!(counted("The navy held 23 Somali and Yemeni pirates."), [some("pirate")]);
        assert_eq!(counted("Customs stopped 40 Dutch or Belgian trucks."), [some("truck")]);
        assert_eq!(counted("Police held five Kenyans and Somalis at the port."), [some("kenyan")]);
        assert_eq!(counted("The 12 Kenyans and Somalis said little."), [some("kenyan")]);
    }

    #[test]
    fn others_and_left_out_nouns_are_the_noun_before() {
        assert_eq!(
            counted("The storm killed five ferrymen and 20 others."),
            [some("ferryman"), some("ferryman")]
        );
        assert_eq!(
            counted("Twelve sailors were killed and more than 40 wounded."),
            [some("sailor"), some("sailor")]
        );
        assert_eq!(
            counted("The raid killed three guards and injured nine."),
            [some("guard"), some("guard")]
        );
        assert_eq!(counted("Police detained 12 and questioned them."), [None]);
        // An irregular participle is no noun either.
        assert_eq!(
            counted("At least 11 pilgrims were killed and 27 hurt."),
            [some("pilgrim"), some("pilgrim")]
        );
    }
}
