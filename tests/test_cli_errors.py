"""Hard edges of the command line, run through the real `textkit` entry point in subprocesses:
long files, bad arguments and input (one line on stderr, exit 2), readers, messages."""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from clirun import error_lines, textkit

from textkit.segments import MIN_SEGMENT_CHARS

ROOT = Path(__file__).resolve().parent.parent

HEAD = "Wali kota Rina Kusuma membuka pasar di Kota Sukamaju pada Senin.\n"
TAIL = "Menteri Budi Hartono berkunjung ke Bandung kemarin.\n"
# Lines of one long word each: over spaCy's 1,000,000 characters, yet few tokens (fast).
FILLER = ("Hujan" + "x" * 995 + ".\n") * 1050


# -- item 1: long files through every entry point ---------------------------------------------


def test_long_file_is_analysed_by_entities_and_analyze(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = HEAD + FILLER + TAIL
    assert len(text) > 1_000_000  # spaCy's default max_length
    (folder / "panjang.txt").write_text(text, encoding="utf-8")
    (folder / "pendek.txt").write_text("Presiden Joko Widodo tiba di Surabaya.\n", "utf-8")
    with ThreadPoolExecutor(2) as pool:
        entities = pool.submit(textkit, "entities", str(folder), "--format", "jsonl")
        analyze = pool.submit(textkit, "analyze", str(folder / "panjang.txt"), "--format", "jsonl")
    entities, analyze = entities.result(), analyze.result()
    assert entities.returncode == 0, entities.stderr
    rows = [json.loads(line) for line in entities.stdout.splitlines()]
    found = {(r["doc_id"], r["text"]) for r in rows}
    assert {("panjang.txt", "Rina Kusuma"), ("panjang.txt", "Budi Hartono")} <= found
    assert ("pendek.txt", "Surabaya") in found  # the normal file is not lost either
    assert analyze.returncode == 0, analyze.stderr
    data = json.loads(analyze.stdout)
    by_text = {e["text"]: e for e in data["entities"]}
    assert by_text["Rina Kusuma"]["start_char"] == HEAD.index("Rina Kusuma")
    budi = by_text["Budi Hartono"]
    assert budi["start_char"] == len(HEAD) + len(FILLER) + TAIL.index("Budi")
    assert budi["sent"] == 1051  # sentences counted across the pieces


def test_max_length_option_splits_in_analyze_and_entities(tmp_path):
    paragraphs = [f"Paragraf {i}: Rina Kusuma bertemu warga di Kota Sukamaju." for i in range(60)]
    path = tmp_path / "berita.txt"
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    assert len(path.read_text()) > 3 * MIN_SEGMENT_CHARS
    whole = textkit("entities", str(path), "--format", "jsonl")
    split = textkit("entities", str(path), "--format", "jsonl", "--max-length", "1000")
    assert whole.returncode == split.returncode == 0, split.stderr
    keys = ("label", "text", "start_char", "end_char", "sent")
    cut = [tuple(json.loads(x)[k] for k in keys) for x in split.stdout.splitlines()]
    assert cut == [tuple(json.loads(x)[k] for k in keys) for x in whole.stdout.splitlines()]
    assert sum(1 for c in cut if c[1] == "Rina Kusuma") == 60


# -- items 2, 4, 10–13: bad arguments -----------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory) -> Path:
    """A small corpus, an empty folder, an empty batch output, a file and a binary file."""
    from textkit.batch import run

    root = tmp_path_factory.mktemp("fuzz")
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text(HEAD, encoding="utf-8")
    (root / "empty").mkdir()
    (root / "kosong.txt").write_text("", encoding="utf-8")
    (root / "biner.txt").write_bytes(bytes(range(256)) * 4)
    (root / "file.txt").write_text(HEAD, encoding="utf-8")
    run(root / "empty", root / "empty-out", progress=False)
    return root


# (arguments, words the error line must contain); paths are relative to `fuzz_dir`.
BAD_ARGUMENTS = [
    ([], "required"),
    (["nosuch"], "invalid choice"),
    (["analyze"], "required"),
    (["analyze", "corpus"], "folder"),
    (["analyze", "missing.txt"], "no such file"),
    (["analyze", "kosong.txt"], "empty"),
    (["analyze", "biner.txt"], "binary"),
    (["analyze", "file.txt", "--format", "xml"], "invalid choice"),
    (["analyze", "file.txt", "--published", "kemarin"], "ISO 8601"),
    (["analyze", "file.txt", "--model", "/no/such/dir"], "no textkit model"),
    (["analyze", "file.txt", "--max-length", "5"], "at least 1,000"),
    (["analyze", "file.txt", "--max-bytes", "0"], "at least 1"),
    (["article", "missing"], "no such file"),
    (["article", "corpus", "--indent", "-1"], "at least 0"),
    (["article", "corpus", "--field-map", "text"], "field=column"),
    (["article", "corpus", "--field-map", "teks=isi"], "unknown field 'teks'"),
    (["entities", "missing"], "no such file"),
    (["entities", "corpus", "--format", "xml"], "invalid choice"),
    (["entities", "corpus", "--field-map", "foo=isi"], "unknown field 'foo'"),
    (["entities", "corpus", "--max-length", "0"], "at least 1,000"),
    (["entities", "corpus", "--model", "/no/such/dir"], "no textkit model"),
    (["batch", "corpus"], "--out"),
    (["batch", "missing", "--out", "o1"], "not found"),
    (["batch", "corpus", "--out", "o2", "--workers", "0"], "-1 for all cores"),
    (["batch", "corpus", "--out", "o3", "--workers", "-2"], "-1 for all cores"),
    (["batch", "corpus", "--out", "o4", "--workers", "zwei"], "invalid"),
    (["batch", "corpus", "--out", "o5", "--max-length", "-5"], "at least 1,000"),
    (["batch", "corpus", "--out", "o6", "--max-length", "1"], "at least 1,000"),
    (["batch", "corpus", "--out", "o7", "--engine", "spark"], "invalid choice"),
    (["batch", "corpus", "--out", "o8", "--scheduler", "tcp://x:1"], "--engine dask"),
    (["batch", "corpus", "--out", "file.txt"], "folder"),
    (["batch", "corpus", "--out", "o9", "--model", "/no/such/dir"], "no textkit model"),
    (
        ["batch", "corpus", "--out", "o10", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"],
        "127.0.0.1:1",
    ),
    (["chart", "missing"], "no batch results"),
    (["chart", "empty-out"], "nothing to chart"),
    (["chart", "empty-out", "--kind", "timeline"], "nothing to chart"),
    (["chart", "empty-out", "--label", "FOO"], "PER, ORG, LOC, DATE, TIME"),
    (["chart", "empty-out", "--top", "0"], "at least 1"),
    (["chart", "empty-out", "--freq", "Q"], "invalid choice"),
    (["train"], "required"),
    (["train", "nosuch"], "invalid choice"),
    (["demo", "--top", "0"], "at least 1"),
    (["demo", "--workers", "0"], "-1 for all cores"),
    (["demo", "--corpus", "empty", "--out", "demo-out"], "no readable articles"),
]


def test_every_subcommand_refuses_bad_arguments_in_one_line(fuzz_dir):
    """Exit 2, one line on stderr, no traceback, for every row of BAD_ARGUMENTS."""
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda row: textkit(*row[0], cwd=fuzz_dir), BAD_ARGUMENTS))
    failures = []
    for (args, words), result in zip(BAD_ARGUMENTS, results, strict=True):
        lines = error_lines(result)
        ok = (
            result.returncode == 2
            and len(lines) == 1
            and "Traceback" not in result.stderr
            and words in lines[0]
        )
        if not ok:
            failures.append(f"{args}: exit {result.returncode}, stderr {result.stderr!r}")
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_one_line(tmp_path):
    path = tmp_path / "rahasia.txt"
    path.write_text(HEAD, encoding="utf-8")
    path.chmod(0)
    result = textkit("analyze", str(path))
    assert result.returncode == 2 and len(error_lines(result)) == 1
    assert "Permission denied" in result.stderr and "Traceback" not in result.stderr


def test_workers_minus_one_means_all_cores_and_says_so(tmp_path):
    from textkit.batch.job import available_cores

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kosong.txt").write_text("", encoding="utf-8")  # nothing to analyse: fast
    result = textkit("batch", str(corpus), "--out", str(tmp_path / "out"), "--workers", "-1")
    assert result.returncode == 0, result.stderr
    assert f"--workers -1: using all {available_cores()} cores" in result.stderr
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["workers"] == available_cores()
    # Item 13: the key the README names, and "1 error", not "1 errors".
    assert run["unchanged"] == 0 and "skipped" not in run
    assert "1 document (1 analysed, 0 unchanged, 1 error)" in result.stderr
    assert "1 errors" not in result.stderr and "1 documents" not in result.stderr


# -- item 8: one reader for every entry point -------------------------------------------------

PAGE = """<html><head><title>Banjir di Hilir</title>
<script>var redaksi = "Slamet Riyadi dan Agus Salim";</script></head>
<body><article><h1>Banjir di Hilir</h1>
<p>Bupati Rina Kusuma meninjau banjir di Kota Sukamaju bersama warga sejak pagi tadi.</p>
<p>Petugas membagikan makanan kepada warga yang mengungsi ke balai desa terdekat.</p>
</article></body></html>"""


def test_analyze_reads_html_csv_and_jsonl_like_entities(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "data.csv").write_text(
        "judul,isi,tanggal\nBanjir,Bupati Rina Kusuma meninjau Kota Sukamaju.,2020-11-25\n",
        encoding="utf-8",
    )
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"title": "Banjir", "text": "Budi Hartono tiba di Bandung kemarin."}) + "\n",
        encoding="utf-8",
    )
    with ThreadPoolExecutor(3) as pool:
        results = dict(
            zip(
                ("page.html", "data.csv", "feed.jsonl"),
                pool.map(
                    lambda n: textkit("analyze", str(tmp_path / n), "--format", "jsonl"),
                    ("page.html", "data.csv", "feed.jsonl"),
                ),
                strict=True,
            )
        )
    for name, result in results.items():
        assert result.returncode == 0, (name, result.stderr)
    page = json.loads(results["page.html"].stdout)
    texts = " ".join(s["text"] for s in page["sentences"])
    assert "Rina Kusuma" in texts and "redaksi" not in texts and "<p>" not in texts
    assert "Slamet Riyadi" not in {e["text"] for e in page["entities"]}
    table = json.loads(results["data.csv"].stdout)
    assert table["doc_id"] == "data.csv#0" and table["published"] == "2020-11-25"
    assert not any("judul" in s["text"] for s in table["sentences"])
    feed = json.loads(results["feed.jsonl"].stdout)
    assert feed["sentences"][0]["text"].startswith("Budi Hartono tiba")


# -- item 12: clear messages -------------------------------------------------------------------


def test_csv_without_text_column_is_one_message_per_file(tmp_path):
    rows = "".join(f"Judul {i},2020-11-2{i}\n" for i in range(5))
    (tmp_path / "tabel.csv").write_text("headline_x,waktu\n" + rows, encoding="utf-8")
    result = textkit("entities", str(tmp_path))
    lines = error_lines(result)
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    line = lines[0]
    assert "columns found: headline_x, waktu" in line
    assert "isi" in line and "--field-map text=" in line


def test_chart_prints_the_path_it_wrote(tmp_path):
    from textkit.batch import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(HEAD, encoding="utf-8")
    out = tmp_path / "out"
    run(corpus, out, nlp=_rules(), progress=False)
    (tmp_path / "charts").mkdir()
    to_folder = textkit("chart", str(out), "-o", str(tmp_path / "charts"), "--label", "per")
    no_suffix = textkit("chart", str(out), "-o", str(tmp_path / "gambar"))
    for result in (to_folder, no_suffix):
        assert result.returncode == 0, result.stderr
        printed = Path(result.stdout.strip())
        assert printed.is_file() and printed.suffix == ".png"
    assert Path(to_folder.stdout.strip()).parent == tmp_path / "charts"
    assert Path(no_suffix.stdout.strip()) == tmp_path / "gambar.png"


def _rules():
    import textkit

    return textkit.build(model_dir=None)


# -- item 13: newcomer noise -------------------------------------------------------------------


def test_help_texts_are_for_users():
    top = textkit("--help")
    assert top.returncode == 0
    assert "textkit analyze berita.txt" in top.stdout and "Indonesian news" in top.stdout
    train = textkit("train", "--help")
    assert train.returncode == 0 and "options" not in train.stdout.split("\n\n")[0]
    assert "NAME" in train.stdout


def test_pyproject_license_is_an_spdx_string_and_html_cleaner_is_declared():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    names = {dep.split(">")[0].split("[")[0].strip().lower() for dep in project["dependencies"]}
    assert "lxml_html_clean" in names or "lxml-html-clean" in names
