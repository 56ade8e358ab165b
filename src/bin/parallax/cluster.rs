//! `parallax cluster`: a feed of any length into events and threads, with
//! memory bounded by the time window, not by the feed.
//!
//! 1. **Spill.** Each input item is written, unparsed, to a file on disk for
//!    its window (its feed day, or its chunk of undated arrivals), so the
//!    feed may come in any order.
//! 2. **Block.** Windows are read back in order (days ascending, then the
//!    undated chunks); each article is parsed for its terms and handed to
//!    [`parallax::cluster::Blocker`], which returns a block as soon as no
//!    later day can change it. Only the open window's terms and the
//!    position of each waiting article on disk are held.
//! 3. **Group.** Each block's articles are read back, parsed again and
//!    grouped by [`parallax::group_events`], the grouping `compare`
//!    runs; one JSON line per event and per thread.
//!
//! Parsing twice costs less than keeping parsed articles: an article's parse
//! is several times the size of its text.

use crate::input::{Inputs, Item};
use crate::progress::Progress;
use crate::{export, parse_parallel, skip, stdout, write_error, Args, Outcome};
use parallax::cluster::{block_terms, Blocker, Member, Window};
use parallax::model::Article;
use std::collections::{BTreeSet, HashMap};
use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Spill files kept open at once; others are closed and reopened to append.
const OPEN_SPILLS: usize = 64;

/// One line of output: an event or a thread, its label and its articles' ids.
#[derive(serde::Serialize)]
pub struct GroupLine<'a> {
    pub kind: &'a str,
    pub label: &'a str,
    pub articles: Vec<&'a str>,
}

impl GroupLine<'_> {
    pub fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, self)?;
        out.write_all(b"\n")
    }
}

/// Where a spilled item lies.
#[derive(Clone)]
struct Spot {
    file: PathBuf,
    offset: u64,
}

/// The folder the feed waits in, removed when done (also on error).
struct SpillDir(PathBuf);

impl Drop for SpillDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn run(args: &Args) -> Result<Outcome, String> {
    let base = args.tmp.clone().unwrap_or_else(std::env::temp_dir);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let dir = SpillDir(base.join(format!("parallax-cluster-{}-{nanos}", std::process::id())));
    std::fs::create_dir_all(&dir.0)
        .map_err(|e| format!("cannot make the spill folder {}: {e}", dir.0.display()))?;
    let mut failed = Vec::new();
    let mut progress = Progress::new("articles read", None, args.quiet);
    let windows = spill(args, &dir.0, &mut progress, &mut failed)?;
    progress.finish();
    let mut progress = Progress::new("articles grouped", None, args.quiet);
    let mut out = stdout();
    let mut blocker = Blocker::new(args.cluster.clone());
    let mut waiting: HashMap<u64, Spot> = HashMap::new();
    for window in windows {
        let file = dir.0.join(file_name(window));
        let members = read_window(&file, args, &mut waiting, &mut progress, &mut failed)?;
        let blocks = match window {
            Window::Day(d) => blocker.day(d, members),
            Window::Undated(_) => blocker.undated(members),
        };
        group(blocks, &mut waiting, args, &mut out, &mut progress)?;
    }
    group(blocker.finish(), &mut waiting, args, &mut out, &mut progress)?;
    out.flush().map_err(write_error)?;
    progress.finish();
    Ok(Outcome::Done { skipped: failed.len() as u64 })
}

fn file_name(w: Window) -> String {
    match w {
        Window::Day(d) => format!("day{d}.spill"),
        Window::Undated(c) => format!("undated{c}.spill"),
    }
}

/// Writes every item to its window's file; returns the windows in order.
fn spill(
    args: &Args,
    dir: &Path,
    progress: &mut Progress,
    failed: &mut Vec<export::Failed>,
) -> Result<BTreeSet<Window>, String> {
    let mut windows = BTreeSet::new();
    let mut open: HashMap<Window, BufWriter<File>> = HashMap::new();
    let spill_error =
        |e: std::io::Error| format!("cannot write the spill folder {}: {e}", dir.display());
    for item in Inputs::new(&args.inputs, args.lines) {
        let item = match item {
            Ok(item) => item,
            Err(message) => {
                skip(progress, failed, message);
                continue;
            }
        };
        let day = match item.published.as_deref() {
            None => None,
            Some(p) => match parallax::cluster::day_number(p) {
                Some(d) => Some(d),
                None => {
                    let message =
                        format!("{}: \"published\" is not a date YYYY-MM-DD: {p:?}", item.origin);
                    skip(progress, failed, message);
                    continue;
                }
            },
        };
        let window = Window::of(day, item.seq, &args.cluster);
        windows.insert(window);
        if !open.contains_key(&window) {
            if open.len() >= OPEN_SPILLS {
                for (_, mut w) in open.drain() {
                    w.flush().map_err(spill_error)?;
                }
            }
            let f = OpenOptions::new()
                .create(true)
                .append(true)
                .open(dir.join(file_name(window)))
                .map_err(spill_error)?;
            open.insert(window, BufWriter::new(f));
        }
        write_item(open.get_mut(&window).expect("opened"), &item).map_err(spill_error)?;
        progress.tick(1, 0);
    }
    for (_, mut w) in open {
        w.flush().map_err(spill_error)?;
    }
    Ok(windows)
}

/// An item on disk: the length of its header (JSON) and body, then both.
fn write_item(w: &mut impl Write, item: &Item) -> std::io::Result<()> {
    let header = serde_json::to_vec(item)?;
    w.write_all(&(header.len() as u64).to_le_bytes())?;
    w.write_all(&(item.body.len() as u64).to_le_bytes())?;
    w.write_all(&header)?;
    w.write_all(&item.body)
}

/// The next item of a spill file and its length on disk, or `None` at the end.
fn read_item(r: &mut impl Read) -> std::io::Result<Option<(Item, u64)>> {
    let mut lens = [0u8; 16];
    match r.read_exact(&mut lens) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let header_len = u64::from_le_bytes(lens[..8].try_into().expect("8 bytes"));
    let body_len = u64::from_le_bytes(lens[8..].try_into().expect("8 bytes"));
    let mut header = vec![0; header_len as usize];
    r.read_exact(&mut header)?;
    let mut item: Item = serde_json::from_slice(&header)?;
    item.body = vec![0; body_len as usize];
    r.read_exact(&mut item.body)?;
    Ok(Some((item, 16 + header_len + body_len)))
}

/// Reads one window back, parses it for terms, and notes where each
/// article waits; articles that do not parse are reported and skipped.
fn read_window(
    file: &Path,
    args: &Args,
    waiting: &mut HashMap<u64, Spot>,
    progress: &mut Progress,
    failed: &mut Vec<export::Failed>,
) -> Result<Vec<Member>, String> {
    let read_error = |e: std::io::Error| format!("cannot read back {}: {e}", file.display());
    let mut reader = BufReader::new(File::open(file).map_err(read_error)?);
    let mut members = Vec::new();
    let mut offset = 0;
    loop {
        let mut batch: Vec<(Item, u64)> = Vec::new();
        while batch.len() < 64 * args.jobs {
            match read_item(&mut reader).map_err(read_error)? {
                Some((item, len)) => {
                    batch.push((item, offset));
                    offset += len;
                }
                None => break,
            }
        }
        if batch.is_empty() {
            return Ok(members);
        }
        let items: Vec<Item> = batch.iter().map(|(i, _)| i.clone()).collect();
        for ((item, at), parsed) in batch.into_iter().zip(terms_parallel(&items, args.jobs)) {
            match parsed {
                Ok(terms) => {
                    let day = item.published.as_deref().and_then(parallax::cluster::day_number);
                    members.push(Member { seq: item.seq, day, terms });
                    waiting.insert(item.seq, Spot { file: file.to_path_buf(), offset: at });
                }
                Err(message) => skip(progress, failed, message),
            }
        }
    }
}

/// Parses items on `jobs` threads, keeping only their blocking terms.
fn terms_parallel(items: &[Item], jobs: usize) -> Vec<Result<Vec<(u64, u32)>, String>> {
    let chunk = items.len().div_ceil(jobs.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter().map(|i| i.parse().map(|a| block_terms(&a))).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("parse thread")).collect()
    })
}

/// Groups each block and writes its events and threads.
fn group(
    blocks: Vec<Vec<u64>>,
    waiting: &mut HashMap<u64, Spot>,
    args: &Args,
    out: &mut impl Write,
    progress: &mut Progress,
) -> Result<(), String> {
    for block in blocks {
        let items = block
            .iter()
            .map(|seq| {
                let spot = waiting.remove(seq).expect("every blocked article was spilled");
                load(&spot)
            })
            .collect::<Result<Vec<Item>, String>>()?;
        // Each article parsed the first time, so it parses again.
        let articles: Vec<Article> = parse_parallel(&items, args.jobs)
            .into_iter()
            .collect::<Result<_, _>>()
            .map_err(|e| format!("{e} (parsed the first time, not the second)"))?;
        let (events, threads) =
            parallax::group_events(&articles, &args.compare).map_err(|e| e.to_string())?;
        for (kind, groups) in [("event", &events), ("thread", &threads)] {
            for g in groups {
                let articles = g.articles.iter().map(|&i| items[i].id.as_str()).collect();
                GroupLine { kind, label: &g.label, articles }.write(out).map_err(write_error)?;
            }
        }
        progress.tick(items.len() as u64, 0);
    }
    Ok(())
}

fn load(spot: &Spot) -> Result<Item, String> {
    let read_error = |e: std::io::Error| format!("cannot read back {}: {e}", spot.file.display());
    let mut f = File::open(&spot.file).map_err(read_error)?;
    f.seek(SeekFrom::Start(spot.offset)).map_err(read_error)?;
    read_item(&mut BufReader::new(f))
        .map_err(read_error)?
        .map(|(item, _)| item)
        .ok_or_else(|| format!("{}: ended early", spot.file.display()))
}
