"""Corpus identities in the batch's statements table: `speaker_entity` and `affiliation_entity`
are rewritten with the corpus identities wherever the mentions' `entity` is, the article's
identities kept in `speaker_doc_entity` and `affiliation_doc_entity`. Texts are invented."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pytest

from textkit import batch
from textkit.batch.store import resolve_speakers
from textkit.frames import entities_table, quote_counts, read_quotes, read_results
from textkit.tables import QUOTES_SCHEMA

# One person, named in full in one article and by a short name in another that shares a rare
# name with it (the bank); a third article about someone else.
ARTICLES = [
    {
        "id": "b1", "date": "2024-05-06",
        "text": "SERUNI - Direktur Bank Tirta Makmur, Dimas Prasetyo, membuka pasar tani di Desa "
        "Kali Jernih. Dimas Prasetyo mengatakan pasar itu buka setiap Minggu.",
    },
    {
        "id": "b2", "date": "2024-05-07",
        "text": "Bank Tirta Makmur membuka gudang di Desa Kali Jernih pada Selasa. Gudang itu "
        "menampung dua ton gabah, kata Prasetyo.",
    },
    {
        "id": "b3", "date": "2024-05-08",
        "text": "Wulan Anggraini memimpin lomba perahu di Danau Sembilan. Anggraini mengatakan "
        "lomba itu diikuti dua puluh regu.",
    },
]  # fmt: skip
TABLES = ("documents", "mentions", "quotes", "entities")
SORT = {"documents": ["doc_id"], "mentions": ["doc_id", "section", "start_char"],
        "quotes": ["doc_id", "start_char"], "entities": ["entity"]}  # fmt: skip


def write_jsonl(path, articles) -> None:
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")


def table(out, name: str) -> pd.DataFrame:
    frame = pd.read_parquet(out / f"{name}.parquet").drop(columns=["path"], errors="ignore")
    return frame.sort_values(SORT[name], ignore_index=True)


@pytest.fixture(scope="module")
def runs(tmp_path_factory, nlp):
    """The corpus in one fresh run, and in two: the short name's article first (nothing to
    join it to), the full name's added (the first article is not analysed again)."""
    root = tmp_path_factory.mktemp("speakers")
    folder, fresh, step = root / "in", root / "fresh", root / "step"
    folder.mkdir()
    write_jsonl(folder / "part1.jsonl", ARTICLES[1:])
    first = batch.run(folder, step, nlp=nlp, progress=False)
    before = read_quotes(step)
    write_jsonl(folder / "part2.jsonl", ARTICLES[:1])
    second = batch.run(folder, step, nlp=nlp, progress=False)
    batch.run(folder, fresh, nlp=nlp, progress=False)
    assert (first.analysed, second.analysed, second.unchanged) == (2, 1, 2)
    return fresh, step, before


def test_a_speaker_named_short_and_in_full_is_one_row_of_quote_counts(runs) -> None:
    fresh, _, _ = runs
    quotes = read_quotes(fresh)
    short = quotes[quotes.doc_id == "b2"].iloc[0]
    assert short.speaker_text == "Prasetyo"
    assert short.speaker_doc_entity == "PER:Prasetyo"
    assert short.speaker_entity == "PER:Dimas Prasetyo"
    counts = quote_counts(quotes, read_results(fresh)[1]).set_index("entity")
    assert "PER:Prasetyo" not in counts.index
    assert counts.loc["PER:Dimas Prasetyo", ["statements", "documents"]].tolist() == [2, 2]
    entities = pd.read_parquet(fresh / "entities.parquet").set_index("entity")
    assert entities.loc["PER:Dimas Prasetyo", "quotes"] == 2


def test_speakers_take_the_identity_of_their_mention(runs) -> None:
    fresh, _, _ = runs
    mentions = read_results(fresh)[1]
    keys = zip(mentions.doc_id, mentions.doc_entity, strict=True)
    corpus = dict(zip(keys, mentions.entity, strict=True))
    quotes = read_quotes(fresh)
    for role in ("speaker", "affiliation"):
        named = quotes[quotes[f"{role}_doc_entity"].notna()]
        found = zip(named.doc_id, named[f"{role}_doc_entity"], strict=True)
        assert named[f"{role}_entity"].tolist() == [corpus[key] for key in found]
    assert quotes.affiliation_entity.notna().any()  # the director's bank


def test_an_incremental_run_rewrites_earlier_statements_as_a_fresh_run(runs) -> None:
    fresh, step, before = runs
    # Alone, the short name had no full name to join; the rerun did not analyse it again.
    assert before.set_index("doc_id").loc["b2", "speaker_entity"] == "PER:Prasetyo"
    for name in TABLES:
        pd.testing.assert_frame_equal(table(step, name), table(fresh, name))


def test_the_entity_table_in_memory_counts_statements_of_resolved_speakers(runs) -> None:
    fresh, _, _ = runs
    documents, mentions = read_results(fresh)
    table_ = entities_table(mentions, documents, read_quotes(fresh)).set_index("entity")
    written = pd.read_parquet(fresh / "entities.parquet").set_index("entity")
    assert table_["quotes"].to_dict() == written["quotes"].to_dict()


def test_resolve_speakers_maps_each_role_and_keeps_unknown_speakers_empty() -> None:
    rows = [
        {"doc_id": "d1", "speaker_doc_entity": "PER:Sari", "affiliation_doc_entity": "ORG:BTM"},
        {"doc_id": "d2", "speaker_doc_entity": None, "affiliation_doc_entity": None},
    ]
    quotes = pa.Table.from_pylist(rows, schema=QUOTES_SCHEMA)
    corpus = {("d1", "PER:Sari"): "PER:Sari Lestiani", ("d1", "ORG:BTM"): "ORG:Bank Tirta Makmur"}
    resolved = resolve_speakers(quotes, lambda d, e: corpus.get((d, e), e)).to_pylist()
    assert [(r["speaker_entity"], r["affiliation_entity"]) for r in resolved] == [
        ("PER:Sari Lestiani", "ORG:Bank Tirta Makmur"),
        (None, None),
    ]
    assert resolved[0]["speaker_doc_entity"] == "PER:Sari"
