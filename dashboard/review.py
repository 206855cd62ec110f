"""The analyst's review: the queue of extracted events, their corrections, and the corrections log (pure).

Every action is an override in the event store (``EventStore.add_override``), with its time and
note, so it survives rebuilds and weighs as an analyst's report in the control model:

- **accept** writes ``reviewed = true``;
- **correct** writes one override per changed field (the store marks the event reviewed);
- **hide** writes ``hidden = true``;
- **undo** writes overrides that put back what the event was without the undone action (the
  fields it touched, ``reviewed`` and ``hidden``), each with the note ``undo #N: …`` naming the
  first override of the action it undoes. Nothing is ever deleted: the log keeps both.

One action is the overrides written together: same event, note and author, distinct fields, written
within a few seconds of each other.
Nothing here imports Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from control.sides import side_key
from timeline.store import EventStore, Override, apply_event_overrides
from timeline.types import EVENT_KINDS, STANCES, Event

#: Signals of need of review, most urgent first (``conflict`` is the control model's; the others
#: are the extractor's reason codes, timeline.confidence).
SIGNALS = ("conflict", "direction_disputed", "direction_unknown", "date_inferred", "taker_guessed", "speaker_guessed",
           "single_source")
#: Fields the correction form offers.
FORM_FIELDS = ("kind", "date", "places", "from_controller", "to_controller", "actors", "stance")
#: Controllers the form always offers (others found in the store are added).
CONTROLLERS = ("Syrian government", "HTS-led opposition", "SNA", "SDF", "Southern Operations Room",
               "Syrian Free Army", "opposition (unspecified)", "Suwayda Druze factions", "Local armed groups")
KINDS = EVENT_KINDS
STANCE_CHOICES = STANCES
AUTHOR = "dashboard"

_UNDO = re.compile(r"^undo #(\d+)")


@dataclass(frozen=True)
class QueueItem:
    event: Event
    signals: tuple[str, ...]  # in SIGNALS order
    priority: float  # lower = reviewed first
    status: str  # to_review | accepted | corrected | hidden
    new: bool = False


@dataclass(frozen=True)
class Action:
    """Overrides written together: one accept, correction, hide or undo."""

    ids: tuple[int, ...]
    event_id: str
    kind: str  # accept | correct | hide | undo
    changes: tuple[tuple[str, Any], ...]  # (field, value)
    note: str
    author: str | None
    created_at: str
    undoes: int | None = None  # first override id of the action this one undoes
    undone_by: int | None = None

    @property
    def id(self) -> int:
        return self.ids[0]


# -- the queue ------------------------------------------------------------------------------------

def conflicting_event_ids(events: Sequence[Event], as_of: date | None = None) -> frozenset[str]:
    """Events the control model refused or could not place (roles ``conflicts``/``unclear``) on ``as_of``."""
    from dashboard.views.map import map_snapshot

    dated = [e.date for e in events if e.date]
    if not dated:
        return frozenset()
    snap = map_snapshot(list(events), as_of or max(dated))
    return frozenset(ev.report.event_id for s in snap.places for ev in s.evidence
                     if ev.role in ("conflicts", "unclear") and ev.report.event_id)


def event_status(event_id: str, actions: Sequence[Action], hidden: bool) -> str:
    if hidden:
        return "hidden"
    live = [a for a in actions if a.event_id == event_id and a.undone_by is None and a.kind != "undo"]
    if any(a.kind == "correct" for a in live):
        return "corrected"
    if any(a.kind == "accept" for a in live):
        return "accepted"
    return "to_review"


def review_queue(events: Sequence[Event], *, hidden_ids: Iterable[str] = (), conflicts: Iterable[str] = (),
                 actions: Sequence[Action] = (), new_ids: Iterable[str] = ()) -> list[QueueItem]:
    """Extracted events, those needing review most first: conflicts with the control state, then by
    confidence (inferred dates, unknown directions, single sources lower it); reviewed ones last."""
    hidden, conflicting, new = set(hidden_ids), set(conflicts), set(new_ids)
    items = []
    for event in events:
        if event.origin != "extracted":
            continue
        reasons = set(event.reasons)
        if event.single_source:
            reasons.add("single_source")
        if event.kind == "control_change" and side_key(event.to_controller) == "unknown":
            reasons.add("direction_unknown")
        if event.id in conflicting:
            reasons.add("conflict")
        signals = tuple(s for s in SIGNALS if s in reasons)
        status = event_status(event.id, actions, event.id in hidden)
        confidence = event.confidence if event.confidence is not None else 1.0
        priority = confidence * (0.5 if "conflict" in signals else 1.0) + (10 if status != "to_review" else 0)
        items.append(QueueItem(event, signals, round(priority, 4), status, event.id in new))
    items.sort(key=lambda i: (i.priority, -len(i.signals), i.event.date or date.max, i.event.id))
    return items


# -- highlighting the sentence --------------------------------------------------------------------

def highlight_terms(event: Event) -> list[str]:
    """What to mark in an event's sentences: its places (and Arabic names), date phrase, actors."""
    terms = []
    for p in event.places:
        terms += [p.name, p.name_ar or ""]
    terms += [event.date_phrase or "", *event.actors]
    return [t for t in dict.fromkeys(terms) if t and len(t) > 1]


def spans_of(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``terms`` in ``text`` (case-insensitive, longest first)."""
    taken: list[tuple[int, int]] = []
    for term in sorted(set(terms), key=len, reverse=True):
        for m in re.finditer(re.escape(term), text, flags=re.IGNORECASE):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                taken.append((m.start(), m.end()))
    return sorted(taken)


# -- actions and the log --------------------------------------------------------------------------

def _action_kind(overrides: Sequence[Override]) -> str:
    if _UNDO.match(overrides[0].note or ""):
        return "undo"
    fields = {o.field for o in overrides}
    if fields == {"hidden"}:
        return "hide"
    if fields == {"reviewed"}:
        return "accept"
    return "correct"


def actions_of(overrides: Sequence[Override]) -> list[Action]:
    """The overrides grouped into actions, oldest first, each undone one marked with its undo."""
    groups: list[list[Override]] = []
    for o in sorted(overrides, key=lambda o: o.id):
        first = groups[-1][0] if groups else None
        if (first and (first.event_id, first.note, first.author) == (o.event_id, o.note, o.author)
                and o.field not in {g.field for g in groups[-1]} and _seconds(first.created_at, o.created_at) <= 5):
            groups[-1].append(o)
        else:
            groups.append([o])
    actions = []
    for g in groups:
        m = _UNDO.match(g[0].note or "")
        actions.append(Action(ids=tuple(o.id for o in g), event_id=g[0].event_id, kind=_action_kind(g),
                              changes=tuple((o.field, o.value) for o in g), note=g[0].note or "",
                              author=g[0].author, created_at=g[0].created_at,
                              undoes=int(m.group(1)) if m else None))
    undone = {a.undoes: a.id for a in actions if a.undoes is not None}
    return [a if a.id not in undone else _with(a, undone_by=undone[a.id]) for a in actions]


def _seconds(a: str, b: str) -> float:
    try:
        return abs((datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds())
    except ValueError:
        return 0.0 if a == b else float("inf")


def _with(action: Action, **changes: Any) -> Action:
    from dataclasses import replace

    return replace(action, **changes)


def accept(store: EventStore, event_id: str, note: str = "", author: str = AUTHOR) -> list[Override]:
    return [store.add_override(event_id, "reviewed", True, note=note or "accepted", author=author)]


def hide(store: EventStore, event_id: str, note: str = "", author: str = AUTHOR) -> list[Override]:
    return [store.add_override(event_id, "hidden", True, note=note or "hidden", author=author)]


def changed_fields(event: Event, wanted: Mapping[str, Any]) -> dict[str, Any]:
    """The form's values that differ from the event, as JSON values for overrides."""
    current = event.to_json()
    out = {}
    for key, value in wanted.items():
        if key not in FORM_FIELDS:
            raise ValueError(f"{key!r} is not a field of the correction form")
        if isinstance(value, date):
            value = value.isoformat()
        if key in ("from_controller", "to_controller", "stance") and value in ("", None):
            value = None
        if key == "places":
            value = [p if isinstance(p, dict) else p.to_json() for p in value]
            if [p.get("name") for p in value] == [p.get("name") for p in current["places"]]:
                continue
        if key == "actors":
            value = list(value)
        if current.get(key) != value:
            out[key] = value
    return out


def correct(store: EventStore, event: Event, wanted: Mapping[str, Any], note: str = "",
            author: str = AUTHOR) -> list[Override]:
    """One override per field that changed (none when nothing changed). A new date moves ``date_end``
    with it and makes the date the analyst's (day precision)."""
    changes = changed_fields(event, wanted)
    if "date" in changes:
        changes.setdefault("date_end", None)
        changes.setdefault("date_precision", "day")
    note = note or "corrected"
    return [store.add_override(event.id, k, v, note=note, author=author) for k, v in changes.items()]


def undo(store: EventStore, action_id: int, note: str = "", author: str = AUTHOR) -> list[Override]:
    """Put the event back as it would be without action ``action_id`` (an action's first override id)."""
    overrides = store.overrides()
    actions = actions_of(overrides)
    target = next((a for a in actions if a.id == action_id), None)
    if target is None:
        raise ValueError(f"no action #{action_id}")
    if target.kind == "undo":
        raise ValueError(f"#{action_id} is itself an undo; do the action again instead")
    if target.undone_by is not None:
        raise ValueError(f"#{action_id} was already undone by #{target.undone_by}")
    raw = {e.id: e for e in store.load_events(apply_overrides=False)}
    event = raw.get(target.event_id)
    if event is None:
        raise ValueError(f"the event of #{action_id} ({target.event_id}) is no longer in the store")
    # What stays: every original action of this event not undone, but the one being undone.
    keep_ids = {i for a in actions if a.event_id == target.event_id and a.kind != "undo"
                and a.undone_by is None and a.id != action_id for i in a.ids}
    kept = [o for o in overrides if o.id in keep_ids]
    restored, hidden = apply_event_overrides(event, kept)
    data = restored.to_json()
    fields = dict.fromkeys([f for f, _ in target.changes if f not in ("hidden", "reviewed")])
    note = f"undo #{action_id}" + (f": {note}" if note else "")
    written = [store.add_override(event.id, f, data[f], note=note, author=author) for f in fields]
    written.append(store.add_override(event.id, "reviewed", bool(data.get("reviewed")), note=note, author=author))
    written.append(store.add_override(event.id, "hidden", hidden, note=note, author=author))
    return written


@dataclass
class LogRow:
    id: int
    time: str
    event_id: str
    event: str
    action: str
    changes: str
    note: str
    author: str
    state: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _short(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_short(v) for v in value) or "—"
    if isinstance(value, dict):
        return str(value.get("name") or value)
    if value is None:
        return "—"
    return str(value)


def log_rows(actions: Sequence[Action], events: Mapping[str, Event]) -> list[LogRow]:
    """The corrections log, newest first."""
    rows = []
    for a in reversed(actions):
        event = events.get(a.event_id)
        label = f"{event.date or '?'} · {event.summary[:80]}" if event else f"{a.event_id} (no longer in the store)"
        if a.kind == "correct":
            changes = "; ".join(f"{f}: {_short(v)}" for f, v in a.changes
                                if f not in ("date_end", "date_precision"))
        elif a.kind == "undo":
            changes = f"#{a.undoes}"
        else:
            changes = ""
        state = f"undone by #{a.undone_by}" if a.undone_by else ""
        rows.append(LogRow(a.id, _local_time(a.created_at), a.event_id, label, a.kind, changes, a.note,
                           a.author or "", state))
    return rows


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return stamp
