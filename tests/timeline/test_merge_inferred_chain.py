"""Reports dated by inference ("X has fallen", dated as a range up to the article's day) join a cluster
only when their range holds the cluster's own date. Through overlapping ranges they used to chain a
stray early report of a capture to the reports of the real day, and the merged change took the stray
day: the whole-corpus map showed Hama taken on 27 November, a week early, vouched for by eleven
outlets."""

from __future__ import annotations

from datetime import date

from timeline.merge import Matcher, cluster, merge_events
from timeline.types import Event, Place, Source

HAMA = Place(name="Hama", lat=35.13179, lon=36.75783, geonameid="170017", country_code="SY")


def _capture(n: int, day: date, end: date | None = None, inferred: str | None = None) -> Event:
    return Event(id=f"raw:a{n}:0", kind="control_change", date=day, date_end=end,
                 date_precision="week" if end else "day", date_inferred=inferred, places=[HAMA],
                 from_controller="Syrian government", to_controller="opposition (unspecified)",
                 actors=["Syrian government"], countries=["SY"], summary="Hama: from Syrian government to opposition",
                 sources=[Source(article=f"a{n}.txt", language="en", outlet=f"Outlet {n}", published=str(end or day),
                                        sentence="Rebels took Hama.")])


def test_undated_reports_do_not_chain_a_stray_early_date_to_the_real_day(registry):
    stray = _capture(0, date(2024, 11, 27))  # "launched an attack last Wednesday ... advancing in Hama"
    bridge = _capture(1, date(2024, 11, 27), date(2024, 12, 3), "lead")  # a range from the 27th
    real = _capture(2, date(2024, 12, 5))  # "took Hama on Thursday"
    undated = [_capture(3 + i, date(2024, 11, 29), date(2024, 12, 5), "published") for i in range(8)]
    clusters = cluster([stray, bridge, real, *undated], Matcher(registry))
    by_day = {members[0].date: sorted(e.id for e in members) for members in clusters}
    assert by_day[date(2024, 11, 27)] == ["raw:a0:0", "raw:a1:0"]
    assert by_day[date(2024, 12, 5)] == sorted(["raw:a2:0", *(e.id for e in undated)])
    merged = [e for e in merge_events([stray, bridge, real, *undated], [], registry) if e.kind == "control_change"]
    assert sorted((e.date, len(e.sources)) for e in merged) == [(date(2024, 11, 27), 2), (date(2024, 12, 5), 9)]


def test_an_undated_report_still_joins_the_cluster_whose_day_its_range_holds(registry):
    real = _capture(0, date(2024, 12, 5))
    undated = _capture(1, date(2024, 11, 29), date(2024, 12, 5), "published")
    merged = merge_events([real, undated], [], registry)
    assert [(e.date, len(e.sources)) for e in merged] == [(date(2024, 12, 5), 2)]
