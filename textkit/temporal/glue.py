"""Finding pieces with the rules, and gluing neighbours TimeML reads as one expression."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..lang import temporal as lex
from .patterns import (
    _APPROX_BEFORE,
    _CLOSE_PAREN,
    _GAP_DATE_CLOCK,
    _GAP_DAY_TIME,
    _GAP_RANGE,
    _GAP_WEEKDAY_DATE,
    _MOD_BEFORE,
    _TRAILING,
    _WORDS,
)
from .pieces import Block, Clock, Date, PartOfDay, Piece, RelDay, Weekday
from .rules import RULES, _phrase

_COMPILED = [(rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in RULES]


def _find(text: str) -> list[Piece]:
    """Non-overlapping pieces; where matches overlap, the longest wins."""
    found: list[Piece] = []
    words = set(_WORDS.findall(text.lower()))
    for rule, pattern in _COMPILED:
        if rule.triggers is not None and words.isdisjoint(rule.triggers):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                piece = rule.piece(m, text)
                if piece is not None:
                    found.append(piece)
    found.sort(key=lambda p: (p.start - p.end, p.start))
    taken: list[Piece] = []
    extras: list[Piece] = []
    occupied = bytearray(len(text))
    for piece in found:
        if any(occupied[piece.start : piece.end]):
            continue
        taken.append(piece)
        extras.extend(piece.extra)
        occupied[piece.start : piece.end] = b"\x01" * (piece.end - piece.start)
    out: list[Piece] = []
    for piece in sorted(taken, key=lambda p: p.start):
        if extras and any(e.start <= piece.start and piece.end <= e.end for e in extras):
            continue  # "Januari" of "sejak Januari hingga Juli 2019" is the range's
        if piece.extra:
            out.extend(piece.extra)
            piece = replace(piece, extra=())
        if not isinstance(piece, Block):
            out.append(piece)
    return sorted(out, key=lambda p: p.start)


# Named predicates on pieces, for the glue table.
def _undated_weekday_or_day(piece: Piece) -> bool:
    """A weekday without shift or a day word without time: "Rabu", "hari ini"."""
    if isinstance(piece, Weekday):
        return piece.shift is None
    return isinstance(piece, RelDay) and piece.time is None


def _day_of_month(piece: Piece) -> bool:
    return isinstance(piece, Date) and piece.d is not None


def _day_without_time(piece: Piece) -> bool:
    return _day_of_month(piece) and piece.time is None


def _part_of_today(piece: Piece) -> bool:
    """A part of day read as a day offset: "pagi ini", "malam nanti"."""
    return isinstance(piece, RelDay) and piece.pod_first


def _is_day(piece: Piece) -> bool:
    return piece.is_day()


def _day_or_weekday(piece: Piece) -> bool:
    return piece.is_day() or isinstance(piece, Weekday)


def _day_or_timed(piece: Piece) -> bool:
    """A day, or a piece with a time already ("pukul 08.00" before ", 10.00")."""
    return _day_or_weekday(piece) or piece.time is not None


def _any_clock(piece: Piece) -> bool:
    return isinstance(piece, Clock)


def _time_of_day(piece: Piece) -> bool:
    """A part of day or a clock time with a clock word or zone."""
    return isinstance(piece, PartOfDay) or isinstance(piece, Clock) and not piece.bare


def _timed_before_part_of_day(left: Piece, right: Piece, gap: str) -> bool:
    """A piece that has its time takes no part of day after it."""
    return left.time is not None and isinstance(right, PartOfDay)


def _clock_apposed_to_date(left: Piece, right: Piece, gap: str) -> bool:
    """A clock time said with its clock word after a calendar date and a comma is a TIME of
    its own: "Kamis (10/3/2022), pukul 07.00 WIB" is a DATE and a TIME (the clock counts from
    the story day, the date just named); a stamp "25 November 2020, 14:30 WIB" stays one, and
    so does a clock narrowing a part of day ("Kamis (19/9) sore, pukul 15.30 WIB")."""
    return _day_without_time(left) and isinstance(right, Clock) and right.worded and "," in gap


def _keeps_apart_from_day(left: Piece, right: Piece, gap: str) -> bool:
    """A day keeps apart what TimeML does not join to it: a part of day after a piece timed
    already, a clock time apposed to a calendar date."""
    return _timed_before_part_of_day(left, right, gap) or _clock_apposed_to_date(left, right, gap)


def _day_word_apposed(left: Piece, right: Piece, gap: str) -> bool:
    """A day word and a date apposed with a comma are two expressions ("esok, 11 September
    2019", "kemarin, 9/9/2019"); a weekday and its date are one ("Senin, 9 September 2019")."""
    return isinstance(left, RelDay) and "," in gap


def _timed_day_word(piece: Piece) -> bool:
    """A day word with a part of day: "tadi pagi", "kemarin sore"."""
    return isinstance(piece, RelDay) and piece.time is not None


def _join_time_before(left: Piece, right: Piece, text: str, gap: str) -> Piece:
    """The right day with the left piece's part of day ("tadi pagi, Kamis (19/9/2019)")."""
    return replace(right, start=left.start, time=left.time)


def _never(left: Piece, right: Piece, gap: str) -> bool:
    return False


# Joins: the left piece takes the right one into its span.
def _join_weekday_date(left: Piece, right: Piece, text: str, gap: str) -> Piece:
    """The date with the weekday before it: a day the narrative is on ("Senin (21/10)")."""
    end = right.end
    if "(" in gap:
        close = _CLOSE_PAREN.match(text, end)
        if close:
            end = close.end()
    trailing = _TRAILING.match(text, end)
    if trailing and trailing.end() > end:
        end = trailing.end()
    return replace(right, start=left.start, end=end, time=right.time or left.time, dated=True)


def _join_time(left: Piece, right: Piece, text: str, gap: str) -> Piece:
    """The left day with the right piece's part of day or clock time."""
    return replace(left, end=right.end, time=right.time_of_day, next_day=right.next_day)


@dataclass(frozen=True)
class Glue:
    """Two neighbouring pieces TimeML reads as one expression: which left and right pieces,
    the text allowed between them, and how they join. The first glue that fits applies."""

    name: str
    left: Callable[[Piece], bool]
    right: Callable[[Piece], bool]
    gap: re.Pattern
    join: Callable[[Piece, Piece, str, str], Piece]
    unless: Callable[[Piece, Piece, str], bool] = _never


GLUES: tuple[Glue, ...] = (
    # "Rabu (25/11/2020)", "hari ini, Senin (21/10/2019)"
    Glue(
        "weekday + date",
        _undated_weekday_or_day,
        _day_of_month,
        _GAP_WEEKDAY_DATE,
        _join_weekday_date,
        unless=_day_word_apposed,
    ),
    # "tadi pagi, Kamis (19/9/2019)": a date and its time of day, joined by a comma at most
    Glue(
        "part of a day + date", _timed_day_word, _day_without_time, _GAP_DAY_TIME, _join_time_before
    ),
    # "Rabu (25/11) pagi ini"
    Glue("day + part of today", _is_day, _part_of_today, _GAP_DAY_TIME, _join_time),
    # "Rabu malam", "Senin (23/9) pukul 14.00", "pukul 08.00, 10.00"
    Glue(
        "day + time of day",
        _day_or_timed,
        _time_of_day,
        _GAP_DAY_TIME,
        _join_time,
        unless=_keeps_apart_from_day,
    ),
    # "25 Nov 2020 | 14:30" in datelines
    Glue(
        "date + clock",
        _day_without_time,
        _any_clock,
        _GAP_DATE_CLOCK,
        _join_time,
        unless=_clock_apposed_to_date,
    ),
)


def _range_end_clock(prev: Piece | None, piece: Piece, gap: str) -> bool:
    """A bare clock reading after a clock time and a range word ("pukul 08.00-10.00")."""
    if prev is None or not _GAP_RANGE.fullmatch(gap):
        return False
    if isinstance(prev, Clock) and not prev.bare:
        return True
    return bool(prev.time and ":" in prev.time)


def _fitting_glue(prev: Piece, piece: Piece, gap: str) -> Glue | None:
    """The first glue that joins `prev` and `piece` across `gap`, if any."""
    for g in GLUES:
        if g.left(prev) and g.right(piece) and not g.unless(prev, piece, gap):
            if g.gap.fullmatch(gap):
                return g
    return None


def _glue(text: str, pieces: list[Piece]) -> list[Piece]:
    """Join pieces that TimeML reads as one expression (GLUES), a joined piece again with the
    one before it ("tadi pagi, Kamis (19/9/2019)"); a bare clock reading survives only in a
    range after a clock time ("pukul 08.00-10.00"); modifiers before a piece join its span."""
    out: list[Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and piece.start < prev.end:
            continue
        gap = text[prev.end : piece.start] if prev else ""
        glue = prev is not None and _fitting_glue(prev, piece, gap)
        if glue:
            out[-1] = glue.join(prev, piece, text, gap)
            while len(out) > 1:
                gap = text[out[-2].end : out[-1].start]
                again = _fitting_glue(out[-2], out[-1], gap)
                if not again:
                    break
                out[-2:] = [again.join(out[-2], out[-1], text, gap)]
            continue
        if isinstance(piece, Clock) and piece.bare:
            if not _range_end_clock(prev, piece, gap):
                continue
            piece = replace(piece, bare=False)
        out.append(piece)
    result = []
    for piece in out:
        if isinstance(piece, PartOfDay) and not piece.qualified:
            continue
        start, mod = piece.start, piece.mod
        if piece.takes_approximation:
            approx = _APPROX_BEFORE.search(text, max(0, start - 20), start)
            if approx:
                start, mod = approx.start(), lex.APPROX_MODIFIERS[_phrase(approx["word"])]
        if piece.takes_period_modifier():
            period = _MOD_BEFORE.search(text, max(0, start - 20), start)
            if period:
                start, mod = period.start(), lex.PERIOD_MODIFIERS[_phrase(period["word"])]
        changed = start != piece.start or mod != piece.mod
        result.append(replace(piece, start=start, mod=mod) if changed else piece)
    return result
