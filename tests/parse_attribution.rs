//! Who said a quote, and what a dateline names, on our own fictional
//! article `tests/fixtures/text/attrib_quay.txt`: the attribution forms
//! news style uses besides the plain "X said" (an age between name and
//! verb, a description after a name, an unnamed "one deckhand", a quote
//! introduced by "…, writing that") and an Epoch Times style dateline.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// file access does not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::EntityKind;

mod common;
use common::{parse_fixture as parse, speaker_of};

#[test]
fn an_age_between_name_and_verb() {
    let a = parse("attrib_quay.txt");
    assert_eq!(
        speaker_of(&a, "too risky"),
        Some("Anselm Rook"),
        "Ferry captain Anselm Rook, 47, said …"
    );
}

#[test]
fn a_name_outranks_the_description_after_it() {
    let a = parse("attrib_quay.txt");
    assert_eq!(
        speaker_of(&a, "We will not wait"),
        Some("Dorota Vay"),
        "Dorota Vay, the mayor of Brellin, said: …"
    );
    assert_eq!(
        speaker_of(&a, "emptier than"),
        Some("Ole Brask"),
        "Ole Brask, 63, a net mender from Brellin, said …"
    );
    // The other way round the name was already the speaker, and stays so.
    assert_eq!(speaker_of(&a, "Every cable"), Some("Mila Tarn"));
}

#[test]
fn one_of_a_group_speaks_unnamed() {
    let a = parse("attrib_quay.txt");
    assert_eq!(speaker_of(&a, "Nobody told us"), Some("deckhand"));
    assert_eq!(speaker_of(&a, "The timetable"), Some("passenger"));
    // "one" opening other phrases is not someone: "In one case he said".
    assert_ne!(speaker_of(&a, "held up by rust"), Some("case he"));
}

#[test]
fn a_participle_of_speech_takes_the_clause_subject() {
    let a = parse("attrib_quay.txt");
    assert_eq!(
        speaker_of(&a, "at least three weeks"),
        Some("Anselm Rook"),
        "Rook disputed the estimate, writing on Facebook that …"
    );
    // A name after the verb is its object, not who is speaking.
    assert_ne!(
        speaker_of(&a, "safe enough"),
        Some("Anselm Rook"),
        "The ferry company accused Rook of scaremongering, saying …"
    );
}

#[test]
fn a_dateline_names_a_place() {
    let a = parse("attrib_quay.txt");
    let kinds_named = |name: &str| {
        a.entities
            .iter()
            .filter(|e| e.name.eq_ignore_ascii_case(name))
            .map(|e| e.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds_named("Brellin"), vec![EntityKind::Place], "{:?}", a.entities);
    let brellin =
        a.entities.iter().find(|e| e.name.eq_ignore_ascii_case("Brellin")).expect("found");
    assert_eq!(brellin.name, "Brellin", "written as the article writes it elsewhere");
    assert!(
        brellin.mentions.iter().any(|m| m.text == "BRELLIN"),
        "the dateline is a mention: {:?}",
        brellin.mentions
    );
    assert!(
        kinds_named("City").is_empty(),
        "the word after the dash opens the sentence: {:?}",
        a.entities
    );
}

/// Our own fictional article text, parsed as plain text.
fn parse_text(text: &str) -> parallax::model::Article {
    let options = parallax::model::ParseOptions {
        format: parallax::model::InputFormat::Text,
        ..Default::default()
    };
    parallax::parse(text, &options).expect("text parses")
}

/// Rule `a_possessive_description_yields_to_its_appositive_name`.
#[test]
fn a_possessive_description_yields_to_its_appositive_name() {
    let a = parse_text(
        "Quarry extension approved\n\n\
         Councillor Wenna Lusk, who chairs the planning board, said the quarry would bring work.\n\n\
         Her rival on the board, Piran Colley, was scathing:\n\n\
         \"This will turn the valley into a dust bowl for a decade.\"\n",
    );
    assert_eq!(speaker_of(&a, "This will turn"), Some("Piran Colley"));
}

/// Rule `a_pronoun_prefers_the_reporting_subject`: "he"/"she" after a
/// sentence whose speech verb's subject names another person after it
/// points back to the one reporting.
#[test]
fn a_pronoun_prefers_the_reporting_subject() {
    let a = parse_text(
        "Driver denies causing crash\n\n\
         Prosecutor Annelie Vosk told the jury that the van had struck Dr Jory Trenwith on the bridge.\n\n\
         \"This was no accident of the weather,\" she said.\n\n\
         Morwen Keast, who was cycling behind Trenwith, said the van never slowed.\n\n\
         \"It came straight at him,\" she told the court.\n\n\
         Detective Sergeant Elowen Pascoe, who questioned Tomas Reddy, said she had asked him about the van.\n\n\
         \"I have nothing to say,\" he said.\n\n\
         Among the injured was a boy, named as Kit Rowe, whose arm was broken, said ward manager Ysolde Penrose.\n\n\
         \"We expect him home soon,\" she said.\n",
    );
    assert_eq!(
        speaker_of(&a, "This was no accident"),
        Some("Annelie Vosk"),
        "the object is no reporter"
    );
    assert_eq!(speaker_of(&a, "It came straight"), Some("Morwen Keast"), "nor a name in an aside");
    // "said she had asked": the reporter is no "he".
    assert_eq!(speaker_of(&a, "I have nothing"), Some("Tomas Reddy"));
    // "…, said ward manager Ysolde Penrose.": the verb is inverted onto her.
    assert_eq!(speaker_of(&a, "We expect him"), Some("Ysolde Penrose"));
}

/// Rule `a_participle_subject_may_name_the_body_it_serves`.
#[test]
fn a_participle_subject_may_name_the_body_it_serves() {
    let a = parse_text(
        "Ferry fares to rise again\n\n\
         Island groups were quick to object, with the secretary of the Tallis Islands Trust, \
         Kerensa Moyle, warning that families would \"simply stop travelling\".\n",
    );
    assert_eq!(speaker_of(&a, "simply stop"), Some("Kerensa Moyle"));
}

/// Rule `a_lone_one_is_one_of_the_group_just_named`.
#[test]
fn a_lone_one_is_one_of_the_group_just_named() {
    let a = parse_text(
        "Late bar licence splits street\n\n\
         Residents were furious at the decision.\n\n\
         One said: \"We will never sleep again.\"\n",
    );
    assert_eq!(speaker_of(&a, "We will never"), Some("resident"));
}

/// Rule `an_unnamed_reporter_is_who_the_pronoun_means`.
#[test]
fn an_unnamed_reporter_is_who_the_pronoun_means() {
    let a = parse_text(
        "Market stalls cleared overnight\n\n\
         The council leader, Demelza Roskilly, said the stalls had been unsafe.\n\n\
         A trader who has sold fish there for thirty years, and who did not want to be named, said the notice came too late.\n\n\
         \"We found out from a sign taped to the gate,\" he said.\n",
    );
    assert_eq!(speaker_of(&a, "We found out"), Some("trader"));
}
