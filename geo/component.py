"""``kharita_gazetteer``: a spaCy component that finds gazetteer names in a Doc.

It works on any language spaCy tokenises. For each token it grows n-grams while their name key
is a prefix of some gazetteer key, and keeps the longest n-gram that is a full key (a dict of
normalised n-grams: fast to load and to run, unlike a 100k-pattern PhraseMatcher). Latin-script
names must start with a capital (or an article glued by a hyphen: al-Bab) and end on a capital
word, which removes most common words that are also village names. Arabic words are tried as
written first and only then with their proclitics (و ف ب ك ل) removed, so a name whose first
letter looks like a proclitic (بانياس, لبنان) is never cut.

Matches go to ``doc.spans[spans_key]`` (token spans, label ``PLACE``) and, with the exact
character offsets of the name (after a proclitic), to ``doc._.kharita_matches``. The gazetteer
is loaded on first use (or in ``initialize``) from the configured directory, never at import.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from geo.gazetteer import Gazetteer, Hit, load_gazetteer
from geo.normalize import LATIN_ARTICLES, arabic_proclitic_splits, is_arabic, name_key

log = logging.getLogger(__name__)

MATCHES_ATTR = "kharita_matches"
MASKED_ATTR = "kharita_masked"
_TEXT = ("kharita", "text")
_JOINERS = frozenset({"-", "‐", "‑", "'", "’", "ʼ", "‘"})
_MAX_TOKENS = 14
#: Stop words of spaCy's lists that begin place names (أبو الظهور, أم باطنة).
NAME_WORDS = frozenset({"أبو", "ابو", "أم", "ام", "بني", "ذو", "ذات"})
#: Lower-case last words that still end a facility name.
FACILITY_WORDS = frozenset({
    "prison", "bridge", "airbase", "airport", "highway", "motorway", "crossing", "base",
    "citadel", "school", "heliport", "barracks", "roundabout", "academy", "helipad",
})


@dataclass(frozen=True)
class GazetteerMatch:
    """A name found in the text: character offsets into ``doc.text``, token span, index hits.

    ``method`` is ``exact`` (the n-gram key is a gazetteer key), ``proclitic`` (after removing
    Arabic proclitics) or ``fuzzy`` (one letter away from a long key).
    """

    start: int
    end: int
    token_start: int
    token_end: int
    key: str
    hits: tuple[Hit, ...]
    method: str


class GazetteerRuler:
    """The component. ``gazetteer`` may be passed directly (tests hand it a small one)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kharita_gazetteer",
        *,
        gazetteer_dir: str | None = None,
        spans_key: str = "places",
        fuzzy: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.name = name
        self.lang = nlp.lang
        self.spans_key = spans_key
        self.fuzzy = fuzzy
        self.gazetteer_dir = gazetteer_dir
        self._gazetteer = gazetteer
        #: the language's stop words: 'La', 'Mais', 'على' do not start a place name (but words
        #: that form names, أبو / أم (father / mother of), stay usable).
        self.stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words) - NAME_WORDS
        for attr in (MATCHES_ATTR, MASKED_ATTR):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    # -- data -----------------------------------------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(Path(self.gazetteer_dir) if self.gazetteer_dir else None)
        return self._gazetteer

    def use_gazetteer(self, gazetteer: Gazetteer) -> None:
        """Use this (already loaded) gazetteer instead of reading ``gazetteer_dir``."""
        self._gazetteer = gazetteer

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the gazetteer now rather than on the first document."""
        _ = self.gazetteer

    # -- matching -------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        matches = find_matches(doc, self.gazetteer, fuzzy=self.fuzzy, stop_words=self.stop_words)
        doc._.set(MATCHES_ATTR, matches)
        doc._.set(MASKED_ATTR, [
            (doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(_masked_tokens(doc, self.gazetteer))
        ])
        doc.user_data.pop(_TEXT, None)
        doc.spans[self.spans_key] = [
            Span(doc, m.token_start, m.token_end, label="PLACE") for m in matches
        ]
        return doc


def _starts_name(doc: Doc, i: int) -> bool:
    tok = doc[i]
    text = tok.text
    if not text[:1].isalpha():
        return False
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if text.lower() in LATIN_ARTICLES and nxt not in _JOINERS:
        return False  # 'As Damascus'...: a free-standing article is not part of the name
    if is_arabic(text) or not text[:1].isascii() and not text[:1].isupper() and not text[:1].islower():
        return True  # Arabic and other caseless scripts
    if text[:1].isupper():
        return True
    # al-Bab, as-Safirah: a lower-case article glued by a hyphen to a capitalised word
    return (
        text.lower() in LATIN_ARTICLES and i + 2 < len(doc)
        and doc[i + 1].text in _JOINERS and doc[i + 2].text[:1].isupper()
    )


def _ends_name(doc: Doc, j: int, key: str, gaz: Gazetteer) -> bool:
    last = doc[j - 1].text
    if not last[:1].isalpha() and not last[:1].isdigit():
        return False
    if is_arabic(last) or last[:1].isupper() or last[:1].isdigit():
        return True
    if last.lower() in FACILITY_WORDS:
        return True  # 'Rastan bridge', 'Sednaya prison', 'Abu al-Duhur airbase'
    # lower-case last word: only country names written that way (Arabie saoudite)
    return any(key in names for names in gaz.country_names.values())


def _masked_tokens(doc: Doc, gaz: Gazetteer) -> set[int]:
    """Token indices covered by phrases that contain a place name but are not places."""
    masked: set[int] = set()
    if not gaz.masked_phrases:
        return masked
    keys = {k for _, k in gaz.masked_phrases}
    firsts = {k.split(" ")[0] for k in keys}
    text = doc.user_data.get(_TEXT) or doc.text
    for i, tok in enumerate(doc):
        first = name_key(tok.text).split(" ")[0]
        if not first or first not in firsts:
            continue
        for j in range(min(len(doc), i + 10), i, -1):
            if name_key(text[tok.idx: doc[j - 1].idx + len(doc[j - 1].text)]) in keys:
                masked.update(range(i, j))
                break
    return masked


def find_matches(
    doc: Doc, gaz: Gazetteer, *, fuzzy: bool = True, stop_words: frozenset[str] = frozenset()
) -> list[GazetteerMatch]:
    """Longest-first, left-to-right gazetteer matches in ``doc`` (pure: reads doc and gaz)."""
    doc.user_data[_TEXT] = doc.text  # Doc.text rebuilds the string on every access
    masked = _masked_tokens(doc, gaz)
    # a stop word never starts a place name ('La', 'Mais', 'على جاسم'); an acronym may ('US')
    lone = {i for i, tok in enumerate(doc)
            if tok.text.lower() in stop_words and not tok.text.isupper()
            and not (i + 1 < len(doc) and doc[i + 1].text in _JOINERS)}  # As-Safirah
    out: list[GazetteerMatch] = []
    n = len(doc)
    i = 0
    while i < n:
        if i in masked or not _starts_name(doc, i):
            i += 1
            continue
        found = _longest_exact(doc, i, gaz, masked)
        if found is None and is_arabic(doc[i].text) and i not in lone:
            found = _with_proclitic(doc, i, gaz, masked)
        if found is None and fuzzy and not is_arabic(doc[i].text):
            found = _fuzzy(doc, i, gaz, masked)
        if found is not None and i in lone and found.method != "proclitic":
            found = None
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.token_end
    return out


def _arabic_adjective(surface: str, key: str, gaz: Gazetteer) -> bool:
    """السورية (the Syrian, an adjective) vs سورية (Syria): with the article, a demonym form is
    an adjective even when the bare form is also a country name."""
    return surface.startswith("ال") and key in gaz.demonyms.get("ar", {})


def _span_text(doc: Doc, i: int, j: int) -> tuple[int, int, str]:
    """Character span of tokens i..j-1, without punctuation left on the last token (the Arabic
    tokenizer keeps a final full stop on the word: 'والقنيطرة.')."""
    text = doc.user_data[_TEXT]
    start = doc[i].idx
    end = doc[j - 1].idx + len(doc[j - 1].text)
    while end > start + 1 and not text[end - 1].isalnum():
        end -= 1
    return start, end, text[start:end]


def _longest_exact(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    best = None
    for j in range(i + 1, min(len(doc), i + _MAX_TOKENS) + 1):
        if j - 1 in masked:
            break
        tok = doc[j - 1]
        if j - 1 > i and not (tok.text[:1].isalnum() or tok.text in _JOINERS):
            break  # punctuation ends a name
        start, end, surface = _span_text(doc, i, j)
        key = name_key(surface)
        if not key:
            continue
        if (gaz.has_key(key) and _ends_name(doc, j, key, gaz) and key not in gaz.blocked_names
                and not _arabic_adjective(surface, key, gaz)):
            hits = gaz.hits_for_key(key)
            if hits:
                best = GazetteerMatch(start, end, i, j, key, tuple(hits), "exact")
        if key not in gaz.key_prefixes and tok.text not in _JOINERS and tok.text.lower() not in LATIN_ARTICLES:
            break
    return best


def _with_proclitic(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    tok = doc[i]
    for plen, rest in arabic_proclitic_splits(tok.text):
        best = None
        for j in range(i + 1, min(len(doc), i + _MAX_TOKENS) + 1):
            if j - 1 in masked:
                break
            _, end, surface = _span_text(doc, i, j)
            key = name_key(rest + surface[len(tok.text):]) if j > i + 1 else name_key(rest)
            if not key:
                break
            if (key not in gaz.blocked_names and gaz.has_key(key)
                    and not _arabic_adjective(rest, key, gaz)):
                hits = gaz.hits_for_key(key)
                if hits:
                    best = GazetteerMatch(tok.idx + plen, end, i, j, key, tuple(hits), "proclitic")
            if key not in gaz.key_prefixes:
                break
        if best is not None:
            return best
    return None


def _fuzzy(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    for j in range(min(len(doc), i + 5), i, -1):
        if any(k in masked for k in range(i, j)):
            continue
        if any(not (t.text[:1].isalnum() or t.text in _JOINERS) for t in doc[i:j]):
            continue
        if not doc[j - 1].text[:1].isupper():
            continue
        start, end, surface = _span_text(doc, i, j)
        key = name_key(surface)
        if not key or key in gaz.blocked_names:
            continue
        hits: list[Hit] = []
        for k in gaz.fuzzy_keys(key):
            hits.extend(h for h in gaz.hits_for_key(k) if h not in hits)
        if hits:
            return GazetteerMatch(start, end, i, j, key, tuple(hits), "fuzzy")
    return None


@Language.factory(
    "kharita_gazetteer",
    default_config={"gazetteer_dir": None, "spans_key": "places", "fuzzy": True},
)
def make_gazetteer_ruler(
    nlp: Language, name: str, gazetteer_dir: str | None, spans_key: str, fuzzy: bool
) -> GazetteerRuler:
    """Factory registered with spaCy: ``nlp.add_pipe("kharita_gazetteer", config={...})``."""
    return GazetteerRuler(nlp, name, gazetteer_dir=gazetteer_dir, spans_key=spans_key, fuzzy=fuzzy)
