"""A corpus of bad inputs beside the five seeds: the build finishes, names every bad file and its
problem, and the seeds' results are exactly those of a build without the bad files (issue 13).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kharita import config
from kharita.articles import read_article
from timeline.build import build
from timeline.store import EventStore

NEUTRAL = "The weather in the capital was mild on the day, and the markets stayed open as usual."
ARABIC = "سيطرت الفصائل المسلحة على مدينة حلب"
FIFTY_MB = 50 * 1024 * 1024


def _front(published: str = "2024-12-02", language: str = "en") -> str:
    return f"---\npublished: {published}\nlanguage: {language}\noutlet: Test Wire\n---\n"


def bad_corpus(folder: Path, seeds: list[Path]) -> dict[str, tuple[str, str]]:
    """Write the bad files; returns ``name -> (where the report lists it, words of its problem)``."""
    rng = random.Random(13)
    expected: dict[str, tuple[str, str]] = {}

    def put(name: str, data: bytes, where: str, problem: str) -> None:
        if data.endswith(NEUTRAL.encode()):  # distinct texts: the same text twice is a duplicate
            data += f" Note {len(expected)}.".encode()
        (folder / name).write_bytes(data)
        expected[name] = (where, problem)

    put("bad_empty.txt", b"", "refused", "file is empty")
    put("bad_blank.md", b" \n\t\n", "refused", "file is empty")
    put("bad_png.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048), "refused", "looks like a PNG image")
    put("bad_pdf.md", b"%PDF-1.7\n" + rng.randbytes(1024), "refused", "looks like a PDF document")
    put("bad_random.txt", rng.randbytes(4096), "refused", "binary file")
    put("bad_nul.txt", b"Hama\x00\x00\x01\x02" * 200, "refused", "binary file")
    put("bad_only_front_matter.md", _front().encode(), "refused", "no article text")
    put("bad_type.docx", b"PK\x03\x04 word document", "refused", "unsupported file type '.docx'")
    with (folder / "bad_50mb.txt").open("wb") as f:  # sparse: instant, takes no disk
        f.write((_front() + NEUTRAL + "\n").encode())
        f.truncate(FIFTY_MB)
    expected["bad_50mb.txt"] = ("refused", "over the 5.2 MB limit")
    put("bad_truncated_utf8.md", (_front(language="ar") + ARABIC).encode()[:-1], "degraded",
        "ends in the middle of a UTF-8 character")
    put("bad_mixed_encodings.md",
        _front(language="fr").encode() + "Le temps était doux à la capitale.\n".encode()
        + "Les marchés sont restés ouverts, a déclaré un porte-parole.\n".encode("cp1252"),
        "degraded", "mixed encodings: line 7 read as windows-1252")
    put("bad_html_scripts.html", b"""<!doctype html><html lang="en"><head>
        <meta property="article:published_time" content="2024-12-02">
        <script>document.write("Rebels captured Hama and Homs on Friday")</script>
        <style>body{background:url(javascript:alert(1))}</style></head>
        <body onload="alert('Aleppo fell')"><nav><a href="javascript:alert(2)">Damascus</a></nav>
        <article><p onclick="steal()">The weather in the capital was mild on the day.</p>
        <img src=x onerror="alert('Idlib')"><iframe src="https://evil.example/"></iframe>
        <p>The markets stayed open as usual<script>alert('Saraqib')</script>.</p></article>
        <svg><script>alert('Manbij')</script></svg><template><p>Homs</p></template></body></html>""",
        "read", "")  # read cleanly; what it must not contain is checked on its own below
    put("bad_impossible_date.md", (_front("2024-13-45") + NEUTRAL).encode(), "degraded",
        "published '2024-13-45' is not a real date (month must be in 1..12)")
    put("bad_feb_30.md", (_front("2024-02-30") + NEUTRAL).encode(), "degraded",
        "published '2024-02-30' is not a real date (day is out of range for month)")
    put("bad_future_date.md", (_front("2999-01-01") + NEUTRAL).encode(), "degraded",
        "published 2999-01-01 is in the future; ignored")
    put("bad_ancient_date.md", (_front("0001-01-01") + NEUTRAL).encode(), "degraded",
        "published 0001-01-01 is before 1900; ignored")
    put("bad_contradictory_dates.md",
        b"---\npublished: 2024-12-02\nlanguage: en\npublished: 2024-11-28\n---\n" + NEUTRAL.encode(),
        "degraded", "published is given 2 times with different dates ('2024-12-02', '2024-11-28')")
    put("bad_unknown_language.md", (_front(language="zz") + NEUTRAL).encode(), "degraded",
        "language 'zz' has no tokenizer")
    put("bad_klingon.md", (_front(language="Klingon") + NEUTRAL).encode(), "degraded",
        "language 'klingon' is not an ISO 639-1 code")
    put("bad_yaml.md", b"---\npublished: [2024\n---\n" + NEUTRAL.encode(), "degraded", "front matter is not valid YAML")
    put("bad_yaml_nested.md", b"---\ntitle: " + b"[" * 5000 + b"\n---\n" + NEUTRAL.encode(), "degraded",
        "front matter")
    put("bad_yaml_aliases.md",
        b"---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n" + NEUTRAL.encode(),
        "degraded", "YAML alias")
    put("bad_python_tag.md", b"---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n"
        + NEUTRAL.encode(), "degraded", "front matter is not valid YAML")
    # The same article twice: byte for byte, and re-encoded under another name.
    shutil.copy(seeds[1], folder / "zz_copy_of_seed.txt")
    expected["zz_copy_of_seed.txt"] = ("refused", f"the same article as {seeds[1].name}")
    put("zz_seed_in_utf16.txt", seeds[4].read_text("utf-8").encode("utf-16"), "refused",
        f"the same article as {seeds[4].name}")
    return expected


@pytest.fixture(scope="module")
def builds(tmp_path_factory, seed_paths, events_geoparser):
    """A clean build of the seeds (API) and a build of the seeds plus the bad corpus (real CLI)."""
    root = tmp_path_factory.mktemp("bad_inputs")
    clean_dir, bad_dir = root / "clean", root / "bad"
    clean_dir.mkdir()
    bad_dir.mkdir()
    for p in seed_paths:
        shutil.copy(p, clean_dir / p.name)
        shutil.copy(p, bad_dir / p.name)
    expected = bad_corpus(bad_dir, seed_paths)
    clean_db, bad_db = root / "clean.db", root / "bad.db"
    build(clean_dir, clean_db, progress=False, geoparser=events_geoparser)
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "build", "--articles", str(bad_dir), "--db", str(bad_db),
         "--no-progress", "--json"], cwd=config.ROOT, capture_output=True, text=True, timeout=600)
    return clean_db, bad_db, bad_dir, expected, result


def _listed(report: dict) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for r in report["refused"]:
        out[r["path"]] = ("refused", r["reason"])
    for r in report["failed"]:
        out[r["article"]] = ("failed", r["reason"])
    for d in report["degraded"]:
        out.setdefault(d["article"], ("degraded", " | ".join(d["warnings"])))
    return out


def test_the_build_finishes_and_names_every_bad_file_with_its_problem(builds, seed_paths):
    _, _, bad_dir, expected, result = builds
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    listed = _listed(report)
    for name, (where, problem) in expected.items():
        if where == "read":
            assert name not in listed
            continue
        assert name in listed, f"{name} is not in the report"
        assert listed[name][0] == where and problem in listed[name][1], (name, listed[name])
    assert report["failed"] == []
    read = [n for n, (w, _) in expected.items() if w in ("degraded", "read")]
    assert sorted(report["processed"]) == sorted([p.name for p in seed_paths] + read)
    assert report["articles_read"] == len(seed_paths) + len(read)
    assert not (bad_dir / "pwned").exists() and not (config.ROOT / "pwned").exists()


def test_the_good_articles_results_are_those_of_a_clean_build(builds, seed_paths):
    clean_db, bad_db, _, expected, _ = builds
    seeds = {p.name for p in seed_paths}
    clean, bad = EventStore(clean_db), EventStore(bad_db)
    for seed in sorted(seeds):
        assert bad.place_mentions(seed) == clean.place_mentions(seed), seed

    def raw(db: Path, ids: set[str]) -> list[tuple[str, int, str]]:
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT article_id, seq, json FROM article_events ORDER BY article_id, seq")
            return [r for r in rows if r[0] in ids]

    assert raw(bad_db, seeds) == raw(clean_db, seeds)
    stored = {a["id"] for a in bad.articles()}
    assert stored == seeds | {n for n, (w, _) in expected.items() if w in ("degraded", "read")}
    # The merged events: the bad files add none and change none.
    assert [e.to_json() for e in bad.load_events()] == [e.to_json() for e in clean.load_events()]


def test_html_scripts_and_event_handlers_never_reach_the_text(builds):
    _, bad_db, bad_dir, _, _ = builds
    article = read_article(bad_dir / "bad_html_scripts.html")
    assert article.text.replace(" .", ".") == ("The weather in the capital was mild on the day.\n"
                                               "The markets stayed open as usual.")
    assert article.published is not None
    for word in ("alert", "script", "onclick", "onerror", "javascript", "Hama", "Aleppo", "Idlib", "Saraqib",
                 "Manbij", "Damascus", "evil"):
        assert word not in article.text
    assert EventStore(bad_db).place_mentions("bad_html_scripts.html") == []


def test_a_second_build_reads_nothing_again_and_keeps_naming_the_bad_files(builds):
    _, bad_db, bad_dir, expected, _ = builds
    again = build(bad_dir, bad_db, progress=False)
    assert again.processed == [] and again.failed == []
    assert {r.path for r in again.refused} == {n for n, (w, _) in expected.items() if w == "refused"}


class _Flaky:
    """A geoparser that fails on one article and works on the others."""

    def __init__(self, real, bad_text: str, error: Exception) -> None:
        self.real, self.bad_text, self.error = real, bad_text, error
        self.gazetteer = real.gazetteer

    def parse(self, text, lang):
        if self.bad_text in text:
            raise self.error
        return self.real.parse(text, lang)


def test_an_exception_in_one_article_degrades_or_fails_only_that_article(tmp_path, seed_paths, events_geoparser,
                                                                         monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    (folder / "geo_crash.md").write_text(_front() + "Rebels captured Saraqib on Friday. GEO-CRASH", "utf-8")
    (folder / "extract_crash.md").write_text(_front() + "Rebels captured Hama on Friday. EXTRACT-CRASH", "utf-8")
    clean = build(folder, tmp_path / "first.db", progress=False, geoparser=events_geoparser)
    assert clean.failed == []

    import timeline.pipeline as pipeline

    real_extract = pipeline.extract_article_events

    def extract(article, mentions, registry=None):
        if "EXTRACT-CRASH" in article.text:
            raise MemoryError("simulated")
        return real_extract(article, mentions, registry)

    monkeypatch.setattr(pipeline, "extract_article_events", extract)
    flaky = _Flaky(events_geoparser, "GEO-CRASH", RecursionError("simulated deep text"))
    db = tmp_path / "k.db"
    report = build(folder, db, progress=False, geoparser=flaky)
    assert report.failed == [("extract_crash.md", "MemoryError: simulated")]
    assert ("geo_crash.md", ["geoparsing failed (RecursionError: simulated deep text); events have no places"]) \
        in report.degraded
    assert sorted(report.processed) == sorted([p.name for p in seed_paths] + ["geo_crash.md"])
    store = EventStore(db)
    assert store.place_mentions("geo_crash.md") == []
    for p in seed_paths:
        assert store.place_mentions(p.name) == EventStore(tmp_path / "first.db").place_mentions(p.name)
    # The failed article is tried again by the next build, and goes through once the cause is gone.
    monkeypatch.setattr(pipeline, "extract_article_events", real_extract)
    retry = build(folder, db, progress=False, geoparser=events_geoparser)
    assert "extract_crash.md" in retry.processed and retry.failed == []
