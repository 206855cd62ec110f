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

The rules live in modules by event family, each importing only from those before it (each
module's docstring says what it holds): :mod:`timeline.extract_common`,
:mod:`timeline.extract_guards`, :mod:`timeline.extract_control_places`,
:mod:`timeline.extract_control_direction`, :mod:`timeline.extract_dates`,
:mod:`timeline.extract_strikes`, :mod:`timeline.extract_launches`,
:mod:`timeline.extract_speakers`, :mod:`timeline.extract_diplomacy`,
:mod:`timeline.extract_sentence_events`, :mod:`timeline.extract_event_dates`. This module keeps
the article loop (:func:`extract_events`) and re-exports the names other modules and the tests
import from it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import Any

from timeline.actors import SPEAKER_TYPES, ActorMention, ActorRegistry
from timeline.captions import inside, old_captions
from timeline.control_clauses import averted_in_sentence, withdrawing_clause
from timeline.control_dates import (
    background_relative_split,
    before_clause_dates,
    clause_marker,
    earlier_clause_dates,
    fight_dates,
    former_names_masked,
    held_range,
    period_background,
    period_background_triggers,
    relative_dated_captures,
    relative_verb_dated,
    told_then,
    undoing_clause_dates,
)
from timeline.control_roles import table_pattern
from timeline.extract_common import (
    CAPTURE_ROLES,
    EVENT_ROLES,
    SITUATION_ROLES,
    TOPICS,
    RawEvent,
    SentenceContext,
    casualties_of,
    government_seats,
    prison_captures,
    stance_of,
    usable_places,
    without_seats,
)
from timeline.extract_control_direction import (
    CLAUSE_REACH,
    control_direction,
    inanimate_subject,
    stray_pronoun_loss,
    undirected_repeats,
)
from timeline.extract_dates import (
    INFERRED_CONTROL_DAYS,
    STORY_DATE,
    _held_by,
    article_date,
    aside_subject_dates,
    background_start,
    control_reach,
    day_after_dates,
    described_diplomacy_dates,
    describing_clause_dates,
    night_strike_dates,
    offset_clause_dates,
    offset_launch_dates,
    opening_before_dates,
    opening_clause_dates,
    perfect_relative_dates,
    relative_background_dates,
    relative_claimed_strikes,
    report_range,
    sentence_dates,
    since_reference,
    story_day,
    subject_relative_dates,
    war_reference,
)
from timeline.extract_diplomacy import (
    continued_statement,
    fold_readouts,
    names_past_talks,
    retold_talks,
    ruler_flights,
    words_after_trip,
)
from timeline.extract_event_dates import (
    SINCE_START_REACH,
    background_runs,
    carried_dates,
    cited_date,
    claimed_dates,
    clause_dates,
    coordinated_claim_dates,
    later_clause_date,
    launch_captures,
    long_before,
    main_clause_dates,
    narrative_date,
    opens_present,
    own_dated_changes,
    past_clause_date,
    present_news,
    present_perfect_news,
    present_report,
    quoted_day_speaker,
    recent_days_dates,
    reference_past,
    relative_since,
    reported_dates_only,
    reported_day,
    retold_document,
    run_in_period,
    shared_dates,
    since_captures,
    since_start_dates,
    situation_dates,
    story_marked,
    told_by_dated_verb,
    told_dates,
    told_operation_verbs,
    vague_after_military,
    words_by_report,
)
from timeline.extract_guards import (
    CIRCUMSTANCE_REACH,
    aside_free_lead,
    circumstance_noun,
    denied,
    denied_after,
    hypothetical,
    place_cut_triggers,
)
from timeline.extract_launches import (
    anchor_dated,
    background_launches,
    fighting_starts,
    flights,
    launch_day,
    since_measure_dates,
    week_launches,
)
from timeline.extract_sentence_events import (
    SHARED_DATE,
    capture_fighting,
    chained_story_taker,
    clause_edges,
    entry_presence,
    one_strike,
    sentence_events,
    side_account,
    undone_later,
    undone_moves,
    undone_same_day,
)
from timeline.extract_speakers import (
    _DIPLOMATIC_KINDS,
    continued_unnamed,
    displaced_count_givers,
    opens_clause,
    own_day_speaker,
    pronoun_speakers,
    reported_clause,
    said_before_main,
    unnamed_subject,
)
from timeline.extract_strikes import (
    carried_strike,
    condemned_act,
    counted_strike,
    definite_retold,
    held_entry_range,
    placeless_retold,
    present_strike,
    since_strikes,
    strike_shared_dates,
)
from timeline.institutions import qualified_institutions
from timeline.lexicon import rules_for, table_rows, whole_words
from timeline.sentences import (
    CLAUSE_BREAK,
    DateHit,
    OwnSideMove,
    Sentence,
    TriggerHit,
    assign_dates,
    find_triggers,
    quote_spans,
    split_sentences,
    subheading,
    usable_dates,
    within,
)
from timeline.speakers import choose_speaker

#: What other modules and the tests import from here (the rules live in the modules
#: named in the docstring; these are re-exported so that no caller had to change).
__all__ = [
    "SINCE_START_REACH",
    "SITUATION_ROLES",
    "STORY_DATE",
    "TOPICS",
    "article_date",
    "background_runs",
    "casualties_of",
    "control_direction",
    "extract_events",
    "launch_captures",
    "narrative_date",
    "opens_clause",
    "prison_captures",
    "stance_of",
    "story_day",
    "unnamed_subject",
    "usable_places",
]

log = logging.getLogger(__name__)


#: Roles of "other" that tell a foreign army moving into ground it then holds (the buffer zone):
#: undated, they are dated as an undated capture is, by a range (:func:`held_entry_range`). An
#: occupation of named villages keeps the day it is told on (its rows in
#: tests/timeline/challenge_situation_events.yaml); on the half of the corpus read, a range for it
#: only moved which gold event matched.
HELD_ROLES = frozenset({"buffer_zone"})


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
    tabled = [find_triggers(s, lang) for s in sentences]
    fallback = article_date(sentences, good_dates, published, text, lang, tabled)
    present = _present_opener(lang)
    all_triggers = [place_cut_triggers(ts, places, text) for ts in tabled]
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
        # (round 51, x51a) "State media quoted the minister as saying", « l'agence a cité le ministre
        # déclarant »: the source before a report whose speaker its own words name (an absolute
        # clause, a verb of quoting and its participle) is the one who quotes, not the speaker
        unnamed = [t for t in triggers
                   if t.kind == "statement" and not named_inside(t, s_actors)
                   and unnamed_subject(t, s, text, s_actors, rules, places)]
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
        # (round 50, x50a) «anunciaron la captura de Homs, donde este domingo ...»: the announcing verb's day
        dated.update(announced_capture_dates(triggers, dated, text))
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
        background = ([] if rules.background is None
                      else list(rules.background.finditer(former_names_masked(s.text, lang))))
        past = (bool(background) and not preamble_past(s, triggers, background)) or after_old
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
                              [g for g in signals if i and within(sentences[i - 1], g.start, g.end)],
                              tabled[i])
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
                # "Turkey says it is ready to help" in a story of Sunday's events: today's words;
                # (round 50, x50c) "Israel is striking targets in Syria" under such a lead: raids going
                # on as the story is told, the publication day's (round 19)
                if inferred in PRESENT_TENSE_BASES and published is not None and (
                        (event.kind == "statement" and present_report(trig, rules)
                         and not retold_document(s, text, lang))
                        or (event.kind == "strike" and present_strike(trig, s, text, lang))):
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
                    event = held_entry_range(event, published, after_fall=trig.role in HELD_ROLES)
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
    results = week_launches(results, lang)
    results = [r for r in results if not long_before(r.event, published)]
    results = anchor_dated(results, text, lang, published)
    results = capture_fighting(undirected_repeats(results, text, lang), text, lang)
    results = pronoun_speakers(results, sentences, actors, registry, text, rules)
    results = entry_presence(results)
    military = definite_retold(placeless_retold(carried_dates(results, sentences, registry, text, lang)), text, lang)
    return story_marked(retold_talks(fold_readouts(military, registry, text, lang)))


def named_inside(trigger: TriggerHit, actors: Sequence[ActorMention]) -> bool:
    """(Round 51, x51a) Whether a report told in an absolute clause or by a verb of quoting and its
    participle names its speaker inside its own words (role ``absolute_report``: "with Qatar
    saying", "quoted the Iranian foreign minister as saying", « a cité le Premier ministre
    déclarant », «zitierte den Minister mit den Worten»): a source word before it ("state media",
    « l'agence », «die Agentur») is then who quotes, never the verb's unnamed subject.

    Why: the outlet or "state media" before the verb of quoting was read as an unnamed source
    subject of the statement, and the quoted minister's words were dropped."""
    return trigger.role == "absolute_report" and any(
        trigger.start < a.start and a.end <= trigger.end for a in actors)


def preamble_past(s: Sentence, triggers: Sequence[TriggerHit], matches: Any) -> bool:
    """Whether every background phrase of a sentence lies in an opening clause closed by a colon,
    and every event word of the sentence after that colon: the opening sums up what came before
    («Die Ereignisse in Syrien hatten sich zuletzt überschlagen: ... zwang Assad zur Flucht»,
    "Events had moved fast: the rebels took Homs"), the clause after the colon tells the news.

    Why (round 50, x50c): the opening's pluperfect («hatten sich ... überschlagen») made the whole
    sentence the war's past, and Assad's flight after the colon was lost (de-cc5900f9a8); a
    background phrase after the colon, or an event word before it, keeps the sentence past.
    """
    if not triggers:
        return False
    first = min(t.start for t in triggers) - s.start
    colon = s.text.rfind(":", 0, max(first, 0))
    if colon < 0:
        return False
    return all(m.end() <= colon for m in matches)


#: (round 50, x50a) How far an announcing verb may stand before the capture it announces
#: («أعلنت الفصائل المسلحة السيطرة على»: the subject between them).
ANNOUNCED_CAPTURE_REACH = 40


def announced_capture_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, Any],
                            text: str) -> dict[TriggerHit, Any]:
    """(Round 50, x50a) A saying verb whose object is a capture ("announced the capture of Homs",
    « ont annoncé la prise de », «anunciaron la toma de», «verkündeten die Einnahme von», «أعلنت
    الفصائل السيطرة على») takes the capture's day when it has none of its own: in a sentence with
    a date phrase the phrase went to the capture alone ("..., where a statue was toppled on
    Sunday"), the words were left with no day and lost, though a fighting side's own account is a
    statement (the corpus ruling of round 17). The capture's trigger overlaps the verb, or follows
    it within :data:`ANNOUNCED_CAPTURE_REACH` characters with no clause break between; only a
    capture told from the taker's side (role ``take``)."""
    out: dict[TriggerHit, Any] = {}
    for t in triggers:
        if t.kind != "statement" or t in dated:
            continue
        for c, d in dated.items():
            if c.kind != "control_change" or c.role != "take" or d is None:
                continue  # "declared Damascus free on Sunday" (a loser's role): the change alone, as before
            overlap = c.start < t.end and t.start < c.end
            after = (t.end <= c.start <= t.end + ANNOUNCED_CAPTURE_REACH
                     and not CLAUSE_BREAK.search(text, t.end, c.start))
            if overlap or after:
                out[t] = d
                break
    return out


#: The bases of an article's date (:func:`article_date`) that a statement told in the present
#: tense does not take: its words are the publication day's.
PRESENT_TENSE_BASES = frozenset({STORY_DATE, "lead"})


#: Kinds an article can only report once they happened: an undated one is never dated after the
#: publication (a meeting or a visit may be announced ahead, a control change is the control
#: model's to place). (Round 18, date18) A phone call too: told with no day of its own ("before
#: Araghchi's visit, Fidan and Lavrov discussed Syria by phone" under a lead announcing Sunday's
#: tour, in a Saturday story) it was held by the time it was told (a call planned ahead, "will speak by phone
#: on Monday", names its day).
REPORTED_KINDS = frozenset({"statement", "call", "strike", "other"})


@cache
def _present_opener(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``present_opener`` words, as whole words, compiled once per language."""
    return whole_words(table_rows(lang or "en", "present_opener"))


def _subject_is(actor_type: str, trigger: TriggerHit, actors: list[ActorMention], registry: ActorRegistry,
                text: str, lang: str | None) -> bool:
    """Whether the verb's subject, chosen as a speaker is (an actor of ``actor_type`` allowed too),
    is of that type: a monitor's "said" attributes a fact, an armed group "arrived" is no visit."""
    subject = choose_speaker(trigger, actors, registry, text, SPEAKER_TYPES | {actor_type}, lang)
    return subject is not None and subject.type == actor_type
