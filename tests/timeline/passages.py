"""Real passages in every language for the fast-path tests: each seed article and each sentence of
the challenge sets (timeline and places), as ``(language, text)``.

Why one module: the trigger gate's and the date gate's tests both prove "skipped only where the
plain loop finds nothing" on the same inputs, and read them the same way.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kharita.articles import read_article
from kharita.config import DATA_DIR

TESTS = Path(__file__).resolve().parents[1]
CHALLENGES = [TESTS / "timeline" / f"{name}.yaml" for name in (
    "challenge_events", "challenge_control_events", "challenge_reported_events",
    "challenge_situation_events")]


def real_passages() -> list[tuple[str, str]]:
    """(language, text) of every seed article and every challenge passage."""
    out = [(a.language, a.text) for a in map(read_article, sorted((DATA_DIR / "articles").glob("*.txt")))]
    for path in CHALLENGES:
        out += [(row["lang"], row["text"]) for row in yaml.safe_load(path.read_text(encoding="utf-8"))["rows"]]
    places = yaml.safe_load((TESTS / "geo" / "challenge_places.yaml").read_text(encoding="utf-8"))
    out += [(row["lang"], row["text"]) for row in places]
    return out
