"""The rules: one record per expression type, with its builder and guards."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lang import temporal as lex
from .patterns import (
    _AGO,
    _B,
    _CALENDAR,
    _CLOCK_WORD,
    _CURRENCY_BEFORE,
    _DATE_AFTER,
    _DAY_HEAD,
    _DAY_NUMBER_HEAD,
    _DAY_RANGE,
    _DIGITS,
    _E,
    _HIJRI_ERA,
    _LIST_BEFORE,
    _MOD,
    _MONTH,
    _MONTH_HEAD,
    _MONTH_RANGE_BEFORE,
    _NOT_CLOCK_AFTER,
    _NUMBER_BEFORE,
    _NUMWORDS,
    _ORDINAL,
    _POD,
    _PREP_BEFORE,
    _QTY,
    _RANGE_BEFORE,
    _RANGE_TO_CLOCK,
    _ROMAN,
    _SENT_BOUNDARY_BEFORE,
    _SHIFT,
    _SPACES,
    _TAIL,
    _TODAY_AFTER,
    _TZ,
    _UNIT,
    _WEEKDAY,
    _YEAR,
    _YEAR_HEAD,
    _alt,
    _first_words,
    _last_words,
    _letter_runs,
    _name_before,
    _word_before,
)
from .pieces import (
    HIJRI_YEARS,
    Block,
    Clock,
    Date,
    Fixed,
    HijriDate,
    HijriYear,
    Month,
    Offset,
    OrdinalDay,
    PartOfDay,
    Piece,
    Quarter,
    RelDay,
    Season,
    ThatDay,
    UnitShift,
    Weekday,
)


def _number(text: str) -> float | None:
    """The number written by digits (`1.500`, `1,5`) or Indonesian words (`dua puluh tujuh`)."""
    text = text.lower().strip()
    if text[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
            return float(text.replace(".", ""))
        return float(text.replace(",", "."))
    words = text.split()
    if words[-1] in lex.HALF_WORDS:
        return 1.5 if len(words) > 1 else 0.5
    if words[0] in lex.VAGUE_QUANTITIES:
        return None
    total, current = 0, 0
    for word in words:
        if word in lex.UNITS_WORDS:
            current += lex.UNITS_WORDS[word]
        elif word in lex.SE_NUMBERS and lex.SE_NUMBERS[word] >= 100:
            total += current + lex.SE_NUMBERS[word]  # "seratus", "seribu"
            current = 0
        elif word in lex.SE_NUMBERS:
            current += lex.SE_NUMBERS[word]
        elif word == lex.BELAS:
            current += 10
        elif lex.MULTIPLIERS.get(word) == 10:  # "dua puluh"
            current = (current or 1) * 10
        elif lex.MULTIPLIERS.get(word) == 100:  # "tiga ratus"
            total += (current or 1) * 100
            current = 0
        elif lex.MULTIPLIERS.get(word) == 1000:  # "dua ribu"
            total = (total + current or 1) * 1000
            current = 0
    return float(total + current)


def _phrase(words: str | None) -> str:
    """A matched phrase as a lexicon key: lower case, each run of whitespace one space."""
    return _SPACES.sub(" ", (words or "").lower())


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _roman_or_int(text: str) -> int:
    text = text.lower()
    if text.isdigit():
        return int(text)
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= 50 else 1900
    return year


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


# The next smaller TIMEX3 unit and how many of it make one: a fraction of a unit is written
# in whole smaller units ("setengah jam" PT30M).
_SMALLER_UNIT: dict[tuple[str, bool], tuple[str, bool, int]] = {
    ("Y", False): ("M", False, 12),
    ("M", False): ("D", False, 30),
    ("W", False): ("D", False, 7),
    ("D", False): ("H", True, 24),
    ("H", True): ("M", True, 60),
    ("M", True): ("S", True, 60),
}


def _duration(n: float | None, unit: str, whole: bool = False) -> str:
    """The TIMEX3 duration of `n` `unit`s (None: unspecified); `whole` writes a fraction in
    whole smaller units (TimeML values count whole units: "setengah jam" PT30M)."""
    letter, is_time = lex.UNITS[unit]
    if n is None:
        amount = "X"
    else:
        n *= lex.UNIT_FACTORS.get(unit, 1)
        while whole and n != int(n) and (letter, is_time) in _SMALLER_UNIT:
            letter, is_time, factor = _SMALLER_UNIT[letter, is_time]
            n *= factor
        amount = _fmt(n)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _is_fraction(quantity: str) -> bool:
    """A quantity said with a fraction word: "setengah", "satu setengah"."""
    return quantity.lower().split()[-1] in lex.HALF_WORDS


# ---------------------------------------------------------------------------
# Guards: named pure predicates on a match (and its text) that must all hold for a rule's
# match to become a piece. Each rule lists its guards.

Guard = Callable[[re.Match, str], bool]


def _dots_with_full_year(m: re.Match, text: str) -> bool:
    """A date written with dots has four year digits ("25.11.2020"; "25.11.20" is a number)."""
    return m["dmy_mark"] != "." or len(m["dmy_y"]) == 4


def _day_number_in_month(m: re.Match, text: str) -> bool:
    return int(m["do_d"]) <= 31


def _not_after_name_head(m: re.Match, text: str) -> bool:
    """Not a name containing a date ("Jalan 17 Agustus", "Universitas 11 Maret")."""
    return _word_before(text, m.start()).lower().rstrip(".") not in lex.NAME_HEADS


def _hyphen_only_in_month_range(m: re.Match, text: str) -> bool:
    """A month and year after a hyphen is the end of a month range ("Januari-Juli 2019"), not
    part of a word ("pra-Juli 2019")."""
    start = m.start()
    return text[start - 1 : start] != "-" or _range_first_month(text, start) is not None


def _range_first_month(text: str, start: int) -> re.Match | None:
    """The first month of a month range that ends with the month at `start`, if any."""
    return _MONTH_RANGE_BEFORE.search(text, max(0, start - 40), start)


def _full_month_name(m: re.Match, text: str) -> bool:
    """A month alone is a capitalized full name ("Juni"; "Jun" or "juni" needs a number)."""
    word = m["mo_m"]
    return _capitalized(word) and word.lower() in lex.FULL_MONTHS


def _month_marked(m: re.Match, text: str) -> bool:
    """A month alone has a unit head, a shift word or a temporal preposition before it
    ("bulan Juni", "Juni lalu", "pada Juni")."""
    start = m.start()
    return bool(m["mo_head"] or m["mo_s"] or _PREP_BEFORE.search(text, max(0, start - 20), start))


def _year_not_amount(m: re.Match, text: str) -> bool:
    """Four bare digits are no year after a number word or currency, before a counter or in
    a name ("Nomor 2011", "Rp 2000", "2000 orang"); with a year word ("tahun 2011") they are."""
    if m["yr_head"] or m["yr_any"]:
        return True
    start, end = m.span()
    before = _word_before(text, start).lower().rstrip(".")
    if before in lex.NOT_YEAR_BEFORE or before in lex.NAME_HEADS:
        return False
    after = re.match(r"\s*([\w%²]+)", text[end : end + 20])
    if after and after.group(1).lower() in lex.NOT_YEAR_AFTER:
        return False
    return not _CURRENCY_BEFORE.search(text, max(0, start - 4), start)


def _century_in_range(m: re.Match, text: str) -> bool:
    return 1 <= _roman_or_int(m["ct"]) <= 30


def _ordinal_in_year(m: re.Match, text: str) -> bool:
    """A year has four quarters, two halves, three terms ("kuartal V" is none)."""
    return lex.ORDINALS[m["q_n"].lower()] <= lex.QUARTERS[m["q_w"].lower()][1]


def _clock_numbers(m: re.Match) -> tuple[int, int]:
    """The hour and minute a clock match reads, as written."""
    hour = int(_number(m["ck3_h"]) or 0) if m["ck3_h"] else int(m["ck_h"] or m["ck2_h"])
    return hour, int(m["ck_m"] or m["ck2_m"] or 0)


def _clock_reading(m: re.Match, text: str) -> bool:
    """Hours 0-24, minutes 0-59."""
    hour, minute = _clock_numbers(m)
    return hour <= 24 and minute <= 59


def _bare_hour_not_count(m: re.Match, text: str) -> bool:
    """ "jam 12" is a clock time, but "jam 2 kali" is not: a bare hour needs no counter after."""
    if m["ck_h"] and not m["ck_m"] and not m["ck_pod"] and not m["ck_tz"]:
        return not _NOT_CLOCK_AFTER.match(text, m.end())
    return True


def _bare_clock_reading(m: re.Match, text: str) -> bool:
    return int(m["cb_h"]) <= 24 and int(m["cb_m"]) <= 59


def _weekday_capitalized_or_dated(m: re.Match, text: str) -> bool:
    """A lower-case weekday counts only before its date: "kamis (19/9)"."""
    return _capitalized(m["wd"]) or bool(_DATE_AFTER.match(text, m.end()))


def _weekday_not_in_name(m: re.Match, text: str) -> bool:
    """Not part of a name ("Pasar Minggu") or a prayer ("salat Jumat"); a weekday with its
    date after a name is a date ("ke Saudi Sabtu (14/9/2019)")."""
    if _name_before(text, m.start("wd")) and not _DATE_AFTER.match(text, m.end()):
        return False
    return _word_before(text, m.start()).lower() not in lex.PRAYER_WORDS


def _sunday_not_counted(m: re.Match, text: str) -> bool:
    """ "tiga minggu" counts weeks: Sunday is never counted."""
    start = m.start()
    return m["wd"].lower() != lex.SUNDAY_OR_WEEK or not _NUMBER_BEFORE.search(
        text, max(0, start - 20), start
    )


def _present_only_unit_shifted_to_now(m: re.Match, text: str) -> bool:
    """ "musim ini" is this year's season; "musim lalu" names no year (a season may span two)."""
    unit = (m["ur_u"] or m["ur_u2"] or "").lower()
    if unit not in lex.PRESENT_ONLY_UNITS:
        return True
    return m["ur_s"] is not None and lex.SHIFT_WORDS[_phrase(m["ur_s"])] == 0


def _not_after_number(m: re.Match, text: str) -> bool:
    """Not after a count: "berusia 43 tahun ini" is an age, "12 hari tersebut" a duration."""
    start = m.start()
    return not _NUMBER_BEFORE.search(text, max(0, start - 20), start)


def _dulu_means_formerly(m: re.Match, text: str) -> bool:
    """`dulu`/`dahulu` orders actions after a verb ("fokus dulu"): only otherwise a time."""
    word = _phrase(m["rf"])
    return word not in lex.ORDER_WORDS or not _order_not_time(text, m.start(), m.end())


def _ends_clause_if_spatial(m: re.Match, text: str) -> bool:
    """The words "ke depan" are a time where their clause ends ("Ke depan, kami...") and a
    place before a noun ("ke depan kantor")."""
    if _phrase(m["rf"]) not in lex.CLAUSE_FINAL_REFERENCES:
        return True
    return re.match(r"\s*(?:[^\w\s]|$)", text[m.end() :]) is not None


def _order_not_time(text: str, start: int, end: int) -> bool:
    """Whether `dulu`/`dahulu` at start:end orders actions ("fokus dulu", "terlebih dahulu")
    rather than meaning "formerly" (after PAST_DULU_AFTER, at a clause start, after a name)."""
    head = text[max(0, start - 40) : start]
    if _SENT_BOUNDARY_BEFORE.search(head) or re.search(r"[,;:(]\s*$", head):
        return False
    before = _word_before(text, start)
    return not (before.lower() in lex.PAST_DULU_AFTER or _name_before(text, start))


def _vague_count_not_ahead(m: re.Match, text: str) -> bool:
    """ "beberapa tahun mendatang" is a span ahead (a duration), not a point."""
    if m["ag_se"] or _phrase(m["ag_w"]) not in lex.SPAN_AHEAD_WORDS:
        return True
    return _number(m["ag_q"]) is not None


def _count_not_point(m: re.Match, text: str) -> bool:
    """A count of units is no duration when it is a year ("2019 tahun") or a point ahead
    ("dua tahun mendatang")."""
    if not m["du_u"]:
        return True
    n = _number(m["du_q"])
    if n is None:
        return True
    unit = m["du_u"].lower()
    year_like = re.fullmatch(r"\d{4}", m["du_q"]) and lex.UNITS[unit] == ("Y", False)
    year_like = year_like and unit not in lex.UNIT_FACTORS
    return not (year_like or _phrase(m["du_t"]) in lex.SPAN_AHEAD_WORDS)


def _vague_duration_not_noun(m: re.Match, text: str) -> bool:
    """ "beberapa waktu terbaik" names times; a vague duration has no such word after it."""
    if not m["du_vague"]:
        return True
    after = re.match(r"\s+([\w-]+)", text[m.end() : m.end() + 30])
    return not (after and after.group(1).lower() in lex.NOT_DURATION_AFTER)


def _holiday_capitalized(m: re.Match, text: str) -> bool:
    return bool(m["an_n1"] or m["an_n2"]) or _capitalized(m["hl"])


def _hijri_era_on_hijri_holiday(m: re.Match, text: str) -> bool:
    """A Hijri year ("1441 H") follows an Islamic holiday, not a fixed Gregorian one."""
    return not (m["hl"] and m["hl_h"] and _phrase(m["hl"]) in lex.FIXED_HOLIDAYS)


def _hijri_month_capitalized(m: re.Match, text: str) -> bool:
    return _capitalized(m["hj_m"])


# ---------------------------------------------------------------------------
# Builders: a match (that passed its rule's guards) → a typed piece.


def _build_block(m: re.Match, text: str) -> Piece:
    """A regulation number keeps other matches out; its "Tahun 2011" is the year it was
    enacted."""
    group = "bl_y" if m["bl_y"] else "bl_y2"
    digits = m[f"{group}n" if group == "bl_y" else "bl_yn2"]
    extra: tuple[Piece, ...] = ()
    if digits and len(digits) == 4:
        year = Date(start=m.start(group), end=m.end(group), y=int(digits))
        extra = (year,)
    return Block(start=m.start(), end=m.end(), extra=extra)


def _build_iso(m: re.Match, text: str) -> Piece:
    time = f"{int(m['iso_h']):02d}:{m['iso_mi']}" if m["iso_h"] else None
    y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    return Date(start=m.start(), end=m.end(), y=y, m=mo, d=d, time=time)


def _build_dmy(m: re.Match, text: str) -> Piece:
    y, mo, d = _two_digit_year(m["dmy_y"]), int(m["dmy_m"]), int(m["dmy_d"])
    return Date(start=m.start(), end=m.end(), y=y, m=mo, d=d)


def _build_day_only(m: re.Match, text: str) -> Piece:
    # "tanggal 5 bulan lalu": the 5th of last month; "tanggal 3 lalu": the last 3rd.
    shift = lex.SHIFT_WORDS[_phrase(m["do_s"])] if m["do_s"] else None
    return Date(start=m.start(), end=m.end(), d=int(m["do_d"]), month_shift=shift)


def _build_dm(m: re.Match, text: str) -> Piece:
    return Date(start=m.start("dm_d"), end=m.end(), m=int(m["dm_m"]), d=int(m["dm_d"]))


def _build_day_month(m: re.Match, text: str) -> Piece:
    month = lex.MONTHS[_phrase(m["td_m"])]
    year = int(m["td_y"]) if m["td_y"] else None
    return Date(start=m.start(), end=m.end(), y=year, m=month, d=int(m["td_d"]))


def _build_day_range(m: re.Match, text: str) -> Piece:
    """ "3-4 Desember 2020": two dates, the first taking the month and year of the second."""
    month = lex.MONTHS[_phrase(m["rg_m"])]
    year = int(m["rg_y"]) if m["rg_y"] else None
    first = Date(start=m.start(), end=m.end("rg_d1"), y=year, m=month, d=int(m["rg_d1"]))
    second = int(m["rg_d2"])
    return Date(start=m.start("rg_d2"), end=m.end(), y=year, m=month, d=second, extra=(first,))


def _build_hijri_year(m: re.Match, text: str) -> Piece:
    return HijriYear(start=m.start(), end=m.end(), hy=int(m["hy_y"]))


def _build_my_text(m: re.Match, text: str) -> Piece:
    """ "Juli 2019"; after a month and a range word ("Januari-Juli 2019", "Januari hingga Juli
    2019") also that month, as its own date (TimeML) taking the year of the second, or the
    year before when it comes later in the calendar ("Desember-Februari 2020")."""
    start, end = m.span()
    month, year = lex.MONTHS[m["my_m"].lower()], int(m["my_y"])
    before = _range_first_month(text, start)
    if before is None:
        return Date(start=start, end=end, y=year, m=month)
    first = lex.MONTHS[_phrase(before["first"])]
    first_year = year - 1 if first > month else year
    head = Date(start=before.start(), end=before.end("first"), y=first_year, m=first)
    return Date(start=start, end=end, y=year, m=month, extra=(head,))


def _build_month(m: re.Match, text: str) -> Piece:
    shift = lex.MONTH_SHIFTS[m["mo_s"].lower()] if m["mo_s"] else None
    return Month(start=m.start(), end=m.end(), m=lex.MONTHS[m["mo_m"].lower()], shift=shift)


def _build_decade(m: re.Match, text: str) -> Piece:
    if m["dc4"]:
        return Fixed(start=m.start(), end=m.end(), value=f"{m['dc4']}X")
    digit = int(m["dc2"])
    century = "20" if digit < 3 else "19"
    return Fixed(start=m.start(), end=m.end(), value=f"{century}{digit}X")


def _build_year(m: re.Match, text: str) -> Piece:
    year = int(m["yr"] or m["yr_any"])
    if year in HIJRI_YEARS:  # "tahun 1441" in 2020 is Hijri: resolution decides
        return HijriYear(start=m.start(), end=m.end(), hy=year, bare=True)
    return Date(start=m.start(), end=m.end(), y=year)


def _build_century(m: re.Match, text: str) -> Piece:
    n = _roman_or_int(m["ct"])
    return Fixed(start=m.start(), end=m.end(), value=f"{n - 1:02d}XX")


def _build_quarter(m: re.Match, text: str) -> Piece:
    letter, _ = lex.QUARTERS[m["q_w"].lower()]
    n = lex.ORDINALS[m["q_n"].lower()]
    year = int(m["q_y"]) if m["q_y"] else None
    return Quarter(start=m.start(), end=m.end(), part=f"{letter}{n}", y=year)


def _build_clock(m: re.Match, text: str) -> Piece:
    hour, minute = _clock_numbers(m)
    pod = _phrase(m["ck_pod"] or m["ck_tz_pod"] or m["ck3_pod"])
    if pod in lex.PART_OF_DAY_PM and hour < lex.PART_OF_DAY_PM[pod]:
        hour += 12
    # Twelve at night ends the day: TimeML writes the next day's T00:00.
    next_day = lex.PARTS_OF_DAY.get(pod) == "NI" and hour in (12, 24) or hour == 24
    hour = 0 if next_day else hour
    today = bool(m["ck_today"] or _TODAY_AFTER.match(text, m.end()))
    hm = f"{hour % 24:02d}:{minute:02d}"
    worded = not m["ck2_h"]
    return Clock(start=m.start(), end=m.end(), hm=hm, today=today, next_day=next_day, worded=worded)


def _build_clock_bare(m: re.Match, text: str) -> Piece:
    hm = f"{int(m['cb_h']) % 24:02d}:{int(m['cb_m']):02d}"
    # A bare reading counts as a clock time before a range to one ("08.00-10.00 WIB").
    bare = not _RANGE_TO_CLOCK.match(text, m.end())
    return Clock(start=m.start(), end=m.end(), hm=hm, bare=bare)


def _build_weekday(m: re.Match, text: str) -> Piece:
    start, end = m.span()
    key = m["wd"].lower()
    shift_word = _phrase(m["wd_s"])
    if (
        key == lex.SUNDAY_OR_WEEK
        and shift_word in lex.WEEK_SHIFT_WORDS
        and _SENT_BOUNDARY_BEFORE.search(text, max(0, start - 5), start)
    ):
        # Sentence-initial "Minggu lalu" is "last week" more often than "last Sunday".
        shift = lex.SHIFT_WORDS[shift_word]
        return UnitShift(start=start, end=end, unit="WEEK", shift=shift, explicit=True)
    shift = lex.WEEKDAY_SHIFTS.get(shift_word)
    return Weekday(start=start, end=end, wd=lex.WEEKDAYS[key], shift=shift)


def _build_unit_rel(m: re.Match, text: str) -> Piece:
    unit = lex.CALENDAR_UNITS[(m["ur_u"] or m["ur_u2"]).lower()]
    mod = lex.PERIOD_MODIFIERS.get((m["ur_mod"] or m["ur_mod2"] or "").lower())
    shift = lex.SHIFT_WORDS[_phrase(m["ur_s"])] if m["ur_s"] else 0
    return UnitShift(
        start=m.start(), end=m.end(), unit=unit, shift=shift, mod=mod, explicit=bool(m["ur_s"])
    )


def _build_rel_day(m: re.Match, text: str) -> Piece:
    if m["rd_ref"]:
        offset = lex.REFERENCE_DAY_OFFSETS[_phrase(m["rd_ref"])]
        return RelDay(start=m.start(), end=m.end(), offset=offset, following=True)
    return RelDay(start=m.start(), end=m.end(), offset=lex.DAY_OFFSETS[_phrase(m["rd"])])


def _build_ref(m: re.Match, text: str) -> Piece:
    return Fixed(start=m.start(), end=m.end(), value=lex.REFERENCES[_phrase(m["rf"])])


def _build_ordinal_day(m: re.Match, text: str) -> Piece:
    return OrdinalDay(start=m.start(), end=m.end(), n=lex.ORDINAL_DAYS[_phrase(m["od"])])


def _build_that_day(m: re.Match, text: str) -> Piece:
    return ThatDay(start=m.start(), end=m.end())


def _build_pod(m: re.Match, text: str) -> Piece:
    start, end = m.span()
    if m["pd_night"]:
        return RelDay(start=start, end=end, offset=-1, time="NI")

    word = _phrase(m["pd"])
    code = lex.PARTS_OF_DAY[word]
    qualifier = (m["pd_q"] or "").lower()
    qualified = bool(m["pd_today"] or qualifier or m["pd_day"])
    qualified = qualified or word in lex.SELF_QUALIFIED_PARTS_OF_DAY
    qualified = qualified or bool(_PREP_BEFORE.search(text, max(0, start - 20), start))
    if qualifier in lex.POD_TODAY or m["pd_today"]:
        return RelDay(start=start, end=end, offset=0, pod_first=not m["pd_today"], time=code)
    return PartOfDay(start=start, end=end, code=code, qualified=qualified)


def _build_pod_that_day(m: re.Match, text: str) -> Piece:
    code = lex.PARTS_OF_THAT_DAY[m["pt"].lower()]
    return PartOfDay(start=m.start(), end=m.end(), code=code, qualified=True)


def _build_recurrence(m: re.Match, text: str) -> Piece:
    value = lex.RECURRENCE_WORDS[m["rc"].lower()]
    return Fixed(start=m.start(), end=m.end(), value=value, type="SET")


def _build_vague_count(m: re.Match, text: str) -> Piece:
    value = _duration(None, m["vc_u"].lower())
    return Fixed(start=m.start(), end=m.end(), value=value, type="DURATION")


def _build_ago(m: re.Match, text: str) -> Piece:
    if m["ag_se"]:
        n, unit = 1.0, lex.SE_UNITS[m["ag_se"].lower()]
        word = _phrase(m["ag_w2"])
    else:
        n, unit = _number(m["ag_q"]), m["ag_u"].lower()
        word = _phrase(m["ag_w"])
    sign = -1 if word in lex.AGO_WORDS or word in lex.EARLIER_WORDS else 1
    letter, is_time = lex.UNITS[unit]
    steps = None if n is None else int(round(n * lex.UNIT_FACTORS.get(unit, 1))) * sign
    return Offset(
        start=m.start(),
        end=m.end(),
        steps=steps,
        unit="T" if is_time else letter,
        sign=sign,
        following=word in lex.FROM_REFERENCE_WORDS,
    )


def _build_duration(m: re.Match, text: str) -> Piece:
    start, end = m.span()
    lower: tuple[Piece, ...] = ()
    if m["du_vague"]:
        value = lex.VAGUE_DURATIONS[_phrase(m["du_vague"])]
    elif m["du_whole"]:
        value = _duration(1, lex.WHOLE_UNITS[m["du_whole"].lower()])
    elif m["du_red"]:
        value = _duration(None, lex.REDUPLICATED_UNITS[m["du_red"].lower()])
    elif m["du_se"]:
        value = _duration(1, lex.SE_UNITS[m["du_se"].lower()])
    else:
        n, unit = _number(m["du_q"]), m["du_u"].lower()
        value = _duration(n, unit, whole=_is_fraction(m["du_q"]))
        if m["du_u2"]:
            second = _duration(_number(m["du_q2"]), m["du_u2"].lower())
            value = _join_durations(value, second)
        else:
            lower = _range_lower(text, start, n, unit)
    mod = None
    post = _POSTPOSED.match(text, end)
    if post and not m["du_vague"]:
        end, mod = post.end("word"), lex.POSTPOSED_MODIFIERS[post["word"].lower()]
    return Fixed(start=start, end=end, value=value, type="DURATION", extra=lower, mod=mod)


# A postposed modifier closing its clause after a duration: "setahun lebih," (not "lebih lama").
_POSTPOSED = re.compile(
    rf"\s+(?P<word>{_alt(lex.POSTPOSED_MODIFIERS)})(?=\s*(?:[^\w\s]|$))", re.IGNORECASE
)


def _range_lower(text: str, start: int, upper: float | None, unit: str) -> tuple[Piece, ...]:
    """The first number of a range of one unit ("4" of "4-5 jam", "5" of "5 hingga 9 tahun"):
    a duration of the shared unit (TimeML splits ranges into their ends), if it is smaller than
    the second (not the year of "2015 atau sepuluh hari")."""
    lower = _RANGE_BEFORE.search(text, max(0, start - 40), start)
    listed = _LIST_BEFORE.search(text, max(0, start - 40), start)
    if lower is None and listed is None or upper is None:
        return ()
    low = _number((lower or listed).group("low"))
    if low is None or lower is not None and low >= upper or low == upper:
        return ()
    lower = lower or listed
    value = _duration(low, unit)
    return (Fixed(start=lower.start("low"), end=lower.end("low"), value=value, type="DURATION"),)


def _range_start(text: str, start: int, upper: float | None) -> int:
    """Where a count of one unit starts that has a smaller lower bound before it ("3-4 hari
    sekali"; not the year of "2015 atau sepuluh hari")."""
    lower = _RANGE_BEFORE.search(text, max(0, start - 40), start)
    if lower is None or upper is None:
        return start
    low = _number(lower.group("low"))
    return lower.start() if low is not None and low < upper else start


def _join_durations(first: str, second: str) -> str:
    """`P2Y` + `P3M` → `P2Y3M`, `PT1H` + `PT3M` → `PT1H3M`, `P2D` + `PT3H` → `P2DT3H`."""
    parts = [d.removeprefix("P").partition("T") for d in (first, second)]
    date = "".join(p[0] for p in parts)
    time = "".join(p[2] for p in parts)
    return f"P{date}" + (f"T{time}" if time else "")


def _build_set(m: re.Match, text: str) -> Piece:
    start, end = m.span()
    if m["st_times"]:
        value = _duration(1, lex.SE_UNITS[m["st_times"].lower()])
    elif m["st_u2"]:
        n = _number(m["st_q2"])
        value = _duration(n, m["st_u2"].lower())
        start = _range_start(text, start, n)
    else:
        word = _phrase(m["st_u"] or m["st_each"])
        if word in lex.WEEKDAYS:
            value = f"XXXX-WXX-{lex.WEEKDAYS[word]}"
        elif word in lex.PARTS_OF_DAY:
            value = f"XXXX-XX-XXT{lex.PARTS_OF_DAY[word]}"
        else:
            n = _number(m["st_q"]) if m["st_q"] else 1
            value = _duration(n, word)
    return Fixed(start=start, end=end, value=value, type="SET")


def _build_holiday(m: re.Match, text: str) -> Piece:
    start, end = m.span()
    if m["an_n1"] or m["an_n2"]:
        year = lex.INDEPENDENCE_YEAR + int(m["an_n1"] or m["an_n2"])
        month, day = lex.INDEPENDENCE_DAY
        return Date(start=start, end=end, y=year, m=month, d=day)
    key = _phrase(m["hl"])
    year = int(m["hl_y"]) if m["hl_y"] else None
    if key in lex.FIXED_HOLIDAYS:
        month, day = lex.FIXED_HOLIDAYS[key]
        if key in lex.EVE_HOLIDAYS and year:
            year -= 1  # "malam tahun baru 2020" is the eve of 2020: 31 December 2019
        return Date(start=start, end=end, y=year, m=month, d=day)
    hm, hd = lex.HIJRI_HOLIDAYS[key]
    if m["hl_h"]:
        return HijriDate(start=start, end=end, hm=hm, hd=hd, hy=year)
    return HijriDate(start=start, end=end, hm=hm, hd=hd, gy=year)


def _build_season(m: re.Match, text: str) -> Piece:
    shift = lex.SHIFT_WORDS[m["ss_s"].lower()] if m["ss_s"] else 0
    year = int(m["ss_y"]) if m["ss_y"] else None
    season = lex.SEASONS[_phrase(m["ss"])]
    return Season(start=m.start(), end=m.end(), part=season, y=year, shift=shift)


def _build_hijri(m: re.Match, text: str) -> Piece:
    month = lex.HIJRI_MONTHS[_phrase(m["hj_m"])]
    day = int(m["hj_d"]) if m["hj_d"] else None
    year = int(m["hj_y"]) if m["hj_y"] else None
    return HijriDate(start=m.start(), end=m.end(), hm=month, hd=day, hy=year)


# ---------------------------------------------------------------------------
# The rules: one record per expression type (add a type here, with its builder above)


@dataclass(frozen=True)
class Rule:
    """A pattern, the words one of which a text must hold for it to run (None: always), the
    builder that turns a match into a typed piece, examples: (sentence, span, value) at
    EXAMPLE_ANCHOR, a span of None meaning no expression; and the guards, named predicates on
    the match that must all hold for it to be an expression."""

    name: str
    pattern: str
    build: Callable[[re.Match, str], Piece]
    triggers: frozenset[str] | None
    examples: tuple[tuple[str, str | None, str | None], ...]
    guards: tuple[Guard, ...] = ()

    def piece(self, m: re.Match, text: str) -> Piece | None:
        """The piece of match `m`, or None if a guard rules it out."""
        for guard in self.guards:
            if not guard(m, text):
                return None
        return self.build(m, text)


EXAMPLE_ANCHOR = "2020-11-25"  # a Wednesday in ISO week 48

RULES: tuple[Rule, ...] = (
    Rule(
        "block",
        rf"{_B}(?:{_alt(lex.NUMBER_WORDS)})\s*\d+[a-z]?(?:/[\w.]+)*\s+"
        rf"(?P<bl_y>(?:{_YEAR_HEAD})\s+(?P<bl_yn>\d{{4}})){_E}"
        rf"|{_B}(?:{_alt(lex.REGULATION_HEADS)}|Permen\w*)\s+"
        rf"(?:\d+/\d{{4}}|(?:(?:{_alt(lex.NUMBER_WORDS)})\s*)?\d+\s+"
        rf"(?P<bl_y2>(?:{_YEAR_HEAD})\s+(?P<bl_yn2>\d{{2,4}}))){_E}",
        _build_block,
        _letter_runs([*lex.YEAR_HEADS, *lex.REGULATION_HEADS]),
        (
            # the number is no date; the year of enactment is (TimeML: a calendar year)
            ("UU Nomor 12 Tahun 2011 berlaku.", "Tahun 2011", "2011"),
            ("Aturan itu diatur UU 11/2020.", None, None),
        ),
    ),
    Rule(
        "iso",
        rf"{_B}(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})"
        r"(?:[T ](?P<iso_h>\d{2}):(?P<iso_mi>\d{2})(?::\d{2})?)?(?![\w:-])",
        _build_iso,
        None,
        (
            ("Data diunggah 2020-11-25 oleh dinas.", "2020-11-25", "2020-11-25"),
            (
                "Log mencatat 2020-11-25 14:30 sebagai waktu masuk.",
                "2020-11-25 14:30",
                "2020-11-25T14:30",
            ),
        ),
    ),
    Rule(
        "dmy",
        r"(?<![\w/.:-])(?P<dmy_d>\d{1,2})(?P<dmy_mark>[/.-])(?P<dmy_m>\d{1,2})(?P=dmy_mark)"
        r"(?P<dmy_y>\d{4}|\d{2})(?![\w/:-]|\.\d)",
        _build_dmy,
        None,
        (
            ("Surat itu bertanggal 25/11/2020.", "25/11/2020", "2020-11-25"),
            ("Kontrak diteken 25-11-20 di kantor.", "25-11-20", "2020-11-25"),
        ),
        guards=(_dots_with_full_year,),
    ),
    Rule(
        "dm",
        r"(?<=\()\s*(?P<dm_d>\d{1,2})/(?P<dm_m>\d{1,2})(?=\s*\))",
        _build_dm,
        None,
        (("Polisi menangkapnya (23/11) di rumahnya.", "23/11", "2020-11-23"),),
    ),
    Rule(
        "day_only",
        rf"{_B}(?:{_DAY_NUMBER_HEAD})\s+(?P<do_d>\d{{1,2}})(?![\w/.:-]|\s+(?:{_MONTH}){_E})"
        rf"(?:\s+(?:{_MONTH_HEAD})\s+(?P<do_s>{_SHIFT}){_E}|{_TAIL})",
        _build_day_only,
        _letter_runs(lex.DAY_NUMBER_HEADS),
        (
            ("Gaji cair tanggal 1 bulan ini.", "tanggal 1 bulan ini", "2020-11-01"),
            ("Hujan deras turun tanggal 3 lalu.", "tanggal 3 lalu", "2020-11-03"),
        ),
        guards=(_day_number_in_month,),
    ),
    Rule(
        "range",
        rf"{_B}(?:(?:{_alt(lex.DAY_WORDS)})\s+)?(?P<rg_d1>\d{{1,2}})\s*(?:{_DAY_RANGE})\s*"
        rf"(?P<rg_d2>\d{{1,2}})\s+(?P<rg_m>{_MONTH})(?:\s+(?P<rg_y>\d{{4}}))?{_E}",
        _build_day_range,
        _letter_runs(lex.MONTHS),
        (
            ("Pameran digelar 3-4 Desember 2020.", "4 Desember 2020", "2020-12-04"),
            ("Pasar murah tanggal 3 dan 4 Juli 2020.", "tanggal 3", "2020-07-03"),
        ),
        guards=(_not_after_name_head,),
    ),
    Rule(
        "dmy_text",
        rf"{_B}(?:(?:{_alt(lex.DAY_WORDS)})\s+)?(?P<td_d>\d{{1,2}})\s+(?P<td_m>{_MONTH})"
        rf"(?:\s+(?:(?:{_YEAR_HEAD})\s+)?(?P<td_y>\d{{4}}))?{_E}{_TAIL}",
        _build_day_month,
        _letter_runs(lex.MONTHS),
        (
            ("Toko itu dibuka 17 Agustus lalu.", "17 Agustus lalu", "2020-08-17"),
            ("Ia lahir 2 Januari 1990 di Solo.", "2 Januari 1990", "1990-01-02"),
        ),
        guards=(_not_after_name_head,),
    ),
    Rule(
        "my_text",
        rf"(?<!\w)(?:(?:{_MONTH_HEAD})\s+)?(?P<my_m>{_MONTH})\s+(?:(?:{_YEAR_HEAD})\s+)?"
        rf"(?P<my_y>\d{{4}}){_E}{_TAIL}",
        _build_my_text,
        _letter_runs(lex.MONTHS),
        (
            ("Harga cabai naik sejak November 2019.", "November 2019", "2019-11"),
            ("Ekspor naik Januari-Juli 2019.", "Januari", "2019-01"),
            ("Ekspor naik Januari hingga Juli 2019.", "Juli 2019", "2019-07"),
            ("Kemarau panjang Desember-Februari 2020.", "Desember", "2019-12"),
        ),
        guards=(_hyphen_only_in_month_range,),
    ),
    Rule(
        "month",
        rf"{_B}(?:(?P<mo_head>{_MONTH_HEAD})\s+)?(?P<mo_m>{_MONTH})(?:\s+(?P<mo_s>{_alt(lex.MONTH_SHIFTS)}))?{_E}",
        _build_month,
        _letter_runs(lex.MONTHS),
        (
            ("Harga naik pada Juni.", "Juni", "2020-06"),
            ("Ekspor turun bulan Oktober lalu.", "bulan Oktober lalu", "2020-10"),
        ),
        guards=(_full_month_name, _month_marked),
    ),
    Rule(
        "decade",
        rf"{_B}(?:(?:{_YEAR_HEAD})\s+)?(?:(?P<dc4>(?:1[5-9]|20)\d)0|'?(?P<dc2>\d)0)\s?-?"
        rf"{re.escape(lex.DECADE_SUFFIX)}{_E}"
        rf"(?!\s+(?:{_alt(lex.NOT_DECADE_AFTER)})\b)",
        _build_decade,
        frozenset({lex.DECADE_SUFFIX}),
        (("Lagu itu populer pada 1990-an.", "1990-an", "199X"),),
    ),
    Rule(
        "year",
        rf"(?:(?<![\w/.-])|(?<={_YEAR}[-–/]))(?:(?P<yr_head>{_alt(lex.YEAR_WORDS)})\s+)?(?P<yr>{_YEAR})"
        rf"(?![\w%]|[.,]\d|-{lex.DECADE_SUFFIX}){_TAIL}"
        rf"|{_B}(?:{_YEAR_HEAD})\s+(?P<yr_any>\d{{3,4}})(?![\w%]|[.,]\d){_TAIL}",
        _build_year,
        None,
        (
            ("Ia lahir pada tahun 1991 di Medan.", "tahun 1991", "1991"),
            ("Memasuki tahun 1442, warga berdoa.", "tahun 1442", "2021"),
            ("Festival itu digelar tahun 3020.", "tahun 3020", "XXXX"),
        ),
        guards=(_year_not_amount,),
    ),
    Rule(
        "century",
        rf"{_B}(?:{_alt(lex.CENTURY_HEADS)})\s+(?:{_ORDINAL}-?\s*)?(?P<ct>\d{{1,2}}|[IVX]+){_E}"
        rf"(?:\s+(?:{_alt(lex.COMMON_ERA)}){_E})?",
        _build_century,
        _letter_runs(lex.CENTURY_HEADS),
        (("Tantangan abad ke-21 berbeda.", "abad ke-21", "20XX"),),
        guards=(_century_in_range,),
    ),
    Rule(
        "quarter",
        rf"{_B}(?P<q_w>{_alt(lex.QUARTERS)})\s+(?P<q_n>{_alt(lex.ORDINALS)}){_E}"
        rf"(?:\s+(?:(?:{_YEAR_HEAD})\s+)?(?P<q_y>\d{{4}}){_E})?",
        _build_quarter,
        frozenset(lex.QUARTERS),
        (("Laba turun pada kuartal III tahun 2019.", "kuartal III tahun 2019", "2019-Q3"),),
        guards=(_ordinal_in_year,),
    ),
    Rule(
        "clock",
        rf"{_B}(?:(?P<ck_today>{_alt(lex.EARLIER_TODAY)})\s+)?(?:(?:{_CLOCK_WORD})\s+)(?P<ck_h>\d{{1,2}})(?:[.:](?P<ck_m>\d{{2}}))?"
        rf"(?:\s*(?P<ck_tz>{_TZ})(?!\w)(?:\s+(?P<ck_tz_pod>{_POD}){_E})?|\s+(?P<ck_pod>{_POD}){_E})?"
        rf"(?![\w.:]\d)"
        rf"|(?<![\w.:])(?P<ck2_h>\d{{1,2}})[.:](?P<ck2_m>\d{{2}})\s*(?P<ck2_tz>{_TZ})(?!\w)"
        rf"|{_B}(?:{_CLOCK_WORD})\s+(?P<ck3_h>{_NUMWORDS})\s+(?P<ck3_pod>{_POD}){_E}",
        _build_clock,
        _letter_runs([*lex.CLOCK_WORDS, *lex.TIME_ZONES]),
        (
            ("Rapat dimulai pukul 14.30 WIB.", "pukul 14.30 WIB", "2020-11-25T14:30"),
            ("Kapal tiba pukul dua belas malam.", "pukul dua belas malam", "2020-11-26T00:00"),
            # a part of day after the zone is in the same TIME
            ("Warga berkumpul jam 07.00 WIB pagi.", "jam 07.00 WIB pagi", "2020-11-25T07:00"),
            ("Ia tiba tadi pukul 10.00 WIB.", "tadi pukul 10.00 WIB", "2020-11-25T10:00"),
            ("Jalan ditutup pukul 00.00 WIB-06.00 WIB.", "pukul 00.00 WIB", "2020-11-25T00:00"),
        ),
        guards=(_clock_reading, _bare_hour_not_count),
    ),
    Rule(
        "clock_bare",
        rf"(?<![\w.:])(?P<cb_h>\d{{1,2}})[.:](?P<cb_m>\d{{2}})"
        rf"(?![\w.:%]|,\d|\s*(?:{_alt(lex.PERCENT_WORDS)}))",
        _build_clock_bare,
        None,
        (("Jalan ditutup pukul 08.00-10.00 WIB.", "10.00 WIB", "2020-11-25T10:00"),),
        guards=(_bare_clock_reading,),
    ),
    Rule(
        "weekday",
        rf"{_B}(?:(?:{_DAY_HEAD})\s+)?(?P<wd>{_WEEKDAY})(?![\w’'-])"
        rf"(?:\s+(?P<wd_s>{_alt(lex.WEEKDAY_SHIFTS)})(?!\w))?",
        _build_weekday,
        _letter_runs(lex.WEEKDAYS),
        (
            ("Ia datang Senin.", "Senin", "2020-11-23"),
            ("Sidang digelar Senin depan.", "Senin depan", "2020-11-30"),
        ),
        guards=(_weekday_capitalized_or_dated, _weekday_not_in_name, _sunday_not_counted),
    ),
    Rule(
        "unit_rel",
        rf"{_B}(?:(?P<ur_mod>{_MOD})\s+)?(?P<ur_u>{_CALENDAR})\s+(?P<ur_s>{_SHIFT}){_E}"
        rf"|{_B}(?P<ur_mod2>{_MOD})\s+(?P<ur_u2>{_CALENDAR}){_E}",
        _build_unit_rel,
        _letter_runs([*lex.SHIFT_WORDS, *lex.PERIOD_MODIFIERS]),
        (
            ("Tarif naik bulan depan.", "bulan depan", "2020-12"),
            ("Toko ramai akhir pekan ini.", "akhir pekan ini", "2020-W48-WE"),
            ("Klub itu juara musim ini.", "musim ini", "2020"),
            ("Klub itu juara musim lalu.", None, None),
        ),
        guards=(_not_after_number, _present_only_unit_shifted_to_now),
    ),
    Rule(
        "rel_day",
        rf"{_B}(?P<rd>{_alt(lex.DAY_OFFSETS)}){_E}"
        rf"|{_B}(?P<rd_ref>{_alt(lex.REFERENCE_DAY_OFFSETS)}){_E}",
        _build_rel_day,
        _last_words([*lex.DAY_OFFSETS, *lex.REFERENCE_DAY_OFFSETS]),
        (
            ("Angin kencang kemarin.", "kemarin", "2020-11-24"),
            ("Sidang dilanjutkan lusa.", "lusa", "2020-11-27"),
        ),
    ),
    Rule(
        "ref",
        rf"{_B}(?P<rf>{_alt(lex.REFERENCES)}){_E}",
        _build_ref,
        _last_words(lex.REFERENCES),
        (
            ("Kini harga turun.", "Kini", "PRESENT_REF"),
            ("Dulu sawah itu luas.", "Dulu", "PAST_REF"),
            # a vague phrase around a relative day is one vague reference
            ("Tiket dipesan jauh-jauh hari sebelumnya.", "jauh-jauh hari sebelumnya", "PAST_REF"),
            ("Ke depan, tarif akan turun.", "Ke depan", "FUTURE_REF"),
            ("Ia berjalan ke depan kantor.", None, None),
        ),
        guards=(_dulu_means_formerly, _ends_clause_if_spatial),
    ),
    Rule(
        "that_day",
        rf"{_B}(?:{_alt(lex.THAT_DAY_HEADS)})\s+(?:{_alt(lex.THAT_WORDS)}){_E}",
        _build_that_day,
        _last_words(lex.THAT_WORDS),
        (("Pada 17 Agustus 2019 warga berkumpul. Hari itu hujan.", "Hari itu", "2019-08-17"),),
        guards=(_not_after_number,),
    ),
    Rule(
        "ordinal_day",
        rf"{_B}(?P<od>{_alt(lex.ORDINAL_DAYS)}){_E}",
        _build_ordinal_day,
        _last_words(lex.ORDINAL_DAYS),
        (
            ("Razia hari pertama, Senin (23/11/2020), sepi.", "hari pertama", "2020-11-23"),
            ("Pada hari terakhir pendaftaran antrean panjang.", "hari terakhir", "XXXX-XX-XX"),
        ),
    ),
    Rule(
        "pod",
        rf"{_B}(?:(?P<pd_today>{_alt(lex.EARLIER_TODAY)})\s+)?(?P<pd>{_POD})"
        rf"(?:\s+(?P<pd_day>{_DAY_HEAD}))?{_E}"
        rf"(?:\s+(?P<pd_q>{_alt(lex.POD_QUALIFIERS)})(?!\w))?"
        rf"|{_B}(?P<pd_night>{_alt(lex.LAST_NIGHT)}){_E}",
        _build_pod,
        _letter_runs([*lex.PARTS_OF_DAY, *lex.LAST_NIGHT]),
        (
            ("Pagi ini jalan licin.", "Pagi ini", "2020-11-25TMO"),
            ("Mereka berjaga sejak pagi di posko.", "pagi", "2020-11-25TMO"),
        ),
    ),
    Rule(
        "pod_that_day",
        rf"{_B}(?P<pt>{_alt(lex.PARTS_OF_THAT_DAY)}){_E}",
        _build_pod_that_day,
        _letter_runs(lex.PARTS_OF_THAT_DAY),
        (("Gudang terbakar Senin (23/11). Malamnya api padam.", "Malamnya", "2020-11-23TNI"),),
    ),
    Rule(
        "recurrence",
        rf"{_B}(?P<rc>{_alt(lex.RECURRENCE_WORDS)}){_E}",
        _build_recurrence,
        _letter_runs(lex.RECURRENCE_WORDS),
        (("Itu kebutuhan sehari-hari warga.", "sehari-hari", "P1D"),),
    ),
    Rule(
        "vague_count",
        rf"{_B}(?:{_alt(lex.VAGUE_COUNT_HEADS)})\s+(?P<vc_u>{_UNIT}){_E}",
        _build_vague_count,
        _letter_runs(lex.VAGUE_COUNT_HEADS),
        (("Api membesar dalam hitungan detik.", "hitungan detik", "PTXS"),),
    ),
    Rule(
        "ago",
        rf"{_B}(?P<ag_q>{_QTY})\s+(?P<ag_u>{_UNIT})\s+(?P<ag_w>{_AGO})(?!\w)"
        rf"|{_B}(?P<ag_se>{_alt(lex.SE_UNITS)})\s+(?P<ag_w2>{_AGO})(?!\w)",
        _build_ago,
        _letter_runs([*lex.AGO_WORDS, *lex.AHEAD_WORDS, *lex.EARLIER_WORDS]),
        (
            ("Ia pindah dua tahun lalu.", "dua tahun lalu", "2018"),
            ("Rapat Kamis (26/11). Tim tiba sehari lebih awal.", "sehari lebih awal", "2020-11-25"),
            ("Ia pulang tiga hari lalu.", "tiga hari lalu", "2020-11-22"),
        ),
        guards=(_vague_count_not_ahead,),
    ),
    Rule(
        "duration",
        rf"(?<!\w)(?<![^\d][-–])(?P<du_q>{_QTY})\s+"
        rf"(?P<du_u>{_UNIT}){_E}"
        rf"(?:\s+(?P<du_q2>{_DIGITS}|{_NUMWORDS})\s+(?P<du_u2>{_UNIT}){_E})?"
        rf"(?:\s+(?P<du_t>{_alt(lex.DURATION_TAILS)})(?!\w))?"
        rf"|{_B}(?P<du_se>{_alt(lex.SE_UNITS)})(?![\w-])"
        rf"(?:\s+(?P<du_t2>{_alt(lex.DURATION_TAILS)})(?!\w))?"
        rf"|{_B}(?P<du_red>{_alt(lex.REDUPLICATED_UNITS)}){_E}"
        rf"|{_B}(?P<du_vague>{_alt(lex.VAGUE_DURATIONS)}){_E}"
        rf"|{_B}(?P<du_whole>{_alt(lex.WHOLE_UNITS)}){_E}",
        _build_duration,
        _letter_runs([*lex.UNITS, *lex.SE_UNITS, *lex.REDUPLICATED_UNITS, *lex.WHOLE_UNITS])
        | _last_words(lex.VAGUE_DURATIONS),
        (
            ("Pasien dirawat 44 hari.", "44 hari", "P44D"),
            # a range of one unit: two durations, the first number taking the shared unit
            ("Sidang berlangsung 4 hingga 5 jam.", "5 jam", "PT5H"),
            ("Perjalanan memakan waktu 4-5 jam.", "4", "PT4H"),
            ("Anaknya berumur 12 dan 8 tahun.", "12", "P12Y"),
            # vague: TimeML's unspecified values (PXX without a unit)
            ("Ia berhenti sebentar di warung.", "sebentar", "PXX"),
            ("Rapat ditunda beberapa waktu.", "beberapa waktu", "PXX"),
            # a fraction of a unit in whole smaller units
            ("Kami menunggu setengah jam.", "setengah jam", "PT30M"),
            ("Proyek molor satu setengah tahun.", "satu setengah tahun", "P18M"),
            ("Ia menganggur setahun lebih.", "setahun lebih", "P1Y"),
            ("Ada beberapa waktu terbaik untuk berolahraga.", None, None),
        ),
        guards=(_count_not_point, _vague_duration_not_noun),
    ),
    Rule(
        "set",
        rf"{_B}(?:{_alt(lex.EVERY_WORDS)})\s+(?:(?P<st_q>{_DIGITS}|{_NUMWORDS})\s+)?"
        rf"(?:(?:{_DAY_HEAD})\s+(?={_WEEKDAY}))?(?P<st_u>{_UNIT}|{_POD}|{_WEEKDAY})(?:nya)?{_E}"
        rf"|{_B}(?:{_alt(lex.PER_WORDS)})\s+(?P<st_each>{_UNIT}){_E}"
        rf"|{_B}(?:{_DIGITS}|{_NUMWORDS})\s+(?:{_alt(lex.TIMES_WORDS)})\s+(?:(?:{_alt(lex.WITHIN_WORDS)})\s+)?(?P<st_times>{_alt(lex.SE_UNITS)}){_E}"
        rf"|{_B}(?P<st_q2>{_DIGITS}|{_NUMWORDS})\s+"
        rf"(?P<st_u2>{_UNIT})\s+(?:{_alt(lex.ONCE_WORDS)}){_E}",
        _build_set,
        _letter_runs([*lex.EVERY_WORDS, *lex.PER_WORDS, *lex.TIMES_WORDS, *lex.ONCE_WORDS]),
        (
            ("Toko buka setiap hari Senin.", "setiap hari Senin", "XXXX-WXX-1"),
            ("Air diantar setiap hari.", "setiap hari", "P1D"),
            ("Obat diminum 3 hari sekali.", "3 hari sekali", "P3D"),
        ),
    ),
    Rule(
        "holiday",
        rf"{_B}(?:{_alt(lex.ANNIVERSARY_WORDS)})\s+(?:{_ORDINAL}-?\s*(?P<an_n1>\d{{1,3}})\s+"
        rf"(?:{_alt(lex.INDEPENDENCE_NAMES)})|(?:{_alt(lex.INDEPENDENCE_NAMES)})\s+{_ORDINAL}-?\s*"
        rf"(?P<an_n2>\d{{1,3}}))(?!\w)"
        rf"|{_B}(?P<hl>{_alt([*lex.FIXED_HOLIDAYS, *lex.HIJRI_HOLIDAYS])}){_E}"
        rf"(?:\s+(?:(?:{_YEAR_HEAD})\s+)?(?P<hl_y>\d{{4}})(?:\s*(?P<hl_h>{_HIJRI_ERA})(?!\w))?)?",
        _build_holiday,
        _last_words([*lex.FIXED_HOLIDAYS, *lex.HIJRI_HOLIDAYS])
        | _letter_runs(lex.ANNIVERSARY_WORDS),
        (
            ("Toko tutup saat Natal.", "Natal", "2020-12-25"),
            ("Upacara HUT RI ke-75 digelar sederhana.", "HUT RI ke-75", "2020-08-17"),
        ),
        guards=(_holiday_capitalized, _hijri_era_on_hijri_holiday),
    ),
    Rule(
        "season",
        rf"{_B}(?P<ss>{_alt(lex.SEASONS)}){_E}"
        rf"(?:\s+(?:(?:{_YEAR_HEAD})\s+)?(?P<ss_y>\d{{4}}){_E}|\s+(?P<ss_s>{_SHIFT}){_E})?",
        _build_season,
        _first_words(lex.SEASONS),
        (
            ("Sumur kering saat musim kemarau.", "musim kemarau", "2020-SU"),
            ("Banjir datang pada musim penghujan 2019.", "musim penghujan 2019", "2019-WI"),
        ),
    ),
    Rule(
        "hijri",
        rf"{_B}(?:(?:{_MONTH_HEAD})\s+)?(?:(?P<hj_d>\d{{1,2}})\s+)?(?P<hj_m>{_alt(lex.HIJRI_MONTHS)})"
        rf"(?:\s+(?P<hj_y>1[34]\d\d)\s*(?:{_HIJRI_ERA})?)?(?!\w)",
        _build_hijri,
        _last_words(lex.HIJRI_MONTHS),
        (("Pasar ramai menjelang Ramadan 1441 H.", "Ramadan 1441 H", "2020-05"),),
        guards=(_hijri_month_capitalized,),
    ),
    Rule(
        "hijri_year",
        rf"{_B}(?:(?:{_YEAR_HEAD})\s+)?(?P<hy_y>1[34]\d\d)\s*(?:{_HIJRI_ERA})(?!\w)",
        _build_hijri_year,
        _letter_runs(lex.HIJRI_ERA),
        (
            ("Kalender 1442 H dibagikan gratis.", "1442 H", "2021"),
            ("Pada tahun 1442 Hijriah jemaah berkurang.", "tahun 1442 Hijriah", "2021"),
        ),
    ),
)
