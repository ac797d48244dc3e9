"""Typed pieces: what a rule found, before resolution, and how each kind resolves itself.

A rule's builder returns one of the frozen dataclasses below; the glue table and `extract`
ask pieces what they are (`isinstance`, `is_day()`, `time_of_day`) and each piece computes its
own value against a `Context` (the publication date and the reference times of
`REFERENCE_TIME`). Resolvers work on TIMEX units and codes only, never on Indonesian words:
builders translate words through the lexicon before a piece exists.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import ClassVar

from hijridate import Gregorian, Hijri

from .patterns import _future_before, _tense

# The reference time each class of expression counts from (HeidelTime's news vs narrative
# choice, made per class by measurement on both golds: docs/design/temporal.md):
# "anchor" the publication date; "narrative" the day the text last pointed to (the last dated
# day, weekday or day offset); "story" the same, leaving out the days attributions report
# ("kata X, Selasa (8/3)" dates the telling, not the story told); "speech" the day the
# paragraph's attribution reports ('"... kemarin...," kata X, Jumat (22/3)'). Each falls back
# to the publication date.
REFERENCE_TIME: dict[str, str] = {
    "deictic": "speech",  # hari ini, kemarin, besok, pagi ini, pukul 18.05 tadi
    "following": "narrative",  # keesokan harinya, dua pekan kemudian, hari sebelumnya
    # a bare clock time or part of day, hari itu, a weekday with a time (Senin malam)
    "time_of_day": "story",
    "weekday": "anchor",  # Senin, Senin lalu
    "ago": "anchor",  # dua pekan lalu, tiga tahun silam
}


@dataclass(frozen=True)
class Context:
    """What resolution knows at one point of a text read in order. Pieces only read it;
    `extract` moves it on (`after`) once a piece is resolved."""

    anchor: dt.date | None  # publication date, when given
    last_absolute: dt.date | None = None  # last date written out in full
    last_day: dt.date | None = None  # last day any expression pointed to
    story_day: dt.date | None = None  # last day pointed to outside an attribution
    speech_day: dt.date | None = None  # the day the paragraph reports ("kata X, Senin (1/7)")

    @property
    def base(self) -> dt.date | None:
        return self.anchor or self.last_absolute

    def reference(self, expression_class: str) -> dt.date | None:
        """The day expressions of this class count from (REFERENCE_TIME)."""
        choice = REFERENCE_TIME[expression_class]
        if choice == "narrative":
            return self.last_day or self.base
        if choice == "story":
            return self.story_day or self.base
        if choice == "speech":
            return self.speech_day or self.base
        return self.base

    def after(self, piece: Piece, value: str, telling: bool = False) -> Context:
        """The context after `piece` resolved to `value`: a piece that points to a day
        (`Piece.narrates`) moves the narrative there, and the story too unless `telling` (the
        day an attribution reports, "kata X, Selasa (8/3)")."""
        if not piece.narrates or not _ISO_DAY.fullmatch(value):
            return self
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return self
        last_absolute = day if piece.fixes_base(self.anchor is not None) else self.last_absolute
        story_day = self.story_day if telling else day
        return replace(self, last_day=day, story_day=story_day, last_absolute=last_absolute)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------------------
# Calendar arithmetic (TIMEX units)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


# How far ahead a date without year or cue may lie before it is taken as last year's.
_NEAR_FUTURE = dt.timedelta(days=60)


def _pick_occurrence(options: list[dt.date], base: dt.date, tense: int) -> dt.date | None:
    """Of yearly recurrences, the one meant. A tail word decides (tense 1 "mendatang", -1
    "lalu"); else the nearest within two months of `base`; else the next one when the sentence
    looks ahead (tense 2), otherwise the last one (news mostly looks back)."""
    options = sorted(d for d in options if d is not None)
    ahead = [d for d in options if d >= base]
    behind = [d for d in options if d <= base]
    if tense == 1 or tense == -1:
        chosen = ahead[:1] if tense == 1 else behind[-1:]
        return chosen[0] if chosen else None
    near = [d for d in options if abs(d - base) <= _NEAR_FUTURE]
    if near:
        return min(near, key=lambda d: abs((d - base).days))
    chosen = ahead[:1] if tense == 2 else behind[-1:]
    return chosen[0] if chosen else (options[0] if options else None)


def _closest_year(month: int, day: int, base: dt.date, tense: int = 0) -> dt.date | None:
    """The date with this month and day that `base` and the tense point to."""
    options = [_safe_date(base.year + k, month, day) for k in (-1, 0, 1)]
    return _pick_occurrence([d for d in options if d is not None], base, tense)


def _hijri_to_date(hy: int, hm: int, hd: int) -> dt.date | None:
    try:
        g = Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def _hijri_year_of(day: dt.date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


# A year more than this many years after the publication year is a typo ("3019" for 2019): the
# expression is a date, its year unknown (XXXX).
_YEARS_AHEAD = 100
# Hijri years a bare "tahun N" may be (Umm al-Qura, as hijridate converts them).
HIJRI_YEARS = range(1343, 1501)


def _plausible_year(year: int | None, ctx: Context) -> int | None:
    """`year`, or None if it lies beyond any plausible year of the text (a typo)."""
    if year is not None and ctx.base is not None and year > ctx.base.year + _YEARS_AHEAD:
        return None
    return year


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _resolve_unit(unit: str, shift: int, mod: str, base: dt.date | None) -> str:
    """The calendar `unit` (TIMEX3: WEEK, MONTH, YEAR...) `shift` units from `base`; the END of
    a week is its weekend."""
    if unit == "WEEK":
        if base is None:
            return "XXXX-WXX-WE" if mod == "END" else "XXXX-WXX"
        week = _week(base + dt.timedelta(weeks=shift))
        return f"{week}-WE" if mod == "END" else week
    if base is None:
        return "XXXX-XX" if unit == "MONTH" else "XXXX"
    if unit == "MONTH":
        y, m = _add_months(base, shift)
        return f"{y:04d}-{m:02d}"
    if unit == "YEAR":
        return f"{base.year + shift:04d}"
    if unit == "DECADE":
        return f"{(base.year // 10 + shift):03d}X"
    if unit == "CENTURY":
        return f"{(base.year // 100 + shift):02d}XX"
    if unit == "HALF":
        half = (base.month - 1) // 6 + shift
        return f"{base.year + half // 2:04d}-H{half % 2 + 1}"
    quarter = (base.month - 1) // 3 + shift
    return f"{base.year + quarter // 4:04d}-Q{quarter % 4 + 1}"


def _resolve_day_of_month(d: int, ctx: Context, mshift: int | None = None, tense: int = 0) -> str:
    """`tanggal 17`: that day in the month `mshift` months from the anchor's ("tanggal 1 bulan
    ini"), else in the month nearest the anchor, before it or after it as the tense says."""
    if ctx.base is None or not 1 <= d <= 31:
        return f"XXXX-XX-{d:02d}" if 1 <= d <= 31 else "XXXX-XX-XX"
    months = (mshift,) if mshift is not None else (-1, 0, 1)
    options = [_safe_date(*_add_months(ctx.base, k), d) for k in months]
    options = [o for o in options if o is not None]
    if mshift is None and tense in (1, -1):
        options = [o for o in options if (o - ctx.base).days * tense >= 0] or options
    if not options:
        return "XXXX-XX-XX"
    day = min(options, key=lambda o: abs((o - ctx.base).days))
    return day.isoformat()


# ---------------------------------------------------------------------------
# The pieces


@dataclass(frozen=True, kw_only=True, slots=True)
class Piece:
    """A temporal expression found in a text: its span, the clock time or part-of-day code
    glued to it (`"14:30"`, `"MO"`), whether that time ends the day (TimeML writes midnight as
    the next day's T00:00), other expressions one match found ("3-4 Desember"), and the TIMEX3
    `mod` of a modifier in its span ("pertengahan", "sekitar")."""

    start: int
    end: int
    time: str | None = None
    next_day: bool = False
    extra: tuple[Piece, ...] = ()
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN...

    # Which REFERENCE_TIME class the piece counts from (None: it needs none).
    reference_class: ClassVar[str | None] = None
    # Whether an approximation modifier before it ("sekitar") joins its span.
    takes_approximation: ClassVar[bool] = True
    # Whether the day it resolves to becomes the day the narrative is on (Context.after).
    narrates: ClassVar[bool] = False

    def resolve(self, text: str, ctx: Context) -> str:
        """The date part of the TIMEX3 value (the time of day is added by the caller); reads
        `ctx`, never changes it."""
        raise NotImplementedError(type(self).__name__)

    def fixes_base(self, anchored: bool) -> bool:
        """Whether its day becomes the base of later relative expressions when the text has
        no publication date (`anchored` False) or has one."""
        return False

    def is_day(self) -> bool:
        """Whether the piece names one day (a clock time after it can be on that day)."""
        return False

    def takes_period_modifier(self) -> bool:
        """Whether a period modifier before it ("awal", "akhir") joins its span."""
        return False

    @property
    def time_of_day(self) -> str | None:
        """The clock time or part-of-day code the value ends with, if any."""
        return self.time

    @property
    def timex_type(self) -> str:
        return "DATE" if self.time_of_day is None else "TIME"


@dataclass(frozen=True, kw_only=True, slots=True)
class Block(Piece):
    """A match that is no expression but keeps others out of its span ("UU Nomor 12 Tahun
    2011")."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Fixed(Piece):
    """A value known from the words alone: `P3D`, `PAST_REF`, `199X`, a SET."""

    value: str
    type: str = "DATE"

    def resolve(self, text: str, ctx: Context) -> str:
        return self.value

    def takes_period_modifier(self) -> bool:
        return self.type == "DATE"

    @property
    def timex_type(self) -> str:
        return self.type


@dataclass(frozen=True, kw_only=True, slots=True)
class Date(Piece):
    """A calendar date, any of year, month and day missing; `month_shift` places a bare day
    of the month ("tanggal 5 bulan lalu": -1); `dated` marks a weekday with its date, a day
    the narrative is on ("Senin (21/10)")."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    month_shift: int | None = None
    dated: bool = False
    narrates: ClassVar[bool] = True

    def is_day(self) -> bool:
        return self.d is not None

    def fixes_base(self, anchored: bool) -> bool:
        """A date with its year, or any date of a text without publication date."""
        return self.y is not None or not anchored

    def takes_period_modifier(self) -> bool:
        return self.d is None

    def resolve(self, text: str, ctx: Context) -> str:
        y, m, d = self.y, self.m, self.d
        if y is not None and _plausible_year(y, ctx) is None:
            return "-".join(["XXXX", *(f"{n:02d}" for n in (m, d) if n is not None)])
        tense = _tense(text, self.start, self.end)
        if m is None and d is not None:
            return _resolve_day_of_month(d, ctx, self.month_shift, tense)
        if m is None:
            return f"{y:04d}"
        if not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
            return "XXXX-XX-XX" if d is not None else "XXXX-XX"
        if d is None:
            return f"{y:04d}-{m:02d}" if y else f"XXXX-{m:02d}"
        if y is None:
            base = ctx.base
            if base is None:
                return f"XXXX-{m:02d}-{d:02d}"
            day = _closest_year(m, d, base, tense)
            if day is None:
                return f"XXXX-{m:02d}-{d:02d}"
        else:
            day = _safe_date(y, m, d)
            if day is None:
                return f"{y:04d}-{m:02d}-{d:02d}"
        return day.isoformat()


@dataclass(frozen=True, kw_only=True, slots=True)
class Month(Piece):
    """A month without year ("Juni", "Oktober lalu"): `shift` -1/0/1 or None (nearest)."""

    m: int
    shift: int | None = None

    def takes_period_modifier(self) -> bool:
        return True

    def resolve(self, text: str, ctx: Context) -> str:
        base = ctx.base
        if base is None:
            return f"XXXX-{self.m:02d}"
        year = base.year
        if self.shift is None:
            first = dt.date(base.year, base.month, 1)
            day = _closest_year(self.m, 1, first, _tense(text, self.start, self.end))
            year = day.year if day else year
        elif self.shift < 0 and self.m >= base.month:
            year -= 1
        elif self.shift > 0 and self.m <= base.month:
            year += 1
        return f"{year:04d}-{self.m:02d}"


@dataclass(frozen=True, kw_only=True, slots=True)
class YearPart(Piece):
    """A part of a year by its TIMEX3 code (`Q3`, `H1`, `SU`), in `y` or `shift` years from
    the publication year."""

    part: str
    y: int | None = None
    shift: int = 0

    def resolve(self, text: str, ctx: Context) -> str:
        if self.y is not None:
            year = _plausible_year(self.y, ctx)
        else:
            year = ctx.base.year + self.shift if ctx.base else None
        return f"{year:04d}-{self.part}" if year else f"XXXX-{self.part}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Quarter(YearPart):
    """A quarter, half or third of a year ("kuartal III 2019")."""

    def takes_period_modifier(self) -> bool:
        return True


@dataclass(frozen=True, kw_only=True, slots=True)
class Season(YearPart):
    """A season as IndoTimex maps them ("musim kemarau" → SU)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitShift(Piece):
    """A calendar unit (TIMEX3 WEEK, MONTH, YEAR...) shifted from the publication date
    ("bulan depan"), with a START/MID/END modifier; `explicit` when a shift word was written."""

    unit: str
    shift: int = 0
    explicit: bool = False

    def takes_period_modifier(self) -> bool:
        return True

    def resolve(self, text: str, ctx: Context) -> str:
        shift, base = self.shift, ctx.base
        if self.unit == "WEEK" and not self.explicit and base is not None:
            # A bare "akhir pekan" early in the week is the weekend just gone, unless future.
            if base.isoweekday() <= 3 and not _future_before(text, self.start):
                shift = -1
        elif self.unit == "WEEK" and self.mod == "END" and shift == 0 and base is not None:
            # "akhir pekan ini" told on a Monday is the weekend just gone, unless future.
            if base.isoweekday() == 1 and not _future_before(text, self.start):
                shift = -1
        return _resolve_unit(self.unit, shift, self.mod, base)


@dataclass(frozen=True, kw_only=True, slots=True)
class Weekday(Piece):
    """An ISO weekday (Monday 1), `shift` ("week", n) for that weekday n weeks away, ("prev",
    0) / ("next", 0) for the one before or after, None for the nearest."""

    wd: int
    shift: tuple[str, int] | None = None
    narrates: ClassVar[bool] = True

    @property
    def reference_class(self) -> str:  # type: ignore[override]
        """A weekday with a time of day ("Senin malam") is the story's; a bare one counts from
        the publication date."""
        return "weekday" if self.time is None else "time_of_day"

    def is_day(self) -> bool:
        return self.time is None

    def resolve(self, text: str, ctx: Context) -> str:
        base = ctx.reference(self.reference_class)
        if base is None:
            return f"XXXX-WXX-{self.wd}"
        delta = self.wd - base.isoweekday()
        shift = self.shift
        if shift is None:
            if _future_before(text, self.start):
                delta = delta + 7 if delta < 0 else delta
            else:
                delta = delta - 7 if delta > 0 else delta
        elif shift[0] == "prev":
            delta = delta - 7 if delta >= 0 else delta
        elif shift[0] == "next":
            delta = delta + 7 if delta <= 0 else delta
        else:
            delta += 7 * shift[1]
        day = base + dt.timedelta(days=delta)
        return day.isoformat()


@dataclass(frozen=True, kw_only=True, slots=True)
class RelDay(Piece):
    """A day `offset` days from today ("kemarin") or, `following`, from the day the narrative
    is on ("keesokan harinya"); `pod_first` for a part of today ("pagi ini")."""

    offset: int
    following: bool = False
    pod_first: bool = False
    takes_approximation: ClassVar[bool] = False
    narrates: ClassVar[bool] = True

    @property
    def reference_class(self) -> str:  # type: ignore[override]
        return "following" if self.following else "deictic"

    def is_day(self) -> bool:
        return self.time is None

    def resolve(self, text: str, ctx: Context) -> str:
        base = ctx.reference(self.reference_class)
        if base is None:
            return "XXXX-XX-XX"
        day = base + dt.timedelta(days=self.offset)
        return day.isoformat()


@dataclass(frozen=True, kw_only=True, slots=True)
class OnReferenceDay(Piece):
    """An expression on the day its class counts from, without a date of its own."""

    reference_class: ClassVar[str | None] = "time_of_day"

    def resolve(self, text: str, ctx: Context) -> str:
        day = ctx.reference(self.reference_class)
        return day.isoformat() if day else "XXXX-XX-XX"


@dataclass(frozen=True, kw_only=True, slots=True)
class ThatDay(OnReferenceDay):
    """ "hari itu": the day the narrative is on."""

    takes_approximation: ClassVar[bool] = False

    def is_day(self) -> bool:
        return self.time is None


@dataclass(frozen=True, kw_only=True, slots=True)
class PartOfDay(OnReferenceDay):
    """A part of a day by TIMEX3 code (MO, AF, EV, NI); `qualified` when a word makes it
    temporal ("pagi itu", "sejak pagi"), else it is dropped."""

    code: str
    qualified: bool = False

    @property
    def time_of_day(self) -> str | None:
        return self.time or self.code


@dataclass(frozen=True, kw_only=True, slots=True)
class Clock(OnReferenceDay):
    """A clock time `hm` ("14:30"); `today` when it is said to be today's ("pukul 9 tadi");
    `bare` for digits without clock word or zone, kept only in a range after a clock time;
    `worded` with a clock word."""

    hm: str
    today: bool = False
    bare: bool = False
    worded: bool = False  # said with a clock word ("pukul 07.00"), not a stamp ("14:30 WIB")

    @property
    def reference_class(self) -> str:  # type: ignore[override]
        return "deictic" if self.today else "time_of_day"

    @property
    def time_of_day(self) -> str | None:
        return self.time or self.hm


@dataclass(frozen=True, kw_only=True, slots=True)
class OrdinalDay(Piece):
    """The `n`th day of an event ("hari pertama"; 0 for "hari terakhir"): unknown on its own;
    `extract` gives it the date the text names for it."""

    n: int
    narrates: ClassVar[bool] = True
    takes_approximation: ClassVar[bool] = False

    def is_day(self) -> bool:
        return True

    def resolve(self, text: str, ctx: Context) -> str:
        return "XXXX-XX-XX"


@dataclass(frozen=True, kw_only=True, slots=True)
class Offset(Piece):
    """`steps` TIMEX units (D, W, M, Y; T for clock units) away, `sign` -1 back or 1 ahead,
    from the publication date ("dua pekan lalu") or, `following`, from the day the narrative
    is on ("dua pekan kemudian"); `steps` None for a vague count ("beberapa hari lalu")."""

    steps: int | None
    unit: str
    sign: int
    following: bool = False
    narrates: ClassVar[bool] = True

    @property
    def reference_class(self) -> str:  # type: ignore[override]
        return "following" if self.following else "ago"

    def resolve(self, text: str, ctx: Context) -> str:
        base = ctx.reference(self.reference_class)
        narrated = (
            self.following and ctx.last_day is not None and REFERENCE_TIME["following"] != "anchor"
        )
        steps, unit = self.steps, self.unit
        if steps is None or base is None:
            return "PAST_REF" if self.sign < 0 else "FUTURE_REF"
        if unit == "T":
            return base.isoformat()
        if unit == "D" or narrated and unit in ("W", "M"):
            # After a narrated day, weeks and months count to a day ("dua pekan kemudian").
            if unit == "M":
                y, m = _add_months(base, steps)
                day = _safe_date(y, m, base.day) or _safe_date(y, m, 28)
            else:
                day = base + dt.timedelta(days=steps * (7 if unit == "W" else 1))
            return day.isoformat()
        if unit == "W":
            return _week(base + dt.timedelta(weeks=steps))
        if unit == "M":
            y, m = _add_months(base, steps)
            return f"{y:04d}-{m:02d}"
        return f"{base.year + steps:04d}"


@dataclass(frozen=True, kw_only=True, slots=True)
class HijriDate(Piece):
    """A Hijri month `hm` and day `hd` (None: the month) of Hijri year `hy`, or of the Hijri
    year that falls in Gregorian year `gy` ("Lebaran 2020"), or the one nearest the anchor. A
    month without day is the Gregorian month holding its 15th."""

    hm: int
    hd: int | None = None
    hy: int | None = None
    gy: int | None = None
    narrates: ClassVar[bool] = True

    def is_day(self) -> bool:
        return self.hd is not None

    def takes_period_modifier(self) -> bool:
        return True

    def resolve(self, text: str, ctx: Context) -> str:
        hm, hd, hy = self.hm, self.hd, self.hy
        candidates: list[int] = []
        if hy is not None:
            candidates = [hy]
        elif self.gy:
            start = _hijri_year_of(dt.date(self.gy, 1, 1))
            candidates = [start, start + 1] if start else []
        elif ctx.base is not None:
            here = _hijri_year_of(ctx.base)
            candidates = [here - 1, here, here + 1] if here else []
        days = [_hijri_to_date(h, hm, hd or 15) for h in candidates]
        days = [day for day in days if day is not None]
        if self.gy:
            days = [day for day in days if day.year == self.gy]
        if not days:
            return "XXXX-XX-XX" if hd else "XXXX-XX"
        tense = _tense(text, self.start, self.end)
        day = _pick_occurrence(days, ctx.base, tense) if ctx.base else days[0]
        day = day or days[0]
        if hd is None:
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()


@dataclass(frozen=True, kw_only=True, slots=True)
class HijriYear(Piece):
    """A Hijri year ("1441 H"), or a bare year number that may be one (`bare`: "tahun 1441"
    in an article of 2020). TIMEX3 has no Hijri calendar and a Hijri year spans two Gregorian
    years: the value is the Gregorian year holding its middle (1 Rajab), as a Hijri month is
    the Gregorian month holding its 15th. A bare number is Hijri only within a year of the
    publication date's Hijri year, else the Gregorian year it reads as."""

    hy: int
    bare: bool = False

    def resolve(self, text: str, ctx: Context) -> str:
        if self.bare:
            here = _hijri_year_of(ctx.base) if ctx.base else None
            if here is None or abs(self.hy - here) > 1:
                return f"{self.hy:04d}"
        middle = _hijri_to_date(self.hy, 7, 1)
        return f"{middle.year:04d}" if middle else "XXXX"
