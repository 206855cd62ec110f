"""Sentences, trigger words and dates of a text, with offsets into it; the pairing of dates to triggers.

Pure functions: the trigger tables are in :mod:`timeline.lexicon`, the dates come from
:func:`timeline.dates.find_dates`. Offsets are absolute (into the whole article text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from timeline.lexicon import (
    MILITARY_KINDS,
    ORDINAL_DAY_FOLLOWERS,
    SINCE_WORDS,
    TITLE_DOT,
    VAGUE_DATES,
    Trigger,
    strip_diacritics,
    triggers_for,
)
from timeline.trigger_gate import TriggerGate, gate_of

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TriggerHit:
    kind: str
    role: str
    start: int
    end: int
    surface: str

    @property
    def family(self) -> str:
        return "military" if self.kind in MILITARY_KINDS else "diplomatic"


@dataclass(frozen=True)
class DateHit:
    """The part of a TimeExpression extraction needs (so tests can build one from a table)."""

    phrase: str
    start: int
    end: int
    date: Any
    date_end: Any
    precision: str
    #: (round 22, evt22a) the morning's day of a night named by its evening and the morning after
    #: (``timeline.dates.TimeExpression.morning``); None for every other phrase
    morning: Any = None



#: Punctuation that ends a clause (Arabic comma included): no object, subject or date reaches across it.
CLAUSE_BREAK = re.compile(r"[.;:!?،,]")
#: A semicolon, Latin or Arabic: the clauses it joins date their own verbs (:func:`assign_dates`).
SEMICOLON = re.compile("[;؛]")
#: A sentence end with its space, a line break, or (round 21, stm21) a full stop glued to the next
#: sentence's capitalised first word ("... the White House said.On Saturday, the army said ...",
#: a copy that lost the space): after two small letters and before a capitalised word of three
#: letters or more, or a two-letter opening word ("On", "In", « Il »), so that "Caliber.Az reports"
#: stays whole.
#: Without it the first sentence ran into the next and took its date and speaker.
#: (round 27, ev27fr) The same glued stop in Arabic, which has no capitals: between a word of three
#: letters or more and a word of two or more («... الكردية.ومن بين هذه القرى: ...», a copy that lost
#: the space), so that a dotted abbreviation of short letters («بي.بي.سي», «أ.ف.ب») stays whole.
#: Without it a list sentence ran on from a long capture sentence and lost its members.
_SENTENCE_END = re.compile(r"(?<=[.!?؟])[\"”»’']?\s+|\n+"
                           r"|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]{2,}|(?:On|In|At|As|By|He|It|We|If|Il|Le|La|En|Un|El|Es|Er)\b)"
                           r"|(?<=[\u0621-\u064A]{3}[.!؟])(?=[\u0621-\u064A]{2})")
_ORDINAL_DAY_DOT = re.compile(r"(?<!\d)\d{1,2}\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets in ``text`` (lines first, then sentence punctuation; the dot
    of an ordinal day, «am 5. Dezember», ends no sentence; a line break inside a sentence,
    :func:`wrapped_breaks`, ends none either)."""
    sentences: list[Sentence] = []
    pos = 0
    wrapped = wrapped_breaks(text)
    for match in _SENTENCE_END.finditer(text):
        if wrapped and match.group(0) == "\n" and match.start() in wrapped:
            continue
        if (ORDINAL_DAY_FOLLOWERS is not None and "\n" not in match.group(0)
                and _ORDINAL_DAY_DOT.search(text, max(0, match.start() - 3), match.start())
                and ORDINAL_DAY_FOLLOWERS.match(text, match.end())):
            continue
        if title_dot(text, match.start(), match.group(0)) or initialism_dot(text, match.start(), match.end()):
            continue
        _add_sentence(sentences, text, pos, match.start() + len(match.group(0).rstrip()))
        pos = match.end()
    _add_sentence(sentences, text, pos, len(text))
    return sentences


#: (round 38, lb38) What a line that ends a sentence or a heading's words ends with: a stop, a
#: colon or semicolon, a closing quotation mark or bracket. A line ending in anything else (a word,
#: a comma, a hyphen) may run on into the next line.
_LINE_CLOSERS = ".!?؟۔…:;»\"”’'‘“)]"
#: (round 38, lb38) What may open a line before its first letter: quotation marks, brackets, the
#: Spanish opening marks.
_LINE_OPENERS = "\"'«“„‘‹([¿¡ \t"
#: (round 38, lb38) A line break between two lines that are not blank (only spaces around it).
_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
#: (round 38, lb38) How many breaks before a lower-case word make a text hard-wrapped
#: (:func:`wrapped_breaks`): one may be a letter's salutation («Liebe Leserin, lieber Leser,» and
#: the body in lower case on the next line), two are a copy broken at a fixed width.
WRAPPED_TEXT_BREAKS = 2


def wrapped_breaks(text: str) -> set[int]:
    """The offsets of the line breaks that fall inside a sentence (:func:`split_sentences` ends no
    sentence at them; the text is never rewritten, so every offset stays where it was).

    A break inside a sentence follows a line with no closing punctuation (:data:`_LINE_CLOSERS`)
    and precedes a line of the same paragraph (no blank line between) whose first letter is a
    lower-case one ("... a lightning offensive against forces of" / "the Iranian- and
    Russian-backed government ..."). In a hard-wrapped text (:data:`WRAPPED_TEXT_BREAKS` such breaks
    or more), a copy broken at a fixed width, every line with no closing punctuation runs on into
    the next, whatever its first letter: the break before a name or a number is as much inside the
    sentence («... un mensaje de solidaridad con» / «Bashar al-Ássad, el gobierno ...»).

    Why (round 38, lb38): some wire copies (ANSA's Spanish service, MENAFN's English) break their
    lines in mid-sentence; each line was read as a sentence, so the half with the verb lost the date
    or the subject on the other half, and the event was lost or misdated. A heading, a caption or a
    byline (a short line with no stop, followed by a capitalised sentence) is no such break outside a
    hard-wrapped text. Scripts without case (Arabic) have no lower-case first letter: a line of
    theirs with no stop is most often a whole paragraph whose stop was lost (the next opens with
    «و»), so it is joined to the next only in a hard-wrapped text."""
    if "\n" not in text:
        return set()
    lower: list[int] = []
    other: list[int] = []
    for m in _LINE_BREAK.finditer(text):
        if text[m.start() - 1] in _LINE_CLOSERS:
            continue
        i = m.end()
        while i < len(text) and text[i] in _LINE_OPENERS:
            i += 1
        if i == len(text):
            continue
        first = text[i]
        (lower if first.islower() else other).append(text.index("\n", m.start()))
    if len(lower) >= WRAPPED_TEXT_BREAKS:
        return set(lower) | set(other)
    return set(lower)


def title_dot(text: str, end: int, gap: str) -> bool:
    """Whether the dot right before ``end`` closes a title written short before a name ("Dr.",
    « M. », «د.»: the tables' ``title_abbreviations``), on the same line: it ends no sentence.

    Why (round 21, stm21): «جرت محادثة هاتفية بين د. بدر عبد العاطي و...» was cut after «د.», so
    the call's sentence named neither party and the minister's words after it stayed a statement."""
    return (TITLE_DOT is not None and "\n" not in gap
            and TITLE_DOT.search(text, max(0, end - 12), end) is not None)


#: (round 42, stmt42) A dotted initialism of capitals right before a sentence end ("U.S.", "U.N.",
#: "U.K.", "U.A.E.", the Spanish «EE.UU.») and the lower-case word that follows it on its line.
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]{1,2}\.){2,}$")
_LOWER_NEXT = re.compile(r"[a-zà-ÿ]")


def initialism_dot(text: str, end: int, after: int) -> bool:
    """Whether the dot right before ``end`` closes a dotted initialism ("U.S.", "U.N.") followed
    on its line by a word in lower case (``after``: where that word starts): the sentence goes on.

    Why (round 42, stmt42): "The U.S. is concerned that ...", "the U.S. said on Friday" were cut
    after "U.S.", so the verb's sentence had no subject and the statement was lost (dY, an American
    wire's spelling); a capital after the initialism may open a new sentence and still ends one."""
    return ("\n" not in text[end:after] and _LOWER_NEXT.match(text, after) is not None
            and _INITIALISM.search(text, max(0, end - 12), end) is not None)


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def find_triggers(sentence: Sentence, lang: str | None, gated: bool = True) -> list[TriggerHit]:
    """Trigger words in a sentence (absolute offsets); overlapping hits keep the longer one, except
    a verb of saying that heads a capture announced as a noun (:func:`announced_change`).

    ``gated``: skip the patterns whose required text the sentence lacks (:mod:`timeline.trigger_gate`;
    the same hits, for a fraction of the scans); False runs every pattern (the reference loop)."""
    stripped, index = strip_diacritics(sentence.text)
    hits: list[TriggerHit] = []
    triggers = triggers_for(lang)
    open_patterns = _gate(triggers).open_patterns(stripped) if gated else [True] * len(triggers)
    for trig, is_open in zip(triggers, open_patterns, strict=True):
        if not is_open:
            continue
        for m in trig.pattern.finditer(stripped):
            if m.end() == m.start():
                continue
            start = sentence.start + index[m.start()]
            end = sentence.start + index[m.end() - 1] + 1
            hits.append(TriggerHit(trig.kind, trig.role, start, end,
                                   sentence.text[start - sentence.start:end - sentence.start]))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[TriggerHit] = []
    for hit in hits:
        if (all(hit.end <= k.start or hit.start >= k.end for k in kept) or announced_change(hit, kept)
                or heads_prison_release(hit, kept) or framed_change(hit, kept)):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _sole_host(hit: TriggerHit, kept: Sequence[TriggerHit]) -> TriggerHit | None:
    """The one kept hit that ``hit`` overlaps, or None when it overlaps none or several: the host
    :func:`announced_change`, :func:`framed_change` and :func:`heads_prison_release` keep it beside."""
    hosts = [k for k in kept if not (hit.end <= k.start or hit.start >= k.end)]
    return hosts[0] if len(hosts) == 1 else None


def announced_change(hit: TriggerHit, kept: Sequence[TriggerHit]) -> bool:
    """(Round 18, stm18) Whether ``hit`` is a verb of saying that opens a longer control trigger
    already kept ("announced the capture of", « ont annoncé la prise de », «verkündeten die Einnahme
    von»), the verb's words being the head of the control trigger's, and overlaps nothing else: it
    is kept beside it.

    Why: a side announcing its capture gives its own account, a statement of that side besides the
    change it reports (the round-17 ruling in data/corpus/README.md, whose example is «أعلنت إدارة
    العمليات العسكرية السيطرة على ...»); the longer hit swallowed the verb and the statement was lost.
    """
    if hit.kind != "statement":
        return False
    host = _sole_host(hit, kept)
    return host is not None and host.kind == "control_change" and hit.start <= host.start and hit.end < host.end


def framed_change(hit: TriggerHit, kept: Sequence[TriggerHit]) -> bool:
    """(Round 38, vl38) Whether ``hit`` is a control trigger inside the middle field of a longer
    statement hit already kept, strictly between its first and last words (the German sentence
    bracket: «hatten in der Nacht die Einnahme der Hauptstadt Damaskus verkündet», «hatte die
    Rückeroberung von Morek bekanntgegeben»), overlapping nothing else: it is kept beside it.

    Why: a side announcing its capture gives its own account, a statement besides the change it
    reports (the round-17 ruling, as :func:`announced_change` keeps the verb before the noun); where
    the verb of saying comes last its hit encloses the capture noun and swallowed it, so the change
    was lost (dN de-907351ecbb, dA de-28463390d7 lost the change when the statement was read).
    """
    if hit.kind != "control_change":
        return False
    host = _sole_host(hit, kept)
    return host is not None and host.kind == "statement" and host.start < hit.start and hit.end < host.end


def heads_prison_release(hit: TriggerHit, kept: Sequence[TriggerHit]) -> bool:
    """(Round 20, fac20) Whether ``hit`` is a capture verb that opens a longer prison-release hit
    already kept ("stormed Sednaya prison", «اقتحمت الفصائل سجن ...»), overlapping nothing else: it
    is kept beside it, and the extractor decides which of the two the sentence tells
    (:func:`timeline.extract.prison_captures`).

    Why: the round-20 ruling (data/corpus/README.md) makes a named prison taken, stormed or entered a
    control change of the prison; the longer release hit swallowed the verb, so the change was lost.
    """
    if hit.kind != "control_change":
        return False
    host = _sole_host(hit, kept)
    return (host is not None and host.role == "prison" and host.start <= hit.start and hit.end < host.end
            and " " not in host.surface[:hit.start - host.start])


def _gate(triggers: Sequence[Trigger]) -> TriggerGate:
    return gate_of(triggers, lambda t: t.pattern)


#: How far before a date phrase (characters) its "since" words may start: the words naming the war
#: run long («desde el comienzo de los acontecimientos en 2011», 41 characters; round 14, mix14b:
#: 40 before); the pattern itself ends at most two words before the date.
SINCE_REACH = 60


def usable_dates(dates: Sequence[Any], text: str) -> list[DateHit]:
    """Dates that can date an event: resolved, not "since X", not vague."""
    out = []
    for d in dates:
        if getattr(d, "date", None) is None or getattr(d, "resolved", True) is False:
            continue
        if getattr(d, "since", False) or SINCE_WORDS.search(text[max(0, d.start - SINCE_REACH):d.start]):
            continue
        if VAGUE_DATES.search(d.phrase):
            continue
        out.append(DateHit(d.phrase, d.start, d.end, d.date, d.date_end, d.precision, getattr(d, "morning", None)))
    return out


def gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


#: Quotation marks and the mark that closes each (« », “ ”, „ “, " "): a quotation opened in a
#: sentence and closed in it (:func:`quote_spans`).
QUOTE_CLOSERS = {"«": "»", "“": "”", "„": "“", '"': '"'}


#: (Round 51, x51a) The close of a quotation in straight single quotes: the mark right after the
#: punctuation that ends the words said, before a space or the line's end (",' it said").
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])'(?=\s|$)", re.MULTILINE)


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The quotations of ``text`` that overlap ``start``..``end`` (absolute offsets, marks
    included). A quotation may run over several sentences («"Since last night we are at war on four
    fronts. Last night we moved troops," he said»), not over a paragraph: one its line leaves open
    is none."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    i = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    while i < stop:
        if text[i] == "'" and (i == 0 or text[i - 1] in " \t\n([") and i + 1 < len(text) and text[i + 1].isupper():
            # (round 51, x51a) a quotation in straight single quotes ("'The government evacuated 75
            # nationals,' it said"): closed by the mark after a punctuation ending the words said,
            # never by an apostrophe ("Assad's", "the rebels' gains")
            line_end = text.find("\n", i)
            close = _SINGLE_CLOSE.search(text, i + 2, len(text) if line_end < 0 else line_end)
            if close is not None:
                j = close.end() - 1
                if j + 1 > start and i < end:
                    spans.append((i, j + 1))
                i = j + 1
                continue
        closer = QUOTE_CLOSERS.get(text[i])
        if closer is not None:
            line_end = text.find("\n", i)
            j = text.find(closer, i + 1, len(text) if line_end < 0 else line_end)
            if j > i:
                if j + 1 > start and i < end:
                    spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def quoted(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation of ``spans`` that holds ``start``..``end``, if one does."""
    return next(((a, b) for a, b in spans if a <= start and end <= b), None)


#: A colon right after a date phrase (:func:`assign_dates`).
_COLON_AFTER = re.compile(r"\s*[:：]")
#: (Round 38, stmt38) From a date phrase to a verb after it: a comma right after the phrase, then
#: words with no other punctuation (:func:`assign_dates`).
_WORDS_COMMA = re.compile(r"\s*[,،][^,،.;:!?\"«»“”]*")
#: (Round 38, stmt38) From a verb of saying to a date phrase after it: words only («erklärte bereits am»).
_WORDS_ONLY = re.compile(r"[\w\s'’-]*")


def nearest_trigger(pool: Sequence[TriggerHit], d: DateHit) -> TriggerHit:
    """The trigger of ``pool`` nearest a date phrase (of two as near, the one before it): whom
    :func:`assign_dates` gives the date, and whom it weighs a reported clause's date against."""
    return min(pool, key=lambda t: (gap(t.start, t.end, d.start, d.end), t.start > d.start))


def assign_dates(triggers: list[TriggerHit], dates: list[DateHit],
                 reported: Callable[[int, int], bool] | None = None,
                 quotes: Sequence[tuple[int, int]] = (), today: Any = None,
                 text: str = "", moved: list[OwnSideMove] | None = None,
                 edges: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)
                 ) -> dict[TriggerHit, DateHit]:
    """Each date goes to its nearest trigger; a trigger keeps its finest date (of two as fine, the nearer).

    ``reported(start, end)`` says whether a reported clause opens between two offsets (the
    table's ``clause_marker``, "that", «أن»): a date standing before one belongs to the verbs
    before it, not to one inside the clause («أعلنت وزارة الدفاع، يوم الخميس، أن الجيش دخل ...»:
    Thursday is when the ministry spoke, whatever the army's verb).

    ``quotes`` (:func:`quote_spans`, round 13): a date inside a quotation dates only the verbs
    quoted with it. «"Last night we moved troops into Syria," the chief of staff said»: "last night"
    is the troops' night, told from the day the words were spoken, not the day the chief spoke.
    A quoted ``today`` (the publication day: "what happened today is a tactical step," the minister
    said) is the day of speaking itself, and dates the speaker too.

    ``moved`` (round 30), if given, receives the dates :func:`own_side_dates` moved, each with the
    verb it left and the date that verb would have kept: the caller keeps a move only where the two
    verbs tell one place's loss and recapture (``timeline.extract.undone_moves``).

    ``edges`` (round 30): patterns of a coordinator right before a date (it opens the next clause:
    ", and on Wednesday the army retook it", « , et mercredi l'armée a repris », «، ويوم الأربعاء
    استعادها») and, after a comma, right after one (it closes the clause before: "fell to HTS on
    Sunday, and was retaken", «يوم الأحد، ودخلت»): such a date, nearest a control verb, goes to a control verb of
    its own clause when there is one, not the nearest across the coordinator, and is never moved
    (:func:`own_side_dates`).
    """
    claimed: dict[TriggerHit, list[DateHit]] = {}
    anchored: set[tuple[int, int]] = set()
    holders = own_dates(triggers, dates)
    for d in dates:
        if not triggers:
            break
        holder = holders.get((d.start, d.end))
        if holder is not None:
            claimed.setdefault(holder, []).append(d)
            continue
        # (round 18, oth18) a trigger with a date in its own words claims no other one
        pool = [t for t in triggers if t not in holders.values()]
        if not pool:
            continue
        quote = quoted(quotes, d.start, d.end)
        if quote is not None and not (today is not None and d.precision == "day" and d.date == today):
            pool = [t for t in pool if quoted([quote], t.start, t.end)]
            if not pool:
                continue
        # (round 29, rev29) "Rebels held Qamhana; the army drove them out on Thursday": a holding
        # takes no date across a semicolon (Latin or Arabic); the day is its own clause's, and the
        # holding dated by it was read as that day's capture by the holder, a reversed change
        pool = [t for t in pool if t.role != "hold"
                or not SEMICOLON.search(text, min(t.end, d.end), max(t.start, d.start))]
        if not pool:
            continue
        if text and quote is None and _COLON_AFTER.match(text, d.end):
            # (round 30) 'the spokesman said on Sunday morning: "We took Khanasir"', « a déclaré
            # jeudi : », «قال المتحدث صباح الأحد: “سيطرنا على ...»: a date right before a colon is
            # the speaking's; the quoted verb after it shares it (timeline.extract.shared_dates)
            spoken = [t for t in pool if t.end <= d.start]
            if spoken:
                pool = spoken
        if reported is not None:
            before = [t for t in pool if t.end <= d.start and not reported(t.end, d.start)]
            if before:
                pool = [t for t in pool if t.start < d.end or not reported(d.end, t.start)]
            # (round 42, oth42) the mirror case: a date inside a reported clause, after its marker
            # ("Katz stated that during the night of 9-10 December, missile ships sank the fleet"),
            # dates the verb of that clause after it too, not only the verb of saying before the
            # marker, nearer though that is: the night is the fleet's (development group Y: the
            # strike was lost, its verb left undated). The verb of saying keeps the date it took
            # before (left undated, a statement with no day of its own is lost: the statement
            # rules, not these, say when the words were spoken)
            inside = [t for t in pool if t.start >= d.end and not reported(d.end, t.start)]
            if inside:
                nearest = nearest_trigger(pool, d)
                if nearest.kind == "statement" and nearest.end <= d.start and reported(nearest.end, d.start):
                    claimed.setdefault(nearest, []).append(d)
                    pool = inside
        best = nearest_trigger(pool, d)
        if text and best.start >= d.end and _WORDS_COMMA.fullmatch(text, d.end, best.start):
            # (round 38, stmt38) «erklärte bereits am Samstag, bei Attacken russischer Kampfjets
            # seien 300 Kämpfer getötet worden», "said on Saturday, in a statement, ...": a date
            # between a verb of saying, with nothing but words between them, and the comma that
            # opens its words dates the saying too, not only the verb after the comma, nearer
            # though it is (the statement was left with no day and lost; the strike keeps the day)
            said = [t for t in pool if t.kind == "statement" and t.end <= d.start
                    and _WORDS_ONLY.fullmatch(text, t.end, d.start)]
            if said:
                claimed.setdefault(said[-1], []).append(d)
        side = clause_edge(text, d, edges) if best.kind == "control_change" else 0
        if side:
            # (round 30, rev30) ", and on Wednesday the army retook it": the date's own clause's
            # control verb (control verbs only: other kinds keep the nearest verb's date)
            own = [t for t in pool if t.kind == "control_change"
                   and (t.start >= d.end if side > 0 else t.end <= d.start)]
            if own:
                best = nearest_trigger(own, d)
                anchored.add((d.start, d.end))
        claimed.setdefault(best, []).append(d)
    claimed = own_side_dates(triggers, claimed, set(holders.values()), moved, anchored)
    # the finest; of two equally fine, the nearer: "advanced from 27 to 28 November and, by 30
    # November, took Aleppo" is the 30th's capture, not the first date's (round 12)
    return {t: finest_date(t, ds) for t, ds in claimed.items()}


def clause_edge(text: str, d: DateHit, edges: tuple[re.Pattern[str] | None, re.Pattern[str] | None]) -> int:
    """1 when a coordinator stands right before the date (it opens the clause after it), -1 when
    one stands right after it (it closes the clause before), 0 otherwise (:func:`assign_dates`)."""
    opening, closing = edges
    if not text:
        return 0
    if opening is not None and opening.search(text, max(0, d.start - 30), d.start):
        return 1
    if closing is not None and closing.match(text, d.end):
        return -1
    return 0


def finest_date(t: TriggerHit, ds: Sequence[DateHit]) -> DateHit:
    """Of the dates a trigger claimed, the finest; of two as fine, the nearer (then the earlier)."""
    return min(ds, key=lambda d: (_PRECISION_RANK.get(d.precision, 9), gap(t.start, t.end, d.start, d.end), d.start))


@dataclass(frozen=True)
class OwnSideMove:
    """A date :func:`own_side_dates` moved from a control verb (``source``, which would have kept
    ``kept``) to its undated neighbour (``target``)."""

    source: TriggerHit
    target: TriggerHit
    date: DateHit
    kept: DateHit


def own_side_dates(triggers: Sequence[TriggerHit], claimed: dict[TriggerHit, list[DateHit]],
                   holders: set[TriggerHit], moved: list[OwnSideMove] | None = None,
                   anchored: Collection[tuple[int, int]] = ()) -> dict[TriggerHit, list[DateHit]]:
    """The claims of :func:`assign_dates` with a date moved to the undated verb of its kind on its
    side: of a control verb that claimed dates on both sides of it, the nearest date on a side, as
    fine as the one the verb keeps (:func:`finest_date`), that stands between it and an undated
    control verb (no other verb between them) goes to that verb; the first keeps the others.

    Why (round 29, rev29): a date closing one clause stands nearer the next clause's verb than its
    own verb ("Saraqeb, which had fallen to the rebels on Sunday, was retaken by the army on
    Thursday", "fell to HTS on Sunday and was retaken on Thursday", «سراقب التي سقطت بيد الفصائل
    يوم الأحد استعادها الجيش يوم الخميس», «das am Sonntag von den Rebellen eingenommen worden war,
    wurde am Donnerstag ... zurückerobert»): the second verb took both days and kept the nearer,
    the first verb's, and the recapture was dated to the day of the loss (a reversed change on that
    day), the loss lost. A verb with dates on both sides tells only one of them; the other is the
    neighbouring verb's, which has none. Control changes only (a change dated to the other's day is
    the reversal the map must not show; other kinds keep the nearest date).

    Each move is told to ``moved``; the caller undoes one whose two verbs do not tell a loss and
    a recapture of one place (round 30, rev30: ``timeline.extract.undone_moves``).
    """
    out = {t: list(ds) for t, ds in claimed.items()}
    ordered = sorted(triggers, key=lambda t: t.start)
    for t, ds in claimed.items():
        before = [d for d in ds if d.end <= t.start]
        after = [d for d in ds if d.start >= t.end]
        if t.kind != "control_change" or not before or not after:
            continue
        # only a date as fine as the one the verb keeps (:func:`finest_date`): "who had lost Karnaz
        # last week, retook it on Thursday" keeps Thursday, and the week stays with it
        kept = _PRECISION_RANK.get(finest_date(t, ds).precision, 9)
        for d in (max(before, key=lambda d: d.start), min(after, key=lambda d: d.start)):
            if _PRECISION_RANK.get(d.precision, 9) > kept or len(out[t]) < 2 or (d.start, d.end) in anchored:
                continue
            if d.end <= t.start:
                others = [u for u in ordered if u.end <= d.start]
                u = others[-1] if others else None
                between = [v for v in ordered if u is not None and u.end <= v.start and v.end <= t.start
                           and v is not t]
            else:
                others = [u for u in ordered if u.start >= d.end]
                u = others[0] if others else None
                between = [v for v in ordered if u is not None and t.end <= v.start and v.end <= u.start
                           and v is not u]
            if u is None or u.kind != t.kind or u in out or u in holders or between:
                continue
            kept_date = finest_date(t, out[t])
            out[t] = [e for e in out[t] if e is not d]
            out[u] = [d]
            if moved is not None:
                moved.append(OwnSideMove(t, u, d, kept_date))
    return out


def own_dates(triggers: Sequence[TriggerHit], dates: Sequence[DateHit]) -> dict[tuple[int, int], TriggerHit]:
    """The dates that stand inside a trigger's own words, by their span, each with that trigger
    (the shortest, should two overlap).

    Why (round 18, oth18): a launch told by its noun or a participle before it holds its day in
    its words ("im Zuge ihrer Ende November gestarteten Offensive", «con el comienzo a finales del
    mes pasado de una ofensiva», « ont lancé mercredi une offensive »): that day is the launch's,
    and the sentence's other day ("hatten am Sonntag ... Damaskus eingenommen"), nearer to the
    launch's words than to its own verb, is the other verb's. Before, the launch took the finer
    other day and the capture of Damascus none.
    """
    out: dict[tuple[int, int], TriggerHit] = {}
    for d in dates:
        inside = [t for t in triggers if t.start <= d.start and d.end <= t.end]
        if inside:
            out[(d.start, d.end)] = min(inside, key=lambda t: t.end - t.start)
    return out


def within(sentence: Sentence, start: int, end: int) -> bool:
    return sentence.start <= start and end <= sentence.end




#: (round 21, head21) The most words a subheading has: "Consequences of the exode", «تعزيز خطوط الدفاع».
HEADING_WORDS = 6
#: What closes a sentence or a quoted one: a line ending in one is the body's prose, no heading.
_CLOSING = ".!?؟…:;,،»\"”’'"


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the line holding ``text[start:end]`` (without its line breaks)."""
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) if "\n" in text[end:] else len(text))


def _neighbour_line(text: str, start: int, end: int, step: int) -> str | None:
    """The next (``step`` 1) or previous (-1) non-blank line around ``text[start:end]``, stripped."""
    lines = text[end:].split("\n")[1:] if step > 0 else text[:start].split("\n")[:-1][::-1]
    return next((line.strip() for line in lines if line.strip()), None)


def subheading(sentence: Sentence, text: str) -> bool:
    """Whether a sentence is a subheading of the body: a whole line of a few words
    (:data:`HEADING_WORDS`) with no closing punctuation, between a paragraph that ends (or the
    text's start) and one that follows and ends with its own punctuation.

    Why (round 21, head21): a page's section titles ("Consequences of the exodus", «تعزيز خطوط
    الدفاع», « Renforts militaires ») name what the paragraphs under them tell; read as sentences they
    made a second event of a theme, dated to the article, with no actor or place of its own. The shape
    is the page's in every language. A line of a hard-wrapped text ends without punctuation too, but
    the line before it or after it does as well, so it is no heading here.
    """
    line_start, line_end = _line_bounds(text, sentence.start, sentence.end)
    line = text[line_start:line_end].strip()
    if (line != sentence.text.strip() or not line or line[-1] in _CLOSING
            or len(line.split()) > HEADING_WORDS):
        return False
    after = _neighbour_line(text, line_start, line_end, 1)
    before = _neighbour_line(text, line_start, line_end, -1)
    return (after is not None and after[-1] in _CLOSING
            and (before is None or before[-1] in _CLOSING))
