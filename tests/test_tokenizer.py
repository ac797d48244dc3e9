"""The Indonesian news tokenizer: each case the news needs, on sentences written for the tests."""

from __future__ import annotations

import re

import pytest

from textkit.lang import IndonesianNews
from textkit.lang.abbreviations import ABBREVIATIONS, written_forms
from textkit.lang.punctuation import ONE_WORD_RULES
from textkit.lang.tokenizer_exceptions import (
    ABBREVIATION_FORMS,
    ACRONYM_NOT_PREFIX,
    HYPHEN_PREFIXES,
    HYPHENATED_NAMES,
    ONE_NAME_FORMS,
    TOKENIZER_EXCEPTIONS,
    gazetteer_hyphenated_names,
)
from textkit.tokenizer import token_offsets, token_texts


@pytest.fixture(scope="module")
def tokenize():
    tokenizer = IndonesianNews().tokenizer
    return lambda text: [t.text for t in tokenizer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # datelines
        (
            "SERAMBINEWS.COM, KALBAJAR - Warga kembali.",
            ["SERAMBINEWS.COM", ",", "KALBAJAR", "-", "Warga", "kembali", "."],
        ),
        (
            "JAKARTA, KOMPAS.com - Hujan turun.",
            ["JAKARTA", ",", "KOMPAS.com", "-", "Hujan", "turun", "."],
        ),
        ("BANDUNG -Hujan turun.", ["BANDUNG", "-", "Hujan", "turun", "."]),
        # web addresses, e-mail, hashtags and mentions
        (
            "Lihat https://contoh.co.id/berita/2020/11/25/a.html, lalu www.contoh.id.",
            ["Lihat", "https://contoh.co.id/berita/2020/11/25/a.html", ",", "lalu"]
            + ["www.contoh.id", "."],
        ),
        ("Kirim ke redaksi@contoh.co.id.", ["Kirim", "ke", "redaksi@contoh.co.id", "."]),
        (
            "Tagar #JagaJarak dipakai @budi_s, katanya.",
            ["Tagar", "#JagaJarak", "dipakai", "@budi_s", ",", "katanya", "."],
        ),
        # numbers, money, percentages
        ("Ada 1.000.000 warga.", ["Ada", "1.000.000", "warga", "."]),
        ("Naik 2,5 persen.", ["Naik", "2,5", "persen", "."]),
        ("Dana Rp 1,5 triliun.", ["Dana", "Rp", "1,5", "triliun", "."]),
        ("Dana Rp1,5 triliun.", ["Dana", "Rp", "1,5", "triliun", "."]),
        ("Naik 50%.", ["Naik", "50", "%", "."]),
        ("Harga Rp.5.000 saja.", ["Harga", "Rp.", "5.000", "saja", "."]),
        ("Suhu -5 derajat.", ["Suhu", "-5", "derajat", "."]),
        # times and numeric dates
        ("Mulai pukul 14.30 WIB.", ["Mulai", "pukul", "14.30", "WIB", "."]),
        ("Rapat 25/11/2020 usai.", ["Rapat", "25/11/2020", "usai", "."]),
        ("Pada Senin (23/11), hujan.", ["Pada", "Senin", "(", "23/11", ")", ",", "hujan", "."]),
        # ordinals and codes
        ("Ia juara ke-3.", ["Ia", "juara", "ke-3", "."]),
        ("Pesawat QZ8501 hilang.", ["Pesawat", "QZ8501", "hilang", "."]),
        ("Kasus Covid-19 naik.", ["Kasus", "Covid-19", "naik", "."]),
        ("Tren tahun 1990-an.", ["Tren", "tahun", "1990-an", "."]),
        # hyphenated names and reduplication, listed in spaCy's data or not
        ("Konflik Nagorno-Karabakh reda.", ["Konflik", "Nagorno-Karabakh", "reda", "."]),
        (
            "Anak-anak melihat kupu-kupu, bolak-balik.",
            ["Anak-anak", "melihat", "kupu-kupu", ",", "bolak-balik", "."],
        ),
        ("Harga sayur-mayur naik.", ["Harga", "sayur-mayur", "naik", "."]),
        ("Pasar gorengan-gorengan ramai.", ["Pasar", "gorengan-gorengan", "ramai", "."]),
        ("Kupu-Kupu Terbang Rendah", ["Kupu-Kupu", "Terbang", "Rendah"]),  # a headline
        # two names joined by a hyphen are two names; one name stays whole
        ("Duet Anies-Sandi menang.", ["Duet", "Anies", "-", "Sandi", "menang", "."]),
        (
            "Laga Persib-Persija (Minggu) ditunda.",
            ["Laga", "Persib", "-", "Persija", "(", "Minggu", ")", "ditunda", "."],
        ),
        (
            "Poros Jakarta-Beijing, katanya.",
            ["Poros", "Jakarta", "-", "Beijing", ",", "katanya", "."],
        ),
        ("Hubungan AS-China memanas.", ["Hubungan", "AS", "-", "China", "memanas", "."]),
        ("Kubu Jokowi-Ma'ruf siap.", ["Kubu", "Jokowi", "-", "Ma'ruf", "siap", "."]),
        ("PASANGAN JOKOWI-AHOK MENANG", ["PASANGAN", "JOKOWI", "-", "AHOK", "MENANG"]),
        ("KASUS COVID-19 NAIK", ["KASUS", "COVID-19", "NAIK"]),
        (
            "Warga Timor-Leste dan Guinea-Bissau.",
            ["Warga", "Timor-Leste", "dan", "Guinea-Bissau", "."],
        ),
        ("Perang Bosnia-Herzegovina usai.", ["Perang", "Bosnia-Herzegovina", "usai", "."]),
        (
            "Tiba di Bandara Soekarno-Hatta.",
            ["Tiba", "di", "Bandara", "Soekarno", "-", "Hatta", "."],
        ),
        ("Juara se-Jawa di-PHK.", ["Juara", "se-Jawa", "di-PHK", "."]),
        ("Ia kader PDI-P.", ["Ia", "kader", "PDI-P", "."]),
        ("Ia membeli CR-V.", ["Ia", "membeli", "CR-V", "."]),
        # clitics stay as written
        ("Rumahnya dekat.", ["Rumahnya", "dekat", "."]),
        ("Mainan anak-anaknya hilang.", ["Mainan", "anak-anaknya", "hilang", "."]),
        # punctuation around names (NER boundaries)
        ("Kata Prabowo, lalu pergi.", ["Kata", "Prabowo", ",", "lalu", "pergi", "."]),
        ('"Saya siap," ujarnya.', ['"', "Saya", "siap", ",", '"', "ujarnya", "."]),
        ("Dua kata—kata lain.", ["Dua", "kata", "—", "kata", "lain", "."]),
        ("Rekor Lloyd's pecah.", ["Rekor", "Lloyd's", "pecah", "."]),
    ],
)
def test_news_cases(tokenize, text, expected):
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    "abbreviation",
    ["Jl.", "No.", "Kab.", "Prov.", "dr.", "Dr.", "H.", "Hj.", "S.H.", "M.Si.", "dll.", "dsb."]
    + ["a.n.", "s.d.", "Kec.", "Drs.", "Prof.", "Tbk.", "dkk."]
    + ["Dll.", "S.d.", "JL.", "KAB.", "DR.", "TBK.", "DLL."],  # case variants
)
def test_abbreviations_stay_whole(tokenize, abbreviation):
    assert tokenize(f"Lihat {abbreviation} lalu") == ["Lihat", abbreviation, "lalu"]


def test_abbreviation_forms_are_those_kept_whole(tokenize):
    # textkit's forms and spaCy's (`S.Hut.`, `Plt.`, `Jan.`, `a.`); not `°C.`, split in three.
    assert written_forms() | {"S.Hut.", "Plt.", "Jan.", "a."} <= ABBREVIATION_FORMS
    assert "°C." in TOKENIZER_EXCEPTIONS and "°C." not in ABBREVIATION_FORMS
    assert not [
        f for f in ABBREVIATION_FORMS if tokenize(f"Lihat {f} lalu") != ["Lihat", f, "lalu"]
    ]


def test_abbreviations_in_a_sentence(tokenize):
    text = "Kantor di Jl. Merdeka No. 5, Kab. Bogor, dipimpin Hj. Siti, S.H., M.Si. kemarin."
    assert tokenize(text) == [
        "Kantor", "di", "Jl.", "Merdeka", "No.", "5", ",", "Kab.", "Bogor", ",", "dipimpin",
        "Hj.", "Siti", ",", "S.H.", ",", "M.Si.", "kemarin", ".",
    ]  # fmt: skip


def test_sentence_final_period_splits(tokenize):
    assert tokenize("Ia pulang ke Bogor.") == ["Ia", "pulang", "ke", "Bogor", "."]
    assert tokenize("Ia tiba di KPK.") == ["Ia", "tiba", "di", "KPK", "."]
    assert tokenize("Ia tiba di BPK.") == ["Ia", "tiba", "di", "BPK", "."]  # not `Bpk.`
    assert tokenize("Dirawat karena TB.") == ["Dirawat", "karena", "TB", "."]  # not `Tb.`


def test_affix_rules_derive_from_spacy_indonesian():
    from spacy.lang.id.punctuation import TOKENIZER_INFIXES as ID_INFIXES

    from textkit.lang import punctuation

    # Every dropped or replaced rule still exists in spaCy's data (guards against upgrades).
    kept = len(ID_INFIXES) - len(punctuation._DROPPED_INFIXES)
    assert punctuation.TOKENIZER_INFIXES[kept:] == [punctuation.NAME_PAIR_HYPHEN]
    assert set(punctuation._REPLACED_INFIXES.values()) <= set(punctuation.TOKENIZER_INFIXES)


def test_exceptions_skip_the_reduplication_list():
    # spaCy's list holds ~16,000 hyphenated words in several casings; none is needed here: the
    # only hyphenated exceptions are the single names of the gazetteer and HYPHENATED_NAMES.
    assert len(TOKENIZER_EXCEPTIONS) < 1000
    hyphenated = {orth.replace("’", "'") for orth in TOKENIZER_EXCEPTIONS if "-" in orth}
    assert hyphenated == {form.replace("’", "'") for form in ONE_NAME_FORMS}
    assert set(ABBREVIATIONS) <= set(TOKENIZER_EXCEPTIONS)


def test_registered_tokenizer_is_used(nlp):
    assert [t.text for t in nlp.make_doc("Anak-anak ke-3.")] == ["Anak-anak", "ke-3", "."]


@pytest.mark.parametrize("word", [example for rule in ONE_WORD_RULES for example in rule.examples])
def test_one_word_rules_keep_their_examples_whole(tokenize, word):
    assert tokenize(f"Lihat {word} lalu") == ["Lihat", word, "lalu"]


@pytest.mark.parametrize("rule", ONE_WORD_RULES, ids=lambda rule: rule.name)
def test_one_word_rules_leave_name_pairs_alone(rule):
    # Pairs of names that no rule may take for one word.
    pairs = ["Jokowi-Ahok", "Prabowo-Hatta", "Persib-Persija", "Cikarang-Karawang", "AS-China"]
    assert not [p for p in pairs if re.match(rf"^(?:{rule.pattern})", p)]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("periode 2019-2024 ini", ["periode", "2019", "-", "2024", "ini"]),
        ("pada 20-21 November", ["pada", "20", "-", "21", "November"]),
    ],
)
def test_number_ranges_split_at_the_hyphen(tokenize, text, tokens):
    # A range is two numbers (two dates for the temporal component), not a code like MH-17.
    assert tokenize(text) == tokens


@pytest.mark.parametrize("prefix, example", HYPHEN_PREFIXES)
def test_hyphen_prefixes_keep_their_examples_whole(tokenize, prefix, example):
    assert example.lower().startswith(prefix + "-")
    assert tokenize(f"Lihat {example} lalu") == ["Lihat", example, "lalu"]
    upper = example.upper()
    expected = (
        ["Lihat", *re.split(r"(-)", upper, maxsplit=1), "lalu"]
        if prefix.upper() in ACRONYM_NOT_PREFIX
        else ["Lihat", upper, "lalu"]
    )
    assert tokenize(f"Lihat {upper} lalu") == expected


def test_gazetteer_hyphenated_names_stay_whole(tokenize):
    names = gazetteer_hyphenated_names()
    assert {"Guinea-Bissau", "Timor-Leste", "Nagorno-Karabakh", "PDI-P", "Al-Qaeda"} <= names
    forms = ONE_NAME_FORMS | {n.upper() for n in names | set(HYPHENATED_NAMES)}
    assert not [f for f in sorted(forms) if tokenize(f"Di {f}, lalu") != ["Di", f, ",", "lalu"]]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Pasangan Jokowi-Ahok menang dalam pemilihan gubernur tahun itu.", ["Jokowi", "Ahok"]),
        ("Pasangan Prabowo-Hatta mendaftar ke KPU pada Selasa pagi.", ["Prabowo", "Hatta"]),
        ("Laga Persib-Persija ditunda oleh panitia karena alasan keamanan.", ["Persib", "Persija"]),
        ("Penerbangan Jakarta-Surabaya dibatalkan karena cuaca buruk.", ["Jakarta", "Surabaya"]),
    ],
)
def test_hyphenated_pair_sides_become_entities(nlp, text, names):
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ in {"PER", "ORG", "LOC"}][:2] == names


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Harga cabai Rp5.000/kg, naik 10% (Senin).",
        "Kafe\u0301 di Bandung 😀 ramai\u00a0sekali.\n\n  Jl. Merdeka No.5",
        "  \n ",
    ],
)
def test_token_texts_read_from_arrays(text):
    doc = IndonesianNews().make_doc(text)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_offsets(doc) == ([t.idx for t in doc], [len(t) for t in doc])
