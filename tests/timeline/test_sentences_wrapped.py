"""(Round 38, lb38) A line break inside a sentence ends no sentence.

Some wire copies break their lines at a fixed width, in mid-sentence; each line was read as a
sentence, so the half with the verb lost the date or the subject on the other half. A line with no
closing punctuation runs on into the next when the next opens with a lower-case letter, and, in a
hard-wrapped text (two such breaks or more), whatever the next opens with. Headings, bylines and
Arabic lines that lost their stop stay apart. The text is never rewritten: offsets stay where they
were. The rows are the project's own sentences.
"""

from __future__ import annotations

import pytest

from timeline.sentences import split_sentences, wrapped_breaks


@pytest.mark.parametrize(("text", "parts"), [
    # the next line opens in lower case: one sentence
    ("On Sunday the Turkish foreign minister, speaking in Doha, urged\nrestraint from all sides.",
     ["On Sunday the Turkish foreign minister, speaking in Doha, urged\nrestraint from all sides."]),
    ("Selon un communiqué du ministère,\nles rebelles ont pris la ville.",
     ["Selon un communiqué du ministère,\nles rebelles ont pris la ville."]),
    # an opening quotation mark before the lower-case word
    ("El gobierno pidió a la comunidad internacional que\n\"promueva la paz\" en Siria.",
     ["El gobierno pidió a la comunidad internacional que\n\"promueva la paz\" en Siria."]),
    # a hard-wrapped text: the break before a name runs on as well
    ("Am Sonntag erklärte die Regierung in einer Botschaft an\nBaschar al-Assad, sie stehe an\n"
     "der Seite von Damaskus und\nseiner Armee.",
     ["Am Sonntag erklärte die Regierung in einer Botschaft an\nBaschar al-Assad, sie stehe an\n"
      "der Seite von Damaskus und\nseiner Armee."]),
    # a line that ends with a stop ends its sentence, whatever follows
    ("The army withdrew from Hama.\nthe rebels entered it.",
     ["The army withdrew from Hama.", "the rebels entered it."]),
])
def test_a_line_break_inside_a_sentence_ends_none(text: str, parts: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == parts


@pytest.mark.parametrize(("text", "parts"), [
    # a heading or a byline with no stop before a capitalised sentence
    ("Rebels at the gates of Homs\nThe rebels reached the outskirts of Homs on Friday.",
     ["Rebels at the gates of Homs", "The rebels reached the outskirts of Homs on Friday."]),
    ("Reacciones en Europa\nEl gobierno alemán pidió moderación.",
     ["Reacciones en Europa", "El gobierno alemán pidió moderación."]),
    # a blank line between: two paragraphs
    ("The army said it was regrouping\n\nthe rebels said they held the town.",
     ["The army said it was regrouping", "the rebels said they held the town."]),
    # Arabic has no case: a line that lost its stop before a paragraph opening with «و» stays apart
    ("أعلنت الفصائل سيطرتها على المدينة\nوقالت وزارة الدفاع إن قواتها أعادت الانتشار.",
     ["أعلنت الفصائل سيطرتها على المدينة", "وقالت وزارة الدفاع إن قواتها أعادت الانتشار."]),
    # one break before a lower-case word (a letter's salutation) makes no hard-wrapped text
    ("Dear readers,\nthe war has a new front\nToday we look at Aleppo.",
     ["Dear readers,\nthe war has a new front", "Today we look at Aleppo."]),
])
def test_a_line_that_ends_a_heading_or_a_paragraph_stays_apart(text: str, parts: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == parts


def test_offsets_are_the_text_s_own() -> None:
    text = "Title line\nOn Sunday the army said\nit had regrouped near Hama."
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [s.text for s in sentences]
    assert wrapped_breaks(text) == {text.index("\nit")}
