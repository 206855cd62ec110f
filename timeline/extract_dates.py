"""Date phrases and the article's own day (lead, story day, dateline, clause offsets): below every family that dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache
from typing import Any

from kharita.config import WINDOW_START
from timeline.actors import ActorMention
from timeline.confidence import STORY_DAY
from timeline.control_dates import former_names_masked, offset_numbers
from timeline.control_roles import table_pattern
from timeline.curated import ACTOR_CONTROLLER
from timeline.date_rules.anchors import AnchorEvent
from timeline.date_rules.anchors import links as anchor_links
from timeline.extract_common import CAPTURE_ROLES, SentenceContext, _unique_places, controller_camp
from timeline.extract_control_places import _CLAUSE_STOP, _controller_actors, captured_places
from timeline.extract_guards import CIRCUMSTANCE_REACH, LAUNCH_ROLES
from timeline.lexicon import SINCE_OPENED, SINCE_WORDS, LanguageRules, rules_for, table_language, table_rows
from timeline.sentences import (
    CLAUSE_BREAK,
    SINCE_REACH,
    DateHit,
    Sentence,
    TriggerHit,
    find_triggers,
    gap,
    quote_spans,
    quoted,
    within,
)
from timeline.types import Event

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
        # (round 47, s47) the clause before a verb of saying describes its speaker, not an event
        # named before it («Der Angriff der Rebellen, der am Mittwoch begann, hat ... gefordert»:
        # Wednesday is the attack's, a trigger before the pronoun)
        opened = max([c.end() for c in _CLAUSE_END.finditer(text, sentence.start, m.start())], default=sentence.start)
        said = (end is not None and said_after_clause(end.end(), triggers, text)
                and not any(opened <= t.start < m.start() for t in triggers))
        found += [d for d in dates if m.end() <= d.start and d.end <= hi and d.date is not None
                  and (said or (published - (d.date_end or d.date)).days > DESCRIBED_PAST_DAYS)]
    return found


#: How far (characters) after the comma closing a describing clause the verb of saying whose
#: subject the clause describes may stand (:func:`said_after_clause`): an adverb or two between.
SAID_AFTER_CLAUSE = 25
_WORDS_BETWEEN = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*|\s*")


def said_after_clause(comma_end: int, triggers: Sequence[TriggerHit], text: str) -> bool:
    """(Round 47, s47) Whether the comma that closes a describing clause is followed, with at most a
    few words between, by a verb of saying: the clause stands between the speaker and that verb
    ("HTS, which has led the advance over the past week, said ...", «Hayat Tahrir al Sham, que ha
    encabezado el avance en la última semana, informó que ...», « HTS, qui mène l'offensive depuis
    mardi, a annoncé »).

    Why: a date in such a clause with no event verb of its own is the clause's (the advance's
    week), not the day the words were spoken; the nearest verb took it, and the statement was dated
    by the advance (the week before) instead of by its article, as a statement with no day of its
    own is (data/corpus/README.md, round 19). A recent date counts here, not only a long-past one."""
    return any(t.kind == "statement" and 0 <= t.start - comma_end <= SAID_AFTER_CLAUSE
               and _WORDS_BETWEEN.fullmatch(text, comma_end, t.start) is not None for t in triggers)




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
            own = dated.get(t)
            if (span is not None and own is not None and 0 <= own.start and own.end <= lead
                    and own.precision == "day" and own.date is not None
                    and not (rules.day_after is not None and rules.day_after.search(text, span.start, t.start))):
                # (round 44, cc44) « Une coalition rebelle s'en est emparée jeudi, cinq jours après avoir
                # chassé les loyalistes d'Alep », "The rebels celebrated on Thursday, five days after
                # they seized Aleppo": a main clause with no capture verb read holds the day; the
                # clause's capture came the span before it (it took the main clause's day)
                day = own.date - timedelta(days=span.days)
                out[t] = (DateHit(own.phrase, own.start, own.end, day, own.date, "week") if span.less
                          else DateHit(own.phrase, own.start, own.end, day, None, "day"))
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


#: (Round 31, ev31dip) How long before the article's publication (days) a date phrase must lie to
#: belong to the call, meeting or visit of a describing relative clause rather than to the main
#: verb (:func:`described_diplomacy_dates`); such diplomacy keeps its own old date (:func:`long_before`).
BACKGROUND_DIPLOMACY_DAYS = 30
#: The diplomatic kinds :data:`BACKGROUND_DIPLOMACY_DAYS` bounds.
DIPLOMACY_KINDS = frozenset({"call", "meeting", "visit"})


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


#: How many days before the story's day a "since X" point may be to date the captures told since it
#: (:func:`since_captures`): the offensive's weeks, not "since 2016" (a year dates nothing anyway).
SINCE_CAPTURE_DAYS = 31


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


#: (Round 43, date43) How far before a capture of an anchor's town (characters) the "after" word of
#: the clause holding it may stand (:func:`anchor_clause`): past the fall it is coordinated with
#: ("after the fall of the regime and the capture of Damascus").
ANCHOR_CLAUSE_REACH = 90
#: (Round 43, date43) How far before the words naming an anchor (characters) its link word may stand
#: (:func:`anchor_clause`): a span of days between them ("three days after", «بعد ثلاثة أيام من»).
ANCHOR_LINK_REACH = 30


@cache
def _link_not_before(lang: str) -> re.Pattern[str] | None:
    """The link words of ``lang``'s anchor phrases other than "before" (the tables' ``anchor_after``,
    ``anchor_day`` ...), compiled once per language for :func:`anchor_clause`, which asks per capture."""
    kinds = [w for kind, w in anchor_links(lang).items() if kind != "before"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(kinds)})(?!\w)", re.IGNORECASE) if kinds else None


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
    link = _link_not_before(lang) if lang else None
    if words is None or link is None:
        return False
    start = max(lo, trig.start - ANCHOR_CLAUSE_REACH)
    for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text[start:trig.start], re.IGNORECASE):
        at = start + m.start()
        if CLAUSE_BREAK.search(text, at + len(m.group()), trig.start) is not None:
            continue
        linked = [k for k in link.finditer(text, max(lo, at - ANCHOR_LINK_REACH), at)]
        if linked and CLAUSE_BREAK.search(text, linked[-1].end(), at) is None:
            return True
    return False
