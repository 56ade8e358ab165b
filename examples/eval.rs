//! The accuracy dashboard: every accuracy figure on real data in one run,
//! deterministic (only the timing lines vary), in a stable plain-text layout.
//! `./x eval` builds it in release and runs it.
//!
//! ```text
//! cargo run --release --example eval                      # every section, then the summary
//! cargo run --release --example eval -- --json            # the same figures as one JSON object
//! cargo run --release --example eval -- --topics odd      # ECB+ on the odd-numbered topics only
//! cargo run --release --example eval -- --only ecb,seeds  # some sections (ecb conflicts fictional triplets seeds fixtures quotes mrpc polnear html)
//! cargo run --release --example eval -- --errors polnear  # list what is wrong (ecb conflicts polnear fixtures quotes html)
//! ```
//!
//! Sections live in `bench/real/`, one module each; the figures and how they
//! are counted are in each module's documentation and in the README's
//! "Accuracy on real data". Without `../shared` (or `PARALLAX_SHARED`) only
//! our own fixtures are measured, with a notice; under `CI=true` that fails.

#[path = "../bench/real/conflicts.rs"]
mod conflicts;
#[path = "../bench/real/corpora.rs"]
mod corpora;
#[allow(dead_code)]
#[path = "../bench/compare/corpus.rs"]
mod corpus;
#[path = "../bench/real/ecb.rs"]
mod ecb;
#[path = "../bench/real/fictional.rs"]
mod fictional;
#[path = "../bench/real/fixtures.rs"]
mod fixtures;
#[path = "../bench/real/html.rs"]
mod html;
#[path = "../bench/real/metrics.rs"]
mod metrics;
#[path = "../bench/real/mrpc.rs"]
mod mrpc;
#[path = "../bench/compare/mrpc_eval.rs"]
mod mrpc_eval;
#[path = "../bench/real/polnear.rs"]
mod polnear;
#[path = "../bench/real/quotes.rs"]
mod quotes;
#[path = "../bench/real/report.rs"]
mod report;
#[path = "../bench/real/seeds.rs"]
mod seeds;
#[path = "../bench/real/speakers.rs"]
mod speakers;
#[path = "../bench/real/triplets.rs"]
mod triplets;

use report::Section;
use std::path::Path;

const SECTIONS: &[&str] = &[
    "ecb",
    "conflicts",
    "fictional",
    "triplets",
    "seeds",
    "fixtures",
    "quotes",
    "mrpc",
    "polnear",
    "html",
];

struct Args {
    json: bool,
    topics: Option<ecb::Topics>,
    only: Vec<String>,
    errors: Option<String>,
}

fn usage(problem: &str) -> ! {
    eprintln!("{problem}");
    eprintln!(
        "usage: eval [--json] [--topics odd|even|all] [--only SECTION,...] [--errors ecb|conflicts|polnear|polnear-train|fixtures|quotes|html]\n       sections: {}",
        SECTIONS.join(" ")
    );
    std::process::exit(2)
}

fn args() -> Args {
    let mut out = Args { json: false, topics: None, only: Vec::new(), errors: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| usage(&format!("{a} needs a value")));
        match a.as_str() {
            "--json" => out.json = true,
            "--topics" => {
                let v = value();
                out.topics = Some(
                    ecb::Topics::parse(&v).unwrap_or_else(|| usage(&format!("--topics {v}?"))),
                );
            }
            "--only" => out.only = value().split(',').map(str::to_string).collect(),
            "--errors" => out.errors = Some(value()),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    for s in out.only.iter().chain(&out.errors) {
        if !SECTIONS.contains(&s.as_str()) && s != "polnear-train" {
            usage(&format!("no section {s}"));
        }
    }
    out
}

/// `../shared`, or `None` with a notice; under `CI=true` its absence fails.
fn shared() -> Option<std::path::PathBuf> {
    let dir = corpora::shared_dir();
    if dir.is_none() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            eprintln!(
                "CI=true but ../shared is missing: clone the shared data beside the project."
            );
            std::process::exit(1);
        }
        eprintln!(
            "NOTICE: ../shared not found (set PARALLAX_SHARED): only our own fixtures are measured"
        );
    }
    dir
}

/// The ECB+ section, with its rows: the chosen topic set, or all three.
fn ecb_section(shared: &Path, topics: Option<ecb::Topics>) -> Option<Section> {
    let corpus = ecb::load(shared)?;
    let sets = match topics {
        Some(t) => vec![t],
        None => vec![ecb::Topics::All, ecb::Topics::Odd, ecb::Topics::Even],
    };
    let per = ecb::per_topic(&corpus, sets[0]);
    let rows: Vec<ecb::Row> = sets.iter().map(|&t| ecb::row(&corpus, &per, t).0).collect();
    Some(ecb::section(&corpus, &rows, per.seconds))
}

fn errors(which: &str, shared: Option<&Path>, topics: Option<ecb::Topics>) -> Vec<String> {
    let root = fixtures::root();
    match (which, shared) {
        ("fixtures", _) => fixtures::errors(&root),
        ("quotes", _) => quotes::errors(&root, shared.and_then(ecb::load).as_ref()),
        ("html", Some(shared)) => {
            let mut out = html::run(shared).map(|p| html::errors(&p)).unwrap_or_default();
            out.extend(
                html::ecb_outlets(shared).map(|r| html::outlet_errors(&r)).unwrap_or_default(),
            );
            out
        }
        ("polnear", Some(shared)) => {
            polnear::run(shared, "dev").map(|d| polnear::errors(&d)).unwrap_or_default()
        }
        // The fit set's mistakes, for fitting rules on train only.
        ("polnear-train", Some(shared)) => {
            polnear::run(shared, "train").map(|d| polnear::errors(&d)).unwrap_or_default()
        }
        ("conflicts", Some(shared)) => {
            ecb::load(shared).map(|c| conflicts::errors(&c, &root)).unwrap_or_default()
        }
        ("ecb", Some(shared)) => {
            let Some(corpus) = ecb::load(shared) else { return Vec::new() };
            let topics = topics.unwrap_or(ecb::Topics::All);
            let per = ecb::per_topic(&corpus, topics);
            let each: Vec<(&[usize], &ecb::Grouping)> =
                per.topics.values().map(|(idx, g)| (idx.as_slice(), g)).collect();
            let mut out = ecb::errors(&corpus, "one topic at a time", &each);
            let once = ecb::at_once(&corpus, topics);
            out.extend(ecb::errors(&corpus, "all at once", &[(&once.indices, &once.grouping)]));
            out
        }
        _ => vec![format!("{which}: needs ../shared")],
    }
}

fn main() {
    let args = args();
    let shared = shared();
    let shared = shared.as_deref();
    if let Some(which) = &args.errors {
        for line in errors(which, shared, args.topics) {
            println!("{line}");
        }
        return;
    }
    let wanted = |s: &str| args.only.is_empty() || args.only.iter().any(|o| o == s);
    let mut sections: Vec<Section> = Vec::new();
    let mut run = |name: &str, make: &mut dyn FnMut() -> Option<Section>| {
        if wanted(name) {
            let started = std::time::Instant::now();
            if let Some(s) = make() {
                sections.push(s);
                eprintln!("{name}: {:.1} s", started.elapsed().as_secs_f64());
            }
        }
    };
    run("ecb", &mut || shared.and_then(|s| ecb_section(s, args.topics)));
    run("conflicts", &mut || {
        shared.and_then(ecb::load).map(|c| conflicts::section(&c, &fixtures::root()))
    });
    run("fictional", &mut || Some(fictional::section(&fixtures::root())));
    run("triplets", &mut || Some(triplets::section(&fixtures::root())));
    run("seeds", &mut || shared.map(seeds::section));
    run("fixtures", &mut || Some(fixtures::section(&fixtures::root())));
    run("quotes", &mut || {
        Some(quotes::section(&fixtures::root(), shared.and_then(ecb::load).as_ref()))
    });
    run("mrpc", &mut || shared.and_then(mrpc::section));
    run("polnear", &mut || {
        let dev = polnear::run(shared?, "dev")?;
        Some(polnear::section(&dev, polnear::run(shared?, "train").as_ref()))
    });
    run("html", &mut || shared.and_then(html::section));
    let targets: Vec<report::Target> = sections.iter().flat_map(|s| s.targets.clone()).collect();
    if args.json {
        let mut map = serde_json::Map::new();
        for s in &sections {
            map.insert(s.key.to_string(), s.json.clone());
        }
        map.insert("summary".into(), targets.iter().map(report::Target::json).collect());
        println!("{}", serde_json::to_string_pretty(&serde_json::Value::Object(map)).unwrap());
        return;
    }
    for s in &sections {
        println!("== {}", s.title);
        for line in &s.lines {
            println!("{line}");
        }
        println!();
    }
    println!("== Summary: targets from issues 14 and 18");
    for line in report::summary_lines(&targets) {
        println!("{line}");
    }
}
