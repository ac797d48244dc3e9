"""Grammar components on the UD dev splits, from gold tokens and sentences: UPOS, lemma,
FEATS and dependency scores per treebank; the full pipeline's words/s and peak RSS with and
without them.

    python benchmarks/grammar_eval.py [--grammar DIR] [--limit 100] [--no-speed]

Multiword tokens (`rumahnya`) are one token, with their host word's annotation, as textkit's
tokenizer keeps them (`textkit.datasets.UDTree`). The default run writes
`docs/figures/grammar_eval.md`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from textkit.datasets import (
    NEWS_ARTICLES,
    UD_TREEBANKS,
    UDTree,
    iter_news,
    read_ud_trees,
    require_shared_data,
)
from textkit.pipeline import GRAMMAR, GRAMMAR_DIR, GRAMMAR_PIPES, MODEL_DIR, build

sys.path.insert(0, str(Path(__file__).parent))
from _figures import Figures  # noqa: E402

SCORES = ("upos", "lemma", "lemma_cased", "ufeats", "feats_f", "uas", "las", "las_u")


def features(morph: str) -> set[str]:
    """The `Feat=Value` pairs of a FEATS string."""
    return {pair for pair in morph.split("|") if pair and pair != "_"}


def predict(nlp: Language, trees: list[UDTree]) -> list[Doc]:
    """The trees' tokens and sentences (gold) through the grammar components alone."""
    docs = []
    for tree in trees:
        doc = Doc(nlp.vocab, words=tree.words, spaces=tree.spaces)
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        docs.append(doc)
    names = [name for name in GRAMMAR_PIPES if name in nlp.pipe_names]
    with nlp.select_pipes(enable=names):
        return list(nlp.pipe(docs, batch_size=64))


def relation(label: str) -> str:
    """A dependency label as UD writes it (spaCy calls the root `ROOT`)."""
    return "root" if label == "ROOT" else label


def score(trees: list[UDTree], docs: list[Doc]) -> dict[str, float]:
    """Percentages over all tokens: UPOS, lemma (in lower case, as textkit writes lemmas; and
    with the treebank's case, which CSUI keeps for some names), UFeats (whole FEATS
    right), FEATS micro F1 over `Feat=Value` pairs, UAS, LAS (full label) and LAS on the
    universal relation (subtype dropped, as the CoNLL 2018 scorer)."""
    hits: Counter[str] = Counter()
    n = 0
    tp = fp = fn = 0
    for tree, doc in zip(trees, docs, strict=True):
        for i, token in enumerate(doc):
            n += 1
            gold_feats, pred_feats = features(tree.morphs[i]), features(str(token.morph))
            tp += len(gold_feats & pred_feats)
            fp += len(pred_feats - gold_feats)
            fn += len(gold_feats - pred_feats)
            head = token.head.i == tree.heads[i]
            dep, gold_dep = relation(token.dep_), tree.deps[i]
            hits["upos"] += token.pos_ == tree.pos[i]
            hits["lemma"] += token.lemma_.lower() == tree.lemmas[i].lower()
            hits["lemma_cased"] += token.lemma_ == tree.lemmas[i]
            hits["ufeats"] += gold_feats == pred_feats
            hits["uas"] += head
            hits["las"] += head and dep == gold_dep
            hits["las_u"] += head and dep.split(":")[0] == gold_dep.split(":")[0]
    out = {key: 100 * hits[key] / max(1, n) for key in SCORES if key != "feats_f"}
    out["feats_f"] = 100 * 2 * tp / max(1, 2 * tp + fp + fn)
    out["tokens"] = n
    return out


def news_texts(limit: int) -> list[str]:
    path = require_shared_data() / NEWS_ARTICLES
    return [f"{a['title']}\n{a['text']}" for a in iter_news(path, limit=limit)]


def timed(nlp: Language, texts: list[str]) -> tuple[float, int]:
    """(CPU seconds of this process, words) of the pipeline over `texts`: CPU time, not wall
    time, so that other jobs on a shared machine do not skew the comparison."""
    start = time.process_time()
    words = sum(sum(not t.is_space for t in doc) for doc in nlp.pipe(texts))
    return time.process_time() - start, words


def rss_run(variant: str, limit: int, grammar: str) -> int:
    """In this (fresh) process: load the pipeline with or without grammar, analyse the texts,
    print the peak RSS in MB as JSON."""
    exclude = [] if variant == "with" else [GRAMMAR]
    nlp = build(MODEL_DIR, exclude=exclude, grammar_dir=grammar)
    for _ in nlp.pipe(news_texts(limit)):
        pass
    print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    return 0


def peak_rss(variant: str, limit: int, grammar: str) -> float:
    """Peak RSS (MB) of a fresh process that loads the pipeline and analyses the texts."""
    cmd = [sys.executable, __file__, "--rss-run", variant, "--limit", str(limit)]
    out = subprocess.run([*cmd, "--grammar", grammar], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])["rss_mb"]


def speed(out: Figures, nlp: Language, limit: int, grammar: str) -> None:
    """Words per CPU second with and without the grammar components, alternating runs in one
    process; peak RSS of each in a fresh process."""
    texts = news_texts(limit)
    nlp.pipe(texts[:5])  # warm up
    names = [name for name in GRAMMAR_PIPES if name in nlp.pipe_names]
    seconds = {"with": 0.0, "without": 0.0}
    words = 0
    for _ in range(2):
        elapsed, words = timed(nlp, texts)
        seconds["with"] += elapsed
        with nlp.select_pipes(disable=names):
            seconds["without"] += timed(nlp, texts)[0]
    wps = {key: 2 * words / value for key, value in seconds.items()}
    rss = {key: peak_rss(key, limit, grammar) for key in ("without", "with")}
    out.print(f"Full pipeline on {len(texts):,} news articles ({words:,} words): words per CPU")
    out.print("second over 2 alternating runs of each in one process; peak RSS of a fresh process")
    out.print("that loads the pipeline and analyses the same articles:")
    out.print()
    out.print("| pipeline | words per CPU s | vs without | peak RSS MB |")
    out.print("|---|---|---|---|")
    for key in ("without", "with"):
        ratio = wps[key] / wps["without"]
        out.print(f"| {key} grammar | {wps[key]:,.0f} | {ratio:.2f}x | {rss[key]:,.0f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grammar", default=str(GRAMMAR_DIR), help="grammar model folder")
    parser.add_argument("--limit", type=int, default=100, help="news articles for the speed")
    parser.add_argument("--no-speed", action="store_true", help="scores only")
    parser.add_argument("--rss-run", choices=("with", "without"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_run:
        return rss_run(args.rss_run, args.limit, args.grammar)

    data = require_shared_data()
    nlp = build(MODEL_DIR, grammar_dir=args.grammar)
    out = Figures()
    out.print("UD dev splits, from gold tokens and sentences (a multiword token is one token")
    out.print("with its host word's annotation); percentages over all tokens, punctuation")
    out.print("included. Lemma: compared in lower case (textkit's convention); cased: with the")
    out.print("treebank's capitals. UFeats: the whole FEATS right; FEATS F1: over `Feat=Value`")
    out.print("pairs. LAS: full relation (`nsubj:pass`); LAS u: universal relation only.")
    out.print()
    out.print(
        "| treebank | tokens | UPOS | lemma | lemma, cased | UFeats | FEATS F1 "
        "| UAS | LAS | LAS u |"
    )
    out.print("|---|---|---|---|---|---|---|---|---|---|")
    for name in UD_TREEBANKS:
        trees = read_ud_trees(data / "ud" / name / "dev.conllu")
        s = score(trees, predict(nlp, trees))
        cells = " | ".join(f"{s[key]:.1f}" for key in SCORES)
        out.print(f"| {name} | {s['tokens']:,} | {cells} |")
    if not args.no_speed:
        out.print()
        speed(out, nlp, args.limit, args.grammar)
    if args.grammar == str(GRAMMAR_DIR) and args.limit == 100 and not args.no_speed:
        out.write("grammar_eval", "grammar_eval.py", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
