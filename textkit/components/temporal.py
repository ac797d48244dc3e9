"""Component `textkit_temporal` (placeholder, replaced by its issue)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("textkit_temporal")
def textkit_temporal(doc: Doc) -> Doc:
    return doc
