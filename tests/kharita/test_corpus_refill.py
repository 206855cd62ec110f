"""Refilling a corpus text from a stored copy of its page: the body that puts the gold places at
their recorded offsets, and the text file the evaluations read. The passages are our own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from kharita.articles import read_article
from kharita.corpus import _main, corpus_id, load_annotation, refill
from kharita.corpus_refill import fit_stored_text

ANNOTATED = "Rebels entered Aleppo on Friday.\nThe army left Hama two days later."
PLACES = [("Aleppo", ANNOTATED.index("Aleppo")), ("Hama", ANNOTATED.index("Hama"))]
#: the same article as a page store keeps it: a date marker, the headline and the outlet line the
#: annotator left out, a caption given twice, and blank lines between paragraphs
STORED = (" date 2024-12-01 Rebels in Aleppo\nExample Outlet\nA street in Aleppo\nA street in Aleppo\n"
          "Rebels entered Aleppo on Friday.\n\nThe army left Hama two days later.\n")


def test_the_stored_copy_is_fitted_to_the_annotated_offsets() -> None:
    fit = fit_stored_text(PLACES, STORED)
    assert fit.body == ANNOTATED
    assert (fit.at_offsets, fit.places) == (2, 2)
    # headline, outlet and the caption (twice, or once after the repeat is folded) left out
    assert fit.dropped_lines == 4 - fit.deduplicated and fit.collapsed_blank_lines


def test_a_copy_that_already_fits_is_left_as_it_is() -> None:
    fit = fit_stored_text(PLACES, ANNOTATED + "\n")
    assert fit.body == ANNOTATED
    assert (fit.dropped_lines, fit.deduplicated, fit.collapsed_blank_lines) == (0, False, False)


def test_words_are_never_changed_to_fit() -> None:
    fit = fit_stored_text(PLACES, "Rebels entered Aleppu on Friday.\nThe army left Hama two days later.")
    assert fit.at_offsets == 1 and "Aleppu" in fit.body


def _corpus(tmp_path: Path) -> str:
    url = "https://example.org/news/rebels-enter-aleppo"
    ident = corpus_id(url, "en")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{ident}.yaml").write_text(yaml.safe_dump({
        "id": ident, "url": url, "outlet": "Example Outlet", "language": "en", "published": "2024-12-01",
        "title": "Rebels in Aleppo: a \"test\" title", "found_by": "written for this test",
        "places": [{"surface": s, "start": start, "geonameid": g}
                   for (s, start), g in zip(PLACES, ("170063", "170017"), strict=True)],
        "events": [],
    }), encoding="utf-8")
    return ident


def test_refill_writes_the_text_the_evaluations_read(tmp_path: Path) -> None:
    ident = _corpus(tmp_path)
    stored = tmp_path / "page.txt"
    stored.write_text(STORED, encoding="utf-8")
    article, fit, absent = refill(ident, stored, tmp_path / "articles")
    assert absent == 0 and fit.at_offsets == 2
    written = read_article(tmp_path / "texts" / f"{ident}.txt")
    assert written.text == ANNOTATED
    assert (written.language, written.outlet, written.title) == ("en", "Example Outlet", article.title)
    assert written.published.isoformat() == "2024-12-01"
    again = load_annotation(tmp_path / "articles" / f"{ident}.yaml")
    assert all(written.text[p.start:p.end] == p.surface for p in again.places)


def test_the_command_names_a_missing_annotation(tmp_path: Path, capsys) -> None:
    stored = tmp_path / "page.txt"
    stored.write_text(STORED, encoding="utf-8")
    try:
        _main(["refill", "en-0000000000", str(stored)])
    except FileNotFoundError as err:
        assert "en-0000000000.yaml" in str(err)
    else:
        raise AssertionError("a missing annotation must be refused")


BLANK_SPACED = "Rebels entered Aleppo on Friday.\n\nThe army left Hama two days later."
BLANK_PLACES = [("Aleppo", BLANK_SPACED.index("Aleppo")), ("Hama", BLANK_SPACED.index("Hama"))]


def test_a_copy_with_single_line_breaks_gets_the_blank_lines_the_annotated_text_had() -> None:
    fit = fit_stored_text(BLANK_PLACES, "Rebels entered Aleppo on Friday.\nThe army left Hama two days later.")
    assert fit.body == BLANK_SPACED and fit.spacing == "blank" and fit.at_offsets == 2


def test_several_blank_lines_become_the_one_the_annotated_text_had() -> None:
    fit = fit_stored_text(BLANK_PLACES, "Rebels entered Aleppo on Friday.\n\n\n \nThe army left Hama two days later.")
    assert fit.body == BLANK_SPACED and fit.at_offsets == 2


def test_spaces_at_line_ends_are_left_out_when_that_fits() -> None:
    # the first line's trailing spaces move Hama by three characters
    fit = fit_stored_text(PLACES, "Rebels entered Aleppo on Friday.   \nThe army left Hama two days later.")
    assert fit.body == ANNOTATED and fit.stripped_line_ends and fit.at_offsets == 2


def test_a_recorded_digest_tells_the_annotated_body_from_a_longer_copy(tmp_path: Path) -> None:
    # every gold place is at its offset in both copies, but only one is the body the annotator read:
    # the other keeps a cut-off tail that names a place the gold does not list (round 18's refill)
    from kharita.corpus import body_state, record_digest

    ident = _corpus(tmp_path)
    path = tmp_path / "articles" / f"{ident}.yaml"
    assert body_state(load_annotation(path), ANNOTATED) == "unrecorded"
    assert record_digest(path, ANNOTATED) and not record_digest(path, ANNOTATED)
    article = load_annotation(path)
    import hashlib

    assert article.body_sha256 == hashlib.sha256(ANNOTATED.encode("utf-8")).hexdigest()
    assert len(article.body_sha256) == 64 and article.title == 'Rebels in Aleppo: a "test" title'
    assert body_state(article, ANNOTATED) == "same"
    longer = ANNOTATED + "\nFighting was also reported near Homs, wh"
    assert body_state(article, longer) == "differs"
    places = [(p.surface, p.start) for p in article.places]
    assert fit_stored_text(places, longer).at_offsets == 2  # the offsets alone cannot tell


def test_refill_says_when_the_body_differs_from_the_annotated_one(tmp_path: Path, monkeypatch, capsys) -> None:
    import kharita.corpus as corpus
    from kharita.corpus import record_digest

    ident = _corpus(tmp_path)
    record_digest(tmp_path / "articles" / f"{ident}.yaml", ANNOTATED)
    monkeypatch.setattr(corpus, "ANNOTATIONS_DIR", tmp_path / "articles")
    stored = tmp_path / "page.txt"
    stored.write_text(STORED, encoding="utf-8")
    assert _main(["refill", ident, str(stored)]) == 0
    assert f"{ident}: body same from the annotated one" in capsys.readouterr().out
    # a caption inside the body (a trailing one is a tail the digest lets refill cut)
    stored.write_text(STORED.replace("\n\nThe army", "\nA caption the annotator left out\nThe army"),
                      encoding="utf-8")
    assert _main(["refill", ident, str(stored)]) == 1
    assert "body differs" in capsys.readouterr().out


def test_tail_trims_offer_the_last_lines_and_the_last_sentences_cut() -> None:
    from kharita.corpus_refill import tail_trims

    body = "Rebels entered Aleppo on Friday.\nThe army left Hama. Fighting went on near Hom"
    trims = list(tail_trims(body))
    assert trims[0] == "Rebels entered Aleppo on Friday."
    assert "Rebels entered Aleppo on Friday.\nThe army left Hama." in trims
    # an Arabic question mark ends a sentence too; a sentence end at the very end is no trim
    assert list(tail_trims("سقطت حلب؟ ثم حما")) == ["سقطت حلب؟"]
    assert list(tail_trims("One line.")) == []


def test_refill_cuts_the_sentence_an_excerpt_breaks_off_in_when_the_digest_says_so(tmp_path: Path) -> None:
    from kharita.corpus import record_digest

    ident = _corpus(tmp_path)
    path = tmp_path / "articles" / f"{ident}.yaml"
    record_digest(path, ANNOTATED)
    stored = tmp_path / "page.txt"
    stored.write_text(ANNOTATED + "\nFighting was also reported near Homs, wh", encoding="utf-8")
    article, fit, absent = refill(ident, stored, tmp_path / "articles")
    assert fit.trimmed_tail and absent == 0
    assert read_article(article.text_path).text == ANNOTATED
    # with no digest recorded nothing tells the tail from the body: it stays
    unrecorded = _corpus(tmp_path / "other") if (tmp_path / "other").mkdir() is None else ""
    article, fit, _ = refill(unrecorded, stored, tmp_path / "other" / "articles")
    assert not fit.trimmed_tail and read_article(article.text_path).text.endswith("near Homs, wh")


def _answer(*pages: tuple[str, str]) -> str:
    import json

    return json.dumps({"corpus": "pages", "query": "rebels Aleppo", "count": len(pages),
                       "results": [{"rank": k + 1, "url": u, "excerpt": e} for k, (u, e) in enumerate(pages)]},
                      ensure_ascii=False)


def test_a_saved_search_answer_refills_every_corpus_article_it_holds(tmp_path: Path, monkeypatch, capsys) -> None:
    import kharita.corpus as corpus
    from kharita.corpus import record_digest

    ident = _corpus(tmp_path)
    record_digest(tmp_path / "articles" / f"{ident}.yaml", ANNOTATED)
    monkeypatch.setattr(corpus, "ANNOTATIONS_DIR", tmp_path / "articles")
    answer = tmp_path / "answer.json"
    answer.write_text(_answer(("https://example.org/elsewhere", "Not in the corpus."),
                              ("https://EXAMPLE.org/news/rebels-enter-aleppo/?utm_source=feed&maca=en-rss", STORED)),
                      encoding="utf-8")
    assert _main(["refill-answer", str(answer)]) == 0
    out = capsys.readouterr().out
    assert f"{ident}: wrote {ident}.txt; 2 of 2 gold places at their offsets, 0 absent; body same" in out
    assert read_article(tmp_path / "texts" / f"{ident}.txt").text == ANNOTATED
    # a second answer with the same page leaves the text that is already the annotated body
    assert _main(["refill-answer", str(answer)]) == 0
    assert f"{ident}: text already there" in capsys.readouterr().out


def test_a_file_that_is_no_search_answer_is_named_and_the_others_still_refill(
        tmp_path: Path, monkeypatch, capsys) -> None:
    import kharita.corpus as corpus

    ident = _corpus(tmp_path)
    monkeypatch.setattr(corpus, "ANNOTATIONS_DIR", tmp_path / "articles")
    broken = tmp_path / "broken.json"
    broken.write_text("Rebels entered Aleppo on Friday.", encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(_answer(("https://example.org/news/rebels-enter-aleppo", STORED)), encoding="utf-8")
    assert _main(["refill-answer", str(broken), str(good)]) == 2
    captured = capsys.readouterr()
    assert f"error: {broken}: not a JSON search answer" in captured.err
    assert (tmp_path / "texts" / f"{ident}.txt").exists()


def test_the_queries_of_missing_texts_come_test_third_first() -> None:
    from kharita.corpus import CorpusArticle, refill_queries
    from kharita.corpus_refill import found_by_query

    assert found_by_query('pages search: "rebels enter Hama"') == "rebels enter Hama"
    assert found_by_query("a result of one of the searches on Hama") == "a result of one of the searches on Hama"
    nowhere = Path("/nonexistent/texts")

    def art(url: str, query: str) -> CorpusArticle:
        return CorpusArticle(corpus_id(url, "en"), url, "O", "en", date(2024, 12, 1), "T",
                             f'pages search: "{query}"', texts_dir=nowhere)

    dev = [f"https://example.org/dev-{k}" for k in range(40)]
    test = [f"https://example.org/test-{k}" for k in range(40)]
    from kharita.corpus import split_of

    dev = [u for u in dev if split_of(u) == "dev"][:2]
    test = [u for u in test if split_of(u) == "test"][:1]
    rows = refill_queries([art(dev[0], "dev query"), art(dev[1], "dev query"), art(test[0], "test query")])
    assert rows == [("test query", [corpus_id(test[0], "en")]),
                    ("dev query", [corpus_id(dev[0], "en"), corpus_id(dev[1], "en")])]


def test_tracking_parameters_are_left_out_and_other_parameters_kept() -> None:
    from kharita.corpus_refill import without_tracking

    assert without_tracking("https://example.org/a?utm_source=x&utm_medium=y") == "https://example.org/a"
    assert without_tracking("https://www.dw.com/en/live-71902245?maca=en-rss-en-all") == "https://www.dw.com/en/live-71902245"
    assert without_tracking("https://example.org/?p=218191&utm_campaign=z") == "https://example.org/?p=218191"
