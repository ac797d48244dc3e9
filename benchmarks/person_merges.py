"""Possible merges of two people in a batch output: PER identities that a partial form joined.

A PER identity is flagged when a document names it only by partial forms (one word of its
name, titles aside: `Rangga` of `Rangga Wiratama`, or a nickname; a form of two words or more
all in the name counts as the full name) and either

- `rival`: the partial form's document also names another PER identity holding that part
  (`Rangga Putra` beside a `Rangga` counted as `Rangga Wiratama`), or
- `no_context`: no document of the partial form shares a rare identity (`textkit.corpus.RARE`)
  with a document that names the person in full, or none names them in full at all, or
- `weak_context`: they share rare identities, but none that says who
  (`textkit.corpus.says_who`: a region, a channel, a body in too many stories).

Each flag is a pair to read, not a verdict: a flagged identity may be right.

    python benchmarks/person_merges.py OUT              # OUT: a `textkit batch` output folder
    python benchmarks/person_merges.py OUT --resolve    # resolve its mentions again first
    python benchmarks/person_merges.py OUT --list       # print every flag

`--resolve` runs the corpus identity of the code checked out on the table's document
identities (`doc_entity`), so one batch output measures the code before and after a change.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import pandas as pd

from textkit.corpus import RARE, _person_words, resolve, says_who

REASONS = ("rival", "no_context", "weak_context")


def person_merges(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per flag: `entity`, `doc_id`, `text` (the partial form), `reason`, `detail`."""
    named = mentions[mentions["entity"].notna()]
    ents_by_doc = named.groupby("doc_id")["entity"].agg(set).to_dict()
    docs_of: dict[str, set] = defaultdict(set)
    for doc, ents in ents_by_doc.items():
        for e in ents:
            docs_of[e].add(doc)
    n_docs = max(1, len(ents_by_doc))

    def rare(e: str) -> bool:
        return 2 <= len(docs_of[e]) <= max(2, n_docs // RARE)

    people = named[named["entity"].str.startswith("PER:")]
    words = {e: set(_person_words(e[4:])) for e in people["entity"].unique()}
    rows = []
    for entity, group in people.groupby("entity"):
        full = words[entity]
        partial = {}
        full_docs = set()
        for doc, text in zip(group["doc_id"], group["text"], strict=True):
            own = set(_person_words(str(text)))
            if full <= own or (len(own) > 1 and own <= full):
                full_docs.add(doc)
            else:
                partial.setdefault(doc, str(text))
        for doc, text in partial.items():
            if doc in full_docs:
                continue
            part = set(_person_words(text))
            rivals = sorted(
                e for e in ents_by_doc[doc]
                if e != entity and e in words and len(words[e]) > 1 and part and part <= words[e]
            )  # fmt: skip
            if rivals:
                rows.append((entity, doc, text, "rival", "; ".join(rivals)))
                continue
            context = {e for e in ents_by_doc[doc] - {entity} if rare(e)}
            shared = {e for d in full_docs for e in context & ents_by_doc[d]}
            if not shared:
                why = "no document names them in full" if not full_docs else "no shared context"
                rows.append((entity, doc, text, "no_context", why))
            elif not any(says_who(e, len(docs_of[e]), n_docs) for e in shared):
                rows.append((entity, doc, text, "weak_context", "; ".join(sorted(shared))))
    return pd.DataFrame(rows, columns=["entity", "doc_id", "text", "reason", "detail"])


def read_output(description: str) -> tuple[argparse.Namespace, pd.DataFrame]:
    """The arguments `OUT [--resolve] [--list]` and OUT's mentions (resolved again with
    `--resolve`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path, help="a textkit batch output folder")
    parser.add_argument("--resolve", action="store_true", help="resolve the mentions again")
    parser.add_argument("--list", action="store_true", help="print every flag or group")
    args = parser.parse_args()
    mentions = pd.read_parquet(args.out / "mentions.parquet")
    return args, resolve(mentions) if args.resolve else mentions


def main() -> None:
    args, mentions = read_output(__doc__.split("\n")[0])
    flags = person_merges(mentions)
    if args.list:
        with pd.option_context("display.max_rows", None, "display.width", 200):
            print(flags.sort_values(["reason", "entity"]).to_string(index=False))
    people = mentions.loc[mentions["entity"].fillna("").str.startswith("PER:"), "entity"]
    print(f"{args.out}: {people.nunique()} PER identities")
    for reason in REASONS:
        hit = flags[flags["reason"] == reason]
        print(f"  {reason}: {hit['entity'].nunique()} identities, {len(hit)} documents")
    print(f"  flagged: {flags['entity'].nunique()} identities")


if __name__ == "__main__":
    main()
