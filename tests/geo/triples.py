"""How the table-driven geoparser tests compare mentions: (surface, start, id) triples, with the
country code standing for a country and the gazetteer id for everything else."""

from __future__ import annotations


def triples(mentions):
    return [(m.surface, m.start, m.country_code if m.feature_code == "PCLI" else m.geonameid)
            for m in mentions]


def expected_triples(text, pairs):
    """(surface, id) pairs -> (surface, start, id), the start found left to right in text."""
    out, pos = [], 0
    for surface, ident in pairs:
        start = text.index(surface, pos)
        out.append((surface, start, str(ident)))
        pos = start + len(surface)
    return out
