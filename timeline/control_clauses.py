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
