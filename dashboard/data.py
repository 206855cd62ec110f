"""Loading for the app: the event store and the shipped geodata, cached across reruns.

The only module besides ``app.py`` that imports Streamlit. Events are cached by the store's
version, so a rebuild shows up on the next rerun without restarting the server; boundaries and the
list of major towns never change while the app runs.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import new_marks, place_picker
from dashboard.boundaries import Boundaries, load_boundaries, load_major_places
from timeline.store import EventStore
from timeline.types import Event


def store_version(db: Path) -> str:
    """Cheap (one small query); raises ``StoreError`` when there is no store."""
    return EventStore(db).version()


@st.cache_data(show_spinner="Loading events…", max_entries=4)
def load_events(db: str, version: str) -> list[Event]:
    """Every event, overrides applied. ``version`` is only the cache key."""
    del version
    return EventStore(db).load_events()


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
