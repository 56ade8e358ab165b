//! People, organisations and places, with the article's ways of naming each
//! merged into one entity: "Lloyd Austin", "Lloyd J. Austin", "Mr. Austin",
//! "Secretary Austin" and "Austin" are one person; titles and honorifics
//! ("US Defense Secretary", "Mr.") are kept apart from the name.
//!
//! Names are runs of capitalised words. A run is split into a title part
//! and a name part at its last title word ("Deputy Foreign Minister |
//! Sergey Ryabkov"). Kinds come from the words themselves (organisation
//! words such as "Ministry", place words and a short list of countries and
//! capitals), from titles (a titled name is a person) and from context
//! ("in X" is a place). Unknown single words are left out rather than
//! guessed.

use crate::model::EntityKind;
use crate::parse::tokens::{fold, is_capitalized, strip_possessive, tokenize, Token, WordSet};
use std::collections::HashMap;
use std::ops::Range;

/// An entity before it is located in UTF-16.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundEntity {
    pub kind: EntityKind,
    pub name: String,
    pub titles: Vec<String>,
    pub mentions: Vec<Range<usize>>,
}

/// Words that end a title before a name.
static TITLE_WORDS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "secretary", "minister", "gen", "general", "maj", "major", "lt",
    "lieutenant", "col", "colonel", "adm", "admiral", "chancellor", "senator", "sen", "rep", "representative", "gov", "governor",
    "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "ambassador", "pope", "king", "queen", "prince",
    "princess", "judge", "justice", "sgt", "sergeant", "capt", "captain", "commander", "leader", "director", "mayor", "premier",
    "prosecutor", "chief", "sheikh", "rev", "envoy", "marshal", "lord", "lady", "sir", "dame", "deputy", "vice", "officer", "aide",
    "correspondent", "editor", "reporter", "analyst", "coach", "ceo", "founder", "head", "mp", "councillor", "councilor", "speaker",
    "diplomat", "pvt", "cpl", "cmdr", "supt", "insp", "det", "hon", "amb", "sec", "engineer", "inspector", "economist", "lawyer",
    "attorney", "investigator", "doctor", "nurse", "teacher", "researcher", "scientist", "historian", "activist", "manager",
    "president-elect", "secretary-general", "commissioner", "chancellor-elect", "superintendent", "sheriff", "pastor", "bishop",
]);

/// Words that make a run an organisation.
static ORG_WORDS: WordSet = WordSet::new(&[
    "ministry", "department", "pentagon", "kremlin", "senate", "congress", "forum", "committee", "council", "agency", "navy", "army",
    "force", "forces", "fleet", "command", "times", "news", "guardian", "reuters", "afp", "union", "party", "office", "house", "court",
    "bank", "commission", "organization", "organisation", "nato", "parliament", "government", "cross", "convention", "institute",
    "university", "company", "group", "inc", "corp", "ltd", "service", "police", "brigade", "battalion", "administration", "fund",
    "association", "staff", "chiefs", "post", "journal", "press", "telegraph", "herald", "tribune", "network", "tv", "radio",
    "federation", "assembly", "cabinet", "board", "authority", "corps", "guard", "foundation", "society", "club", "league", "bureau",
    "state", "states", "nations", "white", "ria", "tass", "xinhua", "cnn", "bbc", "epoch", "courier", "ledger", "gazette",
    "chronicle", "observer", "standard", "mail", "star", "express", "mirror", "review", "monitor", "insider", "daily", "weekly",
    "magazine", "wire", "media", "broadcasting", "hedge",
]);

/// Words that make a run a place.
static PLACE_WORDS: WordSet = WordSet::new(&[
    "city", "region", "province", "oblast", "island", "islands", "sea", "river", "mountains", "street", "beach", "county", "district",
    "peninsula", "bay", "valley", "lake", "ocean", "gulf", "strait", "coast", "port", "square", "airport", "plant",
]);

/// Countries, capitals and large cities often in the news; a name that is
/// alone and not titled is only called a place when listed or after "in".
static PLACES: WordSet = WordSet::new(&[
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh",
    "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria", "cambodia", "canada", "chile", "china", "colombia",
    "croatia", "cuba", "cyprus", "czechia", "denmark", "egypt", "england", "estonia", "ethiopia", "europe", "finland", "france",
    "georgia", "germany", "ghana", "greece", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "japan", "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "malaysia",
    "mexico", "moldova", "mongolia", "morocco", "myanmar", "nepal", "netherlands", "nigeria", "norway", "pakistan", "palestine",
    "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "scotland", "serbia", "singapore",
    "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "thailand", "tunisia",
    "turkey", "türkiye", "uganda", "ukraine", "us", "usa", "u.s", "uk", "venezuela", "vietnam", "wales", "yemen", "zimbabwe",
    "africa", "asia", "america", "gaza", "crimea", "donbas", "moscow", "washington", "kyiv", "kiev", "london", "paris", "berlin",
    "beijing", "tokyo", "brussels", "geneva", "rome", "madrid", "warsaw", "vienna", "ankara", "istanbul", "tehran", "jerusalem",
    "cairo", "delhi", "minsk", "kharkiv", "odesa", "odessa", "mariupol", "kherson", "sevastopol", "stuttgart", "taipei", "seoul",
    "united states", "united kingdom", "south korea", "north korea", "new york", "black sea", "saudi arabia", "hong kong",
    "middle east", "south africa", "new zealand", "west bank", "european union",
]);

/// Capitalised words that start sentences or name days and months rather
/// than anything the article is about.
static NOT_NAMES: WordSet = WordSet::new(&[
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "when", "while", "if", "so", "yet", "still", "it",
    "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "this", "that", "these", "those", "there", "here",
    "some", "many", "most", "all", "no", "not", "one", "two", "three", "four", "five", "since", "for", "from", "with", "by", "of",
    "to", "speaking", "asked", "according", "meanwhile", "however", "although", "though", "because", "during", "despite", "until",
    "also", "then", "now", "last", "next", "first", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "held", "built", "asked", "videos",
    "file", "photo", "what", "who", "why", "how", "where", "which", "each", "every", "both", "neither", "either", "such", "other",
    "back", "few", "further", "still", "even", "only", "just", "indeed", "instead", "thus", "like", "unlike", "among", "amid",
]);

static CONNECTORS: WordSet = WordSet::new(&["of", "the", "de", "van", "von", "al", "bin", "da", "der", "la", "le", "del", "di"]);

/// Demonyms and adjectives that sit in a title ("Russian Deputy Foreign
/// Minister") and do not name anyone by themselves.
fn is_title_word(w: &str) -> bool {
    TITLE_WORDS.contains(w)
}

/// A word (lowercased, without possessive) is a title word, a known place,
/// an organisation word...
fn lower_core(text: &str, t: &Token) -> String {
    fold(strip_possessive(t.text(text)))
}

struct Run {
    words: Vec<Token>,
}

/// Collects runs of capitalised words in a sentence; abbreviation dots and
/// initials ("Mr.", "J.") and inner "of"/"the" stay inside a run.
fn runs(text: &str, toks: &[Token]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut cur: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let w = t.text(text);
        let cap = t.word && is_capitalized(w);
        if cap {
            cur.push(t);
            // "Mr." "J." "Gen." – swallow the dot.
            if toks.get(i + 1).is_some_and(|d| !d.word && d.text(text) == "." && d.start == t.end) && (w.chars().count() <= 4) {
                i += 1;
            }
            i += 1;
            continue;
        }
        if t.word && !cur.is_empty() && CONNECTORS.contains(w) {
            // Keep "of"/"the" only when a capitalised word follows.
            let mut j = i;
            while j < toks.len() && toks[j].word && CONNECTORS.contains(toks[j].text(text)) {
                j += 1;
            }
            if j < toks.len() && toks[j].word && is_capitalized(toks[j].text(text)) && w != "the" {
                cur.extend_from_slice(&toks[i..j]);
                i = j;
                continue;
            }
        }
        if !cur.is_empty() {
            out.push(Run { words: std::mem::take(&mut cur) });
        }
        i += 1;
    }
    if !cur.is_empty() {
        out.push(Run { words: cur });
    }
    out
}

#[derive(Default)]
struct Registry {
    entities: Vec<FoundEntity>,
    by_key: HashMap<(EntityKind, String), usize>,
    /// Folded last name → person entity, for "Mr. Austin" and "Austin".
    by_surname: HashMap<String, usize>,
    /// How often each written form was used, to pick the canonical name, in
    /// the order first seen. A list, not a hash map: an entity has a handful
    /// of forms, and ties must be broken by the text, not by hash order
    /// (which varied from run to run).
    forms: Vec<Vec<(String, usize)>>,
}

impl Registry {
    fn add(&mut self, kind: EntityKind, name: &str, title: Option<String>, mention: Range<usize>) -> usize {
        let key = (kind, fold(name));
        let idx = if let Some(&i) = self.by_key.get(&key) {
            i
        } else {
            // Persons: "Lloyd J. Austin" joins "Lloyd Austin" (same first and last name).
            let words: Vec<&str> = name.split_whitespace().collect();
            let existing = if kind == EntityKind::Person && words.len() >= 2 {
                self.by_surname.get(&fold(words[words.len() - 1])).copied().filter(|&i| {
                    let other: Vec<String> = self.entities[i].name.split_whitespace().map(fold).collect();
                    other.len() < 2 || other[0] == fold(words[0])
                })
            } else {
                None
            };
            let i = existing.unwrap_or_else(|| {
                self.entities.push(FoundEntity { kind, name: name.to_string(), titles: Vec::new(), mentions: Vec::new() });
                self.forms.push(Vec::new());
                self.entities.len() - 1
            });
            self.by_key.insert(key, i);
            if kind == EntityKind::Person && words.len() >= 2 {
                self.by_surname.insert(fold(words[words.len() - 1]), i);
            }
            i
        };
        let e = &mut self.entities[idx];
        e.mentions.push(mention);
        if let Some(t) = title {
            if !e.titles.contains(&t) {
                e.titles.push(t);
            }
        }
        if name.split_whitespace().count() >= 2 {
            let forms = &mut self.forms[idx];
            match forms.iter_mut().find(|(form, _)| form == name) {
                Some((_, count)) => *count += 1,
                None => forms.push((name.to_string(), 1)),
            }
        }
        idx
    }
}

/// Finds the entities in the given sentences (byte ranges of `text`).
pub fn find_entities(text: &str, sentences: &[Range<usize>]) -> Vec<FoundEntity> {
    let tokens: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(text, s.clone())).collect();
    find_entities_in(text, &tokens)
}

/// [`find_entities`] on sentences already tokenized.
pub fn find_entities_in(text: &str, sentences: &[Vec<Token>]) -> Vec<FoundEntity> {
    let mut reg = Registry::default();
    // Single words waiting for the full name to be known (a later "Lloyd
    // Austin" claims an earlier "Austin").
    let mut singles: Vec<(String, Range<usize>, Option<String>, bool)> = Vec::new();
    for toks in sentences {
        for run in runs(text, toks) {
            let mut words = run.words;
            // People are not called "The X": a run opening with it names an organisation.
            let opened_with_the = words.first().is_some_and(|w| w.text(text) == "The") && words.len() >= 3;
            // Drop sentence-opening function words and the like.
            while let Some(first) = words.first() {
                if NOT_NAMES.contains(lower_core(text, first).as_str()) {
                    words.remove(0);
                } else {
                    break;
                }
            }
            while words.last().is_some_and(|w| CONNECTORS.contains(w.text(text))) {
                words.pop();
            }
            if words.is_empty() {
                continue;
            }
            let lowered: Vec<String> = words.iter().map(|w| lower_core(text, w)).collect();
            let has_org = lowered.iter().any(|w| ORG_WORDS.contains(w.as_str()));
            // A run that ends in a title names a role, not anyone.
            if lowered.last().is_some_and(|w| is_title_word(w)) {
                continue;
            }
            // The name is the run's tail of up to four plain words; what
            // stands before it is a title when it holds a title word.
            let mut k = words.len();
            while k > 0 && words.len() - k < 4 {
                let w = lowered[k - 1].as_str();
                let possessive = strip_possessive(words[k - 1].text(text)).len() != words[k - 1].text(text).len();
                // Particles inside a name ("Ilse van der Meer") stay; "of" and "the" end it.
                let particle_inside = CONNECTORS.contains(w) && !matches!(w, "of" | "the") && k > 1 && k < words.len();
                if is_title_word(w) || ORG_WORDS.contains(w) || (CONNECTORS.contains(w) && !particle_inside) || (possessive && k < words.len()) {
                    break;
                }
                k -= 1;
            }
            let titled = k > 0 && k < words.len() && lowered[..k].iter().any(|w| is_title_word(w));
            let (title_part, name_part) = if titled { (&words[..k], &words[k..]) } else { (&words[..0], &words[..]) };
            let name_lowered = &lowered[lowered.len() - name_part.len()..];
            let name_has_org = !titled && (has_org || opened_with_the);
            let start = name_part[0].start;
            let end = name_part[name_part.len() - 1].end;
            let name_text = {
                let raw = &text[start..end];
                let stripped = strip_possessive(raw);
                stripped.trim_end_matches(['.', '’', '\'']).to_string()
            };
            let mention = start..start + name_text.len();
            let title = (!title_part.is_empty()).then(|| text[title_part[0].start..title_part[title_part.len() - 1].end].to_string() + if text[title_part[title_part.len() - 1].end..].starts_with('.') { "." } else { "" });
            let preceded_by_place_prep = {
                let before = toks.iter().rposition(|t| t.end <= start);
                before.is_some_and(|b| matches!(fold(toks[b].text(text)).as_str(), "in" | "at" | "near" | "from" | "to" | "into" | "across"))
            };
            let place_word = name_lowered.iter().any(|w| PLACE_WORDS.contains(w.as_str()));
            let known_place = PLACES.contains(name_lowered.join(" ").as_str()) || (name_lowered.len() == 1 && PLACES.contains(name_lowered[0].as_str()));
            if known_place && !titled {
                reg.add(EntityKind::Place, &name_text, None, mention);
            } else if name_has_org {
                let kind = if place_word && !has_org { EntityKind::Place } else { EntityKind::Organization };
                reg.add(kind, &name_text, None, mention);
            } else if title.is_some() || (name_part.len() >= 2 && !known_place && !place_word && name_part.len() <= 4) {
                if name_part.len() == 1 {
                    singles.push((name_text, mention, title, true));
                } else {
                    reg.add(EntityKind::Person, &name_text, title, mention);
                }
            } else if known_place || place_word {
                reg.add(EntityKind::Place, &name_text, None, mention);
            } else if name_part.len() == 1 {
                let w = name_part[0].text(text);
                let acronym = w.len() >= 2 && w.len() <= 6 && w.chars().all(|c| c.is_ascii_uppercase());
                if acronym {
                    reg.add(EntityKind::Organization, &name_text, None, mention);
                } else {
                    singles.push((name_text, mention, None, preceded_by_place_prep));
                }
            } else {
                reg.add(EntityKind::Organization, &name_text, None, mention);
            }
        }
    }
    // Single words: a surname of a known person, else a place after "in".
    for (name, mention, title, hint) in singles {
        if let Some(&i) = reg.by_surname.get(&fold(&name)) {
            let e = &mut reg.entities[i];
            e.mentions.push(mention);
            if let Some(t) = title {
                if !e.titles.contains(&t) {
                    e.titles.push(t);
                }
            }
        } else if title.is_some() {
            reg.add(EntityKind::Person, &name, title, mention);
        } else if hint {
            reg.add(EntityKind::Place, &name, None, mention);
        }
    }
    // The canonical name is the most used full form; among equals the
    // shorter, then the first written.
    for (i, e) in reg.entities.iter_mut().enumerate() {
        let best = reg.forms[i].iter().enumerate().max_by(|(ai, a), (bi, b)| a.1.cmp(&b.1).then_with(|| b.0.len().cmp(&a.0.len())).then_with(|| bi.cmp(ai)));
        if let Some((_, (best, _))) = best {
            if e.kind == EntityKind::Person {
                e.name = best.clone();
            }
        }
        e.mentions.sort_by_key(|m| m.start);
    }
    reg.entities
}

/// The entity with a mention inside `range`, preferring a person and the
/// last such mention.
pub fn entity_in(entities: &[FoundEntity], range: Range<usize>) -> Option<usize> {
    let mut best: Option<(bool, usize, usize)> = None;
    for (i, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            if m.start >= range.start && m.end <= range.end {
                let cand = (e.kind == EntityKind::Person, m.start, i);
                if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        }
    }
    best.map(|b| b.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<FoundEntity> {
        let sentences = crate::parse::sentences::split_sentences(text, 0..text.len());
        find_entities(text, &sentences)
    }

    #[test]
    fn equally_used_forms_give_the_first_written_name() {
        // Two forms, each used once and of one length: the name must not
        // depend on hash order, which changes from run to run.
        for _ in 0..8 {
            let e = find("Ida Marsh opened the pier on Monday. The banner read IDA MARSH in red.");
            let ida = e.iter().find(|e| e.name.eq_ignore_ascii_case("Ida Marsh")).expect("found");
            assert_eq!(ida.mentions.len(), 2, "both forms are mentions of one person");
            assert_eq!(ida.name, "Ida Marsh");
        }
    }

    #[test]
    fn aliases_merge_and_titles_split() {
        let text = "Harbor Defense Secretary Mira Okafor met envoys. Mira J. Okafor later spoke. Mr. Okafor said little. Secretary Okafor left. Okafor’s aide stayed.";
        let e = find(text);
        let okafor: Vec<&FoundEntity> = e.iter().filter(|e| e.name.contains("Okafor")).collect();
        assert_eq!(okafor.len(), 1, "{e:?}");
        assert_eq!(okafor[0].name, "Mira Okafor");
        assert_eq!(okafor[0].kind, EntityKind::Person);
        assert_eq!(okafor[0].mentions.len(), 5);
        assert!(okafor[0].titles.iter().any(|t| t == "Mr."));
        assert!(okafor[0].titles.iter().any(|t| t.ends_with("Secretary")));
    }

    #[test]
    fn name_particles_stay_in_the_name() {
        let e = find("Mayor Ilse van der Meer spoke. Van der Meer left.");
        assert!(e.iter().any(|e| e.name == "Ilse van der Meer" && e.titles == vec!["Mayor".to_string()]), "{e:?}");
    }

    #[test]
    fn organisations_and_places() {
        let e = find("The Valdor Defence Ministry said troops moved in Tarsk. The ministry met in Moscow.");
        assert!(e.iter().any(|e| e.name == "Valdor Defence Ministry" && e.kind == EntityKind::Organization), "{e:?}");
        assert!(e.iter().any(|e| e.name == "Tarsk" && e.kind == EntityKind::Place), "{e:?}");
        assert!(e.iter().any(|e| e.name == "Moscow" && e.kind == EntityKind::Place), "{e:?}");
    }
}
