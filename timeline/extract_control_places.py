"""Places a control change takes (objects, lists, regions, parts, capitals, anaphors): apart from who took them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from geo.resolve import great_circle_km
from timeline.actors import ActorMention
from timeline.control_extent import (
    count_after_list,
    counted_after,
    countryside_taken,
    names_part_of_the_town,
    part_start,
    repeated_part_opener,
)
from timeline.control_roles import (
    dual_countryside,
    ends_on_lose_to,
    flight_destination,
    list_after_apposition,
    list_after_relative,
    office_domain,
    table_pattern,
    told_in_passive,
)
from timeline.curated import ACTOR_CONTROLLER
from timeline.extract_common import SentenceContext, _is_town, controller_camp, words_of
from timeline.extract_guards import comma_coordinated
from timeline.lexicon import LanguageRules, rules_for, table_rows
from timeline.sentences import TriggerHit
from timeline.types import Place

#: How far (characters) the comma that closes the fronted locative phrase may stand.
FRONTED_PLACE_REACH = 70


def fronted_places(ctx: Any, sentence_start: int, trigger_start: int) -> list[Any]:
    """(Round 32, ev32fresh) The towns of a locative phrase that opens the sentence and ends at a
    comma before the trigger ("In the south-eastern district of Jaramana, residents toppled a
    bust"): where the act happened, when the words next to the verb name no town."""
    opener = _fronted_place_opener(ctx.lang)
    if opener is None or not opener.match(ctx.text, sentence_start):
        return []
    end = min(trigger_start, sentence_start + FRONTED_PLACE_REACH)
    comma = re.compile(r"[,،]").search(ctx.text, sentence_start, end)
    if comma is None:
        return []
    return [m for m in ctx.places if _is_town(m) and sentence_start <= m.start and m.end <= comma.start()]


@cache
def _fronted_place_opener(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``fronted_place_opener`` (the locative words that open such a phrase), after a day
    word or two ("On Friday in Hama,", « Vendredi à Hama, », «يوم الجمعة في حماة،»); none for a
    language whose table has no such key (another language's words open nothing)."""
    rows = table_rows(lang, "fronted_place_opener")
    return re.compile(r"\s*(?:[^\s,،.]+\s+){0,2}?(?:" + "|".join(rows) + ")", re.IGNORECASE) if rows else None


def _controller_actors(actors: list[ActorMention]) -> list[ActorMention]:
    return [a for a in actors if a.name in ACTOR_CONTROLLER]


def pronoun_loss_capture(trigger: TriggerHit, triggers: Sequence[TriggerHit], text: str,
                         lang: str | None) -> TriggerHit | None:
    """The capture a loss verb with an object pronoun undoes (the table's ``loss_pronoun``, matched
    at the verb: "lost it", « la perdre », «la perdieron», «verloren es», «خسرتها»; or a noun of
    the place's kind, its ``loss_town_noun``: "lost the town"): the nearest control verb of taking before it in its
    sentence (no sentence stop between)."""
    if not any(p is not None and p.match(text, trigger.start) is not None
               for p in (table_pattern(lang, "loss_pronoun"), table_pattern(lang, "loss_town_noun"))):
        return None
    earlier = [t for t in triggers if t is not trigger and t.kind == "control_change"
               and t.role in ("take", "retake") and t.end <= trigger.start]
    if not earlier:
        return None
    capture = max(earlier, key=lambda t: t.end)
    return None if _CLAUSE_STOP.search(text, capture.end, trigger.start) else capture


def fall_noun(text: str, trigger: TriggerHit, lang: str | None) -> bool:
    """Whether a "fall" trigger opens with the table's ``fall_noun`` ("the fall of Aleppo", « la
    chute d'Alep », «la caída de Alepo», «den Fall von Aleppo»): its place is named after it.

    Why (round 26, ev26np): the noun names no taker, and the side close after it is the next
    clause's subject ("after the fall of Hama the army pulled back": the army took nothing, a
    reversed change); a fall named by a noun with no place after it (a ruler, a town abroad) is no
    change of a town named before it."""
    pattern = table_pattern(lang, "fall_noun")
    return pattern is not None and trigger.role == "fall" and pattern.match(text, trigger.start) is not None


#: Feature codes of places that never change hands themselves: streams («انسحبت القوات من مناطقها
#: الواقعة غرب نهر الفرات» names the river the areas lie by, it was not taken).
NEVER_TAKEN = ("STM",)


#: How far from its verb the first place taken may be (characters), after it and before it.
OBJECT_REACH, SUBJECT_REACH = 90, 90
#: How far after a capture verb (characters) the word opening its object is looked for.
OBJECT_SLOT_REACH = 25
#: Longest gap between two places of one list ("A, B and the town of C").
LIST_GAP = 40
#: How long (characters) a relative clause between two places of one list may be ("Morek, which lies
#: north of Hama, as well as Karnaz").
RELATIVE_LIST_GAP = 100
_LIST_BREAK = re.compile(r"[.;:!?()\[\]\n]")


def _syrian_governorate(m: Any) -> bool:
    """Whether place mention ``m`` is a Syrian governorate (GeoNames ``ADM1``; a mention with no
    country is read as Syrian, as the gazetteer's Syrian table gives none)."""
    code = (getattr(m, "feature_code", None) or "").upper()
    return code.startswith("ADM1") and (getattr(m, "country_code", None) or "SY") == "SY"


def _whole_region(m: Any, before: str, rules: LanguageRules) -> bool:
    """A Syrian governorate named as a whole ("all of Idlib province", «كامل محافظة إدلب», the
    table's ``whole_region`` words right before it): it changed hands as one."""
    return (_syrian_governorate(m)
            and rules.whole_region is not None and rules.whole_region.search(before) is not None)


#: Longest word that may stand between two places of one list whatever it is (an article or a
#: preposition: "the", « de », «من»); longer ones must be the table's ``list_gap_words``.
LIST_FUNCTION_WORD = 3
#: Most words of an item between two commas of a list: a name the geoparser did not find.
LIST_ITEM_WORDS = 3
_LIST_COMMA = re.compile(r"[,،]")


#: (round 21, ctl21) A dash with a space on each side, as a separator of list items («أورم الصغرى –
#: عاجل – الهوتة»); least items of such a list, so that a road's two ends stay no list.
_LIST_DASH = r"\s[-–—]\s"
DASH_LIST_ITEMS = 3
_DASH_ITEM = rf"[^\W\d_][\w'’]*(?:\s[\w'’]+){{0,{LIST_ITEM_WORDS - 1}}}"
_DASH_LIST = re.compile(rf"{_DASH_ITEM}(?:{_LIST_DASH}{_DASH_ITEM}){{{DASH_LIST_ITEMS - 1},}}")


def dash_list_member(text: str, m: Any) -> bool:
    """Whether place ``m`` stands in a run of at least :data:`DASH_LIST_ITEMS` short names joined
    by spaced dashes ("A – B – C", «قرى وبلدات “أورم الصغرى – عاجل – الهوتة – عنجارة”»), each of at
    most :data:`LIST_ITEM_WORDS` words.

    Why (round 21, ctl21): the Arabic press lists the villages taken with dashes as well as commas;
    the dash next to each name read as a road's two ends ("the Aleppo-Damascus highway") and every
    village of such a list was dropped (16 captures of one report of the first day). A road names
    two ends, never three, so a run of three or more names is a list."""
    line_start = max(text.rfind("\n", 0, m.start), text.rfind(".", 0, m.start)) + 1
    line_end = min((i for i in (text.find("\n", m.end), text.find(".", m.end)) if i >= 0), default=len(text))
    return any(found.start() <= m.start and m.end <= found.end()
               for found in _DASH_LIST.finditer(text, line_start, line_end))


def aside_dash(text: str, m: Any, places: Sequence[Any] = (), lang: str | None = None) -> bool:
    """Whether the dash next to place ``m`` opens or closes an aside or a list, not a road's other end.

    A road names two places joined by a dash ("the Aleppo-Damascus highway", "the Aleppo – Damascus
    road"). A spaced dash whose other side is no name is punctuation: an apposition after the
    place ("took Aleppo – Syria's second city – on Thursday", « Hama – quatrième ville du pays »,
    «Alepo – la segunda ciudad», „Aleppo – die zweitgrößte Stadt“) or a list opened by a noun in
    lower case ("seized several cities – Aleppo, Hama and Homs", „mehrere Großstädte – Aleppo,
    Hama“). Why (round 31, ev31cc): the dash read as a road's end dropped the first member of such
    lists and the place of such appositions, in German, English and French development articles.
    Scripts without case (Arabic) never match: their dashes keep the round-21 list rule only."""
    after = text[m.end:m.end + 40]
    before = text[max(0, m.start - 40):m.start]
    if re.match(r"\s[-–—]\s", after):
        rest = after[3:].lstrip()
        word = re.match(r"[^\W\d_][\w-]*(['’]s\b)?", rest)
        return word is not None and (word.group(0)[0].islower() or word.group(1) is not None)
    if re.search(r"\s[-–—]\s$", before):
        word = re.search(r"([^\W\d_][\w'’-]*)\s[-–—]\s$", before)
        if word is None:
            return False
        # German nouns are capitalised („mehrere Großstädte – Aleppo, Hama“): there the word before
        # the dash is a road's end only when it ends a place found
        end = m.start - len(before) + word.end(1)
        return word.group(1)[0].islower() or (lang == "de" and not any(p.end == end for p in places))
    return False


def _only_lists(gap: str, rules: LanguageRules) -> bool:
    """Whether the text between two places of one list only lists them: items between commas of at
    most :data:`LIST_ITEM_WORDS` words (names the geoparser did not find: "A, Jamiyat al-Maari, and
    B") or opened by a list word ("as well as the M5 road"), then, right before the next place,
    only coordinators, short function words and words of a place's kind (the table's
    ``list_gap_words``: "and", "the town of", «وبلدة»).

    Why: "Rebels took Hama on Thursday, stunning Damascus" or «سيطرت الفصائل على حماة الخميس مما فاجأ
    دمشق» name a second town a few words after the first, but as the object of another verb: taking
    every town within a short gap gave Damascus to the rebels on the day Hama fell.
    """
    if rules.list_gap_words is None:
        return True
    *items, last = re.split(rf"[,،]|{_LIST_DASH}", gap)  # (round 21, ctl21) a dash list's dashes too
    opened = rules.relative.search(last) if rules.relative is not None else None
    if opened is not None and not last[:opened.start()].strip():
        # (round 41, cc41) "took Homs, que une Damasco con el norte": a relative pronoun right after
        # the comma opens a clause describing the place before; its short words («que une») read as
        # a list's function words gave Damascus a capture on the day Homs fell (not "entre las que":
        # a pronoun after a list word still opens members)
        return False
    if any(len(item.split()) > LIST_ITEM_WORDS and rules.list_gap_words.fullmatch(item.split()[0]) is None
           for item in items):
        return False
    return (all(len(w) <= LIST_FUNCTION_WORD or rules.list_gap_words.fullmatch(w) is not None
                for w in re.findall(r"\w+", last))
            or _joined_names(last, rules))


def _joined_names(last: str, rules: LanguageRules) -> bool:
    """Whether the end of a list's gap is only names the geoparser did not find, each opened by the
    table's coordinator and the last one closed by it («زور المحروقة وزور الحيصة وزور أبو زيد»:
    Zawr al-Hisa between two places found), each of at most :data:`LIST_ITEM_WORDS` words, as the
    items between commas are. Arabic lists often join every item with «و» and no comma."""
    if rules.list_joiner is None:
        return False
    pieces = rules.list_joiner.split(last)
    first, names, end = pieces[0], pieces[1:-1], pieces[-1]
    return (bool(names) and not first.strip() and not end.strip()
            and all(0 < len(n.split()) <= LIST_ITEM_WORDS and re.fullmatch(r"[\w\s'’-]+", n) for n in names))


def _joins_list(gap: str, rules: LanguageRules) -> bool:
    """Whether the text between two places only lists them: nothing, a comma, or the table's
    coordinator alone ("Aleppo and Idlib", «حلب وإدلب»)."""
    bare = gap.strip(" \t,،")
    return not bare or (len(bare.split()) == 1 and rules.coordinated is not None
                        and rules.coordinated.search(gap) is not None)


def part_object(ctx: SentenceContext, trig: TriggerHit, m: Any) -> bool:
    """Whether a Syrian governorate or town is named as the area a part of which changed hands
    ("took dozens of villages in Aleppo province", "most of Daraa province fell", «سيطرت على معظم
    محافظة درعا»): the table's ``part_of_area`` words right before it, after the verb when the place
    follows it (:mod:`timeline.control_extent`). Its change is one of ``extent="part"``."""
    if (getattr(m, "country_code", None) or "SY") != "SY" or (
            not _is_town(m) and not (getattr(m, "feature_code", None) or "").upper().startswith("ADM1")):
        return False
    start = part_start(ctx.text, trig.start if m.start >= trig.end else ctx.sentence.start, m, ctx.lang)
    if start is None:
        return countryside_object(ctx, trig, m)
    if list_members_head(ctx, m, start):
        return False
    # "advancing in parts of Idlib": a locator opening before the part words says where they went
    rules = rules_for(ctx.lang)
    located = rules.locator.search(ctx.text, max(0, m.start - 40), m.start) if rules.locator is not None else None
    return located is None or located.start() >= start


#: Feature codes of the villages a bare plural may head a list of (not a governorate's or a
#: district's seat: "areas of Aleppo and Idlib" are parts of them).
LIST_MEMBER_CODES = ("PPL", "PPLA3", "PPLA4")


#: The roles of a capture verb whose object may be a countryside (:func:`countryside_object`).
COUNTRYSIDE_ROLES = ("take", "retake", "back")


def countryside_object(ctx: SentenceContext, trig: TriggerHit, m: Any) -> bool:
    """Whether governorate ``m`` is named as a countryside a capture verb took ("took the northern
    Hama countryside", « ont pris la campagne nord de Homs »): part of it changed hands
    (:func:`timeline.control_extent.countryside_taken`), read after the verb's object slot ("took
    control of"). Only a verb of taking: a countryside reached or left names no part taken."""
    if trig.role not in COUNTRYSIDE_ROLES or m.start < trig.end:
        return False
    if any(trig.end <= p.start and p.end <= m.start for p in ctx.places):
        return False  # "took Morek in the northern Hama countryside": the town is the object
    rules = rules_for(ctx.lang)
    start = trig.end
    slot = rules.object_slot.search(ctx.text, trig.start, min(trig.end + OBJECT_SLOT_REACH, m.start)) \
        if rules.object_slot is not None else None
    if slot is not None:
        start = max(start, slot.end())
    return countryside_taken(ctx.text, start, m, ctx.lang)


def list_members_head(ctx: SentenceContext, m: Any, start: int) -> bool:
    """Whether the part words before village ``m`` are a bare plural (the table's
    ``member_list_heads``: "areas of", «مناطق») heading a list of villages that starts with ``m``
    ("took the areas of Morek, Karnaz and Halfaya", «سيطرت على مناطق جلمة وبريديج وجبين»): the
    places listed are the members taken, each a whole change, not a part of the first one.

    Why (round 25, ev25cc): read as "part of Morek", the first village of such a list was taken for
    the area of a part and dropped as a town, while the villages after it made their changes: one
    list, its first member lost. With no list after it ("areas of Morek") the plural still names a
    part; a count or an adjective ("large areas of", «مناطق واسعة من») is no bare plural."""
    heads = table_pattern(ctx.lang, "member_list_heads")
    if heads is None or heads.fullmatch(ctx.text[start:m.start].strip()) is None:
        return False
    if (getattr(m, "feature_code", None) or "").upper() not in LIST_MEMBER_CODES:
        return False
    nxt = next((n for n in ctx.places if n.start >= m.end), None)
    if nxt is None:
        return False
    gap = ctx.text[m.end:nxt.start]
    return (gap.strip() in (",", "،") and len(gap) <= LIST_GAP) or _listed_after(m, nxt, ctx.text, rules_for(ctx.lang))


def part_opens_within(ctx: SentenceContext, trig: TriggerHit, m: Any, reach: int) -> bool:
    """Whether the words naming a part of place ``m`` ("dozens of villages in", «عشرات القرى في
    ريف») begin within ``reach`` characters after the verb, as a town taken must.

    Why (round 16, ctl16): the object of a verb is measured from its first word; the part's words
    make it longer than a town's name, and with a long subject between (Arabic puts it after the
    verb: «وسيطرت “هيئة تحرير الشام” وفصائل من “الجيش الوطني” ... يوم الخميس، على عشرات القرى
    في ريف إدلب») the place itself ended beyond the reach and the change was missed while the
    same sentence with a town («على مدينة سراقب») made one."""
    start = part_start(ctx.text, trig.end, m, ctx.lang)
    return start is not None and start - trig.end <= reach


def part_places(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The places a part of which a control verb says changed hands: its object after it ("took
    dozens of villages in Aleppo province"), or failing one its subject before it ("most of Daraa
    province fell"), with the places listed with the first ("large areas of Aleppo and Idlib
    provinces"); each verb owns the places up to the next military verb, as in
    :func:`captured_places`. Their changes are of ``extent="part"``."""
    rules = rules_for(ctx.lang)
    others = [t for t in ctx.triggers if t.family == "military" and t != trig]
    nxt = min((t.start for t in others if t.start >= trig.end), default=ctx.sentence.end)
    prev_end = max((t.end for t in others if t.end <= trig.start), default=ctx.sentence.start)
    # the places after the verb up to the next one; the first part must open within reach of the
    # verb (:func:`part_opens_within`), the places listed with it follow it
    after = [m for m in ctx.places if trig.start <= m.start and m.end <= nxt]
    before = [m for m in ctx.places if prev_end <= m.start and m.end <= trig.start
              and trig.start - m.end <= SUBJECT_REACH]
    for candidates in (after, before):
        first = next((i for i, m in enumerate(candidates) if part_object(ctx, trig, m)
                      and (candidates is before or m.end <= trig.end + OBJECT_REACH
                           or part_opens_within(ctx, trig, m, OBJECT_REACH))), None)
        if first is None:
            continue
        out = [candidates[first]]
        for m in candidates[first + 1:]:
            if not (_listed_after(out[-1], m, ctx.text, rules) or part_object(ctx, trig, m)
                    or repeated_part_opener(ctx.text, out[-1], m, ctx.lang)):
                break
            if rules.possessive is not None and rules.possessive.match(ctx.text[m.end:m.end + 4]):
                # (round 48, k48) "took most of Aleppo, Syria's second-largest city": a place
                # named in the possessive opens an apposition on the member before it (the
                # table's ``possessive``), it is no member: Syria was read as a part taken
                break
            out.append(m)
        return out
    return []


def parts_after_members(ctx: SentenceContext, trig: TriggerHit, captured: Sequence[Any]) -> list[Any]:
    """The places a part of which a control verb took as a later member of its object, after the
    towns it took ("seized Morek and dozens of villages in Hama province", «سيطرت على مدينة سراقب
    ومواقع بريف إدلب»): the first place after the last town taken (before the next military verb)
    whose part words (:func:`part_object`) follow that town with only the table's coordinator, a
    comma, or the table's ``part_list_join`` words between ("in addition to", «إضافة إلى»,
    «فضلا عن»), and the places listed with it ("in Idlib and Hama provinces").

    Why (round 30, ev30ccar): a capture's object often names a town and then the villages or
    positions taken around it in a governorate; the town made its change and the part, read only
    when a verb took no town (:func:`part_places`), was dropped (five development articles in
    Arabic: «على مدينة حلب ومواقع بريف إدلب», «بلدة ...، بالإضافة إلى مواقع مهمة في ريف إدلب»).
    Members named after the part ("..., among them Karnaz") come after it and tell the change
    instead, so the part is read only after the last town taken."""
    after = [m for m in captured if m.start >= trig.end]
    if not after:
        return []
    last = max(after, key=lambda m: m.end)
    others = [t for t in ctx.triggers if t.family == "military" and t != trig]
    nxt = min((t.start for t in others if t.start >= trig.end), default=ctx.sentence.end)
    # (round 36, ar36b) a country inside an apposition on the town ("Aleppo, Syria's second city,
    # and dozens of villages in Idlib province") is no place of the part
    m = next((p for p in ctx.places if p.start >= last.end
              and not (getattr(p, "feature_code", None) or "").upper().startswith("PCL")), None)
    if m is None or m.end > nxt or not part_object(ctx, trig, m):
        return []
    start = part_start(ctx.text, last.end, m, ctx.lang)
    if start is None or start < last.end:
        return []
    rules = rules_for(ctx.lang)
    gap = ctx.text[last.end:start]
    if len(gap) > LIST_GAP or _LIST_BREAK.search(gap) or not _joins_part(gap, ctx.lang, rules):
        return []
    out = [m]
    for n in ctx.places:
        if n.start < out[-1].end or n.end > nxt or n is m:
            continue
        if not _listed_after(out[-1], n, ctx.text, rules):
            break
        out.append(n)
    members = table_pattern(ctx.lang, "part_members_after")
    later = next((n for n in ctx.places if n.start >= out[-1].end and n.end <= nxt), None)
    if later is not None and members is not None and members.search(ctx.text, out[-1].end, later.start):
        return []  # "..., among them Karnaz and Halfaya": the members tell the change (round 11)
    return out


def _joins_part(gap: str, lang: str | None, rules: LanguageRules) -> bool:
    """Whether the words between a town taken and the part words after it only join them: the
    table's coordinator or a comma alone (:func:`_joins_list`), or the table's ``part_list_join``
    ("in addition to", «إضافة إلى»), perhaps after one word of the town's kind closed by a comma
    (the table's ``list_gap_words``: «بلدة كفر حلب الاستراتيجية، بالإضافة إلى مواقع في ريف إدلب»)."""
    if _joins_list(gap, rules):
        return True
    if list_after_apposition(gap, lang) or list_after_apposition(gap + "و", lang):
        # (round 36, ar36b) "took Aleppo, Syria's second city, and dozens of villages in Idlib
        # province", «على مدينة حلب ثاني أكبر مدن البلاد ومناطق واسعة في ريف إدلب»: an apposition
        # on the town does not end the object (the Arabic part words hold their glued «و»)
        return True
    join = table_pattern(lang, "part_list_join")
    if join is None:
        return False
    if join.fullmatch(gap) is not None:
        return True
    head, comma, last = gap.rpartition("،") if "،" in gap else gap.rpartition(",")
    return (bool(comma) and len(head.split()) == 1 and rules.list_gap_words is not None
            and rules.list_gap_words.fullmatch(head.strip()) is not None and join.fullmatch(last) is not None)


def region_object(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> bool:
    """Whether a governorate named as such is a control verb's direct object ("took over Idlib
    province", «سيطرت الفصائل على محافظة إدلب»): the whole governorate changed hands, as with
    the table's ``whole_region`` words. Not one after a locator ("villages in Idlib province")."""
    if rules.region_word is None or rules.region_object is None or not _syrian_governorate(m):
        return False
    if m.start < trig.end:
        return region_subject(ctx, trig, m, rules) or region_before_verb(ctx, trig, m, rules)
    start = trig.end
    slot = rules.object_slot.search(ctx.text, trig.start, min(trig.end + OBJECT_SLOT_REACH, m.start)) \
        if rules.object_slot is not None else None
    if slot is not None:
        start = max(start, slot.end())
    gap_text = ctx.text[start:m.start]
    named = rules.region_word.search(gap_text) or rules.region_word.match(ctx.text[m.end:m.end + 20].lstrip())
    return (named is not None and rules.region_object.fullmatch(gap_text) is not None) or region_member(ctx, trig, m)


def region_member(ctx: SentenceContext, trig: TriggerHit, m: Any) -> bool:
    """Whether a governorate named as such follows a town the verb took as the next member of its
    object («سيطرت الفصائل على مدينة حلب ومحافظة إدلب», «حررت مدينة حلب ومطارها ومحافظة إدلب»): the
    table's ``region_list_member`` fullmatching the words between that town and the governorate.

    Why (round 30, ev30ccar): the governorate was read as the object only right after the verb's
    object slot (:func:`region_object`); after a town taken it was dropped, though the wording names
    the whole province as taken with the town (development: Arabic announcements of a town and then a
    governorate). The town before must be one the verb may take (a town after the verb that no part
    words open): «قرى في ريف حلب ومحافظة إدلب» names where villages lie, not a province taken."""
    pattern = table_pattern(ctx.lang, "region_list_member")
    if pattern is None:
        return False
    prev = next((p for p in reversed(ctx.places) if p.end <= m.start), None)
    if (prev is None or prev.start < trig.end or not _is_town(prev)
            or (getattr(prev, "feature_code", None) or "").upper().startswith("ADM")
            or part_start(ctx.text, trig.end, prev, ctx.lang) is not None):
        return False
    if rules_for(ctx.lang).locator is not None and rules_for(ctx.lang).locator.search(
            ctx.text, max(trig.end, prev.start - 40), prev.start) is not None:
        return False  # «قرب مدينة حلب ومحافظة إدلب»: the town only says where
    if pattern.fullmatch(ctx.text, prev.end, m.start) is None:
        return False
    # (round 38, bgc38) the governorate is named as such, its word in the gap («ومحافظة», « et de la
    # province d' ») or right after the name ("and Idlib province"): a bare name after the town
    # ("took Aleppo and Idlib") stays the geoparser's reading, no whole governorate
    # (the table's rows unbounded in the gap: the Arabic word carries its glued «و»)
    in_gap, after = table_pattern(ctx.lang, "region_word"), rules_for(ctx.lang).region_word
    return in_gap is None or after is None or (in_gap.search(ctx.text, prev.end, m.start) is not None
                                               or after.match(ctx.text[m.end:m.end + 20].lstrip()) is not None)


#: How far before a governorate (characters) the words naming it as the object are read.
REGION_BEFORE_REACH = 60


def region_before_verb(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> bool:
    """Whether a governorate named as such is the object standing before the verb that closes its
    clause ("die Rebellen haben die Provinz Daraa eingenommen", "die Armee hat sich aus den
    Provinzen Daraa und Suweida zurückgezogen"): the whole governorate changed hands, as when it
    follows the verb (:func:`region_object`).

    Why (round 29, ev29cc2): German closes a clause with its participle or the particle of a verb in
    two parts, so the object stands before the verb's last word; a governorate there was read only as
    the subject of a fall, and its capture or the army's withdrawal from it was missed. Only with the
    table's ``region_object_before`` words right before the name (the article of an object, «aus
    der Provinz», or a list after «Provinzen»: never «in der Provinz», which locates), and only
    before a closing verb (the table's ``final_verbs``) or inside a verb in two parts."""
    pattern = getattr(rules, "region_object_before", None)
    if pattern is None or trig.role not in ("take", "retake", "lose") or m.end > trig.end:
        return False
    inside = trig.start <= m.start
    final = closing_verb(ctx.text, trig, rules)
    if not (inside or final):
        return False
    head = ctx.text[max(ctx.sentence.start, m.start - REGION_BEFORE_REACH):m.start]
    return pattern.search(head) is not None


#: Roles whose verb has the place lost as its subject ("Idlib province fell to the rebels").
SUBJECT_PLACE_ROLES = ("fall", "leave", "back")
#: How many words may stand between a governorate named as a subject and its verb ("had", a day).
REGION_SUBJECT_WORDS = 3
_REGION_SUBJECT_STOP = re.compile(r"[,،;:()\[\]\"«»“”]")


#: How many words (the region word, an article) may stand between a clause marker and the
#: governorate opening the reported clause (:func:`reported_clause_start`).
REGION_CLAUSE_WORDS = 2


def region_clause_start(ctx: SentenceContext, m: Any, rules: Any) -> int | None:
    """Where the reported clause that place ``m`` opens begins: right after the table's
    ``clause_marker`` ("that", «أن») with at most :data:`REGION_CLAUSE_WORDS` words between it
    and the place («ما يعني أن محافظة إدلب باتت ...»); ``None`` when no marker stands there.

    Why (round 30, ev30ccar): a governorate that fell is often told as the consequence of a capture
    named first in its sentence («سيطرت على معرة النعمان، ما يعني أن محافظة إدلب باتت بالكامل تحت
    سيطرة الفصائل»); :func:`region_subject` read a governorate as a subject only as the first place of
    its sentence, and the province was lost (development: the fall of Idlib province told so)."""
    if rules.clause_marker is None:
        return None
    head = ctx.text[ctx.sentence.start:m.start]
    found = next(reversed(list(rules.clause_marker.finditer(head))), None)
    if found is None or len(head[found.end():].split()) > REGION_CLAUSE_WORDS \
            or re.search(r"[.;:!?،,]", head[found.end():]):
        return None
    return ctx.sentence.start + found.end()


#: Roles of a capture verb whose passive has the place taken as its subject (:func:`passive_capture`).
PASSIVE_CAPTURE_ROLES = ("take", "retake")


def passive_capture(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether capture verb ``trig`` is told in the passive: the table's ``passive_before_verb``
    right before it ("was captured", « a été conquise », «fue tomada»), or among its first two
    words («fue tomada», « a été prise »)."""
    return trig.role in PASSIVE_CAPTURE_ROLES and told_in_passive(
        ctx.text, (trig.start, trig.end), ctx.lang, lo=ctx.sentence.start, words=2)


def region_subject(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> bool:
    """Whether a governorate named as such opens its sentence's clause as the subject of a verb
    whose subject is the place lost ("Idlib province fell to the rebels", «La provincia de Idlib
    cayó en manos de los rebeldes», « la province d'Idleb est tombée aux mains des rebelles»):
    the whole governorate changed hands, as when it is a capture verb's object
    (:func:`region_object`).

    Why (round 16, ctl16): only the object after a verb was read as the governorate; named as the
    subject of "fell", "came under rebel control", it was dropped as "no town", and a governorate's
    fall told that way was missed. Only the first place of its sentence, with no locator before
    it ("Saraqib in Idlib province fell": Idlib says where), the region word right before or after
    its name and at most :data:`REGION_SUBJECT_WORDS` words before the verb.

    (round 45, k45) Also the subject of a capture verb in the passive, the table's
    ``passive_before_verb`` right before it ("Idlib province was captured by the rebels", « la
    province d'Idleb a été conquise par les rebelles », «la provincia de Idlib fue tomada por los
    rebeldes»): the place is what was taken, as the subject of "fell" is; only the object after a
    capture verb was read, and the governorate's capture told in the passive was dropped."""
    if trig.role not in SUBJECT_PLACE_ROLES and not passive_capture(ctx, trig):
        return False
    if trig.start <= m.start and m.end <= trig.end:
        # «سقطت محافظة إدلب في أيدي الفصائل»: in verb-subject order the subject is inside the verb's words
        return rules.region_word.search(ctx.text[max(trig.start, m.start - 12):m.start].rstrip() + " ") is not None
    if m.end > trig.start:
        return False
    first = governorate_list_head(ctx, m, rules)
    lo = ctx.sentence.start
    if any(ctx.sentence.start <= p.start < first.start for p in ctx.places):
        lo = region_clause_start(ctx, first, rules)
        if lo is None or any(lo <= p.start < first.start for p in ctx.places):
            return False
    head = ctx.text[lo:first.start]
    word_before = next((w for w in rules.region_word.finditer(head) if len(head) - w.start() <= 25), None)
    prefix = head[:word_before.start()] if word_before is not None else head
    if rules.locator is not None and rules.locator.search(prefix):
        return False
    tail = ctx.text[m.end:trig.start]
    word_after = rules.region_word.match(tail.lstrip())
    if word_before is None and word_after is None and (
            first is m or rules.region_word.match(ctx.text[first.end:first.end + 20].lstrip()) is None):
        return False
    rest = tail.lstrip()[word_after.end():] if word_after is not None else tail
    return not _REGION_SUBJECT_STOP.search(rest) and len(words_of(rest)) <= REGION_SUBJECT_WORDS


def governorate_list_head(ctx: SentenceContext, m: Any, rules: Any) -> Any:
    """The first of the Syrian governorates listed right before governorate ``m`` as one subject
    ("Daraa and Suwayda provinces", «die Provinzen Daraa und Suweida», « les provinces de Deraa et
    de Soueïda », «محافظتا درعا والسويداء»), or ``m`` itself when none is: the words between two
    members only list them (:func:`_gap_lists`, the table's region word left out).

    Why (round 46, k46): :func:`region_subject` read a governorate as a subject only as the first
    place of its sentence, so of "the provinces of Daraa and Suwayda are under the control of local
    fighters" the second was dropped, and the first too when nothing stood between it and the verb
    but the list («Die Provinzen Suweida und Daraa stehen fast vollständig unter der Kontrolle
    lokaler Kräfte», a development article of round 45): the list's members are one subject."""
    head = m
    while True:
        prev = next((p for p in reversed(ctx.places) if p.end <= head.start), None)
        if prev is None or prev.start < ctx.sentence.start or not _syrian_governorate(prev):
            return head
        gap = ctx.text[prev.end:head.start]
        bare = rules.region_word.sub(" ", gap) if rules.region_word is not None else gap
        if len(gap) > LIST_GAP or not _gap_lists(re.sub(r"\s+", " ", bare), rules):
            return head
        head = prev


#: How far before its verb (characters) the relative pronoun of an object clause may stand, and
#: how far after it the table's pattern may look (for Arabic's resumptive «عليها», «منها»).
RELATIVE_REACH, RESUMPTIVE_REACH = 60, 12


def relative_object(ctx: SentenceContext, trig: TriggerHit, rules: Any) -> list[Any] | None:
    """The object of a verb inside an object relative clause: the noun right before the pronoun.

    Why: in "Hama is 110 km south of Aleppo, which the rebels captured last week" the place taken
    is Aleppo (before the verb, after a locator), not Hama, the sentence's subject; in «دخلت القاعدة
    التي كانت القوات الروسية قد انسحبت منها» the base was left, not the town named before it.
    ``None`` when the verb is in no such clause; else the place before the pronoun (and the places
    listed with it), or ``[]`` when that noun is no place.
    """
    patterns = [p for p in (rules.object_relative, rules.relative_pronoun) if p is not None]
    # (round 40, cc40b) a locative relative on a place («Alepo, donde los yihadistas entraron el
    # viernes», « Alep, où les rebelles sont entrés vendredi »): the place before it was entered,
    # only for an entry verb that closes its clause with no place after it (the table's
    # ``bare_entry``), so "Aleppo, where the rebels took the airport" keeps its own object
    locative = locative_pronoun(ctx, trig)
    if locative is not None:
        patterns.append(locative)
    if not patterns:
        return None
    lo = max(ctx.sentence.start, trig.start - RELATIVE_REACH)
    window = ctx.text[lo:min(ctx.sentence.end, trig.end + RESUMPTIVE_REACH)]
    found = [(i, p) for i in range(trig.start - lo) for p in patterns
             if (i == 0 or not window[i - 1].isalnum() or not window[i].isalnum()) and p.match(window[i:])
             and not _CLAUSE_STOP.search(window, i, trig.start - lo)]
    found = [(i, p) for i, p in found if not completive_after_saying(ctx, lo + i)
             and not conjunction_head_before(ctx, trig, lo + i)]
    if locative is not None:
        # (round 40, cc40b) «en la que», « dans laquelle »: the object relative's word inside the
        # locative pronoun is that pronoun's
        spans = [(i, locative.match(window, i).end()) for i, p in found if p is locative]
        found = [(i, p) for i, p in found if p is locative or not any(a < i < b for a, b in spans)]
    if not found:
        return None
    pronoun = lo + found[-1][0]
    others = [t for t in ctx.triggers if t.family == "military" and t != trig and pronoun <= t.start < trig.start]
    if others:
        if any(closing_verb(ctx.text, t, rules) for t in others):
            # (round 30, de30) «Die Armee, die Hama an die HTS verlor, zog sich nach Homs zurück»:
            # the other verb closed the relative clause, so this verb is the main clause's, after
            # it; the place inside the clause is the other verb's, none is this one's (read as
            # before the other verb was a trigger; it gave the withdrawal Hama, a reversed change)
            return []
        return None  # another verb of the clause owns the pronoun
    if comma_coordinated(ctx.text, pronoun, trig, rules, ctx.lang):
        # (round 30, rev30) « ont pris Morek, que l'armée avait abandonnée dimanche, et sont entrés
        # jeudi à Hama »: the clause closed at the comma; the verb after the coordinator is the main
        # clause's (the clause's own participle was no verb, so the pronoun seemed this one's)
        return None
    if (not any(p is rules.object_relative or p is locative for i, p in found if lo + i == pronoun)
            and trig.role not in ("fall", "leave", "back")):
        return []  # a subject relative: the noun before it did the taking or the leaving
    if locative is not None and any(p is locative for i, p in found if lo + i == pronoun):
        # (round 40, cc40b) «Alepo”, segunda ciudad de Siria donde ...»: the town's apposition
        # (the table's ``locative_apposition``) stands between it and the pronoun
        apposition = table_pattern(ctx.lang, "locative_apposition")
        m = apposition.search(ctx.text, ctx.sentence.start, pronoun) if apposition is not None else None
        while m is not None and m.end() != pronoun:
            m = apposition.search(ctx.text, m.start() + 1, pronoun)
        if m is not None:
            pronoun = m.start()
        while pronoun > ctx.sentence.start and ctx.text[pronoun - 1] in " ,،\"”»’'":
            pronoun -= 1  # the comma, and a quotation closed on the town
    # (round 27, ev27bg) a dash opens the clause as a comma does ("Aleppo – which the rebels took")
    near = [m for m in ctx.places if pronoun - 3 <= m.end <= pronoun and not ctx.text[m.end:pronoun].strip(" ,،–—")]
    if not near:
        return []
    m = near[-1]
    if not ((_is_town(m) and (getattr(m, "country_code", None) or "SY") == "SY")
            or _whole_region(m, ctx.text[max(0, m.start - 40):m.start], rules)):
        return []
    out = [m]
    for prev in sorted((p for p in ctx.places if p.end <= m.start), key=lambda p: -p.start):
        gap_text = ctx.text[prev.end:out[-1].start]
        if (len(gap_text) > LIST_GAP or _LIST_BREAK.search(gap_text) or not _is_town(prev)
                or not _joins_list(gap_text, rules)):
            break
        out.append(prev)
    return list(reversed(out))


def locative_pronoun(ctx: SentenceContext, trig: TriggerHit) -> re.Pattern[str] | None:
    """The table's ``locative_relative`` ("where", «donde», « où », «wo») when ``trig`` is an entry
    verb that closes its clause (the table's ``bare_entry`` on its surface) and no place stands
    between it and the clause's end; else ``None``.

    Why (round 40, cc40b): «Alepo, donde los yihadistas entraron el viernes» told the entry inside
    a relative clause on the town, the verb with no object of its own; the locative pronoun was no
    object relative, so the entry made no change. With a place after the verb ("Aleppo, where the
    rebels entered the citadel") the verb has its own object and the pronoun is left alone."""
    locative = _locative_pattern(ctx.lang)
    return locative if locative is not None and bare_entry(ctx, trig) else None


@cache
def _locative_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``locative_relative`` followed by a space (:func:`locative_pronoun`), compiled once."""
    locative = table_pattern(lang, "locative_relative")
    return re.compile(rf"(?:{locative.pattern})(?=\s)", re.IGNORECASE) if locative is not None else None


#: What ends an entry verb's clause for :func:`bare_entry`: a stop, a comma or a bracket.
_BARE_ENTRY_STOP = re.compile(r"[.;:!?,،()]")


def bare_entry(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether ``trig`` is an entry verb that closes its clause (the table's ``bare_entry`` matched
    from the verb's start and ending where it ends: the row looks past a day to the clause's end)
    with no place between it and that end."""
    bare = table_pattern(ctx.lang, "bare_entry")
    m = bare.match(ctx.text, trig.start) if bare is not None else None
    if m is None or m.end() != trig.end:
        return False
    stop = _BARE_ENTRY_STOP.search(ctx.text, trig.end, ctx.sentence.end)
    hi = stop.start() if stop is not None else ctx.sentence.end
    return not any(trig.end <= p.start < hi for p in ctx.places)


def bare_entry_unplaced(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether ``trig`` is an entry verb closing its clause (the table's ``bare_entry``) that no
    locative relative hangs on a place: such a verb names no place of its own, and the town before
    it is no subject it entered («Des combattants venus d'Idlib sont entrés, ...»)."""
    if not bare_entry(ctx, trig):
        return False
    # (:func:`locative_pronoun` is the table's pattern here, the entry being bare)
    return _locative_pattern(ctx.lang) is None or not relative_object(ctx, trig, rules_for(ctx.lang or "en"))


#: How far (characters) after a verb of saying its object clause's opening word may stand ("said
#: on Thursday that").
COMPLETIVE_REACH = 25


def completive_after_saying(ctx: SentenceContext, pos: int) -> bool:
    """Whether the word at ``pos`` opens the object clause of a verb of saying just before it (the
    table's ``completive``: "said that", « ont affirmé jeudi que », «dijeron que», «erklärten,
    dass», «أعلنت أن»), no place named between: a conjunction, not a relative pronoun.

    Why (round 36, own36): « les rebelles ont affirmé que Hama était sous leur contrôle »: «que»
    was read as an object relative on a noun that is no place, and Hama, the clause's subject, was
    taken by nothing."""
    word = table_pattern(ctx.lang, "completive")
    pos += len(ctx.text[pos:pos + 3]) - len(ctx.text[pos:pos + 3].lstrip(" ,،"))  # a pronoun matched with its space
    if word is None or not word.match(ctx.text, pos):
        return False
    for t in ctx.triggers:
        if t.kind != "statement" or not (0 <= pos - t.end <= COMPLETIVE_REACH):
            continue
        if _CLAUSE_STOP.search(ctx.text, t.end, pos):
            continue
        if any(t.end <= m.start and m.end <= pos for m in ctx.places):
            continue
        return True
    return False


def conjunction_head_before(ctx: SentenceContext, trig: TriggerHit, pos: int) -> bool:
    """Whether the word at ``pos`` ("que", "that") closes a subordinating conjunction whose head
    stands right before it (the table's ``conjunction_head``: «después de que», «luego de que», «antes
    de que», « après que », « alors que », "now that"): a conjunction, not a relative pronoun.

    Why (round 47, k47): «luego de que la capital, Damasco, haya caído a manos de las fuerzas
    rebeldes», « après que Damas est tombée aux mains des rebelles »: «que» was read as an object
    relative on «de» or « après », no place, and the fall's subject before its verb was taken by
    nothing (a fresh development article of round 46 lost the fall of Damascus so). Not after
    another control verb of the sentence: the clause retells that verb's change (« a repris Morek
    trois jours après que les rebelles se sont emparés de la ville »: the town before the clause is
    the main verb's, no subject of the clause's verb)."""
    head = table_pattern(ctx.lang, "conjunction_head")
    if head is None or any(t is not trig and t.kind == "control_change" and ctx.sentence.start <= t.start < trig.start
                           for t in ctx.triggers):
        return False
    before = ctx.text[max(ctx.sentence.start, pos - 30):pos]
    return re.search(rf"(?<!\w)(?:{head.pattern})[\s,]*$", before, re.IGNORECASE) is not None


_CLAUSE_COMMA_END = re.compile(r"[,،]\s*$")
_PARTICIPLE_CLAUSE_END = re.compile(r"[,،;:.!?()]")


#: How long (characters) an aside set off by commas between a subject town and its verb may be, and
#: the words between its closing comma and the verb (:func:`aside_subject`: "was", «wurde am
#: Donnerstag von den Rebellen»).
SUBJECT_ASIDE_REACH, SUBJECT_ASIDE_TAIL = 80, 60
#: How many words may open the sentence before that town: its head ("the town of", « La ville
#: chrétienne de », «Die Stadt»), never a clause ("the rebels advanced on Saturday into").
SUBJECT_HEAD_WORDS = 4
_SUBJECT_ASIDE_STOP = re.compile(r"[.;:!?()\[\]«»\"“”]")


def aside_subject(ctx: SentenceContext, trig: TriggerHit) -> Any | None:
    """:func:`subject_aside`'s town, or ``None``."""
    found = subject_aside(ctx, trig)
    return found[0] if found is not None else None


def subject_aside(ctx: SentenceContext, trig: TriggerHit) -> tuple[Any, int, int] | None:
    """The town that opens its sentence as the subject of a passive or a fall told after an aside set
    off by commas ("Morek, north of Hama, was captured by the rebels", « Morek, bombardée depuis des
    semaines, a été prise jeudi », «Morek, al norte de Hama, fue tomada», «Morek, seit Wochen
    bombardiert, wurde am Donnerstag erobert»); ``None`` otherwise.

    Why (round 36, pron36): the town right before the verb's comma was read as its subject, so the
    town the aside names to say where ("north of Hama") took the change, and a strike participle
    inside the aside ("shelled for weeks") cut the subject off from its verb, which then took none.
    The aside's words only describe the subject. Only a Syrian town at the head of the sentence
    (a few words of a head before it at most, no comma, no locative word right before it, no
    military verb before it), an aside that opens with no place
    (a list goes on with one) and holds no control verb (« Morek, prise jeudi par les rebelles, »
    is a participle clause of its own), and no place between the aside and the verb. Returned with
    the offsets of the aside's two commas: a side named inside it (who shelled the town) is no
    party to the change (:func:`_control_events`)."""
    head = ctx.text[ctx.sentence.start:trig.start]
    commas = [ctx.sentence.start + c.start() for c in _LIST_COMMA.finditer(head)]
    if len(commas) < 2:
        return None
    opening, closing = commas[-2], commas[-1]
    aside, tail = ctx.text[opening + 1:closing], ctx.text[closing + 1:trig.start]
    if (not aside.strip() or len(aside) > SUBJECT_ASIDE_REACH or len(tail) > SUBJECT_ASIDE_TAIL
            or _SUBJECT_ASIDE_STOP.search(aside) or _SUBJECT_ASIDE_STOP.search(tail)):
        return None
    if any(opening < m.start and not ctx.text[opening + 1:m.start].strip() for m in ctx.places):
        return None  # "Morek, Saraqib, Hama, were captured": a list
    if any(closing < m.start < trig.start for m in ctx.places):
        return None
    if any(t is not trig and t.kind == "control_change" and ctx.sentence.start <= t.start < trig.start
           for t in ctx.triggers):
        return None
    subject = [m for m in ctx.places if ctx.sentence.start <= m.start and m.end <= opening
               and not ctx.text[m.end:opening].strip()]
    if not subject:
        return None
    town = subject[-1]
    lead = ctx.text[ctx.sentence.start:town.start]
    opener = _fronted_place_opener(ctx.lang)
    words = lead.split()
    if (_LIST_COMMA.search(lead) or len(words) > SUBJECT_HEAD_WORDS
            or (words and opener is not None and opener.match(" " + words[-1] + " "))
            or any(ctx.sentence.start <= m.start and m.end <= town.start for m in ctx.places)
            or any(t.family == "military" and ctx.sentence.start <= t.start < town.start for t in ctx.triggers)):
        return None
    if not _is_town(town) or (getattr(town, "country_code", None) or "SY") != "SY":
        return None
    return town, opening, closing


def participle_object(ctx: SentenceContext, trig: TriggerHit, rules: LanguageRules) -> list[Any] | None:
    """The place a participle clause set off by a comma hangs on: "Saraqib, captured by the rebels
    on Thursday, lies on the M5", « Saraqeb, prise jeudi par les rebelles, ... », «Saraqib, tomada
    el jueves por los rebeldes, ...». ``None`` when the verb opens no such clause.

    Why (round 16, ctl16): a past participle right after a place and a comma, its agent after it
    (the table's ``agent_marker``), is a passive whose subject is that place; the object slot after
    the verb is empty, and the first place after the clause (the main verb's: "lies on the M5") was
    taken for what changed hands while the town was missed. Only a capture or recapture verb, a
    Syrian town right before the comma, and no place inside the clause itself."""
    if trig.role not in ("take", "retake") or rules.agent_marker is None:
        return None
    comma = _CLAUSE_COMMA_END.search(ctx.text, ctx.sentence.start, trig.start)
    if comma is not None and (subject := aside_subject(ctx, trig)) is not None:
        # (round 36, pron36) « Morek, au nord de Hama, a été prise jeudi par les rebelles »: the
        # comma closes an aside on the town before it, not a clause hung on the aside's town
        return [subject]
    if comma is None:
        return None
    prev = [m for m in ctx.places if m.end <= comma.start() and not ctx.text[m.end:comma.start()].strip()]
    if not prev or not _is_town(prev[-1]) or (getattr(prev[-1], "country_code", None) or "SY") != "SY":
        return None
    stop = _PARTICIPLE_CLAUSE_END.search(ctx.text, trig.end, ctx.sentence.end)
    end = stop.start() if stop is not None else ctx.sentence.end
    if any(trig.end <= m.start < end for m in ctx.places):
        return None
    clause = ctx.text[trig.end:end]
    # the table's pattern reads a span that ends a few words after the agent word
    ends = [i for i, ch in enumerate(clause) if ch.isspace()] + [len(clause)]
    if not any(rules.agent_marker.search(clause, 0, i) for i in ends):
        return None
    return [prev[-1]]


def _listed_after(prev: Any, m: Any, text: str, rules: LanguageRules) -> bool:
    """Whether ``m`` follows ``prev`` in one list ("Idlib and Hama", «إدلب وحماة»), the coordinator
    perhaps followed by a preposition or a place's kind repeated (« d'Alep et de Hama », «بين
    مدينة حماة ومدينة حمص»: the table's coordinator opening a word, then only list words; not
    after a comma, where the coordinator opens the verb's next object: «شرقي إدلب، وعلى بلدة معصران»)."""
    return _gap_lists(text[prev.end:m.start], rules)


def _gap_lists(gap: str, rules: LanguageRules) -> bool:
    """:func:`_listed_after` on the words between the two places."""
    # a coordinator or a comma joins them: «نحو العاصمة دمشق مدينة حمص» is no list
    return (len(gap) <= LIST_GAP and gap.strip() != "" and rules.coordinated is not None
            and (rules.coordinated.search(gap) is not None
                 or (rules.list_joiner is not None and rules.list_joiner.search(gap) is not None
                     and not _LIST_COMMA.search(gap)))
            and not _LIST_BREAK.search(gap) and _only_lists(gap, rules))


#: (round 34, list34) A short bracketed aside right after a list member ("Suran (Hama)").
_MEMBER_ASIDE = re.compile(r"(?:\s*\([^()]{0,40}\))?")


def semicolon_member(text: str, out: Sequence[Any], m: Any, gap: str, rules: LanguageRules) -> bool:
    """Whether place ``m`` goes on a list whose members semicolons part ("took Saraqeb; Sarmin; and
    Maarat al-Numan", « ont pris Saraqeb ; Sarmin ; et Maaret al-Noomane »): the gap before it opens
    on its one semicolon and holds no other break, and either another semicolon closes ``m`` (the
    series goes on) or the list's last two members were already parted by one and a coordinator
    opens this last member.

    Why (round 34, list34): a semicolon ended every list (:data:`_LIST_BREAK`), so a series told
    with semicolons (a member with a comma of its own in it, or a press agency's style) kept its
    first place only in English, French, Spanish and German (the Arabic «؛» was no break). One
    semicolon before a place that nothing closes ("took Saraqeb; Damascus condemned it") stays a
    new clause."""
    if not gap.lstrip().startswith(";") or _LIST_BREAK.findall(gap) != [";"]:
        return False
    end = m.end + len(_MEMBER_ASIDE.match(text, m.end).group())  # "Suran (Hama); and Morek"
    closing = _LIST_BREAK.search(text, end, end + LIST_GAP)
    if closing is not None and closing.group() == ";" and not text[end:closing.start()].strip(" ,"):
        return True
    return (len(out) >= 2 and ";" in text[out[-2].end:out[-1].start] and rules.list_joiner is not None
            and rules.list_joiner.search(gap) is not None)


#: (round 34, list34) What stands for each place inside the gap between two list members when the
#: table's ``member_location`` reads it.
_LOCATED_PLACE = "PLACE"


def located_member_rest(ctx: SentenceContext, prev: Any, m: Any) -> str | None:
    """The words between list members ``prev`` and ``m`` after a phrase locating ``prev`` (the
    table's ``member_location``, each place inside the gap read as ``PLACE``: "in PLACE province",
    « dans la province de PLACE », «بريف PLACE الشمالي»), when only list words follow it up to ``m``
    (a coordinator, a comma and a coordinator, "as well as"); None when the gap is no such phrase.

    Why (round 34, list34): news locates each town of a list by its governorate ("seized Morek in
    Hama province and Saraqib in Idlib province", « Morek dans la province de Hama et Saraqeb »,
    «سيطرت على مورك بريف حماة الشمالي وعلى سراقب»); the locating words ended the list and every
    member after the first located one was lost, in all five languages. A verb or any other word
    after the phrase still ends the list ("took Morek in Hama province and advanced on Homs")."""
    pattern = table_pattern(ctx.lang, "member_location")
    if pattern is None or m.start <= prev.end:
        return None
    inner = [p for p in ctx.places if prev.end <= p.start and p.end <= m.start]
    if not inner:
        return None
    masked, pos = [], prev.end
    for p in inner:
        masked += [ctx.text[pos:p.start], _LOCATED_PLACE]
        pos = p.end
    masked.append(ctx.text[pos:m.start])
    gap = "".join(masked)
    found = pattern.match(gap)
    if found is None:
        return None
    rest = gap[found.end():]
    rules = rules_for(ctx.lang)
    if (_LOCATED_PLACE in rest or not rest.strip(" ,،") or _LIST_BREAK.search(rest)
            or not _only_lists(rest, rules)):
        return None
    return rest


def clause_subject_after_list(prev: Any, m: Any, text: str, lang: str | None) -> bool:
    """Whether place ``m``, joined to the list member ``prev`` by a comma and the table's
    coordinator, is the subject of a new clause: the table's ``list_clause_after`` (a copula, an
    auxiliary, a modal, perhaps after an adverb) right after it.

    Why (round 28, ev28list): "The rebels captured Hama on Thursday, and Homs is now under threat"
    (« et Homs est désormais menacée », «y Homs está ahora amenazada», «وحمص باتت مهددة») gave Homs a
    capture with Hama's: a list goes on after ", and" only with a place ending it, not with one
    that a new verb follows. Without the comma ("who captured Hama and Homs are ...") the verb may
    be the whole clause's, so the list is left alone."""
    gap = text[prev.end:m.start]
    rules = rules_for(lang)
    if rules.coordinated is None or rules.coordinated.search(gap) is None:
        return False
    return comma_clause_subject(gap, m, text, lang)


def closing_verb(text: str, trig: TriggerHit, rules: LanguageRules) -> bool:
    """Whether a capture verb closes its clause, so that its object stands before it: a participle
    of the table's ``final_verbs`` («haben Hama erobert»), or a finite verb of its
    ``clause_final_verbs`` with a comma or a stop right after it («die Rebellen, die am Donnerstag
    Hama eroberten, stehen vor Homs»).

    Why (round 30, lead): in a German relative or subordinate clause the finite verb comes last;
    «eroberten» was read with the object after it, so the clause's towns made no change and a
    place named by the main clause after the comma («…, ist Damaskus») was taken instead. The same
    verb in a main clause («Die Rebellen eroberten am Donnerstag Hama») keeps its object after it:
    only a comma or a stop right after the verb says it closes the clause."""
    last = trig.surface.split()[-1]
    if rules.final_verbs is not None and rules.final_verbs.fullmatch(last) is not None:
        return True
    pattern = getattr(rules, "clause_final_verbs", None)
    return (pattern is not None and pattern.fullmatch(last) is not None
            and re.match(r"\s*[,.;:!?)]", text[trig.end:trig.end + 3]) is not None)


def comma_clause_subject(gap: str, m: Any, text: str, lang: str | None) -> bool:
    """Whether place ``m``, after a comma in the words since the verb or the list member before it,
    is the subject of a new clause: the table's ``list_clause_after`` (a copula, an auxiliary, a
    modal) right after it.

    Why (round 30, lead): "Hama fell to the rebels on Thursday, Homs is under threat" (« Hama est
    tombée jeudi aux mains des rebelles, Homs est menacée », «Hama fiel am Donnerstag an die
    Rebellen, Homs ist bedroht») gave the fall to Homs: after a verb of falling the words name the
    taker, and the first town after them was read as the object. :func:`clause_subject_after_list`
    reads the same after ", and" between two members; a bare comma between members, or before the
    verb's first place when a town stands before the verb (its subject), ends the list as well when
    a new verb follows the place. Not after a participle opening the sentence ("Captured by HTS on
    Thursday, Hama is the largest city ...": the place after the comma is the one taken)."""
    if not _LIST_COMMA.search(gap):
        return False
    verb = table_pattern(lang, "list_clause_after")
    after = text[m.end:m.end + LIST_GAP]
    return verb is not None and after[:1].isspace() and verb.match(after.lstrip()) is not None


def copula_in_gap(gap: str, lang: str | None) -> bool:
    """Whether the words between two places hold a copula, an auxiliary or a modal (the table's
    ``list_clause_after``): "Hama and Homs was Damascus", «حماة وحمص هو دمشق», « Homs jeudi, est Damas ».

    Why (round 30, lead): a list's gap may hold short function words ("and", "of the"), and "is",
    "was", « est », «هو» are as short; "the next target after the rebels took Hama and Homs was
    Damascus" then went on to Damascus, and a president's words on the next goal gave Damascus to
    the opposition two days before it fell (development map). A verb between two places ends the
    list: the place after it is what the clause says, not one more place taken."""
    verb = table_pattern(lang, "list_clause_after")
    return verb is not None and any(verb.match(gap, w.start()) for w in re.finditer(r"\w+", gap))


def copula_after_comma(gap: str, lang: str | None) -> bool:
    """Whether the words between a control verb and the first place after it end with a comma
    and a copula alone («…, die Hama und Homs eroberten, ist Damaskus»): the relative clause closed
    at the comma, and the place is what the main clause's verb says, not the object taken
    (:func:`copula_in_gap` for the members after the first)."""
    verb = table_pattern(lang, "list_clause_after")
    *_, last = re.split(r"[,،]", gap)
    if verb is None or last == gap:
        return False
    hit = verb.match(last.strip())
    return hit is not None and hit.end() == len(last.strip())


def road_second_end(prev: Any, m: Any, text: str) -> bool:
    """Whether ``m`` follows the located place ``prev`` with nothing but a space between: the two
    ends of a road written with no dash («على طريق محردة السقيلبية»), both saying where.

    Why (round 21, ctl21b): the first end took the locator word and was skipped, the second, with
    no word before it, was read as the verb's object: «استعادة السيطرة على القرى الواقعة على طريق
    محردة السقيلبية» gave the road's end town a change of its own. Two place names side by side
    with no word or comma between are no list (:func:`_listed_after`), so the second one is not
    what was taken either."""
    gap = text[prev.end:m.start]
    return gap != "" and gap.isspace() and "\n" not in gap


def object_opening(ctx: SentenceContext, trig: TriggerHit, nxt: int, rules: LanguageRules) -> int | None:
    """Where a capture verb's object opens when the table's ``object_slot`` («على») stands after the
    verb's subject and a town the table's ``locating_gap`` puts somewhere, in its clause, before the
    next verb: «سيطرت قوات ردع العدوان في مدينة حلب وريفها على كلّ من ...» took what follows «على»,
    not Aleppo. ``None`` when the verb holds its slot («السيطرة على», "took control of"), when the
    slot opens the passive's agent («على يد»), or when the town before it is the verb's own object
    («اقتحمت الفصائل حماة بعد هجوم على مواقع الجيش»: «على» is another word's)."""
    if rules.object_slot is None or rules.locating_gap is None or rules.object_slot.search(trig.surface):
        return None
    end = min(nxt, trig.end + OBJECT_REACH, ctx.sentence.end)
    stop = _CLAUSE_STOP.search(ctx.text, trig.end, end)
    slot = rules.object_slot.search(ctx.text, trig.end, stop.start() if stop is not None else end)
    if slot is None:
        return None
    words = re.match(r"\S+\s+\S+", ctx.text[slot.start():])
    if words is not None and rules.agent_marker is not None and rules.agent_marker.search(words.group(0)):
        return None
    between = [m for m in ctx.places if trig.end <= m.start and m.end <= slot.start()]
    if not between:
        return None
    head = ctx.text[trig.end:between[0].start]
    starts = [0] + [i + 1 for i, ch in enumerate(head) if ch.isspace()]
    return slot.end() if any(rules.locating_gap.match(head[i:]) for i in starts) else None


def relative_aside(gap: str, rules: LanguageRules) -> bool:
    """Whether a relative clause set off by a comma opens between a control verb and the first
    place after it (", which overlook Saraqeb", « , qui dominent Saraqeb », «، التي تطل على»): the
    table's ``relative_pronoun`` right after a comma.

    Why: the verb's object is the noun the clause describes ("two hills", "several towns"), no
    place; the place inside the clause says what that noun is near or leads to. Taken as the
    object, it made "captured several towns in Homs province, which they view as gateways to
    Damascus" a capture of Damascus on real news (round 14)."""
    if rules.relative_pronoun is None:
        return False
    for comma in _LIST_COMMA.finditer(gap):
        rest = gap[comma.start():]
        after = rest[1:].lstrip()
        pronoun = rules.relative_pronoun.match(rest) or rules.relative_pronoun.match(after)
        clause = pronoun.string[pronoun.end():] if pronoun is not None else ""
        # a clause has words of its own before the place (« , dont Halfaya » lists members), and
        # runs up to it: one closed by a comma was an aside on the subject («سيطرت فصائل المعارضة،
        # التي باتت على بعد ساعات من دمشق، على تلبيسة»), the object comes after it
        if pronoun is not None and words_of(clause) and not _LIST_COMMA.search(clause) \
                and not _member_opening(pronoun.group(), clause, rules):
            return True
    return False


def _member_opening(pronoun: str, clause: str, rules: LanguageRules) -> bool:
    """Whether a relative pronoun that also opens list members (the table's ``list_gap_words``:
    « dont ») and only list words after it open a member (« , dont l'aéroport de Nayrab », « , dont
    la ville de Morek »), not a clause.

    Why (round 34, list34b): « ont pris des sites stratégiques à Alep, dont l'aéroport de Nayrab »
    lost its member: the words of its kind after « dont » were read as a relative clause's."""
    word = pronoun.strip(" ,،")
    return (rules.list_gap_words is not None and rules.list_gap_words.fullmatch(word) is not None
            and _only_lists(clause, rules))


#: A short aside in brackets right after a place ("Aleppo (north)", « Hama (Centre) », "Rastan (Homs
#: province)"): at most four words, no bracket or line break inside (:func:`aside_end`).
_ASIDE = re.compile(r"\s*\(\s*[^()\[\]\n]{1,40}?\s*\)")
ASIDE_WORDS = 4


def aside_end(text: str, pos: int) -> int | None:
    """Where a short bracketed aside starting at ``pos`` (right after a place) ends, or None.

    Why (round 15, ctl15): outlets locate a town with its region in brackets, « s'emparant des
    villes d'Alep (Nord) et de Hama (Centre) », "took Rastan (Homs province) and Talbiseh": the
    aside describes the place before it. A bracket broke the list (:data:`_LIST_BREAK`), so only
    the first town changed hands, and a town named inside the aside was taken as a list member."""
    m = _ASIDE.match(text, pos)
    if m is None or len(m.group().strip(" ()").split()) > ASIDE_WORDS:
        return None
    return m.end()


def _in_aside(prev: Any, m: Any, text: str) -> bool:
    """Whether place ``m`` stands inside a short aside right after place ``prev`` ("Rastan (Homs)"):
    it only says where ``prev`` lies (:func:`aside_end`)."""
    end = aside_end(text, prev.end) if prev is not None else None
    return end is not None and prev.end < m.start and m.end <= end


#: How far after its opening (characters) the bracket holding a list of places taken may close.
BRACKETED_LIST_REACH = 400


def list_after_inside(ctx: SentenceContext, trig: TriggerHit, inside: list[Any], towns: list[Any],
                      rules: LanguageRules) -> list[Any]:
    """The places listed right after the last place a verb's span holds, when the span ends on it:
    «Am Donnerstag eroberten die Rebellen Morek und Halfaya» (the German verb-second span runs over
    its subject to the first object).

    Why (round 28, lead): the span's places were the whole object, so the list after the first
    place was lost (Halfaya), in German sentences opening on a day or a place. Read only when the
    verb's span ends on its last place and each place is listed after the one before
    (:func:`_listed_after`)."""
    last = inside[-1]
    if ctx.text[last.end:trig.end].strip():
        return []  # «nahmen Rastan ein»: the span closes after its object
    out, prev = [], last
    nouns = table_pattern(ctx.lang, "noun_coordinators")
    later = [m for m in towns if m.start >= trig.end]
    for k, m in enumerate(later):
        if k + 1 < len(later) and located_member_rest(ctx, prev, later[k + 1]) is not None:
            continue  # (round 34, list34) «eroberten ... Morek bei der Stadt Hama und Karnaz»: Hama locates
        # (round 34, list34) «eroberten die Rebellen Morek in der Provinz Hama und Sarakib»: the words
        # after the phrase locating the member before (:func:`located_member_rest`)
        located = located_member_rest(ctx, prev, m)
        gap = ctx.text[prev.end:m.start] if located is None else located
        # (round 32, cc32eu) «eroberten die Rebellen Morek sowie Suran»: a coordinator of nouns only
        # (the table's ``noun_coordinators``) lists too, though it joins no verbs
        joined = (nouns is not None and len(gap) <= LIST_GAP and not _LIST_BREAK.search(gap)
                  and re.match(rf"\s*(?:{nouns.pattern})\s", gap, re.IGNORECASE) is not None
                  and _only_lists(gap, rules))
        # (round 34, list34b) «eroberten die Rebellen Saraqib; Sarmin; und Maarat al-Numan»: a list
        # whose members semicolons part (:func:`semicolon_member`), as after the verb in English
        parted = (semicolon_member(ctx.text, [*inside, *out], m, gap, rules)
                  and _only_lists(gap.replace(";", ","), rules))
        if not (joined or parted or _gap_lists(gap, rules)):
            break
        out.append(m)
        prev = m
    return out


def bracketed_members(gap: str, text: str, start: int) -> bool:
    """Whether a gap ends with an opening bracket whose list of places starts at ``start`` and runs
    over at least one comma before the bracket closes ("along with villages (A, B and C)", «إلى جانب
    قرى وبلدات (قبتان الجبل، الشيخ عقيل، ...)»).

    Why (round 28, lead): a fresh development article listed sixteen villages taken in brackets
    after a base and "along with villages"; the bracket broke the list (:data:`_LIST_BREAK`) and
    only the base was read. A bracket with one place is an aside ("Rastan (Homs province)") and
    stays one."""
    if not gap.rstrip().endswith("("):
        return False
    close = text.find(")", start, start + BRACKETED_LIST_REACH)
    inner = text[start:close] if close != -1 else ""
    return bool(inner) and re.search(r"[,،]", inner) is not None and _LIST_BREAK.search(inner) is None


def _wrapped(m: Any, text: str) -> bool:
    """Whether place ``m`` stands alone between round brackets («(حمص)»)."""
    return text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"


def _unbracketed(gap: str, prev: Any, m: Any, text: str) -> str:
    """The gap between two listed places without the brackets that wrap each name alone
    («سيطرت على مدينة (حمص) والعاصمة (دمشق)»، «(حماة) و(إدلب) و(حلب)»).

    Why (round 30, ev30ccar): some agencies put every place name of a list between brackets; the
    brackets broke the list (:data:`_LIST_BREAK`) and only its first member changed hands
    (development: the capital named after Homs so). Only a bracket right after a wrapped name or
    right before one is dropped: an aside in brackets ("Rastan (Homs province)") stays one."""
    if _wrapped(prev, text) and gap.startswith(")"):
        gap = gap[1:]
    if _wrapped(m, text) and gap.endswith("("):
        gap = gap[:-1]
    return gap


def _without_aside(gap: str) -> str:
    """The gap between two places without the short aside that opens it ("(north) and ")."""
    end = aside_end(gap, 0)
    return gap[end:] if end is not None else gap


#: How far before a place inside a verb in two parts (characters) its destination words are read.
FRAME_DESTINATION_WORDS_REACH = 30


def object_from(trig: TriggerHit, m: Any) -> int:
    """Where the words before place ``m`` that belong to the verb's complements begin: the verb's
    end, or for a place inside a verb in two parts («zog sich ... nach Hama zurück») the end of its
    first word.

    Why (round 17, ctl17): German frames a separable verb's complements between its two parts; a
    destination there («zog sich die Armee nach Hama zurück») was measured from the frame's end,
    after the place, so "to Hama" was never seen and the army's destination became a place lost
    (a change of Hama on the day it was still the army's)."""
    if trig.role != "lose" or not (trig.start <= m.start and m.end <= trig.end):
        # a "leave" verb's span holds its object with its case word («declararon a Hama libre de
        # tropas»: «a» marks the object, no destination)
        return trig.end
    first = re.match(r"\S+", trig.surface)
    # the subject may stand in the frame too («zogen sich die Regierungstruppen nach Hama zurück»):
    # the words right before the place are what tells a destination
    return max(trig.start + (first.end() if first else 0), m.start - FRAME_DESTINATION_WORDS_REACH)


def before_clause_gap(gap: str, lang: str | None) -> bool:
    """Whether a "before" clause opens between a control verb and the first place after it (the
    table's ``before_clause``: "before approaching", « avant de s'approcher de », «antes de
    acercarse a», «bevor sie sich ... näherten», «قبل أن تقترب من»).

    Why (round 17, ctl17): the place is the clause's own verb's; when that verb is a capture it is
    a trigger of its own (and dated by :func:`timeline.control_dates.before_clause_dates`). Taken as
    the main verb's object, "took most of Morek before approaching Hama" gave Hama to the rebels
    (its part, Morek, yields to a whole town after it)."""
    pattern = table_pattern(lang, "before_clause")
    return pattern is not None and pattern.search(gap) is not None


#: How far after a capture verb a word of "namely" may open the list of the places it took.
NAMELY_REACH = 200


def namely_gap(gap: str, lang: str | None) -> bool:
    """Whether the words before a place end with a word of "namely" (the table's ``namely_list``):
    the place opens the list of what was taken, it is not listed with a place before it that only
    locates («على طريق محردة السقيلبية وهي كرناز»: the «و» of «وهي» joins no list)."""
    pattern = table_pattern(lang, "namely_list")
    return pattern is not None and pattern.search(gap) is not None


def namely_opening(ctx: SentenceContext, trig: TriggerHit, after: Sequence[Any]) -> Any | None:
    """The first place of a list opened by a word of "namely" (the table's ``namely_list``, matched
    on the words right before the place: «وهي», "namely", « à savoir ») after a capture verb whose
    object is a generic noun; ``None`` when there is none.

    Why (round 21, ctl21b): «حرر كامل القرى الواقعة على طريق A B ... وهي كرناز وتل ملح ...»: the
    villages listed after «وهي» are what changed hands; the words before it only say where they lie,
    and a road's second end named there («طريق محردة السقيلبية», no dash) was taken as the object
    (a change of the end town, none of the six villages). The list must follow the verb in its
    sentence, within :data:`NAMELY_REACH` characters, with no sentence stop between."""
    pattern = table_pattern(ctx.lang, "namely_list")
    if pattern is None:
        return None
    for m in after:
        gap = ctx.text[trig.end:m.start]
        hit = pattern.search(gap)
        if hit is None:
            continue
        if hit.start() > NAMELY_REACH or re.search(r"[.;!?\n]", gap[:hit.start()]):
            return None
        return m
    return None


#: How far before a place (characters) a verb of regrouping is read (:func:`regroup_place`).
REGROUP_REACH = 60


def regroup_place(text: str, start: int, lang: str | None) -> bool:
    """Whether the place starting at ``start`` is where a side regrouped: the table's
    ``regroup_place`` (a verb of regrouping and a preposition of place) ends the words right
    before it ("its troops regrouped in Hama", « se sont regroupées à Hama », «se han reagrupado
    en Hama», «formierten sich in Hama neu», «أعادت تجميع صفوفها في حماة»).

    Why (round 23, prec23): "the army withdrew from many towns without a fight and regrouped in
    Hama" names no town it left; the loss verb found its place in the regrouping clause and gave
    Hama, the place the army held, to the rebels (a development article, in Spanish; the same
    wording made the same change in all five languages). The place regrouped in was nobody's loss.
    """
    pattern = table_pattern(lang, "regroup_place")
    return pattern is not None and pattern.search(text[max(0, start - REGROUP_REACH):start]) is not None


def captured_places(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The towns of a control-change sentence that changed hands.

    Not countries or governorates; not places that only locate another ("near Hama", «ريف حلب»)
    or name a road's ends ("the Aleppo-Damascus highway"); and only the place next to the verb
    with the list it heads ("seized A, B and C"), so that a town named elsewhere in a long
    sentence ("... at the gates of Hama, on the road to Damascus") is not taken with them. The
    object after the verb comes first; without one, the subject before it ("Aleppo fell to"),
    unless the verb's object slot is explicit and holds no place ("took control of the areas").
    """
    rules = rules_for(ctx.lang)
    if bare_entry_unplaced(ctx, trig):
        return []  # (round 40, cc40b) an entry closing its clause names a place only by a locative relative
    towns = []
    prev_located = False  # whether the place before was one a locator word says only where something is
    prev_part = False  # whether the place before was the area of a part ("dozens of villages in Idlib")
    for i, m in enumerate(ctx.places):
        before = ctx.text[max(0, m.start - 40):m.start]
        after = ctx.text[m.end:m.end + 40]
        if prev_part and (_joins_list(ctx.text[ctx.places[i - 1].end:m.start], rules)
                          or repeated_part_opener(ctx.text, ctx.places[i - 1], m, ctx.lang)):
            # (round 32, cc32ar2) "a number of areas in Idlib and Aleppo", «عدد من المناطق في إدلب
            # وحلب»: the second area is the count's too (:func:`part_places`), not a town taken;
            # (round 34, list34b) so is one opened again as the first was ("in Aleppo and in Idlib")
            continue
        prev_part = False
        if prev_located and _listed_after(ctx.places[i - 1], m, ctx.text, rules) \
                and not namely_gap(ctx.text[ctx.places[i - 1].end:m.start], ctx.lang) \
                and not (towns and list_after_apposition(ctx.text[towns[-1].end:m.start], ctx.lang)) \
                and not (towns and located_member_rest(ctx, towns[-1], m) is not None):
            # "advancing in parts of Idlib and Hama": a place listed with a located one is located
            # too; (round 28, ev28fr) not the one after an apposition ("took Morek, a town north of
            # Hama, and Karnaz": Hama locates inside the apposition, Karnaz goes on the list), nor
            # (round 34, list34b) the one after a phrase locating the town before by a compass word
            # ("took Morek and Suran in northern Hama, and Saraqeb": :func:`located_member_rest`)
            continue
        if prev_located and road_second_end(ctx.places[i - 1], m, ctx.text):
            continue  # «القرى الواقعة على طريق محردة السقيلبية»: the road's other end locates too
        if i and _in_aside(ctx.places[i - 1], m, ctx.text):
            continue  # "took Rastan (Homs province)": the aside says where Rastan lies
        if dual_countryside(ctx.text, m.start, ctx.lang):
            continue  # «في ريفي حلب وإدلب»: the two countrysides, where the villages lie
        if office_domain(ctx.text, m.start, ctx.lang):
            continue  # "the governor of Hama fled": whose governor, not the place lost
        if trig.role in ("lose", "leave") and flight_destination(ctx.text, object_from(trig, m), m.start, ctx.lang):
            continue  # "soldiers fled to Hama": where they went, not the place lost
        if trig.role in ("lose", "leave") and regroup_place(ctx.text, m.start, ctx.lang):
            continue  # "withdrew from many towns and regrouped in Hama": where they hold, not the place lost
        prev_located = False
        if part_object(ctx, trig, m):
            prev_part = True
            continue  # "seized dozens of villages in rural Aleppo": a part, not the place (:func:`part_places`)
        seat = governorate_seat(ctx, m) or listed_seat(ctx, m, towns) or bare_seat(ctx, trig, m, rules)
        if seat is not None:
            towns.append(seat)  # "took the capital of Daraa province", «مركز محافظة دير الزور»: the city
            continue
        if _whole_region(m, before, rules) or region_object(ctx, trig, m, rules):
            towns.append(m)  # "took the whole of Idlib province": the governorate changed hands
            continue
        if (not _is_town(m) or (getattr(m, "country_code", None) or "SY") != "SY"
                or (getattr(m, "feature_code", None) or "").upper().startswith(NEVER_TAKEN)):
            continue  # a country, a governorate, a town abroad ("talks in Ankara"), a river
        located = rules.locator.search(before) if rules.locator is not None else None
        # "redeployed outside Morek": a locator word ending the control verb is the verb's own (not
        # one inside a verb in two parts, «zog sich aus den Vororten von Damaskus zurück»)
        if located is not None and not (m.start >= trig.end
                                        and trig.start <= m.start - len(before) + located.start() < trig.end):
            prev_located = True
            continue
        if rules.locator_after is not None and rules.locator_after.search(after):
            continue
        if (re.match(r"\s?[-–]\s?\S", after) or re.search(r"\S\s?[-–]\s?$", before)) \
                and not dash_list_member(ctx.text, m) and not aside_dash(ctx.text, m, ctx.places, ctx.lang):
            continue  # "Aleppo-Damascus": the ends of a road, not a place taken
        towns.append(m)
    towns.sort(key=lambda m: m.start)

    def chain(ordered: list[Any], first_gap: int, reach: int, gap_of: Any, forward: bool = False) -> list[Any]:
        out: list[Any] = []
        for k, m in enumerate(ordered):
            # (round 34, list34) "took Morek in Hama province and Saraqib": the words after the phrase
            # locating the member before (:func:`located_member_rest`); a town inside that phrase ("in
            # the city of Hama") only locates. Read in the order of the text, the subject's list too.
            if out and k + 1 < len(ordered) and located_member_rest(
                    ctx, *((out[-1], ordered[k + 1]) if forward else (ordered[k + 1], out[-1]))) is not None:
                continue
            gap = _without_aside(gap_of(out[-1] if out else None, m))  # "Aleppo (north) and Hama"
            rest = located_member_rest(ctx, *((out[-1], m) if forward else (m, out[-1]))) if out else None
            if rest is not None:
                gap = rest
            if out:
                gap = _unbracketed(gap, out[-1], m, ctx.text)  # «مدينة (حمص) والعاصمة (دمشق)»
            if out and bracketed_members(gap, ctx.text, m.start):
                gap = gap.rstrip()[:-1]  # «إلى جانب قرى وبلدات (قبتان الجبل، الشيخ عقيل، ...)»
            if (forward and out and len(gap) <= RELATIVE_LIST_GAP
                    and (list_after_relative(gap, ctx.lang) or list_after_apposition(gap, ctx.lang))
                    and not any(out[-1].end <= t.start < m.start for t in ctx.triggers)):
                # "took Morek, which lies north of Hama, as well as Karnaz"; (round 28, ev28fr)
                # "took Maarat al-Numan, the largest town in Idlib province, and the air base"
                out.append(m)
                continue
            limit = reach if not out else LIST_GAP
            if len(gap) > limit or (out and ((_LIST_BREAK.search(gap) and not (
                    forward and semicolon_member(ctx.text, out, m, gap, rules)))
                    or not _only_lists(gap.replace(";", ","), rules))):
                break
            if forward and not out and relative_aside(gap, rules):
                break  # "took two hills, which overlook Saraqeb": the object was the noun before "which"
            if forward and not out and before_clause_gap(gap, ctx.lang):
                break  # "took most of Morek before approaching Hama": Hama is the "before" clause's
            if forward and out and rules.locating_gap is not None and rules.locating_gap.match(gap):
                # "seized the Nayrab airport in Aleppo", «مطار كويرس في حلب»: the table's
                # ``locating_gap`` (a preposition, perhaps a town word): Aleppo says where it is
                break
            if forward and out and rules.circumstance is not None and rules.circumstance.search(gap):
                break  # "entered Hama on Thursday after taking Morek": Morek is the clause's, not the list's
            if forward and out and clause_subject_after_list(out[-1], m, ctx.text, ctx.lang):
                break  # (round 28, ev28list) "took Hama, and Homs is now under threat": a new clause's subject
            if forward and (out or any(prev_end <= b.start and b.end <= trig.start for b in towns)) \
                    and comma_clause_subject(gap, m, ctx.text, ctx.lang):
                break  # (round 30) "Hama fell to the rebels on Thursday, Homs is under threat": a new clause
            if forward and not out and copula_after_comma(gap, ctx.lang):
                break  # (round 30) "the goal of the rebels, who took Hama, is Damascus" told with the verb last
            if out and copula_in_gap(gap, ctx.lang):
                break  # (round 30) "after they took Hama and Homs, the goal is Damascus": the clause's, not the list's
            out.append(m)
        return out

    # a verb in two parts holds its object («nahmen Rastan ein», «brachte Aleppo unter ihre Kontrolle»)
    inside = [m for m in towns if trig.start <= m.start and m.end <= trig.end]
    # (round 30, rev30) «سيطرت الفصائل على حلفايا ثم خسرتها يوم الخميس لصالح الجيش»: a loss whose
    # object is a pronoun for the place its sentence's capture took names it before the verb
    pronoun_loss = (trig.role == "lose" and not inside
                    and pronoun_loss_capture(trig, ctx.triggers, ctx.text, ctx.lang) is not None)
    if inside or trig.role == "hand" or (trig.role == "lose" and ends_on_lose_to(trig.surface, ctx.lang)
                                         and not pronoun_loss):
        # "handed a letter to Assad in Damascus" hands over no place; (round 28, ev28cc) «خسر
        # الجيش مواقع أمام الفصائل في ريف حماة»: the places after «أمام» are the taker's, not lost
        return inside + list_after_inside(ctx, trig, inside, towns, rules) if inside and trig.role != "hand" else inside
    # each military verb owns the places up to the next one («وسيطرت على معظم أحيائها، وبسطت
    # سيطرتها على كامل محافظة إدلب»: Idlib is the second verb's, "took Saraqeb after strikes on Idlib");
    # a subject before the verb may be another control verb's too ("Aleppo fell to HTS, the first
    # time it slipped from government control"), not a strike's or an advance's
    others = [t for t in ctx.triggers if t.family == "military" and t != trig]
    nxt = min((t.start for t in others if t.start >= trig.end), default=ctx.sentence.end)
    prev_end = max((t.end for t in others if t.end <= trig.start and t.kind != "control_change"),
                   default=ctx.sentence.start)
    # «Die Rebellen haben Hama erobert und bedrohen nun Homs»: a participle closing its clause (the
    # table's ``final_verbs``) has its object before it; a town after it is another verb's
    final = closing_verb(ctx.text, trig, rules)
    after = [] if final else [m for m in towns if trig.end <= m.start and m.end <= nxt]
    part = next((m for m in ctx.places if trig.start <= m.start < nxt and part_object(ctx, trig, m)), None)
    if (part is not None and after and after[0].start > part.start
            and _LIST_COMMA.search(ctx.text, part.end, after[0].start)
            and not _only_lists(ctx.text[part.end:after[0].start], rules)):
        # "took most of Daraa province, leaving only Sanamayn": the part was the object; a town
        # after it is another clause's, unless it lists the part's members ("..., among them Karnaz")
        after = [m for m in after if m.start < part.start]
    opens = object_opening(ctx, trig, nxt, rules)
    if opens is not None:
        # «سيطرت قوات ... في مدينة حلب وريفها على كلّ من ...»: a town between the verb and its object
        # slot says where the subject fought, it is not what they took
        after = [m for m in after if m.start >= opens]
    antecedent = relative_object(ctx, trig, rules) or participle_object(ctx, trig, rules)
    if antecedent:
        # "Saraqib, which the rebels seized on Thursday, lies on the M5", "Saraqib, captured by the
        # rebels on Thursday, lies ...": the place the clause hangs on is the object; a place after
        # the clause is the main verb's (round 16, ctl16: the M5 changed hands, Saraqib did not)
        return antecedent
    if foreign_object(ctx, trig, nxt):
        # (round 49, k49) "the soldiers who entered Iraq will be flown to Damascus": the verb's
        # object is abroad; the Syrian town after it is another clause's (a destination)
        return []
    namely = namely_opening(ctx, trig, after)
    if namely is not None:
        # (round 21, ctl21b) «القرى الواقعة على طريق ... وهي كرناز وتل ملح»: the list after the word
        # of "namely" is the object; the places before it say where the villages lie
        after = [m for m in after if m.start >= namely.start]
    opened = namely.start if namely is not None else trig.end
    chosen = chain(after, OBJECT_REACH, OBJECT_REACH,
                   lambda prev, m: ctx.text[(prev.end if prev else opened):m.start], forward=True)
    if len(chosen) == 2 and _LIST_COMMA.fullmatch(ctx.text[chosen[0].end:chosen[1].start].strip()):
        # "eroberten Hama, Damaskus zeigte sich überrascht": two places with a bare comma between
        # them are the object and the next clause's subject; a list of two names its coordinator
        chosen = chosen[:1]
    if not chosen:
        town = town_anaphor_object(ctx, trig, nxt)
        if town:
            return town  # (round 21, ctl21b) "the rebels who captured the city": the town just named
        # "Aleppo, which the rebels captured last week": the relative pronoun's noun is the object
        relative = relative_object(ctx, trig, rules)
        if relative is not None and (relative or not final):
            # (round 30) a subject relative closed by its verb («die Rebellen, die Hama eroberten,»):
            # its object stands before the verb, read below
            if not relative:
                # (round 37, cap37) "the offensive that took the capital", « la coalition qui s'est
                # emparée de la capitale »: a subject relative's object is after the verb, and it
                # may be "the capital" with no name (:func:`capital_object`)
                return capital_object(ctx, trig, nxt)
            return relative
    # the verb and the words after it, where its object slot opens («سيطرت الفصائل على ...»)
    slot = ctx.text[trig.start:min(trig.end + OBJECT_SLOT_REACH, ctx.sentence.end)]
    # «Hama est passée sous le contrôle des rebelles»: after "fall" and "back" verbs the slot holds
    # the taker, the place is their subject
    explicit_object = rules.object_slot is not None and rules.object_slot.search(slot) is not None
    # (round 15, ctl15) the slot opened after the subject and the town locating it («سيطر مسلحون في
    # السويداء المجاورة على مواقع أمنية»): the object is what follows it, and when that names no
    # place the verb took none; a town before the verb is another clause's (it gave Daraa, named
    # in the clause before, a change on real news)
    explicit_object = explicit_object or opens is not None
    if not chosen:
        capital = capital_object(ctx, trig, nxt)
        if capital:
            return capital  # "the rebels entered the capital": Damascus, named elsewhere in the article
        if anaphor_object_noun(ctx, trig, nxt, "capital_anaphor") is not None:
            # (round 40, cc40b) "celebrations in Aleppo after the rebels captured the capital" in an
            # article that never names Damascus: the object is the capital, unresolved; the town
            # before the verb is no subject of it (Aleppo was given a capture on the story's day)
            return []
    # (round 18, fall18) "arrived in Damascus after rebels seized most of Aleppo": the verb's object
    # is the part after it (:func:`part_places`); the town before the verb is no subject of a fall
    # but where someone arrived (it gave Damascus a capture on the day Aleppo was overrun)
    part_after = part is not None and not final and trig.role not in ("fall", "back", "leave")
    if (not chosen and anaphor_object_noun(ctx, trig, nxt, "pronoun_anaphor_object") is not None
            and any(t.kind == "control_change" and t.role in ("retake", "back") and t.end <= trig.start
                    for t in ctx.triggers)):
        # (round 31, ev31ccar) «استعاد الجيش مورك بعد أيام من سيطرة الفصائل عليها»: the capture a
        # recapture undid, told by its pronoun after it, is the recapture's background (its day is
        # not told); read, it showed the place given to the side that lost it on the recapture's day
        return []
    if not chosen and pronoun_blocked(ctx, trig, nxt):
        # (round 36, anaph36) "stormed the embassy in Damascus and captured it": "it" is the embassy
        return []
    if not chosen and country_object(ctx.text, trig, final, ctx.lang):
        # (round 40, cc40) "celebrated in Aleppo after the rebels seized power", "the rebel takeover
        # of the country": the object is the country or power, no town (:func:`country_object`)
        return []
    if not chosen and not part_after and (final or trig.role in ("fall", "back", "leave") or not explicit_object) \
            and not own_object(ctx, trig) and not fall_noun(ctx.text, trig, ctx.lang):
        subject = aside_subject(ctx, trig)
        if subject is not None and subject in towns:
            # (round 36, pron36) "Morek, shelled for weeks, was captured": the town before the aside
            chosen = [subject]
        elif trig.role == "contest" and _CLAUSE_COMMA_END.search(ctx.text, ctx.sentence.start, trig.start):
            # (round 36, pron36) a bare fall right after a comma ("..., fell on Thursday") has no
            # subject of its own in the words before the comma but a town before an aside
            chosen = []
        elif final and capital_noun_before(ctx, trig, prev_end):
            # (round 40, cc40b) «In Aleppo wurde gefeiert, nachdem die Rebellen die Hauptstadt
            # eingenommen hatten»: the verb closing its clause has "the capital" before it as its
            # object (resolved below only when the article names it), not the town before that
            chosen = []
        else:
            before = [m for m in reversed(towns) if prev_end <= m.start and m.end <= trig.start]
            chosen = chain(before, SUBJECT_REACH, SUBJECT_REACH,
                           lambda prev, m: ctx.text[m.end:(prev.start if prev else trig.start)])
            chosen.reverse()
        if not chosen:
            # (round 36, anaph36) "The town fell to HTS on Friday", «وسقطت المدينة بيد الهيئة»: the
            # subject is "the town" with no name, the town told just before
            chosen = town_anaphor_subject(ctx, trig)
        if not chosen and final:
            # (round 37, cap37) «haben die syrische Hauptstadt eingenommen», «die Offensive, die die
            # Hauptstadt eroberte»: a verb closing its clause has "the capital" before it
            chosen = capital_before(ctx, trig, prev_end)
        if final and chosen:
            chosen += steps_after_closing_verb(ctx, trig, towns, nxt)
    if not chosen and relative_object(ctx, trig, rules) is None:
        # (round 31, ev31ccar) an object pronoun («تقدمت نحو مدينة حلب والسيطرة عليها»، «ثم
        # اقتحمتها»): the table's ``pronoun_anaphor_object``, the town just named, as "the city" is
        # read; last, so that a relative clause's resumptive pronoun («المناطق التي تمت السيطرة
        # عليها») or a subject read before the verb keeps its reading
        return town_anaphor_object(ctx, trig, nxt, "pronoun_anaphor_object")
    return chosen


def steps_after_closing_verb(ctx: SentenceContext, trig: TriggerHit, towns: list[Any], nxt: int) -> list[Any]:
    """The later steps of a sequence put after a participle that closes its clause, its first step
    before it («haben zuerst Aleppo erobert, dann Tal Rifaat und schließlich Hama»): after the
    comma, the table's ``closing_verb_steps`` word opens each further place the verb took; the
    places listed with it (:func:`_listed_after`) are its steps too.

    Why (round 32, cc32eu): German news tells a run of captures with the participle after the
    first town and the later ones after it; the towns after the participle were read as another
    clause's and only the first step made a change. A place after the participle with no step
    word («haben Hama erobert, Damaskus zeigte sich überrascht») stays another clause's."""
    steps = table_pattern(ctx.lang, "closing_verb_steps")
    if steps is None:
        return []
    rules = rules_for(ctx.lang)
    out: list[Any] = []
    for m in (t for t in towns if trig.end <= t.start and t.end <= nxt):
        start = out[-1].end if out else trig.end
        gap = ctx.text[start:m.start]
        if len(gap) > LIST_GAP or _LIST_BREAK.search(gap):
            break
        opened = re.fullmatch(rf"(?:{steps.pattern})\s+(?:\S+\s+){{0,2}}?", gap, re.IGNORECASE)
        if opened is None and not (out and _listed_after(out[-1], m, ctx.text, rules)):
            break
        out.append(m)
    return out


#: How many words may stand between a capture verb and "the capital" it took (a day, "control of").
CAPITAL_GAP_WORDS = 3
_CAPITAL_GAP_STOP = re.compile(r"[.;:!?()\"«»“”]")


def anaphor_object_noun(ctx: SentenceContext, trig: TriggerHit, nxt: int, key: str) -> re.Match[str] | None:
    """The table's ``key`` noun ("the capital", "the city") standing as the object of a capture or
    loss verb: a few words after the verb at most (its day, "control of"), no stop and no place
    between; None otherwise. Shared by :func:`capital_object` and :func:`town_anaphor_object`,
    which then say which place the noun names again."""
    if trig.role not in ("take", "retake", "lose"):
        return None
    pattern = table_pattern(ctx.lang, key)
    if pattern is None:
        return None
    # a verb in two parts holds its object («nahmen sie die Hauptstadt ein»): read from its first word on
    first = re.match(r"\S+", trig.surface)
    lo = trig.start + (first.end() if first else 0)
    found = pattern.search(ctx.text, lo, min(max(nxt, trig.end), ctx.sentence.end))
    if found is None:
        return None
    gap = ctx.text[trig.end:found.start()] if found.start() >= trig.end else ""
    # (round 37, cap37) a side's name between a capture noun and its object is the noun's subject
    # («سيطرة هيئة تحرير الشام على العاصمة»): its words are not counted
    kept = list(gap)
    for a in ctx.actors:
        if trig.end <= a.start and a.end <= found.start():
            kept[a.start - trig.end:a.end - trig.end] = " " * (a.end - a.start)
    counted = "".join(kept)
    if (_CAPITAL_GAP_STOP.search(gap) or len(words_of(counted)) > CAPITAL_GAP_WORDS
            or any(trig.end <= m.start < found.start() for m in ctx.places)):
        return None
    return found


def named_capital(ctx: SentenceContext) -> list[Any]:
    """The article's own mention of Syria's capital (feature code PPLC), as a one-place list, or
    ``[]`` when the article never names it: "the capital" is resolved to it, never guessed
    (:func:`capital_object`, :func:`capital_before`)."""
    capital = next((m for m in ctx.all_places if (getattr(m, "feature_code", None) or "").upper() == "PPLC"
                    and (getattr(m, "country_code", None) or "") == "SY"), None)
    return [capital] if capital is not None else []


def capital_object(ctx: SentenceContext, trig: TriggerHit, nxt: int) -> list[Any]:
    """The Syrian capital, when a capture or loss verb's object is "the capital" with no name (the
    table's ``capital_anaphor``: "the rebels entered the capital", « prendre la capitale », «سيطرة
    قوات المعارضة على العاصمة السورية»), as the article names it elsewhere (its mention of the
    country's capital, feature code PPLC); ``[]`` otherwise.

    Why (round 16, ctl16): news of 8 December calls Damascus "the capital" once it has named it;
    the geoparser finds no place in the common noun, so the capture of Damascus told that way was
    missed. Only a few words after the verb (its day, "control of"), no other place between, and
    only when the article itself names Syria's capital: the anaphor is resolved, never guessed."""
    if anaphor_object_noun(ctx, trig, nxt, "capital_anaphor") is None:
        return []
    return named_capital(ctx)


def capital_before(ctx: SentenceContext, trig: TriggerHit, prev_end: int) -> list[Any]:
    """The Syrian capital, when a verb closing its clause (:func:`closing_verb`) has "the capital"
    with no name (the table's ``capital_anaphor``) as its object before it: a few words between
    at most (its day, "completely"), no stop, comma or place between, as the article names the
    capital elsewhere (:func:`capital_object`); ``[]`` otherwise.

    Why (round 37, cap37): German tells a capture with the participle or the relative clause's verb
    last («haben die syrische Hauptstadt eingenommen», «eine Offensive, die die Hauptstadt eroberte»);
    the object before the verb was read only as a named town, so "the capital" there was missed while
    the same capture told with a finite verb first («nahmen die Hauptstadt ein») was read."""
    return named_capital(ctx) if capital_noun_before(ctx, trig, prev_end) else []


def capital_noun_before(ctx: SentenceContext, trig: TriggerHit, prev_end: int) -> bool:
    """Whether "the capital" with no name (the table's ``capital_anaphor``) stands right before
    ``trig`` as its object: a few words between at most, no stop, comma or place between
    (:func:`capital_before`, which resolves it)."""
    pattern = table_pattern(ctx.lang, "capital_anaphor")
    if pattern is None:
        return False
    lo = max(prev_end, ctx.sentence.start)
    found = [m for m in pattern.finditer(ctx.text, lo, trig.start)]
    if not found:
        return False
    noun = found[-1]
    gap = ctx.text[noun.end():trig.start]
    return not (_CAPITAL_GAP_STOP.search(gap) or "," in gap or len(words_of(gap)) > CAPITAL_GAP_WORDS
                or any(noun.start() <= m.start < trig.start for m in ctx.places))


#: How far after a control verb (characters) a foreign place may stand to be its object.
FOREIGN_OBJECT_REACH = 30
#: How far after a control verb (characters) a neighbour's ground named by its adjective may end.
FOREIGN_GROUND_REACH = 60


def foreign_object(ctx: SentenceContext, trig: TriggerHit, nxt: int) -> bool:
    """Whether the first place named after a control verb, right in its object slot, is abroad: a
    foreign country or a town abroad (the table's ``foreign_object_gap`` is the whole of the words
    between the verb and it: "entered Iraq", «دخلوا العراق», «دخلوا إلى لبنان», « sont entrés en
    Irak », «entraron en Irak»), not followed by a dash (the end of a border's or a road's name);
    or a neighbour's ground named by its adjective right after the verb (the table's
    ``foreign_ground``: "entered Iraqi territory", «دخلوا الأراضي العراقية»).

    Why (round 49, k49): Syrian soldiers "who entered Iraq" and "will be flown to Damascus" made a
    government capture of Damascus: the country is no town, so the verb took the next Syrian town in
    its reach, the destination of another clause. A verb whose object is abroad took nothing in
    Syria."""
    first = next((m for m in ctx.places if trig.end <= m.start < nxt), None)
    ground = table_pattern(ctx.lang, "foreign_ground")
    if ground is not None:
        # "entered Iraqi territory", «دخل الجنود السوريون الأراضي العراقية»: a neighbour's ground,
        # right after the verb or after the subject a verb-first language puts between them
        town = first.start if first is not None else nxt
        found = ground.search(ctx.text, trig.end, min(town, trig.end + FOREIGN_GROUND_REACH))
        if found is not None and not _LIST_BREAK.search(ctx.text, trig.end, found.start()) \
                and "," not in ctx.text[trig.end:found.start()] and "،" not in ctx.text[trig.end:found.start()]:
            return True
    gap_pattern = table_pattern(ctx.lang, "foreign_object_gap")
    if gap_pattern is None:
        return False
    if first is None or (getattr(first, "country_code", None) or "SY") == "SY":
        return False
    if first.start - trig.end > FOREIGN_OBJECT_REACH or re.match(r"\s?[-–]\s?\S", ctx.text[first.end:first.end + 3]):
        return False
    return gap_pattern.fullmatch(ctx.text, trig.end, first.start) is not None


def country_object(text: str, trig: TriggerHit, final: bool, lang: str | None) -> bool:
    """Whether a capture verb's object is the country or power, named right after the verb (the
    table's ``country_object_after``: "seized power", "took over the country", "the rebel takeover
    of the country") or, for a verb closing its clause, right before it (``country_object_before``:
    «nachdem die Rebellen das Land erobert hatten»).

    Why (round 40, cc40): with no town after it, the verb took the town named before it as a
    passive's subject ("Israeli troops entered the buffer zone in the Golan Heights after the rebel
    takeover of the country": the Golan Heights given to the rebels in a dR article; "celebrations
    in Aleppo after the rebels seized power": Aleppo taken on the story's day). The object slot
    held no town: the verb took none, as after "took control of the areas"."""
    after = table_pattern(lang, "country_object_after")
    if after is not None and after.match(text, trig.end):
        return True
    before = table_pattern(lang, "country_object_before") if final else None
    return before is not None and before.search(text, max(0, trig.start - 40), trig.start) is not None


def pronoun_blocked(ctx: SentenceContext, trig: TriggerHit, nxt: int) -> bool:
    """Whether a capture verb's object is the pronoun "it" (the table's ``pronoun_object_word``) and
    a noun it may name instead of a town (the table's ``pronoun_antecedent_blocker``: an embassy, a
    base, an airport, a prison) stands right before the last town named before the verb (the noun
    that town locates) or between that town and the verb.

    Why (round 36, anaph36): "HTS surrounded the embassy in Damascus and stormed it" read the town
    before the verb as the verb's subject slot, a capture of Damascus; "it" names the last thing
    named, and the town is it only when nothing else that can be captured stands by it."""
    if anaphor_object_noun(ctx, trig, nxt, "pronoun_object_word") is None:
        return False
    blocker = table_pattern(ctx.lang, "pronoun_antecedent_blocker")
    towns = [m for m in ctx.all_places if m.end <= trig.start and _populated_place(m)]
    if blocker is None or not towns:
        return False
    last = max(towns, key=lambda m: m.start)
    return blocker.search(ctx.text, max(0, last.start - LOCATOR_REACH), trig.start) is not None


#: How many sentence stops may stand between a town and "the city" that names it again: the
#: previous sentence's at most (:func:`town_anaphor_object`).
TOWN_ANAPHOR_STOPS = 1


#: How far before a place or an anaphor noun (characters) a locator word is read ("near", «ضواحي»).
LOCATOR_REACH = 40


def town_anaphor_object(ctx: SentenceContext, trig: TriggerHit, nxt: int,
                        key: str = "town_anaphor_object") -> list[Any]:
    """The town a capture verb's object "the city" / "the town" names again (the table's
    ``town_anaphor_object``: "the rebels who captured the city", « ont pris la ville »), with no name of
    its own after it: the last Syrian town named before the verb in its sentence or, with none
    there, in the sentence before (a city, town or village: :func:`_populated_place`); ``[]``
    otherwise. The sentence before only when this one has a date phrase of its own: "The army
    retreated from Ariha on Thursday. Fighters entered the town shortly afterwards" tells one
    change, dated by the first sentence, and the second gave it a copy of the article's day. Not
    after another control verb of the sentence: the town is that verb's object, and "the city"
    retells its change (« a repris Morek trois jours après que les rebelles
    se sont emparés de la ville »).

    Why (round 21, ctl21b): "the rebels who captured the city" after "... in Damascus", "attacked
    the Tal Rifaat area and took the town": the geoparser finds no place in the common noun, so
    the capture was missed, as "the capital" was before :func:`capital_object`. Only a few words
    after the verb (its day, "control of"), no place between, and never when a place follows the
    noun ("the city of Hama" names it)."""
    found = anaphor_object_noun(ctx, trig, nxt, key)
    if found is None or any(0 <= m.start - found.end() <= 2 for m in ctx.all_places):
        return []
    if town_of_the_part(ctx, trig) is not None:
        return []  # "seized parts of the city": part of the town (:func:`town_of_the_part`)
    locator = rules_for(ctx.lang).locator
    if locator is not None and locator.search(ctx.text, max(trig.end, found.start() - LOCATOR_REACH), found.start()):
        # (round 35, clause35ar) "seized positions near the city", «توغلت في ضواحي المدينة»: a
        # locator word right before the noun says where, as before a name ("near Hama" is no
        # capture of Hama); the noun read as the town gave it a change on a push into its suburbs
        return []
    named = [m for m in ctx.all_places if m.end <= trig.start and _populated_place(m)
             and (getattr(m, "country_code", None) or "SY") == "SY"
             and len(re.findall(r"[.!?]", ctx.text[m.end:ctx.sentence.start])) <= (
                 TOWN_ANAPHOR_STOPS if ctx.dates else 0)]
    if not named:
        return []
    last = max(named, key=lambda m: m.start)
    if any(t is not trig and t.kind == "control_change" and t.start < trig.start for t in ctx.triggers):
        return []  # « a repris Morek trois jours après que les rebelles se sont emparés de la ville »: told already
    return [last]


#: How far before a control verb (characters) its subject "the town" may start, and how far into
#: the verb's words (after its first word) it may stand where the subject follows the verb.
TOWN_SUBJECT_REACH = 60


def town_anaphor_subject(ctx: SentenceContext, trig: TriggerHit) -> list[Any]:
    """The town a fall or loss names again as its subject "the town" (the table's
    ``town_anaphor_subject_before``, read on the words from the sentence's start to the verb: "The
    town fell to HTS on Friday", « La ville est tombée vendredi », «La ciudad cayó el viernes», «Die
    Stadt fiel»; or ``town_anaphor_subject_after``, read from the verb's second word on where the
    subject follows the verb: «وسقطت المدينة بيد الهيئة», «وخرجت المدينة عن سيطرة النظام», «Am
    Freitag fiel die Stadt»): the last Syrian city, town or village named before it, in this
    sentence or the one before (:func:`_populated_place`); ``[]`` otherwise, and when a place
    follows the noun ("the city of Hama" names it).

    Why (round 36, anaph36): news tells a town's fall in two sentences, the town named in the first
    (its siege, the push to its edges) and "the town fell" in the second; the geoparser finds no
    place in the common noun, so the fall was missed. Only the noun at its clause's start (a
    conjunction or an adverb before it at most) or right after the verb: "fighters entering the town
    took control" has another subject."""
    lo = max(ctx.sentence.start, trig.start - TOWN_SUBJECT_REACH)
    found = None
    before = table_pattern(ctx.lang, "town_anaphor_subject_before")
    if before is not None:
        head = ctx.text[lo:trig.start]
        if ctx.text[ctx.sentence.start:lo].strip() == "":
            found_here = before.search(head)
            if found_here is not None:
                found = (lo + found_here.start(), lo + found_here.end())
    after = table_pattern(ctx.lang, "town_anaphor_subject_after")
    if found is None and after is not None:
        first = re.match(r"\S+", trig.surface)
        start = trig.start + (first.end() if first else 0)
        found_here = after.match(ctx.text[start:min(ctx.sentence.end, start + TOWN_SUBJECT_REACH)])
        if found_here is not None:
            found = (start + found_here.start(), start + found_here.end())
    if found is None:
        return []
    noun_start, noun_end = found
    if any(noun_start <= m.start < noun_end + 3 for m in ctx.all_places):
        return []  # "the city of Hama", «مدينة حماة»: the noun names its town
    named = [m for m in ctx.all_places if m.end <= noun_start and _populated_place(m)
             and (getattr(m, "country_code", None) or "SY") == "SY"
             and len(re.findall(r"[.!?]", ctx.text[m.end:ctx.sentence.start])) <= TOWN_ANAPHOR_STOPS]
    if not named:
        return []
    return [max(named, key=lambda m: m.start)]


#: Roles whose verb takes a direct object (:func:`own_object`): not "fell into their hands".
OBJECT_ROLES = ("take", "lose", "retake")


def own_object(ctx: SentenceContext, trig: TriggerHit) -> bool:
    """Whether a capture or loss verb is followed by its own object opened by a possessive (the
    table's ``own_object``: "abandoned their positions", « ont abandonné jeudi leurs positions »,
    «abandonaron el jueves sus posiciones», «räumten am Donnerstag ihre Stellungen»).

    Why: a transitive verb's direct object is the noun phrase right after it; when that is "their
    positions", the town named before the subject ("In Hama, troops abandoned their positions")
    only says where, it is no subject of a passive or of "fell". Read as the place lost, it made
    a change of the town on real news (round 14: the Golan Heights, "after Syrian soldiers had
    abandoned their positions")."""
    if trig.role not in OBJECT_ROLES:
        return False
    pattern = table_pattern(ctx.lang, "own_object")
    return pattern is not None and pattern.match(ctx.text, trig.end, ctx.sentence.end) is not None


#: How far after a capture verb (characters) an object that is no place may end (:func:`zone_object`).
NOT_TAKEN_REACH = 80


def zone_object(ctx: SentenceContext, trig: TriggerHit, rules: LanguageRules) -> bool:
    """Whether a capture verb's object is no place that changes hands (the table's
    ``not_taken_objects``: "captured the demilitarised buffer zone in the Golan Heights", "took
    control of the Golan Heights buffer zone", « s'emparant de la zone tampon »): the words name it
    a few words after the verb, with no place between them but the one naming the zone itself.

    Why: an army entering a buffer zone took no town; the Golan Heights changed hands on the map
    on real news. The incursion is the ``buffer_zone`` event's. Not "seized Quneitra near the
    buffer zone": Quneitra, before other words, is the object.
    """
    if rules.not_taken_object is None:
        return False
    m = rules.not_taken_object.match(ctx.text, trig.end, min(ctx.sentence.end, trig.end + NOT_TAKEN_REACH))
    if m is None:
        return False
    zone = m.start(1)
    return not any(trig.end <= p.start and p.end <= zone and ctx.text[p.end:zone].strip() for p in ctx.places)


#: How far before a control verb (characters) the town "the city" stands for may be named.
TOWN_ANAPHOR_REACH = 300


#: How far before a governorate (characters) the words naming its seat are read.
SEAT_WORDS_REACH = 45


def governorate_seat(ctx: SentenceContext, m: Any) -> Any | None:
    """The mention of a Syrian governorate's seat when the words right before the governorate name
    its capital (the table's ``governorate_seat``: "the capital of Daraa province", « le chef-lieu
    de la province de Daraa », «مركز محافظة دير الزور», «la capital de la provincia de Daraa», „die
    Hauptstadt der Provinz Daraa“): the governorate's city (the gazetteer's PPLA of its admin1 code)
    in the governorate's place; ``None`` otherwise.

    Why (round 32, cc32ar2): news names the city taken or handed over as the seat of its
    province; read as the governorate, which no verb takes there, the change was dropped."""
    if not _syrian_governorate(m) or not m.admin1:
        return None
    pattern = table_pattern(ctx.lang, "governorate_seat")
    if pattern is None:
        return None
    lo = max(0, m.start - SEAT_WORDS_REACH)
    found = next((f for f in pattern.finditer(ctx.text, lo, m.start) if f.end() == m.start), None)
    if found is None:
        return None
    locator = rules_for(ctx.lang).locator
    if locator is not None and locator.search(ctx.text, max(0, found.start() - 40), found.start()) is not None:
        return None  # "villages near the capital of Hama province": it only says where
    city = _governorate_city(m.admin1)
    if city is None:
        return None
    return _as_city(m, city)


def _as_city(m: Any, city: Any) -> Any:
    """Governorate mention ``m`` read as the gazetteer's ``city`` (its seat, or its town of the same
    name): the same span, the city's name, position and id."""
    return replace(m, name=city.name, lat=city.lat, lon=city.lon, geonameid=city.geonameid,
                   feature_code=city.feature_code, name_ar=city.name_ar, coord_quality=city.coord_quality)


def listed_seat(ctx: SentenceContext, m: Any, towns: Sequence[Any]) -> Any | None:
    """The mention of a Syrian governorate's seat when the governorate is named bare as a later
    member of a list of towns a control verb took ("took Daraa, Quneitra and Sweida", «سيطرت على
    درعا والقنيطرة والسويداء», «أربع مدن: درعا، القنيطرة، السويداء، وحمص»): the city of the same
    name (:func:`_seat_named_as`); ``None`` otherwise.

    Why (round 33, cc33ar): the gazetteer reads a bare "Quneitra" as the governorate (its town is
    small), and a governorate named bare among the towns taken was dropped; in a list of towns the
    name is the town's (development: two Arabic articles listing the four southern cities taken in
    a day, one of them a fresh article). Only right after a town taken, joined by a comma or the
    table's coordinator alone (:func:`_joins_list`): "Daraa and Quneitra province" or «درعا وريف
    القنيطرة» name the governorate, and a governorate word before it keeps it."""
    if not towns or not _syrian_governorate(m) or not m.admin1:
        return None
    prev, rules = towns[-1], rules_for(ctx.lang)
    prev_code = (getattr(prev, "feature_code", None) or "").upper()
    if (prev.end > m.start or not prev_code.startswith("PPL")
            or not _joins_list(ctx.text[prev.end:m.start], rules)):
        return None
    if rules.region_word is not None and rules.region_word.match(ctx.text[m.end:m.end + 20].lstrip()):
        return None  # "Daraa and Quneitra province": the governorate, named as such after it
    city = _seat_named_as(m.admin1, str(m.geonameid))
    if city is None:
        return None
    return _as_city(m, city)


#: How far (characters) before a bare governorate name the verb's object slot may end
#: (:func:`bare_seat`).
BARE_SEAT_SLOT_REACH = 3


def bare_seat(ctx: SentenceContext, trig: TriggerHit, m: Any, rules: Any) -> Any | None:
    """The mention of a Syrian governorate's town of the same name when the governorate is named
    bare right after a control verb, as its first object ("Rebels took Quneitra", « ont pris
    Quneitra », «سيطرت الفصائل على القنيطرة», „nahmen Quneitra ein“): no word between the verb
    (or its object slot) and the name, and no region word after it (:func:`_seat_named_as`);
    ``None`` otherwise.

    Why (round 51, x51b): the gazetteer reads a bare "Quneitra" as the governorate (its town is a
    plain ``PPL``, the other governorates' seats are ``PPLA`` and win), and a governorate named
    bare after the verb was dropped, though a later member of a list was read as the town
    (:func:`listed_seat`); the corpus records these changes on the town. A part or a region word
    between them ("took the Quneitra countryside", «على ريف القنيطرة», "Quneitra province")
    keeps the governorate's own reading."""
    if m.start < trig.end or not _syrian_governorate(m) or not m.admin1:
        return None
    start = trig.end
    if rules.object_slot is not None:
        # the last object slot before the name, its subject and day between it and the verb
        # («سيطرت فصائل المعارضة يوم الخميس على القنيطرة»)
        slots = list(rules.object_slot.finditer(ctx.text, trig.start, m.start))
        if slots and m.start - slots[-1].end() <= BARE_SEAT_SLOT_REACH:
            start = max(start, slots[-1].end())
    if ctx.text[start:m.start].strip():
        return None
    if rules.region_word is not None and rules.region_word.match(ctx.text[m.end:m.end + 20].lstrip()):
        return None  # "took Quneitra province": the governorate, named as such after it
    if ctx.text[m.end:m.end + 1] in ("'", "’"):
        return None  # "withdrew from Aleppo's southern countryside": a part of the governorate
    city = _seat_named_as(m.admin1, str(m.geonameid))
    if city is None:
        return None
    return _as_city(m, city)


@cache
def _seat_named_as(admin1: str, geonameid: str) -> Any | None:
    """The gazetteer's Syrian town of governorate code ``admin1`` that shares a name with the
    governorate ``geonameid`` (its English, Arabic or display name among the town's names): the
    governorate's seat, PPLA first, else the most populous such town (Quneitra, which the gazetteer
    keeps as a plain ``PPL``)."""
    from geo.gazetteer import load_gazetteer

    def names(e: Any, alternatives: bool) -> set[str]:
        out = {e.name, e.name_en, e.name_ar, e.display_name, *((e.alternatives or ()) if alternatives else ())}
        return {n.casefold() for n in out if n}

    gazetteer = load_gazetteer()
    entries = gazetteer.entries
    region = gazetteer.get(geonameid)
    if region is None:
        return None
    keys = names(region, alternatives=False)
    named = [e for e in entries if e.country_code == "SY" and e.admin1 == admin1
             and (e.feature_code or "").startswith("PPL") and names(e, alternatives=True) & keys]
    if not named:
        return None
    return max(named, key=lambda e: (e.feature_code in ("PPLA", "PPLC"), e.population))


def _governorate_city(admin1: str) -> Any | None:
    """The gazetteer's Syrian seat (PPLA, or PPLC for Damascus) of governorate code ``admin1``."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer().seat("SY", admin1)


def own_airports(ctx: SentenceContext, towns: Sequence[Any], taken: set[Any]) -> list[Place]:
    """The airports of the towns a control verb took that its object names right after them by a
    pronoun or a possessive (the table's ``own_airport``: "took Aleppo and its airport", « Alep et
    son aéroport », «على مدينة حلب ومطارها», «y su aeropuerto», „und seinen Flughafen“), each found
    in the gazetteer under the town's name in the tables' ``airport_names``; none for a town the
    gazetteer knows no airport of.

    Why (round 32, cc32ar2): news of the offensive tells a city and its airport taken in one object
    (Aleppo, Deir ez-Zor, Hama); the airport has no name of its own there, and its change, which the
    corpus records on the airport's id, was missed in four development articles."""
    pattern = table_pattern(ctx.lang, "own_airport")
    if pattern is None:
        return []
    out: list[Place] = []
    for m in towns:
        if pattern.match(ctx.text, m.end) is None or not m.geonameid:
            continue
        airport = _town_airport(str(m.geonameid))
        if airport is not None and airport.geonameid not in taken:
            taken.add(airport.geonameid)
            out.append(Place(name=airport.name, lat=airport.lat, lon=airport.lon, geonameid=airport.geonameid,
                             country_code=airport.country_code, name_ar=airport.name_ar,
                             admin1=airport.admin1, coord_quality=airport.coord_quality))
    return out


@cache
def _town_airport(town_id: str) -> Any | None:
    """The gazetteer's airport named after the town ``town_id``: its names in the frames of every
    table's ``airport_names`` (the gazetteer names airports in Arabic and English)."""
    from geo.gazetteer import load_gazetteer
    from geo.normalize import name_key

    gazetteer = load_gazetteer()
    town = gazetteer.get(town_id)
    if town is None:
        return None
    for name in dict.fromkeys(n for n in (town.name_ar, town.name_en, town.name) if n):
        for form in _airport_name_forms():
            for hit in gazetteer.hits_for_key(name_key(form.replace("{name}", name))):
                entry = hit.entry
                if (entry.feature_code.upper().startswith("AIR")
                        or entry.geonameid.startswith(("icao:", "ourairports:"))):
                    return entry
    return None


@cache
def _airport_name_forms() -> tuple[str, ...]:
    """Every table's ``airport_names`` frames, Arabic first (the order the lookup tries them)."""
    return tuple(dict.fromkeys(f for lang in ("ar", "en", "fr", "es", "de") for f in table_rows(lang, "airport_names")))


def town_of_the_part(ctx: SentenceContext, trig: TriggerHit) -> Any | None:
    """The Syrian town a control verb took part of when its words say "most of the city" (no name;
    :func:`timeline.control_extent.names_part_of_the_town`, read up to the next military verb): the
    last populated place named before the verb, within :data:`TOWN_ANAPHOR_REACH`; ``None`` when
    none is. A governorate ("Aleppo province"), a quarter or a base is no town: "the city" is not
    guessed from them. (Round 38, lb38) Nor from a town named two sentences back or more
    (:data:`TOWN_ANAPHOR_STOPS`): "... a ceasefire in Lebanon between Israel and Hezbollah, a
    Damascus ally. ... took control of most of the city", a hard-wrapped copy's sentence read whole
    at last, gave Damascus a capture from a town named in passing two sentences before."""
    others = [t.start for t in ctx.triggers if t.family == "military" and t.start >= trig.end]
    limit = min([*others, ctx.sentence.end])
    if not names_part_of_the_town(ctx.text, (trig.start, trig.end), limit, ctx.lang):
        return None
    towns = [m for m in ctx.all_places if m.end <= trig.start and trig.start - m.end <= TOWN_ANAPHOR_REACH
             and _populated_place(m) and (getattr(m, "country_code", None) or "SY") == "SY"
             and len(_STOPS.findall(ctx.text, m.end, max(m.end, ctx.sentence.start))) <= TOWN_ANAPHOR_STOPS]
    return towns[-1] if towns else None


#: (round 38, lb38) A sentence's stop, an ellipsis counted once (:func:`town_of_the_part`).
_STOPS = re.compile(r"[.!?؟]+")


def area_of_the_count(ctx: SentenceContext, trig: TriggerHit) -> Any | None:
    """The Syrian governorate a control verb took a count of places in when the count has no place
    of its own ("opened a front in rural Hama and took six villages", « a ouvert un front dans la
    province de Hama et pris six villages », «بدأت عملاً في محور جديد بريف حماة وسيطرت على 6
    قرى»): the last place the sentence names before the verb, when it is a governorate (its
    countryside or province); ``None`` otherwise.

    Why (round 19 ruling on villages placed by a countryside or province): such villages are one
    change of the governorate they lie in. Read up to the next military verb, as
    :func:`town_of_the_part`. A count followed by a place ("three villages east of Hama", "took
    three villages, moving closer to Hama") is not placed by the earlier area, and a town named
    last ("entered Hama and took two villages") places nothing: the rulings read those otherwise."""
    others = [t.start for t in ctx.triggers if t.family == "military" and t.start >= trig.end]
    limit = min([*others, ctx.sentence.end])
    end = counted_after(ctx.text, (trig.start, trig.end), limit, ctx.lang)
    if end is None or any(end <= m.start and m.end <= limit for m in ctx.places):
        return None
    before = [m for m in ctx.places if ctx.sentence.start <= m.start and m.end <= trig.start]
    if not before:
        return None
    last = before[-1]
    return last if _syrian_governorate(last) else None


def area_after_list(ctx: SentenceContext, trig: TriggerHit, captured: Sequence[Any]) -> Any | None:
    """The Syrian governorate a control verb took a count of places in when the count closes the
    list of towns it took and has no place of its own ("pushed into rural Idlib and took Saraqeb
    and dozens of other villages", «تقدمت في ريف إدلب وسيطرت على سراقب وعشرات القرى الأخرى»): the
    last place the sentence names before the verb, when it is a governorate; ``None`` otherwise.

    Why (round 36, ar36b): the round-19 ruling reads such villages as one change of the governorate
    they lie in; :func:`area_of_the_count` reads a count only right after the verb, and a count
    after named towns was dropped (Arabic lists of towns taken end so in most outlets). Only a
    coordinator or the table's ``part_list_join`` words may join the count to the last town, and a
    place after the count places it instead (:func:`parts_after_members`)."""
    after = [m for m in captured if m.start >= trig.end]
    if not after:
        return None
    last = max(after, key=lambda m: m.end)
    others = [t.start for t in ctx.triggers if t.family == "military" and t.start >= trig.end and t != trig]
    limit = min([*others, ctx.sentence.end])
    span = count_after_list(ctx.text, last.end, limit, ctx.lang)
    if span is None:
        return None
    gap = ctx.text[last.end:span[0]]
    if len(gap) > LIST_GAP or _LIST_BREAK.search(gap) or not _joins_part(gap, ctx.lang, rules_for(ctx.lang)):
        return None
    if any(span[1] <= m.start and m.end <= limit for m in ctx.places):
        return None
    before = [m for m in ctx.places if ctx.sentence.start <= m.start and m.end <= trig.start]
    if not before:
        return None
    return before[-1] if _syrian_governorate(before[-1]) else None


def count_sides_mixed(ctx: SentenceContext) -> bool:
    """Whether a sentence with a count of places and no place of its own (:func:`area_of_the_count`)
    names sides of more than one camp (:func:`controller_camp`): then it is not read.

    Why (round 19): such a verb mostly ends a chain of clauses on one subject ("the factions
    attacked army positions in rural Idlib and took several villages", «هاجمت قسد مواقع الفصائل
    في ريف حلب واستعادت 3 قرى», «دخلت الفصائل ريف حماة وطردت قوات النظام من عدة قرى»); read
    from the side named nearest the verb, the attacked or expelled side, the change ran backwards,
    and left unknown it was as often no change of the gold's (half b of the development third: one
    match, one spurious). With one camp named the direction is the verb's."""
    return len({controller_camp(ACTOR_CONTROLLER[a.name]) for a in _controller_actors(ctx.actors)}) > 1


#: How far (km) a quarter may lie from the town it is a quarter of: Aleppo's outer districts lie
#: some 8 km from its centre point.
QUARTER_CITY_KM = 12.0


def city_of_quarter(ctx: SentenceContext, quarter: Any) -> Any | None:
    """The town a captured quarter belongs to: the Syrian town or city the article names within
    :data:`QUARTER_CITY_KM` of it, the nearest mention in the text up to the end of the sentence
    («حي الأربعين بحماة», "the Hamdaniyah district of Aleppo", or the town named earlier).

    Why (round 28, lead): the corpus ruling counts a named quarter taken or entered as a change of
    its own and of its city, and news writes the city glued to the quarter («بحماة») or in an
    earlier sentence. Read as a second place taken, «بدخول الفصائل إلى حي الأربعين بحماة» gave Hama
    to the opposition four days before it fell; as a change of part of the city (``extent="part"``)
    it is told and listed, and the map does not move on one quarter."""
    lat, lon = getattr(quarter, "lat", None), getattr(quarter, "lon", None)
    if lat is None or lon is None:
        return None
    towns = [m for m in ctx.all_places if m.start < ctx.sentence.end and _populated_place(m)
             and (getattr(m, "country_code", None) or "SY") == "SY"
             and (m.geonameid or m.name) != (quarter.geonameid or quarter.name)
             and m.lat is not None and m.lon is not None
             and great_circle_km(lat, lon, m.lat, m.lon) <= QUARTER_CITY_KM]
    return min(towns, key=lambda m: abs(m.start - quarter.start), default=None)


@cache
def _listing_gap(lang: str | None) -> re.Pattern[str]:
    """A comma or the table's ``coordinators`` as a word of their own, or glued to the next word
    («حي الحمدانية وحلب», "X and Aleppo"): the gap of a list, not a quarter's locator."""
    coordinators = table_pattern(lang, "coordinators")
    words = rf"|(?<!\S)(?:{coordinators.pattern})(?!\S)" if coordinators is not None else ""
    return re.compile(rf"[,،]{words}", re.IGNORECASE)


def quarter_locators(ctx: SentenceContext, captured: list[Any], quarters: list[tuple[Any, Any]]) -> list[Any]:
    """The captured towns that only say where a captured quarter right before them is: its city
    (``quarters``: each quarter with :func:`city_of_quarter`) a few letters after it, not listed
    with it («حي الأربعين بحماة»).

    Why (round 28, lead): the Arabic preposition glued to the town («بحماة») is no gap the
    table's ``locating_gap`` can read (a glued «ب» also opens lists of places taken), so the
    city was read as a second place taken, whole."""
    out = []
    for q, city in quarters:
        if city.start < q.end:
            continue
        gap = ctx.text[q.end:city.start]
        if len(gap) <= 12 and not _listing_gap(ctx.lang).search(gap):
            out += [m for m in captured if (m.geonameid or m.name) == (city.geonameid or city.name)]
    return out


def _populated_place(m: Any) -> bool:
    """A city, town or village (GeoNames ``PPL*``), not a section of one (``PPLX``, a quarter)."""
    code = (getattr(m, "feature_code", None) or "").upper()
    return code.startswith("PPL") and code != "PPLX"


_CLAUSE_STOP = re.compile(r"[.;:!?]")
