"""The map drawn from the corpus articles alone, against the curated record, place by place and day by day.

Why (round 23): the corpus scores count events, but what an analyst sees is the map, and a map
can be wrong with every event right (a weak report that flips a held city) or right with events
missed (corroboration from other outlets). The curated record (``data/curated/control_changes.csv``:
sourced rows, who took each place and when) gives the side that held each of its places on each
day of the window. Here every corpus text of a split is extracted, merged with **no** curated row
(as the store merges articles), and judged with the pre-offensive baseline only
(:func:`control.control_as_of`), as the map would be drawn if the articles were all it had.

For each place of the record and each day from 27 November to 15 December, the map's side is
compared with the record's camp (:func:`control.sides.camp`, with Daraa's and Suwayda's ``local``
factions read as anti-government: the record names the Southern Operations Room where the corpus's
ruling names local factions, and neither is a reversal of the other):

* **right**: the record's camp;
* **stale**: the camp that held the place before the record's latest change (the articles did not
  move the map, or not yet);
* **early**: the camp the record gives the place only at a later change (the map moved before the
  record: a report dated too early, a range read back to its start, or an entry reported first);
* **wrong**: a camp the record never gives the place in the window (a reversed change, or a
  claim the record does not vouch for);
* **unknown**: the map says unknown or contested, or does not draw the place.

A recorded change's day and the days either side are left out for that place (a report a day off,
or a night dated by its evening, is no error of the map's), and so are the days before a place's
first recorded change unless the baseline says who held it (a record that begins with a recapture
does not say who held the place before the capture it leaves out). ``--details`` lists the early and wrong
place-days with the report that decided them, for the development third only.

    .venv/bin/python benchmarks/map_truth.py [--split dev|test|all] [--details (dev only)] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from control.sides import camp, side_key  # noqa: E402
from kharita.articles import read_article  # noqa: E402
from kharita.corpus import load_corpus, missing_texts  # noqa: E402

FIRST, LAST = date(2024, 11, 27), date(2024, 12, 15)
CITIES = {"170063": "Aleppo", "170017": "Hama", "169577": "Homs", "170654": "Damascus", "169389": "Idlib"}
OUTCOMES = ("right", "stale", "early", "wrong", "unknown")


def record_by_place(curated) -> dict[str, list[tuple[date, str, str]]]:
    """Each curated place's changes, oldest first: (day, from camp, to camp)."""
    rows: dict[str, list[tuple[date, str, str]]] = defaultdict(list)
    for event in curated:
        if event.kind != "control_change" or event.date is None:
            continue
        for place in event.places:
            if place.geonameid:
                rows[str(place.geonameid)].append((event.date, mapped_camp(side_key(event.from_controller)),
                                                   mapped_camp(side_key(event.to_controller))))
    return {gid: sorted(changes) for gid, changes in rows.items()}


def mapped_camp(side: str) -> str:
    """The camp a side is compared in: local factions with the anti-government camp (see above)."""
    kind = camp(side)
    return "anti-government" if kind == "local" else kind


def expected(changes: list[tuple[date, str, str]], day: date,
             before_first: str | None = None) -> tuple[str, str, frozenset[str]] | None:
    """The record's camp on ``day``, the camp before its latest change and the camps it gives the
    place later; None within a day of a change (the grace for a report dated a day off), and
    before the place's first recorded change unless the baseline says who held it then
    (``before_first``): a record that starts with a recapture does not say who held the place
    before the capture it leaves out."""
    if any(abs((day - when).days) <= 1 for when, _, _ in changes):
        return None
    before = [c for c in changes if c[0] < day]
    later = frozenset(to for when, _, to in changes if when > day)
    if not before:
        return None if before_first is None else (before_first, before_first, later)
    return before[-1][2], before[-1][1], later


def outcome(map_side: str | None, state: str | None, want: tuple[str, str, frozenset[str]]) -> str:
    """right, stale, early, wrong or unknown (see above) for the map's side against the record's."""
    if map_side is None or state in ("unknown", "contested") or camp(map_side) == "unknown":
        return "unknown"
    got = mapped_camp(map_side)
    if got == want[0]:
        return "right"
    if got == want[1]:
        return "stale"
    return "early" if got in want[2] else "wrong"


def _describe(event) -> str:
    """The deciding event as --details lists it: its dates, sides and sources."""
    if event is None:
        return "the baseline"
    when = f"{event.date}" + (f"..{event.date_end}" if event.date_end else "") + f" ({event.date_precision})"
    outlets = ", ".join(sorted({f"{s.article}" for s in event.sources}))
    sentence = event.sources[0].sentence[:160] if event.sources else ""
    return f"{event.id} {when} {event.from_controller} -> {event.to_controller} [{outlets}] | {sentence}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--details", action="store_true", help="list every wrong place-day with the report behind it")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="a corpus folder with articles/ and texts/ (default: data/corpus), to score other code on it")
    args = ap.parse_args(argv)
    if args.details and args.split != "dev":
        ap.error("--details shows the sentences behind the map: development texts only (--split dev), "
                 "so that nobody tunes on the test third by reading it here")

    from control import control_as_of
    from control.baseline import load_baseline
    from geo import load_geoparser
    from timeline.actors import load_actor_registry
    from timeline.curated import load_curated
    from timeline.merge import merge_events
    from timeline.pipeline import extract_article_events

    corpus = load_corpus(args.corpus / "articles") if args.corpus else load_corpus()
    if args.split != "all":
        corpus = [a for a in corpus if a.split == args.split]
    corpus = [a for a in corpus if a not in missing_texts(corpus)]
    geoparser, registry = load_geoparser(), load_actor_registry()
    raw = []
    for art in corpus:
        article = read_article(art.text_path)
        if not hasattr(article, "text"):
            continue
        raw += extract_article_events(article, geoparser.parse(article.text, art.language), registry)
    events = merge_events(raw, [], registry)
    by_id = {e.id: e for e in events}
    record = record_by_place(load_curated(gazetteer=geoparser.gazetteer))
    baseline = load_baseline()
    held_before = {str(r.place.geonameid): mapped_camp(r.to_side) for r in baseline if r.place.geonameid}

    tally: Counter = Counter()
    cities: dict[str, list[str]] = {gid: [] for gid in CITIES}
    wrong: list[str] = []
    day = FIRST
    while day <= LAST:
        snap = control_as_of(events, day, baseline=baseline)
        states = {str(s.place.geonameid): s for s in snap.places if s.place.geonameid}
        for gid, changes in record.items():
            want = expected(changes, day, held_before.get(gid))
            if want is None:
                continue
            s = states.get(gid)
            got = outcome(s.side if s else None, s.state if s else None, want)
            tally[got] += 1
            if got in ("early", "wrong") and args.details:
                wrong.append(f"{day} {got} {s.place.name} ({gid}): map {s.side} ({s.state}, {s.origin}), "
                             f"record {want[0]}; decided by {_describe(by_id.get(s.event_id))}")
        for gid in CITIES:
            s = states.get(gid)
            cities[gid].append(f"{s.state[:4]}:{s.side}" if s else "-")
        day += timedelta(days=1)

    total = sum(tally.values())
    print(f"## The map from the articles alone against the curated record ({args.split}: {len(corpus)} texts, "
          f"{sum(e.kind == 'control_change' for e in events)} merged control changes)")
    print(f"{len(record)} recorded places, place-days {FIRST} to {LAST} (a day either side of a change, and the "
          "days before the first change of a place the baseline lacks, left out)")
    print("| place-days | " + " | ".join(OUTCOMES) + " |")
    print("|---|" + "---|" * len(OUTCOMES))
    print(f"| {total} | " + " | ".join(f"{tally[o]} ({tally[o] / total:.2f})" for o in OUTCOMES) + " |")
    days = [FIRST + timedelta(days=i) for i in range(len(cities["170063"]))]
    print("\n| city | " + " | ".join(f"{d:%d.%m}" for d in days) + " |")
    print("|---|" + "---|" * len(cities["170063"]))
    for gid, name in CITIES.items():
        print(f"| {name} | " + " | ".join(cities[gid]) + " |")
    if wrong:
        print("\n" + "\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
