"""Article structure on a news corpus: what is recognized, per source, and how fast.

    .venv/bin/python benchmarks/article_structure.py [PATH] [--limit N] [--sample 30] [--seed 0]

PATH defaults to the shared CLICK-ID sample (`news/click-id/articles.jsonl`); any file or
folder textkit reads works (e.g. `corpora/`). Prints, per source: articles, share whose
dateline was recognized, share whose text itself names the outlet or agency (dateline, header,
byline or credit, ignoring the metadata), share with authors, share with any boilerplate
removed, and the boilerplate kinds. Then a stratified sample for a hand check: per article, the
lines or fragments taken out (R) and the short or edge lines kept (K), so that lines wrongly
kept or wrongly removed can be counted. The CLICK-ID text has known scraping gaps (linked
words, often the outlet in the dateline, are missing), so its shares are low.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from _figures import write_figures

from textkit.article import Article, parse_article
from textkit.datasets import NEWS_ARTICLES, require_shared_data
from textkit.io import Record, iter_records

SHORT_LINE = 80  # kept lines this short are shown in the hand-check sample
OUTLET_FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "outlets"
FIELDS = ("title", "source", "dateline", "authors", "editors", "published", "section", "credit")


@dataclass
class Parsed:
    article: Article
    group: str  # source from the metadata, else the top folder
    text_outlet: str | None  # outlet or agency the text names, metadata ignored
    text: str


def parse_all(records: list[Record]) -> tuple[list[Parsed], float]:
    start = time.perf_counter()
    articles = [parse_article(record) for record in records]
    seconds = time.perf_counter() - start
    parsed = []
    for article, record in zip(articles, records, strict=True):
        text = record.fields.get("text", "")
        bare = parse_article(Record(record.doc_id, record.path, {"text": text}))
        group = record.fields.get("source") or record.doc_id.split("/")[0]
        parsed.append(Parsed(article, str(group), bare.source or bare.credit, text))
    return parsed, seconds


def summarize(parsed: list[Parsed]) -> None:
    groups: dict[str, list[Parsed]] = defaultdict(list)
    for item in parsed:
        groups[item.group].append(item)
    print(f"{'source':<20}{'n':>6}{'dateline':>10}{'outlet':>9}{'authors':>9}{'any':>7}  kinds")
    rows = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    for source, group in [*rows, ("ALL", parsed)]:
        n = len(group)
        articles = [item.article for item in group]
        kinds = Counter(kind for a in articles for kind, _ in a.boilerplate)
        dateline = sum(any(k == "dateline" for k, _ in a.boilerplate) for a in articles)
        outlet = sum(item.text_outlet is not None for item in group)
        authors = sum(bool(a.authors) for a in articles)
        anything = sum(bool(a.boilerplate) for a in articles)
        shares = "".join(f"{100 * x / n:>8.1f}%" for x in (dateline, outlet, authors, anything))
        kinds_text = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
        print(f"{source:<20}{n:>6}{shares}  {kinds_text}")


def show_sample(parsed: list[Parsed], size: int, seed: int) -> None:
    rng = random.Random(seed)
    groups: dict[str, list[Parsed]] = defaultdict(list)
    for item in parsed:
        groups[item.group].append(item)
    pools = {g: rng.sample(items, len(items)) for g, items in sorted(groups.items())}
    sample: list[Parsed] = []
    while len(sample) < size and any(pools.values()):
        for pool in pools.values():
            if pool and len(sample) < size:
                sample.append(pool.pop())
    for i, item in enumerate(sample, 1):
        article = item.article
        lines = [line for line in item.text.split("\n") if line.strip()]
        kept = set(article.body.split("\n"))
        print(f"\n[{i}] {article.doc_id} {item.group}  {len(lines)} lines")
        found = f"dateline={article.dateline!r} credit={article.credit!r}"
        print(f"    {found} authors={article.authors}")
        for kind, text in article.boilerplate:
            print(f"  R {kind:<11} {text[:120]!r}")
        for j, line in enumerate(lines):
            edge = j in (0, len(lines) - 1)
            if (edge or len(line) < SHORT_LINE) and line in kept:
                print(f"  K line {j:<6} {line[:120]!r}")


def check_fixtures(folder: Path = OUTLET_FIXTURES) -> str:
    """Hand-written test articles against their expected fields (`expected.json`): a Markdown
    table of the fields each article got right and the share of articles right on every field."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    rows, right, field_hits = [], 0, Counter()
    for name, fields in sorted(expected.items()):
        (record,) = iter_records(folder / name)
        data = parse_article(record).to_dict()
        wrong = [k for k in FIELDS if k in fields and data[k] != fields[k]]
        field_hits.update(k for k in FIELDS if k in fields and k not in wrong)
        right += not wrong
        shown = ", ".join(f"{k}={data[k]!r}" for k in wrong) or "all right"
        rows.append(f"| {name} | {shown} |")
    n = len(expected)
    per_field = ", ".join(
        f"{k} {field_hits[k]}/{sum(k in f for f in expected.values())}" for k in FIELDS
    )
    return "\n".join(
        [
            f"**{right}/{n} articles right on every field**; per field: {per_field}.",
            "",
            "| article | wrong fields (value parsed) |",
            "|---|---|",
            *rows,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", help="corpus file or folder (default: shared CLICK-ID)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    parser.add_argument("--sample", type=int, default=30, help="articles to print for a hand check")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--fixtures",
        metavar="NAME",
        help="check the hand-written outlet articles and write docs/figures/NAME.md",
    )
    args = parser.parse_args()
    if args.fixtures:
        markdown = check_fixtures()
        print(markdown)
        command = f"python benchmarks/article_structure.py --fixtures {args.fixtures}"
        write_figures(args.fixtures, markdown, command)
        return
    path = Path(args.path or require_shared_data() / NEWS_ARTICLES)

    records = []
    for record in iter_records(path):
        if args.limit is not None and len(records) >= args.limit:
            break
        if record.error is None:
            records.append(record)
    parsed, seconds = parse_all(records)
    chars = sum(len(item.text) for item in parsed)
    print(f"{path}: {len(parsed)} articles, {chars:,} characters")
    rate = f"{len(parsed) / seconds:,.0f} articles/s, {chars / seconds:,.0f} characters/s"
    print(f"parse_article: {rate}\n")
    summarize(parsed)
    if args.sample:
        show_sample(parsed, args.sample, args.seed)


if __name__ == "__main__":
    main()
