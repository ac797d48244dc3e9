"""Tokenizer exceptions for Indonesian news: abbreviations that keep their periods.

spaCy's Indonesian exceptions are reused without the ~16,000 listed reduplicated words
(`anak-anak`, ...): the hyphen rules in `punctuation.py` keep every such word whole, listed or
not, and skipping the list makes the tokenizer quick to build.
"""

from __future__ import annotations

from spacy.lang.id._tokenizer_exceptions_list import ID_BASE_EXCEPTIONS
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS as ID_EXCEPTIONS
from spacy.symbols import ORTH
from spacy.util import update_exc

from .abbreviations import written_forms

_LISTED = {word.lower() for word in ID_BASE_EXCEPTIONS}


_id_exc = {
    orth: tokens
    for orth, tokens in ID_EXCEPTIONS.items()
    if "-" not in orth and " " not in orth and orth.lower() not in _LISTED
}
_abbrev_exc = {form: [{ORTH: form}] for form in written_forms()}

TOKENIZER_EXCEPTIONS = update_exc(_id_exc, _abbrev_exc)

# Every abbreviation kept whole with its final period: textkit's forms and spaCy's (`Plt.`,
# `S.Hut.`, `Jan.`, `a.`); the sentence splitter knows exactly these.
ABBREVIATION_FORMS: frozenset[str] = frozenset(
    orth
    for orth, tokens in TOKENIZER_EXCEPTIONS.items()
    if len(tokens) == 1 and orth.endswith(".") and orth[-2:-1].isalpha()
)
