"""Identity faults of the merge (issue 10): what makes two reports one event, and what the merged
event may say. Meetings of states are compared by all their participants, not the first one;
strikes by opposite camps stay apart; a merged control change takes its "from" and "to" from one
report. Sentences are written for these tests; events are extracted by the real extractor where it
names what the rule reads, built with concrete fields where it does not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.merge import Matcher, merge_events, merge_in_blocks
from timeline.types import Event, Source

SATURDAY = date(2024, 12, 7)


def _extract(text: str, lang: str, geoparser, registry, article: str = "t.txt") -> list[Event]:
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    doc = Article(id=article, path=None, text=text, language=lang, published=date(2024, 12, 9), outlet=article)
    return extract_article_events(doc, geoparser.parse(text, lang), registry)


def _event(kind: str, actors: list[str], article: str, day: date = SATURDAY, **kw) -> Event:
    return Event(id=f"raw:{article}:0", kind=kind, date=day, actors=actors,
                 sources=[Source(article=article, language="en", outlet=article, published="2024-12-09",
                                 sentence="(written for the test)", url=f"https://example.org/{article}")], **kw)


# --- 1. calls, visits and meetings of states: every participant, in any order ---------------


@pytest.fixture(scope="module")
def doha_meetings(events_geoparser, registry) -> dict[str, Event]:
    texts = {
        "en": ("The foreign ministers of Russia, Iran and Turkey met in Doha on Saturday to discuss the war "
               "in Syria.", "en"),
        "fr": ("Les chefs de la diplomatie russe, iranienne et turque se sont réunis samedi à Doha pour parler "
               "de la Syrie.", "fr"),
        "en_reordered": ("The foreign ministers of Turkey, Iran and Russia met in Doha on Saturday to discuss "
                         "the war in Syria.", "en"),
        "moscow": ("Russia and the Syrian government held talks in Moscow on Saturday about the fighting.", "en"),
    }
    out = {}
    for key, (text, lang) in texts.items():
        (event,) = _extract(text, lang, events_geoparser, registry, article=f"{key}.txt")
        out[key] = event
    return out


def test_the_extracted_meetings_name_their_states(doha_meetings):
    assert {k: (e.kind, e.date, e.actors) for k, e in doha_meetings.items()} == {
        "en": ("meeting", SATURDAY, ["Russia", "Iran", "Turkey", "Qatar"]),
        "fr": ("meeting", SATURDAY, ["Russia", "Iran", "Turkey"]),
        "en_reordered": ("meeting", SATURDAY, ["Turkey", "Iran", "Russia", "Qatar"]),
        "moscow": ("meeting", SATURDAY, ["Syrian government", "Russia"]),
    }


def test_one_meeting_of_states_told_in_two_languages_and_orders_is_one_event(doha_meetings, registry):
    m = Matcher(registry)
    en, fr, reordered = doha_meetings["en"], doha_meetings["fr"], doha_meetings["en_reordered"]
    assert m.same_event(en, fr)  # the French report's states are all in the English one's
    # the first state named differs (Turkey, Russia): the same participants all the same
    assert m.same_event(reordered, fr) and m.same_event(reordered, en)
    (merged,) = merge_events([fr, reordered], [], registry)
    assert sorted(s.article for s in merged.sources) == ["en_reordered.txt", "fr.txt"]


def test_a_meeting_with_other_states_of_the_same_day_is_another_event(doha_meetings, registry):
    m = Matcher(registry)
    assert not m.same_event(doha_meetings["moscow"], doha_meetings["fr"])
    assert len(merge_events([doha_meetings["fr"], doha_meetings["moscow"]], [], registry)) == 2


def test_the_first_state_alone_no_longer_makes_two_meetings_one(registry):
    """Russia–Iran–Turkey and Russia–Syria on the same day, neither naming a person: they share only
    their first participant (which was all that was compared)."""
    m = Matcher(registry)
    trio = _event("meeting", ["Russia", "Iran", "Turkey"], "trio.txt")
    pair = _event("meeting", ["Russia", "Syrian government"], "pair.txt")
    russia_alone = _event("meeting", ["Russia"], "alone.txt")
    assert m.voice(trio) == m.voice(pair) == "Russia"
    assert not m.same_identity(trio, pair)
    assert m.same_identity(russia_alone, trio) and m.same_identity(russia_alone, pair)  # contained in both
    merged = merge_events([trio, pair], [], registry)
    assert sorted(tuple(e.actors) for e in merged) == [("Russia", "Iran", "Turkey"), ("Russia", "Syrian government")]
    # two events, two ids of their own (not one id numbered twice)
    assert len({e.id for e in merged}) == 2 and not any(e.id.endswith("-2") for e in merged)
    # a meeting naming nobody is never the same as one naming someone
    nobody = _event("meeting", [], "nobody.txt")
    assert not m.same_identity(nobody, trio) and m.same_identity(nobody, _event("meeting", [], "other.txt"))


def test_ids_of_one_participant_and_of_persons_are_unchanged(registry):
    """The stable id hashes the participants only where they are the new identity: a statement, a
    meeting of one participant or of named persons keeps the key it had."""
    m = Matcher(registry)
    assert m.identity_key(_event("meeting", ["Russia"], "a.txt")) == "Russia|"
    assert m.identity_key(_event("statement", ["Russia", "Iran"], "a.txt")) == "Russia|"
    assert m.identity_key(_event("call", ["Vladimir Putin", "Masoud Pezeshkian", "Russia", "Iran"], "a.txt")) == \
        "Vladimir Putin|Masoud Pezeshkian|Vladimir Putin"
    assert m.identity_key(_event("meeting", ["Russia", "Iran", "Turkey"], "a.txt")) == "Russia||+Iran|Turkey"


def test_block_merge_keeps_the_meetings_and_ids(doha_meetings, registry):
    raw = list(doha_meetings.values())
    assert merge_in_blocks(raw, [], registry) == merge_events(raw, [], registry)


def test_two_legs_of_a_tour_on_one_day_are_two_visits(events_geoparser, registry):
    """(Round 29, ev29dip) One traveller's visits of one day to two towns are two trips; a visit
    that names no town ("visited Syria") still joins one of them."""
    text = ("Abbas Araghchi arrived in Damascus on Saturday afternoon. "
            "Abbas Araghchi left Damascus on Saturday evening for Ankara.")
    raw = _extract(text, "en", events_geoparser, registry, article="tour.txt")
    visits = [e for e in raw if e.kind == "visit"]
    assert sorted(p.name for e in visits for p in e.places) == ["Ankara", "Damascus"]
    merged = [e for e in merge_events(raw, [], registry) if e.kind == "visit"]
    assert sorted(tuple(p.name for p in e.places) for e in merged) == [("Ankara",), ("Damascus",)]
    assert merge_in_blocks(raw, [], registry) == merge_events(raw, [], registry)
    m = Matcher(registry)
    townless = replace(visits[0], places=[])
    assert m.same_identity(townless, visits[0]) and m.same_identity(townless, visits[1])
    assert not m.same_identity(visits[0], visits[1])


# --- 2. strikes: opposite camps on one town the same day are two strikes --------------------


@pytest.fixture(scope="module")
def saraqib_strikes(events_geoparser, registry) -> dict[str, Event]:
    texts = {
        "jets": "Russian and Syrian warplanes struck Saraqib on Saturday, the army said.",
        "drones": "Rebel drones struck Saraqib on Saturday, a war monitor said.",
    }
    out = {}
    for key, text in texts.items():
        (event,) = _extract(text, "en", events_geoparser, registry, article=f"{key}.txt")
        out[key] = event
    return out


def test_the_extracted_strikes_name_their_attackers_where_the_sentence_does(saraqib_strikes):
    assert {k: (e.kind, e.date, e.actors, [p.name for p in e.places]) for k, e in saraqib_strikes.items()} == {
        "jets": ("strike", SATURDAY, ["Russia", "Syrian government"], ["Saraqib"]),
        "drones": ("strike", SATURDAY, [], ["Saraqib"]),  # the extractor names no faction
    }


def test_strikes_of_opposite_camps_on_one_town_stay_apart(saraqib_strikes, registry):
    m = Matcher(registry)
    jets = saraqib_strikes["jets"]
    saraqib = list(jets.places)
    shelling = _event("strike", ["Hayat Tahrir al-Sham"], "shelling.txt", places=saraqib)
    sdf_fire = _event("strike", ["Mazloum Abdi"], "sdf.txt", places=saraqib)  # speaks for the SDF
    assert m.camps(jets) == {"government"} and m.camps(shelling) == {"anti-government"}
    assert m.camps(sdf_fire) == {"sdf"}
    assert not m.same_event(jets, shelling) and not m.same_event(shelling, sdf_fire)
    assert len(merge_events([jets, shelling], [], registry)) == 2


def test_strikes_of_one_camp_or_an_unnamed_attacker_merge_as_before(saraqib_strikes, registry):
    m = Matcher(registry)
    jets, drones = saraqib_strikes["jets"], saraqib_strikes["drones"]
    army = _event("strike", ["Syrian government"], "army.txt", places=list(jets.places))
    turkey = _event("strike", ["Turkey"], "turkey.txt", places=list(jets.places))  # no camp in this war's table
    mixed = _event("strike", ["Russia", "Syrian armed opposition"], "mixed.txt", places=list(jets.places))
    assert m.same_event(jets, army)  # Russian and Syrian jets, the Syrian army: one camp
    assert m.same_event(jets, drones)  # who flew the drones is not said: a common place, as before
    assert m.same_event(jets, turkey) and m.same_event(jets, mixed)
    (merged,) = merge_events([jets, army], [], registry)
    assert sorted(s.article for s in merged.sources) == ["army.txt", "jets.txt"]


# --- 3. a merged control change says what one report said ----------------------------------


@pytest.fixture(scope="module")
def tal_rifaat(events_geoparser, registry) -> dict[str, Event]:
    texts = {
        "a_rebels.txt": ("Les rebelles ont pris Tal Rifaat à l'armée dimanche.", "fr"),
        "b_sna.txt": ("The Syrian National Army took Tal Rifaat from the SDF on Sunday.", "en"),
    }
    out = {}
    for article, (text, lang) in texts.items():
        (event,) = _extract(text, lang, events_geoparser, registry, article=article)
        out[article] = event
    return out


def test_the_direction_is_one_reports_from_and_to(tal_rifaat, registry):
    rebels, sna = tal_rifaat["a_rebels.txt"], tal_rifaat["b_sna.txt"]
    assert (rebels.from_controller, rebels.to_controller) == ("Syrian government", "opposition (unspecified)")
    assert (sna.from_controller, sna.to_controller) == ("SDF", "SNA")
    (merged,) = merge_events([rebels, sna], [], registry)
    assert sorted(s.article for s in merged.sources) == ["a_rebels.txt", "b_sna.txt"]
    # the report naming its taker gives the side that lost the place (the government's loss is the
    # other report's); its taker, named by one outlet of two, is the camp both outlets agree on
    # (round 25: one outlet's faction is not corroborated by another's "the rebels")
    assert (merged.from_controller, merged.to_controller) == ("SDF", "opposition (unspecified)")
    assert merged.taker_named_by == []  # both outlets vouch for the opposition's capture
    # a second outlet naming the SNA: the faction is corroborated, and both ends are its reports'
    again = replace(sna, sources=[replace(s, article="c_sna.txt", outlet="Another Gazette") for s in sna.sources])
    (merged,) = merge_events([rebels, sna, again], [], registry)
    assert (merged.from_controller, merged.to_controller) == ("SDF", "SNA")
    assert merged.taker_named_by == ["b_sna.txt", "c_sna.txt"]


def test_with_no_taker_named_the_direction_is_pooled_as_before(tal_rifaat, registry):
    rebels = tal_rifaat["a_rebels.txt"]
    places = list(rebels.places)
    unsaid = _event("control_change", ["Syrian armed opposition"], "c_unsaid.txt", rebels.date, places=places,
                    to_controller="opposition (unspecified)")
    (merged,) = merge_events([unsaid, rebels], [], registry)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "opposition (unspecified)")
    # a named taker without a "from" of its own keeps none rather than borrowing another's
    hts = _event("control_change", ["Hayat Tahrir al-Sham"], "d_hts.txt", rebels.date, places=places,
                 to_controller="HTS-led opposition")
    hts_again = _event("control_change", ["Hayat Tahrir al-Sham"], "e_hts.txt", rebels.date, places=places,
                       to_controller="HTS-led opposition")
    (merged,) = merge_events([rebels, hts, hts_again], [], registry)
    assert (merged.from_controller, merged.to_controller) == (None, "HTS-led opposition")
    # named by one outlet of two, the taker is the camp both agree on; the loser still none
    (merged,) = merge_events([rebels, hts], [], registry)
    assert (merged.from_controller, merged.to_controller) == (None, "opposition (unspecified)")
