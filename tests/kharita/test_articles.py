"""The article reader on the real seeds, re-encoded the ways newsrooms save them, and on broken files."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kharita.articles import read_article, read_corpus, split_front_matter
from kharita.errors import ArticleError

AR_SEED = "004_ac5f36f5c5dfedcc.txt"
FR_SEED = "001_50a98b957388806e.txt"
EN_SEED = "002_ff6499cc7a25c720.txt"


def test_seeds_carry_their_metadata(seed_articles):
    ar = seed_articles[AR_SEED]
    assert ar.language == "ar"
    assert ar.published == date(2024, 12, 2)
    assert ar.outlet == "unknown Arabic news site (wire copy)"
    assert ar.text.startswith("أكدت الصين دعمها لنظام الرئيس السوري")
    assert ar.warnings == ()
    en = seed_articles[EN_SEED]
    assert en.title == "China pledges support to Syria"
    assert en.outlet == "RT World News"
    assert "notes" in en.meta
    assert not en.text.startswith("---")


@pytest.mark.parametrize(
    "seed, encoding, expected_encoding",
    [
        (AR_SEED, "utf-8-sig", "utf-8-sig"),
        (AR_SEED, "utf-16", "utf-16"),  # BOM written by Python
        (AR_SEED, "utf-16-le", "utf-16-le"),  # no BOM
        (AR_SEED, "utf-16-be", "utf-16-be"),
        (AR_SEED, "cp1256", "windows-1256"),
        (FR_SEED, "cp1252", "windows-1252"),
        (FR_SEED, "utf-16-le", "utf-16-le"),
        (EN_SEED, "utf-8-sig", "utf-8-sig"),
    ],
)
def test_encodings_decode_to_the_same_text(seed_paths, seed_articles, tmp_path, seed, encoding,
                                           expected_encoding):
    original = seed_articles[seed]
    raw = next(p for p in seed_paths if p.name == seed).read_text(encoding="utf-8")
    if encoding == "cp1252":
        raw = raw.replace("\u2019", "'")  # keep to characters cp1252 has, as such files do
    target = tmp_path / seed
    target.write_bytes(raw.encode(encoding))
    article = read_article(target)
    assert article.encoding == expected_encoding
    expected_text = original.text.replace("\u2019", "'") if encoding == "cp1252" else original.text
    assert article.text == expected_text
    assert article.language == original.language
    assert article.published == date(2024, 12, 2)


def test_latin1_french_without_cp1252_only_bytes(tmp_path):
    # 0x81 is undefined in cp1252, so only Latin-1 reads this file.
    target = tmp_path / "latin1.txt"
    text = "---\npublished: 2024-12-02\n---\nAlep est tombée aux mains des rebelles \x81."
    target.write_bytes(text.encode("latin-1"))
    article = read_article(target)
    assert article.encoding == "latin-1"
    assert article.text == "Alep est tombée aux mains des rebelles ."


def test_text_is_nfc_without_control_characters(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Les États-Unis et l'Égypte\x07 ont réagi.\r\nFin.")
    target = tmp_path / "nfd.txt"
    target.write_text("---\npublished: 2024-12-01\nlanguage: fr\n---\n" + decomposed, encoding="utf-8")
    article = read_article(target)
    assert article.text == "Les États-Unis et l'Égypte ont réagi.\nFin."
    assert unicodedata.is_normalized("NFC", article.text)


def test_missing_published_warns_and_keeps_the_article(tmp_path):
    target = tmp_path / "nodate.md"
    target.write_text("---\nlanguage: en\noutlet: Wire\n---\nRebels entered Aleppo on Friday.", "utf-8")
    article = read_article(target)
    assert article.published is None
    assert article.outlet == "Wire"
    assert any("no published date" in w for w in article.warnings)


def test_detects_language_when_missing(seed_paths, tmp_path):
    for seed, lang in ((AR_SEED, "ar"), (FR_SEED, "fr"), (EN_SEED, "en")):
        body = split_front_matter(
            next(p for p in seed_paths if p.name == seed).read_text("utf-8"))[1]
        target = tmp_path / f"nolang_{seed}"
        target.write_text("---\npublished: 2024-12-02\n---\n" + body, "utf-8")
        article = read_article(target)
        assert article.language == lang
        assert f"language not given; detected as {lang}" in article.warnings


@pytest.mark.parametrize(
    "front, warning",
    [
        ("---\npublished: [2024\n---\n", "front matter is not valid YAML"),
        ("---\n- just\n- a list\n---\n", "front matter is not a mapping"),
        ("---\npublished: yesterday\n---\n", "is not a YYYY-MM-DD date"),
        ("---\npublished: 2024-13-45\n---\n", "is not a real date (month must be in 1..12)"),  # issue 13
        ("---\npublished: 2999-01-01\n---\n", "is in the future; ignored"),
        ("---\npublished: 2024-12-02\npublished: 2024-12-03\n---\n", "published is given 2 times"),
        ("---\ntitle: &t Alep\nurl: *t\n---\n", "uses the YAML alias *t"),
        ("---\ntitle: !!python/object/apply:os.system ['true']\n---\n", "front matter is not valid YAML"),
        ("---\npublished: 2024-12-02\n", "never closed"),
        ("---\npublished: 2024-12-02\nlanguage: French\n---\n", "is not an ISO 639-1 code"),
        ("---\npublished: 2024-12-02\nurl: javascript:alert(1)\n---\n", "not an http(s) address"),
    ],
)
def test_front_matter_errors_degrade_but_keep_the_body(tmp_path, front, warning):
    target = tmp_path / "broken.md"
    target.write_text(front + "Saraqib fell to the rebels on Friday.", "utf-8")
    article = read_article(target)
    assert "Saraqib fell to the rebels on Friday." in article.text
    assert any(warning in w for w in article.warnings), article.warnings


def test_html_article(tmp_path):
    target = tmp_path / "page.html"
    target.write_text(
        """<!doctype html><html lang="fr"><head><title>Site | Alep</title>
        <meta property="og:title" content="Alep tombe aux mains des rebelles">
        <meta property="og:site_name" content="Le Quotidien">
        <meta property="article:published_time" content="2024-11-30T18:00:00+01:00">
        <link rel="canonical" href="https://example.org/alep">
        <style>p{color:red}</style><script>var x = "Damas";</script></head>
        <body><nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav>
        <article><h1>Alep tombe</h1><p>Les rebelles ont pris le contrôle d'Alep samedi.</p>
        <p>Le régime   a perdu la ville.</p></article>
        <footer>© Le Quotidien</footer></body></html>""",
        "utf-8",
    )
    article = read_article(target)
    assert article.text == "Alep tombe\nLes rebelles ont pris le contrôle d'Alep samedi.\nLe régime a perdu la ville."
    assert article.language == "fr"
    assert article.published == date(2024, 11, 30)
    assert article.title == "Alep tombe aux mains des rebelles"
    assert article.outlet == "Le Quotidien"
    assert article.url == "https://example.org/alep"


def test_html_time_tag_gives_the_date(tmp_path):
    target = tmp_path / "page.htm"
    target.write_text("<html><body><time datetime='2024-12-01'>1 Dec</time>"
                      "<p>Iran's foreign minister flew to Damascus on Sunday.</p></body></html>", "utf-8")
    article = read_article(target)
    assert article.published == date(2024, 12, 1)
    assert article.language == "en"


@pytest.mark.parametrize(
    "name, payload, reason",
    [
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like a PDF document"),
        ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image"),
        ("blob.txt", bytes(range(256)) * 4, "binary file"),
        ("empty.txt", b"  \n\n", "file is empty"),
        ("frontonly.md", b"---\npublished: 2024-12-02\n---\n", "no article text"),
    ],
)
def test_binary_and_empty_files_are_refused(tmp_path, name, payload, reason):
    target = tmp_path / name
    target.write_bytes(payload)
    with pytest.raises(ArticleError) as err:
        read_article(target)
    assert reason in err.value.reason


def test_truncated_utf8_loses_only_the_cut_character(tmp_path):
    target = tmp_path / "cut.md"
    target.write_bytes("---\nlanguage: ar\npublished: 2024-12-02\n---\nسيطرت الفصائل على حلب".encode()[:-1])
    article = read_article(target)
    assert article.text == "سيطرت الفصائل على حل" and article.encoding == "utf-8"
    assert article.warnings == ("the file ends in the middle of a UTF-8 character (cut short?); "
                                "its last byte was dropped",)


def test_mixed_encodings_are_read_line_by_line(tmp_path):
    target = tmp_path / "mixed.md"
    target.write_bytes("---\nlanguage: fr\npublished: 2024-12-02\n---\nLes rebelles sont entrés à Alep.\n".encode()
                       + "Le régime a perdu Hama.\n".encode("cp1252"))
    article = read_article(target)
    assert article.text == "Les rebelles sont entrés à Alep.\nLe régime a perdu Hama."
    assert article.encoding == "utf-8+windows-1252"
    assert article.warnings == ("mixed encodings: line 6 read as windows-1252, the rest as UTF-8",)


def test_oversize_file_is_refused(tmp_path):
    target = tmp_path / "huge.txt"
    target.write_text("---\npublished: 2024-12-02\n---\n" + "Alep. " * 2000, "utf-8")
    with pytest.raises(ArticleError, match="over the 0.0 MB limit"):
        read_article(target, max_bytes=1000)


def test_unsupported_suffix_is_refused(tmp_path):
    target = tmp_path / "notes.docx"
    target.write_text("x", "utf-8")
    with pytest.raises(ArticleError, match="unsupported file type '.docx'"):
        read_article(target)


def test_one_bad_file_never_stops_the_corpus(seed_paths, tmp_path):
    for p in seed_paths:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "zz_broken.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "extra.md").write_text("---\nlanguage: en\n---\nHama fell on Thursday.", "utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", "utf-8")
    result = read_corpus(tmp_path)
    assert [a.id for a in result.articles] == [p.name for p in seed_paths] + ["sub/extra.md"]
    assert [(r.path, r.reason) for r in result.refused] == [
        ("zz_broken.txt", "binary file: looks like a PDF document, not text")
    ]
    assert [a.id for a in result.degraded] == ["sub/extra.md"]


def test_libyaml_reads_the_seeds_front_matter_as_the_python_parser_does(monkeypatch):
    """The fast loader (libyaml) is only a speed-up: the seeds read the same through either."""
    import kharita.articles as articles

    seeds = Path(__file__).resolve().parents[2] / "data" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    assert len(texts) == 5
    fast = [articles.split_front_matter(t) for t in texts]
    monkeypatch.setattr(articles, "_FastFrontMatterLoader", articles._FrontMatterLoader)
    assert [articles.split_front_matter(t) for t in texts] == fast
    assert all(meta.get("published") for meta, _, _ in fast)


def test_broken_front_matter_names_the_line_to_mend():
    # an unclosed list on the first metadata line (file line 2)
    meta, body, warnings = split_front_matter("---\ntitle: [unclosed\n---\nThe body stays.")
    assert (meta, body) == ({}, "The body stays.")
    assert warnings == ["front matter is not valid YAML (line 2); metadata ignored"]
