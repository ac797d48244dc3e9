"""The output folder of a batch run: table schemas, committed parts, and the final merge.

Layout of `OUT/`:
- `documents.parquet`, `mentions.parquet`: the tables users read;
- `quotes.parquet`: one row per statement (who said what);
- `entities.parquet`: one row per entity identity (`frames.entities_table`), rebuilt by merges;
- `run.json`: the summary of the last run;
- `.parts/`: chunks of results written while a run goes; merged into the tables at the
  end of the run and then removed. A run that crashed leaves its parts, and the next run
  counts them as done and merges them.

Every file is written to a temporary name and moved into place with `os.replace`, so a
reader or a crash never sees a half-written table.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..tables import DOCUMENTS_SCHEMA, ENTITIES_SCHEMA, MENTIONS_SCHEMA, QUOTES_SCHEMA

DOCUMENTS = "documents.parquet"
MENTIONS = "mentions.parquet"
QUOTES = "quotes.parquet"
ENTITIES = "entities.parquet"  # one row per identity, rebuilt from the tables by each merge
RUN_JSON = "run.json"
PARTS = ".parts"
LOCK = ".lock"
_BATCH_ROWS = 2048
ENTITY_BATCH_ROWS = 50_000  # mentions per part when the corpus identities are resolved
# A table's rows from one file: (documents, mentions, quotes) files and the doc_ids kept (None:
# every row).
Source = tuple[Path, Path, Path, "pa.Array | None"]


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def write_table(table: pa.Table, path: Path) -> None:
    """Write a parquet file atomically."""
    tmp = _temp_name(path)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_json(data: dict, path: Path) -> None:
    """Write a JSON file atomically."""
    tmp = _temp_name(path)
    try:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class OutputLocked(RuntimeError):
    """Another run is writing to the same output folder."""


class Store:
    """The tables of one output folder, and the parts of runs not yet merged into them."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        if self.out.exists() and not self.out.is_dir():
            raise NotADirectoryError(f"--out must be a folder: {self.out}")
        self.parts_dir = self.out / PARTS
        self.documents = self.out / DOCUMENTS
        self.mentions = self.out / MENTIONS
        self.quotes = self.out / QUOTES
        self.entities = self.out / ENTITIES
        self._run = uuid.uuid4().hex[:8]
        self._next_part = 0
        self.ignore_tables = False  # replace the tables without reading them

    def tables_usable(self) -> bool:
        """Whether the tables are absent, or both present with this version's schemas (a
        statements table too when there is one: runs before it had none)."""
        present = [p.exists() for p in (self.documents, self.mentions)]
        if not any(present):
            return True
        tables = [(self.documents, DOCUMENTS_SCHEMA), (self.mentions, MENTIONS_SCHEMA)]
        if self.quotes.exists():
            tables.append((self.quotes, QUOTES_SCHEMA))
        return all(present) and all(pq.read_schema(p).equals(schema) for p, schema in tables)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the folder for one run; the OS releases it when the process dies."""
        self.out.mkdir(parents=True, exist_ok=True)
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; runs must not overlap
            yield
            return
        with open(self.out / LOCK, "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise OutputLocked(f"another textkit batch is writing to {self.out}") from None
            yield

    # Reading what is done -------------------------------------------------------------

    def parts(self) -> list[Path]:
        """Committed parts (their documents file), oldest first."""
        if not self.parts_dir.is_dir():
            return []
        return sorted(self.parts_dir.glob("*.documents.parquet"))

    def done(self) -> dict[str, str]:
        """`doc_id -> content_hash` of every document in the tables or in committed parts."""
        done: dict[str, str] = {}
        tables = [] if self.ignore_tables else [self.documents]
        for path in [*tables, *self.parts()]:
            if path.exists():
                table = pq.read_table(path, columns=["doc_id", "content_hash"])
                ids, digests = (table.column(c).to_pylist() for c in table.column_names)
                done.update(zip(ids, digests, strict=True))
        return done

    def recorded_corpus(self) -> Path | None:
        """The corpus folder (or file) the last finished run read, as `run.json` records it;
        None when there is no record, or when it names the corpus relative to an unknown
        working folder that no longer resolves to an existing path."""
        try:
            run = json.loads((self.out / RUN_JSON).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(run, dict):
            return None
        if run.get("corpus_root"):
            return Path(run["corpus_root"])
        # Written before `corpus_root` was recorded: the path as given, from the run's folder.
        corpus = run.get("corpus")
        if not corpus or not Path(corpus).exists():
            return None
        return Path(corpus).resolve()

    def read_saved(self) -> tuple[dict[str, pa.Table], int] | None:
        """The tables (`documents`, `mentions`, `quotes`) with the committed parts of an
        unfinished run folded in (the newest row of a doc_id wins, its rows follow it), and the
        number of parts; None when there are neither tables nor parts."""
        parts = self.parts()
        tables = self.documents.exists() and self.mentions.exists()
        if not parts and not tables:
            return None
        rows = {"mentions": MENTIONS_SCHEMA, "quotes": QUOTES_SCHEMA}
        sources = [{"documents": self.documents, "mentions": self.mentions, "quotes": self.quotes}]
        sources = (sources if tables else []) + [
            {"documents": part, **{name: _row_part(part, name) for name in rows}} for part in parts
        ]
        documents = [pq.read_table(source["documents"]) for source in sources]
        latest: dict[str, int] = {}
        for i, table in enumerate(documents):
            latest.update(dict.fromkeys(table.column("doc_id").to_pylist(), i))
        kept: dict[str, list[pa.Table]] = {"documents": [], **{name: [] for name in rows}}
        for i, (table, source) in enumerate(zip(documents, sources, strict=True)):
            ids = pa.array([d for d, j in latest.items() if j == i], pa.string())
            kept["documents"].append(table.filter(pc.is_in(table.column("doc_id"), ids)))
            for name, schema in rows.items():
                path = source[name]
                found = pq.read_table(path) if path.exists() else schema.empty_table()
                kept[name].append(found.filter(pc.is_in(found.column("doc_id"), ids)))
        joined = {name: pa.concat_tables(t, promote_options="default") for name, t in kept.items()}
        return joined, len(parts)

    # Writing a run --------------------------------------------------------------------

    def write_part(
        self,
        documents: list[pa.RecordBatch],
        mentions: list[pa.RecordBatch],
        quotes: list[pa.RecordBatch] | None = None,
    ) -> None:
        """Commit a chunk of results: its mentions and statements first, then its documents,
        which mark it."""
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        # Numbered: names sort in commit order across runs (random run ids alone do not).
        stem = f"{self._part_number():06d}-{self._run}"
        write_table(
            pa.Table.from_batches(mentions, schema=MENTIONS_SCHEMA),
            self.parts_dir / f"{stem}.mentions.parquet",
        )
        write_table(
            pa.Table.from_batches(quotes or [], schema=QUOTES_SCHEMA),
            self.parts_dir / f"{stem}.quotes.parquet",
        )
        write_table(
            pa.Table.from_batches(documents, schema=DOCUMENTS_SCHEMA),
            self.parts_dir / f"{stem}.documents.parquet",
        )
        _release_memory()

    def _part_number(self) -> int:
        if self._next_part == 0:
            existing = [int(p.name.split("-", 1)[0]) for p in self.parts_dir.glob("*.parquet")]
            self._next_part = max(existing, default=-1) + 1
        number, self._next_part = self._next_part, self._next_part + 1
        return number

    def merge(self, seen: set[str] | None) -> None:
        """Fold committed parts into the tables.

        The newest row of each doc_id wins. With `seen` given, rows whose doc_id is not
        in it (inputs that are gone) are dropped; with None every row is kept.
        """
        parts = self.parts()
        latest: dict[str, int] = {}  # doc_id -> index of the newest part holding it
        for i, part in enumerate(parts):
            for doc_id in pq.read_table(part, columns=["doc_id"]).column(0).to_pylist():
                latest[doc_id] = i
        keep_old = self._old_ids_to_keep(latest, seen)
        part_ids: list[list[str]] = [[] for _ in parts]
        for doc_id, i in latest.items():
            if seen is None or doc_id in seen:
                part_ids[i].append(doc_id)
        sources: list[Source] = [(self.documents, self.mentions, self.quotes, keep_old)]
        for part, ids in zip(parts, part_ids, strict=True):
            rows = (_row_part(part, "mentions"), _row_part(part, "quotes"))
            sources.append((part, *rows, pa.array(ids, pa.string())))
        self._write_tables(sources, documents=True)
        # Uncommit each part (its documents file) before its mentions go.
        for part in parts:
            part.unlink()
        shutil.rmtree(self.parts_dir, ignore_errors=True)
        _release_memory()

    def write_entities(self) -> None:
        """Resolve the corpus identities of the mentions and statements tables in place and
        rebuild `entities.parquet` from them (what `merge` does with the rows it keeps)."""
        if self.mentions.exists():
            self._write_tables([(self.documents, self.mentions, self.quotes, None)], False)

    def _write_tables(self, sources: list[Source], documents: bool) -> None:
        """Write the rows of `sources` as the mentions and statements tables (and the
        documents table with `documents`), then `entities.parquet`.

        Mentions and statements get their corpus identities (`textkit.corpus`, from each
        row's document identity: the same for any order of runs) before they are first
        written. The mentions are read in parts of ENTITY_BATCH_ROWS, once for their
        (document, identity) pairs and again to be written resolved and counted (read once
        when they fit one part); only pairs and per-entity counts stay in memory. Every table
        is written in full first, then moved into place one right after the other, the
        documents last: should a crash fall between the moves, the next merge heals it (old
        rows are kept only for doc_ids kept from the documents table).
        """
        from ..corpus import (
            Resolution,
            combine_pairs,
            identity_pairs,
            resolution,
            with_document_identities,
        )
        from ..frames import EntityCounts

        mentions = [(src[1], src[3]) for src in sources]

        def prepared_parts() -> Iterator:
            for part in _table_parts(mentions, MENTIONS_SCHEMA, ENTITY_BATCH_ROWS):
                yield with_document_identities(part.to_pandas())

        pairs, kept = [], []
        for i, part in enumerate(prepared_parts()):
            pairs.append(identity_pairs(part))
            kept = [part] if i == 0 else []
        resolved = resolution(combine_pairs(pairs)) if pairs else Resolution({}, set())
        counts, speakers = EntityCounts(), []
        written: list[tuple[Path, Path]] = []
        try:
            tmp = _temp_name(self.mentions)
            written.append((tmp, self.mentions))
            with pq.ParquetWriter(tmp, MENTIONS_SCHEMA) as writer:
                for part in kept if len(pairs) == 1 else prepared_parts():
                    part = resolved.apply(part)
                    counts.add(part)
                    writer.write_table(
                        pa.Table.from_pandas(part, schema=MENTIONS_SCHEMA, preserve_index=False)
                    )
            tmp = _temp_name(self.quotes)
            written.append((tmp, self.quotes))
            quotes = [(src[2], src[3]) for src in sources]
            with pq.ParquetWriter(tmp, QUOTES_SCHEMA) as writer:
                for part in _table_parts(quotes, QUOTES_SCHEMA, ENTITY_BATCH_ROWS):
                    part = resolve_speakers(part, resolved.identity)
                    writer.write_table(part)
                    speakers.append(part.select(["doc_id", "speaker_entity"]))
            if documents:
                files = [(src[0], src[3]) for src in sources]
                written.append((_write_filtered(files, DOCUMENTS_SCHEMA, self.documents),
                                self.documents))  # fmt: skip
            for tmp, target in written:
                os.replace(tmp, target)
        finally:
            for tmp, _ in written:
                tmp.unlink(missing_ok=True)
        said = pa.concat_tables(speakers) if speakers else None
        table = counts.table(
            pq.read_table(self.documents, columns=["doc_id", "published"]).to_pandas(),
            said.to_pandas() if said is not None else None,  # corpus identities already
        )
        table["first_published"] = table["first_published"].astype("datetime64[ns]")
        table["last_published"] = table["last_published"].astype("datetime64[ns]")
        write_table(
            pa.Table.from_pandas(table, schema=ENTITIES_SCHEMA, preserve_index=False), self.entities
        )

    def _old_ids_to_keep(self, latest: dict[str, int], seen: set[str] | None) -> pa.Array:
        if self.ignore_tables or not self.documents.exists():
            return pa.array([], pa.string())
        ids = pq.read_table(self.documents, columns=["doc_id"]).column(0).to_pylist()
        return pa.array(
            [d for d in ids if d not in latest and (seen is None or d in seen)], pa.string()
        )

    def update_paths(self, paths: dict[str, str], copies: dict[str, list[str]]) -> int:
        """Set the `path` of documents whose input moved (`doc_id -> path`) and the `copies`
        of every document (`doc_id -> paths`, none when not given); return how many moved."""
        if not self.documents.exists():
            return 0
        moved = self._update_column("path", paths, keep=True)
        self._update_column("copies", copies, keep=False)
        return moved

    def _update_column(self, name: str, values: dict, keep: bool) -> int:
        """Set column `name` to `values[doc_id]` (rows not in it: kept with `keep`, else
        emptied); rewrites the table only when something changed; returns the rows changed."""
        if keep and not values:
            return 0
        ids, old = pq.read_table(self.documents, columns=["doc_id", name]).columns
        old = old.to_pylist()
        empty = [] if pa.types.is_list(DOCUMENTS_SCHEMA.field(name).type) else None
        new = [
            values.get(d, o if keep else empty) for d, o in zip(ids.to_pylist(), old, strict=True)
        ]
        changed = sum(a != b for a, b in zip(old, new, strict=True))
        if changed:
            table = pq.read_table(self.documents)
            column = table.schema.get_field_index(name)
            table = table.set_column(column, name, pa.array(new, table.schema.field(name).type))
            write_table(table, self.documents)
        return changed

    def clean_temp(self) -> None:
        """Remove temporary files a killed run may have left."""
        for folder in (self.out, self.parts_dir):
            if folder.is_dir():
                for tmp in folder.glob(".*.tmp"):
                    tmp.unlink(missing_ok=True)

    def totals(self) -> tuple[int, int, int]:
        """Rows in the documents table, of them with an error, rows in the mentions table."""
        if not self.documents.exists():
            return 0, 0, 0
        ok = pq.read_table(self.documents, columns=["error"]).column(0).null_count
        n_docs = pq.ParquetFile(self.documents).metadata.num_rows
        n_mentions = pq.ParquetFile(self.mentions).metadata.num_rows
        return n_docs, n_docs - ok, n_mentions


def _release_memory() -> None:
    # Arrow's allocator keeps freed memory for reuse; hand it back so a long run stays small.
    pa.default_memory_pool().release_unused()


def _row_part(part: Path, table: str) -> Path:
    """The file of a part's `mentions` or `quotes` rows beside its documents file."""
    return part.with_name(part.name.replace(".documents.", f".{table}."))


def resolve_speakers(quotes: pa.Table, identity: Callable[[str, str], str]) -> pa.Table:
    """Statements with `speaker_entity` and `affiliation_entity` the corpus identities of
    their `speaker_doc_entity` and `affiliation_doc_entity` (`identity(doc_id, document
    identity)`, `textkit.corpus.Resolution.identity`)."""
    ids = quotes.column("doc_id").to_pylist()
    for role in ("speaker", "affiliation"):
        found = quotes.column(f"{role}_doc_entity").to_pylist()
        corpus = [None if e is None else identity(d, e) for d, e in zip(ids, found, strict=True)]
        column = quotes.schema.get_field_index(f"{role}_entity")
        quotes = quotes.set_column(column, f"{role}_entity", pa.array(corpus, pa.string()))
    return quotes


def _filtered_batches(files: Iterable[tuple[Path, pa.Array | None]], rows: int) -> Iterator:
    """The record batches (of at most `rows` rows) of `files` with the rows whose doc_id is in
    their array (every row for None)."""
    for path, ids in files:
        if not path.exists() or (ids is not None and len(ids) == 0):
            continue
        for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
            if ids is not None:
                batch = batch.filter(pc.is_in(batch.column("doc_id"), value_set=ids))
            if batch.num_rows:
                yield batch


def _table_parts(
    files: Iterable[tuple[Path, pa.Array | None]], schema: pa.Schema, rows: int
) -> Iterator[pa.Table]:
    """The kept rows of `files` (`_filtered_batches`) in tables of about `rows` rows."""
    batches, count = [], 0
    for batch in _filtered_batches(files, rows):
        batches.append(batch)
        count += batch.num_rows
        if count >= rows:
            yield pa.Table.from_batches(batches, schema=schema)
            batches, count = [], 0
    if batches:
        yield pa.Table.from_batches(batches, schema=schema)


def _write_filtered(
    files: Iterable[tuple[Path, pa.Array | None]], schema: pa.Schema, target: Path
) -> Path:
    """A temporary file beside `target` with the kept rows of `files` (`_filtered_batches`,
    streamed)."""
    tmp = _temp_name(target)
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for batch in _filtered_batches(files, _BATCH_ROWS):
                writer.write_batch(batch)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp
