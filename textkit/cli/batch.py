"""`textkit batch CORPUS --out OUT`: a corpus folder to documents and mentions tables."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="analyse a corpus folder into OUT/documents.parquet and OUT/mentions.parquet",
        description="Analyse every article below CORPUS into tables in OUT. Reruns skip "
        "unchanged documents and pick up new or changed ones; rows of removed inputs are "
        "dropped unless --keep-removed.",
    )
    parser.add_argument("corpus", help="a folder (or file) of articles")
    parser.add_argument("--out", required=True, help="output folder for the tables")
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="parallel processes (default 1)"
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes (default) or a Dask cluster",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler (tcp://host:8786) for --engine dask; "
        "default: a local cluster of N workers",
    )
    parser.add_argument("--model", metavar="DIR", help="model folder (default: the shipped one)")
    parser.add_argument(
        "--max-length",
        type=int,
        metavar="CHARS",
        help="longest text per Doc (default 100,000); longer documents are split at paragraphs",
    )
    parser.add_argument("--force", action="store_true", help="redo documents already done")
    parser.add_argument(
        "--keep-removed", action="store_true", help="keep rows of inputs that are gone"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    parser.add_argument(
        "--aliases",
        metavar="FILE",
        help="CSV/TSV of alias, canonical name, label rows (see docs/identity.md)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..batch import run as run_batch
    from ..batch.store import OutputLocked

    if args.scheduler and args.engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    try:
        summary = run_batch(
            args.corpus,
            args.out,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            model=args.model,
            max_length=args.max_length,
            force=args.force,
            keep_removed=args.keep_removed,
            progress=False if args.quiet else None,
            aliases=args.aliases,
        )
    except OutputLocked as err:
        print(f"textkit batch: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            f"textkit batch: interrupted; finished chunks are saved, rerun into {args.out} "
            "to complete the job",
            file=sys.stderr,
        )
        return 130
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return 0
