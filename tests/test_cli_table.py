"""The plain-text table shared by `textkit analyze` and `textkit entities`."""

from __future__ import annotations

from textkit.cli import main
from textkit.cli.analyze import ENTITY_COLUMNS
from textkit.cli.table import cell_text, format_table


def test_columns_are_left_aligned_without_trailing_spaces():
    table = format_table(
        ("doc_id", "sent", "text", "value"),
        [("a.txt", 0, "Kota Sukamaju", None), ("panjang.txt", 12, "Rina", "P2D")],
    )
    assert table.splitlines() == [
        "doc_id       sent  text           value",
        "a.txt        0     Kota Sukamaju",
        "panjang.txt  12    Rina           P2D",
    ]


def test_header_only_when_there_are_no_rows():
    assert format_table(("label", "text"), []) == "label  text"


def test_cells_stay_on_one_line():
    assert cell_text("Danau\nBiru\tUtara") == "Danau Biru Utara"
    assert cell_text(None) == "" and cell_text(3) == "3"
    table = format_table(("text", "n"), [("Danau\nBiru", 1)])
    assert table.splitlines() == ["text        n", "Danau Biru  1"]


def test_analyze_prints_entities_with_the_shared_table(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Hujan deras mengguyur Bogor selama dua jam.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--published", "2020-11-25"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, *rows = lines[lines.index("") + 1 :]
    assert header.split() == list(ENTITY_COLUMNS)
    duration = next(row for row in rows if row.startswith("DATE"))
    value_at, type_at = header.index("value"), header.index("type")
    assert duration[value_at:].split()[0] == "PT2H"
    assert duration[type_at:] == "DURATION"
    assert all(row == row.rstrip() for row in rows)
