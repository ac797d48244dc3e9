"""News article structure: title, dateline, bylines, credits, promo lines and the body.

`parse_article` splits a raw record into an `Article`; `body` is exactly the text that
`analyze_article` analyses (mention offsets point into it), and every line or fragment taken
out of the text is kept in `boilerplate` with its kind:

- `title`, `section`, `date`, `outlet` (`kumparanNEWS`): header lines above the body;
- `summary`: a one-sentence summary standing between the title and the dateline;
- `dateline`: `JAKARTA, KOMPAS.com -` and its variants;
- `byline`: `Penulis: … | Editor: …`, `Laporan Wartawan …`; `credit`: `(nama/ant)`, `(*)`,
  `Sumber: …`;
- `promo`: `Baca juga: …`, `(Baca juga: …)`, `Simak juga …`; `republished`: `Artikel ini telah
  tayang di …`; `tags`, `share`, `navigation`, `url`.

The rules are in `textkit.article_rules`; this module drives them over the header, body,
opening and tail of an article and reduces what they found to the Article's fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import organizations
from .article_rules import (
    BODY_RULES,
    HEADER_RULES,
    OPENING_LINES,
    OPENING_RULES,
    TAIL_JOINS,
    TAIL_RULES,
    Context,
    Finding,
    Rule,
    canonical_outlet,
    canonical_place,
    is_standfirst,
    match_dateline,
    split_names,
    url_date,
)
from .dates import normalize_published, parse_date
from .io import MAX_BYTES, Record, iter_records
from .normalize import normalize_text
from .pipeline import load
from .segments import BATCH_SIZE, pipe_texts


@dataclass
class Article:
    """A news article split into its parts; `body` is what gets analysed."""

    doc_id: str
    path: str | None = None
    title: str | None = None
    body: str = ""
    published: dt.date | dt.datetime | None = None
    source: str | None = None  # publisher: metadata, else the outlet of the dateline or header
    dateline: str | None = None  # place of the dateline, e.g. "Kalbajar"
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    boilerplate: list[tuple[str, str]] = field(default_factory=list)  # (kind, removed text)
    error: str | None = None
    credit: str | None = None  # agency credited for the content: `Sumber: …`, `(ant)`, `| ANTARA`
    section: str | None = None  # section label above the title, e.g. "Video"
    lead: str | None = None  # first paragraph of the body

    def to_dict(self) -> dict:
        """JSON-ready fields (dates as ISO strings)."""
        data = asdict(self)
        if self.published is not None:
            data["published"] = self.published.isoformat()
        data["boilerplate"] = [list(item) for item in self.boilerplate]
        return data


def metadata_source(source: object) -> str | None:
    """The publisher named by the metadata: a known outlet's canonical name (`kompas.com` →
    `Kompas.com`), else the text as given."""
    if not source:
        return None
    return organizations.outlet_name(str(source)) or str(source)


__all__ = [
    "Article",
    "Record",
    "analyze_article",
    "analyze_articles",
    "canonical_outlet",
    "canonical_place",
    "match_dateline",
    "parse_article",
    "parse_date",
    "read_articles",
    "split_names",
    "trace_article",
    "url_date",
]


# --- the driver and the reducer ----------------------------------------------------------------

HEADER_LINES = 8  # header lines (title, section, date, byline) looked at above the body

# How the values that rules read merge into one field: `first` (the first value found wins),
# `all` (every value in order, without repeats). The source is the metadata's publisher, else
# the outlet of the dateline, else an outlet named elsewhere in the text, else the credit.
MERGE: dict[str, str] = {
    "title": "first",
    "section": "first",
    "published": "first",
    "url": "first",
    "dateline": "first",
    "dateline_outlet": "first",
    "outlet": "first",
    "credit": "first",
    "authors": "all",
    "editors": "all",
}
SOURCE_ORDER = ("dateline_outlet", "outlet", "credit")

Found = tuple[str, Finding]  # (`zone/rule` name, finding)


def _first_match(zone: str, rules: tuple[Rule, ...], line: str, ctx: Context) -> Found | None:
    """The finding of the first rule that classifies `line`."""
    for rule in rules:
        finding = rule.classify(line, ctx)
        if finding is not None:
            return f"{zone}/{rule.name}", finding
    return None


def _clean(zone: str, rules: tuple[Rule, ...], line: str, ctx: Context) -> tuple[str, list[Found]]:
    """`line` after every rule in turn took out what it classifies (each sees what the previous
    left), with the findings."""
    found: list[Found] = []
    for rule in rules:
        finding = rule.classify(line, ctx)
        if finding is not None:
            found.append((f"{zone}/{rule.name}", finding))
            line = finding.keep
            if not line.strip():
                break
    return line, found


def _header(lines: list[str], ctx: Context) -> tuple[int, list[Found], Context]:
    """The header zone: where the body starts, the header findings, the context after them."""
    found: list[Found] = []
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    start = 0
    for n, i in enumerate(nonblank[:HEADER_LINES]):
        following = nonblank[n + 1 :]
        ctx = replace(
            ctx,
            has_more=bool(following),
            next_line=lines[following[0]] if following else "",
        )
        hit = _first_match("header", HEADER_RULES, lines[i], ctx)
        if hit is None:
            return i, found, ctx
        found.append(hit)
        title = _value(hit[1], "title")
        if ctx.title is None and title is not None:
            ctx = replace(ctx, title=title)
        start = i + 1
    return start, found, ctx


def _body(lines: list[str], ctx: Context) -> tuple[list[str], list[Found]]:
    """The body zone: every line cleaned by the body rules (None: nothing of it is left)."""
    body: list[str] = []
    found: list[Found] = []
    for line in lines:
        if not line.strip():
            body.append(line)
            continue
        kept, hits = _clean("body", BODY_RULES, line, ctx)
        found += hits
        follow = hits[-1][1].follow if hits else 0
        if follow != ctx.promo_open:
            ctx = replace(ctx, promo_open=follow)
        if kept.strip():
            body.append(kept)
    return body, found


def _opening(body: list[str], ctx: Context) -> list[Found]:
    """The dateline on the first body line, or below a one-sentence summary when the article has
    a title (the summary is then header material too)."""
    filled = [i for i, line in enumerate(body) if line.strip()][:OPENING_LINES]
    for n, i in enumerate(filled):
        hit = _first_match("opening", OPENING_RULES, body[i], ctx)
        if hit is not None:
            body[i] = hit[1].keep
            summary = [Finding(removed=(("summary", body[j]),)) for j in filled[:n]]
            for j in filled[:n]:
                body[j] = ""
            return [*(("opening/standfirst", f) for f in summary), hit]
        if ctx.title is None or not is_standfirst(body[i]):
            break
    return []


def _tail(body: list[str], ctx: Context) -> list[Found]:
    """The tail zone: end credits and page furniture cut off the last paragraphs."""
    found: list[Found] = []
    for i in range(len(body) - 1, -1, -1):
        if not body[i].strip():
            continue
        line = body[i]
        while True:
            before = line
            for rule in TAIL_RULES:
                finding = rule.classify(line, ctx)
                if finding is not None:
                    found.append((f"tail/{rule.name}", finding))
                    line = finding.keep
            line = line.rstrip(TAIL_JOINS)
            if line == before:
                break
        body[i] = line
        if line.strip():
            break
        body[i] = ""
    return found


def _value(finding: Finding, name: str) -> object | None:
    return next((v for f, v in finding.values if f == name), None)


def reduce_findings(found: list[Found]) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """Field values merged by `MERGE`, and the removed text with its kind, in order."""
    fields: dict[str, object] = {name: [] for name, how in MERGE.items() if how == "all"}
    boilerplate: list[tuple[str, str]] = []
    for _, finding in found:
        for kind, text in finding.removed:
            if text.strip(" ,"):
                boilerplate.append((kind, text.strip()))
        for name, value in finding.values:
            if MERGE[name] == "first":
                fields.setdefault(name, value)
            elif value not in fields[name]:
                fields[name].append(value)
    return fields, boilerplate


def record_published(fields: Mapping) -> dt.date | dt.datetime | None:
    """The publication date of a record's metadata: its `date` field, else its URL's date."""
    value = fields.get("date")
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return value
    if value not in (None, ""):
        parsed = parse_date(str(value))
        if parsed is not None:
            return parsed
    return url_date(fields.get("url"))


def _join(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_article(record: Record) -> Article:
    """The Article of one raw record: metadata, header, dateline, credits and the body."""
    return trace_article(record)[0]


def trace_article(record: Record) -> tuple[Article, list[Found]]:
    """The Article of one raw record and the findings it was reduced from, as (rule name,
    finding) pairs in the order the rules made them."""
    if record.error:
        return Article(doc_id=record.doc_id, path=record.path, error=record.error), []
    meta = record.fields
    title = meta.get("title")
    article = Article(
        doc_id=record.doc_id,
        path=record.path,
        title=normalize_text(str(title)).strip() if title else None,
        url=meta.get("url"),
        source=metadata_source(meta.get("source")),
        published=record_published(meta),
    )
    lines = normalize_text(meta.get("text") or "").split("\n")
    start, found, ctx = _header(lines, Context(title=article.title))
    body, body_found = _body(lines[start:], ctx)
    found += body_found
    found += _opening(body, ctx)
    found += _tail(body, ctx)
    fields, article.boilerplate = reduce_findings(found)
    article.body = _join(body)
    article.lead = next((p.strip() for p in article.body.split("\n") if p.strip()), None)
    article.title = article.title or fields.get("title")
    article.section = fields.get("section")
    article.url = article.url or fields.get("url")
    article.published = article.published or fields.get("published") or url_date(article.url)
    article.dateline = fields.get("dateline")
    article.authors, article.editors = fields["authors"], fields["editors"]
    article.credit = fields.get("credit")
    if article.source is None:
        article.source = next((fields[k] for k in SOURCE_ORDER if fields.get(k)), None)
    return article, found


def read_articles(
    root: str | Path,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article]:
    """Articles of every file below `root`; failures are Articles with `error` set."""
    for record in iter_records(root, field_map=field_map, max_bytes=max_bytes):
        yield parse_article(record)


def article_metadata(article: Article) -> dict:
    """The metadata stored in `doc._.article`: everything but the body and boilerplate."""
    data = article.to_dict()
    for key in ("body", "boilerplate", "lead"):
        data.pop(key, None)
    return data


def _article_attrs(article: Article) -> dict:
    """The Doc extension values of an article: its date and metadata."""
    return {
        "published": normalize_published(article.published),
        "article": article_metadata(article),
    }


def analyze_article(article: Article, nlp: Language | None = None) -> Doc:
    """Analyse an article's body, with relative dates anchored at its publication date."""
    nlp = nlp or load()
    (doc,) = pipe_texts(nlp, [(article.body, _article_attrs(article))])
    return doc


def analyze_articles(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    max_length: int | None = None,
) -> Iterator[tuple[Article, Doc]]:
    """(article, Doc) pairs for the articles without an error, analysed in batches;
    bodies longer than `max_length` are analysed in pieces (`textkit.segments`)."""
    nlp = nlp or load()
    pending: list[Article] = []

    def flush() -> Iterator[tuple[Article, Doc]]:
        items = [(article.body, _article_attrs(article)) for article in pending]
        docs = pipe_texts(nlp, items, batch_size=batch_size, max_length=max_length)
        yield from zip(pending, docs, strict=True)
        pending.clear()

    for article in articles:
        if article.error is None:
            pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
