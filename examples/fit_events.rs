//! Re-fits the event model of `src/compare/evidence.rs` (`MODEL`) on ECB+
//! (`../shared/corpora/ecbplus`) and prints its held-out figures.
//!
//! `cargo run --release --example fit_events`
//!
//! Every article is parsed as a user's paste would be. The training pairs
//! are every candidate pair (see `evidence::pairs`) of each topic compared
//! alone, and of its half of the corpus compared all at once, both as
//! parsed and as one day's feed (`corpora::one_day_feed`: every text dated
//! the same day, so the model sees different events that share a day,
//! which ECB+ alone never shows), and of small comparisons; a pair is
//! positive when both articles are in one gold cluster. The model is a
//! logistic regression fitted by Newton's method with a small L2 penalty;
//! the linkage threshold and the lone-report threshold (rule
//! `a_lone_report_joins_its_nearest_event`) are the pair of two short grids
//! that gives the best mean pairwise F1 (one topic at a time, all at once
//! and the small comparisons) on the training topics, among pairs keeping
//! precision at 0.95 one topic at a time and all at once.
//!
//! Headline figures are 2-fold cross-validated over topics: fit on the odd
//! topics and measure on the even ones, then the other way round. The
//! constants printed last are fitted on every topic (`MODEL`); with
//! `--write` they, and the two fold models (`MODEL_FIT_ON_ODD`,
//! `MODEL_FIT_ON_EVEN`, which `./x eval` uses so that its ECB+ figures are
//! held out), replace the fitted block of `src/compare/evidence.rs`. Run
//! `cargo fmt` after.
//!
//! Diagnostics: `--sweep` (held-out figures over a grid of L2 penalties and
//! precision floors), `--drop-one` (held out with each feature left out in
//! turn: on the current features every drop lowers held-out F1, see
//! docs/eval.md), `--variants` (held out with other ways of choosing the
//! threshold — a fixed 0.5, no precision floor, an inner 2-fold over the
//! training topics — and with class-balanced fits; docs/eval.md lists the
//! figures), `--rules`, `--means`, `--dates`, `--errors`, `--pieces` (how
//! each held-out gold event is split), `--seeds`.

#[path = "../bench/real/corpora.rs"]
mod corpora;

use parallax::internals::event_evidence::{Model, Pairs, FEATURES, FEATURE_NAMES, MODEL};
use parallax::internals::{
    average_linkage, event_pairs, event_probabilities, join_lone_reports, thread_events,
};
use parallax::model::{Article, CompareOptions, InputFormat, ParseOptions};
use std::collections::{BTreeMap, BTreeSet};

const L2: f64 = 0.01;
/// Whether the halves as one day's feed are fitted on and choose the
/// threshold (they are measured either way). Without them the held-out F1
/// was 0.798 / 0.822 against 0.826 / 0.830 (docs/eval.md, "A shared day is
/// no evidence"); kept as a switch to measure that again.
const FEED_IN_FIT: bool = true;

/// Features left out of the fit (bit k = feature k), for `--drop-one`.
static DROPPED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
/// Small comparisons drawn per topic for fitting.
const SMALL_PER_TOPIC: usize = 30;
const THRESHOLDS: [f64; 13] =
    [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97];
/// The grid of lone-report thresholds (rule
/// `a_lone_report_joins_its_nearest_event`); 1 is the rule off.
const LONE_THRESHOLDS: [f64; 8] = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 1.0];

/// One comparison: which corpus articles, their gold clusters and topics,
/// and the pairs scored.
struct Block {
    odd: bool,
    /// One day's feed (`corpora::one_day_feed`), not the texts as parsed.
    feed: bool,
    clusters: Vec<String>,
    topics: Vec<String>,
    files: Vec<String>,
    pairs: Pairs,
}

fn main() {
    let shared = corpora::shared_dir().unwrap_or_else(|| {
        eprintln!("no ../shared/corpora (set PARALLAX_SHARED)");
        std::process::exit(2)
    });
    if std::env::args().any(|a| a == "--seeds") {
        seeds(&shared);
        return;
    }
    let meta = corpora::ecbplus(&shared).expect("ECB+ in ../shared/corpora/ecbplus");
    let articles: Vec<Article> = corpora::parse_ecbplus(&meta);
    if std::env::args().any(|a| a == "--dates") {
        dates_report(&meta, &articles);
        return;
    }
    let odd = |t: &str| t.trim_start_matches('t').parse::<usize>().unwrap_or(0) % 2 == 1;
    let block_of = |articles: &[Article], idx: &[usize]| Block {
        odd: odd(&meta[idx[0]].topic),
        feed: false,
        clusters: idx.iter().map(|&i| meta[i].cluster.clone()).collect(),
        topics: idx.iter().map(|&i| meta[i].topic.clone()).collect(),
        files: idx.iter().map(|&i| meta[i].file.clone()).collect(),
        pairs: event_pairs(
            &idx.iter().map(|&i| articles[i].clone()).collect::<Vec<_>>(),
            &CompareOptions::default(),
        ),
    };
    let block = |idx: &[usize]| block_of(&articles, idx);
    // The same texts as one day's feed (`corpora::one_day_feed`), for the
    // halves all at once: different events of one day, which ECB+ alone
    // never shows.
    let one_day: Vec<Article> = corpora::parse_ecbplus(&corpora::one_day_feed(&meta));
    let mut by_topic: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, m) in meta.iter().enumerate() {
        by_topic.entry(&m.topic).or_default().push(i);
    }
    let per_topic: Vec<Block> = by_topic.values().map(|idx| block(idx)).collect();
    // Each half all at once as parsed (first, which the held-out "all at
    // once" figures read), then as one day's feed.
    let halves: Vec<Block> = [(true, false), (false, false), (true, true), (false, true)]
        .iter()
        .map(|&(o, dated)| {
            let idx: Vec<usize> = (0..meta.len()).filter(|&i| odd(&meta[i].topic) == o).collect();
            Block { feed: dated, ..block_of(if dated { &one_day } else { &articles }, &idx) }
        })
        .collect();
    // Small comparisons, as a reader pastes a few reports: subsets of 3 to 6
    // articles of a topic, drawn with a fixed seed. In so few articles each
    // one's nearest neighbour is close whatever it reports, which the model
    // must learn too.
    let mut state: u64 = 20_250_601;
    let mut next = move |n: usize| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    let mut small: Vec<Block> = Vec::new();
    for idx in by_topic.values() {
        for _ in 0..SMALL_PER_TOPIC {
            let k = 3 + next(4);
            let mut pick: Vec<usize> = idx.clone();
            let mut chosen = Vec::new();
            while chosen.len() < k && !pick.is_empty() {
                chosen.push(pick.swap_remove(next(pick.len())));
            }
            chosen.sort_unstable();
            small.push(block(&chosen));
        }
    }
    eprintln!("features computed");
    if std::env::args().any(|a| a == "--rules") {
        // Fire rates of candidate separation rules on within-topic candidate
        // pairs (each topic compared alone), same event against not.
        let names = [
            "published apart",
            "recaps",
            "lead people differ",
            "actor absent",
            "lead weekdays differ",
            "lead days differ",
            "nothing named in common",
        ];
        let mut fired = [[0usize; 7]; 2];
        let mut n = [0usize; 2];
        for b in &per_topic {
            for (&(i, j), &bits) in &b.pairs.rules {
                let c = (b.clusters[i] == b.clusters[j]) as usize;
                n[c] += 1;
                for (k, f) in fired[c].iter_mut().enumerate() {
                    *f += (bits >> k & 1) as usize;
                }
            }
        }
        type Combo = (&'static str, fn(u8) -> bool);
        let combos: [Combo; 4] = [
            ("people differ & a day differs", |b| b & 4 != 0 && b & 48 != 0),
            ("actor absent & a day differs", |b| b & 8 != 0 && b & 48 != 0),
            ("people & actor & a day differs", |b| b & 12 == 12 && b & 48 != 0),
            ("people & actor differ", |b| b & 12 == 12),
        ];
        for (name, f) in combos {
            let mut c = [0usize; 2];
            for b in &per_topic {
                for (&(i, j), &bits) in &b.pairs.rules {
                    c[(b.clusters[i] == b.clusters[j]) as usize] += f(bits) as usize;
                }
            }
            println!("  {name:<32} same {} different {}", c[1], c[0]);
        }
        let mut c = [0usize; 2];
        for b in &per_topic {
            for &(i, j) in &b.pairs.separated {
                c[(b.clusters[i] == b.clusters[j]) as usize] += 1;
            }
        }
        println!("  {:<32} same {} different {}", "the separation rule (all parts)", c[1], c[0]);
        println!("candidate pairs: {} same event, {} not", n[1], n[0]);
        for (k, name) in names.iter().enumerate() {
            println!(
                "  {name:<24} fires on same {:>5} ({:.3})   on different {:>5} ({:.3})",
                fired[1][k],
                fired[1][k] as f64 / n[1] as f64,
                fired[0][k],
                fired[0][k] as f64 / n[0] as f64
            );
        }
        return;
    }
    if std::env::args().any(|a| a == "--means") {
        let mut sums = [[0.0; FEATURES]; 2];
        let mut fired = [[0usize; FEATURES]; 2];
        let mut n = [0usize; 2];
        for b in &per_topic {
            for (&(i, j), x) in &b.pairs.features {
                let c = (b.clusters[i] == b.clusters[j]) as usize;
                n[c] += 1;
                for k in 0..FEATURES {
                    sums[c][k] += x[k];
                    fired[c][k] += (x[k] > 0.0) as usize;
                }
            }
        }
        println!("within-topic pairs: {} same event, {} not", n[1], n[0]);
        for k in 0..FEATURES {
            println!(
                "  {:<34} same mean {:.3} fired {:.2} | other mean {:.3} fired {:.2}",
                FEATURE_NAMES[k],
                sums[1][k] / n[1] as f64,
                fired[1][k] as f64 / n[1] as f64,
                sums[0][k] / n[0] as f64,
                fired[0][k] as f64 / n[0] as f64
            );
        }
    }

    if std::env::args().any(|a| a == "--sweep") {
        let l2s = [0.01, 0.1, 0.2, 0.3, 0.5, 1.0, 3.0, 10.0];
        sweep(&per_topic, &halves, &small, &l2s, &[MIN_PRECISION, 0.97]);
        return;
    }
    if std::env::args().any(|a| a == "--variants") {
        let quarters: Vec<Block> = (0..4)
            .map(|q| {
                let idx: Vec<usize> =
                    (0..meta.len()).filter(|&i| topic_number(&meta[i].topic) % 4 == q).collect();
                block(&idx)
            })
            .collect();
        variants(&per_topic, &halves, &quarters, &small);
        return;
    }
    if std::env::args().any(|a| a == "--drop-one") {
        // Each feature left out in turn: the pooled held-out figures.
        for k in 0..FEATURES {
            DROPPED.store(1 << k, std::sync::atomic::Ordering::Relaxed);
            println!("without {}:", FEATURE_NAMES[k]);
            sweep(&per_topic, &halves, &small, &[L2], &[MIN_PRECISION]);
        }
        return;
    }
    println!("2-fold cross-validation over topics (fit on one half, measured on the other):");
    let mut held = Vec::new();
    let mut folds = Vec::new();
    for train_odd in [true, false] {
        let train = training_blocks(&per_topic, &halves, &small, train_odd);
        let mut model = fit(&train, L2);
        model = best_threshold(&model, (&per_topic, &halves, &small), train_odd, MIN_PRECISION);
        let test_topics: Vec<&Block> = per_topic.iter().filter(|b| b.odd != train_odd).collect();
        let test_half = halves.iter().find(|b| b.odd != train_odd).unwrap();
        let (one, joined) = score_topics(&model, &test_topics);
        let all = score(&model, test_half);
        let feed = halves.iter().filter(|b| b.odd != train_odd).nth(1).unwrap();
        let feed = score(&model, feed);
        let test_small: Vec<&Block> = small.iter().filter(|b| b.odd != train_odd).collect();
        println!(
            "  small comparisons (3-6 articles) held out: {}",
            show(score_topics(&model, &test_small).0)
        );
        println!(
            "  fit on {} topics, measured on {}: one topic at a time {}; all at once {}; one day's feed {}; topics joined by a thread {}/{}",
            if train_odd { "odd" } else { "even" },
            if train_odd { "even" } else { "odd" },
            show(one),
            show(all),
            show(feed),
            joined,
            test_topics.len()
        );
        held.push((one, all));
        folds.push(model);
        println!(
            "    thresholds chosen on the training topics: {:.2}, lone report {:.2}",
            model.threshold, model.lone
        );
        if std::env::args().any(|a| a == "--impure") {
            impure(&model, test_half);
        }
        if std::env::args().any(|a| a == "--pieces") {
            pieces(&model, &test_topics);
        }
        if std::env::args().any(|a| a == "--errors" || a == "--errors-in") {
            errors(&model, &test_topics);
        }
    }
    let sum = |f: fn(&(Counts, Counts)) -> Counts| {
        held.iter().map(f).fold(Counts::default(), |a, b| a.add(b))
    };
    println!(
        "  held out, both folds pooled: one topic at a time {}; all at once {}",
        show(sum(|h| h.0)),
        show(sum(|h| h.1))
    );

    let all: Vec<&Block> =
        per_topic.iter().chain(&halves).chain(&small).filter(|b| FEED_IN_FIT || !b.feed).collect();
    let mut model = fit(&all, L2);
    model = best_threshold_all(&model, (&per_topic, &halves, &small));
    println!(
        "\nfitted on every topic (threshold {:.2}, lone report {:.2}):",
        model.threshold, model.lone
    );
    for (name, w) in FEATURE_NAMES.iter().zip(model.weights) {
        println!("  {name:<34} {w:+.3}");
    }
    println!("  {:<34} {:+.3}", "bias", model.bias);
    let r = |x: f64| (x * 1000.0).round() / 1000.0;
    println!(
        "\npub const MODEL: Model = Model {{\n    bias: {:?},\n    weights: {:?},\n    threshold: {:?},\n    lone: {:?},\n}};",
        r(model.bias),
        model.weights.map(r),
        model.threshold,
        model.lone
    );
    if std::env::args().any(|a| a == "--write") {
        write_models(&model, &folds[0], &folds[1]);
    }
    let (one, _) = score_topics(&MODEL, &per_topic.iter().collect::<Vec<_>>());
    println!(
        "\nMODEL as committed, on every topic (not held out): one topic at a time {}",
        show(one)
    );
}

/// The Rust text of one model constant, weights rounded to three places.
fn model_text(name: &str, m: &Model) -> String {
    let r = |x: f64| (x * 1000.0).round() / 1000.0;
    let weights: Vec<String> = m.weights.iter().map(|&w| format!("{:?}", r(w))).collect();
    format!(
        "pub const {name}: Model = Model {{\n    bias: {:?},\n    weights: [{}],\n    threshold: {:?},\n    lone: {:?},\n}};\n",
        r(m.bias),
        weights.join(", "),
        m.threshold,
        m.lone
    )
}

/// Replaces the constants between the `// BEGIN fitted` and `// END fitted`
/// lines of `src/compare/evidence.rs`, keeping their doc comments.
fn write_models(all: &Model, odd: &Model, even: &Model) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/compare/evidence.rs");
    let text = std::fs::read_to_string(path).expect("src/compare/evidence.rs");
    let mut out = String::new();
    let mut lines = text.lines();
    let mut inside = false;
    while let Some(line) = lines.next() {
        if line.starts_with("// BEGIN fitted") {
            inside = true;
        } else if line.starts_with("// END fitted") {
            inside = false;
        }
        if !inside {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        // Inside the block: doc comments and markers stay, each constant is
        // rewritten whole (from its `pub const` line to its `};`).
        if let Some(rest) = line.strip_prefix("pub const ") {
            let name = rest.split(':').next().unwrap_or("").to_string();
            let model = match name.as_str() {
                "MODEL" => all,
                "MODEL_FIT_ON_ODD" => odd,
                "MODEL_FIT_ON_EVEN" => even,
                other => panic!("unexpected constant {other} in the fitted block"),
            };
            out.push_str(&model_text(&name, model));
            if !line.trim_end().ends_with(';') {
                for skipped in lines.by_ref() {
                    if skipped.trim_end().ends_with("};") {
                        break;
                    }
                }
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    assert!(!inside, "no `// END fitted` line in {path}");
    std::fs::write(path, out).expect("write src/compare/evidence.rs");
    println!("\nwrote MODEL, MODEL_FIT_ON_ODD and MODEL_FIT_ON_EVEN to {path}; run cargo fmt");
}

/// Prints the held-out pairs the model gets most wrong, with features.
fn errors(model: &Model, blocks: &[&Block]) {
    // `--errors-in t12` lists every wrong pair of that topic, not the 40 worst.
    let args: Vec<String> = std::env::args().collect();
    let only = args.iter().position(|a| a == "--errors-in").and_then(|k| args.get(k + 1));
    let mut wrong: Vec<(f64, String)> = Vec::new();
    for b in blocks {
        for (&(i, j), x) in &b.pairs.features {
            if only.is_some_and(|t| t != "all" && &b.topics[i] != t) {
                continue;
            }
            let p = model.probability(x);
            let same = b.clusters[i] == b.clusters[j];
            if same != (p >= model.threshold) {
                let f: Vec<String> = x.iter().map(|v| format!("{v:.2}")).collect();
                wrong.push((
                    if same { p } else { 1.0 - p },
                    format!(
                        "{} {} {} {} p={p:.2} [{}]",
                        if same { "MISS" } else { "FALSE" },
                        b.topics[i],
                        b.files[i],
                        b.files[j],
                        f.join(" ")
                    ),
                ));
            }
        }
    }
    wrong.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (_, w) in wrong.iter().take(if only.is_some() { usize::MAX } else { 40 }) {
        println!("    {w}");
    }
    println!("    ({} wrong pairs)", wrong.len());
    let mut by_topic: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (_, w) in &wrong {
        let mut it = w.split(' ');
        let kind = it.next().unwrap_or("");
        let e = by_topic.entry(it.next().unwrap_or("").to_string()).or_default();
        if kind == "FALSE" {
            e.0 += 1
        } else {
            e.1 += 1
        }
    }
    println!("    false/missed pairs by topic: {by_topic:?}");
}

/// `--pieces`: how the held-out model splits each gold event of `blocks`
/// (topics compared one at a time): the pieces' sizes, a 0 for an article
/// left alone, and the pairs lost to articles left alone against those lost
/// between groups. It tells whether recall waits on lone reports (rule
/// `a_lone_report_joins_its_nearest_event`) or on groups that stay apart.
fn pieces(model: &Model, blocks: &[&Block]) {
    let (mut lost_alone, mut lost_between, mut alone) = (0, 0, 0);
    let mut split: BTreeMap<usize, usize> = BTreeMap::new();
    for b in blocks {
        let events = grouped(model, b);
        let mut event = vec![0; b.clusters.len()];
        for (g, e) in events.iter().enumerate() {
            for &i in e {
                event[i] = g;
            }
        }
        // Gold cluster → predicted event → how many of its articles.
        let mut by_cluster: BTreeMap<&String, BTreeMap<usize, usize>> = BTreeMap::new();
        for (i, c) in b.clusters.iter().enumerate() {
            *by_cluster.entry(c).or_default().entry(event[i]).or_default() += 1;
        }
        for (cluster, parts) in &by_cluster {
            let n: usize = parts.values().sum();
            let ones = parts.keys().filter(|&&g| events[g].len() == 1).count();
            let within: usize = parts.values().map(|&k| k * (k - 1) / 2).sum();
            let lost_to_ones = ones * (n - 1) - ones * (ones.max(1) - 1) / 2;
            alone += ones;
            lost_alone += lost_to_ones;
            lost_between += n * (n - 1) / 2 - within - lost_to_ones;
            let mut sizes: Vec<usize> =
                parts.iter().map(|(&g, &k)| if events[g].len() == 1 { 0 } else { k }).collect();
            sizes.sort_unstable_by(|a, b| b.cmp(a));
            if sizes.len() > 1 {
                println!("      {cluster} ({n} articles): pieces {sizes:?}");
            }
            *split.entry(sizes.len()).or_default() += 1;
        }
    }
    println!(
        "    gold events by pieces {split:?}; articles left alone {alone}; same-event pairs lost to them {lost_alone}, between groups {lost_between}"
    );
}

/// Prints the seed articles' pair features and probabilities under MODEL
/// (they are never fitted on: this shows how they are scored).
fn seeds(shared: &std::path::Path) {
    let mut names: Vec<String> = std::fs::read_dir(shared.join("seeds"))
        .expect("seeds")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let articles: Vec<Article> = names
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(shared.join("seeds").join(n)).expect("seed");
            let options = ParseOptions {
                id: Some(n.clone()),
                format: InputFormat::Text,
                ..Default::default()
            };
            parallax::parse(&text, &options).expect("seed parses")
        })
        .collect();
    let pairs = event_pairs(&articles, &CompareOptions::default());
    if std::env::args().any(|a| a == "--alignments") {
        let c = parallax::compare(&articles, &CompareOptions::default()).expect("compare");
        for al in &c.alignments {
            let (x, y) = (&al.a, &al.b);
            if x.article >= 2 || y.article >= 2 {
                println!(
                    "{}:{} ~ {}:{} {:.2}\n    {}\n    {}",
                    x.article,
                    x.sentence,
                    y.article,
                    y.sentence,
                    al.score,
                    articles[x.article].sentences[x.sentence].text,
                    articles[y.article].sentences[y.sentence].text
                );
            }
        }
    }
    for (&(i, j), x) in &pairs.features {
        let f: Vec<String> = x.iter().map(|v| format!("{v:.2}")).collect();
        println!(
            "{} {} p={:.3} separated={} rules={:06b} participant={} related={:.2} [{}]",
            &names[i][..3],
            &names[j][..3],
            MODEL.probability(x),
            pairs.separated.contains(&(i, j)),
            pairs.rules[&(i, j)],
            pairs.shared_participant[&(i, j)],
            pairs.relatedness[&(i, j)],
            f.join(" ")
        );
    }
}

/// Pair counts: (true positives, predicted pairs, gold pairs).
#[derive(Debug, Clone, Copy, Default)]
struct Counts(usize, usize, usize);

impl Counts {
    fn add(self, o: Counts) -> Counts {
        Counts(self.0 + o.0, self.1 + o.1, self.2 + o.2)
    }
    fn prf(self) -> (f64, f64, f64) {
        let p = if self.1 == 0 { 1.0 } else { self.0 as f64 / self.1 as f64 };
        let r = if self.2 == 0 { 1.0 } else { self.0 as f64 / self.2 as f64 };
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }
}

fn show(c: Counts) -> String {
    let (p, r, f) = c.prf();
    format!("P {p:.3} R {r:.3} F1 {f:.3}")
}

/// `--impure`: the held-out half's events (all at once) that hold more
/// than one gold cluster, with their composition, and the wrongly joined
/// pairs split into those across topics and those within one topic.
fn impure(model: &Model, b: &Block) {
    let (mut across, mut within) = (0, 0);
    for e in grouped(model, b) {
        let mut parts: BTreeMap<&String, usize> = BTreeMap::new();
        for &i in &e {
            *parts.entry(&b.clusters[i]).or_default() += 1;
        }
        if parts.len() < 2 {
            continue;
        }
        for (k, &i) in e.iter().enumerate() {
            for &j in &e[k + 1..] {
                if b.clusters[i] != b.clusters[j] {
                    if b.topics[i] == b.topics[j] {
                        within += 1
                    } else {
                        across += 1
                    }
                }
            }
        }
        println!("    impure event: {parts:?}");
    }
    println!("    wrong pairs across topics {across}, within a topic {within}");
}

/// Events of a block under `model`, as pair counts against gold.
fn grouped(model: &Model, b: &Block) -> Vec<Vec<usize>> {
    let probabilities = event_probabilities(&b.pairs, model, 0.05);
    let singletons = (0..b.clusters.len()).map(|i| vec![i]).collect();
    let linked = average_linkage(singletons, &probabilities, model.threshold);
    join_lone_reports(linked, &probabilities, &b.pairs.separated, model.lone)
}

fn score(model: &Model, b: &Block) -> Counts {
    let events = grouped(model, b);
    let mut event = vec![0; b.clusters.len()];
    for (g, e) in events.iter().enumerate() {
        for &i in e {
            event[i] = g;
        }
    }
    let mut c = Counts::default();
    let n = b.clusters.len();
    for i in 0..n {
        for j in i + 1..n {
            let (pred, gold) = (event[i] == event[j], b.clusters[i] == b.clusters[j]);
            c.0 += (pred && gold) as usize;
            c.1 += pred as usize;
            c.2 += gold as usize;
        }
    }
    c
}

/// Summed pair counts over topics compared one at a time, and how many
/// topics have their two clusters joined by a thread or an event.
fn score_topics(model: &Model, blocks: &[&Block]) -> (Counts, usize) {
    let mut total = Counts::default();
    let mut joined = 0;
    for b in blocks {
        total = total.add(score(model, b));
        let events = grouped(model, b);
        let threads = thread_events(&events, &b.pairs);
        let groups = events.iter().chain(&threads);
        joined += groups
            .into_iter()
            .any(|g| g.iter().map(|&i| &b.clusters[i]).collect::<BTreeSet<_>>().len() > 1)
            as usize;
        let _ = &b.topics;
    }
    (total, joined)
}

/// Mean F1 of one topic at a time, all at once and the small comparisons,
/// and the lower precision of the first two, on the chosen half (or all) of
/// the topics. The small comparisons (3-6 articles of a topic, often two
/// reports of one event and one of the other) are where a lone report is
/// often of another event: their F1 weighs what rule
/// `a_lone_report_joins_its_nearest_event` gains against what it joins
/// wrongly.
fn f1_on(
    model: &Model,
    (per_topic, halves, small): (&[Block], &[Block], &[Block]),
    odd: Option<bool>,
) -> (f64, f64) {
    let topics: Vec<&Block> = per_topic.iter().filter(|b| odd.is_none_or(|o| b.odd == o)).collect();
    let one = score_topics(model, &topics).0.prf();
    let small: Vec<&Block> = small.iter().filter(|b| odd.is_none_or(|o| b.odd == o)).collect();
    let few = score_topics(model, &small).0.prf();
    let all = halves
        .iter()
        .filter(|b| odd.is_none_or(|o| b.odd == o) && (FEED_IN_FIT || !b.feed))
        .fold(Counts::default(), |a, b| a.add(score(model, b)))
        .prf();
    ((one.2 + all.2 + few.2) / 3.0, one.0.min(all.0))
}

fn best_threshold(
    model: &Model,
    blocks: (&[Block], &[Block], &[Block]),
    odd: bool,
    min_precision: f64,
) -> Model {
    pick_both(model, |m| f1_on(m, blocks, Some(odd)), min_precision)
}

fn best_threshold_all(model: &Model, blocks: (&[Block], &[Block], &[Block])) -> Model {
    pick_both(model, |m| f1_on(m, blocks, None), MIN_PRECISION)
}

/// The linkage threshold and the lone-report threshold (rule
/// `a_lone_report_joins_its_nearest_event`) chosen together: of every pair
/// on the grids (a lone threshold below the linkage one, or off), the best
/// mean F1 among those keeping precision at `min_precision`; ties go to the
/// stricter pair. When none keeps it, the most precise.
fn pick_both(model: &Model, score: impl Fn(&Model) -> (f64, f64), min_precision: f64) -> Model {
    let mut scored: Vec<(Model, (f64, f64))> = Vec::new();
    for &t in &THRESHOLDS {
        for &lone in LONE_THRESHOLDS.iter().filter(|&&l| l < t || l >= 1.0) {
            let m = Model { threshold: t, lone, ..*model };
            scored.push((m, score(&m)));
        }
    }
    let stricter =
        |a: &Model, b: &Model| a.threshold.total_cmp(&b.threshold).then(a.lone.total_cmp(&b.lone));
    let ok = scored.iter().filter(|(_, (_, p))| *p >= min_precision);
    let best = ok.max_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(stricter(&a.0, &b.0)));
    best.or_else(|| scored.iter().max_by(|a, b| a.1 .1.total_cmp(&b.1 .1))).map_or(*model, |b| b.0)
}

/// The blocks of one half of the topics (odd or even) that a fold fits on:
/// each topic alone, the half all at once, and the small comparisons.
fn training_blocks<'a>(
    per_topic: &'a [Block],
    halves: &'a [Block],
    small: &'a [Block],
    odd: bool,
) -> Vec<&'a Block> {
    per_topic
        .iter()
        .chain(halves)
        .chain(small)
        .filter(|b| b.odd == odd && (FEED_IN_FIT || !b.feed))
        .collect()
}

/// `--sweep`: the pooled held-out figures of the 2-fold cross-validation for
/// a grid of L2 penalties and training-precision floors, to choose [`L2`]
/// and [`MIN_PRECISION`] by cross-validation rather than by hand.
fn sweep(per_topic: &[Block], halves: &[Block], small: &[Block], l2s: &[f64], floors: &[f64]) {
    println!("sweep: pooled held-out figures (one topic at a time; all at once) per setting");
    for &l2 in l2s {
        for &min_p in floors {
            let mut one = Counts::default();
            let mut all = Counts::default();
            let mut thresholds = Vec::new();
            for train_odd in [true, false] {
                let train = training_blocks(per_topic, halves, small, train_odd);
                let mut model = fit(&train, l2);
                model = best_threshold(&model, (per_topic, halves, small), train_odd, min_p);
                thresholds.push(model.threshold);
                let test: Vec<&Block> = per_topic.iter().filter(|b| b.odd != train_odd).collect();
                one = one.add(score_topics(&model, &test).0);
                all = all.add(score(&model, halves.iter().find(|b| b.odd != train_odd).unwrap()));
            }
            println!(
                "  L2 {l2:<6} training precision ≥ {min_p}: thresholds {thresholds:?}; one topic at a time {}; all at once {}",
                show(one),
                show(all)
            );
        }
    }
}

/// The precision the threshold must keep on the training topics (issue 14's
/// target): a reader trusts a grouping that rarely joins two events more than
/// one that finds every pair.
const MIN_PRECISION: f64 = 0.95;

/// The threshold with the best mean F1 among those whose precision on the
/// training topics reaches [`MIN_PRECISION`]; failing any, the one with the
/// best precision.
fn pick(score: impl Fn(f64) -> (f64, f64), min_precision: f64) -> f64 {
    let scored: Vec<(f64, (f64, f64))> = THRESHOLDS.iter().map(|&t| (t, score(t))).collect();
    let ok = scored.iter().filter(|(_, (_, p))| *p >= min_precision);
    let best = ok.max_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(b.0.total_cmp(&a.0)));
    best.or_else(|| scored.iter().max_by(|a, b| a.1 .1.total_cmp(&b.1 .1))).map_or(0.5, |b| b.0)
}

fn topic_number(t: &str) -> usize {
    t.trim_start_matches('t').parse::<usize>().unwrap_or(0)
}

/// How a fold's threshold is chosen, for `--variants`.
#[derive(Clone, Copy, Debug)]
enum Choice {
    /// Best mean training F1 among thresholds with training P >= floor.
    Training(f64),
    /// A fixed threshold.
    Fixed(f64),
    /// Inner 2-fold over the training topics (topic number / 2 odd or even):
    /// fit on one inner half, score thresholds on the other, counts pooled;
    /// best mean F1 among thresholds with pooled inner P >= floor.
    Inner(f64),
}

/// `--variants`: pooled held-out figures for several ways of choosing the
/// threshold, penalties and class weighting.
fn variants(per_topic: &[Block], halves: &[Block], quarters: &[Block], small: &[Block]) {
    let settings: Vec<(&str, f64, bool, Choice)> = vec![
        ("baseline: training floor 0.95", L2, false, Choice::Training(0.95)),
        ("training, no floor", L2, false, Choice::Training(0.0)),
        ("training floor 0.90", L2, false, Choice::Training(0.90)),
        ("fixed 0.5", L2, false, Choice::Fixed(0.5)),
        ("inner 2-fold floor 0.95", L2, false, Choice::Inner(0.95)),
        ("inner 2-fold no floor", L2, false, Choice::Inner(0.0)),
        ("balanced, fixed 0.5", L2, true, Choice::Fixed(0.5)),
        ("balanced, training floor 0.95", L2, true, Choice::Training(0.95)),
        ("balanced, inner no floor", L2, true, Choice::Inner(0.0)),
        ("L2 0.3, inner no floor", 0.3, false, Choice::Inner(0.0)),
        ("L2 0.3, fixed 0.5", 0.3, false, Choice::Fixed(0.5)),
        ("inner 2-fold floor 0.90", L2, false, Choice::Inner(0.90)),
        ("inner 2-fold floor 0.92", L2, false, Choice::Inner(0.92)),
        ("training floor 0.92", L2, false, Choice::Training(0.92)),
        ("balanced, inner floor 0.90", L2, true, Choice::Inner(0.90)),
    ];
    for (name, l2, balanced, choice) in settings {
        let mut one = Counts::default();
        let mut all = Counts::default();
        let mut per_fold = Vec::new();
        for train_odd in [true, false] {
            let train = training_blocks(per_topic, halves, small, train_odd);
            let mut model = fit_weighted(&train, l2, balanced);
            // The training choice picks the lone-report threshold too; the
            // other two keep the rule off.
            model = match choice {
                Choice::Fixed(t) => Model { threshold: t, ..model },
                Choice::Training(floor) => {
                    best_threshold(&model, (per_topic, halves, small), train_odd, floor)
                }
                Choice::Inner(floor) => Model {
                    threshold: inner_threshold(
                        per_topic, quarters, small, train_odd, l2, balanced, floor,
                    ),
                    ..model
                },
            };
            let test: Vec<&Block> = per_topic.iter().filter(|b| b.odd != train_odd).collect();
            let o = score_topics(&model, &test).0;
            let a = score(&model, halves.iter().find(|b| b.odd != train_odd).unwrap());
            per_fold.push(format!("t {:.2}: one {} all {}", model.threshold, show(o), show(a)));
            one = one.add(o);
            all = all.add(a);
        }
        let mean = (one.prf().2 + all.prf().2) / 2.0;
        println!(
            "{name}: one topic at a time {}; all at once {}; mean F1 {mean:.4}",
            show(one),
            show(all)
        );
        for f in per_fold {
            println!("    {f}");
        }
    }
}

/// The threshold chosen by an inner 2-fold over the training half's topics.
fn inner_threshold(
    per_topic: &[Block],
    quarters: &[Block],
    small: &[Block],
    train_odd: bool,
    l2: f64,
    balanced: bool,
    floor: f64,
) -> f64 {
    let inner = |b: &Block| topic_number(&b.topics[0]) / 2 % 2 == 1;
    let mut counts = vec![(Counts::default(), Counts::default()); THRESHOLDS.len()];
    for fit_side in [true, false] {
        let train: Vec<&Block> = per_topic
            .iter()
            .chain(quarters)
            .chain(small)
            .filter(|b| b.odd == train_odd && inner(b) == fit_side)
            .collect();
        let model = fit_weighted(&train, l2, balanced);
        let test: Vec<&Block> =
            per_topic.iter().filter(|b| b.odd == train_odd && inner(b) != fit_side).collect();
        let test_all: Vec<&Block> =
            quarters.iter().filter(|b| b.odd == train_odd && inner(b) != fit_side).collect();
        for (k, &t) in THRESHOLDS.iter().enumerate() {
            let m = Model { threshold: t, ..model };
            counts[k].0 = counts[k].0.add(score_topics(&m, &test).0);
            for b in &test_all {
                counts[k].1 = counts[k].1.add(score(&m, b));
            }
        }
    }
    pick(
        |t| {
            let k = THRESHOLDS.iter().position(|&x| x == t).unwrap();
            let (one, all) = (counts[k].0.prf(), counts[k].1.prf());
            ((one.2 + all.2) / 2.0, one.0.min(all.0))
        },
        floor,
    )
}

/// Logistic regression by Newton's method on every pair of `blocks`.
fn fit(blocks: &[&Block], l2: f64) -> Model {
    fit_weighted(blocks, l2, false)
}

/// [`fit`], with the two classes weighted to equal total weight when
/// `balanced`.
fn fit_weighted(blocks: &[&Block], l2: f64, balanced: bool) -> Model {
    const D: usize = FEATURES + 1;
    let mut rows: Vec<([f64; D], f64)> = Vec::new();
    for b in blocks {
        // The model only scores pairs the separation rule lets through.
        for (&(i, j), x) in b.pairs.features.iter().filter(|(k, _)| !b.pairs.separated.contains(k))
        {
            let mut r = [1.0; D];
            r[1..].copy_from_slice(x);
            let dropped = DROPPED.load(std::sync::atomic::Ordering::Relaxed);
            for k in 0..FEATURES {
                if dropped >> k & 1 == 1 {
                    r[1 + k] = 0.0;
                }
            }
            rows.push((r, (b.clusters[i] == b.clusters[j]) as u8 as f64));
        }
    }
    let positives = rows.iter().filter(|r| r.1 > 0.5).count() as f64;
    let negatives = rows.len() as f64 - positives;
    let weight = |y: f64| {
        if !balanced {
            1.0
        } else if y > 0.5 {
            rows.len() as f64 / (2.0 * positives)
        } else {
            rows.len() as f64 / (2.0 * negatives)
        }
    };
    let mut w = [0.0; D];
    for _ in 0..50 {
        let mut g = [0.0; D];
        let mut h = [[0.0; D]; D];
        for (x, y) in &rows {
            let z: f64 = w.iter().zip(x).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let v = weight(*y);
            for a in 0..D {
                g[a] += v * (p - y) * x[a];
                for c in 0..D {
                    h[a][c] += v * p * (1.0 - p) * x[a] * x[c];
                }
            }
        }
        for a in 1..D {
            g[a] += l2 * w[a] * rows.len() as f64 / 1000.0;
            h[a][a] += l2 * rows.len() as f64 / 1000.0;
        }
        h[0][0] += 1e-9;
        let step = solve(h, g);
        let mut change = 0.0f64;
        for a in 0..D {
            w[a] -= step[a];
            change = change.max(step[a].abs());
        }
        if change < 1e-7 {
            break;
        }
    }
    let mut weights = [0.0; FEATURES];
    weights.copy_from_slice(&w[1..]);
    Model { bias: w[0], weights, threshold: 0.5, lone: 1.0 }
}

/// Solves h · x = g by Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut h: [[f64; D]; D], mut g: [f64; D]) -> [f64; D] {
    for c in 0..D {
        let p = (c..D).max_by(|&a, &b| h[a][c].abs().total_cmp(&h[b][c].abs())).unwrap();
        h.swap(c, p);
        g.swap(c, p);
        if h[c][c].abs() < 1e-12 {
            continue;
        }
        for r in c + 1..D {
            let f = h[r][c] / h[c][c];
            for k in c..D {
                h[r][k] -= f * h[c][k];
            }
            g[r] -= f * g[c];
        }
    }
    let mut x = [0.0; D];
    for c in (0..D).rev() {
        let s: f64 = (c + 1..D).map(|k| h[c][k] * x[k]).sum();
        x[c] = if h[c][c].abs() < 1e-12 { 0.0 } else { (g[c] - s) / h[c][c] };
    }
    x
}

fn day_number(iso: &str) -> Option<i64> {
    let y: i64 = iso.get(0..4)?.parse().ok()?;
    let m: i64 = iso.get(5..7)?.parse().ok()?;
    let d: i64 = iso.get(8..10)?.parse().ok()?;
    (iso.len() == 10).then_some(y * 372 + m * 31 + d)
}

/// How often publication dates and lead dates are there, and how they
/// differ within and across gold events of one topic.
fn dates_report(meta: &[corpora::EcbArticle], articles: &[Article]) {
    let published: Vec<Option<i64>> =
        articles.iter().map(|a| a.published.as_ref().and_then(|p| day_number(&p.iso))).collect();
    let lead_days: Vec<Vec<i64>> = articles
        .iter()
        .map(|a| {
            a.dates
                .iter()
                .filter(|d| d.sentence.is_some_and(|s| s < 3))
                .filter_map(|d| day_number(d.resolved.as_deref()?))
                .collect()
        })
        .collect();
    println!(
        "articles {} with publication date {} with a resolved lead day {}",
        articles.len(),
        published.iter().filter(|p| p.is_some()).count(),
        lead_days.iter().filter(|d| !d.is_empty()).count()
    );
    let mut hist: BTreeMap<(bool, i64), usize> = BTreeMap::new();
    let mut lead: BTreeMap<(bool, i64), usize> = BTreeMap::new();
    let mut far: BTreeMap<String, usize> = BTreeMap::new();
    let mut far_lead: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..meta.len() {
        for j in i + 1..meta.len() {
            if meta[i].topic != meta[j].topic {
                continue;
            }
            let same = meta[i].cluster == meta[j].cluster;
            if let (Some(x), Some(y)) = (published[i], published[j]) {
                let d = (x - y).abs();
                *hist.entry((same, d.min(40))).or_default() += 1;
                if same && d > 7 {
                    *far.entry(meta[i].cluster.clone()).or_default() += 1;
                }
            }
            if !lead_days[i].is_empty() && !lead_days[j].is_empty() {
                let d = lead_days[i]
                    .iter()
                    .flat_map(|x| lead_days[j].iter().map(move |y| (x - y).abs()))
                    .min()
                    .unwrap_or(0);
                *lead.entry((same, d.min(40))).or_default() += 1;
                if same && d > 1 {
                    *far_lead.entry(meta[i].cluster.clone()).or_default() += 1;
                }
            }
        }
    }
    println!("publication days apart (same event?, days capped at 40): pairs {hist:?}");
    println!("closest lead days apart: pairs {lead:?}");
    println!("same-event pairs published > 7 days apart by cluster {far:?}");
    println!("same-event pairs with lead days > 1 day apart by cluster {far_lead:?}");
    let mut by_cluster: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        if let Some(p) = &a.published {
            by_cluster.entry(&meta[i].cluster).or_default().push(p.iso.clone());
        }
    }
    for (c, mut d) in by_cluster {
        d.sort();
        println!("  {c}: {}", d.join(" "));
    }
    for (i, a) in
        articles.iter().enumerate().filter(|(i, _)| std::env::args().any(|a| a == meta[*i].cluster))
    {
        let ds: Vec<String> = a
            .dates
            .iter()
            .filter(|d| d.sentence.is_some_and(|s| s < 3))
            .map(|d| format!("{}={:?}", d.text, d.resolved))
            .collect();
        println!(
            "  {} pub {:?} lead {}",
            meta[i].file,
            a.published.as_ref().map(|p| &p.iso),
            ds.join("; ")
        );
    }
}
