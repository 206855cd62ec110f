"""The statistical NER is a second opinion: it can add a name the gazetteer matcher missed (looked
up more loosely in the gazetteer, never placed without it) and veto one-word village matches
that it reads as persons; multi-word gazetteer names survive its frequent PER mistakes."""

from __future__ import annotations

from spacy.tokens import Span

from geo.parser import Geoparser
from geo.pipelines import build_pipeline


def test_french_pipeline_has_ner_then_gazetteer(geoparser):
    nlp = geoparser.pipeline("fr")
    assert nlp.pipe_names[-2:] == ["ner", "kharita_gazetteer"]
    assert "ner" not in geoparser.pipeline("ar").pipe_names  # no Arabic model installed


def test_ner_location_missed_by_the_matcher_is_looked_up(gazetteer):
    nlp = build_pipeline("fr", gazetteer=gazetteer)
    nlp.get_pipe("kharita_gazetteer").fuzzy = False  # the matcher now misses a misspelt name
    gp = Geoparser(gazetteer, pipeline_factory=lambda lang: nlp)
    text = "Les rebelles sont entrés à Tafatanaz mardi."  # Taftanaz with one letter too many
    doc = nlp(text)
    assert doc._.kharita_matches == []
    start = text.index("Tafatanaz")
    doc.ents = [doc.char_span(start, start + len("Tafatanaz"), label="LOC")]
    [m] = gp.mentions_from_doc(doc, "fr")
    assert (m.surface, m.geonameid, m.method) == ("Tafatanaz", "163799", "ner")
    assert m.confidence < 0.8  # weaker than a gazetteer match


def test_ner_location_unknown_to_the_gazetteer_is_not_a_place(gazetteer):
    nlp = build_pipeline("fr", gazetteer=gazetteer)
    gp = Geoparser(gazetteer, pipeline_factory=lambda lang: nlp)
    doc = nlp("Ils ont fui vers Zzyzxville.")
    doc.ents = [Span(doc, 4, 5, label="LOC")]
    assert gp.mentions_from_doc(doc, "fr") == []


def test_multi_word_names_survive_a_per_label(geoparser):
    text = "Les rebelles sont entrés à Jisr el-Choughour puis à Khan Cheikhoun."
    doc = geoparser.pipeline("fr")(text)
    assert {e.text: e.label_ for e in doc.ents}.get("Jisr el-Choughour") == "PER"  # the NER's error
    found = [(m.surface, m.geonameid) for m in geoparser.mentions_from_doc(doc, "fr")]
    assert found == [("Jisr el-Choughour", "169023"), ("Khan Cheikhoun", "168325")]
