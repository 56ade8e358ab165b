//! Comparing articles: how similar they are and which sentences report the
//! same fact.

pub mod similarity;

use crate::error::{Error, ErrorKind};
use crate::model::{
    Alignment, AlignmentKind, Article, ArticleSummary, CompareOptions, Comparison, Coverage, SentenceRef,
};
pub use similarity::sentence_similarity;

/// The most articles one comparison accepts.
pub const MAX_ARTICLES: usize = 2000;

/// The most article text one comparison accepts, all articles together, in
/// bytes of UTF-8: a few full-size articles, and enough for dozens of news
/// stories, while keeping the browser tab's memory bounded.
pub const MAX_TOTAL_BYTES: usize = 32 * 1024 * 1024;

/// Compares articles. The result refers to articles by their index in
/// `articles`.
pub fn compare(articles: &[Article], options: &CompareOptions) -> Result<Comparison, Error> {
    if articles.len() > MAX_ARTICLES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("{} articles were given; Parallax compares at most {MAX_ARTICLES} at once.", articles.len()),
        ));
    }
    let total: usize = articles.iter().map(|a| a.text.len()).sum();
    if total > MAX_TOTAL_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("These articles hold {:.1} MB of text together; Parallax compares at most {} MB at once. Remove some articles.", total as f64 / 1_048_576.0, MAX_TOTAL_BYTES / 1_048_576),
        ));
    }
    if !(0.0..=1.0).contains(&options.min_alignment_score) {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("minAlignmentScore must be between 0 and 1, not {}.", options.min_alignment_score),
        ));
    }
    let docs: Vec<similarity::Bag> = articles.iter().map(|a| similarity::Bag::of_sentences(a.sentences.iter().map(|s| s.text.as_str()))).collect();
    let matrix = similarity::document_matrix(&docs);
    let alignments = align_sentences(articles, options.min_alignment_score);
    let coverage = coverage(articles, &alignments);
    Ok(Comparison {
        articles: articles.iter().map(summarize).collect(),
        similarity: matrix,
        events: Vec::new(),
        threads: Vec::new(),
        alignments,
        shared_quotes: Vec::new(),
        discrepancies: Vec::new(),
        agreements: Vec::new(),
        coverage,
        sources: Vec::new(),
        wording: Vec::new(),
        variants: Vec::new(),
    })
}

fn summarize(article: &Article) -> ArticleSummary {
    ArticleSummary {
        id: article.id.clone(),
        title: article.title.as_ref().map(|t| t.text.clone()),
        outlet: article.outlet.as_ref().map(|o| o.text.clone()),
        published: article.published.as_ref().map(|p| p.iso.clone()),
        sentence_count: article.sentences.len(),
        word_count: article.word_count,
    }
}

/// For each pair of articles, pairs each sentence with its best match in the
/// other article when that match scores at least `min_score`.
fn align_sentences(articles: &[Article], min_score: f64) -> Vec<Alignment> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (bi, b) in articles.iter().enumerate().skip(ai + 1) {
            for sa in &a.sentences {
                let best = b
                    .sentences
                    .iter()
                    .map(|sb| (sentence_similarity(&sa.text, &sb.text), sb))
                    .fold(None, |best: Option<(f64, &crate::model::Sentence)>, (score, sb)| match best {
                        Some((s, _)) if s >= score => best,
                        _ => Some((score, sb)),
                    });
                if let Some((score, sb)) = best {
                    if score >= min_score {
                        out.push(Alignment {
                            a: SentenceRef { article: ai, sentence: sa.index, span: sa.span },
                            b: SentenceRef { article: bi, sentence: sb.index, span: sb.span },
                            score,
                            kind: kind_of(score),
                        });
                    }
                }
            }
        }
    }
    out
}

/// A sentence is exclusive to its article when it aligns with no sentence of
/// any other article, and omitted by an article when it aligns with none of
/// that article's sentences.
fn coverage(articles: &[Article], alignments: &[Alignment]) -> Vec<Coverage> {
    use std::collections::HashSet;
    // (article, sentence, other article) for every aligned sentence.
    let mut matched: HashSet<(usize, usize, usize)> = HashSet::new();
    for al in alignments {
        matched.insert((al.a.article, al.a.sentence, al.b.article));
        matched.insert((al.b.article, al.b.sentence, al.a.article));
    }
    let matched = &matched;
    let sentence_ref = |article: usize, s: &crate::model::Sentence| SentenceRef { article, sentence: s.index, span: s.span };
    (0..articles.len())
        .map(|i| Coverage {
            article: i,
            exclusive: articles[i]
                .sentences
                .iter()
                .filter(|s| (0..articles.len()).all(|j| j == i || !matched.contains(&(i, s.index, j))))
                .map(|s| sentence_ref(i, s))
                .collect(),
            omitted: (0..articles.len())
                .filter(|&j| j != i)
                .flat_map(|j| articles[j].sentences.iter().filter(move |s| !matched.contains(&(j, s.index, i))).map(move |s| (j, s)))
                .map(|(j, s)| sentence_ref(j, s))
                .collect(),
        })
        .collect()
}

fn kind_of(score: f64) -> AlignmentKind {
    if score >= 0.999 {
        AlignmentKind::Verbatim
    } else if score >= 0.8 {
        AlignmentKind::NearVerbatim
    } else {
        AlignmentKind::Paraphrase
    }
}
