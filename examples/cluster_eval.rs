//! How well `parallax cluster`'s candidate blocking keeps together what
//! `compare` groups, measured on ECB+ (../shared/corpora/ecbplus) and on
//! 1,000 generated articles; the figures behind the settings in
//! src/cluster.rs.
//!
//! For each blocking it prints the number of blocks and the largest, the
//! share of compare's same-event pairs that land in one block (the most the
//! clustering can agree on), then the pairwise agreement of the events
//! found block by block with compare's events on all the articles at once,
//! and both against ECB+'s gold events. ECB+ is split by topic: odd topics
//! were looked at while choosing the settings, even topics were not.
//!
//! Blockings: the rare-key index of src/cluster.rs with a few settings, and
//! MinHash LSH over each article's set of folded content words for
//! comparison.
//!
//! `cargo run --release --example cluster_eval`

#[path = "../bench/real/corpora.rs"]
mod corpora;
#[path = "../bench/compare/corpus.rs"]
mod corpus;
#[path = "../bench/real/metrics.rs"]
mod metrics;

use parallax::cluster::{self, Member, Settings};
use parallax::model::{Article, CompareOptions, ParseOptions};
use std::collections::HashMap;
use std::time::Instant;

/// For each article, the index of its event.
fn labels(n: usize, groups: &[Vec<usize>]) -> Vec<usize> {
    let mut out: Vec<usize> = (0..n).map(|i| groups.len() + i).collect();
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            out[m] = g;
        }
    }
    out
}

/// Events found block by block, as article indices.
fn events_by_block(articles: &[Article], blocks: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for block in blocks {
        let part: Vec<Article> = block.iter().map(|&i| articles[i].clone()).collect();
        let (events, _) =
            parallax::group_events(&part, &CompareOptions::default()).expect("block groups");
        out.extend(events.into_iter().map(|e| e.articles.iter().map(|&k| block[k]).collect()));
    }
    out
}

fn rare_key_blocks(articles: &[Article], s: &Settings) -> Vec<Vec<usize>> {
    let members: Vec<Member> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| Member { seq: i as u64, day: None, terms: cluster::block_terms(a) })
        .collect();
    cluster::undated_blocks(members, s)
        .into_iter()
        .map(|b| b.into_iter().map(|s| s as usize).collect())
        .collect()
}

/// The connected components of the rare-term links, one block each (what
/// packing them into blocks of about `max_block` is measured against).
fn components(articles: &[Article], s: &Settings) -> Vec<Vec<usize>> {
    let members: Vec<Member> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| Member { seq: i as u64, day: None, terms: cluster::block_terms(a) })
        .collect();
    let refs: Vec<&Member> = members.iter().collect();
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    for (x, y) in cluster::links(&refs, s) {
        let (rx, ry) = (find(&mut parent, x as usize), find(&mut parent, y as usize));
        parent[rx] = ry;
    }
    gather(&mut parent)
}

fn find(p: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while p[r] != r {
        r = p[r];
    }
    p[x] = r;
    r
}

/// The sets of a union-find, sorted.
fn gather(parent: &mut [usize]) -> Vec<Vec<usize>> {
    let mut comps: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..parent.len() {
        let r = find(parent, i);
        comps.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = comps.into_values().collect();
    out.sort();
    out
}

/// MinHash LSH: `bands` bands of `rows` minimum hashes over the set of
/// folded content words; articles sharing a band's signature are linked,
/// blocks are the connected components.
fn minhash_blocks(articles: &[Article], bands: usize, rows: usize) -> Vec<Vec<usize>> {
    let n = articles.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut buckets: HashMap<(usize, Vec<u64>), usize> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        let words: Vec<u64> = parallax::internals::words(&a.text)
            .into_iter()
            .filter(|w| !w.stop)
            .map(|w| w.hash)
            .collect();
        let sig: Vec<u64> = (0..bands * rows)
            .map(|h| {
                let seed = (h as u64 + 1).wrapping_mul(0xD6E8FEB86659FD93) ^ 0x9E3779B97F4A7C15;
                words.iter().map(|w| (w ^ seed).wrapping_mul(0x9E3779B97F4A7C15)).min().unwrap_or(0)
            })
            .collect();
        for b in 0..bands {
            let key = (b, sig[b * rows..(b + 1) * rows].to_vec());
            match buckets.get(&key) {
                Some(&j) => {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    parent[ri] = rj;
                }
                None => {
                    buckets.insert(key, i);
                }
            }
        }
    }
    gather(&mut parent)
}

struct Case<'a> {
    name: &'a str,
    articles: &'a [Article],
    /// compare's events on all the articles at once.
    reference: Vec<usize>,
    gold: Option<Vec<&'a str>>,
    /// Which articles the figures count (a split), all when empty.
    only: Option<Vec<bool>>,
}

fn report(case: &Case, method: &str, blocks: &[Vec<usize>]) {
    let n = case.articles.len();
    let keep = |v: &[usize]| -> Vec<usize> {
        match &case.only {
            Some(mask) => v.iter().zip(mask).filter(|(_, &m)| m).map(|(&x, _)| x).collect(),
            None => v.to_vec(),
        }
    };
    let block_of = labels(n, blocks);
    let started = Instant::now();
    let events = labels(n, &events_by_block(case.articles, blocks));
    let took = started.elapsed().as_secs_f64();
    // Share of compare's same-event pairs inside one block.
    let (kept, _, total) = metrics::pair_counts(&keep(&block_of), &keep(&case.reference));
    let agree = metrics::pairwise(&keep(&events), &keep(&case.reference));
    let mut line = format!(
        "{:<10} {:<34} blocks {:>4} largest {:>4}  compare pairs kept {:.3}  agreement P {:.3} R {:.3} F1 {:.3}  grouping {:.1} s",
        case.name,
        method,
        blocks.len(),
        blocks.iter().map(Vec::len).max().unwrap_or(0),
        if total == 0 { 1.0 } else { kept as f64 / total as f64 },
        agree.precision,
        agree.recall,
        agree.f1,
        took
    );
    if let Some(gold) = &case.gold {
        let g: Vec<&str> = match &case.only {
            Some(mask) => gold.iter().zip(mask).filter(|(_, &m)| m).map(|(&x, _)| x).collect(),
            None => gold.clone(),
        };
        let ours = metrics::pairwise(&keep(&events), &g);
        let theirs = metrics::pairwise(&keep(&case.reference), &g);
        line += &format!("  gold F1 {:.3} (compare {:.3})", ours.f1, theirs.f1);
    }
    println!("{line}");
}

fn run(case: &Case) {
    // Blocks of 250 articles, so that 1,000 articles make several.
    let d = Settings { max_block: 250, ..Settings::default() };
    let variants: Vec<(String, Settings)> = vec![
        ("rare terms, blocks of 1000".into(), Settings::default()),
        ("rare terms, blocks of 500".into(), Settings { max_block: 500, ..d.clone() }),
        ("rare terms, blocks of 250".into(), d.clone()),
        ("rare terms, blocks of 100".into(), Settings { max_block: 100, ..d.clone() }),
        ("  keep 6".into(), Settings { key_terms: 6, ..d.clone() }),
        ("  keep 20".into(), Settings { key_terms: 20, ..d.clone() }),
        ("  1 shared".into(), Settings { min_shared_keys: 1, ..d.clone() }),
        ("  3 shared".into(), Settings { min_shared_keys: 3, ..d.clone() }),
        ("  rare floor 16".into(), Settings { rare_floor: 16, ..d.clone() }),
        ("  rare floor 256".into(), Settings { rare_floor: 256, ..d.clone() }),
    ];
    for (name, s) in &variants {
        report(case, name, &rare_key_blocks(case.articles, s));
    }
    report(case, "rare terms, components unpacked", &components(case.articles, &d));
    for (bands, rows) in [(32, 2), (16, 3)] {
        report(
            case,
            &format!("MinHash LSH {bands}x{rows}"),
            &minhash_blocks(case.articles, bands, rows),
        );
    }
    report(case, "one block (all articles)", &[(0..case.articles.len()).collect()]);
}

fn compare_events(articles: &[Article]) -> Vec<usize> {
    let started = Instant::now();
    let c = parallax::compare(articles, &CompareOptions::default()).expect("compare");
    eprintln!("compare on {} articles: {:.1} s", articles.len(), started.elapsed().as_secs_f64());
    labels(articles.len(), &c.events.iter().map(|e| e.articles.clone()).collect::<Vec<_>>())
}

fn main() {
    let options = ParseOptions::default();
    let generated: Vec<Article> =
        corpus::corpus(1000).iter().map(|t| parallax::parse(t, &options).unwrap()).collect();
    let reference = compare_events(&generated);
    run(&Case { name: "generated", articles: &generated, reference, gold: None, only: None });
    let Some(shared) = corpora::shared_dir() else {
        eprintln!("NOTICE: ../shared not found; ECB+ skipped");
        return;
    };
    let ecb = corpora::ecbplus(&shared).expect("ECB+");
    let articles: Vec<Article> = ecb
        .iter()
        .map(|a| {
            parallax::parse(
                &a.text,
                &ParseOptions { id: Some(a.file.clone()), ..Default::default() },
            )
            .unwrap()
        })
        .collect();
    let reference = compare_events(&articles);
    let gold: Vec<&str> = ecb.iter().map(|a| a.cluster.as_str()).collect();
    let topic =
        |a: &corpora::EcbArticle| a.topic.trim_start_matches('t').parse::<u32>().unwrap_or(0);
    for (name, odd) in [("ECB+ odd", true), ("ECB+ even", false)] {
        let mask: Vec<bool> = ecb.iter().map(|a| (topic(a) % 2 == 1) == odd).collect();
        run(&Case {
            name,
            articles: &articles,
            reference: reference.clone(),
            gold: Some(gold.clone()),
            only: Some(mask),
        });
    }
}
