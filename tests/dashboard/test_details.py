"""Details panel values: direction of source sentences, safe links, facts."""

from __future__ import annotations

import pytest

from dashboard.views.details import event_label, event_view, safe_url, table_rows, text_direction
from kharita.config import ARTICLES_DIR
from tests.dashboard.curated_rows import control_events, statement_events


def _body(name: str) -> str:
    return (ARTICLES_DIR / name).read_text(encoding="utf-8").split("---", 2)[2]


def test_arabic_seed_sentence_is_right_to_left():
    first_line = _body("004_ac5f36f5c5dfedcc.txt").strip().splitlines()[0]
    assert text_direction(first_line) == "rtl"
    assert text_direction(first_line, "ar") == "rtl"


def test_french_and_english_seed_sentences_are_left_to_right():
    assert text_direction(_body("001_50a98b957388806e.txt").strip().splitlines()[0]) == "ltr"
    assert text_direction(_body("002_ff6499cc7a25c720.txt").strip().splitlines()[0], "en") == "ltr"


@pytest.mark.parametrize("url, expected", [
    ("https://www.anews.com.tr/x", "https://www.anews.com.tr/x"),
    ("http://en.people.cn/n3/2023/0922/c90000-20075506.html",
     "http://en.people.cn/n3/2023/0922/c90000-20075506.html"),
    ("javascript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("", None),
    (None, None),
])
def test_only_http_links(url, expected):
    assert safe_url(url) == expected


def test_control_change_view():
    khanasir = [e for e in control_events() if e.places[0].name == "Khanasir"][1]
    view = event_view(khanasir)
    assert view.heading == "Control change · Tue 3 Dec 2024"
    assert dict(view.facts)["To"] == "Syrian government (Syrian government)"
    assert dict(view.facts)["From"] == "SNA"
    assert view.places == ("Khanasir (خناصر)",)
    assert view.sources[0].direction == "ltr" and view.sources[0].url.startswith("http")


def test_statement_view_and_label():
    visit = next(e for e in statement_events() if e.kind == "visit")
    view = event_view(visit)
    facts = dict(view.facts)
    assert facts["Countries"] == "Iran, Syria"
    assert facts["Stance"] == "Supports Damascus"
    assert event_label(visit).startswith("2024-12-01 · Visit · Abbas Araghchi")
    row = table_rows([visit])[0]
    assert (row["Date"], row["Kind"], row["Sources"], row["Languages"], row["id"]) == (
        "2024-12-01", "Visit", 1, "English", visit.id)
