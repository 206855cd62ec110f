"""Loading for the app: the event store and the shipped geodata, cached across reruns.

The only module besides ``app.py`` that imports Streamlit. Events are cached by the store's
version, so a rebuild shows up on the next rerun without restarting the server; boundaries and the
list of major towns never change while the app runs.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from threading import Lock
from typing import Any

import streamlit as st

from control import ControlSnapshot
from control.baseline import load_baseline
from dashboard import new_marks, place_picker
from dashboard.boundaries import Boundaries, load_boundaries, load_major_places
from dashboard.control_days import PlaceReports, judge_day, place_reports, step_snapshot
from dashboard.filters import FilterOptions, filter_options
from dashboard.views.map import FeatureMemo, PlaceLayer, place_layer_data
from dashboard.views.timeline import Milestone
from dashboard.views.timeline import milestones as band_milestones
from kharita import config
from timeline.store import EventStore
from timeline.types import Event


def store_version(db: Path) -> str:
    """Cheap (one small query); raises ``StoreError`` when there is no store."""
    return EventStore(db).version()


@st.cache_resource(show_spinner="Loading events…", max_entries=4)
def load_events(db: str, version: str) -> list[Event]:
    """Every event, overrides applied. ``version`` is only the cache key.

    One list shared by every rerun and session (read-only: nothing in the app changes an event):
    ``st.cache_data`` would unpickle a fresh copy on every rerun, a second at 10,000 events.
    """
    del version
    events = EventStore(db).load_events()
    # The events live as long as the server: move them out of the collector's sight, or each full
    # collection walks every one of them (seconds, at random reruns, with 100,000 events).
    gc.collect()
    gc.freeze()
    return events


@st.cache_resource(show_spinner=False, max_entries=4)
def events_by_id(db: str, version: str, _events: Sequence[Event]) -> dict[str, Event]:
    """``_events`` by id, once per store version (read-only): a dictionary of 100,000 events takes
    a quarter of a second to make, on every rerun otherwise."""
    del db, version
    return {e.id: e for e in _events}


@st.cache_resource(show_spinner=False, max_entries=4)
def options(db: str, version: str, _events: Sequence[Event]) -> FilterOptions:
    """What the filter widgets offer, once per store version (``_events``: that version's events)."""
    del db, version
    return filter_options(_events)


@st.cache_resource(show_spinner=False, max_entries=8)
def per_event(db: str, version: str, language: str, what: str) -> dict[str, Any]:
    """A table of values made from single events (``what``: the event table's rows, the picker's
    labels, the timeline's rows and hover texts), filled as events are shown and kept for the store
    version and interface language: a filter change or a day step then makes only the rows it has
    not made before."""
    del db, version, language, what
    return {}


#: Days of control snapshots kept per set of control changes (shared by sessions, read-only).
MAX_JUDGED_DAYS = config.MAX_JUDGED_DAYS


@st.cache_resource(show_spinner=False, max_entries=4)
def _judged(db: str, version: str, control_key: str, _events: Sequence[Event]) -> tuple[PlaceReports, dict, Lock]:
    """The reports the judge reads for one set of control changes, the days judged so far, and a lock."""
    del db, version, control_key
    return place_reports(_events, load_baseline()), {}, Lock()


def control_snapshot(db: str, version: str, as_of: date, control_key: str, _events: Sequence[Event],
                     ) -> ControlSnapshot:
    """The map's control snapshot of ``_events`` on ``as_of``, computed once per store version and
    set of control changes (``control_key``, :func:`dashboard.rerun.control_key`): a filter that
    only narrows the diplomacy, or a second look in the same rerun, reuses it (read-only). A day not
    judged yet is stepped to from the nearest judged one (:func:`dashboard.control_days.step_snapshot`),
    so a day step re-judges only the places reported in between."""
    reports, days, lock = _judged(db, version, control_key, _events)
    with lock:
        known = days.get(as_of)
        nearest = min(days, key=lambda d: (abs((d - as_of).days), d), default=None)
    if known is not None:
        return known
    if nearest is None:
        snapshot = judge_day(reports, as_of)
    else:
        snapshot = step_snapshot(days[nearest], reports, as_of)
    with lock:
        if len(days) >= MAX_JUDGED_DAYS:
            days.pop(max(days, key=lambda d: abs((d - as_of).days)))
        days[as_of] = snapshot
    return snapshot


@st.cache_resource(show_spinner=False, max_entries=16)
def milestones(db: str, version: str, control_key: str, start: date, end: date | None,
               _events: Sequence[Event]) -> tuple[Milestone, ...]:
    """The timeline's fighting band for ``_events`` between ``start`` and ``end``
    (:func:`dashboard.views.timeline.band_window`), judged from the very reports the map judges
    (:func:`_judged`), once per store version and set of control changes (read-only)."""
    reports = _judged(db, version, control_key, _events)[0]
    return tuple(band_milestones(_events, major_places(), start=start, end=end, reports=reports))


@st.cache_resource(show_spinner=False, max_entries=4)
def _feature_memo(db: str, version: str, control_key: str, language: str) -> FeatureMemo:
    """Each place's feature, kept across days for one set of control changes and one language."""
    del db, version, control_key, language
    return {}


@st.cache_resource(show_spinner=False, max_entries=16)
def place_layer(db: str, version: str, as_of: date, control_key: str, language: str,
                _snapshot: ControlSnapshot, _events: Sequence[Event]) -> PlaceLayer:
    """The map's place layer (features and their page JSON) for a snapshot, in ``language``: a day
    step makes again only the features of places whose state it changed (the stepped snapshot keeps
    the others' states as the same objects, see :func:`dashboard.control_days.step_snapshot`)."""
    del as_of
    return place_layer_data(_snapshot, _events, _feature_memo(db, version, control_key, language))


@st.cache_resource(show_spinner=False)
def boundaries() -> Boundaries:
    return load_boundaries()


@st.cache_resource(show_spinner=False)
def major_places() -> frozenset[str]:
    return load_major_places()


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer_places() -> dict[str, dict]:
    """Syria's places in the geoparser's offline gazetteer, for the review queue's place picker
    (read-only: shared by every session)."""
    from geo.gazetteer import load_gazetteer

    return place_picker.gazetteer_choices(load_gazetteer().entries)


@st.cache_data(show_spinner="Loading events…", max_entries=4)
def load_all_events(db: str, version: str) -> list[Event]:
    """Every event with overrides applied, hidden ones included (the review queue can undo a hide)."""
    del version
    return EventStore(db).load_events(include_hidden=True)


@st.cache_resource(show_spinner=False)
def _jobs() -> dict:
    return {}


def build_jobs() -> dict:
    """The background builds of this server, by store path (one at a time per store).

    Every look at them also writes a finished build's "new" marks beside its store
    (:mod:`dashboard.new_marks`), so the marks outlive the server: the Sources page polls the jobs
    every second while a build runs, so the marks are on disk as soon as it is done.
    """
    jobs = _jobs()
    new_marks.remember(jobs)
    return jobs
