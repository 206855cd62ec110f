"""Speakers of statements (offices of states, second speakers, unnamed sources): apart from the events they speak in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from timeline.actors import ActorMention, ActorRegistry
from timeline.control_roles import table_pattern
from timeline.extract_common import (
    STANCE_LABELS,
    RawEvent,
    SentenceContext,
    _date_fields,
    _dedupe,
    actor_countries,
    not_place_names,
)
from timeline.extract_dates import background_range
from timeline.extract_guards import CIRCUMSTANCE_REACH
from timeline.lexicon import LanguageRules, bounded_table_pattern, rules_for, table_language, table_rows
from timeline.sentences import CLAUSE_BREAK, DateHit, Sentence, TriggerHit
from timeline.speakers import (
    aside_before,
    carried_words,
    choose_speaker,
    names_own_subject,
    office_named,
    office_pattern,
    source_patterns,
)
from timeline.types import Event

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


#: The role of the statement verb that tells a body's meeting (:func:`addressed_body`): the words
#: are that meeting's news, no readout of it (:func:`fold_readouts` keeps them).
ADDRESSED = "addressed"


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


def _last_words(text: str, start: int, end: int) -> str:
    """The end of the span between two verbs, where a coordinator would stand."""
    return text[max(start, end - 12):end]


_DIPLOMATIC_KINDS = frozenset({"statement", "call", "visit", "meeting"})


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
    # (round 51, s51) the words said may open the sentence in a quotation, the verb after it
    # ('"The government today evacuated 75 nationals," it said in a statement on Tuesday')
    opening = _opening_quote_end(sentence, text) if text else None
    lo = opening if opening is not None else sentence.start
    said = next((t for t in triggers if t.kind == "statement" and t in dated
                 and t.start - lo <= OWN_DAY_REACH and t.start >= lo and dated[t].precision == "day"
                 and lo <= dated[t].start and dated[t].end <= sentence.end
                 and dated[t].start - t.end <= OWN_DAY_REACH), None)  # not a day inside what was said
    if said is None or not results:
        return []
    if any(lo <= a.start < said.start for a in actors):
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
    # (round 51, s51) a body's pronoun ("it said on Tuesday", the table's ``body_pronouns``) stands
    # for the body or the state whose words the sentence before reported, not for a person
    body = text and _body_pronoun(said, lo, text, lang)
    if (before.event.kind not in _DIPLOMATIC_KINDS or speaker is None
            or (speaker.is_person if body else not speaker.is_person)
            or sentence.start - before.sentence.end > 3 or before.sentence.start >= sentence.start):
        return []
    names = _dedupe([speaker.name, registry.state_of(speaker.country) or ""])
    countries = actor_countries(names, registry)
    event = Event(id="", kind="statement", **_date_fields(dated[said]), actors=names, countries=countries,
                  places=[], summary=f"{speaker.name} statement")
    return [(event, said)]


#: (Round 51, s51) A quotation that opens a sentence, then a comma (inside or after it) and spaces.
#: (round 51, x51a) or in straight single quotes ("'...,' it said", timeline/sentences.py quote_spans)
_OPENING_QUOTE = re.compile(r"\s*(?:[“«„\"][^“”«»„\"]+[”»“\"]|'(?=[A-Z])[^\n]*?[,.!?]'(?=\s))\s*,?\s*")


def _opening_quote_end(sentence: Sentence, text: str) -> int | None:
    """(Round 51, s51) Where a quotation that opens the sentence ends (past its comma), else None."""
    m = _OPENING_QUOTE.match(text, sentence.start, sentence.end)
    return m.end() if m is not None else None


def _body_pronoun(said: TriggerHit, lo: int, text: str, lang: str | None) -> bool:
    """(Round 51, s51) Whether a body's subject pronoun (the table's ``body_pronouns``: "it") stands
    in the words before the statement verb from ``lo`` (the sentence's start, or past the quotation
    that opens it, as :func:`own_day_speaker` found it)."""
    pattern = bounded_table_pattern(lang, "body_pronouns")
    return pattern is not None and pattern.search(text[lo:said.start]) is not None


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
    place), nor a state's source (:func:`speaking_body`: since round 50 a foreign body's source speaks).
    """
    head, member = source_patterns(lang)
    if head is None or member is None or head.search(text[start:end]) is None:
        return False
    linker = member.match(text[end:end + SOURCE_REACH])
    if linker is None:
        return False
    side = min((a for a in actors if a.start >= end), key=lambda a: a.start, default=None)
    # the linker closes at the side's name, or inside it (« dans l'armée syrienne »: its article)
    return (side is not None and end < side.start <= end + linker.end() and speaking_body(side)
            and side in not_place_names([side], places))


def speaking_body(actor: ActorMention) -> bool:
    """(Round 50, s50) Whether an actor named after a source word ("a source in ...") is a body whose
    unnamed member speaks for it: a fighting side (:func:`fighting_side`) or a state's body, the
    Kremlin or a foreign ministry (« une source du Kremlin », «مصدر في الكرملين», «eine Quelle im
    Kreml», «una fuente del Kremlin»), never a state (a capital is its alias: "a source in Damascus"
    says where).

    Why: the round-47 ruling (data/corpus/README.md) keeps the statement of a Kremlin source that is
    the subject of the saying verb, as "a Kremlin source said" already was in English; named after
    its source word, the Kremlin's words were read as a source no one is named for and the statement
    was lost (fr-5a25d70147, ar-76c896a8ce of the round-49 articles)."""
    return fighting_side(actor) or actor.type == "government_body"


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


def with_id(event: Event, raw_id: str) -> Event:
    return replace(event, id=raw_id)
