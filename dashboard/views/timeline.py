"""The diplomacy timeline: a pure builder from events to a plotly figure (no Streamlit here).

Statements, calls, visits and meetings are drawn one row per country (or per actor), coloured
and shaped by stance, sized by how many sources report them. Above them, a band of the fighting:
the days major towns change hands as the map judges them (:func:`milestones`: the judged state,
never a raw report), with faint day lines running down through the diplomacy, so reactions read
against the front. Hover text is HTML-escaped (plotly renders a subset of HTML in labels; it
decodes the entities back for display).

At scale (issue 14) a row's events on one day are spread a few hours apart, and only
:data:`MAX_POINTS_PER_DAY` fit in the day: a busier row-day is drawn as one marker per stance
(a :class:`Cell`), sized by and labelled with its count. Its hover sums up its events and a click
lists them (:func:`cell_events`), so every event stays one click from its details while the figure
sent to the browser stays small (50,000 points carried 31 MB of hover text).
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import attrgetter

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from control import PlaceState, Report, judge_place
from control.baseline import load_baseline
from control.judge import same_side
from dashboard.control_days import PlaceReports, place_reports
from dashboard.filters import Filters, apply_filters
from dashboard.i18n import DEFAULT, _, current, format_day, ngettext
from dashboard.labels import DIPLOMATIC_KINDS, country_label, kind_label, language_label
from dashboard.palette import GREY, SIDE_BY_KEY, STANCE_BY_KEY, STANCE_STYLES, UNKNOWN_STANCE, stance_style
from dashboard.views.map import explain
from kharita import config
from kharita.config import WINDOW_START
from timeline.types import Event

ROW_HEIGHT = 30
BAND_ROW_HEIGHT = 17
MAX_HOVER_SOURCES = 4
#: Hours between two points of one row on one day; :data:`MAX_POINTS_PER_DAY` of them fit in it.
HOURS_APART = 24.0 / config.TIMELINE_MAX_POINTS_PER_DAY
#: A row's events of one day beyond this many are drawn as counted cells, one per stance.
MAX_POINTS_PER_DAY = config.TIMELINE_MAX_POINTS_PER_DAY
#: A cell's ``customdata[0]`` starts with this (an event's is its id, which never does).
CELL_PREFIX = "cell|"
#: Actors named in a cell's hover, the most frequent first.
MAX_HOVER_ACTORS = 3


@dataclass(frozen=True)
class Milestone:
    """A change of holder of a major town, as the map judges it: a point in the fighting band."""

    date: date
    name: str
    to_controller: str | None
    color: str
    event_id: str  # the event whose report decided the judged state: a click opens it
    contested: bool
    state: str = "held"  # the judged state that day: held, claimed (one weak report) or contested
    event_ids: tuple[str, ...] = ()  # every event the state rests on, ``event_id`` first
    judged: PlaceState | None = field(default=None, compare=False, repr=False)  # the state itself


@dataclass(frozen=True)
class Cell:
    """The events of one timeline row on one day with one stance, drawn as a single counted marker."""

    day: date
    row: str  # the row's label, HTML-escaped as on the axis
    stance: str  # a key of STANCE_BY_KEY, or UNKNOWN_STANCE.key
    events: tuple[Event, ...]
    at: datetime  # the marker's x

    @property
    def key(self) -> str:
        """What a click on the marker reports (``customdata[0]``); :func:`cell_events` reads it back."""
        return f"{CELL_PREFIX}{self.day.isoformat()}|{self.stance}|{self.row}"


@dataclass(frozen=True)
class Layout:
    """Where each diplomatic point goes: events drawn one by one, and counted cells."""

    singles: list[tuple[str, Event]]  # (row, event)
    cells: list[Cell]
    x: dict[tuple[str, str], datetime]  # (row, event id) -> its point's position (singles only)

    def position(self, row: str, event: Event) -> datetime | None:
        """x of the point or the cell that draws ``event`` in ``row``; ``None`` when not drawn."""
        if (row, event.id) in self.x:
            return self.x[(row, event.id)]
        return next((c.at for c in self.cells if c.row == row and c.day == event.date
                     and c.stance == _stance_key(event) and any(e.id == event.id for e in c.events)), None)


def milestones(events: Sequence[Event], major_places: Collection[str], *, start: date | None = None,
               end: date | None = None, baseline: Iterable[Report] | None = None,
               reports: PlaceReports | None = None) -> list[Milestone]:
    """Days a major town (GeoNames id in ``major_places``) changes hands on the map.

    Each major place named by a control change among ``events`` is judged as the map judges it
    (:func:`control.judge.judge_place` over the events' reports and ``baseline``, by default the
    shipped pre-offensive baseline the map reads too) on every day from ``start`` (the window
    start) to ``end`` (the last report) on which one of its reports is dated: its state changes on
    no other day. A milestone is a day whose judged holder is a side other than the day before's
    (a place first named by "rebels" and then HTS has not changed hands again). So the band never
    claims more than the map of the same events and day: a single weak report against a
    corroborated or sourced state, a report of unclear direction or of part of a place
    (``extent="part"``) move neither; a change dated before ``start`` is part of the first day's
    state. The milestone names the judged state and the events it rests on (``event_ids``).

    ``reports``: the map's reports of ``events`` and the baseline (:func:`dashboard.control_days.place_reports`),
    when the caller keeps them: the band then reads the very reports the map judges, and ``events``
    and ``baseline`` are not read again.

    Cost: only the major places (about seventy towns) are judged, once per day with a report that
    could move them (one naming another holder than the standing one).
    """
    if not major_places:
        return []
    start = start or WINDOW_START
    if reports is None:
        # One pass keeps the control changes of major towns: at scale, most are of villages.
        majors = [e for e in events if e.kind == "control_change" and e.date
                  and any(p.geonameid in major_places for p in e.places)]
        reports = place_reports(majors, load_baseline() if baseline is None else baseline)
    by_place = {key: reports.by_place[key] for key in major_places if key in reports.by_place}
    before = start - timedelta(days=1)
    out = []
    for reported in by_place.values():
        by_day: dict[date, list[Report]] = defaultdict(list)
        for r in reported:
            if start <= r.date and (end is None or r.date <= end):
                by_day[r.date].append(r)
        if not by_day:
            continue
        previous = judge_place(reported, before)
        for day in sorted(by_day):
            # A day whose reports all name the standing holder (or no one, or part of the place)
            # cannot change it: the judge reads them as support, never as a flip.
            if all(r.part or not r.direction_known or r.to_side == previous.side for r in by_day[day]):
                continue
            state = judge_place(reported, day)
            if state.side != "unknown" and not same_side(state.side, previous.side):
                out.append(_milestone(state, day))
            previous = state
    return sorted(out, key=lambda m: (m.date, m.name, m.event_id))


def band_window(filters: Filters | None) -> tuple[date, date | None]:
    """The days the fighting band judges (first, last; ``None``: to the last report): those of the
    map's "control as of" slider, from the date filter's start (else the window start) to its end."""
    return (filters.date_from if filters else None) or WINDOW_START, filters.date_to if filters else None


def _milestone(state: PlaceState, day: date) -> Milestone:
    resting = [e.report.event_id for e in state.evidence
               if e.role in ("decided", "supports", "prior") and e.report.event_id]
    ids = tuple(dict.fromkeys(i for i in (state.event_id, *resting) if i))
    return Milestone(date=day, name=_short(state.place.name), to_controller=state.controller,
                     color=SIDE_BY_KEY[state.side].color, event_id=state.event_id or (ids[0] if ids else ""),
                     contested=state.contested, state=state.state, event_ids=ids, judged=state)


def band_levels(marks: Sequence[Milestone], chars_per_day: float = 12.0) -> list[int]:
    """A row in the band for each milestone so labels do not overlap (greedy interval packing).

    A label starts at its day and runs right for about ``len(name) / chars_per_day`` days.
    """
    free_from: list[float] = []
    levels = []
    for mark in marks:
        start = mark.date.toordinal()
        end = start + 0.35 + len(mark.name) / chars_per_day
        level = next((i for i, free in enumerate(free_from) if free <= start), len(free_from))
        if level == len(free_from):
            free_from.append(end)
        else:
            free_from[level] = end
        levels.append(level)
    return levels


def _stance_key(event: Event) -> str:
    return event.stance if event.stance in STANCE_BY_KEY else UNKNOWN_STANCE.key


_by_id = attrgetter("id")


def _spread(day: date, index: int, count: int) -> datetime:
    """x of the ``index``-th of ``count`` markers of one row on one day, centred on the day."""
    return _as_dt(day, (index - (count - 1) / 2) * HOURS_APART)


def point_layout(row_events: Mapping[str, Sequence[Event]], max_per_day: int = MAX_POINTS_PER_DAY) -> Layout:
    """Each row's events of one day spread across the day, or, when more than ``max_per_day``,
    gathered into one :class:`Cell` per stance (in the order of :data:`STANCE_STYLES`)."""
    order = {style.key: i for i, style in enumerate((*STANCE_STYLES, UNKNOWN_STANCE))}
    singles: list[tuple[str, Event]] = []
    cells: list[Cell] = []
    x: dict[tuple[str, str], datetime] = {}
    for row, evs in row_events.items():
        by_day: dict[date, list[Event]] = defaultdict(list)
        for event in evs:
            by_day[event.date].append(event)
        for day in sorted(by_day):
            same = by_day[day]
            if len(same) <= max_per_day:
                same.sort(key=_by_id)
                for index, event in enumerate(same):
                    x[(row, event.id)] = _spread(day, index, len(same))
                    singles.append((row, event))
                continue
            by_stance: dict[str, list[Event]] = defaultdict(list)
            for event in same:  # in the order given (the store's): no sort of thousands per row-day
                by_stance[event.stance if event.stance in STANCE_BY_KEY else UNKNOWN_STANCE.key].append(event)
            stances = sorted(by_stance, key=order.__getitem__)
            cells.extend(Cell(day=day, row=row, stance=stance, events=tuple(by_stance[stance]),
                              at=_spread(day, index, len(stances))) for index, stance in enumerate(stances))
    return Layout(singles=singles, cells=cells, x=x)


def diplomacy_rows(shown: Sequence[Event], group_by: str = "country",
                   memo: MutableMapping | None = None) -> dict[str, list[Event]]:
    """The diplomatic events of ``shown`` by timeline row (an event with two countries is in two
    rows). ``memo``: as in :func:`build_timeline`."""
    memo = {} if memo is None else memo
    row_events: dict[str, list[Event]] = defaultdict(list)
    for event in shown:
        if event.kind not in DIPLOMATIC_KINDS or not event.date:
            continue
        key = (group_by, event.id)
        rows = memo.get(key)
        if rows is None:
            rows = memo[key] = _rows(event, group_by)
        for row in rows:
            row_events[row].append(event)
    return row_events


def cell_events(shown: Sequence[Event], key: str, group_by: str = "country",
                memo: MutableMapping | None = None) -> tuple[Event, ...] | None:
    """The events of the cell a click reported (``Cell.key``) among ``shown``, drawn as the
    timeline draws them; ``None`` when the timeline of ``shown`` has no such cell (the filters
    changed since the click)."""
    if not key.startswith(CELL_PREFIX):
        return None
    try:
        day_text, stance, row = key[len(CELL_PREFIX):].split("|", 2)
        day = date.fromisoformat(day_text)
    except ValueError:
        return None
    rows = diplomacy_rows(shown, group_by, memo)
    same = {row: [e for e in rows.get(row, ()) if e.date == day]}
    return next((c.events for c in point_layout(same).cells if c.stance == stance), None)


def _short(name: str) -> str:
    """"Aleppo city (western districts: ...)" -> "Aleppo city": the band has little room."""
    return name.split("(")[0].strip() or name


def _rows(event: Event, group_by: str) -> list[str]:
    """The event's timeline rows, HTML-escaped: plotly renders tick labels as pseudo-HTML."""
    if group_by == "actor":
        names = [a for a in dict.fromkeys(event.actors) if a] or [_("(actor not stated)")]
    else:
        codes = [c for c in dict.fromkeys(event.countries) if c]
        names = [country_label(c) for c in codes] or [_("(country not stated)")]
    return [html.escape(name) for name in names]


@lru_cache(maxsize=4096)
def _hover_words(language: str, day: date | None, kind: str, stance: str | None) -> str:
    """The hover's second line; the same for many points, so looked up once per language."""
    del language  # the cache key: the words below are in the interface language
    e = html.escape
    return f"{e(format_day(day, 'short_year'))} · {e(kind_label(kind))} · {e(_(stance_style(stance).label))}"


@lru_cache(maxsize=16384)
def _hover_source(language: str, outlet: str, source_language: str | None, published: str | None) -> str:
    del language  # the cache key (the source's language is named in the interface language)
    e = html.escape
    return f"– {e(outlet)} ({e(language_label(source_language))}{', ' + e(published) if published else ''})"


def _hover(event: Event) -> str:
    e = html.escape
    language = current()
    lines = [f"<b>{e(', '.join(event.actors) or _('Actor not stated'))}</b>",
             _hover_words(language, event.date, event.kind, event.stance),
             e(_one_line(event.summary))]
    for s in event.sources[:MAX_HOVER_SOURCES]:
        lines.append(_hover_source(language, s.outlet or s.article, s.language, s.published))
    if len(event.sources) > MAX_HOVER_SOURCES:
        more = len(event.sources) - MAX_HOVER_SOURCES
        lines.append(e(ngettext("… and {n} more source", "… and {n} more sources", more).format(n=more)))
    return "<br>".join(lines)


def _mark_hover(mark: Milestone) -> str:
    """A milestone's hover: the town, the day and new holder, and what the map's state rests on
    (the popup's words, one clause a line)."""
    e = html.escape
    lines = [f"<b>{e(mark.name)}</b>",
             e(_("{day}: to {holder}").format(day=format_day(mark.date, "short_year"), holder=mark.to_controller or "?")
               + (" " + _("(contested)") if mark.contested else ""))]
    if mark.judged is not None:
        lines.extend(e(part) for part in explain(mark.judged).split("; "))
    return "<br>".join(lines)


def _cell_hover(cell: Cell) -> str:
    """A cell's hover: its row, day and stance, how many events of each kind, the busiest actors."""
    e = html.escape
    kinds: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    # One pass over the events, then over the few distinct (kind, actors) pairs.
    for (kind, names), count in Counter((event.kind, tuple(event.actors)) for event in cell.events).items():
        kinds[kind] += count
        for actor in set(names):
            actors[actor] += count
    n = len(cell.events)
    lines = [f"<b>{cell.row}</b>",
             e(f"{format_day(cell.day, 'short_year')} · {_(stance_style(cell.stance).label)} · "
               + ngettext("{n} event", "{n} events", n).format(n=n)),
             e(" · ".join(f"{kind_label(k)}: {c}" for k, c in sorted(kinds.items(), key=lambda kc: (-kc[1], kc[0]))))]
    busiest = sorted(actors.items(), key=lambda ac: (-ac[1], ac[0]))[:MAX_HOVER_ACTORS]
    if busiest:
        lines.append(e(", ".join(f"{a} ({c})" for a, c in busiest) + (", …" if len(actors) > len(busiest) else "")))
    lines.append("<i>" + e(_("Click to list these events below the map and the timeline")) + "</i>")
    return "<br>".join(lines)


def _cell_size(count: int) -> float:
    """Wider than any single point (at most 24 px), growing slowly with the count."""
    return min(24 + 4 * np.log2(max(count, 1) / MAX_POINTS_PER_DAY + 1), 40)


def _one_line(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _size(n_sources: int) -> float:
    return min(9 + 4 * max(n_sources - 1, 0), 24)


_EPOCH = datetime(1970, 1, 1)


def _ms(moment: datetime) -> float:
    """Milliseconds since 1970 of a naive datetime, as plotly reads numbers on a date axis (no time zone)."""
    return (moment - _EPOCH) / timedelta(milliseconds=1)


def _objects(values: list) -> np.ndarray:
    """A one-dimensional array of Python objects (strings stay strings in the figure's JSON)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _as_dt(day: date, offset_hours: float = 0.0) -> datetime:
    return datetime(day.year, day.month, day.day, 12) + timedelta(hours=offset_hours)


def build_timeline(
    events: Sequence[Event],
    *,
    filters: Filters | None = None,
    group_by: str = "country",
    selected_id: str | None = None,
    as_of: date | None = None,
    major_places: Collection[str] = frozenset(),
    width: int | None = None,
    height: int | None = None,
    band_chars_per_day: float = 12.0,
    memo: MutableMapping[tuple[str, str], tuple[list[str], str]] | None = None,
    shown: Sequence[Event] | None = None,
    marks: Sequence[Milestone] | None = None,
) -> go.Figure:
    """The timeline figure. Each diplomatic point's ``customdata[0]`` is its event id.

    ``band_chars_per_day``: how many characters of a town's name fit in one day's width of the
    fighting band (see :func:`band_levels`); a narrow figure passes fewer, so labels never overlap.
    ``memo``: each event's rows (by ``(group_by, id)``) and hover text (by ``("hover", id)``), kept
    by the caller for one store version and interface language, so a rerun makes only those of
    events it has not drawn.
    ``shown``: the events that pass ``filters``, when the caller has filtered already.
    ``marks``: the fighting band (:func:`milestones` of ``shown`` over :func:`band_window`), when the
    caller keeps it (the app: once per set of control changes, as the map's snapshots).
    A row's events of a day beyond :data:`MAX_POINTS_PER_DAY` are drawn as counted cells, whose
    ``customdata[0]`` is :attr:`Cell.key` (see :func:`cell_events`).
    """
    memo = {} if memo is None else memo

    def hover(event: Event) -> str:
        key = ("hover", event.id)
        made = memo.get(key)
        if made is None:
            made = memo[key] = _hover(event)
        return made

    if shown is None:
        shown = apply_filters(events, filters) if filters else list(events)
    diplomacy = [e for e in shown if e.kind in DIPLOMATIC_KINDS and e.date]
    if marks is None:
        start, end = band_window(filters)
        marks = milestones(shown, major_places, start=start, end=end)

    row_events = diplomacy_rows(diplomacy, group_by, memo)
    # Busiest row on top; plotly draws category arrays bottom-up.
    order = sorted(row_events, key=lambda r: (-len(row_events[r]), r))
    n_rows = max(len(order), 1)

    band_y = band_levels(marks, band_chars_per_day)
    band_height = max(band_y, default=0) + 1

    # An empty diplomacy row still needs room for the day axis and the "nothing matches" note.
    main_px = max(n_rows * ROW_HEIGHT + 40, 160)
    band_px = band_height * BAND_ROW_HEIGHT + 30
    total = height or min(main_px + band_px + 150, 1600)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.02,
                        row_heights=[band_px / (band_px + main_px), main_px / (band_px + main_px)])

    if marks:
        fig.add_trace(go.Scatter(
            x=[_as_dt(m.date) for m in marks], y=band_y, mode="markers+text",
            # A state claimed by one report only is drawn open, as the map greys it: a claim, not a hold.
            marker={"symbol": ["diamond-open" if m.state == "claimed" else "diamond" for m in marks], "size": 10,
                    "color": [m.color for m in marks], "line": {"color": "#000000", "width": 1}},
            text=[html.escape(m.name) for m in marks], textposition="middle right",
            textfont={"size": 10, "color": "#333333"},
            customdata=[[m.event_id] for m in marks],
            hovertext=[_mark_hover(m) for m in marks],
            hoverinfo="text", name=_("Capture of a major town"), showlegend=True,
            legendgroup="fighting",
        ), row=1, col=1)
        for day in sorted({m.date for m in marks}):
            fig.add_vline(x=_as_dt(day).timestamp() * 1000, line={"color": "#bbbbbb", "width": 1,
                          "dash": "dot"}, row=2, col=1)

    layout = point_layout({row: row_events[row] for row in order})
    positions = layout.x
    points: dict[str, list[tuple[str, Event]]] = defaultdict(list)  # stance key -> (row, event)
    for row, event in layout.singles:
        points[_stance_key(event)].append((row, event))
    cells: dict[str, list[Cell]] = defaultdict(list)  # stance key -> its cells
    for cell in layout.cells:
        cells[cell.stance].append(cell)
    for style in (*STANCE_STYLES, UNKNOWN_STANCE):
        these = points.get(style.key)
        if these:
            # Columns as numpy arrays: plotly validates and copies an array at once, a list point by
            # point (short texts as fixed-width strings, copied as one block; hover texts as objects).
            fig.add_trace(go.Scatter(
                x=np.array([_ms(positions[(row, event.id)]) for row, event in these], dtype=float),
                y=np.array([row for row, _event in these], dtype=str), mode="markers", name=_(style.label),
                customdata=np.array([[event.id] for _row, event in these], dtype=str),
                hovertext=_objects([hover(event) for _row, event in these]),
                hoverinfo="text", legendgroup=style.key,
                marker={"color": style.color, "symbol": style.symbol, "opacity": 0.9,
                        "size": np.array([_size(len(event.sources)) for _row, event in these], dtype=float),
                        "line": {"color": "#ffffff", "width": 0.8}},
            ), row=2, col=1)
        counted = cells.get(style.key)
        if counted:
            fig.add_trace(go.Scatter(
                x=np.array([_ms(c.at) for c in counted], dtype=float),
                y=[c.row for c in counted], mode="markers+text", name=_(style.label),
                customdata=[[c.key] for c in counted], text=[str(len(c.events)) for c in counted],
                textposition="middle center", textfont={"size": 10, "color": "#000000"},
                hovertext=[_cell_hover(c) for c in counted], hoverinfo="text",
                legendgroup=style.key, showlegend=not these,
                marker={"color": style.color, "symbol": style.symbol, "opacity": 0.55,
                        "size": [_cell_size(len(c.events)) for c in counted],
                        "line": {"color": "#000000", "width": 1.5}},
            ), row=2, col=1)

    if not diplomacy:
        # plotly draws no axis for a subplot without a trace: an invisible one keeps the day axis.
        days = [m.date for m in marks] or [WINDOW_START]
        fig.add_trace(go.Scatter(x=[_as_dt(min(days)), _as_dt(max(days))], y=[0.5, 0.5], mode="markers",
                                 marker={"opacity": 0}, hoverinfo="skip", showlegend=False), row=2, col=1)

    selected = next((e for e in diplomacy if e.id == selected_id), None) if selected_id else None
    if selected is not None:
        at = {row: layout.position(row, selected) for row in _rows(selected, group_by)}
        fig.add_trace(go.Scatter(
            x=[x for x in at.values() if x is not None],
            y=[row for row, x in at.items() if x is not None], mode="markers", name=_("Selected event"),
            marker={"symbol": "circle-open", "size": 30, "color": "#000000", "line": {"width": 2.5}},
            hoverinfo="skip", showlegend=False,
        ), row=2, col=1)

    if as_of is not None:
        fig.add_vline(x=_as_dt(as_of).timestamp() * 1000, line={"color": "#0072B2", "width": 2},
                      row="all", col=1)

    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)), row=2, col=1,
                     automargin=True, gridcolor="#eeeeee", title=None)
    fig.update_yaxes(visible=False, range=[-0.7, band_height - 0.3], row=1, col=1)
    # type="date": the diplomacy's x are milliseconds (a float array travels as compact binary).
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#eeeeee", dtick=86_400_000, tickformat="%a %d %b",
                     tick0=_as_dt(WINDOW_START), row=2, col=1)
    fig.update_xaxes(showgrid=False, row=1, col=1)
    all_days = [e.date for e in diplomacy] + [m.date for m in marks]
    if all_days:
        lo, hi = min(all_days), max(all_days)
        if filters and filters.date_from:
            lo = min(lo, filters.date_from)
        fig.update_xaxes(range=[_as_dt(lo, -18), _as_dt(hi, 30)])
    fig.add_annotation(text=_("<b>Fighting</b>: captures of major towns (colour = new holder)"),
                       xref="paper", yref="paper", x=0, y=1.0, yanchor="bottom", showarrow=False,
                       font={"size": 11, "color": "#333333"}, xanchor="left")
    if not diplomacy:
        fig.add_annotation(text=_("No statements, calls, visits or meetings match the filters"),
                           xref="x2 domain", yref="y2 domain", x=0.5, y=0.5, showarrow=False,
                           font={"size": 14, "color": GREY})
        fig.update_yaxes(type="linear", showticklabels=False, showgrid=False, zeroline=False, range=[0, 1],
                         row=2, col=1)
    localize_day_axis(fig)
    fig.update_layout(
        template="plotly_white", height=total, width=width,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -0.04, "x": 0, "title": {
            "text": _("Stance (marker size = number of sources):")}},
        hoverlabel={"align": "left", "bgcolor": "#ffffff"}, clickmode="event+select",
        dragmode="pan",
    )
    return fig


def localize_day_axis(fig: go.Figure, step: int = 1, style: str = "short") -> go.Figure:
    """The day axis written in the interface language: plotly only knows English day and month
    names, so in French and Arabic each day (noon, where the grid lines are) gets its label from
    Babel (:func:`dashboard.i18n.format_day`), every ``step``-th day labelled and the others blank.
    English keeps plotly's own labels (``tickformat``); so does a figure without a day range."""
    span = fig.layout.xaxis2.range or fig.layout.xaxis.range
    if current() == DEFAULT or not span:
        return fig
    lo, hi = (v if isinstance(v, datetime) else datetime.fromisoformat(str(v)) for v in span)
    day = lo.date() if lo <= _as_dt(lo.date()) else lo.date() + timedelta(days=1)
    values, texts = [], []
    while _as_dt(day) <= hi:
        values.append(_as_dt(day))
        texts.append(format_day(day, style) if (len(values) - 1) % step == 0 else "")
        day += timedelta(days=1)
    fig.update_xaxes(tickmode="array", tickvals=values, ticktext=texts, row=2, col=1)
    return fig
