"""Prefix, suffix and infix rules: spaCy's Indonesian rules minus the splits news text needs kept.

Kept whole, unlike `spacy.lang.id`: words joined by a plain hyphen (reduplication such as
`anak-anak`, `sayur-mayur`; clitics after a hyphen such as `anak-anaknya`; prefixes such as
`se-Jawa`, `non-Muslim`; names such as `Nagorno-Karabakh`), letters and digits joined by a
hyphen (`ke-3`, `Covid-19`, `1960-an`) and numeric dates (`25/11/2020`, `23/11`). Split, as in
spaCy: two capitalized names joined by a hyphen (`Jokowi-Ahok` -> `Jokowi` `-` `Ahok`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, HYPHENS
from spacy.lang.id.punctuation import CURRENCY
from spacy.lang.id.punctuation import TOKENIZER_INFIXES as ID_INFIXES
from spacy.lang.id.punctuation import TOKENIZER_PREFIXES as ID_PREFIXES
from spacy.lang.id.punctuation import TOKENIZER_SUFFIXES as ID_SUFFIXES

from .tokenizer_exceptions import hyphen_prefix_forms

# The dashes of typeset text beside the plain hyphen `-`.
EN_DASH = "\u2013"
EM_DASH = "\u2014"
DASH_CHARS = EN_DASH + EM_DASH
# Every Unicode dash and the minus sign (`‐` to `―`, `−`), as a range of a regex class.
ANY_DASH_RANGE = r"\u2010-\u2015\u2212"

# Dashes other than the plain hyphen still split words (`kata—kata` is two words and a dash).
DASHES = "|".join([EN_DASH, EM_DASH, "--", "---", 2 * EM_DASH, "~"])

# Doubled quotes and dashes are one token (` `` `, `''`, `--`), so they come first.
DOUBLED = ["``", "''", "--"]

# A hyphen glued to the word after a dateline (`JAKARTA -Presiden`), but not a minus sign;
# `Rp.` written with a period right before the amount (`Rp.5.000`).
LEADING = [r"-(?![0-9])", r"Rp\.(?=[0-9])"]

# Minutes and seconds of arc after a number (`40′ 10″`).
PRIMES = [r"(?<=[0-9])[′″]"]

# A period after a one-letter part ends the sentence, it is no initial (`PDI-P.`, `CR-V.`).
HYPHEN_LETTER_PERIOD = [rf"(?<=-[{ALPHA_UPPER}])\."]

# Clitics after a hyphen (`anak-anaknya`) and English possessives (`Lloyd's`) stay attached.
_DROPPED_SUFFIXES = {r"\-[Nn]ya", "-[KkMm]u", "'s", "'S", "’s", "’S"}

# Numeric dates (`25/11/2020`) and letters joined to digits (`ke-3`, `Covid-19`, `1960-an`).
_DROPPED_INFIXES = {
    r"(?<=[0-9])[\\/](?=[0-9%-])",
    rf"(?<=[{ALPHA}])-(?=[0-9])",
    rf"(?<=[0-9])-(?=[{ALPHA}])",
}

# Rules that split letters on the plain hyphen among other characters, without the hyphen.
_REPLACED_INFIXES = {
    rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA}])": rf"(?<=[{ALPHA}])(?:{DASHES})(?=[{ALPHA}])",
    rf"(?<=[{ALPHA}])[\/-](?={CURRENCY}|[{ALPHA}])": rf"(?<=[{ALPHA}])/(?={CURRENCY}|[{ALPHA}])",
}


# The hyphen before a capital (`Jokowi-Ahok`, `AS-China`); ONE_WORD and the exceptions keep the
# words that are one word whole, so only pairs of names are split.
NAME_PAIR_HYPHEN = rf"(?<=[{ALPHA}])-(?=[{ALPHA_UPPER}])"

_PART = rf"[{ALPHA}0-9'’]+"
_VOWELS = "aeiouAEIOU"
_CONSONANT = rf"[^{_VOWELS}\W\d_]"


class OneWordRule(NamedTuple):
    """A kind of hyphenated word with a capital after the hyphen that stays one token."""

    name: str
    pattern: str  # matched at the start of the whole word
    examples: tuple[str, ...]


# The hyphenated words that stay one token (the tokenizer's `token_match`).
ONE_WORD_RULES: tuple[OneWordRule, ...] = (
    OneWordRule(
        "not a name",  # a part that starts lowercase
        rf"(?:.*-)?[{ALPHA_LOWER}]",
        ("Anak-anak", "se-Jawa", "di-PHK", "Port-au-Prince"),
    ),
    OneWordRule(  # letters and digits; a range of numbers (`2019-2024`, `20-21`) splits
        "code", rf"(?=.*[{ALPHA}]).*[0-9]", ("Covid-19", "MH-17", "YZR-M1", "Su-35", "Mali-G72")
    ),
    OneWordRule(
        "clitic",  # capitalized when it refers to God (KBBI): `rahmat-Nya`, `Jannah-Nya`
        r".*-(?:Nya|Ku|Mu|NYA|KU|MU)$",
        ("Jannah-Nya", "Kuasa-Mu", "JANNAH-NYA"),
    ),
    OneWordRule("one letter", rf"(?:.*-)?[{ALPHA}](?:-|$)", ("K-Pop", "E-KTP", "PDI-P")),
    OneWordRule(
        "reduplication",
        rf"(?P<word>{_PART})-(?i:(?P=word))",
        ("Kupu-Kupu", "ANAK-ANAK", "Kupu-Kupunya"),
    ),
    OneWordRule(
        "affixed reduplication",  # the stem ends one part and starts the other
        rf"[{ALPHA}]*?(?P<stem>[{ALPHA}]{{3,}})-(?i:(?P=stem))",
        ("Perundang-Undangan", "Berlari-Lari", "Kejar-Kejaran"),
    ),
    OneWordRule(
        "rhyming reduplication",  # the first sound changed
        rf"[{ALPHA}](?P<rhyme>[{ALPHA}]{{3,}})-[{ALPHA}]*(?i:(?P=rhyme))$",
        ("Sayur-Mayur", "Lauk-Pauk", "Tolong-Menolong", "SAYUR-MAYUR"),
    ),
    OneWordRule(
        "vowel-change reduplication",  # a two-syllable word with a vowel changed
        rf"(?P<c1>{_CONSONANT}*)[{_VOWELS}]+(?P<c2>{_CONSONANT}+)[{_VOWELS}]+(?P<c3>{_CONSONANT}*)"
        rf"-(?i:(?P=c1))[{_VOWELS}]+(?i:(?P=c2))[{_VOWELS}]+(?i:(?P=c3))$",
        ("Bolak-Balik", "Gerak-Gerik", "Serba-Serbi", "BOLAK-BALIK"),
    ),
    OneWordRule(
        "prefix",  # `tokenizer_exceptions.HYPHEN_PREFIXES`
        "(?:" + "|".join(hyphen_prefix_forms()) + ")-",
        ("Non-Muslim", "NON-MUSLIM", "Se-Jawa", "Al-Azhar", "Indo-Pasifik"),
    ),
)
ONE_WORD = rf"^(?={_PART}(?:-{_PART})+$)(?:" + "|".join(r.pattern for r in ONE_WORD_RULES) + ")"


# --- Splits for scraped damage ---------------------------------------------------------------
# Scraped news often loses the space after a comma or around a hyphen (`Bali,19.00`,
# `WIB-06.00`); these rules put the token boundary back so numbers and clock times are tokens.

# A number as written in news: digits, with dots, commas, colons or slashes between digits
# (`19.00`, `2,5`, `1.000`, `7/12`).
GLUED_NUMBER = r"[0-9]+(?:[.,:/][0-9]+)*"
# A clock time `HH.MM` or `HH:MM` (`06.00`, `23:55`), not the start of a longer number.
CLOCK_TIME = r"(?:[01]?[0-9]|2[0-4])[.:][0-5][0-9](?![0-9])"


class SplitRule(NamedTuple):
    """A place where a token boundary falls inside a string with no space."""

    name: str
    kind: str  # "suffix" or "infix": the spaCy affix list the pattern joins
    pattern: str
    examples: tuple[tuple[str, tuple[str, ...]], ...]  # a string and its tokens
    kept: tuple[str, ...]  # strings the rule leaves one token


SPLIT_RULES: tuple[SplitRule, ...] = (
    SplitRule(  # a decimal comma sits between two digits, so any other comma before a number
        "comma before a number",  # is punctuation; the brackets before it split off as usual
        "suffix",
        rf"(?<=[^0-9\s],){GLUED_NUMBER}",
        (
            ("Bali,19.00", ("Bali", ",", "19.00")),
            ("Senin,2,5", ("Senin", ",", "2,5")),
            ("(Jumat),15.00", ("(", "Jumat", ")", ",", "15.00")),
            ("(7/12),08.30", ("(", "7/12", ")", ",", "08.30")),
            ("berikut:,1.", ("berikut", ":", ",", "1", ".")),
            ("dan,5.7", ("dan", ",", "5.7")),
            ("Rp5.000,-", ("Rp", "5.000", ",", "-")),
        ),
        ("2,5", "1.000,5", "1.000.000", "i7,2", "Covid-19"),
    ),
    SplitRule(  # the same when more follows the number (`Bali,19.00-21.00`)
        "comma between a letter and a digit",
        "infix",
        r"(?<=[^\W\d_]),(?=[0-9])",
        (
            ("Bali,19.00-21.00", ("Bali", ",", "19.00", "-", "21.00")),
            ("Kuta,2019-2024", ("Kuta", ",", "2019", "-", "2024")),
            ("timur,3.Jalan", ("timur", ",", "3.Jalan")),
        ),
        ("2,5", "1.000,5", "R2,5"),
    ),
    SplitRule(  # a doubled comma glued between words (a lost blank between two commas)
        "doubled comma between words",
        "infix",
        r"(?<=[^\W\d_]),{2,}(?=[^\W\d_])",
        (
            ("Serikat,,masih", ("Serikat", ",,", "masih")),
            ("Lembah,,,dan", ("Lembah", ",,,", "dan")),
        ),
        ("2,5", "1.000,5"),
    ),
    SplitRule(  # a time zone or word glued to the time after it; codes keep their digits
        "hyphen before a clock time",
        "infix",
        rf"(?<=[^\W\d_])-(?={CLOCK_TIME})",
        (
            ("WIB-06.00", ("WIB", "-", "06.00")),
            ("WITA-23:55", ("WITA", "-", "23:55")),
            ("pukul-15.00", ("pukul", "-", "15.00")),
        ),
        ("ke-3", "Covid-19", "MH-17", "1990-an", "08.00", "Su-35"),
    ),
)
SPLIT_SUFFIXES = [r.pattern for r in SPLIT_RULES if r.kind == "suffix"]
SPLIT_INFIXES = [r.pattern for r in SPLIT_RULES if r.kind == "infix"]


def _is_single_char(pattern: str) -> bool:
    return len(pattern) == 1 or (
        len(pattern) == 2 and pattern[0] == "\\" and not pattern[1].isalnum()
    )


def compact(patterns: list[str]) -> list[str]:
    """The same affix rules with the single characters merged into one class, which the regex
    engine matches far faster than ~150 alternatives; longer rules come first."""
    singles = dict.fromkeys(p[-1] for p in patterns if _is_single_char(p))
    others = dict.fromkeys(p for p in patterns if p.strip() and not _is_single_char(p))
    return [*others, "[" + "".join(re.escape(c) for c in singles) + "]"]


TOKENIZER_PREFIXES = compact(DOUBLED + LEADING + list(ID_PREFIXES))
TOKENIZER_SUFFIXES = compact(
    SPLIT_SUFFIXES
    + DOUBLED
    + PRIMES
    + HYPHEN_LETTER_PERIOD
    + [s for s in ID_SUFFIXES if s not in _DROPPED_SUFFIXES]
)
TOKENIZER_INFIXES = [
    *(_REPLACED_INFIXES.get(i, i) for i in ID_INFIXES if i not in _DROPPED_INFIXES),
    NAME_PAIR_HYPHEN,
    *SPLIT_INFIXES,
]
