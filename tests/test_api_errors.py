"""Hard edges of the Python API: long texts, a missing model, misuse, moved corpora."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import textkit
from textkit import batch, frames, plot
from textkit.article import Article, analyze_articles
from textkit.pipeline import ModelNotFound
from textkit.segments import pipe_texts

PATTERNS = [
    {"label": "PER", "pattern": "Rina Kusuma"},
    {"label": "LOC", "pattern": "Kota Sukamaju"},
]
PARAGRAPH = "Rina Kusuma meninjau pasar di Kota Sukamaju pada hari ini."


@pytest.fixture(scope="module")
def small_nlp() -> Language:
    """The rule pipeline plus a ruler for two invented names, limited to 2,000 characters."""
    nlp = textkit.build(model_dir=None)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None})
    ruler.add_patterns(PATTERNS)
    nlp.max_length = 2_000
    return nlp


def long_text(paragraphs: int = 100) -> str:
    return "\n".join(f"{i}. {PARAGRAPH}" for i in range(paragraphs)) + "\n"


def test_analyze_splits_a_text_longer_than_the_pipeline_allows(small_nlp):
    text = long_text()
    assert len(text) > 3 * small_nlp.max_length
    doc = textkit.analyze(text, published="2020-11-25", nlp=small_nlp)
    assert doc.text == text
    assert doc._.published == "2020-11-25"
    people = [e for e in doc.ents if e.label_ == "PER"]
    assert len(people) == 100
    assert all(text[e.start_char : e.end_char] == "Rina Kusuma" for e in people)
    assert len(list(doc.sents)) >= 100
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    assert dates and all(e._.value == "2020-11-25" for e in dates)  # "hari ini" per piece


def test_analyze_articles_splits_long_bodies(small_nlp):
    long = Article(doc_id="long", path="long.txt", body=long_text().strip())
    short = Article(doc_id="short", path="short.txt", body=PARAGRAPH)
    docs = dict((a.doc_id, doc) for a, doc in analyze_articles([long, short], small_nlp))
    assert docs["long"].text == long.body and docs["short"].text == short.body
    assert sum(e.label_ == "PER" for e in docs["long"].ents) == 100


def test_pipe_texts_max_length_minimum(small_nlp):
    with pytest.raises(ValueError, match="at least 1,000"):
        list(pipe_texts(small_nlp, [(PARAGRAPH, {})], max_length=1))
    with pytest.raises(ValueError, match="at least 1,000"):
        batch.run(Path("."), Path("unused"), max_length=-5)


def test_missing_model_is_an_error():
    textkit.load.cache_clear()
    with pytest.raises(ModelNotFound, match="no textkit model at /no/such/dir"):
        textkit.load("/no/such/dir")
    with pytest.raises(FileNotFoundError):
        textkit.build(Path("/no/such/dir"))


def test_workers_are_checked():
    with pytest.raises(ValueError, match="-1 for all cores"):
        batch.run(Path("."), Path("unused"), workers=0)
    assert batch.job.resolve_workers(-1) == batch.job.available_cores()


def test_misuse_gets_a_type_error_saying_what_was_expected(small_nlp, tmp_path):
    with pytest.raises(TypeError, match="as a str.*read the file first"):
        textkit.analyze(tmp_path / "berita.txt", nlp=small_nlp)
    with pytest.raises(TypeError, match="mentions table"):
        frames.entity_counts("out")
    doc = textkit.analyze(PARAGRAPH, nlp=small_nlp)
    mentions = frames.mentions_frame([doc], ["a"])
    documents = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2020-11-25")]})
    with pytest.raises(TypeError, match="entity_counts"):
        plot.top_entities(mentions)
    with pytest.raises(TypeError, match="mentions table"):
        frames.timeline(documents, mentions)


def test_labels_any_case_and_unknown_ones_named(small_nlp):
    doc = textkit.analyze(PARAGRAPH, nlp=small_nlp)
    mentions = frames.mentions_frame([doc], ["a"])
    upper = frames.entity_counts(mentions, label="PER")
    pd.testing.assert_frame_equal(frames.entity_counts(mentions, label="per"), upper)
    assert upper.entity.tolist() == ["Rina Kusuma"]
    with pytest.raises(ValueError, match="PER, ORG, LOC, DATE, TIME"):
        frames.entity_counts(mentions, label="FOO")


def test_rerun_after_moving_the_corpus_updates_path(small_nlp, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(PARAGRAPH + "\n", encoding="utf-8")
    out = tmp_path / "out"
    batch.run(corpus, out, nlp=small_nlp, progress=False)
    moved = shutil.move(corpus, tmp_path / "arsip")
    again = batch.run(moved, out, nlp=small_nlp, progress=False)
    assert again.analysed == 0 and again.unchanged == 1 and again.moved == 1
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs.path.tolist() == [str(Path(moved) / "a.txt")]
    assert Path(docs.path.item()).exists()
