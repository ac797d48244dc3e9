"""Tidy pandas tables from analysed Docs: one row per entity mention."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from spacy.tokens import Doc

MENTION_COLUMNS = (
    "doc_id",
    "sent",
    "label",
    "text",
    "value",
    "timex_type",
    "kb_id",
    "start_char",
    "end_char",
)


def mention_records(doc: Doc, doc_id: str | None = None) -> list[dict]:
    """One dict per entity of `doc`, with the columns of `MENTION_COLUMNS`."""
    sent_index = {}
    if doc.has_annotation("SENT_START"):
        for i, sent in enumerate(doc.sents):
            sent_index[sent.start] = i
    records = []
    current = -1
    starts = sorted(sent_index)
    for ent in doc.ents:
        if starts:
            while current + 1 < len(starts) and starts[current + 1] <= ent.start:
                current += 1
        records.append(
            {
                "doc_id": doc_id,
                "sent": current if starts else None,
                "label": ent.label_,
                "text": ent.text,
                "value": ent._.value,
                "timex_type": ent._.timex_type,
                "kb_id": ent.kb_id_ or None,
                "start_char": ent.start_char,
                "end_char": ent.end_char,
            }
        )
    return records


def mentions_frame(docs: Iterable[Doc], doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """A tidy mentions table for Docs analysed in memory (ids default to 0, 1, 2…)."""
    ids = iter(doc_ids) if doc_ids is not None else None
    rows: list[dict] = []
    for i, doc in enumerate(docs):
        rows.extend(mention_records(doc, next(ids) if ids is not None else str(i)))
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
