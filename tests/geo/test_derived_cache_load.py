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
