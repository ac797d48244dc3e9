"""Sentence splitting for Indonesian news (component `textkit_sentences`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Sentencizer


@Language.factory("textkit_sentences")
def make_sentences(nlp: Language, name: str) -> Sentencizer:
    # Placeholder until the Punkt + rules splitter lands (issue 2).
    return Sentencizer(name=name)
