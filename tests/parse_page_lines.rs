//! The frame of an article as pages print it around the story, on our own
//! fictional articles (`tests/fixtures/text/gen5_lines3_*.txt`): section
//! labels over the headline, the audio player's button, promos that name
//! another article, notes on the writers and the copyright line after the
//! story, and the outlet that only those lines name.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// file access does not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, InputFormat, ParseOptions, RemovalReason};

mod common;
use common::parse_fixture as parse;

fn removed_as(a: &Article, line: &str) -> Option<RemovalReason> {
    a.removed.iter().find(|r| r.text == line).map(|r| r.reason)
}

fn text_of(l: &Option<parallax::model::Located>) -> Option<&str> {
    l.as_ref().map(|l| l.text.as_str())
}

fn names(list: &[parallax::model::Located]) -> Vec<&str> {
    list.iter().map(|l| l.text.as_str()).collect()
}

fn parse_text(text: &str) -> Article {
    parallax::parse(text, &ParseOptions { format: InputFormat::Text, ..Default::default() })
        .expect("text parses")
}

#[test]
fn a_section_label_over_the_headline_is_not_the_title() {
    let a = parse("gen5_lines3_convoy.txt");
    assert_eq!(
        text_of(&a.title),
        Some("Ostrian Grain Convoy Turned Back at Velmoran Border as Talks Stall")
    );
    assert_eq!(removed_as(&a, "World News"), Some(RemovalReason::Boilerplate));
    assert_eq!(
        removed_as(&a, "Ostrian Grain Convoy Turned Back at Velmoran Border as Talks Stall"),
        Some(RemovalReason::RepeatedTitle)
    );
    assert_eq!(text_of(&a.dek), Some("Velmora says the trucks lacked inspection papers while Ostria calls the move a blockade in all but name"));
    let a = parse("gen5_lines3_coalition.txt");
    assert_eq!(
        text_of(&a.title),
        Some("Velmora’s ruling bloc loses majority as coalition partner walks out")
    );
    assert_eq!(removed_as(&a, "News|Politics"), Some(RemovalReason::Boilerplate), "a breadcrumb");
    assert!(
        text_of(&a.dek).is_some_and(|d| d.starts_with("The Agrarian League quit")),
        "{:?}",
        a.dek
    );
    for label in ["Analysis", "Europe|Energy & Environment", "Home > News > Europe"] {
        let a = parse_text(&format!("{label}\nHarbor Reopens After Six Weeks\nBy Ana Lux\nMarch 3, 2025\n\nThe harbor reopened on Monday, officials said.\n\nShips queued at dawn."));
        assert_eq!(text_of(&a.title), Some("Harbor Reopens After Six Weeks"), "{label}");
        assert_eq!(removed_as(&a, label), Some(RemovalReason::Boilerplate), "{label}");
    }
    // A short headline is still a headline.
    let a = parse_text(
        "Harbor Reopens\n\nThe harbor reopened on Monday, officials said.\n\nShips queued at dawn.",
    );
    assert_eq!(text_of(&a.title), Some("Harbor Reopens"));
    let a = parse_text("Velmora Votes / Ostria Waits\n\nThe vote was held on Monday, officials said.\n\nTurnout was low.");
    assert_eq!(
        text_of(&a.title),
        Some("Velmora Votes / Ostria Waits"),
        "a headline with a slash in it"
    );
}

#[test]
fn the_audio_players_button_with_its_running_time() {
    let a = parse("gen5_lines3_convoy.txt");
    assert_eq!(removed_as(&a, "Listen to this article · 5 min"), Some(RemovalReason::AudioPlayer));
    assert!(a.sentences.iter().all(|s| !s.text.contains("Listen to")));
}

#[test]
fn a_labelled_link_to_another_article_is_a_promo() {
    let a = parse("gen5_lines3_convoy.txt");
    assert_eq!(
        removed_as(&a, "RELATED: Velmora Tightens Border Checks After Smuggling Arrests"),
        Some(RemovalReason::Promo)
    );
    assert_eq!(removed_as(&a, "Advertisement"), Some(RemovalReason::Prompt));
    let a = parse("gen5_lines3_coalition.txt");
    assert_eq!(
        removed_as(&a, "Read more: Karsk dockers strike for second day over port plan"),
        Some(RemovalReason::Promo)
    );
    assert_eq!(removed_as(&a, "Most read"), Some(RemovalReason::Prompt));
}

#[test]
fn notes_on_the_writers_and_the_copyright_line() {
    let a = parse("gen5_lines3_convoy.txt");
    assert_eq!(names(&a.bylines), vec!["Livia Sandor", "Marek Oyelaran"]);
    let bio = a
        .removed
        .iter()
        .find(|r| r.text.starts_with("Livia Sandor is a reporter"))
        .expect("the writers' note is removed");
    assert_eq!(bio.reason, RemovalReason::SignOff);
    assert!(a.sentences.iter().all(|s| !s.text.contains("freelance journalist")));
    assert_eq!(
        removed_as(&a, "© 2025 The Meridian Times. All rights reserved."),
        Some(RemovalReason::SignOff)
    );
    assert_eq!(text_of(&a.outlet), Some("The Meridian Times"), "named by the copyright line");
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-03-05"));
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        a.captions[0].credit.as_ref().map(|c| c.text.as_str()),
        Some("(Photo by Arno Kessel/AFP via Getty Images)")
    );
    // The writer's note alone names the outlet too.
    let a = parse_text("Ferry fares rise\n\nBy Ana Lux\nMarch 3, 2025\n\nFerry fares rose on Monday, the operator said.\n\nAna Lux is a reporter for The Harbor Ledger.");
    assert_eq!(text_of(&a.outlet), Some("The Harbor Ledger"));
    assert_eq!(
        removed_as(&a, "Ana Lux is a reporter for The Harbor Ledger."),
        Some(RemovalReason::SignOff)
    );
    // A last paragraph about someone who is not a writer is the story's.
    let a = parse_text("Ferry fares rise\n\nBy Ana Lux\nMarch 3, 2025\n\nFerry fares rose on Monday, the operator said.\n\nSam Orr is a reporter for The Harbor Ledger who first broke the story.");
    assert_eq!(a.outlet, None);
    assert!(a.removed.iter().all(|r| !r.text.starts_with("Sam Orr")));
}

#[test]
fn an_outlet_with_a_figure_in_its_name() {
    let a = parse("gen5_lines3_coalition.txt");
    assert_eq!(text_of(&a.outlet), Some("Meridian 24"), "“Source: Meridian 24 and news agencies”");
    assert_eq!(names(&a.contributors), vec!["Sami Reuel"]);
    assert_eq!(names(&a.bylines), vec!["Hana Vujic", "Omar Brandt"]);
    assert_eq!(
        a.published.as_ref().map(|p| p.iso.as_str()),
        Some("2025-07-03"),
        "“Published On 3 Jul 2025”"
    );
}

#[test]
fn editors_between_slashes() {
    let a = parse_text("Rail link reopens\n\nThe rail link reopened on Monday, officials said.\n\nTrains ran on time.\n\n[Edited by Nadia Corvin/Paul Eder]");
    assert_eq!(names(&a.editors), vec!["Nadia Corvin", "Paul Eder"]);
}

#[test]
fn no_outlet_when_no_line_names_one() {
    let a = parse_text("Rail link reopens\n\nThe rail link reopened on Monday, officials said.\n\nTrains ran on time.\n\n© Jo Quill");
    assert_eq!(a.outlet, None, "a photographer's mark names no outlet");
}

#[test]
fn a_live_blogs_tag_and_badge_and_two_writers_with_places() {
    let a = parse_text(
        "Ostria\nLive\nOstria election: polls close as turnout hits record high – latest updates\nVoters queue past midnight in Halm as the commission extends hours\nHana Vujic in Halm and Omar Brandt in Karsk\nSun 6 Apr 2025 21.40 BST\nFirst published on Sun 6 Apr 2025 07.15 BST\nPlease turn on JavaScript to use this feature\n21.40 BST\nTurnout closes at 71%\n\nThe commission says turnout reached 71% when polls closed.\n\nExit polls are due at 22.00 local time.",
    );
    assert_eq!(
        text_of(&a.title),
        Some("Ostria election: polls close as turnout hits record high – latest updates")
    );
    assert_eq!(removed_as(&a, "Ostria"), Some(RemovalReason::Boilerplate), "the topic tag");
    assert_eq!(removed_as(&a, "Live"), Some(RemovalReason::Boilerplate), "the badge");
    assert_eq!(
        text_of(&a.dek),
        Some("Voters queue past midnight in Halm as the commission extends hours")
    );
    assert_eq!(names(&a.bylines), vec!["Hana Vujic", "Omar Brandt"]);
    assert_eq!(
        removed_as(&a, "Please turn on JavaScript to use this feature"),
        Some(RemovalReason::Prompt)
    );
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-04-06"));
    assert_eq!(a.outlet, None, "no line names the outlet");
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_content_type_note_without_its_label() {
    let a = parse_text("Fishing truce signed\nBy Zora Linden\n12-06-2025\nNews Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.\n\nOstria and Velmora signed a truce on fishing rights on Thursday (12 June).\n\nThe deal sets quotas for three years.");
    assert_eq!(a.dek, None, "{:?}", a.dek);
    assert!(a.removed.iter().any(
        |r| r.text.starts_with("News Based on facts") && r.reason == RemovalReason::Boilerplate
    ));
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_date_printed_twice_and_run_together() {
    let a = parse_text("Court jails opposition leader\nProsecutors accused him of organising protests\nPublished On 3 Jul 20253 Jul 2025\n\nA court sentenced the opposition leader to five years in prison.\n\nHe denied the charges.");
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-07-03"));
    assert_eq!(a.paragraphs.len(), 2, "the date line is not body");
}

#[test]
fn page_furniture_around_the_story() {
    let a = parse_text(
        "Farmers block motorways over fuel tax\nPrint Email Facebook X LinkedIn WhatsApp Telegram\nTyler Hale's Photo\nby Tyler Hale\nThursday, Jul 03, 2025 - 08:15 AM\n\nFarmers blocked three motorways with tractors on Thursday.\n\nThe tax rises by 12 cents a litre in January.\n\nLoading recommendations...\nExplore more on these topics\nVelmora\nFarming\nReuse this content\nHarbor Review is part of the Trust Project >>>",
    );
    assert_eq!(
        removed_as(&a, "Print Email Facebook X LinkedIn WhatsApp Telegram"),
        Some(RemovalReason::Prompt),
        "share buttons"
    );
    assert_eq!(
        removed_as(&a, "Tyler Hale's Photo"),
        Some(RemovalReason::PhotoLabel),
        "the writer's picture"
    );
    assert_eq!(names(&a.bylines), vec!["Tyler Hale"]);
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-07-03"));
    assert_eq!(removed_as(&a, "Loading recommendations..."), Some(RemovalReason::Prompt));
    assert_eq!(removed_as(&a, "Explore more on these topics"), Some(RemovalReason::Prompt));
    assert_eq!(removed_as(&a, "Velmora"), Some(RemovalReason::Boilerplate), "a topic tag");
    assert_eq!(removed_as(&a, "Farming"), Some(RemovalReason::Boilerplate), "a topic tag");
    assert_eq!(removed_as(&a, "Reuse this content"), Some(RemovalReason::Prompt));
    assert_eq!(
        text_of(&a.outlet),
        Some("Harbor Review"),
        "the outlet names itself in the Trust Project line"
    );
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_byline_naming_its_outlet_and_a_date_line_with_its_update() {
    let a = parse_text(
        "Velmora Orders Review of Dam Safety\nBy Caleb Stroud, The Epoch Ledger\nJuly 3, 2025 at 9:05 p.m. ET | Updated July 4, 2025\nShare\n\nThe government ordered a safety review of all 42 dams on Thursday.\n\nThe review will report by December.",
    );
    assert_eq!(names(&a.bylines), vec!["Caleb Stroud"]);
    assert_eq!(text_of(&a.outlet), Some("The Epoch Ledger"));
    assert_eq!(
        a.published.as_ref().map(|p| p.iso.as_str()),
        Some("2025-07-03"),
        "the first part, not the update"
    );
    assert_eq!(a.dek, None, "a date line is not a standfirst");
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_credit_on_the_line_under_its_caption() {
    let a = parse_text(
        "Dam review ordered\n\nThe government ordered a safety review of all 42 dams on Thursday.\n\nFloods forced the release of water from three reservoirs.\n\nThe spillway of the Ostra dam near Lindau on May 2, 2025.\nPhoto: Ilse Brandt/Reuters\n\nThe review will report by December.\n\nThe spillway of the Ostra dam near Lindau on May 2, 2025.\nPhoto: Ilse Brandt/Reuters\n\nThe panel is independent.\n\n(Photo by Jens Abel/AFP via Getty Images)\n\nThis article was originally published by The Lantern Post.",
    );
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].text, "The spillway of the Ostra dam near Lindau on May 2, 2025.");
    assert_eq!(
        a.captions[0].credit.as_ref().map(|c| c.text.as_str()),
        Some("Photo: Ilse Brandt/Reuters")
    );
    assert_eq!(
        removed_as(&a, "Photo: Ilse Brandt/Reuters"),
        Some(RemovalReason::DuplicateCaption),
        "the second copy"
    );
    assert_eq!(a.subheads.len(), 0, "{:?}", a.subheads);
    assert_eq!(a.paragraphs.len(), 4, "a credit with no caption over it is no paragraph");
    assert_eq!(
        removed_as(&a, "(Photo by Jens Abel/AFP via Getty Images)"),
        Some(RemovalReason::PhotoLabel)
    );
    assert_eq!(text_of(&a.outlet), Some("The Lantern Post"), "“originally published by”");
}

#[test]
fn a_publication_time_without_a_date_and_reporting_credited_with() {
    let a = parse_text(
        "Central Bank Holds Rates\nGovernor says the rise is temporary\nAna Lux and Sam Orr\nJune 26th 2025\nPublished 6:15 AM ET\n\nThe central bank held its main rate at 4.5% on Thursday.\n\nInflation rose to 5.1% in May.\n\nWith reporting by Piet Horvath and Mira Castell.",
    );
    assert_eq!(removed_as(&a, "Published 6:15 AM ET"), Some(RemovalReason::UpdatedLabel));
    assert_eq!(
        a.published.as_ref().map(|p| p.iso.as_str()),
        Some("2025-06-26"),
        "“June 26th 2025”"
    );
    assert_eq!(names(&a.bylines), vec!["Ana Lux", "Sam Orr"]);
    assert_eq!(names(&a.contributors), vec!["Piet Horvath", "Mira Castell"]);
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_copyright_mark_under_a_photo_names_no_outlet() {
    let a = parse_text("Harbor Reopens\n\nThe harbor reopened on Monday, officials said.\n\n© 2025 Jo Quill\n\nShips queued at dawn, the port said.\n\nThe first ferry left at noon.");
    assert_eq!(a.outlet, None, "{:?}", a.outlet);
    let a = parse_text("Harbor Reopens\n\nThe harbor reopened on Monday, officials said.\n\nShips queued at dawn, the port said.\n\n© 2025 Harbor Review");
    assert_eq!(text_of(&a.outlet), Some("Harbor Review"), "after the story, the page's own line");
}
