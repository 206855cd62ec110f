""""Since my last briefing": what is new since a time — events, control changes, corrections (no Streamlit).

The store does not say when an event first appeared, so the dashboard keeps a small ledger next
to it, ``<store>-seen.json``: the time each event id was first seen (the first time the ledger is
made, every event gets the last build's time) and the times slides were made from the dashboard.
The ledger is the dashboard's own file; the store is only read.

What was known at a time T is rebuilt from the store: the events first seen by T, with the
overrides made by T applied. Control changes are the places whose judged side on the last day
differs between what was known at T and now.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from dashboard.review import Action, actions_of
from kharita import config
from timeline.store import EventStore, apply_event_overrides
from timeline.types import Event


def ledger_path(db: str | Path) -> Path:
    """Beside a SQLite store (git-ignored with it); under data/stores/ for a PostgreSQL URL."""
    return config.beside_store(db, "-seen.json")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _parse(stamp: str) -> datetime:
    t = datetime.fromisoformat(stamp)
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def read_ledger(db: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(ledger_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"events": {}, "slides": []}
    return {"events": dict(data.get("events") or {}), "slides": list(data.get("slides") or [])}


def _write(db: str | Path, ledger: dict[str, Any]) -> None:
    path = ledger_path(db)
    tmp = path.with_name(path.name + f".{os.getpid()}.part")
    try:
        tmp.write_text(json.dumps(ledger, ensure_ascii=False, indent=0), encoding="utf-8")
        tmp.replace(path)
    except OSError:  # a read-only store: nothing is remembered, nothing breaks
        tmp.unlink(missing_ok=True)


def last_build_time(store: EventStore) -> str | None:
    return store.last_build_time()


def update_seen(db: str | Path, event_ids: Sequence[str], now: str | None = None) -> dict[str, str]:
    """Record the first time each event id is seen; returns id -> first seen."""
    ledger = read_ledger(db)
    seen = ledger["events"]
    if not seen:
        now = last_build_time(EventStore(db)) or now or _now()
    stamp = now or _now()
    missing = [i for i in event_ids if i not in seen]
    if missing:
        for i in missing:
            seen[i] = stamp
        _write(db, ledger)
    return seen


def record_slide(db: str | Path, when: str | None = None) -> None:
    ledger = read_ledger(db)
    ledger["slides"] = [*ledger["slides"][-49:], when or _now()]
    _write(db, ledger)


def last_slide(db: str | Path) -> str | None:
    slides = read_ledger(db)["slides"]
    return slides[-1] if slides else None


@dataclass(frozen=True)
class ControlChange:
    place: str
    before: str  # side key, or "" when the place was not on the map
    after: str
    event_id: str


@dataclass(frozen=True)
class Since:
    since: datetime
    new_events: tuple[Event, ...]
    control_changes: tuple[ControlChange, ...]
    corrections: tuple[Action, ...]
    as_of: date | None


def known_at(store: EventStore, since: datetime, seen: dict[str, str]) -> list[Event]:
    """The events as the dashboard showed them at ``since``: first seen by then, overrides made by then."""
    overrides = [o for o in store.overrides() if _parse(o.created_at) <= since]
    by_event: dict[str, list] = {}
    for o in overrides:
        by_event.setdefault(o.event_id, []).append(o)
    out = []
    for event in store.load_events(apply_overrides=False):
        first = seen.get(event.id)
        if first is None or _parse(first) > since:
            continue
        event, hidden = apply_event_overrides(event, by_event.get(event.id, []))
        if not hidden:
            out.append(event)
    return out


def since(store: EventStore, when: datetime, seen: dict[str, str], events_now: Sequence[Event]) -> Since:
    from dashboard.views.map import map_snapshot

    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    new = tuple(e for e in events_now if (f := seen.get(e.id)) is not None and _parse(f) > when)
    corrections = tuple(a for a in actions_of(store.overrides()) if _parse(a.created_at) > when)
    dated = [e.date for e in events_now if e.date]
    as_of = max(dated) if dated else None
    changes: list[ControlChange] = []
    if as_of:
        before = {s.key: s for s in map_snapshot(known_at(store, when, seen), as_of).places}
        for s in map_snapshot(list(events_now), as_of).places:
            b = before.get(s.key)
            if b is None or b.side != s.side:
                changes.append(ControlChange(s.place.name, b.side if b else "", s.side, s.event_id))
    return Since(when, new, tuple(changes), corrections, as_of)
