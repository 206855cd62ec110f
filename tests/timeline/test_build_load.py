"""What shortens the build process's own time before its workers start (issue 14) changes nothing
the build computes: the indexes derived from the gazetteer, read back from disk, are the indexes
built from it; the not-a-place tables are read once however they are asked for; and a worker's
result, sent back without the article's text, is the same outcome once the build process puts
its article back."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from types import SimpleNamespace

from geo.component import load_name_cues
from geo.derived_cache import derived_file, derived_index
from geo.variants import SkeletonIndex, _build_skeleton_index, skeleton_index
from timeline.article_stage import Failed, process_safely
from timeline.parallel import with_article, without_text


def _gazetteer_at(folder: Path) -> SimpleNamespace:
    """Something that was read from a gazetteer pickle at ``folder`` (what derived_index needs)."""
    base = folder / "gazetteer-0000-abcd.pickle"
    base.write_bytes(b"")
    return SimpleNamespace(cache_file=base)


def test_a_derived_index_is_built_once_then_read_back(tmp_path):
    gaz = _gazetteer_at(tmp_path)
    rules = tmp_path / "rules.tsv"
    rules.write_text("fold\ta\tb\n", "utf-8")
    built: list[int] = []

    def build() -> dict[str, set[str]]:
        built.append(1)
        return {"tlml": {"tal mallah", "tall mallah"}}

    first = derived_index(gaz, "skeleton", (rules,), build, dict)
    second = derived_index(gaz, "skeleton", (rules,), build, dict)
    assert first == second == {"tlml": {"tal mallah", "tall mallah"}} and built == [1]
    kept = derived_file(gaz.cache_file, "skeleton", (rules,))
    assert kept.name.startswith("gazetteer-0000-abcd-skeleton-") and kept.is_file()

    # other rules: another file, built again; the file of the old rules is removed
    rules.write_text("fold\tq\tk\n", "utf-8")
    assert derived_index(gaz, "skeleton", (rules,), build, dict) == first and built == [1, 1]
    assert not kept.exists() and len(list(tmp_path.glob("*-skeleton-*.pickle"))) == 1


def test_a_damaged_or_foreign_file_is_built_again_and_no_cache_without_a_gazetteer_file(tmp_path):
    gaz = _gazetteer_at(tmp_path)
    kept = derived_file(gaz.cache_file, "fuzzy", ())
    kept.write_bytes(b"not a pickle")
    assert derived_index(gaz, "fuzzy", (), lambda: {"k": {"v"}}, dict) == {"k": {"v"}}
    assert pickle.loads(kept.read_bytes()) == {"k": {"v"}}
    kept.write_bytes(pickle.dumps(["a list, not the index"]))
    assert derived_index(gaz, "fuzzy", (), lambda: {"k": {"w"}}, dict) == {"k": {"w"}}

    built: list[int] = []
    loose = SimpleNamespace()  # a gazetteer built in memory (tests, no cache): nothing on disk
    for _ in range(2):
        derived_index(loose, "fuzzy", (), lambda: built.append(1) or {}, dict)
    assert built == [1, 1] and len(list(tmp_path.iterdir())) == 2


def test_the_gazetteer_indexes_read_back_are_the_indexes_built(events_geoparser):
    gaz = events_geoparser.gazetteer
    index = skeleton_index(gaz)
    assert isinstance(index, SkeletonIndex) and index == _build_skeleton_index(gaz)
    assert len(index.keys) > 1000 and "tl" in index.prefixes
    fuzzy = gaz._fuzzy_index()
    assert fuzzy == gaz._build_fuzzy_index() and len(fuzzy) > 10_000
    assert gaz.fuzzy_keys("Maarat al-Nomaan") == gaz.fuzzy_keys("Maarat al-Nomaan")


def test_the_name_cues_are_read_once_however_they_are_asked_for():
    assert load_name_cues() is load_name_cues(None) is load_name_cues(None, None)
    assert "assad" in load_name_cues().surnames


def test_a_result_sent_back_without_the_text_is_the_same_outcome(seed_articles, events_geoparser):
    article = next(a for a in seed_articles.values() if a.language == "en")
    outcome = process_safely(article, events_geoparser)
    sent = without_text(outcome)
    assert sent.article.text == "" and len(pickle.dumps(sent)) < len(pickle.dumps(outcome))
    assert with_article(sent, article) == outcome and with_article(sent, article).article.text == article.text
    # warnings geoparsing added in the worker come back with the article
    warned = dataclasses.replace(outcome, article=dataclasses.replace(outcome.article, warnings=("w",)))
    assert with_article(without_text(warned), article).article.warnings == ("w",)
    failed = Failed(article.id, "ValueError: broken")
    assert without_text(failed) is failed and with_article(failed, article) is failed
