"""Article structure on the shared news corpus: what is recognized, per source, and how fast.

    .venv/bin/python benchmarks/article_structure.py [--limit N] [--sample 30] [--seed 0]

Prints, per source: articles, share with a dateline (place or outlet) recognized, share whose
text names an outlet or agency (dateline, header, credit), share with authors, share with any
boilerplate removed, and the boilerplate kinds removed. Then a stratified sample for a hand
check: for each sampled article, the lines taken out (R) and the short or edge lines kept (K),
so lines wrongly kept or wrongly removed can be counted. The corpus text has known scraping
gaps (linked words, often the outlet in the dateline, are missing), so shares are low.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict

from textkit.article import Article, parse_article
from textkit.datasets import require_shared_data
from textkit.io import iter_records

SHORT_LINE = 80  # kept lines this short are shown in the hand-check sample


def summarize(articles: list[Article]) -> None:
    by_source: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_source[article.path_source].append(article)  # type: ignore[attr-defined]
    header = f"{'source':<20}{'n':>6}{'dateline':>10}{'outlet':>9}{'authors':>9}{'any':>7}"
    print(header + "  boilerplate kinds")
    rows = sorted(by_source.items(), key=lambda kv: -len(kv[1]))
    for source, group in [*rows, ("ALL", articles)]:
        n = len(group)
        kinds = Counter(kind for a in group for kind, _ in a.boilerplate)
        dateline = sum(any(k == "dateline" for k, _ in a.boilerplate) for a in group)
        outlet = sum(bool(a.credit or a.text_outlet) for a in group)  # type: ignore[attr-defined]
        authors = sum(bool(a.authors) for a in group)
        anything = sum(bool(a.boilerplate) for a in group)
        shares = [f"{100 * x / n:.1f}%" for x in (dateline, outlet, authors, anything)]
        kinds_text = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
        print(f"{source:<20}{n:>6}" + "".join(f"{s:>9}" for s in shares) + f"  {kinds_text}")


def show_sample(articles: list[Article], texts: dict[str, str], size: int, seed: int) -> None:
    rng = random.Random(seed)
    by_source: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_source[article.path_source].append(article)  # type: ignore[attr-defined]
    pools = {s: rng.sample(g, len(g)) for s, g in sorted(by_source.items())}
    sample: list[Article] = []
    while len(sample) < size and any(pools.values()):
        for pool in pools.values():
            if pool and len(sample) < size:
                sample.append(pool.pop())
    for i, article in enumerate(sample, 1):
        lines = [line for line in texts[article.doc_id].split("\n") if line.strip()]
        body_lines = set(article.body.split("\n"))
        print(f"\n[{i}] {article.doc_id} {article.path_source}  {len(lines)} lines")  # type: ignore[attr-defined]
        print(
            f"    dateline={article.dateline!r} credit={article.credit!r} authors={article.authors}"
        )
        for kind, text in article.boilerplate:
            print(f"  R {kind:<11} {text[:120]!r}")
        for j, line in enumerate(lines):
            edge = j in (0, len(lines) - 1)
            if (edge or len(line) < SHORT_LINE) and line in body_lines:
                print(f"  K line {j:<6} {line[:120]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    parser.add_argument("--sample", type=int, default=30, help="articles to print for a hand check")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    path = require_shared_data() / "news" / "click-id" / "articles.jsonl"

    records = []
    for i, record in enumerate(iter_records(path)):
        if args.limit is not None and i >= args.limit:
            break
        records.append(record)
    start = time.perf_counter()
    articles = [parse_article(record) for record in records]
    seconds = time.perf_counter() - start
    for article, record in zip(articles, records, strict=True):
        article.path_source = record.fields.get("source")  # type: ignore[attr-defined]
        # Outlets named by the text itself, not the metadata (which every record has).
        named = parse_article(
            type(record)(record.doc_id, record.path, {"text": record.fields.get("text", "")})
        )
        article.text_outlet = named.source  # type: ignore[attr-defined]
    chars = sum(len(r.fields.get("text", "")) for r in records)
    print(f"{path}: {len(articles)} articles, {chars:,} characters")
    print(
        f"parse_article: {len(articles) / seconds:,.0f} articles/s, {chars / seconds:,.0f} chars/s"
    )
    print()
    summarize(articles)
    if args.sample:
        texts = {r.doc_id: r.fields.get("text", "") for r in records}
        show_sample(articles, texts, args.sample, args.seed)


if __name__ == "__main__":
    main()
