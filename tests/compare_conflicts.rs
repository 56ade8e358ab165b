//! The conflict rules of `src/compare/figures.rs`, one test each, on our own
//! fictional sentences: each pair of articles is taken as one event (as the
//! accuracy dashboard takes ECB+'s gold events), and every test has a
//! control that still conflicts, so a test fails when its rule is gone or
//! when the rule swallows everything.
#![cfg(not(target_arch = "wasm32"))]

use parallax::model::{Article, InputFormat, ParseOptions};

fn article(id: &str, body: &str) -> Article {
    let text = format!("Report from the valley\n\n{body}\n");
    let options =
        ParseOptions { id: Some(id.into()), format: InputFormat::Text, ..Default::default() };
    parallax::parse(&text, &options).expect("parses")
}

/// The discrepancies of two articles taken as one event, as
/// "quantity: value, value" lines.
fn conflicts(a: &str, b: &str) -> Vec<String> {
    let articles = [article("a", a), article("b", b)];
    let (found, _) = parallax::internals::figures_in_one_event(&articles);
    found
        .iter()
        .map(|d| {
            let values: Vec<&str> = d.values.iter().map(|v| v.text.as_str()).collect();
            format!("{}: {}", d.quantity, values.join(", "))
        })
        .collect()
}

fn conflict(a: &str, b: &str) -> bool {
    !conflicts(a, b).is_empty()
}

#[test]
fn a_toll_against_another_toll_conflicts() {
    assert!(conflict("The storm killed 5 people in Orrin.", "The storm killed 4 people in Orrin."));
}

#[test]
fn killed_and_wounded_are_different_quantities() {
    assert!(!conflict(
        "The blast at the Kessel depot killed 50 people.",
        "More than 100 people were wounded in the blast at the Kessel depot."
    ));
    // Control: the same counted thing and action.
    assert!(conflict(
        "The blast at the Kessel depot killed 50 people.",
        "The blast at the Kessel depot killed 70 people."
    ));
}

#[test]
fn hedged_values_that_overlap_are_no_conflict() {
    assert!(!conflict(
        "More than 100 people were killed in the Tavel floods.",
        "The Tavel floods killed 120 people."
    ));
    assert!(!conflict(
        "Nearly 40 people were injured at the stadium.",
        "About 38 people were injured at the stadium."
    ));
}

#[test]
fn a_value_the_article_says_changed_is_no_conflict() {
    // The second outlet says its toll is a new value: the first outlet's
    // lower one is the older count, not a disagreement.
    assert!(!conflict(
        "The ferry fire killed 8 people, officials said.",
        "Officials said the number of people killed rose to 12 people."
    ));
}

#[test]
fn two_polls_are_two_quantities() {
    assert!(!conflict(
        "A poll by the Ledger found 52 percent of voters backed the bridge.",
        "In a survey for the Courier, 45 percent of voters backed the bridge."
    ));
}

#[test]
fn ages_of_people_are_never_set_against_each_other() {
    assert!(!conflict(
        "The driver, 42, was arrested at the scene.",
        "The cyclist, 45, was taken to hospital."
    ));
}

#[test]
fn a_running_total_is_not_one_days_count() {
    assert!(!conflict(
        "The fever has killed 40 people so far in the province.",
        "The fever killed 25 people in the province."
    ));
}

#[test]
fn a_month_alone_dates_another_event() {
    assert!(!conflict(
        "In March, a landslide killed 30 people in the district.",
        "A landslide killed 20 people in the district."
    ));
}

#[test]
fn a_sentence_opening_on_another_day_is_about_that_day() {
    assert!(!conflict(
        "On Saturday, a quake killed 14 people in the far north.",
        "A quake killed 10 people on Sunday in the south."
    ));
}

#[test]
fn an_earlier_year_is_another_time() {
    assert!(!conflict("A quake in 2011 killed 30 people.", "The quake killed 20 people in 2024."));
}

#[test]
fn one_players_tally_is_not_anothers() {
    assert!(!conflict(
        "Dario Marlow completed 28 passes for 300 yards.",
        "Tomas Okafor completed 22 passes for 210 yards."
    ));
}

#[test]
fn a_part_of_the_group_is_not_its_total() {
    assert!(!conflict(
        "The crash killed 9 passengers on the coast road.",
        "Four of the passengers were killed on the coast road."
    ));
}

#[test]
fn an_addition_is_not_the_total() {
    assert!(!conflict(
        "Police arrested 12 protesters outside the hall.",
        "Police arrested another 7 protesters outside the hall."
    ));
    // Control: two totals.
    assert!(conflict(
        "Police arrested 12 protesters outside the hall.",
        "Police arrested 7 protesters outside the hall."
    ));
}

#[test]
fn an_article_with_two_values_for_one_quantity_is_not_used_for_it() {
    assert!(!conflict(
        "A bomb at the market killed 4 people. A second bomb at the station killed 9 people.",
        "A bomb at the market killed 6 people."
    ));
}

#[test]
fn values_far_apart_are_different_quantities() {
    assert!(!conflict(
        "The quake killed 3 people in Sorel.",
        "The quake killed 40 people in Sorel."
    ));
    assert!(!conflict(
        "Vance signed a $90 million deal with the Herons.",
        "Vance signed a $161 million deal with the Herons."
    ));
    // Control: one deal's price reported two ways.
    assert!(conflict(
        "Halden agreed a $13.2 billion acquisition of Corvo.",
        "Halden agreed a $13.9 billion acquisition of Corvo."
    ));
}

#[test]
fn a_count_inside_a_place_phrase_is_not_what_was_destroyed() {
    assert!(!conflict(
        "The governor said four villages had been destroyed.",
        "Officials said 40 percent of the buildings in seven villages were destroyed."
    ));
}

#[test]
fn a_year_far_after_the_number_does_not_date_it() {
    // "since 2023" tells when the bridge was inspected, not when the six
    // died; the article's own year is the later 2024 it names.
    assert!(conflict(
        "The Veyra footbridge opened in 2024. Its collapse on Saturday killed 6 people, and the bridge had not been inspected by the city since 2023.",
        "The collapse of the Veyra footbridge on Saturday killed 7 people."
    ));
}

// Day conflicts (`src/compare/days.rs`): one happening's day, resolved
// against each article's publication date.

/// An article with a headline and a publication line, so that weekdays
/// resolve to days.
fn dated(id: &str, published: &str, body: &str) -> Article {
    let text = format!("News from the coast\n\nPublished {published}\n\n{body}\n");
    let options =
        ParseOptions { id: Some(id.into()), format: InputFormat::Text, ..Default::default() };
    parallax::parse(&text, &options).expect("parses")
}

/// The discrepancies of two dated articles taken as one event.
fn dated_conflicts(published: &str, a: &str, b: &str) -> Vec<String> {
    let articles = [dated("a", published, a), dated("b", published, b)];
    let (found, _) = parallax::internals::figures_in_one_event(&articles);
    found
        .iter()
        .map(|d| {
            let values: Vec<&str> = d.values.iter().map(|v| v.text.as_str()).collect();
            format!("{}: {}", d.quantity, values.join(", "))
        })
        .collect()
}

#[test]
fn one_arrest_on_two_days_conflicts() {
    let found = dated_conflicts(
        "May 6, 2026",
        "Police arrested the former treasurer of the Orrin Sailing Club on Monday on suspicion of theft.",
        "The former treasurer of the Orrin Sailing Club was arrested on Tuesday on suspicion of theft.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with(": Monday, Tuesday"), "{found:?}");
}

#[test]
fn two_dates_by_month_and_day_conflict() {
    assert_eq!(
        dated_conflicts(
            "May 7, 2026",
            "The Selka ferry ran aground off Brannock Head on May 3.",
            "The Selka ferry ran aground off Brannock Head on May 4, the coast guard said.",
        )
        .len(),
        1
    );
}

#[test]
fn days_of_different_happenings_do_not_conflict() {
    // The arrest and the court hearing are two happenings.
    assert!(dated_conflicts(
        "May 6, 2026",
        "Police arrested the former treasurer of the Orrin Sailing Club on Monday.",
        "The former treasurer of the Orrin Sailing Club will appear in court on Friday.",
    )
    .is_empty());
}

#[test]
fn a_day_of_saying_is_not_the_happenings_day() {
    // Two statements on two days about one crash: no day of the crash.
    assert!(dated_conflicts(
        "August 14, 2026",
        "Officials said on Thursday that the Tamsin Ridge coach crash had injured nine people.",
        "Officials said on Friday that the Tamsin Ridge coach crash had injured nine people.",
    )
    .is_empty());
}

#[test]
fn a_day_written_before_a_noun_names_that_noun() {
    // "a Wednesday raid" is the raid's day, not the arrest's.
    assert!(dated_conflicts(
        "May 6, 2026",
        "Police arrested the club treasurer after a Wednesday raid in Orrin.",
        "Police arrested the club treasurer on Monday in Orrin.",
    )
    .is_empty());
}

#[test]
fn a_dateline_day_is_not_a_happening() {
    assert!(dated_conflicts(
        "May 6, 2026",
        "ORRIN, May 6 (Coast Wire) - Police arrested the club treasurer in Orrin.",
        "Police arrested the club treasurer on Monday in Orrin.",
    )
    .is_empty());
}

#[test]
fn a_rescheduled_happening_has_two_days_legitimately() {
    assert!(dated_conflicts(
        "May 6, 2026",
        "The council vote on the harbour wall was postponed to Thursday.",
        "The council vote on the harbour wall was held on Tuesday.",
    )
    .is_empty());
}

#[test]
fn days_over_a_week_apart_are_other_happenings() {
    assert!(dated_conflicts(
        "May 30, 2026",
        "The Selka ferry ran aground off Brannock Head on May 3.",
        "The Selka ferry ran aground off Brannock Head on May 28.",
    )
    .is_empty());
}

#[test]
fn an_undated_articles_weekday_is_not_set_against_others() {
    // Neither article is dated: what day "Monday" is, is not known.
    assert!(!conflict(
        "Police arrested the club treasurer on Monday in Orrin.",
        "Police arrested the club treasurer on Tuesday in Orrin."
    ));
}

// Numbers: keeping quantities apart, hedges.

#[test]
fn as_many_as_is_an_upper_bound() {
    assert!(!conflict(
        "As many as 40 people were injured in the Sorel quake.",
        "About 35 people were injured in the Sorel quake."
    ));
    // Control: an exact 40 against about 35 conflicts.
    assert!(conflict(
        "The Sorel quake injured 40 people.",
        "About 35 people were injured in the Sorel quake."
    ));
}

#[test]
fn a_relief_fund_is_not_a_years_trade() {
    assert!(!conflict(
        "Ostmark pledged a $40 million relief fund for the flood victims.",
        "Trade between Ostmark and Varel is worth $45 million a year."
    ));
    // Control: the fund reported twice.
    assert!(conflict(
        "Ostmark pledged a $40 million relief fund for the flood victims.",
        "Ostmark announced a $45 million relief fund for the flood victims."
    ));
}

#[test]
fn a_sum_of_money_takes_its_purpose_from_its_clause() {
    // The parser ties neither sum to a thing; the clause says both are the
    // line's cost.
    assert!(conflict(
        "The council said the tram line would cost 310 million euros.",
        "The council said the tram line would cost 360 million euros."
    ));
    // A yearly sum and a one-off sum under the same verb are two purposes.
    assert!(!conflict(
        "The council said the tram line would cost 310 million euros.",
        "The council said the tram line would cost 330 million euros a year."
    ));
}

#[test]
fn a_part_of_a_price_is_not_the_price() {
    assert!(!conflict(
        "Corvo is paying $281 million in cash and $50 million in stock for Halden.",
        "Corvo is paying $331 million for Halden."
    ));
}

#[test]
fn a_change_the_article_names_in_another_sentence_is_no_conflict() {
    assert!(!conflict(
        "A coach left the road near Tamsin Ridge on Thursday, injuring 14 passengers. The health office said on Friday that the number of injured passengers had risen to 21.",
        "A coach left the road near Tamsin Ridge. Officials said 21 passengers were injured."
    ));
}

#[test]
fn the_missing_are_not_the_dead() {
    assert!(!conflict(
        "The flood in Orrin killed 12 people.",
        "In Orrin, 14 people are missing after the flood."
    ));
}

#[test]
fn one_more_happening_of_a_kind_has_its_own_day() {
    assert!(dated_conflicts(
        "May 6, 2026",
        "Police arrested a second suspect in the Orrin harbour theft on Tuesday.",
        "Police arrested a suspect in the Orrin harbour theft on Monday.",
    )
    .is_empty());
}

/// Rule `a_day_takes_its_clauses_verb`: the conviction's day, its verb far
/// back in the clause, is not the sentencing's.
#[test]
fn a_day_takes_its_clauses_verb() {
    assert!(dated_conflicts(
        "August 9, 2026",
        "A Lindau jury convicted port authority harbour master Tomas Reyes of grain cargo fraud Thursday at the Lindau docks.",
        "Port authority harbour master Tomas Reyes was sentenced in a Lindau prison on Tuesday for grain cargo fraud at the Lindau docks.",
    )
    .is_empty());
}

/// Rule `a_date_in_brackets_glosses_another`: "today (14 October)" dates
/// the announcement, and a partial repair announced one day is no
/// conflict with a full one announced another.
#[test]
fn a_date_in_brackets_glosses_another() {
    assert!(dated_conflicts(
        "October 20, 2026",
        "The Karsk cable operator announced today (14 October 2026) that it had restored service to its business customers.",
        "The Karsk cable operator announced today (20 October 2026) that it has restored service to all its customers.",
    )
    .is_empty());
}

/// Rule `a_vote_tally_is_one_quantity`: two tallies of one vote conflict
/// when either count differs, whatever words give them; a sports score is
/// no vote.
#[test]
fn a_vote_tally_is_one_quantity() {
    assert_eq!(
        conflicts(
            "The council approved the dam by 212 votes to 187.",
            "The final tally was 211 in favour and 188 against the dam."
        ),
        ["vote tally: 212 votes to 187, 211 in favour and 188 against"]
    );
    assert!(!conflict(
        "The council approved the dam by 212 votes to 187.",
        "The dam plan passed 212 to 187."
    ));
    assert!(!conflict("Orrin won the final 3-1.", "Orrin won the final 2-1."));
    assert!(!conflict("Orrin defeated Varn 3 to 1.", "Orrin defeated Varn 2 to 1."));
    // A tally written with a hyphen is a vote's when a vote is named.
    assert!(conflict("The council voted 9-4 to close it.", "The council voted 8-5 to close it."));
}
