//! The page's metadata: title, byline, site name, publication date, dek and
//! language.
//!
//! The precedence is Readability.js's, through `dom_smoothie`, its Rust port:
//! JSON-LD first (headline, author, publisher, datePublished, description),
//! then `<meta>` tags (Dublin Core, Open Graph, Twitter, `author`,
//! `article:published_time`, `description`), then the document `<title>` with
//! the site's suffix removed or the lone `<h1>`; a byline element in the page
//! (`rel=author`, `.byline`) when no tag names the author. Readability also
//! checks JSON-LD's headline against the `<title>` and prefers the one that
//! agrees with it. Where no tag gives a date, the first `<time datetime>` and
//! then a date in the URL fill the gap.

use serde::{Deserialize, Serialize};

/// Metadata as the page states it, before it is placed in the article text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct PageMetadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// The publication time exactly as the page gives it.
    pub published_time: Option<String>,
    /// The publication day, `YYYY-MM-DD`.
    pub published_date: Option<String>,
    /// The description, used as the dek.
    pub excerpt: Option<String>,
    pub language: Option<String>,
}

/// What the Readability pass found: the metadata and the article's content.
pub struct ReadabilityPass {
    pub metadata: PageMetadata,
    pub text: Option<String>,
    /// The article container's blocks, read from Readability's tree as it
    /// stands (no second parse).
    pub blocks: Option<Vec<super::extract::Block>>,
}

/// Reads the metadata with Readability's rules. `url` must be absolute to be
/// used (it resolves relative links and names the site); otherwise it is
/// ignored.
pub fn readability_pass(html: &str, url: Option<&str>) -> ReadabilityPass {
    let url = url.filter(|u| is_absolute_http_url(u));
    // Classes are kept so furniture inside the content can be recognised.
    let config = dom_smoothie::Config { keep_classes: true, ..dom_smoothie::Config::default() };
    let Ok(mut reader) = dom_smoothie::Readability::new(html, url, Some(config)) else {
        return ReadabilityPass { metadata: PageMetadata::default(), text: None, blocks: None };
    };
    // Read before `parse`, which rearranges the tree.
    let bylines_as_written = byline_elements(&reader.doc);
    match reader.parse() {
        Ok(article) => {
            // `parse` leaves the article in `reader.doc` under this id.
            let container = reader.doc.select_single("#readability-page-1");
            let blocks =
                container.nodes().first().map(|node| super::extract::blocks_under(*node, false));
            ReadabilityPass {
                metadata: PageMetadata {
                    title: non_empty(Some(article.title)),
                    byline: as_written(non_empty(article.byline), &bylines_as_written),
                    site_name: non_empty(article.site_name),
                    published_date: article.published_time.as_deref().and_then(iso_day),
                    published_time: non_empty(article.published_time),
                    excerpt: non_empty(article.excerpt),
                    language: non_empty(article.lang),
                },
                text: non_empty(Some(article.text_content.to_string())),
                blocks,
            }
        }
        // No article body: the metadata is still worth having.
        Err(_) => {
            let Ok(reader) = dom_smoothie::Readability::new(html, url, None) else {
                return ReadabilityPass {
                    metadata: PageMetadata::default(),
                    text: None,
                    blocks: None,
                };
            };
            let found = reader.get_article_metadata(reader.parse_json_ld());
            ReadabilityPass {
                metadata: PageMetadata {
                    title: non_empty(Some(found.title)),
                    byline: non_empty(found.byline),
                    site_name: non_empty(found.site_name),
                    published_date: found.published_time.as_deref().and_then(iso_day),
                    published_time: non_empty(found.published_time),
                    excerpt: non_empty(found.excerpt),
                    language: non_empty(found.lang),
                },
                text: None,
                blocks: None,
            }
        }
    }
}

/// Fills a missing publication date from `<time datetime>` or the address.
pub fn fill_gaps(metadata: &mut PageMetadata, html: &str, url: Option<&str>) {
    if metadata.published_date.is_none() {
        metadata.published_date = time_element_date(html).or_else(|| url.and_then(date_in_url));
    }
}

/// The trimmed text of every element Readability would consider a byline
/// (`rel=author`, `itemprop` author, a class or id naming byline, author or
/// dateline), with its whitespace as the page has it.
fn byline_elements(doc: &dom_query::Document) -> Vec<String> {
    let selection = doc.select(
        r#"[rel="author"], [itemprop*="author" i], [class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="dateline" i]"#,
    );
    selection
        .nodes()
        .iter()
        .map(|node| node.text().trim().to_string())
        .filter(|t| !t.is_empty() && t.len() < 200)
        .collect()
}

/// dom_smoothie reports the byline with its whitespace collapsed; the page
/// (and Readability.js) keep the element's own line breaks. Metadata is kept
/// as the page states it, so the element's text is preferred when it is the
/// same words; the article's byline line is written collapsed.
fn as_written(byline: Option<String>, elements: &[String]) -> Option<String> {
    let byline = byline?;
    let key = collapse_whitespace(&byline);
    Some(elements.iter().find(|raw| collapse_whitespace(raw) == key).cloned().unwrap_or(byline))
}

pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn is_absolute_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && url.len() > "https://".len()
}

/// The `YYYY-MM-DD` a timestamp starts with ("2024-03-09T10:00:00Z"), if it
/// is a real calendar day.
pub fn iso_day(text: &str) -> Option<String> {
    let t = text.trim().as_bytes();
    if t.len() < 10 || t[4] != b'-' || t[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        std::str::from_utf8(&t[r]).ok()?.parse().ok()
    };
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    valid_day(year, month, day).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn valid_day(year: u32, month: u32, day: u32) -> bool {
    (1900..=2200).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// The first `<time datetime="YYYY-MM-DD...">` in the page.
fn time_element_date(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find("<time") {
        let start = from + p;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        if let Some(a) = lower[start..end].find("datetime=") {
            let value = html[start + a + 9..end].trim_start_matches(['"', '\'']);
            if let Some(day) = iso_day(value) {
                return Some(day);
            }
        }
        from = end;
    }
    None
}

/// A date in the address: `/2024/03/09/` or `2024-03-09` in the path.
pub fn date_in_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let parts: Vec<&str> = path.split('/').collect();
    for window in parts.windows(3) {
        if let [y, m, d] = window {
            if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) {
                if let (Ok(y), Ok(m), Ok(d)) =
                    (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
                {
                    if valid_day(y, m, d) {
                        return Some(format!("{y:04}-{m:02}-{d:02}"));
                    }
                }
            }
        }
    }
    let bytes = path.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_digit();
        let after = bytes.get(i + 10).is_none_or(|b| !b.is_ascii_digit());
        if boundary && after && path.is_char_boundary(i) && path.is_char_boundary(i + 10) {
            iso_day(&path[i..i + 10])
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_keeps_the_pages_line_breaks_in_metadata_only() {
        let paragraph = "<p>The ferry to Lanmoor ran again on Tuesday after a week of repairs to its engine, the harbour office said in a statement to passengers.</p>";
        let html = format!(
            "<html><head><title>Ferry runs again</title></head><body><article><h1>Ferry runs again</h1><div class=\"byline\">By\n      Ann Lee</div>{}</article></body></html>",
            paragraph.repeat(6)
        );
        let pass = readability_pass(&html, None);
        assert_eq!(pass.metadata.byline.as_deref(), Some("By\n      Ann Lee"));
        let article = crate::parse(
            &html,
            &crate::model::ParseOptions {
                format: crate::model::InputFormat::Html,
                ..Default::default()
            },
        )
        .unwrap();
        let names: Vec<&str> = article.bylines.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(names, vec!["Ann Lee"]);
        assert!(!article.text.contains("By\n"), "the byline line is written collapsed");
    }

    #[test]
    fn dates_from_addresses_and_timestamps() {
        assert_eq!(
            date_in_url("https://news.example/world/2024/3/09/ferry-strike"),
            Some("2024-03-09".into())
        );
        assert_eq!(
            date_in_url("https://news.example/a/story-2023-11-30.html"),
            Some("2023-11-30".into())
        );
        assert_eq!(date_in_url("https://news.example/a/12024-11-30"), None);
        assert_eq!(date_in_url("https://news.example/2024/13/40/x"), None);
        assert_eq!(iso_day("2019-11-20T04:31:13-06:00"), Some("2019-11-20".into()));
        assert_eq!(iso_day("Nov 20, 2019"), None);
        assert_eq!(
            time_element_date("<p><time class=x datetime='2021-05-06T10:00'>May 6</time>"),
            Some("2021-05-06".into())
        );
    }

    #[test]
    fn json_ld_outranks_meta_tags() {
        let page = r#"<html lang="en"><head><title>Harbour strike ends after nine days | The Tidewater Ledger</title>
            <meta property="og:title" content="Harbour strike ends">
            <meta property="og:site_name" content="Tidewater Ledger">
            <meta name="description" content="Dockers return on Monday.">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Harbour strike ends after nine days","author":{"@type":"Person","name":"Ines Calloway"},
              "datePublished":"2031-04-02T08:00:00Z","publisher":{"@type":"Organization","name":"The Tidewater Ledger"}}</script>
            </head><body><article><h1>Harbour strike ends after nine days</h1>
            <p>Dockers at the port of Marrowby voted on Sunday to end a strike that had halted ferries for nine days, the union said.</p>
            <p>The vote was 412 to 97, and the first sailings are due to leave at six in the morning on Monday, a spokesman said.</p>
            </article></body></html>"#;
        let pass = readability_pass(page, Some("https://ledger.example/2031/04/02/strike"));
        let m = pass.metadata;
        assert_eq!(m.title.as_deref(), Some("Harbour strike ends after nine days"));
        assert_eq!(m.byline.as_deref(), Some("Ines Calloway"));
        assert_eq!(m.site_name.as_deref(), Some("The Tidewater Ledger"));
        assert_eq!(m.published_time.as_deref(), Some("2031-04-02T08:00:00Z"));
        assert_eq!(m.published_date.as_deref(), Some("2031-04-02"));
        assert_eq!(m.excerpt.as_deref(), Some("Dockers return on Monday."));
        assert_eq!(m.language.as_deref(), Some("en"));
    }
}
