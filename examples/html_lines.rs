//! Shows how Parallax reads one saved page: every line of the extracted text
//! with its role (and, for removed lines, the reason), then the metadata.
//!
//! `cargo run --release --example html_lines -- page.html [URL]`
//! (a `.gz` file is decompressed with the system's `gzip`).

use parallax::model::{InputFormat, ParseOptions};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: html_lines PAGE.html[.gz] [URL]");
    let url = args.next();
    let bytes = if path.ends_with(".gz") {
        std::process::Command::new("gzip").arg("-dc").arg(&path).output().expect("gzip runs").stdout
    } else {
        std::fs::read(&path).expect("readable file")
    };
    let options = ParseOptions { format: InputFormat::Html, url, ..Default::default() };
    match parallax::parse_bytes(&bytes, &options) {
        Err(e) => println!("error: {e}"),
        Ok(article) => {
            let index = parallax::Utf16Index::new(&article.text);
            for line in &article.lines {
                if line.role == parallax::model::LineRole::Blank {
                    continue;
                }
                let role = match line.reason {
                    Some(reason) => format!("{:?}({reason:?})", line.role),
                    None => format!("{:?}", line.role),
                };
                println!("{role:<24} {}", &article.text[index.bytes(line.span)]);
            }
            println!(
                "published: {:?}  language: {:?}  warnings: {:?}",
                article.published.map(|p| p.iso),
                article.language,
                article.warnings
            );
        }
    }
}
