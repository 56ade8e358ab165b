//! The page's Markdown report and CSV of conflicting figures, for the command
//! line: a port of `www/exporters.js` (`markdownReport`, `discrepanciesCsv`)
//! and of the labels they print (`articleLabel`, `assignLabels`, `truncate`
//! in `www/render.js`). tests/cli_export.rs runs exporters.js under node on
//! the same comparison and holds the two outputs byte for byte equal; plain
//! Rust, so the page could call it through the wasm boundary later and
//! leave one home.
//!
//! Lengths and cuts follow JavaScript: string lengths in UTF-16 code units,
//! numbers written as `String(number)` and `toFixed(2)` write them.

use crate::model::{Article, Comparison};

/// One article as the exports see it: the name it was given (a file name,
/// an id) and the parsed article.
pub struct Item<'a> {
    /// The name the article is shown with when it has no outlet or title (a file name, an id).
    pub name: &'a str,
    /// The parsed article.
    pub article: &'a Article,
}

/// An input that could not be read, for the report's "Not read" lines.
pub struct Failed {
    /// The input's name, as the user gave it.
    pub name: String,
    /// Why it could not be read, as the error's message.
    pub error: String,
}

/// The label each article is shown with (`assignLabels`): its outlet, else
/// its title cut to 40 characters, else its name; labels that repeat get the
/// article's position added (" #2").
pub fn labels(items: &[Item]) -> Vec<String> {
    let base: Vec<String> = items.iter().enumerate().map(|(i, item)| base_label(item, i)).collect();
    base.iter()
        .enumerate()
        .map(|(i, b)| {
            if base.iter().filter(|x| *x == b).count() > 1 {
                format!("{b} #{}", i + 1)
            } else {
                b.clone()
            }
        })
        .collect()
}

fn base_label(item: &Item, i: usize) -> String {
    let a = item.article;
    let outlet = a.outlet.as_ref().map(|o| o.text.as_str()).unwrap_or("");
    let title = a.title.as_ref().map(|t| t.text.as_str()).unwrap_or("");
    if !outlet.is_empty() {
        outlet.to_string()
    } else if !title.is_empty() {
        truncate(title, 40)
    } else if !item.name.is_empty() {
        item.name.to_string()
    } else {
        format!("Article {}", i + 1)
    }
}

/// `truncate` of render.js: at most `n` UTF-16 units, an ellipsis where
/// cut, a trailing " #n" kept.
pub fn truncate(text: &str, n: usize) -> String {
    let digits = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    let suffix = if digits > 0 && text[..text.len() - digits].ends_with(" #") {
        &text[text.len() - digits - 2..]
    } else {
        ""
    };
    let body: Vec<u16> = text[..text.len() - suffix.len()].encode_utf16().collect();
    let room = 4.max(n.saturating_sub(suffix.len()));
    let body = if body.len() > room {
        String::from_utf16_lossy(&body[..room - 1]) + "…"
    } else {
        String::from_utf16_lossy(&body)
    };
    body + suffix
}

/// Markdown text: the characters that would become markup escaped, line
/// breaks made spaces.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+'
            | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                out.push(' ');
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `Number.prototype.toFixed(2)`: the two-decimal number nearest the exact
/// value of `v`, the larger on a tie; a negative `v` keeps its sign.
fn to_fixed2(v: f64) -> String {
    // 1,100 places write any f64 exactly.
    let exact = format!("{:.1100}", v.abs());
    let (int, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let mut cents: u128 = int.parse::<u128>().unwrap_or(0) * 100
        + frac.get(..2).and_then(|d| d.parse().ok()).unwrap_or(0);
    if frac.as_bytes().get(2).is_some_and(|&d| d >= b'5') {
        cents += 1;
    }
    let sign = if v < 0.0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

/// `String(number)` of JavaScript.
pub fn js_number(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    if v == 0.0 {
        return "0".into();
    }
    let abs = v.abs();
    if (1e-6..1e21).contains(&abs) {
        return format!("{v}");
    }
    // Exponent form: shortest digits, "e+" for positive exponents.
    let s = format!("{v:e}");
    match s.split_once('e') {
        Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
        _ => s,
    }
}

/// The Markdown report (`markdownReport`). `today` is the date it names,
/// `YYYY-MM-DD`; `comparison` is `None` when fewer than two were read.
pub fn markdown_report(
    items: &[Item],
    comparison: Option<&Comparison>,
    failed: &[Failed],
    today: &str,
) -> String {
    let labels = labels(items);
    let label = |i: usize| md(labels.get(i).map(String::as_str).unwrap_or(""));
    let n = items.len();
    let mut out: Vec<String> = vec![
        "# Parallax report".into(),
        String::new(),
        format!("{n} article{} compared on {today}.", if n == 1 { "" } else { "s" }),
        String::new(),
        "## Articles".into(),
        String::new(),
    ];
    for (i, item) in items.iter().enumerate() {
        let a = item.article;
        let title = a.title.as_ref().map(|t| t.text.as_str()).unwrap_or(item.name);
        let bylines: Vec<&str> = a.bylines.iter().map(|b| b.text.as_str()).collect();
        let by = if bylines.is_empty() {
            String::new()
        } else {
            format!(" — {}", md(&bylines.join("; ")))
        };
        let published = a.published.as_ref().map(|p| format!(" ({})", p.iso)).unwrap_or_default();
        out.push(format!(
            "{}. **{}**: {}{by}{published}, {} words, {} lines removed",
            i + 1,
            label(i),
            md(title),
            a.word_count,
            a.removed.len()
        ));
    }
    for f in failed {
        out.push(format!("- *Not read:* {}: {}", md(&f.name), md(&f.error)));
    }
    out.push(String::new());
    let Some(c) = comparison else {
        out.push("Fewer than two articles were read, so nothing was compared.".into());
        out.push(String::new());
        return out.join("\n");
    };
    let values = |vs: &[crate::model::ReportedValue]| {
        vs.iter()
            .map(|v| format!("{} ({})", md(&v.text), label(v.article)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    section(&mut out, "Conflicting figures", true);
    if c.discrepancies.is_empty() {
        out.push("None found.".into());
    } else {
        out.push("| Quantity | Values |".into());
        out.push("| --- | --- |".into());
        for d in &c.discrepancies {
            out.push(format!("| {} | {} |", md(&d.quantity), values(&d.values)));
        }
    }
    section(&mut out, "Agreeing figures", false);
    listed(
        &mut out,
        c.agreements.iter().map(|a| format!("- {}: {}", md(&a.quantity), values(&a.values))),
    );
    section(&mut out, "Shared quotes", false);
    listed(
        &mut out,
        c.shared_quotes.iter().map(|q| {
            let mut who: Vec<String> = Vec::new();
            for o in &q.occurrences {
                let l = label(o.article);
                if !who.contains(&l) {
                    who.push(l);
                }
            }
            format!("- “{}” — {}", md(&q.text), who.join(", "))
        }),
    );
    section(&mut out, "Sources", false);
    listed(
        &mut out,
        c.sources.iter().filter(|s| !s.sources.is_empty()).map(|s| {
            let list: Vec<String> = s
                .sources
                .iter()
                .map(|x| {
                    format!("{} ({} quotes, {} citations)", md(&x.name), x.quotes, x.citations)
                })
                .collect();
            format!("- **{}**: {}", label(s.article), list.join("; "))
        }),
    );
    section(&mut out, "What each article alone reports", false);
    for cov in &c.coverage {
        let k = cov.exclusive.len();
        out.push(format!(
            "- **{}**: {k} sentence{} no other article reports",
            label(cov.article),
            if k == 1 { "" } else { "s" }
        ));
    }
    section(&mut out, "Similarity", false);
    let numbers: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    out.push(format!("| | {} |", numbers.join(" | ")));
    out.push(format!("| --- |{}", " ---: |".repeat(n)));
    for (i, row) in c.similarity.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|&v| to_fixed2(v)).collect();
        out.push(format!("| {}. {} | {} |", i + 1, label(i), cells.join(" | ")));
    }
    out.push(String::new());
    out.join("\n")
}

/// A section heading; after the first, a blank line before it.
fn section(out: &mut Vec<String>, title: &str, first: bool) {
    if !first {
        out.push(String::new());
    }
    out.push(format!("## {title}"));
    out.push(String::new());
}

/// Lines, or "None found." when there are none.
fn listed(out: &mut Vec<String>, lines: impl Iterator<Item = String>) {
    let before = out.len();
    out.extend(lines);
    if out.len() == before {
        out.push("None found.".into());
    }
}

/// A CSV cell: quoted when it holds a quote, comma or line break; a leading
/// `=`, `+`, `-`, `@`, tab or CR defused with `'` so a spreadsheet does not
/// run it as a formula.
fn csv_cell(text: &str) -> String {
    let mut t = text.to_string();
    if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        t.insert(0, '\'');
    }
    if t.contains(['"', ',', '\r', '\n']) {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t
    }
}

/// The CSV of conflicting figures (`discrepanciesCsv`): one row per
/// reported value, CRLF line ends.
pub fn discrepancies_csv(items: &[Item], comparison: Option<&Comparison>) -> String {
    let labels = labels(items);
    let mut rows: Vec<[String; 6]> = vec![[
        "quantity".into(),
        "outlet".into(),
        "article".into(),
        "value as written".into(),
        "value".into(),
        "sentence".into(),
    ]];
    for d in comparison.map(|c| c.discrepancies.as_slice()).unwrap_or_default() {
        for v in &d.values {
            let item = items.get(v.article);
            let article = item.map(|i| i.article);
            let sentence = v
                .sentence
                .and_then(|s| article.and_then(|a| a.sentences.get(s)))
                .map(|s| s.text.clone())
                .unwrap_or_default();
            let value = match (v.value, &v.resolved) {
                (Some(x), _) => js_number(x),
                (None, Some(r)) => r.clone(),
                (None, None) => String::new(),
            };
            rows.push([
                d.quantity.clone(),
                labels
                    .get(v.article)
                    .cloned()
                    .unwrap_or_else(|| format!("Article {}", v.article + 1)),
                article.and_then(|a| a.title.as_ref()).map(|t| t.text.clone()).unwrap_or_default(),
                v.text.clone(),
                value,
                sentence,
            ]);
        }
    }
    let mut out = String::new();
    for r in rows {
        out.push_str(&r.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        assert_eq!(js_number(40_000_000_000.0), "40000000000");
        assert_eq!(js_number(3.5), "3.5");
        assert_eq!(js_number(1e21), "1e+21");
        assert_eq!(js_number(1.5e-7), "1.5e-7");
        assert_eq!(js_number(-2.0), "-2");
        assert_eq!(to_fixed2(0.125), "0.13");
        assert_eq!(to_fixed2(1.0), "1.00");
        assert_eq!(to_fixed2(0.004), "0.00");
        assert_eq!(to_fixed2(-0.0), "0.00");
        assert_eq!(to_fixed2(0.815), "0.81"); // 0.81499999… exactly
        assert_eq!(to_fixed2(0.375), "0.38");
    }

    #[test]
    fn truncation_counts_utf16_units_and_keeps_the_number() {
        assert_eq!(truncate("short", 40), "short");
        assert_eq!(truncate("abcdefghij", 6), "abcde…");
        assert_eq!(truncate("abcdefghij #12", 10), "abcde… #12");
        assert_eq!(truncate("😀😀😀😀😀", 6), "😀😀\u{FFFD}…");
    }

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_cell("plain"), "plain");
    }
}
