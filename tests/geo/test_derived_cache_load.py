"""geo.derived_cache.load_derived_indexes: a gazetteer's derived indexes are there before any
lookup needs them, and they are the indexes a lookup would have built."""

from __future__ import annotations

from geo import variants
from geo.derived_cache import load_derived_indexes


def test_the_derived_indexes_are_loaded_before_any_lookup(gazetteer):
    load_derived_indexes(gazetteer)
    assert gazetteer._fuzzy is not None and len(gazetteer._fuzzy) > 1000
    skeletons = variants._INDEXES[gazetteer]
    assert skeletons.keys and skeletons.prefixes
    load_derived_indexes(gazetteer)  # again: nothing is loaded or built twice
    assert variants.skeleton_index(gazetteer) is skeletons


def test_the_loaded_indexes_are_the_ones_built_from_the_gazetteer(gazetteer):
    load_derived_indexes(gazetteer)
    assert gazetteer._fuzzy == gazetteer._build_fuzzy_index()
    assert variants._INDEXES[gazetteer] == variants._build_skeleton_index(gazetteer)
    assert gazetteer.fuzzy_keys("saraqeeb")  # a misspelt Syrian town still finds its name


def test_the_joined_heads_are_loaded_and_equal_to_a_fresh_build(gazetteer):
    from geo import arabic_spelling

    load_derived_indexes(gazetteer)
    heads = arabic_spelling._HEADS[gazetteer]
    assert heads == arabic_spelling.heads_of_one_word_names(gazetteer.index_keys(),
                                                            arabic_spelling.JOINED_MIN_LETTERS)
    assert "طاط" in heads  # Tatumrash, «طاطمراش», may be written «طاط مراش»
    assert arabic_spelling.joined_heads(gazetteer) is heads
