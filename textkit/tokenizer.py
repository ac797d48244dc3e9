"""The textkit tokenizer for Indonesian news text, and quick reads of a Doc's tokens."""

from __future__ import annotations

from collections.abc import Callable

from spacy import util
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc


@util.registry.tokenizers("textkit.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Factory for the news tokenizer (registered as `textkit.tokenizer.v1`): spaCy's rule-based
    tokenizer with the `IndonesianNews` exceptions, prefixes, suffixes and infixes."""
    # The same as `spacy.Tokenizer.v1`; the own name keeps the shipped configs independent of it.
    return util.registry.tokenizers.get("spacy.Tokenizer.v1")()


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """The character offset and length of every token of `doc`."""
    if not len(doc):
        return [], []
    idx, length = doc.to_array([IDX, LENGTH]).T.tolist()
    return idx, length


def token_texts(doc: Doc) -> list[str]:
    """`[t.text for t in doc]`, read from the Doc's arrays: components that look at every token
    skip making a Token object for each (and `doc.text`, which makes one per token too)."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()] if len(doc) else []
