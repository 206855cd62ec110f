"""Event tables, RawEvent, SentenceContext and small place and word helpers: what every family below extract uses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from timeline.actors import ActorMention, ActorRegistry
from timeline.control_roles import table_pattern
from timeline.curated import LAUNCH_TOPIC
from timeline.lexicon import CASUALTY_PATTERNS, LanguageRules, stance_cues_for, strip_diacritics
from timeline.sentences import CLAUSE_BREAK, DateHit, Sentence, TriggerHit, within
from timeline.types import Event, Place

#: Stance wording in the summaries of extracted statements.
STANCE_LABELS = {"supports_damascus": "supports Damascus", "supports_opposition": "supports the opposition",
                 "calls_for_deescalation": "calls for de-escalation", "concerned_neutral": "concerned"}

#: Summary prefixes of "other" events; the merge reads the topic back from them.
TOPICS = {"offensive": LAUNCH_TOPIC, "counteroffensive": "Counter-offensive launched",
          "advance": "Advance", "reinforcement": "Reinforcements", "clashes": "Clashes",
          "displacement": "Residents fled", "closure": "Closure", "prison": "Prisoners freed",
          "air_defence": "Air defences", "flight": "Flight", "surrender": "Surrender",
          "statue": "Statue toppled", "buffer_zone": "Buffer zone entered",
          "curfew": "Curfew imposed", "evacuation": "Evacuation ordered", "return": "Return",
          "celebration": "Celebrations", "withdrawal": "Withdrawal", "occupation": "Occupation",
          "incursion": "Advance", "encirclement": "Encirclement", "ceasefire": "Ceasefire",
          "regroup": "Regrouping", "arrival": "Leader arrived",
          # (round 38, oth38) a state's suspension of Syrians' asylum applications, an act of
          # that state (the corpus reads the Austrian, German and Belgian suspensions so)
          "asylum": "Asylum suspended",
          # (round 38, oth38) a crowd gathered, rallying or marching at a named town (no word of
          # celebrating): read as the round-21 ruling reads celebrating crowds, only with the town
          "gathering": "Gathering",
          # (round 47, o47) rescuers searching a prison for detainees or hidden cells (Saydnaya,
          # 9-10 December): an `other` event at the prison, as the corpus annotates the search
          "prison_search": "Prison searched",
          # (round 51, o51) an embassy or a consulate stormed, ransacked or looted (Iran's embassy in
          # Damascus on 8 December): an `other` event of its day, as the corpus annotates it
          "embassy": "Embassy stormed"}
#: Roles of "other" that are news of their own (a leader's flight, soldiers who surrendered, a
#: statue torn down, troops entering a buffer zone or pushing into named villages): like situation
#: reports they share the sentence's nearest date rather than claim it (a capture beside them keeps
#: its own day) and, but a flight, name their place in their topic; unlike them, a circumstance word
#: does not stop them ("rebels entered Damascus after Assad fled" still reports his flight). An
#: incursion's topic is an advance's ("Advance near Hamidiyah"): the same movement, told into a place.
EVENT_ROLES = frozenset({"flight", "surrender", "statue", "buffer_zone", "incursion", "arrival",
                         # (round 51, o51) an embassy stormed: news of its own, as a statue torn down
                         "embassy"})
#: Roles of "other" that report the state of the fighting rather than launch it (an advance
#: towards a town, reinforcements, clashes, a closed airport): they claim no date from the
#: sentence's other verbs (:func:`situation_dates`) and name their place in their topic.
SITUATION_ROLES = frozenset(TOPICS) - {"offensive", "counteroffensive"} - EVENT_ROLES


_NOT_A_TOWN = ("PCL", "ADM", "CONT", "RGN")


@dataclass(frozen=True)
class RawEvent:
    """An event before it becomes an ``Event``: the sentence, trigger and date it came from."""

    event: Event
    sentence: Sentence
    trigger: TriggerHit



def stance_of(text: str, lang: str | None) -> str:
    """The stance toward the Syrian government that the cues of ``text`` express."""
    stripped, _ = strip_diacritics(text)
    for stance, pattern in stance_cues_for(lang):
        if pattern.search(stripped):
            return stance
    return "other"


def casualties_of(text: str, lang: str | None, date_spans: Sequence[tuple[int, int]] = ()) -> int | None:
    """The death toll ``text`` gives (the table's ``casualties`` figures), ``None`` without one.

    ``date_spans`` are the date phrases of ``text`` (offsets in it). A figure inside one is a day
    of the month, not a toll. Why (round 44): "Strikes on 29 November killed 12 people", « le 29
    novembre ont été tués quatre étudiants », «El 29 de noviembre murieron 12 personas», «Am 29.
    November starben ...» gave 29 killed, the figure nearest the verb being the date's day; such a
    figure is passed over and the next one read."""
    stripped, index = strip_diacritics(text)
    for pattern in CASUALTY_PATTERNS.get(lang or "", CASUALTY_PATTERNS["en"]):
        pos = 0
        while (m := pattern.search(stripped, pos)) is not None:
            figure = index[m.start(1)]  # the figure's offset in ``text`` (diacritics mapped back)
            if any(start <= figure < end for start, end in date_spans):
                pos = m.start() + 1
                continue
            digits = re.sub(r"\D", "", m.group(1))
            if digits:
                return int(digits)
            break
    return None


def mention_place(m: Any) -> Place:
    return Place(name=m.name, lat=m.lat, lon=m.lon, geonameid=str(m.geonameid) if m.geonameid else None,
                 country_code=m.country_code, name_ar=getattr(m, "name_ar", None),
                 admin1=getattr(m, "admin1", None), coord_quality=getattr(m, "coord_quality", None))


def usable_places(mentions: Sequence[Any], rules: LanguageRules) -> list[Any]:
    """Place mentions that name a place, not a word that introduces one and that the geoparser took
    for one (the table's ``generic_place_words``: «محافظة إدلب» is the governorate of Idlib, not
    Aleppo's al-Muhafaza quarter)."""
    return [m for m in mentions if m.surface.strip().casefold() not in rules.generic_place_words]


#: How far before a place mention (characters) the words naming a government seated there are read.
SEAT_REACH = 50
#: The places a state's government sits in or is named by: capitals and countries. Only they are
#: read as seats: "the government's front lines in Hama" («las líneas del frente del gobierno en
#: Hama», a development article) put the lines in Hama, a place of the event.
SEAT_CODES = frozenset({"PPLC", "PCLI", "PCLD", "PCLS", "PCLF", "PCL"})


def government_seats(mentions: Sequence[Any], text: str, lang: str | None) -> list[Any]:
    """The place mentions that only say where a government sits: right after the table's
    ``government_seat`` words ("the government in Damascus", « le gouvernement de Damas »,
    «الحكومة في دمشق», «el gobierno de Damasco», «die Regierung in Damaskus»).

    Why (round 23, prec23): such a place is the government's name, not a place the sentence's
    event happened at; "warplanes struck towns in Idlib, and the government in Damascus said
    nothing" made strikes on Damascus, and a capture told in a relative clause beside it a change
    of Damascus, on a development article. Only a capital or a country is read so (``SEAT_CODES``).
    The mention stays a place for the geoparser (metonymy counts there); it is only no event's
    place.
    """
    pattern = table_pattern(lang, "government_seat")
    if pattern is None:
        return []
    return [m for m in mentions if (getattr(m, "feature_code", None) or "").upper() in SEAT_CODES
            and pattern.search(text[max(0, m.start - SEAT_REACH):m.start]) is not None]


def without_seats(event: Event, sentence: Sentence, places: Sequence[Any], seats: Sequence[Any]) -> Event | None:
    """The event without the places its sentence names only as a government's seat
    (:func:`government_seats`); None for a control change left with no place (a change is one
    place's). A place the sentence also names otherwise stays.

    Why here, on the events, and not on the geoparser's mentions: a place mention also keeps the
    capital from being read as a side (:func:`not_place_names`); dropped from the mentions,
    "insurgents hostile to the government in Damascus took Hama" read Damascus as the loser's name
    and reversed the capture (a reversal probe).
    """
    seat_ids = {id(m) for m in seats}
    here = [m for m in places if within(sentence, m.start, m.end)]
    named = {str(m.geonameid) for m in here if id(m) not in seat_ids and m.geonameid}
    drop = {str(m.geonameid) for m in here if id(m) in seat_ids and m.geonameid} - named
    kept = [p for p in event.places if p.geonameid not in drop]
    if not drop or len(kept) == len(event.places):
        return event
    if event.kind == "control_change" and not kept:
        return None
    summary = event.summary
    for name in {p.name for p in event.places if p.geonameid in drop}:
        # "Strikes on Idlib, Damascus" -> "Strikes on Idlib"; a lone name -> "unnamed places"
        summary = summary.replace(f", {name}", "").replace(f"{name}, ", "").replace(f" {name}", " unnamed places", 1)
    return replace(event, places=kept, summary=summary)


def _is_town(m: Any) -> bool:
    code = (getattr(m, "feature_code", None) or "").upper()
    return not code.startswith(_NOT_A_TOWN)


def _unique_places(mentions: list[Any]) -> list[Place]:
    seen, out = set(), []
    for m in mentions:
        key = m.geonameid or m.name
        if key not in seen:
            seen.add(key)
            out.append(mention_place(m))
    return out


#: How far after a capture verb (characters) the prison it takes may start ("stormed the central
#: prison of Hama": the name after the prison words; «اقتحمت الفصائل المسلحة سجن حماة»: the subject between).
PRISON_OBJECT_REACH = 60


def prison_captures(triggers: list[TriggerHit], places: Sequence[Any], text: str,
                    sentence_end: int, lang: str | None) -> list[TriggerHit]:
    """The sentence's triggers once a capture verb with a named prison for object (a place the
    gazetteer files as a prison, ``PRN``, the first place after the verb in its clause) has taken
    the release of the inmates told with it: the release triggers (role ``prison``) are dropped. A
    capture verb found inside a release ("stormed a prison and freed", kept beside it by
    :func:`timeline.sentences.heads_prison_release`) whose object is no named prison is dropped in
    turn: the release is the news, an ``other`` event; so is a verb inside a release whose words end
    on the freed, not on the prison (the table's ``prison_nouns``): «ont libéré des détenus de la
    prison de Saydnaya» frees them.

    Why (round 20, fac20): the round-20 ruling (data/corpus/README.md) reads a named prison taken,
    stormed or entered as a control change of the prison, the inmates' release told with it part
    of it; a prison the text does not name makes no change, its release an ``other`` event."""
    releases = [t for t in triggers if t.role == "prison"]
    if not releases:
        return triggers

    def is_prison(m: Any) -> bool:
        return (getattr(m, "feature_code", None) or "").upper() == "PRN"

    def takes_prison(t: TriggerHit) -> bool:
        after = [m for m in places if t.end <= m.start < min(sentence_end, t.end + PRISON_OBJECT_REACH)
                 and not CLAUSE_BREAK.search(text, t.end, m.start)]
        first = min(after, key=lambda m: m.start, default=None)
        if first is not None:
            return is_prison(first)
        # (round 33, prec33) the object before its verb or inside a split one, as German puts it
        # («sind in das Zentralgefängnis von Hama eingedrungen und haben Hunderte Gefangene
        # befreit», «drangen in das Zentralgefängnis ein»): the last place before the verb's end in
        # its clause, when no place follows the verb there. German only: in the other languages the
        # object follows its verb, and a prison before it is the freed inmates' («Inmates of Hama's
        # central prison walked out as the rebels moved into the city»: the release stays)
        if lang != "de":
            return False
        before = [m for m in places if t.start - PRISON_OBJECT_REACH <= m.start and m.end <= t.end
                  and not CLAUSE_BREAK.search(text, m.end, t.end)]
        last = max(before, key=lambda m: m.start, default=None)
        return last is not None and is_prison(last)

    nouns = table_pattern(lang, "prison_nouns")

    def object_is_prison(t: TriggerHit) -> bool:
        # a verb inside a release whose words end on the freed ("libéré jeudi des détenus de la
        # prison de Saydnaya", "freed inmates from Sednaya prison") releases them: it takes nothing
        hosts = [r for r in releases if r.start <= t.start and t.end <= r.end]
        return not hosts or (nouns is not None and all(
            nouns.search(r.surface[max(0, r.end - r.start - 25):]) is not None for r in hosts))

    captures = [t for t in triggers if t.kind == "control_change" and t.role in CAPTURE_ROLES]
    taken = [t for t in captures if takes_prison(t) and object_is_prison(t)]
    inside_release = [t for t in captures
                      if t not in taken and any(r.start <= t.start and t.end <= r.end for r in releases)]
    if taken:
        return [t for t in triggers if t.role != "prison"]
    return [t for t in triggers if t not in inside_release]


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


# ---------------------------------------------------------------------------------------------
# one sentence -> events


@dataclass
class SentenceContext:
    """Everything the rules need about one sentence; built by :func:`extract_events`."""

    sentence: Sentence
    text: str  # the whole article text (offsets are absolute)
    lang: str | None
    actors: list[ActorMention]
    places: list[Any]
    signals: list[Any]
    following: list[Sentence]  # the next sentences without dates (a statement's continuation)
    following_actors: dict[int, list[ActorMention]]  # actors of those sentences, by sentence start
    later: list[tuple[Sentence, list[TriggerHit]]]  # the next sentences (control-change detail)
    all_actors: list[ActorMention]
    all_places: list[Any]
    story_taker: str | None = None  # who took the last place an earlier sentence names a taker for
    triggers: list[TriggerHit] = field(default_factory=list)  # every trigger of the sentence
    published: Any = None  # the article's publication day (an announced meeting's weekday follows it)
    dates: list[Any] = field(default_factory=list)  # every date phrase of the sentence (usable or not)
    previous: Sentence | None = None  # the sentence right before (a readout's lead naming its calls)
    previous_signals: list[Any] = field(default_factory=list)  # country signals of the sentence before
    # every trigger the rule tables found in the sentence, before the filters that make ``triggers``
    # (an unnamed source's "state media said" is dropped there, but still a report: report_cut)
    tabled: list[TriggerHit] = field(default_factory=list)


def not_place_names(actors: list[ActorMention], places: Sequence[Any]) -> list[ActorMention]:
    """The actors whose words are not also a place the geoparser found there.

    Why: a capital stands for its government in diplomacy ("Damascus said"), but in "rebels
    advancing towards the capital Damascus entered Homs" Damascus is where they go, not who took
    Homs; reading it as the taker reversed a capture on real news. A control change whose only
    named side is a city has no taker: unknown, never a guess.
    """
    spans = [(m.start, m.end) for m in places]
    return [a for a in actors if not any(s <= a.start and a.end <= e for s, e in spans)]


GOVERNMENT = "Syrian government"
#: Control-change roles whose subject takes the place: "hold" is a holding reported as news
#: ("rebels were reported to hold Maarat al-Numan"), "back" a return to the government ("back
#: in army hands"); "fall" and "hand" name the taker after the verb ("fell to", "handed the
#: airport to the SDF": the place is inside the verb's span).
CAPTURE_ROLES = frozenset({"take", "fall", "hand", "retake", "hold", "back"})


def words_of(text: str) -> list[str]:
    """The words of ``text``: its tokens holding a letter or a digit. Why: a quotation mark standing
    alone between a verb and its subject («دخلت فصائل غرفة “إدارة العمليات العسكرية”») is no word;
    counted as one, it pushed the subject out of the verb's reach and the capture lost its taker."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def controller_camp(controller: str | None) -> str:
    """The government, the Kurdish-led SDF, or the opposition (every other armed side): who fought
    whom in this war, so that "from" is never an ally of "to"."""
    if controller == GOVERNMENT:
        return "government"
    if controller == "SDF":
        return "sdf"
    return "opposition"


def _date_fields(d: DateHit) -> dict[str, Any]:
    precise = d.precision == "day"
    return {"date": d.date, "date_end": None if precise else d.date_end,
            "date_precision": d.precision, "date_phrase": d.phrase or None}


def actor_countries(names: Iterable[str], registry: ActorRegistry) -> list[str]:
    """The countries of the registry's actors among ``names``, sorted (an event's ``countries``)."""
    return sorted({a.country for a in map(registry.get, names) if a and a.country})
