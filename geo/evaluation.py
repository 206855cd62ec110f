"""Scoring a geoparser against the gold place file (tests/geo/gold_places.yaml).

Shared by the quality test and ``benchmarks/geoparse_eval.py`` so that both report the same
figures. A predicted mention is correct for recognition when its span equals a gold span; it is
correctly resolved when its point lies within 161 km (100 miles, the usual geoparsing threshold)
of the gold place, or, for a country in the gold file, when the country code is the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from geopy.distance import great_circle

from geo.gazetteer import Gazetteer

ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldMention:
    article: str
    lang: str
    surface: str
    start: int
    end: int
    geonameid: str | None
    country: str | None
    region: str | None


@dataclass(frozen=True)
class Predicted:
    """What any system predicts: a span and (optionally) a point and a country code."""

    article: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    country_code: str | None
    geonameid: str | None = None


@dataclass(frozen=True)
class Scores:
    lang: str
    gold: int
    predicted: int
    true_positives: int
    resolved_ok: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def accuracy_161km(self) -> float:
        """Share of correctly recognised mentions resolved within 161 km (or right country)."""
        return self.resolved_ok / self.true_positives if self.true_positives else 0.0


def load_gold(path: Path) -> list[GoldMention]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for m in data["mentions"]:
        out.append(GoldMention(
            article=m["article"], lang=m["lang"], surface=m["surface"], start=int(m["start"]),
            end=int(m["start"]) + len(m["surface"]),
            geonameid=str(m["geonameid"]) if m.get("geonameid") is not None else None,
            country=m.get("country"), region=m.get("region"),
        ))
    return out


def resolved_ok(gold: GoldMention, pred: Predicted, gazetteer: Gazetteer) -> bool:
    if gold.country is not None:
        return pred.country_code == gold.country
    entry = gazetteer.get(gold.geonameid or "")
    if entry is None:
        raise KeyError(f"gold id {gold.geonameid} ({gold.surface}) is not in the gazetteer")
    if pred.lat is None or pred.lon is None:
        return False
    return great_circle((entry.lat, entry.lon), (pred.lat, pred.lon)).km <= ACCURACY_KM


def score(gold: Iterable[GoldMention], predicted: Iterable[Predicted], gazetteer: Gazetteer,
          lang: str) -> Scores:
    """Precision, recall and accuracy within 161 km for one language."""
    gold_l = [g for g in gold if g.lang == lang]
    articles = {g.article for g in gold_l}
    pred_l = [p for p in predicted if p.article in articles]
    by_span = {(g.article, g.start, g.end): g for g in gold_l}
    tp = ok = 0
    for p in pred_l:
        g = by_span.get((p.article, p.start, p.end))
        if g is None:
            continue
        tp += 1
        ok += resolved_ok(g, p, gazetteer)
    return Scores(lang, len(gold_l), len(pred_l), tp, ok)
