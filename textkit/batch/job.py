"""A batch run: a corpus folder in, `documents.parquet` and `mentions.parquet` out."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
from spacy.language import Language

from ..article import Article, read_articles
from ..io import MAX_BYTES, check_field_map
from ..pipeline import model_path
from ..segments import check_max_length
from .engines import ENGINES, POOL_CHUNKS_PER_WORKER, early_workers, run_dask, run_local
from .store import RUN_JSON, Store, write_json
from .work import ChunkResult, WorkOptions

CHUNK_DOCS = 32  # articles per task sent to a worker
CHUNK_CHARS = 200_000  # …or fewer when they are long
PART_DOCS = 1000  # documents per committed part
PART_CHARS = 32_000_000  # …or fewer when they are long
RECYCLE_DOCS = 2000  # a process reloads its pipeline after this many (not a passed-in `nlp`)

# textkit's own files, part of the pipeline fingerprint: a change to a rule redoes the documents.
SOURCE_DIR = Path(__file__).resolve().parent.parent
SOURCE_SKIP_TOP = frozenset({"models"})  # hashed as the model folder
SOURCE_SKIP_DIRS = frozenset({"__pycache__"})
SOURCE_SKIP_SUFFIXES = frozenset({".pyc", ".pyo"})


@dataclass
class RunSummary:
    """What a batch run did (also written to `OUT/run.json`)."""

    corpus: str
    out: str
    corpus_root: str = ""  # the corpus as an absolute path: another one is refused
    engine: str = "local"
    workers: int = 1
    documents: int = 0  # input documents seen
    analysed: int = 0  # new or changed, processed in this run
    unchanged: int = 0  # unchanged since an earlier run, not analysed again
    moved: int = 0  # of the unchanged, those whose path changed (updated in the table)
    errors: int = 0  # of the processed, those with an error row
    mentions: int = 0  # mention rows written in this run
    words: int = 0  # words of the processed documents
    removed: int = 0  # rows dropped because their input is gone
    duplicates: list[str] = field(default_factory=list)  # doc_ids met twice (later ones skipped)
    # inputs with the content of an earlier one (copies, links): `doc_id` -> the first's doc_id
    same_content: dict[str, str] = field(default_factory=dict)
    elapsed: float = 0.0
    interrupted: bool = False
    table_documents: int = 0  # rows in documents.parquet after the run
    table_errors: int = 0
    table_mentions: int = 0
    started: str = ""
    pipeline: str = ""

    @property
    def docs_per_s(self) -> float:
        return self.analysed / self.elapsed if self.elapsed else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.elapsed if self.elapsed else 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        data["docs_per_s"] = round(self.docs_per_s, 2)
        data["words_per_s"] = round(self.words_per_s, 1)
        data["elapsed"] = round(self.elapsed, 3)
        return data

    def format(self) -> str:
        """A few human-readable lines for the end of a run."""
        state = "interrupted" if self.interrupted else "done"
        lines = [
            f"batch {state}: {_count(self.documents, 'document')} ({self.analysed:,} analysed, "
            f"{self.unchanged:,} unchanged, {_count(self.errors, 'error')}), "
            f"{_count(self.mentions, 'mention')}, {_count(self.words, 'word')} in "
            f"{self.elapsed:.1f} s ({self.docs_per_s:.1f} docs/s, {self.words_per_s:,.0f} words/s)",
        ]
        if self.moved:
            lines.append(f"updated the path of {_count(self.moved, 'moved document')}")
        if self.removed:
            lines.append(f"removed {_count(self.removed, 'row')} whose input is gone")
        if self.duplicates:
            shown = ", ".join(self.duplicates[:5]) + (" …" if len(self.duplicates) > 5 else "")
            lines.append(f"skipped {len(self.duplicates):,} repeated doc_ids: {shown}")
        if self.same_content:
            pairs = [f"{copy} (= {first})" for copy, first in self.same_content.items()]
            shown = ", ".join(pairs[:5]) + (" …" if len(pairs) > 5 else "")
            lines.append(f"counted {_count(len(pairs), 'copy')} once: {shown}")
        if self.interrupted:
            lines.append(f"finished chunks are saved; rerun into {self.out} to complete the job")
        else:
            lines.append(
                f"{self.out}: {_count(self.table_documents, 'document')} "
                f"({_count(self.table_errors, 'error')}), {_count(self.table_mentions, 'mention')}"
            )
        return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    """`1 error`, `2 errors`."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


class CorpusChanged(ValueError):
    """An output folder that holds the tables of another corpus (`replace=True` to replace)."""


def check_corpus(store: Store, corpus_root: Path, has_rows: bool) -> None:
    """CorpusChanged when `store` holds rows of another corpus than `corpus_root`, one still
    there: a run would drop all of its rows as gone. A corpus folder that moved (its recorded
    place is gone), and files moved or deleted within it, are no change."""
    recorded = store.recorded_corpus()
    if has_rows and recorded is not None and recorded != corpus_root and recorded.exists():
        raise CorpusChanged(
            f"{store.out} holds the tables of another corpus ({recorded}); this run reads "
            f"{corpus_root}. Choose another --out, or pass --replace to replace those tables "
            "with this corpus's"
        )


def resolve_workers(workers: int) -> int:
    """The number of worker processes: `workers` itself, or all cores for -1."""
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int, got {type(workers).__name__}")
    if workers == -1:
        return available_cores()
    if workers < 1:
        raise ValueError(f"workers must be at least 1 (or -1 for all cores), got {workers}")
    return workers


def available_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def source_digest(root: Path) -> str:
    """A digest of the code and data files below `root` (names and bytes).

    Skipped: caches (`__pycache__`, hidden folders), bytecode and the `models` folder, which
    `pipeline_fingerprint` hashes on its own (or the model passed instead of it).
    """
    digest = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and _is_source(p, root)):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _is_source(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return not (
        parts[0] in SOURCE_SKIP_TOP
        or any(part in SOURCE_SKIP_DIRS or part.startswith(".") for part in parts)
        or path.suffix in SOURCE_SKIP_SUFFIXES
    )


@functools.lru_cache(maxsize=4)
def _cached_source_digest(root: Path) -> str:
    return source_digest(root)


def pipeline_fingerprint(model: str | None = None, aliases: str | Path | None = None) -> str:
    """A digest of what produces the rows; a change redoes all.

    Covers the textkit version, textkit's own code and data files (rules, language data,
    gazetteer tables; hashed once per process) and the model files.
    """
    from .. import __version__
    from ..pipeline import MODEL_DIR

    digest = hashlib.sha1(__version__.encode())
    digest.update(_cached_source_digest(SOURCE_DIR).encode())
    if aliases:  # the user's alias file (`--aliases`)
        digest.update(Path(aliases).read_bytes())
    folder = Path(model) if model else MODEL_DIR
    if folder.is_dir():
        # Documentation beside the model (its card) does not change what it produces.
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".md"):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_hash(article: Article, fingerprint: str) -> str:
    """A digest of an article's parts and the pipeline, to tell unchanged documents.

    The path is left out, so that the same corpus named another way (relative or
    absolute, moved) is not analysed again.
    """
    parts = article.to_dict()
    parts.pop("path", None)
    data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1((fingerprint + data).encode("utf-8", "surrogatepass")).hexdigest()


def _chunks(items: Iterable[tuple[Article, str]]) -> Iterator[list[tuple[Article, str]]]:
    chunk: list[tuple[Article, str]] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item[0].body)
        if len(chunk) >= CHUNK_DOCS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _progress(show: bool | None):
    from tqdm import tqdm

    if show is None:
        show = sys.stderr.isatty()
    return tqdm(unit="doc", desc="batch", disable=not show, file=sys.stderr, smoothing=0.1)


def run(
    corpus: str | Path,
    out: str | Path,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    model: str | None = None,
    max_length: int | None = None,
    nlp: Language | None = None,
    force: bool = False,
    keep_removed: bool = False,
    progress: bool | None = None,
    aliases: str | Path | None = None,
    replace: bool = False,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> RunSummary:
    """Analyse every document below `corpus` into tables in the folder `out`.

    Documents already in `out` with the same content (and pipeline) are skipped, new and
    changed ones are analysed, and rows of inputs that are gone are dropped (kept with
    `keep_removed`, or when the corpus has no documents at all). `workers` processes
    share the work (`engine="local"`; they are spawned, so a script calling this needs
    an `if __name__ == "__main__":` guard), or a Dask cluster does (`engine="dask"`, at
    `scheduler` or a local one). `nlp` (a loaded pipeline) is only used in this process,
    with `workers=1` and the local engine; workers load `textkit.load(model)`.
    `max_length` caps the characters per Doc (default: 100,000, or the pipeline's
    `max_length` when smaller); longer documents are split at paragraphs. `progress`
    shows a progress bar (default: when stderr is a terminal). An `out` that holds the
    tables of another corpus is refused (CorpusChanged) unless `replace`. `field_map` names
    the JSON/CSV field of a canonical one (`{"text": "isi"}`); files larger than `max_bytes`
    are error rows (`textkit.io`). Ctrl-C or a crash keeps
    the previous tables valid; the next run completes the job.
    """
    started = time.perf_counter()
    corpus = Path(corpus)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if nlp is not None and (workers > 1 or engine != "local"):
        raise ValueError("nlp= needs workers=1 and the local engine; use model= for workers")
    workers = resolve_workers(workers)
    check_max_length(max_length)
    check_field_map(field_map)
    if model is not None:
        model_path(model)
    options = WorkOptions(
        model=model,
        max_length=max_length,
        recycle_docs=RECYCLE_DOCS,
        aliases=str(Path(aliases).resolve()) if aliases else None,
    )
    store = Store(out)
    # Workers that are sure to be needed start before the corpus is read, and before any
    # thread does (they may be forked from this process, `engines.start_workers`).
    early = engine == "local" and nlp is None and _sure_to_use_a_pool(corpus, store, workers)
    with store.lock(), early_workers(workers, options, early) as pool:
        store.clean_temp()
        if not store.tables_usable():
            if not force:
                raise ValueError(
                    f"{store.out} holds tables that textkit batch did not write, or another "
                    "version did: choose another --out, or --force to replace them"
                )
            store.ignore_tables = True
        done = store.done()
        if not replace:
            check_corpus(store, corpus.resolve(), bool(done))
        fingerprint = pipeline_fingerprint(model, aliases)
        done = {} if force else done
        summary = RunSummary(
            corpus=str(corpus),
            out=str(store.out),
            corpus_root=str(corpus.resolve()),
            engine=engine,
            workers=workers,
            started=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            pipeline=fingerprint,
        )
        seen: set[str] = set()
        paths: dict[str, str] = {}  # doc_id -> path of the unchanged documents
        copies: dict[str, list[str]] = {}  # doc_id -> paths of inputs with its content
        articles = _unique(
            read_articles(corpus, field_map=field_map, max_bytes=max_bytes), summary, copies
        )
        chunks = _chunks(_pending(articles, done, fingerprint, summary, seen, paths))
        if engine == "dask":
            results = run_dask(chunks, options, workers, scheduler)
        else:  # before the progress bar, which starts a thread
            results = run_local(chunks, options, workers, nlp, pool)
        try:
            with _progress(progress) as bar:
                _save(results, store, summary, bar)
        except BaseException:
            summary.interrupted = True
            summary.elapsed = time.perf_counter() - started
            raise
        # An empty corpus is more likely an unmounted disk than a wish to drop every row.
        keep_removed = keep_removed or not seen
        summary.removed = 0 if keep_removed else sum(1 for doc_id in done if doc_id not in seen)
        missing = not all(p.exists() for p in (store.documents, store.mentions, store.quotes))
        if store.parts() or summary.removed or store.ignore_tables or missing:
            store.merge(None if keep_removed else seen)
        summary.moved = store.update_paths(paths, copies)
        summary.table_documents, summary.table_errors, summary.table_mentions = store.totals()
        summary.elapsed = time.perf_counter() - started
        write_json(summary.to_dict(), store.out / RUN_JSON)
        return summary


def _unique(
    articles: Iterable[Article], summary: RunSummary, copies: dict[str, list[str]]
) -> Iterator[Article]:
    """`articles` without those whose content an earlier one has (a copy, a link to one):
    those are noted in `summary.same_content` and in `copies` of the first."""
    first: dict[str, Article] = {}  # content digest -> the first article with it
    for article in articles:
        if article.error is not None:
            yield article
            continue
        parts = article.to_dict()
        for name in ("doc_id", "path"):
            parts.pop(name, None)
        data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
        digest = hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()
        if digest in first:
            original = first[digest]
            summary.same_content[article.doc_id] = original.doc_id
            copies.setdefault(original.doc_id, []).append(article.path)
            continue
        first[digest] = article
        yield article


def _sure_to_use_a_pool(corpus: Path, store: Store, workers: int) -> bool:
    """Whether `run_local` will use worker processes, told before reading: a first run (no
    table in the output yet) of a folder with files enough for every worker's share of
    chunks (each file holds at least one document)."""
    if workers <= 1 or store.documents.exists() or not corpus.is_dir():
        return False
    needed = workers * POOL_CHUNKS_PER_WORKER * CHUNK_DOCS
    files = (path for path in corpus.rglob("*") if path.is_file())
    return sum(1 for _ in itertools.islice(files, needed)) >= needed


def _pending(
    articles: Iterable[Article],
    done: dict[str, str],
    fingerprint: str,
    summary: RunSummary,
    seen: set[str],
    paths: dict[str, str],
) -> Iterator[tuple[Article, str]]:
    """`(article, content_hash)` of the articles to analyse: new or changed ones; the
    paths of unchanged ones go into `paths`."""
    for article in articles:
        if article.doc_id in seen:
            summary.duplicates.append(article.doc_id)
            continue
        seen.add(article.doc_id)
        summary.documents += 1
        digest = content_hash(article, fingerprint)
        if done.get(article.doc_id) == digest:
            summary.unchanged += 1
            paths[article.doc_id] = article.path
            continue
        yield article, digest


def _save(results: Iterable[ChunkResult], store: Store, summary: RunSummary, bar) -> None:
    """Commit results to the store in parts as they come, counting them in `summary`."""
    documents: list[pa.RecordBatch] = []
    mentions: list[pa.RecordBatch] = []
    quotes: list[pa.RecordBatch] = []
    rows = chars = 0
    try:
        for result in results:
            documents.append(result.documents)
            mentions.append(result.mentions)
            if result.quotes is not None:
                quotes.append(result.quotes)
            rows += result.documents.num_rows
            chars += result.chars
            summary.analysed += result.documents.num_rows
            summary.errors += result.errors
            summary.mentions += result.mentions.num_rows
            summary.words += result.words
            bar.set_postfix(unchanged=summary.unchanged, refresh=False)
            bar.update(result.documents.num_rows)
            if rows >= PART_DOCS or chars >= PART_CHARS:
                store.write_part(documents, mentions, quotes)
                documents, mentions, quotes, rows, chars = [], [], [], 0, 0
    finally:
        # Also on Ctrl-C or a crash: what finished need not be redone.
        if documents:
            store.write_part(documents, mentions, quotes)
