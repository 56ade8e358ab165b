//! The Python boundary: conversion only, no logic. Articles and comparisons
//! cross as the same JSON the JavaScript API returns (camelCase keys), turned
//! into dicts and lists by Python's `json`; the core's errors become
//! `ValueError` with the core's message.

use parallax::cluster::{self, Member, Settings};
use parallax::model::{Article, CompareOptions, InputFormat, ParseOptions};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

fn value_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// A Rust value as Python objects, through JSON.
fn to_python<T: serde::Serialize>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    let text = serde_json::to_string(value).map_err(value_error)?;
    Ok(py.import("json")?.call_method1("loads", (text,))?.unbind())
}

/// An article given as a dict (as `parse` returns it) or as JSON text.
fn article_from(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<Article> {
    let text: String = if obj.is_instance_of::<PyString>() {
        obj.extract()?
    } else {
        py.import("json")?.call_method1("dumps", (obj,))?.extract()?
    };
    serde_json::from_str(&text).map_err(|e| {
        value_error(format!("This is not an article as parallax.parse returns it: {e}"))
    })
}

fn format_of(format: &str) -> PyResult<InputFormat> {
    match format {
        "auto" => Ok(InputFormat::Auto),
        "text" => Ok(InputFormat::Text),
        "html" => Ok(InputFormat::Html),
        other => {
            Err(value_error(format!("format must be 'auto', 'text' or 'html', not {other:?}.")))
        }
    }
}

/// Parses one article (text or HTML, as str or bytes) into a dict shaped
/// like the JavaScript `Article`.
#[pyfunction]
#[pyo3(signature = (input, format = "auto", url = None, id = None, file_name = None))]
fn parse(
    py: Python<'_>,
    input: &Bound<'_, PyAny>,
    format: &str,
    url: Option<String>,
    id: Option<String>,
    file_name: Option<String>,
) -> PyResult<Py<PyAny>> {
    let options = ParseOptions { format: format_of(format)?, id, url, file_name };
    let article = if let Ok(bytes) = input.cast::<PyBytes>() {
        let bytes = bytes.as_bytes().to_vec();
        py.detach(|| parallax::parse_bytes(&bytes, &options))
    } else if let Ok(text) = input.extract::<String>() {
        py.detach(|| parallax::parse(&text, &options))
    } else {
        return Err(value_error("parse takes a str or bytes."));
    }
    .map_err(value_error)?;
    to_python(py, &article)
}

fn articles_from(py: Python<'_>, articles: &Bound<'_, PyAny>) -> PyResult<Vec<Article>> {
    articles.try_iter()?.map(|a| article_from(py, &a?)).collect()
}

/// Compares articles (dicts from `parse`, or their JSON text) into a dict
/// shaped like the JavaScript `Comparison`.
#[pyfunction]
#[pyo3(signature = (articles, min_score = 0.35))]
fn compare(py: Python<'_>, articles: &Bound<'_, PyAny>, min_score: f64) -> PyResult<Py<PyAny>> {
    let articles = articles_from(py, articles)?;
    let options = CompareOptions { min_alignment_score: min_score, ..Default::default() };
    let c = py.detach(|| parallax::compare(&articles, &options)).map_err(value_error)?;
    to_python(py, &c)
}

/// The events and threads `compare` would find, without the rest:
/// `{"events": [...], "threads": [...]}`, articles by index.
#[pyfunction]
fn group_events(py: Python<'_>, articles: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let articles = articles_from(py, articles)?;
    let (events, threads) = py
        .detach(|| parallax::group_events(&articles, &CompareOptions::default()))
        .map_err(value_error)?;
    to_python(py, &serde_json::json!({ "events": events, "threads": threads }))
}

/// An article's blocking terms: (hash, count) pairs, the hash as a signed
/// 64-bit integer (as Spark's LongType holds it).
#[pyfunction]
fn block_terms(py: Python<'_>, article: &Bound<'_, PyAny>) -> PyResult<Vec<(i64, u32)>> {
    let article = article_from(py, article)?;
    Ok(cluster::block_terms(&article).into_iter().map(|(h, n)| (h as i64, n)).collect())
}

/// The links of one bucket: `members` are (arrival number, terms) pairs;
/// returns the linked pairs of arrival numbers (see parallax::cluster).
#[pyfunction]
fn bucket_links(py: Python<'_>, members: Vec<(u64, Vec<(i64, u32)>)>) -> Vec<(u64, u64)> {
    let members: Vec<Member> = members
        .into_iter()
        .map(|(seq, terms)| Member {
            seq,
            day: None,
            terms: terms.into_iter().map(|(h, n)| (h as u64, n)).collect(),
        })
        .collect();
    let refs: Vec<&Member> = members.iter().collect();
    py.detach(|| cluster::links(&refs, &Settings::default()))
}

/// The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or None.
#[pyfunction]
fn day_number(date: &str) -> Option<i64> {
    cluster::day_number(date)
}

/// The clustering settings `parallax cluster` uses by default.
#[pyfunction]
fn cluster_settings(py: Python<'_>) -> PyResult<Py<PyAny>> {
    let s = Settings::default();
    to_python(
        py,
        &serde_json::json!({
            "windowDays": s.window_days,
            "undatedChunk": s.undated_chunk,
            "maxBlock": s.max_block,
        }),
    )
}

#[pymodule]
fn _parallax(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(group_events, m)?)?;
    m.add_function(wrap_pyfunction!(block_terms, m)?)?;
    m.add_function(wrap_pyfunction!(bucket_links, m)?)?;
    m.add_function(wrap_pyfunction!(day_number, m)?)?;
    m.add_function(wrap_pyfunction!(cluster_settings, m)?)?;
    m.add("__version__", parallax::VERSION)?;
    Ok(())
}
