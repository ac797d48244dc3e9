"""Opt-in A/B: textkit's sentence splitter and gazetteer component against those of an older
checkout, in one process, on the same Docs, in alternating order; outputs must be identical.
Then the whole pipeline with the older two against the current one, batch by batch in
alternating order.

    git worktree add /tmp/textkit-base d8e74fe   # or `git archive d8e74fe | tar -x -C DIR`
    python benchmarks/speed_ab.py --base /tmp/textkit-base --label d8e74fe [--limit 1000]

The older modules are loaded from `--base` under other names (their components unregistered);
everything they import comes from this checkout. A run on 1,000 articles writes
`docs/figures/speed_ab.md`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

from _figures import Figures
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit.datasets import NEWS_ARTICLES, iter_news, require_shared_data

MODULES = {  # component: (module path in a checkout, the module's name, its class)
    "textkit_sentences": ("textkit/sentences.py", "textkit._base_sentences", "SentenceSplitter"),
    "textkit_gazetteer": (
        "textkit/components/gazetteer.py",
        "textkit.components._base_gazetteer",
        "GazetteerComponent",
    ),
}


@contextlib.contextmanager
def factories_off() -> Iterator[None]:
    """`@Language.factory` leaves functions unregistered (the names are taken)."""
    original = Language.__dict__["factory"]
    Language.factory = classmethod(lambda cls, *args, **kwargs: lambda func: func)
    try:
        yield
    finally:
        Language.factory = original


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    with factories_off():
        spec.loader.exec_module(module)
    return module


def base_components(nlp: Language, base: Path) -> dict[str, Callable[[Doc], Doc]]:
    out = {}
    for pipe, (path, name, cls) in MODULES.items():
        module = load_module(base / path, name)
        factory = getattr(module, cls)
        out[pipe] = factory() if pipe == "textkit_sentences" else factory(nlp, pipe, False)
    return out


def output(pipe: str, doc: Doc) -> list:
    if pipe == "textkit_sentences":
        return [t.is_sent_start for t in doc]
    return [(e.start, e.end, e.label_, e.kb_id_, e._.value) for e in doc.ents]


def run_batch(nlp: Language, replace: dict[str, Callable[[Doc], Doc]], texts: list[str]) -> int:
    """Run `texts` through the pipeline, with the components named in `replace` swapped; the
    number of words."""
    docs = [nlp.make_doc(text) for text in texts]
    for name, proc in nlp.pipeline:
        proc = replace.get(name, proc)
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=len(docs)))
        else:
            docs = [proc(doc) for doc in docs]
    return sum(not t.is_space for doc in docs for t in doc)


def pipeline_ab(nlp: Language, base: dict, texts: list[str]) -> dict[str, float]:
    """Words/s of the whole pipeline with the base components and with the current ones,
    batch by batch (`nlp.batch_size` texts) in alternating order."""
    seconds = {"base": 0.0, "now": 0.0}
    words = 0
    for k in range(0, len(texts), nlp.batch_size):
        batch = texts[k : k + nlp.batch_size]
        for side in sorted(seconds, reverse=(k // nlp.batch_size) % 2 == 1):
            start = time.perf_counter()
            words_in = run_batch(nlp, base if side == "base" else {}, batch)
            seconds[side] += time.perf_counter() - start
        words += words_in
    return {side: words / s for side, s in seconds.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="older textkit checkout")
    parser.add_argument("--label", default="base", help="what the base is (a commit)")
    parser.add_argument("--limit", type=int, default=1000, help="articles to process")
    args = parser.parse_args(argv)

    path = require_shared_data() / NEWS_ARTICLES
    texts = [f"{a['title']}\n{a['text']}" for a in iter_news(path, limit=args.limit)]
    nlp = textkit.load()
    base = base_components(nlp, args.base.resolve())
    with nlp.select_pipes(enable=["textkit_sentences", "tok2vec", "ner"]):
        docs = list(nlp.pipe(texts))
    seconds = {(pipe, side): 0.0 for pipe in base for side in ("base", "now")}
    for pipe in base:
        sides = {"base": base[pipe], "now": nlp.get_pipe(pipe)}
        for run in sides.values():  # build lazy indexes outside the timings
            for doc in docs[:20]:
                run(doc.copy())
            if hasattr(run, "gazetteer"):
                run.gazetteer.districts  # noqa: B018  (built on first use)
        for k, doc in enumerate(docs):
            results = {}
            for side in sorted(sides, reverse=k % 2 == 1):
                copy = doc.copy()
                start = time.perf_counter()
                sides[side](copy)
                seconds[pipe, side] += time.perf_counter() - start
                results[side] = output(pipe, copy)
            if results["base"] != results["now"]:
                raise SystemExit(f"{pipe}: output differs on article {k}")
    out = Figures()
    out.print(f"{len(docs):,} news articles, one process: the component of {args.label} and the")
    out.print("current one on copies of the same Docs, in alternating order; outputs identical on")
    out.print("every article.")
    out.print()
    out.print(f"| component | {args.label} s | now s | now / {args.label} |")
    out.print("|---|---|---|---|")
    for pipe in base:
        old, new = seconds[pipe, "base"], seconds[pipe, "now"]
        out.print(f"| {pipe} | {old:.2f} | {new:.2f} | {new / old:.2f} |")
    wps = pipeline_ab(nlp, base, texts)
    out.print()
    out.print(f"Whole pipeline, the two components of {args.label} swapped in, batches of")
    out.print(f"{nlp.batch_size} in alternating order:")
    out.print()
    out.print(f"| pipeline | words/s | vs {args.label} |")
    out.print("|---|---|---|")
    out.print(f"| with the components of {args.label} | {wps['base']:,.0f} | 1.00 |")
    out.print(f"| now | {wps['now']:,.0f} | {wps['now'] / wps['base']:.3f} |")
    if args.limit == 1000:
        out.write("speed_ab", "speed_ab.py", ["--base", "CHECKOUT", "--label", args.label])
    return 0


if __name__ == "__main__":
    sys.exit(main())
