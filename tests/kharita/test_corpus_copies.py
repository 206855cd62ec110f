"""Near-copies across the split (round 41): one story printed by two outlets, one copy in each
third, is found by shared word 6-grams; two stories of the same day in shared phrasing are not."""

from __future__ import annotations

from datetime import date

import pytest

from kharita.corpus_copies import (
    NearCopy,
    containment,
    copied_test_articles,
    cross_split,
    near_copies,
    shingles,
)

# our own wire-style story, a reprint of it with a changed lead and a cut tail, and another story
# of the same day told in the same stock phrases
STORY = (
    "Rebel fighters led by Hayat Tahrir al-Sham entered the centre of Hama on Thursday after days of "
    "fighting on the northern edge of the city, and the army said its units had redeployed outside "
    "it to protect civilians. Residents described columns of pickup trucks crossing the main square "
    "while loudspeakers called on soldiers to lay down their arms. The governor's office was empty "
    "by the afternoon and the central prison was opened, according to local activists who filmed "
    "the scenes. The United Nations envoy called for an immediate halt to the fighting and for talks "
    "under the Security Council's resolution, warning that hundreds of thousands had fled."
)
REPRINT = (
    "HAMA, Syria. " + STORY.split(". ", 1)[1].rsplit(" The United Nations", 1)[0]
    + " More details were not immediately available."
)
OTHER = (
    "Rebel fighters led by Hayat Tahrir al-Sham entered the town of Saraqib on Friday after the army "
    "said its units had redeployed to new lines south of Idlib. Turkish officials said they were in "
    "contact with Moscow and Tehran about a meeting of the Astana format in Doha at the weekend, and "
    "the Iranian foreign minister travelled to Damascus to assure the president of his country's "
    "support. Aid groups said roads out of the city were blocked by traffic for hours."
)


def test_shingles_ignore_case_punctuation_and_spacing():
    assert shingles("The army, on Thursday,  left HAMA city.") == shingles("the army on thursday left hama city")
    assert len(shingles("one two three four five six seven")) == 2


def test_a_reprint_with_a_new_lead_and_a_cut_tail_is_a_copy():
    share = containment(shingles(STORY), shingles(REPRINT))
    assert share >= 0.8
    assert containment(shingles(STORY), shingles(OTHER)) < 0.1


def test_texts_too_short_to_judge_are_no_copies():
    assert containment(shingles("Hama fell on Thursday."), shingles(STORY)) == 0.0


def test_near_copies_compare_within_a_language_only():
    texts = {"en-b": ("en", REPRINT), "en-a": ("en", STORY), "en-c": ("en", OTHER), "fr-a": ("fr", STORY)}
    found = near_copies(texts)
    assert [(c.first, c.second) for c in found] == [("en-a", "en-b")]
    assert found[0].containment >= 0.8


def test_only_pairs_across_the_split_are_development_copies():
    pairs = [NearCopy("en-a", "en-b", 0.9), NearCopy("en-c", "en-d", 0.7), NearCopy("en-e", "en-f", 0.6)]
    split = {"en-a": "dev", "en-b": "test", "en-c": "dev", "en-d": "dev", "en-e": "test", "en-f": "dev"}
    assert cross_split(pairs, split) == [pairs[0], pairs[2]]
    assert copied_test_articles(pairs, split) == {"en-b", "en-e"}


def _saved(folder, ident: str, url: str, body: str) -> None:
    (folder / f"{ident}.txt").write_text(
        f'---\nlanguage: en\npublished: 2024-12-05\noutlet: "Example"\ntitle: ""\nurl: "{url}"\n---\n{body}\n',
        encoding="utf-8")


def test_a_saved_text_with_no_annotation_yet_is_checked_against_the_other_third(tmp_path):
    """(Round 42) The check runs as soon as a text is saved, before it is annotated: a text in
    ``texts/`` with no annotation is compared as it stands, its split read from its URL."""
    from kharita.corpus import CorpusArticle, development_copies, split_of, staged_text

    dev_url, test_url = "https://example.org/kharita-test-story-1", "https://example.org/kharita-test-story-0"
    assert (split_of(dev_url), split_of(test_url)) == ("dev", "test")
    _saved(tmp_path, "en-a", dev_url, STORY)
    _saved(tmp_path, "en-new", test_url, REPRINT)
    annotated = CorpusArticle(id="en-a", url=dev_url, outlet="Example", language="en",
                              published=date(2024, 12, 5), title="", found_by="",
                              texts_dir=tmp_path)
    staged = staged_text("en-new", tmp_path)
    assert (staged.language, staged.split) == ("en", "test")
    assert development_copies([annotated]) == []  # the annotated article alone has no pair
    found = development_copies([annotated], [staged])
    assert [(c.first, c.second) for c in found] == [("en-a", "en-new")] and found[0].containment >= 0.8
    # another story of the same day, saved in the test third, is no copy
    _saved(tmp_path, "en-other", test_url, OTHER)
    assert development_copies([annotated], [staged_text("en-other", tmp_path)]) == []


def test_a_named_text_that_is_not_saved_says_so(tmp_path):
    from kharita.corpus import staged_text

    with pytest.raises(ValueError, match="no annotation .* and no text"):
        staged_text("en-nothing", tmp_path)
