"""Date resolution: dateparser 1.5 versus the rules of timeline/dates.py, phrase by phrase.

For each date phrase of the five seeds (all published Monday 2 December 2024) it prints the
expected range, dateparser's answer and ours, then accuracy for both on the seed phrases and
on the wider phrase table of tests/timeline/test_dates.py, and calls per second.

dateparser runs as STACK-NOTES.md recommends: ``languages=[lang]``, RELATIVE_BASE pinned to the
anchor, PREFER_DATES_FROM=past, PREFER_DAY_OF_MONTH=first. Its answer (a date and a period) is
turned into a range the same way as ours (period week: Monday–Sunday; month; year). An answer is
right when both ends of the range and the precision match.

Run: .venv/bin/python benchmarks/dates_eval.py
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kharita.articles import read_corpus  # noqa: E402
from timeline.date_rules import calendar_math as cm  # noqa: E402
from timeline.dates import find_dates  # noqa: E402

ANCHOR = date(2024, 12, 2)

# (lang, phrase as written in the seed, first day, last day, precision)
SEED_PHRASES = [
    ("fr", "lundi", "2024-12-02", "2024-12-02", "day"),
    ("fr", "dimanche", "2024-12-01", "2024-12-01", "day"),
    ("fr", "samedi", "2024-11-30", "2024-11-30", "day"),
    ("fr", "jeudi", "2024-11-28", "2024-11-28", "day"),
    ("fr", "mercredi dernier", "2024-11-27", "2024-11-27", "day"),
    ("fr", "la semaine dernière", "2024-11-25", "2024-12-01", "week"),
    ("fr", "au cours du week-end", "2024-11-30", "2024-12-01", "week"),
    ("fr", "ces derniers jours", "2024-11-26", "2024-12-02", "week"),
    ("fr", "ces dernières années", "2021-01-01", "2024-12-02", "year"),
    ("fr", "En septembre dernier", "2024-09-01", "2024-09-30", "month"),
    ("fr", "en 2015", "2015-01-01", "2015-12-31", "year"),
    ("fr", "depuis mars 2020", "2020-03-01", "2020-03-31", "month"),
    ("en", "on Monday", "2024-12-02", "2024-12-02", "day"),
    ("en", "last Wednesday", "2024-11-27", "2024-11-27", "day"),
    ("en", "on Thursday", "2024-11-28", "2024-11-28", "day"),
    ("en", "last week", "2024-11-25", "2024-12-01", "week"),
    ("en", "over the weekend", "2024-11-30", "2024-12-01", "week"),
    ("en", "over the past few days", "2024-11-26", "2024-12-02", "week"),
    ("en", "in recent years", "2021-01-01", "2024-12-02", "year"),
    ("en", "Last September", "2024-09-01", "2024-09-30", "month"),
    ("ar", "اليوم الاثنين", "2024-12-02", "2024-12-02", "day"),
    ("ar", "الإثنين", "2024-12-02", "2024-12-02", "day"),
    ("ar", "الأحد", "2024-12-01", "2024-12-01", "day"),
    ("ar", "السبت", "2024-11-30", "2024-11-30", "day"),
    ("ar", "الأربعاء", "2024-11-27", "2024-11-27", "day"),
    ("ar", "27 تشرين الثاني (نوفمبر) الفائت", "2024-11-27", "2024-11-27", "day"),
    ("ar", "في أيلول (سبتمبر) 2023", "2023-09-01", "2023-09-30", "month"),
    ("ar", "في أيار (مايو)", "2024-05-01", "2024-05-31", "month"),
    ("ar", "في العام 2011", "2011-01-01", "2011-12-31", "year"),
    ("ar", "عام 2011", "2011-01-01", "2011-12-31", "year"),
    ("ar", "منذ العام 2004", "2004-01-01", "2004-12-31", "year"),
    ("ar", "في السنوات الأخيرة", "2021-01-01", "2024-12-02", "year"),
]

_PERIODS = {"time": "day", "day": "day", "week": "week", "month": "month", "year": "year"}
_PARSERS: dict[tuple[str, date], object] = {}


def _parser(lang: str, anchor: date):
    from dateparser.date import DateDataParser

    key = (lang, anchor)
    if key not in _PARSERS:
        _PARSERS[key] = DateDataParser(languages=[lang], settings={
            "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day, 12, 0),
            "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
        })
    return _PARSERS[key]


def dateparser_range(phrase: str, lang: str, anchor: date):
    data = _parser(lang, anchor).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    value, precision = data.date_obj.date(), _PERIODS.get(data.period or "day", "day")
    if precision == "week":
        return (*cm.week_range(value), precision)
    if precision == "month":
        return (*cm.month_range(value.year, value.month), precision)
    if precision == "year":
        return (*cm.year_range(value.year), precision)
    return value, value, precision


def ours_range(phrase: str, lang: str, anchor: date):
    found = find_dates(phrase, lang, anchor)
    if not found:
        return None
    e = max(found, key=lambda x: x.end - x.start)
    return e.date, e.date_end, e.precision


def show(r) -> str:
    if r is None:
        return "—"
    a, b, p = r
    return f"{a} {p}" if a == b else f"{a}…{b} {p}"


def mark(result, want) -> str:
    return ("✓ " if result == want else "✗ ") + show(result)


def main() -> None:
    t0 = time.perf_counter()
    _parser("en", ANCHOR).get_date_data("on Monday")
    print(f"dateparser first call (import, language data): {time.perf_counter() - t0:.2f} s")

    rows = []
    for lang, phrase, first, last, precision in SEED_PHRASES:
        want = (date.fromisoformat(first), date.fromisoformat(last), precision)
        rows.append((lang, phrase, want, dateparser_range(phrase, lang, ANCHOR),
                     ours_range(phrase, lang, ANCHOR)))
    print("\n| lang | phrase | expected | dateparser | rules |")
    print("|---|---|---|---|---|")
    for lang, phrase, want, dp, ours in rows:
        print(f"| {lang} | {phrase} | {show(want)} | {mark(dp, want)} | {mark(ours, want)} |")
    dp_ok = sum(dp == want for _, _, want, dp, _ in rows)
    ours_ok = sum(ours == want for _, _, want, _, ours in rows)
    print(f"\nseed phrases: dateparser {dp_ok}/{len(rows)}, rules {ours_ok}/{len(rows)}")

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from tests.timeline.test_dates import PHRASES

    dp_ok = ours_ok = 0
    for lang, _text, anchor, phrase, first, last, precision in PHRASES:
        want = (date.fromisoformat(first), date.fromisoformat(last), precision)
        dp_ok += dateparser_range(phrase, lang, anchor) == want
        ours_ok += ours_range(phrase, lang, anchor) == want
    print(f"test phrase table ({len(PHRASES)} rows, phrase alone): dateparser {dp_ok}/"
          f"{len(PHRASES)}, rules {ours_ok}/{len(PHRASES)}")

    # Speed: one phrase per call, all seed phrases, repeated.
    reps = 50
    t0 = time.perf_counter()
    for _ in range(reps):
        for lang, phrase, *_ in SEED_PHRASES:
            dateparser_range(phrase, lang, ANCHOR)
    dp_rate = reps * len(SEED_PHRASES) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(reps):
        for lang, phrase, *_ in SEED_PHRASES:
            ours_range(phrase, lang, ANCHOR)
    ours_rate = reps * len(SEED_PHRASES) / (time.perf_counter() - t0)
    print(f"phrase calls/s: dateparser {dp_rate:,.0f}, rules {ours_rate:,.0f}")

    articles = read_corpus(Path(__file__).resolve().parent.parent / "data" / "articles").articles
    chars = sum(len(a.text) for a in articles)
    t0 = time.perf_counter()
    reps = 200
    for _ in range(reps):
        found = [find_dates(a.text, a.language, a.published) for a in articles]
    elapsed = time.perf_counter() - t0
    print(f"find_dates on the 5 seeds: {sum(map(len, found))} expressions; "
          f"{reps * len(articles) / elapsed:,.0f} articles/s "
          f"({reps * chars / elapsed / 1e6:.2f} M chars/s)")

    # Pathological input: thousands of cue words in a row must stay linear (bounded repetition).
    for lang, cue in (("en", "since in during by "), ("fr", "depuis dès en "), ("ar", "منذ في خلال ")):
        text = cue * 5000
        t0 = time.perf_counter()
        find_dates(text, lang, ANCHOR)
        print(f"find_dates on {len(text):,} chars of repeated cues ({lang}): "
              f"{time.perf_counter() - t0:.2f} s")

    from dateparser.search import search_dates

    t0 = time.perf_counter()
    hits = 0
    for a in articles:
        settings = {"RELATIVE_BASE": datetime(2024, 12, 2, 12), "PREFER_DATES_FROM": "past"}
        hits += len(search_dates(a.text, languages=[a.language], settings=settings) or [])
    print(f"dateparser search_dates on the 5 seeds: {hits} hits, "
          f"{len(articles) / (time.perf_counter() - t0):,.1f} articles/s")


if __name__ == "__main__":
    main()
