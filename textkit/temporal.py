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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from hijridate import Gregorian, Hijri

from .lang import temporal as lex

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

# A TIMEX3 value as this module writes it (dates, weeks, quarters, times, durations, refs).
_NUM = r"(?:\d+(?:\.\d+)?|X)"
VALUE_PATTERN = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
    r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:WE|[1-7]))?|-(?:Q[1-4]|H[12]|T[1-3]|SP|SU|FA|WI))?"
    r"(?:T(?:(?:[01]\d|2[0-3]):[0-5]\d|MO|MI|AF|EV|NI))?"
    rf"|P(?:{_NUM}[YMWD])+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+)"
)


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character span, TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


# ---------------------------------------------------------------------------
# Patterns


def _alt(words) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_MONTH = _alt(lex.MONTHS)
_WEEKDAY = _alt(lex.WEEKDAYS)
_NUMWORD = _alt([*lex.UNITS_WORDS, *lex.SE_NUMBERS, *lex.MULTIPLIERS, lex.BELAS])
_NUMWORDS = rf"(?:{_NUMWORD})(?:\s+(?:{_NUMWORD}))*"
_DIGITS = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?"
_HALF = rf"(?:satu\s+)?(?:{_alt(lex.HALF_WORDS)})"
_QTY = rf"(?:{_DIGITS}|{_HALF}|{_NUMWORDS}|{_alt(lex.VAGUE_QUANTITIES)})"
_UNIT = _alt(lex.UNITS)
_SHIFT = _alt(lex.SHIFT_WORDS)
_AGO = _alt([*lex.AGO_WORDS, *lex.AHEAD_WORDS])
_POD = _alt(lex.PARTS_OF_DAY)
_MOD = _alt(lex.PERIOD_MODIFIERS)
_CALENDAR = _alt(lex.CALENDAR_UNITS)
_TZ = _alt(lex.TIME_ZONES)
_B = r"(?<![\w-])"  # start of a word
_E = r"(?![\w-])"  # end of a word
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"


def _joiners(words) -> str:
    """An alternation of the words joining two numbers: a word needs spaces, a dash does not."""
    return "|".join(rf"\s{re.escape(w)}\s" if w.isalpha() else re.escape(w) for w in words)


_RANGE = _joiners(lex.RANGE_WORDS)
_CLOCK_RANGE = _joiners(lex.CLOCK_RANGE_WORDS)
_DAY_RANGE = _joiners(lex.DAY_RANGE_WORDS)
_RANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<low>{_DIGITS}|{_NUMWORDS})\s*(?:{_RANGE})\s*$", re.IGNORECASE
)
_CLOCK_WORD = _alt(lex.CLOCK_WORDS)
_CURRENCY_BEFORE = re.compile(rf"(?:{_alt(lex.CURRENCY_SIGNS)})\s*$", re.IGNORECASE)
_NOT_CLOCK_AFTER = re.compile(rf"\s+(?:{_alt(lex.NOT_CLOCK_AFTER)})\b", re.IGNORECASE)
# Words after an explicit date that TimeML keeps in its span: "18 September lalu".
_TAIL = rf"(?:\s+(?:{_alt(lex.DATE_TAILS)})(?![\w-]))?"


_WORDS = re.compile(r"[^\W\d_]+")


def _letter_runs(phrases) -> frozenset[str]:
    """Every run of letters in `phrases`, lower-cased, as `_WORDS` cuts a text."""
    return frozenset(w for p in phrases for w in _WORDS.findall(p.lower()))


def _last_words(phrases) -> frozenset[str]:
    """The letter runs of each phrase's last word: a match of the phrase contains one."""
    return _letter_runs(p.split()[-1] for p in phrases)


# Patterns that need one of these (lower-case) words in the text; the others always run.

_WORD_BEFORE = re.compile(r"([\w'’.]+)\W*$")
_SENT_BOUNDARY_BEFORE = re.compile(r"(?:^|[.!?\n\"“”]\s*)$")
_APPROX_BEFORE = re.compile(rf"(?<![\w-])(?:{_alt(lex.APPROX_MODIFIERS)})\s+$", re.IGNORECASE)
_MOD_BEFORE = re.compile(rf"(?<![\w-])(?:{_MOD})\s+$", re.IGNORECASE)
_PREP_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(lex.TEMPORAL_PREPOSITIONS)})\s+$",
    re.IGNORECASE,
)
_NUMBER_BEFORE = re.compile(rf"(?:\d|{_NUMWORD}|{_alt(lex.VAGUE_QUANTITIES)})\s+$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(rf"\b(?:{_alt(lex.FUTURE_CUES)})\b", re.IGNORECASE)
_RANGE_TO_CLOCK = re.compile(
    rf"\s*(?:{_CLOCK_RANGE})\s*(?:pukul\s+)?\d{{1,2}}[.:]\d{{2}}\s*(?:{_TZ})(?!\w)",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\s*,?\s*\(?\s*\d{1,2}(?:/\d{1,2}|\s+[a-z])", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(rf"(?<![\w-])(?:{_alt(lex.UNTIL_WORDS)})\s+$", re.IGNORECASE)
_PAST_TAIL = re.compile(rf"(?:{_alt(lex.PAST_TAILS)})$", re.IGNORECASE)
_FUTURE_TAIL = re.compile(rf"(?:{_alt(lex.FUTURE_TAILS)})$", re.IGNORECASE)
_TADI_AFTER = re.compile(r"\s+tadi(?!\w)", re.IGNORECASE)
_CLOSE_PAREN = re.compile(r"\s*\)")
_TRAILING = re.compile(_TAIL, re.IGNORECASE)
_GAP_WEEKDAY_DATE = re.compile(r"\s*,?\s*(?:\(\s*)?(?:tanggal\s+)?$", re.IGNORECASE)
_GAP_DAY_TIME = re.compile(r"\s*,?\s*$")
# Between a written-out date and its clock time in datelines: "25 Nov 2020 | 14:30".
_GAP_DATE_CLOCK = re.compile(r"\s*[,|–-]?\s*$")
# Between a clock time and the day it is on: "pukul 14.30 WIB, Rabu (18/11)".
_GAP_CLOCK_DAY = re.compile(r"\s*,?\s*(?:pada\s+)?$", re.IGNORECASE)
_GAP_RANGE = re.compile(rf"\s*(?:{_CLOCK_RANGE})\s*(?:pukul\s+)?$", re.IGNORECASE)
_ROMAN = {"i": 1, "v": 5, "x": 10}
_SPACES = re.compile(r"\s+")


# ---------------------------------------------------------------------------
# Pieces found by the patterns


@dataclass
class _Piece:
    start: int
    end: int
    kind: str
    data: dict = field(default_factory=dict)
    time: str | None = None  # "14:30" or a part-of-day code, when glued to a day
    extra: list[_Piece] = field(default_factory=list)  # other timexes found in one match


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
        elif word == "puluh":
            current = (current or 1) * 10
        elif word == "ratus":
            total += (current or 1) * 100
            current = 0
        elif word == "ribu":
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


def _word_before(text: str, pos: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return match.group(1) if match else ""


def _name_before(text: str, pos: int) -> bool:
    """Whether a capitalized name word (not a date word) stands right before `pos`."""
    head = text[max(0, pos - 40) : pos]
    match = re.search(r"([A-Z][\w'’.]*)[ \t]+$", head)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower()
    if word in lex.DATE_WORDS_BEFORE or word in lex.WEEKDAYS or word in lex.MONTHS:
        return False
    return not _SENT_BOUNDARY_BEFORE.search(head[: match.start()])


def _duration(n: float | None, unit: str) -> str:
    letter, is_time = lex.UNITS[unit]
    amount = "X" if n is None else _fmt(n * lex.UNIT_FACTORS.get(unit, 1))
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _build_block(m: re.Match, text: str) -> _Piece | None:
    start, end = m.span()
    return _Piece(start, end, "block")


def _build_iso(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    data = {"y": int(g["iso_y"]), "m": int(g["iso_m"]), "d": int(g["iso_d"])}
    piece = _Piece(start, end, "date", data)
    if g["iso_h"]:
        piece.time = f"{int(g['iso_h']):02d}:{g['iso_mi']}"
    return piece


def _build_dmy(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["sep"] == "." and len(g["dmy_y"]) != 4:
        return None
    data = {"y": _two_digit_year(g["dmy_y"]), "m": int(g["dmy_m"]), "d": int(g["dmy_d"])}
    return _Piece(start, end, "date", data)


def _build_day_only(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    day = int(g["do_d"])
    if day > 31:
        return None
    # "tanggal 5 bulan lalu": the 5th of last month; "tanggal 3 lalu": the last 3rd.
    shift = lex.SHIFT_WORDS[_phrase(g["do_s"])] if g["do_s"] else None
    return _Piece(start, end, "date", {"y": None, "m": None, "d": day, "mshift": shift})


def _build_dm(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    start = m.start("dm_d")
    return _Piece(start, end, "date", {"y": None, "m": int(g["dm_m"]), "d": int(g["dm_d"])})


def _build_day_month(m: re.Match, text: str, name: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    prefix = "rg" if name == "range" else "td"
    if _word_before(text, start).lower().rstrip(".") in lex.NAME_HEADS:
        return None
    month = lex.MONTHS[_phrase(g[f"{prefix}_m"])]
    year = int(g[f"{prefix}_y"]) if g[f"{prefix}_y"] else None
    day = int(g["rg_d2"] if name == "range" else g["td_d"])
    piece = _Piece(start, end, "date", {"y": year, "m": month, "d": day})
    if name == "range":
        piece.start = m.start("rg_d2")
        first = _Piece(start, m.end("rg_d1"), "date", {"y": year, "m": month})
        first.data["d"] = int(g["rg_d1"])
        piece.extra.append(first)
    return piece


def _build_my_text(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    month = lex.MONTHS[g["my_m"].lower()]
    return _Piece(start, end, "date", {"y": int(g["my_y"]), "m": month})


def _build_month(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    word = g["mo_m"]
    key = word.lower()
    has_bulan = m.group(0).lower().startswith("bulan")
    if not _capitalized(word) or key not in lex.FULL_MONTHS:
        return None
    if not (has_bulan or g["mo_s"] or _PREP_BEFORE.search(text, max(0, start - 20), start)):
        return None
    shift = lex.MONTH_SHIFTS[g["mo_s"].lower()] if g["mo_s"] else None
    return _Piece(start, end, "month", {"m": lex.MONTHS[key], "shift": shift})


def _build_decade(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["dc4"]:
        return _Piece(start, end, "fixed", {"value": f"{g['dc4']}X", "type": "DATE"})
    digit = int(g["dc2"])
    century = "20" if digit < 3 else "19"
    return _Piece(start, end, "fixed", {"value": f"{century}{digit}X", "type": "DATE"})


def _build_year(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    year = g["yr"] or g["yr_any"]
    before = _word_before(text, start).lower().rstrip(".")
    after = re.match(r"\s*([\w%²]+)", text[end : end + 20])
    if not m.group(0).lower().startswith(("tahun", "th")):
        if before in lex.NOT_YEAR_BEFORE or before in lex.NAME_HEADS:
            return None
        if after and after.group(1).lower() in lex.NOT_YEAR_AFTER:
            return None
        if _CURRENCY_BEFORE.search(text, max(0, start - 4), start):
            return None
    return _Piece(start, end, "date", {"y": int(year), "m": None, "d": None})


def _build_century(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    n = _roman_or_int(g["ct"])
    if not 1 <= n <= 30:
        return None
    return _Piece(start, end, "fixed", {"value": f"{n - 1:02d}XX", "type": "DATE"})


def _build_quarter(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    letter, count = lex.QUARTERS[g["q_w"].lower()]
    n = lex.ORDINALS[g["q_n"].lower()]
    if n > count:
        return None
    year = int(g["q_y"]) if g["q_y"] else None
    return _Piece(start, end, "quarter", {"q": f"{letter}{n}", "y": year})


def _build_clock(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["ck3_h"]:
        hour = int(_number(g["ck3_h"]) or 0)
    else:
        hour = int(g["ck_h"] or g["ck2_h"])
    minute = int(g["ck_m"] or g["ck2_m"] or 0)
    pod = _phrase(g["ck_pod"] or g["ck3_pod"])
    if pod in lex.PART_OF_DAY_PM and hour < 12 and not (pod == "siang" and hour >= 10):
        hour += 12
    # Twelve at night ends the day: TimeML writes the next day's T00:00.
    next_day = pod == "malam" and hour in (12, 24) or hour == 24
    hour = 0 if next_day else hour
    if g["ck_h"] and not g["ck_m"] and not pod and not g["ck_tz"]:
        # "jam 12" is a clock time, but "jam 2 kali" is not: a bare hour needs no word after.
        if _NOT_CLOCK_AFTER.match(text, end):
            return None
    if hour > 24 or minute > 59:
        return None
    today = bool(_TADI_AFTER.match(text, end))
    data = {"hm": f"{hour % 24:02d}:{minute:02d}", "today": today, "next_day": next_day}
    return _Piece(start, end, "clock", data)


def _build_clock_bare(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    hour, minute = int(g["cb_h"]), int(g["cb_m"])
    if hour > 24 or minute > 59:
        return None
    kind = "clock" if _RANGE_TO_CLOCK.match(text, end) else "clock_bare"
    return _Piece(start, end, kind, {"hm": f"{hour % 24:02d}:{minute:02d}"})


def _build_weekday(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    word = g["wd"]
    key = word.lower()
    if not _capitalized(word) and not _DATE_AFTER.match(text, end):
        return None  # a lower-case weekday counts only before its date: "kamis (19/9)"
    if _name_before(text, m.start("wd")):
        return None
    if _word_before(text, start).lower() in lex.PRAYER_WORDS:
        return None  # "salat Jumat" names a prayer
    if key == lex.SUNDAY_OR_WEEK and _NUMBER_BEFORE.search(text, max(0, start - 20), start):
        return None
    shift_word = _phrase(g["wd_s"])
    if (
        key == lex.SUNDAY_OR_WEEK
        and shift_word in ("ini", "lalu", "depan")
        and _SENT_BOUNDARY_BEFORE.search(text, max(0, start - 5), start)
    ):
        # Sentence-initial "Minggu lalu" is "last week" more often than "last Sunday".
        shift = lex.SHIFT_WORDS[shift_word]
        data = {"unit": "WEEK", "shift": shift, "mod": "", "explicit": True}
        return _Piece(start, end, "unit_rel", data)
    shift = lex.WEEKDAY_SHIFTS.get(shift_word)
    return _Piece(start, end, "weekday", {"wd": lex.WEEKDAYS[key], "shift": shift})


def _build_unit_rel(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if _NUMBER_BEFORE.search(text, max(0, start - 20), start):
        return None  # "berusia 43 tahun ini" is an age, not this year
    unit = lex.CALENDAR_UNITS[(g["ur_u"] or g["ur_u2"]).lower()]
    mod = lex.PERIOD_MODIFIERS.get((g["ur_mod"] or g["ur_mod2"] or "").lower(), "")
    shift = lex.SHIFT_WORDS[_phrase(g["ur_s"])] if g["ur_s"] else 0
    data = {"unit": unit, "shift": shift, "mod": mod, "explicit": bool(g["ur_s"])}
    return _Piece(start, end, "unit_rel", data)


def _build_rel_day(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["rd_ref"]:
        offset = lex.REFERENCE_DAY_OFFSETS[_phrase(g["rd_ref"])]
        return _Piece(start, end, "rel_day", {"offset": offset, "from_reference": True})
    offset = lex.DAY_OFFSETS[_phrase(g["rd"])]
    return _Piece(start, end, "rel_day", {"offset": offset})


def _build_ref(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    word = _phrase(g["rf"])
    if word in lex.ORDER_WORDS and _order_not_time(text, start, end):
        return None
    value = lex.REFERENCES[word]
    return _Piece(start, end, "fixed", {"value": value, "type": "DATE"})


def _build_that_day(m: re.Match, text: str) -> _Piece | None:
    start, end = m.span()
    if _NUMBER_BEFORE.search(text, max(0, start - 20), start):
        return None  # "selama 12 hari tersebut" is the duration "12 hari"
    return _Piece(start, end, "that_day")


def _build_pod(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["pd_semalam"]:
        return _Piece(start, end, "rel_day", {"offset": -1}, time="NI")
    code = lex.PARTS_OF_DAY[_phrase(g["pd"])]
    qualifier = (g["pd_q"] or "").lower()
    qualified = bool(g["pd_tadi"] or qualifier or m.group(0).lower().endswith("hari"))
    qualified = qualified or bool(_PREP_BEFORE.search(text, max(0, start - 20), start))
    if qualifier in lex.POD_TODAY or g["pd_tadi"]:
        data = {"offset": 0, "pod_first": not g["pd_tadi"]}
        return _Piece(start, end, "rel_day", data, time=code)
    return _Piece(start, end, "pod", {"code": code, "qualified": qualified})


def _build_ago(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["ag_se"]:
        n, unit = 1.0, lex.SE_UNITS[g["ag_se"].lower()]
        word = _phrase(g["ag_w2"])
    else:
        n, unit = _number(g["ag_q"]), g["ag_u"].lower()
        word = _phrase(g["ag_w"])
    if word == "mendatang" and n is None:
        return None
    if word in lex.FROM_REFERENCE_WORDS:
        base = "reference"
    else:
        base = "anchor"
    sign = -1 if word in lex.AGO_WORDS else 1
    letter, is_time = lex.UNITS[unit]
    steps = None if n is None else int(round(n * lex.UNIT_FACTORS.get(unit, 1))) * sign
    data = {"steps": steps, "unit": "T" if is_time else letter, "sign": sign, "base": base}
    return _Piece(start, end, "ago", data)


def _build_duration(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    if g["du_vague"]:
        value = lex.VAGUE_DURATIONS[_phrase(g["du_vague"])]
        return _Piece(start, end, "fixed", {"value": value, "type": "DURATION"})
    if g["du_whole"]:
        value = _duration(1, lex.WHOLE_UNITS[g["du_whole"].lower()])
        return _Piece(start, end, "fixed", {"value": value, "type": "DURATION"})
    if g["du_red"]:
        unit = lex.REDUPLICATED_UNITS[g["du_red"].lower()]
        return _Piece(start, end, "fixed", {"value": _duration(None, unit), "type": "DURATION"})
    if g["du_se"]:
        value = _duration(1, lex.SE_UNITS[g["du_se"].lower()])
        return _Piece(start, end, "fixed", {"value": value, "type": "DURATION"})
    unit = g["du_u"].lower()
    n = _number(g["du_q"])
    year_like = re.fullmatch(r"\d{4}", g["du_q"]) and unit == "tahun"
    if n is not None and (year_like or g["du_t"] == "mendatang"):
        return None
    value = _duration(n, unit)
    if g["du_u2"]:
        second = _duration(_number(g["du_q2"]), g["du_u2"].lower())
        value = _join_durations(value, second)
    data = {"value": value, "type": "DURATION"}
    return _Piece(_range_start(text, start, n), end, "fixed", data)


def _range_start(text: str, start: int, upper: float | None) -> int:
    """Where a count of one unit starts that has a smaller lower bound before it ("4 hingga 5
    jam"; not the year of "2015 atau sepuluh hari")."""
    lower = _RANGE_BEFORE.search(text, max(0, start - 40), start)
    if lower is None or upper is None:
        return start
    low = _number(lower.group("low"))
    return lower.start() if low is not None and low < upper else start


def _build_set(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    return _set_piece(g, start, end, text)


def _build_holiday(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    return _holiday_piece(g, m, start, end)


def _build_season(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    shift = lex.SHIFT_WORDS[g["ss_s"].lower()] if g["ss_s"] else 0
    year = int(g["ss_y"]) if g["ss_y"] else None
    data = {"season": lex.SEASONS[_phrase(g["ss"])], "y": year, "shift": shift}
    return _Piece(start, end, "season", data)


def _build_hijri(m: re.Match, text: str) -> _Piece | None:
    g = m.groupdict()
    start, end = m.span()
    word = g["hj_m"]
    if not _capitalized(word):
        return None
    month = lex.HIJRI_MONTHS[_phrase(word)]
    hijri_year = int(g["hj_y"]) if g["hj_y"] else None
    data = {"hm": month, "hd": int(g["hj_d"]) if g["hj_d"] else None, "hy": hijri_year}
    return _Piece(start, end, "hijri", data)


def _order_not_time(text: str, start: int, end: int) -> bool:
    """Whether `dulu`/`dahulu` at start:end orders actions ("fokus dulu", "terlebih dahulu")
    rather than meaning "formerly" (after PAST_DULU_AFTER, at a clause start, after a name)."""
    head = text[max(0, start - 40) : start]
    if _SENT_BOUNDARY_BEFORE.search(head) or re.search(r"[,;:(]\s*$", head):
        return False
    before = _word_before(text, start)
    return not (before.lower() in lex.PAST_DULU_AFTER or _name_before(text, start))


def _join_durations(first: str, second: str) -> str:
    """`P2Y` + `P3M` → `P2Y3M`, `PT1H` + `PT3M` → `PT1H3M`, `P2D` + `PT3H` → `P2DT3H`."""
    parts = [d.removeprefix("P").partition("T") for d in (first, second)]
    date = "".join(p[0] for p in parts)
    time = "".join(p[2] for p in parts)
    return f"P{date}" + (f"T{time}" if time else "")


def _set_piece(g: dict, start: int, end: int, text: str) -> _Piece:
    if g["st_kali"]:
        value = _duration(1, lex.SE_UNITS[g["st_kali"].lower()])
        return _Piece(start, end, "fixed", {"value": value, "type": "SET"})
    if g["st_u2"]:
        value = _duration(_number(g["st_q2"]), g["st_u2"].lower())
        n = _number(g["st_q2"])
        return _Piece(_range_start(text, start, n), end, "fixed", {"value": value, "type": "SET"})
    word = _phrase(g["st_u"] or g["st_per"])
    if word in lex.WEEKDAYS:
        value = f"XXXX-WXX-{lex.WEEKDAYS[word]}"
    elif word in lex.PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{lex.PARTS_OF_DAY[word]}"
    else:
        n = _number(g["st_q"]) if g.get("st_q") else 1
        value = _duration(n, word)
    return _Piece(start, end, "fixed", {"value": value, "type": "SET"})


def _holiday_piece(g: dict, m: re.Match, start: int, end: int) -> _Piece | None:
    if g["hut_n1"] or g["hut_n2"]:
        year = 1945 + int(g["hut_n1"] or g["hut_n2"])
        return _Piece(start, end, "date", {"y": year, "m": 8, "d": 17})
    word = g["hl"]
    if not _capitalized(word):
        return None
    key = _phrase(word)
    year = int(g["hl_y"]) if g["hl_y"] else None
    if key in lex.FIXED_HOLIDAYS:
        if g["hl_h"]:
            return None
        month, day = lex.FIXED_HOLIDAYS[key]
        if key == "malam tahun baru" and year:
            year -= 1
        return _Piece(start, end, "date", {"y": year, "m": month, "d": day})
    hm, hd = lex.HIJRI_HOLIDAYS[key]
    if g["hl_h"]:
        return _Piece(start, end, "hijri", {"hm": hm, "hd": hd, "hy": year})
    return _Piece(start, end, "hijri", {"hm": hm, "hd": hd, "hy": None, "gy": year})


# ---------------------------------------------------------------------------
# The rules: one record per expression type (add a type here, with its builder above)


@dataclass(frozen=True)
class Rule:
    """A pattern, the words one of which a text must hold for it to run (None: always), the
    builder that turns a match into a piece (or None where a guard rules it out), and
    examples: (sentence, span, value) at EXAMPLE_ANCHOR; a span of None means no expression."""

    name: str
    pattern: str
    build: Callable[[re.Match, str], _Piece | None]
    triggers: frozenset[str] | None
    examples: tuple[tuple[str, str | None, str | None], ...]


EXAMPLE_ANCHOR = "2020-11-25"  # a Wednesday in ISO week 48

RULES: tuple[Rule, ...] = (
    Rule(
        "block",
        rf"{_B}(?:{_alt(lex.NUMBER_WORDS)})\s*\d+[a-z]?(?:/[\w.]+)*\s+tahun\s+\d{{4}}{_E}"
        rf"|{_B}(?:{_alt(lex.REGULATION_HEADS)}|Permen\w*)\s+"
        rf"(?:\d+/\d{{4}}|(?:(?:{_alt(lex.NUMBER_WORDS)})\s*)?\d+\s+tahun\s+\d{{2,4}}){_E}",
        _build_block,
        _letter_runs(["tahun", *lex.REGULATION_HEADS]),
        (("UU Nomor 12 Tahun 2011 berlaku.", None, None),),
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
        r"(?<![\w/.:-])(?P<dmy_d>\d{1,2})(?P<sep>[/.-])(?P<dmy_m>\d{1,2})(?P=sep)"
        r"(?P<dmy_y>\d{4}|\d{2})(?![\w/:-]|\.\d)",
        _build_dmy,
        None,
        (
            ("Surat itu bertanggal 25/11/2020.", "25/11/2020", "2020-11-25"),
            ("Kontrak diteken 25-11-20 di kantor.", "25-11-20", "2020-11-25"),
        ),
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
        rf"{_B}tanggal\s+(?P<do_d>\d{{1,2}})(?![\w/.:-]|\s+(?:{_MONTH}){_E})"
        rf"(?:\s+bulan\s+(?P<do_s>{_SHIFT}){_E}|{_TAIL})",
        _build_day_only,
        None,
        (
            ("Gaji cair tanggal 1 bulan ini.", "tanggal 1 bulan ini", "2020-11-01"),
            ("Hujan deras turun tanggal 3 lalu.", "tanggal 3 lalu", "2020-11-03"),
        ),
    ),
    Rule(
        "range",
        rf"{_B}(?P<rg_d1>\d{{1,2}})\s*(?:{_DAY_RANGE})\s*"
        rf"(?P<rg_d2>\d{{1,2}})\s+(?P<rg_m>{_MONTH})(?:\s+(?P<rg_y>\d{{4}}))?{_E}",
        partial(_build_day_month, name="range"),
        _letter_runs(lex.MONTHS),
        (("Pameran digelar 3-4 Desember 2020.", "4 Desember 2020", "2020-12-04"),),
    ),
    Rule(
        "dmy_text",
        rf"{_B}(?:(?:{_alt(lex.DAY_WORDS)})\s+)?(?P<td_d>\d{{1,2}})\s+(?P<td_m>{_MONTH})"
        rf"(?:\s+(?:tahun\s+)?(?P<td_y>\d{{4}}))?{_E}{_TAIL}",
        partial(_build_day_month, name="dmy_text"),
        _letter_runs(lex.MONTHS),
        (
            ("Toko itu dibuka 17 Agustus lalu.", "17 Agustus lalu", "2020-08-17"),
            ("Ia lahir 2 Januari 1990 di Solo.", "2 Januari 1990", "1990-01-02"),
        ),
    ),
    Rule(
        "my_text",
        rf"{_B}(?:bulan\s+)?(?P<my_m>{_MONTH})\s+(?:tahun\s+)?(?P<my_y>\d{{4}}){_E}{_TAIL}",
        _build_my_text,
        _letter_runs(lex.MONTHS),
        (("Harga cabai naik sejak November 2019.", "November 2019", "2019-11"),),
    ),
    Rule(
        "month",
        rf"{_B}(?:bulan\s+)?(?P<mo_m>{_MONTH})(?:\s+(?P<mo_s>{_alt(lex.MONTH_SHIFTS)}))?{_E}",
        _build_month,
        _letter_runs(lex.MONTHS),
        (
            ("Harga naik pada Juni.", "Juni", "2020-06"),
            ("Ekspor turun bulan Oktober lalu.", "bulan Oktober lalu", "2020-10"),
        ),
    ),
    Rule(
        "decade",
        rf"{_B}(?:tahun\s+)?(?:(?P<dc4>(?:1[5-9]|20)\d)0|'?(?P<dc2>\d)0)\s?-?an{_E}"
        rf"(?!\s+(?:{_alt(lex.NOT_DECADE_AFTER)})\b)",
        _build_decade,
        frozenset({"an"}),
        (("Lagu itu populer pada 1990-an.", "1990-an", "199X"),),
    ),
    Rule(
        "year",
        rf"(?:(?<![\w/.-])|(?<={_YEAR}[-–/]))(?:(?:{_alt(lex.YEAR_WORDS)})\s+)?(?P<yr>{_YEAR})"
        rf"(?![\w%]|[.,]\d|-an){_TAIL}|{_B}tahun\s+(?P<yr_any>\d{{3,4}})(?![\w%]|[.,]\d){_TAIL}",
        _build_year,
        None,
        (("Ia lahir pada tahun 1991 di Medan.", "tahun 1991", "1991"),),
    ),
    Rule(
        "century",
        rf"{_B}abad\s+(?:ke-?\s*)?(?P<ct>\d{{1,2}}|[IVX]+){_E}(?:\s+masehi{_E})?",
        _build_century,
        frozenset({"abad"}),
        (("Tantangan abad ke-21 berbeda.", "abad ke-21", "20XX"),),
    ),
    Rule(
        "quarter",
        rf"{_B}(?P<q_w>{_alt(lex.QUARTERS)})\s+(?P<q_n>{_alt(lex.ORDINALS)}){_E}(?:\s+(?:tahun\s+)?(?P<q_y>\d{{4}}){_E})?",
        _build_quarter,
        frozenset(lex.QUARTERS),
        (("Laba turun pada kuartal III tahun 2019.", "kuartal III tahun 2019", "2019-Q3"),),
    ),
    Rule(
        "clock",
        rf"{_B}(?:(?:{_CLOCK_WORD})\s+)(?P<ck_h>\d{{1,2}})(?:[.:](?P<ck_m>\d{{2}}))?"
        rf"(?:\s*(?P<ck_tz>{_TZ}){_E}|\s+(?P<ck_pod>{_POD}){_E})?(?![\w.:]\d)"
        rf"|(?<![\w.:])(?P<ck2_h>\d{{1,2}})[.:](?P<ck2_m>\d{{2}})\s*(?P<ck2_tz>{_TZ}){_E}"
        rf"|{_B}(?:{_CLOCK_WORD})\s+(?P<ck3_h>{_NUMWORDS})\s+(?P<ck3_pod>{_POD}){_E}",
        _build_clock,
        _letter_runs([*lex.CLOCK_WORDS, *lex.TIME_ZONES]),
        (
            ("Rapat dimulai pukul 14.30 WIB.", "pukul 14.30 WIB", "2020-11-25T14:30"),
            ("Kapal tiba pukul dua belas malam.", "pukul dua belas malam", "2020-11-26T00:00"),
        ),
    ),
    Rule(
        "clock_bare",
        r"(?<![\w.:])(?P<cb_h>\d{1,2})[.:](?P<cb_m>\d{2})(?![\w.:%]|,\d|\s*(?:persen|%))",
        _build_clock_bare,
        None,
        (("Jalan ditutup pukul 08.00-10.00 WIB.", "10.00 WIB", "2020-11-25T10:00"),),
    ),
    Rule(
        "weekday",
        rf"{_B}(?:hari\s+)?(?P<wd>{_WEEKDAY})(?![\w’'-])"
        rf"(?:\s+(?P<wd_s>{_alt(lex.WEEKDAY_SHIFTS)})(?!\w))?",
        _build_weekday,
        _letter_runs(lex.WEEKDAYS),
        (
            ("Ia datang Senin.", "Senin", "2020-11-23"),
            ("Sidang digelar Senin depan.", "Senin depan", "2020-11-30"),
        ),
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
        ),
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
        ),
    ),
    Rule(
        "that_day",
        rf"{_B}(?:{_alt(lex.THAT_DAY_HEADS)})\s+(?:{_alt(lex.THAT_WORDS)}){_E}",
        _build_that_day,
        _last_words(lex.THAT_WORDS),
        (("Pada 17 Agustus 2019 warga berkumpul. Hari itu hujan.", "Hari itu", "2019-08-17"),),
    ),
    Rule(
        "pod",
        rf"{_B}(?:(?P<pd_tadi>tadi)\s+)?(?P<pd>{_POD})(?:\s+hari)?{_E}"
        rf"(?:\s+(?P<pd_q>{_alt(lex.POD_QUALIFIERS)})(?!\w))?"
        r"|(?<![\w-])(?P<pd_semalam>semalam)(?![\w-])",
        _build_pod,
        _letter_runs([*lex.PARTS_OF_DAY, "semalam"]),
        (
            ("Pagi ini jalan licin.", "Pagi ini", "2020-11-25TMO"),
            ("Mereka berjaga sejak pagi di posko.", "pagi", "2020-11-25TMO"),
        ),
    ),
    Rule(
        "ago",
        rf"{_B}(?P<ag_q>{_QTY})\s+(?P<ag_u>{_UNIT})\s+(?P<ag_w>{_AGO})(?!\w)"
        rf"|{_B}(?P<ag_se>{_alt(lex.SE_UNITS)})\s+(?P<ag_w2>{_AGO})(?!\w)",
        _build_ago,
        _letter_runs([*lex.AGO_WORDS, *lex.AHEAD_WORDS]),
        (
            ("Ia pindah dua tahun lalu.", "dua tahun lalu", "2018"),
            ("Ia pulang tiga hari lalu.", "tiga hari lalu", "2020-11-22"),
        ),
    ),
    Rule(
        "duration",
        rf"{_B}(?P<du_q>{_QTY})\s+"
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
            ("Sidang berlangsung 4 hingga 5 jam.", "4 hingga 5 jam", "PT5H"),
            ("Ia berhenti sebentar di warung.", "sebentar", "PTXM"),
        ),
    ),
    Rule(
        "set",
        rf"{_B}(?:{_alt(lex.EVERY_WORDS)})\s+(?:(?P<st_q>{_DIGITS}|{_NUMWORDS})\s+)?"
        rf"(?P<st_u>{_UNIT}|{_POD}|{_WEEKDAY})(?:nya)?{_E}"
        rf"|{_B}(?:{_alt(lex.PER_WORDS)})\s+(?P<st_per>{_UNIT}){_E}"
        rf"|{_B}(?:{_DIGITS}|{_NUMWORDS})\s+(?:{_alt(lex.TIMES_WORDS)})\s+(?:dalam\s+)?(?P<st_kali>{_alt(lex.SE_UNITS)}){_E}"
        rf"|{_B}(?P<st_q2>{_DIGITS}|{_NUMWORDS})\s+"
        rf"(?P<st_u2>{_UNIT})\s+(?:{_alt(lex.ONCE_WORDS)}){_E}",
        _build_set,
        _letter_runs([*lex.EVERY_WORDS, *lex.PER_WORDS, *lex.TIMES_WORDS, *lex.ONCE_WORDS]),
        (
            ("Air diantar setiap hari.", "setiap hari", "P1D"),
            ("Obat diminum 3 hari sekali.", "3 hari sekali", "P3D"),
        ),
    ),
    Rule(
        "holiday",
        r"(?<![\w-])HUT\s+(?:ke-?\s*(?P<hut_n1>\d{1,3})\s+(?:RI|Kemerdekaan\s+RI)"
        r"|(?:RI|Kemerdekaan\s+RI)\s+ke-?\s*(?P<hut_n2>\d{1,3}))(?!\w)"
        rf"|{_B}(?P<hl>{_alt([*lex.FIXED_HOLIDAYS, *lex.HIJRI_HOLIDAYS])}){_E}"
        r"(?:\s+(?:tahun\s+)?(?P<hl_y>\d{4})(?:\s*(?P<hl_h>H|Hijriah|Hijriyah)(?!\w))?)?",
        _build_holiday,
        _last_words([*lex.FIXED_HOLIDAYS, *lex.HIJRI_HOLIDAYS]) | {"hut"},
        (
            ("Toko tutup saat Natal.", "Natal", "2020-12-25"),
            ("Upacara HUT RI ke-75 digelar sederhana.", "HUT RI ke-75", "2020-08-17"),
        ),
    ),
    Rule(
        "season",
        rf"{_B}(?P<ss>{_alt(lex.SEASONS)}){_E}"
        rf"(?:\s+(?:tahun\s+)?(?P<ss_y>\d{{4}}){_E}|\s+(?P<ss_s>{_SHIFT}){_E})?",
        _build_season,
        frozenset({"musim"}),
        (
            ("Sumur kering saat musim kemarau.", "musim kemarau", "2020-SU"),
            ("Banjir datang pada musim penghujan 2019.", "musim penghujan 2019", "2019-WI"),
        ),
    ),
    Rule(
        "hijri",
        rf"{_B}(?:bulan\s+)?(?:(?P<hj_d>\d{{1,2}})\s+)?(?P<hj_m>{_alt(lex.HIJRI_MONTHS)})"
        r"(?:\s+(?P<hj_y>1[34]\d\d)\s*(?:H|Hijriah|Hijriyah)?)?(?!\w)",
        _build_hijri,
        _last_words(lex.HIJRI_MONTHS) | {"ramadhan"},
        (("Pasar ramai menjelang Ramadan 1441 H.", "Ramadan 1441 H", "2020-05"),),
    ),
)
_COMPILED = [(rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in RULES]


# ---------------------------------------------------------------------------
# Finding and gluing


def _find(text: str) -> list[_Piece]:
    """Non-overlapping pieces; where matches overlap, the longest wins."""
    found: list[_Piece] = []
    words = set(_WORDS.findall(text.lower()))
    for rule, pattern in _COMPILED:
        if rule.triggers is not None and words.isdisjoint(rule.triggers):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                piece = rule.build(m, text)
                if piece is not None:
                    found.append(piece)
    found.sort(key=lambda p: (p.start - p.end, p.start))
    taken: list[_Piece] = []
    occupied = bytearray(len(text))
    for piece in found:
        if not any(occupied[piece.start : piece.end]):
            taken.append(piece)
            occupied[piece.start : piece.end] = b"\x01" * (piece.end - piece.start)
    out: list[_Piece] = []
    for piece in sorted(taken, key=lambda p: p.start):
        if piece.kind == "block":
            continue
        out.extend(piece.extra)
        piece.extra = []
        out.append(piece)
    return sorted(out, key=lambda p: p.start)


_DAY_KINDS = ("date", "weekday", "rel_day", "hijri", "that_day")


def _is_day(piece: _Piece) -> bool:
    if piece.kind == "date":
        return piece.data.get("d") is not None
    if piece.kind == "hijri":
        return piece.data.get("hd") is not None
    return piece.kind in _DAY_KINDS and piece.time is None


# Named predicates on pieces, for the glue table.
def _undated_weekday_or_day(piece: _Piece) -> bool:
    """A weekday without shift or a day word without time: "Rabu", "hari ini"."""
    if piece.kind == "weekday":
        return piece.data["shift"] is None
    return piece.kind == "rel_day" and piece.time is None


def _day_of_month(piece: _Piece) -> bool:
    return piece.kind == "date" and piece.data.get("d") is not None


def _day_without_time(piece: _Piece) -> bool:
    return _day_of_month(piece) and piece.time is None


def _part_of_today(piece: _Piece) -> bool:
    """A part of day read as a day offset: "pagi ini", "malam nanti"."""
    return piece.kind == "rel_day" and bool(piece.data.get("pod_first"))


def _day_or_weekday(piece: _Piece) -> bool:
    return _is_day(piece) or piece.kind == "weekday"


def _any_clock(piece: _Piece) -> bool:
    return piece.kind in ("clock", "clock_bare")


def _kind(*kinds: str) -> Callable[[_Piece], bool]:
    return lambda piece: piece.kind in kinds


# Joins: the left piece takes the right one into its span.
def _join_weekday_date(left: _Piece, right: _Piece, text: str, gap: str) -> _Piece:
    merged = _Piece(left.start, right.end, "date", dict(right.data), time=right.time or left.time)
    merged.data["dated_day"] = True  # "Senin (21/10)": a day the narrative is on
    if "(" in gap:
        close = _CLOSE_PAREN.match(text, right.end)
        if close:
            merged.end = close.end()
    trailing = _TRAILING.match(text, merged.end)
    if trailing and trailing.end() > merged.end:
        merged.end = trailing.end()
    return merged


def _join_time(left: _Piece, right: _Piece, text: str, gap: str) -> _Piece:
    """The left day with the right piece's part of day or clock time."""
    left.end = right.end
    left.time = right.time or right.data.get("code") or right.data.get("hm")
    left.data["next_day"] = right.data.get("next_day", False)
    return left


@dataclass(frozen=True)
class Glue:
    """Two neighbouring pieces TimeML reads as one expression: which left and right pieces,
    the text allowed between them, and how they join. The first glue that fits applies."""

    name: str
    left: Callable[[_Piece], bool]
    right: Callable[[_Piece], bool]
    gap: re.Pattern
    join: Callable[[_Piece, _Piece, str, str], _Piece]
    unless: Callable[[_Piece, _Piece], bool] = lambda left, right: False


GLUES: tuple[Glue, ...] = (
    # "Rabu (25/11/2020)", "hari ini, Senin (21/10/2019)"
    Glue(
        "weekday + date",
        _undated_weekday_or_day,
        _day_of_month,
        _GAP_WEEKDAY_DATE,
        _join_weekday_date,
    ),
    # "Rabu (25/11) pagi ini"
    Glue("day + part of today", _is_day, _part_of_today, _GAP_DAY_TIME, _join_time),
    # "Rabu malam", "Senin (23/9) pukul 14.00", "pukul 08.00, 10.00"
    Glue(
        "day + time of day",
        lambda left: _day_or_weekday(left) or left.time is not None,
        _kind("pod", "clock"),
        _GAP_DAY_TIME,
        _join_time,
        unless=lambda left, right: (
            left.time is not None
            and (right.kind == "pod" or not _day_or_weekday(left) and right.kind != "clock")
        ),
    ),
    # "25 Nov 2020 | 14:30" in datelines
    Glue("date + clock", _day_without_time, _any_clock, _GAP_DATE_CLOCK, _join_time),
)


def _glue(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Join pieces that TimeML reads as one expression (GLUES); a bare clock reading survives
    only in a range after a clock time ("pukul 08.00-10.00")."""
    out: list[_Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and piece.start < prev.end:
            continue
        gap = text[prev.end : piece.start] if prev else ""
        glue = prev is not None and next(
            (
                g
                for g in GLUES
                if g.left(prev)
                and g.right(piece)
                and not g.unless(prev, piece)
                and g.gap.fullmatch(gap)
            ),
            None,
        )
        if glue:
            out[-1] = glue.join(prev, piece, text, gap)
            continue
        if piece.kind == "clock_bare":
            if prev is not None and prev.kind == "clock" and _GAP_RANGE.fullmatch(gap):
                piece.kind = "clock"
            elif prev is not None and prev.time and ":" in prev.time and _GAP_RANGE.fullmatch(gap):
                piece.kind = "clock"
            else:
                continue
        out.append(piece)
    result = []
    for piece in out:
        if piece.kind == "pod" and not piece.data["qualified"]:
            continue
        approx = _APPROX_BEFORE.search(text, max(0, piece.start - 20), piece.start)
        if approx and piece.kind not in ("that_day", "rel_day"):
            piece.start = approx.start()
        if piece.kind in ("date", "month", "quarter", "unit_rel", "fixed", "hijri"):
            mod = _MOD_BEFORE.search(text, max(0, piece.start - 20), piece.start)
            if mod and not (piece.kind == "fixed" and piece.data["type"] != "DATE"):
                if not (piece.kind == "date" and piece.data.get("d") is not None):
                    piece.start = mod.start()
        result.append(piece)
    return result


# ---------------------------------------------------------------------------
# Resolving values


# The reference time each class of expression counts from (HeidelTime's news vs narrative
# choice, made per class by measurement on both golds: docs/design/temporal.md):
# "anchor" the publication date; "narrative" the day the text last pointed to (the last dated
# day, weekday or day offset); "speech" the day the paragraph's attribution reports ('"...
# kemarin...," kata X, Jumat (22/3)'). Each falls back to the publication date.
REFERENCE_TIME: dict[str, str] = {
    "deictic": "speech",  # hari ini, kemarin, besok, pagi ini, pukul 18.05 tadi
    "following": "narrative",  # keesokan harinya, dua pekan kemudian, hari sebelumnya
    "time_of_day": "narrative",  # a bare clock time or part of day, hari itu
    "weekday": "anchor",  # Senin, Senin lalu
    "ago": "anchor",  # dua pekan lalu, tiga tahun silam
}


@dataclass
class _Context:
    anchor: dt.date | None  # publication date, when given
    last_absolute: dt.date | None = None  # last date written out in full
    last_day: dt.date | None = None  # last day any expression pointed to
    speech_day: dt.date | None = None  # the day the paragraph reports ("kata X, Senin (1/7)")

    @property
    def base(self) -> dt.date | None:
        return self.anchor or self.last_absolute

    def reference(self, expression_class: str) -> dt.date | None:
        """The day expressions of this class count from (REFERENCE_TIME)."""
        choice = REFERENCE_TIME[expression_class]
        if choice == "narrative":
            return self.last_day or self.base
        if choice == "speech":
            return self.speech_day or self.base
        return self.base


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


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _resolve_weekday(data: dict, ctx: _Context, future: bool) -> str:
    wd = data["wd"]
    base = ctx.reference("weekday")
    if base is None:
        return f"XXXX-WXX-{wd}"
    delta = wd - base.isoweekday()
    shift = data["shift"]
    if shift is None:
        if future:
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
    ctx.last_day = day
    return day.isoformat()


def _resolve_day_of_month(d: int, ctx: _Context, mshift: int | None = None, tense: int = 0) -> str:
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
    ctx.last_day = day
    return day.isoformat()


def _resolve_date(data: dict, ctx: _Context, tense: int = 0) -> str:
    y, m, d = data.get("y"), data.get("m"), data.get("d")
    if m is None and d is not None:
        return _resolve_day_of_month(d, ctx, data.get("mshift"), tense)
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
    if ctx.anchor is None or y is not None:
        ctx.last_absolute = day
    ctx.last_day = day
    return day.isoformat()


def _resolve_hijri(data: dict, ctx: _Context, tense: int = 0) -> str:
    hm, hd, hy = data["hm"], data.get("hd"), data.get("hy")
    candidates: list[int] = []
    if hy is not None:
        candidates = [hy]
    elif data.get("gy"):
        start = _hijri_year_of(dt.date(data["gy"], 1, 1))
        candidates = [start, start + 1] if start else []
    elif ctx.base is not None:
        here = _hijri_year_of(ctx.base)
        candidates = [here - 1, here, here + 1] if here else []
    days = [_hijri_to_date(h, hm, hd or 15) for h in candidates]
    days = [day for day in days if day is not None]
    if data.get("gy"):
        days = [day for day in days if day.year == data["gy"]]
    if not days:
        return "XXXX-XX-XX" if hd else "XXXX-XX"
    day = _pick_occurrence(days, ctx.base, tense) if ctx.base else days[0]
    day = day or days[0]
    if hd is None:
        return f"{day.year:04d}-{day.month:02d}"
    ctx.last_day = day
    return day.isoformat()


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


def _resolve_ago(data: dict, ctx: _Context) -> str:
    """`steps` units (TIMEX3 D, W, M, Y; T for clock units) before or after a day: the
    publication date ("dua pekan lalu": a week), or the day the narrative is on ("dua pekan
    kemudian" after a dated day: a day)."""
    following = data["base"] == "reference"
    base = ctx.reference("following" if following else "ago")
    narrated = following and ctx.last_day is not None and REFERENCE_TIME["following"] != "anchor"
    steps, unit = data["steps"], data["unit"]
    if steps is None or base is None:
        return "PAST_REF" if data["sign"] < 0 else "FUTURE_REF"
    if unit == "T":
        return base.isoformat()
    if unit == "D" or narrated and unit in ("W", "M"):
        if unit == "M":
            y, m = _add_months(base, steps)
            day = _safe_date(y, m, base.day) or _safe_date(y, m, 28)
        else:
            day = base + dt.timedelta(days=steps * (7 if unit == "W" else 1))
        ctx.last_day = day
        return day.isoformat()
    if unit == "W":
        return _week(base + dt.timedelta(weeks=steps))
    if unit == "M":
        y, m = _add_months(base, steps)
        return f"{y:04d}-{m:02d}"
    return f"{base.year + steps:04d}"


def _tense(piece: _Piece, text: str) -> int:
    """1 if the expression points ahead ("30 November mendatang"), -1 if back ("18 September
    lalu"), 2 if only its sentence looks ahead ("akan … Natal"), else 0."""
    own = text[piece.start : piece.end]
    if _PAST_TAIL.search(own):
        return -1
    if _FUTURE_TAIL.search(own):
        return 1
    if _UNTIL_BEFORE.search(text, max(0, piece.start - 20), piece.start):
        return 2
    return 2 if _future_before(text, piece.start) else 0


def _future_before(text: str, pos: int) -> bool:
    """Whether the sentence up to `pos` has a word pointing ahead ("akan", "besok")."""
    head = text[max(0, pos - 80) : pos]
    head = re.split(r"[.!?\n]\s", head)[-1]
    return bool(_FUTURE_BEFORE.search(head))


def _day_value(piece: _Piece, text: str, ctx: _Context) -> str:
    """The date part of a piece's value (anything but the time of day)."""
    kind, data = piece.kind, piece.data
    if kind == "date":
        return _resolve_date(data, ctx, _tense(piece, text))
    if kind == "weekday":
        return _resolve_weekday(data, ctx, _future_before(text, piece.start))
    if kind == "rel_day":
        base = ctx.reference("following" if data.get("from_reference") else "deictic")
        if base is None:
            return "XXXX-XX-XX"
        day = base + dt.timedelta(days=data["offset"])
        ctx.last_day = day
        return day.isoformat()
    if kind == "that_day" or kind in ("pod", "clock", "clock_bare"):
        # "pukul 18.05 tadi" is today; a bare clock time is on the day last talked about.
        day = ctx.reference("deictic" if data.get("today") else "time_of_day")
        return day.isoformat() if day else "XXXX-XX-XX"
    if kind == "month":
        base = ctx.base
        if base is None:
            return f"XXXX-{data['m']:02d}"
        year = base.year
        if data["shift"] is None:
            first = dt.date(base.year, base.month, 1)
            day = _closest_year(data["m"], 1, first, _tense(piece, text))
            year = day.year if day else year
        elif data["shift"] < 0 and data["m"] >= base.month:
            year -= 1
        elif data["shift"] > 0 and data["m"] <= base.month:
            year += 1
        return f"{year:04d}-{data['m']:02d}"
    if kind == "season":
        year = data["y"] or (ctx.base.year + data["shift"] if ctx.base else None)
        return f"{year:04d}-{data['season']}" if year else f"XXXX-{data['season']}"
    if kind == "quarter":
        year = data["y"] or (ctx.base.year if ctx.base else None)
        return f"{year:04d}-{data['q']}" if year else f"XXXX-{data['q']}"
    if kind == "unit_rel":
        shift, base = data["shift"], ctx.base
        if data["unit"] == "WEEK" and not data["explicit"] and base is not None:
            # A bare "akhir pekan" early in the week is the weekend just gone, unless future.
            if base.isoweekday() <= 3 and not _future_before(text, piece.start):
                shift = -1
        return _resolve_unit(data["unit"], shift, data["mod"], base)
    if kind == "ago":
        return _resolve_ago(data, ctx)
    if kind == "hijri":
        return _resolve_hijri(data, ctx, _tense(piece, text))
    return data["value"]


def _resolve(piece: _Piece, text: str, ctx: _Context) -> Timex:
    value = _day_value(piece, text, ctx)
    if piece.kind in ("fixed",):
        ttype = piece.data["type"]
    elif piece.time is not None or piece.kind in ("clock", "pod"):
        ttype = "TIME"
        time = piece.time or piece.data.get("hm") or piece.data.get("code")
        if not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)", value):
            value = "XXXX-XX-XX"
        elif piece.data.get("next_day") and value[0] != "X":
            value = (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
        value = f"{value}T{time}"
    else:
        ttype = "DATE"
    return Timex(piece.start, piece.end, text[piece.start : piece.end], ttype, value)


def _as_date(anchor: str | dt.date | None) -> dt.date | None:
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


def _is_deictic(piece: _Piece) -> bool:
    """Whether the piece counts from the speaker's today: hari ini, kemarin, pagi ini, tadi."""
    if piece.kind == "rel_day":
        return not piece.data.get("from_reference")
    return piece.kind == "clock" and bool(piece.data.get("today"))


_ATTRIBUTION = re.compile(
    r"\b(?:" + "|".join(lex.ATTRIBUTION_VERBS) + r")(?:nya)?\b(?P<tail>[^.!?]*)$", re.IGNORECASE
)


def _attributed(gap: str) -> bool:
    """The text between a deictic word and a dated day ends in an attribution of the same
    sentence (`...," kata dia di Jakarta, `)."""
    return _ATTRIBUTION.search(gap) is not None


def _speech_day(text: str, pieces: list[_Piece], i: int, ctx: _Context) -> dt.date | None:
    """The day the paragraph of piece `i` reports, from its attribution after the piece
    ('"...kemarin...," kata X, Jumat (22/3).'); None without one, if it lies after the
    publication date, or if it stands right after the piece (an apposition: "kemarin, Senin
    (9/9)")."""
    end = text.find("\n", pieces[i].end)
    end = len(text) if end < 0 else end
    for candidate in pieces[i + 1 :]:
        if candidate.start >= end:
            return None
        if candidate.data.get("dated_day"):
            if _GAP_CLOCK_DAY.fullmatch(text, pieces[i].end, candidate.start):
                return None  # "kemarin, Selasa (9/9)" names the same day, no attribution
            if not _attributed(text[pieces[i].end : candidate.start]):
                return None  # a later day of the narrative, not the day of a quote
            try:
                value = _day_value(candidate, text, replace(ctx))
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


def extract(text: str, anchor: str | dt.date | None = None) -> list[Timex]:
    """Temporal expressions of `text`, normalized; `anchor` (ISO date) resolves relative ones."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    ctx = _Context(anchor=_as_date(anchor))
    pieces = _glue(text, _find(text))
    timexes = []
    for i, piece in enumerate(pieces):
        ctx.speech_day = _speech_day(text, pieces, i, ctx) if _is_deictic(piece) else None
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        if (
            piece.kind == "clock"
            and after is not None
            and _is_day(after)
            and after.kind != "that_day"
            and _GAP_CLOCK_DAY.fullmatch(text, piece.end, after.start)
        ):
            # The day comes after the clock time; resolve it (on a copy) to date the clock.
            try:
                day = _day_value(after, text, replace(ctx))
            except (OverflowError, ValueError):
                day = "XXXX-XX-XX"  # date arithmetic beyond year 1 or 9999, as below
            timexes.append(
                Timex(
                    piece.start,
                    piece.end,
                    text[piece.start : piece.end],
                    "TIME",
                    f"{day}T{piece.data['hm']}",
                )
            )
            continue
        try:
            timex = _resolve(piece, text, ctx)
        except (OverflowError, ValueError):
            # Date arithmetic beyond year 1 or 9999 (an anchor at the edge of time).
            time = f"T{piece.time}" if piece.time else ""
            ttype = "TIME" if piece.time else "DATE"
            timex = Timex(
                piece.start, piece.end, text[piece.start : piece.end], ttype, f"XXXX-XX-XX{time}"
            )
        if VALUE_PATTERN.fullmatch(timex.value):
            timexes.append(timex)
    return timexes


def is_timex_value(value: str) -> bool:
    """Whether `value` is a TIMEX3 value of the kinds this module writes."""
    return bool(VALUE_PATTERN.fullmatch(value))
