//! Speakers found beyond the clause around a quote: each pass reads one
//! place news style puts a speaker when the quote's own sentence does not
//! name one.
//!
//! - [`QuoteSite::speaker_in_next_sentence`]: `“Why now?” Ida Marsh asked.`
//!   (a question or exclamation mark ends the quote's sentence).
//! - [`QuoteSite::owner_in_next_sentence`]: `“…” That was the verdict of
//!   Ida Marsh.`, `“…” The warning came from Ida Marsh.`, `“…” So said Ida
//!   Marsh.`
//! - [`QuoteSite::sign_off_after_dash`]: `“We stay.” ― Ida Marsh`.
//! - [`QuoteSite::transcript_speaker`]: `"MARSH: We stay.` (a broadcast
//!   transcript, the speaker's name in capitals before a colon).
//! - [`QuoteSite::colon_introduction`]: `X was blunter: “…”`, and `His
//!   message:` ending the paragraph before a quote that opens the next.
//! - [`Before::with_participle`]: `with its chair promising “…”`.

use super::*;
use crate::lexicon::function_words::FUNCTION_WORDS;
use crate::lexicon::speech_verbs::in_spoken_words_nouns;
use crate::parse::tokens::lowercase;

/// How many tokens into the next sentence its speech verb may stand: "Ida
/// Marsh, the harbor master, asked." is an attribution; a verb further on
/// belongs to a new statement.
pub(super) const NEXT_SENTENCE_REACH: usize = 8;

/// Words that open a sentence pointing back at the quote before it ("That
/// was the verdict of …", "Those were the words of …", "Such was the
/// mood of …", "So says …").
const POINTING_BACK: [&str; 4] = ["that", "those", "such", "so"];

/// Words the phrase after "of", "from" or "by" may have up to the person
/// whose words a quote was: a role of up to three words, a company and its
/// possessive before it ("the words of union leader Eva Stark", "from
/// HydroEstra's chief executive, Pia Lorne").
const OWNER_PHRASE_WORDS: usize = 6;

/// Dashes that set off a sign-off name after a quote.
const SIGN_OFF_DASHES: [char; 4] = ['―', '—', '–', '-'];

/// Words after which a subject and its participle stand as a phrase:
/// "with its chair promising “…”", "footage of the mayor saying “…”".
const PARTICIPLE_SUBJECT_AFTER: [&str; 2] = ["with", "of"];

/// Possessives that open an introduction naming no one ("His message:"):
/// the person named last is the speaker.
const PERSONAL_POSSESSIVES: [&str; 2] = ["his", "her"];

/// The end and entity of the mention of an entity of `kind` that starts
/// at byte `start`.
fn mention_at(start: usize, kind: EntityKind, resolver: &Resolver) -> Option<(usize, usize)> {
    let at = resolver.mentions.partition_point(|m| m.0 < start);
    let &(found, end, i) = resolver.mentions.get(at)?;
    (found == start && resolver.entities[i].kind == kind).then_some((end, i))
}

impl QuoteSite<'_> {
    /// “Why now?” Ida Marsh asked: the quote ends its sentence, and the
    /// next sentence of the paragraph opens with an attribution (a speech
    /// verb within [`NEXT_SENTENCE_REACH`] tokens).
    pub(super) fn speaker_in_next_sentence(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (next, cut) = self.next_sentence.clone()?;
        let toks = tokenize(self.text, next.clone());
        let first_word = toks.iter().position(|t| t.word)?;
        let early_verb = toks
            .iter()
            .skip(first_word)
            .take(NEXT_SENTENCE_REACH)
            .any(|t| t.word && is_speech_verb(t.text(self.text)));
        if !early_verb {
            return None;
        }
        self.name_standing_first(&toks, first_word, resolver)
            .or_else(|| self.subject_of_verb_in(&toks, first_word, next.end, cut, resolver))
    }

    /// Rule `the_next_sentence_says_whose_words_they_were`: “We were told
    /// nothing.” That was the verdict of Tomas Reil, a farmer. The quote
    /// stands alone and the next sentence opens by pointing back at it
    /// ([`POINTING_BACK`]: "That", "Those words", "Such"; or "The" and a
    /// noun for spoken words, the lexicon's `SPOKEN_WORDS_NOUNS`: "The
    /// warning came from") and names a person after "of", "from" or "by"
    /// within [`NEXT_SENTENCE_REACH`] tokens, perhaps after a role in lower
    /// case ("of union leader Eva Stark"); or it is "So said" and the name.
    pub(super) fn owner_in_next_sentence(&self, resolver: &mut Resolver) -> Option<Speaker> {
        if !self.stands_alone {
            return None;
        }
        let (next, _) = self.next_sentence.clone()?;
        let sentence_end = next.end;
        let toks = tokenize(self.text, next);
        let words: Vec<&Token> = toks.iter().filter(|t| t.word).collect();
        let lower = |k: usize| words.get(k).map(|t| lowercase(t.text(self.text)));
        let opener = lower(0)?;
        let spoken_noun = opener == "the" && lower(1).is_some_and(|w| in_spoken_words_nouns(&w));
        if !(POINTING_BACK.contains(&opener.as_str()) || spoken_noun) {
            return None;
        }
        // "So said Ida Marsh": the name right after the verb.
        if opener == "so" && lower(1).is_some_and(|w| is_speech_verb(&w)) {
            return self.person_at(words.get(2)?.start, resolver);
        }
        let by = words.iter().take(NEXT_SENTENCE_REACH).position(|t| {
            with_lowercase(t.text(self.text), |f| matches!(f, "of" | "from" | "by"))
        })?;
        let after: Vec<&Token> = toks.iter().skip_while(|t| t.start <= words[by].start).collect();
        self.owner_in_phrase(&after, sentence_end, resolver)
    }

    /// The owner named in the phrase after "of", "from" or "by": the
    /// first person in it, perhaps after a role in lower case ("the verdict
    /// of economist Peter Vane", "the words of union leader Eva Stark").
    /// Rule `the_owner_follows_a_role_and_its_company`: a comma or a
    /// company's possessive may come before the name ("from the chief
    /// executive, Pia Lorne", "from HydroEstra's chief executive, Pia
    /// Lorne"), and when the phrase is an organisation and nothing more,
    /// the organisation ("The warning came from HydroEstra."). The phrase
    /// ends at a function word other than an article ("a letter to Ida
    /// Marsh" names the addressee, not the writer) and at other
    /// punctuation.
    fn owner_in_phrase(
        &self,
        after: &[&Token],
        sentence_end: usize,
        resolver: &Resolver,
    ) -> Option<Speaker> {
        let mut words = 0;
        let mut first_capitalised = None;
        for t in after {
            let written = t.text(self.text);
            if !t.word {
                if matches!(written, "," | "'" | "’") {
                    continue;
                }
                break;
            }
            words += 1;
            let ends_phrase = with_lowercase(written, |f| {
                !matches!(f, "the" | "a" | "an" | "s") && FUNCTION_WORDS.contains(&f)
            });
            if words > OWNER_PHRASE_WORDS || ends_phrase {
                break;
            }
            if is_capitalized(written) {
                if let Some(person) = self.person_at(t.start, resolver) {
                    return Some(person);
                }
                first_capitalised.get_or_insert(t.start);
            }
        }
        self.organisation_ending_at(first_capitalised?, sentence_end, resolver)
    }

    /// The organisation whose mention starts at byte `start` and runs to
    /// the sentence's end (but for its closing stop), as a speaker.
    fn organisation_ending_at(
        &self,
        start: usize,
        sentence_end: usize,
        resolver: &Resolver,
    ) -> Option<Speaker> {
        let (end, i) = mention_at(start, EntityKind::Organization, resolver)?;
        let rest = self.text.get(end..sentence_end)?.trim();
        matches!(rest, "" | "." | "!").then(|| (resolver.entities[i].name.clone(), Some(i)))
    }

    /// The person whose mention starts at byte `start`, as a speaker.
    fn person_at(&self, start: usize, resolver: &Resolver) -> Option<Speaker> {
        let (_, i) = mention_at(start, EntityKind::Person, resolver)?;
        Some((resolver.entities[i].name.clone(), Some(i)))
    }

    /// “We stay.” ― Ida Marsh: a name set off by a dash right after the
    /// quote, ending its sentence (vox pops, epigraphs).
    pub(super) fn sign_off_after_dash(&self, resolver: &mut Resolver) -> Option<Speaker> {
        // Rule `a_sign_off_ends_its_sentence`: words after the dash that
        // run into a next quote ("“Ardo!” - Velmoran for “goodbye.”")
        // gloss it; they sign nothing off.
        let (after, cut) = if self.text[self.after.clone()].trim().is_empty() {
            self.next_sentence.clone()?
        } else {
            (self.after.clone(), self.cut_by_next_quote)
        };
        if cut {
            return None;
        }
        let words = self.text[after.clone()].trim_start();
        let rest = words.strip_prefix(SIGN_OFF_DASHES)?;
        let name = rest.trim().trim_end_matches(['.', ',', ';']);
        let capitalised = !name.is_empty()
            && name.split_whitespace().count() <= 6
            && name.split_whitespace().next().is_some_and(is_capitalized);
        if !capitalised {
            return None;
        }
        let start = after.start + (self.text[after.clone()].len() - rest.len());
        let start = start + (rest.len() - rest.trim_start().len());
        resolver.resolve(start..start + name.len())
    }

    /// `"MARSH: We stay.`: a transcript line, whose speaker is the name in
    /// capitals (one to three words) before a colon opening the quote.
    pub(super) fn transcript_speaker(&self, resolver: &Resolver) -> Option<Speaker> {
        let words = &self.text[self.range.clone()];
        let words = words.trim_start();
        let (name, _) = words.split_once(':')?;
        let caps = (1..=3).contains(&name.split_whitespace().count())
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && name.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
        if !caps {
            return None;
        }
        let surname = name.split_whitespace().last()?;
        let entity = resolver.entities.iter().position(|e| {
            e.kind == EntityKind::Person
                && e.name.split_whitespace().last().is_some_and(|l| l.eq_ignore_ascii_case(surname))
        });
        match entity {
            Some(i) => Some((resolver.entities[i].name.clone(), Some(i))),
            None => Some((title_case(name), None)),
        }
    }

    /// `Opposition leader Ida Marsh was blunter: “…”`, or a paragraph
    /// ending `His message:` before the quote that opens the next: the
    /// introduction's speech verb's subject, else its possessive ("his"),
    /// else the person or organisation its clause opens with.
    pub(super) fn colon_introduction(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let intro = self.colon_intro.clone()?;
        let toks = tokenize(self.text, intro.clone());
        let before = Before { text: self.text, before: &toks };
        if let Some(s) = before.speaker_before(resolver) {
            return Some(s);
        }
        let first = toks.first()?;
        // "Said Ida Marsh:": a speech verb opening the sentence, before
        // its subject.
        if is_capitalized(first.text(self.text))
            && SPEECH_VERBS.contains_lowercase(first.text(self.text))
        {
            if let Some(phrase) = phrase_forward(self.text, &toks, 1) {
                return resolver.resolve(phrase);
            }
        }
        if with_lowercase(first.text(self.text), |f| PERSONAL_POSSESSIVES.contains(&f)) {
            if let Some(s) = possessive_description_names_its_person(self.text, &toks, resolver) {
                return Some(s);
            }
            return resolver.person_referred_to(first.start, first.text(self.text));
        }
        if let Some(s) = possessor_of_the_words(self.text, &toks, resolver) {
            return Some(s);
        }
        if let Some(s) =
            subject_before_modal(self.text, &toks, toks.len()).and_then(|p| resolver.resolve(p))
        {
            return Some(s);
        }
        let at = resolver.mentions.partition_point(|m| m.0 < first.start);
        if let Some((_, i)) =
            person_after_title(self.text, &toks, &resolver.mentions[at..], resolver.entities)
        {
            return Some((resolver.entities[i].name.clone(), Some(i)));
        }
        resolver.clause_subject(&toks, intro.end).or_else(|| resolver.opening_body(&toks))
    }
}

/// Modal verbs, before the verb of an introduction that says how little
/// was said ("could only quip", "would only say").
const MODALS: [&str; 8] = ["will", "would", "can", "could", "should", "may", "might", "must"];

/// "A spokesman for the Tide Party could only quip:", "The ministry would
/// only say:": an introduction ending in a modal and its verb (one or two
/// lower-case words after the modal) is spoken by the subject before the
/// modal, read as a speaker phrase is ([`subject_before`]): the role with
/// the body it speaks for, as "said" gives it, not the body alone.
/// `v` is the verb's token, or the introduction's end. Rule
/// `a_modal_before_a_colon_keeps_its_subject`.
pub(super) fn subject_before_modal(text: &str, toks: &[Token], v: usize) -> Option<Range<usize>> {
    let m = (v.saturating_sub(3)..v).rev().find(|&k| {
        let t = &toks[k];
        t.word
            && !is_capitalized(t.text(text))
            && with_lowercase(t.text(text), |f| MODALS.contains(&f))
    })?;
    // Between the modal and the verb, only words that say how little or
    // when ("only", "later"): not "be" or "have" (a passive or a perfect:
    // "chips will be added"), nor "not" (what was not said is no quote).
    let (between, verb) = if v < toks.len() {
        (&toks[m + 1..v], None)
    } else {
        (toks.get(m + 1..v - 1)?, toks.last())
    };
    let how_little = |t: &Token| {
        t.word
            && with_lowercase(t.text(text), |f| {
                matches!(f, "only" | "just")
                    || (is_adverb(f) && !matches!(f, "has" | "had" | "have" | "never"))
            })
    };
    let verb_only = between.iter().all(how_little)
        && verb.is_none_or(|t| {
            t.word
                && !is_capitalized(t.text(text))
                && with_lowercase(t.text(text), |f| !matches!(f, "be" | "have" | "not"))
        });
    verb_only.then(|| subject_before(text, toks, 0, m)).flatten()
}

impl Before<'_> {
    /// `with its chair promising to follow the evidence “wherever it
    /// leads”`: the subject of a speech verb's participle after "with" or
    /// "of", when that participle is the speech verb nearest the quote
    /// ("The spot concludes with footage of Reyes saying “…”").
    pub(super) fn with_participle(&self, resolver: &mut Resolver) -> Option<Speaker> {
        let (text, toks) = (self.text, self.before);
        let v =
            (1..toks.len()).rev().find(|&v| toks[v].word && is_speech_verb(toks[v].text(text)))?;
        if !with_lowercase(toks[v].text(text), |f| f.ends_with("ing")) {
            return None;
        }
        // The nearest "with"/"of" first; past it, only when its phrase
        // reads as no subject, a "with" further back whose description
        // holds the body it serves ("with the chair of the Medical
        // Association, Priya Hale, warning").
        let w = (v.saturating_sub(APPOSITIVE_PARTICIPLE_REACH)..v).rev().find(|&w| {
            with_lowercase(toks[w].text(text), |f| PARTICIPLE_SUBJECT_AFTER.contains(&f))
        })?;
        participle_subject(text, toks, w, v)
            .or_else(|| description_of_a_body_before_a_name(text, toks, w, v))
            .and_then(|phrase| resolver.resolve(phrase))
    }
}

/// The subject phrase between "with"/"of" at token `w` and the participle
/// at `v`: a few words, or a lower-case description with an appositive
/// name after it ("its chair, Judge Mirela Osk,"), which the resolver
/// turns into that name; "of Terence Crutcher in Tulsa, Oklahoma, arguing"
/// is no description.
fn participle_subject(text: &str, toks: &[Token], w: usize, v: usize) -> Option<Range<usize>> {
    let inner = &toks[w + 1..v];
    let description = |c: usize| inner[..c].iter().all(|t| !is_capitalized(t.text(text)));
    let last = match inner.iter().position(|t| !t.word) {
        None if !inner.is_empty() && inner.len() < 5 => v - 1,
        Some(c) if c > 0 && description(c) && appositive_name(text, &inner[c..]) => w + c,
        _ => return None,
    };
    let phrase = toks[w + 1].start..toks[last].end;
    may_speak(&text[phrase.clone()]).then_some(phrase)
}

/// How far before the nearest "of" a "with" may stand for
/// [`description_of_a_body_before_a_name`]: the role words before "of".
const ROLE_BEFORE_OF_REACH: usize = 4;

/// Rule `a_participle_subject_may_name_the_body_it_serves`: "with the
/// chair of the Vellmore Medical Association, Priya Halloran, warning that
/// “…”": the description before the appositive name holds "of" and a
/// body's capitalised name, so the nearest "of" (at `of`) opens no subject;
/// the "with" a few role words before it does, and the description
/// ("the chair of the Vellmore Medical Association") yields to the name
/// beside it.
fn description_of_a_body_before_a_name(
    text: &str,
    toks: &[Token],
    of: usize,
    v: usize,
) -> Option<Range<usize>> {
    if !eq_lowercase(toks[of].text(text), "of") {
        return None;
    }
    let w = (of.saturating_sub(ROLE_BEFORE_OF_REACH)..of)
        .rev()
        .find(|&w| eq_lowercase(toks[w].text(text), "with"))?;
    let role = &toks[w + 1..of];
    if role.is_empty() || role.iter().any(|t| !t.word || is_capitalized(t.text(text))) {
        return None;
    }
    let after_of = &toks[of + 1..v];
    let c = after_of.iter().position(|t| !t.word)?;
    let body = &after_of[..c];
    let body = match body.first() {
        Some(t) if eq_lowercase(t.text(text), "the") => &body[1..],
        _ => body,
    };
    if body.is_empty() || !body.iter().all(|t| is_capitalized(t.text(text))) {
        return None;
    }
    if !appositive_name(text, &after_of[c..]) {
        return None;
    }
    let phrase = toks[w + 1].start..after_of[c - 1].end;
    may_speak(&text[phrase.clone()]).then_some(phrase)
}

/// How far before a participle "with" or "of" may stand when an appositive
/// name comes between: "with its chair, Judge Mirela Osk, promising".
const APPOSITIVE_PARTICIPLE_REACH: usize = 9;

/// `, Judge Mirela Osk,`: a comma, one to four capitalised words, a comma,
/// and nothing after it.
fn appositive_name(text: &str, toks: &[Token]) -> bool {
    let n = toks.len();
    (3..=6).contains(&n)
        && toks[0].text(text) == ","
        && toks[n - 1].text(text) == ","
        && toks[1..n - 1].iter().all(|t| t.word && is_capitalized(t.text(text)))
}

/// Rule `a_possessive_description_yields_to_its_appositive_name`: "Her
/// opponent on the committee, Fergus Tallow, was blunter:" is Tallow's
/// introduction, not the woman's whom "her" points back to. An
/// introduction that opens with "his"/"her" and lower-case words, then
/// sets a person's name off by commas, is that person's, as a name
/// outranks its description ([`Resolver::name_beside_description`]); "His
/// message:" names no one and still points back.
fn possessive_description_names_its_person(
    text: &str,
    toks: &[Token],
    resolver: &Resolver,
) -> Option<Speaker> {
    let comma = toks.iter().position(|t| t.text(text) == ",")?;
    let description = &toks[..comma];
    if description.len() < 2
        || description.iter().skip(1).any(|t| !t.word || is_capitalized(t.text(text)))
    {
        return None;
    }
    resolver.name_beside_description(&(description[0].start..description[comma - 1].end))
}

/// Rule `a_possessor_introduces_the_words`: `Varn's response: “…”`,
/// `The Harbor Board's reply:`: an introduction that is a name in the
/// possessive and one to three lower-case words is the named person's or
/// organisation's (as "His message:" is the person's named last).
fn possessor_of_the_words(text: &str, toks: &[Token], resolver: &Resolver) -> Option<Speaker> {
    let first = usize::from(toks.first()?.text(text) == "The");
    let owner = (first..toks.len()).find(|&k| {
        let w = toks[k].text(text);
        crate::parse::tokens::strip_possessive(w).len() < w.len()
    })?;
    let named = toks[first..=owner].iter().all(|t| t.word && is_capitalized(t.text(text)));
    let words = &toks[owner + 1..];
    let described = (1..=3).contains(&words.len())
        && words.iter().all(|t| t.word && !is_capitalized(t.text(text)));
    if !(named && described) {
        return None;
    }
    let start = toks[first].start;
    let (_, i) = mention_at(start, EntityKind::Person, resolver)
        .or_else(|| mention_at(start, EntityKind::Organization, resolver))?;
    Some((resolver.entities[i].name.clone(), Some(i)))
}

impl Resolver<'_> {
    /// "The Harbor Authority was unmoved:": the organisation a clause opens
    /// with (after an optional "The").
    fn opening_body(&self, toks: &[Token]) -> Option<Speaker> {
        let first = if toks.first()?.text(self.text) == "The" { toks.get(1)? } else { &toks[0] };
        let at = self.mentions.partition_point(|m| m.0 < first.start);
        let &(start, _, i) = self.mentions.get(at)?;
        (start == first.start && self.entities[i].kind == EntityKind::Organization)
            .then(|| (self.entities[i].name.clone(), Some(i)))
    }
}

/// "MARSH" → "Marsh", "VAN DER BERG" → "Van Der Berg".
fn title_case(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map_or(String::new(), |c| c.to_string() + &cs.as_str().to_lowercase())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_question_then_its_speaker() {
        assert_eq!(
            speakers(&["“Where did the money go?” a resident shouted. The hall fell silent."]),
            vec![Some("resident".into())]
        );
        assert_eq!(
            speakers(&["Harbor master Ida Marsh spoke last.", "“Who pays for this?” Marsh asked."]),
            vec![Some("Ida Marsh".into())]
        );
    }

    #[test]
    fn a_sign_off_after_a_dash() {
        assert_eq!(
            speakers(&["“The ferry is our lifeline. Keep it.” ― Tomas Reyes"]),
            vec![Some("Tomas Reyes".into())]
        );
    }

    #[test]
    fn a_transcript_line() {
        assert_eq!(
            speakers(&["\"REYES: The ferry runs at nine.", "\"HOST: And on Sundays?"]),
            vec![Some("Reyes".into()), Some("Host".into())]
        );
    }

    #[test]
    fn colon_introductions() {
        assert_eq!(
            speakers(&["Opposition leader Petra Lind was blunter: “The ferry deal is a scandal.”"]),
            vec![Some("Petra Lind".into())]
        );
        assert_eq!(
            speakers(&[
                "Mayor Tomas Reyes closed the meeting early. His message:",
                "“We will not sell the pier.”"
            ]),
            vec![Some("Tomas Reyes".into())]
        );
        // Rule `a_possessive_description_yields_to_its_appositive_name`.
        assert_eq!(
            speakers(&[
                "Councillor Ida Marsh backed the plan. Her rival on the board, Tomas Reyes, was blunter:",
                "“The pier will sink with this plan.”"
            ]),
            vec![Some("Tomas Reyes".into())]
        );
        assert_eq!(
            speakers(&["Few at the pier agreed. Said Ida Marsh: “The ferry must stay.”"]),
            vec![Some("Ida Marsh".into())]
        );
        // Rule `an_auxiliary_is_the_subjects_verb`.
        assert_eq!(
            speakers(&["The leader of the Tide Party, Petra Lind, was blunter: “It is a mess.”"]),
            vec![Some("Petra Lind".into())]
        );
    }

    /// Rule `a_modal_before_a_colon_keeps_its_subject`.
    #[test]
    fn a_modal_before_a_colon_keeps_its_subject() {
        assert_eq!(
            speakers(&["A spokesman for the Tide Party could only quip: “We saw this coming.”"]),
            vec![Some("spokesman for the Tide Party".into())]
        );
        assert_eq!(
            speakers(&[
                "Asked about the vote, a spokeswoman for the Harbor Board would only say: “The pier is closed.”"
            ]),
            vec![Some("spokeswoman for the Harbor Board".into())]
        );
        // A passive after the modal is no introduction of speech; and what
        // one would not say is no quote of theirs.
        assert_eq!(
            speakers(&[
                "Ida Marsh said that the new cranes will be added “before the winter storms.”"
            ]),
            vec![Some("Ida Marsh".into())]
        );
        assert_eq!(
            speakers(&["Tomas Reyes would not say what the “harbor plan” would cost."]),
            vec![None]
        );
    }

    #[test]
    fn a_pronoun_agrees_with_an_honorific() {
        assert_eq!(
            speakers(&["Mrs. Ida Marsh spoke after Mr. Tomas Reyes. “We are ready,” she said."]),
            vec![Some("Ida Marsh".into())]
        );
    }

    /// Rule `the_next_sentence_says_whose_words_they_were`.
    #[test]
    fn the_next_sentence_says_whose_words_they_were() {
        assert_eq!(
            speakers(&[
                "Anna Lind spoke first.",
                "“Nobody warned us.” That was the verdict of Tomas Reil, a farmer in Varn.",
            ]),
            vec![Some("Tomas Reil".into())]
        );
        // A verdict after a quote may be a court's: only nouns for spoken
        // words (the lexicon's SPOKEN_WORDS_NOUNS) point back after "The".
        assert_eq!(
            speakers(&["“Nobody warned us.” The verdict came from Tomas Reil, a farmer in Varn."]),
            vec![None]
        );
        assert_eq!(
            speakers(&["“Nobody warned us.” The warning came from dairy farmer Tomas Reil."]),
            vec![Some("Tomas Reil".into())]
        );
        // A role in lower case may stand between "of" and the name.
        assert_eq!(
            speakers(&["“Prices halved.” That was the verdict of economist Ida Marsh."]),
            vec![Some("Ida Marsh".into())]
        );
        assert_eq!(
            speakers(&["“Nobody listens.” Those were the words of union leader Eva Stark."]),
            vec![Some("Eva Stark".into())]
        );
        assert_eq!(
            speakers(&["“The pier must stay.” So said Carl Moss, a ferryman."]),
            vec![Some("Carl Moss".into())]
        );
        // Words of no one named: no speaker.
        assert_eq!(
            speakers(&["“The pier must stay.” So said the harbour board in a statement."]),
            vec![None]
        );
    }

    /// Rule `a_possessor_introduces_the_words`.
    #[test]
    fn a_possessor_introduces_the_words() {
        assert_eq!(
            speakers(&[
                "Mayor Ilse Varn met Tomas Brek.",
                "Varn’s response: “We will not be rushed.”"
            ]),
            vec![Some("Ilse Varn".into())]
        );
        assert_eq!(
            speakers(&[
                "The Harbor Board met on Monday.",
                "The Harbor Board’s reply: “No comment.”"
            ]),
            vec![Some("Harbor Board".into())]
        );
        // A capitalised word after the possessive is no description.
        assert_eq!(
            speakers(&["Mayor Ilse Varn met Tomas Brek.", "Varn’s Harbor Plan: “Fix the pier.”"]),
            vec![None]
        );
    }

    /// Rule `the_owner_follows_a_role_and_its_company`.
    #[test]
    fn the_owner_follows_a_role_and_its_company() {
        // A comma, or a company's possessive, before the name.
        assert_eq!(
            speakers(&["“We hid nothing.” The words came from the chief executive, Pia Lorne."]),
            vec![Some("Pia Lorne".into())]
        );
        assert_eq!(
            speakers(&[
                "“We hid nothing.” The words came from Velto Mobility's chief executive, Pia Lorne."
            ]),
            vec![Some("Pia Lorne".into())]
        );
        // An organisation and nothing more is the owner.
        assert_eq!(
            speakers(&["“We hid nothing.” The warning came from the Tide Party."]),
            vec![Some("Tide Party".into())]
        );
        // Not an organisation the phrase goes on past, nor the person a
        // thing was sent to.
        assert_eq!(
            speakers(&["“We hid nothing.” The warning came from the Tide Party in a leaflet."]),
            vec![None]
        );
        assert_eq!(
            speakers(&["“We hid nothing.” The words came from a letter to Pia Lorne."]),
            vec![None]
        );
    }

    /// Rule `a_description_yields_to_the_name_beside_it`, after "with".
    #[test]
    fn a_participle_after_with_and_an_appositive_name() {
        assert_eq!(
            speakers(&[
                "The hearing began with its chair, Judge Mirela Osk, vowing to follow the facts “wherever they take us.”"
            ]),
            vec![Some("Mirela Osk".into())]
        );
        assert_eq!(
            speakers(&[
                "Anna Lind marked the death of Tomas Reil in Varn, Ostland, arguing that the loss was “needless.”"
            ]),
            vec![Some("Anna Lind".into())]
        );
    }

    #[test]
    fn a_participle_after_with() {
        assert_eq!(
            speakers(&[
                "The inquiry opened on Monday, with its chair promising to follow the evidence “wherever it leads.”"
            ]),
            vec![Some("chair".into())]
        );
        assert_eq!(
            speakers(&["The clip ends with footage of Tomas Reyes saying, “The ferry stays.”"]),
            vec![Some("Tomas Reyes".into())]
        );
    }
}
