"""(Round 42, stmt42) A dotted initialism before a word in lower case ends no sentence.

"The U.S. is concerned that ...", "the U.S. said on Friday", «EE.UU. dijo que ...» were cut after
the initialism's last dot, so the verb's sentence had no subject and the statement was lost. A
capital after the initialism may open a new sentence: it still ends one. The rows are the
project's own sentences.
"""

from __future__ import annotations

import pytest

from timeline.sentences import split_sentences


@pytest.mark.parametrize(("text", "parts"), [
    # a word in lower case after the initialism: one sentence
    ("The U.S. said on Friday that it had made contact with HTS. Turkey welcomed it.",
     ["The U.S. said on Friday that it had made contact with HTS.", "Turkey welcomed it."]),
    ("The U.N. envoy urged restraint.", ["The U.N. envoy urged restraint."]),
    ("EE.UU. dijo que no reconocería por ahora al nuevo gobierno.",
     ["EE.UU. dijo que no reconocería por ahora al nuevo gobierno."]),
    # trap: a capital after the initialism opens the next sentence
    ("Blinken flew back to the U.S. The army said it held Hama.",
     ["Blinken flew back to the U.S.", "The army said it held Hama."]),
    # trap: a line break after the initialism still ends the sentence
    ("He returned to the U.S.\nofficials met later.", ["He returned to the U.S.", "officials met later."]),
    # trap: an ordinary word's stop before a word in lower case is still an end
    ("The army left Hama. then the rebels entered.", ["The army left Hama.", "then the rebels entered."]),
])
def test_initialism_dot(text, parts):
    assert [s.text for s in split_sentences(text)] == parts
