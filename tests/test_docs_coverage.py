"""The user docs keep up with the code: every CLI option and choice is in docs/cli.md, every
output column and run.json field in the README or docs/batch.md.

What is checked is read from the code at test time (the parser, the table schemas, the run
summary), so an option or column added anywhere fails here until it is documented."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pyarrow as pa
import pytest

from textkit import tables
from textkit.batch.job import RunSummary
from textkit.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
TABLE_DOCS = "\n".join(
    (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "docs/batch.md")
)


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _section(command: str) -> str:
    """The part of docs/cli.md under `## textkit COMMAND`."""
    match = re.search(rf"^## textkit {command}\b.*?(?=^## |\Z)", CLI_DOC, re.M | re.S)
    assert match, f"docs/cli.md has no section '## textkit {command}'"
    return match.group(0)


def _documented_items() -> list[tuple[str, str]]:
    """(command, what must appear in its section): long options and the choices of options
    and of positional arguments (`--kind events`, `train land`)."""
    items = []
    for command, parser in _subparsers(build_parser()).items():
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            longs = [o for o in action.option_strings if o.startswith("--")]
            items.extend((command, option) for option in longs)
            for choice in action.choices or ():
                items.append((command, str(choice)))
    return items


@pytest.mark.parametrize(("command", "item"), _documented_items())
def test_every_cli_option_and_choice_is_in_docs_cli(command, item):
    assert re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", _section(command)), (
        f"docs/cli.md, section textkit {command}, does not mention {item}"
    )


def _output_columns() -> list[tuple[str, str]]:
    """(table, column) of every output table schema (`textkit.tables`), and run.json's keys."""
    columns = []
    for name, schema in vars(tables).items():
        if name.endswith("_SCHEMA") and isinstance(schema, pa.Schema):
            columns.extend((name.removesuffix("_SCHEMA").lower(), c) for c in schema.names)
    summary = RunSummary(corpus="c", out="o").to_dict()
    columns.extend(("run.json", key) for key in summary)
    return columns


@pytest.mark.parametrize(("table", "column"), _output_columns())
def test_every_output_column_is_in_the_docs(table, column):
    assert f"`{column}`" in TABLE_DOCS, f"{table} column {column!r} is in neither README.md "
    "nor docs/batch.md"
