//! The seed articles' `across` expectations from ../shared/seeds/gold.json:
//! events, threads, discrepancies, must-not-pair, shared quotes and
//! agreements in another form. Skips with a notice without the shared data.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// proptest and file access do not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use parallax::model::{CompareOptions, Comparison, ParseOptions};
use serde_json::Value;
use std::collections::BTreeSet;

fn load() -> Option<(Vec<String>, Vec<parallax::Article>, Comparison, Value)> {
    let gold: Value = serde_json::from_str(&common::read_shared("seeds/gold.json")?).unwrap();
    let ids: Vec<String> = gold["articles"].as_object().unwrap().keys().cloned().collect();
    let articles: Vec<_> = ids
        .iter()
        .map(|id| {
            let text = common::read_shared(&format!("seeds/{id}.txt")).unwrap();
            parallax::parse(&text, &ParseOptions { id: Some(id.clone()), ..Default::default() })
                .unwrap()
        })
        .collect();
    let comparison = parallax::compare(&articles, &CompareOptions::default()).unwrap();
    Some((ids, articles, comparison, gold))
}

fn groups_as_ids(
    groups: &[parallax::model::ArticleGroup],
    ids: &[String],
) -> BTreeSet<Vec<String>> {
    groups.iter().map(|g| g.articles.iter().map(|&i| ids[i].clone()).collect()).collect()
}

fn expected_groups(v: &Value) -> BTreeSet<Vec<String>> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect())
        .collect()
}

#[test]
fn events_and_threads_match_gold() {
    let Some((ids, _, c, gold)) = load() else { return };
    assert_eq!(groups_as_ids(&c.events, &ids), expected_groups(&gold["across"]["events"]));
    assert_eq!(groups_as_ids(&c.threads, &ids), expected_groups(&gold["across"]["threads"]));
}

#[test]
fn both_discrepancies_are_found_with_each_value() {
    let Some((ids, _, c, gold)) = load() else { return };
    for d in gold["across"]["discrepancies"].as_array().unwrap() {
        let want: Vec<(String, f64)> = d["values"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_f64().unwrap()))
            .collect();
        let found = c.discrepancies.iter().any(|x| {
            want.iter().all(|(id, value)| {
                x.values.iter().any(|v| ids[v.article] == *id && v.value == Some(*value))
            }) && x.values.iter().all(|v| {
                want.iter().any(|(id, value)| ids[v.article] == *id && v.value == Some(*value))
            })
        });
        assert!(found, "discrepancy {} not found in {:#?}", d["quantity"], c.discrepancies);
    }
}

#[test]
fn must_not_pair_quantities_are_never_set_against_each_other() {
    let Some((ids, articles, c, gold)) = load() else { return };
    for pair in gold["across"]["must_not_pair"].as_array().unwrap() {
        let locate = |side: &Value| {
            let id = side["article"].as_str().unwrap();
            let i = ids.iter().position(|x| x == id).unwrap();
            let text = side["text"].as_str().unwrap();
            let byte = articles[i].text.find(text).unwrap();
            let index = parallax::offsets::Utf16Index::new(&articles[i].text);
            (i, index.span(byte, byte + text.len()))
        };
        let (ia, sa) = locate(&pair["a"]);
        let (ib, sb) = locate(&pair["b"]);
        for group in
            c.discrepancies.iter().map(|d| &d.values).chain(c.agreements.iter().map(|a| &a.values))
        {
            let hits_a = group
                .iter()
                .any(|v| v.article == ia && sa.start < v.span.end && v.span.start < sa.end);
            let hits_b = group
                .iter()
                .any(|v| v.article == ib && sb.start < v.span.end && v.span.start < sb.end);
            assert!(!(hits_a && hits_b), "{pair} were paired");
        }
    }
}

#[test]
fn the_shared_quote_is_found_in_each_article() {
    let Some((ids, _, c, gold)) = load() else { return };
    for q in gold["across"]["shared_quotes"].as_array().unwrap() {
        let want: BTreeSet<String> = q["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect();
        let words = |s: &str| parallax::compare::normalize::stemmed_words(s);
        let target = words(q["text"].as_str().unwrap());
        let found = c.shared_quotes.iter().any(|s| {
            let got: BTreeSet<String> =
                s.occurrences.iter().map(|o| ids[o.article].clone()).collect();
            let shared = words(&s.text);
            got == want
                && target.windows(5).all(|w| shared.windows(5).any(|x| x == w) || shared.len() < 5)
        });
        assert!(found, "shared quote {} not found in {:#?}", q["text"], c.shared_quotes);
    }
}

#[test]
fn different_forms_of_one_value_are_agreements() {
    let Some((ids, _, c, gold)) = load() else { return };
    for case in gold["across"]["consistent_but_different_form"].as_array().unwrap() {
        let forms: Vec<(String, String)> = case["forms"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        let found = c.agreements.iter().any(|a| {
            forms.iter().all(|(id, text)| {
                a.values.iter().any(|v| ids[v.article] == *id && v.text.contains(text.as_str()))
            })
        });
        assert!(found, "{} not recognised as agreement: {:#?}", case["what"], c.agreements);
        for d in &c.discrepancies {
            assert!(!forms.iter().all(|(id, text)| d
                .values
                .iter()
                .any(|v| ids[v.article] == *id && v.text.contains(text.as_str()))));
        }
    }
}

#[test]
fn spelling_variants_fold_together() {
    let Some((_, _, _, gold)) = load() else { return };
    for group in gold["across"]["spelling_variants"].as_array().unwrap() {
        let forms: Vec<&str> =
            group.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        let last =
            |s: &str| parallax::compare::normalize::stemmed_words(s).last().cloned().unwrap();
        for f in &forms[1..] {
            assert_eq!(last(forms[0]), last(f), "{forms:?}");
        }
    }
}
