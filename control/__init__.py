"""Control as a judgement over evidence: who holds each place on a day, and why.

Pure domain logic shared by the dashboard, the exports and the CLI (store -> control -> dashboard):
reports weighed by origin and corroboration (:mod:`control.evidence`), the judgement per place
(:mod:`control.judge`), the pre-offensive baseline (:mod:`control.baseline`), estimated areas and
front lines (:mod:`control.areas`), comparisons of two days (:mod:`control.compare`) and the
control tables (:mod:`control.export`).
"""

from .evidence import Report, Weight, independent_outlets, is_mappable, place_key, reports_from_events
from .judge import CONTEST_DAYS, ControlSnapshot, Evidence, PlaceState, control_as_of, judge, judge_place
from .sides import SIDE_KEYS, camp, side_key

__all__ = [
    "CONTEST_DAYS", "SIDE_KEYS", "ControlSnapshot", "Evidence", "PlaceState", "Report", "Weight", "camp",
    "control_as_of", "independent_outlets", "is_mappable", "judge", "judge_place", "place_key",
    "reports_from_events", "side_key",
]
