"""Article structure: what the parser recognizes per outlet and per rule, and how fast.

    .venv/bin/python benchmarks/article_structure.py [PATH] [--name NAME] [--limit N]
        [--sample 30] [--seed 0] [--baseline COMMIT] [--rounds 5]
    .venv/bin/python benchmarks/article_structure.py --matrix
    .venv/bin/python benchmarks/article_structure.py --fixtures NAME

PATH defaults to the shared CLICK-ID sample (`news/click-id/articles.jsonl`); any file or
folder textkit reads works (e.g. `corpora/`). Prints, per source: articles, share whose
dateline was recognized, share whose text itself names the outlet or agency (dateline, header,
byline or credit, ignoring the metadata), share with authors, share with any boilerplate
removed, and the boilerplate kinds; then the hits of every rule; then the parse speed against
the parser of the `--baseline` commit, loaded from git and timed in the same process. With
`--name`, these figures go to `docs/figures/article_structure_NAME.md`. Then a stratified
sample for a hand check: per article, the lines or fragments taken out (R) and the short or
edge lines kept (K), so that lines wrongly kept or wrongly removed can be counted. The CLICK-ID
text has known scraping gaps (linked words, often the outlet in the dateline, are missing), so
its shares are low.

`--matrix` parses the generated dateline matrix of `tests/outlet_matrix.py` (every outlet of
`datelines.tsv` x every damage x every position) and reports cells right per outlet, per damage
and the hits per rule (`docs/figures/article_matrix.md`). `--fixtures` scores the hand-written
articles of `tests/fixtures/outlets/` against their expected fields.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
import types
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from _figures import write_figures

from textkit.article import Article, parse_article, trace_article
from textkit.article_rules import BODY_RULES, HEADER_RULES, OPENING_RULES, TAIL_RULES
from textkit.datasets import NEWS_ARTICLES, require_shared_data
from textkit.io import Record, iter_records

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import outlet_matrix  # noqa: E402  (the matrix the tests check)

SHORT_LINE = 80  # kept lines this short are shown in the hand-check sample
OUTLET_FIXTURES = ROOT / "tests" / "fixtures" / "outlets"
TIMED_ARTICLES = 2000  # articles parsed per timed run, at least
BASELINE = "375bc89"  # the parser before it was made of rule tables
FIELDS = ("title", "source", "dateline", "authors", "editors", "published", "section", "credit")


ZONES = {"header": HEADER_RULES, "body": BODY_RULES, "opening": OPENING_RULES, "tail": TAIL_RULES}


@dataclass
class Parsed:
    article: Article
    group: str  # source from the metadata, else the top folder
    text_outlet: str | None  # outlet or agency the text names, metadata ignored
    text: str


def parse_all(records: list[Record]) -> tuple[list[Parsed], Counter]:
    parsed, hits = [], Counter()
    for record in records:
        article, found = trace_article(record)
        hits.update(name for name, _ in found)
        text = record.fields.get("text", "")
        bare = parse_article(Record(record.doc_id, record.path, {"text": text}))
        group = record.fields.get("source") or record.doc_id.split("/")[0]
        parsed.append(Parsed(article, str(group), bare.source or bare.credit, text))
    return parsed, hits


def baseline_parser(commit: str):
    """`parse_article` of `textkit/article.py` (with its `lang/news.py`) at `commit`, loaded
    from git into this process, so that both parsers are timed on the same machine load."""

    def source(path: str) -> str:
        cmd = ["git", "-C", str(ROOT), "show", f"{commit}:{path}"]
        return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout

    news = types.ModuleType("textkit._baseline_news")
    exec(compile(source("textkit/lang/news.py"), "baseline news.py", "exec"), news.__dict__)
    module = types.ModuleType("textkit._baseline_article")
    module.__package__ = "textkit"
    module.news = news
    sys.modules[module.__name__] = module  # dataclasses look their module up
    code = source("textkit/article.py").replace("from .lang import news\n", "")
    exec(compile(code, "baseline article.py", "exec"), module.__dict__)
    return module.parse_article


def speed(records: list[Record], baseline: str, rounds: int) -> str:
    """Articles per second of the parser now and at `baseline`, best of `rounds` alternating
    runs (each over at least `TIMED_ARTICLES` articles) after a warm-up of each."""
    parsers = {"now": parse_article, f"before ({baseline})": baseline_parser(baseline)}
    best = dict.fromkeys(parsers, float("inf"))
    for parse in parsers.values():
        [parse(r) for r in records[:50]]  # warm-up: lazy tables, regex caches
    passes = -(-TIMED_ARTICLES // len(records))  # a small corpus is parsed several times a run
    for _ in range(rounds):
        for name, parse in parsers.items():
            start = time.perf_counter()
            for _ in range(passes):
                for record in records:
                    parse(record)
            best[name] = min(best[name], (time.perf_counter() - start) / passes)
    now, before = best.values()
    lines = [f"| {name} | {len(records) / sec:,.0f} |" for name, sec in best.items()]
    return "\n".join(
        [
            f"Parse speed, best of {rounds} alternating runs over {len(records)} articles:",
            "",
            "| parser | articles/s |",
            "|---|---:|",
            *lines,
            "",
            f"**now / before: {before / now:.2f}x**",
        ]
    )


def rule_table(hits: Counter) -> str:
    """Hits of every rule of the four tables (zero included)."""
    rows = ["| zone | rule | hits |", "|---|---|---:|"]
    for zone, rules in ZONES.items():
        for rule in rules:
            rows.append(f"| {zone} | {rule.name} | {hits[f'{zone}/{rule.name}']} |")
    standfirst = hits["opening/standfirst"]
    rows.append(f"| opening | (summary line above the dateline) | {standfirst} |")
    return "\n".join(rows)


def summarize(parsed: list[Parsed]) -> str:
    groups: dict[str, list[Parsed]] = defaultdict(list)
    for item in parsed:
        groups[item.group].append(item)
    rows = [
        "| source | n | dateline | outlet | authors | any | kinds |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for source, group in [*sorted(groups.items(), key=lambda kv: -len(kv[1])), ("ALL", parsed)]:
        n = len(group)
        articles = [item.article for item in group]
        kinds = Counter(kind for a in articles for kind, _ in a.boilerplate)
        dateline = sum(any(k == "dateline" for k, _ in a.boilerplate) for a in articles)
        outlet = sum(item.text_outlet is not None for item in group)
        authors = sum(bool(a.authors) for a in articles)
        anything = sum(bool(a.boilerplate) for a in articles)
        shares = " | ".join(f"{100 * x / n:.1f}%" for x in (dateline, outlet, authors, anything))
        kinds_text = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
        rows.append(f"| {source} | {n} | {shares} | {kinds_text} |")
    return "\n".join(rows)


def check_matrix() -> str:
    """The generated dateline matrix: cells right per outlet and per damage, hits per rule."""
    per_outlet: dict[str, Counter] = defaultdict(Counter)
    per_damage: dict[str, Counter] = defaultdict(Counter)
    wrong_fields, hits = Counter(), Counter()
    cells = outlet_matrix.cells()
    for row, place, damage, position in cells:
        fields, expected = outlet_matrix.cell(row, place, damage, position)
        article, found = trace_article(Record("m", "m.txt", fields))
        hits.update(name for name, _ in found)
        wrong = outlet_matrix.wrong_fields(article, expected)
        wrong_fields.update(wrong)
        for counter in (per_outlet[row["outlet"]], per_damage[damage]):
            counter["cells"] += 1
            counter["right"] += not wrong
    right = sum(c["right"] for c in per_outlet.values())

    def table(title: str, counts: dict[str, Counter]) -> list[str]:
        rows = [f"| {title} | cells | right |", "|---|---:|---:|"]
        return rows + [f"| {k} | {c['cells']} | {c['right']} |" for k, c in counts.items()]

    missed = ", ".join(f"{k} {v}" for k, v in wrong_fields.most_common()) or "none"
    return "\n".join(
        [
            f"**{right}/{len(cells)} cells right** ({len(per_outlet)} outlets x "
            f"{len(outlet_matrix.DAMAGES)} damages x {len(outlet_matrix.POSITIONS)} positions x "
            f"{len(outlet_matrix.PLACES)} places, where the damage applies); "
            f"fields wrong: {missed}.",
            "",
            *table("outlet", per_outlet),
            "",
            *table("damage", per_damage),
            "",
            rule_table(hits),
        ]
    )


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
    parser.add_argument("--matrix", action="store_true", help="parse the generated matrix")
    parser.add_argument(
        "--name", help="write the figures to docs/figures/article_structure_NAME.md"
    )
    parser.add_argument("--baseline", default=BASELINE, help="commit of the parser to time against")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each parser")
    args = parser.parse_args()
    script = "python benchmarks/article_structure.py"
    if args.fixtures:
        markdown = check_fixtures()
        print(markdown)
        write_figures(args.fixtures, markdown, f"{script} --fixtures {args.fixtures}")
        return
    if args.matrix:
        markdown = check_matrix()
        print(markdown)
        write_figures("article_matrix", markdown, f"{script} --matrix")
        return
    path = Path(args.path or require_shared_data() / NEWS_ARTICLES)

    records = []
    for record in iter_records(path):
        if args.limit is not None and len(records) >= args.limit:
            break
        if record.error is None:
            records.append(record)
    parsed, hits = parse_all(records)
    chars = sum(len(item.text) for item in parsed)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    markdown = "\n".join(
        [
            f"`{shown}`: {len(parsed)} articles, {chars:,} characters.",
            "",
            summarize(parsed),
            "",
            "Hits per rule:",
            "",
            rule_table(hits),
            "",
            speed(records, args.baseline, args.rounds),
        ]
    )
    print(markdown)
    if args.name:
        command = f"{script} {args.path or ''} --name {args.name}".replace("  ", " ")
        write_figures(f"article_structure_{args.name}", markdown, command)
    if args.sample:
        show_sample(parsed, args.sample, args.seed)


if __name__ == "__main__":
    main()
