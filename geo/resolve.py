"""Choosing one gazetteer entry per name, with a confidence and a runner-up.

Candidates are scored by feature type and population (:meth:`GazetteerEntry.prior`), the
article's country focus, the words around the name (:mod:`geo.context`) and the distance to the
places of the same article that are not in doubt (geopy's great-circle distance). Confidence
comes from the margin over the runner-up and from how strong the evidence is that the words are
a place at all (a one-word Arabic village name with no settlement word is weak evidence).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from geo.context import Context
from geo.gazetteer import FOCUS_COUNTRY, GazetteerEntry, Hit

#: geopy.distance.EARTH_RADIUS (km), the radius of its great-circle distance: kept here so that a
#: build does not import geopy, whose package imports every geocoder and an HTTP stack (about
#: 0.1 s of CPU before the workers start); geopy is imported only for coordinates it must check.
EARTH_RADIUS = 6371.009
#: Mentions below this confidence are not reported (precision over recall on thin evidence).
MIN_CONFIDENCE = 0.5
#: A town by its size (or a subdistrict seat, GeoNames PPLA3): a one-word Arabic name of one is
#: read as the town even with no cue word (سراقب, بنش), like a name after a preposition.
TOWN_POPULATION = 10_000
#: Feature codes whose one-word Arabic names weigh as a town's (:func:`evidence_factor`): a
#: third-level seat, and the supplement's landmarks (regions, mountains, sites)
_LIKE_A_TOWN = frozenset({"PPLA3", "LDMK"})
#: What a candidate in the focus country loses when a word puts the name abroad (the
#: ``abroad_before`` table: «قضاء»): more than the focus country's prior advantage, so a
#: neighbour's town of the name beats a Syrian hamlet of it
ABROAD_PENALTY = 0.3
#: (round 23, geo23ar) What a candidate in the country that a nationality adjective after the name
#: names gains (the ``country_adjective_after`` table: «صيدا اللبنانية», «طرابلس اللبنانية»): more
#: than a Syrian hamlet's focus advantage over a neighbour's city (0.05) and than a capital's prior
#: over a city of another country (0.48: Libya's Tripoli over Lebanon's), so the adjective decides
#: whenever the name has a place in that country; nothing changes when it has none («قاعدة طرطوس
#: الروسية», a Russian base in Syria)
COUNTRY_ADJECTIVE_BONUS = 0.6
#: Places of the same article within this distance support each other.
NEAR_KM = 60.0
FAR_KM = 200.0
#: A namesake near another member of the same list ("Mar'anaz, Burj al-Qas, al-Malikiyah"): a
#: list names places of one area, so the village next to its neighbours beats a far town of
#: the same name (more than the 0.15 of any place of the article nearby, about the gap between a
#: district seat and a village; less than the gap between a governorate capital and a village,
#: so Homs in a list of hamlets stays the city).
LIST_MATE_BONUS = 0.3
#: A namesake in the governorate the text named last, a few sentences before, with no container
#: of its own ("Fighting went on in the northern Hama countryside. Rebels took the town of
#: Souran"): Hama's Souran, not the subdistrict seat of the same name near Azaz. As much as a
#: place of the article next door, less than a list mate (:data:`LIST_MATE_BONUS`); 0.1 chose
#: the village but at too thin a margin over the seat to report it.
GOVERNORATE_BONUS = 0.15


@dataclass(frozen=True)
class Candidate:
    entry: GazetteerEntry
    score: float


@dataclass(frozen=True)
class Resolution:
    """The chosen entry, the runner-up (if any) and the confidence."""

    entry: GazetteerEntry
    runner_up: GazetteerEntry | None
    confidence: float


def country_focus(hit_lists: list[tuple[Hit, ...]]) -> str:
    """The country the article is about: the most named country, Syria when none is named."""
    counts: Counter[str] = Counter()
    for hits in hit_lists:
        for h in hits:
            if h.entry.feature_code == "PCLI":
                counts[h.entry.country_code] += 1
    return counts.most_common(1)[0][0] if counts else FOCUS_COUNTRY


_AREAS = frozenset({"PCLI", "ADM1", "ADM2"})


def score(hit: Hit, ctx: Context, focus: str, anchors: list[GazetteerEntry],
          mates: list[GazetteerEntry] | None = None,
          container: GazetteerEntry | None = None,
          part: tuple[str, GazetteerEntry] | None = None,
          governorate: GazetteerEntry | None = None) -> float:
    """Score of one candidate for one mention (higher is better); ``mates``: the places not in
    doubt among the other names of the same list; ``container``: the place the text locates
    this one in or next to (:func:`located_bonus`); ``part``: the part of that container the
    text names, with the place it is measured from (:func:`in_part`); ``governorate``: the
    governorate the text named last before the mention (:data:`GOVERNORATE_BONUS`)."""
    e = hit.entry
    s = e.prior(focus) + (0.05 if hit.primary else 0.0)
    if ctx.abroad and e.country_code == FOCUS_COUNTRY:
        s -= ABROAD_PENALTY  # «قضاء الهرمل»: a district word of the neighbours, not of Syria
    if ctx.country is not None and e.country_code == ctx.country:
        s += COUNTRY_ADJECTIVE_BONUS  # «صيدا اللبنانية»: Lebanon's Sidon, not the Syrian Sayda
    if ctx.area:
        s += 0.6 if e.feature_code == "ADM1" else (0.0 if e.feature_code == "PCLI" else -0.2)
    if ctx.city:
        s += 0.2 if e.feature_class == "P" else -0.5
    if ctx.quarter and e.feature_code == "PPLX" and not _other_city_quarter(e, container):
        s += 0.5  # «حي الميدان»: the city quarter, not a village or a far city of that name
    if anchors and e.feature_code not in _AREAS:  # an area's centroid says little
        d = min(great_circle_km(e.lat, e.lon, a.lat, a.lon) for a in anchors)
        if d <= NEAR_KM:
            s += 0.15 * (1.0 - d / (2 * NEAR_KM))  # 0.15 next door .. 0.075 at NEAR_KM
        elif d >= FAR_KM and e.country_code == focus:
            s -= 0.05
    if mates and e.feature_code not in _AREAS:
        d = min(great_circle_km(e.lat, e.lon, a.lat, a.lon) for a in mates)
        if d <= NEAR_KM:
            # a village next to a member (MATE_EVIDENCE_KM) more than one merely in its area: of
            # two namesake villages near the list, the one among its neighbours («أرزة والشيحة»
            # north of Hama); a town's size keeps it the obvious reading across its area
            town = is_town(e)
            s += LIST_MATE_BONUS if d <= MATE_EVIDENCE_KM or town else LIST_MATE_BONUS / 2
            if d <= MATE_EVIDENCE_KM:
                s -= MATE_DISTANCE_SLOPE * d / MATE_EVIDENCE_KM  # of two such, the one among them
    if (governorate is not None and container is None and e.feature_code not in _AREAS
            and e.country_code == governorate.country_code and e.admin1 == governorate.admin1):
        s += GOVERNORATE_BONUS
    if container is not None:
        bonus = located_bonus(e, container)
        s += bonus + located_nearness(e, container)
        if part is not None and bonus > 0 and in_part(e, *part):
            s += PART_BONUS
    return s


def _other_city_quarter(e: GazetteerEntry, container: GazetteerEntry | None) -> bool:
    """«حي المهاجرين في حمص»: the text places the quarter in a city (not an area) more than NEAR_KM
    from this one, so this is another city's quarter of the name (Damascus's), which the quarter
    word does not favour: a place of the name near the city the text names may be meant."""
    return (container is not None and container.feature_code not in _AREAS and is_town(container)
            and great_circle_km(e.lat, e.lon, container.lat, container.lon) > NEAR_KM)


#: What a namesake in the part of the governorate the text names («ريف حلب الجنوبي») gets over
#: one elsewhere in it: half the bonus of being in the governorate at all, more than a name
#: written as the gazetteer's primary one or a hamlet's population, too little to change a
#: village against a district seat.
PART_BONUS = LIST_MATE_BONUS / 2
#: Compass words of the rule tables' labels: the side of the centre a place of that part lies on
#: (sign of its latitude, longitude offset from the centre)
_SIDES = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}


def in_part(e: GazetteerEntry, label: str, centre: GazetteerEntry) -> bool:
    """``e`` lies in the ``label`` part («ريف حلب الجنوبي», south; «الشمالي الغربي», north-west)
    of the area measured from ``centre`` (the governorate's city): on that side of it, south of
    its latitude for the south, and on both sides for a part of two words. The press names the
    countryside by halves around the city (a village east-south-east of Aleppo is in its southern
    countryside as well as its eastern one), so the sides are halves, not sectors. An unknown
    label (the centre) names no side."""
    sides = [_SIDES.get(w) for w in label.split("-")]
    if not sides or None in sides:
        return False
    return all((e.lat - centre.lat) * dlat > 0 or (e.lon - centre.lon) * dlon > 0
               for dlat, dlon in sides if dlat or dlon)


def located_bonus(e: GazetteerEntry, container: GazetteerEntry) -> float:
    """«قرية الصالحية في ريف حلب», «بلدة الزيارة شمال غرب حماة», "X, south of Hama": the text
    puts the place in a governorate or district (then a namesake in it) or next to a place (then
    a namesake within NEAR_KM of it), as a list puts its members in one area: the same bonus,
    so a village so placed beats a far district seat of its name. A country says too little."""
    if e.feature_code in _AREAS or container.feature_code == "PCLI":
        return 0.0
    if container.feature_code in ("ADM1", "ADM2"):
        inside = e.country_code == container.country_code and e.admin1 == container.admin1
        return LIST_MATE_BONUS if inside else 0.0
    near = great_circle_km(e.lat, e.lon, container.lat, container.lon) <= NEAR_KM
    return LIST_MATE_BONUS if near else 0.0


#: What a namesake at NEAR_KM from the place the text locates it next to gets less than one at
#: that place (:func:`located_bonus`): enough to choose the nearer of two villages of one name
#: next to it, too little to change a village against a town of its name.
LOCATED_DISTANCE_SLOPE = 0.05


def located_nearness(e: GazetteerEntry, container: GazetteerEntry) -> float:
    """«قرية الصارمية قرب محردة»: of two namesakes within NEAR_KM of the place the text locates
    the name next to (both get :func:`located_bonus`), the nearer: 0 at the place, down to
    -LOCATED_DISTANCE_SLOPE at NEAR_KM; nothing for an area, a country or a far namesake."""
    if e.feature_code in _AREAS or container.feature_code in _AREAS:
        return 0.0
    d = great_circle_km(e.lat, e.lon, container.lat, container.lon)
    return -LOCATED_DISTANCE_SLOPE * d / NEAR_KM if d <= NEAR_KM else 0.0


#: What a namesake at MATE_EVIDENCE_KM from the nearest member of its list gets less than one next
#: to a member (:func:`score`): of two namesake villages both near the list («البويضة» among
#: «لحايا، البويضة، لطمين، صوران»: the Buwaydah 5 km from them, not the one 30 km off), the one
#: among its neighbours; more than the 0.05 of a name written as the gazetteer's primary one, too
#: little to change a village against a town.
MATE_DISTANCE_SLOPE = 0.1
#: A list member this close to another member's place (or a name this close to two places of the
#: article) is read as a place of the same area even with no settlement word (a list of villages
#: around one front), as a preposition of place would.
MATE_EVIDENCE_KM = 30.0
#: A town this large (or an administrative seat) named in a list of places is read as the town
#: even when its name is also an ordinary word (Nawa, 47,000 people: نوى 'date stones').
SALIENT_TOWN_POPULATION = 20_000


def near_mate(entry: GazetteerEntry, mates: list[GazetteerEntry]) -> bool:
    """``entry`` (not an area) lies within MATE_EVIDENCE_KM of a place of its list."""
    return entry.feature_code not in _AREAS and any(
        great_circle_km(entry.lat, entry.lon, a.lat, a.lon) <= MATE_EVIDENCE_KM for a in mates)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """``geopy.distance.great_circle((lat1, lon1), (lat2, lon2)).km``, to the last bit: the same
    formula in the same order, without the Point and Distance objects geopy builds on each call
    (most of the time of resolving a name with anchors). Coordinates geopy would normalise or
    refuse go to geopy."""
    if not (type(lat1) is float and -90.0 <= lat1 <= 90.0 and type(lat2) is float and -90.0 <= lat2 <= 90.0
            and type(lon1) is float and -180.0 <= lon1 <= 180.0
            and type(lon2) is float and -180.0 <= lon2 <= 180.0):  # (no generator: called per pair)
        from geopy.distance import great_circle

        return great_circle((lat1, lon1), (lat2, lon2)).km
    lat1, lng1 = math.radians(lat1), math.radians(lon1)
    lat2, lng2 = math.radians(lat2), math.radians(lon2)
    sin_lat1, cos_lat1 = math.sin(lat1), math.cos(lat1)
    sin_lat2, cos_lat2 = math.sin(lat2), math.cos(lat2)
    delta_lng = lng2 - lng1
    cos_delta_lng, sin_delta_lng = math.cos(delta_lng), math.sin(delta_lng)
    d = math.atan2(math.sqrt((cos_lat2 * sin_delta_lng) ** 2
                             + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta_lng) ** 2),
                   sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta_lng)
    return EARTH_RADIUS * d


def _nested(a: GazetteerEntry, b: GazetteerEntry) -> bool:
    """a and b are a city and the governorate or district of the same name (Hama / Hama)."""
    codes = {a.feature_code, b.feature_code}
    if a.country_code != b.country_code or a.admin1 != b.admin1:
        return False
    return bool(codes & {"ADM1", "ADM2"}) and bool(codes - {"ADM1", "ADM2"})


#: Two candidates this close put the mention on the map at the same spot, whichever is right.
NEXT_DOOR_KM = 20.0


def _next_door(a: GazetteerEntry, b: GazetteerEntry) -> bool:
    """a and b are villages of one area (Jalamah and Julaymah, 15 km apart): the choice
    between them hardly moves the mention, so a thin margin is no reason to doubt it."""
    if a.feature_class != "P" or b.feature_class != "P" or a.country_code != b.country_code:
        return False
    return great_circle_km(a.lat, a.lon, b.lat, b.lon) <= NEXT_DOOR_KM


def _same_area(a: GazetteerEntry, b: GazetteerEntry, mates: list[GazetteerEntry],
               container: GazetteerEntry | None) -> bool:
    """a and b are namesake villages that the text's own geography puts in one area: both lie
    in the governorate or district the text locates the name in, or both next to
    (NEAR_KM) the same member of its list («الحسينية» in a list of villages of southern Rif
    Dimashq, which has two Husayniyahs 30 km apart). The name is then a place of that area
    whichever of the two it is (they are at most 2 * NEAR_KM apart), so the thin margin
    between them is no reason to doubt it, as for villages next door."""
    if a.feature_class != "P" or b.feature_class != "P" or a.country_code != b.country_code:
        return False
    if container is not None and container.feature_code != "PCLI" \
            and located_bonus(a, container) > 0 and located_bonus(b, container) > 0:
        return True  # both in the governorate the text names, or both next to its place
    return any(great_circle_km(a.lat, a.lon, m.lat, m.lon) <= NEAR_KM
               and great_circle_km(b.lat, b.lon, m.lat, m.lon) <= NEAR_KM for m in mates)


def is_town(e: GazetteerEntry) -> bool:
    """A town: TOWN_POPULATION people or more, or a major place (whose size makes it the obvious
    reading of its name across its area)."""
    return e.population >= TOWN_POPULATION or e.is_major


def _town_over_hamlets(best: GazetteerEntry, runner: GazetteerEntry) -> bool:
    """«في القصير وتلكلخ»: the best candidate is a town (TOWN_POPULATION people or more) and the
    runner-up, a place that is no major one, is ten times smaller (GeoNames gives most hamlets
    no population): the town's size makes it the obvious reading, so the small score margin that
    population alone gives it is no reason to doubt it."""
    return (best.feature_class == "P" and best.population >= TOWN_POPULATION
            and not runner.is_major and runner.population * 10 < best.population)


#: What a namesake abroad loses in a list of places of one country that has a town of the name
#: (:func:`_abroad_of_list`): the gap between the feature priors of a provincial capital (PPLA)
#: and a town (PPL), so that "Homs and Palmira" is Palmyra, not Colombia's Palmira.
LIST_ABROAD_PENALTY = 0.45


def _abroad_of_list(hits: tuple[Hit, ...], mates: list[GazetteerEntry], focus: str) -> frozenset[str]:
    """The countries whose namesakes lose LIST_ABROAD_PENALTY: a list names places of one
    country, so when a member read with confidence lies in the article's focus country and the
    name has a town there (TOWN_POPULATION or a major place), its namesakes abroad are the
    unlikely reading, however large («حمص وتدمر», "Homs y Palmira": Palmyra, not Colombia's
    Palmira). A list whose focus-country namesakes are hamlets («دمشق وعمان») keeps the foreign
    city; so does a list of other countries' places ("Beirut and Tripoli")."""
    if not any(m.country_code == focus for m in mates):
        return frozenset()
    if not any(h.entry.country_code == focus and h.entry.feature_class == "P" and is_town(h.entry) for h in hits):
        return frozenset()
    return frozenset(h.entry.country_code for h in hits) - {focus}


def _ruled_out_abroad(hits: tuple[Hit, ...], container: GazetteerEntry | None) -> frozenset[str]:
    """The ids of the namesakes that lose LIST_ABROAD_PENALTY because the text locates the name
    where they are not: «دار السلام بريف حلب», «بلدة العقبة في ريف درعا», "X, south of Hama"
    put it in a governorate or next to a place, and the name has a namesake there, so a large
    city of the name in another country, far from that place, is the unlikely reading (Dar es
    Salaam, Aqaba), as a list of one country's places rules out a namesake abroad
    (:func:`_abroad_of_list`). A namesake abroad next to the place the text names keeps its
    chance («الرمثا قرب درعا»: Ramtha, across the border)."""
    if container is None or container.feature_code == "PCLI":
        return frozenset()
    country = container.country_code
    if not any(h.entry.country_code == country and located_bonus(h.entry, container) > 0 for h in hits):
        return frozenset()
    return frozenset(h.entry.geonameid for h in hits
                     if h.entry.country_code != country and located_bonus(h.entry, container) == 0)


def resolve(hits: tuple[Hit, ...], ctx: Context, focus: str,
            anchors: list[GazetteerEntry], mates: list[GazetteerEntry] | None = None,
            container: GazetteerEntry | None = None,
            part: tuple[str, GazetteerEntry] | None = None,
            governorate: GazetteerEntry | None = None) -> Resolution:
    """The best entry for one mention and how sure we are of it (``mates``, ``container``,
    ``part``, ``governorate``: see :func:`score`)."""
    abroad = _abroad_of_list(hits, mates or [], focus)
    ruled_out = _ruled_out_abroad(hits, container)
    ranked = sorted(
        (Candidate(h.entry, score(h, ctx, focus, anchors, mates, container, part, governorate)
                   - (LIST_ABROAD_PENALTY if h.entry.country_code in abroad
                      or h.entry.geonameid in ruled_out else 0.0)) for h in hits),
        key=lambda c: (-c.score, c.entry.geonameid),
    )
    best = ranked[0]
    runner = next((c for c in ranked[1:] if c.entry.geonameid != best.entry.geonameid), None)
    if runner is None:
        confidence = 0.95
    else:
        margin = best.score - runner.score
        if _nested(best.entry, runner.entry) or _next_door(best.entry, runner.entry) \
                or _same_area(best.entry, runner.entry, mates or [], container):
            margin += 0.15  # same place at two scales, next door or in the text's one area
        elif _town_over_hamlets(best.entry, runner.entry) and any(
                h.primary for h in hits if h.entry.geonameid == best.entry.geonameid):
            # a town of its name, the rest hamlets: the obvious reading, when the text writes the
            # name as the town's (with its article: «القصير», not «حصار قصير» 'a short siege')
            margin += 0.15
        confidence = 0.5 + 0.45 * math.tanh(max(margin, 0.0) * 6)
    return Resolution(best.entry, runner.entry if runner else None, confidence)


def evidence_factor(entry: GazetteerEntry, *, method: str, words: int, ctx: Context,
                    script_arabic: bool) -> float:
    """How strongly the text supports that these words are a place at all (0..1.05)."""
    f = 1.0
    if method == "fuzzy":
        f *= 0.75
    elif method == "ner":
        f *= 0.7
    if not entry.is_major and words == 1:
        if script_arabic:
            # Arabic has no capitals: a one-word village name needs a settlement word nearby;
            # a town's size makes it the obvious reading (ordinary words that are also towns
            # are in common_words.tsv and still need a settlement word, geo.parser); so does a
            # landmark of the supplement (a region or mountain the news names: «الجولان»,
            # «الغوطة»), which no GeoNames hamlet named after an ordinary word is
            town = (entry.population >= TOWN_POPULATION or entry.feature_code in _LIKE_A_TOWN)
            f *= 0.9 if ctx.settlement else 0.75 if ctx.weak_settlement or town else 0.45
        else:
            f *= 0.9
    return f
