"""Who holds each place on a day: a judgement over weighed evidence (pure).

The rule, place by place, reading its reports in date order (weaker first on the same day):

- The first report sets the state; before it, the place is held by the report's ``from`` side
  with the same weight (what the report itself says held it). A curated row vouches for its
  ``from`` side up to the day before its change: an extracted report of another side before that
  day conflicts with the record, however many outlets tell it.
- A report that agrees with the state supports it: its outlets are added, and two independent
  outlets make a single claim corroborated.
- A report that contradicts the state **flips** it when it weighs at least as much as the state
  (newer evidence of equal weight wins), or when it is corroborated by independent outlets and
  newer than everything the state rests on (a later change, reported independently: a recapture).
  Otherwise it is a **conflicting claim**: the state stands, the place says it is disputed, and the
  report goes to review. Weak claims that agree with each other are pooled, so two independent
  single reports of the same recapture flip the map where one would not. A report whose taker is
  guessed is neither pooled nor adds its outlets to a state: it stays one weak claim.
- A flip by a report of the same extracted weight within ``CONTEST_DAYS`` of the state it
  overturns makes the place **contested**, as does a curated row marked contested. Within those
  days, a corroborated claim told by less than half the independent outlets a corroborated state
  rests on does not flip it: it conflicts (:func:`_outnumbered`).
- A report of unknown direction never moves the map: unclear is unknown, not a guess.
- A change told late (its sources published days after the day it gives, their own date a range
  "by then": ``Report.told_late``, round 29) vouches for the change from the day it was told, not
  for that day's state: agreeing, it adds its outlets but is not newer evidence; against a state
  that began after the change it tells, it is history the map has moved past (overruled).
- A report of part of a place ("rebels took some villages in Hama province", ``extent="part"``)
  never moves it either, whatever its weight: it is listed as context. The map must never claim
  more than its evidence, and villages taken in a governorate do not give anyone the governorate,
  nor its capital (a separate place with reports of its own).

States: ``held`` (corroborated or stronger), ``claimed`` (one weak report), ``contested``, and
``unknown`` (no side known). Each state lists the reports it rests on, those it overruled or
refused, their weights, and the one that decided.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from kharita.config import WINDOW_START
from timeline.types import Event, Place

from .evidence import Report, Weight, is_mappable, reports_from_events
from .sides import camp

#: Conflicting reports of comparable weight this many days apart or closer make a place contested.
CONTEST_DAYS = 3

#: A corroborated claim against a corroborated state is not of comparable weight when the state
#: rests on more than this many times its independent outlets (:func:`_outnumbered`). Two to one is
#: still comparable: two outlets told the army's recapture of Khanasir and Kurnaz (the record's
#: too) days after four had told their fall, and the development map keeps those contested.
OUTNUMBERED = 2

_CONFIDENCE = {Weight.ANALYST: 0.95, Weight.CURATED: 0.9, Weight.CORROBORATED: 0.75, Weight.SINGLE: 0.4}

STATES = ("held", "claimed", "contested", "unknown")


@dataclass(frozen=True)
class Evidence:
    """A report and the part it played in the judgement."""

    report: Report
    role: str  # decided | supports | prior | overruled | conflicts | unclear | context (a part)

    def to_json(self) -> dict:
        return {"role": self.role, **self.report.to_json()}


@dataclass(frozen=True)
class PlaceState:
    """The judged state of one place on ``as_of``, with the evidence behind it."""

    key: str
    place: Place
    state: str  # held | claimed | contested | unknown
    side: str  # side key (control.sides); "unknown" when no side is known
    controller: str | None  # as the deciding report names it
    confidence: float
    weight: Weight | None  # of the evidence behind the state
    since: date | None  # the change that gave this side; None = held before any recorded change
    changed: bool  # changed hands between the window start and ``as_of``
    conflicting: bool  # reports against the state were refused: they wait for review
    recaptured_later: bool
    origin: str  # of the deciding report
    event_id: str  # the deciding report's event ("" for a baseline row)
    evidence: tuple[Evidence, ...]  # every report up to ``as_of``, oldest first, with its role
    upcoming: int  # reports of this place after ``as_of``

    @property
    def contested(self) -> bool:
        return self.state == "contested"

    @property
    def deciding(self) -> Report | None:
        return next((e.report for e in self.evidence if e.role == "decided"), None)

    @property
    def conflicts(self) -> tuple[Report, ...]:
        return tuple(e.report for e in self.evidence if e.role in ("conflicts", "unclear"))

    @property
    def history(self) -> tuple[Report, ...]:
        """The reports that changed or confirmed the state (what a popup lists), oldest first."""
        return tuple(e.report for e in self.evidence if e.role in ("decided", "supports", "overruled")
                     and e.report.origin != "baseline")

    def explain(self) -> str:
        """One paragraph saying what the state rests on, for popups, exports and the review queue."""
        if self.state == "unknown" and self.evidence and all(e.role == "context" for e in self.evidence):
            n = len(self.evidence)
            return (f"Unknown: {n} report{'s' if n != 1 else ''} of part of the place only (villages or areas "
                    "in it), which set no controller.")
        if self.state == "unknown":
            n = len(self.evidence)
            return f"Unknown: {n} report{'s' if n != 1 else ''} of unclear direction, none says who holds it."
        deciding = self.deciding
        resting = [e for e in self.evidence if e.role in ("decided", "supports", "prior")]
        text = (f"{self.state.capitalize()} by {self.controller or self.side} "
                f"(confidence {self.confidence:.2f}), resting on {len(resting)} report"
                f"{'s' if len(resting) != 1 else ''}")
        if deciding is not None:
            text += f"; decided by a {deciding.weight.label} ({deciding.origin}) of {deciding.date.isoformat()}"
        if self.conflicting:
            text += f"; {len(self.conflicts)} conflicting report{'s' if len(self.conflicts) != 1 else ''} await review"
        return text + "."


@dataclass(frozen=True)
class ControlSnapshot:
    """All judged places on a day, plus the reports that could not be placed on a map."""

    as_of: date
    places: tuple[PlaceState, ...]
    unmapped: tuple[Report, ...]

    def by_side(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for ps in self.places:
            counts[ps.side] += 1
        return dict(counts)

    def by_state(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for ps in self.places:
            counts[ps.state] += 1
        return dict(counts)

    @property
    def changed_count(self) -> int:
        return sum(1 for ps in self.places if ps.changed)

    def get(self, key: str) -> PlaceState | None:
        return next((p for p in self.places if p.key == key), None)


@dataclass
class _Claim:
    side: str
    controller: str | None
    weight: Weight
    deciding: Report
    since: date | None
    latest: date
    outlets: set[str] = field(default_factory=set)
    contested: bool = False


def _pooled(report: Report, pending: list[Report]) -> tuple[Weight, list[Report]]:
    """The weight of a weak claim together with earlier refused claims of the same side, nearby."""
    if report.weight >= Weight.CURATED or report.taker_guessed:
        return report.weight, []
    allies = [p for p in pending if abs((report.date - p.date).days) <= CONTEST_DAYS
              and p.weight < Weight.CURATED and not p.taker_guessed]
    outlets = set(report.outlets).union(*(p.outlets for p in allies))
    return (Weight.CORROBORATED if len(outlets) >= 2 else report.weight), allies


#: The side of a report that names no particular anti-government group ("rebels", "the factions").
GENERIC_OPPOSITION = "opposition"


def same_side(report_side: str, claim_side: str) -> bool:
    """A report agrees with a state when it names the same side, or names "the opposition" at large
    where a particular anti-government group holds the place (or the other way round): "rebels
    took Idlib" confirms HTS's hold, it does not hand the city to someone else. The timeline's band
    reads a change of hands by it too (``dashboard.views.timeline.milestones``)."""
    if report_side == claim_side:
        return True
    generic = GENERIC_OPPOSITION in (report_side, claim_side)
    return generic and camp(report_side) == camp(claim_side) == camp(GENERIC_OPPOSITION)


def judge_place(reports: Sequence[Report], as_of: date, window_start: date = WINDOW_START) -> PlaceState:
    """The state of one place on ``as_of`` from all its reports (any order)."""
    ordered = sorted(reports, key=lambda r: (r.date, int(r.weight), r.event_id))
    applied = [r for r in ordered if r.date <= as_of]
    upcoming = len(ordered) - len(applied)
    roles: dict[int, str] = {}  # id(report) -> role
    pending: dict[str, list[Report]] = defaultdict(list)
    flips: list[date] = []
    claim, prior = _prior_claim(ordered)
    if prior is not None:
        roles[id(prior)] = "prior"
    # a sourced row says who held the place up to its change (:func:`_vouched`)
    records = [(r.date, r.from_side) for r in ordered
               if r.weight >= Weight.CURATED and r.direction_known and r.from_side != "unknown" and not r.part]

    for r in applied:
        if r.part:  # part of the place changed hands: context, never its controller
            roles[id(r)] = "context"
            continue
        if not r.direction_known:
            roles[id(r)] = "unclear"
            continue
        if claim is None:
            baseline = r.origin == "baseline"
            claim = _Claim(r.to_side, r.to_controller, r.weight, r, None if baseline else r.date, r.date,
                           set(r.outlets))
            roles[id(r)] = "decided"
            if not baseline:
                flips.append(r.date)
            continue
        if same_side(r.to_side, claim.side):
            if claim.side == GENERIC_OPPOSITION and r.to_side != GENERIC_OPPOSITION:
                claim.side, claim.controller = r.to_side, r.to_controller  # "rebels", now named
            generic = r.to_side == GENERIC_OPPOSITION and claim.side != GENERIC_OPPOSITION
            if not r.taker_guessed:  # a guessed taker agrees by assumption: no corroboration
                claim.outlets |= r.outlets
            if not r.told_late:  # "X had fallen", told days later, vouches for the change, not for the day
                claim.latest = max(claim.latest, r.date)
            if r.weight >= claim.weight or roles.get(id(claim.deciding)) == "prior":
                if roles.get(id(claim.deciding)) == "decided":
                    roles[id(claim.deciding)] = "supports"
                claim.deciding = r
                if not generic:
                    claim.controller = r.to_controller or claim.controller
                claim.contested = r.certainty == "contested"  # a firmer report of the same side settles it
                roles[id(r)] = "decided"
            else:
                roles[id(r)] = "supports"
            claim.weight = max(claim.weight, r.weight)
            if claim.weight < Weight.CURATED and len(claim.outlets) >= 2:
                claim.weight = Weight.CORROBORATED
            continue
        if r.told_late and claim.since is not None and claim.since > r.changed_on:
            # an older change told late ("the SDF, which had taken the city on Friday", in a story
            # of its recapture): history the state has moved past, no claim against it
            roles[id(r)] = "overruled"
            continue
        weight, allies = _pooled(r, pending[r.to_side])
        if _vouched(records, r, weight, claim.side) or _ally_renamed(r, weight, claim):
            roles[id(r)] = "conflicts"
            pending[r.to_side].append(r)
            continue
        close = claim.since is not None and (r.date - claim.latest).days <= CONTEST_DAYS
        if _outnumbered(r, weight, allies, claim, close):
            roles[id(r)] = "conflicts"
            pending[r.to_side].append(r)
            continue
        if weight >= claim.weight or (weight >= Weight.CORROBORATED and r.date > claim.latest):
            contested = r.certainty == "contested" or (
                weight == claim.weight and weight <= Weight.CORROBORATED and close)
            for key, role in roles.items():
                if role in ("decided", "supports", "prior"):
                    roles[key] = "overruled"
            for ally in allies:
                roles[id(ally)] = "supports"
            roles[id(r)] = "decided"
            outlets = set(r.outlets).union(*(a.outlets for a in allies))
            # a change told late is newer evidence as of the day it gives, though it moves the map
            # only from the day it was told
            latest = r.changed_on if r.told_late else r.date
            claim = _Claim(r.to_side, r.to_controller, weight, r, r.date, latest, outlets, contested)
            pending.pop(r.to_side, None)
            flips.append(r.date)
        else:
            roles[id(r)] = "conflicts"
            pending[r.to_side].append(r)

    items = ([prior] if prior is not None and prior.date > as_of else []) + applied
    evidence = tuple(Evidence(r, roles.get(id(r), "supports")) for r in items)
    first = ordered[0]
    if claim is None:
        return PlaceState(
            key=first.place_key, place=_best_place(ordered), state="unknown", side="unknown",
            controller=None, confidence=0.0, weight=None, since=None, changed=False,
            conflicting=any(not r.part for r in applied), recaptured_later=False, origin=first.origin,
            event_id=applied[0].event_id if applied else "", evidence=evidence, upcoming=upcoming,
        )
    deciding = claim.deciding
    from_prior = roles.get(id(deciding)) == "prior"
    if claim.contested or (deciding.certainty == "contested" and not from_prior and claim.since is not None):
        state = "contested"
    elif claim.weight == Weight.SINGLE:
        state = "claimed"
    else:
        state = "held"
    conflicting = any(e.role in ("conflicts", "unclear") and (claim.since is None or e.report.date >= claim.since)
                      for e in evidence)
    return PlaceState(
        key=first.place_key, place=_best_place(ordered), state=state, side=claim.side,
        controller=claim.controller, confidence=_confidence(claim, state, conflicting), weight=claim.weight,
        since=claim.since, changed=any(d >= window_start for d in flips), conflicting=conflicting,
        recaptured_later=(deciding.certainty == "recaptured_later" and not from_prior)
        or any(not r.part for r in ordered[len(applied):]),
        origin=deciding.origin, event_id=deciding.event_id, evidence=evidence, upcoming=upcoming,
    )


def _outnumbered(report: Report, weight: Weight, allies: Sequence[Report], claim: _Claim, close: bool) -> bool:
    """Whether a corroborated claim against a corroborated state is told by less than a half
    (``OUTNUMBERED``) of the independent outlets the state rests on, within ``CONTEST_DAYS`` of the
    state's latest support: then it is a conflict for review and the state stands.

    Why: two outlets and thirty weigh the same in :class:`Weight` (both "corroborated"), so a claim
    two outlets told could make a city that many more had seen fall contested, and keep it so to the
    end of the window once the news moved on (round 37's whole-corpus map: Aleppo, contested from
    6 December). Comparable weight, for two corroborated claims, means numbers of outlets within
    two to one. Later than the window (the state's outlets have fallen silent), a corroborated claim
    still flips it: a real recapture is told by fewer outlets than the fall it undoes."""
    if not close or weight != Weight.CORROBORATED or claim.weight != Weight.CORROBORATED:
        return False
    outlets = set(report.outlets).union(*(a.outlets for a in allies))
    return OUTNUMBERED * len(outlets) < len(claim.outlets)


def _ally_renamed(report: Report, weight: Weight, claim: _Claim) -> bool:
    """Whether an extracted claim (pooled or not) names another group of the camp a sourced row
    gives the place to: the press names the members of one coalition loosely (HTS, the SNA, "the
    factions"), so such a claim is a conflict for review, never a change of holder; only a sourced
    row or an analyst moves a place between allies. Round 13: two misreadings of Idlib by two
    outlets, pooled into a corroborated claim, had turned it SNA-held from 5 December on the
    whole-corpus map."""
    return (weight < Weight.CURATED <= claim.weight and report.to_side != claim.side
            and camp(report.to_side) == camp(claim.side))


def _vouched(records: Sequence[tuple[date, str]], report: Report, weight: Weight, side: str) -> bool:
    """Whether a sourced row vouches for the standing side against a weaker report: a curated
    change of the place on a later day, from that side, says the side held it until then.

    Why: "newer than the state" must not mean newer than the record's last word when the record
    itself says who held the place on the report's day. Two inferred reports of Hama "taken" on
    1 December (a road to Hama cut, an unconfirmed claim) put its fall four days early on the
    whole-corpus map, over the curated fall on the 5th. They conflict with the record instead.
    """
    return weight < Weight.CURATED and any(
        report.date < day and same_side(frm, side) for day, frm in records)


def _prior_claim(ordered: Sequence[Report]) -> tuple[_Claim | None, Report | None]:
    """Who held the place before its first report, from what the strongest report says it left.

    A baseline row says it directly (it is then the first report, so no prior is needed). Without
    one, the heaviest report that names a ``from`` side tells us, and it tells us for every day
    before the reports begin: a weak early claim then meets the record's word instead of an empty
    map (the curated fall of Hama on 5 December keeps it with the government on 1 December).
    """
    if not ordered or ordered[0].origin == "baseline":
        return None, None
    candidates = [r for r in ordered if r.direction_known and not r.part
                  and r.from_side not in ("unknown", r.to_side)]
    if not candidates:
        return None, None
    top = max(candidates, key=lambda r: (int(r.weight), -r.date.toordinal()))
    before = ordered[0].date - timedelta(days=1)
    return _Claim(top.from_side, top.from_controller, top.weight, top, None, before), top


def _best_place(reports: Sequence[Report]) -> Place:
    """The place record with the most information (Arabic name, admin1) among the reports."""
    return max((r.place for r in reports), key=lambda p: (p.name_ar is not None, p.admin1 is not None))


def _confidence(claim: _Claim, state: str, conflicting: bool) -> float:
    value = _CONFIDENCE[claim.weight]
    if claim.deciding.single_source and claim.weight == Weight.CURATED:
        value -= 0.1
    if state == "contested":
        value = min(value, 0.5)
    if conflicting:
        value -= 0.1
    if claim.weight == Weight.CORROBORATED:
        value += min(0.1, 0.05 * (len(claim.outlets) - 2))
    return round(max(0.05, min(0.99, value)), 2)


def group_by_place(reports: Iterable[Report]) -> tuple[dict[str, list[Report]], list[Report]]:
    """The reports of each mappable place (what :func:`judge_place` reads), and the others."""
    by_place: dict[str, list[Report]] = defaultdict(list)
    unmapped: list[Report] = []
    for r in reports:
        if not is_mappable(r.place):
            unmapped.append(r)
        else:
            by_place[r.place_key].append(r)
    return dict(by_place), unmapped


def snapshot_of(states: Iterable[PlaceState], unmapped: Iterable[Report], as_of: date) -> ControlSnapshot:
    """The snapshot of judged places (in name order) and of the unmapped reports known by ``as_of``."""
    ordered = sorted(states, key=lambda s: (s.place.name or "", s.key))
    return ControlSnapshot(as_of=as_of, places=tuple(ordered), unmapped=tuple(r for r in unmapped if r.date <= as_of))


def judge(reports: Iterable[Report], as_of: date, window_start: date = WINDOW_START) -> ControlSnapshot:
    """Judge every place named by a report, as of ``as_of``."""
    by_place, unmapped = group_by_place(reports)
    return snapshot_of((judge_place(rs, as_of, window_start) for rs in by_place.values()), unmapped, as_of)


def control_as_of(events: Iterable[Event], as_of: date, window_start: date = WINDOW_START, *,
                  baseline: Iterable[Report] = ()) -> ControlSnapshot:
    """The control state of every place named by a control change (and the baseline), as of ``as_of``."""
    return judge([*baseline, *reports_from_events(events)], as_of, window_start)
