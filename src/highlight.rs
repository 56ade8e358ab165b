//! Highlighting: an article cut into segments that carry layers, and the
//! same as escaped HTML.
//!
//! Every finding is a span with a layer. The text is cut at every span
//! boundary, so each segment has one fixed set of layers; joined in order the
//! segments give back the text exactly.

use crate::error::{Error, ErrorKind};
use crate::lexicon::hash::FnvBuild;
use crate::model::{
    Article, Comparison, HighlightOptions, Highlighted, Layer, LineRole, ReportedValue, Segment,
    SegmentRef, Span,
};
use crate::offsets::Utf16Index;
use std::collections::{HashMap, HashSet};

/// One marked span before cutting.
struct Mark {
    span: Span,
    layer: Layer,
}

/// Highlights `article`, with the findings of `comparison` when given.
pub fn highlight(
    article: &Article,
    comparison: Option<&Comparison>,
    options: &HighlightOptions,
) -> Result<Highlighted, Error> {
    let segments = segments(article, comparison, options)?;
    let html = render_html(&segments);
    Ok(Highlighted { segments, html })
}

/// The segments of [`highlight`] without its HTML, for callers that draw
/// the segments themselves (the wasm `Workspace`).
pub(crate) fn segments(
    article: &Article,
    comparison: Option<&Comparison>,
    options: &HighlightOptions,
) -> Result<Vec<Segment>, Error> {
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
    marks
        .extend(article.numbers.iter().map(|n| Mark { span: n.number_span, layer: Layer::Number }));
    marks.extend(article.dates.iter().map(|d| Mark { span: d.span, layer: Layer::Date }));
    marks.extend(article.hidden.iter().map(|h| Mark { span: h.span, layer: Layer::Hidden }));

    // Sentence-level references from the comparison.
    let mut refs: HashMap<usize, Vec<SegmentRef>, FnvBuild> = HashMap::default();
    // A reported figure refers to the sentences where other articles report
    // the same quantity, so the page can jump from one to the others.
    let mut value_refs: Vec<(Span, Vec<SegmentRef>)> = Vec::new();
    if let (Some(c), Some(me)) = (comparison, article_index) {
        for al in &c.alignments {
            let (mine, other) = if al.a.article == me {
                (&al.a, &al.b)
            } else if al.b.article == me {
                (&al.b, &al.a)
            } else {
                continue;
            };
            refs.entry(mine.sentence)
                .or_default()
                .push(SegmentRef { article: other.article, sentence: other.sentence });
        }
        if let Some(cov) = c.coverage.iter().find(|cov| cov.article == me) {
            marks.extend(
                cov.exclusive.iter().map(|s| Mark { span: s.span, layer: Layer::Exclusive }),
            );
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
            let others = value_refs_to_others(values, me);
            for v in values.iter().filter(|v| v.article == me) {
                marks.push(Mark { span: v.span, layer });
                value_refs.push((v.span, others.clone()));
            }
        }
    }
    marks.retain(|m| {
        !options.hide.contains(&m.layer) && m.span.end <= total && m.span.start < m.span.end
    });
    value_refs.retain(|(span, _)| span.end <= total && span.start < span.end);
    Ok(cut(article, &index, &marks, &refs, &value_refs, total))
}

/// The most sentences of one other article a reported value links to.
/// Hovering a value lights where the others report the same quantity; a
/// long article may repeat it thousands of times, and linking every mention
/// to every other would make the output grow with the square of the text.
pub const MAX_VALUE_REFS_PER_ARTICLE: usize = 16;

/// The sentences of the other articles reporting a value: the first
/// [`MAX_VALUE_REFS_PER_ARTICLE`] distinct ones of each article, in order.
fn value_refs_to_others(values: &[ReportedValue], me: usize) -> Vec<SegmentRef> {
    let mut per_article: HashMap<usize, usize, FnvBuild> = HashMap::default();
    let mut seen: HashSet<(usize, usize), FnvBuild> = HashSet::default();
    let mut out = Vec::new();
    for v in values.iter().filter(|v| v.article != me) {
        let Some(sentence) = v.sentence else { continue };
        let count = per_article.entry(v.article).or_default();
        if *count < MAX_VALUE_REFS_PER_ARTICLE && seen.insert((v.article, sentence)) {
            *count += 1;
            out.push(SegmentRef { article: v.article, sentence });
        }
    }
    out
}

/// Cuts the text at every sentence and mark boundary in one sweep: marks
/// are opened and closed in order while walking the cut points, so the work
/// is linear in the number of marks rather than marks × segments.
fn cut(
    article: &Article,
    index: &Utf16Index,
    marks: &[Mark],
    refs: &HashMap<usize, Vec<SegmentRef>, FnvBuild>,
    value_refs: &[(Span, Vec<SegmentRef>)],
    total: usize,
) -> Vec<Segment> {
    let mut cuts: Vec<usize> = Vec::with_capacity(2 + 2 * (marks.len() + article.sentences.len()));
    cuts.extend([0, total]);
    for s in &article.sentences {
        cuts.extend([s.span.start.min(total), s.span.end.min(total)]);
    }
    for m in marks {
        cuts.extend([m.span.start, m.span.end]);
    }
    crate::lexicon::sort_dedup(&mut cuts);

    let opening = order_by(marks.len(), |i| marks[i].span.start);
    // By end, ties in opening order (as a stable sort of `opening` would give).
    let closing: Vec<usize> = order_by(opening.len(), |k| marks[opening[k]].span.end)
        .into_iter()
        .map(|k| opening[k])
        .collect();
    let value_order = order_by(value_refs.len(), |i| value_refs[i].0.start);
    // How many open marks carry each layer; a layer is on while its count is
    // positive, which handles overlapping marks of one layer.
    let mut open = [0usize; LAYER_COUNT];
    let mut open_values: Vec<usize> = Vec::new();
    let (mut next_open, mut next_close, mut next_value, mut next_sentence) = (0, 0, 0, 0);

    let mut segments: Vec<Segment> = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let span = Span::new(w[0], w[1]);
        while next_close < closing.len() && marks[closing[next_close]].span.end <= span.start {
            open[marks[closing[next_close]].layer as usize] -= 1;
            next_close += 1;
        }
        // Every mark starts at a cut point, so marks that end here were
        // opened at an earlier cut: closing first never underflows.
        while next_open < opening.len() && marks[opening[next_open]].span.start <= span.start {
            open[marks[opening[next_open]].layer as usize] += 1;
            next_open += 1;
        }
        open_values.retain(|&i| value_refs[i].0.end > span.start);
        while next_value < value_order.len()
            && value_refs[value_order[next_value]].0.start <= span.start
        {
            if value_refs[value_order[next_value]].0.end > span.start {
                open_values.push(value_order[next_value]);
            }
            next_value += 1;
        }
        while next_sentence < article.sentences.len()
            && article.sentences[next_sentence].span.end <= span.start
        {
            next_sentence += 1;
        }
        let sentence =
            article.sentences.get(next_sentence).filter(|s| s.span.contains(span)).map(|s| s.index);
        let layers: Vec<Layer> =
            Layer::ALL.iter().copied().filter(|l| open[*l as usize] > 0).collect();
        let mut seg_refs: Vec<SegmentRef> =
            sentence.and_then(|s| refs.get(&s).cloned()).unwrap_or_default();
        if !open_values.is_empty() {
            let mut seen: HashSet<(usize, usize), FnvBuild> =
                seg_refs.iter().map(|r| (r.article, r.sentence)).collect();
            for &i in &open_values {
                seg_refs.extend(
                    value_refs[i]
                        .1
                        .iter()
                        .filter(|r| seen.insert((r.article, r.sentence)))
                        .cloned(),
                );
            }
        }
        segments.push(Segment {
            text: article.text[index.bytes(span)].to_string(),
            span,
            layers,
            sentence,
            refs: seg_refs,
        });
    }
    segments
}

const LAYER_COUNT: usize = Layer::ALL.len();

/// The indices `0..n` ordered by `key`, ties in index order: what a stable
/// `sort_by_key` of `0..n` gives, done by the crate's one shared stable sort
/// of indices ([`crate::lexicon::stable_order`]), where each `sort_by_key`
/// closure put a copy of the standard library's stable sort into the wasm
/// (about 8 KB each; see README, Dependencies and size).
fn order_by(n: usize, key: impl Fn(usize) -> usize) -> Vec<usize> {
    crate::lexicon::stable_order(n, &|a, b| key(a).cmp(&key(b)))
}

/// Renders segments as `<span>`s. Text is escaped; attribute values are
/// generated here from numbers and layer names only.
pub(crate) fn render_html(segments: &[Segment]) -> String {
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
            let refs: Vec<String> =
                seg.refs.iter().map(|r| format!("{}:{}", r.article, r.sentence)).collect();
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
        Layer::Hidden => "hidden",
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

    const FERRY_A: &str = "Ferry “Aurora” sinks off Calder Point\r\n\r\nThe ferry sank at dawn near Calder Point, and 12 people were rescued, the coast guard said. “We did all we could,” Captain Imre Solt said. 🚤 Divers searched all day.";
    const FERRY_B: &str = "Aurora ferry lost near Calder Point\n\nThe ferry sank at dawn near Calder Point, and 14 people were rescued, the coast guard said. The owner, Brisk Lines, declined to comment.";

    fn ferry() -> (Article, Article, Comparison) {
        let a = crate::parse(FERRY_A, &ParseOptions { id: Some("a".into()), ..Default::default() })
            .unwrap();
        let b = crate::parse(FERRY_B, &ParseOptions { id: Some("b".into()), ..Default::default() })
            .unwrap();
        let mut c =
            crate::compare(&[a.clone(), b.clone()], &crate::model::CompareOptions::default())
                .unwrap();
        // A discrepancy as the comparison reports it, built here from the
        // parsed numbers so the test does not depend on how compare finds it.
        let value = |article: usize, art: &Article| {
            let (item, n) = art
                .numbers
                .iter()
                .enumerate()
                .find(|(_, n)| n.value == Some(12.0) || n.value == Some(14.0))
                .expect("the rescued count is parsed");
            crate::model::ReportedValue {
                article,
                item,
                text: n.number_text.clone(),
                span: n.number_span,
                sentence: Some(n.sentence),
                value: n.value,
                resolved: None,
            }
        };
        c.discrepancies = vec![crate::model::Discrepancy {
            quantity: "people rescued".into(),
            values: vec![value(0, &a), value(1, &b)],
        }];
        (a, b, c)
    }

    /// The layers each UTF-16 offset should carry, computed the slow way.
    fn check_tiling(article: &Article, out: &Highlighted) {
        let joined: String = out.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, article.text);
        let utf16: Vec<u16> = article.text.encode_utf16().collect();
        let mut at = 0;
        for s in &out.segments {
            assert_eq!(s.span.start, at, "segments are contiguous");
            assert!(s.span.end > s.span.start, "no empty segment");
            assert_eq!(
                String::from_utf16(&utf16[s.span.start..s.span.end]).unwrap(),
                s.text,
                "span slices to the segment text"
            );
            at = s.span.end;
        }
        assert_eq!(at, utf16.len());
    }

    #[test]
    fn comparison_findings_become_layers_and_references() {
        let (a, b, c) = ferry();
        let out = highlight(&a, Some(&c), &HighlightOptions::default()).unwrap();
        check_tiling(&a, &out);
        let figure =
            out.segments.iter().find(|s| s.text == "12").expect("the figure is its own segment");
        assert!(
            figure.layers.contains(&Layer::Discrepancy) && figure.layers.contains(&Layer::Number),
            "{:?}",
            figure.layers
        );
        let b_sentence = b.numbers.iter().find(|n| n.value == Some(14.0)).unwrap().sentence;
        assert!(
            figure.refs.contains(&SegmentRef { article: 1, sentence: b_sentence }),
            "{:?}",
            figure.refs
        );
        assert!(
            figure.layers.contains(&Layer::Shared),
            "the sentence is aligned with the other article"
        );
        let quote = out.segments.iter().find(|s| s.text.contains("We did all we could")).unwrap();
        assert!(quote.layers.contains(&Layer::Quote));
        assert!(
            quote.layers.contains(&Layer::Exclusive),
            "only article a reports the captain's words"
        );
        assert!(
            out.segments
                .iter()
                .any(|s| s.layers.contains(&Layer::Metadata) && s.text.contains("Aurora")),
            "the title is metadata"
        );
        assert!(out.html.contains("px-discrepancy"));
        assert!(out.html.contains(&format!("data-refs=\"1:{b_sentence}\"")));

        let hidden = highlight(
            &a,
            Some(&c),
            &HighlightOptions {
                article_index: Some(0),
                hide: vec![Layer::Discrepancy, Layer::Shared],
            },
        )
        .unwrap();
        check_tiling(&a, &hidden);
        assert!(
            hidden
                .segments
                .iter()
                .all(|s| !s.layers.contains(&Layer::Discrepancy)
                    && !s.layers.contains(&Layer::Shared))
        );
        assert!(
            hidden.segments.iter().any(|s| s.layers.contains(&Layer::Number)),
            "other layers stay"
        );
    }

    #[test]
    fn hidden_characters_are_their_own_layer() {
        let text = "Bridge reopens\n\nThe bridge re\u{200B}opened on Monday, officials said \u{202E}quietly.";
        let article = crate::parse(text, &ParseOptions::default()).unwrap();
        assert!(!article.hidden.is_empty(), "parse reports the hidden characters");
        let out = highlight(&article, None, &HighlightOptions::default()).unwrap();
        check_tiling(&article, &out);
        let hidden: Vec<&str> = out
            .segments
            .iter()
            .filter(|s| s.layers.contains(&Layer::Hidden))
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(hidden, ["\u{200B}", "\u{202E}"]);
        assert!(out.html.contains("px-hidden"));
    }

    #[test]
    fn an_article_outside_the_comparison_is_a_clear_error() {
        let (_, _, c) = ferry();
        let other = crate::parse("Unrelated\n\nSomething else happened.", &ParseOptions::default())
            .unwrap();
        let err = highlight(&other, Some(&c), &HighlightOptions::default()).unwrap_err();
        assert!(err.message().contains("articleIndex"));
        let err = highlight(
            &other,
            Some(&c),
            &HighlightOptions { article_index: Some(5), ..Default::default() },
        )
        .unwrap_err();
        assert!(err.message().contains("out of range"));
    }

    #[test]
    fn a_long_article_is_cut_quickly() {
        let paragraph = "The council met on Monday in Avalon, and Mayor Ines Roth said “we will rebuild” after 40 homes flooded. ";
        let text = format!("Flood in Avalon\n\n{}", paragraph.repeat(4000));
        let article = crate::parse(&text, &ParseOptions::default()).unwrap();
        let started = std::time::Instant::now();
        let out = highlight(&article, None, &HighlightOptions::default()).unwrap();
        check_tiling(&article, &out);
        assert!(started.elapsed().as_secs_f64() < 2.0, "took {:?}", started.elapsed());
    }

    // proptest does not build for wasm32 (see Cargo.toml); wasm-pack test
    // compiles this module too.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_text_is_tiled_exactly_and_escaped(text in "(Ferry|“|”|—|🚤|👩‍👩‍👧|\r\n|\n|<b>|&|\"|'|said|12|Mr\\. Solt| |\\.){0,60}") {
            if let Ok(article) = crate::parse(&text, &ParseOptions::default()) {
                let out = highlight(&article, None, &HighlightOptions::default()).unwrap();
                check_tiling(&article, &out);
                proptest::prop_assert!(!out.html.contains("<b>"));
            }
        }
    }

    #[test]
    fn order_by_is_a_stable_sort_by_key() {
        let keys = [5, 1, 5, 0, 1, 9, 0];
        let mut stable: Vec<usize> = (0..keys.len()).collect();
        stable.sort_by_key(|&i| keys[i]);
        assert_eq!(order_by(keys.len(), |i| keys[i]), stable);
        assert_eq!(order_by(keys.len(), |i| keys[i]), [3, 6, 1, 4, 0, 2, 5]);
    }
}
