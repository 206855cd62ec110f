"""Merging that one article's events cannot break: find the articles that make the merge raise.

The merge runs over every stored report at once, so before this an exception in it (a malformed
report, a bug the report triggers) failed the whole build and stored nothing. Now the failure is
the failing articles' problem: when the merge raises, the articles are bisected (merge one half,
then the other) down to those whose reports make it raise; they are left out, and the rest is
merged. If the halves only fail together, articles are added one by one instead. If the curated
tables alone cannot be merged, no article is to blame and the error is raised as before.

Pure: takes the reports grouped by article and a merge function, returns the merged events and the
articles left out with the reason; the build decides what to store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from timeline.types import Event

Merge = Callable[[list[Event]], list[Event]]


@dataclass(frozen=True)
class GuardedMerge:
    events: list[Event]
    #: reports that went into the merge
    raw_events: int
    #: article id -> why its reports were left out (empty when the merge went through)
    left_out: dict[str, str] = field(default_factory=dict)


def article_of(event: Event) -> str:
    """The article a raw report comes from (its one source; else its provisional id)."""
    if event.sources:
        return event.sources[0].article
    return event.id.split(":")[1] if event.id.startswith("raw:") else event.id


def group_by_article(raw: Iterable[Event]) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = {}
    for event in raw:
        groups.setdefault(article_of(event), []).append(event)
    return groups


def _reason(err: Exception) -> str:
    return f"merging its events failed ({type(err).__name__}: {err})"


def merge_leaving_out(groups: dict[str, list[Event]], merge: Merge) -> GuardedMerge:
    """``merge`` over the reports of every article in ``groups`` (in its order), leaving out the
    articles that make it raise."""

    def attempt(ids: Sequence[str]) -> list[Event] | Exception:
        try:
            return merge([e for i in ids for e in groups[i]])
        except Exception as err:  # which article's, is what the caller finds out
            return err

    remaining = list(groups)
    left_out: dict[str, str] = {}
    result = attempt(remaining)
    if isinstance(result, Exception):
        alone = attempt([])
        if isinstance(alone, Exception):  # the curated tables themselves: nobody's article
            raise result
    while isinstance(result, Exception):
        found = _bisect(remaining, result, attempt) or _one_by_one(remaining, attempt)
        if not found:  # it raises, but not reproducibly for any article: not theirs to carry
            raise result
        left_out.update(found)
        remaining = [i for i in remaining if i not in found]
        result = attempt(remaining)
    return GuardedMerge(result, sum(len(groups[i]) for i in remaining), left_out)


def _bisect(ids: Sequence[str], err: Exception,
            attempt: Callable[[Sequence[str]], list[Event] | Exception]) -> dict[str, str]:
    """Articles that make the merge raise on their own (with ``err`` raised by all of ``ids``)."""
    if len(ids) == 1:
        return {ids[0]: _reason(err)}
    found: dict[str, str] = {}
    middle = len(ids) // 2
    for half in (ids[:middle], ids[middle:]):
        outcome = attempt(half)
        if isinstance(outcome, Exception):
            found.update(_bisect(half, outcome, attempt))
    return found


def _one_by_one(ids: Sequence[str], attempt: Callable[[Sequence[str]], list[Event] | Exception]) -> dict[str, str]:
    """Articles whose reports make the merge raise together with the ones added before them."""
    kept: list[str] = []
    found: dict[str, str] = {}
    for i in ids:
        outcome = attempt([*kept, i])
        if isinstance(outcome, Exception):
            found[i] = _reason(outcome)
        else:
            kept.append(i)
    return found
