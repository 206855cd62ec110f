"""The build's small regexes kept in one file (``geo.pattern_cache.patterns_bundled``): read back
equal to what ``re.compile`` gives, written only when a run compiled one it lacked, never by a
forked worker, and a damaged file is compiled again."""

from __future__ import annotations

import multiprocessing
import pickle
import re

import pytest

from geo import pattern_cache

# our own patterns: a date-like phrase, a name list in two scripts, a named group
PATTERNS = [r"(?<!\w)(?P<day>\d{1,2}) (?:Nov|Dec)\w*(?!\w)", r"(?:Tal Rifaat|Manbij|تل رفعت|منبج)",
            r"\bconvoy(?:s)?\s+(?:of\s+)?(\d+)"]
TEXTS = ["on 3 December the convoy of 12 trucks", "نحو منبج وتل رفعت", "Manbij, 30 Nov"]


def _compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
    re.purge()  # past re's own cache, so that each pattern reaches the compiler
    return [re.compile(p) for p in patterns]


def _same_matches(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return all([(m.span(), m.groups(), m.groupdict()) for m in a.finditer(t)]
               == [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(t)] for t in TEXTS)


def test_patterns_come_back_from_the_bundle_equal_and_it_is_written_only_when_one_was_missing(
        tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    path = pattern_cache.bundle_file("t", tmp_path)
    with pattern_cache.patterns_bundled("t"):
        first = _compile_all(PATTERNS)
    kept = pickle.loads(path.read_bytes())
    assert sorted(kept) == sorted((p, 0) for p in PATTERNS)
    written = path.stat().st_mtime_ns

    with pattern_cache.patterns_bundled("t"):
        again = _compile_all(PATTERNS[:2])  # all read back: nothing to write
    assert path.stat().st_mtime_ns == written
    plain = [re.compile(p) for p in PATTERNS]
    assert again == plain[:2] and first == plain
    assert all(_same_matches(a, b) for a, b in zip(again, plain, strict=False))
    assert again[0].groupindex == plain[0].groupindex == {"day": 1}

    new = r"\b(?:shelling|shelled)\b"
    with pattern_cache.patterns_bundled("t"):
        assert _compile_all([new])[0].search("they shelled the road").group(0) == "shelled"
    # the old patterns outnumber this run's one: only this run's are kept
    assert sorted(pickle.loads(path.read_bytes())) == [(new, 0)]


def test_a_damaged_bundle_is_compiled_again_and_off_keeps_none(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    path = pattern_cache.bundle_file("t", tmp_path)
    path.write_bytes(b"not a pickle")
    with pattern_cache.patterns_bundled("t"):
        assert _compile_all(PATTERNS) == [re.compile(p) for p in PATTERNS]
    assert sorted(pickle.loads(path.read_bytes())) == sorted((p, 0) for p in PATTERNS)

    monkeypatch.setenv("KHARITA_CACHE_DIR", "off")
    with pattern_cache.patterns_bundled("u"):
        assert _compile_all(PATTERNS)[1].search(TEXTS[1]).group(0) == "منبج"
    assert not pattern_cache.bundle_file("u", tmp_path).exists()


def _compile_in_child(pattern: str) -> bool:
    return re.compile(pattern).search("the convoy of 5 trucks") is not None


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_forked_worker_compiles_what_the_bundle_lacks_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    path = pattern_cache.bundle_file("t", tmp_path)
    only_in_child = r"convoy of (\d) trucks"
    with pattern_cache.patterns_bundled("t"):
        _compile_all(PATTERNS)
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.apply(_compile_in_child, (only_in_child,)) is True
    assert (only_in_child, 0) not in pickle.loads(path.read_bytes())
    assert len(pickle.loads(path.read_bytes())) == len(PATTERNS)


def _compile_without_the_compiler(pattern: str) -> bool:
    """In a forked worker: a pattern of the bundle comes back with Python's regex compiler
    broken, so it was read, not compiled."""
    from re import _compiler

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("compiled in the worker")

    _compiler._code = refuse
    re.purge()
    return re.compile(pattern).search("on 3 December the convoy of 12 trucks") is not None


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_forked_worker_reads_the_patterns_of_the_bundle_its_parent_read(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    path = pattern_cache.bundle_file("t", tmp_path)
    with pattern_cache.patterns_bundled("t"):
        _compile_all(PATTERNS)
    only_in_child = r"convoy of (\d+) lorries"
    with pattern_cache.patterns_bundled("t"):
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.apply(_compile_without_the_compiler, (PATTERNS[0],)) is True
            with pytest.raises(AssertionError, match="compiled in the worker"):
                pool.apply(_compile_without_the_compiler, (only_in_child,))
    assert (only_in_child, 0) not in pickle.loads(path.read_bytes())


def _compile_and_tell(pattern: str) -> dict:
    re.purge()
    re.compile(pattern)
    return pattern_cache.learned()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_what_a_worker_compiled_goes_back_to_the_bundle_through_the_build_process(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    path = pattern_cache.bundle_file("t", tmp_path)
    new = r"(?:ceasefire|truce) in (\w+)"
    with pattern_cache.patterns_bundled("t"):
        _compile_all(PATTERNS)
        with multiprocessing.get_context("fork").Pool(1) as pool:
            told = pool.apply(_compile_and_tell, (new,))
            assert pool.apply(pattern_cache.learned) == {}  # taken once, emptied
        assert list(told) == [(new, 0)]
        pattern_cache.adopt(told)
    assert (new, 0) in pickle.loads(path.read_bytes())
    with pattern_cache.patterns_bundled("t"):  # the next build's workers read it
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.apply(_compile_without_the_compiler, (new,)) is False  # read, not compiled
