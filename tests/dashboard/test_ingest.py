"""Uploads are checked by what they contain, not by their name or the browser's word, and never
land outside the articles folder (dashboard.ingest, no Streamlit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import ingest

# Written for these tests in the project's own words.
PROSE = (b"---\nlanguage: en\npublished: 2024-12-01\noutlet: Test Wire\n---\n"
         b"Opposition fighters entered the town of Saraqib on Sunday, a monitor said.\n")
PAGE = (b"<!DOCTYPE html>\n<html lang='en'><head><title>Test page</title>"
        b"<meta name='date' content='2024-12-01'></head><body><p>Opposition fighters entered "
        b"the town of Saraqib on Sunday, a monitor said.</p><script>alert(1)</script></body></html>")


@pytest.mark.parametrize(("data", "kind"), [
    (PAGE, "html"),
    (b"\xef\xbb\xbf  <!-- saved by a browser -->\n<HTML><body>x</body></HTML>", "html"),
    ("<html><body>x</body></html>".encode("utf-16-le"), "html"),
    (b"<?xml version='1.0'?><rss><channel/></rss>", "markup"),
    (b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "markup"),
    (PROSE, "text"),
    (b"The word <html> inside a sentence is prose.", "text"),
])
def test_sniff_reads_the_content(data, kind):
    assert ingest.sniff(data) == kind


def test_an_html_page_named_txt_is_read_and_saved_as_html(tmp_path):
    checked = ingest.check("report.txt", PAGE)
    assert checked.ok and checked.name == "report.html"
    assert checked.warnings[0] == "its content is an HTML page, read and saved as report.html"
    article_id = ingest.save(tmp_path, checked.name, PAGE)
    assert article_id == "uploaded/report.html"
    # Read as HTML: the script is dropped, the prose kept.
    from kharita.articles import read_article

    article = read_article(tmp_path / article_id, article_id=article_id)
    assert "alert" not in article.text and "Saraqib" in article.text


def test_svg_renamed_html_is_refused_with_a_reason():
    checked = ingest.check("map.html", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
    assert not checked.ok
    assert checked.reason.startswith("an XML, SVG or feed document, not an article")


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file: looks like a PNG image, not text"),
    ("memo.md", b"PK\x03\x04" + bytes(64),
     "binary file: looks like a ZIP archive (or a .docx/.xlsx/.odt document), not text"),
    ("scan.pdf", b"%PDF-1.7\n", "unsupported file type '.pdf'; use .txt, .md or .html"),
    ("empty.txt", b"   \n", "file is empty"),
])
def test_other_content_is_refused_with_its_reason(name, data, reason):
    checked = ingest.check(name, data)
    assert (checked.ok, checked.reason) == (False, reason)


def test_a_name_without_type_gets_the_one_its_content_calls_for():
    checked = ingest.check("notes", PROSE)
    assert checked.ok and checked.name == "notes.txt"
    assert checked.warnings[0] == "no file type in the name: read and saved as notes.txt"


def test_over_the_size_limit_is_refused_before_reading(monkeypatch):
    monkeypatch.setattr(ingest.config, "MAX_ARTICLE_BYTES", 1000)
    checked = ingest.check("long.txt", b"x" * 1001)
    assert (checked.ok, checked.reason) == (False, "file is 0.0 MB, over the 0.0 MB limit")


@pytest.mark.parametrize(("name", "safe"), [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\win.ini.txt", "win-ini.txt"),
    ("/abs/path/report.MD", "report.md"),
    ("تقرير حلب.txt", "article.txt"),
    ("rapport d'Alep.html", "rapport-d-Alep.html"),
    ("..", "article"),
    (".hidden.txt", "hidden.txt"),
])
def test_file_names_are_sanitised(name, safe):
    assert ingest.safe_name(name) == safe


def test_nothing_is_written_outside_the_articles_folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("../../escape.txt", "/tmp/escape.txt", "..\\escape.txt", "sub/../../escape.txt"):
        article_id = ingest.save(articles, name, PROSE)
        assert (articles / article_id).resolve().is_relative_to(articles.resolve())
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["articles/uploaded/escape.txt"]  # the same bytes four times are one file


def test_same_name_other_bytes_is_kept_beside(tmp_path):
    first = ingest.save(tmp_path, "a.txt", PROSE)
    second = ingest.save(tmp_path, "a.txt", PROSE + b"More.\n")
    assert (first, second) == ("uploaded/a.txt", "uploaded/a-2.txt")
    assert Path(tmp_path / first).read_bytes() == PROSE
