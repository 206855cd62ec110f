"""An incremental rebuild writes only the merged events that changed (issue 14): the blocks its
changed articles touch are merged again whole, but an event that comes out as stored is not
written. Rows are counted by SQLite triggers in the real store; the store still ends as a build
from scratch leaves it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from timeline.build import build
from timeline.store import EventStore

CHINA_FR = "001_50a98b957388806e.txt"


def _events(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT id, json FROM events").fetchall())
    conn.close()
    return rows


def _log_event_writes(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE writes (op TEXT, id TEXT)")
        for op in ("INSERT", "UPDATE", "DELETE"):
            row = "OLD" if op == "DELETE" else "NEW"
            conn.execute(f"CREATE TRIGGER log_{op.lower()} AFTER {op} ON events BEGIN "
                         f"INSERT INTO writes VALUES ('{op}', {row}.id); END")
    conn.close()


def _written(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = sorted(conn.execute("SELECT op, id FROM writes").fetchall())
    conn.close()
    return rows


def _export(db: Path) -> str:
    return json.dumps([e.to_json() for e in EventStore(db).load_events(apply_overrides=False)],
                      ensure_ascii=False, sort_keys=True)


def test_a_rebuild_writes_only_the_events_that_changed(corpus, tmp_path, events_geoparser):
    db = tmp_path / "k.db"
    build(corpus, db, progress=False, geoparser=events_geoparser)
    before = _events(db)
    _log_event_writes(db)
    changed = corpus / CHINA_FR  # a sentence of our own, dated, about a new call
    changed.write_text(changed.read_text("utf-8") + "\n\nLe 2 décembre 2024, Wang Yi s'est entretenu au "
                       "téléphone avec son homologue turc Hakan Fidan au sujet d'Alep.\n", "utf-8")
    again = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert again.merge_scope == "blocks" and again.processed == [CHINA_FR]
    after = _events(db)
    written = _written(db)
    # exactly the events whose stored JSON differs were written, each once
    differ = {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
    assert sorted(i for _, i in written) == sorted(differ) and again.events_written == len(written) > 0
    assert {op for op, i in written if i not in before} == {"INSERT"}
    # every report of the changed article, old and new, is in a block merged again (the blocks
    # are found from them), so every event it is a source of was merged again: those that came
    # out as stored were not written
    merged_again = [i for i in after if CHINA_FR in after[i]]
    kept = [i for i in merged_again if i not in differ]
    assert len(kept) >= 2 and len(merged_again) > len(kept), (len(kept), len(merged_again), written)
    scratch = tmp_path / "scratch.db"
    build(corpus, scratch, progress=False, geoparser=events_geoparser)
    assert _export(db) == _export(scratch)
