"""The date helpers every part of textkit reads and writes dates with (`textkit.dates`)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import textkit
from textkit.dates import as_date, as_datetime, normalize_published, parse_date, parse_iso


@pytest.mark.parametrize(
    "value, expected",
    [
        (dt.date(2020, 11, 25), "2020-11-25"),
        (dt.datetime(2020, 11, 25, 14, 30), "2020-11-25T14:30"),
        ("2020-11-25", "2020-11-25"),
        ("2020-11-25T14:30:00+07:00", "2020-11-25T14:30"),
        (None, None),
    ],
)
def test_normalize_published(value, expected):
    assert normalize_published(value) == expected


def test_normalize_published_rejects_garbage():
    with pytest.raises(ValueError, match="ISO 8601"):
        normalize_published("kemarin sore")


def test_parse_iso_keeps_dates_and_drops_time_zones():
    assert parse_iso(" 2021-03-04 ") == dt.date(2021, 3, 4)
    assert parse_iso("2021-03-04T08:15:00Z") == dt.datetime(2021, 3, 4, 8, 15)
    with pytest.raises(ValueError):
        parse_iso("4 Maret 2021")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-03-04T08:15", dt.date(2021, 3, 4)),
        (dt.datetime(2021, 3, 4, 8, 15), dt.date(2021, 3, 4)),
        (dt.date(2021, 3, 4), dt.date(2021, 3, 4)),
        ("", None),
        (None, None),
    ],
)
def test_as_date(value, expected):
    assert as_date(value) == expected


def test_as_date_rejects_garbage():
    with pytest.raises(ValueError, match="ISO 8601"):
        as_date("besok")


def test_as_datetime_mixes_dates_datetimes_and_gaps():
    values = pd.Series(["2021-03-04", "2021-03-05T10:00:00+07:00", None, "bukan tanggal"])
    parsed = as_datetime(values)
    assert parsed.dt.tz is None
    assert list(parsed[:2]) == [pd.Timestamp("2021-03-04"), pd.Timestamp("2021-03-05 03:00")]
    assert parsed[2:].isna().all()


def test_parse_date_reads_written_dates():
    assert parse_date("Kamis, 4 Maret 2021 08:15:30 WIB") == dt.datetime(2021, 3, 4, 8, 15, 30)
    assert parse_date("4 Maret 2021") == dt.date(2021, 3, 4)
    assert parse_date("tanpa tanggal") is None


@pytest.mark.parametrize("module", ["dates", "article_rules"])
def test_date_readers_do_not_import_the_pipeline(module):
    tree = ast.parse((Path(textkit.__file__).parent / f"{module}.py").read_text())
    imported = {
        node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert not any(name.endswith("pipeline") for name in imported)
