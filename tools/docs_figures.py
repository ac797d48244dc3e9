"""Splice the benchmark figure files into the docs that show them.

    python tools/docs_figures.py          # rewrite the marked regions from docs/figures/
    python tools/docs_figures.py --check  # exit 1 and list the docs that are out of date

A doc marks where a figure file goes; everything between the markers is the file's text:

    <!-- figures:ner_eval -->
    (the text of docs/figures/ner_eval.md, then a blank line)
    <!-- /figures -->

GitHub Markdown has no include, so the figures are copied in; `tests/test_docs.py` fails when
a copy differs from its file, which makes "rerun the benchmark, then this" the only way a figure
gets into the docs.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "docs" / "figures"
REGION = re.compile(r"(<!-- figures:([\w-]+) -->\n)(.*?)(<!-- /figures -->)", re.DOTALL)


def doc_files(root: Path = ROOT) -> list[Path]:
    """The Markdown files that may hold figure regions: README, docs/ and the model card."""
    docs = [p for p in (root / "docs").rglob("*.md") if "figures" not in p.parts]
    return [root / "README.md", *sorted(docs), *sorted((root / "textkit").rglob("*.md"))]


def figure_names(text: str) -> list[str]:
    """The figure files a doc's marked regions name, in order."""
    return [m.group(2) for m in REGION.finditer(text)]


def splice(text: str, figures: Path = FIGURES) -> str:
    """`text` with every marked region holding the current text of its figure file."""

    def fill(match: re.Match) -> str:
        path = figures / f"{match.group(2)}.md"
        if not path.exists():
            raise FileNotFoundError(f"figure file {path} is missing: run its benchmark")
        # A blank line before the end marker, so a table or paragraph ends before it.
        return match.group(1) + path.read_text(encoding="utf-8") + "\n" + match.group(4)

    return REGION.sub(fill, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report docs out of date")
    args = parser.parse_args(argv)
    stale, missing = [], []
    for path in doc_files():
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            new = splice(text)
        except FileNotFoundError as err:
            missing.append(f"{path.relative_to(ROOT)}: {err}")
            continue
        if new != text:
            stale.append(path.relative_to(ROOT))
            if not args.check:
                path.write_text(new, encoding="utf-8")
    verb = "out of date" if args.check else "updated"
    for path in stale:
        print(f"{verb}: {path}")
    for line in missing:
        print(f"not updated: {line}", file=sys.stderr)
    return 1 if missing or (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
