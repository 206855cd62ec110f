"""What the build's speed-ups must keep: date normalisation keeps every offset, and warming the
parent before it forks its workers builds the lazily built tables without touching the corpus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kharita.articles import Article
from timeline.date_rules.normalize import normalize
from timeline.dates import find_dates


def _reference(text: str, lang: str) -> tuple[str, list[int]]:
    """Character by character, as the rules of normalize.py read."""
    drop = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}
    fold = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
    digits = {c: str(i) for s in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹") for i, c in enumerate(s)}
    common = {**digits, "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
              "\u2009": " ", "\u2010": "-", "\u2011": "-"}
    out, index = [], []
    for i, ch in enumerate(text):
        if lang == "ar" and ch in drop:
            continue
        out.append(common.get(ch) or (fold.get(ch) if lang == "ar" else None) or ch)
        index.append(i)
    return "".join(out), index


def test_normalize_folds_and_keeps_offsets():
    text = "يومَ الإثنيـن ٢ كانون الأول، قالت الوزارة"  # a fatha, a tatweel, Arabic digits
    folded, index = normalize(text, "ar")
    assert folded == "يوم الاثنين 2 كانون الاول، قالت الوزاره"
    assert (folded, index) == _reference(text, "ar")
    assert len(index) == len(text) - 2 and index[3] == 4  # the fatha after يوم is dropped
    for text, lang in [("Le 2\u202fdécembre, l\u2019armée", "fr"), ("On Monday\u00a0‐ 2 Dec", "en"),
                       ("ـًٌٍَُِّْٰ", "ar"), ("", "ar")]:
        assert normalize(text, lang) == _reference(text, lang)
    assert normalize("plain text", "en") == ("plain text", list(range(10)))


def test_dates_still_point_into_the_original_text():
    text = "قالت الوزارة يومَ الإثنيـن ٢ كانون الأول ٢٠٢٤ إن القوات انسحبت"
    found = find_dates(text, "ar", date(2024, 12, 3))
    assert [(e.phrase, e.start, e.end, e.date, e.precision) for e in found] == [
        ("يومَ الإثنيـن ٢ كانون الأول ٢٠٢٤", 13, 45, date(2024, 12, 2), "day")]
    assert text[13:45] == found[0].phrase  # the dropped fatha and tatweel are inside the phrase


def test_warm_builds_the_lazy_tables_and_leaves_the_corpus_alone(events_geoparser):
    from timeline.parallel import warm

    calls: list[str] = []

    class Watching:
        """The real geoparser, noting which texts it parses."""

        gazetteer = events_geoparser.gazetteer

        def pipeline(self, lang):
            return events_geoparser.pipeline(lang)

        def parse(self, text, lang):
            calls.append(text)
            return events_geoparser.parse(text, lang)

    article = Article(id="mine.md", path=Path("mine.md"), text="Fighters entered Saraqib on Friday.",
                      language="en", published=date(2024, 12, 2))
    warm(Watching(), [article])
    assert calls and article.text not in calls  # a sample of our own, never an article of the corpus
    assert events_geoparser.gazetteer._fuzzy is not None  # the fuzzy index exists before any fork


def _article(name: str, text: str, lang: str) -> Article:
    return Article(id=name, path=Path(name), text=text, language=lang, published=date(2024, 12, 2))


BATCH = [
    _article("a.md", "Fighters entered Saraqib on Friday, residents said.", "en"),
    _article("b.md", "Les rebelles sont entrés à Alep mercredi, selon l'Observatoire.", "fr"),
    _article("c.md", "Turkish-backed factions shelled Tal Rifaat on Sunday, a monitor said.", "en"),
    _article("d.md", "قصفت الطائرات الروسية مدينة إدلب يوم الأحد.", "ar"),
    _article("e.md", "L'armée syrienne a quitté Hama jeudi.", "fr"),
]


def test_process_batch_gives_what_process_safely_gives(events_geoparser):
    from timeline.article_stage import Processed, process_batch, process_safely

    together = process_batch(BATCH, events_geoparser)
    assert together == [process_safely(a, events_geoparser) for a in BATCH]
    assert all(isinstance(o, Processed) for o in together)
    assert [m["name"] for m in together[0].mentions] == ["Saraqib"]


def test_process_batch_without_parse_many_or_when_it_fails(events_geoparser):
    from timeline.article_stage import process_batch, process_safely

    class OneByOne:  # a geoparser without parse_many
        gazetteer = events_geoparser.gazetteer

        def parse(self, text, lang):
            return events_geoparser.parse(text, lang)

    class Failing(OneByOne):  # geoparsing together fails: each article is geoparsed alone
        def parse_many(self, texts, lang):
            raise RuntimeError("no batches today")

    expected = [process_safely(a, events_geoparser) for a in BATCH]
    assert process_batch(BATCH, OneByOne()) == expected
    assert process_batch(BATCH, Failing()) == expected


def test_chunks_hold_one_language_longest_first():
    from timeline.parallel import chunks

    articles = [_article(f"{i}.md", "x" * (10 + i), lang) for i, lang in enumerate("en fr en ar en fr".split())]
    assert chunks(articles, range(6), 2) == [[5], [4], [3], [2], [1], [0]]  # six articles: one per task
    many = articles * 10
    tasks = chunks(many, range(60), 2)
    assert sorted(i for t in tasks for i in t) == list(range(60))
    assert max(len(t) for t in tasks) == 7  # a quarter of a worker's share: 60 // 8
    assert all(len({many[i].language for i in t}) == 1 for t in tasks)
