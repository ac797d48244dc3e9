"""`textkit batch CORPUS --out OUT`: a corpus folder to documents and mentions tables."""

from __future__ import annotations

import argparse
import sys

from ..segments import MIN_SEGMENT_CHARS, SEGMENT_CHARS
from .article import add_reading_options, parse_field_map


def workers(text: str) -> int:
    """An argparse type: a number of worker processes, at least 1, or -1 for all cores."""
    value = int(text)
    if value < 1 and value != -1:
        raise argparse.ArgumentTypeError(f"must be at least 1, or -1 for all cores; got {value}")
    return value


def add_workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        type=workers,
        default=1,
        metavar="N",
        help="parallel processes (default 1; -1: one per core)",
    )


def resolved_workers(value: int, command: str) -> int:
    """The number of workers for `--workers value`, saying so on stderr for -1."""
    from ..batch.job import resolve_workers

    count = resolve_workers(value)
    if value == -1:
        print(f"textkit {command}: --workers -1: using all {count} cores", file=sys.stderr)
    return count


def max_length(text: str) -> int:
    """An argparse type: a --max-length of at least MIN_SEGMENT_CHARS."""
    value = int(text)
    if value < MIN_SEGMENT_CHARS:
        raise argparse.ArgumentTypeError(f"must be at least {MIN_SEGMENT_CHARS:,}, got {value:,}")
    return value


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that analyse text: the model, the longest text per Doc."""
    parser.add_argument("--model", metavar="DIR", help="model folder (default: the shipped one)")
    parser.add_argument(
        "--max-length",
        type=max_length,
        metavar="CHARS",
        help=f"longest text per Doc (default {SEGMENT_CHARS:,}, at least {MIN_SEGMENT_CHARS:,}); "
        "longer texts are split at paragraphs",
    )


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
    add_workers_option(parser)
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
    add_analysis_options(parser)
    add_reading_options(parser)
    parser.add_argument("--force", action="store_true", help="redo documents already done")
    parser.add_argument(
        "--keep-removed", action="store_true", help="keep rows of inputs that are gone"
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="OUT holds the tables of another corpus: replace them (refused without it)",
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
    from . import fail

    if args.scheduler and args.engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    try:
        summary = run_batch(
            args.corpus,
            args.out,
            workers=resolved_workers(args.workers, "batch"),
            engine=args.engine,
            scheduler=args.scheduler,
            model=args.model,
            max_length=args.max_length,
            force=args.force,
            keep_removed=args.keep_removed,
            progress=False if args.quiet else None,
            aliases=args.aliases,
            replace=args.replace,
            field_map=parse_field_map(args.field_map),
            max_bytes=args.max_bytes,
        )
    except OutputLocked as err:
        return fail("batch", err)
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
