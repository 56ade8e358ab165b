//! Highlighting: an article cut into segments that carry layers, and the
//! same as escaped HTML.
//!
//! Every finding is a span with a layer. The text is cut at every span
//! boundary, so each segment has one fixed set of layers; joined in order the
//! segments give back the text exactly.

use crate::error::{Error, ErrorKind};
use crate::model::{Article, Comparison, Highlighted, HighlightOptions, Layer, LineRole, Segment, SegmentRef, Span};
use crate::offsets::Utf16Index;
use std::collections::{BTreeSet, HashMap};

/// One marked span before cutting.
struct Mark {
    span: Span,
    layer: Layer,
}

/// Highlights `article`, with the findings of `comparison` when given.
pub fn highlight(article: &Article, comparison: Option<&Comparison>, options: &HighlightOptions) -> Result<Highlighted, Error> {
    let index = Utf16Index::new(&article.text);
    let total = index.utf16_len();
    let article_index = match (comparison, options.article_index) {
        (Some(c), Some(i)) if i >= c.articles.len() => {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("articleIndex {i} is out of range: the comparison has {} articles.", c.articles.len()),
            ))
        }
        (Some(c), None) => Some(c.articles.iter().position(|a| a.id == article.id).ok_or_else(|| {
            Error::new(ErrorKind::InvalidArgument, "This article is not part of the comparison: pass articleIndex, or compare it first.")
        })?),
        (_, i) => i,
    };

    let mut marks = Vec::new();
    for line in &article.lines {
        let layer = match line.role {
            LineRole::Body | LineRole::Blank => continue,
            LineRole::Removed => Layer::Removed,
            _ => Layer::Metadata,
        };
        marks.push(Mark { span: line.span, layer });
    }
    for q in &article.quotes {
        marks.push(Mark { span: q.span, layer: Layer::Quote });
    }
    for e in &article.entities {
        let layer = match e.kind {
            crate::model::EntityKind::Person => Layer::Person,
            crate::model::EntityKind::Organization => Layer::Organization,
            crate::model::EntityKind::Place => Layer::Place,
        };
        marks.extend(e.mentions.iter().map(|m| Mark { span: m.span, layer }));
    }
    marks.extend(article.numbers.iter().map(|n| Mark { span: n.number_span, layer: Layer::Number }));
    marks.extend(article.dates.iter().map(|d| Mark { span: d.span, layer: Layer::Date }));

    // Sentence-level references from the comparison.
    let mut refs: HashMap<usize, Vec<SegmentRef>> = HashMap::new();
    if let (Some(c), Some(me)) = (comparison, article_index) {
        for al in &c.alignments {
            let (mine, other) = if al.a.article == me {
                (&al.a, &al.b)
            } else if al.b.article == me {
                (&al.b, &al.a)
            } else {
                continue;
            };
            refs.entry(mine.sentence).or_default().push(SegmentRef { article: other.article, sentence: other.sentence });
        }
        if let Some(cov) = c.coverage.iter().find(|cov| cov.article == me) {
            marks.extend(cov.exclusive.iter().map(|s| Mark { span: s.span, layer: Layer::Exclusive }));
        }
        for s in &article.sentences {
            if refs.contains_key(&s.index) {
                marks.push(Mark { span: s.span, layer: Layer::Shared });
            }
        }
        for (layer, values) in c
            .discrepancies
            .iter()
            .map(|d| (Layer::Discrepancy, &d.values))
            .chain(c.agreements.iter().map(|a| (Layer::Agreement, &a.values)))
        {
            marks.extend(values.iter().filter(|v| v.article == me).map(|v| Mark { span: v.span, layer }));
        }
    }
    marks.retain(|m| !options.hide.contains(&m.layer) && m.span.end <= total && !m.span.is_empty());

    let mut cuts: BTreeSet<usize> = BTreeSet::from([0, total]);
    for s in &article.sentences {
        cuts.insert(s.span.start);
        cuts.insert(s.span.end);
    }
    for m in &marks {
        cuts.insert(m.span.start);
        cuts.insert(m.span.end);
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut segments = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let span = Span::new(w[0], w[1]);
        if span.is_empty() {
            continue;
        }
        let mut layers: Vec<Layer> = marks.iter().filter(|m| m.span.contains(span)).map(|m| m.layer).collect();
        layers.sort();
        layers.dedup();
        let sentence = article.sentences.iter().find(|s| s.span.contains(span)).map(|s| s.index);
        let bytes = index.bytes(span);
        segments.push(Segment {
            text: article.text[bytes].to_string(),
            span,
            layers,
            sentence,
            refs: sentence.and_then(|s| refs.get(&s).cloned()).unwrap_or_default(),
        });
    }
    let html = render_html(&segments);
    Ok(Highlighted { segments, html })
}

/// Renders segments as `<span>`s. Text is escaped; attribute values are
/// generated here from numbers and layer names only.
fn render_html(segments: &[Segment]) -> String {
    let mut out = String::new();
    for seg in segments {
        if seg.layers.is_empty() && seg.sentence.is_none() {
            escape_into(&mut out, &seg.text);
            continue;
        }
        out.push_str("<span");
        if !seg.layers.is_empty() {
            out.push_str(" class=\"");
            for (i, layer) in seg.layers.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str("px-");
                out.push_str(layer_name(*layer));
            }
            out.push('"');
        }
        if let Some(s) = seg.sentence {
            out.push_str(&format!(" data-sentence=\"{s}\""));
        }
        if !seg.refs.is_empty() {
            let refs: Vec<String> = seg.refs.iter().map(|r| format!("{}:{}", r.article, r.sentence)).collect();
            out.push_str(&format!(" data-refs=\"{}\"", refs.join(" ")));
        }
        out.push('>');
        escape_into(&mut out, &seg.text);
        out.push_str("</span>");
    }
    out
}

/// The layer's name as it appears in JSON and CSS classes.
pub fn layer_name(layer: Layer) -> &'static str {
    match layer {
        Layer::Shared => "shared",
        Layer::Exclusive => "exclusive",
        Layer::Quote => "quote",
        Layer::Discrepancy => "discrepancy",
        Layer::Agreement => "agreement",
        Layer::Person => "person",
        Layer::Organization => "organization",
        Layer::Place => "place",
        Layer::Number => "number",
        Layer::Date => "date",
        Layer::Removed => "removed",
        Layer::Metadata => "metadata",
    }
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseOptions;

    #[test]
    fn segments_tile_the_text_and_html_is_escaped() {
        let text = "Title <b>\r\n\r\nA “quote” — here 🚀. <script>alert(1)</script> Next.";
        let article = crate::parse(text, &ParseOptions::default()).unwrap();
        let out = highlight(&article, None, &HighlightOptions::default()).unwrap();
        let joined: String = out.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        let mut at = 0;
        for s in &out.segments {
            assert_eq!(s.span.start, at);
            at = s.span.end;
        }
        assert!(!out.html.contains("<script>"));
        assert!(out.html.contains("&lt;script&gt;"));
        assert!(!out.html.contains("<b>"));
    }
}
