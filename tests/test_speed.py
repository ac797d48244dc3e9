"""Speed settings that must not change results: the default `nlp.pipe` batch size."""

from __future__ import annotations

from textkit.pipeline import BATCH_SIZE

TEXTS = [
    "BANDUNG - Wali Kota Bandung meninjau banjir di Kecamatan Cicendo, Senin (4/1/2021).",
    "Menteri Keuangan Sri Mulyani bertemu pimpinan PT Sinar Jaya Abadi Tbk di Jakarta.",
    "Hujan deras turun sejak pagi. Warga mengungsi ke balai desa.",
]


def _ents(docs):
    return [[(e.start, e.end, e.label_, e._.value) for e in doc.ents] for doc in docs]


def test_load_pipes_small_batches(nlp):
    """A bare `nlp.pipe(texts)` runs batches of BATCH_SIZE, not spaCy's 1,000 Docs."""
    assert nlp.batch_size == BATCH_SIZE <= 64


def test_batch_size_changes_no_result(nlp):
    one_by_one = _ents(nlp.pipe(TEXTS, batch_size=1))
    assert one_by_one == _ents(nlp.pipe(TEXTS))
    assert any(one_by_one)
