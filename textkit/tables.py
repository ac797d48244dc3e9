"""The output tables (`documents`, `mentions`, `quotes`, `entities`): their columns and Arrow
types.

The one definition of the columns: `textkit batch` writes Parquet with these schemas, and the
in-memory tables of `textkit.frames` have the same columns in the same order.
"""

from __future__ import annotations

import pyarrow as pa

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("path", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),  # ISO 8601 date or datetime
        ("source", pa.string()),
        ("dateline", pa.string()),
        ("authors", pa.list_(pa.string())),
        ("editors", pa.list_(pa.string())),
        ("url", pa.string()),
        ("n_words", pa.int64()),
        ("text", pa.string()),
        ("error", pa.string()),
        # What the row was made from: reruns skip unchanged; null = failed, retry.
        ("content_hash", pa.string()),
        # Paths of inputs with the same content (copies, links), counted once: this row.
        ("copies", pa.list_(pa.string())),
    ]
)
MENTIONS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("sent", pa.int64()),
        ("label", pa.string()),
        ("text", pa.string()),
        ("value", pa.string()),
        ("timex_type", pa.string()),
        ("kb_id", pa.string()),
        ("start_char", pa.int64()),
        ("end_char", pa.int64()),
        ("entity", pa.string()),  # corpus identity: `PER:Joko Widodo` (PER/ORG/LOC only)
        ("section", pa.string()),  # `title` or `body`
        ("doc_entity", pa.string()),  # the identity within its document, before `corpus.resolve`
        ("ambiguous", pa.bool_()),  # a short name that fits several entities of the corpus
    ]
)
QUOTES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("start_char", pa.int64()),
        ("end_char", pa.int64()),
        ("text", pa.string()),
        ("direct", pa.bool_()),
        ("cue", pa.string()),
        ("speaker_text", pa.string()),
        ("speaker_entity", pa.string()),  # corpus identity of the speaker: `PER:Joko Widodo`
        ("role", pa.string()),
        ("affiliation_entity", pa.string()),
        ("section", pa.string()),  # the part of the article: `body`
        # The identities within the article, before `corpus.resolve` (as `doc_entity` of a
        # mention); `speaker_entity` and `affiliation_entity` are the corpus identities.
        ("speaker_doc_entity", pa.string()),
        ("affiliation_doc_entity", pa.string()),
    ]
)
ENTITIES_SCHEMA = pa.schema(
    [
        ("entity", pa.string()),
        ("label", pa.string()),
        ("name", pa.string()),
        ("aliases", pa.list_(pa.string())),
        ("alias_counts", pa.list_(pa.int64())),
        ("labels", pa.list_(pa.string())),  # labels of its mentions before the corpus vote
        ("label_counts", pa.list_(pa.int64())),
        ("ambiguous", pa.bool_()),
        ("mentions", pa.int64()),
        ("quotes", pa.int64()),  # statements by the entity
        ("documents", pa.int64()),
        ("first_published", pa.timestamp("ns")),  # first and last publication date of its documents
        ("last_published", pa.timestamp("ns")),
    ]
)

DOCUMENT_COLUMNS = tuple(DOCUMENTS_SCHEMA.names)
MENTION_COLUMNS = tuple(MENTIONS_SCHEMA.names)
QUOTE_COLUMNS = tuple(QUOTES_SCHEMA.names)
ENTITY_COLUMNS = tuple(ENTITIES_SCHEMA.names)
