"""The actor registry resolves a matched surface through an index of its aliases' variants (case
folded, apostrophes straight) instead of a loop over every alias: the same names as that loop,
on every actor the matcher finds in real passages of all five languages."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from timeline.actors import ActorRegistry, load_actor_registry

TESTS = Path(__file__).resolve().parents[1]


def _plain_resolve(surface: str, lookup: dict[str, str]) -> str | None:
    """The resolution as it was written before the index: exact, folded, then every alias."""
    norm = re.sub(r"\s+", " ", surface).replace("’", "'")
    for key in (norm, norm.casefold()):
        if key in lookup:
            return lookup[key]
    for alias, name in lookup.items():
        if alias.replace("’", "'").casefold() == norm.casefold():
            return name
    return None


def _passages() -> list[tuple[str, str]]:
    out = []
    for name in ("challenge_events", "challenge_control_events", "challenge_reported_events",
                 "challenge_situation_events"):
        rows = yaml.safe_load((TESTS / "timeline" / f"{name}.yaml").read_text(encoding="utf-8"))["rows"]
        out += [(row["lang"], row["text"]) for row in rows]
    return out


def test_the_index_resolves_every_matched_surface_as_the_loop_did():
    registry = load_actor_registry()
    surfaces = variants_used = 0
    for lang, text in _passages():
        for pattern, lookup, variants, _arabic in registry._matcher(lang):
            for match in pattern.finditer(text):
                for surface in {match.group(0), match.group(0)[1:]}:
                    assert ActorRegistry._resolve(surface, lookup, variants) == _plain_resolve(surface, lookup)
                    surfaces += 1
                norm = re.sub(r"\s+", " ", match.group(0)).replace("’", "'")
                variants_used += norm not in lookup and norm.casefold() not in lookup
    assert surfaces > 2000 and variants_used > 0


def test_an_apostrophe_variant_finds_its_actor():
    registry = ActorRegistry._resolve
    lookup = {"l’armée syrienne": "Syrian Army"}
    assert registry("L'armée  syrienne", lookup) == "Syrian Army"
    assert registry("L'armée  syrienne", lookup, {"l'armée syrienne": "Syrian Army"}) == "Syrian Army"
    assert registry("l'armée russe", lookup) is None
