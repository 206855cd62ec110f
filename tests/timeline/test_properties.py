"""Property tests of the date resolver, its offset-keeping normaliser and the event extractor:
random phrases, anchors and articles never raise, and every offset points into the text.

Bounded (modest ``max_examples``, no deadline, no example database) to run in seconds.
The examples are derandomized (the same every run); to search harder, raise ``max_examples``
and drop ``derandomize`` locally.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kharita.articles import Article
from timeline.date_rules.lexicon import LEXICONS
from timeline.date_rules.normalize import normalize
from timeline.dates import PRECISIONS, TimeExpression, find_dates, resolve_phrase

PROPS = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(PROPS, max_examples=25)
LANGS = ("en", "fr", "ar", "es", "de", "xx", "", "EN", "fr-FR", "ar_SY")

# Every word the date rules know, in every language, plus digits and the glue of news prose.
_VOCAB = sorted({
    w for lex in LEXICONS.values()
    for w in (*lex.weekdays, *lex.months, *lex.past_words, *lex.next_words, *lex.since_words,
              *lex.numbers, *lex.units, *(f[0] for f in lex.fixed))
} | {"27", "2024", "1", "31", "0", "99999", "٢٧", "٢٠٢٤", "(", ")", ",", ".", "-", "/", "the", "le", "في",
     "on", "in", "depuis", "منذ", "'", "’", "\u0640", "\u064e", "\u00a0", "\n"})
phrase = st.lists(st.one_of(st.sampled_from(_VOCAB), st.text(max_size=4)), max_size=12).map(" ".join)
anchors = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _check_expressions(text: str, found: list[TimeExpression]) -> None:
    previous_end = 0
    for expr in found:
        assert 0 <= previous_end <= expr.start < expr.end <= len(text), (expr, len(text))
        assert text[expr.start:expr.end] == expr.phrase
        assert expr.precision in PRECISIONS
        assert expr.resolved == (expr.date is not None)
        if expr.resolved:
            assert expr.date_end is not None and expr.date <= expr.date_end
        previous_end = expr.end


@PROPS
@given(text=phrase, lang=st.sampled_from(LANGS), anchor=anchors)
def test_find_dates_on_random_phrases_and_anchors(text, lang, anchor):
    _check_expressions(text, find_dates(text, lang, anchor))


@PROPS
@given(text=st.text(max_size=200), lang=st.sampled_from(LANGS),
       anchor=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_find_dates_on_arbitrary_unicode(text, lang, anchor):
    _check_expressions(text, find_dates(text, lang, anchor))


@SLOW
@given(text=phrase, lang=st.sampled_from(("en", "fr", "ar", "xx")), anchor=anchors)
def test_resolve_phrase_never_raises(text, lang, anchor):
    expr = resolve_phrase(text, lang, anchor)
    if expr is not None:
        assert expr.precision in PRECISIONS
        assert expr.resolved == (expr.date is not None)
        if expr.resolved:
            assert expr.date <= expr.date_end


@PROPS
@given(text=st.text(max_size=200) | phrase, lang=st.sampled_from(LANGS))
def test_date_normaliser_maps_every_character_back(text, lang):
    out, index = normalize(text, lang)
    assert len(out) == len(index)
    assert all(0 <= i < len(text) for i in index)
    assert index == sorted(set(index))  # strictly increasing: offsets keep their order


# -- the extractor -------------------------------------------------------------------------------

_PLACES = ["Aleppo", "Alep", "حلب", "Saraqib", "سراقب", "Hama", "Idlib", "إدلب", "Damascus", "Damas",
           "Homs", "Tell Rifaat", "Manbij", "Kafr Nabl", "Turkey", "la Turquie", "روسيا", "Iran"]
_WORDS = ["rebels", "captured", "took control of", "entered", "withdrew from", "HTS", "the army",
          "ont pris le contrôle de", "les rebelles", "سيطرت", "الفصائل", "على", "condemned", "called for",
          "met", "in", "on Friday", "vendredi", "يوم السبت", "last week", "since 2011", "said", ".", ",",
          "\n", "«", "»", "\"", "(", ")", "2 December 2024", "27 novembre", "٢٧ تشرين الثاني"]
article_text = st.lists(st.one_of(st.sampled_from(_PLACES + _WORDS), st.text(max_size=6)),
                        min_size=1, max_size=40).map(" ".join).filter(str.strip)


@PROPS
@given(text=article_text, lang=st.sampled_from(("en", "fr", "ar", "es", "de", None, "zz")), anchor=anchors,
       outlet=st.none() | st.sampled_from(["AFP", "Reuters (translated)", "copy of SANA", ""]))
def test_extractor_never_raises_and_cites_the_article(events_geoparser, registry, text, lang, anchor, outlet):
    from timeline.pipeline import extract_article_events

    article = Article(id="prop.md", path=Path("prop.md"), text=text, language=lang, published=anchor,
                      outlet=outlet)
    mentions = events_geoparser.parse(text, lang if lang in ("en", "fr", "ar", "es", "de") else "xx")
    events = extract_article_events(article, mentions, registry)
    assert len({e.id for e in events}) == len(events)
    for event in events:
        assert event.id.startswith("raw:prop.md:")
        assert [s.article for s in event.sources] == ["prop.md"]
        assert event.sources[0].sentence.strip() and event.sources[0].sentence in text
        assert event.date is None or event.date_end is None or event.date <= event.date_end
        event.to_json()  # serialisable, as the store needs
