"""Indonesian news language data and the spaCy Language subclass that uses it."""

from __future__ import annotations

import re

from spacy.lang.id.lex_attrs import LEX_ATTRS
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.lang.id.syntax_iterators import SYNTAX_ITERATORS
from spacy.language import BaseDefaults, Language
from spacy.util import load_config_from_str

from .punctuation import ONE_WORD, TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from .tokenizer_exceptions import TOKENIZER_EXCEPTIONS

DEFAULT_CONFIG = """
[nlp]

[nlp.tokenizer]
@tokenizers = "textkit.tokenizer.v1"
"""


class IndonesianNewsDefaults(BaseDefaults):
    config = load_config_from_str(DEFAULT_CONFIG)
    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    prefixes = TOKENIZER_PREFIXES
    suffixes = TOKENIZER_SUFFIXES
    infixes = TOKENIZER_INFIXES
    token_match = re.compile(ONE_WORD).match
    lex_attr_getters = LEX_ATTRS
    stop_words = STOP_WORDS
    syntax_iterators = SYNTAX_ITERATORS


class IndonesianNews(Language):
    """Indonesian (`id`) tuned for news text; built without spaCy's 16k-word exception list."""

    lang = "id"
    Defaults = IndonesianNewsDefaults


# The tokenizer factory named in DEFAULT_CONFIG must be registered before a pipeline is built.
from .. import tokenizer as _tokenizer  # noqa: E402,F401

__all__ = ["IndonesianNews"]
