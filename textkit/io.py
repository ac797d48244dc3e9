"""Reading corpus folders into raw records: text, HTML, JSON/JSONL and CSV files, any encoding.

Every file yields at least one `Record`; a file (or a line of one) that cannot be read yields a
record whose `error` says why, so one bad file never stops the walk.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .lang import news
from .normalize import normalize_text

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
# A gzip-compressed file is read as the type of its inner name (`berita.jsonl.gz`).
GZIP_SUFFIX = ".gz"
# A folder's own documentation (README.md, LICENSE …) is not an article; skipped in walks.
DOC_FILE_STEMS = ("readme", "license", "licence", "changelog", "notice")

# Encodings tried, in order, for files without a UTF-16 BOM or NUL-byte pattern; latin-1
# decodes any bytes, so it ends the list.
DECODE_ORDER = ("utf-8-sig", "cp1252", "latin-1")

# Column separators of CSV files, the one the header row holds most of wins: spreadsheet
# exports in locales with a decimal comma (Indonesian among them) separate with semicolons.
CSV_DELIMITERS = (",", ";", "\t", "|")

# Files (or JSONL lines) larger than this are reported, not read; see `iter_records`.
MAX_BYTES = 32 * 1024 * 1024

# Canonical record fields → the names they commonly have in JSON objects and CSV headers.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "_id", "article_id", "guid"),
    "title": ("title", "judul", "headline"),
    "text": ("text", "content", "body", "isi", "article", "artikel"),
    "date": ("date", "published", "published_at", "pubdate", "datetime", "tanggal", "time"),
    "url": ("url", "link", "permalink"),
    "source": ("source", "publisher", "media", "site", "sitename", "portal"),
}

# Control characters escaped by spreadsheet exports (`_x000D_` is a carriage return).
EXCEL_ESCAPES = {"_x000D_": "", "_x000A_": "\n", "_x0009_": "\t"}


class ReadError(ValueError):
    """A file or record that cannot be turned into text."""


@dataclass
class Record:
    """One raw document read from disk: its fields, or the error that stopped reading it."""

    doc_id: str
    path: str
    fields: dict = field(default_factory=dict)  # title, text, date, url, source, id, extra
    error: str | None = None


def _tag_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"</?(?:{'|'.join(names)})\b[^<>]{{0,300}}?/?>", re.I)


_BLOCK_TAG = _tag_pattern(news.HTML_BLOCK_TAGS)
_INLINE_TAG = _tag_pattern(news.HTML_INLINE_TAGS)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)


def undo_markup(text: str) -> str:
    """Scraped HTML left in plain text undone: character references (`&quot;`, `&#8220;`)
    decoded, tags of HTML elements removed (a block element's tag becomes a line break)."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "<" in text:
        text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return text


def reader_text(text: str) -> str:
    """Text as read from a file or field: spreadsheet escapes and scraped markup undone
    (`undo_markup`), then the normalisation every entry point applies
    (`textkit.normalize.normalize_text`)."""
    if "_x00" in text:
        for escape, char in EXCEL_ESCAPES.items():
            text = text.replace(escape, char)
    return normalize_text(undo_markup(text))


def _utf16_without_bom(sample: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when `sample` looks like UTF-16 text without a BOM: most
    bytes at odd (LE) or even (BE) positions are NUL, as in Latin text; else None."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd, even = sample[1 : 2 * pairs : 2].count(0), sample[0 : 2 * pairs : 2].count(0)
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def utf16_encoding(head: bytes) -> str | None:
    """The UTF-16 codec for a file starting with `head` (BOM or NUL-byte pattern), else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return _utf16_without_bom(head)


# Control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) but tab and line ends.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROLS.findall(sample)) > 0.01 * max(1, len(sample))


def decode_bytes(data: bytes) -> str:
    """The text of a file's bytes, trying the encodings Indonesian news comes in, in order
    (`DECODE_ORDER`): UTF-8 (BOM or not), UTF-16 (BOM or detected), cp1252, latin-1.

    No guessing among legacy code pages: a Latin text decoded as a Baltic or
    Central-European one would be silent garbage. ReadError for empty or binary data.
    """
    if not data.strip(b" \t\r\n\x00"):
        raise ReadError("empty file")
    encoding = utf16_encoding(data[:8192])
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise ReadError(f"undecodable UTF-16: {err}") from err
    else:
        if b"\x00" in data[:8192]:
            raise ReadError("binary file (not text)")
        text = next(t for t in (_try_decode(data, e) for e in DECODE_ORDER) if t is not None)
    if _looks_binary(text):
        raise ReadError("binary file (not text)")
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def map_fields(obj: Mapping, field_map: Mapping[str, str] | None = None) -> dict:
    """Canonical fields (`id`, `title`, `text`, `date`, `url`, `source`) of a JSON object or CSV
    row; `field_map` names the key to look for first for a canonical field, e.g.
    `{"text": "isi_berita"}` (the usual names stay the fallback, so files of another layout in
    the same folder are still read). Other keys are kept under `extra`."""
    fields: dict = {}
    used: set[str] = set()
    lowered = {str(k).strip().lower(): k for k in obj}
    for name, aliases in FIELD_ALIASES.items():
        wanted = (field_map or {}).get(name)
        candidates = (wanted, *aliases) if wanted else aliases
        for alias in candidates:
            key = alias if alias in obj else lowered.get(str(alias).lower())
            if key is not None and obj[key] not in (None, ""):
                value = obj[key]
                fields[name] = reader_text(value) if isinstance(value, str) else value
                used.add(key)
                break
    extra = {k: v for k, v in obj.items() if k not in used}
    if extra:
        fields["extra"] = extra
    return fields


def accepted_names(field: str = "text") -> str:
    """The names a canonical field is found under, for error messages."""
    return ", ".join(FIELD_ALIASES[field])


NO_TEXT = f"no text field (accepted: {accepted_names()}; or --field-map text=NAME)"


def check_field_map(field_map: Mapping[str, str] | None) -> None:
    """ValueError when `field_map` names a field that is not a canonical one."""
    if field_map is None:
        return
    if not isinstance(field_map, Mapping):
        raise TypeError(f"field_map must be a dict such as {{'text': 'isi'}}, got {field_map!r}")
    unknown = sorted(set(field_map) - set(FIELD_ALIASES))
    if unknown:
        raise ValueError(
            f"unknown field {', '.join(map(repr, unknown))} in the field map; "
            f"fields: {', '.join(FIELD_ALIASES)}"
        )


def _record(doc_id: str, path: str, fields: dict) -> Record:
    text = fields.get("text")
    if text is None:
        return Record(doc_id, path, fields, error=NO_TEXT)
    if not isinstance(text, str):
        fields["text"] = reader_text(str(text))
    if not fields["text"].strip():
        return Record(doc_id, path, fields, error="empty text")
    return Record(doc_id, path, fields)


def _open(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzipped."""
    return gzip.open(path, "rb") if path.suffix.lower() == GZIP_SUFFIX else open(path, "rb")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise ReadError(f"file too large: {size} bytes > limit {max_bytes} (raise max_bytes)")
    if path.suffix.lower() != GZIP_SUFFIX:
        return path.read_bytes()
    try:
        with _open(path) as fh:
            data = fh.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError) as err:
        raise ReadError(f"damaged gzip file: {err}") from err
    if len(data) > max_bytes:
        raise ReadError(f"file too large: more than {max_bytes} bytes uncompressed")
    return data


def _records_from_objects(
    objects: list, name: str, path: str, field_map: Mapping[str, str] | None
) -> Iterator[Record]:
    for i, obj in enumerate(objects):
        doc_id = f"{name}#{i}"
        if not isinstance(obj, dict):
            yield Record(doc_id, path, error=f"record {i} is a {type(obj).__name__}, not an object")
            continue
        yield _record(doc_id, path, map_fields(obj, field_map))


def _read_text(path: Path, name: str, max_bytes: int) -> Iterator[Record]:
    text = reader_text(decode_bytes(_read_bytes(path, max_bytes)))
    yield _record(name, str(path), {"text": text})


def _read_html(path: Path, name: str, max_bytes: int) -> Iterator[Record]:
    import trafilatura

    html = decode_bytes(_read_bytes(path, max_bytes))
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if doc is None or not (doc.text or "").strip():
        raise ReadError("no main text found in the HTML")
    fields = {"text": reader_text(doc.text)}
    for key, value in (("title", doc.title), ("date", doc.date), ("url", doc.url)):
        if value:
            fields[key] = reader_text(value)
    if doc.sitename:
        fields["source"] = reader_text(doc.sitename)
    yield _record(name, str(path), fields)


def _read_json(
    path: Path, name: str, max_bytes: int, field_map: Mapping[str, str] | None
) -> Iterator[Record]:
    text = decode_bytes(_read_bytes(path, max_bytes))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if sum(1 for line in text.splitlines() if line.strip()) < 2:
            raise ReadError(f"malformed JSON: {err}") from err
        # Many `.json` files are really JSON Lines.
        yield from _jsonl_lines(io.StringIO(text), name, str(path), max_bytes, field_map)
        return
    if isinstance(data, dict):
        yield _record(name, str(path), map_fields(data, field_map))
    elif isinstance(data, list):
        yield from _records_from_objects(data, name, str(path), field_map)
    else:
        raise ReadError(f"JSON holds a {type(data).__name__}, not an object or a list")


def _jsonl_lines(
    lines, name: str, path: str, max_bytes: int, field_map: Mapping[str, str] | None
) -> Iterator[Record]:
    index = 0
    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, ReadError):
            yield Record(f"{name}#{index}", path, error=f"line {lineno}: {line}")
            return
        if len(line) > max_bytes:
            yield Record(f"{name}#{index}", path, error=f"line {lineno} too large")
            index += 1
            continue
        if isinstance(line, bytes):
            try:
                line = decode_bytes(line) if line.strip() else ""
            except ReadError as err:
                yield Record(f"{name}#{index}", path, error=f"line {lineno}: {err}")
                index += 1
                continue
        if not line.strip():
            continue
        doc_id = f"{name}#{index}"
        index += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Record(doc_id, path, error=f"malformed JSON on line {lineno}: {err}")
            continue
        if not isinstance(obj, dict):
            yield Record(doc_id, path, error=f"line {lineno} is not a JSON object")
            continue
        yield _record(doc_id, path, map_fields(obj, field_map))


def _read_jsonl(
    path: Path, name: str, max_bytes: int, field_map: Mapping[str, str] | None
) -> Iterator[Record]:
    if path.stat().st_size == 0:
        raise ReadError("empty file")
    with _open(path) as fh:
        encoding = utf16_encoding(fh.read(8192))
        fh.seek(0)
        if encoding is None:
            yield from _jsonl_lines(fh, name, str(path), max_bytes, field_map)
            return
        # UTF-16 lines cannot be split on the byte b"\n": decode the stream as a whole.
        lines = io.TextIOWrapper(fh, encoding=encoding, newline=None)
        yield from _jsonl_lines(_decoded_lines(lines), name, str(path), max_bytes, field_map)


def _decoded_lines(lines: Iterator[str]) -> Iterator[str | ReadError]:
    """`lines`, then a ReadError in place of the rest when the stream stops decoding."""
    try:
        yield from lines
    except UnicodeDecodeError as err:
        yield ReadError(f"undecodable UTF-16 from here on: {err}")


def csv_delimiter(text: str) -> str:
    """The column separator of a CSV text: the one of `CSV_DELIMITERS` its header row (first
    line) holds most of, outside quotes; a comma when it holds none."""
    header = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    counts = [(header.count(d), -i, d) for i, d in enumerate(CSV_DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] else ","


def _read_csv(
    path: Path, name: str, max_bytes: int, field_map: Mapping[str, str] | None
) -> Iterator[Record]:
    text = reader_text(decode_bytes(_read_bytes(path, max_bytes)))
    csv.field_size_limit(max(max_bytes, 1 << 20))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    if not reader.fieldnames:
        raise ReadError("CSV has no header row")
    wanted = (field_map or {}).get("text")
    names = (wanted, *FIELD_ALIASES["text"]) if wanted else FIELD_ALIASES["text"]
    header = {str(c).strip().lower() for c in reader.fieldnames}
    if not any(str(n).lower() in header for n in names):
        found = ", ".join(map(str, reader.fieldnames))
        accepted = (
            f"--field-map column {wanted!r}"
            if wanted
            else "accepted names: "
            + "; ".join(f"{f}: {accepted_names(f)}" for f in ("text", "title", "date"))
        )
        raise ReadError(
            f"CSV has no text column (columns found: {found}; {accepted}; "
            "or --field-map text=COLUMN)"
        )
    try:
        for i, row in enumerate(reader):
            row = {k: v for k, v in row.items() if k is not None}
            fields = map_fields(row, field_map)
            if "text" not in fields:  # the column is there (checked above), its cell empty
                yield Record(f"{name}#{i}", str(path), fields, error="empty text")
                continue
            yield _record(f"{name}#{i}", str(path), fields)
    except csv.Error as err:
        raise ReadError(f"malformed CSV near line {reader.line_num}: {err}") from err


def iter_files(root: str | Path) -> Iterator[Path]:
    """Files below `root` (or `root` itself), sorted; hidden ones and README/LICENSE skipped."""
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {root}")
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if (
            (path.is_file() or (path.is_symlink() and not path.exists()))  # broken: an error
            and path.name.split(".", 1)[0].lower() not in DOC_FILE_STEMS
            and not any(part.startswith(".") for part in path.relative_to(root).parts)
        ):
            yield path


def file_type(path: Path) -> str:
    """The suffix that says how a file is read: its own, or its inner one when gzipped."""
    suffix = path.suffix.lower()
    if suffix == GZIP_SUFFIX:
        return Path(path.stem).suffix.lower()
    return suffix


def read_file(
    path: str | Path,
    name: str | None = None,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
    as_text: bool = False,
) -> Iterator[Record]:
    """Records of one file; `name` (default: the file name) prefixes their doc ids. A file of
    no known type is skipped with an error record, or read as plain text with `as_text`."""
    path = Path(path)
    name = name or path.name
    if path.is_symlink() and not path.exists():
        yield Record(name, str(path), error=f"broken symbolic link to {os.readlink(path)}")
        return
    suffix = file_type(path)
    known = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES
    if suffix in TEXT_SUFFIXES or (as_text and suffix not in known):
        reader = _read_text(path, name, max_bytes)
    elif suffix in HTML_SUFFIXES:
        reader = _read_html(path, name, max_bytes)
    elif suffix in JSON_SUFFIXES:
        reader = _read_json(path, name, max_bytes, field_map)
    elif suffix in JSONL_SUFFIXES:
        reader = _read_jsonl(path, name, max_bytes, field_map)
    elif suffix in CSV_SUFFIXES:
        reader = _read_csv(path, name, max_bytes, field_map)
    else:
        yield Record(name, str(path), error=f"skipped: unsupported file type {suffix or '(none)'}")
        return
    count = 0
    try:
        for record in reader:
            count += 1
            yield record
    except Exception as err:  # noqa: BLE001  (a bad file must never stop the walk)
        doc_id = name if count == 0 else f"{name}#{count}"
        message = str(err) if isinstance(err, ReadError) else f"{type(err).__name__}: {err}"
        yield Record(doc_id, str(path), error=message)


def iter_records(
    root: str | Path,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    """Records of every file below `root`; unreadable ones carry an `error`.

    A record's `doc_id` is its own `id` field when it has a unique one, else the file's path
    relative to `root` (plus `#index` for files holding several records).
    """
    check_field_map(field_map)
    root = Path(root)
    named = root.is_file()  # a file named itself is read as plain text when of no known type
    base = root.parent if named else root
    seen: set[str] = set()
    for path in iter_files(root):
        name = path.relative_to(base).as_posix()
        options = {"field_map": field_map, "max_bytes": max_bytes, "as_text": named}
        for record in read_file(path, name, **options):
            own = record.fields.get("id")
            if own not in (None, "") and str(own) not in seen:
                record.doc_id = str(own)
            seen.add(record.doc_id)
            yield record
