"""The review queue's place picker offers Syria's whole offline gazetteer, not only the store's places."""

from __future__ import annotations

from geo.gazetteer import load_gazetteer
from tests.dashboard.test_pages import by_key, page, store_copy  # noqa: F401  (fixtures)
from timeline.store import EventStore

BOSRA = "171126"  # Bosra (بصرى), Daraa governorate: in the gazetteer, named by no article of the seed store


def test_gazetteer_place_not_in_store_is_offered_and_saved(page, store_copy):  # noqa: F811
    store = EventStore(store_copy)
    events = store.load_events(include_hidden=True)
    in_store = {p.geonameid for e in events for p in e.places} | {m.get("geonameid") for m in store.place_mentions()}
    assert BOSRA not in in_store and load_gazetteer().get(BOSRA).display_name == "Bosra"
    strike = next(e for e in events if e.origin == "extracted" and e.kind == "strike")

    at = page("review")
    assert not [m for m in at.multiselect if m.key == f"places-{strike.id}"]  # closed: no list sent
    at.session_state[f"correct-{strike.id}"] = True  # open its Correct expander
    at.run()
    picker = by_key(at.multiselect, f"places-{strike.id}")
    assert "Bosra · بصرى — Daraa · 171126" in picker.options
    assert len(picker.options) > 10_000  # the gazetteer's Syrian places, not the store's hundred
    assert len([m for m in at.multiselect if m.key.startswith("places-")]) == 1  # only the open form

    picker.set_value([BOSRA])
    by_key(at.text_input, f"cnote-{strike.id}").input("the strike hit Bosra")
    by_key(at.button, f"save-{strike.id}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    [places] = [o.value for o in store.overrides() if o.field == "places"]
    assert [(p["name"], p["geonameid"], p["admin1"], p["name_ar"]) for p in places] == [
        ("Bosra", BOSRA, "06", "بصرى")]


def test_arabic_picker_names_governorates_in_arabic(page, store_copy):  # noqa: F811
    strike = next(e for e in EventStore(store_copy).load_events() if e.kind == "strike")
    at = page("review", {"ui": "ar"})
    at.session_state[f"correct-{strike.id}"] = True
    at.run()
    # the shipped boundaries spell Daraa with a kasra
    assert "Bosra · بصرى — دِرعا · 171126" in by_key(at.multiselect, f"places-{strike.id}").options


def test_labels_tell_homonyms_apart():
    """Three villages are called Nawa: the governorate and the id tell them apart."""
    from dashboard.boundaries import load_boundaries
    from dashboard.place_picker import gazetteer_choices, governorate_names, place_label

    choices = gazetteer_choices(load_gazetteer().entries)
    names = governorate_names(load_boundaries().governorates)
    labels = sorted(place_label(choices[k], k, names) for k in ("166365", "166363", "166364"))
    assert labels == ["Nawa · نوا — Hama · 166363", "Nawa · نوى — Daraa · 166365", "Nawa · نوى — Homs · 166364"]
    assert "163843" not in choices  # Syria itself is not a place to pick
