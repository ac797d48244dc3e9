"""Hyphenated capitalized words in the news corpus: how many the tokenizer splits into two names
(`Jokowi-Ahok` -> `Jokowi` `-` `Ahok`), how many it keeps whole and by which rule, and a seeded
sample of split pairs for a hand check (printed only, never written: it quotes the articles).

    python benchmarks/hyphen_pairs.py [--limit N] [--sample 50] [--seed 17] [--ner]

With `--ner`, the sampled paragraphs also go through the whole pipeline twice, with the pair
split and with it joined into one token as before, and the script counts how often each side
of the pair is (in) an entity of its own.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

import textkit
from textkit.datasets import NEWS_ARTICLES, iter_news, news_paragraphs, require_shared_data
from textkit.lang.punctuation import ONE_WORD_RULES
from textkit.lang.tokenizer_exceptions import ONE_NAME_FORMS

_HYPHEN_CAPITAL = re.compile(r"[^\W\d_]-[^\W\d_]")


@dataclass(frozen=True)
class Pair:
    """A split pair: the paragraph and the token indices of the left name, hyphen, right name."""

    article: str
    paragraph: str
    hyphen: int


def kept_rule(word: str) -> str | None:
    """Why a hyphenated word with a capital after a hyphen stayed whole; None if it has none."""
    if not re.search(r"-[^\W\d_]", word) or word[:1].islower():
        return None
    if word in ONE_NAME_FORMS:
        return "gazetteer or listed name"
    for rule in ONE_WORD_RULES:
        if re.match(rf"^(?:{rule.pattern})", word):
            return rule.name
    return "other"


def is_split_hyphen(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen glued to two words (split out of `Name-Name`)."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[-1:].isalpha()
        and doc[i + 1].text[:1].isupper()
    )


def scan(articles: list[dict], tokenizer) -> tuple[Counter, Counter, list[Pair]]:
    """Counts of kept words by rule, of split pair forms, and every split pair found."""
    kept: Counter = Counter()
    split: Counter = Counter()
    pairs: list[Pair] = []
    for article in articles:
        for para in news_paragraphs([article]):
            if not _HYPHEN_CAPITAL.search(para):
                continue
            doc = tokenizer(para)
            for token in doc:
                rule = kept_rule(token.text) if "-" in token.text[1:] else None
                if rule:
                    kept[rule] += 1
                if is_split_hyphen(doc, token.i):
                    split[f"{doc[token.i - 1].text}-{doc[token.i + 1].text}"] += 1
                    pairs.append(Pair(article["id"], para, token.i))
    return kept, split, pairs


def seeded_sample(pairs: list[Pair], k: int, seed: int) -> list[Pair]:
    """k pairs ranked by a seeded hash of each pair: a rule change that splits fewer pairs leaves
    the rest of the sample as it was, so a hand check stays comparable."""

    def rank(pair: Pair) -> str:
        key = f"{seed}\t{pair.article}\t{pair.paragraph}\t{pair.hyphen}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()

    return sorted(pairs, key=rank)[:k]


def joined_doc(nlp, doc: Doc, hyphen: int) -> Doc:
    """The paragraph's tokens with the pair around `hyphen` joined into one token, as before."""
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    words[hyphen - 1 : hyphen + 2] = ["".join(words[hyphen - 1 : hyphen + 2])]
    spaces[hyphen - 1 : hyphen + 2] = [spaces[hyphen + 1]]
    return Doc(nlp.vocab, words=words, spaces=spaces)


def side_entities(doc: Doc, left: int, right: int) -> str:
    """How the entities cover tokens `left` and `right`: each its own, one over both, ..."""
    ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    a, b = ents.get(left), ents.get(right)
    if a is not None and b is not None:
        return "one entity over both" if a == b else "each side its own entity"
    if a is None and b is None:
        return "no entity"
    return "one side only"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to read")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--ner", action="store_true", help="run the pipeline on the sample")
    args = parser.parse_args()

    articles = list(iter_news(require_shared_data() / NEWS_ARTICLES, args.limit))
    nlp = textkit.load()
    kept, split, pairs = scan(articles, nlp.tokenizer)
    with_pair = len({p.article for p in pairs})
    lines = [
        f"Articles: {len(articles)} (`{NEWS_ARTICLES}`), {with_pair} with a split pair.",
        "",
        "| hyphenated capitalized words | occurrences |",
        "|---|---|",
        f"| split into name, hyphen, name | {sum(split.values())} ({len(split)} distinct) |",
        *(f"| kept whole: {rule} | {n} |" for rule, n in kept.most_common()),
    ]
    sample = seeded_sample(pairs, args.sample, args.seed)
    outcome: dict[Pair, str] = {}  # filled with --ner
    if args.ner:
        before: Counter = Counter()
        docs: dict[str, Doc] = {}
        for pair in pairs:
            if pair.paragraph not in docs:
                docs[pair.paragraph] = nlp(nlp.make_doc(pair.paragraph))
            doc = docs[pair.paragraph]
            outcome[pair] = side_entities(doc, pair.hyphen - 1, pair.hyphen + 1)
            joined = nlp(joined_doc(nlp, doc, pair.hyphen))
            before["in an entity" if joined[pair.hyphen - 1].ent_type_ else "no entity"] += 1
        after = Counter(outcome.values())
        in_sample = Counter(outcome[p] for p in sample)
        lines += [
            "",
            "NER (the whole pipeline on each paragraph) over the two names of each split pair:",
            "",
            f"| entities over the two names | all {len(pairs)} pairs | the {len(sample)} sampled |",
            "|---|---|---|",
            *(f"| {k} | {n} | {in_sample[k]} |" for k, n in after.most_common()),
            "",
            "The same pairs joined into one token as before: "
            + ", ".join(f"{k} {n}" for k, n in before.most_common())
            + ".",
        ]
    markdown = "\n".join(lines)
    print(markdown)
    command = "python benchmarks/hyphen_pairs.py" + (" --ner" if args.ner else "")
    if args.limit is None:
        from _figures import write_figures

        write_figures("hyphen_pairs", markdown, command)
    print(f"\nSample of {len(sample)} split pairs (seed {args.seed}), for a hand check:")
    for n, pair in enumerate(sample, 1):
        doc = nlp.make_doc(pair.paragraph)
        lo, hi = max(0, pair.hyphen - 6), min(len(doc), pair.hyphen + 7)
        print(
            f"{n:2d} {pair.article} {doc[pair.hyphen - 1 : pair.hyphen + 2].text!r:32} "
            f"[{outcome.get(pair, '')}] ... {doc[lo:hi].text} ..."
        )
    print("\nMost frequent split forms:", ", ".join(f"{k} {n}" for k, n in split.most_common(30)))


if __name__ == "__main__":
    main()
