"""Indonesian temporal vocabulary: months, weekdays, numbers, units, parts of day, holidays.

Month and weekday names come from CLDR (`cldr_id.json`, written from babel by
`python -m textkit.training cldr`); the variants below are the spellings Indonesian newsrooms
use beside them. Keys are lower case.
"""

from __future__ import annotations

import json
from pathlib import Path

# CLDR month and weekday names of the `id` locale, by number (weekdays 0-6 from Monday).
CLDR_PATH = Path(__file__).with_name("cldr_id.json")
_CLDR = json.loads(CLDR_PATH.read_text(encoding="utf-8"))

# Month number by name: CLDR wide and abbreviated names plus newsroom variants.
MONTHS: dict[str, int] = {}
for _width in ("wide", "abbreviated"):
    for _num, _name in _CLDR["months"][_width].items():
        MONTHS[_name.lower()] = int(_num)
MONTHS.update(
    {
        "pebruari": 2,
        "febuari": 2,
        "peb": 2,
        "agt": 8,
        "agus": 8,
        "agust": 8,
        "sept": 9,
        "nop": 11,
        "nopember": 11,
        "nov": 11,
        "okt": 10,
        "des": 12,
        "dec": 12,
        "oct": 10,
        "aug": 8,
        "may": 5,
    }
)
# Month names that count as a month on their own ("pada Juni"); short forms need numbers.
FULL_MONTHS = frozenset(
    [name.lower() for name in _CLDR["months"]["wide"].values()]
    + ["pebruari", "febuari", "nopember"]
)

# ISO weekday (Monday = 1) by name: CLDR wide names plus variants.
WEEKDAYS: dict[str, int] = {
    name.lower(): int(num) + 1 for num, name in _CLDR["days"]["wide"].items()
}
WEEKDAYS.update({"jum'at": 5, "jumat": 5, "jum’at": 5, "ahad": 7})
# The word that is Sunday when capitalized and "week" otherwise.
SUNDAY_OR_WEEK = "minggu"

# Cardinal number words; SE_NUMBERS are the one-word forms with the prefix se- (ten, 100…).
UNITS_WORDS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
SE_NUMBERS: dict[str, int] = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
# Multipliers that follow a unit word: "dua puluh", "tiga belas", "dua ratus".
MULTIPLIERS: dict[str, int] = {"puluh": 10, "ratus": 100, "ribu": 1000}
BELAS = "belas"
# Fractions and vague quantities used before time units.
HALF_WORDS = frozenset({"setengah", "separuh"})
VAGUE_QUANTITIES = frozenset({"beberapa", "sejumlah", "puluhan", "ratusan", "ribuan", "belasan"})

# Ordinals used with quarters and halves: "triwulan I", "semester kedua".
ORDINALS: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "ke-1": 1,
    "ke-2": 2,
    "ke-3": 3,
    "ke-4": 4,
}

# Time units: the TIMEX3 duration letter, and whether it belongs after "T".
UNITS: dict[str, tuple[str, bool]] = {
    "detik": ("S", True),
    "menit": ("M", True),
    "jam": ("H", True),
    "hari": ("D", False),
    "pekan": ("W", False),
    "minggu": ("W", False),
    "bulan": ("M", False),
    "tahun": ("Y", False),
    "windu": ("Y", False),
    "dekade": ("Y", False),
    "dasawarsa": ("Y", False),
    "abad": ("Y", False),
}
# Units counted in another unit: a decade is ten years.
UNIT_FACTORS: dict[str, int] = {"windu": 8, "dekade": 10, "dasawarsa": 10, "abad": 100}
# One-of-a-unit words with the prefix se-: "setahun", "sepekan".
SE_UNITS: dict[str, str] = {
    "sedetik": "detik",
    "semenit": "menit",
    "sejam": "jam",
    "sehari": "hari",
    "sepekan": "pekan",
    "seminggu": "minggu",
    "sebulan": "bulan",
    "setahun": "tahun",
    "sewindu": "windu",
    "sedekade": "dekade",
    "seabad": "abad",
}
# Whole-unit words: "seharian" (all day long).
WHOLE_UNITS: dict[str, str] = {"seharian": "hari", "semalaman": "hari", "sebulanan": "bulan"}
# Reduplicated units meaning "for many …": "bertahun-tahun".
REDUPLICATED_UNITS: dict[str, str] = {
    "berdetik-detik": "detik",
    "bermenit-menit": "menit",
    "berjam-jam": "jam",
    "berhari-hari": "hari",
    "berminggu-minggu": "minggu",
    "berpekan-pekan": "pekan",
    "berbulan-bulan": "bulan",
    "bertahun-tahun": "tahun",
    "berabad-abad": "abad",
    "berdekade-dekade": "dekade",
}

# Parts of the day and their TIMEX3 codes, as the IndoTimex grammar (Mirza 2016) applies TIMEX3
# to Indonesian: dini hari and subuh are morning, siang and sore afternoon, petang evening.
PARTS_OF_DAY: dict[str, str] = {
    "dini hari": "MO",
    "dinihari": "MO",
    "subuh": "MO",
    "pagi": "MO",
    "siang": "AF",
    "sore": "AF",
    "petang": "EV",
    "senja": "EV",
    "malam": "NI",
}
# A part of the day with -nya: that part of the day the story is on ("Malamnya", that night).
PARTS_OF_THAT_DAY: dict[str, str] = {
    "paginya": "MO",
    "siangnya": "AF",
    "sorenya": "AF",
    "petangnya": "EV",
    "malamnya": "NI",
}
# Parts of the day after which a clock reading below the hour given is on the 12-hour clock
# and gets 12 hours added ("pukul 8 malam" → 20:00; "pukul 1 siang" → 13:00, "pukul 11
# siang" stays 11:00).
PART_OF_DAY_PM: dict[str, int] = {"siang": 10, "sore": 12, "petang": 12, "malam": 12}
# Parts of the day that are a time on their own ("dini hari"); "pagi" needs a qualifier.
SELF_QUALIFIED_PARTS_OF_DAY = frozenset({"dini hari", "dinihari"})
# "pagi tadi", "pukul 9 tadi": earlier today.
EARLIER_TODAY = ("tadi",)
# "semalam": last night (the night before the day counted from).
LAST_NIGHT = ("semalam",)

# Relative words: day offsets from the anchor.
DAY_OFFSETS: dict[str, int] = {
    "kemarin lusa": -2,
    "hari ini": 0,
    "kemarin": -1,
    "kemaren": -1,
    "besok": 1,
    "esok": 1,
    "esok hari": 1,
    "besok lusa": 2,
    "lusa": 2,
}
# Ordinal days of an event ("hari pertama" of a rule): the day the text dates them, else
# unknown. The number of the day, or 0 for the last one.
ORDINAL_DAYS: dict[str, int] = {
    "hari pertama": 1,
    "hari kedua": 2,
    "hari ketiga": 3,
    "hari keempat": 4,
    "hari kelima": 5,
    "hari terakhir": 0,
}
# Words of a schedule that recurs (a rule in force, opening hours): a clock time in a
# sentence with one and no day is on no particular day ("berlaku pukul 06.00-10.00 WIB").
SCHEDULE_WORDS = ("berlaku", "diberlakukan", "beroperasi", "jam operasional", "setiap hari")
# Relative words: day offsets from the day last talked about ("keesokan harinya").
REFERENCE_DAY_OFFSETS: dict[str, int] = {
    "keesokan harinya": 1,
    "keesokan hari": 1,
    "esok harinya": 1,
    "besoknya": 1,
    "hari berikutnya": 1,
    "hari sebelumnya": -1,
}
# Words whose TIMEX3 value is a reference to the present, past or future.
REFERENCES: dict[str, str] = {
    "kini": "PRESENT_REF",
    "sekarang": "PRESENT_REF",
    "saat ini": "PRESENT_REF",
    "dewasa ini": "PRESENT_REF",
    "masa kini": "PRESENT_REF",
    "baru-baru ini": "PAST_REF",
    "belum lama ini": "PAST_REF",
    "belakangan ini": "PAST_REF",
    "saat itu": "PAST_REF",
    "waktu itu": "PAST_REF",
    "ketika itu": "PAST_REF",
    "kala itu": "PAST_REF",
    "masa lalu": "PAST_REF",
    "masa lampau": "PAST_REF",
    "tempo dulu": "PAST_REF",
    "masa depan": "FUTURE_REF",
    "masa mendatang": "FUTURE_REF",
    "dulu": "PAST_REF",
    "dahulu": "PAST_REF",
    "dahulu kala": "PAST_REF",
    "zaman dahulu": "PAST_REF",
    "zaman dulu": "PAST_REF",
    "beberapa waktu lalu": "PAST_REF",
    "jauh-jauh hari": "PAST_REF",
    "jauh-jauh hari sebelumnya": "PAST_REF",
    "jauh hari sebelumnya": "PAST_REF",
    "beberapa waktu yang lalu": "PAST_REF",
    "akhir-akhir ini": "PAST_REF",
    "sekarang ini": "PRESENT_REF",
    "masa sekarang": "PRESENT_REF",
    "dulunya": "PAST_REF",
    "masa lalunya": "PAST_REF",
    "ke depan": "FUTURE_REF",
    "ke depannya": "FUTURE_REF",
    "kedepan": "FUTURE_REF",
    "kedepannya": "FUTURE_REF",
    "nanti": "FUTURE_REF",
    "zaman sekarang": "PRESENT_REF",
    "kelak": "FUTURE_REF",
    "sebentar lagi": "FUTURE_REF",
    "dalam waktu dekat": "FUTURE_REF",
    "waktu mendatang": "FUTURE_REF",
    "waktu yang akan datang": "FUTURE_REF",
    "masa yang akan datang": "FUTURE_REF",
}
# References that are a place before a noun ("ke depan kantor": to the front of the office):
# a time only where their clause ends ("Ke depan, ...", "... ke depan.").
CLAUSE_FINAL_REFERENCES = frozenset({"ke depan", "kedepan"})
# "dulu"/"dahulu" is "formerly" at the head of a clause, after these words ("kalau dulu",
# "yang dulu", "sejak dulu", "kita dulu") or a name; after a verb it orders actions ("fokus
# dulu", "selesai dulu", "terlebih dahulu"), which is no time.
ORDER_WORDS = frozenset({"dulu", "dahulu"})
PAST_DULU_AFTER = frozenset(
    {
        "kalau",
        "karena",
        "yang",
        "dari",
        "sejak",
        "seperti",
        "sebagaimana",
        "semasa",
        "zaman",
        "masa",
        "waktu",
        "pada",
        "ketika",
        "kala",
        "dan",
        "tapi",
        "tetapi",
        "namun",
        "padahal",
        "sedangkan",
        "sebab",
        "bahwa",
        "kami",
        "kita",
        "saya",
        "aku",
        "kamu",
        "dia",
        "ia",
        "mereka",
        "beliau",
        "anda",
        "engkau",
    }
)

# Seasons and their TIMEX3 codes (IndoTimex: the dry season is summer, the rainy season winter).
SEASONS: dict[str, str] = {
    "musim kemarau": "SU",
    "musim hujan": "WI",
    "musim penghujan": "WI",
    "musim panas": "SU",
    "musim dingin": "WI",
    "musim salju": "WI",
    "musim semi": "SP",
    "musim gugur": "FA",
}
# Vague durations without a number: TimeML's unspecified values, `PXX` when no unit is said
# ("sebentar": a while), the unit's `X` when one is ("sesaat": a moment, seconds).
VAGUE_DURATIONS: dict[str, str] = {
    "sebentar": "PXX",
    "sejenak": "PXX",
    "beberapa waktu": "PXX",
    "sesaat": "PTXS",
    "beberapa saat": "PTXS",
}
# Words after a vague duration that make it a noun of times, no duration: "beberapa waktu
# terbaik" (some good times), "sebentar lagi" is a reference (REFERENCES).
NOT_DURATION_AFTER = frozenset({"terbaik", "tertentu", "yang", "luang", "ideal", "tepat"})
# A head before a unit that makes an unspecified count of it: "hitungan detik" (PTXS).
VAGUE_COUNT_HEADS = ("hitungan",)
# Words before an expression that TimeML keeps in the span, and the TIMEX3 `mod` each gives:
# "sekitar 40 tahun" (APPROX), "hampir setahun" (LESS_THAN), "lebih dari 5 tahun" (MORE_THAN).
APPROX_MODIFIERS: dict[str, str] = {
    "sekitar": "APPROX",
    "sekira": "APPROX",
    "kurang lebih": "APPROX",
    "lebih kurang": "APPROX",
    "kira-kira": "APPROX",
    "hampir": "LESS_THAN",
    "lebih dari": "MORE_THAN",
    "kurang dari": "LESS_THAN",
    "paling tidak": "EQUAL_OR_MORE",
    "setidaknya": "EQUAL_OR_MORE",
    "sedikitnya": "EQUAL_OR_MORE",
    "minimal": "EQUAL_OR_MORE",
    "maksimal": "EQUAL_OR_LESS",
}
# Words after a duration that TimeML keeps in the span, with their `mod`: "setahun lebih".
POSTPOSED_MODIFIERS: dict[str, str] = {"lebih": "MORE_THAN"}
# Words joining the two numbers of a range of one unit ("4 hingga 5 jam", "6 atau 7 tahun").
RANGE_WORDS = ("-", "–", "hingga", "sampai", "s/d", "atau")
# Words joining two counts of one unit in a list ("berumur 12 dan 8 tahun"): two durations.
LIST_WORDS = ("dan",)
# Words before a weekday that make it the name of a prayer, not a date ("salat Jumat").
PRAYER_WORDS = frozenset({"salat", "shalat", "sholat", "solat"})
# Words after a calendar unit that shift it: "pekan lalu", "tahun depan".
SHIFT_WORDS: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "sebelumnya": -1,
    "ini": 0,
    "depan": 1,
    "mendatang": 1,
    "yang akan datang": 1,
    "berikutnya": 1,
}
# Words after a weekday that shift it: to the weekday of another week ("Senin pekan lalu"),
# the one before or after the anchor ("Senin lalu"), or the one of the anchor's week.
WEEKDAY_SHIFTS: dict[str, tuple[str, int]] = {
    "pekan lalu": ("week", -1),
    "minggu lalu": ("week", -1),
    "pekan depan": ("week", 1),
    "minggu depan": ("week", 1),
    "ini": ("week", 0),
    "lalu": ("prev", 0),
    "kemarin": ("prev", 0),
    "yang lalu": ("prev", 0),
    "depan": ("next", 0),
    "mendatang": ("next", 0),
    "nanti": ("next", 0),
}
# Words after "N units" that make it a point in the past rather than a duration.
AGO_WORDS = frozenset({"lalu", "yang lalu", "silam", "sebelumnya"})
# Words after "N units" that make it a point ahead: "dua hari kemudian", "sepekan lagi".
AHEAD_WORDS = frozenset({"kemudian", "setelahnya", "lagi", "mendatang"})
# Words after "N units" that make it a point before the day talked about: "sehari lebih awal".
EARLIER_WORDS = frozenset({"lebih awal"})
# Words of these lists counted from the day last talked about, not from the anchor.
FROM_REFERENCE_WORDS = frozenset({"sebelumnya", "kemudian", "setelahnya", "lebih awal"})
# Words before a weekday or date that point to the future, for choosing the next Monday.
FUTURE_CUES = frozenset(
    {"akan", "besok", "mendatang", "nanti", "rencananya", "bakal", "jelang", "menjelang"}
)
# Modifiers at the start of a period; the value keeps the period.
PERIOD_MODIFIERS: dict[str, str] = {
    "awal": "START",
    "pertengahan": "MID",
    "medio": "MID",
    "akhir": "END",
    "penghujung": "END",
}
# Calendar units that "lalu", "ini", "depan" shift, and the TIMEX3 unit each stands for.
CALENDAR_UNITS: dict[str, str] = {
    "pekan": "WEEK",
    "minggu": "WEEK",
    "bulan": "MONTH",
    "tahun": "YEAR",
    "dekade": "DECADE",
    "abad": "CENTURY",
    "semester": "HALF",
    "kuartal": "QUARTER",
    "triwulan": "QUARTER",
    "musim": "YEAR",  # a sports season: "musim ini" is the league's year
}
# Units that only the present shift makes a calendar unit: "musim ini" is this year's season;
# "musim lalu" may be a season over two years (2018/2019), no year.
PRESENT_ONLY_UNITS = frozenset({"musim"})

# Quarter and half-year words and their TIMEX3 letters.
QUARTERS: dict[str, tuple[str, int]] = {
    "triwulan": ("Q", 4),
    "kuartal": ("Q", 4),
    "caturwulan": ("T", 3),
    "semester": ("H", 2),
    "paruh": ("H", 2),
}
# Time zones of Indonesia (kept in the span; the value is local time).
TIME_ZONES = ("WIB", "WITA", "WIT")

# Fixed-date holidays: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "natal": (12, 25),
    "hari natal": (12, 25),
    "tahun baru": (1, 1),
    "malam tahun baru": (12, 31),
    "hari kemerdekaan": (8, 17),
    "hut ri": (8, 17),
    "hari buruh": (5, 1),
    "hari kartini": (4, 21),
    "hari pendidikan nasional": (5, 2),
    "hardiknas": (5, 2),
    "hari kebangkitan nasional": (5, 20),
    "harkitnas": (5, 20),
    "hari lahir pancasila": (6, 1),
    "hari sumpah pemuda": (10, 28),
    "hari pahlawan": (11, 10),
    "hari ibu": (12, 22),
    "hari valentine": (2, 14),
    "valentine's day": (2, 14),
    "hari raya natal": (12, 25),
}
# Islamic holidays: (Hijri month, day).
HIJRI_HOLIDAYS: dict[str, tuple[int, int]] = {
    "lebaran": (10, 1),
    "idul fitri": (10, 1),
    "idulfitri": (10, 1),
    "hari raya idul fitri": (10, 1),
    "idul adha": (12, 10),
    "iduladha": (12, 10),
    "hari raya idul adha": (12, 10),
    "tahun baru islam": (1, 1),
    "maulid nabi": (3, 12),
}
# Hijri months by name (number 1–12), with common Indonesian spellings.
HIJRI_MONTHS: dict[str, int] = {
    "muharram": 1,
    "muharam": 1,
    "safar": 2,
    "sapar": 2,
    "rabiul awal": 3,
    "rabiulawal": 3,
    "rabiul akhir": 4,
    "rabiulakhir": 4,
    "jumadil awal": 5,
    "jumadilawal": 5,
    "jumadil akhir": 6,
    "jumadilakhir": 6,
    "rajab": 7,
    "syaban": 8,
    "sya'ban": 8,
    "ramadan": 9,
    "ramadhan": 9,
    "syawal": 10,
    "zulkaidah": 11,
    "dzulqa'dah": 11,
    "zulhijah": 12,
    "dzulhijjah": 12,
    "zulhijjah": 12,
}
# Words before a number that make it something other than a year ("Nomor 12 Tahun 2011").
NOT_YEAR_BEFORE = frozenset(
    {"rp", "nomor", "no", "nomer", "pasal", "ayat", "kode", "nopol", "telepon", "hp", "usd", "us$"}
)
# Words after a four-digit number that make it a count, not a year.
NOT_YEAR_AFTER = frozenset(
    {
        "orang",
        "jiwa",
        "unit",
        "rupiah",
        "kg",
        "ton",
        "meter",
        "m",
        "km",
        "mdpl",
        "hektare",
        "ha",
        "kasus",
        "warga",
        "peserta",
        "personel",
        "pasien",
        "kepala",
        "ekor",
        "buah",
        "lembar",
        "porsi",
        "suara",
        "cc",
        "mah",
        "mw",
        "kwh",
        "liter",
        "poin",
        "persen",
        "%",
        "x",
        "piksel",
        "pixel",
        "rumah",
        "titik",
        "dosis",
        "sampel",
        "siswa",
        "mahasiswa",
        "karyawan",
        "pekerja",
        "keluarga",
        "kk",
        "km²",
    }
)
# Capitalized words that may stand before a weekday without making it part of a name.
DATE_WORDS_BEFORE = frozenset(
    {
        "hari",
        "pada",
        "sejak",
        "setiap",
        "tiap",
        "mulai",
        "hingga",
        "sampai",
        "selama",
        "tanggal",
        "jelang",
        "menjelang",
        "akhir",
        "awal",
        "kemarin",
        "besok",
        "sabtu",
        "dan",
        "atau",
        "per",
    }
)
# Words before a number and month that make them part of a name ("Jalan 17 Agustus").
NAME_HEADS = frozenset(
    {
        "jalan",
        "jl",
        "jln",
        "gang",
        "gg",
        "simpang",
        "bundaran",
        "lapangan",
        "universitas",
        "untag",
        "stadion",
        "gedung",
        "taman",
        "kampung",
        "desa",
        "pasar",
        "rs",
        "sman",
        "smpn",
        "sdn",
        "sma",
        "smp",
        "sd",
    }
)

# Words after an explicit date that TimeML keeps in its span: "18 September lalu".
DATE_TAILS = (
    "yang lalu",
    "lalu",
    "kemarin",
    "silam",
    "mendatang",
    "nanti",
    "esok",
    "besok",
    "ini",
)
# Tails that point a date back or ahead of the publication date.
PAST_TAILS = ("lalu", "kemarin", "silam")
FUTURE_TAILS = ("mendatang", "depan", "nanti", "esok", "besok")
# Words after a month name that shift it: "Oktober lalu", "Desember nanti".
MONTH_SHIFTS: dict[str, int] = {
    "lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "ini": 0,
    "depan": 1,
    "mendatang": 1,
    "nanti": 1,
}
# Prepositions that make a bare month or part of day temporal: "pada Juni", "sejak pagi".
TEMPORAL_PREPOSITIONS = (
    "pada",
    "sampai dengan",
    "sejak",
    "hingga",
    "sampai",
    "menjelang",
    "jelang",
    "mulai",
    "setiap",
    "tiap",
    "selama",
    "di",
    "dari",
    "per",
)
# Words before a date that make the sentence look ahead to it ("menjelang Natal").
UNTIL_WORDS = ("sampai", "hingga", "jelang", "menjelang")
# Words joining the days of a date range ("3-4 Desember") and two clock times.
DAY_RANGE_WORDS = ("-", "–", "hingga", "sampai", "s/d", "dan")
CLOCK_RANGE_WORDS = ("-", "–", "hingga", "sampai", "s.d.", "s.d", "sd.", "sd")
# Words that introduce a day number ("tanggal 17") and a clock time ("pukul 14.30").
DAY_WORDS = ("tanggal", "tgl.", "tgl")
CLOCK_WORDS = ("pukul", "pkl.", "pkl", "jam")
YEAR_WORDS = ("tahun", "th.", "th")
# Counters after "jam N" that make it a number of hours or items, not a clock time.
NOT_CLOCK_AFTER = ("kali", "unit", "buah", "orang")
# Words after a decade-like number that make it an amount ("90-an juta").
NOT_DECADE_AFTER = (
    "juta",
    "ribu",
    "miliar",
    "triliun",
    "ratus",
    "persen",
    "orang",
    "tahun",
    "kilo",
    "meter",
    "km",
    "kg",
)
# Head words written before a name or number of their unit: "hari Senin", "pagi hari",
# "bulan Juni", "tahun 2019", "tanggal 17", "abad ke-21", "pukul 08.00-10.00".
DAY_HEADS = ("hari",)
MONTH_HEADS = ("bulan",)
YEAR_HEADS = ("tahun",)
DAY_NUMBER_HEADS = ("tanggal",)
CENTURY_HEADS = ("abad",)
RANGE_CLOCK_HEADS = ("pukul",)
# The ordinal prefix ("abad ke-21", "HUT RI ke-75") and the Common Era ("abad ke-5 Masehi").
ORDINAL_PREFIX = "ke"
COMMON_ERA = ("masehi",)
# The suffix of a decade ("1990-an", "90an").
DECADE_SUFFIX = "an"
# The Hijri era after a year ("1441 H").
HIJRI_ERA = ("H", "Hijriah", "Hijriyah")
# "satu setengah": the one of one and a half.
ONE_WORDS = ("satu",)
# Words after a clock-like number that make it a share ("12.30 persen").
PERCENT_WORDS = ("persen", "%")
# "dua kali dalam sebulan".
WITHIN_WORDS = ("dalam",)
# Between a clock time and the day it is on: "pukul 14.30 WIB pada Rabu (18/11)".
ON_WORDS = ("pada",)
# Sentence-initial "Minggu lalu/ini/depan" is a week, not a Sunday.
WEEK_SHIFT_WORDS = ("ini", "lalu", "depan")
# "N units mendatang" is a point ahead; after a vague count ("beberapa tahun mendatang"),
# a span ahead (a duration).
SPAN_AHEAD_WORDS = frozenset({"mendatang"})
# Independence Day anniversaries: "HUT ke-75 RI", "HUT Kemerdekaan RI ke-75".
ANNIVERSARY_WORDS = ("HUT",)
INDEPENDENCE_NAMES = ("RI", "Kemerdekaan RI")
INDEPENDENCE_YEAR = 1945
INDEPENDENCE_DAY = (8, 17)
# Holidays on the eve of a year: "malam tahun baru 2020" is 31 December 2019.
EVE_HOLIDAYS = frozenset({"malam tahun baru"})
# "hari itu", "tanggal tersebut": the day last talked about.
THAT_DAY_HEADS = ("hari", "tanggal")
THAT_WORDS = ("itu", "tersebut", "yang sama")
# Words after a part of day: "pagi ini" is today's, "pagi itu" the narrated day's.
POD_QUALIFIERS = ("ini", "itu", "tadi", "nanti", "tersebut")
POD_TODAY = frozenset({"ini", "tadi", "nanti"})
# Words after a duration that keep it a duration: "dua pekan terakhir".
DURATION_TAILS = ("terakhir", "belakangan", "belakangan ini", "ke depan", "mendatang")
# Words that make a unit or day recurring: "setiap Senin", "per bulan", "dua kali seminggu".
EVERY_WORDS = ("setiap", "tiap", "saban")
# Words that are a recurrence on their own: "kehidupan sehari-hari" (daily), SET P1D.
RECURRENCE_WORDS: dict[str, str] = {"sehari-hari": "P1D"}
PER_WORDS = ("per",)
TIMES_WORDS = ("kali",)
ONCE_WORDS = ("sekali",)
# Regulation numbers ("Nomor 12 Tahun 2011", "UU 11/2020") are not dates.
NUMBER_WORDS = ("nomor", "nomer", "no.", "no")
REGULATION_HEADS = ("UU", "PP", "Perpres", "Perppu", "Keppres", "Inpres", "Perda", "Perpu")
# Currency signs before a number that make it an amount, not a year.
CURRENCY_SIGNS = ("rp", "$", "us$")

# Verbs of attribution: a deictic word in a quote counts from the day its attribution reports
# ('"...kemarin...," kata dia, Jumat (22/3)'), only when such a verb stands before that day.
ATTRIBUTION_VERBS = (
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "jelas",
    "ungkap",
    "terang",
    "tegas",
    "sebut",
    "papar",
    "imbuh",
    "tambah",
    "lanjut",
    "tukas",
    "pungkas",
    "kilah",
    "aku",
    "akui",
    "mengatakan",
    "menjelaskan",
    "mengungkapkan",
    "menerangkan",
    "menegaskan",
    "menyebutkan",
    "menuturkan",
    "memaparkan",
    "menambahkan",
    "menyatakan",
    "mengakui",
    "berkata",
    "dikatakan",
)

# Words of an interview that date the telling, not the story: "saat dikonfirmasi, Selasa
# (8/3)". With ATTRIBUTION_VERBS they open an attribution.
INTERVIEW_VERBS = (
    "dihubungi",
    "ditemui",
    "dikonfirmasi",
    "dijumpai",
    "diwawancarai",
    "dimintai",
    "dikutip",
)
# Lower-case words that may stand between an attribution verb and the day it reports ("kata
# Kepala Polsek di kantornya, Selasa (8/3)"; names are capitalized): any other word makes the
# day part of what is told ("mengatakan kebakaran terjadi Senin").
ATTRIBUTION_TAIL_WORDS = frozenset(
    {
        *INTERVIEW_VERBS,
        "saat",
        "ketika",
        "sewaktu",
        "waktu",
        "usai",
        "seusai",
        "setelah",
        "konfirmasi",
        "melalui",
        "lewat",
        "via",
        "telepon",
        "sambungan",
        "pesan",
        "singkat",
        "tertulis",
        "keterangan",
        "keterangannya",
        "dalam",
        "di",
        "kepada",
        "pada",
        "wartawan",
        "awak",
        "media",
        "jurnalis",
        "com",
        "lokasi",
        "kantor",
        "kantornya",
        "rumah",
        "rumahnya",
        "kediamannya",
        "sela",
        "sela-sela",
        "acara",
        "kegiatan",
        "konferensi",
        "jumpa",
        "pers",
        "siaran",
        "rilis",
        "resmi",
        "resminya",
        "itu",
        "tersebut",
        "sang",
        "kepala",
        "juru",
        "bicara",
        "dia",
        "ia",
        "beliau",
        "mereka",
        "pun",
        "juga",
        "lagi",
        "kembali",
        "secara",
        "terpisah",
        "daring",
        "virtual",
    }
)
