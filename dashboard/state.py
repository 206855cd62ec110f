"""The whole view (filters, day, selected event, timeline grouping) <-> URL query parameters.

Pure functions over plain mappings so they are tested without Streamlit; ``app.py`` passes
``st.query_params`` in and out. Values are checked against what the store offers: a stale or
hand-edited address degrades to the default for that parameter instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from .filters import FilterOptions, Filters

GROUP_BY = ("country", "actor")

# URL key for each multi-valued filter field.
_MULTI = {
    "countries": "country",
    "actors": "actor",
    "kinds": "kind",
    "stances": "stance",
    "outlets": "outlet",
    "languages": "lang",
}
KEYS = ("from", "to", "asof", "event", "by", "tiles", "areas", "view", "compare", *_MULTI.values())
#: The map's opening views (``view=``): the north-west (Aleppo, Idlib, Hama) or the whole country.
VIEWS = ("north-west", "syria")


@dataclass(frozen=True)
class ViewState:
    filters: Filters = field(default_factory=Filters)
    as_of: date | None = None
    selected: str | None = None
    group_by: str = "country"
    tiles: bool = False
    areas: bool = False  # estimated areas of control and front lines under the places
    view: str = "north-west"
    compare: date | None = None  # day A of a comparison (``as_of`` is day B); None = no comparison


def _parse_date(values: Iterable[str]) -> date | None:
    for value in values:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _clamp(day: date | None, lo: date | None, hi: date | None) -> date | None:
    if day is None:
        return None
    if lo and day < lo:
        return lo
    if hi and day > hi:
        return hi
    return day


def to_query(state: ViewState, default: ViewState | None = None) -> dict[str, list[str]]:
    """Query parameters for a state; values equal to ``default`` are left out to keep URLs short."""
    default = default or ViewState()
    f, d = state.filters, default.filters
    out: dict[str, list[str]] = {}
    if f.date_from and f.date_from != d.date_from:
        out["from"] = [f.date_from.isoformat()]
    if f.date_to and f.date_to != d.date_to:
        out["to"] = [f.date_to.isoformat()]
    for attr, key in _MULTI.items():
        values = getattr(f, attr)
        if values and values != getattr(d, attr):
            out[key] = sorted(values)
    if state.as_of and state.as_of != default.as_of:
        out["asof"] = [state.as_of.isoformat()]
    if state.selected:
        out["event"] = [state.selected]
    if state.group_by != default.group_by:
        out["by"] = [state.group_by]
    if state.tiles != default.tiles:
        out["tiles"] = ["1" if state.tiles else "0"]
    if state.areas != default.areas:
        out["areas"] = ["1" if state.areas else "0"]
    if state.view != default.view:
        out["view"] = [state.view]
    if state.compare:
        out["compare"] = [state.compare.isoformat()]
    return out


def from_query(
    query: Mapping[str, list[str]],
    options: FilterOptions,
    default: ViewState | None = None,
    event_ids: frozenset[str] = frozenset(),
) -> ViewState:
    """The state a URL describes, keeping only values the store offers."""
    default = default or ViewState()
    lo, hi = options.date_min, options.date_max
    f = default.filters
    date_from = _clamp(_parse_date(query.get("from", [])), lo, hi) or f.date_from
    date_to = _clamp(_parse_date(query.get("to", [])), lo, hi) or f.date_to
    if date_from and date_to and date_from > date_to:
        date_from, date_to = f.date_from, f.date_to
    multi = {}
    for attr, key in _MULTI.items():
        offered = set(getattr(options, attr))
        chosen = frozenset(v for v in query.get(key, []) if v in offered)
        multi[attr] = chosen or getattr(f, attr)
    filters = replace(f, date_from=date_from, date_to=date_to, **multi)
    as_of = _clamp(_parse_date(query.get("asof", [])), lo, hi) or default.as_of
    selected = next((v for v in query.get("event", []) if v in event_ids), default.selected)
    group_by = next((v for v in query.get("by", []) if v in GROUP_BY), default.group_by)
    tiles_values = query.get("tiles", [])
    tiles = tiles_values[0] == "1" if tiles_values else default.tiles
    areas_values = query.get("areas", [])
    areas = areas_values[0] == "1" if areas_values else default.areas
    view = next((v for v in query.get("view", []) if v in VIEWS), default.view)
    compare = _clamp(_parse_date(query.get("compare", [])), lo, hi)
    if compare and as_of and compare >= as_of:
        compare = None  # day A must come before day B
    return ViewState(filters=filters, as_of=as_of, selected=selected, group_by=group_by,
                     tiles=tiles, areas=areas, view=view, compare=compare)


def default_state(options: FilterOptions, window_start: date) -> ViewState:
    """The view a bare address opens: the offensive's window, every kind, the last day."""
    lo = options.date_min
    date_from = max(window_start, lo) if lo else window_start
    date_to = options.date_max
    if date_to and date_from > date_to:
        date_from = lo
    return ViewState(filters=Filters(date_from=date_from, date_to=date_to), as_of=date_to)


def day_range(start: date, end: date) -> list[date]:
    """Every day from ``start`` to ``end`` inclusive (the as-of slider's steps)."""
    from datetime import timedelta

    return [start + timedelta(days=i) for i in range((end - start).days + 1)]
