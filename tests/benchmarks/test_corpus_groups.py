"""The named groups of corpus articles (benchmarks/corpus_groups.yaml): the rounds' transfer checks
are figures on these groups, so they must name real articles of the right third and say who read them."""

from __future__ import annotations

import argparse

import pytest
import yaml

from benchmarks.corpus_eval import GROUPS_FILE, corpus_arguments, corpus_group, selected_corpus
from kharita.corpus import ANNOTATIONS_DIR, load_annotation


@pytest.fixture(scope="module")
def corpus():
    """The grouped articles' annotations, read from their files (the whole corpus takes seconds)."""
    groups = yaml.safe_load(GROUPS_FILE.read_text(encoding="utf-8"))["groups"]
    ids = {i for group in groups.values() for i in group["ids"]}
    return {i: load_annotation(ANNOTATIONS_DIR / f"{i}.yaml") for i in ids if (ANNOTATIONS_DIR / f"{i}.yaml").is_file()}


def test_every_group_names_annotated_articles_of_one_third(corpus) -> None:
    groups = yaml.safe_load(GROUPS_FILE.read_text(encoding="utf-8"))["groups"]
    for name, group in groups.items():
        ids = group["ids"]
        assert ids and len(ids) == len(set(ids)), name
        assert all(i in corpus for i in ids), name
        third = "test" if name.endswith("_test") else "dev"
        assert {corpus[i].split for i in ids} == {third}, name
        assert group["read"].startswith("never") == (third == "test"), name


def test_the_groups_benchmarks_md_names_have_their_sizes(corpus) -> None:
    # sizes as BENCHMARKS.md gives them: dY2 19 articles and 76 gold events, dY3 35 and 165, dZ3 15 and 65
    for alias, articles, events in (("dY2", 19, 76), ("dY3", 35, 165), ("dZ3", 15, 65), ("dN", 22, 104)):
        ids = corpus_group(alias)
        assert (len(ids), sum(len(corpus[i].events) for i in ids)) == (articles, events), alias
    assert corpus_group("fresh42_dev") == corpus_group("dY2")


def test_an_unknown_group_is_named_with_the_groups_there_are() -> None:
    with pytest.raises(KeyError, match=r"no group 'dQ'.*fresh43_dev \(dY3\)"):
        corpus_group("dQ")
    ap = argparse.ArgumentParser()
    corpus_arguments(ap)
    with pytest.raises(SystemExit, match="no group 'dQ'"):
        selected_corpus(ap.parse_args(["--group", "dQ"]))


def test_a_group_narrows_the_selected_split() -> None:
    ap = argparse.ArgumentParser()
    corpus_arguments(ap)
    chosen = selected_corpus(ap.parse_args(["--group", "dY3"]))
    assert len(chosen) == 35 and {a.split for a in chosen} == {"dev"} and chosen[0].id == min(corpus_group("dY3"))
    assert selected_corpus(ap.parse_args(["--group", "dY3", "--split", "test"])) == []
