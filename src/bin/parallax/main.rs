//! The `parallax` command line: the library's parse, compare and feed
//! clustering over files, directories, standard input and JSON Lines.
//! `parallax --help` lists the commands and options (see [`USAGE`]).
//!
//! Exit codes: 0 when every input was read; 1 when the run finished but
//! some inputs were skipped (each named on standard error); 2 when nothing
//! useful could be done (bad arguments, no article read, output failed).

mod cluster;
mod input;
mod progress;
mod summary;

use input::{Inputs, Item};
use parallax::export;
use parallax::model::{Article, CompareOptions};
use progress::Progress;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: parallax parse   [--format text|json|jsonl] [options] INPUT...
       parallax compare [--format text|json|jsonl|md|csv] [--min-score X] [options] INPUT...
       parallax cluster [--window-days N] [--block N] [--tmp DIR] [options] INPUT...

INPUT is a file, a directory (its .txt, .html, .htm, .jsonl and .ndjson
files, recursively, in name order) or - for standard input. .jsonl and
.ndjson files, and standard input starting with '{', are JSON Lines: one
article a line, {\"id\": ..., \"text\" | \"html\": ..., \"url\"?: ..., \"published\"?: \"YYYY-MM-DD\"}.

parse     one article per input; text prints a summary, jsonl one Article a line
compare   compares all the articles (at most 2,000); md and csv are the page's
          Markdown report and CSV of conflicting figures
cluster   groups a feed of any length into events and threads, one JSON line
          each: {\"kind\": \"event\"|\"thread\", \"label\": ..., \"articles\": [ids]}

options:
  --format F        output format (see above)
  --lines           read every file as JSON Lines, whatever its name
  --jobs N          parse on N threads (default: the machine's cores)
  --quiet           no progress on standard error
  --min-score X     compare: lowest sentence alignment score (0..1, default 0.35)
  --window-days N   cluster: days two reports of one event may lie apart (default 2)
  --block N         cluster: articles grouped together at most, about (default 1000)
  --tmp DIR         cluster: where the feed waits on disk (default: the system's)

exit status: 0 all read, 1 some inputs skipped (named on standard error), 2 failed";

/// What the command line asked for.
pub struct Args {
    pub command: String,
    pub format: Format,
    pub inputs: Vec<String>,
    pub lines: bool,
    pub jobs: usize,
    pub quiet: bool,
    pub compare: CompareOptions,
    pub cluster: parallax::cluster::Settings,
    pub tmp: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Md,
    Csv,
}

/// How a run ended.
pub enum Outcome {
    /// Done; this many inputs were skipped.
    Done { skipped: u64 },
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("parallax: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match args.command.as_str() {
        "parse" => run_parse(&args),
        "compare" => run_compare(&args),
        "cluster" => cluster::run(&args),
        _ => unreachable!("checked in parse_args"),
    };
    match result {
        Ok(Outcome::Done { skipped: 0 }) => ExitCode::SUCCESS,
        Ok(Outcome::Done { skipped }) => {
            eprintln!("parallax: {skipped} input(s) skipped; see the messages above");
            ExitCode::from(1)
        }
        Err(message) if message.is_empty() => ExitCode::from(2),
        Err(message) => {
            eprintln!("parallax: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut args = Args {
        command: String::new(),
        format: Format::Text,
        inputs: Vec::new(),
        lines: false,
        jobs: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        quiet: false,
        compare: CompareOptions::default(),
        cluster: parallax::cluster::Settings::default(),
        tmp: None,
    };
    let mut format = None;
    let number = |v: std::ffi::OsString, what: &str| -> Result<f64, String> {
        let v = v.to_string_lossy().into_owned();
        v.parse::<f64>().map_err(|_| format!("{what}: {v:?} is not a number"))
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Long("format") => {
                let v = parser.value().map_err(|e| e.to_string())?.to_string_lossy().into_owned();
                format = Some(match v.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "md" | "markdown" => Format::Md,
                    "csv" => Format::Csv,
                    _ => {
                        return Err(format!(
                            "--format: {v:?} is not one of text, json, jsonl, md, csv"
                        ))
                    }
                });
            }
            Long("json") => format = Some(Format::Json),
            Long("lines") => args.lines = true,
            Long("quiet") | Short('q') => args.quiet = true,
            Long("jobs") | Short('j') => {
                let n = number(parser.value().map_err(|e| e.to_string())?, "--jobs")?;
                args.jobs = (n as usize).max(1);
            }
            Long("min-score") => {
                let x = number(parser.value().map_err(|e| e.to_string())?, "--min-score")?;
                if !(0.0..=1.0).contains(&x) {
                    return Err(format!("--min-score must be between 0 and 1, not {x}"));
                }
                args.compare.min_alignment_score = x;
            }
            Long("window-days") => {
                let n = number(parser.value().map_err(|e| e.to_string())?, "--window-days")?;
                args.cluster.window_days = n.max(0.0) as i64;
            }
            Long("block") => {
                let n = number(parser.value().map_err(|e| e.to_string())?, "--block")?;
                let max = parallax::MAX_ARTICLES / 2;
                if !(1.0..=max as f64).contains(&n) {
                    return Err(format!("--block must be between 1 and {max}, not {n}"));
                }
                args.cluster.max_block = n as usize;
            }
            Long("tmp") => args.tmp = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Value(v) if args.command.is_empty() => {
                let v = v.to_string_lossy().into_owned();
                if !["parse", "compare", "cluster"].contains(&v.as_str()) {
                    return Err(format!("unknown command {v:?}"));
                }
                args.command = v;
            }
            Value(v) => args.inputs.push(v.to_string_lossy().into_owned()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if args.command.is_empty() {
        return Err("no command given".into());
    }
    if args.inputs.is_empty() {
        return Err("no input given (a file, a directory, or - for standard input)".into());
    }
    args.format = match (args.command.as_str(), format) {
        ("parse", Some(f @ (Format::Md | Format::Csv)))
        | ("cluster", Some(f @ (Format::Md | Format::Csv | Format::Text | Format::Json))) => {
            return Err(
                format!("--format {f:?} is not available for {}", args.command).to_lowercase()
            )
        }
        ("cluster", _) => Format::Jsonl,
        (_, Some(f)) => f,
        (_, None) => Format::Text,
    };
    Ok(Some(args))
}

/// Reports an input that could not be read and keeps it for the report.
pub fn skip(progress: &mut Progress, failed: &mut Vec<export::Failed>, message: String) {
    progress.say(&format!("{message} (skipped)"));
    progress.tick(0, 1);
    let (name, error) = message.split_once(": ").unwrap_or(("input", &message));
    failed.push(export::Failed { name: name.to_string(), error: error.to_string() });
}

/// Reads and parses every input in order, `jobs` at a time, handing each
/// parsed article to `each`; what fails is reported, skipped and returned.
pub fn parse_all(
    args: &Args,
    progress: &mut Progress,
    mut each: impl FnMut(&Item, Article) -> Result<(), String>,
) -> Result<Vec<export::Failed>, String> {
    let mut failed = Vec::new();
    let mut inputs = Inputs::new(&args.inputs, args.lines);
    loop {
        let mut batch = Vec::new();
        for item in inputs.by_ref() {
            match item {
                Ok(item) => batch.push(item),
                Err(message) => skip(progress, &mut failed, message),
            }
            if batch.len() >= 16 * args.jobs {
                break;
            }
        }
        if batch.is_empty() {
            return Ok(failed);
        }
        for (item, parsed) in batch.iter().zip(parse_parallel(&batch, args.jobs)) {
            match parsed {
                Ok(article) => {
                    each(item, article)?;
                    progress.tick(1, 0);
                }
                Err(message) => skip(progress, &mut failed, message),
            }
        }
    }
}

/// Parses items on `jobs` threads; results in the items' order.
pub fn parse_parallel(items: &[Item], jobs: usize) -> Vec<Result<Article, String>> {
    let chunk = items.len().div_ceil(jobs.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(Item::parse).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("parse thread")).collect()
    })
}

/// Standard output, buffered. A closed pipe (`| head`) ends the run quietly.
pub fn stdout() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

pub fn write_error(e: std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        String::new()
    } else {
        format!("cannot write the output: {e}")
    }
}

fn run_parse(args: &Args) -> Result<Outcome, String> {
    let mut out = stdout();
    let mut progress = Progress::new("articles", None, args.quiet);
    let mut first = true;
    if args.format == Format::Json {
        out.write_all(b"[").map_err(write_error)?;
    }
    let failed = parse_all(args, &mut progress, |item, article| {
        let written = match args.format {
            Format::Text => summary::parse(&mut out, &item.id, &article),
            Format::Jsonl => serde_json::to_writer(&mut out, &article)
                .map_err(std::io::Error::from)
                .and_then(|_| out.write_all(b"\n")),
            _ => {
                let sep = if first { "\n" } else { ",\n" };
                out.write_all(sep.as_bytes()).and_then(|_| {
                    serde_json::to_writer_pretty(&mut out, &article).map_err(Into::into)
                })
            }
        };
        first = false;
        written.map_err(write_error)
    })?;
    if args.format == Format::Json {
        out.write_all(if first { b"]\n" } else { b"\n]\n" }).map_err(write_error)?;
    }
    out.flush().map_err(write_error)?;
    progress.finish();
    Ok(Outcome::Done { skipped: failed.len() as u64 })
}

fn run_compare(args: &Args) -> Result<Outcome, String> {
    let mut progress = Progress::new("articles read", None, args.quiet);
    let mut items: Vec<(String, Article)> = Vec::new();
    let failed = parse_all(args, &mut progress, |item, article| {
        if items.len() >= parallax::MAX_ARTICLES {
            return Err(format!(
                "{}: compare takes at most {} articles; parallax cluster takes a feed of any length",
                item.origin,
                parallax::MAX_ARTICLES
            ));
        }
        items.push((item.id.clone(), article));
        Ok(())
    })?;
    progress.finish();
    if items.is_empty() {
        return Err("no article could be read".into());
    }
    let articles: Vec<Article> = items.iter().map(|(_, a)| a.clone()).collect();
    let started = std::time::Instant::now();
    let comparison = parallax::compare(&articles, &args.compare).map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    let names: Vec<String> = items.iter().map(|(n, _)| n.clone()).collect();
    let export_items: Vec<export::Item> =
        items.iter().map(|(n, a)| export::Item { name: n, article: a }).collect();
    // The page reports a comparison only from two articles on.
    let shown = (items.len() >= 2).then_some(&comparison);
    let mut out = stdout();
    let written = match args.format {
        Format::Text => summary::compare(&mut out, &names, &comparison, elapsed),
        Format::Json => serde_json::to_writer(&mut out, &comparison)
            .map_err(Into::into)
            .and_then(|_| out.write_all(b"\n")),
        Format::Jsonl => findings_lines(&mut out, &names, &comparison),
        Format::Md => out
            .write_all(export::markdown_report(&export_items, shown, &failed, &today()).as_bytes()),
        Format::Csv => out.write_all(export::discrepancies_csv(&export_items, shown).as_bytes()),
    };
    written.and_then(|_| out.flush()).map_err(write_error)?;
    Ok(Outcome::Done { skipped: failed.len() as u64 })
}

/// Today's date (UTC), as the page's report names it.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    parallax::internals::iso_day((secs / 86_400) as i64)
}

/// A comparison as JSON Lines, one finding a line with its `kind`: the
/// articles first (`"article"`, in input order: other lines' `article`
/// fields index them), then events and threads as `parallax cluster` writes
/// them (article ids), then every other finding as in the JSON output.
fn findings_lines(
    out: &mut impl Write,
    ids: &[String],
    c: &parallax::model::Comparison,
) -> std::io::Result<()> {
    let value = serde_json::to_value(c)?;
    let line = |out: &mut dyn Write, kind: &str, v: serde_json::Value| -> std::io::Result<()> {
        let mut obj = serde_json::Map::new();
        obj.insert("kind".into(), kind.into());
        match v {
            serde_json::Value::Object(m) => obj.extend(m),
            other => drop(obj.insert("value".into(), other)),
        }
        serde_json::to_writer(&mut *out, &obj)?;
        out.write_all(b"\n")
    };
    for a in value["articles"].as_array().into_iter().flatten() {
        line(out, "article", a.clone())?;
    }
    for (kind, groups) in [("event", &c.events), ("thread", &c.threads)] {
        for g in groups {
            let articles = g.articles.iter().map(|&i| ids[i].as_str()).collect();
            cluster::GroupLine { kind, label: &g.label, articles }.write(out)?;
        }
    }
    let kinds = [
        ("alignments", "alignment"),
        ("sharedQuotes", "sharedQuote"),
        ("discrepancies", "discrepancy"),
        ("agreements", "agreement"),
        ("coverage", "coverage"),
        ("sources", "sources"),
        ("wording", "wording"),
        ("variants", "variant"),
    ];
    for (field, kind) in kinds {
        for v in value[field].as_array().into_iter().flatten() {
            line(out, kind, v.clone())?;
        }
    }
    for (i, row) in c.similarity.iter().enumerate() {
        line(out, "similarity", serde_json::json!({ "article": i, "row": row }))?;
    }
    Ok(())
}
