"""Dates: ISO 8601 strings read and written, and the calendar date a short text states.

Every part of textkit that reads or normalises a date (publication dates of `analyze` and the
batch rows, the temporal anchor, article date lines, the `published` column of the tables)
goes through these helpers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# A clock time with seconds (`14:30:15`), which the temporal engine does not read.
SECONDS = re.compile(r"\b(\d{1,2}[:.]\d{2})[:.](\d{2})\b")
# A TIMEX3 value that is a calendar day, with or without a clock time.
ISO_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")


def parse_iso(text: str) -> dt.date | dt.datetime:
    """The date, or datetime without time zone, of an ISO 8601 string; ValueError if none."""
    text = text.strip()
    parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed.date() if len(text) <= 10 else parsed.replace(tzinfo=None)


def normalize_published(value: str | dt.date | dt.datetime | None) -> str | None:
    """An ISO 8601 string for a publication date given as a date, datetime or string."""
    if value is None or value == "":
        return None
    if not isinstance(value, dt.date):
        try:
            value = parse_iso(str(value))
        except ValueError as err:
            raise ValueError(f"published must be an ISO 8601 date, got {value!r}") from err
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    return value.isoformat()


def as_date(anchor: str | dt.date | None) -> dt.date | None:
    """The calendar day of a date, datetime or ISO 8601 string (its first ten characters);
    None for None or ""; ValueError if the string holds no date."""
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    try:
        return dt.date.fromisoformat(str(anchor).strip()[:10])
    except ValueError as err:
        raise ValueError(f"anchor must be an ISO 8601 date, got {anchor!r}") from err


def as_datetime(values: pd.Series) -> pd.Series:
    """ISO 8601 dates or datetimes (mixed, some missing) as naive pandas datetimes."""
    import pandas as pd  # only the table helpers need pandas; `import textkit` stays light

    if pd.api.types.is_datetime64_any_dtype(values):
        return values.dt.tz_localize(None) if values.dt.tz is not None else values
    parsed = pd.to_datetime(values, format="ISO8601", errors="coerce", utc=True)
    return parsed.dt.tz_localize(None)


def parse_date(text: str) -> dt.date | dt.datetime | None:
    """The calendar date (with time when given) that `text` states, read by textkit's temporal
    engine; None when it states none."""
    from .temporal import extract  # the temporal engine itself reads its anchor with `as_date`

    text = text.strip()
    try:
        return parse_iso(text)
    except ValueError:
        pass
    seconds = SECONDS.search(text)
    if seconds:
        text = text[: seconds.start()] + seconds[1] + text[seconds.end() :]
    values = [t.value for t in extract(text) if ISO_VALUE.fullmatch(t.value or "")]
    if not values:
        return None
    day = values[0][:10]
    best = max((v for v in values if v.startswith(day)), key=len)
    value = dt.datetime.fromisoformat(best)
    if "T" not in best:
        return value.date()
    return value.replace(second=int(seconds[2])) if seconds else value
