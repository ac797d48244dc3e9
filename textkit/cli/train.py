"""`textkit train NAME [OPTIONS…]`: same as `python -m textkit.training NAME [OPTIONS…]`."""

from __future__ import annotations

import argparse

from ..training import COMMANDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train",
        help="rebuild a shipped model from ../shared/data",
        usage="textkit train NAME [OPTIONS…]",
        description="Rebuild a shipped model from ../shared/data. The OPTIONS go to the "
        "training command: `textkit train NAME --help` lists them.",
        add_help=True,
    )
    names = sorted(COMMANDS)
    parser.add_argument("name", metavar="NAME", choices=names, help=", ".join(names))
    parser.add_argument("options", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..training.__main__ import main

    return main([args.name, *args.options])
