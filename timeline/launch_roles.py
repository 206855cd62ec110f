"""Who launched an offensive: the side attacked and the passive's agent in a launch's words.

Why (round 22, evt22a): the launch of an offensive (an ``other`` event, role ``offensive`` or
``counteroffensive``) takes as its actors the armed sides next to the launch verb, those before
it first in subject-verb order. Two wordings credited it to the side attacked:

* the passive participle with its agent ("Government troops came under an assault launched by
  HTS", « l'armée fait face à une offensive lancée par les rebelles », «una ofensiva lanzada por
  los rebeldes»): the side before the verb is the one attacked, the launcher stands after the
  agent word;
* the side after "against" (« contre », «contra», «gegen», «ضد») inside or right after the launch
  words («eine Offensive gegen die Regierungstruppen gestartet»): it is the target, never the
  launcher.

The words are the tables' ``launch_agent`` and ``launch_target`` (timeline/rules/LANG.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors import ActorMention
from timeline.control_roles import table_pattern

#: How far (characters) after the launch words' start an agent or target word may stand.
LAUNCH_WORD_REACH = 60
#: How far (characters) after an agent or target word its side may start ("against the Syrian
#: government's forces": a determiner and a word or two between).
LAUNCH_SIDE_REACH = 30
#: The words between two sides of one list: a comma, a conjunction, an article or a possessive.
_LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?:\b(?:and|or|et|ou|y|o|und|oder|as well as|ainsi que)\b\s*|و|أو\s*)?"
    r"(?:\b(?:the|its|their|les?|la|l['’]|leurs?|ses|los|las|el|sus?|die|der|den|des|ihre[nmrs]?)\b\s*)?",
    re.IGNORECASE)
_BREAK = re.compile(r"[.;:!?؛،()\"«»“”]")


@cache
def _agent_marker(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``agent_marker`` as a whole word, compiled once per language."""
    marker = table_pattern(lang, "agent_marker")
    return re.compile(rf"(?<!\w)(?:{marker.pattern})(?!\w)", re.IGNORECASE) if marker is not None else None


def _side_after(word_end: int, sides: Sequence[ActorMention], text: str, lang: str | None) -> ActorMention | None:
    """The first side that starts within :data:`LAUNCH_SIDE_REACH` characters after ``word_end``,
    with no clause break between and no agent word (the table's ``agent_marker``: "launched an
    offensive on Wednesday by the rebels" names the launcher after "by", no target)."""
    agent = _agent_marker(lang)
    for side in sorted(sides, key=lambda a: a.start):
        if (word_end <= side.start <= word_end + LAUNCH_SIDE_REACH and not _BREAK.search(text, word_end, side.start)
                and (agent is None or not agent.search(text, word_end, side.start))):
            return side
    return None


def _with_list(first: ActorMention, sides: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """``first`` and the sides listed right after it ("by HTS and allied factions", « contre
    l'armée et ses alliés »)."""
    found = [first]
    for side in sorted(sides, key=lambda a: a.start):
        if side.start >= found[-1].end and _LIST_GAP.fullmatch(text, found[-1].end, side.start):
            found.append(side)
    return found


def _sides_after_words(key: str, lang: str | None, text: str, start: int, end: int,
                       sides: Sequence[ActorMention], before: int | None = None) -> list[ActorMention]:
    """The sides named right after a match of the table's ``key`` between ``start`` and ``end``
    (with ``before``, a match that starts by then)."""
    pattern = table_pattern(lang, key)
    if pattern is None or not text:
        return []
    found: list[ActorMention] = []
    for m in pattern.finditer(text, start, end):
        if before is not None and m.start() > before:
            break
        first = _side_after(m.end(), sides, text, lang)
        if first is not None:
            found += [s for s in _with_list(first, sides, text) if s not in found]
    return found


def launch_targets(text: str, lang: str | None, launch: tuple[int, int], sides: Sequence[ActorMention],
                   sentence_end: int) -> list[ActorMention]:
    """The sides a launch (its words from ``launch[0]`` to ``launch[1]``) is said to be against:
    named right after the table's ``launch_target`` word ("against", « contre », «contra»,
    «gegen», «ضد») inside the launch words or up to :data:`LAUNCH_WORD_REACH` characters after
    them. "HTS launched an offensive against government forces": the army was attacked, it
    launched nothing."""
    return _sides_after_words("launch_target", lang, text, launch[0],
                              min(sentence_end, launch[1] + LAUNCH_WORD_REACH), sides)


def launch_agents(text: str, lang: str | None, launch: tuple[int, int], sides: Sequence[ActorMention],
                  sentence_end: int) -> list[ActorMention]:
    """The sides a launch's passive participle names as its agent: right after the table's
    ``launch_agent`` words ("launched by", « lancée par », «lanzada por», «angeführt von», «من
    قبل») starting inside the launch words or right after them (a space or a comma between): in
    « une contre-offensive pour repousser les rebelles menés par des islamistes » the participle
    qualifies the rebels, not the launch.
    "Government troops came under an assault launched by HTS": HTS launched it, the troops
    before the verb were attacked."""
    adjacent = re.compile(r"[\s,]{0,3}").match(text, launch[1])
    return _sides_after_words("launch_agent", lang, text, launch[0],
                              min(sentence_end, launch[1] + LAUNCH_WORD_REACH), sides,
                              before=adjacent.end() if adjacent else launch[1])
