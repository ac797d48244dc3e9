"""The alternative the splitter was chosen against: a spaCy `senter` trained on UD CSUI train.

    python benchmarks/sentences_senter.py [--epochs N]

Trains a senter (textkit tokenizer, default tok2vec) on CSUI train, sentences grouped 8 to a
document, and prints its sentence F1 on GSD and CSUI dev beside textkit's Punkt + rules.
(GSD train is not in the shared data.) The default run writes `docs/figures/sentences_senter.md`.
"""

from __future__ import annotations

import argparse
import random

from _figures import Figures
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch
from tokenization import sentence_scores, textkit_sentences

from textkit.datasets import UD_TREEBANKS, UDSentence, read_conllu, require_shared_data
from textkit.lang import IndonesianNews


def gold_docs(nlp: Language, sentences: list[UDSentence], per_doc: int = 8) -> list[Doc]:
    """Documents of `per_doc` consecutive sentences with gold sentence starts."""
    docs = []
    for i in range(0, len(sentences), per_doc):
        words, spaces, starts = [], [], []
        for sent in sentences[i : i + per_doc]:
            words += sent.tokens
            spaces += sent.space_after[:-1] + [True]
            starts += [True] + [False] * (len(sent.tokens) - 1)
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts))
    return docs


def train_senter(sentences: list[UDSentence], epochs: int) -> Language:
    nlp = IndonesianNews()
    nlp.add_pipe("senter")
    examples = [
        Example(
            Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d
        )
        for d in gold_docs(nlp, sentences)
    ]
    nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        for batch in minibatch(examples, size=8):
            nlp.update(batch)
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=15)
    args = parser.parse_args(argv)
    random.seed(0)
    data = require_shared_data()
    systems = {
        "senter (CSUI train)": train_senter(
            read_conllu(data / "ud" / "csui" / "train.conllu"), args.epochs
        ),
        "textkit Punkt+rules": textkit_sentences(),
    }
    out = Figures()
    out.print(f"Sentence P/R/F1 on UD dev; senter trained {args.epochs} epochs on CSUI train.")
    out.print()
    out.print("| treebank | system | P | R | F1 |")
    out.print("|---|---|---|---|---|")
    for bank in UD_TREEBANKS:
        sentences = read_conllu(data / "ud" / bank / "dev.conllu")
        for name, nlp in systems.items():
            p, r, f = sentence_scores(nlp, sentences)
            out.print(f"| {bank} | {name} | {p:.2f} | {r:.2f} | {f:.2f} |")
    if args.epochs == 15:
        out.write("sentences_senter", "sentences_senter.py", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
