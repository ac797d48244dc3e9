"""`textkit demo`: the main job on the sample corpus (what `make demo` runs).

Batch-processes `--corpus` into `--out` (documents, mentions and statements tables), then
writes `entity_counts.csv` and one PNG per chart into `OUT/charts/`, and prints the top entities
and the most quoted people.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..labels import NAMED_LABELS
from . import positive_int
from .batch import add_workers_option, resolved_workers

if TYPE_CHECKING:
    import pandas as pd

# (file name, chart kind, label) of each chart the demo draws.
CHARTS = (
    ("top.png", "top", None),
    ("top-PER.png", "top", "PER"),
    ("top-ORG.png", "top", "ORG"),
    ("top-LOC.png", "top", "LOC"),
    ("timeline.png", "timeline", None),
    ("cooccurrence.png", "cooccurrence", None),
    ("sources.png", "sources", None),
    ("map.png", "map", None),
    ("events.png", "events", None),
    ("speakers.png", "speakers", None),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="analyse the sample corpus into tables and charts (what `make demo` runs)"
    )
    parser.add_argument("--corpus", default="corpora", help="corpus folder (default: corpora)")
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    add_workers_option(parser)
    parser.add_argument(
        "--top", type=positive_int, default=15, help="entities per chart (default 15)"
    )
    parser.set_defaults(func=run)


def write_report(
    out: str | Path,
    documents: pd.DataFrame,
    mentions: pd.DataFrame,
    top: int = 15,
    quotes: pd.DataFrame | None = None,
) -> list[Path]:
    """Entity counts and charts of batch results, written into `out`; returns the files. The
    speakers chart needs the statements table `quotes`; without it, it is not drawn."""
    from ..frames import entity_counts
    from .chart import save_chart

    out = Path(out)
    counts_path = out / "entity_counts.csv"
    entity_counts(mentions).to_csv(counts_path, index=False)
    written = [counts_path]
    for name, kind, label in CHARTS:
        if kind == "speakers" and quotes is None:
            continue
        path = out / "charts" / name
        written.append(save_chart(kind, documents, mentions, path, label, top, quotes=quotes))
    return written


def summary_lines(mentions: pd.DataFrame, top: int = 5) -> list[str]:
    """The most mentioned entities of each named label, one line per label."""
    from ..frames import entity_counts

    counts = entity_counts(mentions, label=NAMED_LABELS, top=top)
    lines = []
    for label in NAMED_LABELS:
        rows = counts[counts["label"] == label]
        shown = ", ".join(f"{e} ({m})" for e, m in rows[["entity", "mentions"]].to_numpy())
        lines.append(f"{label}: {shown or '-'}")
    return lines


def speaker_line(quotes: pd.DataFrame, top: int = 5) -> str:
    """The most quoted people, with their statements, on one line."""
    from ..frames import quote_counts

    counts = quote_counts(quotes, label="PER", top=top)
    shown = ", ".join(f"{n} ({s})" for n, s in counts[["name", "statements"]].to_numpy())
    return f"most quoted: {shown or '-'}"


def run(args: argparse.Namespace) -> int:
    from ..batch import run as run_batch
    from ..frames import read_quotes, read_results

    summary = run_batch(args.corpus, args.out, workers=resolved_workers(args.workers, "demo"))
    if not summary.table_documents - summary.table_errors:
        raise ValueError(f"no readable articles in {args.corpus}: nothing to chart")
    print(summary.format(), file=sys.stderr)
    documents, mentions = read_results(args.out)
    quotes = read_quotes(args.out)
    for path in write_report(args.out, documents, mentions, top=args.top, quotes=quotes):
        print(f"wrote {path}")
    print("\n".join([*summary_lines(mentions), speaker_line(quotes)]))
    return 0
