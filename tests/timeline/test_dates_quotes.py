"""Quotations and the dates inside them (round 13): a day named in a quotation dates what is quoted,
not the verb that reports it (timeline.sentences.assign_dates), and is no story's lead day
(timeline.extract.article_date)."""

from __future__ import annotations

from datetime import date

from timeline.sentences import DateHit, TriggerHit, assign_dates, quote_spans, quoted

TEXT = '«Since last night we fight on four fronts. Last night we moved troops», the chief said.\nNext "open'


def test_a_quotation_may_run_over_sentences_but_not_over_a_line() -> None:
    spans = quote_spans(TEXT, 0, len(TEXT))
    assert spans == [(0, TEXT.index("»") + 1)]  # the second line's quotation is never closed
    assert quote_spans("„Gestern Abend“, sagte er. “Today,” he said.") == [(0, 15), (27, 35)]
    # a sentence inside a longer quotation still sees it
    second = TEXT.index("Last night")
    assert quote_spans(TEXT, second, second + 5) == [(0, TEXT.index("»") + 1)]


def test_a_quoted_day_dates_only_the_quoted_verbs() -> None:
    moved = TriggerHit("other", "reinforcement", TEXT.index("moved"), TEXT.index("moved") + 5, "moved")
    said = TriggerHit("statement", "", TEXT.index("said"), TEXT.index("said") + 4, "said")
    night = DateHit("Last night", second := TEXT.index("Last night"), second + 10, date(2024, 12, 7), None, "day")
    quotes = quote_spans(TEXT, 0, len(TEXT))
    assert assign_dates([moved, said], [night], None, quotes) == {moved: night}
    # with no verb quoted with it, the quoted day dates none
    assert assign_dates([said], [night], None, quotes) == {}
    # a quoted "today" is the day of speaking: it may date the speaker
    today = DateHit("Last night", second, second + 10, date(2024, 12, 8), None, "day")
    assert assign_dates([said], [today], None, quotes, date(2024, 12, 8)) == {said: today}
    assert quoted(quotes, said.start, said.end) is None
