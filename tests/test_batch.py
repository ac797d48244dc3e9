"""Batch processing: tables, resumability, crash safety, long documents, engines, CLI."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit import batch
from textkit.batch import engines, job
from textkit.batch.store import DOCUMENTS_SCHEMA, MENTIONS_SCHEMA, OutputLocked, Store
from textkit.cli import main

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

# Invented text; the entity ruler below knows its names, so mentions do not depend on NER.
ARTICLES = {
    "satu.txt": (
        "SUKAMAJU - Wali kota Rina Kusuma meresmikan pasar baru di Kota Sukamaju.\n"
        "Pasar itu dibangun oleh Koperasi Tani Makmur selama dua tahun.\n"
    ),
    "dua.txt": "Budi Hartono membuka lomba perahu di Danau Biru pada Sabtu pagi.\n",
    "sub/tiga.md": "Koperasi Tani Makmur menjual beras ke Kota Sukamaju.\n",
}
JSONL = [
    {"id": "a1", "title": "Panen", "date": "2020-03-02", "text": "Rina Kusuma ikut panen."},
    {"id": "a2", "title": "Lomba", "date": "2020-03-03", "text": "Perahu Budi Hartono menang."},
]
PATTERNS = [
    {"label": "PER", "pattern": "Rina Kusuma"},
    {"label": "PER", "pattern": "Budi Hartono"},
    {"label": "LOC", "pattern": "Kota Sukamaju"},
    {"label": "LOC", "pattern": "Danau Biru"},
    {"label": "ORG", "pattern": "Koperasi Tani Makmur"},
]


@Language.component("test_broken")
def broken(doc: Doc) -> Doc:
    """A component that fails on one of the test articles."""
    if "Danau Biru" in doc.text:
        raise RuntimeError("component bug")
    return doc


@pytest.fixture(scope="module")
def rule_nlp():
    """textkit's rule pipeline plus an entity ruler for the invented names."""
    nlp = textkit.build(model_dir=None)
    ruler = nlp.add_pipe("entity_ruler", name="test_ruler", config={"phrase_matcher_attr": None})
    ruler.add_patterns(PATTERNS)
    return nlp


def write_corpus(root):
    for name, text in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "berita.jsonl").write_text(
        "\n".join(json.dumps(obj) for obj in JSONL) + "\n", encoding="utf-8"
    )
    (root / "kosong.txt").write_text("", encoding="utf-8")
    (root / "rusak.txt").write_bytes(bytes(range(256)) * 4)
    return root


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


def tables(out):
    docs = pd.read_parquet(out / "documents.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    return docs.sort_values("doc_id", ignore_index=True), mentions.sort_values(
        ["doc_id", "start_char"], ignore_index=True
    )


def check_consistent(out):
    """One row per doc_id, mentions only of documents present, offsets into `text` (into
    `title` for the title's)."""
    docs, mentions = tables(out)
    assert docs.doc_id.is_unique
    assert set(mentions.doc_id) <= set(docs.doc_id)
    texts = dict(zip(docs.doc_id, docs.text, strict=True))
    titles = dict(zip(docs.doc_id, docs.title, strict=True))
    assert set(mentions.section) <= {"title", "body"}
    for row in mentions.itertuples():
        source = titles if row.section == "title" else texts
        assert source[row.doc_id][row.start_char : row.end_char] == row.text
    return docs, mentions


def test_tables_rows_and_dtypes(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    summary = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert pq.read_schema(out / "documents.parquet").equals(DOCUMENTS_SCHEMA)
    assert pq.read_schema(out / "mentions.parquet").equals(MENTIONS_SCHEMA)
    docs, mentions = check_consistent(out)
    n_inputs = len(ARTICLES) + len(JSONL) + 2
    assert len(docs) == n_inputs == summary.documents == summary.table_documents
    failed = docs[docs.error.notna()]
    assert {p.rsplit("/", 1)[-1] for p in failed.path} == {"kosong.txt", "rusak.txt"}
    assert (failed.n_words == 0).all() and summary.errors == 2
    ok = docs[docs.error.isna()]
    assert (ok.n_words > 0).all()
    assert docs.n_words.dtype == "int64" and mentions.start_char.dtype == "int64"
    assert set(ok.published.dropna()) == {"2020-03-02", "2020-03-03"}
    assert {"Rina Kusuma", "Kota Sukamaju", "Koperasi Tani Makmur"} <= set(mentions.text)
    assert len(mentions) == summary.mentions > 0
    run_json = json.loads((out / "run.json").read_text())
    assert run_json["documents"] == n_inputs and run_json["mentions"] == len(mentions)
    assert not (out / ".parts").exists()


def test_rerun_skips_unchanged_and_replaces_changed(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    batch.run(corpus, out, nlp=rule_nlp, progress=False)
    before = tables(out)
    again = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert again.analysed == 0 and again.unchanged == again.documents
    after = tables(out)
    pd.testing.assert_frame_equal(before[0], after[0])
    pd.testing.assert_frame_equal(before[1], after[1])

    moved = corpus.rename(tmp_path / "moved")
    elsewhere = batch.run(moved.resolve(), out, nlp=rule_nlp, progress=False)
    assert elsewhere.analysed == 0 and elsewhere.removed == 0
    corpus = moved.rename(corpus)
    (corpus / "dua.txt").write_text("Rina Kusuma pindah ke Danau Biru.\n", encoding="utf-8")
    (corpus / "empat.txt").write_text("Budi Hartono tiba di Kota Sukamaju.\n", encoding="utf-8")
    (corpus / "sub" / "tiga.md").unlink()
    third = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert third.analysed == 2 and third.removed == 1
    docs, mentions = check_consistent(out)
    assert len(docs) == len(before[0])  # one added, one removed
    changed = docs[docs.path.str.endswith("dua.txt")]
    assert changed.text.item().startswith("Rina Kusuma pindah")
    dua_mentions = mentions[mentions.doc_id == changed.doc_id.item()]
    assert set(dua_mentions.text) == {"Rina Kusuma", "Danau Biru"}
    assert not docs.path.str.endswith("tiga.md").any()


def copy_source(tmp_path):
    """A copy of textkit's code and data (not the model), to edit a rule file in."""
    import shutil

    ignore = shutil.ignore_patterns("__pycache__", "models")
    return shutil.copytree(job.SOURCE_DIR, tmp_path / "textkit", ignore=ignore)


def test_source_digest_covers_rule_files_not_caches(tmp_path):
    root = copy_source(tmp_path)
    digest = job.source_digest(root)
    assert job.source_digest(root) == digest
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"cache")
    (root / "models" / "ner").mkdir(parents=True)
    (root / "models" / "ner" / "meta.json").write_text("{}")  # hashed as the model instead
    assert job.source_digest(root) == digest
    for rule_file in ("lang/abbreviations.py", "lang/punkt_id.json", "lang/cldr_id.json"):
        path = root / rule_file
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert job.source_digest(root) != digest, rule_file
        path.write_bytes(original)
    assert job.source_digest(root) == digest


def test_model_fingerprint_covers_weights_not_the_model_card(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.cfg").write_text("[nlp]\n")
    (model / "MODEL_CARD.md").write_text("# card\n")
    digest = job.pipeline_fingerprint(str(model))
    (model / "MODEL_CARD.md").write_text("# card, figures refreshed\n")
    assert job.pipeline_fingerprint(str(model)) == digest
    (model / "config.cfg").write_text("[nlp]\nlang = id\n")
    assert job.pipeline_fingerprint(str(model)) != digest


def test_rerun_redoes_documents_after_a_rule_change(corpus, tmp_path, rule_nlp, monkeypatch):
    root = copy_source(tmp_path)
    monkeypatch.setattr(job, "SOURCE_DIR", root)
    out = tmp_path / "out"
    first = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    same = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert same.analysed == 0 and same.pipeline == first.pipeline
    rules = root / "components" / "sentences.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    job._cached_source_digest.cache_clear()  # as in the next process
    changed = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert changed.pipeline != first.pipeline
    assert changed.analysed == changed.documents == first.documents and changed.unchanged == 0
    check_consistent(out)


def test_keep_removed_keeps_rows(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    batch.run(corpus, out, nlp=rule_nlp, progress=False)
    (corpus / "dua.txt").unlink()
    summary = batch.run(corpus, out, nlp=rule_nlp, progress=False, keep_removed=True)
    assert summary.removed == 0
    docs, _ = check_consistent(out)
    assert docs.path.str.endswith("dua.txt").any()


def test_analysis_failure_is_an_error_row_and_retried(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    rule_nlp.add_pipe("test_broken", last=True)
    try:
        first = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    finally:
        rule_nlp.remove_pipe("test_broken")
    docs, _ = check_consistent(out)
    failed = docs[docs.error.str.startswith("analysis failed", na=False)]
    assert failed.path.str.endswith("dua.txt").all() and len(failed) == 1
    assert first.errors == 3  # empty, binary, and the one the component chokes on
    again = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert again.analysed == 1 and again.errors == 0
    docs, mentions = check_consistent(out)
    assert docs.error.notna().sum() == 2
    assert "Danau Biru" in set(mentions.text)


def test_empty_corpus_does_not_wipe_tables(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    first = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    corpus.rename(tmp_path / "away")
    empty = corpus  # an unmounted disk: the corpus folder is there, empty
    empty.mkdir()
    summary = batch.run(empty, out, nlp=rule_nlp, progress=False)
    assert summary.documents == 0 and summary.removed == 0
    assert summary.table_documents == first.table_documents
    fresh = batch.run(empty, tmp_path / "fresh", nlp=rule_nlp, progress=False)
    assert fresh.table_documents == 0 and (tmp_path / "fresh" / "mentions.parquet").exists()


def crash_on_fourth_chunk(monkeypatch):
    """Make the batch crash on its fourth chunk of one document, parts of two; return the real
    `analyse_chunk` (to undo it)."""
    real = engines.analyse_chunk
    calls = []

    def failing(chunk, options, nlp=None):
        calls.append(len(chunk))
        if len(calls) == 4:
            raise RuntimeError("simulated crash")
        return real(chunk, options, nlp)

    monkeypatch.setattr(engines, "analyse_chunk", failing)
    monkeypatch.setattr(job, "CHUNK_DOCS", 1)
    monkeypatch.setattr(job, "PART_DOCS", 2)
    return real


def test_crash_mid_run_keeps_tables_and_next_run_finishes(corpus, tmp_path, rule_nlp, monkeypatch):
    out = tmp_path / "out"
    batch.run(corpus, out, nlp=rule_nlp, progress=False)
    before = tables(out)
    for i in range(6):
        (corpus / f"baru{i}.txt").write_text(f"Rina Kusuma hadir ke-{i}.\n", encoding="utf-8")
    (corpus / "dua.txt").write_text("Budi Hartono diam.\n", encoding="utf-8")

    real = crash_on_fourth_chunk(monkeypatch)
    with pytest.raises(RuntimeError, match="simulated crash"):
        batch.run(corpus, out, nlp=rule_nlp, progress=False)
    # The tables are the previous ones, still valid; finished chunks wait in parts.
    during = tables(out)
    pd.testing.assert_frame_equal(before[0], during[0])
    pd.testing.assert_frame_equal(before[1], during[1])
    assert list((out / ".parts").glob("*.documents.parquet"))

    monkeypatch.setattr(engines, "analyse_chunk", real)
    resumed = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert resumed.analysed == 7 - 3  # three were committed before the crash
    fresh = tmp_path / "fresh"
    batch.run(corpus, fresh, nlp=rule_nlp, progress=False)
    result, expected = tables(out), tables(fresh)
    pd.testing.assert_frame_equal(result[0], expected[0])
    pd.testing.assert_frame_equal(result[1], expected[1])
    check_consistent(out)


def test_crash_between_the_two_table_moves_is_healed(corpus, tmp_path, rule_nlp, monkeypatch):
    from textkit.batch import store

    out = tmp_path / "out"
    batch.run(corpus, out, nlp=rule_nlp, progress=False)
    (corpus / "dua.txt").write_text("Budi Hartono ke Kota Sukamaju.\n", encoding="utf-8")
    (corpus / "lima.txt").write_text("Rina Kusuma di Danau Biru.\n", encoding="utf-8")
    real_replace = os.replace

    def crash_on_documents(src, dst):
        if os.path.basename(dst) == "documents.parquet":  # the table, not a part
            raise OSError("simulated power cut")
        real_replace(src, dst)

    monkeypatch.setattr(store.os, "replace", crash_on_documents)
    with pytest.raises(OSError, match="power cut"):
        batch.run(corpus, out, nlp=rule_nlp, progress=False)
    monkeypatch.setattr(store.os, "replace", real_replace)
    assert not list(out.glob(".*.tmp"))
    healed = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert healed.analysed == 0  # the parts of the crashed run are reused
    fresh = tmp_path / "fresh"
    batch.run(corpus, fresh, nlp=rule_nlp, progress=False)
    for a, b in zip(tables(out), tables(fresh), strict=True):
        pd.testing.assert_frame_equal(a, b)
    check_consistent(out)


def test_split_text_covers_text_at_paragraphs():
    text = "Satu dua tiga.\nEmpat lima.\n\nEnam tujuh delapan sembilan. Sepuluh sebelas.\n"
    pieces = batch.split_text(text, 30)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 30 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert pieces[0][1] == "Satu dua tiga.\nEmpat lima.\n\n"
    assert pieces[1][1] == "Enam tujuh delapan sembilan. "  # cut after a sentence
    assert batch.split_text("pendek", 30) == [(0, "pendek")]
    hard = batch.split_text("x" * 25, 10)
    assert [p for _, p in hard] == ["x" * 10, "x" * 10, "x" * 5]


def test_long_document_is_split_with_correct_offsets(tmp_path, rule_nlp):
    paragraphs = [
        f"Paragraf {i}: Rina Kusuma bertemu Budi Hartono di Kota Sukamaju." for i in range(300)
    ]
    text = "\n".join(paragraphs) + "\n" + "Koperasi Tani Makmur " * 20 + "\n"
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "panjang.txt").write_text(text, encoding="utf-8")
    whole, split = tmp_path / "whole", tmp_path / "split"
    batch.run(folder, whole, nlp=rule_nlp, progress=False)
    batch.run(folder, split, nlp=rule_nlp, progress=False, max_length=1000)
    docs, mentions = check_consistent(split)
    expected = tables(whole)
    assert docs.text.item() == expected[0].text.item() == text.strip()  # the reader strips
    assert len(mentions) == 300 * 3 + 20
    cols = ["label", "text", "start_char", "end_char"]
    pd.testing.assert_frame_equal(mentions[cols], expected[1][cols])
    assert docs.n_words.item() == expected[0].n_words.item()
    assert mentions.sent.is_monotonic_increasing and mentions.sent.iloc[-1] >= 299


# Counted by hand in the files of corpora/, not by running textkit: 43 .txt and 5 .html files,
# 4 + 4 JSON-lines records and 3 CSV rows; each name below appears once in the body of each
# article that names it, never in a title, byline or promo line.
SAMPLE_DOCUMENTS = 59
SAMPLE_NAMES = {"Hendra Wiratmaja": 6, "Arya Nugraha": 5, "Asep Suherman": 7}


@pytest.fixture(scope="module")
def sample_corpus(tmp_path_factory):
    """The sample corpus plus two unreadable files."""
    import shutil

    root = shutil.copytree(CORPORA, tmp_path_factory.mktemp("sample") / "corpora")
    (root / "kosong.txt").write_text("", encoding="utf-8")
    (root / "rusak.txt").write_bytes(bytes(range(256)) * 4)
    return root


@pytest.fixture(scope="module")
def sample_local(sample_corpus, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("local")
    batch.run(sample_corpus, out, nlp=nlp, progress=False)
    return out


def check_hand_counts(out):
    docs, mentions = check_consistent(out)
    assert len(docs) == SAMPLE_DOCUMENTS + 2
    assert docs.error.notna().sum() == 2
    people = mentions[(mentions.label == "PER") & (mentions.section == "body")]
    found = {
        name: (int((people.text == name).sum()), people.doc_id[people.text == name].nunique())
        for name in SAMPLE_NAMES
    }
    assert found == {name: (count, count) for name, count in SAMPLE_NAMES.items()}


def test_local_engine_matches_hand_counts(sample_local):
    check_hand_counts(sample_local)


def test_dask_engine_gives_identical_tables(sample_corpus, sample_local, tmp_path):
    distributed = pytest.importorskip("distributed")
    on_dask = tmp_path / "dask"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        summary = batch.run(
            sample_corpus, on_dask, engine="dask", scheduler=cluster.scheduler_address,
            progress=False,
        )  # fmt: skip
    assert summary.engine == "dask" and summary.analysed == summary.documents
    check_hand_counts(on_dask)
    for a, b in zip(tables(sample_local), tables(on_dask), strict=True):
        pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize("forked", [True, False], ids=["forked", "forkserver"])
def test_two_workers_give_identical_tables(
    sample_corpus, sample_local, tmp_path, monkeypatch, forked
):
    """Workers forked from the batch process (where that is safe), and from a forkserver (the
    fallback: another OS, or threads running here, as in a notebook)."""
    if forked and "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    two = tmp_path / "two"
    monkeypatch.setattr(job, "CHUNK_DOCS", 8)  # several chunks, so that both workers get some
    # The test process runs threads (an earlier progress bar's, Dask's): decided here.
    monkeypatch.setattr(engines, "_fork_is_safe", lambda: forked)
    methods = []
    real_context = engines._worker_context

    def recorded(model):
        context = real_context(model)
        methods.append(context.get_start_method())
        return context

    monkeypatch.setattr(engines, "_worker_context", recorded)
    summary = batch.run(sample_corpus, two, workers=2, progress=False)
    assert methods == (["fork"] if forked else ["forkserver"])
    assert summary.workers == 2 and summary.errors == 2
    check_hand_counts(two)
    for a, b in zip(tables(sample_local), tables(two), strict=True):
        pd.testing.assert_frame_equal(a, b)


def test_workers_reload_their_pipeline_to_bound_memory(corpus, monkeypatch):
    from textkit.article import read_articles
    from textkit.batch import work

    monkeypatch.setattr(work, "_analysed_here", 0)
    chunk = [(article, "x") for article in read_articles(corpus)][:2]
    options = work.WorkOptions(recycle_docs=3)
    first = work.analyse_chunk(chunk, options)
    loaded = work.worker_nlp(None)
    second = work.analyse_chunk(chunk, options)  # 4 documents: reloaded before this chunk
    assert work.worker_nlp(None) is not loaded
    assert first.mentions == second.mentions and first.documents == second.documents


def test_worker_pipeline_is_loaded_once_however_it_is_asked_for():
    # The forkserver preloads `worker_nlp(None)`, workers ask `worker_nlp(model, aliases)`:
    # one cache entry, or every worker would load the pipeline again.
    from textkit.batch import work

    assert work.worker_nlp(None) is work.worker_nlp(None, None)


def test_foreign_tables_are_not_merged(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    out.mkdir()
    pd.DataFrame({"doc_id": ["x"], "words": [1]}).to_parquet(out / "documents.parquet")
    with pytest.raises(ValueError, match="did not write"):
        batch.run(corpus, out, nlp=rule_nlp, progress=False)
    summary = batch.run(corpus, out, nlp=rule_nlp, progress=False, force=True)
    assert summary.table_documents == summary.documents
    assert pq.read_schema(out / "documents.parquet").equals(DOCUMENTS_SCHEMA)


def test_one_run_at_a_time_per_output_folder(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    with Store(out).lock():
        with pytest.raises(OutputLocked):
            batch.run(corpus, out, progress=False)
        assert main(["batch", str(corpus), "--out", str(out)]) == 2
    assert "another textkit batch is writing" in capsys.readouterr().err


def test_cli_exit_codes(corpus, tmp_path, capsys):
    assert main(["batch", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")]) == 2
    assert "corpus not found" in capsys.readouterr().err
    out = tmp_path / "cli"
    assert main(["batch", str(corpus), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "batch done: 7 documents" in err and "2 errors" in err
    assert (out / "documents.parquet").exists()
    assert main(["batch", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["batch", str(corpus), "--out", str(out), "--scheduler", "tcp://x:1"]) == 2


def test_fork_only_without_other_threads():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    alone = threading.active_count() == 1
    thread.start()
    try:
        assert not engines._fork_is_safe()
    finally:
        stop.set()
        thread.join()
    assert engines._fork_is_safe() == (alone and sys.platform.startswith("linux"))


def test_workers_start_before_the_results_are_asked_for(monkeypatch):
    """`run_local` decides (and starts the workers) when called, before its caller starts a
    progress bar's thread, which would rule out forking them."""
    started = []
    monkeypatch.setattr(engines, "start_workers", lambda workers, options: started.append(1))
    monkeypatch.setattr(engines, "_pooled", lambda pool, chunks, options, window: iter(()))
    chunks = [[("article", "hash")]] * (2 * engines.POOL_CHUNKS_PER_WORKER)
    results = engines.run_local(chunks, engines.WorkOptions(), workers=2)
    assert started == [1]
    assert list(results) == []


def test_a_job_smaller_than_the_workers_runs_in_this_process(corpus, tmp_path, monkeypatch):
    """Fewer chunks than workers: no worker start-up to pay (2 workers never slower)."""

    def no_pool(*args, **kwargs):
        raise AssertionError("a one-chunk job started worker processes")

    monkeypatch.setattr(engines, "ProcessPoolExecutor", no_pool)
    summary = batch.run(corpus, tmp_path / "out", workers=2, progress=False)
    assert summary.analysed == summary.documents > 0


def test_another_corpus_into_an_existing_out_is_refused(corpus, tmp_path, rule_nlp):
    out = tmp_path / "out"
    batch.run(corpus, out, nlp=rule_nlp, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    other = tmp_path / "other"
    other.mkdir()
    (other / "lain.txt").write_text("Budi Hartono berlari di Danau Biru.\n", encoding="utf-8")
    with pytest.raises(job.CorpusChanged, match="another corpus"):
        batch.run(other, out, nlp=rule_nlp, progress=False)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    assert after == before
    assert main(["batch", str(other), "--out", str(out), "--quiet"]) == 2
    # The same corpus named another way, with a file deleted: today's behaviour.
    (corpus / "satu.txt").unlink()
    summary = batch.run(corpus / "sub" / "..", out, nlp=rule_nlp, progress=False)
    assert summary.removed == 1 and summary.unchanged >= 1
    # --replace: the other corpus's tables replace the first one's.
    summary = batch.run(other, out, nlp=rule_nlp, progress=False, replace=True)
    docs, _ = check_consistent(out)
    assert list(docs.path) == [str(other / "lain.txt")]
    assert json.loads((out / "run.json").read_text())["corpus_root"] == str(other.resolve())


def test_field_map_and_semicolon_csv(tmp_path, rule_nlp):
    corpus = tmp_path / "ekspor"
    corpus.mkdir()
    (corpus / "berita.csv").write_text(
        "judul;isi_berita;tanggal\nPanen;Rina Kusuma ikut panen di Kota Sukamaju.;2020-03-02\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    summary = batch.run(corpus, out, nlp=rule_nlp, progress=False, field_map={"text": "isi_berita"})
    assert summary.errors == 0
    docs, mentions = check_consistent(out)
    assert docs.published.tolist() == ["2020-03-02"]
    assert set(mentions.text) == {"Rina Kusuma", "Kota Sukamaju"}
    with pytest.raises(ValueError, match="unknown field"):
        batch.run(corpus, tmp_path / "o2", nlp=rule_nlp, field_map={"body": "isi_berita"})
    cli_out = tmp_path / "cli"
    args = ["batch", str(corpus), "--out", str(cli_out), "--field-map", "text=isi_berita"]
    assert main([*args, "--quiet", "--max-bytes", "100000"]) == 0
    assert pd.read_parquet(cli_out / "documents.parquet").error.isna().all()


def test_copies_and_links_are_counted_once(corpus, tmp_path, rule_nlp):
    (corpus / "salinan.txt").write_bytes((corpus / "dua.txt").read_bytes())
    (corpus / "tautan.txt").symlink_to(corpus / "satu.txt")
    (corpus / "putus.txt").symlink_to(corpus / "tidak-ada.txt")
    out = tmp_path / "out"
    summary = batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert summary.same_content == {"salinan.txt": "dua.txt", "tautan.txt": "satu.txt"}
    run = json.loads((out / "run.json").read_text())
    assert run["same_content"] == summary.same_content
    docs, _ = check_consistent(out)
    assert not docs.doc_id.isin(["salinan.txt", "tautan.txt"]).any()
    copies = dict(zip(docs.doc_id, docs.copies.map(list), strict=True))
    assert copies["dua.txt"] == [str(corpus / "salinan.txt")]
    assert copies["satu.txt"] == [str(corpus / "tautan.txt")]
    assert "broken symbolic link" in docs.set_index("doc_id").error["putus.txt"]
    # The copy gone: the next run empties the column.
    (corpus / "salinan.txt").unlink()
    batch.run(corpus, out, nlp=rule_nlp, progress=False)
    docs, _ = tables(out)
    assert list(docs.set_index("doc_id").copies["dua.txt"]) == []


def test_interrupted_first_run_is_read_with_a_warning(corpus, tmp_path, rule_nlp, monkeypatch):
    from textkit.frames import IncompleteResults, read_quotes, read_results

    crash_on_fourth_chunk(monkeypatch)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="simulated crash"):
        batch.run(corpus, out, nlp=rule_nlp, progress=False)
    assert not (out / "documents.parquet").exists()
    with pytest.warns(IncompleteResults, match="did not finish"):
        documents, mentions = read_results(out)
    assert len(documents) == 3 and documents.doc_id.is_unique
    assert set(mentions.doc_id) <= set(documents.doc_id) and len(mentions)
    with pytest.warns(IncompleteResults):
        quotes = read_quotes(out)
    assert set(quotes.doc_id) <= set(documents.doc_id)
    assert main(["chart", str(out), "--kind", "top", "-o", str(tmp_path / "top.png")]) == 0
    assert (tmp_path / "top.png").exists()


def test_workers_start_early_only_when_a_pool_is_sure(tmp_path):
    """A first run of a folder with a file for every document of each worker's share of chunks
    starts the forkserver before reading; fewer files, one worker, or a rerun do not."""
    from textkit.batch.engines import POOL_CHUNKS_PER_WORKER

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    needed = 2 * POOL_CHUNKS_PER_WORKER * job.CHUNK_DOCS
    for i in range(needed - 1):
        (corpus / f"{i:04d}.txt").write_text("Warga berkumpul.\n", encoding="utf-8")
    store = Store(tmp_path / "out")
    assert not job._sure_to_use_a_pool(corpus, store, 2)
    (corpus / "last.txt").write_text("Warga pulang.\n", encoding="utf-8")
    assert job._sure_to_use_a_pool(corpus, store, 2)
    assert not job._sure_to_use_a_pool(corpus, store, 1)
    assert not job._sure_to_use_a_pool(corpus / "last.txt", store, 2)
    store.out.mkdir(parents=True)
    store.documents.write_bytes(b"")  # a rerun: most documents are likely unchanged
    assert not job._sure_to_use_a_pool(corpus, store, 2)


def test_warm_up_builds_tables_and_keeps_the_vocabulary(rule_nlp):
    from textkit.batch import work

    words = len(rule_nlp.vocab.strings)
    work.warm_up(rule_nlp)
    assert len(rule_nlp.vocab.strings) == words
    doc = rule_nlp(work.WARM_UP_TEXT)
    assert {"LOC", "ORG", "TIME"} <= {ent.label_ for ent in doc.ents}


def test_after_the_warm_up_a_worker_imports_nothing_more():
    """What a worker's first chunk would import (pandas, through pyarrow) the warm-up imports
    before workers are forked, once for all of them."""
    code = """
import sys
from textkit.article import Article
from textkit.batch import work
work.warm_up(work.worker_nlp(None))
before = set(sys.modules)
article = Article(doc_id="a", title="Warga Berkumpul", body="Rina Kusuma tiba di Sukamaju.")
work.analyse_chunk([(article, "x")], work.WorkOptions())
assert set(sys.modules) == before, sorted(set(sys.modules) - before)
"""
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_callers_pipeline_keeps_its_vocabulary(corpus, rule_nlp):
    """A pipeline passed in is never reloaded: each chunk runs in a memory zone, so the
    words of the corpus do not stay in its vocabulary."""
    from textkit.article import read_articles
    from textkit.batch import work

    chunk = [(article, "x") for article in read_articles(corpus)]
    words = len(rule_nlp.vocab.strings)
    result = work.analyse_chunk(chunk, work.WorkOptions(recycle_docs=1000), rule_nlp)
    assert result.mentions.num_rows > 0
    assert len(rule_nlp.vocab.strings) == words
