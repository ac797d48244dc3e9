"""`textkit entities FILE|FOLDER`: the entity mentions found in article bodies."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence

from .article import add_reading_options, parse_field_map
from .batch import add_analysis_options
from .table import format_table

TABLE_COLUMNS = ("doc_id", "sent", "label", "text", "entity", "start_char", "end_char")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "entities", help="list the entity mentions in the bodies of news articles"
    )
    add_listing_options(parser)
    parser.set_defaults(func=run)


def add_listing_options(parser: argparse.ArgumentParser) -> None:
    """The input, `--format` and analysis options of a command that lists rows of articles."""
    parser.add_argument("path", help="a file or a folder (.txt .md .html .json .jsonl .csv)")
    parser.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    add_analysis_options(parser)
    add_reading_options(parser)


def run(args: argparse.Namespace) -> int:
    from ..frames import MENTION_COLUMNS, mention_records

    return list_rows(args, "entities", mention_records, MENTION_COLUMNS, TABLE_COLUMNS)


def list_rows(
    args: argparse.Namespace,
    command: str,
    records: Callable[..., list[dict]],
    columns: Sequence[str],
    table_columns: Sequence[str],
) -> int:
    """Analyse the articles at `args.path` and print the rows `records(doc, doc_id)` gives of
    each, as a table (`table_columns`), JSON Lines or CSV (`columns`)."""
    from ..article import analyze_articles, read_articles
    from ..io import iter_files
    from ..pipeline import load

    field_map = parse_field_map(args.field_map)
    next(iter_files(args.path), None)  # a missing path fails before the model loads
    nlp = load(args.model)

    errors = 0

    def articles():
        nonlocal errors
        for article in read_articles(args.path, field_map=field_map, max_bytes=args.max_bytes):
            if article.error:
                errors += 1
                print(f"textkit {command}: {article.doc_id}: {article.error}", file=sys.stderr)
            yield article

    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns))
        writer.writeheader()
    table: list[list] = []  # table_columns cells of each row
    for article, doc in analyze_articles(articles(), nlp, max_length=args.max_length):
        for row in records(doc, article.doc_id):
            if writer is not None:
                writer.writerow(row)
            elif args.format == "jsonl":
                print(json.dumps(row, ensure_ascii=False))
            else:
                table.append([row[c] for c in table_columns])
    if args.format == "table":
        print(format_table(table_columns, table))
    return 1 if errors else 0
