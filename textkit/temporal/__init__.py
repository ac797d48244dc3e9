"""Find Indonesian temporal expressions in text and normalize them to TIMEX3 values.

`extract(text, anchor)` returns `Timex` records (character offsets, TIMEX3 type and value).
Expressions are found by the rules of `RULES` (pattern, trigger words, builder, examples; the
vocabulary is in `lang/temporal.py`), joined by `GLUES` where TimeML takes them as one expression
(`Rabu (25/11/2020) pagi`), then resolved in document order, each class of expression against the
reference time `REFERENCE_TIME` names: the anchor (publication date), the day the narrative is
on, or the day the paragraph's attribution reports; without an anchor the last full date seen.

Value conventions beyond plain ISO dates: decades `199X`, centuries `20XX` (abad ke-21),
weekends `2020-W47-WE`, seasons `2020-SU`, parts of a day `2020-11-25TMO` (MO, AF, EV, NI, as
IndoTimex applies them), a Hijri month without a day as the Gregorian month holding its 15th
(`Ramadan 1441 H` → `2020-05`), and `XXXX`/`XX` for what no anchor tells (`25 November` alone →
`XXXX-11-25`). Conventions and measurements: docs/design/temporal.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..dates import as_date
from ..lang import temporal as lex
from .glue import _COMPILED, GLUES, Glue, _find, _glue  # noqa: F401 (tests patch _COMPILED)
from .patterns import _GAP_CLOCK_DAY, _GAP_RANGE_DAYS
from .pieces import (
    REFERENCE_TIME,
    Clock,
    Context,
    Date,
    OnReferenceDay,
    OrdinalDay,
    Piece,
    ThatDay,
)
from .rules import EXAMPLE_ANCHOR, RULES, Rule

__all__ = [
    "EXAMPLE_ANCHOR",
    "GLUES",
    "REFERENCE_TIME",
    "RULES",
    "TIMEX_TYPES",
    "VALUE_PATTERN",
    "Glue",
    "Rule",
    "Timex",
    "extract",
    "is_timex_value",
]

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

# A TIMEX3 value as this module writes it (dates, weeks, quarters, times, durations, refs).
_NUM = r"(?:\d+(?:\.\d+)?|X)"
VALUE_PATTERN = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF|PXX"
    r"|(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
    r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:WE|[1-7]))?|-(?:Q[1-4]|H[12]|T[1-3]|SP|SU|FA|WI))?"
    r"(?:T(?:(?:[01]\d|2[0-3]):[0-5]\d|MO|MI|AF|EV|NI))?"
    rf"|P(?:{_NUM}[YMWD])+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+)"
)
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)")


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character span, TIMEX3 type and value, and the TIMEX3 `mod`
    of a modifier in its span (`MID` for "pertengahan bulan depan", `APPROX` for "sekitar
    pukul 06.10"; None without one)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


def _timex(piece: Piece, value: str, text: str) -> Timex:
    """The Timex of `piece` whose date part resolved to `value`."""
    ttype = piece.timex_type
    if ttype == "TIME":
        if not _DAY_VALUE.fullmatch(value):
            value = "XXXX-XX-XX"
        elif piece.next_day and value[0] != "X":
            value = (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
        value = f"{value}T{piece.time_of_day}"
    return Timex(piece.start, piece.end, text[piece.start : piece.end], ttype, value, piece.mod)


_ATTRIBUTION = re.compile(
    r"\b(?:" + "|".join(lex.ATTRIBUTION_VERBS) + r")(?:nya)?\b(?P<tail>[^.!?]*)$", re.IGNORECASE
)


def _attributed(gap: str) -> bool:
    """The text between a deictic word and a dated day ends in an attribution of the same
    sentence (`...," kata dia di Jakarta, `)."""
    return _ATTRIBUTION.search(gap) is not None


def _speech_day(text: str, pieces: list[Piece], i: int, ctx: Context) -> dt.date | None:
    """The day the paragraph of piece `i` reports, from its attribution after the piece
    ('"...kemarin...," kata X, Jumat (22/3).'); None without one, if it lies after the
    publication date, or if it stands right after the piece (an apposition: "kemarin, Senin
    (9/9)")."""
    end = text.find("\n", pieces[i].end)
    end = len(text) if end < 0 else end
    for candidate in pieces[i + 1 :]:
        if candidate.start >= end:
            return None
        if getattr(candidate, "dated", False):
            if _GAP_CLOCK_DAY.fullmatch(text, pieces[i].end, candidate.start):
                return None  # "kemarin, Selasa (9/9)" names the same day, no attribution
            if not _attributed(text[pieces[i].end : candidate.start]):
                return None  # a later day of the narrative, not the day of a quote
            try:
                value = candidate.resolve(text, ctx)
            except (OverflowError, ValueError):
                return None
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return None
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:  # "30/02/2021" keeps its digits but is no day
                return None
            return day if ctx.anchor is None or day <= ctx.anchor else None
    return None


_TELLING = re.compile(
    r"(?<![\w-])(?:" + "|".join([*lex.ATTRIBUTION_VERBS, *lex.INTERVIEW_VERBS]) + r")(?:nya)?"
    r"(?![\w-])(?P<tail>[^.!?\n\"“”]*)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _telling(text: str, piece: Piece) -> bool:
    """Whether `piece` is the day an attribution reports ("kata Budi di Jakarta, Selasa
    (8/3)", "saat dikonfirmasi, Selasa"): the day of the telling, not of the story told. Only
    names and the words of ATTRIBUTION_TAIL_WORDS may stand between the verb and the day."""
    match = _TELLING.search(text, max(0, piece.start - 120), piece.start)
    if match is None:
        return False
    words = _WORD.findall(match["tail"])
    return all(w[0].isupper() or w.lower() in lex.ATTRIBUTION_TAIL_WORDS for w in words)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_SCHEDULE = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, lex.SCHEDULE_WORDS)) + r")(?![\w-])", re.IGNORECASE
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding start:end."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _on_schedule(text: str, pieces: list[Piece], i: int) -> bool:
    """Whether a clock time or part of day is on no particular day: its sentence states a
    recurring schedule ("berlaku pukul 06.00-10.00 WIB", SCHEDULE_WORDS) and names no day."""
    piece = pieces[i]
    if not isinstance(piece, OnReferenceDay) or isinstance(piece, ThatDay):
        return False
    lo, hi = _sentence(text, piece.start, piece.end)
    if not _SCHEDULE.search(text, lo, hi):
        return False
    return not any(lo <= p.start < hi and p.narrates for p in pieces)


def _ordinal_dates(text: str, pieces: list[Piece], ctx: Context) -> dict[int, str]:
    """The date the text names for each ordinal day of an event: a date after "hari pertama"
    in its sentence ("hari pertama, Senin (9/9/2019)"); the first such date holds for every
    "hari pertama" of the text."""
    dates: dict[int, str] = {}
    for i, piece in enumerate(pieces):
        if not isinstance(piece, OrdinalDay) or piece.n in dates:
            continue
        _, hi = _sentence(text, piece.start, piece.end)
        later = next((p for p in pieces[i + 1 :] if p.start < hi and _day_of_month(p)), None)
        value = _day_value(later, text, ctx) if later else _nth_day_of_range(text, pieces, i, ctx)
        if value:
            dates[piece.n] = value
    return dates


def _day_of_month(piece: Piece) -> bool:
    return isinstance(piece, Date) and piece.d is not None


def _day_value(piece: Piece, text: str, ctx: Context) -> str | None:
    """The ISO day `piece` resolves to, or None."""
    try:
        value = piece.resolve(text, ctx)
    except (OverflowError, ValueError):
        return None
    return value if _DAY_VALUE.fullmatch(value) else None


def _nth_day_of_range(text: str, pieces: list[Piece], i: int, ctx: Context) -> str | None:
    """The day an ordinal day names in the range of days its paragraph gave before it ("3-4
    Agustus 2019. ... hari pertama": the 3rd; "hari terakhir": the 4th)."""
    ordinal = pieces[i]
    paragraph = text.rfind("\n", 0, ordinal.start) + 1
    if i < 2:
        return None
    for first, second in zip(pieces[i - 2 :: -1], pieces[i - 1 :: -1], strict=False):
        if first.start < paragraph:
            break
        if _day_of_month(first) and _day_of_month(second):
            if _GAP_RANGE_DAYS.fullmatch(text, first.end, second.start):
                start, end = _day_value(first, text, ctx), _day_value(second, text, ctx)
                if not (start and end):
                    return None
                if ordinal.n == 0:
                    return end
                return _nth_day(start, end, ordinal.n)
    return None


def _nth_day(start: str, end: str, n: int) -> str | None:
    """The n-th day of the range `start`..`end` (ISO days; an unknown year, `XXXX`, is kept:
    the day is counted in a leap year so that 29 February exists), or None when outside it or
    when the month or day is unknown."""
    year_unknown = start.startswith("XXXX")
    try:
        first = dt.date.fromisoformat(("2000" + start[4:]) if year_unknown else start)
    except ValueError:
        return None
    value = (first + dt.timedelta(days=n - 1)).isoformat()
    if year_unknown:
        if value[:4] != "2000":
            return None
        value = "XXXX" + value[4:]
    return value if value <= end else None


def _dates_clock(piece: Piece, after: Piece | None, text: str) -> bool:
    """Whether a clock time is on the day named right after it ("pukul 14.30 WIB, Rabu")."""
    return (
        isinstance(piece, Clock)
        and after is not None
        and after.is_day()
        and not isinstance(after, ThatDay)
        and _GAP_CLOCK_DAY.fullmatch(text, piece.end, after.start) is not None
    )


def extract(text: str, anchor: str | dt.date | None = None) -> list[Timex]:
    """Temporal expressions of `text`, normalized; `anchor` (ISO date) resolves relative ones."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    ctx = Context(anchor=as_date(anchor))
    pieces = _glue(text, _find(text))
    ordinals = _ordinal_dates(text, pieces, ctx)
    timexes = []
    for i, piece in enumerate(pieces):
        deictic = piece.reference_class == "deictic"
        ctx = replace(ctx, speech_day=_speech_day(text, pieces, i, ctx) if deictic else None)
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        if _dates_clock(piece, after, text):
            # The day comes after the clock time; resolve it to date the clock.
            try:
                day = after.resolve(text, ctx)
            except (OverflowError, ValueError):
                day = "XXXX-XX-XX"  # date arithmetic beyond year 1 or 9999, as below
            span = text[piece.start : piece.end]
            value = f"{day}T{piece.hm}"
            timexes.append(Timex(piece.start, piece.end, span, "TIME", value, piece.mod))
            continue
        try:
            if _on_schedule(text, pieces, i):
                value = "XXXX-XX-XX"
            elif isinstance(piece, OrdinalDay):
                value = ordinals.get(piece.n, piece.resolve(text, ctx))
            else:
                value = piece.resolve(text, ctx)
            timex = _timex(piece, value, text)
            ctx = ctx.after(piece, value, telling=_telling(text, piece))
        except (OverflowError, ValueError):
            # Date arithmetic beyond year 1 or 9999 (an anchor at the edge of time).
            time = f"T{piece.time}" if piece.time else ""
            ttype = "TIME" if piece.time else "DATE"
            span = text[piece.start : piece.end]
            timex = Timex(piece.start, piece.end, span, ttype, f"XXXX-XX-XX{time}")
        if VALUE_PATTERN.fullmatch(timex.value):
            timexes.append(timex)
    return timexes


def is_timex_value(value: str) -> bool:
    """Whether `value` is a TIMEX3 value of the kinds this module writes."""
    return bool(VALUE_PATTERN.fullmatch(value))
