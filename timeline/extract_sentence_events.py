"""The events of one sentence, built from its triggers with the families below, and moves undone or repeated."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from control.sides import camp, side_key
from timeline.actors import ActorMention, ActorRegistry
from timeline.captions import inside
from timeline.control_clauses import prospective_capture
from timeline.control_extent import begun_entry
from timeline.control_roles import far_fought_sides, table_pattern, unnamed_fighters_subject
from timeline.curated import ACTOR_CONTROLLER, CONTROLLER_ACTOR, LOCAL_CONTROLLERS, UNSPECIFIED, is_opposition
from timeline.extract_common import (
    EVENT_ROLES,
    GOVERNMENT,
    SITUATION_ROLES,
    STANCE_LABELS,
    TOPICS,
    RawEvent,
    SentenceContext,
    _date_fields,
    _dedupe,
    _is_town,
    _unique_places,
    actor_countries,
    casualties_of,
    controller_camp,
    mention_place,
    not_place_names,
    stance_of,
)
from timeline.extract_control_direction import (
    CLAUSE_REACH,
    control_direction,
    direction_reasons,
    foreign_subject,
    held_before_recapture,
    holder_before,
    loser_by_holder,
    official_subject,
    own_control_holder,
    own_words_taker,
    pronoun_subject_side,
    returning_without_side,
    ruler_loss_subject,
    unopposed_sides,
    verb_agrees,
)
from timeline.extract_control_places import (
    _controller_actors,
    area_after_list,
    area_of_the_count,
    captured_places,
    city_of_quarter,
    count_sides_mixed,
    fronted_places,
    own_airports,
    part_places,
    parts_after_members,
    quarter_locators,
    subject_aside,
    town_of_the_part,
    zone_object,
)
from timeline.extract_dates import (
    after_clause_launch,
    after_clause_start,
    after_clause_strike,
    before_main_clause,
    day_before,
    earlier_holder_clause,
    history_clause,
    night_before,
)
from timeline.extract_diplomacy import (
    _SENTENCE_STOP,
    ANAPHORA_REACH,
    MEETING_SUBJECT_REACH,
    SAID_TALKS,
    absolute_report,
    addressed_body,
    announced_day,
    announced_in_said_words,
    announced_in_words,
    announced_trip_words,
    announced_undated,
    astana_members,
    bystander_statement,
    call_counterparts,
    call_saying_surname,
    call_told_after,
    called_off,
    counterpart_meeting,
    counterpart_states,
    departure_dates,
    departure_visits,
    discussed_call_near,
    fallen_ruler_arrival,
    fallen_rulers,
    held_talks,
    hosted_guests,
    meeting_body,
    meeting_group,
    meeting_idiom,
    meeting_venue,
    noun_meeting,
    noun_meeting_ahead,
    noun_meeting_members,
    noun_meeting_venue,
    occasion_meeting,
    occasion_visitor,
    office_holder,
    office_speaks,
    office_states_after,
    own_side_speaker,
    pair_subject,
    plural_pronoun_opens,
    plural_pronoun_speaker,
    plural_verb,
    previous_caller,
    pronoun_party,
    relative_statement,
    reported_meeting_noun,
    reporting_verb,
    requested_statements,
    said_discussed,
    said_on_visit,
    short_name_speaker,
    state_list_statements,
    states_that_did_too,
    subject_surname,
    surname_speaker,
    talks_teller_first,
    trip_purposes,
    troop_movement,
    watcher_speaks,
    words_after_talks,
)
from timeline.extract_guards import LAUNCH_ROLES, hypothetical
from timeline.extract_launches import (
    PLACE_BEFORE_REACH,
    asked,
    foreign_launcher,
    nth_day_launch,
    other_theatre,
    regrouped_at,
    relative_launch_outside,
    since_launch,
    span_launch,
)
from timeline.extract_speakers import ADDRESSED, office_of_state, possessive_office_owner, second_speakers
from timeline.extract_strikes import (
    air_launched,
    attacker_capital,
    authored_strike,
    condemnation_end,
    condemned,
    condemned_act,
    encircled_capital,
    in_dateline,
    link_heading,
    listed_places,
    negated_strike,
    old_strike,
    report_cut,
    retold_strike,
    strike_places,
    strike_subject,
)
from timeline.launch_roles import launch_agents, launch_targets
from timeline.lexicon import DIPLOMATIC_PRIORITY, LanguageRules, rules_for, table_rows
from timeline.sentences import CLAUSE_BREAK, DateHit, OwnSideMove, Sentence, TriggerHit, gap, quote_spans, within
from timeline.speakers import (
    choose_speaker,
    co_speakers,
    earlier_full_name,
    in_attribution,
    lone_surname,
    office_state,
    subject_title,
    unknown_speaker,
)
from timeline.types import Event, Place

#: Roles whose place may stand just before the verb ("crowds in Hama tore down a statue", «aus
#: Damaskus geflohen», "the Alawites of Homs fled en masse"): the verb ends the clause, the place
#: is where it happened.
PLACE_BEFORE_ROLES = frozenset({"flight", "surrender", "statue", "displacement", "regroup"})


#: (Round 32, ev32fresh) Roles whose town may open the sentence in a locative phrase set off by a
#: comma ("In Hama on Friday, residents toppled a statue", « À Homs, des habitants ont renversé »,
#: «في حماة، حطم الأهالي ...»): the act happened there (:func:`fronted_places`).
FRONTED_PLACE_ROLES = frozenset({"statue"})
#: (Round 38, oth38) Roles whose place is any town of their sentence when none stands by the verb:
#: a crowd gathered in a town named anywhere in its sentence (:func:`_military_event`).
SENTENCE_PLACE_ROLES = frozenset({"gathering"})


def _taker_from_later(ctx: SentenceContext, place_keys: set[str], registry: ActorRegistry) -> str | None:
    """«فقد نظام الأسد السبت السيطرة على حلب» then «وسقطت حلب في أيدي هيئة تحرير الشام»: a later
    undated sentence about the same place names who took it."""
    for s, triggers in ctx.later:
        towns = {(m.geonameid or m.name) for m in ctx.all_places if within(s, m.start, m.end)}
        if not towns & place_keys:
            continue
        actors = not_place_names([a for a in ctx.all_actors if within(s, a.start, a.end)], ctx.all_places)
        for t in triggers:
            if t.kind == "control_change" and t.role in ("take", "fall"):
                _, to = control_direction(t, actors, ctx.text, ctx.lang)
                if to not in (None, UNSPECIFIED) and is_opposition(to):
                    return to
    return None


def foreign_incursion(ctx: SentenceContext, trig: TriggerHit, d: DateHit, registry: ActorRegistry) -> list[Event]:
    """The incursion (``other``) a foreign army's capture verb tells, one per place it names
    ("Israeli troops took over the Syrian side of Mount Hermon", «توغلت»'s events), read as the
    table's incursion verbs are (:func:`_military_events`); none for a loss told after it, nor for
    a holding («تسيطر إسرائيل منذ عقود على الجولان»: a state of decades, no move of that day).

    Why: the gold has such news as ``other`` (round 14: six such sentences missed on dev); dropping
    the control change alone lost the event."""
    if trig.role != "take":
        return []
    return _military_events(ctx, replace(trig, kind="other", role="incursion"), d, registry)


def _control_events(ctx: SentenceContext, trig: TriggerHit, d: DateHit, registry: ActorRegistry) -> list[Event]:
    """One control change per place that changed hands ("seized A, B and C" is three changes)."""
    rules = rules_for(ctx.lang)
    if history_clause(ctx.text, trig, rules.circumstance, rules.long_after):
        return []  # "met Assad on Sunday, eight years after the army retook Aleppo": history
    if any(t.kind == "control_change" and (t is trig or (trig.role == "lose" and t.end <= trig.start))
           and foreign_subject(ctx, t) for t in ctx.triggers):
        # "the Israeli army seized X (, abandoned by the army)": an incursion, no change
        return foreign_incursion(ctx, trig, d, registry)
    ruler = ruler_loss_subject(ctx, trig)
    if ruler is None and official_subject(ctx, trig):
        return []  # « Araghchi a quitté Damas lundi pour Ankara »: a traveller, no change
    if prospective_capture(ctx.text, ctx.sentence.start, ctx.sentence.end, trig, ctx.lang):
        return []  # "the capture of Homs would cut ...", «تقدمت ... للسيطرة على»: a prospect, no change
    if earlier_holder_clause(ctx, trig):
        return []  # (round 23, rev23fres) «استعادت الفصائل سراقب بعد أن سيطر عليها الجيش»: the holder before
    shifted = day_before(ctx, trig, d)
    by_then = before_main_clause(ctx, trig, d) if shifted is d else None  # "the day after" says which day
    d = shifted
    if by_then is not None:
        return [replace(e, date_inferred=SHARED_DATE, reasons=["date_inferred", *e.reasons])
                for e in _control_events(ctx, trig, by_then, registry)]
    actors = not_place_names(ctx.actors, ctx.all_places)
    if ruler is not None:
        # (round 49, k49) "Assad lost control of Aleppo": the control a ruler loses is his government's
        actors = [replace(a, name=GOVERNMENT, type="government_body")
                  if (a.start, a.end) == (ruler.start, ruler.end) else a for a in actors]
    aside = subject_aside(ctx, trig) if trig.role != "hold" else None
    if aside is not None and any(t.kind == "strike" and aside[1] < t.start < aside[2] for t in ctx.triggers):
        # (round 36, pron36) "Morek, shelled by the army for weeks, was entered on Thursday": the
        # side that struck the town in an aside on it is not said to have taken or lost it (an
        # aside that names the holder, "long held by Kurdish fighters", keeps its side)
        actors = [a for a in actors if not (aside[1] < a.start and a.end <= aside[2])]
    frm, to = control_direction(trig, actors, ctx.text, ctx.lang, ctx.triggers)
    if to is None and trig.role in ("take", "retake", "hold"):
        # (round 30, ev30cc3) '"Our forces retook Morek," the army said': the speaker's side
        own = own_words_taker(ctx, trig, registry)
        if own is not None:
            to = own
            others = [ACTOR_CONTROLLER[a.name] for a in _controller_actors(actors)
                      if controller_camp(ACTOR_CONTROLLER[a.name]) != controller_camp(own)]
            frm = others[0] if others else (None if own in LOCAL_CONTROLLERS else
                                            GOVERNMENT if controller_camp(own) == "opposition" else UNSPECIFIED)
    if to is None and trig.role in ("take", "retake"):
        # (round 36, subj36) "On Thursday it retook Morek": the one side of the sentence before
        side = pronoun_subject_side(ctx, trig)
        if side is not None and (frm is None or controller_camp(frm) != controller_camp(side)):
            to = side
            frm = frm or next((ACTOR_CONTROLLER[a.name] for a in _controller_actors(actors)
                               if controller_camp(ACTOR_CONTROLLER[a.name]) != controller_camp(side)),
                              None if side in LOCAL_CONTROLLERS else
                              GOVERNMENT if controller_camp(side) == "opposition" else UNSPECIFIED)
    holder = None
    if to is None and trig.role in ("take", "hold"):
        # (round 36, own36) "the rebels said Hama was under their control": the speaker's side
        holder = own_control_holder(ctx, trig, registry)
        if holder is not None:
            to = holder
            frm = next((ACTOR_CONTROLLER[a.name] for a in _controller_actors(actors)
                        if controller_camp(ACTOR_CONTROLLER[a.name]) != controller_camp(holder)), None)
    reasons = [] if trig.role == "back" else direction_reasons(actors, to)  # "back in army hands" names it
    if to is None and trig.role == "take" and d.precision in ("day", "week"):
        # "They entered Hama" / «سيطرت أيضاً على»: the subject is the side the story follows, the
        # last armed side other than the government named just before (a guess, and marked so);
        # not for a change dated to a month or a year («مطلع 2016»): the story is of its own days
        sides = unopposed_sides(ctx)
        # (the fighters before the verb, inside its words, «eroberten die Kämpfer Morek», or after it)
        fighters = unnamed_fighters_subject(ctx.text, ctx.sentence.start, trig.end, trig.end, ctx.lang,
                                            ctx.actors, True, "story_fighters")
        if not fighters:
            # (round 35, rev35) "Syrian troops, backed by Russian jets, fought HTS around Morek. On
            # Thursday they captured the town": the side the army fights in its sentence is not who
            # "they" are (read so, the change came out reversed); "the fighters" who entered are the
            # rebels' men, the story's subject, as before
            fought = far_fought_sides(ctx.text, sides, {i: controller_camp(ACTOR_CONTROLLER[a.name])
                                                        for i, a in enumerate(sides)}, ctx.lang)
            sides = [a for i, a in enumerate(sides) if i not in fought]
        earlier = [a for a in sides
                   if ctx.sentence.start - ANAPHORA_REACH <= a.start and a.end <= ctx.sentence.start
                   and ACTOR_CONTROLLER[a.name] != GOVERNMENT]
        if not fighters:  # «ودخل المقاتلون»: a verb before its own subject agrees with that one
            earlier = [a for a in earlier if verb_agrees(ctx.text, trig, a, ctx.lang)]
        if ctx.story_taker is not None or earlier:
            # the side that took the last place is the story's subject; failing one, the first armed
            # side of the last sentence naming one (its subject, not the side it fought)
            to = ctx.story_taker or ACTOR_CONTROLLER[_subject_of_last(earlier, ctx.text).name]
            frm = next((ACTOR_CONTROLLER[a.name] for a in _controller_actors(ctx.actors)
                        if is_opposition(ACTOR_CONTROLLER[a.name]) != is_opposition(to)), GOVERNMENT)
            reasons = ["taker_guessed"]
    if returning_without_side(trig, actors, to, reasons, ctx.lang):
        return []  # (round 34, rev34b) "displaced families returned to Aleppo": nobody's return to arms
    if zone_object(ctx, trig, rules_for(ctx.lang)):
        return []  # "captured the buffer zone in the Golan Heights": no place changed hands
    if trig.role == "hold" and (to is None or controller_camp(to) != "opposition" or "taker_guessed" in reasons):
        # "the army held Hama", "the SDF hold Tal Rifaat": a holding that may long predate the
        # story, and the wording most likely to run against the real change; only the opposition
        # named as holder in news of its offensive makes a change
        return []
    if trig.role in ("hold", "fall") and held_before_recapture(ctx, trig, to, actors):
        # (round 31, rev31) «Sarmin, que el ejército retomó el jueves, estaba en manos de HTS»: the
        # holding is the state the recapture ended, no change of its own
        return []
    out = []
    captured = captured_places(ctx, trig)
    quarters = [(q, city) for q in captured if _is_quarter(q) and (city := city_of_quarter(ctx, q)) is not None]
    located = quarter_locators(ctx, captured, quarters)
    captured = [m for m in captured if m not in located]
    if holder is not None and not within(ctx.sentence, d.start, d.end):
        # (round 36, own36) "HTS announced that all of Idlib was under its control" with no day of
        # its own: a holding that may long predate the story (HTS held Idlib city since 2015), as
        # for the parts below; only a claim the sentence dates makes a change
        return []
    for place in _unique_places(captured):
        event = _control_event(ctx, place, frm, to, reasons, d, registry)
        out.append(event)
    taken = {m.geonameid or m.name for m in captured}
    for airport in own_airports(ctx, [m for m in captured if not _is_quarter(m)], taken):
        # "took Aleppo and its airport", «سيطرت على مدينة حلب ومطارها»: the town's airport too
        out.append(_control_event(ctx, airport, frm, to, reasons, d, registry))
    for city in _unique_places([c for _, c in quarters if (c.geonameid or c.name) not in taken]):
        # «دخلت الفصائل حي الأربعين بحماة»: entering a quarter is entering its city (the corpus
        # ruling on quarters), but one quarter does not give the city to anyone
        out.append(replace(_control_event(ctx, city, frm, to, reasons, d, registry), extent="part"))
    if out and begun_entry(ctx.text, ctx.sentence.start, (trig.start, trig.end), ctx.lang):
        # "began to enter Hama", «بدأت بدخول حماة»: an entry begun is part of the town taken
        out = [replace(e, extent="part") for e in out]
    dated = within(ctx.sentence, d.start, d.end)
    if out:
        parts = parts_after_members(ctx, trig, captured)
        for m in parts:
            if not dated and not _is_town(m) and trig.role == "hold":
                continue  # a holding with no day of its own, as in the loop below
            out.append(replace(_control_event(ctx, mention_place(m), frm, to, reasons, d, registry), extent="part"))
        area = None if parts or trig.role == "hold" or count_sides_mixed(ctx) else area_after_list(ctx, trig, captured)
        if area is not None:
            # "advanced in rural Idlib and took Saraqeb and dozens of other villages": part of the
            # governorate named before the verb, as for a count with no town (area_of_the_count)
            out.append(replace(_control_event(ctx, mention_place(area), frm, to, reasons, d, registry), extent="part"))
        return out  # "took dozens of villages in Hama province, among them Karnaz": told by its members
    for m in part_places(ctx, trig):
        if not dated and not _is_town(m) and trig.role == "hold":
            # "HTS, which controls large parts of Idlib province" with no day of its own: a holding
            # that may long predate the story (a part sets no controller; "holds most of Aleppo", a
            # town's districts, stays news of the town)
            continue
        place = mention_place(m)
        if any((e.places[0].geonameid or e.places[0].name) == (place.geonameid or place.name) for e in out):
            continue
        # "dozens of villages in Aleppo province": listed, never the area's controller
        event = _control_event(ctx, place, frm, to, reasons, d, registry)
        out.append(replace(event, extent="part"))
    town = None if out else town_of_the_part(ctx, trig)
    if town is not None:
        # "Rebels entered Aleppo. On Saturday they held most of the city": part of the town named
        # last, never its controller
        out.append(replace(_control_event(ctx, mention_place(town), frm, to, reasons, d, registry), extent="part"))
    area = None if out or count_sides_mixed(ctx) else area_of_the_count(ctx, trig)
    if area is not None:
        # "opened a front in rural Hama and took six villages": part of the governorate named before
        out.append(replace(_control_event(ctx, mention_place(area), frm, to, reasons, d, registry), extent="part"))
    return out


def _is_quarter(m: Any) -> bool:
    """A section of a town (GeoNames ``PPLX``): a quarter or district."""
    return (getattr(m, "feature_code", None) or "").upper() == "PPLX"


def _subject_of_last(earlier: list[ActorMention], text: str) -> ActorMention:
    """Of the armed sides named before a capture with no subject, the first of the last sentence
    that names one: that sentence's subject, not the side it fought.

    Why: in "pro-Turkish forces launched an offensive against Kurdish forces. These forces took
    two towns" the takers are the first side named, the subject; the last one named is the enemy
    (news in all five languages names the subject before the object, Arabic too: verb, subject,
    object). Taking the last side named gave the towns to the Kurds on real news.
    """
    last = earlier[-1]
    same = [a for a in earlier if a.end <= last.start and not _SENTENCE_STOP.search(text, a.end, last.start)]
    return same[0] if same else last


def _control_event(ctx: SentenceContext, place: Place, frm: str | None, to: str | None, reasons: list[str],
                   d: DateHit, registry: ActorRegistry) -> Event:
    # the later undated sentences tell the story's days: not who took a place in «مطلع 2016»
    if to in (None, UNSPECIFIED) and d.precision in ("day", "week"):
        later = _taker_from_later(ctx, {place.geonameid or place.name}, registry)
        # «سيطرت الفصائل على تل رفعت بعد معارك مع قسد» then «وكانت الوحدات الكردية سيطرت على تل
        # رفعت»: a later taker of the side the place was taken from is its old holder, not the taker
        if later is not None and frm is not None and controller_camp(later) == controller_camp(frm):
            later = None
        if later is not None:
            to, reasons = later, []
            frm = frm or GOVERNMENT
    if frm is None and to is not None and loser_by_holder(to):
        frm = holder_before(place, to)
    actors = _dedupe([CONTROLLER_ACTOR.get(to or ""), CONTROLLER_ACTOR.get(frm or ""),
                      *[a.name for a in _controller_actors(ctx.actors)]])
    summary = (f"{place.name}: from {frm} to {to}" if to else
               f"{place.name}: control changed hands (direction not stated)")
    return Event(id="", kind="control_change", **_date_fields(d), actors=actors, countries=["SY"],
                 places=[place], from_controller=frm, to_controller=to, summary=summary, reasons=reasons)


#: (round 32, dip32b) The role of a strike row that names the act by a word of blame rather than of
#: striking (Israel's "aggression", «العدوان الإسرائيلي», « les attaques menées par l'ennemi
#: sioniste »): the condemned strikes when a condemnation governs it (:func:`condemned_act`), the
#: speaker's rhetoric anywhere else ("efforts to stop the Israeli aggression on Gaza").
CONDEMNED_ONLY = "condemned_only"


#: Roles of "other" that tell the fighting itself (its launch, a front's moves, its clashes): dated
#: years before the article (:func:`old_strike`) they recall the war's past, like an old strike.
#: A prison's history, a past displacement or evacuation and a flight stay, as the gold keeps them.
#: (Round 26, ev26oth) a ceasefire too: "the first advance since March 2020, when Russia and Turkey
#: agreed a ceasefire" recalls the truce the offensive broke, no truce of the story's weeks.
#: (Round 32, prec32) a closure too: "the crossing has been closed several times since 2011, first in
#: April 2015 for three years" recalls the war's past closures, no closure of the offensive's weeks.
#: (Round 29, ev29oth) an entry into the buffer zone too: «se despliegan en la zona de amortiguamiento
#: desde un acuerdo en 1974» dated the move by the accord's year.
PAST_FIGHTING_ROLES = frozenset({"offensive", "counteroffensive", "advance", "reinforcement", "clashes",
                                 "occupation", "incursion", "encirclement", "ceasefire", "regroup",
                                 "buffer_zone", "closure"})
#: Roles of "other" that are news only with the place they reach or hold ("advanced towards Homs",
#: "occupied two villages near Quneitra"); with none named they tell no event. (Round 22, evt22a) a
#: withdrawal too: "a redeployment that names no place left" is none (data/corpus/README.md, round
#: 20), and « L'armée syrienne a abandonné ses positions » with no town made an event no file has.
#: (Round 26, ev26oth) a side regrouping or setting up defensive lines too: "the army regrouped in
#: Hama" is a troop move at the town, "the army regrouped" with no town is none.
PLACE_NAMED_ROLES = frozenset({"advance", "occupation", "incursion", "withdrawal", "regroup",
                               # (round 38, oth38) "Crowds gathered in the squares of the capital":
                               # a crowd in no town named adds no event (the round-21 ruling)
                               "gathering",
                               # (round 47, o47) "families spent Sunday searching prisons for
                               # relatives": a search of no named prison is no event at one
                               "prison_search"})
#: Roles of "other" told once per place of the list right after the verb ("occupied A, B and C",
#: «توغلت في قرى أ وب وج»): each village a foreign army occupies or pushes into is news of its own,
#: as each town of a list of captures is a control change of its own (the corpus's annotation rule).
#: An advance "towards Hama and Homs" stays one movement. (Round 48, o48) a crowd's gathering or
#: celebration too: "rallies were held in Stockholm, Copenhagen and Vienna", « des manifestations
#: ont eu lieu à Paris, Stockholm et Vienne » are a crowd in each town, as the round-21 ruling reads
#: a crowd at a named place (data/corpus/README.md): one event of three towns matched one of the
#: three (fr-c63a1eb68e, de-fdc45c15a0).
PER_PLACE_ROLES = frozenset({"occupation", "incursion", "gathering", "celebration"})


def _military_events(ctx: SentenceContext, trig: TriggerHit, d: DateHit, registry: ActorRegistry) -> list[Event]:
    """The strike or "other" event of a trigger; an occupation or incursion of a list of towns is
    one event per town (:data:`PER_PLACE_ROLES`), each with the verb's date and actors; an attack
    launched by aircraft is a strike (:func:`air_launched`)."""
    if air_launched(ctx, trig):
        trig = replace(trig, kind="strike", role="")
    event = _military_event(ctx, trig, d, registry)
    if event is None:
        return []
    if trig.role not in PER_PLACE_ROLES:
        return [event]
    towns = _unique_places(listed_places(ctx, trig))
    if len(towns) < 2:
        return [event]
    return [replace(event, places=[p], summary=f"{TOPICS[trig.role]} near {p.name}: " + ", ".join(event.actors))
            for p in towns]


def _launch_sides(ctx: SentenceContext, trig: TriggerHit,
                  armed: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """The armed sides that may have launched an offensive (``armed`` less the sides it is said to
    be against), and those its passive participle names as the agent.

    Why (round 22, evt22a): "Government troops came under an assault launched by HTS", « une
    offensive lancée par les rebelles » credited the launch to the army before the verb, and
    «eine Offensive gegen die Regierungstruppen gestartet» to the side attacked
    (:mod:`timeline.launch_roles`)."""
    span = (trig.start, trig.end)
    targets = launch_targets(ctx.text, ctx.lang, span, armed, ctx.sentence.end)
    agents = [a for a in launch_agents(ctx.text, ctx.lang, span, armed, ctx.sentence.end) if a not in targets]
    return [a for a in armed if a not in targets], agents


def _military_event(ctx: SentenceContext, trig: TriggerHit, d: DateHit, registry: ActorRegistry) -> Event | None:
    s = ctx.sentence
    if condemned(trig, s.start, ctx.text, ctx.lang) and not condemned_act(trig, s.start, ctx.text, ctx.lang):
        return None  # "He condemned the attack on Aleppo": the speaker's statement, no fighting told
    if trig.role == CONDEMNED_ONLY and not condemned(trig, s.start, ctx.text, ctx.lang):
        return None  # "to stop the Israeli aggression on Gaza": a word of blame, no raid told
    if link_heading(s, ctx.lang):
        return None  # "Read also: Fierce clashes near Hama": another story's headline
    if trig.role in SITUATION_ROLES and asked(s):
        return None  # "How many people were displaced across the world?": a question reports nothing
    ctx = replace(ctx, places=[m for m in ctx.places if not in_dateline(m, ctx.text)])
    if trig.kind == "strike":
        d = night_before(ctx, trig, d, ctx.dates)
        d = after_clause_strike(ctx, trig, d) or d
        # who strikes: the countries the sentence names by demonym («الطيران الروسي والسوري»),
        # Syria meaning its government; then states and government bodies named outright
        # («the Syrian Observatory»: a demonym inside another actor's name says nothing of who struck)
        signals = [sig for sig in ctx.signals
                   if not any(a.start <= sig.start and sig.end <= a.end for a in ctx.actors)]

        def signal_state(sig: Any) -> str | None:
            return "Syrian government" if sig.country_code == "SY" else registry.state_of(sig.country_code)

        def named_before(end: int, types: tuple[str, ...] | None = None) -> set[str | None]:
            """The actors (of ``types``, else any) and the demonyms' states named before ``end``."""
            return ({a.name for a in ctx.actors if a.end <= end and (types is None or a.type in types)}
                    | {signal_state(sig) for sig in signals if sig.end <= end})

        states = [signal_state(sig) for sig in signals]
        states += [a.name for a in ctx.actors if a.type in ("state", "government_body")]
        # "HTS shelling", "the rebels shelled", «قصف الفصائل»: an armed group right next to the strike
        # word is who struck, so that its strike is not told as the air raid on the same town
        attackers = [a for a in ctx.actors if a.type == "armed_group" and strike_subject(a, trig, ctx)]
        states += [a.name for a in attackers]
        cut = report_cut(trig, ctx, attackers)
        if cut is not None:
            # (round 45, o45) "State media reported that HTS shelled": the reporter is no attacker
            reporters = named_before(cut, ("state", "government_body"))
            states = [n for n in states if n not in reporters] or states
        states = _dedupe([n for n in states if n])
        speaker_end = condemnation_end(trig, s.start, ctx.text, ctx.lang)
        if speaker_end is not None:
            # "Egypt condemned the Israeli strikes", «وأدانت الخارجية العراقية الغارات الإسرائيلية»: who
            # condemns is the verb's subject (before it, or right after it in a verb-subject language),
            # not who struck
            before = named_before(trig.start if rules_for(ctx.lang).verb_subject else speaker_end)
            states = [n for n in states if n not in before] or states
        places = _unique_places([m for m in strike_places(ctx, trig) if (m.feature_code or "")[:3] != "PCL"
                                 and not attacker_capital(m, trig, ctx.actors, ctx.text)])
        casualties = casualties_of(s.text, ctx.lang, [(x.start - s.start, x.end - s.start) for x in ctx.dates
                                                     if s.start <= x.start < s.end])
        countries = actor_countries(states, registry)
        where = ", ".join(p.name for p in places) or "unnamed places"
        summary = f"Strikes on {where}" + (f": {casualties} killed" if casualties is not None else "")
        if negated_strike(trig, s.start, ctx.text, ctx.lang) or old_strike(d, ctx.published):
            return None  # "no shells fell", « aucun obus »; "in 2018, Russian jets bombed Idlib"
        if other_theatre(ctx, trig, places):
            return None  # "Israeli strikes on Gaza weakened Iran's allies": another war
        if retold_strike(trig, s.start, ctx.text, ctx.lang, ctx.dates):
            return None  # "These airstrikes have led families to flee": strikes told before
        if speaker_end is not None and not places and not authored_strike(trig, signals, speaker_end):
            return None  # "Turkey's condemnation of the bombing": which raids, by whom, is not told
        return Event(id="", kind="strike", **_date_fields(d), actors=states, countries=countries,
                     places=places, casualties=casualties, summary=summary)
    # "other": an offensive or counter-offensive being launched, by the armed actors just before
    # the verb ("militants launched") or just after it (Arabic «شنته فصائل معارضة»)
    # «Die Rebellen rückten auf Damaskus vor»: the capital is where they go, not who advances
    armed = [a for a in not_place_names(ctx.actors, ctx.all_places) if a.type in ("armed_group", "government_body")]
    agents: list[ActorMention] = []
    if trig.role in LAUNCH_ROLES:
        armed, agents = _launch_sides(ctx, trig, armed)
    if trig.role == "offensive" and foreign_launcher(ctx.sentence, trig, ctx.actors, ctx.text, ctx.lang):
        return None  # "Israel has launched a large-scale offensive against the army's remnants": not the rebels' launch
    before = [a for a in armed if 0 <= trig.start - a.end <= 120]
    after = [a for a in armed if 0 <= a.start - trig.end <= 30]
    # «أطلقت فصائل المعارضة صباح الأربعاء عملية»: a subject inside the verb phrase comes first
    inside = [a for a in armed if trig.start <= a.start and a.end <= trig.end]
    subjects = agents or inside or ((after or before) if rules_for(ctx.lang).verb_subject else (before or after))
    subjects = subjects or armed
    speaker_end = condemnation_end(trig, s.start, ctx.text, ctx.lang)
    if speaker_end is not None:
        # "the Syrian foreign ministry condemned the incursion": who condemns did not move in
        subject_end = trig.start if rules_for(ctx.lang).verb_subject else speaker_end
        subjects = [a for a in subjects if a.start >= subject_end]
    actors = _dedupe([a.name for a in subjects])
    countries = sorted({a.country for a in subjects if a.country})
    places = _unique_places([m for m in ctx.places if (_is_town(m) or (m.feature_code or "").startswith("ADM"))
                             and (0 <= m.start - trig.end <= 60  # «rückten auf Homs vor»: inside the verb
                                  or ((trig.role in SITUATION_ROLES or trig.role in EVENT_ROLES)
                                      and trig.start <= m.start < trig.end)
                                  or (trig.role in PLACE_BEFORE_ROLES and 0 <= trig.start - m.end <= PLACE_BEFORE_REACH
                                      and not CLAUSE_BREAK.search(ctx.text, m.end, trig.start)))])
    if not places and trig.role in FRONTED_PLACE_ROLES:
        places = _unique_places(fronted_places(ctx, s.start, trig.start))
    if not places and trig.role in SENTENCE_PLACE_ROLES:
        # (round 38, oth38) "In Nürnberg folgten etwa 2500 Menschen dem Aufruf zu einer Kundgebung",
        # "In Munich, some 6,000 people rallied": the crowd's town is the sentence's, wherever it
        # stands (the round-21 ruling: a crowd in a sentence that names the place is an event at
        # that place); so two towns' rallies of one day stay two events
        places = _unique_places([m for m in ctx.places if _is_town(m) and within(s, m.start, m.end)])
    if trig.role == "evacuation" and not actors:
        # "Iran pulled its advisers out", «سحبت إيران مستشاريها»: a state evacuates its own people
        states = [a for a in ctx.actors if a.type == "state"
                  and (0 <= trig.start - a.end <= 120 or trig.start <= a.start < trig.end)]
        actors = _dedupe([a.name for a in states])
        countries = sorted({a.country for a in states if a.country})
    if trig.role == "asylum":
        # (round 38, oth38) "Belgium suspended asylum applications", «l'Allemagne, le Danemark ...
        # ont annoncé suspendre»: the states named before the verb (or in it) suspend; no place.
        # Their names go into the topic: two states' suspensions of a day are two acts, not one
        states = [a for a in ctx.actors if a.type == "state"
                  and (0 <= trig.start - a.end <= 120 or trig.start <= a.start < trig.end)]
        actors = _dedupe([a.name for a in states])
        countries = sorted({a.country for a in states if a.country})
        places = []
    if trig.role == "flight":
        # who fled is the official next to the verb, not the side that took the city
        actors = _dedupe([a.name for a in ctx.actors if a.type == "official" and a.country == "SY"])
        if not actors and ctx.previous is not None:
            # (round 30, ev30oth) "He has fled his country": the official named in the sentence before
            before = [a for a in ctx.all_actors if within(ctx.previous, a.start, a.end)
                      and a.type == "official" and a.country == "SY"]
            actors = [before[-1].name] if before else []
        countries = ["SY"]
        if not places:
            # "Assad landed in Moscow, where the Kremlin granted him asylum": the foreign town of
            # the sentence is where he fled to
            places = _unique_places([m for m in ctx.places if _is_town(m) and mention_place(m).country_code
                                     and mention_place(m).country_code != "SY"])
    if trig.role == "regroup":
        places = [p for p in places if regrouped_at(ctx, trig, p)]
    if trig.role in PLACE_NAMED_ROLES and not places:
        return None  # "the rebels kept advancing", "occupied territory": towards nowhere named, no event
    if trig.role == "encirclement" and not places and not encircled_capital(ctx, trig):
        return None  # «kesselten die Einheit ein»: no town or capital ringed
    if trig.role in PAST_FIGHTING_ROLES and old_strike(d, ctx.published):
        return None  # "in 2015 the regime launched a counter-offensive": the war's past, not this offensive
    if other_theatre(ctx, trig, places):
        return None  # "the day a truce between Israel and Hezbollah took effect in Lebanon": another war
    if hypothetical(trig, s.start, ctx.text, rules_for(ctx.lang), launch=True):
        return None  # "redeployed in preparation for a counteroffensive": none launched yet
    if since_launch(ctx, trig, d):
        return None  # "killed since the offensive began": the launch measures a span, no news
    told = d
    if trig.role == "offensive":
        d = after_clause_launch(ctx, trig, d)
    d = nth_day_launch(ctx, trig, d)
    d = span_launch(ctx, trig, d)
    if trig.role == "offensive" and d is told and relative_launch_outside(ctx, trig, d):
        return None  # "On Saturday a commander of the alliance that launched the offensive said": background
    topic = TOPICS[trig.role]
    if trig.role == "asylum" and actors:
        topic += " by " + ", ".join(actors)
    if (trig.role in SITUATION_ROLES or trig.role in EVENT_ROLES) and places and trig.role not in ("flight", "arrival"):
        # "Advance near Homs" and "Advance near Damascus" of one day are two events, not one
        # (a leader's flight is one, from Damascus or to Moscow; so is his arrival in the capital,
        # at its square or at its mosque: round 34, oth34)
        topic += " near " + ", ".join(p.name for p in places)
    return Event(id="", kind="other", **_date_fields(d), actors=actors, countries=countries, places=places,
                 summary=f"{topic}: " + ", ".join(actors))


def _diplomatic_event(ctx: SentenceContext, group: list[TriggerHit], d: DateHit,
                      registry: ActorRegistry) -> Event | None:
    """The diplomatic event of a group of triggers of one sentence (:func:`_group_event`); when its
    most specific kind makes none, the event of its statement verbs alone.

    Why (round 12): « a déclaré que la réunion avait été très bonne » (a meeting no one is said to
    hold), "Syrian army reinforcements have arrived in Hama, the governor said" (troops moving, no
    visit): the kind that made no event took the words with it, and the sentence reported nothing.
    """
    event = _group_event(ctx, group, d, registry)
    statements = [t for t in group if t.kind == "statement"]
    if event is None and statements and len(statements) < len(group):
        return _group_event(ctx, statements, d, registry)
    if event is not None and event.kind in ("call", "meeting"):
        extra = [*call_counterparts(ctx, group, registry, event.kind),
                 *counterpart_states(ctx, [t for t in group if t.kind == event.kind], registry)]
        if extra:
            event = replace(event, actors=_dedupe([*event.actors, *extra]),
                            countries=sorted({*event.countries, *actor_countries(extra, registry)}))
    return event


#: (round 39, stmt39) The role of a statement told in an absolute clause ("with Qatar saying",
#: «con Irán diciendo», « avec la France affirmant »): its trigger spans the preposition, the subject
#: and the participle (:func:`absolute_report`).
ABSOLUTE_REPORT = "absolute_report"


def _group_event(ctx: SentenceContext, group: list[TriggerHit], d: DateHit,
                 registry: ActorRegistry) -> Event | None:
    # "met Blinken after the fall of Bashar al-Assad": the ruler who fell neither meets nor speaks;
    # when no one else is found to, the sentence is read as before (its event is kept)
    fell = fallen_rulers(ctx, registry)
    if fell:
        event = _group_event(replace(ctx, actors=[a for a in ctx.actors if a not in fell]), group, d, registry)
        if event is not None:
            return event
    event = _group_event_read(ctx, group, d, registry)
    if (fell and event is not None and event.kind == "statement" and event.actors
            and event.actors[0] in {a.name for a in fell}):
        # (round 34, stm34) but never a statement of the ruler who fell: "after the fall of Bashar
        # al-Assad, the spokesman said", «بعد فرار الأسد أعرب المتحدث», « après la fuite de Bachar
        # al-Assad, le porte-parole a affirmé »: a speaker the registry does not know (an unnamed
        # spokesman, a minister of a state it lacks) left the ousted ruler as the only name, and
        # his were words he never said (in ar, fr, es and de alike)
        return None
    return event


def _group_event_read(ctx: SentenceContext, group: list[TriggerHit], d: DateHit,
                      registry: ActorRegistry) -> Event | None:
    """:func:`_group_event` with the sentence's actors as they are."""
    # "met stiff resistance", «eine Entscheidung treffen»: a thing met is no meeting
    group = [t for t in group if not meeting_idiom(ctx, t)]
    # "Washington is closely monitoring the situation, the White House said": the verb of saying
    # tells who speaks; following events closely makes a statement only alone (round 26, ev26st2)
    if any(t.kind == "statement" and t.role != "watching" for t in group):
        group = [t for t in group if t.role != "watching"]
    # "requested an emergency session for Monday": the request is said, the meeting not held
    group, d, asked = requested_statements(ctx, group, d)
    # "announced on Tuesday that the ministers will meet": the meeting is what was said
    group = [t for t in group if not announced_in_words(ctx, t, group, d)]
    # "said on the sidelines of a cabinet meeting": the meeting is the words' occasion
    group = [t for t in group if not occasion_meeting(ctx, t, group)]
    # « a déclaré que l'organisation attendait la réunion »: a meeting talked about in the words
    group = [t for t in group if not reported_meeting_noun(ctx, t, group)]
    # "said Walid Hasso, a displaced man from Tal Rifaat": a bystander's words are no side's statement
    group = [t for t in group if not bystander_statement(ctx, t)]
    group = [t for t in group if not fallen_ruler_arrival(ctx, t, d, registry)
             and not relative_statement(ctx, t, d)]
    # "with sources describing the meeting as constructive": an absolute clause with no side in it
    group = [t for t in group if t.role != ABSOLUTE_REPORT or absolute_report(ctx, t) is not None]
    if not group:
        return None
    kind = min((t.kind for t in group), key=DIPLOMATIC_PRIORITY.index)
    kind = "meeting" if kind == "agreement" else kind
    if kind == "meeting" and (call_told_after(ctx, group) or discussed_call_near(ctx, group)):
        kind = "call"
    if kind == "statement" and not asked and announced_in_said_words(ctx, group, d):
        # "announced it would host talks on Saturday": Saturday is the talks', not the words'
        d, asked = DateHit("", -1, -1, ctx.published, None, "day"), True
    # the verb of the event's kind speaks: in «قبل زيارة عراقجي إلى دمشق، أجرى فيدان اتصالاً» the call is
    # Fidan's, the visit before it only dates the circumstance
    first = min((t for t in group if t.kind == kind or (kind == "meeting" and t.kind == "agreement")),
                key=lambda t: t.start, default=min(group, key=lambda t: t.start))
    if kind == "statement":
        first = reporting_verb(ctx, group, first)
    # "Araghchi flew to Damascus", «reiste nach Damaskus und traf sich dort mit Assad»: the city
    # of a visit or a meeting is where it took place, never who travelled or met
    pool = not_place_names(ctx.actors, ctx.places) if kind in ("visit", "meeting") else ctx.actors
    if kind in ("visit", "meeting"):
        # (round 36, meet36) "Iran's foreign minister arrived in Damascus": the state whose office
        # travels or meets is no place of the trip, though the geoparser read its name as one
        kept = {id(a) for a in pool}
        pool = [a for a in ctx.actors if id(a) in kept or office_of_state(a, ctx.text, ctx.lang)]
        # «يعقد وزراء خارجية تركيا وإيران وروسيا اجتماعاً ... حسبما أعلنت وزارة الخارجية التركية»: the
        # ministry of an attribution clause after the verb is the news's source, not a participant
        sources = [t.start for t in ctx.triggers if t.kind == "statement" and t.start > first.end
                   and in_attribution(t, ctx.text)]
        pool = [a for a in pool if not sources or a.start < min(sources)]
    # (round 18, stm18) «قالوا إنهم ...»: the plural ending is the subject, a side after it is reported
    pronoun_opens = kind == "statement" and plural_pronoun_opens(ctx, first, fronted=True)
    if pronoun_opens:
        # (round 46, s46) « Après une offensive éclair, ils ont annoncé la libération de Damas,
        # mettant fin au pouvoir de la famille Assad », "They announced their support for the
        # government": the pronoun is the verb's subject, so an actor after the verb is its object
        # or the words said, never who speaks (read as the speaker, the Assad family made a false
        # statement of the government)
        pool = [a for a in pool if a.end <= first.start]
    speaker = ((plural_pronoun_speaker(ctx, first)
                if kind == "statement" and (plural_verb(first, ctx.lang) or pronoun_opens) else None)
               or choose_speaker(first, pool, registry, ctx.text, lang=ctx.lang)
               or own_side_speaker(ctx, first, pool, registry))
    if kind == "statement" and first.role == ABSOLUTE_REPORT:
        # "..., with Qatar saying on Saturday": the side inside the absolute clause speaks
        speaker = absolute_report(ctx, first) or speaker
    if (speaker is None or speaker.type != "official"
            or (first.kind == "statement" and speaker.end <= first.start
                and inside(quote_spans(ctx.text, ctx.sentence.start, ctx.sentence.end), speaker.start, speaker.end))):
        # «وقال جيان», "Sabbagh said": a person named in full before, now by the last word of the name;
        # (round 41, stmt41) also over a person named inside the quotation said before the verb
        # ("'Whoever follows Assad's path will end like Assad,' said Katz", « », a déclaré Katz »):
        # the quoted words name whom they speak of, the surname next to the verb speaks
        speaker = surname_speaker(ctx, first) or speaker
    if kind == "statement" and speaker is not None and speaker.type == "official":
        # (round 41, stmt41) "Katz also cautioned the rebels against their alignment with Assad,
        # asserting that ...": the surname opening the sentence is its subject, not the person
        # named in the object before the verb
        speaker = subject_surname(ctx, first, speaker) or speaker
    if kind == "call":
        speaker = call_saying_surname(ctx, group, first) or speaker
    if kind in ("call", "visit", "meeting"):
        # (round 33, dip33) "He met Iraq's prime minister on Friday": the person named before
        speaker = pronoun_party(ctx, first, speaker) or speaker
    if kind == "visit" and (speaker is None or (speaker.start >= first.end and speaker.type != "official")):
        # (round 41, stmt41) "He made the announcement during a visit to the Golan", «El dirigente
        # realizó este anuncio durante una visita a», «وجاء ذلك خلال زيارة إلى»: the person of the
        # sentence before travelled, not a side named after the visit ("after the army said ...")
        speaker = occasion_visitor(ctx, first) or speaker
    if speaker is None and kind == "statement":
        # (round 17, stm17b) « Ils affirment être entrés à Homs »: the armed side named just before
        speaker = plural_pronoun_speaker(ctx, first)
    if speaker is not None and speaker.type in ("state", "government_body"):
        # «أكدت الصين ... وفق ما أفاد الناطق ... لين جيان»: the official behind the state's voice
        for t in sorted(group, key=lambda t: t.start)[1:]:
            other = choose_speaker(t, ctx.actors, registry, ctx.text, lang=ctx.lang)
            if other is not None and other.type == "official" and other.country == speaker.country:
                speaker = other
                break
    if speaker is not None and speaker.type != "official":
        # "Kurdish forces announced on Monday ..." then «a déclaré Mazloum Abdi, chef des FDS»
        for s in ctx.following:
            for a in ctx.following_actors.get(s.start, []):
                if a.type == "official" and registry.voice(a.name) == speaker.name:
                    speaker = a
                    break
            else:
                continue
            break
    if kind == "visit" and troop_movement(speaker, registry, ctx.text, ctx.lang):
        return None
    if kind == "visit" and speaker is not None and speaker.type == "government_body" and any(
            t.kind == "statement" and first.end <= t.start and t.end <= speaker.start for t in ctx.triggers):
        # (round 50, s50) "He and his family arrived in Moscow on Sunday, a Kremlin source said", «
        # sont arrivés dans la capitale russe, a indiqué une source du Kremlin »: the body named after
        # a verb of saying that follows the trip tells of it, it did not travel (a minister named
        # there may be the traveller's own voice: « une mission française se rendra mardi à Damas, a
        # annoncé le ministre », whose trip the gold keeps)
        return None
    speaker_name: str | None = speaker.name if speaker else None
    extra: list[str] = []
    guessed = False
    nominal = kind == "meeting" and noun_meeting(ctx, first)
    members = noun_meeting_members(ctx, registry) if nominal else []
    if nominal and len(members) < 2:
        # "the Astana-format meeting will be held in Doha": the group's states are its members
        members = _dedupe([*members, *astana_members(ctx)])
    body = meeting_body(ctx, first) if kind == "meeting" and len(members) < 2 else None
    if body is not None and (nominal or speaker is None):
        # "a meeting of the UN Security Council will be held": the body named as meeting meets
        members = [body]
    group_name = meeting_group(ctx, first) if kind == "meeting" and len(members) < 2 and body is None else None
    if group_name is not None and speaker is None:
        # "Arab foreign ministers met in Aqaba", «اجتماع يضم ثماني دول عربية»: the group as named
        members = [group_name, *members]
    if nominal and len(members) < 2 and body is None and group_name is None:
        # a meeting named by its noun meets no one but those named with it: one party is no meeting
        return None
    if members:
        # "the summit of the Jordanian, Egyptian and Iraqi ministers will be held": those it names meet
        if noun_meeting_ahead(ctx, first) and (d.start < 0 or (ctx.published and d.date and d.date < ctx.published)):
            # a meeting told as to come is neither held on the report's day for want of a date of
            # its own nor before the report: the date read is not its own
            return None
        speaker, speaker_name, extra = None, members[0], members[1:]
    elif speaker is None or (speaker.type != "official" and kind == "statement"):
        covered = [(a.start, a.end) for a in ctx.actors] + [(m.start, m.end) for m in ctx.places]
        # (round 13) "said on Thursday Moscow would ...": a capitalised day opens no person's name
        covered += [(x.start, x.end) for x in ctx.dates if x.start >= 0]
        found = unknown_speaker(ctx.sentence, first, ctx.lang, covered)
        if found is None:
            # (round 52, s52) a surname alone next to the verb, the article not using it before
            # ("In a statement on Friday, Katz said", «erklärte Karner am Dienstagmorgen»); a full
            # name ending in it would be such a use, so no earlier_full_name look-up is needed
            lone = lone_surname(ctx.sentence, first, ctx.lang, covered)
            found = lone if lone and not re.search(
                rf"(?<![\w'’-]){re.escape(lone[0])}(?![\w'’-])", ctx.text[:ctx.sentence.start]) else None
        elif " " not in found[0]:
            # (round 52, s52) a titled surname ("Interior Minister Karner said"): the person the
            # article named in full before, if any, is the one who speaks
            found = (earlier_full_name(ctx.text, ctx.sentence.start, found[0], ctx.lang) or found[0], found[1])
        short = short_name_speaker(ctx, found[0]) if found else None
        if short is not None:
            # "Sheikh Al Thani said" after "Sheikh Mohammed bin Abdulrahman Al Thani": the person named
            speaker, speaker_name = short, short.name
        elif found and not any(a.type == "official" and found[1] < a.start and a.end <= found[1] + len(found[0])
                               for a in ctx.actors):
            # (round 34, stm34b) "the troops of Syrian President Bashar al-Assad said": a name that
            # holds a known person's whole mention is that person with his title, no new person
            name, offset = found
            if speaker is None or speaker.type in ("state", "government_body", "international_body"):
                extra = [speaker.name] if speaker else []
                speaker_name = name
                guessed = True
                country = _nearest_country(offset, ctx)
                if country:
                    extra.append(registry.state_of(country) or "")
    venue = speaker is not None and any(m.start <= speaker.start and speaker.end <= m.end for m in ctx.places)
    after_verb = speaker is not None and speaker.type != "official" and speaker.start > first.end
    if kind == "meeting" and (speaker_name is None or venue or after_verb):
        # "the Russian, Iranian and Turkish foreign ministers met (in Doha)": a meeting of
        # officials named only by their countries' demonyms is a meeting of those states, not
        # of the city it was held in, nor of a body named after the verb («... حيث سيطرت الفصائل»)
        states = _dedupe([registry.state_of(sig.country_code) or "" for sig in ctx.signals
                          if 0 <= first.start - sig.end <= MEETING_SUBJECT_REACH])
        if len(states) < 2:
            states = office_states_after(ctx, first, registry)
        if len(states) < 2:
            # «عقد اجتماع بصيغة أستانا في الدوحة», "the Astana guarantors met": the group's states
            states = astana_members(ctx)
        if len(states) < 2:
            # "Jordan's foreign minister met his Egyptian counterpart": the two states (round 26, ev26st2)
            states = counterpart_meeting(ctx, first, registry)
        if len(states) >= 2:
            speaker_name, extra = states[0], states[1:]
    # (round 21, mtg21) a visit's destination named as a state or capital («زار وزير الخارجية التركي
    # دمشق») is no name in the traveller's subject (verb-subject order, where the office stands after
    # the verb: :func:`timeline.speakers.visit_subject_slot`): only the pool's actors (places left out)
    own_slot = kind == "visit" and rules_for(ctx.lang).verb_subject
    office = office_state(first, ctx.sentence, ctx.text, ctx.lang, pool if own_slot else ctx.actors,
                          ctx.signals, registry)
    if office is not None and office_speaks(office, speaker, speaker_name, guessed, ctx, registry, kind):
        # "the Turkish foreign minister said", "the Qatari foreign minister held talks": that state's
        # office, held by the person of that state named in the sentences just before, if any
        holder = (office_holder(office[0], ctx, registry, subject_title(first, ctx.sentence, ctx.text, ctx.lang))
                  if office[2] else None)
        speaker, speaker_name, extra, guessed = None, holder or office[0], [office[0]] if holder else [], True
    if speaker_name is None and kind in ("visit", "meeting", "call"):
        # (round 36, poss36) "Tehran said its foreign minister would visit Syria": the state the
        # possessive points back to travels, meets or calls
        speaker_name = possessive_office_owner(ctx, first)
        guessed = guessed or speaker_name is not None
    if kind == "statement" and not watcher_speaks(group, speaker_name, registry):
        return None
    if (kind == "statement" and speaker is not None and speaker.name == speaker_name and speaker.start > first.end
            and not rules_for(ctx.lang).verb_subject and all(t.role == "watching" for t in group if t.kind == kind)):
        # « Le Royaume du Maroc suit de près ... la Syrie »: who follows stands before the verb
        return None
    if speaker_name is None and kind == "call":
        # (round 32, stm32c) "The two leaders spoke by phone": the pair named in the sentence before
        pair = pair_subject(ctx, first)
        if len(pair) >= 2:
            speaker_name, extra = pair[0], pair[1:]
        else:
            # (round 32, stm32c) "He did so during a phone call with an official of ...": the
            # person of the sentence before
            caller = previous_caller(ctx, first, registry)
            if caller is not None:
                speaker_name = caller
    if speaker_name is None and kind == "call":
        # «اتصل وزير الخارجية الأردني بنظيره المصري»: the two states of the call (round 26, ev26st2)
        states = counterpart_meeting(ctx, first, registry, syria=True)
        if len(states) >= 2:
            speaker_name, extra = states[0], states[1:]
    if speaker_name is None:
        return None
    if speaker is not None and speaker.type == "monitor":
        return None
    head_list = []
    if speaker is not None and speaker.name == speaker_name:
        head_list = co_speakers(speaker, ctx.actors, ctx.text)
    names = [speaker_name, *extra, *[a.name for a in head_list]]
    # participants, not everyone the sentence names: officials, states and institutions;
    # armed groups and the Syrian government only as speakers or named counterparts
    names += [a.name for a in ctx.actors if a.type in ("official", "state")
              or (a.type in ("government_body", "international_body") and a.name != "Syrian government")]
    if kind == "meeting":  # "Lavrov met his Astana-format partners": the group's states take part
        names += astana_members(ctx)
    for a in ctx.actors:  # the state of every official named
        if a.type == "official" and a.country:
            names.append(registry.state_of(a.country) or "")
    if (kind != "statement" and speaker is not None and speaker not in ctx.actors and speaker.type == "official"
            and speaker.country):
        # (round 33, dip33) the person a pronoun stands for, named before: that person's state too
        names.append(registry.state_of(speaker.country) or "")
    actors = _dedupe(names)
    countries = actor_countries(actors, registry)
    context_text = " ".join([ctx.sentence.text, *[s.text for s in ctx.following]])
    stance = stance_of(context_text, ctx.lang)
    places = []
    if kind in ("visit", "meeting"):  # "flew to Damascus", "met in Hangzhou": right after the verb
        # (round 33, dip33) or, for a visit, after the table's ``visit_destination_after`` (verb-subject
        # order: «وصل وزير الخارجية التركي هاكان فيدان إلى العاصمة السورية دمشق», the destination
        # after the traveller's title and name, past the 50 characters)
        reach = 50 if kind == "visit" else 30
        verbs = [t for t in group if t.kind in ("visit", "meeting")] or group
        # (round 31, ev31dip2) not past another trip or meeting verb of the sentence, an event of its
        # own ("who visited Ankara on Thursday, arrived in Baghdad on Friday": Baghdad is the arrival's)
        between = [t.start for t in ctx.triggers if t.kind in ("visit", "meeting") and t not in group]
        far = table_pattern(ctx.lang, "visit_destination_after") if kind == "visit" else None
        places = _unique_places([m for m in ctx.places if _is_town(m)
                                 and any((0 <= m.start - t.end <= reach
                                          or (far is not None and t.end <= m.start
                                              and far.fullmatch(ctx.text, t.end, m.start) is not None))
                                         and not any(t.end <= b < m.start for b in between) for t in verbs)]
                                + (meeting_venue(ctx, verbs) if kind == "meeting" else [])
                                + (noun_meeting_venue(ctx, first) if members else []))
    label = {"statement": "statement", "call": "call", "visit": "visit", "meeting": "meeting"}[kind]
    others = [a for a in actors if a != speaker_name and registry.get(a) and registry.get(a).type == "official"]
    summary = f"{speaker_name} {label}" + (f" with {', '.join(others)}" if others and kind != "statement" else "")
    if kind == "statement" and stance != "other":
        summary += f" ({STANCE_LABELS[stance]})"
    reasons = ["speaker_guessed"] if guessed else []
    return Event(id="", kind=kind, **_date_fields(d), actors=actors, countries=countries, places=places,
                 stance=stance, summary=summary, reasons=["date_inferred", *reasons] if asked else reasons,
                 **({"date_inferred": "published"} if asked else {}))


def _nearest_country(offset: int, ctx: SentenceContext) -> str | None:
    options = [(abs(sig.start - offset), sig.country_code) for sig in ctx.signals]
    options += [(abs(a.start - offset), a.country) for a in ctx.actors if a.type == "state" and a.country]
    return min(options)[1] if options else None


#: The role of a visit trigger that tells a trip as what followed someone's words ("said ... before
#: departing for Ankara", « avant de partir pour Damas », «قبل أن يتوجه إلى»): :func:`departure_visits`.
DEPARTURE = "departure"


def sentence_events(ctx: SentenceContext, triggers: list[TriggerHit], dated: dict[TriggerHit, DateHit],
                    registry: ActorRegistry, shared: Collection[TriggerHit] = ()) -> list[tuple[Event, TriggerHit]]:
    """The events of one sentence from its triggers and their dates (``shared``: the triggers
    dated by :func:`shared_dates`, which yield to a verb with its own date on the same place)."""
    out: list[tuple[Event, TriggerHit]] = []
    diplomatic = hosted_guests(ctx, trip_purposes([t for t in triggers if t.family == "diplomatic"]), registry)
    departures = [t for t in diplomatic if t.kind == "visit" and t.role == DEPARTURE]
    diplomatic = [t for t in diplomatic if t not in departures]
    dated = {**{t: d for t, d in dated.items() if t not in departures},
             **departure_dates(departures, diplomatic, dated)}
    dated = {**dated, **second_speakers(ctx, diplomatic, dated, registry)}
    # (round 27, ev27prec) a meeting or a visit called off, postponed or refused: no event
    diplomatic = [t for t in diplomatic if not called_off(ctx, t)]
    # (round 31, ev31dip) "Blinken is expected to travel to Jordan, the State Department said on
    # Friday", « Araghchi doit se rendre à Ankara, a annoncé vendredi ... »: the day is the words',
    # the trip announced has none of its own (the corpus's round-19 ruling: no event)
    diplomatic = [t for t in diplomatic if not announced_undated(ctx, t, diplomatic, dated)]
    anchors = [t for t in diplomatic if t in dated]
    groups: dict[TriggerHit, list[TriggerHit]] = {a: [a] for a in anchors}
    for t in diplomatic:
        if t not in dated and anchors:
            nearest = min(anchors, key=lambda a: gap(a.start, a.end, t.start, t.end))
            groups[nearest].append(t)
    for anchor, group in groups.items():
        event = _diplomatic_event(ctx, group, announced_day(ctx, anchor, dated[anchor]), registry)
        if event is not None:
            out.append((event, anchor))
            added = states_that_did_too(ctx, event, anchor, registry)
            if added:  # "Russia urged ..., as did the United States": the states added are no actors of Russia's
                kept = [n for n in event.actors if all(n != e.actors[0] for e in added)]
                event = replace(event, actors=kept)
                out[-1] = (event, anchor)
            parts = state_list_statements(ctx, event, anchor, registry)
            if parts:  # "Turkey and Qatar called for ...": a statement of each state
                out[-1:] = [(each, anchor) for each in parts]
            out.extend((each, anchor) for each in added)
            talks = held_talks(ctx, group) if event.kind == "visit" else None
            if talks is not None:
                out.append((replace(event, kind="meeting", summary=event.summary.replace(" visit", " meeting", 1)),
                            talks))
            spoken = said_on_visit(ctx, group, event, registry) if event.kind == "visit" else None
            if spoken is not None:
                out.append((spoken, next(t for t in group if t.kind == "statement")))
            announced = (announced_trip_words(ctx, group, event, registry)
                         if event.kind in ("visit", "meeting") and spoken is None else None)
            if announced is not None:  # (round 46, s46) "the ministry announced that X would visit"
                out.append(announced)
            said = words_after_talks(ctx, group) if event.kind == "meeting" else None
            told = said_discussed(ctx, group) if event.kind == "meeting" and said is None else None
            if told is not None:
                event = talks_teller_first(ctx, event, told, registry)
                out[-1] = (event, anchor)
            said = said or (replace(told, role=SAID_TALKS) if told is not None else None)
            if said is not None:
                out.append((replace(event, kind="statement",
                                    summary=event.summary.split(" with ")[0].replace(" meeting", " statement", 1)),
                            said))
            if event.kind == "statement" and addressed_body(ctx, anchor):
                out.append((replace(event, kind="meeting", stance=None,
                                    summary=event.summary.split(" (")[0].replace(" statement", " meeting", 1)),
                            replace(anchor, role=ADDRESSED)))
    out += departure_visits(ctx, departures, out)
    military: list[tuple[Event, TriggerHit]] = []
    for t in triggers:
        if t.family == "military" and t in dated:
            if t.kind == "control_change":
                military.extend((event, t) for event in _control_events(ctx, t, dated[t], registry))
                continue
            military.extend((event, t) for event in _military_events(ctx, t, dated[t], registry))
    military = one_change_per_place(military, shared)
    military = siege_of_change(military)
    # (round 17, stm17) "the factions said they took Morek", "the army said it retook Karnaz": a
    # fighting side's account told as its words is its statement BESIDES the events it reports
    # (corpus ruling of round 17); before, its claims of ground and of victory were
    # dropped as "only the military news"
    if military:
        out = [(e, t) for e, t in out if not source_of_fact(e, t, ctx, registry)]
    return out + military


def siege_of_change(military: list[tuple[Event, TriggerHit]]) -> list[tuple[Event, TriggerHit]]:
    """The sentence's military events without a siege or encirclement (role ``encirclement``) of a
    place whose control change the same sentence tells ("took Saraqib after encircling Saraqib",
    "the army left Hama as the factions besieged Hama").

    Why (round 20, fac20): the round-20 ruling (data/corpus/README.md) reads a siege as fighting is
    read: told in the sentence of a capture or loss of that place it belongs to that change and adds
    no event; told apart it is an ``other`` event at the place."""
    changed = {p.geonameid or p.name for e, _ in military if e.kind == "control_change" for p in e.places}
    return [(e, t) for e, t in military
            if not (t.role == "encirclement" and e.places
                    and all((p.geonameid or p.name) in changed for p in e.places))]


def side_account(event: Event, registry: ActorRegistry) -> bool:
    """(Round 17, stm17) Whether an event is a fighting side's statement: its account of its own war.

    Why: such words were dropped before the round-17 ruling, and their verb lent its day to the
    strike or fighting it tells (:func:`told_dates`); kept now as the side's statement, they must
    still date what they tell ("the army said it shelled rebel positions on Tuesday").
    """
    return event.kind == "statement" and _fighting_side(event, registry)


def source_of_fact(event: Event, verb: TriggerHit, ctx: SentenceContext, registry: ActorRegistry) -> bool:
    """(Round 17, stm17) Whether a fighting side's statement verb is that of an attribution clause
    after the military news of its sentence ("jets struck Aleppo overnight, as the defence ministry
    announced", «قصفت الطائرات ... وفق ما أعلنت وزارة الدفاع», « comme l'a annoncé l'armée »).

    Why: the corpus ruling of round 17 makes a side's account told as its words its statement, but
    a side cited only as the source of a fact ("according to the army", «بحسب», « selon ») adds
    none; "as X announced" is that citation with a verb in it (the table's ``attribution`` words
    open it in every language), the side's words are not what the sentence reports.
    """
    return (event.kind == "statement" and _fighting_side(event, registry) and in_attribution(verb, ctx.text)
            and not also_opener_named(verb, ctx))


def also_opener_named(verb: TriggerHit, ctx: SentenceContext) -> bool:
    """(Round 28, ev28fr) Whether a statement verb opens its sentence after the table's
    ``also_opener`` («كما», «وكما»: "also") with a side named right after it («كما أعلنت فصائل
    المعارضة السيطرة على ...», «كما أكد الجيش السوري أن ...»).

    Why: «كما» is one of the ``attribution`` words ("..., as the ministry announced", a side cited
    as the source of a fact, which adds no statement: :func:`source_of_fact`), but at a sentence's
    start it is "also", and the side's own announcement was dropped. With no side named after the
    verb («كما أعلنت السيطرة على ...»), the speaker would be guessed from the object, so the verb
    stays an attribution's."""
    pattern = table_pattern(ctx.lang, "also_opener")
    if pattern is None or pattern.fullmatch(ctx.text, ctx.sentence.start, verb.start) is None:
        return False
    return any(a.start >= verb.end and not ctx.text[verb.end:a.start].strip() for a in ctx.actors)


def one_change_per_place(military: list[tuple[Event, TriggerHit]],
                         shared: Collection[TriggerHit] = ()) -> list[tuple[Event, TriggerHit]]:
    """A sentence's control changes of one place, told by two verbs, as one change.

    Why: «سيطرت قسد على دير الزور بعد انسحاب القوات الحكومية», "the army handed the airport to the
    SDF before pulling out" report one change twice, from the taker's verb and from the loser's;
    the second, often with no side of its own, would put an undirected change beside the directed
    one. The change with a stated taker is kept; another of the same place is dropped when it says
    nothing more (no direction, or the same one). Two that disagree are both kept for the merge.
    """
    kept: dict[str, Event] = {}
    ranked = sorted(range(len(military)), key=lambda i: (military[i][0].kind != "control_change",
                                                          military[i][0].to_controller is None,
                                                          military[i][1] in shared, i))
    drop: set[int] = set()
    for i in ranked:
        event = military[i][0]
        if event.kind != "control_change" or not event.places:
            continue
        key = event.places[0].geonameid or event.places[0].name
        first = kept.setdefault(key, event)
        if first is not event and (event.to_controller is None or (first.from_controller, first.to_controller)
                                   == (event.from_controller, event.to_controller)):
            drop.add(i)
    return [m for i, m in enumerate(military) if i not in drop]


def one_strike(trigger: TriggerHit, earlier: Sequence[TriggerHit], text: str, dates: Sequence[DateHit]) -> bool:
    """Whether a strike trigger goes on a strike told just before it in its clause (within
    :data:`CLAUSE_REACH`, no clause break and no date phrase between).

    Why: a strike noun is often the subject of a verb of hitting ("Russian strikes hit rebel
    positions", « des frappes ont visé des positions »); both are strike words, and read as two
    strikes they made one air raid two events. A strike of another day ("struck Aleppo on Friday
    and bombed Idlib on Saturday") keeps its own.
    """
    return trigger.kind == "strike" and any(
        u.kind == "strike" and 0 <= trigger.start - u.end <= CLAUSE_REACH
        and not CLAUSE_BREAK.search(text, u.end, trigger.start)
        and not any(u.end <= d.start < trigger.start for d in dates)
        for u in earlier)


def _fighting_side(event: Event, registry: ActorRegistry) -> bool:
    """Whether the speaker fights the war: an armed group, the Syrian government or one of its own
    institutions ("the Syrian defence ministry said its jets struck": the strike's source)."""
    return bool(event.actors) and _fighting_name(event.actors[0], registry)


def _fighting_name(name: str, registry: ActorRegistry) -> bool:
    """Whether the registry's actor of that name fights the war (:func:`_fighting_side`)."""
    speaker = registry.get(name)
    government = registry.get(GOVERNMENT)
    return speaker is not None and (speaker.type == "armed_group" or speaker.name == GOVERNMENT or (
        speaker.type == "government_body" and government is not None and speaker.country == government.country))


def chained_story_taker(results: Sequence[RawEvent], previous: Sentence | None, s: Sentence) -> str | None:
    """The side a capture with no taker named is guessed to be, from the captures told before it.

    The last capture within :data:`ANAPHORA_REACH` whose taker the text names (never the
    government: a subjectless "took" in news of the offensive is the attackers'); or, failing one,
    a capture whose taker was itself guessed, when it is in the sentence right before: a run of
    subjectless captures ("They took Maarat al-Numan. Then Khan Shaykhun. On Thursday they entered
    Hama.") keeps the side that opened it, however long the run. Why (round 19, dir19): each
    sentence of such a run lay within reach only of the one before it, a guessed one, so from the
    second sentence on the direction was unknown; 11 of half a's 12 unknown directions were such
    runs. A sentence with no capture breaks the run, so a guess never crosses a change of subject.
    """
    for r in reversed(results):
        if s.start - r.sentence.start > ANAPHORA_REACH:
            return None
        if r.event.kind != "control_change" or r.event.to_controller in (None, GOVERNMENT):
            continue
        if "taker_guessed" not in r.event.reasons:
            return r.event.to_controller
        if previous is not None and r.sentence.start == previous.start:
            return r.event.to_controller
    return None


def entry_presence(raws: list[RawEvent]) -> list[RawEvent]:
    """A reinforcement told in the sentence of an entry into the buffer zone: dropped, the entry
    tells the move.

    Why (round 35, oth35): "Israel reinforced its presence on the Golan, seizing the buffer zone",
    « Israël a renforcé sa présence sur le Golan, s'emparant de la zone tampon » tell one move of
    one army; read by the reinforcement rows and the buffer zone's, the sentence gave two `other`
    events where the corpus annotates one. A presence reinforced with no entry in its sentence
    («أعلن الجيش الإسرائيلي تعزيز وجوده العسكري في المنطقة العازلة») stays a reinforcement.
    """
    entries = {r.sentence.start for r in raws
               if r.event.kind == "other" and r.trigger.role == "buffer_zone"}
    return [r for r in raws if not (r.event.kind == "other" and r.trigger.role == "reinforcement"
                                    and r.sentence.start in entries)]


#: (Round 20, oth20) Roles of "other" that a capture of their sentence holds (:func:`capture_fighting`).
CAPTURE_FIGHTING_ROLES = frozenset({"clashes"})


@cache
def clause_edges(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of a coordinator right before a date (searched up to the date: ", and on
    Wednesday", « , et mercredi », «، ويوم الأربعاء») and right after one, with a comma (matched
    from its end: "on Sunday, and was retaken", «يوم الأحد، ودخلت»), from the table's ``coordinators`` and
    ``sequence_words`` (:func:`timeline.sentences.assign_dates`, round 30)."""
    words = table_rows(lang, "coordinators")
    if not words:
        return None, None
    coordinators = "|".join(f"(?:{w})" for w in words)
    # a word of contrast opens the clause after it as a coordinator does (", but on Thursday the
    # army regained it", « , mais jeudi l'armée l'a reprise »): the table's ``contrast``
    openers = "|".join(f"(?:{w})" for w in (*words, *table_rows(lang, "contrast")))
    sequence = "|".join(f"(?:{w})" for w in table_rows(lang, "sequence_words"))
    glued = rules_for(lang).coordinator_prefix is not None
    then = rf"(?:\s+(?:{sequence}))?" if sequence else ""
    space, bound = (r"\s*", "") if glued else (r"\s+", r"(?!\w)")
    # one short word may stand between the coordinator and the date phrase («und am Mittwoch»)
    # (round 32, rev32) so does a word of sequence right after a comma (", then on Thursday the army
    # retook it", « , puis jeudi », «, dann am Donnerstag», «، ثم يوم الخميس»)
    after_comma = rf"|[,،]\s*(?:{sequence})(?!\w)" if sequence else ""
    opening = re.compile(rf"(?:(?<![^\W\d_])(?:{openers}){then}{after_comma})(?:\s+\w{{1,3}})?{space}$",
                         re.IGNORECASE)
    # after the date, only a comma and a coordinator close its clause («يوم الأحد، ودخلت»): with "and"
    # alone ("pushed into Idlib on Thursday and seized villages") the day is often both verbs'
    closing = re.compile(rf"\s*[,،]\s*(?:{coordinators}){bound}", re.IGNORECASE)
    return opening, closing


#: (round 33, rev33b) From a relative clause's date to the main verb after it: the comma closing the
#: clause and at most two words (an auxiliary, a pronoun: ", entered", « , est entré », ", has taken").
_CLAUSE_CLOSE_TO_VERB = re.compile(r"\s*[,،]\s*(?:[^\W\d_][\w'’-]*\s+){0,2}")


@cache
def _coordinator_after_date(lang: str | None) -> re.Pattern[str] | None:
    """From a date's end to the next verb: an optional comma, the table's ``coordinators`` (a
    ``sequence_words`` word may follow) and at most three words (the next clause's subject: "and
    the army retook")."""
    words = table_rows(lang, "coordinators")
    if not words:
        return None
    sequence = "|".join(f"(?:{w})" for w in table_rows(lang, "sequence_words"))
    then = rf"(?:\s+(?:{sequence})(?!\w))?" if sequence else ""
    glued = rules_for(lang).coordinator_prefix is not None
    bound = "" if glued else r"(?!\w)"
    return re.compile(rf"\s*[,،]?\s*(?:{'|'.join(f'(?:{w})' for w in words)}){bound}{then}"
                      rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,3}}", re.IGNORECASE)


def coordinated_clause_move(m: OwnSideMove, text: str, lang: str | None) -> bool:
    """Whether a moved date closes the clause of the verb it went to, the verb it was taken from
    standing right after a coordinator («and», « et », «y», «und», «و»): no clause break between
    the first verb and the date, no coordinator opening the date, and the verb after the
    coordinator keeps a date of its own after it (the move is made only then).

    Why (round 40, cc40): "the rebels captured Hama on Wednesday and took Homs on Thursday", « ont
    pris Hama mercredi et se sont emparés de Homs jeudi », «سيطرت على حماة يوم الأربعاء وسيطرت على
    حمص يوم الخميس»: the first verb's day, nearer the second verb's start than the first verb, went
    to the second verb (:func:`timeline.sentences.assign_dates`), :func:`timeline.sentences.own_side_dates`
    gave it back to the first, and :func:`undone_moves`, the two changes being no loss and
    recapture of one place, moved it to the second again: Homs was dated to Wednesday and Hama,
    undated, lost (two dR articles, in English and Arabic). A date opened by a coordinator or a
    word of sequence (", then on Wednesday the army retook Morek") opens the next clause: the move
    is undone as before."""
    u, t, d = m.target, m.source, m.date
    if not (u.end <= d.start and d.end <= t.start):
        return False
    closing = _coordinator_after_date(lang)
    opening = clause_edges(lang)[0]
    if closing is None or CLAUSE_BREAK.search(text, u.end, d.start):
        return False
    if opening is not None and opening.search(text[u.end:d.start]):
        return False
    prefix = rules_for(lang).coordinator_prefix
    if prefix is not None and not text[d.end:t.start].strip(" ,،") and prefix.match(text[t.start:t.end]):
        return True  # the coordinator written on the verb («وسيطرت»)
    return closing.fullmatch(text, d.end, t.start) is not None


def relative_clause_move(m: OwnSideMove, text: str, rules: LanguageRules) -> bool:
    """Whether a moved date closes the relative clause that holds the verb it went to, the main verb
    the date was taken from standing right after the clause's closing comma: the comma-set clause
    opens with a relative pronoun (the table's ``relative_pronoun``) and has no clause break between
    its verb and the date.

    Why (round 33, rev33b): "HTS, which captured Aleppo on Sunday, entered Hama on Thursday", « HTS,
    qui a pris Alep dimanche, est entré à Hama jeudi », «HTS, que capturó Alepo el domingo, entró en
    Hama el jueves»: the clause's day, nearer the main verb than the main verb's own, was moved to
    the clause's capture (:func:`timeline.sentences.own_side_dates`), and :func:`undone_moves` moved it
    back, the two changes being no loss and recapture of one place: Hama was dated to Sunday and
    Aleppo, undated, lost. A day closing its clause before the comma is the clause's."""
    u, t, d = m.target, m.source, m.date
    if rules.relative_pronoun is None or not (u.end <= d.start and d.end <= t.start):
        return False
    if CLAUSE_BREAK.search(text, u.end, d.start) or not _CLAUSE_CLOSE_TO_VERB.fullmatch(text, d.end, t.start):
        return False
    comma = max(text.rfind(",", 0, u.start), text.rfind("،", 0, u.start))
    if comma < 0:
        return False
    return rules.relative_pronoun.match(text[comma:u.start]) is not None


def undone_moves(moves: Sequence[OwnSideMove], found: Sequence[tuple[Event, TriggerHit]],
                 text: str = "", rules: LanguageRules | None = None) -> list[OwnSideMove]:
    """The dates :func:`timeline.sentences.own_side_dates` moved between two control verbs that do
    not tell one place's change and its undoing: no change of one verb shares a place with a change
    of the other that runs the other way (the side one gave the place to is the side the other
    took it from, or the reverse, and neither took it from, nor gave it to, the same side).

    Why (round 30, rev30): the move was written for a recapture told after its loss ("Saraqeb,
    which had fallen to the rebels on Sunday, was retaken by the army on Thursday"); between two
    verbs of other places, or two changes the same way ("the rebels seized Karnaz, then on
    Wednesday the army retook Morek in a counter-attack on Tuesday night", «انسحب الجيش من مورك،
    ويوم الأربعاء سيطرت عليها الهيئة بعد هجوم يوم الثلاثاء»), the day opens the second verb's clause;
    moved, it dated the first change to the second's day and the second to the other day (one
    held-out probe reversed). Undone, the verb keeps the date it claimed, as before round 29."""
    def changes(t: TriggerHit) -> list[tuple[set[Any], str, str]]:
        return [({p.geonameid or p.name for p in e.places}, camp(side_key(e.from_controller)),
                 camp(side_key(e.to_controller)))
                for e, u in found if u is t and e.kind == "control_change"]

    def undoes(a: tuple[set[Any], str, str], b: tuple[set[Any], str, str]) -> bool:
        if not a[0] & b[0]:
            return False
        same = (a[1] != "unknown" and a[1] == b[1]) or (a[2] != "unknown" and a[2] == b[2])
        crossed = (a[1] != "unknown" and a[1] == b[2]) or (a[2] != "unknown" and a[2] == b[1])
        return crossed and not same

    return [m for m in moves
            if not any(undoes(a, b) for a in changes(m.source) for b in changes(m.target))
            and not (text and rules is not None and relative_clause_move(m, text, rules))
            and not (text and rules is not None and coordinated_clause_move(m, text, rules.language))]


#: (Round 29) Roles of a control verb and the roles of a later verb that undo its change.
UNDOING_ROLES = {"take": frozenset({"lose", "retake"}), "fall": frozenset({"lose", "retake"}),
                 "lose": frozenset({"retake"})}


#: (Round 29) The later verb's object pronoun that names the first verb's place again ("lost it",
#: «خسرتها», «verloren es»): without it the later verb may tell another place (and keeps its day).
UNDOING_PRONOUN = re.compile(r"\b(?:it|es)\b|(?:ها)(?!\w)")


def undone_later(t: TriggerHit, d: DateHit, triggers: Sequence[TriggerHit], text: str,
                 lang: str | None = None) -> bool:
    """Whether a control verb's date stands after a later control verb that undoes its change (a
    loss or a recapture after a capture, a recapture after a loss), between the two.

    Why (round 29, rev29): "The rebels took Halfaya and then lost it to the army on Thursday",
    «سيطرت الفصائل على حلفايا ثم خسرتها يوم الخميس لصالح الجيش», «nahmen Halfaya ein und verloren
    es am Donnerstag wieder», "lost Morek, then retook it on Thursday": the day is the later verb's;
    lent to the first, it dated the first change to the day it was undone, a reversed change on that
    day (the later verb's own change is often lost with its pronoun object). The first change's day
    is not told: it makes no event rather than the wrong one.

    (Round 30, rev30) The pronoun may stand before the loss verb, in its words («tomaron Halfaya y la
    han perdido este jueves», « avant de la perdre jeudi »), or a noun of the place's kind stand for
    it ("lost the town"): the table's ``loss_pronoun`` or ``loss_town_noun`` at the verb.
    The day reached the capture by its coordinated verb (:func:`shared_dates`), as in English."""
    if t.kind != "control_change" or t.role not in UNDOING_ROLES or d.start < t.end:
        return False
    clitics = [p for p in (table_pattern(lang, "loss_pronoun"), table_pattern(lang, "loss_town_noun")) if p is not None]

    def pronoun(u: TriggerHit) -> bool:
        return (UNDOING_PRONOUN.search(text, u.start, min(d.start, u.end + 12)) is not None
                or (u.role == "lose" and any(p.match(text, u.start) is not None for p in clitics)))

    return any(u.kind == "control_change" and u.role in UNDOING_ROLES[t.role] and t.end <= u.start <= d.start
               and pronoun(u) for u in triggers)



#: (Round 30) The words that name the first verb's place again right after a later verb that undoes
#: it: "retook it", "retook the town", « a repris la ville », «recuperó la ciudad», «استعادها»
#: (:func:`undone_same_day`; not a clitic before the verb: « le » before a noun is an article).
SAME_PLACE_AFTER = re.compile(r"^\S*\s+(?:\S+\s+){0,2}?(?:it|the (?:town|city|village)"
                              r"|la (?:ville|localité|ciudad|localidad)|le village|el pueblo"
                              r"|die Stadt|den Ort|das Dorf)\b",
                              re.IGNORECASE)


def undone_same_day(t: TriggerHit, d: DateHit, dated: dict[TriggerHit, DateHit], text: str) -> bool:
    """Whether a control verb was dated by the very date of a later verb that undoes its change on
    the same place (named again by a pronoun or a noun of its kind).

    Why (round 30, rev30): "HTS overran Karnaz, and on Wednesday government forces recaptured it":
    Wednesday is the recapture's (:func:`timeline.sentences.assign_dates`), and the capture, dated
    "by that day" from the clause after it (:func:`earlier_clause_dates`), was shown on the day
    it was undone, a reversed change on that day. Its own day is not told: no event."""
    if t.kind != "control_change" or t.role not in UNDOING_ROLES:
        return False
    for u, e in dated.items():
        if (u is t or u.kind != "control_change" or u.role not in UNDOING_ROLES[t.role] or u.start < t.end
                or (e.start, e.end) != (d.start, d.end)):
            continue
        if SAME_PLACE_AFTER.match(text[u.end:u.end + 40]) or UNDOING_PRONOUN.search(text, u.start, u.end + 4):
            return True
    return False


def capture_fighting(raws: list[RawEvent], text: str, lang: str | None) -> list[RawEvent]:
    """Clashes dropped when their sentence tells a capture of the place they are placed at, on a
    day they share ("intermittent clashes near the citadel while the fighters took the citadel").

    Why (round 20, oth20): the corpus ruling of round 14 reads fighting told in the sentence of a
    capture as part of that control change, adding no ``other`` event. Only clashes at the place
    taken are dropped: clashes with no place, or at another place, of a sentence with a capture
    lost a matched event on development half b. A capture inside an "after" clause (the table's
    ``circumstance``: "the fighting goes on after the factions took Aleppo and Idlib") is the
    background of the day's fighting, which stays an event of its own.
    """
    circumstance = rules_for(lang).circumstance
    changes: dict[int, list[Event]] = {}
    for r in raws:
        e = r.event
        if (e.kind == "control_change" and e.places and e.date is not None
                and after_clause_start(text, r.sentence.start, r.trigger, circumstance) is None):
            changes.setdefault(r.sentence.start, []).append(e)

    def with_capture(r: RawEvent) -> bool:
        e = r.event
        if r.trigger.role not in CAPTURE_FIGHTING_ROLES or e.kind != "other" or e.date is None:
            return False
        end = e.date_end or e.date
        here = {p.geonameid or p.name for p in e.places}
        return any(c.date <= end and e.date <= (c.date_end or c.date)
                   and here & {p.geonameid or p.name for p in c.places}
                   for c in changes.get(r.sentence.start, ()))

    return [r for r in raws if not with_capture(r)]


#: ``date_inferred`` of a military event dated by its sentence's reporting verb or only date
#: (:func:`shared_dates`), beside "lead" and "published" (:func:`article_date`).
SHARED_DATE = "sentence"
