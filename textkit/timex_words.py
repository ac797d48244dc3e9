"""TIMEX3 values as words a reader understands: `2020-WI` → `winter 2020`, `PRESENT_REF` → `now`.

Charts and tables show these beside the codes. Each rule is a record: the value pattern, how the
label is built from its groups, and examples (run by one test).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import NamedTuple

REFERENCES = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
DAY_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
HALVES = {"1": "first half", "2": "second half"}
DURATION_UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "H": "hour",
    "MIN": "minute",
    "S": "second",
    "DE": "decade",
    "CE": "century",
}


def _year(text: str) -> str:
    return "year unknown" if text == "XXXX" else text


def _day(year: str, month: str, day: str) -> str:
    name = calendar.month_name[int(month)]
    return f"{int(day)} {name}" + ("" if year == "XXXX" else f" {year}")


def _amount(number: str, unit: str) -> str:
    noun = DURATION_UNITS[unit]
    if number == "X":
        return f"{noun}s"
    value = float(number)
    shown = f"{value:g}"
    return f"{shown} {noun}" + ("" if value == 1 else "s")


def _duration(value: str) -> str:
    date, _, time = value[1:].partition("T")
    parts = [_amount(n, u) for n, u in re.findall(r"([\dX.]+)(DE|CE|[YMWD])", date)]
    parts += [
        _amount(n, "MIN" if u == "M" else u) for n, u in re.findall(r"([\dX.]+)([HMS])", time)
    ]
    return ", ".join(parts)


class Readable(NamedTuple):
    """A TIMEX3 value form and the words for it."""

    pattern: str
    build: Callable[[re.Match], str]
    examples: tuple[tuple[str, str], ...]


RULES: tuple[Readable, ...] = (
    Readable(
        "PRESENT_REF|PAST_REF|FUTURE_REF",
        lambda m: REFERENCES[m[0]],
        (("PRESENT_REF", "now"), ("PAST_REF", "the past")),
    ),
    Readable(
        r"(\d{4}|XXXX)-(\d\d)-(\d\d)T(\d\d:\d\d)",
        lambda m: f"{_day(m[1], m[2], m[3])}, {m[4]}",
        (("2020-11-23T14:30", "23 November 2020, 14:30"),),
    ),
    Readable(
        r"(\d{4}|XXXX)-(\d\d)-(\d\d)T(MO|AF|EV|NI|DT)",
        lambda m: f"{_day(m[1], m[2], m[3])}, {DAY_PARTS[m[4]]}",
        (("2020-11-25TMO", "25 November 2020, morning"),),
    ),
    Readable(
        r"(\d{4}|XXXX)-(\d\d)-(\d\d)",
        lambda m: _day(m[1], m[2], m[3]),
        (("2020-11-23", "23 November 2020"), ("XXXX-11-25", "25 November")),
    ),
    Readable(
        r"(\d{4})-(\d\d)",
        lambda m: f"{calendar.month_name[int(m[2])]} {m[1]}",
        (("2020-05", "May 2020"),),
    ),
    Readable(
        r"(\d{4})-W(\d\d)-WE",
        lambda m: f"weekend of week {int(m[2])}, {m[1]}",
        (("2020-W47-WE", "weekend of week 47, 2020"),),
    ),
    Readable(
        r"(\d{4})-W(\d\d)",
        lambda m: f"week {int(m[2])} of {m[1]}",
        (("2020-W47", "week 47 of 2020"),),
    ),
    Readable(r"(\d{4})-Q([1-4])", lambda m: f"Q{m[2]} {m[1]}", (("2020-Q3", "Q3 2020"),)),
    Readable(
        r"(\d{4})-H([12])",
        lambda m: f"{HALVES[m[2]]} of {m[1]}",
        (("2021-H1", "first half of 2021"),),
    ),
    Readable(
        r"(\d{4})-(SP|SU|FA|WI)",
        lambda m: f"{SEASONS[m[2]]} {m[1]}",
        (("2020-WI", "winter 2020"), ("2020-SU", "summer 2020")),
    ),
    Readable(r"\d{4}", lambda m: m[0], (("2019", "2019"),)),
    Readable(r"(\d{3})X", lambda m: f"the {m[1]}0s", (("199X", "the 1990s"),)),
    Readable(
        r"(\d\d)XX",
        lambda m: f"the {int(m[1]) + 1}st century" if m[1] == "20" else f"the {m[1]}00s",
        (("20XX", "the 21st century"), ("19XX", "the 1900s")),
    ),
    Readable(
        r"P(?:[\dX.]+(?:DE|CE|[YMWD]))*(?:T(?:[\dX.]+[HMS])+)?",
        lambda m: _duration(m[0]),
        (("P27Y", "27 years"), ("P1D", "1 day"), ("PT2H30M", "2 hours, 30 minutes")),
    ),
)
_COMPILED = [(re.compile(rule.pattern), rule.build) for rule in RULES]


def timex_label(value: str | None) -> str | None:
    """Words for a TIMEX3 value (`2020-WI` → `winter 2020`); the value itself when no rule
    knows its form; None for None."""
    if value is None:
        return None
    for pattern, build in _COMPILED:
        match = pattern.fullmatch(value)
        if match:
            return build(match) or value
    return value
