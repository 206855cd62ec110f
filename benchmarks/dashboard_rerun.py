"""How long the dashboard script takes per interaction, on the store built from the shipped data.

Uses Streamlit's AppTest (the script runs in-process, no browser): the first run (imports, store
load, first map and figure), then reruns after a filter change, a day step and an event
selection, each repeated. Builds a fresh store in a temporary folder first.

Run: .venv/bin/python benchmarks/dashboard_rerun.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kharita.config import ROOT


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kharita.db"
        subprocess.run([sys.executable, "-m", "timeline", "build", "--db", str(db), "--no-progress"],
                       cwd=ROOT, check=True, capture_output=True)
        os.environ["KHARITA_DB"] = str(db)
        from streamlit.testing.v1 import AppTest

        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
        start = time.perf_counter()
        at.run()
        first = time.perf_counter() - start
        assert not at.exception

        def widget(kind, key):
            return next(w for w in getattr(at, kind) if w.key == key)

        events = [o for o in widget("selectbox", "selected").options]
        timings: dict[str, list[float]] = {"filter change": [], "day step": [], "select event": []}
        for i in range(args.repeat):
            steps = {
                "filter change": lambda i=i: widget("multiselect", "f_kinds").set_value(
                    ["call", "statement"] if i % 2 == 0 else []),
                "day step": lambda i=i: widget("button", "prev" if i % 2 else "next").click(),
                "select event": lambda i=i: widget("selectbox", "selected").set_value(
                    widget("selectbox", "selected").options[1 + i % 5]),
            }
            for name, act in steps.items():
                act()
                start = time.perf_counter()
                at.run()
                timings[name].append(time.perf_counter() - start)
                assert not at.exception
    print(f"store events: {len(events) - 1} selectable; first run {first:.2f} s")
    for name, values in timings.items():
        print(f"{name}: median {statistics.median(values):.3f} s, max {max(values):.3f} s "
              f"over {len(values)} reruns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
