//! Wording: the terms each article uses distinctively, and the variant forms
//! articles choose for one thing.
//!
//! Distinctive terms are ranked by the log-odds ratio with an informative
//! Dirichlet prior (Monroe, Colaresi & Quinn 2008): for word w, article
//! counts y_i and the other articles' counts y_j, with a prior α_w
//! proportional to w's frequency in all the articles (α₀ = [`PRIOR_TOTAL`]),
//! δ = log((y_i+α_w)/(n_i+α₀−y_i−α_w)) − log((y_j+α_w)/(n_j+α₀−y_j−α_w)) and
//! z = δ / √(1/(y_i+α_w) + 1/(y_j+α_w)). Terms with z above 1.96 (p < 0.05)
//! used at least twice are reported, highest z first.
//!
//! The prior's weight α₀ is [`PRIOR_TOTAL`] but never more than a quarter
//! of the words compared: the prior is there to shrink rare words, and with
//! 500 pseudo-words against four 100-word articles it would outweigh the
//! articles themselves, so that no word could ever stand out.
//!
//! A short article (under [`SHORT_ARTICLE_WORDS`] counted words) can hardly
//! reach p < 0.05: a word it uses once or twice has too little evidence. For
//! those the cut-off is z > 1.0 (one standard error above no difference) and
//! one use is enough, still highest z first and at most `limit` terms, so a
//! short article shows its leaning words while a word every article shares
//! (z near 0 or below) never appears.
//!
//! Variants are words that fold to one form (see [`super::normalize`]) but
//! are spelled differently — Kiev/Kyiv, defence/defense — plus a short list of
//! loaded phrase pairs such as "special military operation"/"invasion".

use super::normalize::{inflection_hash, inflection_key, is_stopword, FnvBuild};
use super::Prepared;
use crate::model::{ArticleWording, DistinctiveTerm, VariantForm, VariantSpan, WordingVariant};
use std::collections::{BTreeMap, BTreeSet};

/// α₀ of the informative prior.
pub const PRIOR_TOTAL: f64 = 500.0;

/// Below this many counted words (stopwords, short words and numbers left
/// out) an article takes the short-article cut-off.
pub const SHORT_ARTICLE_WORDS: f64 = 400.0;

pub fn distinctive(docs: &[Prepared], limit: usize) -> Vec<ArticleWording> {
    let mut per_doc: Vec<std::collections::HashMap<&str, usize, FnvBuild>> = Vec::with_capacity(docs.len());
    let mut display: BTreeMap<&str, BTreeMap<String, usize>> = BTreeMap::new();
    let mut total: std::collections::HashMap<&str, usize, FnvBuild> = Default::default();
    for d in docs {
        let mut counts: std::collections::HashMap<&str, usize, FnvBuild> = Default::default();
        for sentence in &d.words {
            for r in sentence {
                let w = &r.folded;
                if is_stopword(w) || w.chars().count() < 3 || !w.chars().any(char::is_alphabetic) {
                    continue;
                }
                *counts.entry(w.as_str()).or_insert(0) += 1;
                *total.entry(w.as_str()).or_insert(0) += 1;
                if docs.len() <= 200 {
                    *display.entry(w.as_str()).or_default().entry(r.raw.to_lowercase()).or_insert(0) += 1;
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
            let short = n_i < SHORT_ARTICLE_WORDS;
            let (min_count, min_z) = if short { (1, 1.0) } else { (2, 1.96) };
            let mut terms: Vec<DistinctiveTerm> = counts
                .iter()
                .filter(|(_, &c)| c >= min_count)
                .filter_map(|(&w, &c)| {
                    let y_i = c as f64;
                    let y_j = total[w] as f64 - y_i;
                    let alpha = prior_total * total[w] as f64 / n_all.max(1.0);
                    let delta = ((y_i + alpha) / (n_i + prior_total - y_i - alpha)).ln() - ((y_j + alpha) / (n_j + prior_total - y_j - alpha).max(1e-9)).ln();
                    let z = delta / (1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)).sqrt();
                    let term = display
                        .get(w)
                        .and_then(|forms| forms.iter().max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0))).map(|(f, _)| f.clone()))
                        .unwrap_or_else(|| w.to_string());
                    (z.is_finite() && z > min_z).then(|| DistinctiveTerm { term, z: (z * 1000.0).round() / 1000.0, count: c })
                })
                .collect();
            terms.sort_by(|x, y| y.z.total_cmp(&x.z).then(x.term.cmp(&y.term)));
            terms.truncate(limit);
            ArticleWording { article: i, terms }
        })
        .collect()
}

/// Loaded phrase pairs: one thing named two ways.
const PHRASE_VARIANTS: &[(&str, &str)] = &[
    ("special military operation", "invasion"),
    ("reunification", "annexation"),
    ("regime", "government"),
    ("freedom fighters", "terrorists"),
    ("pro-life", "anti-abortion"),
    ("undocumented", "illegal immigrants"),
];

pub fn variants(docs: &[Prepared]) -> Vec<WordingVariant> {
    // folded word -> spelling key -> (first raw form, articles, spans)
    type Forms = BTreeMap<String, (String, BTreeSet<usize>, Vec<VariantSpan>)>;
    // First pass: which folded words are spelled more than one way at all.
    let mut spellings: std::collections::HashMap<&str, (u64, bool), FnvBuild> = Default::default();
    for sentence in docs.iter().flat_map(|d| d.words.iter()) {
        for w in sentence {
            let folded = &w.folded;
            if is_stopword(folded) || !w.raw.is_ascii() || w.raw.len() < 4 {
                continue;
            }
            let key = inflection_hash(w.raw);
            let e = spellings.entry(folded.as_str()).or_insert((key, false));
            if e.0 != key {
                e.1 = true;
            }
        }
    }
    let mut by_fold: BTreeMap<String, Forms> = BTreeMap::new();
    for (a, d) in docs.iter().enumerate() {
        for (s, ws) in d.article.sentences.iter().zip(&d.words) {
            let base = d.index.bytes(s.span).start;
            for w in ws {
                if is_stopword(&w.folded) || !w.raw.is_ascii() || w.raw.len() < 4 || w.raw.starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                if !spellings.get(w.folded.as_str()).is_some_and(|e| e.1) {
                    continue;
                }
                let key = inflection_key(w.raw);
                let forms = by_fold.entry(w.folded.clone()).or_default();
                let e = forms.entry(key).or_insert_with(|| (w.raw.to_string(), BTreeSet::new(), Vec::new()));
                e.1.insert(a);
                e.2.push(VariantSpan { article: a, span: d.index.span(base + w.start, base + w.end) });
            }
        }
    }
    let mut out: Vec<WordingVariant> = by_fold
        .into_values()
        .filter(|forms| forms.len() >= 2)
        .map(|forms| WordingVariant {
            forms: forms.into_values().map(|(form, articles, spans)| VariantForm { form, articles: articles.into_iter().collect(), spans }).collect(),
        })
        .collect();
    let lowered: Vec<Vec<String>> = docs.iter().map(|d| d.article.sentences.iter().map(|s| s.text.to_ascii_lowercase()).collect()).collect();
    for (x, y) in PHRASE_VARIANTS {
        let fx = phrase_form(docs, &lowered, x);
        let fy = phrase_form(docs, &lowered, y);
        if !fx.articles.is_empty() && !fy.articles.is_empty() {
            out.push(WordingVariant { forms: vec![fx, fy] });
        }
    }
    out
}

/// Where a phrase occurs, matched on whole words ignoring case.
fn phrase_form(docs: &[Prepared], lowered: &[Vec<String>], phrase: &str) -> VariantForm {
    let target: Vec<String> = phrase.split(' ').map(|w| w.to_lowercase()).collect();
    let mut articles = BTreeSet::new();
    let mut spans = Vec::new();
    for (a, d) in docs.iter().enumerate() {
        for (si, s) in d.article.sentences.iter().enumerate() {
            // Cheap test first: most sentences hold none of the phrase.
            if !lowered[a][si].contains(target[0].as_str()) {
                continue;
            }
            let base = d.index.bytes(s.span).start;
            let ws = &d.words[si];
            for k in 0..ws.len() {
                if k + target.len() <= ws.len() && target.iter().enumerate().all(|(o, t)| ws[k + o].raw.to_lowercase() == *t) {
                    articles.insert(a);
                    spans.push(VariantSpan { article: a, span: d.index.span(base + ws[k].start, base + ws[k + target.len() - 1].end) });
                }
            }
        }
    }
    VariantForm { form: phrase.to_string(), articles: articles.into_iter().collect(), spans }
}
