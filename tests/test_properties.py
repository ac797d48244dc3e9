"""Property tests: for any input the tokenizer and the pipeline keep the text and valid offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from textkit.lang import IndonesianNews
from textkit.normalize import normalize_text

# Characters that exercise the news rules: letters, digits, punctuation, quotes, line breaks.
NEWS_CHARS = "aAbkKnRpsSyz019 .,-/:()%@#\"'“”’—\n\r\t\u00a0"

texts = st.one_of(st.text(), st.text(alphabet=NEWS_CHARS))
short_texts = st.one_of(st.text(max_size=40), st.text(alphabet=NEWS_CHARS, max_size=40))
words = st.text(alphabet=NEWS_CHARS.replace(" ", "").replace("\n", ""), min_size=1, max_size=8)

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def tokenizer():
    return IndonesianNews().tokenizer


def assert_valid(doc: Doc, text: str) -> None:
    """Tokens cover the text exactly: the text as given, after the normalisation every entry
    point applies (`textkit.normalize`: invisible characters dropped, odd spaces plain)."""
    text = normalize_text(text)
    assert doc.text == text
    pos = 0
    for token in doc:
        assert token.idx == pos
        assert text[token.idx : token.idx + len(token)] == token.text
        assert len(token) > 0
        pos += len(token.text_with_ws)
    assert pos == len(text)


@SETTINGS
@given(text=texts)
def test_tokenizer_keeps_text_and_offsets(tokenizer, text):
    assert_valid(tokenizer(text), text)


@SETTINGS
@given(text=texts)
def test_normalisation_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(SETTINGS, max_examples=150)
@given(text=short_texts)
def test_pipeline_keeps_text_offsets_and_sentences(nlp, text):
    doc = nlp(text)
    assert_valid(doc, text)
    if len(doc):
        sents = list(doc.sents)
        assert sents[0].start == 0 and sents[-1].end == len(doc)
        assert all(a.end == b.start for a, b in zip(sents, sents[1:], strict=False))
    for ent in doc.ents:
        assert doc.text[ent.start_char : ent.end_char] == ent.text


@settings(SETTINGS, max_examples=100)
@given(words=st.lists(words, max_size=15), data=st.data())
def test_pipeline_on_pretokenized_docs(nlp, words, data):
    spaces = data.draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    assert [t.text for t in doc] == words
    if words:
        assert sum(len(s) for s in doc.sents) == len(words)
