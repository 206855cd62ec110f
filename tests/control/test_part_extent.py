"""A change of part of a place never sets who holds it (issue 10, round 11).

"Rebels took some villages in Hama province" is news the map must list, but it gives the rebels
neither the governorate nor Hama city: the extractor marks such a change ``extent="part"`` and the
control model keeps it as context (role ``context``), whatever its weight. The sentences are the
project's own, read by the real geoparser and extractor; the curated rows are the shipped ones.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from control import control_as_of
from control.baseline import load_baseline
from kharita.articles import Article
from store import open_store
from tests.dashboard.curated_rows import control_events
from timeline.types import Event, Source

HAMA_CITY, HAMA_PROVINCE = "170017", "170015"
PUBLISHED = date(2024, 12, 6)


@pytest.fixture(scope="module")
def parts(events_geoparser, registry) -> list[Event]:
    """The control changes of a sentence of villages taken in Hama province, told by two outlets."""
    from timeline.pipeline import extract_article_events

    text = "Rebels took some villages in Hama province on Sunday, a war monitor said."
    out = []
    for i, outlet in enumerate(("Daily Example", "Another Gazette")):
        article = Article(id=f"part-{i}.txt", path=None, text=text, language="en", published=PUBLISHED,
                          outlet=outlet)
        events = extract_article_events(article, events_geoparser.parse(text, "en"), registry)
        for e in events:
            if e.kind == "control_change":
                source = Source(article=article.id, language="en", outlet=outlet,
                                published=PUBLISHED.isoformat(), sentence=text)
                out.append(replace(e, id=f"part-{i}", sources=[source]))
    return out


def test_the_villages_are_a_part_change_of_the_governorate(parts):
    assert [(e.places[0].geonameid, e.extent, e.date) for e in parts] == [
        (HAMA_PROVINCE, "part", date(2024, 12, 1))] * 2
    assert all(e.to_controller == "opposition (unspecified)" for e in parts)


def test_a_part_change_leaves_hama_city_and_the_governorate_as_they_were(parts):
    day = date(2024, 12, 2)
    without = control_as_of(control_events(), day, baseline=load_baseline())
    with_parts = control_as_of([*control_events(), *parts], day, baseline=load_baseline())
    city_before, city_after = without.get(HAMA_CITY), with_parts.get(HAMA_CITY)
    assert (city_after.side, city_after.state, city_after.controller) == (
        city_before.side, city_before.state, city_before.controller) == ("government", "held", "Syrian government")
    province = with_parts.get(HAMA_PROVINCE)
    assert without.get(HAMA_PROVINCE) is None
    # two independent outlets, yet no side: both reports are context only
    assert (province.side, province.state, province.controller) == ("unknown", "unknown", None)
    assert [e.role for e in province.evidence] == ["context", "context"]
    assert not province.conflicting and "part of the place" in province.explain()


def test_the_same_reports_of_the_whole_governorate_would_set_it(parts):
    whole = [replace(e, extent="whole") for e in parts]
    province = control_as_of([*control_events(), *whole], date(2024, 12, 2)).get(HAMA_PROVINCE)
    assert (province.side, province.state) == ("opposition", "held")


def test_a_part_change_does_not_overturn_a_held_place(parts):
    # the same wording about the city itself ("some districts of Hama"): context, the city stays
    city_part = [replace(e, places=[next(p for ev in control_events() for p in ev.places
                                         if p.geonameid == HAMA_CITY)]) for e in parts]
    city = control_as_of([*control_events(), *city_part], date(2024, 12, 2), baseline=load_baseline()).get(HAMA_CITY)
    assert (city.side, city.state) == ("government", "held")
    assert sorted(e.role for e in city.evidence if e.report.event_id.startswith("part-")) == ["context", "context"]


def test_the_extent_is_kept_by_the_json_contract_and_the_store(parts, tmp_path):
    event = parts[0]
    assert event.to_json()["extent"] == "part"
    assert Event.from_json(event.to_json()).extent == "part"
    legacy = {k: v for k, v in event.to_json().items() if k != "extent"}
    assert Event.from_json(legacy).extent == "whole"  # events stored before the key existed
    store = open_store(tmp_path / "k.db")
    with store.transaction() as tx:
        tx.replace_events([replace(event, id="part-0")])
    assert [e.extent for e in store.load_events()] == ["part"]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("2 reports of part of the place only", "part of the place only")),
    ("fr", ("2 rapports sur une partie du lieu seulement", "une partie du lieu seulement")),
    ("ar", ("تقريران عن جزء من المكان فقط", "جزء من المكان فقط")),
])
def test_the_popup_says_the_governorate_rests_on_parts_only(parts, lang, words):
    """The map's popup says why the governorate stays unknown, in the reader's language, and marks
    each report as part of the place (not "unclear direction", which would be another reason)."""
    from dashboard import i18n
    from dashboard.views.map import ROLE_WORDS, _word, explain

    province = control_as_of([*control_events(), *parts], date(2024, 12, 2)).get(HAMA_PROVINCE)
    i18n.set_language(lang)
    try:
        assert words[0] in explain(province)
        assert {_word(ROLE_WORDS, e.role) for e in province.evidence} == {words[1]}
    finally:
        i18n.set_language("en")
