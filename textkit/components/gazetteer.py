"""Component `textkit_gazetteer` (placeholder, replaced by its issue)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("textkit_gazetteer")
def textkit_gazetteer(doc: Doc) -> Doc:
    return doc
