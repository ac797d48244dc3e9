"""Gazetteer quality on the shared NER dev splits: LOC/ORG exact-span P/R/F of the gazetteer
alone, of the pipeline with and without `textkit_gazetteer` (when a NER model is shipped), and
the share of LOC/ORG entities (gold and predicted) that get a canonical value.

Input is pre-tokenized (`nlp(Doc(vocab, words=...))`). NERP is scored on LOC only (no ORG).

    python benchmarks/gazetteer_eval.py [--datasets nerui nerp] [--split dev] [--articles 300]

Also prints the cost of the two components alone on news articles (words/s) and the time to
build the gazetteer index (once per process, on the first Doc). The default run writes all of it
to `docs/figures/gazetteer_eval.md`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

import textkit
from textkit.components.gazetteer import Gazetteer
from textkit.components.linker import link
from textkit.datasets import NER_DATASETS, NEWS_ARTICLES, iter_news, read_conll, require_shared_data
from textkit.pipeline import MODEL_DIR
from textkit.training.ner import spans

sys.path.insert(0, str(Path(__file__).parent))
from _figures import Figures  # noqa: E402
from ner_eval import TARGETS, evaluate  # noqa: E402

LINKED = ("ORG", "LOC")
SCORED = {name: LINKED for name in NER_DATASETS} | {"nerp": ("LOC",)}


def value_share(nlp, sentences, labels) -> tuple[float, float]:
    """% of gold LOC/ORG spans whose text links to a canonical value, and % of predicted ones."""
    gold = linked = pred = pred_linked = 0
    docs = (Doc(nlp.vocab, words=words) for words, _ in sentences)
    for (words, tags), doc in zip(sentences, nlp.pipe(docs, batch_size=256), strict=True):
        for start, end, label in spans(tags):
            if label in labels:
                gold += 1
                linked += link(label, " ".join(words[start:end]))[0] is not None
        for ent in doc.ents:
            if ent.label_ in labels:
                pred += 1
                pred_linked += ent._.value is not None
    return 100 * linked / max(gold, 1), 100 * pred_linked / max(pred, 1)


def component_speed(nlp, texts: list[str]) -> dict[str, float]:
    """Words/s of `textkit_gazetteer` and `textkit_linker` alone, on Docs the others prepared."""
    docs = []
    for doc in nlp.pipe(texts, disable=["textkit_gazetteer", "textkit_linker"]):
        docs.append(doc)
    words = sum(len(d) for d in docs)
    speeds = {}
    for name in ("textkit_gazetteer", "textkit_linker"):
        component = nlp.get_pipe(name)
        component(nlp.make_doc("Jakarta"))  # build the index outside the timing
        start = time.perf_counter()
        for doc in docs:
            component(doc)
        speeds[name] = words / (time.perf_counter() - start)
    return speeds


def row(name: str, setup: str, scores: dict, wps: float) -> str:
    cells = [f"{scores[lab][2]:.1f}" if lab in scores else "–" for lab in LINKED]
    p, r, f = scores["micro"]
    return f"| {name} | {setup} | {' | '.join(cells)} | {p:.1f} | {r:.1f} | {f:.1f} | {wps:,.0f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--datasets", nargs="+", default=list(NER_DATASETS))
    parser.add_argument("--articles", type=int, default=300, help="news articles for speed")
    args = parser.parse_args(argv)

    shared = require_shared_data()
    data = shared / "ner"
    out = Figures()
    tokenizer = textkit.build(model_dir=None).tokenizer
    start = time.perf_counter()
    Gazetteer(lambda text: [t.text for t in tokenizer(text)])
    out.print(f"Gazetteer index built in {time.perf_counter() - start:.2f} s.")
    out.print()
    setups = {"gazetteer alone": textkit.build(model_dir=None)}
    if (MODEL_DIR / "config.cfg").exists():
        with_gaz = textkit.build()
        without = textkit.build()
        without.remove_pipe("textkit_gazetteer")
        setups |= {"NER + gazetteer": with_gaz, "NER only": without}
    out.print(f"LOC/ORG exact-span scores, {args.split} split:")
    out.print()
    out.print("| dataset | setup | ORG F | LOC F | P | R | micro F | words/s |")
    out.print("|---|---|---|---|---|---|---|---|")
    shares = []
    target_f: dict[str, list[float]] = {setup: [] for setup in setups}
    full = setups.get("NER + gazetteer", setups["gazetteer alone"])
    for name in args.datasets:
        sentences = read_conll(data / name / f"{args.split}.conll")
        for setup, nlp in setups.items():
            start = time.perf_counter()
            scores = evaluate(nlp, sentences, SCORED[name])
            wps = sum(len(w) for w, _ in sentences) / (time.perf_counter() - start)
            out.print(row(name, setup, scores, wps))
            if name in TARGETS:
                target_f[setup].append(scores["micro"][2])
        shares.append((name, *value_share(full, sentences, SCORED[name])))
    if all(target_f.values()):
        out.print()
        means = ", ".join(f"{k} {sum(v) / len(v):.1f}" for k, v in target_f.items())
        out.print(f"Mean LOC/ORG micro F over {', '.join(TARGETS)}: {means}.")
    news = shared / NEWS_ARTICLES
    texts = [a["text"] for a in iter_news(news, limit=args.articles)]
    out.print()
    for name, wps in component_speed(full, texts).items():
        out.print(f"- `{name}` alone: {wps:,.0f} words/s on {len(texts)} articles")
    out.print()
    out.print("| dataset | gold LOC/ORG with a canonical value | predicted LOC/ORG with one |")
    out.print("|---|---|---|")
    for name, gold, pred in shares:
        out.print(f"| {name} | {gold:.1f}% | {pred:.1f}% |")
    default = args.split == "dev" and args.datasets == list(NER_DATASETS)
    if default and args.articles == 300:
        out.write("gazetteer_eval", "gazetteer_eval.py", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
