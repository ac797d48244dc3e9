"""Reading corpus folders into raw records (first cut: plain text files; issue 5 extends it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")


@dataclass
class Record:
    """One raw document read from disk: its fields, or the error that stopped reading it."""

    doc_id: str
    path: str
    fields: dict = field(default_factory=dict)  # title, text, date, url, source, id …
    error: str | None = None


def iter_files(root: str | Path) -> Iterator[Path]:
    """Files below `root` (or `root` itself), sorted, hidden ones skipped."""
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {root}")
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not any(
            part.startswith(".") for part in path.relative_to(root).parts
        ):
            yield path


def iter_records(root: str | Path) -> Iterator[Record]:
    """Records of every readable file below `root`; unreadable ones carry an `error`."""
    for path in iter_files(root):
        if path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            yield Record(doc_id=str(path), path=str(path), error=f"{type(err).__name__}: {err}")
            continue
        yield Record(doc_id=str(path), path=str(path), fields={"text": text})
