"""A state's camp in the war is registry data (``camp`` in data/actors.yaml), not a list in the merge.

The merge keeps strikes of opposite camps on one town apart; which foreign states count as the
government's (Russia, Iran) used to be a set of ISO codes in timeline/merge.py. These tests pin
that the registry now says it, that the merge reads it from there with the same answers, and that
a malformed ``camp`` is refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import ActorRegistryError, parse_registry
from timeline.merge import Matcher
from timeline.types import Event, Source


def _strike(actors: list[str], article: str) -> Event:
    return Event(id=f"raw:{article}:0", kind="strike", date=date(2024, 11, 30), actors=actors,
                 sources=[Source(article=article, language="en", outlet=article, published="2024-12-01",
                                 sentence="(written for the test)", url=f"https://example.org/{article}")])


def test_the_registry_puts_russia_and_iran_in_the_government_camp(registry):
    assert registry.camp_countries("government") == {"RU", "IR"}
    assert registry.get("Russia").camp == "government" and registry.get("Iran").camp == "government"
    assert registry.get("Turkey").camp is None
    assert registry.camp_countries("anti-government") == frozenset()


def test_the_merge_reads_the_camp_from_the_registry(registry):
    m = Matcher(registry)
    assert m.government_backers == {"RU", "IR"}
    # a state, one of its bodies and one of its officials: the government's camp, as before
    assert m.camps(_strike(["Russia"], "a.txt")) == {"government"}
    assert m.camps(_strike(["Russian Defence Ministry"], "b.txt")) == {"government"}
    assert m.camps(_strike(["Abbas Araghchi"], "c.txt")) == {"government"}
    assert m.camps(_strike(["Turkey"], "d.txt")) == frozenset()  # no camp in the table


def test_a_registry_without_camps_puts_no_foreign_state_in_one():
    small = parse_registry({"actors": [{"name": "Russia", "type": "state", "country": "RU"}]})
    assert small.camp_countries("government") == frozenset()
    assert Matcher(small).camps(_strike(["Russia"], "a.txt")) == frozenset()


@pytest.mark.parametrize("entry, message", [
    ({"name": "X", "type": "official", "country": "RU", "camp": "government"}, "camp 'government' is for states"),
    ({"name": "X", "type": "state", "country": "RU", "camp": "allies"}, "camp 'allies' is for states"),
])
def test_a_malformed_camp_is_refused(entry, message):
    with pytest.raises(ActorRegistryError, match=message):
        parse_registry({"actors": [entry]})
