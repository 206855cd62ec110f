"""Sentence-level event extraction: triggers, dates, speakers, direction, stance, casualties.

One sentence can hold several events ("the regime lost Aleppo on Saturday, Lin Jian added") and
several dates; the rules that pair them are deliberately simple and stated here so that an
analyst can predict them:

* A date belongs to the trigger nearest to it in its sentence (character gap), so «a perdu
  samedi le contrôle» dates the loss and not the statement verb of the same sentence. In a dated
  sentence, a military trigger without a date makes no event; "since X" dates and vague spans
  ("in recent years", « ces derniers jours ») date nothing, except that "in recent days" dates a
  capture as that week (:func:`recent_days_dates`). A sentence without any date phrase takes the
  article's date (the explicit date of its lead, else the day before the publication that the
  article keeps naming, :func:`story_day`, else its publication day; a statement told in the
  present, "Turkey says", the publication day: :func:`present_report`), marked
  ``date_inferred`` (a control change: the week up to the publication day); a sentence whose only
  phrases are such non-dates is background, no event, except the war's start named as a
  reference ("for the first time since the start of the war in 2011", :func:`war_reference`),
  which leaves the sentence undated rather than past. A
  capture left undated in a dated sentence shares the date of its reporting verb ("State media
  said on Tuesday the army had won back Karnaz") or of the capture coordinated with it
  («ودخلت ... حلب، الجمعة، وسيطرت»), marked ``date_inferred="sentence"`` (:func:`shared_dates`).
* Diplomatic triggers of one sentence (statement, call, visit, meeting, "signed a deal") are one
  event whose kind is the most specific of them (:data:`timeline.lexicon.DIPLOMATIC_PRIORITY`);
  its speaker comes from the first of them, the main verb. Military triggers (control change,
  strike, offensive) are never folded into a statement and vice versa.
* The speaker of a statement is the subject of its verb: in Arabic the actor right after it
  (verb-subject order, «أكد الكرملين»); after an inverted verb («..., a déclaré lundi le
  porte-parole ..., Lin Jian») the person that follows; otherwise the actor right before it
  ("Lin Jian said", "Araghchi flew to Baghdad"), and failing those the first actor of the
  sentence. An official who speaks for that institution (Lin Jian for the Chinese Foreign
  Ministry) is preferred to it. A monitor
  (SOHR) reports facts: its "said" makes no statement; nor does an unnamed source ("sources
  said", «قالت مصادر», :func:`unnamed_subject`). A person the registry lacks, named next
  to the verb, becomes an actor. A sentence opened by a pronoun subject ("He accused ...") is
  the words of the person of the sentences before (:func:`pronoun_speakers`); a statement verb
  coordinated with an earlier one ("welcomed the end of the Assad government and urged") shares
  its subject, the actor before it being the first verb's object (:func:`opens_clause`). (Round
  12) An office title or a state's body with its demonym and no name ("the Turkish foreign
  minister said", "the Jordanian statement said") speaks for that state, or for the person of
  that state just named (:func:`office_speaks`, :func:`office_holder`); a name inside the
  subject's relative clause ("Araghchi, who has long backed Assad, stressed") is not its subject;
  a visit's traveller's words in its sentence are a statement too (:func:`said_on_visit`); and a
  group whose most specific kind makes no event still reports its statement verbs.
* A control change needs a named town, village or facility (not a country or governorate); its
  direction comes from the trigger (take, lose, fall to, retake) and the armed actors around it.
  An actor before a capture verb of the sentence is that verb's taker, never the loser of a later
  withdrawal verb; a capture with no taker named is the story's: the side that took the last
  place before it, else the first armed side of the last sentence naming one. A list ends at a
  word of no list ("took Hama on Thursday, stunning Damascus"); a German participle closing its
  clause takes the town before it.
* "Fighting since X" with a recent day X dates the start of the offensive (an "other" event); an
  offensive launch verb with no day of its own ("after the offensive launched by HTS") is the
  launch told as background: (round 17) one launch event per article, from the 27 November launch
  (:func:`background_launches`), unless the article tells its launch with a day.
* A participant's statement on the day of a call or meeting of the same article is its readout,
  not a second event (:func:`fold_readouts`). A statement without a date phrase right after a
  dated diplomatic event in which its speaker (a person) took part takes that event's date
  (``date_inferred="previous"``, :func:`carried_dates`), not the lead's.
* A visit whose sentence also reports talks held on the trip ("visited Jordan, where he held
  talks with the King") is a visit and a meeting, and so are talks told as the trip's purpose
  ("flew to Baghdad to meet", the corpus ruling of round 17; :func:`held_talks`). A meeting or
  visit announced for a bare weekday ("will meet on Monday") is on the coming one
  (:func:`announced_day`). Ministers named only by demonyms ("the Russian, Iranian and Turkish
  foreign ministers met") meet as their states.
* Situation reports are "other" events too (:data:`SITUATION_ROLES`: an advance towards a place,
  reinforcements, clashes, residents fleeing, an airport or road closed, prisoners freed, drones
  downed, a curfew imposed, citizens told to leave, refugees returning or shops reopening). They
  share the date nearest to them instead of taking it from the sentence's other verbs
  (:func:`situation_dates`); after a circumstance word ("after fierce clashes", "thwarting their
  advance"), after words of a possibility, a threat, a purpose or a preparation ("ready to send
  troops", "in preparation for a counteroffensive", :func:`hypothetical`; a strike warned of,
  too) or before "for control of" they make no event, and their topic names their place, so that
  two advances of one day on two towns stay two events.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cache
from typing import Any

from control.sides import camp, side_key
from geo.resolve import great_circle_km
from kharita.config import WINDOW_START
from timeline.actors import SPEAKER_TYPES, ActorMention, ActorRegistry
from timeline.captions import inside, old_captions
from timeline.confidence import STORY_DAY, date_reasons
from timeline.control_clauses import averted_in_sentence, prospective_capture, withdrawing_clause
from timeline.control_dates import (
    background_relative_split,
    before_clause_dates,
    clause_marker,
    earlier_clause_dates,
    fight_dates,
    former_names_masked,
    held_range,
    offset_numbers,
    period_background,
    period_background_triggers,
    relative_dated_captures,
    relative_verb_dated,
    told_then,
    undoing_clause_dates,
)
from timeline.control_extent import (
    begun_entry,
    count_after_list,
    counted_after,
    countryside_taken,
    names_part_of_the_town,
    part_start,
    repeated_part_opener,
)
from timeline.control_roles import (
    active_source_sides,
    capacity_subject,
    cited_source,
    coalition_members,
    conceded_capture,
    dual_countryside,
    earlier_passive_agents,
    earlier_verb_objects,
    ends_on_lose_to,
    expulsion_roles,
    fall_named_taker,
    far_fought_sides,
    far_passive_agent,
    fight_verb_first,
    flight_destination,
    foreign_force_spans,
    fought_sides,
    holder_sides,
    list_after_apposition,
    list_after_relative,
    lose_to_sides,
    loss_noun_agent,
    loss_taker_after,
    names_opposition_holder,
    negated_sides,
    noun_subject_aside_sides,
    object_sides,
    objectless_expel,
    objectless_expel_after,
    office_domain,
    opposed_sides,
    participle_agents,
    passive_agents,
    pronoun_subject_before,
    relative_clause_sides,
    relative_subject,
    subject_after_finite_verb,
    subject_aside_sides,
    table_pattern,
    taken_from_side,
    unnamed_fighters_subject,
    withdrawal_noun_side,
    withdrawn_sides,
)
from timeline.curated import (
    ACTOR_CONTROLLER,
    CONTROLLER_ACTOR,
    CONTROLLERS,
    LAUNCH_TOPIC,
    LOCAL_CONTROLLERS,
    UNSPECIFIED,
    baseline_holders,
    is_opposition,
    launch_side,
)
from timeline.date_rules.anchors import ANCHOR_EVENTS, AnchorEvent, nth_day_patterns
from timeline.date_rules.anchors import links as anchor_links
from timeline.institutions import qualified_institutions
from timeline.launch_roles import launch_agents, launch_targets
from timeline.lexicon import (
    CASUALTY_PATTERNS,
    DIPLOMATIC_PRIORITY,
    SINCE_OPENED,
    SINCE_WORDS,
    VAGUE_DATES,
    LanguageRules,
    rules_for,
    stance_cues_for,
    strip_diacritics,
    table_language,
    table_rows,
    whole_words,
)
from timeline.sentences import (
    CLAUSE_BREAK,
    SINCE_REACH,
    DateHit,
    OwnSideMove,
    Sentence,
    TriggerHit,
    assign_dates,
    find_triggers,
    gap,
    quote_spans,
    quoted,
    split_sentences,
    subheading,
    usable_dates,
    within,
)
from timeline.speakers import (
    GOVERNMENT_VOICE,
    after_talks,
    after_talks_pattern,
    aside_before,
    backers,
    carried_words,
    choose_speaker,
    co_speakers,
    fronted_words_end,
    in_attribution,
    names_own_subject,
    office_named,
    office_pattern,
    office_state,
    office_voice,
    reported_clause_start,
    source_patterns,
    subject_title,
    titles_agree,
    titles_near,
    unknown_speaker,
    venue_patterns,
)
from timeline.types import Event, Place

log = logging.getLogger(__name__)

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
          "gathering": "Gathering"}
#: Roles of "other" that are news of their own (a leader's flight, soldiers who surrendered, a
#: statue torn down, troops entering a buffer zone or pushing into named villages): like situation
#: reports they share the sentence's nearest date rather than claim it (a capture beside them keeps
#: its own day) and, but a flight, name their place in their topic; unlike them, a circumstance word
#: does not stop them ("rebels entered Damascus after Assad fled" still reports his flight). An
#: incursion's topic is an advance's ("Advance near Hamidiyah"): the same movement, told into a place.
EVENT_ROLES = frozenset({"flight", "surrender", "statue", "buffer_zone", "incursion", "arrival"})
#: Roles of "other" that report the state of the fighting rather than launch it (an advance
#: towards a town, reinforcements, clashes, a closed airport): they claim no date from the
#: sentence's other verbs (:func:`situation_dates`) and name their place in their topic.
SITUATION_ROLES = frozenset(TOPICS) - {"offensive", "counteroffensive"} - EVENT_ROLES
#: Roles whose place may stand just before the verb ("crowds in Hama tore down a statue", «aus
#: Damaskus geflohen», "the Alawites of Homs fled en masse"): the verb ends the clause, the place
#: is where it happened.
PLACE_BEFORE_ROLES = frozenset({"flight", "surrender", "statue", "displacement", "regroup"})
PLACE_BEFORE_REACH = 20
#: (Round 32, ev32fresh) Roles whose town may open the sentence in a locative phrase set off by a
#: comma ("In Hama on Friday, residents toppled a statue", « À Homs, des habitants ont renversé »,
#: «في حماة، حطم الأهالي ...»): the act happened there (:func:`fronted_places`).
FRONTED_PLACE_ROLES = frozenset({"statue"})
#: (Round 38, oth38) Roles whose place is any town of their sentence when none stands by the verb:
#: a crowd gathered in a town named anywhere in its sentence (:func:`_military_event`).
SENTENCE_PLACE_ROLES = frozenset({"gathering"})
#: How far (characters) the comma that closes the fronted locative phrase may stand.
FRONTED_PLACE_REACH = 70
#: (Round 26, ev26oth) How far (characters) after words of regrouping its town may stand ("regrouped
#: on Thursday in the city of Hama"): :func:`regrouped_at`.
REGROUP_GAP = 40
#: (Round 26, ev26oth) How far (characters) after "the Nth day of the offensive" the verb of its launch
#: may stand and be that offensive's launch (a relative clause on it): :func:`nth_day_launch`.
NTH_DAY_LAUNCH_GAP = 40
#: How far before a situation trigger (characters) a circumstance word is looked for.
CIRCUMSTANCE_REACH = 40
#: How far (characters) a "for control of" may follow the clashes it qualifies, in one clause.
CLAUSE_REACH = 60
#: How far (characters) before a capture, strike or situation a denial of reports may stand:
#: «نفت وزارة الدفاع، الجمعة، الأنباء التي تزعم انسحاب الجيش من حمص» denies the withdrawal.
DENIAL_REACH = 160
#: (Round 20, stm20) The diplomatic kinds a denial before them in their sentence denies (:func:`denied`).
DENIABLE_DIPLOMATIC = frozenset({"meeting", "visit", "call"})


def fronted_places(ctx: Any, sentence_start: int, trigger_start: int) -> list[Any]:
    """(Round 32, ev32fresh) The towns of a locative phrase that opens the sentence and ends at a
    comma before the trigger ("In the south-eastern district of Jaramana, residents toppled a
    bust"): where the act happened, when the words next to the verb name no town."""
    opener = _fronted_place_opener(ctx.lang)
    if opener is None or not opener.match(ctx.text, sentence_start):
        return []
    end = min(trigger_start, sentence_start + FRONTED_PLACE_REACH)
    comma = re.compile(r"[,،]").search(ctx.text, sentence_start, end)
    if comma is None:
        return []
    return [m for m in ctx.places if _is_town(m) and sentence_start <= m.start and m.end <= comma.start()]


@cache
def _fronted_place_opener(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``fronted_place_opener`` (the locative words that open such a phrase), after a day
    word or two ("On Friday in Hama,", « Vendredi à Hama, », «يوم الجمعة في حماة،»); none for a
    language whose table has no such key (another language's words open nothing)."""
    rows = table_rows(lang, "fronted_place_opener")
    return re.compile(r"\s*(?:[^\s,،.]+\s+){0,2}?(?:" + "|".join(rows) + ")", re.IGNORECASE) if rows else None


def place_cut_triggers(triggers: list[TriggerHit], places: Sequence[Any], text: str) -> list[TriggerHit]:
    """The control triggers of a sentence, each cut before a place name its last word opens.

    Why (round 35, aside35): a trigger may take the word after its verb (German «eroberten», to
    hold an inverted subject, «eroberten Rebellen Saraqib»); before a name of several words («eroberten
    Deir ez-Zor», «Tell Rifaat», «Maarat al-Numan») it took the name's first word, so the place
    straddled the trigger's end, was read as no object, and the capture was lost. A trigger never
    ends inside a place's name: it ends before it, and the place is its object as after any verb.
    """
    out = []
    for t in triggers:
        cut = [m for m in places if t.kind == "control_change" and t.start < m.start < t.end < m.end]
        if cut:
            end = min(m.start for m in cut)
            while end > t.start and text[end - 1].isspace():
                end -= 1
            if end > t.start:
                t = replace(t, end=end, surface=text[t.start:end])
        out.append(t)
    return out


def window_start(sentence_start: int, trigger_start: int, reach: int) -> int:
    """Where the words a cue is looked for before a trigger begin: ``reach`` characters before it,
    never before its sentence."""
    return max(sentence_start, trigger_start - reach)


def cue_before(cue: re.Pattern[str] | None, trigger_start: int, sentence_start: int, text: str,
               reach: int) -> re.Match[str] | None:
    """The first match of ``cue`` in the window of ``reach`` characters before a trigger, inside its
    sentence (matched on the whole text, so a look-behind sees the word before the window).

    Why one helper: the strike and denial checks (:func:`negated_strike`, :func:`retold_strike`,
    :func:`condemned`, :func:`denied`) each searched such a window with a copy of this line.
    """
    return cue.search(text, window_start(sentence_start, trigger_start, reach), trigger_start) if cue else None


def denied(trigger: TriggerHit, sentence_start: int, text: str, rules: Any) -> bool:
    """Whether a denial of reports ("denied reports that", «لا صحة للأنباء») stands before the
    military trigger in its sentence, with no contrast word ("but") after it.

    Why: a ministry denying that its troops withdrew is a statement, not a withdrawal; reading it
    as one moved the map a day early on real news. (Round 20, stm20) A meeting, visit or call
    denied is no event either ("denied that Fidan was in Damascus for talks", «نفت الخارجية أن
    الوزير في دمشق لإجراء محادثات»): the talks word joined the denial's group as its most specific
    kind, and the denial became a meeting that never took place instead of the ministry's statement.
    """
    if rules.denial is None or (trigger.family != "military" and trigger.kind not in DENIABLE_DIPLOMATIC):
        return False
    ends = [m.end() for m in rules.denial.finditer(text, window_start(sentence_start, trigger.start, DENIAL_REACH),
                                                   trigger.start)]
    if not ends:
        return False
    return not (rules.contrast is not None and rules.contrast.search(text, ends[-1], trigger.start))


def denied_after(trigger: TriggerHit, sentence_start: int, sentence_end: int, text: str,
                 lang: str | None) -> bool:
    """(Round 35, prec35) Whether a military verb (or a meeting, visit or call) is told inside
    reports that the sentence then calls false: a noun of hearsay before it (the table's
    ``rumour_noun``: "reports that", « les informations selon lesquelles », «الأنباء عن») and a
    word of falsity after it in its sentence (``falsity_after``: "were false", « ne sont pas
    fondées », «عارية عن الصحة», "son infundadas", «seien falsch»), no ``contrast`` word between.

    Why: :func:`denied` reads a denial only before the verb ("denied reports that"); when the
    denial closes the sentence ("the ministry said reports that its forces had left the Damascus
    countryside were baseless"), the withdrawal it denies was read as news, a change of control
    that never took place (half-A development article fr-b921b5ecc6)."""
    if trigger.family != "military" and trigger.kind not in DENIABLE_DIPLOMATIC:
        return False
    noun, false = table_pattern(lang, "rumour_noun"), table_pattern(lang, "falsity_after")
    if noun is None or false is None:
        return False
    heard = [m.end() for m in noun.finditer(text, window_start(sentence_start, trigger.start, DENIAL_REACH),
                                             trigger.start)]
    said = false.search(text, trigger.end, sentence_end)
    if not heard or said is None:
        return False
    contrast = rules_for(lang).contrast
    return not (contrast is not None and (contrast.search(text, heard[-1], trigger.start)
                                          or contrast.search(text, trigger.end, said.start())))


#: Roles of "other" that launch the fighting; like situation reports, a plan or a preparation of
#: one is no event ("redeployed in preparation for the counteroffensive"), but its trigger stays
#: in the sentence (it ends a list of places, it claims a date): :func:`_military_event` drops it.
LAUNCH_ROLES = frozenset({"offensive", "counteroffensive"})


def aside_free_lead(sentence_start: int, trigger_start: int, text: str, lang: str | None) -> str | None:
    """(Round 36, neg36) The words of the sentence before a trigger with its concessive asides left
    out, or None when it has none: an aside set off by commas whose first words are the table's
    ``aside_opener`` ("could not, despite reinforcements, retake", « n'a pas pu, malgré des renforts,
    reprendre », «لم يتمكن الجيش، رغم التعزيزات، من استعادة», «no han, pese a su avance, entrado»),
    and one standing without commas that the one word of a failure's frame (``aside_closer``)
    follows («لم تنجح قوات النظام رغم الغارات الروسية في استعادة»).

    Why: the negation and the prospect are read on the few words right before the verb; an aside
    between them pushed the negation out of reach, and a failed recapture was read as a recapture."""
    bounded, unbounded = _aside_patterns(lang)
    if bounded is None:
        return None
    lead = text[window_start(sentence_start, trigger_start, 240):trigger_start]
    free = bounded.sub(" ", lead)
    if unbounded is not None:
        free = unbounded.sub("", free)
    return None if free == lead else free


@cache
def _aside_patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """:func:`aside_free_lead`'s two readings of a language's ``aside_opener`` (the aside between
    commas; the one without commas before an ``aside_closer`` word), compiled once per language:
    the function runs on every trigger of every sentence, twice on a control verb."""
    opener, closer = table_pattern(lang, "aside_opener"), table_pattern(lang, "aside_closer")
    if opener is None:
        return None, None
    bounded = re.compile(rf"[,،]\s*(?<!\w)(?:{opener.pattern})(?!\w)[^,،.;:!?]{{0,100}}[,،]\s*", re.IGNORECASE)
    unbounded = None if closer is None else re.compile(
        rf"\s(?:{opener.pattern})(?!\w)(?:\s+[^\s,،.;:!?]+){{1,6}}?(?=\s+(?:{closer.pattern})\s*$)", re.IGNORECASE)
    return bounded, unbounded


def hypothetical(trigger: TriggerHit, sentence_start: int, text: str, rules: Any, launch: bool = False) -> bool:
    """Whether a situation report or a strike (with ``launch``, the launch of an offensive) is
    only a possibility, an offer, a threat, a preparation or a condition ("Iran said it was ready
    to consider sending forces if asked", « l'Iran envisagerait d'envoyer des forces », "Israel
    warned it would carry out strikes", «هددت إسرائيل بقصف», «التحضير لهجوم مضاد», "if the shelling
    goes on", «قد ينسحب الجيش»: :func:`modal_verb`).

    Why: such a sentence reports words about the future, not troops on the move nor bombs
    dropped; read as reinforcements or a strike it put an event on the map that never took place.
    """
    if not (trigger.role in SITUATION_ROLES or trigger.kind == "strike" or (launch and trigger.role in LAUNCH_ROLES)):
        return False
    start = window_start(sentence_start, trigger.start, CIRCUMSTANCE_REACH)
    if rules.hypothetical is not None and rules.hypothetical.search(text[start:trigger.start]) is not None:
        return True
    # "residents fear new deaths if the shelling goes on", «إذا وصلت الفصائل إلى مشارف حمص»: a strike
    # or a front's move inside a condition has not happened (the table's ``condition``, which
    # already keeps a capture in a condition off the map, reaches to the clause's end only)
    if rules.condition is not None and rules.condition.search(text, sentence_start, trigger.start) is not None:
        return True
    return (modal_verb(trigger, start, text, rules.language) or awaited(trigger, sentence_start, text, rules.language)
            or enabled(trigger, sentence_start, text, rules.language) or modal_after(trigger, text, rules.language))


def modal_after(trigger: TriggerHit, text: str, lang: str | None) -> bool:
    """Whether the noun of a situation report, a strike or a launch is the subject of a modal or
    future verb right after it, in its own clause: the table's ``modal_after`` ("reinforcements
    could be sent to Hama", "a counteroffensive is expected to begin", « une contre-offensive
    pourrait être lancée », «una contraofensiva podría comenzar», «eine Gegenoffensive könne bald
    beginnen», «هجوم مضاد قد يبدأ», «تعزيزات ستصل»).

    Why (round 32, prec32): ``hypothetical`` reads the words before the report only; a noun put
    first and its modal after it ("ready to" comes before, "could be launched" after) was read as
    the counteroffensive launched or the reinforcements arrived on the day of the words that
    foresaw them (a German report of the President's promise of a counteroffensive). A coordinator
    or a comma between ends the noun's clause ("reinforcements arrived in Hama and could be
    deployed": they arrived).
    """
    cue = event_cues(lang).get("modal_after")
    return cue is not None and cue.match(text, trigger.end) is not None


def enabled(trigger: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a situation report or a strike is the complement of a verb of enabling in the
    conditional, up to five words before it: the table's ``enabling_conditional`` ("would allow the
    rebels to cut the motorway", « permettrait aux rebelles de couper », «permitiría a los rebeldes
    cortar»).

    Why (round 14, mil14): the conditional tells a consequence that may follow (of a capture, of air
    cover), not a road cut or troops sent that day; read as news it put a closure on the day of an
    analyst's words (es-ad9746def9). The ``hypothetical`` words stand right before the report
    ("ready to"); here the verb's object, the side enabled, stands between.
    """
    return cue_before(event_cues(lang).get("enabling_conditional"), trigger.start, sentence_start, text,
                      CIRCUMSTANCE_REACH + 20) is not None


def awaited(trigger: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a situation report or a strike is what someone waits for, up to three words before
    it: the table's ``awaited`` ("awaiting the arrival of reinforcements", "ahead of the arrival
    of reinforcements", « en attendant l'arrivée de renforts », «a la espera de refuerzos»,
    «بانتظار وصول تعزيزات», «in Erwartung von Verstärkungen»).

    Why (round 13): a verb or preposition of waiting makes its object an event still to come, as
    ``hypothetical`` does with "ready to"; the garrison holding out for help was read as the help
    arrived that day (two outlets' reports of the army regrouping, en-507aa04268, en-a20cd35965).
    """
    return cue_before(event_cues(lang).get("awaited"), trigger.start, sentence_start, text,
                      CIRCUMSTANCE_REACH) is not None


def circumstance_noun(trigger: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a situation report is led by a preposition and a verbal noun of going on or growing
    right before it: the table's ``circumstance_noun`` («مع استمرار الاشتباكات», «مع اشتداد
    المواجهات», «في ظل تواصل المعارك»: "amid the continuing clashes").

    Why (round 13): Arabic tells the background of a capture or an advance with «مع» and a masdar,
    as English does with "amid"; the table's ``circumstance`` words are read up to three words
    before the report, and a bare «مع» ("with") there would stop every "clashes with the army".
    The clashes were read as news of the day beside the capture they accompany (three
    outlets: ar-14d1c5e543, ar-f3bcf3b3b8, ar-4baf80f6b0).
    """
    return trigger.role in SITUATION_ROLES and cue_before(
        event_cues(lang).get("circumstance_noun"), trigger.start, sentence_start, text, CIRCUMSTANCE_REACH) is not None


#: The first word of a trigger: where a modal particle's verb may begin (:func:`modal_verb`).
_FIRST_WORD = re.compile(r"\S+")


def modal_verb(trigger: TriggerHit, start: int, text: str, lang: str | None) -> bool:
    """Whether a particle that means "may" only before a verb's present form stands before the
    trigger: the table's ``modal_verb``, matched on the words before the trigger and its first word
    (the verb, when the trigger is one: «قد ينسحب الجيش» "the army may withdraw", «قد تقصف
    الطائرات» "the aircraft may strike", but «قد انسحب الجيش» "the army has withdrawn").

    Why: Arabic «قد» asserts before a past verb and makes a possibility before a present one; the
    ``hypothetical`` cue sees only the words before the trigger, so a «قد» row there would drop
    every «وكانت القوات قد انسحبت» too, and without one «قد ينسحب الجيش» put a withdrawal on the map.
    """
    cue = event_cues(lang).get("modal_verb")
    if cue is None:
        return False
    word = _FIRST_WORD.match(text, trigger.start)
    return cue.search(text, start, word.end() if word else trigger.start) is not None


#: How far (characters) from a verb of flight a Syrian official may stand to be the one who fled:
#: before it ("Assad and his family have been granted asylum"), or after it («غادر بشار الأسد»,
#: « l'asile à Bachar al-Assad »).
FLIGHT_REACH = 40
#: Control roles whose verb may be an official's flight ("Assad fled Damascus") rather than a loss.
_FLIGHT_ROLES = frozenset({"lose", "leave"})
#: (round 29, ev29dip) the role of a visit told as leaving a place for a destination («غادر ... متوجها
#: إلى أنقرة»): its match holds the verb of leaving, longer than the flight row's, so a Syrian official
#: leaving («غادر الأسد دمشق متوجها إلى موسكو») is his flight as a loss verb said of him is
LEAVE_FOR = "leave_for"


def leaving_verb(trigger: TriggerHit) -> TriggerHit:
    """The first word of a :data:`LEAVE_FOR` visit's match, its verb of leaving: the traveller
    stands inside the match, right after that verb (verb-subject order)."""
    first = trigger.surface.split(maxsplit=1)[0] if trigger.surface.strip() else trigger.surface
    return replace(trigger, end=trigger.start + len(first))


#: How far (characters) before a verb of flight an object pronoun may stand ("granted him
#: asylum", « lui a accordé l'asile », «منحته السلطات الروسية حق اللجوء»).
FLIGHT_PRONOUN_REACH = 40


#: Most words between a verb of condemnation and the strike or incursion it condemns ("condemned
#: the Israeli incursions and airstrikes", «أدانت الخارجية القطرية التوغل»: the verb's object).
CONDEMNED_WORDS = 5


#: The table's ``modal_after`` right after a noun of a situation report, a strike or a launch, up to
#: six words between that are none of the table's ``clause_joiners`` nor its ``relative_pronoun``
#: (STOP) nor punctuation (:func:`modal_after`).
MODAL_AFTER_TEMPLATE = (r"[^\S\n]*(?:(?!(?:STOP)(?!\w))[^\s.,;:!?،؛\"“”«»()]+[^\S\n]+){0,6}?"
                        r"(?<!\w)(?:ALT)(?!\w)")


@cache
def event_cues(lang: str | None) -> dict[str, re.Pattern[str]]:
    """The strike/other cue keys of a language's rule table that :mod:`timeline.lexicon` does not
    compile (``flight_pronoun``, ``strike_negation``, ``modal_verb``, ``condemned_object``,
    ``strike_anaphora``, ``strike_definite``, ``awaited``, ``circumstance_noun``,
    ``enabling_conditional``, ``link_heading``, ``strike_carried``, ``flight_relative``, and round
    32's ``other_theatre``, ``modal_after``, ``control_noun``, ``since_start`` on its own), with
    ``clause_gap`` (a comma, an end mark or one of the table's ``clause_joiners``), compiled once
    per language.

    Why here: the lexicon is another module's; these keys only serve the strike and flight checks
    of this module, read at most once per language.
    """
    templates = {"flight_pronoun": r"(?<!\w)(?:ALT)(?!\w)",
                 "strike_negation": r"(?<!\w)(?:ALT)(?:\s+\S+){0,1}?\s*$",
                 "strike_anaphora": r"(?<!\w)(?:ALT)(?:\s+\S+){0,1}?\s*$",
                 "condemned_object": rf"(?<!\w)(?:ALT)(?:\s+\S+){{0,{CONDEMNED_WORDS}}}?\s*$",
                 "modal_verb": r"(?<!\w)(?:ALT)(?:\s+\S+){0,3}?\s*$",
                 "strike_definite": r"(?:ALT)",
                 "awaited": r"(?<!\w)(?:ALT)(?!\w)\W?(?:\s+\S+){0,3}?\s*$",
                 "circumstance_noun": r"(?<!\w)(?:ALT)\s*$",
                 "enabling_conditional": r"(?<!\w)(?:ALT)(?!\w)(?:\s+\S+){0,5}?\s*$",
                 "link_heading": r"\W*(?:ALT)\s*[:|\-–—]",
                 "strike_carried": r"(?:ALT)",
                 "flight_relative": r"\s*[,،]\s*(?:ALT)(?!\w)[^.;:!?,،()]{0,30}",
                 "flight_subject": r"\W{0,3}(?:ALT)(?!\w)[^.;:!?,،()]{0,30}",
                 "other_theatre": r"(?<!\w)(?:ALT)(?!\w)",
                 "modal_after": MODAL_AFTER_TEMPLATE,
                 "control_noun": r"(?<!\w)(?:ALT)(?!\w)",
                 # the since words on their own: the lexicon's pattern is anchored at a date after them
                 "since_start": r"(?<!\w)(?:ALT)"}
    # (round 32, review) the words that end a clause, from the table: a modal after them, or a noun
    # of control (:func:`control_lost`), is another clause's
    joiners = "|".join(f"(?:{x})" for x in table_rows(lang or "en", "clause_joiners"))
    relative = rules_for(lang or "en").relative_pronoun
    stop = "|".join(x for x in (joiners, relative.pattern.removeprefix("^[\\s,،]{0,3}(?:").removesuffix(")(?!\\w)")
                                if relative is not None else "") if x) or "(?!)"
    templates["modal_after"] = templates["modal_after"].replace("STOP", stop)
    gap = _CLAUSE_PUNCT.pattern + (rf"|(?<!\w)(?:{joiners})(?!\w)" if joiners else "")
    cues = {"clause_gap": re.compile(gap, re.IGNORECASE)}
    for key, template in templates.items():
        items = table_rows(lang or "en", key)
        if items:
            cues[key] = re.compile(template.replace("ALT", "|".join(f"(?:{x})" for x in items)), re.IGNORECASE)
    # (round 41, oth41) a whole relative clause set off by commas between a Syrian official and a
    # verb of flight ("Assad, who had crushed all dissent, flew out of Damascus"): the same
    # pronouns as ``flight_relative``, the clause's words up to its closing comma
    items = table_rows(lang or "en", "flight_relative")
    if items:
        cues["flight_aside"] = re.compile(r"\s*[,،]\s*(?:" + "|".join(f"(?:{x})" for x in items)
                                          + r")(?!\w)[^.;:!?,،()]{1,100}", re.IGNORECASE)
    return cues


#: How far before a strike word (characters) the verb that carries it out may start ("have carried out
#: their heaviest air strikes", «كثف جيش الاحتلال غاراته», « haben israelische Kampfjets mehrere
#: Militärflugplätze ... bombardiert »).
CARRIED_REACH = 90


def carried_strike(trig: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> bool:
    """Whether a strike word is told as raids carried out: the table's ``strike_carried`` (a verb of
    carrying out, stepping up or answering with strikes, or a finite verb of bombing with its
    auxiliary) covers it, in its sentence.

    Why (round 25, ev25oth): a strike with neither a town nor a day is dropped as a description of
    the war ("waves of Russian strikes", "a primary target of airstrikes"), but "Syrian and Russian
    aircraft conducted deadly airstrikes", "Russian jets stepped up their raids", «وكثف جيش الاحتلال
    غاراته الجوية», « les forces russes ont lancé des raids », «han respondido con bombardeos aéreos»,
    «haben israelische Kampfjets ... bombardiert» report raids of the story's day, as the corpus
    files annotate them (some 14 such sentences in the development third were lost).
    """
    cue = event_cues(lang).get("strike_carried")
    if cue is None:
        return False
    lo = max(sentence.start, trig.start - CARRIED_REACH)
    return any(m.start() <= trig.start and trig.end <= m.end() for m in cue.finditer(text, lo, sentence.end))


def pronoun_flight(trigger: TriggerHit, actors: Sequence[ActorMention], text: str, lang: str | None) -> bool:
    """Whether a verb of flight names who fled by an object pronoun ("where the Kremlin granted him
    asylum", «le concedió asilo», «منحته ... اللجوء», « lui a accordé l'asile », «wo ihm der Kreml
    Asyl gewährte») and a Syrian official is named before it in the sentence.

    Why: news tells Assad's arrival in Moscow and then the asylum given "to him"; the official
    then stands further than :data:`FLIGHT_REACH` from the verb, past a comma.
    """
    pronoun = event_cues(lang).get("flight_pronoun")
    if pronoun is None:
        return False
    window = text[max(0, trigger.start - FLIGHT_PRONOUN_REACH):trigger.end]
    found = list(pronoun.finditer(window))
    if not found or CLAUSE_BREAK.search(window, found[-1].end()):
        return False
    return any(a.type == "official" and a.country == "SY" and a.end <= trigger.start for a in actors)


def official_flight(trigger: TriggerHit, actors: Sequence[ActorMention], text: str) -> bool:
    """Whether a Syrian official is the one who fled, left or was given asylum, next to the verb
    with no clause break between.

    Why: the head of state fleeing ended the offensive; it is news of its own (an "other" event)
    and never a control change of the city he left ("Assad fled Damascus" is no capture). Who else
    flees, civilians or a governor with no entry in the actor table, is no such event.
    """
    for a in actors:
        if a.type != "official" or a.country != "SY":
            continue
        if 0 <= trigger.start - a.end <= FLIGHT_REACH and not CLAUSE_BREAK.search(text, a.end, trigger.start):
            return True
        if 0 <= trigger.start - a.end <= FLIGHT_REACH and apposed(a, trigger, text):
            return True
        if 0 <= a.start - trigger.end <= FLIGHT_REACH and not CLAUSE_BREAK.search(text, trigger.end, a.start):
            return True
    return False


#: (round 33, oth33) the comma that closes an apposition right before its verb: nothing else between
_APPOSITION_CLOSE = re.compile(r"\s*,\s*(?:(?:ha|had|has|a|avait|hat|hatte|habría|había|aurait|sei)\s+)?")
_APPOSITION_OPEN = re.compile(r",\s*(?:[^\s,.;:!?]+\s+){0,3}$")  # the name's first words may stand outside the mention


def apposed(official: ActorMention, trigger: TriggerHit, text: str) -> bool:
    """Whether an official's name stands between commas right before a verb of flight, an
    apposition to his title ("the president, Bashar al-Assad, fled", «el presidente, Bachar el
    Asad, ha abandonado la capital», « le président, Bachar al-Assad, a quitté le pays »): he fled.

    Why (round 33, oth33): the closing comma is a clause break, so :func:`official_flight` found no
    official next to the verb and Assad's flight, told with his title first, was lost (a fresh
    Spanish development article)."""
    before = text[max(0, official.start - FLIGHT_REACH):official.start]
    return (_APPOSITION_OPEN.search(before) is not None
            and _APPOSITION_CLOSE.fullmatch(text, official.end, trigger.start) is not None)


def relative_aside_flight(trigger: TriggerHit, actors: Sequence[ActorMention], text: str, lang: str | None) -> bool:
    """Whether a Syrian official named right before a relative clause set off by commas is the
    subject of the verb of flight right after the clause's closing comma ("Assad, who had crushed
    all forms of dissent, flew out of Damascus", « Bachar al-Assad, qui dirigeait le pays depuis
    2000, a fui », «Assad, der das Land 24 Jahre regiert hatte, floh»).

    Why (round 41, oth41): the commas are clause breaks, so :func:`official_flight` found no
    official next to the verb, and :func:`relative_flight` reads only a flight told inside the
    clause; Assad's flight, told as a fresh development article's news, was lost."""
    aside = event_cues(lang).get("flight_aside")
    if aside is None:
        return False
    for a in actors:
        if a.type != "official" or a.country != "SY" or not 0 <= trigger.start - a.end <= FLIGHT_REACH + 100:
            continue
        m = aside.match(text, a.end, trigger.start)
        if m is not None and _APPOSITION_CLOSE.fullmatch(text, m.end(), trigger.start) is not None:
            return True
    return False


def relative_flight(trigger: TriggerHit, actors: Sequence[ActorMention], text: str, lang: str | None) -> bool:
    """Whether a verb of flight opens a relative clause on a Syrian official named right before it
    ("Bashar al-Assad, who fled the country", «Bashar al Assad, quien abandonó el país», «Assad,
    der nach Moskau geflohen ist», «بشار الأسد، الذي هرب إلى موسكو»): the table's
    ``flight_relative`` after the comma, a few words of the clause between it and the verb.

    Why (round 25, ev25oth): the comma before the relative pronoun is a clause break, so
    :func:`official_flight` found no official next to the verb and the flight, which the corpus
    annotates as Assad's 8 December flight told as background (data/corpus/README.md, round 17),
    was lost; the French table's row reads « , qui » inside its pattern since round 9.
    """
    relative = event_cues(lang).get("flight_relative")
    if relative is None:
        return False
    return any(a.type == "official" and a.country == "SY" and 0 <= trigger.start - a.end <= FLIGHT_REACH
               and relative.fullmatch(text, a.end, trigger.start) is not None for a in actors)


def subject_pronoun_flight(trigger: TriggerHit, sentence: Sentence | None, text: str, lang: str | None,
                           previous_officials: Sequence[ActorMention]) -> bool:
    """Whether a verb of flight opens its sentence with a subject pronoun (the table's
    ``flight_subject``: "He has fled his country", « Il a fui le pays », «Dieser floh nach
    Russland») and the sentence right before names a Syrian official: he is who fled.

    Why (round 30, ev30oth): the official is named in the sentence before, so
    :func:`official_flight` found none next to the verb and the flight, which the corpus annotates
    (Assad's 8 December flight), was lost (two development files, en and de)."""
    cue = event_cues(lang).get("flight_subject")
    return (cue is not None and sentence is not None and bool(previous_officials)
            and cue.fullmatch(text, sentence.start, trigger.start) is not None)


#: How far (characters) after a loss verb its noun of control may stand (:func:`control_lost`).
CONTROL_LOST_REACH = 25


def control_lost(trigger: TriggerHit, text: str, lang: str | None) -> bool:
    """Whether a loss verb said of a Syrian official has control as its object: the table's
    ``control_noun`` in or right after it ("Assad lost control of Aleppo", « Assad aurait perdu le
    contrôle de Deraa », «فقد الأسد السيطرة على حلب», «Asad perdió el control de Alepo», «Assad
    verlor die Kontrolle über Aleppo»).

    Why (round 32, prec32): a ruler losing control of a city has not fled it; the loss verb next to
    Assad became his flight, dated on the day of a US statement on Aleppo or of a report on Daraa
    (2 development articles, ar and fr), days before the 8 December flight."""
    cue = event_cues(lang).get("control_noun")
    found = cue.search(text, trigger.start, trigger.end + CONTROL_LOST_REACH) if cue is not None else None
    # «بعد فرار بشار الأسد من دمشق وسيطرة قوات المعارضة»: a noun after a comma or a coordinator is
    # another clause's
    return found is not None and not event_cues(lang)["clause_gap"].search(text, trigger.end,
                                                                          max(trigger.end, found.start()))


def flights(triggers: Sequence[TriggerHit], actors: Sequence[ActorMention], text: str,
            lang: str | None = None, sentence: Sentence | None = None,
            previous_officials: Sequence[ActorMention] = ()) -> list[TriggerHit]:
    """A sentence's triggers with flights sorted out: a flight row stays only when a Syrian official
    fled (:func:`official_flight`, :func:`pronoun_flight`), and a loss verb said of one ("Assad fled
    Damascus") becomes his flight. With a flight kept, the official's arrival told by a visit verb
    ("Assad landed in Moscow, where ...") is that flight, no diplomatic visit. A flight told after a
    circumstance word ("after Assad fled", «بعد فرار بشار الأسد») is kept (round 18, fall18: the
    corpus ruling makes Assad's flight told as background an event); :func:`anchor_dated` gives it
    its day, or drops it when the article's date is before it."""
    out = []
    for t in triggers:
        if t.role == "flight" and not (official_flight(t, actors, text) or pronoun_flight(t, actors, text, lang)
                                       or relative_flight(t, actors, text, lang)
                                       or relative_aside_flight(t, actors, text, lang)
                                       or subject_pronoun_flight(t, sentence, text, lang, previous_officials)):
            continue
        if (t.kind == "control_change" and t.role in _FLIGHT_ROLES and official_flight(t, actors, text)
                and not control_lost(t, text, lang)):
            t = TriggerHit("other", "flight", t.start, t.end, t.surface)
        if t.kind == "visit" and t.role == LEAVE_FOR and official_flight(leaving_verb(t), actors, text):
            t = TriggerHit("other", "flight", t.start, t.end, t.surface)
        out.append(t)
    if any(t.role == "flight" for t in out):
        out = [t for t in out if not (t.kind == "visit" and official_flight(t, actors, text))]
    return out


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


def casualties_of(text: str, lang: str | None) -> int | None:
    stripped, _ = strip_diacritics(text)
    for pattern in CASUALTY_PATTERNS.get(lang or "", CASUALTY_PATTERNS["en"]):
        m = pattern.search(stripped)
        if m:
            digits = re.sub(r"\D", "", m.group(1))
            if digits:
                return int(digits)
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


def _controller_actors(actors: list[ActorMention]) -> list[ActorMention]:
    return [a for a in actors if a.name in ACTOR_CONTROLLER]


def not_place_names(actors: list[ActorMention], places: Sequence[Any]) -> list[ActorMention]:
    """The actors whose words are not also a place the geoparser found there.

    Why: a capital stands for its government in diplomacy ("Damascus said"), but in "rebels
    advancing towards the capital Damascus entered Homs" Damascus is where they go, not who took
    Homs; reading it as the taker reversed a capture on real news. A control change whose only
    named side is a city has no taker: unknown, never a guess.
    """
    spans = [(m.start, m.end) for m in places]
    return [a for a in actors if not any(s <= a.start and a.end <= e for s, e in spans)]


#: (round 36, meet36) How far before a state's name the office it holds may start (characters).
OFFICE_OF_STATE_REACH = 70


@cache
def _office_of_state(lang: str | None, key: str) -> re.Pattern[str] | None:
    """A language's ``office_of_state`` (the words that end right before the state's name) or
    ``state_office_after`` (the words right after it, matched where the name ends, so that a row may
    look back at the name's last letter: the German genitive «Irans»), its ``{T}`` standing for the table's
    ``office_titles``, as one pattern; None without the key or the titles."""
    language = table_language(lang)
    body = titled_rows(language, key)
    if body is None or not table_rows(language, "office_titles"):
        return None
    return re.compile(rf"(?<!\w)(?:{body})$" if key == "office_of_state" else rf"(?:{body})(?!\w)", re.IGNORECASE)


def titled_rows(language: str, key: str) -> str | None:
    """A table key's rows as one alternation, each row's ``{T}`` standing for the table's
    ``office_titles`` (a pattern that never matches when the table has none); None without rows.
    Shared by :func:`_office_of_state` and :func:`_possessive_office`."""
    rows, titles = table_rows(language, key), table_rows(language, "office_titles")
    if not rows:
        return None
    t = "(?:" + "|".join(f"(?:{r})" for r in titles) + ")" if titles else "(?!)"
    return "|".join(f"(?:{r.replace('{T}', t)})" for r in rows)


def office_of_state(actor: ActorMention, text: str, lang: str | None) -> bool:
    """(Round 36, meet36) Whether a state is named as the possessor of an office title: "Iran's
    foreign minister", "the foreign minister of Iran", « le ministre des Affaires étrangères de
    l'Iran », «el ministro de Exteriores de Irán» (the tables' ``office_of_state`` and
    ``state_office_after`` around its name). German rows («Irans Außenminister», «der Außenminister
    der Türkei») gave half B one more event of a wrong date in round 36 and were left out.

    Why: a visit or a meeting drops the actors whose words the geoparser also read as a place (the
    city of a trip is never who travelled), so the state that names the traveller's office was
    dropped with them, and "Iran's foreign minister arrived in Damascus" went to no one: no event.
    A demonym ("the Iranian foreign minister") was read; the state's own name was not (Arabic's
    construct state, «وزير خارجية إيران», already was).
    """
    if actor.type != "state":
        return False
    before, after = _office_of_state(lang, "office_of_state"), _office_of_state(lang, "state_office_after")
    return bool((before is not None
                 and before.search(text[max(0, actor.start - OFFICE_OF_STATE_REACH):actor.start]))
                or (after is not None and after.match(text, actor.end, actor.end + OFFICE_OF_STATE_REACH) is not None))


#: (round 36, poss36) How far before a trip, meeting or call verb the possessive office that is its
#: subject may start (characters): "said its foreign minister would on Sunday visit".
POSSESSIVE_OFFICE_REACH = 70


@cache
def _possessive_office(lang: str | None) -> re.Pattern[str] | None:
    """A language's ``possessive_office`` rows (an office title after a possessive of a state:
    "its foreign minister", « son ministre », «su canciller», «sein Außenminister», «وزير
    خارجيتها»), ``{T}`` standing for the table's ``office_titles``, as one pattern."""
    body = titled_rows(table_language(lang), "possessive_office")
    return None if body is None else re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def possessive_office_owner(ctx: SentenceContext, verb: TriggerHit) -> str | None:
    """(Round 36, poss36) The state whose office, named through a possessive, is the subject of a
    trip, meeting or call verb: "Tehran said its foreign minister would visit Syria", « Téhéran a
    annoncé que son ministre des Affaires étrangères se rendrait », «Teherán dijo que su canciller
    viajará», «Teheran teilte mit, sein Außenminister werde reisen», «قالت طهران إن وزير خارجيتها
    سيزور»: the table's ``possessive_office`` within :data:`POSSESSIVE_OFFICE_REACH` characters
    before the verb, no actor between it and the verb, and exactly one state (a capital standing
    for it) named in the sentence before it; else None.

    Why: the state was named once, as the speaker of the reporting verb (a capital, also read as a
    place, so no traveller), and the office that travels only points back to it: the trip went to
    no one and only the statement was kept. Two states before the possessive leave it unresolved.
    """
    pattern = _possessive_office(ctx.lang)
    if pattern is None:
        return None
    lo = max(ctx.sentence.start, verb.start - POSSESSIVE_OFFICE_REACH)
    hits = list(pattern.finditer(ctx.text, lo, verb.start))
    if not hits:
        return None
    m = hits[-1]
    # (a capital between is the trip's destination: «sei am Samstag in Damaskus eingetroffen»)
    if any(m.end() <= a.start < verb.start for a in not_place_names(ctx.actors, ctx.places)):
        return None
    states = {a.name for a in ctx.actors if a.type == "state" and ctx.sentence.start <= a.start and a.end <= m.start()}
    return next(iter(states)) if len(states) == 1 else None


GOVERNMENT = "Syrian government"
#: Control-change roles whose subject takes the place: "hold" is a holding reported as news
#: ("rebels were reported to hold Maarat al-Numan"), "back" a return to the government ("back
#: in army hands"); "fall" and "hand" name the taker after the verb ("fell to", "handed the
#: airport to the SDF": the place is inside the verb's span).
CAPTURE_ROLES = frozenset({"take", "fall", "hand", "retake", "hold", "back"})
#: (round 23, rev23en) Roles of an earlier verb whose subject a capture verb joined to it by "and"
#: shares ("took X from the SDF and seized Y", "lost X to HTS and retook Y"); not "fell to", whose
#: subject is the place.
SHARED_SUBJECT_ROLES = frozenset({"take", "retake", "lose", "hand"})


#: How far before a participle (characters) its opener is looked for ("after", « après s'être »).
PARTICIPLE_OPENER_REACH = 20


def opens_sentence_participle(text: str, trigger: TriggerHit, rules: LanguageRules) -> bool:
    """Whether the verb is a participle opening its sentence ("After taking Morek, HTS ..."), whose
    subject is that of the main clause after the comma. The words before it and its ending are the
    table's ``participle_opener`` and ``participle_ending``; a table without an ending has openers
    that hold the auxiliary themselves (« Après s'être emparés de Hama, les rebelles ... », «Tras
    haber tomado Hama, los rebeldes ...»), so the verb's own form is not checked."""
    if rules.participle_opener is None:
        return False
    m = rules.participle_opener.search(text[max(0, trigger.start - PARTICIPLE_OPENER_REACH):trigger.start])
    if (m is None or not trigger.surface[:1].isalpha()
            or (rules.participle_ending
                and not trigger.surface.split()[0].endswith(rules.participle_ending))):
        return False
    head = text[:trigger.start - (len(m.group(0)))].rstrip()
    return not head or head[-1] in ".!?\n\"”’"


_PARENTHESIS_END = re.compile(r"[^.;:!?,،]{1,100}[,،]\s*")


def parenthetical_relative(gap: str, rules: LanguageRules) -> bool:
    """Whether the words between a side and a verb are a relative clause set off by commas
    ("Los rebeldes, que derrocaron a Bashar al Asad, tomaron Deir ez-Zor"): the side is the verb's
    subject, even where the relative pronoun is also the table's ``clause_marker`` (Spanish «que»
    opens both «dijo que ...» and the relative; round 12: read as a report, the capture lost its
    taker)."""
    if rules.relative_pronoun is None or not gap.lstrip().startswith((",", "،")):
        return False
    m = rules.relative_pronoun.match(gap)
    return m is not None and _PARENTHESIS_END.fullmatch(gap, m.end()) is not None


#: How many words may stand between a relative pronoun on a side and the capture verb of its own
#: clause (:func:`relative_clause_verb`): a day, a span of days, a circumstance («en solo 11 días»,
#: «tras duros combates», «el jueves por la mañana»).
RELATIVE_VERB_GAP_WORDS = 6
_RELATIVE_VERB_GAP = re.compile(r"[^.;:!?,،()\n]*")
#: An aside naming the side's members or leader before its relative pronoun («Las facciones, entre
#: ellas HTS, que ...», «La coalición, encabezada por HTS, que ...»): a comma, a few words, the
#: comma before the pronoun.
_RELATIVE_HEAD_ASIDE = re.compile(r"\s*[,،][^,،.;:!?()\n]{1,40}(?=[,،])")


def relative_clause_verb(gap: str, rules: LanguageRules) -> bool:
    """Whether the words between a side and a capture verb open a relative clause on the side set
    off by a comma, the verb being that clause's own, with a few words of time or circumstance
    between the pronoun and the verb and none of the table's ``clause_marker`` among them ("Los
    insurgentes, que en solo 11 días capturaron Alepo", «Las facciones, entre ellas HTS, que el
    jueves tomaron Hama»): the side is the verb's subject.

    Why (round 37, side37): Spanish «que» is both the relative pronoun and the ``clause_marker`` of
    reported speech; the table's ``own_forces`` keeps the subject when «que» stands right before the
    verb (perhaps with one adverb), but with a day or a span of days between, the side was dropped
    as a speaker and the capture's direction stayed unknown (Spanish dev's weakest point: four
    captures of one article in round 36's fresh set). Only the side nearest the verb is kept so; an
    aside naming the side's members or leader may stand before the pronoun (:data:`_RELATIVE_HEAD_ASIDE`),
    with no ``clause_marker`` in it either."""
    if rules.relative_pronoun is None or not gap.lstrip().startswith((",", "،")):
        return False
    aside = _RELATIVE_HEAD_ASIDE.match(gap)
    at = aside.end() if aside is not None and rules.relative_pronoun.match(gap) is None else 0
    m = rules.relative_pronoun.match(gap[at:])  # the table's row is anchored at the string's start
    if m is None or _RELATIVE_VERB_GAP.fullmatch(gap, at + m.end()) is None:
        return False
    rest = gap[at + m.end():]
    return (len(words_of(rest)) <= RELATIVE_VERB_GAP_WORDS
            and (rules.clause_marker is None or rules.clause_marker.search(gap[:at] + " " + rest) is None))


def words_of(text: str) -> list[str]:
    """The words of ``text``: its tokens holding a letter or a digit. Why: a quotation mark standing
    alone between a verb and its subject («دخلت فصائل غرفة “إدارة العمليات العسكرية”») is no word;
    counted as one, it pushed the subject out of the verb's reach and the capture lost its taker."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def subject_gap_words(gap: str, lang: str | None) -> list[str]:
    """The words between a verb and a side after it that count against the side being its
    subject: every word but a relative clause's resumptive pronoun right after its verb (the
    table's ``resumptive_pronoun``: «اللحظة التي دخلت فيها فصائل غرفة “إدارة العمليات العسكرية”
    العاصمة»). Why: the pronoun belongs to the verb («دخلت فيها», entered in it), it is no
    word of a clause between; counted, it pushed the named side out of the subject's reach and the
    fall of Damascus lost its taker (round 13).

    Nor a noun of a side's members right before the side, or a demonstrative (the table's
    ``subject_member_words``: «مسلحو الفصائل», «مقاتلو الهيئة», «عناصر هذه الفصائل»): the
    members are the subject, the side names whose. Why (round 33, cc33ar): with a day or an
    adverb of circumstance between the verb and its subject («سيطر على إثرها
    مسلحو هذه الفصائل على ...», «سيطر يوم الخميس
    مقاتلو الفصائل على ...»), the member noun pushed the side out of the subject's reach, and the side fought
    named before the verb was read as the taker (a reversed change, dropped by the development
    gold as a miss)."""
    words = words_of(gap)
    members = table_pattern(lang, "subject_member_words")
    for _ in range(2):  # «مسلحو هذه الفصائل»: the member noun and a demonstrative
        if members is not None and words and members.fullmatch(words[-1]):
            words = words[:-1]
    pattern = table_pattern(lang, "resumptive_pronoun")
    if pattern is None or not words or not pattern.fullmatch(words[0]):
        return words
    return words[1:]


def relative_between(gap: str, rules: LanguageRules) -> bool:
    """Whether a relative clause opens in ``gap``, the words between a control verb and a side
    after it (the table's ``relative_pronoun`` at a word's start: "seized Manbij, which Kurdish
    forces held", «eroberte Manbidsch, das zuvor von kurdischen Kräften kontrolliert wurde»).

    Why: a side inside a relative clause on the verb's object is that clause's subject or agent,
    the object's holder before; read as the passive's agent of the capture (German puts the
    participle after its agent, so the table's ``holder_participle``, read before the agent word,
    cannot see it), it reversed the change (round 13)."""
    if rules.relative_pronoun is None:
        return False
    return any(rules.relative_pronoun.match(gap[i:]) is not None for i in range(len(gap))
               if i == 0 or not (gap[i - 1].isalnum() and gap[i].isalnum()))


def without_before_opener(span: str, lang: str | None) -> str:
    """``span`` with the table's ``before_clause`` openers blanked out (same length).

    Why (round 17, ctl17): «قبل أن» opens a "before" clause whose verb shares the main clause's
    subject («سيطرت الفصائل على كرناز قبل أن تدخل حلفايا»: the factions entered Halfaya); its «أن»
    is also the table's ``clause_marker`` of reported speech («قالت ... إن/أن»), which dropped the
    subject named before it, and the capture's direction stayed unknown. An opener is no report."""
    pattern = table_pattern(lang, "before_clause")
    if pattern is None:
        return span
    return pattern.sub(lambda m: " " * len(m.group()), span)


def source_sides(trigger: TriggerHit, ctrl: list[ActorMention], subjects: list[ActorMention], text: str,
                 lang: str | None) -> set[int]:
    """``id``s of the sides of ``ctrl`` a capture took the place from (German «Morek von der HTS
    zurückerobert» in the active: :func:`timeline.control_roles.active_source_sides`), when a side
    that is no such source stays as the subject (``subjects``: those before the verb and inside its
    words). Why (round 22, rev22b): the side after «von» stands nearest the participle, or after the
    verb where the passive's agent is looked for, and was read as the taker (a reversed change);
    with no other side named it is left as it was, but in a language whose table says
    ``source_never_subject`` (round 23, rev23fres: the Spanish «a», «al», « à », « aux » never
    stand before a subject; «La alianza que expulsó al ejército de Alepo tomó Hama» names no other
    side, and the army was read as the taker): then the taker goes unnamed."""
    if trigger.role not in ("take", "retake") or not text:
        return set()
    found = {id(ctrl[i]) for i in active_source_sides(text, ctrl, (trigger.start, trigger.end), lang)}
    if not found or not (any(id(a) not in found for a in subjects) or table_rows(lang, "source_never_subject")):
        return set()
    return found


def coalition_taker(ctrl: list[ActorMention], trigger: TriggerHit, text: str, lang: str | None,
                    triggers: Sequence[TriggerHit] = ()) -> list[ActorMention]:
    """The sides of a control sentence with the members of a coalition named in an aside before
    the verb (:func:`timeline.control_roles.coalition_members`) replaced by the coalition: the
    generic opposition, at the first member's place, when every member is of the opposition's
    camp; none when they are of several camps (the coalition is then no side the map knows).

    Why (round 27, rev27): "a coalition of armed groups, including HTS and the SNA, took Rastan"
    gave Rastan to the SNA, the member named last; the United Nations' account of the 27 November
    offensive (a coalition "including the Syrian National Army" took Aleppo and Idlib) gave both
    governorates to the SNA. Another side named before the coalition stays as it was."""
    if not text:
        return ctrl
    members = coalition_members(text, ctrl, trigger.start, lang,
                                [t.start for t in triggers if t is not trigger and t.kind == "control_change"])
    if not members:
        return ctrl
    first = min(members)
    camps = {controller_camp(ACTOR_CONTROLLER[ctrl[i].name]) for i in members}
    # "the SNA, including Turkish-backed factions, seized ...": a side heads the aside, it stays the subject
    headed = first > 0 and _ASIDE_HEAD.match(text, ctrl[first - 1].end, ctrl[first].start) is not None
    generic = [replace(ctrl[first], name=GENERIC_OPPOSITION_ACTOR)] if camps == {"opposition"} and not headed else []
    return [*ctrl[:first], *generic, *(a for i, a in enumerate(ctrl) if i > first and i not in members)]


#: Right after a side, the opening of an aside that lists its members ("the SNA, including ...").
_ASIDE_HEAD = re.compile(r"\s*[,،(—–]\s*[^,،(—–.;:]{1,40}$")


#: The registry's actor for the opposition at large: a coalition of opposition members takes as it.
GENERIC_OPPOSITION_ACTOR = "Syrian armed opposition"


def control_direction(trigger: TriggerHit, actors: list[ActorMention], text: str = "",
                      lang: str | None = None,
                      triggers: Sequence[TriggerHit] = ()) -> tuple[str | None, str | None]:
    """(from_controller, to_controller) of a control-change trigger (:func:`verb_direction`); a
    loss told with an object pronoun after a capture, its loser unnamed, lost what the capture's
    taker took (:func:`pronoun_loss_capture`).

    Why (round 30, rev30): "the rebels took Morek, then lost it on Thursday", « ont pris Morek,
    avant de la perdre jeudi », «tomaron Morek y la perdieron el jueves», «nahmen Morek ein,
    verloren es aber am Donnerstag», «سيطرت الفصائل على مورك ثم خسرتها يوم الخميس»: the loss verb
    shares the capture's subject, which stands before the capture and so is that verb's taker for
    :func:`verb_direction` (never this loser); the loss had no direction. Its taker is the side the
    words name after it, else the capture's loser, else the loser's usual opponent.
    """
    frm, to = verb_direction(trigger, actors, text, lang, triggers)
    # (round 39, lead) a capture's or a loss's noun whose roles are only the sides named after it:
    # "The army confirmed the capture of Hama" (the government confirming a capture concedes a
    # loss, it took nothing; a challenger confirming one claims it, «Les rebelles ont confirmé
    # jeudi la prise de Hama», the round-17 ruling, and its reading stands), « Les rebelles ont
    # célébré la perte du contrôle d'Alep par l'armée » (the side after the agent word lost it; the
    # subject before the noun is another verb's)
    if text and ((trigger.role == "take" and to is not None
                  and controller_camp(to) == controller_camp(GOVERNMENT)
                  and conceded_capture(text, trigger.start, trigger.end, lang))
                 or (trigger.role == "lose" and loss_noun_agent(text, trigger.start, trigger.end, actors, lang))):
        after = [a for a in actors if a.start >= trigger.end]
        frm, to = verb_direction(trigger, after, text, lang, triggers) if after else (None, None)
    if trigger.role != "lose" or not text:
        return frm, to
    capture = pronoun_loss_capture(trigger, triggers, text, lang)
    if capture is None:
        return frm, to
    cap_from, cap_to = verb_direction(capture, actors, text, lang, triggers)
    if cap_to is None:
        return frm, to
    # "The SNA seized Tall Rifaat from the SDF but lost it on Thursday": the side the capture took
    # the place from, named between the two verbs, had nothing left to lose
    if frm is not None and not (cap_from is not None and controller_camp(frm) == controller_camp(cap_from)):
        return frm, to
    if to is None or controller_camp(to) == controller_camp(cap_to):
        to = cap_from if cap_from is not None and controller_camp(cap_from) != controller_camp(cap_to) else None
        to = to or (GOVERNMENT if controller_camp(cap_to) == "opposition" and cap_to not in LOCAL_CONTROLLERS
                    else UNSPECIFIED)
    return cap_to, to


def pronoun_loss_capture(trigger: TriggerHit, triggers: Sequence[TriggerHit], text: str,
                         lang: str | None) -> TriggerHit | None:
    """The capture a loss verb with an object pronoun undoes (the table's ``loss_pronoun``, matched
    at the verb: "lost it", « la perdre », «la perdieron», «verloren es», «خسرتها»; or a noun of
    the place's kind, its ``loss_town_noun``: "lost the town"): the nearest control verb of taking before it in its
    sentence (no sentence stop between)."""
    if not any(p is not None and p.match(text, trigger.start) is not None
               for p in (table_pattern(lang, "loss_pronoun"), table_pattern(lang, "loss_town_noun"))):
        return None
    earlier = [t for t in triggers if t is not trigger and t.kind == "control_change"
               and t.role in ("take", "retake") and t.end <= trigger.start]
    if not earlier:
        return None
    capture = max(earlier, key=lambda t: t.end)
    return None if _CLAUSE_STOP.search(text, capture.end, trigger.start) else capture


def stray_pronoun_loss(trigger: TriggerHit, triggers: Sequence[TriggerHit], text: str, lang: str | None) -> bool:
    """Whether a loss verb read only by its object pronoun (the table's ``loss_pronoun`` covers its
    words: "lost it", «خسرها», « la perdre ») has no capture
    before it in its sentence (:func:`pronoun_loss_capture`): round 30 reads these words as a loss
    only as the undoing of that capture. Elsewhere the pronoun may name anything («أكد المقداد أن
    الجيش سيستعيد المناطق التي خسرها»: the areas the army lost, no place), and the loss was read as
    its subject's flight. A loss verb with more words (a taker after "to", «لصالح») stays."""
    if trigger.kind != "control_change" or trigger.role != "lose":
        return False
    pattern = table_pattern(lang, "loss_pronoun")
    found = pattern.match(text, trigger.start) if pattern is not None else None
    return (found is not None and found.end() >= trigger.end
            and pronoun_loss_capture(trigger, triggers, text, lang) is None)


def comma_coordinated(text: str, start: int, trigger: TriggerHit, rules: LanguageRules, lang: str | None) -> bool:
    """Whether a comma after ``start`` is followed, right before ``trigger``, by a coordinator word
    (the table's ``coordinators``: ", and entered", « , et sont entrés », «، ودخلت» with the
    table's ``coordinator_prefix`` on the verb): a clause closed, the verb after it coordinated with
    the main clause (a bare comma is not enough: «Die Armee, die Hama verlor, zog sich zurück»)."""
    span = text[start:trigger.start]
    k = max(span.rfind(","), span.rfind("،"))
    if k < 0:
        return False
    tail = span[k + 1:]
    words = table_pattern(lang, "coordinators")
    if words is not None and re.match(rf"\s*(?:{words.pattern})(?!\w)", tail, re.IGNORECASE):
        return True
    return (not tail.strip() and rules.coordinator_prefix is not None
            and rules.coordinator_prefix.match(trigger.surface) is not None)


def object_clause(text: str, trigger: TriggerHit, triggers: Sequence[TriggerHit], rules: LanguageRules,
                  lang: str | None) -> tuple[int, int]:
    """Where a relative clause opens and closes (-1, -1 for none) that stands between an earlier
    control verb of the sentence and ``trigger``, opened after that verb (the table's ``relative_pronoun`` after a
    comma; in a verb-subject language, after a space too), the clause closed by a comma before
    ``trigger``, which its coordinator joins to that verb («, and entered», « , et sont entrés »,
    «, y entraron», «, und drangen», «، ودخلت»); the sides named inside it are not ``trigger``'s.

    Why (round 30, rev30): "The rebels captured Morek, which the army had abandoned on Sunday, and
    entered Hama on Thursday", « Les rebelles ont pris Morek, que l'armée avait abandonnée
    dimanche, et sont entrés jeudi à Hama », «سيطرت الفصائل على مورك التي انسحب منها الجيش يوم
    الأحد، ودخلت حماة»: the coordinated verb shares the first verb's subject; the side of the
    clause, nearest before it, was read as its taker, a reversed change in all five languages."""
    pronoun = rules.relative_pronoun
    if pronoun is None or not text:
        return -1, -1
    k = max(text.rfind(",", 0, trigger.start), text.rfind("،", 0, trigger.start))
    if k < 0 or not comma_coordinated(text, k, trigger, rules, lang):
        return -1, -1
    earlier = [t for t in triggers if t is not trigger and t.kind == "control_change" and t.end <= k]
    marks = ",،" + (" " if rules.verb_subject else "")
    # the clause may hold a control verb of its own («التي انسحب منها الجيش»): the pronoun stands
    # after some earlier verb, not necessarily the nearest
    for first in sorted(earlier, key=lambda t: -t.end):
        opening = text[first.end:k]
        if _CLAUSE_STOP.search(opening):
            break
        # the first pronoun after the verb opens the clause (none of it may stand before the verb)
        start = next((first.end + i for i, ch in enumerate(opening) if ch in marks and pronoun.match(opening[i:])),
                     None)
        if start is not None:
            return start, k
    return -1, -1


@cache
def pronoun_taker_before(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``relative_pronoun_taker`` ending where it is searched up to (right before a
    control verb), compiled once per language: :func:`verb_direction` asks it per control verb."""
    words = table_pattern(lang, "relative_pronoun_taker")
    return re.compile(rf"(?:{words.pattern})\s*$", re.IGNORECASE) if words is not None else None


def verb_direction(trigger: TriggerHit, actors: list[ActorMention], text: str = "",
                   lang: str | None = None,
                   triggers: Sequence[TriggerHit] = ()) -> tuple[str | None, str | None]:
    """(from_controller, to_controller) of a control-change trigger; ``None`` where the text is silent.

    The roles come from the trigger (take, lose, fall to, retake) and the armed actors around it:
    the subject of a capture is the nearest actor before its verb, or the one right after it where
    the subject follows the verb (Arabic) or after the passive's agent word ("captured by the
    rebels"); an actor further after the verb is its object ("seized checkpoints that government
    troops had abandoned"), never its taker. A capture with no taker named has an unknown
    direction: the map must not guess which way a place changed hands. When only one side is
    named, the other is the one it fought (the government against the rest), marked as a guess by
    :func:`direction_reasons`.
    """
    rules = rules_for(lang)
    ctrl = coalition_taker(_controller_actors(actors), trigger, text, lang, triggers)
    # (round 28, rev28) « C'est HTS, et non l'armée, qui s'est emparé de Khanasir »: the side the
    # sentence says did not do it takes no part
    denied = negated_sides(text, ctrl, lang)
    ctrl = [a for i, a in enumerate(ctrl) if i not in denied]
    # «die von kurdischen Kräften kontrollierte Stadt»: the holder before, never the taker (a
    # loss's loser it may be: it is kept for a loss verb)
    holders = ({id(ctrl[i]) for i in holder_sides(text, ctrl, lang)}
               if text and trigger.role != "lose" else set())
    before = [a for a in ctrl if a.end <= trigger.start and id(a) not in holders]
    inside = [a for a in ctrl if trigger.start <= a.start and a.end <= trigger.end and id(a) not in holders]
    after = [a for a in ctrl if a.start >= trigger.end and id(a) not in holders]

    def c(a: ActorMention) -> str:
        return ACTOR_CONTROLLER[a.name]

    def subject_after() -> ActorMention | None:
        """The actor after the verb that is its subject (verb-subject order) or passive agent."""
        if not after or not text:
            return None
        between = text[trigger.end:after[0].start]
        if any(t is not trigger and trigger.end <= t.start and t.end <= after[0].start for t in triggers):
            # «السيطرة على حماة وانسحاب الجيش»: the army is the next verb's subject, not this one's
            return None
        span = text[trigger.start:after[0].start]
        if relative_between(between, rules):
            # «eroberte Manbidsch, das zuvor von kurdischen Kräften kontrolliert wurde»: the agent
            # is the relative clause's (the holder before), not this verb's
            return None
        if ("," in between or "،" in between) and any(
                t is not trigger and t.kind == "control_change" and after[0].end <= t.start
                and not CLAUSE_BREAK.search(text, after[0].end, t.start) for t in triggers):
            # (round 29, rev29) «Sarakeb, das die Rebellen am Sonntag erobert hatten, wurde am
            # Donnerstag von der Armee zurückerobert»: past the comma the side is the agent or the
            # subject of the control verb after it, not this one's (read as this verb's taker, the
            # earlier capture came out reversed)
            return None
        marker = rules.agent_marker.search(span) if rules.agent_marker is not None and len(between) <= 40 else None
        # "seized villages controlled by Kurdish forces": the side after a participle of holding
        # held the place before; taking it for the agent reversed the change
        if marker is not None and not (rules.holder_participle is not None
                                       and rules.holder_participle.search(span[:marker.start()])):
            return after[0]
        if marker is None and not rules.verb_subject:
            # (round 31, rev31) "was retaken on Thursday, after fierce clashes with HTS fighters, by
            # the Syrian army": the agent stands past an aside naming the side fought
            far = far_passive_agent(text, (trigger.start, trigger.end), after,
                                    [t.start for t in triggers if t is not trigger and t.kind == "control_change"],
                                    lang)
            if far is not None:
                return far
        if rules.verb_subject and trigger.role != "lose" and (
                pronoun_subject_before(text, trigger.start, lang)
                or (before and (capacity_subject(text, before[-1], trigger.start, lang)
                                or relative_subject(text, before[-1], trigger.start, lang)))):
            # (round 22, rev22b) «أعلنت الهيئة أنها طردت قوات النظام من حماة», «استطاعت قوات
            # النظام طرد الفصائل», «الفصائل التي طردت قوات النظام»: the pronoun or the side before
            # is the subject, the side after the verb its object
            return None
        if rules.verb_subject and trigger.role != "lose":
            # (round 21, rev21) «طُرد الجيش من حماة على يد الفصائل»: a side after the passive's
            # agent word is the taker; the side right after the verb is the one expelled
            agents = passive_agents(text, after, (trigger.start, trigger.end), trigger.end, len(text), lang)
            if agents and 0 not in agents:
                return after[min(agents)]
        if rules.verb_subject and len(subject_gap_words(between, lang)) <= 2:
            return after[0]
        return None

    def opponent_of(side: str, named: list[str]) -> str | None:
        """The other side the sentence names (a camp apart from ``side``'s), if any."""
        others = [n for n in named if controller_camp(n) != controller_camp(side)]
        return next((o for o in others if o != UNSPECIFIED), others[0] if others else None)

    def default_opponent(side: str) -> str | None:
        """Who a side fought when the sentence names nobody else: the government fought the rest;
        local armed groups (Daraa's gunmen, Suwayda's factions) took ground from whoever held it,
        so their loser stays unknown unless the sentence names it."""
        if side in LOCAL_CONTROLLERS:
            return None
        return GOVERNMENT if controller_camp(side) == "opposition" else UNSPECIFIED

    def default_loser(taker: str) -> str | None:
        """Whom a taker took a place from when the sentence names nobody else: the SDF fought
        both the government and the opposition, so the place's holder before tells
        (:func:`holder_before`, filled in per place); every other side's foe is its default one."""
        return None if controller_camp(taker) == "sdf" else default_opponent(taker)

    # "the rebels, who fight the army, took Morek": the side the subject fights is no taker (a
    # loser's verb keeps them: "rebels fighting the army said troops fled Hama")
    fought = fought_sides(before, {i: controller_camp(c(a)) for i, a in enumerate(before)}, text, lang,
                          trigger.start) if trigger.role != "lose" and text else {}
    said_from = {id(before[i]): before[j].end for j, i in sorted(fought.items())}
    before = [a for i, a in enumerate(before) if i not in fought]
    if trigger.role in ("take", "retake") and text and len(before) >= 2 and not inside:
        # (round 35, ar35b) «وتواجه قوات النظام فصائل المعارضة في ريف حماة منذ أيام، ويوم الخميس
        # دخلت مدينة مورك»: past a clause break after the government fighting a side, a capture with
        # no subject of its own may be either side's (the verb agrees with both); read as the nearest
        # side's, the change came out reversed. The direction stays unknown, as the two-sentence
        # form (:func:`timeline.control_roles.far_fought_sides`)
        enemy = far_fought_sides(text, before, {i: controller_camp(c(a)) for i, a in enumerate(before)}, lang)
        own_subject = bool(after) and len(text[trigger.end:after[0].start].split()) <= 2  # «دخلت الفصائل»
        # only the verb of fighting before its government subject (Arabic verb first): "The army, after
        # days of fighting against HTS, retook Morek" has its subject before the aside
        fighter_first = any(controller_camp(c(a)) == "government" and fight_verb_first(text, a, lang)
                            for a in before[:-1])
        if (len(before) - 1 in enemy and fighter_first and not own_subject
                and CLAUSE_BREAK.search(text, before[-1].end, trigger.start)):
            return None, None
    if trigger.role in ("take", "retake", "lose") and text:
        # (round 23, rev23en) "HTS, which had lost Morek to the army, took Hama": the army is named in
        # a relative clause on the subject, whose "that" or "which" reports nothing
        clause = relative_clause_sides(text, before, trigger.start,
                                       [t.start for t in triggers if t is not trigger and t.kind == "control_change"
                                        and t.end <= trigger.start], lang)
        said_from.update({id(before[i]): before[j].end for j, i in sorted(clause.items())})
        before = [a for i, a in enumerate(before) if i not in clause]
        # (round 30, rev30) "The rebels captured Morek, which the army had abandoned on Sunday, and
        # entered Hama": the side of the relative clause on the first verb's object is not the
        # subject of the verb coordinated after it; the sides before it look for a reported-clause
        # word from the clause's end on (« que » opens the relative, it reports nothing)
        opened, closed = object_clause(text, trigger, triggers, rules, lang)
        if opened >= 0:
            said_from.update({id(a): max(said_from.get(id(a), a.end), closed) for a in before if a.end <= opened})
            before = [a for a in before if not (opened <= a.start and a.end <= closed)]
        # (round 42, rev42) "Rebels said on Thursday the army had fled Morek, which they then
        # entered", « où ils sont ensuite entrés »: a pronoun subject of a relative clause on the
        # place (the table's ``relative_pronoun_taker``, right before the verb) may resume either side
        # named before; the nearest, the army, was read as the taker (a reversed change): none is.
        # Only with sides of two camps before it: « Les insurgés ont avancé dans la campagne d'Idleb,
        # où ils ont conquis plusieurs localités » has one antecedent
        pronoun_taker = pronoun_taker_before(lang)
        if (pronoun_taker is not None
                and pronoun_taker.search(text, max(0, trigger.start - 40), trigger.start) is not None
                and len({controller_camp(c(a)) for a in before}) >= 2):
            before = []
    if text:
        # «أعلنت السيطرة على كفين بعد اشتباكات مع قوات النظام وقسد»: a side the (possibly unnamed)
        # subject clashed with is its enemy, never the taker of what it then took; (round 21) nor
        # the loser of what the subject lost: in « l'armée a reconnu qu'après des combats avec HTS
        # elle avait perdu Hama » HTS was read as the loser, which reversed the change
        opposed = opposed_sides(text, before, lang)
        before = [a for i, a in enumerate(before) if i not in opposed]
        # (round 23, rev23en, rev23fres) "The army, driven out of Aleppo by HTS, retook Morek", «El
        # ejército, expulsado de Alepo por HTS, recuperó Morek»: the agent of a participle set off
        # by commas is neither the taker nor the loser
        agents = participle_agents(text, before, trigger.start, lang)
        before = [a for i, a in enumerate(before) if i not in agents]
        # (round 36, rev36) "Rebels driven out of Sarmin by the army retook the town": the agent of
        # an earlier control verb in the passive, with no comma between, did that deed, not this one
        agents = earlier_passive_agents(text, before, trigger.start,
                                        [(t.start, t.end) for t in triggers if t is not trigger
                                         and t.kind == "control_change" and t.end <= trigger.start], lang)
        before = [a for i, a in enumerate(before) if i not in agents]
        if trigger.role in ("take", "retake", "lose"):
            # (round 34, rev34) "The rebels, despite strikes by the army, captured Morek", « Les
            # rebelles, malgré la résistance de l'armée, ont pris Morek »: the side of an aside set
            # off by commas after the subject is neither the taker nor the loser
            verbs = [(t.start, t.end, t.kind == "control_change") for t in triggers
                     if t is not trigger and t.family == "military"]
            asides = subject_aside_sides(text, before, trigger.start, verbs, lang)
            before = [a for i, a in enumerate(before) if i not in asides]
            # (round 35, rev35) "The soldiers, facing waves of HTS attacks, fled Morek": after a
            # subject of no named side too
            # (round 42, rev42) a passive capture too: «Morek, bombardeada por el ejército durante
            # semanas, fue tomada el jueves»: the aside's agent shelled the town, it took nothing
            asides = noun_subject_aside_sides(text, before, trigger.start, verbs, lang,
                                              trigger.role in ("lose", "take"))
            before = [a for i, a in enumerate(before) if i not in asides]
    if rules.clause_marker is not None and text:
        # "the army noted that opposition groups had entered": the army is not the subject; but in
        # "HTS announced that its forces had entered Homs" the speaker's own forces are (``own_forces``)
        own = (rules.own_forces is not None and rules.own_forces.search(
            text[max(0, trigger.start - CLAUSE_REACH):trigger.start]) is not None) or (
            trigger.role != "lose" and pronoun_subject_before(text, trigger.start, lang))
        def reported(a: ActorMention) -> bool:
            """Whether a clause marker («أن», "that") stands between the side and the verb (not
            the one of a "before" opener, «قبل أن»: :func:`without_before_opener`)."""
            span = without_before_opener(text[said_from.get(id(a), a.end):trigger.start], lang)
            return rules.clause_marker.search(span) is not None

        cleft = table_pattern(lang, "cleft_opening")
        before = [a for a in before if not reported(a)
                  or (own and a is before[-1]) or parenthetical_relative(text[a.end:trigger.start], rules)
                  or (a is before[-1] and relative_clause_verb(text[a.end:trigger.start], rules))
                  or (a is before[-1] and report_noun_coordinated(text, a.end, trigger.start, lang))
                  or (cleft is not None and cleft.search(text[max(0, a.start - CLAUSE_REACH):a.start]) is not None)]
    if trigger.role in ("take", "retake", "lose") and text:
        # (round 23, rev23en) "took Tall Rifaat from the SDF and seized Manbij": the SDF is the first
        # verb's object, the second verb shares its subject; (round 33, rev33) a loss too ("repelled a
        # rebel assault on Hama but lost Morek", "took Morek from the army but lost Hama": the side in
        # the first verb's object lost nothing)
        earlier = [t.start for t in triggers if t is not trigger and t.kind == "control_change"
                   and t.role in SHARED_SUBJECT_ROLES and t.end <= trigger.start]
        objects = earlier_verb_objects(text, before, trigger.start, earlier, lang)
        before = [a for i, a in enumerate(before) if i not in objects]
    named = [c(a) for a in ctrl]
    sources = source_sides(trigger, ctrl, before + inside, text, lang)
    before = [a for a in before if id(a) not in sources]
    agent = subject_after()
    if agent is not None and id(agent) in sources:
        agent = None
    def subject_of_capture(actor: ActorMention, capture: TriggerHit) -> bool:
        """«سيطرت المعارضة على حماة وسط فرار الرئيس»: in verb-subject order the side right after
        an earlier capture verb (two words at most between), or inside its words («بسطت الهيئة
        سيطرتها على»), is its taker, never this loss's loser."""
        if not (rules.verb_subject and text and capture.start <= actor.start):
            return False
        return actor.end <= capture.end or len(words_of(text[capture.end:actor.start])) <= 2

    if trigger.role == "lose":
        # «سيطرت الفصائل على معصران ودخلت القاعدة التي انسحبت منها القوات الروسية»: an actor
        # before a capture verb of the same sentence is that verb's taker, not this loser
        captures = [t for t in triggers if t.kind == "control_change" and t.role in CAPTURE_ROLES
                    and t.end <= trigger.start]
        before = [a for a in before if not any(a.end <= t.start or subject_of_capture(a, t) for t in captures)]
        # "the army handed the airport to the SDF before pulling out": the taker named right after
        # an earlier "fall"/"hand" verb received the place, it did not lose it
        takers = [next((a for a in ctrl if a.start >= t.end), None) for t in captures if t.role in ("fall", "hand")]
        before = [a for a in before if a not in takers]
        # (round 23, rev23fres) «El ejército retrocedió ante los rebeldes ... y perdió Morek»: a side
        # after a preposition is the object or the side yielded to, never the loser
        objects = object_sides(text, before, trigger.start, lang)
        before = [a for i, a in enumerate(before) if i not in objects]
        # "Rebels shelled Morek as soldiers fled", «قصفت الفصائل مورك بينما فر الجنود»: a clause of
        # its own opens between the side and the verb, with its own subject (words before the verb,
        # or after it in verb-subject order): the side lost nothing, the loser goes unnamed
        opener = (rules.clause_openers.search(text, before[-1].end, trigger.start)
                  if before and text and rules.clause_openers is not None else None)
        if opener is not None and (not opener.group(1).split()) == rules.verb_subject:
            before = []
    if trigger.role == "take" and text:
        # (round 22, evt22c) «Die HTS hat die Regierungstruppen aus Morek vertrieben», «HTS expulsó
        # a las tropas del gobierno de Morek»: the subject took the place, the object lost it
        pool = before + inside
        roles = expulsion_roles(text, trigger.start, trigger.end, pool,
                                {i: controller_camp(c(a)) for i, a in enumerate(pool)}, lang)
        if roles is not None:
            taker, loser = (None if i is None else c(pool[i]) for i in roles)
            if taker is not None:
                return loser or opponent_of(taker, named) or default_loser(taker), taker
            if loser is not None:
                return loser, opponent_of(loser, named) or default_opponent(loser)
            return None, None
    if trigger.role == "contest":  # "changed hands", "fighting for control of": no side is stated
        return None, None
    if trigger.role == "back":  # "back in army hands": the wording names the government as taker
        return opponent_of(GOVERNMENT, named) or UNSPECIFIED, GOVERNMENT
    if trigger.role == "leave":  # "slipped from government control": the government lost it
        return GOVERNMENT, opponent_of(GOVERNMENT, named) or UNSPECIFIED
    if trigger.role == "lose" and text:
        # (round 29, rev29) "The SDF, under attack from the SNA, abandoned Manbij", «HTS zog sich nach
        # einem Gegenangriff der Armee aus Morek zurück»: the side the loser gave way to lost nothing
        # (read as the loser, nearest the verb or inside its words, it reversed the change)
        attacker = table_pattern(lang, "attacker_before")
        if attacker is not None:
            def attacking(a: ActorMention) -> bool:
                return attacker.search(text[max(0, a.start - 60):a.start]) is not None
            before = [a for a in before if not attacking(a)]
            inside = [a for a in inside if not attacking(a)]
    if trigger.role == "lose":
        # (round 21, rev21) «wurden am Donnerstag von HTS-Kämpfern aus Morek vertrieben», "soldiers
        # were driven out of Morek by HTS": a side after the passive's agent word, inside the loss
        # verb's words or after them, expelled the loser, it took the place (read as the loser, it
        # reversed the change when the expelled were no named side)
        verb = (trigger.start, trigger.end)
        expellers = passive_agents(text, inside, verb, trigger.start, trigger.end, lang)
        expellers_after = passive_agents(text, after, verb, trigger.end, len(text), lang) if not expellers else set()
        if expellers or expellers_after:
            taker = inside[min(expellers)] if expellers else after[min(expellers_after)]
            rest = [a for i, a in enumerate(inside) if i not in expellers]
            loser = rest[0] if rest else (before[-1] if before else None)
            if loser is not None and controller_camp(c(loser)) == controller_camp(c(taker)):
                return None, None
            to = c(taker)
            return (c(loser) if loser is not None else default_loser(to)), to
        lost_to = lose_to_sides(text, inside, lang)
        lost_after = None if lost_to else loss_taker_after(text, (trigger.start, trigger.end), after, lang)
        if lost_to or lost_after is not None:
            # (round 22, rev22b) «die Kontrolle über Morek an die Rebellen verloren»; (round 28,
            # ev28cc) «خسر الجيش مدينة حماة لصالح الفصائل»: the side after «لصالح» took it
            if lost_to:
                to, loser = c(inside[min(lost_to)]), (before[-1] if before else None)
            else:
                to = c(lost_after)
                loser = inside[0] if inside and rules.verb_subject else (before[-1] if before else None)
            if loser is not None and controller_camp(c(loser)) == controller_camp(to):
                return None, None
            return (c(loser) if loser is not None else default_loser(to)), to
        if not before and not inside and text and opens_sentence_participle(text, trigger, rules):
            # (round 31, rev31) "After losing Morek to HTS on Thursday, the army regrouped", « Après
            # avoir perdu Morek, l'armée ... », «Tras perder Morek, el ejército ...»: the main
            # clause's subject after the comma lost it (no side was read: the direction was unknown)
            main = next((a for a in after if _LIST_COMMA.search(text, trigger.end, a.start)), None)
            before = [main] if main is not None else before
        # (verb-subject tables read the side after the noun as its subject already: «بعد انسحاب قوات الجيش منها»)
        gone = (None if inside or rules.verb_subject
                else withdrawal_noun_side(text, (trigger.start, trigger.end), after, lang))
        if gone is not None:
            # (round 39, cc39) « Les rebelles ont profité du retrait de l'armée syrienne d'Alep »: a
            # loss told by its noun of withdrawal; the side right after the noun withdrew, the side
            # before is another verb's subject (read as the loser, it reversed the change). Beside a
            # capture verb of the sentence (« ils ont pris l'aéroport après le retrait des troupes
            # gouvernementales ») the noun is that capture's circumstance: the verb tells the change,
            # the noun's own stays of unknown direction (as before this rule when its subject was unsaid)
            if any(t is not trigger and t.kind == "control_change" and t.role in CAPTURE_ROLES for t in triggers):
                return None, None
            frm = c(after[gone])
            return frm, opponent_of(frm, named) or default_opponent(frm)
        loser = (inside[0] if inside else
                 after[0] if after and trigger.surface.startswith("خارج") else
                 agent if rules.verb_subject and agent else
                 before[-1] if before else agent)
        if loser is None and after and trigger.surface.endswith(" to"):
            # "lost Saraqeb to the rebels": the side after "to" took it; the loser goes unnamed
            to = c(after[0])
            return default_loser(to), to
        if loser is None:
            return None, None
        frm = c(loser)
        return frm, opponent_of(frm, named) or default_opponent(frm)
    if trigger.role == "hand":  # "the army handed the airport to the SDF": the giver is its subject
        taker = next((a for a in after if c(a) != GOVERNMENT), after[0] if after else None)
        # «سلم الجيش المطار إلى قسد»: in verb-subject order the giver follows the verb
        giver = before[-1] if before else (inside[0] if rules.verb_subject and inside else None)
        if taker is None or (giver is not None and c(giver) == c(taker)):
            return None, None
        return (c(giver) if giver is not None else None), c(taker)
    if trigger.role == "fall":  # "fell to HTS"
        # the side right after "fell to", in the same clause: in "fell to pro-Turkish fighters, who
        # also seized villages held by Kurdish forces" the Kurds are no taker
        close = [a for a in after if len(text[trigger.end:a.start]) <= FALL_TAKER_REACH
                 and not CLAUSE_BREAK.search(text, trigger.end, a.start)] if text else after
        close = fall_takers(text, trigger, inside, close, lang)
        # (round 28, rev28) "fell to the army ... in a blow to the rebels": the side the fall's
        # words name right before it, before any side not of the government (a side the words end
        # inside, «بيد هيئة تحرير الشام», too)
        straddling = [a for a in ctrl if trigger.start <= a.start < trigger.end < a.end]
        taker = fall_named_taker(text, [*inside, *straddling, *close], lang) or next(
            (a for a in close if c(a) != GOVERNMENT), close[0] if close else None)
    elif (agent is not None and trigger.role == "take" and rules.verb_subject and agent is after[0]
          and objectless_expel_after(text, (trigger.start, trigger.end), agent, lang)):
        # (round 27, rev27) «طُردت قوات النظام يوم الخميس من تلبيسة»: the passive unvocalized, the
        # side after it was expelled (it lost the place), as the side before it in objectless_expel
        frm = c(agent)
        return frm, opponent_of(frm, named) or default_opponent(frm)
    elif agent is not None:
        # "Hama, held by the army for years, was captured by HTS": the agent, not the holder before
        taker = agent
    elif trigger.role == "take" and before and objectless_expel(text, (trigger.start, trigger.end), lang):
        # (round 21, rev21) «إن قوات النظام طردت يوم الخميس من حماة»: the passive «طُرِدت»
        # unvocalized; the side before it was expelled, it lost the place
        frm = c(before[-1])
        return frm, opponent_of(frm, named) or default_opponent(frm)
    elif noun_agent_only(text, trigger, lang):
        # (round 26, ev26np2) «el ejército se retiró tras la toma de Hama»: no agent, no taker
        return None, None
    else:  # take, retake, hold
        # «أُعلن سقوط نظام الأسد مع دخول الفصائل دمشق»: the side that fell took nothing
        standing = [a for a in before if not (rules.fallen is not None and text
                                                and rules.fallen.search(text, max(0, a.start - 40), a.start))]
        # (round 28, ev28fr) "took the airport after the withdrawal of government forces and seized
        # ...": the side that withdrew took nothing
        # («nahmen sie nach dem Abzug der Regierungstruppen Morek ein»: inside the verb's words too)
        withdrawn = withdrawn_sides(text, standing, lang)
        standing = [a for i, a in enumerate(standing) if i not in withdrawn]
        withdrawn = withdrawn_sides(text, inside, lang)
        inside = [a for i, a in enumerate(inside) if i not in withdrawn]
        # (round 26, ev26np) "the army regrouped in Homs after the capture of Hama": the main clause's
        # subject took nothing
        standing = circumstance_noun_subjects(text, trigger, standing, lang, triggers)
        if trigger.role == "take" and names_opposition_holder(trigger.surface, lang):
            # (round 23, rev23en) "Wrested from the army, Hama is now under rebel control"
            standing = [a for a in standing if controller_camp(c(a)) == "opposition"]
            inside = [a for a in inside if controller_camp(c(a)) == "opposition"]
        taker = standing[-1] if standing else (inside[0] if inside else None)
        enabling = table_pattern(lang, "enabled_taker") if text else None
        if inside and enabling is not None and enabling.match(text, trigger.start):
            # (round 34, rev34) "The army's retreat from Hama allowed HTS to enter", « La débâcle des
            # troupes du régime a permis aux insurgés de s'emparer de Hama »: the side enabled took the
            # place, the side before caused it (read as the taker, the change came out reversed)
            taker = inside[0]
        elif standing and inside and subject_after_finite_verb(text, standing[-1], inside[0], trigger.start, lang):
            # (round 22, rev22b) «Nach dem Abzug der Armee marschierten die Rebellen in Hama ein»
            taker = inside[0]
        if standing and taker is standing[-1] and unnamed_fighters_subject(
                text, taker.end, trigger.start, trigger.end, lang, ctrl, rules.verb_subject):
            # «قصفت قوات الجيش الجسر ثم دخل المقاتلون الرستن»: fighters of no named side are the
            # verb's subject; the side before shelled, it took nothing (the taker goes unnamed)
            return None, None
        if taker is not None and taker in standing and relative_side_between(text, taker, trigger, actors, rules, lang):
            # (round 27, ev27bg) "launched a counter-attack against the rebels, who neared Hama
            # after seizing Aleppo": the side of the relative clause did the seizing, not the
            # main clause's subject; the roles are unclear here, so the direction stays unknown
            return None, None
        if taker is None and opens_sentence_participle(text, trigger, rules):
            # "After taking Morek on Thursday, HTS fighters pressed on": the main clause's subject
            # («بعد سيطرتها على مورك، دخلت الفصائل حماة»: the Arabic comma closes the clause too)
            taker = next((a for a in after if _LIST_COMMA.search(text, trigger.end, a.start)), None)
    if taker is None and trigger.role in ("take", "retake") and text:
        # (round 33, rev33) "Saraqib was retaken from HTS", «انتُزعت مورك من الفصائل»: a passive with
        # no agent names the side it was taken from (the table's ``active_source`` in a language that
        # says ``source_never_subject``, or ``taken_from``), after the verb: the loser; the taker is its
        # foe. A side before the verb may be another verb's object («La alianza que expulsó a las
        # tropas del gobierno de Alepo tomó Hama»): the direction stays unknown
        loser = next((a for a in ctrl if id(a) in sources and a.start >= trigger.start), None) or taken_from_side(
            text, (trigger.start, trigger.end), after, lang)
        if loser is not None and cited_source(text, loser, lang):
            # (round 37, cc2) «..., según el Mando de Operaciones», « selon les rebelles »: the
            # source cited lost nothing; read as the loser, the change was reversed
            loser = None
        if loser is not None:
            frm = c(loser)
            return frm, opponent_of(frm, named) or default_opponent(frm)
    if taker is None:
        return None, None
    to = c(taker)
    return opponent_of(to, named) or default_loser(to), to


def relative_side_between(text: str, taker: ActorMention, trigger: TriggerHit, actors: Sequence[ActorMention],
                          rules: LanguageRules, lang: str | None) -> bool:
    """Whether a capture told by a past infinitive or participle after the table's
    ``participle_opener`` ("after seizing", « après avoir pris », «tras tomar») has, between the
    side read as its taker and the verb, another side that opens a relative clause (the table's
    ``relative_pronouns``: "against the rebels, who neared Hama after seizing Aleppo", « contre
    les rebelles qui se sont approchés de Hama après avoir pris Alep »).

    Why (round 27, ev27bg): the side fought in the main clause is left out of the takers, so the
    main clause's subject (the army) was read as the one that seized the place, a reversed change;
    the relative clause's side is the likelier subject, but an unknown direction is the honest
    reading."""
    if not text or rules.participle_opener is None:
        return False
    if rules.participle_opener.search(text[max(0, trigger.start - PARTICIPLE_OPENER_REACH):trigger.start]) is None:
        return False
    pronoun = table_pattern(lang, "relative_pronouns")
    if pronoun is None:
        return False
    return any(a is not taker and taker.end <= a.start and a.end <= trigger.start
               and ACTOR_CONTROLLER.get(a.name) is not None
               and controller_camp(ACTOR_CONTROLLER[a.name]) != controller_camp(ACTOR_CONTROLLER[taker.name])
               and re.match(rf"\s*[,،]?\s*(?:{pronoun.pattern})(?!\w)", text[a.end:], re.IGNORECASE) is not None
               for a in actors)


def noun_agent_only(text: str, trigger: TriggerHit, lang: str | None) -> bool:
    """Whether a capture trigger opens with the table's ``capture_noun_agent`` («la toma de Hama»,
    «la captura de Saraqeb»): a noun whose only taker is its agent after «por (parte de)» (read
    before this), so with none named the direction stays unknown.

    Why (round 26, ev26np2): the Spanish noun of a capture names no subject; the side before it is
    another clause's («el ejército se retiró hacia Homs tras la toma de Hama», «los rebeldes
    celebraron la toma de Hama»), and read as the taker it gave the army Hama, a reversed change."""
    pattern = table_pattern(lang, "capture_noun_agent")
    return (pattern is not None and bool(text) and trigger.role == "take"
            and pattern.match(text, trigger.start) is not None)


def circumstance_noun_subjects(text: str, trigger: TriggerHit, sides: list[ActorMention],
                               lang: str | None, triggers: Sequence[TriggerHit] = ()) -> list[ActorMention]:
    """The sides before a capture that may be its taker: for a capture told by its noun (the
    table's ``capture_noun``) after a preposition of circumstance (``capture_noun_prep``: "after",
    « après », «tras», «nach», «بعد») whose main clause tells a loss (a ``lose`` trigger before the
    preposition: "withdrew", « s'est repliée », «انسحب»), none of the sides before the preposition:
    the main clause's subject lost, it took nothing (a possessor after the preposition stays: "after
    the rebels' capture of Hama"). A main clause of advance ("our fighters advance after taking the centre")
    keeps its subject, the noun's usual taker.

    Why (round 26, ev26np): the side before the preposition is the main clause's subject; "government
    troops regrouped in Homs after the capture of Hama", « l'armée s'est repliée après la prise de
    Hama », «انسحب الجيش بعد السيطرة على حماة» gave the army Hama, a reversed change. The noun's
    taker is its agent or possessor; with neither named the direction stays unknown."""
    found = circumstance_prep(text, trigger, lang)
    if found is None:
        return sides
    if not any(t.kind == "control_change" and t.role == "lose" and t.end <= found.start() for t in triggers) \
            and not regrouped_before(text, found.start(), lang):
        return sides
    return [a for a in sides if a.start >= found.start()]


def regrouped_before(text: str, end: int, lang: str | None) -> bool:
    """Whether the table's ``regroup_words`` stand in the main clause before ``end`` (the
    preposition of a capture noun), within :data:`REGROUPED_BEFORE_REACH` and after the last
    sentence break.

    Why (round 26, ev26np2): "government troops regrouped in Homs after the capture of Hama", « se
    sont regroupées à Homs après la prise de Hama », «أعاد الجيش تموضع قواته بعد السيطرة على حماة»
    tell a withdrawal no loss trigger reads (regrouping is no change of its own), and the army before
    the preposition was read as the noun's taker, a reversed change."""
    pattern = table_pattern(lang, "regroup_words")
    if pattern is None:
        return False
    start = max(0, end - REGROUPED_BEFORE_REACH)
    breaks = [m.end() for m in re.finditer(r"[.!?;\n]", text[start:end])]
    return pattern.search(text, start + (breaks[-1] if breaks else 0), end) is not None


#: How far before a capture noun's preposition (characters) its main clause's regrouping may be told.
#: (Round 43) Its own name: it shared ``REGROUP_REACH`` with :func:`regroup_place`, whose later 60
#: silently replaced this 120 for :func:`regrouped_before`.
REGROUPED_BEFORE_REACH = 120


#: How far before a capture noun (characters) its preposition of circumstance may begin.
CIRCUMSTANCE_NOUN_REACH = 60


def fall_takers(text: str, trigger: TriggerHit, inside: list[ActorMention], close: list[ActorMention],
                lang: str | None) -> list[ActorMention]:
    """The sides a "fall" may have fallen to: for a language whose table has ``fall_taker`` (the
    words that hand a fallen place to its taker: into the hands of, under the control of), the
    sides inside the verb's words or close after them with those words between the verb's first
    word and the side; ``close`` as it is for a language without the key (its "fall" rows hold
    those words themselves).

    Why (round 25, ev25cc): the Arabic noun «سقوط» is a "fall" on its own, and the side right after
    the place was read as its taker: in «بعد سقوط مورك انسحب الجيش نحو حماة» ("after Morek fell,
    the army pulled back") the army took Morek, a reversed change; and in «سقوط مورك بيد الفصائل»
    the row «بيد الفصائل» names its taker inside its own words, where the army after it was read
    instead. The fall's taker is the side its words hand the place to; with none named the
    direction stays unknown."""
    pattern = table_pattern(lang, "fall_taker")
    if pattern is None or not text:
        return close
    if table_pattern(lang, "fall_noun") is not None and not fall_noun(text, trigger, lang):
        # (round 26, ev26np) a language whose "fall" verbs hold their taker words ("fell to"): only
        # its falls told by their noun ("the fall of Aleppo") want them before the taker
        return close
    return [a for a in [*inside, *close] if pattern.search(text, trigger.start, a.start) is not None]


def fall_noun(text: str, trigger: TriggerHit, lang: str | None) -> bool:
    """Whether a "fall" trigger opens with the table's ``fall_noun`` ("the fall of Aleppo", « la
    chute d'Alep », «la caída de Alepo», «den Fall von Aleppo»): its place is named after it.

    Why (round 26, ev26np): the noun names no taker, and the side close after it is the next
    clause's subject ("after the fall of Hama the army pulled back": the army took nothing, a
    reversed change); a fall named by a noun with no place after it (a ruler, a town abroad) is no
    change of a town named before it."""
    pattern = table_pattern(lang, "fall_noun")
    return pattern is not None and trigger.role == "fall" and pattern.match(text, trigger.start) is not None


#: Feature codes of places that never change hands themselves: streams («انسحبت القوات من مناطقها
#: الواقعة غرب نهر الفرات» names the river the areas lie by, it was not taken).
NEVER_TAKEN = ("STM",)
#: How far after "fell to" (characters, within its clause) the side that took the place may be named.
FALL_TAKER_REACH = 60

#: How far from its verb the first place taken may be (characters), after it and before it.
OBJECT_REACH, SUBJECT_REACH = 90, 90
#: How far after a capture verb (characters) the word opening its object is looked for.
OBJECT_SLOT_REACH = 25
#: Longest gap between two places of one list ("A, B and the town of C").
LIST_GAP = 40
#: How long (characters) a relative clause between two places of one list may be ("Morek, which lies
#: north of Hama, as well as Karnaz").
RELATIVE_LIST_GAP = 100
_LIST_BREAK = re.compile(r"[.;:!?()\[\]\n]")


def _syrian_governorate(m: Any) -> bool:
    """Whether place mention ``m`` is a Syrian governorate (GeoNames ``ADM1``; a mention with no
    country is read as Syrian, as the gazetteer's Syrian table gives none)."""
    code = (getattr(m, "feature_code", None) or "").upper()
    return code.startswith("ADM1") and (getattr(m, "country_code", None) or "SY") == "SY"


def _whole_region(m: Any, before: str, rules: LanguageRules) -> bool:
    """A Syrian governorate named as a whole ("all of Idlib province", «كامل محافظة إدلب», the
    table's ``whole_region`` words right before it): it changed hands as one."""
    return (_syrian_governorate(m)
            and rules.whole_region is not None and rules.whole_region.search(before) is not None)


#: Longest word that may stand between two places of one list whatever it is (an article or a
#: preposition: "the", « de », «من»); longer ones must be the table's ``list_gap_words``.
LIST_FUNCTION_WORD = 3
#: Most words of an item between two commas of a list: a name the geoparser did not find.
LIST_ITEM_WORDS = 3
_LIST_COMMA = re.compile(r"[,،]")


#: (round 21, ctl21) A dash with a space on each side, as a separator of list items («أورم الصغرى –
#: عاجل – الهوتة»); least items of such a list, so that a road's two ends stay no list.
_LIST_DASH = r"\s[-–—]\s"
DASH_LIST_ITEMS = 3
_DASH_ITEM = rf"[^\W\d_][\w'’]*(?:\s[\w'’]+){{0,{LIST_ITEM_WORDS - 1}}}"
_DASH_LIST = re.compile(rf"{_DASH_ITEM}(?:{_LIST_DASH}{_DASH_ITEM}){{{DASH_LIST_ITEMS - 1},}}")


def dash_list_member(text: str, m: Any) -> bool:
    """Whether place ``m`` stands in a run of at least :data:`DASH_LIST_ITEMS` short names joined
    by spaced dashes ("A – B – C", «قرى وبلدات “أورم الصغرى – عاجل – الهوتة – عنجارة”»), each of at
    most :data:`LIST_ITEM_WORDS` words.

    Why (round 21, ctl21): the Arabic press lists the villages taken with dashes as well as commas;
    the dash next to each name read as a road's two ends ("the Aleppo-Damascus highway") and every
    village of such a list was dropped (16 captures of one report of the first day). A road names
    two ends, never three, so a run of three or more names is a list."""
    line_start = max(text.rfind("\n", 0, m.start), text.rfind(".", 0, m.start)) + 1
    line_end = min((i for i in (text.find("\n", m.end), text.find(".", m.end)) if i >= 0), default=len(text))
    return any(found.start() <= m.start and m.end <= found.end()
               for found in _DASH_LIST.finditer(text, line_start, line_end))


def aside_dash(text: str, m: Any, places: Sequence[Any] = (), lang: str | None = None) -> bool:
    """Whether the dash next to place ``m`` opens or closes an aside or a list, not a road's other end.

    A road names two places joined by a dash ("the Aleppo-Damascus highway", "the Aleppo – Damascus
    road"). A spaced dash whose other side is no name is punctuation: an apposition after the
    place ("took Aleppo – Syria's second city – on Thursday", « Hama – quatrième ville du pays »,
    «Alepo – la segunda ciudad», „Aleppo – die zweitgrößte Stadt“) or a list opened by a noun in
    lower case ("seized several cities – Aleppo, Hama and Homs", „mehrere Großstädte – Aleppo,
    Hama“). Why (round 31, ev31cc): the dash read as a road's end dropped the first member of such
    lists and the place of such appositions, in German, English and French development articles.
    Scripts without case (Arabic) never match: their dashes keep the round-21 list rule only."""
    after = text[m.end:m.end + 40]
    before = text[max(0, m.start - 40):m.start]
    if re.match(r"\s[-–—]\s", after):
        rest = after[3:].lstrip()
        word = re.match(r"[^\W\d_][\w-]*(['’]s\b)?", rest)
        return word is not None and (word.group(0)[0].islower() or word.group(1) is not None)
    if re.search(r"\s[-–—]\s$", before):
        word = re.search(r"([^\W\d_][\w'’-]*)\s[-–—]\s$", before)
        if word is None:
            return False
        # German nouns are capitalised („mehrere Großstädte – Aleppo, Hama“): there the word before
        # the dash is a road's end only when it ends a place found
        end = m.start - len(before) + word.end(1)
        return word.group(1)[0].islower() or (lang == "de" and not any(p.end == end for p in places))
    return False


def _only_lists(gap: str, rules: LanguageRules) -> bool:
    """Whether the text between two places of one list only lists them: items between commas of at
    most :data:`LIST_ITEM_WORDS` words (names the geoparser did not find: "A, Jamiyat al-Maari, and
    B") or opened by a list word ("as well as the M5 road"), then, right before the next place,
    only coordinators, short function words and words of a place's kind (the table's
    ``list_gap_words``: "and", "the town of", «وبلدة»).

    Why: "Rebels took Hama on Thursday, stunning Damascus" or «سيطرت الفصائل على حماة الخميس مما فاجأ
    دمشق» name a second town a few words after the first, but as the object of another verb: taking
    every town within a short gap gave Damascus to the rebels on the day Hama fell.
    """
    if rules.list_gap_words is None:
        return True
    *items, last = re.split(rf"[,،]|{_LIST_DASH}", gap)  # (round 21, ctl21) a dash list's dashes too
    opened = rules.relative.search(last) if rules.relative is not None else None
    if opened is not None and not last[:opened.start()].strip():
        # (round 41, cc41) "took Homs, que une Damasco con el norte": a relative pronoun right after
        # the comma opens a clause describing the place before; its short words («que une») read as
        # a list's function words gave Damascus a capture on the day Homs fell (not "entre las que":
        # a pronoun after a list word still opens members)
        return False
    if any(len(item.split()) > LIST_ITEM_WORDS and rules.list_gap_words.fullmatch(item.split()[0]) is None
           for item in items):
        return False
    return (all(len(w) <= LIST_FUNCTION_WORD or rules.list_gap_words.fullmatch(w) is not None
                for w in re.findall(r"\w+", last))
            or _joined_names(last, rules))


def _joined_names(last: str, rules: LanguageRules) -> bool:
    """Whether the end of a list's gap is only names the geoparser did not find, each opened by the
    table's coordinator and the last one closed by it («زور المحروقة وزور الحيصة وزور أبو زيد»:
    Zawr al-Hisa between two places found), each of at most :data:`LIST_ITEM_WORDS` words, as the
    items between commas are. Arabic lists often join every item with «و» and no comma."""
    if rules.list_joiner is None:
        return False
    pieces = rules.list_joiner.split(last)
    first, names, end = pieces[0], pieces[1:-1], pieces[-1]
    return (bool(names) and not first.strip() and not end.strip()
            and all(0 < len(n.split()) <= LIST_ITEM_WORDS and re.fullmatch(r"[\w\s'’-]+", n) for n in names))


def _joins_list(gap: str, rules: LanguageRules) -> bool:
    """Whether the text between two places only lists them: nothing, a comma, or the table's
    coordinator alone ("Aleppo and Idlib", «حلب وإدلب»)."""
    bare = gap.strip(" \t,،")
    return not bare or (len(bare.split()) == 1 and rules.coordinated is not None
                        and rules.coordinated.search(gap) is not None)


def part_object(ctx: SentenceContext, trig: TriggerHit, m: Any) -> bool:
    """Whether a Syrian governorate or town is named as the area a part of which changed hands
    ("took dozens of villages in Aleppo province", "most of Daraa province fell", «سيطرت على معظم
    محافظة درعا»): the table's ``part_of_area`` words right before it, after the verb when the place
    follows it (:mod:`timeline.control_extent`). Its change is one of ``extent="part"``."""
    if (getattr(m, "country_code", None) or "SY") != "SY" or (
            not _is_town(m) and not (getattr(m, "feature_code", None) or "").upper().startswith("ADM1")):
        return False
    start = part_start(ctx.text, trig.start if m.start >= trig.end else ctx.sentence.start, m, ctx.lang)
    if start is None:
        return countryside_object(ctx, trig, m)
    if list_members_head(ctx, m, start):
        return False
    # "advancing in parts of Idlib": a locator opening before the part words says where they went
    rules = rules_for(ctx.lang)
    located = rules.locator.search(ctx.text, max(0, m.start - 40), m.start) if rules.locator is not None else None
    return located is None or located.start() >= start


#: Feature codes of the villages a bare plural may head a list of (not a governorate's or a
#: district's seat: "areas of Aleppo and Idlib" are parts of them).
LIST_MEMBER_CODES = ("PPL", "PPLA3", "PPLA4")


#: The roles of a capture verb whose object may be a countryside (:func:`countryside_object`).
COUNTRYSIDE_ROLES = ("take", "retake", "back")


def countryside_object(ctx: SentenceContext, trig: TriggerHit, m: Any) -> bool:
    """Whether governorate ``m`` is named as a countryside a capture verb took ("took the northern
    Hama countryside", « ont pris la campagne nord de Homs »): part of it changed hands
    (:func:`timeline.control_extent.countryside_taken`), read after the verb's object slot ("took
    control of"). Only a verb of taking: a countryside reached or left names no part taken."""
    if trig.role not in COUNTRYSIDE_ROLES or m.start < trig.end:
        return False
    if any(trig.end <= p.start and p.end <= m.start for p in ctx.places):
        return False  # "took Morek in the northern Hama countryside": the town is the object
    rules = rules_for(ctx.lang)
    start = trig.end
    slot = rules.object_slot.search(ctx.text, trig.start, min(trig.end + OBJECT_SLOT_REACH, m.start)) \
        if rules.object_slot is not None else None
    if slot is not None:
        start = max(start, slot.end())
    return countryside_taken(ctx.text, start, m, ctx.lang)


def list_members_head(ctx: SentenceContext, m: Any, start: int) -> bool:
    """Whether the part words before village ``m`` are a bare plural (the table's
    ``member_list_heads``: "areas of", «مناطق») heading a list of villages that starts with ``m``
    ("took the areas of Morek, Karnaz and Halfaya", «سيطرت على مناطق جلمة وبريديج وجبين»): the
    places listed are the members taken, each a whole change, not a part of the first one.

    Why (round 25, ev25cc): read as "part of Morek", the first village of such a list was taken for
    the area of a part and dropped as a town, while the villages after it made their changes: one
    list, its first member lost. With no list after it ("areas of Morek") the plural still names a
    part; a count or an adjective ("large areas of", «مناطق واسعة من») is no bare plural."""
    heads = table_pattern(ctx.lang, "member_list_heads")
    if heads is None or heads.fullmatch(ctx.text[start:m.start].strip()) is None:
        return False
    if (getattr(m, "feature_code", None) or "").upper() not in LIST_MEMBER_CODES:
        return False
    nxt = next((n for n in ctx.places if n.start >= m.end), None)
    if nxt is None:
        return False
    gap = ctx.text[m.end:nxt.start]
    return (gap.strip() in (",", "،") and len(gap) <= LIST_GAP) or _listed_after(m, nxt, ctx.text, rules_for(ctx.lang))


def part_opens_within(ctx: SentenceContext, trig: TriggerHit, m: Any, reach: int) -> bool:
    """Whether the words naming a part of place ``m`` ("dozens of villages in", «عشرات القرى في
    ريف») begin within ``reach`` characters after the verb, as a town taken must.

    Why (round 16, ctl16): the object of a verb is measured from its first word; the part's words
    make it longer than a town's name, and with a long subject between (Arabic puts it after the
    verb: «وسيطرت “هيئة تحرير الشام” وفصائل من “الجيش الوطني” ... يوم الخميس، على عشرات القرى
    في ريف إدلب») the place itself ended beyond the reach and the change was missed while the
    same sentence with a town («على مدينة سراقب») made one."""
    start = part_start(ctx.text, trig.end, m, ctx.lang)
    return start is not None and start - trig.end <= reach


def part_places(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The places a part of which a control verb says changed hands: its object after it ("took
    dozens of villages in Aleppo province"), or failing one its subject before it ("most of Daraa
    province fell"), with the places listed with the first ("large areas of Aleppo and Idlib
    provinces"); each verb owns the places up to the next military verb, as in
    :func:`captured_places`. Their changes are of ``extent="part"``."""
    rules = rules_for(ctx.lang)
    others = [t for t in ctx.triggers if t.family == "military" and t != trig]
    nxt = min((t.start for t in others if t.start >= trig.end), default=ctx.sentence.end)
    prev_end = max((t.end for t in others if t.end <= trig.start), default=ctx.sentence.start)
    # the places after the verb up to the next one; the first part must open within reach of the
    # verb (:func:`part_opens_within`), the places listed with it follow it
    after = [m for m in ctx.places if trig.start <= m.start and m.end <= nxt]
    before = [m for m in ctx.places if prev_end <= m.start and m.end <= trig.start
              and trig.start - m.end <= SUBJECT_REACH]
    for candidates in (after, before):
        first = next((i for i, m in enumerate(candidates) if part_object(ctx, trig, m)
                      and (candidates is before or m.end <= trig.end + OBJECT_REACH
                           or part_opens_within(ctx, trig, m, OBJECT_REACH))), None)
        if first is None:
            continue
        out = [candidates[first]]
        for m in candidates[first + 1:]:
            if not (_listed_after(out[-1], m, ctx.text, rules) or part_object(ctx, trig, m)
                    or repeated_part_opener(ctx.text, out[-1], m, ctx.lang)):
                break
            out.append(m)
        return out
    return []


def parts_after_members(ctx: SentenceContext, trig: TriggerHit, captured: Sequence[Any]) -> list[Any]:
    """The places a part of which a control verb took as a later member of its object, after the
    towns it took ("seized Morek and dozens of villages in Hama province", «سيطرت على مدينة سراقب
    ومواقع بريف إدلب»): the first place after the last town taken (before the next military verb)
    whose part words (:func:`part_object`) follow that town with only the table's coordinator, a
    comma, or the table's ``part_list_join`` words between ("in addition to", «إضافة إلى»,
    «فضلا عن»), and the places listed with it ("in Idlib and Hama provinces").

    Why (round 30, ev30ccar): a capture's object often names a town and then the villages or
    positions taken around it in a governorate; the town made its change and the part, read only
    when a verb took no town (:func:`part_places`), was dropped (five development articles in
    Arabic: «على مدينة حلب ومواقع بريف إدلب», «بلدة ...، بالإضافة إلى مواقع مهمة في ريف إدلب»).
    Members named after the part ("..., among them Karnaz") come after it and tell the change
    instead, so the part is read only after the last town taken."""
    after = [m for m in captured if m.start >= trig.end]
    if not after:
        return []
    last = max(after, key=lambda m: m.end)
    others = [t for t in ctx.triggers if t.family == "military" and t != trig]
    nxt = min((t.start for t in others if t.start >= trig.end), default=ctx.sentence.end)
    # (round 36, ar36b) a country inside an apposition on the town ("Aleppo, Syria's second city,
    # and dozens of villages in Idlib province") is no place of the part
    m = next((p for p in ctx.places if p.start >= last.end
              and not (getattr(p, "feature_code", None) or "").upper().startswith("PCL")), None)
    if m is None or m.end > nxt or not part_object(ctx, trig, m):
        return []
    start = part_start(ctx.text, last.end, m, ctx.lang)
    if start is None or start < last.end:
        return []
    rules = rules_for(ctx.lang)
    gap = ctx.text[last.end:start]
    if len(gap) > LIST_GAP or _LIST_BREAK.search(gap) or not _joins_part(gap, ctx.lang, rules):
        return []
    out = [m]
    for n in ctx.places:
        if n.start < out[-1].end or n.end > nxt or n is m:
            continue
        if not _listed_after(out[-1], n, ctx.text, rules):
            break
        out.append(n)
    members = table_pattern(ctx.lang, "part_members_after")
    later = next((n for n in ctx.places if n.start >= out[-1].end and n.end <= nxt), None)
    if later is not None and members is not None and members.search(ctx.text, out[-1].end, later.start):
        return []  # "..., among them Karnaz and Halfaya": the members tell the change (round 11)
    return out


def _joins_part(gap: str, lang: str | None, rules: LanguageRules) -> bool:
    """Whether the words between a town taken and the part words after it only join them: the
    table's coordinator or a comma alone (:func:`_joins_list`), or the table's ``part_list_join``
    ("in addition to", «إضافة إلى»), perhaps after one word of the town's kind closed by a comma
    (the table's ``list_gap_words``: «بلدة كفر حلب الاستراتيجية، بالإضافة إلى مواقع في ريف إدلب»)."""
    if _joins_list(gap, rules):
        return True
    if list_after_apposition(gap, lang) or list_after_apposition(gap + "و", lang):
        # (round 36, ar36b) "took Aleppo, Syria's second city, and dozens of villages in Idlib
        # province", «على مدينة حلب ثاني أكبر مدن البلاد ومناطق واسعة في ريف إدلب»: an apposition
        # on the town does not end the object (the Arabic part words hold their glued «و»)
        return True
    join = table_pattern(lang, "part_list_join")
    if join is None:
        return False
    if join.fullmatch(gap) is not None:
        return True
    head, comma, last = gap.rpartition("،") if "،" in gap else gap.rpartition(",")
    return (bool(comma) and len(head.split()) == 1 and rules.list_gap_words is not None
            and rules.list_gap_words.fullmatch(head.strip()) is not None and join.fullmatch(last) is not None)


def region_object(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> bool:
    """Whether a governorate named as such is a control verb's direct object ("took over Idlib
    province", «سيطرت الفصائل على محافظة إدلب»): the whole governorate changed hands, as with
    the table's ``whole_region`` words. Not one after a locator ("villages in Idlib province")."""
    if rules.region_word is None or rules.region_object is None or not _syrian_governorate(m):
        return False
    if m.start < trig.end:
        return region_subject(ctx, trig, m, rules) or region_before_verb(ctx, trig, m, rules)
    start = trig.end
    slot = rules.object_slot.search(ctx.text, trig.start, min(trig.end + OBJECT_SLOT_REACH, m.start)) \
        if rules.object_slot is not None else None
    if slot is not None:
        start = max(start, slot.end())
    gap_text = ctx.text[start:m.start]
    named = rules.region_word.search(gap_text) or rules.region_word.match(ctx.text[m.end:m.end + 20].lstrip())
    return (named is not None and rules.region_object.fullmatch(gap_text) is not None) or region_member(ctx, trig, m)


def region_member(ctx: SentenceContext, trig: TriggerHit, m: Any) -> bool:
    """Whether a governorate named as such follows a town the verb took as the next member of its
    object («سيطرت الفصائل على مدينة حلب ومحافظة إدلب», «حررت مدينة حلب ومطارها ومحافظة إدلب»): the
    table's ``region_list_member`` fullmatching the words between that town and the governorate.

    Why (round 30, ev30ccar): the governorate was read as the object only right after the verb's
    object slot (:func:`region_object`); after a town taken it was dropped, though the wording names
    the whole province as taken with the town (development: Arabic announcements of a town and then a
    governorate). The town before must be one the verb may take (a town after the verb that no part
    words open): «قرى في ريف حلب ومحافظة إدلب» names where villages lie, not a province taken."""
    pattern = table_pattern(ctx.lang, "region_list_member")
    if pattern is None:
        return False
    prev = next((p for p in reversed(ctx.places) if p.end <= m.start), None)
    if (prev is None or prev.start < trig.end or not _is_town(prev)
            or (getattr(prev, "feature_code", None) or "").upper().startswith("ADM")
            or part_start(ctx.text, trig.end, prev, ctx.lang) is not None):
        return False
    if rules_for(ctx.lang).locator is not None and rules_for(ctx.lang).locator.search(
            ctx.text, max(trig.end, prev.start - 40), prev.start) is not None:
        return False  # «قرب مدينة حلب ومحافظة إدلب»: the town only says where
    if pattern.fullmatch(ctx.text, prev.end, m.start) is None:
        return False
    # (round 38, bgc38) the governorate is named as such, its word in the gap («ومحافظة», « et de la
    # province d' ») or right after the name ("and Idlib province"): a bare name after the town
    # ("took Aleppo and Idlib") stays the geoparser's reading, no whole governorate
    # (the table's rows unbounded in the gap: the Arabic word carries its glued «و»)
    in_gap, after = table_pattern(ctx.lang, "region_word"), rules_for(ctx.lang).region_word
    return in_gap is None or after is None or (in_gap.search(ctx.text, prev.end, m.start) is not None
                                               or after.match(ctx.text[m.end:m.end + 20].lstrip()) is not None)


#: How far before a governorate (characters) the words naming it as the object are read.
REGION_BEFORE_REACH = 60


def region_before_verb(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> bool:
    """Whether a governorate named as such is the object standing before the verb that closes its
    clause ("die Rebellen haben die Provinz Daraa eingenommen", "die Armee hat sich aus den
    Provinzen Daraa und Suweida zurückgezogen"): the whole governorate changed hands, as when it
    follows the verb (:func:`region_object`).

    Why (round 29, ev29cc2): German closes a clause with its participle or the particle of a verb in
    two parts, so the object stands before the verb's last word; a governorate there was read only as
    the subject of a fall, and its capture or the army's withdrawal from it was missed. Only with the
    table's ``region_object_before`` words right before the name (the article of an object, «aus
    der Provinz», or a list after «Provinzen»: never «in der Provinz», which locates), and only
    before a closing verb (the table's ``final_verbs``) or inside a verb in two parts."""
    pattern = getattr(rules, "region_object_before", None)
    if pattern is None or trig.role not in ("take", "retake", "lose") or m.end > trig.end:
        return False
    inside = trig.start <= m.start
    final = closing_verb(ctx.text, trig, rules)
    if not (inside or final):
        return False
    head = ctx.text[max(ctx.sentence.start, m.start - REGION_BEFORE_REACH):m.start]
    return pattern.search(head) is not None


#: Roles whose verb has the place lost as its subject ("Idlib province fell to the rebels").
SUBJECT_PLACE_ROLES = ("fall", "leave", "back")
#: How many words may stand between a governorate named as a subject and its verb ("had", a day).
REGION_SUBJECT_WORDS = 3
_REGION_SUBJECT_STOP = re.compile(r"[,،;:()\[\]\"«»“”]")


#: How many words (the region word, an article) may stand between a clause marker and the
#: governorate opening the reported clause (:func:`reported_clause_start`).
REGION_CLAUSE_WORDS = 2


def region_clause_start(ctx: SentenceContext, m: Any, rules: Any) -> int | None:
    """Where the reported clause that place ``m`` opens begins: right after the table's
    ``clause_marker`` ("that", «أن») with at most :data:`REGION_CLAUSE_WORDS` words between it
    and the place («ما يعني أن محافظة إدلب باتت ...»); ``None`` when no marker stands there.

    Why (round 30, ev30ccar): a governorate that fell is often told as the consequence of a capture
    named first in its sentence («سيطرت على معرة النعمان، ما يعني أن محافظة إدلب باتت بالكامل تحت
    سيطرة الفصائل»); :func:`region_subject` read a governorate as a subject only as the first place of
    its sentence, and the province was lost (development: the fall of Idlib province told so)."""
    if rules.clause_marker is None:
        return None
    head = ctx.text[ctx.sentence.start:m.start]
    found = next(reversed(list(rules.clause_marker.finditer(head))), None)
    if found is None or len(head[found.end():].split()) > REGION_CLAUSE_WORDS \
            or re.search(r"[.;:!?،,]", head[found.end():]):
        return None
    return ctx.sentence.start + found.end()


def region_subject(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> bool:
    """Whether a governorate named as such opens its sentence's clause as the subject of a verb
    whose subject is the place lost ("Idlib province fell to the rebels", «La provincia de Idlib
    cayó en manos de los rebeldes», « la province d'Idleb est tombée aux mains des rebelles»):
    the whole governorate changed hands, as when it is a capture verb's object
    (:func:`region_object`).

    Why (round 16, ctl16): only the object after a verb was read as the governorate; named as the
    subject of "fell", "came under rebel control", it was dropped as "no town", and a governorate's
    fall told that way was missed. Only the first place of its sentence, with no locator before
    it ("Saraqib in Idlib province fell": Idlib says where), the region word right before or after
    its name and at most :data:`REGION_SUBJECT_WORDS` words before the verb."""
    if trig.role not in SUBJECT_PLACE_ROLES:
        return False
    if trig.start <= m.start and m.end <= trig.end:
        # «سقطت محافظة إدلب في أيدي الفصائل»: in verb-subject order the subject is inside the verb's words
        return rules.region_word.search(ctx.text[max(trig.start, m.start - 12):m.start].rstrip() + " ") is not None
    if m.end > trig.start:
        return False
    lo = ctx.sentence.start
    if any(ctx.sentence.start <= p.start < m.start for p in ctx.places):
        lo = region_clause_start(ctx, m, rules)
        if lo is None or any(lo <= p.start < m.start for p in ctx.places):
            return False
    head = ctx.text[lo:m.start]
    word_before = next((w for w in rules.region_word.finditer(head) if len(head) - w.start() <= 25), None)
    prefix = head[:word_before.start()] if word_before is not None else head
    if rules.locator is not None and rules.locator.search(prefix):
        return False
    tail = ctx.text[m.end:trig.start]
    word_after = rules.region_word.match(tail.lstrip())
    if word_before is None and word_after is None:
        return False
    rest = tail.lstrip()[word_after.end():] if word_after is not None else tail
    return not _REGION_SUBJECT_STOP.search(rest) and len(words_of(rest)) <= REGION_SUBJECT_WORDS


#: How far before its verb (characters) the relative pronoun of an object clause may stand, and
#: how far after it the table's pattern may look (for Arabic's resumptive «عليها», «منها»).
RELATIVE_REACH, RESUMPTIVE_REACH = 60, 12


def relative_object(ctx: SentenceContext, trig: TriggerHit, rules: Any) -> list[Any] | None:
    """The object of a verb inside an object relative clause: the noun right before the pronoun.

    Why: in "Hama is 110 km south of Aleppo, which the rebels captured last week" the place taken
    is Aleppo (before the verb, after a locator), not Hama, the sentence's subject; in «دخلت القاعدة
    التي كانت القوات الروسية قد انسحبت منها» the base was left, not the town named before it.
    ``None`` when the verb is in no such clause; else the place before the pronoun (and the places
    listed with it), or ``[]`` when that noun is no place.
    """
    patterns = [p for p in (rules.object_relative, rules.relative_pronoun) if p is not None]
    # (round 40, cc40b) a locative relative on a place («Alepo, donde los yihadistas entraron el
    # viernes», « Alep, où les rebelles sont entrés vendredi »): the place before it was entered,
    # only for an entry verb that closes its clause with no place after it (the table's
    # ``bare_entry``), so "Aleppo, where the rebels took the airport" keeps its own object
    locative = locative_pronoun(ctx, trig)
    if locative is not None:
        patterns.append(locative)
    if not patterns:
        return None
    lo = max(ctx.sentence.start, trig.start - RELATIVE_REACH)
    window = ctx.text[lo:min(ctx.sentence.end, trig.end + RESUMPTIVE_REACH)]
    found = [(i, p) for i in range(trig.start - lo) for p in patterns
             if (i == 0 or not window[i - 1].isalnum() or not window[i].isalnum()) and p.match(window[i:])
             and not _CLAUSE_STOP.search(window, i, trig.start - lo)]
    found = [(i, p) for i, p in found if not completive_after_saying(ctx, lo + i)]
    if locative is not None:
        # (round 40, cc40b) «en la que», « dans laquelle »: the object relative's word inside the
        # locative pronoun is that pronoun's
        spans = [(i, locative.match(window, i).end()) for i, p in found if p is locative]
        found = [(i, p) for i, p in found if p is locative or not any(a < i < b for a, b in spans)]
    if not found:
        return None
    pronoun = lo + found[-1][0]
    others = [t for t in ctx.triggers if t.family == "military" and t != trig and pronoun <= t.start < trig.start]
    if others:
        if any(closing_verb(ctx.text, t, rules) for t in others):
            # (round 30, de30) «Die Armee, die Hama an die HTS verlor, zog sich nach Homs zurück»:
            # the other verb closed the relative clause, so this verb is the main clause's, after
            # it; the place inside the clause is the other verb's, none is this one's (read as
            # before the other verb was a trigger; it gave the withdrawal Hama, a reversed change)
            return []
        return None  # another verb of the clause owns the pronoun
    if comma_coordinated(ctx.text, pronoun, trig, rules, ctx.lang):
        # (round 30, rev30) « ont pris Morek, que l'armée avait abandonnée dimanche, et sont entrés
        # jeudi à Hama »: the clause closed at the comma; the verb after the coordinator is the main
        # clause's (the clause's own participle was no verb, so the pronoun seemed this one's)
        return None
    if (not any(p is rules.object_relative or p is locative for i, p in found if lo + i == pronoun)
            and trig.role not in ("fall", "leave", "back")):
        return []  # a subject relative: the noun before it did the taking or the leaving
    if locative is not None and any(p is locative for i, p in found if lo + i == pronoun):
        # (round 40, cc40b) «Alepo”, segunda ciudad de Siria donde ...»: the town's apposition
        # (the table's ``locative_apposition``) stands between it and the pronoun
        apposition = table_pattern(ctx.lang, "locative_apposition")
        m = apposition.search(ctx.text, ctx.sentence.start, pronoun) if apposition is not None else None
        while m is not None and m.end() != pronoun:
            m = apposition.search(ctx.text, m.start() + 1, pronoun)
        if m is not None:
            pronoun = m.start()
        while pronoun > ctx.sentence.start and ctx.text[pronoun - 1] in " ,،\"”»’'":
            pronoun -= 1  # the comma, and a quotation closed on the town
    # (round 27, ev27bg) a dash opens the clause as a comma does ("Aleppo – which the rebels took")
    near = [m for m in ctx.places if pronoun - 3 <= m.end <= pronoun and not ctx.text[m.end:pronoun].strip(" ,،–—")]
    if not near:
        return []
    m = near[-1]
    if not ((_is_town(m) and (getattr(m, "country_code", None) or "SY") == "SY")
            or _whole_region(m, ctx.text[max(0, m.start - 40):m.start], rules)):
        return []
    out = [m]
    for prev in sorted((p for p in ctx.places if p.end <= m.start), key=lambda p: -p.start):
        gap_text = ctx.text[prev.end:out[-1].start]
        if (len(gap_text) > LIST_GAP or _LIST_BREAK.search(gap_text) or not _is_town(prev)
                or not _joins_list(gap_text, rules)):
            break
        out.append(prev)
    return list(reversed(out))


def locative_pronoun(ctx: SentenceContext, trig: TriggerHit) -> re.Pattern[str] | None:
    """The table's ``locative_relative`` ("where", «donde», « où », «wo») when ``trig`` is an entry
    verb that closes its clause (the table's ``bare_entry`` on its surface) and no place stands
    between it and the clause's end; else ``None``.

    Why (round 40, cc40b): «Alepo, donde los yihadistas entraron el viernes» told the entry inside
    a relative clause on the town, the verb with no object of its own; the locative pronoun was no
    object relative, so the entry made no change. With a place after the verb ("Aleppo, where the
    rebels entered the citadel") the verb has its own object and the pronoun is left alone."""
    locative = _locative_pattern(ctx.lang)
    return locative if locative is not None and bare_entry(ctx, trig) else None


@cache
def _locative_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``locative_relative`` followed by a space (:func:`locative_pronoun`), compiled once."""
    locative = table_pattern(lang, "locative_relative")
    return re.compile(rf"(?:{locative.pattern})(?=\s)", re.IGNORECASE) if locative is not None else None


#: What ends an entry verb's clause for :func:`bare_entry`: a stop, a comma or a bracket.
_BARE_ENTRY_STOP = re.compile(r"[.;:!?,،()]")


def bare_entry(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether ``trig`` is an entry verb that closes its clause (the table's ``bare_entry`` matched
    from the verb's start and ending where it ends: the row looks past a day to the clause's end)
    with no place between it and that end."""
    bare = table_pattern(ctx.lang, "bare_entry")
    m = bare.match(ctx.text, trig.start) if bare is not None else None
    if m is None or m.end() != trig.end:
        return False
    stop = _BARE_ENTRY_STOP.search(ctx.text, trig.end, ctx.sentence.end)
    hi = stop.start() if stop is not None else ctx.sentence.end
    return not any(trig.end <= p.start < hi for p in ctx.places)


def bare_entry_unplaced(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether ``trig`` is an entry verb closing its clause (the table's ``bare_entry``) that no
    locative relative hangs on a place: such a verb names no place of its own, and the town before
    it is no subject it entered («Des combattants venus d'Idlib sont entrés, ...»)."""
    if not bare_entry(ctx, trig):
        return False
    # (:func:`locative_pronoun` is the table's pattern here, the entry being bare)
    return _locative_pattern(ctx.lang) is None or not relative_object(ctx, trig, rules_for(ctx.lang or "en"))


#: How far (characters) after a verb of saying its object clause's opening word may stand ("said
#: on Thursday that").
COMPLETIVE_REACH = 25


def completive_after_saying(ctx: SentenceContext, pos: int) -> bool:
    """Whether the word at ``pos`` opens the object clause of a verb of saying just before it (the
    table's ``completive``: "said that", « ont affirmé jeudi que », «dijeron que», «erklärten,
    dass», «أعلنت أن»), no place named between: a conjunction, not a relative pronoun.

    Why (round 36, own36): « les rebelles ont affirmé que Hama était sous leur contrôle »: «que»
    was read as an object relative on a noun that is no place, and Hama, the clause's subject, was
    taken by nothing."""
    word = table_pattern(ctx.lang, "completive")
    pos += len(ctx.text[pos:pos + 3]) - len(ctx.text[pos:pos + 3].lstrip(" ,،"))  # a pronoun matched with its space
    if word is None or not word.match(ctx.text, pos):
        return False
    for t in ctx.triggers:
        if t.kind != "statement" or not (0 <= pos - t.end <= COMPLETIVE_REACH):
            continue
        if _CLAUSE_STOP.search(ctx.text, t.end, pos):
            continue
        if any(t.end <= m.start and m.end <= pos for m in ctx.places):
            continue
        return True
    return False


_CLAUSE_COMMA_END = re.compile(r"[,،]\s*$")
_PARTICIPLE_CLAUSE_END = re.compile(r"[,،;:.!?()]")


#: How long (characters) an aside set off by commas between a subject town and its verb may be, and
#: the words between its closing comma and the verb (:func:`aside_subject`: "was", «wurde am
#: Donnerstag von den Rebellen»).
SUBJECT_ASIDE_REACH, SUBJECT_ASIDE_TAIL = 80, 60
#: How many words may open the sentence before that town: its head ("the town of", « La ville
#: chrétienne de », «Die Stadt»), never a clause ("the rebels advanced on Saturday into").
SUBJECT_HEAD_WORDS = 4
_SUBJECT_ASIDE_STOP = re.compile(r"[.;:!?()\[\]«»\"“”]")


def aside_subject(ctx: SentenceContext, trig: TriggerHit) -> Any | None:
    """:func:`subject_aside`'s town, or ``None``."""
    found = subject_aside(ctx, trig)
    return found[0] if found is not None else None


def subject_aside(ctx: SentenceContext, trig: TriggerHit) -> tuple[Any, int, int] | None:
    """The town that opens its sentence as the subject of a passive or a fall told after an aside set
    off by commas ("Morek, north of Hama, was captured by the rebels", « Morek, bombardée depuis des
    semaines, a été prise jeudi », «Morek, al norte de Hama, fue tomada», «Morek, seit Wochen
    bombardiert, wurde am Donnerstag erobert»); ``None`` otherwise.

    Why (round 36, pron36): the town right before the verb's comma was read as its subject, so the
    town the aside names to say where ("north of Hama") took the change, and a strike participle
    inside the aside ("shelled for weeks") cut the subject off from its verb, which then took none.
    The aside's words only describe the subject. Only a Syrian town at the head of the sentence
    (a few words of a head before it at most, no comma, no locative word right before it, no
    military verb before it), an aside that opens with no place
    (a list goes on with one) and holds no control verb (« Morek, prise jeudi par les rebelles, »
    is a participle clause of its own), and no place between the aside and the verb. Returned with
    the offsets of the aside's two commas: a side named inside it (who shelled the town) is no
    party to the change (:func:`_control_events`)."""
    head = ctx.text[ctx.sentence.start:trig.start]
    commas = [ctx.sentence.start + c.start() for c in _LIST_COMMA.finditer(head)]
    if len(commas) < 2:
        return None
    opening, closing = commas[-2], commas[-1]
    aside, tail = ctx.text[opening + 1:closing], ctx.text[closing + 1:trig.start]
    if (not aside.strip() or len(aside) > SUBJECT_ASIDE_REACH or len(tail) > SUBJECT_ASIDE_TAIL
            or _SUBJECT_ASIDE_STOP.search(aside) or _SUBJECT_ASIDE_STOP.search(tail)):
        return None
    if any(opening < m.start and not ctx.text[opening + 1:m.start].strip() for m in ctx.places):
        return None  # "Morek, Saraqib, Hama, were captured": a list
    if any(closing < m.start < trig.start for m in ctx.places):
        return None
    if any(t is not trig and t.kind == "control_change" and ctx.sentence.start <= t.start < trig.start
           for t in ctx.triggers):
        return None
    subject = [m for m in ctx.places if ctx.sentence.start <= m.start and m.end <= opening
               and not ctx.text[m.end:opening].strip()]
    if not subject:
        return None
    town = subject[-1]
    lead = ctx.text[ctx.sentence.start:town.start]
    opener = _fronted_place_opener(ctx.lang)
    words = lead.split()
    if (_LIST_COMMA.search(lead) or len(words) > SUBJECT_HEAD_WORDS
            or (words and opener is not None and opener.match(" " + words[-1] + " "))
            or any(ctx.sentence.start <= m.start and m.end <= town.start for m in ctx.places)
            or any(t.family == "military" and ctx.sentence.start <= t.start < town.start for t in ctx.triggers)):
        return None
    if not _is_town(town) or (getattr(town, "country_code", None) or "SY") != "SY":
        return None
    return town, opening, closing


def participle_object(ctx: SentenceContext, trig: TriggerHit, rules: LanguageRules) -> list[Any] | None:
    """The place a participle clause set off by a comma hangs on: "Saraqib, captured by the rebels
    on Thursday, lies on the M5", « Saraqeb, prise jeudi par les rebelles, ... », «Saraqib, tomada
    el jueves por los rebeldes, ...». ``None`` when the verb opens no such clause.

    Why (round 16, ctl16): a past participle right after a place and a comma, its agent after it
    (the table's ``agent_marker``), is a passive whose subject is that place; the object slot after
    the verb is empty, and the first place after the clause (the main verb's: "lies on the M5") was
    taken for what changed hands while the town was missed. Only a capture or recapture verb, a
    Syrian town right before the comma, and no place inside the clause itself."""
    if trig.role not in ("take", "retake") or rules.agent_marker is None:
        return None
    comma = _CLAUSE_COMMA_END.search(ctx.text, ctx.sentence.start, trig.start)
    if comma is not None and (subject := aside_subject(ctx, trig)) is not None:
        # (round 36, pron36) « Morek, au nord de Hama, a été prise jeudi par les rebelles »: the
        # comma closes an aside on the town before it, not a clause hung on the aside's town
        return [subject]
    if comma is None:
        return None
    prev = [m for m in ctx.places if m.end <= comma.start() and not ctx.text[m.end:comma.start()].strip()]
    if not prev or not _is_town(prev[-1]) or (getattr(prev[-1], "country_code", None) or "SY") != "SY":
        return None
    stop = _PARTICIPLE_CLAUSE_END.search(ctx.text, trig.end, ctx.sentence.end)
    end = stop.start() if stop is not None else ctx.sentence.end
    if any(trig.end <= m.start < end for m in ctx.places):
        return None
    clause = ctx.text[trig.end:end]
    # the table's pattern reads a span that ends a few words after the agent word
    ends = [i for i, ch in enumerate(clause) if ch.isspace()] + [len(clause)]
    if not any(rules.agent_marker.search(clause, 0, i) for i in ends):
        return None
    return [prev[-1]]


def _listed_after(prev: Any, m: Any, text: str, rules: LanguageRules) -> bool:
    """Whether ``m`` follows ``prev`` in one list ("Idlib and Hama", «إدلب وحماة»), the coordinator
    perhaps followed by a preposition or a place's kind repeated (« d'Alep et de Hama », «بين
    مدينة حماة ومدينة حمص»: the table's coordinator opening a word, then only list words; not
    after a comma, where the coordinator opens the verb's next object: «شرقي إدلب، وعلى بلدة معصران»)."""
    return _gap_lists(text[prev.end:m.start], rules)


def _gap_lists(gap: str, rules: LanguageRules) -> bool:
    """:func:`_listed_after` on the words between the two places."""
    # a coordinator or a comma joins them: «نحو العاصمة دمشق مدينة حمص» is no list
    return (len(gap) <= LIST_GAP and gap.strip() != "" and rules.coordinated is not None
            and (rules.coordinated.search(gap) is not None
                 or (rules.list_joiner is not None and rules.list_joiner.search(gap) is not None
                     and not _LIST_COMMA.search(gap)))
            and not _LIST_BREAK.search(gap) and _only_lists(gap, rules))


#: (round 34, list34) A short bracketed aside right after a list member ("Suran (Hama)").
_MEMBER_ASIDE = re.compile(r"(?:\s*\([^()]{0,40}\))?")


def semicolon_member(text: str, out: Sequence[Any], m: Any, gap: str, rules: LanguageRules) -> bool:
    """Whether place ``m`` goes on a list whose members semicolons part ("took Saraqeb; Sarmin; and
    Maarat al-Numan", « ont pris Saraqeb ; Sarmin ; et Maaret al-Noomane »): the gap before it opens
    on its one semicolon and holds no other break, and either another semicolon closes ``m`` (the
    series goes on) or the list's last two members were already parted by one and a coordinator
    opens this last member.

    Why (round 34, list34): a semicolon ended every list (:data:`_LIST_BREAK`), so a series told
    with semicolons (a member with a comma of its own in it, or a press agency's style) kept its
    first place only in English, French, Spanish and German (the Arabic «؛» was no break). One
    semicolon before a place that nothing closes ("took Saraqeb; Damascus condemned it") stays a
    new clause."""
    if not gap.lstrip().startswith(";") or _LIST_BREAK.findall(gap) != [";"]:
        return False
    end = m.end + len(_MEMBER_ASIDE.match(text, m.end).group())  # "Suran (Hama); and Morek"
    closing = _LIST_BREAK.search(text, end, end + LIST_GAP)
    if closing is not None and closing.group() == ";" and not text[end:closing.start()].strip(" ,"):
        return True
    return (len(out) >= 2 and ";" in text[out[-2].end:out[-1].start] and rules.list_joiner is not None
            and rules.list_joiner.search(gap) is not None)


#: (round 34, list34) What stands for each place inside the gap between two list members when the
#: table's ``member_location`` reads it.
_LOCATED_PLACE = "PLACE"


def located_member_rest(ctx: SentenceContext, prev: Any, m: Any) -> str | None:
    """The words between list members ``prev`` and ``m`` after a phrase locating ``prev`` (the
    table's ``member_location``, each place inside the gap read as ``PLACE``: "in PLACE province",
    « dans la province de PLACE », «بريف PLACE الشمالي»), when only list words follow it up to ``m``
    (a coordinator, a comma and a coordinator, "as well as"); None when the gap is no such phrase.

    Why (round 34, list34): news locates each town of a list by its governorate ("seized Morek in
    Hama province and Saraqib in Idlib province", « Morek dans la province de Hama et Saraqeb »,
    «سيطرت على مورك بريف حماة الشمالي وعلى سراقب»); the locating words ended the list and every
    member after the first located one was lost, in all five languages. A verb or any other word
    after the phrase still ends the list ("took Morek in Hama province and advanced on Homs")."""
    pattern = table_pattern(ctx.lang, "member_location")
    if pattern is None or m.start <= prev.end:
        return None
    inner = [p for p in ctx.places if prev.end <= p.start and p.end <= m.start]
    if not inner:
        return None
    masked, pos = [], prev.end
    for p in inner:
        masked += [ctx.text[pos:p.start], _LOCATED_PLACE]
        pos = p.end
    masked.append(ctx.text[pos:m.start])
    gap = "".join(masked)
    found = pattern.match(gap)
    if found is None:
        return None
    rest = gap[found.end():]
    rules = rules_for(ctx.lang)
    if (_LOCATED_PLACE in rest or not rest.strip(" ,،") or _LIST_BREAK.search(rest)
            or not _only_lists(rest, rules)):
        return None
    return rest


def report_noun_coordinated(text: str, side_end: int, verb_start: int, lang: str | None) -> bool:
    """Whether a noun of capture stands coordinated after a reported clause, a second object of the
    side's verb of saying: the table's ``report_coordinated_noun`` (a comma or "and", then the noun)
    covering the trigger's start, after the side ("HTS announced that all of Idlib was under its
    control, and the capture of Kafr Nabudah", «أعلنت الفصائل أن إدلب تحت سيطرتها، والسيطرة على
    كفرنبودة», « ... ainsi que la prise de Kafr Nabouda »).

    Why (round 35, ar35b): the clause marker («أن», "that") between the announcer and the noun hid
    the only side named, and the capture's direction stayed unknown; the noun is no verb of the
    clause, it has no subject of its own (a coordinated verb, «، وسيطرت على», may share the
    clause's subject and is left as it was)."""
    pattern = table_pattern(lang, "report_coordinated_noun")
    if pattern is None:
        return False
    lo = max(side_end, verb_start - 30)
    return any(m.start() < verb_start < m.end()
               for m in pattern.finditer(text, lo, min(len(text), verb_start + 40)))


def clause_subject_after_list(prev: Any, m: Any, text: str, lang: str | None) -> bool:
    """Whether place ``m``, joined to the list member ``prev`` by a comma and the table's
    coordinator, is the subject of a new clause: the table's ``list_clause_after`` (a copula, an
    auxiliary, a modal, perhaps after an adverb) right after it.

    Why (round 28, ev28list): "The rebels captured Hama on Thursday, and Homs is now under threat"
    (« et Homs est désormais menacée », «y Homs está ahora amenazada», «وحمص باتت مهددة») gave Homs a
    capture with Hama's: a list goes on after ", and" only with a place ending it, not with one
    that a new verb follows. Without the comma ("who captured Hama and Homs are ...") the verb may
    be the whole clause's, so the list is left alone."""
    gap = text[prev.end:m.start]
    rules = rules_for(lang)
    if rules.coordinated is None or rules.coordinated.search(gap) is None:
        return False
    return comma_clause_subject(gap, m, text, lang)


def closing_verb(text: str, trig: TriggerHit, rules: LanguageRules) -> bool:
    """Whether a capture verb closes its clause, so that its object stands before it: a participle
    of the table's ``final_verbs`` («haben Hama erobert»), or a finite verb of its
    ``clause_final_verbs`` with a comma or a stop right after it («die Rebellen, die am Donnerstag
    Hama eroberten, stehen vor Homs»).

    Why (round 30, lead): in a German relative or subordinate clause the finite verb comes last;
    «eroberten» was read with the object after it, so the clause's towns made no change and a
    place named by the main clause after the comma («…, ist Damaskus») was taken instead. The same
    verb in a main clause («Die Rebellen eroberten am Donnerstag Hama») keeps its object after it:
    only a comma or a stop right after the verb says it closes the clause."""
    last = trig.surface.split()[-1]
    if rules.final_verbs is not None and rules.final_verbs.fullmatch(last) is not None:
        return True
    pattern = getattr(rules, "clause_final_verbs", None)
    return (pattern is not None and pattern.fullmatch(last) is not None
            and re.match(r"\s*[,.;:!?)]", text[trig.end:trig.end + 3]) is not None)


def comma_clause_subject(gap: str, m: Any, text: str, lang: str | None) -> bool:
    """Whether place ``m``, after a comma in the words since the verb or the list member before it,
    is the subject of a new clause: the table's ``list_clause_after`` (a copula, an auxiliary, a
    modal) right after it.

    Why (round 30, lead): "Hama fell to the rebels on Thursday, Homs is under threat" (« Hama est
    tombée jeudi aux mains des rebelles, Homs est menacée », «Hama fiel am Donnerstag an die
    Rebellen, Homs ist bedroht») gave the fall to Homs: after a verb of falling the words name the
    taker, and the first town after them was read as the object. :func:`clause_subject_after_list`
    reads the same after ", and" between two members; a bare comma between members, or before the
    verb's first place when a town stands before the verb (its subject), ends the list as well when
    a new verb follows the place. Not after a participle opening the sentence ("Captured by HTS on
    Thursday, Hama is the largest city ...": the place after the comma is the one taken)."""
    if not _LIST_COMMA.search(gap):
        return False
    verb = table_pattern(lang, "list_clause_after")
    after = text[m.end:m.end + LIST_GAP]
    return verb is not None and after[:1].isspace() and verb.match(after.lstrip()) is not None


def copula_in_gap(gap: str, lang: str | None) -> bool:
    """Whether the words between two places hold a copula, an auxiliary or a modal (the table's
    ``list_clause_after``): "Hama and Homs was Damascus", «حماة وحمص هو دمشق», « Homs jeudi, est Damas ».

    Why (round 30, lead): a list's gap may hold short function words ("and", "of the"), and "is",
    "was", « est », «هو» are as short; "the next target after the rebels took Hama and Homs was
    Damascus" then went on to Damascus, and a president's words on the next goal gave Damascus to
    the opposition two days before it fell (development map). A verb between two places ends the
    list: the place after it is what the clause says, not one more place taken."""
    verb = table_pattern(lang, "list_clause_after")
    return verb is not None and any(verb.match(gap, w.start()) for w in re.finditer(r"\w+", gap))


def copula_after_comma(gap: str, lang: str | None) -> bool:
    """Whether the words between a control verb and the first place after it end with a comma
    and a copula alone («…, die Hama und Homs eroberten, ist Damaskus»): the relative clause closed
    at the comma, and the place is what the main clause's verb says, not the object taken
    (:func:`copula_in_gap` for the members after the first)."""
    verb = table_pattern(lang, "list_clause_after")
    *_, last = re.split(r"[,،]", gap)
    if verb is None or last == gap:
        return False
    hit = verb.match(last.strip())
    return hit is not None and hit.end() == len(last.strip())


def road_second_end(prev: Any, m: Any, text: str) -> bool:
    """Whether ``m`` follows the located place ``prev`` with nothing but a space between: the two
    ends of a road written with no dash («على طريق محردة السقيلبية»), both saying where.

    Why (round 21, ctl21b): the first end took the locator word and was skipped, the second, with
    no word before it, was read as the verb's object: «استعادة السيطرة على القرى الواقعة على طريق
    محردة السقيلبية» gave the road's end town a change of its own. Two place names side by side
    with no word or comma between are no list (:func:`_listed_after`), so the second one is not
    what was taken either."""
    gap = text[prev.end:m.start]
    return gap != "" and gap.isspace() and "\n" not in gap


def object_opening(ctx: SentenceContext, trig: TriggerHit, nxt: int, rules: LanguageRules) -> int | None:
    """Where a capture verb's object opens when the table's ``object_slot`` («على») stands after the
    verb's subject and a town the table's ``locating_gap`` puts somewhere, in its clause, before the
    next verb: «سيطرت قوات ردع العدوان في مدينة حلب وريفها على كلّ من ...» took what follows «على»,
    not Aleppo. ``None`` when the verb holds its slot («السيطرة على», "took control of"), when the
    slot opens the passive's agent («على يد»), or when the town before it is the verb's own object
    («اقتحمت الفصائل حماة بعد هجوم على مواقع الجيش»: «على» is another word's)."""
    if rules.object_slot is None or rules.locating_gap is None or rules.object_slot.search(trig.surface):
        return None
    end = min(nxt, trig.end + OBJECT_REACH, ctx.sentence.end)
    stop = _CLAUSE_STOP.search(ctx.text, trig.end, end)
    slot = rules.object_slot.search(ctx.text, trig.end, stop.start() if stop is not None else end)
    if slot is None:
        return None
    words = re.match(r"\S+\s+\S+", ctx.text[slot.start():])
    if words is not None and rules.agent_marker is not None and rules.agent_marker.search(words.group(0)):
        return None
    between = [m for m in ctx.places if trig.end <= m.start and m.end <= slot.start()]
    if not between:
        return None
    head = ctx.text[trig.end:between[0].start]
    starts = [0] + [i + 1 for i, ch in enumerate(head) if ch.isspace()]
    return slot.end() if any(rules.locating_gap.match(head[i:]) for i in starts) else None


def relative_aside(gap: str, rules: LanguageRules) -> bool:
    """Whether a relative clause set off by a comma opens between a control verb and the first
    place after it (", which overlook Saraqeb", « , qui dominent Saraqeb », «، التي تطل على»): the
    table's ``relative_pronoun`` right after a comma.

    Why: the verb's object is the noun the clause describes ("two hills", "several towns"), no
    place; the place inside the clause says what that noun is near or leads to. Taken as the
    object, it made "captured several towns in Homs province, which they view as gateways to
    Damascus" a capture of Damascus on real news (round 14)."""
    if rules.relative_pronoun is None:
        return False
    for comma in _LIST_COMMA.finditer(gap):
        rest = gap[comma.start():]
        after = rest[1:].lstrip()
        pronoun = rules.relative_pronoun.match(rest) or rules.relative_pronoun.match(after)
        clause = pronoun.string[pronoun.end():] if pronoun is not None else ""
        # a clause has words of its own before the place (« , dont Halfaya » lists members), and
        # runs up to it: one closed by a comma was an aside on the subject («سيطرت فصائل المعارضة،
        # التي باتت على بعد ساعات من دمشق، على تلبيسة»), the object comes after it
        if pronoun is not None and words_of(clause) and not _LIST_COMMA.search(clause) \
                and not _member_opening(pronoun.group(), clause, rules):
            return True
    return False


def _member_opening(pronoun: str, clause: str, rules: LanguageRules) -> bool:
    """Whether a relative pronoun that also opens list members (the table's ``list_gap_words``:
    « dont ») and only list words after it open a member (« , dont l'aéroport de Nayrab », « , dont
    la ville de Morek »), not a clause.

    Why (round 34, list34b): « ont pris des sites stratégiques à Alep, dont l'aéroport de Nayrab »
    lost its member: the words of its kind after « dont » were read as a relative clause's."""
    word = pronoun.strip(" ,،")
    return (rules.list_gap_words is not None and rules.list_gap_words.fullmatch(word) is not None
            and _only_lists(clause, rules))


#: A short aside in brackets right after a place ("Aleppo (north)", « Hama (Centre) », "Rastan (Homs
#: province)"): at most four words, no bracket or line break inside (:func:`aside_end`).
_ASIDE = re.compile(r"\s*\(\s*[^()\[\]\n]{1,40}?\s*\)")
ASIDE_WORDS = 4


def aside_end(text: str, pos: int) -> int | None:
    """Where a short bracketed aside starting at ``pos`` (right after a place) ends, or None.

    Why (round 15, ctl15): outlets locate a town with its region in brackets, « s'emparant des
    villes d'Alep (Nord) et de Hama (Centre) », "took Rastan (Homs province) and Talbiseh": the
    aside describes the place before it. A bracket broke the list (:data:`_LIST_BREAK`), so only
    the first town changed hands, and a town named inside the aside was taken as a list member."""
    m = _ASIDE.match(text, pos)
    if m is None or len(m.group().strip(" ()").split()) > ASIDE_WORDS:
        return None
    return m.end()


def _in_aside(prev: Any, m: Any, text: str) -> bool:
    """Whether place ``m`` stands inside a short aside right after place ``prev`` ("Rastan (Homs)"):
    it only says where ``prev`` lies (:func:`aside_end`)."""
    end = aside_end(text, prev.end) if prev is not None else None
    return end is not None and prev.end < m.start and m.end <= end


#: How far after its opening (characters) the bracket holding a list of places taken may close.
BRACKETED_LIST_REACH = 400


def list_after_inside(ctx: SentenceContext, trig: TriggerHit, inside: list[Any], towns: list[Any],
                      rules: LanguageRules) -> list[Any]:
    """The places listed right after the last place a verb's span holds, when the span ends on it:
    «Am Donnerstag eroberten die Rebellen Morek und Halfaya» (the German verb-second span runs over
    its subject to the first object).

    Why (round 28, lead): the span's places were the whole object, so the list after the first
    place was lost (Halfaya), in German sentences opening on a day or a place. Read only when the
    verb's span ends on its last place and each place is listed after the one before
    (:func:`_listed_after`)."""
    last = inside[-1]
    if ctx.text[last.end:trig.end].strip():
        return []  # «nahmen Rastan ein»: the span closes after its object
    out, prev = [], last
    nouns = table_pattern(ctx.lang, "noun_coordinators")
    later = [m for m in towns if m.start >= trig.end]
    for k, m in enumerate(later):
        if k + 1 < len(later) and located_member_rest(ctx, prev, later[k + 1]) is not None:
            continue  # (round 34, list34) «eroberten ... Morek bei der Stadt Hama und Karnaz»: Hama locates
        # (round 34, list34) «eroberten die Rebellen Morek in der Provinz Hama und Sarakib»: the words
        # after the phrase locating the member before (:func:`located_member_rest`)
        located = located_member_rest(ctx, prev, m)
        gap = ctx.text[prev.end:m.start] if located is None else located
        # (round 32, cc32eu) «eroberten die Rebellen Morek sowie Suran»: a coordinator of nouns only
        # (the table's ``noun_coordinators``) lists too, though it joins no verbs
        joined = (nouns is not None and len(gap) <= LIST_GAP and not _LIST_BREAK.search(gap)
                  and re.match(rf"\s*(?:{nouns.pattern})\s", gap, re.IGNORECASE) is not None
                  and _only_lists(gap, rules))
        # (round 34, list34b) «eroberten die Rebellen Saraqib; Sarmin; und Maarat al-Numan»: a list
        # whose members semicolons part (:func:`semicolon_member`), as after the verb in English
        parted = (semicolon_member(ctx.text, [*inside, *out], m, gap, rules)
                  and _only_lists(gap.replace(";", ","), rules))
        if not (joined or parted or _gap_lists(gap, rules)):
            break
        out.append(m)
        prev = m
    return out


def bracketed_members(gap: str, text: str, start: int) -> bool:
    """Whether a gap ends with an opening bracket whose list of places starts at ``start`` and runs
    over at least one comma before the bracket closes ("along with villages (A, B and C)", «إلى جانب
    قرى وبلدات (قبتان الجبل، الشيخ عقيل، ...)»).

    Why (round 28, lead): a fresh development article listed sixteen villages taken in brackets
    after a base and "along with villages"; the bracket broke the list (:data:`_LIST_BREAK`) and
    only the base was read. A bracket with one place is an aside ("Rastan (Homs province)") and
    stays one."""
    if not gap.rstrip().endswith("("):
        return False
    close = text.find(")", start, start + BRACKETED_LIST_REACH)
    inner = text[start:close] if close != -1 else ""
    return bool(inner) and re.search(r"[,،]", inner) is not None and _LIST_BREAK.search(inner) is None


def _wrapped(m: Any, text: str) -> bool:
    """Whether place ``m`` stands alone between round brackets («(حمص)»)."""
    return text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"


def _unbracketed(gap: str, prev: Any, m: Any, text: str) -> str:
    """The gap between two listed places without the brackets that wrap each name alone
    («سيطرت على مدينة (حمص) والعاصمة (دمشق)»، «(حماة) و(إدلب) و(حلب)»).

    Why (round 30, ev30ccar): some agencies put every place name of a list between brackets; the
    brackets broke the list (:data:`_LIST_BREAK`) and only its first member changed hands
    (development: the capital named after Homs so). Only a bracket right after a wrapped name or
    right before one is dropped: an aside in brackets ("Rastan (Homs province)") stays one."""
    if _wrapped(prev, text) and gap.startswith(")"):
        gap = gap[1:]
    if _wrapped(m, text) and gap.endswith("("):
        gap = gap[:-1]
    return gap


def _without_aside(gap: str) -> str:
    """The gap between two places without the short aside that opens it ("(north) and ")."""
    end = aside_end(gap, 0)
    return gap[end:] if end is not None else gap


#: How far before a place inside a verb in two parts (characters) its destination words are read.
FRAME_DESTINATION_WORDS_REACH = 30


def object_from(trig: TriggerHit, m: Any) -> int:
    """Where the words before place ``m`` that belong to the verb's complements begin: the verb's
    end, or for a place inside a verb in two parts («zog sich ... nach Hama zurück») the end of its
    first word.

    Why (round 17, ctl17): German frames a separable verb's complements between its two parts; a
    destination there («zog sich die Armee nach Hama zurück») was measured from the frame's end,
    after the place, so "to Hama" was never seen and the army's destination became a place lost
    (a change of Hama on the day it was still the army's)."""
    if trig.role != "lose" or not (trig.start <= m.start and m.end <= trig.end):
        # a "leave" verb's span holds its object with its case word («declararon a Hama libre de
        # tropas»: «a» marks the object, no destination)
        return trig.end
    first = re.match(r"\S+", trig.surface)
    # the subject may stand in the frame too («zogen sich die Regierungstruppen nach Hama zurück»):
    # the words right before the place are what tells a destination
    return max(trig.start + (first.end() if first else 0), m.start - FRAME_DESTINATION_WORDS_REACH)


def before_clause_gap(gap: str, lang: str | None) -> bool:
    """Whether a "before" clause opens between a control verb and the first place after it (the
    table's ``before_clause``: "before approaching", « avant de s'approcher de », «antes de
    acercarse a», «bevor sie sich ... näherten», «قبل أن تقترب من»).

    Why (round 17, ctl17): the place is the clause's own verb's; when that verb is a capture it is
    a trigger of its own (and dated by :func:`timeline.control_dates.before_clause_dates`). Taken as
    the main verb's object, "took most of Morek before approaching Hama" gave Hama to the rebels
    (its part, Morek, yields to a whole town after it)."""
    pattern = table_pattern(lang, "before_clause")
    return pattern is not None and pattern.search(gap) is not None


#: How far after a capture verb a word of "namely" may open the list of the places it took.
NAMELY_REACH = 200


def namely_gap(gap: str, lang: str | None) -> bool:
    """Whether the words before a place end with a word of "namely" (the table's ``namely_list``):
    the place opens the list of what was taken, it is not listed with a place before it that only
    locates («على طريق محردة السقيلبية وهي كرناز»: the «و» of «وهي» joins no list)."""
    pattern = table_pattern(lang, "namely_list")
    return pattern is not None and pattern.search(gap) is not None


def namely_opening(ctx: SentenceContext, trig: TriggerHit, after: Sequence[Any]) -> Any | None:
    """The first place of a list opened by a word of "namely" (the table's ``namely_list``, matched
    on the words right before the place: «وهي», "namely", « à savoir ») after a capture verb whose
    object is a generic noun; ``None`` when there is none.

    Why (round 21, ctl21b): «حرر كامل القرى الواقعة على طريق A B ... وهي كرناز وتل ملح ...»: the
    villages listed after «وهي» are what changed hands; the words before it only say where they lie,
    and a road's second end named there («طريق محردة السقيلبية», no dash) was taken as the object
    (a change of the end town, none of the six villages). The list must follow the verb in its
    sentence, within :data:`NAMELY_REACH` characters, with no sentence stop between."""
    pattern = table_pattern(ctx.lang, "namely_list")
    if pattern is None:
        return None
    for m in after:
        gap = ctx.text[trig.end:m.start]
        hit = pattern.search(gap)
        if hit is None:
            continue
        if hit.start() > NAMELY_REACH or re.search(r"[.;!?\n]", gap[:hit.start()]):
            return None
        return m
    return None


#: How far before a place (characters) a verb of regrouping is read (:func:`regroup_place`).
REGROUP_REACH = 60


def regroup_place(text: str, start: int, lang: str | None) -> bool:
    """Whether the place starting at ``start`` is where a side regrouped: the table's
    ``regroup_place`` (a verb of regrouping and a preposition of place) ends the words right
    before it ("its troops regrouped in Hama", « se sont regroupées à Hama », «se han reagrupado
    en Hama», «formierten sich in Hama neu», «أعادت تجميع صفوفها في حماة»).

    Why (round 23, prec23): "the army withdrew from many towns without a fight and regrouped in
    Hama" names no town it left; the loss verb found its place in the regrouping clause and gave
    Hama, the place the army held, to the rebels (a development article, in Spanish; the same
    wording made the same change in all five languages). The place regrouped in was nobody's loss.
    """
    pattern = table_pattern(lang, "regroup_place")
    return pattern is not None and pattern.search(text[max(0, start - REGROUP_REACH):start]) is not None


def captured_places(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The towns of a control-change sentence that changed hands.

    Not countries or governorates; not places that only locate another ("near Hama", «ريف حلب»)
    or name a road's ends ("the Aleppo-Damascus highway"); and only the place next to the verb
    with the list it heads ("seized A, B and C"), so that a town named elsewhere in a long
    sentence ("... at the gates of Hama, on the road to Damascus") is not taken with them. The
    object after the verb comes first; without one, the subject before it ("Aleppo fell to"),
    unless the verb's object slot is explicit and holds no place ("took control of the areas").
    """
    rules = rules_for(ctx.lang)
    if bare_entry_unplaced(ctx, trig):
        return []  # (round 40, cc40b) an entry closing its clause names a place only by a locative relative
    towns = []
    prev_located = False  # whether the place before was one a locator word says only where something is
    prev_part = False  # whether the place before was the area of a part ("dozens of villages in Idlib")
    for i, m in enumerate(ctx.places):
        before = ctx.text[max(0, m.start - 40):m.start]
        after = ctx.text[m.end:m.end + 40]
        if prev_part and (_joins_list(ctx.text[ctx.places[i - 1].end:m.start], rules)
                          or repeated_part_opener(ctx.text, ctx.places[i - 1], m, ctx.lang)):
            # (round 32, cc32ar2) "a number of areas in Idlib and Aleppo", «عدد من المناطق في إدلب
            # وحلب»: the second area is the count's too (:func:`part_places`), not a town taken;
            # (round 34, list34b) so is one opened again as the first was ("in Aleppo and in Idlib")
            continue
        prev_part = False
        if prev_located and _listed_after(ctx.places[i - 1], m, ctx.text, rules) \
                and not namely_gap(ctx.text[ctx.places[i - 1].end:m.start], ctx.lang) \
                and not (towns and list_after_apposition(ctx.text[towns[-1].end:m.start], ctx.lang)) \
                and not (towns and located_member_rest(ctx, towns[-1], m) is not None):
            # "advancing in parts of Idlib and Hama": a place listed with a located one is located
            # too; (round 28, ev28fr) not the one after an apposition ("took Morek, a town north of
            # Hama, and Karnaz": Hama locates inside the apposition, Karnaz goes on the list), nor
            # (round 34, list34b) the one after a phrase locating the town before by a compass word
            # ("took Morek and Suran in northern Hama, and Saraqeb": :func:`located_member_rest`)
            continue
        if prev_located and road_second_end(ctx.places[i - 1], m, ctx.text):
            continue  # «القرى الواقعة على طريق محردة السقيلبية»: the road's other end locates too
        if i and _in_aside(ctx.places[i - 1], m, ctx.text):
            continue  # "took Rastan (Homs province)": the aside says where Rastan lies
        if dual_countryside(ctx.text, m.start, ctx.lang):
            continue  # «في ريفي حلب وإدلب»: the two countrysides, where the villages lie
        if office_domain(ctx.text, m.start, ctx.lang):
            continue  # "the governor of Hama fled": whose governor, not the place lost
        if trig.role in ("lose", "leave") and flight_destination(ctx.text, object_from(trig, m), m.start, ctx.lang):
            continue  # "soldiers fled to Hama": where they went, not the place lost
        if trig.role in ("lose", "leave") and regroup_place(ctx.text, m.start, ctx.lang):
            continue  # "withdrew from many towns and regrouped in Hama": where they hold, not the place lost
        prev_located = False
        if part_object(ctx, trig, m):
            prev_part = True
            continue  # "seized dozens of villages in rural Aleppo": a part, not the place (:func:`part_places`)
        seat = governorate_seat(ctx, m) or listed_seat(ctx, m, towns)
        if seat is not None:
            towns.append(seat)  # "took the capital of Daraa province", «مركز محافظة دير الزور»: the city
            continue
        if _whole_region(m, before, rules) or region_object(ctx, trig, m, rules):
            towns.append(m)  # "took the whole of Idlib province": the governorate changed hands
            continue
        if (not _is_town(m) or (getattr(m, "country_code", None) or "SY") != "SY"
                or (getattr(m, "feature_code", None) or "").upper().startswith(NEVER_TAKEN)):
            continue  # a country, a governorate, a town abroad ("talks in Ankara"), a river
        located = rules.locator.search(before) if rules.locator is not None else None
        # "redeployed outside Morek": a locator word ending the control verb is the verb's own (not
        # one inside a verb in two parts, «zog sich aus den Vororten von Damaskus zurück»)
        if located is not None and not (m.start >= trig.end
                                        and trig.start <= m.start - len(before) + located.start() < trig.end):
            prev_located = True
            continue
        if rules.locator_after is not None and rules.locator_after.search(after):
            continue
        if (re.match(r"\s?[-–]\s?\S", after) or re.search(r"\S\s?[-–]\s?$", before)) \
                and not dash_list_member(ctx.text, m) and not aside_dash(ctx.text, m, ctx.places, ctx.lang):
            continue  # "Aleppo-Damascus": the ends of a road, not a place taken
        towns.append(m)
    towns.sort(key=lambda m: m.start)

    def chain(ordered: list[Any], first_gap: int, reach: int, gap_of: Any, forward: bool = False) -> list[Any]:
        out: list[Any] = []
        for k, m in enumerate(ordered):
            # (round 34, list34) "took Morek in Hama province and Saraqib": the words after the phrase
            # locating the member before (:func:`located_member_rest`); a town inside that phrase ("in
            # the city of Hama") only locates. Read in the order of the text, the subject's list too.
            if out and k + 1 < len(ordered) and located_member_rest(
                    ctx, *((out[-1], ordered[k + 1]) if forward else (ordered[k + 1], out[-1]))) is not None:
                continue
            gap = _without_aside(gap_of(out[-1] if out else None, m))  # "Aleppo (north) and Hama"
            rest = located_member_rest(ctx, *((out[-1], m) if forward else (m, out[-1]))) if out else None
            if rest is not None:
                gap = rest
            if out:
                gap = _unbracketed(gap, out[-1], m, ctx.text)  # «مدينة (حمص) والعاصمة (دمشق)»
            if out and bracketed_members(gap, ctx.text, m.start):
                gap = gap.rstrip()[:-1]  # «إلى جانب قرى وبلدات (قبتان الجبل، الشيخ عقيل، ...)»
            if (forward and out and len(gap) <= RELATIVE_LIST_GAP
                    and (list_after_relative(gap, ctx.lang) or list_after_apposition(gap, ctx.lang))
                    and not any(out[-1].end <= t.start < m.start for t in ctx.triggers)):
                # "took Morek, which lies north of Hama, as well as Karnaz"; (round 28, ev28fr)
                # "took Maarat al-Numan, the largest town in Idlib province, and the air base"
                out.append(m)
                continue
            limit = reach if not out else LIST_GAP
            if len(gap) > limit or (out and ((_LIST_BREAK.search(gap) and not (
                    forward and semicolon_member(ctx.text, out, m, gap, rules)))
                    or not _only_lists(gap.replace(";", ","), rules))):
                break
            if forward and not out and relative_aside(gap, rules):
                break  # "took two hills, which overlook Saraqeb": the object was the noun before "which"
            if forward and not out and before_clause_gap(gap, ctx.lang):
                break  # "took most of Morek before approaching Hama": Hama is the "before" clause's
            if forward and out and rules.locating_gap is not None and rules.locating_gap.match(gap):
                # "seized the Nayrab airport in Aleppo", «مطار كويرس في حلب»: the table's
                # ``locating_gap`` (a preposition, perhaps a town word): Aleppo says where it is
                break
            if forward and out and rules.circumstance is not None and rules.circumstance.search(gap):
                break  # "entered Hama on Thursday after taking Morek": Morek is the clause's, not the list's
            if forward and out and clause_subject_after_list(out[-1], m, ctx.text, ctx.lang):
                break  # (round 28, ev28list) "took Hama, and Homs is now under threat": a new clause's subject
            if forward and (out or any(prev_end <= b.start and b.end <= trig.start for b in towns)) \
                    and comma_clause_subject(gap, m, ctx.text, ctx.lang):
                break  # (round 30) "Hama fell to the rebels on Thursday, Homs is under threat": a new clause
            if forward and not out and copula_after_comma(gap, ctx.lang):
                break  # (round 30) "the goal of the rebels, who took Hama, is Damascus" told with the verb last
            if out and copula_in_gap(gap, ctx.lang):
                break  # (round 30) "after they took Hama and Homs, the goal is Damascus": the clause's, not the list's
            out.append(m)
        return out

    # a verb in two parts holds its object («nahmen Rastan ein», «brachte Aleppo unter ihre Kontrolle»)
    inside = [m for m in towns if trig.start <= m.start and m.end <= trig.end]
    # (round 30, rev30) «سيطرت الفصائل على حلفايا ثم خسرتها يوم الخميس لصالح الجيش»: a loss whose
    # object is a pronoun for the place its sentence's capture took names it before the verb
    pronoun_loss = (trig.role == "lose" and not inside
                    and pronoun_loss_capture(trig, ctx.triggers, ctx.text, ctx.lang) is not None)
    if inside or trig.role == "hand" or (trig.role == "lose" and ends_on_lose_to(trig.surface, ctx.lang)
                                         and not pronoun_loss):
        # "handed a letter to Assad in Damascus" hands over no place; (round 28, ev28cc) «خسر
        # الجيش مواقع أمام الفصائل في ريف حماة»: the places after «أمام» are the taker's, not lost
        return inside + list_after_inside(ctx, trig, inside, towns, rules) if inside and trig.role != "hand" else inside
    # each military verb owns the places up to the next one («وسيطرت على معظم أحيائها، وبسطت
    # سيطرتها على كامل محافظة إدلب»: Idlib is the second verb's, "took Saraqeb after strikes on Idlib");
    # a subject before the verb may be another control verb's too ("Aleppo fell to HTS, the first
    # time it slipped from government control"), not a strike's or an advance's
    others = [t for t in ctx.triggers if t.family == "military" and t != trig]
    nxt = min((t.start for t in others if t.start >= trig.end), default=ctx.sentence.end)
    prev_end = max((t.end for t in others if t.end <= trig.start and t.kind != "control_change"),
                   default=ctx.sentence.start)
    # «Die Rebellen haben Hama erobert und bedrohen nun Homs»: a participle closing its clause (the
    # table's ``final_verbs``) has its object before it; a town after it is another verb's
    final = closing_verb(ctx.text, trig, rules)
    after = [] if final else [m for m in towns if trig.end <= m.start and m.end <= nxt]
    part = next((m for m in ctx.places if trig.start <= m.start < nxt and part_object(ctx, trig, m)), None)
    if (part is not None and after and after[0].start > part.start
            and _LIST_COMMA.search(ctx.text, part.end, after[0].start)
            and not _only_lists(ctx.text[part.end:after[0].start], rules)):
        # "took most of Daraa province, leaving only Sanamayn": the part was the object; a town
        # after it is another clause's, unless it lists the part's members ("..., among them Karnaz")
        after = [m for m in after if m.start < part.start]
    opens = object_opening(ctx, trig, nxt, rules)
    if opens is not None:
        # «سيطرت قوات ... في مدينة حلب وريفها على كلّ من ...»: a town between the verb and its object
        # slot says where the subject fought, it is not what they took
        after = [m for m in after if m.start >= opens]
    antecedent = relative_object(ctx, trig, rules) or participle_object(ctx, trig, rules)
    if antecedent:
        # "Saraqib, which the rebels seized on Thursday, lies on the M5", "Saraqib, captured by the
        # rebels on Thursday, lies ...": the place the clause hangs on is the object; a place after
        # the clause is the main verb's (round 16, ctl16: the M5 changed hands, Saraqib did not)
        return antecedent
    namely = namely_opening(ctx, trig, after)
    if namely is not None:
        # (round 21, ctl21b) «القرى الواقعة على طريق ... وهي كرناز وتل ملح»: the list after the word
        # of "namely" is the object; the places before it say where the villages lie
        after = [m for m in after if m.start >= namely.start]
    opened = namely.start if namely is not None else trig.end
    chosen = chain(after, OBJECT_REACH, OBJECT_REACH,
                   lambda prev, m: ctx.text[(prev.end if prev else opened):m.start], forward=True)
    if len(chosen) == 2 and _LIST_COMMA.fullmatch(ctx.text[chosen[0].end:chosen[1].start].strip()):
        # "eroberten Hama, Damaskus zeigte sich überrascht": two places with a bare comma between
        # them are the object and the next clause's subject; a list of two names its coordinator
        chosen = chosen[:1]
    if not chosen:
        town = town_anaphor_object(ctx, trig, nxt)
        if town:
            return town  # (round 21, ctl21b) "the rebels who captured the city": the town just named
        # "Aleppo, which the rebels captured last week": the relative pronoun's noun is the object
        relative = relative_object(ctx, trig, rules)
        if relative is not None and (relative or not final):
            # (round 30) a subject relative closed by its verb («die Rebellen, die Hama eroberten,»):
            # its object stands before the verb, read below
            if not relative:
                # (round 37, cap37) "the offensive that took the capital", « la coalition qui s'est
                # emparée de la capitale »: a subject relative's object is after the verb, and it
                # may be "the capital" with no name (:func:`capital_object`)
                return capital_object(ctx, trig, nxt)
            return relative
    # the verb and the words after it, where its object slot opens («سيطرت الفصائل على ...»)
    slot = ctx.text[trig.start:min(trig.end + OBJECT_SLOT_REACH, ctx.sentence.end)]
    # «Hama est passée sous le contrôle des rebelles»: after "fall" and "back" verbs the slot holds
    # the taker, the place is their subject
    explicit_object = rules.object_slot is not None and rules.object_slot.search(slot) is not None
    # (round 15, ctl15) the slot opened after the subject and the town locating it («سيطر مسلحون في
    # السويداء المجاورة على مواقع أمنية»): the object is what follows it, and when that names no
    # place the verb took none; a town before the verb is another clause's (it gave Daraa, named
    # in the clause before, a change on real news)
    explicit_object = explicit_object or opens is not None
    if not chosen:
        capital = capital_object(ctx, trig, nxt)
        if capital:
            return capital  # "the rebels entered the capital": Damascus, named elsewhere in the article
        if anaphor_object_noun(ctx, trig, nxt, "capital_anaphor") is not None:
            # (round 40, cc40b) "celebrations in Aleppo after the rebels captured the capital" in an
            # article that never names Damascus: the object is the capital, unresolved; the town
            # before the verb is no subject of it (Aleppo was given a capture on the story's day)
            return []
    # (round 18, fall18) "arrived in Damascus after rebels seized most of Aleppo": the verb's object
    # is the part after it (:func:`part_places`); the town before the verb is no subject of a fall
    # but where someone arrived (it gave Damascus a capture on the day Aleppo was overrun)
    part_after = part is not None and not final and trig.role not in ("fall", "back", "leave")
    if (not chosen and anaphor_object_noun(ctx, trig, nxt, "pronoun_anaphor_object") is not None
            and any(t.kind == "control_change" and t.role in ("retake", "back") and t.end <= trig.start
                    for t in ctx.triggers)):
        # (round 31, ev31ccar) «استعاد الجيش مورك بعد أيام من سيطرة الفصائل عليها»: the capture a
        # recapture undid, told by its pronoun after it, is the recapture's background (its day is
        # not told); read, it showed the place given to the side that lost it on the recapture's day
        return []
    if not chosen and pronoun_blocked(ctx, trig, nxt):
        # (round 36, anaph36) "stormed the embassy in Damascus and captured it": "it" is the embassy
        return []
    if not chosen and country_object(ctx.text, trig, final, ctx.lang):
        # (round 40, cc40) "celebrated in Aleppo after the rebels seized power", "the rebel takeover
        # of the country": the object is the country or power, no town (:func:`country_object`)
        return []
    if not chosen and not part_after and (final or trig.role in ("fall", "back", "leave") or not explicit_object) \
            and not own_object(ctx, trig) and not fall_noun(ctx.text, trig, ctx.lang):
        subject = aside_subject(ctx, trig)
        if subject is not None and subject in towns:
            # (round 36, pron36) "Morek, shelled for weeks, was captured": the town before the aside
            chosen = [subject]
        elif trig.role == "contest" and _CLAUSE_COMMA_END.search(ctx.text, ctx.sentence.start, trig.start):
            # (round 36, pron36) a bare fall right after a comma ("..., fell on Thursday") has no
            # subject of its own in the words before the comma but a town before an aside
            chosen = []
        elif final and capital_noun_before(ctx, trig, prev_end):
            # (round 40, cc40b) «In Aleppo wurde gefeiert, nachdem die Rebellen die Hauptstadt
            # eingenommen hatten»: the verb closing its clause has "the capital" before it as its
            # object (resolved below only when the article names it), not the town before that
            chosen = []
        else:
            before = [m for m in reversed(towns) if prev_end <= m.start and m.end <= trig.start]
            chosen = chain(before, SUBJECT_REACH, SUBJECT_REACH,
                           lambda prev, m: ctx.text[m.end:(prev.start if prev else trig.start)])
            chosen.reverse()
        if not chosen:
            # (round 36, anaph36) "The town fell to HTS on Friday", «وسقطت المدينة بيد الهيئة»: the
            # subject is "the town" with no name, the town told just before
            chosen = town_anaphor_subject(ctx, trig)
        if not chosen and final:
            # (round 37, cap37) «haben die syrische Hauptstadt eingenommen», «die Offensive, die die
            # Hauptstadt eroberte»: a verb closing its clause has "the capital" before it
            chosen = capital_before(ctx, trig, prev_end)
        if final and chosen:
            chosen += steps_after_closing_verb(ctx, trig, towns, nxt)
    if not chosen and relative_object(ctx, trig, rules) is None:
        # (round 31, ev31ccar) an object pronoun («تقدمت نحو مدينة حلب والسيطرة عليها»، «ثم
        # اقتحمتها»): the table's ``pronoun_anaphor_object``, the town just named, as "the city" is
        # read; last, so that a relative clause's resumptive pronoun («المناطق التي تمت السيطرة
        # عليها») or a subject read before the verb keeps its reading
        return town_anaphor_object(ctx, trig, nxt, "pronoun_anaphor_object")
    return chosen


def steps_after_closing_verb(ctx: SentenceContext, trig: TriggerHit, towns: list[Any], nxt: int) -> list[Any]:
    """The later steps of a sequence put after a participle that closes its clause, its first step
    before it («haben zuerst Aleppo erobert, dann Tal Rifaat und schließlich Hama»): after the
    comma, the table's ``closing_verb_steps`` word opens each further place the verb took; the
    places listed with it (:func:`_listed_after`) are its steps too.

    Why (round 32, cc32eu): German news tells a run of captures with the participle after the
    first town and the later ones after it; the towns after the participle were read as another
    clause's and only the first step made a change. A place after the participle with no step
    word («haben Hama erobert, Damaskus zeigte sich überrascht») stays another clause's."""
    steps = table_pattern(ctx.lang, "closing_verb_steps")
    if steps is None:
        return []
    rules = rules_for(ctx.lang)
    out: list[Any] = []
    for m in (t for t in towns if trig.end <= t.start and t.end <= nxt):
        start = out[-1].end if out else trig.end
        gap = ctx.text[start:m.start]
        if len(gap) > LIST_GAP or _LIST_BREAK.search(gap):
            break
        opened = re.fullmatch(rf"(?:{steps.pattern})\s+(?:\S+\s+){{0,2}}?", gap, re.IGNORECASE)
        if opened is None and not (out and _listed_after(out[-1], m, ctx.text, rules)):
            break
        out.append(m)
    return out


#: How many words may stand between a capture verb and "the capital" it took (a day, "control of").
CAPITAL_GAP_WORDS = 3
_CAPITAL_GAP_STOP = re.compile(r"[.;:!?()\"«»“”]")


def anaphor_object_noun(ctx: SentenceContext, trig: TriggerHit, nxt: int, key: str) -> re.Match[str] | None:
    """The table's ``key`` noun ("the capital", "the city") standing as the object of a capture or
    loss verb: a few words after the verb at most (its day, "control of"), no stop and no place
    between; None otherwise. Shared by :func:`capital_object` and :func:`town_anaphor_object`,
    which then say which place the noun names again."""
    if trig.role not in ("take", "retake", "lose"):
        return None
    pattern = table_pattern(ctx.lang, key)
    if pattern is None:
        return None
    # a verb in two parts holds its object («nahmen sie die Hauptstadt ein»): read from its first word on
    first = re.match(r"\S+", trig.surface)
    lo = trig.start + (first.end() if first else 0)
    found = pattern.search(ctx.text, lo, min(max(nxt, trig.end), ctx.sentence.end))
    if found is None:
        return None
    gap = ctx.text[trig.end:found.start()] if found.start() >= trig.end else ""
    # (round 37, cap37) a side's name between a capture noun and its object is the noun's subject
    # («سيطرة هيئة تحرير الشام على العاصمة»): its words are not counted
    kept = list(gap)
    for a in ctx.actors:
        if trig.end <= a.start and a.end <= found.start():
            kept[a.start - trig.end:a.end - trig.end] = " " * (a.end - a.start)
    counted = "".join(kept)
    if (_CAPITAL_GAP_STOP.search(gap) or len(words_of(counted)) > CAPITAL_GAP_WORDS
            or any(trig.end <= m.start < found.start() for m in ctx.places)):
        return None
    return found


def named_capital(ctx: SentenceContext) -> list[Any]:
    """The article's own mention of Syria's capital (feature code PPLC), as a one-place list, or
    ``[]`` when the article never names it: "the capital" is resolved to it, never guessed
    (:func:`capital_object`, :func:`capital_before`)."""
    capital = next((m for m in ctx.all_places if (getattr(m, "feature_code", None) or "").upper() == "PPLC"
                    and (getattr(m, "country_code", None) or "") == "SY"), None)
    return [capital] if capital is not None else []


def capital_object(ctx: SentenceContext, trig: TriggerHit, nxt: int) -> list[Any]:
    """The Syrian capital, when a capture or loss verb's object is "the capital" with no name (the
    table's ``capital_anaphor``: "the rebels entered the capital", « prendre la capitale », «سيطرة
    قوات المعارضة على العاصمة السورية»), as the article names it elsewhere (its mention of the
    country's capital, feature code PPLC); ``[]`` otherwise.

    Why (round 16, ctl16): news of 8 December calls Damascus "the capital" once it has named it;
    the geoparser finds no place in the common noun, so the capture of Damascus told that way was
    missed. Only a few words after the verb (its day, "control of"), no other place between, and
    only when the article itself names Syria's capital: the anaphor is resolved, never guessed."""
    if anaphor_object_noun(ctx, trig, nxt, "capital_anaphor") is None:
        return []
    return named_capital(ctx)


def capital_before(ctx: SentenceContext, trig: TriggerHit, prev_end: int) -> list[Any]:
    """The Syrian capital, when a verb closing its clause (:func:`closing_verb`) has "the capital"
    with no name (the table's ``capital_anaphor``) as its object before it: a few words between
    at most (its day, "completely"), no stop, comma or place between, as the article names the
    capital elsewhere (:func:`capital_object`); ``[]`` otherwise.

    Why (round 37, cap37): German tells a capture with the participle or the relative clause's verb
    last («haben die syrische Hauptstadt eingenommen», «eine Offensive, die die Hauptstadt eroberte»);
    the object before the verb was read only as a named town, so "the capital" there was missed while
    the same capture told with a finite verb first («nahmen die Hauptstadt ein») was read."""
    return named_capital(ctx) if capital_noun_before(ctx, trig, prev_end) else []


def capital_noun_before(ctx: SentenceContext, trig: TriggerHit, prev_end: int) -> bool:
    """Whether "the capital" with no name (the table's ``capital_anaphor``) stands right before
    ``trig`` as its object: a few words between at most, no stop, comma or place between
    (:func:`capital_before`, which resolves it)."""
    pattern = table_pattern(ctx.lang, "capital_anaphor")
    if pattern is None:
        return False
    lo = max(prev_end, ctx.sentence.start)
    found = [m for m in pattern.finditer(ctx.text, lo, trig.start)]
    if not found:
        return False
    noun = found[-1]
    gap = ctx.text[noun.end():trig.start]
    return not (_CAPITAL_GAP_STOP.search(gap) or "," in gap or len(words_of(gap)) > CAPITAL_GAP_WORDS
                or any(noun.start() <= m.start < trig.start for m in ctx.places))


def country_object(text: str, trig: TriggerHit, final: bool, lang: str | None) -> bool:
    """Whether a capture verb's object is the country or power, named right after the verb (the
    table's ``country_object_after``: "seized power", "took over the country", "the rebel takeover
    of the country") or, for a verb closing its clause, right before it (``country_object_before``:
    «nachdem die Rebellen das Land erobert hatten»).

    Why (round 40, cc40): with no town after it, the verb took the town named before it as a
    passive's subject ("Israeli troops entered the buffer zone in the Golan Heights after the rebel
    takeover of the country": the Golan Heights given to the rebels in a dR article; "celebrations
    in Aleppo after the rebels seized power": Aleppo taken on the story's day). The object slot
    held no town: the verb took none, as after "took control of the areas"."""
    after = table_pattern(lang, "country_object_after")
    if after is not None and after.match(text, trig.end):
        return True
    before = table_pattern(lang, "country_object_before") if final else None
    return before is not None and before.search(text, max(0, trig.start - 40), trig.start) is not None


def pronoun_blocked(ctx: SentenceContext, trig: TriggerHit, nxt: int) -> bool:
    """Whether a capture verb's object is the pronoun "it" (the table's ``pronoun_object_word``) and
    a noun it may name instead of a town (the table's ``pronoun_antecedent_blocker``: an embassy, a
    base, an airport, a prison) stands right before the last town named before the verb (the noun
    that town locates) or between that town and the verb.

    Why (round 36, anaph36): "HTS surrounded the embassy in Damascus and stormed it" read the town
    before the verb as the verb's subject slot, a capture of Damascus; "it" names the last thing
    named, and the town is it only when nothing else that can be captured stands by it."""
    if anaphor_object_noun(ctx, trig, nxt, "pronoun_object_word") is None:
        return False
    blocker = table_pattern(ctx.lang, "pronoun_antecedent_blocker")
    towns = [m for m in ctx.all_places if m.end <= trig.start and _populated_place(m)]
    if blocker is None or not towns:
        return False
    last = max(towns, key=lambda m: m.start)
    return blocker.search(ctx.text, max(0, last.start - LOCATOR_REACH), trig.start) is not None


#: How many sentence stops may stand between a town and "the city" that names it again: the
#: previous sentence's at most (:func:`town_anaphor_object`).
TOWN_ANAPHOR_STOPS = 1


#: How far before a place or an anaphor noun (characters) a locator word is read ("near", «ضواحي»).
LOCATOR_REACH = 40


def town_anaphor_object(ctx: SentenceContext, trig: TriggerHit, nxt: int,
                        key: str = "town_anaphor_object") -> list[Any]:
    """The town a capture verb's object "the city" / "the town" names again (the table's
    ``town_anaphor_object``: "the rebels who captured the city", « ont pris la ville »), with no name of
    its own after it: the last Syrian town named before the verb in its sentence or, with none
    there, in the sentence before (a city, town or village: :func:`_populated_place`); ``[]``
    otherwise. The sentence before only when this one has a date phrase of its own: "The army
    retreated from Ariha on Thursday. Fighters entered the town shortly afterwards" tells one
    change, dated by the first sentence, and the second gave it a copy of the article's day. Not
    after another control verb of the sentence: the town is that verb's object, and "the city"
    retells its change (« a repris Morek trois jours après que les rebelles
    se sont emparés de la ville »).

    Why (round 21, ctl21b): "the rebels who captured the city" after "... in Damascus", "attacked
    the Tal Rifaat area and took the town": the geoparser finds no place in the common noun, so
    the capture was missed, as "the capital" was before :func:`capital_object`. Only a few words
    after the verb (its day, "control of"), no place between, and never when a place follows the
    noun ("the city of Hama" names it)."""
    found = anaphor_object_noun(ctx, trig, nxt, key)
    if found is None or any(0 <= m.start - found.end() <= 2 for m in ctx.all_places):
        return []
    if town_of_the_part(ctx, trig) is not None:
        return []  # "seized parts of the city": part of the town (:func:`town_of_the_part`)
    locator = rules_for(ctx.lang).locator
    if locator is not None and locator.search(ctx.text, max(trig.end, found.start() - LOCATOR_REACH), found.start()):
        # (round 35, clause35ar) "seized positions near the city", «توغلت في ضواحي المدينة»: a
        # locator word right before the noun says where, as before a name ("near Hama" is no
        # capture of Hama); the noun read as the town gave it a change on a push into its suburbs
        return []
    named = [m for m in ctx.all_places if m.end <= trig.start and _populated_place(m)
             and (getattr(m, "country_code", None) or "SY") == "SY"
             and len(re.findall(r"[.!?]", ctx.text[m.end:ctx.sentence.start])) <= (
                 TOWN_ANAPHOR_STOPS if ctx.dates else 0)]
    if not named:
        return []
    last = max(named, key=lambda m: m.start)
    if any(t is not trig and t.kind == "control_change" and t.start < trig.start for t in ctx.triggers):
        return []  # « a repris Morek trois jours après que les rebelles se sont emparés de la ville »: told already
    return [last]


#: How far before a control verb (characters) its subject "the town" may start, and how far into
#: the verb's words (after its first word) it may stand where the subject follows the verb.
TOWN_SUBJECT_REACH = 60


def town_anaphor_subject(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The town a fall or loss names again as its subject "the town" (the table's
    ``town_anaphor_subject_before``, read on the words from the sentence's start to the verb: "The
    town fell to HTS on Friday", « La ville est tombée vendredi », «La ciudad cayó el viernes», «Die
    Stadt fiel»; or ``town_anaphor_subject_after``, read from the verb's second word on where the
    subject follows the verb: «وسقطت المدينة بيد الهيئة», «وخرجت المدينة عن سيطرة النظام», «Am
    Freitag fiel die Stadt»): the last Syrian city, town or village named before it, in this
    sentence or the one before (:func:`_populated_place`); ``[]`` otherwise, and when a place
    follows the noun ("the city of Hama" names it).

    Why (round 36, anaph36): news tells a town's fall in two sentences, the town named in the first
    (its siege, the push to its edges) and "the town fell" in the second; the geoparser finds no
    place in the common noun, so the fall was missed. Only the noun at its clause's start (a
    conjunction or an adverb before it at most) or right after the verb: "fighters entering the town
    took control" has another subject."""
    lo = max(ctx.sentence.start, trig.start - TOWN_SUBJECT_REACH)
    found = None
    before = table_pattern(ctx.lang, "town_anaphor_subject_before")
    if before is not None:
        head = ctx.text[lo:trig.start]
        if ctx.text[ctx.sentence.start:lo].strip() == "":
            found_here = before.search(head)
            if found_here is not None:
                found = (lo + found_here.start(), lo + found_here.end())
    after = table_pattern(ctx.lang, "town_anaphor_subject_after")
    if found is None and after is not None:
        first = re.match(r"\S+", trig.surface)
        start = trig.start + (first.end() if first else 0)
        found_here = after.match(ctx.text[start:min(ctx.sentence.end, start + TOWN_SUBJECT_REACH)])
        if found_here is not None:
            found = (start + found_here.start(), start + found_here.end())
    if found is None:
        return []
    noun_start, noun_end = found
    if any(noun_start <= m.start < noun_end + 3 for m in ctx.all_places):
        return []  # "the city of Hama", «مدينة حماة»: the noun names its town
    named = [m for m in ctx.all_places if m.end <= noun_start and _populated_place(m)
             and (getattr(m, "country_code", None) or "SY") == "SY"
             and len(re.findall(r"[.!?]", ctx.text[m.end:ctx.sentence.start])) <= TOWN_ANAPHOR_STOPS]
    if not named:
        return []
    return [max(named, key=lambda m: m.start)]


#: Roles whose verb takes a direct object (:func:`own_object`): not "fell into their hands".
OBJECT_ROLES = ("take", "lose", "retake")


def own_object(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a capture or loss verb is followed by its own object opened by a possessive (the
    table's ``own_object``: "abandoned their positions", « ont abandonné jeudi leurs positions »,
    «abandonaron el jueves sus posiciones», «räumten am Donnerstag ihre Stellungen»).

    Why: a transitive verb's direct object is the noun phrase right after it; when that is "their
    positions", the town named before the subject ("In Hama, troops abandoned their positions")
    only says where, it is no subject of a passive or of "fell". Read as the place lost, it made
    a change of the town on real news (round 14: the Golan Heights, "after Syrian soldiers had
    abandoned their positions")."""
    if trig.role not in OBJECT_ROLES:
        return False
    pattern = table_pattern(ctx.lang, "own_object")
    return pattern is not None and pattern.match(ctx.text, trig.end, ctx.sentence.end) is not None


#: How far after a capture verb (characters) an object that is no place may end (:func:`zone_object`).
NOT_TAKEN_REACH = 80


def zone_object(ctx: SentenceContext, trig: TriggerHit, rules: LanguageRules) -> bool:
    """Whether a capture verb's object is no place that changes hands (the table's
    ``not_taken_objects``: "captured the demilitarised buffer zone in the Golan Heights", "took
    control of the Golan Heights buffer zone", « s'emparant de la zone tampon »): the words name it
    a few words after the verb, with no place between them but the one naming the zone itself.

    Why: an army entering a buffer zone took no town; the Golan Heights changed hands on the map
    on real news. The incursion is the ``buffer_zone`` event's. Not "seized Quneitra near the
    buffer zone": Quneitra, before other words, is the object.
    """
    if rules.not_taken_object is None:
        return False
    m = rules.not_taken_object.match(ctx.text, trig.end, min(ctx.sentence.end, trig.end + NOT_TAKEN_REACH))
    if m is None:
        return False
    zone = m.start(1)
    return not any(trig.end <= p.start and p.end <= zone and ctx.text[p.end:zone].strip() for p in ctx.places)


def controller_camp(controller: str | None) -> str:
    """The government, the Kurdish-led SDF, or the opposition (every other armed side): who fought
    whom in this war, so that "from" is never an ally of "to"."""
    if controller == GOVERNMENT:
        return "government"
    if controller == "SDF":
        return "sdf"
    return "opposition"



def returning_without_side(trig: TriggerHit, actors: Sequence[ActorMention], to: str | None,
                           reasons: Sequence[str], lang: str | None) -> bool:
    """Whether a verb of return (the table's ``return_verb`` on the trigger's words: "returned to",
    "were back in", « sont revenues à », «regresaron a», «kehrten ... zurück», «عادت ... إلى») has no
    armed side named as who came back: unknown or guessed, or only a person ("Assad returned to
    Damascus"). Such a return is no change: families, officials and the displaced come back too.

    Why (round 34, rev34b): "Syrian troops returned to Morek on Thursday, two days after HTS seized
    it" had no verb of its own, and the capture of the clause took the story's day, a change
    reversed on that day; read as a capture of its subject, the return needs that subject to be a
    side that fights."""
    pattern = table_pattern(lang, "return_verb")
    if trig.role != "take" or pattern is None or not pattern.search(trig.surface):
        # (the "back" rows' "returned to government control" name their taker: not read here)
        return False
    if to is None or "taker_guessed" in reasons:
        return True
    return not any(ACTOR_CONTROLLER.get(a.name) == to and a.type != "official" for a in actors)


def direction_reasons(actors: list[ActorMention], to: str | None) -> list[str]:
    """Why a direction is not fully stated: unknown, or a taker the sentence does not name."""
    if to is None:
        return ["direction_unknown"]
    named = {ACTOR_CONTROLLER[a.name] for a in _controller_actors(actors)}
    return [] if to in named else ["taker_guessed"]


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


def _date_fields(d: DateHit) -> dict[str, Any]:
    precise = d.precision == "day"
    return {"date": d.date, "date_end": None if precise else d.date_end,
            "date_precision": d.precision, "date_phrase": d.phrase or None}


#: How far back (characters) a capture with no subject of its own looks for the side taking it.
ANAPHORA_REACH = 400
#: How many sentences of an article make its lead (the title line counts as one).
LEAD_SENTENCES = 3
#: How far (days) from the publication a lead date may be and still date the story: "the visit
#: follows a Wednesday surprise attack" in a Sunday story dates the attack, not the story's quotes.
LEAD_MAX_AGE_DAYS = 3
#: How many lead sentences telling news with no day of their own, before the first one with a
#: day, make that day a recounted earlier one, not the story's (:func:`article_date`).
LEAD_NEWS_BEFORE = 2
#: (Round 35, ctx35) How far (days) before the publication the date of a lead sentence other than the
#: first may be and still date the story (:func:`article_date`): the day before, as the round-19
#: ruling reads a lead; an older day there is background to the undated opening.
LATER_LEAD_AGE_DAYS = 1
#: The stops that close a sentence of the lead's news (a title line has none).
_OPENING_STOPS = ".!?؟…»\"”"
#: An undated control change is dated as a range from the days before the article's date up to its
#: publication (:func:`_held_by`): the days it may have happened on (the control model places it at
#: the range's end: held *by* then).
INFERRED_CONTROL_DAYS = 6


def article_date(sentences: Sequence[Sentence], dates: Sequence[DateHit],
                 published: Any, text: str | None = None, lang: str | None = None,
                 triggers: Sequence[Sequence[TriggerHit]] | None = None) -> tuple[DateHit, str] | None:
    """The date an undated report of the article takes, and its basis ("lead", "story" or
    "published"). ``triggers``: each sentence's :func:`find_triggers`, when the caller has them
    (:func:`extract_events` scans every sentence anyway); found here otherwise.

    Why: most of a story's statements and many of its captures carry no date phrase of their own
    ("the army said it was redeploying"); they belong to the story's main event, which its lead
    dates explicitly, or the day the article keeps naming (:func:`story_day`), or, in a
    present-tense report, the day of publication. A lead date far from the publication (a photo
    caption's «Aufnahme vom 28. März 2015») is no story's date, and neither is its dateline
    (:func:`dateline_date`, when ``text`` is given): the day it was filed, not its news's. Nor is a
    day named inside a quotation (round 13): «"Last night we moved troops into Syria," said the
    chief of staff» is the speaker's last night, told from the day he spoke, not the story's day.
    Nor (round 29, ev29date; with ``lang``) is the day of a lead sentence about the past, one the
    language's ``background`` table reads so (a pluperfect: "The rebels had captured Aleppo on
    Saturday", «وكانت قد سيطرت ... أمس السبت», « avaient pris Alep samedi »): it dates the earlier
    news, and the undated words before it are the story's own day. (Round 32, stm32b) Nor is the
    day of a lead sentence of words said before, a verb of saying in the pluperfect (the table's
    ``pluperfect_report``: "the army had announced on Monday evening", «وكان الجيش قد أعلن مساء
    الاثنين», « l'armée avait annoncé lundi », «había anunciado el lunes», «hatte am Montag
    erklärt»), which the background table leaves out so that the words themselves keep their day.
    (Round 35, date35; with ``lang``) Nor is a day before the publication named only after
    :data:`LEAD_NEWS_BEFORE` lead sentences that tell news with no day of their own ("Rebels have
    entered Deir ez-Zor, their spokesman said. Hundreds of soldiers surrendered, he said. Government
    forces had pulled out on Friday"): the story opened on its own day's news, and the later day is
    an earlier step recounted; it dated the opening news two days early. One undated sentence
    before a day is still a lead waiting for its day ("The UN envoy warned of grave implications.
    He spoke on Sunday in Geneva").
    (Round 35, ctx35) Nor is a day older than the day before publication named only by a lead
    sentence after an undated one that closes with a stop (:data:`LATER_LEAD_AGE_DAYS`; a title line has
    no stop and opens nothing): "Turkey's foreign minister warned
    against attacks on civilians. Clashes broke out near Hama on Friday" in a Sunday story opens on
    Sunday's undated news and recalls Friday's fighting; the round-19 ruling lets a lead recalling an
    older day date no other paragraph. Sentence by sentence the opening took the publication day, in
    the article the Friday of its third sentence (a spokesman's announcement and what he added). The
    first sentence's own day still dates the story up to :data:`LEAD_MAX_AGE_DAYS` (a late copy
    opening on its news's day).
    """
    background = rules_for(lang).background if lang is not None else None
    told_before = table_pattern(lang, "pluperfect_report") if lang is not None else None
    relative_past = table_pattern(lang, "lead_relative_past") if lang is not None else None
    lead = sentences[:LEAD_SENTENCES]
    told = 0  # lead sentences before this one that told news of their own with no day (:data:`LEAD_NEWS_BEFORE`)
    for n, s in enumerate(lead):
        # (round 35, ctx35) an undated sentence of the lead already opened the story (a title line,
        # with no closing stop, opens none): a later sentence's day dates it only if of the day before
        opened = any(p.text.rstrip()[-1:] in _OPENING_STOPS for p in lead[:n])
        oldest = LATER_LEAD_AGE_DAYS if opened else LEAD_MAX_AGE_DAYS
        if lang is not None and any(told_today(p, lang) for p in lead[:n]):
            break  # (round 35, ctx35) the undated opening is the publication day's news
        if background is not None and background.search(former_names_masked(s.text, lang)):
            continue
        if relative_past is not None and relative_past.search(s.text):
            # (round 33, cc33ar2) «استعاد السيطرة على قرى، كانت قد سيطرت عليها الفصائل أمس السبت»: the
            # day is the relative clause's past (the background row leaves the clause out so that the
            # main verb is news), not the story's
            continue
        if told_before is not None and told_before.search(s.text):
            # (round 32, stm32b) «وكان الجيش قد أعلن مساء الاثنين», "the army had announced on Monday":
            # words told as said before the story's news date those words, not the story
            continue
        quotes = quote_spans(text, s.start, s.end) if text is not None else []
        days = [d for d in dates if within(s, d.start, d.end) and d.precision == "day"
                and not (text is not None and dateline_date(d, text))
                and (quoted(quotes, d.start, d.end) is None or d.date == published)
                and not (text is not None and since_clause_date(d, text, s))
                and (published is None or d.date is None
                     or -LEAD_MAX_AGE_DAYS <= (published - d.date).days <= oldest)]
        if lang is not None and published is not None:
            days = [d for d in days if not launch_recalled(s, d, published, lang)]
        if days:
            d = days[0]
            if told >= LEAD_NEWS_BEFORE and published is not None and d.date is not None and d.date < published:
                # (round 35, date35) the story opened on undated news: the earlier day is recounted
                break
            return DateHit(d.phrase, -1, -1, lead_day(d), None, "day"), "lead"
        if lang is not None and (triggers[n] if triggers is not None else find_triggers(s, lang)):
            told += 1
    if published is not None:
        story = story_day(sentences, dates, published)
        if story is not None:
            return story, STORY_DATE
        return DateHit("", -1, -1, published, None, "day"), "published"
    return None


def told_today(sentence: Sentence, lang: str) -> bool:
    """(Round 35, ctx35) Whether an undated sentence opening the article tells its news as the
    publication day's: closed by a stop (a title line is not the opening), in the present perfect
    where that tense tells the day's news (the table's ``news_perfect``, English and Spanish: "the
    rebels have made sweeping advances", "troops have pushed back attacks", «los rebeldes han
    tomado»). French and German use their perfect as the past, and Arabic has no such tense: no row.
    A statement verb in the present («la France appelle») opens no such story: tried on the
    development half, it took a later lead sentence's day before publication from the past-tense
    statements the round-19 ruling dates by it.

    Why: "Government troops have repelled rebel attacks north of Hama. A commander said the army had
    begun a counter-offensive on the evening of 2 December" in a 3 December story opens on the day's
    news; the day of its second sentence dated every undated report of the article (the troops'
    account, the monitor's report of heavy fighting, forces moving towards a town), which the gold
    and the sentences read alone date by the publication. The round-19 ruling dates a present or
    present-perfect report by the publication; the lead's later sentence recalls an earlier step.
    """
    if sentence.text.rstrip()[-1:] not in _OPENING_STOPS:
        return False
    perfect = table_pattern(lang, "news_perfect")
    return perfect is not None and perfect.search(sentence.text) is not None


#: How many days before the publication a lead's launch day must be to be recalled, not the story's
#: day (:func:`launch_recalled`): a story of the day after the launch tells the launch's day itself.
LAUNCH_RECALL_DAYS = 2


def launch_recalled(sentence: Sentence, d: DateHit, published: Any, lang: str) -> bool:
    """(Round 34, date34) Whether a lead's date phrase is the day of an offensive's launch told two
    days or more before the publication: the trigger nearest to the phrase in its sentence is a
    launch ("the rebels launched their offensive on Wednesday", « l'offensive lancée mercredi »,
    «أطلقت الفصائل فجر الأربعاء عملية», «la ofensiva iniciada el miércoles», «die am Mittwoch
    gestartete Offensive»).

    Why: a Friday story that opens on Friday's news with no day of its own ("the factions announced
    they held the whole western countryside") and recalls in its next lines the Wednesday launch
    dated the news by the launch: the lead's Wednesday is background, the story's own day is found
    as if the lead named none (:func:`story_day`, else the publication).
    """
    if d.date is None or (published - d.date).days < LAUNCH_RECALL_DAYS:
        return False
    triggers = find_triggers(sentence, lang)
    if not triggers:
        return False
    # a launch's words may hold its day («أطلقت المعارضة فجر الأربعاء عملية»): a gap of none
    near = min(triggers, key=lambda t: max(d.start - t.end, t.start - d.end, 0))
    return near.role in LAUNCH_ROLES


#: How long (characters) the words of a clause opened by "since" may run before its date
#: (:func:`since_clause_date`): a noun phrase ("the fall of the Assad government"), not a paragraph.
SINCE_CLAUSE_REACH = 120


def since_clause_date(d: DateHit, text: str, sentence: Sentence) -> bool:
    """(Round 29, ev29stm) Whether a date phrase ends a clause that a "since" word opens, however
    many words stand between them ("Since the fall of Assad on Sunday, Israel has carried out 300
    strikes", « Depuis la chute d'Assad dimanche », «Desde la caída del régimen de Bashar al Assad
    este domingo», «Seit dem Sturz Assads am Sonntag»): the day a count starts from, not the day of
    the story's news.

    Why: :data:`timeline.lexicon.SINCE_WORDS` reads "since" up to two words before the date; a
    longer noun phrase between them left the date usable, and as the lead's date it dated the
    article's undated past-tense words (a Tuesday story's "Israel said it was trying to keep the
    weapons from the wrong hands" and the UN envoy's call were Sunday's; the development gold has
    them on the day of publication). Only the lead's date (:func:`article_date`) is read so: a day
    inside such a clause still dates what its own sentence tells.
    """
    breaks = list(CLAUSE_BREAK.finditer(text, sentence.start, d.start))
    lo = breaks[-1].end() if breaks else sentence.start
    return d.start - lo <= SINCE_CLAUSE_REACH and SINCE_OPENED.match(text, lo, d.start) is not None


def lead_day(d: DateHit) -> Any:
    """The day a lead's date phrase gives the story: its day, or for a night named by its evening
    and the morning after (« Dans la nuit de samedi à dimanche, les rebelles sont entrés dans Damas
    », «ليلة السبت الأحد», «in der Nacht zum Sonntag») the morning's.

    Why (round 22, evt22a): the night's own events keep the evening's day (the night ruling of
    data/corpus/README.md dates them from the evening to the morning), but the report the lead opens
    is the morning's: the past-tense words it goes on with ("the Kremlin confirmed", "the prime
    minister said") were said that morning, as the development gold dates them (fr-0a58327318: the
    statements of a Sunday lead on the night of Saturday to Sunday are Sunday's). Read as the
    evening's, they were all a day early."""
    return d.morning or d.date


#: How far into an article (characters) its dateline may end: after a title line at most.
DATELINE_REACH = 400
_DATELINE_HEAD = re.compile(r"(?:[^\W\d_][\w'’.-]*(?:\s*\[[^\]\n]{1,30}\])?[\s,،]+){1,5}$")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—:]|\n|$)")


def dateline_date(d: Any, text: str) -> bool:
    """Whether a date phrase is the article's dateline ("New York, 10 December 2024 (dpa) —",
    "Damascus [Syria], December 2:", "BEIRUT, Dec 2 (AFP)"): a written date after a place name at
    the start of a line near the top, before the agency or the dash that opens the story.

    Why: the dateline is the day the story was filed, not the day of its news: "New York, 10
    December 2024 (dpa) — The Security Council met on Monday" is Monday's meeting, and the lead
    that dates the story's undated reports is the news's day ("on Sunday" in its next sentence),
    not the filing day (:func:`article_date`, :func:`sentence_dates`).
    """
    if d.start < 0 or d.start > DATELINE_REACH or not any(ch.isdigit() for ch in d.phrase):
        return False
    line = text.rfind("\n", 0, d.start) + 1
    return (_DATELINE_HEAD.match(text, line, d.start) is not None
            and _DATELINE_TAIL.match(text, d.end) is not None)


def sentence_dates(s_dates: list[DateHit], text: str) -> list[DateHit]:
    """A sentence's dates without its dateline's when it names another day (:func:`dateline_date`):
    "New York, 10 December 2024 (dpa) — The Security Council met on Monday" is Monday's meeting.
    A sentence whose only date is the dateline keeps it (the filing day is its best guess)."""
    if len(s_dates) < 2:
        return s_dates
    kept = [d for d in s_dates if not dateline_date(d, text)]
    return kept if any(d.precision == "day" for d in kept) else s_dates


#: How old (days before the publication) a date inside a describing relative clause must be to be
#: that clause's alone (:func:`describing_clause_dates`): a recent day may still date the news.
DESCRIBED_PAST_DAYS = 365
_CLAUSE_END = re.compile(r"[,;:،؛()]|\s[-–—]\s")


@cache
def _describing_pronoun(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``describing_pronouns``: the words opening a relative clause that describes what
    comes before it ("who", « qui », «quien», «, der», «الذي»), not a reported clause's "that"."""
    rows = table_rows(lang, "describing_pronouns")
    return re.compile("|".join(f"(?:{r})" for r in rows)) if rows else None


#: How far (characters) a strike's verb may stand before the capture verb of the relative clause
#: that describes its object (:func:`relative_claimed_strikes`).
CLAIMED_STRIKE_REACH = 120


def relative_claimed_strikes(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                             rules: LanguageRules) -> list[TriggerHit]:
    """Undated strikes whose object is described by an object relative clause right after them, a
    clause whose capture verb took the sentence's date ("warplanes bombed Qabtan al-Jabal, which the
    rebels took this morning", «قصفت الطائرات بلدة قبتان الجبل التي سيطرت عليها الفصائل صباح اليوم»).

    Why (round 32, dip32): each date goes to its nearest verb and strikes share no date, so the
    clause's day went to the capture and the strike, left undated in a sentence with a date phrase,
    made no event. The day belongs to the clause; the strike is told as the news of the report, so
    it is dated as an undated sentence is (the caller's fallback), flagged as inferred.
    """
    pattern = rules.object_relative
    if pattern is None:
        return []
    out = []
    for t in triggers:
        if t.kind != "strike" or t in dated:
            continue
        for c in triggers:
            if c.kind != "control_change" or c not in dated or not 0 < c.start - t.end <= CLAIMED_STRIKE_REACH:
                continue
            gap = text[t.end:c.start]
            if re.search(r"[.;:!?]", gap):
                continue
            pronoun = next((i for i in range(len(gap)) if (i == 0 or not gap[i - 1].isalnum())
                            and pattern.match(text[t.end + i:c.end + CLAIMED_STRIKE_REACH])), None)
            d = dated[c]
            if pronoun is not None and d.start >= t.end + pronoun:
                out.append(t)
                break
    return out


def describing_clause_dates(sentence: Sentence, dates: Sequence[DateHit], triggers: Sequence[TriggerHit],
                            text: str, lang: str | None, published: Any) -> list[DateHit]:
    """The sentence's dates that stand in a relative clause describing a person or a thing ("a
    statue of Hafez al-Assad, who ruled from 1971 until his death in 2000", « Hafez, qui a dirigé la
    Syrie jusqu'à sa mort en 2000 », «حافظ الأسد الذي حكم حتى وفاته عام 2000») when that clause
    holds no event verb of its own and the date is long past (:data:`DESCRIBED_PAST_DAYS`).

    Why (round 14, mix14b): such a date belongs to its clause (a life, a reign, a founding); it
    dated the sentence's main verb instead, and a statue toppled on Sunday was dated 2000 and
    dropped as history. The clause runs from its pronoun to the next comma or the sentence's
    end. A clause with an event verb ("Erdogan, who met Assad in 2010") keeps its date for it.
    Only the sentence's usable dates are given (:func:`timeline.sentences.usable_dates`): a "since"
    point in such a clause ("the conflict, which has ravaged the country since 2011") still marks
    the sentence as history.
    """
    pronoun = _describing_pronoun(lang)
    if pronoun is None or published is None:
        return []
    found: list[DateHit] = []
    for m in pronoun.finditer(text, sentence.start, sentence.end):
        end = _CLAUSE_END.search(text, m.end(), sentence.end)
        hi = end.start() if end is not None else sentence.end
        if any(m.start() <= t.start < hi for t in triggers):
            continue
        found += [d for d in dates if m.end() <= d.start and d.end <= hi and d.date is not None
                  and (published - (d.date_end or d.date)).days > DESCRIBED_PAST_DAYS]
    return found




def described_diplomacy_dates(sentence: Sentence, dates: Sequence[DateHit], triggers: Sequence[TriggerHit],
                              dated: dict[TriggerHit, DateHit], text: str,
                              lang: str | None, published: Any) -> dict[TriggerHit, DateHit]:
    """Dates for the undated call, meeting or visit of a relative clause describing a person, from a
    date phrase inside that clause ("Araghchi, who visited Damascus in October, said on Friday ...",
    « Araghchi, qui s'était rendu à Damas en octobre, a affirmé vendredi », «Araghchi, que visitó
    Damasco en octubre, afirmó el viernes», "Blinken, who visited Ankara on Thursday, arrived in
    Baghdad on Friday").

    Why (round 31, ev31dip): each date goes to its nearest verb (:func:`timeline.sentences.assign_dates`)
    and the clause's date stands nearer the main verb after the comma than the clause's own verb, so
    the main verb kept its finer day and the clause's visit, left undated, was told as the main
    verb's day: an October visit became a visit on Friday, and Thursday's visit of Ankara one with
    Friday's arrival in Baghdad. The clause runs from its pronoun (the table's
    ``describing_pronouns``) to the next comma or the sentence's end; only a clause that holds one
    diplomatic verb and no other verb, and a date phrase after it older than
    :data:`BACKGROUND_DIPLOMACY_DAYS` (the trip is then an old one, kept with its own date): a recent
    day there ("who visited Ankara on Thursday") is left to the sentence's dating, which tells the
    trip with the main verb's."""
    pronoun = _describing_pronoun(lang)
    out: dict[TriggerHit, DateHit] = {}
    if pronoun is None or published is None:
        return out
    for m in pronoun.finditer(text, sentence.start, sentence.end):
        end = _CLAUSE_END.search(text, m.end(), sentence.end)
        hi = end.start() if end is not None else sentence.end
        inside = [t for t in triggers if m.start() <= t.start < hi]
        if len(inside) != 1 or inside[0].kind not in DIPLOMACY_KINDS or inside[0] in dated:
            continue
        own = [d for d in dates if inside[0].end <= d.start and d.end <= hi and d.date is not None
               and (published - (d.date_end or d.date)).days > BACKGROUND_DIPLOMACY_DAYS]
        if own:
            out[inside[0]] = own[0]
            continue
        # (round 31, ev31dip2) a recent day in the clause, which the main verb after it took, while a
        # day of its own stands after that verb, given to none ("Blinken, who visited Ankara on
        # Thursday, arrived in Baghdad on Friday"): each verb its day, two trips
        recent = [d for d in dates if inside[0].end <= d.start and d.end <= hi and d.date is not None]
        mains = [t for t in triggers if t.start >= hi and t.kind in DIPLOMACY_KINDS and recent
                 and dated.get(t) is recent[0]]
        taken = {id(d) for d in dated.values()}
        later = [d for d in dates if mains and d.start >= mains[0].end and d.date is not None and id(d) not in taken]
        if mains and later:
            out[inside[0]], out[mains[0]] = recent[0], later[0]
        elif recent and id(recent[0]) not in taken:
            # "Araghchi, who met Fidan in Ankara on Monday, said on Friday": the clause's day, unused
            out[inside[0]] = recent[0]
    return out


#: ``date_inferred`` of a report dated by the day its article keeps naming (:func:`story_day`),
#: beside "lead" and "published".
STORY_DATE = STORY_DAY
#: How many sentences must name a day before the publication for it to be the story's day.
STORY_DAY_SENTENCES = 2


def story_day(sentences: Sequence[Sentence], dates: Sequence[DateHit], published: Any) -> DateHit | None:
    """The story's day when its lead names none: the day of the last :data:`LEAD_MAX_AGE_DAYS`
    before the publication that most of the article's sentences name, when at least
    :data:`STORY_DAY_SENTENCES` do and more of them than name the publication day.

    Why: a Monday story about Sunday's fall of Damascus («Voici le fil du 8 décembre», «dimanche
    soir», «s'est dit prêt dimanche») often opens with reactions and no date ("France welcomed
    the fall of the regime"): those were Sunday's words, not Monday's. A day named once is too
    little: "On December 8, agencies cited a source ..." in a story of Monday's words is background.
    """
    named: dict[Any, set[int]] = {}
    for i, s in enumerate(sentences):
        for d in dates:
            if (d.precision == "day" and d.date is not None and within(s, d.start, d.end)
                    and 0 <= (published - d.date).days <= LEAD_MAX_AGE_DAYS):
                named.setdefault(d.date, set()).add(i)
    if not named:
        return None
    best = max(named, key=lambda day: (len(named[day]), day))
    if (best == published or len(named[best]) < STORY_DAY_SENTENCES
            or len(named[best]) <= len(named.get(published, ()))):
        return None
    first = next(d for d in dates if d.date == best and d.precision == "day")
    return DateHit(first.phrase, -1, -1, best, None, "day")


#: How far before a capture (characters) a "the day after" phrase may stand (:func:`day_before`).
DAY_AFTER_REACH = 45


def day_before(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> DateHit:
    """The date of a capture named after "the day after" («غداة سيطرتها على حماة», « au lendemain
    de la prise de Hama »): the day before its sentence's date, which is the day the sentence
    reports (the advance on Homs), not the capture's."""
    rules = rules_for(ctx.lang)
    if (rules.day_after is None or d.date is None or d.precision != "day"
            or not rules.day_after.search(ctx.text[max(ctx.sentence.start, trig.start - DAY_AFTER_REACH):trig.start])):
        return d
    return DateHit(d.phrase, d.start, d.end, d.date - timedelta(days=1), None, "day")


def after_day_after(text: str, trig: TriggerHit, rules: LanguageRules) -> bool:
    """Whether a trigger is the noun right after "the day after" (the table's ``day_after``, « au
    lendemain de frappes », «غداة غارات»), in the phrase's own clause (no comma between them)."""
    if rules.day_after is None:
        return False
    m = rules.day_after.search(text, max(0, trig.start - DAY_AFTER_REACH), trig.start)
    return m is not None and not CLAUSE_BREAK.search(text, m.end(), trig.start)


def day_after_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                    rules: LanguageRules) -> dict[TriggerHit, DateHit]:
    """Dates for undated strikes and fighting named right after "the day after" (the table's
    ``day_after``): the day before the date of the sentence's next dated military verb.

    Why (round 15, dat15): « Au lendemain de frappes meurtrières à Alep et Idlib, les avions russes
    ont mené hier de nouveaux raids », "a day after air strikes on Idlib, troops shelled Hama on
    Tuesday", «غداة غارات على إدلب، قصفت القوات حماة الثلاثاء»: the phrase says the first raids were
    the day before the day the sentence names, as :func:`day_before` says of a capture. Undated
    (strikes share no date, :data:`SHARING_KINDS`), they were lost or told as that day's raid. The
    noun must follow the phrase in its own clause (no comma between): "the day after the fall of
    Damascus, jets struck Latakia on Monday" is Monday's strike.
    """
    if rules.day_after is None:
        return {}
    hosts = [(t, d) for t, d in dated.items() if t.family == "military" and d.precision == "day" and d.date is not None]
    out: dict[TriggerHit, DateHit] = {}
    for t in triggers:
        if (t in dated or t.family != "military" or t.kind not in ("strike", "other")
                or not after_day_after(text, t, rules)):
            continue
        later = [(h, d) for h, d in hosts if h.start >= t.end]
        if not later:
            continue
        d = min(later, key=lambda hd: hd[0].start)[1]
        out[t] = DateHit(d.phrase, d.start, d.end, d.date - timedelta(days=1), None, "day")
    return out


#: How far from a strike verb (characters) a night word may stand (:func:`night_before`), and how
#: close to the night word a date phrase names the night itself ("Thursday night", «ليل الخميس»).
NIGHT_REACH = 60
NIGHT_DATE_REACH = 8


def night_word(ctx: SentenceContext, trig: TriggerHit, dates: Sequence[DateHit] = ()) -> re.Match[str] | None:
    """The night word of a strike's clause ("overnight", « dans la nuit »), if one stands near it
    and outside a date phrase («dans la nuit de dimanche à lundi» is the date itself)."""
    rules = rules_for(ctx.lang)
    if rules.overnight is None:
        return None
    lo, hi = max(ctx.sentence.start, trig.start - NIGHT_REACH), min(ctx.sentence.end, trig.end + NIGHT_REACH)
    for m in rules.overnight.finditer(ctx.text, lo, hi):
        if not any(d.start <= m.start() < d.end for d in dates if d.start >= 0):
            return m
    return None


def night_before(ctx: SentenceContext, trig: TriggerHit, d: DateHit, dates: Sequence[DateHit] = ()) -> DateHit:
    """A strike's date, the day before its sentence's date when it struck overnight.

    Why: "Heavy overnight air strikes pushed the rebels back from Hama, both sides said on
    Wednesday", « des frappes ont repoussé dans la nuit ... ont déclaré mercredi », «قصفت الطائرات
    ليلاً» with a Wednesday in their sentence report strikes of the night before: the day the
    sentence names is the report's. A date phrase right next to the night word names the night itself
    ("on Thursday night", «el viernes por la noche»): it is kept. So is the article's date given to
    an undated sentence, its publication day or (round 13) its lead's day: its "overnight" is the
    night that ended on the day the story tells ("overnight" in a 30 November report is the 30th's).
    """
    m = night_word(ctx, trig, dates)
    if m is None or d.date is None or d.precision != "day" or d.start < 0:
        return d
    if d.start >= 0 and gap(d.start, d.end, m.start(), m.end()) <= NIGHT_DATE_REACH and not CLAUSE_BREAK.search(
            ctx.text, min(d.end, m.end()), max(d.start, m.start())):
        return d
    return DateHit(d.phrase, d.start, d.end, d.date - timedelta(days=1), None, "day")


def night_strike_dates(ctx: SentenceContext, triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                       dates: Sequence[DateHit]) -> dict[TriggerHit, DateHit]:
    """Dates for a sentence's undated overnight strikes: its reporting verb's date ("overnight
    strikes drove the rebels back, both sides said on Wednesday"), which :func:`night_before`
    then puts the night before. Other strikes share no date (:data:`SHARING_KINDS`)."""
    reporting = [t for t in dated if t.kind == "statement"]
    if not reporting:
        return {}
    return {t: dated[min(reporting, key=lambda r: gap(r.start, r.end, t.start, t.end))] for t in triggers
            if t.kind == "strike" and t not in dated and night_word(ctx, t, dates) is not None}


#: How many days before the day it is told against a capture in an "after" clause may have happened
#: (:func:`control_reach`): two weeks, where an undated report of the news reaches
#: :data:`INFERRED_CONTROL_DAYS`.
BACKGROUND_CONTROL_DAYS = 13


def control_reach(text: str, lo: int, trig: TriggerHit, rules: LanguageRules, hi: int | None = None) -> int:
    """How many days before its anchor an undated capture's range starts: :data:`BACKGROUND_CONTROL_DAYS`
    in an "after" clause (the table's ``circumstance``) or in a sentence that says how long the
    campaign took (:func:`campaign_span`, up to ``hi``, the sentence's end), :data:`INFERRED_CONTROL_DAYS` otherwise.

    Why: "fighting went on after the factions took Aleppo", « après avoir pris Alep, les rebelles
    sont entrés dans Homs », «بعد سيطرة الفصائل على حلب», « nachdem die Rebellen Aleppo eingenommen
    hatten » tell the capture as the background of the sentence's news: it came before, with no
    bound on how long before. Stories kept telling the capture of Aleppo that way for a week and
    more; a range of the last six days put it after the day it fell. The control model places a
    change at its range's end, which does not move.
    """
    if after_clause_start(text, lo, trig, rules.circumstance) is not None:
        return BACKGROUND_CONTROL_DAYS
    # (round 30, ev30cc) "Besides seizing Aleppo, ...", «Además de capturar Alepo, ...»: what the side
    # had done besides the news is told as background too
    if after_clause_start(text, lo, trig, table_pattern(rules.language, "addition_opening")) is not None:
        return BACKGROUND_CONTROL_DAYS
    if hi is not None and campaign_span(text, lo, hi, rules.language):
        return BACKGROUND_CONTROL_DAYS
    return INFERRED_CONTROL_DAYS


def report_range(event: Event, published: Any, first_day: Callable[[Any], Any]) -> Event:
    """An undated event of the days before its report as a range, week precision: from
    ``first_day(told)``, ``told`` being its inferred day (the lead's), the publication's at the
    latest (round 14: a lead may name a day after it), to :func:`_held_by` (the publication).

    Why one function (round 16, dat16): an undated capture (:func:`background_start`) and an
    undated entry or tally (:func:`held_entry_range`) each computed the told day and the range's end
    in a copy of the same lines; only the first day differs.
    """
    told = min(event.date, published) if published is not None else event.date
    return replace(event, date=first_day(told), date_end=_held_by(event.date, published), date_precision="week")


def background_start(told: Any, reach: int, background: bool = False) -> Any:
    """The first day of an undated capture's range, ``reach`` days (:func:`control_reach`) before
    ``told`` (the article's date); for a capture told as background (:data:`BACKGROUND_CONTROL_DAYS`,
    or ``background``: a bare pluperfect, :func:`timeline.control_dates.period_background_triggers`),
    the offensive's launch when that is earlier.

    Round 16 (dat16): the one mechanism for the "launch to publication" range; the pluperfect's
    range used to be moved to the launch by a second function after this one (identical outputs).

    Why (round 15, ctl15b): the corpus ruling dates a capture of the period told as background
    ("after the rebels took Aleppo", "in a twelve-day offensive the rebels took city after city",
    «بعد سيطرة الفصائل على حلب») from the launch (27 November) to the publication. Counted two weeks
    back from a story of mid-December, the range began after the capture it recalls. Only the range's
    start moves: its end, where the control model places the change, stays the publication.
    Any other undated capture told on or after the launch starts no earlier than the launch.
    """
    start = told - timedelta(days=reach)
    if background or reach >= BACKGROUND_CONTROL_DAYS:
        # (told before the launch: the start is before it too, and min keeps it)
        return min(start, WINDOW_START)
    # (round 34, lead) an undated capture reported after the launch happened after it: six days
    # before a story of 29 November began on the 23rd, before the offensive (the corpus ruling:
    # nothing of it happened before the launch), and put the change's first day out of the window
    # (``Event.in_window``). Only the start moves; the end, where the map places it, stays.
    return max(start, WINDOW_START) if told >= WINDOW_START else start


def background_range(d: DateHit) -> DateHit:
    """A capture told as the background of ``d``'s day: the days up to it, from the offensive's
    launch when that is earlier (:func:`background_start`), week precision; the phrase and its
    position stay ``d``'s. The one reading of every "before the main clause" capture (an "after"
    clause, a relative clause on an opposition side, a clause of addition, the words of an "after"
    clause)."""
    return DateHit(d.phrase, d.start, d.end, background_start(d.date, BACKGROUND_CONTROL_DAYS), d.date, "week")


def campaign_span(text: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether ``text[lo:hi]`` (a sentence) says how long the campaign took: the table's
    ``campaign_span`` ("within a week", « en moins d'une semaine », «في أقل من أسبوع», «en poco más
    de una semana», «in weniger als einer Woche», "a week-long offensive").

    Why (round 14): such a phrase measures the campaign, not the day of a capture: "in less than a
    week the rebels took Aleppo and Hama" recaps gains spread over that span and told days after
    them (the writers round it: "a week" for the eight to twelve days since 27 November). Dated as
    the last :data:`INFERRED_CONTROL_DAYS` before the article's date, Aleppo's capture of 29 November
    fell out of the range of five development articles (en, fr, es, de, ar). Like a capture in an
    "after" clause it is dated as the days up to the article's date from :data:`BACKGROUND_CONTROL_DAYS`
    back; the range's end, where the control model places it, does not move.
    """
    pattern = table_pattern(lang, "campaign_span")
    return pattern is not None and pattern.search(text, lo, hi) is not None


def before_main_clause(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> DateHit | None:
    """The days before a main clause's date, for a capture in an "after" clause before it.

    Why: in « Après s'être emparés de la majeure partie d'Alep, les rebelles sont arrivés mardi aux
    portes de Hama » or "After seizing Morek, HTS pushed on towards Hama on Thursday" Tuesday and
    Thursday date the main clause; the capture came before, on a day the sentence does not name.
    So is a date standing before the "after" word («يزور عراقجي سوريا غداً الأحد، بعد سيطرة الفصائل
    على حلب», "entered Hama on Thursday after seizing Morek"). Like an undated capture in an "after"
    clause (:func:`control_reach`), it is dated as the days up to that date: it happened by then.
    ``None`` when the date is the capture's own ("after taking Morek on Thursday, ...").
    """
    opening = after_clause_start(ctx.text, ctx.sentence.start, trig, rules_for(ctx.lang).circumstance)
    if opening is None:
        # (round 31, ev31cc) "Besides capturing Aleppo, rebels rose up in Suweida on Friday": a
        # capture in a clause of addition opening the sentence (the table's ``addition_opening``)
        # came before the main clause's day as one in an "after" clause did; read as that day, the
        # capture of Aleppo of a week before was dated on the uprising's day
        opening = addition_opening(ctx.text, ctx.sentence.start, trig, ctx.lang)
    if opening is None and trig.role in CAPTURE_ROLES:
        # (round 31, ev31cc2) "Since the rebels' capture of Hama, thousands have fled on Thursday",
        # « Depuis la prise de Hama », «منذ سيطرة الفصائل على حماة»: a "since" clause (the table's
        # ``since_opening``) tells the capture as the background of the main clause's day, as an
        # "after" clause does; it took that day itself
        opening = after_clause_start(ctx.text, ctx.sentence.start, trig, table_pattern(ctx.lang, "since_opening"))
    if opening is None or d.date is None or d.precision != "day" or d.start < 0:
        return None
    if clause_offset(ctx.text, opening, ctx.lang) is not None:
        return None  # (round 16, aft16) "two days after ...": :func:`offset_clause_dates` gave its day
    later = d.start >= trig.end and CLAUSE_BREAK.search(ctx.text, trig.end, d.start) is not None
    earlier = d.end <= opening
    if not (later or earlier):
        return None
    # (round 15) from the offensive's launch when that is earlier (:func:`background_start`)
    return background_range(d)


def addition_opening(text: str, lo: int, trig: TriggerHit, lang: str | None) -> int | None:
    """Where a clause of addition ("Besides capturing Aleppo, ...", «Además de tomar Alepo, ...»,
    the table's ``addition_opening``) holding ``trig`` opens, when it opens the sentence (from
    ``lo``); else ``None``."""
    addition = table_pattern(lang, "addition_opening") if lang else None
    opening = after_clause_start(text, lo, trig, addition) if addition is not None else None
    if opening is None or text[lo:opening].strip(" \t\n\"«“"):
        return None
    return opening


#: Roles of a main clause's change that an "after" clause's earlier capture of its place came before
#: (:func:`earlier_holder_clause`): a capture, not a loss ("Kurds fled Tel Rifaat after rebels seized
#: it" tells one change, whose taker the clause names).
MAIN_TAKE_ROLES = frozenset({"take", "retake", "fall", "back", "hand"})


def earlier_holder_clause(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a capture told in an "after" clause with no date of its own names the place that the
    sentence's main clause tells taken (:data:`MAIN_TAKE_ROLES`), resumed by a pronoun (the place is
    named before the clause opens): the clause says who held it before that change.

    Why (round 23, rev23fres): «استعاد مقاتلو الفصائل يوم الخميس السيطرة على سراقب بعد أن سيطر
    عليها الجيش» (the factions retook Saraqib after the army had taken it) gave Saraqib to the army
    too, dated as the days up to Thursday (:func:`before_main_clause`), the day the factions retook
    it: the map could show the army as its last taker (a reversed change). The army's capture may
    be years old (Saraqib, 2020); the text gives it no day, only the holder the main change undid.
    A clause with a date of its own ("after the rebels had seized it on 2 December") keeps its change.
    """
    if trig.kind != "control_change" or trig.role not in CAPTURE_ROLES:
        return False
    circumstance = rules_for(ctx.lang).circumstance
    opening = after_clause_start(ctx.text, ctx.sentence.start, trig, circumstance)
    if opening is None or any(opening <= d.start < ctx.sentence.end for d in ctx.dates if d.start >= 0):
        return False
    named = captured_places(ctx, trig)
    if not named or any(m.start >= opening for m in named):
        return False  # the clause names a place of its own («بعد سيطرة الفصائل على حلب»): a capture told
    own = {(p.geonameid or p.name) for p in _unique_places(named)}
    for u in ctx.triggers:
        if (u is trig or u.kind != "control_change" or u.role not in MAIN_TAKE_ROLES
                or not ctx.sentence.start <= u.start < ctx.sentence.end
                or after_clause_start(ctx.text, ctx.sentence.start, u, circumstance) is not None):
            continue
        if own & {(p.geonameid or p.name) for p in _unique_places(captured_places(ctx, u))}:
            return True
    return False


def after_clause_strike(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> DateHit | None:
    """The days before a main clause's date, for a strike told in an "after" clause with no date of
    its own: by the clause's span ("hours after": that day or the one before; "two days after": two
    days before), else from the offensive's launch up to that day, as a capture's (:func:`before_main_clause`).

    Why (round 18, oth18): in "Warships burned in Latakia port on Tuesday, hours after Israeli air
    and naval strikes", «اشتعلت النيران ... في ميناء اللاذقية الثلاثاء، بعد ساعات على ضربات جوية»,
    Tuesday is the fire's; the strikes, the sentence's only trigger, took it and were told on
    Tuesday instead of the Monday night the article gives them. ``None`` when the date is the
    strike's own ("after strikes on Tuesday"), and when the clause's word is not one of time "after"
    (the table's ``anchor_after``): "killed on Monday in Russian strikes", «مقتل 11 مدنياً الإثنين
    جراء غارات» (as a result of), "amid strikes" tell the strikes' own day.
    """
    opening = after_clause_start(ctx.text, ctx.sentence.start, trig, rules_for(ctx.lang).circumstance)
    if opening is None or d.date is None or d.precision != "day" or d.start < 0 or d.end > opening:
        return None
    after = table_pattern(ctx.lang, "anchor_after")
    word = after.search(ctx.text, opening, trig.start) if after is not None else None
    if word is None or word.start() - opening > 1:
        return None  # "killed on Monday in strikes", «جراء غارات», "amid strikes": the strikes' own day
    offset = clause_offset(ctx.text, opening, ctx.lang)
    if offset is None:
        return background_range(d)
    first = d.date - timedelta(days=offset.days)
    if offset.less:
        return DateHit(d.phrase, d.start, d.end, first, d.date, "week")
    return DateHit(d.phrase, d.start, d.end, first, first, "day")


#: The spans of days (fewer than this) that date a launch of an "after" clause
#: (:func:`after_clause_launch`): "a week after they had launched their offensive" is a round figure
#: for the offensive told as background, not a day counted back.
LAUNCH_SPAN_DAYS = 7


def after_clause_launch(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> DateHit:
    """The date of a launch told in an "after" clause with a span, when the sentence's day stands
    before the clause: that span before the day, day precision ("On Saturday the rebels announced an
    operation, two days after launching an attack", «أعلنت المعارضة السبت عن بدء عملية ... بعد
    يومين من شنها هجوماً», «dos días después de haber lanzado un ataque»); ``d`` itself otherwise
    (no span read: "after launching an offensive" keeps the day as before).

    Why (round 34, oth34b): the main clause's day went to the launch of the clause too, a launch on
    the day of the later operation, as :func:`after_clause_strike` moves a strike of such a clause.
    Only with a span: dropping the day of a launch told "after" with no span (to leave it to
    :func:`background_launches`) cost two events on development half B: an assault told "after"
    may be of the main clause's own day.
    """
    opening = after_clause_start(ctx.text, ctx.sentence.start, trig, rules_for(ctx.lang).circumstance)
    if opening is None or d.date is None or d.start < 0 or d.end > opening or d.precision != "day":
        return d
    after = table_pattern(ctx.lang, "anchor_after")
    word = after.search(ctx.text, opening, trig.start) if after is not None else None
    if word is None or word.start() - opening > 1:
        return d  # "during the offensive", "amid an assault": no "after" clause
    offset = clause_offset(ctx.text, opening, ctx.lang)
    if offset is None or offset.less or offset.days >= LAUNCH_SPAN_DAYS:
        return d  # "after launching an offensive": no span read, the day stays as it was
    first = d.date - timedelta(days=offset.days)
    return DateHit(d.phrase, d.start, d.end, first, first, "day")


@dataclass(frozen=True)
class ClauseOffset:
    """How long after an "after" clause's event its main clause's came (:func:`clause_offset`):
    ``days`` (hours rounded to whole days), ``less`` for "less than N" (a range up to that day),
    and where the phrase starts and the "after" word opens the clause."""

    days: int
    less: bool
    start: int
    opening: int


@cache
def _offset_patterns(lang: str | None) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...],
                                                 dict[str, str]]:
    """The table's ``offset_before_after`` (ending where the "after" word starts: "two days after",
    « deux jours après », «zwei Tage nachdem») and ``offset_after_word`` (opened by it: «بعد يومين
    من»), each row compiled alone (their group names repeat), and ``offset_numbers`` ("word=value")."""
    language = table_language(lang)
    before = tuple(re.compile(r, re.IGNORECASE) for r in table_rows(language, "offset_before_after"))
    opened = tuple(re.compile(r, re.IGNORECASE) for r in table_rows(language, "offset_after_word"))
    return before, opened, offset_numbers(lang)


#: Days in an offset's unit; a count of hours is rounded to whole days ("48 hours" is two).
_UNIT_DAYS = {"days": 1, "hours": 1 / 24, "weeks": 7}
_UNIT_LETTER = {"d": "days", "h": "hours", "w": "weeks"}


def _offset_of(m: re.Match[str], numbers: dict[str, str], opening: int, start: int) -> ClauseOffset | None:
    """The :class:`ClauseOffset` a matched offset phrase names, ``None`` for a count it cannot read.
    Hours with no count ("hours after", « quelques heures après », «بعد ساعات من») are less than a
    day: the same day or the next (a range)."""
    word = (m.groupdict().get("n") or "").strip()
    if not word and m.groupdict().get("hours"):
        return ClauseOffset(1, True, start, opening)  # "hours after": that day or the next
    value = word if word.isdigit() else numbers.get(word.lower(), numbers.get(word))
    if value is None:
        return None
    unit = next((u for u in _UNIT_DAYS if u in m.groupdict() and m.group(u)), None)
    if value[-1:] in _UNIT_LETTER:  # «يومين»: the dual names its unit
        value, unit = value[:-1], _UNIT_LETTER[value[-1]]
    if unit is None or not value.isdigit():
        return None
    days = round(int(value) * _UNIT_DAYS[unit])
    less = bool(m.groupdict().get("less"))
    return ClauseOffset(days, less, start, opening)


def clause_offset(text: str, opening: int, lang: str | None) -> ClauseOffset | None:
    """The span an "after" clause opening at ``opening`` is told with, if any: "less than two days
    after", « deux jours après que », «dos días después de que», «zwei Tage, nachdem», «بعد يومين من».

    Why (round 16, aft16): the span ties the two clauses' days together. "The army retook Safira
    less than two days after the rebels seized it on 2 December": 2 December is the rebels' capture
    (the date stands in the clause), the army's came by the 4th; "the rebels took Safira on 2
    December, two days after they entered Maarat al-Numan": the entry was on 30 November."""
    before, opened, numbers = _offset_patterns(lang)
    head = text[max(0, opening - 40):opening]
    for p in before:
        m = p.search(head)
        if m is not None:
            return _offset_of(m, numbers, opening, opening - len(head) + m.start())
    for p in opened:
        m = p.match(text, opening)
        if m is not None:
            return _offset_of(m, numbers, opening, opening)
    return None


def offset_clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                        rules: LanguageRules, until: Any = None) -> dict[TriggerHit, DateHit]:
    """Dates for a main clause's capture and the capture of its "after" clause when a span links them
    (:func:`clause_offset`): a date in the clause dates the clause's event, and the main verb the
    span after it; a date of the main clause dates it, and the clause's event the span before it.
    "Less than" a span makes the day a range (up to the span's end, or from its start). Only the
    dates so derived are returned (the verb with the date phrase keeps it), and their events are
    marked ``date_inferred`` (the sentence's date, moved). With no span,
    a capture of the main clause whose only date stands in its "after" clause ("the army left Homs
    after the rebels took Hama on 5 December") came that day or later: the days from it up to
    ``until`` (the article's date).

    Why (round 16, aft16): each date goes to its nearest verb, so in "the army retook Safira less
    than two days after the rebels had seized it on 2 December" the rebels' day was the army's too
    (or the army's verb went undated and was lost), and the recapture sat on the day of the capture
    it reversed; in "the rebels took Safira on 2 December, two days after they entered Maarat" the
    entry was told as the two weeks up to 2 December instead of 30 November. Only control changes
    on both sides: a launch or a strike in such a clause shares no date (:data:`SHARING_KINDS`), and
    dating one made a second launch on development text.
    """
    if rules.circumstance is None:
        return {}
    out: dict[TriggerHit, DateHit] = {}
    for t in triggers:
        opening = after_clause_start(text, 0, t, rules.circumstance) if t.kind == "control_change" else None
        if opening is None or history_clause(text, t, rules.circumstance, rules.long_after):
            continue  # (only captures: a launch or a strike in the clause shares no date, SHARING_KINDS)
        span = clause_offset(text, opening, rules.language)
        lead = span.start if span is not None else opening
        main = [u for u in triggers if u is not t and u.end <= lead
                and after_clause_start(text, 0, u, rules.circumstance) is None]
        if not main:  # "Two days after seizing Morek, the rebels took Hama on Thursday"
            main = [u for u in triggers
                    if u.start >= t.end and after_clause_start(text, 0, u, rules.circumstance) is None]
            host = min(main, key=lambda u: u.start) if main else None
        else:
            host = max(main, key=lambda u: u.end)
        if host is None or host.kind != "control_change":
            continue
        own, told = dated.get(t), dated.get(host)
        inside = own is not None and own.start >= opening and own.precision == "day" and own.date is not None
        if span is None:
            if inside and told is None and until is not None and until >= own.date:
                # "the army left Homs after the rebels took Hama on 5 December": by the article's date
                out[host] = DateHit(own.phrase, own.start, own.end, own.date, until, "week")
            continue
        if inside and (told is None or told == own):
            day = own.date + timedelta(days=span.days)
            # "less than two days after the rebels seized it on 2 December": by the 4th, after the 2nd
            first = own.date + timedelta(days=1 if span.days >= 2 else 0)
            out[host] = (DateHit(own.phrase, own.start, own.end, first, day, "week") if span.less
                         else DateHit(own.phrase, own.start, own.end, day, None, "day"))
        elif (told is not None and told.start >= 0 and (told.end <= span.start or told.start >= t.end)
              and told.precision == "day" and told.date is not None and (own is None or own == told)
              and not (rules.day_after is not None and rules.day_after.search(text, span.start, t.start))):
            day = told.date - timedelta(days=span.days)
            out[t] = (DateHit(told.phrase, told.start, told.end, day, told.date, "week") if span.less
                      else DateHit(told.phrase, told.start, told.end, day, None, "day"))
    return out


def offset_launch_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                        rules: LanguageRules) -> dict[TriggerHit, DateHit]:
    """The main clause's day for an undated launch in an "after" clause told with a span ("two days
    after launching an attack", «بعد يومين من شنها هجوماً», «dos días después de lanzar»): the date
    of the nearest dated verb before the clause, which :func:`after_clause_launch` moves back by the
    span.

    Why (round 34, oth34b): each date goes to its nearest verb, and a launch shares none
    (:data:`SHARING_KINDS`); with another launch verb in the main clause («أعلنت المعارضة السبت عن
    بدء عملية ... بعد يومين من شنها هجوماً») the day went to that one, and the earlier attack the
    span dates was left undated: the 27 November launch told as background, not the day the text
    counts back to.
    """
    if rules.circumstance is None:
        return {}
    out: dict[TriggerHit, DateHit] = {}
    for t in triggers:
        if t.role != "offensive" or t in dated:
            continue
        opening = after_clause_start(text, 0, t, rules.circumstance)
        span = clause_offset(text, opening, rules.language) if opening is not None else None
        if span is None or span.less or span.days >= LAUNCH_SPAN_DAYS:
            continue
        main = [(u, d) for u, d in dated.items() if u.end <= span.start and d.end <= span.start
                and d.start >= 0 and d.date is not None and d.precision == "day"]
        if main:
            out[t] = max(main, key=lambda ud: ud[0].end)[1]
    return out


#: Right before a sentence's first word: the text's start, or a sentence stop, a line break or a
#: closing quote, then only spaces (and an opening quote).
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n\"»”])[\s\"«“]*$")


def opening_clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                         rules: LanguageRules, shared: Collection[TriggerHit] = (),
                         actors: Sequence[ActorMention] = (), lang: str | None = None) -> dict[TriggerHit, DateHit]:
    """Dates for undated captures in an "after" clause that opens the sentence, before a main
    clause's capture of a named day: the days up to that day.

    Why: in "After seizing Morek, the rebels took Hama on Thursday", « Après s'être emparés de
    Morek, les rebelles ont pris Hama jeudi », «بعد سيطرتها على مورك، دخلت الفصائل حماة يوم الخميس»
    or « Nach der Eroberung von Morek nahmen die Rebellen am Donnerstag Hama ein » the day goes to
    the main verb; the capture before it got none in a dated sentence and was dropped. It happened
    by that day, as one in an "after" clause following its main verb does (:func:`main_clause_dates`,
    :func:`before_main_clause`): a range of :data:`BACKGROUND_CONTROL_DAYS` up to it. Not history
    ("eight years after the army retook Aleppo, ..."), and only a main clause that is itself a
    change of control of a named day: "after taking Aleppo, Erdogan said on Thursday" dates words.
    A capture given the sentence's only date (``shared``, :func:`shared_dates`) takes the range too.

    (round 30, ev30cc) A main capture dated by its reporting verb ("After taking Aleppo, the rebels
    said on Thursday they had taken Daraa", « Après avoir pris Alep, les rebelles ont affirmé jeudi
    avoir pris Deraa », «Tras tomar Alepo, los rebeldes afirmaron el jueves haber tomado Deraa»)
    dates the opening clause's as a capture of its own day does, when the opening clause names no
    side of its own (an infinitive, a gerund or a noun: its taker is the speaking subject's): "after
    the army retook Aleppo, officials said ..." may be history and tells another side's deed.
    """
    if rules.circumstance is None:
        return {}
    out: dict[TriggerHit, DateHit] = {}
    # (round 30, ev30cc) "In addition to capturing Aleppo, the rebels said on Thursday ...": a
    # clause of what the side did besides the news opens the sentence as an "after" clause does
    addition = table_pattern(lang, "addition_opening") if lang else None
    for t in triggers:
        # (round 33, bg33) "Four days after Aleppo, the rebels took Hama on Thursday": the comparison's
        # "after" is itself the trigger of the town named after it (a fall, no side named)
        compared = t.role == "contest" and rules.circumstance.fullmatch(t.surface) is not None
        if (t.kind != "control_change" or (t.role not in CAPTURE_ROLES and not compared)
                or (t in dated and t not in shared)
                or history_clause(text, t, rules.circumstance, rules.long_after)):
            continue
        opening = t.start if compared else after_clause_start(text, 0, t, rules.circumstance)
        if opening is None:
            opening = after_clause_start(text, 0, t, addition) if addition is not None else None
            if opening is None or _SENTENCE_OPEN.search(text, 0, opening) is None:
                continue  # an addition clause only at the sentence's start
        # (round 30, ev30cc) a main capture dated by its reporting verb ("After taking Aleppo, the
        # rebels said on Thursday they had taken Daraa", shared) dates the opening clause's too,
        # when that clause names no side of its own
        subjectless = not any(opening <= a.start < t.start for a in actors)
        main = [(u, d) for u, d in dated.items()
                if (u.kind == "control_change" and (u not in shared or (subjectless and u.role in CAPTURE_ROLES))
                    or (u.kind == "statement" and subjectless and u not in shared
                        and armed_speaker_between(actors, t.end, max(u.start, d.start))))
                and u.start >= t.end and d.start >= t.end
                and d.precision == "day" and d.date is not None
                and after_clause_start(text, 0, u, rules.circumstance) is None]
        if not main:
            main = talks_after_capture(t, opening, dated, text, actors)
        if main:
            d = min(main, key=lambda ud: ud[0].start)[1]
            out[t] = DateHit(d.phrase, d.start, d.end, d.date - timedelta(days=BACKGROUND_CONTROL_DAYS), d.date, "week")
    return out


def talks_after_capture(t: TriggerHit, opening: int, dated: dict[TriggerHit, DateHit], text: str,
                        actors: Sequence[ActorMention]) -> list[tuple[TriggerHit, DateHit]]:
    """The dated meetings or calls of a main clause after an opening "after" clause whose capture
    names its own side (a taker or an agent within the clause: "After the rebels seized Aleppo",
    "After the capture of Aleppo by the rebels", « Après la prise d'Alep par les rebelles », «بعد
    سيطرة الفصائل على حلب») or is a fall ("After the fall of Hama"): the capture happened by the
    talks' day, as one told after the talks ("met Assad on Thursday, days after the rebels seized
    Aleppo", :func:`main_clause_dates`) is dated.

    Why (round 33, bg33): the opening clause's capture was dated only by a main capture or an armed
    side's words, so "After the capture of Aleppo by the rebels, Assad met the Iranian minister on
    Thursday" dropped it in a dated sentence. A clause naming no side ("after taking Aleppo, Erdogan
    met ...") tells no one's deed and stays out."""
    close = CLAUSE_BREAK.search(text, t.end)
    end = close.start() if close else len(text)
    sided = t.role == "fall" or any(opening <= a.start and a.end <= end for a in _controller_actors(list(actors)))
    if not sided:
        return []
    return [(u, d) for u, d in dated.items()
            if u.kind in ("meeting", "call") and u.start >= end and d.start >= end
            and d.precision == "day" and d.date is not None]


def armed_speaker_between(actors: Sequence[ActorMention], lo: int, hi: int) -> bool:
    """Whether an armed side (a controller actor) is named between ``lo`` and ``hi``: the subject
    of a main clause after an opening "after" clause, before its verb of saying or, verb-second
    («Nach der Einnahme von Hama erklärten die Rebellen am Donnerstag»), before the verb's day.

    Why (round 32, cc32eu2): "After capturing Hama, the insurgents said on Thursday they were
    advancing on Homs", « Après avoir pris Hama, les insurgés ont affirmé jeudi ... », «Tras tomar
    Hama, los insurgentes dijeron el jueves ...»: the opening clause with no side of its own is the
    speaking side's capture, by the words' day; dated only by a capture of the main clause, it was
    dropped when the main verb was one of saying. Not a speaker who is no armed side ("after taking
    Aleppo, Erdogan said"): whose capture it was is not told."""
    return any(lo <= a.start and a.end <= hi for a in _controller_actors(list(actors)))


def opening_before_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                         opener: re.Pattern[str] | None) -> dict[TriggerHit, DateHit]:
    """Dates for the undated captures of a main clause after a "before" clause that opens the
    sentence with a capture of a named day: the days up to that day.

    Why (round 32, cc32eu2): in "Before storming Damascus on Sunday, the rebels took Homs"
    (« Avant d'entrer dimanche dans Damas, les rebelles ont pris Homs », «Antes de entrar el domingo
    en Damasco, los rebeldes tomaron Homs») the day goes to the verb of the "before" clause and the
    main clause's capture, left undated in a dated sentence, was dropped. "Before" says it came by
    that day: a range of :data:`BACKGROUND_CONTROL_DAYS` up to it, as an "after" clause's capture is
    dated by a main clause (:func:`opening_clause_dates`). The "before" word must open the sentence
    and a comma must close its clause before the main capture."""
    out: dict[TriggerHit, DateHit] = {}
    if opener is None:
        return out
    for t in triggers:
        d = dated.get(t)
        if t.kind != "control_change" or d is None or d.precision != "day" or d.date is None:
            continue
        found = [m for m in opener.finditer(text, max(0, t.start - 40), t.start)
                 if CLAUSE_BREAK.search(text, m.end(), t.start) is None]
        if not found or _SENTENCE_OPEN.search(text, 0, found[-1].start()) is None:
            continue
        for u in triggers:
            if (u in dated or u.kind != "control_change" or u.role not in CAPTURE_ROLES or u.start < t.end
                    or not re.search(r"[,،]", text[t.end:u.start])):
                continue
            out[u] = DateHit(d.phrase, d.start, d.end, d.date - timedelta(days=BACKGROUND_CONTROL_DAYS), d.date, "week")
    return out


#: Most words between a foreign army and its capture verb (an auxiliary, a day: « a capturé dimanche »).
FOREIGN_SUBJECT_WORDS = 3
_FOREIGN_GAP_STOP = re.compile(r"[,،;:.!?()\"«»“”]")


def unopposed_sides(ctx: SentenceContext) -> list[ActorMention]:
    """The article's armed sides up to the sentence's end, but those named as the ones fought
    (:func:`timeline.control_roles.opposed_sides`: "after clashes with the army and the SDF",
    «بعد اشتباكات مع قوات النظام و"قسد"»): the sides a capture with no subject may refer back to.

    Why: a side named as the enemy is not the story's subject; in «كما أعلنت السيطرة على قرية كفين
    بعد اشتباكات مع قوات النظام و"قسد"» then «السيطرة على مطار منغ» the SDF, the only side but the
    government named before, was taken for the taker of Menagh (round 13)."""
    sides = [a for a in _controller_actors(ctx.all_actors) if a.end <= ctx.sentence.end]
    opposed = opposed_sides(ctx.text, sides, ctx.lang)
    return [a for i, a in enumerate(sides) if i not in opposed]


#: Most words of a date aside besides its date phrase ("on Thursday morning": "on", "morning").
DATE_ASIDE_WORDS = 2
_DATE_ASIDE = re.compile(r"\s*,(.*),\s*", re.S)


def _date_aside(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the text between a subject and its verb is only a date set off by commas ("the
    IDF, on Sunday afternoon, took over", « Tsahal a, jeudi, pris »): an aside that leaves the
    subject the verb's own.

    Why: news puts the day between the subject and the verb in commas; the comma alone read as a
    clause break, so the foreign army before it was no subject and its incursion became a change
    of unknown direction (round 14: Mount Hermon taken by the IDF, on real news)."""
    aside = _DATE_ASIDE.fullmatch(ctx.text, start, end)
    if aside is None:
        return False
    inner = list(ctx.text[aside.start(1):aside.end(1)])
    dated = False
    for d in ctx.dates:
        if aside.start(1) <= d.start and d.end <= aside.end(1):
            inner[d.start - aside.start(1):d.end - aside.start(1)] = " " * (d.end - d.start)
            dated = True
    rest = "".join(inner)
    return dated and not _FOREIGN_GAP_STOP.search(rest) and len(words_of(rest)) <= DATE_ASIDE_WORDS


def foreign_subject(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a capture verb's subject is a foreign state's forces ("the Israeli army seized
    Quneitra", «سيطر الجيش الإسرائيلي على», « l'armée israélienne a capturé »): the nearest actor
    before the verb in its sentence with no armed side of the war between them, or, in
    verb-subject order, the actor right after it (two words at most between), is a state other
    than Syria, and the verb names no taker of the war's sides.

    Why: a foreign army entering Syrian ground makes an incursion (the gold's ``other``), no
    change between the war's sides; read as a change of unknown direction, or, through a loss told
    after it (« abandonné par l'armée syrienne »), as a gain of the opposition, it put the Golan's
    villages and Mount Hermon on the map as changed hands (round 13)."""
    if trig.role == "fall":
        return foreign_holder_after(ctx, trig)
    if trig.role not in ("take", "hold"):
        return False
    in_sentence = [a for a in ctx.actors if within(ctx.sentence, a.start, a.end)]
    subject = verb_subject(ctx, trig, in_sentence)
    inside = [a for a in in_sentence if trig.start < a.start < trig.end]
    if subject is None and inside:
        # (round 29, ev29oth) the verb's words hold the start of its inverted subject (the German rows' «Am
        # Sonntag eroberte Israel den Gipfel»): the side inside them is the subject
        subject = inside[0]
    if subject is None or subject.type != "state" or subject.country in (None, "SY"):
        if not foreign_force_subject(ctx, trig, in_sentence):
            return False
    _, to = control_direction(trig, not_place_names(ctx.actors, ctx.all_places), ctx.text, ctx.lang, ctx.triggers)
    return to is None


def foreign_holder_after(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a fall's holder, right after its words (two words at most between), is a foreign state
    or its forces (a state of the registry other than Syria, or a demonym and a word for troops:
    :func:`timeline.control_roles.foreign_force_spans`), and the fall names no taker of the war's sides.

    Why (round 43, cc43): «باتت قرى في القنيطرة تحت سيطرة الجيش الإسرائيلي», «أصبحت القحطانية تحت سيطرة
    القوات الإسرائيلية» made changes of Quneitra of unknown direction: the fall rows («تحت سيطرة»,
    «quedaron bajo control») read the holder after them, and a foreign army holding Syrian ground is
    an incursion, no change between the war's sides (:func:`foreign_subject` reads the subject before a
    capture verb only)."""
    in_sentence = [a for a in ctx.actors if within(ctx.sentence, a.start, a.end)]
    after = [a for a in in_sentence if a.start >= trig.end]
    foreign = bool(after and _right_after(ctx, trig, after[0].start) and after[0].type == "state"
                   and after[0].country not in (None, "SY"))
    if not foreign:
        spans = foreign_force_spans(ctx.text, ctx.signals, ctx.sentence.start, ctx.sentence.end, ctx.lang,
                                    ctx.actors)
        foreign = any(s[0] >= trig.end and _right_after(ctx, trig, s[0]) for s in spans)
    if not foreign:
        return False
    _, to = control_direction(trig, not_place_names(ctx.actors, ctx.all_places), ctx.text, ctx.lang, ctx.triggers)
    return to is None


def official_subject(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a loss verb's subject is an official (a minister, an envoy, a head of state: the
    registry's ``official``), as :func:`foreign_subject` reads a subject: the nearest actor before
    the verb in its clause, or, in verb-subject order, the actor right after it.

    Why (round 29, ev29dip): « Abbas Araghchi a quitté Damas lundi pour Ankara » made a change of
    Damascus: the loss row reads « a quitté » for forces leaving a town. A person who leaves a
    place is a traveller (a visit, a flight), not a side losing it."""
    if trig.role != "lose":
        return False
    in_sentence = [a for a in ctx.actors if within(ctx.sentence, a.start, a.end)]
    subject = verb_subject(ctx, trig, in_sentence, apposition=True)
    return subject is not None and subject.type == "official"


def verb_subject(ctx: SentenceContext, trig: TriggerHit, in_sentence: list[ActorMention], *,
                 apposition: bool = False) -> ActorMention | None:
    """The subject of a control verb as :func:`foreign_subject` and :func:`official_subject` read it:
    the nearest actor of the sentence before the verb, in its clause (a date aside or a few words
    between, :func:`_subject_gap`; with ``apposition``, also a name set between commas right before
    it), or, in verb-subject order, the actor right after it (two words at most between).

    Right before the verb, in its clause: «informaron medios rusos, horas después de un avance
    rebelde que tomó Damasco» names Russia as the source, not as the taker."""
    before = [a for a in in_sentence if a.end <= trig.start]
    subject = (before[-1] if before and (_date_aside(ctx, before[-1].end, trig.start)
                                         or _subject_gap(ctx, before[-1].end, trig)
                                         or (apposition and _apposition_subject(ctx.text, before[-1], trig.start)))
               else None)
    if rules_for(ctx.lang).verb_subject:
        after = [a for a in in_sentence if a.start >= trig.end]
        if after and _right_after(ctx, trig, after[0].start):
            subject = after[0]
    return subject


def _apposition_subject(text: str, actor: ActorMention, verb_start: int) -> bool:
    """Whether a name set between commas stands right before the verb ("The Iranian minister,
    Abbas Araghchi, left"): the apposition names the subject."""
    return (re.fullmatch(r"\s*,\s*", text[actor.end:verb_start]) is not None
            and text[max(0, actor.start - 2):actor.start].strip() == ",")


def foreign_force_subject(ctx: SentenceContext, trig: TriggerHit, in_sentence: list[ActorMention]) -> bool:
    """Whether a capture verb's subject is a foreign army named by its demonym and a word for troops,
    tanks or a unit (:func:`timeline.control_roles.foreign_force_spans`: "Israeli tanks entered",
    « des soldats israéliens sont entrés », «دخلت دبابات إسرائيلية»): the last such words before the
    verb in its clause (as :func:`foreign_subject` reads an actor: no clause break and a few words
    between, and no actor between, who would be the nearer subject), or, in verb-subject order, the
    first right after it (two words at most between).

    Why: such an army is no actor of the registry, so its capture made a change of unknown
    direction where the gold has an incursion (``other``); the demonym and the noun together are
    the general sign of a foreign state's forces in all five languages."""
    spans = foreign_force_spans(ctx.text, ctx.signals, ctx.sentence.start, ctx.sentence.end, ctx.lang,
                                ctx.actors)
    if any(trig.start < s[0] < trig.end for s in spans):
        # (round 29, ev29oth) a German take row holds the inverted subject in the verb's own words, or its first word
        # («Nach neuesten Informationen eroberte die israelische Armee den Punkt des Berges Hermon»):
        # the foreign army inside them is the subject, and the move is an incursion (it was a
        # change of Mount Hermon of unknown direction)
        return True
    before = [s for s in spans if s[1] <= trig.start]
    if before:
        end = before[-1][1]
        if _subject_gap(ctx, end, trig) and not any(end <= a.start and a.end <= trig.start for a in in_sentence):
            return True
    if rules_for(ctx.lang).verb_subject:
        after = [s for s in spans if s[0] >= trig.end]
        if after and _right_after(ctx, trig, after[0][0]):
            return True
    return False


def _subject_gap(ctx: SentenceContext, end: int, trig: TriggerHit) -> bool:
    """Whether the words between a side ending at ``end`` and a capture verb leave the side the
    verb's subject (:func:`foreign_subject`, :func:`foreign_force_subject`): no clause break and
    at most :data:`FOREIGN_SUBJECT_WORDS` words."""
    gap = ctx.text[end:trig.start]
    return not _FOREIGN_GAP_STOP.search(gap) and len(words_of(gap)) <= FOREIGN_SUBJECT_WORDS


def _right_after(ctx: SentenceContext, trig: TriggerHit, start: int) -> bool:
    """Whether a side starting at ``start`` stands right after a capture verb (two words at most
    between): its subject in verb-subject order."""
    return len(words_of(ctx.text[trig.end:start])) <= 2


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


def inanimate_subject(t: TriggerHit, start: int, end: int, text: str, rules: LanguageRules,
                      actors: Sequence[ActorMention]) -> bool:
    """Whether a control verb's subject is no fighting side (the table's ``inanimate_subject``).

    Why: verbs of moving in ("swept through", "overran", « a envahi », «اجتاحت») also tell of fire,
    floods or crowds; only a side that moves in takes a place. The noun stands a few words before
    the verb with no coordinator and no named side between ("panic spread as rebels entered Hama":
    the rebels are the subject), or, where the subject may follow the verb, right after the verb's
    first word ("eroberte die Menge die Straßen": the trigger spans its object; ``start``/``end``:
    the sentence's bounds).
    """
    if t.kind != "control_change":
        return False
    before, after = rules.inanimate_subject, rules.inanimate_subject_after
    verb_end = t.start + len(text[t.start:t.end].split(maxsplit=1)[0])  # a trigger may span its object
    if after is not None and after.match(text[verb_end:min(end, verb_end + CIRCUMSTANCE_REACH)]):
        return True
    lo = max(start, t.start - CIRCUMSTANCE_REACH)
    m = before.search(text[lo:t.start]) if before is not None else None
    if m is None:
        return False
    gap_start = lo + m.start(1)
    return not (any(gap_start <= a.start and a.end <= t.start for a in actors)
                or (rules.list_joiner is not None and rules.list_joiner.search(m.group(1)) is not None))


#: How many words may stand between a first-person subject and its control verb ("Our forces also
#: managed to take", «Unsere Truppen haben die Stadt Morek zurückerobert»).
FIRST_PERSON_GAP = 4
#: How far (characters) from a quotation's marks, or before a capture in reported words, the
#: reporting verb of a side's own words may stand.
OWN_WORDS_REACH = 80
#: A stop between a side's words and its reporting verb (a comma or a colon joins them).
_OWN_WORDS_STOP = re.compile(r"[.;!?؛]")


def first_person_subject(trig: TriggerHit, text: str, lo: int, actors: Sequence[ActorMention],
                         lang: str | None) -> bool:
    """Whether a control verb's subject is the first person of the side that speaks: the table's
    ``first_person_subject`` ending the words before it ("our forces", « nos combattants »,
    «قواتنا», «nuestras fuerzas», «unsere Truppen», "we"; a few words between, no comma and no
    named side), its ``first_person_after`` right after its first word (verb-subject order:
    «سيطرت وحداتنا»), or its ``first_person_verb`` the verb's own ending («سيطرنا», «tomamos»)."""
    if trig.kind != "control_change":
        return False
    verb = table_pattern(lang, "first_person_verb")
    first = trig.surface.split(maxsplit=1)[0] if trig.surface.split() else ""
    if verb is not None and verb.fullmatch(first):
        return True
    after = table_pattern(lang, "first_person_after")
    verb_end = trig.start + len(first)
    if after is not None and re.match(rf"\s+(?:{after.pattern})(?!\w)", text[verb_end:verb_end + 40],
                                      re.IGNORECASE):
        return True
    before = table_pattern(lang, "first_person_subject")
    if before is None:
        return False
    span_lo = max(lo, trig.start - 120)
    m = re.search(rf"(?<!\w)(?:{before.pattern})(?!\w)((?:\s+[^\s,،;:.!?]+){{0,{FIRST_PERSON_GAP}}}?)\s*$",
                  text[span_lo:trig.start], re.IGNORECASE)
    if m is None:
        return False
    gap_start = span_lo + m.start(1)
    return not any(gap_start <= a.start and a.end <= trig.start and a.name in ACTOR_CONTROLLER for a in actors)


def pronoun_subject_side(ctx: SentenceContext, trig: TriggerHit) -> str | None:
    """(Round 36, subj36) The side a capture's subject pronoun stands for: the one camp the sentence
    before names ("The army massed troops near Morek. On Thursday it retook the town", « Jeudi, elle
    a repris Morek », «El jueves retomó Morek», «Am Donnerstag eroberte sie Morek zurück»); None
    when that sentence names sides of two camps (never a guess) or none, or when the words before
    the verb (its dates left out) are more than the pronoun, a word of sequence and a date's
    prepositions (the table's ``control_subject_pronoun``; the German pronoun right after its verb, the
    table's ``control_subject_pronoun_after``, matched on those words and the verb's).

    Why: a pronoun subject was never read, so a capture told in the sentence after the one naming
    its side had no direction; the story-side guess (:func:`unopposed_sides`) leaves the government
    out, so the army's recaptures told so stayed unknown in all five languages."""
    if ctx.previous is None:
        return None
    head = list(ctx.text[ctx.sentence.start:trig.start])
    for d in ctx.dates:
        for i in range(max(d.start, ctx.sentence.start), min(d.end, trig.start)):
            head[i - ctx.sentence.start] = " "
    words = "".join(head)
    before, after = (table_pattern(ctx.lang, k) for k in ("control_subject_pronoun", "control_subject_pronoun_after"))
    if not ((before is not None and before.fullmatch(words))
            or (after is not None and after.match(words + ctx.text[trig.start:ctx.sentence.end]))):
        return None
    sides = [a for a in _controller_actors(not_place_names(ctx.all_actors, ctx.all_places))
             if ctx.previous.start <= a.start and a.end <= ctx.previous.end]
    camps = {controller_camp(ACTOR_CONTROLLER[a.name]) for a in sides}
    return ACTOR_CONTROLLER[sides[0].name] if len(camps) == 1 else None


def own_words_taker(ctx: SentenceContext, trig: TriggerHit, registry: ActorRegistry) -> str | None:
    """The side whose own words tell a capture with a first-person subject
    (:func:`first_person_subject`): the speaker of the reporting verb right after the quotation
    that holds it ('"Our forces retook Morek," the army said', « », a affirmé l'armée', «"دخلت
    قواتنا سراقب"، قالت الهيئة») or right before it, or, outside quotation marks, of the reporting
    verb before it in the sentence ("the army said that our units had retaken Morek", «قالت القيادة
    إن قواتنا استعادت»); None when that speaker is no fighting side.

    Why (round 30, ev30cc3): the subject names no side, and the side named nearest is the speaker
    after the verb (read as no taker: the direction stayed unknown) or the speaker before a clause
    marker (a reporter, never a taker, but for "its forces")."""
    text, s = ctx.text, ctx.sentence
    if not first_person_subject(trig, text, s.start, ctx.actors, ctx.lang):
        return None
    said = [t for t in ctx.triggers if t.kind == "statement"]
    quote = quoted(quote_spans(text, s.start, s.end), trig.start, trig.end)
    if quote is not None:
        a, b = quote
        near = [t for t in said if 0 <= t.start - b <= OWN_WORDS_REACH and not _OWN_WORDS_STOP.search(text, b, t.start)]
        near = near or [t for t in said if 0 <= a - t.end <= OWN_WORDS_REACH]
        verb = min(near, key=lambda t: min(abs(t.start - b), abs(a - t.end)), default=None)
    else:
        verb = said_before(said, trig, text)
    return speaker_side(ctx, verb, registry)


def said_before(said: Sequence[TriggerHit], trig: TriggerHit, text: str) -> TriggerHit | None:
    """The last verb of saying of ``said`` before a control verb, within :data:`OWN_WORDS_REACH`
    and no clause stop between (:func:`own_words_taker`, :func:`own_control_holder`)."""
    return max((t for t in said if t.end <= trig.start and trig.start - t.end <= OWN_WORDS_REACH
                and not _OWN_WORDS_STOP.search(text, t.end, trig.start)), key=lambda t: t.end, default=None)


def speaker_side(ctx: SentenceContext, verb: TriggerHit | None, registry: ActorRegistry) -> str | None:
    """The controller side of the speaker of a verb of saying (``None`` for no verb, no speaker or
    a speaker who is no side)."""
    if verb is None:
        return None
    speaker = choose_speaker(verb, not_place_names(ctx.actors, ctx.all_places), registry, ctx.text, lang=ctx.lang)
    if speaker is None:
        return None
    return ACTOR_CONTROLLER.get(speaker.name) or ACTOR_CONTROLLER.get(registry.voice(speaker.name))


#: How far after a control verb's start (characters) its possessive of control may end (a verb of
#: state before it: «estaba ya bajo su control»).
OWN_CONTROL_REACH = 40


def own_control_holder(ctx: SentenceContext, trig: TriggerHit, registry: ActorRegistry) -> str | None:
    """The side holding a place told under a possessive of control (the table's
    ``own_control_possessive``: "under their control", « sous leur contrôle », «bajo su control»,
    «unter ihrer Kontrolle», «تحت سيطرتها») in the words of a side: the speaker of the verb of
    saying before it in the sentence ("the rebels said that Hama was under their control", «أعلنت
    الفصائل أن حماة باتت تحت سيطرتها»). None when no verb of saying stands before it, its speaker
    is no fighting side, or that side is the government's camp (the army saying a town is still
    under its control tells no change).

    Why (round 36, own36): the speaker stands before «que», «أن», "that", a clause marker, and is
    read as a reporter, never a taker; the possessive names it again as the holder."""
    poss = table_pattern(ctx.lang, "own_control_possessive")
    if poss is None:
        return None
    text, s = ctx.text, ctx.sentence
    found = poss.search(text, trig.start, min(s.end, trig.end + OWN_CONTROL_REACH))
    if found is None or found.start() >= trig.end:
        return None
    verb = said_before([t for t in ctx.triggers if t.kind == "statement" and s.start <= t.start], trig, text)
    side = speaker_side(ctx, verb, registry)
    if side is None or controller_camp(side) == controller_camp(GOVERNMENT):
        return None
    return side


def held_before_recapture(ctx: SentenceContext, trig: TriggerHit, holder: str | None,
                          actors: list[ActorMention]) -> bool:
    """Whether a holding told in a past tense of state (``trig``, the table's ``past_state_holding``
    at its start; its holder ``holder``) is of a place that another control verb of the sentence
    gives to another camp, taken from the holder's camp: the holding is the state
    that change ended ("Sarmin, which the army retook on Thursday, was in HTS hands", «Sarmin, que
    el ejército retomó el jueves, estaba en manos de HTS desde el lunes»).

    Why (round 31, rev31): the Spanish imperfect of holding is read as a holding told as news, and
    it took the recapture's day: the place went back to HTS on the day the army retook it (a
    reversed change, on a probe row since round 28)."""
    state = table_pattern(ctx.lang, "past_state_holding")
    if holder is None or state is None:
        return False
    if trig.role != "hold" and not state.match(strip_diacritics(trig.surface)[0]):
        # (round 31, rev31b) the verb of state just before words of holding that leave it out
        # («وكانت البلدة بيد الهيئة منذ الأحد»: the table's past_state_before)
        before = table_pattern(ctx.lang, "past_state_before")
        head = ctx.text[max(ctx.sentence.start, trig.start - 40):trig.start]
        if before is None or not before.search(strip_diacritics(head)[0]):
            return False
    held = {m.geonameid or m.name for m in captured_places(ctx, trig)}
    camp = controller_camp(holder)
    for t in ctx.triggers:
        if t is trig or t.kind != "control_change" or t.role not in ("take", "retake", "back", "fall", "hand"):
            continue
        frm, to = control_direction(t, actors, ctx.text, ctx.lang, ctx.triggers)
        if to is None or controller_camp(to) == camp or (frm is not None and controller_camp(frm) != camp):
            continue
        if held & {m.geonameid or m.name for m in captured_places(ctx, t)}:
            return True
    return False


def _control_events(ctx: SentenceContext, trig: TriggerHit, d: DateHit, registry: ActorRegistry) -> list[Event]:
    """One control change per place that changed hands ("seized A, B and C" is three changes)."""
    rules = rules_for(ctx.lang)
    if history_clause(ctx.text, trig, rules.circumstance, rules.long_after):
        return []  # "met Assad on Sunday, eight years after the army retook Aleppo": history
    if any(t.kind == "control_change" and (t is trig or (trig.role == "lose" and t.end <= trig.start))
           and foreign_subject(ctx, t) for t in ctx.triggers):
        # "the Israeli army seized X (, abandoned by the army)": an incursion, no change
        return foreign_incursion(ctx, trig, d, registry)
    if official_subject(ctx, trig):
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


#: How far before a relative pronoun (characters) the armed side it stands for may end.
RELATIVE_ANTECEDENT_REACH = 30
#: How far before a control verb (characters) the relative pronoun opening its clause may stand.
RELATIVE_VERB_REACH = 25


def _dated_main_verbs(dated: dict[TriggerHit, DateHit]) -> list[TriggerHit]:
    """The military and diplomatic verbs of a sentence dated to a day: the main verbs a capture in
    a relative clause can take its background range from."""
    return [t for t in dated if t.family in ("military", "diplomatic") and dated[t].precision == "day"
            and dated[t].date is not None]


def opposition_antecedent(actors: Sequence[ActorMention], text: str, pos: int,
                          fits: Callable[[str], bool]) -> bool:
    """Whether the side a relative pronoun at ``pos`` describes is an opposition side: the last
    side named before it whose words up to the pronoun ``fits`` allows (each reading of a relative
    clause on the opposition says how close and across what).

    A clause on the government or the SDF ("the army, which retook Aleppo") tells the war's older
    history as often as this week's, and a reversed change is worse than a missed one."""
    near = [a for a in actors if a.end <= pos and a.name in ACTOR_CONTROLLER and fits(text[a.end:pos])]
    return bool(near) and controller_camp(ACTOR_CONTROLLER[near[-1].name]) == "opposition"


def opposition_relative_captures(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                                 lo: int, actors: Sequence[ActorMention],
                                 rules: LanguageRules) -> Iterator[tuple[TriggerHit, re.Match[str]]]:
    """The undated captures (role ``take``) of a relative clause whose pronoun follows an opposition
    side closely, each with its pronoun: what :func:`relative_background_dates` and
    :func:`subject_relative_dates` date from the launch (one reading, two ways to find the day)."""
    if rules.relative is None:
        return
    for t in triggers:
        if t in dated or t.kind != "control_change" or t.role != "take":
            continue
        pronoun = rules.relative.search(text, max(lo, t.start - RELATIVE_VERB_REACH), t.start)
        if pronoun is None:
            continue
        if opposition_antecedent(actors, text, pronoun.start(), lambda gap: len(gap) <= RELATIVE_ANTECEDENT_REACH
                                 and not CLAUSE_BREAK.search(re.sub(r"[,،]", " ", gap))):
            yield t, pronoun


def relative_background_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                              lo: int, actors: Sequence[ActorMention], rules: LanguageRules,
                              phrases: Sequence[Any] = ()) -> dict[TriggerHit, DateHit]:
    """Dates for the undated captures of a relative clause on an opposition side in a dated
    sentence ("Moscow backed Assad on Monday against the insurgents, who have entered Saraqib",
    «ante la ofensiva de los rebeldes, que han entrado en Saraqib», « face aux rebelles, qui sont
    entrés dans Saraqeb »): the days from the offensive's launch to the sentence's date, week
    precision.

    Why (round 17, ctl17): the relative clause describes the side with what it did before the
    sentence's news (the corpus ruling on captures of the period told as background: from the
    launch, by the day the text gives); the date goes to the main verb (:func:`shared_dates` gives
    the clause none, rightly) and the capture, undated in a dated sentence, was dropped. Only a
    capture (role ``take``) by an opposition side named right before the pronoun: a relative
    clause on the government or the SDF ("the army, which retook Aleppo") tells the war's older
    history as often as this week's, and a reversed change is worse than a missed one. A date
    phrase of the sentence's (``phrases``) inside the clause is the clause's own time: no range is
    guessed over it."""
    out: dict[TriggerHit, DateHit] = {}
    main = _dated_main_verbs(dated)
    for t, pronoun in opposition_relative_captures(triggers, dated, text, lo, actors, rules):
        # the main verb's day, told before the clause ("backed Assad on Monday against the rebels,
        # who ..."); not a verb's after it: "The rebels, who had seized Aleppo a week earlier,
        # captured Hama on Thursday" names the subject by its past (:func:`shared_dates`), and in
        # "the rebels who took Hama, the ministry said on Friday, are moving south" the day is the
        # words' (test_rule_tables_words)
        before = [m for m in main if m.end <= pronoun.start()]
        if not before:
            continue
        stop = CLAUSE_BREAK.search(text, t.end)
        limit = stop.start() if stop is not None else len(text)
        if any(pronoun.start() <= e.start < limit for e in phrases):
            continue  # "who had seized Aleppo in 2016": the clause's own time, which dates nothing here
        d = dated[max(before, key=lambda m: m.end)]
        out[t] = background_range(d)
    return out


def aside_subject_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                        lo: int, actors: Sequence[ActorMention], lang: str | None,
                        phrases: Sequence[Any] = ()) -> dict[TriggerHit, DateHit]:
    """Dates for the undated captures of a relative clause set off by commas on an opposition side
    that is the subject of a dated statement, meeting, call or visit after it ("HTS, which took
    Aleppo, said on Thursday ...", « Les rebelles, qui ont pris Alep, ont affirmé jeudi ... »,
    «Los rebeldes, que tomaron Alepo, afirmaron el jueves ...», «Die Rebellen, die Aleppo
    eingenommen hatten, erklärten am Donnerstag ...»): from the offensive's launch to the words'
    day, week precision.

    Why (round 27, ev27bg): the corpus ruling dates a capture of the period told as background from
    the launch to the day the text gives; :func:`relative_background_dates` takes only a main verb
    told before the clause (a military one after it names its subject by its past, and
    :func:`shared_dates` dates it), so the capture describing a speaker before its words was
    dropped in every language but Arabic. Only a clause the table's ``subject_aside_relative``
    opens (a comma, then the pronoun: the side is the clause's subject, not a restrictive "fighters
    who seized Hama, the ministry said") whose comma closes before the diplomatic verb, on an
    opposition side named right before it; a clause on the government or the SDF tells older
    history as often. A date phrase inside the clause is its own time: nothing is guessed."""
    out: dict[TriggerHit, DateHit] = {}
    aside = table_pattern(lang, "subject_aside_relative")
    if aside is None:
        return out
    words = [t for t in dated if t.family == "diplomatic" and dated[t].precision == "day"
             and dated[t].date is not None]
    for t in triggers:
        if t in dated or t.kind != "control_change" or t.role != "take":
            continue
        opened = [m for m in aside.finditer(text, max(lo, t.start - RELATIVE_VERB_REACH), t.start)
                  if not CLAUSE_BREAK.search(text, m.end(), t.start)]
        if not opened:
            continue
        pronoun = opened[-1]
        if not opposition_antecedent(actors, text, pronoun.start(), lambda gap: len(gap) <= RELATIVE_ANTECEDENT_REACH
                                     and not CLAUSE_BREAK.search(gap)):
            continue
        stop = CLAUSE_BREAK.search(text, t.end)
        if stop is None or text[stop.start()] not in ",،":
            continue  # the clause must close with a comma before the words it describes the speaker of
        if any(pronoun.start() <= e.start < stop.start() for e in phrases):
            continue  # "which took Aleppo in 2016": the clause's own time
        after = [w for w in words if w.start >= stop.end()]
        if not after:
            continue
        d = dated[min(after, key=lambda w: w.start)]
        out[t] = background_range(d)
    return out


def subject_relative_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                           lo: int, actors: Sequence[ActorMention], rules: LanguageRules,
                           phrases: Sequence[Any] = ()) -> dict[TriggerHit, DateHit]:
    """Dates for the undated captures of a relative clause on an opposition side that opens its
    sentence, before that side's own dated verb ("The rebels who took power in Damascus said on
    Tuesday ...", « Les insurgés qui se sont emparés de Morek sont entrés jeudi dans Halfaya »,
    «Los insurgentes que tomaron Morek entraron el jueves en Halfaya», «Die Aufständischen, die
    Morek erobert hatten, rückten am Donnerstag ... ein»): from the offensive's launch to that
    verb's day, week precision.

    Why (round 30, ev30cc): the clause names the subject by what it did before the sentence's news
    (the corpus ruling on captures of the period told as background: from the launch, by the day
    the text gives); :func:`relative_background_dates` takes only a main verb told before the
    clause and :func:`aside_subject_dates` only words after a clause set off by commas, so a
    capture describing the subject of a military verb, or of words with no comma ("the rebels who
    took Damascus said"), was dropped. Only a capture (role ``take``) by an opposition side named
    right before the pronoun, with no other verb of the sentence before the pronoun (the side is
    the sentence's subject, not the object of an earlier verb); a date phrase between the pronoun
    and the main verb is the clause's own time (or may be): nothing is guessed."""
    out: dict[TriggerHit, DateHit] = {}
    main = _dated_main_verbs(dated)
    for t, pronoun in opposition_relative_captures(triggers, dated, text, lo, actors, rules):
        if any(lo <= o.start < pronoun.start() for o in triggers):
            continue  # the side is the object of an earlier verb, not the sentence's subject
        after = [m for m in main if m.start >= t.end]
        if not after:
            continue
        verb = min(after, key=lambda m: m.start)
        if any(pronoun.start() <= e.start < verb.start for e in phrases):
            continue  # "who took Aleppo in 2016", "who took Morek on Thursday entered Halfaya"
        if CLAUSE_BREAK.search(text, t.end, verb.start):
            continue  # "Fighters who seized Hama, the ministry said on Friday, are moving south": another's words
        d = dated[verb]
        out[t] = background_range(d)
    return out


#: How far before a control verb (characters) the table's ``perfect_relative`` may open: the
#: German clause puts the place taken between the pronoun and the verb («, die die Stadt Khan
#: Scheichun erobert hatten»).
PERFECT_RELATIVE_REACH = 80
#: What may stand between the side and the pronoun of :func:`perfect_relative_dates`: spaces and
#: commas, or one word then a comma (an adjective after the side: «الفصائل المسلحة، التي»).
_PERFECT_ANTECEDENT_GAP = re.compile(r"[\s,،(]*|\s+\S+\s*[,،]\s*")


def perfect_relative_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                           lo: int, actors: Sequence[ActorMention], lang: str | None,
                           phrases: Sequence[Any] = ()) -> dict[TriggerHit, DateHit]:
    """Dates for the captures of a relative clause in the perfect or the pluperfect on an opposition
    side of a sentence another verb dates ("The rebels, who had seized Morek, were shelled on
    Thursday", « Les rebelles, qui avaient pris Morek, ont été bombardés jeudi », «Los rebeldes, que
    habían tomado Morek, fueron bombardeados el jueves», «Die Rebellen, die Morek erobert hatten,
    wurden am Donnerstag bombardiert», «تعرضت الفصائل، التي كانت قد سيطرت على مورك، لقصف يوم
    الخميس»): from the offensive's launch to that verb's day, week precision.

    Why (round 31, ev31cc2): the tense tells the capture came before the sentence's news (the corpus
    ruling on captures of the period told as background); the nearest date went to the capture when
    the main verb was no trigger (it was dated the day of the shelling or the advance), and when a
    strike or an advance claimed it the capture, undated, was dropped. :func:`subject_relative_dates`
    and :func:`aside_subject_dates` date only undated captures before a verb with no comma between
    or a diplomatic one; :func:`relative_background_dates` only after a verb before the clause. Only
    a capture (role ``take``) whose clause the table's ``perfect_relative`` opens (the pronoun and
    the auxiliary) on an opposition side named right before it; a date phrase inside the clause is
    its own time ("who had taken Morek in 2012"): nothing is guessed."""
    out: dict[TriggerHit, DateHit] = {}
    pattern = table_pattern(lang, "perfect_relative")
    if pattern is None:
        return out
    own_time = table_pattern(lang, "perfect_relative_own_time")
    main = _dated_main_verbs(dated)
    for t in triggers:
        if t.kind != "control_change" or t.role != "take":
            continue
        own = dated.get(t)
        if own is not None and (own.precision != "day" or own.date is None):
            continue  # already a range, a month or a year of its own
        window = (max(lo, t.start - PERFECT_RELATIVE_REACH), min(len(text), t.end + 40))
        opened = [m for m in pattern.finditer(text, *window)
                  if m.start() <= t.start <= m.end() and not CLAUSE_BREAK.search(text, m.start() + 1, t.start)]
        if not opened:
            continue
        pronoun = opened[-1]
        # the side right before the pronoun, or one word after it and a comma («الفصائل المسلحة، التي»):
        # not "the rebels said on Thursday that they had taken", whose «que» opens reported words
        if not opposition_antecedent(actors, text, pronoun.start(),
                                     lambda gap: _PERFECT_ANTECEDENT_GAP.fullmatch(gap) is not None):
            continue
        stop = CLAUSE_BREAK.search(text, max(t.end, pronoun.end()))
        limit = stop.start() if stop is not None else len(text)
        if any(pronoun.start() <= e.start < limit for e in phrases):
            continue  # "who had taken Morek in 2012": the clause's own time
        if own_time is not None and own_time.search(text, pronoun.start(), limit):
            continue  # "who had seized Aleppo a week earlier": a time of its own, which is not guessed
        if own is not None:
            d = own
        else:
            outside = [m for m in main if m is not t and not (pronoun.start() <= m.start < limit)]
            if not outside:
                continue
            d = dated[min(outside, key=lambda m: gap(m.start, m.end, pronoun.start(), limit))]
        out[t] = background_range(d)
    return out


def undirected_repeats(raws: list[RawEvent], text: str = "", lang: str | None = None) -> list[RawEvent]:
    """An article's control changes with no direction dropped where another change of the same
    place, extent and overlapping days in the article names its taker.

    Why: stories tell one change twice, once in words that name no side («سقوط العاصمة دمشق»,
    "the fall of Damascus", "Damascus changed hands") and once with its taker («دخول قوات المعارضة
    إلى العاصمة»); the sentence-level rule (:func:`one_change_per_place`) sees only one sentence,
    so the undirected telling stood beside the directed one as a change of its own (round 13: a
    spurious event of each such article on dev). It says nothing the directed one does not."""
    def days(e: Event) -> tuple[Any, Any]:
        return e.date, e.date_end or e.date

    directed = [r.event for r in raws if r.event.kind == "control_change" and r.event.to_controller
                and r.event.places and r.event.date is not None]

    def repeats(e: Event, trigger: TriggerHit) -> bool:
        if (e.kind != "control_change" or e.to_controller or e.from_controller or not e.places
                or e.date is None):
            return False
        key = e.places[0].geonameid or e.places[0].name
        lo, hi = days(e)
        # (round 26, ev26np2) "heading for Homs after the capture of Hama tonight": the noun after a
        # preposition of circumstance tells a capture before the main clause's day it was dated by
        earlier = noun_after_circumstance(text, trigger, lang)
        return any((d.places[0].geonameid or d.places[0].name) == key and d.extent == e.extent
                   and days(d)[0] <= hi and (earlier or lo <= days(d)[1]) for d in directed)

    return [r for r in raws if not repeats(r.event, r.trigger)]


def noun_after_circumstance(text: str, trigger: TriggerHit, lang: str | None) -> bool:
    """Whether a control trigger opens with the table's ``capture_noun`` right after its
    ``capture_noun_prep`` ("after the capture of Hama", «tras la toma de Hama», « après la chute de »).

    Why (round 26, ev26np2): such a noun with no day of its own took the main clause's day («los
    rebeldes se dirigen hacia Homs tras la toma de Hama y miles han huido esta noche»: the capture
    dated by the flight), and stood beside the dated change of the place the article tells as a
    change of its own; it tells that earlier change again."""
    return circumstance_prep(text, trigger, lang) is not None


def circumstance_prep(text: str, trigger: TriggerHit, lang: str | None) -> re.Match[str] | None:
    """The table's ``capture_noun_prep`` right before a trigger that opens with its ``capture_noun``
    (within :data:`CIRCUMSTANCE_NOUN_REACH`), or None: the one reading of "after the capture of
    Hama" that :func:`circumstance_noun_subjects` and :func:`noun_after_circumstance` share."""
    noun, prep = table_pattern(lang, "capture_noun"), table_pattern(lang, "capture_noun_prep")
    if not text or noun is None or prep is None or noun.match(text, trigger.start) is None:
        return None
    return prep.search(text, max(0, trigger.start - CIRCUMSTANCE_NOUN_REACH), trigger.start)


#: How far before a control verb (characters) the town "the city" stands for may be named.
TOWN_ANAPHOR_REACH = 300


#: How far before a governorate (characters) the words naming its seat are read.
SEAT_WORDS_REACH = 45


def governorate_seat(ctx: SentenceContext, m: Any) -> Any | None:
    """The mention of a Syrian governorate's seat when the words right before the governorate name
    its capital (the table's ``governorate_seat``: "the capital of Daraa province", « le chef-lieu
    de la province de Daraa », «مركز محافظة دير الزور», «la capital de la provincia de Daraa», „die
    Hauptstadt der Provinz Daraa“): the governorate's city (the gazetteer's PPLA of its admin1 code)
    in the governorate's place; ``None`` otherwise.

    Why (round 32, cc32ar2): news names the city taken or handed over as the seat of its
    province; read as the governorate, which no verb takes there, the change was dropped."""
    if not _syrian_governorate(m) or not m.admin1:
        return None
    pattern = table_pattern(ctx.lang, "governorate_seat")
    if pattern is None:
        return None
    lo = max(0, m.start - SEAT_WORDS_REACH)
    found = next((f for f in pattern.finditer(ctx.text, lo, m.start) if f.end() == m.start), None)
    if found is None:
        return None
    locator = rules_for(ctx.lang).locator
    if locator is not None and locator.search(ctx.text, max(0, found.start() - 40), found.start()) is not None:
        return None  # "villages near the capital of Hama province": it only says where
    city = _governorate_city(m.admin1)
    if city is None:
        return None
    return _as_city(m, city)


def _as_city(m: Any, city: Any) -> Any:
    """Governorate mention ``m`` read as the gazetteer's ``city`` (its seat, or its town of the same
    name): the same span, the city's name, position and id."""
    return replace(m, name=city.name, lat=city.lat, lon=city.lon, geonameid=city.geonameid,
                   feature_code=city.feature_code, name_ar=city.name_ar, coord_quality=city.coord_quality)


def listed_seat(ctx: SentenceContext, m: Any, towns: Sequence[Any]) -> Any | None:
    """The mention of a Syrian governorate's seat when the governorate is named bare as a later
    member of a list of towns a control verb took ("took Daraa, Quneitra and Sweida", «سيطرت على
    درعا والقنيطرة والسويداء», «أربع مدن: درعا، القنيطرة، السويداء، وحمص»): the city of the same
    name (:func:`_seat_named_as`); ``None`` otherwise.

    Why (round 33, cc33ar): the gazetteer reads a bare "Quneitra" as the governorate (its town is
    small), and a governorate named bare among the towns taken was dropped; in a list of towns the
    name is the town's (development: two Arabic articles listing the four southern cities taken in
    a day, one of them a fresh article). Only right after a town taken, joined by a comma or the
    table's coordinator alone (:func:`_joins_list`): "Daraa and Quneitra province" or «درعا وريف
    القنيطرة» name the governorate, and a governorate word before it keeps it."""
    if not towns or not _syrian_governorate(m) or not m.admin1:
        return None
    prev, rules = towns[-1], rules_for(ctx.lang)
    prev_code = (getattr(prev, "feature_code", None) or "").upper()
    if (prev.end > m.start or not prev_code.startswith("PPL")
            or not _joins_list(ctx.text[prev.end:m.start], rules)):
        return None
    if rules.region_word is not None and rules.region_word.match(ctx.text[m.end:m.end + 20].lstrip()):
        return None  # "Daraa and Quneitra province": the governorate, named as such after it
    city = _seat_named_as(m.admin1, str(m.geonameid))
    if city is None:
        return None
    return _as_city(m, city)


@cache
def _seat_named_as(admin1: str, geonameid: str) -> Any | None:
    """The gazetteer's Syrian town of governorate code ``admin1`` that shares a name with the
    governorate ``geonameid`` (its English, Arabic or display name among the town's names): the
    governorate's seat, PPLA first, else the most populous such town (Quneitra, which the gazetteer
    keeps as a plain ``PPL``)."""
    from geo.gazetteer import load_gazetteer

    def names(e: Any, alternatives: bool) -> set[str]:
        out = {e.name, e.name_en, e.name_ar, e.display_name, *((e.alternatives or ()) if alternatives else ())}
        return {n.casefold() for n in out if n}

    gazetteer = load_gazetteer()
    entries = gazetteer.entries
    region = gazetteer.get(geonameid)
    if region is None:
        return None
    keys = names(region, alternatives=False)
    named = [e for e in entries if e.country_code == "SY" and e.admin1 == admin1
             and (e.feature_code or "").startswith("PPL") and names(e, alternatives=True) & keys]
    if not named:
        return None
    return max(named, key=lambda e: (e.feature_code in ("PPLA", "PPLC"), e.population))


def _governorate_city(admin1: str) -> Any | None:
    """The gazetteer's Syrian seat (PPLA, or PPLC for Damascus) of governorate code ``admin1``."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer().seat("SY", admin1)


def own_airports(ctx: SentenceContext, towns: Sequence[Any], taken: set[Any]) -> list[Place]:
    """The airports of the towns a control verb took that its object names right after them by a
    pronoun or a possessive (the table's ``own_airport``: "took Aleppo and its airport", « Alep et
    son aéroport », «على مدينة حلب ومطارها», «y su aeropuerto», „und seinen Flughafen“), each found
    in the gazetteer under the town's name in the tables' ``airport_names``; none for a town the
    gazetteer knows no airport of.

    Why (round 32, cc32ar2): news of the offensive tells a city and its airport taken in one object
    (Aleppo, Deir ez-Zor, Hama); the airport has no name of its own there, and its change, which the
    corpus records on the airport's id, was missed in four development articles."""
    pattern = table_pattern(ctx.lang, "own_airport")
    if pattern is None:
        return []
    out: list[Place] = []
    for m in towns:
        if pattern.match(ctx.text, m.end) is None or not m.geonameid:
            continue
        airport = _town_airport(str(m.geonameid))
        if airport is not None and airport.geonameid not in taken:
            taken.add(airport.geonameid)
            out.append(Place(name=airport.name, lat=airport.lat, lon=airport.lon, geonameid=airport.geonameid,
                             country_code=airport.country_code, name_ar=airport.name_ar,
                             admin1=airport.admin1, coord_quality=airport.coord_quality))
    return out


@cache
def _town_airport(town_id: str) -> Any | None:
    """The gazetteer's airport named after the town ``town_id``: its names in the frames of every
    table's ``airport_names`` (the gazetteer names airports in Arabic and English)."""
    from geo.gazetteer import load_gazetteer
    from geo.normalize import name_key

    gazetteer = load_gazetteer()
    town = gazetteer.get(town_id)
    if town is None:
        return None
    for name in dict.fromkeys(n for n in (town.name_ar, town.name_en, town.name) if n):
        for form in _airport_name_forms():
            for hit in gazetteer.hits_for_key(name_key(form.replace("{name}", name))):
                entry = hit.entry
                if (entry.feature_code.upper().startswith("AIR")
                        or entry.geonameid.startswith(("icao:", "ourairports:"))):
                    return entry
    return None


@cache
def _airport_name_forms() -> tuple[str, ...]:
    """Every table's ``airport_names`` frames, Arabic first (the order the lookup tries them)."""
    return tuple(dict.fromkeys(f for lang in ("ar", "en", "fr", "es", "de") for f in table_rows(lang, "airport_names")))


def town_of_the_part(ctx: SentenceContext, trig: TriggerHit) -> Any | None:
    """The Syrian town a control verb took part of when its words say "most of the city" (no name;
    :func:`timeline.control_extent.names_part_of_the_town`, read up to the next military verb): the
    last populated place named before the verb, within :data:`TOWN_ANAPHOR_REACH`; ``None`` when
    none is. A governorate ("Aleppo province"), a quarter or a base is no town: "the city" is not
    guessed from them. (Round 38, lb38) Nor from a town named two sentences back or more
    (:data:`TOWN_ANAPHOR_STOPS`): "... a ceasefire in Lebanon between Israel and Hezbollah, a
    Damascus ally. ... took control of most of the city", a hard-wrapped copy's sentence read whole
    at last, gave Damascus a capture from a town named in passing two sentences before."""
    others = [t.start for t in ctx.triggers if t.family == "military" and t.start >= trig.end]
    limit = min([*others, ctx.sentence.end])
    if not names_part_of_the_town(ctx.text, (trig.start, trig.end), limit, ctx.lang):
        return None
    towns = [m for m in ctx.all_places if m.end <= trig.start and trig.start - m.end <= TOWN_ANAPHOR_REACH
             and _populated_place(m) and (getattr(m, "country_code", None) or "SY") == "SY"
             and len(_STOPS.findall(ctx.text, m.end, max(m.end, ctx.sentence.start))) <= TOWN_ANAPHOR_STOPS]
    return towns[-1] if towns else None


#: (round 38, lb38) A sentence's stop, an ellipsis counted once (:func:`town_of_the_part`).
_STOPS = re.compile(r"[.!?؟]+")


def area_of_the_count(ctx: SentenceContext, trig: TriggerHit) -> Any | None:
    """The Syrian governorate a control verb took a count of places in when the count has no place
    of its own ("opened a front in rural Hama and took six villages", « a ouvert un front dans la
    province de Hama et pris six villages », «بدأت عملاً في محور جديد بريف حماة وسيطرت على 6
    قرى»): the last place the sentence names before the verb, when it is a governorate (its
    countryside or province); ``None`` otherwise.

    Why (round 19 ruling on villages placed by a countryside or province): such villages are one
    change of the governorate they lie in. Read up to the next military verb, as
    :func:`town_of_the_part`. A count followed by a place ("three villages east of Hama", "took
    three villages, moving closer to Hama") is not placed by the earlier area, and a town named
    last ("entered Hama and took two villages") places nothing: the rulings read those otherwise."""
    others = [t.start for t in ctx.triggers if t.family == "military" and t.start >= trig.end]
    limit = min([*others, ctx.sentence.end])
    end = counted_after(ctx.text, (trig.start, trig.end), limit, ctx.lang)
    if end is None or any(end <= m.start and m.end <= limit for m in ctx.places):
        return None
    before = [m for m in ctx.places if ctx.sentence.start <= m.start and m.end <= trig.start]
    if not before:
        return None
    last = before[-1]
    return last if _syrian_governorate(last) else None


def area_after_list(ctx: SentenceContext, trig: TriggerHit, captured: Sequence[Any]) -> Any | None:
    """The Syrian governorate a control verb took a count of places in when the count closes the
    list of towns it took and has no place of its own ("pushed into rural Idlib and took Saraqeb
    and dozens of other villages", «تقدمت في ريف إدلب وسيطرت على سراقب وعشرات القرى الأخرى»): the
    last place the sentence names before the verb, when it is a governorate; ``None`` otherwise.

    Why (round 36, ar36b): the round-19 ruling reads such villages as one change of the governorate
    they lie in; :func:`area_of_the_count` reads a count only right after the verb, and a count
    after named towns was dropped (Arabic lists of towns taken end so in most outlets). Only a
    coordinator or the table's ``part_list_join`` words may join the count to the last town, and a
    place after the count places it instead (:func:`parts_after_members`)."""
    after = [m for m in captured if m.start >= trig.end]
    if not after:
        return None
    last = max(after, key=lambda m: m.end)
    others = [t.start for t in ctx.triggers if t.family == "military" and t.start >= trig.end and t != trig]
    limit = min([*others, ctx.sentence.end])
    span = count_after_list(ctx.text, last.end, limit, ctx.lang)
    if span is None:
        return None
    gap = ctx.text[last.end:span[0]]
    if len(gap) > LIST_GAP or _LIST_BREAK.search(gap) or not _joins_part(gap, ctx.lang, rules_for(ctx.lang)):
        return None
    if any(span[1] <= m.start and m.end <= limit for m in ctx.places):
        return None
    before = [m for m in ctx.places if ctx.sentence.start <= m.start and m.end <= trig.start]
    if not before:
        return None
    return before[-1] if _syrian_governorate(before[-1]) else None


def count_sides_mixed(ctx: SentenceContext) -> bool:
    """Whether a sentence with a count of places and no place of its own (:func:`area_of_the_count`)
    names sides of more than one camp (:func:`controller_camp`): then it is not read.

    Why (round 19): such a verb mostly ends a chain of clauses on one subject ("the factions
    attacked army positions in rural Idlib and took several villages", «هاجمت قسد مواقع الفصائل
    في ريف حلب واستعادت 3 قرى», «دخلت الفصائل ريف حماة وطردت قوات النظام من عدة قرى»); read
    from the side named nearest the verb, the attacked or expelled side, the change ran backwards,
    and left unknown it was as often no change of the gold's (half b of the development third: one
    match, one spurious). With one camp named the direction is the verb's."""
    return len({controller_camp(ACTOR_CONTROLLER[a.name]) for a in _controller_actors(ctx.actors)}) > 1


#: How far (km) a quarter may lie from the town it is a quarter of: Aleppo's outer districts lie
#: some 8 km from its centre point.
QUARTER_CITY_KM = 12.0


def _is_quarter(m: Any) -> bool:
    """A section of a town (GeoNames ``PPLX``): a quarter or district."""
    return (getattr(m, "feature_code", None) or "").upper() == "PPLX"


def city_of_quarter(ctx: SentenceContext, quarter: Any) -> Any | None:
    """The town a captured quarter belongs to: the Syrian town or city the article names within
    :data:`QUARTER_CITY_KM` of it, the nearest mention in the text up to the end of the sentence
    («حي الأربعين بحماة», "the Hamdaniyah district of Aleppo", or the town named earlier).

    Why (round 28, lead): the corpus ruling counts a named quarter taken or entered as a change of
    its own and of its city, and news writes the city glued to the quarter («بحماة») or in an
    earlier sentence. Read as a second place taken, «بدخول الفصائل إلى حي الأربعين بحماة» gave Hama
    to the opposition four days before it fell; as a change of part of the city (``extent="part"``)
    it is told and listed, and the map does not move on one quarter."""
    lat, lon = getattr(quarter, "lat", None), getattr(quarter, "lon", None)
    if lat is None or lon is None:
        return None
    towns = [m for m in ctx.all_places if m.start < ctx.sentence.end and _populated_place(m)
             and (getattr(m, "country_code", None) or "SY") == "SY"
             and (m.geonameid or m.name) != (quarter.geonameid or quarter.name)
             and m.lat is not None and m.lon is not None
             and great_circle_km(lat, lon, m.lat, m.lon) <= QUARTER_CITY_KM]
    return min(towns, key=lambda m: abs(m.start - quarter.start), default=None)


@cache
def _listing_gap(lang: str | None) -> re.Pattern[str]:
    """A comma or the table's ``coordinators`` as a word of their own, or glued to the next word
    («حي الحمدانية وحلب», "X and Aleppo"): the gap of a list, not a quarter's locator."""
    coordinators = table_pattern(lang, "coordinators")
    words = rf"|(?<!\S)(?:{coordinators.pattern})(?!\S)" if coordinators is not None else ""
    return re.compile(rf"[,،]{words}", re.IGNORECASE)


def quarter_locators(ctx: SentenceContext, captured: list[Any], quarters: list[tuple[Any, Any]]) -> list[Any]:
    """The captured towns that only say where a captured quarter right before them is: its city
    (``quarters``: each quarter with :func:`city_of_quarter`) a few letters after it, not listed
    with it («حي الأربعين بحماة»).

    Why (round 28, lead): the Arabic preposition glued to the town («بحماة») is no gap the
    table's ``locating_gap`` can read (a glued «ب» also opens lists of places taken), so the
    city was read as a second place taken, whole."""
    out = []
    for q, city in quarters:
        if city.start < q.end:
            continue
        gap = ctx.text[q.end:city.start]
        if len(gap) <= 12 and not _listing_gap(ctx.lang).search(gap):
            out += [m for m in captured if (m.geonameid or m.name) == (city.geonameid or city.name)]
    return out


def _populated_place(m: Any) -> bool:
    """A city, town or village (GeoNames ``PPL*``), not a section of one (``PPLX``, a quarter)."""
    code = (getattr(m, "feature_code", None) or "").upper()
    return code.startswith("PPL") and code != "PPLX"


def verb_agrees(text: str, trigger: TriggerHit, side: ActorMention, lang: str | None) -> bool:
    """Whether a control verb with no subject of its own may have ``side`` as its hidden subject: its
    gender (the table's ``masculine_verb`` / ``feminine_verb``, the verb's first word) against the
    noun naming the side (``masculine_side_noun`` / ``feminine_side_noun``, the mention's first
    word); True when either is not known.

    Why (round 35, ar35b): in Arabic a verb with no subject agrees with the side it refers back to:
    «سيطر»، «دخل» (masculine singular) have «الجيش» or «الجيش الوطني» as subject, never «الفصائل»
    or «هيئة تحرير الشام» (feminine singular: «سيطرت»). Guessed from the sentence before, the taker
    of «تقدمت الفصائل نحو حماة. ويوم الخميس سيطر على مورك» was the factions; the verb refuses them
    and the direction stays unknown (the government, the only other agreeing side, is never guessed)."""
    words = text[trigger.start:trigger.end].split()
    name = text[side.start:side.end].strip("\"“”«» ").split()
    if not words or not name:
        return True
    verb, noun = words[0], name[0]
    genders = []
    for key_m, key_f, word in (("masculine_verb", "feminine_verb", verb),
                               ("masculine_side_noun", "feminine_side_noun", noun)):
        masc, fem = table_pattern(lang, key_m), table_pattern(lang, key_f)
        if masc is None or fem is None:
            return True
        genders.append("m" if masc.fullmatch(word) else "f" if fem.fullmatch(word) else None)
    return None in genders or genders[0] == genders[1]


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


def holder_before(place: Place, taker: str) -> str:
    """Whom a side that names no loser took a place from: the place's holder on the eve of the
    offensive when that was another camp; the opposition when it held it itself (it lost it in the
    weeks since: Tal Rifaat, Manbij); the government for a place the baseline does not list.

    Why (round 32, cc32ar3): an SDF capture with no loser named («سيطرت قسد على مدينة دير الزور»,
    "the SDF took Deir ez-Zor") was read as taken from the opposition, the default enemy of a
    side outside it; in these weeks the SDF moved into what the government left (Deir ez-Zor, the
    villages east of the Euphrates, Aleppo's districts), and its fights with the SNA name the SNA."""
    holder = baseline_holders().get(str(place.geonameid or ""))
    if holder not in CONTROLLERS:
        return GOVERNMENT
    return holder if controller_camp(holder) != controller_camp(taker) else UNSPECIFIED


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
    if frm is None and to is not None and controller_camp(to) == "sdf":
        frm = holder_before(place, to)
    actors = _dedupe([CONTROLLER_ACTOR.get(to or ""), CONTROLLER_ACTOR.get(frm or ""),
                      *[a.name for a in _controller_actors(ctx.actors)]])
    summary = (f"{place.name}: from {frm} to {to}" if to else
               f"{place.name}: control changed hands (direction not stated)")
    return Event(id="", kind="control_change", **_date_fields(d), actors=actors, countries=["SY"],
                 places=[place], from_controller=frm, to_controller=to, summary=summary, reasons=reasons)


_DATELINE = re.compile(r"^[^\W\d_][^\W\d_ '’-]*(?:[ '’-][^\W\d_][^\W\d_ '’-]*)*(?:,[^\n–—:-]{0,40})?\s*(?:[-–—:]|\()")


def in_dateline(m: Any, text: str) -> bool:
    """Whether a place mention is the article's dateline ("JAKARTA - ...", "AMMAN (Reuters) –",
    "DAMASCUS, Dec 11: ..."): the upper-case city the story was filed from, at the text's start, is
    no place of its events. (Round 16, mil16) a colon closes a dateline as a dash does, the form of
    South Asian and Gulf wires (en-4409850385 put a strike on the filing city)."""
    if m.start > 0 and text[:m.start].strip():
        return False
    surface = text[m.start:m.end]
    return surface.isupper() and len(surface) > 2 and _DATELINE.match(text[m.start:m.start + 80]) is not None


_ADJACENT = re.compile(r"\s*(?:['’]s\s*)?")


def strike_subject(actor: ActorMention, trig: TriggerHit, ctx: SentenceContext) -> bool:
    """Whether an armed group is the attacker of a strike word: right before it with nothing but
    a space or a possessive between ("HTS shelling", "the rebels shelled", "HTS's shelling"), or,
    in a verb-subject language, right after it («قصف الفصائل»).

    Why: a faction's shells and a government air raid on the same town and day are two strikes
    (the merge keeps strikes of opposite camps apart), but only when the faction's strike names
    who struck; words between ("rebels under bombardment") may make the group the target.
    """
    if actor.end <= trig.start and _ADJACENT.fullmatch(ctx.text, actor.end, trig.start) is not None:
        return True
    return (rules_for(ctx.lang).verb_subject and actor.start >= trig.end
            and _ADJACENT.fullmatch(ctx.text, trig.end, actor.start) is not None)


#: How far (characters) before a strike word a quantifier ("no", « aucun ») or a demonstrative
#: ("these", «هذه») that governs it may stand (:func:`negated_strike`, :func:`retold_strike`).
QUANTIFIER_REACH = 30


def negated_strike(trig: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a strike word is denied by a quantifier right before it ("no shells fell", « aucun
    obus », «ningún proyectil», «لأي غارات»): the table's ``strike_negation``.

    Why: the general ``negation`` denies verbs ("did not capture"); a strike is often told by its
    noun, which "no" or «aucun» denies; read as a strike it put bombs on a quiet town.
    """
    cue = event_cues(lang).get("strike_negation")
    return cue_before(cue, trig.start, sentence_start, text, QUANTIFIER_REACH) is not None


def retold_strike(trig: TriggerHit, sentence_start: int, text: str, lang: str | None,
                  dates: Sequence[Any] = ()) -> bool:
    """Whether a strike word is led by a demonstrative ("these airstrikes have driven families
    out", « ces frappes », «هذه الغارات», «estos bombardeos», «diese Luftangriffe»; one word may
    stand between): the table's ``strike_anaphora``.

    Why: the demonstrative points back to strikes the article has told; the sentence tells what
    they led to, and read as a strike of its own it put a second raid on the day, at whatever
    place the consequence names (a closed crossing).

    (Round 35, date35) Not a demonstrative inside one of the sentence's date phrases (``dates``):
    «Diese Woche bombardierten Kampfjets Idlib», «هذا الأسبوع، قصفت الطائرات», «وفي ذلك اليوم قصفت»,
    «وقبل ذلك بيوم، قصفت» point at a time, not at strikes told before; read as the anaphora, the
    strike of that day was lost.
    """
    cue = event_cues(lang).get("strike_anaphora")
    found = cue_before(cue, trig.start, sentence_start, text, QUANTIFIER_REACH)
    if found is None:
        return False
    word_end = found.start() + len(found.group().split()[0])  # the demonstrative's last character + 1
    return not any(d.start < word_end <= d.end for d in dates)


def condemned(trig: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a strike or situation word is the object of a verb of condemnation a few words
    before it in its sentence ("He condemned Israeli incursions and airstrikes", « a condamné les
    frappes », «وأدان التوغل الإسرائيلي»): the table's ``condemned_object``.

    Why: a condemnation names the strikes it condemns as its object, often with no place or day of
    their own; the sentence is the speaker's statement, dated by its words, and read as a strike it
    put a raid on the day of a speech (the strikes themselves are told where they are reported). The
    object ends at a clause break: a strike told after a comma is news of its own. (Round 16, mil16)
    a condemned strike or incursion is an event too, ranged up to the words (:func:`condemned_act`);
    this still drops any other report a condemnation names.
    """
    return condemnation_end(trig, sentence_start, text, lang) is not None


def condemnation_end(trig: TriggerHit, sentence_start: int, text: str, lang: str | None) -> int | None:
    """Where the verb of condemnation that governs a strike or situation word ends (:func:`condemned`),
    or None: who stands before it condemns, the act's author is named after it (:func:`_military_event`)."""
    found = cue_before(event_cues(lang).get("condemned_object"), trig.start, sentence_start, text, CLAUSE_REACH * 2)
    # "condemned the attack, and Russian jets struck Idlib": past a comma the strike is told anew
    if found is None or CLAUSE_BREAK.search(text, found.start(), trig.start):
        return None
    return found.start() + len(found.group(0).split()[0])


#: Roles of "other" that tell a foreign army's move into ground (an incursion, the buffer zone, an
#: occupation): condemned, the move is an event as a condemned strike is (:func:`condemned_act`).
CONDEMNED_ACT_ROLES = frozenset({"incursion", "buffer_zone", "occupation"})

#: (round 32, dip32b) The role of a strike row that names the act by a word of blame rather than of
#: striking (Israel's "aggression", «العدوان الإسرائيلي», « les attaques menées par l'ennemi
#: sioniste »): the condemned strikes when a condemnation governs it (:func:`condemned_act`), the
#: speaker's rhetoric anywhere else ("efforts to stop the Israeli aggression on Gaza").
CONDEMNED_ONLY = "condemned_only"


def condemned_act(trig: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a strike or a foreign army's move into ground (:data:`CONDEMNED_ACT_ROLES`) is the
    object of a verb of condemnation (:func:`condemned`): "Egypt condemned the Israeli air strikes
    near Damascus", « a condamné l'incursion israélienne dans la zone tampon », «أدانت التوغل
    الإسرائيلي في المنطقة العازلة», «verurteilte die israelischen Luftangriffe».

    Why (round 16, mil16): the corpus rules (round 14, data/corpus/README.md) read a condemnation
    as the speaker's statement and the act it condemns as an event too, the text telling that it
    happened; undated, from some days before the statement up to its day (:func:`held_entry_range`).
    Dropped as the statement's object, Israel's strikes and incursions after 8 December that Arab
    and Asian governments condemned were lost (three half-a files: en-7f002073fe, en-bc945946bc,
    ar-6cce5f0847). Clashes or an offensive condemned ("condemned the terrorist attack") stay the
    speaker's words: who fought where is not told.
    """
    return ((trig.kind == "strike" or trig.role in CONDEMNED_ACT_ROLES)
            and condemned(trig, sentence_start, text, lang))


#: How far (characters) from a strike word the demonym of who struck may stand ("the Israeli
#: incursions and airstrikes", « les frappes israéliennes », «الغارات الإسرائيلية»).
AUTHOR_REACH = 30


def authored_strike(trig: TriggerHit, signals: Sequence[Any], speaker_end: int) -> bool:
    """Whether a condemned strike names who struck by a demonym next to it, after the verb of
    condemnation (the speaker's own demonym stands before it: "the Turkish foreign ministry
    condemned"): "condemned the Israeli air strikes", « a condamné les frappes israéliennes ».

    Why (round 16, mil16): a condemned strike with neither a place nor its author ("La condena de
    Turquía a los bombardeos llegó tarde") names no raid one could put on the map; the author is
    what makes it the strikes the article means (:func:`condemned_act`).
    """
    return any(sig.start >= speaker_end and (0 <= trig.start - sig.end <= AUTHOR_REACH
                                             or 0 <= sig.start - trig.end <= AUTHOR_REACH) for sig in signals)


def link_heading(sentence: Sentence, lang: str | None) -> bool:
    """Whether a sentence is the heading of a link to another story: it opens with the table's
    ``link_heading`` and a colon or a dash ("Read also: ...", « Lire aussi : ... », «اقرأ أيضا: ...»,
    «Lea también: ...», «Lesen Sie auch: ...»).

    Why (round 15, mil15): a news page prints the headlines of its other stories between its
    paragraphs; the words after the cue are another article's title ("Fierce clashes as fighters
    push towards Hama"), no event this article tells, and read as one they put clashes on the day of
    this story. The cue is the page's convention in every language of the corpus.
    """
    cue = event_cues(lang).get("link_heading")
    return cue is not None and cue.match(sentence.text) is not None


#: A number written in digits (Latin or Arabic-Indic, with separators inside it): "250 airstrikes",
#: «٣١٠ غارات» (:func:`counted_strike`; the table's ``strike_count`` adds the words of a count). It
#: ends on a digit: "In 2018, Russian strikes" is a year and a comma, no count.
_COUNT_DIGITS = r"[0-9\u0660-\u0669](?:[0-9\u0660-\u0669,.\u066c]*[0-9\u0660-\u0669])?"


@cache
def _strike_count(lang: str | None) -> re.Pattern[str]:
    """A count right before a strike word, one word at most between (:func:`counted_strike`)."""
    words = "|".join(f"(?:{x})" for x in (_COUNT_DIGITS, *table_rows(lang or "en", "strike_count")))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)(?P<between>\s+\S+)?\s*$", re.IGNORECASE)


def counted_strike(trig: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether a strike word is counted: a number or a word of count stands right before it
    ("carried out about 250 airstrikes", "300 Israeli strikes", "dozens of air strikes", « des
    centaines de frappes », «نفذ نحو ٣١٠ غارات», «cientos de bombardeos», «mit Hunderten
    Luftschlägen»; the table's ``strike_count``). One word may stand between only when it is
    capitalised, a demonym ("300 Israeli strikes"): "killed 12 in strikes" is a toll, no count.

    Why (round 15, mil15): a tally of raids is what an army or a monitor reports of the days it
    counts, news even when it names no town ("across Syria") and no day; a strike word with neither
    is otherwise a description of the war ("waves of Russian strikes") and dropped. Dated, the tally
    takes the range of the days before its report (:func:`held_entry_range`): Israel's hundreds of
    strikes after the fall, told so by outlets in three languages (en-136f2b6f59, en-6bb3dbf4f0,
    de-4d08952324), were lost.
    """
    if trig.kind != "strike":
        return False
    m = _strike_count(lang).search(text, window_start(sentence_start, trig.start, QUANTIFIER_REACH), trig.start)
    return m is not None and (m.group("between") is None or m.group("between").strip()[:1].isupper())


def old_strike(d: DateHit, published: Any) -> bool:
    """Whether a strike is dated long before the article (:data:`BACKGROUND_EVENT_DAYS`, as
    :func:`long_before` counts for statements): "in 2018, Russian jets bombed Idlib" recalls the
    war's past, it is no strike of the offensive. Past "other" events (a prison's history, the 2016
    evacuation) stay, as the gold keeps them.
    """
    if published is None or d.date is None:
        return False
    return (published - (d.date_end or d.date)).days > BACKGROUND_EVENT_DAYS


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
                               "gathering"})
#: Roles of "other" told once per place of the list right after the verb ("occupied A, B and C",
#: «توغلت في قرى أ وب وج»): each village a foreign army occupies or pushes into is news of its own,
#: as each town of a list of captures is a control change of its own (the corpus's annotation rule).
#: An advance "towards Hama and Homs" stays one movement.
PER_PLACE_ROLES = frozenset({"occupation", "incursion"})


def listed_places(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The towns of the list that opens right after a verb (the first within :data:`OBJECT_REACH`
    characters, each next one joined to the one before as :func:`_listed_after` reads a list of
    captures): "occupied the villages of A, B and C", «احتل قرى أ وب وج».

    Why: the verb's object is the list, which may run past the window a situation's places are
    looked for in; a town after it that no coordinator joins ("in the Quneitra countryside") only
    locates the list.
    """
    rules = rules_for(ctx.lang)
    after = sorted((m for m in ctx.places if m.start >= trig.end and _is_town(m)), key=lambda m: m.start)
    if not after or after[0].start - trig.end > OBJECT_REACH:
        return []
    out = [after[0]]
    for m in after[1:]:
        if not _listed_after(out[-1], m, ctx.text, rules):
            break
        out.append(m)
    return out


#: How far (characters) before a strike word its definite article or possessive may stand
#: (:func:`definite_retold`: "the air strike hit"), and after it (Arabic's possessive suffix, «غاراته»).
DEFINITE_REACH, DEFINITE_AFTER = 30, 4


def definite_strike(trig: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> bool:
    """Whether a strike word is named with a definite article or a possessive (the table's
    ``strike_definite``: "the strikes", «القصف», « les frappes », «غاراته»): it refers back to a
    raid already told, in its sentence or before it (:func:`definite_retold`)."""
    cue = event_cues(lang).get("strike_definite")
    return cue is not None and cue.search(text, max(sentence.start, trig.start - DEFINITE_REACH),
                                          min(sentence.end, trig.end + DEFINITE_AFTER)) is not None


def strike_clause(ctx: SentenceContext, trig: TriggerHit) -> tuple[int, int]:
    """The span of a strike word's own clause among the sentence's strikes: it ends at the last
    clause break between it and the strike word after it, and starts after the last one between
    the strike word before it and it; a sentence with one strike is one span.

    Why: "drones hit Saraqib, while artillery shelled villages near Maarat al-Numan", «تعرضت
    دمشق لهجوم بطائرات مسيرة، في حين استمر النظام في قصف ريف حماة» tell two strikes of the day
    in one sentence; given every place of the sentence, both named the same towns and the merge
    made them one raid. The last break, not the first: a list of targets has commas of its own
    ("struck Idlib, Ariha and Sarmada, while ..."); and only one that opens a clause of its own
    (:func:`clause_opening`): "After strikes on Aleppo and Idlib, jets raided Idlib" tells one raid
    and its background; nor before a strike named with a definite article (", and the strikes killed
    12 people from Sarmada": the raid told, :func:`definite_strike`). Strike words with no such break
    between share one span.
    """
    s = ctx.sentence
    lo, hi = s.start, s.end
    opening = clause_opening(ctx.lang)
    if opening is None:
        return lo, hi
    for other in (t for t in ctx.triggers if t.kind == "strike" and t is not trig):
        first, second = (other, trig) if other.end <= trig.start else (trig, other)
        if first.end > second.start:
            continue
        ends = [m.end() for m in CLAUSE_BREAK.finditer(ctx.text, first.end, second.start)]
        # (round 15, dat15) a raid after "the day after" is the day before's, a raid of its own
        if not ends or not (opening.match(ctx.text, ends[-1], second.end)
                            or after_day_after(ctx.text, first, rules_for(ctx.lang))) or definite_strike(
                second, ctx.sentence, ctx.text, ctx.lang):
            continue  # "..., on the second day of intense bombing", ", and the strikes killed 12": the same raid
        if other is first:
            lo = max(lo, ends[-1])
        else:
            hi = min(hi, ends[-1] - 1)
    return lo, hi


def attacker_capital(m: Any, trig: TriggerHit, actors: Sequence[ActorMention], text: str) -> bool:
    """Whether a place mention inside a strike's words is a capital standing for the state that
    struck (or for its ally), named as the verb's subject: "Moscow, Damascus's ally, attacked
    Aleppo", «Moscú ... atacó Alepo», « Moscou a attaqué Alep ».

    Why (round 30, ev30oth): the rows of a state's plain verb of attacking hold its subject, and
    the capital that names the attacker is no target of the raid (the strike was put on Moscow)."""
    if not (trig.start <= m.start and m.end <= trig.end):
        return False
    states = [a for a in actors if a.type in ("state", "government_body")]
    if not any(a.start <= m.start and m.end <= a.end for a in states):
        return False
    # the subject that opens the strike's words, or the apposition right after it ("Moscow,
    # Damascus's ally, ..."); a capital among the targets («griff Ziele in Damaskus an») stays
    return m.start == trig.start or any(a.start == trig.start and _APPOSITION_GAP.fullmatch(text, a.end, m.start)
                                        for a in states)


_APPOSITION_GAP = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,3}")  # "Moscow, ", « Moscou, allié de »


def strike_places(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The place mentions a strike names: those of its own clause (:func:`strike_clause`) when it
    has any, else every one of the sentence ("the strikes killed 12 in Idlib" after a comma
    names no place of its own only when the sentence is about one raid)."""
    lo, hi = strike_clause(ctx, trig)
    own = [m for m in ctx.places if lo <= m.start and m.end <= hi]
    return own or list(ctx.places)


def strike_shared_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                        s_dates: Sequence[DateHit], lang: str | None, sentence: Sentence) -> dict[TriggerHit, DateHit]:
    """The day of a strike dated by a phrase of its own, for the strikes of its sentence told in
    another clause with no date of their own, when the sentence names that one day only.

    Why: "drones hit Saraqib on Friday, while artillery shelled villages near Maarat al-Numan",
    « des drones ont frappé Saraqeb vendredi, tandis que l'artillerie a bombardé ... »: each date
    goes to its nearest verb and strikes share none (:data:`SHARING_KINDS`), so the second raid of
    the day was lost. One day in the sentence is the day of both; with two days, whose is which
    is not told. A strike word in the same clause is the same raid (:func:`one_strike`), and so is
    one after a comma that opens no clause of its own (:func:`clause_opening`: "..., on the second
    day of intense bombing") or named with a definite article (:func:`definite_strike`: "..., and the
    strikes killed 12").
    """
    days = {(d.start, d.end) for d in s_dates}
    hosts = [t for t in triggers if t.kind == "strike" and t in dated]
    opening = clause_opening(lang)
    if len(days) != 1 or not hosts or opening is None:
        return {}
    out: dict[TriggerHit, DateHit] = {}
    for t in triggers:
        if t.kind != "strike" or t in dated:
            continue
        host = max((h for h in hosts if h.end <= t.start), key=lambda h: h.end, default=None)
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, host.end, t.start)] if host is not None else []
        # "..., while artillery shelled", «، وقصفت المدفعية»: a clause of its own; ", in the second day
        # of intense bombing" is a phrase about the raid told before, no second one
        if breaks and opening.match(text, breaks[-1], t.end) and not definite_strike(t, sentence, text, lang):
            out[t] = dated[host]
    return out


@cache
def clause_opening(lang: str | None) -> re.Pattern[str] | None:
    """What opens a clause of its own right after a comma: a subordinator of the table's
    ``clause_openers`` ("while", « tandis que », «في حين») or a coordinator (``coordinators``:
    "and", «و», glued to the verb in a language that writes it so, ``word_proclitics``)."""
    openers, coordinators = table_rows(lang or "en", "clause_openers"), table_rows(lang or "en", "coordinators")
    if not openers and not coordinators:
        return None
    glued = set(table_rows(lang or "en", "word_proclitics"))
    words = "|".join(f"(?:{x})" for x in (*openers, *coordinators))
    stuck = "|".join(f"(?:{x})" for x in coordinators if x in glued)
    pattern = rf"\s*(?:(?:{words})(?!\w)" + (rf"|(?:{stuck})(?=\w)" if stuck else "") + ")"
    return re.compile(pattern, re.IGNORECASE)


def since_strikes(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], dates: Sequence[Any],
                  until: Any) -> dict[TriggerHit, DateHit]:
    """Dates for the undated strikes of a sentence that names a recent "since X" day: the days from X
    to ``until`` (the story's day, or the publication when later), week precision, as
    :func:`since_captures` dates captures.

    Why (round 16, mil16): "Syrian and Russian strikes since 27 November have killed 56 people", «أسفرت
    الغارات منذ 27 تشرين الثاني عن مقتل», «Seit dem 27. November haben Luftangriffe ... getötet» count
    the raids of those days; the corpus rules (round 14) read such a toll of one kind of event as
    that kind's ranged event. The "since" point dates no event (:func:`timeline.sentences.usable_dates`),
    so the sentence counted as dated and its strikes, with no place, were dropped (two outlets'
    copies of the White Helmets' toll in half a: en-7a3c4f9746, fr-ffb3cb69ed). The rule, the
    window and the choice of the earliest point are :func:`since_captures`'s.
    """
    span = since_span(dates, until)
    if span is None:
        return {}
    return {t: span for t in triggers if t not in dated and t.kind == "strike"}


def placeless_retold(raws: list[RawEvent]) -> list[RawEvent]:
    """An article's strikes without any place, dropped when the article tells a strike of the same
    day with places, by an attacker in common (or where one of them names none).

    Why: a story sums a raid up ("On Sunday, Israeli airstrikes targeted former army bases", «نعى
    الدفاع المدني المتطوع الذي استشهد بغارات النظام وروسيا») and tells it with its targets
    ("strikes were reported at Mezzah airbase and depots in Sweida"); the merge joins two strikes
    by a common place, so the summary, with none, stayed a second raid of the day on the map.
    """
    def retold_kind(e: Event) -> str | None:
        if e.kind == "strike":
            return "strike"
        # (round 29, ev29oth) an entry into the buffer zone told twice, with its region and without
        # (« L'armée israélienne s'est déployée dans la zone-tampon près du Golan ... Les chars ont
        # pénétré dans la zone-tampon »): one move, as a raid summed up and told with its targets
        return "buffer_zone" if e.kind == "other" and e.summary.startswith(TOPICS["buffer_zone"]) else None

    def same_days(p: Event, e: Event) -> bool:
        if retold_kind(e) == "strike":
            return p.date == e.date and p.date_end == e.date_end
        # an undated retelling is ranged up to the report (held_entry_range): it holds the move's day
        return e.date <= (p.date_end or p.date) and p.date <= (e.date_end or e.date)

    placed = [r.event for r in raws if retold_kind(r.event) and r.event.places and r.event.date is not None]
    out = []
    for r in raws:
        e = r.event
        if retold_kind(e) and not e.places and e.date is not None and any(
                retold_kind(p) == retold_kind(e) and same_days(p, e)
                and (not e.actors or not p.actors or set(e.actors) & set(p.actors)) for p in placed):
            continue
        out.append(r)
    return out


def definite_retold(raws: list[RawEvent], text: str, lang: str | None) -> list[RawEvent]:
    """Strikes told by a definite or possessive strike noun ("the attack struck a crowded market",
    «وأسفر القصف عن مقتل», « les frappes ont fait neuf morts »: the table's ``strike_definite``)
    in a sentence with no date phrase of its own, after a strike the article told: dropped.

    Why: the article means the raid it told before; the sentence gives its toll or a target, and
    dated by the story's lead (or publication) day it put a second raid on the map, at whatever
    place it names (where the dead came from). A strike with a date of its own ("the shelling of
    Ariha on Monday") is news of its own and stays.
    """
    # the article's first strike is never a retelling: only those told in a later sentence are
    first = min((r.sentence.start for r in raws if r.event.kind == "strike"), default=None)
    return [r for r in raws if not (
        r.event.kind == "strike" and first is not None and first < r.sentence.start
        and r.event.date_inferred in ("lead", "published", STORY_DATE, PREVIOUS_DATE)
        and definite_strike(r.trigger, r.sentence, text, lang))]


#: Roles of "other" that tell a foreign army moving into ground it then holds (the buffer zone):
#: undated, they are dated as an undated capture is, by a range (:func:`held_entry_range`). An
#: occupation of named villages keeps the day it is told on (its rows in
#: tests/timeline/challenge_situation_events.yaml); on the half of the corpus read, a range for it
#: only moved which gold event matched.
HELD_ROLES = frozenset({"buffer_zone"})
#: How many days before its inferred day an undated entry's range starts (:func:`held_entry_range`):
#: fewer than an undated capture's :data:`INFERRED_CONTROL_DAYS`, since an army's entry into a zone is
#: reported as it happens, while a town's fall is told for a week after.
HELD_ENTRY_DAYS = 3


def held_entry_range(event: Event, published: Any) -> Event:
    """An undated entry into ground that is then held, dated by a range as an undated capture is:
    :data:`HELD_ENTRY_DAYS` before its inferred day (the lead's or the publication's) up to the
    publication, week precision.

    Why (round 15, mil15): "Israel has confirmed that its troops have entered a buffer zone", « les
    forces israéliennes ont pénétré dans la zone tampon », «Israel hatte seine Streitkräfte in die
    Pufferzone verlegt» tell a position held when the story is written, reached on some day before
    it that the sentence does not name; the story's day put the entry a day or two late (three
    outlets' reports of the 8 December move, en-4409850385, fr-484cb08f10, de-17289b61fb). A capture
    told so gets the same kind of range (:func:`extract_events`), and so does an undated tally of
    strikes (:func:`counted_strike`): raids of the days before the report.
    """
    return report_range(event, published, lambda told: told - timedelta(days=HELD_ENTRY_DAYS))


#: How far (characters) from a verb of launching its aircraft subject may stand (:func:`air_launched`):
#: "Israeli warplanes launched", «شن الطيران الحربي الإسرائيلي».
AIR_SUBJECT_REACH = 40


@cache
def _air_attackers(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``air_attackers`` (aircraft, drones, warships, an air force), as whole words."""
    return whole_words(table_rows(lang or "en", "air_attackers"))


def air_launched(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a verb of launching an attack ("launched a wave of attacks", «شن هجمات») has aircraft,
    drones, warships or an air force for subject (the table's ``air_attackers``): right before it
    with no clause break between, or, in a verb-subject language, right after it.

    Why (round 16, mil16): what aircraft launch is a series of raids, a strike, not the launch of a
    ground offensive: «شن الطيران الحربي الإسرائيلي موجة من الهجمات» was an "Offensive launched" of
    the day of Israel's raids after the fall (two half-a files, ar-b6d23a6ba2 and ar-9a052d6240, the
    strike missed in one), and "Israeli warplanes launched a wave of attacks" reads the same in English.
    "Backed by Russian jets, the army launched an attack" keeps the army's attack: the jets stand
    past a comma.
    """
    cue = _air_attackers(ctx.lang)
    if cue is None or trig.role != "offensive":
        return False
    s = ctx.sentence
    for m in cue.finditer(ctx.text, window_start(s.start, trig.start, AIR_SUBJECT_REACH), trig.start):
        # «إن الطيران الحربي الإسرائيلي، شن»: Arabic news may close a fronted subject with a comma
        # right before its verb; English, French, Spanish and German put none between subject and
        # verb ("backed by drones, the groups launched", «apoyados por drones, lanzaron»: not the subject)
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(ctx.text, m.end(), trig.start)]
        comma_ok = rules_for(ctx.lang).verb_subject and breaks and not ctx.text[breaks[-1]:trig.start].strip()
        if (not breaks or comma_ok) and not any(
                m.end() <= a.start and a.end <= trig.start for a in ctx.actors):
            return True
    if rules_for(ctx.lang).verb_subject:
        m = cue.search(ctx.text, trig.end, min(s.end, trig.end + AIR_SUBJECT_REACH))
        return m is not None and not CLAUSE_BREAK.search(ctx.text, trig.end, m.start())
    return False


#: How far after an encircling verb (characters) "the capital" may stand as its object.
ENCIRCLED_CAPITAL_REACH = 30


def encircled_capital(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether an encircling verb (role ``encirclement``) has "the capital" for object (the table's
    ``capital_anaphor``, a few words after it: "began to encircle the capital", « encercler la
    capitale », «rodear la capital»).

    Why (round 17, oth17): encircling a town is an advance on it (an ``other`` event, no capture),
    and three half-a files (en, fr, es) told the rebels ringing Damascus so, twice as "the
    capital" with no name the geoparser finds; an encircling verb with neither a town nor the
    capital after it («die Truppen kesselten die Einheit ein») tells no advance. The Arabic verbs
    («طوق», «تطويق») have no row: on both halves they added only encirclements told as background."""
    pattern = table_pattern(ctx.lang, "capital_anaphor")
    return pattern is not None and pattern.search(
        ctx.text, trig.end, min(ctx.sentence.end, trig.end + ENCIRCLED_CAPITAL_REACH)) is not None


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


#: (Round 41, oth41) How far (characters) before a launch verb its subject, a foreign state, may stand
#: (:func:`foreign_launcher`), and after it in a verb-subject language.
FOREIGN_LAUNCHER_BEFORE, FOREIGN_LAUNCHER_AFTER = 60, 30


def foreign_launcher(s: Sentence, trig: TriggerHit, actors: Sequence[ActorMention], text: str,
                     lang: str | None) -> bool:
    """Whether the subject of a launch verb is a foreign state, no armed group between them
    ("Israel has launched a large-scale offensive against the remnants of the army", «Israel ha
    iniciado una ofensiva de gran envergadura», «شنت إسرائيل هجوما»): that state's campaign, not the
    rebels' 27 November launch.

    Why (round 41, oth41): with no armed group as the verb's subject, the launch fell back on any
    armed side of the sentence (HTS, named as the power Israel acted after) and was dated as the
    rebels' launch of 27 November, an event a fresh development article does not tell. A state's
    backing ("Turkey-backed factions launched", "Turkey's SNA launched") names the armed group
    between the state and the verb, and stays the rebels' launch."""
    own = [a for a in actors if within(s, a.start, a.end)]
    armed = [a for a in own if a.type == "armed_group"]
    backing = backers(own, text, lang)  # "factions backed by Turkey launched": Turkey backs, it launched nothing
    for a in own:
        if a.type != "state" or not a.country or a.country == "SY" or a in backing:
            continue
        before = 0 <= trig.start - a.end <= FOREIGN_LAUNCHER_BEFORE
        after = (rules_for(lang).verb_subject and 0 <= a.start - trig.end <= FOREIGN_LAUNCHER_AFTER)
        if before and not CLAUSE_BREAK.search(text, a.end, trig.start) and not any(
                a.end <= g.start and g.end <= trig.start for g in armed):
            return True
        if after and not CLAUSE_BREAK.search(text, trig.end, a.start) and not any(
                trig.end <= g.start and g.end <= a.start for g in armed):
            return True
    return False


#: How far (characters) around a ceasefire or strike word the table's ``other_theatre`` is looked for
#: (:func:`other_theatre`), inside its sentence.
THEATRE_BEFORE, THEATRE_AFTER = 80, 100


def other_theatre(ctx: SentenceContext, trig: TriggerHit, places: list[Any]) -> bool:
    """Whether a ceasefire, or a strike on no Syrian place, belongs to another war: the table's
    ``other_theatre`` (Lebanon, Hezbollah, Gaza, Hamas, Ukraine, "neighbouring") stands near its
    word ("the day a truce between Israel and Hezbollah took effect in Lebanon", « un cessez-le-feu
    au Liban », «وقف إطلاق النار في لبنان», "Israeli strikes on Gaza weakened Iran's allies").

    Why (round 32, prec32): the offensive began the day the Lebanon truce took effect, and outlets
    in every language recall it beside the launch; Iran's weakness is told by Israel's strikes on
    Gaza and Beirut. Read as news of the Syrian war they put a ceasefire and a strike on the map
    that no corpus file has. A strike on a Syrian place stays ("Israeli strikes on Hezbollah
    depots near Qusayr"), as does the Manbij truce.
    """
    if trig.role != "ceasefire" and trig.kind != "strike":
        return False
    s = ctx.sentence
    start, end = max(s.start, trig.start - THEATRE_BEFORE), min(s.end, trig.end + THEATRE_AFTER)
    if trig.kind == "strike" and (any(p.country_code == "SY" for p in places) or any(
            m.country_code == "SY" and start <= m.start < end for m in ctx.places)):
        return False  # « les attaques israéliennes sur Gaza, le Liban et la Syrie »: Syria is struck too
    cue = event_cues(ctx.lang).get("other_theatre")
    return cue is not None and cue.search(ctx.text, start, end) is not None


#: (Round 41, oth41) The marks that end a question (Latin and Arabic), and the closing quotation
#: marks that may follow them.
_QUESTION_END = re.compile(r"[?؟][\s\"'”’»)]*$")


def asked(sentence: Sentence) -> bool:
    """Whether a sentence is a question ("How many people were displaced across the world?",
    « Combien de personnes ont fui ? », «كم عدد النازحين؟»): a situation it names is asked about,
    not reported.

    Why (round 41, oth41): a quoted question in a fresh development article made a displacement
    of the publication day that no one reported."""
    return _QUESTION_END.search(sentence.text) is not None


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
        states = [("Syrian government" if sig.country_code == "SY" else registry.state_of(sig.country_code))
                  for sig in signals]
        states += [a.name for a in ctx.actors if a.type in ("state", "government_body")]
        # "HTS shelling", "the rebels shelled", «قصف الفصائل»: an armed group right next to the strike
        # word is who struck, so that its strike is not told as the air raid on the same town
        states += [a.name for a in ctx.actors if a.type == "armed_group" and strike_subject(a, trig, ctx)]
        states = _dedupe([n for n in states if n])
        speaker_end = condemnation_end(trig, s.start, ctx.text, ctx.lang)
        if speaker_end is not None:
            # "Egypt condemned the Israeli strikes", «وأدانت الخارجية العراقية الغارات الإسرائيلية»: who
            # condemns is the verb's subject (before it, or right after it in a verb-subject language),
            # not who struck
            subject_end = trig.start if rules_for(ctx.lang).verb_subject else speaker_end
            before = {a.name for a in ctx.actors if a.end <= subject_end} | {
                ("Syrian government" if sig.country_code == "SY" else registry.state_of(sig.country_code))
                for sig in signals if sig.end <= subject_end}
            states = [n for n in states if n not in before] or states
        places = _unique_places([m for m in strike_places(ctx, trig) if (m.feature_code or "")[:3] != "PCL"
                                 and not attacker_capital(m, trig, ctx.actors, ctx.text)])
        casualties = casualties_of(s.text, ctx.lang)
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


#: How far (characters) before a launch verb the relative pronoun of its clause may stand
#: (:func:`relative_launch_outside`): the pronoun and an auxiliary ("that had launched", « qui a lancé »).
RELATIVE_LAUNCH_REACH = 30


def relative_launch_outside(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> bool:
    """Whether a launch verb opens a relative clause on a noun (the table's ``relative_pronoun``
    right before it, an auxiliary at most between: "the alliance that launched the offensive", «
    l'alliance qui a lancé l'offensive », «la alianza que lanzó la ofensiva», «التحالف الذي أطلق
    الهجوم») and its date phrase stands before the pronoun, outside the clause.

    Why (round 36, launch36): such a clause tells the launch as background of the sentence's news,
    and the main clause's day ("On Saturday, a commander of the alliance that launched the
    offensive said ...") was given to the launch: a launch on the day of the report. The event is
    left to :func:`background_launches` (the launch told with no day, as the corpus ruling reads it).
    A date inside or after the clause ("the rebels, who launched their offensive on 27 November")
    keeps its day.
    """
    pronoun = rules_for(ctx.lang).relative_pronoun
    if pronoun is None or d.date is None or d.start < ctx.sentence.start or d.start >= trig.start:
        return False
    lo = max(ctx.sentence.start, trig.start - RELATIVE_LAUNCH_REACH)
    for i in range(lo, trig.start):
        if i > lo and ctx.text[i - 1].isalnum() and ctx.text[i].isalnum():
            continue
        m = pronoun.match(ctx.text[i:trig.start])  # the table's pattern is anchored (^): a slice
        if m is None:
            continue
        rest = ctx.text[i + m.end():trig.start]
        if len(rest.split()) <= 1 and not _CLAUSE_PUNCT.search(rest):
            return d.end <= i
    return False


#: How far (characters) before a launch trigger the table's ``since_start`` words may begin
#: (:func:`since_launch`).
SINCE_LAUNCH_REACH = 60
#: How far (characters) after the launch trigger its own date may begin ("began on 27 November",
#: « lancée le 27 novembre »); a date further on is the sentence's report ("..., the monitor said on
#: Sunday").
SINCE_LAUNCH_DAY_GAP = 15
#: A comma or a mark that ends a sentence: a clause ends there (:func:`since_launch`, and with the
#: table's ``clause_joiners`` the ``clause_gap`` of :func:`event_cues`).
_CLAUSE_PUNCT = re.compile(r"[,،;:.!?]")


def since_launch(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> bool:
    """Whether a launch is told only as the start of a span, inside the table's ``since_start``
    words with no date of its own right after it ("the toll since the offensive began rose to 400",
    «حصيلة القتلى منذ بدء هجوم الفصائل»).

    Why (round 32, prec32): a death toll or a count of captures "since the offensive began" uses
    the launch as a reference; read as news it put a launch on the day of a toll, or on the launch
    day in a story told days later, where no corpus file has one (ar-14d1c5e543). "Since the
    offensive began on 27 November" names the day after the trigger and keeps the launch, as round
    11 did (:func:`since_start_dates`).
    """
    if trig.role not in LAUNCH_ROLES:
        return False
    if (d.date is not None and 0 <= d.start - trig.end <= SINCE_LAUNCH_DAY_GAP
            and not _CLAUSE_PUNCT.search(ctx.text, trig.end, d.start)):
        return False
    since = event_cues(ctx.lang).get("since_start")
    if since is None:
        return False
    start = max(ctx.sentence.start, trig.start - SINCE_LAUNCH_REACH)
    end = min(ctx.sentence.end, trig.end + SINCE_LAUNCH_REACH)
    # the since words may hold the trigger («منذ أن أطلقت الفصائل هجومها»: the verb, its noun after)
    return any(m.start() < trig.end and trig.start < m.end() for m in since.finditer(ctx.text, start, end))


def nth_day_launch(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> DateHit:
    """The launch of the offensive dated by "the Nth day of the offensive" is its first day, the
    27 November launch, not the Nth (the table's ``anchor_nth_day``: "on the third day of the
    offensive", « au troisième jour de l'offensive », «في اليوم الثالث على عملية ردع العدوان التي
    أطلقتها», «en el tercer día de la ofensiva», «am dritten Tag der Offensive»).

    Why (round 26, ev26oth): «دخول أول أحياء حلب ... في اليوم الثالث على عملية "ردع العدوان" التي
    أطلقتها» tells the entry on the third day and the launch as background; the launch took the
    phrase's day, 29 November, and the launch of the round-17 ruling (27 November) went missing.
    Only the launch of the offensive the phrase counts from: a launch verb that begins inside the
    phrase (« leur offensive lancée depuis Idleb », "the offensive launched from Idlib") or follows
    it in a relative clause («التي أطلقتها»), with no clause break between; "On the third day of
    the offensive, the rebels launched an assault on Aleppo" is a new assault of the third day, and
    a counter-offensive keeps its day too.
    """
    if trig.role != "offensive" or not d.phrase or ctx.lang is None:
        return d
    if not (d.start <= trig.start and trig.start - d.end <= NTH_DAY_LAUNCH_GAP
            and not CLAUSE_BREAK.search(ctx.text, min(d.end, trig.start), trig.start)):
        return d
    relative = table_pattern(ctx.lang, "relative_pronoun")
    if trig.start >= d.end and not (relative is not None and relative.search(ctx.text, d.end, trig.start)):
        return d  # «Am dritten Tag der Offensive starteten die Rebellen einen Angriff»: a new attack
    if not any(p.fullmatch(d.phrase.strip()) for p in nth_day_patterns(ctx.lang)):
        return d
    day = launch_day()
    return replace(d, date=day, date_end=day, precision="day")


def span_launch(ctx: SentenceContext, trig: TriggerHit, d: DateHit) -> DateHit:
    """The launch of the offensive told by its length ("after an 11-day offensive", « une offensive
    de onze jours », «tras doce días de ofensiva», «nach einer elftägigen Offensive», «بعد هجوم استمر
    11 يوما»: the table's ``launch_span`` inside the trigger's words) is the 27 November launch, not
    the day of the sentence's other verb.

    Why (round 31, ev31oth): the wire's background line "the rebels overthrew Assad on 8 December
    after an eleven-day offensive" tells the launch as background (data/corpus/README.md, round 17);
    on development (three French and Spanish files) it gave no launch, or one on 8 December, the
    fall's day the sentence gives. With no day in its sentence the launch is already the
    background one (:func:`background_launches`); this dates the one a day phrase would have taken.
    """
    if trig.role != "offensive" or ctx.lang is None:
        return d
    span = table_pattern(ctx.lang, "launch_span")
    if span is None or not span.search(strip_diacritics(trig.surface)[0]):
        return d
    day = launch_day()
    return replace(d, date=day, date_end=day, precision="day")


def regrouped_at(ctx: SentenceContext, trig: TriggerHit, place: Place) -> bool:
    """Whether a place is where a side regrouped or set up its defensive lines: inside the words
    of regrouping («gruppierte sich am Donnerstag in Hama neu»), after them with no circumstance
    word or clause break between ("regrouped in Hama", "dug in to defend Homs", "defensive lines
    around Homs"), or just before them with no circumstance word before it («in Hama neu formiert»).

    Why (round 26, ev26oth): "the army regrouped after losing Aleppo" put the regrouping at Aleppo,
    the town lost, which the "after" clause names; the side regrouped somewhere the sentence does
    not say.
    """
    rules = rules_for(ctx.lang)
    for m in ctx.places:
        if mention_place(m) != place:
            continue
        inside = trig.start <= m.start < trig.end
        between = ctx.text[trig.start if inside else trig.end:m.start]
        if inside and not (rules.circumstance is not None and rules.circumstance.search(between)):
            return True
        if (0 <= m.start - trig.end <= REGROUP_GAP and not CLAUSE_BREAK.search(between)
                and not (rules.circumstance is not None and rules.circumstance.search(between))):
            return True
        # «hat sich am Donnerstag in Hama neu formiert»: the German perfect puts the town first
        lead = ctx.text[max(ctx.sentence.start, m.start - CIRCUMSTANCE_REACH):m.start]
        if (0 <= trig.start - m.end <= PLACE_BEFORE_REACH and not CLAUSE_BREAK.search(ctx.text, m.end, trig.start)
                and not (rules.circumstance is not None and rules.circumstance.search(lead))):
            return True
    return False


#: How far (characters) a list of states may end before its statement verb, or open after it.
STATE_LIST_BEFORE, STATE_LIST_AFTER = 40, 30
#: How far (characters) a word of separate statements may stand before the list or after its verb.
SEPARATE_REACH = 25


def state_list_statements(ctx: SentenceContext, event: Event, anchor: TriggerHit,
                          registry: ActorRegistry) -> list[Event]:
    """(Round 30, ev30stm2) A statement of each state of a list that speaks as the verb's subject
    when the words say the states spoke each on their own (the table's ``separate_statements``,
    right before the list, between it and the verb or right after the verb: «أدانت كل من الكويت
    والأردن والعراق» 'each of', «Naciones como Turquía y Catar han llamado», "countries such as
    Egypt and Jordan urged", "Egypt and Jordan separately urged", « l'Algérie et la Tunisie ont
    chacune condamné », «Italien und Griechenland riefen jeweils auf»): each state its own
    statement of the day, with the sentence's other actors after it; ``event`` is the first
    state's. None otherwise: a bare list ("The US, Germany, France and the UK called ...") is one
    statement of them all, as the corpus reads it (11 development statements of two to eight states).

    Why: the corpus gives each state of such a list a statement («كل من» and "such as" name states
    that each spoke); one event with every state among its actors matched one of them and the
    others were lost, and the first state of «كل من» was read as no subject.
    """
    if event.kind != "statement" or not event.actors:
        return []
    heads = [a for a in ctx.actors if a.name == event.actors[0] and a.type == "state"]
    if not heads:
        return []
    members = co_speakers(heads[0], ctx.actors, ctx.text)
    names = _dedupe([a.name for a in members])
    if len(names) < 2:
        return []
    before = 0 <= anchor.start - members[-1].end <= STATE_LIST_BEFORE
    after = 0 <= members[0].start - anchor.end <= STATE_LIST_AFTER
    separate = whole_words(table_rows(ctx.lang, "separate_statements"))
    if not (before or after) or separate is None:
        return []
    lo, hi = min(members[0].start, anchor.start), max(members[-1].end, anchor.end)
    spans = [(max(ctx.sentence.start, members[0].start - SEPARATE_REACH), members[0].start),
             (members[-1].end, hi), (anchor.end, min(ctx.sentence.end, anchor.end + SEPARATE_REACH))]
    if lo < members[0].start:  # the verb before its subject: the words between them too
        spans.append((anchor.end, members[0].start))
    if not any(separate.search(ctx.text[a:b]) for a, b in spans if a < b):
        return []
    return statement_per_speaker(event, names, [n for n in event.actors if n not in names], registry)


def actor_countries(names: Iterable[str], registry: ActorRegistry) -> list[str]:
    """The countries of the registry's actors among ``names``, sorted (an event's ``countries``)."""
    return sorted({a.country for a in map(registry.get, names) if a and a.country})


def statement_per_speaker(event: Event, names: Sequence[str], rest: Sequence[str],
                          registry: ActorRegistry) -> list[Event]:
    """One copy of a statement for each of ``names``, that speaker first and ``rest`` (the
    sentence's other actors) after it, its countries and summary to match: what
    :func:`state_list_statements` and :func:`states_that_did_too` make of several states saying
    the same words."""
    out = []
    for name in names:
        actors = [name, *rest]
        out.append(replace(event, actors=actors, countries=actor_countries(actors, registry),
                           summary=event.summary.replace(event.actors[0], name, 1)))
    return out


#: How far (characters) after a word of likeness (``did_too``) the first state it adds may be named.
DID_TOO_REACH = 12


@cache
def _did_too(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``did_too`` rows as one case-blind pattern ending on a word's end (a row opens
    with its comma, so no word edge is asked before it); None without any."""
    rows = table_rows(lang, "did_too")
    return re.compile("(?:" + "|".join(f"(?:{r})" for r in rows) + r")(?!\w)", re.IGNORECASE) if rows else None


def states_that_did_too(ctx: SentenceContext, event: Event, anchor: TriggerHit,
                        registry: ActorRegistry) -> list[Event]:
    """(Round 30, ev30stm2) The statements of the states a statement's clause adds after its words
    by a word of likeness (the table's ``did_too``: "Russia urged its citizens to leave, as did the
    United States and Jordan", « la Russie a appelé ..., de même que les Etats-Unis et la Jordanie »,
    «Rusia pidió ..., al igual que Estados Unidos», «..., ebenso wie die USA und Jordanien»): each
    such state said the same that day, a statement of its own with the sentence's other actors
    after it; the states must stand right after the word, the word after the statement's verb.

    Why: the corpus gives each of them a statement of its own (the round-21 advice ruling read one
    such AFP sentence as three states' statements); read as more actors of the first statement,
    the states added were lost.
    """
    if event.kind != "statement" or not event.actors:
        return []
    like = _did_too(ctx.lang)
    m = like.search(ctx.text, anchor.end, ctx.sentence.end) if like is not None else None
    if m is None:
        return []
    first = next((a for a in ctx.actors if a.type == "state" and 0 <= a.start - m.end() <= DID_TOO_REACH), None)
    if first is None:
        return []
    names = [n for n in _dedupe([a.name for a in co_speakers(first, ctx.actors, ctx.text)]) if n != event.actors[0]]
    return statement_per_speaker(event, names, [n for n in event.actors[1:] if n not in names], registry)


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


def call_counterparts(ctx: SentenceContext, group: Sequence[TriggerHit], registry: ActorRegistry,
                      kind: str = "call") -> list[str]:
    """The states of the counterparts a call names by their demonyms after its trigger ("held phone
    calls with his Turkish, Iranian and Syrian counterparts", « avec ses homologues turc, iranien et
    syrien », «مع نظرائه التركي والإيراني»): the table's ``call_counterparts`` phrase, and the
    country signals inside it, in text order.

    Why (round 20, fac20): the round-20 ruling (data/corpus/README.md) makes calls told together one
    ``call`` event with each counterpart an ``actors`` entry, the person when named, else the state;
    a counterpart named only by a demonym was left out of the call's actors."""
    pattern = table_pattern(ctx.lang, "call_counterparts")
    calls = [t for t in group if t.kind == kind]
    if pattern is None or not calls:
        return []
    out: list[str] = []
    for m in pattern.finditer(ctx.text, min(t.end for t in calls), ctx.sentence.end):
        # (round 33, spk33b) Syria's counterpart is its government's office (:func:`_phrase_states`)
        out += [office_voice(sig.country_code, registry) or "" for sig in sorted(ctx.signals, key=lambda g: g.start)
                if m.start() <= sig.start and sig.end <= m.end()]
    return _dedupe(out)


def _counterpart_phrases(ctx: SentenceContext, verbs: Sequence[TriggerHit]) -> list[re.Match[str]]:
    """The table's ``counterpart_one`` phrases from the first of ``verbs`` on, in its sentence (from
    its start: "called his Egyptian counterpart", «traf seinen ägyptischen Amtskollegen» are one
    trigger with the counterpart in it)."""
    pattern = table_pattern(ctx.lang, "counterpart_one")
    if pattern is None or not verbs:
        return []
    return list(pattern.finditer(ctx.text, min(t.start for t in verbs), ctx.sentence.end))


def counterpart_states(ctx: SentenceContext, verbs: Sequence[TriggerHit], registry: ActorRegistry) -> list[str]:
    """The state of a single counterpart named by its demonym after a call or meeting verb ("met his
    Egyptian counterpart", « a appelé son homologue égyptien », «التقى نظيره المصري», «se reunió
    con su homólogo egipcio», «traf seinen ägyptischen Amtskollegen»), in text order.

    Why (round 26, ev26st2): only a plural counterpart list was read (``call_counterparts``); the
    state of the one counterpart a call or meeting names by its demonym was not among its actors,
    though the round-19 and round-20 rulings make each party of a meeting or call an actor.
    """
    return _phrase_states(ctx, _counterpart_phrases(ctx, verbs), registry)


def _phrase_states(ctx: SentenceContext, phrases: Sequence[re.Match[str]], registry: ActorRegistry) -> list[str]:
    """The states of the country signals inside ``phrases``, in text order, once each; Syria's, which
    has no state actor, the Syrian government's (:func:`timeline.speakers.office_voice`).

    Why (round 33, spk33b): "spoke with his Syrian counterpart", « avec son homologue syrien »,
    «من نظيره السوري», «con su homólogo sirio», „seinen syrischen Amtskollegen“: the other party of
    the call or meeting was left out, as Syria gives :meth:`ActorRegistry.state_of` no state.
    """
    out: list[str] = []
    for m in phrases:
        out += [office_voice(sig.country_code, registry) or "" for sig in ctx.signals
                if m.start() <= sig.start and sig.end <= m.end()]
    return _dedupe(out)


def counterpart_meeting(ctx: SentenceContext, verb: TriggerHit, registry: ActorRegistry,
                        syria: bool = False) -> list[str]:
    """The two states of a meeting of one state's office with its counterpart, when no person is
    named ("Jordan's foreign minister met his Egyptian counterpart in Amman", «التقى وزير الخارجية
    الأردني نظيره المصري»): the state named nearest before the counterpart phrase (in the subject
    before the verb, or after it in verb-subject order), then the counterpart's state.

    Why (round 26, ev26st2): with no person named and the subject's state also a place, the
    meeting had no participant and was lost; the counterpart makes it a meeting of two states.
    """
    phrases = _counterpart_phrases(ctx, [verb])
    # (round 31, ev31dip2) ``syria`` (calls): Syria's office is its government's (office_voice):
    # «تلقى وزير الخارجية السوري اتصالا هاتفيا من نظيره السعودي», «مع نظيره السوري» named no state
    # on the Syrian side
    voice = (lambda c: office_voice(c, registry)) if syria else registry.state_of
    others = _dedupe([voice(sig.country_code) or "" for m in phrases for sig in ctx.signals
                      if m.start() <= sig.start and sig.end <= m.end()])
    if not phrases or not others:
        return []
    start = phrases[0].start()
    own = [voice(sig.country_code) or "" for sig in sorted(ctx.signals, key=lambda g: g.start)
           if sig.end <= start and (sig.start >= verb.start or 0 <= verb.start - sig.end <= MEETING_SUBJECT_REACH)]
    own = [s for s in own if s and s not in others]
    if not own:
        # (round 34, str34) the host's office right after the verb and the guest's after it, in one
        # phrase («استقبل ولي العهد السعودي وزير الخارجية التركي», «استقبل الرئيس السوري وزير الخارجية
        # الإيراني»): the phrase names both sides, Syria's office its government's (office_voice)
        named = _dedupe([office_voice(sig.country_code, registry) or "" for m in phrases[:1]
                         for sig in ctx.signals if m.start() <= sig.start and sig.end <= m.end()])
        named = [s for s in named if s]
        return named if len(named) >= 2 else []
    return _dedupe([own[-1], *others])


#: How far after a meeting verb (characters) the group it names may begin («اجتمع وزراء الخارجية العرب»,
#: «اجتماعا يضم ثماني دول عربية»), as :data:`MEETING_SUBJECT_REACH` reaches before it.
GROUP_AFTER_REACH = 40


def meeting_group(ctx: SentenceContext, verb: TriggerHit) -> str | None:
    """The group a meeting's members are named by, by their number or role, as the subject before
    its verb or right after it ("Arab foreign ministers gathered in Aqaba", "foreign ministers of
    eight Arab states met", « les ministres arabes se sont réunis », «اجتماع يضم ثماني دول عربية»,
    «die arabischen Außenminister kamen zusammen»): the table's ``meeting_group`` phrase, as written.

    Why (round 26, ev26st2): such a meeting names no state and no person, so no participant was
    found and the meeting was lost; the group as written is its participant (the states it also
    names, the guests, are added as for any meeting).
    """
    pattern = table_pattern(ctx.lang, "meeting_group")
    if pattern is None:
        return None
    for m in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        before = 0 <= verb.start - m.end() <= MEETING_SUBJECT_REACH and not CLAUSE_BREAK.search(
            ctx.text, m.end(), verb.start)
        after = 0 <= m.start() - verb.start <= GROUP_AFTER_REACH + (verb.end - verb.start)
        if before or after:
            return m.group(0).strip()
    return None


#: Who may be said to follow events closely as a statement (:func:`watcher_speaks`).
WATCHER_TYPES = frozenset({"state", "government_body", "official"})


def watcher_speaks(group: Sequence[TriggerHit], speaker_name: str | None, registry: ActorRegistry) -> bool:
    """Whether a statement told only by the tables' ``watching`` rows ("Algeria's foreign ministry
    is closely following events in Syria", « suit de près », «تتابع باهتمام», «sigue con atención»,
    «verfolgt aufmerksam») has a state, a government body or an official for its speaker.

    Why (round 26, ev26st2): the corpus reads a state's words that it follows events closely as its
    statement (stance concerned_neutral), but residents or markets following the news say nothing;
    only a state's voice makes the wording a statement.
    """
    said = [t for t in group if t.kind == "statement"]
    if not said or any(t.role != "watching" for t in said):
        return True
    actor = registry.get(speaker_name) if speaker_name else None
    return actor is not None and getattr(actor, "type", None) in WATCHER_TYPES


def office_states_after(ctx: SentenceContext, verb: TriggerHit, registry: ActorRegistry) -> list[str]:
    """The states of a meeting whose members follow its verb as a plural office and a list of
    states («اجتمع وزراء خارجية تركيا وروسيا وإيران في الدوحة»): the table's
    ``meeting_office_after`` right after the verb, then the country signals one after another with
    only the table's ``meeting_members_joiner`` between them, in text order.

    Why (round 20, mtg20): in verb-subject order the members stand after the verb, where the states
    a meeting of offices names were never looked for (only before it, "the Turkish, Russian and
    Iranian foreign ministers met"); their names are also the places of those states, so no speaker
    was chosen and the meeting was lost. The round-19 ruling reads such a meeting as its states.
    """
    office = table_pattern(ctx.lang, "meeting_office_after")
    joiner = table_pattern(ctx.lang, "meeting_members_joiner")
    if office is None or joiner is None:
        return []
    m = office.match(ctx.text, verb.end, ctx.sentence.end)
    if m is None:
        return []
    out: list[str] = []
    pos = m.end()
    for sig in sorted(ctx.signals, key=lambda g: g.start):
        if sig.start < pos:
            continue
        if joiner.fullmatch(ctx.text, pos, sig.start) is None:
            break
        out.append(registry.state_of(sig.country_code) or "")
        pos = sig.end
    out = _dedupe(out)
    return out if len(out) >= 2 else []


#: The states of the Astana format (round 26, ev26st): Russia, Turkey and Iran, the guarantors of the
#: 2017 de-escalation talks (https://en.wikipedia.org/wiki/Astana_talks); a fact, the same in every
#: language, while the table's ``astana_group`` holds each language's wording of the group.
ASTANA_GUARANTORS: tuple[str, ...] = ("Russia", "Turkey", "Iran")


#: A year before the period's ("in 2017", «عام 2015»): a sentence of the group's history.
_EARLIER_YEAR = re.compile(r"(?<!\d)(?:19\d\d|20[01]\d|202[0-3])(?!\d)")


def astana_members(ctx: SentenceContext) -> list[str]:
    """The Astana guarantors when the sentence names the group by the table's ``astana_group`` ("the
    Astana-format ministers", « les garants du processus d'Astana », «دول مسار أستانا», «los países
    garantes de Astaná», «die Astana-Garantiemächte»), else nothing.

    Why (round 26, ev26st): a meeting of the group told by its name ("the foreign ministers of the
    Astana guarantors met in Doha", «عقد اجتماع بصيغة أستانا في الدوحة») names no state, so it had
    no participant and was lost, or took the venue's state alone; the round-19 ruling lists the
    participants one by one, and this group's members are always the same three states.
    """
    pattern = table_pattern(ctx.lang, "astana_group")
    if pattern is None or pattern.search(ctx.text, ctx.sentence.start, ctx.sentence.end) is None:
        return []
    if _EARLIER_YEAR.search(ctx.sentence.text):
        # "talks of the guarantors began in 2015, from which the Astana process grew": its history
        return []
    return list(ASTANA_GUARANTORS)


#: How far after a meeting word (characters) the future verb announcing it may stand, in the words
#: said (:func:`announced_in_words`): «اجتماع وزراء خارجية الدول الضامنة سيعقد».
ANNOUNCED_AFTER_REACH = 45


def announced_in_words(ctx: SentenceContext, trigger: TriggerHit, group: Sequence[TriggerHit],
                       d: DateHit) -> bool:
    """Whether a meeting word stands in the words a statement verb of its group reports, told as to
    come ("Fidan announced on Tuesday that the ministers will meet in Doha", « a annoncé mardi que
    les ministres se réuniront », «أعلن ... أن اجتماع الوزراء سيعقد»): the table's ``announced``
    words in its clause, before it or right after it (the noun before its future verb), and the
    group's date outside those words (the statement's day, not the meeting's).

    Why (round 14, mix14b): the most specific kind of the group won, and the sentence gave a meeting
    on the day of the announcement and no statement. What is announced is what was said: the
    statement stands on its day; a meeting the words date («سيجتمعون يوم غد الأحد») keeps its day,
    and one they do not date is left out. Visits are left as they were: the challenge rows keep
    "said on Sunday that Blinken would visit Ankara" a visit of that Sunday (speaker-en-088).
    """
    rules = rules_for(ctx.lang)
    if trigger.kind != "meeting" or rules.announced is None:
        return False
    for verb in group:
        if verb.kind != "statement" or verb.end > trigger.start:
            continue
        opens = reported_clause_start(verb, ctx.text, ctx.lang)
        if opens > trigger.start or d.start >= opens:
            continue
        lo = max(opens, trigger.start - ANNOUNCED_REACH)
        hi = min(ctx.sentence.end, trigger.end + ANNOUNCED_AFTER_REACH)
        if rules.announced.search(ctx.text, lo, hi) is not None:
            return True
    return False


#: How far before a meeting word (characters) the words naming it an occasion may start
#: (:func:`occasion_meeting`): "on the sidelines of a cabinet meeting".
OCCASION_REACH = 45


@cache
def _occasion_words(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``occasion_words`` ("on the sidelines of", « en marge de », «على هامش») followed
    by at most two words (an article, "cabinet") up to the meeting word."""
    rows = table_rows(lang, "occasion_words")
    if not rows:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{r})" for r in rows) + r")\s*(?:\S+\s+){0,2}$", re.IGNORECASE)


def occasion_meeting(ctx: SentenceContext, trigger: TriggerHit, group: Sequence[TriggerHit]) -> bool:
    """Whether a meeting word names the occasion of a statement of its group ("said on Tuesday on
    the sidelines of a cabinet meeting that", « a déclaré en marge d'une réunion du gouvernement
    que », «قال في تصريح على هامش اجتماع الحكومة إن»): where the words were said, no meeting the
    article reports.

    Why (round 14, mix14b): the most specific kind of the group won, and the sentence gave a
    meeting (with the city of the words said as its venue) and no statement. "On the sidelines of"
    and its equivalents make the noun after them a circumstance of another act, in every language.
    """
    if trigger.kind != "meeting" or not any(t.kind == "statement" for t in group):
        return False
    pattern = _occasion_words(ctx.lang)
    if pattern is None:
        return False
    lo = max(ctx.sentence.start, trigger.start - OCCASION_REACH)
    return pattern.search(ctx.text[lo:trigger.start]) is not None


#: How far before a bare meeting noun (characters) its article may start (:func:`reported_meeting_noun`).
REPORTED_NOUN_REACH = 12


def reported_meeting_noun(ctx: SentenceContext, trigger: TriggerHit, group: Sequence[TriggerHit]) -> bool:
    """Whether a meeting trigger is a bare meeting noun with its definite article (the table's
    ``reported_meeting_noun``, « la réunion ») standing after a statement verb of its group, in the
    words it reports (« le porte-parole de la Ligue arabe a déclaré que l'organisation attendait la
    réunion des ministres »): a meeting talked about, not one told as held; the statement stays.

    Why (round 26, ev26st): once the Arab League was an actor, the meeting word of its spokesman's
    words found a participant and took the sentence's one diplomatic event from the statement (the
    meeting kind wins), as in a development file of the Aqaba meetings.
    """
    if trigger.kind != "meeting":
        return False
    pattern = table_pattern(ctx.lang, "reported_meeting_noun")
    if pattern is None:
        return False
    # the noun with its definite article (« la réunion »): a meeting referred to; « une réunion »
    # that the words say someone will host is an announced meeting (round 19) and stays
    start = max(ctx.sentence.start, trigger.start - REPORTED_NOUN_REACH)
    if not any(m.end() == trigger.end for m in pattern.finditer(ctx.text, start, trigger.end)):
        return False
    return any(t.kind == "statement" and t.end <= trigger.start for t in group)


#: How far after a meeting noun (characters) the predicate telling it held may stand ("the
#: meeting on Syria, with the ministers of three states, is expected to take place").
NOUN_MEETING_REACH = 100


@cache
def _meeting_noun_patterns(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The table's ``meeting_nouns`` (a whole trigger surface) and ``meeting_noun_future`` (a
    predicate that tells such a meeting as to come), compiled once."""
    nouns, future = table_rows(lang, "meeting_nouns"), table_rows(lang, "meeting_noun_future")
    if not nouns:
        return None
    return re.compile("|".join(f"(?:{r})" for r in nouns), re.IGNORECASE), whole_words(future)


def noun_meeting(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """Whether a meeting trigger is the meeting's own noun, its subject ("the summit will be held",
    « le sommet réunira », «la cumbre se celebrará», «das Treffen findet statt»), not a verb.

    Why (round 15, stm15): such a meeting has no one before it who meets; its members are the
    states and officials the sentence names around it ("of the foreign ministers of Jordan, Egypt
    and Iraq"). Read as a verb, the speaker search took a word before it for a person ("The
    Astana-format") or found no one, and the meeting was lost. (Round 20, dip20) The English
    table has the trigger too ("the meeting is expected to take place"), left out in round 15 when
    held-out text gained a meeting the gold lacked and no match: since the round-19 ruling the gold
    annotates meetings announced with a day, and half a of the development third gained one.
    """
    pats = _meeting_noun_patterns(ctx.lang)
    if not (trigger.kind == "meeting" and pats is not None and pats[0].fullmatch(trigger.surface) is not None):
        return False
    # (round 36, meet36) "this meeting will also be joined by Qatar", « cette réunion »: a meeting
    # already told, named again by a demonstrative (the table's ``meeting_anaphor``), is no new one
    back = table_pattern(ctx.lang, "meeting_anaphor")
    return back is None or back.search(ctx.text[max(0, trigger.start - MEETING_ANAPHOR_REACH):trigger.start]) is None


#: (round 36, meet36) How far before a meeting noun (characters) its demonstrative is looked for.
MEETING_ANAPHOR_REACH = 12


def noun_meeting_members(ctx: SentenceContext, registry: ActorRegistry) -> list[str]:
    """The members of a meeting named by its noun: the officials and states the sentence names, and
    the states of its demonyms ("the Iranian, Russian and Turkish ministers"), in text order; the
    city the meeting is held in is no member."""
    named = [(a.start, a.name) for a in not_place_names(ctx.actors, ctx.places) if a.type in ("official", "state")]
    named += [(sig.start, registry.state_of(sig.country_code) or "") for sig in ctx.signals]
    return _dedupe([name for _, name in sorted(named)])


#: How far after a meeting word (characters) the body it is a meeting of may start (:func:`meeting_body`):
#: "an emergency meeting of the UN Security Council".
MEETING_BODY_REACH = 40


def meeting_body(ctx: SentenceContext, trigger: TriggerHit) -> str | None:
    """The deliberative body a meeting word is a meeting of: an international body named right
    after it with only the table's ``meeting_of_body`` words between ("an emergency meeting of the
    UN Security Council will be held on Monday", « une réunion d'urgence du Conseil de sécurité
    aura lieu lundi »), or None.

    Why (round 21, mtg21): a meeting named by its noun needed two members, and a body is neither an
    official nor a state, so the Council's own session (one body, its members unnamed) went to no
    one and was lost; the round-19 ruling names a body as the participant when the text names it.
    """
    if trigger.kind != "meeting":
        return None
    link = table_pattern(ctx.lang, "meeting_of_body")
    if link is None:
        return None
    for a in sorted(ctx.actors, key=lambda a: a.start):
        if a.type != "international_body" or not 0 <= a.start - trigger.end <= MEETING_BODY_REACH:
            continue
        return a.name if link.fullmatch(ctx.text, trigger.end, a.start) is not None else None
    return None


def noun_meeting_ahead(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """Whether the predicate after a meeting noun tells it as to come ("will take place", « se
    tiendra », «se celebrará»): its bare weekday is then the coming one (:func:`announced_day`)."""
    pats = _meeting_noun_patterns(ctx.lang)
    # (round 21, mtg21) or a meeting word of a body (:func:`meeting_body`): « une réunion du Conseil
    # de sécurité aura lieu lundi » is next Monday's, as « le sommet se tiendra lundi » is
    if pats is None or pats[1] is None or not (noun_meeting(ctx, trigger) or meeting_body(ctx, trigger)):
        return False
    hi = min(ctx.sentence.end, trigger.end + NOUN_MEETING_REACH)
    return pats[1].search(ctx.text, trigger.end, hi) is not None


def noun_meeting_venue(ctx: SentenceContext, trigger: TriggerHit) -> list[Any]:
    """The city a meeting named by its noun is held in: a town right after the table's ``venue``
    preposition within the noun's predicate ("the summit ... will be held in Aqaba", « se tiendra
    samedi à Doha »), with no purpose or topic word (``venue_stop``) nor clause end before it.

    Why (round 15, stm15): the venue stands after the predicate, past the members' names, further
    from the trigger than :func:`meeting_venue` lets a verb's venue stand.
    """
    pats = venue_patterns(ctx.lang)
    if pats is None:
        return []
    before, stop = pats
    nouns = _meeting_noun_patterns(ctx.lang)
    future = nouns[1] if nouns is not None else None
    hi = trigger.end + NOUN_MEETING_REACH + 40
    for m in ctx.places:
        if not (_is_town(m) and trigger.end < m.start <= hi):
            continue
        # the topic of the noun ("the meeting on Syria") is no purpose before the city: only the
        # words right before the city are read for one ("to discuss the fighting in Aleppo"),
        # past the predicate's own future words ("is expected to take place in Doha")
        near = ctx.text[max(trigger.end, m.start - 40):m.start]
        plain = future.sub(" ", near) if future is not None else near
        if _SENTENCE_PART_END.search(ctx.text, trigger.end, m.start) or (stop is not None and stop.search(plain)):
            continue
        if before.search(near):
            return [m]
    return []


#: How far after a meeting verb (characters) the thing it takes as object may stand
#: (:func:`meeting_idiom`): "would meet stiff and growing resistance".
IDIOM_REACH = 60


def meeting_idiom(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """(Round 16, stm16) Whether a meeting verb takes a thing for its object, not a party: the
    table's ``meeting_idiom`` ("will meet the same fate", "met stiff resistance", « ont rencontré
    peu de résistance », «eine Entscheidung treffen»), matched from inside the trigger.

    Why: a verb of meeting is a meeting only with someone to meet; with a fate, resistance,
    difficulties or a decision for object it is an idiom of every language (the German object
    stands inside the trigger, before «treffen»). On half a of the development third such words
    made meetings the gold never has, and took the sentence's statement with them (one event of
    the most specific kind): "warned that those who follow Assad will meet a similar fate".
    """
    if trigger.kind != "meeting":
        return False
    pattern = table_pattern(ctx.lang, "meeting_idiom")
    if pattern is None:
        return False
    found = pattern.search(ctx.text, trigger.start, min(ctx.sentence.end, trigger.end + IDIOM_REACH))
    return found is not None and found.start() < trigger.end


def request_spans(ctx: SentenceContext) -> list[tuple[int, int]]:
    """The spans of the sentence where a verb of asking takes a meeting for object: the table's
    ``meeting_requested`` ("requested an emergency session", « a demandé une réunion », «طلبت عقد
    جلسة طارئة»)."""
    pattern = table_pattern(ctx.lang, "meeting_requested")
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)]


def called_off(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """(Round 27, ev27prec) Whether a meeting or visit word stands inside a span of the table's
    ``diplomatic_called_off``: a verb of cancelling, postponing, refusing or ruling out that takes it
    ("cancelled his visit to Tehran", « a annulé sa visite », «canceló su visita», «sagte seinen
    Besuch ab», «ألغى زيارته», "refused to meet", «رفض لقاء»), the meeting told as called off («la
    réunion a été reportée», «تم تأجيل اجتماع»), or a German meeting verb negated at its clause's
    end («traf ... nicht»).

    Why: the meeting or visit word was read as the event itself, dated on the day of the
    cancellation; a trip called off or a meeting refused takes no place, and out of sample meetings
    and visits were the least precise kinds (0.62 and 0.64).
    """
    if trigger.kind not in ("meeting", "visit"):
        return False
    pattern = table_pattern(ctx.lang, "diplomatic_called_off")
    if pattern is None:
        return False
    # the trigger may run past the span ("visit to Tehran"): its start inside the span is enough
    return any(m.start() <= trigger.start < m.end()
               for m in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end))


def requested_statements(ctx: SentenceContext, group: list[TriggerHit],
                         d: DateHit) -> tuple[list[TriggerHit], DateHit, bool]:
    """(Round 16, stm16) A group whose meeting words are the object of a verb of asking: the
    meeting is asked for, not held, and the verb of asking is the asker's statement; with the day
    the statement is dated on when that day stands in the words asked ("a session for Monday", «
    a demandé pour lundi une réunion », «pidió una reunión ... para el lunes»): the publication
    day then (the third value says so), since the day named is the meeting's.

    Why: «Moscou a demandé pour lundi une réunion d'urgence du Conseil de sécurité» made a meeting
    of the Council on the Monday before the story, and "Moscow had asked for an emergency session"
    is in the gold a statement of Russia of the day it asked. A request is words, never the meeting.
    """
    spans = request_spans(ctx)
    if not spans:
        return group, d, False
    asked = [(t, lo) for t in group if t.kind == "meeting"
             for lo, hi in spans if lo < t.start < hi or (lo <= t.start and t.end <= hi)]
    if not asked and not any(t.kind == "statement" and lo <= t.start < hi for t in group for lo, hi in spans):
        return group, d, False
    out = [t for t in group if t not in {t for t, _ in asked}]
    for t, lo in asked[:1]:
        if not any(u.kind == "statement" for u in out):
            verb = ctx.text[lo:t.start].split()[0] if ctx.text[lo:t.start].split() else t.surface
            out.append(replace(t, kind="statement", start=lo, end=lo + len(verb), surface=verb))
    purpose = table_pattern(ctx.lang, "request_purpose")
    lo = min(lo for lo, _ in spans)
    hi = max(hi for _, hi in spans)
    later = d.start >= hi or (d.start > lo and purpose is not None
                              and purpose.search(ctx.text[max(lo, d.start - 12):d.start]) is not None)
    if d.start < 0 or ctx.published is None or not later:
        return out, d, False
    return out, DateHit("", -1, -1, ctx.published, None, "day"), True


def announced_in_said_words(ctx: SentenceContext, group: Sequence[TriggerHit], d: DateHit) -> bool:
    """(Round 16, stm16) Whether a statement's bare weekday stands in the words it reports, and
    those words tell what is to come: the table's ``said_future`` between the clause's opening and
    the day ("announced that it would host talks on Saturday", « a annoncé qu'il
    organiserait samedi », «anunció que acogerá el sábado», «teilte mit, es werde am Samstag»,
    «أعلنت أنها ستستضيف يوم السبت»). Only a weekday read before the publication, with no figure,
    and a phrase of the sentence itself.

    Why: a bare weekday is read as the last such day, news telling the past; in words announcing
    what is to come it is the coming day, and either way it is the announced event's day, not the
    day the words were said. The statement was dated on the Saturday before the story (in half a
    of the development third, Jordan's announcement of the Aqaba talks, made on the story's day);
    it is dated as words with no day of their own are: by the publication.
    """
    if (ctx.published is None or d.start < 0 or d.date is None or d.precision != "day"
            or not d.date < ctx.published or (ctx.published - d.date).days >= 7
            or any(ch.isdigit() for ch in d.phrase)):
        return False
    future = table_pattern(ctx.lang, "said_future")
    if future is None:
        return False
    for verb in group:
        if verb.kind != "statement" or verb.end > d.start:
            continue
        opens = reported_clause_start(verb, ctx.text, ctx.lang)
        # "said it will host talks on Saturday": words with no "that" open right after the verb
        opens = verb.end if opens >= ctx.sentence.end else opens
        if not verb.end <= opens <= d.start:
            continue
        if future.search(ctx.text, opens, d.start) is not None:
            return True
    return False


#: How far before an actor (characters) the noun of a fall naming it may stand, and how many words
#: (a title, the regime) may stand between them (:func:`fallen_rulers`): "the fall of Syrian
#: President Bashar al-Assad", «سقوط نظام الرئيس السوري بشار الأسد».
FALL_OF_REACH = 80
FALL_OF_GAP_WORDS = 4


@cache
def _fall_of_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``fall_of_ruler`` nouns with up to :data:`FALL_OF_GAP_WORDS` words after them and
    nothing else up to the end: the words right before the ruler a fall names."""
    rows = table_rows(table_language(lang), "fall_of_ruler")
    if not rows:
        return None
    alt = "|".join(f"(?:{r})" for r in rows)
    return re.compile(rf"(?<!\w)(?P<noun>{alt})(?:\s+[^\s,.;:!?،؛()\"“”«»„]+){{0,{FALL_OF_GAP_WORDS}}}?\s*$",
                      re.IGNORECASE)


def fallen_rulers(ctx: SentenceContext, registry: ActorRegistry) -> list[ActorMention]:
    """The Syrian actors of a sentence named as what fell or was ousted: right after the table's
    ``fall_of_ruler`` noun ("after the fall of Bashar al-Assad", « après la chute de Bachar
    al-Assad », «بعد الإطاحة بالرئيس بشار الأسد», «tras el derrocamiento de Bashar al Asad», «nach
    dem Sturz von Baschar al-Assad»), with only a title or a few words between, no place (the fall
    of a town ends there) and no trigger (a verb whose subject follows) between them.

    Why (round 29, ev29prec): a diplomatic sentence dated after the ouster names the ousted ruler
    as its background; every official of the sentence was made a participant of its meeting or
    visit, or its speaker when the real one was a state or an office the registry lacks (a
    kingdom's first words on the fall were the ousted president's statement, a spy chief's arrival
    in Damascus his visit, a secretary of state's talks a meeting with him). What fell is told as
    the occasion; the ruler named there neither speaks nor meets. Only a Syrian actor (the ruler,
    his government): in German verb-second order the subject may follow the fall within a few
    words («Nach dem Sturz des Assad-Regimes hat das Schweizer Aussenministerium ... aufgerufen»).
    """
    pattern = _fall_of_pattern(ctx.lang)
    if pattern is None:
        return []
    out = []
    for a in ctx.actors:
        if mention_country(a, registry) != "SY":
            continue
        lo = max(ctx.sentence.start, a.start - FALL_OF_REACH)
        m = pattern.search(ctx.text, lo, a.start)
        if m is None:
            continue
        if any(m.start() <= p.start and p.end <= a.start for p in ctx.places):
            continue
        if any(m.end("noun") <= t.start and t.end <= a.start for t in ctx.triggers):
            continue
        out.append(a)
    return out


#: How far before a statement verb (characters) a bystander's apposition may open (:func:`bystander_statement`).
BYSTANDER_REACH = 140


def bystander_statement(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """Whether a statement verb's subject is a bystander, told by an apposition or a title of
    someone who speaks for no side: a resident, a displaced man, an analyst, a journalist ("said
    Walid Hasso, another displaced man from Tal Rifaat", « indique Émilie Baujard, spécialiste du
    Proche-Orient », «dijo Ahmed, un vecino desplazado», «sagte Omar, ein Anwohner», «قال أبو أحمد،
    وهو نازح»): the table's ``bystander_after`` (read from the verb on) and ``bystander_before``
    (read up to the verb).

    Why (round 25, ev25st): such words were a statement of the person (a name the registry lacks)
    or of the side named in them ("fleeing Turkish shelling" gave Turkey the words), where the
    corpus rulings count only a side's or a state's words (analysts and witnesses are already
    unnamed sources, ``unnamed_source``, when no name is given). A side's own member ("a rebel
    commander", "a military source") speaks for the side and is no bystander.
    """
    if trigger.kind != "statement":
        return False
    after = table_pattern(ctx.lang, "bystander_after")
    if after is not None and after.match(ctx.text, trigger.end, ctx.sentence.end) is not None:
        return True
    before = table_pattern(ctx.lang, "bystander_before")
    lo = max(ctx.sentence.start, trigger.start - BYSTANDER_REACH)
    if before is not None and before.search(ctx.text[lo:trigger.start]) is not None:
        return True
    participle = table_pattern(ctx.lang, "report_participle")
    if before is None or participle is None or participle.fullmatch(ctx.text, trigger.start, trigger.end) is None:
        return False
    # (round 32, stm32c) "Omar, a displaced man from Homs, wept as he crossed, saying ...": the
    # participle's subject is the bystander the sentence opens with, its apposition closed by a comma
    head = ctx.text[ctx.sentence.start:trigger.start]
    for comma in re.finditer(",", head):
        hit = before.search(head[:comma.end()])
        if hit is not None and not head[:hit.start()].strip():
            return True
    return False


#: (round 39, stmt39) The role of a statement told in an absolute clause ("with Qatar saying",
#: «con Irán diciendo», « avec la France affirmant »): its trigger spans the preposition, the subject
#: and the participle (:func:`absolute_report`).
ABSOLUTE_REPORT = "absolute_report"


def absolute_report(ctx: SentenceContext, trigger: TriggerHit) -> ActorMention | None:
    """(Round 39, stmt39) The speaker of a report told in an absolute clause: the first actor named
    between its preposition and its participle of saying ("stunned Arab capitals, with Qatar saying
    on Saturday it threatened Syria's territorial integrity", "the rebels pressed on, with the
    defence ministry announcing its withdrawal", «con Irán diciendo el martes que»), None when no
    actor stands there ("with sources describing the meeting as constructive": an unnamed source;
    "with Aleppo residents saying": a town is no actor). A capital names its state ("with Damascus
    saying"), as a state's name does though the geoparser also reads it as a place.

    Why: the participle's subject is the one the clause names, not the main clause's (the side
    before the comma, which read as the speaker gave the rebels the defence ministry's words), and
    with no verb of saying of its own the sentence made no statement at all (two development
    articles of half B: Qatar's warning, the Syrian minister's words at the Baghdad talks).
    """
    inside = [a for a in ctx.actors if trigger.start < a.start and a.end <= trigger.end]
    return min(inside, key=lambda a: a.start) if inside else None


def call_told_after(ctx: SentenceContext, group: Sequence[TriggerHit]) -> bool:
    """Whether talks told by a meeting verb are a call: the sentence right after opens by naming the
    call they were (the table's ``call_retold``: "During the call", « Lors de cet appel », «وجرى
    خلال الاتصال», «Durante la llamada», «Während des Telefonats»), and no trip is told with them.

    Why (round 25, ev25st): a readout that names the phone only in its second sentence ("Safadi
    held talks with Sabbagh on Sunday. During the call, Sabbagh provided an update ...") gave a
    meeting where the text tells a call: the call was missed and a meeting that never took place
    was added. Only a noun that names a call alone counts (not « l'entretien », "the talks").
    """
    pattern = table_pattern(ctx.lang, "call_retold")
    if pattern is None or not ctx.following or any(t.kind == "visit" for t in group):
        return False
    after = ctx.following[0]
    if ctx.text[ctx.sentence.end:after.start].strip():
        return False
    return pattern.match(ctx.text, after.start, after.end) is not None


#: The role of a meeting row told by a verb of discussing with someone ("discussed ... with his
#: counterpart", «بحث ... مع نظيره»): the talks may be a call the next sentence names (round 27).
DISCUSSED = "discussed"
#: The role given to the verb of saying whose words tell such talks (:func:`said_discussed`): its
#: statement is news of its own, no readout of the talks (:func:`fold_readouts`).
SAID_TALKS = "said_talks"


def discussed_call_near(ctx: SentenceContext, group: Sequence[TriggerHit]) -> bool:
    """Whether talks told only by a verb of discussing are a call: the sentence right after names a
    phone call (the table's ``call_near``: "phone", « téléphonique », «teléfono», «Telefonat»,
    «اتصال هاتفي»).

    Why (round 27, ev27dipr): a call's readout often opens with its content, by a verb of
    discussing that names no phone («بحث وزير الخارجية السعودي مع نظيره السوري مستجدات الأوضاع»),
    and tells the call in the next sentence («تلقى اتصالاً هاتفياً من ...»). Read as a meeting, it
    added talks in person that never took place next to the call. Only talks told by that verb
    alone are read so: "met", a trip or a meeting noun tell talks in person.
    """
    meetings = [t for t in group if t.kind == "meeting"]
    if not meetings or any(t.role != DISCUSSED for t in meetings) or any(t.kind == "visit" for t in group):
        return False
    pattern = table_pattern(ctx.lang, "call_near")
    if pattern is None:
        return False
    if ctx.following and pattern.search(ctx.text, ctx.following[0].start, ctx.following[0].end):
        return True
    return calls_named_before(ctx, pattern)


def calls_named_before(ctx: SentenceContext, pattern: re.Pattern[str]) -> bool:
    """Whether the sentence right before names a phone call and this one has no date of its own.

    Why (round 28, ev28fr3): a readout of several calls names them in its lead («أجرى الأسد
    اتصالا هاتفيا مع عدد من الزعماء العرب», "Assad held phone calls with several Arab leaders") and
    tells each by a verb of discussing in the next sentence («بحث الأسد مع رئيس الإمارات ...»);
    read as a meeting, it added talks in person beside the calls. Talks with a day of their own
    ("On Saturday Fidan discussed ... in Doha") are a new event, not the call before.
    """
    before = ctx.previous
    if before is None or ctx.dates:
        return False
    return pattern.search(ctx.text, before.start, before.end) is not None


def said_discussed(ctx: SentenceContext, group: Sequence[TriggerHit]) -> TriggerHit | None:
    """The statement verb whose words tell talks by a verb of discussing ("Araghchi announced that he
    had discussed the crisis with the emir", «وقال عراقجي إنه بحث مع الأسد تفاصيل الدعم»): the
    verb of saying before the first such meeting trigger of the group.

    Why (round 27, ev27dipr): one sentence made one diplomatic event of its most specific kind, so
    the meeting its words tell took the statement's place (or, with the verb of discussing left
    out of said words, the meeting was lost); the gold counts both, as :func:`words_after_talks`
    reads "said after a meeting with". Only talks told by that verb alone are read so.
    """
    meetings = [t for t in group if t.kind == "meeting"]
    if not meetings or any(t.role != DISCUSSED for t in meetings):
        return None
    first = min(t.start for t in meetings)
    return next((t for t in sorted(group, key=lambda t: t.start) if t.kind == "statement" and t.end <= first), None)


def talks_teller_first(ctx: SentenceContext, event: Event, told: TriggerHit, registry: ActorRegistry) -> Event:
    """The meeting told in someone's words with that speaker as its first actor: «أعلن عراقجي أنه
    ناقش مع فيدان» is Araghchi's talks with Fidan, though the verb of discussing has only a
    pronoun for subject and the search found the counterpart after it (round 27, ev27dipr)."""
    speaker = choose_speaker(told, not_place_names(ctx.actors, ctx.places), registry, ctx.text, lang=ctx.lang)
    if speaker is None or speaker.name not in event.actors or event.actors[0] == speaker.name:
        return event
    return replace(event, actors=_dedupe([speaker.name, *event.actors]))


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
    speaker = ((plural_pronoun_speaker(ctx, first) if kind == "statement" and plural_verb(first, ctx.lang)
                else None)
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


def office_speaks(office: tuple[str, int, bool], speaker: ActorMention | None, speaker_name: str | None, guessed: bool,
                  ctx: SentenceContext, registry: ActorRegistry, kind: str = "statement") -> bool:
    """Whether a diplomatic verb's office title with its demonym (:func:`timeline.speakers.office_state`)
    speaks rather than the speaker found otherwise: when none was found, when the name guessed for
    an unknown person holds a demonym (the title itself, "The Turkish Foreign Minister"), or, for a
    statement, when the actor found stands outside the verb's subject (the object "the United
    Nations" after "the Jordanian minister acknowledged the role of") and is of another country. A
    person or body of that country (the spokesman named after a comma) is the more precise voice
    and stays. A call, meeting or visit has no reported clause to end its subject («وتلقى الوزير
    صباغ اتصالاً من وزير الخارجية الأردني»: the demonym is the caller's), so only the first two.
    """
    if speaker_name is None:
        return True
    if guessed and kind == "visit" and rules_for(ctx.lang).verb_subject:
        # (round 21, mtg21) a visit's office stands right after its verb («زيارة وزير الخارجية
        # الإيراني ضمن جولة», :func:`timeline.speakers.visit_subject_slot`): the traveller, before
        # any words guessed as a name further on
        return True
    if guessed:
        start = ctx.text.find(speaker_name, ctx.sentence.start, ctx.sentence.end)
        return start >= 0 and any(start <= s.start < start + len(speaker_name) for s in ctx.signals)
    if speaker is None or kind != "statement":
        return False
    if office[2] and speaker.name == office[0]:
        # (round 32, stm32) the actor found is the office's own voice (the Syrian government read
        # from "the Syrian defence minister"): the office speaks, so that its holder named just
        # before may be found (:func:`office_holder`); with none, the same voice speaks
        return True
    state = registry.get(office[0])
    return state is None or mention_country(speaker, registry) != state.country


def mention_country(actor: ActorMention, registry: ActorRegistry) -> str | None:
    """The country of an actor mention: its own, else its registry entry's (looked up once).

    Why: a mention found by a variant may carry no country while its entry has one; the office
    and own-side checks each looked the entry up twice to read it.
    """
    if actor.country:
        return actor.country
    entry = registry.get(actor.name)
    return entry.country if entry is not None else None


def speaks_for_state(name: str, registry: ActorRegistry) -> bool:
    """(Round 32, stm32) Whether an official speaks for himself or for a body of his state (a
    ministry, the presidency), not for an armed group: who may hold the office a title names."""
    voice = registry.voice(name)
    if voice == name:
        return True
    body = registry.get(voice)
    return body is not None and body.type == "government_body"


def office_holder(state: str, ctx: SentenceContext, registry: ActorRegistry,
                  title: str | None = None) -> str | None:
    """The person of ``state`` named last before the sentence, within :data:`ANAPHORA_REACH`
    characters: "Erdogan expressed his hope ... 'Assad did not answer', explained the Turkish
    president" is Erdogan speaking again, not a second voice of Turkey. (Round 16, spk16) With the
    ``title`` of the verb's subject, only a person the text gives no other office
    (:func:`timeline.speakers.titles_agree`): "the Turkish foreign minister" after "President
    Erdogan" is not Erdogan."""
    actor = registry.get(state)
    country = actor.country if actor is not None else None
    # (round 14) a leader who speaks for an armed group holds no office of the state («الرئيس السوري»
    # after Mazloum Abdi is not Abdi): only officials who speak for themselves or for a body of the
    # state (round 32, stm32: "the Syrian defence minister stressed" after "Defence Minister Ali
    # Mahmoud Abbas said", whose words the registry gives his ministry, is Abbas again; read as the
    # government's second voice, his one day's words were two statements in five languages)
    for a in reversed(ctx.all_actors):
        if not (a.type == "official" and a.country == country and a.end <= ctx.sentence.start
                and ctx.sentence.start - a.end <= ANAPHORA_REACH and speaks_for_state(a.name, registry)):
            continue
        if title is not None:
            held = set().union(*(titles_near(m, ctx.text, ctx.lang) for m in ctx.all_actors
                                 if m.name == a.name and m.end <= ctx.sentence.start))
            if not titles_agree(title, held):
                continue
        return a.name
    return None


#: How far after a meeting verb (characters) its venue may stand, past the members' names.
VENUE_REACH = 140
#: How many words other than names, dates and demonyms may stand between a meeting verb and its
#: venue's preposition ("his Russian counterpart", «نظيره الروسي»); more is another clause.
VENUE_GAP_WORDS = 5
_SENTENCE_PART_END = re.compile(r"[.;:!?]")  # what ends a stretch of a sentence: not a comma
_WORD = re.compile(r"\w+")


def meeting_venue(ctx: SentenceContext, verbs: Sequence[TriggerHit]) -> list[Any]:
    """The cities a meeting was held in when the venue stands after its members ("met his Russian
    counterpart Sergey Lavrov in Doha", «التقى ... نظيره الروسي سيرغي لافروف السبت في الدوحة», "traf
    Hakan Fidan in Ankara den Außenminister"): a town right after the table's ``venue`` preposition,
    with nothing but names, dates, demonyms and a few words between the verb and it.

    Why: the verb's own reach ("met in Hangzhou") misses the commonest news order, subject, verb,
    counterpart, venue; a topic or a purpose before the city ("to discuss the fighting in Aleppo",
    the table's ``venue_stop`` words) or another clause makes it what was talked about, not where.
    """
    pats = venue_patterns(ctx.lang)
    if pats is None:
        return []
    before, stop = pats
    covered = [(a.start, a.end) for a in ctx.actors] + [(x.start, x.end) for x in ctx.signals]
    covered += [(d.start, d.end) for d in ctx.dates]
    found = []
    for m in ctx.places:
        if not _is_town(m):
            continue
        for t in verbs:
            if not t.start < m.start <= t.end + VENUE_REACH:
                continue
            prep = before.search(ctx.text, max(t.start, m.start - 40), m.start)
            if prep is None:
                continue
            gap_start = min(t.end, prep.start())
            # the gap's own words: names, dates and demonyms blanked out ("on Saturday" is no topic)
            gap = "".join(" " if any(s <= i < e for s, e in covered) else ch
                          for i, ch in enumerate(ctx.text[gap_start:prep.start()], gap_start))
            if _SENTENCE_PART_END.search(gap) or (stop is not None and stop.search(gap)):
                continue
            if len(_WORD.findall(gap)) <= VENUE_GAP_WORDS:
                found.append(m)
                break
    return found


#: How far (characters) a traveller may stand from his visit verb (before it; after it in verb-first order).
TRAVELLER_REACH = 80
#: (Round 16, stm16) How far before a visit verb (characters) its traveller may stand when no clause
#: break stands between: a German participle ends its clause, past the adverbials ("Assad und seine
#: Familie sind nach einem Bericht der Staatsagentur Tass in Moskau eingetroffen").
TRAVELLER_CLAUSE_REACH = 160


def fallen_ruler_arrival(ctx: SentenceContext, trigger: TriggerHit, d: DateHit, registry: ActorRegistry) -> bool:
    """Whether a visit verb tells the arrival of an official on or after the day he lost office
    (data/actors.yaml ``in_office_until``): "Assad arrived in Moscow" on 8 December, «وصل الأسد إلى
    موسكو», "Assad sei in Moskau eingetroffen" are a fallen ruler's flight, no state visit (no host
    received him, no talks were held). The traveller is the nearest official before the verb in
    its clause, else the first after it (verb-first order).

    Why a verb and not the event: "the Kremlin said Assad arrived" keeps the Kremlin's statement.
    """
    day = getattr(d, "date", None)
    if trigger.kind != "visit" or day is None:
        return False
    people = [a for a in ctx.actors if a.type == "official"]
    # the nearest official before the verb in its clause (no punctuation between)
    before = [a for a in people if 0 <= trigger.start - a.end <= TRAVELLER_CLAUSE_REACH
              and not CLAUSE_BREAK.search(ctx.text, a.end, trigger.start)]
    after = [a for a in people if 0 <= a.start - trigger.end <= TRAVELLER_REACH // 2
             and not CLAUSE_BREAK.search(ctx.text, trigger.end, a.start)]
    traveller = max(before, key=lambda a: a.end) if before else min(after, key=lambda a: a.start, default=None)
    actor = registry.get(traveller.name) if traveller is not None else None
    until = actor.in_office_until if actor is not None else None
    return until is not None and str(day)[:10] >= until.isoformat()


def ruler_flights(ctx: SentenceContext, triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                  registry: ActorRegistry) -> dict[TriggerHit, TriggerHit]:
    """The visit verbs of a sentence that tell a fallen Syrian ruler's arrival abroad
    (:func:`fallen_ruler_arrival`), each with the flight trigger told beside it, when the sentence
    tells no flight of its own.

    Why (round 18, fall18): the corpus ruling on the end of Assad's rule (data/corpus/README.md)
    makes his arrival in Moscow his flight, an ``other`` event ("Assad and his family have arrived
    in Moscow", «وصل الأسد إلى موسكو», « Assad est arrivé à Moscou », «Asad llegó a Moscú», «Assad
    und seine Familie sind in Moskau eingetroffen»); the visit verb was only dropped as no state
    visit, and a story that told the flight by the arrival alone had none (half a, a German file).
    A sentence that also has a verb of flight keeps that one (one flight, not two).
    """
    if any(t.role == "flight" for t in triggers):
        return {}
    out: dict[TriggerHit, TriggerHit] = {}
    for t in triggers:
        if t.kind != "visit" or t not in dated or not fallen_ruler_arrival(ctx, t, dated[t], registry):
            continue
        if any(a.type == "official" and a.country == "SY" for a in ctx.actors):
            out[t] = TriggerHit("other", "flight", t.start, t.end, t.surface)
            break  # one flight per sentence
    return out


#: How far after a person's name (characters) the statement verb of a relative clause describing
#: him may stand (:func:`relative_statement`).
RELATIVE_STATEMENT_REACH = 40


@cache
def _relative_clause_head(lang: str | None) -> re.Pattern[str] | None:
    """The words from a name's end to a verb of its subject relative clause: a comma perhaps, the
    table's ``relative_pronoun`` and at most three words (an auxiliary, an adverb)."""
    rows = table_rows(lang, "relative_pronoun")
    if not rows:
        return None
    return re.compile(r"[\s,،]*(?:" + "|".join(f"(?:{r})" for r in rows) + r")\s+(?:[^\s,.;:!?،]+\s+){0,3}",
                      re.IGNORECASE)


def relative_statement(ctx: SentenceContext, trigger: TriggerHit, d: DateHit) -> bool:
    """Whether an undated statement verb stands in a subject relative clause of the actor named
    right before it ("Erdogan, who has vowed to push the Kurds back", « Erdogan, qui a promis de »,
    «Erdogan, quien ha expresado su intención», «أردوغان الذي تعهد»): the clause describes that
    actor, as the news's background; it tells no statement of the article's day.

    Why: the sentence is about something else (threats to a town, the strikes that came), and the
    verb of its relative clause took the article's date as a statement of that day. A relative
    clause with its own date phrase ("Erdogan, who said on Monday ...") keeps its statement, and so
    does one in the present (the table's ``present_report``: « l'Iran, qui dénonce une violation »):
    the words are the day's.
    """
    rules = rules_for(ctx.lang)
    if trigger.kind != "statement" or d.start >= 0 or (
            rules.present_report is not None and rules.present_report.search(trigger.surface)):
        return False
    head = _relative_clause_head(ctx.lang)
    if head is None:
        return False
    return any(0 <= trigger.start - a.end <= RELATIVE_STATEMENT_REACH
               and head.fullmatch(ctx.text, a.end, trigger.start) is not None for a in ctx.actors)


def words_after_trip(sentence: Sentence, triggers: Sequence[TriggerHit], results: Sequence[RawEvent],
                     sentences: Sequence[Sentence], i: int, text: str, rules: LanguageRules) -> bool:
    """(Round 35, stmt35) Whether a sentence whose statement verb has a pronoun subject opening it
    ("He said ...", « Il a affirmé ... », «Er sagte ...»: the table's ``pronoun_subject``) follows
    a visit told in the sentence right before, with no statement between: the traveller's own
    words, not a statement going on (:func:`continued_statement`).

    Why: the table's ``continuation`` ("he said", « il a affirmé ») reads such a verb as the
    previous statement's words going on and drops it; after a trip ("Fidan arrived in Doha on
    Friday. He said ...") there is no statement to go on, and what a minister says as he lands is
    a statement of its own (the corpus's ruling of :data:`READOUT_KINDS`), which was lost. The
    speaker is the traveller (:func:`pronoun_speakers`). After a call or a meeting the words stay
    what they were: its readout.
    """
    if rules.pronoun_subject is None or not i or not results:
        return False
    said = next((t for t in triggers if t.kind == "statement"), None)
    if said is None or not rules.pronoun_subject.match(text[sentence.start:said.start]):
        return False
    before = sentences[i - 1]
    last = results[-1]
    return last.event.kind == "visit" and last.sentence.start == before.start


def reporting_verb(ctx: SentenceContext, group: Sequence[TriggerHit], first: TriggerHit) -> TriggerHit:
    """(Round 35, esde35) The statement verb whose subject speaks: ``first`` (the group's first
    statement verb), unless it stands inside a quotation of the sentence and a statement verb
    stands outside every quotation; then the first of those.

    Why: a quotation holds the speaker's own words, and a verb of saying in them names no speaker
    of its own: German writes the first person plural like the third («„Wir fordern alle Seiten zur
    Zurückhaltung auf“, sagte das Außenministerium», «„Wir verurteilen die Angriffe“, erklärte der
    Kreml»), so the quoted verb was read as a statement verb with no subject before it, and the
    statement of the speaker named after the reporting verb was lost. Only a quotation opened in
    the sentence: one left open by an earlier sentence may be a stray mark paired far off."""
    quotes = [q for q in quote_spans(ctx.text, ctx.sentence.start, ctx.sentence.end) if q[0] >= ctx.sentence.start]
    if not quotes or not inside(quotes, first.start, first.end):
        return first
    outside = [t for t in group if t.kind == "statement" and not inside(quotes, t.start, t.end)]
    return min(outside, key=lambda t: t.start, default=first)


def continued_statement(sentence: Sentence, triggers: Sequence[TriggerHit], text: str, rules: LanguageRules,
                        quotes: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the sentence goes on with the previous statement: a verb of the table's
    ``continuation`` ("..., he added", «وأضاف أن») with no statement verb of its own before it
    outside a quotation.

    Why (round 14): «قال أنور قرقاش ... إن سوريا ليست في مأمن ... وأضاف أنه لا يعلم»: the speaker
    named with the sentence's first verb goes on in the same sentence; the continuation of its
    second verb dropped the first verb's statement too, and the sentence said nothing. A verb
    inside the words quoted ('"... a meeting tomorrow," he said') is no verb of the sentence's own.
    """
    match = rules.continuation.search(sentence.text) if rules.continuation is not None else None
    if match is None:
        return False
    at = sentence.start + match.start()
    return not any(t.kind == "statement" and t.start < at and not inside(quotes, t.start, t.end) for t in triggers)


def troop_movement(traveller: ActorMention | None, registry: ActorRegistry, text: str = "",
                   lang: str | None = None) -> bool:
    """Whether a visit verb's subject is a fighting side's body rather than a person: the Syrian
    government (its army: "army units arrived in Palmyra", «توجهت أرتال من الجيش السوري إلى حمص»,
    "die Armee flog Angriffe"), one of its own institutions, or an armed group; (round 37, isr2)
    or any state named by its army, forces or tanks: the mention's own words or the words right
    before it hold the table's ``foreign_force_nouns`` («وصلت القوات الإسرائيلية إلى الحميدية»,
    «دبابات الجيش الإسرائيلي وصلت إلى جسر الرقاد», "Israeli forces arrived in Quneitra").

    Why: a visit is a person's or a delegation's trip; troops moving to a front, which the army's
    name stands for, made "Syrian government visit" events the gold never has (four on dev); and
    Israel's tanks reaching a bridge in Quneitra were an "Israel visit" once the Arabic press's
    names of its army were Israel's (round 37, two dU articles).
    """
    if traveller is None or traveller.type == "official":
        return False
    government = registry.get(GOVERNMENT)
    if traveller.type == "armed_group" or traveller.name == GOVERNMENT or (
            traveller.type == "government_body" and government is not None and traveller.country == government.country):
        return True
    patterns = _force_noun_patterns(lang) if text else None
    if patterns is None:
        return False
    word, ending = patterns
    return (word.search(traveller.surface) is not None
            or ending.search(text[max(0, traveller.start - 25):traveller.start]) is not None)


@cache
def _force_noun_patterns(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """:func:`troop_movement`'s two readings of a language's ``foreign_force_nouns``, compiled once
    per language: the noun inside a mention (a one- or two-letter Arabic prefix glued to it), and
    the noun ending the words right before it ("forces of the", « troupes de la »)."""
    nouns = table_pattern(lang, "foreign_force_nouns")
    if nouns is None:
        return None
    return (re.compile(rf"(?<!\w)(?:\w{{1,2}})?(?:{nouns.pattern})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{nouns.pattern})(?:\s+(?:of(?:\s+the)?|de(?:\s+la|\s+l')?|del|der|des))?\s*$",
                       re.IGNORECASE))


def own_side_speaker(ctx: SentenceContext, trigger: TriggerHit, pool: list[ActorMention],
                     registry: ActorRegistry) -> ActorMention | None:
    """The speaker of a statement whose subject the registry does not name, taken from its reported
    clause as a stand-in: when the sentence opens with a pronoun subject (:func:`pronoun_speakers`
    puts the person in), or when the subject is an institution of the same country as that actor
    («وأعلنت وزارة الدفاع السورية أن الجيش ...», "the Syrian defence ministry said the army ...").

    Why: an actor of the reported clause is what is said, not who says it (:func:`timeline.speakers.
    reported_clause_start`); but a ministry the registry lacks speaks for its own side's forces,
    and a pronoun's sentence must keep its statement for the person named before.
    """
    stand_in = choose_speaker(trigger, pool, registry, ctx.text, lang=ctx.lang, keep_reported=True)
    if stand_in is None:
        return None
    rules = rules_for(ctx.lang)
    if rules.pronoun_subject is not None and rules.pronoun_subject.match(ctx.text[ctx.sentence.start:trigger.start]):
        return stand_in
    clause = reported_clause_start(trigger, ctx.text, ctx.lang)
    lo, hi = (trigger.end, clause) if rules.verb_subject else (ctx.sentence.start, trigger.start)
    fronted = fronted_words_end(trigger, ctx.text, ctx.lang, ctx.actors)
    if fronted is not None:
        # (round 13) '"... Damascus ...", a Syrian official said': the words said stand before the
        # verb; its subject is all that follows them, before the verb or after it
        lo, hi = fronted, ctx.sentence.end
    subject_countries = {sig.country_code for sig in ctx.signals if lo <= sig.start and sig.end <= hi}
    own = mention_country(stand_in, registry)
    return stand_in if own is not None and own in subject_countries else None


#: How far before its sentence (characters) the armed side a plural pronoun subject stands for may
#: be named (:func:`plural_pronoun_speaker`): the sentence before, not the paragraph.
PLURAL_PRONOUN_REACH = 300
#: How many words (an auxiliary, an adverb) may stand between the plural pronoun and its verb.
PLURAL_PRONOUN_WORDS = 2


#: How many words may stand between a pair subject and its call verb ("The two leaders also spoke").
PAIR_SUBJECT_WORDS = 3


def pair_subject(ctx: SentenceContext, trigger: TriggerHit) -> list[str]:
    """(Round 32, stm32c) The two persons a call names only as a pair opening its sentence (the
    table's ``pair_subject``: "The two leaders spoke by phone", « Les deux présidents se sont
    entretenus au téléphone », «وتحدث الرئيسان هاتفيا», «Ambos mandatarios hablaron por teléfono»,
    «Die beiden Präsidenten telefonierten»): the officials named in the sentence before, else its
    states, when there are two or more.

    Why: the lead told a leader's words "during a conversation with" the other, the next sentence
    the call by the pair; with no name in the call's sentence the call was lost, and each of its
    readout's sentences became a statement of its own (the gold has the call alone).
    """
    pattern = table_pattern(ctx.lang, "pair_subject")
    if pattern is None or ctx.previous is None:
        return []
    head = ctx.text[ctx.sentence.start:max(ctx.sentence.start, trigger.start)]
    # the pair before the verb, a few words between ("The two leaders also spoke"), or right after
    # it in verb-subject order («وتحدث الرئيسان», «Am Dienstag telefonierten die beiden Präsidenten»)
    before_verb = re.search(rf"(?:{pattern.pattern})", head) is not None and len(head.split()) <= PAIR_SUBJECT_WORDS + 4
    after_verb = re.match(rf"\s*(?:{pattern.pattern})", ctx.text[trigger.end:ctx.sentence.end]) is not None
    if not (before_verb or after_verb):
        return []
    before = [a for a in ctx.all_actors if within(ctx.previous, a.start, a.end)]
    for kinds in (("official",), ("state",)):
        names = _dedupe([a.name for a in sorted(before, key=lambda a: a.start) if a.type in kinds])
        if len(names) >= 2:
            return names
    return []


#: How far (characters) before its sentence the person a diplomatic verb's pronoun subject stands
#: for may be named (:func:`pronoun_party`): the sentence or two before.
PRONOUN_PARTY_REACH = 400


def pronoun_party(ctx: SentenceContext, trigger: TriggerHit, found: ActorMention | None = None) -> ActorMention | None:
    """(Round 33, dip33) The person a call, meeting or visit verb's pronoun subject stands for
    ("He met Iraq's prime minister on Friday", "On Friday she flew to Ankara", « Il a rencontré
    vendredi ... », «Am Freitag traf er ...», «El viernes se reunió con ...»): the words from the
    sentence's start to the verb are the table's ``diplomatic_pronoun_subject`` (a pronoun, an
    opening adverb or day, auxiliaries), or only an opening adverb with the table's
    ``diplomatic_pronoun_after`` from the verb on (German inversion); the last official named
    within :data:`PRONOUN_PARTY_REACH` characters before the sentence.

    Why: the sentence names its traveller or host only by the pronoun, so the party after the verb
    (the person met or called) became its subject, or nobody did and the event was lost; the
    person of the sentences before is the one who travels or meets, as a pronoun's words are that
    person's statement (:func:`pronoun_speakers`). Where the subject may go unsaid and stand after
    the verb («El lunes llega a Ankara el canciller iraní»), an actor ``found`` after the verb is its
    subject unless the words between are the table's ``diplomatic_object_gap`` (a preposition of
    the party met or called, no other name: «se reunió con el primer ministro iraquí, ...»).
    """
    gap = table_pattern(ctx.lang, "diplomatic_object_gap")
    if (gap is not None and found is not None and found.start >= trigger.end
            and gap.fullmatch(ctx.text, trigger.end, found.start) is None):
        return None
    before = table_pattern(ctx.lang, "diplomatic_pronoun_subject")
    if before is None:
        return None
    start = ctx.sentence.start
    if before.fullmatch(ctx.text, start, trigger.start) is None:
        after = table_pattern(ctx.lang, "diplomatic_pronoun_after")
        opener = table_pattern(ctx.lang, "diplomatic_pronoun_opener")
        if (after is None or opener is None or after.match(ctx.text, trigger.start, ctx.sentence.end) is None
                or opener.fullmatch(ctx.text, start, trigger.start) is None):
            return None
    named = [a for a in ctx.all_actors if a.type == "official" and a.end <= start
             and start - a.start <= PRONOUN_PARTY_REACH]
    return max(named, key=lambda a: a.start) if named else None


def previous_caller(ctx: SentenceContext, trigger: TriggerHit, registry: ActorRegistry) -> str | None:
    """(Round 32, stm32c) The caller of a call whose sentence names no one before its verb or noun
    ("He made the remarks during a phone call with an official from ...", «Lo ha hecho durante una
    llamada telefónica con ...», «وجاء ذلك خلال اتصال هاتفي مع ...», « Il l'a fait lors d'un appel
    téléphonique avec ... »): the first official named in the sentence before, else its first state
    or government body.

    Why: the lead told a leader's words, the next sentence that they were said in a call with
    someone the registry does not know; the call had no party and was lost, and its words stayed a
    statement of their own (the gold has the call alone, its words the call's content).
    """
    if ctx.previous is None:
        return None
    if any(a.start < trigger.start and a.type in ("official", "state", "government_body", "armed_group")
           for a in ctx.actors):
        return None
    before = [a for a in ctx.all_actors if within(ctx.previous, a.start, a.end)]
    for kinds in (("official",), ("state", "government_body")):
        named = sorted((a for a in before if a.type in kinds), key=lambda a: a.start)
        if named:
            return named[0].name
    # «El presidente sirio ha prometido ...»: the office of a demonym's state speaks
    for sig in sorted(ctx.previous_signals, key=lambda g: g.start):
        voice = office_voice(sig.country_code, registry)
        if voice:
            return voice
    return None


#: (Round 41) How far before a visit's noun (characters, inside its sentence) the table's
#: ``visit_occasion`` words may stand ("He made the announcement during a visit to").
#: (Round 43) Its own name: it shared ``OCCASION_REACH`` with :func:`occasion_meeting`, whose 45
#: this later 60 silently replaced.
VISIT_OCCASION_REACH = 60


def told_as_occasion(text: str, sentence_start: int, trigger: TriggerHit, lang: str | None) -> bool:
    """Whether a visit's noun is told as the occasion of what its sentence says (the table's
    ``visit_occasion`` right before it): read by :func:`occasion_visitor` for its traveller and by
    :func:`carried_dates` for its day."""
    occasion = table_pattern(lang, "visit_occasion")
    return occasion is not None and occasion.search(
        text, max(sentence_start, trigger.start - VISIT_OCCASION_REACH), trigger.start) is not None


def occasion_visitor(ctx: SentenceContext, trigger: TriggerHit) -> ActorMention | None:
    """(Round 41, stmt41) The traveller of a visit told by its noun as the occasion of what its
    sentence tells, the words right before it the table's ``visit_occasion`` ("He made the
    announcement during a visit to the Golan Heights", « Il a fait cette annonce lors d'une visite
    à », «El dirigente realizó este anuncio durante una visita a», «وجاء ذلك خلال زيارة إلى»), with no
    official, state or body named before it in the sentence: the first official named in the
    sentence before.

    Why: the sentence names its traveller by a pronoun or a noun of his office, or not at all; the
    visit had no party and was lost (the same reading as :func:`previous_caller` for a call told
    as the occasion of words said).
    """
    if ctx.previous is None or not told_as_occasion(ctx.text, ctx.sentence.start, trigger, ctx.lang):
        return None
    if any(a.start < trigger.start and a.type in ("official", "state", "government_body", "armed_group",
                                                  "international_body")
           for a in ctx.actors):
        return None
    fall = _fall_of_pattern(ctx.lang)
    # «وصل رئيس الاستخبارات التركية ... بعد سقوط الرئيس المخلوع بشار الأسد»: the ruler named as what
    # fell is the occasion of the sentence before, no traveller (:func:`fallen_rulers`)
    named = sorted((a for a in ctx.all_actors if within(ctx.previous, a.start, a.end) and a.type == "official"
                    and (fall is None or fall.search(ctx.text, max(ctx.previous.start, a.start - FALL_OF_REACH),
                                                     a.start) is None)),
                   key=lambda a: a.start)
    return named[0] if named else None


def plural_pronoun_speaker(ctx: SentenceContext, trigger: TriggerHit) -> ActorMention | None:
    """(Round 17, stm17b) The armed side that speaks through a statement verb whose sentence opens
    with a plural pronoun subject (the table's ``plural_pronoun_subject``: "They said ...",
    « Ils affirment ... », «Ellos aseguraron ...»): the last actor named before the sentence,
    within :data:`PLURAL_PRONOUN_REACH` characters, when it is an armed group.

    Why: "the rebels took Aleppo and Hama. They say they entered Homs on Saturday evening" names no
    speaker in its sentence, and the fighting side's account of its own advance (a statement under
    the round-17 ruling) was lost. The pronoun stands for the plural noun just before; a person is
    "he" or "she" (:func:`pronoun_speakers`), a state or a ministry "it" / « il » / « elle », so
    only an armed group ("the rebels", "the factions") is read as "they"; any other last actor
    leaves the verb without a speaker, as before.
    """
    if plural_verb(trigger, ctx.lang):
        # (round 18, stm18) «وأعلنوا سيطرتهم»: the verb's own ending is the subject, said anywhere
        # in its sentence; the side is the last actor named before the verb
        bound = trigger.start
    else:
        pattern = table_pattern(ctx.lang, "plural_pronoun_subject")
        if pattern is None:
            return None
        opening = ctx.text[ctx.sentence.start:trigger.start]
        if re.fullmatch(rf"\s*(?:{pattern.pattern})(?:\s+[\w'’-]+,?){{0,{PLURAL_PRONOUN_WORDS}}}\s*",
                        opening) is None:
            return None
        bound = ctx.sentence.start
    before = [a for a in ctx.all_actors if a.end <= bound and bound - a.end <= PLURAL_PRONOUN_REACH]
    last = max(before, key=lambda a: a.end, default=None)
    if last is None or last.type != "armed_group" or in_reported_words(last, ctx.text, ctx.lang):
        return None
    return last


_SENTENCE_STOP = re.compile(r"[.!?؟\n]")


def in_reported_words(actor: ActorMention, text: str, lang: str | None) -> bool:
    """(Round 18, stm18) Whether an actor stands in the words someone else reports: the table's
    ``clause_marker`` ("that", «أن») between its sentence's start and it.

    Why: in «قال ناشطون إن الفصائل دخلت حماة. وأكدوا أن ...» the factions are what the activists
    said; the plural verb after goes on with the activists' words, not the factions' own account.
    """
    marker = table_pattern(lang, "clause_marker")
    if marker is None:
        return False
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, actor.start - 400), actor.start)]
    start = stops[-1] if stops else max(0, actor.start - 400)
    return re.search(rf"(?<!\w)(?:{marker.pattern})(?!\w)", text[start:actor.start], re.IGNORECASE) is not None


def plural_verb(trigger: TriggerHit, lang: str | None) -> bool:
    """(Round 18, stm18) Whether a statement verb carries a plural subject in its own ending and
    names no other (the table's ``plural_verb_subject``, matched on the verb's whole surface:
    «قالوا», «وأعلنوا», «أكدوا»).

    Why: «شن مقاتلون من المعارضة هجوماً وأعلنوا سيطرتهم على حلب», «واليوم قالوا إنهم بدأوا دخول
    حماة»: the fighters' own account (a statement under the round-17 ruling) has no subject word a
    speaker can be read from; as a plural pronoun in English or French (:func:`plural_pronoun_speaker`)
    the ending stands for the armed side named just before.
    """
    pattern = table_pattern(lang, "plural_verb_subject")
    return pattern is not None and pattern.fullmatch(strip_diacritics(trigger.surface)[0]) is not None


#: How far from a statement verb (characters) the word naming its speaker by surname may stand.
SURNAME_REACH = 3
_SURNAME_AFTER = re.compile(rf"\W{{0,{SURNAME_REACH}}}(\w+)")
_SURNAME_BEFORE = re.compile(rf"(\w+)\W{{0,{SURNAME_REACH}}}$")


def surname_speaker(ctx: SentenceContext, trigger: TriggerHit) -> ActorMention | None:
    """The person named in full earlier in the article whose last name stands right next to the
    verb, as its subject (after it in a verb-subject language, «وقال جيان في مؤتمر صحفي», else
    before it, "Jian said").

    Why: the registry knows a person by the names it lists; once an article has named "Lin Jian"
    («لين جيان»), it calls him «جيان», which the registry does not list, and the first actor of
    what he said (China, the Syrian government) became the speaker.

    (Round 33, spk33b) An honorific between the verb and the surname after it is skipped: « a
    affirmé M. Katz » read « M » as the surname and the words went to no one.
    """
    earlier = [a for a in ctx.all_actors if a.end <= ctx.sentence.start and a.type == "official"]
    if not earlier:
        return None
    tail = ctx.text[trigger.end:min(ctx.sentence.end, trigger.end + 40)]
    honorifics = table_pattern(ctx.lang, "name_honorifics")
    if honorifics is not None:
        # (round 33, spk33b) « ... », a affirmé M. Katz; "said Mr Katz"; «وقال السيد كاتس»: the
        # honorifics after the verb (the table's ``name_honorifics``) open the surname, not stand for it
        # «afirmó el Sr. Katz»: the table's ``honorific_article`` before the honorific, if any
        article = table_pattern(ctx.lang, "honorific_article")
        lead = rf"(?:(?:{article.pattern})\s+)?" if article is not None else ""
        tail = re.sub(rf"^(\W{{0,{SURNAME_REACH}}}){lead}(?:(?:{honorifics.pattern})\.?\s+)+", r"\1", tail,
                      flags=re.IGNORECASE)
    after = _SURNAME_AFTER.match(tail)
    before = _SURNAME_BEFORE.search(ctx.text[max(ctx.sentence.start, trigger.start - 40):trigger.start])
    words = [m.group(1) for m in ((after, before) if rules_for(ctx.lang).verb_subject else (before, after)) if m]
    for word in words:
        for a in reversed(earlier):
            name = ctx.text[a.start:a.end].split()
            if len(name) >= 2 and len(word) > 2 and word == name[-1]:
                return a
    return None


def subject_surname(ctx: SentenceContext, trigger: TriggerHit, chosen: ActorMention) -> ActorMention | None:
    """(Round 41, stmt41) The person named in full earlier in the article whose last name, which the
    registry lacks, opens the sentence of statement verb ``trigger`` as its subject, when the speaker
    ``chosen`` is another person named after it, before the verb ("Katz also cautioned Syria's
    rebels against their alignment with Assad, asserting that ...", « Katz a aussi averti les
    rebelles au sujet de leur alliance avec Assad, affirmant que ... »); not in a verb-subject
    language, not a possessive ("Katz's warning came as Assad said"), not a surname the sentence
    names as an actor.

    Why: the surname named no actor, and the person named in the verb's object before it, the one
    spoken of, became the speaker (words Assad never said). :func:`opening_surname` reads such a
    surname only two words from its verb.
    """
    if rules_for(ctx.lang).verb_subject or not ctx.sentence.start < chosen.start < trigger.start:
        return None
    m = re.match(r"\W{0,3}([A-ZÀ-Ý][\w-]+)(?![\w'’-])", ctx.text[ctx.sentence.start:chosen.start])
    if m is None or len(m.group(1)) <= 2:
        return None
    at = ctx.sentence.start + m.start(1)
    if any(a.start <= at < a.end for a in ctx.actors):
        return None
    marker = rules_for(ctx.lang).clause_marker
    if (any(t.kind == "statement" and at < t.start < chosen.start for t in ctx.triggers)
            or (marker is not None and marker.search(ctx.text, at, chosen.start))):
        # "Miller added that Blinken also reiterated ...": the person after a verb of saying or a
        # reported clause's marker is the one whose words are reported, and speaks for them
        return None
    word = m.group(1)
    for a in reversed([a for a in ctx.all_actors if a.end <= ctx.sentence.start and a.type == "official"]):
        name = ctx.text[a.start:a.end].split()
        if len(name) >= 2 and name[-1] == word and a.name != chosen.name:
            return a
    return None


def short_name_speaker(ctx: SentenceContext, name: str) -> ActorMention | None:
    """(Round 32, stm32b) The person named in full earlier in the article of whom ``name``, a
    capitalised name the registry lacks read next to a statement verb, is a short form: without the
    honorifics that open it (the table's ``name_honorifics``: "Sheikh", « cheikh », «jeque»,
    «Scheich», "Mr"), its words are the first or the last words of the earlier official's name as
    written or as the registry records it ("Sheikh Al Thani" or "Al Thani" after "Mohammed bin
    Abdulrahman Al Thani", "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman", « M. Pedersen »
    after « Geir Pedersen »).

    Why: the short form became a second person the registry lacks, who spoke on his own; a short
    form of a named person's name is that person (:func:`surname_speaker` reads a single surname
    right next to the verb; this reads a name of two words or more wherever the verb's name is).
    """
    honorifics = table_pattern(ctx.lang, "name_honorifics")
    words = name.split()
    if honorifics is not None:
        while len(words) > 1 and honorifics.fullmatch(words[0]):
            words = words[1:]
    if not words or (len(words) == 1 and len(words[0]) <= 2):
        return None
    k = len(words)
    for a in reversed([a for a in ctx.all_actors if a.end <= ctx.sentence.start and a.type == "official"]):
        for full in (ctx.text[a.start:a.end].split(), a.name.split()):
            if honorifics is not None:
                while len(full) > 1 and honorifics.fullmatch(full[0]):
                    full = full[1:]
            if k <= len(full) and (full[:k] == words or full[-k:] == words):
                return a
    return None


def call_saying_surname(ctx: SentenceContext, group: Sequence[TriggerHit], call: TriggerHit) -> ActorMention | None:
    """The caller of a call told as what someone said in it («وقال حسين في اتصال هاتفي مع ... صباغ»,
    "Hussein said in a phone call with Sabbagh"): the person named in full earlier in the article
    whose last name is the subject of the verb of saying before the call's words, when that verb
    stands in the call's sentence (:func:`surname_speaker`).

    Why (round 21, stm21): the call's own word has no subject next to it, so its only named actor,
    the counterpart after «مع», was taken for the caller and the caller was lost; his words of the
    lead sentence then stayed a statement apart from the call they were said in (the round-20
    readout ruling, data/corpus/README.md).
    """
    for t in sorted(group, key=lambda t: t.start):
        if t.kind == "statement" and t.end <= call.start:
            found = surname_speaker(ctx, t)
            if found is not None:
                return found
    return None


#: How far before a diplomatic verb (characters) the word announcing it may stand, within its clause
#: (:func:`announced_day`).
ANNOUNCED_REACH = 80


def announced_day(ctx: SentenceContext, trigger: TriggerHit, d: DateHit) -> DateHit:
    """The date of a diplomatic verb, a week on when the verb announces it and its bare weekday
    was read as the one before publication.

    Why: a bare weekday is read as the latest such day on or before the publication (news
    reports the past), but «où il doit rencontrer lundi son homologue» in a Sunday story, "will
    meet on Monday", «se reunirá el lunes» announce the coming Monday. Only a weekday with no
    figure (a date written out, "Monday 2 December", is left as the resolver read it), and only a
    phrase of the sentence itself (the article's date, given to an undated sentence, is no weekday).
    The announcing word may stand anywhere in the verb's clause before it: a meeting noun is often
    the object of the future verb (« doivent tenir samedi à Doha une réunion », «يعقد الوزراء
    اجتماعا السبت»), not right before it (:data:`ANNOUNCED_REACH`).
    """
    rules = rules_for(ctx.lang)
    if (rules.announced is None or ctx.published is None or d.date is None or d.precision != "day"
            or d.start < 0 or not d.date < ctx.published or any(ch.isdigit() for ch in d.phrase)
            or not (ctx.published - d.date).days < 7):
        return d
    lo = max(ctx.sentence.start, trigger.start - ANNOUNCED_REACH)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(ctx.text, lo, trigger.start)]
    head_start = min(breaks[-1] if breaks else lo, max(ctx.sentence.start, trigger.start - 25))
    said_before = fronted_words_end(trigger, ctx.text, ctx.lang, ctx.actors)
    if said_before is not None:
        # (round 36, spk36) '"Nothing will stop us," said Lavrov on Thursday', «„Wir wollen Ruhe“,
        # sagte Lawrow am Donnerstag»: the future of the words said before their verb announces
        # nothing of the verb; its weekday is the day of speaking (moved a week on, it was dropped
        # for a day after the story, and the statement took the lead's date)
        head_start = max(head_start, said_before)
    head = ctx.text[head_start:trigger.end]
    if (not rules.announced.search(head) and not noun_meeting_ahead(ctx, trigger) and not said_ahead(ctx, trigger)
            and not announced_trip_purpose(ctx, trigger, d)):
        return d
    return replace(d, date=d.date + timedelta(days=7))


def announced_trip_purpose(ctx: SentenceContext, trigger: TriggerHit, d: DateHit) -> bool:
    """(Round 36, meet36b) Whether a meeting told as a trip's purpose ("for meetings on Saturday
    with", the ``purpose`` role) follows a visit verb of its sentence that is itself announced ("is
    to return to Aqaba, Jordan, where he began his trip, for meetings on Saturday with ...").

    Why: the announcing words are looked for only in the meeting's own clause; an aside between the
    trip and its purpose cut them off, and the meeting of a trip still to come was dated on the
    weekday before the story.
    """
    if trigger.kind != "meeting" or trigger.role != PURPOSE:
        return False
    return any(t.kind == "visit" and t.end <= trigger.start and t.start >= ctx.sentence.start
               and announced_day(ctx, t, d) is not d for t in ctx.triggers)


def said_ahead(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """(Round 16, stm16) Whether a meeting or visit word stands in the words a statement verb of its
    sentence reports, after a verb of what is to come (the table's ``said_future``): « a annoncé
    qu'il organiserait samedi une réunion », "said it would host a meeting on Saturday".

    Why: the announcing words of :func:`announced_day` must stand right before the verb; in
    reported words the future may be any verb ("organiserait", "would host"), and the meeting the
    words announce was dated on the Saturday before the story instead of the coming one.
    """
    if trigger.kind not in ("meeting", "visit"):
        return False
    future = table_pattern(ctx.lang, "said_future")
    if future is None:
        return False
    for verb in ctx.triggers:
        if verb.kind != "statement" or not ctx.sentence.start <= verb.start < trigger.start:
            continue
        opens = reported_clause_start(verb, ctx.text, ctx.lang)
        opens = verb.end if opens >= ctx.sentence.end else opens
        if verb.end <= opens <= trigger.start and future.search(ctx.text, opens, trigger.start) is not None:
            return True
    return False


def held_talks(ctx: SentenceContext, group: Sequence[TriggerHit]) -> TriggerHit | None:
    """The meeting verb of a visit's sentence that reports talks with the people met on the trip,
    if any.

    Why: "Blinken visited Jordan, where he held talks with King Abdullah" and "met the King in
    Aqaba as he arrived in the region" report two events, the trip and the talks (the gold
    annotates both); one event of the most specific kind lost the meeting. (Round 18, dip18) The
    talks told as the trip's purpose are the same two events ("flew to Baghdad to meet", « pour
    rencontrer », «للقاء», «para reunirse», "was to land in Ankara for talks with"): the corpus
    ruling of round 17 reads a trip whose talks with the host the text tells as a visit and a
    meeting, its own example a purpose ("Blinken in Aqaba for talks with the Arab ministers"), and
    the files it brought in line have both for «لإجراء محادثات» and «para reunirse». Before, a
    purpose made the visit alone and the meeting was lost.
    """
    return next((t for t in group if t.kind == "meeting"), None)


def names_past_talks(trigger: TriggerHit, sentence: Sentence, text: str,
                     earlier: Sequence[Sequence[TriggerHit]]) -> bool:
    """Whether a meeting word stands inside the table's ``after_talks`` words ("Tras la reunión,
    Fidan dijo", "Nach dem Treffen sagte Fidan") when an earlier sentence (``earlier``: their
    triggers) told a meeting: it names that meeting, whose end dates what is said; it is no meeting
    of its own, and the sentence's event is the statement. A meeting told only this way ("said
    after a meeting with Blinken") stays the sentence's event.
    """
    if trigger.kind != "meeting" or not any(t.kind == "meeting" for hits in earlier for t in hits):
        return False
    pattern = after_talks_pattern()
    return pattern is not None and any(m.start() <= trigger.start and trigger.end <= m.end()
                                       for m in pattern.finditer(text, sentence.start, sentence.end))


def words_after_talks(ctx: SentenceContext, group: Sequence[TriggerHit]) -> TriggerHit | None:
    """The statement verb of a meeting's sentence that tells what was said once it was over,
    when the meeting word itself stands in the table's ``after_talks`` words ("Fidan said after a
    meeting with Blinken that ...", «erklärte Fidan nach einem Treffen mit Blinken»).

    Why: such a sentence is the only report of the meeting and also a statement made after it
    (the gold has both); one event of the most specific kind lost the statement.
    """
    pattern = after_talks_pattern()
    if pattern is None:
        return None
    spans = [(m.start(), m.end()) for m in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)]
    if not any(lo <= t.start and t.end <= hi for t in group if t.kind == "meeting" for lo, hi in spans):
        return None
    return next((t for t in group if t.kind == "statement"), None)


def said_on_visit(ctx: SentenceContext, group: Sequence[TriggerHit], visit: Event,
                  registry: ActorRegistry) -> Event | None:
    """The statement the traveller of a visit makes in the visit's own sentence, as an event of
    its own: "Netanyahu visited the border and called Assad's fall historic", « a visité la
    frontière et a qualifié », «declaró Netanyahu durante una visita a», «besuchten die Grenze, wo
    Netanjahu erklärte». None when the sentence has no statement verb, when that verb's speaker is
    someone else ("the State Department said Blinken will visit Ankara": one event, the visit it
    announces) or when the visit is what the verb reports ("Araghchi said he would visit Ankara").

    Why: one sentence made one diplomatic event of its most specific kind, so the words were
    lost; a visit is no call or meeting whose readout they would be (:func:`fold_readouts`), and
    the gold counts both.
    """
    traveller = visit.actors[0] if visit.actors else None
    pool = not_place_names(ctx.actors, ctx.places)
    for t in sorted(group, key=lambda t: t.start):
        if t.kind != "statement" or traveller is None:
            continue
        clause = reported_clause_start(t, ctx.text, ctx.lang)
        if any(v.kind == "visit" and clause <= v.start < ctx.sentence.end for v in group):
            return None  # the visit is what is said
        visits = [v for v in group if v.kind == "visit" and v.end <= t.start]
        # "visited the border and called ...": no one named between the two verbs, the statement
        # shares the visit's subject
        coordinated = bool(visits) and not any(visits[-1].end <= a.start and a.end <= t.start for a in pool)
        speaker = choose_speaker(t, pool, registry, ctx.text, lang=ctx.lang)
        # a co-traveller named before the visit verb speaks too («Netanjahu und Katz besuchten die
        # Grenze, wo Netanjahu erklärte»); someone met there ("where King Abdullah said") does not
        first_visit = min((v.start for v in group if v.kind == "visit"), default=t.start)
        fellow = speaker is not None and speaker.name in visit.actors and speaker.end <= first_visit
        if not coordinated and not fellow and (
                speaker is None or traveller not in (speaker.name, registry.voice(speaker.name))):
            return None
        voice = speaker.name if fellow and speaker is not None else traveller
        stance = stance_of(ctx.sentence.text, ctx.lang)
        summary = f"{voice} statement" + (f" ({STANCE_LABELS[stance]})" if stance != "other" else "")
        return replace(visit, kind="statement", places=[], stance=stance, summary=summary,
                       actors=_dedupe([voice, *visit.actors]))
    return None


#: How far after a statement verb (characters) the body it was made to may be named.
ADDRESSED_REACH = 80
#: The role of the statement verb that tells a body's meeting (:func:`addressed_body`): the words
#: are that meeting's news, no readout of it (:func:`fold_readouts` keeps them).
ADDRESSED = "addressed"


def addressed_body(ctx: SentenceContext, trigger: TriggerHit) -> bool:
    """Whether a statement was made to a deliberative body ("told the Security Council", « a
    déclaré devant le Conseil de sécurité », «قال أمام مجلس الأمن»): the body met that day.

    Why: a briefing to the Council is reported by its speaker's words, and the Council's meeting,
    which the gold and the analyst count as an event of its own, had no verb of meeting at all.
    """
    pattern = rules_for(ctx.lang).addressed_body
    if pattern is None:
        return False
    lo = max(ctx.sentence.start, trigger.start - ADDRESSED_REACH)
    return pattern.search(ctx.text, lo, min(ctx.sentence.end, trigger.end + ADDRESSED_REACH)) is not None


#: How far before a meeting verb (characters) the demonyms naming its members may stand.
MEETING_SUBJECT_REACH = 80


def _nearest_country(offset: int, ctx: SentenceContext) -> str | None:
    options = [(abs(sig.start - offset), sig.country_code) for sig in ctx.signals]
    options += [(abs(a.start - offset), a.country) for a in ctx.actors if a.type == "state" and a.country]
    return min(options)[1] if options else None


#: The role of a meeting trigger that tells talks only as a trip's purpose ("for talks with", « pour
#: des entretiens avec », «zu Gesprächen mit»): :func:`trip_purposes`.
PURPOSE = "purpose"


def trip_purposes(diplomatic: list[TriggerHit]) -> list[TriggerHit]:
    """The sentence's diplomatic triggers, less the talks told as a purpose when no trip is told.

    Why (round 18, dip18): "flew to Ankara for talks with Erdogan" is a visit and a meeting (the
    round-17 corpus ruling on trips and talks), but "called for talks with the Kurds", "ready for
    talks with the opposition" tell talks wanted, not held: "for talks with" is a meeting only as
    the purpose of a trip the sentence tells by a visit verb.
    """
    if any(t.kind == "visit" for t in diplomatic):
        return diplomatic
    return [t for t in diplomatic if not (t.kind == "meeting" and t.role == PURPOSE)]


#: The role of a meeting trigger that tells a host receiving a guest by the guest's name ("Assad
#: received Araghchi", « a reçu Abbas Araghchi », «recibió a Blinken»): :func:`hosted_guests`.
HOST = "host"
#: How far after a host verb (characters) the guest's name may start: a day and a venue between
#: ("received on Sunday in Damascus Abbas Araghchi", « a accueilli vendredi à Ankara Antony Blinken »).
HOST_REACH = 45


def hosted_guests(ctx: SentenceContext, diplomatic: list[TriggerHit], registry: ActorRegistry) -> list[TriggerHit]:
    """The sentence's diplomatic triggers, less a host verb (:data:`HOST`) whose object is no official
    of the registry named within :data:`HOST_REACH` characters after it, with no stop between and not
    in the possessive ("received Assad's message" is a thing received), nor a ruler who had lost office
    by the report's day ("Russia received Assad and his family": asylum, the flight's own event).

    Why (round 26, ev26st): the host rows of the tables ask for a rank after the verb ("received the
    Iranian foreign minister"), so a guest named by his name ("Assad received Abbas Araghchi",
    « Erdogan a accueilli Antony Blinken », «Asad recibió a Abás Araghchi») gave no meeting, while
    «empfing» and «استقبل» read both. A verb of receiving takes things too (aid, a call, support, an
    invitation): only a person of the registry makes the guest.
    """
    out = []
    for t in diplomatic:
        if t.kind == "meeting" and t.role == HOST:
            guest = next((a for a in ctx.actors if a.type == "official" and t.end <= a.start <= t.end + HOST_REACH
                          and not re.search(r"[.;:!?]", ctx.text[t.end:a.start])
                          and not re.match(r"['’]s\b", ctx.text[a.end:a.end + 3])), None)
            actor = registry.get(guest.name) if guest is not None else None
            fallen = (actor is not None and actor.in_office_until is not None and ctx.published is not None
                      and ctx.published >= actor.in_office_until)
            if guest is None or fallen:
                continue
        out.append(t)
    return out


#: The role of a visit trigger that tells a trip as what followed someone's words ("said ... before
#: departing for Ankara", « avant de partir pour Damas », «قبل أن يتوجه إلى»): :func:`departure_visits`.
DEPARTURE = "departure"


def departure_dates(departures: Sequence[TriggerHit], diplomatic: Sequence[TriggerHit],
                    dated: dict[TriggerHit, DateHit]) -> dict[TriggerHit, DateHit]:
    """The dates a departure trigger (:data:`DEPARTURE`) took, lent to the nearest undated statement
    verb of the sentence: the date phrase stood nearer the departure («وقال الوزير يوم الأحد قبل أن
    يتوجه إلى دمشق»), yet it dates the words, which the departure only follows."""
    out: dict[TriggerHit, DateHit] = {}
    for dep in departures:
        if dep not in dated:
            continue
        said = [t for t in diplomatic if t.kind == "statement" and t not in dated and t not in out]
        if said:
            out[min(said, key=lambda t: gap(t.start, t.end, dep.start, dep.end))] = dated[dep]
    return out


def departure_visits(ctx: SentenceContext, departures: Sequence[TriggerHit],
                     found: Sequence[tuple[Event, TriggerHit]]) -> list[tuple[Event, TriggerHit]]:
    """A visit of a statement's speaker to the place named right after a departure trigger
    (:data:`DEPARTURE`), dated as the statement.

    Why (round 22, evt22b): "Blinken told reporters in Aqaba before departing for Ankara", «declaró
    Araqchi antes de partir hacia Damasco»: the corpus gives the speaker a visit of the destination
    on the words' day in every development file that tells one. As a visit verb the departure took
    the sentence's one diplomatic event from the words (the statement was lost), or, read as what
    was said, made no visit at all. Only with a statement of the sentence: an announced trip's next
    leg («يزور سوريا غدا قبل التوجه لتركيا») has no day of its own and is no event.
    """
    out: list[tuple[Event, TriggerHit]] = []
    statements = [(e, t) for e, t in found if e.kind == "statement" and e.actors]
    for dep in departures:
        ahead = [m for m in ctx.places if _is_town(m) and 0 <= m.start - dep.end <= DEPARTURE_REACH]
        if not statements or not ahead:
            continue
        # the first town after it ("for Damascus, that Tehran backed ...": not the speaker's capital)
        places = _unique_places([min(ahead, key=lambda m: m.start)])
        event, trig = min(statements, key=lambda et: gap(et[1].start, et[1].end, dep.start, dep.end))
        out.append((replace(event, kind="visit", places=places, stance=None,
                            summary=f"{event.actors[0]} visit"), dep))
    return out


#: How far after a departure trigger (characters) its destination may be named.
DEPARTURE_REACH = 30


def announced_undated(ctx: SentenceContext, trigger: TriggerHit, diplomatic: Sequence[TriggerHit],
                      dated: dict[TriggerHit, DateHit]) -> bool:
    """(Round 31, ev31dip) Whether a call, meeting or visit told as to come (:func:`announced_trigger`)
    has no day of its own in a sentence whose statement verb holds the date: "Blinken is expected to
    travel to Jordan, the State Department said on Friday", « Araghchi doit se rendre à Ankara, a
    annoncé vendredi la diplomatie iranienne », "Erdogan said on Friday he expected to meet Putin".

    Why: the day is the words'; the trip, left undated, joined the statement's group and took its
    day, and the corpus ruling (round 19) makes a trip announced with no day no event. A date
    phrase between the trip's verb and the next statement verb (or the sentence's end) is the
    trip's own («إن عراقجي سيتوجه إلى دمشق الأحد»): kept.
    """
    if trigger in dated or trigger.kind not in DIPLOMACY_KINDS:
        return False
    speaking = [a for a in diplomatic if a in dated and a.kind == "statement"]
    if not speaking or not announced_trigger(trigger, ctx.sentence.start, ctx.text, ctx.lang):
        return False
    after = [a.start for a in speaking if a.start >= trigger.end]
    limit = min(after) if after else ctx.sentence.end
    return not any(trigger.end <= d.start < limit for d in ctx.dates)


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


#: (round 42, stmt42) How many words may stand between a statement verb and its speaker's name
#: when they hold the speaker's office («قال وزير الخارجية الإيراني عباس عراقجي»).
OFFICE_BETWEEN_WORDS = 4


def office_between(between: str, lang: str | None) -> str:
    """``between`` (the words from a verb to its speaker's name in a verb-subject clause) emptied
    when they are only the speaker's office: an office title of the table (``office_titles``) in at
    most :data:`OFFICE_BETWEEN_WORDS` words with no punctuation («وزير الخارجية الإيراني»)."""
    words = between.split()
    office = office_pattern(lang)
    if (office is None or not words or len(words) > OFFICE_BETWEEN_WORDS
            or re.search(r"[.,;:!?،؛]", between) or office.search(between) is None):
        return between
    return ""


#: (round 42, stmt42) The dated diplomatic verbs after which a statement verb with a subject of its
#: own is a second speaker's (:func:`second_speakers`): not a visit, whose traveller's words
#: :func:`said_on_visit` reads.
SECOND_SPEAKER_ANCHORS = frozenset({"statement", "meeting", "call"})


def second_speakers(ctx: SentenceContext, diplomatic: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                    registry: ActorRegistry) -> dict[TriggerHit, DateHit]:
    """Dates for the undated statement verbs of a sentence that have a speaker of their own right
    before them, other than the dated statement's: the dated one's date.

    Why: "Iran said on Tuesday it would send forces if asked and Russia said the aggression must
    end", «con Irán diciendo el martes que ... y Rusia diciendo que», «L'Iran a réitéré son
    soutien et la Turquie a appelé ...» report two speakers' words of one day; joined to the dated
    verb's event, the second speaker's statement was lost. Only a subject written right next to
    its verb, before it (after it in a verb-subject language, «ودعت إيران»): "..., Russia said"
    after a quote, with a comma between, is no second speaker.

    (Round 42, stmt42) A dated meeting or call before it is such an anchor too: "the Security Council
    held a session on Syria, while Iran's foreign minister said ...", «عقد مجلس الأمن جلسة ...، في
    حين قال وزير الخارجية الإيراني إن ...»: the second subject's words are a statement of their own;
    joined to the meeting's group, one event of the most specific kind lost them and made their
    speaker a participant (dY). Words of a participant stay the readout :func:`fold_readouts` folds.
    Only with a subordinator of contrast between (:func:`contrast_clause`): a source named after the
    meeting («..., بحسب ما أفادت الخارجية الإيرانية») is no second speaker.
    """
    out: dict[TriggerHit, DateHit] = {}
    statements = [t for t in diplomatic if t.kind in SECOND_SPEAKER_ANCHORS and t in dated]
    for t in diplomatic:
        if t in dated or t.kind != "statement":
            continue
        earlier = [u for u in statements if u.end <= t.start]
        if not earlier:
            continue
        anchor = earlier[-1]
        mine = choose_speaker(t, ctx.actors, registry, ctx.text, lang=ctx.lang)
        theirs = choose_speaker(anchor, ctx.actors, registry, ctx.text, lang=ctx.lang)
        if mine is None or theirs is None or mine.name == theirs.name or mine.start <= anchor.end:
            continue
        # the subject next to its verb: before it, or after it where the subject follows («ودعت إيران»)
        rules = rules_for(ctx.lang)
        between = (ctx.text[t.end:mine.start] if rules.verb_subject and mine.start >= t.end
                   else "-" if rules.verb_subject
                   else ctx.text[mine.end:t.start] if mine.end <= t.start else "-")
        contrast = not rules.verb_subject and contrast_clause(ctx.text, anchor.end, mine, t, rules)
        if anchor.kind != "statement":
            # (round 42, stmt42) after a meeting or a call only a clause of contrast opens a second
            # speaker ("while Iran said", «في حين قال وزير الخارجية الإيراني»): «بحسب ما أفادت
            # وزارة الخارجية الإيرانية» after a meeting is the meeting's source, no statement of its
            # own (half A); in a verb-subject clause the speaker's office may stand between the verb
            # and the name («في حين قال وزير الخارجية الإيراني عباس عراقجي»)
            if rules.verb_subject:
                opened = (rules.clause_openers is not None
                          and rules.clause_openers.search(ctx.text, anchor.end, t.start) is not None)
                if not opened:
                    continue
                between = office_between(between, ctx.lang)
            elif not contrast:
                continue
        if between.strip() and not contrast:
            continue
        if not rules.verb_subject and not contrast and not opens_clause(ctx.text, anchor.end, mine.start, rules):
            # "Germany welcomed the end of the Assad government and urged ...": the actor right
            # before the second verb is the first verb's object; the verb shares its subject
            continue
        out[t] = dated[anchor]
    return out


#: How far (characters) a statement verb may stand after the subject a subordinator of contrast
#: opens, with no comma between: the verb that ends the clause («während Saudi-Arabien vor ... warnte»).
CONTRAST_VERB_REACH = 80


def contrast_clause(text: str, start: int, subject: ActorMention, verb: TriggerHit, rules: LanguageRules) -> bool:
    """Whether the second speaker of a sentence opens a clause of its own after a subordinator of
    the table (``clause_openers``: "while", « tandis que », «mientras que», «während») that ends
    the words between the first statement verb (its end, ``start``) and the speaker, with its
    verb after it in that clause, no comma or stop between (round 15, stm15b).

    Why: "Egypt called for calm, while Saudi Arabia warned ..." reports two speakers' words; a
    subordinator opens a clause with a subject of its own (the subject is no object of the first
    verb, which is what :func:`opens_clause` guards against), and in German the clause's verb
    stands at its end («während Saudi-Arabien vor ausländischer Einmischung warnte»), so the
    subject need not be right before it.
    """
    if rules.clause_openers is None or subject.end > verb.start or subject.start < start:
        return False
    if rules.clause_openers.search(text, start, subject.start) is None:
        return False
    return verb.start - subject.end <= CONTRAST_VERB_REACH and not re.search(r"[,;:.!?]", text[subject.end:verb.start])


#: Longest word (characters) that may stand between a coordinator and the subject it opens ("and the").
CLAUSE_ARTICLE = 3


def opens_clause(text: str, start: int, subject_start: int, rules: LanguageRules) -> bool:
    """Whether the words before a subject (from ``start``, the end of the previous verb) end with a
    comma or a coordinator of the table, perhaps with an article after it ("and Russia said",
    ", the Kremlin said", « et la Russie a dit »): the subject opens a clause of its own and is no
    object of the previous verb ("welcomed the end of the Assad government")."""
    if rules.coordinated is None:
        return True
    gap = text[start:subject_start]
    words = gap.rstrip().rsplit(None, 1)
    trimmed = words[0] + " " if len(words) == 2 and len(words[1]) <= CLAUSE_ARTICLE else gap
    return any(rules.coordinated.search(_last_words(g, 0, len(g))) is not None and g.strip()
               for g in (gap, trimmed))


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


def after_clause_start(text: str, lo: int, trig: TriggerHit, circumstance: re.Pattern[str] | None) -> int | None:
    """Where the "after" clause holding ``trig`` opens (the circumstance word), or ``None``: the
    word must stand in the :data:`CIRCUMSTANCE_REACH` characters before it (from ``lo``) with no
    comma between ("after clashes, rebels took Hama": took is the main verb)."""
    m = circumstance.search(text[max(lo, trig.start - CIRCUMSTANCE_REACH):trig.start]) if circumstance else None
    if m is None:
        return None
    start = max(lo, trig.start - CIRCUMSTANCE_REACH) + m.start()
    return None if CLAUSE_BREAK.search(text, start, trig.start) else start


#: How far before an "after" word (characters) a span of years may stand ("eight years after").
LONG_AFTER_REACH = 20


def history_clause(text: str, trig: TriggerHit, circumstance: re.Pattern[str] | None,
                   long_after: re.Pattern[str] | None) -> bool:
    """Whether a capture stands in an "after" clause that a span of months or years opens ("eight
    years after the army retook Aleppo", «بعد ثماني سنوات من استعادة الجيش حلب»: the table's
    ``long_after``).

    Why: the sentence's day belongs to its main verb; the capture is history. Dated as the days up
    to that day, the 2016 recapture of Aleppo became a government gain of this week on the map: a
    reversed change.
    """
    opening = after_clause_start(text, 0, trig, circumstance)
    return (opening is not None and long_after is not None
            and long_after.search(text, max(0, opening - LONG_AFTER_REACH), trig.start) is not None)


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


def extract_events(text: str, lang: str | None, dates: Sequence[Any], actors: list[ActorMention],
                   places: list[Any], signals: list[Any], registry: ActorRegistry,
                   published: Any = None) -> list[RawEvent]:
    """All events of a text, given its dates, actors, place mentions and country signals.

    A sentence with no date phrase at all takes the article's date (:func:`article_date`), and
    its events say so (``date_inferred``). A sentence whose only date phrases cannot date an event
    ("since 2016", "in recent years") is background and makes none.
    """
    # "Fidan and Araghchi at talks in New York, 23 September 2024 (AFP)": an old picture's caption
    # reports nothing and its date dates nothing (:func:`timeline.captions.old_captions`)
    captions = old_captions(text, lang, dates, published)
    if captions:
        dates = [d for d in dates if not inside(captions, d.start, d.end)]
    sentences = split_sentences(text)
    # (round 18, stm18b) "Israeli troops ... the army said": a bare army is the one just named
    actors = qualified_institutions(text, lang, actors, signals, registry, sentences)
    good_dates = usable_dates(dates, text)
    rules = rules_for(lang)
    places = usable_places(places, rules)
    seats = government_seats(places, text, lang)
    dated_sentence = [any(within(s, d.start, d.end) for d in good_dates) for s in sentences]
    found = [find_triggers(s, lang) for s in sentences]
    fallback = article_date(sentences, good_dates, published, text, lang, found)
    present = _present_opener(lang)
    all_triggers = [place_cut_triggers(ts, places, text) for ts in found]
    # (round 24, ev24twin) "Turkey says it wants reconciliation": the day's words (:func:`present_news`)
    news = [present_news(ts, rules) or present_perfect_news(ts, text, lang) for ts in all_triggers]
    old_run = background_runs(sentences, [d for d in dates if not since_reference(d, text, rules)
                                          and not relative_since(d, text, rules)],
                              reported_day(fallback, published), text=text, present=present, news=news)
    results: list[RawEvent] = []
    for i, s in enumerate(sentences):
        triggers = all_triggers[i]
        if not triggers or (captions and inside(captions, s.start, s.end)):
            continue
        if all(t.kind == "other" for t in triggers) and subheading(s, text):
            # "Consequences of the exodus", «تعزيز خطوط الدفاع»: a section title names the theme of
            # the paragraphs under it, which tell the report (round 21, head21); a titled capture
            # or statement ("Hama falls", "France welcomes") may be the text's only telling of it
            continue
        s_actors = [a for a in actors if within(s, a.start, a.end)]
        # a trigger word inside an actor's name is part of the name («هيئة تحرير الشام»); a denied
        # verb reports nothing ("the factions do not control Homs")
        negation = rules.negation
        # (round 33, lead) "Neither the army nor Russia has issued a statement": the second half of a
        # paired negation right before the verb denies it too (the table's ``paired_negation``)
        paired = table_pattern(lang, "paired_negation")
        # (round 37, bg37) « ne contrôlaient que le tiers d'Alep »: « ne ... que » restricts, it denies nothing
        restrictive = table_pattern(lang, "restrictive_after")
        triggers = [t for t in triggers if not any(a.start <= t.start and t.end <= a.end for a in s_actors)
                    and not (negation is not None and negation.search(text[max(s.start, t.start - 25):t.start])
                             and not (restrictive is not None and restrictive.match(text, t.end, s.end)))
                    and not (negation is not None
                             and (lead := aside_free_lead(s.start, t.start, text, lang)) is not None
                             and negation.search(lead[-25:]))
                    and not (paired is not None and paired.search(text, s.start, t.start))
                    and not denied(t, s.start, text, rules)
                    and not denied_after(t, s.start, s.end, text, lang)
                    and not (t.role in SITUATION_ROLES and rules.circumstance is not None
                             and rules.circumstance.search(text[max(s.start, t.start - CIRCUMSTANCE_REACH):t.start]))
                    and not circumstance_noun(t, s.start, text, lang)
                    and not hypothetical(t, s.start, text, rules)]
        # "the rebels could take Homs", «تحاول الفصائل دخول حمص»: a prospect changes no control
        # (round 33, cc33eu) «HTS will Hama erobert haben»: «will» with the perfect infinitive
        # after the capture is a claim that it happened (the table's ``claimed_perfect``), no prospect
        claimed = table_pattern(lang, "claimed_perfect")
        triggers = [t for t in triggers if not (
            t.kind == "control_change" and rules.prospect is not None
            and (rules.prospect.search(text[max(s.start, t.start - CIRCUMSTANCE_REACH):t.start])
                 or ((lead := aside_free_lead(s.start, t.start, text, lang)) is not None
                     and rules.prospect.search(lead[-CIRCUMSTANCE_REACH:])))
            and not (claimed is not None and claimed.match(text, t.end, s.end)))]
        # (round 26, ev26np) "to prevent the capture of Hama", «لمنع سقوط حماة»: averted, no change
        triggers = [t for t in triggers if not averted_in_sentence(t, all_triggers[i], s.start, s.end, text, lang)]
        # "Fire swept through warships in Latakia", «اجتاحت النيران السفن»: no fighting side moved in
        triggers = [t for t in triggers if not inanimate_subject(t, s.start, s.end, text, rules, s_actors)]
        # "the first time since 2016, when the army retook the city": the reference year's own past
        triggers = [t for t in triggers if not reference_past(t, [d for d in dates if within(s, d.start, d.end)],
                                                              text, rules, lang)]
        # "if the rebels manage to seize Homs, ...": a capture inside a condition is no news
        triggers = [t for t in triggers if not (
            t.kind == "control_change" and rules.condition is not None
            and rules.condition.search(text[s.start:t.start]))]
        # (round 30, rev30) "lost it", «خسرها» with no capture before it in the sentence: no loss told
        triggers = [t for t in triggers if not stray_pronoun_loss(t, triggers, text, lang)]
        # "abandoned Morek as it withdrew from Hama": the second loss verb tells the first one's circumstance
        triggers = [t for t in triggers if not withdrawing_clause(t, triggers, text, lang)]
        # "control of Hama would open the way to Homs": the capture is what would lead somewhere
        triggers = [t for t in triggers if not (
            t.kind == "control_change" and rules.prospect_after is not None
            and rules.prospect_after.match(text[t.end:min(s.end, t.end + CIRCUMSTANCE_REACH + 40)]))]
        # «معارك عنيفة للسيطرة على مورك»: fighting for control of a place is the contested
        # control change later in its clause, not a second event
        triggers = [t for t in triggers if not (t.role == "clashes" and any(
            c.role == "contest" and 0 <= c.start - t.end <= CLAUSE_REACH
            and not CLAUSE_BREAK.search(text, t.end, c.start) for c in triggers))]
        # «إغلاق مطار حلب، مما أدى إلى توقف جميع الرحلات»: one closure told twice in one sentence
        triggers = [t for i, t in enumerate(triggers)
                    if t.role not in SITUATION_ROLES or all(u.role != t.role for u in triggers[:i])]
        # (round 38, oth38) "reports celebrations in the streets of Homs, where hundreds of people
        # gathered": the crowd is the celebration, one event, not a gathering besides
        if any(t.role == "celebration" for t in triggers):
            triggers = [t for t in triggers if t.role != "gathering"]
        # «des frappes russes ont visé des positions», "Russian strikes hit rebel positions": the strike
        # noun and the verb it is the subject of are one strike (:func:`one_strike`)
        triggers = [t for i, t in enumerate(triggers) if not one_strike(t, triggers[:i], text, good_dates)]
        # (round 20, fac20) "stormed Hama's central prison and freed its inmates": the prison's change
        triggers = prison_captures(triggers, places, text, s.end, lang)
        if not triggers:
            continue
        # a monitor's "said" attributes a fact: it neither makes a statement nor claims a date
        triggers = [t for t in triggers
                    if not (t.kind == "statement" and _subject_is("monitor", t, s_actors, registry, text, lang))]
        # "sources said", «قالت مصادر عسكرية»: an unnamed source attributes a fact, it speaks for no
        # side; its verb still lends its date to the capture it reports (:func:`shared_dates`)
        unnamed = [t for t in triggers
                   if t.kind == "statement" and unnamed_subject(t, s, text, s_actors, rules, places)]
        unnamed += continued_unnamed(triggers, unnamed, text, rules)  # «..., وأضافت أن»: the source goes on
        unnamed += [t for t in displaced_count_givers(triggers, text) if t not in unnamed]
        # "Tras la reunión, Fidan dijo": the meeting told before is no second one
        triggers = [t for t in triggers if not names_past_talks(t, s, text, all_triggers[:i])]
        # (round 30, ev30oth) "He has fled his country": the official of the sentence before
        before = [a for a in actors if i and within(sentences[i - 1], a.start, a.end)
                  and a.type == "official" and a.country == "SY"]
        triggers = flights(triggers, s_actors, text, lang, s, before)
        # "the insurgents arrived in Rastan on Friday": fighters' arrival is no diplomatic visit,
        # and it must not claim the date that belongs to the sentence's capture
        triggers = [t for t in triggers
                    if not (t.kind == "visit" and _subject_is("armed_group", t, s_actors, registry, text, lang))]
        s_dates = sentence_dates([d for d in good_dates if within(s, d.start, d.end)], text)
        every_date = [d for d in dates if within(s, d.start, d.end)]  # usable or not
        # "a statue of Hafez, who ruled until his death in 2000": the clause's year is its own
        described = describing_clause_dates(s, s_dates, all_triggers[i], text, lang, published)
        if described:
            spans = {(d.start, d.end) for d in described}
            s_dates = [d for d in s_dates if (d.start, d.end) not in spans]
            every_date = [d for d in every_date if (d.start, d.end) not in spans]
        # (round 34, rev34) "who had been driven out of Hama in 2012, returned on Thursday": history
        history = {t: d for t in triggers if (d := past_clause_date(t, triggers, s_dates, text, published))}
        # a reference year ("the first raids since 2016", :func:`since_reference`) dates nothing: its
        # sentence is dated like one with no date phrase (round 13)
        phrased = any(not war_reference(d, text, rules) and not since_reference(d, text, rules)
                      for d in every_date)
        claiming = [t for t in triggers if t.role not in SITUATION_ROLES and t.role not in EVENT_ROLES]
        quotes = quote_spans(text, s.start, s.end)
        moves: list[OwnSideMove] = []
        # (round 32, rev32) "retook the town after fighting on Tuesday": that day is the fighting's
        fights = fight_dates(s_dates, claiming, text, s.start, table_pattern(lang, "fight_date"))
        # (round 34, rev34) a verb of the war's past holds its year and claims no other date
        kept = {id(d) for d in history.values()}
        dated = assign_dates([t for t in claiming if t not in history],
                             [d for d in s_dates if d not in fights and id(d) not in kept],
                             reported_clause(text, rules), quotes, published, text, moves, clause_edges(lang))
        dated.update(history)
        dated = main_clause_dates(triggers, dated, text, rules.circumstance, rules.long_after, rules.language)
        # "retook Safira two days after the rebels seized it on 2 December": each clause its own day
        offset = offset_clause_dates(triggers, dated, text, rules, published)
        dated.update(offset)
        # (round 34, oth34b) "announced an operation on Saturday, two days after launching an attack"
        dated.update(offset_launch_dates(triggers, dated, text, rules))
        # (round 18) "burned on Tuesday, hours after Israeli strikes": the strikes of the span before
        dated.update(recent_days_dates(triggers, dated, every_date, rules,
                                       lambda t, s=s: counted_strike(t, s.start, text, lang)))
        dated.update(situation_dates(triggers, s_dates, every_date, dated))
        # (round 39, oth39) "keep advancing towards Homs after they took Hama on Thursday": the clause's day
        clause_day = {u for u, d in dated.items() if later_clause_date(u, d, triggers, text, rules.circumstance)}
        dated = {u: d for u, d in dated.items() if u not in clause_day}
        # (round 32, oth32b) "a curfew has been in force since Sunday": imposed that day
        dated.update(since_measure_dates(triggers, dated, every_date, text, published))
        # (round 30, ev30cc3) "took Aleppo on Saturday and claimed to have entered Hama": both that day
        dated.update(coordinated_claim_dates(triggers, dated, text, lang, rules))
        shared = shared_dates(triggers, dated, text, rules, lang)
        dated.update(shared)
        # (round 43, cc43) "took Morek on Sunday, but the army retook it": Sunday is the capture's only
        kept_day, undoing = undoing_clause_dates(
            triggers, dated, text, table_pattern(lang, "undoing_clause"), table_pattern(lang, "undoing_place"),
            _held_by(fallback[0].date if fallback else None, published))
        dated.update(kept_day)
        dated.update(undoing)
        shared = {**{u: d for u, d in shared.items() if u not in kept_day}, **undoing}
        dated.update(claimed_dates(triggers, dated, text, lang))  # (round 17, stm17) the announcing verb's day
        dated.update(clause_dates(triggers, dated, text))
        # (round 31, ev31dip) "Araghchi, who visited Damascus in October, said on Friday": the clause's day
        dated.update(described_diplomacy_dates(s, s_dates, triggers, dated, text, lang, published))
        # "drones hit Saraqib on Friday, while artillery shelled Maarat": the second raid of the day
        strike_days = strike_shared_dates(triggers, dated, text, s_dates, lang, s)
        dated.update(strike_days)
        shared = {**shared, **strike_days}
        # "a day after strikes on Idlib, troops shelled Hama on Tuesday": the first raids, the day before
        dated.update(day_after_dates(triggers, dated, text, rules))
        dated.update(since_start_dates(triggers, dated, text, rules, fallback[0].date if fallback else published))
        # "launched an offensive on 27 November, seizing dozens of villages": since the launch, by the report
        until = _held_by(fallback[0].date if fallback else None, published)
        launched = launch_captures(triggers, dated, until)
        dated.update(launched)
        shared = {**shared, **launched}
        # "Since 27 November the rebels have taken Aleppo": since that day, by the report (round 14)
        since = since_captures(triggers, dated, every_date, until)
        dated.update(since)
        shared = {**shared, **since}
        # (round 17, ctl17) "took Karnaz on Wednesday before storming Halfaya": from that day, by the report
        later = before_clause_dates(triggers, dated, text, s.start, table_pattern(lang, "before_clause"), until)
        dated.update(later)
        shared = {**shared, **later}
        # (round 20, ctl20) "took Aleppo and on Sunday entered Damascus": by that day
        earlier = earlier_clause_dates(triggers, dated, text, rules.coordinated, INFERRED_CONTROL_DAYS, launch_day(),
                                       table_pattern(lang, "same_day_joiner") if lang else None)
        dated.update(earlier)
        shared = {**shared, **earlier}
        # (round 17, ctl17) "backed Assad on Monday against the rebels, who have entered Saraqib": by that day
        described_caps = relative_background_dates(triggers, dated, text, s.start, s_actors, rules,
                                                   every_date)
        dated.update(described_caps)
        shared = {**shared, **described_caps}
        # (round 27, ev27bg) "HTS, which took Aleppo, said on Thursday ...": by the words' day
        aside_caps = aside_subject_dates(triggers, dated, text, s.start, s_actors, lang, every_date)
        dated.update(aside_caps)
        shared = {**shared, **aside_caps}
        # (round 30, ev30cc) "The rebels who took Damascus said on Tuesday ...": by that verb's day
        subject_caps = subject_relative_dates(triggers, dated, text, s.start, s_actors, rules, every_date)
        dated.update(subject_caps)
        shared = {**shared, **subject_caps}
        # (round 31, ev31cc2) "The rebels, who had seized Morek, were shelled on Thursday": by that day
        perfect_caps = perfect_relative_dates(triggers, dated, text, s.start, s_actors, lang, every_date)
        dated.update(perfect_caps)
        shared = {**shared, **perfect_caps}
        # (round 16, mil16) "strikes since 27 November have killed 56": the raids of those days
        dated.update(since_strikes(triggers, dated, every_date, until))
        # "After taking Morek, they took Hama on Thursday": the opening clause's capture, by that day
        opening = opening_clause_dates(triggers, dated, text, rules, shared, s_actors, lang)
        dated.update(opening)
        shared = {**shared, **opening}
        # (round 32, cc32eu2) "Before storming Damascus on Sunday, the rebels took Homs": by that day
        ahead = opening_before_dates(triggers, dated, text, table_pattern(lang, "before_clause"))
        dated.update(ahead)
        shared = {**shared, **ahead}
        if unnamed:
            # "warplanes bombed Rastan on Thursday, sources said": the source's day is the strike's
            lent = told_dates(triggers, dated, [t for t in triggers if t not in unnamed], shared)
            triggers = [t for t in triggers if t not in unnamed]
            dated = {**{t: d for t, d in dated.items() if t not in unnamed}, **lent}
        inferred: str | None = None
        said = triggers  # before a continuation drops them: a pronoun's words of their own day (own_day_speaker)
        if (continued_statement(s, triggers, text, rules, quotes)
                and not words_after_trip(s, triggers, results, sentences, i, text, rules)):
            # "..., he added": the previous statement goes on; its speaker is not in this sentence
            triggers = [t for t in triggers if t.family == "military"]
        # (round 18, oth18) "Now they stand at the gates of Homs": back to the story's day (:func:`opens_present`)
        after_old = i > 0 and old_run[i - 1] and not opens_present(s, present) and not news[i]
        past = ((rules.background is not None and rules.background.search(former_names_masked(s.text, lang)))
                or after_old)
        # (round 29, rev29) "The rebels took Halfaya and then lost it to the army on Thursday": the
        # first change's day is not the later verb's that undoes it
        dated = {t: d for t, d in dated.items() if not undone_later(t, d, triggers, text, lang)
                 and not undone_same_day(t, d, dated, text)}
        # "captured the base, which troops had abandoned on Tuesday": the date is the clause's
        strays = relative_dated_captures(triggers, dated, s_dates, text, rules, CAPTURE_ROLES)
        strays += [t for t in relative_verb_dated(triggers, dated, s_dates, text, rules, CAPTURE_ROLES)
                   if t not in strays]
        strays = [t for t in strays if t not in offset]  # « deux jours après que ... » is no relative clause
        dated = {t: d for t, d in dated.items() if t not in strays}
        if not dated and not phrased and fallback is not None and not past:
            # the sentence's events take the article's date: the first diplomatic verb anchors
            # the sentence's diplomatic event, every military trigger its own
            hit, inferred = fallback
            diplomatic = [t for t in triggers if t.family == "diplomatic"]
            dated = {t: hit for t in triggers if t.family == "military" or (diplomatic and t is diplomatic[0])}
        background_caps: set[TriggerHit] = set()
        # (round 40, rev40b) "pushed the insurgents out of Suran, a town they had seized two days
        # earlier": in a sentence of the past, the main verbs told before a relative clause's
        # pluperfect capture are news (read once: the background captures and the strays use it)
        past_mains = (background_relative_split(triggers, text, s.start, s.end, rules, CAPTURE_ROLES)[0]
                      if past and fallback is not None else [])
        # (round 28, ev28fr2) after a passage dated in the offensive's own days, not the war's past
        period_run = after_old and run_in_period(sentences, i, dates)
        if not dated and not every_date and fallback is not None and past and (not after_old or period_run):
            # "the insurgents had captured Hama": a capture of the period told as background, ranged
            # from the offensive's launch to the publication (:func:`background_start`, round 15);
            # not one told "at the time" (:func:`told_then`)
            background_caps = {t for t in period_background_triggers(triggers, CAPTURE_ROLES)
                               if not told_then(text, s.start, s.end, t, all_triggers[i], lang)}
            # (round 40, rev40b) the main verb is news, the relative clause's capture came before it
            background_caps -= set(past_mains)
            if background_caps or past_mains:
                hit, inferred = fallback
                dated = {t: hit for t in (*background_caps, *past_mains)}
        # (round 40, rev40b) «recuperó Suran, una localidad que los rebeldes habían tomado el miércoles»:
        # the pluperfect is the clause's, the main recapture before it is news, dated by the article
        news_strays = past and strays and fallback is not None and set(strays) <= set(past_mains)
        if strays and fallback is not None and (not past or news_strays):
            by_then = held_range(fallback[0], INFERRED_CONTROL_DAYS, _held_by(fallback[0].date, published))
            shared = {**shared, **{t: by_then for t in strays}}
            dated.update((t, by_then) for t in strays)
        if fallback is not None and not past and dated:
            # (round 32, dip32) "bombed Qabtan, which the rebels took this morning": the report's strike
            claimed = relative_claimed_strikes(triggers, dated, text, rules)
            dated.update((t, fallback[0]) for t in claimed)
            # (round 39, oth39) the report before an "after" clause's day: the report's own day
            later = [t for t in triggers if t in clause_day and t not in dated]
            if later and published is not None:
                dated.update((t, DateHit("", -1, -1, published, None, "day")) for t in later)
                claimed = [*claimed, *later]
            strays = [*strays, *claimed]
        vague_only: set[TriggerHit] = set()
        diplomatic = [t for t in triggers if t.family == "diplomatic"]
        if (not s_dates and diplomatic and not any(t in dated for t in diplomatic)
                and fallback is not None and not past and vague_after_military(diplomatic[0], triggers, every_date)):
            # «بدأ الوزراء اجتماعا ... حيث سيطرت الفصائل على مناطق في الأيام الماضية»: the sentence's
            # only date phrases are vague spans of a military verb after the meeting; the meeting,
            # with no date of its own, takes the article's date like a sentence with no date phrase
            vague_only = {diplomatic[0]}
            dated = {**dated, diplomatic[0]: fallback[0]}
        elif (diplomatic and diplomatic[0].kind == "statement" and not any(t in dated for t in diplomatic)
              and reported_dates_only(diplomatic[0], dated)
              and (cited := cited_date(diplomatic[0], s_dates, text, lang)) is not None):
            # (round 29, ev29stm2) « l'armée a déclaré s'être redéployée ..., selon un communiqué cité
            # jeudi par l'agence officielle », "said it had redeployed, in a statement carried on
            # Thursday by the state agency": the one date phrase after the verb stands right after a
            # word of citing; it dates the words (before, the statement had no day and was lost)
            dated = {**dated, diplomatic[0]: cited}
        speaker = quoted_day_speaker(triggers, dated, s_dates, quotes)
        if speaker is not None and fallback is not None and not past:
            # «"Last night we moved troops into Syria," the chief of staff said»: the words' day is
            # the article's, as in a sentence with no date phrase (round 13)
            vague_only = {*vague_only, speaker}
            dated = {**dated, speaker: fallback[0]}
        told = told_operation_verbs(triggers, dated, text, s_actors, registry, lang) \
            if fallback is not None and not past else {}
        if told:
            # (round 40, stmt40b) "the army said its jets struck Idlib on Monday": the side's words,
            # with no day of their own, dated as in a sentence with no date phrase (round-19 ruling);
            # «قالت الفصائل يوم الأربعاء إنها أطلقت»: a day before the operation is the words' own
            vague_only = {*vague_only, *(t for t, d in told.items() if d is None)}
            dated = {**dated, **{t: fallback[0] if d is None else d for t, d in told.items()}}
        earlier_words = said_before_main(triggers, dated, s, text, lang)
        if earlier_words:
            # (round 31, ev31stm) "the raids come after Assad vowed to crush them": said before
            dated = {**dated, **earlier_words}
        if not dated:
            continue
        # (round 40, rev40b) "retook Suran, which the rebels had captured three days earlier",
        # «استعادت قوات النظام صوران التي خسرتها قبل أيام»: the relative clause's capture ends the
        # days before the main change (:func:`timeline.control_dates.background_relative_split`)
        relative_marker = None if past else clause_marker(lang)
        split_mains, earlier_caps = background_relative_split(triggers, text, s.start, s.end, rules,
                                                              CAPTURE_ROLES | {"lose"}, relative_marker)
        counted = table_pattern(lang, "earlier_count") if lang and not split_mains else None
        if counted is not None:
            # (round 42, rev42) "Government forces said on Thursday they had regained Morek, which had
            # fallen to HTS a week earlier": the main verb is itself a pluperfect (no split by the
            # pluperfect), the clause's own count of days still puts its change before the main one;
            # with no split it took the reporting verb's Thursday (a reversed change)
            split_mains, earlier_caps = background_relative_split(triggers, text, s.start, s.end, rules,
                                                                  CAPTURE_ROLES | {"lose"}, counted)
        main_end = max((d.date_end or d.date for u in split_mains if (d := dated.get(u)) is not None
                        and d.date is not None), default=None)
        following = []
        for j in range(i + 1, min(i + 4, len(sentences))):
            if dated_sentence[j]:
                break
            following.append(sentences[j])
        following_actors = {f.start: [a for a in actors if within(f, a.start, a.end)] for f in following}
        later = [(sentences[j], all_triggers[j]) for j in range(i + 1, min(i + 6, len(sentences)))
                 if not dated_sentence[j]]
        story = chained_story_taker(results, sentences[i - 1] if i else None, s)
        ctx = SentenceContext(s, text, lang, s_actors, [m for m in places if within(s, m.start, m.end)],
                              [g for g in signals if within(s, g.start, g.end)], following, following_actors,
                              later, actors, list(places), story, triggers, published, every_date,
                              sentences[i - 1] if i else None,
                              [g for g in signals if i and within(sentences[i - 1], g.start, g.end)])
        night = night_strike_dates(ctx, triggers, dated, ctx.dates)
        dated, shared = {**dated, **night}, {**shared, **night}
        arrived = ruler_flights(ctx, triggers, dated, registry)
        if arrived:
            # the visit verb stays (a statement of the sentence may share its day: "the Kremlin
            # said Assad arrived on Sunday"), its flight is told beside it, on its day
            triggers = [*triggers, *arrived.values()]
            dated = {**dated, **{f: dated[v] for v, f in arrived.items()}}
            ctx = replace(ctx, triggers=triggers)
        found = sentence_events(ctx, triggers, dated, registry, shared)
        # (round 17, stm17) a fighting side's account, now its statement, still lends its day to the
        # fighting it tells (as before, when its words were dropped): :func:`told_dates`
        lent = told_dates(triggers, dated, {t for e, t in found if not side_account(e, registry)}, shared)
        if lent:
            dated = {**dated, **lent}
            found = sentence_events(ctx, triggers, dated, registry, shared)
        undone = undone_moves(moves, found, text, rules)
        if undone:
            # (round 30, rev30) a day moved between two verbs that are not one place's loss and
            # recapture goes back to the verb that claimed it (:func:`undone_moves`)
            dated = dict(dated)
            for m in undone:
                if dated.get(m.target) is m.date:
                    del dated[m.target]
                if m.source in dated:
                    dated[m.source] = m.kept
            found = sentence_events(ctx, triggers, dated, registry, shared)
        if not any(e.kind in _DIPLOMATIC_KINDS for e, _ in found):
            found += own_day_speaker(s, said, dated, results, actors, registry, text, lang, every_date)
        own_places = own_dated_changes(found, shared)
        for event, trig in found:
            if trig in shared and told_by_dated_verb(event, own_places):
                continue  # «انسحب الجيش من حماة وسيطرت عليها الفصائل الخميس»: the dated verb tells it
            if trig in shared and event.kind == "strike" and not event.places:
                continue  # "waves of strikes" with no place of their own: a description, not news
            if trig in shared or trig in offset:  # the reporting verb's date, or the sentence's only one: marked so
                event = replace(event, date_inferred=SHARED_DATE, reasons=["date_inferred", *event.reasons])
            if trig in strays and fallback is not None:  # dated as an undated capture is: by the article
                event = replace(event, date_inferred=fallback[1])
            if inferred is None:
                # «قالت الخارجية إن عراقجي سيبدأ جولة يوم الأحد»: the coming day is the tour's (round 14)
                event = words_by_report(event, fallback, published)
            if inferred is None and trig in vague_only:
                event = replace(event, date_inferred=fallback[1], reasons=["date_inferred", *event.reasons])
            if inferred is not None:
                tally = event.kind == "strike" and not event.places and counted_strike(trig, s.start, text, lang)
                # (round 16, mil16) a condemned strike or incursion: an act of the days before the words
                tally = tally or condemned_act(trig, s.start, text, lang)
                # (round 25, ev25oth) "warplanes carried out deadly airstrikes": raids told as news
                carried = event.kind == "strike" and carried_strike(trig, s, text, lang)
                if event.kind == "strike" and not event.places and not tally and not carried:
                    continue  # "waves of Russian strikes" with neither a day nor a place: a description
                if event.kind == "other" and trig.role == "offensive":
                    continue  # "the offensive launched by HTS" with no day: the 27 November launch, background_launches
                event = replace(event, date_inferred=inferred, reasons=["date_inferred", *event.reasons])
                if (inferred in PRESENT_TENSE_BASES and event.kind == "statement" and published is not None
                        and present_report(trig, rules) and not retold_document(s, text, lang)):
                    # "Turkey says it is ready to help" in a story of Sunday's events: today's words
                    event = replace(event, date=published, date_end=None, date_precision="day",
                                    date_phrase=None, date_inferred="published")
                if event.kind in REPORTED_KINDS and published is not None and event.date is not None \
                        and event.date > published:
                    # the lead dates what it announces ("talks in Aqaba on Saturday"): words, strikes
                    # and fighting with no date of their own were reported by the publication, not after
                    event = replace(event, date=published, date_end=None, date_precision="day",
                                    date_phrase=None, date_inferred="published")
                if event.date is not None and ((event.kind == "other" and trig.role in HELD_ROLES) or tally):
                    # "Israeli troops have entered the buffer zone": a position held by the article's
                    # date, reached some day before it, as an undated capture is; "has carried out
                    # some 300 strikes": raids of the days before the tally (round 15, mil15)
                    event = held_entry_range(event, published)
                if event.kind == "control_change" and event.date is not None:
                    # "X has fallen": true by the article's date, since some day before it; by its
                    # publication at the latest, even when the lead dates yesterday's news
                    reach = control_reach(text, s.start, trig, rules, s.end)
                    # a background capture (round 15) from the launch (:func:`background_start`)
                    background = trig in background_caps
                    event = report_range(event, published,
                                         lambda told, r=reach, b=background: background_start(told, r, b))
                    launch = launch_day()
                    if event.extent == "part" and event.date_end is not None and event.date < launch <= event.date_end:
                        # (round 24, ev24cc) an undated count of places taken in an area recaps the
                        # offensive's gains: from its launch, never before it (the corpus rulings of
                        # rounds 14 and 19 on captures told as background and on "last week")
                        event = replace(event, date=launch)
                if trig in background_caps and not period_background(event):
                    continue
            if trig in earlier_caps and main_end is not None and event.date is not None:
                # (round 40, rev40b) the clause's capture ends the days before the main change
                end = min(event.date_end or event.date, main_end - timedelta(days=earlier_caps[trig]))
                if end < (event.date_end or event.date):
                    first = min(event.date, end)
                    event = replace(event, date=first, date_end=None if first == end else end,
                                    date_precision=event.date_precision if first == end else "week")
            event = without_seats(event, s, places, seats)
            if event is not None:
                results.append(RawEvent(event, s, trig))
    results += fighting_starts(sentences, dates, text, lang, actors, fallback, results)
    # (round 17, launch17) the launch told as background, with no day: from the 27 November launch
    results += background_launches(results, sentences, all_triggers, actors, dates, text, lang, published)
    results = week_launches(results)
    results = [r for r in results if not long_before(r.event, published)]
    results = anchor_dated(results, text, lang, published)
    results = capture_fighting(undirected_repeats(results, text, lang), text, lang)
    results = pronoun_speakers(results, sentences, actors, registry, text, rules)
    results = entry_presence(results)
    military = definite_retold(placeless_retold(carried_dates(results, sentences, registry, text, lang)), text, lang)
    return story_marked(retold_talks(fold_readouts(military, registry, text, lang)))


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


#: The bases of an article's date (:func:`article_date`) that a statement told in the present
#: tense does not take: its words are the publication day's.
PRESENT_TENSE_BASES = frozenset({STORY_DATE, "lead"})


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


#: Kinds an article can only report once they happened: an undated one is never dated after the
#: publication (a meeting or a visit may be announced ahead, a control change is the control
#: model's to place). (Round 18, date18) A phone call too: told with no day of its own ("before
#: Araghchi's visit, Fidan and Lavrov discussed Syria by phone" under a lead announcing Sunday's
#: tour, in a Saturday story) it was held by the time it was told (a call planned ahead, "will speak by phone
#: on Monday", names its day).
REPORTED_KINDS = frozenset({"statement", "call", "strike", "other"})
#: How long before the article's publication (days) a statement may have been made, or a place taken,
#: and still be the story's news (:func:`long_before`).
BACKGROUND_EVENT_DAYS = 60


#: The kinds of event that, dated long before the article (:func:`long_before`), are no event.
LONG_BEFORE_KINDS = frozenset({"statement", "control_change"})
#: (Round 31, ev31dip) How long before the article's publication (days) a date phrase must lie to
#: belong to the call, meeting or visit of a describing relative clause rather than to the main
#: verb (:func:`described_diplomacy_dates`); such diplomacy keeps its own old date (:func:`long_before`).
BACKGROUND_DIPLOMACY_DAYS = 30
#: The diplomatic kinds :data:`BACKGROUND_DIPLOMACY_DAYS` bounds.
DIPLOMACY_KINDS = frozenset({"call", "meeting", "visit"})


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


def _held_by(lead: Any, published: Any) -> Any:
    """The last day an undated capture may have happened on: the article's publication day, when
    it is later than the lead's date and (round 14) when it is earlier (a lead naming a day ahead).

    Why: a lead that opens on yesterday's capture ("they had taken Hama on Thursday") dates the
    story, but the article's undated present-tense reports ("the factions reached Rastan") may be of
    the day it was published; ending their range on the lead's day claimed them a day too early.
    """
    if published is None or lead is None:
        return lead
    # (round 14) nor the lead's when it names a day after the publication: a day announced ahead
    # («los días 7 y 8 de diciembre», the talks to come) held no capture told before it
    return published


def war_reference(d: Any, text: str, rules: LanguageRules) -> bool:
    """Whether a date phrase is the war's start named as a reference point ("for the first time
    since the start of the war in 2011", « depuis le début de la guerre en 2011 »).

    Why: such a year dates no verb of its sentence (the tables' ``since`` rows make it unusable),
    and unlike "held since 2019" it does not put the sentence in the past either: the capture it
    qualifies is news, dated like a sentence without a date phrase. The war is named by the
    table's ``war_words`` ("since the start of the war in", «منذ اندلاع الحرب»).
    """
    if rules.war_words is None:
        return False
    m = SINCE_WORDS.search(text[max(0, d.start - SINCE_REACH):d.start])
    return m is not None and rules.war_words.search(m.group(0)) is not None


#: How far before a "since" word (characters) the superlative that makes its date a reference may stand.
REFERENCE_REACH = 60


def since_reference(d: Any, text: str, rules: LanguageRules) -> bool:
    """Whether a "since" date only measures a superlative ("the deadliest fighting since 2020", « les
    plus violents depuis 2020 », "for the first time since 2016"): the table's ``reference_since``
    words right before the "since" word.

    Why: like the war's start (:func:`war_reference`), such a year is no time the story is about;
    taken for one, it made the sentences after it background (:func:`background_runs`), and the
    capture of Saraqeb told next was dropped on real news.
    """
    if rules.reference_since is None:
        return False
    since = SINCE_WORDS.search(text[max(0, d.start - 40):d.start])
    if since is None and not getattr(d, "since", False):
        return False
    end = max(0, d.start - 40) + since.start() if since is not None else d.start  # « depuis 2020 »: in the phrase
    head = text[max(0, end - REFERENCE_REACH):end]
    return rules.reference_since.search(head) is not None and not _CLAUSE_STOP.search(head[-20:])


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


#: ``date_inferred`` of a military event dated by its sentence's reporting verb or only date
#: (:func:`shared_dates`), beside "lead" and "published" (:func:`article_date`).
SHARED_DATE = "sentence"
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


#: How many days before the story's day a "since X" point may be to date the captures told since it
#: (:func:`since_captures`): the offensive's weeks, not "since 2016" (a year dates nothing anyway).
SINCE_CAPTURE_DAYS = 31


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


def since_span(dates: Sequence[Any], until: Any) -> DateHit | None:
    """The range from a sentence's recent "since X" day to ``until``, week precision, shared by
    :func:`since_captures` and :func:`since_strikes`: only a single day within
    :data:`SINCE_CAPTURE_DAYS` of ``until`` counts, the earliest if several; None when there is none
    (or no ``until``)."""
    if until is None:
        return None
    points = [d for d in dates if getattr(d, "since", False) and d.date is not None and d.precision == "day"
              and 0 <= (until - d.date).days <= SINCE_CAPTURE_DAYS]
    if not points:
        return None
    first = min(points, key=lambda d: d.date)
    return DateHit(first.phrase, first.start, first.end, first.date, until, "week")


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


_CLAUSE_STOP = re.compile(r"[.;:!?]")


def _last_words(text: str, start: int, end: int) -> str:
    """The end of the span between two verbs, where a coordinator would stand."""
    return text[max(start, end - 12):end]


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


#: How long before the article's date a "since X" may put the start of the offensive (days).
FIGHTING_SINCE_DAYS = 14

#: (Round 32, oth32b) Roles of a state that a measure starts and that lasts: a curfew, a closed
#: border or airport. "Since X" dates the measure's start (:func:`since_measure_dates`).
SINCE_MEASURE_ROLES = frozenset({"curfew", "closure"})
#: How far (characters) from the measure's words its "since" phrase may stand, in its clause.
SINCE_MEASURE_REACH = 60


def since_measure_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                        phrases: Sequence[Any], text: str, published: Any) -> dict[TriggerHit, DateHit]:
    """The day a curfew or a closure began, from the "since" phrase nearest to it ("a curfew has
    been in force in Damascus since Sunday", « un couvre-feu est imposé à Damas depuis dimanche »,
    «rige un toque de queda desde el domingo», «seit Sonntag gilt eine Ausgangssperre», «فرض حظر
    التجول منذ مساء الأحد»).

    Why (round 32, oth32b): a "since" phrase dates no event (:func:`usable_dates`): clashes "since 27
    November" are the war going on. But a measure told as in force since a day was imposed that
    day, and such a sentence, whose only date phrase was the "since", yielded no event at all. Only
    a day of the offensive's weeks counts (within :data:`FIGHTING_SINCE_DAYS` of the report): a
    border "closed since 2012" is the war's past.
    """
    out: dict[TriggerHit, DateHit] = {}
    for t in triggers:
        if t.role not in SINCE_MEASURE_ROLES or t in dated or not phrases:
            continue
        d = min(phrases, key=lambda p: gap(t.start, t.end, p.start, p.end))
        between = text[min(t.end, d.end):max(t.start, d.start)]
        if d.end <= t.start:
            between = between.replace(",", "", 1)  # « Depuis vendredi, un couvre-feu ... »: a fronted phrase
        if gap(t.start, t.end, d.start, d.end) > SINCE_MEASURE_REACH or CLAUSE_BREAK.search(between):
            continue  # «... المستمرة منذ ثلاثة أيام وأكدت الفصائل أنها فرضت حظر التجوال»: another clause's span
        if (getattr(d, "date", None) is None or getattr(d, "resolved", True) is False
                or getattr(d, "precision", "day") != "day" or VAGUE_DATES.search(d.phrase)):
            continue
        if not (getattr(d, "since", False) or SINCE_WORDS.search(text[max(0, d.start - SINCE_REACH):d.start])):
            continue
        if published is not None and not 0 <= (published - d.date).days <= FIGHTING_SINCE_DAYS:
            continue
        out[t] = DateHit(d.phrase, d.start, d.end, d.date, d.date_end, d.precision, getattr(d, "morning", None))
    return out


@cache
def _running_toll(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``running_toll`` words, as whole words, compiled once per language (read by
    :func:`fighting_starts` and :func:`background_launches` for every article)."""
    return whole_words(table_rows(lang or "en", "running_toll"))


def running_toll(sentence: Sentence, toll: re.Pattern[str] | None) -> bool:
    """Whether a sentence gives a running toll (the table's ``running_toll``: "the death toll",
    « le bilan », «حصيلة», «die Zahl der Toten»).

    Why (round 17, oth17): a toll counted "since 27 November" is a figure, not an event, and the
    offensive is its launch (data/corpus/README.md, the ruling on running tolls); read as "fighting
    since X" by :func:`fighting_starts` it put an "Offensive launched" the gold does not have (a
    half-a file's toll of strikes « depuis le 27 novembre »)."""
    return toll is not None and toll.search(strip_diacritics(sentence.text)[0]) is not None


#: A digit (Western or Arabic-Indic) in a date phrase: a count of days ("10 days ago", «منذ 10 أيام»).
_COUNT_DIGIT = re.compile(r"[0-9\u0660-\u0669]")


def counted_launch(d: Any, day: Any) -> Any:
    """The start of the fighting a count of days gives ("fighting for 10 days", «المستمرة منذ 10
    أيام», "depuis dix jours"): the period's launch (:func:`launch_day`) when the count lands one day
    from it, else the counted day.

    Why (round 17, launch17): a count of days is read inclusively or not ("ten days" on 6 December is
    27 November to 6 December counting both ends, the 26th counting back ten), so one day off the
    known launch is the launch, not a second start of the offensive (half a: «معركة ردع العدوان
    المستمرة منذ 10 أيام» on 6 December gave a launch on 26 November, the launch of the 27th missed).
    A weekday or a date ("since Tuesday", "since 26 November") is no count and keeps its day.
    """
    launch = launch_day()
    if getattr(d, "relative", False) and _COUNT_DIGIT.search(getattr(d, "phrase", "") or "") \
            and abs((day - launch).days) == 1:
        return launch
    return day


def fighting_starts(sentences: Sequence[Sentence], dates: Sequence[Any], text: str, lang: str | None,
                    actors: list[ActorMention], fallback: tuple[DateHit, str] | None,
                    results: Sequence[RawEvent] = ()) -> list[RawEvent]:
    """The start of the offensive that "fighting since X" sentences date: one "other" event per X.

    Why: "the provinces have been engulfed in fighting since last Wednesday", «depuis mercredi,
    l'offensive a permis ...», «منذ 27 نوفمبر ... تخوض الفصائل اشتباكات» tell when the offensive
    began, and often nothing else does; the "since" date is no date of any verb of the sentence
    (:func:`timeline.sentences.usable_dates` drops it). Only a recent day counts (within
    :data:`FIGHTING_SINCE_DAYS` before the article's date): "fighting since 2011" is the war.

    (Round 41, oth41) Nor a day that starts a strike event of its sentence ("Since 8 December,
    Israeli air strikes have weakened the army", «Desde la madrugada del 8 de diciembre, los ataques
    aéreos israelíes han debilitado ...»): the noun of attacks is the strikes', ranged from that day
    (the round-14 toll ruling), not the offensive's; it made a second launch on 8 December.
    """
    rules = rules_for(lang)
    if rules.fighting is None or fallback is None:
        return []
    toll = _running_toll(lang)
    anchor = fallback[0].date
    out: list[RawEvent] = []
    seen: set[Any] = set()
    for s in sentences:
        if not rules.fighting.search(strip_diacritics(s.text)[0]) or running_toll(s, toll):
            continue
        struck = {r.event.date for r in results if r.event.kind == "strike" and r.sentence == s}
        for d in dates:
            day = getattr(d, "date", None)
            if (day is None or day in struck or not within(s, d.start, d.end) or getattr(d, "precision", "") != "day"
                    or not (getattr(d, "since", False) or SINCE_WORDS.search(text[max(0, d.start - 40):d.start]))
                    or not anchor - timedelta(days=FIGHTING_SINCE_DAYS) <= day < anchor or day in seen):
                continue
            seen.add(day)
            armed = _dedupe([a.name for a in actors if within(s, a.start, a.end) and a.type == "armed_group"])
            hit = DateHit(d.phrase, d.start, d.end, counted_launch(d, day), None, "day")
            event = Event(id="", kind="other", **_date_fields(hit), actors=armed, countries=["SY"], places=[],
                          summary=f"{TOPICS['offensive']}: " + ", ".join(armed), reasons=["fighting_since"])
            out.append(RawEvent(event, s, TriggerHit("other", "offensive", d.start, d.end, d.phrase)))
    return out


#: ``date_inferred`` of the offensive's launch told as background with no day of its own, dated by
#: the period's known launch (:func:`background_launches`).
LAUNCH_DATE = "launch"
#: How far (characters) before and after a launch verb its subject may stand, as in
#: :func:`_military_event` ("the rebels had launched", «الهجوم الذي شنته هيئة تحرير الشام»).
LAUNCH_SUBJECT_BEFORE, LAUNCH_SUBJECT_AFTER = 120, 60


def launch_day() -> Any:
    """The day of the period's offensive launch (:data:`timeline.date_rules.anchors.ANCHOR_EVENTS`)."""
    return next(a.day for a in ANCHOR_EVENTS if a.key == "anchor_offensive_launch")


def _launch_subjects(s: Sentence, trig: TriggerHit, actors: Sequence[ActorMention],
                     lang: str | None, text: str = "") -> list[ActorMention]:
    """The armed actor next to a launch verb (its subject or agent): inside it, else the nearest on
    the side the language puts its subject (after it in a verb-subject language, «شنته هيئة تحرير
    الشام», else before it, "the rebels had launched"), else the nearest on the other side ("the
    offensive launched by HTS"); the object after it («فاجأ الهجوم الذي شنته الهيئة الجيش») is none."""
    armed = [a for a in actors if within(s, a.start, a.end) and a.type in ("armed_group", "government_body")]
    # (round 32, oth32b) «haben eine Offensive gegen die Armee gestartet»: the side after "against"
    # inside the launch words is attacked (:func:`timeline.launch_roles.launch_targets`), not its subject
    targets = launch_targets(text, lang, (trig.start, trig.end), armed, s.end) if text else []
    inside = [a for a in armed if trig.start <= a.start and a.end <= trig.end and a not in targets]
    before = sorted((a for a in armed if 0 <= trig.start - a.end <= LAUNCH_SUBJECT_BEFORE),
                    key=lambda a: trig.start - a.end)
    # (round 33, oth33) «بعد يومين على بدء هجوم مباغت ضد الجيش السوري»: the side right after
    # "against" past the launch words is attacked too; in a verb-subject language it was read as
    # the launch's subject, and the launch, given to the army, was dropped
    after = sorted((a for a in armed if 0 <= a.start - trig.end <= LAUNCH_SUBJECT_AFTER and a not in targets),
                   key=lambda a: a.start - trig.end)
    sides = (after, before) if rules_for(lang).verb_subject else (before, after)
    return inside or next(([side[0]] for side in sides if side), [])


def background_launches(results: Sequence[RawEvent], sentences: Sequence[Sentence],
                        all_triggers: Sequence[Sequence[TriggerHit]], actors: Sequence[ActorMention],
                        dates: Sequence[Any], text: str, lang: str | None, published: Any) -> list[RawEvent]:
    """The offensive's launch told as background with no day of its own ("the offensive launched by
    HTS", "a week after they had launched their offensive", «الهجوم الذي شنته هيئة تحرير الشام», «
    l'offensive lancée par les rebelles », «la ofensiva lanzada por», «die HTS startete ihre
    Offensive»): one ``other`` event of the launch, from 27 November to the publication, week
    precision, when the article has no launch of its own near that day.

    Why (round 17, launch17): the corpus ruling on the launch told as background (data/corpus/
    README.md) makes it the launch event, as when it is the news; such a launch verb, given no day,
    was dropped as "the known offensive" (in a sentence with no date phrase) or left undated (in a
    dated one, a pluperfect's background) and the gold's launch missed (half A: HTS's attack «الذي
    شنته» in two Arabic files, « lancée par les rebelles », "after launching a surprise offensive").
    The day is the period's known launch (:data:`timeline.date_rules.anchors.ANCHOR_EVENTS`), the
    range the one the ruling gives a launch told without a day. Not a launch: one that only starts a
    count ("since the rebels launched their offensive, 600 were killed": a "since" before it, a
    running toll), one only planned or feared (:func:`hypothetical`), one of a year before the
    period, and another side's offensive (the SNA's, the SDF's: :data:`timeline.curated.LAUNCH_SIDES`; a launch with
    no armed side named is left alone, it may be aircraft's or a state's).
    """
    day = launch_day()
    if published is None or published <= day:
        return []
    near = [r for r in results if r.event.kind == "other" and r.trigger.role == "offensive"
            and r.event.date is not None and r.event.date <= day + timedelta(days=1)
            and (r.event.date_end or r.event.date) >= day - timedelta(days=1)]
    if near:
        return []  # one launch per article: its own, told with a day
    used = {(r.trigger.start, r.trigger.end) for r in results}
    rules = rules_for(lang)
    toll = _running_toll(lang)
    for i, s in enumerate(sentences):
        if running_toll(s, toll):
            continue
        if past_year_sentence(s, dates, text, rules, day):
            continue  # "in 2016 the regime launched an offensive": the war's past
        for trig in all_triggers[i]:
            if (trig.role != "offensive" or (trig.start, trig.end) in used
                    or SINCE_WORDS.search(text[max(s.start, trig.start - SINCE_REACH):trig.start])
                    or hypothetical(trig, s.start, text, rules, launch=True)):
                continue
            subjects = _launch_subjects(s, trig, actors, lang, text)
            if not subjects or not all(launch_side(a.name) for a in subjects):
                continue
            if foreign_launcher(s, trig, actors, text, lang):
                continue  # (round 41, oth41) "Israel has launched a large-scale offensive": not the rebels'
            return [_background_launch(day, subjects, s, trig)]
    return _named_launches(sentences, actors, dates, text, lang, day, toll)


def past_year_sentence(s: Sentence, dates: Sequence[Any], text: str, rules: LanguageRules, day: Any) -> bool:
    """Whether a sentence holds a date of a year before the launch's that may be its launch's time
    ("in 2016 the regime launched an offensive"): not a year that only measures a superlative or
    names the war's start (:func:`since_reference`, :func:`war_reference`: "Russia struck Aleppo
    for the first time since 2016 as the rebels launched an offensive", « pour la première fois
    depuis 2016 », «por primera vez desde 2016», «zum ersten Mal seit 2016», «لأول مرة منذ 2016»).

    Why (round 34, oth34b): any older year dropped the sentence's launch told as background, and
    a launch told beside a "first time since 2016" went missing (half A, Spanish).
    """
    return any(getattr(d, "date", None) is not None and within(s, d.start, d.end) and d.date.year < day.year
               and not since_reference(d, text, rules) and not war_reference(d, text, rules)
               for d in dates)


def _background_launch(day: Any, subjects: Sequence[ActorMention], s: Sentence, trig: TriggerHit) -> RawEvent:
    """The launch event :func:`background_launches` and :func:`_named_launches` make: the 27
    November launch, week precision, by ``subjects``."""
    names = _dedupe([a.name for a in subjects])
    event = Event(id="", kind="other", date=day, date_end=None, date_precision="week",
                  date_phrase=None, date_inferred=LAUNCH_DATE, actors=names,
                  countries=["SY"], places=[], summary=f"{TOPICS['offensive']}: " + ", ".join(names),
                  reasons=["date_inferred"])
    return RawEvent(event, s, trig)


#: How far (characters) after the table's ``launch_noun`` words its launcher may start ("the
#: offensive of the HTS-led rebels": an article and a word or two between).
LAUNCH_NOUN_SIDE_REACH = 12


def _named_launches(sentences: Sequence[Sentence], actors: Sequence[ActorMention], dates: Sequence[Any],
                    text: str, lang: str | None, day: Any, toll: Any) -> list[RawEvent]:
    """(Round 34, oth34) The offensive named by its noun with its launcher and no launch verb (the
    table's ``launch_noun``: "the offensive of the HTS-led alliance", "the rebels' offensive", «
    l'offensive des rebelles », «la ofensiva relámpago de las facciones», «die Offensive der
    Islamisten-Allianz», «هجوم الفصائل», «الهجمات التي شنتها الفصائل»): the launch told as
    background, as :func:`background_launches` reads a launch verb with no day; only when the
    article has no launch of its own, only the sides of the 27 November launch, and never as the
    news of a dated sentence (the noun is no trigger: "the rebel offensive reached Hama on Friday"
    launches nothing on Friday).

    Why: the corpus ruling on the launch told as background (data/corpus/README.md, round 17)
    annotates such a mention as the launch; on development half A some ten files in all five
    languages named the offensive only so and their launch was missed.
    """
    noun = table_pattern(lang, "launch_noun")
    if noun is None:
        return []
    rules = rules_for(lang)
    armed = [a for a in actors if a.type in ("armed_group", "government_body")]
    for s in sentences:
        if running_toll(s, toll):
            continue
        if past_year_sentence(s, dates, text, rules, day):
            continue
        for m in noun.finditer(text, s.start, s.end):
            trig = TriggerHit("other", "offensive", m.start(), m.end(), m.group(0))
            if (SINCE_WORDS.search(text[max(s.start, trig.start - SINCE_REACH):trig.start])
                    or hypothetical(trig, s.start, text, rules, launch=True)):
                continue
            sides = [a for a in armed if within(s, a.start, a.end)
                     and (trig.start <= a.start < trig.end
                          or 0 <= a.start - trig.end <= LAUNCH_NOUN_SIDE_REACH
                          and not _CLAUSE_PUNCT.search(text, trig.end, a.start))]
            sides = sides[:1]
            if sides and all(launch_side(a.name) for a in sides):
                return [_background_launch(day, sides, s, trig)]
    return []


#: The longest date range (days) a week phrase gives a launch that :func:`week_launches` reads as
#: the 27 November launch: a calendar week ("last week", « la semaine dernière »).
WEEK_LAUNCH_DAYS = 7


def week_launches(results: Sequence[RawEvent]) -> list[RawEvent]:
    """The offensive's launch dated by a week ("launched last week", « lancée la semaine dernière »,
    «la semana pasada», «in der vergangenen Woche», «الأسبوع الماضي») that holds the period's launch
    day: dated on that day (27 November), week precision, as the corpus reads it.

    Why (round 19, rul19a): the round-17 launch ruling (data/corpus/README.md) dates "last week" on
    27 November with ``precision: week``, and the 13 corpus files that tell the launch so all have
    it; the date phrase gave the calendar week instead (25 November to 1 December), which the
    challenge rows had copied. Only a launch of the sides whose offensive is the 27 November one
    (:data:`timeline.curated.LAUNCH_SIDES`, as :func:`background_launches` reads them) and only a week that holds the
    day: the SNA's "Dawn of Freedom" launched "last week", or a week after the launch's, keeps its
    own dates.
    """
    day = launch_day()
    out: list[RawEvent] = []
    for r in results:
        event = r.event
        end = event.date_end or event.date
        if (event.kind == "other" and r.trigger.role == "offensive" and event.date_precision == "week"
                and event.date is not None and event.date <= day <= end
                and (end - event.date).days < WEEK_LAUNCH_DAYS and event.date != day
                and event.actors and all(launch_side(a) for a in event.actors)):
            r = RawEvent(replace(event, date=day, date_end=None), r.sentence, r.trigger)
        out.append(r)
    return out


#: ``date_inferred`` of an event dated by the period's anchor event it belongs to (:func:`anchor_dated`).
ANCHOR_DATE = "anchor"


def event_anchor(event: Event, role: str | None) -> AnchorEvent | None:
    """The anchor event of the period (:data:`timeline.date_rules.anchors.ANCHOR_EVENTS`) that
    ``event`` is part of: the capture of its ``capture_of`` town by anyone but the government, or an
    ``other`` event of one of its ``roles`` (Assad's flight); ``None`` for any other event."""
    for anchor in ANCHOR_EVENTS:
        if event.kind == "other" and role in anchor.roles:
            return anchor
        if (event.kind == "control_change" and anchor.capture_of is not None
                and event.to_controller != GOVERNMENT
                and any(p.geonameid == anchor.capture_of for p in event.places)):
            return anchor
    return None


def anchor_dated(results: Sequence[RawEvent], text: str, lang: str | None, published: Any) -> list[RawEvent]:
    """Events that belong to an anchor event of the period, dated on its day when the text gives
    them none of their own: the capture of Damascus and Assad's flight, on 8 December.

    Why (round 18, fall18): the corpus ruling on the end of Assad's rule (data/corpus/README.md)
    dates the rebels' entry into Damascus and Assad's flight, told as news or as background ("since
    the rebels took Damascus", «بعد دخول الفصائل دمشق», "Assad fled to Moscow, where he was given
    asylum"), on 8 December unless the text gives another day. With no date phrase such a capture was
    ranged over the days up to the article, from days before the fall, and the flight took the
    article's date (a story of 11 December put it on the 11th); a flight told after a circumstance
    word ("after Assad fled", «nach Moskau geflohen») was dropped, and kept it would take the main
    clause's day, so it takes the anchor's even in a dated sentence. Any other event with a date
    phrase keeps it («in der Nacht zum Sonntag», "at 10 pm on Saturday"); a capture dated before the
    anchor's day by the article's lead (a story of the 7th about the suburbs) keeps its own; so does
    every event of an article published before that day, where a flight told as background is
    dropped as before (no such flight had happened yet).
    """
    out: list[RawEvent] = []
    circumstance = rules_for(lang).circumstance
    for r in results:
        event = r.event
        anchor = event_anchor(event, r.trigger.role)
        if anchor is None or event.date is None:
            out.append(r)
            continue
        background = (event.kind == "other" and circumstance is not None and circumstance.search(
            text[max(r.sentence.start, r.trigger.start - CIRCUMSTANCE_REACH):r.trigger.start]) is not None)
        if published is None or anchor.day > published:
            if not background:
                out.append(r)
            continue
        end = event.date_end or event.date
        # no date phrase of its own, or only a span (the anchor tables read «بعد دخول الفصائل دمشق»
        # as the days since the fall: the capture it names is that fall itself)
        undated = ((event.date_inferred is not None or event.date_precision != "day")
                   and (event.date, end) != (anchor.day, anchor.day)
                   and (event.date <= anchor.day <= end or event.date > anchor.day))
        # (round 41, oth41) a flight given only a span that ends before the anchor's day ("HTS, which
        # led the advance in the last week, said Assad had left the country"), or only the lead's
        # earlier day (a Sunday story whose lead took Homs on Saturday): the span or the day is
        # another clause's or the story's, the flight is the anchor's (none happened before it)
        undated = undated or (event.kind == "other" and end < anchor.day
                              and (event.date_precision != "day" or event.date_inferred is not None))
        # (round 43, date43) the capture of the anchor's town given only the span of the days up to a
        # main clause of the anchor's eve ("Israeli troops entered Quneitra on Saturday night after the
        # rebels took Damascus", «توغلت قوة إسرائيلية الليلة الماضية ... بعد سيطرة الفصائل على دمشق» in
        # a Sunday story): that evening runs into the night the town fell, and the span ended the day
        # before it; the capture is the anchor's, as the corpus ruling dates it
        undated = undated or (event.kind == "control_change" and event.date_precision != "day"
                              and event.date_inferred is not None and end == anchor.day - timedelta(days=1))
        # (round 43, date43) the capture of the anchor's town in an "after" clause of a later day («le 11
        # décembre, trois jours après la chute du régime et la prise de Damas», "on 11 December, days
        # after the fall of the regime and the capture of Damascus"): that day is the main clause's
        background = background or (event.kind == "control_change" and event.date > anchor.day
                                    and anchor_clause(text, r.sentence.start, r.trigger, lang, anchor, circumstance))
        if background or undated:
            event = replace(event, date=anchor.day, date_end=None, date_precision="day", date_phrase=None,
                            date_inferred=ANCHOR_DATE,
                            reasons=["date_inferred", *[x for x in event.reasons if x != "date_inferred"]])
        out.append(RawEvent(event, r.sentence, r.trigger))
    return out


#: (Round 43, date43) How far before a capture of an anchor's town (characters) the "after" word of
#: the clause holding it may stand (:func:`anchor_clause`): past the fall it is coordinated with
#: ("after the fall of the regime and the capture of Damascus").
ANCHOR_CLAUSE_REACH = 90
#: (Round 43, date43) How far before the words naming an anchor (characters) its link word may stand
#: (:func:`anchor_clause`): a span of days between them ("three days after", «بعد ثلاثة أيام من»).
ANCHOR_LINK_REACH = 30


def anchor_clause(text: str, lo: int, trig: TriggerHit, lang: str | None, anchor: AnchorEvent,
                  circumstance: re.Pattern[str] | None) -> bool:
    """(Round 43, date43) Whether a capture of ``anchor``'s town stands in an "after" clause: the
    table's ``circumstance`` word right before it (:func:`after_clause_start`), or the words naming
    the anchor itself (the table's ``anchor_assad_fall`` ...: "the fall of the regime") in the
    :data:`ANCHOR_CLAUSE_REACH` characters before it (from ``lo``, the sentence's start) with no clause
    break between, a link word other than "before" (the tables' ``anchor_after``, ``anchor_day`` ...)
    in the :data:`ANCHOR_LINK_REACH` characters before them ("three days after the fall of the regime
    and the capture of Damascus", «بعد ثلاثة أيام من سقوط النظام وسيطرة الفصائل على دمشق»): the
    capture is coordinated with the fall the clause tells (:func:`anchor_dated`)."""
    if after_clause_start(text, lo, trig, circumstance) is not None:
        return True
    words = anchor.words(lang) if lang else None
    kinds = {kind: w for kind, w in anchor_links(lang).items() if kind != "before"} if lang else {}
    if words is None or not kinds:
        return False
    link = re.compile(rf"(?<!\w)(?:{'|'.join(kinds.values())})(?!\w)", re.IGNORECASE)
    for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text[max(lo, trig.start - ANCHOR_CLAUSE_REACH):trig.start],
                         re.IGNORECASE):
        at = max(lo, trig.start - ANCHOR_CLAUSE_REACH) + m.start()
        if CLAUSE_BREAK.search(text, at + len(m.group()), trig.start) is not None:
            continue
        linked = [k for k in link.finditer(text, max(lo, at - ANCHOR_LINK_REACH), at)]
        if linked and CLAUSE_BREAK.search(text, linked[-1].end(), at) is None:
            return True
    return False


#: ``date_inferred`` of a statement dated by the diplomatic event of the sentence before it, in
#: which its speaker took part (:func:`carried_dates`).
PREVIOUS_DATE = "previous"
_DIPLOMATIC_KINDS = frozenset({"statement", "call", "visit", "meeting"})


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
                 and (host.date - e.date).days == 1)
        if (host is not None and host.kind in _MILITARY_HOSTS and host.date_precision == "day"
                and host.date is not None and ((e.date - host.date).days == 1 or later
                                               or (adjacent and 1 < (e.date - host.date).days <= NEXT_CARRY_DAYS))):
            out[k] = RawEvent(replace(e, date=host.date, date_end=None, date_precision="day",
                                      date_phrase=host.date_phrase, date_inferred=PREVIOUS_DATE),
                              raw.sentence, raw.trigger)
    return out


def new_paragraph(text: str, start: int, end: int) -> bool:
    """(Round 36, date36) Whether a line break stands in ``text[start:end]``: a paragraph ends there."""
    return any(ch in "\r\n" for ch in text[start:end])


#: How many sentences back the person a pronoun subject stands for may be named (:func:`pronoun_speakers`),
#: and how many back the speaker of a diplomatic event it goes on from may be (a quote runs on).
PRONOUN_REACH, PRONOUN_HOST_REACH = 2, 4


def speaking_person(event: Event, registry: ActorRegistry) -> bool:
    """Whether a diplomatic event's first actor is a person: one the registry knows, or (round 37,
    prec2) a name read next to its verb that the registry lacks (``speaker_guessed``: "spokesperson
    Randhir Jaiswal said"), never a state or a body."""
    actor = registry.get(event.actors[0])
    return actor.is_person if actor is not None else "speaker_guessed" in event.reasons


#: (Round 37, prec2) A name opening a sentence, then at most two words before its verb ("Jaiswal also").
_OPENING_NAME = re.compile(r"\s*(?-i:([A-ZÀ-ÖØ-Þ][\w'’-]+))((?:\s+[\w'’-]+){0,2})\s*$")


def opening_surname(opening: str, lang: str | None) -> str | None:
    """(Round 37, prec2) The capitalised name that opens a statement's sentence as its subject, the
    words between it and the verb being words that name no subject (the table's
    ``carried_subject_words``: "Jaiswal also said", « Jaiswal a aussi déclaré », «Jaiswal también
    dijo», «Jaiswal sagte auch» has none): the surname :func:`pronoun_speakers` looks up; else None."""
    m = _OPENING_NAME.match(opening)
    if m is None:
        return None
    allowed = carried_words(lang)[0]
    if any(w.casefold() not in allowed for w in m.group(2).split()):
        return None
    return m.group(1)


def pronoun_speakers(raws: list[RawEvent], sentences: Sequence[Sentence], actors: Sequence[ActorMention],
                     registry: ActorRegistry, text: str, rules: LanguageRules) -> list[RawEvent]:
    """Statements whose sentence opens with a pronoun subject ("He accused the militants ...",
    « Il a estimé ... », «Er forderte ...»: the table's ``pronoun_subject``) spoken by the person
    they stand for: the speaker of the last diplomatic event of the :data:`PRONOUN_HOST_REACH`
    sentences before, if a person, else the last person named in the :data:`PRONOUN_REACH` before.

    Why: the sentence names no speaker, so the first actor of what is said became one ("He
    accused militant groups of serving the United States" a statement of the United States',
    "He emphasized that Israel would not allow" Israel's); a person's words go on from the
    sentence before, and on that person's day (:func:`carried_dates`, :func:`fold_readouts`).

    (Round 37, prec2) A person the registry lacks, whose name was read next to the verb before
    (:func:`speaking_person`), is such a person too; and so is the sentence whose subject is that
    person's last name ("Jaiswal also said the embassy ... in Beirut", :func:`opening_surname`) in a
    language whose subject stands before its verb. Why: the host city of the reported words spoke
    (dU: a "Lebanon statement" beside the Indian spokesman's own of the day, one spurious event).
    """
    if rules.pronoun_subject is None and rules.verb_subject:
        return raws
    index = {s.start: i for i, s in enumerate(sentences)}
    out = list(raws)
    for k, raw in enumerate(raws):
        e = raw.event
        here = index.get(raw.sentence.start)
        if e.kind != "statement" or not here or raw.trigger.role == ADDRESSED:
            continue
        opening = text[raw.sentence.start:raw.trigger.start]
        pronoun = rules.pronoun_subject is not None and rules.pronoun_subject.match(opening) is not None
        surname = None if pronoun or rules.verb_subject else opening_surname(opening, rules.language)
        if not pronoun and surname is None:
            continue
        # (round 37, prec2) a surname tells who speaks however far back; a pronoun only reaches
        # PRONOUN_HOST_REACH sentences
        far = 0 if surname is not None else sentences[max(0, here - PRONOUN_HOST_REACH)].start
        hosts = [r.event for r in raws[:k] if far <= r.sentence.start < raw.sentence.start
                 and r.event.kind in _DIPLOMATIC_KINDS and r.event.actors]
        if surname is not None:
            # (round 37, prec2) "Jaiswal also said the embassy ... in Beirut": the person of a diplomatic
            # event before, named in full, whose last name opens the sentence as its subject
            host = next((h for h in reversed(hosts) if speaking_person(h, registry)
                         and len(h.actors[0].split()) >= 2 and h.actors[0].split()[-1] == surname), None)
            if host is None:
                continue
            person = host.actors[0]
        else:
            lo = sentences[max(0, here - PRONOUN_REACH)].start
            named = [a.name for a in actors if lo <= a.start and a.end <= raw.sentence.start and a.type == "official"]
            host = next((h for h in reversed(hosts) if speaking_person(h, registry)), None)
            person = host.actors[0] if host is not None else (named[-1] if named else None)
        if person is None or (e.actors and e.actors[0] == person):
            continue
        actor = registry.get(person)
        state = ((registry.state_of(actor.country) or "") if actor is not None
                 else next((n for n in host.actors[1:] if (a := registry.get(n)) is not None and a.type == "state"), "")
                 if host is not None else "")
        names = _dedupe([person, state, *e.actors])
        countries = actor_countries(names, registry)
        summary = f"{person} statement" + (f" ({STANCE_LABELS[e.stance]})" if e.stance in STANCE_LABELS else "")
        out[k] = RawEvent(replace(e, actors=names, countries=countries, summary=summary), raw.sentence, raw.trigger)
    return out


#: How far (characters) from its sentence's start a statement verb with no subject of its own may
#: stand: a date phrase and a pronoun ("On Wednesday he told", « Mercredi, il a déclaré », «وقال يوم»).
OWN_DAY_REACH = 40


def own_day_speaker(sentence: Sentence, triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                    results: Sequence[RawEvent], actors: Sequence[ActorMention],
                    registry: ActorRegistry, text: str = "", lang: str | None = None,
                    sentence_dates: Sequence[Any] = ()) -> list[tuple[Event, TriggerHit]]:
    """The statement of a sentence that names no speaker but has a date phrase of its own ("On
    Wednesday he told reporters ...", « Mercredi, il a déclaré ... », «Am Mittwoch sagte er ...»,
    «El miércoles dijo ...», «وقال يوم الأربعاء ...»), spoken by the person whose diplomatic event
    the sentence right before reports.

    Why: such a sentence was dropped, either as the previous statement going on (the table's
    ``continuation``) or for want of a speaker; but its own day makes it words of another day than
    the event before, which the gold counts. Only when no actor is named before the verb and the
    verb opens the sentence (within :data:`OWN_DAY_REACH` characters) with its day, a single one,
    right before or after it (not "last week" inside the reported words), and only after a diplomatic
    event of a person in the sentence right before. (Round 16, spk16) Never when the sentence
    names a subject of its own that the registry lacks ("A senior Kurdish commander announced on
    Wednesday"): :func:`timeline.speakers.names_own_subject` with the ``text`` and ``lang`` given,
    past the sentence's date phrases (``sentence_dates``, usable or not).
    """
    said = next((t for t in triggers if t.kind == "statement" and t in dated
                 and t.start - sentence.start <= OWN_DAY_REACH and dated[t].precision == "day"
                 and sentence.start <= dated[t].start and dated[t].end <= sentence.end
                 and dated[t].start - t.end <= OWN_DAY_REACH), None)  # not a day inside what was said
    if said is None or not results:
        return []
    if any(sentence.start <= a.start < said.start for a in actors):
        return []
    # (round 16, spk16) "A senior Kurdish commander announced on Tuesday", «وقال قيادي كردي يوم
    # الثلاثاء»: a subject of the sentence's own, which the registry does not know, is not the
    # person quoted before; only a pronoun or an unsaid subject carries the speaker over
    spans = [(h.start, h.end) for h in [*dated.values(), *sentence_dates]
             if sentence.start <= h.start and h.end <= sentence.end]  # «أمس الثلاثاء»: two date phrases
    if text and names_own_subject(said, sentence, text, lang, spans):
        return []
    before = results[-1]
    speaker = registry.get(before.event.actors[0]) if before.event.actors else None
    if (before.event.kind not in _DIPLOMATIC_KINDS or speaker is None or not speaker.is_person
            or sentence.start - before.sentence.end > 3 or before.sentence.start >= sentence.start):
        return []
    names = _dedupe([speaker.name, registry.state_of(speaker.country) or ""])
    countries = actor_countries(names, registry)
    event = Event(id="", kind="statement", **_date_fields(dated[said]), actors=names, countries=countries,
                  places=[], summary=f"{speaker.name} statement")
    return [(event, said)]


#: Diplomatic events whose participants' words of the same day are their readout (not visits:
#: what a minister says as he leaves or lands is reported as a statement of its own).
READOUT_KINDS = frozenset({"call", "meeting"})


def fold_readouts(raws: list[RawEvent], registry: ActorRegistry, text: str | None = None,
                  lang: str | None = None) -> list[RawEvent]:
    """Drop the statements that are the readout of a call or meeting of the same article.

    Why: "Abdelatty held a phone call with Sabbagh on Friday. Abdelatty expressed concern ... and
    reaffirmed support for Syria" reports one event, the call, and what was said in it; a separate
    statement would count the call twice on the map. A statement is a readout when its speaker is
    a person taking part in such an event of the article on the same day, or a ministry of one of
    its countries whose words name only people who take part in it. The stance it expresses goes
    to that event when the event has none of its own.

    A statement whose voice is a state or no known person («من جهته أعرب الوزير حسين عن تضامن
    العراق» read as Iraq's, or a name guessed from the words) is the readout of a call of the same day that
    ends at most :data:`READOUT_REACH` characters before it and involves every country the
    statement does: "for his part, the minister expressed Iraq's solidarity" right after the call.
    (Not of a meeting: what a state says after a summit is reported as its own statement.)

    (Round 10) Words said after the meeting is over ("after the talks Araghchi said ...", « à
    l'issue de la rencontre », «بعيد اللقاء», "at the closing press conference Hussein said ...":
    the table's ``after_talks``, :func:`timeline.speakers.after_talks`) are news of their own,
    which the gold counts next to the meeting; they are no meeting's readout.

    (Round 18, dip18) A call or meeting told as to come (:func:`announced_talks`, given the
    article's ``text`` and ``lang``) has no readout: its participants have not spoken in it yet.
    """
    hosts = [i for i, r in enumerate(raws) if r.event.kind in READOUT_KINDS and r.trigger.role != ADDRESSED
             and not (text is not None and announced_talks(r, text, lang))]
    folded: set[int] = set()
    folded_into: dict[int, int] = {}
    stances: dict[int, str] = {}
    for i, raw in enumerate(raws):
        e = raw.event
        if e.kind != "statement" or not e.actors:
            continue
        actor = registry.get(e.actors[0])
        if actor is not None and actor.type == "government_body":
            # "the Egyptian foreign ministry said that Sabbagh briefed Abdelatty": a ministry's
            # account of its own country's call of the day, naming its people, is that call's readout;
            # an institution that names no one in it ("the Kremlin said") speaks for itself
            named = [n for n in e.actors[1:] if (p := registry.get(n)) is not None and p.is_person]
            host = next((h for h in hosts if named and raws[h].event.date == e.date
                         and actor.country in raws[h].event.countries
                         and all(n in raws[h].event.actors for n in named)), None)
            if host is None:
                host = office_readout_host(raws, hosts, raw, registry, text, lang)
        elif actor is not None and not actor.is_person:
            # a state's voice («تضامن العراق») may be its minister's on the call
            host = _nearby_host(raws, hosts, raw) if actor.type == "state" else None
        else:
            host = next((h for h in hosts if e.actors[0] in raws[h].event.actors and raws[h].event.date == e.date),
                        None)
            if host is None and actor is None:  # a guessed speaker
                host = _nearby_host(raws, hosts, raw)
        if host is None:
            host = readout_run_host(raws, hosts, folded_into, raw, registry, text)
        if host is None or (raws[host].event.kind == "meeting" and after_talks(raw.sentence.text)):
            continue
        if raws[host].event.kind == "meeting" and raw.trigger.role == SAID_TALKS:
            continue  # (round 27) "announced that he had discussed ... with": the talks are what is said
        folded.add(i)
        folded_into[i] = host
        if e.stance not in (None, "other") and raws[host].event.stance in (None, "other"):
            stances.setdefault(host, e.stance)
    return [RawEvent(replace(r.event, stance=stances[i]), r.sentence, r.trigger) if i in stances else r
            for i, r in enumerate(raws) if i not in folded]


#: How far (characters) after a call a statement may be its readout without naming
#: a participant (:func:`fold_readouts`).
READOUT_REACH = 400


def readout_run_host(raws: list[RawEvent], hosts: list[int], folded_into: dict[int, int], raw: RawEvent,
                     registry: ActorRegistry, text: str | None) -> int | None:
    """The call whose readout a statement goes on telling, or opens: the statement stands in the
    sentence right after the call's or right after a sentence already folded into that call (the
    run of the readout; a subheading line between them does not end it), or it opens the article,
    with no date of its own, right before the call's sentence (the lead giving the call's content
    first); every country it names is on the call, every person it names takes part in it, and it
    has no other day than the call's.

    Why (round 33, stm33b): "Putin spoke by phone with Erdogan on Tuesday. Putin stressed ... The
    Kremlin said the leaders called for ..." goes on with the call's readout two sentences after it
    (the office's test, :func:`office_readout_host`, looks only at the call's sentence and the next
    one); « Le président iranien a assuré que Téhéran ... Lors d'un entretien téléphonique lundi avec
    Assad, Pezeshkian a déclaré ... » gives the readout in its lead, before the call (a state's voice
    was looked for only after it). Both made a statement of the call's content, against the round-20
    ruling. Only the article's first sentence opens a readout: a state's words later on, right before
    a call of other people, are a paragraph of their own. A third country's words (Iran's ministry on
    a Putin-Erdogan call) name a country not on the call and stay a statement.
    """
    if text is None:
        return None
    e = raw.event
    if not e.countries:
        return None
    named = [n for n in e.actors if (p := registry.get(n)) is not None and p.is_person]

    def fits(h: int) -> bool:
        host = raws[h].event
        return (host.kind == "call" and set(e.countries) <= set(host.countries)
                and all(n in host.actors for n in named)
                and (host.date == e.date or e.date_inferred is not None))

    for j in range(len(raws) - 1, -1, -1):
        before = raws[j]
        if before.sentence.start >= raw.sentence.start:
            continue
        h = j if j in hosts else folded_into.get(j)
        # the run goes on from the call: a lead folded into a call told after it opens no run
        if h is None or raws[h].sentence.start > raw.sentence.start or not fits(h):
            continue
        if _next_in_run(before.sentence, raw.sentence, text):
            return h
    if e.date_inferred is None or text[:raw.sentence.start].strip():
        return None
    for h in hosts:
        after = raws[h].sentence
        if (after.start > raw.sentence.start and fits(h)
                and _same_or_next_sentence(raw.sentence, after, text)):
            return h
    return None


#: A line between two sentences of a readout that is no sentence: a subheading or a link's title
#: (short, with no closing stop), which a web page sets between paragraphs (:func:`_next_in_run`).
INTERSTITIAL_LINE = re.compile(r"[^\n.!?؟]{1,100}")


def _next_in_run(first: Any, second: Any, text: str) -> bool:
    """Whether ``second`` is ``first``'s sentence or the one right after it, with at most a
    subheading line between them (:data:`INTERSTITIAL_LINE`)."""
    if _same_or_next_sentence(first, second, text):
        return True
    if second.start < first.end:
        return False
    lines = [ln.strip() for ln in text[first.end:second.start].split("\n") if ln.strip()]
    return len(lines) == 1 and INTERSTITIAL_LINE.fullmatch(lines[0]) is not None


def office_readout_host(raws: list[RawEvent], hosts: list[int], raw: RawEvent, registry: ActorRegistry,
                        text: str | None, lang: str | None = None) -> int | None:
    """The call whose readout an office's statement is: the office (a ministry, the Kremlin, a
    presidency) is of a country taking part in the call, the statement stands in the call's sentence
    or the one right after it (or, later, names the call by its noun, :func:`names_the_call`, and no
    other call stands between), names no one who is not on the call, and has no other day of its
    own than the call's (it is undated, or dated as the call).

    Why (round 20, rdo20): the round-20 corpus ruling (data/corpus/README.md) makes a call's readout,
    the words of the office that speaks for a participant ("The Kremlin said Putin told Erdogan
    ...", « Le Kremlin a indiqué que ... », «وقالت الخارجية الإيرانية في بيان إن عراقجي أكد»,
    «Das russische Außenministerium erklärte, ...»), part of the call: it was kept as a statement
    of its own when it named no participant or took the lead's or publication's day. An office of
    a country not on the call (Iran's foreign ministry on a Putin-Erdogan call) speaks for itself.
    """
    e = raw.event
    actor = registry.get(e.actors[0]) if e.actors else None
    if actor is None or not actor.country:
        return None
    named = [n for n in e.actors[1:] if (p := registry.get(n)) is not None and p.is_person]
    for h in hosts:
        host = raws[h]
        if host.event.kind != "call" or actor.country not in host.event.countries:
            continue
        if not all(n in host.event.actors for n in named):
            continue
        if host.event.date != e.date and e.date_inferred is None:
            continue
        if not (_same_or_next_sentence(host.sentence, raw.sentence, text)
                or (names_the_call(raw.sentence.text, lang) and h == _last_call_before(raws, hosts, raw))):
            continue
        return h
    return None


def names_the_call(sentence: str, lang: str | None) -> bool:
    """Whether a sentence names a call by its noun (the table's ``call_noun``: "the call", « cet
    entretien », «الاتصال», «la llamada», «das Telefonat»).

    Why (round 20, rdo20): an office's words about the call («وأشار الكرملين إلى أن الاتصال جرى
    بمبادرة من الجانب التركي», told paragraphs after it) are its readout too, by the round-20 ruling.
    """
    pattern = table_pattern(lang, "call_noun")
    return pattern is not None and pattern.search(sentence) is not None


def _last_call_before(raws: list[RawEvent], hosts: list[int], raw: RawEvent) -> int | None:
    """The last call of ``hosts`` told before ``raw``'s sentence (or in it)."""
    before = [h for h in hosts if raws[h].event.kind == "call" and raws[h].sentence.start <= raw.sentence.start]
    return before[-1] if before else None


def _same_or_next_sentence(first: Any, second: Any, text: str | None) -> bool:
    """Whether ``second`` is ``first`` or the sentence right after it (only blanks between them)."""
    if (first.start, first.end) == (second.start, second.end):
        return True
    if second.start < first.end or text is None:
        return False
    return not text[first.end:second.start].strip()


def announced_talks(raw: RawEvent, text: str, lang: str | None) -> bool:
    """Whether a call or meeting is told as to come: the table's ``announced`` words in its verb's
    clause right before it, as :func:`announced_day` reads them ("is due to meet", « doit
    rencontrer », «من المقرر أن يلتقي», «se reunirá»).

    Why (round 18, dip18): a meeting still to come has no readout. "Blinken had said that the
    changes were a chance ...", told in a story of the Aqaba talks announced for later that day,
    is his own statement; read as the readout of the talks it was folded into them and lost.
    """
    return announced_trigger(raw.trigger, raw.sentence.start, text, lang)


def announced_trigger(trig: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether the table's ``announced`` words stand in a verb's clause right before it (the test
    of :func:`announced_talks`, on a trigger)."""
    rules = rules_for(lang)
    if rules.announced is None:
        return False
    lo = max(sentence_start, trig.start - ANNOUNCED_REACH)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, trig.start)]
    head = text[min(breaks[-1] if breaks else lo, max(sentence_start, trig.start - 25)):trig.end]
    return rules.announced.search(head) is not None


def retold_talks(raws: list[RawEvent]) -> list[RawEvent]:
    """Drop a call or a meeting with no date of its own that retells the one told just before it:
    same kind, within :data:`READOUT_REACH` characters, every one of its actors among that one's.

    Why: "Putin and Pezeshkian spoke by phone on Monday. During the call («Durante la llamada»,
    «Während des Telefonats»), Putin said ..." names the call again by its noun; read as a second
    call, undated, it took the publication day and counted one call twice. Its stance goes to the
    call it retells when that one has none. A call with someone new ("Putin also phoned Erdogan")
    names an actor the first one lacks and stays an event of its own.
    """
    dropped: set[int] = set()
    stances: dict[int, str] = {}
    for i, raw in enumerate(raws):
        e = raw.event
        if e.kind not in READOUT_KINDS or e.date_inferred is None or not e.actors:
            continue
        for h in range(i - 1, -1, -1):
            host = raws[h]
            if h in dropped or host.event.kind != e.kind or host.sentence.end > raw.sentence.start:
                continue
            if raw.sentence.start - host.sentence.end > READOUT_REACH:
                break
            extra = set(e.actors) - set(host.event.actors)
            # (round 31, ev31dip) « Le président syrien a reçu le ministre iranien » after "Araghchi
            # met Assad": the office's voice (the Syrian government) beside a person of the talks
            # told before is no new party
            # (round 31, ev31dip2) «وذكرت الخارجية السعودية أن الوزير تلقى اتصالا هاتفيا من نظيره السوري»
            # after the talks of the Saudi and Syrian ministers: one body of a state of that call
            # tells it again, no new party
            # (round 33, spk33b) the Syrian counterpart, now the Syrian government's voice, beside it too
            own = set(e.actors) - {GOVERNMENT_VOICE}
            body = len(own) == 1 and bool(e.countries) and set(e.countries) <= set(host.event.countries)
            if not extra or body or (extra <= {GOVERNMENT_VOICE} and set(e.actors) & set(host.event.actors)):
                dropped.add(i)
                if e.stance not in (None, "other") and host.event.stance in (None, "other"):
                    stances.setdefault(h, e.stance)
            break
    return [RawEvent(replace(r.event, stance=stances[i]), r.sentence, r.trigger) if i in stances else r
            for i, r in enumerate(raws) if i not in dropped]


def _nearby_host(raws: list[RawEvent], hosts: list[int], raw: RawEvent) -> int | None:
    """The call just before ``raw``'s sentence, of its day, involving all its countries."""
    e = raw.event
    if not e.countries:
        return None
    for h in reversed(hosts):
        host = raws[h]
        if (host.event.kind == "call" and host.event.date == e.date and host.sentence.end <= raw.sentence.start
                and raw.sentence.start - host.sentence.end <= READOUT_REACH
                and set(e.countries) <= set(host.event.countries)):
            return h
    return None


#: Precisions of a past date that tells a story of its own, which the undated sentences after it go
#: on telling (:func:`background_runs`); a year alone ("in 2011") is an aside, not a story.
NARRATIVE_PRECISIONS = frozenset({"day", "week", "month"})


def narrative_date(d: Any, text: str) -> bool:
    """Whether a past date phrase opens a passage the undated sentences after it go on telling: a
    day, week or month ("on 2 December", "in July 2023"), or a "since" point ("the Kurds have held
    Tell Rifaat since 2016": a state the passage goes on describing).

    Why: an aside of history in a news report is a sentence with a year alone ("the war began in
    2011", « le conflit a éclaté en 2011 », «اندلعت الحرب عام 2011», «en 1967», «im Jahr 2011»):
    the report goes back to the news in its next sentence ("The army said it had redeployed ..."),
    which was taken for more history (:func:`background_runs`) and lost with its date. A past day or
    month told at length (last year's meeting: "Assad met Erdogan on 19 July 2022. He said ...")
    is a story, and the sentences after it stay background.
    """
    if getattr(d, "precision", "") in NARRATIVE_PRECISIONS or getattr(d, "since", False):
        return True
    return bool(text) and SINCE_WORDS.search(text[max(0, d.start - 40):d.start]) is not None


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


@cache
def _present_opener(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``present_opener`` words, as whole words, compiled once per language."""
    return whole_words(table_rows(lang or "en", "present_opener"))


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
                   and any(narrative_date(d, text) for d in mine))
            left = reach
            out.append(run)
            continue
        out.append(run and left > 0)
        left -= 1
    return out


_SUBJECT_CLAUSE = re.compile(r"[.;:!?,،\"«»“”]")
#: How far before a statement verb (characters) its subject's clause is read for an unnamed source.
SOURCE_REACH = 60


#: The most words between the word opening an "after" clause and the statement verb in it (the
#: speaker's name and title: "after President Bashar al-Assad vowed").
SAID_AFTER_WORDS = 7


def said_before_main(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], s: Sentence,
                     text: str, lang: str | None) -> dict[TriggerHit, DateHit]:
    """(Round 31, ev31stm) The statements told inside a clause of what came before the main clause
    (the table's ``said_after_clause``: "the raids come after President Assad vowed to crush the
    insurgents", « après que le président a promis », «después de que el presidente prometiera»,
    „nachdem Präsident Assad angekündigt hatte“, «بعد أن تعهد الرئيس»), dated by a day that is not
    their own (the main clause's, the lead's or the publication's): the days up to it, from the
    offensive's launch when that is earlier (:func:`background_start`), as a capture in an "after"
    clause is dated (:func:`before_main_clause`).

    Why: such words were said before the news of the sentence; read on its day, Assad's vow and the
    rebels' claim of victory were statements of a later day (development, two English articles), a
    false statement of that day and a missed one of theirs. The clause must not open the sentence
    ("After the talks Fidan said" has the speaker's own main verb), must hold no clause break
    before the verb, and a date phrase inside it stays the words' own.
    """
    pattern = table_pattern(lang, "said_after_clause")
    if pattern is None:
        return {}
    out = {}
    for t in triggers:
        d = dated.get(t)
        if t.kind != "statement" or d is None or d.date is None or d.precision != "day":
            continue
        lo = max(s.start, t.start - CIRCUMSTANCE_REACH)
        opening = None
        for m in pattern.finditer(text, lo, t.start):
            opening = m
        if opening is None or not text[s.start:opening.start()].strip(" \t\"'«“„(") :
            continue
        between = text[opening.end():t.start]
        if CLAUSE_BREAK.search(between) or len(between.split()) > SAID_AFTER_WORDS:
            continue
        if d.start >= 0 and d.start >= opening.start():
            continue  # a day inside the clause or after the verb: the words' own
        out[t] = background_range(d)
    return out


def unnamed_subject(trigger: TriggerHit, sentence: Sentence, text: str, actors: Sequence[ActorMention],
                    rules: LanguageRules, places: Sequence[Any] = ()) -> bool:
    """Whether a statement verb's subject is a source no one is named for (the table's
    ``unnamed_source``): "Unconfirmed reports said", "a source close to the army said", «وقالت
    مصادر عسكرية», « a indiqué une source proche de l'armée », "..., said media reports".

    The source word must open the verb's clause before it (before any actor of that clause: "a
    source close to the army" is no word of the army's), or, when no actor stands in that clause,
    follow the verb within two words (an inverted or verb-subject order).

    Why: such a verb read the actor named in what it reports as the speaker ("reports said a
    plane carrying Assad crashed" became a statement of Assad's, "a source close to the army said"
    one of the Syrian government's); like a monitor's word, it attributes a fact and is no side's
    statement (the gold counts none). (Round 20, stm20) Not after a subject named first and an
    aside (:func:`timeline.speakers.aside_before`): the source word after the verb is its object
    ("denied reports"), and the Syrian defence ministry's denial of Homs's fall was dropped.
    (Round 39, stmt39) Not a source named as a member of a side or a body (:func:`member_source`).
    """
    if rules.unnamed_source is None:
        return False
    lo = max(sentence.start, trigger.start - SOURCE_REACH)
    breaks = [m.end() for m in _SUBJECT_CLAUSE.finditer(text, lo, trigger.start)]
    clause_start = breaks[-1] if breaks else lo
    clause_actors = [a for a in actors if clause_start <= a.start and a.end <= trigger.start]
    m = rules.unnamed_source.search(text, clause_start, trigger.start)
    if m is not None and member_source(m.start(), m.end(), text, actors, places, rules.language):
        return False
    if m is not None:
        # (round 17, stm17) a side named at the source word itself ("military sources", «مصدر عسكري»,
        # the registry's alias of the side) is its unnamed member: it speaks for the side
        return not any(a.start < m.start() or a.start < m.end() <= a.end for a in clause_actors)
    if clause_actors or rules.unnamed_source_after is None:
        return False
    if office_named_before(trigger, text, clause_start, rules.language):
        # (round 39, stmt39) "The Iranian information ministry denied reports that ...", « le
        # ministère syrien de l'Information a démenti les informations »: an office or a body the
        # registry does not know is the subject named before the verb, the source word its object
        return False
    if aside_before(trigger, text, actors):
        # (round 20, stm20) "The defence ministry, for its part, denied reports that ...", «El
        # Ministerio de Defensa, por su parte, desmintió los informes»: the comma before the verb
        # closes an aside after the subject named first, so the words after the verb are its object
        return False
    after = rules.unnamed_source_after.match(text[trigger.end:min(sentence.end, trigger.end + SOURCE_REACH)])
    if after is not None and member_source(trigger.end, trigger.end + after.end(), text, actors, places,
                                           rules.language):
        return False
    return after is not None and not any(trigger.end <= a.start < trigger.end + after.end() for a in actors)


def office_named_before(trigger: TriggerHit, text: str, clause_start: int, lang: str | None) -> bool:
    """(Round 39, stmt39) Whether the verb's clause names an office title or a state's body before
    it (the tables' ``office_titles`` and ``office_bodies``: "the Iranian information ministry
    denied reports", "the ministry denied reports", «das iranische Informationsministerium
    dementierte Berichte»), in a language that puts its subject first: the subject is said, and a
    source word after the verb ("reports", « les informations », «Berichte») is its object.

    Why: with no actor of the registry before the verb (a ministry it lacks), the source word after
    the verb was read as an inverted subject ("..., said media reports") and the denial was dropped
    as an unnamed source's words. Not in a verb-first language («نفت وزارة الإعلام»: the body after
    the verb is its subject, and no source word stands within two words of it).
    """
    return not rules_for(lang).verb_subject and office_named(text, clause_start, trigger.start, lang)


def fighting_side(actor: ActorMention) -> bool:
    """Whether an actor is a fighting side of the war, whose unnamed member speaks for it
    (:func:`member_source`): an armed group, or a body of the Syrian state (the army, the
    government). Not a state (a capital is its alias: "a source in Damascus" says where), nor a
    foreign body ("a source in the Kremlin", «une source du Kremlin»: an unnamed official of a state
    is no statement of it, data/corpus/README.md round 17)."""
    return actor.type == "armed_group" or (actor.type == "government_body" and actor.country == "SY")


def member_source(start: int, end: int, text: str, actors: Sequence[ActorMention], places: Sequence[Any],
                  lang: str | None) -> bool:
    """(Round 39, stmt39) Whether the source words from ``start`` to ``end`` (closed by the source
    word) are named as a member of a fighting side, the table's ``source_member`` words standing
    between them and that side's name: "a source in Hayat Tahrir al-Sham said", "said a source inside the Syrian army",
    « une source au sein de HTS a précisé », «una fuente dentro del Ejército sirio afirmó», «eine
    Quelle innerhalb der HTS sagte», «وقال مصدر في هيئة تحرير الشام».

    Why: such a source is the side's unnamed member, and the round-17 ruling makes its words the
    side's statement, as "a military source" already was (data/corpus/README.md); read as a source no
    one is named for, the statement was lost (development articles of half B in English and French,
    the Arabic and Spanish wordings of half A). Not a source only near the side ("a source close to
    the army": no membership word), nor one in a town ("a source in Damascus": the capital is a
    place), nor a state's or a foreign body's source (:func:`fighting_side`).
    """
    head, member = source_patterns(lang)
    if head is None or member is None or head.search(text[start:end]) is None:
        return False
    linker = member.match(text[end:end + SOURCE_REACH])
    if linker is None:
        return False
    side = min((a for a in actors if a.start >= end), key=lambda a: a.start, default=None)
    # the linker closes at the side's name, or inside it (« dans l'armée syrienne »: its article)
    return (side is not None and end < side.start <= end + linker.end() and fighting_side(side)
            and side in not_place_names([side], places))


def displaced_count_givers(triggers: Sequence[TriggerHit], text: str) -> list[TriggerHit]:
    """(Round 34, stm34b) The one statement verb of a sentence that tells nothing but a count of
    people displaced ("the fighting has displaced 280,000 people, the UN said", « a indiqué l'ONU »,
    «indicó la ONU», «teilten die Vereinten Nationen mit», «حسب ما أعلنت الأمم المتحدة»): the figure
    is an `other` event and no statement of whoever gives it (the corpus's round-14 ruling on
    displaced counts), so the verb is read as an unnamed source's: it lends its date, it speaks
    for no one. A second verb of saying ("... and called for talks") or any other event in the
    sentence keeps the statement, and so does a flight told with no figure ("the UN announced that
    thousands of civilians fled Hama", a row of the challenge set): only a count written in digits
    next to the verb of displacement (:data:`COUNT_REACH` characters either side) is a figure.

    Why: the giver of the figure (the UN, its humanitarian coordinator) was made a statement the
    gold never has, in two half-A articles (Arabic and Spanish) and in every language's wording.
    """
    said = [t for t in triggers if t.kind == "statement"]
    if len(said) != 1 or not any(t.role == "displacement" for t in triggers):
        return []
    if any(t.kind != "statement" and t.role != "displacement" for t in triggers):
        return []
    if not any(re.search(r"\d", text[max(0, t.start - COUNT_REACH):t.end + COUNT_REACH])
               for t in triggers if t.role == "displacement"):
        return []
    return said


#: How far from a verb of displacement (characters) the digits of its count are read
#: (:func:`displaced_count_givers`).
COUNT_REACH = 30


def continued_unnamed(triggers: Sequence[TriggerHit], unnamed: Sequence[TriggerHit], text: str,
                      rules: LanguageRules) -> list[TriggerHit]:
    """(Round 17, stm17b) The statement verbs of a sentence that go on (the table's
    ``continuation``: «وأضافت أن», "they added") after a verb of an unnamed source of the same
    sentence: «وأفادت مصادر محلية بأن مسلحين يسيطرون على حاجز، وأضافت بانسحاب آليات الجيش».

    Why: such a verb's subject is left unsaid, it is the source's; the verb-subject order then took
    the side named in the words reported before it (the armed men, the factions) as its speaker,
    a spurious statement of that side (half a of the development third, and probes with other
    wordings). A continuation after a named speaker keeps that speaker's group, as before.
    """
    if not unnamed or rules.continuation is None:
        return []
    first = min(t.start for t in unnamed)
    out = []
    for t in triggers:
        if t.kind != "statement" or t in unnamed or t.start <= first:
            continue
        lo = max(0, t.start - 2)
        if any(m.start() <= t.start and t.end <= m.end() + 1
               for m in rules.continuation.finditer(text, lo, min(len(text), t.end + 40))):
            out.append(t)
    return out


def reported_clause(text: str, rules: LanguageRules) -> Any:
    """Whether a reported clause opens between two offsets of ``text``: the table's
    ``clause_marker`` ("that", « que », «أن»), or a relative clause, its ``relative_pronoun``
    ("which", «التي»), for :func:`timeline.sentences.assign_dates`; ``None`` for a table with
    neither.

    Why the relative pronoun (round 35, clause35ar): in «سيطرت فصائل مسلحة بقيادة هيئة تحرير الشام
    يوم الخميس على بلدة الأتارب التي تسيطر عليها الحكومة» the day follows a long subject and stands
    nearer the holder's verb of the relative clause than the capture's: it went to the holding,
    and the capture, left with no day in a dated sentence, was dropped. A date before the pronoun
    belongs to the verbs before it, as one before «أن» does; not a pronoun right after the date
    phrase, which describes a noun of the phrase itself (the operation a day is counted from)."""
    from timeline.control_roles import table_pattern

    marker, relative = rules.clause_marker, table_pattern(rules.language, "relative_pronoun")
    if marker is None and relative is None:
        return None
    bounded = re.compile(rf"(?<!\w){relative.pattern}(?!\w)", relative.flags) if relative is not None else None

    def opens(start: int, end: int) -> bool:
        if marker is not None and marker.search(text, start, end) is not None:
            return True
        m = bounded.search(text, start, end) if bounded is not None else None
        # not a pronoun right after a date phrase, which describes the phrase's own noun («في اليوم
        # الثالث على عملية "ردع العدوان" التي أطلقتها»: the launch the day is counted from)
        return m is not None and re.search(r"\w", text[start:m.start()]) is not None
    return opens


def _subject_is(actor_type: str, trigger: TriggerHit, actors: list[ActorMention], registry: ActorRegistry,
                text: str, lang: str | None) -> bool:
    """Whether the verb's subject, chosen as a speaker is (an actor of ``actor_type`` allowed too),
    is of that type: a monitor's "said" attributes a fact, an armed group "arrived" is no visit."""
    subject = choose_speaker(trigger, actors, registry, text, SPEAKER_TYPES | {actor_type}, lang)
    return subject is not None and subject.type == actor_type


def with_id(event: Event, raw_id: str) -> Event:
    return replace(event, id=raw_id)
