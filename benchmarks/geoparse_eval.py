"""Geoparser quality and speed: Kharita's geoparser versus geotext on the five seed articles.

Quality is scored against tests/geo/gold_places.yaml with geo.evaluation (the same code as the
test): precision and recall of mention spans, and accuracy within 161 km of the correctly found
mentions, per language. geotext returns names and country codes only; its city names are given
the best point our gazetteer has for that name in that country (its best case).

Speed: articles per second on one core, per language, on the seeds repeated to >= 1,000
articles; plus gazetteer and pipeline load times.

    .venv/bin/python benchmarks/geoparse_eval.py [--repeat 1000]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core

import argparse  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.evaluation import Predicted, load_gold, score  # noqa: E402
from geo.gazetteer import build_gazetteer, load_gazetteer  # noqa: E402
from geo.parser import Geoparser  # noqa: E402
from kharita.articles import read_article  # noqa: E402
from kharita.config import ARTICLES_DIR  # noqa: E402

GOLD = ROOT / "tests" / "geo" / "gold_places.yaml"
LANGS = ("en", "fr", "ar")
_GEOTEXT_RE = re.compile(r"[A-ZÀ-Ú]+[a-zà-ú]+[ \-]?(?:d[a-u].)?(?:[A-ZÀ-Ú]+[a-zà-ú]+)*")


def geotext_predictions(article, gazetteer) -> list[Predicted]:
    """geotext's cities and countries, with the spans of its own candidate regex."""
    from geotext import GeoText

    index = GeoText.index
    out = []
    for m in _GEOTEXT_RE.finditer(article.text):
        cand = m.group().strip()
        low = cand.lower()
        start, end = m.start(), m.start() + len(cand)
        if low in index.countries:
            out.append(Predicted(article.id, start, end, None, None, index.countries[low]))
        elif low in index.cities:
            cc = index.cities[low]
            found = gazetteer.lookup(cand, country_codes=[cc], fuzzy=False)
            lat, lon = (found[0].lat, found[0].lon) if found else (None, None)
            out.append(Predicted(article.id, start, end, lat, lon, cc))
    return out


def kharita_predictions(article, gp: Geoparser) -> list[Predicted]:
    return [Predicted(article.id, m.start, m.end, m.lat, m.lon, m.country_code, m.geonameid)
            for m in gp.parse(article.text, article.language)]


CONTROL = ROOT / "data" / "curated" / "control_changes.csv"
SENTENCES = {
    "en": "Opposition fighters said they had taken {} after heavy clashes.",
    "fr": "Les rebelles affirment avoir pris {} mardi, après de violents combats.",
    "ar": "أعلنت الفصائل السيطرة على {} بعد اشتباكات عنيفة.",
}


def control_sentences(gp: Geoparser) -> None:
    """Each curated control-change place in a plain sentence: found, and in the right
    governorate? (No context to help: the hardest case for namesakes.)"""
    import csv

    if not CONTROL.is_file():
        return
    rows = list(csv.DictReader(CONTROL.open(encoding="utf-8")))
    print(f"\nCurated control-change places ({len(rows)} rows) in one plain sentence each\n")
    print("| lang | sentences | found | in the row's governorate | other governorate "
          "| same id as the curated row |")
    print("|---|---|---|---|---|---|")
    for lang, pattern in SENTENCES.items():
        n = found = right = same = 0
        for r in rows:
            name = r["name_ar"] if lang == "ar" else r["place"]
            name = name.split(" (")[0].split(" / ")[0].split(";")[0].strip()
            if not name:
                continue
            n += 1
            mentions = gp.parse(pattern.format(name), lang)
            if mentions:
                found += 1
                m = mentions[0]
                right += m.feature_code == "RD" or m.admin1 == gp.gazetteer.admin1_code(r["governorate"])
                same += m.geonameid == r["geonameid"]
        print(f"| {lang} | {n} | {found} | {right} | {found - right} | {same} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1000, help="articles per language for speed")
    args = ap.parse_args()

    t0 = time.perf_counter()
    build_gazetteer(ROOT / "data" / "gazetteer")
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    t_load = time.perf_counter() - t0
    gp = Geoparser(gazetteer)
    t_pipes = {}
    for lang in LANGS:
        t0 = time.perf_counter()
        gp.pipeline(lang)
        t_pipes[lang] = time.perf_counter() - t0

    articles = [read_article(p) for p in sorted(ARTICLES_DIR.glob("*.txt"))]
    gold = load_gold(GOLD)
    preds = {"kharita": [], "geotext": []}
    for a in articles:
        preds["kharita"] += kharita_predictions(a, gp)
        preds["geotext"] += geotext_predictions(a, gazetteer)

    print("Quality on the five seeds (gold: tests/geo/gold_places.yaml)\n")
    print("| lang | system | gold | found | correct spans | precision | recall | accuracy ≤161 km |")
    print("|---|---|---|---|---|---|---|---|")
    for lang in LANGS:
        for system in ("kharita", "geotext"):
            s = score(gold, preds[system], gazetteer, lang)
            print(f"| {lang} | {system} | {s.gold} | {s.predicted} | {s.true_positives} | "
                  f"{s.precision:.3f} | {s.recall:.3f} | {s.accuracy_161km:.3f} |")

    control_sentences(gp)

    print(f"\nLoad: gazetteer index built from the TSV files in {t_build:.2f} s; "
          f"load_gazetteer() (pickled index) {t_load:.2f} s; pipelines "
          + ", ".join(f"{k} {v:.2f} s" for k, v in t_pipes.items()))

    print(f"\nThroughput, one core, seeds repeated to >= {args.repeat} articles per language\n")
    print("| lang | articles | kharita articles/s | kharita ms/article | geotext articles/s |")
    print("|---|---|---|---|---|")
    from geotext import GeoText

    for lang in LANGS:
        seeds = [a for a in articles if a.language == lang]
        batch = (seeds * (args.repeat // len(seeds) + 1))[: max(args.repeat, len(seeds))]
        t0 = time.perf_counter()
        for a in batch:
            gp.parse(a.text, lang)
        tk = time.perf_counter() - t0
        t0 = time.perf_counter()
        for a in batch:
            GeoText(a.text)
        tg = time.perf_counter() - t0
        print(f"| {lang} | {len(batch)} | {len(batch) / tk:.1f} | {1000 * tk / len(batch):.1f} | "
              f"{len(batch) / tg:.1f} |")


if __name__ == "__main__":
    main()
