"""Quality on the five seed articles, scored against tests/geo/gold_places.yaml (every place
mention, annotated by reading the articles). Fails below 0.95 on any figure in any language."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.evaluation import Predicted, load_gold, score

GOLD = Path(__file__).with_name("gold_places.yaml")
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def predictions(geoparser, seed_articles):
    out = []
    for art in seed_articles.values():
        for m in geoparser.parse(art.text, art.language):
            out.append(Predicted(art.id, m.start, m.end, m.lat, m.lon, m.country_code, m.geonameid))
    return out


def test_gold_file_matches_the_article_texts(gold, seed_articles):
    assert len(gold) == 138
    for g in gold:
        assert seed_articles[g.article].text[g.start:g.end] == g.surface, g


def test_gold_ids_exist_in_the_gazetteer(gold, gazetteer):
    for g in gold:
        if g.geonameid is not None:
            assert gazetteer.get(g.geonameid) is not None, g


@pytest.mark.parametrize("lang, n_gold", [("en", 32), ("fr", 80), ("ar", 26)])
def test_precision_recall_accuracy_per_language(gold, predictions, gazetteer, lang, n_gold):
    s = score(gold, predictions, gazetteer, lang)
    assert s.gold == n_gold
    assert s.precision >= THRESHOLD, s
    assert s.recall >= THRESHOLD, s
    assert s.accuracy_161km >= THRESHOLD, s


def test_regions_of_the_gold_file_are_found(gold, predictions, geoparser, seed_articles):
    """'northern Syria', « nord-ouest de la Syrie », «شمال غرب سوريا» carry their region."""
    expected = {(g.article, g.start): g.region for g in gold if g.region}
    assert len(expected) == 10
    found = {}
    for art in seed_articles.values():
        for m in geoparser.parse(art.text, art.language):
            if (art.id, m.start) in expected:
                found[(art.id, m.start)] = m.region
    assert found == expected
