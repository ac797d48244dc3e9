"""Texts longer than one Doc may hold: split at paragraphs, analysed piece by piece, joined.

Every entry point (`textkit.analyze`, `analyze_articles`, `textkit batch`) cuts long text
with `split_text`, so no file is too long to analyse.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc

# Where a paragraph too long for one Doc may be cut, best first: after a sentence, at a space.
_CUT_POINTS = (re.compile(r"[.!?]\s+"), re.compile(r"\s+"))
# Longer texts are analysed in pieces of at most this many characters (or the pipeline's
# max_length, when smaller): bounded memory.
SEGMENT_CHARS = 100_000
# The shortest piece length accepted (`--max-length`): a paragraph of news text fits.
MIN_SEGMENT_CHARS = 1_000
# Docs per batch of `nlp.pipe` when the caller names none (spaCy's config says 1,000): the NER
# model reads news articles no faster in bigger batches, and memory grows with the batch
# (`python benchmarks/components.py --batch-sizes ...`, docs/design/speed.md).
BATCH_SIZE = 32


def _cut(text: str, limit: int) -> int:
    """Where to end the first piece of `text` so that it is at most `limit` characters."""
    for pattern in _CUT_POINTS:
        ends = [m.end() for m in pattern.finditer(text, 0, limit) if m.end() <= limit]
        if ends and ends[-1] > 0:
            return ends[-1]
    return limit


def split_text(text: str, max_length: int) -> list[tuple[int, str]]:
    """`(offset, piece)` pairs covering `text` exactly, each at most `max_length` characters.

    Pieces end at paragraph boundaries (line breaks) where possible, else after a
    sentence or at a space, so that joining them gives `text` back.
    """
    if max_length < 1:
        raise ValueError(f"max_length must be positive, got {max_length}")
    if len(text) <= max_length:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0  # offset of the piece being built
    size = 0
    for para in text.splitlines(keepends=True):
        if size and size + len(para) > max_length:
            pieces.append((start, text[start : start + size]))
            start, size = start + size, 0
        while len(para) > max_length:
            end = _cut(para, max_length)
            pieces.append((start, para[:end]))
            start, para = start + end, para[end:]
        size += len(para)
    if size:
        pieces.append((start, text[start : start + size]))
    return pieces


def check_max_length(max_length: int | None) -> int | None:
    """`max_length` itself when usable (None or at least MIN_SEGMENT_CHARS), else an error."""
    if max_length is None:
        return None
    if isinstance(max_length, bool) or not isinstance(max_length, int):
        raise TypeError(f"max_length must be an int, got {type(max_length).__name__}")
    if max_length < MIN_SEGMENT_CHARS:
        raise ValueError(
            f"max_length must be at least {MIN_SEGMENT_CHARS:,} characters, got {max_length:,}"
        )
    return max_length


def segment_length(nlp: Language, max_length: int | None = None) -> int:
    """The longest piece a text is analysed in: `max_length`, else the pipeline's limit
    capped at SEGMENT_CHARS."""
    return check_max_length(max_length) or min(nlp.max_length, SEGMENT_CHARS)


def _piece_docs(
    nlp: Language, items: Iterable[tuple[str, Mapping[str, object]]], limit: int
) -> Iterator[tuple[Doc, tuple[int, int]]]:
    for i, (text, attrs) in enumerate(items):
        pieces = split_text(text, limit)
        for _, piece in pieces:
            doc = nlp.make_doc(piece)
            for name, value in attrs.items():
                setattr(doc._, name, value)
            yield doc, (i, len(pieces))


def pipe_texts(
    nlp: Language,
    items: Iterable[tuple[str, Mapping[str, object]]],
    batch_size: int = BATCH_SIZE,
    max_length: int | None = None,
) -> Iterator[Doc]:
    """The analysed Doc of each `(text, Doc extension values)` pair, in order.

    Texts longer than `segment_length` are analysed in pieces cut by `split_text` and
    joined back into one Doc whose text (and entity offsets) are those of the whole text.
    """
    limit = segment_length(nlp, max_length)
    pieces: list[Doc] = []
    for doc, (_, count) in nlp.pipe(
        _piece_docs(nlp, items, limit), as_tuples=True, batch_size=batch_size
    ):
        pieces.append(doc)
        if len(pieces) == count:
            yield pieces[0] if count == 1 else _join(pieces)
            pieces = []


def _join(pieces: list[Doc]) -> Doc:
    with warnings.catch_warnings():  # W101: doc-level extensions, copied below
        warnings.filterwarnings("ignore", message=r"\[W101\]")
        doc = Doc.from_docs(pieces, ensure_whitespace=False)
    for key, value in pieces[0].user_data.items():  # doc-level extension values
        if isinstance(key, tuple) and len(key) == 4 and key[2] is None and key[3] is None:
            doc.user_data[key] = value
    return doc
