"""``Geoparser``: text in, resolved place mentions out.

Steps: the language's spaCy pipeline finds gazetteer names (``kharita_gazetteer``) and, where a
statistical NER is installed, LOC/GPE entities the gazetteer matcher missed (looked up more
loosely) and PER entities (a person named like a village is not a place); the context of each
name is read (province / city / region words); each name is resolved in two passes, the second
using the places that were unambiguous in the first as anchors. A one-word Arabic name glued to
the name before it, or that is also an ordinary word (common_words.tsv), needs agreement and
settlement evidence (:func:`_arabic_word_is_place`).
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from geo import context as ctxmod
from geo.component import _TEXT as _DOC_TEXT
from geo.component import MASKED_ATTR, MATCHES_ATTR, GazetteerMatch, NameCues, load_name_cues
from geo.demonyms import find_country_signals
from geo.gazetteer import FOCUS_COUNTRY, Gazetteer, GazetteerEntry, Hit, load_gazetteer
from geo.language_rules import all_facility_names, all_function_words, all_prison_names, name_words, rules_for
from geo.mention import PlaceMention
from geo.normalize import arabic_proclitic_splits, is_arabic, name_key
from geo.resolve import (
    FAR_KM,
    MIN_CONFIDENCE,
    NEAR_KM,
    SALIENT_TOWN_POPULATION,
    country_focus,
    evidence_factor,
    great_circle_km,
    is_town,
    located_bonus,
    near_mate,
    resolve,
)
from geo.variants import METHOD as VARIANT_METHOD

log = logging.getLogger(__name__)

_LOC_LABELS = frozenset({"LOC", "GPE"})
_PER_LABELS = frozenset({"PER", "PERSON"})
#: Documents per ``nlp.pipe`` batch in :meth:`Geoparser.parse_many` (8 was fastest for the French
#: NER on the corpus; more only delays the first results).
PIPE_BATCH = 8


class Geoparser:
    """Finds and resolves place names. The gazetteer and the pipeline factory are injected so
    that tests can hand it small ones; :func:`load_geoparser` gives the default, cached."""

    def __init__(self, gazetteer: Gazetteer,
                 pipeline_factory: Callable[[str], Language] | None = None,
                 min_confidence: float = MIN_CONFIDENCE) -> None:
        self.gazetteer = gazetteer
        self.min_confidence = min_confidence
        self._factory = pipeline_factory or self._default_factory
        self._pipelines: dict[str, Language] = {}
        self._lock = threading.Lock()
        self._cues: NameCues | None = None

    @property
    def cues(self) -> NameCues:
        """The tables of the not-a-place rules (common Arabic words here; the component uses the
        rest)."""
        if self._cues is None:
            self._cues = load_name_cues()
        return self._cues

    def _default_factory(self, lang: str) -> Language:
        from geo.pipelines import build_pipeline

        return build_pipeline(lang, gazetteer=self.gazetteer)

    def pipeline(self, lang: str) -> Language:
        """The spaCy pipeline for ``lang``, built on first use."""
        lang = (lang or "xx").lower()
        with self._lock:
            if lang not in self._pipelines:
                self._pipelines[lang] = self._factory(lang)
                keep_out_of_collections()
            return self._pipelines[lang]

    # -- parsing --------------------------------------------------------------------------------

    def parse(self, text: str, lang: str) -> list[PlaceMention]:
        """Place mentions of ``text`` (offsets into ``text``), in text order."""
        if not text.strip():
            return []
        lang = (lang or "xx").lower()
        nlp = self.pipeline(lang)
        read = arabic_keyboard_text(text)
        doc = nlp.make_doc(read)
        doc.user_data[_DOC_TEXT] = read  # the component's copy: Doc.text rebuilds it from tokens
        doc = nlp(doc)
        return _as_written(self.mentions_from_doc(doc, lang, read), text, read)

    def parse_many(self, texts: Sequence[str], lang: str, batch_size: int = PIPE_BATCH) -> list[list[PlaceMention]]:
        """:meth:`parse` of each text (all in ``lang``), the same mentions, faster: the texts go
        through spaCy's ``nlp.pipe`` in batches, where a statistical NER runs on several
        documents at once (about a tenth less time per French article here)."""
        lang = (lang or "xx").lower()
        nlp = self.pipeline(lang)
        out: list[list[PlaceMention]] = [[] for _ in texts]
        todo = [i for i, text in enumerate(texts) if text.strip()]
        docs = []
        reads = [arabic_keyboard_text(text) for text in texts]
        for i in todo:
            doc = nlp.make_doc(reads[i])
            doc.user_data[_DOC_TEXT] = reads[i]
            docs.append(doc)
        for i, doc in zip(todo, nlp.pipe(docs, batch_size=batch_size), strict=True):
            out[i] = _as_written(self.mentions_from_doc(doc, lang, reads[i]), texts[i], reads[i])
        return out

    def _country_adjective(self, text: str, m: GazetteerMatch, c: ctxmod.Context, lang: str) -> ctxmod.Context:
        """``c`` with the country that a nationality adjective right after the name names
        (``country_adjective_after``). (round 23, geo23ar) «مدينة صيدا اللبنانية» 'the Lebanese
        city of Sidon' was read as Sayda, a Syrian village of the name, and dropped for its thin
        evidence; «طرابلس اللبنانية» was Libya's capital: the adjective agrees with the name and
        says whose town it is."""
        rule = rules_for(lang).country_adjective_after
        right = text[m.end: m.end + 40]
        gap = rule.match(right) if rule is not None else None
        if gap is None:
            return c
        signals = find_country_signals(right[gap.end():], lang, self.gazetteer)
        first = signals[0] if signals else None
        if first is None or first.start != 0 or first.kind != "demonym":
            return c
        return replace(c, country=first.country_code)

    def mentions_from_doc(self, doc: Doc, lang: str, text: str | None = None) -> list[PlaceMention]:
        """Resolve the names the pipeline found in ``doc`` (``text``: ``doc.text``, when the
        caller has it; spaCy rebuilds it from the tokens on every access)."""
        text = doc.text if text is None else text
        matches: list[GazetteerMatch] = list(doc._.get(MATCHES_ATTR) or [])
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _PER_LABELS]
        locs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _LOC_LABELS]
        matches += self._ner_only(doc, matches)
        matches = [self._town_of_facility(text, m, lang) for m in matches]
        matches.sort(key=lambda m: m.start)
        if not matches:
            return []
        spans = [(m.start, m.end) for m in matches]
        contexts = [_preposition_glued(doc, text, m, c) for m, c in
                    zip(matches, ctxmod.analyse(text, spans, lang), strict=True)]
        contexts = _salient_repeats(matches, contexts)
        contexts = [self._country_adjective(text, m, c, lang) for m, c in zip(matches, contexts, strict=True)]
        groups = ctxmod.list_groups(text, spans, lang)
        focus = country_focus([m.hits for m in matches])

        matches = [self._facility_hits(m, c) for m, c in zip(matches, contexts, strict=True)]
        matches = [self._seat_governorate_hits(m, c) for m, c in zip(matches, contexts, strict=True)]
        first = [resolve(m.hits, c, focus, []) for m, c in zip(matches, contexts, strict=True)]
        anchors = [
            (m.key, r.entry, g) for r, m, g in zip(first, matches, groups, strict=True)
            if r.confidence >= 0.8 and r.entry.feature_code not in ("PCLI", "ADM1", "ADM2")
            and (m.method == "exact" or m.method == "proclitic" and r.entry.is_major)
        ]  # any country: an article most about Azerbaijan may name villages near Idlib; «بحلب»
        # a list's members support each other however they were matched: an Arabic list writes
        # every member after the first with «و» («وحلفايا، واللطامنة، وصوران»)
        list_anchors = [
            (m.key, r.entry, g) for r, m, g in zip(first, matches, groups, strict=True)
            if r.confidence >= 0.8 and r.entry.feature_code not in ("PCLI", "ADM1", "ADM2")
            and m.method in ("exact", "proclitic")
        ]
        # a list with another name read as a place (first pass): «دير حافر ومسكنة والسفيرة»; an
        # ordinary word of common_words.tsv is no such name: «الحرية والكرامة» 'freedom and
        # dignity' is no list of places, though GeoNames has villages of both names
        placed = [r.confidence >= self.min_confidence for r in first]
        plain = [p and self.cues.common_words.get(m.key) in (None, "head")
                 for p, m in zip(placed, matches, strict=True)]
        plain_per_group = Counter(g for g, q in zip(groups, plain, strict=True) if q)
        listed = [placed[k] + plain_per_group[groups[k]] - plain[k] > 1 for k in range(len(matches))]
        located = _located_in(text, matches, first, groups, lang)
        containers = [first[k].entry if k is not None else None for k in located]
        # the part of its governorate the text names with the container («ريف حلب الجنوبي»)
        parts = [_container_part(matches[k], first[k].entry, contexts[k].region) if k is not None else None
                 for k in located]
        areas = _list_areas(matches, first, groups, focus)
        governorates = _governorates_before(matches, first)
        # the quarters each list names (first pass): «"السكري والمشهد والحمدانية"»
        listed_quarters: dict[int, list[tuple[str, GazetteerEntry]]] = {}
        for m, r, g in zip(matches, first, groups, strict=True):
            if r.entry.feature_code == "PPLX" and r.confidence >= self.min_confidence:
                listed_quarters.setdefault(g, []).append((m.key, r.entry))
        sizes = Counter(groups)
        named = Counter(m.key for m in matches)
        # a respelt name the text places far from its village: not that village anywhere in it
        far = {m.key for m, r, cont in zip(matches, first, containers, strict=True)
               if _respelt_elsewhere(m, r.entry, cont)}
        out: list[PlaceMention] = []
        for m, c, group, in_list, container, part, governorate in zip(
                matches, contexts, groups, listed, containers, parts, governorates, strict=True):
            # a name never supports itself: anchors from other names only; mates: those of its list
            mates = [e for k, e, g in list_anchors if k != m.key and g == group]
            quarters = [q for k, q in listed_quarters.get(group, ()) if k != m.key]
            if not c.quarter and len(quarters) >= _QUARTER_MATES and any(
                    h.entry.feature_code == "PPLX" and _quarter_among_quarters(h.entry, quarters) for h in m.hits):
                c = replace(c, quarter=True, settlement=True)  # a list of one city's quarters
            area = areas.get(group)
            if container is None and area is not None and area[0] != m.key \
                    and not _town_outside(m.hits, area[1]):
                container_or_area = area[1]
            else:
                container_or_area = container
            res = resolve(m.hits, c, focus, [e for k, e, _ in anchors if k != m.key], mates,
                          container_or_area, part if container_or_area is container else None,
                          None if mates else governorate)
            e = res.entry
            others = [a for k, a, _ in anchors if k != m.key]
            if not (c.settlement or c.weak_settlement) and (
                    near_mate(e, mates) or sum(near_mate(e, [a]) for a in others) >= 2
                    or sizes[group] > 1 and container is not None and located_bonus(e, container) > 0
                    or _salient_in_article(e, named[m.key], container, others)):
                # «حلفايا، محردة، السقيلبية»: one area's towns; or next to two of the article's places;
                # or a list the text locates in a place that holds this one («مرديخ وجوزف في ريف إدلب»)
                c = replace(c, weak_settlement=True)
            conf = res.confidence * self._evidence(text, m, c, e, matches, persons, locs,
                                                   self.cues.get("determiner", lang))
            conf = _town_word_floor(text, m, c, e, res.runner_up, conf, self.min_confidence)
            # (round 23, geo23ar) a preposition or a verb of capture before it, and the text
            # places it in or next to a place that holds it («إلى الكسوة جنوب دمشق»); a noun
            # before it makes it that noun's genitive («ساحة الثورة وسط الرقة»), no such evidence
            placed_by = c.weak_settlement and container is not None and (
                located_bonus(e, container) > 0 or _seat_governorate_holds(e, container))
            if conf and not _arabic_word_is_place(text, m, e, c, matches, self.cues, in_list, lang,
                                                  placed_by):
                log.debug("%r: an Arabic word, not a place here", text[m.start:m.end])
                conf = 0.0
            if conf and (_respelt_elsewhere(m, e, container) or m.method == VARIANT_METHOD and m.key in far
                         or _respelt_away_from_list(m, c, e, mates)):
                log.debug("%r: a respelt name far from where the text places it", text[m.start:m.end])
                conf = 0.0
            if conf and _site_elsewhere(e, container, c.quarter):
                log.debug("%r: a site the text places in another country or far away", text[m.start:m.end])
                conf = 0.0
            if conf and _quarter_elsewhere(m, c, e, others):
                log.debug("%r: a quarter word, and no such quarter near the article's places",
                          text[m.start:m.end])
                conf = 0.0
            conf = round(min(conf, 0.99), 3)
            if conf < self.min_confidence:
                log.debug("dropped %r -> %s (confidence %.2f)", text[m.start:m.end], e.geonameid, conf)
                continue
            region = c.region if e.feature_code in ("PCLI", "ADM1") else None
            end = _facility_end(text, m, e, lang, matches)
            start = _facility_start(text, m, e, lang, matches)
            start = _road_start(self.gazetteer, text, start, end, e, matches)
            institution = _institution_span(text, m, e, lang, matches)
            if institution is not None:
                start, end = institution
            start = _after_area_word(text, start, end, e, lang)
            end = _closing_quote(text, start, end)
            end = _road_end(self.gazetteer, text, start, end, e)
            end = _abbreviation_dot(text, start, end)
            out.append(PlaceMention(
                surface=text[start:end], start=start, end=end, name=e.display_name,
                lat=e.lat, lon=e.lon, geonameid=e.geonameid, country_code=e.country_code,
                feature_code=e.feature_code, confidence=conf, admin1=e.admin1,
                name_ar=e.name_ar, region=region,
                coord_quality="approximate" if institution is not None else e.coord_quality,
                runner_up=f"{res.runner_up.display_name} ({res.runner_up.geonameid})"
                if res.runner_up else None,
                method=m.method,
            ))
        if rules_for(lang).unknown_member_gap is not None:
            stops = frozenset(self.pipeline(lang).Defaults.stop_words) - name_words(lang)
            out = _unknown_members(text, out, lang, stops, self.cues.common_words)
        if rules_for(lang).unknown_member_tail is not None:
            stops = frozenset(self.pipeline(lang).Defaults.stop_words) - name_words(lang)
            out = _list_tails(text, out, lang, stops, self.cues.common_words)
        if rules_for(lang).unknown_village is not None or rules_for(lang).unknown_site is not None:
            stops = frozenset(self.pipeline(lang).Defaults.stop_words) - name_words(lang)
            out = _unknown_villages(text, out, lang, stops, self.cues.common_words, self.gazetteer)
        return out

    def _seat_governorate_hits(self, m: GazetteerMatch, c: ctxmod.Context) -> GazetteerMatch:
        """(round 32, evpl32) « la province de Deir Ezzor », "Sweida and Daraa provinces": an area
        word makes the name its governorate, but the governorate's own names in the gazetteer lack
        the spelling the press gives its seat (GeoNames lists "Deir Ezzor" and "Sweida" for the
        cities only), so the seat was the only candidate and the area word could not choose the
        governorate. A governorate's seat (PPLA) named with an area word brings its governorate
        along as a candidate."""
        if not c.area or any(h.entry.feature_code == "ADM1" for h in m.hits):
            return m
        extra: dict[str, Hit] = {}
        for h in m.hits:
            if h.entry.feature_code == "PPLA":
                gov = self.gazetteer.governorate(h.entry.country_code, h.entry.admin1)
                if gov is not None:
                    extra.setdefault(gov.geonameid, Hit(gov, False))
        return replace(m, hits=(*m.hits, *extra.values())) if extra else m

    def _facility_hits(self, m: GazetteerMatch, c: ctxmod.Context) -> GazetteerMatch:
        """'l'aéroport militaire d'Abou al-Douhour', «مطار كويرس»: the name of a town next to an
        airport word denotes the air base when the gazetteer has one by that name."""
        if not c.facility or any(h.entry.feature_class == "S" for h in m.hits):
            return m
        names = [m.key] + [h.entry.display_name for h in m.hits if h.entry.feature_class == "P"]
        # (round 20, fac20) after a prison word the prison's names, not the air base's: "Hama's
        # central prison" is no air base of Hama (the round-20 ruling on prisons taken)
        templates = all_prison_names() if c.prison else all_facility_names()
        queries = []
        for name in dict.fromkeys(names):  # the facility_names of the rule tables, in its script
            queries += [t.replace("{name}", name) for t in templates
                        if is_arabic(t) == is_arabic(name)]
        for q in queries:
            hits = [Hit(e, True) for e in self.gazetteer.lookup(q, fuzzy=False)
                    if e.feature_class == "S"]
            if hits:
                return replace(m, hits=tuple(hits))
        return m

    def _town_of_facility(self, text: str, m: GazetteerMatch, lang: str) -> GazetteerMatch:
        """«بلدة ومطار منغ» 'the town and airport of Menagh': the matcher read «مطار منغ» (after
        the proclitic و) as the air base's name, but a town word shares the name with the
        airport word (``town_and_facility_before``), so the name is the town's: the match
        becomes the name after the head word, read as the populated places of that name."""
        rule = rules_for(lang).town_and_facility_before
        if rule is None or m.start == 0 or not any(h.entry.feature_class == "S" for h in m.hits):
            return m
        head, _, rest = text[m.start:m.end].partition(" ")
        if not rest or head not in _facility_heads(lang):
            return m
        start = m.end - len(rest)
        if not rule.search(text[max(0, m.start - 60): start]):
            return m
        hits = tuple(Hit(e, True) for e in self.gazetteer.lookup(rest, fuzzy=False)
                     if e.feature_class == "P")
        if not hits:
            return m
        return replace(m, start=start, key=name_key(rest), hits=hits)

    @staticmethod
    def _evidence(text: str, m: GazetteerMatch, c: ctxmod.Context, e: GazetteerEntry,
                  matches: list[GazetteerMatch], persons: list[tuple[int, int]],
                  locs: list[tuple[int, int]], determiners: frozenset[str] = frozenset()) -> float:
        """How much the text supports reading this match as a place (multiplies the
        resolution confidence): how it was matched, settlement words, person patterns."""
        one_word = " " not in m.key
        f = evidence_factor(e, method=m.method, words=1 if one_word else 2, ctx=c,
                            script_arabic=is_arabic(text[m.start:m.end]))
        if one_word and m.key in GENERIC_WORDS and (
                _next_to_unknown_name(text, m, matches, determiners)
                or _HYPHEN_WORD_AFTER.match(text[m.end: m.end + 40])):
            return f * 0.5  # 'Tal Melh', 'Kafr Basma', 'Tal-Debs': the first word of a name we lack
        if not e.is_major and one_word and (
                _inside_longer(text, m, persons) or _next_to_unknown_name(text, m, matches, determiners)):
            return f * 0.5  # a person (Lin; 'Ahmed al-Sharaa') or part of an unknown name
        if _overlaps(m, locs) and m.method != "ner":
            return f * 1.05  # the statistical NER agrees
        return f

    def _ner_only(self, doc: Doc, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
        """LOC/GPE entities of the statistical NER that the gazetteer matcher did not find,
        looked up with the looser :meth:`Gazetteer.lookup` (glosses, generic words, fuzzy)."""
        out = []
        taken = [(m.start, m.end) for m in matches] + list(doc._.get(MASKED_ATTR) or [])
        for ent in doc.ents:
            if ent.label_ not in _LOC_LABELS:
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in taken):
                continue
            key = name_key(ent.text)
            if not key or key in self.gazetteer.blocked_names:
                continue
            entries = self.gazetteer.lookup(ent.text)
            if not entries:
                continue
            hits = tuple(Hit(e, True) for e in entries[:5])
            out.append(GazetteerMatch(ent.start_char, ent.end_char, ent.start, ent.end, key,
                                      hits, "ner"))
        return out


#: A container must be this sure in the first pass (an anchor's threshold).
_CONTAINER_CONFIDENCE = 0.8


#: How far before a mention (characters) the governorate the text named last may start and still
#: choose among the mention's namesakes (:data:`geo.resolve.GOVERNORATE_BONUS`): about two
#: sentences of news prose.
GOVERNORATE_REACH = 300
#: What sets the scene: a governorate, or its seat ("fighting in central Hama" is Hama's area too).
_SCENE_CODES = frozenset({"ADM1", "PPLA"})


#: (round 26, geo26ar) letters of a Persian or Urdu keyboard that stand for Arabic ones, one for
#: one: yeh (ی), kaf (ک), heh (ھ ە), heh with yeh (ۀ, the construct ة)
_KEYBOARD_LETTERS = str.maketrans({"ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ھ": "ه", "ە": "ه", "ۀ": "ة"})
_KEYBOARD_FIND = re.compile("[یېکڪھەۀ]")


def arabic_keyboard_text(text: str) -> str:
    """``text`` with the Persian and Urdu letters an Arabic text typed on such a keyboard holds
    written as the Arabic letters they stand for, character for character (offsets unchanged).
    «قریة معردس», «ریف إدلب»: the names were folded so already (geo.normalize), but the cue
    words of the tables (ar.yaml: «قرية», «ريف») and the matcher's word lists were not, and a
    village that needs its village word, or a governorate its «ريف», was missed or misread."""
    return text.translate(_KEYBOARD_LETTERS) if _KEYBOARD_FIND.search(text) else text


def _as_written(mentions: list[PlaceMention], text: str, read: str) -> list[PlaceMention]:
    """The mentions of ``read`` (:func:`arabic_keyboard_text` of ``text``) with their surfaces as
    ``text`` writes them."""
    if read is text:
        return mentions
    return [replace(m, surface=text[m.start:m.end]) if text[m.start:m.end] != read[m.start:m.end] else m
            for m in mentions]


def _governorates_before(matches: list[GazetteerMatch], first: list) -> list[GazetteerEntry | None]:
    """Per mention, the Syrian governorate (or governorate seat) the text named last before it,
    within :data:`GOVERNORATE_REACH`, as the first pass read it with confidence («تتواصل المعارك في ريف
    حماة الشمالي. وسيطرت الفصائل على بلدة صوران»: Hama's Souran).

    Why (round 20): a governorate in the same phrase is the mention's container already; one a
    sentence before set the scene and was lost, so a subdistrict seat of the name elsewhere won.
    A list's members decide among themselves first: the caller passes no governorate when the
    mention has list mates ("in Aleppo province ... in central Hama, including Karnaz, Tal Melh,
    Al-Jalmeh": Hama's Jalamah, beside the other two)."""
    out: list[GazetteerEntry | None] = []
    last: tuple[int, GazetteerEntry] | None = None
    for m, r in zip(matches, first, strict=True):
        out.append(last[1] if last is not None and m.start - last[0] <= GOVERNORATE_REACH else None)
        if r.entry.feature_code in _SCENE_CODES and r.entry.country_code == FOCUS_COUNTRY and r.confidence >= 0.8:
            last = (m.start, r.entry)
    return out


def _located_in(text: str, matches: list[GazetteerMatch], first: list, groups: list[int],
                lang: str) -> list[int | None]:
    """For each name, the place the text locates it in or next to (the index of its match): the
    next name, when only the language's ``located_gap`` words stand between them («الصالحية في
    ريف حلب», «الزيارة شمال غرب حماة», "X, south of Hama") and it was read with confidence in
    the first pass; else None. The place of a list's last name is that of the whole list
    («مرديخ وجوزف وحزانو في ريف إدلب»). A gap word the matcher read as a name of its own
    («شرقي» of «مسكنة شرقي حلب», a hamlet in GeoNames) does not hide the place after it."""
    rule = rules_for(lang).located_gap
    out: list[int | None] = [None] * len(matches)
    if rule is None:
        return out
    for k in range(len(matches) - 1):
        m = matches[k]
        # k + 2: the name between is itself a word of the gap, a compass adjective GeoNames also
        # lists as a hamlet («مسكنة شرقي حلب»: «شرقي»; round 24, geo24ar)
        for j in range(k + 1, min(k + 3, len(matches))):
            nxt, res = matches[j], first[j]
            gap = text[m.end: nxt.start]
            if (nxt.key != m.key and res.confidence >= _CONTAINER_CONFIDENCE and len(gap) <= 40
                    and any(ch.isalpha() for ch in gap) and rule.match(gap)):
                out[k] = j
                break
    for k in range(len(matches) - 1, 0, -1):
        if out[k] is not None and out[k - 1] is None and groups[k - 1] == groups[k]:
            out[k - 1] = out[k]
    return out


def _container_part(m: GazetteerMatch, area: GazetteerEntry,
                    region: str | None) -> tuple[str, GazetteerEntry] | None:
    """(the compass label, the place it is measured from) when the text names a part of the
    governorate or district it locates a name in («ريف حلب الجنوبي», "southern Aleppo
    countryside"): the countryside of a governorate lies around its city, the town of its
    name among the container's namesakes (Aleppo for «ريف حلب», Damascus for «ريف دمشق»),
    else the area's own point. None for any other container or no compass word."""
    if region is None or area.feature_code not in ("ADM1", "ADM2"):
        return None
    city = next((h.entry for h in m.hits if h.entry.feature_class == "P" and h.entry.is_major
                 and h.entry.country_code == area.country_code), None)
    return region, city or area


def _list_areas(matches: list[GazetteerMatch], first: list, groups: list[int],
                focus: str) -> dict[int, tuple[str, GazetteerEntry]]:
    """The governorate or district a list names among its places ("in northern Quneitra and
    Hamidiya", « la province d'Idlib et Saraqib »), read with a container's confidence in the
    first pass, when the list names exactly one, of the article's country: its other members
    are read as places of that area when they have a namesake there (only in choosing among
    namesakes, :func:`geo.resolve.located_bonus`; a list does not say every member is inside
    it). Group number -> (the area's name key, its entry)."""
    found: dict[int, dict[str, tuple[str, GazetteerEntry]]] = {}
    for m, r, g in zip(matches, first, groups, strict=True):
        e = r.entry
        if e.feature_code in ("ADM1", "ADM2") and e.country_code == focus \
                and r.confidence >= _CONTAINER_CONFIDENCE:
            found.setdefault(g, {})[e.geonameid] = (m.key, e)
    return {g: next(iter(a.values())) for g, a in found.items() if len(a) == 1}


def _town_outside(hits: Sequence[Hit], area: GazetteerEntry) -> bool:
    """A namesake outside ``area`` is a town (TOWN_POPULATION people or a major place): a list
    does not say its members lie in the area it names ("Aleppo province and Salamiyah"), so
    the town stays the obvious reading and the area is no evidence for a village of the name."""
    return any(is_town(h.entry) and located_bonus(h.entry, area) == 0 for h in hits)


def _salient_in_article(e: GazetteerEntry, times: int, container: GazetteerEntry | None,
                        others: list[GazetteerEntry]) -> bool:
    """The article makes a one-word village salient without a village word: it names it beside
    the governorate or district that holds it («قصفت المدفعية حزارين في ريف إدلب»: the text
    places it, as a list's place does), or names it ``SALIENT_REPEATS`` times or more and it lies
    next to another place of the article (the village a report is about is named again and
    again). A preposition of place is evidence of the same weight. Ordinary words that GeoNames
    lists as villages still need a settlement word (:func:`_arabic_word_is_place`); a word
    repeated far from the article's places («الدخان» 'the smoke') stays unread."""
    if e.feature_class != "P":
        return False
    if container is not None and container.feature_code in ("ADM1", "ADM2") \
            and located_bonus(e, container) > 0:
        return True
    return times >= SALIENT_REPEATS and near_mate(e, others)


#: A name the article gives this many times is salient in it (:func:`_salient_in_article`).
SALIENT_REPEATS = 2


def _salient_repeats(matches: list[GazetteerMatch],
                     contexts: list[ctxmod.Context]) -> list[ctxmod.Context]:
    """A name the article once calls a settlement («بلدة منغ», «حي الأشرفية») is a place
    wherever it is repeated bare: its other mentions get the weak evidence of a preposition of
    place (its salience in the article, not a word around it)."""
    settled = {m.key for m, c in zip(matches, contexts, strict=True)
               if c.settlement or c.city or c.quarter}
    return [replace(c, weak_settlement=True) if m.key in settled and not c.weak_settlement else c
            for m, c in zip(matches, contexts, strict=True)]


#: The supplement's landmarks (geo.sources: mountains, regions, sites), no facilities
_LANDMARK = "LDMK"


def _facility_end(text: str, m: GazetteerMatch, e: GazetteerEntry, lang: str,
                  matches: list[GazetteerMatch]) -> int:
    """Where a facility's name ends: a name read as an airport or air base takes the airport
    words written after it ('Kweires Military Airport', «مطار أبو الضهور العسكري»), as the
    facility's name as written; other names end where they matched."""
    if e.feature_class != "S" or e.feature_code == _LANDMARK:
        # (round 27, geo27fr) a landmark (a mountain, a region) takes no airport word: in «موقع
        # جبل الشيخ العسكري» 'the Mount Hermon military post' the adjective is the post's
        return m.end
    # (round 20, fac20) a prison takes its prison words ("Hama's central prison")
    rule = rules_for(lang).prison_after if e.feature_code == "PRN" else rules_for(lang).facility_after
    found = rule.match(text[m.end: m.end + 40]) if rule is not None else None
    if found is None:
        return m.end
    end = m.end + found.end()
    if any(m.end <= o.start < end for o in matches if o is not m):
        return m.end
    return end


@cache
def _facility_heads(lang: str) -> frozenset[str]:
    """The head words a language's ``facility_names`` write before the town (Arabic مطار,
    قاعدة): none in a language that writes them after it."""
    return frozenset(t.split("{name}")[0].strip() for t in rules_for(lang).facility_names
                     if not t.startswith("{name}") and "{name}" in t)


#: Quotation marks a town's name may stand in inside a facility's name («مطار "الضمير" العسكري»)
_OPENING_QUOTES = frozenset('"“”«')
#: ... and the marks that close them (Arabic text writes “ and ” either way round)
_CLOSING_QUOTES = frozenset('"”“»″')  # (round 29, geo29ar2) ″, a double prime some outlets close with


def _closing_quote(text: str, start: int, end: int) -> int:
    """Where a mention ends once its quotation marks are closed: «مطار “منغ”» 'the “Menagh”
    airport' is the air base's name as written, head word and both marks; the matcher stops
    at the end of the town's name, inside the marks. A mention whose words hold an odd number
    of marks (one left open) takes the closing mark written right after it; any other ends
    where it did."""
    marks = sum(ch in _OPENING_QUOTES or ch in _CLOSING_QUOTES for ch in text[start:end])
    if marks % 2 == 1 and text[end:end + 1] in _CLOSING_QUOTES:
        return end + 1
    return end


#: A country's abbreviation written with dots, its last dot cut off by the tokenizer ('U.S',
#: 'U.K', «EE.UU», «EE. UU»)
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]{1,2}\.\s?)+[A-Z]{1,2}")


def _abbreviation_dot(text: str, start: int, end: int) -> int:
    """Where a dotted abbreviation ends: its last dot. (round 25, geo25ar) "the U.S. Secretary
    of State", "designated by the U.S., the EU": the tokenizer cut the last dot off as a full
    stop and the mention ended at 'U.S', where the name as written is 'U.S.' (a dot that also
    ends the sentence is the abbreviation's too: it is written once for both)."""
    if text[end:end + 1] == "." and _DOTTED_ABBREVIATION.fullmatch(text[start:end]):
        return end + 1
    return end


#: (round 25, geo25ar) Places of a list of villages lie in one area: two neighbours farther apart
#: than this are no list a member we lack sits in.
_MEMBER_KM = 40.0
#: A list of villages names at least this many places the gazetteer has.
_MEMBER_LIST_SIZE = 3
#: The method of a list member the gazetteer lacks (placed at its neighbour).
MEMBER_METHOD = "list_member"
#: Kinds of place no list of villages names (a country, a governorate, a district).
_PLACE_KINDS = frozenset({"PCLI", "ADM1", "ADM2"})


#: How many places a list opened by a plural town word («قرى», «أحياء») must name (round 30).
_HEADED_LIST_SIZE = 2


def _list_size_needed(text: str, first: PlaceMention, lang: str) -> int:
    """How many places of the gazetteer a list whose first place is ``first`` must name before a
    member it lacks is read between two of them (not after the last: «قرى A وB والمدنيين في ...»
    'and the civilians in'): _MEMBER_LIST_SIZE, or _HEADED_LIST_SIZE when a plural town or
    quarter word opens the list (``list_head_before``). (round 30, geo30ar2) «قرى الحميدية، رسم
    الشولي، والقحطانية», «تحرير قرى مثل طومان، المداجن، والشماوية»: the press lists three villages
    after 'the villages of', and the hamlet between two the gazetteer holds was missed, the list
    naming two places only; the plural word says what a third place would."""
    rule = rules_for(lang).list_head_before
    if rule is not None and rule.search(text, max(0, first.start - 40), first.start):
        return _HEADED_LIST_SIZE
    return _MEMBER_LIST_SIZE


def _member_gap(text: str, a: PlaceMention, b: PlaceMention, lang: str) -> re.Match[str] | None:
    rule = rules_for(lang).unknown_member_gap
    return rule.fullmatch(text[a.end:b.start]) if rule is not None and a.end < b.start else None


def _joined(text: str, a: PlaceMention, b: PlaceMention, lang: str) -> bool:
    rule = rules_for(lang).list_gap
    gap = text[a.end:b.start]
    return (rule is not None and bool(gap.strip()) and rule.fullmatch(gap) is not None
            or _member_gap(text, a, b, lang) is not None)


def _placed_at(anchor: PlaceMention, name: str, start: int, method: str,
              confidence: float | None = None) -> PlaceMention:
    """A village the gazetteer lacks, ``name`` at ``start``, placed at ``anchor``'s position: no
    gazetteer id, a populated place, the position approximate, no runner-up. One constructor for
    the rules that find such villages (list members, list tails, a village word) so that what the
    map and the control model read of them (``control.is_mappable``) cannot drift apart."""
    return replace(anchor, surface=name, start=start, end=start + len(name), name=name, geonameid="",
                   feature_code="PPL", confidence=anchor.confidence if confidence is None else confidence,
                   name_ar=name if is_arabic(name) else None, region=None, coord_quality="approximate",
                   runner_up=None, method=method)


def _unknown_members(text: str, out: list[PlaceMention], lang: str, stops: frozenset[str],
                     common: dict[str, str]) -> list[PlaceMention]:
    """``out`` with the villages the gazetteer lacks that a list of villages names between two of
    its places (``unknown_member_gap``), each placed at the member before it. (round 25, geo25ar)
    «شيخ دان، طر، عين جحش», «عين دقنة، شواغرة، المالكية», «والمغير والمبطين والزكاة»: the press
    lists the villages taken in a day, and the hamlets among them that the gazetteer lacks or
    spells otherwise were missed, though the list itself says they are places. Asked of the list:
    both neighbours are towns of one country within _MEMBER_KM of each other, and the list names
    _MEMBER_LIST_SIZE places or more; of the member: no stop word («نحو», «التي»), no ordinary
    word of common_words.tsv."""
    added: list[PlaceMention] = []
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        gap = _member_gap(text, a, b, lang)
        if gap is None or a.feature_code in _PLACE_KINDS or b.feature_code in _PLACE_KINDS \
                or a.country_code != b.country_code \
                or great_circle_km(a.lat, a.lon, b.lat, b.lon) > _MEMBER_KM:
            continue
        size = 2
        j = k
        while j > 0 and _joined(text, out[j - 1], out[j], lang):
            size, j = size + 1, j - 1
        first = out[j]
        j = k + 1
        while j + 1 < len(out) and _joined(text, out[j], out[j + 1], lang):
            size, j = size + 1, j + 1
        group = next(g for g in range(1, (gap.re.groups or 0) + 1) if gap.group(g))
        if size < _list_size_needed(text, first, lang):
            continue
        parts = _member_parts(gap.group(group), a.end + gap.start(group), lang)
        if not parts or any(w in stops for _, name in parts for w in name.split()) \
                or any(name_key(name) in common for _, name in parts):
            continue
        for start, name in parts:
            added.append(_placed_at(a, name, start, MEMBER_METHOD, confidence=min(a.confidence, b.confidence)))
    return sorted(out + added, key=lambda m: m.start) if added else out


#: How many members the gazetteer lacks a list may close with (round 26, geo26ar).
_MOST_TAIL_MEMBERS = 3


def _list_tails(text: str, out: list[PlaceMention], lang: str, stops: frozenset[str],
                common: dict[str, str]) -> list[PlaceMention]:
    """``out`` with the villages the gazetteer lacks that close a list of villages after its last
    place (``unknown_member_tail``), each placed at that place. (round 26, geo26ar) «... فيخة
    الصغيرة، تلة القبان، والمشرفة.», «صوران، والفان الوسطاني، والمضبعة، وأبو سيف الواقعة شمال
    حماة»: the hamlets a list of the villages taken ends with were missed, as those between two
    of its places were before round 25. Asked of the list: _MEMBER_LIST_SIZE places or more
    before, none of them a country or a governorate; of the tail: at most _MOST_TAIL_MEMBERS
    members, the last after «و» and followed by what ends a list; of each member what
    :func:`_unknown_members` asks."""
    rule = rules_for(lang).unknown_member_tail
    added: list[PlaceMention] = []
    for k, z in enumerate(out):
        if k + 1 < len(out) and _joined(text, z, out[k + 1], lang):
            continue  # not the list's last place
        size, j = 1, k
        while j > 0 and _joined(text, out[j - 1], out[j], lang) and out[j - 1].feature_code not in _PLACE_KINDS:
            size, j = size + 1, j - 1
        if size < _MEMBER_LIST_SIZE or z.feature_code in _PLACE_KINDS:
            continue
        members = _tail_members(text, z.end, rule, lang)
        if not members or any(w in stops for _, name in members for w in name.split()) \
                or any(name_key(name) in common for _, name in members):
            continue
        for start, name in members:
            added.append(_placed_at(z, name, start, MEMBER_METHOD))
    return sorted(out + added, key=lambda m: m.start) if added else out


def _tail_members(text: str, pos: int, rule: re.Pattern[str], lang: str) -> list[tuple[int, str]]:
    """The members (start, name) of the tail of a list starting at ``pos``: group 1 of ``rule``
    while it matches, then group 2 closing them; none when nothing closes them."""
    found: list[tuple[int, str]] = []
    for _ in range(_MOST_TAIL_MEMBERS):
        hit = rule.match(text[pos: pos + 200])
        if hit is None:
            return []
        group = 1 if hit.group(1) else 2
        parts = _member_parts(hit.group(group), pos + hit.start(group), lang)
        if not parts or any(_plural_noun(name) for _, name in parts):
            return []
        found += parts
        pos += hit.end()
        if group == 2:
            return found
    return []


def _plural_noun(name: str) -> bool:
    """A one-word Arabic name shaped as a plural noun, which closes a list of places as the things
    taken with them («والحواجز» 'and the checkpoints', «والمزارع» 'the farms', «والتحصينات»
    'the fortifications'), not a village: the sound feminine plural (ات) or the broken plural of
    four consonants with its long ا after the second («مفاعل», «فواعل»)."""
    if " " in name or not is_arabic(name):
        return False
    stem = name[2:] if name.startswith("ال") else name
    return stem.endswith("ات") and len(stem) > 4 or len(stem) == 5 and stem[2] == "ا"


#: Method of a village the gazetteer lacks read after a village word (round 26, geo26ar).
VILLAGE_METHOD = "village_word"
#: How far (characters) from a village the gazetteer lacks the place that locates it may stand.
_VILLAGE_REACH = 120
#: What ends a sentence: the place that locates a village is in the village's sentence.
_SENTENCE_END = re.compile(r"[.!?؟؛\n]")


def _unknown_villages(text: str, out: list[PlaceMention], lang: str, stops: frozenset[str],
                      common: dict[str, str], gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """``out`` with the villages the gazetteer lacks that a village word names (``unknown_village``),
    each placed at the nearest place of its sentence. (round 26, geo26ar) «وقصف قرية الجبيلية
    بالمدفعية», «قتل عناصر في قرية رسم النفل على طريق حلب خناصر»: the press names the hamlet a
    shell fell on or a fight took place in, which the gazetteer lacks or spells otherwise, with
    the word that says it is a village; it was missed. Asked of the name: no mention overlaps
    it, no stop word, no ordinary word of common_words.tsv, no cue noun (:func:`_member_parts`);
    of the sentence: a place other than a country within _VILLAGE_REACH characters, which
    locates it (approximately)."""
    if not out:
        return out
    rules = rules_for(lang)
    added: list[PlaceMention] = []
    for rule in (rules.unknown_village, rules.unknown_site):
        if rule is None:
            continue
        for hit in rule.finditer(text):
            # (round 27, geo27fr) the table's rows each capture the name: the group that matched;
            # (round 31, geo31ar) a row may capture the members of a list, each in its group
            # («أحياء X، وY، وZ»): all or none of them are read
            groups = [g for g in range(1, rule.groups + 1) if hit.group(g) is not None]
            names = [(*hit.span(g), hit.group(g)) for g in groups]
            fresh = [(start, end, name) for start, end, name in names
                     if not any(m.start < end and start < m.end for m in out + added)]
            if not fresh or any(
                    _unknown_name_refused(name, start, stops, common, lang, rule is rules.unknown_village)
                    for start, _, name in fresh):
                continue
            # (round 30, geo30ar) a site after a list's gap («تلة الضبعة ومعمل الزعتري») is a
            # member of a list of places: a place ends where the gap begins
            if rule is rules.unknown_site and not text[hit.start()].isalpha() \
                    and not any(m.end == hit.start() for m in out):
                continue
            for start, end, name in fresh:  # (a member the gazetteer holds is read already)
                anchor = _sentence_place(text, out, start, end)
                if anchor is None:
                    continue
                near = _listed_quarter(gaz, name, anchor) if len(names) > 1 else None
                added.append(_placed_at(anchor, name, start, VILLAGE_METHOD) if near is None else replace(
                    anchor, surface=name, start=start, end=start + len(name), name=near.display_name,
                    lat=near.lat, lon=near.lon, geonameid=near.geonameid, feature_code=near.feature_code,
                    name_ar=near.name_ar, region=None, coord_quality=near.coord_quality, runner_up=None,
                    method=VILLAGE_METHOD))
    return sorted(out + added, key=lambda m: m.start) if added else out


#: How far (km) from the city of its sentence a quarter a list names may lie (round 31, geo31ar).
_QUARTER_KM = 10.0


def _listed_quarter(gaz: Gazetteer | None, name: str, anchor: PlaceMention) -> GazetteerEntry | None:
    """The one entry of the gazetteer named ``name`` within _QUARTER_KM of the city of its sentence:
    a list of quarters may name one the supplement holds among those it lacks («أحياء المزاريب،
    والصناعة، والأربعين»: al-Arbaeen of Hama), which a lone ordinary word does not read."""
    if gaz is None or anchor.lat is None or anchor.lon is None:
        return None
    near = {h.entry.geonameid: h.entry for h in gaz.hits_for_key(name_key(name))
            if great_circle_km(anchor.lat, anchor.lon, h.entry.lat, h.entry.lon) <= _QUARTER_KM}
    return next(iter(near.values())) if len(near) == 1 else None


def _unknown_name_refused(name: str, start: int, stops: frozenset[str], common: dict[str, str],
                          lang: str, village_row: bool) -> bool:
    """Whether a name an ``unknown_village`` or ``unknown_site`` row captured, which no mention
    overlaps, is no place the gazetteer lacks: a stop word or an ordinary word of
    common_words.tsv in it, or (a village row) a cue noun (:func:`_member_parts`)."""
    return any(w in stops for w in name.split()) or name_key(name) in common \
        or village_row and _member_parts(name, start, lang) != [(start, name)]


def _sentence_place(text: str, out: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """The place of ``out`` nearest the span (start, end) in its sentence, within _VILLAGE_REACH
    characters, not a country (whose middle is no village's position); None when there is none."""
    best: tuple[int, PlaceMention] | None = None
    for m in out:
        if m.feature_code == "PCLI" or m.lat is None or m.lon is None:
            continue
        lo, hi = (m.end, start) if m.end <= start else (end, m.start)
        if hi - lo > _VILLAGE_REACH or _SENTENCE_END.search(text, lo, hi) is not None:
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, m)
    return best[1] if best else None




def _member_parts(member: str, start: int, lang: str) -> list[tuple[int, str]]:
    """The villages one unread stretch of a list holds, as (start, name): one per span.
    (round 26, geo26ar) «، قرية أم الزرازير،» kept the town word, which the press writes before a
    name and no mention holds: a town word of ``city_before`` that opens a part is left out. (Two
    villages joined by «و» in one stretch stay one member: a split there was taken out in round
    26, its example having come from a test-third article.) A part that opens with a cue noun of
    the tables, with or without its article, names no village: «وقرى الريف الشمالي», «وبلدات
    المنطقة» (the countryside, the area): then there is no member. (Of ``settlement_before``,
    whose heads also open names, «تلة زويان», «جبل غراب», only a one-word part.)"""
    rules = rules_for(lang)
    cues = [p for p in (rules.area_before, rules.city_before, rules.quarter_before) if p is not None]
    parts: list[tuple[int, list[tuple[int, str]]]] = []
    for m in re.finditer(r"\S+", member):
        word, at = m.group(), start + m.start()
        if parts:
            parts[-1][1].append((at, word))
        else:
            parts.append((at, [(at, word)]))
    out: list[tuple[int, str]] = []
    for _, words in parts:
        if len(words) > 1 and rules.city_before is not None and rules.city_before.search(words[0][1] + " "):
            words = words[1:]
        first, last = words[0], words[-1]
        bare = first[1][2:] if first[1].startswith("ال") else first[1]
        alone = rules.settlement_before is not None and len(words) == 1
        if any(p.search(bare + " ") for p in cues) or alone and rules.settlement_before.search(bare + " "):
            return []
        out.append((first[0], member[first[0] - start: last[0] - start + len(last[1])]))
    return out


def _facility_start(text: str, m: GazetteerMatch, e: GazetteerEntry, lang: str,
                    matches: list[GazetteerMatch]) -> int:
    """Where a facility's name starts: in a language whose ``facility_names`` put the head word
    before the town (Arabic «مطار {name}», «قاعدة {name} الجوية»: a construct phrase), a name
    read as an airport or air base takes that head word, as the facility's name as written
    («مطار كويرس», «مطار أبو الظهور»; without a proclitic: «بمطار حلب» -> «مطار حلب»); other
    names start where they matched."""
    if e.feature_class != "S":
        return m.start
    heads = {t.split("{name}")[0].strip() for t in rules_for(lang).facility_names
             if not t.startswith("{name}") and "{name}" in t}
    left = text[max(0, m.start - 30): m.start]
    quote = 1 if left[-1:] in _OPENING_QUOTES else 0  # «مطار "الضمير" العسكري»
    left = left[:len(left) - quote]
    words = left.split()
    if not words or not left[-1:].isspace():
        return m.start
    word = words[-1]
    head = word if word in heads else next(
        (rest for _, rest in arabic_proclitic_splits(word, min_letters=2) if rest in heads), None)
    if head is None:
        return m.start
    start = m.start - quote - (len(left) - len(left.rstrip())) - len(head)
    if any(o.start < m.start and o.end > start for o in matches if o is not m):
        return m.start
    return start


#: How many words before a road's code its head may take («الطريق الدولي», «طريق»)
_ROAD_HEAD_WORDS = 2


def _road_start(gaz: Gazetteer, text: str, start: int, end: int, e: GazetteerEntry,
                matches: list[GazetteerMatch]) -> int:
    """Where a road's name starts when its code stands in quotation marks after its head words
    («الطريق الدولي "M5"»): the matcher stops at the mark, and reads the code alone; when the
    head words and the code together are a name of the same road in the gazetteer («الطريق
    الدولي M5»), the mention is the name as written, head and marks (:func:`_closing_quote`
    then takes the closing mark). A proclitic on the head stays outside («بالطريق»). Other
    mentions start where they did."""
    if e.feature_code != "RD" or start < 2 or text[start - 1] not in _OPENING_QUOTES:
        return start
    left = text[max(0, start - 40): start - 1]
    if not left[-1:].isspace():
        return start
    words = list(re.finditer(r"\S+", left))[-_ROAD_HEAD_WORDS:]
    code = text[start:end]
    for k in range(len(words)):
        first = words[k]
        rest = left[first.end():].rstrip()
        for cut, head in [(0, first.group()), *arabic_proclitic_splits(first.group(), min_letters=3)]:
            if any(h.entry.geonameid == e.geonameid for h in gaz.hits_for_key(name_key(f"{head}{rest} {code}"))):
                new = start - len(left) - 1 + first.start() + cut
                if any(o.end > new and o.start < start for o in matches):
                    return start
                return new
    return start


def _road_end(gaz: Gazetteer, text: str, start: int, end: int, e: GazetteerEntry) -> int:
    """(round 29, geo29ar2) Where a road's name ends when the word after its quoted code belongs
    to it («طريق “M5” الدولي» 'the international M5 road'): when the mention as read so far,
    head and code, and the next word together are a name of the same road in the gazetteer
    («طريق M5 الدولي»), the mention takes that word; the straight marks a token boundary lets
    the matcher read through, curly ones stop it at the code. Other mentions end where they did."""
    if e.feature_code != "RD" or text[end - 1: end] not in _CLOSING_QUOTES:
        return end
    nxt = re.match(r"[ \t]+(\S+?)(?=[\s.,،؛:]|$)", text[end: end + 30])
    if nxt is None:
        return end
    key = name_key(f"{text[start:end]} {nxt.group(1)}")
    if any(h.entry.geonameid == e.geonameid for h in gaz.hits_for_key(key)):
        return end + nxt.end()
    return end


def _after_area_word(text: str, start: int, end: int, e: GazetteerEntry, lang: str) -> int:
    """Where a governorate's mention starts: «ريف دمشق» 'the Damascus countryside' is the name
    of the Rif Dimashq governorate, yet written as every «ريف حلب» is, the area word
    (``area_before``) is no part of the mention, only the city's name after it («دمشق», the
    governorate's id): one convention for every countryside (data/corpus/README.md)."""
    rule = rules_for(lang).area_before
    if e.feature_code != "ADM1" or rule is None:
        return start
    head, sep, rest = text[start:end].partition(" ")
    if not sep or not rest.strip() or not rule.search(head + " "):
        return start
    return start + len(head) + 1


def _institution_span(text: str, m: GazetteerMatch, e: GazetteerEntry, lang: str,
                      matches: list[GazetteerMatch]) -> tuple[int, int] | None:
    """«مستشفى حلب الجامعي» 'Aleppo University Hospital': a town's name right after the head word
    of an institution named after it (``institution_before``), with the adjectives that follow
    it (``institution_after``), is the institution's name as written; the gazetteer has no
    hospitals, so the mention stands at its town, its point approximate. A proclitic before
    the head stays outside («بمستشفى»). None: the name is no such institution's."""
    rules = rules_for(lang)
    if rules.institution_before is None or e.feature_class != "P":
        return None
    left = text[max(0, m.start - 30): m.start]
    found = rules.institution_before.search(left)
    if found is None:
        return None
    start = m.start - (len(left) - found.start())
    while start < m.start and rules.institution_before.match(text[start + 1: m.start]):
        start += 1  # «بمستشفى»: the proclitic is not part of the name
    end = m.end
    after = rules.institution_after.match(text[m.end: m.end + 40]) if rules.institution_after else None
    if after is not None:
        end += after.end()
    if any(o.start < end and start < o.end and not (start <= o.start and o.end < m.start)
           for o in matches if o is not m):
        return None  # (the head word itself may have matched: GeoNames lists a village سجن)
    return start, end


#: Arabic prepositions written glued to the next word (بـ 'in, at', لـ 'to'): like في or إلى
#: before a name, weak evidence that it is a place («لتلبيسة», «بالرستن»).
_GLUED_PREPOSITIONS = frozenset("بل")
#: A shorter rest is as often an ordinary word cut after its first letter (لجان 'committees').
_GLUED_MIN_LETTERS = 4


def _preposition_glued(doc: Doc, text: str, m: GazetteerMatch, c: ctxmod.Context) -> ctxmod.Context:
    """The context of a name matched after a proclitic that holds a preposition of place
    (``text`` is ``doc.text``, which spaCy rebuilds on every access)."""
    if (m.method != "proclitic" or c.weak_settlement or m.token_start >= len(doc)
            or len(text[m.start:m.end].replace(" ", "")) < _GLUED_MIN_LETTERS):
        return c
    proclitic = text[doc[m.token_start].idx: m.start]
    if not _GLUED_PREPOSITIONS & set(proclitic):
        return c
    # «لإدارة الأفران» 'to run the bakeries': a word followed by a definite noun (not a function
    # word such as التي) is the first term of a construct phrase, a common noun
    nxt = re.match(r"\s+(ال\w+)", text[m.end: m.end + 30])
    if nxt and not doc.vocab[nxt.group(1)].is_stop:
        return c
    return replace(c, weak_settlement=True)


#: Keys of words that begin many Arabic place names ('Tal', 'Kafr', 'Deir', 'Khan'...).
GENERIC_WORDS = frozenset({
    "tal", "kafr", "dayr", "khan", "ayn", "jabal", "bab", "qasr", "ras", "abu", "um", "bayt",
    "shaykh", "jisr", "burj", "qalat", "marat", "hay", "bir", "tala", "wadi", "nahr", "sahl",
})
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:;\n])\s([A-Z][a-zà-ÿ]+)[ \t]+$")
_CAPITALISED_WORD_AFTER = re.compile(r"^[ \t]+([A-Z][a-zà-ÿ]+)")
_HYPHEN_WORD_AFTER = re.compile(r"^[-‐‑][A-Z][a-zà-ÿ]+")


def _next_to_unknown_name(text: str, m: GazetteerMatch, matches: list[GazetteerMatch],
                          determiners: frozenset[str] = frozenset()) -> bool:
    """True when a capitalised word that is not a place stands right before or after a
    Latin-script name inside a sentence: a person ('Ahmed al-Sharaa', 'Mazloum Abdi') or a
    longer name the gazetteer lacks ('Kafr Basma' is not the village Basma, 'Tal Melh' not
    al-Tall). Sentence-initial words are ignored: 'In Safira' is a place. A capitalised word
    after a determiner of the language is a common noun (German 'die Autobahn M5', 'im Viertel
    Midan'), also with a lower-case adjective between them ('des hohen Berges Hermon'), not part
    of a name."""
    if is_arabic(text[m.start:m.end]):
        return False

    def is_place_at(pos: int) -> bool:
        return any(o.start <= pos < o.end and (" " in o.key or any(h.entry.is_major for h in o.hits))
                   for o in matches if o is not m)

    left = text[max(0, m.start - 40): m.start]
    before = _CAPITALISED_WORD_BEFORE.search(left)
    if before and before.group(1).lower() not in _FUNCTION_WORDS:
        previous = left[: before.start(1)].split()
        noun = _after_determiner(previous, determiners)
        if not noun and not is_place_at(m.start - (len(left) - before.start(1))):
            return True
    after = _CAPITALISED_WORD_AFTER.search(text[m.end: m.end + 40])
    if after and after.group(1).lower() not in _FUNCTION_WORDS:
        if not is_place_at(m.end + after.start(1)):
            return True
    return False


def _attribute_word(word: str, before: str) -> bool:
    """A word of an attribute between a determiner and its noun: a lower-case adjective
    ('hohen'), a number ('2814'), a compound ending in one ('2814-Meter-hohen'), or the unit
    after a number ('2814 Meter')."""
    return (word.islower() or any(ch.isdigit() for ch in word)
            or "-" in word and word.rsplit("-", 1)[1].islower()
            or word[:1].isupper() and any(ch.isdigit() for ch in before))


def _after_determiner(previous: list[str], determiners: frozenset[str], most: int = 3) -> bool:
    """The words ``previous`` (before a capitalised word) end on a determiner of the language,
    with at most ``most`` attribute words after it (:func:`_attribute_word`): 'des Berges',
    'des hohen Berges', 'des 2814 Meter hohen Berges', 'des 2814-Meter-hohen Berges'."""
    for k in range(min(most, len(previous)) + 1):
        if k < len(previous) and previous[-1 - k].casefold() in determiners:
            return True
        if k == len(previous) or not _attribute_word(
                previous[-1 - k], previous[-2 - k] if k + 1 < len(previous) else ""):
            return False
    return False


#: Capitalised words that may precede a place name inside a sentence (titles of places, not
#: given names): 'Lake Assad', 'Mount Hermon', 'Greater Damascus'... The ``function_words`` of
#: every rule table (geo/rules/<lang>.yaml): a capitalised word is read without its language.
_FUNCTION_WORDS = all_function_words()


def _quarter_elsewhere(m: GazetteerMatch, c: ctxmod.Context, e: GazetteerEntry,
                       others: list[GazetteerEntry]) -> bool:
    """«حي المزة غربي دمشق», «دوار الباسل في حماة»: a quarter or roundabout word names part of a
    city. When the gazetteer has no quarter of that name, the village it has instead (an al-Mazzah
    near Aleppo) is not meant unless it lies near another place of the article."""
    return (c.quarter and " " not in m.key and e.feature_class == "P" and e.feature_code != "PPLX"
            and not e.is_major and bool(others) and not near_mate(e, others))


def _site_elsewhere(e: GazetteerEntry, container: GazetteerEntry | None, quarter: bool = False) -> bool:
    """"the Presidential Palace in Beirut", "the Presidential Palace in Baabda": a site (a
    landmark, base or facility: GeoNames class S) that the text places in or next to a place
    more than FAR_KM from it, or more than NEAR_KM from it in another country, is that place's
    own site, one the gazetteer lacks; the site of the same (often generic) name elsewhere is
    not meant. A border crossing placed by the neighbour's town across it (Bab al-Hawa near
    Reyhanli) stays. A country or a governorate places too loosely to say.
    So does a village that is no town (GeoNames class P, :func:`geo.resolve.is_town`): «قرية
    العالية غربي درعا» names a village west of Daraa that the gazetteer lacks, not its namesake
    250 km away in Idlib, the only one it has.
    A quarter (PPLX, or any place read after a quarter word) is part of the city the text places
    it in: more than NEAR_KM from it, it is that city's quarter the gazetteer lacks («حي المهاجرين
    في حمص» is no quarter of Damascus). The text places the village or quarter by a town or city
    (:func:`geo.resolve.is_town`): a hamlet read beside it is often a word that is no place there
    («جنوب شرقي إدلب»: «شرقي», a hamlet of Rif Dimashq)."""
    village = e.feature_class == "P" and not is_town(e)
    if not (e.feature_class == "S" or village or quarter) or container is None \
            or container.feature_code in ("PCLI", "ADM1", "ADM2"):
        return False
    if e.feature_class != "S" and not is_town(container):
        return False
    d = great_circle_km(e.lat, e.lon, container.lat, container.lon)
    if quarter or e.feature_code == "PPLX":
        return d > NEAR_KM
    return d > FAR_KM or d > NEAR_KM and container.country_code != e.country_code


def _respelt_elsewhere(m: GazetteerMatch, e: GazetteerEntry, container: GazetteerEntry | None) -> bool:
    """«منطقة اللجاة شمال غربي السويداء»: the text places a name read through a spelling
    variant (method ``skeleton``: :mod:`geo.variants`, :mod:`geo.arabic_spelling`) in or next to
    another place; the village one spelling away that lies elsewhere (a Laja in Deir ez-Zor) is
    not meant: the text names a place the gazetteer lacks. A country places too loosely to say."""
    return (m.method == VARIANT_METHOD and container is not None
            and container.feature_code != "PCLI" and located_bonus(e, container) == 0)


def _respelt_away_from_list(m: GazetteerMatch, c: ctxmod.Context, e: GazetteerEntry,
                            mates: list[GazetteerEntry]) -> bool:
    """«في الشهباء وتل رفعت»: a name read through a spelling variant with no settlement word,
    so only because a list holds it beside places read as written (:func:`geo.variants.confirmed`),
    must lie within NEAR_KM of one of them: a list names places of one area, and the village one
    spelling away far from them (a Shahba in the south, for the Shahba region north of Aleppo) is
    not meant."""
    return (m.method == VARIANT_METHOD and not (c.settlement or c.city or c.quarter) and bool(mates)
            and not any(great_circle_km(e.lat, e.lon, a.lat, a.lon) <= NEAR_KM for a in mates))


def _seat_governorate_holds(e: GazetteerEntry, container: GazetteerEntry) -> bool:
    """«مسكنة شرق حلب» 'Maskanah east of Aleppo': the press places a town next to its
    governorate's seat (PPLA) for the whole governorate (its eastern countryside runs some
    100 km from the city), so a town of that governorate is held by it however far from the city
    (round 24, geo24ar: Maskanah, 85 km off, was beyond the NEAR_KM of a place next to a place)."""
    return (container.feature_code == "PPLA" and e.feature_class == "P"
            and e.country_code == container.country_code and e.admin1 == container.admin1)


#: (round 27, geo27ar) the least confidence of a namesake tie after a town word that
#: :func:`_town_word_floor` lifts to the floor: a tie with settlement evidence (0.5 x 0.9), not a
#: name the evidence doubts (part of a longer name we lack, a person: x 0.5)
TIED_AFTER_TOWN_WORD = 0.45


def _town_word_floor(text: str, m: GazetteerMatch, c: ctxmod.Context, e: GazetteerEntry,
                     runner_up: GazetteerEntry | None, conf: float, floor: float) -> float:
    """(round 27, geo27ar) «سيطرت الفصائل على بلدة حليبية», «قرية معراتة»: an Arabic name right
    after a town or village word (``city_before``, or the list such a word opens) names a
    settlement whichever of its namesakes it is; when two Syrian villages of the name score
    alike and the text places neither (no list mate, no container), the tie left the confidence
    at 0.45 and the mention was dropped, a miss of a place the text plainly names. The tie is
    lifted to the floor: the best-scored namesake is reported, its rival as the runner-up.
    Other words before a name (a preposition, a verb) still leave a tie unreported."""
    if not (floor > conf >= TIED_AFTER_TOWN_WORD and c.city and not c.area and runner_up is not None):
        return conf
    if not is_arabic(text[m.start:m.end]) or e.feature_class != "P" or e.country_code != FOCUS_COUNTRY:
        return conf
    return floor if runner_up.country_code == FOCUS_COUNTRY else conf


def _salient_town(e: GazetteerEntry) -> bool:
    """A seat of an administrative area or a town of SALIENT_TOWN_POPULATION people: in a list of
    places it is the obvious reading of its name (Maskanah, Nawa), whatever else the word means."""
    return e.feature_code.startswith("PPLA") or e.population >= SALIENT_TOWN_POPULATION


def _arabic_word_is_place(text: str, m: GazetteerMatch, e: GazetteerEntry, c: ctxmod.Context,
                          matches: list[GazetteerMatch], cues: NameCues, listed: bool = False,
                          lang: str | None = None, located: bool = False) -> bool:
    """Agreement and settlement evidence for one-word Arabic names (other names: True).

    - A village name right after another name, with nothing between them (no و, no comma), is
      an adjective or the second word of a longer name, not a list item: «ريف حمص الشرقي» is
      'the eastern Homs countryside', «الميدان صعب» 'the field is hard'.
    - A one-word name that opens like a third-person verb (تـ, يـ) right after a country's name,
      with only a space between them, is the verb whose subject the country is: «إسرائيل تدمر»
      'Israel destroys', not Palmyra.
    - An ordinary word that GeoNames also lists as a village (common_words.tsv: الميدان 'the
      field', كبرى 'major', الشرقي 'eastern') needs settlement evidence: a noun, a settlement,
      city or area word (حي الميدان), or a place of its own list (``listed``) when it names a
      salient town («دير حافر ومسكنة والسفيرة», «درعا وجاسم ونوى»), or an airport word
      («مطار "الضمير" العسكري»); an adjective, a city / town / village or quarter word without
      article and its own article (بلدة الشرقية, حي الجديدة), since «مدينة كبرى» is 'a major
      city' and «المدينة الشرقية» 'the eastern city'.
    - (round 29, geo29ar2) A participle of common_words.tsv (القائم) right after a definite word
      is its adjective («الوضع القائم» 'the status quo'); elsewhere it is a name as any other.
    - (round 29, geo29ar2) A comparative of common_words.tsv (أكثر) right before «من» is 'more
      than', never a place; elsewhere it is read as a noun.
    - (round 23, geo23ar) A noun or an adjective also names a salient town after a preposition
      or a verb of capture when the text places it next to or inside a place that holds it
      (``located``: «نوى غرب درعا», «إلى الكسوة جنوب دمشق», «من السخنة في ريف حمص الشرقي»): a
      common word is not 'south of Damascus', and the town it names lies there.
    - (round 24, geo24ar) A noun names a village of any size when both hold: it is a member of a
      list of places and the text places it in or next to a place that holds it («والحويز
      والشريعة، في سهل الغاب»: al-Shari'ah, a village of the Ghab, not 'sharia').
    - (round 51, x51b) A noun glued to a proclitic and written without the article names only
      a salient town: «السيطرة على حماة وهزيمة قوات النظام», «مدينة حماة وإسقاط التمثال» join
      a clause with «و» ('and defeating', 'and toppling'), not the villages Al Huzaymah and
      Isqat; the verb of capture and the town word before the list are its first member's.
    """
    surface = text[m.start:m.end]
    if not is_arabic(surface) or " " in m.key:
        return True
    if m.key in cues.construct_heads and _construct_state(text, m, e, lang):
        return False
    if _verb_after_country(text, m, matches):
        return False
    kind = cues.common_words.get(m.key)
    if kind == "head":
        kind = None  # the construct state was its only test
    if kind == "participle":
        # (round 29, geo29ar2) «الوضع القائم» 'the status quo', «التاريخ المشترك القائم على ...»
        # 'the shared history founded on ...': a participle with the article right after a
        # definite word agrees with it as its adjective; with a proclitic of its own
        # («والقائم») or after an indefinite word («مدينة القائم», «معبر القائم») it is the name
        # (a masculine singular: a feminine or sound plural word before it is no head it agrees
        # with: «دخلت القوات القائم» 'the forces entered al-Qaim')
        prev = text[max(0, m.start - 30): m.start].split()
        if (prev and surface.startswith("ال") and text[m.start - 1: m.start].isspace()
                and any(prev[-1][i:].startswith("ال") for i in range(3))
                and not prev[-1].endswith(("ة", "ات", "ون", "ين"))):
            return False
        kind = None
        if e.is_major:
            return True
    if kind == "comparative":
        # (round 29, geo29ar2) «على أكثر من نصف المدينة» 'over more than half the city': an
        # elative before «من» is a comparison, even after a verb of capture
        if re.match(r"\s+من(?![\u0621-\u064a])", text[m.end: m.end + 6]):
            return False
        kind = "noun"
    if kind is None and e.is_major:
        return True
    head = rules_for(lang).institution_before if lang else None
    after_head = head is not None and head.search(text[max(0, m.start - 30): m.start])
    after_cue = _after_cue_word(text, m.start, lang)
    if not after_head and not after_cue and any(o.end <= m.start and not text[o.end:m.start].strip()
                                                and not (kind is None and _route_end(text, o, lang))
                                                for o in matches if o is not m):
        return False  # (after «سجن» 'prison', a village too, the name is the prison's town)
    if kind == "adjective":
        # the cue word of a name has no article (بلدة الشرقية); after a definite noun (المدينة
        # الشرقية 'the eastern city') the word agrees with it as an adjective
        prev = text[max(0, m.start - 30): m.start].split()
        definite = bool(prev) and any(prev[-1][i:].startswith("ال") for i in range(3))
        # a quarter word heads a name as a town word does («حي الجديدة», «دوار الجديدة»)
        if located and _salient_town(e) and not definite:
            return True  # «من السخنة في ريف حمص الشرقي»: after a preposition, no adjective
        return (c.city or c.quarter) and surface.startswith("ال") and not definite
    if kind == "noun":
        evidence = c.settlement or c.city or c.area or c.facility
        if m.method == "proclitic" and not surface.startswith("ال"):
            # (round 51, x51b) «السيطرة على حماة وهزيمة قوات النظام» 'taking Hama and
            # defeating the regime's forces': an ordinary noun glued to «و» (or another
            # proclitic) without the article is as often a new clause's first word as a list's
            # member, and no cue word can stand right before it: the verb of capture, the town
            # word and the list it seems to share are the first member's, no evidence for a
            # village of that name. Only a salient town is read («دير حافر ومسكنة», «درعا ونوى»).
            # With the article («والشريعة») the word keeps the evidence below.
            return (evidence or listed or located) and _salient_town(e)
        return (evidence or ((listed or located) and _salient_town(e)) or (listed and located))
    return True


def _after_cue_word(text: str, start: int, lang: str | None) -> bool:
    """A settlement word or a weaker cue word (``settlement_before``, ``weak_settlement_before``)
    stands right before ``start``: «مشارف كفرنبودة» 'the approaches of Kafr Nabuda'. GeoNames
    lists some such words as villages too (مشارف), and a name right after a place's name is
    otherwise read as the second word of a longer one; after a cue word it is the place the cue
    speaks of."""
    if not lang:
        return False
    rules = rules_for(lang)
    left = text[max(0, start - 30): start]
    return any(p is not None and p.search(left) is not None
               for p in (rules.settlement_before, rules.weak_settlement_before))


#: The prefixes of the Arabic imperfect's third person (تـ feminine, يـ masculine): a verb after
#: its subject agrees with it, and a country's name is its subject («إسرائيل تدمر», «لبنان يرفض»)
_IMPERFECT_PREFIXES = ("ت", "ي")


def _verb_after_country(text: str, m: GazetteerMatch, matches: list[GazetteerMatch]) -> bool:
    """«إسرائيل تدمر» 'Israel destroys': the one word at ``m`` opens like a third-person verb
    (``_IMPERFECT_PREFIXES``) and follows a match that names a country (feature code PCLI) with
    only a space between them, so it is the verb whose subject the country is, not a town
    (Palmyra). A name in apposition to a country («ثاني كبرى مدن سوريا حلب» 'Syria's second
    city, Aleppo') opens otherwise and stays a place (:func:`_arabic_word_is_place`)."""
    if not text[m.start:m.end].startswith(_IMPERFECT_PREFIXES):
        return False
    return any(o.end < m.start and not text[o.end:m.start].strip(" ")  # spaces, no line break
               and any(h.entry.feature_code == "PCLI" for h in o.hits)
               for o in matches if o is not m)


#: A name read as a quarter with no quarter word needs this many other quarters of its city in its list.
_QUARTER_MATES = 1


def _quarter_among_quarters(e: GazetteerEntry, mates: Sequence[GazetteerEntry]) -> bool:
    """A quarter (PPLX) whose list holds at least _QUARTER_MATES other quarters within NEAR_KM
    (read so in the first pass): a list of one city's quarters names quarters, even when the
    quarter word stands far before it («الأحياء التي سيطرت عليها هي "السكري والمشهد
    والحمدانية"») and even an ordinary word among them (المشهد 'the scene' is also al-Mashhad in
    Aleppo): the name is read with a quarter word (:class:`geo.context.Context` ``quarter``)."""
    return e.feature_code == "PPLX" and sum(
        1 for a in mates if a.feature_code == "PPLX" and great_circle_km(e.lat, e.lon, a.lat, a.lon) <= NEAR_KM
    ) >= _QUARTER_MATES


def _route_end(text: str, first: GazetteerMatch, lang: str | None) -> bool:
    """«طريق حلب خناصر» 'the Aleppo-Khanasir road': the name right before this one follows a road
    word (``route_before``), so the two names side by side are the road's two ends, not a name
    and its adjective; an ordinary word (common_words.tsv) after the first end stays a word
    («طريق حلب الشرقي»), which the caller checks."""
    route = rules_for(lang).route_before if lang else None
    return route is not None and route.search(text[max(0, first.start - 30): first.start]) is not None


_ARABIC_WORD_AFTER = re.compile(r"[ \t]+([\u0621-\u064a]+)")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _construct_state(text: str, m: GazetteerMatch, e: GazetteerEntry, lang: str | None) -> bool:
    """«باب توما» 'the gate of Touma', «جبل التركمان» 'the mountain of the Turkmen', «معبر باب
    السلامة»: a generic noun of place names (common_words.tsv writes it with its article: الباب,
    الجبل) written without the article and followed by another word is the first term of a
    construct phrase, the head of a longer name (a quarter, a mountain, a crossing the gazetteer
    may lack), not the village or town GeoNames names with the bare noun (al-Bab, al-Jabal). A
    preposition after it (الباب في..., «باب في») ends the phrase; a name written with the article,
    or followed by punctuation, is not in the construct state; nor is one followed by a
    governorate word (``area_before``), with its proclitic or without: «قرية كوكب بريف حماة» 'the
    village of Kawkab in the Hama countryside' locates the village, as «في ريف» does."""
    if _MARKS.sub("", text[m.start:m.end]).startswith("ال") or e.feature_class not in ("P", "A"):
        return False
    nxt = _ARABIC_WORD_AFTER.match(text[m.end: m.end + 40])
    if nxt is None:
        return False
    rules = rules_for(lang)
    weak, area = rules.weak_settlement_before, rules.area_before
    return not (weak is not None and weak.search(f" {nxt.group(1)} ")
                or area is not None and area.match(f"{nxt.group(1)} "))


def _inside_longer(text: str, m: GazetteerMatch, spans: list[tuple[int, int]]) -> bool:
    """The name is part of a longer person entity whose other words are capitalised ('Abdi' in
    PER 'Mazloum Abdi'). A PER label on the name alone, or glued to a lower-case word ('Morek
    mardi'), is not trusted: small NER models tag most unknown Arabic toponyms as persons."""
    return any(
        s <= m.start and m.end <= e and re.search(r"\b[A-Z]", text[s:m.start] + text[m.end:e])
        for s, e in spans
    )


def _overlaps(m: GazetteerMatch, spans: list[tuple[int, int]]) -> bool:
    return any(s < m.end and m.start < e for s, e in spans)


_DEFAULT: Geoparser | None = None
_DEFAULT_LOCK = threading.Lock()


def load_geoparser() -> Geoparser:
    """The process-wide geoparser (default gazetteer; pipelines built lazily per language)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Geoparser(load_gazetteer())
            keep_out_of_collections()
        return _DEFAULT


def keep_out_of_collections() -> None:
    """Move every object alive now (the gazetteer's hundreds of thousands, a pipeline's) out of
    the reach of the cyclic garbage collector (:func:`gc.freeze`).

    Why: they live as long as the process, yet every full collection would walk them all again
    (a tenth of the per-article time of a build), and in a forked worker that walk would also
    copy the parent's pages it touches. Objects made afterwards are collected as usual."""
    gc.freeze()
