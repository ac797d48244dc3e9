"""`textkit article` and `textkit entities` on the test articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from textkit.article import read_articles
from textkit.cli import main
from textkit.cli.article import parse_field_map
from textkit.cli.entities import TABLE_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_article_prints_one_json_object_per_article(capsys):
    assert main(["article", str(FIXTURES / "serambinews.txt")]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    data = json.loads(line)
    assert data["doc_id"] == "serambinews.txt"
    assert data["dateline"] == "Kalbajar" and data["credit"] == "Anadolu Agency"
    assert data["published"] == "2020-11-25T16:05:00"
    assert ["credit", "Sumber: Anadolu Agency"] in data["boilerplate"]


def test_article_folder_with_a_bad_file(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("KOMPAS.com - Hujan turun sejak pagi di Bogor.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    assert main(["article", str(tmp_path), "--indent", "1"]) == 1
    captured = capsys.readouterr()
    assert "b.txt: empty file" in captured.err
    decoder = json.JSONDecoder()
    text, objects = captured.out.strip(), []
    while text:
        obj, end = decoder.raw_decode(text)
        objects.append(obj)
        text = text[end:].strip()
    assert [o["doc_id"] for o in objects] == ["a.txt", "b.txt"]
    assert objects[0]["body"] == "Hujan turun sejak pagi di Bogor."


def test_article_field_map(tmp_path, capsys):
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"naskah": "Jakarta (ANTARA) - Harga beras stabil.", "waktu": "2020-11-25"})
        + "\n",
        "utf-8",
    )
    assert main(["article", str(tmp_path), "--field-map", "text=naskah,date=waktu"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2020-11-25" and data["body"] == "Harga beras stabil."
    with pytest.raises(ValueError):
        parse_field_map("text")


def test_field_map_keeps_the_usual_names_for_other_files(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text(json.dumps({"naskah": "Hujan turun di Bogor."}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Angin kencang di Depok."}) + "\n")
    assert main(["article", str(tmp_path), "--field-map", "text=naskah"]) == 0
    out = capsys.readouterr().out
    assert "Hujan turun di Bogor." in out and "Angin kencang di Depok." in out


def test_entities_jsonl_offsets_point_into_the_body(capsys):
    assert main(["entities", str(FIXTURES), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    bodies = {a.doc_id: a.body for a in read_articles(FIXTURES)}
    assert rows and {r["doc_id"] for r in rows} <= set(bodies)
    for row in rows:
        assert bodies[row["doc_id"]][row["start_char"] : row["end_char"]] == row["text"]
    assert not any("Baca juga" in r["text"] or r["text"] == "Tag" for r in rows)
    kemarin = [r for r in rows if r["doc_id"] == "kompas-video.txt" and r["text"] == "kemarin"]
    assert kemarin and kemarin[0]["value"] == "2020-11-24"


def test_entities_csv_and_table(capsys):
    path = str(FIXTURES / "kompas-video.txt")
    assert main(["entities", path, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and rows[0]["doc_id"] == "kompas-video.txt"
    assert main(["entities", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == list(TABLE_COLUMNS)
    assert len(lines) == len(rows) + 1
