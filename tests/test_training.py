"""NER training code (tiny CI-sized run) and the shipped NER model."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

import textkit
from textkit.datasets import news_paragraphs
from textkit.lang import IndonesianNews
from textkit.pipeline import MODEL_DIR
from textkit.training import ner
from textkit.training.vectors import train_vectors

FIXTURE = Path(__file__).parent / "fixtures" / "ner_tiny.conll"


def test_spans_read_iob2():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]
    assert list(ner.spans(tags)) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_harmonize_maps_foreign_labels():
    words = ["Kantor", "Gubernur", "buka", "Senin", "kopi", "Kapal", "Api"]
    tags = ["B-LOC", "I-LOC", "O", "B-TIME", "B-FNB", "B-IND", "I-IND"]
    # NER UGM office LOC and NERP-style IND are unsure (None); TIME and FNB are not entities.
    assert ner.harmonize("nerugm", words, tags, set()) == [None, None, "O", "O", "O", None, None]
    nerp = ner.harmonize(
        "nerp", ["bank", "sentral", "di", "medan"], ["O", "O", "O", "B-LOC"], {"bank"}
    )
    assert nerp == [None, "O", "O", "B-LOC"]
    with pytest.raises(ValueError, match="unknown label"):
        ner.harmonize("x", ["a"], ["B-FOO"], set())


def test_weights_repeat_or_sample_sentences():
    keys = [f"kalimat{i}" for i in range(2000)]
    assert {ner.copies(k, 2.0) for k in keys} == {2}
    assert {ner.copies(k, 0.0) for k in keys} == {0}
    share = sum(ner.copies(k, 0.3) for k in keys) / len(keys)
    assert 0.25 < share < 0.35
    assert [ner.copies(k, 1.5) for k in keys] == [ner.copies(k, 1.5) for k in keys]
    assert ner.parse_weight("mdee=0.5") == ("mdee", 0.5)
    with pytest.raises(argparse.ArgumentTypeError):
        ner.parse_weight("wikipedia=2")


def test_sentence_key_ignores_case_and_spacing():
    assert ner.sentence_key(["Di", "Medan", "."]) == ner.sentence_key(["di", "medan."])


def test_case_augmenter_keeps_tokens_and_missing_tags():
    nlp = IndonesianNews()
    ref = Doc(nlp.vocab, words=["Rina", "ke", "Bogor"], ents=["B-PER", None, "B-LOC"])
    eg = ner.case_variant(nlp, ner.Example(ref.copy(), ref), str.upper)
    assert [t.text for t in eg.reference] == ["RINA", "KE", "BOGOR"]
    assert [t.ent_iob_ for t in eg.reference] == ["B", "", "B"]
    assert [e.label_ for e in eg.reference.ents] == ["PER", "LOC"]


def test_training_command_runs_on_tiny_fixture(tmp_path):
    out = tmp_path / "model"
    code = ner.main(
        ["--train", str(FIXTURE), "--max-steps", "5", "--vectors", "none", "--output", str(out)]
    )
    assert code == 0
    assert not ner.load_config(out / "config.cfg")["paths"]["train"]
    nlp = textkit.build(out)
    assert {"tok2vec", "ner"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    doc = nlp(Doc(nlp.vocab, words=["Budi", "Santoso", "tiba", "di", "Bogor", "."]))
    assert len(doc) == 6 and all(
        e.label_ in {"PER", "ORG", "LOC", "DATE", "TIME"} for e in doc.ents
    )


def test_retraining_keeps_the_model_card(tmp_path):
    out = tmp_path / "model"
    out.mkdir()
    (out / "MODEL_CARD.md").write_text("# card\n", encoding="utf-8")
    (out / "stale.bin").write_bytes(b"old")
    args = ["--train", str(FIXTURE), "--max-steps", "2", "--vectors", "none", "--output", str(out)]
    assert ner.main(args) == 0
    assert (out / "MODEL_CARD.md").read_text(encoding="utf-8") == "# card\n"
    assert not (out / "stale.bin").exists() and (out / "config.cfg").exists()


def test_training_command_pretrains_the_tok2vec_first(tmp_path):
    raw = tmp_path / "raw.jsonl"
    lines = ["Warga Desa Sukamaju membersihkan saluran air sebelum musim hujan tiba."] * 20
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in lines), encoding="utf-8")
    work, out = tmp_path / "work", tmp_path / "model"
    args = ["--train", str(FIXTURE), "--max-steps", "3", "--vectors", "none", "--output", str(out)]
    pretrain = ["--raw-text", str(raw), "--pretrain-epochs", "1", "--work", str(work)]
    assert ner.main([*args, *pretrain]) == 0
    assert (work / "pretrain" / "model-last.bin").stat().st_size > 100_000
    plain = tmp_path / "plain"
    assert ner.main([*args[:-1], str(plain)]) == 0
    # Same seed and steps: only the pretrained start makes the tok2vec weights differ.
    tok2vecs = [textkit.build(p).get_pipe("tok2vec").model.to_bytes() for p in (out, plain)]
    assert tok2vecs[0] != tok2vecs[1]


def test_news_paragraphs_keep_titles_and_drop_blank_lines():
    article = {"title": "Jembatan Baru Dibuka", "text": "Paragraf satu.\n\n  \nParagraf dua. "}
    assert list(news_paragraphs([article])) == [
        "Jembatan Baru Dibuka",
        "Paragraf satu.",
        "Paragraf dua.",
    ]


def test_training_command_rejects_missing_or_empty_data(tmp_path, capsys):
    out = str(tmp_path / "model")
    assert ner.main(["--train", str(tmp_path / "absent.conll"), "--output", out]) == 2
    (tmp_path / "empty.conll").write_text("\n\n", encoding="utf-8")
    assert ner.main(["--train", str(tmp_path / "empty.conll"), "--output", out]) == 2
    assert "no sentences" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()


def test_floret_vectors_train_on_tiny_text(tmp_path):
    nlp = IndonesianNews()
    docs = [Doc(nlp.vocab, words=w) for w, _ in ner.read_conll(FIXTURE)] * 5
    path = train_vectors(None, tmp_path, docs, bucket=500, dim=8, epoch=1, minCount=1)
    vectors_nlp = IndonesianNews().from_disk(path)
    assert vectors_nlp.vocab.vectors.shape == (500, 8)
    assert vectors_nlp.vocab["BOGOR"].has_vector  # floret: subwords give every word a vector


def test_shipped_model_is_small_and_loads(nlp):
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 40 * 1024 * 1024
    assert {"tok2vec", "ner"} <= set(nlp.pipe_names)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gubernur Rina Hartati meninjau banjir di Kabupaten Bandung bersama petugas BNPB .",
            {("Rina Hartati", "PER"), ("BNPB", "ORG")},
        ),
        (
            "Menteri Keuangan Sri Mulyani berbicara di Jakarta , Senin .",
            {("Sri Mulyani", "PER"), ("Jakarta", "LOC")},
        ),
    ],
)
def test_shipped_model_finds_obvious_entities(text, expected):
    nlp = textkit.build(MODEL_DIR)
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        doc = nlp(Doc(nlp.vocab, words=text.split()))
    assert expected <= {(e.text, e.label_) for e in doc.ents}


def test_cldr_names_file_is_what_babel_gives(tmp_path):
    """The checked-in CLDR names are babel's; after a babel upgrade that changes one, rerun
    `python -m textkit.training cldr` and commit the diff."""
    from textkit.lang.temporal import CLDR_PATH
    from textkit.training import cldr

    out = tmp_path / "cldr_id.json"
    assert cldr.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == CLDR_PATH.read_text(encoding="utf-8")
    names = json.loads(out.read_text(encoding="utf-8"))
    assert names["months"]["wide"]["3"] == "Maret"
    assert names["days"]["wide"]["0"] == "Senin"
