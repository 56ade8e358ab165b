//! The readable summaries `parallax parse` and `parallax compare` print by
//! default (`--format text`).

use parallax::model::{Article, Comparison};
use std::io::Write;

/// One line of title and one of counts per article.
pub fn parse(out: &mut impl Write, name: &str, a: &Article) -> std::io::Result<()> {
    writeln!(
        out,
        "{name}: {:?}",
        a.title.as_ref().map(|t| t.text.as_str()).unwrap_or("(no title)")
    )?;
    writeln!(
        out,
        "  {} paragraphs, {} sentences, {} words",
        a.paragraphs.len(),
        a.sentences.len(),
        a.word_count
    )
}

/// What a comparison found, one finding a line.
pub fn compare(
    out: &mut impl Write,
    files: &[String],
    c: &Comparison,
    elapsed: std::time::Duration,
) -> std::io::Result<()> {
    let name = |i: usize| files[i].rsplit('/').next().unwrap_or(&files[i]).to_string();
    writeln!(out, "{} articles compared in {:.1} ms", files.len(), elapsed.as_secs_f64() * 1000.0)?;
    for e in &c.events {
        writeln!(
            out,
            "event: {} [{}]",
            e.articles.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", "),
            e.label
        )?;
    }
    for t in &c.threads {
        writeln!(
            out,
            "thread: {} [{}]",
            t.articles.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", "),
            t.label
        )?;
    }
    writeln!(out, "{} aligned sentence pairs", c.alignments.len())?;
    for q in &c.shared_quotes {
        let who: Vec<String> = q
            .occurrences
            .iter()
            .map(|o| format!("{} ({})", name(o.article), o.speaker.as_deref().unwrap_or("?")))
            .collect();
        writeln!(out, "shared quote: {:?} in {}", q.text, who.join(", "))?;
    }
    for d in &c.discrepancies {
        let v: Vec<String> =
            d.values.iter().map(|v| format!("{}: {:?}", name(v.article), v.text)).collect();
        writeln!(out, "discrepancy, {}: {}", d.quantity, v.join("; "))?;
    }
    for a in &c.agreements {
        let v: Vec<String> =
            a.values.iter().map(|v| format!("{}: {:?}", name(v.article), v.text)).collect();
        writeln!(out, "agreement, {}: {}", a.quantity, v.join("; "))?;
    }
    for s in &c.sources {
        let list: Vec<String> = s
            .sources
            .iter()
            .take(6)
            .map(|x| format!("{} ({:?}, {}q/{}c)", x.name, x.kind, x.quotes, x.citations))
            .collect();
        writeln!(out, "sources of {}: {}", name(s.article), list.join(", "))?;
    }
    for w in &c.wording {
        let list: Vec<String> =
            w.terms.iter().take(8).map(|t| format!("{} {:.1}", t.term, t.z)).collect();
        let list = if list.is_empty() { "no word stands out".to_string() } else { list.join(", ") };
        writeln!(out, "wording of {}: {list}", name(w.article))?;
    }
    for v in &c.variants {
        writeln!(
            out,
            "variant: {}",
            v.forms
                .iter()
                .map(|f| format!("{} {:?}", f.form, f.articles))
                .collect::<Vec<_>>()
                .join(" / ")
        )?;
    }
    Ok(())
}
