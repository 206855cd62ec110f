"""What the details panel shows for one event, as plain values (pure; no HTML is built).

The app renders these with ``st.text``/``st.dataframe`` (never HTML), and sets right-to-left
layout for Arabic sentences with a constant style sheet keyed on the container, so no article
text ever passes through an HTML or Markdown renderer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from dashboard.labels import country_label, kind_label, language_label
from dashboard.palette import side_of, stance_style
from timeline.types import Event, Source

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})


def text_direction(text: str, language: str | None = None) -> str:
    """"rtl" when the language is written right to left or most letters are Arabic/Hebrew."""
    if language in RTL_LANGUAGES:
        return "rtl"
    strong = [unicodedata.bidirectional(ch) for ch in text if ch.isalpha()]
    rtl = sum(1 for b in strong if b in ("R", "AL"))
    return "rtl" if strong and rtl > len(strong) / 2 else "ltr"


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: only those become links."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


@dataclass(frozen=True)
class SourceView:
    outlet: str
    language: str
    published: str
    sentence: str
    direction: str
    url: str | None
    is_copy: bool


@dataclass(frozen=True)
class EventView:
    id: str
    heading: str  # "Statement · Mon 2 Dec 2024"
    summary: str
    facts: tuple[tuple[str, str], ...]  # (label, value) rows
    places: tuple[str, ...]
    sources: tuple[SourceView, ...]


def _source_view(s: Source) -> SourceView:
    return SourceView(
        outlet=s.outlet or s.article or "unknown outlet",
        language=language_label(s.language),
        published=s.published or "date unknown",
        sentence=s.sentence,
        direction=text_direction(s.sentence, s.language),
        url=safe_url(s.url),
        is_copy=s.is_copy,
    )


def _day(d: date | None) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}" if d else "undated"


def event_view(event: Event) -> EventView:
    facts: list[tuple[str, str]] = [("Kind", kind_label(event.kind)), ("Date", _day(event.date))]
    if event.date_end and event.date_end != event.date:
        facts.append(("Until", _day(event.date_end)))
    if event.kind == "control_change":
        facts.append(("From", event.from_controller or "not stated"))
        facts.append(("To", f"{event.to_controller or 'not stated'} "
                            f"({side_of(event.to_controller).label})"))
        if event.certainty:
            facts.append(("Certainty", event.certainty.replace("_", " ")))
    else:
        if event.actors:
            facts.append(("Actors", ", ".join(event.actors)))
        if event.countries:
            facts.append(("Countries", ", ".join(country_label(c) for c in event.countries if c)))
        facts.append(("Stance", stance_style(event.stance).label))
    facts.append(("Origin", event.origin))
    if event.date_phrase:
        facts.append(("Date from", event.date_phrase))
    places = tuple(
        p.name + (f" ({p.name_ar})" if p.name_ar else "") for p in event.places
    )
    return EventView(
        id=event.id, heading=f"{kind_label(event.kind)} · {_day(event.date)}",
        summary=event.summary, facts=tuple(facts), places=places,
        sources=tuple(_source_view(s) for s in event.sources),
    )


def event_label(event: Event, limit: int = 90) -> str:
    """One line for pickers and tables: date, kind, who or where, summary."""
    who = (event.places[0].name if event.kind == "control_change" and event.places
           else ", ".join(event.actors[:2]))
    text = f"{event.date or 'undated'} · {kind_label(event.kind)} · {who}"
    if event.summary:
        text += f" — {event.summary}"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table_rows(events: list[Event]) -> list[dict[str, object]]:
    """Rows of the event table (plain values; the table renders them as text)."""
    rows = []
    for e in events:
        rows.append({
            "Date": e.date.isoformat() if e.date else "",
            "Kind": kind_label(e.kind),
            "Who / where": (", ".join(p.name for p in e.places[:2]) if e.kind == "control_change"
                            else ", ".join(e.actors[:3])),
            "Summary": " ".join(e.summary.split()),
            "Sources": len(e.sources),
            "Languages": ", ".join(sorted({language_label(x.language) for x in e.sources})),
            "Origin": e.origin,
            "id": e.id,
        })
    return rows
