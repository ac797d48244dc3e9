"""The generated dateline matrix: every outlet of `datelines.tsv` × every damage × every
position in the header, with what the parser must find. Used by `tests/test_outlets.py` and
`benchmarks/article_structure.py`."""

from __future__ import annotations

from textkit.article_rules import DATELINE_TABLE

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
PLACES = ("Jakarta", "Banda Aceh")
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


def cells() -> list[tuple[dict[str, str], str, str, str]]:
    """Every (outlet row, place, damage, position) the matrix checks."""
    return [
        (row, place, damage, position)
        for row in TABLE
        for place in PLACES
        for damage in DAMAGES
        for position in POSITIONS
        if opening(row, place, damage) is not None
    ]


def cell(row: dict[str, str], place: str, damage: str, position: str) -> tuple[dict, dict]:
    """The record fields of one cell (`text` and metadata) and the Article fields expected."""
    dl = opening(row, place, damage)
    template, fields = POSITIONS[position]
    text = template.format(dl=dl, lead=LEAD, second=SECOND, title=TITLE, summary=SUMMARY)
    seed = position == "seed layout"
    has_place = damage != "no place" and row["layout"] != "outlet"
    expected = {
        "body": f"{LEAD}\n\n{SECOND}" if seed else f"{LEAD}\n{SECOND}",
        "dateline": place if has_place else None,
        # Without an outlet in the text, the source falls back to the agency credited.
        "source": row["outlet"] if row["form"] else ("Anadolu Agency" if seed else None),
        "opening": dl.strip(),
    }
    if seed:
        expected |= {"credit": "Anadolu Agency", "section": "Internasional", "title": TITLE}
        expected["authors"] = ["Rahmat Hidayat"]
    return {"text": text, **fields}, expected


def wrong_fields(article, expected: dict) -> list[str]:
    """The expected fields the article got wrong (`opening`: the dateline removed as is)."""
    data = article.to_dict()
    wrong = [k for k, v in expected.items() if k != "opening" and data[k] != v]
    if ("dateline", expected["opening"]) not in article.boilerplate:
        wrong.append("opening")
    return wrong
