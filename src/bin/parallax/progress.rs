//! Progress on standard error for long runs: a bar redrawn in place when
//! standard error is a terminal, otherwise a plain line every few seconds
//! (logs and CI keep those), and nothing with `--quiet`.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// How often a plain progress line is written when not on a terminal.
const PLAIN_EVERY: Duration = Duration::from_secs(10);
/// How often the bar is redrawn.
const BAR_EVERY: Duration = Duration::from_millis(100);

pub struct Progress {
    what: &'static str,
    total: Option<u64>,
    done: u64,
    skipped: u64,
    terminal: bool,
    quiet: bool,
    started: Instant,
    last: Instant,
    drawn: bool,
}

impl Progress {
    /// `total` when the number of items is known in advance.
    pub fn new(what: &'static str, total: Option<u64>, quiet: bool) -> Self {
        let now = Instant::now();
        Progress {
            what,
            total,
            done: 0,
            skipped: 0,
            terminal: std::io::stderr().is_terminal(),
            quiet,
            started: now,
            last: now,
            drawn: false,
        }
    }

    pub fn tick(&mut self, done: u64, skipped: u64) {
        self.done += done;
        self.skipped += skipped;
        if self.quiet {
            return;
        }
        let every = if self.terminal { BAR_EVERY } else { PLAIN_EVERY };
        if self.last.elapsed() >= every {
            self.last = Instant::now();
            self.draw();
        }
    }

    /// Says something on its own line, clearing the bar first.
    pub fn say(&mut self, message: &str) {
        if self.terminal && self.drawn {
            eprint!("\r\x1b[2K");
            self.drawn = false;
        }
        eprintln!("parallax: {message}");
    }

    fn status(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        let mut s = match self.total {
            Some(t) => format!("{}/{t} {}", self.done, self.what),
            None => format!("{} {}", self.done, self.what),
        };
        if self.skipped > 0 {
            s += &format!(", {} skipped", self.skipped);
        }
        s + &format!(", {:.0}/s, {:.0} s", self.done as f64 / secs, secs)
    }

    fn draw(&mut self) {
        let status = self.status();
        if self.terminal {
            let bar = match self.total {
                Some(t) if t > 0 => {
                    let filled = (30 * self.done.min(t) / t) as usize;
                    format!("[{}{}] ", "#".repeat(filled), ".".repeat(30 - filled))
                }
                _ => String::new(),
            };
            eprint!("\r\x1b[2K{bar}{status}");
            let _ = std::io::stderr().flush();
            self.drawn = true;
        } else {
            eprintln!("parallax: {status}");
        }
    }

    /// The closing line (on a terminal, or when the run was long enough to
    /// have printed progress).
    pub fn finish(&mut self) {
        if self.quiet {
            return;
        }
        if self.terminal && self.drawn {
            eprint!("\r\x1b[2K");
        }
        if self.terminal || self.started.elapsed() >= PLAIN_EVERY {
            eprintln!("parallax: {}", self.status());
        }
    }
}
