"""`textkit article FILE|FOLDER`: the parsed article(s) as JSON, one object a line."""

from __future__ import annotations

import argparse
import json
import sys


def parse_field_map(value: str | None) -> dict[str, str] | None:
    """`text=isi,date=tanggal` → {"text": "isi", "date": "tanggal"}; ValueError for a
    malformed map or an unknown field."""
    from ..io import check_field_map

    if not value:
        return None
    pairs = [item.split("=", 1) for item in value.split(",") if item.strip()]
    if not pairs or any(len(pair) != 2 or not all(p.strip() for p in pair) for pair in pairs):
        raise ValueError(f"--field-map wants field=column pairs, got {value!r}")
    field_map = {field.strip(): column.strip() for field, column in pairs}
    check_field_map(field_map)
    return field_map


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by the commands that read a corpus."""
    from ..io import MAX_BYTES
    from . import positive_int

    parser.add_argument(
        "--field-map",
        metavar="FIELD=COLUMN,…",
        help="JSON/CSV field names to use, e.g. text=isi,date=tanggal",
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=MAX_BYTES,
        help=f"skip files larger than this, with an error record (default {MAX_BYTES})",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    from . import non_negative_int

    parser = subparsers.add_parser(
        "article", help="parse news articles (title, dateline, bylines, body) into JSON"
    )
    parser.add_argument("path", help="a file or a folder (.txt .md .html .json .jsonl .csv)")
    parser.add_argument(
        "--indent", type=non_negative_int, default=None, help="pretty-print with this indent"
    )
    add_reading_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..article import read_articles

    errors = 0
    for article in read_articles(
        args.path, field_map=parse_field_map(args.field_map), max_bytes=args.max_bytes
    ):
        if article.error:
            errors += 1
            print(f"textkit article: {article.doc_id}: {article.error}", file=sys.stderr)
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=args.indent))
    return 1 if errors else 0
