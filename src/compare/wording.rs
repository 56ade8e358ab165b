//! Wording: the terms each article uses distinctively, and the variant forms
//! articles choose for one thing.
//!
//! Distinctive terms are ranked by the log-odds ratio with an informative
//! Dirichlet prior (Monroe, Colaresi & Quinn 2008): for word w, article
//! counts y_i and the other articles' counts y_j, with a prior α_w
//! proportional to w's frequency in all the articles (α₀ = [`PRIOR_TOTAL`]),
//! δ = log((y_i+α_w)/(n_i+α₀−y_i−α_w)) − log((y_j+α_w)/(n_j+α₀−y_j−α_w)) and
//! z = δ / √(1/(y_i+α_w) + 1/(y_j+α_w)). Only terms with z of at least
//! [`MIN_Z`] (1.96, p < 0.05) used at least twice are reported, highest z
//! first; a function word (the lexicon's `FUNCTION_WORDS`: "during",
//! "because", "have") never is, whatever its z ([`is_reportable`]). An
//! article where no term qualifies gets an empty list, which the page shows
//! as "No word stands out": a short article rarely has the evidence.
//!
//! The prior's weight α₀ is [`PRIOR_TOTAL`] but never more than a quarter
//! of the words compared: the prior is there to shrink rare words, and with
//! 500 pseudo-words against four 100-word articles it would outweigh the
//! articles themselves, so that no word could ever stand out.
//!
//! Variants are words that stem to one form (see [`super::normalize`]) but
//! are spelled differently — Kiev/Kyiv, defence/defense — plus a short list of
//! loaded phrase pairs such as "special military operation"/"invasion".

use super::normalize::{inflection_hash, inflection_key, words};
use super::Prepared;
use crate::lexicon::function_words::FUNCTION_WORDS;
use crate::lexicon::hash::FnvBuild;
use crate::model::{ArticleWording, DistinctiveTerm, VariantForm, VariantSpan, WordingVariant};
use std::collections::{BTreeMap, BTreeSet};

/// α₀ of the informative prior.
pub const PRIOR_TOTAL: f64 = 500.0;

/// The least z-score a distinctive term has: 1.96, two-sided p < 0.05.
pub const MIN_Z: f64 = 1.96;

/// The fewest uses of a distinctive term in its article.
pub const MIN_COUNT: usize = 2;

/// Whether a term may be reported as distinctive: its z reaches [`MIN_Z`]
/// and it is no function word.
pub fn is_reportable(term: &str, z: f64) -> bool {
    let folded = term.to_lowercase().replace('’', "'");
    z.is_finite() && z >= MIN_Z && !FUNCTION_WORDS.contains(&folded.as_str())
}

pub fn distinctive(docs: &[Prepared], limit: usize) -> Vec<ArticleWording> {
    let mut per_doc: Vec<std::collections::HashMap<&str, usize, FnvBuild>> =
        Vec::with_capacity(docs.len());
    let mut display: BTreeMap<&str, BTreeMap<String, usize>> = BTreeMap::new();
    let mut total: std::collections::HashMap<&str, usize, FnvBuild> = Default::default();
    for d in docs {
        let mut counts: std::collections::HashMap<&str, usize, FnvBuild> = Default::default();
        for sentence in &d.words {
            for r in sentence {
                let w = &r.stem;
                if r.stop || w.chars().count() < 3 || !w.chars().any(char::is_alphabetic) {
                    continue;
                }
                *counts.entry(&**w).or_insert(0) += 1;
                *total.entry(&**w).or_insert(0) += 1;
                if docs.len() <= 200 {
                    *display.entry(&**w).or_default().entry(r.raw.to_lowercase()).or_insert(0) += 1;
                }
            }
        }
        per_doc.push(counts);
    }
    let n_all: f64 = total.values().sum::<usize>() as f64;
    let prior_total = PRIOR_TOTAL.min(n_all / 4.0).max(1.0);
    per_doc
        .iter()
        .enumerate()
        .map(|(i, counts)| {
            let n_i: f64 = counts.values().sum::<usize>() as f64;
            let n_j = n_all - n_i;
            let mut terms: Vec<DistinctiveTerm> = counts
                .iter()
                .filter(|(_, &c)| c >= MIN_COUNT)
                .filter_map(|(&w, &c)| {
                    let y_i = c as f64;
                    let y_j = total[w] as f64 - y_i;
                    let alpha = prior_total * total[w] as f64 / n_all.max(1.0);
                    let delta = ((y_i + alpha) / (n_i + prior_total - y_i - alpha)).ln()
                        - ((y_j + alpha) / (n_j + prior_total - y_j - alpha).max(1e-9)).ln();
                    let z = delta / (1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)).sqrt();
                    let term = display
                        .get(w)
                        .and_then(|forms| {
                            forms
                                .iter()
                                .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
                                .map(|(f, _)| f.clone())
                        })
                        .unwrap_or_else(|| w.to_string());
                    is_reportable(&term, z).then(|| DistinctiveTerm {
                        term,
                        z: (z * 1000.0).round() / 1000.0,
                        count: c,
                    })
                })
                .collect();
            crate::lexicon::sort_by(&mut terms, |x, y| {
                y.z.total_cmp(&x.z).then(x.term.cmp(&y.term))
            });
            terms.truncate(limit);
            ArticleWording { article: i, terms }
        })
        .collect()
}

/// Loaded phrase pairs: one thing named two ways. ASCII only: the search
/// in [`phrase_forms`] skips other words before lowercasing them.
const PHRASE_VARIANTS: &[(&str, &str)] = &[
    ("special military operation", "invasion"),
    ("reunification", "annexation"),
    ("regime", "government"),
    ("freedom fighters", "terrorists"),
    ("pro-life", "anti-abortion"),
    ("undocumented", "illegal immigrants"),
];

pub fn variants(docs: &[Prepared]) -> Vec<WordingVariant> {
    // stemmed word -> spelling key -> (first raw form, articles, spans)
    type Forms = crate::lexicon::SortedMap<String, (String, BTreeSet<usize>, Vec<VariantSpan>)>;
    // First pass: which stemmed words are spelled more than one way at all.
    // stemmed word -> (first raw form, its spelling key, spelled another way)
    // The key is only worked out for a raw form unlike the first: most
    // words recur exactly as first written.
    // Keyed by the stemmed form's hash, worked out once per distinct word (a
    // collision could only mark a word for the second pass, which groups by
    // the stemmed text itself, so it never changes the result).
    let mut spellings: std::collections::HashMap<u64, (&str, u64, bool), FnvBuild> =
        Default::default();
    for sentence in docs.iter().flat_map(|d| d.words.iter()) {
        for w in sentence {
            if w.stop || !w.raw.is_ascii() || w.raw.len() < 4 {
                continue;
            }
            let e =
                spellings.entry(w.hash).or_insert_with(|| (w.raw, inflection_hash(w.raw), false));
            if !e.2 && e.0 != w.raw && e.1 != inflection_hash(w.raw) {
                e.2 = true;
            }
        }
    }
    let mut by_stem: BTreeMap<String, Forms> = BTreeMap::new();
    for (a, d) in docs.iter().enumerate() {
        for (s, ws) in d.article.sentences.iter().zip(&d.words) {
            for w in ws {
                if w.stop
                    || !w.raw.is_ascii()
                    || w.raw.len() < 4
                    || w.raw.starts_with(|c: char| c.is_ascii_digit())
                {
                    continue;
                }
                if !spellings.get(&w.hash).is_some_and(|e| e.2) {
                    continue;
                }
                let base = d.index.bytes(s.span).start;
                let key = inflection_key(w.raw);
                let forms = by_stem.entry(w.stem.to_string()).or_default();
                let e = forms
                    .get_or_insert_with(key, || (w.raw.to_string(), BTreeSet::new(), Vec::new()));
                e.1.insert(a);
                e.2.push(VariantSpan {
                    article: a,
                    span: d.index.span(base + w.start, base + w.end),
                });
            }
        }
    }
    let mut out: Vec<WordingVariant> = by_stem
        .into_values()
        .filter(|forms| forms.len() >= 2)
        .map(|forms| WordingVariant {
            forms: forms
                .into_values()
                .map(|(form, articles, spans)| VariantForm {
                    form,
                    articles: articles.into_iter().collect(),
                    spans,
                })
                .collect(),
        })
        .collect();
    let phrases: Vec<&str> = PHRASE_VARIANTS.iter().flat_map(|(x, y)| [*x, *y]).collect();
    let mut forms = phrase_forms(docs, &phrases).into_iter();
    while let (Some(fx), Some(fy)) = (forms.next(), forms.next()) {
        if !fx.articles.is_empty() && !fy.articles.is_empty() {
            out.push(WordingVariant { forms: vec![fx, fy] });
        }
    }
    out
}

/// Where each phrase occurs, matched on whole words ignoring case, with
/// nothing but spaces or hyphens between them ("pro-life", "pro life"). One
/// pass over the words of all articles: each word is looked up among the
/// phrases' first words, and only a hit reads on.
fn phrase_forms(docs: &[Prepared], phrases: &[&str]) -> Vec<VariantForm> {
    let targets: Vec<Vec<String>> =
        phrases.iter().map(|p| words(p).iter().map(|w| w.raw.to_lowercase()).collect()).collect();
    let mut by_first: std::collections::HashMap<&str, Vec<usize>, FnvBuild> = Default::default();
    for (p, t) in targets.iter().enumerate() {
        if let Some(first) = t.first() {
            by_first.entry(first.as_str()).or_default().push(p);
        }
    }
    let first_lengths: BTreeSet<usize> = crate::lexicon::set_from(by_first.keys().map(|w| w.len()));
    let mut found: Vec<(BTreeSet<usize>, Vec<VariantSpan>)> =
        vec![Default::default(); phrases.len()];
    let mut lower = String::new();
    for (a, d) in docs.iter().enumerate() {
        for (s, ws) in d.article.sentences.iter().zip(&d.words) {
            let base = d.index.bytes(s.span).start;
            for k in 0..ws.len() {
                // The phrases are ASCII, so only ASCII words can start one;
                // testing that first spares lowercasing every word.
                if !ws[k].raw.is_ascii() || !first_lengths.contains(&ws[k].raw.len()) {
                    continue;
                }
                lower.clear();
                lower.push_str(ws[k].raw);
                lower.make_ascii_lowercase();
                let Some(candidates) = by_first.get(lower.as_str()) else { continue };
                for &p in candidates {
                    let target = &targets[p];
                    let Some(run) = ws.get(k..k + target.len()) else { continue };
                    let joined = run.windows(2).all(|pair| {
                        s.text[pair[0].end..pair[1].start].chars().all(|c| c == ' ' || c == '-')
                    });
                    if joined
                        && run.iter().zip(target).skip(1).all(|(w, t)| w.raw.to_lowercase() == *t)
                    {
                        found[p].0.insert(a);
                        found[p].1.push(VariantSpan {
                            article: a,
                            span: d.index.span(base + run[0].start, base + run[run.len() - 1].end),
                        });
                    }
                }
            }
        }
    }
    phrases
        .iter()
        .zip(found)
        .map(|(phrase, (articles, spans))| VariantForm {
            form: phrase.to_string(),
            articles: articles.into_iter().collect(),
            spans,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseOptions;

    fn article(text: &str) -> crate::model::Article {
        crate::parse(text, &ParseOptions::default()).expect("parses")
    }

    #[test]
    fn function_words_and_weak_terms_are_never_distinctive() {
        assert!(!is_reportable("during", 5.0), "a function word, however skewed");
        assert!(!is_reportable("Because", 3.0));
        assert!(!is_reportable("I’ve", 3.0), "a contraction, with a curly apostrophe");
        assert!(!is_reportable("ferry", 1.5), "below 1.96");
        assert!(is_reportable("ferry", 1.96));
    }

    #[test]
    fn short_articles_with_no_strong_term_list_none() {
        let a = article("Pier reopens\n\nThe pier in Lorvik reopened on Monday during the fair because the storm had passed.\n");
        let b = article("Lorvik pier open again\n\nThe Lorvik pier opened again on Monday, and every stall was busy.\n");
        let docs = [Prepared::new(&a), Prepared::new(&b)];
        let found = distinctive(&docs, 12);
        for w in &found {
            assert!(w.terms.iter().all(|t| t.z >= MIN_Z), "{found:#?}");
            assert!(
                w.terms.iter().all(|t| !["during", "because", "every"].contains(&t.term.as_str())),
                "{found:#?}"
            );
        }
        assert!(
            found.iter().all(|w| w.terms.is_empty()),
            "one use each is no evidence: {found:#?}"
        );
    }

    #[test]
    fn a_term_used_far_more_by_one_article_stands_out() {
        let a = article("Ferry fares\n\nThe ferry fares rose. Ferry crews struck over ferry pay. The ferry office shut. Every ferry stopped. Ferry users waited.\n");
        let b = article("Bus fares\n\nThe bus fares rose. Bus crews struck over pay. The bus office shut. Every bus stopped. Bus users waited.\n");
        let docs = [Prepared::new(&a), Prepared::new(&b)];
        let found = distinctive(&docs, 12);
        assert!(found[0].terms.iter().any(|t| t.term == "ferry"), "{found:#?}");
    }

    #[test]
    fn loaded_phrases_are_ascii() {
        assert!(PHRASE_VARIANTS.iter().all(|(x, y)| x.is_ascii() && y.is_ascii()));
    }

    #[test]
    fn loaded_phrases_are_found_across_case_and_hyphens() {
        let a = article("Vote in Lorvik\n\nThe Pro-Life caucus of Lorvik met on Monday. It called the march a Special Military Operation of words.\n");
        let b = article("Vote in Lorvik\n\nThe anti-abortion caucus of Lorvik met on Monday. Critics called it an invasion of the square.\n");
        let docs = [Prepared::new(&a), Prepared::new(&b)];
        let found = variants(&docs);
        let pair = |x: &str| {
            found
                .iter()
                .find(|v| v.forms[0].form == x)
                .unwrap_or_else(|| panic!("no variant for {x}: {found:#?}"))
        };
        let life = pair("pro-life");
        assert_eq!(
            (life.forms[0].articles.clone(), life.forms[1].articles.clone()),
            (vec![0], vec![1])
        );
        assert_eq!(docs[0].slice(life.forms[0].spans[0].span), "Pro-Life");
        let operation = pair("special military operation");
        assert_eq!(docs[0].slice(operation.forms[0].spans[0].span), "Special Military Operation");
        assert_eq!(docs[1].slice(operation.forms[1].spans[0].span), "invasion");
        assert!(
            found.iter().all(|v| v.forms[0].form != "regime"),
            "a phrase neither article uses is not listed"
        );
    }
}
