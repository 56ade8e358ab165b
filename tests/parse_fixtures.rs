//! Our own fictional articles in `tests/fixtures/text/`, one per site style,
//! covering each pattern the parser must handle. None of their text comes
//! from the seeds.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, LineRole, Qualifier, RemovalReason};

mod common;
use common::{parse_fixture as parse, resolved, speaker_of};
use parallax::Utf16Index;

fn text(l: &Option<parallax::model::Located>) -> Option<&str> {
    l.as_ref().map(|l| l.text.as_str())
}

fn names(v: &[parallax::model::Located]) -> Vec<&str> {
    v.iter().map(|l| l.text.as_str()).collect()
}

fn removed(a: &Article, reason: RemovalReason) -> Vec<&str> {
    a.removed.iter().filter(|r| r.reason == reason).map(|r| r.text.as_str()).collect()
}

fn number<'a>(a: &'a Article, phrase: &str) -> &'a parallax::model::NumberMention {
    a.numbers.iter().find(|n| n.text == phrase).unwrap_or_else(|| {
        panic!("no number {phrase:?}: {:?}", a.numbers.iter().map(|n| &n.text).collect::<Vec<_>>())
    })
}

/// Spans point at their text, in UTF-16 units.
fn spans_agree(a: &Article) {
    let index = Utf16Index::new(&a.text);
    for s in &a.sentences {
        assert_eq!(&a.text[index.bytes(s.span)], s.text);
    }
    for q in &a.quotes {
        assert_eq!(&a.text[index.bytes(q.span)], q.text);
    }
    for n in &a.numbers {
        assert_eq!(&a.text[index.bytes(n.span)], n.text);
        assert_eq!(&a.text[index.bytes(n.number_span)], n.number_text);
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(&a.text[index.bytes(m.span)], m.text);
        }
    }
}

#[test]
fn epoch_style_header_block() {
    let a = parse("ledger_ferry.txt");
    spans_agree(&a);
    assert_eq!(text(&a.title), Some("Valdor and Tarsk Ministers Talk by Phone After Ferry Strike"));
    assert_eq!(text(&a.dek), Some("Tarsk accuses Valdor of backing the drone strike that sank a ferry and killed seven passengers."));
    assert_eq!(names(&a.bylines), vec!["Mara Quist"]);
    assert_eq!(names(&a.contributors), vec!["Harbor Wire"]);
    assert_eq!(text(&a.outlet), Some("The Harbor Ledger"), "told The Harbor Ledger");
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-03-14"));
    assert_eq!(a.captions.len(), 2);
    assert_eq!(
        a.captions[0].credit.as_ref().map(|c| c.text.as_str()),
        Some("(Lena Ortiz/Harbor Wire)")
    );
    assert_eq!(a.captions[1].credit.as_ref().map(|c| c.text.as_str()), Some("(AP Photo)"));
    assert_eq!(removed(&a, RemovalReason::RepeatedTitle).len(), 1);
    assert_eq!(removed(&a, RemovalReason::DuplicateCaption).len(), 1);
    assert_eq!(removed(&a, RemovalReason::AudioPlayer), vec!["0:00"]);
    assert_eq!(removed(&a, RemovalReason::UpdatedLabel), vec!["Updated:"]);
    assert_eq!(names(&a.subheads), vec!["Tarsk: ‘No Doubt’ About Valdor’s Role"]);
    assert_eq!(speaker_of(&a, "stressed the need"), Some("Ilse J. Brandt"));
    assert_eq!(speaker_of(&a, "exchanged views"), Some("Tarsk’s navy command"));
    assert_eq!(
        speaker_of(&a, "We regret"),
        Some("Valdor Navy spokesperson"),
        "'the spokesperson' resolves to the one described"
    );
    let drones = number(&a, "three drones were downed");
    assert_eq!(
        (drones.value, drones.counted.as_deref(), drones.action.as_deref()),
        (Some(3.0), Some("drone"), Some("down"))
    );
    let injured = number(&a, "40 others were injured");
    assert_eq!(
        (injured.counted.as_deref(), injured.action.as_deref()),
        (Some("passenger"), Some("injure"))
    );
    assert_eq!(number(&a, "left seven passengers dead").action.as_deref(), Some("kill"));
    assert_eq!(number(&a, "nearly $2.5 billion").qualifier, Qualifier::Nearly);
    assert_eq!(resolved(&a, "March 13"), Some("2025-03-13"));
    assert_eq!(resolved(&a, "three days after"), Some("2025-03-10"));
    assert_eq!(resolved(&a, "Last month"), Some("2025-02"));
    let brandt = a.entities.iter().find(|e| e.name == "Ilse J. Brandt").expect("Brandt");
    assert!(
        brandt.mentions.len() >= 3,
        "Ilse J. Brandt, Ms. Brandt, Brandt’s: {:?}",
        brandt.mentions
    );
    assert!(brandt.titles.iter().any(|t| t == "Ms."));
}

#[test]
fn wire_story_with_reuters_style_credits() {
    let a = parse("wire_bridge.txt");
    spans_agree(&a);
    assert_eq!(text(&a.outlet), Some("Coastline Press"), "agency in the dateline");
    assert_eq!(a.published, None, "the dateline gives no year and nothing confirms one");
    assert_eq!(names(&a.bylines), vec!["Jonas Pike"]);
    assert_eq!(names(&a.contributors), vec!["Lea Mott"]);
    assert_eq!(names(&a.editors), vec!["Cal Brennan"]);
    assert_eq!(a.lines.iter().filter(|l| l.role == LineRole::Byline).count(), 1);
    assert_eq!(speaker_of(&a, "We heard a crack"), Some("Adele Moreau"));
    assert_eq!(
        speaker_of(&a, "It took less"),
        Some("Adele Moreau"),
        "a quote running over two paragraphs"
    );
    assert_eq!(speaker_of(&a, "every bolt"), Some("Kasimir Roth"));
    let score = number(&a, "voted 9-2");
    assert_eq!((score.value, score.low, score.high), (None, Some(9.0), Some(2.0)));
    let range = number(&a, "leaving 30-40 others missing");
    assert_eq!((range.low, range.high), (Some(30.0), Some(40.0)));
    assert_eq!(number(&a, "about €15m").value, Some(15e6));
    assert_eq!(number(&a, "54-year-old baker").kind, parallax::model::NumberKind::Age);
    assert_eq!(number(&a, "at least 5 workers had been detained").qualifier, Qualifier::AtLeast);
    assert_eq!(resolved(&a, "Monday"), None, "no publication date, so relative dates stay open");
}

#[test]
fn euractiv_style_promos_and_lede_date() {
    let a = parse("brief_port.txt");
    spans_agree(&a);
    assert_eq!(
        a.published.as_ref().map(|p| p.iso.as_str()),
        Some("2023-06-06"),
        "Tuesday (6 June), year from the caption, weekday agrees"
    );
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        a.captions[0].credit.as_ref().map(|c| c.text.as_str()),
        Some("[EPA-EFE/Rhea Koss / POOL]")
    );
    assert_eq!(names(&a.subheads), vec!["Fishing quotas", "Ferry line reopens"]);
    let promos = removed(&a, RemovalReason::Promo);
    assert_eq!(promos.len(), 4, "{promos:?}");
    assert!(promos.contains(&"The Brief – Who owns the sea?"));
    assert!(promos.contains(&"Premier apologises to fishing towns over quota delays"));
    assert_eq!(names(&a.editors), vec!["Mira Solberg"]);
    assert_eq!(removed(&a, RemovalReason::Prompt), vec!["Subscribe to our newsletters"]);
    assert_eq!(resolved(&a, "Monday’s talks"), Some("2023-06-05"));
    assert_eq!(speaker_of(&a, "We agreed"), Some("Nils Aro"));
    assert!(
        a.sentences.iter().all(|s| !s.text.contains("Who owns the sea")),
        "promo text is not body"
    );
}

#[test]
fn blog_style_slug_and_authored_via() {
    let a = parse("durden_slug.txt");
    spans_agree(&a);
    assert_eq!(
        removed(&a, RemovalReason::TitleSlug),
        vec!["tarsk valdors new navy chiefs talk for 1st time since pier blast"]
    );
    assert_eq!(names(&a.bylines), vec!["Remy Calder"]);
    assert_eq!(text(&a.outlet), Some("Strait Watch"));
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-10-10"));
    assert_eq!(resolved(&a, "Thursday"), Some("2025-10-09"));
    assert_eq!(resolved(&a, "Monday's pier blast"), Some("2025-10-06"));
    assert_eq!(speaker_of(&a, "urged restraint"), Some("Sora Fenn"));
    assert_eq!(speaker_of(&a, "cowardly act"), Some("Tarsk"));
    assert_eq!(speaker_of(&a, "the two chiefs"), Some("Coastal Courier"));
    let injured = number(&a, "injured 31 more");
    assert_eq!(
        (injured.value, injured.counted.as_deref(), injured.action.as_deref()),
        (Some(31.0), Some("sailor"), Some("injure"))
    );
}

#[test]
fn crlf_and_emoji_offsets() {
    let a = parse("crlf_emoji.txt");
    spans_agree(&a);
    assert_eq!(text(&a.title), Some("Harbor talks resume 🚢 in Valdor"));
    let q = &a.quotes[0];
    assert_eq!(q.text, "talks resumed — at last");
    // The quote starts after the emoji line and a CRLF: UTF-16 offsets count the emoji as two units.
    let before = &a.text[..a.text.find("talks resumed").unwrap()];
    assert_eq!(q.span.start, before.encode_utf16().count());
    assert_eq!(number(&a, "40 boats").value, Some(40.0));
}

#[test]
fn aljazeera_style_label_caption_and_promo_block() {
    let a = parse("aljaz_quarry.txt");
    spans_agree(&a);
    assert_eq!(
        text(&a.dek),
        Some("Investigators say a faulty fuse set off the explosion at the Tell quarry.")
    );
    assert_eq!(removed(&a, RemovalReason::PhotoLabel), vec!["Morrow Hills"]);
    assert_eq!(a.captions[0].credit.as_ref().map(|c| c.text.as_str()), Some("[Al Jazeera]"));
    assert_eq!(removed(&a, RemovalReason::Prompt), vec!["4 min read"]);
    assert_eq!(names(&a.subheads), vec!["What happens next?"], "a short question is a subhead");
    assert_eq!(removed(&a, RemovalReason::Promo).len(), 3, "label, promo title and teaser");
    assert_eq!(names(&a.editors), vec!["Wren Calloway"]);
    assert_eq!(text(&a.outlet), Some("Hillside Post"), "named after the bar in the editor line");
    assert_eq!(
        speaker_of(&a, "this should never"),
        Some("Petra Lanz"),
        "'…, adding' takes the main subject"
    );
    let killed = a.numbers.iter().find(|n| n.number_text == "Four").expect("Four workers");
    assert_eq!(
        (killed.counted.as_deref(), killed.action.as_deref()),
        (Some("worker"), Some("kill")),
        "passive after an aside"
    );
    assert_eq!(a.published, None);
}

#[test]
fn blog_header_with_name_and_timestamp() {
    let a = parse("hedge_header.txt");
    spans_agree(&a);
    assert_eq!(names(&a.bylines), vec!["Remy Calder"]);
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-10-08"));
    assert_eq!(resolved(&a, "Monday"), Some("2025-10-06"));
    assert_eq!(speaker_of(&a, "no serious offer"), Some("Bo Lindqvist"));
    assert_eq!(number(&a, "about 40 percent").kind, parallax::model::NumberKind::Percent);
}

#[test]
fn wire_story_pasted_without_its_headline() {
    let a = parse("wire_no_headline.txt");
    spans_agree(&a);
    assert_eq!(text(&a.title), None, "the first line is the dateline paragraph, not a headline");
    assert!(
        a.sentences[0].text.starts_with("TESSIN, May 14 (Harbor Wire) - Velmoran"),
        "{:?}",
        a.sentences[0].text
    );
    assert_eq!(text(&a.outlet), Some("Harbor Wire"), "agency in the dateline");
    assert_eq!(a.published, None, "May 14 with no year anywhere: not invented");
    assert_eq!(names(&a.bylines), vec!["Mikel Fane"]);
    assert_eq!(names(&a.contributors), vec!["Sara Olin"]);
    assert_eq!(names(&a.editors), vec!["Dan Reeve"]);
    assert_eq!(speaker_of(&a, "It is a good day"), Some("Anja Roos"));
}

#[test]
fn standfirst_without_a_full_stop() {
    let a = parse("standfirst_unpunctuated.txt");
    spans_agree(&a);
    assert_eq!(text(&a.title), Some("Ostria's parliament backs border deal by 86-11 vote"));
    assert_eq!(text(&a.dek), Some("Lawmakers approve nearly $40bn package for fishing towns as opposition calls it ‘a surrender’"));
    assert!(
        a.sentences[0].text.starts_with("Ostria’s parliament has approved"),
        "the lede, which ends its sentence, is body"
    );
    assert_eq!(speaker_of(&a, "This is not a surrender"), Some("Aurel Vance"));
    assert_eq!(
        speaker_of(&a, "And they will"),
        Some("Aurel Vance"),
        "a quote continued in the next paragraph"
    );
}

#[test]
fn epoch_style_outlet_naming_itself() {
    let a = parse("epoch_self_named.txt");
    spans_agree(&a);
    assert_eq!(
        text(&a.outlet),
        Some("The Epoch Times"),
        "\"The Epoch Times has reached out … for comment\" outranks \"told The Coastal Times\""
    );
    assert_eq!(text(&a.dek), Some("Insurers estimate damage at nearly $2.4bn as cleanup begins."));
    assert_eq!(names(&a.bylines), vec!["Lena Holt"]);
    assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2024-03-05"));
    assert_eq!(removed(&a, RemovalReason::Prompt), vec!["Subscribe to our newsletters"]);
    assert_eq!(speaker_of(&a, "We have never seen"), Some("Jonas Pell"));
    assert_eq!(resolved(&a, "last week"), Some("2024-W09"));
    assert_eq!(number(&a, "four people were injured").action.as_deref(), Some("injure"));
}
