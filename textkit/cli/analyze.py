"""`textkit analyze FILE|-`: sentences, tokens and entities of one text."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from spacy.tokens import Doc

from .table import format_table

ENTITY_COLUMNS = ("label", "text", "value", "type")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="analyse one text file (or - for stdin)")
    parser.add_argument("file", help="a text file (any common encoding), or - for standard input")
    parser.add_argument("--published", help="publication date (ISO 8601) for relative dates")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.set_defaults(func=run)


def read_input(name: str) -> str:
    """The normalized text of a file (or standard input for `-`), decoded like corpus files."""
    from ..io import decode_bytes, normalize_text

    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return normalize_text(decode_bytes(data))


def doc_to_json(doc: Doc) -> dict:
    """A JSON-ready summary of an analysed Doc."""
    from ..frames import mention_records

    return {
        "published": doc._.published,
        "sentences": [{"text": sent.text, "tokens": [t.text for t in sent]} for sent in doc.sents],
        "entities": [
            {k: v for k, v in rec.items() if k != "doc_id"} for rec in mention_records(doc)
        ],
    }


def format_doc(doc: Doc) -> str:
    """A plain-text view: numbered sentences with tokens, then an entity table."""
    lines = []
    for i, sent in enumerate(doc.sents):
        lines.append(f"[{i}] {sent.text.strip()}")
        lines.append("    " + " | ".join(t.text for t in sent if not t.is_space))
    lines.append("")
    rows = [(e.label_, e.text, e._.value, e._.timex_type) for e in doc.ents]
    lines.append(format_table(ENTITY_COLUMNS, rows))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from .. import analyze

    doc = analyze(read_input(args.file), published=args.published)
    if args.format == "jsonl":
        print(json.dumps(doc_to_json(doc), ensure_ascii=False))
    else:
        print(format_doc(doc))
    return 0
