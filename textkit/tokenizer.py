"""The textkit tokenizer for Indonesian news text."""

from __future__ import annotations

from collections.abc import Callable

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer


@util.registry.tokenizers("textkit.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Factory for the news tokenizer (registered as `textkit.tokenizer.v1`): spaCy's rule-based
    tokenizer with the `IndonesianNews` exceptions, prefixes, suffixes and infixes."""
    # The same as `spacy.Tokenizer.v1`; the own name keeps the shipped configs independent of it.
    return util.registry.tokenizers.get("spacy.Tokenizer.v1")()
