"""Typed records that flow from extraction through the store to the dashboard.

They mirror the JSON contract of ``python -m timeline export`` (the foundation issue): users'
scripts rely on those keys, so ``to_json`` only ever adds keys, never renames or drops one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal

EventKind = Literal["control_change", "statement", "call", "visit", "meeting", "strike", "other"]
EVENT_KINDS: tuple[str, ...] = (
    "control_change", "statement", "call", "visit", "meeting", "strike", "other",
)

Precision = Literal["day", "week", "month", "year"]

Stance = Literal[
    "supports_damascus", "calls_for_deescalation", "supports_opposition", "concerned_neutral", "other"
]
STANCES: tuple[str, ...] = (
    "supports_damascus", "calls_for_deescalation", "supports_opposition", "concerned_neutral", "other",
)

Origin = Literal["extracted", "curated"]


@dataclass(frozen=True)
class Place:
    """A resolved place attached to an event (a subset of a geo mention, plus labels)."""

    name: str
    lat: float | None
    lon: float | None
    geonameid: str | None
    country_code: str | None
    name_ar: str | None = None
    admin1: str | None = None
    coord_quality: str | None = None  # "source" | "approximate" | None

    def to_json(self) -> dict[str, Any]:
        # the fields by name, as ``asdict`` gives them: they hold plain values, and ``asdict``'s
        # deep copy was most of the cost of storing and comparing events of thousands of sources
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Place:
        known = {k: data.get(k) for k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Source:
    """One article (or curated reference) that reports an event, with its original sentence."""

    article: str
    language: str | None
    outlet: str | None
    published: str | None  # YYYY-MM-DD
    sentence: str
    url: str | None = None
    is_copy: bool = False  # a syndicated copy/translation of another source of the same event

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # plain values, as in Place

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        known = {k: data.get(k) for k in cls.__dataclass_fields__}
        known["is_copy"] = bool(known.get("is_copy"))
        return cls(**known)


@dataclass
class Event:
    """A dated event with its actors, places and every source that reports it."""

    id: str
    kind: str
    date: date | None
    date_end: date | None = None
    date_precision: str = "day"
    actors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    from_controller: str | None = None
    to_controller: str | None = None
    stance: str | None = None
    summary: str = ""
    origin: str = "extracted"
    sources: list[Source] = field(default_factory=list)
    certainty: str | None = None  # reported | contested | recaptured_later (curated rows)
    casualties: int | None = None  # strikes: people killed, when the text gives a figure
    date_phrase: str | None = None  # the phrase the date was resolved from
    single_source: bool = False  # curated rows backed by one reference report only
    reviewed: bool = False  # an analyst accepted or corrected it (weighs most in the control model)
    # "lead" | "published" when no date phrase of the event's own sentence gave the date;
    # "sentence" when a capture shares the date of its reporting verb or of a capture it is joined to;
    # "previous" when a person's words right after a dated event they took part in take its date
    date_inferred: str | None = None
    confidence: float | None = None  # 0..1, for ordering the review queue (timeline.confidence)
    reasons: list[str] = field(default_factory=list)  # why confidence is below 1 (timeline.confidence)
    # A merged control change whose reports do not all name its taker: the articles whose own
    # report names it. Only they corroborate the taker (``control.evidence``); empty: every source.
    taker_named_by: list[str] = field(default_factory=list)
    # A merged control change some of whose reports could not know its day (published days later,
    # their own date a range "by then"): the articles whose report could (``timeline.merge.
    # day_told_by``). Only they vouch for the day; the others vouch from their own publication day
    # (``control.evidence``). Empty: every source could know it.
    day_told_by: list[str] = field(default_factory=list)
    # A control change of part of its place ("dozens of villages in Aleppo province", "most of Daraa
    # province"): "part"; "whole" for every other event. A part never sets who holds the place or
    # anything inside it (``control.evidence``): the map must not claim more than its evidence.
    extent: str = "whole"

    @property
    def in_window(self) -> bool:
        from kharita.config import WINDOW_START

        return self.date is not None and self.date >= WINDOW_START

    def to_json(self) -> dict[str, Any]:
        """The export contract (foundation issue); extra keys come after the contract ones."""
        return {
            "id": self.id,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision,
            "actors": list(self.actors),
            "countries": list(self.countries),
            "places": [p.to_json() for p in self.places],
            "from_controller": self.from_controller,
            "to_controller": self.to_controller,
            "stance": self.stance,
            "summary": self.summary,
            "origin": self.origin,
            "in_window": self.in_window,
            "sources": [s.to_json() for s in self.sources],
            "certainty": self.certainty,
            "casualties": self.casualties,
            "date_phrase": self.date_phrase,
            "single_source": self.single_source,
            "reviewed": self.reviewed,
            "date_inferred": self.date_inferred,
            "confidence": self.confidence,
            "reasons": list(self.reasons),
            "taker_named_by": list(self.taker_named_by),
            "extent": self.extent,
            "day_told_by": list(self.day_told_by),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        def _d(value: str | None) -> date | None:
            return date.fromisoformat(value) if value else None

        return cls(
            id=data["id"],
            kind=data["kind"],
            date=_d(data.get("date")),
            date_end=_d(data.get("date_end")),
            date_precision=data.get("date_precision") or "day",
            actors=list(data.get("actors") or []),
            countries=list(data.get("countries") or []),
            places=[Place.from_json(p) for p in data.get("places") or []],
            from_controller=data.get("from_controller"),
            to_controller=data.get("to_controller"),
            stance=data.get("stance"),
            summary=data.get("summary") or "",
            origin=data.get("origin") or "extracted",
            sources=[Source.from_json(s) for s in data.get("sources") or []],
            certainty=data.get("certainty"),
            casualties=data.get("casualties"),
            date_phrase=data.get("date_phrase"),
            single_source=bool(data.get("single_source")),
            reviewed=bool(data.get("reviewed")),
            date_inferred=data.get("date_inferred"),
            confidence=data.get("confidence"),
            reasons=list(data.get("reasons") or []),
            taker_named_by=list(data.get("taker_named_by") or []),
            day_told_by=list(data.get("day_told_by") or []),
            extent=data.get("extent") or "whole",
        )
