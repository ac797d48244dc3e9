"""Component `textkit_temporal`: dates and times as DATE/TIME entities with TIMEX3 values."""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..factories import factory
from ..labels import NAMED_LABELS
from ..temporal import Timex, extract


def is_name_over(ent: Span, span: Span) -> bool:
    """Whether `ent` is a name that holds `span` and goes beyond it with capitalized words.

    `Pasar Minggu` (LOC) keeps `Minggu`; `Senin` tagged PER on its own does not.
    """
    if ent.label_ not in NAMED_LABELS:
        return False
    outside = [t for t in ent if t.i < span.start or t.i >= span.end]
    if any(t.is_punct for t in outside):
        return False  # "Jakarta, Rabu" is a place glued to a date, not one name
    return any(t.is_alpha and t.text[:1].isupper() for t in outside)


def timex_spans(doc: Doc, timexes: list[Timex]) -> list[Span]:
    """Spans of `doc` for the timexes (expanded to whole tokens), with label, type and value."""
    spans = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        span = Span(doc, span.start, span.end, label="TIME" if timex.type == "TIME" else "DATE")
        span._.timex_type = timex.type
        span._.value = timex.value
        span._.timex_mod = timex.mod
        spans.append(span)
    return filter_spans(spans)


def merge_entities(existing: tuple[Span, ...], temporal: list[Span]) -> list[Span]:
    """Temporal spans win over overlapping entities, except names that extend beyond them.

    A name that only runs into lower-case temporal words (`Bandara Kertajati sebulan`) is
    trimmed back to its own words rather than dropped.
    """
    kept_temporal = []
    replaced: dict[int, Span | None] = {}
    ends = [e.end for e in existing]  # doc.ents are sorted and do not overlap
    for span in temporal:
        overlapping = []
        i = bisect.bisect_right(ends, span.start)
        while i < len(existing) and existing[i].start < span.end:
            overlapping.append(i)
            i += 1
        if any(
            is_name_over(existing[j], span) and not _runs_into(existing[j], span)
            for j in overlapping
        ):
            continue
        kept_temporal.append(span)
        for j in overlapping:
            current = replaced.get(j, existing[j])
            if current is not None and current.start < span.end and span.start < current.end:
                replaced[j] = _trimmed(current, span) if is_name_over(current, span) else None
    others = [replaced.get(i, e) for i, e in enumerate(existing)]
    return sorted([e for e in others if e is not None] + kept_temporal, key=lambda s: s.start)


def _runs_into(ent: Span, span: Span) -> bool:
    """Whether the part of `ent` inside `span` is only lower-case words (a tagging slip)."""
    inside = [t for t in ent if span.start <= t.i < span.end]
    return all(t.is_alpha and t.is_lower for t in inside)


def _trimmed(ent: Span, span: Span) -> Span | None:
    """`ent` without the tokens it shares with `span` (None if nothing sensible is left)."""
    start, end = ent.start, ent.end
    if start < span.start:
        end = min(end, span.start)
    else:
        start = max(start, span.end)
    if start >= end:
        return None
    trimmed = Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id)
    trimmed._.value = ent._.value
    return trimmed


class TemporalTagger:
    """Finds temporal expressions and adds them to `doc.ents` (anchored on `doc._.published`)."""

    def __init__(self, nlp: Language, name: str = "textkit_temporal"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy rebuilds it from every token on each read
        if not text.strip():
            return doc
        anchor = doc._.published
        try:
            timexes = extract(text, anchor)
        except ValueError:
            # A malformed publication date should not lose the dates in the text.
            timexes = extract(text, None)
        spans = timex_spans(doc, timexes)
        if spans:
            doc.ents = merge_entities(tuple(doc.ents), spans)
        return doc


@factory(
    "textkit_temporal",
    assigns=["doc.ents", "span._.value", "span._.timex_type", "span._.timex_mod"],
    default_config={},
)
def make_temporal(nlp: Language, name: str) -> TemporalTagger:
    """Factory of the temporal component (TIMEX3 dates, times, durations and sets)."""
    return TemporalTagger(nlp, name)
