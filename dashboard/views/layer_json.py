"""The place layer's page JSON put together from each place's own piece of text (issue 14: the day step).

What the page gets is ``script_json(compact_collection(collection))`` (:mod:`dashboard.views.layers`):
repeated texts, evidence rows and sources become indexes into tables shared by the whole layer,
numbered in the order the places meet them. Those indexes are the only part of a place's JSON that
depends on the other places. So each place's feature is written once as text with numbered slots
for them (:func:`feature_template`, kept with the place's part across day steps), and a layer is
the slots filled in place by place (:func:`layer_json`): at 50,000 places, compacting and encoding
the whole collection again made a second of every day step, most of it the garbage collector
walking the objects it allocated. The text is the same, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .layers import SHARED_TEXT, script_json

#: A slot is written as this number minus its index before the text is cut at the slots: no
#: property of a place is a number this large, and a template that finds one too many or too few
#: slots is refused (the caller then compacts the collection the usual way).
_SLOT_BASE = -7_340_000_000
_SLOT = re.compile(r"-73400000(\d\d)(?!\d)")
H_SLOT = len(SHARED_TEXT)  # the evidence rows' indexes
SRC_SLOT = H_SLOT + 1  # the source rows' indexes


@dataclass(frozen=True)
class FeatureTemplate:
    """One feature's JSON as text pieces and slots (``int``: an index of :data:`SHARED_TEXT`
    for a repeated text, :data:`H_SLOT` for the evidence rows, :data:`SRC_SLOT` for the sources)."""

    pieces: tuple[str | int, ...]
    texts: tuple[str, ...]  # the repeated texts, in :data:`SHARED_TEXT` order (their slots' values)
    rows: tuple[tuple, ...]  # the evidence rows (``h``), in order


def feature_template(geometry: dict, props: dict[str, Any]) -> FeatureTemplate | None:
    """The template of a feature whose properties are ``props`` plus ``src`` (last); ``None`` when
    the slots cannot be told apart from the data."""
    marked = dict(props)
    texts = []
    for key in SHARED_TEXT:
        if isinstance(marked.get(key), str):
            marked[key] = _SLOT_BASE - len(texts)
            texts.append(props[key])
    slots = list(range(len(texts)))
    if "h" in marked:
        marked["h"] = _SLOT_BASE - H_SLOT
        slots.append(H_SLOT)
    marked["src"] = _SLOT_BASE - SRC_SLOT
    slots.append(SRC_SLOT)
    parts = _SLOT.split(script_json({"type": "Feature", "geometry": geometry, "properties": marked}))
    found = [int(n) for n in parts[1::2]]
    if found != slots:
        return None
    pieces: list[str | int] = []
    for i, text in enumerate(parts):
        pieces.append(int(text) if i % 2 else text)
    return FeatureTemplate(pieces=tuple(pieces), texts=tuple(texts),
                           rows=tuple(tuple(row) for row in props.get("h", ())))


def _numbers(values: Iterable[int]) -> str:
    return "[" + ",".join(map(str, values)) + "]"


def layer_json(collection: dict[str, Any], templates: Sequence[FeatureTemplate]) -> str:
    """``script_json(compact_collection(collection))``, from the templates of its features (in
    order): only the indexes are made here (``src`` is read from the collection's features)."""
    strings: dict[str, int] = {}
    rows: dict[tuple, int] = {}
    features = []
    for template, feature in zip(templates, collection["features"], strict=True):
        values = [str(strings.setdefault(text, len(strings))) for text in template.texts]
        values.append(_numbers(rows.setdefault(row, len(rows)) for row in template.rows))
        values.append(_numbers(feature["properties"]["src"]))
        features.append("".join(
            p if p.__class__ is str else values[p if p < H_SLOT else len(template.texts) + p - H_SLOT]
            for p in template.pieces))
    head = {key: value for key, value in collection.items() if key != "features"}
    return ('{"type":' + script_json(head.pop("type")) + ',"features":[' + ",".join(features) + "],"
            + ",".join(script_json(key) + ":" + script_json(value) for key, value in head.items())
            + ',"kh_strings":' + script_json(list(strings)) + ',"kh_rows":' + script_json([list(r) for r in rows])
            + "}")
