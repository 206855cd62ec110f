"""A tally of raids over several days and a raid of one of its days stay two strikes in the merge
(round 20, trip20; timeline.merge.tally_and_raid).

Why: a strike that names no place and spans several days ("more than 200 raids across Syria since
Sunday") shares no place with a raid of one day ("jets hit an arms depot near Homs on Tuesday"),
so the merge compared attackers only and the day's raid swallowed the tally. The corpus ruling on
strike tolls reads the tally as a strike ranged over the days it counts, besides the raids of its
days. Events are built with concrete fields: the rule reads dates and places only.
"""

from __future__ import annotations

from datetime import date

from timeline.merge import Matcher, merge_events, tally_and_raid
from timeline.types import Event, Place, Source

SUNDAY, TUESDAY = date(2024, 12, 8), date(2024, 12, 10)


def _strike(article: str, day: date, end: date | None = None, places: list[Place] | None = None) -> Event:
    return Event(id=f"raw:{article}:0", kind="strike", date=day, date_end=end,
                 date_precision="week" if end else "day", actors=["Israel", "Syrian government"],
                 places=places or [], summary="Strikes",
                 sources=[Source(article=article, language="en", outlet="test wire", published="2024-12-10",
                                 sentence="(written for the test)")])


HOMS = Place(name="Homs", geonameid="169577", lat=34.73, lon=36.72, country_code="SY")


def test_a_tally_over_days_and_a_raid_of_one_day_stay_apart(registry):
    tally = _strike("a.txt", SUNDAY, TUESDAY)
    raid = _strike("a.txt", TUESDAY, places=[HOMS])
    assert tally_and_raid(tally, raid) and tally_and_raid(raid, tally)
    assert not Matcher(registry).same_event(tally, raid)
    assert len(merge_events([tally, raid], [], registry)) == 2


def test_two_raids_of_one_day_or_two_tallies_still_merge(registry):
    assert not tally_and_raid(_strike("a.txt", TUESDAY), _strike("b.txt", TUESDAY, places=[HOMS]))
    assert not tally_and_raid(_strike("a.txt", SUNDAY, TUESDAY), _strike("b.txt", SUNDAY, TUESDAY))
    assert len(merge_events([_strike("a.txt", TUESDAY), _strike("b.txt", TUESDAY, places=[HOMS])],
                            [], registry)) == 1
