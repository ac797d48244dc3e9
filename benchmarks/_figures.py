"""Where benchmark scripts leave their figures: `docs/figures/<name>.md`, included by the docs.

Every script prints its figures and also writes them here, so no figure in `docs/` is typed by
hand. Rerun the script to refresh its file.
"""

from __future__ import annotations

import datetime as dt
import platform
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
