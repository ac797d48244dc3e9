"""The user's alias table (`textkit.load(aliases=...)`): its names found as phrases, and saved
with the pipeline.

Each alias and canonical name of the table is a phrase pattern: a mention written as in the
table, or in capitals (a headline), becomes an entity of the row's label, whatever the NER
made of it (`Pak Kades`, where the NER saw the place `Kades`). A longer entity around a match
stays (`Koperasi Maju Bersama Sejahtera` keeps its name). `textkit_identity` then gives the
mentions the row's canonical name.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import people

FILE_NAME = "aliases.tsv"  # the table's file in a saved pipeline's component folder


class UserAliases:
    """An alias table: rows, lookup keys and the phrase matcher of its forms."""

    def __init__(self, nlp: Language, source: str | None = None) -> None:
        self.nlp = nlp
        self.source = source  # the alias file named in the config
        self.missing = False  # named but not found, and not loaded from a saved pipeline yet
        self.set_rows([])
        if source:
            if Path(source).exists():
                self.set_rows(people.read_alias_rows(source))
            else:  # a saved pipeline carries its table: `from_disk` loads it
                self.missing = True

    def set_rows(self, rows: list[people.AliasRow]) -> None:
        self.rows = list(rows)
        self.table = people.alias_table(self.rows)
        self.forms: dict[str, tuple[str, set[str]]] = {}  # lower case → (label, as written)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for alias, name, label in self.rows:
            for form in (alias, name):
                written = " ".join(form.split())
                _, forms = self.forms.setdefault(written.lower(), (label, set()))
                forms.add(written)
        for lowered in self.forms:
            self.matcher.add("USER_ALIAS", [self.nlp.make_doc(lowered)])
        self.missing = False

    def lookup(self, label: str, text: str) -> str | None:
        """The canonical name the table gives a mention, or None."""
        from ..places import key

        return self.table.get((label, key(text))) if self.table else None

    def check(self) -> None:
        if self.missing:
            raise FileNotFoundError(f"alias file not found: {self.source}")

    def spans(self, doc: Doc) -> list[Span]:
        """The table's forms in `doc`, as written or in capitals, longest first where they
        overlap, labelled by their rows."""
        if not self.forms:
            return []
        found = []
        for _, start, end in self.matcher(doc):
            text = " ".join(doc[start:end].text.split())
            label, written = self.forms[text.lower()]
            if text in written or text.isupper():
                found.append(Span(doc, start, end, label=label))
        return filter_spans(found)

    def apply(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """`ents` with the table's mentions: an entity a match overlaps gives way to it,
        unless it holds the match whole and is longer."""
        matches = self.spans(doc)
        if not matches:
            return ents
        kept_matches = [
            m for m in matches if not any(_holds(e, m) and len(e) > len(m) for e in ents)
        ]
        kept = [e for e in ents if not any(_overlaps(e, m) for m in kept_matches)]
        return sorted(kept + kept_matches, key=lambda s: s.start)

    # A saved pipeline keeps the table (nlp.to_disk / from_disk, to_bytes / from_bytes).

    def to_text(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        writer.writerow(people.ALIAS_COLUMNS)
        writer.writerows(self.rows)
        return buffer.getvalue()

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        (path / FILE_NAME).write_text(self.to_text(), encoding="utf-8")

    def from_disk(self, path: Path) -> None:
        if (path / FILE_NAME).exists():
            self.set_rows(people.read_alias_rows(path / FILE_NAME))

    def from_text(self, text: str) -> None:
        rows = list(csv.reader(io.StringIO(text), delimiter="\t"))[1:]
        self.set_rows([(a, n, label) for a, n, label in rows])


def _holds(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
