//! Plain text, as pasted or scraped from a news page: deciding what each
//! line is.
//!
//! Scraped text has one paragraph per line and carries the page's furniture
//! with it: the title printed twice or as a URL slug, captions (some twice),
//! a byline and date block, audio-player residue, prompts, promos for other
//! articles and sign-offs. Each line is judged in three passes:
//!
//! 1. what a line is by itself (a title copy, a date, a credit, a caption, a
//!    prompt);
//! 2. the header: the dek, bylines and photo labels, which are recognised by
//!    what surrounds them (a dek is followed by header furniture, a byline by
//!    a date, a photo label by a caption);
//! 3. the body: short lines standing alone are subheads, unless they are the
//!    title of a promo (with its teaser line) or come after the last
//!    paragraph (a sign-off).
//!
//! The code is a folder: [`context`] holds the lines and the roles judged so
//! far (a removed line's role carries its reason); [`recognisers`] the
//! functions that say what one line is, with their tables; [`lines`] the
//! passes over lines by themselves and page furniture; [`header`], [`body`]
//! and [`footer`] the passes over those parts of the page.
//!
//! The result is a [`Classified`] that [`crate::parse::build`] turns into an
//! [`Article`]; HTML parsing produces the same structure from markup.

use crate::error::Error;
use crate::model::{Article, InputFormat, ParseOptions};
use crate::parse::build::{assemble, Classified};
use crate::parse::bytewise::{has_byte_below, word_at};
use std::ops::Range;

mod body;
mod context;
mod footer;
mod header;
mod lines;
mod recognisers;

/// Splits `text` into lines, returning each line's byte range without its
/// line break ("\n", "\r\n" or a lone "\r").
pub fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // Room for lines of 48 bytes on average, so that an article's lines
    // rarely make the vector grow (and move) several times.
    let mut lines = Vec::with_capacity(text.len() / 48 + 8);
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes are not line breaks: pass over eight at a time while
        // none of them can be one.
        if let Some(word) = word_at(bytes, i) {
            if !has_byte_below(word, b'\r' + 1) {
                i += 8;
                continue;
            }
        }
        match bytes[i] {
            b'\n' => {
                lines.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                lines.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

/// Parses plain text into an article.
pub fn parse(input: &str, options: &ParseOptions) -> Result<Article, Error> {
    let classified = classify(input);
    Ok(assemble(input, InputFormat::Text, options, classified))
}

/// The byte range of `text[range]` without surrounding whitespace (empty, at
/// the start, for a blank line).
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let line = &text[range.clone()];
    let lead = line.len() - line.trim_start().len();
    if lead == line.len() {
        return range.start..range.start;
    }
    let trail = line.len() - line.trim_end().len();
    range.start + lead..range.end - trail
}

/// Decides the role of every line of plain text, pass by pass.
pub fn classify(input: &str) -> Classified {
    let mut cx = context::Lines::new(input);
    let title_idx = header::title(&mut cx);
    let mut footer_outlet_at = lines::by_itself(&mut cx, title_idx);
    lines::page_furniture(&mut cx, &mut footer_outlet_at);
    lines::link_lists(&mut cx);
    // Which lines still unjudged read like headings; the later passes ask
    // this of the same lines several times, and roles are only ever added,
    // so it is worked out once here.
    let heading: Vec<bool> =
        (0..cx.raw.len()).map(|i| cx.open(i) && recognisers::heading_like(cx.text(i))).collect();
    lines::photo_labels(&mut cx, &heading);
    let first_body = header::header(&mut cx, title_idx);
    let bio_outlet = footer::writers_notes(&mut cx);
    let last_body = cx.nonblank.iter().rev().copied().find(|&i| cx.open(i) && !heading[i]);
    footer::outlet(&mut cx, footer_outlet_at, bio_outlet, last_body);
    if let Some(first) = first_body {
        body::body(&mut cx, first, last_body, &heading);
    }
    cx.finish()
}

#[cfg(test)]
mod tests {
    use super::recognisers::*;
    use super::*;
    use crate::parse::dates::date_line;

    #[test]
    fn a_clock_time_line() {
        for line in ["22.40 BST", "9:05", "14:05 GMT", "6.30pm"] {
            assert!(clock_time_line(line), "{line:?}");
        }
        for line in ["", "24.10", "9.5", "86-11", "22.40 on Monday"] {
            assert!(!clock_time_line(line), "{line:?}");
        }
    }

    #[test]
    fn line_breaks_of_every_kind() {
        let text = "a\r\nb\nc\rd";
        let got: Vec<&str> = line_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, vec!["a", "b", "c", "d"]);
        assert_eq!(line_ranges("a\n").len(), 1);
        assert_eq!(line_ranges("a\n\n").len(), 2);
        let text = "a\r\r\nb\n\n\r\nc\r";
        let got: Vec<&str> = line_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, vec!["a", "", "b", "", "", "c"]);
    }

    #[test]
    fn date_lines_need_a_year() {
        for s in ["June 26, 2024", "6/26/24", "2024-06-26", "Published Wed 26 Jun 2024 10:45 am ET"]
        {
            assert!(may_hold_date(s, 0..s.len()) && date_line(s, 0..s.len()).is_some(), "{s}");
        }
        for s in ["June 26", "5 min read", "Updated 3 hours ago", "Room 101 at 10:45"] {
            assert!(!may_hold_date(s, 0..s.len()), "{s}");
        }
        assert!(
            published_time_label("Published 6:15 AM ET")
                && published_time_label("Posted 3 hours ago")
        );
        assert!(
            !published_time_label("Published figures show 40 dead")
                && !published_time_label("Published June 26, 2024")
        );
    }

    #[test]
    fn words_and_prefixes() {
        for s in [
            "",
            " ",
            "one",
            " two  words ",
            "a\u{a0}b\u{2003}c\td\u{85}e",
            "né à Zürich —  le 5",
            &"w ".repeat(50),
        ] {
            assert_eq!(word_count(s), s.split_whitespace().take(41).count(), "{s:?}");
        }
    }

    /// Rule `a_date_line_then_its_byline`.
    #[test]
    fn a_date_line_then_its_byline() {
        let text = "Dam Breaks Near Town\n\nPosted on June 4, 2025 by Ana Vell and Tomas Reyes\n\nThe dam above the town failed on Tuesday, officials said.";
        let c = classify(text);
        let names: Vec<&str> = c.bylines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(names, vec!["Ana Vell", "Tomas Reyes"]);
        let (range, day) = c.published.expect("dated");
        assert_eq!(
            (&text[range], day),
            ("June 4, 2025", crate::parse::dates::days_from_civil(2025, 6, 4))
        );
        // A sentence that happens to hold a date and "by" is no byline.
        let text = "Dam Breaks Near Town\n\nThe dam was inspected on June 4, 2025 by Ana Vell\n\nThe dam failed.";
        assert!(classify(text).bylines.is_empty());
    }

    /// Rule `a_date_line_by_an_outlet_names_the_outlet`.
    #[test]
    fn a_date_line_by_an_outlet_names_the_outlet() {
        let text = "Dam Breaks Near Town\n\nJune 4, 2025 by The Vell Courier\n\nThe dam above the town failed on Tuesday, officials said.";
        let c = classify(text);
        assert!(c.bylines.is_empty(), "an outlet is no writer: {:?}", c.bylines);
        assert_eq!(c.outlet.map(|r| &text[r]), Some("The Vell Courier"));
        assert!(c.published.is_some());
    }

    /// Rule `a_name_beside_a_header_date_is_its_writer`.
    #[test]
    fn a_name_beside_a_header_date_is_its_writer() {
        let read = |header: &str, body: &str| {
            let text = format!("Dam Breaks Near Town\n\n{header}\n\n{body}");
            let c = classify(&text);
            let names: Vec<String> =
                c.bylines.iter().map(|r| text[r.clone()].to_string()).collect();
            let day = c.published.map(|p| p.1);
            (names, day == Some(crate::parse::dates::days_from_civil(2025, 6, 4)))
        };
        let body = "The dam above the town failed on Tuesday, officials said.";
        for header in ["Ana Vell | 4 June 2025", "4 June 2025 | Ana Vell"] {
            assert_eq!(read(header, body), (vec!["Ana Vell".to_string()], true), "{header}");
        }
        assert_eq!(read("Ana Vell, Sam Orr | 4 June 2025", body).0, vec!["Ana Vell", "Sam Orr"]);
        assert_eq!(read("Ana Vell, Reporter | 4 June 2025", body).0, vec!["Ana Vell"]);
        // A comma sets off a dateline's place, not a byline.
        assert_eq!(read("Ana Vell, 4 June 2025", body), (vec![], true));
        // With no evidence either way, two capitalised words beside a bar
        // read as a name, as "Name | date" is how bylines are set.
        assert_eq!(read("Sorrel Ford | 4 June 2025", body).0, vec!["Sorrel Ford"]);
        // A place beside the date: in capitals, one word, a known place,
        // or named as a place in the story.
        for (header, body) in [
            ("SORREL FORD | 4 June 2025", body),
            ("Lindau | 4 June 2025", body),
            ("Lindau City | 4 June 2025", body),
            ("Sorrel Ford | 4 June 2025", "The dam near Sorrel Ford failed, officials said."),
            ("Sorrel Ford | 4 June 2025", "Officials in Sorrel Ford said the dam failed."),
        ] {
            assert_eq!(read(header, body), (vec![], true), "{header} / {body}");
        }
    }

    /// Rule `a_header_date_line_names_its_place`.
    #[test]
    fn a_header_date_line_names_its_place() {
        use crate::model::{EntityKind, ParseOptions};
        for (header, place) in [
            ("Sorrel Ford, 4 June 2025", "Sorrel Ford"),
            ("LINDAU, Velmora — 4 June 2025", "Lindau"),
        ] {
            let text = format!(
                "Dam Breaks Near Town\n\n{header}\n\nThe council of {place} met on Tuesday after the dam failed."
            );
            let a = parse(&text, &ParseOptions::default()).unwrap();
            let found = a.entities.iter().find(|e| e.name == place);
            assert_eq!(
                found.map(|e| (e.kind, e.mentions.len())),
                Some((EntityKind::Place, 2)),
                "{header}: {:?}",
                a.entities
            );
        }
        // An agency's acronym or a section's name beside the date is no place.
        for (header, name) in [("HWN, 4 June 2025", "HWN"), ("World | 4 June 2025", "World")] {
            let text = format!(
                "Dam Breaks Near Town\n\n{header}\n\nThe dam failed on Tuesday, officials said."
            );
            let a = parse(&text, &ParseOptions::default()).unwrap();
            assert!(a.entities.iter().all(|e| e.name != name), "{header}: {:?}", a.entities);
        }
    }

    #[test]
    fn a_first_line_that_is_the_lede_is_no_title() {
        for text in [
            "LINDAU—Velmora’s defense ministry ordered a review of port security.\n\nThe review starts Monday.",
            "NEW YORK—City officials reopened the pier.\n\nIt had been shut for a week.",
        ] {
            assert_eq!(classify(text).title, None, "{text}");
        }
        assert!(classify("LINDAU Reopens Its Port\n\nThe port reopened on Monday.")
            .title
            .is_some());
    }

    /// Rule `a_lede_sentence_is_no_headline`.
    #[test]
    fn a_lede_sentence_is_no_headline() {
        let lede = "The coastguard said Saturday it had seized 23 smugglers off Karsk.";
        let text = format!("{lede}\n\nThe boats were towed to port.");
        let a = crate::parse(&text, &Default::default()).unwrap();
        assert_eq!(a.title, None);
        assert!(a.sentences.iter().any(|s| s.text == lede), "the lede stays in the body");
        assert!(a.numbers.iter().any(|n| n.value == Some(23.0)), "its figure is read");
        for lede in [
            "A fire that began in a bakery has destroyed most of the old market hall in the centre of Lindau.",
            "Fire crews fought the blaze through the night after it broke out yesterday.",
        ] {
            let text = format!("{lede}\n\nThe boats were towed to port on Monday.");
            assert_eq!(classify(&text).title, None, "{lede}");
        }
        for title in [
            "Coastguard seizes 23 smugglers off Karsk",
            "Coastguard seizes 23 smugglers off Karsk.",
            "Ports along the whole northern coast closed for a week as the first winter storm heads for the U.S.",
            "Karsk Coastguard Seizes 23 Smugglers In Its Biggest Raid Since The Harbour Reopened On Saturday.",
            "Voters in Karsk head to the polls on Super Tuesday.",
            "Five things to watch in Saturday's debate in Karsk.",
            "Will the dam above Lindau hold through the spring and the floods of next Saturday?",
        ] {
            let text = format!("{title}\n\nThe boats were towed to port on Monday.");
            assert_eq!(classify(&text).title.map(|r| &text[r]), Some(title), "{title}");
        }
    }

    /// Rule `an_article_and_an_auxiliary_make_a_lede`.
    #[test]
    fn an_article_and_an_auxiliary_make_a_lede() {
        for lede in
            ["The coastguard has seized 23 smugglers.", "A bakery in Lindau was destroyed by fire."]
        {
            let text = format!("{lede}\n\nThe boats were towed to port.");
            let a = crate::parse(&text, &Default::default()).unwrap();
            assert_eq!(a.title, None, "{lede}");
            assert!(a.numbers.iter().any(|n| n.value == Some(23.0)) || !lede.contains("23"));
        }
        for title in [
            "Coastguard has seized 23 smugglers.",
            "The coastguard seizes 23 smugglers.",
            "The Coastguard Has Seized 23 Smugglers.",
        ] {
            let text = format!("{title}\n\nThe boats were towed to port.");
            assert_eq!(classify(&text).title.map(|r| &text[r]), Some(title), "{title}");
        }
    }

    /// Rule `page_chrome_over_the_headline_is_no_title`.
    #[test]
    fn page_chrome_over_the_headline_is_no_title() {
        let text = "Skip to main content\nMenu\nWorld\nFerry strike enters second week\n\nThe strike on the Harvik Sound entered its second week on Monday.\n";
        assert_eq!(classify(text).title.map(|r| &text[r]), Some("Ferry strike enters second week"));
        // Control: a headline of prose words is still the title.
        let text = "Ferry strike enters second week\n\nThe strike entered its second week.\n";
        assert_eq!(classify(text).title.map(|r| &text[r]), Some("Ferry strike enters second week"));
    }

    #[test]
    fn slug_and_repeat_of_title() {
        assert_eq!(normalize("Austin & Russia's New Chief"), "austin russias new chief");
        assert_eq!(normalize("austin-russias-new-chief"), "austin russias new chief");
        assert_eq!(normalize(" -- Ünter  DEN’s -- "), "ünter dens");
        for s in [
            "",
            " - ",
            "Austin & Russia's New Chief",
            " -- Ünter  DEN’s -- ",
            "İstanbul’s 2 ΣΟΦΙΑ\u{a0}x",
            "a--b  c'd’e",
        ] {
            assert_eq!(normalized_chars(s).collect::<String>(), normalize(s), "{s:?}");
        }
    }

    #[test]
    fn player_and_prompts() {
        assert!(is_player_residue("0:00"));
        assert!(is_player_residue("0:00 / 3:12"));
        assert!(!is_player_residue("At 10:00 the vote began."));
        assert!(is_prompt("Leave a Comment"));
        assert!(is_prompt("Subscribe to our newsletters"));
        assert!(!is_prompt(
            "Subscribers to the service complained about outages on Monday, officials said."
        ));
    }

    #[test]
    fn section_labels_and_breadcrumbs() {
        for s in [
            "World News",
            "Politics",
            "News|Politics",
            "Home › Europe › Energy",
            "World / Europe",
            "Energy & Environment",
            "Europe|Energy & Environment",
            "Analysis",
        ] {
            assert!(section_label(s), "{s}");
        }
        for s in [
            "Harbor Reopens",
            "Velmora Votes / Ostria Waits",
            "World leaders meet in Karsk",
            "News of the strike spreads",
            "Europe.",
        ] {
            assert!(!section_label(s), "{s}");
        }
    }

    #[test]
    fn writers_notes() {
        let names = ["Ana Lux"];
        let bio = |s: &'static str| author_bio(s, &names).map(|o| o.map(|r| &s[r]));
        assert_eq!(
            bio("Ana Lux is a reporter for The Harbor Ledger, based in Karsk."),
            Some(Some("The Harbor Ledger"))
        );
        assert_eq!(bio("Ana Lux is a freelance journalist based in Tessin."), Some(None));
        assert_eq!(bio("Ana Lux is the mayor of Tessin."), None);
        assert_eq!(bio("Sam Orr is a reporter for The Harbor Ledger."), None);
        assert!(is_player_residue("Listen to this article · 5 min"));
        assert!(is_player_residue("Listen to article (3 minutes)"));
        assert!(!is_player_residue("Listen to this article's critics and you hear anger."));
    }

    #[test]
    fn a_content_type_note_and_writers_with_places() {
        assert!(content_type_note("News Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources."));
        assert!(content_type_note("Opinion Advocates for ideas and draws conclusions based on the author’s interpretation of facts and data."));
        assert!(!content_type_note(
            "News based on leaked documents reached the ministry on Monday."
        ));
        assert!(!content_type_note("Analysis Based"), "a name and a word, no definition");
        assert_eq!(
            byline_with_place_or_role("Hana Vujic in Halm and Omar Brandt in Karsk"),
            Some("Hana Vujic in Halm and Omar Brandt in Karsk".len())
        );
        assert_eq!(byline_with_place_or_role("Troops in Halm and police in Karsk"), None);
        assert!(is_prompt("Please turn on JavaScript to use this feature"));
    }

    #[test]
    fn headings_and_names() {
        assert!(heading_like("Harbor ‘closed’"));
        assert!(!heading_like("The harbor closed."));
        assert!(name_like("Mara Quist"));
        assert!(name_like("By Mara Quist and Teo Lind"));
        assert!(!name_like("The harbor closed."));
        assert_eq!(promo_label("The Brief – The fall of Tarsk"), Some(true));
        assert_eq!(promo_label("Read more: Tarsk falls"), Some(false));
        assert_eq!(promo_label("Tarsk falls"), None);
        assert_eq!(staff_credit("Harbor Ledger staff"), Some("Harbor Ledger".len()));
        assert_eq!(staff_credit("By Harbor Ledger reporters"), Some("Harbor Ledger".len()));
        assert_eq!(staff_credit("The staff"), None);
    }

    #[test]
    fn subhead_over_a_captioned_photo() {
        let a = parse("Harbor reopens\n\nThe harbor reopened on Monday, officials said.\n\nNew cranes\n\nA crane lifts a box at dawn. (Jo Quill/Harbor Wire)\n\nTwo cranes arrived last week.", &ParseOptions::default()).unwrap();
        assert_eq!(
            a.subheads.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
            vec!["New cranes"]
        );
        assert_eq!(a.captions.len(), 1);
    }

    /// Rule `a_byline_tail_names_the_outlet`: names, a bar or a comma, then
    /// an outlet's name, with no "By".
    #[test]
    fn a_byline_tail_names_the_outlet() {
        let body = "\n\nThe ferry to Lanmoor ran again on Tuesday after a week of repairs, officials said.\n\nShips queued at the bay by noon.";
        for (line, names, outlet) in [
            ("Ana Vell | Wirenews", vec!["Ana Vell"], "Wirenews"),
            ("ANA VELL | REUTERS", vec!["ANA VELL"], "REUTERS"),
            (
                "Ana Vell and Piet Horvath, The Harbor Ledger",
                vec!["Ana Vell", "Piet Horvath"],
                "The Harbor Ledger",
            ),
        ] {
            let a = parse(
                &format!("Lanmoor ferry back\n\n{line}\nMay 3, 2026{body}"),
                &ParseOptions::default(),
            )
            .unwrap();
            let got: Vec<&str> = a.bylines.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(got, names, "{line}");
            assert_eq!(a.outlet.map(|o| o.text).as_deref(), Some(outlet), "{line}");
            assert!(a.dek.is_none(), "{line}");
            let undated =
                parse(&format!("Lanmoor ferry back\n\n{line}{body}"), &ParseOptions::default())
                    .unwrap();
            assert_eq!(undated.outlet.map(|o| o.text).as_deref(), Some(outlet), "{line}, no date");
        }
        // Two writers, no outlet.
        let a = parse(
            &format!("Lanmoor ferry back\n\nBy Ana Vell, Piet Horvath{body}"),
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(a.outlet, None);
    }

    #[test]
    fn staff_byline_beside_a_date_names_the_outlet() {
        let a = parse("Ferry fares rise\n\nFares go up by a third from Monday.\nHarbor Ledger staff\nMarch 3, 2025\n\nFerry fares rose on Monday, the operator said.", &ParseOptions::default()).unwrap();
        assert_eq!(a.dek.map(|d| d.text), Some("Fares go up by a third from Monday.".to_string()));
        assert_eq!(a.outlet.map(|o| o.text), Some("Harbor Ledger".to_string()));
        assert_eq!(a.bylines.len(), 1);
    }
}
