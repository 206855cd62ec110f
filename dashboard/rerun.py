"""Keys for what one rerun of the map page may reuse from an earlier one (pure).

The control snapshot and the map's place layer depend only on the control changes that pass the
filters (countries, actors and stance never narrow them, see :mod:`dashboard.filters`), so they
are keyed by those events' ids together with the store's version: a filter change that touches
only the diplomacy, or a rerun for a click, finds them already made.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from typing import TypeVar

from timeline.types import Event

T = TypeVar("T")


def control_key(events: Iterable[Event]) -> str:
    """A digest of the ids, in order, of the control changes among ``events`` (all that the
    control snapshot reads: :func:`control.evidence.reports_from_events` skips the rest). Within
    one store version, equal keys mean equal snapshots."""
    digest = hashlib.blake2b(digest_size=16)
    for event in events:
        if event.kind == "control_change":
            digest.update(event.id.encode())
            digest.update(b"\0")
    return digest.hexdigest()


def per_event(memo: MutableMapping[str, T], events: Sequence[Event], make: Callable[[Event], T]) -> list[T]:
    """``make(event)`` for each event, in order, taken from ``memo`` (by event id) when made before
    and kept there otherwise. ``memo`` must belong to one store version and interface language."""
    out = []
    for event in events:
        value = memo.get(event.id)
        if value is None:
            value = memo[event.id] = make(event)
        out.append(value)
    return out
