"""Out-of-sample quality: the geoparser and the event extractor on the real-news corpus.

Scores every annotated article of data/corpus/ whose text is present (the texts are git-ignored;
``python -m kharita.corpus status`` says how to refill them), per language and per split:
development (what rules may be tuned on) and test (scored only when a change is done).

* Places: precision and recall of mention spans, and accuracy within 161 km (or the right country)
  of the correctly found ones; geotext beside it, in the same run, on the same spans.
* Events: an extracted event matches a gold event of the same kind and date (a month-precision
  gold date matches any day of it; a gold or extracted range, any day it shares with the other),
  and for control changes a gold place; one to one, as many pairs as the candidates allow
  (greedy, then augmenting paths: round 20).
  Control changes with a gold direction are then judged on the extracted direction: right,
  reversed (the worst error the map can show), unknown (said so), or other. Of the others, those
  "the wrong way" give the place to the gold's loser, or take it from the gold's taker, with the
  gold's other side unknown or a third side (round 38: "reversed" asks for both ends, so a wrong-way
  change whose gold names no loser, or whose extracted loser is a third side, was hidden in "other").

    .venv/bin/python benchmarks/corpus_eval.py [--split dev|test|all] [--half a|b] [--details]
        [--corpus DIR] [--without-copies]

``--without-copies`` (round 41) scores the test third without the test articles whose text is a
near-copy of a development article (``python -m kharita.corpus copies`` lists them): a rule
written while reading one copy has read the other.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geopy.distance import great_circle  # noqa: E402

from control.sides import camp, side_key  # noqa: E402
from kharita.articles import read_article  # noqa: E402
from kharita.corpus import (  # noqa: E402
    ANNOTATIONS_DIR,
    REFILL_HINT,
    CorpusArticle,
    GoldEvent,
    GoldPlace,
    development_copies,
    development_half,
    load_annotation,
    load_corpus,
    missing_texts,
    with_text_anchors,
)
from timeline.confidence import REASONS  # noqa: E402

ACCURACY_KM = 161.0
#: a control change's gold place written as a name (a place the gazetteer lacks or the annotator
#: could not find there) is found by position: the extracted place within this distance of the
#: coordinates the gold gives that name's mention (annotated positions are approximate)
NAMED_PLACE_KM = 5.0
LANGS = ("en", "fr", "ar", "es", "de")


@dataclass
class PlaceTally:
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    resolved: int = 0

    def row(self) -> str:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        a = self.resolved / self.tp if self.tp else 0.0
        return f"{p:.2f} / {r:.2f} / {a:.2f} ({self.tp}/{self.predicted} found, {self.gold} gold)"


@dataclass
class EventTally:
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    kind_only: int = 0  # gold events found with the right kind (and place) but a wrong or no date
    by_position: int = 0  # matched through a name-only gold place found by position (NAMED_PLACE_KM)
    said_matched: int = 0  # statements, calls, meetings, visits matched (kind and date)
    said_with_actor: int = 0  # ... of which the extracted event names an actor the gold names
    directions: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: reason code (or "none") -> [extracted, matched]: does the review queue's order hold out of sample?
    by_reason: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    #: event kind -> [gold, extracted, matched]: which kinds hold out of sample and which do not
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def row(self) -> str:
        p = self.matched / self.extracted if self.extracted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        d = self.directions
        judged = sum(d.values())
        right = d["right"] / judged if judged else 0.0
        return (f"{p:.2f} / {r:.2f} ({self.matched} of {self.gold} gold, {self.extracted} extracted; "
                f"+{self.kind_only} with a wrong date; {self.by_position} by a named place's position)"
                f" | {right:.2f} right of {judged}: "
                f"{d['reversed']} reversed, {d['unknown']} unknown, {d['other'] + d['wrong_way']} other"
                f" ({d['wrong_way']} the wrong way)")


def _gold_point(g: GoldPlace, gazetteer) -> tuple[float, float] | None:
    if g.lat is not None and g.lon is not None:
        return g.lat, g.lon
    entry = gazetteer.get(g.geonameid) if g.geonameid else None
    return (entry.lat, entry.lon) if entry else None


def _resolved_ok(g: GoldPlace, lat, lon, cc, gazetteer) -> bool:
    if g.country:
        return cc == g.country
    point = _gold_point(g, gazetteer)
    if point is None or lat is None or lon is None:
        return False
    return great_circle(point, (lat, lon)).km <= ACCURACY_KM


def score_places(article: CorpusArticle, predicted, gazetteer, tally: PlaceTally) -> list[str]:
    """predicted: (start, end, lat, lon, country_code); returns lines describing the errors."""
    gold = {(g.start, g.end): g for g in article.places}
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    errors = []
    found = set()
    for start, end, lat, lon, cc in predicted:
        g = gold.get((start, end))
        if g is None:
            errors.append(f"  false place {start}-{end}")
            continue
        found.add((start, end))
        tally.tp += 1
        if _resolved_ok(g, lat, lon, cc, gazetteer):
            tally.resolved += 1
        else:
            errors.append(f"  wrong point for {g.surface!r} ({lat}, {lon}, {cc})")
    errors += [f"  missed {g.surface!r} @{g.start}" for k, g in gold.items() if k not in found]
    return errors


def _date_ok(gold: GoldEvent, event) -> bool:
    if gold.date is None or event.date is None:
        return False
    if gold.precision == "month":
        return (gold.date.year, gold.date.month) == (event.date.year, event.date.month)
    # (round 15) the gold's own range counts too: a night annotated 7-8 December, or a background
    # capture "from the launch to publication", holds an extracted day inside it; before, only the
    # range's first day matched, and a right "8 December" scored as a wrong date
    gold_end = max(gold.date_end or gold.date, gold.date)
    end = event.date_end or event.date if event.date_precision != "day" else event.date
    return event.date <= gold_end and gold.date <= end


def _is_named(place: str) -> bool:
    """A gold event place given as a name, not as a gazetteer id or a country code."""
    return not re.fullmatch(r"[0-9]+|[a-z]+:\S+|[A-Z]{2}", place)


def with_gazetteer_ids(article: CorpusArticle, gazetteer) -> CorpusArticle:
    """The article with each gold event place given as the id the gazetteer keeps for it.

    Why (round 22): the gazetteer merges an alias row into the entry it names (Aleppo
    International Airport's ``curated:aleppo_airport_alias`` into ``icao:OSAP``), and the
    extractor only ever gives the kept id. Files annotated with the alias alone (two events of
    ar-650c1f9b85, one of ar-b2afc8b7e2) could never match, however right the extraction; earlier
    files listed both ids by hand. Names and country codes are left as they are."""
    def kept(place: str) -> str:
        entry = gazetteer.get(place) if not _is_named(place) else None
        return str(entry.geonameid) if entry is not None else place

    events = tuple(replace(g, places=tuple(dict.fromkeys(kept(p) for p in g.places))) for g in article.events)
    return replace(article, events=events) if events != article.events else article


def named_points(article: CorpusArticle) -> dict[str, list[tuple[float, float]]]:
    """Where each name-only place of the article's control changes lies, from its mentions.

    A name-only place has no id to compare; its mentions carry coordinates instead (with no id).
    The mentions whose surface or note holds the name are its points; when none does (the name is
    an English transliteration of an Arabic surface), every id-less positioned mention of the
    article is, and the distance test below keeps the match local.
    """
    positioned = [g for g in article.places if g.geonameid is None and g.country is None
                  and g.lat is not None and g.lon is not None]
    points: dict[str, list[tuple[float, float]]] = {}
    for gold in article.events:
        for name in gold.places:
            if gold.kind != "control_change" or not _is_named(name) or name in points:
                continue
            low = name.casefold()
            own = [g for g in positioned if low in g.surface.casefold() or low in (g.note or "").casefold()]
            points[name] = [(g.lat, g.lon) for g in (own or positioned)]
    return points


def _place_ok(gold: GoldEvent, event, points: dict[str, list[tuple[float, float]]] | None = None) -> bool:
    return _place_match(gold, event, points) is not None


def _place_match(gold: GoldEvent, event, points: dict[str, list[tuple[float, float]]] | None = None) -> str | None:
    """"id" when an extracted place is a gold place, "position" when it lies by a name-only one."""
    if gold.kind != "control_change" or not gold.places:
        return "id"
    ids = {p.geonameid for p in event.places} | {p.name for p in event.places}
    if ids & set(gold.places):
        return "id"
    for name in gold.places:
        for lat, lon in (points or {}).get(name, ()):
            if any(p.lat is not None and p.lon is not None
                   and great_circle((lat, lon), (p.lat, p.lon)).km <= NAMED_PLACE_KM for p in event.places):
                return "position"
    return None


def direction(gold: GoldEvent, event) -> str | None:
    if gold.kind != "control_change" or not gold.to_side or gold.to_side == "unknown":
        return None
    to = side_key(event.to_controller)
    frm = side_key(event.from_controller)
    if to == "unknown":
        return "unknown"
    if camp(to) == camp(gold.to_side):
        return "right"
    if gold.from_side and camp(to) == camp(gold.from_side) and (frm == "unknown" or camp(frm) == camp(gold.to_side)):
        return "reversed"
    if camp(to) == camp(gold.from_side or "unknown") or (frm != "unknown" and camp(frm) == camp(gold.to_side)):
        return "wrong_way"
    return "other"


#: Kinds matched by kind and date alone (no place): the table beside the scores says how many of
#: their matches name an actor the gold names, since a statement given to the wrong speaker counts.
SAID_KINDS = frozenset({"statement", "call", "meeting", "visit"})


def _same_subject(gold, event) -> bool:
    """Whether ``event`` can be the gold event found with a wrong date: it shares an actor or a
    place with it (before round 11 any free event of the kind counted, so a missed statement was
    paired with another speaker's and both were called "a wrong date"; countries would not tell
    them apart, nearly every event has Syria)."""
    places = {p.geonameid for p in event.places} | {p.name for p in event.places}
    return bool(set(gold.actors) & set(event.actors) or set(gold.places) & places)


def voices(names, registry) -> set[str]:
    """Who ``names`` (free-text gold actors, or the extractor's canonical ones) speak for: each
    name, the registry's actors it names ("Sergey Lavrov" -> "Sergei Lavrov"), the body each speaks
    for and, for an actor of a state other than Syria, that state ("Gideon Saar" -> Israel). Syria
    is left out: its government and its armed opposition share the country and must not match."""
    out: set[str] = set()
    for name in names:
        found = {m.name for m in registry.find(name, "en")} if registry is not None else set()
        for actor_name in found | {name}:
            out |= {actor_name, registry.voice(actor_name)} if registry is not None else {actor_name}
            actor = registry.get(actor_name) if registry is not None else None
            if actor is not None and actor.country and actor.country != "SY":
                out.add(registry.state_of(actor.country) or actor.country)
    return out


def _candidates(gold: GoldEvent, events, points, registry) -> list:
    """The extracted events a gold event may pair with, the preferred first."""
    candidates = [e for e in events if e.kind == gold.kind and _date_ok(gold, e) and _place_ok(gold, e, points)]
    # (round 19) an event of the gold place itself before one that only lies near a name-only
    # gold place (NAMED_PLACE_KM): a list of quarters paired each gold quarter with the first
    # event within 5 km, its neighbour's, and left the quarter's own event over as "spurious"
    candidates.sort(key=lambda e: _place_match(gold, e, points) != "id")
    # (round 12) of the statements of one kind and day, the one that speaks for a gold actor: the
    # first one found paired two speakers' statements of a day crosswise, and the table below
    # counted both as given to the wrong speaker (the matched count is the same either way)
    if gold.kind in SAID_KINDS and len(candidates) > 1:
        voiced = voices(gold.actors, registry)
        candidates.sort(key=lambda e: not (voiced & voices(e.actors, registry)))
    return candidates


def _pairing(order: list, options: dict[int, list],
             preferred: dict[int, set[int]] | None = None) -> dict[int, object]:
    """One to one pairs of gold and extracted events: each gold event in ``order`` takes its first
    free candidate (greedy, as every round before 20 scored), then every gold event left without
    one looks for an augmenting path, which moves an earlier pair to another of its candidates.

    Why (round 20): greedy pairing undercounts. Two gold changes of one day, A near places X and
    Y and B only near X, paired A with X and left B out though A could take Y. The augmentation
    gives the largest number of pairs (Kuhn's algorithm) while every greedy pair it does not
    need to move stays as it was, so the preferences above still decide ties.

    (Round 35) ``preferred`` (per gold event, the ids of its candidates that speak for a gold
    actor): those pairs are made first, for every gold event, before any gold event takes a
    candidate of another voice. Why: a gold statement the extractor missed, earlier in the file,
    took the one statement of the day that spoke for a later gold event's speaker, and the later one
    was left out: the same number of pairs, but the table of voices counted a wrong speaker where
    the right one was there (stmt35 found two thirds of half A's 72 wrong-speaker pairs were such).
    The number of pairs is the largest either way (the augmentation).
    """
    pair_of_gold: dict[int, object] = {}
    gold_of_event: dict[int, object] = {}
    if preferred:
        for g in order:
            e = next((e for e in options[id(g)] if id(e) in preferred.get(id(g), ())
                      and id(e) not in gold_of_event), None)
            if e is not None:
                pair_of_gold[id(g)], gold_of_event[id(e)] = e, g
    for g in order:
        if id(g) in pair_of_gold:
            continue
        e = next((e for e in options[id(g)] if id(e) not in gold_of_event), None)
        if e is not None:
            pair_of_gold[id(g)], gold_of_event[id(e)] = e, g

    def augment(g, seen: set[int]) -> bool:
        for e in options[id(g)]:
            if id(e) in seen:
                continue
            seen.add(id(e))
            holder = gold_of_event.get(id(e))
            if holder is None or augment(holder, seen):
                pair_of_gold[id(g)], gold_of_event[id(e)] = e, g
                return True
        return False

    for g in order:
        if id(g) not in pair_of_gold:
            augment(g, set())
    return pair_of_gold


def score_events(article: CorpusArticle, events, tally: EventTally, registry=None) -> list[str]:
    tally.gold += len(article.events)
    tally.extracted += len(events)
    for gold in article.events:
        tally.by_kind[gold.kind][0] += 1
    for e in events:
        tally.by_kind[e.kind][1] += 1
    errors = []
    points = named_points(article)
    # (round 13) a control change the gold gives no place ("retook several towns") matches any
    # change of its day: paired first, in file order, it took a change of a named place that the
    # gold tells further on ("seized all of Idlib province") and judged its direction against the
    # wrong event (a "reversed" that was not). Gold changes with places are paired first.
    order = sorted(article.events, key=lambda g: g.kind == "control_change" and not g.places)
    options = {id(g): _candidates(g, events, points, registry) for g in order}
    preferred = {id(g): {id(e) for e in options[id(g)]
                         if voices(g.actors, registry) & voices(e.actors, registry)}
                 for g in order if g.kind in SAID_KINDS}
    pairs = _pairing(order, options, preferred)
    matched_ids = {id(e) for e in pairs.values()}
    free = [e for e in events if id(e) not in matched_ids]
    for gold in order:
        match = pairs.get(id(gold))
        if match is None:
            near = next((e for e in free if e.kind == gold.kind and _place_ok(gold, e, points)
                         and _same_subject(gold, e)), None)
            if near is not None:
                tally.kind_only += 1
                errors.append(f"  wrong date: {gold.kind} {gold.date} got {near.date} ({gold.summary})")
            else:
                errors.append(f"  missed: {gold.kind} {gold.date} ({gold.summary})")
            continue
        tally.matched += 1
        tally.by_kind[gold.kind][2] += 1
        if gold.kind in SAID_KINDS:
            tally.said_matched += 1
            tally.said_with_actor += bool(voices(gold.actors, registry) & voices(match.actors, registry))
        if _place_match(gold, match, points) == "position":
            tally.by_position += 1
        verdict = direction(gold, match)
        if verdict:
            tally.directions[verdict] += 1
            if verdict != "right":
                errors.append(f"  direction {verdict.replace('_', ' ')}: {gold.summary} -> {match.from_controller} to "
                              f"{match.to_controller}")
    errors += [f"  spurious: {e.kind} {e.date} {e.summary[:80]}" for e in free]
    unmatched = {id(e) for e in free}
    for e in events:
        for code in (getattr(e, "reasons", None) or ["none"]):
            tally.by_reason[code][0] += 1
            tally.by_reason[code][1] += id(e) not in unmatched
    return errors


def corpus_arguments(ap: argparse.ArgumentParser, split: str = "all") -> None:
    """The corpus options this scorer and its companions (``benchmarks/sentence_alone.py``) share:
    ``--split`` (with its default), ``--corpus`` and ``--group``."""
    ap.add_argument("--split", choices=("dev", "test", "all"), default=split)
    ap.add_argument("--corpus", type=Path, default=None,
                    help="a corpus folder with articles/ and texts/ (default: data/corpus)")
    ap.add_argument("--group", default=None,
                    help="only the articles of a named group of benchmarks/corpus_groups.yaml (its name or alias)")


#: the named groups of corpus articles (fresh articles by round, with who has read them)
GROUPS_FILE = Path(__file__).with_name("corpus_groups.yaml")


def corpus_group(name: str, path: Path = GROUPS_FILE) -> frozenset[str]:
    """The ids of the group called ``name`` (or aliased so) in ``path``; ``KeyError`` naming the
    groups there when there is none."""
    import yaml

    groups = yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]
    for key, group in groups.items():
        if name in (key, group.get("alias")):
            return frozenset(group["ids"])
    raise KeyError(f"no group {name!r} in {path}; groups: "
                   + ", ".join(f"{k} ({g['alias']})" if g.get("alias") else k for k, g in groups.items()))


def selected_corpus(args: argparse.Namespace) -> list:
    """The annotations of ``--corpus`` (else data/corpus) in ``--split`` and, with ``--group``, in
    that group (``args`` as :func:`corpus_arguments` defines them)."""
    folder = args.corpus / "articles" if args.corpus else ANNOTATIONS_DIR
    if args.group:
        try:
            ids = corpus_group(args.group)
        except KeyError as err:
            raise SystemExit(f"error: {err.args[0]}") from None
        # the group's own files only: reading the whole corpus takes seconds
        corpus = [load_annotation(folder / f"{i}.yaml") for i in sorted(ids) if (folder / f"{i}.yaml").is_file()]
    else:
        corpus = load_corpus(folder)
    return corpus if args.split == "all" else [a for a in corpus if a.split == args.split]


def without_development_copies(corpus: list) -> list:
    """``corpus`` less its test articles that have a near-copy in the development third of the
    whole corpus (data/corpus and ``corpus`` together: a staged test article's copy may be an
    annotated development one); says which it leaves out."""
    from kharita.corpus_copies import copied_test_articles

    everyone = {a.id: a for a in load_corpus()} | {a.id: a for a in corpus}
    copied = copied_test_articles(development_copies(everyone.values()),
                                        {a.id: a.split for a in everyone.values()})
    left_out = sorted(a.id for a in corpus if a.id in copied)
    print(f"{len(left_out)} test articles with a development near-copy left out: {', '.join(left_out) or '-'}")
    return [a for a in corpus if a.id not in copied]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    corpus_arguments(ap)
    ap.add_argument("--half", choices=("a", "b"), default=None,
                    help="only half a or b of the development third (tune on a, check on b)")
    ap.add_argument("--details", action="store_true", help="list every error, article by article")
    ap.add_argument("--without-copies", action="store_true",
                    help="leave out the test articles whose text is a near-copy of a development article "
                         "(one wire story on both sides of the split; kharita.corpus_copies)")
    args = ap.parse_args(argv)

    corpus = selected_corpus(args)
    if args.half:
        if args.split != "dev":
            ap.error("--half splits the development third: use it with --split dev")
        corpus = [a for a in corpus if development_half(a.url) == args.half]
    missing = missing_texts(corpus)
    if missing:
        print(f"{len(missing)} of {len(corpus)} corpus texts are missing; they are skipped.\n{REFILL_HINT}")
    corpus = [a for a in corpus if a not in missing]
    if args.without_copies:
        corpus = without_development_copies(corpus)
    if not corpus:
        return 1

    from benchmarks.geoparse_eval import geotext_predictions
    from geo import load_geoparser
    from timeline.actors import load_actor_registry
    from timeline.merge import merge_events
    from timeline.pipeline import extract_article_events

    geoparser = load_geoparser()
    registry = load_actor_registry()
    places: dict[tuple[str, str], PlaceTally] = defaultdict(PlaceTally)
    geotext: dict[tuple[str, str], PlaceTally] = defaultdict(PlaceTally)
    events: dict[tuple[str, str], EventTally] = defaultdict(EventTally)
    for art in corpus:
        article = read_article(art.text_path)
        if not hasattr(article, "text"):
            print(f"{art.id}: refused by the reader: {article}")
            continue
        # a refilled text may differ from the annotated one by whitespace or a dropped label
        art = with_gazetteer_ids(with_text_anchors(art, article.text), geoparser.gazetteer)
        mentions = geoparser.parse(article.text, art.language)
        predicted = [(m.start, m.end, m.lat, m.lon, m.country_code) for m in mentions]
        keys = ((art.language, art.split), (art.language, "all"), ("all", art.split))
        geotext_predicted = [(p.start, p.end, p.lat, p.lon, p.country_code)
                             for p in geotext_predictions(article, geoparser.gazetteer)]
        # what the store keeps: the article's reports merged (one event per place, speaker and day)
        extracted = merge_events(extract_article_events(article, mentions, registry), [], registry)
        # the article counts in three tallies (its language and split, its language, its split);
        # the first one keeps the errors for --details
        errors = (score_places(art, predicted, geoparser.gazetteer, places[keys[0]])
                  + score_events(art, extracted, events[keys[0]], registry))
        for key in keys[1:]:
            score_places(art, predicted, geoparser.gazetteer, places[key])
            score_events(art, extracted, events[key], registry)
        for key in keys:
            score_places(art, geotext_predicted, geoparser.gazetteer, geotext[key])
        if args.details:
            print(f"{art.id} ({art.split}, {art.outlet}):")
            print("\n".join(errors) or "  no error")

    splits = ("dev", "test") if args.split == "all" else (args.split,)
    langs = [lang for lang in LANGS if any(a.language == lang for a in corpus)]
    print("\n## Places: precision / recall / accuracy within 161 km")
    print("| language | split | articles | Kharita | geotext |")
    print("|---|---|---|---|---|")
    counts = defaultdict(int)
    for a in corpus:
        counts[(a.language, a.split)] += 1
        counts[(a.language, "all")] += 1
        counts[("all", a.split)] += 1
    # the table rows, in print order: each language by split then all, then all languages by split
    keys = [(lang, split) for lang in [*langs, "all"]
            for split in ([*splits, "all"] if lang != "all" else splits) if counts[(lang, split)]]
    for key in keys:
        print(f"| {key[0]} | {key[1]} | {counts[key]} | {places[key].row()} | {geotext[key].row()} |")
    print("\n## Events: precision / recall with the right date | control-change direction")
    print("| language | split | articles | events | direction |")
    print("|---|---|---|---|---|")
    for key in keys:
        ev, _, dirs = events[key].row().partition(" | ")
        print(f"| {key[0]} | {key[1]} | {counts[key]} | {ev} | {dirs} |")
    print("\n## Statements, calls, meetings and visits matched: how many speak for an actor the gold names")
    print("(`voices`: the actor, its registry name, the body it speaks for, its state unless Syria)")
    print("| language | split | matched | with a gold actor |")
    print("|---|---|---|---|")
    for key in keys:
        t = events[key]
        if t.said_matched:
            print(f"| {key[0]} | {key[1]} | {t.said_matched} | {t.said_with_actor} "
                  f"({t.said_with_actor / t.said_matched:.2f}) |")
    print("\n## Extracted events by confidence reason: how many match a gold event (precision)")
    print("(`timeline.confidence`: the review queue's order; every corpus article is one outlet, so")
    print("`single_source` is on nearly every event; `none` = no reason given)")
    codes = [*REASONS, "none"]
    print("| split | " + " | ".join(codes) + " |")
    print("|---|" + "---|" * len(codes))
    for split in splits:
        t = events[("all", split)]
        cells = [f"{m / n:.2f} ({m} of {n})" if n else "-" for n, m in (t.by_reason[c] for c in codes)]
        print(f"| {split} | " + " | ".join(cells) + " |")
    print("\n## Events by kind: precision / recall with the right date (matched of extracted, of gold)")
    kinds = sorted({k for split in splits for k in events[("all", split)].by_kind})
    print("| split | " + " | ".join(kinds) + " |")
    print("|---|" + "---|" * len(kinds))
    for split in splits:
        t = events[("all", split)].by_kind
        cells = [f"{m / e if e else 0:.2f} / {m / g if g else 0:.2f} ({m} of {e}, {g})"
                 for g, e, m in (t[k] for k in kinds)]
        print(f"| {split} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
