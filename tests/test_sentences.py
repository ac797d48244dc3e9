"""The sentence splitter: newline, abbreviation and quote rules, pre-tokenized Docs, UD scores."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from textkit.components.sentences import (
    PUNKT_PATH,
    char_before,
    load_punkt_parameters,
    may_start,
    sentence_starts,
    starts_sentence,
)
from textkit.lang.abbreviations import (
    ABBREVIATIONS,
    IN_CAPITALS,
    LEADING_ABBREVIATIONS,
    TRAILING_ABBREVIATIONS,
    case_variants,
    written_forms,
)
from textkit.lang.tokenizer_exceptions import ABBREVIATION_FORMS
from textkit.normalize import normalize_text


@pytest.fixture(scope="module")
def split(nlp):
    splitter = nlp.get_pipe("textkit_sentences")
    return lambda text: [s.text.strip() for s in splitter(nlp.make_doc(text)).sents]


def test_plain_sentences(split):
    assert split("Hujan turun sejak pagi. Jalan di Bogor tergenang! Kapan surut?") == [
        "Hujan turun sejak pagi.",
        "Jalan di Bogor tergenang!",
        "Kapan surut?",
    ]


def test_line_breaks_end_sentences(split):
    text = (
        "Banjir Rendam Tiga Desa\n"
        "BOGOR, KOMPAS.com - Banjir merendam tiga desa di Bogor. Warga mengungsi.\n"
        "Baca juga: Sungai Meluap Lagi\n"
        "Petugas masih berjaga"
    )
    assert split(text) == [
        "Banjir Rendam Tiga Desa",
        "BOGOR, KOMPAS.com - Banjir merendam tiga desa di Bogor.",
        "Warga mengungsi.",
        "Baca juga: Sungai Meluap Lagi",
        "Petugas masih berjaga",
    ]


def test_blank_lines_and_windows_line_ends(split):
    assert split("Judul Berita\r\n\r\nIsi pertama.  \n\n  Isi kedua.") == [
        "Judul Berita",
        "Isi pertama.",
        "Isi kedua.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kantornya di Jl. Merdeka No. 12 Kab. Bogor, Prov. Jawa Barat.",
        "Ia diperiksa dr. Rina dan Dr. Budi di rumah sakit.",
        "Rombongan H. Ahmad dan Hj. Siti tiba pukul 14.30 WIB kemarin.",
        "Surat itu ditulis Budi Santoso, S.H., M.Si. pada Senin.",
        "Presiden Susilo B. Yudhoyono hadir.",
        "Harga naik 2.5 persen dari Rp 1.000.000 menjadi Rp1,5 juta.",
        "Dana a.n. Yayasan Sejahtera dikirim 1 s.d. 5 Mei.",
    ],
)
def test_abbreviations_do_not_end_sentences(split, text):
    assert split(text) == [text]


def test_trailing_abbreviation_ends_sentence_before_capital(split):
    assert split("Pasar menjual beras, gula, dll. Pembeli ramai sejak pagi.") == [
        "Pasar menjual beras, gula, dll.",
        "Pembeli ramai sejak pagi.",
    ]
    assert split("Pasar menjual beras, gula, dll. dan pembeli ramai.") == [
        "Pasar menjual beras, gula, dll. dan pembeli ramai."
    ]


@pytest.mark.parametrize(
    "text",
    [
        # spaCy's abbreviations, unknown to Punkt: never an end before lowercase or a digit
        "Ir. Bambang Wirasena, S.Hut. menjadi ketua panitia.",
        "Rapat dipimpin Dra. Lestari Handayani, M.Eng. dan dibuka pukul 09.00 WIB.",
        "Lomba digelar 12 Jan. 2021 dan diikuti 40 sekolah.",
        # titles before a capitalized word
        "Acara dibuka Plt. Bupati Sukamaju, Darmo Prawiro, pagi ini.",
        "Rapat dihadiri Pjs. Kepala Desa Sindangrasa dan R.A. Sekar Ningrum.",
        # lone letters as list markers
        "Syarat: a. Fotokopi KTP, b. Ijazah terakhir, c. Pas foto terbaru.",
        "Tuntutan warga,a. Perbaiki jalan desa,b. Tambah lampu jalan.",
    ],
)
def test_kept_whole_abbreviations_continue_sentences(split, text):
    assert split(text) == [text]


def test_abbreviation_at_a_sentence_end(split):
    assert split(
        "Ketua panitia kali ini Bambang Wirasena, S.Hut. Ia terpilih secara aklamasi."
    ) == [
        "Ketua panitia kali ini Bambang Wirasena, S.Hut.",
        "Ia terpilih secara aklamasi.",
    ]
    assert split("Sanksi itu diatur dalam Pasal 9 huruf f. Pasal itu baru berlaku.") == [
        "Sanksi itu diatur dalam Pasal 9 huruf f.",
        "Pasal itu baru berlaku.",
    ]
    assert split('"Saya siap bertanding," kata Jun. "Lawan saya kuat."') == [
        '"Saya siap bertanding," kata Jun.',
        '"Lawan saya kuat."',
    ]


def test_list_markers_at_line_starts(split):
    assert split("Syarat Pendaftaran\na. Fotokopi KTP\nb. Ijazah terakhir") == [
        "Syarat Pendaftaran",
        "a. Fotokopi KTP",
        "b. Ijazah terakhir",
    ]


def test_char_before():
    assert char_before("Pasal 9 huruf f.", 14) == "f"
    assert char_before("ijazah, b.", 8) == ","
    assert char_before("Syarat\n  a.", 9) == ""
    assert char_before("a.", 0) == ""


def test_no_sentence_end_on_kept_whole_abbreviation_before_lowercase_or_digit(nlp):
    splitter = nlp.get_pipe("textkit_sentences")
    wrong = []
    for form in sorted(ABBREVIATION_FORMS):
        for text in (f"Berkas Andi {form} dibaca ketua.", f"Berkas Andi {form} 12 dibaca ketua."):
            doc = splitter(nlp.make_doc(text))
            if form not in [t.text for t in doc] or len(list(doc.sents)) != 1:
                wrong.append(text)
    assert not wrong


def test_case_variants():
    assert case_variants("dll.") == {"dll.", "Dll.", "DLL."}
    assert case_variants("s.d.") == {"s.d.", "S.d."}
    assert case_variants("Jl.") == {"Jl.", "JL."}
    assert case_variants("S.H.") == {"S.H."}
    assert case_variants("Bpk.") == {"Bpk."}  # BPK. is an acronym that ends sentences
    assert IN_CAPITALS <= set(ABBREVIATIONS)


def abbreviation_context(form: str) -> str:
    """A sentence that goes on after `form`: capitalized after a leading abbreviation.

    `Imam` often starts a sentence, so Punkt alone splits before it after any abbreviation.
    """
    if form in written_forms(LEADING_ABBREVIATIONS):
        return f"Kami menunggu di depan {form} Imam Bonjol sejak pagi."
    return f"Surat dari Andi Wijaya {form} dibaca ketua pagi ini."


def whole_and_no_sentence_end(nlp, form: str) -> bool:
    text = abbreviation_context(form)
    doc = nlp.get_pipe("textkit_sentences")(nlp.make_doc(text))
    return form in [t.text for t in doc] and len(list(doc.sents)) == 1


@pytest.mark.parametrize("form", ["Jl.", "JL.", "Kab.", "KAB.", "dr.", "Dr.", "DR.", "S.H."])
def test_abbreviation_kept_whole_is_no_sentence_end(nlp, form):
    assert whole_and_no_sentence_end(nlp, form)


def test_every_abbreviation_form_kept_whole_is_no_sentence_end(nlp):
    forms = written_forms(ABBREVIATIONS)
    assert written_forms(LEADING_ABBREVIATIONS) | written_forms(TRAILING_ABBREVIATIONS) == forms
    assert not [form for form in sorted(forms) if not whole_and_no_sentence_end(nlp, form)]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menahan seorang pria berinisial R. Ia diduga mencuri dua sepeda.",
        "Saksi kunci dalam perkara itu berinisial  T.  Dia tinggal di Sukamaju.",
        "Korban mengenal pelaku dengan inisial D. Keduanya bertetangga.",
        "Tim Garuda Muda menempati posisi kedua di Grup H. Laga berikutnya digelar Sabtu.",
        "Buah kecil itu kaya vitamin C. Sementara kulitnya pahit.",
        "Pabrik itu merakit mobil Wagon R. Namun penjualannya menurun.",
    ],
)
def test_initial_after_cue_word_ends_sentence(split, text):
    first, _, second = text.partition(". ")
    assert split(text) == [first.strip() + ".", second.strip()]


@pytest.mark.parametrize(
    "text",
    [
        # initials in names, also after a title
        "Rapat di Jalan R. Soeprapto dipimpin dr. R. Hartono pagi ini.",
        "Surat itu diteken Dr. R. Hartono dan H. Wiranto kemarin.",
        # after a cue word, but before another initial, a lowercase word or a digit
        "Polisi menahan dua pria berinisial M. A. dan S. di Sukamaju.",
        "Pelaku berinisial R. dan temannya ditangkap di pasar.",
        "Kendaraan golongan I. 2 unit terbakar.",
    ],
)
def test_initial_continues_sentence(split, text):
    assert split(text) == [text]


def test_acronym_in_capitals_still_ends_a_sentence(split):
    assert split("Berkas itu diserahkan ke BPK. Ketua panitia lalu pulang.") == [
        "Berkas itu diserahkan ke BPK.",
        "Ketua panitia lalu pulang.",
    ]


def test_quotes(split):
    assert split('"Kapan kita berangkat?" tanya Budi. "Besok pagi!" Ani menjawab.') == [
        '"Kapan kita berangkat?" tanya Budi.',
        '"Besok pagi!"',
        "Ani menjawab.",
    ]
    assert split('Warga sudah lelah. "Kami ingin pulang," kata Rudi.') == [
        "Warga sudah lelah.",
        '"Kami ingin pulang," kata Rudi.',
    ]
    assert split("Ia berkata, “Kami siap.” Lalu rapat dibuka.") == [
        "Ia berkata, “Kami siap.”",
        "Lalu rapat dibuka.",
    ]


def test_stray_commas_between_paragraphs(split):
    assert split("Ia dilantik pada 2019. ,Tugasnya berat. Ia siap. ,") == [
        "Ia dilantik pada 2019. ,",
        "Tugasnya berat.",
        "Ia siap. ,",
    ]


def test_pretokenized_doc(nlp):
    words = ["Hujan", "turun", "di", "Bogor", ".", "Warga", "mengungsi", "."]
    doc = nlp(Doc(nlp.vocab, words=words))
    assert [[t.text for t in s] for s in doc.sents] == [words[:5], words[5:]]


def test_pretokenized_doc_without_spaces(nlp):
    words = ["Hujan", ".", "Reda", "."]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=[False] * 4))
    assert doc.text == "Hujan.Reda."
    assert [t.text for t in doc] == words
    assert [s.text for s in doc.sents] == ["Hujan.", "Reda."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scraper dropped the space after the period
        (
            "Hujan turun sejak pagi.Warga mengungsi ke balai desa.",
            ["Hujan turun sejak pagi.", "Warga mengungsi ke balai desa."],
        ),
        (
            '"Kami siap," kata Rahmat.Dia lalu pergi.',
            ['"Kami siap," kata Rahmat.', "Dia lalu pergi."],
        ),
        # codes and names with a period inside stay whole
        ("Laporan LP/58/IX/2020/Dit.Reskrimsus diterima.", None),
        ("Ia menulis di Tempo.Co kemarin.", None),
        ("Petisi lewat situs Change.org ramai.", None),
    ],
)
def test_glued_sentence_ends(split, text, expected):
    assert split(text) == (expected or [text])


@pytest.mark.parametrize("text", ["", " ", "\n\n", "   \n  x", ".", '"', "...!?", "\u2028"])
def test_odd_inputs(nlp, text):
    doc = nlp(text)
    assert doc.text == normalize_text(text)  # the line separator is a line break
    sents = list(doc.sents) if len(doc) else []
    assert sum(len(s) for s in sents) == len(doc)
    assert "".join(s.text_with_ws for s in sents) == doc.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        (" ", [" "]),
        (".", ["."]),
        ("   \n  x", ["   \n  x"]),
        ("Hujan. Reda.", ["Hujan. ", "Reda."]),
        ("Hujan.\nReda", ["Hujan.\n", "Reda"]),
    ],
)
def test_odd_inputs_exact_sentences(nlp, text, expected):
    doc = nlp(text)
    assert ([s.text_with_ws for s in doc.sents] if len(doc) else []) == expected


def test_sentence_starts_offsets():
    text = "Satu dua.\nTiga empat. Lima."
    assert sentence_starts(text) == [0, 10, 22]


def test_shipped_punkt_parameters():
    assert PUNKT_PATH.exists()
    params = load_punkt_parameters()
    assert {"jl", "dr", "s.h", "m.si", "dll"} <= params.abbrev_types
    assert params.sent_starters
    assert params.ortho_context


# Gates just under the figures measured on UD dev (see docs/testing.md):
# `python benchmarks/tokenization.py`, token F1 and sentence F1, 2026-11-28.
UD_DEV_GATES = {"gsd": (99.4, 86.2), "csui": (99.7, 93.2)}


@pytest.mark.parametrize(("bank", "gates"), UD_DEV_GATES.items())
def test_ud_dev_scores(shared_data, load_benchmark, bank, gates):
    from textkit.datasets import read_conllu

    bench = load_benchmark("tokenization")
    sentences = read_conllu(shared_data / "ud" / bank / "dev.conllu")
    nlp = bench.textkit_sentences()
    token_f1 = bench.token_scores(nlp.make_doc, sentences)[2]
    sentence_f1 = bench.sentence_scores(nlp, sentences)[2]
    min_token_f1, min_sentence_f1 = gates
    assert token_f1 >= min_token_f1 and sentence_f1 >= min_sentence_f1, (token_f1, sentence_f1)


# Pieces of news text for the shortcut check: words, abbreviations, initials, marks, quotes,
# line breaks, glued marks.
_PIECES = [
    "Hujan", "turun", "di", "Bogor", "dia", "Ia", "Joko", "Ahmad", "BNPB", "warga", "Presiden",
    "berinisial", "Grup", "vitamin", "R.", "G.", "A.", "f.", "b.", "Jl.", "Dr.", "dll.", "Tbk.",
    "S.H.", "Plt.", "Jan.", "a.", ".", "!", "?", ",", '"', "”", ")", "(", "-", "2020", "5.000",
    "masyarakat.BNPB", "Hujan.Reda", "... ,", "\n", "\n\n", "  ", "\r\n",
]  # fmt: skip


def _slow_flags(doc) -> list[int]:
    """Sentence flags with `starts_sentence` asked for every word token (no shortcut)."""
    starts = set(sentence_starts(doc.text))
    flags, prev = [], None
    for token in doc:
        if token.i == 0:
            flags.append(1)
        elif token.is_space or prev is None:
            flags.append(-1)
        else:
            flags.append(1 if starts_sentence(doc.text, prev, token, starts) else -1)
        if not token.is_space:
            prev = token
    return flags


@settings(max_examples=300, deadline=None)
@example([("Pria", " "), ("berinisial", " "), ("A.", " "), ("Joko", "")])  # no Punkt start
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", " ", "\n"])),
        min_size=1,
        max_size=25,
    )
)
def test_shortcut_changes_no_sentence(nlp, pieces):
    """The splitter asks `starts_sentence` only where `may_start` allows: the same sentences."""
    doc = nlp.get_pipe("textkit_sentences")(nlp.make_doc("".join(p + s for p, s in pieces)))
    assert [1 if t.is_sent_start else -1 for t in doc] == _slow_flags(doc)


def test_shortcut_skips_plain_words():
    text = "Hujan turun. Jalan"
    starts = set(sentence_starts(text))
    assert not may_start(text, starts, 0, 5, 6)  # `turun` after `Hujan`
    assert may_start(text, starts, 11, 1, 13)  # `Jalan` after `.`, a Punkt start
    assert may_start("Jl. Sudirman", set(), 0, 3, 4)  # after an abbreviation
    assert may_start("Ia R. Dia", set(), 3, 2, 6)  # after an initial
    assert may_start("Hujan\nReda", set(), 0, 5, 6)  # after a line break
