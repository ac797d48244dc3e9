"""Component `textkit_linker`: canonical names (`ent._.value`) and codes (`ent.kb_id_`) for
every LOC and ORG entity, whichever component found it. Temporal entities are left alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import organizations, places
from ..factories import factory

LINKED_LABELS = ("LOC", "ORG")


@functools.lru_cache(maxsize=8192)
def link(label: str, text: str) -> tuple[str | None, str]:
    """(canonical name, code) for an entity's label and text; (None, "") when unknown (cached:
    the identity component and the linker ask for the same names)."""
    if label == "LOC":
        place = places.lookup(text)
        return (place.name, place.code) if place else (None, "")
    if label == "ORG":
        org = organizations.lookup(text)
        if org is not None:
            return org.name, ""
        # A state acting as an organization (`Uni Emirat Arab menolak …`) is still that state.
        place = places.lookup(text)
        if place is not None and place.type == "country":
            return place.name, place.code
    return None, ""


def textkit_linker(doc: Doc) -> Doc:
    """Set `ent._.value` and `ent.kb_id_` of LOC and ORG entities that have none yet."""
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ not in LINKED_LABELS or ent._.value is not None:
            continue
        value, kb_id = link(ent.label_, ent.text)
        if value is None:
            continue
        if kb_id and ent.kb_id_ != kb_id:
            ents[i] = Span(doc, ent.start, ent.end, label=ent.label, kb_id=kb_id)
            changed = True
        ents[i]._.value = value
    if changed:
        doc.ents = ents
    return doc


@factory("textkit_linker", assigns=["doc.ents", "span._.value"], default_config={})
def make_linker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Link LOC and ORG entities to canonical names and place codes (`textkit_linker`)."""
    return textkit_linker
