"""Score temporal expressions (TIMEX3) against the hand-annotated golds; measure their cost.

Golds: standoff annotations (article id, character offsets, type, value, short hash of the span
text) over `news/click-id/articles.jsonl` of the shared data:

- `benchmarks/data/timex_dev.jsonl` (gold `dev`): 52 articles, mostly September 2019;
- `benchmarks/data/timex_dev2.jsonl` (gold `dev2`): 42 articles from the other months, annotated
  before the engine was tuned on it. Selection (reproducible): articles dated outside 2019-09,
  not in `dev`, 300-2,500 characters long; per outlet sorted by id, taken round-robin over the
  outlets (sorted by name) until 42.
- `benchmarks/data/timex_dev3.jsonl` (gold `dev3`): 40 articles of tempo.co, tribunnews.com,
  kompas.com and fimela.com annotated from the raw text alone by an annotator who did not see
  the engine's output (issue #24), with an optional TIMEX3 `mod`; a second annotator's
  independent pass over 10 of them is `timex_dev3_second.jsonl`, scored as agreement (span F1
  strict and relaxed, value and type agreement on matched spans).

Prints strict and relaxed recognition F1, type F1 and value F1 (value F1 counts relaxed matches
with the right value) for textkit beside `dateparser.search_dates` on the same articles, then the
time the `textkit_temporal` component adds to the pipeline, and writes the figures to
`docs/figures/<--figures>.md`.

    .venv/bin/python benchmarks/temporal_eval.py [--gold dev|dev2|dev3|all] [--cost-docs 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import warnings
from pathlib import Path

import textkit
from textkit.datasets import (
    NEWS_ARTICLES,
    attach_gold_texts,
    iter_news,
    require_shared_data,
)

DATA = Path(__file__).parent / "data"
GOLDS = {
    "dev": DATA / "timex_dev.jsonl",
    "dev2": DATA / "timex_dev2.jsonl",
    "dev3": DATA / "timex_dev3.jsonl",
}
# A second annotator's pass over part of a gold, for inter-annotator agreement.
SECOND_PASSES = {"dev3": DATA / "timex_dev3_second.jsonl"}


def load_gold(split: str, gold: str = "dev", path: Path | None = None) -> list[dict]:
    """The records of one gold (`dev`, `dev2`, `dev3`; or the file `path`), of `split` (or
    all: a split name other than dev/heldout/test counts as dev)."""
    with open(path or GOLDS[gold], encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if split == "all" or _split(r) == split]


def _split(record: dict) -> str:
    return record["split"] if record["split"] in ("heldout", "test") else "dev"


def agreement(first: list[dict], second: list[dict]) -> dict:
    """Inter-annotator agreement of two passes over the same articles: span F1 (relaxed: any
    overlap, strict: same offsets) taking `first` as reference, and on the matched (relaxed)
    spans, the share with the same value and with the same type."""
    by_id = {r["id"]: r for r in first}
    pairs = [(by_id[r["id"]], r) for r in second if r["id"] in by_id]
    counts = {"first": 0, "second": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    for a, b in pairs:
        counts["first"] += len(a["timexes"])
        counts["second"] += len(b["timexes"])
        for g, match in match_spans(a["timexes"], b["timexes"]):
            if match is None:
                continue
            p = b["timexes"][match]
            counts["relaxed"] += 1
            counts["strict"] += (p["start"], p["end"]) == (g["start"], g["end"])
            counts["value"] += p["value"] == g["value"]
            counts["type"] += p["type"] == g["type"]
    out = {k: f1(counts[k], counts["second"], counts["first"])[2] for k in ("strict", "relaxed")}
    matched = counts["relaxed"] or 1
    out["value"] = counts["value"] / matched
    out["type"] = counts["type"] / matched
    out["articles"] = len(pairs)
    out["counts"] = counts
    return out


def agreement_rows(gold: str) -> str:
    """A markdown line of the agreement of `gold` with its second pass."""
    first = load_gold("all", gold)
    second = load_gold("all", path=SECOND_PASSES[gold])
    a = agreement(first, second)
    c = a["counts"]
    line = (
        f"Inter-annotator agreement on `{gold}` ({a['articles']} articles annotated twice, "
        f"{c['first']} and {c['second']} timexes): span F1 strict {100 * a['strict']:.1f}, "
        f"relaxed {100 * a['relaxed']:.1f}; on the {c['relaxed']} matched spans, same value "
        f"{100 * a['value']:.1f}%, same type {100 * a['type']:.1f}%."
    )
    print("\n" + line)
    return line


def attach_texts(records: list[dict], path: Path) -> list[dict]:
    """Add each article's text and date to its gold record; fail loudly if a span drifted."""
    return attach_gold_texts(records, path, "timexes")


def textkit_system(nlp):
    def run(text: str, published: str) -> list[dict]:
        doc = textkit.analyze(text, published=published, nlp=nlp)
        return [
            {
                "start": e.start_char,
                "end": e.end_char,
                "type": e._.timex_type,
                "value": e._.value,
            }
            for e in doc.ents
            if e._.timex_type
        ]

    return run


def dateparser_system():
    from dateparser.search import search_dates

    def run(text: str, published: str) -> list[dict]:
        base = dt.datetime.fromisoformat(published)
        settings = {"RELATIVE_BASE": base}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["id"], settings=settings) or []
        out, pos = [], 0
        for surface, when in found:
            start = text.find(surface, pos)
            if start < 0:
                continue
            pos = start + len(surface)
            out.append(
                {"start": start, "end": pos, "type": "DATE", "value": when.date().isoformat()}
            )
        return out

    return run


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_spans(gold: list[dict], pred: list[dict]):
    """Each gold span with the index of the predicted span it matches (overlapping, the same
    offsets first; each predicted span matched once), or None."""
    used: set[int] = set()
    for g in gold:
        match = None
        for i, p in enumerate(pred):
            if i not in used and p["start"] < g["end"] and g["start"] < p["end"]:
                match = i
                if (p["start"], p["end"]) == (g["start"], g["end"]):
                    break
        if match is not None:
            used.add(match)
        yield g, match


def score(records: list[dict], system) -> dict:
    """Strict and relaxed recognition, type and value scores of `system` on `records`."""
    counts = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "type": 0, "value": 0}
    errors = []
    for record in records:
        gold = record["timexes"]
        pred = system(record["text"], record["published"])
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        used: set[int] = set()
        for g, match in match_spans(gold, pred):
            if match is None:
                errors.append(("missed", record, g, None))
                continue
            used.add(match)
            p = pred[match]
            counts["relaxed"] += 1
            counts["strict"] += (p["start"], p["end"]) == (g["start"], g["end"])
            counts["type"] += p["type"] == g["type"]
            counts["value"] += p["value"] == g["value"]
            if p["value"] != g["value"] or p["type"] != g["type"]:
                errors.append(("wrong", record, g, p))
        for i, p in enumerate(pred):
            if i not in used:
                errors.append(("spurious", record, None, p))
    result = {
        name: f1(counts[name], counts["pred"], counts["gold"])
        for name in ("strict", "relaxed", "type", "value")
    }
    result["counts"] = counts
    result["errors"] = errors
    return result


def print_scores(name: str, result: dict) -> None:
    c = result["counts"]
    print(f"\n{name}: {c['gold']} gold, {c['pred']} predicted")
    for key in ("strict", "relaxed", "type", "value"):
        p, r, f = result[key]
        print(f"  {key:<8} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}")


def print_errors(result: dict) -> None:
    for kind, record, g, p in result["errors"]:
        text = record["text"]
        gs = f"{text[g['start'] : g['end']]!r} {g['type']} {g['value']}" if g else "-"
        ps = f"{text[p['start'] : p['end']]!r} {p['type']} {p['value']}" if p else "-"
        print(f"  {kind:<8} {record['id']}  gold {gs}  | sys {ps}")


def measure_cost(nlp, path: Path, n_docs: int, rounds: int = 3) -> str:
    """Pipeline time with and without `textkit_temporal` on the first `n_docs` articles."""
    texts = [a["text"] for a in iter_news(path, limit=n_docs)]
    words = sum(len(t.split()) for t in texts)

    def run(disable: list[str]) -> float:
        with nlp.select_pipes(disable=disable):
            start = time.perf_counter()
            for _doc in nlp.pipe(texts):
                pass
            return time.perf_counter() - start

    run([])  # warm up
    with nlp.select_pipes(disable=["textkit_temporal"]):
        docs = list(nlp.pipe(texts))
    tagger = nlp.get_pipe("textkit_temporal")

    def run_alone() -> float:
        start = time.perf_counter()
        for doc in docs:
            tagger(doc)
        return time.perf_counter() - start

    # Alternate the set-ups so drifts in machine load hit all alike; keep the best of each.
    without, with_it, alone = float("inf"), float("inf"), float("inf")
    for _ in range(rounds):
        without = min(without, run(["textkit_temporal"]))
        with_it = min(with_it, run([]))
        alone = min(alone, run_alone())
    print(f"\ncost on {len(texts)} articles ({words} words), best of {rounds} alternating runs:")
    print(f"  pipeline without textkit_temporal: {without:.2f} s ({words / without:,.0f} words/s)")
    print(f"  pipeline with textkit_temporal:    {with_it:.2f} s ({words / with_it:,.0f} words/s)")
    print(f"  ratio with/without: {with_it / without:.3f} (+{100 * (with_it / without - 1):.1f}%)")
    print(f"  textkit_temporal alone: {alone:.2f} s = {100 * alone / without:.1f}% of the pipeline")
    return (
        f"Cost on {len(texts)} articles ({words} words), best of {rounds} alternating runs: "
        f"pipeline with/without `textkit_temporal` {with_it / without:.3f} "
        f"(+{100 * (with_it / without - 1):.1f}%); the component alone {alone:.2f} s, "
        f"{100 * alone / without:.1f}% of the pipeline time."
    )


def table_rows(gold: str, name: str, result: dict) -> str:
    c = result["counts"]
    cells = " | ".join(f"{100 * result[k][2]:.1f}" for k in ("strict", "relaxed", "type", "value"))
    return f"| {gold} | {name} | {c['gold']} | {c['pred']} | {cells} |"


def reference_time_sweep(golds: dict[str, list[dict]]) -> str:
    """Value F1 of `temporal.extract` on each gold with each class counted from each reference
    time (one class varied at a time, the others as chosen); a markdown table."""
    from textkit import temporal

    def engine(text: str, published: str) -> list[dict]:
        return [t.__dict__ for t in temporal.extract(text, published)]

    chosen = dict(temporal.REFERENCE_TIME)
    rows = [
        "| class | counted from | " + " | ".join(f"{g} value F1" for g in golds) + " |",
        "|---|---|" + "---|" * len(golds),
    ]
    try:
        for cls in chosen:
            for option in ("anchor", "narrative", "story", "speech"):
                temporal.REFERENCE_TIME.update(chosen, **{cls: option})
                cells = [f"{100 * score(r, engine)['value'][2]:.1f}" for r in golds.values()]
                mark = " (chosen)" if option == chosen[cls] else ""
                rows.append(f"| {cls} | {option}{mark} | " + " | ".join(cells) + " |")
    finally:
        temporal.REFERENCE_TIME.update(chosen)
    print("\n" + "\n".join(rows))
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="all", choices=(*GOLDS, "all"))
    parser.add_argument("--split", default="all", choices=("dev", "heldout", "test", "all"))
    parser.add_argument("--errors", action="store_true", help="list textkit's errors")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--cost-docs", type=int, default=300, help="0 skips the cost run")
    parser.add_argument("--figures", default="temporal", help="docs/figures/<name>.md to write")
    parser.add_argument(
        "--reference-time",
        action="store_true",
        help="only compare the reference time of each expression class (writes "
        "docs/figures/temporal-reference-time.md)",
    )
    args = parser.parse_args()
    from _figures import write_figures  # beside this script; imported here so tests can load it

    path = require_shared_data() / NEWS_ARTICLES
    if args.reference_time:
        golds = {g: attach_texts(load_gold(args.split, g), path) for g in GOLDS}
        markdown = reference_time_sweep(golds)
        command = "python benchmarks/temporal_eval.py --reference-time"
        write_figures("temporal-reference-time", markdown, command)
        return
    nlp = textkit.load()
    rows = [
        "| gold | system | gold timexes | predicted | strict F1 | relaxed F1 | type F1 "
        "| value F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for gold in GOLDS if args.gold == "all" else [args.gold]:
        records = attach_texts(load_gold(args.split, gold), path)
        print(f"\ngold {gold}: {len(records)} articles, split {args.split}")
        result = score(records, textkit_system(nlp))
        print_scores("textkit", result)
        rows.append(table_rows(gold, "textkit", result))
        if args.errors:
            print_errors(result)
        if not args.no_baseline:
            name = "dateparser.search_dates (languages=['id'])"
            baseline = score(records, dateparser_system())
            print_scores(name, baseline)
            rows.append(table_rows(gold, "dateparser", baseline))
    markdown = "\n".join(rows)
    for gold in SECOND_PASSES:
        if args.gold in ("all", gold):
            markdown += "\n\n" + agreement_rows(gold)
    if args.cost_docs:
        markdown += "\n\n" + measure_cost(nlp, path, args.cost_docs)
    command = "python benchmarks/temporal_eval.py " + " ".join(
        a for a in (f"--gold {args.gold}", f"--figures {args.figures}") if a
    )
    write_figures(args.figures, markdown, command)


if __name__ == "__main__":
    main()
