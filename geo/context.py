"""The words around a place name that change what it denotes.

"the Aleppo, Idlib and Hama provinces", « les provinces d'Alep, d'Idlib et de Hama »,
«محافظة إدلب», «ريفي حلب وإدلب»: governorates. « la ville de Hama », "Hama city": the city.
"northern Syria", « le nord-ouest de la Syrie », «شمال غرب سوريا»: a region of the country.
Each function looks only at the text just before or after a name, so they are cheap and pure.
The words are data: one table per language in ``geo/rules/<lang>.yaml`` (see
:mod:`geo.language_rules`); a language with no table is read with the English one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:
    import re._constants as _sre_constants
    import re._parser as _sre_parser
except ImportError:  # Python < 3.11
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

from geo.language_rules import GeoRules, rules_for


@dataclass(frozen=True)
class Context:
    """What the neighbouring words say about one name."""

    area: bool = False  # a governorate / province / countryside word applies
    city: bool = False  # a city / town / village word applies
    settlement: bool = False  # some word says this is a settlement (Arabic evidence)
    weak_settlement: bool = False  # only a preposition of place precedes it (Arabic)
    facility: bool = False  # an airport / air base word applies ("aéroport militaire de Hama")
    quarter: bool = False  # a quarter / neighbourhood word applies («حي الميدان»)
    region: str | None = None  # part of a country: north, north-west, centre...
    abroad: bool = False  # a word puts it outside the focus country («قضاء الهرمل», Lebanon)
    prison: bool = False  # (round 20, fac20) a prison word applies ("Hama's central prison")
    #: (round 23, geo23ar) the country a nationality adjective after the name names («صيدا اللبنانية»)
    country: str | None = None


#: Arabic short vowels, shadda, sukun, dagger alef and tatweel: optional marks that the cue words
#: of the tables are written without («مدينتَي الرستن وتلبيسة» is «مدينتي ...»).
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


#: A tatweel stroke standing free at a word's edge, between two names: a dash, as some sites
#: write a front line's villages («مبطنة ـحلفاياـ طيبة الإمام»; geo.glued_punctuation splits it
#: off the names)
_DASH_STROKE = re.compile("(?:(?<=\\s)|^)\u0640+|\u0640+(?=\\s|$)")


def gap_text(gap: str) -> str:
    """The text between two names as the ``list_gap`` table reads it: without the optional
    marks, a free-standing tatweel stroke read as the comma it stands for («مبطنة ـحلفايا»)."""
    return _ARABIC_MARKS.sub("", _DASH_STROKE.sub("،", gap))


#: (round 26, geo26ar) letters Arabic writes only at a word's end: a name right after one was typed
#: without the space before it («بلدةمعردس», «محافظةإدلب»; geo.glued_punctuation splits the word)
_FINAL_ONLY = "ةى"


#: (round 29, geo29ar) a quotation mark or bracket opening at a word's start right before a name
#: («بلدة "معردس"», «في (حماة)», « la ville d'« Alep » »), and one closing right after it before a
#: space («"حلب" الشمالي»): the words around read as if the name stood bare, as the press sets off
#: a village's name in either; one table row after another allowed a quotation mark, none a bracket
_OPENING_MARK = re.compile(r"(?:(?<=\s)|^)[\"“”«„(\[]\s?$")
_CLOSING_MARK = re.compile(r"^\s?[\"“”»)\]](?=\s)")


def _left(text: str, start: int, width: int = 60) -> str:
    left = _ARABIC_MARKS.sub("", text[max(0, start - width): start])
    if (mark := _OPENING_MARK.search(left)) is not None:
        left = left[: mark.start()]
    return left + " " if left[-1:] in _FINAL_ONLY and left and text[start:start + 1].isalpha() else left


def _right(text: str, end: int, width: int) -> str:
    right = _ARABIC_MARKS.sub("", text[end: end + width])
    if (mark := _CLOSING_MARK.search(right)) is not None:
        right = right[mark.end():]
    return " " + right if text[end - 1:end] in _FINAL_ONLY and end and right[:1].isalpha() else right


def _search(rule: re.Pattern[str] | None, text: str) -> bool:
    return rule is not None and search_tail(rule, text) is not None


#: Two white-space characters in a row (the class of the tables' ``\s``).
_SPACE_RUN = re.compile(r"\s\s")
#: id(pattern) -> (pattern, :func:`_tail_width`) of each pattern asked about (the tables'
#: patterns; keyed by id: a pattern's hash is its whole text's).
_TAIL_WIDTHS: dict[int, tuple[re.Pattern[str], int | None]] = {}
#: The last text asked about and whether it holds no two white-space characters in a row (the
#: context of a name is searched with one pattern after another). One tuple: thread-safe.
_LAST_TEXT: list[tuple[str | None, bool]] = [(None, False)]


def search_tail(rule: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rule.search(text)``, the same match, faster for a pattern anchored at the end (the
    ``*_before`` tables, ``(...)$``): when ``text`` holds no two white-space characters in a row,
    no match is longer than :func:`_tail_width` characters, so the search starts there instead
    of trying every position of the window (most of the time of reading a name's context was
    these failed tries)."""
    entry = _TAIL_WIDTHS.get(id(rule))
    if entry is None or entry[0] is not rule:
        entry = _TAIL_WIDTHS[id(rule)] = (rule, _tail_width(rule))
    width = entry[1]
    if width is not None and len(text) > width:
        last, single = _LAST_TEXT[0]
        if last is not text:
            single = _SPACE_RUN.search(text) is None
            _LAST_TEXT[0] = (text, single)
        if single:
            return rule.search(text, len(text) - width)
    return rule.search(text)


def _tail_width(rule: re.Pattern[str]) -> int | None:
    r"""How far from the end of a text a match of ``rule`` may start, when ``rule`` ends with
    ``$`` (at the end, or before a final newline: one more character) and every repeat without a
    bound in it is of white space alone (``\s+``, ``\s*``: one character in a text with no two
    in a row); None for any other pattern (then :func:`search_tail` searches the whole text).
    Lookarounds read the text around the position, which searching from an offset keeps."""
    try:
        items = list(_sre_parser.parse(rule.pattern, rule.flags))
    except Exception:  # noqa: BLE001 (a pattern this reading does not know: search it whole)
        return None
    if not items or items[-1] != (_sre_constants.AT, _sre_constants.AT_END):
        return None
    width = _max_width(items[:-1])
    return None if width is None else width + 1


def _max_width(items) -> int | None:
    c = _sre_constants
    total = 0
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            total += 1
        elif op is c.SUBPATTERN:
            w = _max_width(av[3])
            if w is None:
                return None
            total += w
        elif op is c.BRANCH:
            widths = [_max_width(b) for b in av[1]]
            if any(w is None for w in widths):
                return None
            total += max(widths, default=0)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, body = av
            if hi is c.MAXREPEAT or hi == c.MAXREPEAT:
                if list(body) != [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]:
                    return None
                total += max(lo, 1)  # a run of one white-space character (lo > 1 never matches)
            else:
                w = _max_width(body)
                if w is None:
                    return None
                total += hi * w
        elif op in (c.ASSERT, c.ASSERT_NOT):
            continue  # reads around the position, consumes nothing
        else:
            return None  # anchors inside, back-references, conditionals...
    return total


def _compass(rules: GeoRules, groups: tuple[str | None, ...]) -> str | None:
    words = [g.lower().replace("-", " ") for g in groups if g]
    parts: list[str] = []
    for w in words:
        for piece in w.split():
            label = rules.compass.get(piece)
            if label and label not in parts:
                parts.append(label)
    return "-".join(parts[:2]) if parts else None


def region_before(text: str, start: int, end: int, lang: str) -> str | None:
    """The region label when the name is preceded ("northern Syria"), followed («ريف حلب
    الشمالي») or prefixed («Nordsyrien») by a compass word."""
    rules = rules_for(lang)
    if rules.region_before is not None:
        m = search_tail(rules.region_before, _left(text, start))
        if m:
            label = _compass(rules, m.groups())
            if label:
                return label
    if rules.region_in_name is not None:
        m = rules.region_in_name.search(text[start:end])
        if m:
            label = _compass(rules, m.groups())
            if label:
                return label
    if rules.region_after is not None:
        m = rules.region_after.search(text[end: end + 20])
        if m:
            return rules.compass.get(m.group(1).lower())
    return None


def _list_evidence(text: str, spans: list[tuple[int, int]], joined: list[bool],
                   settle: list[bool], weak: list[bool]) -> None:
    """A plain list («الشيخ عقيل، عنجارة، السلوم، حور», «الغنطو والدار الكبيرة») in which one
    name has several words, or of three names or more in which one has a settlement word, is a
    list of places: its one-word names get the weak settlement evidence of a preposition of
    place (updates ``weak`` in place)."""
    n = len(spans)
    k = 0
    while k < n:
        last = k
        while last < n - 1 and joined[last]:
            last += 1
        members = range(k, last + 1)
        several = any(" " in text[spans[i][0]: spans[i][1]].strip() for i in members)
        if last > k and (several or last - k >= 2 and any(settle[i] for i in members)):
            for i in members:
                weak[i] = True
        k = last + 1


#: A list member the gazetteer lacks, between two separators: one to three words of letters.
_UNKNOWN_MEMBER = re.compile(r"^([^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2})$")


def _over_unknown_member(rules: GeoRules, gap: str) -> bool:
    """The gap between two names is a list member we lack, written between two commas, the
    second followed by the language's list words («قرى الحميدية، رسم الشولي، والقحطانية», "the
    villages of A, Tal Jabin, and B"), or between two «و» as ``unknown_member_gap`` writes it
    («بلدات A والزعيترية وB»: before round 30, geo30ar2, a settlement word before A went no
    further than the member, and a one-word village after it was unread): the settlement word
    before the list still governs the members after it. Only a settlement or city word goes on
    over it (:func:`analyse`), not the list's grouping: the member between is unread."""
    gap = _ARABIC_MARKS.sub("", gap)
    # (round 30, geo30ar2) or between two «و», as the table of such members writes it («بلدات
    # حيش والزعيترية وكفرنبل»: the member opens with the article or a generic head)
    if rules.unknown_member_gap is not None and "،" not in gap and "," not in gap \
            and rules.unknown_member_gap.fullmatch(gap) is not None:
        return True
    commas = [i for i, ch in enumerate(gap) if ch in "،,"]
    if len(commas) != 2:
        return False
    middle = gap[commas[0] + 1: commas[1]].strip()
    words = middle.split()
    if not _UNKNOWN_MEMBER.match(middle) or any(w.lower() in rules.function_words for w in words):
        return False
    return _search(rules.list_gap, gap[commas[1]:]) and not gap[: commas[0]].strip()


def list_groups(text: str, spans: list[tuple[int, int]], lang: str) -> list[int]:
    """The list each name span belongs to, as a number per span: consecutive names joined by
    the language's list words and a separator actually written (a comma, و, "and"; not a bare
    space: «ريف حمص الشرقي» is one name and an adjective) share a number."""
    rules = rules_for(lang)
    groups = [0] * len(spans)
    for k in range(1, len(spans)):
        gap = gap_text(text[spans[k - 1][1]: spans[k][0]])
        joined = gap.strip() != "" and (_search(rules.list_gap, gap) or _search(rules.list_gap_repeated, gap))
        groups[k] = groups[k - 1] if joined else groups[k - 1] + 1
    return groups


def analyse(text: str, spans: list[tuple[int, int]], lang: str) -> list[Context]:
    """Context of each (start, end) name span, in order; list neighbours share area words
    ("the Aleppo, Idlib and Hama provinces": all three are provinces)."""
    rules = rules_for(lang)
    lang = rules.language
    n = len(spans)
    area_left = [False] * n
    area_right = [False] * n
    city = [False] * n
    quarter = [False] * n
    settle = [False] * n
    weak = [False] * n
    abroad = [False] * n
    for k, (s, e) in enumerate(spans):
        left = _left(text, s)
        right = _right(text, e, 30)
        area_left[k] = _search(rules.area_before, left)
        area_right[k] = _search(rules.area_after, right)
        city[k] = _search(rules.city_before, left) or _search(rules.city_after, right)
        quarter[k] = _search(rules.quarter_before, left) or _search(rules.quarter_after, right)
        settle[k] = _search(rules.settlement_before, left)
        weak[k] = _search(rules.weak_settlement_before, left) or _search(rules.weak_settlement_after, right)
        abroad[k] = _search(rules.abroad_before, left)
    joined = [_search(rules.list_gap, gap_text(text[spans[k][1]: spans[k + 1][0]]))
              for k in range(n - 1)]
    for k in range(1, n):  # «قرى الحميدية، رسم الشولي، والقحطانية»: a member we lack between
        if not joined[k - 1] and _over_unknown_member(rules, text[spans[k - 1][1]: spans[k][0]]):
            settle[k] = settle[k] or settle[k - 1]
            city[k] = city[k] or city[k - 1]
    for k in range(1, n):  # left to right: « provinces d'Alep, d'Idlib et de Hama »
        if joined[k - 1]:
            area_left[k] = area_left[k] or area_left[k - 1]
            settle[k] = settle[k] or settle[k - 1]
            city[k] = city[k] or city[k - 1]
            quarter[k] = quarter[k] or quarter[k - 1]
            weak[k] = weak[k] or weak[k - 1]
            abroad[k] = abroad[k] or abroad[k - 1]
    for k in range(n - 2, -1, -1):  # right to left: "the Aleppo, Idlib and Hama provinces"
        if joined[k] and area_right[k + 1]:
            area_right[k] = True
    _list_evidence(text, spans, joined, settle, weak)
    area = [a or b for a, b in zip(area_left, area_right, strict=True)]
    facility = [
        _search(rules.facility_before, _left(text, s)) or _search(rules.facility_after, _right(text, e, 40))
        for s, e in spans
    ]
    # (round 20, fac20) "Hama's central prison", « la prison centrale de Hama »: a prison word
    # (round 29, geo29ar) an adjective after the name says prison only when no airport word stands
    # before it: «مطار "كويرس" العسكري» is the air base, «سجن حمص العسكري» the prison
    prison = [
        _search(rules.prison_before, _left(text, s))
        or (_search(rules.prison_after, _right(text, e, 40)) and not _search(rules.facility_before, _left(text, s)))
        for s, e in spans
    ]
    for k, (s, _) in enumerate(spans):  # «بلدة ومطار منغ», "the town and air base of": the town
        if facility[k] and _search(rules.town_and_facility_before, _left(text, s)):
            facility[k], city[k], settle[k] = False, True, True
    settle = [s or a or c or q for s, a, c, q in zip(settle, area, city, quarter, strict=True)]
    return [
        Context(area=area[k], city=city[k] and not area[k], settlement=settle[k],
                weak_settlement=weak[k], facility=facility[k] or prison[k], quarter=quarter[k],
                region=region_before(text, s, e, lang), abroad=abroad[k], prison=prison[k])
        for k, (s, e) in enumerate(spans)
    ]
