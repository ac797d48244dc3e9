"""The rows of the mentions and statements tables from an analysed Doc, as dicts (no pandas:
batch workers build their Arrow batches from them; `textkit.frames` its DataFrames)."""

from __future__ import annotations

from spacy.tokens import Doc


def mention_records(doc: Doc, doc_id: str | None = None, section: str = "body") -> list[dict]:
    """One dict per entity of `doc`, with the columns of `MENTION_COLUMNS` (`section`: `title`
    or `body`, what the Doc is of; `entity` is the document's identity until `textkit.corpus`
    resolves it)."""
    starts = [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else []
    records = []
    current = -1
    for ent in doc.ents:
        while current + 1 < len(starts) and starts[current + 1] <= ent.start:
            current += 1
        ext = ent._
        entity = ext.entity
        records.append(
            {
                "doc_id": doc_id,
                "sent": current if starts else None,
                "label": ent.label_,
                "text": ent.text,
                "value": ext.value,
                "timex_type": ext.timex_type,
                "kb_id": ent.kb_id_ or None,
                "start_char": ent.start_char,
                "end_char": ent.end_char,
                "entity": entity,
                "section": section,
                "doc_entity": entity,
                "ambiguous": False if entity else None,
            }
        )
    return records


def quote_records(doc: Doc, doc_id: str | None = None, section: str = "body") -> list[dict]:
    """One dict per statement of `doc` (`doc.spans["quotes"]`), with the columns of
    `QUOTE_COLUMNS`; `section` says which part of the article the Doc is."""
    records = []
    for span in doc.spans.get("quotes", []):
        ext = span._
        speaker, affiliation = ext.speaker, ext.affiliation
        records.append(
            {
                "doc_id": doc_id,
                "start_char": span.start_char,
                "end_char": span.end_char,
                "text": span.text,
                "direct": bool(ext.direct),
                "cue": ext.cue,
                "speaker_text": speaker.text if speaker is not None else None,
                "speaker_entity": speaker._.entity if speaker is not None else None,
                "role": ext.role,
                "affiliation_entity": affiliation._.entity if affiliation is not None else None,
                "section": section,
            }
        )
    return records
