"""The app end to end in Streamlit's test harness, on the store built from the shipped data.

Each filter must change what is shown: the counts, the timeline's points (the figure JSON sent
to the browser) and the map's layers (the component's script). Query parameters restore a view.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.boundaries import load_major_places
from dashboard.views.map import map_snapshot
from dashboard.views.timeline import milestones
from tests.dashboard.charts import timeline_figure
from tests.dashboard.conftest import APP
from timeline.store import EventStore

BAND = ("Capture of a major town", "Selected event")


@pytest.fixture(scope="module")
def store_events(seed_db):
    return EventStore(seed_db).load_events()


def reaches(event, start: date, end: date | None = None) -> bool:
    """Whether the event's days meet ``start``..``end``, as the date filter reads them: a ranged
    event (an undated capture told from a few days before the report) counts where its range
    reaches the window."""
    return event.date is not None and (event.date_end or event.date) >= start and (end is None or event.date <= end)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def timeline_points(at: AppTest) -> list[str]:
    spec = timeline_figure(at)
    return [cd[0] for trace in spec["data"] if trace.get("name") not in BAND
            for cd in trace.get("customdata", [])]


def map_script(at: AppTest) -> str:
    return json.loads(at.get("component_instance")[0].proto.json_args)["script"]


def widget(at: AppTest, kind: str, key: str):
    return next(w for w in getattr(at, kind) if w.key == key)


def test_default_view(app, store_events):
    at = app()
    in_window = [e for e in store_events if reaches(e, date(2024, 11, 27))]
    assert metric(at, "Events shown") == f"{len(in_window)} of {len(store_events)}"
    assert metric(at, "Control changes") == str(sum(e.kind == "control_change" for e in in_window))
    script = map_script(at)
    assert "Control of places (" in script and '"As of Tuesday 10 December 2024"' in script
    assert "/app/static/vendor/leaflet/dist/leaflet.js" in json.loads(
        at.get("component_instance")[0].proto.json_args)["js_links"]
    assert len(timeline_points(at)) > 40
    assert at.query_params == {}


def test_the_band_is_the_maps_judgement(app, store_events):
    """The app's band (kept per set of control changes, from the reports the map judges) is the
    band of the shipped store; a date range narrows it to the slider's days."""
    def band(at: AppTest) -> list[str]:
        trace = next(t for t in timeline_figure(at)["data"] if t.get("name") == BAND[0])
        return [cd[0] for cd in trace["customdata"]]

    at = app()
    assert band(at) == [m.event_id for m in milestones(store_events, load_major_places())]
    assert len(band(at)) == 25
    widget(at, "date_input", "f_dates").set_value((date(2024, 11, 30), date(2024, 12, 1))).run()
    names = {e.id: e.places[0].name for e in store_events if e.places}
    # Aleppo's row of 29 November is filtered out, so the map has it with the government on the
    # slider's first day and passing on the 30th (the second row): the band says the same.
    assert [names[i] for i in band(at)] == ["Aleppo", "Khan Shaykhun",
                                            "Maarat al-Numan", "Tadef", "al-Safira"]


def test_kind_filter_changes_counts_timeline_and_map(app):
    at = app()
    before = timeline_points(at)
    widget(at, "multiselect", "f_kinds").set_value(["call"]).run()
    assert not at.exception
    assert metric(at, "Control changes") == "0"
    after = timeline_points(at)
    assert 0 < len(after) < len(before)
    # no control change passes the filter: the map shows the pre-offensive baseline only
    baseline_only = len(map_snapshot([], date(2024, 12, 8)).places)
    assert f"Control of places ({baseline_only})" in map_script(at)
    assert at.query_params["kind"] == "call"


@pytest.mark.parametrize("key, value", [
    ("f_countries", ["RU"]),
    ("f_actors", ["Abbas Araghchi"]),
    ("f_stances", ["calls_for_deescalation"]),
])
def test_diplomatic_filters_narrow_the_timeline_not_the_map(app, key, value):
    at = app()
    before, places = timeline_points(at), metric(at, "Places on the map")
    widget(at, "multiselect", key).set_value(value).run()
    assert not at.exception
    assert 0 < len(timeline_points(at)) < len(before)
    assert metric(at, "Places on the map") == places


def test_outlet_and_language_filters(app, store_events):
    at = app()
    default_places = metric(at, "Places on the map")
    outlets = Counter(s.outlet for e in store_events if e.kind == "control_change"
                      for s in e.sources if s.outlet)
    outlet = outlets.most_common(1)[0][0]
    widget(at, "multiselect", "f_outlets").set_value([outlet]).run()
    in_window = [e for e in store_events if reaches(e, date(2024, 11, 27))]
    by_outlet = [e for e in in_window if any(s.outlet == outlet for s in e.sources)]
    places = map_snapshot(by_outlet, date(2024, 12, 8)).places
    assert metric(at, "Events shown") == f"{len(by_outlet)} of {len(store_events)}"
    assert f"Control of places ({len(places)})" in map_script(at)
    assert str(len(places)) != default_places

    languages = Counter(s.language for e in store_events for s in e.sources if s.language)
    language = min(languages, key=lambda lang: (languages[lang], lang))  # the rarest: "ar" on seeds
    widget(at, "multiselect", "f_outlets").set_value([]).run()
    widget(at, "multiselect", "f_languages").set_value([language]).run()
    by_language = [e for e in in_window if any(s.language == language for s in e.sources)]
    assert metric(at, "Events shown") == f"{len(by_language)} of {len(store_events)}"
    places = map_snapshot(by_language, date(2024, 12, 8)).places
    assert f"Control of places ({len(places)})" in map_script(at)
    assert len(timeline_points(at)) == sum(
        max(len([c for c in e.countries if c]), 1) for e in by_language
        if e.kind in ("statement", "call", "visit", "meeting"))


def test_date_range_and_empty_result(app, store_events):
    at = app()
    widget(at, "date_input", "f_dates").set_value((date(2024, 11, 27), date(2024, 11, 28))).run()
    assert not at.exception
    assert widget(at, "select_slider", "as_of").options == ["Wed 27 Nov", "Thu 28 Nov"]
    in_range = [e for e in store_events if reaches(e, date(2024, 11, 27), date(2024, 11, 28))]
    assert metric(at, "Events shown") == f"{len(in_range)} of {len(store_events)}"
    widget(at, "multiselect", "f_kinds").set_value(["visit"]).run()
    assert metric(at, "Events shown").startswith("0 of ")
    assert any("No events match the filters" in i.value for i in at.info)


def test_step_and_play(app):
    at = app({"asof": "2024-11-29"})
    assert widget(at, "select_slider", "as_of").value == date(2024, 11, 29)
    widget(at, "button", "next").click().run()
    assert widget(at, "select_slider", "as_of").value == date(2024, 11, 30)
    assert '"As of Saturday 30 November 2024"' in map_script(at)
    widget(at, "button", "prev").click().run()
    widget(at, "button", "prev").click().run()
    assert widget(at, "select_slider", "as_of").value == date(2024, 11, 28)
    widget(at, "button", "play").click().run()  # advances day by day to the last day, then stops
    assert not at.exception
    assert widget(at, "select_slider", "as_of").value == date(2024, 12, 10)
    assert at.session_state["playing"] is False


def test_query_parameters_restore_a_view(app, store_events):
    call = next(e for e in store_events if e.kind == "call" and e.date >= date(2024, 11, 27))
    at = app({"kind": ["call", "statement"], "country": "RU", "asof": "2024-12-01",
              "event": call.id, "by": "actor"})
    assert sorted(widget(at, "multiselect", "f_kinds").value) == ["call", "statement"]
    assert widget(at, "multiselect", "f_countries").value == ["RU"]
    assert widget(at, "select_slider", "as_of").value == date(2024, 12, 1)
    assert widget(at, "selectbox", "selected").value == call.id
    assert widget(at, "radio", "group_by").value == "actor"
    assert at.query_params["event"] == call.id
    # The details panel shows every source sentence as plain text.
    texts = [t.value for t in at.text]
    for source in call.sources:
        assert source.sentence in texts


def test_selecting_an_event_rings_its_places_and_lists_sources(app, store_events):
    at = app()
    aleppo = next(e for e in store_events
                  if e.kind == "control_change" and e.places and e.places[0].name == "Aleppo")
    widget(at, "selectbox", "selected").set_value(aleppo.id).run()
    assert not at.exception
    assert "Selected event" in map_script(at)
    assert at.query_params["event"] == aleppo.id
    assert any(t.value == aleppo.sources[0].sentence for t in at.text)


def test_missing_store_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_DB", str(tmp_path / "absent.db"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "python -m timeline build" in at.error[0].value
    assert not at.get("component_instance")


def test_comparison_of_two_days_on_the_page(app, store_events):
    from dashboard.views.compare import side_rows
    from dashboard.views.map import comparison_for

    at = app({"compare": "2024-11-27", "areas": "1"})
    assert not at.exception
    assert widget(at, "selectbox", "compare").value == date(2024, 11, 27)
    in_window = [e for e in store_events if reaches(e, date(2024, 11, 27))]
    expected = comparison_for(in_window, date(2024, 11, 27), date(2024, 12, 10))
    tables = [df.value for df in at.dataframe if "Gained" in df.value.columns]
    assert len(tables) == 1
    table = tables[0]
    assert list(table["Gained"]) == [r["Gained"] for r in side_rows(expected)]
    assert int(table["Net"].sum()) == 0  # every gain is someone's loss
    script = map_script(at)
    assert "Changed hands since 27 Nov" in script and "kh-gain" in script and "kh-area" in script
    assert at.query_params["compare"] == "2024-11-27"
    widget(at, "selectbox", "compare").set_value(None).run()
    assert not [df for df in at.dataframe if "Gained" in df.value.columns]
    assert "compare" not in at.query_params
