"""Token and sentence F1 on UD dev, and tokenizer speed: textkit beside spaCy `blank("id")`.

    python benchmarks/tokenization.py [--limit N] [--skip-speed] [--show-errors K]

Token F1 compares character spans of surface tokens (a multiword token is one token), each
sentence tokenized on its own. Sentence F1 compares sentence spans over the whole treebank
file joined into one text (sentences separated by a space). Speed: whitespace-separated words
per second on the news corpus, first (cold cache) and second (warm) pass, same process.
A full run (no --limit or --skip-*) writes the figures to `docs/figures/tokenization.md`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import textkit
from textkit.datasets import (
    NEWS_ARTICLES,
    UD_TREEBANKS,
    UDSentence,
    iter_news,
    read_conllu,
    require_shared_data,
)

# Loaded by path from tests and other scripts too: find _figures beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _figures import Figures  # noqa: E402

Span = tuple[int, int]


def sentence_text(sent: UDSentence) -> tuple[str, list[Span]]:
    """The sentence text rebuilt from its surface tokens, and the tokens' character spans."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for token, space in zip(sent.tokens, sent.space_after, strict=True):
        spans.append((pos, pos + len(token)))
        parts.append(token + (" " if space else ""))
        pos += len(parts[-1])
    return "".join(parts).rstrip(" "), spans


def join_abbreviations(sent: UDSentence, is_whole: Callable[[str], bool]) -> UDSentence:
    """The sentence with `Dr` + `.` (no space between) joined when `is_whole("Dr.")`.

    GSD splits the period off abbreviations and initials; textkit keeps them whole (`Dr.`,
    `R.`), so this gives the score under textkit's convention beside the raw one.
    """
    tokens: list[str] = []
    spaces: list[bool] = []
    for token, space in zip(sent.tokens, sent.space_after, strict=True):
        if token == "." and tokens and not spaces[-1] and is_whole(tokens[-1] + "."):
            tokens[-1] += "."
            spaces[-1] = space
        else:
            tokens.append(token)
            spaces.append(space)
    return UDSentence(sent.sent_id, sent.text, tokens, spaces)


def document(sentences: list[UDSentence]) -> tuple[str, list[Span]]:
    """All sentences joined by single spaces, and each sentence's character span."""
    texts = [sentence_text(s)[0] for s in sentences]
    spans: list[Span] = []
    pos = 0
    for text in texts:
        spans.append((pos, pos + len(text)))
        pos += len(text) + 1
    return " ".join(texts), spans


def prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def token_spans(doc: Doc) -> set[Span]:
    return {(t.idx, t.idx + len(t)) for t in doc if not t.is_space}


def sent_spans(doc: Doc) -> set[Span]:
    spans = set()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            spans.add((words[0].idx, words[-1].idx + len(words[-1])))
    return spans


def token_scores(tokenize: Callable[[str], Doc], sentences: list[UDSentence], show: int = 0):
    gold: set = set()
    pred: set = set()
    shown = 0
    for i, sent in enumerate(sentences):
        text, spans = sentence_text(sent)
        g = {(i, *s) for s in spans}
        p = {(i, *s) for s in token_spans(tokenize(text))}
        if shown < show and g != p:
            shown += 1
            print("   gold:", " | ".join(text[a:b] for _, a, b in sorted(g - p)))
            print("   pred:", " | ".join(text[a:b] for _, a, b in sorted(p - g)))
        gold |= g
        pred |= p
    return prf(gold, pred)


def sentence_scores(nlp: Language, sentences: list[UDSentence], show: int = 0):
    text, gold = document(sentences)
    pred = sent_spans(nlp(text))
    gold_set = set(gold)
    if show:
        for a, b in sorted(gold_set - pred)[:show]:
            print("   missed:", text[a:b][:150])
        for a, b in sorted(pred - gold_set)[:show]:
            print("   wrong: ", text[a:b][:150])
    return prf(gold_set, pred)


def words_per_second(tokenizer: Callable[[str], Doc], texts: list[str], n_words: int) -> float:
    start = time.perf_counter()
    for text in texts:
        tokenizer(text)
    return n_words / (time.perf_counter() - start)


def baseline() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp


def textkit_sentences() -> Language:
    nlp = textkit.build(model_dir=None)
    for name in list(nlp.pipe_names):
        if name != "textkit_sentences":
            nlp.remove_pipe(name)
    return nlp


def report_accuracy(systems: dict[str, Language], show: int, out: Figures) -> None:
    data = require_shared_data()
    out.print("UD dev, surface tokens; P / R / F1. The last column scores tokens with GSD's split")
    out.print("abbreviation periods (`Dr` `.`) joined where the system keeps them whole.")
    out.print()
    out.print("| treebank | system | token P / R / F1 | sentence P / R / F1 | token F1, joined |")
    out.print("|---|---|---|---|---|")
    for bank in UD_TREEBANKS:
        sentences = read_conllu(data / "ud" / bank / "dev.conllu")
        for name, nlp in systems.items():
            tok = token_scores(nlp.make_doc, sentences, show)
            sen = sentence_scores(nlp, sentences, show)
            joined = [
                join_abbreviations(s, lambda w, nlp=nlp: len(nlp.make_doc(w)) == 1)
                for s in sentences
            ]
            tok_joined = token_scores(nlp.make_doc, joined)
            out.print(
                f"| {bank} | {name} | {tok[0]:.2f} / {tok[1]:.2f} / {tok[2]:.2f} | "
                f"{sen[0]:.2f} / {sen[1]:.2f} / {sen[2]:.2f} | {tok_joined[2]:.2f} |"
            )


def report_speed(
    factories: dict[str, Callable[[], Language]], texts: Iterable[str], out: Figures
) -> None:
    texts = list(texts)
    n_words = sum(len(t.split()) for t in texts)
    out.print()
    out.print(f"Tokenizer speed on {len(texts):,} news articles ({n_words:,} words), same process:")
    out.print()
    out.print("| tokenizer | cold words/s | warm words/s | cold vs blank | warm vs blank |")
    out.print("|---|---|---|---|---|")
    results = {}
    for name, factory in factories.items():
        tokenizer = factory().tokenizer
        cold = words_per_second(tokenizer, texts, n_words)
        warm = words_per_second(tokenizer, texts, n_words)
        results[name] = (cold, warm)
    base = results["spacy blank id"]
    for name, (cold, warm) in results.items():
        ratios = f"{cold / base[0]:.2f}x | {warm / base[1]:.2f}x"
        out.print(f"| {name} | {cold:,.0f} | {warm:,.0f} | {ratios} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="news articles for speed")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0, metavar="K")
    args = parser.parse_args(argv)
    out = Figures()
    if not args.skip_accuracy:
        report_accuracy(
            {"textkit": textkit_sentences(), "spacy blank id": baseline()}, args.show_errors, out
        )
    if not args.skip_speed:
        news = require_shared_data() / NEWS_ARTICLES
        texts = [a["text"] for a in iter_news(news, limit=args.limit)]
        report_speed(
            {"spacy blank id": lambda: spacy.blank("id"), "textkit": textkit_sentences}, texts, out
        )
    if not (args.limit or args.skip_speed or args.skip_accuracy or args.show_errors):
        out.write("tokenization", "tokenization.py", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
