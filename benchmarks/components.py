"""Where the pipeline's time goes: seconds per component of `textkit.load()` on the shared news
articles, each component run over the Docs the one before it produced, in one process.

    python benchmarks/components.py [--limit 1000] [--repeat 1] [--profile COMPONENT]
    python benchmarks/components.py --batch-sizes 8,32,64,256,1000 [--limit 1000]
    python benchmarks/components.py --variants [--limit 300]

Besides seconds and share of the pipeline time, each row gives its time per the NER model's
(`tok2vec` + `ner`, which textkit does not change) in the same process: the figure that stays
comparable between runs on a busy machine. `--profile NAME` prints the cProfile hot spots of one
component (`tokenizer` or a pipe name). The default run (1,000 articles, one pass) writes
`docs/figures/speed_components.md`. `--batch-sizes` instead times the whole `nlp.pipe` at each
`batch_size`, beside the default of `textkit.load()` (`nlp.batch_size`), with peak RSS
growth, and writes
`docs/figures/speed_batch.md`. `--variants` times the shipped NER model (`tok2vec` + `ner`)
beside UNTRAINED smaller variants of its architecture (random weights run as fast as trained
ones; none is saved) and writes `docs/figures/speed_variants.md`.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import time
from collections.abc import Callable

from _figures import Figures
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit.datasets import NEWS_ARTICLES, iter_news, require_shared_data

BATCH_SIZE = 64  # as in speed.py
MODEL_PIPES = ("tok2vec", "ner")


def stages(nlp: Language) -> list[tuple[str, Callable[[list], list[Doc]]]]:
    """(name, run) for the tokenizer and each pipe in order; `run` maps the previous stage's
    output (texts for the tokenizer) to Docs."""
    out: list[tuple[str, Callable[[list], list[Doc]]]] = [
        ("tokenizer", lambda texts: list(nlp.tokenizer.pipe(texts, batch_size=BATCH_SIZE)))
    ]
    for name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            out.append((name, lambda docs, p=proc: list(p.pipe(docs, batch_size=BATCH_SIZE))))
        else:
            out.append((name, lambda docs, p=proc: [p(doc) for doc in docs]))
    return out


def time_stages(nlp: Language, texts: list[str]) -> dict[str, float]:
    """Seconds of each stage over `texts`, one pass."""
    seconds: dict[str, float] = {}
    data: list = texts
    for name, run in stages(nlp):
        start = time.perf_counter()
        data = run(data)
        seconds[name] = time.perf_counter() - start
    return seconds


def profile_stage(nlp: Language, texts: list[str], wanted: str, top: int = 25) -> None:
    """Print the cProfile hot spots of stage `wanted`."""
    data: list = texts
    for name, run in stages(nlp):
        if name != wanted:
            data = run(data)
            continue
        profiler = cProfile.Profile()
        profiler.enable()
        run(data)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
        return
    raise SystemExit(f"no stage {wanted!r}; stages: tokenizer, {', '.join(nlp.pipe_names)}")


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch_sweep(nlp: Language, texts: list[str], sizes: list[int], repeat: int) -> Figures:
    """Full-pipeline words/s per `nlp.pipe` batch size (best of `repeat`, sizes interleaved),
    as a ratio to textkit's default batch size, and how much each raised the peak RSS."""
    default = nlp.batch_size
    sizes = sorted({*sizes, default})
    words = sum(not t.is_space for doc in nlp.tokenizer.pipe(texts) for t in doc)
    best = dict.fromkeys(sizes, float("inf"))
    growth = dict.fromkeys(sizes, 0.0)
    for _ in range(repeat):
        for size in sizes:
            before = rss_mb()
            start = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=size):
                pass
            best[size] = min(best[size], time.perf_counter() - start)
            growth[size] = max(growth[size], rss_mb() - before)
    out = Figures()
    out.print(f"Full `textkit.load()` pipeline on {len(texts):,} news articles ({words:,} words),")
    out.print(f"one process, best of {repeat}, batch sizes interleaved (smallest first: the peak")
    out.print("RSS only grows, so a row's growth is what that size added over the smaller ones).")
    out.print()
    out.print(f"| `nlp.pipe` batch_size | words/s | vs {default} | peak RSS growth MB |")
    out.print("|---|---|---|---|")
    for size in sizes:
        mark = " (default)" if size == default else ""
        wps = words / best[size]
        ratio = best[default] / best[size]
        out.print(f"| {size}{mark} | {wps:,.0f} | {ratio:.2f} | {growth[size]:,.0f} |")
    out.print()
    out.print(f"- peak RSS at the end: {rss_mb():,.0f} MB")
    return out


# Overrides of the shipped model's config: smaller tok2vec encoders, no static vectors.
ENCODE = "components.tok2vec.model.encode"
VARIANTS: dict[str, dict[str, object]] = {
    "shipped (width 96, depth 4, static vectors)": {},
    "depth 2": {f"{ENCODE}.depth": 2},
    "width 64, depth 2": {f"{ENCODE}.width": 64, f"{ENCODE}.depth": 2},
    "no static vectors": {"components.tok2vec.model.embed.include_static_vectors": False},
    "width 64, depth 2, no static vectors": {
        f"{ENCODE}.width": 64,
        f"{ENCODE}.depth": 2,
        "components.tok2vec.model.embed.include_static_vectors": False,
    },
}


def model_variant(shipped: Language, overrides: dict[str, object]) -> Language:
    """An untrained tok2vec + ner pipeline: the shipped config with `overrides`."""
    from spacy.util import load_config

    from textkit.lang import IndonesianNews
    from textkit.pipeline import MODEL_DIR

    config = load_config(MODEL_DIR / "config.cfg", overrides=overrides)
    nlp = IndonesianNews.from_config(config, vocab=shipped.vocab)
    for label in shipped.get_pipe("ner").labels:
        nlp.get_pipe("ner").add_label(label)
    nlp.initialize()
    return nlp


def variant_sweep(shipped: Language, texts: list[str]) -> Figures:
    """tok2vec + ner words/s of each VARIANTS model on the tokenized `texts`, one process."""
    docs = [shipped.make_doc(text) for text in texts]
    words = sum(not t.is_space for doc in docs for t in doc)
    seconds = {}
    for name, overrides in VARIANTS.items():
        model = model_variant(shipped, overrides) if overrides else shipped
        pipes = [model.get_pipe(p) for p in MODEL_PIPES]
        batch = [doc.copy() for doc in docs]
        start = time.perf_counter()
        for proc in pipes:
            batch = list(proc.pipe(batch, batch_size=BATCH_SIZE))
        seconds[name] = time.perf_counter() - start
    base = next(iter(seconds.values()))
    out = Figures()
    out.print(f"`tok2vec` + `ner` on {len(texts):,} tokenized news articles ({words:,} words), one")
    out.print("process; the variants are UNTRAINED (their accuracy is unknown), for speed only.")
    out.print()
    out.print("| model | seconds | words/s | vs shipped |")
    out.print("|---|---|---|---|")
    for name, s in seconds.items():
        out.print(f"| {name} | {s:.2f} | {words / s:,.0f} | {base / s:.2f}x |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="articles to process")
    parser.add_argument("--repeat", type=int, default=1, help="passes; the best time counts")
    parser.add_argument("--profile", metavar="COMPONENT", help="print one stage's hot spots")
    parser.add_argument("--batch-sizes", help="comma-separated nlp.pipe batch sizes to compare")
    parser.add_argument("--variants", action="store_true", help="time smaller NER models")
    args = parser.parse_args(argv)

    path = require_shared_data() / NEWS_ARTICLES
    texts = [f"{a['title']}\n{a['text']}" for a in iter_news(path, limit=args.limit)]
    nlp = textkit.load()
    list(nlp.pipe(texts[:20]))  # build lazy indexes (gazetteer, Punkt) outside the timings
    if args.profile:
        profile_stage(nlp, texts, args.profile)
        return 0
    if args.variants:
        variant_sweep(nlp, texts).write("speed_variants", "components.py", argv)
        return 0
    if args.batch_sizes:
        sizes = [int(size) for size in args.batch_sizes.split(",")]
        out = batch_sweep(nlp, texts, sizes, args.repeat)
        if args.limit == 1000:
            out.write("speed_batch", "components.py", argv)
        return 0
    runs = [time_stages(nlp, texts) for _ in range(args.repeat)]
    seconds = {name: min(run[name] for run in runs) for name in runs[0]}
    words = sum(not t.is_space for doc in nlp.tokenizer.pipe(texts) for t in doc)
    total = sum(seconds.values())
    model = sum(seconds[name] for name in MODEL_PIPES if name in seconds)

    out = Figures()
    out.print(f"`textkit.load()` on {len(texts):,} news articles ({words:,} words), one process,")
    out.print(f"batch size {BATCH_SIZE}, best of {args.repeat}; each component over the Docs of")
    out.print("the one before.")
    out.print()
    out.print("| component | seconds | share | words/s | vs NER model (tok2vec + ner) |")
    out.print("|---|---|---|---|---|")
    for name, s in seconds.items():
        ratio = f"{s / model:.3f}" if model else "-"
        out.print(f"| {name} | {s:.2f} | {s / total:.1%} | {words / s:,.0f} | {ratio} |")
    ratio = f"{total / model:.2f}" if model else "-"
    out.print(f"| **pipeline** | {total:.2f} | 100% | {words / total:,.0f} | {ratio} |")
    if model:
        rest = total - model
        out.print()
        out.print(f"- the NER model alone: {words / model:,.0f} words/s; everything else")
        out.print(f"  (textkit's own work) adds {rest:.2f} s, {rest / model:.2f}x the model.")
    if args.limit == 1000 and args.repeat == 1:
        out.write("speed_components", "components.py", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
