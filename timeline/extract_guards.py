"""Denial, hypotheticals, modals, asides and circumstance words: readings that keep a trigger from making an event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from timeline.control_roles import table_pattern
from timeline.extract_common import SITUATION_ROLES
from timeline.lexicon import LanguageRules, rules_for, table_rows
from timeline.sentences import TriggerHit

#: How far before a situation trigger (characters) a circumstance word is looked for.
CIRCUMSTANCE_REACH = 40


#: How far (characters) before a capture, strike or situation a denial of reports may stand:
#: «نفت وزارة الدفاع، الجمعة، الأنباء التي تزعم انسحاب الجيش من حمص» denies the withdrawal.
DENIAL_REACH = 160
#: (Round 20, stm20) The diplomatic kinds a denial before them in their sentence denies (:func:`denied`).
DENIABLE_DIPLOMATIC = frozenset({"meeting", "visit", "call"})


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
            or enabled(trigger, sentence_start, text, rules.language) or modal_after(trigger, text, rules.language)
            or struck_reinforcements(trigger, sentence_start, text, rules.language))


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


def struck_reinforcements(trigger: TriggerHit, sentence_start: int, text: str, lang: str | None) -> bool:
    """Whether reinforcements are what a strike aimed at or hit, up to three words after a word of
    targeting or striking: the table's ``strike_target`` ("air strikes targeting rebel
    reinforcements", « des frappes visant des renforts », «ataques aéreos dirigidos a refuerzos
    rebeldes», «Luftangriffe auf Verstärkungen», «استهدفت الطائرات تعزيزات»).

    Why (round 44, oth44): the bare noun of reinforcements is the reinforcement row's trigger, so
    the strike's target was read as reinforcements sent that day (es-1ba8450252, one false `other`
    event beside the strike it belongs to). Only for the reinforcement role: the strike stays.
    """
    return trigger.role == "reinforcement" and cue_before(
        event_cues(lang).get("strike_target"), trigger.start, sentence_start, text, CIRCUMSTANCE_REACH) is not None


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
    ``enabling_conditional``, ``link_heading``, ``strike_carried`` (and round 50's
    ``strike_present``), ``flight_relative``, and round 32's ``other_theatre``, ``modal_after``,
    ``control_noun``, ``since_start`` on its own), with ``clause_gap`` (a comma, an end mark or one
    of the table's ``clause_joiners``), compiled once per language.

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
                 "strike_target": r"(?<!\w)(?:ALT)(?!\w)\W?(?:\s+\S+){0,3}?\s*$",
                 "circumstance_noun": r"(?<!\w)(?:ALT)\s*$",
                 "enabling_conditional": r"(?<!\w)(?:ALT)(?!\w)(?:\s+\S+){0,5}?\s*$",
                 "link_heading": r"\W*(?:ALT)\s*[:|\-–—]",
                 "strike_carried": r"(?:ALT)",
                 "strike_present": r"(?:ALT)",
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


#: How far before a capture noun (characters) its preposition of circumstance may begin.
CIRCUMSTANCE_NOUN_REACH = 60


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


#: A comma or a mark that ends a sentence: a clause ends there (:func:`since_launch`, and with the
#: table's ``clause_joiners`` the ``clause_gap`` of :func:`event_cues`).
_CLAUSE_PUNCT = re.compile(r"[,،;:.!?]")
