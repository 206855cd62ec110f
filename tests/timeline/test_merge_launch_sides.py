"""Launches of different offensives, and `other` events at different places, stay apart in the
merge (round 33, oth33).

Why: the HTS-led launch told as background has no day of its own and is ranged from 27 November to
publication (timeline/extract.py background_launches); an article that also tells another side's
launch of a day in that range (the SNA's operation near Tal Rifaat on 1 December) had both share
the "Offensive launched" topic and overlapping dates, so the merge kept one and the background
launch was lost. A launch's sides now say which offensive it is (HTS and the opposition launched one,
the SNA, the SDF or the southern factions others); two `other` events that both name places and
share none are two events, as two legs of a tour are. Sentences are written for these tests;
events come from the real extractor and geoparser.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.merge import Matcher, merge_events
from timeline.types import Event, Place

PUBLISHED = date(2024, 12, 3)

TEXTS = {
    "en": ("The Syrian National Army launched an operation against the Kurdish forces near Tal Rifaat on "
           "Sunday. HTS had launched its offensive on Aleppo, and the army quickly lost much ground."),
    "fr": ("L'Armée nationale syrienne a lancé, dimanche, une offensive contre les forces kurdes près de Tal "
           "Rifaat. Hayat Tahrir al-Sham avait lancé son offensive sur Alep, et le régime a vite perdu du "
           "terrain."),
    "de": ("Die Syrische Nationale Armee startete am Sonntag eine Offensive gegen die kurdischen Milizen bei "
           "Tal Rifaat. Die HTS hatte ihre Offensive auf Aleppo gestartet, und die Armee verlor rasch an Boden."),
    "es": ("El Ejército Nacional Sirio lanzó el domingo una operación contra las milicias kurdas cerca de Tal "
           "Rifaat. Hayat Tahrir al Sham había lanzado su ofensiva sobre Alepo, y el Ejército perdió terreno "
           "rápidamente."),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_background_launch_is_not_lost_in_another_sides_launch(lang, events_geoparser, registry):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    text = TEXTS[lang]
    doc = Article(id=f"{lang}.txt", path=None, text=text, language=lang, published=PUBLISHED, outlet=lang)
    raw = extract_article_events(doc, events_geoparser.parse(text, lang), registry)
    launches = sorted((e.date, e.date_precision) for e in merge_events(raw, [], registry)
                      if e.kind == "other" and e.summary.startswith("Offensive launched"))
    assert launches == [(date(2024, 11, 27), "week"), (date(2024, 12, 1), "day")]


def _launch(actors: list[str], day: date, precision: str = "day", end: date | None = None) -> Event:
    return Event(id="x", kind="other", date=day, date_end=end, date_precision=precision, actors=actors,
                 summary="Offensive launched: " + ", ".join(actors))


def test_hts_and_the_opposition_launched_one_offensive(registry):
    matcher = Matcher(registry)
    week = _launch(["Hayat Tahrir al-Sham"], date(2024, 11, 27), "week", date(2024, 12, 3))
    assert matcher.same_event(week, _launch(["Syrian armed opposition"], date(2024, 11, 27)))
    assert not matcher.same_event(week, _launch(["Syrian National Army"], date(2024, 12, 1)))
    # a launch naming no side still joins one that does
    assert matcher.same_event(week, _launch([], date(2024, 11, 27)))


def test_other_events_at_different_places_are_two(registry):
    matcher = Matcher(registry)

    def at(name: str, gid: str | None) -> Event:
        place = Place(name=name, lat=None, lon=None, geonameid=gid, country_code="SY")
        return Event(id="x", kind="other", date=date(2024, 12, 8), actors=["Israel"], places=[place],
                     summary="Buffer zone entered: Israel")

    assert not matcher.same_event(at("Quneitra", "173334"), at("Mount Hermon", "hermon"))
    assert matcher.same_event(at("Quneitra", "173334"), at("Quneitra", "173334"))
    placeless = Event(id="x", kind="other", date=date(2024, 12, 8), actors=["Israel"],
                      summary="Buffer zone entered: Israel")
    assert matcher.same_event(at("Quneitra", "173334"), placeless)
