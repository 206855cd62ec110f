"""The clustering compares a report with one member per identity and dates (issue 14): members with
equal keys (``identity_key_of``, ``time_key``) give ``same_identity`` and ``same_time`` the same
answers, so a month of copies of one report is ruled in or out by one comparison instead of one per
copy. Checked on the seeds' real reports and the curated rows, and against the merge's definition
(every member of every cluster tried)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.timeline.test_merge_blocks_chained import _ids, every_member
from timeline.merge import Matcher, cluster, identity_key_of, match_key, time_key
from timeline.types import Event


def _told_by(event: Event, article: str, days: int = 0) -> Event:
    """``event`` as another article tells it, ``days`` later."""
    number = event.id.rsplit(":", 1)[-1]
    return replace(event, id=f"raw:{article}:{number}",
                   date=event.date + timedelta(days=days) if event.date else None,
                   date_end=event.date_end + timedelta(days=days) if event.date_end else None,
                   sources=[replace(s, article=article) for s in event.sources])


def test_reports_with_equal_keys_are_matched_alike_by_every_report_and_curated_row(raw_events, curated_events,
                                                                                   registry):
    matcher = Matcher(registry)
    seeds = [e for evs in raw_events.values() for e in evs if e.date is not None]
    others = seeds + [c for c in curated_events if c.date is not None]
    matched = 0
    for event in seeds:
        same_day, later = _told_by(event, "copy_same_day"), _told_by(event, "copy_later", days=3)
        assert match_key(same_day) == match_key(event)
        assert identity_key_of(later) == identity_key_of(event) and time_key(later) != time_key(event)
        for other in others:
            assert matcher.same_event(other, same_day) == matcher.same_event(other, event)
            assert matcher.same_identity(other, later) == matcher.same_identity(other, event)
            matched += matcher.same_event(other, event)
    assert matched > len(seeds)  # not only each report with itself: the seeds report curated events


class CountingMatcher(Matcher):
    """The real matcher, counting the identity comparisons the clustering asks for."""

    def __init__(self, registry) -> None:
        super().__init__(registry)
        self.identity_calls = 0

    def same_identity(self, a: Event, b: Event) -> bool:
        self.identity_calls += 1
        return super().same_identity(a, b)


def test_a_month_of_copies_is_ruled_out_by_one_comparison(raw_events, registry):
    statement = next(e for evs in raw_events.values() for e in evs
                     if e.kind == "statement" and e.date is not None and e.date_precision == "day"
                     and Matcher(registry).voice(e) is not None)
    copies = [_told_by(statement, f"copy{n:03d}") for n in range(300)]
    # told the same day by another voice, sorted after the copies (same date and kind, later id)
    other_voice = replace(_told_by(statement, "zzz_other"), actors=["Recep Tayyip Erdoğan"])
    assert Matcher(registry).voice(other_voice) != Matcher(registry).voice(statement)
    matcher = CountingMatcher(registry)
    clusters = cluster([*copies, other_voice], matcher)
    assert _ids(clusters) == [[c.id for c in copies], [other_voice.id]]
    assert _ids(clusters) == _ids(every_member([*copies, other_voice], Matcher(registry)))
    # each copy after the first joins the first one's group (one comparison), and the other voice
    # is ruled out by one comparison with that group, not one per copy (which made 299 + 300)
    assert matcher.identity_calls == 299 + 1
