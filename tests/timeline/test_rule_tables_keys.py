"""Every key of the event rule tables is one the code reads, and every row of them is a valid
pattern: a misspelt key would otherwise be ignored without a word, and a broken pattern would fail
only on the first sentence that reaches it (the keys read through ``table_rows`` are not compiled
when the tables load)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kharita import config
from timeline.lexicon import RULES_DIR, RulesError, table_rows

TABLES = sorted(RULES_DIR.glob("*.yaml"))
CODE = "\n".join(p.read_text(encoding="utf-8") for folder in ("timeline", "geo", "control")
                 for p in sorted((config.ROOT / folder).rglob("*.py")))


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.stem)
def test_every_key_is_read_by_the_code(table: Path) -> None:
    doc = yaml.safe_load(table.read_text(encoding="utf-8"))
    unread = [key for key in doc if f'"{key}"' not in CODE and f"'{key}'" not in CODE]
    assert unread == []


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.stem)
def test_every_row_compiles(table: Path) -> None:
    doc = yaml.safe_load(table.read_text(encoding="utf-8"))
    broken = []
    for key, value in doc.items():
        for row in value if isinstance(value, list) else [value]:
            for text in (row.values() if isinstance(row, dict) else [row]):
                if isinstance(text, str):
                    try:
                        re.compile(text)
                    except re.error:
                        broken.append((key, text))
    assert broken == []


def test_table_rows_reads_a_key_and_refuses_a_malformed_one() -> None:
    assert "Photo" in table_rows("en", "caption_words")[0].split("|")  # a key read through table_rows
    assert table_rows("en", "no_such_key") == ()
    assert table_rows(None, "caption_words") == ()
    with pytest.raises(RulesError, match="triggers"):
        table_rows("en", "triggers")  # rows that are mappings are not words or patterns
