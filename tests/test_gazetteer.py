"""The `textkit_gazetteer` and `textkit_linker` components, on sentences written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

import textkit
from textkit.components.gazetteer import sentence_starts, shared_gazetteer


@pytest.fixture(scope="module")
def rules():
    """The pipeline without the statistical NER: what the gazetteer alone finds."""
    return textkit.build(model_dir=None)


def ents(doc: Doc) -> list[tuple[str, str, str | None, str]]:
    return [(e.text, e.label_, e._.value, e.kb_id_) for e in doc.ents if e.label_ in ("LOC", "ORG")]


def test_places_get_canonical_names_and_codes(rules) -> None:
    doc = rules("Delegasi Federasi Rusia dan Jabar bertemu di Kab. Bogor, lalu terbang ke Moskwa.")
    assert ents(doc) == [
        ("Federasi Rusia", "LOC", "Rusia", "RU"),
        ("Jabar", "LOC", "Jawa Barat", "32"),
        ("Kab. Bogor", "LOC", "Kabupaten Bogor", "32.01"),
        ("Moskwa", "LOC", "Moskwa", "geonames:524901"),
    ]


def test_acronyms_and_full_names_merge(rules) -> None:
    doc = rules("Kemenhan menolak. Juru bicara Kementerian Pertahanan dan staf kemenhan hadir.")
    values = [value for _, label, value, _ in ents(doc) if label == "ORG"]
    assert values == ["Kementerian Pertahanan"] * 3


def test_all_caps_and_lower_case(rules) -> None:
    upper = ents(rules("TENTARA RUSIA MASUK, KEMENHAN MEMBANTAH"))
    assert ("RUSIA", "LOC", "Rusia", "RU") in upper
    assert ("KEMENHAN", "ORG", "Kementerian Pertahanan", "") in upper
    lower = ents(rules("kemenhan mengirim bantuan dari azerbaijan ke jawa barat"))
    assert [(text, value) for text, _, value, _ in lower] == [
        ("kemenhan", "Kementerian Pertahanan"),
        ("azerbaijan", "Azerbaijan"),
        ("jawa barat", "Jawa Barat"),
    ]


FOREIGN_MINISTRIES = [
    ("Juru bicara Kemenhan Azerbaijan membantah.", "Kemenhan Azerbaijan"),
    ("Juru bicara kemenhan Azerbaijan membantah.", "kemenhan Azerbaijan"),
    ("JURU BICARA KEMENHAN AZERBAIJAN MEMBANTAH.", "KEMENHAN AZERBAIJAN"),
    (
        "Juru bicara Kementerian Pertahanan Azerbaijan membantah.",
        "Kementerian Pertahanan Azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "span"), FOREIGN_MINISTRIES)
def test_foreign_ministry_is_one_organization(rules, text: str, span: str) -> None:
    found = [(t, label, value, kb) for t, label, value, kb in ents(rules(text))]
    assert found == [(span, "ORG", "Kementerian Pertahanan Azerbaijan", "")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        *[(text, span, "Kementerian Pertahanan Azerbaijan") for text, span in FOREIGN_MINISTRIES],
        (
            "Kementerian Luar Negeri Rusia memanggil duta besar.",
            "Kementerian Luar Negeri Rusia",
            "Kementerian Luar Negeri Rusia",
        ),
        (
            "Kemarin Kemenlu Turki mengecam serangan itu.",
            "Kemenlu Turki",
            "Kementerian Luar Negeri Turki",
        ),
    ],
)
def test_full_pipeline_foreign_ministry(nlp, text: str, span: str, value: str) -> None:
    """The statistical NER tags `Kemenhan` and `Azerbaijan` apart; the whole span wins, and
    the pipeline agrees with `organizations.lookup`."""
    from textkit import organizations

    doc = textkit.analyze(text, nlp=nlp)
    orgs = [(e.text, e._.value, e.kb_id_) for e in doc.ents if e.label_ in ("ORG", "LOC")]
    assert orgs == [(span, value, "")]
    assert organizations.lookup(span).name == value


def test_indonesian_ministry_stays_as_it_is(nlp) -> None:
    doc = textkit.analyze("Kemenhan menerima delegasi Azerbaijan di Jakarta.", nlp=nlp)
    found = [(e.text, e._.value) for e in doc.ents if e.label_ in ("ORG", "LOC")]
    assert found == [
        ("Kemenhan", "Kementerian Pertahanan"),
        ("Azerbaijan", "Azerbaijan"),
        ("Jakarta", "Jakarta"),
    ]


def test_ministry_and_country_replace_the_entities_inside(rules) -> None:
    doc = rules.make_doc("Kemenhan Azerbaijan dan Polda Jatim bertemu Budi di Baku.")
    doc.ents = [
        Span(doc, 0, 1, label="ORG"),
        Span(doc, 1, 2, label="LOC"),
        Span(doc, 4, 5, label="LOC"),
        Span(doc, 6, 7, label="PER"),
    ]
    doc = rules.get_pipe("textkit_gazetteer")(doc)
    assert [(e.text, e.label_, e._.value) for e in doc.ents] == [
        ("Kemenhan Azerbaijan", "ORG", "Kementerian Pertahanan Azerbaijan"),
        ("Polda Jatim", "ORG", "Polda Jawa Timur"),  # a body of a region, not the place
        ("Budi", "PER", None),
        ("Baku", "LOC", "Baku"),
    ]


def test_ministry_and_ri_make_one_indonesian_organization(rules) -> None:
    # The NER sets tag `RI` after an organization as part of it; `RI` alone is never tagged.
    doc = rules.make_doc("Kemenhan RI dan Kemenlu RI menyambut tamu dari RI .")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 1, 2, label="LOC")]
    doc = rules.get_pipe("textkit_gazetteer")(doc)
    assert [(e.text, e.label_, e._.value) for e in doc.ents] == [
        ("Kemenhan RI", "ORG", "Kementerian Pertahanan"),
        ("Kemenlu RI", "ORG", "Kementerian Luar Negeri"),
    ]


def test_ministry_and_country_keep_entities_that_overlap_its_edge(rules) -> None:
    doc = rules.make_doc("Kata Kemenhan Azerbaijan Sutejo kemarin.")
    doc.ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 2, 4, label="PER")]
    doc = rules.get_pipe("textkit_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kemenhan", "ORG"),
        ("Azerbaijan Sutejo", "PER"),
    ]


def test_built_organizations(rules) -> None:
    doc = rules("Polda Jatim, DPRD Kota Surabaya dan PT Angin Segar Makmur Tbk diperiksa BNPB.")
    values = [value for _, label, value, _ in ents(doc) if label == "ORG"]
    assert values == [
        "Polda Jawa Timur",
        "DPRD Kota Surabaya",
        "PT Angin Segar Makmur",
        "Badan Nasional Penanggulangan Bencana",
    ]


def test_common_words_and_function_words_are_not_names(rules) -> None:
    doc = rules("Baca juga: dan yang lain membawa batu ke kota. Solo karier penyanyi itu panjang.")
    assert ents(doc) == []
    doc = rules("Ia pindah dari Solo ke Kota Batu.")
    assert [(text, value) for text, _, value, _ in ents(doc)] == [
        ("Solo", "Surakarta"),
        ("Kota Batu", "Batu"),
    ]


def test_pre_tokenized_input(rules) -> None:
    words = ["Warga", "Kecamatan", "Menteng", "dan", "Bangka", "-", "Belitung", "mengungsi"]
    doc = rules(Doc(rules.vocab, words=words))
    assert [(text, kb) for text, _, _, kb in ents(doc)] == [
        ("Kecamatan Menteng", "31.71.06"),
        ("Bangka - Belitung", "19"),
    ]


def test_existing_entities_are_kept(rules) -> None:
    doc = rules.make_doc("Golkar Sutejo datang ke Jakarta.")
    doc.ents = [Span(doc, 0, 2, label="PER")]
    doc = rules.get_pipe("textkit_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Golkar Sutejo", "PER"), ("Jakarta", "LOC")]


def test_linker_sets_values_on_entities_set_by_hand(rules) -> None:
    doc = rules.make_doc("Kemarin Jawa Barat dan KPK serta Budi Santoso di Negeri Entah bertemu.")
    doc.ents = [
        Span(doc, 0, 1, label="DATE"),
        Span(doc, 1, 3, label="LOC"),
        Span(doc, 4, 5, label="ORG"),
        Span(doc, 6, 8, label="PER"),
        Span(doc, 9, 11, label="LOC"),
    ]
    doc = rules.get_pipe("textkit_linker")(doc)
    assert [(e.text, e.label_, e._.value, e.kb_id_) for e in doc.ents] == [
        ("Kemarin", "DATE", None, ""),
        ("Jawa Barat", "LOC", "Jawa Barat", "32"),
        ("KPK", "ORG", "Komisi Pemberantasan Korupsi", ""),
        ("Budi Santoso", "PER", None, ""),
        ("Negeri Entah", "LOC", None, ""),
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "!!! ???", "x" * 5000])
def test_odd_input(rules, text: str) -> None:
    assert ents(rules(text)) == []


def test_full_pipeline_links_every_known_place(nlp) -> None:
    doc = textkit.analyze(
        "Presiden Rusia tiba di Jakarta bersama Menteri Luar Negeri Turki.", nlp=nlp
    )
    assert ents(doc) == [
        ("Rusia", "LOC", "Rusia", "RU"),
        ("Jakarta", "LOC", "Jakarta", "31"),
        ("Turki", "LOC", "Turki", "TR"),
    ]
    assert [e.label_ for e in doc.ents] == ["LOC"] * 3  # no person or date either


def test_builder_common_words(tmp_path) -> None:
    from textkit.training.gazetteer import common_words

    lines = [
        '{"text": "Batu itu keras. Ia melempar batu dan batu ke Padang."}',
        '{"text": "Padang panas. Warga Padang dan batu kali. Padang lagi."}',
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines * 3), encoding="utf-8")
    words = common_words(path, min_count=3, min_share=0.5)
    assert "batu" in words and "dan" in words
    assert "padang" not in words


def test_linker_org_that_is_a_state(rules) -> None:
    doc = rules.make_doc("Federasi Rusia menolak usul Persib.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 4, 5, label="ORG")]
    doc = rules.get_pipe("textkit_linker")(doc)
    assert [(e._.value, e.kb_id_) for e in doc.ents] == [("Rusia", "RU"), ("Persib Bandung", "")]


def test_head_and_name(rules) -> None:
    doc = rules("Bank Dunia memuji Universitas Negeri Malang, bukan universitas terbaik di Asia.")
    assert [(text, label) for text, label, _, _ in ents(doc)] == [
        ("Bank Dunia", "ORG"),
        ("Universitas Negeri Malang", "ORG"),
        ("Asia", "LOC"),
    ]


WORDS = ["Kota", "kota", "Bogor", "PT", "Tbk", "(", "Persero", ")", "Polda", "DPRD", "Kecamatan"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=30))
def test_matches_are_well_formed(words: list[str]) -> None:
    starts = [i == 0 for i in range(len(words))]
    matches = shared_gazetteer().find(words, starts)
    ends = [0]
    for m in matches:
        assert ends[-1] <= m.start < m.end <= len(words)
        assert m.label in ("LOC", "ORG") and m.value
        ends.append(m.end)


def test_city_named_like_a_word(rules) -> None:
    assert ents(rules("Baku tembak pecah. Standar baku dipakai.")) == []
    doc = rules("Delegasi tiba di Baku kemarin.")
    assert [(text, value) for text, _, value, _ in ents(doc)] == [("Baku", "Baku")]


# Gates just under the figures measured on the shared dev splits (see docs/testing.md):
# `python benchmarks/gazetteer_eval.py`, LOC/ORG micro F1 of the gazetteer alone, 2026-11-28.
# nerugm and nergrit lowered by #21 (65.8 -> 65.1, 47.4 -> 47.1): their golds tag the language
# in `bahasa Inggris` as a place, which textkit no longer does (docs/design/corpus-identity.md).
GAZETTEER_DEV_GATES = {"idner-news-2k": 58.9, "nerui": 63.4, "nerugm": 65.1, "nergrit": 47.1}


@pytest.mark.parametrize(("dataset", "gate"), GAZETTEER_DEV_GATES.items())
def test_gazetteer_dev_scores(shared_data, rules, load_benchmark, dataset, gate):
    from textkit.datasets import read_conll

    gazetteer_eval = load_benchmark("gazetteer_eval")
    sentences = read_conll(shared_data / "ner" / dataset / "dev.conll")
    scores = gazetteer_eval.evaluate(rules, sentences, gazetteer_eval.SCORED[dataset])
    assert scores["micro"][2] >= gate


def test_sentence_starts_from_arrays(nlp) -> None:
    doc = nlp("Banjir melanda Bogor. Warga mengungsi ke Depok.\nBaca juga: Hujan Reda")
    expected = [False] * len(doc)
    for sent in doc.sents:
        expected[sent.start] = True
    assert sentence_starts(doc) == expected
    assert sum(expected) == 3
    unsplit = nlp.make_doc("Banjir melanda Bogor. Warga mengungsi.")
    assert sentence_starts(unsplit) == [True] + [False] * (len(unsplit) - 1)
    assert sentence_starts(nlp.make_doc("")) == []
