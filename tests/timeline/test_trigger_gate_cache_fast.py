"""The required literals of the trigger and date patterns, kept on disk between processes
(timeline.trigger_gate._KeptLiterals), are those the regex parser gives: a gate built from the
file equals one built by reading every pattern, for every table of every language."""

from __future__ import annotations

import re

from timeline import trigger_gate
from timeline.date_rules.lexicon import LEXICONS
from timeline.date_rules.patterns import rules_for
from timeline.lexicon import RULES, triggers_for
from timeline.trigger_gate import _KeptLiterals, required_literals


def _patterns() -> list[re.Pattern[str]]:
    """Every trigger and date pattern of every language (about 500)."""
    found = [t.pattern for lang in RULES for t in triggers_for(lang)]
    return found + [rule.regex for lang in LEXICONS for rule in rules_for(lang)]


def test_literals_read_back_from_the_file_equal_the_parsers(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    patterns = _patterns()
    assert len(patterns) > 400
    first = _KeptLiterals()
    written = [first.literals(p) for p in patterns]
    first.save()
    path = _KeptLiterals.file()
    assert path is not None and path.is_file() and path.parent == tmp_path
    second = _KeptLiterals()
    read = [second.literals(p) for p in patterns]
    assert not second.new  # every pattern came from the file: none was parsed again
    expected = [required_literals(p) for p in patterns]
    assert read == written == expected
    assert sum(need is not None for need in read) > 0.8 * len(read)  # real gates, not only None


def test_a_gate_built_through_the_file_is_the_gate_of_the_parser(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(trigger_gate, "_KEPT", _KeptLiterals())
    for lang in RULES:
        patterns = [t.pattern for t in triggers_for(lang)]
        gate = trigger_gate.build_gate(patterns)
        assert gate.needs == tuple(required_literals(p) for p in patterns), lang
    assert _KeptLiterals.file().is_file()
    monkeypatch.setattr(trigger_gate, "_KEPT", _KeptLiterals())  # as a new process would
    for lang in RULES:
        patterns = [t.pattern for t in triggers_for(lang)]
        assert trigger_gate.build_gate(patterns).needs == tuple(required_literals(p) for p in patterns), lang
    assert not trigger_gate._KEPT.new


def test_an_unreadable_file_is_ignored_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    path = _KeptLiterals.file()
    path.write_bytes(b"not a pickle")
    kept = _KeptLiterals()
    pattern = re.compile(r"\b(?:took over|seized)\b", re.IGNORECASE)
    assert kept.literals(pattern) == frozenset({"took over", "seized"})
    kept.save()
    assert _KeptLiterals().literals(pattern) == frozenset({"took over", "seized"})


def test_no_file_when_the_cache_is_off(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", "off")
    kept = _KeptLiterals()
    assert kept.literals(re.compile("seized")) == frozenset({"seized"})
    kept.save()
    assert _KeptLiterals.file() is None


def test_the_date_patterns_are_the_same_text_in_every_process() -> None:
    """Equal-length words of a date alternation were ordered by set iteration, which follows
    PYTHONHASHSEED: each process wrote other pattern strings and missed the on-disk caches."""
    import os
    import subprocess
    import sys

    script = ("import hashlib\nfrom timeline.date_rules.patterns import rules_for\nh = hashlib.sha256()\n"
              "for lang in ('en', 'fr', 'ar', 'es', 'de'):\n"
              "    for rule in rules_for(lang):\n        h.update(rule.regex.pattern.encode())\nprint(h.hexdigest())")
    from kharita import config
    digests = {subprocess.run([sys.executable, "-c", script], cwd=config.ROOT, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
               for seed in ("1", "2", "3")}
    assert len(digests) == 1
