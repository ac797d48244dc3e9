"""`textkit analyze FILE|-`: sentences, tokens and entities of one text.

FILE is read like a corpus file (`textkit.io`): the main text of an HTML page, the text
field of each JSON/JSONL object or CSV row; standard input is plain text."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .article import add_reading_options, parse_field_map
from .batch import add_analysis_options
from .table import format_table

if TYPE_CHECKING:
    from ..io import Record

ENTITY_COLUMNS = ("label", "text", "value", "type")
GRAMMAR_COLUMNS = ("i", "text", "pos", "lemma", "morph", "dep", "head")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="sentences, tokens and entities of one file (or - for stdin)",
        description=__doc__,
    )
    parser.add_argument(
        "file",
        help="a .html .json .jsonl or .csv file (also gzipped), any other file as plain text, "
        "or - for standard input",
    )
    parser.add_argument("--published", help="publication date (ISO 8601) for relative dates")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.add_argument(
        "--grammar",
        action="store_true",
        help="also show each token's part of speech, lemma, features and dependency",
    )
    add_analysis_options(parser)
    add_reading_options(parser)
    parser.set_defaults(func=run)


def read_input(name: str, **options) -> Iterator[Record]:
    """The records of one file, read like corpus files (standard input for `-`: one text).

    `options` go to `textkit.io.read_file` (`field_map`, `max_bytes`)."""
    from ..io import Record, decode_bytes, read_file, reader_text

    if name == "-":
        yield Record("-", "-", {"text": reader_text(decode_bytes(sys.stdin.buffer.read()))})
        return
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(
            f"{name} is a folder; analyze takes one file (for a folder: textkit entities or batch)"
        )
    if not path.exists():
        raise FileNotFoundError(f"no such file: {name}")
    yield from read_file(path, **options, as_text=True)  # a file of no known type is text


def token_grammar(doc: Doc) -> list[tuple]:
    """The GRAMMAR_COLUMNS of each token (not spaces); `head` is the head token's index."""
    return [
        (t.i, t.text, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i)
        for t in doc
        if not t.is_space
    ]


def doc_to_json(doc: Doc, grammar: bool = False) -> dict:
    """A JSON-ready summary of an analysed Doc (`grammar`: with a `grammar` row per token)."""
    from ..frames import mention_records

    out = {
        "published": doc._.published,
        "sentences": [{"text": sent.text, "tokens": [t.text for t in sent]} for sent in doc.sents],
        "entities": [
            {k: v for k, v in rec.items() if k != "doc_id"} for rec in mention_records(doc)
        ],
    }
    if grammar:
        out["grammar"] = [
            dict(zip(GRAMMAR_COLUMNS, row, strict=True)) for row in token_grammar(doc)
        ]
    return out


def format_doc(doc: Doc, grammar: bool = False) -> str:
    """A plain-text view: numbered sentences with tokens, then an entity table (`grammar`: and
    a table of each token's part of speech, lemma, features and dependency)."""
    lines = []
    for i, sent in enumerate(doc.sents):
        lines.append(f"[{i}] {sent.text.strip()}")
        lines.append("    " + " | ".join(t.text for t in sent if not t.is_space))
    lines.append("")
    if grammar:
        lines.append(format_table(GRAMMAR_COLUMNS, token_grammar(doc)))
        lines.append("")
    rows = [(e.label_, e.text, e._.value, e._.timex_type) for e in doc.ents]
    lines.append(format_table(ENTITY_COLUMNS, rows))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from .. import analyze, load
    from ..article import record_published
    from ..dates import normalize_published

    normalize_published(args.published)  # a bad date fails before the model loads
    options = {"field_map": parse_field_map(args.field_map), "max_bytes": args.max_bytes}
    records = list(read_input(args.file, **options))
    good = [r for r in records if r.error is None]
    if not good:
        first = records[0]
        raise ValueError(first.error if len(records) == 1 else f"{first.doc_id}: {first.error}")
    for record in records:
        if record.error is not None:
            print(f"textkit analyze: {record.doc_id}: {record.error}", file=sys.stderr)
    nlp = load(args.model, exclude=[] if args.grammar else ["grammar"])
    for record in good:
        published = args.published or record_published(record.fields)
        doc = analyze(
            record.fields["text"], published=published, nlp=nlp, max_length=args.max_length
        )
        if args.format == "jsonl":
            summary = doc_to_json(doc, args.grammar)
            print(json.dumps({"doc_id": record.doc_id, **summary}, ensure_ascii=False))
        else:
            if len(records) > 1:
                print(f"== {record.doc_id}")
            print(format_doc(doc, args.grammar))
    return 1 if len(good) < len(records) else 0
