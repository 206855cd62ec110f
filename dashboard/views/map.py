"""The control map: a pure builder from events to a ``folium.Map`` (no Streamlit here).

Everything the map needs is drawn from shipped data, so it reads with no tile server: Syria's
outline and governorates (Aleppo, Idlib and Hama emphasised and labelled), one GeoJSON layer of
places coloured by controller, a highlight ring for the selected event's places, a title with
the as-of date and a legend that is always visible. OpenStreetMap tiles are an optional overlay,
off by default. Asset links point at the locally served Leaflet (:func:`dashboard.assets.localize`).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import folium
import shapely
import shapely.geometry

from control import ControlSnapshot, PlaceState, Report, control_as_of, is_mappable
from control.areas import AreaEstimate, estimate_areas
from control.baseline import load_baseline
from control.compare import Comparison, compare
from dashboard.assets import localize
from dashboard.boundaries import FOCUS_ADMIN1, Boundaries, bounds, label_point
from dashboard.filters import Filters, apply_filters
from dashboard.i18n import N_, _, format_long_date, ngettext
from dashboard.i18n import format_day as _format_day
from dashboard.palette import SIDE_BY_KEY, SIDES, Side, side_of
from kharita.config import WINDOW_START
from timeline.types import Event, Source

from .details import certainty_label, origin_label
from .layer_json import FeatureTemplate, feature_template, layer_json
from .layers import (
    POPUP_WORDS,
    Attribution,
    FitBounds,
    MapPanel,
    PointLayer,
    TownLabels,
    ViewSwitch,
    compact_collection,
    script_json,
)

#: Above this many points the place layer draws on a canvas instead of SVG (much faster).
CANVAS_THRESHOLD = 2000
MAX_SOURCES_PER_PLACE = 8

OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
ATTRIBUTIONS = [
    'Boundaries <a href="https://whosonfirst.org/docs/licenses/">Who\'s On First</a> (CC0)',
    'Places <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0)',
    "Control: Kharita curated table + news reports (sources in popups)",
]


def attributions() -> list[str]:
    """:data:`ATTRIBUTIONS` in the interface language (the links are ours, the words translated)."""
    return [
        _("Boundaries") + ' <a href="https://whosonfirst.org/docs/licenses/">Who\'s On First</a> (CC0)',
        _("Places") + ' <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0)',
        html.escape(_("Control: Kharita curated table + news reports (sources in popups)")),
    ]


#: A place's state, as the popup says it (``control.PlaceState.state``); capitalised to open a sentence.
STATE_WORDS = {"held": N_("held"), "claimed": N_("claimed"), "contested": N_("contested"), "unknown": N_("unknown")}
STATE_OPENERS = {"held": N_("Held"), "claimed": N_("Claimed"), "contested": N_("Contested")}
#: What a report does in a place's judgement (``control.judge.Evidence.role``) and how strong it is.
ROLE_WORDS = {"decided": N_("decided"), "supports": N_("supports"), "prior": N_("prior"),
              "overruled": N_("overruled"), "conflicts": N_("conflicts"), "unclear": N_("unclear"),
              "context": N_("part of the place only")}
WEIGHT_WORDS = {"single report": N_("single report"), "corroborated": N_("corroborated"),
                "curated": N_("curated"), "analyst": N_("analyst")}
QUALITY_WORDS = {"source": N_("as given by the source"), "approximate": N_("approximate")}


def _word(table: dict[str, str], key: str | None) -> str:
    return _(table[key]) if key in table else (key or "")


def _told_late(report) -> str:
    """", told later of a change on 30 Nov" for a report whose sources told the change days after
    the day it gives (``control.evidence.Report.told_late``): the popup's date is the day it was told."""
    if not report.told_late:
        return ""
    return ", " + _("told later of a change on {day}").format(day=_format_day(report.changed_on, "date"))


def _side_name(key: str) -> str:
    return _(SIDE_BY_KEY[key].label) if key in SIDE_BY_KEY else key


def popup_words() -> dict[str, str]:
    """The place layer's words in the interface language (keys of :data:`layers.POPUP_WORDS`)."""
    return {key: _(english) for key, english in POPUP_WORDS.items()}


_UNSET: Any = object()


def explain(ps: PlaceState, deciding: Report | None = _UNSET) -> str:
    """What a place's state rests on, in the interface language (``PlaceState.explain`` says it in
    English for exports; the popup says it in the reader's language, from the same fields).
    ``deciding``: ``ps.deciding`` when the caller has it already (it scans the evidence)."""
    if ps.state == "unknown" and ps.evidence and all(e.role == "context" for e in ps.evidence):
        n = len(ps.evidence)
        return ngettext("Unknown: {n} report of part of the place only (villages or areas in it), which sets "
                        "no controller.",
                        "Unknown: {n} reports of part of the place only (villages or areas in it), which set "
                        "no controller.", n).format(n=n)
    if ps.state == "unknown":
        n = len(ps.evidence)
        return ngettext("Unknown: {n} report of unclear direction, none says who holds it.",
                        "Unknown: {n} reports of unclear direction, none says who holds it.", n).format(n=n)
    resting = sum(1 for e in ps.evidence if e.role in ("decided", "supports", "prior"))
    text = ngettext("{state} by {holder} (confidence {confidence:.2f}), resting on {n} report",
                    "{state} by {holder} (confidence {confidence:.2f}), resting on {n} reports", resting).format(
        state=_word(STATE_OPENERS, ps.state), holder=ps.controller or _side_name(ps.side),
        confidence=ps.confidence, n=resting)
    deciding = ps.deciding if deciding is _UNSET else deciding
    if deciding is not None:
        text += "; " + _("decided by a report of {day} ({weight}, {origin})").format(
            day=_format_day(deciding.date, "date"), weight=_word(WEIGHT_WORDS, deciding.weight.label),
            origin=origin_label(deciding.origin))
    if ps.conflicting:
        n = len(ps.conflicts)
        text += "; " + ngettext("{n} conflicting report awaits review", "{n} conflicting reports await review",
                                n).format(n=n)
    return text + "."

MAP_CSS = """
<style>
.leaflet-container { background: #e8ecef; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.kh-panel { background: rgba(255,255,255,0.94); padding: 5px 9px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.25); color: #1f2328; font-size: 11.5px; line-height: 1.3; }
.kh-title { font-weight: 700; font-size: 14px; }
.kh-asof { font-weight: 700; font-size: 13px; color: #0b4f7c; }
.leaflet-control-attribution { font-size: 10px; }
.kh-note { color: #444; }
.kh-legend-head { font-weight: 700; margin-bottom: 2px; }
.kh-legend-row { display: flex; align-items: center; gap: 4px; }
.kh-legend-row svg { flex: none; }
.kh-gov-label { color: #555; font-size: 11px; text-align: center; white-space: nowrap;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff; pointer-events: none; }
.kh-gov-label.kh-focus { color: #111; font-size: 14px; font-weight: 700; }
.kh-tip, .kh-pop { font-size: 12.5px; max-width: 360px; }
.kh-pop table { border-collapse: collapse; margin: 4px 0; }
.kh-pop th { text-align: left; padding-right: 8px; color: #555; font-weight: 600; }
.kh-pop ul { margin: 2px 0 4px 16px; padding: 0; }
.kh-sub { font-weight: 700; margin-top: 4px; }
.kh-warn { color: #8a4b00; font-weight: 600; }
.kh-town { font-size: 11px; font-weight: 600; color: #1f2328; white-space: nowrap; pointer-events: none;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
.kh-hide-towns .kh-town { display: none; }
@media (max-width: 900px) {
  /* A narrow map (the dashboard's map beside the timeline): the title panel (bottom left) and the
     legend and attribution (bottom right) each keep to their half, so none covers another. */
  .kh-title-panel, .kh-legend, .leaflet-control-attribution { max-width: calc(50vw - 24px);
    box-sizing: border-box; }
}
</style>
"""


def _is_http(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))


class _SourceTable:
    """Distinct source rows of a layer, referenced by index from each feature.

    Many places share an outlet and URL (a wire story naming twenty villages); storing each row
    once keeps the page small at scale.
    """

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self._index: dict[tuple[str, ...], int] = {}

    def add(self, s: Source) -> int:
        return self.add_row(tuple(_source_row(s)))

    def add_row(self, key: tuple[str, ...]) -> int:
        if key not in self._index:
            self._index[key] = len(self.rows)
            self.rows.append(list(key))
        return self._index[key]

    def refs(self, events: Sequence[Event]) -> list[int]:
        seen: dict[int, None] = {}
        for event in events:
            for s in event.sources:
                seen.setdefault(self.add(s), None)
        return list(seen)[:MAX_SOURCES_PER_PLACE]


def _report_source(r: Report) -> Source:
    """A baseline row's source, shaped like an article source for the popup table."""
    host = (r.url or "").split("/")[2] if _is_http(r.url) else "baseline table"
    return Source(article="baseline", language="en", outlet=host.removeprefix("www."), published=None,
                  sentence=r.summary, url=r.url)


def _source_row(s: Source) -> list[str]:
    return [s.outlet or s.article or "source", s.language or "", s.url if _is_http(s.url) else "",
            s.published or ""]


def _point(lat: float, lon: float, props: dict) -> dict:
    return {"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": props}


@dataclass(frozen=True)
class PlacePart:
    """One place's feature, but for its ``src`` (indexes into the layer's source table, which
    depend on the places drawn before it): what a day step can reuse for a place whose state did
    not change (:func:`control_features` with a ``memo``)."""

    state: PlaceState  # the object it was made from (held, so its ``id`` is never reused)
    geometry: dict
    props: dict  # every property but ``src``
    rows: tuple[tuple[str, ...], ...]  # the place's source rows, in the order the table meets them
    refs: tuple[int, ...]  # ``src``: positions in ``rows``
    template: FeatureTemplate | None  # its page JSON (:mod:`dashboard.views.layer_json`)


#: Place parts by ``id`` of their :class:`PlaceState`, for one set of events and one interface
#: language (the caller keys it so); a day step keeps most places' states as the same objects.
FeatureMemo = dict[int, PlacePart]


def control_features(snapshot: ControlSnapshot, events: Sequence[Event] = (),
                     memo: FeatureMemo | None = None) -> dict:
    """The place layer's FeatureCollection (compact property names, see ``PointLayer``).

    ``kh_sources`` holds the distinct source rows (each feature's ``src`` lists indexes into it)
    and ``kh_sides`` the palette (``sd`` indexes it). ``events`` supply the sources of the
    reports each state rests on. ``memo`` (of the same ``events`` and language) keeps each place's
    part from one call to the next: at 50,000 places, making them again was most of a day step.
    The result is the same with or without it.
    """
    return _collection_and_parts(snapshot, events, memo)[0]


def _collection_and_parts(snapshot: ControlSnapshot, events: Sequence[Event],
                          memo: FeatureMemo | None) -> tuple[dict, list[PlacePart]]:
    """:func:`control_features`, and the part of each feature."""
    table = _SourceTable()
    sides = {side.key: i for i, side in enumerate(SIDES)}
    by_id: dict[str, Event] | None = None
    features = []
    used: FeatureMemo = {}
    parts: list[PlacePart] = []
    for ps in snapshot.places:
        part = memo.get(id(ps)) if memo is not None else None
        if part is None or part.state is not ps:
            if by_id is None:
                by_id = {e.id: e for e in events}
            part = place_part(ps, sides[ps.side], by_id)
        used[id(ps)] = part
        parts.append(part)
        index = [table.add_row(row) for row in part.rows]
        features.append({"type": "Feature", "geometry": part.geometry,
                         "properties": {**part.props, "src": [index[i] for i in part.refs]}})
    if memo is not None:
        memo.update(used)
        if len(memo) > 2 * len(used) + 1000:  # parts of states no longer drawn: keep this day's
            memo.clear()
            memo.update(used)
    collection = {"type": "FeatureCollection", "features": features, "kh_sources": table.rows,
                  "kh_sides": [[_(side.label), side.color] for side in SIDES]}
    return collection, parts


def place_part(ps: PlaceState, side_index: int, events: dict[str, Event]) -> PlacePart:
    """The feature of ``ps`` with its sources as rows of its own (``events``: by id)."""
    table = _SourceTable()
    props = _props(ps, table, side_index, events)
    refs = tuple(props.pop("src"))
    point = _point(ps.place.lat, ps.place.lon, props)
    return PlacePart(state=ps, geometry=point["geometry"], props=props,
                     rows=tuple(tuple(row) for row in table.rows), refs=refs,
                     template=feature_template(point["geometry"], props))


def _props(ps: PlaceState, table: _SourceTable, side_index: int, events: dict[str, Event]) -> dict:
    deciding = ps.deciding
    reported = [events[e.report.event_id] for e in ps.evidence if e.report.event_id in events]
    refs = table.refs(reported)
    for e in ps.evidence:
        if e.report.origin == "baseline" and len(refs) < MAX_SOURCES_PER_PLACE:
            refs.append(table.add(_report_source(e.report)))
    return {
        "n": ps.place.name, "ar": ps.place.name_ar or "", "c": ps.controller or "",
        "sd": side_index, "st": ps.state, "stl": _word(STATE_WORDS, ps.state), "conf": ps.confidence,
        "cf": int(ps.conflicting), "ex": explain(ps, deciding),
        "since": ps.since.isoformat() if ps.since else "",
        "sn": _format_day(ps.since, "date") if ps.since else "",
        "ch": int(ps.changed), "ct": int(ps.contested), "rl": int(ps.recaptured_later),
        "o": origin_label(ps.origin), "cert": certainty_label((deciding.certainty if deciding else "") or ""),
        "q": _word(QUALITY_WORDS, ps.place.coord_quality),
        "h": [[e.report.date.isoformat(), e.report.from_controller or e.report.from_side,
               e.report.to_controller or e.report.to_side, certainty_label(e.report.certainty or ""),
               f"{_word(ROLE_WORDS, e.role)}, {_word(WEIGHT_WORDS, e.report.weight.label)}{_told_late(e.report)}"]
              for e in ps.evidence],
        "src": refs,
    }


@dataclass(frozen=True)
class PlaceLayer:
    """The place layer's FeatureCollection (:func:`control_features`) and the JSON the page gets
    (:attr:`layers.PointLayer.data_json`), made together so a cached layer is serialised once."""

    collection: dict
    json: str
    sides: tuple[str, ...] = ()  # keys of :func:`sides_present` (the legend's colours)


def place_layer_data(snapshot: ControlSnapshot, events: Sequence[Event] = (),
                     memo: FeatureMemo | None = None) -> PlaceLayer:
    """The place layer of ``snapshot`` in the interface language (``events`` supply sources;
    ``memo``: see :func:`control_features`)."""
    collection, parts = _collection_and_parts(snapshot, events, memo)
    templates = [part.template for part in parts]
    if all(t is not None for t in templates):
        text = layer_json(collection, templates)
    else:
        text = script_json(compact_collection(collection))
    return PlaceLayer(collection=collection, json=text,
                      sides=tuple(side.key for side in sides_present(events, snapshot)))


def highlight_features(event: Event | None) -> dict:
    """Rings for the selected event's places (any kind of event that names places)."""
    table = _SourceTable()
    features = []
    if event is not None:
        for place in event.places:
            if is_mappable(place):
                features.append(_point(place.lat, place.lon, {
                    "n": place.name, "ar": place.name_ar or "", "ev": event.summary or event.kind,
                    "src": table.refs([event]),
                }))
    return {"type": "FeatureCollection", "features": features, "kh_sources": table.rows}


def sides_present(events: Sequence[Event], snapshot: ControlSnapshot | None = None) -> list[Side]:
    """Sides any control change names (from or to) or any place is held by, in palette order."""
    keys = set()
    for e in events:
        if e.kind == "control_change":
            keys.add(side_of(e.from_controller).key)
            keys.add(side_of(e.to_controller).key)
    if snapshot is not None:
        keys.update(ps.side for ps in snapshot.places)
    return [s for s in SIDES if s.key in keys]


def area_layers(m: folium.Map, estimate: AreaEstimate) -> None:
    """Estimated areas (filled by side, light) and front lines (dashed), under the places."""
    if not estimate.areas:
        return
    group = folium.FeatureGroup(name=_("Estimated areas of control (estimate)"), show=True)
    features = estimate.to_features()
    areas = {"type": "FeatureCollection", "features": [f for f in features if f["properties"]["kind"] == "area"]}
    fronts = {"type": "FeatureCollection",
              "features": [f for f in features if f["properties"]["kind"] == "front_line"]}

    def area_style(feature: dict) -> dict:
        side = SIDE_BY_KEY.get(feature["properties"]["side"], SIDE_BY_KEY["unknown"])
        return {"fillColor": side.color, "fillOpacity": 0.28, "color": side.color, "weight": 0,
                "className": "kh-area"}

    folium.GeoJson(areas, style_function=area_style, interactive=False, control=False,
                   smooth_factor=1.0).add_to(group)
    folium.GeoJson(fronts, interactive=False, control=False,
                   style_function=lambda _f: {"color": "#222222", "weight": 2, "dashArray": "6 4",
                                              "className": "kh-front"}).add_to(group)
    group.add_to(m)


def map_snapshot(events: Sequence[Event], as_of: date, window_start: date = WINDOW_START) -> ControlSnapshot:
    """What the map draws: control judged over ``events`` and the shipped pre-offensive baseline."""
    return control_as_of(events, as_of, window_start, baseline=load_baseline())


def comparison_for(events: Sequence[Event], day_a: date, day_b: date,
                   window_start: date = WINDOW_START) -> Comparison:
    """The map's comparison of two days (baseline included), day A before day B."""
    return compare(map_snapshot(events, day_a, window_start), map_snapshot(events, day_b, window_start))


def change_features(comparison: Comparison) -> dict:
    """Rings on the places that changed hands between the two days, in the new holder's colour."""
    features = []
    for change in comparison.changes:
        place, before, after = change.after.place, SIDE_BY_KEY[change.before.side], SIDE_BY_KEY[change.after.side]
        features.append(_point(place.lat, place.lon, {
            "n": place.name, "ar": place.name_ar or "", "rc": after.color,
            "ev": _("{before} → {after} between {a} and {b}").format(
                before=_(before.label), after=_(after.label), a=_format_day(comparison.day_a, "day"),
                b=_format_day(comparison.day_b, "day")),
        }))
    return {"type": "FeatureCollection", "features": features, "kh_sources": []}


def gain_layers(m: folium.Map, comparison: Comparison) -> None:
    """Ground each side gained between the two days (estimated areas of B minus those of A)."""
    before = {a.side: a.geometry for a in comparison.areas_a.areas}
    features = []
    for area in comparison.areas_b.areas:
        gained = area.geometry.difference(before[area.side]) if area.side in before else area.geometry
        if not gained.is_empty and gained.area > 1e-4:
            geometry = shapely.geometry.mapping(shapely.set_precision(gained, 1e-4))
            features.append({"type": "Feature", "geometry": geometry, "properties": {"side": area.side}})
    if not features:
        return

    def style(feature: dict) -> dict:
        side = SIDE_BY_KEY.get(feature["properties"]["side"], SIDE_BY_KEY["unknown"])
        return {"fillColor": side.color, "fillOpacity": 0.5, "color": "#222222", "weight": 1.2,
                "dashArray": "4 3", "className": "kh-gain"}

    folium.GeoJson({"type": "FeatureCollection", "features": features}, style_function=style,
                   name=_("Ground gained since {day} (estimate)").format(day=_format_day(comparison.day_a, "day")),
                   interactive=False,
                   smooth_factor=1.0).add_to(m)


def format_day(day: date) -> str:
    """"Sunday 8 December 2024", in the interface language (Babel's long dates for French and Arabic)."""
    return format_long_date(day) or _format_day(day, "long")


def _governorates(m: folium.Map, boundaries: Boundaries) -> None:
    def style(feature: dict) -> dict:
        focus = feature["properties"].get("admin1_code") in FOCUS_ADMIN1
        return {"color": "#2b2b2b" if focus else "#8c8c8c", "weight": 2.2 if focus else 0.8,
                "fillColor": "#f4ecd8" if focus else "#fbfaf6", "fillOpacity": 0.85 if focus else 0.6,
                "className": "kh-gov kh-gov-focus" if focus else "kh-gov"}

    folium.GeoJson(
        boundaries.governorates, name=_("Governorates"), style_function=style,
        tooltip=folium.GeoJsonTooltip(fields=["shapeName", "shapeName_ar"],
                                      aliases=[_("Governorate"), _("Arabic")]),
        highlight_function=None, smooth_factor=0.5,
    ).add_to(m)
    folium.GeoJson(
        boundaries.country, name=_("Syria outline"), control=False, interactive=False,
        style_function=lambda _f: {"color": "#111111", "weight": 2.5, "fill": False,
                                   "className": "kh-outline"},
    ).add_to(m)
    labels = folium.FeatureGroup(name=_("Governorate names"), control=True)
    for feature in boundaries.governorates["features"]:
        props = feature["properties"]
        focus = props.get("admin1_code") in FOCUS_ADMIN1
        name = _display_name(props)
        lat, lon = label_point(feature["geometry"])
        text = html.escape(name)
        if focus:
            text += "<br><bdi dir=\"rtl\" lang=\"ar\">" + html.escape(props.get("shapeName_ar") or "") + "</bdi>"
        folium.Marker(
            (lat, lon), interactive=False,
            icon=folium.DivIcon(html=text, icon_size=(160, 40), icon_anchor=(80, 20),
                                class_name="kh-gov-label kh-focus" if focus else "kh-gov-label"),
        ).add_to(labels)
    labels.add_to(m)


_SHORT_NAMES = {"Rif-dimashq": "Rif Dimashq", "Dimashq": "Damascus", "Ar-Raqqah": "Raqqa",
                "Al-Hasakah": "Hasakah", "As-Suwayda": "Suwayda"}


def _display_name(props: dict) -> str:
    name = props.get("shapeName") or ""
    return _SHORT_NAMES.get(name, name)


def build_map(
    events: Sequence[Event],
    as_of: date,
    *,
    boundaries: Boundaries,
    filters: Filters | None = None,
    selected_id: str | None = None,
    height: int = 640,
    width: int | str = "100%",
    show_tiles: bool = False,
    window_start: date = WINDOW_START,
    center: tuple[float, float] | None = None,
    zoom: float = 7,
    fit: bool = True,
    areas: bool = False,
    view: str = "north-west",
    compare_to: date | None = None,
    major_places: Collection[str] = frozenset(),
    snapshot: ControlSnapshot | None = None,
    places: PlaceLayer | None = None,
    shown: Sequence[Event] | None = None,
) -> folium.Map:
    """The control map as of ``as_of`` for the events that pass ``filters``.

    ``events`` is the whole store (or any subset); the selected event is looked up among them
    even when filtered out, so a shared address always shows what it points at. With ``fit`` the
    map fits its frame to ``view`` (``north-west``: the Aleppo, Idlib and Hama governorates;
    ``syria``: the whole country), and a button on the map switches between the two. Control is
    judged over the filtered events and the pre-offensive baseline; ``areas`` draws the estimated
    areas of control and the front lines under the places. ``compare_to`` (a day before
    ``as_of``) adds what each side gained since then: the ground gained (estimate) and a ring, in
    the new holder's colour, on every place that changed hands. The names of ``major_places``
    (GeoNames ids) among the drawn places are labelled once the map is zoomed in far enough.

    ``snapshot`` (of the filtered events on ``as_of``) and ``places`` (its :func:`place_layer_data`)
    may come from the caller's cache; they are computed here when absent, as is ``shown`` (the
    events that pass ``filters``) when the caller has not filtered already.
    """
    if shown is None:
        shown = apply_filters(events, filters) if filters else list(events)
    if snapshot is None:
        snapshot = map_snapshot(shown, as_of, window_start)
    if places is None:
        places = place_layer_data(snapshot, shown)
    selected = next((e for e in events if e.id == selected_id), None) if selected_id else None

    (south, west), (north, east) = bounds(boundaries.country)
    center = center or ((south + north) / 2 - 0.35, (west + east) / 2)
    m = folium.Map(location=center, zoom_start=zoom, tiles=None,
                   control_scale=False, width=width, height=height, zoomSnap=0.25)
    m.get_root().header.add_child(folium.Element(MAP_CSS))
    folium.TileLayer(
        "OpenStreetMap", name=_("OpenStreetMap tiles (online)"), overlay=True, control=True,
        show=show_tiles, attr=OSM_ATTRIBUTION,
    ).add_to(m)
    _governorates(m, boundaries)
    comparison = compare(map_snapshot(shown, compare_to, window_start), snapshot) if compare_to else None
    if areas:
        area_layers(m, comparison.areas_b if comparison else estimate_areas(snapshot))
    if comparison is not None:
        gain_layers(m, comparison)

    n_places = len(snapshot.places)
    PointLayer(
        places.collection, name=_("Control of places ({n})").format(n=n_places),
        canvas=n_places > CANVAS_THRESHOLD, words=popup_words(), data_json=places.json,
    ).add_to(m)
    towns = [(ps.place.lat, ps.place.lon, ps.place.name) for ps in snapshot.places
             if ps.place.geonameid in major_places]
    if towns:
        TownLabels(towns).add_to(m)
    if comparison is not None:
        PointLayer(change_features(comparison),
                   name=_("Changed hands since {since}").format(since=_format_day(comparison.day_a, "day")),
                   mode="highlight", ring_class="kh-change", ring_radius=10, words=popup_words()).add_to(m)
    if selected is not None:
        PointLayer(highlight_features(selected), name=_("Selected event"), mode="highlight",
                   words=popup_words()).add_to(m)

    contested = sum(1 for p in snapshot.places if p.contested)
    claimed = sum(1 for p in snapshot.places if p.state == "claimed")
    conflicting = sum(1 for p in snapshot.places if p.conflicting)
    since = _format_day(window_start, "day")
    note = (_("{n} places · {changed} changed hands since {since}").format(
        n=n_places, changed=snapshot.changed_count, since=since)
            + (" · " + _("{n} contested").format(n=contested) if contested else "")
            + (" · " + _("{n} claimed by one report").format(n=claimed) if claimed else "")
            + (" · " + _("{n} with conflicting reports").format(n=conflicting) if conflicting else ""))
    lines = [("kh-title", _("Territorial control, Syria")),
             ("kh-asof", _("As of {day}").format(day=format_day(as_of))), ("kh-note", note)]
    if not any(e.kind == "control_change" for e in shown):
        lines.append(("kh-note", _("No control changes match the filters: the pre-offensive baseline is shown")
                      if snapshot.places else _("No control changes match the filters")))
    if areas:
        lines.append(("kh-note", _("Shaded areas are estimates: ground nearest to each place of known control")))
    if comparison is not None:
        lines.append(("kh-note", _("Compared with {day}: {n} places changed hands (ringed); ground gained "
                                   "shaded (estimate)").format(day=format_day(comparison.day_a),
                                                               n=len(comparison.changes))))
    if snapshot.unmapped:
        lines.append(("kh-note", ngettext("{n} control change without coordinates",
                                          "{n} control changes without coordinates",
                                          len(snapshot.unmapped)).format(n=len(snapshot.unmapped))))
    if selected is not None:
        outside = [p.name for p in selected.places if is_mappable(p)
                   and not (south <= p.lat <= north and west <= p.lon <= east)]
        lines.append(("kh-note", _("Ring: places of the selected event (outside this map: {places})").format(
            places=", ".join(outside)) if outside else _("Ring: places of the selected event")))
    MapPanel(position="bottomleft", css_class="kh-panel kh-title-panel", lines=lines).add_to(m)

    swatches = [("fill", SIDE_BY_KEY[key].color, _(SIDE_BY_KEY[key].label)) for key in places.sides]
    swatches += [("changed", "#bbbbbb", _("Changed hands since {since}").format(since=since)),
                 ("contested", "#bbbbbb", _("Contested")),
                 ("claimed", "#bbbbbb", _("Claimed by one report only")),
                 ("conflict", "#E69F00", _("Conflicting report awaits review"))]
    if comparison is not None:
        swatches.append(("selected", "#555555", _("Changed hands since {since} (ring in the new holder's "
                                                  "colour)").format(since=_format_day(comparison.day_a, "day"))))
    if selected is not None:
        swatches.append(("selected", "#000000", _("Selected event")))
    MapPanel(position="bottomright", css_class="kh-panel kh-legend",
             lines=[("kh-legend-head", _("Held by"))], swatches=swatches).add_to(m)

    Attribution(attributions()).add_to(m)
    folium.LayerControl(position="topright", collapsed=True).add_to(m)
    country = [[south, west], [north, east]]
    (nw_south, nw_west), (nw_north, nw_east) = bounds(focus_collection(boundaries))
    north_west = [[nw_south, nw_west], [nw_north, nw_east]]
    ViewSwitch({"north-west": north_west, "syria": country},
               labels=[("north-west", _("North-west"), _("Show the north-west")),
                       ("syria", _("Whole country"), _("Show the whole country"))]).add_to(m)
    if fit:
        FitBounds(country if view == "syria" else north_west).add_to(m)
    return localize(m)


def focus_collection(boundaries: Boundaries) -> dict:
    """The Aleppo, Idlib and Hama governorates, the map's opening view."""
    return {"type": "FeatureCollection",
            "features": [f for f in boundaries.governorates["features"]
                         if f["properties"].get("admin1_code") in FOCUS_ADMIN1]}
