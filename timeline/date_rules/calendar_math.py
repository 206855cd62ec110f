"""Pure calendar arithmetic on ``datetime.date``: no clock, no locale.

Every function takes the anchor (publication date) explicitly, because news reports the past
relative to the day it was written, not to the day it is read.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """Most recent ``weekday`` (Monday=0) on or before ``anchor``: 'lundi' in a Monday story
    is the publication day itself."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_before(anchor: date, weekday: int) -> date:
    """Most recent ``weekday`` strictly before ``anchor`` ('last Monday' in a Monday story
    is a week earlier)."""
    return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def weekday_after(anchor: date, weekday: int) -> date:
    """First ``weekday`` strictly after ``anchor`` ('next Monday')."""
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def week_range(day: date) -> tuple[date, date]:
    """The Monday-to-Sunday week containing ``day``."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def weekend_range(anchor: date, offset: int) -> tuple[date, date]:
    """Saturday and Sunday of a weekend.

    offset 0 ('over the weekend'): the weekend whose Saturday is the latest on or before the
    anchor. offset -1 ('last weekend'): the latest weekend that ended before the anchor.
    offset +1 ('next weekend'): the first weekend starting after the anchor.
    """
    if offset >= 1:
        sat = weekday_after(anchor, 5)
    else:
        sat = weekday_on_or_before(anchor, 5)
        if offset < 0 and sat + timedelta(days=1) >= anchor:
            sat -= timedelta(days=7)
    return sat, sat + timedelta(days=1)


def month_range(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def year_range(year: int) -> tuple[date, date]:
    """1 January to 31 December."""
    return date(year, 1, 1), date(year, 12, 31)


def month_year(anchor: date, month: int, direction: str) -> int:
    """The year of a month named without one.

    'none': the latest such month starting on or before the anchor («أيار» in December is this
    May; «décembre» in December is this December). 'past' ('last September', « septembre
    dernier »): strictly before the anchor's month. 'next': strictly after it.
    """
    if direction == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction == "past":
        return anchor.year if month < anchor.month else anchor.year - 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def day_month_date(anchor: date, day: int, month: int, direction: str,
                   future_grace_days: int) -> date | None:
    """The date of a day and month named without a year.

    'none': the latest such date on or before the anchor, except that a date at most
    ``future_grace_days`` after the anchor stays in the anchor's year (a Monday story about
    "talks on 6 December" means this week, not last year). 'past' («الفائت»): on or before the
    anchor, no grace. 'next': strictly after. Returns None for impossible days (31 April);
    29 February looks back (or forward) up to eight years for a leap year.
    """
    years = range(anchor.year + 1, anchor.year - 9, -1)
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "next":
        after = [d for d in candidates if d > anchor]
        return min(after) if after else None
    limit = anchor if direction == "past" else anchor + timedelta(days=future_grace_days)
    before = [d for d in candidates if d <= limit]
    return max(before) if before else None


def month_day_on_or_before(anchor: date, day: int) -> date | None:
    """The latest date on or before ``anchor`` whose day of the month is ``day`` («el pasado día
    27», "on the 27th" in a 5 December story: 27 November). A month without that day (31
    November) is skipped; None when no month of the last year has it (day 32)."""
    return next((d for d in _month_days(anchor, day, -1) if d <= anchor), None)


def month_day_after(anchor: date, day: int) -> date | None:
    """The first date strictly after ``anchor`` whose day of the month is ``day`` («el próximo día
    10»); None when no month of the next year has it."""
    return next((d for d in _month_days(anchor, day, 1) if d > anchor), None)


def _month_days(anchor: date, day: int, step: int):
    """Day ``day`` of ``anchor``'s month and of the twelve months before (``step`` -1) or after
    (``step`` 1), in that order, skipping the months that lack it (31 November)."""
    year, month = anchor.year, anchor.month
    for _ in range(13):
        try:
            yield date(year, month, day)
        except ValueError:
            pass
        year, month = add_months(year, month, step)


def weekday_of_week(anchor: date, weekday: int, weeks: int) -> date:
    """``weekday`` (Monday=0) of the Monday-to-Sunday week ``weeks`` weeks from the anchor's:
    -1 for "Wednesday of last week" (the calendar week before, whatever the anchor's weekday)."""
    monday = anchor - timedelta(days=anchor.weekday())
    return monday + timedelta(days=7 * weeks + weekday)
