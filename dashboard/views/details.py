"""What the details panel shows for one event, as plain values (pure; no HTML is built).

The app renders these with ``st.text``/``st.dataframe`` (never HTML), and sets right-to-left
layout for Arabic sentences with a constant style sheet keyed on the container, so no article
text ever passes through an HTML or Markdown renderer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from dashboard.i18n import N_, _, format_day, pgettext
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
        outlet=s.outlet or s.article or _("unknown outlet"),
        language=language_label(s.language),
        published=_published(s.published),
        sentence=s.sentence,
        direction=text_direction(s.sentence, s.language),
        url=safe_url(s.url),
        is_copy=s.is_copy,
    )


def _day(d: date | None) -> str:
    return format_day(d, "short_year") if d else _("undated")


def _published(value: str | None) -> str:
    """A source's publication day in the interface language (kept as written when not a date)."""
    if not value:
        return _("date unknown")
    try:
        return format_day(date.fromisoformat(value), "date")
    except ValueError:
        return value


def event_view(event: Event) -> EventView:
    facts: list[tuple[str, str]] = [(_("Kind"), kind_label(event.kind)), (_("Date"), _day(event.date))]
    if event.date_end and event.date_end != event.date:
        facts.append((_("Until"), _day(event.date_end)))
    if event.kind == "control_change":
        facts.append((pgettext("holder", "From"), event.from_controller or _("not stated")))
        facts.append((pgettext("holder", "To"), f"{event.to_controller or _('not stated')} "
                               f"({_(side_of(event.to_controller).label)})"))
        if event.certainty:
            facts.append((_("Certainty"), certainty_label(event.certainty)))
    else:
        if event.actors:
            facts.append((_("Actors"), ", ".join(event.actors)))
        if event.countries:
            facts.append((_("Countries"), ", ".join(country_label(c) for c in event.countries if c)))
        facts.append((_("Stance"), _(stance_style(event.stance).label)))
    facts.append((_("Origin"), origin_label(event.origin)))
    if event.date_phrase:
        facts.append((_("Date from"), event.date_phrase))
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
    text = f"{event.date or _('undated')} · {kind_label(event.kind)} · {who}"
    if event.summary:
        text += f" — {event.summary}"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table_rows(events: list[Event]) -> list[dict[str, object]]:
    """Rows of the event table (plain values; the table renders them as text)."""
    rows = []
    for e in events:
        rows.append({
            _("Date"): format_day(e.date, "table") if e.date else "",
            _("Kind"): kind_label(e.kind),
            _("Who / where"): (", ".join(p.name for p in e.places[:2]) if e.kind == "control_change"
                               else ", ".join(e.actors[:3])),
            _("Summary"): " ".join(e.summary.split()),
            _("Sources"): len(e.sources),
            _("Languages"): ", ".join(sorted({language_label(x.language) for x in e.sources})),
            _("Origin"): origin_label(e.origin),
            "id": e.id,
        })
    return rows


def table_columns() -> list[str]:
    """The event table's visible columns, in order, in the interface language (``id`` is hidden)."""
    return [_("Date"), _("Kind"), _("Who / where"), _("Summary"), _("Sources"), _("Languages"), _("Origin")]


ORIGIN_LABELS = {"curated": N_("curated"), "extracted": N_("extracted"), "baseline": N_("baseline"),
                 "analyst": N_("analyst")}
CERTAINTY_LABELS = {"reported": N_("reported"), "contested": N_("contested"),
                    "recaptured_later": N_("recaptured later")}


def origin_label(origin: str) -> str:
    return _(ORIGIN_LABELS[origin]) if origin in ORIGIN_LABELS else origin


def certainty_label(certainty: str) -> str:
    return _(CERTAINTY_LABELS[certainty]) if certainty in CERTAINTY_LABELS else certainty.replace("_", " ")
