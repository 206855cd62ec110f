"""Situation reports (issue 10, round 3): the "other" events that are no change of control.

``challenge_situation_events.yaml`` holds the project's own sentences, three or more per family
and language (en, fr, ar, es, de), for each family of situation report the rule tables know
(:data:`timeline.extract.SITUATION_ROLES`): an advance towards a place, reinforcements, clashes,
residents fleeing, an airport or road closed, prisoners freed, drones downed; and ``circumstance``
rows, where the same words only give the background of another event ("after fierce clashes,
rebels captured Morek", "fighting has raged since 27 November") and make no situation event.

A row lists the situation events of its sentence, compared as a multiset on role (read back from
the event's topic), date and ``date_inferred``. Other events of the sentence (a capture, a
statement) are not compared here: the main challenge set covers them.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.extract import SITUATION_ROLES, TOPICS

ROWS: list[dict[str, Any]] = yaml.safe_load(
    Path(__file__).with_name("challenge_situation_events.yaml").read_text(encoding="utf-8"))["rows"]
PUBLISHED = date(2024, 12, 6)
LANGS = ("en", "fr", "ar", "es", "de")


def _row_id(i: int, row: dict[str, Any]) -> str:
    return f"{row['family']}-{row['lang']}-{i:03d}"


def _params() -> list[Any]:
    """One param per row; a row with ``known_failure`` runs as a strict xfail."""
    out = []
    for i, row in enumerate(ROWS):
        reason = row.get("known_failure")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row, id=_row_id(i, row), marks=marks))
    return out


def role_of(summary: str) -> str | None:
    """The situation role whose topic opens an event's summary ("Advance near Homs: HTS")."""
    topic = summary.split(":", 1)[0]
    return next((role for role in SITUATION_ROLES
                 if topic == TOPICS[role] or topic.startswith(TOPICS[role] + " near ")
                 # (round 38, oth38) an asylum suspension names its states: "Asylum suspended by Belgium"
                 or topic.startswith(TOPICS[role] + " by ")), None)


@pytest.mark.parametrize("row", _params())
def test_situation_row(events_geoparser, registry, row):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="situation.txt", path=None, text=row["text"], language=row["lang"],
                      published=PUBLISHED, outlet="test wire")
    events = extract_article_events(article, events_geoparser.parse(row["text"], row["lang"]), registry)
    got = Counter((role_of(e.summary), e.date.isoformat(), bool(e.date_inferred))
                  for e in events if e.kind == "other" and role_of(e.summary))
    want = Counter((x["role"], x["date"].isoformat(), bool(x.get("date_inferred"))) for x in row["expect"])
    assert got == want, f"{row['text']}\n  extracted: {[(e.kind, e.date, e.summary) for e in events]}"


def test_every_family_has_three_rows_per_language():
    per = Counter((r["family"], r["lang"]) for r in ROWS)
    for role in SITUATION_ROLES:
        for lang in LANGS:
            assert per[(role, lang)] >= 3, (role, lang)
    assert {r["family"] for r in ROWS} == set(SITUATION_ROLES) | {"circumstance"}
    assert all(per[("circumstance", lang)] >= 1 for lang in LANGS)
    assert all(x["role"] == r["family"] for r in ROWS for x in r["expect"])
