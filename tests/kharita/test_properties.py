"""Property tests of the article reader: whatever bytes, encoding or front matter a file holds,
reading it gives an article or a refusal with a reason — never any other exception.

Bounded to run in a few seconds (modest ``max_examples``, no example database in the tree).
The examples are derandomized (the same every run); to search harder, raise ``max_examples``
and drop ``derandomize`` locally.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kharita.articles import EARLIEST_PUBLISHED, FUTURE_TOLERANCE, Article, read_article, read_corpus
from kharita.errors import ArticleError

PROPS = settings(max_examples=80, deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
TODAY = date(2025, 6, 1)
BODY = "Saraqib fell to the rebels on Friday, the ministry said."
SUFFIXES = (".txt", ".md", ".html", ".htm")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "cp1252", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_names = itertools.count()

# Text as newsrooms write it, plus the characters that break readers: controls, BOMs, RTL marks,
# combining accents, surrogates' neighbours, NULs.
news_text = st.text(
    alphabet=st.one_of(
        st.sampled_from("abcdefghijklmnopqrstuvwxyz ABCXYZ.,;:'\"-\n\téèçàÉ«»’"),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from("\x00\x07\x1b\x7f\x85\u200b\u200e\u200f\u202e\ufeff\u0301\u0651\u0640\r"),
        st.characters(codec="utf-8"),
    ),
    max_size=300,
)

yaml_values = st.one_of(
    st.sampled_from([
        "2024-12-02", "2024-13-45", "2024-02-30", "0000-00-00", "0001-01-01", "9999-12-31", "2099-01-01",
        "1899-12-31", "2024-12-02T25:61:00Z", "2024-12-02 10:00:00 +03:00", "20241202", "yesterday", "",
        "~", "null", "true", ".nan", "-.inf", "1e400", "99999999999999999999999", "0x1F", "[2024", "{a: [",
        "!!binary aGVsbG8=", "!!python/object/apply:os.system ['true']", "!!timestamp 2024-13-01",
        "&a [1, 2]", "*a", "'unterminated", "\"\\uZZZZ\"", "|\n  block\n  text", "[[[[[[[[[[]]]]]]]]]]",
        "{? [a, b]: c}", "fr", "French", "zh-cn", "xx", "javascript:alert(1)", "https://example.org/a",
        "---", "...", "\t", "\u202e2024-12-02", "٢٠٢٤-١٢-٠٢",
    ]),
    news_text.map(lambda s: s.replace("\n", " ")),
    st.integers(), st.floats(allow_nan=True),
)
yaml_keys = st.sampled_from(["published", "language", "outlet", "title", "url", "notes", "published",
                             "? complex", "- item", "", "0", "published:", "<<"])
front_matter = st.lists(st.tuples(yaml_keys, yaml_values), max_size=8).map(
    lambda pairs: "\n".join(f"{k}: {v}" for k, v in pairs))


def _write(folder, data: bytes, suffix: str):
    path = folder / f"f{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


def _check(article: Article) -> None:
    assert isinstance(article, Article)
    assert article.text and article.text == article.text.strip("\n")
    assert unicodedata.is_normalized("NFC", article.text)
    assert not _CONTROL.search(article.text)
    assert article.language is None or re.fullmatch(r"[a-z]{2}", article.language), article.language
    if article.published is not None:
        assert EARLIEST_PUBLISHED <= article.published <= TODAY + FUTURE_TOLERANCE
    assert all(isinstance(w, str) and w for w in article.warnings)
    assert len(article.content_hash) == 64


def _read(path):
    """The article, or the reason it was refused."""
    try:
        article = read_article(path, today=TODAY)
    except ArticleError as err:
        assert err.reason and isinstance(err.reason, str)
        return err.reason
    _check(article)
    return article


@PROPS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_read_or_refused(tmp_path, data, suffix):
    _read(_write(tmp_path, data, suffix))


@PROPS
@given(text=news_text, encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from(SUFFIXES),
       cut=st.integers(min_value=0, max_value=8))
def test_random_text_in_any_encoding_and_truncated(tmp_path, text, encoding, suffix, cut):
    data = text.encode(encoding, errors="replace")
    if cut:  # truncated mid-character, as an interrupted download leaves it
        data = data[:-cut]
    _read(_write(tmp_path, data, suffix))


@PROPS
@given(front=front_matter, encoding=st.sampled_from(("utf-8", "utf-16", "cp1256")),
       closing=st.sampled_from(["---", "...", "", "----"]))
def test_random_front_matter_never_loses_the_body(tmp_path, front, encoding, closing):
    raw = f"---\n{front}\n{closing}\n{BODY}\n"
    path = _write(tmp_path, raw.encode(encoding, errors="replace"), ".md")
    article = _read(path)
    if encoding == "utf-8" and isinstance(article, str):  # only control-character junk is refused
        assert article.startswith("binary file:"), article
    elif encoding == "utf-8":
        assert BODY in article.text


@PROPS
@given(day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_published_dates_outside_the_plausible_range_are_dropped_with_a_warning(tmp_path, day):
    path = _write(tmp_path, f"---\npublished: {day.isoformat()}\nlanguage: en\n---\n{BODY}".encode(), ".md")
    article = _read(path)
    if EARLIEST_PUBLISHED <= day <= TODAY + FUTURE_TOLERANCE:
        assert article.published == day and article.warnings == ()
    else:
        assert article.published is None
        assert any(day.isoformat() in w for w in article.warnings)
    assert article.language == "en"


@PROPS
@given(files=st.lists(st.tuples(st.binary(max_size=400) | news_text.map(str.encode),
                                st.sampled_from(SUFFIXES + (".docx", ""))), max_size=6))
def test_a_corpus_of_random_files_names_every_file(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("corpus")
    for data, suffix in files:
        _write(folder, data, suffix)
    result = read_corpus(folder)
    named = [a.id for a in result.articles] + [r.path for r in result.refused]
    assert sorted(named) == sorted(p.name for p in folder.iterdir())
    for article in result.articles:
        _check_loose(article)


def _check_loose(article: Article) -> None:
    # read_corpus reads with the real clock: only the clock-free invariants
    assert article.text and unicodedata.is_normalized("NFC", article.text) and not _CONTROL.search(article.text)


def test_impossible_yaml_date_is_a_warning_not_a_crash(tmp_path):
    """Issue 13: `published: 2024-13-45` stopped the whole build (PyYAML's date constructor)."""
    path = _write(tmp_path, f"---\npublished: 2024-13-45\nlanguage: en\noutlet: Wire\n---\n{BODY}".encode(), ".md")
    article = read_article(path)
    assert article.published is None and article.language == "en" and article.outlet == "Wire"
    assert article.warnings == (
        "published '2024-13-45' is not a real date (month must be in 1..12); relative dates stay unresolved",)


def test_yaml_alias_bombs_are_refused(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    path = _write(tmp_path, ("---\n" + "\n".join(levels) + f"\n---\n{BODY}").encode(), ".md")
    article = read_article(path)
    assert article.meta == {}
    assert any("YAML alias" in w for w in article.warnings)


def test_dates_given_twice_are_a_contradiction(tmp_path):
    path = _write(tmp_path, f"---\npublished: 2024-12-02\npublished: 2024-12-05\n---\n{BODY}".encode(), ".md")
    article = read_article(path)
    assert article.published is None
    assert article.warnings[0] == ("published is given 2 times with different dates ('2024-12-02', "
                                   "'2024-12-05'); none is used, relative dates stay unresolved")
    same = _write(tmp_path, f"---\npublished: 2024-12-02\npublished: 2024-12-02\n---\n{BODY}".encode(), ".md")
    assert read_article(same).published == date(2024, 12, 2)


def test_unexpected_errors_become_refusals(tmp_path, monkeypatch):
    import kharita.articles as articles

    def explode(_text):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(articles, "_html_to_text", lambda html: explode(html))
    path = _write(tmp_path, b"<html><body><p>Hama fell.</p></body></html>", ".html")
    try:
        read_article(path)
    except ArticleError as err:
        assert err.reason == "could not be read (RecursionError: maximum recursion depth exceeded)"
    else:
        raise AssertionError("expected a refusal")
