"""(Round 27, ev27fr) An Arabic full stop glued to the next sentence's first word ends the sentence.

Web copies lose the space after a stop («... الكردية.ومن بين هذه القرى: ...»); Arabic has no
capitals, so the round-21 rule for "said.On Saturday" never applied. Before this round the list
sentence ran on from the capture before it and lost its members. A dotted abbreviation of short
letters stays whole. The rows are the project's own sentences.
"""

from __future__ import annotations

import pytest

from timeline.sentences import split_sentences


@pytest.mark.parametrize(("text", "parts"), [
    ("خاضت الفصائل معارك عنيفة مع القوات الحكومية.ودخلت بعدها بلدة مورك.",
     ["خاضت الفصائل معارك عنيفة مع القوات الحكومية.", "ودخلت بعدها بلدة مورك."]),
    ("أعلن الجيش انسحابه من المدينة!وقالت الفصائل إنها دخلتها.",
     ["أعلن الجيش انسحابه من المدينة!", "وقالت الفصائل إنها دخلتها."]),
    ("هل تصمد حمص؟يتساءل السكان.", ["هل تصمد حمص؟", "يتساءل السكان."]),
    # abbreviations of short letters and numbers stay whole
    ("نقلت قناة بي.بي.سي النبأ.", ["نقلت قناة بي.بي.سي النبأ."]),
    ("أفادت وكالة أ.ف.ب بأن 1.5 مليون شخص نزحوا.", ["أفادت وكالة أ.ف.ب بأن 1.5 مليون شخص نزحوا."]),
])
def test_an_arabic_stop_glued_to_the_next_word_ends_the_sentence(text: str, parts: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == parts
