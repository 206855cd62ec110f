"""(Round 20, fac20) A named prison taken is a control change of the prison, the release told with it
part of it; a verb inside a release whose words end on the freed takes nothing (the round-20 ruling
on prisons taken, data/corpus/README.md; :func:`timeline.extract.prison_captures`). The project's
own sentences; the place mentions are stubs with the geoparser's offsets and feature codes."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.extract import prison_captures
from timeline.sentences import Sentence, find_triggers


@dataclass
class _Place:
    start: int
    end: int
    feature_code: str


def _run(text: str, lang: str, name: str, code: str) -> list[tuple[str, str]]:
    start = text.index(name)
    places = [_Place(start, start + len(name), code)]
    triggers = find_triggers(Sentence(0, len(text), text), lang)
    return [(t.kind, t.role) for t in prison_captures(triggers, places, text, len(text), lang)]


def test_a_named_prison_stormed_is_its_change_and_takes_the_release():
    kept = _run("Les rebelles ont pris d'assaut jeudi la prison centrale de Hama et libéré des détenus.",
                "fr", "Hama", "PRN")
    assert ("control_change", "take") in kept and ("other", "prison") not in kept


def test_a_verb_that_frees_the_detainees_of_a_named_prison_takes_nothing():
    kept = _run("Les rebelles ont libéré jeudi des milliers de détenus de la prison de Saydnaya.",
                "fr", "Saydnaya", "PRN")
    assert ("other", "prison") in kept and not any(kind == "control_change" for kind, _ in kept)


def test_a_prison_the_text_does_not_name_keeps_the_release_only():
    kept = _run("HTS fighters stormed a prison in the city and freed its inmates.", "en", "city", "PPL")
    assert ("other", "prison") in kept and not any(kind == "control_change" for kind, _ in kept)
