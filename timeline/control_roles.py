"""Sides a capture's subject is said to fight: named in its relative clause or participle phrase.

Why: in «الفصائل المسلحة التي تقاتل قوات الحكومة السورية ... أنها سيطرت على نوى», "the rebels,
who fight the army, took Morek" or « les rebelles qui combattent l'armée ont pris Morek » the
side named last before the verb is the one the subject fights, not the taker: reading it as the
taker gave towns to the government on real news (a reversed change, the map's worst error). The
words between the subject and that side are the table's ``fought_side`` (a relative pronoun, a few
words and a verb or preposition of fighting, anchored at both ends); such a side is dropped from
the capture's subject candidates, so that the subject, or the pronoun resuming it («أنها سيطرت»,
"said they had taken"), is the taker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from timeline.actors import ActorMention
from timeline.lexicon import rules_for, strip_diacritics, table_language, table_pattern, table_rows
from timeline.speakers import backers


def fought_side_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``fought_side``: the words between a subject and the side it fights."""
    return table_pattern(lang, "fought_side")


def list_after_relative(gap: str, lang: str | None) -> bool:
    """Whether the words between two places go on with a list after a relative clause on the first
    ("took Morek, which lies north of Hama, as well as Karnaz", « Morek, qui se trouve au nord de
    Hama, ainsi que Karnaz », «مورك التي تقع شمال حماة، فضلا عن كرناز»): the table's
    ``list_after_relative``, matched on the whole gap (a pronoun, a clause with no sentence stop,
    a comma and a word of adding)."""
    pattern = table_pattern(lang, "list_after_relative")
    return pattern is not None and pattern.fullmatch(gap) is not None


def list_after_apposition(gap: str, lang: str | None) -> bool:
    """Whether the words between two places go on with a list after an apposition on the first
    (a noun phrase set off by commas that describes it, with no verb: "took Maarat al-Numan, the
    largest town in Idlib province, and the Abu al-Duhur air base", « Morek, une localité au nord de
    Hama, et Karnaz », «على مدينة معرة النعمان، أكبر مدن محافظة إدلب، ومطار أبو الظهور»): the
    table's ``list_after_apposition``, matched on the whole gap (a comma, the apposition's head, its
    words, a comma and a word of adding).

    Why (round 28, ev28fr): the list stopped at the apposition (longer than a list's gap), so the
    places after it, taken by the same verb, were lost."""
    pattern = table_pattern(lang, "list_after_apposition")
    return pattern is not None and pattern.fullmatch(gap) is not None


def fought_sides(before: Sequence[ActorMention], camp_of: dict[int, str], text: str, lang: str | None,
                 trigger_start: int) -> dict[int, int]:
    """Indexes (into ``before``) of the sides a subject before them is said to fight, each with
    its subject's index (a reported-clause word such as «que» is then looked for after the side:
    « les rebelles qui combattent l'armée » is no report).

    ``camp_of`` gives each candidate's camp: only a side of another camp than the subject's is
    its enemy. A side followed by a clause of its own before the verb ("fought the rebels as they
    entered Hama", "battled rebels, who then took Hama") is that clause's subject and stays.
    """
    pattern = fought_side_pattern(lang)
    if pattern is None or len(before) < 2:
        return {}
    rules = rules_for(lang)
    dropped: dict[int, int] = {}
    for i, subject in enumerate(before[:-1]):
        if i in dropped:
            continue
        for j in range(i + 1, len(before)):
            side = before[j]
            if camp_of[j] == camp_of[i] or pattern.fullmatch(text, subject.end, side.start) is None:
                continue
            if rules.clause_openers is not None and rules.clause_openers.search(text, side.end, trigger_start):
                continue
            rest = text[side.end:trigger_start].lstrip()
            if rules.relative_pronoun is not None and (rules.relative_pronoun.match(rest)
                                                       or rules.relative_pronoun.match(rest.lstrip(",، "))):
                continue
            dropped[j] = i
    return dropped


#: How far (characters) a government subject may stand before the side it is told to fight, an
#: aside between them (:func:`far_fought_sides`).
FAR_FOUGHT_REACH = 90
_FIGHT_GAP_STOP = re.compile(r"[.!?؟;\n]")
#: how far before a government subject the table's ``fight_verb_before`` may end (the verb, its
#: conjunction, a date word between them)
FIGHT_VERB_REACH = 30


def fight_verb_first(text: str, side: ActorMention, lang: str | None) -> bool:
    """Whether the table's ``fight_verb_before`` ends right before ``side``, within
    :data:`FIGHT_VERB_REACH`: a verb of fighting before its subject (Arabic verb first: «قاتل الجيش
    السوري ... هيئة تحرير الشام», «وتواجه قوات النظام فصائل المعارضة»), read by
    :func:`far_fought_sides` and by :func:`timeline.extract.verb_direction`."""
    pattern = table_pattern(lang, "fight_verb_before")
    return pattern is not None and pattern.search(text[max(0, side.start - FIGHT_VERB_REACH):side.start]) is not None


def far_fought_sides(text: str, sides: Sequence[ActorMention], camp_of: dict[int, str],
                     lang: str | None) -> set[int]:
    """Indexes of the sides a government side before them, in the same sentence, is told to fight
    (the table's ``fought_side`` ending right before the side, an aside allowed before it: "Syrian
    troops, backed by Russian jets, fought HTS around Morek", « L'armée, appuyée par l'aviation
    russe, a combattu HTS », «El ejército, con apoyo ruso, combatió a HTS»): the army's enemy in its
    own sentence.

    Why (round 35, rev35): a capture with no subject named is given to the side the story follows,
    never the government; when the sentence before tells the army fighting a side, that side was
    taken for the story's subject, though "they" were the army's troops: the change came out
    reversed. Such a side is no sure taker of what comes next."""
    pattern = fought_side_pattern(lang)
    if pattern is None or len(sides) < 2:
        return set()
    ending = re.compile(rf"(?:{pattern.pattern})$", re.IGNORECASE)
    out: set[int] = set()
    for j, side in enumerate(sides):
        for i in range(j):
            subject = sides[i]
            gap = text[subject.end:side.start]
            if (camp_of[i] != "government" or camp_of[j] == "government" or len(gap) > FAR_FOUGHT_REACH
                    or _FIGHT_GAP_STOP.search(gap)):
                continue
            if ending.search(gap) is not None or (
                    fight_verb_first(text, subject, lang)
                    and all(camp_of[k] == "government" for k in range(i + 1, j))):
                # (round 35, lead) or the verb of fighting stands before its subject (Arabic verb
                # first: «قاتل الجيش السوري، مدعوما بالطيران الروسي، هيئة تحرير الشام»): the first
                # side after the subject that is not the government's is its object, the enemy
                out.add(j)
                break
    return out


#: how far before a side its ``opponent_before`` cue may end
OPPONENT_REACH = 60
#: what may stand between two sides of one list ("the army and the SDF", «قوات النظام و"قسد"»,
#: an abbreviation in brackets after the full name)
LIST_JOINER = re.compile(r"[\s,،\"“”«»()]*(?:and|et|y|und|و)?[\s\"“”«»()]*"
                         r"(?:the\s+|l[ae']\s*|les\s+|des\s+|el\s+|los\s+|las\s+|die\s+|der\s+|den\s+|dem\s+)?",
                         re.IGNORECASE)  # (round 13) «y las FDS», «und den SDF»: every article of a list
#: a joiner that is a comma alone (no conjunction, no bracket): inside a list ("the army, the SDF and
#: militias") or the end of an opening clause ("after clashes with the army, the rebels took Hama")
BARE_COMMA = re.compile(r"\s*[,،]\s*(?:the\s+|l[ae']\s*|les\s+|des\s+|el\s+|los\s+|las\s+"
                        r"|die\s+|der\s+|den\s+|dem\s+)?", re.IGNORECASE)


def list_member(text: str, sides: Sequence[ActorMention], i: int) -> bool:
    """Whether side ``i`` continues the list of sides that side ``i - 1`` ends (:data:`LIST_JOINER`
    between them). (round 21) A comma alone joins only a middle member, one the list goes on after:
    the side after "after clashes with the army," is the main clause's subject, not a second side
    fought, and reading it as fought left the capture (or the loss) with no side at all."""
    gap = text[sides[i - 1].end:sides[i].start]
    if not LIST_JOINER.fullmatch(gap):
        return False
    if not BARE_COMMA.fullmatch(gap):
        return True
    return i + 1 < len(sides) and LIST_JOINER.fullmatch(text[sides[i].end:sides[i + 1].start]) is not None


def opposed_sides(text: str, sides: Sequence[ActorMention], lang: str | None,
                  verb_start: int | None = None) -> set[int]:
    """Indexes of the sides named as the ones fought ("after clashes with the army", « après des
    combats contre l'armée », «بعد اشتباكات مع قوات النظام», «tras enfrentamientos con el
    ejército», «nach Gefechten mit der Armee»): the table's ``opponent_before``, anchored at the end
    of the words before a side, and every later member of the same list of sides ("clashes with the
    army and the SDF", «مع قوات النظام و"قوات سوريا الديمقراطية" (قسد)»)."""
    pattern = table_pattern(lang, "opponent_before")
    if pattern is None:
        return set()
    relative = table_pattern(lang, "opposed_relative_subject")
    opposed: set[int] = demanded_sides(text, sides, lang)
    for i, side in enumerate(sides):
        if (verb_start is not None and relative is not None and side.end <= verb_start
                and relative.match(text[side.end:verb_start].lstrip(",، "))
                and not _OWN_CLAUSE_BREAK.search(text, side.end, verb_start)):
            # (round 49, k49) «شن الجيش هجوما مضادا على الفصائل التي وصلت إلى مورك بعد سيطرتها على
            # حلفايا», "clashes with the army, which withdrew from Hama": the side fought opens a
            # relative clause that holds the verb, whose subject it is
            continue
        # (round 21, ctl21) read without Arabic harakat, as the triggers are: «أكبرُ معاقلِ قوات
        # الأسد» spelled its case ending and the side it names was read as the taker, reversing the
        # change of every village taken after it
        if pattern.search(strip_diacritics(text[max(0, side.start - OPPONENT_REACH):side.start])[0]) is not None:
            opposed.add(i)
        elif i - 1 in opposed and list_member(text, sides, i):
            opposed.add(i)
    return opposed


_OWN_CLAUSE_BREAK = re.compile(r"[.;:!?؟\n]")


def demanded_sides(text: str, sides: Sequence[ActorMention], lang: str | None) -> set[int]:
    """Indexes of the sides a demand is addressed to ("the factions asked the SDF to leave",
    « ont sommé les FDS de quitter », «pidieron a las FDS salir», «forderten die SDF auf»,
    «الفصائل خيرت قسد الخروج»): the side right after the table's ``demanded_side`` (a verb of
    asking, urging, ordering or giving the choice), or, where the subject follows its verb
    (``verb_subject``: «خيرت الفصائل قسد»), the side right after that subject.

    Why (round 51, r51, unseen text): «الفصائل خيرت قسد الخروج من تلك الأحياء، بعدما سيطرت على
    مطار كويرس» (the factions gave the SDF the choice of leaving, after taking the Kuweires air
    base) read the SDF, the side nearest the capture verb, as its taker and the factions as the
    loser: a reversed change; "the rebels urged the army to surrender after they captured X" did
    the same in English. The addressee of a demand is the side the demand is made of, never the
    taker of what the demanding side took (it is left out, as the side fought is)."""
    pattern = table_pattern(lang, "demanded_side")
    if pattern is None:
        return set()
    # a verb of giving before the side and the choice or the ultimatum after it ("gave the SDF the
    # choice of leaving", "gave the army an ultimatum"): never "gave" alone (a backer's green light)
    giving, choice = table_pattern(lang, "choice_given_before"), table_pattern(lang, "choice_given_after")
    subject_first = rules_for(lang).verb_subject
    out: set[int] = set()
    for i, side in enumerate(sides):
        lead = strip_diacritics(text[max(0, side.start - OPPONENT_REACH):side.start])[0]
        if pattern.search(lead) is None and not (
                giving is not None and choice is not None and giving.search(lead) is not None
                and choice.match(text, side.end) is not None):
            continue
        if subject_first and i + 1 < len(sides) and not text[side.end:sides[i + 1].start].strip():
            out.add(i + 1)
        else:
            out.add(i)
    return out

#: How far after a control verb (characters) the agent of its passive may be named.
PASSIVE_AGENT_REACH = 80
_AGENT_CLAUSE_BREAK = re.compile(r"[.;:!?،,()\"«»“”]")


def passive_agents(text: str, sides: Sequence[ActorMention], verb: tuple[int, int], lo: int, hi: int,
                   lang: str | None) -> set[int]:
    """Indexes (into ``sides``) of the sides named between ``lo`` and ``hi`` as the agent of a
    passive of expelling (the table's ``expel_verb`` in the control verb's words ``verb``, read
    without harakat; not "lost by the army", whose agent is the loser): the table's
    ``agent_marker`` ends the words right before the side («von HTS-Kämpfern», «von den Rebellen»,
    «على يد الفصائل», «من قبل الفصائل»), with no clause break between ``lo`` and the side, and
    the side is not a backer ("backed by Turkey", «المدعومة من قبل تركيا»: the table's
    ``backer_phrase``).

    Why (round 21, rev21): such a side did the expelling, it took the place. «Die Regierungstruppen
    wurden am Donnerstag von HTS-Kämpfern aus Morek vertrieben» names HTS inside the loss verb's
    words, where the loser is looked for; «طُرد الجيش من حماة على يد الفصائل» and «تم طرد قوات
    النظام من مورك من قبل الفصائل» put the expelled army right after the verb, where verb-subject
    order looks for the taker: both reversed the change."""
    agent = _agent_right_before(table_language(lang))
    expel = table_pattern(lang, "expel_verb")
    if agent is None or expel is None or not text or expel.search(strip_diacritics(text[verb[0]:verb[1]])[0]) is None:
        return set()
    backing = {id(a) for a in backers(list(sides), text, lang)}
    return {i for i, side in enumerate(sides)
            if lo <= side.start <= min(hi, lo + PASSIVE_AGENT_REACH) and id(side) not in backing
            and not _AGENT_CLAUSE_BREAK.search(text, lo, side.start)
            and agent.search(text, max(lo, side.start - AGENT_REACH), side.start) is not None}


def objectless_expel(text: str, verb: tuple[int, int], lang: str | None, at: int | None = None) -> bool:
    """Whether the capture verb in ``verb`` is a verb of expelling (the table's ``expel_verb``)
    with no object after it: the table's ``expel_no_object`` (a day phrase at most, then the
    place's preposition: «طردت يوم الخميس من حماة»).

    Why (round 21, rev21): unvocalized Arabic spells the passive «طُرِدت» ("was expelled") as the
    active «طَرَدت»; a transitive verb with no object is the passive, and the side before it is
    the one expelled. Read as the active, «قالت الهيئة إن قوات النظام طردت يوم الخميس من حماة»
    gave Hama to the government (a reversed change). ``at``: where the missing object would stand
    (right after the verb unless given: :func:`objectless_expel_after` gives the side's end)."""
    expel = table_pattern(lang, "expel_verb")
    bare = table_pattern(lang, "expel_no_object")
    if expel is None or bare is None or not text:
        return False
    at = verb[1] if at is None else at
    return (expel.search(strip_diacritics(text[verb[0]:verb[1]])[0]) is not None
            and bare.match(strip_diacritics(text[at:at + 60])[0]) is not None)


def objectless_expel_after(text: str, verb: tuple[int, int], side: ActorMention, lang: str | None) -> bool:
    """Whether the capture verb in ``verb`` is a verb of expelling (the table's ``expel_verb``)
    whose side right after it (verb-subject order) is followed by no object: the table's
    ``expel_no_object`` (a day phrase at most, then the place's preposition) right after the side.

    Why (round 27, rev27): :func:`objectless_expel` reads the unvocalized passive when the side
    stands before the verb; in verb-subject order the side follows it. «طُردت قوات النظام يوم
    الخميس من تلبيسة», «طرد الجيش السوري من الرستن» ("were expelled") were read as the active
    ("expelled"), with the expelled side as the taker: the change was reversed. The active names
    its object after the side («طردت قوات النظام الفصائل من خان شيخون») and stays as it was."""
    return side.start >= verb[1] and objectless_expel(text, verb, lang, at=side.end)


@cache
def _agent_right_before(language: str | None) -> re.Pattern[str] | None:
    """The table's ``agent_marker`` right before a side: at most one article-sized word (three
    letters: "by the", « par les ») between, not a name («من قبل تركيا قوات سوريا الديمقراطية»:
    Turkey, not the SDF, is after the marker)."""
    pattern = table_pattern(language, "agent_marker")
    if pattern is None:
        return None
    return re.compile(rf"(?<!\w)(?:{pattern.pattern})(?:\s+\w{{1,3}}['’]?)?[^\w]*$", re.IGNORECASE)


#: How far before a side (characters) the agent word of its holding participle may begin.
AGENT_REACH = 20


def holder_sides(text: str, sides: Sequence[ActorMention], lang: str | None) -> set[int]:
    """Indexes of the sides named as a place's holder by an attributive participle right after
    them (the table's ``holder_after``: «die von kurdischen Kräften kontrollierte Stadt», «die von
    der Armee gehaltene Stadt Hama»).

    Why: German puts the agent before the participle-adjective, so the holder stands between the
    capture's subject and its verb, where the taker is looked for: read as the taker, it reversed
    the change (round 13, «die von kurdischen Kräften kontrollierte Stadt Tal Rifaat ... unter
    ihre Kontrolle gebracht»). The side is the loser (it stays among the sides the sentence
    names), never the taker. Only the attributive form: «Hama wird nun von den Rebellen
    kontrolliert» names the holder after the change."""
    # (round 40, rev40) a side named by the adjective of holding its words end on (the table's
    # ``holder_adjective``: "Kurdish-held Tal Rifaat", "SDF-held Manbij") held the town: the loser,
    # never the taker ("YPG-held Tal Rifaat was captured by Ankara's proxies" gave it to the SDF)
    adjective = table_pattern(lang, "holder_adjective")
    held = {i for i, side in enumerate(sides)
            if adjective is not None and adjective.search(text, side.start, side.end) is not None}
    pattern = table_pattern(lang, "holder_after")
    agent = rules_for(lang).agent_marker
    if pattern is None or agent is None:
        return held
    # the side is the participle's agent («von kurdischen Kräften kontrollierte»): «Die
    # Aufständischen besetzten die Stadt» is the past tense, of the same form, with its subject
    return held | {i for i, side in enumerate(sides) if pattern.match(text, side.end) is not None
                   and agent.search(text[max(0, side.start - AGENT_REACH):side.start]) is not None}


#: Words that make a demonym name a side a foreign state backs, not its army ("Turkish-backed
#: fighters", "pro-Turkish factions", « pro-turcs »): those fighters are Syrians of the war.
_BACKED_AFTER = re.compile(r"[-‐ ](?:backed|led|supported|sponsored|allied|aligned|funded|trained)\b", re.IGNORECASE)
_PRO_BEFORE = re.compile(r"(?<!\w)pro[-‐ ]?$", re.IGNORECASE)


@cache
def _force_noun_patterns(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The table's ``foreign_force_nouns`` right after a demonym (two words at most between: "an
    Israeli paratroop unit") and right before one (one word at most: «قوة إسرائيلية خاصة» reads
    noun, demonym; « des chars israéliens »), compiled once per language."""
    nouns = table_pattern(lang, "foreign_force_nouns")
    if nouns is None:
        return None
    alt = nouns.pattern
    after = re.compile(rf"[\"”’']?(?:\s+[^\W\d_]+){{0,2}}?\s+{alt}(?!\w)", re.IGNORECASE)
    before = re.compile(rf"(?<!\w){alt}(?:\s+[^\W\d_]+)?\s+[\"“‘']?$", re.IGNORECASE)
    return after, before


def foreign_force_spans(text: str, signals: Sequence[Any], lo: int, hi: int, lang: str | None,
                        actors: Sequence[ActorMention] = ()) -> list[tuple[int, int]]:
    """Spans between ``lo`` and ``hi`` naming a foreign state's army by its demonym and a word for
    troops, vehicles or a unit ("Israeli tanks", "an Israeli commando unit", « des soldats
    israéliens », «دبابات إسرائيلية»), left to right. Not Syria's own demonym, not a demonym inside
    an actor's name, nor one of a side the state backs ("Turkish-backed fighters", "pro-Turkish").

    Why: the actor registry names states and their armies ("the Israeli army"), so a foreign army
    told by a demonym and a plain noun was no actor, and its capture verb ("Israeli tanks entered
    Hadar") made a change of unknown direction where the news tells an incursion (round 14, on real
    news in English, French and Arabic)."""
    patterns = _force_noun_patterns(lang)
    if patterns is None:
        return []
    after, before = patterns
    spans = []
    for sig in signals:
        if (getattr(sig, "kind", "demonym") != "demonym" or sig.country_code in (None, "SY")
                or not (lo <= sig.start and sig.end <= hi)
                or any(a.start <= sig.start and sig.end <= a.end for a in actors)
                or _BACKED_AFTER.match(text, sig.end) or _PRO_BEFORE.search(text, max(lo, sig.start - 5), sig.start)):
            continue
        tail = after.match(text[sig.end:hi])
        head = before.search(text[max(lo, sig.start - 40):sig.start])
        if tail is not None:
            spans.append((sig.start, sig.end + tail.end()))
        elif head is not None:
            spans.append((max(lo, sig.start - 40) + head.start(), sig.end))
    return sorted(spans)


def unnamed_fighters_subject(text: str, side_end: int, trigger_start: int, trigger_end: int, lang: str | None,
                             actors: Sequence[ActorMention], verb_subject: bool,
                             key: str = "unnamed_fighters") -> bool:
    """Whether fighters of no named side (the table's ``unnamed_fighters``) stand between the side
    named before a capture verb and the verb, or right after the verb in verb-subject order:
    «قصفت قوات الجيش الجسر ثم دخل المقاتلون الرستن», «... لمنع المقاتلين من التقدم ثم دخلوا
    الرستن». The side named before is then another clause's subject (it shelled, it tried to stop
    them), and the verb's own subject, those fighters or the pronoun resuming them, names no side:
    reading the side before as the taker gave a town to the government on real news. Fighters
    inside an actor's name («مقاتلو هيئة تحرير الشام») are that actor. ``key`` names another table
    key of such fighters (``story_fighters``: :func:`timeline.extract._control_events`)."""
    pattern = table_pattern(lang, key)
    if pattern is None or not text:
        return False

    def free(m: re.Match[str]) -> bool:
        return not any(a.start < m.end() and m.start() < a.end for a in actors)

    if any(free(m) for m in pattern.finditer(text, side_end, trigger_start)):
        return True
    if verb_subject:
        m = pattern.search(text, trigger_end, min(len(text), trigger_end + 30))
        if m is not None and free(m) and len(text[trigger_end:m.start()].split()) <= 1:
            return True
    return False


def office_domain(text: str, start: int, lang: str | None) -> bool:
    """Whether the place starting at ``start`` is named as an office's domain (the table's
    ``office_domain`` right before it: "the governor of Hama", « le gouverneur de Hama », «محافظ
    حماة», «der Gouverneur von Hama»).

    Why (round 15, ctl15): the place says whose governor or mayor the person is; when that person
    flees or leaves, the town has not changed hands. Read as the place lost, "the governor of Hama
    had fled to the coast" made a control change of Hama with no side (challenge rows speaker-en,
    speaker-ar of the events challenge)."""
    pattern = _right_before_place(table_language(lang), "office_domain")
    return pattern is not None and pattern.search(text, max(0, start - 40), start) is not None


@cache
def _right_before_place(language: str | None, key: str) -> re.Pattern[str] | None:
    """A key of the table (``office_domain``, ``flight_destination``), anchored right before a
    place: its words, then at most three non-word characters, then the end of the text searched."""
    pattern = table_pattern(language, key)
    return None if pattern is None else re.compile(rf"(?<!\w)(?:{pattern.pattern})\W{{0,3}}$", re.IGNORECASE)


def flight_destination(text: str, verb_end: int, start: int, lang: str | None) -> bool:
    """Whether the place starting at ``start``, after a loss verb ending at ``verb_end``, is where
    the losers went: the table's ``flight_destination`` (a preposition of destination, perhaps a
    town word) ends the few words between them ("fled to Latakia", « ont fui jeudi vers
    Lattaquié », «فر الجنود يوم الخميس إلى اللاذقية», «floh nach Latakia»).

    Why (round 15, ctl15): a verb of leaving has the place left as its object ("fled Aleppo",
    "fled from Aleppo"); a place after "to" is the destination, which nobody lost. Read as the
    place lost, "the governor of Hama had fled to the coast" and "soldiers fled to Hama" made
    control changes of the destination (the events challenge's speaker rows)."""
    if start < verb_end or start - verb_end > DESTINATION_REACH:
        return False
    pattern = _right_before_place(table_language(lang), "flight_destination")
    return pattern is not None and pattern.search(text, verb_end, start) is not None


#: How far after a loss verb (characters) its destination may start (:func:`flight_destination`).
DESTINATION_REACH = 40


def dual_countryside(text: str, start: int, lang: str | None) -> bool:
    """Whether the place starting at ``start`` is one of the two places a dual word of countryside
    governs (the table's ``dual_countryside``: «بريفي إدلب الجنوبي، وحماة الشمالي», «في ريفي حلب
    وإدلب»): the first right after it, the second after the first, its adjective and «و».

    Why (round 15, ctl15): the Arabic dual «ريفي» ("the two countrysides of") says where, as «ريف»
    does for one place (a locator); the locator's pattern did not take the dual, and the second
    member stands after the first's adjective. Read as towns taken, "villages in the countrysides of
    Aleppo and Idlib" made a change of Idlib city, and a list of struck towns «بريفي إدلب الجنوبي،
    وحماة الشمالي» a change of Hama city on real news."""
    pattern = _dual_pattern(table_language(lang))
    return pattern is not None and pattern.search(text, max(0, start - DUAL_REACH), start) is not None


#: How far before a place (characters) the dual word of countryside may stand (:func:`dual_countryside`).
DUAL_REACH = 50


@cache
def _dual_pattern(language: str | None) -> re.Pattern[str] | None:
    """The table's ``dual_countryside`` word, then at most two words (the first member and its
    adjective) and «و», right before a place."""
    pattern = table_pattern(language, "dual_countryside")
    if pattern is None:
        return None
    return re.compile(rf"(?<!\w)(?:{pattern.pattern})(?:\s*$|\s+[^\s.،,;:]+(?:\s+[^\s.،,;:]+)?\s*[،,]?\s*و\s*$)")


def expulsion_roles(text: str, surface_start: int, surface_end: int, sides: Sequence[ActorMention],
                    camp_of: dict[int, str], lang: str | None) -> tuple[int | None, int | None] | None:
    """(taker, loser) indexes into ``sides`` (those named up to the end of the words of a capture
    verb, left to right) when those words tell an expulsion in the active (the table's
    ``expel_active``); None for any other capture. The loser is the object: the side right before
    the last ``expel_source`` preposition of the verb's words («aus», «de»), with only the
    table's ``expel_object_gap`` (a day, an adverb) between; the taker is the subject: the last
    side named before the verb's words, else the first inside them, never of the loser's camp
    (``camp_of``: "die Truppen von Assad" is one side). Either may be None.

    Why (round 22, evt22c): «Die HTS hat die Regierungstruppen am Donnerstag aus Morek vertrieben»
    and «HTS expulsó a las tropas del gobierno de Morek» made no event; read as a plain capture,
    the object named before a German participle is the side nearest the verb, and it would have
    been the taker (a reversed change). «von» after the object («die Truppen von Assad») is a
    genitive, not a passive agent: no auxiliary of the passive stands in these words."""
    active = table_pattern(lang, "expel_active")
    source = table_pattern(lang, "expel_source")
    gap_words = table_pattern(lang, "expel_object_gap")
    if active is None or source is None or gap_words is None or not text:
        return None
    words = text[surface_start:surface_end]
    if active.search(words) is None:
        return None
    sources = list(source.finditer(words))
    if not sources:
        return None
    src = surface_start + sources[-1].start()
    named = [i for i, side in enumerate(sides) if side.end <= src]
    loser = next((i for i in reversed(named) if gap_words.fullmatch(text, sides[i].end, src)), None)
    rivals = [i for i in named if i != loser and (loser is None or camp_of[i] != camp_of[loser])]
    before = [i for i in rivals if sides[i].end <= surface_start]
    inside = [i for i in rivals if sides[i].start >= surface_start
              and (loser is None or sides[i].end <= sides[loser].start)]
    taker = before[-1] if before else (inside[0] if inside else None)
    return taker, loser


#: How many words may stand between «an» and the side a place was lost to («an die
#: protürkischen Milizen»: one).
SOURCE_SIDE_WORDS = 2
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between full stops or line ends) around ``start``..``end``."""
    lo = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    found = _SENTENCE_BREAK.search(text, end)
    return lo, (found.start() if found else len(text))


@cache
def _framed(language: str | None, key: str, frame: str, flags: int = 0) -> re.Pattern[str] | None:
    """The table's ``key`` set in ``frame`` (its ``<KEY>`` replaced by the key's pattern), compiled
    once per language: the role readers below ask for theirs per control verb and side."""
    pattern = table_pattern(language, key)
    return None if pattern is None else re.compile(frame.replace("<KEY>", pattern.pattern), flags)


def withdrawn_sides(text: str, sides: Sequence[ActorMention], lang: str | None) -> set[int]:
    """Indexes (into ``sides``) of the sides named right after a noun of withdrawal (the table's
    ``withdrawn_side``: "the withdrawal of", « le retrait des », «la retirada del», «انسحاب»,
    «der Abzug der»; one word, an article or a quantifier, may stand between): that side left the
    place, it took nothing.

    Why (round 28, ev28fr): "they also took the airport after the withdrawal of government forces
    and seized dozens of villages", « ils ont pris l'aéroport après le retrait des forces
    gouvernementales et se sont emparés de ... », «lograron ocupar el aeropuerto tras la retirada
    de las fuerzas gubernamentales y se apoderaron de ...»: with the subject left unsaid (a pronoun,
    a verb ending), the side nearest before the second verb is the one that withdrew, and it was
    read as the taker (a reversed change)."""
    pattern = _framed(lang, "withdrawn_side", r"(?<!\w)(?:<KEY>)(?:\s+\S+)?\s*$", re.IGNORECASE)
    if pattern is None or not text:
        return set()
    return {i for i, side in enumerate(sides)
            if pattern.search(text, max(0, side.start - WITHDRAWN_REACH), side.start) is not None}


#: How far before a side (characters) the withdrawal noun naming it may begin.
WITHDRAWN_REACH = 40


def withdrawal_noun_side(text: str, verb: tuple[int, int], sides: Sequence[ActorMention],
                         lang: str | None) -> int | None:
    """Index (into ``sides``, the sides after a loss verb) of the side a loss told by its noun of
    withdrawal names right after it (the loss verb's words end on the table's ``withdrawn_side``:
    « le retrait de l'armée syrienne d'Alep »); None when the verb is no such noun or no side
    follows it.

    Why (round 39, cc39): a loss verb's loser is its subject, the side before it; a noun has none.
    « Les rebelles ont profité jeudi du retrait de l'armée syrienne d'Alep », « Jeudi, les FDS ont
    annoncé le retrait de l'armée syrienne d'Alep »: the side before was read as the loser and the
    army, which withdrew, as the taker (reversed changes); the side after the noun withdrew."""
    pattern = _framed(lang, "withdrawn_side", r"(?<!\w)(?:<KEY>)\s*$", re.IGNORECASE)
    if pattern is None or not text or not sides or pattern.search(text, verb[0], verb[1]) is None:
        return None
    gone = [i for i in sorted(withdrawn_sides(text, sides, lang)) if sides[i].start - verb[1] <= WITHDRAWN_REACH]
    return gone[0] if gone else None


#: A key's words ending right before a side (``active_source``, ``object_marker``).
_RIGHT_BEFORE = r"(?:<KEY>)\s+$"


def _after_partitive(text: str, lo: int, marker_start: int, lang: str | None) -> bool:
    """Whether the word before a marker (from the sentence's start ``lo``) is a noun of people or
    units or a word of belonging (the table's ``source_partitive``: «مقاتلون من الفصائل», «leales
    al gobierno»): the side after the marker is then the whole the subject is part of, or the one
    it belongs to, not a former holder nor an object."""
    partitive = table_pattern(lang, "source_partitive")
    words = text[lo:marker_start].split()
    return bool(partitive is not None and words
                and partitive.fullmatch(strip_diacritics(words[-1])[0]) is not None)


def active_source_sides(text: str, sides: Sequence[ActorMention], verb: tuple[int, int],
                        lang: str | None) -> set[int]:
    """Indexes (into ``sides``) of the sides a capture took the place FROM: in a sentence with no
    auxiliary of the passive (the table's ``passive_auxiliary``), the table's ``active_source``
    preposition («von der», «von den Kämpfern der», «من») right before the side, not after a noun
    of people or units.

    Why (round 22, rev22b): German says "took X from Y" with the preposition of the passive's
    agent: «Die Regierungstruppen haben Morek von der HTS zurückerobert», «Morek, das die Rebellen
    von der Armee erobert hatten», «Von der Armee eroberten die Rebellen Saraqib». The side after
    «von» is the one nearest the participle (or the agent after the verb), and it was read as the
    taker: the change was reversed. Only an active sentence: «Morek wurde von der Armee
    zurückerobert» keeps «von» as the agent. Arabic has no such auxiliary (its agent words, «من
    قبل», are no ``active_source``): «وانتزع مقاتلو المعارضة من الجيش السيطرة على سراقب» named the
    army nearest the verbal noun, and it was read as the taker."""
    before_side = _framed(lang, "active_source", _RIGHT_BEFORE, re.IGNORECASE)
    auxiliary = table_pattern(lang, "passive_auxiliary")
    if before_side is None or not text:
        return set()
    lo, hi = _sentence_bounds(text, verb[0], verb[1])
    if auxiliary is not None and auxiliary.search(text, lo, hi) is not None:
        return set()
    found = {i: before_side.search(text, lo, side.start) for i, side in enumerate(sides) if lo <= side.start < hi}
    return {i for i, m in found.items() if m is not None and not _after_partitive(text, lo, m.start(), lang)
            and not own_clause_after(text, sides[i], verb[0], lang)}


def cited_source(text: str, side: ActorMention, lang: str | None) -> bool:
    """Whether the table's ``cited_source`` words ("according to", « selon », «según», «laut»,
    «بحسب») end right before ``side``: the side cites the words, it is no party to the capture.

    Why (round 37, cc2): «según» and « selon » are the table's ``active_source`` too, so the cited
    side is never the taker; but a capture with no other side named read it as the side the place
    was taken FROM, and gave the place to its foe: «"Nuestras fuerzas empezaron a entrar en Deir
    al Zur", según el Mando de Operaciones Militares» went from the opposition to the government,
    a reversed change. The source neither took nor lost the place: the direction stays unknown."""
    before_side = _framed(lang, "cited_source", _RIGHT_BEFORE, re.IGNORECASE)
    lo = max(0, side.start - 60)
    return before_side is not None and before_side.search(text, lo, side.start) is not None


def conceded_capture(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether a capture told by its noun (``start``..``end``) is the object of a verb of confirming,
    admitting or denying: the table's ``conceding_verb_noun`` right before the noun ("the army
    confirmed the capture of", « l'armée a reconnu la prise de », «el ejército confirmó la toma de»,
    «die Armee bestätigte die Einnahme von»), or, the verb last, the table's
    ``conceding_participle`` closing the noun's clause («hat die Einnahme von Hama bestätigt»).

    Why (round 39, lead; noticed by vl39): the side before such a verb was read as the noun's
    taker, so "The army confirmed the capture of Hama" gave Hama to the army: a change the wrong
    way, the worst error the map can show. A side confirms or denies a capture another side made as
    often as its own. :func:`timeline.extract.control_direction` asks only when the subject would
    take the place for the government: the incumbent confirming a capture concedes a loss, while a
    challenger confirming one claims it, as a verb of announcing does (the round-17 ruling)."""
    before = _framed(lang, "conceding_verb_noun", r"(?:<KEY>)\s*$", re.IGNORECASE)
    if before is not None and before.search(text, max(0, start - 80), start) is not None:
        return True
    after = table_pattern(lang, "conceding_participle")
    if after is None:
        return False
    _lo, hi = _sentence_bounds(text, start, end)
    return after.match(text, end, hi) is not None


def loss_noun_agent(text: str, start: int, end: int, actors: Sequence[ActorMention],
                    lang: str | None) -> bool:
    """Whether a loss told by its noun (the table's ``loss_noun`` at the trigger ``start``..``end``:
    « la perte du contrôle de », «la pérdida del control de», "the loss of control of", «der
    Verlust der Kontrolle über») names the side that lost after it, with the table's
    ``noun_agent`` right before that side in the noun's sentence (« … d'Alep par l'armée », «… de
    Hama por parte del ejército», "… by the army", «… durch die Armee»).

    Why (round 39, lead; noticed by cc39): the side before the noun, the subject of another verb
    (« Les rebelles ont célébré la perte du contrôle d'Alep par l'armée »), was read as the loser,
    and the place went to the army: a reversed change. The side after the agent word is the one the
    noun tells losing; the sides before it are no roles of the noun."""
    noun = table_pattern(lang, "loss_noun")
    agent = _framed(lang, "noun_agent", _RIGHT_BEFORE, re.IGNORECASE)
    if noun is None or agent is None or noun.match(text, start, end) is None:
        return False
    _lo, hi = _sentence_bounds(text, start, end)
    return any(end <= a.start < hi and agent.search(text, max(end, a.start - 30), a.start) is not None
               for a in actors)


def taken_from_side(text: str, verb: tuple[int, int], after: Sequence[ActorMention],
                    lang: str | None) -> ActorMention | None:
    """The first side after a capture verb, in its clause (no clause break before it, within
    ``TAKEN_FROM_REACH`` characters), with the table's ``taken_from`` preposition right before it
    ("from"): the side the place was taken from.

    Why (round 33, rev33): a passive with no agent ("Saraqib was retaken from HTS on Thursday",
    "was wrested back from the rebels") names only the loser; with no taker read the direction
    stayed unknown, though it is plain which side lost the place."""
    before_side = _framed(lang, "taken_from", _RIGHT_BEFORE, re.IGNORECASE)
    if before_side is None or not text:
        return None
    for side in after:
        if side.start - verb[1] > TAKEN_FROM_REACH or _CLAUSE_BREAK_AFTER.search(text, verb[1], side.start):
            return None
        if before_side.search(text, verb[0], side.start) is not None:
            return side
    return None


#: How far after a capture verb (characters) a side after ``taken_from`` is read as its loser.
TAKEN_FROM_REACH = 60
_CLAUSE_BREAK_AFTER = re.compile(r"[,;:،؛]|\b(?:and|but|while|as|after|before|which|who)\b")


def own_clause_after(text: str, side: ActorMention, verb_start: int, lang: str | None) -> bool:
    """Whether a clause of its own, with the side as its subject, opens between a side named
    before a capture verb and that verb: the table's ``source_clause_break`` (a subject relative
    pronoun right after the side, a word of contrast or a pronoun resuming it: «al ejército, que
    recuperó», « aux rebelles, qui ont pris », «a los rebeldes, pero estos tomaron»).

    Why (round 23, rev23fres): Spanish and French mark the object or the loser with a preposition
    («arrebató Tall Rifaat a las FDS y tomó Manbij», « a pris Tall Rifaat aux FDS et s'est emparée
    de Manbij»), and the side after it, the nearest before a second verb, was read as that verb's
    taker (a reversed change): the table's ``active_source`` drops it. A side that opens a clause
    of its own is that clause's subject and stays."""
    pattern = table_pattern(lang, "source_clause_break")
    return pattern is not None and side.end <= verb_start and pattern.search(text[side.end:verb_start]) is not None


def object_sides(text: str, sides: Sequence[ActorMention], verb_start: int, lang: str | None) -> set[int]:
    """Indexes (into ``sides``, those named before a loss verb) of the sides its sentence names as
    an object or as the side yielded to: the table's ``object_marker`` («ante», «a», « face à », «
    aux ») right before the side, not after a word of belonging (the table's
    ``source_partitive``: «leales al gobierno»), and no clause of the side's own opening between it
    and the verb (:func:`own_clause_after`: «ante HTS, que perdió Karnaz»).

    Why (round 23, rev23fres): «El ejército retrocedió ante los rebeldes cerca de Hama y perdió
    Morek» named the rebels nearest before the loss verb, where its loser is looked for: the
    rebels were read as the loser and the change was reversed. A side after a preposition is no
    subject in Spanish or French."""
    before_side = _framed(lang, "object_marker", _RIGHT_BEFORE, re.IGNORECASE)
    if before_side is None or not text:
        return set()
    lo, _ = _sentence_bounds(text, verb_start, verb_start)
    out = set()
    for i, side in enumerate(sides):
        if side.start < lo or side.end > verb_start:
            continue
        found = before_side.search(text, lo, side.start)
        if (found is None or own_clause_after(text, side, verb_start, lang)
                or _after_partitive(text, lo, found.start(), lang)):
            continue
        out.add(i)
    return out


def lose_to_sides(text: str, sides: Sequence[ActorMention], lang: str | None) -> set[int]:
    """Indexes (into ``sides``, those inside a loss verb's words) of the sides the place was lost
    TO: the table's ``lose_to`` preposition («an die») right before the side.

    Why (round 22, rev22b): «Die Regierungstruppen haben die Kontrolle über Morek an die Rebellen
    verloren» holds the rebels inside the loss verb's words, where the loser is looked for: the
    rebels were read as the loser and the change was reversed."""
    before_side = _framed(lang, "lose_to", rf"(?:<KEY>)\s+(?:[\w-]+\s+){{0,{SOURCE_SIDE_WORDS}}}$", re.IGNORECASE)
    if before_side is None or not text:
        return set()
    return {i for i, side in enumerate(sides)
            if before_side.search(text, max(0, side.start - 60), side.start) is not None}


def ends_on_lose_to(words: str, lang: str | None) -> bool:
    """Whether a control verb's words end on the table's ``lose_to`` preposition («خسر ... لصالح»).

    Why (round 28, ev28cc): such words name the loss and stop before its taker; the places after
    them are where the taker came from or stands, not places lost."""
    ends = _framed(lang, "lose_to", r"(?:<KEY>)\s*$")
    return ends is not None and ends.search(strip_diacritics(words)[0]) is not None


def loss_taker_after(text: str, verb: tuple[int, int], after: Sequence[ActorMention],
                     lang: str | None) -> ActorMention | None:
    """The side right after a loss verb's words that end on the table's ``lose_to`` preposition
    (a few words between: «أمام هجوم الفصائل»): the side the place was lost to, its taker.

    Why (round 28, ev28cc): «خسر الجيش السوري يوم الخميس مدينة حماة لصالح الفصائل» names the taker
    after «لصالح» outside the verb's words, where lose_to_sides does not look; with no row for it
    the loss was not read at all."""
    if not text or not after or not ends_on_lose_to(text[verb[0]:verb[1]], lang):
        return None
    return after[0] if lose_to_sides(text, after[:1], lang) and after[0].start - verb[1] <= 40 else None


_CLAUSE_COMMA = re.compile(r"[,;]")


def subject_after_finite_verb(text: str, side_before: ActorMention, side_inside: ActorMention,
                              verb_start: int, lang: str | None) -> bool:
    """Whether, in a verb-second language, the side right after the finite verb that opens a
    capture's words (only an article between: the table's ``v2_subject_gap``) is its subject, the
    side before being no subject: it stands in a clause of its own before a comma («Nachdem sich
    die Armee aus Hama zurückgezogen hatte, rückte die HTS ... ein») or in a phrase opened by a
    preposition or adverb at the sentence's start, written capitalised (the table's ``fronted_openers``,
    which :func:`timeline.speakers.verb_second` reads for statements: «Nach dem Abzug der Armee
    marschierten die Rebellen in Hama ein»).

    Why (round 22, rev22b): the side nearest before the verb was taken as its subject, so the army
    that withdrew took Hama (a reversed change). German puts one phrase before the finite verb;
    when that phrase is a clause or a prepositional phrase, the subject follows the verb."""
    gap = _framed(lang, "v2_subject_gap", r"\S+\s+(?:<KEY>)?\s*", re.IGNORECASE)
    fronted = _framed(lang, "fronted_openers", r"\s*(?-i:(?=[A-ZÄÖÜ]))(?:<KEY>)\b", re.IGNORECASE)
    if gap is None or fronted is None or not text:
        return False
    if gap.fullmatch(text[verb_start:side_inside.start]) is None:
        return False
    if _CLAUSE_COMMA.search(text, side_before.end, verb_start) is not None:
        return True
    lo, _ = _sentence_bounds(text, side_before.start, side_before.end)
    opening = fronted.match(text[lo:side_before.start])
    return opening is not None and _CLAUSE_COMMA.search(text, lo, verb_start) is None


def pronoun_subject_before(text: str, verb_start: int, lang: str | None) -> bool:
    """Whether a subject pronoun joined to the complementizer stands right before a capture verb
    (the table's ``pronoun_subject``: «أنها طردت», «إنه استعاد»): the verb's subject is the
    pronoun, resuming the speaker named before.

    Why (round 22, rev22b): in «أعلنت هيئة تحرير الشام أنها طردت قوات النظام من حماة» verb-subject
    order took the army right after the verb for the subject (the taker), and the speaker was
    dropped as only reporting: the change was reversed. The side after the verb is its object."""
    pronoun = _framed(lang, "pronoun_subject", r"(?<!\w)(?:<KEY>)\s*$")
    if pronoun is None or not text:
        return False
    return pronoun.search(text[max(0, verb_start - 20):verb_start]) is not None


#: How many words may stand between a capacity verb's subject and the capture's verbal noun
#: («استطاعت قوات النظام يوم الخميس طرد»: two, a day phrase).
CAPACITY_GAP_WORDS = 3


def capacity_subject(text: str, side: ActorMention, verb_start: int, lang: str | None) -> bool:
    """Whether ``side`` is the subject of a verb of being able (the table's ``capacity_verb``:
    «استطاعت», «تمكنت», «نجحت», right before the side) whose complement is the capture's verbal
    noun (at most :data:`CAPACITY_GAP_WORDS` words from the side to the verb, «من» or «في» among
    them): the capture's taker is that subject.

    Why (round 22, rev22b): «استطاعت قوات النظام يوم الخميس طرد الفصائل من مورك» read the
    factions right after the verbal noun as its subject, in verb-subject order: the change was
    reversed. They are its object."""
    capacity = _framed(lang, "capacity_verb", r"(?<!\w)[وف]?(?:<KEY>)\s+$")
    if capacity is None or not text or side.end > verb_start:
        return False
    opener = capacity.search(text[max(0, side.start - 20):side.start])
    return opener is not None and len(text[side.end:verb_start].split()) <= CAPACITY_GAP_WORDS


#: (Round 40) How many words may stand between a verb of being able and the verbal noun it governs
#: (its subject, a day and «من»: «تمكنت قوات النظام يوم الخميس من إخراج»).
CAPACITY_NOUN_WORDS = 6


def capacity_noun(text: str, noun_start: int, lo: int, lang: str | None) -> bool:
    """Whether the word at ``noun_start`` is the verbal noun governed by a verb of being able (the
    table's ``capacity_verb``) standing before it in its clause, at most
    :data:`CAPACITY_NOUN_WORDS` words before, no comma between: «تمكن الجيش من إخراج الفصائل»,
    «أنه تمكن من طرد قسد». The side after such a noun is its object.

    Why (round 40, rev40): «نجح الجيش في دحر الفصائل وإعادة السيطرة على صوران» read the side
    after «دحر» as the subject of the noun joined after it (:func:`_earlier_verb_subjects`), and
    the place went to the side beaten, a reversed change."""
    capacity = _framed(lang, "capacity_verb", r"(?<!\w)[وف]?(?:<KEY>)(?!\w)")
    if capacity is None or not text:
        return False
    for found in capacity.finditer(text, max(lo, noun_start - 120), noun_start):
        gap = text[found.end():noun_start]
        if len(gap.split()) <= CAPACITY_NOUN_WORDS and not re.search(r"[,،;:.]", gap):
            return True
    return False


def relative_subject(text: str, side: ActorMention, verb_start: int, lang: str | None) -> bool:
    """Whether ``side`` is the antecedent of a subject relative pronoun standing right before the
    capture verb (the table's ``subject_relative``: «الفصائل التي طردت»): the side is the verb's
    subject.

    Why (round 22, rev22b): «الفصائل التي طردت قوات النظام من حماة يوم الخميس تتقدم نحو حمص» took
    the army right after the verb for its subject in verb-subject order: the change was reversed.
    The side after the verb is its object."""
    relative = _framed(lang, "subject_relative", r"\s*(?:<KEY>)\s*")
    if relative is None or not text or side.end > verb_start:
        return False
    return relative.fullmatch(text[side.end:verb_start]) is not None


#: How far before a capture verb (characters) the words joining it to the verb before may begin.
SHARED_SUBJECT_TAIL = 30


def earlier_verb_objects(text: str, sides: Sequence[ActorMention], verb_start: int,
                         earlier_starts: Sequence[int], lang: str | None) -> set[int]:
    """Indexes (into ``sides``, those named before a capture verb) of the sides named in the object
    of an earlier verb of the same sentence that this verb is joined to with no subject of its own
    (the table's ``shared_subject_verb`` right before it: "and", "and then", ", then"): each stands
    after the earlier verb's start, with none of the table's ``earlier_object_stop`` (a comma, a
    new clause, "and") between that start and the side, nor between the side and the joining words.

    Why (round 23, rev23en): "The SNA took Tall Rifaat from the SDF and seized Manbij", "Government
    forces pushed the rebels out of Morek and recaptured Saraqib": the second verb shares the
    first's subject, but the side nearest before it is the first verb's object (its loser), and it
    was read as the taker (a reversed change). A side after "and", a comma or a relative pronoun
    may be a new subject ("the army lost Hama to HTS fighters who then advanced and took Morek")
    and stays.

    (round 31, rev31) The earlier verb may also be one of fighting off or attacking (the table's
    ``object_verb``: "repelled a rebel assault on Hama and regained Morek", « a repoussé un assaut
    des rebelles ... et a repris Morek », «صدت قوات النظام هجوما للفصائل ... واستعادت مورك»), and
    the French, Spanish, German and Arabic tables have the keys too: each reversed the change. A
    capture told by its noun is no earlier verb (``capture_noun_start``), and an earlier verb's
    subject standing after it is kept (:func:`_earlier_verb_subjects`)."""
    joined = table_pattern(lang, "shared_subject_verb")
    stop = table_pattern(lang, "earlier_object_stop")
    if joined is None or stop is None or not text:
        return set()
    prefix = table_pattern(lang, "shared_subject_prefix")
    # (round 36, ar36) a comma before the joining «و» («هاجمت الفصائل قوات النظام، ودخلت مورك»)
    # ends no object: the joining words begin at the comma
    tail = joined.search(text, max(0, verb_start - SHARED_SUBJECT_TAIL), verb_start)
    if tail is not None:
        tail_start = tail.start()
    elif prefix is not None and prefix.match(strip_diacritics(text[verb_start:verb_start + 8])[0]):
        tail_start = verb_start  # (round 31, rev31) «واستعادت»: the joining «و» is the verb's own
    else:
        return set()
    lo, _ = _sentence_bounds(text, verb_start, verb_start)
    # (round 31, rev31) a verb of fighting off or attacking ("repelled a rebel attack on Hama and
    # retook Morek", « a repoussé un assaut des rebelles et a repris »): its object is the side fought
    fought = table_pattern(lang, "object_verb")
    # (round 31, rev31) a capture told by its noun ("after the capture of Aleppo", «Nach der
    # Eroberung von Aleppo») has no object: the side after it may be the next verb's subject
    noun = table_pattern(lang, "capture_noun_start")
    starts = sorted({*(s for s in earlier_starts if lo <= s < tail_start and (noun is None or not noun.match(text, s))),
                     *(() if fought is None else (m.start() for m in fought.finditer(text, lo, tail_start)))})
    if not starts:
        return set()
    kept = _earlier_verb_subjects(text, sides, starts, lo, lang)
    # (round 36, ar36) the earlier verb's own word ends nothing: the «و» of «وتقاتل» is no "and"
    own = {s: s + len(re.match(r"\S*", text[s:]).group(0).rstrip(",،;:")) for s in starts}
    return {i for i, side in enumerate(sides)
            if side.end <= tail_start and i not in kept
            and any(s <= side.start and stop.search(text, own[s], side.start) is None for s in starts)
            and stop.search(text, side.end, tail_start) is None}


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last comma, semicolon or colon before it
    in its sentence (``lo``), spaces skipped."""
    k = max(text.rfind(mark, lo, at) for mark in ",،;:")
    start = lo if k < 0 else k + 1
    while start < at and text[start].isspace():
        start += 1
    return start


def _earlier_verb_subjects(text: str, sides: Sequence[ActorMention], starts: Sequence[int], lo: int,
                           lang: str | None) -> set[int]:
    """Indexes of the sides that are an earlier verb's own subject standing after it (the table's
    ``earlier_verb_subject``: the words from the verb's start to the side), when no side stands
    right before that verb as its subject (one word at most between, the clause opening as the
    table's ``earlier_verb_subject_before`` says): «طردت قوات النظام الفصائل من مورك واستعادت
    سراقب», «Am Donnerstag vertrieben die Regierungstruppen die Rebellen aus Morek und eroberten
    Sarakeb zurück» (verb-subject order, German inversion). Such a side is the shared subject, the
    taker."""
    gap = table_pattern(lang, "earlier_verb_subject")
    if gap is None:
        return set()
    opening = table_pattern(lang, "earlier_verb_subject_before")
    kept = set()
    for s in starts:
        # a side opening its clause right before the verb is its subject («Die Rebellen vertrieben»,
        # «قال المرصد إن الهيئة طردت»); one after a preposition or a noun («Nach dem Abzug der
        # Armee eroberten die Rebellen», «بعد انسحاب الجيش سيطرت الفصائل») is not
        if any(lo <= a.start and a.end <= s and len(text[a.end:s].split()) <= 1
               and (opening is None or opening.fullmatch(text, _clause_start(text, lo, a.start), a.start))
               for a in sides):
            continue
        # (round 40, rev40) the earlier verb is the verbal noun after a verb of being able
        # («وتمكنت الفصائل يوم الخميس من طرد قوات النظام من حماة والسيطرة عليها», «أعلن أنه تمكن
        # من طرد قسد من منبج والسيطرة عليها»): the side after the noun is its object, never the
        # shared subject (kept as one, it was read as the taker of the noun joined after, a
        # reversed change)
        if capacity_noun(text, s, lo, lang):
            continue
        first = next((i for i, a in enumerate(sides) if a.start >= s), None)
        if first is not None and gap.fullmatch(strip_diacritics(text[s:sides[first].start])[0]):
            kept.add(first)
    return kept


#: How far after a member-list opener (characters) a member may stand; the aside's closing marks.
MEMBER_REACH = 80
_MEMBER_BREAK = re.compile(r"[.;:!?]")
_ASIDE_CLOSE = re.compile(r"[,،—–)]")


def coalition_members(text: str, sides: Sequence[ActorMention], verb_start: int, lang: str | None,
                      verb_starts: Sequence[int] = ()) -> set[int]:
    """Indexes (into ``sides``) of the sides named before a control verb as members of its
    subject: each within :data:`MEMBER_REACH` after the table's ``member_list_opener`` ("including",
    "among them", "containing", « notamment », «entre ellos», «darunter», «التي تضم») in its
    sentence, with no sentence break and no other control verb (``verb_starts``) between, and an
    aside that closes (a comma, a dash, a bracket) between the side and the verb.

    Why (round 27, rev27): "the operations room, a coalition containing HTS and opposition groups,
    including the Syrian National Army, launched an operation taking Aleppo", "a coalition of armed
    groups, including HTS and the SNA, took Rastan": the last member named stands nearest the verb
    and was read as the taker; the taker is the coalition (the caller names it when every member is
    of one camp)."""
    opener = table_pattern(lang, "member_list_opener")
    if opener is None or not text:
        return set()
    lo, _ = _sentence_bounds(text, verb_start, verb_start)
    openers = [m for m in opener.finditer(text, lo, verb_start)]
    found: set[int] = set()
    for i, side in enumerate(sides):
        if not (lo <= side.start and side.end <= verb_start):
            continue
        if _ASIDE_CLOSE.search(text, side.end, verb_start) is None:
            continue
        if any(m.end() <= side.start and side.start - m.end() <= MEMBER_REACH
               and _MEMBER_BREAK.search(text, m.end(), side.start) is None
               and not any(m.end() <= v < side.start for v in verb_starts) for m in openers):
            found.add(i)
    return found


#: The rest of a relative clause up to the capture verb, with its closing comma or without.
_REST_THEN_COMMA = re.compile(r"(.*?)\s*[,،]\s*", re.DOTALL)
#: (round 33, rev33b) a comma or semicolon, the Arabic comma too, inside a relative clause's body
_BODY_COMMA = re.compile(r"[,;،؛]")
_REST = re.compile(r"(.*?)\s*", re.DOTALL)


def relative_clause_sides(text: str, sides: Sequence[ActorMention], verb_start: int,
                          earlier_starts: Sequence[int], lang: str | None) -> dict[int, int]:
    """Indexes (into ``sides``, those named before a capture verb) of the sides named inside a
    relative clause on an earlier side (the table's ``subject_relative_opener`` right after it),
    the clause closing right before the capture verb: with a comma when a comma opened it ("HTS,
    which had lost Morek to the army, took Hama", "the army, which HTS had driven out of Aleppo,
    retook Morek"), and no comma or semicolon in it; else with nothing, and only when the clause
    has a control verb of its own (one of ``earlier_starts``: "the alliance that drove the army out
    of Aleppo took Hama", for in "positions of HTS that the army retook" the clause's verb is the
    capture's) and none of the table's ``earlier_object_stop`` (another clause, "and") in it.

    Why (round 23, rev23en): the side nearest before the main verb is the relative clause's object
    (the side the subject drove out, or the one it lost a town to), and it was read as the taker (a
    reversed change). Each index maps to its subject's, from whose clause's end on a reported-clause
    word is looked for (the relative "that" reports nothing)."""
    opener = table_pattern(lang, "subject_relative_opener")
    stop = table_pattern(lang, "earlier_object_stop")
    if opener is None or stop is None or not text:
        return {}
    # (round 33, rev33b) the words a clause closed by a comma may leave before the verb it is the
    # subject of: an auxiliary or an adverb (« L'armée, que les rebelles avaient chassée d'Alep, a
    # repris Morek »: the verb is « repris », past « a »)
    tail = table_pattern(lang, "subject_relative_close")
    then_comma = (re.compile(rf"(.*?)\s*[,،]\s*(?:{tail.pattern})?", re.DOTALL | re.IGNORECASE)
                  if tail is not None else _REST_THEN_COMMA)
    openers: list[tuple[re.Match[str], int | None]] = []
    for i, subject in enumerate(sides):
        opened = opener.match(text, subject.end)
        if opened is not None:
            openers.append((opened, i))
    # (round 33, rev33b) a relative clause on a subject that is no side ("The fighters that drove the
    # army out of Aleppo seized Hama", « Les combattants qui ont chassé l'armée d'Alep ont pris Hama »):
    # the opener right after a word; only a side named after the clause's own control verb counts
    after_side = {subject.end for subject in sides}
    for opened in opener.finditer(text, 0, verb_start):
        if (opened.start() > 0 and opened.start() not in after_side and text[opened.start() - 1].isalnum()
                and not opened.group()[:1].isalnum()):
            openers.append((opened, None))
    inside: dict[int, int] = {}
    for opened, i in openers:
        commas = "," in opened.group() or "،" in opened.group()
        close = then_comma if commas else _REST
        first = 0 if i is None else i + 1
        for j in range(first, len(sides)):
            side = sides[j]
            if j in inside or side.start < opened.end():
                continue
            verbs = [s for s in earlier_starts if opened.end() <= s < verb_start]
            # on no side, the clause needs its own control verb: anywhere in it when commas close it
            # (the German verb stands last), else before the side («qui ont chassé l'armée»)
            if not (commas or verbs) or (i is None and not any(commas or s < side.start for s in verbs)):
                continue
            rest = close.fullmatch(text[side.end:verb_start])
            if rest is None:
                continue
            body = text[opened.end():side.start] + rest.group(1)
            # between two commas, the clause is whole whatever its words ("who entered Aleppo as
            # the army fled"); with none, any word of another clause may end it
            if (_BODY_COMMA.search(body) if commas else stop.search(body)) is None:
                inside[j] = j if i is None else i
    return inside


#: Where the agent stands in a row of the table's ``participle_agent``: the words before it run from
#: the side the participle phrase is said of to its agent, the words after it from the agent to
#: the verb.
AGENT_SLOT = "<AGENT>"


@cache
def _participle_agent_rows(language: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The table's ``participle_agent`` rows, each split at :data:`AGENT_SLOT` into the words up to
    the agent and those from the agent to the verb, compiled once per language."""
    halves = (row.partition(AGENT_SLOT) for row in table_rows(language, "participle_agent"))
    return tuple((re.compile(to_agent, re.IGNORECASE), re.compile(to_verb, re.IGNORECASE))
                 for to_agent, _, to_verb in halves)


def participle_agents(text: str, sides: Sequence[ActorMention], verb_start: int, lang: str | None) -> set[int]:
    """Indexes (into ``sides``, those named before a control verb) of the sides named as the agent
    of a participle phrase set off by commas after an earlier side: a row of the table's
    ``participle_agent`` runs from that earlier side to the agent (a comma, the participle's words,
    "by", « par », «por») and on from the agent to the verb (English: the rest of the phrase, then
    its closing comma; French, Spanish: the closing comma and at most two words, an auxiliary or a
    day: « , a repris », «, recuperó»), with no clause of the agent's own before the verb
    (:func:`own_clause_after`: «, que recuperó»).

    Why (round 23, rev23en and rev23fres; one rule since round 24): in "The army, driven out of
    Aleppo by HTS, retook Morek", « L'armée, chassée d'Alep par HTS, a repris Morek » and «El
    ejército, expulsado de Alepo por HTS, recuperó Morek» the agent stands nearest before the verb,
    where its subject is looked for: HTS was read as the taker (a reversed change). The subject is
    the side the participle is said of, before the first comma; the agent is neither the taker nor
    the loser."""
    rows = _participle_agent_rows(table_language(lang))
    if not rows or not text:
        return set()
    out = set()
    for j in range(1, len(sides)):
        agent = sides[j]
        if agent.end > verb_start or own_clause_after(text, agent, verb_start, lang):
            continue
        if any(to_verb.fullmatch(text, agent.end, verb_start) is not None
               and any(to_agent.fullmatch(text, sides[i].end, agent.start) is not None for i in range(j))
               for to_agent, to_verb in rows):
            out.add(j)
    return out


#: (Round 34, rev34) From a side to the aside after it, set off by commas, to the verb: at most one
#: word after the side ("HTS fighters,"; not a possessive, "the army's rivals,"), the aside's words
#: (no comma, stop or bracket), the closing comma and at most two words before the verb (an
#: auxiliary, an adverb, a day: ", on Thursday captured", « , a repris », «, recuperó»).
_SUBJECT_ASIDE = re.compile(r"\s*(?:[^\W\d_][\w-]*\s*)?[,،]\s*([^,،.;:!?()\[\]\"«»“”]{2,120}?)\s*[,،]\s*"
                            r"(?:[^\W\d_]+[''’]?\s*){0,2}")


@cache
def _aside_openers(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The words that make an aside its own subject for :func:`subject_aside_sides`: the table's
    ``coordinators`` and ``same_day_joiner`` and "not" opening it, and its ``relative_pronouns``
    after it; compiled once per language (the check runs per control verb)."""
    language = table_language(lang)
    joiners = [*table_rows(language, "coordinators"), *table_rows(language, "same_day_joiner"), "not"]
    joined = re.compile(rf"(?:{'|'.join(joiners)})(?!\w)", re.IGNORECASE)
    relatives = table_rows(language, "relative_pronouns")
    relative = re.compile(rf"(?:{'|'.join(relatives)})(?!\w)", re.IGNORECASE) if relatives else None
    return joined, relative


def subject_aside_sides(text: str, sides: Sequence[ActorMention], verb_start: int,
                        verbs: Sequence[tuple[int, int, bool]], lang: str | None) -> set[int]:
    """Indexes (into ``sides``, those named before a control verb) of the sides named only inside
    an aside set off by commas between an earlier side and the verb, the aside holding no control
    verb of its own ("The rebels, despite strikes by the army, captured Morek", "The rebels, in a
    surprise attack on the army, captured Morek", « Les rebelles, malgré la résistance de l'armée,
    ont pris Morek », «Los rebeldes, pese a la resistencia del ejército, tomaron Morek», «Die
    Rebellen, trotz des Widerstands der Armee, nahmen Morek ein», «الفصائل، رغم مقاومة الجيش،
    سيطرت على مورك»), and no military verb (``verbs``: the sentence's other military triggers, each
    with whether it is a control verb) before that earlier side in its clause, which is so the
    verb's subject.

    Why (round 34, rev34): the side nearest before the verb is looked for as its subject, and the
    side the subject fought, resisted or attacked, named in the aside, was read as the taker: a
    reversed change. :func:`participle_agents` drops only a participle's agent after "by", « par »,
    «por» right before the closing comma; an aside of resistance, strikes or an attack, or an
    agent followed by more words (« chassés d'Alep par l'armée en 2016, », "harassed by HTS
    drones,"), kept it. The aside's side is neither the taker nor the loser; the subject before it
    is. Not an aside opened by a coordinator or a word of contrast ("not the army, but the
    rebels,": the table's ``coordinators`` and ``same_day_joiner``), nor one a relative pronoun
    follows ("..., but the rebels, who took Morek": the table's ``relative_pronouns``): its side is
    the subject then."""
    out: set[int] = set()
    if not text:
        return out
    joined, relative = _aside_openers(lang)
    for i, subject in enumerate(sides):
        if any(end <= subject.start and not re.search(r"[.;:!?؛]", text[end:subject.start]) for _, end, _ in verbs):
            continue  # the side may be an earlier verb's object: not surely the subject
        m = _SUBJECT_ASIDE.fullmatch(text, subject.end, verb_start)
        if m is None or any(control and m.start(1) <= a < m.end(1) for a, _, control in verbs):
            continue
        if joined.match(m.group(1)) or (relative is not None and relative.search(text, m.end(1), verb_start)):
            continue
        for j in range(i + 1, len(sides)):
            if m.start(1) <= sides[j].start and sides[j].end <= m.end(1):
                out.add(j)
    return out


#: A sentence's first words before a control verb: a subject of no named side (a noun after an
#: article or a possessive, a few words, no comma or stop; not a name: in "Morek, retaken by the
#: army, was in rebel hands" the aside is on the place), an aside set off by commas, and at most
#: two words before the verb ("The soldiers, facing HTS assaults, fled", « Les soldats, face aux
#: assauts de HTS, ont fui »).
_NOUN_ASIDE = re.compile(r"\s*(?:(?:the|its|their|les|la|le|des|ses|leurs|los|las|el|sus|die|der|das|den)\s+|l['’]|ال)"
                         r"[^,،.;:!?()\[\]\"«»“”]{0,60}?\s*[,،]\s*([^,،.;:!?()\[\]\"«»“”]{2,120}?)\s*[,،]\s*"
                         r"(?:[^\W\d_]+[''’]?\s*){0,2}", re.IGNORECASE)


#: Auxiliaries of a present or past state, not of a passive event ("Morek, retaken by the army, was
#: in rebel hands" reads « était aux mains des rebelles »): no passive for :func:`noun_subject_aside_sides`
_STATE_AUXILIARIES = frozenset({"is", "are", "be", "being", "est", "sont", "était", "étaient", "es", "son",
                                "era", "eran", "siendo"})
_NAME_ASIDE = re.compile(r"\s*[^\W\d_][^,،.;:!?()\[\]\"«»“”]{0,60}?\s*[,،]\s*([^,،.;:!?()\[\]\"«»“”]{2,120}?)\s*[,،]\s*"
                         r"(?:[^\W\d_]+[''’]?\s*){0,3}")


def noun_subject_aside_sides(text: str, sides: Sequence[ActorMention], verb_start: int,
                             verbs: Sequence[tuple[int, int, bool]], lang: str | None, loss: bool = False) -> set[int]:
    """Indexes (into ``sides``, those named before a control verb) of the sides named only inside
    an aside set off by commas after the first words of the verb's sentence, those words naming no
    side ("The soldiers, facing waves of HTS attacks, fled Morek", « Les soldats, face aux assauts
    de HTS, ont fui Morek », «Los soldados, ante el avance de HTS, huyeron de Morek»): the words
    before the aside are the verb's subject, of no named side; the aside's side is neither the taker
    nor the loser (the side of the subject stays unknown).

    Why (round 35, rev35): :func:`subject_aside_sides` reads such an aside after a subject that is a
    named side; after a plain noun ("the soldiers", « les combattants ») the aside's side was the only
    one before the verb, and was read as its loser or taker: a reversed change. Not an aside opened
    by a coordinator or a word of contrast, nor one a relative pronoun follows, nor one holding a
    control verb of its own (as :func:`subject_aside_sides`); no military verb may stand in the
    first words."""
    out: set[int] = set()
    if not text or not sides:
        return out
    lo, _ = _sentence_bounds(text, verb_start, verb_start)
    m = _NOUN_ASIDE.fullmatch(text, lo, verb_start)
    passive = _framed(lang, "passive_before_verb", "(?:<KEY>)")
    word = re.match(r"\S+\s+", text[verb_start:verb_start + 30])  # the auxiliary may open the verb's words
    found = None if passive is None else (
        passive.search(text, max(lo, verb_start - 30), verb_start)
        or (passive.search(text, max(lo, verb_start - 30), verb_start + word.end()) if word is not None else None))
    if m is None and loss and found is not None and found.group(0).split()[0].lower() not in _STATE_AUXILIARIES:
        # (round 35, rev35) a name before the aside, the verb a passive of loss with no agent: "Morek,
        # besieged by HTS for a week, was abandoned on Thursday": the aside's side pressed the loser,
        # it lost nothing (a passive of capture keeps it: in "Morek, besieged by the army for a week,
        # was retaken" the besieger is the taker); (round 42, rev42) nor took it: a passive of
        # capture ("taken", «fue tomada»; the caller's ``loss`` for the role take, not retake) leaves
        # the taker unknown: «Morek, bombardeada por el ejército durante semanas, fue tomada el
        # jueves» read the army as the taker, a reversed change
        m = _NAME_ASIDE.fullmatch(text, lo, verb_start)
    if m is None or any(a.start < m.start(1) for a in sides):
        return out
    if any(lo <= a < verb_start and (control or a < m.start(1)) for a, _, control in verbs):
        return out
    joined, relative = _aside_openers(lang)
    if joined.match(m.group(1)) or (relative is not None and relative.search(text, m.end(1), verb_start)):
        return out
    return {j for j, a in enumerate(sides) if m.start(1) <= a.start and a.end <= m.end(1)}


#: How far before a side (characters) the table's ``exception_words`` may open the phrase it ends.
EXCEPTION_REACH = 70


@cache
def _exception_tail(lang: str | None) -> re.Pattern[str] | None:
    """An exception phrase of ``lang`` running to the end of a window (the table's
    ``exception_words``, no stop or comma after), compiled once per language for
    :func:`excepted_sides`, which is asked for every control trigger's sides."""
    words = table_pattern(lang, "exception_words")
    if words is None:
        return None
    return re.compile(rf"(?<!\w)(?:{words.pattern})(?!\w)[^.;:!?,،؛()]{{0,{EXCEPTION_REACH}}}$", re.IGNORECASE)


def excepted_sides(text: str, sides: Sequence[ActorMention], lang: str | None) -> set[int]:
    """Indexes of the sides named inside an exception to a holding or a capture, a phrase opened by
    the table's ``exception_words`` no comma or stop apart ("controlled Aleppo, except the districts
    held by Kurdish forces", « sauf les quartiers tenus par les forces kurdes », «باستثناء الأحياء
    التي تسيطر عليها القوات الكردية»).

    Why (round 44, cc44): such a side holds the part left out; read as one the sentence names, it
    was the loser the rebels took Aleppo from (the SDF, not the government). It takes no part in the
    change of the place: it is neither its taker nor its loser."""
    tail = _exception_tail(lang)
    if tail is None or not text:
        return set()
    return {i for i, side in enumerate(sides)
            if tail.search(text[max(0, side.start - EXCEPTION_REACH - 30):side.start]) is not None}


def names_opposition_holder(words: str, lang: str | None) -> bool:
    """Whether a capture's own words name its new holder as the opposition (the table's
    ``opposition_holder_words``: "under rebel control", "in opposition hands").

    Why (round 23, rev23en): in "Wrested from the army on Thursday, Hama is now under rebel
    control" the army, the only side named, was read as the taker of "under rebel control" (a
    reversed change). A side of another camp than the words name is no taker; with none left the
    direction stays unknown."""
    pattern = table_pattern(lang, "opposition_holder_words")
    return pattern is not None and pattern.search(words) is not None


#: How far before a side (characters) the fall's words that name it the taker may begin.
FALL_TAKER_WORDS_REACH = 80


def fall_named_taker(text: str, sides: Sequence[ActorMention], lang: str | None) -> ActorMention | None:
    """The first of a fall's sides (inside its words or close after them, in order) that its words
    hand the place to right before it (the table's ``fall_taker_right_before``: "fell to the army",
    "the loss of Qamhana to the army", « au profit de l'armée », «بيد هيئة تحرير الشام»), or None.

    Why (round 28, rev28): a fall's taker was the first side close after it not of the government,
    so in "Hama fell to the army on Thursday in a blow to the rebels" and « la perte de Qamhana au
    profit de l'armée est un revers pour les rebelles » the rebels, who lost it, were read as its
    taker; and in «سقوط السفيرة بيد هيئة تحرير الشام قطع خط إمداد الجيش» HTS, inside the fall's own
    words, was passed over for the army after them (both reversed changes). The side the words
    name is the taker, whatever its camp."""
    pattern = table_pattern(lang, "fall_taker_right_before")
    if pattern is None or not text:
        return None
    return next((a for a in sides
                 if pattern.search(text[max(0, a.start - FALL_TAKER_WORDS_REACH):a.start]) is not None), None)


#: How far before a side (characters) the words of a contrast that deny it the act may begin.
NEGATED_SIDE_REACH = 40


def negated_sides(text: str, sides: Sequence[ActorMention], lang: str | None) -> set[int]:
    """The indexes of the sides right after the words of a contrast that deny them the act (the
    table's ``negated_side_before``: "It was HTS, not the army, that took", « et non l'armée »,
    «y no el ejército», «Nicht die Armee, sondern», «وليس الجيش»).

    Why (round 28, rev28): « C'est HTS, et non l'armée, qui s'est emparé de Khanasir » and «Fue
    HTS, y no el ejército, quien tomó Khanasir» read the army, the side nearest before the verb, as
    the taker, and « ce sont les forces gouvernementales, et non les rebelles, qui contrôlent
    Halfaya » the rebels (reversed changes). The side the sentence says did not do it is neither
    taker nor loser."""
    pattern = table_pattern(lang, "negated_side_before")
    if pattern is None or not text:
        return set()
    return {i for i, a in enumerate(sides)
            if pattern.search(text[max(0, a.start - NEGATED_SIDE_REACH):a.start]) is not None}


#: How far after a passive control verb (characters) its agent may be named past words of fighting.
FAR_AGENT_REACH = 150
#: How far before a control verb (characters) its passive auxiliary is read (:func:`told_in_passive`).
PASSIVE_AUX_REACH = 30


def told_in_passive(text: str, verb: tuple[int, int], lang: str | None, lo: int = 0, words: int = 1) -> bool:
    """Whether the control verb at ``verb`` is told in the passive: the table's
    ``passive_before_verb`` right before its words (not before ``lo``), or among its first ``words``
    words («fue reconquistada», « a été prise »: the auxiliary opens the trigger's words).

    One reading for :func:`far_passive_agent` and
    :func:`timeline.extract_control_places.passive_capture` (round 45: the second was written as a
    copy of the first's windows)."""
    aux = table_pattern(lang, "passive_before_verb")
    if aux is None:
        return False
    start, end = verb
    first = max(lo, start - PASSIVE_AUX_REACH)
    ends = [start] + [start + w.end() + 1 for w in re.finditer(r"\S+", text[start:end])][:words]
    return any(stop <= end and aux.search(text[first:stop]) is not None for stop in ends)


def far_passive_agent(text: str, verb: tuple[int, int], after: Sequence[ActorMention],
                      other_verbs: Sequence[int], lang: str | None) -> ActorMention | None:
    """The agent of a passive control verb (the table's ``passive_before_verb`` right before it)
    named after the table's ``agent_marker`` further on in its sentence, past an aside naming only
    sides fought (``opponent_before``: "was retaken on Thursday, after fierce clashes with HTS
    fighters, by the Syrian army", «fue reconquistada el jueves, tras duros combates con HTS, por
    el ejército sirio»); None when another side, or another control verb, stands between.

    Why (round 31, rev31): the side nearest after the verb was looked at alone; in such a sentence
    it is the side fought, with no agent word before it, and the change came out with no side (a
    probe-found family: the far agent took the town)."""
    agent = _agent_right_before(table_language(lang))
    opponent = table_pattern(lang, "opponent_before")
    if agent is None or not text or not after:
        return None
    # the auxiliary right before the verb's words, or their first word («fue reconquistada»)
    if not told_in_passive(text, verb, lang):
        return None
    _, hi = _sentence_bounds(text, verb[1], verb[1])
    backing = {id(a) for a in backers(list(after), text, lang)}
    for side in after:
        if side.start > min(hi, verb[1] + FAR_AGENT_REACH) or any(verb[1] <= s < side.start for s in other_verbs):
            return None
        if agent.search(text, max(verb[1], side.start - AGENT_REACH), side.start) is not None:
            return None if id(side) in backing else side
        if opponent is None or opponent.search(
                strip_diacritics(text[max(0, side.start - OPPONENT_REACH):side.start])[0]) is None:
            return None
    return None


def earlier_passive_agents(text: str, sides: Sequence[ActorMention], verb_start: int,
                           earlier: Sequence[tuple[int, int]], lang: str | None) -> set[int]:
    """Indexes (into ``sides``, those named before a control verb) of the sides named as the agent
    of an earlier control verb in the passive, with no comma between them: the table's
    ``passive_agent_gap`` runs from that verb's end to the agent ("driven out of Sarmin by the",
    « chassés de Morek par l' », «expulsados de Morek por el»); German puts the agent first, after
    ``passive_agent_lead`` ("von der"), and the verb after it with ``passive_agent_tail`` between.
    A word of the table's ``passive_agent_resumed`` between the agent and the verb (a relative
    pronoun resuming it: "Morek was taken by HTS, which then entered Hama") keeps it.

    Why (round 36, rev36): in "Rebels driven out of Sarmin by the army retook the town", « Les
    combattants qui avaient été chassés de Morek par l'armée sont revenus à Morek » and «Kämpfer,
    die von der Armee aus Morek vertrieben worden waren, kehrten nach Morek zurück» the agent of
    the participle or relative clause on the subject stands nearest before the main verb, where its
    subject is looked for, and was read as the taker (a reversed change). It did the earlier deed;
    the later verb is its subject's (or no named side's: the direction stays unknown).

    (Round 36, rev36b) The tables' ``displaced_agent_before`` (German ``displaced_agent_after``) also
    hold participles of attack said of troops ("soldiers ambushed by HTS near Hama abandoned Morek",
    « les soldats du régime attaqués par HTS ont abandonné Rastane ») and, in Arabic, a relative
    pronoun with a verb carrying the pronoun of the subject, the side after it being that clause's
    subject («الجنود الذين هاجمتهم هيئة تحرير الشام انسحبوا من مورك»): the agent attacked the
    subject, it neither took nor lost the place."""
    gap, lead = table_pattern(lang, "passive_agent_gap"), table_pattern(lang, "passive_agent_lead")
    tail, resumed = table_pattern(lang, "passive_agent_tail"), table_pattern(lang, "passive_agent_resumed")
    before, after = table_pattern(lang, "displaced_agent_before"), table_pattern(lang, "displaced_agent_after")
    if not text or (gap is None and before is None and (lead is None or (tail is None and after is None))):
        return set()
    out = set()
    for j, agent in enumerate(sides):
        if agent.end > verb_start or (resumed is not None and resumed.search(text, agent.end, verb_start)):
            continue
        # the participle alone, no control verb of its own ("Rebels driven out of Sarmin by the army",
        # «Rebellen, die von der Armee aus Morek vertrieben worden waren»): a verb of driving out or
        # encircling, whose agent is the subject's foe
        if before is not None and before.search(text[max(0, agent.start - 120):agent.start]):
            out.add(j)
            continue
        if (after is not None and lead is not None and lead.search(text[max(0, agent.start - 20):agent.start])
                and (m := after.match(text, agent.end, verb_start)) is not None and m.end() <= verb_start):
            out.add(j)
            continue
        for start, end in earlier:
            if end > verb_start:
                continue
            if gap is not None and end <= agent.start and gap.fullmatch(text, end, agent.start):
                out.add(j)
            elif (lead is not None and tail is not None and agent.end <= start
                  and lead.search(text[max(0, agent.start - 20):agent.start])
                  and tail.fullmatch(text, agent.end, start)):
                out.add(j)
    return out


def subordinate_clause_sides(text: str, sides: Sequence[ActorMention], verb_start: int,
                             lang: str | None) -> list[ActorMention]:
    """The sides (of ``sides``, those named before a capture verb) that may still be its subject when
    a subordinator opens the verb's clause after the last of them (the table's
    ``subordinate_opener``, anchored at the verb, its ``subject`` group the words between): with a
    subject of its own that is no side ("Government troops fled the base when fighters stormed
    Palmyra", « ont fui la base lorsque des combattants ont pris Palmyre »), none; with a pronoun
    or no subject word («cuando tomaron», the table's ``subordinate_pronoun``), every side but those
    in the object of a verb of killing or wounding before them in their clause (the table's
    ``victim_verb``: "The rebels killed 50 soldiers as they captured Halfaya": the soldiers killed
    are no antecedent; "Government troops fought the rebels as they entered Hama" keeps the rebels;
    "Gunmen killed 50 government forces as they captured Halfaya" keeps none).

    Why (round 49, r49): on unannotated real news the side nearest before the subordinator, the
    main clause's subject that fled or the object it killed, was read as the taker of the clause's
    capture, a reversed change (four towns of one article given to the government, Palmyra
    another), in English, French, Spanish and Arabic alike."""
    opener = table_pattern(lang, "subordinate_opener")
    noun = table_pattern(lang, "capture_noun_start")
    if opener is None or not sides or (noun is not None and noun.match(text, verb_start)):
        # "advanced on Homs the day after their capture of Hama": a noun opens no clause
        return list(sides)
    found = opener.search(text, sides[-1].end, verb_start)
    if found is None:
        return list(sides)
    words = (found.groupdict().get("subject") or "").split()
    pronoun = table_pattern(lang, "subordinate_pronoun")
    if any(pronoun is None or pronoun.fullmatch(w.strip("'’")) is None for w in words):
        return []
    victim = table_pattern(lang, "victim_verb")
    if victim is None:
        return list(sides)
    # "Gunmen killed 40 government soldiers as they captured Halfaya": the side in a killing's object
    # is no antecedent of the pronoun; "Government troops fought the rebels as they entered Hama"
    # keeps the nearest side, the rebels
    lo, _ = _sentence_bounds(text, sides[0].start, sides[0].end)
    return [a for a in sides if victim.search(text, _clause_start(text, lo, a.start), a.start) is None]
