"""An apostrophe inside a name, kept whole where the tokenizer cut the word at it.

French elides « le », « de », « que »... before a vowel (« l'armée », « d'Alep », « qu'il »), and
spaCy's French tokenizer cuts every word after an apostrophe to split them off. The French press
also writes the Arabic ʿayn or hamza of a romanised name with an apostrophe (« Mas'ade »,
« Buq'ata », « Ma'arrat al-Nu'man », « Tall Rif’at »): such a name was cut in two and read as
« Mas » (another village) or not at all. The words a language elides are data (``elided_words``
of ``geo/rules/<lang>.yaml``); after any other capitalised word glued to the next by an
apostrophe, the two tokens are joined again. The text is not changed: offsets stay the text's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from geo.language_rules import rules_for

#: The apostrophes a text writes (straight and typographic).
APOSTROPHES = frozenset("'’")
#: Apostrophes written with a letter's code point (U+02BC, the modifier letter apostrophe, as some
#: sites' editors turn « d'Israël » into « dʼIsraël »): the tokenizer reads them as part of a word,
#: so « dʼIsrael » was one token and no place (round 23, a fresh development article).
LETTER_APOSTROPHES = frozenset("ʼ")


def letter_elisions(doc: Doc, elided: frozenset[str]) -> list[tuple[int, int]]:
    """(token index, cut) of the tokens that begin with an elided word and a letter apostrophe
    before a capitalised word (« dʼIsrael », « lʼIran »): cut after the apostrophe, as the
    tokenizer cuts « d’Israël »."""
    cuts = []
    for tok in doc:
        for cut, char in enumerate(tok.text[:-1], start=1):
            if char in LETTER_APOSTROPHES:
                if tok.text[:cut - 1].lower() in elided and tok.text[cut:cut + 1].isupper():
                    cuts.append((tok.i, cut))
                break
    return cuts


def inner_apostrophes(doc: Doc, elided: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) token spans of ``doc`` to join: a capitalised word ending in an apostrophe
    that is not one of the language's ``elided`` words (lower case), glued to a word after it
    (« Mas' » + « ade »); « L' » + « armée », « d' » + « Alep » stay cut."""
    spans = []
    i, n = 0, len(doc)
    while i < n - 1:
        tok, nxt = doc[i], doc[i + 1]
        stem = tok.text[:-1]
        if (tok.text[-1:] in APOSTROPHES and not tok.whitespace_ and stem.isalpha()
                and stem[:1].isupper() and stem.lower() not in elided and nxt.text[:1].isalpha()):
            spans.append((i, i + 2))
            i += 2
        else:
            i += 1
    return spans


def join_inner_apostrophes(doc: Doc) -> Doc:
    """Join in place the words ``doc``'s tokenizer cut at an inner apostrophe (see
    :func:`inner_apostrophes`), after cutting an elided word off at a letter apostrophe
    (:func:`letter_elisions`); ``doc``. A language with no ``elided_words`` is left alone."""
    elided = rules_for(doc.lang_).elided_words
    if not elided:
        return doc
    cuts = letter_elisions(doc, elided)
    if cuts:
        with doc.retokenize() as retokenizer:
            for i, cut in cuts:
                tok = doc[i]
                retokenizer.split(tok, [tok.text[:cut], tok.text[cut:]], heads=[(tok, 1), tok])
    spans = inner_apostrophes(doc, elided)
    if spans:
        with doc.retokenize() as retokenizer:
            for start, end in spans:
                retokenizer.merge(doc[start:end])
    return doc


class ElisionTokenizer:
    """A language's tokenizer followed by :func:`join_inner_apostrophes`: the pipeline's
    components (the statistical NER, the gazetteer) all read « Mas'ade » as one word. Anything
    else is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return join_inner_apostrophes(self.tokenizer(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["tokenizer"], name)


def with_elision(nlp: Language) -> Language:
    """``nlp`` whose tokenizer joins the words cut at an inner apostrophe, when its language elides
    words (``elided_words``); ``nlp`` unchanged otherwise."""
    if rules_for(nlp.lang).elided_words and not isinstance(nlp.tokenizer, ElisionTokenizer):
        nlp.tokenizer = ElisionTokenizer(nlp.tokenizer)
    return nlp
