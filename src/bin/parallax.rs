//! The `parallax` command line: the library's parse and compare over files,
//! for batch use and benchmarks.
//!
//! ```text
//! parallax parse [--json] FILE...
//! parallax compare [--json] [--min-score X] FILE...
//! ```
//! Without `--json` a readable summary is printed.

use parallax::model::{Article, CompareOptions, ParseOptions};
use std::process::ExitCode;

const USAGE: &str = "usage: parallax parse [--json] FILE...\n       parallax compare [--json] [--min-score X] FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parallax: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(command) = args.first() else { return Err(USAGE.to_string()) };
    let mut json = false;
    let mut options = CompareOptions::default();
    let mut files = Vec::new();
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--json" => json = true,
            "--min-score" => {
                let v = rest.next().ok_or("--min-score needs a value between 0 and 1")?;
                options.min_alignment_score =
                    v.parse().map_err(|_| format!("--min-score: {v:?} is not a number"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other}\n{USAGE}"))
            }
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() {
        return Err(format!("no files given\n{USAGE}"));
    }
    let articles = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| format!("cannot read {f}: {e}"))?;
            let options = ParseOptions { file_name: Some(f.clone()), ..Default::default() };
            parallax::parse_bytes(&bytes, &options).map_err(|e| format!("{f}: {e}"))
        })
        .collect::<Result<Vec<Article>, String>>()?;
    match command.as_str() {
        "parse" => {
            if json {
                println!("{}", serde_json::to_string_pretty(&articles).map_err(|e| e.to_string())?);
            } else {
                for (f, a) in files.iter().zip(&articles) {
                    println!(
                        "{f}: {:?}",
                        a.title.as_ref().map(|t| t.text.as_str()).unwrap_or("(no title)")
                    );
                    println!(
                        "  {} paragraphs, {} sentences, {} words",
                        a.paragraphs.len(),
                        a.sentences.len(),
                        a.word_count
                    );
                }
            }
        }
        "compare" => {
            let started = std::time::Instant::now();
            let c = parallax::compare(&articles, &options).map_err(|e| e.to_string())?;
            let elapsed = started.elapsed();
            if json {
                println!("{}", serde_json::to_string(&c).map_err(|e| e.to_string())?);
            } else {
                let name = |i: usize| files[i].rsplit('/').next().unwrap_or(&files[i]).to_string();
                println!(
                    "{} articles compared in {:.1} ms",
                    articles.len(),
                    elapsed.as_secs_f64() * 1000.0
                );
                for e in &c.events {
                    println!(
                        "event: {} [{}]",
                        e.articles.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", "),
                        e.label
                    );
                }
                for t in &c.threads {
                    println!(
                        "thread: {} [{}]",
                        t.articles.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", "),
                        t.label
                    );
                }
                println!("{} aligned sentence pairs", c.alignments.len());
                for q in &c.shared_quotes {
                    let who: Vec<String> = q
                        .occurrences
                        .iter()
                        .map(|o| {
                            format!("{} ({})", name(o.article), o.speaker.as_deref().unwrap_or("?"))
                        })
                        .collect();
                    println!("shared quote: {:?} in {}", q.text, who.join(", "));
                }
                for d in &c.discrepancies {
                    let v: Vec<String> = d
                        .values
                        .iter()
                        .map(|v| format!("{}: {:?}", name(v.article), v.text))
                        .collect();
                    println!("discrepancy, {}: {}", d.quantity, v.join("; "));
                }
                for a in &c.agreements {
                    let v: Vec<String> = a
                        .values
                        .iter()
                        .map(|v| format!("{}: {:?}", name(v.article), v.text))
                        .collect();
                    println!("agreement, {}: {}", a.quantity, v.join("; "));
                }
                for s in &c.sources {
                    let list: Vec<String> = s
                        .sources
                        .iter()
                        .take(6)
                        .map(|x| {
                            format!("{} ({:?}, {}q/{}c)", x.name, x.kind, x.quotes, x.citations)
                        })
                        .collect();
                    println!("sources of {}: {}", name(s.article), list.join(", "));
                }
                for w in &c.wording {
                    let list: Vec<String> =
                        w.terms.iter().take(8).map(|t| format!("{} {:.1}", t.term, t.z)).collect();
                    println!("wording of {}: {}", name(w.article), list.join(", "));
                }
                for v in &c.variants {
                    println!(
                        "variant: {}",
                        v.forms
                            .iter()
                            .map(|f| format!("{} {:?}", f.form, f.articles))
                            .collect::<Vec<_>>()
                            .join(" / ")
                    );
                }
            }
        }
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    }
    Ok(())
}
