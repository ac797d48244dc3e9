"""Regex fragments and text readers built from the lexicon of `textkit/lang/temporal.py`."""

from __future__ import annotations

import re

from ..lang import temporal as lex


def _alt(words) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_MONTH = _alt(lex.MONTHS)
_WEEKDAY = _alt(lex.WEEKDAYS)
_NUMWORD = _alt([*lex.UNITS_WORDS, *lex.SE_NUMBERS, *lex.MULTIPLIERS, lex.BELAS])
_NUMWORDS = rf"(?:{_NUMWORD})(?:\s+(?:{_NUMWORD}))*"
_DIGITS = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?"
_HALF = rf"(?:(?:{_alt(lex.ONE_WORDS)})\s+)?(?:{_alt(lex.HALF_WORDS)})"
_QTY = rf"(?:{_DIGITS}|{_HALF}|{_NUMWORDS}|{_alt(lex.VAGUE_QUANTITIES)})"
_UNIT = _alt(lex.UNITS)
_SHIFT = _alt(lex.SHIFT_WORDS)
_AGO = _alt([*lex.AGO_WORDS, *lex.AHEAD_WORDS, *lex.EARLIER_WORDS])
_POD = _alt(lex.PARTS_OF_DAY)
_MOD = _alt(lex.PERIOD_MODIFIERS)
_CALENDAR = _alt(lex.CALENDAR_UNITS)
_TZ = _alt(lex.TIME_ZONES)
_B = r"(?<![\w-])"  # start of a word
_E = r"(?![\w-])"  # end of a word
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY_HEAD = _alt(lex.DAY_HEADS)
_MONTH_HEAD = _alt(lex.MONTH_HEADS)
_YEAR_HEAD = _alt(lex.YEAR_HEADS)
_DAY_NUMBER_HEAD = _alt(lex.DAY_NUMBER_HEADS)
_HIJRI_ERA = _alt(lex.HIJRI_ERA)
_ORDINAL = re.escape(lex.ORDINAL_PREFIX)


def _joiners(words) -> str:
    """An alternation of the words joining two numbers: a word needs spaces, a dash does not."""
    return "|".join(rf"\s{re.escape(w)}\s" if w.isalpha() else re.escape(w) for w in words)


_RANGE = _joiners(lex.RANGE_WORDS)
_CLOCK_RANGE = _joiners(lex.CLOCK_RANGE_WORDS)
_DAY_RANGE = _joiners(lex.DAY_RANGE_WORDS)
_RANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<low>{_DIGITS}|{_NUMWORDS})\s*(?:{_RANGE})\s*$", re.IGNORECASE
)
_LIST_BEFORE = re.compile(
    rf"(?<![\w-])(?P<low>\d{{1,3}}|{_NUMWORDS})\s*(?:{_joiners(lex.LIST_WORDS)})\s*$", re.IGNORECASE
)
_CLOCK_WORD = _alt(lex.CLOCK_WORDS)
# The first month of a range before a month and year: "Januari-" of "Januari-Juli 2019".
_MONTH_RANGE_BEFORE = re.compile(
    rf"{_B}(?:(?:{_MONTH_HEAD})\s+)?(?P<first>{_MONTH})\s*(?:{_DAY_RANGE})\s*$", re.IGNORECASE
)
_CURRENCY_BEFORE = re.compile(rf"(?:{_alt(lex.CURRENCY_SIGNS)})\s*$", re.IGNORECASE)
_NOT_CLOCK_AFTER = re.compile(rf"\s+(?:{_alt(lex.NOT_CLOCK_AFTER)})\b", re.IGNORECASE)
# Words after an explicit date that TimeML keeps in its span: "18 September lalu".
_TAIL = rf"(?:\s+(?:{_alt(lex.DATE_TAILS)})(?![\w-]))?"


_WORDS = re.compile(r"[^\W\d_]+")


def _letter_runs(phrases) -> frozenset[str]:
    """Every run of letters in `phrases`, lower-cased, as `_WORDS` cuts a text."""
    return frozenset(w for p in phrases for w in _WORDS.findall(p.lower()))


def _first_words(phrases) -> frozenset[str]:
    """The letter runs of each phrase's first word: a match of the phrase contains one."""
    return _letter_runs(p.split()[0] for p in phrases)


def _last_words(phrases) -> frozenset[str]:
    """The letter runs of each phrase's last word: a match of the phrase contains one."""
    return _letter_runs(p.split()[-1] for p in phrases)


# Patterns that need one of these (lower-case) words in the text; the others always run.

_WORD_BEFORE = re.compile(r"([\w'’.]+)\W*$")
_SENT_BOUNDARY_BEFORE = re.compile(r"(?:^|[.!?\n\"“”]\s*)$")
_APPROX_BEFORE = re.compile(rf"(?<![\w-])(?P<word>{_alt(lex.APPROX_MODIFIERS)})\s+$", re.IGNORECASE)
_MOD_BEFORE = re.compile(rf"(?<![\w-])(?P<word>{_MOD})\s+$", re.IGNORECASE)
_PREP_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(lex.TEMPORAL_PREPOSITIONS)})\s+$",
    re.IGNORECASE,
)
_NUMBER_BEFORE = re.compile(rf"(?:\d|{_NUMWORD}|{_alt(lex.VAGUE_QUANTITIES)})\s+$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(rf"\b(?:{_alt(lex.FUTURE_CUES)})\b", re.IGNORECASE)
_RANGE_TO_CLOCK = re.compile(
    rf"\s*(?:{_CLOCK_RANGE})\s*(?:(?:{_alt(lex.RANGE_CLOCK_HEADS)})\s+)?\d{{1,2}}[.:]\d{{2}}"
    rf"\s*(?:{_TZ})(?!\w)",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\s*,?\s*\(?\s*\d{1,2}(?:/\d{1,2}|\s+[a-z])", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(rf"(?<![\w-])(?:{_alt(lex.UNTIL_WORDS)})\s+$", re.IGNORECASE)
_PAST_TAIL = re.compile(rf"(?:{_alt(lex.PAST_TAILS)})$", re.IGNORECASE)
_FUTURE_TAIL = re.compile(rf"(?:{_alt(lex.FUTURE_TAILS)})$", re.IGNORECASE)
_TODAY_AFTER = re.compile(rf"\s+(?:{_alt(lex.EARLIER_TODAY)})(?!\w)", re.IGNORECASE)
_CLOSE_PAREN = re.compile(r"\s*\)")
_TRAILING = re.compile(_TAIL, re.IGNORECASE)
_GAP_WEEKDAY_DATE = re.compile(
    rf"\s*,?\s*(?:\(\s*)?(?:(?:{_alt(lex.DAY_NUMBER_HEADS)})\s+)?$", re.IGNORECASE
)
_GAP_DAY_TIME = re.compile(r"\s*,?\s*$")
# Between a written-out date and its clock time in datelines: "25 Nov 2020 | 14:30".
_GAP_DATE_CLOCK = re.compile(r"\s*[,|–-]?\s*$")
# Between a clock time and the day it is on: "pukul 14.30 WIB, Rabu (18/11)".
_GAP_CLOCK_DAY = re.compile(rf"\s*,?\s*(?:(?:{_alt(lex.ON_WORDS)})\s+)?$", re.IGNORECASE)
_GAP_RANGE = re.compile(
    rf"\s*(?:{_CLOCK_RANGE})\s*(?:(?:{_alt(lex.RANGE_CLOCK_HEADS)})\s+)?$", re.IGNORECASE
)
# Between the two days of a range: "3-4 Agustus", "3 dan 4 Juli".
_GAP_RANGE_DAYS = re.compile(rf"\s*(?:{_DAY_RANGE})\s*", re.IGNORECASE)
_ROMAN = {"i": 1, "v": 5, "x": 10}
_SPACES = re.compile(r"\s+")


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


def _future_before(text: str, pos: int) -> bool:
    """Whether the sentence up to `pos` has a word pointing ahead ("akan", "besok")."""
    head = text[max(0, pos - 80) : pos]
    head = re.split(r"[.!?\n]\s", head)[-1]
    return bool(_FUTURE_BEFORE.search(head))


def _tense(text: str, start: int, end: int) -> int:
    """1 if the expression at start:end points ahead ("30 November mendatang"), -1 if back
    ("18 September lalu"), 2 if only its sentence looks ahead ("akan … Natal"), else 0."""
    own = text[start:end]
    if _PAST_TAIL.search(own):
        return -1
    if _FUTURE_TAIL.search(own):
        return 1
    if _UNTIL_BEFORE.search(text, max(0, start - 20), start):
        return 2
    return 2 if _future_before(text, start) else 0
