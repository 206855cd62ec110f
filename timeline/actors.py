"""The actor registry: canonical names, types, countries and multilingual aliases of who acts.

Events store canonical names (``Event.actors``) so that the dashboard can filter the same actor
across English, French and Arabic reports; the registry is data (``data/actors.yaml``) so that
an analyst adds an official without touching code. Matching is plain regular expressions on
word boundaries: the aliases are names and fixed phrases, and a statistical model would add
nothing but misses on Arabic, for which no pipeline is installed. A name inside a hyphen
compound («HTS-Kämpfer», «Assad-Regierung») is no word of its own, so the registry spells such
compounds out from data: each actor's ``compound_heads`` joined to its language's
``compound_suffixes``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from geo.normalize import is_arabic
from kharita.config import DATA_DIR
from kharita.yamlio import load_yaml
from timeline.lexicon import RULES, strip_diacritics

log = logging.getLogger(__name__)

ACTOR_TYPES: tuple[str, ...] = (
    "state", "government_body", "official", "armed_group", "international_body", "monitor",
)
#: Camps a state may be put in (``camp`` of data/actors.yaml; control.sides names the same camps).
CAMPS: tuple[str, ...] = ("government", "anti-government", "sdf")
#: Types whose "said" is a political statement (a monitor's "said" only attributes a fact).
SPEAKER_TYPES = frozenset({"state", "government_body", "official", "armed_group", "international_body"})

# Proclitics that attach to a name: "وقال لين جيان", "لدمشق", "بحلب" (the ``name_proclitics`` of
# the rule tables, timeline/rules/<lang>.yaml; Arabic-script names only, as today's tables say).
_NAME_PROCLITICS = "".join(dict.fromkeys("".join(r.name_proclitics for r in RULES.values())))
_AR_PROCLITIC = f"(?:[{re.escape(_NAME_PROCLITICS)}])?" if _NAME_PROCLITICS else ""
_LATIN_EDGE_BEFORE = r"(?<![\w\-])"
_LATIN_EDGE_AFTER = r"(?![\w\-])"


class ActorRegistryError(ValueError):
    """The registry file is missing or malformed."""


@dataclass(frozen=True)
class Actor:
    """One registry entry."""

    name: str
    type: str
    country: str | None
    aliases: tuple[tuple[str, str], ...]  # (language, alias)
    speaks_for: str | None = None
    camp: str | None = None  # a state's camp in the war ("government": its forces fought for Damascus)
    in_office_until: date | None = None  # an official's last day in office (his arrival abroad after it is no visit)

    @property
    def is_person(self) -> bool:
        return self.type == "official"


@dataclass(frozen=True)
class ActorMention:
    """An actor found in a text: the canonical name and the exact span of its surface form."""

    name: str
    surface: str
    start: int
    end: int
    type: str
    country: str | None


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


#: Quotation marks news opens inside a name, before its last words («غرفة عمليات "فجر الحرية"»,
#: «قوات «ردع العدوان»»).
NAME_QUOTES = "\"“”«»„"


def _alias_body(alias: str, quoted: bool = False) -> str:
    """The regex of an alias: any run of spaces, either apostrophe («l'armée», «l’armée»).

    ``quoted``: with a quotation mark opened between two of its words and closed right after its
    last one (round 12: «غرفة عمليات معركة "ردع العدوان"», «قوات «ردع العدوان»»: the quotes hid
    the rebels' joint command, and its captures had no taker). The closing mark is required:
    «قوات “الجيش الوطني”» is the forces of the National Army, not «قوات الجيش» (the army's).

    One substitution for both apostrophes: replacing them one after the other rewrote the first
    one's class (``['['’]]``), and no alias with an apostrophe ever matched."""
    gap = rf"\s+[{NAME_QUOTES}]?\s*" if quoted else r"\s+"
    body = re.sub("['’]", "['’]", re.escape(alias).replace(r"\ ", gap))
    return rf"{body}(?=[{NAME_QUOTES}])" if quoted else body


class ActorRegistry:
    """Actors by canonical name, with a matcher per language (built lazily, then cached)."""

    def __init__(self, actors: list[Actor]):
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            if actor.name in self.actors:
                raise ActorRegistryError(f"duplicate actor {actor.name!r}")
            self.actors[actor.name] = actor
        #: languages the registry has aliases for (others are matched with every alias)
        self.languages = frozenset(lang for a in actors for lang, _ in a.aliases if lang != "*")
        for actor in actors:
            if actor.speaks_for and actor.speaks_for not in self.actors:
                raise ActorRegistryError(f"{actor.name}: speaks_for {actor.speaks_for!r} is not an actor")
        self._matchers: dict[str, list[tuple[re.Pattern[str], dict[str, str], dict[str, str]]]] = {}

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, name: object) -> bool:
        return name in self.actors

    def get(self, name: str) -> Actor | None:
        return self.actors.get(name)

    def voice(self, name: str) -> str:
        """The institution an actor speaks for (itself when it speaks for nobody else)."""
        actor = self.actors.get(name)
        return actor.speaks_for if actor and actor.speaks_for else name

    def camp_countries(self, camp: str) -> frozenset[str]:
        """The countries (ISO codes) of the states the registry puts in ``camp`` ({"RU", "IR"}
        for "government"): their bodies and officials count as that camp's too."""
        return frozenset(a.country for a in self.actors.values()
                         if a.type == "state" and a.camp == camp and a.country)

    def state_of(self, country: str | None) -> str | None:
        """The state actor of an ISO country code (``"RU"`` -> ``"Russia"``)."""
        for actor in self.actors.values():
            if actor.type == "state" and actor.country == country:
                return actor.name
        return None

    def _aliases_for(self, lang: str | None) -> dict[str, str]:
        """Alias -> canonical name for a language; names of people match in every language."""
        table: dict[str, str] = {}
        for actor in self.actors.values():
            for alias_lang, alias in actor.aliases:
                if lang is None or alias_lang in (lang, "*") or actor.is_person:
                    table.setdefault(alias, actor.name)
        return table

    def _matcher(self, lang: str | None, quoted: bool = False
                 ) -> list[tuple[re.Pattern[str], dict[str, str], dict[str, str], bool]]:
        """The patterns of a language's aliases; ``quoted``: of its names of two words or more with
        a quotation mark opened inside (:func:`_alias_body`), read only in a text holding one; each
        with whether its names are Arabic (searched from each word of a match, :func:`_matches`)."""
        key = f"{lang or '*'}{' quoted' if quoted else ''}"
        if key not in self._matchers:
            table = self._aliases_for(lang if lang in self.languages else None)
            exact = sorted((a for a in table if _is_acronym(a)), key=len, reverse=True)
            folded = sorted((a for a in table if not _is_acronym(a)), key=len, reverse=True)
            matchers = []
            for aliases, flags in ((exact, 0), (folded, re.IGNORECASE)):
                # one boundary per script around an alternation (longest alias first): a boundary
                # per alternative makes the regex engine retry every lookbehind at every position
                arabic = [a for a in aliases if is_arabic(a)]
                latin = [a for a in aliases if not is_arabic(a)]
                if quoted:
                    arabic, latin = [a for a in arabic if " " in a], [a for a in latin if " " in a]
                lookup = {a.casefold() if flags else a: table[a] for a in aliases}
                variants = _variant_index(lookup)
                if latin:
                    body = "|".join(_alias_body(a, quoted) for a in latin)
                    matchers.append((re.compile(rf"{_LATIN_EDGE_BEFORE}(?:{body}){_LATIN_EDGE_AFTER}", flags),
                                     lookup, variants, False))
                if arabic:
                    body = "|".join(_alias_body(a, quoted) for a in arabic)
                    matchers.append((re.compile(rf"(?<!\w){_AR_PROCLITIC}(?:{body})(?!\w)", flags), lookup,
                                     variants, True))
            self._matchers[key] = matchers
        return self._matchers[key]

    def find(self, text: str, lang: str | None = None) -> list[ActorMention]:
        """Every actor named in ``text``: leftmost-longest, non-overlapping, in text order.

        (Round 20, stm20) An Arabic name written with harakat or tatweel («سلطنة عُمان», the damma
        that tells Oman from Amman) is found as its bare letters are: the names are matched on the
        text without them (:func:`timeline.lexicon.strip_diacritics`) and the mentions mapped back.
        Why: the aliases are spelled bare, and Oman's statement went to no one.
        """
        stripped, index = strip_diacritics(text)
        if stripped == text:
            return self._find_bare(text, lang)
        return [ActorMention(m.name, text[index[m.start]:index[m.end - 1] + 1], index[m.start], index[m.end - 1] + 1,
                             m.type, m.country) for m in self._find_bare(stripped, lang)]

    def _find_bare(self, text: str, lang: str | None = None) -> list[ActorMention]:
        """:meth:`find` on a text with no Arabic diacritics."""
        found: list[ActorMention] = []
        matchers = self._matcher(lang)
        if any(q in text for q in NAME_QUOTES):
            matchers = [*matchers, *self._matcher(lang, quoted=True)]
        for pattern, lookup, variants, arabic in matchers:
            for match in (_matches(pattern, text) if arabic else pattern.finditer(text)):
                surface, start = match.group(0), match.start()
                name = self._resolve(surface, lookup, variants)
                if name is None and is_arabic(surface) and surface[0] in _NAME_PROCLITICS:
                    surface, start = surface[1:], start + 1
                    name = self._resolve(surface, lookup, variants)
                if name is None:
                    continue
                actor = self.actors[name]
                found.append(ActorMention(name, surface, start, match.end(), actor.type, actor.country))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[ActorMention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                if _construct_head(kept[-1], mention):
                    kept[-1] = mention
                continue
            kept.append(mention)
        return kept

    @staticmethod
    def _resolve(surface: str, lookup: dict[str, str], variants: dict[str, str] | None = None) -> str | None:
        """The canonical name of a matched surface; ``variants`` is :func:`_variant_index` of
        ``lookup`` (computed here when not given)."""
        norm = re.sub(rf"\s+[{NAME_QUOTES}]?\s*", " ", surface).replace("’", "'")
        for key in (norm, norm.casefold()):
            if key in lookup:
                return lookup[key]
        # apostrophe or spacing variants
        return (_variant_index(lookup) if variants is None else variants).get(norm.casefold())


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """An Arabic alternation's matches, also those that begin at a later word of an earlier match,
    so that a construct's possessor is found inside its head («الجيش الوطني» inside «قوات الجيش
    الوطني»; :func:`_construct_head` chooses). Latin names keep ``finditer``'s leftmost-longest."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        yield match
        space = text.find(" ", match.start() + 1, match.end())
        pos = space + 1 if space != -1 else match.end()


def _construct_head(kept: ActorMention, later: ActorMention) -> bool:
    """Whether an Arabic name that ends inside a later, longer-reaching one is only the head of its
    construct: «قوات الجيش التركي» is the forces of the Turkish army, «قوات الجيش الوطني» the
    National Army's, not «قوات الجيش» (the Syrian army's) followed by a word.

    Why (round 31): leftmost-longest matching gave «دخلت قوات الجيش الوطني تل رفعت» to the
    government, a capture by the SNA read as the army's, reversed. An Arabic construct names its
    possessor last, so the name reaching further is the one the words are about. Latin-script names
    keep leftmost-longest ("the Syrian army units": the army)."""
    return (later.end > kept.end and later.name != kept.name and is_arabic(kept.surface)
            and is_arabic(later.surface))


def _variant_index(lookup: dict[str, str]) -> dict[str, str]:
    """Each alias of ``lookup`` with its apostrophes straight and its case folded -> the name of
    the first such alias: one dict lookup instead of a loop over every alias per match."""
    index: dict[str, str] = {}
    for alias, name in lookup.items():
        index.setdefault(alias.replace("’", "'").casefold(), name)
    return index


def _compound_suffixes(table: object) -> dict[str, tuple[str, ...]]:
    """Language -> the nouns that follow a name in a hyphen compound ("Kämpfer", "Regierung")."""
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ActorRegistryError("'compound_suffixes' must map a language to a list of suffixes")
    return {str(lang): tuple(str(s) for s in suffixes or ()) for lang, suffixes in table.items()}


def _compounds(name: str, heads: object, suffixes: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """The hyphen compounds of an actor's heads: ``HTS`` + ``Kämpfer`` -> ``HTS-Kämpfer``.

    A name inside a compound is not a mention of its own (``Assad`` in «Assad-Regierung» is the
    government, not the man), so the whole compound is an alias of the actor that lists its head;
    the suffixes are shared per language, the heads are each actor's."""
    if not heads:
        return []
    if not isinstance(heads, dict):
        raise ActorRegistryError(f"{name}: 'compound_heads' must map a language to a list of heads")
    out = []
    for lang, names in heads.items():
        if not suffixes.get(lang):
            raise ActorRegistryError(f"{name}: compound heads in {lang!r}, which has no compound_suffixes")
        out += [(lang, f"{head}-{suffix}") for head in names or () for suffix in suffixes[lang]]
    return out


def parse_registry(data: dict) -> ActorRegistry:
    """Build a registry from the parsed YAML document (kept separate from I/O for tests)."""
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise ActorRegistryError("the registry must be a mapping with an 'actors' list")
    suffixes = _compound_suffixes(data.get("compound_suffixes"))
    actors = []
    for entry in data["actors"]:
        name, kind = entry.get("name"), entry.get("type")
        if not name or kind not in ACTOR_TYPES:
            raise ActorRegistryError(f"bad actor entry {entry!r}: needs a name and a type in {ACTOR_TYPES}")
        country = entry.get("country")
        if country is not None and not re.fullmatch(r"[A-Z]{2}", str(country)):
            raise ActorRegistryError(f"{name}: country {country!r} is not ISO 3166-1 alpha-2")
        aliases = [(lang, str(alias)) for lang, names in (entry.get("aliases") or {}).items()
                   for alias in names or ()]
        aliases += _compounds(name, entry.get("compound_heads"), suffixes)
        if not any(alias == name for _, alias in aliases):
            aliases.append(("*", name))
        camp = entry.get("camp")
        if camp is not None and (kind != "state" or camp not in CAMPS):
            raise ActorRegistryError(f"{name}: camp {camp!r} is for states, one of {CAMPS}")
        until = entry.get("in_office_until")
        if until is not None and not isinstance(until, date):
            try:
                until = date.fromisoformat(str(until))
            except ValueError as err:
                raise ActorRegistryError(f"{name}: in_office_until {until!r} is not a date (YYYY-MM-DD)") from err
        actors.append(Actor(name, kind, country, tuple(aliases), entry.get("speaks_for"), camp, until))
    return ActorRegistry(actors)


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime: float) -> ActorRegistry:
    with open(path, encoding="utf-8") as handle:
        return parse_registry(load_yaml(handle))


def load_actor_registry(path: str | Path = DATA_DIR / "actors.yaml") -> ActorRegistry:
    """The registry at ``path``, parsed once per file version."""
    path = Path(path)
    try:
        mtime = path.stat().st_mtime
    except OSError as err:
        raise ActorRegistryError(f"cannot read the actor registry {path}: {err}") from err
    return _load_cached(str(path), mtime)
