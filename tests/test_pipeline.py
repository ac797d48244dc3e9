"""The public contract: load(), analyze(), extensions, pre-tokenized input, CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit.cli import main
from textkit.pipeline import normalize_published


def test_load_is_cached_language(nlp):
    assert isinstance(nlp, Language)
    assert textkit.load() is nlp
    assert nlp.lang == "id"


def test_analyze_sets_published_and_keeps_text(nlp):
    text = "Warga Bandung berkumpul di alun-alun pada Senin pagi."
    doc = textkit.analyze(text, published="2020-11-25")
    assert doc.text == text
    assert doc._.published == "2020-11-25"
    for ent in doc.ents:
        assert ent.label_
        assert ent._.timex_type in (None, "DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize(
    "value, expected",
    [
        (dt.date(2020, 11, 25), "2020-11-25"),
        (dt.datetime(2020, 11, 25, 14, 30), "2020-11-25T14:30"),
        ("2020-11-25", "2020-11-25"),
        ("2020-11-25T14:30:00+07:00", "2020-11-25T14:30"),
        (None, None),
    ],
)
def test_normalize_published(value, expected):
    assert normalize_published(value) == expected


def test_normalize_published_rejects_garbage():
    with pytest.raises(ValueError, match="ISO 8601"):
        normalize_published("kemarin sore")


def test_pretokenized_doc(nlp):
    words = ["Gubernur", "Jawa", "Barat", "hadir", "di", "Bandung", "."]
    doc = nlp(Doc(nlp.vocab, words=words))
    assert [t.text for t in doc] == words
    assert len(list(doc.sents)) == 1


def test_cli_analyze_jsonl(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Hujan turun di Bogor. Jalan utama tergenang.", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "jsonl", "--published", "2021-01-05"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"] == "2021-01-05"
    assert [s["text"] for s in record["sentences"]] == [
        "Hujan turun di Bogor.",
        "Jalan utama tergenang.",
    ]


def test_cli_missing_file_is_clear_error(capsys):
    assert main(["analyze", "/nonexistent/file.txt"]) == 2
    assert "error" in capsys.readouterr().err


def test_cli_analyze_reads_legacy_encoding(tmp_path, capsys):
    path = tmp_path / "lama.txt"
    path.write_bytes("Café milik warga Depok ramai\xa0dikunjungi.".encode("cp1252"))
    assert main(["analyze", str(path), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["sentences"][0]["text"] == "Café milik warga Depok ramai dikunjungi."


def test_cli_analyze_empty_file_is_clear_error(tmp_path, capsys):
    path = tmp_path / "kosong.txt"
    path.write_bytes(b"")
    assert main(["analyze", str(path)]) == 2
    assert "empty" in capsys.readouterr().err
