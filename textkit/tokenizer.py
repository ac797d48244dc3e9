"""The textkit tokenizer for Indonesian news text."""

from __future__ import annotations

from collections.abc import Callable

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer


@util.registry.tokenizers("textkit.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Factory for the news tokenizer (registered as `textkit.tokenizer.v1`)."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory
