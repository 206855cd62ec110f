"""Strikes (attacker, places, denied, retold, condemned or counted ones): a family apart from control changes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from functools import cache
from typing import Any

from timeline.actors import ActorMention
from timeline.control_roles import table_pattern
from timeline.date_rules.anchors import anchor_day
from timeline.extract_common import TOPICS, RawEvent, SentenceContext, _is_town
from timeline.extract_control_direction import CLAUSE_REACH
from timeline.extract_control_places import OBJECT_REACH, _listed_after
from timeline.extract_dates import STORY_DATE, after_day_after, report_range, since_span
from timeline.extract_guards import cue_before, event_cues, window_start
from timeline.lexicon import rules_for, table_rows, whole_words
from timeline.sentences import CLAUSE_BREAK, DateHit, Sentence, TriggerHit
from timeline.types import Event

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
    return _covered("strike_carried", trig, sentence, text, lang) or present_strike(trig, sentence, text, lang)


def present_strike(trig: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> bool:
    """Whether a strike word is told as raids going on as the story is told: the table's
    ``strike_present`` (a verb of carrying out or of bombing in the present or the present
    progressive) covers it, in its sentence.

    Why (round 50, x50c): "Israel is striking targets in Syria", «Das israelische Militär fliegt
    Angriffe auf Ziele in Syrien», «يشن الطيران الإسرائيلي غارات على مواقع في سوريا» were dropped
    as descriptions of the war (no town, no day) while the same sentence in the past with a day was
    kept; they report raids of the publication day, as the round-19 ruling dates a present-tense
    report (de-e6f6ddce1f's gold).
    """
    return _covered("strike_present", trig, sentence, text, lang)


def _covered(key: str, trig: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> bool:
    """Whether a match of the table's cue ``key`` starting at most :data:`CARRIED_REACH` before the
    strike word, in its sentence, covers the word."""
    cue = event_cues(lang).get(key)
    if cue is None:
        return False
    lo = max(sentence.start, trig.start - CARRIED_REACH)
    return any(m.start() <= trig.start and trig.end <= m.end() for m in cue.finditer(text, lo, sentence.end))


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


def report_cut(trig: TriggerHit, ctx: SentenceContext, attackers: Sequence[ActorMention]) -> int | None:
    """Where the report of a strike told by its attacker ends: the start of the armed group named
    as who struck (``attackers``, the sentence's armed groups :func:`strike_subject` reads as the
    strike's subject; or the strike word when the group follows it), when a
    statement verb or a cited source ("according to", « selon », «según», «laut», «بحسب») stands
    before it in the sentence; else None. The states and state bodies named before that point
    (and the demonyms there) are who reported the strike, not who struck.

    Why (round 45, o45): "State media reported that HTS shelled a student residence in Aleppo",
    «Según la agencia oficial siria Sana, los rebeldes bombardearon la ciudad universitaria»: the
    state media (the government's voice) was read as a second attacker of the faction's strike,
    the merge saw the government camp in it, and the faction's shells were folded into the
    government air raid on the same town that day (two strikes the corpus annotates apart).
    """
    if not attackers:
        return None
    cut = min(min(a.start for a in attackers), trig.start)
    # every statement verb the sentence holds, the ones an unnamed source's words lost too ("state
    # media said": no speaker, no statement, but still a report): the tables' triggers before the filters
    said = any(t.kind == "statement" and t.end <= cut for t in ctx.tabled)
    source = table_pattern(ctx.lang, "cited_source")
    cited = source is not None and source.search(ctx.text, ctx.sentence.start, cut) is not None
    return cut if said or cited else None


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
    kinds = "|".join(f"(?:{x})" for x in table_rows(lang or "en", "strike_count_kinds"))
    # (round 52, o52) the kinds of raid joined before the strike word ("hundreds of air and naval
    # strikes"): a phrase of its own, checked in :func:`counted_strike`
    joined = rf"|(?P<kinds>\s+(?:{kinds})(?:\s*,\s*(?:{kinds}))*\s+(?:and|or)\s+(?:{kinds}))" if kinds else ""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)(?:(?P<between>\s+\S+){joined})?\s*$", re.IGNORECASE)


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
    if m is not None and m.groupdict().get("kinds"):
        # (round 52, o52) "launched hundreds of air and naval strikes against military assets": the
        # kinds of raid named before the strike word (the table's ``strike_count_kinds``) are part
        # of the count's noun phrase, as a demonym is; with them the tally was read as no count and
        # dropped (a fresh development article of round 51, dY10)
        return True
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


#: How many days before its inferred day an undated entry's range starts (:func:`held_entry_range`):
#: fewer than an undated capture's :data:`INFERRED_CONTROL_DAYS`, since an army's entry into a zone is
#: reported as it happens, while a town's fall is told for a week after.
HELD_ENTRY_DAYS = 3


#: (Round 48, o48) The day of Assad's fall (:data:`timeline.date_rules.anchors.ANCHOR_EVENTS`):
#: the foreign army's move into the buffer zone told after it starts no earlier
#: (:func:`held_entry_range`).
FALL_DAY = anchor_day("anchor_assad_fall")


def held_entry_range(event: Event, published: Any, after_fall: bool = False) -> Event:
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

    Why the fall's day (round 48, o48, ``after_fall``: a buffer-zone entry): Israel's move into the
    zone and onto Mount Hermon began with Assad's fall on 8 December; counted three days back from
    a report of the 9th or 10th ("condemned Israel's occupation of the buffer zone"), the range
    began on the 6th or 7th, before the move it tells (de-a04b5e4fab, ar-0ccfa11c47,
    es-b6a481a536). A report told on the fall's day or later starts the range no earlier than
    it; one told before keeps the three days (the forces sent to the zone on 7 December).
    """
    def first_day(told: Any) -> Any:
        start = told - timedelta(days=HELD_ENTRY_DAYS)
        return max(start, FALL_DAY) if after_fall and told >= FALL_DAY else start
    return report_range(event, published, first_day)


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


#: How long before the article's publication (days) a statement may have been made, or a place taken,
#: and still be the story's news (:func:`long_before`).
BACKGROUND_EVENT_DAYS = 60


#: ``date_inferred`` of a statement dated by the diplomatic event of the sentence before it, in
#: which its speaker took part (:func:`carried_dates`).
PREVIOUS_DATE = "previous"
