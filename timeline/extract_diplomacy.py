"""Statements, calls, meetings, visits and readouts: the diplomatic events, apart from the military families."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import Any

from timeline.actors import ActorMention, ActorRegistry
from timeline.captions import inside
from timeline.control_roles import table_pattern
from timeline.extract_common import (
    GOVERNMENT,
    STANCE_LABELS,
    RawEvent,
    SentenceContext,
    _dedupe,
    _is_town,
    _unique_places,
    actor_countries,
    not_place_names,
    stance_of,
)
from timeline.extract_dates import DIPLOMACY_KINDS
from timeline.extract_speakers import ADDRESSED
from timeline.lexicon import LanguageRules, rules_for, strip_diacritics, table_language, table_rows, whole_words
from timeline.sentences import CLAUSE_BREAK, DateHit, Sentence, TriggerHit, gap, quote_spans, within
from timeline.speakers import (
    GOVERNMENT_VOICE,
    after_talks,
    after_talks_pattern,
    choose_speaker,
    co_speakers,
    fronted_words_end,
    office_voice,
    reported_clause_start,
    titles_agree,
    titles_near,
    venue_patterns,
)
from timeline.types import Event

#: How far back (characters) a capture with no subject of its own looks for the side taking it.
ANAPHORA_REACH = 400


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
    if traveller is None:
        # (round 52, o52) "Bashar al Asad, el dictador que ha ejercido el poder durante 24 años, ha
        # llegado este domingo a Moscú, donde Putin le ha concedido el asilo": the subject stands
        # before an apposition set off by commas, and no official is in the verb's clause; the
        # sentence's first official before the verb is the one who arrived (read as none, the
        # visit was given to the host named after it, Putin's visit with Assad)
        opening = [a for a in people if ctx.sentence.start <= a.start and a.end <= trigger.start]
        traveller = min(opening, key=lambda a: a.start, default=None)
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
    if stand_in.type == "official":
        # (round 49, s49) "two senior Syrian officers told Reuters that President Assad had left",
        # «zwei syrische Offiziere erklärten, dass Assad ...», «según declararon funcionarios sirios»:
        # a ministry or a command the registry lacks speaks for its side's forces, but unnamed
        # officials of a country do not speak as the person they tell of (a false statement of him)
        return None
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
        if not plural_pronoun_opens(ctx, trigger):
            return None
        bound = ctx.sentence.start
    before = [a for a in ctx.all_actors if a.end <= bound and bound - a.end <= PLURAL_PRONOUN_REACH]
    last = max(before, key=lambda a: a.end, default=None)
    if last is None or last.type != "armed_group" or in_reported_words(last, ctx.text, ctx.lang):
        return None
    return last


def plural_pronoun_opens(ctx: SentenceContext, trigger: TriggerHit, fronted: bool = False) -> bool:
    """Whether the words from the sentence's start to a statement verb are the table's
    ``plural_pronoun_subject`` and at most :data:`PLURAL_PRONOUN_WORDS` words ("They said",
    « Ils ont annoncé », and from round 46 after a fronted adverbial closed by a comma: « Après une
    offensive éclair, ils ont annoncé »): the verb's subject is that pronoun. ``fronted``: only
    the round-46 form, the pronoun after a fronted adverbial (the bare form keeps its round-17
    reading, the sentence's own speaker first)."""
    pattern = table_pattern(ctx.lang, "plural_pronoun_subject")
    if pattern is None:
        return False
    opening = ctx.text[ctx.sentence.start:trigger.start]
    if re.fullmatch(rf"\s*(?:{pattern.pattern})(?:\s+[\w'’-]+,?){{0,{PLURAL_PRONOUN_WORDS}}}\s*",
                    opening, re.IGNORECASE) is None:
        return False
    if not fronted:
        return True
    lead = re.match(rf"\s*(?:{pattern.pattern})", opening, re.IGNORECASE)
    return lead is not None and "," in lead.group(0)


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
        return trip_statement(ctx, visit, voice)
    return None


def trip_statement(ctx: SentenceContext, trip: Event, voice: str, **dating: Any) -> Event:
    """The words of ``voice`` told in the sentence of a trip or a meeting, as a statement event of
    their own: the trip's event with no place, the sentence's stance, ``voice`` first among its
    actors, and the trip's date unless ``dating`` gives the statement's own (:func:`said_on_visit`:
    the traveller's words on the trip's day; :func:`announced_trip_words`: an announcer's, dated
    as an undated statement is)."""
    stance = stance_of(ctx.sentence.text, ctx.lang)
    summary = f"{voice} statement" + (f" ({STANCE_LABELS[stance]})" if stance != "other" else "")
    return replace(trip, kind="statement", places=[], stance=stance, summary=summary,
                   actors=_dedupe([voice, *trip.actors]), **dating)


#: The speakers whose announcement of a trip or a meeting is a statement of its own (round 46).
TRIP_ANNOUNCERS = frozenset({"state", "government_body", "official"})


def announced_trip_words(ctx: SentenceContext, group: Sequence[TriggerHit], trip: Event,
                         registry: ActorRegistry) -> tuple[Event, TriggerHit] | None:
    """(Round 46, s46) The statement of whoever announces a trip or a meeting the sentence dates,
    besides the trip itself: "the Turkish foreign ministry announced that Araghchi would visit
    Ankara on Monday", "Blinken will visit Jordan and Turkey on Wednesday, the State Department said
    in a statement", « le ministère a annoncé que M. Araghchi se rendrait lundi à Ankara »: the
    ministry's words, dated as an undated statement is (the publication, or the lead's day), and the
    visit on its own day. None when the statement verb has a day of its own (it made its own event
    already), when its speaker is the traveller himself ("Araghchi said he would visit Ankara": one
    event, as :func:`said_on_visit` reads it) or when the trip is not what the verb reports.

    Why: the corpus's round-19 ruling makes an announcement a statement besides the trip when the
    text makes it someone's words (a ministry announced, a source said); one sentence made one
    diplomatic event, so the ministry's words were lost (dY4 en-86c8802cd6, fr-ebd1476507).
    """
    trips = [v for v in group if v.kind in ("visit", "meeting")]
    traveller = trip.actors[0] if trip.actors else None
    if not trips or traveller is None:
        return None
    pool = not_place_names(ctx.actors, ctx.places)
    for t in sorted(group, key=lambda t: t.start):
        if t.kind != "statement":
            continue
        clause = reported_clause_start(t, ctx.text, ctx.lang)
        told = any(t.end <= clause <= v.start for v in trips)
        fronted = fronted_words_end(t, ctx.text, ctx.lang, pool)
        before = fronted is not None and any(v.end <= fronted for v in trips)
        if not told and not before:
            continue
        speaker = choose_speaker(t, pool, registry, ctx.text, lang=ctx.lang)
        if speaker is None or speaker.type not in TRIP_ANNOUNCERS:
            return None
        voice = registry.voice(speaker.name) or speaker.name
        if traveller in (speaker.name, voice) or (speaker.type == "official" and speaker.name in trip.actors):
            return None
        return trip_statement(ctx, trip, speaker.name, date=ctx.published, date_end=None, date_precision="day",
                              date_inferred="published", date_phrase=None), t
    return None


#: How far after a statement verb (characters) the body it was made to may be named.
ADDRESSED_REACH = 80


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
    dropped |= told_later(raws, dropped)
    return [RawEvent(replace(r.event, stance=stances[i]), r.sentence, r.trigger) if i in stances else r
            for i, r in enumerate(raws) if i not in dropped]


#: (Round 50, s50) How far after an undated call or meeting (characters) the same talks told with a
#: day of their own may stand (:func:`told_later`).
TOLD_LATER_REACH = 800


def told_later(raws: list[RawEvent], dropped: set[int]) -> set[int]:
    """(Round 50, s50) The calls and meetings with no date of their own that a later sentence tells
    again with a day of its own: same kind, within :data:`TOLD_LATER_REACH` characters after it,
    the same parties (every actor of the undated one among the dated one's, and two at least).

    Why: a lead that names the talks as the occasion of its news ("After a phone call between
    al-Sudani and Assad, the Iraqi forces closed the border", «بعد اتصال هاتفي بين السوداني
    والأسد») and a later paragraph that dates them («ومساء أمس السبت ... بحث في اتصال هاتفي مع»)
    tell one call; the undated one took the lead's day and counted the call twice, on two days
    (ar-b373424d29 of the round-49 articles). :func:`retold_talks` reads only the talks retold after
    the dated ones."""
    out: set[int] = set()
    for i, raw in enumerate(raws):
        e = raw.event
        if i in dropped or e.kind not in READOUT_KINDS or e.date_inferred is None or len(set(e.actors)) < 2:
            continue
        for j in range(i + 1, len(raws)):
            host = raws[j]
            if host.sentence.start - raw.sentence.end > TOLD_LATER_REACH:
                break
            if (j in dropped or host.event.kind != e.kind or host.event.date_inferred is not None
                    or host.sentence.start < raw.sentence.end):
                continue
            if set(e.actors) <= set(host.event.actors):
                out.add(i)
                break
    return out


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
