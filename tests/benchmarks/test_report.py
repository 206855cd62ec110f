"""``make bench`` writes its run into BENCHMARKS.md between markers, beside the machine it ran on."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from benchmarks.__main__ import BEGIN, END, machine, section, write_report

SCRIPT = Path("benchmarks/dates_eval.py")


def test_machine_names_cores_python_and_packages():
    lines = machine()
    assert f"{os.cpu_count()} cores" in lines[1]
    assert lines[2].startswith(f"- Python {platform.python_version()}")
    assert "spacy 3.8." in lines[3]


def test_the_section_is_replaced_and_the_prose_kept(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    report.write_text("# Benchmarks\n\nHand-written prose.\n", encoding="utf-8")
    write_report(section(["- Machine: test"], [(SCRIPT, 0, 12.3, "line 1\nline 2\n")]), report)
    write_report(section(["- Machine: test"], [(SCRIPT, 1, 4.0, "other\n")]), report)
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nHand-written prose.\n")
    assert text.count(BEGIN) == text.count(END) == 1
    assert "`.venv/bin/python benchmarks/dates_eval.py`: 4 s, exit 1" in text
    assert "line 1" not in text and "other" in text


def test_long_output_keeps_its_tail():
    output = "".join(f"row {i}\n" for i in range(500))
    text = section([], [(SCRIPT, 0, 1.0, output)])
    assert "row 499" in text and "row 380" in text and "row 379" not in text and "…" in text
