//! Generated articles for the property tests: news-like lines mixed with
//! the characters that break offset code (curly quotes, em dashes, emoji
//! with joiners, CRLF, zero-width and bidi controls, NUL) and markup.
#![allow(dead_code)]

use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z]{1,9}",
        2 => "[A-Z][a-z]{1,8}",
        1 => "[0-9]{1,4}",
        1 => prop::sample::select(vec![
            "“", "”", "‘", "’", "—", "–", "…", "🚀", "👩\u{200D}👩\u{200D}👧", "é", "ß", "Ω", "中文", "\u{200B}", "\u{202E}",
            "\u{202C}", "\u{0}", "\u{7}", "\u{FEFF}", "<b>", "</p>", "<script>x()</script>", "&amp;", "\"", "'", "$40bn", "30%",
            "Mr.", "U.S.", "said", "killed", "people", "Tuesday", "June 25", "(AP Photo)",
        ])
        .prop_map(str::to_string),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(word(), 1..14),
        prop::sample::select(vec![".", "?", "!", ",”", ".”", "", ":"]),
    )
        .prop_map(|(words, end)| {
            let mut s = words.join(" ");
            s.push_str(end);
            s
        })
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        1 => "[A-Z][a-z]+ [a-z]+ [A-Z][a-z]+".prop_map(|s| s),
        1 => "By [A-Z][a-z]+ [A-Z][a-z]+".prop_map(|s| s),
        5 => prop::collection::vec(sentence(), 1..4).prop_map(|s| s.join(" ")),
        1 => "\\PC{0,30}",
    ]
}

/// A generated article: lines joined by mixed line breaks.
pub fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (line(), prop::sample::select(vec!["\n", "\r\n", "\n\n", "\r\n\r\n", "\r"])),
        1..14,
    )
    .prop_map(|lines| {
        lines.into_iter().fold(String::new(), |mut s, (l, br)| {
            s.push_str(&l);
            s.push_str(br);
            s
        })
    })
}

/// Two to four articles that share some sentences, as a story's coverage does.
pub fn story() -> impl Strategy<Value = Vec<String>> {
    (
        prop::collection::vec(sentence(), 1..6),
        prop::collection::vec((article_text(), prop::collection::vec(any::<bool>(), 6)), 2..5),
    )
        .prop_map(|(shared, articles)| {
            articles
                .into_iter()
                .map(|(text, picks)| {
                    let mut t = format!("Storm report\n\n{text}\n\n");
                    for (s, keep) in shared.iter().zip(picks) {
                        if keep {
                            t.push_str(s);
                            t.push(' ');
                        }
                    }
                    t
                })
                .collect()
        })
}

/// The UTF-16 length of `text`, counted directly.
pub fn utf16(text: &str) -> usize {
    text.encode_utf16().count()
}
