"""Component `textkit_linker` (placeholder, replaced by its issue)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("textkit_linker")
def textkit_linker(doc: Doc) -> Doc:
    return doc
