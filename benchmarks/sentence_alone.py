"""Events a sentence read alone finds but its article loses (round 35, ctx35).

The extractor reads an article as a whole: a lead's day dates the undated reports after it, a
participant's words fold into the call they report, a capture with no taker takes the story's, a
report told again is left out. Each of these context rules loses an event when it misreads the
article. This benchmark reads every sentence of each corpus article alone (same language,
publication day and outlet), merges what the sentences give as the corpus evaluation merges an
article's events (``timeline.merge.merge_events``), pairs them with the gold as
``benchmarks/corpus_eval.py`` does, and counts, per kind, the gold events the sentences alone
match and the article does not ("found alone, lost in the article"), and the reverse ("found in the
article, not alone": what the context rules win). ``--details`` lists the first group with the
sentence that found each.

Read the counts as a map of where context loses events, not as a score: a sentence alone is dated
by the publication, so an undated statement of a story about the day before matches the gold
alone only when the gold dates it by the publication; statements, calls, meetings and visits pair
by kind and day, so a sentence's statement may stand in for another speaker's of the same day.

    .venv/bin/python benchmarks/sentence_alone.py --corpus DIR [--split dev] [--details]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_eval import (  # noqa: E402
    _candidates,
    _pairing,
    corpus_arguments,
    named_points,
    selected_corpus,
    with_gazetteer_ids,
)
from kharita.articles import Article, read_article  # noqa: E402
from kharita.corpus import missing_texts, with_text_anchors  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    corpus_arguments(ap, split="dev")
    ap.add_argument("--details", action="store_true", help="list each event found alone and lost")
    args = ap.parse_args(argv)

    from geo import load_geoparser
    from timeline.actors import load_actor_registry
    from timeline.merge import merge_events
    from timeline.pipeline import extract_article_events
    from timeline.sentences import split_sentences

    corpus = selected_corpus(args)
    missing = missing_texts(corpus)
    corpus = [a for a in corpus if a not in missing]
    geoparser, registry = load_geoparser(), load_actor_registry()
    counts: Counter[str] = Counter()
    for art in corpus:
        article = read_article(art.text_path)
        if not hasattr(article, "text"):
            continue
        art = with_gazetteer_ids(with_text_anchors(art, article.text), geoparser.gazetteer)
        whole = merge_events(extract_article_events(article, geoparser.parse(article.text, art.language), registry),
                             [], registry)
        alone_raw = []
        for s in split_sentences(article.text):
            one = Article(id=f"{art.id}:{s.start}", path=None, text=s.text, language=art.language,
                          published=art.published, outlet=art.outlet)
            alone_raw += extract_article_events(one, geoparser.parse(s.text, art.language), registry)
        alone = merge_events(alone_raw, [], registry)
        points = named_points(art)
        order = sorted(art.events, key=lambda g: g.kind == "control_change" and not g.places)
        in_article = _pairing(order, {id(g): _candidates(g, whole, points, registry) for g in order})
        by_sentence = _pairing(order, {id(g): _candidates(g, alone, points, registry) for g in order})
        counts["gold"] += len(order)
        counts["matched by the article"] += len(in_article)
        counts["matched by its sentences alone"] += len(by_sentence)
        for gold in order:
            if id(gold) in by_sentence and id(gold) not in in_article:
                counts[f"found alone, lost in the article: {gold.kind}"] += 1
                if args.details:
                    e = by_sentence[id(gold)]
                    print(f"{art.id}: {gold.kind} {gold.date} ({gold.summary})\n"
                          f"    alone: {e.kind} {e.date} {[p.name for p in e.places]} | {e.sources[0].sentence[:200]}")
            elif id(gold) in in_article and id(gold) not in by_sentence:
                counts[f"found in the article, not alone: {gold.kind}"] += 1
    print(f"\n{len(corpus)} articles")
    for key, n in sorted(counts.items()):
        print(f"| {key} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
