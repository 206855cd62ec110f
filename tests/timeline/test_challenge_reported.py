"""Reported events (issue 10, round 4): dates and speakers that reported speech used to lose.

``challenge_reported_events.yaml`` holds the project's own sentences in five languages, for five
families the dev third showed: a capture in reported speech sharing its reporting verb's date
(or the sentence's only date) instead of being dropped; background words ("previously", "back
in") that must not drop current news yet still keep a real past out; the war's start ("since the
start of the war in 2011") that dates nothing; the speaker after an attribution verb («وفق ما
أعلنت الخارجية», « comme l'a déclaré le ministère »); and loss verbs with the loser as subject
("lost Saraqeb to the rebels"). Rows the extractor gets wrong carry ``known_failure`` (strict xfail).

A control row lists every control change of its sentence (date, whether it is inferred, and the
camps of ``from`` and ``to``); an attribution row names the first actor of its statement. No row
may show a control change whose camps are the reverse of the expected ones.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from control.sides import camp, side_key

ROWS: list[dict[str, Any]] = yaml.safe_load(
    Path(__file__).with_name("challenge_reported_events.yaml").read_text(encoding="utf-8"))["rows"]
PUBLISHED = date(2024, 12, 6)
FAMILIES_BY_LANG = {
    "reported": ("en", "ar", "fr", "de"),
    "background": ("en", "fr", "es", "de", "ar"),
    "war_year": ("en", "fr", "ar", "es", "de"),
    "attribution": ("en", "fr", "es", "ar"),
    "loss": ("en", "fr", "ar", "es", "de"),
    "denial": ("en", "fr", "ar", "es", "de"),
    "place_actor": ("en", "fr", "ar"),
    "since_start": ("en", "fr", "es", "de"),
    # round 6: "in recent days" dates a capture as that week; an undated report after a lead that
    # dates yesterday's news is held by the publication day
    "recent_days": ("en", "fr", "es", "de", "ar"),
    "lead_date": ("en", "fr", "es", "de", "ar"),
    # round 6: a "since" date that only measures a superlative is no time the story is about
    "since_ref": ("en", "fr", "es", "de", "ar"),
}


def _params() -> list[Any]:
    out = []
    for i, row in enumerate(ROWS):
        reason = row.get("known_failure")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row, id=f"{row['family']}-{row['lang']}-{i:03d}", marks=marks))
    return out


@pytest.fixture(scope="module")
def extracted(events_geoparser, registry):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    cache: dict[str, list[Any]] = {}

    def get(row: dict[str, Any]) -> list[Any]:
        if row["text"] not in cache:
            article = Article(id="reported.txt", path=None, text=row["text"], language=row["lang"],
                              published=PUBLISHED, outlet="test wire")
            cache[row["text"]] = extract_article_events(
                article, events_geoparser.parse(row["text"], row["lang"]), registry)
        return cache[row["text"]]

    return get


def _change(e: Any) -> tuple[str, bool, str, str]:
    day = e.date_end if e.date_inferred and e.date_end else e.date
    return (day.isoformat(), bool(e.date_inferred), camp(side_key(e.from_controller)), camp(side_key(e.to_controller)))


@pytest.mark.parametrize("row", _params())
def test_reported_row(extracted, row):
    events = extracted(row)
    if row["family"] == "attribution":
        statements = [e for e in events if e.kind == "statement"]
        assert [e.actors[0] for e in statements] == [row["speaker"]], (row["text"], [e.summary for e in events])
        return
    got = Counter(_change(e) for e in events if e.kind == "control_change")
    want = Counter((x["date"].isoformat(), x["date_inferred"], camp(x["from"]), camp(x["to"])) for x in row["expect"])
    assert got == want, f"{row['text']}\n  extracted: {[(e.date, e.date_inferred, e.summary) for e in events]}"


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("expect")])
def test_no_reported_change_is_reversed(extracted, row):
    wanted = {(camp(x["from"]), camp(x["to"])) for x in row["expect"]}
    for e in extracted(row):
        if e.kind == "control_change":
            got = (camp(side_key(e.from_controller)), camp(side_key(e.to_controller)))
            assert (got[1], got[0]) not in wanted or got in wanted, (row["text"], e.summary)


def test_every_family_has_three_rows_per_language():
    per = Counter((r["family"], r["lang"]) for r in ROWS)
    for family, langs in FAMILIES_BY_LANG.items():
        for lang in langs:
            assert per[(family, lang)] >= 3, (family, lang)
    assert all(("expect" in r) != (r["family"] == "attribution") for r in ROWS)
