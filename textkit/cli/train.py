"""`textkit train NAME [options]`: same as `python -m textkit.training NAME`."""

from __future__ import annotations

import argparse

from ..training import COMMANDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("train", help="rebuild a shipped model from ../shared/data")
    parser.add_argument("name", choices=sorted(COMMANDS))
    parser.add_argument("options", nargs=argparse.REMAINDER)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..training.__main__ import main

    return main([args.name, *args.options])
