"""The registered spaCy component on blank pipelines of the right language: exact spans."""

from __future__ import annotations

import spacy

import geo.component  # noqa: F401  (registers the factory)
from kharita.config import GAZETTEER_DIR


def test_factory_is_registered_and_configured_by_path():
    nlp = spacy.blank("ar")
    ruler = nlp.add_pipe("kharita_gazetteer", config={"gazetteer_dir": str(GAZETTEER_DIR)})
    assert "kharita_gazetteer" in nlp.pipe_names
    assert nlp.get_pipe_meta("kharita_gazetteer").default_config["spans_key"] == "places"
    assert ruler.gazetteer_dir == str(GAZETTEER_DIR)
    assert ruler._gazetteer is None  # nothing loaded until initialize() or the first doc
    nlp.initialize()
    assert ruler._gazetteer is not None and len(ruler.gazetteer) > 13000


def test_arabic_spans_and_proclitic_offsets(gazetteer):
    nlp = spacy.blank("ar")
    ruler = nlp.add_pipe("kharita_gazetteer")
    ruler.use_gazetteer(gazetteer)
    text = "توطدت العلاقات بين دمشق وبكين وسقطت حلب في أيدي هيئة تحرير الشام"
    doc = nlp(text)
    found = [(text[m.start:m.end], m.method) for m in doc._.kharita_matches]
    assert found == [("دمشق", "exact"), ("بكين", "proclitic"), ("حلب", "exact")]
    # doc.spans holds token spans; وبكين is one token, the name starts one letter later
    assert [s.text for s in doc.spans["places"]] == ["دمشق", "وبكين", "حلب"]
    assert all(s.label_ == "PLACE" for s in doc.spans["places"])
    assert doc._.kharita_masked  # هيئة تحرير الشام is masked: al-Sham is not Syria here


def test_english_capitalisation_and_longest_match(gazetteer):
    nlp = spacy.blank("en")
    nlp.add_pipe("kharita_gazetteer").initialize()
    doc = nlp("As Syria's friend, China backs Damascus; rebels near Khan Shaykhun and Tal Rifaat.")
    assert [s.text for s in doc.spans["places"]] == [
        "Syria", "China", "Damascus", "Khan Shaykhun", "Tal Rifaat"]
    doc = nlp("the syria and aleppo of lower case are not names")
    assert list(doc.spans["places"]) == []
