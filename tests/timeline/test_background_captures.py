"""Captures of the period told as background, dated from the offensive's launch (round 15, ctl15b).

The corpus ruling (data/corpus/README.md, round 14): a capture told as the background of the
article's news ("the insurgents had captured Hama", "after the rebels took Hama", "in a twelve-day
offensive the rebels took city after city") is a change of the place it names, dated, when the text
gives no day, from the launch (27 November 2024) to the publication. The challenge rows compare an
inferred change's range end only; these rows check its start, on a story of mid-December, where two
weeks back begins after the launch. Written before the rule: the pluperfect rows made no change and
the others began on 2 or 3 December.
"""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 12, 16)
LAUNCH = date(2024, 11, 27)
HAMA = "170017"

ROWS = [
    ("en", "The insurgents had captured Hama and most of the villages around it."),
    ("fr", "Les insurgés avaient conquis Hama, la quatrième ville du pays."),
    ("es", "Los insurgentes habían capturado Hama, la cuarta ciudad del país."),
    ("de", "Die Aufständischen hatten Hama eingenommen."),
    ("ar", "وكانت قد سيطرت الفصائل المسلحة على مدينة حماة."),
    ("en", "After the rebels took Hama, the army asked its allies for help."),
    ("en", "In a twelve-day offensive the rebels took Hama and Homs."),
    ("de", "In einer 12-tägigen Offensive haben die Rebellen Hama eingenommen."),
    ("fr", "Au cours d'une offensive éclair de douze jours, les rebelles ont pris Hama."),
    ("es", "En una ofensiva relámpago de doce días, los rebeldes tomaron Hama."),
]


def _changes(text: str, lang: str, geoparser, registry) -> list:
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="background.txt", path=None, text=text, language=lang, published=PUBLISHED,
                      outlet="test wire")
    return [e for e in extract_article_events(article, geoparser.parse(text, lang), registry)
            if e.kind == "control_change"]


@pytest.mark.parametrize(("lang", "text"), ROWS)
def test_background_capture_from_launch(lang, text, events_geoparser, registry):
    hama = [e for e in _changes(text, lang, events_geoparser, registry)
            if any(str(getattr(p, "geonameid", p)) == HAMA for p in e.places)]
    assert len(hama) == 1, hama
    e = hama[0]
    assert e.date_inferred and e.date == LAUNCH and e.date_end == PUBLISHED, (e.date, e.date_end, e.date_inferred)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army had retaken Aleppo from the rebels with Russian help."),
    ("de", "Die Armee hatte Aleppo mit russischer Hilfe zurückerobert."),
    ("es", "El ejército había recuperado Alepo con ayuda rusa."),
])
def test_old_recapture_is_no_background_change(lang, text, events_geoparser, registry):
    """The government's undated pluperfect recapture is the war's older history (2016): none."""
    assert _changes(text, lang, events_geoparser, registry) == []
