"""Tokenizer exceptions for Indonesian news: abbreviations that keep their periods."""

from __future__ import annotations

from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.symbols import ORTH
from spacy.util import update_exc

ABBREVIATIONS = [
    "Jl.",
    "No.",
    "Kab.",
    "Prov.",
    "dr.",
    "Dr.",
    "H.",
    "Hj.",
    "S.H.",
    "M.Si.",
    "dll.",
    "dsb.",
    "a.n.",
    "s.d.",
]

TOKENIZER_EXCEPTIONS = update_exc(BASE_EXCEPTIONS, {a: [{ORTH: a}] for a in ABBREVIATIONS})
