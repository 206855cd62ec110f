"""A withdrawal told as the circumstance of a loss: "the army abandoned Morek as it withdrew from
northern Hama", «أخلى الجيش مدينة مورك أثناء انسحابه من ريف حماة», « mientras se retiraban de la
provincia de Idlib ».

Why: the place lost is the first verb's object (Morek); the clause after it, opened by "as it",
"while", «أثناء», «mientras», only says where the troops were going from. Read as a second loss, it
gave a change of the region (Hama, the Idlib governorate) beside or instead of the town's, and took
the sentence's date from the real loss. The words that open such a clause are the tables'
``withdrawing_clause`` (anchored at the end of the words right before the second loss verb); the
clause counts only after an earlier loss verb of the same sentence, so that "as the army withdrew
from Hama" alone stays a loss of Hama.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.control_roles import table_pattern
from timeline.lexicon import table_language, table_rows
from timeline.sentences import TriggerHit

#: Roles of a loss told by its loser (a withdrawal, an abandonment, a redeployment).
LOSS_ROLES = frozenset({"lose"})
#: How far before a loss verb (characters) its clause opener may begin.
OPENER_REACH = 30


@cache
def opener_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``withdrawing_clause``, anchored at the end of the text before a verb."""
    language = table_language(lang)
    rows = table_rows(language, "withdrawing_clause")
    return re.compile(rf"(?<!\w)(?:{'|'.join(rows)})\s*$", re.IGNORECASE) if rows else None


def withdrawing_clause(trigger: TriggerHit, triggers: Sequence[TriggerHit], text: str, lang: str | None) -> bool:
    """Whether a loss verb opens a clause that tells the circumstance of an earlier loss in its
    sentence ("abandoned Morek as it withdrew from Hama"): no change of its own."""
    if trigger.kind != "control_change" or trigger.role not in LOSS_ROLES:
        return False
    if not any(u.kind == "control_change" and u.role in LOSS_ROLES and u.end <= trigger.start
               and not re.search(r"[.;!?]", text[u.end:trigger.start]) for u in triggers):
        return False
    pattern = opener_pattern(lang)
    if pattern is None:
        return False
    head = text[max(0, trigger.start - OPENER_REACH):trigger.start]
    return pattern.search(head) is not None


#: Where a clause opens (a capture noun after it is the clause's head).
_CLAUSE_OPEN = re.compile(r"[,;:(«\"“،؛—–]")
#: Most words (not punctuated) between a capture noun and its modal verb: the place and its words.
NOUN_MODAL_WORDS = 6


@cache
def _prospect_patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                                   re.Pattern[str] | None]:
    """The table's ``capture_noun_head`` (anchored on the words before the capture in its clause),
    ``capture_noun_modal`` (a few words after it) and ``purpose_motion`` (before a «لل» capture)."""
    def rows(key: str) -> str | None:  # the key's alternatives, as the shared reader compiles them
        found = table_pattern(lang, key)
        return found.pattern if found is not None else None

    head, modal, motion = rows("capture_noun_head"), rows("capture_noun_modal"), rows("purpose_motion")
    return (re.compile(rf"\W*(?:{head})\s*", re.IGNORECASE) if head is not None else None,
            re.compile(rf"(?:\s*[^\s.,;:!?،؛]+){{0,{NOUN_MODAL_WORDS}}}?\s+(?:{modal})(?!\w)", re.IGNORECASE)
            if modal is not None else None,
            re.compile(rf"(?<!\w)(?:{motion})(?!\w)") if motion is not None else None)


def prospective_capture(text: str, sentence_start: int, sentence_end: int, trig: TriggerHit,
                        lang: str | None) -> bool:
    """Whether a capture is only a prospect: named by a noun heading its clause ("the capture of
    Homs", « la prise de Homs », «السيطرة على حمص»: nothing but a determiner before it) with a
    conditional or future verb a few words after ("would cut", « permettrait », «ستقطع»); or, in
    Arabic, the purpose «للسيطرة على» after a verb of moving or massing in its sentence («تقدمت
    الفصائل للسيطرة على حمص»: advanced in order to take).

    Why: a noun phrase is no tense of its own; the verb it is the subject of says whether the
    capture happened, and a conditional or future one tells what taking the place would bring
    (analysts' prospects, round 14 on real news in French and Arabic). The purpose «لـ» with a verbal
    noun tells what a move is for, not what it achieved. A verb of capture ("seized Homs and will
    push on") is not touched: only a noun heading its clause."""
    head, modal, motion = _prospect_patterns(lang)
    surface = text[trig.start:trig.end]
    if motion is not None and surface.startswith("لل"):
        return motion.search(text, sentence_start, trig.start) is not None
    fall_noun = table_pattern(lang, "fall_noun")
    # (round 26, ev26np) a fall told by its noun too: « la chute de Hama permettrait aux rebelles ... »
    noun_fall = trig.role == "fall" and fall_noun is not None and fall_noun.match(text, trig.start) is not None
    if trig.role not in ("take", "retake") and not noun_fall:
        return False
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, sentence_start, trig.start)]
    clause_start = opens[-1] if opens else sentence_start
    # (round 50, r50) «ومن شأن استيلاء الفصائل على حمص قطع ...», «من شأن سيطرة المعارضة على حمص أن
    # تعزل ...»: the words heading the noun's clause say by themselves that the capture would bring
    # something (the table's ``capture_noun_prospect_head``), with no modal verb after it; read as a
    # capture, a Reuters prospect translated into Arabic put Homs on the map a day early
    lead = table_pattern(lang, "capture_noun_prospect_head")
    if lead is not None and re.search(rf"(?<!\w)(?:{lead.pattern})\s*$", text[sentence_start:trig.start],
                                      re.IGNORECASE) is not None:
        return True
    if head is None or modal is None:
        return False
    # matched on the whole text: the head's lookahead («السيطرة»: the article) reads the trigger's words
    found = head.match(text, clause_start)
    if found is None or found.end() != trig.start:
        return False
    return modal.match(text, trig.end, sentence_end) is not None


#: How far before a capture or fall (characters) the words preventing or fearing it may begin.
AVERT_REACH = 60


#: Characters that end the phrase of an averted capture: a later trigger past them is not in it.
_AVERT_BREAK = re.compile(r"[.,;:!?()،؛]")


def averted_in_sentence(trig: TriggerHit, triggers: Sequence[TriggerHit], sentence_start: int, sentence_end: int,
                        text: str, lang: str | None) -> bool:
    """:func:`averted_change` for a trigger or for an earlier control trigger of its phrase (no
    punctuation between, :data:`AVERT_REACH` at most): «لمنع سقوط حماة بيد الفصائل» holds a second
    trigger («بيد الفصائل») inside the averted fall, averted with it."""
    if trig.kind != "control_change":
        return False
    if goal_change(trig, sentence_start, sentence_end, text, lang):
        return True  # (round 28) only the goal's own capture: "aim to take Homs after taking Hama" keeps Hama
    return any(u is trig or (u.kind == "control_change" and u.end <= trig.start <= u.end + AVERT_REACH
                             and not _AVERT_BREAK.search(text, u.end, trig.start))
               for u in triggers if averted_change(u, sentence_start, sentence_end, text, lang)
               and (u is trig or u.start < trig.start))


def goal_change(trig: TriggerHit, sentence_start: int, sentence_end: int, text: str, lang: str | None) -> bool:
    """Whether a capture is named only as a side's goal, aim or target: the table's
    ``capture_goal`` words right before it ("the rebels' next goal is the capture of Damascus",
    « l'objectif des factions est désormais la prise de Damas », «تهدف الفصائل إلى إحكام السيطرة على
    حمص») or its ``capture_goal_after`` words after it ("the capture of Damascus is their next
    target", «أصبحت السيطرة على دمشق هدف الفصائل»).

    Why (round 28, ev28prec): a capture noun has no tense of its own; named as a goal it was read
    as done, and a town not yet taken changed hands (on development «وتهدف فصائل المعارضة ... إلى
    إحكام السيطرة على مدينة حمص» gave Homs to the opposition a week early; our probes found the
    same in the five languages)."""
    if trig.kind != "control_change":
        return False
    before, after = (table_pattern(lang, key) for key in ("capture_goal", "capture_goal_after"))
    head = text[max(sentence_start, trig.start - AVERT_REACH):trig.start]
    if before is not None and before.search(head) is not None:
        return True
    return after is not None and after.match(text[trig.end:sentence_end]) is not None


def averted_change(trig: TriggerHit, sentence_start: int, sentence_end: int, text: str, lang: str | None) -> bool:
    """Whether a capture or fall is named only as what a side prevents, fears or warns of: the
    table's ``averted`` words right before it ("sent reinforcements to prevent the capture of Hama",
    « la crainte d'une chute de Homs », «لمنع سقوط حماة»), or its ``averted_after`` words after it
    («um die Einnahme von Hama zu verhindern»), unless the table's ``averted_failed`` words say the
    prevention failed ("failed to prevent the fall of Hama": it fell).

    Why (round 26, ev26np): a capture noun is no tense of its own, and one after "to prevent" was
    read as done, its subject as the taker: the army that sent reinforcements to stop the capture
    of Hama took Hama, a reversed change, in English, French, German and Arabic."""
    if trig.kind != "control_change":
        return False
    before, after, failed = (table_pattern(lang, key) for key in ("averted", "averted_after", "averted_failed"))
    head = text[max(sentence_start, trig.start - AVERT_REACH):trig.start]
    found = before.search(head) if before is not None else None
    if found is not None:
        return failed is None or failed.search(head[:found.start()]) is None
    if after is None or after.match(text[trig.end:sentence_end]) is None:
        return False
    return failed is None or failed.search(text, sentence_start, trig.start) is None
