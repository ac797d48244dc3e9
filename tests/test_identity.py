"""Entity identity: `textkit_identity`, the people alias table, user alias files, and the
identity in the tables. Texts are invented for these tests."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from spacy.tokens import Span

import textkit
from textkit import people
from textkit.components.identity import abbreviates, name_words
from textkit.frames import entities_table, entity_counts, mentions_frame
from textkit.lang.acronyms import ACRONYM_CONVENTIONS
from textkit.lang.identity import (
    ACRONYM_RULES,
    CONVENTIONS,
    NICKNAME_RULES,
    SPAN_CONVENTIONS,
    TEAM_CUES,
)


@pytest.fixture(scope="module")
def rules():
    """The pipeline without the statistical NER, so tests give the entities themselves."""
    return textkit.build(model_dir=None)


def tagged(
    nlp,
    text: str,
    spans: list[tuple[str, str]],
    pipes: tuple[str, ...] = ("textkit_identity", "textkit_linker"),
):
    """Run the identity and linker components (or `pipes`) on `text` with the entities `spans`
    ((surface, label) pairs, each the next occurrence after the previous one)."""
    doc = nlp.make_doc(text)
    ents, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        span = doc.char_span(start, pos, label=label)
        assert span is not None, surface
        ents.append(span)
    doc.ents = ents
    for name in pipes:
        doc = nlp.get_pipe(name)(doc)
    return doc


def identities(doc) -> list[tuple[str, str]]:
    return [(e.text, e._.entity) for e in doc.ents]


def test_short_forms_take_the_full_name(rules) -> None:
    text = "Menteri Tjahjo Kumolo datang bersama Antony Blinken. Tjahjo dan Blinken berbicara."
    doc = tagged(
        rules,
        text,
        [
            ("Tjahjo Kumolo", "PER"),
            ("Antony Blinken", "PER"),
            ("Tjahjo", "PER"),
            ("Blinken", "PER"),
        ],
    )
    assert identities(doc) == [
        ("Tjahjo Kumolo", "PER:Tjahjo Kumolo"),
        ("Antony Blinken", "PER:Antony Blinken"),
        ("Tjahjo", "PER:Tjahjo Kumolo"),
        ("Blinken", "PER:Antony Blinken"),
    ]


def test_titles_and_middle_parts(rules) -> None:
    text = "Prof. Dr. Rahmat Hidayat Siregar hadir. Hidayat lalu pulang."
    doc = tagged(rules, text, [("Prof. Dr. Rahmat Hidayat Siregar", "PER"), ("Hidayat", "PER")])
    assert {e._.value for e in doc.ents} == {"Rahmat Hidayat Siregar"}
    assert name_words("Kapolda Irjen Pol Agus Andrianto") == ["Agus", "Andrianto"]


def test_two_people_sharing_a_name_part_never_merge(rules) -> None:
    text = "Budi Santoso Wibowo bertemu Budi Karyanto Lubis. Budi tertawa. Karyanto pulang."
    doc = tagged(
        rules,
        text,
        [
            ("Budi Santoso Wibowo", "PER"),
            ("Budi Karyanto Lubis", "PER"),
            ("Budi", "PER"),
            ("Karyanto", "PER"),
        ],
    )
    assert identities(doc) == [
        ("Budi Santoso Wibowo", "PER:Budi Santoso Wibowo"),
        ("Budi Karyanto Lubis", "PER:Budi Karyanto Lubis"),
        ("Budi", "PER:Budi"),  # fits both: left unresolved
        ("Karyanto", "PER:Budi Karyanto Lubis"),
    ]


def test_a_nickname_never_chains_two_full_names(rules) -> None:
    text = "Rahmat Siregar (Ucok) datang. Ucok Lubis juga. Ucok tertawa."
    doc = tagged(rules, text, [("Rahmat Siregar", "PER"), ("Ucok Lubis", "PER"), ("Ucok", "PER")])
    assert identities(doc) == [
        ("Rahmat Siregar", "PER:Rahmat Siregar"),
        ("Ucok", "PER:Rahmat Siregar"),  # the nickname the text defined
        ("Ucok Lubis", "PER:Ucok Lubis"),  # another person: not joined through `Ucok`
        ("Ucok", "PER:Rahmat Siregar"),
    ]


def test_bracketed_nickname(rules) -> None:
    text = "Gubernur Rahmat Hidayat (Ucok) meresmikan pasar. Ucok lalu berpidato."
    doc = tagged(rules, text, [("Rahmat Hidayat", "PER")])
    assert identities(doc) == [
        ("Rahmat Hidayat", "PER:Rahmat Hidayat"),
        ("Ucok", "PER:Rahmat Hidayat"),
        ("Ucok", "PER:Rahmat Hidayat"),
    ]


def examples_of(records) -> list:
    """(record, example) pairs of rule records, as pytest parameters named by the rule."""
    return [pytest.param(r, e, id=r.name) for r in records for e in r.examples]


@pytest.mark.parametrize(("rule", "example"), examples_of(NICKNAME_RULES))
def test_nickname_rules(rules, rule, example) -> None:
    text, full, nick = example
    order = [(nick, "PER"), (full, "PER")] if rule.short_first else [(full, "PER"), (nick, "PER")]
    doc = tagged(rules, text, order)
    assert {e._.value for e in doc.ents} == {full}, rule.name


@pytest.mark.parametrize(("rule", "example"), examples_of(ACRONYM_RULES))
def test_acronym_rules(rules, rule, example) -> None:
    text, long, acronym = example
    doc = tagged(rules, text, [(long, "ORG")])
    got = [(e.text, e._.entity) for e in doc.ents]
    assert sorted(got) == sorted([(long, f"ORG:{long}"), (acronym, f"ORG:{long}")]), rule.name


@pytest.mark.parametrize(("convention", "example"), examples_of(CONVENTIONS))
def test_conventions(rules, convention, example) -> None:
    text, spans, expected = example
    doc = tagged(rules, text, list(spans))
    assert tuple(e._.entity for e in doc.ents) == expected, convention.name


@pytest.mark.parametrize(
    ("convention", "example"), examples_of((*SPAN_CONVENTIONS, *ACRONYM_CONVENTIONS))
)
def test_span_conventions(rules, convention, example) -> None:
    text, spans, expected = example
    pipes = ("textkit_sentences", "textkit_gazetteer", "textkit_identity", "textkit_linker")
    doc = tagged(rules, text, list(spans), pipes)
    assert tuple((e.text, e._.entity) for e in doc.ents) == expected, convention.name


@pytest.mark.parametrize(
    "text,spans,identity",
    [
        (  # Long Name (ACR), then ACR again, which the NER missed
            "Lembaga Kajian Pangan Nusantara (LKPN) menilai harga naik. Kata LKPN, stok aman.",
            [("Lembaga Kajian Pangan Nusantara", "ORG")],
            "ORG:Lembaga Kajian Pangan Nusantara",
        ),
        (  # ACR (Long Name)
            "Peneliti LKPN (Lembaga Kajian Pangan Nusantara) menilai harga naik.",
            [("LKPN", "ORG"), ("Lembaga Kajian Pangan Nusantara", "ORG")],
            "ORG:Lembaga Kajian Pangan Nusantara",
        ),
        (  # a place, its acronym tagged with another label by the NER
            "Warga Kabupaten Sungai Lebar Hulu (Sulehu) panen. Bupati Sulehu senang.",
            [("Kabupaten Sungai Lebar Hulu", "LOC"), ("Sulehu", "ORG"), ("Sulehu", "ORG")],
            "LOC:Kabupaten Sungai Lebar Hulu",
        ),
    ],
)
def test_acronyms_defined_in_text(rules, text, spans, identity) -> None:
    doc = tagged(rules, text, spans)
    assert {e._.entity for e in doc.ents} == {identity}
    assert len(doc.ents) >= 2


def test_acronym_of_a_listed_name_takes_its_canonical_name(rules) -> None:
    text = "Uni Emirat Arab (UEA) menolak. UEA lalu diam."
    doc = tagged(rules, text, [("Uni Emirat Arab", "LOC")])
    assert [e._.value for e in doc.ents] == ["Uni Emirat Arab"] * 3


def test_abbreviates() -> None:
    assert abbreviates("BPKP", "Badan Pengawas Keuangan dan Pembangunan".split())
    assert abbreviates("Kementan", ["Kementerian", "Pertanian"])
    assert not abbreviates("KPK", ["Kementerian", "Pertanian"])
    assert not abbreviates("Ahok", ["Basuki"])


def test_name_cut_short_before_its_acronym_is_extended(rules) -> None:
    text = "Kepala Badan Pengawas Keuangan dan Pembangunan (BPKP) hadir."
    doc = tagged(rules, text, [("Badan Pengawas Keuangan", "ORG")])
    assert [e.text for e in doc.ents] == ["Badan Pengawas Keuangan dan Pembangunan", "BPKP"]
    assert len({e._.entity for e in doc.ents}) == 1


def test_dateline_and_edges_are_cut_off(rules) -> None:
    text = "JAKARTA, KOMPAS.com - Kemenhan dan Komisi Pemilihan Umum ( KPU ) rapat - Senin."
    doc = tagged(
        rules, text, [("KOMPAS.com - Kemenhan", "ORG"), ("Komisi Pemilihan Umum (", "ORG")]
    )
    assert [(e.text, e._.value) for e in doc.ents] == [
        ("KOMPAS.com", "Kompas.com"),
        ("Kemenhan", "Kementerian Pertahanan"),
        ("Komisi Pemilihan Umum", "Komisi Pemilihan Umum"),
        ("KPU", "Komisi Pemilihan Umum"),
    ]


def test_quick_start_dateline(nlp) -> None:
    doc = textkit.analyze(
        "JAKARTA, KOMPAS.com - Kemenhan menerima Duta Besar Rusia di Jakarta.", nlp=nlp
    )
    orgs = [(e.text, e._.value) for e in doc.ents if e.label_ == "ORG"]
    assert ("Kemenhan", "Kementerian Pertahanan") in orgs
    assert all(" - " not in e.text and not e.text.endswith("(") for e in doc.ents)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Pemprov Jateng dan DPRD Jatim rapat.",
            ["ORG:Pemerintah Provinsi Jawa Tengah", "ORG:DPRD Jawa Timur"],
        ),
        (
            "Pemkot Surabaya bekerja sama dengan Pemerintah Kota Surabaya.",
            ["ORG:Pemerintah Kota Surabaya"] * 2,
        ),
        ("Pemkab Bogor menolak.", ["ORG:Pemerintah Kabupaten Bogor"]),
        (
            "Polres Bogor dan Polda Sulsel berjaga.",
            ["ORG:Polres Kota Bogor", "ORG:Polda Sulawesi Selatan"],
        ),
    ],
)
def test_government_bodies_are_organizations(rules, text, expected) -> None:
    doc = rules(text)
    assert [e._.entity for e in doc.ents if e.label_ in ("ORG", "LOC")] == expected


def test_minister_names_the_ministry(rules) -> None:
    doc = tagged(rules, "Menteri BUMN menolak.", [("BUMN", "ORG")])
    assert doc.ents[0]._.value == "Kementerian Badan Usaha Milik Negara"


@pytest.mark.parametrize("case", [str.upper, str.lower])
def test_all_caps_and_lowercase(rules, case) -> None:
    text = case("Presiden Joko Widodo tiba. Joko tersenyum. Jokowi pergi.")
    full, short, nick = (case(w) for w in ("Joko Widodo", "Joko", "Jokowi"))
    doc = tagged(rules, text, [(full, "PER"), (short, "PER"), (nick, "PER")])
    assert [e._.entity for e in doc.ents] == ["PER:Joko Widodo"] * 3


def test_people_table() -> None:
    listed = people.entries()
    assert len(listed) >= 150
    forms: dict[str, str] = {}
    for name, aliases in listed:
        for form in (name, *aliases):
            k = form.lower()
            assert forms.setdefault(k, name) == name, f"{form} names two people"
    for alias, name in [
        ("Jokowi", "Joko Widodo"),
        ("SBY", "Susilo Bambang Yudhoyono"),
        ("Gus Dur", "Abdurrahman Wahid"),
        ("Ahok", "Basuki Tjahaja Purnama"),
        ("Kang Emil", "Ridwan Kamil"),
        ("Risma", "Tri Rismaharini"),
    ]:
        assert people.lookup(alias) == name
    # Nicknames name a listed person within a document only: never an alias across documents.
    nicknamed = [(name, people.nicknames(name)) for name, _ in listed if people.nicknames(name)]
    assert nicknamed
    for name, nicks in nicknamed:
        assert all(people.lookup(nick) is None for nick in nicks), name


def test_user_alias_file(tmp_path, rules) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(
        "alias,name,label\nPak Kades,Suryo Handoko,PER\nKoperasi Maju,Koperasi Maju Bersama,ORG\n",
        encoding="utf-8",
    )
    nlp = textkit.build(model_dir=None, aliases=path)
    doc = tagged(
        nlp, "Pak Kades dan Koperasi Maju.", [("Pak Kades", "PER"), ("Koperasi Maju", "ORG")]
    )
    assert [e._.entity for e in doc.ents] == ["PER:Suryo Handoko", "ORG:Koperasi Maju Bersama"]
    tsv = tmp_path / "aliases.tsv"
    tsv.write_text("Pak Kades\tSuryo Handoko\tPER\n", encoding="utf-8")
    assert people.read_aliases(tsv) == {
        ("PER", "pakkades"): "Suryo Handoko",
        ("PER", "suryohandoko"): "Suryo Handoko",
    }
    assert textkit.load(model_dir=None, aliases=path) is textkit.load(model_dir=None, aliases=path)


@pytest.mark.parametrize(
    "content,message",
    [
        ("Pak Kades,Suryo Handoko\n", "expected 3 fields"),
        ("Pak Kades,Suryo,TIME\n", "label must be"),
    ],
)
def test_bad_alias_file_is_a_clear_error(tmp_path, content, message) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        textkit.build(model_dir=None, aliases=path)


def test_tables_count_by_identity(rules) -> None:
    docs = [
        tagged(rules, "Rahmat Hidayat (Ucok) datang. Ucok senang.", [("Rahmat Hidayat", "PER")]),
        tagged(rules, "Jokowi ke Bandung.", [("Jokowi", "PER"), ("Bandung", "LOC")]),
    ]
    mentions = mentions_frame(docs)
    assert list(mentions["entity"]) == [
        "PER:Rahmat Hidayat",
        "PER:Rahmat Hidayat",
        "PER:Rahmat Hidayat",
        "PER:Joko Widodo",
        "LOC:Bandung",
    ]
    counts = entity_counts(mentions, label="PER")
    assert list(zip(counts["entity"], counts["mentions"], strict=True)) == [
        ("Rahmat Hidayat", 3),
        ("Joko Widodo", 1),
    ]
    documents = pd.DataFrame({"doc_id": ["0", "1"], "published": ["2020-01-02", "2020-03-04"]})
    table = entities_table(mentions, documents)
    first = table.iloc[0]
    assert first["entity"] == "PER:Rahmat Hidayat" and first["mentions"] == 3
    assert first["aliases"] == ["Ucok", "Rahmat Hidayat"]
    assert str(first["first_published"].date()) == "2020-01-02"


def test_span_entity_is_none_for_dates(nlp) -> None:
    doc = nlp.make_doc("Senin pagi")
    doc.ents = [Span(doc, 0, 2, label="DATE")]
    assert doc.ents[0]._.entity is None


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        ("Prabowo senang.", [("Prabowo", "PER")], ["PER:Prabowo Subianto"]),
        (  # beside a longer name of the article, the short form is that person
            "Edhy Prabowo datang. Prabowo senang.",
            [("Edhy Prabowo", "PER"), ("Prabowo", "PER")],
            ["PER:Edhy Prabowo"] * 2,
        ),
        ("Kata Kang Emil.", [("Kang Emil", "PER")], ["PER:Ridwan Kamil"]),
    ],
)
def test_alias_table_after_the_article(rules, text, spans, expected) -> None:
    assert [e._.entity for e in tagged(rules, text, spans).ents] == expected


def test_a_place_joined_to_its_headed_form_takes_its_code(rules) -> None:
    from textkit import places

    text = "Longsor di Kabupaten Sukabumi dan Kab. Bogor. Warga Sukabumi mengungsi."
    doc = tagged(
        rules, text, [("Kabupaten Sukabumi", "LOC"), ("Bogor", "LOC"), ("Sukabumi", "LOC")]
    )
    regency = places.lookup("Kabupaten Sukabumi")
    assert regency is not None and regency.type == "regency"
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("Kabupaten Sukabumi", regency.code),
        ("Kab. Bogor", places.lookup("Kabupaten Bogor").code),
        ("Sukabumi", regency.code),
    ]
    assert places.lookup("Sukabumi").code != regency.code  # bare, alone: the city


@pytest.mark.parametrize(("cue", "example"), examples_of(TEAM_CUES))
def test_team_cues(rules, cue, example) -> None:
    """Every match-report cue makes the place beside it the team; the words alone do not."""
    text, place, identity = example
    pipes = ("textkit_sentences", "textkit_identity", "textkit_linker")
    doc = tagged(rules, text, [(place, "LOC")], pipes)
    assert [(e.text, e._.entity) for e in doc.ents] == [(place, identity)], cue.name
    plain = tagged(rules, f"Turis dari {place} tiba kemarin.", [(place, "LOC")], pipes)
    assert [e.label_ for e in plain.ents] == ["LOC"], cue.name


def test_a_listed_person_is_not_the_short_form_of_another_listed_person(rules) -> None:
    # `Iriana Jokowi` (the first lady, listed) holds `Jokowi` (the president, listed).
    text = "Iriana Jokowi tiba lebih dulu. Jokowi menyusul ke lokasi."
    doc = tagged(rules, text, [("Iriana Jokowi", "PER"), ("Jokowi", "PER")])
    assert identities(doc) == [
        ("Iriana Jokowi", "PER:Iriana Joko Widodo"),
        ("Jokowi", "PER:Joko Widodo"),
    ]


def test_the_documents_own_full_names_win_over_a_listed_alias(rules) -> None:
    # `Habibie` is listed for the president; here two unlisted people of the text hold it.
    text = "Rendra Habibie dan Sekar Habibie hadir. Habibie tersenyum. Kalla tertawa."
    doc = tagged(
        rules,
        text,
        [("Rendra Habibie", "PER"), ("Sekar Habibie", "PER"), ("Habibie", "PER"), ("Kalla", "PER")],
    )
    assert identities(doc) == [
        ("Rendra Habibie", "PER:Rendra Habibie"),
        ("Sekar Habibie", "PER:Sekar Habibie"),
        ("Habibie", "PER:Habibie"),  # fits both: unresolved, not the listed president
        ("Kalla", "PER:Jusuf Kalla"),  # no full name of the text holds it: the listed alias
    ]
    one = tagged(rules, "Rendra Habibie hadir. Habibie tersenyum.",
                 [("Rendra Habibie", "PER"), ("Habibie", "PER")])  # fmt: skip
    assert identities(one)[1] == ("Habibie", "PER:Rendra Habibie")
    # The document names the listed person in full too: the alias is theirs.
    both = tagged(rules, "BJ Habibie, Rendra Habibie dan Sekar Habibie hadir. Habibie tersenyum.",
                  [("BJ Habibie", "PER"), ("Rendra Habibie", "PER"), ("Sekar Habibie", "PER"),
                   ("Habibie", "PER")])  # fmt: skip
    assert identities(both)[3] == ("Habibie", "PER:Bacharuddin Jusuf Habibie")
