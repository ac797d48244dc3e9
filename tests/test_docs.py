"""The docs a user reads: README opens with the two commands, every relative link resolves,
and every figure copied into a doc is the current text of its figure file."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
DOCS += sorted((ROOT / "textkit").rglob("*.md"))

# [text](target) and [text]: target; the target up to whitespace, `)` or `#`.
LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>#]*)|^\[[^\]]+\]:\s*<?([^\s>#]+)", re.MULTILINE)
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)


def relative_links(text: str) -> list[str]:
    """Link targets of a Markdown text that point into the repository (code spans ignored)."""
    targets = (a or b for a, b in LINK.findall(CODE.sub("", text)))
    return [t for t in targets if t and not re.match(r"[a-z][a-z0-9+.-]*:", t)]


def load_tool():
    spec = importlib.util.spec_from_file_location("docs_figures", ROOT / "tools/docs_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_opens_with_the_two_commands():
    lines = [ln for ln in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if ln]
    assert lines[:5] == ["# textkit", "```sh", "make demo", "make test", "```"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(doc: Path):
    broken = []
    for target in relative_links(doc.read_text(encoding="utf-8")):
        path = (doc.parent / target).resolve()
        if not path.exists():
            broken.append(target)
    assert not broken, f"{doc.relative_to(ROOT)}: broken links {broken}"


def test_link_finder_sees_links_and_skips_code():
    text = "See [a](docs/a.md#x), ![b](b.png), [w](https://x.org), `[c](c.md)`.\n[d]: d.md\n"
    assert relative_links(text) == ["docs/a.md", "b.png", "d.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_figures_in_docs_match_their_files(doc: Path):
    tool = load_tool()
    text = doc.read_text(encoding="utf-8")
    assert tool.splice(text) == text, (
        f"{doc.relative_to(ROOT)} shows old figures: run `python tools/docs_figures.py`"
    )


def test_splice_replaces_only_the_marked_region(tmp_path: Path):
    tool = load_tool()
    (tmp_path / "bench.md").write_text("| a |\n|---|\n| 1 |\n", encoding="utf-8")
    text = "Intro.\n<!-- figures:bench -->\nold\n<!-- /figures -->\nEnd.\n"
    spliced = tool.splice(text, tmp_path)
    table = "| a |\n|---|\n| 1 |\n"
    assert spliced == f"Intro.\n<!-- figures:bench -->\n{table}\n<!-- /figures -->\nEnd.\n"
    assert tool.splice(spliced, tmp_path) == spliced
    assert tool.figure_names(text) == ["bench"]
    with pytest.raises(FileNotFoundError, match="missing"):
        tool.splice(text.replace("bench", "gone"), tmp_path)


def test_readme_quick_start_prints_what_it_shows(capsys):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Quick start\n\n```python\n(.*?)```", text, re.DOTALL).group(1)
    shown = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    exec(compile(code, "README.md", "exec"), {})
    printed = [line.rstrip() for line in capsys.readouterr().out.splitlines()]
    assert shown and printed == shown
