"""Dates of control changes whose sentence dates only a relative clause told after them.

Why: in «سيطرت الفصائل على مطار أبو الضهور، ودخلت القاعدة التي انسحبت منها القوات الروسية الجمعة
الماضية» or "Rebels captured the air base, which government troops had abandoned on Tuesday" the
one date phrase belongs to the withdrawal the relative clause recalls, not to the capture: giving
it to the capture put it on the wrong day, and leaving the capture undated in a dated sentence
dropped it. Such a capture is dated as an undated one is: by the days up to the article's date. So is a change
whose only date names the war's start ("since the start of the civil war in Syria in 2011").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import timedelta
from functools import cache
from typing import Any

from timeline.lexicon import LanguageRules
from timeline.sentences import CLAUSE_BREAK, DateHit, TriggerHit


def relative_clause_date(trigger: TriggerHit, d: DateHit, text: str, rules: LanguageRules) -> bool:
    """Whether a date phrase stands in a relative clause opened after a control verb (the table's
    ``object_relative`` or ``relative_pronoun``), with no clause break between the pronoun and it:
    ", which troops had abandoned on Tuesday", «التي انسحبت منها القوات الجمعة الماضية». Not a
    date after the clause's end ("Hama, which it had lost in 2012, on Thursday"). (Round 40, rev40b)
    Nor one of a clause told with no pronoun after an appositive noun (the table's
    ``appositive_relative``: "recaptured Suran, a town the rebels had taken on Wednesday")."""
    if d.start < trigger.end:
        return False
    return relative_opening(text[trigger.end:d.start], _relative_openers(rules)) is not None


def relative_opening(span: str, patterns: Sequence[re.Pattern[str]]) -> tuple[int, re.Match[str]] | None:
    """The first relative clause opened in ``span`` at a word's start by one of ``patterns`` with no
    clause break after its opener, as (offset in ``span``, the opener's match), or None: what
    :func:`relative_clause_date` and :func:`background_relative_split` both look for between a
    verb and what follows it."""
    for i in range(len(span)):
        if i and span[i - 1].isalnum() and span[i].isalnum():
            continue
        m = next((m for p in patterns if (m := p.match(span[i:])) is not None), None)
        if m is not None and CLAUSE_BREAK.search(span, i + m.end()) is None:
            return i, m
    return None


#: How far before a date phrase (characters) the "since" word of a reference to the war's start may
#: stand: « desde el inicio de la guerra civil en Siria en 2011 » puts it 47 characters before the
#: year, past the date reader's own reach.
WAR_START_REACH = 80


def war_start_date(d: DateHit, text: str, rules: LanguageRules) -> bool:
    """Whether a date phrase is the war's start named as a reference after a "since" word further
    back than the date reader looks ("for the first time since the start of the civil war in Syria
    in 2011", « depuis le début de la guerre civile en Syrie en 2011 »): the table's ``since``
    words, then its ``war_words``, then the date, in one clause. Such a year dates no change of
    control; taken for one, it put the loss of Aleppo in 2011."""
    if d.start < 0 or not rules.since or rules.war_words is None:
        return False
    head = text[max(0, d.start - WAR_START_REACH):d.start]
    since = re.search(rf"(?<!\w)(?:{rules.since})", head, re.IGNORECASE)
    return (since is not None and rules.war_words.search(head, since.start()) is not None
            and CLAUSE_BREAK.search(head, since.end()) is None)


def relative_dated_captures(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                            dates: Sequence[DateHit], text: str, rules: LanguageRules,
                            roles: Collection[str]) -> list[TriggerHit]:
    """The capture verbs (control changes of ``roles``) of a sentence every date phrase of which
    stands in a relative clause opened after the verb (:func:`relative_clause_date`): undated ones
    and those given such a date. ``[]`` for a sentence with a date of its own for them. Not a
    loss: "Aleppo is outside government control, as the toll of the offensive launched on
    Wednesday rises" is the state the story reports, told already by its dated capture. A date
    that only names the war's start (:func:`war_start_date`) dates no change of any role."""
    out = []
    for t in triggers:
        if t.kind != "control_change" or not dates:
            continue

        def elsewhere(x: DateHit, t: TriggerHit = t) -> bool:
            # the war's start dates no change of any role; a relative clause's date no capture
            return war_start_date(x, text, rules) or (t.role in roles and relative_clause_date(t, x, text, rules))

        d = dated.get(t)
        if d is not None and (d.start < 0 or not elsewhere(d)):
            continue
        if all(elsewhere(x) for x in dates):
            out.append(t)
    return out


def relative_verb_dated(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit],
                        dates: Sequence[DateHit], text: str, rules: LanguageRules,
                        roles: Collection[str]) -> list[TriggerHit]:
    """The undated capture verbs (control changes of ``roles``) of a sentence every date phrase of
    which went to a control verb of a relative clause opened after them (the table's
    ``object_relative`` or ``relative_pronoun`` between the capture and that verb, no clause break
    from the pronoun to the verb), even with a comma before the date.

    Why (round 32, cc32ar3): «سيطرت الفصائل على معصران ودخلت القاعدة التي انسحبت منها القوات
    الروسية، الجمعة», "took Maasran and entered the base that Russian troops had left, on Friday":
    the day went to the nearest verb, the withdrawal of the clause, and the captures before it,
    left with no day in a dated sentence, were dropped. Whose day it is stays unclear (the base's
    past or the news): the captures are dated as undated ones, by the report. Only a loss verb's
    clause on the object of another control verb after the capture ("retook Morek, officials said
    on Thursday that rebels had taken Halfaya" is a reported clause, not this)."""
    patterns = [p for p in (rules.object_relative, rules.relative_pronoun) if p is not None]
    if not dates or not patterns:
        return []

    def in_relative(t: TriggerHit, u: TriggerHit) -> bool:
        span = text[t.end:u.start]
        for i in range(len(span)):
            if i and span[i - 1].isalnum() and span[i].isalnum():
                continue
            m = next((m for p in patterns if (m := p.match(span[i:])) is not None), None)
            if (m is not None and CLAUSE_BREAK.search(span, i + m.end()) is None
                    and any(v.kind == "control_change" and t.end <= v.start and v.end <= t.end + i
                            for v in triggers)):
                return True
        return False

    out = []
    for t in triggers:
        if t.kind != "control_change" or t.role not in roles or t in dated:
            continue
        holders = [u for u, d in dated.items()
                   if u.kind == "control_change" and u.role == "lose" and u.start >= t.end]
        if holders and all(any((dated[u].start, dated[u].end) == (x.start, x.end) and in_relative(t, u)
                               for u in holders) for x in dates):
            out.append(t)
    return out


def held_range(d: DateHit, days: int, held_by: Any) -> DateHit:
    """An undated capture's range: ``days`` before the article's date up to ``held_by`` (the last
    day it may have happened on), as for every undated capture."""
    return DateHit(d.phrase, -1, -1, d.date - timedelta(days=days), held_by, "week")


def period_background_triggers(triggers: Sequence[TriggerHit], capture_roles: Collection[str]) -> list[TriggerHit]:
    """The capture verbs of an undated background sentence (the table's ``background``: a
    pluperfect, "previously") that may be dated as the period's captures (:func:`period_background`,
    from the offensive's launch: :func:`timeline.extract.background_start`).

    Why (round 15, ctl15b): "the insurgents had captured Hama", « les insurgés avaient conquis Hama »,
    «habían capturado Hama», «hatten Hama eingenommen», «وكانت قد سيطرت الفصائل على حماة» tell a
    capture as the background of the article's news. The corpus ruling (data/corpus/README.md,
    round 14) makes it a change of the place, dated from the offensive's launch to the publication;
    the background rule dropped it (nine such misses on development half a, en, fr, es, de, ar).
    """
    return [t for t in triggers if t.kind == "control_change" and t.role in capture_roles]


def period_background(event: Any) -> bool:
    """Whether a background capture (:func:`period_background_triggers`) is one of the period: a
    change of control (dated: its range runs from the offensive's launch to the publication,
    :func:`timeline.extract.background_start`) to an anti-government side.

    Not the government's undated pluperfect recapture ("the army had retaken Aleppo with Russian
    help"): the war's older history (2016); nor one a side the text does not name took (a guessed
    direction), nor one rebel group's from another (no change of the period's front we can date).
    Round 16 (dat16): the range is :func:`timeline.extract.background_start`'s, no longer set here.
    """
    from control.sides import ANTI_GOVERNMENT, side_key

    if event.kind != "control_change" or event.date is None or side_key(event.to_controller) not in ANTI_GOVERNMENT:
        return False
    return side_key(event.from_controller) not in ANTI_GOVERNMENT


def former_names_masked(text: str, lang: str | None, start: int = 0, end: int | None = None) -> str:
    """``text`` with the table's ``former_name_aside`` spans between ``start`` and ``end`` blanked
    (same length, so offsets hold): a side's former name in an aside after its name ("HTS,
    formerly the Nusra Front, took Morek", «هيئة تحرير الشام، جبهة النصرة سابقا، سيطرت على مورك»,
    « HTS, auparavant connue sous le nom de Front al-Nosra, a pris Morek », «HTS, vormals
    Nusra-Front, nahm Morek ein») names the side, it tells no past of the sentence.

    Why (round 35, ar35b): the time word of that aside («سابقا», « auparavant », «früher») is a
    ``background`` and ``background_then`` word, and the undated capture of such a sentence was
    dropped as the war's older history; the round-18 guard read only a former name closed by a
    bracket or a quotation mark («(جبهة النصرة سابقا)»), not one between commas."""
    from timeline.control_roles import table_pattern

    pattern = table_pattern(lang, "former_name_aside")
    end = len(text) if end is None else end
    if pattern is None:
        return text
    spans = [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def told_then(text: str, start: int, end: int, capture: TriggerHit, triggers: Sequence[TriggerHit],
              lang: str | None) -> bool:
    """Whether a background sentence (``text[start:end]``) names the time of its capture verb with an
    anaphoric time word, the table's ``background_then`` ("at the time", "previously", « à
    l'époque », «en aquel momento», «damals», «آنذاك», «سابقا»), with no statement verb between
    them (that word dates the words: «die Beobachtungsstelle hatte zuvor bestätigt, dass die SNA
    Manbij übernommen habe» reports news).

    Why (round 15, ctl15b): such a word points at a time the story named before, which may be years
    back ("at the time the rebels held Saraqeb"): the capture it tells is no change of the period
    unless dated (:func:`period_background` is for a bare pluperfect, "the rebels had taken Aleppo",
    which only places the capture before the article's news).
    """
    from timeline.control_roles import table_pattern

    pattern = table_pattern(lang, "background_then")
    if pattern is None:
        return False
    said = [(t.start, t.end) for t in triggers if t.kind == "statement"]
    for m in pattern.finditer(former_names_masked(text, lang, start, end), start, end):
        lo, hi = min(m.start(), capture.start), max(m.end(), capture.start)
        if any(a < hi and b > lo for a, b in said):  # the statement verb, or its span, between them
            continue
        if then_reported(text, m.start(), m.end(), capture, start, end, lang):
            continue
        return True
    return False


#: How far after a capture (characters) the verb of announcing that closes its clause may end
#: («hatten zuvor die Einnahme der syrischen Hauptstadt Damaskus gemeldet»).
THEN_REPORT_REACH = 60


def then_reported(text: str, before: int, after: int, capture: TriggerHit, start: int, end: int,
                  lang: str | None) -> bool:
    """Whether a verb of announcing a capture (the table's ``background_then_report``: "announced",
    « annoncé », «anunciado», «gemeldet», «أعلنت») stands right before the time word (``before``
    to ``after``: «había anunciado anteriormente la toma de», «أعلنت سابقا السيطرة على») or follows
    it in its clause, before the capture or within the capture's own words, or closing the clause
    after it (German puts the participle last): the time word dates the announcement, told as the news's
    background ("HTS had previously announced the capture of Saraqeb", « HTS avait auparavant
    annoncé la prise de Saraqeb », «Die HTS hatte zuvor die Einnahme von Saraqeb gemeldet»,
    «أعلنت الهيئة سابقا السيطرة على سراقب»), not an older time of the war.

    Why (round 38, bgc38): the round-15 guard (a statement trigger between the time word and the
    capture) missed announcements whose verb no statement row reads there (the German participle
    after its object, a pluperfect with the time word between auxiliary and participle); the
    capture of the capital so announced was dropped (development, German)."""
    from timeline.control_roles import table_pattern

    pattern = table_pattern(lang, "background_then_report")
    if pattern is None:
        return False
    if any(not text[f.end():before].strip() for f in pattern.finditer(text, max(start, before - 30), before)):
        return True  # the verb right before the time word
    stop = CLAUSE_BREAK.search(text, capture.end, end)
    limit = min(stop.start() if stop is not None else end, capture.end + THEN_REPORT_REACH, end)
    found = pattern.search(text, after, limit)
    return found is not None and CLAUSE_BREAK.search(text, after, found.start()) is None


#: How far before a control verb (characters) the word opening its "before" clause may stand
#: ("before storming", «avant d'entrer dans», «bevor sie Halfaya eroberten», «قبل أن تدخل»).
BEFORE_CLAUSE_REACH = 40
#: Roles of a change a "before" clause may tell: a capture or a loss, not a holding or a contest.
BEFORE_CLAUSE_ROLES = frozenset({"take", "retake", "fall", "lose"})


def before_clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                        lo: int, opener: re.Pattern[str] | None, until: Any) -> dict[TriggerHit, DateHit]:
    """Dates for the undated control changes of a "before" clause told after a dated military verb
    of its sentence: the days from that verb's day to ``until`` (the story's day), week precision.

    Why (round 17, ctl17): in "took Karnaz on Wednesday before storming Halfaya", « se sont emparés
    de Karnaz mercredi avant d'entrer dans Halfaya », «tomaron Karnaz el miércoles antes de entrar
    en Halfaya», «nahmen am Mittwoch Karnaz ein, bevor sie Halfaya eroberten», «سيطرت الفصائل على
    كرناز يوم الأربعاء قبل أن تدخل حلفايا» the day goes to the main verb and the second capture,
    left undated in a dated sentence, was dropped. "Before" says it came later than that day (a
    mirror of :func:`timeline.extract.before_main_clause`, whose "after" clause came earlier), and
    the story reports it done: between the two. ``opener`` is the table's ``before_clause``; it must
    stand within :data:`BEFORE_CLAUSE_REACH` characters before the verb, with no clause break
    between, after the dated verb (from ``lo``, the sentence's start)."""
    out: dict[TriggerHit, DateHit] = {}
    if opener is None or until is None:
        return out
    for t in triggers:
        if t in dated or t.kind != "control_change" or t.role not in BEFORE_CLAUSE_ROLES:
            continue
        start = max(lo, t.start - BEFORE_CLAUSE_REACH)
        found = [m for m in opener.finditer(text, start, t.start)
                 if CLAUSE_BREAK.search(text, m.end(), t.start) is None]
        if not found:
            continue
        opening = found[-1].start()
        main = [m for m in dated if m.family == "military" and lo <= m.start and m.end <= opening]
        if not main:
            continue
        d = dated[max(main, key=lambda m: m.end)]
        if d.date is None or d.precision != "day" or d.date > until:
            continue
        out[t] = DateHit(d.phrase, d.start, d.end, d.date, until, "week") if d.date < until else d
    return out


#: (Round 43, cc43) The roles a later verb of its sentence undoes ("took Morek on Sunday, but the
#: army retook it"): a capture or fall by a loss or a recapture, a loss by a recapture.
UNDOING_CLAUSE_ROLES = {"take": frozenset({"lose", "retake"}), "fall": frozenset({"lose", "retake"}),
                        "lose": frozenset({"retake"})}
#: How far after its opener (characters) the later clause's words naming the place again may end.
UNDOING_PLACE_REACH = 30


def undoing_clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                         opener: re.Pattern[str] | None, same_place: re.Pattern[str] | None,
                         until: Any) -> tuple[dict[TriggerHit, DateHit], dict[TriggerHit, DateHit]]:
    """A day told in the clause of a control change, before the table's ``undoing_clause`` ("but",
    « mais », «pero», «doch», «لكن») that opens a later clause undoing that change on the same place
    (the table's ``undoing_place``: "it", "the town", «l'», «la ciudad», «die Stadt», «ـها»), with
    no day of its own: the day is the first change's (the first dict), and the later change is
    dated from that day to ``until`` (the story's day), week precision (the second dict).

    Why (round 43, cc43): in "The rebels took Morek on Sunday, but the army retook it", « ont pris
    Morek dimanche, mais l'armée l'a reprise », «سيطرت الفصائل على مورك يوم الأحد، لكن الجيش
    استعادها» the day went to both verbs (or to the recapture alone), and the capture, dated by the
    very day of the change that undid it, was dropped (:func:`timeline.extract.undone_same_day`):
    the recapture was shown on the capture's day and the capture was lost. "But" says the second
    change came after the first; the story reports it done: between the two, as a "before" clause
    is dated (:func:`before_clause_dates`)."""
    own: dict[TriggerHit, DateHit] = {}
    later: dict[TriggerHit, DateHit] = {}
    if opener is None or same_place is None or until is None:
        return own, later
    changes = sorted((t for t in triggers if t.kind == "control_change"), key=lambda t: t.start)
    for u in changes:
        firsts = [t for t in changes if t.end <= u.start and u.role in UNDOING_CLAUSE_ROLES.get(t.role, ())]
        if not firsts:
            continue
        t = firsts[-1]
        if _STOP.search(text, t.end, u.start) is not None:
            continue
        opened = list(opener.finditer(text, t.end, u.start))
        if not opened:
            continue
        m = opened[-1]
        if same_place.search(text[m.end():u.end + UNDOING_PLACE_REACH]) is None:
            continue
        days = [d for d in (dated.get(t), dated.get(u)) if d is not None]
        if not days or any(d.start >= m.start() for d in days):
            continue  # the later clause's own day ("but on Thursday the army retook it") stays its own
        d = days[0]
        if d.date is None or d.precision != "day" or d.date > until or d.start < 0:
            continue
        own[t] = d
        later[u] = DateHit(d.phrase, -1, -1, d.date, until, "week") if d.date < until else d
    return own, later


#: How many characters may stand between the date phrase of a second clause and its verb ("and on
#: Sunday entered", «y el domingo pasado entraron», « et dimanche sont entrés »).
EARLIER_CLAUSE_GAP = 25
#: Roles of the undated first clause :func:`earlier_clause_dates` dates: a capture, a loss or a
#: holding reached (the preterite «controlaron»), not a contest.
EARLIER_CLAUSE_ROLES = BEFORE_CLAUSE_ROLES | {"hold"}
_STOP = re.compile(r"[.;:!?]")


def earlier_clause_dates(triggers: Sequence[TriggerHit], dated: dict[TriggerHit, DateHit], text: str,
                         coordinated: re.Pattern[str] | None, days: int, launch: Any,
                         joiner: re.Pattern[str] | None = None) -> dict[TriggerHit, DateHit]:
    """Dates for the undated control change of a first clause joined by a coordinator to a second
    control change whose day stands between them, right before its verb: the days up to that day
    (``days`` before it, not before ``launch``), week precision.

    Why (round 20, ctl20): in "the rebels took Aleppo, Hama and Homs and on Sunday entered
    Damascus", «controlaron varias ciudades como Alepo, Hama y Homs y el domingo pasado entraron en
    Damasco», « ont pris Alep et dimanche sont entrés dans Damas » the day opens the second clause
    and goes to its verb; the first capture, left undated in a dated sentence, was dropped. The
    coordinator tells the first came before the dated one and the story reports it done: by that
    day (the mirror of :func:`before_clause_dates`). ``coordinated`` is the table's coordinator at
    the end of a span (a word, not a bare comma); a day before ``launch`` is the war's history and
    dates nothing here.

    (Round 41, cc41) ``joiner`` (the table's ``same_day_joiner``) opens the dated clause too: "within a
    week the rebels took Aleppo and Hama, while on Saturday they captured Homs", «mientras este sábado
    conquistaron Homs», « tandis que samedi ils ont pris Homs »: the day after the word is the second
    clause's only (:func:`timeline.extract.shared_dates` gives it to the first only when it stands
    before the word), and the first capture, told as done by then, was dropped. Only between two
    verbs of one role: after such a word a recapture undoes the first («HTS nahm Halfaya ein, doch am
    Donnerstag eroberten Regierungstruppen den Ort zurück»), and a range ending on its day put both
    sides' changes on one day."""
    out: dict[TriggerHit, DateHit] = {}
    if coordinated is None or launch is None:
        return out
    for t in triggers:
        if t in dated or t.kind != "control_change" or t.role not in EARLIER_CLAUSE_ROLES:
            continue
        later = [u for u in triggers if u in dated and u.kind == "control_change" and u.start >= t.end]
        for u in later:
            d = dated[u]
            if (d.date is None or d.precision != "day" or d.date < launch or d.start < t.end
                    or d.end > u.start or u.start - d.end > EARLIER_CLAUSE_GAP
                    or _STOP.search(text, t.end, u.start) is not None):
                continue
            joined = coordinated.search(text[max(t.end, d.start - 12):d.start])
            if (joiner is not None and u.role == t.role
                    and (joined is None or not any(c.isalpha() for c in joined.group()))):
                joined = re.search(rf"(?<!\w)(?:{joiner.pattern})\s*$", text[max(t.end, d.start - 20):d.start],
                                   re.IGNORECASE)
            if joined is None or not any(c.isalpha() for c in joined.group()):
                continue  # a bare comma or nothing: no coordinator opens the dated clause
            first = max(launch, d.date - timedelta(days=days))
            out[t] = DateHit(d.phrase, d.start, d.end, first, d.date, "week") if first < d.date else d
            break
    return out


#: How far before a date phrase (characters) the table's ``fight_date`` phrase may open.
FIGHT_DATE_REACH = 60


def fight_dates(dates: Sequence[DateHit], triggers: Sequence[TriggerHit], text: str, lo: int,
                pattern: re.Pattern[str] | None) -> list[DateHit]:
    """The date phrases of a sentence that date a phrase of fighting before them, the table's
    ``fight_date`` ("after fighting on Tuesday", « après des combats mardi », «tras combates el
    martes», «nach Kämpfen am Dienstag», «بعد معارك يوم الثلاثاء»), when the sentence has another
    day of its own to give its verbs; none when no other day is told (the fighting's day is then
    the sentence's best guess), nor one whose fighting phrase is itself a trigger (a clash event
    keeps its day).

    Why (round 32, rev32): such a day is the fighting's, not the capture's the phrase describes.
    Inside a German split verb («eroberte die Armee die Stadt nach Kämpfen am Dienstag zurück») the
    day stood in the verb's own words and held it, so the recapture took Tuesday and the
    clause before (", und am Mittwoch") took Wednesday: "HTS took Morek" dated on the day of the
    army's recapture, a reversed change on the map."""
    if pattern is None or len(dates) < 2:
        return []
    out = []
    for d in dates:
        if d.start < 0:
            continue
        m = pattern.search(text, max(lo, d.start - FIGHT_DATE_REACH), d.start)
        if m is None or any(m.start() <= t.start and t.end <= d.start for t in triggers
                            if t.kind != "control_change"):
            continue
        out.append(d)
    if not any(d.precision == "day" and d not in out for d in dates):
        return []
    return out


#: How far after a background capture verb (characters) the count of days of its clause may stand
#: ("a town they had seized two days earlier", «den die Rebellen zwei Tage zuvor eingenommen hatten»).
EARLIER_COUNT_REACH = 70
#: How far after the main verb (characters) the relative clause on its object may open ("drove the
#: insurgents out of Morek, a town", «eroberte Morek zurück, das»).
RELATIVE_OBJECT_REACH = 60


def background_relative_split(triggers: Sequence[TriggerHit], text: str, lo: int, hi: int,
                              rules: LanguageRules, roles: Collection[str],
                              marker: re.Pattern[str] | None = None) -> tuple[list[TriggerHit], dict[TriggerHit, int]]:
    """In an undated sentence the table's ``background`` (a pluperfect) marks as the past: the control
    changes of its main clause told before a relative clause that holds the pluperfect (the table's
    ``object_relative``, ``relative_pronoun`` or ``appositive_relative``, no clause break from it to
    the pluperfect, none of it before the main verb), and the captures of that clause, each with
    how many days before the main change it came (the table's ``earlier_count`` right after its
    verb or before it in its clause: "two days earlier", « deux jours plus tôt », «dos días antes»,
    «zwei Tage zuvor»; 1 when
    none is told: before it, never the same day).

    Why (round 40, rev40b): in "The army pushed the insurgents out of Suran, a town they had seized
    two days earlier", «El ejército recuperó Suran, que los rebeldes habían tomado» the pluperfect
    of the clause made the whole sentence background: the main recapture (no capture of the
    period's anti-government side) was dropped and the clause's capture dated up to the
    publication, so the map showed the rebels taking the town after the army retook it: a
    reversed change. The main verb is news, dated as an undated one is; the clause's capture
    ends the days before it. ``marker`` (in a sentence the table's ``background`` leaves as news:
    the table's ``clause_pluperfect`` or ``earlier_count``) stands for it: "The army retook Suran,
    which the rebels had captured three days earlier", both dated by the article, put the two
    changes on one day, in no order."""
    from timeline.control_roles import table_pattern

    marker = marker or rules.background
    if marker is None:
        return [], {}
    masked = former_names_masked(text[lo:hi], rules.language)
    patterns = _relative_openers(rules)
    mains: list[TriggerHit] = []
    opening: int | None = None
    for u in triggers:
        if u.kind != "control_change" or u.role not in roles or u.end > hi or u.start < lo:
            continue
        if marker.search(masked, 0, u.end - lo) is not None:
            continue  # the main verb is itself of the past ("had retaken Suran, which they had lost")
        # the table's row may run from the sentence's start to the pluperfect: where it ends
        past = next((m for m in marker.finditer(masked) if m.end() > u.end - lo), None)
        if past is None:
            continue
        found = relative_opening(text[u.end:lo + past.end()], patterns)
        if found is None:
            continue
        i, m = found
        # right after the main verb's object: no verb between ("took Saraqeb, they said on Thursday
        # that they had captured Karnaz" is a reported clause, not a relative one)
        if i <= RELATIVE_OBJECT_REACH and not any(u.end <= t.start < u.end + i for t in triggers):
            mains.append(u)
            opening = u.end + i + m.end() if opening is None else opening
    if not mains or opening is None:
        return [], {}
    counted = table_pattern(rules.language, "earlier_count")
    numbers = offset_numbers(rules.language)
    earlier: dict[TriggerHit, int] = {}
    for t in triggers:
        if (t.kind != "control_change" or t.role not in roles or t in mains or t.start < opening
                or t.end > hi or CLAUSE_BREAK.search(text, opening, t.start) is not None):
            continue
        days = 1
        # after the verb ("seized two days earlier") or before it in the clause («zwei Tage zuvor eingenommen»)
        stop = CLAUSE_BREAK.search(text, t.end, min(hi, t.end + EARLIER_COUNT_REACH))
        until = stop.start() if stop else min(hi, t.end + EARLIER_COUNT_REACH)
        m = counted.search(text, opening, until) if counted else None
        if m is not None:
            word = (m.groupdict().get("n") or m.groupdict().get("n2") or "").strip()
            value = word if word.isdigit() else numbers.get(word.lower(), numbers.get(word, ""))
            weeks = value.endswith("w")
            value = value.rstrip("dw")  # «بيومين»: the dual names its unit
            weeks = weeks or bool(m.groupdict().get("weeks"))
            days = max(1, int(value) * (7 if weeks else 1)) if value.isdigit() else 1
        earlier[t] = days
    return mains, earlier


@cache
def offset_numbers(lang: str | None) -> dict[str, str]:
    """The table's ``offset_numbers`` ("word=value" rows) as word -> value, the number words of its
    counts of days, read once per language (shared by :func:`background_relative_split` and
    :func:`timeline.extract.clause_offset`; callers only read it)."""
    from timeline.lexicon import table_language, table_rows

    return dict(str(r).split("=", 1) for r in table_rows(table_language(lang), "offset_numbers"))


@cache
def clause_marker(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``clause_pluperfect`` or ``earlier_count``, one pattern: what tells a relative
    clause's capture as before its sentence's main change (:func:`background_relative_split`)."""
    from timeline.control_roles import table_pattern

    rows = [p.pattern for p in (table_pattern(lang, "clause_pluperfect"), table_pattern(lang, "earlier_count"))
            if p is not None]
    return re.compile("|".join(f"(?:{r})" for r in rows), re.IGNORECASE) if rows else None


def _relative_openers(rules: LanguageRules) -> list[re.Pattern[str]]:
    """The patterns that open a relative clause after a control verb: the table's ``object_relative``,
    ``relative_pronoun`` and (round 40, rev40b) ``appositive_relative``, a clause with no pronoun
    after an appositive noun ("Suran, a town the rebels had taken on Wednesday")."""
    from timeline.control_roles import table_pattern

    return [p for p in (rules.object_relative, rules.relative_pronoun,
                        table_pattern(rules.language, "appositive_relative")) if p is not None]
