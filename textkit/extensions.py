"""Custom attributes textkit adds to spaCy objects (registered once, on import)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_EXTENSIONS = {
    # Normalized value: TIMEX3 value for DATE/TIME, canonical name for LOC/ORG/PER.
    "value": None,
    # TIMEX3 type for temporal entities: "DATE", "TIME", "DURATION" or "SET".
    "timex_type": None,
}
DOC_EXTENSIONS = {
    # Publication date or datetime as an ISO 8601 string; anchors relative dates.
    "published": None,
    # Metadata of the article the Doc was made from (dict), when there is one.
    "article": None,
}


def register() -> None:
    """Register textkit's extensions; safe to call more than once."""
    for cls, table in ((Span, SPAN_EXTENSIONS), (Doc, DOC_EXTENSIONS)):
        for name, default in table.items():
            if not cls.has_extension(name):
                cls.set_extension(name, default=default)


register()
