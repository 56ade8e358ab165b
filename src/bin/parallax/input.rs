//! Reading articles: files, directories (their files, recursively, in name
//! order), `-` for standard input, and JSON Lines, one article a line:
//! `{"id", "text" | "html", "url"?, "published"?}`. Items come one at a
//! time, so a feed of any length streams through; a line or file that
//! cannot be read comes as an error naming it, and the rest goes on.

use parallax::model::{Article, InputFormat, ParseOptions};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One article as read, before parsing.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Item {
    /// Arrival number: 0, 1, 2… over every item read.
    pub seq: u64,
    /// Where it came from, for messages: `feed.jsonl:12`, `page.html`, `-`.
    pub origin: String,
    /// Its id: the JSON Lines `id`, else the file name as given.
    pub id: String,
    pub format: InputFormat,
    pub url: Option<String>,
    /// The feed's publication date (JSON Lines `published`), as given.
    pub published: Option<String>,
    /// Whether `id` came from the input (JSON Lines) rather than a path.
    pub from_lines: bool,
    #[serde(skip)]
    pub body: Vec<u8>,
}

impl Item {
    /// Parses the article; the error names the item.
    pub fn parse(&self) -> Result<Article, String> {
        let options = ParseOptions {
            format: self.format,
            id: Some(self.id.clone()),
            url: self.url.clone(),
            file_name: (!self.from_lines).then(|| self.id.clone()),
        };
        parallax::parse_bytes(&self.body, &options).map_err(|e| format!("{}: {e}", self.origin))
    }
}

/// Where items come from, in order.
enum Source {
    Path(PathBuf),
    Stdin,
}

/// An open JSON Lines stream.
struct Lines {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
}

/// The items of every input, in order. Yields `Err(message)` for an input
/// or line that cannot be read (the message names it) and goes on.
pub struct Inputs {
    queue: VecDeque<Source>,
    lines: Option<Lines>,
    /// Read every file as JSON Lines, whatever its name.
    force_lines: bool,
    seq: u64,
}

/// File names a directory is searched for.
const EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson"];

impl Inputs {
    pub fn new(args: &[String], force_lines: bool) -> Inputs {
        let queue = args
            .iter()
            .map(|a| if a == "-" { Source::Stdin } else { Source::Path(PathBuf::from(a)) })
            .collect();
        Inputs { queue, lines: None, force_lines, seq: 0 }
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq - 1
    }

    /// The next line of the open JSON Lines stream, if any.
    fn next_line(&mut self) -> Option<Result<Item, String>> {
        let lines = self.lines.as_mut()?;
        let mut buf = String::new();
        loop {
            buf.clear();
            lines.line += 1;
            let origin = format!("{}:{}", lines.name, lines.line);
            match lines.reader.read_line(&mut buf) {
                Ok(0) => {
                    self.lines = None;
                    return None;
                }
                Ok(_) if buf.trim().is_empty() => continue,
                Ok(_) => {
                    let item = from_json_line(buf.trim(), origin, self.seq);
                    if item.is_ok() {
                        self.seq += 1;
                    }
                    return Some(item);
                }
                Err(e) => {
                    self.lines = None;
                    return Some(Err(format!("{origin}: cannot read: {e}")));
                }
            }
        }
    }

    fn open(&mut self, source: Source) -> Option<Result<Item, String>> {
        match source {
            Source::Stdin => {
                let mut reader = BufReader::new(std::io::stdin());
                // JSON Lines when the first thing on it is an object.
                let starts_object = match reader.fill_buf() {
                    Ok(head) => head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
                    Err(e) => return Some(Err(format!("-: cannot read standard input: {e}"))),
                };
                if starts_object || self.force_lines {
                    self.lines =
                        Some(Lines { name: "-".into(), reader: Box::new(reader), line: 0 });
                    return None;
                }
                let mut body = Vec::new();
                if let Err(e) = reader.read_to_end(&mut body) {
                    return Some(Err(format!("-: cannot read standard input: {e}")));
                }
                Some(Ok(self.file_item("-".into(), body)))
            }
            Source::Path(path) => {
                let name = path.display().to_string();
                if path.is_dir() {
                    match files_under(&path) {
                        Ok(files) => {
                            for f in files.into_iter().rev() {
                                self.queue.push_front(Source::Path(f));
                            }
                            None
                        }
                        Err(e) => Some(Err(format!("{name}: cannot list the directory: {e}"))),
                    }
                } else if self.force_lines || is_lines(&path) {
                    match std::fs::File::open(&path) {
                        Ok(f) => {
                            let reader = Box::new(BufReader::with_capacity(1 << 16, f));
                            self.lines = Some(Lines { name, reader, line: 0 });
                            None
                        }
                        Err(e) => Some(Err(format!("{name}: cannot read: {e}"))),
                    }
                } else {
                    match std::fs::read(&path) {
                        Ok(body) => Some(Ok(self.file_item(name, body))),
                        Err(e) => Some(Err(format!("{name}: cannot read: {e}"))),
                    }
                }
            }
        }
    }

    fn file_item(&mut self, name: String, body: Vec<u8>) -> Item {
        Item {
            seq: self.next_seq(),
            origin: name.clone(),
            id: name,
            format: InputFormat::Auto,
            url: None,
            published: None,
            from_lines: false,
            body,
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Item, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.next_line() {
                return Some(item);
            }
            let source = self.queue.pop_front()?;
            if let Some(item) = self.open(source) {
                return Some(item);
            }
        }
    }
}

fn is_lines(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

/// The article files under a directory, recursively, sorted by path;
/// hidden files and folders are left out.
fn files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(files_under(&p)?);
        } else if p
            .extension()
            .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
        {
            out.push(p);
        }
    }
    Ok(out)
}

/// One JSON Lines record as an item, or a message naming the line.
fn from_json_line(line: &str, origin: String, seq: u64) -> Result<Item, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("{origin}: not a JSON object: {e}"))?;
    let obj = value.as_object().ok_or_else(|| format!("{origin}: not a JSON object"))?;
    let text = |key: &str| -> Result<Option<String>, String> {
        match obj.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(serde_json::Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(format!("{origin}: \"{key}\" must be a string")),
        }
    };
    let (format, body) = match (text("text")?, text("html")?) {
        (Some(t), None) => (InputFormat::Text, t),
        (None, Some(h)) => (InputFormat::Html, h),
        (Some(_), Some(_)) => return Err(format!("{origin}: give \"text\" or \"html\", not both")),
        (None, None) => return Err(format!("{origin}: the line has no \"text\" or \"html\"")),
    };
    let (id, url, published) = (text("id")?, text("url")?, text("published")?);
    Ok(Item {
        seq,
        id: id.unwrap_or_else(|| origin.clone()),
        origin,
        format,
        url,
        published,
        from_lines: true,
        body: body.into_bytes(),
    })
}
