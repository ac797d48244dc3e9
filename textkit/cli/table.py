"""Plain-text tables for the command line (`textkit analyze`, `textkit entities`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

COLUMN_GAP = "  "
_WHITESPACE = re.compile(r"\s")


def cell_text(value: object) -> str:
    """A value as one table cell: `None` is empty, line breaks and tabs become spaces."""
    return "" if value is None else _WHITESPACE.sub(" ", str(value))


def format_table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """`rows` under the header `columns`, left-aligned, without trailing spaces.

    >>> print(format_table(("label", "text"), [("LOC", "Bogor"), ("PER", None)]))
    label  text
    LOC    Bogor
    PER
    """
    cells = [[cell_text(value) for value in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(columns)]
    lines = [list(columns), *cells]
    return "\n".join(
        COLUMN_GAP.join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )
