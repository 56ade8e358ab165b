//! Sources: whom each article quotes or cites. Quotes count for their
//! speaker; a sentence that reports speech without quotation marks ("X said
//! …", "according to X") is a citation. Names are merged by their last word
//! ("Mr. Austin" and "Lloyd Austin"), keeping the fullest form, and sorted
//! into kinds by the words they contain.

use super::normalize::{fold, words};
use super::quotes::{speaker_in, FoundQuote};
use super::Prepared;
use crate::model::{ArticleSources, Source, SourceKind, Span};
use std::collections::BTreeMap;

pub fn sources(docs: &[Prepared], quotes: &[FoundQuote]) -> Vec<ArticleSources> {
    let mut out = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        let mut found: BTreeMap<String, Source> = BTreeMap::new();
        let mut add = |name: &str, span: Span, quote: bool| {
            // People are merged by surname ("Mr. Austin", "Lloyd Austin");
            // institutions by their whole name, so two ministries stay apart.
            let ws = words(name);
            let person = matches!(kind_of(name), SourceKind::Person | SourceKind::Official)
                && ws.last().is_some_and(|w| w.raw.starts_with(char::is_uppercase));
            let key = if person {
                ws.last().map(|w| fold(w.raw)).unwrap_or_default()
            } else {
                ws.iter().map(|w| fold(w.raw)).collect::<Vec<_>>().join(" ")
            };
            if key.is_empty() {
                return;
            }
            let e = found.entry(key).or_insert_with(|| Source { name: name.to_string(), kind: kind_of(name), quotes: 0, citations: 0, spans: Vec::new() });
            if name.len() > e.name.len() {
                e.name = name.to_string();
                e.kind = kind_of(name);
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
                matches!(
                    w.raw,
                    "said" | "says" | "told" | "added" | "stated" | "wrote" | "noted" | "warned" | "tweeted" | "declared" | "insisted"
                        | "explained" | "asked" | "according" | "According"
                )
            });
            if !cites {
                continue;
            }
            if let Some(sp) = speaker_in(&s.text, "") {
                add(&sp, s.span, false);
            }
        }
        let mut list: Vec<Source> = found.into_values().collect();
        list.sort_by(|x, y| (y.quotes + y.citations).cmp(&(x.quotes + x.citations)).then(x.name.cmp(&y.name)));
        out.push(ArticleSources { article: a, sources: list });
    }
    out
}

/// The kind of a source from the words in its name.
pub fn kind_of(name: &str) -> SourceKind {
    let l = name.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| l.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
    let role = has(&[
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "secretary", "president", "general", "gen", "chief",
        "mayor", "governor", "senator", "ambassador", "commander", "aide", "police", "authorities", "leader", "chairman",
    ]);
    if role {
        if name.starts_with(|c: char| c.is_lowercase()) && !has(&["minister", "secretary", "president"]) {
            SourceKind::Unnamed
        } else {
            SourceKind::Official
        }
    } else if has(&["ministry", "department", "pentagon", "kremlin", "office", "commission", "council", "government"]) {
        SourceKind::Ministry
    } else if has(&["reuters", "afp", "ap", "ria", "tass", "interfax", "xinhua", "agency", "agencies", "bloomberg", "service", "services"]) {
        SourceKind::Agency
    } else if has(&["guardian", "times", "post", "journal", "bbc", "cnn", "news", "telegraph", "herald", "tribune", "channel", "gazette", "ledger", "courier"]) {
        SourceKind::Outlet
    } else if name.starts_with(|c: char| c.is_lowercase()) {
        SourceKind::Unnamed
    } else if has(&["inc", "corp", "company", "group", "university", "union", "committee", "association", "institute", "nato", "un"]) {
        SourceKind::Organization
    } else {
        SourceKind::Person
    }
}
