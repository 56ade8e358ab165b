//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use parallax::model::{Article, InputFormat, ParseOptions};
use std::path::PathBuf;

/// The `../shared` folder beside the checkout, which holds the seed articles
/// and corpora. A user's own clone may not have it: tests then skip with a
/// notice. Under `CI=true` its absence is a failure, so CI cannot pass by
/// skipping. `PARALLAX_SHARED` overrides the location.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PARALLAX_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if dir.join("seeds/gold.json").is_file() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "CI=true but the shared data is missing at {}: clone it beside the project.",
            dir.display()
        );
    }
    eprintln!("NOTICE: skipping: shared data not found at {} (set PARALLAX_SHARED)", dir.display());
    None
}

/// Reads a file under the shared folder, or returns None (with the skip
/// notice) when the folder is absent.
pub fn read_shared(relative: &str) -> Option<String> {
    let dir = shared_dir()?;
    let path = dir.join(relative);
    Some(
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
    )
}

/// Parses our own fixture `tests/fixtures/text/{name}` as a user's paste would be ("auto").
pub fn parse_fixture(name: &str) -> Article {
    let path = format!("{}/tests/fixtures/text/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parallax::parse(&text, &ParseOptions { format: InputFormat::Auto, ..Default::default() })
        .expect("fixture parses")
}

/// The speaker of the quote whose words start with `quote_start`; panics, listing the quotes, when there is none.
pub fn speaker_of<'a>(a: &'a Article, quote_start: &str) -> Option<&'a str> {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(quote_start))
        .unwrap_or_else(|| panic!("no quote {quote_start:?}: {:?}", a.quotes))
        .speaker
        .as_deref()
}

/// What the date mention written `date` resolved to; panics, listing the dates, when there is none.
pub fn resolved<'a>(a: &'a Article, date: &str) -> Option<&'a str> {
    a.dates
        .iter()
        .find(|d| d.text == date)
        .unwrap_or_else(|| panic!("no date {date:?}: {:?}", a.dates))
        .resolved
        .as_deref()
}
