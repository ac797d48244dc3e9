"""One table of outlet names: an article's `source` and the ORG value of the same outlet agree."""

from __future__ import annotations

import json
from pathlib import Path

import outlet_matrix
import pytest
from spacy.lang.id.stop_words import STOP_WORDS

import textkit
from textkit import organizations
from textkit.article import Record, canonical_outlet, parse_article, read_articles
from textkit.article_rules import DATELINE_TABLE
from textkit.components.linker import link
from textkit.lang.gazetteer import read_tsv
from textkit.places import key

OUTLETS = read_tsv("outlets.tsv")


def forms(row: dict[str, str], *fields: str) -> list[str]:
    return [f for field in fields for f in row[field].split("|") if f]


def claimed_by_credits(row: dict[str, str]) -> set[str]:
    """Keys of other outlets' credit forms: in articles they win (`cnn` is CNN Indonesia)."""
    return {key(f) for other in OUTLETS if other is not row for f in forms(other, "credits")}


@pytest.fixture(scope="module")
def rules():
    return textkit.build(model_dir=None)


@pytest.mark.parametrize("row", OUTLETS, ids=lambda row: row["name"])
def test_every_form_of_an_outlet_gives_its_name_both_ways(row) -> None:
    name = row["name"]
    claimed = claimed_by_credits(row)
    for form in forms(row, "name", "acronym", "aliases"):
        org = organizations.lookup(form)
        assert (org.name, org.kind) == (name, "media"), form
        if key(form) not in claimed:
            assert canonical_outlet(form) == name, form
            assert organizations.outlet_name(form.upper()) == name, form
    for form in forms(row, "credits"):
        assert canonical_outlet(form) == name, form


@pytest.mark.parametrize("row", OUTLETS, ids=lambda row: row["name"])
def test_dateline_source_is_the_org_value(rules, row) -> None:
    """`source` of an article opened by `JAKARTA, <outlet> -` and the ORG value the pipeline
    links for the outlet named in a sentence are one string."""
    name = row["name"]
    if key(name) in claimed_by_credits(row):
        pytest.skip(f"{name}: its name is another outlet's credit form")
    text = f"JAKARTA, {name} - Warga menanam pohon di taman kota.\nKegiatan berlanjut."
    article = parse_article(Record("t", "t.txt", {"text": text}))
    assert article.source == link("ORG", name)[0] == name  # the linker: any ORG entity
    doc = rules(f"Kemarin laporan itu dimuat {name} dan dikutip media lain.")
    found = [e._.value for e in doc.ents if e.label_ == "ORG"]
    # `Antara` is also a function word (`between`): the gazetteer leaves it to the NER.
    assert found == ([] if name.lower() in STOP_WORDS else [name])


def test_credit_codes_and_legacy_spellings() -> None:
    assert canonical_outlet("ant") == "Antara"
    assert canonical_outlet("cnn") == "CNN Indonesia"  # a credit code wins in articles
    assert organizations.lookup("CNN").name == "CNN"  # in running text: the US network
    assert canonical_outlet("detik.com") == organizations.lookup("detik.com").name == "detikcom"
    assert canonical_outlet("TEMPO.CO") == organizations.lookup("Tempo.co").name == "Tempo.co"
    assert organizations.lookup("Majalah Tempo").name == "Tempo"
    assert organizations.outlet_name("Portal Entah") is None


# --- every outlet of the dateline table × every damage × every position -------------------------

MATRIX = [
    pytest.param(*c, id=f"{c[0]['outlet']}-{c[1]}-{c[2]}-{c[3]}") for c in outlet_matrix.cells()
]


@pytest.mark.parametrize(("row", "place", "damage", "position"), MATRIX)
def test_dateline_matrix(row, place, damage, position):
    fields, expected = outlet_matrix.cell(row, place, damage, position)
    article = parse_article(Record("t", "t.txt", fields))
    assert outlet_matrix.wrong_fields(article, expected) == []


def test_matrix_covers_every_outlet_damage_and_position():
    assert {r["outlet"] for r, *_ in (p.values for p in MATRIX)} == {
        r["outlet"] for r in outlet_matrix.TABLE
    }
    assert {d for _, _, d, _ in (p.values for p in MATRIX)} == set(outlet_matrix.DAMAGES)
    assert {p for *_, p in (p.values for p in MATRIX)} == set(outlet_matrix.POSITIONS)


def test_table_outlets_are_known_or_regional_sites():
    for row in DATELINE_TABLE:
        name = row["outlet"]
        assert organizations.outlet_name(name) == name or "." in name, name
        if row["form"]:
            assert canonical_outlet(row["form"]) == name, row["form"]


# --- hand-written articles of outlets first met after the table (tests/fixtures/outlets) --------

OUTLET_FIXTURES = Path(__file__).parent / "fixtures" / "outlets"
OUTLET_EXPECTED = json.loads((OUTLET_FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(OUTLET_EXPECTED))
def test_outlet_articles(name):
    (article,) = read_articles(OUTLET_FIXTURES / name)
    data = article.to_dict()
    for key_, value in OUTLET_EXPECTED[name].items():
        assert data[key_] == value, key_
