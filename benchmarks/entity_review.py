"""The hand review of the corpus entity table (`docs/entity-review.md`): fixed article sets,
a review sheet, and the score of a filled sheet.

Sets of 500 CLICK-ID articles, fixed here: every article id of the shared `articles.jsonl`
minus the ids of the golds that existed when the sets were defined (`SET_GOLDS`, plus
optional `--gold-ids` lists, one id a line), shuffled with `random.Random(21)`; set A is the
first 500 (built and tuned on), set B the next 500 (reviewed once by someone else, then
seen), set C the next 500 (unseen while building the sixth session's changes), set D the
next 500 of the rest outside the golds of `D_GOLDS` (the golds that existed when it was
defined; unseen while building the seventh session's changes). A gold made later takes its
ids from `free` (after set D), so adding it changes no set.

    python benchmarks/entity_review.py sheet A --work /tmp/review-A   # corpus, batch, sheet
    # fill the `verdict` column of /tmp/review-A/sheet.csv (a-e, see docs/entity-review.md)
    python benchmarks/entity_review.py score /tmp/review-A/sheet.csv --name entity_review_A

The sheet holds the top 60 rows per label of `entities.parquet` and 40 random mentions per
label (with the sentence around each, for the reviewer: the sheet stays outside the repo;
only the counts of `score` go to `docs/figures/`).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from _figures import Figures

from textkit.datasets import NEWS_ARTICLES, iter_news, require_shared_data

ROOT = Path(__file__).resolve().parent.parent
GOLD_IDS: tuple[str, ...] = ()  # every gold is committed now; the sets are unchanged
SET_GOLDS = (
    "identity_dev.jsonl", "identity_fresh.jsonl", "quotes_dev.jsonl", "timex_dev.jsonl",
    "timex_dev2.jsonl", "timex_dev3.jsonl", "timex_dev3_second.jsonl",
)  # fmt: skip
D_GOLDS = (*SET_GOLDS, "quotes_dev2.jsonl")
SET_NAMES = ("A", "B", "C", "D")
SEED = 21
SET_SIZE = 500
LABELS = ("PER", "ORG", "LOC")
TOP_ROWS = 60
RANDOM_MENTIONS = 40
VERDICTS = {
    "a": "right",
    "b": "wrong label",
    "c": "not an entity / bad span",
    "d": "merges two entities",
    "e": "same entity also has another row",
}
SHEET_COLUMNS = (
    "kind", "label", "rank", "entity", "mentions", "documents", "aliases", "labels",
    "ambiguous", "doc_id", "section", "text", "context", "verdict", "note",
)  # fmt: skip


def committed_gold_ids(names: tuple[str, ...] | None = None) -> set[str]:
    """Article ids of the committed standoff golds named (default: every `*.jsonl`)."""
    ids = set()
    folder = ROOT / "benchmarks" / "data"
    paths = [folder / n for n in names] if names is not None else folder.glob("*.jsonl")
    for path in sorted(paths):
        with path.open(encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines if line.strip())
    return ids


def listed_ids(paths: list[str]) -> set[str]:
    """Ids listed one a line in each file (all must exist: the sets depend on them)."""
    ids = set()
    for name in paths:
        path = Path(name)
        if not path.is_file():
            raise SystemExit(f"gold id list not found: {path} (the sets are defined with it)")
        ids.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    ids.discard("")
    return ids


def article_sets(gold_ids: list[str]) -> dict[str, list[str]]:
    """Sets A, B, C (500 ids each, outside the golds of `SET_GOLDS`, shuffled with seed 21),
    D (the next 500 of that shuffle outside the golds of `D_GOLDS`) and `free`: the rest of
    the shuffle minus every committed gold, for new golds."""
    excluded = committed_gold_ids(SET_GOLDS) | listed_ids(gold_ids)
    ids = [a["id"] for a in iter_news(require_shared_data() / NEWS_ARTICLES)]
    pool = [i for i in ids if i not in excluded]
    random.Random(SEED).shuffle(pool)
    first = SET_NAMES[:3]
    sets = {n: pool[k * SET_SIZE : (k + 1) * SET_SIZE] for k, n in enumerate(first)}
    rest = pool[len(first) * SET_SIZE :]
    d_excluded = committed_gold_ids(D_GOLDS)
    later = [i for i in rest if i not in d_excluded]
    sets["D"] = later[:SET_SIZE]
    in_sets = {i for chosen in sets.values() for i in chosen}
    taken = committed_gold_ids()
    overlap = taken & in_sets
    if overlap:
        raise SystemExit(
            f"{len(overlap)} committed gold ids fall in sets A-D: take ids from `free`"
        )
    sets["free"] = [i for i in later[SET_SIZE:] if i not in taken]
    return sets


def set_digest(ids: list[str]) -> str:
    return hashlib.sha1("\n".join(ids).encode()).hexdigest()[:12]


def write_corpus(ids: list[str], folder: Path) -> Path:
    """The articles of a set as one JSON Lines file (title, date, source, url, text, id)."""
    wanted = set(ids)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "articles.jsonl"
    fields = ("id", "title", "date", "source", "url", "text")
    with path.open("w", encoding="utf-8") as out:
        for article in iter_news(require_shared_data() / NEWS_ARTICLES):
            if article["id"] in wanted:
                out.write(json.dumps({k: article[k] for k in fields}, ensure_ascii=False) + "\n")
    return path


def run_batch(corpus: Path, out: Path, workers: int) -> float:
    """`textkit batch` over the corpus folder (a fresh output folder); return its wall time."""
    command = [
        str(Path(sys.executable).parent / "textkit"), "batch", str(corpus), "--out", str(out),
        "--workers", str(workers),
    ]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def _aliases(value: object, limit: int = 6) -> str:
    if value is None:
        return ""
    return " | ".join(str(v) for v in list(value)[:limit])


def sheet_rows(out: Path, seed: int = SEED) -> list[dict]:
    """The rows to review: top rows per label of `entities.parquet`, random mentions."""
    import pandas as pd

    entities = pd.read_parquet(out / "entities.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    documents = pd.read_parquet(out / "documents.parquet", columns=["doc_id", "title", "text"])
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    titles = dict(zip(documents["doc_id"], documents["title"], strict=True))
    rows = []
    for label in LABELS:
        top = entities[entities["label"] == label].sort_values(
            ["mentions", "documents", "entity"], ascending=[False, False, True]
        )
        for rank, row in enumerate(top.head(TOP_ROWS).itertuples(index=False), 1):
            rows.append(
                {
                    "kind": "top", "label": label, "rank": rank, "entity": row.entity,
                    "mentions": row.mentions, "documents": row.documents,
                    "aliases": _aliases(row.aliases),
                    "labels": _aliases(getattr(row, "labels", None)),
                    "ambiguous": getattr(row, "ambiguous", ""),
                }
            )  # fmt: skip
    rng = random.Random(seed)
    for label in LABELS:
        pool = mentions[mentions["label"] == label].sort_values(["doc_id", "start_char"])
        picks = sorted(rng.sample(range(len(pool)), min(RANDOM_MENTIONS, len(pool))))
        for rank, i in enumerate(picks, 1):
            m = pool.iloc[i]
            section = m["section"] if "section" in pool.columns else "body"
            source = titles if section == "title" else texts
            text = source.get(m["doc_id"]) or ""
            rows.append(
                {
                    "kind": "mention", "label": label, "rank": rank, "entity": m["entity"],
                    "doc_id": m["doc_id"], "section": section, "text": m["text"],
                    "context": _context(text, int(m["start_char"]), int(m["end_char"])),
                }
            )  # fmt: skip
    return rows


def write_sheet(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=SHEET_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in SHEET_COLUMNS})


def score(sheet: Path) -> dict[tuple[str, str], Counter]:
    """Verdict counts per (kind, label) of a filled sheet; every row must have a verdict."""
    counts: dict[tuple[str, str], Counter] = {}
    with sheet.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), 2):
            verdict = row["verdict"].strip().lower()
            if verdict not in VERDICTS:
                raise SystemExit(f"{sheet}:{line}: verdict {verdict!r} is not one of a-e")
            counts.setdefault((row["kind"], row["label"]), Counter())[verdict] += 1
    return counts


def report(counts: dict[tuple[str, str], Counter], title: str) -> Figures:
    fig = Figures()
    fig.print(f"{title}\n")
    fig.print("| rows | label | judged | a) right | b) label | c) not entity/span | d) merge "
              "| e) split | right % |")  # fmt: skip
    fig.print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind, name in (("top", f"top {TOP_ROWS}"), ("mention", f"{RANDOM_MENTIONS} random")):
        for label in LABELS:
            c = counts.get((kind, label), Counter())
            n = sum(c.values())
            share = 100 * c["a"] / n if n else 0.0
            cells = " | ".join(str(c[v]) for v in "abcde")
            fig.print(f"| {name} | {label} | {n} | {cells} | {share:.1f} |")
    return fig


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-ids", nargs="*", default=list(GOLD_IDS))
    sub = parser.add_subparsers(dest="command", required=True)
    ids = sub.add_parser("ids", help="print the ids of a set")
    ids.add_argument("set", choices=[*SET_NAMES, "free"])
    sheet = sub.add_parser("sheet", help="write the corpus of a set, run the batch, write a sheet")
    sheet.add_argument("set", choices=SET_NAMES)
    sheet.add_argument("--work", required=True, type=Path, help="a folder outside the repo")
    sheet.add_argument("--workers", type=int, default=1)
    sheet.add_argument("--no-batch", action="store_true", help="reuse WORK/out")
    scored = sub.add_parser("score", help="count the verdicts of a filled sheet")
    scored.add_argument("sheet", type=Path)
    scored.add_argument("--name", help="write the counts to docs/figures/NAME.md")
    scored.add_argument("--title", default="Hand review of the entity table")
    args = parser.parse_args(argv)

    if args.command == "score":
        fig = report(score(args.sheet), args.title)
        if args.name:
            shown = [a for a in sys.argv[1:] if a != str(args.sheet)]
            fig.write(args.name, "entity_review.py", shown)
        return
    sets = article_sets(args.gold_ids)
    chosen = sets[args.set]
    if args.command == "ids":
        print("\n".join(chosen))
        return
    print(f"set {args.set}: {len(chosen)} articles, digest {set_digest(chosen)}", file=sys.stderr)
    work: Path = args.work.resolve()
    if ROOT in work.parents or work == ROOT:
        raise SystemExit("--work must be outside the repository (the sheet quotes articles)")
    out = work / "out"
    if not args.no_batch:
        corpus = write_corpus(chosen, work / "corpus").parent
        elapsed = run_batch(corpus, out, args.workers)
        print(f"batch: {elapsed:.1f} s", file=sys.stderr)
    rows = sheet_rows(out)
    write_sheet(rows, work / "sheet.csv")
    print(f"{len(rows)} rows to review: {work / 'sheet.csv'}", file=sys.stderr)


if __name__ == "__main__":
    main()
