"""Language data for entity identity: titles and honorifics before names, the phrases that
define a nickname, and the words an acronym may skip. Used by `textkit_identity`.
"""

from __future__ import annotations

import functools
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
    eyang ibunda ayahanda bunda kakek nenek opa oma tante paman
    kabid kabag kasat kasatreskrim kanit kasubdit kasubbag kadiv dirreskrimum dirreskrimsus
    dirlantas kapuspen kasat
    menpora menhub menpar menkes mendikbud menag menkumham menpan menkominfo mensos menaker
    mentan mendag menperin menkop menristek menkopolhukam menkomaritim menlhk menpupr
    """.split()
)

TITLE_KEYS = frozenset(w.replace(".", "") for w in TITLE_WORDS)

# Police and military ranks of TITLE_WORDS: never the end of a body's name, even where the
# person's name after them is missing (`Polda Metro Jaya Kombes ,` of a text that lost it).
RANK_WORDS = frozenset(
    """
    jenderal jendral letjen mayjen brigjen laksamana laksda laksma marsekal marsda marsma
    kolonel kol letkol mayor kapten lettu letda serka serda sertu kopral prada
    irjen brigadir bripda briptu bripka aipda aiptu ipda iptu akp kompol akbp kombes
    """.split()
)


def is_title(word: str) -> bool:
    """Whether a word is a title, rank or honorific of `TITLE_WORDS` (any case, with or
    without periods: `Prof.`, `K.H.`)."""
    return word.lower().rstrip(".").replace(".", "") in TITLE_KEYS


# Title words that also end the names of places and organizations (`Kantor Staf Presiden`,
# `Mabes TNI`, `Notre Dame`, `Blok H`, `Kota`); every other title, rank or office word never
# ends an ORG or LOC span: `Polda Metro Jaya Kombes` is `Polda Metro Jaya` (+ `Kombes Yusri`).
NAME_FINAL_TITLES = frozenset(
    """
    presiden wapres wakil menteri gubernur wagub bupati wabup walikota wali kota camat lurah
    tni pol purn purnawirawan h dame sir mas raden ibu bapak
    """.split()
)
SPAN_FINAL_TITLES = frozenset(w.replace(".", "") for w in TITLE_WORDS - NAME_FINAL_TITLES)

# Currency codes: never a place, organization or person (`EUR 45` is no Europe).
CURRENCY_CODES = frozenset(
    "USD EUR IDR JPY GBP SGD MYR CNY RMB AUD HKD KRW SAR THB CHF INR CAD NZD PHP VND".split()
)

# Three-letter country codes that follow a rider's or athlete's name in results tables
# (`Rangga Wiratama INA Tim Lembah Racing`): a code ends the person's name.
RESULT_COUNTRY_CODES = frozenset(
    """
    INA SPA ESP ITA GBR JPN AUS FRA GER POR RSA USA MAL MAS THA ARG BRA NED BEL SUI AUT CZE
    KOR CHN IND PHI SIN VIE NZL CAN MEX COL TUR RUS SWE NOR DEN FIN POL HUN SWI
    """.split()
)

# Words before a language's name (`bahasa Jepang`): the name after them is no place.
LANGUAGE_HEADS = frozenset(["bahasa", "berbahasa"])

# Boards of a party or association, named by an acronym before its name (`DPD Golkar`): the
# acronym and the name are one ORG, the board of that body, not the chamber `DPD` alone names.
BOARD_ACRONYMS = {
    "DPP": "Dewan Pimpinan Pusat",
    "DPD": "Dewan Pimpinan Daerah",
    "DPW": "Dewan Pimpinan Wilayah",
    "DPC": "Dewan Pimpinan Cabang",
}

# Company forms an organization's name may be written with or without (`PT Sinar Lestari`,
# `Sinar Lestari Tbk`): the corpus identity compares names without them.
COMPANY_FORMS = frozenset("pt persero tbk cv".split())

# Kinds of the organizations table whose names are organizations wherever they occur, whatever
# the NER said (a club named after its city, a platform, a party, an outlet): the corpus vote
# gives them ORG.
TYPED_KINDS = frozenset("sport platform party media".split())

# Words that join a name's parts and are neither a short form nor an initial of an acronym.
NAME_PARTICLES = frozenset("bin binti van von der de la al el da di dan and of the".split())


@functools.cache
def _between(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\s*{pattern}\s*$")


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """Two names of one entity, a long one and a short one (a nickname, an acronym), joined by
    `between` (a regular expression over the characters between them, lower case);
    `short_first` when the short name comes first."""

    name: str
    between: str
    short_first: bool
    examples: tuple[tuple[str, str, str], ...]  # (text, long name, short name)

    @property
    def regex(self) -> re.Pattern[str]:
        return _between(self.between)


# Checked on text between two PER mentions. `(X)` after a name is handled apart: the word in
# brackets need not be tagged.
NICKNAME_RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "sapaan",
        r",?\s*(?:yang\s+)?(?:sapaan|panggilan)(?:\s+(?:akrab|akrabnya|karib|kerennya))?(?:nya)?"
        r"\s*,?",
        True,
        (
            ("Kata Ucok, sapaan akrab Rahmat Hidayat Siregar.", "Rahmat Hidayat Siregar", "Ucok"),
            ("Kata Ucok sapaan Rahmat Hidayat Siregar.", "Rahmat Hidayat Siregar", "Ucok"),
        ),
    ),
    PhraseRule(
        "disapa",
        r",?\s*(?:yang|atau)?\s*(?:akrab|biasa|karib)\s+(?:disapa|dipanggil|disebut)\s*,?",
        False,
        (("Rahmat Hidayat, yang akrab disapa Ucok, hadir.", "Rahmat Hidayat", "Ucok"),),
    ),
    PhraseRule(
        "alias",
        r",?\s*(?:alias|als\.?|a\.k\.a\.?)",
        False,
        (("Pelaku Rahmat Hidayat alias Ucok ditangkap.", "Rahmat Hidayat", "Ucok"),),
    ),
)


# `Long Name (ACR)` and `ACR (Long Name)` are handled apart; these are the written-out forms.
# The acronym must still be made from the long name's letters (`abbreviates`).
ACRONYM_RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
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
    PhraseRule(
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
    PhraseRule(
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


@dataclass(frozen=True, slots=True)
class Convention:
    """A convention `textkit_identity` follows within one document, with examples: invented
    text, the entities a NER gives it ((surface, label), in order) and the identity each entity
    of the result has (`LABEL:value`, in order)."""

    name: str
    statement: str
    examples: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]], ...]


CONVENTIONS: tuple[Convention, ...] = (
    Convention(
        "one label per name",
        "The mentions of one name (same words in the document's usual spelling, or one value in "
        "the tables) take the label most of them have; a tie goes to the label the tables know "
        "the name by, else to the label its head word names (HEAD_LABELS), else to PER.",
        (
            (
                "Penyanyi Jiwon tiba. Agensi Jiwon membantah. Kata Jiwon, ia lelah.",
                (("Jiwon", "PER"), ("Jiwon", "ORG")),
                ("PER:Jiwon", "PER:Jiwon"),
            ),
            (
                "Wisata Pulau Seruni ramai. Pulau Seruni indah.",
                (("Pulau Seruni", "LOC"), ("Pulau Seruni", "ORG")),
                ("LOC:Pulau Seruni", "LOC:Pulau Seruni"),
            ),
            (
                "Duta Besar Republik Indonesia hadir. Indonesia menang. Indonesia juara.",
                (("Republik Indonesia", "ORG"), ("Indonesia", "LOC"), ("Indonesia", "LOC")),
                ("LOC:Indonesia", "LOC:Indonesia", "LOC:Indonesia"),
            ),
        ),
    ),
    Convention(
        "usual spelling",
        "A word of a name with at least MIN_MISSPELT_LETTERS letters, one edit from exactly one "
        "other word of the document's names that is used more often (or as often, when only that "
        "one is a known name), is that word misspelt; a name is read in the usual spelling only "
        "where it then names another entity of the document, and names the tables know as two "
        "places keep their own values.",
        (
            (
                "Pelatih Ramadhani Kusuma memuji tim. Kata Ramadani, latihan cukup. "
                "Ramadhani lalu pulang.",
                (("Ramadhani Kusuma", "PER"), ("Ramadani", "PER"), ("Ramadhani", "PER")),
                ("PER:Ramadhani Kusuma",) * 3,
            ),
            (
                "Atlet Indonsia berlatih di Surabaya. Indonesia menang.",
                (("Indonsia", "ORG"), ("Surabaya", "LOC"), ("Indonesia", "LOC")),
                ("LOC:Indonesia", "LOC:Surabaya", "LOC:Indonesia"),
            ),
            (  # two people whose surnames are one edit apart stay two
                "Andi Saputra bertemu Rina Saputri. Saputra dan Saputri berpisah.",
                (
                    ("Andi Saputra", "PER"),
                    ("Rina Saputri", "PER"),
                    ("Saputra", "PER"),
                    ("Saputri", "PER"),
                ),
                ("PER:Andi Saputra", "PER:Rina Saputri", "PER:Andi Saputra", "PER:Rina Saputri"),
            ),
            (  # two places the tables know, one letter apart, stay two
                "Turis dari Bandung berlibur di Badung. Bandung lalu hujan.",
                (("Bandung", "LOC"), ("Badung", "LOC"), ("Bandung", "LOC")),
                ("LOC:Bandung", "LOC:Badung", "LOC:Bandung"),
            ),
            (  # respelt, `Saputri` would name no other entity of the document: as written
                "Direktur PT Saputra Jaya, Saputri, hadir. PT Saputra Jaya untung.",
                (("PT Saputra Jaya", "ORG"), ("Saputri", "PER"), ("PT Saputra Jaya", "ORG")),
                ("ORG:PT Saputra Jaya", "PER:Saputri", "ORG:PT Saputra Jaya"),
            ),
        ),
    ),
    Convention(
        "city or regency",
        "`Kabupaten X`, `Kab. X` name the regency and `Kota X` the city (a head the NER left out "
        "is taken into the span when it changes the place meant); a bare `X` is the one place "
        "the document names with a head, else the linker's choice: the city. A dateline "
        "(`BANDUNG, ...` opening the text) is the city.",
        (
            (
                "Banjir melanda Kab. Bogor kemarin.",
                (("Bogor", "LOC"),),
                ("LOC:Kabupaten Bogor",),
            ),
            (
                "Longsor terjadi di Kabupaten Sukabumi. Warga Sukabumi mengungsi.",
                (("Kabupaten Sukabumi", "LOC"), ("Sukabumi", "LOC")),
                ("LOC:Kabupaten Sukabumi", "LOC:Kabupaten Sukabumi"),
            ),
            (  # a dateline names the city the report was filed from
                "BANDUNG, KORAN - Banjir melanda Kabupaten Bandung. Warga Bandung mengungsi.",
                (("BANDUNG", "LOC"), ("Kabupaten Bandung", "LOC"), ("Bandung", "LOC")),
                ("LOC:Bandung", "LOC:Kabupaten Bandung", "LOC:Kabupaten Bandung"),
            ),
            (
                "Warga Kota Bekasi dan Kabupaten Bekasi bertemu di Bekasi.",
                (("Kota Bekasi", "LOC"), ("Kabupaten Bekasi", "LOC"), ("Bekasi", "LOC")),
                ("LOC:Bekasi", "LOC:Kabupaten Bekasi", "LOC:Bekasi"),
            ),
        ),
    ),
    Convention(
        "listed nicknames",
        "A nickname the people table lists in its `nicknames` column (a form many people share) "
        "names that person only in a document that names them in full.",
        (
            (
                "Politikus Siti Hediati Hariyadi hadir. Titiek lalu berpidato.",
                (("Siti Hediati Hariyadi", "PER"), ("Titiek", "PER")),
                ("PER:Siti Hediati Hariyadi", "PER:Siti Hediati Hariyadi"),
            ),
            (
                "Ketua umum Megawati Soekarnoputri membuka rapat partai. Mega lalu berpidato.",
                (("Megawati Soekarnoputri", "PER"), ("Mega", "PER")),
                ("PER:Megawati Soekarnoputri", "PER:Megawati Soekarnoputri"),
            ),
            (
                "Penyanyi Titiek tampil di Bandung.",
                (("Titiek", "PER"), ("Bandung", "LOC")),
                ("PER:Titiek", "LOC:Bandung"),
            ),
        ),
    ),
    Convention(
        "nicknames in capitals",
        "A word in capitals in brackets after a person is a nickname only when it abbreviates "
        "the name: in text written all in capitals a bracket says something else.",
        (
            (
                "Ketua Agus Harimurti Yudhoyono (AHY) hadir. AHY tersenyum.",
                (("Agus Harimurti Yudhoyono", "PER"),),
                ("PER:Agus Harimurti Yudhoyono",) * 3,
            ),
            (
                "LAWAN BERIKUTNYA RAHMAT HIDAYAT (TANDANG) DAN TANDANG LAGI.",
                (("RAHMAT HIDAYAT", "PER"),),
                ("PER:Rahmat Hidayat",),
            ),
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class SpanConvention:
    """A convention on where entities begin and end (`textkit_gazetteer`, `textkit_identity`),
    with examples: invented text, the entities a NER gives it ((surface, label), in order) and
    the entities of the result ((surface, identity), in order)."""

    name: str
    statement: str
    examples: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...]


SPAN_CONVENTIONS: tuple[SpanConvention, ...] = (
    SpanConvention(
        "listed full names",
        "A full name of a person the people table lists (two or more words, no title; written "
        "as listed or in capitals, or in any case in a text written all in lower case) is one "
        "PER span in place of the entities on its words (the part of such an entity outside the "
        "name stays when it has a capitalized word); a name inside a longer entity (a street, a "
        "university named after the person) stays that entity's.",
        (
            (
                "Menteri Budi Gunadi Sadikin dan Menteri Budi Karya Sumadi meninjau bandara. "
                "Budi lalu pulang.",
                (
                    ("Gunadi Sadikin", "PER"),
                    ("Budi Karya", "PER"),
                    ("Sumadi", "PER"),
                    ("Budi", "PER"),
                ),
                (
                    ("Budi Gunadi Sadikin", "PER:Budi Gunadi Sadikin"),
                    ("Budi Karya Sumadi", "PER:Budi Karya Sumadi"),
                    ("Budi", "PER:Budi"),  # fits two people: unresolved
                ),
            ),
            (  # the part of an entity outside the name stays
                "Kunjungan Menteri Budi Karya Sumadi Bandung berlangsung singkat.",
                (("Sumadi Bandung", "LOC"),),
                (("Budi Karya Sumadi", "PER:Budi Karya Sumadi"), ("Bandung", "LOC:Bandung")),
            ),
            (
                "MENTERI BUDI KARYA SUMADI MENINJAU BANDARA.",
                (("BUDI KARYA", "PER"),),
                (("BUDI KARYA SUMADI", "PER:Budi Karya Sumadi"),),
            ),
            (
                "menteri budi karya sumadi meninjau bandara.",
                (),
                (("budi karya sumadi", "PER:Budi Karya Sumadi"),),
            ),
            (
                "Mahasiswa Universitas Abdurrahman Wahid Nusantara berdemo.",
                (("Universitas Abdurrahman Wahid Nusantara", "ORG"),),
                (
                    (
                        "Universitas Abdurrahman Wahid Nusantara",
                        "ORG:Universitas Abdurrahman Wahid Nusantara",
                    ),
                ),
            ),
        ),
    ),
    SpanConvention(
        "no title at the end",
        "A rank, title or office word (SPAN_FINAL_TITLES: `Kombes`, `AKBP`, `Irjen`, `Prof.`, "
        "`Kapolres`) never ends an ORG or LOC span that a capitalized word follows: it opens "
        "the name after it. Words that also end names of places and bodies (NAME_FINAL_TITLES: "
        "`Kantor Staf Presiden`, `Mabes TNI`) stay, and so does a whole name the tables know "
        "or one no name follows (the band `Big Bang`).",
        (
            (
                "Kabid Humas Polda Metro Jaya Kombes Rahmat Hidayat menjelaskan kasus itu.",
                (("Polda Metro Jaya Kombes", "ORG"), ("Rahmat Hidayat", "PER")),
                (
                    ("Polda Metro Jaya", "ORG:Polda Metro Jaya"),
                    ("Rahmat Hidayat", "PER:Rahmat Hidayat"),
                ),
            ),
            (
                "Kapolres Bogor AKBP Rahmat Hidayat hadir.",
                (("Bogor AKBP", "LOC"), ("Rahmat Hidayat", "PER")),
                (("Bogor", "LOC:Bogor"), ("Rahmat Hidayat", "PER:Rahmat Hidayat")),
            ),
            (
                "Konser grup Big Bang digelar malam ini.",
                (("Big Bang", "ORG"),),
                (("Big Bang", "ORG:Big Bang"),),
            ),
            (
                "Juru bicara Kantor Staf Presiden menjawab.",
                (("Kantor Staf Presiden", "ORG"),),
                (("Kantor Staf Presiden", "ORG:Kantor Staf Presiden"),),
            ),
        ),
    ),
    SpanConvention(
        "no names",
        "A currency code (CURRENCY_CODES), a language after `bahasa` (LANGUAGE_HEADS), a span "
        "all in lower case in a text that has capitals (unless the tables know it) and a common "
        "word opening a sentence as a person's only name are no PER, ORG or LOC; a person's "
        "span loses the lower-case words at its edges (`fans Rangga Wiratama`); a name goes "
        "on past a comma only to a capitalized word; an organization loses an ordinary "
        "lower-case word at its end (`DPR serempak`).",
        (
            (
                "Harga naik menjadi EUR 45 di Jerman.",
                (("EUR", "LOC"), ("Jerman", "LOC")),
                (("Jerman", "LOC:Jerman"),),
            ),
            (
                "Ia fasih berbahasa Jepang dan bahasa Korea.",
                (("Jepang", "LOC"), ("Korea", "LOC")),
                (),
            ),
            (
                "Para fans Rangga Wiratama menunggu di Tendean. Penelitian itu selesai.",
                (("fans Rangga Wiratama", "PER"), ("Tendean", "LOC"), ("Penelitian", "PER")),
                (("Rangga Wiratama", "PER:Rangga Wiratama"), ("Tendean", "LOC:Tendean")),
            ),
            (  # an ordinary word at an organization's end
                "Anggota Dewan Lembah serempak setuju.",
                (("Dewan Lembah serempak", "ORG"),),
                (("Dewan Lembah", "ORG:Dewan Lembah"),),
            ),
            (
                "Warga Amerika Serikat, , masih menunggu.",
                (("Amerika Serikat, , masih", "LOC"),),
                (("Amerika Serikat", "LOC:Amerika Serikat"),),
            ),
            (
                "Warga membeli boneka teddy bear di Kota Lembah.",
                (("teddy bear", "PER"),),
                (),
            ),
        ),
    ),
    SpanConvention(
        "offices and ranks outside names",
        "An organization the tables know, written as one word before a person's name, is an ORG "
        "of its own (`Kemlu Hendrawan Putra` → ORG `Kemlu` + PER; also where the NER made one ORG "
        "of both and the name has two words besides initials: `Bappenas Rangga P.S. Wiratama`); "
        "a rank inside an organization "
        "the tables do not know ends it and opens the person's name (`Polres Lembah AKP Dimas "
        "Rangga` → ORG `Polres Lembah` + PER `Dimas Rangga`); a country code of a results "
        "table (RESULT_COUNTRY_CODES) ends a person's name (`Rangga Wiratama INA Tim Lembah`).",
        (
            (
                "Juru bicara Kemlu Hendrawan Putra menjawab.",
                (("Kemlu Hendrawan Putra", "PER"),),
                (
                    ("Kemlu", "ORG:Kementerian Luar Negeri"),
                    ("Hendrawan Putra", "PER:Hendrawan Putra"),
                ),
            ),
            (
                "Kepala Bappenas Rangga P.S. Wiratama membuka rapat.",
                (("Bappenas Rangga P.S. Wiratama", "ORG"),),
                (
                    ("Bappenas", "ORG:Kementerian Perencanaan Pembangunan Nasional/Bappenas"),
                    ("Rangga P.S. Wiratama", "PER:Rangga P.S. Wiratama"),
                ),
            ),
            (
                "Hasil balapan: 1 Rangga Wiratama INA Tim Lembah Racing +0,5 detik.",
                (("Rangga Wiratama INA Tim Lembah Racing", "PER"),),
                (("Rangga Wiratama", "PER:Rangga Wiratama"),),
            ),
            (
                "Kapolres Polres Lembah AKP Dimas Rangga memimpin razia.",
                (("Polres Lembah AKP Dimas Rangga", "ORG"),),
                (("Polres Lembah", "ORG:Polres Lembah"), ("Dimas Rangga", "PER:Dimas Rangga")),
            ),
        ),
    ),
    SpanConvention(
        "boards of a body",
        "A board acronym (BOARD_ACRONYMS: `DPD`, `DPP`, `DPW`, `DPC`) right before an "
        "organization, or before an acronym that names no place, names the board of that body "
        "(its value; the body keeps its own span); `DPD` alone or before a place (`DPD RI`) "
        "stays the chamber, unless the document names one party's board (`a party's board "
        "alone` in `lang.acronyms`).",
        (
            (
                "Ketua DPD Partai Golkar Lembah hadir. DPD Lembah menggelar rapat pleno.",
                (("DPD", "ORG"), ("Partai Golkar", "ORG"), ("DPD", "ORG")),
                (
                    ("DPD", "ORG:Dewan Pimpinan Daerah Partai Golongan Karya"),
                    ("Partai Golkar", "ORG:Partai Golongan Karya"),
                    ("DPD", "ORG:Dewan Pimpinan Daerah Partai Golongan Karya"),
                ),
            ),
            (
                "Anggota DPD menggelar sidang paripurna.",
                (("DPD", "ORG"),),
                (("DPD", "ORG:Dewan Perwakilan Daerah"),),
            ),
            (
                "Ketua DPD APLI Lembah dan anggota DPD RI bertemu.",
                (("DPD", "ORG"), ("DPD RI", "ORG")),
                (
                    ("DPD", "ORG:Dewan Pimpinan Daerah APLI"),
                    ("DPD RI", "ORG:Dewan Perwakilan Daerah"),
                ),
            ),
        ),
    ),
    SpanConvention(
        "long names in full",
        "An ORG or LOC the text continues to a long name is that long name: a name of the "
        "organizations table (commas and all), or the name that an acronym in brackets right "
        "after it abbreviates (`Lembaga Kajian Pangan` + `, Air, dan Nutrisi (LKPAN)`); both "
        "then take the long name's value.",
        (
            (
                "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan warga.",
                (("Badan Meteorologi", "ORG"), ("BMKG", "ORG")),
                (
                    (
                        "Badan Meteorologi, Klimatologi, dan Geofisika",
                        "ORG:Badan Meteorologi, Klimatologi, dan Geofisika",
                    ),
                    ("BMKG", "ORG:Badan Meteorologi, Klimatologi, dan Geofisika"),
                ),
            ),
            (
                "Prakiraan Badan Meteorologi, Klimatologi, dan Geofisika menyebut hujan turun.",
                (("Badan Meteorologi", "ORG"),),
                (
                    (
                        "Badan Meteorologi, Klimatologi, dan Geofisika",
                        "ORG:Badan Meteorologi, Klimatologi, dan Geofisika",
                    ),
                ),
            ),
            (
                "Lembaga Kajian Pangan, Air, dan Nutrisi (LKPAN) menilai harga naik.",
                (("Lembaga Kajian Pangan", "ORG"),),
                (
                    (
                        "Lembaga Kajian Pangan, Air, dan Nutrisi",
                        "ORG:Lembaga Kajian Pangan, Air, dan Nutrisi",
                    ),
                    ("LKPAN", "ORG:Lembaga Kajian Pangan, Air, dan Nutrisi"),
                ),
            ),
        ),
    ),
)


# --- mention-level conventions of the sixth round (#21: spans and labels) --------------------

# Words that alone name a kind of body, not one body (`PT`, `DPRD`, `Fraksi`): such a bare span
# is the one body of that kind the document names in full, else no entity.
BODY_KINDS = frozenset(
    """
    pt cv dprd polda polres polresta polsek pemprov pemkot pemkab pemda kejati kejari dinas
    fraksi komisi partai tim klub universitas kodam korem kodim lanud pengadilan kementerian
    """.split()
)

# Words naming a meeting or an event of a body (`Rapat Paripurna`, `RDP`): never part of the
# body's name, and alone no entity.
EVENT_WORDS = frozenset(
    """
    rapat paripurna sidang rdp rdpu munas munaslub musda muswil musprov mukernas rakernas
    rakor rakornas rakerda rakernis
    """.split()
)


def phrases(text: str) -> frozenset[str]:
    """The phrases of a `|`-separated list written over several lines."""
    return frozenset(p.strip() for p in text.replace("\n", "").split("|") if p.strip())


# Sports: a name of a sport is no entity (`Bulu Tangkis` tagged ORG).
SPORT_NAMES = phrases(
    """
    sepak bola|sepakbola|bulu tangkis|bulutangkis|bola voli|bola basket|bola tangan|tenis meja|
    tenis lapangan|futsal|atletik|renang|panahan|angkat besi|pencak silat|balap sepeda|
    balap motor|tinju|gulat|senam|catur|esports|e-sports|badminton|voli|basket
    """
)

# Lower-case words for a home (`rumah Rangga`: Rangga's house) opening a place span: the name
# after them is its owner, no place.
HOME_WORDS = frozenset("rumah kediaman kontrakan indekos".split())

# A team's generic head before its name (`Tim Lembah Racing`: the team is `Lembah Racing`),
# dropped when an unusual word follows; `Tim Nasional`, `Tim Pemenangan X` keep it.
TEAM_HEADS = frozenset(["tim", "skuad"])

# Ranks written in words (police and army): like the rank acronyms, never the end of an
# organization's name (`Polda Metro Jaya Ajun Komisaris Besar` + a name).
RANK_PHRASES = tuple(
    tuple(p.split())
    for p in """
    ajun komisaris besar polisi|ajun komisaris besar|komisaris besar polisi|komisaris besar|
    ajun komisaris polisi|ajun komisaris|komisaris jenderal polisi|komisaris jenderal|
    inspektur jenderal polisi|inspektur jenderal|brigadir jenderal polisi|brigadir jenderal|
    ajun inspektur polisi satu|ajun inspektur polisi dua|ajun inspektur satu|ajun inspektur dua|
    inspektur polisi satu|inspektur polisi dua|inspektur satu|inspektur dua|letnan jenderal|
    mayor jenderal|letnan kolonel|ajun inspektur polisi|ajun inspektur|inspektur polisi
    """.replace("\n", "").split("|")
    if p.strip()
)

# Building words before an institution (`Gedung KPK`): the span is the building, a place.
BUILDING_HEADS = frozenset(["gedung", "kompleks", "wisma", "menara", "graha"])

# Words that make a place right after them the team of that place in a match (`melawan
# Lembah`, `timnas Seruni`), and right before (`Lembah menang`, `Lembah 2-1`); see TEAM_CUES.
CLUB_FORMS = frozenset("FC AC CF SC AFC United".split())
# Words before a country that make a competition of its name (`Liga Italia`): no team.
LEAGUE_WORDS = frozenset("liga piala serie kejuaraan kompetisi".split())


@dataclass(frozen=True, slots=True)
class TeamCue:
    """Words beside a place that make it a team in a match report: `before` the place
    (`melawan`), or `after` it (`menang`, a score); `examples` are (text, place, identity).
    A cue `cities_only` makes a city a club but leaves a country a place."""

    name: str
    side: str  # "before" or "after"
    pattern: str  # a regular expression over the lower-case words on that side
    examples: tuple[tuple[str, str, str], ...]
    cities_only: bool = False  # `pemain Brasil` is a Brazilian player, `pemain Lembah` a club's

    @property
    def regex(self) -> re.Pattern[str]:
        return _cue(self.pattern, self.side)


@functools.cache
def _cue(pattern: str, side: str) -> re.Pattern[str]:
    if side == "before":
        return re.compile(rf"(?:^|\s)(?:{pattern})\s*$")
    return re.compile(rf"^\s*(?:{pattern})(?:\s|$)")


TEAM_CUES: tuple[TeamCue, ...] = (
    TeamCue(
        "opponent",
        "before",
        r"melawan|lawan|kontra|vs\.?|versus|menjamu|dijamu|menghadapi|dihadapi|mengalahkan|"
        r"dikalahkan|menaklukkan|ditaklukkan|membungkam|dibungkam|menundukkan|ditundukkan|"
        r"menggulung|digulung|mencukur|dicukur|menang\s+atas|kalah\s+dari|takluk\s+dari|"
        r"imbang(?:\s+\S+)?\s+(?:dengan|lawan|melawan|kontra)|menahan\s+imbang|gawang|"
        # the bare verbs of headlines (`Lembah Hadapi Seruni`)
        r"hadapi|jamu|kalahkan|taklukkan|tekuk|bungkam|libas|gilas|hajar|lumat|tumbangkan|"
        r"permalukan|menekuk|ditekuk|melibas|dilibas|menggilas|digilas|menumbangkan|"
        r"ditumbangkan|(?:kekalahan|kemenangan)\s+(?:atas|dari)",
        (
            (
                "Timnas Seruni menang 2-1 melawan Malaysia di Lembah.",
                "Malaysia",
                "ORG:Tim Nasional Malaysia",
            ),
            (
                "Pelatih Rangga Wiratama puas setelah mengalahkan Thailand.",
                "Thailand",
                "ORG:Tim Nasional Thailand",
            ),
            ("Seruni bermain imbang 0-0 dengan Thailand.", "Thailand", "ORG:Tim Nasional Thailand"),
            ("Seruni Bersiap Hadapi Valencia", "Valencia", "ORG:Valencia CF"),
            ("Bermodal kemenangan atas Malaysia, Seruni bersiap.", "Malaysia",
             "ORG:Tim Nasional Malaysia"),
        ),
    ),
    TeamCue(
        "team word",
        "before",
        r"timnas|tim\s+nasional|tim|klub|skuad|pelatih|kesebelasan|raksasa|juara\s+bertahan",
        (("Skuad Thailand tiba di Lembah pagi ini.", "Thailand", "ORG:Tim Nasional Thailand"),),
    ),
    TeamCue(
        "result",
        "after",
        r"\d{1,2}\s*-\s*\d{1,2}(?!\d)|vs\.?|versus|kontra|(?:menang|kalah|takluk|unggul)\s+(?:\d|atas|dari|"
        r"telak|tipis)|bermain\s+imbang|ditahan\s+imbang|menjamu|dijamu|menghadapi|mengalahkan|"
        r"dikalahkan|menaklukkan|ditaklukkan|membungkam|dibungkam|hadapi|jamu|kalahkan|"
        r"taklukkan|tekuk|bungkam|libas|gilas|hajar|lumat|tumbangkan|permalukan|menekuk|"
        r"ditekuk|melibas|dilibas|menggilas|digilas|menumbangkan|ditumbangkan",
        (
            ("Pada laga itu Barcelona menang 3-0 atas tim tamu.", "Barcelona", "ORG:FC Barcelona"),
            ("Hasil akhir Malaysia 2-3 Seruni.", "Malaysia", "ORG:Tim Nasional Malaysia"),
        ),
    ),
    TeamCue(
        "score before",
        "before",
        r"(?<![\d.])\d{1,2}\s*-\s*\d{1,2}(?:\s*\()?",
        (
            (
                "Seruni kalah 2-3 (Malaysia) dan 0-3 (Thailand).",
                "Malaysia",
                "ORG:Tim Nasional Malaysia",
            ),
        ),
    ),
    TeamCue(
        "a club's people and home",
        "before",
        r"pemain|striker|penyerang|bek|kiper|gelandang|winger|kapten|membela|memperkuat|"
        r"bergabung\s+(?:dengan|ke)|latihan|markas|fans|suporter|klub",
        (
            ("Striker Valencia itu cedera saat latihan.", "Valencia", "ORG:Valencia CF"),
            ("Pemain Madrid itu cedera.", "Madrid", "ORG:Real Madrid"),  # not Atletico
        ),
        cities_only=True,
    ),
)

# Words before a place that keep it the place in a match report that names its team too
# (`di Madrid`; also the comma of an address after a name: `Stadion X, Madrid`).
LOCATIVE_WORDS = frozenset(
    "di ke kota asal warga turis wilayah kawasan provinsi kabupaten ibu".split()
)

# Words before a name that make it a group (`milisi Houthi`, `grup Lembah Band`): ORG, not PER.
GROUP_WORDS = frozenset(
    "milisi kelompok gerakan pemberontak grup band geng faksi organisasi ormas sekte".split()
)

# Words that announce people named by their initials (`tersangka RUD, ZUL dan WAN`): a short
# word in capitals the tables do not know after them, in the same sentence, is a person.
INITIALS_CUES = frozenset(
    "inisial berinisial tersangka pelaku terdakwa korban saksi terpidana buron".split()
)
INITIALS_WINDOW = 12  # words between the cue and the initials
# Words that say the next words are initials (`berinisial AS dan RK`): short words in capitals
# right after them, alone or listed with these joiners, are people's initials even where the
# tables know the letters as another name (`AS` a country, `RK` a governor).
INITIALS_WORDS = frozenset("inisial berinisial insial inisialnya berinsial".split())
INITIALS_JOINERS = frozenset({",", "dan", "serta", "&", "/"})

SPAN_CONVENTIONS += (
    SpanConvention(
        "kinds of body, meetings, sports",
        "A kind of body alone (BODY_KINDS: `PT`, `DPRD`, `Fraksi`) is the one body of that kind "
        "the document names in full, else no entity; a meeting word (EVENT_WORDS: `Rapat "
        "Paripurna`, `RDP`) is no part of a body's name and alone no entity; a sport "
        "(SPORT_NAMES: `Bulu Tangkis`) is no entity.",
        (
            (
                "Saham PT itu turun. Atlet Bulu Tangkis berlatih sebelum RDP digelar.",
                (("PT", "ORG"), ("Bulu Tangkis", "ORG"), ("RDP", "ORG")),
                (),
            ),
            (
                "Ketua DPRD Kota Lembah membuka Rapat Paripurna DPRD Kota Lembah. DPRD setuju.",
                (
                    ("DPRD Kota Lembah", "ORG"),
                    ("Rapat Paripurna DPRD Kota Lembah", "ORG"),
                    ("DPRD", "ORG"),
                ),
                (
                    ("DPRD Kota Lembah", "ORG:DPRD Kota Lembah"),
                    ("DPRD Kota Lembah", "ORG:DPRD Kota Lembah"),
                    ("DPRD", "ORG:DPRD Kota Lembah"),
                ),
            ),
        ),
    ),
    SpanConvention(
        "teams, homes, buildings",
        "A team's head `Tim` before an unusual name is no part of it (`Tim Zorvex Lembah` → "
        "`Zorvex Lembah`; `Tim Nasional` stays); a home word (HOME_WORDS) opening a place "
        "before a name makes the name its owner, a person (`rumah Rangga`); a building "
        "word (BUILDING_HEADS) opening an organization or place makes it a place, the "
        "building, named after the institution it houses (`Gedung Merah Putih KPK` → "
        "`Gedung Komisi Pemberantasan Korupsi`), never counted as the institution.",
        (
            (
                "Pembalap Tim Zorvex Lembah melaju. Polisi datang ke rumah Rangga Wiratama. "
                "Pemain timnas U-19 berlatih.",
                (
                    ("Tim Zorvex Lembah", "ORG"),
                    ("rumah Rangga Wiratama", "LOC"),
                    ("timnas U-19", "LOC"),
                ),
                (
                    ("Zorvex Lembah", "ORG:Zorvex Lembah"),
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("timnas U-19", "ORG:timnas U-19"),
                ),
            ),
            (
                "Ia diperiksa di Gedung Merah Putih Komisi Pemberantasan Korupsi (KPK). "
                "Penyidik KPK lalu pulang dari Gedung KPK.",
                (
                    ("Gedung Merah Putih Komisi Pemberantasan Korupsi", "ORG"),
                    ("KPK", "ORG"),
                    ("KPK", "ORG"),
                    ("Gedung KPK", "LOC"),
                ),
                (
                    (
                        "Gedung Merah Putih Komisi Pemberantasan Korupsi",
                        "LOC:Gedung Komisi Pemberantasan Korupsi",
                    ),
                    ("KPK", "ORG:Komisi Pemberantasan Korupsi"),
                    ("KPK", "ORG:Komisi Pemberantasan Korupsi"),
                    ("Gedung KPK", "LOC:Gedung Komisi Pemberantasan Korupsi"),
                ),
            ),
        ),
    ),
    SpanConvention(
        "ranks and people after a body",
        "A rank written in words (RANK_PHRASES: `Ajun Komisaris Besar`) never ends an "
        "organization's name, nor does a police or military rank (RANK_WORDS) before a comma; "
        "an organization whose last words are a person the document names elsewhere ends "
        "before them (a company and its director).",
        (
            (
                "Kasubdit Polda Metro Jaya Ajun Komisaris Besar Rangga Wiratama hadir.",
                (("Polda Metro Jaya Ajun Komisaris Besar", "ORG"), ("Rangga Wiratama", "PER")),
                (
                    ("Polda Metro Jaya", "ORG:Polda Metro Jaya"),
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                ),
            ),
            (  # a rank before a comma, the name after it missing
                "Kabid Humas Polda Metro Jaya Kombes , mengatakan hal itu.",
                (("Polda Metro Jaya Kombes", "ORG"),),
                (("Polda Metro Jaya", "ORG:Polda Metro Jaya"),),
            ),
            (
                "Direktur PT Sinar Lembah Dimas Rangga diperiksa. Dimas Rangga membantah.",
                (("PT Sinar Lembah Dimas Rangga", "ORG"), ("Dimas Rangga", "PER")),
                (
                    ("PT Sinar Lembah", "ORG:PT Sinar Lembah"),
                    ("Dimas Rangga", "PER:Dimas Rangga"),
                    ("Dimas Rangga", "PER:Dimas Rangga"),
                ),
            ),
        ),
    ),
    SpanConvention(
        "labels from the type of a name",
        "A person's span that the organizations table lists, or that a group word opens "
        "(GROUP_WORDS: `milisi X`), or that follows a results table's country code after a "
        "rider (the team; the brackets after it hold the constructor, no short form), is ORG; "
        "one naming a country or region, LOC; an "
        "organization's span naming a region, LOC; a short word in capitals the tables do not "
        "know after a word announcing initials (INITIALS_CUES: `tersangka`) is a person, as is "
        "one right after a word saying it is initials (INITIALS_WORDS: `berinisial AS dan RK`) "
        "even where the tables know the letters, its name the initials as written; and "
        "so is one word tagged ORG or LOC that is a word of a longer person's name of the "
        "document and unknown to the tables.",
        (
            (
                "Serangan milisi Zorvani dikecam. Warga Burkina Faso mengungsi ke kawasan "
                "Indo-Pasifik.",
                (("Zorvani", "PER"), ("Burkina Faso", "PER"), ("Indo-Pasifik", "ORG")),
                (
                    ("Zorvani", "ORG:Zorvani"),
                    ("Burkina Faso", "LOC:Burkina Faso"),
                    ("Indo-Pasifik", "LOC:Indo-Pasifik"),
                ),
            ),
            (
                "Hasil: 1 Rangga Wiratama INA Zorvex Racing (Kalex) 41m 2.5s.",
                (("Rangga Wiratama", "PER"), ("Zorvex Racing", "PER"), ("Kalex", "ORG")),
                (
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("Zorvex Racing", "ORG:Zorvex Racing"),
                    ("Kalex", "ORG:Kalex"),  # the constructor, no short form of the team
                ),
            ),
            (  # a surname of a person the document names, tagged ORG
                "Pelatih Zorvan Kaldero memuji tim. Kaldero lalu pulang.",
                (("Zorvan Kaldero", "PER"), ("Kaldero", "ORG")),
                (("Zorvan Kaldero", "PER:Zorvan Kaldero"), ("Kaldero", "PER:Zorvan Kaldero")),
            ),
            (
                "Para tersangka itu yakni RGA, DMS dan WRT ditahan.",
                (("RGA", "ORG"), ("DMS", "ORG"), ("WRT", "LOC")),
                (("RGA", "PER:Rga"), ("DMS", "PER:Dms"), ("WRT", "PER:Wrt")),
            ),
            (  # right after `berinisial`, initials even where the tables know the letters
                "Polisi menahan dua pria berinisial AS dan RK di Lembah Hijau.",
                (("AS", "LOC"), ("RK", "PER")),
                (("AS", "PER:AS"), ("RK", "PER:RK")),
            ),
        ),
    ),
    SpanConvention(
        "clubs and national teams",
        "A place that a match report names as a team is the team, ORG (TEAM_CUES: `melawan X`, "
        "`timnas X`, `X 2-1`, `X menang atas`): a country's team is `Tim Nasional X`, a city's "
        "the one club the tables list under its name; a club form or a word that makes a listed "
        "club joins the place (`FC Lembah`, `Real Madrid`). The document's other mentions of the "
        "place are the team too, but after a word of place (LOCATIVE_WORDS: `di X`); elsewhere "
        "the place stays a LOC. A city tagged ORG is the one club the tables list under its "
        "name.",
        (
            (
                "Real Madrid menjamu Valencia di Madrid. Laga FC Lembah melawan Malaysia "
                "berakhir 2-1. Turis Malaysia memadati Madrid.",
                (
                    ("Madrid", "LOC"),
                    ("Valencia", "LOC"),
                    ("Madrid", "LOC"),
                    ("Lembah", "LOC"),
                    ("Malaysia", "LOC"),
                    ("Malaysia", "LOC"),
                    ("Madrid", "LOC"),
                ),
                (
                    ("Real Madrid", "ORG:Real Madrid"),
                    ("Valencia", "ORG:Valencia CF"),
                    ("Madrid", "LOC:Madrid"),
                    ("FC Lembah", "ORG:FC Lembah"),
                    ("Malaysia", "ORG:Tim Nasional Malaysia"),
                    ("Malaysia", "LOC:Malaysia"),
                    ("Madrid", "LOC:Madrid"),
                ),
            ),
            (  # a national team written with its head: one name
                "Timnas Thailand tiba. Skuad Thailand berlatih di Lembah.",
                (("Timnas Thailand", "ORG"), ("Thailand", "LOC"), ("Lembah", "LOC")),
                (
                    ("Timnas Thailand", "ORG:Tim Nasional Thailand"),
                    ("Thailand", "ORG:Tim Nasional Thailand"),
                    ("Lembah", "LOC:Lembah"),
                ),
            ),
            (
                "Barcelona menang 2-0. Usai laga, Barcelona pulang. Hotel di Barcelona dan "
                "Stadion Lembah, Barcelona penuh.",
                (
                    ("Barcelona", "LOC"),
                    ("Barcelona", "LOC"),
                    ("Barcelona", "LOC"),
                    ("Barcelona", "LOC"),
                ),
                (
                    ("Barcelona", "ORG:FC Barcelona"),
                    ("Barcelona", "ORG:FC Barcelona"),
                    ("Barcelona", "LOC:Barcelona"),
                    ("Barcelona", "LOC:Barcelona"),
                ),
            ),
        ),
    ),
)


# --- national teams of a sport and an age group (#21, seventh session, round 2) -------------

# The words that open a national team's name (`Timnas X`, `Tim Nasional X`).
NATIONAL_TEAM_HEADS: tuple[tuple[str, ...], ...] = (("timnas",), ("tim", "nasional"))
# Sports that qualify a national team (`timnas paralayang X`: not X's football team), beside
# SPORT_NAMES; football's own names qualify nothing (`timnas sepak bola X` is `Tim Nasional X`).
SPORT_NAMES = SPORT_NAMES | phrases(
    """
    paralayang|panjat tebing|dayung|layar|selancar|sepak takraw|polo air|hoki|kriket|rugbi|
    softbol|bisbol|golf|judo|karate|taekwondo|wushu|anggar|menembak|berkuda|triatlon|
    loncat indah|binaraga|biliar|boling|sepatu roda|kano|tenis|voli pantai|e-sport|esport
    """
)
FOOTBALL_NAMES = frozenset(["sepak bola", "sepakbola"])
# An age group (`U-16`, `U23`) or a women's team word after a national team's country, or in
# its name: another team than the senior men's (`Tim Nasional X U-16`).
AGE_GROUP = re.compile(r"U-?(\d{2})")
TEAM_GROUP_WORDS = frozenset(["putri", "wanita"])
# Words before a country that make it the state, a place, in a text that also names its team
# (`pemerintah X`, `Duta Besar X untuk Y`): the team does not take these mentions.
STATE_WORDS = phrases(
    """
    pemerintah|presiden|wakil presiden|negara|rakyat|bangsa|masyarakat|warga|duta besar|dubes|
    kedutaan besar|kedubes|konsulat|menteri|perdana menteri|raja|kerajaan|ekonomi|wilayah|
    kesehatan|pendidikan|kebudayaan|mata uang|ibu kota
    """
)


SPAN_CONVENTIONS += (
    SpanConvention(
        "national teams by country, sport and age group",
        "A national team's words (NATIONAL_TEAM_HEADS, `tim` before a sport) with a bracketed "
        "acronym, a sport (SPORT_NAMES), a country and an age group or women's word (`U-16`, "
        "`putri`) name one team, `Tim Nasional [Sport] Country [group]`: another sport's, age "
        "group's or country's team is never `Tim Nasional Indonesia`; a sport's or age group's "
        "words before a country the NER tagged alone are taken in, an age group after the "
        "span too; a country the NER parted from `Timnas` keeps its label. Where a "
        "document names one sport or one age group for its national teams (in its teams' "
        "names, else in its competitions': `Piala Seruni U-16`), its other national teams are "
        "of that sport and age group, a bare `Timnas` too.",
        (
            (
                "Kiper Rangga Wiratama memuji rekannya di Tim Nasional (Timnas) Jerman itu.",
                (("Rangga Wiratama", "PER"), ("Tim Nasional", "ORG"), ("Timnas", "ORG"),
                 ("Jerman", "LOC")),
                (
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("Tim Nasional", "ORG:Tim Nasional Jerman"),
                    ("Timnas", "ORG:Tim Nasional Jerman"),
                    ("Jerman", "LOC:Jerman"),  # the country tagged apart stays the country
                ),
            ),
            (
                "Bek Tim Nasional (Timnas) Belanda, Dimas Putra, hadir.",
                (("Bek Tim Nasional", "PER"), ("Dimas Putra", "PER")),
                (
                    ("Tim Nasional", "ORG:Tim Nasional Belanda"),
                    ("Timnas", "ORG:Tim Nasional Belanda"),
                    ("Belanda", "LOC:Belanda"),
                    ("Dimas Putra", "PER:Dimas Putra"),
                ),
            ),
            (
                "Timnas paralayang Malaysia berjaya di Lembah. Tim Malaysia unggul atas tim "
                "Thailand. Selamat kepada Timnas, kata Duta Besar Malaysia untuk Lembah.",
                (("Malaysia", "LOC"), ("Lembah", "LOC"), ("Malaysia", "LOC"),
                 ("Thailand", "LOC"), ("Timnas", "ORG"), ("Malaysia", "LOC"), ("Lembah", "LOC")),
                (
                    ("Timnas paralayang Malaysia", "ORG:Tim Nasional Paralayang Malaysia"),
                    ("Lembah", "LOC:Lembah"),
                    ("Malaysia", "ORG:Tim Nasional Paralayang Malaysia"),
                    ("Thailand", "ORG:Tim Nasional Paralayang Thailand"),
                    ("Timnas", "ORG:Tim Nasional Paralayang Indonesia"),
                    ("Malaysia", "LOC:Malaysia"),  # the ambassador's country: the state
                    ("Lembah", "LOC:Lembah"),
                ),
            ),
            (
                "Pelatih Rangga Wiratama kecewa di Kualifikasi Piala Seruni U-16. Melawan "
                "Filipina, Timnas Indonesia U-16 menang 3-1. Timnas Indonesia lalu pulang.",
                (("Rangga Wiratama", "PER"), ("Filipina", "LOC"), ("Timnas Indonesia", "ORG"),
                 ("Timnas Indonesia", "ORG")),
                (
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("Filipina", "ORG:Tim Nasional Filipina U-16"),
                    ("Timnas Indonesia U-16", "ORG:Tim Nasional Indonesia U-16"),
                    ("Timnas Indonesia", "ORG:Tim Nasional Indonesia U-16"),
                ),
            ),
            (  # one sport's team: the senior football team is another row
                "Timnas Indonesia bermain melawan Thailand. Pemerintah Indonesia meminta maaf.",
                (("Timnas Indonesia", "ORG"), ("Thailand", "LOC"), ("Indonesia", "LOC")),
                (
                    ("Timnas Indonesia", "ORG:Tim Nasional Indonesia"),
                    ("Thailand", "ORG:Tim Nasional Thailand"),
                    ("Indonesia", "LOC:Indonesia"),
                ),
            ),
            (  # a cue word in a title's capitals after a state word: no match report
                "Seminar Kesehatan Seruni Menghadapi Perubahan digelar di Lembah.",
                (("Seruni", "LOC"), ("Lembah", "LOC")),
                (("Seruni", "LOC:Seruni"), ("Lembah", "LOC:Lembah")),
            ),
        ),
    ),
)  # fmt: skip


# Acronyms of the kinds of hospital that open a hospital's name before its own name (`RSUD
# Lembah`, `RSPAD Rangga Wiratama`): the span is the hospital, a place, and its identity the
# acronym written out with that name, so the short and the long form are one row.
HOSPITAL_ACRONYMS: dict[str, str] = {
    "RS": "Rumah Sakit",
    "RSU": "Rumah Sakit Umum",
    "RSUD": "Rumah Sakit Umum Daerah",
    "RSUP": "Rumah Sakit Umum Pusat",
    "RSPAD": "Rumah Sakit Pusat Angkatan Darat",
    "RSAD": "Rumah Sakit Angkatan Darat",
    "RSAL": "Rumah Sakit Angkatan Laut",
    "RSAU": "Rumah Sakit Angkatan Udara",
    "RSJ": "Rumah Sakit Jiwa",
    "RSIA": "Rumah Sakit Ibu dan Anak",
    "RSB": "Rumah Sakit Bersalin",
    "RSK": "Rumah Sakit Khusus",
    "RSI": "Rumah Sakit Islam",
}

# Words opening a place's name that is often a person's name too (`Rumah Sakit X (RSX) Rangga
# Wiratama`, `Stadion Rangga Wiratama`): a person's name right after the place's `(ACR)` is the
# place's own name, no person (unless a title or office stands before the place: `Direktur`).
NAMESAKE_HEADS = frozenset(
    "rumah stadion bandara bandar masjid pelabuhan terminal gedung wisma graha gelanggang".split()
)

# Lower-case words inside a person's name in other languages (`Minamoto no Rangga`, `Dimas y
# Putra`, `ter Stegen`), beside NAME_PARTICLES: a name is not parted at them.
NAME_JOINERS = frozenset("no y dos das del du des le ibn bint ter ten zu af e".split())
# Words in capitals after a name that belong to how it is written (a blessing after a prophet's
# name: `SAW`), not a group's name.
NAME_SUFFIXES = frozenset("saw swt pbuh".split())

# Words a body's name may open with in lower case (`partai Lembah`, `timnas Seruni`); any other
# lower-case word opening an organization's span is no part of it (`marwah KPK`, `harian X`).
ORG_OPENERS = frozenset(
    """
    partai timnas tim lembaga kejaksaan kepolisian koalisi organisasi kementerian badan dinas
    komisi dewan majelis mahkamah komite asosiasi ikatan persatuan perkumpulan serikat federasi
    himpunan yayasan universitas sekolah pengadilan pemerintah bank klub fraksi kesatuan
    """.split()
)


SPAN_CONVENTIONS += (
    SpanConvention(
        "hospitals and places named after a person: one identity",
        "A person's name right after a place's long name and its acronym in brackets (a place "
        "opened by NAMESAKE_HEADS: `Rumah Sakit`, `Stadion`, `Bandara`; no title before it) is "
        "the place's own name, no person: the long form, the acronym and `ACR Name` take the "
        "value `Long Name Name`. A span opened by a hospital's kind acronym (HOSPITAL_ACRONYMS: "
        "`RSUD`, `RSPAD`) before a capitalized name is that hospital, a place, whatever the NER "
        "said (a region written after a name of two words is cut off: `RSX Rangga Wiratama "
        "Jakarta Pusat`): its value is the acronym written out with the name, so the short and "
        "the long form are one row; a bare acronym beside the document's one `ACR Name` is "
        "that place, and a hospital's kind written out (`Rumah Sakit Umum Daerah`) before a "
        "person's name is one span with it.",
        (
            (
                "Ia dirawat di Rumah Sakit Lembah Raya (RSLR) Rangga Wiratama, Seruni. Dokter "
                "RSLR menjenguknya di RSLR Rangga Wiratama.",
                (("Rumah Sakit Lembah Raya", "LOC"), ("RSLR", "ORG"), ("Rangga Wiratama", "PER"),
                 ("Seruni", "LOC"), ("RSLR", "ORG"), ("RSLR Rangga Wiratama", "PER")),
                (
                    ("Rumah Sakit Lembah Raya", "LOC:Rumah Sakit Lembah Raya Rangga Wiratama"),
                    ("RSLR", "LOC:Rumah Sakit Lembah Raya Rangga Wiratama"),
                    ("Seruni", "LOC:Seruni"),
                    ("RSLR", "LOC:Rumah Sakit Lembah Raya Rangga Wiratama"),
                    ("RSLR Rangga Wiratama", "LOC:Rumah Sakit Lembah Raya Rangga Wiratama"),
                ),
            ),
            (
                "Ia dibawa ke RSUD Seruni lalu ke RSPAD Rangga Wiratama Jakarta Pusat. Kata "
                "dokter RSPAD, Rumah Sakit Umum Daerah Dimas Putra juga penuh.",
                (("RSUD Seruni", "ORG"), ("RSPAD Rangga Wiratama Jakarta Pusat", "PER"),
                 ("RSPAD", "ORG"), ("Rumah Sakit Umum Daerah", "LOC"), ("Dimas Putra", "PER")),
                (
                    ("RSUD Seruni", "LOC:Rumah Sakit Umum Daerah Seruni"),
                    (
                        "RSPAD Rangga Wiratama",
                        "LOC:Rumah Sakit Pusat Angkatan Darat Rangga Wiratama",
                    ),
                    ("RSPAD", "LOC:Rumah Sakit Pusat Angkatan Darat Rangga Wiratama"),
                    (
                        "Rumah Sakit Umum Daerah Dimas Putra",
                        "LOC:Rumah Sakit Umum Daerah Dimas Putra",
                    ),
                ),
            ),
            (  # an office before the body: the name after its acronym is a person
                "Ketua Komisi Lembah Raya (KLR) Rangga Wiratama hadir. Direktur Rumah Sakit "
                "Lembah (RSL) Dimas Putra bicara.",
                (("Komisi Lembah Raya", "ORG"), ("Rangga Wiratama", "PER"),
                 ("Rumah Sakit Lembah", "LOC"), ("Dimas Putra", "PER")),
                (
                    ("Komisi Lembah Raya", "ORG:Komisi Lembah Raya"),
                    ("KLR", "ORG:Komisi Lembah Raya"),
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("Rumah Sakit Lembah", "LOC:Rumah Sakit Lembah"),
                    ("RSL", "LOC:Rumah Sakit Lembah"),
                    ("Dimas Putra", "PER:Dimas Putra"),
                ),
            ),
        ),
    ),
    SpanConvention(
        "no common noun opening a body's name",
        "A lower-case word opening an organization's span is no part of the name unless a "
        "body's name opens with it (ORG_OPENERS, the ORG heads, kinds of body: `partai`, "
        "`timnas`): `marwah Komisi Lembah` is `Komisi Lembah`.",
        (
            (
                "Mereka menjaga marwah Komisi Lembah dan partai Seruni Raya.",
                (("marwah Komisi Lembah", "ORG"), ("partai Seruni Raya", "ORG")),
                (
                    ("Komisi Lembah", "ORG:Komisi Lembah"),
                    ("partai Seruni Raya", "ORG:partai Seruni Raya"),
                ),
            ),
        ),
    ),
)  # fmt: skip


SPAN_CONVENTIONS += (
    SpanConvention(
        "two names in one span",
        "A span holding a word beside a name or two names is parted (unless the people table "
        "lists the whole): a person's span opened by a reduplicated word (`Gara-gara X`) loses "
        "it; one opened by a country before a name of two words or more is the country (LOC) "
        "and the person, where a title stands before it or the name's last word is written "
        "again in the text; one with a lower-case word inside (no particle or joiner: `bin`, `no`) "
        "is two "
        "people (`Ucok sapaan Rangga`); one ended by a word in capitals after a name is the "
        "person and a group (`Zefa ZRX`: a band; three letters or more, two are initials: "
        "`Rangga SR`); an organization's span ended by a score of one or two digits after a "
        "club (listed, or ended by a club form: `United`, `FC`) is the club alone (`Lembah "
        "United 2`).",
        (
            (
                "Kata Gara-gara Dimas Putra dan Zefa ZRX kemarin. Lembah United 2 Seruni FC 1.",
                (("Gara-gara Dimas Putra", "PER"), ("Zefa ZRX", "PER"),
                 ("Lembah United 2", "ORG"), ("Seruni FC", "ORG")),
                (
                    ("Dimas Putra", "PER:Dimas Putra"),
                    ("Zefa", "PER:Zefa"),
                    ("ZRX", "ORG:ZRX"),
                    ("Lembah United", "ORG:Lembah United"),
                    ("Seruni FC", "ORG:Seruni FC"),
                ),
            ),
            (
                "Presiden Malaysia Rangga Wiratama bertemu Raja Dimas Putra III. Buku terbitan "
                "Jordan National Library itu dibaca Wiratama.",
                (("Malaysia Rangga Wiratama", "PER"), ("Dimas Putra III", "PER"),
                 ("Jordan National Library", "PER"), ("Wiratama", "PER")),
                (
                    ("Malaysia", "LOC:Malaysia"),
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("Dimas Putra III", "PER:Dimas Putra III"),
                    ("Jordan National Library", "PER:Jordan National Library"),  # not parted
                    ("Wiratama", "PER:Rangga Wiratama"),
                ),
            ),
            (
                "Ucok sapaan Dimas Putra hadir. Putri Lembah Rangga van Dijkstra dan Zorvani "
                "no Kaldera pulang.",
                (("Ucok sapaan Dimas Putra", "PER"), ("Rangga van Dijkstra", "PER"),
                 ("Zorvani no Kaldera", "PER")),
                (
                    ("Ucok", "PER:Dimas Putra"),
                    ("Dimas Putra", "PER:Dimas Putra"),
                    ("Rangga van Dijkstra", "PER:Rangga van Dijkstra"),
                    ("Zorvani no Kaldera", "PER:Zorvani no Kaldera"),
                ),
            ),
        ),
    ),
)  # fmt: skip


# --- spans in titles and beside names (#21, seventh round) ------------------------------------

# Titles that are a form of address, part of how a person is named (`Bu Rina`, `KH Rangga`):
# they stay at a person's span's start. Every other title, rank or office (`AKBP`, `Menteri`,
# `Kapolres`) is no part of the name and is cut off the span when a capitalized word follows.
HONORIFICS = frozenset(
    """
    pak bu bapak ibu mas mbak bang kak cak ning raden mr mrs ms sir dame tuan nyonya ny nona
    saudara sdr sdri h hj kh k.h kiai kyai ustaz ustad ustadz habib syekh eyang ibunda ayahanda
    bunda kakek nenek opa oma tante paman almarhum alm almarhumah prof dr drs ir
    """.split()
)

# Words before a capitalized title that make it the title of a work (a film, a song, a series,
# a show, a book): the title is no person, organization or place (`film Lembah Senja`).
WORK_HEADS = frozenset(
    "film lagu serial sinetron acara album single novel buku drama tayangan lakon".split()
)

# Words before a name that make it a product's (`produk Zorvex Cool`, `obat Kaldera`).
PRODUCT_HEADS = frozenset(
    "produk merek merk obat mobil ponsel smartphone minuman suplemen parfum kosmetik".split()
)

# Makers whose name, opening a span before a model's word, names a product (`Honda Zorvex`, a
# motorcycle): no entity. The maker alone stays the company; so does its name before a word
# of COMPANY_WORDS (`Honda Racing`, `Toyota Motor Manufacturing`).
PRODUCT_BRANDS = frozenset(
    """
    honda yamaha suzuki toyota daihatsu kawasaki mitsubishi nissan hyundai wuling viar isuzu
    vespa samsung xiaomi oppo vivo iphone hansaplast google apple huawei realme nokia asus
    lenovo galaxy pixel redmi ipad macbook
    """.split()
)
COMPANY_WORDS = frozenset(
    """
    motor motors racing team corporation corp company group indonesia international tbk persero
    factory financial finance astra inc cloud
    """.split()
)

# Competitions and events the NER takes for bodies, people or places: no entity. A small stated
# list of the recurring ones; the rest are found by the words that open or end an event's name.
EVENT_NAMES = phrases(
    """
    motogp|moto2|moto3|motoe|formula 1|formula one|f1|formula e|wsbk|superbike|olimpiade|
    sea games|asian games|asian para games|piala dunia|piala asia|piala aff|piala eropa|
    liga champions|liga europa|grand prix|tour de france
    """
)
EVENT_OPENERS = frozenset(
    "festival kejuaraan olimpiade konser pameran turnamen piala liga pekan lomba".split()
)
EVENT_ENDINGS = frozenset(
    """
    week games festival fest expo fair championship championships cup award awards show open
    masters marathon summit carnival karnaval exhibition
    """.split()
)

# A vehicle's registration plate (`B 1234 XYZ`): no part of a name, and it ends one.
PLATE_REGION = re.compile(r"[A-Z]{1,2}")
PLATE_NUMBER = re.compile(r"\d{1,4}")
PLATE_SUFFIX = re.compile(r"[A-Z]{1,3}")

# A word shaped as a derived noun of a domain (`Kemaritiman`, `Perhubungan`, `Pendidikan`: ke-,
# per-, pe(n/m/ng)- and -an) names an office's field, not a person: never taken into a name.
DOMAIN_NOUN = re.compile(r"(?:ke|per|pe|pen|pem|peng|peny)[a-z]{3,}an", re.IGNORECASE)

# Characters that open a token which is no word of a name: a handle or tag (`@lembahnews`,
# `#LembahBangkit`) or a results table's gap (`+0.5`): a name ends before it.
DEBRIS_OPENERS = frozenset("@#+")

SPAN_CONVENTIONS += (
    SpanConvention(
        "titles, ranks and offices outside a person's name",
        "A title, rank or office (TITLE_WORDS but the forms of address, HONORIFICS: `Bu`, "
        "`KH`) opening a person's span before a capitalized word is no part of the name "
        "(`AKBP Rangga Wiratama` → `Rangga Wiratama`); a form of address stays.",
        (
            (
                "Kapolres AKBP Rangga Wiratama dan Bu Sinta Maharani hadir.",
                (("AKBP Rangga Wiratama", "PER"), ("Bu Sinta Maharani", "PER")),
                (
                    ("Rangga Wiratama", "PER:Rangga Wiratama"),
                    ("Bu Sinta Maharani", "PER:Sinta Maharani"),
                ),
            ),
            (
                "Sambutan Wakil Presiden Dimas Kaldero dibacakan.",
                (("Wakil Presiden Dimas Kaldero", "PER"),),
                (("Dimas Kaldero", "PER:Dimas Kaldero"),),
            ),
        ),
    ),
    SpanConvention(
        "works, products and events",
        "A capitalized title of two words or more right after a word for a work (WORK_HEADS: "
        "`film`, `lagu`, `serial`, `acara`) or a product (PRODUCT_HEADS: `produk`, `obat`), a "
        "maker's name before a model's word (PRODUCT_BRANDS, not before COMPANY_WORDS or a "
        "place: `Honda Zorvex`), an "
        "event of EVENT_NAMES (`MotoGP`), and a span that an event word opens (EVENT_OPENERS: "
        "`Festival`, `Piala`; also after a group's letter: `G Piala X`) or ends "
        "(EVENT_ENDINGS: `Week`, `Games`, `Show`, `Open`), or that a capitalized word before "
        "makes a listed event (`Piala` + `Asia`), are no person, "
        "organization or place, unless the tables know the name; a vehicle's plate (`B 1234 "
        "XYZ`) ends a name.",
        (
            (
                "Aktor Rangga Wiratama membintangi film Kaldera Senja. Ia juga mengisi acara "
                "Malam Seruni.",
                (
                    ("Rangga Wiratama", "PER"),
                    ("Kaldera Senja", "ORG"),
                    ("Malam Seruni", "PER"),
                ),
                (("Rangga Wiratama", "PER:Rangga Wiratama"),),
            ),
            (
                "Iklan produk Zorvex Cooling Gel tayang. Pembalap Honda menang di MotoGP, "
                "lalu ke Lembah Fashion Week dan Festival Seruni.",
                (
                    ("Zorvex Cooling Gel", "PER"),
                    ("Honda", "ORG"),
                    ("MotoGP", "ORG"),
                    ("Lembah Fashion Week", "ORG"),
                    ("Festival Seruni", "LOC"),
                ),
                (("Honda", "ORG:Honda"),),
            ),
            (  # a model line of a maker, a show, an open tournament, a group's letter before
                "Ponsel Galaxy Z9 dipamerkan di Lembah Motor Show. Tunggal Seruni juara Lembah "
                "Open, lalu tampil di Grup G Piala Seruni dan di Piala Asia.",
                (("Galaxy Z9", "PER"), ("Lembah Motor Show", "ORG"), ("Seruni", "LOC"),
                 ("Lembah Open", "LOC"), ("G Piala Seruni", "ORG"), ("Asia", "LOC")),
                (("Seruni", "LOC:Seruni"),),
            ),
            (
                "Polisi menyita Yamaha Zorvex B 1234 XYZ milik Rangga Wiratama.",
                (("Yamaha Zorvex B 1234 XYZ", "PER"), ("Rangga Wiratama", "PER")),
                (("Rangga Wiratama", "PER:Rangga Wiratama"),),
            ),
            (  # one word after a work's word is its maker or origin; a brand's team stays
                "Penggemar drama Korea dan film Zorvex berkumpul di Tim Honda Racing.",
                (("Korea", "LOC"), ("Zorvex", "ORG"), ("Honda Racing", "ORG")),
                (
                    ("Korea", "LOC:Korea"),
                    ("Zorvex", "ORG:Zorvex"),
                    ("Honda Racing", "ORG:Honda Racing"),
                ),
            ),
        ),
    ),
    SpanConvention(
        "debris and names cut short",
        "A handle, tag or gap (a token opening with DEBRIS_OPENERS: `@lembahnews`, `+0.5`) "
        "ends a name, and alone is no entity; a person's span takes in the capitalized word "
        "glued right before or after it that no entity holds, that is no ordinary word, "
        "title or sentence opener, that the tables know as no place or body and that no "
        "other capitalized word precedes (`Menteri Perhubungan` + a name: an office), no "
        "domain noun (DOMAIN_NOUN: `Kemaritiman`); "
        "`Onsu` after `Ruben` is `Ruben Onsu`; not in text capitalized like a headline.",
        (
            (
                "Akun Kicauan @lembahnews mengunggahnya kemarin. Penyanyi itu, Zefanya Kaldera "
                "hadir di sana pada malam hari bersama ibunya.",
                (("Kicauan @lembahnews", "ORG"), ("Kaldera", "PER")),
                (
                    ("Kicauan", "ORG:Kicauan"),
                    ("Zefanya Kaldera", "PER:Zefanya Kaldera"),
                ),
            ),
            (  # an office's field before a name stays out
                "Kata Menteri Lembah Zorvani Zefanya Kaldera dan menteri bidang Kemaritiman Dimas "
                "Rangga, kapal itu akan diperiksa pada pekan depan oleh petugas di kota itu.",
                (("Zefanya Kaldera", "PER"), ("Dimas Rangga", "PER")),
                (
                    ("Zefanya Kaldera", "PER:Zefanya Kaldera"),
                    ("Dimas Rangga", "PER:Dimas Rangga"),
                ),
            ),
            (  # a maker's name taken in makes a product: no entity
                "Mereka hadir pada peluncuran Yamaha Zorvex Kencang di kota itu kemarin sore, "
                "lalu akun @lembahnews memuat fotonya.",
                (("Zorvex Kencang", "PER"), ("@lembahnews", "PER")),
                (),
            ),
        ),
    ),
)
