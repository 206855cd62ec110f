"""Reversed control changes on sentences of our own written to find them (round 22).

A reversed change (the loser shown as the taker) is the worst error the map can show, and the
corpus has too few of the wordings that cause one to show them: its development third has none
left, its test third 2. ``reversal_probes.yaml`` holds 3509 sentences in five languages (632 from
round 22, 248 from round 27, 210 from round 28, 45 from round 29, 55 from round 30, 167 from round
31, 139 from round 31's second wave, 96 from round 32, 158 from round 33, 74 from its second
wave and the lead, 185 from round 34, 92 from its second wave, 71 from its third, 26 from its fourth,
137 from round 34's second wave, 250 from round 35, 269 from round 36, 18 from its third wave, 4 from
round 39, 589 from round 40, 12 from round 42, 15 from round 49, 6 from round 50, 11 from round 51), each with
the changes it tells; this counts, per language, the rows whose extracted changes give a place
to the side that lost it (or the reverse), the rows with an unknown direction, and the rows with
no change extracted. An extracted change that matches one of the row's changes (a sentence
telling a loss and a recapture of one place) is never counted as reversed.

    .venv/bin/python benchmarks/reversal_probes.py [--details] [--file PROBES.yaml]

``--file`` scores another set of rows in the same format (a held-out set written by someone who
read neither these rows nor the rules, to see whether a rule written on these transfers).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml  # noqa: E402

from control.sides import camp, side_key  # noqa: E402

PROBES = Path(__file__).with_name("reversal_probes.yaml")
PUBLISHED = date(2024, 12, 6)
#: Camps whose swap is a reversed direction (as in tests/timeline/test_control_challenge.py).
DIRECTED = frozenset({"government", "anti-government", "sdf"})


def _on_day(expected: list[str], days: tuple[date, date] | None) -> bool:
    """Whether an expected change's day (its optional fourth item, ISO) falls in an extracted
    change's days; an expectation with no day, or a change with no days, fits any."""
    if len(expected) < 4 or days is None:
        return True
    want = date.fromisoformat(str(expected[3]))
    return days[0] <= want <= days[1]


def reversed_change(changes: list[tuple], expect: list[list[str]]) -> tuple[str, str] | None:
    """The first extracted change (places, from camp, to camp[, (first day, last day)]) that reverses
    an expected one. An expected change may give its day as a fourth item (round 29): a recapture
    and the loss before it, each on its own day, are then compared day by day (the change dated to
    the other's day, reversed on that day, is a reversal, as the corpus evaluation counts it)."""
    for change in changes:
        places, got_from, got_to = change[:3]
        days = change[3] if len(change) > 3 else None
        if any(e[0] in places and (camp(e[1]), camp(e[2])) == (got_from, got_to) and _on_day(e, days)
               for e in expect):
            continue
        for e in expect:
            place, want_from, want_to = e[:3]
            wf, wt = camp(want_from), camp(want_to)
            swapped = (wf in DIRECTED and got_to == wf) or (wt in DIRECTED and got_from == wt)
            if place in places and wf != wt and swapped and _on_day(e, days):
                return got_from, got_to
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--details", action="store_true", help="list every reversed row")
    ap.add_argument("--file", type=Path, default=PROBES, help=f"the rows to score (default: {PROBES.name})")
    args = ap.parse_args(argv)

    from geo import load_geoparser
    from kharita.articles import Article
    from timeline.actors import load_actor_registry
    from timeline.pipeline import extract_article_events

    geoparser, registry = load_geoparser(), load_actor_registry()
    rows = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    counts: dict[str, Counter] = {}
    for row in rows:
        lang, text = row["lang"], row["text"]
        article = Article(id="probe.txt", path=None, text=text, language=lang, published=PUBLISHED,
                          outlet="probe")
        events = [e for e in extract_article_events(article, geoparser.parse(text, lang), registry)
                  if e.kind == "control_change"]
        changes = [({str(p.geonameid or p.name) for p in e.places}, camp(side_key(e.from_controller)),
                    camp(side_key(e.to_controller)),
                    None if e.date is None else (e.date, e.date_end or e.date)) for e in events]
        tally = counts.setdefault(lang, Counter())
        tally["rows"] += 1
        found = reversed_change(changes, row["expect"])
        if found:
            tally["reversed"] += 1
            if args.details:
                print(f"REVERSED {lang}: {text}  -> {found[0]} -> {found[1]}")
        elif not changes:
            tally["none"] += 1
        elif all(c[2] == "unknown" for c in changes):
            tally["unknown"] += 1
    where = f"benchmarks/{args.file.name}" if args.file.parent == PROBES.parent else str(args.file)
    print(f"## Reversal probes: sentences of our own ({where})")
    print("| language | rows | reversed | unknown direction | no change extracted |")
    print("|---|---|---|---|---|")
    total: Counter = Counter()
    for lang in ("en", "fr", "ar", "es", "de"):
        t = counts.get(lang, Counter())
        total.update(t)
        print(f"| {lang} | {t['rows']} | {t['reversed']} | {t['unknown']} | {t['none']} |")
    print(f"| all | {total['rows']} | {total['reversed']} | {total['unknown']} | {total['none']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
