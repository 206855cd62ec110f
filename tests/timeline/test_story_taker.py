"""A run of captures with no taker named keeps the side that opened it (round 19, dir19).

Sentences in the project's own words: the first names the taker, the next ones only the verb.
"""

from __future__ import annotations

from datetime import date

import pytest


def _changes(events_geoparser, registry, text: str, lang: str):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="t.txt", path=None, text=text, language=lang, published=date(2024, 12, 6),
                      outlet="test wire")
    events = extract_article_events(article, events_geoparser.parse(text, lang), registry)
    return [(e.places[0].name, e.to_controller) for e in events if e.kind == "control_change"]


@pytest.mark.parametrize("text, lang, expected", [
    # three subjectless captures after a named one, each sentence long enough that the third lies
    # out of reach of the named taker: the run keeps the rebels
    ("Rebels captured Saraqib on Thursday after a night of heavy fighting along the motorway that "
     "links Aleppo with the capital, according to the monitoring group. "
     "On Thursday they also took Maarat al-Numan, a town that had been in government hands for "
     "almost five years and that sits astride the same road further south. "
     "Later on Thursday they seized Khan Shaykhun, the last large town before the border of Hama "
     "province, after government units pulled back towards the south overnight. "
     "By Thursday evening they had entered Morek, just inside the province of Hama.", "en",
     [("Saraqib", "opposition (unspecified)"), ("Ma`arrat an Nu`man", "opposition (unspecified)"),
      ("Khan Shaykhun", "opposition (unspecified)"), ("Murak", "opposition (unspecified)")]),
    # a sentence with no capture between breaks the run: the last capture's side stays unknown
    ("Rebels captured Saraqib on Thursday after a night of heavy fighting along the motorway that "
     "links Aleppo with the capital, according to the monitoring group. "
     "On Thursday they also took Maarat al-Numan, a town that had been in government hands for "
     "almost five years and that sits astride the same road further south. "
     "Residents described long queues at bakeries and petrol stations across the region, and "
     "schools stayed shut for a second day while families waited for news of relatives. "
     "By Thursday evening Morek had been entered.", "en",
     [("Saraqib", "opposition (unspecified)"), ("Ma`arrat an Nu`man", "opposition (unspecified)"),
      ("Murak", None)]),
])
def test_a_run_of_subjectless_captures_keeps_its_taker(events_geoparser, registry, text, lang, expected):
    assert _changes(events_geoparser, registry, text, lang) == expected
