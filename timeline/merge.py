"""Merging: the same event told by several articles, languages and the curated tables is one Event.

When are two reports the same event? Never because they only share a date. They must have the
same kind, compatible dates, and the same *identity* for that kind:

* control change — a common place (gazetteer id, else name) and the same direction (to the
  government, or away from it);
* statement — the same voice: the speaker or the institution it speaks for (Dmitry Peskov and
  «الكرملين» are one voice, Lin Jian and the Chinese Foreign Ministry another);
* call, visit, meeting — the same people (every person named in the smaller report is in the
  other), or, when one names no person, the same participants (every state or body of one report
  is in the other: a Russia–Iran–Turkey meeting is not a Russia–Syria one of the same day);
* strike — a common place, or the same striking states when neither names a place; never two
  strikes whose attackers are of opposite camps (government and opposition on one town); when
  both name places, the places of one must all be the other's (a retelling names the same places
  or fewer; two reports each naming a place the other lacks tell two strikes of the day);
  a tally with no place over several days and a strike of one day are two (round 20, their dates);
* other (an offensive launched) — the same topic ("Offensive launched"); not when both name places
  and share none, nor two launches whose sides launched different offensives (round 33).

Dates are compatible when they are equal, or when a coarser one (week, month) contains the
other. One exception, for a known failure of copied text: a month named relative to the
publication ("Last September") whose report has the same people as one with an explicit other
year ("September 2023") is taken as that year — the RT seed calls the September 2023
Xi–Assad deal "last September" in a December 2024 story.

Curated rows are never merged with each other. An extracted cluster that matches a curated row
joins it: the event keeps ``origin="curated"``, the curated date, places, controllers, stance and
summary, and gains the article sources. When several curated rows match, the one with the same
speaker and the most actors in common wins (the Kremlin and Iranian readouts of the
Putin–Pezeshkian call are two rows; the seed reports the Kremlin's).

Ids are stable: a short hash of kind, date and the identity above (plus the speaker for
diplomatic events), computed from the curated row when there is one, so adding an article to an
event does not change its id; analyst overrides in the store are keyed on it.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from control.evidence import report_day
from control.sides import camp, side_key
from timeline.actors import ActorRegistry, load_actor_registry
from timeline.confidence import DISPUTED, assessed, date_reasons, independent_outlets
from timeline.curated import ACTOR_CONTROLLER, LAUNCH_SIDES, LAUNCH_TOPIC, UNSPECIFIED, is_opposition
from timeline.types import EVENT_KINDS, STANCES, Event, Place, Source

log = logging.getLogger(__name__)

DIPLOMATIC = frozenset({"statement", "call", "visit", "meeting"})

#: (round 45, s45) The fighting sides whose voices of one day are one statement (data/corpus/README.md,
#: round 20: "Voices of one fighting side on one day ... are one statement"), by the side key of the
#: controller a speaker's voice stands for: HTS and the opposition it leads are one side (the
#: Military Operations Command, al-Jolani, the rebels' commanders), the army, its command and the
#: defence ministry the government's; the SNA, the SDF and the south each their own. The head of
#: state, the presidency and the ministries that are no fighting voice stand for no controller and
#: are never joined so.
FIGHTING_SIDE = {"hts": "rebels", "opposition": "rebels", "sna": "sna",
                 "sdf": "sdf", "south": "south"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
#: When reports of one event disagree on stance, the most committed reading wins.
STANCE_ORDER = ("supports_damascus", "supports_opposition", "calls_for_deescalation", "concerned_neutral", "other")


# --- dates ----------------------------------------------------------------------------------


def date_range(event: Event) -> tuple[date, date] | None:
    """The days an event's date covers (inclusive)."""
    if event.date is None:
        return None
    if event.date_end is not None:
        return event.date, event.date_end
    if event.date_precision == "week":
        return event.date, event.date + timedelta(days=6)
    if event.date_precision == "month":
        last = calendar.monthrange(event.date.year, event.date.month)[1]
        return event.date, event.date.replace(day=last)
    if event.date_precision == "year":
        return event.date, date(event.date.year, 12, 31)
    return event.date, event.date


def dates_compatible(a: Event, b: Event) -> bool:
    """Equal days, or a coarser date that contains the other."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return False
    if a.date_precision == "day" and b.date_precision == "day":
        return a.date == b.date
    return ra[0] <= rb[1] and rb[0] <= ra[1]


_YEAR = re.compile(r"\b(19|20)\d\d\b|[١٢][٠-٩]{3}")


def _relative_month(event: Event) -> bool:
    return event.date_precision == "month" and not _YEAR.search(event.date_phrase or "x")


def year_slip(a: Event, b: Event) -> bool:
    """Same calendar month one year apart, where one of them named the month without a year."""
    if a.date is None or b.date is None or a.date.month != b.date.month or abs(a.date.year - b.date.year) != 1:
        return False
    return (_relative_month(a) and not _relative_month(b)) or (_relative_month(b) and not _relative_month(a))


# --- identity -------------------------------------------------------------------------------


class Matcher:
    """Identity and compatibility of events, using the actor registry for voices and persons."""

    def __init__(self, registry: ActorRegistry):
        self.registry = registry
        # name -> registry answer: a merge compares the same few names hundreds of thousands of
        # times, and the registry normalises each name it is asked about
        self._actors: dict[str, Any] = {}
        self._voices: dict[str, str | None] = {}
        self._persons: dict[tuple[str, ...], frozenset[str]] = {}  # actors -> the persons among them
        self._participants: dict[tuple[str, ...], frozenset[str]] = {}  # actors -> their voices
        self._camps: dict[tuple[str, ...], frozenset[str]] = {}  # actors -> the camps they fight in
        #: states whose forces struck on the government's side (data/actors.yaml ``camp``: Russia,
        #: Iran): their strikes, and those of Syrian state bodies, are the government camp's
        self.government_backers = registry.camp_countries("government")

    def _actor(self, name: str) -> Any:
        if name not in self._actors:
            self._actors[name] = self.registry.get(name)
        return self._actors[name]

    def persons(self, event: Event) -> frozenset[str]:
        """The persons among the event's actors (cached per actor list)."""
        names = tuple(event.actors)
        if names not in self._persons:
            out = set()
            for name in names:
                actor = self._actor(name)
                if actor is None or actor.is_person:  # an unregistered speaker is a person
                    out.add(name)
            self._persons[names] = frozenset(out)
        return self._persons[names]

    def _voice(self, name: str) -> str | None:
        """The registry's voice of one actor name (cached per name)."""
        if name not in self._voices:
            self._voices[name] = self.registry.voice(name)
        return self._voices[name]

    def voice(self, event: Event) -> str | None:
        return self._voice(event.actors[0]) if event.actors else None

    def voices(self, event: Event) -> frozenset[str]:
        """The voices of all the event's actors: who took part in a call, visit or meeting."""
        names = tuple(event.actors)
        if names not in self._participants:
            self._participants[names] = frozenset(self._voice(name) for name in names)
        return self._participants[names]

    def same_participants(self, a: Event, b: Event) -> bool:
        """A call, visit or meeting without a person on one side: the same states and bodies took
        part (those of one report are all in the other's, in any order). Why not the first voice
        only: a Russia–Iran–Turkey meeting and a Russia–Syria one of the same day share it."""
        va, vb = self.voices(a), self.voices(b)
        if not va or not vb:
            return va == vb  # a meeting of nobody named is only ever the same as another such
        small, big = sorted((va, vb), key=len)
        return small <= big

    def countries(self, event: Event) -> frozenset[str]:
        """The countries of the event's actors (persons, states and bodies alike)."""
        return frozenset(c for c in (getattr(self._actor(n), "country", None) for n in event.actors) if c)

    def other_counterparts(self, fewer: Event, more: Event) -> bool:
        """(Round 11) Whether two calls, visits or meetings whose persons nest each have a counterpart
        the other lacks: the one naming more persons names one of a country the other never names,
        and the other names a state the first never names ("Fidan spoke with Lavrov" and "Fidan also
        phoned Lebanon's prime minister", whose name the registry lacks, on one day).

        Why: one shared person made them one call, and the second call was lost; a report of the same
        call that leaves the counterpart's name out still names his country, or names no other.
        """
        if fewer.kind == "statement":
            return False
        few, many = self.countries(fewer), self.countries(more)
        persons_elsewhere = any(getattr(self._actor(n), "country", None) not in few
                                for n in self.persons(more) - self.persons(fewer))
        states_elsewhere = any(getattr(self._actor(n), "type", None) == "state"
                               and getattr(self._actor(n), "country", None) not in many for n in fewer.actors)
        return persons_elsewhere and states_elsewhere

    def camps(self, event: Event) -> frozenset[str]:
        """The camps of the war the event's actors fight in (government, anti-government, SDF,
        local), as far as the registry tells: armed sides (and those speaking for them) by the
        controller they stand for, Syrian state bodies and officials and the states backing them as
        the government's; others none."""
        names = tuple(event.actors)
        if names not in self._camps:
            out = set()
            for name in names:
                actor, voice = self._actor(name), self._voice(name)  # Mazloum Abdi: the SDF's
                if voice in ACTOR_CONTROLLER:
                    out.add(camp(side_key(ACTOR_CONTROLLER[voice])))
                elif actor is not None and actor.type in ("state", "government_body", "official") and (
                        actor.country == "SY" or actor.country in self.government_backers):
                    out.add("government")
            out.discard("unknown")
            self._camps[names] = frozenset(out)
        return self._camps[names]

    def opposite_camps(self, a: Event, b: Event) -> bool:
        """Both reports name who struck, and no camp is in both: a government air raid and a
        faction's drone or shell on the same town the same day are two events, not one."""
        ca, cb = self.camps(a), self.camps(b)
        return bool(ca and cb) and not ca & cb

    def state_voice(self, state_event: Event, other: Event) -> bool:
        """"China said" and its foreign ministry's spokesman on the same day: one statement (the
        state's own voice is whoever speaks for its government)."""
        state = self._actor(state_event.actors[0]) if state_event.actors else None
        speaker = self._actor(other.actors[0]) if other.actors else None
        if state_event.date_inferred or other.date_inferred:
            # "Moscow has slammed" (dated by the article): maybe not this day's words. (Round 45,
            # s45) Both dated by their article, a state and one of its ministries are that article's
            # one report of the state's words ("Algeria called on all Syrian parties ...", "the
            # Algerian foreign ministry issued a statement": the corpus has one statement, the
            # extractor left two); not a state and a person (Israel and Netanyahu, whose words the
            # corpus keeps apart from the army's, told as Israel's)
            if not (state_event.date_inferred and other.date_inferred) or speaker is None \
                    or speaker.type != "government_body":
                return False
        return (state is not None and speaker is not None and state.type == "state"
                and speaker.type in ("official", "government_body") and speaker.country == state.country)

    def fighting_side(self, event: Event) -> str | None:
        """The fighting side a statement's speaker is a voice of (:data:`FIGHTING_SIDE`), else None."""
        voice = self.voice(event)
        controller = ACTOR_CONTROLLER.get(voice) if voice else None
        return FIGHTING_SIDE.get(side_key(controller)) if controller else None

    def one_fighting_side(self, a: Event, b: Event) -> bool:
        """(Round 45, s45) Two statements by voices of one fighting side: "the rebels said they had
        reached Homs" and "al-Jolani said ...", « l'armée a annoncé » and the defence ministry's
        communiqué. The corpus (round 20) reads one side's voices of one day as one statement, each
        voice an actor of it; the extractor made one statement per voice, and all but one were
        spurious. Only on one day, both dated to it (:meth:`same_time`): "the army had earlier
        denied" (no known day) stays apart."""
        side = self.fighting_side(a)
        return side is not None and side == self.fighting_side(b)

    @staticmethod
    def place_keys(event: Event) -> set[str]:
        return {p.geonameid or p.name.casefold() for p in event.places}

    @classmethod
    def separate_trips(cls, a: Event, b: Event) -> bool:
        """Whether two visits name their towns and share none: two legs of a tour, not one trip.

        Why (round 29, ev29dip): "Araghchi, who arrived in Damascus on Sunday afternoon, met Assad"
        and "Araghchi left Damascus on Sunday evening for Ankara" are two visits of one traveller on
        one day, to Damascus and to Ankara (the corpus annotates both); read as the same event, the
        second leg was lost in the first. A visit with no town ("visited Syria") still joins either."""
        ka, kb = cls.place_keys(a), cls.place_keys(b)
        return bool(ka and kb) and not ka & kb

    @staticmethod
    def topic(event: Event) -> str:
        return event.summary.split(":", 1)[0]

    def same_identity(self, a: Event, b: Event) -> bool:
        if a.kind != b.kind:
            return False
        kind = a.kind
        if kind == "control_change":
            return bool(self.place_keys(a) & self.place_keys(b)) and _side(a) == _side(b)
        if kind == "statement":
            va, vb = self.voice(a), self.voice(b)
            return va is not None and (va == vb or self.state_voice(a, b) or self.state_voice(b, a)
                                       or self.one_fighting_side(a, b))
        if kind == "visit" and self.separate_trips(a, b):
            return False
        if kind in DIPLOMATIC:
            pa, pb = self.persons(a), self.persons(b)
            if pa and pb:
                (small, fewer), (big, more) = sorted(((pa, a), (pb, b)), key=lambda x: len(x[0]))
                return small <= big and not self.other_counterparts(fewer, more)
            if pa or pb:
                # (round 35, prec35) one report names the ministers, the other only their states
                # ("Turkey, Iran and Russia hold a meeting on Saturday" and "Fidan will meet Lavrov
                # and Araghchi on Saturday"): the same states on both sides make one event
                ca, cb = self.countries(a), self.countries(b)
                if ca and ca == cb:
                    return True
            return self.same_participants(a, b)
        if kind == "strike":
            if self.opposite_camps(a, b):
                return False
            ka, kb = self.place_keys(a), self.place_keys(b)
            if ka and kb:
                # a strike told again names the same places or fewer: "jets bombed Sarmada and Idlib"
                # and "warplanes struck near Saraqeb, south of Idlib" are two strikes of the day,
                # though the town named only to locate a target is in both
                return ka <= kb or kb <= ka
            return set(a.actors) == set(b.actors)
        # (round 33, oth33) both name places and share none (as two legs of a tour), or two offensives
        if kind == "other" and (self.separate_trips(a, b) or self.other_launchers(a, b)):
            return False
        return self.topic(a) == self.topic(b)

    @staticmethod
    def other_launchers(a: Event, b: Event) -> bool:
        """Whether two launches are of different offensives: both name their sides, and no side of
        one launched the other's (HTS and the opposition launched the one of 27 November).

        Why (round 33, oth33): "the SNA launched an operation on Sunday" and the HTS-led launch told
        as background, ranged from 27 November to publication, shared the topic and the range's days:
        merged, the background launch was lost in the SNA's."""
        if Matcher.topic(a) != LAUNCH_TOPIC or Matcher.topic(b) != LAUNCH_TOPIC:
            return False
        ga, gb = _launch_groups(a), _launch_groups(b)
        return bool(ga and gb) and not ga & gb

    def same_event(self, a: Event, b: Event) -> bool:
        return self.same_identity(a, b) and self.same_time(a, b)

    def same_time(self, a: Event, b: Event) -> bool:
        """The dates part of :meth:`same_event`, for two events of the same identity."""
        if a.kind == "strike" and tally_and_raid(a, b):
            # read here, not in same_identity: it reads dates, which identity_key_of leaves out
            return False
        if a.kind == "statement" and self.voice(a) != self.voice(b) and self.fighting_side(a) is not None \
                and not (self.state_voice(a, b) or self.state_voice(b, a)):
            # one fighting side's voices: one statement of one day only (:meth:`one_fighting_side`)
            return _one_day(a) and _one_day(b) and a.date == b.date
        if dates_compatible(a, b):
            return True
        return a.kind in DIPLOMATIC and year_slip(a, b) and len(self.persons(a) & self.persons(b)) >= 2

    def affinity(self, curated: Event, event: Event) -> tuple[int, int]:
        """How well an extracted event fits a curated row (same speaker first, then shared actors)."""
        same_speaker = int(bool(curated.actors and event.actors and curated.actors[0] == event.actors[0]))
        return same_speaker, len(set(curated.actors) & set(event.actors))

    def identity_key(self, event: Event) -> str:
        """What the stable id hashes (besides kind and date)."""
        if event.kind == "control_change":
            return "|".join(sorted(self.place_keys(event))) + "|" + _side(event)
        if event.kind in DIPLOMATIC:
            key = (self.voice(event) or "") + "|" + "|".join(sorted(self.persons(event)))
            # a call, visit or meeting with no person: the other participants are part of the
            # identity (a statement, an event of one participant or with persons keeps the key,
            # and so the id, it always had)
            plain = event.kind == "statement" or self.persons(event)
            others = set() if plain else self.voices(event) - {self.voice(event)}
            return key + ("|+" + "|".join(sorted(others)) if others else "")
        if event.kind == "strike":
            return "|".join(sorted(self.place_keys(event))) + "|" + "|".join(sorted(event.actors))
        return self.topic(event)


# --- combining ------------------------------------------------------------------------------


def _one_day(event: Event) -> bool:
    """Whether an event is dated to one day (day precision, no range)."""
    return event.date_precision == "day" and event.date_end in (None, event.date)


def _ranged(event: Event) -> bool:
    """Whether an event's date spans several days (a range, or a week)."""
    return (event.date_end is not None and event.date_end != event.date) or event.date_precision == "week"


def tally_and_raid(a: Event, b: Event) -> bool:
    """Whether of two strikes one names no place and spans several days while the other is of one
    day: a tally of raids over the days it counts and a raid of one of them, two events.

    Why (round 20, trip20): "Israel has carried out over 300 strikes since the regime fell" and
    "strikes destroyed a research centre in Barzeh on Tuesday" merged, the week's tally swallowed
    by the day's raid because neither identity test told them apart (no common place to require,
    the same attackers). The corpus ruling on strike tolls reads such a tally as a strike ranged
    over the days it counts, besides the raids of its days. Two day strikes, or two tallies, merge
    as before.
    """
    return ((not a.places and _ranged(a) and not _ranged(b))
            or (not b.places and _ranged(b) and not _ranged(a)))


def _launch_groups(event: Event) -> set[str]:
    """The offensives a launch's actors stand for: the period's 27 November one for the sides of
    :data:`timeline.curated.LAUNCH_SIDES` (HTS and the opposition), else each side's own."""
    keys = {side_key(ACTOR_CONTROLLER.get(name, name)) for name in event.actors} - {"unknown"}
    return {"27 November" if k in LAUNCH_SIDES else k for k in keys}


def _side(event: Event) -> str:
    """A control change's direction for identity: to the opposition, to the government, or not stated
    (a report of unknown direction never merges into, nor turns, a stated one).

    A merged change whose reports point opposite ways (:func:`opposed_directions`) states none, yet
    its reports are all changes away from the government: it keeps their identity, so that its id,
    and the groups the store finds it by (:func:`span_groups`), stay those of its reports."""
    if event.to_controller is None:
        return "opp" if DISPUTED in event.reasons else "unk"
    return "opp" if is_opposition(event.to_controller) else "gov"


def _date_rank(event: Event) -> tuple:
    """How well an event is dated, best first: a date phrase before an inferred date, then the
    finest precision, a stated year, the earlier day."""
    return (event.date_inferred is not None, _PRECISION_RANK.get(event.date_precision, 9),
            not _has_year(event), event.date or date.max)


def _finest(events: Iterable[Event]) -> Event:
    """The member whose date the merged event takes."""
    return min(events, key=_date_rank)


def merged_reasons(event: Event, members: list[Event], curated: Event | None, disputed: bool = False) -> list[str]:
    """The reasons of a merged event: what still holds once every report is pooled; ``disputed``
    when its reports point opposite ways and none outweighs the others (:func:`prevailing_reports`,
    as :func:`combine` found it)."""
    if curated is not None:
        return ["single_source"] if event.single_source else []
    reasons = date_reasons(event.date_inferred)
    if event.kind == "control_change":
        if event.to_controller is None:
            reasons.append("direction_unknown")
            if disputed:
                reasons.append(DISPUTED)
        elif all("taker_guessed" in m.reasons for m in members if m.to_controller == event.to_controller):
            reasons.append("taker_guessed")
    if event.kind in DIPLOMATIC and all("speaker_guessed" in m.reasons for m in members):
        reasons.append("speaker_guessed")
    if len(independent_outlets(event)) < 2:
        reasons.append("single_source")
    return reasons


def _has_year(event: Event) -> bool:
    return event.date_precision != "month" or not _relative_month(event)


def dedupe_sources(sources: Iterable[Source]) -> list[Source]:
    """One source per article (the first sentence), one per URL for curated references."""
    seen, out = set(), []
    for s in sources:
        key = (s.article, s.url) if s.article.startswith("curated:") else (s.article,)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _ordered_union(lists: Iterable[Iterable[str]]) -> list[str]:
    return list(dict.fromkeys(x for lst in lists for x in lst if x))


def _places_union(events: Iterable[Event]) -> list[Place]:
    seen, out = set(), []
    for e in events:
        for p in e.places:
            key = p.geonameid or p.name.casefold()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def _best_controller(values: list[str | None]) -> str | None:
    named = [v for v in values if v and v != UNSPECIFIED]
    return named[0] if named else next((v for v in values if v), None)


def reported_direction(members: list[Event]) -> tuple[str | None, str | None]:
    """A merged control change's "from" and "to", both from one report: the first that names its
    taker (not only "the opposition"), with its own "from". Why not the best of each apart: "rebels
    seized X from the army" then "the SNA took X from the SDF" made "from the government to the
    SNA", which no report said (a state on the map must rest on a report). With no taker named,
    the best of each as before.

    A report whose taker is guessed (``taker_guessed``) names it only when no report names one
    surely. Why (round 27): one article's guessed "HTS" for a village list («سيطر عليها عناصر
    الهيئة», read from a quoted list) merged with five outlets saying the opposition took the same
    villages; the merged change took the guessed HTS, so it weighed as that one weak report, and
    the map left Sheikh Aqil with the government, its baseline, on six outlets' reports of its
    capture."""
    sure = _surely_told(members)
    named = next((m for m in sure if m.to_controller and m.to_controller != UNSPECIFIED), None)
    if named is not None:
        return named.from_controller, named.to_controller
    return _best_controller([e.from_controller for e in members]), _best_controller([e.to_controller for e in sure])


def _surely_told(members: list[Event]) -> list[Event]:
    """The reports whose taker is not guessed (``taker_guessed``), or all of them when every one
    guesses it: the reports :func:`reported_direction`, :func:`opposed_directions` and
    :func:`prevailing_reports` read a direction from."""
    return [m for m in members if "taker_guessed" not in m.reasons] or members


def opposed_directions(members: list[Event]) -> bool:
    """Whether two reports of one change point opposite ways: the camp one says took the place is
    the camp another says lost it, to a camp of its own (``control.sides.camp``: the government,
    the anti-government factions, the SDF, local forces). Reports whose taker is guessed
    (``taker_guessed``) read no direction of their own and are left out, as
    :func:`reported_direction` leaves them out when a report names its taker surely.

    Why (round 51, x51c): :func:`reported_direction` took the first report naming its taker, "the
    SDF took the city from the army" or, as well, a reversed reading of a relative clause, "the
    factions took the city, which the SDF held", which names no faction and came second; a report
    naming a faction beat one saying "the opposition" even when the two said opposite things, and a
    reversed reading could overrule a right one on the strength of its wording alone. Two reports of
    one place and day that point opposite ways are a conflict: the merged change keeps both sources
    and states no direction (``direction_unknown``, ``direction_disputed``), which never moves the
    map (``control.judge``); an analyst settles it."""
    sure = _surely_told(members)
    told = {(camp(side_key(m.from_controller)), camp(side_key(m.to_controller))) for m in sure}
    return any(took != "unknown" and took == lost and gave not in ("unknown", took)
               for _, took in told for lost, gave in told)


def prevailing_reports(members: list[Event]) -> list[Event] | None:
    """Of reports pointing opposite ways (:func:`opposed_directions`), those of the camp whose
    capture outweighs every other reading: told by two independent outlets or more (a report saying
    only "the opposition" took it from another camp agrees), and by at least twice as many as all
    the reports saying otherwise. ``None`` when none outweighs the others (the
    change then states no direction); every member when the reports do not point opposite ways.

    Why: one outlet's misread clause among a dozen outlets' reports of Deir ez-Zor taken by the SDF
    would otherwise blank the change the dozen agree on; the judge weighs outlets the same way (one
    weak report never flips a corroborated state, ``control.judge``). One outlet against one, or
    the two readings of one article, stay a dispute."""
    if not opposed_directions(members):
        return members
    sure = _surely_told(members)

    def agrees(m: Event, c: str) -> bool:
        # "the opposition" unspecified says only that the government lost it: no camp's loss
        taker = camp(side_key(m.to_controller))
        return taker == c or (m.to_controller == UNSPECIFIED and camp(side_key(m.from_controller)) != c)

    # the camps named as taker, the most outlets first: the first that outweighs the rest prevails
    named = {c: len(_outlets_of([m for m in sure if camp(side_key(m.to_controller)) == c]))
             for c in {camp(side_key(m.to_controller)) for m in sure} - {"unknown"}}
    for c in sorted(named, key=lambda c: (-named[c], c)):
        weight = len(_outlets_of([m for m in sure if agrees(m, c)]))
        against = len(_outlets_of([m for m in sure if not agrees(m, c)]))
        if weight >= 2 and weight >= 2 * against:
            return [m for m in members if agrees(m, c)]
    return None


def combine(members: list[Event], curated: Event | None) -> Event:
    """One event from a cluster of extracted reports and, maybe, the curated row they match."""
    everyone = ([curated] if curated else []) + members
    # a whole place's change is dated by the reports of the whole, not by a village's of the same day
    whole = _claiming_whole(members)
    base = curated if curated is not None else _finest(whole)
    stances = [e.stance for e in everyone if e.stance]
    if curated is not None and curated.stance:
        stance = curated.stance
    else:
        stance = min(stances, key=STANCE_ORDER.index) if stances else None
    casualties = next((e.casualties for e in everyone if e.casualties is not None), None)
    # the whole place's reports name who took it, as they date it: a part told by another side
    # ("the army withdrew from areas it held in the province", the SDF taking them) is not its taker
    control = base.kind == "control_change"
    prevailing = prevailing_reports(whole) if control else None
    from_controller, to_controller = reported_direction(prevailing or whole)
    if curated is None and control:
        if prevailing is None:
            # reports pointing opposite ways, none outweighing the other: no direction rather than
            # the one worded more precisely
            from_controller, to_controller = None, None
        else:
            agreeing = members if len(prevailing) == len(whole) else prevailing
            from_controller, to_controller = vouched_direction(agreeing, from_controller, to_controller)
    sources = dedupe_sources([*(curated.sources if curated else []),
                              *sorted((s for e in members for s in e.sources), key=lambda s: (s.is_copy, s.article))])
    event = Event(
        id="", kind=base.kind, date=base.date, date_end=base.date_end, date_precision=base.date_precision,
        actors=_ordered_union([base.actors, *(e.actors for e in everyone)]),
        countries=sorted(set(_ordered_union(e.countries for e in everyone))),
        places=list(curated.places) if curated is not None and curated.places else _places_union(everyone),
        from_controller=curated.from_controller if curated else from_controller,
        to_controller=curated.to_controller if curated else to_controller,
        stance=stance, summary=base.summary, origin="curated" if curated is not None else "extracted",
        sources=sources, certainty=curated.certainty if curated is not None else "reported",
        casualties=casualties, date_phrase=None if curated is not None else base.date_phrase,
        # An article that reports the same event corroborates a one-report curated row.
        single_source=curated is not None and curated.single_source and not members,
        date_inferred=None if curated is not None else base.date_inferred,
        taker_named_by=vouched_by(members, to_controller) if curated is None and control else [],
        day_told_by=day_told_by(members, base) if curated is None and control else [],
        # a report of part of the place ("villages in Hama province") merged with one of all of it
        # tells the same change: the whole stands; only reports all of a part stay a part
        extent="part" if all(e.extent == "part" for e in everyone) else "whole",
    )
    return assessed(event, merged_reasons(event, members, curated, disputed=control and prevailing is None))


def _claiming_whole(members: list[Event]) -> list[Event]:
    """The members that tell the change of the whole place, when some tell only a part of it (all
    of them when none or all are parts)."""
    whole = [m for m in members if m.extent != "part"]
    return whole or members


def _vouching(members: list[Event], to_controller: str | None) -> list[Event]:
    """The members whose own report says what a merged change to ``to_controller`` says: they name
    the taker (:func:`taker_named_by`), tell the whole place when others told only a part of it, and
    name ``to_controller`` itself, when it is a named side, where others named only "the opposition"
    (each test only where some members pass it)."""
    named = taker_named_by(members)
    keep = [m for m in members if not named or any(s.article in named for s in m.sources)]
    if any(m.extent == "part" for m in members):
        keep = _claiming_whole(keep)
    if to_controller and to_controller != UNSPECIFIED:
        keep = [m for m in keep if m.to_controller and side_key(m.to_controller) == side_key(to_controller)] or keep
    return keep


def _outlets_of(members: list[Event]) -> frozenset[str]:
    """The independent outlets of the members' reports pooled, as the judge counts them
    (:func:`timeline.confidence.independent_outlets` of the merged change's sources).

    Why (round 26): the union of each member's outlets counted a syndicated copy as an outlet of
    its own whenever it was alone in its member, so the merge could find two outlets saying "the
    rebels" where the judge, reading the same sources pooled, found one."""
    if not members:
        return frozenset()
    return independent_outlets(replace(members[0], sources=[s for m in members for s in m.sources]))


def vouched_direction(members: list[Event], from_controller: str | None,
                      to_controller: str | None) -> tuple[str | None, str | None]:
    """The merged change's direction, "the opposition" when only one outlet names the side that took
    the place and two or more others say only "the opposition" (or name another of its factions):
    the outlets that agree on the camp corroborate the change, not one outlet's faction. The side
    that lost the place stays the one the naming report gives (:func:`reported_direction`).

    Why (round 25): one article's "the SNA" merged with fifteen outlets' "the rebels took all of
    Idlib province", and the map held the province for the SNA on sixteen outlets."""
    if not to_controller or to_controller == UNSPECIFIED or not is_opposition(to_controller):
        return from_controller, to_controller
    if len(_outlets_of(_vouching(members, to_controller))) >= 2:
        return from_controller, to_controller
    camp_members = [m for m in _vouching(members, UNSPECIFIED)
                    if m.to_controller and is_opposition(m.to_controller)]
    if len(_outlets_of(camp_members)) < 2:
        return from_controller, to_controller
    return from_controller, UNSPECIFIED  # the loser stays the naming report's


def vouched_by(members: list[Event], to_controller: str | None) -> list[str]:
    """The articles whose own report says what the merged change says (:func:`_vouching`), when
    some reports merged into it say less; empty when every report does (every source counts).

    Why (round 25): on the store of the corpus, one article's "the SNA ... took Aleppo province"
    merged with nine reports of villages taken in the province's western countryside by "the
    opposition", and the map held the whole governorate for the SNA from 27 November on ten
    outlets: nine of them said neither "the whole province" nor "the SNA"."""
    keep = _vouching(members, to_controller)
    if len(keep) == len(members):
        return []
    return sorted({s.article for m in keep for s in m.sources})


def taker_named_by(members: list[Event]) -> list[str]:
    """The articles whose own report names the taker, when some reports of the change only assume it.

    Why: a report that names no taker ("control of Homs opens the way to Damascus") is given the
    opposition at large and merges with a report that names the rebels; counted as two outlets, the
    pair made a corroborated state that only one text supports. Empty when every report names the
    taker (every source counts) or none does (the merged event is ``taker_guessed``)."""
    guessed = [m for m in members if "taker_guessed" in m.reasons]
    if not guessed or len(guessed) == len(members):
        return []
    return sorted({s.article for m in members if "taker_guessed" not in m.reasons for s in m.sources})


#: A report published this many days after a change's day can still tell that day ("yesterday").
TOLD_DAY_GRACE = 1


def _first_published(event: Event) -> date | None:
    days = [date.fromisoformat(s.published) for s in event.sources if s.published]
    return min(days) if days else None


def knows_day(member: Event, day: date) -> bool:
    """Whether a report could tell the day ``day`` of the change it merged into: it was published by
    then (a day's grace), or its own date is that day (give or take the grace), not a range."""
    published = _first_published(member)
    if published is not None and published <= day + timedelta(days=TOLD_DAY_GRACE):
        return True
    pinned = member.date is not None and member.date_precision == "day" and member.date_end in (None, member.date)
    return pinned and abs((member.date - day).days) <= TOLD_DAY_GRACE


def day_told_by(members: list[Event], base: Event) -> list[str]:
    """The articles whose report could know the merged change's day (:func:`knows_day`), when some
    reports merged into it could not; empty when every report could (every source vouches for it).

    Why (round 29): a fresh AP copy said the insurgents "claimed to have entered the city of Hama"
    on 30 November. A dozen outlets' undated reports of Hama's fall, published from 5 December and
    ranged from the launch, joined that change (its day lies in their range), and the development
    map held Hama for the opposition from 30 November on thirteen outlets, five days early: only
    one of them had said anything of 30 November. The others vouch for the change from the day
    they told it (``control.evidence.reports_from_events``)."""
    day = report_day(base)
    told = [m for m in members if m is base or knows_day(m, day)]
    if len(told) == len(members):
        return []
    return sorted({s.article for m in told for s in m.sources})


def stable_id(event: Event, matcher: Matcher) -> str:
    key = "|".join([event.kind, event.date.isoformat() if event.date else "-", matcher.identity_key(event)])
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --- the merge ------------------------------------------------------------------------------


def cluster(raw: list[Event], matcher: Matcher) -> list[list[Event]]:
    """Group extracted events that report the same event (finest dates seed the clusters).

    Each report joins the first cluster (in the order they were made) holding a member it is the
    same event as. Only clusters with a member whose footprint shares a month with the report's can
    hold one (``same_event`` needs overlapping footprints: see "blocks" below), so only those are
    tried, still in the order they were made, and within each only those members: the same
    clusters as trying every member of every cluster, in time that grows with a month's reports
    rather than with the archive's (or with a cluster's, when thousands of chained reports make one
    event).
    """
    order = sorted(raw, key=lambda e: (*_date_rank(e), e.kind, e.id))
    clusters: list[list[Event]] = []
    # (kind, year, month) -> identity key -> cluster number -> dates key -> one member whose
    # footprint touches that month: a member sharing no month with the report cannot match it,
    # so only these are compared (``any`` over them is ``any`` over the whole cluster), which
    # keeps a cluster of thousands of chained reports from making the merge quadratic. Members
    # are grouped by identity key, then by dates key (:func:`identity_key_of`, :func:`time_key`:
    # all that ``same_identity`` and ``same_time`` read), since equal keys give equal answers:
    # each identity of a month is asked once per report, whatever the clusters holding it (a
    # month of many events of one kind no longer costs a comparison per cluster), so only the
    # clusters holding an identity the report shares are tried, and copies of one report told
    # again and again are compared once, not once per copy. The candidates are still tried in
    # the order the clusters were made: the same clusters as trying every member of each.
    by_month: dict[tuple[str, int, int], dict[tuple, tuple[Event, dict[int, dict[tuple, Event]]]]] = {}
    for event in order:
        months = _months(event)
        who = identity_key_of(event)
        # cluster number -> the member groups of the report's identity it holds in its months
        tried: dict[int, list[dict[tuple, Event]]] = {}
        for month in months:
            for first, holders in by_month.get(month, {}).values():
                if matcher.same_identity(event, first):
                    for c, group in holders.items():
                        tried.setdefault(c, []).append(group)
        for c in sorted(tried):
            # a report dated by inference (a range "by then") joins a cluster only if its range
            # holds the cluster's own date (its first member's, the best dated): through overlapping
            # ranges it would otherwise chain reports of different days into one event, which then
            # takes the best-dated member's day (an early stray date moved Hama's fall by a week)
            if event.date_inferred is not None and not matcher.same_time(event, clusters[c][0]):
                continue
            # latest first: in a run of copies the day before is the likeliest match (``any``
            # is the same in every order)
            if any(matcher.same_time(event, m) for group in tried[c] for m in reversed(group.values())):
                clusters[c].append(event)
                joined = c
                break
        else:
            clusters.append([event])
            joined = len(clusters) - 1
        when = time_key(event)
        for month in months:
            holders = by_month.setdefault(month, {}).setdefault(who, (event, {}))[1]
            holders.setdefault(joined, {}).setdefault(when, event)
    return clusters


def identity_key_of(event: Event) -> tuple:
    """Everything :meth:`Matcher.same_identity` reads of an event (kind, actors, places, direction,
    topic, whether its date was inferred): two events with equal keys have the same identities."""
    return (event.kind, tuple(event.actors), frozenset(Matcher.place_keys(event)), event.to_controller,
            Matcher.topic(event), event.date_inferred)


def time_key(event: Event) -> tuple:
    """Everything :meth:`Matcher.same_time` reads besides the identity (the dates and how they
    were given)."""
    return event.date, event.date_end, event.date_precision, _relative_month(event)


def match_key(event: Event) -> tuple:
    """Everything :meth:`Matcher.same_event` reads: two events with equal keys match the same events."""
    return identity_key_of(event) + time_key(event)


def _months(event: Event) -> set[tuple[str, int, int]]:
    """(kind, year, month) of every month the event's footprint touches."""
    out = set()
    for start, end in footprint(event):
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            out.add((event.kind, year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def merge_events(raw: list[Event], curated: list[Event], registry: ActorRegistry | None = None) -> list[Event]:
    """All raw events of the corpus + curated -> final events (stable ids, sorted by date, kind, id)."""
    matcher = Matcher(registry or load_actor_registry())
    raw = [e for e in raw if e.date is not None and e.kind in EVENT_KINDS]
    attached: dict[int, list[Event]] = {i: [] for i in range(len(curated))}
    loose: list[list[Event]] = []
    for members in cluster(raw, matcher):
        # a cluster is placed by its members dated in their own words; an inferred date ("X has
        # fallen", dated by the article) only says "by then" and fits too many rows
        anchors = [m for m in members if m.date_inferred is None] or members
        # one anchor per match key: a cluster of thousands of copies is tried against each
        # curated row once per distinct report (the answers, and the affinities, are the same)
        anchors = list({match_key(m): m for m in reversed(anchors)}.values())
        candidates = [i for i, c in enumerate(curated) if any(matcher.same_event(c, m) for m in anchors)]
        if candidates:
            best = max(candidates, key=lambda i: (max(matcher.affinity(curated[i], m) for m in anchors), -i))
            attached[best].extend(members)
        else:
            loose.append(members)
    # (event, what its id is computed from): a curated row's own fields, so that articles joining
    # it (and the actors they add) never change its id
    merged = [(combine(attached[i], c), c) for i, c in enumerate(curated)]
    merged += [(event, event) for event in (combine(members, None) for members in loose)]
    for event, _ in merged:
        if event.stance is not None and event.stance not in STANCES:
            event.stance = "other"

    def order(pair: tuple[Event, Event]) -> tuple:
        e = pair[1]
        return e.date or date.max, e.kind, e.summary, (e.sources[0].url or "") if e.sources else ""

    used: dict[str, int] = {}
    final = []
    for event, key_event in sorted(merged, key=order):
        base_id = stable_id(key_event, matcher)
        n = used.get(base_id, 0)
        used[base_id] = n + 1
        final.append(replace(event, id=base_id if n == 0 else f"{base_id}-{n + 1}"))
    final.sort(key=lambda e: (e.date or date.max, e.kind, e.id))
    return final


# --- blocks ---------------------------------------------------------------------------------
#
# Two reports can only ever end up in one event when ``Matcher.same_event`` holds for them (or for
# a chain of them): it needs the same kind (``same_identity`` compares kinds first) and either
# compatible dates (``dates_compatible``: equal days, or overlapping date ranges) or, for
# diplomatic kinds, a year slip (``year_slip``: one of them a month named without a year, the
# other in the same month one year before or after). So each event gets a *footprint*: its date
# range, plus, for a diplomatic month named without a year, that month one year earlier and one
# later. Two reports whose footprints do not overlap can never be the same event; a *block* is a
# kind with a maximal set of footprints chained by overlaps (a connected component). Clustering,
# attaching to curated rows and the stable ids never cross a block:
#
# * ``cluster`` adds a report to the first cluster holding a matching member: clusters of other
#   blocks hold none, and within a block the order is the global order restricted to it;
# * a cluster attaches to curated rows it matches, which are in its block; ties go to the first
#   row, and a block's rows keep their global order;
# * ids that collide (the ``used`` counter) share kind, date and identity, so share a block, and
#   a block's events keep their relative order in the id sort (curated rows first, then clusters).
#
# (Two different keys whose 48-bit id hashes collide across blocks would be numbered differently;
# at the archive sizes here that is about one chance in 10^9.) Events without a date never merge:
# curated rows without one share one block per kind, and undated reports are dropped by the merge.
#
# Why not finer units than blocks, such as the connected components of ``same_event``? Clustering
# and attaching to curated rows are functions of those components (a report only joins a cluster
# holding a member it matches, in the global order restricted to its component), but the ids are
# not: two clusters of different components can share kind, date and identity key (a control
# change's key is the union of its members' places, which no single member need share with the
# other cluster), and their numbering follows the global order of both. And a component is merged
# whole: in a long run of overlapping reports (a week-long report told again every day) one event
# gathers thousands of reports, and a change to any of them rewrites that event from all of them.
# So a changed report costs the block it falls in; what stays bounded is reading (the store's
# footprint index gives the block's reports only), the merge inside it (linear, see ``cluster``),
# and writing: the store updates the block's events in place, and an event that comes out as
# stored is not written (``store.base.StoreWriter.update_events_in``).
#
# Control changes: blocks split by place (issue 14). ``same_identity`` of two control changes
# holds only when they share a place key (gazetteer id, else the name folded) *and* the same
# direction (``_side``); with compatible dates, their footprints overlap too. So a control change
# is chained only within a *group* (:func:`span_groups`): its direction and one of its place keys
# ("control_change|opp|<key>"; one group per key, and the group "control_change|<side>|" for a
# report without a place, which matches nothing). A block is then a connected component of the
# relation "same group and overlapping footprints", a superset of ``same_event`` (and of a
# curated row matching a report), so clustering and attaching to curated rows never cross a
# block, exactly as above: a year-precision "in 2016 the army retook Aleppo" chains Aleppo's
# 2016 reports, not every control change of 2016. A report with several places has a span in
# each group and joins their runs (as a diplomatic month's three spans do).
#
# What the split loses is the argument for ids: two events of different place blocks can share
# kind, date, direction and place set (the key is the union of the members' places; in a
# constructed case cluster A = {Aleppo on day d, Aleppo week, Aleppo+Hama week after} and B =
# {Hama on day d, Hama week before, Hama+Aleppo month before}, with no two members of A and B
# sharing a place in overlapping days), so their ids collide and are numbered in the global
# order. Two guards keep the ids those of a merge from scratch:
#
# * :func:`merge_in_blocks` merges each block, then merges again, as one, the blocks whose events
#   share a base id (the id without its "-n"): the merge of a union of whole blocks is the
#   global merge restricted to it, so the numbering is the global one;
# * an incremental merge (``timeline.build``) widens its blocks until every stored event it would
#   replace, and so every event sharing a base id with one it writes, has all its *claims*
#   (:func:`event_claims`: each group of the event on its date) inside them. A stored event's
#   members lie in one block; the member whose date the event took (``_finest``, or the curated
#   row) has one of the event's groups with a span on that date, so the block's run of that group
#   covers the date: selecting the stored events of a block by their claims finds all of its
#   events, and perhaps events of other blocks (a claim through another member's place), whose
#   blocks are then merged too. Events sharing a base id have the same kind, date, direction
#   and places, so the same claims: they are all inside. The store selects a block's control
#   changes this way (``store.base``: a window's group among the stored event's groups).


def footprint(event: Event) -> list[tuple[date, date]]:
    """The day ranges a report can be matched within (see the notes above)."""
    covered = date_range(event)
    if covered is None:
        return []
    spans = [covered]
    if event.kind in DIPLOMATIC and _relative_month(event) and event.date is not None:
        month, year = event.date.month, event.date.year
        for other in (year - 1, year + 1):
            if 1 <= other <= 9999:
                last = calendar.monthrange(other, month)[1]
                spans.append((date(other, month, 1), date(other, month, last)))
    return spans


def span_groups(event: Event) -> list[str]:
    """The groups in which an event's footprint chains (see "control changes" in the notes above):
    its kind, or for a control change its direction and each of its place keys.

    The keys are :meth:`Matcher.place_keys`', except that a place with neither id nor name (which
    makes the merge itself raise, and the build leave its article out) falls in the group of no
    place instead of raising here, before the merge's guard."""
    if event.kind != "control_change":
        return [event.kind]
    prefix = f"control_change|{_side(event)}|"
    keys = {str(p.geonameid or (p.name or "").casefold()) for p in event.places}
    return sorted(prefix + key for key in keys) or [prefix]


def group_kind(group: str) -> str:
    """The event kind of a footprint group (:func:`span_groups`)."""
    return group.split("|", 1)[0]


def event_claims(event: Event) -> list[tuple[str, date]]:
    """Each group of a merged event on its date: the blocks it may belong to (notes above)."""
    return [(g, event.date) for g in span_groups(event)] if event.date is not None else []


def base_id(event_id: str) -> str:
    """A merged event's id without the "-n" that numbers events of one kind, date and identity."""
    return event_id.split("-", 1)[0]


#: A block's place in the store: the footprint group (:func:`span_groups`: the kind, or a control
#: change's direction and place) and one day range its events' dates fall in (``None`` for the
#: curated rows without a date, whose group is their kind).
Window = tuple[str, date | None, date | None]


class Blocks:
    """Reports and curated rows partitioned into blocks (connected footprints of one group:
    :func:`span_groups`).

    ``items`` are any events (reports and curated rows); ``block_of[i]`` is item i's block number,
    ``windows[b]`` the day ranges (merged) that block b covers. Undated items of a kind share one
    block (window ``(kind, None, None)``); callers leave out the reports the merge drops.
    """

    def __init__(self, items: list[Event]):
        self.block_of: list[int] = [-1] * len(items)
        self.windows: list[list[Window]] = []
        undated: dict[str, int] = {}
        spans: dict[str, list[tuple[date, date, int]]] = {}
        for i, event in enumerate(items):
            if event.date is None:
                if event.kind not in undated:
                    undated[event.kind] = len(self.windows)
                    self.windows.append([(event.kind, None, None)])
                self.block_of[i] = undated[event.kind]
                continue
            for group in span_groups(event):
                for start, end in footprint(event):
                    spans.setdefault(group, []).append((start, end, i))
        parent: dict[int, int] = {}

        def find(x: int) -> int:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        runs: list[tuple[str, date, date]] = []
        run_of_item: dict[int, int] = {}
        for kind in sorted(spans):
            current: tuple[date, date] | None = None
            for start, end, i in sorted(spans[kind], key=lambda s: (s[0], s[1])):
                if current is None or start > current[1]:
                    runs.append((kind, start, end))
                    current = (start, end)
                elif end > current[1]:
                    current = (current[0], end)
                    runs[-1] = (kind, current[0], end)
                run = len(runs) - 1
                if i in run_of_item:  # an item with several spans joins their runs
                    a, b = find(run_of_item[i]), find(run)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
                else:
                    run_of_item[i] = run
        block_of_root: dict[int, int] = {}
        for run, (kind, start, end) in enumerate(runs):
            root = find(run)
            if root not in block_of_root:
                block_of_root[root] = len(self.windows)
                self.windows.append([])
            self.windows[block_of_root[root]].append((kind, start, end))
        for i, run in run_of_item.items():
            self.block_of[i] = block_of_root[find(run)]

    def __len__(self) -> int:
        return len(self.windows)


def _mergeable(event: Event) -> bool:
    return event.date is not None and event.kind in EVENT_KINDS


def merge_in_blocks(raw: list[Event], curated: list[Event], registry: ActorRegistry | None = None) -> list[Event]:
    """:func:`merge_events`, block by block: the same events with the same ids (see the notes
    above), in time that grows with the blocks' sizes rather than with the whole archive's."""
    registry = registry or load_actor_registry()
    raw = [e for e in raw if _mergeable(e)]
    blocks = Blocks([*raw, *curated])
    reports: list[list[Event]] = [[] for _ in range(len(blocks))]
    rows: list[list[Event]] = [[] for _ in range(len(blocks))]
    for i, event in enumerate(raw):
        reports[blocks.block_of[i]].append(event)
    row_numbers: list[list[int]] = [[] for _ in range(len(blocks))]
    for j, row in enumerate(curated):
        rows[blocks.block_of[len(raw) + j]].append(row)
        row_numbers[blocks.block_of[len(raw) + j]].append(j)
    merged = [merge_events(r, c, registry) for r, c in zip(reports, rows, strict=True)]
    # blocks whose events share a base id are merged again as one (the notes above: ids)
    parent = list(range(len(merged)))

    def find(b: int) -> int:
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        return b

    owner: dict[str, int] = {}
    for b, events in enumerate(merged):
        for event in events:
            a = find(owner.setdefault(base_id(event.id), b))
            if a != find(b):
                parent[max(a, find(b))] = min(a, find(b))
    out: list[Event] = []
    joined: dict[int, list[int]] = {}
    for b in range(len(merged)):
        joined.setdefault(find(b), []).append(b)
    for members in joined.values():
        if len(members) == 1:
            out += merged[members[0]]
        else:
            # the curated rows in their global order (the ties of attaching follow it)
            together = sorted(j for b in members for j in row_numbers[b])
            out += merge_events([e for b in members for e in reports[b]], [curated[j] for j in together], registry)
    out.sort(key=merged_order)
    return out


def merged_order(event: Event) -> tuple[date, str, str]:
    """The order of :func:`merge_in_blocks`' events: by date (undated last), kind and id."""
    return (event.date or date.max, event.kind, event.id)
