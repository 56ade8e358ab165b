//! Sources: whom each article quotes or cites. Quotes count for their
//! speaker; a sentence that reports speech without quotation marks ("X said
//! …", "according to X") is a citation. A source that is a participant
//! (see [`super::participants`]) takes the participant's name, so one
//! person has one name in every article's sources ("Ms. Vandermeer", "Mayor
//! Ilse van der Meer": Ilse Vandermeer); other people are merged by their
//! last word, keeping the fullest form. Kinds come from the words of the
//! fullest form the article writes ("Mayor Ilse Vandermeer": an official),
//! and from the kind parse gave the entity of that name (a place or an
//! organisation is never a person).

use super::normalize::{stem, words};
use super::participants::Cast;
use super::quotes::FoundQuote;
use super::Prepared;
use crate::lexicon::hash::FnvBuild;
use crate::lexicon::outlets::is_wire_agency;
use crate::lexicon::speech_verbs::COMMON_SPEECH_VERBS;
use crate::lexicon::SortedMap;
use crate::model::{ArticleSources, EntityKind, Source, SourceKind, Span};
use crate::parse::citations::speaker_in;

pub fn sources(docs: &[Prepared], quotes: &[FoundQuote], cast: &Cast) -> Vec<ArticleSources> {
    let mut out = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        // Places and organisations as parse read them: a place that speaks
        // ("Moscow said") is its government, and a name parse read as an
        // organisation ("Alpline Coaches said") is one, whatever its words
        // tell `kind_of`.
        let named = |kind: EntityKind| -> std::collections::HashSet<String, FnvBuild> {
            d.article
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .flat_map(|e| {
                    std::iter::once(e.name.as_str())
                        .chain(e.mentions.iter().map(|m| m.text.as_str()))
                })
                .map(stemmed_name)
                .collect()
        };
        let (places, organisations) = (named(EntityKind::Place), named(EntityKind::Organization));
        let kind_here = |name: &str| {
            let stemmed = stemmed_name(name);
            match kind_of(name) {
                _ if places.contains(&stemmed) => SourceKind::Organization,
                SourceKind::Person if organisations.contains(&stemmed) => SourceKind::Organization,
                kind => kind,
            }
        };
        // key -> (source, the fullest form written, which decides its kind)
        let mut found: SortedMap<String, (Source, String)> = SortedMap::new();
        let mut add = |name: &str, span: Span, quote: bool| {
            // Participants are merged by participant; other people by surname
            // ("Mr. Austin", "Lloyd Austin"); institutions by their whole
            // name, so two ministries stay apart.
            let participant = cast.resolve(docs, a, name);
            let ws = words(name);
            let person = matches!(kind_here(name), SourceKind::Person | SourceKind::Official)
                && ws.last().is_some_and(|w| w.raw.starts_with(char::is_uppercase));
            let key = if let Some(p) = participant {
                format!("participant {p}")
            } else if person {
                ws.last().map(|w| stem(w.raw)).unwrap_or_default()
            } else {
                ws.iter().map(|w| stem(w.raw)).collect::<Vec<_>>().join(" ")
            };
            if key.is_empty() {
                return;
            }
            let (e, fullest) = found.get_or_insert_with(key, || {
                let shown = participant
                    .map(|p| cast.participants[p].name.clone())
                    .unwrap_or_else(|| name.to_string());
                let source = Source {
                    name: shown,
                    participant,
                    kind: kind_here(name),
                    quotes: 0,
                    citations: 0,
                    spans: Vec::new(),
                };
                (source, name.to_string())
            });
            if name.len() > fullest.len() {
                *fullest = name.to_string();
                e.kind = kind_here(name);
                if e.participant.is_none() {
                    e.name = name.to_string();
                }
            }
            if quote {
                e.quotes += 1;
            } else {
                e.citations += 1;
            }
            e.spans.push(span);
        };
        let mut quoted_sentences = std::collections::BTreeSet::new();
        for q in quotes.iter().filter(|q| q.article == a) {
            quoted_sentences.insert(q.sentence);
            if let Some(sp) = &q.speaker {
                add(sp, q.span, true);
            }
        }
        for (si, s) in d.article.sentences.iter().enumerate() {
            if quoted_sentences.contains(&si) {
                continue;
            }
            // Cheap test first, on the sentence's words: most sentences
            // report no speech.
            let cites = d.words[si].iter().any(|w| {
                COMMON_SPEECH_VERBS.contains(&w.raw) || w.raw.eq_ignore_ascii_case("according")
            });
            if !cites {
                continue;
            }
            if let Some(sp) = speaker_in(&s.text, "") {
                add(&sp, s.span, false);
            }
        }
        let mut list: Vec<Source> = found.into_values().map(|(s, _)| s).collect();
        crate::lexicon::sort_by(&mut list, |x, y| {
            (y.quotes + y.citations).cmp(&(x.quotes + x.citations)).then(x.name.cmp(&y.name))
        });
        out.push(ArticleSources { article: a, sources: list });
    }
    out
}

/// A name stemmed word by word, for matching names written differently.
fn stemmed_name(name: &str) -> String {
    words(name).iter().map(|w| &*w.stem).collect::<Vec<_>>().join(" ")
}

/// The kind of a source from the words in its name.
pub fn kind_of(name: &str) -> SourceKind {
    let l = name.to_lowercase();
    let has =
        |ws: &[&str]| ws.iter().any(|w| l.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
    let role = has(&[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "minister",
        "secretary",
        "president",
        "general",
        "gen",
        "chief",
        "mayor",
        "governor",
        "senator",
        "ambassador",
        "commander",
        "aide",
        "police",
        "authorities",
        "leader",
        "chairman",
    ]);
    if role {
        if name.starts_with(|c: char| c.is_lowercase())
            && !has(&["minister", "secretary", "president"])
        {
            SourceKind::Unnamed
        } else {
            SourceKind::Official
        }
    } else if has(&[
        "ministry",
        "department",
        "pentagon",
        "kremlin",
        "office",
        "commission",
        "council",
        "government",
    ]) {
        SourceKind::Ministry
    } else if has(&["ria", "agency", "agencies", "bloomberg", "service", "services"])
        || is_wire_agency(name.trim())
        || l.split(|c: char| !c.is_alphanumeric()).any(is_wire_agency)
    {
        // The news agencies are the lexicon's (`WIRE_AGENCIES`), by the whole
        // name ("Associated Press") or a word of it ("Reuters reported").
        SourceKind::Agency
    } else if has(&[
        "guardian",
        "times",
        "post",
        "journal",
        "bbc",
        "cnn",
        "news",
        "telegraph",
        "herald",
        "tribune",
        "channel",
        "gazette",
        "ledger",
        "courier",
    ]) {
        SourceKind::Outlet
    } else if name.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase) {
        // "officials", "a 21-year-old sergeant": described, not named.
        SourceKind::Unnamed
    } else if has(&[
        "inc",
        "corp",
        "company",
        "group",
        "university",
        "union",
        "committee",
        "association",
        "institute",
        "nato",
        "un",
    ]) {
        SourceKind::Organization
    } else {
        SourceKind::Person
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseOptions;

    /// Each source of one article's text, by name, with its kind.
    fn kinds(text: &str) -> Vec<(String, SourceKind)> {
        let article = crate::parse(text, &ParseOptions::default()).expect("parses");
        let docs = [Prepared::new(&article)];
        let cast = super::super::participants::cast(&docs);
        let found = sources(&docs, &super::super::quotes::collect(&docs), &cast);
        found[0].sources.iter().map(|s| (s.name.clone(), s.kind)).collect()
    }

    fn kind(found: &[(String, SourceKind)], name: &str) -> Option<SourceKind> {
        found.iter().find(|s| s.0 == name).map(|s| s.1)
    }

    #[test]
    fn places_that_speak_are_governments_and_descriptions_are_unnamed() {
        let found = kinds(
            "Talks in Lorvik\n\nThe ferries stayed in Lorvik on Monday after the storm. Moscow said the crossing would reopen by Friday. A 21-year-old deckhand said the waves were the worst in years. Harbor master Ida Marsh said the pier held.\n",
        );
        assert_eq!(kind(&found, "Moscow"), Some(SourceKind::Organization), "{found:#?}");
        assert_eq!(kind(&found, "Ida Marsh"), Some(SourceKind::Person), "{found:#?}");
        assert_eq!(kind_of("21-year-old deckhand"), SourceKind::Unnamed);
    }

    /// News agencies are the lexicon's `WIRE_AGENCIES`, whole or by a word.
    #[test]
    fn a_news_agency_is_an_agency() {
        for name in ["Associated Press", "Yonhap", "Reuters", "the Xinhua news agency"] {
            assert_eq!(kind_of(name), SourceKind::Agency, "{name}");
        }
    }

    /// A name parse read as an organisation is never a person source.
    #[test]
    fn an_organisation_that_speaks_is_no_person() {
        let found = kinds(
            "Bus operator responds\n\nAlpline Coaches said it was cooperating with police.\n",
        );
        assert_eq!(kind(&found, "Alpline Coaches"), Some(SourceKind::Organization), "{found:#?}");
    }
}
