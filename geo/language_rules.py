"""The geoparser's words of each language, read from ``geo/rules/<language>.yaml``.

A language is a file, not code: the words around a name that make it a governorate, a city, an
airport or a part of a country, the generic words a free-text lookup may strip, and how the
language inflects demonyms. The languages are the files present; a language with no file is read
with the English table (``rules_for``). Country names and demonyms per language are columns of
``data/gazetteer/countries.tsv`` (``names_<lang>``, ``demonyms_<lang>``), place spellings are rows
of ``aliases.tsv``, and words that are not places rows of ``not_places.tsv``.

Context tables (:mod:`geo.context`) are lists of Python regular expressions, compiled
case-insensitively as one alternation. ``*_before`` tables are matched at the END of the text just
before a name (up to 60 characters), so each pattern ends where the name starts; ``*_after``
tables at the START of the text just after it. ``{P}`` stands for optional Arabic proclitics
(و ف then ب ل ك) at the start of a word. An empty list says the language has no such words. Each file holds:

* ``area_before`` / ``area_after``: words that make the name a governorate ("province of",
  "Idlib province", « provinces de », «ريف»);
* ``list_gap``: what may stand between two names of one list (", ", " and ", « , d' »); matched
  on the whole gap, so that the words before a list apply to all its names;
* ``list_gap_repeated``: (round 27, geo27ar) what stands between two names of one list whose
  members each repeat the preposition («في معردس وفي صوران», «بسراقب وبتفتناز»); matched on the
  whole gap; the names are list mates (:func:`geo.context.list_groups`) but each keeps its own
  cue words (no area or town word passes over it);
* ``located_gap``: what may stand between a place and a second place that contains it or that it
  lies next to ("X in Idlib province", "X, south of Hama", « X, dans la province d'Idlib »,
  «X في ريف حلب», «X شمال غرب حماة»); matched on the whole gap (which must hold a word): the
  first name's namesakes near the second place (or in its governorate) are then the ones meant
  (:func:`geo.parser._located_in`);
* ``city_before`` / ``city_after``: words that make it a city, town or village ("city of");
* ``quarter_before`` / ``quarter_after``: words that make it a quarter of a city («حي الميدان»,
  "the Midan district", « le quartier de Midan »): a neighbourhood of the gazetteer then wins
  over a village or a far city of the same name;
* ``facility_before`` / ``facility_after``: airport and air-base words ("airport of",
  « aéroport militaire de »): the name then denotes the facility when the gazetteer has one;
* ``prison_before`` / ``prison_after``: (round 20, fac20) prison words (« la prison centrale de »,
  "'s central prison"): the name then denotes the prison the gazetteer names after the town
  (``prison_names``), not its air base;
* ``town_and_facility_before``: a town word and an airport word sharing one name ("the town and
  air base of Taftanaz", « la ville et l'aéroport de », «بلدة ومطار منغ»): the name is the town,
  as the town holds the air base; checked only when ``facility_before`` matched;
* ``route_before``: a road word before the two towns that name the road, written side by side
  with no list word (Arabic «طريق حلب خناصر» 'the Aleppo-Khanasir road'): the second town is the
  road's other end, not an adjective or a second word of the first (:mod:`geo.parser`);
* ``region_before`` / ``region_after``: a part of a country ("northern Syria"): the captured
  groups are compass words, turned into labels by ``compass``; ``region_in_name``: a compass
  word glued to the name itself (German «Nordsyrien»), matched at the start of the name;
* ``compass``: ``{label: [words]}``, labels north, south, east, west, centre, or a compound
  (north-west) for a one-word compound direction (« noroeste »);
* ``institution_before`` / ``institution_after``: the head word of an institution named after
  its town, written before the town (Arabic «مستشفى حلب الجامعي»: a construct phrase), and the
  adjectives that may follow it: the mention is the institution's name as written, placed at
  its town (:func:`geo.parser._institution_span`); an empty list: none such;
* ``abroad_before``: words right before a name that put it outside Syria, the gazetteer's
  country of focus (Arabic «قضاء», the district of Lebanon and Iraq: «قضاء الهرمل» is Lebanon's
  Hermel, not a Syrian village of the name): the resolver then drops the focus country's
  advantage for it and for its list (:func:`geo.resolve.score`);
* ``country_adjective_after``: (round 23, geo23ar) what may stand between a name and a
  nationality adjective that agrees with it and names its country (Arabic «صيدا اللبنانية»
  'Lebanese Sidon', «الريحانية التركية»): the namesakes in that country are then the ones meant,
  not a Syrian village of the name (:func:`geo.resolve.score`); matched at the start of the text
  after the name, the adjective (a demonym of ``countries.tsv``) right after the match;
* ``unknown_member_gap``: (round 25, geo25ar) the text between two places of a list that holds
  one member the gazetteer lacks, in the pattern's one capturing group (Arabic «عين دقنة، شواغرة، المالكية»,
  «والمغير والمبطين والزكاة»): matched whole; the member is a place of the list, placed at its
  neighbour (:func:`geo.parser._unknown_members`); an empty list: none read;
* ``unknown_village``: (round 26, geo26ar) a village the gazetteer lacks named after a word that
  says it is one (Arabic «قرية الجبيلية», «بلدة رسم النفل»), searched anywhere in the text, the
  name in the pattern's one capturing group; placed at the nearest place of its sentence
  (:func:`geo.parser._unknown_villages`); an empty list: none read;
* ``unknown_site``: (round 30, geo30ar) a site the gazetteer lacks (a factory, a field, a
  barracks, a school: Arabic «معمل الزعتري», «ثكنة معمل النفط») named by its head word, searched
  anywhere in the text, the name in the pattern's capturing group that matched; read as
  ``unknown_village`` is (:func:`geo.parser._unknown_villages`), and a match that opens with a
  list's gap (a space or a comma, not a word) must follow a place of the text; an empty list:
  none read;
* ``list_head_before``: (round 30, geo30ar2) a plural town or quarter word that opens a list of
  places (Arabic «قرى», «أحياء» 'the villages of', 'the quarters of'), matched at the end of the
  text before the list's first place: a list so opened needs two places of the gazetteer, not
  three, for a member it lacks to be read between two of them
  (:func:`geo.parser._list_size_needed`); an empty list: none;
* ``unknown_member_tail``: (round 26, geo26ar) one member the gazetteer lacks after the last
  place of a list, matched at the start of the text after it: group 1 a member the list goes on
  after, group 2 the member that closes it (Arabic «، تلة القبان، والمشرفة.»: «و» and what ends a
  list after it); :func:`geo.parser._list_tails` reads members while group 1 matches and keeps
  them only when group 2 closes them; an empty list: none read;
* ``settlement_before``, ``weak_settlement_before``: words that say an Arabic one-word name is a
  settlement (strong: «بلدة», weak: a preposition of place); Latin-script languages need none;
  ``weak_settlement_after``: (round 31, geo31ar) weak words after the name («X تحت سيطرة» 'X under
  the control of'), as weak as a preposition before it;
* ``name_prefixes`` / ``name_suffixes``: generic words a free-text name may carry (« ville de
  Hama », "Aleppo countryside") that :meth:`geo.gazetteer.Gazetteer.lookup` strips; rows are
  ``{text, area}``, area true when the word makes it a governorate; ``description_words``:
  trailing words of a table entry that are not part of the name ("M5 highway cut");
* ``name_words``: words of spaCy's stop list for the language that begin place names (Arabic
  أبو / أم, Spanish « Estados Unidos », « Tal Rifat », « Nueva Alepo »): a stop word otherwise
  never starts a name (for :mod:`geo.component`, whose stop-word rule should subtract them);
* ``name_endings``: endings the language adds to a city's name in running text (German genitive
  « Aleppos », « Idlibs »): a capitalised word that is no name, minus one of them, is read as a
  major place (a city or a governorate) of that name, never as a village;
* ``demonyms_lowercase``: demonyms are written in lower case (« russe », "sirio", "syrisch"), so
  a lower-case form counts; ``demonym_endings``: ``{ending, forms}`` rows, the first whose ending
  ends a demonym of countries.tsv wins, and the demonym is also read with its ending replaced by
  each form (« syrien » -> syrienne, syriens, syriennes);
* ``function_words``: capitalised words that may stand right before or after a Latin-script place
  name inside a sentence without being part of a longer name ("the", "Lake", "Greater", « ville »,
  weekdays): every table's words count in every text, as a capitalised word is read without its
  language (:func:`geo.parser._next_to_unknown_name`);
* ``compound_heads``: the language glues a head noun to the words before it (German
  « Nachrichtenagentur »): a word that ends in a media or organisation head word counts as one;
* ``facility_names``: how the gazetteer names an airport or air base after its town, ``{name}``
  standing for the town ("{name} air base", «مطار {name}»); a town's name is tried with every
  table's templates written in its own script (the gazetteer's names are English and Arabic);
* ``feature_heads``: lower-case generic words that the language writes as the first word of a
  natural feature's name (« mont Hermon », « plateau du Golan », "monte Hermón"): a name may
  begin with one when the gazetteer holds the whole phrase (:mod:`geo.component`);
* ``elided_words``: the words the language writes elided before an apostrophe (French « l' », « d' »,
  « qu' »), which its tokenizer cuts off; an apostrophe after any other word stays inside it, as
  the ʿayn of a romanised Arabic name (« Mas'ade », « Tall Rif’at »: :mod:`geo.elision`); empty
  for a language that does not cut words at an apostrophe;
* ``facility_words``: lower-case last words that still end a facility's name in the gazetteer's
  names ("Rastan bridge", "Sednaya prison"), every table's, as the names are read in every text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kharita.yamlio import load_yaml

RULES_DIR = Path(__file__).with_name("rules")

#: Optional Arabic proclitics before a cue word (و ف, then ب ل ك): ``{P}`` in a pattern. The
#: cue word and its proclitics start a word: no letter (nor a tatweel) stands before them.
#: (round 26, geo26ar) «تعريف الهوية» 'defining identity' was read as the cue «ريف» and a village
#: after it, «المنطقة» as the cue «منطقة» after «ال» read as the proclitic «ل»: the article is
#: written in the tables where a cue takes it («الريف»), never supplied here.
_PROCLITIC = r"(?:(?<![\u0621-\u064a\u0640])[وف]?[بلك]?)"

#: Context tables: the regular-expression lists every file must hold (possibly empty).
CONTEXT_TABLES = (
    "area_before", "area_after", "list_gap", "list_gap_repeated", "located_gap", "city_before", "city_after",
    "quarter_before", "quarter_after", "facility_before",
    "facility_after", "region_before", "region_after", "region_in_name", "settlement_before",
    "weak_settlement_before", "weak_settlement_after", "institution_before", "institution_after",
    "town_and_facility_before", "route_before", "abroad_before", "prison_before", "prison_after",
    "country_adjective_after", "unknown_member_gap", "unknown_village", "unknown_member_tail",
    "unknown_site", "list_head_before",
)
#: Every key a file must hold (``language`` excepted).
TABLES = (*CONTEXT_TABLES, "compass", "name_prefixes", "name_suffixes", "description_words",
          "name_words", "name_endings", "demonyms_lowercase", "demonym_endings",
          "function_words", "compound_heads", "facility_names", "facility_words", "feature_heads",
          "elided_words", "prison_names")


class RulesError(ValueError):
    """A rule file is malformed (the message names the file and the table or row)."""


@dataclass(frozen=True)
class GeoRules:
    """One language's table, compiled. A context pattern is None when the language has no such
    words (it never matches)."""

    language: str
    area_before: re.Pattern[str] | None = None
    area_after: re.Pattern[str] | None = None
    list_gap: re.Pattern[str] | None = None
    list_gap_repeated: re.Pattern[str] | None = None
    located_gap: re.Pattern[str] | None = None
    city_before: re.Pattern[str] | None = None
    city_after: re.Pattern[str] | None = None
    quarter_before: re.Pattern[str] | None = None
    quarter_after: re.Pattern[str] | None = None
    facility_before: re.Pattern[str] | None = None
    facility_after: re.Pattern[str] | None = None
    region_before: re.Pattern[str] | None = None
    region_after: re.Pattern[str] | None = None
    region_in_name: re.Pattern[str] | None = None
    settlement_before: re.Pattern[str] | None = None
    weak_settlement_before: re.Pattern[str] | None = None
    weak_settlement_after: re.Pattern[str] | None = None
    institution_before: re.Pattern[str] | None = None
    institution_after: re.Pattern[str] | None = None
    town_and_facility_before: re.Pattern[str] | None = None
    route_before: re.Pattern[str] | None = None
    abroad_before: re.Pattern[str] | None = None
    prison_before: re.Pattern[str] | None = None
    prison_after: re.Pattern[str] | None = None
    country_adjective_after: re.Pattern[str] | None = None
    unknown_member_gap: re.Pattern[str] | None = None
    unknown_village: re.Pattern[str] | None = None
    unknown_member_tail: re.Pattern[str] | None = None
    unknown_site: re.Pattern[str] | None = None
    list_head_before: re.Pattern[str] | None = None
    compass: dict[str, str] = field(default_factory=dict)  # lower-case word -> label
    name_prefixes: tuple[tuple[str, bool], ...] = ()  # (lower-case text, is an area word)
    name_suffixes: tuple[tuple[str, bool], ...] = ()
    description_words: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()  # stop words that begin place names
    name_endings: tuple[str, ...] = ()  # inflectional endings on a city's name (German -s)
    demonyms_lowercase: bool = False
    demonym_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    function_words: frozenset[str] = frozenset()  # capitalised words next to a name, not of it
    compound_heads: bool = False  # head nouns glue to the words before them (German)
    facility_names: tuple[str, ...] = ()  # the gazetteer's facility names, {name} = the town
    prison_names: tuple[str, ...] = ()  # the gazetteer's prison names, {name} = the town
    facility_words: frozenset[str] = frozenset()  # lower-case last words of facility names
    feature_heads: frozenset[str] = frozenset()  # lower-case first words of natural features' names
    elided_words: frozenset[str] = frozenset()  # words written elided before an apostrophe (l', qu')

    def inflect_demonym(self, form: str) -> list[str]:
        """``form`` and its inflected forms (the first matching ending row decides)."""
        for ending, forms in self.demonym_endings:
            if form.endswith(ending):
                stem = form[: len(form) - len(ending)]
                return [form] + [stem + f for f in forms if stem + f != form]
        return [form]


def _patterns(value: Any, table: str, source: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise RulesError(f"{source}: table {table!r} must be a list of patterns")
    return value


def _compile(patterns: list[str], table: str, source: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    for k, p in enumerate(patterns):
        try:
            re.compile(p.replace("{P}", _PROCLITIC))
        except re.error as exc:
            raise RulesError(f"{source}: table {table!r}, row {k + 1} ({p!r}): {exc}") from exc
    body = "|".join(f"(?:{p})" for p in patterns).replace("{P}", _PROCLITIC)
    if table in ("list_gap", "list_gap_repeated", "located_gap"):
        body = f"^(?:{body})$"
    elif table in ("unknown_village", "unknown_site"):
        pass  # searched anywhere in the text
    elif table.endswith("_before"):
        body = f"(?:{body})$"
    else:  # *_after, region_in_name
        body = f"^(?:{body})"
    return re.compile(body, re.IGNORECASE)


def _affixes(value: Any, table: str, source: str) -> tuple[tuple[str, bool], ...]:
    out = []
    for k, row in enumerate(value or ()):
        if isinstance(row, str):
            row = {"text": row}
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"]:
            raise RulesError(f"{source}: table {table!r}, row {k + 1}: expected {{text, area}}")
        out.append((row["text"].lower(), bool(row.get("area"))))
    return tuple(out)


def parse_rules(doc: Any, source: str) -> GeoRules:
    """One file's table, checked and compiled; ``source`` names the file in errors."""
    if not isinstance(doc, dict) or not isinstance(doc.get("language"), str):
        raise RulesError(f"{source}: a rule file is a mapping with a 'language'")
    unknown = set(doc) - {"language", *TABLES}
    if unknown:
        raise RulesError(f"{source}: unknown table(s) {sorted(unknown)}")
    compiled = {t: _compile(_patterns(doc.get(t), t, source), t, source) for t in CONTEXT_TABLES}
    compass: dict[str, str] = {}
    raw_compass = doc.get("compass") or {}
    if not isinstance(raw_compass, dict):
        raise RulesError(f"{source}: table 'compass' must map a label to a list of words")
    for label, words in raw_compass.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise RulesError(f"{source}: table 'compass', row {label!r}: expected a list of words")
        for w in words:
            compass[w.lower()] = str(label)
    endings = []
    for k, row in enumerate(doc.get("demonym_endings") or ()):
        if (not isinstance(row, dict) or not isinstance(row.get("ending", ""), str)
                or not isinstance(row.get("forms"), list)):
            raise RulesError(f"{source}: table 'demonym_endings', row {k + 1}: expected {{ending, forms}}")
        endings.append((row.get("ending") or "", tuple(str(f) for f in row["forms"])))
    word_lists = {}
    for table in ("description_words", "name_words", "function_words", "facility_words", "feature_heads",
                  "elided_words"):
        words = doc.get(table) or []
        if not isinstance(words, list):
            raise RulesError(f"{source}: table {table!r} must be a list of words")
        word_lists[table] = frozenset(str(w).lower() for w in words)
    name_endings = doc.get("name_endings") or []
    if not isinstance(name_endings, list) or not all(isinstance(e, str) and e for e in name_endings):
        raise RulesError(f"{source}: table 'name_endings' must be a list of endings")
    facility_names = doc.get("facility_names") or []
    if not isinstance(facility_names, list) or not all(
            isinstance(t, str) and "{name}" in t for t in facility_names):
        raise RulesError(f"{source}: table 'facility_names' must be a list of texts with {{name}}")
    prison_names = doc.get("prison_names") or []
    if not isinstance(prison_names, list) or not all(isinstance(t, str) and "{name}" in t for t in prison_names):
        raise RulesError(f"{source}: table 'prison_names' must be a list of texts with {{name}}")
    return GeoRules(
        language=doc["language"], **compiled, compass=compass,
        name_prefixes=_affixes(doc.get("name_prefixes"), "name_prefixes", source),
        name_suffixes=_affixes(doc.get("name_suffixes"), "name_suffixes", source),
        description_words=word_lists["description_words"],
        name_words=word_lists["name_words"],
        name_endings=tuple(name_endings),
        demonyms_lowercase=bool(doc.get("demonyms_lowercase")),
        demonym_endings=tuple(endings),
        function_words=word_lists["function_words"],
        compound_heads=bool(doc.get("compound_heads")),
        facility_names=tuple(facility_names),
        prison_names=tuple(prison_names),
        facility_words=word_lists["facility_words"],
        feature_heads=word_lists["feature_heads"],
        elided_words=word_lists["elided_words"],
    )


def read_rules_file(path: Path) -> GeoRules:
    """One rule file; a YAML or table error names the file."""
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: cannot read ({exc})") from exc
    rules = parse_rules(doc, str(path))
    if rules.language != path.stem:
        raise RulesError(f"{path}: language {rules.language!r} does not match the file name")
    return rules


@cache
def load_rules(directory: Path = RULES_DIR) -> dict[str, GeoRules]:
    """Every language's table, by language code (the files present decide the languages)."""
    out = {}
    for path in sorted(directory.glob("*.yaml")):
        rules = read_rules_file(path)
        out[rules.language] = rules
    if "en" not in out:
        raise RulesError(f"{directory}: no en.yaml (languages without a file are read with it)")
    return out


RULES = load_rules()
#: Languages with a geoparser table (the others are read with the English one).
LANGUAGES: tuple[str, ...] = tuple(RULES)


def rules_for(lang: str | None) -> GeoRules:
    """The table of ``lang``; the English table for a language with no file."""
    return RULES.get(lang or "", RULES["en"])


def all_prefixes() -> list[tuple[str, bool]]:
    """Every language's name prefixes, in language order, without repeats."""
    return list(dict.fromkeys(p for r in RULES.values() for p in r.name_prefixes))


def all_suffixes() -> list[tuple[str, bool]]:
    return list(dict.fromkeys(s for r in RULES.values() for s in r.name_suffixes))


def all_description_words() -> frozenset[str]:
    return frozenset(w for r in RULES.values() for w in r.description_words)


def all_function_words() -> frozenset[str]:
    """Every language's function words (a capitalised word is read without its language)."""
    return frozenset(w for r in RULES.values() for w in r.function_words)


def all_facility_words() -> frozenset[str]:
    """Every language's facility words (the gazetteer's names are read in every text)."""
    return frozenset(w for r in RULES.values() for w in r.facility_words)


def all_facility_names() -> list[str]:
    """Every language's facility name templates, in language order, without repeats."""
    return list(dict.fromkeys(t for r in RULES.values() for t in r.facility_names))


def all_prison_names() -> list[str]:
    """Every language's prison name templates, in language order, without repeats."""
    return list(dict.fromkeys(t for r in RULES.values() for t in r.prison_names))


def name_words(lang: str | None) -> frozenset[str]:
    """Stop words of ``lang`` that may begin a place name (empty for a language with no file)."""
    rules = RULES.get(lang or "")
    return rules.name_words if rules else frozenset()


def feature_heads(lang: str | None) -> frozenset[str]:
    """Lower-case words of ``lang`` that begin natural features' names (empty for a language with
    no file)."""
    rules = RULES.get(lang or "")
    return rules.feature_heads if rules else frozenset()


def rule_files(directory: Path = RULES_DIR) -> list[Path]:
    """The rule files (for cache fingerprints)."""
    return sorted(directory.glob("*.yaml"))
