"""Score entity identity (which mentions are one entity) against hand-annotated gold.

Gold: `benchmarks/data/identity_dev.jsonl`, standoff (no article text): one record per article
of `news/click-id/articles.jsonl` in the shared data, with every PER/ORG/LOC mention as
character offsets into the article's `text` field exactly as given (not title + text: the text
is what `textkit.analyze(text, published=date)` analyses here), its label, a cluster id (one
id per real-world entity within the article) and a short hash of the span text. `phase` says
whether the article was annotated before the identity component was built (`before`) or after
(`after`). `benchmarks/data/identity_fresh.jsonl` (`phase: fresh`) holds 22 more articles, the
next ids of the same shuffle that no gold file of `benchmarks/data/` holds, annotated by hand
before the second round of rules (see docs/design/identity.md).

Articles: `sample_ids()`: the ids of the article file, minus the 52 of
`benchmarks/data/timex_dev.jsonl`, shuffled with `random.Random(11)`; the first 40.

Figures (gold mentions that the system found with the same span; system identity =
`ent._.entity`, falling back to the label + value or text when the attribute is missing):
- cluster B³ precision / recall / F1 over the matched mentions;
- the share of gold clusters (with 2+ matched mentions) whose mentions all get one identity;
- wrong merges: pairs of gold clusters that share a system identity (and, separately, of two
  different people).
With `--all`, on all 5,000 articles: the share of PER mentions that are a short form of a
longer PER of the same article (all its words among the longer name's words) but keep a
different identity, and the number of distinct PER identities.

    .venv/bin/python benchmarks/identity_eval.py [--phase before|after|fresh|all] [--all]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import textkit
from textkit.datasets import (
    NEWS_ARTICLES,
    attach_gold_texts,
    iter_news,
    require_shared_data,
)
from textkit.labels import NAMED_LABELS
from textkit.segments import BATCH_SIZE

GOLD = Path(__file__).parent / "data" / "identity_dev.jsonl"
FRESH_GOLD = Path(__file__).parent / "data" / "identity_fresh.jsonl"
PHASES = ("before", "after", "fresh")
TIMEX_GOLD = Path(__file__).parent / "data" / "timex_dev.jsonl"
SEED = 11
SAMPLE = 40


def sample_ids(path: Path) -> list[str]:
    """The articles of the gold, in annotation order (see the module docstring)."""
    with open(TIMEX_GOLD, encoding="utf-8") as fh:
        taken = {json.loads(line)["id"] for line in fh if line.strip()}
    ids = [a["id"] for a in iter_news(path) if a["id"] not in taken]
    random.Random(SEED).shuffle(ids)
    return ids[:SAMPLE]


def load_gold(phase: str = "all") -> list[dict]:
    """The gold records of one phase (`all`: of every phase, both files)."""
    records = []
    for path in (GOLD, FRESH_GOLD):
        with open(path, encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if phase == "all" or r["phase"] == phase]


def attach_texts(records: list[dict], path: Path) -> list[dict]:
    """Add each article's text and date to its gold record; fail loudly if a span drifted."""
    return attach_gold_texts(records, path, "mentions")


def identity(ent) -> str:
    """The system identity of an entity: `ent._.entity` when the pipeline sets it."""
    ident = getattr(ent._, "entity", None) if ent.has_extension("entity") else None
    if ident:
        return ident
    name = ent._.value or " ".join(ent.text.split())
    return f"{ent.label_}:{name}"


def system_mentions(doc) -> dict[tuple[int, int], tuple[str, str]]:
    return {
        (e.start_char, e.end_char): (e.label_, identity(e))
        for e in doc.ents
        if e.label_ in NAMED_LABELS
    }


def b_cubed(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """B³ precision and recall of (gold cluster, system cluster) pairs, one per mention."""
    gold: dict[str, set[int]] = defaultdict(set)
    system: dict[str, set[int]] = defaultdict(set)
    for i, (g, s) in enumerate(pairs):
        gold[g].add(i)
        system[s].add(i)
    p = r = 0.0
    for g, s in pairs:
        common = len(gold[g] & system[s])
        p += common / len(system[s])
        r += common / len(gold[g])
    n = len(pairs) or 1
    return p / n, r / n


def score(records: list[dict], nlp, labels: Iterable[str] = NAMED_LABELS) -> dict:
    labels = set(labels)
    pairs: list[tuple[str, str]] = []
    found = total = 0
    clusters = one = 0
    merges = person_merges = 0
    splits: list[str] = []
    merged: list[str] = []
    for record in records:
        doc = textkit.analyze(record["text"], published=record.get("published"), nlp=nlp)
        system = system_mentions(doc)
        by_cluster: dict[str, list[str]] = defaultdict(list)
        cluster_label: dict[str, str] = {}
        shown: dict[str, list[str]] = defaultdict(list)  # for --problems: text -> identity
        for m in record["mentions"]:
            if m["label"] not in labels:
                continue
            total += 1
            got = system.get((m["start"], m["end"]))
            if got is None:
                continue
            found += 1
            key = f"{record['id']}#{m['cluster']}"
            pairs.append((key, f"{record['id']}#{got[1]}"))
            by_cluster[key].append(got[1])
            cluster_label[key] = m["label"]
            shown[key].append(f"{record['text'][m['start'] : m['end']]!r} -> {got[1]}")
        for key, idents in by_cluster.items():
            if len(idents) > 1:
                clusters += 1
                one += len(set(idents)) == 1
                if len(set(idents)) > 1:
                    splits.append(
                        f"{key} {cluster_label[key]}: " + "; ".join(sorted(set(shown[key])))
                    )
        owners: dict[str, set[str]] = defaultdict(set)
        for key, idents in by_cluster.items():
            for ident in set(idents):
                owners[ident].add(key)
        for ident, keys in owners.items():
            k = len(keys)
            if k > 1:
                merged.append(f"{ident}: {sorted(keys)}")
            merges += k * (k - 1) // 2
            people = sum(cluster_label[key] == "PER" for key in keys)
            person_merges += people * (people - 1) // 2
    p, r = b_cubed(pairs)
    return {
        "mentions": total,
        "matched": found,
        "b3_p": p,
        "b3_r": r,
        "b3_f": 2 * p * r / (p + r) if p + r else 0.0,
        "clusters": clusters,
        "one_identity": one / clusters if clusters else 0.0,
        "wrong_merges": merges,
        "person_merges": person_merges,
        "splits": splits,
        "merged": merged,
    }


def is_short_form(short: str, full: str) -> bool:
    """All words of `short` are words of the longer name `full`."""
    s, f = short.lower().split(), full.lower().split()
    return len(s) < len(f) and set(s) <= set(f)


def corpus_figures(path: Path, nlp, limit: int | None = None) -> dict:
    """Short PER forms that keep their own identity, and distinct PER identities, on a corpus."""
    texts = []
    for i, article in enumerate(iter_news(path)):
        if limit is not None and i >= limit:
            break
        texts.append(article["text"])
    per = split = 0
    identities: set[str] = set()
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        people = [e for e in doc.ents if e.label_ == "PER"]
        names = {" ".join(e.text.split()): identity(e) for e in people}
        for e in people:
            per += 1
            text = " ".join(e.text.split())
            ident = identity(e)
            identities.add(ident)
            longer = [n for n in names if is_short_form(text, n)]
            if longer and all(names[n] != ident for n in longer):
                split += 1
    return {
        "per_mentions": per,
        "split_short": split / per if per else 0.0,
        "per_identities": len(identities),
    }


def component_cost(path: Path, nlp, docs: int, repeats: int = 3) -> tuple[float, float]:
    """Seconds for the pipeline without `textkit_identity` on `docs` articles, and for the
    component alone on the Docs that run produced: the fastest of `repeats` timings, each on
    fresh copies of the Docs (same process; one timing varies a lot on a shared machine)."""
    import time

    from spacy.tokens import Doc

    texts = [a["text"] for _, a in zip(range(docs), iter_news(path), strict=False)]
    component = nlp.get_pipe("textkit_identity")
    with nlp.select_pipes(disable=["textkit_identity"]):
        list(nlp.pipe(texts[:20]))  # warm-up: vocabulary, caches, gazetteer index
        t = time.perf_counter()
        analysed = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        without = time.perf_counter() - t
    blobs = [doc.to_bytes() for doc in analysed]
    timings = []
    for _ in range(repeats):
        copies = [Doc(nlp.vocab).from_bytes(b) for b in blobs]
        t = time.perf_counter()
        for doc in copies:
            component(doc)
        timings.append(time.perf_counter() - t)
    return without, min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phase", choices=(*PHASES, "all"), default="all")
    parser.add_argument("--label", choices=NAMED_LABELS, default=None)
    parser.add_argument("--all", action="store_true", help="also the corpus figures (slow)")
    parser.add_argument("--limit", type=int, default=None, help="articles for --all")
    parser.add_argument("--name", default="identity", help="figures file name")
    parser.add_argument(
        "--problems", action="store_true", help="print split clusters and wrong merges (text)"
    )
    parser.add_argument("--cost-docs", type=int, default=0, help="time the component on N docs")
    args = parser.parse_args()
    path = require_shared_data() / NEWS_ARTICLES
    nlp = textkit.load()
    lines = [
        "| gold | articles | mentions | matched | B³ P | B³ R | B³ F1 | clusters 2+ | one identity "
        "| wrong merges | of two people |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    phases = (*PHASES, "all") if args.phase == "all" else (args.phase,)
    for phase in phases:
        records = attach_texts(load_gold(phase), path)
        if not records:
            continue
        labels = (args.label,) if args.label else NAMED_LABELS
        s = score(records, nlp, labels)
        lines.append(
            f"| {phase} | {len(records)} | {s['mentions']} | {s['matched']} | "
            f"{100 * s['b3_p']:.1f} | {100 * s['b3_r']:.1f} | {100 * s['b3_f']:.1f} | "
            f"{s['clusters']} | {100 * s['one_identity']:.1f} % | {s['wrong_merges']} | "
            f"{s['person_merges']} |"
        )
        if args.problems and phase != "all":
            for line in s["splits"]:
                print("SPLIT", line)
            for line in s["merged"]:
                print("MERGE", line)
    if args.all:
        c = corpus_figures(path, nlp, args.limit)
        lines += [
            "",
            f"Corpus ({args.limit or 'all'} articles): {c['per_mentions']} PER mentions, "
            f"{100 * c['split_short']:.1f} % short forms of a longer PER of the same article "
            f"with a different identity; {c['per_identities']} distinct PER identities.",
        ]
    if args.cost_docs and "textkit_identity" in nlp.pipe_names:
        without, alone = component_cost(path, nlp, args.cost_docs)
        lines += [
            "",
            f"Cost on {args.cost_docs} articles: the pipeline without `textkit_identity` "
            f"{without:.1f} s; the component alone on its Docs {alone:.2f} s (fastest of 3) "
            f"(+{100 * alone / without:.1f} %).",
        ]
    markdown = "\n".join(lines)
    print(markdown)
    command = " ".join(["python benchmarks/identity_eval.py", *sys.argv[1:]])
    from _figures import write_figures

    write_figures(args.name, markdown, command)


if __name__ == "__main__":
    main()
