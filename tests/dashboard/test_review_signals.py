"""The review queue's signals for a change whose reports point opposite ways (round 51).

The merge leaves such a change without a direction and says why (``direction_disputed``,
timeline.merge); an analyst must see that it is a dispute between sources, not a text that named
no taker, so the queue lists the signal right after a conflict with the control state, labelled in
every language the dashboard speaks. The reports here are written for the test.
"""

from __future__ import annotations

from datetime import date

from dashboard import i18n, review
from dashboard.screens.common import SIGNAL_LABELS
from timeline.actors import load_actor_registry
from timeline.merge import merge_events
from timeline.types import Event, Place, Source

TOWN = Place(name="Tal Example", lat=36.0, lon=39.0, geonameid="9990001", country_code="SY")


def _change(article: str, frm: str, to: str) -> Event:
    return Event(id=f"raw:{article}:0", kind="control_change", date=date(2024, 12, 6), places=[TOWN],
                 from_controller=frm, to_controller=to, summary="Tal Example",
                 sources=[Source(article=article, language="en", outlet=article, published="2024-12-07",
                                 sentence="(written for the test)", url=f"https://example.org/{article}")])


def test_a_disputed_change_is_flagged_as_disputed_before_unknown():
    # one report: the SDF took the town from the army; another: the factions took it from the SDF
    reports = [_change("a_sdf.txt", "Syrian government", "SDF"),
               _change("b_factions.txt", "SDF", "opposition (unspecified)")]
    (merged,) = merge_events(reports, [], load_actor_registry())
    (item,) = review.review_queue([merged])
    assert item.signals[:2] == ("direction_disputed", "direction_unknown")
    assert "single_source" not in item.signals  # two outlets


def test_the_disputed_label_is_translated():
    assert SIGNAL_LABELS["direction_disputed"] == "direction disputed by its reports"
    assert i18n.translations("fr").gettext(SIGNAL_LABELS["direction_disputed"]) == "direction contestée par ses sources"
    assert i18n.translations("ar").gettext(SIGNAL_LABELS["direction_disputed"]) == "الاتجاه متنازع عليه بين مصادره"
