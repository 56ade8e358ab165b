//! Participants: the people, organisations and places the articles name,
//! one entry each however each outlet writes the name.
//!
//! The parser already gathers one article's mentions of a name into an
//! entity ("Mr. Austin" after "Lloyd Austin"). Here the entities of all
//! articles are matched to each other by these rules, each a named function
//! with a test:
//!
//! - [`person_name`]: a person's name is reduced to a given name and a
//!   surname. Honorifics ("Mr.", "Dr."), middle initials ("J.") and
//!   generational suffixes ("III", "Jr.", the lexicon's
//!   [`NAME_SUFFIXES`]) are dropped; the particles of a surname ("van der")
//!   are part of it, and the surname is compared folded, so "Ilse van der
//!   Meer" and "Ilse Vandermeer" are one name.
//! - [`given_names_agree`]: two people with one surname are one person when
//!   their given names are equal, or one is a familiar form of the other
//!   ("Kostya" for "Kostiantyn", the lexicon's [`GIVEN_NAME_FORMS`]) or
//!   begins it ("Alex" for "Alexander": at least [`MIN_PREFIX_GIVEN_NAME`]
//!   letters, and [`MIN_PREFIX_EXTRA_LETTERS`] fewer; "Daniel" and
//!   "Danielle" are two names). A short form that could stand for two people of that surname
//!   ("Dan" beside "Daniel" and "Danielle") joins neither.
//! - [`surname_only`]: a name written as a surname alone ("Austin") is the
//!   person of that surname the same article names in full; failing that,
//!   the one such person the compared articles name; failing that, a
//!   participant of its own.
//! - Organisations and places are one participant when their names agree
//!   word for word, ignoring case, punctuation and a leading "the"
//!   ([`other_key`]).
//!
//! The participant's name is the form with the fullest given name, then the
//! form most articles use, then the shorter, then the first written.

use super::normalize::stem;
use super::union_find::UnionFind;
use super::Prepared;
use crate::lexicon::hash::FnvBuild;
use crate::lexicon::honorifics::{HONORIFIC_ABBREVIATIONS, HONORIFIC_WORDS, RANK_ABBREVIATIONS};
use crate::lexicon::name_particles::NAME_PARTICLES;
use crate::lexicon::names::{
    COMPANY_FORMS, GIVEN_NAME_FORMS, MIN_PREFIX_EXTRA_LETTERS, MIN_PREFIX_GIVEN_NAME, NAME_SUFFIXES,
};
use crate::lexicon::SortedMap;
use crate::model::{EntityKind, Participant, ParticipantMentions};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A person's name reduced to what tells people apart across outlets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonName {
    /// The given name, lower-case; `None` when only a surname is written.
    pub given: Option<String>,
    /// The surname with its particles, lower-case letters and digits only
    /// ("vandermeer").
    pub surname: String,
}

/// A folded word with every "y" after its first letter written "i": place
/// names transliterated into English often differ only there ("Veyra",
/// "Veira"; "Kyiv", "Kiiv").
fn y_as_i(word: &str) -> String {
    word.char_indices().map(|(i, c)| if i > 0 && c == 'y' { 'i' } else { c }).collect()
}

/// Lower-case, letters and digits only: "van der Meer" word by word gives
/// "van", "der", "meer"; "O'Neill" gives "oneill".
fn fold(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// An honorific or rank before a name ("Mr.", "Dame", "Sgt."), which names
/// no one in particular.
fn is_honorific(word: &str) -> bool {
    let w = fold(word);
    HONORIFIC_ABBREVIATIONS.contains(&w.as_str())
        || HONORIFIC_WORDS.contains(&w.as_str())
        || RANK_ABBREVIATIONS.contains(&w.as_str())
}

/// A generational or degree suffix after a surname ("III", "Jr.").
fn is_name_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(&fold(word).as_str())
}

/// A middle initial: one capital letter, with or without a full stop
/// ("J.", "J").
fn is_initial(word: &str) -> bool {
    let mut cs = word.trim_end_matches('.').chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// A particle of a surname ("van", "der", "bin"), in any case.
fn is_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&fold(word).as_str())
}

/// A person's name as a given name and a surname (see the module docs), or
/// `None` when nothing of a name is left.
pub fn person_name(name: &str) -> Option<PersonName> {
    let mut ws: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')')))
        .map(|w| w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .collect();
    while ws.len() > 1 && is_honorific(ws[0]) {
        ws.remove(0);
    }
    while ws.len() > 2 && ws.last().is_some_and(|w| is_name_suffix(w)) {
        ws.pop();
    }
    // Initials in the middle, or a first initial before a full name.
    let mut k = 0;
    ws.retain(|w| {
        k += 1;
        !(k > 1 && is_initial(w))
    });
    if ws.len() > 1 && is_initial(ws[0]) {
        ws.remove(0);
    }
    let last = ws.len().checked_sub(1)?;
    // The surname takes in the particles before it, but leaves a given name.
    let mut start = last;
    while start > 1 && is_particle(ws[start - 1]) {
        start -= 1;
    }
    let surname: String = ws[start..].iter().map(|w| fold(w)).collect();
    if surname.is_empty() {
        return None;
    }
    let given = (start > 0).then(|| fold(ws[0])).filter(|g| !g.is_empty());
    Some(PersonName { given, surname })
}

/// Whether `short` is a short form of the different given name `full`: a
/// familiar form the lexicon lists, or its first letters.
fn short_form_of(short: &str, full: &str) -> bool {
    short != full
        && (GIVEN_NAME_FORMS.contains(&(short, full))
            || (short.chars().count() >= MIN_PREFIX_GIVEN_NAME
                && full.chars().count() >= short.chars().count() + MIN_PREFIX_EXTRA_LETTERS
                && full.starts_with(short)))
}

/// Whether two given names may be one person's (see the module docs).
pub fn given_names_agree(a: &str, b: &str) -> bool {
    a == b || short_form_of(a, b) || short_form_of(b, a)
}

/// The key of an organisation's or place's name: its words stemmed as
/// comparison stems them (case, British spelling and transliteration
/// unified: "Harbour Council" and "Harbor Council"), with a "y" inside a
/// word read as "i" ([`y_as_i`]: "Port Veira" and "PORT VEYRA"), without a
/// leading "the" and without a company's legal form at its end
/// ([`without_company_form`]).
pub fn other_key(name: &str) -> String {
    let folded: Vec<String> = name.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
    let skip = usize::from(folded.len() > 1 && folded[0] == "the");
    let words = without_company_form(&folded[skip..]);
    words.iter().map(|w| y_as_i(&stem(w))).collect::<Vec<_>>().join(" ")
}

/// Rule `a_company_form_is_no_part_of_the_name`: "EYP Mission Critical
/// Facilities Inc." and "EYP Mission Critical Facilities" are one company,
/// as are "Hewlett-Packard Co." and "Hewlett-Packard Company": the legal
/// forms of the lexicon ([`COMPANY_FORMS`]) at the end of a folded name are
/// dropped, as long as a word is left ("The Company" stays).
fn without_company_form(words: &[String]) -> &[String] {
    let mut end = words.len();
    while end > 1 && COMPANY_FORMS.contains(&words[end - 1].as_str()) {
        end -= 1;
    }
    &words[..end]
}

/// Rule `an_acronym_names_its_organisation`: an organisation written as
/// capitals of two to six letters is the one organisation of longer name the
/// compared articles name whose initials they are: "NOAA" is "National
/// Oceanic and Atmospheric Administration", "HP" is "Hewlett-Packard Co.",
/// "FBI" is "Federal Bureau of Investigation". The initials are the first
/// letters of the longer name's words (and of a hyphenated word's parts),
/// leaving out "of", "and", "the", "for" and a legal form; a name with an
/// abbreviation ("U.S. Senate") has none. Only an organisation is read so:
/// a place is named for itself ("US" beside "Unity Solutions"). Two
/// candidates leave it alone.
fn acronym_names(docs: &[Prepared], records: &[Record], joined: &mut UnionFind) {
    let name_of = |r: &Record| r.entity(docs).name.as_str();
    let initials = |r: &Record| {
        let name = name_of(r);
        if r.kind != EntityKind::Organization || !name.contains(' ') || name.contains('.') {
            return None;
        }
        let initials: String = name
            .split_whitespace()
            .filter(|w| {
                let f = fold(w);
                !matches!(f.as_str(), "" | "of" | "and" | "the" | "for")
                    && !COMPANY_FORMS.contains(&f.as_str())
            })
            .flat_map(|w| w.split('-'))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        (2..=6).contains(&initials.chars().count()).then_some(initials)
    };
    let acronym = |r: &Record| {
        let name = name_of(r).trim();
        (r.kind == EntityKind::Organization && crate::parse::entities::is_acronym(name))
            .then(|| name.to_ascii_lowercase())
    };
    join_short_forms(records, joined, initials, acronym);
}

/// Joins each record whose `short` key is the `long` key of exactly one
/// participant to that participant; a key two participants share leaves it
/// alone. The shared step of [`acronym_names`] and [`short_company_names`].
fn join_short_forms(
    records: &[Record],
    joined: &mut UnionFind,
    long: impl Fn(&Record) -> Option<String>,
    short: impl Fn(&Record) -> Option<String>,
) {
    let mut by_key: HashMap<String, Vec<usize>, FnvBuild> = HashMap::default();
    for (j, r) in records.iter().enumerate() {
        if let Some(key) = long(r) {
            by_key.entry(key).or_default().push(j);
        }
    }
    for (i, r) in records.iter().enumerate() {
        let Some(longer) = short(r).and_then(|key| by_key.get(&key)) else { continue };
        let mut roots: Vec<usize> = longer.iter().map(|&j| joined.root(j)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [only] = roots[..] {
            joined.union(i, only);
        }
    }
}

/// Rule `a_company_named_short_across_articles`: one report writes
/// "Velto", another "Velto Mobility". A one-word organisation joins the
/// one company of the comparison whose name it opens, when that name is a
/// trade word or legal form away ([`crate::parse::entities`]'s
/// `names_company_short`, the rule `a_company_named_short` inside one
/// article). Two such companies ("Velto Mobility", "Velto Records") leave it
/// alone.
fn short_company_names(docs: &[Prepared], records: &[Record], joined: &mut UnionFind) {
    let name_of = |r: &Record| r.entity(docs).name.as_str();
    // A company, by its first word folded.
    let company = |r: &Record| {
        let name = name_of(r);
        let first = name.split_whitespace().next().unwrap_or("");
        (r.kind == EntityKind::Organization
            && name.contains(' ')
            && crate::parse::entities::names_company_short(name, first))
        .then(|| fold(first))
    };
    let one_word = |r: &Record| {
        let word = name_of(r).trim();
        (r.kind == EntityKind::Organization && !word.contains(' ')).then(|| fold(word))
    };
    join_short_forms(records, joined, company, one_word);
}

/// One entity of one article.
struct Record {
    article: usize,
    entity: usize,
    kind: EntityKind,
    person: Option<PersonName>,
}

impl Record {
    /// The entity this record stands for.
    fn entity<'d>(&self, docs: &'d [Prepared]) -> &'d crate::model::Entity {
        &docs[self.article].article.entities[self.entity]
    }
}

/// The given names of one surname, each joined to the one fuller form of
/// it the articles use (see [`given_names_agree`]); a short form with two
/// fuller readings ("Dan": "Daniel" or "Danielle") stays alone. Returns each
/// given name's fullest form.
fn fullest_given_names(given: &BTreeSet<&str>) -> SortedMap<String, String> {
    let mut out: SortedMap<String, String> = SortedMap::new();
    for &g in given {
        let mut current = g;
        // Follow the one fuller reading while there is exactly one; a chain
        // is at most as long as the set.
        for _ in 0..given.len() {
            let fuller: Vec<&str> =
                given.iter().copied().filter(|&h| short_form_of(current, h)).collect();
            match fuller.as_slice() {
                [only] => current = only,
                _ => break,
            }
        }
        out.insert(g.to_string(), current.to_string());
    }
    out
}

/// A surname written alone in `article`: the participant group of the one
/// person of that surname the same article names in full, else the one the
/// compared articles name in full; `None` when there is none or several.
fn surname_only(
    article: usize,
    surname: &str,
    full_in_article: &BTreeMap<(usize, &str), BTreeSet<usize>>,
    full_anywhere: &BTreeMap<&str, BTreeSet<usize>>,
) -> Option<usize> {
    let only =
        |set: &BTreeSet<usize>| (set.len() == 1).then(|| set.iter().next().copied()).flatten();
    match full_in_article.get(&(article, surname)) {
        Some(here) => only(here),
        None => full_anywhere.get(surname).and_then(only),
    }
}

/// The participants of the compared articles, and which participant each
/// article's entity is.
pub struct Cast {
    pub participants: Vec<Participant>,
    /// For each article, each entity's index in `participants`.
    pub of_entity: Vec<Vec<usize>>,
    /// Person participants by surname, when one surname is one participant.
    by_surname: HashMap<String, Option<usize>, FnvBuild>,
    /// Other participants by [`other_key`] and kind.
    by_key: HashMap<(String, EntityKind), usize, FnvBuild>,
    /// For each article, the first entity whose name or a mention has each
    /// [`other_key`]: `resolve` looks names up here rather than keying every
    /// mention again per call, which made compare quadratic in the mentions
    /// of long articles.
    entity_keys: Vec<HashMap<String, usize, FnvBuild>>,
    /// For each article, its person entities by surname, in entity order:
    /// `resolve` looks a speaker's surname up here rather than reading
    /// every person's name again per call, which made compare quadratic in
    /// the people of a long article.
    person_surnames: Vec<HashMap<String, Vec<usize>, FnvBuild>>,
}

/// Each article's entity index by the [`other_key`] of its name and of each
/// of its mentions, the lowest index winning.
fn entity_keys(docs: &[Prepared]) -> Vec<HashMap<String, usize, FnvBuild>> {
    docs.iter()
        .map(|d| {
            let mut keys = HashMap::default();
            for (i, e) in d.article.entities.iter().enumerate() {
                let names = std::iter::once(e.name.as_str())
                    .chain(e.mentions.iter().map(|m| m.text.as_str()));
                for name in names {
                    let k = other_key(name);
                    if !k.is_empty() {
                        keys.entry(k).or_insert(i);
                    }
                }
            }
            keys
        })
        .collect()
}

impl Cast {
    /// The participant a name written in `article` refers to ("Mayor Ilse
    /// Vandermeer", "Ms. Vandermeer", "the Harbor Council"), or `None`.
    ///
    /// An entity of the article whose name or a mention is the written name
    /// (ignoring case and titles before it) comes first; then a person of
    /// the article with the same surname and an agreeing given name (or the
    /// only one of that surname); then the one participant of the
    /// comparison with that surname or name.
    pub fn resolve(&self, docs: &[Prepared], article: usize, written: &str) -> Option<usize> {
        let d = docs.get(article)?;
        let entities = &d.article.entities;
        let key = other_key(written);
        if key.is_empty() {
            return None;
        }
        // The first entity whose name or a mention is the written name or
        // ends it after a space: the key and each of its word suffixes.
        let keys = self.entity_keys.get(article)?;
        let suffixes = std::iter::once(key.as_str())
            .chain(key.match_indices(' ').map(|(at, _)| &key[at + 1..]));
        let found = suffixes.filter_map(|k| keys.get(k).copied()).min();
        if let Some(e) = found {
            // A bare surname names the fullest match; a longer written name
            // that merely ends in some entity's one-word name must be a
            // person's surname to count.
            let e_kind = entities[e].kind;
            if e_kind != EntityKind::Person || other_key(&entities[e].name) == key {
                return self.of_entity.get(article)?.get(e).copied();
            }
        }
        let name = person_name(written)?;
        let mut same_surname: Vec<usize> = self.person_surnames[article]
            .get(&name.surname)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| self.of_entity[article][i])
            .collect();
        crate::lexicon::sort_dedup(&mut same_surname);
        let written_words: Vec<String> = written.split_whitespace().map(fold).collect();
        let agreeing: Vec<usize> = same_surname
            .iter()
            .copied()
            .filter(|&p| {
                let given = person_name(&self.participants[p].name).and_then(|n| n.given);
                given.is_some_and(|g| written_words.iter().any(|w| given_names_agree(w, &g)))
            })
            .collect();
        match (same_surname.as_slice(), agreeing.as_slice()) {
            ([only], _) | (_, [only]) => return Some(*only),
            ([], _) => {}
            _ => return None,
        }
        if let Some(&p) = self.by_key.get(&(key.clone(), EntityKind::Organization)) {
            return Some(p);
        }
        self.by_surname.get(&name.surname).copied().flatten()
    }
}

/// Matches the entities of all articles into participants (see the module
/// docs).
pub fn cast(docs: &[Prepared]) -> Cast {
    let mut records: Vec<Record> = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        for (i, e) in d.article.entities.iter().enumerate() {
            let person = (e.kind == EntityKind::Person).then(|| person_name(&e.name)).flatten();
            records.push(Record { article: a, entity: i, kind: e.kind, person });
        }
    }
    let mut joined = UnionFind::new(records.len());
    // Persons with a given name: by surname, then by given name's fullest
    // form.
    let mut given_by_surname: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for r in &records {
        if let Some(PersonName { given: Some(g), surname }) = &r.person {
            given_by_surname.entry(surname).or_default().insert(g);
        }
    }
    let fullest: SortedMap<&str, SortedMap<String, String>> =
        given_by_surname.iter().map(|(s, g)| (*s, fullest_given_names(g))).collect();
    let mut first_of: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(PersonName { given: Some(g), surname }) = &r.person {
            let head = fullest[surname.as_str()][g.as_str()].as_str();
            let j = *first_of.entry((surname, head)).or_insert(i);
            joined.union(i, j);
        }
    }
    // Persons written by surname alone.
    let mut full_in_article: BTreeMap<(usize, &str), BTreeSet<usize>> = BTreeMap::new();
    let mut full_anywhere: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (&(surname, head), &i) in &first_of {
        let _ = head;
        full_anywhere.entry(surname).or_default().insert(i);
    }
    for r in &records {
        if let Some(PersonName { given: Some(g), surname }) = &r.person {
            let head = fullest[surname.as_str()][g.as_str()].as_str();
            full_in_article
                .entry((r.article, surname))
                .or_default()
                .insert(first_of[&(surname.as_str(), head)]);
        }
    }
    let mut alone: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(PersonName { given: None, surname }) = &r.person {
            match surname_only(r.article, surname, &full_in_article, &full_anywhere) {
                Some(j) => joined.union(i, j),
                None => {
                    let j = *alone.entry(surname).or_insert(i);
                    joined.union(i, j);
                }
            }
        }
    }
    // Organisations, places, and persons with no name left.
    let mut by_other: BTreeMap<(String, usize), usize> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if r.person.is_none() {
            let name = &r.entity(docs).name;
            // Rule `one_name_is_one_body_or_place`: an organisation in one
            // article and a place in another under one name ("Velstra" read
            // after "at" in one report) is one participant.
            let class = (r.kind == EntityKind::Person) as usize;
            let j = *by_other.entry((other_key(name), class)).or_insert(i);
            joined.union(i, j);
        }
    }
    acronym_names(docs, &records, &mut joined);
    short_company_names(docs, &records, &mut joined);
    // Gather the groups, name them and order them.
    let groups = joined.groups();
    let mut built: Vec<(Participant, usize, Vec<usize>)> = groups
        .into_iter()
        .map(|members| {
            let p = participant(docs, &records, &members);
            let mentions: usize = p.mentions.iter().map(|m| m.spans.len()).sum();
            (p, mentions, members)
        })
        .collect();
    crate::lexicon::sort_by(&mut built, |(x, xm, xs), (y, ym, ys)| {
        y.mentions.len().cmp(&x.mentions.len()).then(ym.cmp(xm)).then(xs[0].cmp(&ys[0]))
    });
    let mut of_entity: Vec<Vec<usize>> =
        docs.iter().map(|d| vec![0; d.article.entities.len()]).collect();
    let mut by_surname: HashMap<String, Option<usize>, FnvBuild> = HashMap::default();
    let mut by_key: HashMap<(String, EntityKind), usize, FnvBuild> = HashMap::default();
    let mut participants = Vec::with_capacity(built.len());
    for (p, (participant, _, members)) in built.into_iter().enumerate() {
        for &m in &members {
            of_entity[records[m].article][records[m].entity] = p;
        }
        match person_name(&participant.name).filter(|_| participant.kind == EntityKind::Person) {
            Some(name) => {
                by_surname.entry(name.surname).and_modify(|only| *only = None).or_insert(Some(p));
            }
            None => {
                by_key.entry((other_key(&participant.name), participant.kind)).or_insert(p);
            }
        }
        participants.push(participant);
    }
    let mut person_surnames: Vec<HashMap<String, Vec<usize>, FnvBuild>> =
        docs.iter().map(|_| HashMap::default()).collect();
    for r in &records {
        if let Some(name) = &r.person {
            person_surnames[r.article].entry(name.surname.clone()).or_default().push(r.entity);
        }
    }
    Cast {
        participants,
        of_entity,
        by_surname,
        by_key,
        entity_keys: entity_keys(docs),
        person_surnames,
    }
}

/// Gives each shared quote's occurrence the participant its speaker is.
pub fn attach_speakers(docs: &[Prepared], cast: &Cast, shared: &mut [crate::model::SharedQuote]) {
    for o in shared.iter_mut().flat_map(|q| q.occurrences.iter_mut()) {
        let from_entity = docs
            .get(o.article)
            .and_then(|d| d.article.quotes.get(o.quote))
            .filter(|q| q.span == o.span)
            .and_then(|q| q.speaker_entity)
            .and_then(|e| cast.of_entity.get(o.article)?.get(e).copied());
        o.participant = from_entity
            .or_else(|| o.speaker.as_deref().and_then(|s| cast.resolve(docs, o.article, s)));
    }
}

/// One participant from its records: its name (see the module docs), kind,
/// forms and mentions.
fn participant(docs: &[Prepared], records: &[Record], members: &[usize]) -> Participant {
    let first = &records[members[0]];
    let kind = first.kind;
    // form -> (articles using it, first record)
    let mut forms: SortedMap<&str, (BTreeSet<usize>, usize)> = SortedMap::new();
    // By article: `members` are in record order, and records in article
    // order, so an article's mentions are always the last ones begun.
    let mut mentions: Vec<ParticipantMentions> = Vec::new();
    for &m in members {
        let r = &records[m];
        let e = r.entity(docs);
        let f = forms.get_or_insert_with(e.name.as_str(), || (BTreeSet::new(), m));
        f.0.insert(r.article);
        if mentions.last().is_none_or(|pm| pm.article != r.article) {
            debug_assert!(mentions.last().is_none_or(|pm| pm.article < r.article));
            mentions.push(ParticipantMentions {
                article: r.article,
                entities: Vec::new(),
                spans: Vec::new(),
            });
        }
        let pm = mentions.last_mut().expect("pushed above");
        pm.entities.push(r.entity);
        pm.spans.extend(e.mentions.iter().map(|l| l.span));
    }
    for pm in mentions.iter_mut() {
        crate::lexicon::sort_dedup(&mut pm.spans);
    }
    // The fullest given name: one no other form's given name is a fuller
    // form of.
    let mut givens: Vec<String> =
        forms.keys().filter_map(|f| person_name(f).and_then(|n| n.given)).collect();
    crate::lexicon::sort_dedup(&mut givens);
    let fullest = |f: &str| {
        let g = person_name(f).and_then(|n| n.given);
        match g {
            Some(g) => !givens.iter().any(|h| short_form_of(&g, h)),
            None => givens.is_empty(),
        }
    };
    let name = forms
        .iter()
        .max_by(|(fx, (ax, ix)), (fy, (ay, iy))| {
            fullest(fx)
                .cmp(&fullest(fy))
                .then(ax.len().cmp(&ay.len()))
                .then(fy.len().cmp(&fx.len()))
                .then(iy.cmp(ix))
        })
        .map(|(f, _)| f.to_string())
        .unwrap_or_default();
    let mut ordered: Vec<(&str, usize)> = forms.iter().map(|(f, (_, i))| (*f, *i)).collect();
    crate::lexicon::sort_by(&mut ordered, |x, y| x.1.cmp(&y.1));
    Participant {
        name,
        kind,
        forms: ordered.into_iter().map(|(f, _)| f.to_string()).collect(),
        mentions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseOptions;

    fn article(text: &str) -> crate::model::Article {
        crate::parse(text, &ParseOptions::default()).expect("parses")
    }

    fn named(name: &str) -> PersonName {
        person_name(name).expect("a name")
    }

    #[test]
    fn particles_join_the_surname() {
        assert_eq!(named("Ilse van der Meer"), named("Ilse Vandermeer"));
        assert_eq!(named("Ilse van der Meer").given.as_deref(), Some("ilse"));
        assert_eq!(named("Ilse Van Der Meer").surname, "vandermeer");
        // A particle never swallows the given name.
        assert_eq!(named("Van Morrison").given.as_deref(), Some("van"));
    }

    #[test]
    fn honorifics_initials_and_suffixes_are_dropped() {
        let plain = named("Oren Tallis");
        assert_eq!(named("Oren J. Tallis III"), plain);
        assert_eq!(named("Dr. Oren Tallis Jr."), plain);
        assert_eq!(named("Mr. Tallis"), PersonName { given: None, surname: "tallis".into() });
        // Two words: the last is the surname even when it looks like a suffix.
        assert_eq!(named("Rhea Iv").surname, "iv");
    }

    #[test]
    fn familiar_and_prefix_given_names_agree() {
        assert!(given_names_agree("kostya", "kostiantyn"));
        assert!(given_names_agree("kostiantyn", "kostya"));
        assert!(given_names_agree("alex", "alexander"));
        assert!(!given_names_agree("al", "alfred"), "two letters begin too many names");
        assert!(!given_names_agree("michael", "michelle"));
        assert!(!given_names_agree("daniel", "danielle"), "names of their own");
    }

    #[test]
    fn a_short_form_with_two_readings_joins_neither() {
        let set: BTreeSet<&str> = ["dan", "daniel", "danielle"].into_iter().collect();
        let full = fullest_given_names(&set);
        assert_eq!(full["dan"], "dan");
        let set: BTreeSet<&str> = ["kostya", "kostia", "kostiantyn"].into_iter().collect();
        let full = fullest_given_names(&set);
        assert_eq!(
            (full["kostya"].as_str(), full["kostia"].as_str()),
            ("kostiantyn", "kostiantyn")
        );
    }

    fn cast_of(texts: &[&str]) -> (Vec<crate::model::Article>, Vec<Participant>) {
        let articles: Vec<_> = texts.iter().map(|t| article(t)).collect();
        let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
        let c = cast(&docs);
        let ps = c.participants.clone();
        (articles, ps)
    }

    fn one_named<'p>(ps: &'p [Participant], part: &str) -> Vec<&'p Participant> {
        ps.iter().filter(|p| p.forms.iter().any(|f| f.contains(part))).collect()
    }

    #[test]
    fn one_person_across_spellings_of_the_surname() {
        let (_, ps) = cast_of(&[
            "Tide gates shut\n\nHarbour chief Ilse Vandermeer closed the tide gates on Friday. Vandermeer said the water was rising.\n",
            "Gates closed at Lorvik\n\nThe tide gates were closed by Ilse van der Meer on Friday, a harbour spokesman said.\n",
        ]);
        let meer = one_named(&ps, "Meer");
        assert_eq!(meer.len(), 1, "{ps:#?}");
        assert_eq!(meer[0].name, "Ilse Vandermeer");
        assert_eq!(meer[0].mentions.len(), 2);
    }

    #[test]
    fn a_familiar_given_name_is_the_same_person_and_the_full_name_is_shown() {
        let (_, ps) = cast_of(&[
            "Cables checked\n\nEngineer Kostya Marenko inspected the cables on Tuesday.\n",
            "Cable checks begin\n\nKostiantyn Marenko, the city engineer, began checks on Tuesday.\n",
            "Checks on cables\n\nKostya Marenko led the checks on Tuesday.\n",
        ]);
        let m = one_named(&ps, "Marenko");
        assert_eq!(m.len(), 1, "{ps:#?}");
        assert_eq!(m[0].name, "Kostiantyn Marenko");
    }

    #[test]
    fn titles_initials_suffixes_and_surnames_alone_are_one_person() {
        let (articles, ps) = cast_of(&[
            "Budget talks\n\nMr. Tallis arrived late to the talks in Lorvik on Monday.\n",
            "Talks in Lorvik\n\nOren Tallis arrived in Lorvik on Monday for budget talks.\n",
            "Lorvik budget\n\nHarbour Secretary Oren J. Tallis III opened budget talks in Lorvik on Monday.\n",
        ]);
        let t = one_named(&ps, "Tallis");
        assert_eq!(t.len(), 1, "{ps:#?}");
        assert_eq!(t[0].mentions.len(), 3);
        assert_eq!(t[0].name, "Oren Tallis");
        // Spans are UTF-16 mentions of the article's text.
        let m = &t[0].mentions[0];
        let text: Vec<u16> = articles[m.article].text.encode_utf16().collect();
        let span = m.spans[0];
        assert_eq!(String::from_utf16_lossy(&text[span.start..span.end]), "Tallis");
    }

    #[test]
    fn a_surname_shared_by_two_people_stays_apart() {
        let (_, ps) = cast_of(&[
            "Mill sold\n\nDaniel Brask sold the mill on Monday. Danielle Brask kept the orchard.\n",
            "Sale of the mill\n\nThe mill was sold on Monday, Mr. Brask said.\n",
        ]);
        let b = one_named(&ps, "Brask");
        assert_eq!(b.len(), 3, "the bare surname joins neither: {ps:#?}");
    }

    #[test]
    fn places_spelled_or_cased_differently_are_one() {
        assert_eq!(other_key("PORT VEIRA"), other_key("Port Veyra"));
        assert_eq!(other_key("the Harbour Council"), other_key("Harbor Council"));
        assert_ne!(other_key("Port Veyra"), other_key("Port Velna"));
    }

    /// Rule `one_name_is_one_body_or_place`.
    #[test]
    fn one_name_is_one_body_or_place() {
        let (articles, ps) = cast_of(&[
            "A fire broke out at Kells Point on Monday, officials said.",
            "Kells Point Ltd said on Monday that the fire was out.",
        ]);
        let kinds: Vec<_> = articles
            .iter()
            .flat_map(|a| a.entities.iter().map(|e| (e.kind, e.name.clone())))
            .collect();
        assert!(kinds.contains(&(EntityKind::Place, "Kells Point".into())), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Organization, "Kells Point Ltd".into())), "{kinds:?}");
        let kells: Vec<_> = ps.iter().filter(|p| p.name.starts_with("Kells Point")).collect();
        assert_eq!(kells.len(), 1, "{ps:?}");
        assert_eq!(kells[0].mentions.len(), 2, "{ps:?}");
    }

    /// Rule `an_acronym_names_its_organisation` ([`acronym_names`]).
    #[test]
    fn an_acronym_names_its_organisation() {
        let (_, ps) = cast_of(&[
            "Storm passes\n\nThe National Oceanic and Atmospheric Administration said on Monday the storm had passed.\n",
            "Storm over\n\nForecasters at NOAA said the storm had passed. Staff at HP were sent home.\n",
            "Offices shut\n\nOfficials at Hewlett-Packard Co. said nothing on Monday.\n",
        ]);
        let noaa = one_named(&ps, "NOAA");
        assert_eq!(noaa.len(), 1, "{ps:?}");
        assert!(noaa[0].forms.iter().any(|f| f.starts_with("National Oceanic")), "{ps:?}");
        let hp = one_named(&ps, "HP");
        assert_eq!(hp.len(), 1, "{ps:?}");
        assert!(hp[0].forms.iter().any(|f| f.starts_with("Hewlett")), "{ps:?}");
        // A place's initials are no organisation's.
        let (_, ps) = cast_of(&[
            "Appeal\n\nUnity Solutions said on Monday it would appeal.\n",
            "Vote\n\nThe vote in the US was close, officials said in Washington.\n",
        ]);
        let unity = one_named(&ps, "Unity");
        assert_eq!(unity.len(), 1, "{ps:?}");
        assert_eq!(unity[0].forms, vec!["Unity Solutions".to_string()], "{ps:?}");
    }

    #[test]
    fn a_company_named_short_across_articles() {
        let (_, ps) = cast_of(&[
            "Recall\n\nVelto Mobility recalled 48,000 batteries on Tuesday.\n",
            "Battery recall\n\nE-bike maker Velto has recalled its batteries.\n",
        ]);
        let velto = one_named(&ps, "Velto");
        assert_eq!(velto.len(), 1, "{ps:?}");
        assert!(velto[0].forms.iter().any(|f| f == "Velto Mobility"), "{ps:?}");
        // Two companies the short name could be: it stays alone.
        let (_, ps) = cast_of(&[
            "Recall\n\nVelto Mobility recalled 48,000 batteries, and Velto Records closed.\n",
            "Battery recall\n\nE-bike maker Velto has recalled its batteries.\n",
        ]);
        assert!(
            !ps.iter()
                .any(|p| p.forms.iter().any(|f| f == "Velto")
                    && p.forms.iter().any(|f| f.contains(' '))),
            "{ps:?}"
        );
    }

    #[test]
    fn a_company_form_is_no_part_of_the_name() {
        assert_eq!(other_key("Halvard Marine Systems Inc."), other_key("Halvard Marine Systems"));
        assert_eq!(other_key("the Brenna Mill Co."), other_key("Brenna Mill Company"));
        assert_eq!(other_key("Ostrava Freight Ltd"), other_key("OSTRAVA FREIGHT"));
        assert_ne!(other_key("The Company"), other_key("The"));
        assert_ne!(other_key("Brenna Mill Co."), other_key("Brenna Co."));
    }

    #[test]
    fn speakers_resolve_to_participants() {
        let articles = [
            article("Tide gates shut\n\nHarbour chief Ilse Vandermeer closed the tide gates on Friday.\n"),
            article("Gates closed at Lorvik\n\nThe tide gates were closed by Ilse van der Meer on Friday.\n"),
        ];
        let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
        let c = cast(&docs);
        let p0 = c.resolve(&docs, 0, "Ms. Vandermeer");
        assert!(p0.is_some(), "{:#?}", c.participants);
        assert_eq!(c.resolve(&docs, 1, "Mayor Ilse van der Meer"), p0);
        assert_eq!(c.resolve(&docs, 1, "the spokesman"), None);
        // Both articles name the participant among their entities.
        assert!(c.of_entity[0].contains(&p0.unwrap()) && c.of_entity[1].contains(&p0.unwrap()));
    }
}
