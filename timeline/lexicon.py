"""Trigger words of each event kind and of each stance, per language, read from data tables.

Extraction is rule-based on purpose: the corpus is small, and the analysts must be able to see
*why* a sentence became an event (the trigger) and correct a rule by editing a table. The tables
are ``timeline/rules/<language>.yaml``, one per language, so a new language is a new file (and its
tests), not new code. Each holds:

* ``triggers``: ``{kind, role?, pattern}`` rows, kind an event kind (or "agreement": a meeting that
  sealed a deal), role for control changes (take | lose | leave | fall | retake | contest: the
  place was fought over or changed hands, no side named as taker, so the direction stays
  unknown | hold: a holding reported as news, a change only when the holder is on the opposition
  side | hand: handed from the giver to the receiver | back: back under the army's control) and
  "other" (offensive | counteroffensive, and the situations advance | reinforcement | clashes |
  displacement | closure | prison | air_defence), and meetings (purpose: talks told as a trip's
  purpose, "for talks with", a meeting only beside a visit verb of the sentence);
* ``stance``: ``{stance, pattern}`` rows, most specific first (the first stance with a cue wins);
* ``casualties``: patterns whose group 1 is the number killed;
* ``since``: the word before a reference date ("since 2011"); ``vague_dates``: spans too vague to
  date anything; ``copy_markers``: words that mark an outlet or a note as a copy or a translation;
* ``negation``: words that deny the verb after them ("did not capture", «لا تسيطر»): no event;
* ``denial``: a denial of reports ("denied reports that", «نفت الأنباء», « a démenti »): a
  capture, strike or situation reported after it in the sentence is what was denied, no event,
  unless a ``contrast`` word ("but", «لكن») stands between them;
* ``clause_marker``: words that open a reported clause ("that"): an actor before one speaks of the
  capture after it ("the army said that rebels entered"), it is not its subject;
* ``verb_subject``: true where the subject usually follows its verb (Arabic), so the actor right
  after a capture verb is its taker; ``agent_marker``: the word of the passive's agent ("by"),
  the only way an actor after the verb takes the place elsewhere;
* ``fronted_inversion``: true where an adverbial that opens a clause sends the subject after the verb
  («El jueves llegó a Damasco una delegación catarí», «Am Donnerstag traf eine katarische
  Delegation ... ein»): a visit's traveller may be read after its verb (round 32; round 31 kept
  the languages in a set in :mod:`timeline.speakers`);
* ``locators``: words before a place that only say where something is ("near", "north of",
  «ريف»): a place after them is not what changed hands; ``locators_after``: the same after a
  place ("the Hama countryside");
* ``background``: wording that puts a sentence in the past ("at the time", "had taken"): such a
  sentence without a date phrase takes no date from the article, so it makes no event;
* ``continuation``: a statement verb whose subject is a pronoun ("he added"): the sentence goes
  on with the previous statement (same speaker, same day) and makes no new one;
* ``object_slot``: the words that open a capture verb's object, in the verb or just after it
  ("took control of", «سيطرت الفصائل على»): with no place after it, what it took is no place
  ("control of the areas"), and the places before the verb are not taken either;
* ``ordinal_day_followers``: words that follow an ordinal day written with a dot («am 5.
  Dezember»): that dot ends no sentence;
* ``circumstance``: words that make the situation report right after them a circumstance of
  another event ("after fierce clashes", «بعد معارك ضارية», "amid clashes") or stop it
  ("thwarting their advance", «لصد تقدم الفصائل»): no event;
* ``object_relative``: object relative pronouns ("which", « que », «التي»): the noun right before
  one is the object of a capture or withdrawal verb after it that has no object of its own
  ("Aleppo, which the rebels captured last week"; «القاعدة التي انسحبت منها القوات»: the base,
  no place);
* ``relative_pronoun``: every relative pronoun ("who", « qui », «الذين»): a verb in a subject
  relative clause has the noun before the pronoun as subject, so that noun is what fell ("Hama,
  which fell to the rebels"), or for another verb not its object («قوات النظام التي انسحبت من
  المنطقة»: the forces, no place);
* ``prospect``: words right before a capture that make it a prospect, not news ("could take",
  "tried to enter", « pourraient prendre », «تحاول دخول», "er halte die Einnahme von Damaskus
  für eine Frage der Zeit"): no control change;
* ``own_forces``: a possessive and a word for troops ("its forces", « ses combattants », «قواتها»)
  right before a control verb in a reported clause: the speaker before the clause marker is the
  verb's subject ("HTS announced that its forces had entered Homs"), not only its reporter;
* ``fallen``: nouns of a fall ("the fall of", « la chute du », «سقوط»): the side named right after
  one is what fell, never the taker of a capture told later in the sentence («أُعلن سقوط نظام الأسد
  مع دخول الفصائل دمشق»: the regime took nothing);
* ``clause_openers``: subordinators that open a clause of its own ("as", "while", « alors que »,
  «بينما»): between a side and a verb of leaving after it, with the clause's own subject (a word
  or two; in verb-subject order, none before the verb), they make that side no loser ("HTS
  entered Halfaya as soldiers fled": HTS lost nothing; the loser is unnamed, the direction unknown);
* ``holder_participle``: a participle of holding right before the passive's agent word ("villages
  controlled by Kurdish forces", « localités contrôlées par », «localidades controladas por»): the
  side after it held the place before, it is no agent of the capture;
* ``prospect_after``: words right after a capture and its place that make it a prospect ("control
  of Hama would open the way to Homs", « la prise de Hama ouvrirait la voie », «السيطرة على حماة
  تفتح الطريق أمام»): the capture is the subject of what it would lead to, no control change;
* ``not_taken_objects``: (round 9) objects that are no place changing hands ("buffer zone", « zone
  tampon », «المنطقة العازلة»): a capture verb whose object they are, a few words after it with no
  other place between (the place naming the zone, "the Golan Heights buffer zone", is the zone's
  name), changes no control; the incursion is the ``buffer_zone`` event's;
* ``inanimate_subject``: (round 18) nouns of no fighting side ("fire", "floods", "protests",
  « l'incendie », «النيران», «el fuego», "Flammen"): the subject of a capture verb ("Fire swept
  through warships in Latakia", «اجتاحت النيران السفن»), right before it (a few words, no
  punctuation, no coordinator and no side between), took nothing: no control change; a verb of moving in says who took a
  place only when a fighting side moved in. ``inanimate_subject_after``: the same nouns right
  after the verb, for the tables whose subject may follow it («اجتاحت النيران», «arrasó el
  fuego», "überrollte eine Flutwelle"), not English or French, where they would be its object;
* ``condition``: words that open a condition ("if", « si », «si», "wenn", «إذا»): a capture later in
  the same clause ("if the rebels manage to seize Homs, ...") is a prospect, no control change;
* ``day_after``: words before a capture that put it the day before its sentence's date ("the day
  after its capture of Hama", «غداة سيطرتها على حماة», « au lendemain de la prise »);
* ``long_after``: words of a span of months or years ("eight years after", « huit ans après »,
  «بعد ثماني سنوات من», "acht Jahre nachdem") next to the "after" word of a clause: its capture is
  history, never dated by the sentence's day (a recapture of 2016 is no change of this week);
* ``whole_region``: words before a governorate that make all of it the object of a control change
  ("almost the entirety of", « la totalité de », "la totalidad de"; one key with the words listed
  below among those the extractor's own functions read);
* ``region_word``, ``region_object``: the word for a governorate ("province", «محافظة») and the
  words that may stand between a control verb (or its object slot) and a governorate it takes as a
  whole ("the province of"): a governorate named with the word right after the verb ("took over
  Idlib province", «سيطرت الفصائل على محافظة إدلب») changed hands as a whole, unlike one after a
  locator ("villages in Idlib province");
* ``fighting``: nouns of the fighting itself ("fighting", "the offensive", «اشتباكات»): with a
  recent "since X" date in its sentence ("fighting has raged since Wednesday"), the sentence dates
  the start of the offensive to X;
* ``announced``: the words of a diplomatic verb that announce it ("will meet", « doit
  rencontrer », «se reunirá», «سيلتقي»): a bare weekday of its sentence read as a day before
  the publication is the coming one;
* ``report_participle``: the participles of statement verbs ("saying", «diciendo»): a report told
  as the circumstance of the sentence's main verb, whose subject (the sentence's first speaker) speaks;
* ``overnight``: words that put a strike in the night ("overnight", « dans la nuit »): reported on a
  day, it struck the night before, so it takes the day before the date its sentence gives it;
* ``addressed_body``: a deliberative body a statement is made to ("told the Security Council",
  « devant le Conseil de sécurité », «أمام مجلس الأمن»): the body met that day, a meeting too;
* ``hypothetical``: words that make the situation report after them a possibility, an offer or
  a threat ("ready to send troops", « envisagerait d'envoyer », «مستعدة لدراسة إرسال قوات»): no
  event, nothing happened;
* ``unnamed_source``: nouns of a source no one is named for ("sources", "reports", "media",
  « une source », «مصادر», «fuentes», «Quellen»): a statement verb whose subject is one (first
  in the verb's clause before it, or right after a verb with no subject before it, «قالت مصادر
  عسكرية», "..., said media reports") attributes a fact, like a monitor: no statement;
* ``present_report``: statement verbs in the present tense ("says", « affirme », «afirma»,
  «sagt»): undated words told in the present are the publication day's, not the story's
  earlier day (:func:`timeline.extract.article_date`);
* ``pronoun_subject``: the personal pronouns that may open a sentence as a statement verb's
  subject ("He accused", « Il a estimé », «Er forderte»): the person named last before speaks
  (:func:`timeline.extract.pronoun_speakers`);
* ``possessive``: the ending that makes a name a possessive ("Turkey's", "Tehran’s"): a possessive
  before a statement verb qualifies a noun, it is not the verb's subject when another speaker
  stands before it ("Fidan extended Turkey's support and said": Fidan speaks);
* ``object_preposition``: prepositions whose object a name is ("backing for Damascus", "talks
  with Ankara"): likewise no subject of the statement verb after it.

Words the extractor's own functions read (each table lists its own; a language that lacks the
construction lacks the key, and the function then finds nothing):

* ``war_words``: the war named between a ``since`` word and its date ("since the start of the
  war in 2011"): a reference point, which dates nothing and leaves its sentence undated;
* ``coordinators``: the word that joins a second capture to a dated one ("entered Aleppo on
  Friday and took"), before which a comma does the same; ``sequence_words``: "then" after it;
  ``coordinator_prefix``: the start of a verb written with its conjunction («وسيطرت»);
* ``relative_pronouns``: the words opening a relative clause ("who took Aleppo"): the verb after
  them describes, it reports nothing;
* ``locating_gap``: the whole gap between a place taken and a place that only says where it is
  ("the Nayrab airport in Aleppo", «مطار كويرس في حلب»): the list of places taken ends there;
* ``whole_region``: the words before a governorate named as a whole ("all of Idlib province");
* ``generic_place_words``: words that introduce a place name and that the geoparser may take for
  one («محافظة», "province"), compared whole and case-folded;
* ``participle_opener`` and ``participle_ending``: the words before a participle that opens its
  sentence, and its ending ("After taking Morek, HTS ..."): its subject follows the comma;
* ``speaker_titles`` and ``speaker_stop_words`` (a script without capitals): a speaker the
  registry lacks is named after a title word («وزير», «المتحدث»), by words that are no stop word
  (:func:`timeline.speakers.unknown_speaker`); ``definite_article``: the article the title's last
  word carries and the name's words do not («ال»);
* ``speaker_name_word``, ``speaker_name_particles`` and ``speaker_name_after`` (a script with
  capitals): a speaker the registry lacks is two to four capitalised words (case-sensitive
  pattern), particles between them ("al-", "bin ", « de »), right before a statement verb or
  after it past ``speaker_name_after``; ``sentence_articles``: capitalised articles ("The",
  « Le ») before a known actor, which then makes no new person (every table's, case-sensitive);
* ``co_speaker_joiners`` and ``co_speaker_articles``: the words between two speakers of one
  statement ("the US, France and the UK"); every table's words are read in every text, as the
  list is read without its language (:func:`timeline.speakers.co_speakers`);
* ``attribution``: the words opening an attribution clause before its verb (every table's);
* ``fronted_report_verbs``: (round 13) verbs of saying that may follow the words they report
  ('"...," said a researcher', « ... », a jugé un chercheur », «"..."، قال دبلوماسي»): with no clause
  of their own, an actor before the comma or closing quotation mark is what is said, never the
  speaker (:func:`timeline.speakers.fronted_words_end`);
* ``fronted_openers``: (round 19, a verb-second language: German) the prepositions and adverbs
  that open a phrase put before the finite verb ("Nach Angaben der Regierung in Ankara sagte
  Erdogan", «Am Sonntag erklärte das Außenministerium»): the subject then follows the verb
  (:func:`timeline.speakers.verb_second`; read when the subject stands inside the verb phrase the
  trigger spans); (round 24) also read, capitalised at the sentence's start, by
  :func:`timeline.control_roles.subject_after_finite_verb`: a side in that phrase is no subject of
  the capture verb after it («Nach dem Abzug der Armee marschierten die Rebellen in Hama ein»);
* ``apposition_openers``: (round 31) the first words of an apposition set off by commas between a
  subject named first and its statement verb ("Turkey, a key backer of the rebels in the north,
  said", « La Turquie, principal soutien des rebelles, a affirmé »): of any length up to the
  comma before the verb, the subject speaks (:func:`timeline.speakers.long_aside_subject`);
* ``subject_first``: (round 13, a verb-subject language) words after which the subject precedes
  its verb («وكان المرصد أفاد»): the actor right before the statement verb speaks, the one after
  it is its object (:func:`timeline.speakers.subject_first`);
* ``word_proclitics``: letters glued to a word's start (Arabic و ف): ``{B}`` in the table's
  patterns; ``name_proclitics``: letters glued before an actor's name («لدمشق», «بحلب»), every
  table's, for the names in their script (:mod:`timeline.actors`).

A table outside ``timeline/rules`` is read with :func:`read_table` and joins the others in
:data:`RULES` (a sixth language is one file: its tests put it there for the time they run).

Patterns are Python regular expressions compiled case-insensitively and matched on text without
Arabic diacritics; ``{B}`` stands for a word start and an optional ``word_proclitics`` letter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kharita.yamlio import load_yaml

RULES_DIR = Path(__file__).with_name("rules")

# Arabic: diacritics between letters are removed before matching (see ``strip_diacritics``), so
# patterns are written without them; ``{B}``, an optional leading conjunction, is the table's
# ``word_proclitics`` (filled in by :func:`_with_proclitics`).


@dataclass(frozen=True)
class Trigger:
    """A trigger pattern: the event kind it signals and, for some, a sub-type."""

    kind: str  # an EVENT_KINDS value, or "agreement" (a meeting that sealed a deal)
    pattern: re.Pattern[str]
    role: str = ""  # control changes: take | lose | leave | fall | retake | contest | hold | hand |
    # back; other: offensive | counteroffensive and the situations; meeting: purpose (see the module
    # docstring)


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _with_proclitics(value: Any, proclitic: str) -> Any:
    """``value`` (a table, a row, a pattern) with ``{B}`` replaced by ``proclitic``."""
    if isinstance(value, str):
        return value.replace("{B}", proclitic)
    if isinstance(value, list):
        return [_with_proclitics(v, proclitic) for v in value]
    if isinstance(value, dict):
        return {k: _with_proclitics(v, proclitic) for k, v in value.items()}
    return value


def _proclitic_pattern(doc: dict) -> str:
    """``{B}``: a word start, then optionally one of the table's ``word_proclitics`` (Arabic و ف);
    a word start alone for a table without them."""
    letters = _alternatives(doc, "word_proclitics")
    return rf"(?<!\w)(?:{letters})?" if letters else r"(?<!\w)"


#: Kind priority when several triggers of the same family share one date (the most specific wins):
#: "signed a strategic partnership ... during a visit" is the meeting that sealed a deal.
DIPLOMATIC_PRIORITY = ("agreement", "call", "visit", "meeting", "statement")
MILITARY_KINDS = frozenset({"control_change", "strike", "other"})

@dataclass(frozen=True)
class LanguageRules:
    """One language's table, compiled."""

    language: str
    triggers: tuple[Trigger, ...]
    stance: tuple[tuple[str, re.Pattern[str]], ...]
    casualties: tuple[re.Pattern[str], ...]
    since: str
    vague_dates: tuple[str, ...]
    copy_markers: tuple[str, ...]
    verb_subject: bool = False
    agent_marker: re.Pattern[str] | None = None  # matched on the verb and what follows it up to an actor
    locator: re.Pattern[str] | None = None  # matched on the text just before a place
    locator_after: re.Pattern[str] | None = None  # matched on the text just after a place
    background: re.Pattern[str] | None = None  # a sentence about the past: no date is inferred for it
    continuation: re.Pattern[str] | None = None  # "he added": the previous statement goes on
    clause_marker: re.Pattern[str] | None = None  # "the army said that ...": a clause boundary
    negation: re.Pattern[str] | None = None  # matched on the words just before a trigger
    fighting: re.Pattern[str] | None = None  # "fighting since X": the offensive began on X
    object_slot: re.Pattern[str] | None = None  # searched in a capture verb and the words after it
    ordinal_day_followers: tuple[str, ...] = ()  # «5. Dezember»: the dot after the day ends nothing
    circumstance: re.Pattern[str] | None = None  # "after clashes": matched on the words before a trigger
    denial: re.Pattern[str] | None = None  # "denied reports that": the military verb after it is denied
    contrast: re.Pattern[str] | None = None  # "but": what follows a denial is asserted again
    war_words: re.Pattern[str] | None = None  # searched in the words between "since" and its date
    coordinated: re.Pattern[str] | None = None  # matched on the end of the gap between two verbs
    coordinator_prefix: re.Pattern[str] | None = None  # matched on the start of the second verb
    relative: re.Pattern[str] | None = None  # matched on the words just before a verb
    locating_gap: re.Pattern[str] | None = None  # matched on the whole gap between two places
    whole_region: re.Pattern[str] | None = None  # matched on the words just before a governorate
    generic_place_words: frozenset[str] = frozenset()  # case-folded, compared with a place's surface
    participle_opener: re.Pattern[str] | None = None  # matched on the words just before a participle
    participle_ending: str = ""  # the ending of that participle
    speaker_titles: tuple[str, ...] = ()  # the first word after a statement verb starts with one
    speaker_stop_words: frozenset[str] = frozenset()  # never part of a name after a title
    announced: re.Pattern[str] | None = None  # "will meet": searched on a diplomatic verb and the words before it
    hypothetical: re.Pattern[str] | None = None  # "ready to send": matched on the words before a situation trigger
    report_participle: re.Pattern[str] | None = None  # "saying": matched on a statement verb's whole surface
    overnight: re.Pattern[str] | None = None  # "overnight": searched around a strike verb
    addressed_body: re.Pattern[str] | None = None  # "told the Security Council": searched after a statement verb
    unnamed_source: re.Pattern[str] | None = None  # "sources": searched in a statement verb's clause before it
    unnamed_source_after: re.Pattern[str] | None = None  # «قالت مصادر»: matched on the words right after the verb
    present_report: re.Pattern[str] | None = None  # "says": searched in a statement verb's surface
    pronoun_subject: re.Pattern[str] | None = None  # "He": matched on a sentence's words before its statement verb
    possessive: re.Pattern[str] | None = None  # "'s": matched on the words right after an actor's name
    object_preposition: re.Pattern[str] | None = None  # "for": matched on the words right before an actor's name
    # control changes (issue 10): see the module docstring
    object_relative: re.Pattern[str] | None = None  # matched from a pronoun to just after the verb
    relative_pronoun: re.Pattern[str] | None = None  # matched from a pronoun on
    relative_pronoun_word: re.Pattern[str] | None = None  # the same pronouns, searched anywhere as words
    day_after: re.Pattern[str] | None = None  # matched on the words just before a capture
    long_after: re.Pattern[str] | None = None  # searched around the "after" word of a capture's clause
    prospect: re.Pattern[str] | None = None  # matched on the words just before a capture
    not_taken_object: re.Pattern[str] | None = None  # matched from the end of a capture verb on
    prospect_after: re.Pattern[str] | None = None  # matched on the few words just after a capture
    inanimate_subject: re.Pattern[str] | None = None  # matched on the words just before a capture
    inanimate_subject_after: re.Pattern[str] | None = None  # matched on the words just after a capture
    condition: re.Pattern[str] | None = None  # searched from the sentence's start to a capture
    holder_participle: re.Pattern[str] | None = None  # matched on the words before an agent word
    region_word: re.Pattern[str] | None = None  # "province": searched around a governorate
    region_object: re.Pattern[str] | None = None  # "the province of": the whole gap before it
    region_object_before: re.Pattern[str] | None = None  # «die Provinz»: right before a governorate, before its verb
    recent_days: re.Pattern[str] | None = None  # "in recent days": searched in a date phrase
    list_gap_words: re.Pattern[str] | None = None  # "and", "town": matched on each word between listed places
    list_joiner: re.Pattern[str] | None = None  # the table's coordinators: split the words between listed places
    own_forces: re.Pattern[str] | None = None  # "its forces": matched on the words just before a capture
    fallen: re.Pattern[str] | None = None  # "the fall of": matched on the words just before a side
    clause_openers: re.Pattern[str] | None = None  # "as", «بينما»: searched between a loser and its verb
    final_verbs: re.Pattern[str] | None = None  # «erobert»: matched on the last word of a capture verb
    clause_final_verbs: re.Pattern[str] | None = None  # «eroberten»: a capture verb's last word, before a comma
    reference_since: re.Pattern[str] | None = None  # "the deadliest since": searched before a "since" date
    since_start: re.Pattern[str] | None = None  # "since the offensive began on": searched before a date (round 11)
    definite_article: str = ""  # «ال»: the title before an unknown speaker ends in a definite word
    unknown_name: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # a name before / after a statement verb
    sentence_articles: tuple[str, ...] = ()  # "The", « Le »: case-sensitive patterns
    co_speaker_joiners: tuple[str, ...] = ()  # "and": patterns, read in every text
    co_speaker_articles: tuple[str, ...] = ()  # "the ": patterns, read in every text
    attribution: tuple[str, ...] = ()  # "as announced by": patterns, read in every text
    name_proclitics: str = ""  # letters glued before an actor's name («لدمشق»), read in every text
    fronted_inversion: bool = False  # the subject follows the verb once an adverbial opens the clause (es, de)


class RulesError(ValueError):
    """A rule table is malformed (the message names the file and the row)."""


def _locator_template(doc: dict) -> str:
    """The template of the ``locators`` pattern: a locator word, then perhaps the table's
    ``locator_town_words`` ("the town of", « la ville de », «مدينة»), right before the place.

    Why (round 15, ctl15): a locator says where something is whether or not a town word stands
    between it and the name: "towards the town of Rastan" locates as "towards Rastan" does, and
    « près de la ville de », «تبعد كيلومترات عن مدينة» as their short forms. Without the town
    word in the template, "took villages on their way towards the city of Homs" (and the same in
    German, «in Richtung der Hauptstadt Damaskus») was a capture of the place they headed for."""
    town = _alternatives(doc, "locator_town_words")
    tail = rf"(?:(?:{town})\W{{0,3}})?" if town else ""
    return r"(?<!\w)(?:ALT)\W{0,3}" + tail + "$"


def _optional(doc: dict, key: str, template: str = "ALT") -> re.Pattern[str] | None:
    """The pattern of an optional entry (one pattern or a list of alternatives) put in its place
    in ``template`` (at ``ALT``), or None when the table has none."""
    alternatives = _alternatives(doc, key)
    return _c(template.replace("ALT", alternatives)) if alternatives else None


def _alternatives(doc: dict, key: str) -> str:
    """An optional entry (one pattern or a list of them) as one alternation, "" when absent."""
    value = doc.get(key)
    if not value:
        return ""
    items = [value] if isinstance(value, str) else [str(x) for x in value]
    return "|".join(f"(?:{x})" for x in items)


def parse_rules(doc: Any, source: str) -> LanguageRules:
    if not isinstance(doc, dict) or not isinstance(doc.get("language"), str):
        raise RulesError(f"{source}: a rule table is a mapping with a 'language'")
    doc = _with_proclitics(doc, _proclitic_pattern(doc))
    try:
        triggers = tuple(Trigger(str(r["kind"]), _c(str(r["pattern"])), str(r.get("role") or ""))
                         for r in doc.get("triggers") or ())
        stance = tuple((str(r["stance"]), _c(str(r["pattern"]))) for r in doc.get("stance") or ())
        casualties = tuple(_c(str(p)) for p in doc.get("casualties") or ())
        agent = _optional(doc, "agent_marker", r"(?<!\w)(?:ALT)(?:\s+\S+){0,2}?\W*$")
        locator = _optional(doc, "locators", _locator_template(doc))
        locator_after = _optional(doc, "locators_after", r"^\W{0,3}(?:ALT)(?!\w)")
        background = _optional(doc, "background")
        continuation = _optional(doc, "continuation")
        # (round 13) an elided marker ends in its apostrophe, glued to the next word (« qu'Ankara »)
        clause = _optional(doc, "clause_marker", r"(?<!\w)(?:ALT)(?:(?<=['’])|(?!\w))")
        negation = _optional(doc, "negation", r"(?<!\w)(?:ALT)(?:\s+\S+){0,2}?\s*$")
        fighting = _optional(doc, "fighting", r"(?<!\w)(?:ALT)(?!\w)")
        object_slot = _optional(doc, "object_slot", r"(?<!\w)(?:ALT)(?!\w)")
        circumstance = _optional(doc, "circumstance", r"(?<!\w)(?:ALT)(?!\w)\W?(?:\s+\S+){0,3}?\s*$")
        denial = _optional(doc, "denial", r"(?<!\w)(?:ALT)(?!\w)")
        contrast = _optional(doc, "contrast", r"(?<!\w)(?:ALT)(?!\w)")
        words = _extractor_words(doc)
        keyed = {name: _optional(doc, key, template) for name, (key, template) in _KEYED_PATTERNS.items()}
    except (KeyError, TypeError, re.error) as exc:
        raise RulesError(f"{source}: bad row ({exc})") from exc
    return LanguageRules(doc["language"], triggers, stance, casualties, str(doc.get("since") or ""),
                         tuple(doc.get("vague_dates") or ()), tuple(doc.get("copy_markers") or ()),
                         bool(doc.get("verb_subject")), agent, locator, locator_after, background,
                         continuation, clause, negation, fighting, object_slot,
                         tuple(str(w) for w in doc.get("ordinal_day_followers") or ()), circumstance,
                         denial, contrast, fronted_inversion=bool(doc.get("fronted_inversion")), **keyed, **words)


#: Optional entries compiled around their table's words: field of :class:`LanguageRules` -> (table
#: key, template with ``ALT`` for the alternation). One key may feed two fields (``unnamed_source``:
#: the words before a statement verb, and the words right after it).
_KEYED_PATTERNS: dict[str, tuple[str, str]] = {
    "announced": ("announced", r"(?<!\w)(?:ALT)(?!\w)"),
    "hypothetical": ("hypothetical", r"(?<!\w)(?:ALT)(?!\w)\W?(?:\s+\S+){0,3}?\s*$"),
    "report_participle": ("report_participle", r"^(?:ALT)$"),
    "overnight": ("overnight", r"(?<!\w)(?:ALT)(?!\w)"),
    "addressed_body": ("addressed_body", r"(?<!\w)(?:ALT)(?!\w)"),
    "unnamed_source": ("unnamed_source", r"(?<!\w)(?:ALT)(?!\w)"),
    "unnamed_source_after": ("unnamed_source", r"^\W{0,3}(?:\S+\s+){0,2}?(?:ALT)(?!\w)"),
    "present_report": ("present_report", r"(?<!\w)(?:ALT)(?!\w)"),
    "pronoun_subject": ("pronoun_subject", r"^\W{0,3}(?:ALT)\s+(?:\w+\s+){0,2}$"),
    "possessive": ("possessive", r"^(?:ALT)(?!\w)"),
    "object_preposition": ("object_preposition", r"(?<!\w)(?:ALT)\s+$"),
    # (round 27, ev27bg) a dash may open the clause as a comma does ("Aleppo – which the rebels took
    # last week – and Damascus"): the noun before it is the object, not the place after the closing dash
    "object_relative": ("object_relative", r"^[\s,،–—]{0,3}(?:ALT)(?!\w)"),
    "relative_pronoun": ("relative_pronoun", r"^[\s,،]{0,3}(?:ALT)(?!\w)"),
    # (round 41) the same pronouns inside a clause with no comma before them («الأسد الذي يحكم منذ»)
    "relative_pronoun_word": ("relative_pronoun", r"(?<!\w)(?:ALT)(?!\w)"),
    "day_after": ("day_after", r"(?<!\w)(?:ALT)(?!\w)\s*(?:\S+\s+){0,2}?$"),
    # (round 10) "eight years after the army retook Aleppo": a span of time next to the "after" word
    "long_after": ("long_after", r"(?<!\w)(?:ALT)(?!\w)"),
    "prospect": ("prospect", r"(?<!\w)(?:ALT)(?!\w)(?:\s+\S+){0,3}?\s*$"),
    # (round 9) "captured the buffer zone": an object that is no place changing hands, a few words after the verb
    "not_taken_object": ("not_taken_objects", r"[^.,;:!?،؛]{0,60}?(?<!\w)((?:ALT))(?!\w)"),
    # the capture's own object (a few words, no punctuation) between the verb and these words
    "holder_participle": ("holder_participle", r"(?<!\w)(?:ALT)\s*$"),
    # (round 8) "if the rebels take Homs": a condition word, then no clause boundary up to the capture
    "condition": ("condition", r"(?<!\w)(?:ALT)(?!\w)[^.,;:!?،؛]{0,80}$"),
    "prospect_after": ("prospect_after", r"^\s*(?:[^\s.,;:!?،؛]+\s+){0,5}?(?:ALT)(?!\w)"),
    # (round 18) "Fire swept through": the verb's subject, a few words before it with no punctuation
    # between («النيران ... اجتاحت»), or in verb-subject order right after it («اجتاحت النيران»,
    # «arrasó el fuego», "überrollte eine Flutwelle")
    "inanimate_subject": ("inanimate_subject", r"(?<!\w)(?:ALT)(?!\w)((?:\s+[^\s.,;:!?،؛]+){0,4}?)\s*$"),
    "inanimate_subject_after": ("inanimate_subject_after", r"^\s*(?:ALT)(?!\w)"),
    "region_word": ("region_word", r"(?<!\w)(?:ALT)(?!\w)"),
    "region_object": ("region_object", r"\W*(?:(?:ALT)(?!\w))?\W*"),
    # (round 29, ev29cc2) «die Provinz Daraa eingenommen»: a governorate object before its closing verb
    "region_object_before": ("region_object_before", r"(?<!\w)(?:ALT)\s*$"),
    "recent_days": ("recent_days", r"(?<!\w)(?:ALT)(?!\w)"),
    "list_gap_words": ("list_gap_words", r"(?:ALT)"),
    "final_verbs": ("final_verbs", r"(?:ALT)"),
    # (round 30) «die am Donnerstag Hama eroberten, ...»: a finite verb closing a subordinate clause
    "clause_final_verbs": ("clause_final_verbs", r"(?:ALT)"),
    "reference_since": ("reference_since", r"(?<!\w)(?:ALT)\s*$"),
    "since_start": ("since_start", r"(?<!\w)(?:ALT)\s*(?:\S+\s+){0,2}$"),
    # (round 8) "said that its forces had entered": the speaker's own forces end the words before the verb
    "own_forces": ("own_forces", r"(?<!\w)(?:ALT)(?!\w)(?:\s+\S+){0,2}?\s*$"),
    # (round 9) "the fall of the regime", «سقوط نظام الأسد»: the side right after is what fell
    "fallen": ("fallen", r"(?<!\w)(?:ALT)(?!\w)(?:\s+\S+)?\s*$"),
    # (round 8) "as soldiers fled": the opener and the words of its subject (group 1) right before a verb
    "clause_openers": ("clause_openers", r"(?<!\w)(?:ALT)(?!\w)((?:\s+[^\s.,;:!?،؛]+){0,2})\s*$"),
}


def _extractor_words(doc: dict) -> dict[str, Any]:
    """The entries the extractor's own functions read (see the module docstring), compiled.

    Why apart: each is a construction with its own shape around the table's words (the comma
    before a coordinator, the free words after a relative pronoun), stated here once.
    """
    coordinators, sequence = _alternatives(doc, "coordinators"), _alternatives(doc, "sequence_words")
    joiner = rf"(?:(?<!\w)(?:{coordinators})|[,،])" if coordinators else "[,،]"  # a comma joins in every language
    then = rf"(?:(?:{sequence}) )?" if sequence else ""
    generic = doc.get("generic_place_words") or ()
    return {
        "war_words": _optional(doc, "war_words", r"(?<!\w)(?:ALT)(?!\w)"),
        # a sequence word joins on its own too ("on Thursday then took", «الخميس ثم سيطرت»)
        "coordinated": _c(rf"{joiner}\s*{then}$|^\s*$" + (rf"|(?<!\w)(?:{sequence})\s*$" if sequence else "")),
        "coordinator_prefix": _optional(doc, "coordinator_prefix", r"^(?:ALT)"),
        # (round 8) «وزور الحيصة و»: names the geoparser did not find, each opened by a coordinator
        "list_joiner": _optional(doc, "coordinators", r"(?<!\w)(?:ALT)"),
        "relative": _optional(doc, "relative_pronouns", r"(?<!\w)(?:ALT)\s+(?:\S+\s+){0,2}$"),
        "locating_gap": _optional(doc, "locating_gap", r"^\W*(?:ALT)$"),
        "whole_region": _optional(doc, "whole_region", r"(?<!\w)(?:ALT)[^.;:!?()]{0,30}$"),
        "generic_place_words": frozenset(str(w).strip().casefold() for w in
                                         ([generic] if isinstance(generic, str) else generic)),
        "participle_opener": _optional(doc, "participle_opener", r"(?:ALT)\s+$"),
        "participle_ending": str(doc.get("participle_ending") or ""),
        "speaker_titles": tuple(str(w) for w in doc.get("speaker_titles") or ()),
        "speaker_stop_words": frozenset(str(w) for w in doc.get("speaker_stop_words") or ()),
        "definite_article": str(doc.get("definite_article") or ""),
        "unknown_name": _unknown_name(doc),
        "sentence_articles": _strings(doc, "sentence_articles"),
        "co_speaker_joiners": _strings(doc, "co_speaker_joiners"),
        "co_speaker_articles": _strings(doc, "co_speaker_articles"),
        "attribution": _strings(doc, "attribution"),
        "name_proclitics": str(doc.get("name_proclitics") or ""),
    }


def _strings(doc: dict, key: str) -> tuple[str, ...]:
    value = doc.get(key) or ()
    return tuple(str(x) for x in ([value] if isinstance(value, str) else value))


def _unknown_name(doc: dict) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A person's name right before a statement verb and one after it (group 1), case-sensitive
    (capitals make the name), or None for a language whose table has no ``speaker_name_word``."""
    word = str(doc.get("speaker_name_word") or "")
    if not word:
        return None
    particles = _alternatives(doc, "speaker_name_particles")
    name = rf"{word}(?: (?:{particles})?{word}){{1,3}}" if particles else rf"{word}(?: {word}){{1,3}}"
    after = str(doc.get("speaker_name_after") or r"\s*")
    return re.compile(rf"({name}),?\s*$"), re.compile(rf"^{after}({name})")


@cache
def load_rules(directory: Path = RULES_DIR) -> dict[str, LanguageRules]:
    """Every language's table, by language code."""
    out = {}
    for path in sorted(directory.glob("*.yaml")):
        rules = (parse_rules(_shipped_table(path.name), str(path)) if directory == RULES_DIR
                 else read_table(path))
        out[rules.language] = rules
    return out


def read_table(path: Path) -> LanguageRules:
    """One language's table file, compiled (a table of a new language may live anywhere)."""
    return parse_rules(load_yaml(path.read_text(encoding="utf-8")), str(path))


@cache
def _shipped_table(name: str) -> Any:
    """A table file of ``timeline/rules`` as YAML gives it, parsed once per process: :data:`RULES`
    compiles it and :func:`table_rows` reads its other keys (parsing each file twice cost a build
    about 0.03 s of CPU before its workers start). Neither changes it (``parse_rules`` makes new
    values)."""
    return load_yaml((RULES_DIR / name).read_text(encoding="utf-8"))


@cache
def _table_doc(lang: str) -> dict:
    path = RULES_DIR / f"{lang}.yaml"
    return (_shipped_table(path.name) or {}) if path.exists() else {}


def table_language(lang: str | None) -> str:
    """``lang`` when it has a table under ``timeline/rules``, else ``"en"``: the table a module's own
    key is read from for a language the tables do not cover (as :data:`RULES` falls back)."""
    return lang if lang and (RULES_DIR / f"{lang}.yaml").exists() else "en"


@cache
def table_pattern(lang: str | None, key: str) -> re.Pattern[str] | None:
    """A key of a language's table as one case-insensitive pattern, compiled once; the English
    table's for a language without one (:func:`table_language`). Cached like the table it reads: it
    is asked per trigger.

    Why here, beside :func:`table_rows`: it lived in ``timeline.control_roles``, which the speaker
    modules cannot import (it imports them), so round 50 wrote a second copy in
    ``timeline.speakers``; one reader for every module now (``control_roles`` re-exports it)."""
    rows = table_rows(table_language(lang), key)
    return re.compile(rf"(?:{'|'.join(rows)})", re.IGNORECASE) if rows else None


@cache
def bounded_table_pattern(lang: str | None, key: str, end: str = r"(?!\w)") -> re.Pattern[str] | None:
    """A key of a language's own table (no English fallback) as one case-insensitive pattern that
    starts at a word's start and ends with ``end`` (a word's end by default; ``\\s*$`` for words
    that must close the text searched). Why: the speaker modules each compiled their keys this way
    (``body_pronouns``, ``office_posting``); one builder keeps the bounds alike."""
    rows = table_rows(lang, key)
    if not rows:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{r})" for r in rows) + ")" + end, re.IGNORECASE)


def table_rows(lang: str | None, key: str) -> tuple[str, ...]:
    """The rows of a key of a language's table that :class:`LanguageRules` does not compile (the
    keys one module reads for its own check: captions, venues, flight pronouns, sides fought ...),
    as strings; nothing for a language without a table. Each table file is read once.

    Why one reader: five modules read such keys; each had its own copy of opening and parsing the
    file, with its own idea of a missing language.
    """
    if not lang:
        return ()
    rows = _table_doc(lang).get(key) or []
    rows = [rows] if isinstance(rows, str) else rows
    if not isinstance(rows, list) or not all(isinstance(r, (str, int, float)) for r in rows):
        raise RulesError(f"{RULES_DIR / f'{lang}.yaml'}: {key!r} must be a word or pattern, or a list of them")
    return tuple(str(r) for r in rows)


def whole_words(rows: Sequence[str]) -> re.Pattern[str] | None:
    """Table rows as one case-blind pattern of whole words (no word character right before or after
    a match), None for no rows.

    Why one helper: a dozen keys read by their own modules (office titles, reporting verbs, venue
    stops, air attackers ...) were each compiled with their own copy of this line.
    """
    if not rows:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{r})" for r in rows) + r")(?!\w)", re.IGNORECASE)


RULES = load_rules()
#: Languages with event rules (the others are read with the English table).
LANGUAGES: tuple[str, ...] = tuple(RULES)
TRIGGERS: dict[str, tuple[Trigger, ...]] = {lang: r.triggers for lang, r in RULES.items()}
STANCE_CUES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {lang: r.stance for lang, r in RULES.items()}
#: "11 civilians killed", « 11 civils tués », «مقتل 11 مدنياً»: the figure is group 1.
CASUALTY_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {lang: r.casualties for lang, r in RULES.items()}


def _alternation(parts: list[str]) -> str:
    return "|".join(p for p in parts if p)


#: A date introduced by one of these is a reference point ("since 2011"), not the event's date.
#: (Round 40, cc40) The words between are the date's own sentence's: none ends on a full stop or a
#: question or exclamation mark ("fighting has intensified since November 27. On November 29, the
#: rebels captured Aleppo": the capture's day is no "since" day; read as one, it dated nothing and
#: the capture was lost, in every language's text).
SINCE_WORDS = _c(rf"(?:{_alternation([r.since for r in RULES.values()])})\s*(?:\S*[^\s.!?؟]\s+){{0,2}}$")

#: (round 29, ev29stm) A clause opened by a "since" word, however long the phrase before its date
#: ("Since the fall of Assad on Sunday", « Depuis la chute d'Assad dimanche », «Desde la caída del
#: régimen este domingo», «Seit dem Sturz Assads am Sonntag», «ومنذ سقوط الأسد الأحد»): matched on the
#: clause's words before the date (``timeline.extract.since_clause_date``).
SINCE_OPENED = _c(rf"^[\W\d_]*(?:و)?(?:{_alternation([r.since for r in RULES.values()])})(?!\w)")

#: Outlets or notes that declare an article a republication or a translation of another.
COPY_MARKERS = _c(_alternation([m for r in RULES.values() for m in r.copy_markers]))

#: Spans too vague to date an event ("over the past few days", « ces dernières années »).
VAGUE_DATES = _c(_alternation([v for r in RULES.values() for v in r.vague_dates]))

#: The word after an ordinal day's dot («5. Dezember»), from every table: such a dot ends no
#: sentence (None when no table has any).
_ORDINAL_WORDS = [w for r in RULES.values() for w in r.ordinal_day_followers]
ORDINAL_DAY_FOLLOWERS = _c(rf"(?:{_alternation(_ORDINAL_WORDS)})(?!\w)") if _ORDINAL_WORDS else None

#: A title written short with a dot before a name ("Dr.", « M. », «د.»), from every table's
#: ``title_abbreviations``: that dot ends no sentence (None when no table has any). Round 21, stm21:
#: «محادثة هاتفية بين د. بدر عبد العاطي ...» was cut after «د.», and the call lost its two parties.
_TITLE_WORDS = [w for lang in RULES for w in table_rows(lang, "title_abbreviations")]
TITLE_DOT = _c(rf"(?<![\w.])(?:{_alternation(_TITLE_WORDS)})\.$") if _TITLE_WORDS else None

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")  # harakat, shadda, sukun, tatweel


def strip_diacritics(text: str) -> tuple[str, list[int]]:
    """Text without Arabic harakat and tatweel, and for each kept character its index in ``text``
    (so that a span found in the stripped text maps back to the original: the wire copy writes
    «شنّته» and «توجّه» with a shadda that the patterns do not spell)."""
    if not _AR_DIACRITICS.search(text):  # most sentences: nothing to strip, one scan
        return text, list(range(len(text)))
    kept = [(i, ch) for i, ch in enumerate(text) if not _AR_DIACRITICS.match(ch)]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def rules_for(lang: str | None) -> LanguageRules:
    return RULES.get(lang or "", RULES["en"])


def triggers_for(lang: str | None) -> tuple[Trigger, ...]:
    return rules_for(lang).triggers  # read at call time, so that a table added to RULES counts


def stance_cues_for(lang: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return rules_for(lang).stance
