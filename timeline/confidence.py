"""How much an event can be trusted, and why: the order of the analyst's review queue.

Each reason is a stable code (the ``reasons`` key of the JSON contract) with a factor; the
confidence is the product of the factors of the reasons that apply. The factors are an ordering,
not a calibrated probability: an event with an inferred date and one source sorts before an event
dated in its own sentence and reported by three outlets. Curated rows and events an analyst
reviewed are trusted as they are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from timeline.types import Event

#: reason code -> (factor, what it means); the codes are part of the JSON contract
REASONS: dict[str, tuple[float, str]] = {
    "date_inferred": (0.75, "no date phrase in the event's sentence: dated from the article's lead or publication"),
    "direction_unknown": (0.5, "the text does not say who took the place from whom"),
    "taker_guessed": (0.8, "the text names no taker: the opposition at large is assumed"),
    "speaker_guessed": (0.8, "the speaker is a name found next to the verb, not a known actor"),
    "single_source": (0.85, "one outlet reports it (copies of one story count once)"),
    "fighting_since": (0.8, "the offensive's start is read from a \"fighting since X\" phrase, not a launch verb"),
    "date_story": (0.9, "neither the sentence nor the lead dates it: dated by the day the article keeps naming"),
    "part_extent": (0.9, "part of the place changed hands (\"dozens of villages in Hama province\"): not who holds it"),
    "direction_disputed": (0.5, "its reports point opposite ways: who took the place from whom is in dispute"),
}

#: (Round 51, x51c) The reason of a merged control change whose reports point opposite ways
#: (``timeline.merge.opposed_directions``): it states no direction (``direction_unknown`` too).
DISPUTED = "direction_disputed"

#: The ``extent`` of a control change that gives the reason "part_extent" (``timeline.control_extent``).
PART = "part"

#: The ``date_inferred`` basis of an event dated by the story's day (``timeline.extract.story_day``):
#: beside "date_inferred", it has a reason of its own, "date_story" (a day read from the article's
#: dates is a weaker guess than the lead's explicit date).
STORY_DAY = "story"


def date_reasons(basis: str | None) -> list[str]:
    """The reasons an event's date basis (its ``date_inferred``) gives: none for a date in words."""
    if basis is None:
        return []
    return ["date_inferred", "date_story"] if basis == STORY_DAY else ["date_inferred"]


def confidence_of(reasons: Iterable[str]) -> float:
    value = 1.0
    for code in dict.fromkeys(reasons):
        value *= REASONS[code][0]
    return round(value, 3)


def assessed(event: Event, reasons: Iterable[str]) -> Event:
    """The event with its reasons (in the table's order) and their confidence.

    A change of part of a place always carries "part_extent", whoever assesses it (the extractor,
    the merge): it says less of the place than a change of all of it, and the review queue should
    show it so.
    """
    wanted = set(reasons) | ({"part_extent"} if event.extent == PART else set())
    codes = [code for code in REASONS if code in wanted]
    return replace(event, reasons=codes, confidence=confidence_of(codes))


def _outlet_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    return " ".join(folded.lower().replace(".", " ").split())


def independent_outlets(event: Event) -> frozenset[str]:
    """Distinct outlets among the sources that are not syndicated copies (copies count once).

    One definition for the "single source" doubt here and the corroborated weight of the control
    model (``control.evidence``), so that the two never disagree about an event.
    """
    originals = [s for s in event.sources if not s.is_copy] or list(event.sources)
    return frozenset(_outlet_key(s.outlet or s.article) for s in originals if (s.outlet or s.article))
