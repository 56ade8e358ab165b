//! Quotations and who said them.
//!
//! Quotes are found per paragraph: curly and straight double quotes, with
//! single quotes nested inside them left alone; a top-level single-quoted
//! passage of three words or more counts too (British style). A quote still
//! open at the end of a paragraph runs to its end, and the next paragraph's
//! opening quote continues it, as news style writes a quote over paragraphs.
//!
//! The speaker comes from the sentence around the quote, in this order: a
//! name right before a partial quote (`Austin "emphasized…"`), then after
//! the quote (`…," X said` / `…," said X` / `…," X told …`), then before it
//! (`X said that "…"`, `according to X`). "He" or "she" is the person named
//! last; "the spokesperson" is the speaker last described with that noun
//! (or a subject introduced with it: "a military source told …"). A
//! document ("a Kremlin readout said") speaks for its issuer. A
//! quote with no attribution of its own continues the previous quote in its
//! paragraph, or one left open in the paragraph before.

use crate::lexicon::speech_verbs::{in_sign_nouns, PHRASAL_SPEECH_VERBS};
use crate::lexicon::{honorifics, speech_verbs};
use crate::model::EntityKind;
use crate::parse::entities::FoundEntity;
use crate::parse::tokens::{
    eq_lowercase, is_capitalized, tokenize, with_lowercase, Token, WordSet,
};
use std::ops::Range;

mod marks;
mod neighbours;
use marks::{closing_len, marks_speech_with_singles, opening_len, quote_ranges};

#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The words inside the marks.
    pub range: Range<usize>,
    pub sentence: usize,
    pub speaker: Option<String>,
    pub speaker_entity: Option<usize>,
    pub partial: bool,
}

/// The lexicon's speech verbs, looked up for every word near a quote.
static SPEECH_VERBS: WordSet = WordSet::new(&speech_verbs::SPEECH_VERBS);

/// Words that end a speaker phrase when reading backwards from the verb.
fn breaks_phrase(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "and"
            | "but"
            | "while"
            | "as"
            | "when"
            | "if"
            | "because"
            | "where"
            | "after"
            | "before"
            | "since"
            | "though"
            | "although"
            | "so"
            | "then"
            | "said"
            | "says"
            | "told"
            | "added"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "is"
            | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "in"
            | "on"
            | "at"
            | "with"
            | "by"
            | "to"
    )
}

fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly"))
        || matches!(
            w,
            "also"
                | "later"
                | "further"
                | "then"
                | "has"
                | "had"
                | "have"
                | "once"
                | "again"
                | "earlier"
                | "previously"
                | "reportedly"
                | "often"
                | "always"
                | "never"
                | "still"
                | "now"
        )
}

/// Words before a noun that an -ing adjective may follow ("a leading
/// economist", "its outgoing chair").
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "one" | "another" | "his" | "her" | "their" | "its" | "our" | "my"
    )
}

/// The speaker phrase read forward from token `i` ("said Russia’s defence
/// ministry in a statement" → "Russia’s defence ministry").
fn phrase_forward(text: &str, toks: &[Token], i: usize) -> Option<Range<usize>> {
    let mut end = None;
    let start = toks.get(i)?.start;
    let mut previous_word: Option<&str> = None;
    let mut for_a_body = false;
    for (k, t) in toks.iter().enumerate().skip(i).take(12) {
        let w = t.text(text);
        if !t.word {
            // "Jr.", "Co.", "U.S.": an abbreviation's dot after a
            // capitalised word; "a van." ends the sentence.
            if w == "."
                && end.is_some_and(|e: usize| e == t.start)
                && t.start >= 1
                && text[..t.start].chars().rev().take_while(|c| c.is_alphabetic()).count() <= 3
                && previous_word.is_some_and(is_capitalized)
            {
                // Rule `a_sentences_full_stop_is_no_part_of_the_name`:
                // "said harbor pilot Lars Eng." ends the sentence with the
                // dot; only the phrase going on after it ("said Gen. Ruben
                // Aske") or an abbreviation that is always written with
                // one keeps it.
                if previous_word.is_some_and(keeps_its_dot) {
                    end = Some(t.end);
                }
                continue;
            }
            // Rule `a_plural_possessive_stays_in_the_phrase`, forward:
            // "said the dockers' union".
            if matches!(w, "'" | "’")
                && end == Some(t.start)
                && previous_word.is_some_and(|p| p.ends_with('s'))
                && toks.get(k + 1).is_some_and(|n| n.word && n.start == t.end + 1)
            {
                continue;
            }
            break;
        }
        let (breaks, body_link) = with_lowercase(w, |f| {
            (
                breaks_phrase(f)
                    || matches!(
                        f,
                        "for" | "of" | "during" | "from" | "about" | "late" | "later" | "earlier"
                    ),
                matches!(f, "for" | "of" | "at"),
            )
        });
        // "said a spokesperson for the Office for Budget Control": past a
        // speaker's "for", and past a "for" inside the body's name after it.
        let goes_on = body_link
            && (previous_word.is_some_and(|p: &str| with_lowercase(p, speaks_for_a_body))
                || for_a_body
                    && toks.get(k + 1).is_some_and(|n| n.word && is_capitalized(n.text(text))));
        if end.is_some() && breaks && !goes_on {
            break;
        }
        // Rule `a_participle_ends_the_speaker_phrase`: "said a man loading
        // sandbags into a van" is the man's; a lower-case -ing word after a
        // noun opens what the speaker was doing ("a leading economist" keeps
        // its adjective after the article).
        let participle = previous_word.is_some_and(|p| !with_lowercase(p, is_determiner))
            && w.len() > 5
            && w.ends_with("ing")
            && !is_capitalized(w);
        if end.is_some() && participle {
            break;
        }
        if goes_on {
            for_a_body = true;
        }
        previous_word = Some(w);
        end = Some(t.end);
    }
    end.map(|e| start..e)
}

/// A short capitalised word whose dot is part of the name even where the
/// sentence ends: an initial or an acronym ("U.S."), a generational
/// suffix ("Jr.", the lexicon's `NAME_SUFFIXES`) or a company's legal
/// form ("Co.", `COMPANY_FORMS`).
fn keeps_its_dot(word: &str) -> bool {
    word.chars().count() == 1
        || word.contains('.')
        || with_lowercase(word, |f| {
            crate::lexicon::names::NAME_SUFFIXES.contains(&f)
                || crate::lexicon::names::COMPANY_FORMS.contains(&f)
        })
}

/// The speaker phrase after "according to" at token `i`: "according to a
/// statement from the foreign ministry" names the ministry, not the
/// statement, since a document speaks for whoever issued it.
fn according_to_phrase(text: &str, toks: &[Token], i: usize) -> Option<Range<usize>> {
    let phrase = phrase_forward(text, toks, i)?;
    let last = toks.iter().position(|t| t.end == phrase.end)?;
    let names_a_document = with_lowercase(toks[last].text(text), is_document);
    let issued_by = toks
        .get(last + 1)
        .is_some_and(|t| with_lowercase(t.text(text), |f| matches!(f, "from" | "by" | "of")));
    if names_a_document && issued_by {
        return phrase_forward(text, toks, last + 2).or(Some(phrase));
    }
    Some(phrase)
}

/// A document that says things in news style ("a ministry readout said",
/// "the company said in a filing"): it speaks for whoever issued it.
fn is_document(folded: &str) -> bool {
    matches!(
        folded,
        "statement"
            | "report"
            | "readout"
            | "release"
            | "letter"
            | "filing"
            | "post"
            | "transcript"
            | "memo"
            | "document"
            | "notice"
            | "communique"
            | "communiqué"
            | "summary"
    )
}

/// Words that describe a document rather than name who issued it ("a
/// joint statement", "a press release").
fn describes_document(folded: &str) -> bool {
    matches!(
        folded,
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "joint"
            | "separate"
            | "written"
            | "official"
            | "brief"
            | "short"
            | "new"
            | "latest"
            | "press"
            | "news"
            | "final"
            | "earlier"
            | "later"
            | "second"
            | "first"
            | "subsequent"
    )
}

/// Nouns of people who speak for a body: "a spokesperson for the Office for
/// Budget Control" is one phrase, where "for" would otherwise end it.
fn speaks_for_a_body(folded: &str) -> bool {
    matches!(
        folded,
        "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "official"
            | "officials"
            | "representative"
            | "source"
            | "sources"
            | "adviser"
            | "advisor"
            | "aide"
            | "member"
            | "head"
            | "director"
            | "chief"
            | "lawyer"
            | "envoy"
    )
}

/// Nouns that "the X" uses for a public body named shortly before ("the
/// office" for "the Office for Budget Control"). Not "the company", which
/// news style uses for the article's main company, named or not.
fn names_a_public_body(noun: &str) -> bool {
    with_lowercase(noun, |f| {
        matches!(
            f,
            "ministry"
                | "office"
                | "commission"
                | "committee"
                | "council"
                | "agency"
                | "department"
                | "authority"
                | "court"
                | "parliament"
                | "government"
                | "army"
                | "navy"
                | "police"
                | "bureau"
                | "institute"
                | "embassy"
                | "watchdog"
                | "regulator"
        )
    })
}

/// The noun a description is about: "spokesperson for the Office" →
/// "spokesperson", "Velmoran government" → "government".
fn head_noun(description: &str) -> &str {
    let mut head = "";
    for word in description.split(' ') {
        if !head.is_empty() && matches!(word, "for" | "of" | "at") {
            break;
        }
        head = word;
    }
    head
}

/// "the Velmoran defence ministry" may refer back to "Velmoran defence
/// ministry" or "Velmoran ministry", but not to "Velmora's foreign
/// ministry": the same head noun, and every other word of the short form
/// in the earlier one.
fn refers_back_to(short: &str, earlier: &str) -> bool {
    let head = head_noun(short);
    head_noun(earlier).eq_ignore_ascii_case(head)
        && earlier.contains(' ')
        && short
            .split_whitespace()
            .all(|w| earlier.split_whitespace().any(|e| e.eq_ignore_ascii_case(w)))
}

/// Words set off by commas between a subject and its verb that say how the
/// sentence goes on, not who speaks ("Halvorsen, meanwhile, insists").
const ASIDE_ADVERBS: [&str; 10] = [
    "meanwhile",
    "however",
    "though",
    "too",
    "instead",
    "also",
    "likewise",
    "nonetheless",
    "nevertheless",
    "moreover",
];

/// "Rep. Ida Marsh (Greens) said": past a parenthesis that ends right
/// before token `k`, to the name before it. Returns the new `k`.
fn past_parenthesis(text: &str, toks: &[Token], lo: usize, k: usize) -> usize {
    if k <= lo + 2 || toks[k - 1].text(text) != ")" {
        return k;
    }
    (k.saturating_sub(10).max(lo)..k - 1)
        .rev()
        .find(|&o| toks[o].text(text) == "(")
        .filter(|&o| o > lo)
        .unwrap_or(k)
}

/// "Halvorsen, meanwhile, insists": past an [`ASIDE_ADVERBS`] word set off
/// by commas right before token `k`. Returns the new `k`.
fn past_aside_adverb(text: &str, toks: &[Token], lo: usize, k: usize) -> usize {
    let aside = k > lo + 3
        && toks[k - 1].text(text) == ","
        && toks[k - 3].text(text) == ","
        && with_lowercase(toks[k - 2].text(text), |f| ASIDE_ADVERBS.contains(&f));
    if aside {
        k - 3
    } else {
        k
    }
}

/// Prepositions that put a person somewhere: the words after one name the
/// place, not the speaker ("a man by the pier said").
const LOCATIVES: [&str; 7] = ["by", "near", "outside", "inside", "beside", "behind", "in"];

/// Rule `a_person_at_the_scene_speaks`: besides [`LOCATIVES`], the
/// prepositions after a person noun that say where the person is or what
/// they hold ("a witness at the scene told reporters", "a boy on the quay
/// said", "a man with a megaphone shouted"): the person speaks, not the
/// scene, the quay or the megaphone. Not "of" or "for", whose object may be
/// whom the speaker speaks for ("a spokesman for the board").
const PERSON_PREPOSITIONS: [&str; 3] = ["at", "on", "with"];

/// Prepositions that put a sign somewhere, besides [`LOCATIVES`]: "a sign
/// on the door", "a banner at the gate", "a notice above the till".
const SIGN_LOCATIVES: [&str; 4] = ["on", "at", "above", "over"];

/// The speaker phrase read backwards from just before token `i` (the verb).
fn phrase_backward(text: &str, toks: &[Token], lo: usize, i: usize) -> Option<Range<usize>> {
    let mut k = i;
    while k > lo && toks[k - 1].word && with_lowercase(toks[k - 1].text(text), is_adverb) {
        k -= 1;
    }
    k = past_parenthesis(text, toks, lo, k);
    k = past_aside_adverb(text, toks, lo, k);
    // "the Ledger he said": a pronoun right before the verb is the whole
    // subject; the words before it belong to another clause.
    if k > lo
        && toks[k - 1].word
        && with_lowercase(toks[k - 1].text(text), |f| PERSONAL_PRONOUNS[..2].contains(&f))
    {
        return Some(toks[k - 1].start..toks[k - 1].end);
    }
    // "Jonas Pell, 61, said": an age between the name and the verb.
    if k > lo + 3
        && toks[k - 1].text(text) == ","
        && toks[k - 3].text(text) == ","
        && is_age(toks[k - 2].text(text))
    {
        k -= 3;
    }
    // "The mayor, Tomas Reyes, insisted": the appositive before the verb.
    else if k > lo + 1 && toks[k - 1].text(text) == "," {
        k -= 1;
    }
    let last = k.checked_sub(1)?;
    let end = toks.get(last)?.end;
    let mut start = None;
    // Where the phrase began before a plural possessive took it further.
    let mut possessed = None;
    let mut taken = 0;
    while k > lo && taken < 9 {
        let t = toks[k - 1];
        let w = t.text(text);
        if !t.word {
            // Keep the dot of "U.S." or "Gen." inside the phrase.
            if w == "."
                && k >= 2
                && toks[k - 2].word
                && toks[k - 2].end == t.start
                && toks[k - 2].text(text).chars().count() <= 4
                && is_capitalized(toks[k - 2].text(text))
            {
                k -= 1;
                continue;
            }
            // Rule `a_plural_possessive_stays_in_the_phrase`: "The
            // engineers' union said": the apostrophe after a plural is
            // part of the phrase, not its end.
            if matches!(w, "'" | "’")
                && k >= 2
                && k < i
                && toks[k - 2].word
                && toks[k - 2].end == t.start
                && toks[k - 2].text(text).ends_with('s')
                && toks[k].word
            {
                possessed.get_or_insert(toks[k].start);
                k -= 1;
                continue;
            }
            break;
        }
        let (breaks, article) =
            with_lowercase(w, |f| (breaks_phrase(f), matches!(f, "a" | "an" | "the")));
        if breaks {
            break;
        }
        start = Some(t.start);
        k -= 1;
        taken += 1;
        if article {
            // "one of the residents said": the speaker is one of the group.
            if k >= lo + 2
                && eq_lowercase(toks[k - 1].text(text), "of")
                && with_lowercase(toks[k - 2].text(text), |f| matches!(f, "one" | "another"))
            {
                start = Some(toks[k - 2].start);
            }
            // "a spokesperson for the Velmoran defence ministry called it":
            // the body's name belongs to the speaker before it.
            // Rule `a_named_member_of_a_body_speaks`: "Commander Ruth
            // Ainsley of the coastguard told reporters": the name before
            // "of the" is the speaker, as in "Anil Mehta of Dunmore
            // University said".
            if k >= lo + 2
                && with_lowercase(toks[k - 1].text(text), |f| matches!(f, "for" | "of" | "at"))
                && toks[k - 2].word
                && (with_lowercase(toks[k - 2].text(text), speaks_for_a_body)
                    || k >= lo + 3 && is_capitalized(toks[k - 2].text(text)))
            {
                k -= 1;
                continue;
            }
            // Rule `a_person_by_a_place_speaks`: "A man by the pier
            // said", "a woman outside the court shouted": the person
            // before the place, not the place.
            if k >= lo + 3
                && with_lowercase(toks[k - 1].text(text), |f| {
                    LOCATIVES.contains(&f) || PERSON_PREPOSITIONS.contains(&f)
                })
                && toks[k - 2].word
                && with_lowercase(toks[k - 2].text(text), crate::lexicon::counting::in_person_nouns)
            {
                return phrase_backward(text, toks, lo, k - 1);
            }
            // Rule `a_sign_by_a_place_speaks`: "A plaque by the pier
            // reads", "a banner on the bridge read": the sign, not the
            // place it stands in. Not a body's name ("a notice in the
            // Gazette"), nor who wrote it ("a letter by the mayor").
            if k >= lo + 3
                && toks[k - 2].word
                && with_lowercase(toks[k - 2].text(text), in_sign_nouns)
                && with_lowercase(toks[k - 1].text(text), |f| {
                    LOCATIVES.contains(&f) || SIGN_LOCATIVES.contains(&f)
                })
                && toks.get(k + 1).is_some_and(|t| t.word && !is_capitalized(t.text(text)))
                && !(eq_lowercase(toks[k - 1].text(text), "by")
                    && with_lowercase(
                        toks[last].text(text),
                        crate::lexicon::counting::in_person_nouns,
                    ))
            {
                return phrase_backward(text, toks, lo, k - 1);
            }
            // "Workers marching through the streets chanted": the streets
            // are where; the subject stands before the participle.
            if k >= lo + 3
                && toks[k - 1].word
                && with_lowercase(toks[k - 1].text(text), |f| PLACE_PREPOSITIONS.contains(&f))
                && toks[k - 2].word
                && with_lowercase(toks[k - 2].text(text), |f| f.len() > 4 && f.ends_with("ing"))
            {
                return phrase_backward(text, toks, lo, k - 2);
            }
            break;
        }
    }
    // "a source with knowledge of the 76ers' thinking said": a possessive
    // after a preposition is the object's, not the subject's.
    if possessed.is_some()
        && k > lo
        && with_lowercase(toks[k - 1].text(text), |f| PHRASE_PREPOSITIONS.contains(&f))
    {
        start = possessed;
    }
    start.map(|s| s..end)
}

/// Prepositions before which a speaker phrase read backwards through a
/// possessive is the object of another phrase (rule
/// `a_plural_possessive_stays_in_the_phrase`).
const PHRASE_PREPOSITIONS: [&str; 11] =
    ["of", "with", "about", "for", "from", "on", "in", "to", "at", "by", "into"];

/// Prepositions of place that open a phrase after a participle ("marching
/// through the streets", "standing outside the gate").
const PLACE_PREPOSITIONS: [&str; 8] =
    ["through", "in", "on", "outside", "inside", "across", "along", "into"];

/// Rule `a_relative_clause_between_the_speaker_and_the_verb`: "councillor
/// Bo Hald, who voted against, said" is Hald's: an aside that opens with
/// one of these is passed over like "speaking on condition of anonymity".
const RELATIVE_OPENERS: [&str; 2] = ["who", "whose"];

/// The speaker phrase before verb `v`, as [`phrase_backward`] reads it, if
/// it may speak. Past an aside that says how the speaker spoke ("A senior
/// official, speaking on condition of anonymity, said") or who the speaker
/// is ([`RELATIVE_OPENERS`]), which holds no speaker itself, to the phrase
/// before it.
///
/// Rule `an_aside_holds_no_speaker`: the aside is read first, so that
/// what it ends with ("The port's spokeswoman, asked about the wall,
/// said": "the wall"; "Brek, asked about Varn, said": "Varn") is passed
/// over even when it could speak; the phrase before the aside is the
/// subject when it may speak.
fn subject_before(text: &str, toks: &[Token], lo: usize, v: usize) -> Option<Range<usize>> {
    let phrase = phrase_backward(text, toks, lo, v)?;
    if let Some(p) = subject_before_aside(text, toks, lo, v) {
        return Some(p);
    }
    may_speak(&text[phrase.clone()]).then_some(phrase)
}

/// The phrase before an aside that ends at a comma right before verb `v`
/// (past adverbs), when the aside opens with a participle or a relative
/// pronoun ([`subject_before`]) and that phrase may speak.
fn subject_before_aside(text: &str, toks: &[Token], lo: usize, v: usize) -> Option<Range<usize>> {
    let mut k = v;
    while k > lo && toks[k - 1].word && with_lowercase(toks[k - 1].text(text), is_adverb) {
        k -= 1;
    }
    if k <= lo + 2 || toks[k - 1].text(text) != "," {
        return None;
    }
    let aside_comma = (lo..k - 1).rev().find(|&c| !toks[c].word)?;
    let opens_aside = toks[aside_comma].text(text) == ","
        && toks.get(aside_comma + 1).is_some_and(|t| {
            with_lowercase(t.text(text), |f| {
                f.ends_with("ing")
                    || matches!(f, "asked" | "reached" | "contacted" | "interviewed")
                    || RELATIVE_OPENERS.contains(&f)
            })
        });
    if !opens_aside {
        return None;
    }
    phrase_backward(text, toks, lo, aside_comma + 1).filter(|p| may_speak(&text[p.clone()]))
}

/// Rule `a_described_subject_speaks_in_a_joined_clause`: "A spokeswoman
/// for the council declined to comment but said “…”": a clause joined by
/// "and" or "but" to one whose subject is a description, not a name, is
/// that description's, as "said a spokeswoman for the council" is. The
/// clause `toks` opens with a capitalised article and the description
/// read as a speaker phrase ([`phrase_backward`]) runs up to its verb: the
/// first lower-case word past it, a past tense ("declined") or a speech
/// verb. `None` when the description may not speak.
fn described_clause_subject(text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let first = toks.first()?;
    if !matches!(first.text(text), "A" | "An" | "The") {
        return None;
    }
    let v = (2..toks.len().min(12)).find(|&k| {
        let t = &toks[k];
        t.word
            && !is_capitalized(t.text(text))
            && with_lowercase(t.text(text), |f| {
                (f.ends_with("ed") || is_speech_verb(f)) && !f.ends_with("ing")
            })
            && phrase_backward(text, toks, 0, k) == Some(first.start..toks[k - 1].end)
    })?;
    let phrase = first.start..toks[v - 1].end;
    may_speak(&text[phrase.clone()]).then_some(phrase)
}

/// Words "as" (or "how") may stand before the speaker of "put it".
const PUT_IT_REACH: usize = 6;

/// The phrase between "as" or "how" and "put it" in `toks` ("as one
/// engineer put it" → "one engineer"), of words only and at most
/// [`PUT_IT_REACH`] of them; or the name after "as" that an appositive
/// closed by a comma separates from "put it" ([`put_it_past_appositive`]).
fn put_it_phrase(text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let put = toks.windows(2).position(|w| {
        eq_lowercase(w[0].text(text), "put") && eq_lowercase(w[1].text(text), "it")
    })?;
    let opener = (put.saturating_sub(PUT_IT_REACH + 1)..put).rev().find(|&k| {
        !toks[k].word || with_lowercase(toks[k].text(text), |f| matches!(f, "as" | "how"))
    })?;
    let named = toks[opener].word && opener + 1 < put;
    if named {
        return Some(toks[opener + 1].start..toks[put - 1].end);
    }
    put_it_past_appositive(text, toks, put)
}

/// "as Ida Marsh, a pilot at the Karsk Port Authority, recently put it":
/// when a comma (and perhaps an adverb) stands right before "put" at token
/// `put`, the words between the nearest "as" or "how" within
/// [`APPOSITIVE_REACH`] and the first comma after it, at most
/// [`PUT_IT_REACH`] of them and words or an initial's dot only: the name,
/// not the body at the appositive's end.
fn put_it_past_appositive(text: &str, toks: &[Token], put: usize) -> Option<Range<usize>> {
    let mut k = put;
    while k > 0 && toks[k - 1].word && with_lowercase(toks[k - 1].text(text), is_adverb) {
        k -= 1;
    }
    if k < 4 || toks[k - 1].text(text) != "," {
        return None;
    }
    let opener = (put.saturating_sub(APPOSITIVE_REACH)..k - 1).rev().find(|&a| {
        toks[a].word && with_lowercase(toks[a].text(text), |f| matches!(f, "as" | "how"))
    })?;
    let comma = (opener + 1..k - 1).find(|&c| !toks[c].word && toks[c].text(text) != ".")?;
    let plain = toks[comma].text(text) == ","
        && (2..=PUT_IT_REACH + 1).contains(&(comma - opener))
        && comma < k - 1;
    plain.then(|| toks[opener + 1].start..toks[comma - 1].end)
}

/// Words of how something was said that may follow "put it" to the end
/// of its clause ("put it bluntly", "put it this way", "put it best").
const PUT_IT_HOW: usize = 3;

/// Rule `someone_put_it_names_the_speaker`: "Mara Quinn, the mayor's
/// deputy, recently put it, “…”", "Brell put it bluntly: “…”", "“…,” Ida
/// Marsh put it simply": "put it" at token `k`, without "as" or "how"
/// before it, is a speech verb when at most [`PUT_IT_HOW`] words of how
/// (an -ly adverb, "this way", "best") stand between it and the end of
/// its clause. "The council put it to a vote" puts a thing somewhere.
/// Rule `a_phrasal_verb_of_speech_names_the_speaker` reads the lexicon's
/// `PHRASAL_SPEECH_VERBS` the same way ("Rubio fired back forcefully:",
/// "“…,” Trump shot back", "she went on:", "her husband cut in"), and
/// one "back" may aim "at" someone ("Marsh hit back at the council:").
fn puts_it(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(pair) = toks.get(k..k + 2) else { return false };
    if !pair[0].word || !pair[1].word || is_capitalized(pair[0].text(text)) {
        return false;
    }
    let (verb, particle) = (pair[0].text(text), pair[1].text(text));
    // Most words are followed by no particle: turned away before folding.
    if !SPEECH_PARTICLES.iter().any(|p| particle.eq_ignore_ascii_case(p)) {
        return false;
    }
    let put = with_lowercase(verb, |f| f == "put" || f == "puts") && eq_lowercase(particle, "it");
    let phrasal = !put
        && with_lowercase(verb, |v| {
            with_lowercase(particle, |p| PHRASAL_SPEECH_VERBS.contains(&(v, p)))
        });
    if !put && !phrasal {
        return false;
    }
    let how = toks[k + 2..]
        .iter()
        .take_while(|t| {
            t.word
                && with_lowercase(t.text(text), |f| {
                    (f.len() > 4 && f.ends_with("ly"))
                        || put && matches!(f, "this" | "that" | "way" | "best" | "well" | "another")
                })
        })
        .count();
    let next = toks.get(k + 2 + how);
    let aims = phrasal
        && eq_lowercase(particle, "back")
        && next.is_some_and(|t| eq_lowercase(t.text(text), "at"));
    how <= PUT_IT_HOW
        && (aims
            || next.is_none_or(|t| {
                !t.word && matches!(t.text(text), "," | ":" | "." | ";" | "—" | "–" | "-")
            }))
}

/// Rule `went_on_to_say_is_the_subjects`: "The email goes on to say:",
/// "Trump joked, but went on to say, “…”": the subject of a speech verb
/// at token `v` after "went on to" (any form of "go") stands before "went";
/// the token to read it from.
fn past_went_on_to(text: &str, toks: &[Token], v: usize) -> usize {
    let went = v >= 3
        && eq_lowercase(toks[v - 1].text(text), "to")
        && eq_lowercase(toks[v - 2].text(text), "on")
        && toks[v - 3].word
        && with_lowercase(toks[v - 3].text(text), |f| GO_FORMS.contains(&f));
    if went {
        v - 3
    } else {
        v
    }
}

/// The second words of "put it" and of the lexicon's
/// `PHRASAL_SPEECH_VERBS`, tested first by [`puts_it`] (the test
/// `every_phrasal_particle_is_tested_first` keeps the two in step).
const SPEECH_PARTICLES: [&str; 5] = ["it", "back", "on", "in", "out"];

/// The forms of "go" before "on to say".
const GO_FORMS: [&str; 5] = ["go", "goes", "went", "going", "gone"];

/// "A Kremlin readout of the call said …": a sentence whose subject is a
/// document about something. The document's phrase (up to its noun), when
/// the tokens before verb `v` open with one; or, rule
/// `a_document_from_someone_speaks_for_them`, the phrase of its issuer
/// when the document is "from" or "by" someone ("A statement from the Tide
/// Party said …" is the party's), as after "according to".
fn document_subject(text: &str, toks: &[Token], v: usize) -> Option<Range<usize>> {
    let d = toks
        .iter()
        .take(v.min(6))
        .position(|t| t.word && with_lowercase(t.text(text), is_document))?;
    let about = toks.get(d + 1).is_some_and(|t| {
        with_lowercase(t.text(text), |f| matches!(f, "of" | "on" | "from" | "about" | "after"))
    });
    // Words only, and no pronoun: in "He released a letter from his
    // doctor" the document is the object of someone's verb.
    let plain_subject = toks[..d].iter().all(|t| {
        (t.word && with_lowercase(t.text(text), pronoun).is_none())
            || matches!(t.text(text), "’" | "'")
    });
    let one_clause =
        !toks[d + 1..v].iter().any(|t| !t.word && t.text(text) != "." && t.text(text) != "-");
    if !(d > 0 && about && plain_subject && one_clause) {
        return None;
    }
    let issued = with_lowercase(toks[d + 1].text(text), |f| matches!(f, "from" | "by"));
    // The issuer's phrase ends before a day ("a letter from his doctor
    // Friday").
    let end = (d + 2..v)
        .find(|&k| {
            let w = toks[k].text(text);
            crate::lexicon::calendar::weekday_named(w).is_some()
                || crate::lexicon::calendar::month_of(w).is_some()
        })
        .unwrap_or(v);
    let issuer = issued.then(|| phrase_forward(text, &toks[..end], d + 2)).flatten();
    Some(issuer.unwrap_or(toks[0].start..toks[d].end))
}

/// "Halvorsen Shipping, which builds vessels for the project, said": the
/// entity that opens the sentence and is set off by a comma, when an aside
/// follows it up to the comma before verb `v`. A name outranks whatever the
/// aside ends with ("the project").
fn opening_name_before_aside(
    text: &str,
    toks: &[Token],
    v: usize,
    mentions: &[(usize, usize, usize)],
    entities: &[FoundEntity],
) -> Option<usize> {
    let mut k = v;
    while k > 0 && toks[k - 1].word && with_lowercase(toks[k - 1].text(text), is_adverb) {
        k -= 1;
    }
    if k < 4 || toks[k - 1].text(text) != "," {
        return None;
    }
    let first = if toks[0].text(text) == "The" { toks.get(1)? } else { &toks[0] };
    let at = mentions.partition_point(|m| m.0 < first.start);
    let &(start, end, i) = mentions.get(at)?;
    let opens = start == first.start
        && matches!(entities[i].kind, EntityKind::Person | EntityKind::Organization);
    // The name opening the sentence, else a person's name after a title.
    let candidates =
        [opens.then_some((end, i)), person_after_title(text, toks, &mentions[at..], entities)];
    candidates.into_iter().flatten().find_map(|(end, i)| {
        let comma = toks.iter().position(|t| t.start >= end)?;
        let name_ends_at_comma = toks[comma].text(text) == ","
            && text[end..toks[comma].start].trim_start_matches(['’', '\'', 's']).is_empty();
        // The aside describes ("which builds…", "the leader of…"); a capitalised
        // one is the name itself ("Mozilla's CTO, Brendan Eich, said").
        let describes =
            toks.get(comma + 1).is_some_and(|t| t.word && !is_capitalized(t.text(text)));
        (name_ends_at_comma && describes && comma + 1 < k - 1).then_some(i)
    })
}

/// How many words of title may stand before a name that opens a sentence
/// ("Democratic nominee Ida Marsh, …, said").
const TITLE_REACH: usize = 3;

/// "Party leader Ida Marsh, at a later briefing, said": a person's name
/// after at most [`TITLE_REACH`] words of title that open the clause
/// `toks`, from `mentions` (those at or after its start). Its end and entity.
fn person_after_title(
    text: &str,
    toks: &[Token],
    mentions: &[(usize, usize, usize)],
    entities: &[FoundEntity],
) -> Option<(usize, usize)> {
    let limit = toks.get(TITLE_REACH)?.start;
    let &(start, end, i) = mentions
        .iter()
        .take_while(|m| m.0 <= limit)
        .find(|m| entities[m.2].kind == EntityKind::Person)?;
    let title = toks.iter().take_while(|t| t.start < start);
    let plain = title.clone().all(|t| t.word && !breaks_phrase(&t.text(text).to_lowercase()));
    plain.then_some((end, i))
}

/// Can the phrase be a subject that speaks: a name, a pronoun, or a noun
/// phrase with a determiner ("the ministry", "a senior official")?
fn names_someone(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    phrase.split_whitespace().any(is_capitalized)
        || with_lowercase(first, |f| {
            matches!(
                f,
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "my"
                    | "our"
                    | "he"
                    | "she"
                    | "officials"
                    | "police"
                    | "witnesses"
                    | "residents"
            )
        })
}

/// A person's age as news style puts it after a name: one to three digits.
fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// How many words may describe someone unnamed after "one" or "another".
/// Rule `one_senior_official_of_four_words_speaks`: four, for news
/// style's "said one former senior agency official" (three left such a
/// quote without a speaker).
const UNNAMED_WORDS: usize = 4;

/// "one dockworker", "another resident": someone unnamed, counted out of a
/// group. The words after the determiner must read as a plain role noun
/// phrase (lowercase, no pronoun, no time word), since "one" also opens
/// phrases such as "one day he".
fn one_unnamed(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else { return false };
    if !with_lowercase(first, |f| matches!(f, "one" | "another")) {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    (1..=UNNAMED_WORDS).contains(&rest.len())
        && rest.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !matches!(
                    *w,
                    "he" | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "him"
                        | "her"
                        | "his"
                        | "its"
                        | "their"
                        | "them"
                        | "us"
                        | "of"
                        | "who"
                        | "that"
                        | "day"
                        | "time"
                        | "week"
                        | "month"
                        | "year"
                        | "night"
                        | "morning"
                        | "evening"
                        | "thing"
                        | "way"
                        | "more"
                        | "point"
                        | "case"
                )
        })
        && rest.last().is_some_and(|w| w.ends_with(|c: char| c.is_ascii_lowercase()))
}

/// Rule `an_unnamed_reporter_is_who_the_pronoun_means`: "A woman who was
/// at the protest, who gave her name only as Bex, said she was hit. “…,”
/// she said": a sentence opening with "A"/"An" and a lower-case role noun
/// ("A woman", "A local shopkeeper") whose speech verb follows, right
/// after the noun or right after the comma closing the relative clause
/// on it, names someone unnamed who reports; a pronoun in the quote right
/// after that sentence is that person, not the person named before.
/// Returns the noun phrase without its article ("woman").
fn someone_unnamed_reporting(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split_whitespace().take(UNNAMED_REPORTER_REACH).collect();
    if !matches!(words.first(), Some(&"A") | Some(&"An")) {
        return None;
    }
    let noun_end = words
        .iter()
        .skip(1)
        .position(|w| {
            !w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                || with_lowercase(w, |f| f == "who" || SPEECH_VERBS.contains(f))
        })
        .map(|p| p + 1)?;
    let last_noun = words[noun_end - 1];
    let noun = words[1..noun_end].join(" ");
    let role = (2..=4).contains(&(noun_end))
        && one_unnamed(&format!("one {}", noun.trim_end_matches(',')));
    if !role {
        return None;
    }
    let verb_at = |k: usize| {
        words.get(k).is_some_and(|w| {
            let w = w.trim_end_matches([',', '.']);
            is_speech_verb(w) && !w.ends_with("ing")
        })
    };
    // "A woman said …", "A woman, 34, said" is not read; "A woman who …,
    // said": the verb right after the comma closing the clause.
    let reports = verb_at(noun_end) && !last_noun.ends_with(',')
        || words.get(noun_end) == Some(&"who")
            && (noun_end + 1..words.len()).any(|k| {
                words[k - 1].ends_with(',')
                    && verb_at(k)
                    && !words[..k].iter().any(|w| w.ends_with('.'))
            });
    reports.then(|| noun.trim_end_matches(',').to_string())
}

/// Where the sentence opening `s` ends: past its first full stop,
/// question or exclamation mark before whitespace.
fn sentence_end(s: &str) -> Option<usize> {
    s.match_indices(['.', '?', '!'])
        .find(|(i, _)| s[i + 1..].starts_with(char::is_whitespace))
        .map(|(i, _)| i + 1)
}

/// How many words into a sentence opening "A woman who …" its speech verb
/// may stand for [`someone_unnamed_reporting`].
const UNNAMED_REPORTER_REACH: usize = 24;

/// "one of the dockworkers": someone unnamed out of a group, given as the
/// group's noun phrase ("dockworkers"), which must end in a lowercase plural.
fn one_of_group(phrase: &str) -> Option<&str> {
    let mut words = phrase.splitn(3, ' ');
    let (first, of, rest) = (words.next()?, words.next()?, words.next()?);
    if !with_lowercase(first, |f| matches!(f, "one" | "another")) || of != "of" {
        return None;
    }
    let group = strip_article(rest);
    let last = group.rsplit(' ').next()?;
    (group.split(' ').count() <= 3
        && last.len() > 2
        && last.ends_with('s')
        && last.bytes().all(|b| b.is_ascii_lowercase()))
    .then_some(group)
}

fn strip_article(s: &str) -> &str {
    for a in [
        "a ", "an ", "the ", "A ", "An ", "The ", "one ", "another ", "One ", "Another ", "its ",
        "Its ", "their ", "Their ",
    ] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

struct Resolver<'a> {
    text: &'a str,
    entities: &'a [FoundEntity],
    /// Every person mention, in text order: (start, entity).
    people: Vec<(usize, usize)>,
    /// Every mention, in text order: (start, end, entity).
    mentions: Vec<(usize, usize, usize)>,
    /// Speakers named so far, for "the spokesperson" → "a U.S. State
    /// Department spokesperson".
    /// Each with where its phrase starts, so the nearer of it and a
    /// description met in the text ([`Resolver::introduced_before`]) wins.
    described: Vec<(usize, String)>,
}

impl<'a> Resolver<'a> {
    fn new(text: &'a str, entities: &'a [FoundEntity]) -> Self {
        // Sized up front: a flattening iterator gives no useful size hint,
        // and the vector would grow step by step.
        let mut mentions: Vec<(usize, usize, usize)> =
            Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
        mentions.extend(
            entities
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i))),
        );
        crate::lexicon::sort(&mut mentions);
        // Taken from the sorted mentions, the people are already in order
        // (or nearly, should two share a start), which the sort then only
        // checks.
        let mut people: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|m| entities[m.2].kind == EntityKind::Person)
            .map(|m| (m.0, m.2))
            .collect();
        crate::lexicon::sort(&mut people);
        Resolver { text, entities, people, mentions, described: Vec::new() }
    }

    /// Is the speaker a person the article names?
    fn is_person(&self, speaker: &Speaker) -> bool {
        speaker.1.is_some_and(|e| self.entities[e].kind == EntityKind::Person)
    }
}

impl Resolver<'_> {
    /// The person named right before a descriptive appositive that ends at
    /// a comma before the verb: "Erika Sund, the mayor of Karsk, said" →
    /// Erika Sund, since a name outranks its description. `None` when the
    /// phrase is itself a name ("The mayor, Tomas Reyes, insisted") or no
    /// person stands before it.
    fn named_before_appositive(&self, phrase: &Range<usize>) -> Option<(String, Option<usize>)> {
        if !self.text[phrase.end..].trim_start().starts_with(',') {
            return None;
        }
        let first = self.mentions.partition_point(|m| m.0 < phrase.start);
        let phrase_is_a_name =
            self.mentions[first..].iter().take_while(|m| m.0 < phrase.end).any(|&(_, end, i)| {
                self.entities[i].kind == EntityKind::Person
                    && end <= phrase.end
                    && self.text[end..phrase.end]
                        .trim_start_matches(['’', '\'', 's'])
                        .trim()
                        .is_empty()
            });
        if phrase_is_a_name {
            return None;
        }
        let before = self.text[..phrase.start].trim_end();
        let mut name_part = before.strip_suffix(',')?.trim_end();
        // "Ana Pell, 58, a fisherman from Karsk, said": past the age too.
        if let Some((head, age)) = name_part.rsplit_once(',') {
            if is_age(age.trim()) {
                name_part = head.trim_end();
            }
        }
        let comma = name_part.len();
        let upto = self.mentions.partition_point(|m| m.0 < comma);
        let &(_, _, i) = self.mentions[..upto]
            .iter()
            .rev()
            .take(4)
            .find(|&&(_, e, i)| e == comma && self.entities[i].kind == EntityKind::Person)?;
        Some((self.entities[i].name.clone(), Some(i)))
    }

    /// Rule `a_description_yields_to_the_name_beside_it`: "according to
    /// the regional governor, Anneke Dahl, “…”", "its chair, Judge Mirela
    /// Osk, promising": a description followed by a person's name set off
    /// by commas is that person, as a name outranks its description. The
    /// name (titles such as "Judge" may open it) must close with a comma,
    /// run to the quote, or end the sentence ("said the union leader, Ana
    /// Lind.").
    fn name_beside_description(&self, phrase: &Range<usize>) -> Option<Speaker> {
        let rest = &self.text[phrase.end..];
        let after_comma = rest.trim_start().strip_prefix(',')?;
        let from = phrase.end + (rest.len() - after_comma.len());
        let k = self.mentions.partition_point(|m| m.0 < from);
        let &(start, end, i) = self.mentions.get(k)?;
        let between = &self.text[from..start];
        let titled = between.len() <= APPOSITIVE_TITLE_BYTES
            && between.split_whitespace().all(is_capitalized);
        let closes = self.text[end..].trim_start().starts_with([',', '"', '“', '‘', '\'', '.']);
        (self.entities[i].kind == EntityKind::Person && titled && closes)
            .then(|| (self.entities[i].name.clone(), Some(i)))
    }

    /// The subject of the clause before "…, writing that “…”": a person
    /// named in it and followed by a lowercase word (its verb), or a
    /// sentence-opening "He"/"She".
    fn clause_subject(
        &mut self,
        toks: &[Token],
        clause_end: usize,
    ) -> Option<(String, Option<usize>)> {
        let first = toks.first()?;
        if toks.get(1).is_some_and(|t| t.word && !is_capitalized(t.text(self.text)))
            && with_lowercase(first.text(self.text), |f| matches!(f, "he" | "she"))
        {
            return self.resolve(first.start..first.end);
        }
        let from = self.mentions.partition_point(|m| m.0 < first.start);
        for &(start, end, i) in self.mentions[from..].iter().take_while(|m| m.1 <= clause_end) {
            if self.entities[i].kind != EntityKind::Person {
                continue;
            }
            // A name after a verb or a preposition is an object ("the
            // ministry accused Pell of lying, saying …"), not the subject.
            let word_before = toks
                .iter()
                .rev()
                .find(|t| t.end <= start)
                .filter(|t| t.word && !is_capitalized(t.text(self.text)));
            if word_before.is_some_and(|t| {
                with_lowercase(t.text(self.text), |f| {
                    f.ends_with("ed")
                        || (f.ends_with('s') && !f.ends_with("ss"))
                        || breaks_phrase(f)
                        || SPEECH_VERBS.contains(f)
                        || matches!(
                            f,
                            "of" | "for"
                                | "from"
                                | "against"
                                | "about"
                                | "over"
                                | "like"
                                | "than"
                                | "told"
                                | "met"
                        )
                })
            }) {
                continue;
            }
            let (next_at, end) =
                past_affiliation(self.text, toks, toks.partition_point(|t| t.start < end), end);
            let mut next = toks.get(next_at).filter(|t| t.start == end + 1);
            // "The prime minister, Katla Ruud, welcomed …": past the comma
            // closing an appositive name, to a verb that is not the
            // participle of this very pattern ("Ruud, saying …").
            let appositive =
                toks.get(next_at).is_some_and(|t| t.start == end && t.text(self.text) == ",");
            if appositive {
                next = toks.get(next_at + 1).filter(|t| {
                    t.start == end + 2
                        && !with_lowercase(t.text(self.text), |f| {
                            SPEECH_VERBS.contains(f) || f.ends_with("ing")
                        })
                });
            }
            // Rule `an_auxiliary_is_the_subjects_verb`: "The leader of the
            // Green Alliance, Marta Quell, was blunter:": "was", "is",
            // "has" and "had" end a speaker phrase read backwards, but
            // after an appositive name they are its verb. Not after a
            // name alone: "Bluejay Nation had much the same reaction when
            // McDermott sent out the following message:" is McDermott's.
            if next.is_some_and(|t| {
                t.word
                    && !is_capitalized(t.text(self.text))
                    && with_lowercase(t.text(self.text), |f| {
                        !breaks_phrase(f) || appositive && matches!(f, "was" | "is" | "has" | "had")
                    })
            }) {
                return Some((self.entities[i].name.clone(), Some(i)));
            }
        }
        None
    }

    /// "One of the dockworkers said the mood was defiant. “…,” he said": a
    /// sentence opening with someone unnamed who speaks, standing after the
    /// last person named (from `from`) and close before `to`, is who "he" or
    /// "she" is.
    fn unnamed_subject_between(&mut self, from: usize, to: usize) -> Option<String> {
        let start = char_at_or_after(self.text, from.max(to.saturating_sub(600)));
        let window = &self.text[start..to];
        let mut found = None;
        // "One of …" opening a sentence, or "one of …" after a quote ("“…,”
        // one of the dockworkers said").
        let openings = window.match_indices("One ").chain(
            window
                .match_indices("” one ")
                .chain(window.match_indices("\" one "))
                .map(|(at, m)| (at + m.len() - 4, m)),
        );
        let mut starts: Vec<usize> = openings.map(|(at, _)| at).collect();
        crate::lexicon::sort(&mut starts);
        for at in starts {
            let before = window[..at].trim_end();
            let opens_sentence = before.ends_with(['.', '”', '"', '?', '!'])
                || (before.is_empty()
                    && start > 0
                    && self.text[..start].trim_end().ends_with(['.', '”', '"']));
            if !opens_sentence {
                continue;
            }
            let words: Vec<&str> = window[at..].split_whitespace().take(7).collect();
            let Some(verb) =
                words.iter().position(|w| is_speech_verb(w.trim_end_matches([',', '.'])))
            else {
                continue;
            };
            let phrase = words[..verb].join(" ");
            if let Some(group) = one_of_group(&phrase) {
                found = Some(member_of(group));
            } else if one_unnamed(&phrase) {
                found = Some(strip_article(&phrase).to_string());
            }
        }
        let opening_a = window.match_indices("A").filter_map(|(at, _)| {
            let before = window[..at].trim_end();
            let opens =
                before.len() < window[..at].len() && before.ends_with(['.', '”', '"', '?', '!']);
            let who = opens.then(|| someone_unnamed_reporting(&window[at..])).flatten()?;
            // Only when the quote follows that sentence straight away
            // ("… said she was hit. “…,” she said").
            let end = sentence_end(&window[at..])?;
            let rest = window[at + end..].trim_start();
            let straight_on = rest.starts_with(['“', '"'])
                && !rest.split('\n').skip(1).any(|line| {
                    let line = line.trim_start();
                    !line.is_empty() && !line.starts_with(['“', '"'])
                });
            straight_on.then_some((at, who))
        });
        if let Some((at, who)) = opening_a.last() {
            let last_one = window.rfind("One ").unwrap_or(0);
            if found.is_none() || at > last_one {
                found = Some(who);
            }
        }
        found
    }

    /// The issuer in a phrase that ends with a document ("Velmoran
    /// government readout" → "Velmoran government", "the Kremlin's
    /// statement" → "Kremlin"), `None` when the phrase names no document or
    /// no issuer ("a joint statement").
    fn issuer_of_document(&self, phrase: Range<usize>) -> Option<Range<usize>> {
        // Most phrases name no document: tell from the last word before tokenizing.
        let last_word = self.text[phrase.clone()].trim_end().rsplit(' ').next().unwrap_or("");
        if !with_lowercase(last_word, is_document) {
            return None;
        }
        let toks = tokenize(self.text, phrase);
        let last = toks.last()?;
        if !last.word || !with_lowercase(last.text(self.text), is_document) {
            return None;
        }
        let words = &toks[..toks.len() - 1];
        let first = words
            .iter()
            .position(|t| !t.word || !with_lowercase(t.text(self.text), describes_document))?;
        let issuer = &words[first..];
        let end = issuer
            .iter()
            .rev()
            .find(|t| t.word && !with_lowercase(t.text(self.text), describes_document))?
            .end;
        if issuer.iter().any(|t| !t.word && !matches!(t.text(self.text), "’" | "'" | ".")) {
            return None;
        }
        let written = &self.text[issuer[0].start..end];
        Some(
            issuer[0].start
                ..issuer[0].start + crate::parse::tokens::strip_possessive(written).len(),
        )
    }

    /// "A Velmoran military source told Al Jazeera that … “…,” the source
    /// said": the fuller description of `short` ("source") that spoke shortly
    /// before `at` without a quote of its own, as the subject of a speech
    /// verb opening with "a"/"an" or the sentence ("Velmora's defence
    /// ministry said …").
    fn introduced_before(&self, short: &str, at: usize) -> Option<(usize, String)> {
        let head = head_noun(short);
        if head.is_empty() {
            return None;
        }
        let from = char_at_or_after(self.text, at.saturating_sub(800));
        let window = &self.text[from..at];
        for (p, _) in window.match_indices(head).collect::<Vec<_>>().into_iter().rev() {
            let after = &window[p + head.len()..];
            let verb_follows = after
                .strip_prefix(' ')
                .and_then(|a| a.split(' ').next())
                .is_some_and(|w| is_speech_verb(w) && !w.ends_with("ing"));
            if !verb_follows || !window[..p].ends_with(' ') {
                continue;
            }
            let mut start = p;
            let mut modifiers = 0;
            let mut rest = window[..p].trim_end();
            for _ in 0..5 {
                let word_start = rest.rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |w| w + 1);
                let word = &rest[word_start..];
                rest = rest[..word_start].trim_end();
                // "U.S." and "Gen." end no sentence.
                let abbreviation = word.ends_with('.')
                    && is_capitalized(word)
                    && word.chars().filter(|c| c.is_alphabetic()).count() <= 3;
                let opens = word.is_empty()
                    || !abbreviation && word.ends_with(['.', ',', ';', ':', '”', '"', '?', '!']);
                let (article, back_reference, breaks) = with_lowercase(word, |f| {
                    (matches!(f, "a" | "an"), f == "the", breaks_phrase(f))
                });
                if opens || article {
                    break;
                }
                if back_reference
                    || breaks
                    || !word
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '’' | '\'' | '-' | '.'))
                {
                    modifiers = 0;
                    break;
                }
                start = word_start;
                modifiers += 1;
            }
            if modifiers == 0 {
                continue;
            }
            let described = &window[start..p + head.len()];
            if refers_back_to(short, described) {
                return Some((from + start, described.to_string()));
            }
        }
        None
    }

    /// Turns a speaker phrase into a canonical speaker, by the first
    /// reading that applies: a pronoun, a document's issuer, a name, one of
    /// a group, a description that refers back; else the phrase itself, as
    /// a description later phrases may refer back to.
    fn resolve(&mut self, phrase: Range<usize>) -> Option<Speaker> {
        let raw = self.text[phrase.clone()].trim();
        if raw.is_empty() {
            return None;
        }
        match with_lowercase(raw, pronoun) {
            Some(Pronoun::Personal) => return self.person_referred_to(phrase.start, raw),
            Some(Pronoun::Impersonal) => return None,
            None => {}
        }
        // "a ministry readout", "the Kremlin's statement": the issuer speaks.
        if let Some(issuer) = self.issuer_of_document(phrase.clone()) {
            return self.resolve(issuer);
        }
        if let Some(named) =
            self.name_ending(&phrase).or_else(|| self.person_from_somewhere(&phrase))
        {
            return Some(named);
        }
        if names_an_event(raw) {
            return None;
        }
        if let Some(group) = one_of_group(raw) {
            let plain = member_of(group);
            self.described.push((phrase.start, plain.clone()));
            return Some((plain, None));
        }
        if let Some(group) = with_lowercase(raw, |f| matches!(f, "one" | "another"))
            .then(|| self.group_just_named(phrase.start))
            .flatten()
        {
            let plain = member_of(&group);
            self.described.push((phrase.start, plain.clone()));
            return Some((plain, None));
        }
        let plain = strip_article(raw).to_string();
        if is_fragment(raw, &plain) {
            return None;
        }
        if let Some(named) = self.name_beside_description(&phrase) {
            return Some(named);
        }
        let lone_noun = !raw.contains(char::is_whitespace) && raw.chars().all(|c| c.is_lowercase());
        if raw.starts_with("the ") || raw.starts_with("The ") || lone_noun {
            if let Some(referred) = self.referred_back_to(&plain, phrase.start) {
                return Some(referred);
            }
        }
        self.described.push((phrase.start, plain.clone()));
        Some((plain, None))
    }

    /// Rule `a_lone_one_is_one_of_the_group_just_named`: "Neighbours were
    /// less than impressed. One said: “…”": a bare "One" or "Another" as
    /// the speaker is one of the plural subject of the sentence before `at`
    /// (a plural noun right before its verb: "Neighbours were", "Many
    /// local parents have"). `None` when that sentence opens with no such
    /// group, and "Another" stays as written ("Another tweeted", after a
    /// named tweeter).
    fn group_just_named(&self, at: usize) -> Option<String> {
        let before = self.text[..at].trim_end();
        let end = before.rfind(['.', '!', '?', ':', '\n'])?;
        let start = char_at_or_after(self.text, end.saturating_sub(300));
        let head = &before[start..end];
        let sentence = head.rfind(['.', '!', '?', '\n']).map_or(head, |p| &head[p + 1..]);
        let words: Vec<&str> = sentence.split_whitespace().take(GROUP_SUBJECT_REACH).collect();
        let verb = words.iter().position(|w| {
            with_lowercase(w, |f| GROUP_VERBS.contains(&f) || SPEECH_VERBS.contains(f))
        })?;
        let noun = words[..verb].last()?;
        let plural = noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && noun.chars().all(|c| c.is_alphabetic())
            && words[..verb].iter().skip(1).all(|w| !is_capitalized(w));
        plural.then(|| noun.to_lowercase())
    }

    /// "he" or "she" at `at`: someone unnamed who spoke since the last
    /// person named ([`Resolver::unnamed_subject_between`]), else that person.
    fn person_referred_to(&mut self, at: usize, pronoun: &str) -> Option<Speaker> {
        let before = self.people.partition_point(|&(s, _)| s < at);
        // "she" passes over "Mr. Reyes" to the woman named before him.
        let wrong = with_lowercase(pronoun, |f| match f {
            "he" | "him" | "his" => Some(Gender::Female),
            "she" | "her" | "hers" => Some(Gender::Male),
            _ => None,
        });
        let last_person = self.people[..before]
            .iter()
            .rev()
            .take(PRONOUN_REACH)
            .find(|&&(_, e)| wrong.is_none() || self.gender(e) != wrong)
            .or(self.people[..before].last())
            .copied();
        let last_person = last_person.map(|last| {
            // Only across a sentence's end: within one sentence ("Marsh
            // said Reyes was right when he said …") the nearer name holds.
            let across = ends_a_sentence(&self.text[last.0..at.max(last.0)]);
            across
                .then(|| self.reporting_subject_before(last, &self.people[..before], wrong))
                .flatten()
                .unwrap_or(last)
        });
        let named_from = last_person.map_or(0, |(s, _)| s);
        if let Some(unnamed) = self.unnamed_subject_between(named_from, at) {
            return Some((unnamed, None));
        }
        let e = last_person?.1;
        Some((self.entities[e].name.clone(), Some(e)))
    }

    /// Rule `a_pronoun_prefers_the_reporting_subject`: "Prosecutor Ida
    /// Marsh told the jury the car struck Tomas Reyes. “…,” she said", and
    /// "Witness Ida Marsh, who was behind Reyes, said she saw it. “…,” she
    /// told the court": "he" or "she" in a later sentence than one whose speech verb's
    /// subject is one person and which names another after that subject
    /// (in an aside or as the object) points back to the subject, who is
    /// the one reporting, not to the person named last. `last` is the
    /// person recency chose; `people` those named before the pronoun.
    /// `None` when no earlier person of that sentence, within
    /// [`PRONOUN_REACH`] and of no wrong gender, is a reporting subject, or
    /// when `last` reports too.
    fn reporting_subject_before(
        &self,
        last: (usize, usize),
        people: &[(usize, usize)],
        wrong: Option<Gender>,
    ) -> Option<(usize, usize)> {
        if self.reporting_verb_after(last.0, true).is_some() {
            return None;
        }
        people
            .iter()
            .rev()
            .take(PRONOUN_REACH)
            .filter(|&&(start, e)| start < last.0 && e != last.1)
            .take_while(|&&(start, _)| !ends_a_sentence(&self.text[start..last.0]))
            .filter(|&&(_, e)| wrong.is_none() || self.gender(e) != wrong)
            .filter(|&&(start, _)| {
                self.reporting_verb_after(start, false).is_some_and(|verb_end| {
                    !self.inverted_onto(verb_end, last.0)
                        && wrong.is_none_or(|w| reported_pronoun(&self.text[verb_end..]) != Some(w))
                })
            })
            .last()
            .copied()
    }

    /// Where the speech verb whose subject is the person named at `start`
    /// ends: the verb right after the name, or after one aside set off by
    /// commas ("Ida Marsh, who was behind the car, said"). A participle
    /// ("saying") is no such verb. With `in_aside`, a speech verb inside a
    /// relative clause on the name counts too ("Reyes, who in turn said").
    fn reporting_verb_after(&self, start: usize, in_aside: bool) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.0 < start);
        let &(_, end, _) = self.mentions.get(k)?;
        let to = char_at_or_before(self.text, end + 400);
        let rest = &self.text[end..to];
        // The end of the first word of `s`, when that word is a speech verb.
        let verb = |s: &str| {
            let lead = s.len() - s.trim_start().len();
            let raw = s.split_whitespace().next().unwrap_or("");
            let w = raw.trim_end_matches([',', '.', ';', ':']);
            (is_speech_verb(w) && !w.ends_with("ing")).then_some(lead + w.len())
        };
        if let Some(e) = verb(rest) {
            return Some(end + e);
        }
        let aside = rest.trim_start().strip_prefix(',')?;
        let aside_at = end + (rest.len() - aside.len());
        let close = aside.find(',')?;
        let inner = &aside[..close];
        if close > APPOSITIVE_CLAUSE_BYTES || ends_a_sentence(inner) || inner.contains(['“', '"'])
        {
            return None;
        }
        if let Some(e) = verb(&aside[close + 1..]) {
            return Some(aside_at + close + 1 + e);
        }
        let relative = inner.trim_start().starts_with("who ");
        (in_aside && relative && inner.split_whitespace().any(is_speech_verb))
            .then_some(aside_at + close)
    }

    /// "…, said local hospital director Hengky Tewu.": the person named at
    /// `name_at` stands right after the verb ending at `verb_end` and
    /// closes the clause, so the verb is inverted and its subject is that
    /// person, not the one before it.
    fn inverted_onto(&self, verb_end: usize, name_at: usize) -> bool {
        if name_at < verb_end || name_at - verb_end > APPOSITIVE_TITLE_BYTES {
            return false;
        }
        let between = &self.text[verb_end..name_at];
        let k = self.mentions.partition_point(|m| m.0 < name_at);
        let closes = self
            .mentions
            .get(k)
            .is_some_and(|&(_, end, _)| self.text[end..].trim_start().starts_with(['.', ',', ';']));
        !between.contains([',', '.', ';', '“', '"']) && closes
    }

    /// A person's gender as an honorific among their titles tells it
    /// ([`honorifics::MALE_HONORIFICS`], [`honorifics::FEMALE_HONORIFICS`]).
    fn gender(&self, e: usize) -> Option<Gender> {
        self.entities[e].titles.iter().find_map(|t| {
            t.split_whitespace().find_map(|w| {
                with_lowercase(w.trim_end_matches('.'), |f| {
                    if honorifics::MALE_HONORIFICS.contains(&f) {
                        Some(Gender::Male)
                    } else if honorifics::FEMALE_HONORIFICS.contains(&f) {
                        Some(Gender::Female)
                    } else {
                        None
                    }
                })
            })
        })
    }

    /// A name that ends the phrase is the speaker ("Pentagon spokesperson
    /// John Kirby"); an organisation only when it is the whole phrase. A
    /// name after "for" or "of" is whom the phrase speaks for ("a spokesman
    /// for Milley").
    fn name_ending(&self, phrase: &Range<usize>) -> Option<Speaker> {
        let first = self.mentions.partition_point(|m| m.0 < phrase.start);
        for &(start, end, i) in self.mentions[first..].iter().take_while(|m| m.0 < phrase.end) {
            let e = &self.entities[i];
            let speaks_for = self.text[phrase.start..start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "for" | "of"));
            if end <= phrase.end
                && !speaks_for
                && self.text[end..phrase.end].trim_start_matches(['’', '\'', 's']).trim().is_empty()
                && (e.kind == EntityKind::Person
                    || self.text[phrase.start..start].trim().is_empty())
            {
                return Some((e.name.clone(), Some(i)));
            }
        }
        None
    }

    /// "Senator Mitch McConnell of Kentucky": a person from somewhere.
    fn person_from_somewhere(&self, phrase: &Range<usize>) -> Option<Speaker> {
        let first = self.mentions.partition_point(|m| m.0 < phrase.start);
        let &(_, _, i) = self.mentions[first..].iter().take_while(|m| m.0 < phrase.end).find(
            |&&(_, end, i)| {
                self.entities[i].kind == EntityKind::Person
                    && end < phrase.end
                    && (self.text[end..].starts_with(" of ")
                        || self.text[end..].starts_with(" from "))
            },
        )?;
        Some((self.entities[i].name.clone(), Some(i)))
    }

    /// "the spokesperson", "the office", "the minister": who a description
    /// (`plain`, without its article) at `at` refers back to.
    fn referred_back_to(&mut self, plain: &str, at: usize) -> Option<Speaker> {
        self.description_met_before(plain, at)
            .or_else(|| self.public_body_named_before(plain, at))
            .or_else(|| self.titled_person_before(plain, at))
    }

    /// "the spokesperson": the speaker described earlier with that noun, or
    /// the fuller description met shortly before in the text
    /// ([`Resolver::introduced_before`]), whichever is nearer.
    fn description_met_before(&mut self, plain: &str, at: usize) -> Option<Speaker> {
        let earlier = self.described.iter().rev().find(|(_, d)| refers_back_to(plain, d)).cloned();
        let introduced = self.introduced_before(plain, at);
        match (earlier, introduced) {
            // The same words met again are no nearer description.
            (Some((at, earlier)), Some((introduced_at, introduced)))
                if introduced_at > at + earlier.len() + 4 =>
            {
                self.described.push((introduced_at, introduced.clone()));
                Some((introduced, None))
            }
            (Some((_, earlier)), _) => Some((earlier, None)),
            (None, Some((introduced_at, introduced))) => {
                self.described.push((introduced_at, introduced.clone()));
                Some((introduced, None))
            }
            (None, None) => None,
        }
    }

    /// "the office": the organisation named last, and shortly before `at`,
    /// with that word in its name.
    fn public_body_named_before(&self, plain: &str, at: usize) -> Option<Speaker> {
        if plain.split_whitespace().count() != 1 || !names_a_public_body(plain) {
            return None;
        }
        let upto = self.mentions.partition_point(|m| m.0 < at);
        let near = self.mentions.partition_point(|m| m.0 + 400 < at).min(upto);
        let &(_, _, i) = self.mentions[near..upto].iter().rev().find(|&&(_, _, i)| {
            let e = &self.entities[i];
            e.kind == EntityKind::Organization
                && e.name.split_whitespace().count() > 1
                && e.name.split_whitespace().any(|w| w.eq_ignore_ascii_case(plain))
        })?;
        Some((self.entities[i].name.clone(), Some(i)))
    }

    /// "the minister": the person named last before `at` whose title says so.
    fn titled_person_before(&self, plain: &str, at: usize) -> Option<Speaker> {
        if plain.split_whitespace().count() > 2 {
            return None;
        }
        let head = plain.split_whitespace().last().unwrap_or("").to_lowercase();
        let before = self.people.partition_point(|&(s, _)| s < at);
        let &(_, e) = self.people[..before].iter().rev().find(|&&(_, e)| {
            self.entities[e].titles.iter().any(|t| {
                t.to_lowercase().split_whitespace().any(|w| w.trim_end_matches('.') == head)
            })
        })?;
        Some((self.entities[e].name.clone(), Some(e)))
    }
}

/// Nouns of events and occasions, which news style puts before "said" in
/// other clauses ("at a later press gaggle, said") but which never speak.
const EVENT_NOUNS: [&str; 14] = [
    "summit",
    "meeting",
    "conference",
    "rally",
    "debate",
    "hearing",
    "event",
    "speech",
    "gaggle",
    "interview",
    "ceremony",
    "briefing",
    "session",
    "festival",
];

/// Words of a verb phrase that a description never holds: a speaker phrase
/// with one is a piece of a clause ("the new project will informally be",
/// "a woman can run … without being").
const CLAUSE_WORDS: [&str; 14] = [
    "will", "would", "can", "could", "should", "may", "might", "must", "be", "being", "been",
    "just", "not", "why",
];

/// A description that is no speaker: nothing left past its article ("the"),
/// or a piece of a clause ([`CLAUSE_WORDS`]).
fn is_fragment(raw: &str, plain: &str) -> bool {
    plain.trim().is_empty()
        || with_lowercase(raw.trim(), |f| matches!(f, "a" | "an" | "the"))
        || raw.split_whitespace().any(|w| with_lowercase(w, |f| CLAUSE_WORDS.contains(&f)))
}

/// A phrase whose last word is an [`EVENT_NOUNS`] noun ("the summit", "a
/// later press gaggle").
fn names_an_event(phrase: &str) -> bool {
    phrase.rsplit(' ').next().is_some_and(|w| with_lowercase(w, |f| EVENT_NOUNS.contains(&f)))
}

/// How many words into the sentence before "One said" its group's verb
/// may stand ("Many local parents were").
const GROUP_SUBJECT_REACH: usize = 5;

/// Verbs after a group that is the sentence's subject ("Neighbours were
/// less than impressed"), besides the speech verbs.
const GROUP_VERBS: [&str; 4] = ["were", "are", "have", "had"];

/// How long an aside between a name and its speech verb may be for
/// [`Resolver::reports`]: a relative clause or a description, not a second
/// clause.
const APPOSITIVE_CLAUSE_BYTES: usize = 80;

/// "said he asked", "said that she saw": the gender of the pronoun
/// opening the reported clause after a speech verb (past an optional
/// "that"), which is the reporting subject's own.
fn reported_pronoun(after_verb: &str) -> Option<Gender> {
    let mut words = after_verb.split_whitespace();
    let mut w = words.next()?;
    if w == "that" {
        w = words.next()?;
    }
    match w {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Does this stretch of text hold a sentence's end: a full stop, question
/// or exclamation mark (and any closing quote mark) before a space and a
/// capital or the stretch's end, or a paragraph break?
/// An abbreviation's stop ("Dr. Reyes") reads as one; the rules that ask
/// then only pass over a person.
fn ends_a_sentence(s: &str) -> bool {
    s.contains('\n')
        || s.match_indices(['.', '?', '!']).any(|(i, _)| {
            let after = s[i + 1..].trim_start_matches(['”', '"', '’', '\'']);
            let next = after.trim_start();
            after.starts_with(' ') && (next.is_empty() || next.starts_with(char::is_uppercase))
        })
}

/// A person's gender, when an honorific tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// How many people named before a pronoun it may pass over to agree in
/// gender.
const PRONOUN_REACH: usize = 4;

/// What a pronoun standing as a speaker phrase tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pronoun {
    /// "he", "she": the person named or described last.
    Personal,
    /// "they", "it", "we", "I", "you": no one to name.
    Impersonal,
}

/// Pronouns that stand for the person named last.
const PERSONAL_PRONOUNS: [&str; 4] = ["he", "she", "him", "her"];
/// Pronouns that name no one a quote can be attributed to.
const IMPERSONAL_PRONOUNS: [&str; 5] = ["they", "it", "we", "i", "you"];

/// Which kind of pronoun a lower-cased phrase is, if it is one.
fn pronoun(lower: &str) -> Option<Pronoun> {
    if PERSONAL_PRONOUNS.contains(&lower) {
        Some(Pronoun::Personal)
    } else if IMPERSONAL_PRONOUNS.contains(&lower) {
        Some(Pronoun::Impersonal)
    } else {
        None
    }
}

/// One member of a group, as a speaker: "striking dockworkers" → "striking dockworker".
fn member_of(group: &str) -> String {
    let (modifiers, noun) = group.rsplit_once(' ').unwrap_or(("", group));
    let member = crate::parse::numbers::singular(noun);
    if modifiers.is_empty() {
        member
    } else {
        format!("{modifiers} {member}")
    }
}

/// Can this phrase be who speaks: a name, someone unnamed ("a port
/// spokesman"), or one of a group ("one of the dockworkers")?
fn may_speak(phrase: &str) -> bool {
    names_someone(phrase) || one_unnamed(phrase) || one_of_group(phrase).is_some()
}

/// Does any of the tokens read as a speech verb?
fn has_speech_verb(text: &str, toks: &[Token]) -> bool {
    toks.iter().any(|t| t.word && SPEECH_VERBS.contains_lowercase(t.text(text)))
}

/// A speech verb as written in running text: lowercase, since a
/// capitalised word there is a name ("the United States" has "States",
/// which folds to the verb "state").
fn is_speech_verb(word: &str) -> bool {
    !is_capitalized(word) && SPEECH_VERBS.contains_lowercase(word)
}

/// A speaker as attributed: who (a name or a description), and the entity
/// when one is named.
type Speaker = (String, Option<usize>);

/// A quote's attribution as [`FoundQuote`] holds it: speaker and entity,
/// either unknown.
type Attribution = (Option<String>, Option<usize>);

/// Finds quotes in body paragraphs. `sentences` are (range, paragraph) in
/// text order.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    entities: &[FoundEntity],
) -> Vec<FoundQuote> {
    let mut resolver = Resolver::new(text, entities);
    let mut out: Vec<FoundQuote> = Vec::new();
    // The attribution of a quote left open at the end of a paragraph.
    let mut carried: Option<Attribution> = None;
    // The attribution of the last quote of the paragraph before.
    let mut previous_para_quote: Option<Attribution> = None;
    let mut previous_para: Option<Range<usize>> = None;
    let singles = marks_speech_with_singles(text, paragraphs);
    for para in paragraphs {
        let mut earlier = EarlierQuote::default();
        let mut next_carried = None;
        for (range, open_end) in quote_ranges(text, para.clone(), singles) {
            let Some(site) =
                QuoteSite::new(text, para.clone(), previous_para.clone(), sentences, range)
            else {
                continue;
            };
            let speaker = site.speaker(&mut resolver);
            let attribution =
                site.attribute(speaker, &earlier, &carried, &previous_para_quote, &mut resolver);
            earlier = EarlierQuote {
                attribution: Some(attribution.clone()),
                sentence: Some(site.sentence),
            };
            if open_end {
                next_carried = Some(attribution.clone());
            }
            out.push(site.quote(attribution));
        }
        carried = next_carried;
        previous_para_quote = earlier.attribution;
        previous_para = Some(para.clone());
    }
    out
}

/// The quote before, in the same paragraph.
#[derive(Default)]
struct EarlierQuote {
    attribution: Option<Attribution>,
    sentence: Option<usize>,
}

/// Words that open a new clause after a quote ("“…”, while X called it
/// “…”"): a speech verb after them belongs to that clause's own quote.
const NEW_CLAUSE_WORDS: [&str; 5] = ["while", "whereas", "but", "although", "though"];

/// Words that open a subordinate clause right after a quote ("“…,” when
/// X pressed him"): a speech verb in it is not the quote's. Not "as",
/// which opens attributions ("“…,” as X put it").
const SUBORDINATE_OPENERS: [&str; 6] = ["when", "because", "if", "after", "before", "since"];

/// Verbs that give a thing its name ("a website called “…”").
const NAMING_VERBS: [&str; 6] = ["called", "dubbed", "named", "titled", "entitled", "nicknamed"];

/// Words before a naming verb that make it someone's words, not a thing's
/// name: a subject ("what he called “…”", "which they dubbed “…”") or the
/// perfect's auxiliary ("a conservative has dubbed “…”").
const SPEAKING_SUBJECTS: [&str; 14] = [
    "he", "she", "they", "we", "i", "you", "it", "who", "that", "which", "what", "has", "have",
    "had",
];

/// The nouns of a crowd's words, not one speaker's: "chants of “…”".
const CROWD_NOUNS: [&str; 8] =
    ["chants", "chant", "cries", "calls", "shouts", "chorus", "choruses", "cheers"];

/// Forms of "be" that make "asked" passive: "was asked, “…”" quotes the
/// question put to the subject, not the subject's words.
const PASSIVE_BE: [&str; 6] = ["was", "were", "is", "are", "been", "being"];

/// How many bytes of titles may stand between the comma after a
/// description and the name that follows it ("Judge", "Deputy Mayor").
const APPOSITIVE_TITLE_BYTES: usize = 32;

/// How far before "as saying" the "quoted" of "was quoted by the Varn
/// Courier as saying" may stand, in tokens.
const QUOTED_AS_REACH: usize = 8;

/// How far after a quote (in tokens) a speech verb is looked for.
const VERB_REACH: usize = 12;

/// How far after a name standing first after a quote (in tokens) a speech
/// verb may stand when a comma closing the name's appositive comes right
/// before it: news style's "…,” Ida Marsh, a professor of … at …, said".
const APPOSITIVE_REACH: usize = 40;

/// How many of the last words before a quote [`QuoteSite::no_ones_words`]
/// reads: "(noun) known here as the “…”" is the longest form.
const TAIL_WORDS: usize = 4;

/// "Ruud was asked, “…”" (the question put to the subject) and "Asked
/// whether Marsh “…”" (a poll's or an interviewer's question): `tail` are
/// the last words before the quote, lower-cased, and `raw` all of them as
/// written.
fn question_put(tail: &[String], raw: &[&str]) -> bool {
    let n = tail.len();
    let passive = n >= 2 && tail[n - 1] == "asked" && PASSIVE_BE.contains(&tail[n - 2].as_str());
    let opening = raw[0] == "Asked"
        && raw
            .get(1)
            .is_some_and(|w| with_lowercase(w, |f| matches!(f, "whether" | "if" | "about")))
        && !raw[1..].iter().any(|w| SPEECH_VERBS.contains_lowercase(w));
    passive || opening
}

/// "to chants of “…”": a crowd's words ([`CROWD_NOUNS`]), no one speaker's.
fn crowd_chant(words: &[String]) -> bool {
    let n = words.len();
    n >= 2 && words[n - 1] == "of" && CROWD_NOUNS.contains(&words[n - 2].as_str())
}

/// How many tokens a name's parenthesis may hold: "(D-N.Y.)", "(45)".
const AFFILIATION_REACH: usize = 8;

/// "Rep. Tomas Reyes (D-Ost.) reacted": past a short parenthesis standing
/// right after a name (a party and state, an age), from token `at` with the
/// name ending at byte `end`. Returns the token after it and where the
/// parenthesis ends, or `(at, end)` when there is none (rule
/// `a_name_with_its_affiliation_still_speaks`).
fn past_affiliation(text: &str, toks: &[Token], at: usize, end: usize) -> (usize, usize) {
    let opens = toks.get(at).is_some_and(|t| t.start == end + 1 && t.text(text) == "(");
    let close = toks
        .iter()
        .skip(at)
        .take(AFFILIATION_REACH)
        .position(|t| t.text(text) == ")")
        .filter(|_| opens);
    match close {
        Some(c) => (at + c + 1, toks[at + c].end),
        None => (at, end),
    }
}

/// One quote and the text around it that may say who speaks it.
struct QuoteSite<'t> {
    text: &'t str,
    /// The words inside the marks, with any spaces there.
    range: Range<usize>,
    sentence: usize,
    /// The first character of the quoted words.
    first_char: char,
    /// The sentence's text before the opening mark, trimmed.
    before_text: &'t str,
    partial: bool,
    /// The tokens of the sentence before the opening mark.
    before: Vec<Token>,
    /// After the closing mark, up to the next opening mark or the end of
    /// the sentence the quote ends in.
    after: Range<usize>,
    /// Whether `after` stops at the opening mark of a next quote.
    cut_by_next_quote: bool,
    /// When no words follow the quote in its sentence: the paragraph's next
    /// sentence (up to an opening mark in it), and whether a mark cut it.
    next_sentence: Option<(Range<usize>, bool)>,
    /// The words before a colon that introduces the quote: in its own
    /// sentence, or the last sentence of the paragraph before when that
    /// ends with a colon and the quote opens its paragraph.
    colon_intro: Option<Range<usize>>,
    /// The paragraph's sentence before the quote's, when the quote opens
    /// its sentence.
    previous_sentence: Option<Range<usize>>,
    /// The quote opens its paragraph.
    opens_paragraph: bool,
    /// No words stand beside the quote in its sentence.
    stands_alone: bool,
}

impl<'t> QuoteSite<'t> {
    /// The quote at `range` of paragraph `para`; `None` when it holds no words.
    fn new(
        text: &'t str,
        para: Range<usize>,
        previous_para: Option<Range<usize>>,
        sentences: &[Range<usize>],
        range: Range<usize>,
    ) -> Option<Self> {
        let words = text[range.clone()].trim();
        if words.is_empty() {
            return None;
        }
        let sentence_of = |at: usize| {
            sentences.partition_point(|s| s.end <= at).min(sentences.len().saturating_sub(1))
        };
        let si = sentence_of(range.start);
        let sentence = sentences.get(si).cloned().unwrap_or(para.clone());
        let end_sentence = sentences
            .get(sentence_of(range.end.saturating_sub(1)))
            .cloned()
            .unwrap_or(para.clone());
        let open_mark = opening_len(&text[..range.start]);
        let before = sentence.start.min(range.start - open_mark)..range.start - open_mark;
        let close_len = closing_len(&text[range.end..]);
        let after_start = (range.end + close_len).min(para.end);
        let sentence_end = end_sentence.end.max(after_start).min(para.end);
        let after_end = text[after_start..sentence_end]
            .find(['“', '"'])
            .into_iter()
            .chain(
                marks::DOUBLE_APOSTROPHE
                    .iter()
                    .filter_map(|m| text[after_start..sentence_end].find(m)),
            )
            .min()
            .map_or(sentence_end, |p| after_start + p);
        let first_char = words.chars().next().unwrap_or(' ');
        let before_text = text[before.clone()].trim();
        let ends_sentence =
            text[after_start..after_end].trim().is_empty() && after_end == sentence_end;
        let next_sentence = sentences
            .get(sentence_of(range.end.saturating_sub(1)) + 1)
            .filter(|s| ends_sentence && s.start >= after_start && s.start < para.end)
            .map(|s| {
                let end = s.end.min(para.end);
                let cut = text[s.start..end].find(['“', '"']).map(|p| s.start + p);
                (s.start..cut.unwrap_or(end), cut.is_some())
            })
            .filter(|(r, _)| !r.is_empty());
        let opens_paragraph = text[para.start..before.end].trim().is_empty();
        let colon_intro = if before_text.ends_with(':') {
            let end = before.start + text[before.clone()].rfind(':').unwrap_or(0);
            Some(before.start..end)
        } else if opens_paragraph {
            previous_para.and_then(|p| {
                let last = text[p.clone()].trim_end();
                let colon = p.start + last.strip_suffix(':')?.len();
                let s = sentences.get(sentence_of(colon))?;
                Some(s.start.max(p.start)..colon)
            })
        } else {
            None
        };
        let previous_sentence = (before_text.is_empty() && si > 0)
            .then(|| sentences[si - 1].clone())
            .filter(|s| s.start >= para.start);
        Some(QuoteSite {
            text,
            range,
            sentence: si,
            first_char,
            before_text,
            partial: first_char.is_lowercase()
                || (!before_text.is_empty() && !before_text.ends_with([':', ','])),
            before: tokenize(text, before),
            after: after_start..after_end,
            cut_by_next_quote: after_end < sentence_end,
            next_sentence,
            colon_intro,
            previous_sentence,
            opens_paragraph,
            stands_alone: before_text.is_empty() && ends_sentence,
        })
    }

    /// Who speaks the quote, by the first pass that names someone: a name
    /// right before a partial quote, the words after the quote, the words
    /// before it.
    fn speaker(&self, resolver: &mut Resolver) -> Option<Speaker> {
        self.as_someone_put_it(resolver)
            .or_else(|| self.name_before_partial_quote(resolver))
            .or_else(|| self.speaker_after(resolver))
            .or_else(|| Before { text: self.text, before: &self.before }.speaker_before(resolver))
            .or_else(|| self.transcript_speaker(resolver))
            .or_else(|| self.sign_off_after_dash(resolver))
    }

    /// Rule `as_someone_put_it_names_the_speaker`: "“…,” as one engineer
    /// put it", "The plan is, as Ida Marsh put it, “…”", "“…” – that was how
    /// Marsh put it": the phrase between "as" (or "how") and "put it", in the
    /// quote's sentence after the quote or before it.
    fn as_someone_put_it(&self, resolver: &mut Resolver) -> Option<Speaker> {
        // Most sentences say no "put it": tell from the text before tokenizing.
        let before = self.before.first().zip(self.before.last()).map(|(a, b)| a.start..b.end);
        let says = |r: Range<usize>| self.text[r].contains("put it");
        if !says(self.after.clone()) && !before.is_some_and(says) {
            return None;
        }
        let after = tokenize(self.text, self.after.clone());
        let phrase =
            put_it_phrase(self.text, &after).or_else(|| put_it_phrase(self.text, &self.before))?;
        resolver.resolve(phrase)
    }

    /// “…” standing as its own sentence after "Ida Marsh said the port
    /// would stay shut.": the previous sentence's speech verb's subject.
    fn previous_sentence_speaker(&self, resolver: &mut Resolver) -> Option<Speaker> {
        if !self.stands_alone {
            return None;
        }
        let toks = tokenize(self.text, self.previous_sentence.clone()?);
        Before { text: self.text, before: &toks }.speaker_before(resolver)
    }

    /// Austin "emphasized …": a person named right before a quote that
    /// opens in lowercase.
    fn name_before_partial_quote(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        if !self.first_char.is_lowercase() {
            return None;
        }
        let last = toks.last().filter(|t| t.word && is_capitalized(t.text(text)))?;
        let phrase_start = toks
            .iter()
            .rposition(|t| !t.word || !is_capitalized(t.text(text)) && t.text(text) != ".")
            .map_or(toks[0].start, |p| toks.get(p + 1).map_or(last.start, |t| t.start));
        resolver.resolve(phrase_start..last.end).filter(|s| resolver.is_person(s))
    }

    /// The speaker the words after the quote name: “…,” Ida Marsh, the
    /// harbor master, said; “…,” said the mayor; “…,” according to Marsh.
    fn speaker_after(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let after = tokenize(self.text, self.after.clone());
        let first_word = after.iter().position(|t| t.word).unwrap_or(after.len());
        self.name_standing_first(&after, first_word, resolver).or_else(|| {
            self.subject_of_verb_in(
                &after,
                first_word,
                self.after.end,
                self.cut_by_next_quote,
                resolver,
            )
        })
    }

    /// “…,” Ida Marsh, the harbor master, said: a person's name standing
    /// first after the quote and set off by a comma, with a speech verb
    /// close after it.
    fn name_standing_first(
        &self,
        toks: &[Token],
        i: usize,
        resolver: &mut Resolver,
    ) -> Option<Speaker> {
        let text = self.text;
        let mut k = i;
        while k < toks.len() && toks[k].word && is_capitalized(toks[k].text(text))
            || k < toks.len()
                && k > i
                && toks[k].text(text) == "."
                && toks[k].start == toks[k - 1].end
        {
            k += 1;
        }
        let name_end = k;
        // "Ida Marsh (Greens), said": past a parenthesis after the name.
        if k > i && toks.get(k).is_some_and(|t| t.text(text) == "(") {
            if let Some(close) = toks[k..].iter().take(10).position(|t| t.text(text) == ")") {
                k += close + 1;
            }
        }
        if k == i || toks.get(k).is_none_or(|t| t.text(text) != ",") {
            return None;
        }
        // The verb within reach, or further on right after the comma that
        // closes a long appositive ("…, a professor at …, said").
        let verb_near = toks[k..].iter().take(VERB_REACH).any(|t| is_speech_verb(t.text(text)));
        let after_appositive = (k + 1..toks.len().min(k + APPOSITIVE_REACH))
            .any(|v| is_speech_verb(toks[v].text(text)) && toks[v - 1].text(text) == ",");
        resolver
            .resolve(toks[i].start..toks[name_end - 1].end)
            .filter(|s| resolver.is_person(s) && (verb_near || after_appositive))
    }

    /// “…,” said the mayor; “…,” the mayor said; “…,” according to the
    /// mayor: the subject of the first speech verb after the quote, unless
    /// the verb belongs to a new clause or introduces the next quote.
    fn subject_of_verb_in(
        &self,
        toks: &[Token],
        i: usize,
        after_end: usize,
        cut_by_next_quote: bool,
        resolver: &mut Resolver,
    ) -> Option<Speaker> {
        let text = self.text;
        // “…”, while X called it “…”: a new clause with its own quote.
        let new_clause = cut_by_next_quote
            && toks
                .get(i)
                .is_some_and(|t| with_lowercase(t.text(text), |f| NEW_CLAUSE_WORDS.contains(&f)));
        // “…,” when Marsh pressed him: a subordinate clause after the quote
        // has its own subject, never the quote's speaker.
        let subordinate = toks.get(i).is_some_and(|t| {
            t.start == toks[0].start
                && with_lowercase(t.text(text), |f| SUBORDINATE_OPENERS.contains(&f))
        });
        if subordinate {
            return None;
        }
        let v = (i..toks.len()).take(VERB_REACH).find(|&k| {
            toks[k].word && is_speech_verb(toks[k].text(text)) || puts_it(text, toks, k)
        })?;
        // “…”, a remark X called “reckless”: the verb right before the
        // next quote introduces that one.
        let introduces_next = v + 1 == toks.len()
            && cut_by_next_quote
            && text[toks[v].end..after_end].trim().is_empty();
        if new_clause || introduces_next {
            return None;
        }
        let according = v == i
            && eq_lowercase(toks[v].text(text), "according")
            && toks.get(v + 1).is_some_and(|t| t.text(text) == "to");
        let phrase = if according {
            according_to_phrase(text, toks, v + 2)
        } else if v == i {
            phrase_forward(text, toks, v + 1)
        } else {
            subject_before(text, toks, i, past_went_on_to(text, toks, v))
        }
        .filter(|p| may_speak(&text[p.clone()]))?;
        resolver.named_before_appositive(&phrase).or_else(|| resolver.resolve(phrase))
    }

    /// No one's words in the article's voice, whatever is said around the
    /// quote: a name given to a thing ("a series called “Quick Question”",
    /// "a goal known as “the full Grassley”"), a question put to the
    /// subject ("Ruud was asked, “…”"; "Asked whether Marsh “…”") or a
    /// crowd's chant ("chants of “…”"). Rule `names_or_questions_no_speaker`.
    fn no_ones_words(&self) -> bool {
        let (text, toks) = (self.text, &self.before);
        let raw: Vec<&str> = toks.iter().filter(|t| t.word).map(|t| t.text(text)).collect();
        if raw.is_empty() {
            return false;
        }
        // The rules read at most the last four words, lower-cased, and the
        // sentence's opening.
        let from = raw.len().saturating_sub(TAIL_WORDS);
        let tail: Vec<String> = raw[from..].iter().map(|w| w.to_lowercase()).collect();
        let ends_with_comma = toks.last().is_some_and(|t| t.text(text) == ",");
        !ends_with_comma && self.gives_a_name(&tail, |k| is_capitalized(raw[from + k]))
            || question_put(&tail, &raw)
            || !ends_with_comma && crowd_chant(&tail)
    }

    /// "(a noun) called (the) “…”", "known (here) as “…”": the quote is a
    /// thing's name. A name is capitalised, follows an article, or follows
    /// a naming verb right after "the (noun)" ("the technique called
    /// “mental chronometry”"); "a remark the port authority called
    /// “reckless”" is the authority's word, and so is "what he called “…”".
    fn gives_a_name(&self, words: &[String], capitalised: impl Fn(usize) -> bool) -> bool {
        let n = words.len();
        let article = n >= 2 && matches!(words[n - 1].as_str(), "the" | "a" | "an");
        let verb = if article { n - 2 } else { n - 1 };
        let known_as =
            words[verb] == "as" && (1..=2).any(|d| verb >= d && words[verb - d] == "known");
        let after_a_noun = verb >= 2 && matches!(words[verb - 2].as_str(), "the" | "a" | "an");
        let called = (self.first_char.is_uppercase() || article || after_a_noun)
            && NAMING_VERBS.contains(&words[verb].as_str())
            && verb >= 1
            && !capitalised(verb - 1)
            && !SPEAKING_SUBJECTS.contains(&words[verb - 1].as_str());
        known_as || called
    }

    /// The quote's attribution: its own speaker; else the speaker of a
    /// quote left open in the paragraph before, which this one goes on; else
    /// the first neighbour that names one: a colon introduction, the next
    /// sentence, the quote before in the paragraph, the previous sentence's
    /// speech verb, and for a quote standing alone at a paragraph's start,
    /// the last speaker of the paragraph before; else unknown.
    fn attribute(
        &self,
        speaker: Option<Speaker>,
        earlier: &EarlierQuote,
        carried: &Option<Attribution>,
        previous_para: &Option<Attribution>,
        resolver: &mut Resolver,
    ) -> Attribution {
        let named = |a: &Option<Attribution>| a.clone().filter(|a| a.0.is_some());
        let found = |s: Option<Speaker>| s.map(|(name, entity)| (Some(name), entity));
        match speaker {
            _ if self.no_ones_words() => (None, None),
            Some((name, entity)) => (Some(name), entity),
            None if self.quotes_words_not_speech(earlier.sentence) => (None, None),
            None => (earlier.attribution.is_none() && self.opens_paragraph)
                .then(|| named(carried))
                .flatten()
                .or_else(|| found(self.colon_introduction(resolver)))
                .or_else(|| found(self.speaker_in_next_sentence(resolver)))
                .or_else(|| found(self.owner_in_next_sentence(resolver)))
                .or_else(|| named(&earlier.attribution))
                .or_else(|| found(self.previous_sentence_speaker(resolver)))
                .or_else(|| {
                    (self.opens_paragraph && self.stands_alone)
                        .then(|| named(previous_para))
                        .flatten()
                })
                .or_else(|| {
                    earlier
                        .attribution
                        .clone()
                        .or_else(|| carried.clone().filter(|_| self.opens_paragraph))
                })
                .unwrap_or((None, None)),
        }
    }

    /// "Outside, a banner read “Never again”": a fragment quoted inside a
    /// later sentence than the quote before, with no speech verb of its
    /// own, is words on a sign or in a document, not the last speaker going
    /// on.
    fn quotes_words_not_speech(&self, earlier_sentence: Option<usize>) -> bool {
        self.partial
            && !self.first_char.is_lowercase()
            && !self.before_text.is_empty()
            && earlier_sentence.is_some_and(|p| p != self.sentence)
            && !has_speech_verb(self.text, &self.before)
    }

    /// The quote found, its range starting at its first word.
    fn quote(&self, (speaker, speaker_entity): Attribution) -> FoundQuote {
        let inside = &self.text[self.range.clone()];
        FoundQuote {
            range: self.range.start + (inside.len() - inside.trim_start().len())..self.range.end,
            sentence: self.sentence,
            speaker,
            speaker_entity,
            partial: self.partial,
        }
    }
}

/// The words of a sentence before a quote (or before a colon that opens
/// one), as the passes that look for a speaker there read them.
struct Before<'a> {
    text: &'a str,
    before: &'a [Token],
}

impl Before<'_> {
    /// The speaker the words before the quote name: "according to X", "X
    /// said (that) …", "X said, adding “…”", "X disputed it, writing “…”".
    fn speaker_before(&self, resolver: &mut Resolver) -> Option<Speaker> {
        if self.before.is_empty() {
            return None;
        }
        self.according_to_before(resolver)
            .or_else(|| self.in_the_words_of(resolver))
            .or_else(|| self.quoted_as_saying(resolver))
            .or_else(|| self.with_participle(resolver))
            .or_else(|| self.subject_of_verb_before(resolver))
            .or_else(|| self.subject_before_participle(resolver))
    }

    /// "According to the ministry, “…”".
    fn according_to_before(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        let k = toks.windows(2).position(|w| {
            eq_lowercase(w[0].text(text), "according") && eq_lowercase(w[1].text(text), "to")
        })?;
        resolver.resolve(according_to_phrase(text, toks, k + 2)?)
    }

    /// Rule `in_the_words_of_names_the_speaker`: "In the words of one dock
    /// worker, the plan is “…”", read as "according to".
    fn in_the_words_of(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        let k = toks.windows(3).position(|w| {
            eq_lowercase(w[0].text(text), "the")
                && eq_lowercase(w[1].text(text), "words")
                && eq_lowercase(w[2].text(text), "of")
        })?;
        resolver.resolve(phrase_forward(text, toks, k + 3)?)
    }

    /// Rule `quoted_as_saying_names_the_subject`: "Mayor Erika Sund was
    /// quoted by the Courier as saying the vote was “…”": the subject before
    /// "was quoted", not the outlet that quoted her.
    fn quoted_as_saying(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        let a = toks
            .windows(2)
            .position(|w| eq_lowercase(w[0].text(text), "as") && is_speech_verb(w[1].text(text)))?;
        let q = (a.saturating_sub(QUOTED_AS_REACH)..a)
            .rev()
            .find(|&q| eq_lowercase(toks[q].text(text), "quoted"))?;
        let be = q.checked_sub(1).filter(|&b| {
            with_lowercase(toks[b].text(text), |f| PASSIVE_BE.contains(&f) || f == "been")
        })?;
        let be = if be > 0 && eq_lowercase(toks[be].text(text), "been") { be - 1 } else { be };
        let phrase = subject_before(text, toks, 0, be)?;
        resolver.named_before_appositive(&phrase).or_else(|| resolver.resolve(phrase))
    }

    /// The subject of the nearest speech verb before the quote that has one
    /// ("Blinken said, adding “…”"). "…, adding" and "…, saying" take the
    /// subject of the verb before them, so they are passed over here.
    fn subject_of_verb_before(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        (0..toks.len())
            .rev()
            .filter(|&v| {
                is_speech_verb(toks[v].text(text))
                    && with_lowercase(toks[v].text(text), |f| {
                        f != "according" && !f.ends_with("ing")
                    })
                    || puts_it(text, toks, v)
            })
            .find_map(|v| self.subject_of_verb(v, resolver))
    }

    /// The subject of the speech verb at token `v` before the quote, by the
    /// first reading that applies: a name set off before an aside, a
    /// document's issuer, the phrase before the verb, or the subject of the
    /// clause the verb is joined to ("Ruud welcomed the deal but warned that").
    fn subject_of_verb(&self, v: usize, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        let v = past_went_on_to(text, toks, v);
        let entities = resolver.entities;
        // "a spokesman for the party would only say": the subject before
        // the modal.
        if let Some(s) =
            neighbours::subject_before_modal(text, toks, v).and_then(|p| resolver.resolve(p))
        {
            return Some(s);
        }
        if let Some(i) = opening_name_before_aside(text, toks, v, &resolver.mentions, entities) {
            return Some((entities[i].name.clone(), Some(i)));
        }
        if let Some(document) = document_subject(text, toks, v) {
            return resolver.resolve(document);
        }
        if let Some(p) = subject_before(text, toks, 0, v) {
            return resolver.named_before_appositive(&p).or_else(|| resolver.resolve(p));
        }
        let joined = v > 1
            && toks[v - 1].word
            && with_lowercase(toks[v - 1].text(text), |f| matches!(f, "and" | "but"));
        if joined {
            let clause = &toks[..v - 1];
            return resolver.clause_subject(clause, toks[v - 1].start).or_else(|| {
                described_clause_subject(text, clause).and_then(|p| resolver.resolve(p))
            });
        }
        None
    }

    /// "Vance disputed the figure, writing that “…”": the subject of the
    /// clause before the comma that opens a speech verb's participle.
    fn subject_before_participle(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, &self.before);
        let k = (1..toks.len()).rev().find(|&k| {
            toks[k - 1].text(text) == ","
                && is_speech_verb(toks[k].text(text))
                && with_lowercase(toks[k].text(text), |f| f.ends_with("ing"))
        })?;
        resolver.clause_subject(&toks[..k - 1], toks[k - 1].start)
    }
}

/// `at`, or the next character boundary of `text` after it: where a
/// window reaching back a fixed number of bytes may start.
fn char_at_or_after(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// `at` (at most the text's length), or the character boundary of `text`
/// before it: where a window reaching forward a fixed number of bytes may
/// end.
fn char_at_or_before(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::parse::entities::find_entities;
    use crate::parse::sentences::split_sentences;

    fn quotes(paras: &[&str]) -> Vec<(String, Option<String>)> {
        let text = paras.join("\n\n");
        let mut ranges = Vec::new();
        let mut at = 0;
        for p in paras {
            ranges.push(at..at + p.len());
            at += p.len() + 2;
        }
        let sentences: Vec<Range<usize>> =
            ranges.iter().flat_map(|r| split_sentences(&text, r.clone())).collect();
        let entities = find_entities(&text, &sentences);
        find_quotes(&text, &ranges, &sentences, &entities)
            .into_iter()
            .map(|q| (text[q.range].to_string(), q.speaker))
            .collect()
    }

    #[test]
    fn attribution_forms() {
        let got = quotes(&[
            "Harbor spokesperson Ida Marsh said the port was safe.",
            "“We are open,” Marsh said. “Come back.”",
            "“Ships are moving,” said the Valdor port authority.",
            "The mayor, Tomas Reyes, insisted the town “will rebuild.”",
            "“It is over,” he added, “for now.”",
            "According to Reyes, the damage was “modest in scale.”",
        ]);
        let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(got[0].0, "We are open,");
        assert_eq!(
            speakers,
            vec![
                Some("Ida Marsh"),
                Some("Ida Marsh"),
                Some("Valdor port authority"),
                Some("Tomas Reyes"),
                Some("Tomas Reyes"),
                Some("Tomas Reyes"),
                Some("Tomas Reyes")
            ]
        );
    }

    #[test]
    fn appositions_titles_and_according_to() {
        let got = quotes(&[
            "Harbor Minister Ida Marsh visited the pier.",
            "“It will reopen,” Tomas Reyes, the harbor master, said on Monday.",
            "“We are ready,” the minister said.",
            "“Repairs take weeks,” according to Tomas Reyes.",
        ]);
        let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Tomas Reyes"), Some("Ida Marsh"), Some("Tomas Reyes")]);
    }

    #[test]
    fn speakers_around_names_that_are_not_people() {
        // A person named right before a partial quote is its speaker, even
        // in reported speech ("the readout said that Pike “…”"); a
        // capitalised "States" is a name, never the verb "state".
        let got = quotes(&[
            "Harbor spokesman Tomas Reyes said the Valdor Navy “sends boats so it can guard the coast.”",
            "Minister Ana Pell said that Oren Pike “never saw the report.”",
            "Ida Marsh “regrets nothing,” her office said.",
            "The Valdor foreign ministry said it had “no doubt” that the United States was behind the raid.",
            "Asked about it, harbor spokesman Oren Pike said the United States “sends boats to guard the coast.”",
        ]);
        let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(
            speakers,
            vec![
                Some("Tomas Reyes"),
                Some("Oren Pike"),
                Some("Ida Marsh"),
                Some("Valdor foreign ministry"),
                Some("Oren Pike")
            ]
        );
    }

    #[test]
    fn nested_and_spanning_quotes() {
        let got = quotes(&[
            "Minister Ana Pell said: “There are no ‘safe zones’ here. We will stay.",
            "“And we will not leave,” she said.",
        ]);
        assert_eq!(got[0].0, "There are no ‘safe zones’ here. We will stay.");
        assert_eq!(got[0].1.as_deref(), Some("Ana Pell"));
        assert_eq!(got[1].1.as_deref(), Some("Ana Pell"));
    }

    #[test]
    fn straight_quotes_and_descriptions() {
        let got = quotes(&[
            "Asked about it, a Valdor Navy spokesperson told The Coastal Ledger that the pier was \"not a target.\"",
            "\"We regret the loss,\" the spokesperson added.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Valdor Navy spokesperson"));
        assert_eq!(got[1].1.as_deref(), Some("Valdor Navy spokesperson"));
    }

    pub(super) fn speakers(paras: &[&str]) -> Vec<Option<String>> {
        quotes(paras).into_iter().map(|q| q.1).collect()
    }

    /// Rule `a_description_yields_to_the_name_beside_it`
    /// ([`Resolver::name_beside_description`]).
    #[test]
    fn a_description_yields_to_the_name_beside_it() {
        assert_eq!(
            speakers(&[
                "According to the regional governor, Anneke Dahl, “the first payments will arrive within a month.”"
            ]),
            vec![Some("Anneke Dahl".into())]
        );
        assert_eq!(
            speakers(&["“We are shocked,” said her nephew, Ravi Mehta, 32, of Varn."]),
            vec![Some("Ravi Mehta".into())]
        );
        assert_eq!(
            speakers(&["“We are shocked,” said her nephew, who lives in Varn."]),
            vec![Some("her nephew".into())]
        );
        // The name may end the sentence.
        assert_eq!(
            speakers(&["“It is a betrayal,” said the union leader, Ana Lind."]),
            vec![Some("Ana Lind".into())]
        );
    }

    /// Rule `a_plural_possessive_stays_in_the_phrase`.
    #[test]
    fn a_plural_possessive_stays_in_the_phrase() {
        let got = speakers(&[
            "The engineers’ union called the decision “a betrayal.”",
            "“It is a betrayal,” the dockers' union said.",
            "“Go home,” said the boys’ coach.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("engineers’ union".into()),
                Some("dockers' union".into()),
                Some("boys’ coach".into())
            ]
        );
        // After a preposition the possessive is the object's: no speaker
        // is better than "Rovers’ thinking".
        assert_eq!(
            speakers(&[
                "“It is not on the coach,” a source with knowledge of the Rovers’ thinking said."
            ]),
            vec![None]
        );
    }

    /// Rules `a_relative_clause_between_the_speaker_and_the_verb`,
    /// `in_the_words_of_names_the_speaker` and
    /// `quoted_as_saying_names_the_subject`.
    #[test]
    fn relative_clauses_words_of_and_quoted_as_saying() {
        assert_eq!(
            speakers(&["“This is not the end,” councillor Bo Hald, who voted against, said."]),
            vec![Some("Bo Hald".into())]
        );
        assert_eq!(
            speakers(&[
                "In the words of one dock worker, the plan is “a gift to the shipping lines.”"
            ]),
            vec![Some("dock worker".into())]
        );
        assert_eq!(
            speakers(&[
                "Mayor Erika Sund was quoted by the Varn Courier as saying the vote was “a turning point.”"
            ]),
            vec![Some("Erika Sund".into())]
        );
    }

    /// Rule `a_participle_ends_the_speaker_phrase`.
    #[test]
    fn a_participle_ends_the_speaker_phrase() {
        assert_eq!(
            speakers(&["“They promised us,” said a man loading sandbags into a van."]),
            vec![Some("man".into())]
        );
        assert_eq!(
            speakers(&["“Rates will rise,” said a leading economist at Varn Bank."]),
            vec![Some("leading economist".into())]
        );
    }

    /// Stances reported beside a partial quote ("maintains", "contends").
    #[test]
    fn a_stance_verb_reports_a_partial_quote() {
        assert_eq!(
            speakers(&[
                "Velta Power, meanwhile, maintains the dam “met every safety standard we were given.”"
            ]),
            vec![Some("Velta Power".into())]
        );
    }

    /// The lexicon's hand group of manner-of-speaking verbs
    /// (`lexicon::speech_verbs`): "barked", "scoffed", "pleaded" stand
    /// where news would write "said".
    #[test]
    fn a_verb_of_manner_reports_a_quote() {
        assert_eq!(
            speakers(&[
                "“Go back to your desks,” Ida Marsh barked.",
                "“That is a fantasy,” scoffed Tomas Reyes.",
                "“Please let us home,” Anneke Dahl pleaded."
            ]),
            vec![Some("Ida Marsh".into()), Some("Tomas Reyes".into()), Some("Anneke Dahl".into())]
        );
    }

    /// Rule `a_name_with_its_affiliation_still_speaks` ([`past_affiliation`]).
    #[test]
    fn a_name_with_its_affiliation_still_speaks() {
        assert_eq!(
            speakers(&[
                "Rep. Tomas Reyes (D-Ost.) reacted to the ruling, saying: “The verdict is a disgrace.”"
            ]),
            vec![Some("Tomas Reyes".into())]
        );
    }

    /// Rule `names_or_questions_no_speaker` ([`QuoteSite::no_ones_words`]).
    #[test]
    fn names_questions_put_and_chants_have_no_speaker() {
        let none = |p: &str| assert_eq!(speakers(&[p]), vec![None], "{p}");
        none("Ida Marsh, the mayor, joined a harbor group called the “Ferry Friends” in May.");
        none("Marsh said the council ran a weekly radio slot, called “Ask the Harbor,” for years.");
        none("Tomas Reyes said the port kept a plain working culture called “The Dock Way.”");
        none("Marsh said the aim was a winter goal known here as “the long shift” in town.");
        none("Tomas Reyes said the divers used the method called “slow ascent” for years.");
        none("Tomas Reyes, the harbor master, was asked, “Would you close the port again?”");
        none("Asked whether Marsh “has the experience to lead,” most voters said yes.");
        none("Marsh arrived at the pier to chants of “Ida! Ida!” from the crowd.");
        // Someone's words still have their speaker.
        let one = |p: &str, who: &str| assert_eq!(speakers(&[p]), vec![Some(who.into())], "{p}");
        one("Tomas Reyes criticised what he called “a reckless plan” on Monday.", "Tomas Reyes");
        one("Ida Marsh has dubbed “the ferry summer” a success, she said.", "Ida Marsh");
        one("Tomas Reyes asked, “Who pays for the repairs?”", "Tomas Reyes");
        one(
            "It was a remark a spokesman for the port authority called “reckless” at once.",
            "spokesman for the port authority",
        );
    }

    #[test]
    fn a_document_speaks_for_its_issuer() {
        let got = speakers(&[
            "“We want peace,” a Velmoran government readout said.",
            "“The talks were frank,” a Kremlin readout said.",
            "A Kremlin readout of a call between Solm and the Ostland president said they had “exchanged views.”",
            "“No deal,” said the Pentagon's statement.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("Velmoran government".into()),
                Some("Kremlin".into()),
                Some("Kremlin".into()),
                Some("Pentagon".into())
            ]
        );
    }

    /// Rule `a_person_by_a_place_speaks`.
    #[test]
    fn a_person_by_a_place_speaks() {
        let got = speakers(&[
            "A man by the pier said: “It is cold.”",
            "A woman outside the court shouted: “Shame!”",
        ]);
        assert_eq!(got, vec![Some("man".into()), Some("woman".into())]);
    }

    /// Rule `a_person_at_the_scene_speaks`.
    #[test]
    fn a_person_at_the_scene_speaks() {
        let got = speakers(&[
            "A witness at the scene told reporters: “The bus just tipped over.”",
            "A boy on the quay said: “I saw the smoke first.”",
            "A man with a megaphone shouted: “Shame on you!”",
            // A body's spokesman keeps the body (rule
            // `a_named_member_of_a_body_speaks` reads it first).
            "A spokesman at the ministry said: “We are looking into it.”",
        ]);
        assert_eq!(
            got,
            vec![
                Some("witness".into()),
                Some("boy".into()),
                Some("man".into()),
                Some("spokesman at the ministry".into())
            ]
        );
    }

    /// Rule `a_document_reads_its_words`.
    #[test]
    fn a_document_reads_its_words() {
        let got = speakers(&[
            "“We are closed until further notice,” a statement reads.",
            "A brass plaque reads: “Built 1901.”",
        ]);
        assert_eq!(got, vec![Some("statement".into()), Some("brass plaque".into())]);
    }

    /// Rule `as_someone_put_it_names_the_speaker`.
    #[test]
    fn as_someone_put_it_names_the_speaker() {
        let got = speakers(&[
            "Ida Marsh and Lars Eng spoke. “The pier is old,” as one engineer put it.",
            "The plan is, as Ida Marsh put it, “a matter of trust.”",
            "“We cannot afford it” – that was how councillor Bo Hald put it.",
            "The crane was put in place “within hours.”",
            "The tide, as Ida Marsh, a pilot at the Karsk Port Authority, recently put it, is “our only clock.”",
        ]);
        assert_eq!(
            got,
            vec![
                Some("engineer".into()),
                Some("Ida Marsh".into()),
                Some("Bo Hald".into()),
                None,
                Some("Ida Marsh".into())
            ]
        );
    }

    #[test]
    fn every_phrasal_particle_is_tested_first() {
        for (verb, particle) in PHRASAL_SPEECH_VERBS {
            assert!(SPEECH_PARTICLES.contains(&particle), "{verb} {particle}");
        }
    }

    /// Rule `someone_put_it_names_the_speaker`.
    #[test]
    fn someone_put_it_names_the_speaker() {
        let got = speakers(&[
            "Mara Quinn, the mayor’s deputy, recently put it, “We are out of road.”",
            "Tomas Brell spoke next. Brell put it bluntly: “Nobody is coming to help.”",
            "“The pier will not last another winter,” Ida Marsh put it simply.",
            "The council put it to a vote, and “the motion fell.”",
        ]);
        assert_eq!(
            got,
            vec![
                Some("Mara Quinn".into()),
                Some("Tomas Brell".into()),
                Some("Ida Marsh".into()),
                None
            ]
        );
    }

    /// Rule `a_sentences_full_stop_is_no_part_of_the_name`.
    #[test]
    fn a_sentences_full_stop_is_no_part_of_the_name() {
        let got = speakers(&[
            "“The tide is late,” said harbor pilot Lars Eng.",
            "“We sail at dawn,” said Oren Vale Jr.",
            "“Nobody warned us,” said a spokesman for the U.S.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("Lars Eng".into()),
                Some("Oren Vale Jr.".into()),
                Some("spokesman for the U.S.".into())
            ]
        );
    }

    /// Rule `a_sign_by_a_place_speaks`.
    #[test]
    fn a_sign_by_a_place_speaks() {
        let got = speakers(&[
            "A plaque by the pier reads: “Lost at sea, 1921.”",
            "A banner on the old bridge reads: “Save our ferry.”",
            "A notice at the gate says: “No entry after dark.”",
            "A letter by the mayor said the pier was “unsafe.”",
            "A notice in the Harbor Gazette says the pier is “unsafe.”",
        ]);
        assert_eq!(
            got,
            vec![
                Some("plaque".into()),
                Some("banner".into()),
                Some("notice".into()),
                Some("mayor".into()),
                Some("Harbor Gazette".into())
            ]
        );
    }

    /// Rule `a_phrasal_verb_of_speech_names_the_speaker`.
    #[test]
    fn a_phrasal_verb_of_speech_names_the_speaker() {
        let got = speakers(&[
            "After Ida Marsh said the pier was safe, Tomas Brell fired back forcefully: “It is falling apart.”",
            "“Nobody asked the fishermen,” Lena Holt shot back.",
            "Oren Vale hit back at the council: “They never came to look.”",
            "“We sail at dawn,” said Ida Marsh, and her deputy Karl Senn cut in: “If the wind holds.”",
            "Troops fired back at the boats, and residents called it “a night of terror.”",
        ]);
        assert_eq!(
            got,
            vec![
                Some("Tomas Brell".into()),
                Some("Lena Holt".into()),
                Some("Oren Vale".into()),
                Some("Ida Marsh".into()),
                Some("Karl Senn".into()),
                Some("residents".into())
            ]
        );
    }

    /// Rule `went_on_to_say_is_the_subjects`.
    #[test]
    fn went_on_to_say_is_the_subjects() {
        let got = speakers(&[
            "Ida Marsh praised the crews. Marsh went on to say: “The pier will reopen in May.”",
            "Tomas Brell thanked the crowd but went on to say, “We are not done.”",
            "The harbor board’s letter goes on to say that the repairs are “long overdue.”",
        ]);
        assert_eq!(
            got,
            vec![Some("Ida Marsh".into()), Some("Tomas Brell".into()), Some("harbor board".into())]
        );
    }

    /// Rule `one_senior_official_of_four_words_speaks`.
    #[test]
    fn one_senior_official_of_four_words_speaks() {
        let got = speakers(&[
            "“Did they lose a day? Probably,” said one former senior port official.",
            "“The count was wrong,” one veteran harbor pilot said.",
            "“We waited,” said one day the crowd.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("former senior port official".into()),
                Some("veteran harbor pilot".into()),
                None
            ]
        );
    }

    /// Rule `a_sign_off_ends_its_sentence`.
    #[test]
    fn a_sign_off_ends_its_sentence() {
        let got = speakers(&[
            "He waved as his friends jeered, “Ardo!” - Velmoran for “goodbye.”",
            "“We stay.” ― Ida Marsh",
        ]);
        assert_eq!(got, vec![None, None, Some("Ida Marsh".into())]);
    }

    /// Rule `a_verdict_verb_gives_the_subjects_word` (the lexicon's
    /// SPEECH_VERBS: "dismissed", "condemned", "hailed"...).
    #[test]
    fn a_verdict_verb_gives_the_subjects_word() {
        let got = speakers(&[
            "Marta Kessel dismissed the report as “nonsense.”",
            "Prime Minister Ana Veld condemned the attack as “cowardly.”",
            "Early maps showed the islands as “North” and “South”.",
        ]);
        assert_eq!(got[..2], [Some("Marta Kessel".into()), Some("Ana Veld".into())]);
        assert!(got[2..].iter().all(Option::is_none), "{got:?}");
    }

    /// Rule `a_document_from_someone_speaks_for_them`.
    #[test]
    fn a_document_from_someone_speaks_for_them() {
        let got = speakers(&[
            "A statement from the Tide Party called the plan “reckless and rushed.”",
            "A letter signed by 20 senators said the deal was “a mistake.”",
            "A letter from Ida Marsh on Friday said the pier was “unsafe.”",
            "He released a letter from his doctor Friday that says he is in “excellent health.”",
        ]);
        assert_eq!(got, vec![Some("Tide Party".into()), None, Some("Ida Marsh".into()), None]);
        assert_eq!(
            speakers(&["A letter from 20 senators said the deal was “a mistake.”"]),
            vec![Some("20 senators".into())]
        );
    }

    #[test]
    fn a_verb_before_the_next_quote_or_in_a_new_clause_is_not_this_ones() {
        let got = speakers(&[
            "Gen. Ruben Aske said his boats would “escort any vessel”, a remark a spokesperson for the Velmoran defence ministry called “reckless”.",
            "Greens MEP Ana Lujan said it was “long overdue”, while Elias Marr, a centre-right MEP, called it “an attack”.",
            "“They were careless” while in power, Ida Marsh said.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("Ruben Aske".into()),
                Some("spokesperson for the Velmoran defence ministry".into()),
                Some("Ana Lujan".into()),
                Some("Elias Marr".into()),
                Some("Ida Marsh".into())
            ]
        );
    }

    #[test]
    fn asides_between_the_speaker_and_the_verb() {
        assert_eq!(
            speakers(&["Party leader Ida Marsh, at a later briefing, said, “We stay.”"]),
            vec![Some("Ida Marsh".into())]
        );
        assert_eq!(
            speakers(&["Ida Marsh said, “Not now,” when Tomas Reyes pressed her."]),
            vec![Some("Ida Marsh".into())]
        );
        assert_eq!(
            speakers(&["Dockers marching through the harbor chanted “Keep the ferry!” all night."]),
            vec![Some("Dockers".into())]
        );
        assert_eq!(
            speakers(&["Ida Marsh set up a website called “Save the Ferry” last week."]),
            vec![None]
        );
        assert_eq!(
            speakers(&["The new fund will informally be dubbed the “Ferry Fund” by its backers."]),
            vec![None]
        );
        assert_eq!(
            speakers(&["“We live by the tides,” my grandmother often said."]),
            vec![Some("my grandmother".into())]
        );
        assert_eq!(
            speakers(&["“It is over,” Ida Marsh, meanwhile, insists."]),
            vec![Some("Ida Marsh".into())]
        );
        assert_eq!(
            speakers(&["“It is over,” Rep. Ida Marsh (Greens) said on Friday."]),
            vec![Some("Ida Marsh".into())]
        );
        let got = speakers(&[
            "A senior EU official, speaking on condition of anonymity, said Brussels was “deeply concerned”.",
            "Halvorsen Shipping, which builds vessels for the project, said it was “confident”.",
            "Mozilla's Board, Ida Marsh, said it was “fine”.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("senior EU official".into()),
                Some("Halvorsen Shipping".into()),
                Some("Ida Marsh".into())
            ]
        );
    }

    /// Rule `a_described_subject_speaks_in_a_joined_clause`.
    #[test]
    fn a_described_subject_speaks_in_a_joined_clause() {
        let got = speakers(&[
            "A spokeswoman for the ferry line declined to give figures but said the route was “safe”.",
            "The harbor board confirmed the closure and said repairs were “urgent”.",
        ]);
        assert_eq!(
            got,
            vec![Some("spokeswoman for the ferry line".into()), Some("harbor board".into())]
        );
    }

    /// Rule `an_aside_holds_no_speaker`.
    #[test]
    fn an_aside_holds_no_speaker() {
        let got = speakers(&[
            "The ferry line's spokeswoman, asked about the timetable, said it was “under review”.",
            "Ida Marsh, asked about Tomas Reyes, said he was “a fine skipper”.",
            "Tomas Reyes, who sailed with the harbor master, said the channel was “silting up”.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("ferry line's spokeswoman".into()),
                Some("Ida Marsh".into()),
                Some("Tomas Reyes".into())
            ]
        );
    }

    #[test]
    fn a_spokesperson_for_a_body() {
        let got = speakers(&[
            "“We will not pay,” said a spokesperson for the Office for Budget Control.",
            "“Wait and see,” the spokesperson added.",
            "“Repairs take weeks,” said a spokesman for Tomas Reyes.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("spokesperson for the Office for Budget Control".into()),
                Some("spokesperson for the Office for Budget Control".into()),
                Some("spokesman for Tomas Reyes".into())
            ]
        );
    }

    /// Rule `a_named_member_of_a_body_speaks`.
    #[test]
    fn a_named_member_of_a_body_speaks() {
        let got = speakers(&[
            "Commander Ruth Ainsley of the coastguard told reporters the ship “is stable”.",
            "Jo Banks of the harbour board said the light was “out for weeks”.",
        ]);
        assert_eq!(got, vec![Some("Ruth Ainsley".into()), Some("Jo Banks".into())]);
    }

    #[test]
    fn the_noun_refers_back_to_who_was_introduced_with_it() {
        let got = speakers(&[
            "Velmora's foreign ministry called it “a pretext.”",
            "Velmora's defence ministry said six drones fell. “Two hit the depot,” the ministry said.",
            "A Velmoran military source told the Ledger a reply was coming. “It will come,” the source said.",
            "“Reckless,” the Ostland defence ministry said.",
        ]);
        assert_eq!(
            got,
            vec![
                Some("Velmora's foreign ministry".into()),
                Some("Velmora's defence ministry".into()),
                Some("Velmoran military source".into()),
                Some("Ostland defence ministry".into())
            ]
        );
    }

    #[test]
    fn an_accusation_is_attributed() {
        let got = speakers(&[
            "The prime minister, Petra Lind, has accused Velmora of “economic blackmail”.",
        ]);
        assert_eq!(got, vec![Some("Petra Lind".into())]);
    }

    #[test]
    fn pronouns_by_kind() {
        assert_eq!(pronoun("she"), Some(Pronoun::Personal));
        assert_eq!(pronoun("him"), Some(Pronoun::Personal));
        assert_eq!(pronoun("they"), Some(Pronoun::Impersonal));
        assert_eq!(pronoun("i"), Some(Pronoun::Impersonal));
        assert_eq!(pronoun("the mayor"), None);
        assert_eq!(pronoun("She"), None, "callers lower-case the phrase");
    }

    #[test]
    fn each_pass_finds_its_speaker() {
        // A name right before a partial quote.
        assert_eq!(
            speakers(&["Harbor chief Ida Marsh “regrets the delay” deeply."]),
            vec![Some("Ida Marsh".into())]
        );
        // A name standing first after the quote, set off by a comma.
        assert_eq!(
            speakers(&["“We are open,” Ida Marsh, who runs the port, told reporters."]),
            vec![Some("Ida Marsh".into())]
        );
        // The subject of a speech verb before the quote, through "but".
        assert_eq!(
            speakers(&["Katla Ruud welcomed the deal but warned that “the work is not done.”"]),
            vec![Some("Katla Ruud".into())]
        );
        // The subject of the clause before a participle.
        assert_eq!(
            speakers(&["Tomas Reyes disputed the figure, writing that “nobody counted.”"]),
            vec![Some("Tomas Reyes".into())]
        );
        // Words on a sign in a later sentence are nobody's.
        assert_eq!(
            speakers(&["“We stay,” Ida Marsh said. Outside, a banner read “Never again”."]),
            vec![Some("Ida Marsh".into()), None]
        );
    }
}
