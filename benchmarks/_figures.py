"""Where benchmark scripts leave their figures: `docs/figures/<name>.md`, included by the docs.

Every script prints its figures and also writes them here, so no figure in `docs/` is typed by
hand. Rerun the script to refresh its file.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
from pathlib import Path

FIGURES = Path(__file__).resolve().parent.parent / "docs" / "figures"


def write_figures(name: str, markdown: str, command: str) -> Path:
    """Write `markdown` (a table or a few lines) to `docs/figures/<name>.md` under a header that
    names the command that produced it, the date and the machine; return the path."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    path = FIGURES / f"{name}.md"
    stamp = dt.date.today().isoformat()
    header = (
        f"<!-- written by `{command}` on {stamp} ({platform.machine()}, "
        f"{platform.python_version()}); do not edit by hand -->\n\n"
    )
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(header + markdown.rstrip() + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


class Figures:
    """The lines a benchmark prints (Markdown), kept to be written with `write_figures`."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def print(self, line: str = "") -> None:
        print(line, flush=True)
        self.lines.append(line)

    def write(self, name: str, script: str, argv: list[str] | None) -> Path:
        """Write the printed lines to `docs/figures/<name>.md`, naming the command run."""
        args = sys.argv[1:] if argv is None else argv
        command = " ".join(["python", f"benchmarks/{script}", *args])
        path = write_figures(name, "\n".join(self.lines), command)
        print(f"\nfigures written to {path}")
        return path
