"""Custom attributes textkit adds to spaCy objects (registered once, on import)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from .labels import NAMED_LABELS

SPAN_EXTENSIONS = {
    # Normalized value: TIMEX3 value for DATE/TIME, canonical name for LOC/ORG/PER.
    "value": None,
    # TIMEX3 type for temporal entities: "DATE", "TIME", "DURATION" or "SET".
    "timex_type": None,
    # TIMEX3 mod of a temporal entity's modifier: "MID", "APPROX", "MORE_THAN"... or None.
    "timex_mod": None,
    # Statements (`doc.spans["quotes"]`): the cue word (`kata`, `mengatakan`, `menurut`),
    # True for a quoted text and False for indirect speech, the speaker's role as written.
    "cue": None,
    "direct": None,
    "role": None,
    # Token offsets (start, end) of a statement's speaker and affiliation among `doc.ents`;
    # read them as `span._.speaker` and `span._.affiliation`.
    "speaker_at": None,
    "affiliation_at": None,
}
DOC_EXTENSIONS = {
    # Publication date or datetime as an ISO 8601 string; anchors relative dates.
    "published": None,
    # Metadata of the article the Doc was made from (dict), when there is one.
    "article": None,
}


# spaCy keeps the value of a span extension registered with a default in `doc.user_data`
# under (USER_DATA_KEY, name, start_char, end_char) (`spacy.tokens.underscore`).
USER_DATA_KEY = "._."


def span_value(doc: Doc, name: str, start_char: int, end_char: int) -> Any:
    """`span._.<name>` of the span of `doc` at these character offsets, for a name of
    `SPAN_EXTENSIONS`, read from `doc.user_data` without making the span's `Underscore`
    (tables read a few values of thousands of spans)."""
    return doc.user_data.get((USER_DATA_KEY, name, start_char, end_char), SPAN_EXTENSIONS[name])


def identity(label: str, value: str | None, text: str) -> str | None:
    """The identity of an entity of `label` with this value and text (`Span._.entity`)."""
    if label not in NAMED_LABELS:
        return None
    return f"{label}:{value or ' '.join(text.split())}"


def entity_id(span: Span) -> str | None:
    """`Span._.entity`: the identity of a PER/ORG/LOC entity, its label and canonical name
    (`PER:Joko Widodo`, `ORG:Kementerian Pertahanan`; the text when there is no value), the
    same for every mention of one entity; None for other labels."""
    return identity(span.label_, span._.value, span.text)


def _entity_at(span: Span, where: tuple[int, int] | None) -> Span | None:
    if where is None:
        return None
    start, end = where
    for ent in span.doc.ents:
        if ent.start == start and ent.end == end:
            return ent
    return None


def speaker(span: Span) -> Span | None:
    """`Span._.speaker` of a statement: the entity (one of `doc.ents`, PER or ORG) that made it,
    the person a pronoun refers to; None when unknown."""
    return _entity_at(span, span._.speaker_at)


def affiliation(span: Span) -> Span | None:
    """`Span._.affiliation` of a statement: the ORG entity its speaker speaks for, if written."""
    return _entity_at(span, span._.affiliation_at)


def register() -> None:
    """Register textkit's extensions; safe to call more than once."""
    for cls, table in ((Span, SPAN_EXTENSIONS), (Doc, DOC_EXTENSIONS)):
        for name, default in table.items():
            if not cls.has_extension(name):
                cls.set_extension(name, default=default)
    for name, getter in (("entity", entity_id), ("speaker", speaker), ("affiliation", affiliation)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


register()
