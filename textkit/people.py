"""People: canonical names of well-known Indonesian public figures and user alias files.

`lookup("Jokowi")` → `"Joko Widodo"`. Data: `textkit/lang/gazetteer/people.tsv` (hand-written,
see its header). Users add their own names for any label with a CSV or TSV file of
`alias, canonical name, label` rows (`read_aliases`), passed as `textkit.load(aliases=PATH)`
or `textkit batch --aliases PATH`.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .labels import NAMED_LABELS
from .lang.gazetteer import read_tsv
from .places import key

ALIAS_COLUMNS = ("alias", "name", "label")


@functools.lru_cache(maxsize=1)
def _by_alias() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in read_tsv("people.tsv"):
        for alias in (row["name"], *row["aliases"].split("|")):
            if alias:
                table.setdefault(key(alias), row["name"])
    return table


def lookup(name: str) -> str | None:
    """The canonical name of a listed person written any way the table knows, or None."""
    if not isinstance(name, str) or not name.strip():
        return None
    return _by_alias().get(key(" ".join(name.split())))


@functools.lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    return {
        row["name"]: frozenset(n for n in row["nicknames"].split("|") if n)
        for row in read_tsv("people.tsv")
        if row["nicknames"]
    }


def nicknames(name: str) -> frozenset[str]:
    """The nicknames of a listed person (canonical name) that name them only in an article
    that also names them in full (`Titiek` for Siti Hediati Hariyadi); empty if none."""
    return _nicknames().get(name, frozenset())


def entries() -> list[tuple[str, list[str]]]:
    """Every listed person: (canonical name, aliases)."""
    return [(r["name"], [a for a in r["aliases"].split("|") if a]) for r in read_tsv("people.tsv")]


AliasRow = tuple[str, str, str]  # alias, canonical name, label


def read_alias_rows(path: str | Path) -> list[AliasRow]:
    """The `(alias, name, label)` rows of a user alias file.

    CSV or TSV (tab-separated when the first line has a tab), one `alias, name, label` row
    per alias; a first row `alias, name, label` is a header; `#` lines are comments. Raises
    ValueError naming the line of a malformed row."""
    path = Path(path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return []
    delimiter = "\t" if "\t" in lines[0] else ","
    rows: list[AliasRow] = []
    for number, row in enumerate(csv.reader(lines, delimiter=delimiter), 1):
        cells = [c.strip() for c in row]
        if number == 1 and [c.lower() for c in cells[:3]] == list(ALIAS_COLUMNS):
            continue
        if len(cells) != 3 or not all(cells):
            raise ValueError(
                f"{path}: row {number}: expected 3 fields alias, name, label; got {row!r}"
            )
        alias, name, label = cells
        if label.upper() not in NAMED_LABELS:
            raise ValueError(
                f"{path}: row {number}: label must be one of {', '.join(NAMED_LABELS)}; "
                f"got {label!r}"
            )
        rows.append((alias, name, label.upper()))
    return rows


def alias_table(rows: list[AliasRow]) -> dict[tuple[str, str], str]:
    """`{(label, lookup key of the alias or name): canonical name}` of alias rows."""
    table: dict[tuple[str, str], str] = {}
    for alias, name, label in rows:
        table[(label, key(alias))] = name
        table.setdefault((label, key(name)), name)
    return table


def read_aliases(path: str | Path) -> dict[tuple[str, str], str]:
    """A user alias file (`read_alias_rows`) as `alias_table`."""
    return alias_table(read_alias_rows(path))
