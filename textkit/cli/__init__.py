"""The `textkit` command line; each subcommand lives in its own module of this package.

Every failure is one line on stderr, `textkit COMMAND: error: …`, with exit code 2 for bad
arguments and input, 1 when some documents of a corpus could not be read, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# Each module defines `register(subparsers)`, which adds its parser and sets `func`.
SUBCOMMANDS = ("analyze", "article", "entities", "quotes", "batch", "chart", "train", "demo")

DESCRIPTION = """\
textkit finds the people, organizations, places, dates and times in Indonesian news text.

Try it on one article, then on a whole folder:
  textkit analyze berita.txt                   sentences, tokens and entities of one text
  textkit entities corpora/                    the entity mentions of every article
  textkit quotes corpora/                      who said what in every article
  textkit batch corpora/ --out out/            a folder of articles to Parquet tables
  textkit chart out/ --kind top -o top.png     a chart of those tables
  textkit demo                                 all of it on the sample corpus

Articles can be .txt, .md, .html, .json, .jsonl or .csv files, in any common encoding."""
EPILOG = "`textkit COMMAND --help` tells more about a command."
# Set to show the Python traceback of an unexpected error.
DEBUG_VARIABLE = "TEXTKIT_DEBUG"


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr (exit 2)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def positive_int(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def non_negative_int(text: str) -> int:
    """An argparse type: an integer of at least 0."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="textkit",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def fail(command: str, message: object) -> int:
    """Print one error line for `command`; the exit code of bad input (2)."""
    text = " ".join(str(message).split()) or type(message).__name__
    print(f"textkit {command}: error: {text}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `textkit` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print(f"textkit {args.command}: interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, TypeError, LookupError) as err:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        return fail(args.command, err)
    except Exception as err:  # noqa: BLE001  (one line, not a traceback; see DEBUG_VARIABLE)
        if os.environ.get(DEBUG_VARIABLE):
            raise
        fail(args.command, f"{type(err).__name__}: {err} (set {DEBUG_VARIABLE}=1 for details)")
        return 1
