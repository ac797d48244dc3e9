"""What a batch worker does: analyse a chunk of articles into document and mention rows."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from ..article import Article
from ..corpus import title_mentions
from ..dates import normalize_published
from ..frames import mention_records, quote_records
from ..pipeline import GRAMMAR_PIPES
from ..segments import BATCH_SIZE, pipe_texts, segment_length
from ..tables import DOCUMENTS_SCHEMA, MENTIONS_SCHEMA, QUOTES_SCHEMA

# Longer documents are analysed in pieces (`textkit.segments`), at most BATCH_CHARS per
# batch: bounded memory.
BATCH_CHARS = 200_000


@dataclass(frozen=True)
class WorkOptions:
    """How workers build and use their pipeline (sent along with every chunk)."""

    model: str | None = None  # model folder for `textkit.load`; None = the shipped one
    max_length: int | None = None  # longest text one Doc gets; None: `segment_length`
    batch_size: int = BATCH_SIZE  # Docs per `nlp.pipe` batch (fewer when they are long)
    recycle_docs: int | None = None  # reload a worker's pipeline after this many documents
    aliases: str | None = None  # the user's alias file for `textkit.load(aliases=...)`


@dataclass
class ChunkResult:
    """Rows for a chunk of articles as Arrow batches (compact to send and to keep)."""

    documents: pa.RecordBatch  # one row per article
    mentions: pa.RecordBatch
    words: int
    errors: int
    chars: int  # characters of analysed text
    quotes: pa.RecordBatch | None = None  # one row per statement

    @classmethod
    def from_rows(
        cls, documents: list[dict], mentions: list[dict], quotes: list[dict] | None = None
    ) -> ChunkResult:
        return cls(
            documents=pa.RecordBatch.from_pylist(documents, schema=DOCUMENTS_SCHEMA),
            mentions=pa.RecordBatch.from_pylist(mentions, schema=MENTIONS_SCHEMA),
            quotes=pa.RecordBatch.from_pylist(quotes or [], schema=QUOTES_SCHEMA),
            words=sum(row["n_words"] for row in documents),
            errors=sum(row["error"] is not None for row in documents),
            chars=sum(len(row["text"] or "") for row in documents),
        )


def worker_nlp(model: str | None, aliases: str | None = None) -> Language:
    """The pipeline of this process (loaded once per worker, whichever way it is asked for).

    Its own copy, not `textkit.load()`'s cached one, so recycling it leaves the caller's alone.
    """
    return _worker_nlp(model, aliases)


@functools.lru_cache(maxsize=2)
def _worker_nlp(model: str | None, aliases: str | None) -> Language:
    from ..pipeline import GRAMMAR, MODEL_DIR, build

    # The tables hold no grammar: workers leave its components out.
    return build(Path(model) if model else MODEL_DIR, aliases, exclude=[GRAMMAR])


# A short article that runs every component once (`warm_up`); invented.
WARM_UP_TEXT = (
    "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Wahyuni bertemu Gubernur Jawa Barat di "
    "Bandung, Senin (23/11/2020) pukul 14.30 WIB. Wahyuni mengatakan rapat itu berjalan baik."
)


WARM_UP_TITLE = "Menteri Keuangan Bertemu Gubernur Jawa Barat"


def warm_up(nlp: Language) -> None:
    """Run a worker's whole path once on a short article (`analyse_chunk`: `nlp` in a memory
    zone, rows, Arrow batches), so that what it builds or imports on first use is there before
    workers are forked from this process (or from the forkserver): the components' tables
    (gazetteer, identity), and pandas, which pyarrow imports when it first converts lists."""
    article = Article(doc_id="warm-up", title=WARM_UP_TITLE, body=WARM_UP_TEXT)
    analyse_chunk([(article, "")], WorkOptions(), nlp)


_analysed_here = 0  # documents this worker process analysed since its pipeline was loaded


def _recycle(documents: int, limit: int) -> None:
    """Drop this worker's pipeline after `limit` documents, to be loaded afresh.

    Its vocabulary and caches (tokenizer, components) grow with the corpus; reloading keeps
    a worker's memory bounded.
    """
    global _analysed_here
    _analysed_here += documents
    if _analysed_here >= limit:
        _analysed_here = 0
        _worker_nlp.cache_clear()


def count_words(doc: Doc) -> int:
    """Tokens that are words or numbers (not punctuation or whitespace)."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int((flags.sum(axis=1) == 0).sum())


def document_row(article: Article, content_hash: str) -> dict:
    """The documents-table row of an article, before analysis (`n_words` 0)."""
    error = article.error
    try:
        published = normalize_published(article.published)
    except ValueError as err:
        published, error = None, error or str(err)
    return {
        "doc_id": article.doc_id,
        "path": article.path,
        "title": article.title,
        "published": published,
        "source": article.source,
        "dateline": article.dateline,
        "authors": list(article.authors or []),
        "editors": list(article.editors or []),
        "url": article.url,
        "n_words": 0,
        "text": None if article.error else article.body,
        "error": error,
        "content_hash": content_hash,
        "copies": [],
    }


def _add_doc(row: dict, doc: Doc) -> tuple[list[dict], list[dict]]:
    """Count an analysed article's words into its row; return its mention and statement
    rows."""
    row["n_words"] = count_words(doc)
    text = doc.text  # read once: spaCy joins the tokens anew on every read
    mentions = mention_records(doc, row["doc_id"], text=text)
    return _table_rows(mentions), quote_records(doc, row["doc_id"], text=text)


def _table_rows(records: list[dict]) -> list[dict]:
    """Mention records as table rows: sentence -1 where there is none, values as strings."""
    for rec in records:
        if rec["sent"] is None:
            rec["sent"] = -1
        if rec["value"] is not None and not isinstance(rec["value"], str):
            rec["value"] = str(rec["value"])
    return records


def _analyse(
    nlp: Language, items: Sequence[tuple[Article, dict]], options: WorkOptions
) -> list[tuple[list[dict], list[dict]]]:
    """Mentions and statements per article, analysing all of them in one `nlp.pipe` stream
    (long bodies in pieces, `textkit.segments`)."""
    limit = segment_length(nlp, options.max_length)
    longest = max((min(len(article.body), limit) for article, _ in items), default=1)
    batch_size = max(1, min(options.batch_size, BATCH_CHARS // max(1, longest)))
    texts, owners = [], []  # owners: (article index, section) of each text
    for i, (article, row) in enumerate(items):
        texts.append((article.body, {"published": row["published"]}))
        owners.append((i, "body"))
        if (article.title or "").strip():
            texts.append((article.title, {"published": row["published"]}))
            owners.append((i, "title"))
    docs = pipe_texts(nlp, texts, batch_size=batch_size, max_length=options.max_length)
    found: list[tuple[list[dict], list[dict]]] = [([], []) for _ in items]
    for (i, section), doc in zip(owners, docs, strict=True):
        row, (mentions, quotes) = items[i][1], found[i]
        if section == "body":
            body_mentions, body_quotes = _add_doc(row, doc)
            mentions.extend(body_mentions)
            quotes.extend(body_quotes)
        else:
            mentions.extend(_title_records(row, doc))
    return found


def _title_records(row: dict, doc: Doc) -> list[dict]:
    """The mention rows of an article's title (`section` `title`, offsets into the title,
    sentence -1): the names `corpus.title_mentions` keeps."""
    records = mention_records(doc, row["doc_id"], section="title")
    kept = title_mentions(records, row["title"], row["text"] or "")
    return _table_rows([{**rec, "sent": None} for rec in kept])


def _analyse_bounded(
    nlp: Language, items: Sequence[tuple[Article, dict]], options: WorkOptions, zone: bool
) -> list[tuple[list[dict], list[dict]]]:
    """`_analyse`, in a spaCy memory zone if `zone`: the words the chunk added to the
    vocabulary (and the tokenizer's cache) are dropped afterwards, so the pipeline's memory
    does not grow with the corpus. The grammar components of a pipeline passed in do not run:
    the tables do not use them."""
    unused = [name for name in GRAMMAR_PIPES if name in nlp.pipe_names]
    bounded = nlp.memory_zone() if zone else contextlib.nullcontext()
    with bounded, nlp.select_pipes(disable=unused):
        return _analyse(nlp, items, options)


def analyse_chunk(
    chunk: Sequence[tuple[Article, str]], options: WorkOptions, nlp: Language | None = None
) -> ChunkResult:
    """Analyse `(article, content_hash)` pairs; a failing article becomes an error row.

    Memory stays bounded: the batch's own pipeline is reloaded every `recycle_docs` documents,
    a caller's `nlp` (or one never reloaded) analyses each chunk in a memory zone. Not both: a
    zone per chunk makes the pipeline look up the words of every chunk afresh, about a tenth
    of the analysis time (`benchmarks/batch.py --versus-pipe --stages`).
    """
    recycled = nlp is None and bool(options.recycle_docs)
    if recycled:
        _recycle(len(chunk), options.recycle_docs)
    nlp = nlp or worker_nlp(options.model, options.aliases)
    rows = [document_row(article, digest) for article, digest in chunk]
    todo: list[tuple[Article, dict]] = []
    for (article, _), row in zip(chunk, rows, strict=True):
        if row["error"] is None and not article.body.strip():
            row["error"] = "empty document"
        if row["error"] is None:
            todo.append((article, row))
    try:
        found = _analyse_bounded(nlp, todo, options, zone=not recycled)
    except Exception:  # one bad article must not sink the chunk: retry them one by one
        found = []
        for article, row in todo:
            row["n_words"] = 0
            try:
                found.extend(_analyse_bounded(nlp, [(article, row)], options, zone=not recycled))
            except Exception as err:
                row["n_words"] = 0
                row["error"] = f"analysis failed: {type(err).__name__}: {err}"
                row["content_hash"] = None  # not done: the next run tries it again
                found.append(([], []))
    mentions = [rec for recs, _ in found for rec in recs]
    quotes = [rec for _, recs in found for rec in recs]
    return ChunkResult.from_rows(rows, mentions, quotes)
