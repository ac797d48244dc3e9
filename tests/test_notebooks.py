"""The notebooks clean up after themselves, and the README says how to open them."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def test_corpus_overview_leaves_no_temporary_folder(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # the kernel's tempfile folder
    notebook = nbformat.read(ROOT / "notebooks" / "02-corpus-overview.ipynb", as_version=4)
    NotebookClient(notebook, timeout=600, resources={"metadata": {"path": str(ROOT)}}).execute()
    printed = "".join(
        out.get("text", "") for cell in notebook.cells for out in cell.get("outputs", [])
    )
    assert "ok: every article was read and analysed" in printed  # the checks say what they check
    assert not [p for p in scratch.iterdir() if p.name.startswith("textkit-demo-")]


def test_readme_gives_the_command_that_opens_the_notebooks():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make notebooks" in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^notebooks:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe and "jupyter" in recipe.group(1) and "notebooks/" in recipe.group(1)
