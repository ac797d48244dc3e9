"""The public contract: load(), analyze(), extensions, pre-tokenized input, CLI."""

from __future__ import annotations

import json
import unicodedata

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit.cli import main


def test_load_is_cached_language(nlp):
    assert isinstance(nlp, Language)
    assert textkit.load() is nlp
    assert nlp.lang == "id"


def test_load_with_a_missing_alias_file_fails_at_once(tmp_path):
    with pytest.raises(FileNotFoundError, match="alias file not found"):
        textkit.load(aliases=tmp_path / "no-such-aliases.csv")


def entities(doc: Doc) -> list[tuple]:
    return [(e.text, e.label_, e._.value, e._.timex_type, e.kb_id_) for e in doc.ents]


def test_analyze_sets_published_and_keeps_text(nlp):
    text = "Warga Bandung berkumpul di lapangan pada Senin pagi."
    doc = textkit.analyze(text, published="2020-11-25")
    assert doc.text == text
    assert doc._.published == "2020-11-25"
    assert entities(doc) == [
        ("Bandung", "LOC", "Bandung", None, "32.73"),
        ("Senin pagi", "TIME", "2020-11-23TMO", "TIME", ""),
    ]


def test_common_noun_alun_alun_is_no_place(nlp):
    # The NER tags `alun-alun` (town square) LOC; a span all in lower case in a text with
    # capitals that the tables do not know is no name (SPAN_CONVENTIONS "no names", #21).
    doc = textkit.analyze("Warga Bandung berkumpul di alun-alun pada Senin pagi.", nlp=nlp)
    assert [e.text for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")] == ["Bandung"]


def test_temporal_component_in_a_doc(nlp):
    """Labels, TIMEX3 types and values of the whole component, anchored at `published`."""
    doc = textkit.analyze(
        "Kemarin Wali Kota Sukamaju tiba di Bandung. Ia pulang besok. Pada Senin (23/11/2020) "
        "pukul 14.30 WIB rapat digelar. Kerja sama itu berjalan 27 tahun dan rapat digelar "
        "setiap hari. Pekan lalu hujan turun.",
        published="2020-11-25",  # a Wednesday
        nlp=nlp,
    )
    assert [e[:4] for e in entities(doc) if e[1] in ("DATE", "TIME")] == [
        ("Kemarin", "DATE", "2020-11-24", "DATE"),
        ("besok", "DATE", "2020-11-26", "DATE"),
        ("Senin (23/11/2020) pukul 14.30 WIB", "TIME", "2020-11-23T14:30", "TIME"),
        ("27 tahun", "DATE", "P27Y", "DURATION"),
        ("setiap hari", "DATE", "P1D", "SET"),
        ("Pekan lalu", "DATE", "2020-W47", "DATE"),
    ]
    undated = textkit.analyze("Kemarin hujan. Pada Senin rapat digelar.", nlp=nlp)
    assert [e._.value for e in undated.ents] == ["XXXX-XX-XX", "XXXX-WXX-1"]


def test_linker_gives_places_their_codes(nlp):
    doc = textkit.analyze(
        "Delegasi dari Rusia, Jepang dan Kalifornia tiba di Jawa Barat, lalu terbang ke "
        "Surabaya dan Moskwa.",
        nlp=nlp,
    )
    assert [(e.text, e._.value, e.kb_id_) for e in doc.ents] == [
        ("Rusia", "Rusia", "RU"),
        ("Jepang", "Jepang", "JP"),
        ("Kalifornia", "California", "US-CA"),
        ("Jawa Barat", "Jawa Barat", "32"),
        ("Surabaya", "Surabaya", "35.78"),
        ("Moskwa", "Moskwa", "geonames:524901"),
    ]
    assert {e.label_ for e in doc.ents} == {"LOC"}


def test_reader_normalizes_decomposed_text_to_nfc(tmp_path, nlp):
    composed = "Warga Bandung menonton film Kafé Senja di Jakarta pada Senin."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed  # `é` as `e` + combining acute accent
    (tmp_path / "film.txt").write_text(f"Film Kafé Senja\n\n{decomposed}", encoding="utf-8")
    (article,) = textkit.read_articles(tmp_path)
    assert article.title == "Film Kafé Senja"
    assert article.body == composed
    doc = textkit.analyze_article(article, nlp=nlp)
    assert "Kafé" in [t.text for t in doc]
    assert ("Bandung", "LOC") in [(e.text, e.label_) for e in doc.ents]


def test_every_component_declares_what_it_assigns(nlp):
    for name in nlp.pipe_names:
        assert nlp.get_pipe_meta(name).assigns, name


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


# Gates just under the figures measured on the shared dev splits (see docs/testing.md):
# `python benchmarks/ner_eval.py` (full pipeline, micro F1 of PER/ORG/LOC), 2026-11-28.
NER_DEV_GATES = {"idner-news-2k": 79.1, "nerui": 89.0, "nerugm": 72.3, "nergrit": 76.1}


@pytest.mark.parametrize(("dataset", "gate"), NER_DEV_GATES.items())
def test_ner_dev_scores(shared_data, nlp, load_benchmark, dataset, gate):
    from textkit.datasets import read_conll

    ner_eval = load_benchmark("ner_eval")
    sentences = read_conll(shared_data / "ner" / dataset / "dev.conll")
    assert ner_eval.evaluate(nlp, sentences, ner_eval.SCORED[dataset])["micro"][2] >= gate
