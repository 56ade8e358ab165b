"""The Python package against the core: shapes, errors and agreement with the command line."""

import json
import pathlib
import subprocess

import pytest

import parallax

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEMO = sorted((ROOT / "www" / "demo").glob("*.txt"))


def test_parse_returns_the_javascript_article_shape():
    a = parallax.parse("Harbor reopens after storm\n\nBoats returned to Port Selene on Monday.\n")
    assert a["format"] == "text"
    assert a["title"] == {"text": "Harbor reopens after storm", "span": {"start": 0, "end": 26}}
    assert {"wordCount", "fileName", "sourceLine", "sentences", "entities"} <= a.keys()
    assert a["sentences"][0]["text"] == "Boats returned to Port Selene on Monday."


def test_bytes_and_options_are_taken():
    a = parallax.parse(b"<html><body><article><h1>Title here</h1><p>" + b"Body words. " * 30 + b"</p></article></body></html>",
                       format="html", url="https://example.org/2025/03/04/story", id="x1")
    assert a["format"] == "html" and a["id"] == "x1"


def test_spans_are_utf16_units():
    a = parallax.parse("Storm “hits” 😀 Port Selene\n\nThree people 😀 died on Monday, officials said.\n")
    text = a["text"].encode("utf-16-le")
    s = a["sentences"][0]["span"]
    assert text[2 * s["start"]:2 * s["end"]].decode("utf-16-le") == a["sentences"][0]["text"]


def test_errors_raise_value_error_with_the_core_message():
    with pytest.raises(ValueError, match="The input is empty"):
        parallax.parse("")
    with pytest.raises(ValueError, match="format must be"):
        parallax.parse("x", format="pdf")
    with pytest.raises(ValueError, match="not an article"):
        parallax.compare([{"id": 1}])
    with pytest.raises(ValueError, match="minAlignmentScore"):
        parallax.compare([parallax.parse(p.read_text()) for p in DEMO], min_score=2)


def test_compare_equals_the_command_line():
    articles = [parallax.parse(p.read_bytes(), file_name=str(p), id=str(p)) for p in DEMO]
    c = parallax.compare(articles)
    exe = ROOT / "target" / "debug" / "parallax"
    if not exe.exists():
        pytest.skip("target/debug/parallax not built")
    out = subprocess.run([exe, "compare", "--quiet", "--format", "json", *map(str, DEMO)],
                         capture_output=True, check=True)
    assert c == json.loads(out.stdout)
    assert [e["articles"] for e in c["events"]] == [[0, 1, 2, 3]]


def test_articles_round_trip_and_json_text_is_accepted():
    articles = [parallax.parse(p.read_text()) for p in DEMO]
    as_text = [json.dumps(a) for a in articles]
    assert parallax.compare(as_text) == parallax.compare(articles)
    g = parallax.group_events(articles)
    assert g["events"] == parallax.compare(articles)["events"]


def test_blocking_helpers():
    a = parallax.parse(DEMO[0].read_text())
    terms = parallax.block_terms(a)
    assert terms and all(isinstance(h, int) and n >= 1 for h, n in terms)
    assert parallax.bucket_links([(0, terms), (1, terms)]) == [(0, 1)]
    assert parallax.day_number("1970-01-02") == 1 and parallax.day_number("soon") is None
    assert parallax.cluster_settings()["maxBlock"] >= 1
