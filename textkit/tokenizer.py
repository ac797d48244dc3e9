"""The textkit tokenizer for Indonesian news text, and quick reads of a Doc's tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy import util
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .normalize import normalize_text


class NewsTokenizer(Tokenizer):
    """spaCy's rule-based tokenizer reading text through `textkit.normalize.normalize_text`:
    `nlp(text).text` is the normalised text, which entity offsets index."""

    def __call__(self, text: str) -> Doc:
        return super().__call__(normalize_text(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


@util.registry.tokenizers("textkit.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Factory for the news tokenizer (registered as `textkit.tokenizer.v1`): spaCy's rule-based
    tokenizer with the `IndonesianNews` exceptions, prefixes, suffixes and infixes, after text
    normalisation (`NewsTokenizer`)."""

    def make(nlp: Language) -> Tokenizer:
        # textkit's rules even where spaCy builds the Language (`spacy.load` of a saved
        # pipeline makes spaCy's own `id` class, whose defaults differ).
        from .lang import IndonesianNewsDefaults as defaults

        return NewsTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


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
