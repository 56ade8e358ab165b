//! Comparing articles: how similar they are, which belong to one event,
//! which sentences report the same fact, shared quotes, conflicting and
//! agreeing figures, what each article alone reports, whom each cites and how
//! each words things. One module per finding; this one prepares each article
//! once (stemmed words, sentence profiles) and runs them in order.

pub mod align;
pub mod coverage;
pub mod days;
pub mod events;
pub mod evidence;
pub mod figures;
pub mod labels;
pub mod normalize;
pub mod participants;
pub mod quotes;
pub mod similarity;
pub mod sources;
mod union_find;
pub mod wording;

use crate::error::{Error, ErrorKind};
use crate::model::{Article, ArticleSummary, CompareOptions, Comparison};
use crate::offsets::Utf16Index;
pub use similarity::sentence_similarity;
use similarity::Profile;

/// The most articles one comparison accepts.
pub const MAX_ARTICLES: usize = 2000;

/// The most article text one comparison accepts, all articles together, in
/// bytes of UTF-8: a few full-size articles, and enough for dozens of news
/// stories, while keeping the browser tab's memory bounded.
pub const MAX_TOTAL_BYTES: usize = 32 * 1024 * 1024;

/// An article with what every comparison step needs computed once.
pub struct Prepared<'a> {
    pub article: &'a Article,
    pub index: Utf16Index,
    /// One profile per sentence of `article.sentences`.
    pub profiles: Vec<Profile>,
    /// The words of each sentence (byte offsets within the sentence text).
    pub words: Vec<Vec<normalize::Word<'a>>>,
}

impl<'a> Prepared<'a> {
    pub fn new(article: &'a Article) -> Self {
        let index = Utf16Index::new(&article.text);
        let words: Vec<Vec<normalize::Word<'a>>> =
            article.sentences.iter().map(|s| normalize::words(&s.text)).collect();
        let profiles = words.iter().map(|w| Profile::from_words(w)).collect();
        Prepared { article, index, profiles, words }
    }

    /// The article text of a span.
    #[cfg(test)]
    pub fn slice(&self, span: crate::model::Span) -> &str {
        let r = self.index.bytes(span);
        self.article.text.get(r).unwrap_or("")
    }
}

/// Compares articles. The result refers to articles by their index in
/// `articles`; the same input always gives the same output.
pub fn compare(articles: &[Article], options: &CompareOptions) -> Result<Comparison, Error> {
    compare_timed(articles, options, &mut |_| {})
}

/// [`compare`], calling `mark` with the name of each step as it ends, so the
/// benchmarks can split its time (the core has no clock of its own in wasm).
pub fn compare_timed(
    articles: &[Article],
    options: &CompareOptions,
    mark: &mut dyn FnMut(&'static str),
) -> Result<Comparison, Error> {
    if articles.len() > MAX_ARTICLES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "{} articles were given; Parallax compares at most {MAX_ARTICLES} at once.",
                articles.len()
            ),
        ));
    }
    let total: usize = articles.iter().map(|a| a.text.len()).sum();
    if total > MAX_TOTAL_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("These articles hold {:.1} MB of text together; Parallax compares at most {} MB at once. Remove some articles.", total as f64 / 1_048_576.0, MAX_TOTAL_BYTES / 1_048_576),
        ));
    }
    if !(0.0..=1.0).contains(&options.min_alignment_score) || options.min_alignment_score.is_nan() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "minAlignmentScore must be between 0 and 1, not {}.",
                options.min_alignment_score
            ),
        ));
    }
    let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
    mark("prepare");
    let matrix = document_similarity(&docs);
    mark("document similarity");
    let alignments = align::align(&docs, options.min_alignment_score);
    mark("align");
    let quotes = quotes::collect(&docs);
    let cast = participants::cast(&docs);
    mark("quotes and participants");
    let mut shared_quotes = quotes::shared(&docs, &quotes);
    participants::attach_speakers(&docs, &cast, &mut shared_quotes);
    mark("shared quotes");
    let figures = figures::collect(&docs);
    mark("figures");
    let (events, threads) =
        events::group(&docs, &matrix, &alignments, &figures, &cast, &evidence::MODEL);
    mark("events and threads");
    // Every article is in one event; an event outside any thread is its own.
    let event_of: Vec<usize> = events::membership(&events, docs.len())
        .into_iter()
        .enumerate()
        .map(|(i, e)| e.unwrap_or(events.len() + i))
        .collect();
    let thread_of: Vec<usize> = events::membership(&threads, docs.len())
        .into_iter()
        .zip(&event_of)
        .map(|(t, &e)| t.unwrap_or(threads.len() + e))
        .collect();
    let (discrepancies, agreements) = figures::compare(&docs, &figures, &event_of, &thread_of);
    mark("discrepancies and agreements");
    let coverage = coverage::coverage(&docs, &alignments, &event_of);
    let sources = sources::sources(&docs, &quotes, &cast);
    let wording = wording::distinctive(&docs, options.distinctive_terms);
    let variants = wording::variants(&docs);
    mark("coverage, sources and wording");
    Ok(Comparison {
        articles: articles.iter().map(summarize).collect(),
        similarity: matrix,
        events,
        threads,
        participants: cast.participants,
        alignments,
        shared_quotes,
        discrepancies,
        agreements,
        coverage,
        sources,
        wording,
        variants,
    })
}

/// The events and threads of `articles`, exactly as [`compare`] finds them
/// (`Comparison::events` and `Comparison::threads`), without the rest of the
/// comparison (quotes, discrepancies, coverage, sources, wording). This is
/// the grouping `parallax cluster` runs on each candidate block of a feed,
/// so a feed is grouped by the same rule as the page; tests/cli_cluster.rs
/// holds the two equal.
pub fn group_events(
    articles: &[Article],
    options: &CompareOptions,
) -> Result<(Vec<crate::model::ArticleGroup>, Vec<crate::model::ArticleGroup>), Error> {
    group_events_with_model(articles, options, &evidence::MODEL)
}

/// [`group_events`] with another event model than the one [`compare`] uses:
/// how the accuracy dashboard groups ECB+ topics with a model that was not
/// fitted on them ([`evidence::MODEL_FIT_ON_ODD`] for the even topics,
/// [`evidence::MODEL_FIT_ON_EVEN`] for the odd), so its figures are held out.
pub fn group_events_with_model(
    articles: &[Article],
    options: &CompareOptions,
    model: &evidence::Model,
) -> Result<(Vec<crate::model::ArticleGroup>, Vec<crate::model::ArticleGroup>), Error> {
    if articles.len() > MAX_ARTICLES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "{} articles were given; Parallax groups at most {MAX_ARTICLES} at once.",
                articles.len()
            ),
        ));
    }
    let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
    let matrix = document_similarity(&docs);
    let alignments = align::align(&docs, options.min_alignment_score);
    let figures = figures::collect(&docs);
    let cast = participants::cast(&docs);
    Ok(events::group(&docs, &matrix, &alignments, &figures, &cast, model))
}

/// The discrepancies and agreements of `articles` taken as one event (and
/// one thread), whatever the grouping would say: how the figure rules alone
/// behave on articles known to report one event. The accuracy dashboard's
/// conflicts section runs it on ECB+'s gold events.
pub fn figures_in_one_event(
    articles: &[Article],
) -> (Vec<crate::model::Discrepancy>, Vec<crate::model::Agreement>) {
    let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
    let figures = figures::collect(&docs);
    let one = vec![0; docs.len()];
    figures::compare(&docs, &figures, &one, &one)
}

/// The event evidence of every candidate pair of `articles`, as
/// [`group_events`] scores it (for the re-fit program, `fit_events`).
pub fn event_pairs(articles: &[Article], options: &CompareOptions) -> evidence::Pairs {
    let docs: Vec<Prepared> = articles.iter().map(Prepared::new).collect();
    let matrix = document_similarity(&docs);
    let alignments = align::align(&docs, options.min_alignment_score);
    let figures = figures::collect(&docs);
    let cast = participants::cast(&docs);
    evidence::pairs(&docs, &matrix, &alignments, &figures, &cast)
}

/// The TF-IDF cosine of every pair of prepared articles.
fn document_similarity(docs: &[Prepared]) -> Vec<Vec<f64>> {
    let bags: Vec<similarity::Bag> = docs
        .iter()
        .map(|d| {
            let mut bag = similarity::Bag::default();
            d.words.iter().flatten().for_each(|w| bag.add_word(w));
            bag
        })
        .collect();
    similarity::document_matrix(&bags)
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
