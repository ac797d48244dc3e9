"""`textkit chart OUT --kind top|timeline|cooccurrence|sources|map|events|speakers -o ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import positive_int

if TYPE_CHECKING:
    import pandas as pd


def label(text: str) -> str:
    """An argparse type: an entity label, in upper case."""
    from ..frames import check_labels

    try:
        (value,) = check_labels(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("chart", help="draw a chart of `textkit batch` results")
    parser.add_argument("out", help="the folder `textkit batch` wrote its tables to")
    parser.add_argument(
        "--kind",
        default="top",
        help="top, timeline, cooccurrence, sources, map, events or speakers (default: top)",
    )
    parser.add_argument(
        "--label", type=label, help="only this entity label (PER, ORG, LOC, DATE, TIME; any case)"
    )
    parser.add_argument(
        "--top", type=positive_int, default=20, help="how many entities (default: 20)"
    )
    parser.add_argument(
        "--freq", default="M", choices=("W", "M"), help="timeline period: W or M (default: M)"
    )
    parser.add_argument("-o", "--output", default="chart.png", help="image file (.png, .svg, .pdf)")
    parser.set_defaults(func=run)


def chart_path(path: str | Path, kind: str) -> Path:
    """Where a chart goes: `path`, `path/KIND.png` for a folder, `path.png` without suffix."""
    path = Path(path)
    if path.is_dir():
        return path / f"{kind}.png"
    return path if path.suffix else path.with_suffix(".png")


def save_chart(
    kind: str,
    documents: pd.DataFrame,
    mentions: pd.DataFrame,
    path: str | Path,
    label: str | None = None,
    top: int = 20,
    freq: str = "M",
    quotes: pd.DataFrame | None = None,
) -> Path:
    """Draw one chart of batch results into an image file (Agg backend, no display);
    `quotes`: the statements table, for the speakers chart."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..plot import chart

    ax = chart(kind, documents, mentions, label=label, top=top, freq=freq, quotes=quotes)
    path = chart_path(path, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(ax.figure)
    return path


def run(args: argparse.Namespace) -> int:
    import warnings

    from ..frames import IncompleteResults, read_quotes, read_results

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", IncompleteResults)
        documents, mentions = read_results(args.out)
    for warning in caught:
        print(f"textkit chart: warning: {warning.message}", file=sys.stderr)
    if documents.empty or documents["error"].notna().all():
        raise ValueError(f"no analysed documents in {args.out}: nothing to chart")
    quotes = read_quotes(args.out) if args.kind == "speakers" else None
    path = save_chart(
        args.kind, documents, mentions, args.output, args.label, args.top, args.freq, quotes
    )
    print(path)
    return 0
