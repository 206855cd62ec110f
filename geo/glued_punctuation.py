"""Arabic punctuation that spaCy's tokenizer leaves inside a word, split off before matching.

Arabic news sites often write the comma or semicolon without the space after it («مدينة
حمص،كما شنت»; a full stop or a colon too, «سراقب.وكانت»), and some use the tatweel (ـ, the
letter-stretching stroke) as a dash between
the names of a front line («كفرنبودة ـمحردةـ معر شحور»), and some glue quotation marks to the
words around them («مدينتي«حلب»و“إدلب”», «إلى“حماة”», «من"تحرير الشام"»). The tokenizer keeps
such a word whole, so the name inside it is never looked up (or is reported with the stroke in
its surface). The text itself is not changed: the token is split where the punctuation stands,
so offsets stay those of the text. A tatweel inside a word («بـM5», the stretched «حـلب») is
left alone: only a stroke at the edge of a word of two letters or more is a dash. A quotation
mark is split off only next to an Arabic letter (a Latin word's quotes are the tokenizer's).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_LETTER = "\u0621-\u064a"
#: a comma or semicolon between two Arabic letters (no space after it); (round 26, geo26ar) so
#: too a full stop, a colon, a Latin comma, a question or exclamation mark: «سراقب.وكانت», «حلب,إدلب»,
#: «حماة:وقال» (no Arabic word holds one)
_INNER_MARKS = "،؛.,:؟!?"
_INNER = re.compile(f"(?<=[{_LETTER}])([{_INNER_MARKS}])(?=[{_LETTER}])")
#: quotation marks (Arabic text writes “ and ” either way round)
_QUOTES = "\"“”«»"
_QUOTE_MARKS = frozenset(_QUOTES)
#: a quotation mark with an Arabic letter on one side of it, inside a word («مدينتي«حلب»و“إدلب”»)
_QUOTE = re.compile(f"((?<=[{_LETTER}\u0640])[{_QUOTES}]|[{_QUOTES}](?=[{_LETTER}]))")
#: (round 26, geo26ar) a letter Arabic writes only at a word's end (the taa marbuta ة, the alef
#: maqsura ى) followed by a letter: two words typed without the space between them («مدينةحلب»,
#: «إلىحماة», «معرةالنعمان»), split after that letter
_FINAL_ONLY = re.compile("(?<=[ةى])(?=[\u0621-\u063f\u0641-\u064a])")
#: tatweel strokes at the start or the end of a word
_EDGES = re.compile("^(\u0640*)(.*?)(\u0640*)$", re.DOTALL)


def pieces(word: str) -> list[str]:
    """The parts a word is split into (the word alone when it holds no glued punctuation):
    «حمص،كما» -> [«حمص», «،», «كما»]; «ـمحردةـ» -> [«ـ», «محردة», «ـ»]; «إلى“حماة”.» -> [«إلى»,
    «“», «حماة», «”», «.»]."""
    if len(word) > 1 and not _QUOTE_MARKS.isdisjoint(word) and _QUOTE.search(word):
        return [q for part in _QUOTE.split(word) if part for q in pieces(part)]
    if ("ة" in word or "ى" in word) and _FINAL_ONLY.search(word):
        return [q for part in _FINAL_ONLY.split(word) if part for q in pieces(part)]
    if _INNER.search(word) is None and word[:1] != "\u0640" and word[-1:] != "\u0640":
        return [word]
    lead, core, trail = _EDGES.match(word).groups()
    if len(core) < 2:
        return [word]  # «بـ» (a proclitic marked off by the stroke), a lone stroke
    parts = [p for p in _INNER.split(core) if p]
    return ([lead] if lead else []) + parts + ([trail] if trail else [])


def split_glued_punctuation(doc: Doc) -> Doc:
    """Split in place every token of ``doc`` that holds glued Arabic punctuation; ``doc``."""
    cuts = []
    for tok in doc:
        parts = pieces(tok.text)
        if len(parts) > 1:
            cuts.append((tok, parts))
    if cuts:
        with doc.retokenize() as retokenizer:
            for tok, parts in cuts:
                retokenizer.split(tok, parts, heads=[(tok, 0)] * len(parts))
    return doc
