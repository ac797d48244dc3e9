"""One table of outlet names: an article's `source` and the ORG value of the same outlet agree."""

from __future__ import annotations

import json
from pathlib import Path

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

TABLE = [row for row in DATELINE_TABLE if row["layout"]]
LEAD = "Warga Desa Sukamaju menanam seribu pohon di lereng bukit pada Minggu pagi."
SECOND = "Kepala desa mengatakan bibit berasal dari dinas kehutanan."
TITLE = "Warga Sukamaju Tanam Seribu Pohon"
SUMMARY = "Bibit pohon itu berasal dari dinas kehutanan setempat."
TEMPLATES = {
    "place-outlet": "{place}{comma}{outlet} {dash} ",
    "outlet-place": "{outlet}{comma}{place} {dash} ",
    "place-paren": "{place}{paren}({outlet}) {dash} ",
    "outlet-dash-place": "{outlet} {dash} {place}. ",
    "outlet": "{outlet} {dash} ",
    "place": "{place} {dash} ",
    "place-colon": "{place}{dash} ",
}


def opening(row: dict[str, str], place: str, damage: str) -> str | None:
    """The dateline of `row` for `place` with one kind of damage; None where that damage would
    leave nothing that marks a dateline (a place alone without its dash, say)."""
    layout, outlet, dash = row["layout"], row["form"], row["dash"]
    place = place.upper() if row["place"] == "upper" else place
    parts = {"outlet": outlet, "place": place, "dash": dash, "comma": ", ", "paren": " "}
    has_comma = "{comma}" in TEMPLATES[layout] or layout == "place-paren"
    if damage == "no dash":
        if not outlet or layout == "outlet-dash-place":
            return None
        parts["dash"] = ""
    elif damage in DASHES:
        if layout == "place-colon":
            return None
        parts["dash"] = DASHES[damage]
    elif damage == "no space":
        if not has_comma:
            return None
        parts["comma"], parts["paren"] = ",", ""
    elif damage == "extra space":
        if "." not in outlet and not has_comma:
            return None
        parts["outlet"] = outlet.replace(".", ". ", 1)
        parts["comma"] = " , "
    elif damage in ("outlet upper", "outlet lower"):
        if not outlet:
            return None
        parts["outlet"] = outlet.upper() if damage == "outlet upper" else outlet.lower()
    elif damage == "all upper":
        if not outlet:
            return None
        return opening(row, place, "clean").upper()
    elif damage == "no place":
        if not outlet or layout == "outlet":
            return None
        layout = "outlet"
    return " ".join(TEMPLATES[layout].format(**parts).split()) + " "


DASHES = {"en dash": "\u2013", "em dash": "\u2014", "mojibake en": "â€“", "mojibake em": "â€”"}
DAMAGES = ("clean", "no dash", *DASHES, "no space", "extra space", "outlet upper", "outlet lower")
DAMAGES += ("all upper", "no place")
# Where the dateline stands: the text around it and the record's own fields.
POSITIONS = {
    "first line": ("{dl}{lead}\n{second}", {}),
    "after section": ("Nasional\n{dl}{lead}\n{second}", {}),
    "after title": ("{title}\n\n{dl}{lead}\n{second}", {}),
    "after repeated title": ("{title}\n{dl}{lead}\n{second}", {"title": TITLE}),
    "after date": ("{title}\nRabu, 25 November 2020 14:30 WIB\n\n{dl}{lead}\n{second}", {}),
    "after byline": (
        "{title}\nPenulis: Rina Susanti | Editor: Bambang Wijaya\n{dl}{lead}\n{second}",
        {},
    ),
    "after summary": ("{title}\n{summary}\n{dl}{lead}\n{second}", {}),
    "seed layout": (
        "Internasional\n{title}\n{summary}\nLaporan Rahmat Hidayat | Kalbajar\n"
        "{dl}{lead}\n\n{second}\n\nSumber: Anadolu Agency",
        {},
    ),
}
MATRIX = [
    pytest.param(row, place, damage, position, id=f"{row['outlet']}-{place}-{damage}-{position}")
    for row in TABLE
    for place in ("Jakarta", "Banda Aceh")
    for damage in DAMAGES
    for position in POSITIONS
    if opening(row, place, damage) is not None
]


@pytest.mark.parametrize(("row", "place", "damage", "position"), MATRIX)
def test_dateline_matrix(row, place, damage, position):
    dl = opening(row, place, damage)
    template, fields = POSITIONS[position]
    text = template.format(dl=dl, lead=LEAD, second=SECOND, title=TITLE, summary=SUMMARY)
    article = parse_article(Record("t", "t.txt", {"text": text, **fields}))
    seed = position == "seed layout"
    has_place = damage != "no place" and row["layout"] != "outlet"
    # Without an outlet in the text, the source falls back to the agency credited.
    source = row["outlet"] if row["form"] else ("Anadolu Agency" if seed else None)
    assert article.body == (f"{LEAD}\n\n{SECOND}" if seed else f"{LEAD}\n{SECOND}")
    assert article.dateline == (place if has_place else None)
    assert article.source == source
    assert ("dateline", dl.strip()) in article.boilerplate
    if seed:
        assert article.credit == "Anadolu Agency" and article.section == "Internasional"
        assert article.authors == ["Rahmat Hidayat"] and article.title == TITLE


def test_matrix_covers_every_outlet_damage_and_position():
    assert {r["outlet"] for r, *_ in (p.values for p in MATRIX)} == {r["outlet"] for r in TABLE}
    assert {d for _, _, d, _ in (p.values for p in MATRIX)} == set(DAMAGES)
    assert {p for *_, p in (p.values for p in MATRIX)} == set(POSITIONS)


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
