"""Arabic village names written one spelling habit away from the gazetteer's.

The Arabic press and GeoNames (transliterated from old maps) spell some village names
differently, in ways no dot-slip (:mod:`geo.dotted`) covers: the last letter (taa marbuta or
alef: «ترملة» / «ترملا»; or one written after the name's own, «مبطنة» for «المبطن», and then the
letter before it respelt too, «حمراء» for «حمره»), a long vowel written or left out («بشقتين» / «بشقاتين», «شيخ دان» /
«شيخ دن»), a consonant written with its emphatic or plain twin («تلحية» for GeoNames' «طلحية», «تل
الطوقان» for «تل الطوكان»: names transliterated to Latin script and back lose the difference), and
a compass adjective GeoNames keeps in the name and the press drops («زور الحيصة» for «زور الحيصة
الشرقية»). The habits are data (``geo/rules/arabic_spelling.tsv``). A name is
read so only when exactly one gazetteer name is one such step away; the match is a variant
(method :data:`geo.variants.METHOD`), so :func:`geo.variants.confirmed` keeps it only where the
text says it is a place (a settlement word before it, a list with a name matched exactly).
"""

from __future__ import annotations

import csv
import threading
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from geo.normalize import compact_key

RULES_FILE = Path(__file__).with_name("rules") / "arabic_spelling.tsv"


@dataclass(frozen=True)
class SpellingRules:
    """The table of ``arabic_spelling.tsv``, read once."""

    final_letters: tuple[tuple[str, str], ...]
    long_vowels: frozenset[str]
    qualifiers: tuple[str, ...]
    min_letters: int
    #: the same for a word of a name of two words or more, whose other words are evidence too
    min_letters_in_longer: int = 0
    #: (plain, twin) consonants one spelling habit apart, either way: («ت», «ط»), («ك», «ق»)
    letters: tuple[tuple[str, str], ...] = ()
    #: (round 31) (form, form) of one generic first word of names, either way: («تله», «تل»)
    heads: tuple[tuple[str, str], ...] = ()
    #: (round 31) (word, «معبر»): a word before a border crossing's name for the gazetteer's head, one way
    crossings: tuple[tuple[str, str], ...] = ()


@cache
def load_spelling_rules(path: Path = RULES_FILE) -> SpellingRules:
    """The table; a malformed row raises ValueError naming the file and the row."""
    finals: list[tuple[str, str]] = []
    vowels: set[str] = set()
    qualifiers: list[str] = []
    letters: list[tuple[str, str]] = []
    heads: list[tuple[str, str]] = []
    crossings: list[tuple[str, str]] = []
    min_letters = min_longer = 0
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            kind, src, dst = row.get("kind") or "", row.get("from") or "", row.get("to") or ""
            if kind == "final" and len(src) == 1 and len(dst) <= 1:
                finals.append((src, dst))
            elif kind == "long_vowel" and len(src) == 1:
                vowels.add(src)
            elif kind == "letter" and len(src) == 1 and len(dst) == 1:
                letters.append((src, dst))
            elif kind == "head" and src and dst and " " not in src + dst:
                heads.append((src, dst))
            elif kind == "crossing" and src and dst and " " not in src + dst:
                crossings.append((src, dst))
            elif kind == "qualifier" and src:
                qualifiers.append(src)
            elif kind == "min_letters" and src.isdigit():
                min_letters = int(src)
            elif kind == "min_letters_in_longer" and src.isdigit():
                min_longer = int(src)
            else:
                raise ValueError(f"{path}: row {n}: unknown kind {kind!r} or malformed letters")
    return SpellingRules(tuple(finals), frozenset(vowels), tuple(qualifiers), min_letters, min_longer,
                         tuple(letters), tuple(heads), tuple(crossings))


#: The kinds of step, as the table names them.
FINAL, LONG_VOWEL, QUALIFIER, LETTER, HEAD = "final", "long_vowel", "qualifier", "letter", "head"
#: (round 31, geo31ar2) A slip, no habit: two letters side by side written in each other's place
#: in a long word («السقليبية» for «السقيلبية»); read only when exactly one gazetteer name is one
#: such swap away and every other spelling found none (:func:`swapped_key`).
SWAP = "swap"
#: (round 31, geo31ar2) the same slip, one letter left out of a long word («الحمانية» for
#: «الحمدانية»; a long vowel left out is a habit: :data:`LONG_VOWEL`)
DROPPED = "dropped"
#: A swapped word has this many letters or more (no article): shorter ones are too often another
#: word or another village two letters apart.
SWAP_MIN_LETTERS = 6
#: One more kind, no letter rule: a name the gazetteer writes as one word, written as two
#: («طاط مراش» for «طاطمراش», as «معرة مصرين» is also written «معرتمصرين»); read by the
#: matcher (geo.component) for two words where neither begins a gazetteer name.
JOINED = "joined"


def word_spellings(word: str, rules: SpellingRules, min_letters: int | None = None) -> Iterator[tuple[str, str]]:
    """(spelling, kind) for every spelling of a folded word one habit away: its last letter
    swapped or dropped (a dropped letter with the one before it swapped too), one long vowel
    left out or written inside it (never its first letter), or one consonant written as its twin
    (the first one too: «تلحيه» / «طلحيه»); none for a word shorter than ``min_letters``
    (default: the table's, for a one-word name)."""
    if len(word) < (rules.min_letters if min_letters is None else min_letters):
        return
    for src, dst in rules.final_letters:
        if word.endswith(src):
            yield word[:-1] + dst, FINAL
            if not dst:  # a letter written after the name's own last one: that one respelt too
                stem = word[:-1]  # («حمراء» for «حمره»: the hamza and the alef)
                for src2, dst2 in rules.final_letters:
                    if dst2 and stem.endswith(src2) and len(stem) >= 2:
                        yield stem[:-1] + dst2, FINAL
    for k in range(1, len(word) - 1):
        if word[k] in rules.long_vowels:
            yield word[:k] + word[k + 1:], LONG_VOWEL
    for k in range(1, len(word)):
        for v in rules.long_vowels:
            if word[k - 1] != v and word[k:k + 1] != v:
                yield word[:k] + v + word[k:], LONG_VOWEL
    for k, letter in enumerate(word):
        for plain, twin in rules.letters:
            other = twin if letter == plain else plain if letter == twin else None
            if other is not None:
                yield word[:k] + other + word[k + 1:], LETTER


def spellings(key: str, rules: SpellingRules | None = None) -> Iterator[tuple[str, str]]:
    """(key, kind) for the keys one habit away from a name key: one word respelt, or a compass
    qualifier added."""
    rules = rules or load_spelling_rules()
    words = key.split(" ")
    shortest = rules.min_letters if len(words) == 1 else rules.min_letters_in_longer
    for n, word in enumerate(words):
        for other, kind in word_spellings(word, rules, shortest):
            yield " ".join((*words[:n], other, *words[n + 1:])), kind
    if len(words) >= 2:  # the generic head written in its other form: «تله رفعت» / «تل رفعت»
        for a, b in rules.heads:
            other = b if words[0] == a else a if words[0] == b else None
            if other is not None:
                yield " ".join((other, *words[1:])), HEAD
    if len(words) >= 2:  # a one-word name plus «الشرقي» is too often another village's
        for q in rules.qualifiers:
            yield f"{key} {q}", QUALIFIER


def variant_key(key: str, known: Callable[[str], bool],
                candidates: Collection[str] | None = None) -> tuple[str, str] | None:
    """(key, kind) of the one key ``known`` accepts among the spellings of ``key``, or None when
    there is none or more than one (two villages one step away: the text does not say which).
    ``candidates``: the keys that share the skeleton of ``key`` (:func:`skeleton_index`), when
    known; the spellings are then only made when some name may be one of them."""
    if candidates is not None and not candidates:
        return None
    found = {k: kind for k, kind in spellings(key)
             if k != key and (candidates is None or k in candidates) and known(k)}
    return next(iter(found.items())) if len(found) == 1 else None


def swapped_key(key: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(key, kind) of the one key ``known`` accepts among those one slip from ``key`` in one
    word of :data:`SWAP_MIN_LETTERS` letters or more, never at the word's first letter: two
    neighbouring letters swapped (:data:`SWAP`: «سقليبيه» / «سقيلبيه») or one letter left out
    (:data:`DROPPED`: «حمانيه» / «حمدانيه»); None when there is none or more than one. Ask
    :func:`may_slip` first: it says in one lookup whether any gazetteer key can be one."""
    words = key.split(" ")
    found: dict[str, str] = {}
    for n, word in enumerate(words):
        if len(word) < SWAP_MIN_LETTERS:
            continue
        edits = [(word[:k] + word[k + 1] + word[k] + word[k + 2:], SWAP)
                 for k in range(1, len(word) - 1) if word[k] != word[k + 1]]
        edits += [(word[:k] + c + word[k:], DROPPED) for k in range(1, len(word) + 1) for c in _LETTERS
                   if c != word[k - 1] and c != word[k:k + 1]]
        for other, kind in edits:
            candidate = " ".join((*words[:n], other, *words[n + 1:]))
            if candidate not in found and known(candidate):
                found[candidate] = kind
    return next(iter(found.items())) if len(found) == 1 else None


#: The letters of folded keys (geo.normalize.name_key: no taa marbuta, no hamza alefs).
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def slips_of(key: str) -> Iterator[str]:
    """Every string a text's key may fold to (spaces dropped) when it writes the gazetteer key
    ``key`` with one slip of :func:`swapped_key`, seen from the gazetteer's side: two neighbouring
    different letters swapped, or one letter left out, never the first. More than the slips
    :func:`swapped_key` reads (it keeps to one word of :data:`SWAP_MIN_LETTERS` letters or more,
    and the gazetteer matches a key written with or without its spaces): a filter, never a
    reading."""
    word = compact_key(key)
    if len(word) < SWAP_MIN_LETTERS:
        return
    for k in range(1, len(word) - 1):
        if word[k] != word[k + 1]:
            yield word[:k] + word[k + 1] + word[k] + word[k + 2:]
    if len(word) > SWAP_MIN_LETTERS:
        for k in range(1, len(word)):
            yield word[:k] + word[k + 1:]


def slip_index(keys: Iterable[str]) -> frozenset[str]:
    """The :func:`slips_of` of every Arabic name key: a text key whose spaceless form is not
    among them is one slip from no gazetteer key."""
    out: set[str] = set()
    for key in keys:
        if key and "\u0600" <= key[0] <= "\u06ff":
            out.update(slips_of(key))
    return frozenset(out)


#: Per gazetteer object, :func:`slip_index` of its keys (see :func:`may_slip`).
_SLIPS: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()


def _slip_sources(gaz: Any) -> Iterable[str]:
    """The keys a slip may land on: the name keys and, where the gazetteer has them, its spaceless
    keys (:meth:`geo.gazetteer.Gazetteer.compact_keys`). Why: :func:`swapped_key` asks
    ``has_key``, which also accepts a name's glued form («جبلالكرد» for a name with the article),
    and a slip of such a form missing from the index was a slip :func:`may_slip` denied (found when
    new gazetteer keys moved the test's sample onto «جبال كرد», round 35)."""
    yield from gaz.index_keys()
    compact = getattr(gaz, "compact_keys", None)
    if compact is not None:
        yield from compact()


def may_slip(gaz: Any, key: str) -> bool:
    """Whether some key of ``gaz`` may be one slip of :func:`swapped_key` from ``key``: its
    spaceless form is in the gazetteer's :func:`slip_index`, made once per gazetteer object and
    kept on disk like :func:`respelling_index` (:mod:`geo.derived_cache`). Why: made from the
    text's side, a long word's slips are a few hundred keys to look up, for every Arabic span of
    one to three words the gazetteer does not hold (a quarter of an Arabic parse in round 31),
    and nearly always none is a name."""
    index = _SLIPS.get(gaz)
    if index is None:
        with _LOCK:
            index = _SLIPS.get(gaz)
            if index is None:
                from geo.derived_cache import derived_index

                index = _SLIPS[gaz] = derived_index(gaz, "slips", (Path(__file__),),
                                                    lambda: slip_index(_slip_sources(gaz)), frozenset)
    return compact_key(key) in index


def crossing_key(key: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(key, :data:`HEAD`) of the border crossing the gazetteer holds under «معبر» and the rest of
    ``key``, when ``key`` opens with a word the press puts before a crossing's name instead
    («مركز نصيب», «منفذ نصيب» for «معبر نصيب»: the table's ``crossing`` rows), or None."""
    rules = load_spelling_rules()
    words = key.split(" ")
    if len(words) < 2:
        return None
    for src, dst in rules.crossings:
        if words[0] == src and known(candidate := " ".join((dst, *words[1:]))):
            return candidate, HEAD
    return None


def skeleton(key: str, rules: SpellingRules | None = None) -> str:
    """What every spelling of :func:`spellings` keeps: each word without its long vowels after
    the first letter and without a last letter of ``final_letters`` («ترملة», «ترملا» -> «ترمل»;
    «بشقتين», «بشقاتين» -> «بشقتن»), each twin consonant written as its plain one («طلحيه» ->
    «تلح»). Two keys one habit apart share it (a compass qualifier aside: :func:`skeleton_index`
    files a qualified name under its skeleton without the qualifier too)."""
    rules = rules or load_spelling_rules()
    ends = {src for src, _ in rules.final_letters} | {dst for _, dst in rules.final_letters if dst}
    plain = {twin: p for p, twin in rules.letters}
    out = []
    for word in key.split(" "):
        word = "".join(plain.get(c, c) for c in word)
        while len(word) > 1 and word[-1] in ends:
            word = word[:-1]
        out.append(word[:1] + "".join(c for c in word[1:] if c not in rules.long_vowels))
    return " ".join(out)


def skeleton_index(keys: Iterable[str], rules: SpellingRules | None = None) -> dict[str, frozenset[str]]:
    """Arabic name keys by :func:`skeleton` (a qualified name «زور حيصه شرقيه» also under the
    skeleton of «زور حيصه»): the few keys a text key may be a respelling of."""
    rules = rules or load_spelling_rules()
    qualifiers = frozenset(rules.qualifiers)
    out: dict[str, set[str]] = {}
    for key in keys:
        if not key or not "\u0600" <= key[0] <= "\u06ff":
            continue
        out.setdefault(skeleton(key, rules), set()).add(key)
        words = key.split(" ")
        if len(words) >= 3 and words[-1] in qualifiers:
            out.setdefault(skeleton(" ".join(words[:-1]), rules), set()).add(key)
    return {sk: frozenset(v) for sk, v in out.items()}


def head_respelt(written_key: str, key: str, rules: SpellingRules | None = None) -> bool:
    """The text's name key and a gazetteer key differ only in their generic first word, written
    in two forms of one head («تله رفعت» / «تل رفعت»; the table's ``head`` rows, and the final
    letter of «تله» dropped): the head says the words are a place's name, as a town word would."""
    rules = rules or load_spelling_rules()
    a, b = written_key.split(" "), key.split(" ")
    if len(a) < 2 or len(a) != len(b) or a[1:] != b[1:] or a[0] == b[0]:
        return False
    return any({a[0], b[0]} == {x, y} for x, y in rules.heads) or (a[0], b[0]) in rules.crossings


def needs_village_word(variant_kind: str, words: int) -> bool:
    """A one-word name read with a long vowel added or dropped, or a consonant written as its
    twin, needs a town, village or quarter word right before it (or before the list it ends):
    ordinary words are too often one such step away from some village («العاصمة» / «عاصمية»,
    «محيطة» / «محطة», «سور» 'wall' / «صور»)."""
    return variant_kind in (LONG_VOWEL, LETTER, SWAP, DROPPED) and words == 1


#: Per gazetteer object, :func:`skeleton_index` of its keys (see :func:`respelling_index`).
_INDEXES: weakref.WeakKeyDictionary[Any, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def respelling_index(gaz: Any) -> dict[str, frozenset[str]]:
    """:func:`skeleton_index` of the gazetteer's keys, once per gazetteer object, kept on disk
    beside the gazetteer's cache like the other derived indexes (:mod:`geo.derived_cache`), so a
    process reads it instead of building it, and a build with workers loads it before the fork."""
    with _LOCK:
        index = _INDEXES.get(gaz)
        if index is None:
            from geo.derived_cache import derived_index

            index = _INDEXES[gaz] = derived_index(gaz, "respelling", (Path(__file__), RULES_FILE),
                                                  lambda: skeleton_index(gaz.index_keys()), dict)
        return index


def heads_of_one_word_names(keys: Iterable[str], min_letters: int) -> frozenset[str]:
    """The first parts, of ``min_letters`` letters or more and leaving as many, of the one-word
    Arabic name keys («طاط» of «طاطمراش»): the words that may begin a name the text writes in two
    words (kind :data:`JOINED`); any other word begins none, and its pair is not looked up."""
    out: set[str] = set()
    for key in keys:
        if " " in key or len(key) < 2 * min_letters or not "\u0600" <= key[:1] <= "\u06ff":
            continue
        out.update(key[:k] for k in range(min_letters, len(key) - min_letters + 1))
    return frozenset(out)


#: Per gazetteer object, :func:`heads_of_one_word_names` of its keys (see :func:`joined_heads`).
_HEADS: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()
#: A name written in two words: each has this many letters or more (shorter ones are particles:
#: «أم أن» is no «أمان», «من حله» no «منحله»).
JOINED_MIN_LETTERS = 3


def joined_heads(gaz: Any) -> frozenset[str]:
    """:func:`heads_of_one_word_names` of the gazetteer's keys, once per gazetteer object, kept on
    disk like :func:`respelling_index` (:mod:`geo.derived_cache`)."""
    index = _HEADS.get(gaz)
    if index is None:
        with _LOCK:
            index = _HEADS.get(gaz)
            if index is None:
                from geo.derived_cache import derived_index

                index = _HEADS[gaz] = derived_index(
                    gaz, "joined_heads", (Path(__file__),),
                    lambda: heads_of_one_word_names(gaz.index_keys(), JOINED_MIN_LETTERS), frozenset)
    return index
