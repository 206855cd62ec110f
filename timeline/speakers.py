"""Who speaks through a statement verb: word-order rules, co-speaker lists, unknown speakers.

See :mod:`timeline.extract` for the rules in words. Pure functions over actor mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from timeline.actors import SPEAKER_TYPES, ActorMention, ActorRegistry
from timeline.lexicon import (
    RULES,
    RULES_DIR,
    LanguageRules,
    bounded_table_pattern,
    rules_for,
    table_pattern,
    table_rows,
    whole_words,
)
from timeline.sentences import Sentence, TriggerHit, quote_spans

_INVERTED = re.compile(r"[,»”\"']\s*$")
_CLOSING_QUOTE = re.compile(r"[»”“\"']")  # “ closes a German quotation („...“)
#: What opens a quotation or a colon's words after a statement verb ('said: "...', 'said, "...',
#: «قال: "...», « a déclaré : « ... »»): what follows is what is said. Not a quotation mark alone:
#: «قالت "هيئة تحرير الشام"» quotes the speaker's own name; not a clock's colon ("10:30").
_QUOTE_OPEN = re.compile(r"(?<!\d):(?!\d)|[,،]\s*[“«„\"]")
#: How far before a statement verb (characters) the attribution words that open its clause may start.
ATTRIBUTION_REACH = 30


@cache
def attribution_pattern() -> re.Pattern[str] | None:
    """The words that open an attribution clause right before its verb («وفق ما أعلنت الخارجية»,
    « comme l'a annoncé le ministère », "as announced by the ministry"), from the ``attribution``
    rows of every rule table (timeline/rules/*.yaml)."""
    rows = [row for rules in RULES.values() for row in rules.attribution]
    if not rows:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{r})" for r in rows) + r")\s*$", re.IGNORECASE)


@cache
def after_talks_pattern() -> re.Pattern[str] | None:
    """(Round 10) The words that place a statement after a meeting ended ("after the talks", « à
    l'issue de la rencontre », «بعيد اللقاء», "at a press conference"), from the ``after_talks``
    rows of every rule table, read here from the files (the compiled tables of
    :mod:`timeline.lexicon` do not load this key).

    Why every language's rows in one pattern: the rows are distinct words of each language, and
    :func:`timeline.extract.fold_readouts`, which asks, works on an article's events with no language.
    """
    rows = [row for path in sorted(RULES_DIR.glob("*.yaml")) for row in table_rows(path.stem, "after_talks")]
    return whole_words(rows)


@cache
def venue_patterns(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """(Round 10) A language's ``venue`` words (the preposition that puts a meeting in a city: "in",
    « à », «في», "en", "in"), as a pattern that ends right before the city, and its ``venue_stop``
    words (a purpose or a topic: "to discuss", « pour », «لبحث», "para", "um"), read from that
    language's rule table (the compiled tables of :mod:`timeline.lexicon` do not load these keys).

    Why a table per language: the preposition is each language's own word; a city after a topic
    word ("to discuss the fighting in Aleppo") is what the meeting was about, not where it was held.
    """
    venue, stop = table_rows(lang, "venue"), table_rows(lang, "venue_stop")
    if not venue:
        return None
    before = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{r})" for r in venue) + r")\s+$", re.IGNORECASE)
    after = whole_words(stop)
    return before, after


@cache
def fronted_verbs(lang: str | None) -> re.Pattern[str] | None:
    """(Round 13) A language's ``fronted_report_verbs``: verbs of saying that may follow the words
    they report ("..., said a researcher", « ... », a jugé un chercheur », "..., sagte ein Diplomat",
    «"..."، قال دبلوماسي»), searched in a statement verb's surface; read from its rule table."""
    rows = table_rows(lang, "fronted_report_verbs")
    return whole_words(rows)


@cache
def _fronted_openers(lang: str | None) -> re.Pattern[str] | None:
    """A language's ``fronted_openers`` (a verb-second language's prepositions and adverbs that
    open a phrase before the finite verb), as a pattern anchored at a sentence's first word."""
    rows = table_rows(lang, "fronted_openers")
    if not rows:
        return None
    return re.compile(r"\s*(?:" + "|".join(f"(?:{r})" for r in rows) + r")(?!\w)", re.IGNORECASE)


#: How many words the phrase put before a verb-second language's finite verb may hold
#: (:func:`verb_second`): "Nach Angaben der Regierung in Ankara" (6), "Nach dem Sturz des
#: Assad-Regimes" (5); more is a sentence whose verb stands later, after its subject.
FRONTED_PHRASE_WORDS = 10
#: What a phrase put before the finite verb never holds: a comma (a clause of its own: "Als die
#: Rebellen Damaskus einnahmen, erklärte Putin", which :data:`_INVERTED` reads), a quotation or a
#: colon.
_FRONTED_PHRASE_STOP = re.compile(r"[,;:«»“”„\"()]")


def verb_second(trigger: TriggerHit, text: str, lang: str | None) -> bool:
    """(Round 19, lang19) Whether a statement verb is the finite verb of a verb-second sentence
    that opens with a phrase other than its subject: the sentence's first word is one of its
    table's ``fronted_openers`` ("Nach Angaben der Regierung in Ankara sagte Erdogan", «Am Sonntag
    erklärte das Außenministerium», «Nach dem Sturz des Assad-Regimes hat das Schweizer
    Aussenministerium ... aufgerufen»), up to :data:`FRONTED_PHRASE_WORDS` words with no comma stand
    before the verb, and the verb is written small (a German noun is capitalised).

    Why: in such a sentence the subject follows the finite verb; the name nearest before it
    belongs to the phrase put first, and the fallen government of «nach dem Sturz des
    Assad-Regimes» was made the speaker of the Swiss foreign ministry's call
    (:func:`choose_speaker` uses it only when the subject stands inside the verb phrase).
    """
    opener = _fronted_openers(lang)
    if opener is None or trigger.kind != "statement" or not trigger.surface[:1].islower():
        return False
    head = text[_sentence_start(text, trigger.start):trigger.start]
    return (opener.match(head) is not None and not _FRONTED_PHRASE_STOP.search(head)
            and len(re.findall(r"\w+", head)) <= FRONTED_PHRASE_WORDS)


#: The punctuation that ends words said before their verb: a comma (Latin or Arabic) or a closing
#: quotation mark.
_FRONTED_END = re.compile(r"[,،”\"»“]")
#: How far before a statement verb (characters) the end of the words said before it is looked for.
FRONTED_REACH = 80
_SENTENCE_STOP = re.compile(r"[.!?;\n]")
#: How far back (characters) :func:`_sentence_start` looks for the stop before a position.
SENTENCE_REACH = 400


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last :data:`_SENTENCE_STOP` in the
    :data:`SENTENCE_REACH` characters before it, else that reach's start."""
    lo = max(0, at - SENTENCE_REACH)
    stops = list(_SENTENCE_STOP.finditer(text, lo, at))
    return stops[-1].end() if stops else lo
#: How many words may follow a verb of saying after the words it reports (its subject, a date, a
#: place: "said a researcher at a Beirut centre on Thursday"); more is a clause of its own.
FRONTED_TAIL_WORDS = 10


def fronted_words_end(trigger: TriggerHit, text: str, lang: str | None,
                      actors: Iterable[ActorMention] = ()) -> int | None:
    """Where the words said before a verb of saying end, when they stand before it: the last comma
    or closing quotation mark before the verb, in its sentence, when the verb reports no clause of
    its own after it ("The crisis has left Moscow with few options, a former diplomat said.",
    '"... shaken Tehran," said a researcher', «"... موسكو ..."، قال دبلوماسي سابق»); None otherwise.

    Why: an actor named inside those words is what is said, never who says it; when the speaker
    after the punctuation is no actor (an analyst, a diplomat, a researcher), the first actor of
    the words said (Moscow, Tehran, Damascus) was made the speaker of a statement it never made.
    Not when nothing but a word follows a verb right after the comma ("..., the Kremlin spokesman,
    Dmitry Peskov, said."): the comma there closes the subject's apposition; nor when more than
    :data:`FRONTED_TAIL_WORDS` follow it (a clause the table's marker missed: « a déclaré jeudi
    qu'Ankara voulait ... »).
    """
    verbs = fronted_verbs(lang)
    if trigger.kind != "statement" or verbs is None or not verbs.search(trigger.surface):
        return None
    stop = _SENTENCE_STOP.search(text, trigger.end)
    end = stop.start() if stop else len(text)
    if reported_clause_start(trigger, text, lang) < end:
        return None
    lo = max(0, trigger.start - FRONTED_REACH)
    marks = list(_FRONTED_END.finditer(text, lo, trigger.start))
    if not marks:
        return None
    mark = marks[-1]
    if _SENTENCE_STOP.search(text, mark.end(), trigger.start):
        return None
    between, after = text[mark.end():trigger.start], len(re.findall(r"\w+", text[trigger.end:end]))
    # (round 35, esde35) «..., teilte ein Sprecher der HTS mit»: a verb that spans its subject
    # closes no apposition (a monitor's words are left as they were read: no statement)
    spans_subject = any(trigger.start < a.start and a.end <= trigger.end and a.type != "monitor" for a in actors)
    # (round 50, s50) not after a closing quotation mark whose quote opens the sentence («“...”,
    # aseveró.», '"...," he wrote'): the words quoted end there, no apposition of a subject; with
    # the subject unsaid (Spanish, Arabic), an actor of the quoted words was made the speaker
    # (Russia "supporting the opposition" in Trump's words, es-0d48f3b34d)
    opening = text[_sentence_start(text, mark.start()):mark.start()].lstrip()[:1]
    quoted = (opening in ("“", '"', "«", "„")
              and text[max(0, mark.start() - 2):mark.end()].rstrip(",، ")[-1:] in ("”", '"', "»", "“"))
    apposition = (not rules_for(lang).verb_subject and not re.search(r"\w", between) and after <= 1
                  and not spans_subject and not quoted)
    if after > FRONTED_TAIL_WORDS or apposition:
        return None
    if not re.search(r"\w", between) and (_aside_after_subject(mark.start(), text, actors)
                                           or long_aside_subject(trigger, text, actors, lang) is not None
                                           or name_apposition(mark.start(), text, lang)):
        return None
    inner = inner_name_apposition(trigger, text, lang, actors)
    if inner is not None:
        return inner[0]
    return mark.end()


def inner_name_apposition(trigger: TriggerHit, text: str, lang: str | None,
                          actors: Iterable[ActorMention] = ()) -> tuple[int, ActorMention | None] | None:
    """(Round 41, stmt41) Where the words said end, and the person named, when a statement verb
    right after a comma follows a person's name and its apposition, both set off by commas after
    the words said ("Moscow gave Assad asylum, Mikhail Ulyanov, Russia's ambassador in Vienna, said
    on Telegram", « ..., Vassily Nebenzia, ambassadeur de la Russie à l'ONU, a déclaré »): the
    apposition opens with one of its table's ``name_apposition_roles`` within its first words, the
    stretch before it is a name of a few capitalised words, and a comma or a closing quotation mark
    stands before the name; the end of that mark and the official named there, if the registry
    knows him.

    Why: the comma before the verb was read as the end of the words said, the person named before
    the apposition with them; the statement lost its speaker (no statement at all), or, the verb
    followed by nothing, went to an actor of the words said (Assad, of whom they spoke).
    """
    if trigger.kind != "statement" or rules_for(lang).verb_subject:
        return None
    roles = _apposition_roles(lang)
    comma = text.rfind(",", max(0, trigger.start - 4), trigger.start)
    if roles is None or comma < 0 or re.search(r"\w", text[comma + 1:trigger.start]):
        return None
    start = _sentence_start(text, comma)
    prev = text.rfind(",", start, comma)
    if prev < 0:
        return None
    aside = text[prev + 1:comma]
    if _LONG_ASIDE_STOP.search(aside) or len(re.findall(r"\w+", aside)) > LONG_ASIDE_WORDS:
        return None
    if roles.search(" ".join(aside.split()[:ROLE_LEAD_WORDS + 1])) is None:
        return None
    marks = list(_FRONTED_END.finditer(text, start, prev))
    if not marks:  # the name opens the sentence: :func:`name_apposition`
        return None
    lo = marks[-1].end()
    words = text[lo:prev].split()
    if not 2 <= len(words) <= NAME_WORDS or not all(_NAME_WORD.match(w) for w in words):
        return None
    person = next((a for a in actors if a.type == "official" and lo <= a.start and a.end <= prev), None)
    return lo, person


#: How many words a person's name opening its sentence may hold ("Karim Haddad", "Abu Mohammed
#: al-Jolani") for :func:`name_apposition`.
NAME_WORDS = 5
#: How many words may stand before the role noun of an apposition to a name (an article and an
#: adjective or two: "a senior commander", «ein hochrangiger Sprecher»).
ROLE_LEAD_WORDS = 3
#: One word of a person's name: capitalised, or a particle that joins its parts (al-, bin, von).
_NAME_WORD = re.compile(r"(?:[A-ZÄÖÜÁÉÍÓÚÈ][\w'’.-]*|(?:al|el|ad|as|ash)-[\w'’-]+|bin|ibn|abu|von|van|de|del|da)$")


@cache
def _apposition_roles(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``name_apposition_roles`` as whole words, compiled once per language (read for
    every statement verb after a comma by :func:`name_apposition` and
    :func:`_after_inverted_subject`)."""
    return whole_words(table_rows(lang, "name_apposition_roles"))


def name_apposition(mark: int, text: str, lang: str | None) -> bool:
    """(Round 36, spk36) Whether the comma ``mark`` right before a statement verb closes an
    apposition that gives a role to the person the sentence opens with: the sentence's first
    stretch up to a comma is a name of a few capitalised words (no sentence article first), and
    the stretch from there to ``mark`` holds one of its table's ``name_apposition_roles`` (a
    spokesman, a commander, a minister) within its first words, and no other clause's punctuation
    («Karim Haddad, Sprecher der Rebellen, sagte am Mittwoch, die Lage sei ruhig», "Karim Haddad,
    a commander of the rebel factions, said the army had fled").

    Why: with no actor in the name the registry lacks, nothing told the comma before the verb
    from the comma that closes words said before it («Die Lage sei ruhig, sagte ...»); in German,
    whose reported clause needs no marker, the body the person speaks for was read as part of the
    words said, and the statement had no speaker at all.
    """
    roles = _apposition_roles(lang)
    if roles is None:
        return False
    start = _sentence_start(text, mark)
    first = _SEGMENT_END.search(text, start, mark)
    if first is None:
        return False
    words = text[start:first.start()].split()
    if not 1 <= len(words) <= NAME_WORDS or not all(_NAME_WORD.match(w) for w in words):
        return False
    if _ARTICLE is not None and _ARTICLE.match(text[start:first.start()].strip()):
        return False
    aside = text[first.end():mark]
    if _LONG_ASIDE_STOP.search(aside) or len(re.findall(r"\w+", aside)) > LONG_ASIDE_WORDS:
        return False
    lead = " ".join(aside.split()[:ROLE_LEAD_WORDS + 1])
    return roles.search(lead) is not None


def aside_before(trigger: TriggerHit, text: str, actors: Iterable[ActorMention]) -> bool:
    """(Round 13) Whether the comma right before a statement verb closes an aside after its subject
    named first ("Sergey Lavrov, Russia's top diplomat, said on Thursday Moscow would ...": Lavrov
    speaks, not Moscow after the verb as in an inverted order), :func:`_aside_after_subject`."""
    comma = text.rfind(",", max(0, trigger.start - 4), trigger.start)
    return comma >= 0 and _aside_after_subject(comma, text, actors)


#: How many words besides an actor's name the first comma-delimited stretch of a sentence may hold
#: and still be that actor named as the subject ("The Kremlin", "Russian Foreign Minister Lavrov").
ASIDE_SUBJECT_WORDS = 3
#: How many words an aside between the subject's comma and the verb's may hold ("meanwhile", "for
#: its part", "Russia's top diplomat", « de son côté »); more is a clause of the words said.
ASIDE_WORDS = 6
_SEGMENT_END = re.compile(r"[,،]")


def _aside_after_subject(mark: int, text: str, actors: Iterable[ActorMention]) -> bool:
    """Whether the comma right before a verb closes an aside after the sentence's subject ("Iran,
    meanwhile, said on Thursday it was ready", "Russia, for its part, said in a statement ...",
    « La Turquie, de son côté, a estimé »): the sentence's first stretch up to a comma is an actor
    named alone, and the words after it, up to the verb, are the aside.

    Why: a verb right after a comma is also the inverted verb of words said before it ("...,
    said a researcher"); with the subject named first and an aside after it, nothing was said
    before the verb, and the subject would have lost its statement to an actor of its clause.
    """
    start = _sentence_start(text, mark)
    first = _SEGMENT_END.search(text, start, mark)
    if first is None:  # the comma before the verb is the sentence's first: no aside, words said
        return False
    if len(re.findall(r"\w+", text[first.end():mark])) > ASIDE_WORDS:
        # «Assad, chassé le 8 décembre par une offensive ..., affirme un communiqué»: a clause, said
        return False
    for a in actors:
        if start <= a.start and a.end <= first.start():
            rest = text[start:a.start] + " " + text[a.end:first.start()]
            if len(re.findall(r"\w+", rest)) <= ASIDE_SUBJECT_WORDS:
                return True
    return False


#: How many words an apposition opened by one of its table's ``apposition_openers`` may hold
#: (:func:`long_aside_subject`): no more than a clause's worth, up to the comma before the verb.
LONG_ASIDE_WORDS = 30
#: How many words a sentence's first stretch may hold when it ends on the actor
#: (:func:`long_aside_subject`: "The rebel coalition led by Hayat Tahrir al-Sham (HTS)").
LONG_SUBJECT_WORDS = 12
#: What an apposition running to the comma before the verb never holds: another clause's
#: punctuation (a comma: "HTS, which holds Idlib, took Aleppo on Friday, said the monitor").
_LONG_ASIDE_STOP = re.compile(r"[,،;:«»“”„\"()]")
#: How many words (an article and a title) may stand before a person an apposition names for it
#: to be the apposition's head ("the veteran diplomat Sergei Lavrov"): that person speaks.
APPOSITION_TITLE_WORDS = 4
#: How many words after the verb, to the sentence's end, opened by one of its table's
#: ``inverted_subject_openers`` (an article, a capitalised name), make its subject put after it
#: ("..., said the Observatory.", « ..., a indiqué une ONG. »): the words before the comma are said.
INVERTED_TAIL_WORDS = 6


@cache
def _opening_words(lang: str | None, key: str, flags: int = 0) -> re.Pattern[str] | None:
    """A table's words that open a stretch (``apposition_openers``, ``inverted_subject_openers``),
    as a pattern matched at the stretch's start, past its spaces."""
    rows = table_rows(lang, key)
    if not rows:
        return None
    return re.compile(r"\s*(?:" + "|".join(f"(?:{r})" for r in rows) + r")(?!\w)", flags)


def _apposition_openers(lang: str | None) -> re.Pattern[str] | None:
    return _opening_words(lang, "apposition_openers", re.IGNORECASE)


def _inverted_subject_openers(lang: str | None) -> re.Pattern[str] | None:
    return _opening_words(lang, "inverted_subject_openers")


@cache
def _fronted_time(lang: str | None) -> re.Pattern[str] | None:
    """(Round 38, ann38) The table's ``fronted_time_segment``, matched whole on a sentence's first
    stretch up to a comma."""
    rows = table_rows(lang, "fronted_time_segment")
    if not rows:
        return None
    return re.compile(r"\s*(?:" + "|".join(f"(?:{r})" for r in rows) + r")\s*", re.IGNORECASE)


def past_fronted_time(start: int, mark: int, text: str, lang: str | None) -> int:
    """(Round 38, ann38) Where a sentence's subject stretch starts: past its first stretch up to a
    comma before ``mark`` when that stretch is only a time put first (the table's
    ``fronted_time_segment``: "On Sunday,", « Dimanche, », «El domingo,», "Earlier,"), else ``start``.

    Why: «Dimanche, les rebelles, dirigés par HTC, ont affirmé avoir pris Hama», "On Sunday, the
    rebels, led by HTS, claimed ...": the subject named alone and its apposition were looked for in
    the sentence's first stretch, the day; the words before the verb's comma were read as words said
    before it, and the side's claim had no speaker (a name in brackets inside the apposition, "(HTS)",
    still ends it: read as an abbreviation, it added an unmatched statement on half B, round 38)."""
    pattern = _fronted_time(lang)
    first = _SEGMENT_END.search(text, start, mark)
    if pattern is None or first is None or pattern.fullmatch(text, start, first.start()) is None:
        return start
    return first.end()


def long_aside_subject(trigger: TriggerHit, text: str, actors: Iterable[ActorMention],
                       lang: str | None) -> ActorMention | None:
    """(Round 31, ev31stm2) The subject named first when the comma right before a statement verb
    closes an apposition of any length after it: the sentence's first stretch up to a comma is an
    actor named alone (up to :data:`ASIDE_SUBJECT_WORDS` other words) or ends on one ("The rebel
    coalition led by HTS"), the stretch from that comma to the verb's holds no other clause's
    punctuation and opens with a word of its table's ``apposition_openers`` (an article, a
    relative pronoun: "Turkey, a key backer of the rebel factions in the north, said", « La
    Turquie, principal soutien des rebelles dans le nord, a affirmé », «Die Türkei, ein wichtiger
    Unterstützer der Rebellen im Norden, erklärte», «تركيا، التي تدعم الفصائل منذ سنوات، أكدت»), and
    the verb is not followed by its own subject to the sentence's end ("..., said the
    Observatory."). The actor is the first one named alone, else the one the stretch ends on.

    Why: :func:`_aside_after_subject` takes an aside of up to :data:`ASIDE_WORDS` words; a longer
    apposition was read as words said before the verb, and the subject lost its statement (or an
    actor named inside the apposition was given it).
    """
    if trigger.kind != "statement":
        return None
    openers = _apposition_openers(lang)
    if openers is None:
        return None
    comma = max(text.rfind(",", max(0, trigger.start - 4), trigger.start),
                text.rfind("،", max(0, trigger.start - 4), trigger.start))
    if comma < 0 or re.search(r"\w", text[comma + 1:trigger.start]):
        return None
    start = past_fronted_time(_sentence_start(text, comma), comma, text, lang)
    first = _SEGMENT_END.search(text, start, comma)
    if first is None:
        return None
    aside = text[first.end():comma]
    if (_LONG_ASIDE_STOP.search(aside) or openers.match(aside) is None
            or len(re.findall(r"\w+", aside)) > LONG_ASIDE_WORDS):
        return None
    stop = _SENTENCE_STOP.search(text, trigger.end)
    tail = text[trigger.end:stop.start() if stop else len(text)]
    subject_words = _inverted_subject_openers(lang)
    tail_words = len(re.findall(r"\w+", tail))
    if tail_words <= 2 or (tail_words <= INVERTED_TAIL_WORDS and subject_words is not None
                           and subject_words.match(tail) is not None):
        return None
    head = text[start:first.start()]
    if re.search(r"[«»“”\"]", head):
        return None
    for a in actors:
        # "Russia's foreign minister, the veteran diplomat Sergei Lavrov, said": a person the
        # apposition names by a title of a few words speaks; not one named deeper in it ("the main
        # military ally of President Assad")
        if (a.type == "official" and first.end() <= a.start and a.end <= comma
                and len(re.findall(r"\w+", text[first.end():a.start])) <= APPOSITION_TITLE_WORDS):
            return None
    inside = [a for a in actors if start <= a.start and a.end <= first.start()]
    for a in inside:  # named alone ("Putin and Erdogan": the first of a pair, as the verb's subject)
        if len(re.findall(r"\w+", text[start:a.start] + " " + text[a.end:first.start()])) <= ASIDE_SUBJECT_WORDS:
            return a
    for a in inside[-1:]:  # the stretch ends on it ("The rebel coalition led by HTS (Hayat Tahrir al-Sham)")
        ends_on = not re.search(r"\w", re.sub(r"\([^()]*\)", "", text[a.end:first.start()]))
        if ends_on and len(re.findall(r"\w+", text[start:a.start])) <= LONG_SUBJECT_WORDS:
            return a
    return None


def aside_monitor(trigger: TriggerHit, text: str, actors: Iterable[ActorMention]) -> ActorMention | None:
    """(Round 20, oth20) The monitor named first when the comma right before a statement verb closes
    an aside after it ("The Observatory, a Britain-based monitoring group, said ...", «Die
    Beobachtungsstelle, eine in Großbritannien ansässige Gruppe, sagte»), else ``None``.

    Why: the state named inside the aside stood nearer the verb than the monitor and was read as
    the speaker, a statement of the United Kingdom's; the monitor speaks, and its word attributes a
    fact (no statement, as when it is named right before the verb)."""
    monitors = [a for a in actors if a.type == "monitor"]
    if not monitors or not aside_before(trigger, text, monitors):
        return None
    start = _sentence_start(text, trigger.start)
    first = _SEGMENT_END.search(text, start, trigger.start)
    return next((a for a in monitors if first is not None and start <= a.start and a.end <= first.start()), None)


@cache
def _subject_first_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's ``subject_first`` words, as a pattern that ends right before an actor's name."""
    rows = table_rows(lang, "subject_first")
    if not rows:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{r})" for r in rows) + r")\s+$")


#: The words that may stand between a subject put first and its verb (Arabic «قد»): matched whole.
_SUBJECT_FIRST_GAP = re.compile(r"\s*(?:قد\s*)?")


def subject_first(actor: ActorMention, trigger: TriggerHit, text: str, lang: str | None) -> bool:
    """(Round 13) Whether, in a verb-subject language, the actor right before a statement verb is
    its subject put first by the table's ``subject_first`` word before it («وكان المرصد أفاد»,
    «وكانت تركيا قد دعت»: the pluperfect with «كان», whose subject precedes the verb), with
    nothing but «قد» between the actor and the verb.

    Why: in verb-subject order the actor after the verb speaks («أفاد المرصد»), and after «كان»
    that actor is the verb's object («أفاد عن انسحاب القوات الحكومية»): the government was made
    the speaker of the Observatory's report.
    """
    words = _subject_first_words(lang)
    return (words is not None and words.search(text, max(0, actor.start - 12), actor.start) is not None
            and _SUBJECT_FIRST_GAP.fullmatch(text, actor.end, trigger.start) is not None)


def after_talks(sentence: str) -> bool:
    """Whether a statement's sentence says it was made after the meeting was over (its words are
    then no readout of that meeting)."""
    pattern = after_talks_pattern()
    return pattern is not None and pattern.search(sentence) is not None


def in_attribution(trigger: TriggerHit, text: str) -> bool:
    """Whether the statement verb is that of an attribution clause: its speaker follows it."""
    pattern = attribution_pattern()
    before = text[max(0, trigger.start - ATTRIBUTION_REACH):trigger.start]
    return pattern is not None and pattern.search(before) is not None


@cache
def _rows_pattern(lang: str | None, key: str) -> re.Pattern[str] | None:
    """A key of a language's table as one case-blind alternation of its rows, compiled once; None
    for a language without the key (no English fallback, unlike
    :func:`timeline.control_roles.table_pattern`)."""
    rows = table_rows(lang, key)
    return re.compile("|".join(f"(?:{r})" for r in rows), re.IGNORECASE) if rows else None


def _seat_patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The table's ``based_in`` (the words before a seat: "based in", «con sede en», «مقره») and
    ``based_after`` (after it: "-based"), compiled once."""
    return _rows_pattern(lang, "based_in"), _rows_pattern(lang, "based_after")


def seat_of_body(actor: ActorMention, text: str, lang: str | None) -> bool:
    """Whether the actor's words only say where the body speaking is based ("a war monitor based
    in Britain said", «un monitor con sede en Reino Unido afirmó», «مرصد مقره بريطانيا»,
    "the London-based group said"): the place of an office, never a speaker.

    Why (round 23, prec23): a monitor the registry does not know by its wording left the state
    named for its seat as the only speaker, and the monitor's report became a statement of the
    United Kingdom's (a development article; no gold file has a monitor's or its seat's statement).
    """
    before, after = _seat_patterns(lang)
    return ((before is not None and before.search(text[max(0, actor.start - 30):actor.start]) is not None)
            or (after is not None and after.match(text, actor.end) is not None))


def choose_speaker(trigger: TriggerHit, actors: list[ActorMention], registry: ActorRegistry, text: str,
                   types: frozenset[str] = SPEAKER_TYPES, lang: str | None = None,
                   keep_reported: bool = False) -> ActorMention | None:
    """The actor who speaks through ``trigger`` (rules in the module docstring); ``keep_reported``:
    the actors of its reported clause may speak too (a stand-in that a caller replaces)."""
    speakers = [a for a in actors if a.type in types]
    # (round 16, spk16) "the factions backed by Turkey said": the backer qualifies the subject
    held = backers(speakers, text, lang)
    speakers = [a for a in speakers if a not in held and not seat_of_body(a, text, lang)]
    if trigger.kind == "statement":
        speakers = member_sources(possessed_bodies(speakers, text, lang, registry), text, lang)
    if trigger.kind == "statement" and not keep_reported and not in_attribution(trigger, text):
        # "the daily said that the government was ready", «قالت الصحيفة إن الحكومة»: the actors of
        # the reported clause are what is said, never who says it
        clause = min(reported_clause_start(trigger, text, lang), _after_inverted_subject(trigger, speakers, text, lang))
        speakers = [a for a in speakers if a.start < clause]
        # (round 13) '"... shaken Tehran," said a researcher': the words said before the verb name
        # what is said; only an actor after their end may speak
        fronted = fronted_words_end(trigger, text, lang, speakers)
        if fronted is not None:
            speakers = [a for a in speakers if a.start >= fronted]
    last_resort: list[ActorMention] = []
    monitor = aside_monitor(trigger, text, actors) if trigger.kind == "statement" else None
    if monitor is not None:
        return monitor if "monitor" in types else None
    if trigger.kind == "statement" and rules_for(lang).verb_subject:
        # «كما دعت القطع العسكرية التابعة لنظام الأسد إلى الانشقاق»: the subject left unsaid, the
        # name glued to a preposition is the object, not who calls
        speakers = [a for a in speakers if not glued_object(a, text, lang)]
        # (round 36, spk36b) «وأعلنت عن فتح الطرق بعد خروج قوات النظام», «أعلنت دخولها إلى
        # المطار»: a side after a preposition that follows the verb is its object, never who speaks
        # (the last resort all the same when no other speaker is named: a subject left unsaid)
        kept = [a for a in speakers if not object_after_verb(trigger, a, text, lang)]
        last_resort, speakers = (speakers if not kept else []), kept
    after = [a for a in speakers if 0 <= a.start - trigger.end <= 30]
    before = subject_candidates([a for a in speakers if 0 <= trigger.start - a.end <= 40], speakers, text, lang)
    persons_after = [a for a in speakers if a.type == "official" and 0 <= a.start - trigger.end <= 90]
    head_before = [head_of_conjunction(before[-1], speakers, text)] if before else []
    # («Hakan Fidan, a déclaré»); a name right before a closing quotation mark is the quote's own
    # ('"... the regime's forces", said the Observatory's head')
    adjacent = [a for a in head_before if trigger.start - before[-1].end <= 3
                and not _CLOSING_QUOTE.search(text, before[-1].end, trigger.start)]
    if in_attribution(trigger, text):
        # «... وفق ما أعلنت الخارجية», « comme l'a annoncé le ministère »: the speaker follows the
        # verb; the actor before it belongs to the reported clause, and failing one after the verb,
        # the sentence's first speaker outside that clause speaks
        outside = [a for a in speakers if a not in before]
        order = (after, persons_after, outside[:1], last_resort[:1])
        chosen = next((group[0] for group in order if group), None)
        return None if chosen is None else _voice_of(chosen, speakers, registry)
    participle = rules_for(lang).report_participle
    if participle is not None and participle.match(trigger.surface.strip()):
        # "Blinken set out Washington's hopes for Syria, saying ...", «con Irán diciendo»: the
        # participle's subject is the clause's: one right before it, else the sentence's first
        # speaker (a person before an institution)
        earlier = [a for a in speakers if a.end <= trigger.start]
        # (round 51, s51) not an actor inside the quoted words of its sentence ('"Half of Aleppo is
        # held by HTS," said the head of the Observatory, adding that ...'): what is said, never
        # the participle's subject
        lo = _sentence_start(text, trigger.start)
        quotes = [(lo + m.start(), lo + m.end()) for m in _QUOTED.finditer(text[lo:trigger.start])]
        earlier = [a for a in earlier if not any(q0 <= a.start and a.end <= q1 for q0, q1 in quotes)]
        subject = [a for a in earlier[-1:] if not text[a.end:trigger.start].strip()]  # no comma between
        order = (subject, [a for a in earlier if a.type == "official"][:1], earlier[:1])
        chosen = next((group[0] for group in order if group), None)
        if chosen is not None:
            return _voice_of(chosen, speakers, registry)
    if rules_for(lang).verb_subject and before and subject_first(before[-1], trigger, text, lang):
        # (round 13) «وكان المرصد أفاد عن انسحاب القوات الحكومية»: after «كان» the subject precedes
        # its verb, and the actor after the verb is its object
        order = (head_before, after, persons_after)
    elif rules_for(lang).verb_subject:  # verb-subject order: «أكد الكرملين», «توجّه وزير الخارجية ... عراقجي»
        order = (after, head_before, persons_after)
    elif verb_second(trigger, text, lang) and any(trigger.start <= a.start and a.end <= trigger.end
                                                   for a in speakers):
        # (round 19) «Nach dem Sturz des Assad-Regimes hat das Schweizer Aussenministerium alle
        # Parteien aufgerufen»: the subject follows the finite verb, inside the verb phrase the
        # trigger spans; the phrase put first names no speaker. Only there: with the subject after
        # a bare verb («Nach Angaben aus Ankara sagte Erdogan») the actor after it was preferred
        # too in round 19, and half b of the development third lost a matched statement (see the
        # known_failure rows of tests/timeline/challenge_events.yaml)
        order = ([a for a in speakers if trigger.start <= a.start and a.end <= trigger.end], head_before,
                 persons_after, after)
    elif (long_aside := long_aside_subject(trigger, text, speakers, lang)) is not None:
        # (round 31) "Turkey, a key backer of the rebel factions in the north, said", "Russia, the
        # main ally of President Assad, said": the subject named before a long apposition speaks,
        # not an actor inside it (nor the one right before the verb)
        order = ([long_aside],)
    elif (named := inner_name_apposition(trigger, text, lang, speakers)) is not None and named[1] is not None:
        # (round 41, stmt41) "..., Vassily Nebenzia, Russia's ambassador to the UN, said": the
        # person named before his apposition speaks, not an actor inside it or in the words said
        order = ([named[1]],)
    elif adjacent:  # «Hakan Fidan, a déclaré»: the subject right before the verb
        order = (adjacent,)
    elif _INVERTED.search(text[max(0, trigger.start - 4):trigger.start]) and not aside_before(trigger, text, speakers):
        # «..., a déclaré lundi le porte-parole ..., Lin Jian»: the subject follows the verb
        order = (persons_after, after, head_before)
    else:  # "Lin Jian said", "Araghchi flew to Baghdad": the object after the verb is not the speaker
        objects = prepositional_objects(trigger, speakers, text, lang)
        if objects:
            # "a Kurdish commander announced a truce with the SNA": the counterpart is no speaker
            persons_after = [a for a in persons_after if a not in objects]
            after = [a for a in after if a not in objects]
            speakers = [a for a in speakers if a not in objects]
        order = (head_before, persons_after, after)
    chosen = next((group[0] for group in order if group), speakers[0] if speakers else None)
    if chosen is None and trigger.kind == "statement" and rules_for(lang).verb_subject and last_resort:
        chosen = last_resort[0]
    return None if chosen is None else _voice_of(chosen, speakers, registry)


def _possessor_patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(Round 34, stm34b) The table's ``possessor_head`` (searched on the words right before a
    person, anchored at their end) and ``possessor_tail`` (matched right after the person)."""
    return _rows_pattern(lang, "possessor_head"), _rows_pattern(lang, "possessor_tail")


#: How far before a person (characters) the noun of the body it possesses is read.
POSSESSOR_REACH = 70


def possessed_bodies(speakers: list[ActorMention], text: str, lang: str | None,
                     registry: ActorRegistry) -> list[ActorMention]:
    """(Round 34, stm34b) The speakers with every person named as the possessor of a body of armed
    men or of a government replaced by that body: "the army of President Bashar al-Assad said",
    « les troupes du président syrien Bachar al-Assad ont affirmé », «las tropas de Bashar al Asad
    aseguraron», «Die Armee von Syriens Präsident Baschar al-Assad teilte mit», «وأعلنت قوات الرئيس
    السوري بشار الأسد», "Assad's army said". When the body's noun is itself a known actor ("the
    Syrian army of President ...", «Die Armee von ...»), the person is dropped and that actor
    speaks; else the person's state's government speaks (the registry's government body of his
    country that is no ministry, else his state).

    Why: the person nearest the verb, or the official who speaks for the body named first
    (:func:`_voice_of`), was made the speaker, a statement of the ruler beside or instead of his
    army's (the corpus's rulings keep the head of state's words apart from the army's).
    """
    head, tail = _possessor_patterns(lang)
    if head is None and tail is None:
        return speakers
    out: list[ActorMention] = []
    for a in speakers:
        if a.type != "official":
            out.append(a)
            continue
        lo = max(0, a.start - POSSESSOR_REACH)
        before = head.search(text[lo:a.start]) if head is not None else None
        after = tail.match(text[a.end:a.end + 40]) if tail is not None else None
        if before is None and after is None:
            out.append(a)
            continue
        if before is not None:
            at = lo + before.start()
            if any(b is not a and b.type != "official" and b.start <= at + 2 and b.end >= at - 1
                   and b.end <= a.start for b in speakers):
                continue  # "the Syrian army of President ...": the army, a known actor, speaks
        body = _government_of(a.country, registry)
        if body is None:
            out.append(a)
            continue
        end = a.end + after.end() if after is not None else a.end
        start = lo + before.start() if before is not None else a.start
        out.append(ActorMention(body.name, text[start:end], start, end, body.type, body.country))
    return out


def source_patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(Round 34, stm34b) The table's ``source_head`` (searched on a speaker's surface) and
    ``source_member`` (matched right after it, up to the body's name)."""
    return _rows_pattern(lang, "source_head"), _rows_pattern(lang, "source_member")


def member_sources(speakers: list[ActorMention], text: str, lang: str | None) -> list[ActorMention]:
    """(Round 34, stm34b) The speakers with an unnamed source named with the body it belongs to
    replaced by that body: "a military source from Hayat Tahrir al-Sham said", « une source
    militaire au sein de l'opposition », «fuentes militares de la oposición afirmaron», «وقال مصدر
    عسكري في هيئة تحرير الشام». The source word alone is an alias of a side ("military source",
    «مصدر عسكري»: the Syrian army's); the body after it says whose member it is.

    Why: the source's own alias spoke (verb-subject order takes the first actor after the verb; in
    English the body after "from" was read as a prepositional object), a statement of the Syrian
    government made of an opposition source's words (half A of the development third, and the
    corpus's ruling that a side's unnamed member speaks for that side).
    """
    head, member = source_patterns(lang)
    if head is None or member is None:
        return speakers
    out = list(speakers)
    for a in speakers:
        if a not in out or not head.search(a.surface):
            continue
        m = member.match(text[a.end:a.end + 40])
        if m is None:
            continue
        body = next((b for b in out if b is not a and a.end < b.start <= a.end + m.end() + 1), None)
        if body is None:
            continue
        at = out.index(a)
        out[at] = ActorMention(body.name, text[a.start:body.end], a.start, body.end, body.type, body.country)
        out.remove(body)
    return out


def _government_of(country: str | None, registry: ActorRegistry):
    """The registry's government body of ``country`` that is no ministry, else its state."""
    if country is None:
        return None
    for actor in registry.actors.values():
        if (actor.type == "government_body" and actor.country == country
                and not re.search(r"Ministry|Department|Kremlin", actor.name)):
            return actor
    state = registry.state_of(country)
    return registry.get(state) if state else None


def prepositional_objects(trigger: TriggerHit, speakers: Sequence[ActorMention], text: str,
                          lang: str | None) -> list[ActorMention]:
    """(Round 16, stm16) The actors after a statement verb that its table's ``object_preposition``
    governs ("announced a truce with the Syrian National Army", « une trêve avec l'Armée
    nationale syrienne », «una tregua con el Ejército Nacional Sirio»): in a subject-verb
    sentence told in plain order, a name after a preposition is the verb's object or its
    counterpart, never who speaks.

    Why: with no known actor before the verb ("the head of the Kurdish-led forces announced ..."),
    the first actor after it spoke, and in half a of the development third the truce the SDF chief
    announced became a statement of the SNA it was made with. Only statements: "met with Fidan"
    names its counterpart the same way, but a meeting's counterpart is one of its members.
    """
    preposition = rules_for(lang).object_preposition
    if trigger.kind != "statement" or preposition is None:
        return []
    return [a for a in speakers if a.start >= trigger.end
            and preposition.search(text[max(trigger.end, a.start - 20):a.start]) is not None]


def glued_object(actor: ActorMention, text: str, lang: str | None) -> bool:
    """Whether an actor's mention is glued to a preposition written as a letter of its word (the
    table's ``object_proclitics``, after an optional conjunction of its ``word_proclitics``:
    «لنظام الأسد», «وبالأسد»), which makes the name an object.

    Why: a verb-subject language's subject stands bare after the verb («دعت تركيا»); with the subject
    left unsaid («كما دعت القطع ... التابعة لنظام الأسد»), the glued name was taken as the speaker.
    The mention starts after such letters, so a name whose own first letter is one of them
    («لافروف») is not affected.
    """
    glued = _object_proclitics(lang)
    if glued is not None and glued.search(text, max(0, actor.start - 3), actor.start) is not None:
        return True
    # (round 50, s50) or named as the holder of a title glued to such a preposition, a word or two
    # between («أكد رئيس الحكومة العراقية لوزير دفاع النظام السوري»: to the regime's minister): the
    # addressee's office, an object too, never the speaker
    titled = _glued_title(lang)
    return titled is not None and titled.search(text[max(0, actor.start - GLUED_TITLE_REACH):actor.start]) is not None


#: (Round 50, s50) How far before an actor (characters) a title glued to a preposition may start
#: (:func:`glued_object`).
GLUED_TITLE_REACH = 30


@cache
def _glued_title(lang: str | None) -> re.Pattern[str] | None:
    """(Round 50, s50) A title of the table's ``speaker_titles`` glued to one of its
    ``object_proclitics`` (after an optional conjunction), then at most two words, up to the end."""
    letters, titles = "".join(table_rows(lang, "object_proclitics")), table_rows(lang, "speaker_titles")
    if not letters or not titles:
        return None
    conj = "".join(table_rows(lang, "word_proclitics"))
    head = (f"[{re.escape(conj)}]?" if conj else "") + f"[{re.escape(letters)}]"
    return re.compile(r"(?:^|(?<=\s))" + head + "(?:" + "|".join(re.escape(t) for t in titles)
                      + r")\S*(?:\s+\S+){0,2}?\s+$")


def object_after_verb(trigger: TriggerHit, actor: ActorMention, text: str, lang: str | None) -> bool:
    """(Round 36, spk36b) Whether a preposition of the table's ``verb_object_preposition`` stands
    as a word of its own between a verb-subject language's statement verb and an actor after it
    («أعلنت عن فتح الطرق بعد خروج قوات النظام», «أعلنت استيلاءها على المطار»، «تحدثت عن
    هجوم نحو مواقع الجيش»): the subject stands bare after the verb, so a name behind such a word is the
    verb's object or its complement's, never who speaks.

    Why: with the subject named before the verb (or left unsaid), the first actor within reach
    after it spoke: an opposition announcement of a town's sweep or of Damascus's capture became a
    statement of the Syrian government, the most frequent false statement of half A of the
    development third (Arabic articles of several outlets). No «في» or «من»: «قال قيادي في الهيئة»,
    «مصدر من الفصائل» name the speaker's own body; no «عن» after «صادر» or «نقلا», nor after a
    verb of quoting (``verb_source_words``): «بيان صادر عن الوزارة», «نقلت الوكالة عن الوزارة» name
    the words' source. Such an object still speaks when no other speaker is named at all
    (:func:`choose_speaker`'s last resort): dropping those statements lost eight matched
    statements on half B (a subject left unsaid whose statement the gold has).
    """
    return actor.start >= trigger.end and object_preposition(trigger, text, lang, actor.start) is not None


def object_preposition(trigger: TriggerHit, text: str, lang: str | None, end: int) -> int | None:
    """Where the first preposition of the table's ``verb_object_preposition`` after a verb-subject
    language's statement verb starts, before ``end``; None without one, and after a verb of quoting
    (``verb_source_words``: «ونقلت الوكالة عن وزارة الدفاع», the name after «عن» is the words'
    source). :func:`object_after_verb` and :func:`subject_slot` read the verb's object from it."""
    pattern = _rows_pattern(lang, "verb_object_preposition")
    if pattern is None:
        return None
    source = _rows_pattern(lang, "verb_source_words")
    if source is not None and source.search(trigger.surface.strip()):
        return None
    m = pattern.search(text, trigger.end, end)
    return m.start() if m is not None else None


@cache
def _object_proclitics(lang: str | None) -> re.Pattern[str] | None:
    letters = "".join(table_rows(lang, "object_proclitics"))
    if not letters:
        return None
    conj = "".join(table_rows(lang, "word_proclitics"))
    return re.compile(r"(?:^|(?<=\s))" + (f"[{re.escape(conj)}]?" if conj else "") + f"[{re.escape(letters)}]$")


def subject_candidates(before: list[ActorMention], speakers: list[ActorMention], text: str,
                       lang: str | None) -> list[ActorMention]:
    """The actors before a verb that may be its subject: not a possessive ("Turkey's") nor the
    object of a preposition ("backing for Damascus"), when a speaker stands before them.

    Why: "Fidan extended Turkey's support and said ...", "Araghchi repeated Tehran's backing for
    Damascus and said ...": the name nearest the verb qualified a noun, and the statement went to
    Turkey or to Damascus (a second, spurious statement beside the minister's). With no speaker
    before them ("Turkey's president said") the possessive is the only voice named, and stays.
    """
    rules = rules_for(lang)
    before = relative_heads(before, speakers, text, rules, lang)
    possessive, preposition = rules.possessive, rules.object_preposition
    if possessive is None and preposition is None:
        return before

    def qualifier(a: ActorMention) -> bool:
        return bool((possessive is not None and possessive.match(text[a.end:a.end + 4]))
                    or (preposition is not None and preposition.search(text[max(0, a.start - 20):a.start])))

    kept = [a for a in before if not qualifier(a)]
    if len(kept) == len(before):
        return before
    if kept:
        return kept
    # the possessive or the preposition's object stood next to the verb: the speaker named before
    # it is the subject ("Fidan extended Turkey's support to the Syrian people and said")
    subjects = [a for a in speakers if a.end <= before[0].start and not qualifier(a)]
    return subjects[-1:] or before


_RELATIVE_END = re.compile(r"[.;:!?،,()\"«»“”]")
#: How many words may stand between a relative clause's head and its pronoun (:func:`relative_heads`):
#: adjectives («les rebelles syriens qui») or a backer phrase ("backed by Turkey", « soutenus par la
#: Turquie », «respaldados por Turquía»), which :func:`backers` already reads as the head's qualifier.
HEAD_QUALIFIER_WORDS = 4


def relative_heads(before: list[ActorMention], speakers: list[ActorMention], text: str,
                   rules: LanguageRules, lang: str | None = None) -> list[ActorMention]:
    """(Round 12) The candidates before a verb with every actor inside a relative clause replaced
    by the actor the clause describes, named right before its pronoun (the table's
    ``relative_pronoun``): "Araghchi, who has long backed Assad, stressed", « Les rebelles syriens
    qui ont chassé le président Assad ont annoncé », «Die Rebellen, die Assad gestürzt hatten,
    kündigten an». A name after a comma that closes the clause ("the rebels who ousted Assad,
    Turkey said") is outside it. Not in a verb-subject language, whose subject follows its verb.

    Why: the name nearest the verb is the clause's object; Assad was made the speaker of the words
    of those who ousted him.
    """
    relative = rules.relative_pronoun
    if relative is None or rules.verb_subject or not before:
        return before
    out: list[ActorMention] = []
    for a in before:
        head = None
        for h in reversed([x for x in speakers if x.end <= a.start]):
            # the pronoun right after the name, or after its adjectives («les rebelles syriens qui»)
            # or a phrase of its backer (round 17, stm17b: "the rebels backed by Turkey, who",
            # « les rebelles soutenus par la Turquie, qui »: up to :data:`HEAD_QUALIFIER_WORDS`)
            for k in range(HEAD_QUALIFIER_WORDS + 1):
                words = re.match(r"(?:\s+[^\W\d_][\w'’-]*)" + f"{{{k}}}", text[h.end:a.start])
                if words and k > 2 and not backer_filler(words.group(), lang):
                    continue  # "Iran said on Thursday that ...": three words are a backer phrase or nothing
                m = relative.match(text[h.end + words.end():a.start]) if words else None  # anchored ("^")
                opens = h.end + words.end() + m.end() if m is not None else a.start
                clause = text[opens:a.start]
                # a name right after the pronoun makes it an article: «der Iran, die Türkei und Russland»
                article = any(0 <= x.start - opens <= 1 for x in speakers)
                if m is not None and not article and not _RELATIVE_END.search(clause):
                    head = h
                    break
            if head is not None:
                break
        out.append(a if head is None else head)
    return list(dict.fromkeys(out))


#: How far after a statement verb (characters) the word opening its reported clause is looked for.
REPORTED_CLAUSE_REACH = 60
#: (round 49, s49) How far back from a verb row's end a clause marker it ends on may start.
CLAUSE_MARKER_TAIL = 8
_CLAUSE_END = re.compile(r"[.!?;\n]")


def reported_clause_start(trigger: TriggerHit, text: str, lang: str | None) -> int:
    """Where the clause a statement verb reports opens: its table's ``clause_marker`` ("that", «
    que », «أن», «dass») after the verb, or in a subject-verb language told in plain order the
    comma right after it ("sagte, der Iran habe ..."), or the quotation mark or colon that opens
    its words anywhere before the sentence's end; past the sentence's end when none.

    Why: with no actor next to the verb ("the pan-Arab daily Asharq said that the Syrian
    government was ready", «وأفاد ناشط محلي بأن إيران سحبت»), the first actor of the sentence
    spoke, and that was the one the newspaper or the activist spoke *of*: a spurious statement
    of a side that said nothing.
    """
    rules = rules_for(lang)
    stop = _CLAUSE_END.search(text, trigger.end)
    end = min(stop.start() if stop else len(text), trigger.end + REPORTED_CLAUSE_REACH)
    opens = []
    quote = _QUOTE_OPEN.search(text, trigger.end, stop.start() if stop else len(text))
    if quote is not None:
        # (round 11) 'said, "the army and the rebels ..."', «وقال أبو ليلى، وهو ناشط ...، لـ"رويترز": "إن
        # قوات الحكومة ...»: a quotation or a colon opens the words said, however far after the verb
        opens.append(quote.start())
    if rules.clause_marker is not None:
        m = rules.clause_marker.search(text, trigger.end, end)
        if m is not None:
            opens.append(m.start())
        # (round 49, s49) a verb row that ends on the marker itself ("reported that", the round-46
        # row): the words said open at the marker inside the trigger; searched only after it, they
        # opened nowhere, and with no actor before the verb ("Gulf Daily News reported that Assad
        # boarded a plane") the first actor of the words said was made their speaker
        tail = rules.clause_marker.search(text, max(trigger.start + 1, trigger.end - CLAUSE_MARKER_TAIL), trigger.end)
        if tail is not None and tail.end() == trigger.end:
            opens.append(tail.start())
    if not rules.verb_subject and not _INVERTED.search(text[max(0, trigger.start - 4):trigger.start]):
        comma = text.find(",", trigger.end, end)
        if comma >= 0:
            opens.append(comma)
    bare = bare_clause(lang)
    if bare is not None:
        # (round 34, stm34) "state television said Russia was providing air support": the words
        # said open right after the verb, with no "that" (the table's ``bare_clause``)
        m = bare.match(text, trigger.end, end)
        if m is not None:
            opens.append(m.end())
    return min(opens, default=len(text))


def bare_clause(lang: str | None) -> re.Pattern[str] | None:
    """(Round 34, stm34) The table's ``bare_clause``: matched right after a statement verb, it ends
    where a reported clause told without its marker opens."""
    return _rows_pattern(lang, "bare_clause")


#: How far after a comma (characters) a name may start and still be in apposition to the subject
#: before it ("said the spokesman, Lin Jian").
APPOSITION_GAP = 3


def _after_inverted_subject(trigger: TriggerHit, actors: list[ActorMention], text: str,
                            lang: str | None = None) -> int:
    """Where the words after an inverted statement verb's subject go on to something else: the
    first comma after the verb that no name follows right away; past the text's end when the verb
    is not inverted or no such comma stands before the sentence's end.

    Why: «"...", teilte der Kommandant mit, offenbar in Bezug auf ... Assad»: the subject follows
    the inverted verb, and the person named after the comma is what the words are about; a name
    right after the comma is the subject's apposition ("said the spokesman, Lin Jian").
    """
    if not _INVERTED.search(text[max(0, trigger.start - 4):trigger.start]):
        return len(text)
    stop = _CLAUSE_END.search(text, trigger.end)
    end = stop.start() if stop else len(text)
    roles = _apposition_roles(lang)
    for comma in (m.start() for m in re.finditer(",", text[trigger.end:end])):
        comma += trigger.end
        if any(0 <= a.start - comma <= APPOSITION_GAP for a in actors):
            continue
        # (round 36, spk36) «..., sagte Karim Haddad, Sprecher der Rebellen.»: a role noun right
        # after the comma opens the apposition of a subject the registry lacks; the body it names
        # is the subject's, not what the words are about
        if roles is not None and roles.search(" ".join(text[comma + 1:end].split()[:ROLE_LEAD_WORDS + 1])):
            continue
        return comma
    return len(text)


def _voice_of(chosen: ActorMention, speakers: list[ActorMention], registry: ActorRegistry) -> ActorMention:
    """The official who speaks for the chosen institution, else the institution itself."""
    for a in speakers:
        if a.type == "official" and registry.voice(a.name) == chosen.name:
            return a
    return chosen


def co_speaker_gap(tables: Iterable[LanguageRules]) -> re.Pattern[str]:
    """The whole gap between two speakers of one list: a comma or a ``co_speaker_joiners`` word,
    then a ``co_speaker_articles`` word ("the US, France and the UK"), from every table given:
    a list is read without its language (:func:`co_speakers` is not told it)."""
    tables = list(tables)
    joiners = "|".join(f"(?:{w})" for r in tables for w in r.co_speaker_joiners)
    articles = "|".join(f"(?:{w})" for r in tables for w in r.co_speaker_articles)
    # (round 48, s48) a comma may stand before the joiner (the serial comma: "Jordan, Russia, and the
    # United States urged"); without it, the list ended at the comma and its last state spoke alone
    joiner = f"(?:,\\s*(?:{joiners})?|{joiners})?" if joiners else "(?:,)?"
    article = f"(?:{articles})?" if articles else ""
    return re.compile(rf"^\s*{joiner}\s*{article}$", re.IGNORECASE)


_CONJ = co_speaker_gap(RULES.values())


def head_of_conjunction(last: ActorMention, actors: list[ActorMention], text: str) -> ActorMention:
    """"The US, France, Germany and the UK called ...": the first of a list of co-speakers."""
    head = last
    for prev in reversed([a for a in actors if a.end <= last.start]):
        if prev.type != head.type or not _CONJ.match(text[prev.end:head.start]):
            break
        head = prev
    return head


def co_speakers(head: ActorMention, actors: list[ActorMention], text: str) -> list[ActorMention]:
    """The conjunction list that starts at ``head`` ("the US, France, Germany and the UK")."""
    out = [head]
    for nxt in [a for a in actors if a.start >= head.end]:
        if nxt.type != head.type or not _CONJ.match(text[out[-1].end:nxt.start]):
            break
        out.append(nxt)
    return out


def sentence_article_pattern(tables: Iterable[LanguageRules]) -> re.Pattern[str] | None:
    """A capitalised article opening a name: «Le Qatar a exprimé» names Qatar, not a person (the
    ``sentence_articles`` of every table given, case-sensitive)."""
    articles = "|".join(f"(?:{a})" for r in tables for a in r.sentence_articles)
    # (round 31, ev31stm2) a whole word: « Le » is no article of « Les EAU », which it opened, so
    # the states after « Les », «Las» were read as a new person («Les EAU»)
    return re.compile(rf"(?:{articles})(?!\w)\s*(?=\S)") if articles else None


_ARTICLE = sentence_article_pattern(RULES.values())


def unknown_speaker(sentence: Sentence, trigger: TriggerHit, lang: str | None,
                    covered: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A person the registry lacks, named next to a statement verb: (name, offset) or None.

    A table with ``speaker_name_word`` (English, French): capitalised words right before or after
    the verb. A table with ``speaker_titles`` (Arabic, which has no capitals): the name is taken
    after the title, whose last word is a definite adjective («قال وزير الخارجية التركي هاكان
    فيدان إن»: the two words after «التركي»). A language with no table, or neither key: None.
    """
    rules = RULES.get(lang or "")
    if rules is None:
        return None
    if rules.speaker_titles:
        # the name stands before the words said («قال وزير الخارجية الإيراني إن الاجتماع كان ...»)
        local = TriggerHit(trigger.kind, trigger.role, trigger.start - sentence.start, trigger.end - sentence.start,
                           trigger.surface)
        clause = sentence.start + reported_clause_start(local, sentence.text, lang)
        return _unknown_arabic_speaker(sentence, trigger, covered, rules, clause)
    patterns = rules.unknown_name
    if not patterns:
        return None
    rel_start, rel_end = trigger.start - sentence.start, trigger.end - sentence.start
    before_re, after_re = patterns
    candidates = []
    window_start = max(0, rel_start - 60)
    m = before_re.search(sentence.text[window_start:rel_start])
    if m:
        candidates.append((m.group(1), sentence.start + window_start + m.start(1)))
    m = after_re.search(sentence.text[rel_end:])
    addressee = table_pattern(lang, "addressee_verbs")
    if m and not (addressee is not None and addressee.fullmatch(trigger.surface.strip())
                  and not re.search(r"[,;:]", sentence.text[rel_end:rel_end + m.start(1)])):
        # (round 50, s50) not the name right after a verb whose object is its addressee ("told
        # Syrian envoy Samir Haddad that ...", "assured Prime Minister X that"): the one told, never
        # the speaker; past a comma ("said on Monday, John Smith") it may be the inverted subject
        candidates.append((m.group(1), trigger.end + m.start(1)))
    outlets = _news_outlets(lang)
    for name, start in candidates:
        full = name
        name, start = without_titles(name, start, lang)
        if any(s <= start < e for s, e in covered):
            continue
        if outlets is not None and outlets.match(name):
            # (round 29, ev29stm) "he told Al Jazeera", « Al Jazeera a affirmé », "Al Jazeera's
            # Resul Serdar said": the outlet is told or reports, it is no one's voice
            continue
        if _institution_name(name, lang):
            # (round 30, ev30stm) "The Ministry said", « Le Ministre a appelé », "the General
            # Command said": an institution or an office named by its capitalised noun, no person
            continue
        article = _ARTICLE.match(name) if _ARTICLE else None
        if article and any(s == start + article.end() for s, _ in covered):
            # "The Kremlin", « Le Qatar », « La Chine »: a known actor with its article is that
            # actor, not a new person (the capitalised article made two words look like a name)
            continue
        if len(name.split()) >= 2 or (name != full and _titled_surname(name)):
            # (round 52, s52) one capitalised word after an office title ("Interior Minister Karner
            # said", «erklärte Innenminister Karner», « le ministre Karner a déclaré »): the title
            # makes the surname a person's, as a first name does; without it a lone capitalised
            # word next to the verb is no name
            return name, start
    return None


def lone_surname(sentence: Sentence, trigger: TriggerHit, lang: str | None,
                 covered: list[tuple[int, int]]) -> tuple[str, int] | None:
    """(Round 52, s52) One capitalised word the registry lacks as the subject of a statement verb:
    right before it after a comma or a closing quotation (", Katz said", « », Karner a déclaré »),
    or right after it before a stop, a comma or a date (« », a déclaré Karner. », «erklärte Karner am
    Dienstag», '..." said Karner.'), never at the opening of a sentence, where any noun is
    capitalised; a word of the table's ``speaker_name_word`` and a surname (:func:`_titled_surname`),
    not an outlet nor an institution's noun, nor the one told after a verb of telling. None
    otherwise. The caller keeps it only for a surname the article has not used before: a person
    named in full before and quoted by surname is mostly a witness or a spokesperson of the story
    (a resident, a priest, an envoy's spokeswoman), whose words no side said (the development
    third: seven such made statements the gold does not have, against none it has).

    Why: a surname alone, where the excerpt never gives the first name ("In a statement on Friday,
    Katz said he had instructed the military", «erklärte Karner am Dienstagmorgen»), was no name,
    and the words were lost (:func:`unknown_speaker` asks two words)."""
    rows = table_rows(lang, "speaker_name_word")
    if not rows:
        return None
    word = rows[0]
    rel_start, rel_end = trigger.start - sentence.start, trigger.end - sentence.start
    found = []
    window = max(0, rel_start - 50)
    m = re.search(rf"(?:,|[”“\"»«]\s*,?)\s*({word})\s*$", sentence.text[window:rel_start])
    if m:
        found.append((m.group(1), sentence.start + window + m.start(1)))
    addressee = table_pattern(lang, "addressee_verbs")
    told = addressee is not None and addressee.fullmatch(trigger.surface.strip()) is not None
    m = None if told else re.match(rf"\s*({word})", sentence.text[rel_end:])
    if m:
        tail = sentence.text[rel_end + m.end(1):]
        nxt = trigger.end + m.end(1) + re.match(r"\s*", tail).end()
        # a stop, or a date or place right after ("erklärte Karner am Dienstag"), never a capitalised
        # word that goes on with a name ("reported that President Bashar al-Assad had fled": a title)
        if re.match(r"\s*(?:[.,;:!?]|$)", tail) or (
                any(s <= nxt < e for s, e in covered) and not tail.lstrip()[:1].isupper()):
            found.append((m.group(1), trigger.end + m.start(1)))
    outlets = _news_outlets(lang)
    for name, start in found:
        if any(s <= start < e for s, e in covered) or not _titled_surname(name):
            continue
        if (outlets is not None and outlets.match(name)) or _institution_name(name, lang):
            continue
        titles = office_pattern(lang)
        if titles is not None and titles.fullmatch(name):
            continue  # "said President.": an office, no surname
        return name, start
    return None


def earlier_full_name(text: str, before: int, surname: str, lang: str | None) -> str | None:
    """(Round 52, s52) The full name, earlier in the article (before offset ``before``), of which
    ``surname`` (a titled surname read by :func:`unknown_speaker`) is the last word: capitalised
    words right before it, without the office titles that open them ("Interior Minister Gerhard
    Karner" -> "Gerhard Karner"); None if the article names no such person in two words or more.

    Why: "Interior Minister Karner said" after "Gerhard Karner" was a second person, whose words of
    the day stood apart from the first one's."""
    found = None
    pattern = rf"(?<![\w'’-])((?:[A-ZÄÖÜÉÈ][\w'’-]+ ){{1,4}}){re.escape(surname)}(?![\w'’-])"
    for m in re.finditer(pattern, text[:before]):
        found = m
    if found is None:
        return None
    name, _ = without_titles(found.group(0), 0, lang)
    words = name.split()
    if (len(words) >= 3 and name == found.group(0)
            and re.search(r"(?:^|[.!?]\s*|\n\s*)$", text[:found.start()])):
        # the capitalised word opening a sentence ("For Sam Nammoura, ..."): no word of the name
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


def _titled_surname(word: str) -> bool:
    """(Round 52, s52) Whether the one word left after an office title is a surname: a capitalised
    word of three letters or more, not an all-capital acronym (a body, "Minister UNHCR")."""
    return len(word) >= 3 and word[:1].isupper() and not word.isupper() and " " not in word


@cache
def _news_outlets(lang: str | None) -> re.Pattern[str] | None:
    """(Round 29, ev29stm) The table's ``news_outlets``, matched at the start of a capitalised name
    read next to a statement verb (:func:`unknown_speaker`).

    Why: a name of two capitalised words the registry lacks was taken for a person who spoke; an
    outlet is one ("We are facing a militia," he told Al Jazeera; « Al Jazeera a affirmé que les
    militaires quittent le centre de Damas »; "Al Jazeera's Resul Serdar said", a correspondent's
    report): three development statements spoken by no side, and none the gold has (the corpus
    ruling of round 17: an outlet's own report adds no statement)."""
    rows = table_rows(lang, "news_outlets")
    return re.compile("(?:" + "|".join(f"(?:{r})" for r in rows) + r")(?!\w)") if rows else None


@cache
def _institution_nouns(lang: str | None) -> re.Pattern[str] | None:
    """(Round 30, ev30stm) The table's ``institution_name_words``, matched on the last word of a
    capitalised name read next to a statement verb (:func:`unknown_speaker`)."""
    rows = table_rows(lang, "institution_name_words")
    return re.compile("(?:" + "|".join(f"(?:{r})" for r in rows) + r")$") if rows else None


def _institution_name(name: str, lang: str | None) -> bool:
    """(Round 30, ev30stm) Whether a capitalised name the registry lacks ends in a noun of an
    institution or an office ("The Ministry", "External Affairs", "General Command", « Le Ministre
    »): a body or a title written with capitals, not a person.

    Why: read as a person's name, it made a speaker of its own ("The Ministry statement", « Le
    Ministre statement »), a second statement beside the state's of the same day or one no side
    made; four development statements spoken by such names, none the gold has."""
    pattern = _institution_nouns(lang)
    words = name.split()
    return bool(pattern is not None and words and pattern.fullmatch(words[-1]))


def _unknown_arabic_speaker(sentence: Sentence, trigger: TriggerHit, covered: list[tuple[int, int]],
                            rules: LanguageRules, clause: int | None = None) -> tuple[str, int] | None:
    """The name after a title (the table's ``speaker_titles``), whose words are no
    ``speaker_stop_words``, before ``clause`` (where the words said open: no name is read in them)."""
    titles, stop, definite = rules.speaker_titles, rules.speaker_stop_words, rules.definite_article
    end = sentence.end if clause is None else max(trigger.end, min(clause, sentence.end))
    rest = sentence.text[trigger.end - sentence.start:end - sentence.start]
    words = [(m.group(0), sentence.start + (trigger.end - sentence.start) + m.start())
             for m in re.finditer(r"[^\s،,.:«»\"]+", rest[:120])]
    if not words or not (titles and (words[0][0].startswith(titles) or words[0][0][1:].startswith(titles))):
        return None
    glued = "".join((*table_rows(rules.language, "object_proclitics"), *table_rows(rules.language, "word_proclitics")))

    def title_word(word: str) -> bool:
        # (round 50, s50) a title, bare or glued to a proclitic («لوزير», «بالرئيس», «ووزير»): the
        # addressee of the verb («أكد رئيس وزراء العراق لوزير خارجية النظام السوري»: said to the
        # minister) or another office, never a word of the speaker's name
        forms = {word, word[1:]} if word[:1] in glued else {word}
        forms |= {f[len(definite):] for f in forms if definite and f.startswith(definite)}
        return any(f in (t, t + "ة") for f in forms for t in titles)

    def plain(word: str) -> bool:
        return (not (definite and word.startswith(definite)) and word not in stop and not word[0].isdigit()
                and not title_word(word))

    for i in range(min(len(words) - 2, 8)):
        if definite and words[i][0].startswith(definite) and plain(words[i + 1][0]) and plain(words[i + 2][0]):
            name_words = [words[i + 1], words[i + 2]]
            if i + 3 < len(words) and plain(words[i + 3][0]) and len(words[i + 3][0]) > 2:
                name_words.append(words[i + 3])
            break
    else:
        return None
    if any(s <= name_words[0][1] < e for s, e in covered):
        return None
    return " ".join(w for w, _ in name_words), name_words[0][1]


def without_titles(name: str, start: int, lang: str | None) -> tuple[str, int]:
    """(Round 12) A capitalised name read next to a statement verb without the office-title words
    that open it (the table's ``office_titles``): "Minister Jose Manuel Albares" -> "Jose Manuel
    Albares", with the offset moved to the name.

    Why: English capitalises a title before a name, and the person was recorded under the title
    ("Minister Mohammed Ghazi al-Jalali"), which no other mention of him matches.
    """
    pattern = office_pattern(lang)
    if pattern is None:
        return name, start
    words = name.split(" ")
    i = 0
    while i < len(words) - 1:
        k = next((k for k in (2, 1) if i + k < len(words) and pattern.fullmatch(" ".join(words[i:i + k]))), 0)
        if not k:
            break
        i += k
    if not i:
        return name, start
    rest = " ".join(words[i:])
    return rest, start + len(name) - len(rest)


#: How far from a statement verb (characters) the words of its subject are read for an office
#: title (:func:`office_state`).
OFFICE_REACH = 60


@cache
def office_pattern(lang: str | None, key: str = "office_titles") -> re.Pattern[str] | None:
    """(Round 12) A language's ``office_titles`` (minister, spokesman, ambassador, « porte-parole »,
    «وزير», «Außenminister») or, with ``key="office_bodies"``, the bodies and documents that speak
    for a state (ministry, statement, « communiqué », «البيان»), as one pattern read from its rule
    table; None without any."""
    rows = table_rows(lang, key)
    return whole_words(rows)


def subject_slot(trigger: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> tuple[int, int]:
    """Where a diplomatic verb's subject stands (offsets into ``text``): after a statement verb up
    to its reported clause in a verb-subject language or after an inverted verb («..., a déclaré le
    ministre»), else before the verb back to the start of its clause; at most :data:`OFFICE_REACH`
    characters either way. Nowhere (an empty span) after a call, meeting or visit verb."""
    comma = text.rfind(",", max(0, trigger.start - 4), trigger.start)
    if (trigger.kind == "statement" and not rules_for(lang).verb_subject and comma >= 0
            and not text[comma + 1:trigger.start].strip() and name_apposition(comma, text, lang)):
        # (round 38, stmt38) "Ivan Petrov, deputy head of the Russian mission in Syria, said": the
        # comma right before the verb closes the apposition of the name the sentence opens with
        # (:func:`name_apposition`), no inversion: the apposition is the subject's office. Read
        # after the verb, the slot held no demonym, and the name the registry lacks, away from the
        # verb, spoke for no one
        return max(sentence.start, _sentence_start(text, trigger.start)), trigger.start
    bracket = bracket_subject_slot(trigger, text, lang)
    if bracket is not None:
        return bracket
    if rules_for(lang).verb_subject or _INVERTED.search(text[max(0, trigger.start - 4):trigger.start]):
        fronted = fronted_office_slot(trigger, sentence, text, lang)
        if fronted is not None:
            return fronted
        if trigger.kind == "visit" and rules_for(lang).verb_subject:
            return visit_subject_slot(trigger, sentence, text)
        if trigger.kind != "statement":
            # no reported clause ends the subject of a call or a meeting after its verb («وتلقى الوزير
            # صباغ اتصالاً من وزير الخارجية الأردني»: the demonym is the other party's)
            return trigger.end, trigger.end
        end = _after_verb_end(trigger, sentence, text, lang)
        # (round 45, s45) the subject ends at the verb's object preposition at the latest
        # («وشدّدت الوزارة على ضرورة عودة اللاجئين السوريين»: what follows it is the object, and a
        # demonym there, «السوريين», made the bare office before it the Syrian government)
        found = object_preposition(trigger, text, lang, end)
        return trigger.end, max(trigger.end, end if found is None else found)
    if verb_second(trigger, text, lang):
        # (round 46, lead) «Am Freitag sagte der türkische Außenminister, Ankara wolle ...»: a
        # phrase put first sends the subject after the finite verb (:func:`verb_second`), up to
        # the reported clause; read before the verb, the slot held only «Am Freitag», and the
        # office with no name made no statement
        end = _after_verb_end(trigger, sentence, text, lang)
        if end > trigger.end:
            return trigger.end, end
    lo = max(sentence.start, trigger.start - OFFICE_REACH)
    breaks = [m.end() for m in re.finditer(r"[.;:!?،,\"«»“”]", text[lo:trigger.start])]
    return (lo + breaks[-1] if breaks else lo), trigger.start


def _after_verb_end(trigger: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> int:
    """Where a subject standing after its statement verb ends at the latest (:func:`subject_slot`,
    in a verb-subject language, after an inverted verb or after a verb-second one): the reported
    clause's start, :data:`OFFICE_REACH` characters after the verb, or the sentence's end."""
    return min(reported_clause_start(trigger, text, lang), trigger.end + OFFICE_REACH, sentence.end)


@cache
def _bracket_subject(lang: str | None) -> re.Pattern[str] | None:
    rows = table_rows(lang, "bracket_subject")
    return re.compile("|".join(f"(?:{r})" for r in rows)) if rows else None


def bracket_subject_slot(trigger: TriggerHit, text: str, lang: str | None) -> tuple[int, int] | None:
    """(Round 39, vl39) The subject of a statement whose verb of saying closes the sentence bracket
    after its auxiliary, when a phrase put first makes the subject follow the auxiliary (:func:`verb_second`:
    «Am Sonntag hat der iranische Außenminister in einem Schreiben an seinen syrischen Amtskollegen
    erklärt»): the words right after the auxiliary that the table's ``bracket_subject`` matches (its
    group 1), else None.

    Why: the trigger spans the whole middle field from the auxiliary to the participle, so the
    subject stands inside it, not before it where the office's demonym was looked for; and the whole
    middle field holds other demonyms (the addressee's «syrischen»), nearer the participle than the
    subject's: only the noun phrase right after the auxiliary is the subject.
    """
    pattern = _bracket_subject(lang)
    if pattern is None or trigger.kind != "statement" or not verb_second(trigger, text, lang):
        return None
    m = pattern.match(text, trigger.start, trigger.end)
    return (m.start(1), m.end(1)) if m is not None and m.end(1) < trigger.end else None


#: (Round 36, meet36b) Where a subject fronted before its verb in a verb-subject language starts:
#: after punctuation, or after a word that opens a clause («قال ... إن», «أن», «بعدما»).
_FRONTED_BREAK = re.compile(r"[.;:!?،,\"«»“”]|(?<!\S)(?:إن|أن|ان|بعدما|بينما|فيما|حيث|لكن)(?!\S)")


def fronted_office_slot(trigger: TriggerHit, sentence: Sentence, text: str,
                        lang: str | None) -> tuple[int, int] | None:
    """(Round 36, meet36b) The subject of a visit verb fronted before it in a verb-subject language:
    its clause up to the verb when that clause opens with an office title (the table's
    ``office_titles``: «وزير الخارجية الإيراني وصل إلى دمشق», «قالت ... إن وزير الخارجية التركي سيزور
    بغداد», «والوفد القطري يصل إلى ...»), else None.

    Why: Arabic news tells a trip in both orders; with the subject before the verb the slot after
    it (:func:`visit_subject_slot`) held only the destination, and the office's state was never
    read: the visit went to no one and was lost. (A meeting's fronted office is not read here: its
    object, a person, is already taken as the party.)
    """
    if trigger.kind != "visit" or not rules_for(lang).verb_subject:
        return None
    titles = office_pattern(lang)
    if titles is None:
        return None
    lo = max(sentence.start, trigger.start - OFFICE_REACH)
    breaks = [m.end() for m in _FRONTED_BREAK.finditer(text, lo, trigger.start)]
    lo = breaks[-1] if breaks else lo
    words = text[lo:trigger.start]
    stripped = words.strip()
    if not stripped or not any(titles.match(w) for w in (stripped, stripped[1:] if stripped[0] in "وف" else "")):
        return None
    return lo, trigger.start


def visit_subject_slot(trigger: TriggerHit, sentence: Sentence, text: str) -> tuple[int, int]:
    """The subject of a visit verb or noun in a verb-subject language: the words right after it, up
    to the first punctuation, at most :data:`OFFICE_REACH` characters («وزار وزير الخارجية الإيراني
    دمشق», «وتأتي زيارة وزير الخارجية الإيراني في إطار جولة»).

    Why (round 21, mtg21): after a call or meeting verb the subject slot is empty, since a demonym
    there may be the other party's («تلقى اتصالاً من وزير الخارجية الأردني»); a visit has no other
    party, only a place, so the office right after it is the traveller. With the slot empty, a
    visit told by the office alone («زيارة وزير الخارجية الإيراني» after a sentence naming him)
    went to no one and was lost.
    """
    end = min(trigger.end + OFFICE_REACH, sentence.end)
    stop = _SLOT_BREAK.search(text, trigger.end, end)
    return trigger.end, stop.start() if stop else end


#: How far before an international body's name (characters) the words posting an office to it may start.
POSTING_REACH = 25


@cache
def _posting_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A language's ``office_posting`` rows as one pattern that ends where a body's name starts."""
    return bounded_table_pattern(lang, "office_posting", end=r"\s*$")


def posted_at(actor: ActorMention, text: str, lang: str | None) -> bool:
    """(Round 33, spk33) Whether an international body is named as where an office is posted ("the
    Russian envoy to the UN", « le représentant russe à l'ONU », «المندوب الروسي لدى الأمم
    المتحدة», «el representante ruso ante la ONU»: the table's ``office_posting`` right before it).

    Why: a name in an office's subject is its own speaker (:func:`office_state`), so the body the
    envoy sits at spoke his words: a United Nations statement for Russia's envoy on development.
    """
    pattern = _posting_pattern(lang)
    return (actor.type == "international_body" and pattern is not None
            and pattern.search(text[max(0, actor.start - POSTING_REACH):actor.start]) is not None)


def posted_state(actor: ActorMention, lo: int, text: str, lang: str | None) -> bool:
    """(Round 37, prec2) Whether a state is named as where an office or a body of the subject is
    posted: the table's ``office_posting`` right before it and an office title or body (the tables'
    ``office_titles``, ``office_bodies``) between the subject's start ``lo`` and it ("the Mexican
    embassy in Lebanon urged", « l'ambassade mexicaine au Liban », «la embajada mexicana en Líbano
    instó», «die mexikanische Botschaft im Libanon», «السفارة المكسيكية في لبنان»).

    A government body the host capital names is one too ("the Turkish embassy in Damascus").

    Why: the host state stood in the subject as a name of its own, so the body's demonym was not
    read and the host spoke (dU: "Lebanon" for the Mexican embassy's call beside Mexico's own
    statement of the day, one spurious statement). As :func:`posted_at` does for an international
    body, the host is no speaker; the demonym's state speaks."""
    return actor.type in ("state", "government_body") and _posted_offset(actor.start, lo, text, lang)


def posted_signal(signal: object, lo: int, text: str, lang: str | None) -> bool:
    """(Round 38, stmt38) Whether a country signal stands where an office or a body of the subject
    is posted, as :func:`posted_state` reads a state actor ("the Russian mission in Syria", « la
    mission russe en Syrie », «die russische Mission in Syrien»)."""
    return _posted_offset(signal.start, lo, text, lang)  # type: ignore[attr-defined]


def _posted_offset(start: int, lo: int, text: str, lang: str | None) -> bool:
    """Whether the table's ``office_posting`` stands right before ``start`` and an office title or
    body lies between ``lo`` and it: the one test of :func:`posted_state` and :func:`posted_signal`."""
    pattern = _posting_pattern(lang)
    if pattern is None or pattern.search(text[max(lo, start - POSTING_REACH):start]) is None:
        return False
    return office_named(text, lo, start, lang)


def office_named(text: str, lo: int, hi: int, lang: str | None) -> bool:
    """Whether an office title or a state's body (the tables' ``office_titles`` and
    ``office_bodies``) stands between ``lo`` and ``hi``."""
    return any(p is not None and p.search(text, lo, hi) is not None
               for p in (office_pattern(lang), office_pattern(lang, "office_bodies")))


def office_state(trigger: TriggerHit, sentence: Sentence, text: str, lang: str | None,
                 actors: list[ActorMention], signals: list,
                 registry: ActorRegistry) -> tuple[str, int, bool] | None:
    """(Round 12) The state whose office speaks through a diplomatic verb when its subject is an
    office title with that state's demonym and no name ("the Turkish foreign minister stressed",
    « le chef de la diplomatie iranienne a indiqué », «وقال وزير الخارجية التركي إن», «der türkische
    Außenminister sagte», "the Qatari foreign minister held talks"), or a body or a document of
    that state ("the Jordanian statement said", «el Ministerio turco de Asuntos Exteriores
    confirmó»: the table's ``office_bodies``): (state, offset of the demonym, whether a person's
    title and no body speaks), or None.

    Why: with no actor in the subject, the statement went to no one (no event) or to the first
    actor of what was said, and English capitals made "The Turkish Foreign Minister" a person. The
    office speaks for its state as the minister would; a name in the subject is its own speaker.
    """
    titles, bodies = office_pattern(lang), office_pattern(lang, "office_bodies")
    if titles is None and bodies is None:
        return None
    lo, hi = subject_slot(trigger, sentence, text, lang)
    if hi <= lo or any(lo <= a.start < hi and not posted_at(a, text, lang)
                       and not posted_state(a, lo, text, lang) for a in actors):
        return None
    body = bodies is not None and bodies.search(text, lo, hi) is not None
    person = titles is not None and titles.search(text, lo, hi) is not None and not body
    # (round 36, meet36b) «والرئيس العراقي سيزور»: the fronted slot opens with its title, a
    # conjunction glued to it (no whole word for the table's pattern)
    person = person or (not body and fronted_office_slot(trigger, sentence, text, lang) == (lo, hi))
    if not (body or person) and trigger.kind == "visit" and rules_for(lang).fronted_inversion:
        # «El jueves llegó a Damasco una delegación catarí», «Am Donnerstag traf eine katarische
        # Delegation in Damaskus ein»: after a fronted adverbial the traveller follows the verb
        lo, hi = visit_subject_slot(trigger, sentence, text)
        if hi <= lo or any(lo <= a.start < hi for a in actors if a.type == "official"):
            return None
        body = bodies is not None and bodies.search(text, lo, hi) is not None
        person = titles is not None and titles.search(text, lo, hi) is not None and not body
    if not (body or person):
        return None
    # (round 37, prec2) the state an embassy or an envoy is posted in is no demonym of its own
    # (:func:`posted_state`): "the Mexican embassy in Lebanon" speaks for Mexico
    hosts = [(a.start, a.end) for a in actors if lo <= a.start < hi and posted_state(a, lo, text, lang)]
    # (round 38, stmt38) nor a country named as where the office is posted that is no state of the
    # registry ("the deputy head of the Russian mission in Syria": Syria's signal, nearer the verb
    # than "Russian", made the Syrian government speak for Russia's mission)
    hosts += [(g.start, g.end) for g in signals if lo <= g.start < hi and posted_signal(g, lo, text, lang)]
    demonyms = [s for s in signals if lo <= s.start and s.end <= hi
                and not any(a <= s.start < b for a, b in hosts)]
    if not demonyms:
        return None
    nearest = min(demonyms, key=lambda s: min(abs(s.start - trigger.end), abs(trigger.start - s.end)))
    side = office_pattern(lang, "office_side_words")
    if side is not None and side.search(text, lo, hi) is not None:
        # (round 33, spk33) "a Syrian rebel military operations spokesman said", « un porte-parole
        # des rebelles syriens », «المتحدث باسم فصائل المعارضة السورية»: the office is a fighting
        # side's, not the state's; read as the government's, its holder was guessed from the
        # sentences before (Assad)
        return (SIDE_VOICE, nearest.start, False) if registry.get(SIDE_VOICE) is not None else None
    state = office_voice(nearest.country_code, registry)
    return (state, nearest.start, person) if state else None


#: The actor that speaks for a country with no state actor of its own: Syria's offices are the
#: government's (the registry keeps the sides of the war apart, not one "Syria").
GOVERNMENT_VOICE = "Syrian government"
#: (Round 33, spk33) The actor that speaks through an office of the armed opposition with a
#: demonym and no name (:func:`office_state` with the table's ``office_side_words``).
SIDE_VOICE = "Syrian armed opposition"


def office_voice(country: str | None, registry: ActorRegistry) -> str | None:
    """(Round 14) Who speaks through an office of ``country`` whose holder is not named: its state
    actor, else the government body :data:`GOVERNMENT_VOICE` when it is that country's.

    Why: Syria has no state actor (its government and the armed groups are the sides), so "the
    Syrian president stressed", «وشدد الرئيس السوري», « le ministre syrien de la Défense a mis en
    garde » made no statement at all, while the same words with any other demonym did.
    """
    state = registry.state_of(country)
    if state is not None:
        return state
    government = registry.get(GOVERNMENT_VOICE)
    return GOVERNMENT_VOICE if government is not None and country and government.country == country else None


#: A word of running text (letters or digits, with inner hyphens or apostrophes: "a-t-il", "aujourd'hui").
_WORD = re.compile(r"\w+")
#: Quoted words before a verb ('"We stay," he said'): what is said, never its subject.
_QUOTED = re.compile(r"[“«„\"][^“”«»„\"]*[”»“\"]")
#: Where the words after a statement verb stop being its subject: punctuation or a quotation.
_SLOT_BREAK = re.compile(r"[,،:;.!?“”«»„\"]")


@cache
def carried_words(lang: str | None) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
    """(Round 16, spk16) A language's ``carried_subject_words`` (words that name no subject of
    their own: connectives, auxiliaries, articles and prepositions of a date adverbial), its
    ``carried_pronouns`` (the subject pronouns of a person: "he", « il », «er», «él», «هو») and
    its ``carried_subject_stops`` (prepositions that open a verb's object, not its subject: "to",
    « à », «a», «في», «للصحفيين»): the first two case-folded, the last one compiled."""
    words = frozenset(w.casefold() for row in table_rows(lang, "carried_subject_words") for w in row.split("|"))
    pronouns = frozenset(w.casefold() for row in table_rows(lang, "carried_pronouns") for w in row.split("|"))
    return words | pronouns, pronouns, whole_words(table_rows(lang, "carried_subject_stops"))


def names_own_subject(trigger: TriggerHit, sentence: Sentence, text: str, lang: str | None,
                      skip: Sequence[tuple[int, int]] = ()) -> bool:
    """(Round 16, spk16) Whether a statement verb's sentence names a subject of its own (a noun
    phrase, a title, a body), so that no speaker may be carried over to it from the sentence before.

    The words before the verb, past the spans ``skip`` (its date phrase) and any quoted words,
    must all be the table's ``carried_subject_words`` or ``carried_pronouns``: "On Tuesday he told",
    « Mardi, il a précisé », «Am Dienstag sagte er», «El martes añadió», «وأكد يوم الثلاثاء» carry;
    "A senior Kurdish commander announced", « Un haut responsable kurde a affirmé » do not. With
    no pronoun before it, the verb's subject may follow it (the verb-subject order of Arabic, the
    inversion of German and Spanish): the words after the verb, up to its reported clause, a
    punctuation mark or a preposition (``carried_subject_stops``), must be such words too:
    «وقال قيادي كردي بارز يوم الثلاثاء» and «afirmó el comandante» name their own subjects.

    Why: a subject pronoun or an unsaid subject stands for the person named before; any other
    word in the subject slot is a noun of the sentence's own subject. A language with no such
    table names no subject this way (False: the carry-over stays as it was).
    """
    allowed, pronouns, stop = carried_words(lang)
    if not allowed:
        return False

    def words(lo: int, hi: int) -> list[str]:
        chunk = list(text[lo:hi])
        # (round 51, x51a) quoted words in straight single quotes too ("'...,' it said")
        for a, b in [*skip, *quote_spans(text, lo, hi)]:
            for k in range(max(lo, a), min(hi, b)):
                chunk[k - lo] = " "
        plain = _QUOTED.sub(" ", "".join(chunk))
        return [w.casefold() for w in _WORD.findall(plain)]

    before = words(sentence.start, trigger.start)
    if any(w not in allowed for w in before):
        return True
    if any(w in pronouns for w in before):
        return False  # "he told reporters": what follows the verb is its object
    end = min(reported_clause_start(trigger, text, lang), sentence.end)
    brk = _SLOT_BREAK.search(text, trigger.end, end)
    end = brk.start() if brk is not None else end
    if stop is not None:
        found = stop.search(text, trigger.end, end)
        end = found.start() if found is not None else end
    return any(w not in allowed for w in words(trigger.end, end))


@cache
def backer_patterns(lang: str | None) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(Round 16, spk16) A language's ``backer_phrase`` rows, each split at its ``<X>`` (where the
    backer's name stands) into the words that must end right before the name and those that must
    open right after it, compiled once."""
    out = []
    for row in table_rows(lang, "backer_phrase"):
        head, _, tail = row.partition("<X>")
        out.append((re.compile(rf"(?:{head})$", re.IGNORECASE), re.compile(rf"(?:{tail})", re.IGNORECASE)))
    return tuple(out)


def backer_filler(words: str, lang: str | None) -> bool:
    """(Round 17, stm17b) Whether ``words`` (between a noun and a relative pronoun) are a backer
    phrase ending in its backer's name: "backed by Turkey", « soutenus par la Turquie »,
    «respaldados por Turquía» (the table's ``backer_phrase`` words before its ``<X>``, then one or
    two words of the name).

    Why: only such a phrase may widen the gap :func:`relative_heads` reads past two words; three
    words of another kind are a clause of their own ("Iran said on Thursday that ... Russia said").
    """
    for m in re.finditer(r"\s+(?=[^\W\d_])", words):
        rest = words[m.end():].split()
        if len(rest) <= 2 and any(head.search(words[:m.end()]) is not None for head, _ in backer_patterns(lang)):
            return True
    return False


#: How far before and after a name (characters) a ``backer_phrase`` is read.
BACKER_REACH = 40


def backers(speakers: Sequence[ActorMention], text: str, lang: str | None) -> list[ActorMention]:
    """(Round 16, spk16) The actors named as the backer of another noun of their sentence: the
    agent of a participle of support or allegiance (the table's ``backer_phrase``: "factions backed
    by Turkey", "Iran-backed militias", « les factions soutenues par la Turquie », «las milicias
    respaldadas por Irán», «die von der Türkei unterstützten Milizen», «الفصائل المدعومة من تركيا»).

    Why: such a name qualifies the noun it follows; it is never the subject of a verb of the
    clause. "The factions backed by Turkey had said they took Manbij" was a statement of Turkey's,
    the nearest actor before the verb, in half a of the development third, and a probe gave the
    same in French and Spanish.
    """
    patterns = backer_patterns(lang)
    if not patterns:
        return []
    return [a for a in speakers
            if any(head.search(text, max(0, a.start - BACKER_REACH), a.start) is not None
                   and tail.match(text, a.end, min(len(text), a.end + BACKER_REACH)) is not None
                   for head, tail in patterns)]


#: How far before a person's name (characters) a title of theirs may stand ("Turkish Foreign
#: Minister Hakan Fidan"), and how far after the comma that opens an apposition (", the Turkish
#: foreign minister,").
TITLE_REACH = 45
_TITLE_BREAK = re.compile(r"[.;:!?،,()\"«»“”]")


def _title_key(title: str) -> str:
    """A title compared without case, spacing or the Arabic article («الوزير» is «وزير»)."""
    key = " ".join(title.casefold().split())
    return key[2:] if key.startswith("ال") else key


def titles_near(actor: ActorMention, text: str, lang: str | None) -> set[str]:
    """(Round 16, spk16) The office titles (the table's ``office_titles``) right before a person's
    mention, in its clause ("Turkish President Recep Tayyip Erdogan", «الرئيس التركي رجب طيب
    أردوغان»), or in an apposition opened by a comma right after it ("Fidan, the Turkish foreign
    minister,"), as compared keys."""
    pattern = office_pattern(lang)
    if pattern is None:
        return set()
    lo = max(0, actor.start - TITLE_REACH)
    breaks = [m for m in _TITLE_BREAK.finditer(text, lo, actor.start)]
    start = breaks[-1].end() if breaks else lo
    if breaks and breaks[-1].group(0) in ",،" and not text[start:actor.start].strip():
        # "the Turkish president, Recep Tayyip Erdogan": the title stands before the comma
        start = breaks[-2].end() if len(breaks) > 1 else lo
    found = {_title_key(m.group(0)) for m in pattern.finditer(text, start, actor.start)}
    after = text[actor.end:actor.end + 3]
    if after.lstrip().startswith((",", "،")):
        comma = text.find(",", actor.end) if "," in after else text.find("،", actor.end)
        stop = _TITLE_BREAK.search(text, comma + 1, min(len(text), comma + 1 + TITLE_REACH))
        end = stop.start() if stop is not None else min(len(text), comma + 1 + TITLE_REACH)
        found |= {_title_key(m.group(0)) for m in pattern.finditer(text, comma + 1, end)}
    return found


def titles_agree(title: str, held: set[str]) -> bool:
    """(Round 16, spk16) Whether an office title may name the person whose titles are ``held``:
    no title known for that person, or one of them the same office, one title ending the other
    ("minister" and "foreign minister", «Minister» and «Außenminister»).

    Why: "the Turkish foreign minister said" went to the person of Turkey named last before it,
    and when that was President Erdogan, the minister's words were the president's (a second
    statement of his, merged with his own of the same day)."""
    if not held:
        return True
    key = _title_key(title)
    return any(key == h or key.endswith(h) or h.endswith(key) for h in held)


def subject_title(trigger: TriggerHit, sentence: Sentence, text: str, lang: str | None) -> str | None:
    """(Round 16, spk16) The office title in a diplomatic verb's subject (:func:`subject_slot`),
    or None."""
    pattern = office_pattern(lang)
    if pattern is None:
        return None
    lo, hi = subject_slot(trigger, sentence, text, lang)
    m = pattern.search(text, lo, hi) if hi > lo else None
    return m.group(0) if m is not None else None
