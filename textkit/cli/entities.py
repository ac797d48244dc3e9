"""`textkit entities FILE|FOLDER`: the entity mentions found in article bodies."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from .article import add_reading_options, parse_field_map
from .batch import add_analysis_options
from .table import format_table

TABLE_COLUMNS = ("doc_id", "sent", "label", "text", "entity", "start_char", "end_char")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "entities", help="list the entity mentions in the bodies of news articles"
    )
    parser.add_argument("path", help="a file or a folder (.txt .md .html .json .jsonl .csv)")
    parser.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    add_analysis_options(parser)
    add_reading_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..article import analyze_articles, read_articles
    from ..frames import MENTION_COLUMNS, mention_records
    from ..io import iter_files
    from ..pipeline import load

    field_map = parse_field_map(args.field_map)
    next(iter_files(args.path), None)  # a missing path fails before the model loads
    nlp = load(args.model, exclude=["grammar"])  # mentions use no grammar

    errors = 0

    def articles():
        nonlocal errors
        for article in read_articles(args.path, field_map=field_map, max_bytes=args.max_bytes):
            if article.error:
                errors += 1
                print(f"textkit entities: {article.doc_id}: {article.error}", file=sys.stderr)
            yield article

    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(MENTION_COLUMNS))
        writer.writeheader()
    table: list[list] = []  # TABLE_COLUMNS cells of each mention
    for article, doc in analyze_articles(articles(), nlp, max_length=args.max_length):
        for row in mention_records(doc, article.doc_id):
            if writer is not None:
                writer.writerow(row)
            elif args.format == "jsonl":
                print(json.dumps(row, ensure_ascii=False))
            else:
                table.append([row[c] for c in TABLE_COLUMNS])
    if args.format == "table":
        print(format_table(TABLE_COLUMNS, table))
    return 1 if errors else 0
