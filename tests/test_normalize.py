"""One text normalisation for every entry point: invisible characters never change entities."""

from __future__ import annotations

import pytest

import textkit
from textkit.article import analyze_article, parse_article
from textkit.datasets import onto_normalized, span_hash
from textkit.io import Record, read_file
from textkit.normalize import normalize_text, offset_map

# Invisible or look-alike characters a copy from a web page or a word processor leaves inside
# a name, each with the text it must read as.
INVISIBLE = [
    ("Jakarta\u00a0Timur", "Jakarta Timur"),  # no-break space
    ("Jakarta\u202fTimur", "Jakarta Timur"),  # narrow no-break space
    ("Ja\u00adkarta Timur", "Jakarta Timur"),  # soft hyphen
    ("Jakarta\u200b Timur", "Jakarta Timur"),  # zero-width space
    ("Jakarta Timur\u200f", "Jakarta Timur"),  # right-to-left mark
    ("\u2066Jakarta Timur\u2069", "Jakarta Timur"),  # bidi isolates
    ("\ufeffJakarta Timur", "Jakarta Timur"),  # byte-order mark
]


@pytest.mark.parametrize(("written", "clean"), INVISIBLE)
def test_normalize_text_reads_invisible_characters_away(written, clean):
    assert normalize_text(written) == clean
    assert normalize_text(clean) == clean


def _places(doc):
    return [(e.text, e._.entity) for e in doc.ents if e.label_ == "LOC"]


@pytest.mark.parametrize(("written", "clean"), INVISIBLE)
def test_invisible_characters_do_not_change_entities(nlp, written, clean):
    sentence = "Warga {} menanam pohon di taman kota pada Sabtu."
    expected = _places(textkit.analyze(sentence.format(clean), nlp=nlp))
    assert ("Jakarta Timur", "LOC:Jakarta Timur") in expected
    doc = textkit.analyze(sentence.format(written), nlp=nlp)
    assert _places(doc) == expected
    # Offsets index the stored (normalised) text of the Doc.
    for ent in doc.ents:
        assert doc.text[ent.start_char : ent.end_char] == ent.text


def test_nlp_call_normalises_through_the_tokenizer(nlp):
    doc = nlp("Banjir melanda Ja\u00adkarta\u00a0Timur kemarin.")
    assert doc.text == "Banjir melanda Jakarta Timur kemarin."
    assert ("Jakarta Timur", "LOC:Jakarta Timur") in _places(doc)


def test_analyze_article_and_parse_article_normalise(nlp):
    text = "Hujan deras membuat Kampung Me\u00adlayu tergenang, kata warga."
    article = parse_article(Record("banjir", "banjir.txt", {"text": text, "title": "Ban\u00adjir"}))
    assert article.title == "Banjir"
    assert "\u00ad" not in article.body
    doc = analyze_article(article, nlp=nlp)
    assert "Kampung Melayu" in [e.text for e in doc.ents if e.label_ == "LOC"]


def test_text_reader_drops_soft_hyphens(tmp_path):
    path = tmp_path / "berita.txt"
    path.write_text("Hujan deras membuat Kampung Me\u00adlayu tergenang.\n", encoding="utf-8")
    (record,) = read_file(path)
    assert record.fields["text"] == "Hujan deras membuat Kampung Melayu tergenang.\n"


@pytest.mark.parametrize(
    "raw, phrase",
    [
        ("Ja\u00adkarta Timur, Senin pukul 14.30 WIB.", "pukul 14.30 WIB"),
        ("Banjir\r\nmelanda Bo\u200bgor sejak Selasa.", "sejak Selasa"),
        ("Hujan di Jakarta\u00a0Timur kemarin.", "kemarin"),
        ("Rapat \u200fdimulai pagi.", "Rapat"),
    ],
)
def test_offset_map_carries_raw_spans_onto_the_normalised_text(raw, phrase):
    start = raw.index(phrase)
    positions = offset_map(raw)
    assert len(positions) == len(raw) + 1
    assert normalize_text(raw)[positions[start] : positions[start + len(phrase)]] == phrase


def test_standoff_gold_offsets_follow_the_normalisation():
    raw = "Ja\u00adkarta\u200b Timur, Senin (7/3) pukul 05.40."
    span = {"start": raw.index("pukul"), "end": len(raw) - 1, "cue_start": raw.index("Senin")}
    span["hash"] = span_hash(raw[span["start"] : span["end"]])
    record = {"text": raw, "timexes": [span]}
    onto_normalized(record, "timexes")
    text = record["text"]
    assert text == normalize_text(raw)
    assert text[span["start"] : span["end"]] == "pukul 05.40"
    assert text[span["cue_start"] :].startswith("Senin")
