"""Gazetteer data files (places, organizations, common words) and their reader."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

GAZETTEER_DIR = Path(__file__).parent


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file of this folder (`#` lines are comments)."""
    with open(GAZETTEER_DIR / name, encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


def read_words(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file of this folder."""
    with open(GAZETTEER_DIR / name, encoding="utf-8") as fh:
        return frozenset(w for w in fh.read().split("\n") if w and not w.startswith("#"))


# Words naming the kind of a place before its name; a lookup may drop them (`Provinsi Aceh`).
PLACE_HEADS = frozenset(
    ["provinsi", "kabupaten", "kab.", "kota", "kecamatan", "kec.", "distrik", "negara", "negeri"]
)
# Heads of district names; the matcher finds `Kecamatan Menteng` but not `Menteng` alone.
DISTRICT_HEADS = frozenset(["kecamatan", "kec.", "distrik"])


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large tables of small objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
