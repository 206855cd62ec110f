"""``python -m geo``: the real command line in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from kharita.config import ARTICLES_DIR, ROOT


def _run(*args):
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_help_has_examples():
    r = _run("--help")
    assert r.returncode == 0
    assert "python -m geo parse data/articles/004_ac5f36f5c5dfedcc.txt" in r.stdout
    assert "geocode" in r.stdout


def test_parse_json_contract():
    r = _run("parse", str(ARTICLES_DIR / "004_ac5f36f5c5dfedcc.txt"), "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 26
    assert list(rows[0])[:10] == ["surface", "start", "end", "name", "lat", "lon", "geonameid",
                                  "country_code", "feature_code", "confidence"]
    idlib = [x for x in rows if x["surface"] == "إدلب"][0]
    assert (idlib["start"], idlib["geonameid"], idlib["feature_code"], idlib["admin1"]) == (
        710, "169387", "ADM1", "12")


def test_parse_table_and_lang_override():
    r = _run("parse", str(ARTICLES_DIR / "002_ff6499cc7a25c720.txt"), "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "002_ff6499cc7a25c720.txt (en): 32 place mentions"
    assert "Tehran" in r.stdout


def test_missing_file_is_a_clear_error(tmp_path):
    r = _run("parse", str(tmp_path / "missing.txt"))
    assert r.returncode == 2
    assert r.stderr == f"error: {tmp_path / 'missing.txt'}: cannot be read: No such file or directory\n"
    assert "Traceback" not in r.stderr


def test_geocode():
    r = _run("geocode", "Kweyris", "--json")
    assert r.returncode == 0
    assert json.loads(r.stdout)[0]["geonameid"] == "curated:kuweires_airbase"
    r = _run("geocode", "Atlantis of the Sands")
    assert r.returncode == 1
    assert "no place named" in r.stderr


def test_unsupported_language_is_a_clear_error():
    r = _run("parse", str(ARTICLES_DIR / "002_ff6499cc7a25c720.txt"), "--lang", "zz")
    assert r.returncode == 2
    assert r.stderr.strip() == "error: spaCy cannot tokenise language 'zz'"
