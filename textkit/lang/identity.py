"""Language data for entity identity: titles and honorifics before names, the phrases that
define a nickname, and the words an acronym may skip. Used by `textkit_identity`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles, ranks and honorifics that may open a PER span but are not part of the name
# (lower case, without a final period). `Presiden Joko Widodo` is `Joko Widodo`.
TITLE_WORDS = frozenset(
    """
    presiden wapres wakil menteri menko mendagri menlu menkeu gubernur wagub bupati wabup
    walikota wali kota camat lurah ketua kepala direktur dirut sekretaris sekjen juru bicara
    jubir kapolri kapolda kapolres kapolsek kapolresta panglima pangdam danrem dandim kasad
    jaksa hakim rektor dekan dosen profesor prof dr drs ir h hj kh k.h kiai kyai ustaz ustad
    ustadz habib syekh pak bu bapak ibu saudara sdr sdri tuan nyonya ny nona mas mbak bang
    kak cak ning raden mr mrs ms sir dame
    jenderal jendral letjen mayjen brigjen laksamana laksda laksma marsekal marsda marsma
    kolonel kol letkol mayor kapten lettu letda serka serda sertu kopral prada
    irjen brigadir bripda briptu bripka aipda aiptu ipda iptu akp kompol akbp kombes
    pol tni purn purnawirawan almarhum alm almarhumah
    """.split()
)

# Words that join a name's parts and are neither a short form nor an initial of an acronym.
NAME_PARTICLES = frozenset("bin binti van von der de la al el da di dan and of the".split())


@dataclass(frozen=True, slots=True)
class NicknameRule:
    """Two names of one person joined by `between` (a regular expression over the characters
    between them, lower case); `nick_first` when the nickname comes first."""

    name: str
    between: str
    nick_first: bool
    examples: tuple[tuple[str, str, str], ...]  # (text, full name, nickname)

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(rf"\s*{self.between}\s*$")


# Checked on text between two PER mentions. `(X)` after a name is handled apart: the word in
# brackets need not be tagged.
NICKNAME_RULES: tuple[NicknameRule, ...] = (
    NicknameRule(
        "sapaan",
        r",?\s*(?:yang\s+)?(?:sapaan|panggilan)\s+(?:akrab|akrabnya|karib|kerennya)?(?:nya)?\s*,?",
        True,
        (("Kata Ucok, sapaan akrab Rahmat Hidayat Siregar.", "Rahmat Hidayat Siregar", "Ucok"),),
    ),
    NicknameRule(
        "disapa",
        r",?\s*(?:yang|atau)?\s*(?:akrab|biasa|karib)\s+(?:disapa|dipanggil|disebut)\s*,?",
        False,
        (("Rahmat Hidayat, yang akrab disapa Ucok, hadir.", "Rahmat Hidayat", "Ucok"),),
    ),
    NicknameRule(
        "alias",
        r",?\s*(?:alias|als\.?|a\.k\.a\.?)",
        False,
        (("Pelaku Rahmat Hidayat alias Ucok ditangkap.", "Rahmat Hidayat", "Ucok"),),
    ),
)


@dataclass(frozen=True, slots=True)
class AcronymRule:
    """A long ORG/LOC name and its acronym joined by `between` (a regular expression over the
    characters between them, lower case) instead of brackets; `acronym_first` when the
    acronym comes first."""

    name: str
    between: str
    acronym_first: bool
    examples: tuple[tuple[str, str, str], ...]  # (text, long name, acronym)

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(rf"\s*{self.between}\s*$")


# `Long Name (ACR)` and `ACR (Long Name)` are handled apart; these are the written-out forms.
# The acronym must still be made from the long name's letters (`abbreviates`).
ACRONYM_RULES: tuple[AcronymRule, ...] = (
    AcronymRule(
        "atau",
        r",?\s*atau\s*,?",
        False,
        (
            (
                "Lembaga Kajian Pangan Nusantara atau LKPN menerbitkan data.",
                "Lembaga Kajian Pangan Nusantara",
                "LKPN",
            ),
        ),
    ),
    AcronymRule(
        "atau, acronym first",
        r",?\s*atau\s*,?",
        True,
        (
            (
                "LKPN atau Lembaga Kajian Pangan Nusantara menerbitkan data.",
                "Lembaga Kajian Pangan Nusantara",
                "LKPN",
            ),
        ),
    ),
    AcronymRule(
        "disingkat",
        r",?\s*(?:yang\s+)?(?:biasa\s+)?disingkat(?:\s+(?:menjadi|dengan))?\s*,?",
        False,
        (
            (
                "Lembaga Kajian Pangan Nusantara, disingkat LKPN, menerbitkan data.",
                "Lembaga Kajian Pangan Nusantara",
                "LKPN",
            ),
        ),
    ),
)

# Words that make a name a place or an organization; they settle a tie between the labels one
# name got in one document (`Geoje Island` tagged LOC once and ORG once is a place).
HEAD_LABELS: dict[str, frozenset[str]] = {
    "LOC": frozenset(
        """
        pulau island gunung mount sungai river danau lake teluk bay selat pantai beach jalan jl
        street kota city kabupaten provinsi kecamatan desa kelurahan kampung dusun
        """.split()
    ),
    "ORG": frozenset(
        """
        pt cv partai universitas badan kementerian dinas komisi lembaga yayasan klub fc bank
        polda polres polsek pengadilan
        """.split()
    ),
}

# A misspelled name is joined to the document's usual spelling only when the word has at least
# this many letters (`Indonsia` → `Indonesia`, `Sabrina` → `Sabria`; not `Wan` → `Swan`).
MIN_MISSPELT_LETTERS = 6
