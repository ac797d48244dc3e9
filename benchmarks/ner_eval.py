"""NER quality on the shared dev splits: CoNLL exact-span P/R/F per label and micro.

Input is pre-tokenized (`nlp(Doc(vocab, words=...))`) and goes through the full
`textkit.load()` pipeline (or tok2vec + ner only with --ner-only). NERP is scored on PER/LOC
only, on its lowercased text as given. Prints a markdown table and, for the shipped model on
every dev split, writes it to `docs/figures/ner_eval[_ner-only][_upper|_lower].md`.

    python benchmarks/ner_eval.py [--model DIR] [--ner-only] [--datasets nerui nerp]
        [--case upper]  # robustness: the same dev text in ALL CAPS (headlines) or lower case
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

import textkit
from textkit.datasets import NER_DATASETS, read_conll, require_shared_data
from textkit.labels import NAMED_LABELS
from textkit.training.ner import spans

# Loaded by path from tests and other scripts too: find _figures beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _figures import Figures  # noqa: E402

# Labels each dataset annotates (NERP has no ORG).
SCORED = {name: NAMED_LABELS for name in NER_DATASETS} | {"nerp": ("PER", "LOC")}
SILVER = {"mdee"}  # automatically labelled: a rough check, not a target
TARGETS = ("idner-news-2k", "nerui", "nerugm", "nergrit")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0)


CASES = {"as-is": str, "upper": str.upper, "lower": str.lower}


def source_spaces(words: list[str]) -> list[bool]:
    """Whitespace after each word as the source text had it, as far as the tokens tell: the
    datasets split hyphens off words (`Zeta - Jones`, `cara - cara`), which were written
    unspaced between two words; every other token is followed by a space."""
    spaces = [True] * len(words)
    for k in range(1, len(words) - 1):
        if words[k] == "-" and words[k - 1][-1:].isalnum() and words[k + 1][:1].isalnum():
            spaces[k - 1] = spaces[k] = False
    return spaces


def evaluate(nlp, sentences, labels, case=str) -> dict[str, tuple[float, float, float]]:
    """P/R/F per label and `micro` for (words, tags) sentences, words cased by `case`."""
    counts = {label: Counter() for label in labels}
    docs = (
        Doc(nlp.vocab, words=[case(w) for w in words], spaces=source_spaces(words))
        for words, _ in sentences
    )
    for (_, tags), doc in zip(sentences, nlp.pipe(docs, batch_size=256), strict=True):
        gold = {s for s in spans(tags) if s[2] in labels}
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in labels}
        for label in labels:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            counts[label].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    scores = {label: prf(c["tp"], c["fp"], c["fn"]) for label, c in counts.items()}
    total = sum(counts.values(), Counter())
    scores["micro"] = prf(total["tp"], total["fp"], total["fn"])
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model folder (default: the shipped one)")
    parser.add_argument("--ner-only", action="store_true", help="tok2vec + ner, no rules")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--datasets", nargs="+", default=list(NER_DATASETS))
    parser.add_argument("--case", choices=CASES, default="as-is", help="recase the words first")
    args = parser.parse_args(argv)

    data = require_shared_data() / "ner"
    nlp = textkit.build(Path(args.model)) if args.model else textkit.load()
    if args.ner_only:
        nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names])
    out = Figures()
    out.print(f"pipeline: `{', '.join(nlp.pipe_names)}`; {args.split} split; words {args.case}")
    out.print()
    out.print("| dataset | PER F | ORG F | LOC F | P | R | micro F | words/s |")
    out.print("|---|---|---|---|---|---|---|---|")
    micro = {}
    for name in args.datasets:
        sentences = read_conll(data / name / f"{args.split}.conll")
        start = time.perf_counter()
        scores = evaluate(nlp, sentences, SCORED[name], CASES[args.case])
        wps = sum(len(w) for w, _ in sentences) / (time.perf_counter() - start)
        micro[name] = scores["micro"][2]
        cells = [f"{scores[lab][2]:.1f}" if lab in scores else "–" for lab in NAMED_LABELS]
        p, r, f = scores["micro"]
        label = f"{name} (silver)" if name in SILVER else name
        out.print(f"| {label} | {' | '.join(cells)} | {p:.1f} | {r:.1f} | {f:.1f} | {wps:,.0f} |")
    targets = [micro[n] for n in TARGETS if n in micro]
    if targets:
        out.print()
        out.print(
            f"Mean micro F1 over {', '.join(n for n in TARGETS if n in micro)}: "
            f"**{sum(targets) / len(targets):.1f}**"
        )
    # Only runs over the shipped model and every dev split stand for the model in the docs.
    if args.model is None and args.split == "dev" and args.datasets == list(NER_DATASETS):
        variant = ("_ner-only" if args.ner_only else "") + (
            "" if args.case == "as-is" else f"_{args.case}"
        )
        out.write(f"ner_eval{variant}", "ner_eval.py", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
