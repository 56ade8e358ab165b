//! Readers for the real corpora in `../shared/corpora` that the benchmarks,
//! the accuracy dashboard (`./x eval`) and the output snapshot share: ECB+
//! (events) and PolNeAR (quotes with speakers). Data is read in place and
//! never copied into the project.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The `../shared` folder beside the checkout (`PARALLAX_SHARED` overrides
/// it), or `None` when it is not there.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PARALLAX_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    dir.join("corpora").is_dir().then_some(dir)
}

/// One ECB+ article with its gold labels.
#[derive(Debug, Clone)]
pub struct EcbArticle {
    /// File name, `t01ecb_10.txt`.
    pub file: String,
    /// The gold event: `t01ecb` or `t01plus`.
    pub cluster: String,
    /// `t01`: the two clusters of a topic are events of the same kind.
    pub topic: String,
    pub text: String,
}

/// All ECB+ articles, sorted by file name, or `None` without the corpus.
pub fn ecbplus(shared: &Path) -> Option<Vec<EcbArticle>> {
    let dir = shared.join("corpora/ecbplus");
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("labels.json")).ok()?).ok()?;
    let mut out: Vec<EcbArticle> = labels["articles"]
        .as_object()?
        .iter()
        .map(|(file, l)| EcbArticle {
            file: file.clone(),
            cluster: l["cluster"].as_str().unwrap_or_default().to_string(),
            topic: l["topic"].as_str().unwrap_or_default().to_string(),
            text: std::fs::read_to_string(dir.join(file))
                .unwrap_or_else(|e| panic!("{}: {e}", dir.join(file).display())),
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    Some(out)
}

/// The date line [`one_day_feed`] gives every article.
pub const FEED_DATE_LINE: &str = "Published January 10, 2026";

/// The articles as one day's feed: each text with [`FEED_DATE_LINE`] under
/// its first non-empty line, so each is published that day and its "on
/// Monday" resolves in that week. ECB+'s two events of a topic are years
/// apart and its topics from different years, so only this teaches (and
/// measures) that reports sharing a day are not therefore of one event.
#[allow(dead_code)]
pub fn one_day_feed(meta: &[EcbArticle]) -> Vec<EcbArticle> {
    meta.iter()
        .map(|m| {
            let body = m.text.trim_start();
            let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
            let text = format!("{first}\n{FEED_DATE_LINE}\n\n{rest}");
            EcbArticle { text, ..m.clone() }
        })
        .collect()
}

/// Parses each ECB+ article as pasted text (format auto, the file name as id
/// and name), the way the dashboard and the event re-fit both read them.
#[allow(dead_code)] // not every program that includes this file parses ECB+
pub fn parse_ecbplus(meta: &[EcbArticle]) -> Vec<parallax::model::Article> {
    meta.iter()
        .map(|m| {
            let options = parallax::model::ParseOptions {
                id: Some(m.file.clone()),
                file_name: Some(m.file.clone()),
                format: parallax::model::InputFormat::Auto,
                ..Default::default()
            };
            parallax::parse(&m.text, &options).unwrap_or_else(|e| panic!("{}: {e}", m.file))
        })
        .collect()
}

/// One gold quote of a PolNeAR paragraph, offsets in UTF-16 units of the
/// paragraph.
#[derive(Debug, Clone)]
pub struct PolQuote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_is_pronoun: bool,
    pub article_speaker: Option<String>,
    pub mixed: bool,
    pub unclosed: bool,
}

/// A PolNeAR article rebuilt from its paragraphs, as the corpus README says:
/// paragraphs in order, a blank line between them.
#[derive(Debug, Clone)]
pub struct PolArticle {
    pub article: String,
    pub outlet: String,
    pub text: String,
    /// For each paragraph, its start in `text` in UTF-16 units.
    pub paragraph_starts: Vec<usize>,
    /// Gold quotes, offsets moved into `text` (UTF-16 units).
    pub quotes: Vec<PolQuote>,
    /// Quoted spans that belong to no attribution (`other_quoted`): neither
    /// right nor wrong whatever is predicted on them.
    pub other_quoted: Vec<(usize, usize)>,
}

/// The articles of one PolNeAR split (`train` or `dev`), sorted by name.
pub fn polnear(shared: &Path, split: &str) -> Option<Vec<PolArticle>> {
    let raw =
        std::fs::read_to_string(shared.join(format!("corpora/polnear/{split}.jsonl"))).ok()?;
    let mut by_article: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("PolNeAR line is JSON");
        by_article
            .entry(v["article"].as_str().unwrap_or_default().to_string())
            .or_default()
            .push(v);
    }
    let text_of = |v: &serde_json::Value, k: &str| v[k].as_str().map(str::to_string);
    let mut out = Vec::new();
    for (article, mut paragraphs) in by_article {
        paragraphs.sort_by_key(|p| p["paragraph"].as_u64().unwrap_or(0));
        let mut text = String::new();
        let mut units = 0usize;
        let mut starts = Vec::new();
        let mut quotes = Vec::new();
        let mut other = Vec::new();
        for p in &paragraphs {
            if !text.is_empty() {
                text.push_str("\n\n");
                units += 2;
            }
            starts.push(units);
            let body = p["text"].as_str().unwrap_or_default();
            for q in p["quotes"].as_array().into_iter().flatten() {
                let at = |k: &str| q[k].as_u64().unwrap_or(0) as usize + units;
                quotes.push(PolQuote {
                    text: text_of(q, "text").unwrap_or_default(),
                    start: at("start"),
                    end: at("end"),
                    speaker: text_of(q, "speaker"),
                    speaker_is_pronoun: q["speaker_is_pronoun"].as_bool().unwrap_or(false),
                    article_speaker: text_of(q, "article_speaker"),
                    mixed: q["mixed"].as_bool().unwrap_or(false),
                    unclosed: q["unclosed"].as_bool().unwrap_or(false),
                });
            }
            for q in p["other_quoted"].as_array().into_iter().flatten() {
                let at = |k: &str| q[k].as_u64().unwrap_or(0) as usize + units;
                other.push((at("start"), at("end")));
            }
            text.push_str(body);
            units += body.encode_utf16().count();
        }
        out.push(PolArticle {
            article,
            outlet: paragraphs.first().and_then(|p| text_of(p, "source")).unwrap_or_default(),
            text,
            paragraph_starts: starts,
            quotes,
            other_quoted: other,
        });
    }
    Some(out)
}
