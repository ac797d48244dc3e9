"""News article structure (first cut: body = text; issue 5 adds datelines, bylines, promos)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .io import Record, iter_records


@dataclass
class Article:
    """A news article split into its parts; `body` is what gets analysed."""

    doc_id: str
    path: str | None = None
    title: str | None = None
    body: str = ""
    published: dt.date | dt.datetime | None = None
    source: str | None = None
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    boilerplate: list[tuple[str, str]] = field(default_factory=list)  # (kind, removed line)
    error: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready fields (dates as ISO strings)."""
        data = asdict(self)
        if self.published is not None:
            data["published"] = self.published.isoformat()
        data["boilerplate"] = [list(item) for item in self.boilerplate]
        return data


def parse_article(record: Record) -> Article:
    """The Article of one raw record."""
    if record.error:
        return Article(doc_id=record.doc_id, path=record.path, error=record.error)
    fields = record.fields
    return Article(
        doc_id=record.doc_id,
        path=record.path,
        title=fields.get("title"),
        body=fields.get("text", ""),
        url=fields.get("url"),
        source=fields.get("source"),
    )


def read_articles(root: str | Path) -> Iterator[Article]:
    """Articles of every file below `root`; failures are Articles with `error` set."""
    for record in iter_records(root):
        yield parse_article(record)


def analyze_article(article: Article, nlp: Language | None = None) -> Doc:
    """Analyse an article's body, with relative dates anchored at its publication date."""
    from .pipeline import analyze

    doc = analyze(article.body, published=article.published, nlp=nlp)
    doc._.article = {"doc_id": article.doc_id, "title": article.title, "source": article.source}
    return doc
