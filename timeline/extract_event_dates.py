"""Which date each event takes (shared, claimed, carried, reported, since ranges, background runs): the last pass."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import Any

from kharita.config import WINDOW_START
from timeline.actors import ActorMention, ActorRegistry
from timeline.confidence import date_reasons
from timeline.control_roles import table_pattern
from timeline.extract_common import CAPTURE_ROLES, EVENT_ROLES, SITUATION_ROLES, RawEvent, controller_camp, words_of
from timeline.extract_control_direction import CLAUSE_REACH
from timeline.extract_control_places import _CLAUSE_STOP
from timeline.extract_dates import (
    REFERENCE_REACH,
    STORY_DATE,
    after_clause_start,
    clause_offset,
    history_clause,
    since_reference,
    since_span,
)
from timeline.extract_diplomacy import told_as_occasion
from timeline.extract_guards import CIRCUMSTANCE_REACH, LAUNCH_ROLES
from timeline.extract_sentence_events import _fighting_name
from timeline.extract_speakers import _DIPLOMATIC_KINDS, _last_words, new_paragraph
from timeline.extract_strikes import BACKGROUND_EVENT_DAYS, PREVIOUS_DATE
from timeline.lexicon import SINCE_OPENED, SINCE_WORDS, LanguageRules, rules_for, table_rows
from timeline.sentences import CLAUSE_BREAK, DateHit, Sentence, TriggerHit, gap, quoted, within
from timeline.speakers import choose_speaker
from timeline.types import Event

#: Roles of a verb that claims ground (:func:`claimed_dates`: the day of the claim is its announcement's).
#: (round 22, evt22b) and of a side's own withdrawal it announces («أعلنت وزارة الدفاع السورية، الخميس،
#: انسحابها من مدينة حماة»): the ministry's account of its war is its statement of that day (round-17
#: ruling); the day stood before the withdrawal's verbal noun, so the verb of announcing was left
#: undated and four development files lost the army's statement on Hama.
CLAIM_ROLES = CAPTURE_ROLES | {"advance", "lose"}
#: How far after a statement verb (characters) the capture it claims may stand when a date phrase
#: stands between them (:func:`claimed_dates`): the subject and the day come first in a
#: verb-subject order («أعلنت إدارة العمليات العسكرية يوم السبت سيطرتها على ...»).
CLAIM_DATE_REACH = 80
#: How far (characters) a claim's own verb may stand after the verb of saying that heads it, with
#: only words between (an auxiliary of the infinitive: « ont annoncé être entrés dimanche dans »).
CLAIM_HEAD_GAP = 16
#: What never stands between a claim and the day after it that its verb of saying shares: a stop or a
#: comma (a clause of its own: "announced the capture of Morek, which the army had held until Thursday").
_CLAIM_DAY_STOP = re.compile(r"[.;:!?,،]")


def coordinated_claim_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                            lang: str | None, rules: LanguageRules) -> dict[TriggerHit, DateHit]:
    """Dates for a capture and the claim coordinated after it ("took Aleppo on Saturday and claimed
    to have entered Hama", « ont pris Alep samedi et ont annoncé avoir pris Hama », «tomaron Alepo el
    sábado y aseguraron haber entrado en Hama», «nahmen am Samstag Aleppo ein und erklärten»,
    «سيطرت الفصائل على حلب يوم السبت وأعلنت دخولها حماة»): the date phrase between them, the
    statement verb right after it and a coordinator (``coordinators``, or the ``coordinator_prefix``
    on the verb), is the capture's own day, and the claim, told by the same subject, shares it.

    Why (round 30, ev30cc3): each date goes to its nearest verb (:func:`timeline.sentences.
    assign_dates`); the statement verb two words after the date took it and the capture before,
    left undated in a dated sentence, was dropped (es, fr, ar, en "announced"); with the date gone
    to the capture, the statement verb was dropped instead (en "claimed", de)."""
    out: dict[TriggerHit, DateHit] = {}
    words = table_pattern(lang, "coordinators")
    if words is None:
        return out
    joined = re.compile(rf"\s*,?\s*(?:{words.pattern})\s*$", re.IGNORECASE)
    said = [t for t in triggers if t.kind == "statement"]
    captures = [t for t in triggers if t.kind == "control_change" and t.role in CLAIM_ROLES]
    for s in said:
        for c in captures:
            if c.end > s.start:
                continue
            # "and claimed to have entered": the claim's own capture verb, at the statement verb, may hold it
            d = next((dated[t] for t in (c, s, *[t for t in triggers if t.start == s.start]) if t in dated), None)
            if d is None or d.start < 0 or not (c.start <= d.start and d.end <= s.start):
                continue
            if (dated.get(c) is not None and dated.get(s) is not None) or \
                    any(t is not c and t is not s and c.end <= t.start and t.end <= s.start for t in triggers):
                continue
            gap = text[max(d.end, c.end):s.start]  # «nahmen am Donnerstag Sarakib ein und erklärten»
            # «مورك يوم الخميس وقالت»: the date right after the capture's object is the capture's
            # own, whoever speaks after it; the claim shares it only when it is the same subject's
            prefixed = not gap.strip() and (
                (rules.coordinator_prefix is not None and rules.coordinator_prefix.match(s.surface) is not None)
                or (c not in dated and re.match(rf"(?:{words.pattern})\w", s.surface) is not None))
            if not (joined.fullmatch(gap) or prefixed) or _CLAUSE_STOP.search(text, c.end, d.start):
                continue
            for t in (c, s):
                if t not in dated:
                    out[t] = d
    return out


@cache
def _opener_words(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``clause_openers`` ("while", "as", « tandis que ») as whole words anywhere, compiled
    once per language (:func:`claimed_dates` asks per sentence)."""
    words = table_pattern(lang, "clause_openers")
    return re.compile(rf"(?<!\w)(?:{words.pattern})(?!\w)", re.IGNORECASE) if words is not None else None


def claimed_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                  text: str, lang: str | None = None) -> dict[TriggerHit, DateHit]:
    """(Round 17, stm17) Dates for undated statement verbs whose date phrase went to the capture or
    advance they claim: the phrase stands between the verb and the claim, in the verb's clause
    («وأعلنت الفصائل يوم الأحد سيطرتها على ...», « ont annoncé dimanche la prise de ... », "announced
    on Sunday the capture of ..."); (round 18, stm18) or inside the claim's own words when the verb
    heads them (:func:`timeline.sentences.announced_change`: « ont annoncé jeudi la prise de »,
    «verkündeten am Donnerstag die Einnahme von»). A day after the claim ("announced the capture
    of Hama on Thursday") is left to the claim: read as the words' day too, it added more unmatched
    statements than matched ones on the held-out half of the development third (round 18); (round
    38, ann38) but a verb that heads the claim's own words shares it (:func:`day_after_headed_claim`).

    Why: each date goes to its nearest verb (:func:`timeline.sentences.assign_dates`); in a
    verb-subject order or before a noun of capture the day stands next to the claim, and the verb of
    announcing, left undated, made no statement. A date phrase between a verb and its object tells
    the verb's day in every language; under the round-17 ruling the side's announcement is its
    statement of that day, besides the capture it claims.
    """
    out: dict[TriggerHit, DateHit] = {}
    openers = _opener_words(lang)
    for t in triggers:
        if t.kind != "statement" or t in dated:
            continue
        for c in triggers:
            d = dated.get(c)
            if (d is not None and c.family == "military" and c.role in CLAIM_ROLES and 0 <= d.start and d.end <= t.start
                    and c.start <= t.start and t.end <= c.end and (c.start, c.end) != (t.start, t.end)
                    and not any(d.end <= u.start < t.start for u in triggers)
                    and not (openers is not None and openers.search(text, d.end, t.start))):
                # (round 41, stmt41) the verb of claiming inside the claim's own trigger ("On Friday,
                # HTS claimed to have captured two towns"): one word group, the day phrase before it
                # went to the capture, and the claim, the side's statement under the round-17 ruling,
                # made none; not a day inferred (no phrase: the claim is told with its capture's
                # sentence's other statement), nor one after the words (:func:`day_after_headed_claim`),
                # nor one of another verb or clause before it ("strikes pounded Aleppo on Saturday as
                # rebels claimed control of the airport": the strikes' day, the table's ``clause_openers``)
                out[t] = d
                break
            if d is not None and day_after_headed_claim(t, c, d, triggers, text, lang):
                out[t] = d
                break
            if (d is None or c.family != "military" or c.role not in CLAIM_ROLES or d.start < 0
                    or not (t.end <= d.start < d.end <= c.start or c.start <= t.end <= d.start < d.end <= c.end)
                    or c.start - t.end > CLAIM_DATE_REACH or c.start < t.start
                    or _CLAUSE_STOP.search(text, t.end, max(t.end, c.start))):
                continue
            out[t] = d
            break
    return out


def day_after_headed_claim(verb: TriggerHit, claim: TriggerHit, d: DateHit, triggers: Sequence[TriggerHit],
                           text: str, lang: str | None = None) -> bool:
    """(Round 38, ann38) Whether statement verb ``verb`` heads the words of capture ``claim`` and
    shares ``d``, the claim's date standing inside those words or right after them: the verb
    opens the claim's trigger («announced the capture of», « annoncé la prise de », the two hits
    overlapping: :func:`timeline.sentences.announced_change`) or stands right before it with only
    words between (an auxiliary of the infinitive: « ont annoncé être entrés dimanche dans Damas »,
    «aseguraron haber entrado el jueves en», within :data:`CLAIM_HEAD_GAP`, no other trigger), and
    no stop nor comma stands between the claim and its day (:data:`_CLAIM_DAY_STOP`).

    Why: the day goes to the nearest verb, the claim; left undated, the side's announcement made no
    statement, though the corpus (round-17 ruling) annotates both the side's words and the change
    ("The rebels announced the capture of Homs on Sunday", « Les rebelles ont annoncé être entrés
    dimanche dans Damas », «verkündeten die Einnahme von Morek am Donnerstag»). Round 18 gave the
    day after a claim to any statement verb before it and lost more than it gained on held-out
    files; only a verb that heads the claim's own words, whose object the claim is, shares it here.
    A verb of saying whose day stands before both ("On Sunday, the rebels claimed to have taken
    Homs") is not read this way: tried in round 38, it added one unmatched statement on half B."""
    if claim.family != "military" or claim.role not in CLAIM_ROLES or d.start < 0:
        return False
    # (round 39, vl39) the words naming the statement right after the verb (the table's
    # ``claim_aside``: "announced in a statement the capture of", « a annoncé dans un communiqué la
    # prise de ») stand outside the gap: the verb still heads the claim
    aside = table_pattern(lang, "claim_aside") if lang else None
    named = aside.match(text, verb.end) if aside is not None and verb.end <= claim.start else None
    lo = named.end() if named is not None and named.end() <= claim.start else verb.end
    heads = verb.start <= claim.start < verb.end or (
        0 <= claim.start - lo <= CLAIM_HEAD_GAP and not re.search(r"[^\w\s'’]", text[lo:claim.start])
        and not any(o is not verb and o is not claim and verb.end <= o.start < claim.start for o in triggers))
    # (round 38, vl38) the verb-first announcement with its subject between the verb and the claim
    # («أعلن الجيش السوري استعادة السيطرة على مورك يوم الخميس»): the table's ``claim_subject`` is the
    # subject's words; a claim word before the dated one is the same claim («استعادة» before
    # «السيطرة على»). The day after the claim was the change's only, and the army's statement lost.
    subject = table_pattern(lang, "claim_subject") if lang else None
    if not heads and subject is not None and verb.end <= claim.start:
        inner = [o for o in triggers if o is not verb and o is not claim and verb.end <= o.start < claim.start]
        first = min((o.start for o in inner), default=claim.start)
        # (round 39, vl39) the subject's quotation marks and an aside naming the statement after it
        # («أعلنت «هيئة تحرير الشام» السيطرة على», «أعلنت وزارة الدفاع، في بيان، استعادة») are the
        # table's to allow; the claim's own words hold no punctuation
        heads = (subject.fullmatch(text, verb.end, first) is not None
                 and not re.search(r"[^\w\s'’]", text[first:claim.start])
                 and all(o.family == "military" and o.role in CLAIM_ROLES for o in inner))
    return (heads and claim.start <= d.start and d.start - claim.end <= CLAIM_DATE_REACH
            and not _CLAIM_DAY_STOP.search(text, claim.start, d.start))


def told_operation_verbs(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                         actors: list[ActorMention], registry: ActorRegistry,
                         lang: str | None = None) -> dict[TriggerHit, DateHit | None]:
    """(Round 40, stmt40b) The undated verbs of saying of a fighting side whose words tell a strike
    or a launch dated after the verb ("the army said its jets struck rebel positions near Idlib on
    Monday", « l'armée a affirmé avoir lancé une contre-offensive lundi », «el ejército dijo que sus
    aviones atacaron posiciones el lunes», «Die Armee erklärte, ihre Kampfjets hätten am Montag
    Stellungen angegriffen», «أعلن الجيش أن طائراته استهدفت مواقع للفصائل يوم الاثنين»), each with
    ``None``: the caller dates them as a statement with no date phrase of its own (the round-19
    ruling: the lead's day when the lead is of the day before, else publication), the day being the
    operation's; with the operation's day when it stands between the verb and the operation's words
    («قالت الفصائل يوم الأربعاء إنها أطلقت عملية», «أعلنت الفصائل يوم الأحد بدء معركة»: the day after
    the subject is the verb's own, as :func:`claimed_dates` reads it for a claim of ground).

    Why: the day goes to the nearest verb, the strike or the launch, and the side's verb, left
    undated in a dated sentence, made no statement, though the round-17 ruling makes a fighting
    side's account of its war told as its words its statement besides the event it tells;
    :func:`claimed_dates` read it so only for claims of ground (found in all five languages by
    stmt40). Given the operation's day, the words were dated a day early where the report came the
    morning after (dR en-f0d2b42f72: the army's counter-offensive "on the evening of 2 December",
    its words of the 3rd). Only a speaker the registry knows as a fighting side
    (:func:`_fighting_name`: not a monitor nor an unnamed source, whose verbs are dropped before, nor
    an outlet), only the operation its reported words tell: after the verb within
    :data:`CLAIM_DATE_REACH`, no stop nor other verb of saying between, and its day after the verb
    (a day before it is the verb's own)."""
    out: dict[TriggerHit, DateHit | None] = {}
    said = [t for t in triggers if t.kind == "statement"]
    for t in said:
        if t in dated:
            continue
        for c in triggers:
            d = dated.get(c)
            if (d is None or c.family != "military" or not (c.kind == "strike" or c.role in LAUNCH_ROLES)
                    or d.start < t.end or c.start < t.end or c.start - t.end > CLAIM_DATE_REACH
                    or _CLAUSE_STOP.search(text, t.end, max(c.start, d.start))
                    or any(o is not t and t.end <= o.start < c.start for o in said)):
                continue
            speaker = choose_speaker(t, actors, registry, text, lang=lang)
            if speaker is not None and _fighting_name(speaker.name, registry):
                out[t] = d if own_day_before_operation(t, c, d, text, actors, lang) else None
            break
    return out


def own_day_before_operation(verb: TriggerHit, operation: TriggerHit, d: DateHit, text: str,
                             actors: Sequence[ActorMention], lang: str | None) -> bool:
    """(Round 40, stmt40b) Whether day ``d`` of an operation a side's words tell is the verb of
    saying's own: it stands before the operation's words and either the table's ``clause_marker``
    opens them after it («قالت الفصائل يوم الأربعاء إنها أطلقت عملية», "said on Monday that") or
    only the verb's subject stands between the verb and the day («أعلنت الفصائل يوم الأحد بدء
    معركة»). A day inside the operation's words (« a affirmé avoir lancé lundi une contre-offensive »)
    is the operation's, the words having none of their own."""
    if d.end > operation.start:
        return False
    marker = rules_for(lang).clause_marker
    if marker is not None and marker.search(text, d.end, operation.start) is not None:
        return True
    between = text[verb.end:d.start]
    subject = [a for a in actors if verb.end <= a.start and a.end <= d.start]
    rest = text[subject[-1].end:d.start] if subject else between
    return not rest.strip(" ,،") and not (marker is not None and marker.search(between) is not None)


def own_dated_changes(found: Sequence[tuple[Event, TriggerHit]],
                      shared: Collection[TriggerHit]) -> dict[str, set[str | None]]:
    """The places a sentence's verbs with a date of their own changed, and the camps that took them
    (``None`` for a change with no taker)."""
    out: dict[str, set[str | None]] = {}
    for e, t in found:
        if t not in shared and e.kind == "control_change":
            for p in e.places:
                out.setdefault(p.geonameid or p.name, set()).add(
                    None if e.to_controller is None else controller_camp(e.to_controller))
    return out


def told_by_dated_verb(event: Event, own: dict[str, set[str | None]]) -> bool:
    """Whether a control change dated by another verb of its sentence (a shared or article date)
    is one a verb with its own date tells already: the same place, taken by the same camp, or
    either with no taker. Not a change the other way: in "troops recaptured Souran, which insurgents
    had seized on Friday" the dated verb of the relative clause is the earlier loss, and the
    recapture, dated by the article, is the sentence's news (round 13: it was dropped, and the
    relative clause's capture was left as the only change, the map's direction reversed)."""
    if event.kind != "control_change":
        return False
    taker = None if event.to_controller is None else controller_camp(event.to_controller)
    return any(camps & {taker, None} or taker is None
               for p in event.places if (camps := own.get(p.geonameid or p.name)))


def main_clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                      circumstance: re.Pattern[str] | None,
                      long_after: re.Pattern[str] | None = None, lang: str | None = None) -> dict[TriggerHit, DateHit]:
    """Give a date that stands before an "after" clause back to its main clause's verb.

    Why: each date goes to its nearest verb, so in «وبسطت سيطرتها على كامل محافظة إدلب، السبت، بعد
    السيطرة على مدن في ريفها» Saturday went to the capture after «بعد» (the towns taken before),
    and the main verb, the whole governorate taken on Saturday, was left undated. The capture in
    the clause keeps the date too, and an undated one takes it ("entered Hama on Thursday after
    seizing Morek"): :func:`before_main_clause` dates it as the days up to it. A date inside the
    clause ("after taking Morek on Thursday") stays the capture's own.
    """
    if circumstance is None:
        return dated
    out = dict(dated)
    for t, d in dated.items():
        # (round 34, oth34b) a launch of the clause too ("entered Aleppo on Saturday after launching
        # an offensive", «دخلت الفصائل حلب السبت عقب شنها هجوماً»): the day is the capture's, and
        # :func:`after_clause_launch` moves the launch's before it
        opening = (after_clause_start(text, 0, t, circumstance)
                   if t.kind == "control_change" or t.role == "offensive" else None)
        if opening is None or d.end > opening:
            continue
        main = [u for u in triggers if u.kind == "control_change" and u is not t and u.end <= d.start
                and after_clause_start(text, 0, u, circumstance) is None]
        if not main:
            continue
        nearest = min(main, key=lambda u: gap(u.start, u.end, d.start, d.end))
        out.setdefault(nearest, d)  # the capture keeps it: :func:`before_main_clause` dates it before
        if t.role == "offensive" and (clause_offset(text, opening, lang) is None or lang is None):
            del out[t]  # the launch before the capture's day: the one told as background
    # "entered Hama on Thursday after seizing Morek": the capture in the clause happened by Thursday;
    # so did one told as the background of a visit, call, meeting or statement of a named day ("met
    # Assad on Thursday, days after the rebels seized Aleppo"), never on that day itself. Not after
    # another military verb's vaguer date ("launched an offensive this week, reaching Aleppo a decade
    # after being expelled from it": the week is the offensive's, the expulsion years older)
    for t in triggers:
        opening = after_clause_start(text, 0, t, circumstance) if t.kind == "control_change" else None
        if t in out or opening is None or history_clause(text, t, circumstance, long_after):
            continue  # "eight years after the army retook Aleppo": history, not the week's news
        main = [d for u, d in dated.items() if d.end <= opening and u.end <= opening
                and (u.kind == "control_change"
                     or (u.family == "diplomatic" and d.precision == "day" and d.start >= 0))]
        if main:
            out[t] = max(main, key=lambda d: d.end)
    return out


def recent_days_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                      s_dates: Sequence[Any], rules: LanguageRules,
                      counted: Callable[[TriggerHit], bool] | None = None) -> dict[TriggerHit, DateHit]:
    """The week a "recent days" phrase names, for the control changes it is nearest to.

    Why: "the rebels took the whole of Idlib province in recent days", « ces derniers jours »,
    «في الأيام الأخيرة» report a capture as news of the days up to the article; such phrases are too
    vague to date a statement (the tables' ``vague_dates``), so they dated nothing and the capture
    was lost. The table's ``recent_days`` words pick, among the vague phrases, those of the last few
    days (not "recent years"); a capture takes the phrase's week when it is nearer to it than to
    any other date of its sentence.

    (Round 20, trip20) Counted strikes too (``counted``, :func:`counted_strike`): "hundreds of
    raids in recent days", «seit Tagen ... mit Hunderten Luftschlägen», «أحصى أكثر من 300 غارة خلال
    الأيام الأخيرة» are a tally of the last few days, which the corpus ruling on strike tolls reads as
    a strike ranged over the days it counts; the vague phrase dated nothing, and the tally was lost.
    An uncounted "strikes in recent days" stays undated, as before: a description of the war.
    """
    if rules.recent_days is None:
        return {}
    recent = [DateHit(d.phrase, d.start, d.end, d.date, d.date_end, "week") for d in s_dates
              if getattr(d, "date", None) is not None and getattr(d, "precision", None) == "week"
              and getattr(d, "date_end", None) is not None and rules.recent_days.search(d.phrase)]
    if not recent:
        return {}
    out = {}
    for t in triggers:
        if t.kind != "control_change" and not (t.kind == "strike" and counted is not None and counted(t)):
            continue
        near = min(recent, key=lambda d: gap(t.start, t.end, d.start, d.end))
        own = dated.get(t)
        if own is None or gap(t.start, t.end, near.start, near.end) < gap(t.start, t.end, own.start, own.end):
            out[t] = near
    return out


def clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                 text: str) -> dict[TriggerHit, DateHit]:
    """Dates for undated strikes whose own clause names a day after their object, which a later
    verb claimed ("air strikes pounded central Aleppo on Saturday as rebels claimed the airport").

    Why: each date goes to its nearest verb (:func:`timeline.sentences.assign_dates`), and strikes
    share no date (:data:`SHARING_KINDS`), so the strike was left with none; a day in the strike's
    clause, with no punctuation between, is the strike's own as much as the next verb's.
    """
    out: dict[TriggerHit, DateHit] = {}
    days = {(d.start, d.end): d for d in dated.values()}.values()
    for d in days:
        # one strike a day: the last before it ("air strikes pounded Aleppo on Saturday" is one)
        near = [t for t in triggers if t.kind == "strike" and 0 <= d.start - t.end <= CLAUSE_REACH
                and not CLAUSE_BREAK.search(text, t.end, d.start)]
        last = max(near, key=lambda t: t.end, default=None)
        if last is not None and last not in dated and last not in out:
            out[last] = d
    return out


#: Kinds of the undated event an unnamed source's verb lends its date to (:func:`told_dates`).
TOLD_KINDS = frozenset({"strike", "other", "meeting"})


def told_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], spoken: Collection[TriggerHit],
               shared: Collection[TriggerHit]) -> dict[TriggerHit, DateHit]:
    """Dates of statement verbs that made no statement, for the strike or situation they report.

    Why: in "howitzers shelled Saraqeb on Tuesday, a local activist said" the day is nearest the
    verb of saying, which claims it; a speaker no table names makes no statement, and the strike
    it reports was left with no date and no event. The undated strike or "other" event nearest
    the verb, before it or in what it reports («أعلن اليوم عن إطلاق عملية»), takes its date
    instead, as it does when a monitor speaks. (Round 21, mtg21) So does an undated meeting it
    reports ("an emergency meeting of the Security Council will be held on Monday,
    diplomatic sources said"): the day went to the source's verb and the meeting was dropped.
    """
    out: dict[TriggerHit, DateHit] = {}
    for t, d in dated.items():
        if t.kind != "statement" or t in spoken or t in shared:
            continue
        told = [m for m in triggers if m.kind in TOLD_KINDS and m not in dated and m not in out]
        if told:
            out[min(told, key=lambda m: gap(m.start, m.end, t.start, t.end))] = d
    return out


def words_by_report(event: Event, fallback: tuple[DateHit, str] | None, published: Any) -> Event:
    """A statement dated after its article's publication, dated instead as one with no date of its
    own: the article's date, the publication's at the latest.

    Why (round 14): "the ministry said Araghchi would start a tour on Sunday, 1 December", « a
    indiqué qu'Araghchi entamerait dimanche 1er décembre une tournée », «قالت الخارجية إن عراقجي سيبدأ
    جولة يوم الأحد 1 ديسمبر», «dijo que Araghchi iniciará el domingo», «teilte mit, Araghtschi werde am
    Sonntag ... antreten» in a Saturday story: the day is the announced tour's, and the words, said by
    the time they were reported, were dated on it (a spurious statement of a day to come, and the
    day's own one missed). Only statements: a meeting or a visit announced ahead keeps its coming day.
    """
    if event.kind != "statement" or published is None or event.date is None or not event.date > published:
        return event
    day = fallback[0].date if fallback is not None and fallback[0].date is not None else published
    basis = fallback[1] if fallback is not None and day <= published else "published"
    day = min(day, published)
    return replace(event, date=day, date_end=None, date_precision="day", date_phrase=None, date_inferred=basis,
                   reasons=["date_inferred", *[r for r in event.reasons if r != "date_inferred"]])


def quoted_day_speaker(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], dates: Sequence[DateHit],
                       quotes: Sequence[tuple[int, int]]) -> TriggerHit | None:
    """The first statement verb outside the sentence's quotations, left undated because every date
    of the sentence stands inside a quotation (:func:`timeline.sentences.assign_dates`), if any.

    Why: «"Since last night we have been fighting on four fronts," the chief of staff told recruits»,
    « "La nuit dernière, les bruits étaient terrifiants", a témoigné un chauffeur »: the quoted day
    is the speaker's, told from when he spoke; the reporting verb has no date of its own and is
    dated like a sentence with no date phrase, by the article.
    """
    if not dates or not quotes or not all(quoted(quotes, d.start, d.end) for d in dates) or any(
            dated.get(t) is d for t in triggers for d in dates if quoted(quotes, t.start, t.end) is None):
        return None
    return next((t for t in triggers if t.kind == "statement" and t not in dated
                 and quoted(quotes, t.start, t.end) is None), None)


def reported_dates_only(verb: TriggerHit, dated: dict[TriggerHit, DateHit]) -> bool:
    """(Round 29, ev29stm2) Whether a sentence's dated verbs are all military ones after the
    statement ``verb``, dated by phrases after it: the phrases date the events the words report
    ("the rebels said they had entered Hama on Thursday"), not the words."""
    return bool(dated) and all(t.family == "military" and t.start > verb.end and d.start > verb.end
                               for t, d in dated.items())


def cited_date(verb: TriggerHit, phrases: Sequence[DateHit], text: str, lang: str | None) -> DateHit | None:
    """(Round 29, ev29stm2) The date phrase after a statement verb that a word of citing, carrying
    or posting stands right before (the table's ``cited_date``: « selon un communiqué cité jeudi
    par l'agence », "in a statement carried on Thursday by SANA"): the day of the words."""
    pattern = table_pattern(lang, "cited_date")
    if pattern is None:
        return None
    return next((d for d in phrases if d.start > verb.end
                 and pattern.search(text[max(verb.end, d.start - CITED_REACH):d.start]) is not None), None)


#: How far (characters) before a date phrase :func:`cited_date` looks for the word of citing.
CITED_REACH = 40


def vague_after_military(verb: TriggerHit, triggers: Sequence[TriggerHit], phrases: Sequence[Any]) -> bool:
    """Whether every date phrase of a sentence stands after ``verb`` with a military verb between:
    the phrase dates that verb's clause ("... met in Doha as rebels advanced in recent days"), not
    the diplomatic one before it."""
    military = [t.end for t in triggers if t.family == "military" and t.start > verb.end]
    return bool(phrases) and bool(military) and all(d.start >= min(military) for d in phrases)


def story_marked(raws: list[RawEvent]) -> list[RawEvent]:
    """Events dated by the story's day carry its reason, "date_story"; no other event does.

    Why: the story's day (:func:`story_day`) is read from the days an article keeps naming, a
    weaker basis than its lead's explicit date; the review queue should say so. Marked once at the
    end, after every rule that re-dates an event (a present-tense report goes to the publication).
    """
    out = []
    for raw in raws:
        e = raw.event
        want = [r for r in e.reasons if r != "date_story"]
        want += [r for r in date_reasons(e.date_inferred) if r not in want]
        out.append(raw if want == e.reasons else RawEvent(replace(e, reasons=want), raw.sentence, raw.trigger))
    return out


def present_report(trigger: TriggerHit, rules: LanguageRules) -> bool:
    """Whether a statement verb is in the present tense (the table's ``present_report``: "says",
    « affirme », «afirma», «sagt»).

    Why: a report names the story's earlier day for what happened then, but "Turkey says it is
    ready to help" is news of the day it went out, as the gold and an analyst date it.
    """
    return rules.present_report is not None and rules.present_report.search(trigger.surface) is not None


def retold_document(sentence: Sentence, text: str, lang: str | None) -> bool:
    """(Round 35, prec35) Whether a sentence names again, as a definite noun, the written statement
    its words come from (the table's ``document_again``: "the statement added", « ajoute le
    communiqué », «añade el comunicado», «heißt es in der Erklärung», «بحسب البيان»).

    Why: a present-tense verb of saying is dated by the publication (:func:`present_report`),
    but in a sentence that cites the statement already told ("Tunisia also denounces the
    bombing, the communiqué adds") the present is the document's, which the lead dated: read as
    the publication day's words, it became a second statement of the same speaker the next day,
    a retelling no merge could join (half-A development articles)."""
    pattern = table_pattern(lang, "document_again")
    return pattern is not None and pattern.search(text, sentence.start, sentence.end) is not None


def present_news(triggers: Sequence[TriggerHit], rules: LanguageRules) -> bool:
    """Whether a sentence's statement verb is in the present tense (:func:`present_report`: "Turkey
    says", « la France appelle », «Turquía pide», «Ägypten fordert», «تؤكد الخارجية»): the words are
    the publication day's news, whatever the sentence before told.

    Why (round 24, ev24twin): after a sentence dated well before the article («La ofensiva,
    iniciada el 27 de noviembre, dejó 900 muertos»), the next three undated sentences were read as
    that background (:func:`background_runs`) and their statements dropped, though the round-19
    ruling dates a statement in the present tense by the publication, as :func:`present_report`
    already does after a lead."""
    return any(t.kind == "statement" and present_report(t, rules) for t in triggers)


#: How far before a statement verb's end (characters) its auxiliary of the present perfect is read.
PERFECT_REACH = 40


def present_perfect_news(triggers: Sequence[TriggerHit], text: str, lang: str | None) -> bool:
    """Whether a sentence's statement verb is in the present perfect where that tense tells the
    day's news (the table's ``present_perfect``, English and Spanish: "Turkey and Qatar have called
    for reconciliation", «Turquía y Catar han llamado a la reconciliación»); French and German use
    their perfect as the past and have no row.

    Why (round 24, ev24twin): the round-19 ruling dates a statement in the present perfect by the
    publication, as one in the present; after a sentence dated well before the article it was read
    as background (:func:`background_runs`) and dropped."""
    pattern = table_pattern(lang, "present_perfect")
    return pattern is not None and any(
        t.kind == "statement" and pattern.search(text, max(0, t.end - PERFECT_REACH), t.end) is not None
        for t in triggers)


#: The kinds of event that, dated long before the article (:func:`long_before`), are no event.
LONG_BEFORE_KINDS = frozenset({"statement", "control_change"})


def long_before(event: Event, published: Any) -> bool:
    """Whether a statement was made, or a place changed hands, long before the article's
    publication: background, not news.

    Why: «La Russie déclare ... soutenir Assad» in a paragraph dated October 2015 recalls why
    Russia went to war, not what it said in the story's weeks; on the timeline of the offensive it
    is a spurious statement of 2015. Counted from the event's last day (a month-precision "late
    November" ends on the 30th): :data:`BACKGROUND_EVENT_DAYS`. (Round 19, lang19) A capture of a
    year before the period ("the Kurdish units had taken Tell Rifaat in early 2016", «عام 2016»,
    "the army retook Aleppo in 2016") is no event either: the corpus ruling on background captures
    (data/corpus/README.md) counts only captures of the period, and a 2016 change of unknown
    direction was an unmatched event of the timeline. Not a past meeting, visit or agreement (the
    2023 strategic partnership: the diplomacy's background, kept with its date), nor a past
    situation or "other" event (a prison's history, the 2016 evacuation), as the gold keeps them.

    (Round 31) ev31dip made a call, meeting or visit more than :data:`BACKGROUND_DIPLOMACY_DAYS`
    before the article no event too ("the two leaders last met in Sochi in 2023"): the corpus
    annotates no such diplomacy, but the seeds' gold and the curated table keep it (the 2023
    strategic partnership, Wang Yi's May 2024 meeting, each with its date), so the merge lost their
    sources. That part is undone; the curated table's scope decides, and the corpus's is narrower.
    """
    if event.kind not in LONG_BEFORE_KINDS or published is None or event.date is None:
        return False
    last = event.date_end or event.date
    return (published - last).days > BACKGROUND_EVENT_DAYS


#: (Round 34, rev34) How far (characters) from a control verb a long-past date may stand and still
#: be its clause's own time (:func:`past_clause_change`).
PAST_CLAUSE_REACH = 60


def past_clause_date(t: TriggerHit, triggers: Sequence[TriggerHit], dates: Sequence[DateHit],
                     text: str, published: Any) -> DateHit | None:
    """The date that makes a control verb tell a change of the war's past, if one does: a date of
    its own clause, right after it (no comma, no other verb between, no "since" word), ended long
    before the article
    (:data:`BACKGROUND_EVENT_DAYS`), and no date of the sentence stands nearer the verb ("The
    rebels, who had been driven out of Hama in 2012, returned on Thursday", "returned for the
    first time since the army drove them out of the city in 2016", « qui avaient été expulsés de
    Hama en 2012, sont revenus jeudi », «que habían sido expulsados de Hama en 2012, volvieron el
    jueves»).

    Why (round 34, rev34): each date goes to its nearest verb and a verb keeps its finest one
    (:func:`timeline.sentences.assign_dates`); the main verb of return is no control verb, so the
    clause's verb of loss claimed both the clause's year and the sentence's day, kept the day, and
    the side driven out years ago was shown losing the town on the day it came back: a reversed
    change. The clause's year is the verb's own time; the change is history (:func:`long_before`).
    The verb keeps that date, and its date claims no other verb's (the Astana meetings of a clause
    after "took the villages in 2019" are not that year's)."""
    if t.kind != "control_change" or published is None:
        return None
    for d in dates:
        if d.date is None or d.start < t.end or d.start - t.end > PAST_CLAUSE_REACH:
            continue
        if (published - (d.date_end or d.date)).days <= BACKGROUND_EVENT_DAYS:
            continue
        between = text[t.end:d.start]
        if CLAUSE_BREAK.search(between) or SINCE_WORDS.search(between + " "):
            continue
        if any(t.end <= o.start < d.start for o in triggers if o is not t):
            continue
        own = gap(t.start, t.end, d.start, d.end)
        if all(gap(t.start, t.end, e.start, e.end) > own for e in dates if e is not d):
            return d
    return None


#: (Round 41, oth41) The marks that open the clause a "since" year stands in (:func:`relative_since`).
_RELATIVE_SINCE_OPEN = re.compile(r"[,،;:()\"«»“”]")


def relative_since(d: Any, text: str, rules: LanguageRules) -> bool:
    """Whether a "since" year stands in a relative clause that describes a noun of the sentence
    ("President Bashar al-Assad, who has ruled the country since 2000", «el presidente, quien ha
    gobernado el país desde 2000», « Assad, qui dirigeait le pays depuis 2000 », «الأسد الذي يحكم
    منذ عام 2000»): an aside on that noun, no past the passage goes on telling.

    Why (round 41, oth41): read as a narrative's "since" point (:func:`narrative_date`), it made
    the next undated sentences background (:func:`background_runs`), and a fresh development
    article lost Assad's flight and its news told after such a lead."""
    if getattr(d, "precision", "") != "year" or rules.relative_pronoun is None:
        return False
    since = SINCE_WORDS.search(text[max(0, d.start - 40):d.start])
    if since is None and not getattr(d, "since", False):
        return False
    end = max(0, d.start - 40) + since.start() if since is not None else d.start
    head = text[max(0, end - REFERENCE_REACH):end]
    opens = list(_RELATIVE_SINCE_OPEN.finditer(head))
    clause = head[opens[-1].start():] if opens else head
    # the clause opens with its pronoun (after the comma), or the pronoun stands inside it (Arabic,
    # no comma: «الأسد الذي يحكم البلاد منذ»)
    if rules.relative_pronoun.match(clause) is not None:
        return True
    return (not opens and rules.relative_pronoun_word is not None
            and rules.relative_pronoun_word.search(clause) is not None)


@cache
def reference_when(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``reference_when`` words right after a date ("since 2016, when", « depuis 2016,
    lorsque », «منذ 2016، عندما»), compiled once per language; ``None`` when the table has none."""
    items = table_rows(lang or "en", "reference_when")
    if not items:
        return None
    alt = "|".join(f"(?:{x})" for x in items)
    return re.compile(rf"[\s,،]*(?:{alt})(?!\w)", re.IGNORECASE)


def reference_past(trig: TriggerHit, dates: Sequence[Any], text: str, rules: LanguageRules,
                   lang: str | None) -> bool:
    """Whether a trigger stands in a "when" clause that tells the past of a reference year ("the
    first time since 2016, when the army retook the city", « pour la première fois depuis 2016,
    lorsque l'armée a repris la ville », «لأول مرة منذ 2016، عندما استعاد الجيش المدينة»).

    Why: a superlative's "since" year dates nothing and its sentence is dated as undated news
    (:func:`since_reference`); a clause opened by "when" right after that year tells what happened
    then, not this week: dated as news, the 2016 recapture of Aleppo was a government gain of the
    story's day, a reversed change on the map.
    """
    when = reference_when(lang)
    if when is None:
        return False
    return any(d.end <= trig.start and since_reference(d, text, rules) and when.match(text, d.end) is not None
               for d in dates)


#: How far before a date (characters) the table's ``since_start`` words may begin.
SINCE_START_REACH = 60


def since_start_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                      rules: LanguageRules, until: Any) -> dict[TriggerHit, DateHit]:
    """Ranges for the events dated by a "since the offensive began on X" phrase ("fighting has raged
    since the offensive began on 27 November", « depuis le début de l'offensive le 27 novembre »,
    «منذ بدء الهجوم في 27 تشرين الثاني», «desde que comenzó la ofensiva el», «seit Beginn der
    Offensive am»): from X to ``until`` (the story's day), week precision.

    Why: the table's ``since`` words stand right before their date, so the start named between
    them and the date hid the "since", and the fighting of the whole period was dated on X, the
    offensive's first day. The range keeps the event and says what the text says: since X, up to
    the report. The launch itself ("the offensive began on X", role ``offensive``) keeps its day,
    and a control change's date is not this function's (:mod:`timeline.control_dates`), except a
    capture's (round 14): « Depuis le début de l'offensive le 27 novembre, les rebelles ont pris
    Alep », «Desde que comenzó la ofensiva el 27 de noviembre ... han tomado», «Seit Beginn der
    Offensive am 27. November haben ... eingenommen» put the captures on the 27th, where "since
    the offensive began on 27 November" in English (the launch verb claims the day) gave them the
    range (:func:`launch_captures`); so do these now, as the captures since a bare day do
    (:func:`since_captures`).
    """
    if rules.since_start is None or until is None:
        return {}
    out: dict[TriggerHit, DateHit] = {}
    for t, d in dated.items():
        if ((t.kind == "control_change" and t.role not in CAPTURE_ROLES) or t.role == "offensive"
                or d.precision != "day" or d.date is None
                or not d.date < until):
            continue
        if rules.since_start.search(text[max(0, d.start - SINCE_START_REACH):d.start]):
            out[t] = DateHit(d.phrase, d.start, d.end, d.date, until, "week")
    return out


#: Military kinds that may share a date they did not claim: control changes only (a strike's day is
#: often the night before its reporting day, "overnight air strikes ..., both sides said on Wednesday",
#: and a strike named in a relative clause is the background of the news).
SHARING_KINDS = frozenset({"control_change"})
#: How far (characters) after its reporting verb a capture may be to be what the verb reports.
REPORT_REACH = 60
#: A colon that opens a quotation right after a reporting verb ('said on Saturday: "We have taken
#: ...', « a déclaré samedi : « Nous avons pris ... », «قالت الهيئة: "سيطرنا على ...»): the quoted
#: words are the report's, told on its day; any other colon ends the clause.
_QUOTE_COLON = re.compile(r":\s*[\"“«„‘']\s*")


#: How far (characters) after a capture verb the reporting verb of a trailing reporting clause may
#: stand when a long description of the place taken comes between (:func:`trailing_report`).
TRAILING_REPORT_REACH = 240
#: How far (characters) after the comma opening a trailing reporting clause its verb may stand
#: (its subject first: ", three Syrian sources told").
TRAILING_REPORT_SUBJECT = 60


def trailing_report(t: TriggerHit, verb: TriggerHit, triggers: Sequence[TriggerHit], text: str) -> bool:
    """Whether reporting verb ``verb`` opens a trailing reporting clause on capture ``t`` further
    than the plain reach: the clause opens at the last comma before the verb, the verb stands
    within :data:`TRAILING_REPORT_SUBJECT` of that comma (its subject, if any, before it), no other
    verb of the sentence stands between the capture and that comma, and the whole stretch is within
    :data:`TRAILING_REPORT_REACH`.

    Why (round 35, clause35): "Rebels took Deir ez-Zor, the government's main foothold in the vast
    desert in the east of the country, three sources said on Friday", « ..., principal bastion du
    gouvernement dans le désert qui s'étend dans l'est du pays, ont indiqué vendredi trois sources »:
    a long description of the place (an apposition, perhaps with a relative clause) pushed the
    reporting verb past the reach, the capture took no date and was lost; the same sentence with a
    short description made its change."""
    if verb.start - t.end > TRAILING_REPORT_REACH:
        return False
    comma = max(text.rfind(",", t.end, verb.start), text.rfind("،", t.end, verb.start))
    if comma < 0 or verb.start - comma > TRAILING_REPORT_SUBJECT:
        return False
    return not any(o is not t and o is not verb and t.end <= o.start < comma for o in triggers)


def shared_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                 rules: LanguageRules, lang: str | None = None) -> dict[TriggerHit, DateHit]:
    """Dates for a dated sentence's control changes that claimed none.

    Why: each date goes to its nearest verb (:func:`timeline.sentences.assign_dates`), so "State
    media said on Tuesday the army had won back Karnaz" gives Tuesday to "said" and the capture,
    left undated, was lost; so was the second verb of «ودخلت الفصائل حلب، الجمعة، وسيطرت على
    أحيائها». A capture in reported speech (at most :data:`REPORT_REACH` characters after a dated
    reporting verb) shares that verb's date; a capture coordinated with a dated capture right
    before it shares that date when the sentence has one date only. Not after a circumstance word
    ("took Hama on Thursday after they had seized Morek"), nor in a sentence about an offensive
    («عقب هجوم ... أتاح لها السيطرة على حلب»: what it won, not the day's news). A trigger with a
    date of its own keeps it: this only fills the ones without. The words are the table's
    (``circumstance``, ``relative_pronouns``, ``coordinators``: :func:`_coordinated`).
    """
    circumstance = rules.circumstance
    out: dict[TriggerHit, DateHit] = {}
    if not dated:
        return out
    if any(o.role in LAUNCH_ROLES for o in triggers):
        return announced_launches(triggers, dated, text)
    reporting = sorted((t for t in dated if t.kind == "statement"), key=lambda t: t.start)
    captures = sorted((t for t in dated if t.kind == "control_change"), key=lambda t: t.start)
    days = {(d.date, d.date_end, d.precision) for d in dated.values()}
    for t in triggers:
        if t in dated or t.family != "military" or t.kind not in SHARING_KINDS:
            continue
        if circumstance is not None and circumstance.search(text[max(0, t.start - CIRCUMSTANCE_REACH):t.start]):
            continue
        # (round 38, ann38) or the verb that heads the capture's own words, the two hits overlapping
        # (« ont affirmé » and « affirmé avoir pris », "claimed" and "claimed to have taken",
        # :func:`timeline.sentences.announced_change`): «Dimanche, les rebelles ont affirmé avoir pris
        # Hama» gave Sunday to the nearer statement verb, and the capture, ending after it, was lost
        verb = next((r for r in reversed(reporting) if r.end <= t.start or r.start <= t.start < r.end), None)
        # (round 30, ev30stm) the reach runs from where the reported words open (a clause marker,
        # else the verb's own date between); (round 30, lead) a colon opening a quotation does not
        # end the clause ('said on Saturday: "We have taken ..."')
        opening = _report_opening(verb, dated[verb], t, text, rules.clause_marker) if verb is not None else 0
        if (verb is not None and t.start - opening <= REPORT_REACH
                and not _CLAUSE_STOP.search(_QUOTE_COLON.sub(" ", text[verb.end:t.start]))):
            out[t] = dated[verb]
            continue
        # (round 39, vl39) «أعلن الجيش يوم الخميس استعادة السيطرة على مورك»: the noun of recapture and
        # the control words it governs are one claim (two hits, only the rest of a word and a space
        # between); the day went to the first, which names no place, and the change was lost
        joined = next((c for c in captures
                       if 0 <= t.start - c.end <= 3 and re.fullmatch(r"\w{0,2}\s+", text[c.end:t.start])), None)
        if joined is not None:
            out[t] = dated[joined]
            continue
        # "The rebels, who had seized Aleppo a week earlier, captured Hama on Thursday": a capture in
        # a relative clause takes no date of the sentence's
        if rules.relative is not None and rules.relative.search(text, max(0, t.start - 25), t.start):
            continue
        # "Rebels took Hama, the army said on Thursday", «..., وفق ما أعلنت الخارجية السبت»
        verb = next((r for r in reporting if r.start >= t.end), None)
        if (verb is not None and (verb.start - t.end <= REPORT_REACH + 40 or trailing_report(t, verb, triggers, text))
                and not _CLAUSE_STOP.search(text, t.end, verb.start)
                and "," in text[t.end:verb.start].replace("،", ",")):
            out[t] = dated[verb]
            continue
        near = [c for c in captures
                if 0 <= t.start - c.end <= CLAUSE_REACH + 20 and _coordinated(text, c.end, t, rules)]
        near += [c for c in captures
                 if 0 <= c.start - t.end <= CLAUSE_REACH + 20 and _coordinated(text, t.end, c, rules)]
        # (round 33, rev33b) "Rebels took Hama on Thursday while the army recaptured Morek", "The army
        # lost Rastan on Thursday but retook Morek", «سيطرت الفصائل على حماة يوم الخميس بينما استعاد
        # الجيش مورك»: a word of the same day or of contrast joins the two changes, a new subject
        # perhaps between (the table's ``same_day_joiner``); the undated one was lost
        joiner = table_pattern(lang, "same_day_joiner") if lang else None
        # (its day before the joining word: «HTS nahm Halfaya ein, doch am Donnerstag eroberten
        # Regierungstruppen den Ort zurück»: the day after «doch» is the second clause's only)
        if joiner is not None:
            near += [c for c in captures if c not in near and (
                (0 <= t.start - c.end <= CLAUSE_REACH + 20 and _joined(text, c.end, t.start, joiner, dated[c]))
                or (0 <= c.start - t.end <= CLAUSE_REACH + 20 and _joined(text, t.end, c.start, joiner, dated[c])))]
        # the date nearest to it, if a coordinated capture holds it («ودخلت ... حلب، الجمعة، وسيطرت
        # ...، وبسطت ...، السبت»: Friday is the entry's too); with one date, that date
        nearest = min(dated.values(), key=lambda d: (gap(t.start, t.end, d.start, d.end), d.start))
        mine = [c for c in near if len(days) == 1 or dated[c] == nearest]
        if mine:
            out[t] = dated[mine[0]]
            continue
        # (round 30, ev30ccar) «سيطرت على معرة النعمان، ما يعني أن محافظة إدلب باتت تحت سيطرة الفصائل»
        cause = consequence_of(text, t, captures, rules)
        if cause is not None and len(days) == 1:
            out[t] = dated[cause]
    return out


#: How far (characters) a consequence clause's control verb may stand after the dated capture.
CONSEQUENCE_REACH = 90


def consequence_of(text: str, t: TriggerHit, captures: Sequence[TriggerHit], rules: LanguageRules) -> TriggerHit | None:
    """The dated capture ``t`` is told as the consequence of: the last one before it, within
    :data:`CONSEQUENCE_REACH` characters, with the table's ``consequence_clause`` words between
    them ("meaning that", «ما يعني أن»); ``None`` when there is none.

    Why (round 30, ev30ccar): a province that fell is told as what a dated capture meant
    («سيطرت الفصائل السبت على مدينة معرة النعمان، ما يعني أن محافظة إدلب باتت بالكامل تحت سيطرتها»);
    the second verb, no coordinator before it, shared no date and the province's fall was dropped.
    Only with the sentence's one day (:func:`shared_dates`)."""
    pattern = table_pattern(rules.language, "consequence_clause")
    if pattern is None or t.kind != "control_change":
        return None
    before = [c for c in captures if c.end <= t.start and t.start - c.end <= CONSEQUENCE_REACH]
    if not before:
        return None
    cause = before[-1]
    gap = text[cause.end:t.start]
    return cause if pattern.search(gap) is not None and not _CLAUSE_STOP.search(gap) else None



def _report_opening(verb: TriggerHit, date: DateHit, capture: TriggerHit, text: str,
                    marker: re.Pattern[str] | None) -> int:
    """(Round 30, ev30stm) Where the words a dated reporting verb reports open, for
    :data:`REPORT_REACH`: at the first clause marker of the table ("that", « que », «أن», «dass»)
    between the verb and the capture, else after the verb's own date phrase when that stands
    between them, else right after the verb («وذكرت إدارة العمليات العسكرية عبر حسابها على
    تليغرام اليوم الخميس، أن الفصائل ... ونجحت في السيطرة على»; "said in a statement on its
    Telegram channel on Thursday, 28 November, that the factions had taken").

    Why: a verb-subject order puts the subject, the channel and the day between the verb and its
    words; measured from the verb, captures a few words into those words were out of reach and lost
    their date, so no event (a development article lost four villages when «ذكرت» became a
    statement verb and took the day from them). What follows the marker is the verb's words
    however long its subject was."""
    lo = date.end if 0 <= date.start and verb.end <= date.start and date.end <= capture.start else verb.end
    found = marker.search(text, lo, capture.start) if marker is not None else None
    return found.start() if found is not None else lo


def announced_launches(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                       text: str) -> dict[TriggerHit, DateHit]:
    """Dates for the undated launches of an offensive told in reported speech: the reporting
    verb's, when the launch follows it within :data:`REPORT_REACH` characters in its clause.

    Why: "The factions said on Wednesday they had launched an offensive", « ont annoncé mercredi
    avoir lancé une offensive », «dijeron el miércoles que habían lanzado una ofensiva», «erklärten
    am Mittwoch, sie hätten eine Offensive gestartet»: the day goes to the nearest verb, the
    statement, and the launch, left undated in a dated sentence, was dropped. The announcement is
    the launch's day. The captures of such a sentence still share nothing (:func:`shared_dates`).
    """
    reporting = sorted((t for t in dated if t.kind == "statement"), key=lambda t: t.start)
    out: dict[TriggerHit, DateHit] = {}
    for t in triggers:
        if t in dated or t.role not in LAUNCH_ROLES:
            continue
        verb = next((r for r in reversed(reporting) if r.end <= t.start), None)
        if verb is not None and t.start - verb.end <= REPORT_REACH and not _CLAUSE_STOP.search(text, verb.end, t.start):
            out[t] = dated[verb]
    return out


#: Precisions of a launch's date that date its captures (:func:`launch_captures`): a day, or the
#: week of "last week" (round 17, bg17); not a month or a year, which name no recent launch.
LAUNCH_CAPTURE_PRECISIONS = frozenset({"day", "week"})


def launch_captures(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                    until: Any) -> dict[TriggerHit, DateHit]:
    """Dates for the undated captures of a sentence that dates the offensive's launch: the days
    from the launch to ``until`` (the story's day, or the publication when later), week precision.

    Why: "HTS launched an offensive on 27 November, seizing dozens of villages", « a lancé le 27
    novembre une offensive, s'emparant de dizaines de localités », «أطلقت الفصائل في 27 نوفمبر
    هجوماً سيطرت خلاله على عشرات القرى», «lanzó el 27 de noviembre una ofensiva y tomó»,
    «hatten am 27. November eine Offensive begonnen und seither Sarakib erobert»: the day goes to
    the launch, and the captures, which the sentence tells as what the offensive won since then,
    were left undated in a dated sentence and lost (:func:`shared_dates` gives a launch sentence's
    captures no day: they are no news of the launch's day). They happened between the launch and
    the report, as the text says; the control model places such a range at its end. A capture with
    a date of its own keeps it.

    (round 17, bg17) A launch dated by its week ("launched a surprise offensive last week and
    captured Saraqib", « ont lancé la semaine dernière une offensive et ont pris », «lanzaron la
    semana pasada una ofensiva y tomaron», «hatten in der vergangenen Woche eine Offensive gestartet
    und dabei ... erobert») dates its captures the same way, from that week's first day: only a day
    used to count, so such a capture, the background of a later story (the corpus ruling on captures
    of the period told as background), was dropped in a dated sentence (two German development
    articles told Aleppo's capture so). Arabic already gave the verb the week («سيطرت خلاله»).
    """
    if until is None:
        return {}
    launches = [d for t, d in dated.items() if t.role in LAUNCH_ROLES and d.precision in LAUNCH_CAPTURE_PRECISIONS
                and d.date is not None and d.date <= until]
    if not launches:
        return {}
    first = min(launches, key=lambda d: d.date)
    # (round 29, ev29date) a launch of the report's own day ("a counter-attack launched after
    # midnight, retaking X", «شنت هجوماً معاكساً فجر اليوم استعادت خلاله») dates its captures that day;
    # only an earlier launch made them a range, and such captures were lost
    precision = "day" if first.date == until else "week"
    return {t: DateHit(first.phrase, first.start, first.end, first.date, until, precision) for t in triggers
            if t not in dated and t.kind == "control_change" and t.role in CAPTURE_ROLES}


def since_captures(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                   dates: Sequence[Any], until: Any) -> dict[TriggerHit, DateHit]:
    """Dates for the undated captures of a sentence that names a recent "since X" day: the days from
    X to ``until`` (the story's day, or the publication when later), week precision.

    Why (round 14): "Since 27 November the rebels have taken Aleppo and Hama", « Depuis le 27
    novembre, les rebelles ont pris Alep », «منذ 27 تشرين الثاني ... تمكنت الفصائل من السيطرة على حلب»,
    «Desde el 27 de noviembre ... han tomado», «Seit dem 27. November haben ... eingenommen»: a
    "since" point dates no event of its own (:func:`timeline.sentences.usable_dates`), so the
    sentence counted as dated and its captures were dropped (two Arabic development articles lost
    four). The text says when they happened: between X and the report, as the captures of a dated
    launch (:func:`launch_captures`). ``dates`` are the sentence's expressions, usable or not; only
    a single day within :data:`SINCE_CAPTURE_DAYS` of ``until`` counts, the earliest if several.
    """
    span = since_span(dates, until)
    if span is None:
        return {}
    return {t: span for t in triggers
            if t not in dated and t.kind == "control_change" and t.role in SINCE_CAPTURE_ROLES}


#: Roles :func:`since_captures` dates: the captures, and (round 42, cc42) a place told out of the
#: government's control since a recent day ("Since Friday evening Suwayda has been out of
#: government control", « Depuis vendredi soir, Soueida échappe au contrôle du régime », «ومنذ
#: مساء الجمعة خرجت السويداء عن سيطرة النظام», «Seit Freitag ist Suwaida außerhalb der Kontrolle
#: der Regierung»): undated, the sentence counted as dated by its "since" point and the loss was
#: dropped (a development article's Suwayda).
SINCE_CAPTURE_ROLES = CAPTURE_ROLES | {"leave"}


def _joined(text: str, start: int, end: int, joiner: re.Pattern[str], day: DateHit) -> bool:
    """Whether the span between two control verbs ends with a ``same_day_joiner`` word followed by at
    most four words (the second verb's own subject), no sentence stop in it, and the shared ``day``
    stands before that word (round 33, rev33b)."""
    span = text[start:end]
    if _CLAUSE_STOP.search(span):
        return False
    found = re.search(rf"(?<!\w)(?:{joiner.pattern})(?!\w)(?:\s+[^\s,،.;:]+){{0,4}}\s*$", span, re.IGNORECASE)
    return found is not None and day.start < start + found.start()


def _coordinated(text: str, start: int, second: TriggerHit, rules: LanguageRules) -> bool:
    """Whether ``second`` is joined to the verb ending at ``start`` by a coordinator: the table's
    ``coordinators`` or a comma, perhaps with a ``sequence_words`` after it ("and then"), right
    before it ("entered Aleppo on Friday and took", « et ont pris », «y tomaron», «und nahmen»),
    or its ``coordinator_prefix`` written with the verb («ودخلت ... حلب، الجمعة، وسيطرت»)."""
    return ((rules.coordinator_prefix is not None and rules.coordinator_prefix.match(second.surface) is not None)
            or (rules.coordinated is not None
                and rules.coordinated.search(_last_words(text, start, second.start)) is not None))


def later_clause_date(t: TriggerHit, d: DateHit, triggers: Sequence[TriggerHit], text: str,
                      circumstance: re.Pattern[str] | None) -> bool:
    """Whether a situation report's date stands in an "after" clause that follows it, the clause's
    own capture verb between the two ("the insurgents keep advancing towards Homs after they took
    Hama on Thursday", «siguen avanzando hacia Homs, después de que tomaran Hama el jueves», « ils
    continuent d'avancer vers Homs, après avoir pris Hama jeudi »): the day is the capture's, the
    report is the news of its own sentence, dated as one with no day (:func:`article_date`).

    Why (round 39, oth39): :func:`situation_dates` gave the report the sentence's nearest date, the
    clause's day, and a development advance on Homs told on the 6th took the 5th (half B, Spanish).
    """
    if t.role not in SITUATION_ROLES or t.kind != "other" or d.start < t.end:
        return False
    return any(u.kind == "control_change" and t.end < u.start and u.end <= d.start
               and (opening := after_clause_start(text, t.end, u, circumstance)) is not None and opening >= t.end
               for u in triggers)


def situation_dates(triggers: Sequence[TriggerHit], dates: Sequence[DateHit],
                    phrases: Sequence[Any] = (), claimed: dict[TriggerHit, DateHit] | None = None
                    ) -> dict[TriggerHit, DateHit]:
    """The date of each situation report of a dated sentence: the sentence's date nearest to it.

    Why: "the army said on Friday that rebels were 5 km from Homs after taking Rastan" dates the
    advance, the capture and the statement by one phrase; were the situation trigger to compete
    for it (:func:`timeline.sentences.assign_dates`), it would take the date from the capture
    and leave it undated. So it shares the nearest date instead of claiming it. When the phrase
    nearest to it is no date ("clashes have raged since 27 November", ``phrases`` holds every date
    phrase of the sentence), it reports the war going on, not news of a day: no date.

    A date another verb has claimed (``claimed``) and stands nearer to is that verb's, not the
    situation's, when the sentence has another: in « Mercredi, les rebelles ont avancé vers
    Saraqeb et jeudi, ils ont pris Saraqeb » Thursday is the capture's, a few characters nearer to
    the advance than Wednesday is, and the advance is Wednesday's.
    """
    out: dict[TriggerHit, DateHit] = {}
    usable = {(d.start, d.end) for d in dates}
    for t in triggers:
        if (t.role not in SITUATION_ROLES and t.role not in EVENT_ROLES) or not dates:
            continue
        nearest = min(phrases, key=lambda d: gap(t.start, t.end, d.start, d.end), default=None)
        if nearest is not None and (nearest.start, nearest.end) not in usable:
            continue
        own = [d for d in dates if not any(
            (c.start, c.end) == (d.start, d.end)
            and gap(u.start, u.end, d.start, d.end) < gap(t.start, t.end, d.start, d.end)
            for u, c in (claimed or {}).items())]
        out[t] = min(own or dates, key=lambda d: (gap(t.start, t.end, d.start, d.end), d.start))
    return out


def carried_dates(raws: list[RawEvent], sentences: Sequence[Sentence], registry: ActorRegistry,
                  text: str = "", lang: str | None = None) -> list[RawEvent]:
    """Statements without a date phrase that go on from a dated diplomatic event of the sentence
    right before, by one of its participants, take that event's date instead of the article's.

    Why: "On Monday Fidan held talks with Araghchi in Ankara. Fidan said fresh efforts would
    go into the Astana process." and «Lundi, Fidan s'est entretenu avec Araghchi. Fidan a
    déclaré ...» date the words by the talks they follow, not by the story's lead (a Saturday
    meeting announced in the title); a statement of the talks' day is then their readout
    (:func:`fold_readouts`). Only a person's words (a state or a ministry speaks for itself),
    and only right after: a sentence in between breaks the thread.

    So are the words of anyone right after a statement dated by a phrase of its own in the same
    paragraph: "Iran said on Tuesday it would consider sending forces. Russia called the assault
    terrorist aggression", «L'Iran a déclaré mardi ... La Russie a jugé ...»: a paragraph of
    reactions reports one day's reactions, not the story's lead day. A line break (``text``)
    ends the paragraph.
    """
    index = {s.start: i for i, s in enumerate(sentences)}
    out = list(raws)
    for k, raw in enumerate(raws):
        e = raw.event
        if (e.kind == "visit" and e.date_inferred in ("lead", "published", STORY_DATE) and e.actors
                and text and raw.trigger is not None
                and told_as_occasion(text, raw.sentence.start, raw.trigger, lang)):
            # (round 41, stmt41) "Netanyahu announced on Sunday ... He made the announcement during a
            # visit to the Golan": the visit told as the occasion of the words just told is of their day
            here = index.get(raw.sentence.start)
            said = next((r for r in reversed(raws[:k]) if here and index.get(r.sentence.start) == here - 1
                         and r.event.kind == "statement" and r.event.date_inferred is None
                         and r.event.actors[:1] == e.actors[:1]), None)
            if said is not None:
                h = said.event
                out[k] = RawEvent(replace(e, date=h.date, date_end=h.date_end, date_precision=h.date_precision,
                                          date_phrase=h.date_phrase, date_inferred=PREVIOUS_DATE),
                                  raw.sentence, raw.trigger)
            continue
        if e.kind != "statement" or e.date_inferred not in ("lead", "published", STORY_DATE) or not e.actors:
            continue
        speaker = registry.get(e.actors[0])
        here = index.get(raw.sentence.start)
        previous = [r for r in reversed(raws[:k]) if here is not None and here > 0
                    and index.get(r.sentence.start) == here - 1 and r.event.date_inferred is None]
        host = next((r for r in previous if r.event.kind in _DIPLOMATIC_KINDS and e.actors[0] in r.event.actors
                     and (speaker is None or speaker.is_person)), None)
        if host is None and text and here and not any(ch in "\r\n"
                                                      for ch in text[sentences[here - 1].end:raw.sentence.start]):
            host = next((r for r in previous if r.event.kind == "statement" and r.event.date_precision == "day"), None)
        if host is None and here:
            # (round 38, stmt38) "PUTRAJAYA: Malaysia calls on all parties to ... In a statement, the
            # Foreign Ministry reaffirmed Malaysia's support ...": the same voice going on in the
            # sentence right after (its state, or a body or an official of it), even past a line
            # break and after words dated by their present tense, says what it said that day; read
            # on the story's day (the Sunday of the fall), one statement became two on two days. Not
            # after a subheading in the present («النظام السوري يعلن الانسحاب من حلب», no closing
            # stop): it titles the report below, it dates nothing
            host = next((r for r in reversed(out[:k]) if index.get(r.sentence.start) == here - 1
                         and r.event.kind == "statement" and r.event.date_precision == "day"
                         and (r.event.date_inferred in (None, PREVIOUS_DATE)
                              or (r.event.date_inferred == "published" and _CLOSED.search(r.sentence.text)))
                         and r.event.date != e.date and same_voice(r.event, e, registry)), None)
        if host is None:
            continue
        h = host.event
        out[k] = RawEvent(replace(e, date=h.date, date_end=h.date_end, date_precision=h.date_precision,
                                  date_phrase=h.date_phrase, date_inferred=PREVIOUS_DATE),
                          raw.sentence, raw.trigger)
    return carried_military(out, index, text)


#: (Round 38, stmt38) A sentence closed by a stop, a quotation mark or a bracket: no subheading.
_CLOSED = re.compile(r"[.!?؟»\"”’)]\s*$")


def same_voice(a: Event, b: Event, registry: ActorRegistry) -> bool:
    """(Round 38, stmt38) Whether two statements speak with one voice: their first actors speak for
    the same institution (:meth:`ActorRegistry.voice`), or one is a state and the other a body or
    an official of it (as :meth:`timeline.merge` reads a state's voice)."""
    if not a.actors or not b.actors:
        return False
    if registry.voice(a.actors[0]) == registry.voice(b.actors[0]):
        return True
    x, y = registry.get(a.actors[0]), registry.get(b.actors[0])
    if x is None or y is None or not x.country or x.country != y.country or x.country == "SY":
        return False
    return "state" in (x.type, y.type) and {x.type, y.type} <= {"state", "official", "government_body"}


#: Kinds whose undated report goes on from the military event of the sentence before it
#: (:func:`carried_military`); a control change's date is the control model's (control_dates.py).
CARRIED_MILITARY_KINDS = frozenset({"strike", "other"})
#: Kinds of the dated event such a report goes on from.
_MILITARY_HOSTS = frozenset({"control_change", "strike", "other"})
#: How many sentences back (:func:`carried_military`) the dated event it goes on from may be.
CARRY_REACH = 2
#: (Round 37, str2) How many days before the article's date the day of a dated military event of the
#: sentence right before may be, for the report that goes on from it to take that day
#: (:func:`carried_military`).
NEXT_CARRY_DAYS = 3


def carried_military(raws: list[RawEvent], index: dict[int, int], text: str = "") -> list[RawEvent]:
    """Strikes and other military events without a date phrase, close after a military event dated
    by a phrase of its own to the day before the article's date, take that day.

    Why: "Fidan called for calm on Friday. Russian jets bombed Rastan on Thursday evening.
    Government artillery shelled Talbiseh." and «... مساء الخميس. ووفقا للمرصد، رفعت القوات
    الحكومية سواتر ترابية ...» go on telling Thursday's fighting: the lead's Friday is the day of
    the story's news, not of the account that follows a dated one. Only close after
    (:data:`CARRY_REACH` sentences), when the last event dated by a phrase of its own is military
    and of the day before the article's date (the night's or yesterday's account): words of
    Thursday date no strike told after them, and the offensive's start days back dates no news.

    (Round 36, date36) Only in the host's paragraph (with ``text``: no line break between the host's
    sentence and this one): "Jets bombed Rastan on Friday evening.\nCelebrations filled Homs." opens
    a new paragraph, which goes back to the story's own day; the day told last carried over the
    break and dated a Sunday story's celebrations and freed prisoners by Saturday night's entry.
    """
    out = list(raws)
    for k, raw in enumerate(raws):
        e = raw.event
        if (e.kind not in CARRIED_MILITARY_KINDS or e.date is None
                or e.date_inferred not in ("lead", "published", STORY_DATE)):
            continue
        here = index.get(raw.sentence.start)
        # the last event dated by a phrase of its own, a few sentences back at most
        last = next((r for r in reversed(raws[:k]) if here and r.event.date_inferred is None
                     and 0 < here - index.get(r.sentence.start, -CARRY_REACH) <= CARRY_REACH), None)
        host = last.event if last is not None else None
        if host is not None and text and new_paragraph(text, last.sentence.end, raw.sentence.start):
            continue
        # (round 37, str2) «... الثلاثاء 3 ديسمبر، معارك عنيفة ... وأفاد المرصد عن "اشتباكات ... وتزامنت
        # مع تنفيذ الطيران ... عشرات الضربات"» in a Friday story: the sentence right after a dated
        # account of fighting goes on telling that day, a few days back too; not after the launch of
        # the offensive (its start dates no news told after it)
        adjacent = (last is not None and here - index.get(last.sentence.start, -CARRY_REACH) == 1
                    and last.trigger.role not in LAUNCH_ROLES)
        # (round 43, date43) "Egypt's foreign minister called his Syrian counterpart on Friday evening.
        # ... the rebels had taken most of Aleppo by Saturday. In response, the authorities closed
        # Aleppo airport." in a Saturday story: the sentence right after an account dated by its own
        # phrase to the day after the lead's goes on telling that day, as one after the day before
        # does; the lead's Friday is the call's
        later = (adjacent and e.date_inferred == "lead" and host is not None and host.date is not None
                 and (host.date - e.date).days == 1
                 # (round 48, o48) not a held entry's range (held_entry_range), whose first day is no
                 # lead's day: "struck depots on Monday. Troops have entered the buffer zone" keeps
                 # the entry's range, now starting on the fall's day, the eve of Monday's strike
                 and not (e.date_end is not None and e.date_end != e.date))
        if (host is not None and host.kind in _MILITARY_HOSTS and host.date_precision == "day"
                and host.date is not None and ((e.date - host.date).days == 1 or later
                                               or (adjacent and 1 < (e.date - host.date).days <= NEXT_CARRY_DAYS))):
            out[k] = RawEvent(replace(e, date=host.date, date_end=None, date_precision="day",
                                      date_phrase=host.date_phrase, date_inferred=PREVIOUS_DATE),
                              raw.sentence, raw.trigger)
    return out


#: Precisions of a past date that tells a story of its own, which the undated sentences after it go
#: on telling (:func:`background_runs`); a year alone ("in 2011") is an aside, not a story.
NARRATIVE_PRECISIONS = frozenset({"day", "week", "month"})


def narrative_date(d: Any, text: str) -> bool:
    """Whether a past date phrase opens a passage the undated sentences after it go on telling: a
    day, week or month ("on 2 December", "in July 2023"), or a "since" point of the offensive's
    year ("the rebels have held Saraqeb since 29 November": a state the passage goes on describing);
    a "since" point more than :data:`SINCE_ASIDE_DAYS` before the launch that opens its sentence
    ("Since 2016, Turkish forces have gained ...", « Depuis 2016, », «ومنذ عام 2016») is an aside,
    whatever its precision (:func:`opens_with_since`); at the end of a holding ("the Kurds have
    held Tell Rifaat since 2016") it is still a state told at length.

    Why: an aside of history in a news report is a sentence with a year alone ("the war began in
    2011", « le conflit a éclaté en 2011 », «اندلعت الحرب عام 2011», «en 1967», «im Jahr 2011»):
    the report goes back to the news in its next sentence ("The army said it had redeployed ..."),
    which was taken for more history (:func:`background_runs`) and lost with its date. A past day or
    month told at length (last year's meeting: "Assad met Erdogan on 19 July 2022. He said ...")
    is a story, and the sentences after it stay background.
    """
    since = getattr(d, "since", False) or (
        bool(text) and SINCE_WORDS.search(text[max(0, d.start - 40):d.start]) is not None)
    when = getattr(d, "date", None)
    if (since and when is not None and when < WINDOW_START - timedelta(days=SINCE_ASIDE_DAYS)
            and opens_with_since(d, text)):
        # (round 50, x50b) "Since 2016, Turkish forces have gained control over ...", « Depuis
        # 2016, ... », «ومنذ عام 2016 سيطرت», «Desde 2016, ...», «Seit 2016 haben ...»: a sentence
        # opened by a point years before the offensive sums up a long past in one sentence, an
        # aside as a year alone is; the sentences after it went on as background and the SNA's
        # captures told next (the offensive's own) were lost on a fresh development article (dY8).
        # A holding told with its "since" point at the end ("the Kurds have held Tell Rifaat
        # since 2016") is a state the passage goes on describing, as before (round 6)
        return False
    return getattr(d, "precision", "") in NARRATIVE_PRECISIONS or since


def opens_with_since(d: Any, text: str) -> bool:
    """Whether the date ``d`` stands in a "since" phrase that opens its sentence ("Since 2016, ...",
    « Depuis 2016, », «ومنذ عام 2016», «Desde 2016,», «Seit 2016»): the table's since words
    (:data:`timeline.lexicon.SINCE_OPENED`) right after the previous sentence's end or a line
    break, with at most a conjunction before them (:func:`narrative_date`)."""
    if not text or d.start < 0:
        return False
    head = text[max(0, d.start - 60):d.start]
    cut = max(head.rfind(c) for c in ".!?؟\n")
    before = head[cut + 1:]
    if SINCE_OPENED.match(before) is not None:
        return True
    # the date phrase may hold its since word («Desde 2016» as one hit, marked ``since``)
    return bool(getattr(d, "since", False)) and _SINCE_HIT_OPENS.fullmatch(before) is not None


#: What may stand before a "since" date phrase that opens its sentence (:func:`opens_with_since`):
#: punctuation, quotes and the Arabic conjunction «و».
_SINCE_HIT_OPENS = re.compile(r"[\W\d_]*(?:و)?\s*")


#: How long before the offensive's launch (days) a "since" point sums up a past of its own, an
#: aside and no passage told at length (:func:`narrative_date`): "since 2016", not "since
#: 27 November" nor "since the summer".
SINCE_ASIDE_DAYS = 365


def reported_day(fallback: tuple[DateHit, str] | None, published: Any) -> tuple[DateHit, str] | None:
    """The article's date as :func:`background_runs` measures the past from: the lead's day, but
    the publication when the lead announces a later day ("the ministers will meet in Doha on 7 and
    8 December" in a 4 December story).

    Why (round 13, fx13a): the story's past is told from the day it was written; measured from an
    announced day, a launch of ten days before the article looked "well before" it, and every
    undated report after it (Iran's accusations, the government's contacts) became background.
    """
    if fallback is None or published is None or fallback[0].date is None or fallback[0].date <= published:
        return fallback
    return DateHit("", -1, -1, published, None, "day"), "published"


def opens_present(sentence: Sentence, present: re.Pattern[str] | None) -> bool:
    """Whether a sentence opens with a word that brings the story back to its own day (the table's
    ``present_opener``: "Now", « Désormais », «Ahora», «الآن», «Jetzt»), its first word or the one
    after a conjunction.

    Why (round 18, oth18): "On 27 November the rebels launched an offensive and within a week took
    Aleppo and Hama. Now they stand at the gates of Homs": the run of background after a date well
    before the article's (:func:`background_runs`) took the present advance for the past, and the
    advance on Homs, news of the article's day, was dropped.
    """
    if present is None:
        return False
    m = present.search(sentence.text, 0, PRESENT_OPENER_REACH)
    return m is not None and len(words_of(sentence.text[:m.start()])) <= 1


#: How far into a sentence (characters) its opening "now" word may stand (:func:`opens_present`).
PRESENT_OPENER_REACH = 16


def run_in_period(sentences: Sequence[Sentence], i: int, dates: Sequence[Any]) -> bool:
    """Whether the background run sentence ``i`` goes on (:func:`background_runs`) was opened by a
    sentence whose date phrases all fall in the offensive's own days (from the 27 November launch,
    :data:`kharita.config.WINDOW_START`): the story's first days, not the war's older past.

    Why (round 28, ev28fr2): "The insurgents launched their offensive on 27 November. They have
    since taken Aleppo and Hama" (« Ils ont depuis pris Alep », «وسيطرت منذ ذلك الحين على حلب»):
    the launch, dated more than a week before the article, opened a run of background, and a
    capture of the period in the next sentence was dropped with it (as the war's history is), where
    the corpus ruling (round 14) ranges such a capture from the launch to the publication. Only the
    period's captures to an anti-government side are kept so (:func:`period_background`).
    """
    for j in range(i - 1, -1, -1):
        own = [d for d in dates if getattr(d, "date", None) is not None and within(sentences[j], d.start, d.end)]
        if own:
            return all(d.date >= WINDOW_START for d in own)
    return False


def offensive_month(d: Any) -> bool:
    """Whether a date phrase is a month (or a part of one) that reaches into the offensive's days:
    "late last month" or "at the end of November" in a December story, « fin novembre », «a
    finales del mes pasado», «Ende November», «نهاية نوفمبر» (:func:`background_runs`).

    Why (round 52, o52): such a month is the offensive's own November, the launch that opens the
    story ("Syria's war reignited late last month when HTS launched an offensive. They quickly
    took Aleppo ... Assad fled the country"), not a past told at length; its end lies more than a
    week before a mid-December story, so the three undated sentences after it were read as
    background and their captures and Assad's flight were lost (a fresh development article of
    round 51, dY10)."""
    end = getattr(d, "date_end", None)
    return (getattr(d, "precision", "") == "month" and end is not None and end >= WINDOW_START
            and not getattr(d, "since", False))


def background_runs(sentences: Sequence[Sentence], dates: Sequence[Any],
                    fallback: tuple[DateHit, str] | None, reach: int = 3, text: str = "",
                    present: re.Pattern[str] | None = None, news: Sequence[bool] = ()) -> list[bool]:
    """For each sentence, whether it goes on from sentences dated well before the article's date
    (a paragraph about last year's meeting): such an undated sentence is background too, not news
    of the day. The run lasts ``reach`` undated sentences. A year alone starts none
    (:func:`narrative_date`): it is an aside, and the sentence after it is news again. A span is
    as old as its last day: "last week" in a Friday story is no past told at length. An undated
    sentence opening with a word of the present (``present``, :func:`opens_present`) ends the run:
    "Now they stand at the gates of Homs" is news again; (round 24) so does an undated sentence
    whose statement verb is in the present tense (``news``, :func:`present_news`)."""
    out: list[bool] = []
    run, left = False, 0
    for i, s in enumerate(sentences):
        mine = [d for d in dates if getattr(d, "date", None) is not None and within(s, d.start, d.end)]
        if not mine and run and (opens_present(s, present) or (i < len(news) and news[i])):
            run = False
        # a span is as recent as its last day: "last week" in a Tuesday story reaches into the
        # days just before it, not "well before" its date (round 12)
        own = [getattr(d, "date_end", None) or d.date for d in mine]
        if own:
            run = (fallback is not None and all(d < fallback[0].date - timedelta(days=7) for d in own)
                   and any(narrative_date(d, text) for d in mine)
                   and not any(offensive_month(d) for d in mine))
            left = reach
            out.append(run)
            continue
        out.append(run and left > 0)
        left -= 1
    return out
