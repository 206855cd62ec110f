"""The control map, built from the real curated events and rendered to HTML."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import pytest

from control import control_as_of
from control.baseline import load_baseline
from dashboard.boundaries import load_boundaries
from dashboard.filters import Filters
from dashboard.views.layers import PointLayer
from dashboard.views.map import build_map, control_features, highlight_features, map_snapshot
from tests.dashboard.curated_rows import all_events, control_events, statement_events


@pytest.fixture(scope="module")
def boundaries():
    return load_boundaries()


def _html(m) -> str:
    return m.get_root().render()


def _layer(m, name_prefix):
    return next(c for c in m._children.values()
                if isinstance(c, PointLayer) and c.layer_name.startswith(name_prefix))


def test_every_asset_is_served_locally(boundaries):
    html = _html(build_map(all_events(), date(2024, 12, 1), boundaries=boundaries))
    links = set(re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html))
    assert links == {"/app/static/vendor/leaflet/dist/leaflet.js",
                     "/app/static/vendor/leaflet/dist/leaflet.css"}


def test_one_layer_holds_every_place(boundaries):
    m = build_map(all_events(), date(2024, 12, 1), boundaries=boundaries)
    layer = _layer(m, "Control of places")
    # 81 places of the curated changes, plus the baseline's places that never changed hands
    expected = len(map_snapshot(all_events(), date(2024, 12, 1)).places)
    assert expected > 81
    assert layer.layer_name == f"Control of places ({expected})"
    assert len(layer.data["features"]) == expected
    idlib = next(f for f in layer.data["features"] if f["properties"]["n"] == "Idlib")
    assert (idlib["properties"]["st"], idlib["properties"]["o"]) == ("held", "baseline")
    assert layer.data["kh_sides"][idlib["properties"]["sd"]][0] == "HTS-led opposition"
    assert not layer.canvas  # SVG below the canvas threshold


def test_feature_properties_for_khanasir(boundaries):
    snap = control_as_of(control_events(), date(2024, 12, 3))
    collection = control_features(snap, control_events())
    feature = next(f for f in collection["features"] if f["properties"]["n"] == "Khanasir")
    p = feature["properties"]
    assert feature["geometry"]["coordinates"] == pytest.approx([37.49919, 35.78159])
    side = collection["kh_sides"][p["sd"]]
    assert (p["ar"], p["c"], side[0], p["since"], p["ch"], p["ct"], p["o"]) == (
        "خناصر", "Syrian government", "Syrian government", "2024-12-03", 1, 0, "curated")
    assert [h[:3] for h in p["h"]] == [["2024-12-01", "Syrian government", "SNA"],
                                       ["2024-12-03", "SNA", "Syrian government"]]
    assert (p["st"], p["conf"], p["cf"]) == ("held", 0.9, 0)  # a curated row, not single-source
    assert [h[4] for h in p["h"]] == ["overruled, curated", "decided, curated"]
    sources = [collection["kh_sources"][i] for i in p["src"]]
    assert sources and all(s[2].startswith(("http://", "https://")) for s in sources)


def test_boundaries_focus_labels_and_attribution(boundaries):
    html = _html(build_map(all_events(), date(2024, 12, 1), boundaries=boundaries))
    labels = [json.loads(s) for s in re.findall(r'"html": ("(?:[^"\\]|\\.)*")', html)]
    focus = [label for label in labels if "<bdi" in label]
    assert focus == ['Aleppo<br><bdi dir="rtl" lang="ar">حلب</bdi>',
                     'Hama<br><bdi dir="rtl" lang="ar">حماة</bdi>',
                     'Idlib<br><bdi dir="rtl" lang="ar">إدلب</bdi>']
    assert len(labels) == 14  # every governorate is named; the three of the offensive emphasised
    assert html.count("kh-gov-label kh-focus") == 3
    assert "Who\\u0027s On First" in html or "Who's On First" in html
    assert "GeoNames" in html and "CC BY 4.0" in html
    assert "openstreetmap.org/copyright" in html
    assert '"As of Sunday 1 December 2024"' in html


def test_tiles_are_an_optional_overlay_off_by_default(boundaries):
    off = build_map(all_events(), date(2024, 12, 1), boundaries=boundaries)
    on = build_map(all_events(), date(2024, 12, 1), boundaries=boundaries, show_tiles=True)
    assert "tile.openstreetmap.org" in _html(off)  # listed in the layer control...
    assert re.search(r"tile_layer_\w+\.addTo\(map_\w+\)", _html(off)) is None  # ...not shown
    assert re.search(r"tile_layer_\w+\.addTo\(map_\w+\)", _html(on))


def test_filters_and_selection(boundaries):
    only_calls = build_map(all_events(), date(2024, 12, 8), boundaries=boundaries,
                           filters=Filters(kinds=frozenset({"call"})))
    baseline_places = len({r.place_key for r in load_baseline()})
    assert _layer(only_calls, "Control of places").layer_name == f"Control of places ({baseline_places})"
    assert "No control changes match the filters: the pre-offensive baseline is shown" in _html(only_calls)
    aleppo = next(e for e in control_events() if e.places[0].name == "Aleppo")
    selected = build_map(all_events(), date(2024, 12, 8), boundaries=boundaries,
                         selected_id=aleppo.id)
    ring = _layer(selected, "Selected event")
    assert [f["properties"]["n"] for f in ring.data["features"]] == ["Aleppo"]


def test_statements_without_places_draw_no_ring():
    assert highlight_features(statement_events()[5])["features"] == []


def test_untrusted_text_never_reaches_the_page_as_markup(boundaries):
    hostile = "<img src=x onerror=alert(1)>"
    event = control_events()[0]
    bad = dataclasses.replace(
        event, places=[dataclasses.replace(event.places[0], name=hostile)],
        sources=[dataclasses.replace(event.sources[0], outlet=hostile,
                                     url="javascript:alert(1)")])
    html = _html(build_map([bad], date(2024, 12, 1), boundaries=boundaries))
    assert hostile not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html  # JSON-escaped, set as text
    assert "javascript:alert" not in html
    layer = json.loads(json.dumps(control_features(control_as_of([bad], date(2024, 12, 1)), [bad])))
    ref = layer["features"][0]["properties"]["src"][0]
    assert layer["kh_sources"][ref][2] == ""  # no link for javascript:


def test_ten_thousand_points_switch_to_canvas(boundaries):
    base = control_events()[0]
    # The real event at 10,000 distinct positions (a scale test, not new facts).
    many = [dataclasses.replace(base, id=f"scale{i}", places=[dataclasses.replace(
        base.places[0], geonameid=None, lat=32.5 + (i % 100) * 0.045, lon=36.0 + (i // 100) * 0.06)])
        for i in range(10_000)]
    m = build_map(many, date(2024, 12, 1), boundaries=boundaries)
    layer = _layer(m, "Control of places")
    baseline_places = len({r.place_key for r in load_baseline()})
    assert len(layer.data["features"]) == 10_000 + baseline_places and layer.canvas


def test_selected_places_outside_syria_are_named(boundaries):
    abroad = next(e for e in statement_events()
                  if e.places and e.places[0].country_code not in (None, "SY"))
    html = _html(build_map(all_events(), date(2024, 12, 8), boundaries=boundaries,
                           selected_id=abroad.id))
    assert f"(outside this map: {abroad.places[0].name})" in html


def test_major_towns_are_labelled_and_decluttered(boundaries):
    from dashboard.boundaries import load_major_places
    from dashboard.views.layers import TownLabels

    m = build_map(all_events(), date(2024, 12, 1), boundaries=boundaries, major_places=load_major_places())
    labels = next(c for c in m._children.values() if isinstance(c, TownLabels))
    names = {name for _, _, name in labels.labels}
    assert {"Idlib", "Saraqib", "Maarat al-Numan", "Khan Shaykhun"} <= names
    assert "Anjara" not in names  # a village: drawn, not labelled
    assert labels.min_zoom == 8.0 and "kh-hide-towns" in _html(m)
