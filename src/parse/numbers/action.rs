//! The action pass: what happened to what a number counts. A verb just
//! before it ("killed five", "detained another 12"), a passive after its
//! noun ("four missiles were downed"), the outcome of "left" ("left four
//! civilians dead"), and who did it when the verb before has a person for
//! subject ("Keel scored 11").

use crate::lexicon::counting::{
    in_after_a_reduced_participle, in_elided_noun_participles, in_forms_of_be, in_injury_nouns,
    in_injury_verbs, in_irregular_passives, in_outcomes_of_leave, in_participle_adverbs,
    in_passive_adverbs, in_passive_auxiliaries, in_place_prepositions, in_subject_search_stops,
    in_subject_skipped, in_verbs_before_a_count,
};
use crate::parse::tokens::{is_capitalized, lowercase, Lowered, Token};

/// Past tenses and participles whose base form the "-ed" rules of
/// [`lemma`] would miss or get wrong, with the base form ("shot" →
/// "shoot", "dead" → "kill": the dead were killed).
const LEMMAS: &[(&str, &str)] = &[
    ("killed", "kill"),
    ("injured", "injure"),
    ("wounded", "wound"),
    ("downed", "down"),
    ("died", "die"),
    ("shot", "shoot"),
    ("intercepted", "intercept"),
    ("arrested", "arrest"),
    ("detained", "detain"),
    ("evacuated", "evacuate"),
    ("displaced", "displace"),
    ("rescued", "rescue"),
    ("surrendered", "surrender"),
    ("captured", "capture"),
    ("freed", "free"),
    ("released", "release"),
    ("exchanged", "exchange"),
    ("returned", "return"),
    ("swapped", "swap"),
    ("launched", "launch"),
    ("fired", "fire"),
    ("destroyed", "destroy"),
    ("damaged", "damage"),
    ("sent", "send"),
    ("deployed", "deploy"),
    ("approved", "approve"),
    ("raised", "raise"),
    ("spent", "spend"),
    ("lost", "lose"),
    ("won", "win"),
    ("fled", "flee"),
    ("hurt", "hurt"),
    ("missing", "miss"),
    ("dead", "kill"),
    ("hospitalized", "hospitalize"),
    ("hospitalised", "hospitalise"),
    ("affected", "affect"),
    ("retaken", "retake"),
    ("taken", "take"),
    ("seized", "seize"),
    ("pledged", "pledge"),
    ("allocated", "allocate"),
    ("registered", "register"),
    ("recorded", "record"),
    ("confirmed", "confirm"),
    ("reported", "report"),
    ("sentenced", "sentence"),
    ("charged", "charge"),
    ("convicted", "convict"),
    ("hit", "hit"),
    ("struck", "strike"),
    ("killing", "kill"),
    ("injuring", "injure"),
    ("wounding", "wound"),
    ("left", "leave"),
    ("leaving", "leave"),
    ("created", "create"),
];

/// The base form of a past-tense or participle verb ("killed" → "kill").
pub(super) fn lemma(w: &str) -> Option<String> {
    let w = lowercase(w);
    LEMMAS.iter().find(|(a, _)| *a == w).map(|(_, b)| b.to_string()).or_else(|| {
        let stem = w.strip_suffix("ed")?;
        if stem.len() < 3 {
            return None;
        }
        let b = stem.as_bytes();
        // "agreed" → "agree", "guaranteed" → "guarantee".
        if stem.ends_with('e') {
            return Some(w[..w.len() - 1].to_string());
        }
        // "carried" → "carry", "denied" → "deny".
        if let Some(root) = stem.strip_suffix('i').filter(|r| r.len() >= 3) {
            return Some(format!("{root}y"));
        }
        if b.len() >= 2
            && b[b.len() - 1] == b[b.len() - 2]
            && !matches!(b[b.len() - 1], b'l' | b's' | b'f' | b'z')
        {
            return Some(stem[..stem.len() - 1].to_string());
        }
        // "voted" → "vote", "exploded" → "explode", "closed" → "close",
        // "doubled" → "double": stems English spells with a final e.
        const E_ENDINGS: [&str; 28] = [
            "v", "z", "c", "ur", "ir", "at", "ot", "ut", "ag", "od", "id", "ud", "us", "as", "os",
            "ps", "ns", "rs", "rg", "dg", "bl", "pl", "tl", "gl", "dl", "kl", "fl", "zl",
        ];
        // "treated" → "treat", "defeated" → "defeat": a vowel pair before the t.
        if E_ENDINGS.iter().any(|e| stem.ends_with(e))
            && !stem.ends_with("ss")
            && !stem.ends_with("eat")
            && !stem.ends_with("oat")
        {
            return Some(format!("{stem}e"));
        }
        Some(stem.to_string())
    })
}

/// How many tokens before the phrase opening at token `first` say the
/// count is an addition: "a further 2,800", "an additional 40" (two),
/// "another 12" (one). The verb stands before them.
pub(super) fn addition_before(folded: &Lowered, first: usize) -> usize {
    match (first.checked_sub(2).map(|k| folded.at(k)), first.checked_sub(1).map(|k| folded.at(k))) {
        (Some("a" | "an"), Some("further" | "additional")) => 2,
        (_, Some("another")) => 1,
        _ => 0,
    }
}

/// The verb at token `verb` (just before the count) as an action: a past
/// tense in "-ed" or one of [`VERBS_BEFORE_A_COUNT`], with its lemma
/// ("killed five" → "kill"), and the verb's token.
pub(super) fn verb_before(
    toks: &[Token],
    folded: &Lowered,
    verb: Option<usize>,
) -> Option<(String, usize)> {
    let v = verb.filter(|&v| toks[v].word)?;
    let fv = folded.at(v);
    if !(fv.ends_with("ed") || in_verbs_before_a_count(fv)) {
        return None;
    }
    lemma(fv).map(|l| (l, v))
}

/// "left four civilians dead": after "left" and the counted noun phrase
/// (ending before token `np_end`), an outcome ([`OUTCOMES_OF_LEAVE`]) is
/// the action (its lemma; none for "homeless"), and the phrase ends at its
/// byte end.
pub(super) fn outcome_of_leave(
    toks: &[Token],
    folded: &Lowered,
    np_end: usize,
) -> Option<(Option<String>, usize)> {
    let d = folded.get(np_end).filter(|w| in_outcomes_of_leave(w))?;
    Some((lemma(d), toks[np_end].end))
}

/// A passive after the counted noun phrase (ending before token `np_end`):
/// an auxiliary ([`PASSIVE_AUXILIARIES`]), perhaps an adverb and "been",
/// then a participle in "-ed" or one of [`IRREGULAR_PASSIVES`] ("12 people
/// were killed", "19 people are still missing", "had also been sent").
/// An aside set off by commas is skipped ("Four civilians, including two
/// children, were killed"). Returns the lemma and the participle's end.
pub(super) fn passive_after(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    np_end: usize,
) -> Option<(String, usize)> {
    let mut np_end = np_end;
    if toks.get(np_end).is_some_and(|t| !t.word && t.text(text) == ",") {
        if let Some(close) = (np_end + 1..toks.len().min(np_end + 10))
            .find(|&k| !toks[k].word && toks[k].text(text) == ",")
        {
            np_end = close + 1;
        }
    }
    let aux = folded.get(np_end)?;
    if !in_passive_auxiliaries(aux) {
        return None;
    }
    let mut p = np_end + 1;
    if folded.get(p).is_some_and(in_passive_adverbs) {
        p += 1;
    }
    if folded.get(p).is_some_and(|w| w == "been") {
        p += 1;
    }
    let l =
        folded.get(p).filter(|w| w.ends_with("ed") || in_irregular_passives(w)).and_then(lemma)?;
    Some((l, toks[p].end))
}

/// "the buildings in seven villages were destroyed", "homes across 12
/// districts were damaged": a count after a preposition of place
/// ([`PLACE_PREPOSITIONS`]) is where something happened, so a passive verb
/// after it tells what happened to the subject before the preposition, not
/// to the count.
pub(super) fn in_a_place_phrase(folded: &Lowered, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|k| in_place_prepositions(folded.at(k)))
}

/// The subject of the verb at token `verb` when it may be a person: "he"
/// or "she" just before it, or the nearest run of capitalised words before
/// it in its clause ("Peyton Manning completed 29 passes", "Garrard, who
/// completed 28", "Echenique scored 11, grabbed 11 rebounds and blocked six
/// shots": the run's last name). Adverbs and auxiliaries just before the
/// verb are skipped ("had already missed"); "who", "which" or "that"
/// further back, or a clause mark, end the search ("the man who killed").
/// Comparison keeps the name only when it is a person's.
pub(super) fn person_subject(
    text: &str,
    toks: &[Token],
    folded: &Lowered,
    verb: usize,
) -> Option<String> {
    const REACH: usize = 15;
    let mut k = verb;
    let mut adjacent = true;
    while k > 0 && verb - k < REACH {
        k -= 1;
        let w = folded.at(k);
        let skipped_adverb = in_subject_skipped(w);
        if adjacent
            && (skipped_adverb || w == "who" || w == "," && folded.get(k + 1) == Some("who"))
        {
            continue;
        }
        if adjacent && matches!(w, "he" | "she") {
            return Some(w.to_string());
        }
        // "he had been shot seven times": a passive's subject had it done.
        if adjacent && in_forms_of_be(w) {
            return None;
        }
        adjacent = false;
        if in_subject_search_stops(w) {
            return None;
        }
        if toks[k].word && is_capitalized(toks[k].text(text)) {
            let end = k;
            while k > 0 && toks[k - 1].word && is_capitalized(toks[k - 1].text(text)) {
                k -= 1;
            }
            return Some(text[toks[k].start..toks[end].end].to_string());
        }
    }
    None
}

/// Rule `a_participle_after_the_noun_is_its_action`: "with 312 people
/// injured", "40 soldiers wounded in the raid": a participle of
/// [`ELIDED_NOUN_PARTICIPLES`] right after the counted noun phrase (ending
/// before token `np_end`), with nothing after it that it could act on
/// ([`AFTER_A_REDUCED_PARTICIPLE`]), is what happened to the count.
pub(super) fn reduced_participle(
    toks: &[Token],
    folded: &Lowered,
    np_end: usize,
) -> Option<String> {
    // "30 people seriously injured": past an adverb of degree.
    let at =
        if folded.get(np_end).is_some_and(in_participle_adverbs) { np_end + 1 } else { np_end };
    let participle = folded
        .get(at)
        .filter(|w| in_elided_noun_participles(w) || INTRANSITIVE_OUTCOMES.contains(w))?;
    let next_ends = match toks.get(at + 1) {
        None => true,
        Some(t) if !t.word => true,
        Some(_) => folded.get(at + 1).is_some_and(in_after_a_reduced_participle),
    };
    next_ends.then(|| lemma(participle)).flatten()
}

/// How many words (adjectives: "minor", "life-threatening", "serious
/// head") may stand between an injury verb and its noun.
const INJURY_ADJECTIVES: usize = 2;

/// Rule `injuries_suffered_are_an_injury`: "Sixteen people had minor
/// injuries", "two officers sustained serious burns": a verb of
/// [`INJURY_VERBS`] right after the counted noun phrase (ending before
/// token `np_end`) and an injury noun ([`INJURY_NOUNS`]) within
/// [`INJURY_ADJECTIVES`] words after it say the count was injured, as
/// "16 people were injured" does. Returns the token that ends the phrase.
pub(super) fn injuries_suffered(folded: &Lowered, np_end: usize) -> Option<usize> {
    folded.get(np_end).filter(|w| in_injury_verbs(w))?;
    (np_end + 1..=np_end + 1 + INJURY_ADJECTIVES)
        .find(|&k| folded.get(k).is_some_and(in_injury_nouns))
}

/// Outcomes told by an intransitive verb right after the counted noun
/// ("four people died"). Not among [`ELIDED_NOUN_PARTICIPLES`]: "…, and
/// some 2 million died" leaves its noun out, and the noun counted before
/// ("five decades") is not it.
const INTRANSITIVE_OUTCOMES: [&str; 1] = ["died"];

/// How far before a number "death toll" may stand: "The death toll from
/// Sunday's earthquake in eastern Ostland rose to 47".
const DEATH_TOLL_REACH: usize = 12;

/// Rule `a_death_toll_counts_the_dead`: a count with no noun of its own
/// after "death toll" in its sentence ("the death toll rose to 47", "a
/// death toll of 47") counts the people killed.
pub(super) fn after_a_death_toll(folded: &Lowered, first: usize) -> bool {
    (first.saturating_sub(DEATH_TOLL_REACH)..first)
        .any(|k| k > 0 && folded.at(k) == "toll" && folded.at(k - 1) == "death")
}

#[cfg(test)]
mod tests {
    use super::super::find_numbers;

    fn action(s: &str) -> Option<String> {
        find_numbers(s, 0..s.len(), &[]).into_iter().next().and_then(|n| n.action)
    }

    #[test]
    fn the_action_is_a_verb_before_or_a_passive_after() {
        assert_eq!(action("The blast killed five sailors.").as_deref(), Some("kill"));
        assert_eq!(action("Police detained another 12 dockers.").as_deref(), Some("detain"));
        assert_eq!(action("Four missiles were downed.").as_deref(), Some("down"));
        assert_eq!(action("19 people are still missing.").as_deref(), Some("miss"));
        assert_eq!(
            action("Four sailors, including two cooks, were rescued.").as_deref(),
            Some("rescue")
        );
        assert_eq!(action("The storm left four fishermen dead.").as_deref(), Some("kill"));
        // A count in a place phrase is not the passive's subject.
        assert_eq!(action("Homes in seven villages were flooded."), None);
    }

    /// Rule `injuries_suffered_are_an_injury`.
    #[test]
    fn injuries_suffered_are_an_injury() {
        assert_eq!(action("Sixteen people had minor injuries."), Some("injure".into()));
        assert_eq!(action("Two officers sustained serious head wounds."), Some("injure".into()));
        assert_eq!(action("Sixteen people had lunch."), None);
    }

    #[test]
    fn the_agent_is_the_verbs_person_subject() {
        let s = "Marta Keel scored 11 points.";
        let n = &find_numbers(s, 0..s.len(), &[])[0];
        assert_eq!(n.agent.as_deref(), Some("Marta Keel"));
        let s = "He was shot seven times.";
        assert_eq!(find_numbers(s, 0..s.len(), &[])[0].agent, None);
    }
}
