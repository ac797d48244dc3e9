"""`textkit quotes FILE|FOLDER`: the statements (who said what) found in article bodies."""

from __future__ import annotations

import argparse

from .entities import add_listing_options, list_rows

TABLE_COLUMNS = ("doc_id", "direct", "cue", "speaker_entity", "role", "text")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quotes", help="list the statements (who said what) in the bodies of news articles"
    )
    add_listing_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..frames import QUOTE_COLUMNS, quote_records

    return list_rows(args, "quotes", quote_records, QUOTE_COLUMNS, TABLE_COLUMNS)
