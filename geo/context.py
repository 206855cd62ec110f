"""The words around a place name that change what it denotes.

"the Aleppo, Idlib and Hama provinces", « les provinces d'Alep, d'Idlib et de Hama »,
«محافظة إدلب», «ريفي حلب وإدلب»: governorates. « la ville de Hama », "Hama city": the city.
"northern Syria", « le nord-ouest de la Syrie », «شمال غرب سوريا»: a region of the country.
Each function looks only at the text just before or after a name, so they are cheap and pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AR_PROCLITIC = r"(?:[وف]?[بل]?)"

# --- area (governorate) words --------------------------------------------------------------

_AREA_LEFT = {
    "en": re.compile(
        r"\b(?:provinces?|governorates?|countryside)\s+of\s+(?:the\s+)?$", re.I),
    "fr": re.compile(
        r"\b(?:provinces?|gouvernorats?|campagnes?)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+|d['’]\s*)$",
        re.I),
    "ar": re.compile(
        _AR_PROCLITIC + r"(?:محافظة|محافظه|محافظتي|محافظات|ريف|ريفي|أرياف|ارياف)\s+$"),
}
_AREA_RIGHT = {
    "en": re.compile(r"^\s*(?:provinces?|governorates?|countryside)\b", re.I),
    "fr": re.compile(r"^(?!)"),
    "ar": re.compile(r"^(?!)"),
}
#: What may stand between two names of one list ("Aleppo, Idlib and", « d'Alep, d'Idlib et de »).
_LIST_GAP = {
    "en": re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$", re.I),
    "fr": re.compile(
        r"^\s*(?:,|et|ou)?\s*(?:de\s+la\s+|du\s+|de\s+|d['’]\s*|la\s+|le\s+)?$", re.I),
    "ar": re.compile(r"^\s*(?:[،,]\s*)?و?\s*$"),
}

# --- city words ----------------------------------------------------------------------------

_CITY_LEFT = {
    "en": re.compile(r"\b(?:city|town|village|outskirts)\s+of\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"\b(?:ville|localité|village|cité|bourg)\s+(?:de\s+|d['’]\s*)$", re.I),
    "ar": re.compile(_AR_PROCLITIC + r"(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|مدينتي|بلدتي|قريتي)\s+$"),
}
_CITY_RIGHT = {
    "en": re.compile(r"^\s+(?:city|town)\b", re.I),
    "fr": re.compile(r"^(?!)"),
    "ar": re.compile(r"^(?!)"),
}

# --- settlement evidence for Arabic one-word village names ----------------------------------

_AR_SETTLEMENT_LEFT = re.compile(
    _AR_PROCLITIC + r"(?:مدينة|مدينه|بلدة|بلده|بلدات|قرية|قريه|قرى|ريف|ريفي|محافظة|منطقة|منطقه|"
    r"مطار|حي|أحياء|احياء|محيط|قرب|بلدتي|قريتي|مدينتي|ناحية|السيطرة على|سيطرت على|"
    r"سيطروا على|دخلت|دخول|اقتحام|استعادة)\s+$"
)

#: Prepositions of place: weaker evidence (they also precede ordinary nouns).
_AR_WEAK_LEFT = re.compile(
    r"(?:^|\s)(?:في|من|إلى|الى|نحو|قرب|حول|باتجاه|على|عند|داخل|بين)\s+$"
)

# --- facility words ("l'aéroport militaire de Hama", «مطار كويرس») -------------------------

_FACILITY_LEFT = {
    "en": re.compile(r"\b(?:air ?base|airport|airfield|air field)\s+(?:of\s+)?$", re.I),
    "fr": re.compile(
        r"\b(?:aéroport|aeroport|base aérienne|base aerienne|aérodrome)(?:\s+militaire)?\s+"
        r"(?:de\s+|d['’]\s*)$", re.I),
    "ar": re.compile(_AR_PROCLITIC + r"(?:مطار|مطاري|قاعدة)\s+$"),
}
_FACILITY_RIGHT = {
    "en": re.compile(r"^\s+(?:military\s+)?(?:air ?base|airport|airfield)\b", re.I),
    "fr": re.compile(r"^(?!)"),
    "ar": re.compile(r"^(?!)"),
}

# --- regions of a country -------------------------------------------------------------------

_EN_DIR = (r"(north|south|east|west|centre|center|central|north-?west|north-?east|south-?west|"
           r"south-?east)")
_REGION_LEFT = {
    "en": re.compile(
        r"\b(?:(north|south|east|west)(?:ern)?|(north|south)[- ]?(east|west)(?:ern)?|(central))\s+$"
        r"|\bthe\s+" + _EN_DIR + r"\s+of\s+$", re.I),
    "fr": re.compile(
        r"\b(nord|sud|est|ouest|centre|nord-ouest|nord-est|sud-ouest|sud-est)\s+"
        r"(?:de\s+la\s+|du\s+|de\s+l['’]\s*|de\s+)$", re.I),
    "ar": re.compile(
        _AR_PROCLITIC + r"(شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)"
        r"(?:\s+(?:ال)?(غرب|شرق|غربي|شرقي))?\s+$"),
}
_REGION_RIGHT_AR = re.compile(r"^\s+(?:ال)?(شمالي|جنوبي|شرقي|غربي)(?:ة|ه)?\b")
_WORDS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "centre": "centre", "center": "centre", "central": "centre",
    "nord": "north", "sud": "south", "est": "east", "ouest": "west",
    "شمال": "north", "شمالي": "north", "جنوب": "south", "جنوبي": "south",
    "شرق": "east", "شرقي": "east", "غرب": "west", "غربي": "west", "وسط": "centre",
}


@dataclass(frozen=True)
class Context:
    """What the neighbouring words say about one name."""

    area: bool = False  # a governorate / province / countryside word applies
    city: bool = False  # a city / town / village word applies
    settlement: bool = False  # some word says this is a settlement (Arabic evidence)
    weak_settlement: bool = False  # only a preposition of place precedes it (Arabic)
    facility: bool = False  # an airport / air base word applies ("aéroport militaire de Hama")
    region: str | None = None  # part of a country: north, north-west, centre...


def _rules(table: dict[str, re.Pattern[str]], lang: str) -> re.Pattern[str] | None:
    return table.get(lang)


def _left(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width): start]


def region_before(text: str, start: int, end: int, lang: str) -> str | None:
    """The region label when the name is preceded ("northern Syria") or, in Arabic, followed
    («ريف حلب الشمالي») by a compass word."""
    rule = _rules(_REGION_LEFT, lang)
    if rule is not None:
        m = rule.search(_left(text, start))
        if m:
            words = [g.lower().replace("-", " ") for g in m.groups() if g]
            parts: list[str] = []
            for w in words:
                for piece in w.split():
                    piece = piece.removesuffix("ern") if lang == "en" and piece not in _WORDS else piece
                    label = _WORDS.get(piece) or _WORDS.get(piece + "ern")
                    if label and label not in parts:
                        parts.append(label)
            if parts:
                return "-".join(parts[:2])
    if lang == "ar":
        m = _REGION_RIGHT_AR.search(text[end: end + 20])
        if m:
            return _WORDS.get(m.group(1))
    return None


def analyse(text: str, spans: list[tuple[int, int]], lang: str) -> list[Context]:
    """Context of each (start, end) name span, in order; list neighbours share area words
    ("the Aleppo, Idlib and Hama provinces": all three are provinces)."""
    lang = lang if lang in _AREA_LEFT else "en"
    n = len(spans)
    area_left = [False] * n
    area_right = [False] * n
    city = [False] * n
    settle = [False] * n
    weak = [False] * n
    for k, (s, e) in enumerate(spans):
        left = _left(text, s)
        right = text[e: e + 30]
        area_left[k] = bool(_AREA_LEFT[lang].search(left))
        area_right[k] = bool(_AREA_RIGHT[lang].search(right))
        city[k] = bool(_CITY_LEFT[lang].search(left) or _CITY_RIGHT[lang].search(right))
        settle[k] = bool(lang == "ar" and _AR_SETTLEMENT_LEFT.search(left))
        weak[k] = bool(lang == "ar" and _AR_WEAK_LEFT.search(left))
    gap = _LIST_GAP[lang]
    joined = [bool(gap.search(text[spans[k][1]: spans[k + 1][0]])) for k in range(n - 1)]
    for k in range(1, n):  # left to right: « provinces d'Alep, d'Idlib et de Hama »
        if joined[k - 1]:
            area_left[k] = area_left[k] or area_left[k - 1]
            settle[k] = settle[k] or settle[k - 1]
            city[k] = city[k] or city[k - 1]
            weak[k] = weak[k] or weak[k - 1]
    for k in range(n - 2, -1, -1):  # right to left: "the Aleppo, Idlib and Hama provinces"
        if joined[k] and area_right[k + 1]:
            area_right[k] = True
    area = [a or b for a, b in zip(area_left, area_right, strict=True)]
    facility = [
        bool(_FACILITY_LEFT[lang].search(_left(text, s)) or _FACILITY_RIGHT[lang].search(text[e: e + 40]))
        for s, e in spans
    ]
    settle = [s or a or c for s, a, c in zip(settle, area, city, strict=True)]
    return [
        Context(area=area[k], city=city[k] and not area[k], settlement=settle[k],
                weak_settlement=weak[k], facility=facility[k],
                region=region_before(text, s, e, lang))
        for k, (s, e) in enumerate(spans)
    ]
