"""Pipeline speed: words/s of the full `textkit.load()` pipeline on the shared news articles,
beside the tokenizer alone and the NER model in the same process; load time in a fresh process;
peak RSS.

    python benchmarks/speed.py [--limit 1000] [--model DIR]

The default run (1,000 articles, the shipped model) writes `docs/figures/speed.md`.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable

from _figures import Figures
from spacy.tokens import Doc

import textkit
from textkit.datasets import NEWS_ARTICLES, iter_news, require_shared_data

LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); import textkit; nlp = textkit.load({model!r}); "
    "print(time.perf_counter() - t)"
)


def fresh_load_seconds(model: str | None, runs: int = 3) -> float:
    """Median wall time of `import textkit; textkit.load()` in new processes."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET.format(model=model)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def words_per_second(
    process: Callable[[list[str]], Iterable[Doc]], texts: list[str]
) -> tuple[float, int]:
    """(words/s, words) for `process(texts)`, which yields Docs."""
    start = time.perf_counter()
    words = sum(sum(not t.is_space for t in doc) for doc in process(texts))
    return words / (time.perf_counter() - start), words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="articles to process")
    parser.add_argument("--model", help="model folder (default: the shipped one)")
    args = parser.parse_args(argv)

    path = require_shared_data() / NEWS_ARTICLES
    texts = [f"{a['title']}\n{a['text']}" for a in iter_news(path, limit=args.limit)]
    load_s = fresh_load_seconds(args.model)
    nlp = textkit.load(args.model)
    out = Figures()
    out.print(f"Pipeline `{', '.join(nlp.pipe_names)}` on {len(texts):,} news articles")
    out.print(f"({sum(map(len, texts)):,} characters).")
    out.print()

    base_wps, words = words_per_second(lambda ts: (nlp.make_doc(t) for t in ts), texts)
    full_wps, _ = words_per_second(lambda ts: nlp.pipe(ts, batch_size=64), texts)
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names]):
        ner_wps, _ = words_per_second(lambda ts: nlp.pipe(ts, batch_size=64), texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.print(f"| run ({words:,} words, one process) | words/s | vs tokenizer |")
    out.print("|---|---|---|")
    out.print(f"| tokenizer only (baseline) | {base_wps:,.0f} | 1.00 |")
    out.print(f"| tokenizer + tok2vec + ner | {ner_wps:,.0f} | {ner_wps / base_wps:.2f} |")
    out.print(f"| full textkit.load() pipeline | {full_wps:,.0f} | {full_wps / base_wps:.2f} |")
    out.print()
    model_s, full_s = words / ner_wps, words / full_wps
    out.print(f"- the NER model (tokenizer + tok2vec + ner) takes {model_s / full_s:.0%} of the")
    out.print("  full pipeline's time: the pipeline can run no faster than that row, whatever the")
    out.print("  rules cost (per component: `benchmarks/components.py`)")
    out.print(f"- `textkit.load()` in a fresh process (median of 3): {load_s:.2f} s")
    out.print(f"- peak RSS: {peak_mb:,.0f} MB")
    if args.limit == 1000 and args.model is None:
        out.write("speed", "speed.py", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
