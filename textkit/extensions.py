"""Custom attributes textkit adds to spaCy objects (registered once, on import)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .labels import NAMED_LABELS

SPAN_EXTENSIONS = {
    # Normalized value: TIMEX3 value for DATE/TIME, canonical name for LOC/ORG/PER.
    "value": None,
    # TIMEX3 type for temporal entities: "DATE", "TIME", "DURATION" or "SET".
    "timex_type": None,
    # TIMEX3 mod of a temporal entity's modifier: "MID", "APPROX", "MORE_THAN"... or None.
    "timex_mod": None,
}
DOC_EXTENSIONS = {
    # Publication date or datetime as an ISO 8601 string; anchors relative dates.
    "published": None,
    # Metadata of the article the Doc was made from (dict), when there is one.
    "article": None,
}


def entity_id(span: Span) -> str | None:
    """`Span._.entity`: the identity of a PER/ORG/LOC entity, its label and canonical name
    (`PER:Joko Widodo`, `ORG:Kementerian Pertahanan`; the text when there is no value), the
    same for every mention of one entity; None for other labels."""
    if span.label_ not in NAMED_LABELS:
        return None
    return f"{span.label_}:{span._.value or ' '.join(span.text.split())}"


def register() -> None:
    """Register textkit's extensions; safe to call more than once."""
    for cls, table in ((Span, SPAN_EXTENSIONS), (Doc, DOC_EXTENSIONS)):
        for name, default in table.items():
            if not cls.has_extension(name):
                cls.set_extension(name, default=default)
    if not Span.has_extension("entity"):
        Span.set_extension("entity", getter=entity_id)


register()
