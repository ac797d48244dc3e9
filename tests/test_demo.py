"""`textkit chart` and `textkit demo` write their files (a small slice of the sample corpus)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from textkit.cli import main
from textkit.cli.demo import CHARTS

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def results(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "published": ["2020-07-01T10:00", "2020-08-15"],
            "source": ["Kompas", "Antara"],
            "text": ["Gubernur Jawa Barat di Bandung.", "Banjir di Bandung dan Garut."],
            "error": [None, None],
        }
    ).to_parquet(out / "documents.parquet")
    pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b"],
            "sent": [0, 0, 0, 0],
            "label": ["LOC", "LOC", "LOC", "LOC"],
            "text": ["Jawa Barat", "Bandung", "Bandung", "Garut"],
            "value": ["Jawa Barat", "Bandung", "Bandung", None],
            "timex_type": [None] * 4,
            "kb_id": [None] * 4,
            "start_char": [9, 23, 9, 21],
            "end_char": [19, 30, 16, 26],
        }
    ).to_parquet(out / "mentions.parquet")
    return out


@pytest.mark.parametrize("kind", ["top", "timeline", "cooccurrence", "sources", "map", "events"])
def test_chart_writes_a_png(results, tmp_path, kind):
    target = tmp_path / f"{kind}.png"
    assert main(["chart", str(results), "--kind", kind, "--top", "5", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(PNG)


def test_chart_without_results_is_a_clear_error(tmp_path, capsys):
    assert main(["chart", str(tmp_path), "-o", str(tmp_path / "x.png")]) == 2
    assert "textkit batch" in capsys.readouterr().err
    assert main(["chart", str(tmp_path), "--kind", "pie"]) == 2


def test_demo_writes_tables_and_charts(tmp_path, capsys):
    files = sorted(CORPORA.rglob("*.txt"))[:6]
    if not files:
        pytest.skip("the sample corpus is empty")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in files:
        shutil.copy(path, corpus / path.name)
    out = tmp_path / "out"
    assert main(["demo", "--corpus", str(corpus), "--out", str(out)]) == 0
    documents = pd.read_parquet(out / "documents.parquet")
    assert len(documents) == len(files) and documents["error"].isna().all()
    assert (out / "mentions.parquet").exists()
    counts = pd.read_csv(out / "entity_counts.csv")
    assert list(counts.columns) == ["label", "entity", "mentions", "documents"]
    for name, _kind, _label in CHARTS:
        assert (out / "charts" / name).read_bytes().startswith(PNG)
    printed = capsys.readouterr().out
    assert "PER:" in printed and "LOC:" in printed and "most quoted:" in printed
