"""Span audit of a batch output: entity rows that look like bad spans, by class.

A proxy metric (no gold, no judgement): it lists rows of `entities.parquet` whose name is
another row's whole name plus extra words, classified by what the extra words are, and
mentions that look cut short (a capitalized word glued right before or after the span that
no entity holds and that is no ordinary word, title or sentence opener). Rows it flags are not
all wrong (`Kota Lembah` beside `Lembah` is a name), so the classes matter more than the total;
compare two runs of the same corpus, never two corpora.

    python benchmarks/span_audit.py OUT_DIR [--show 15] [--name span_audit_B]

Classes of the extra words (the first that applies): `debris` (punctuation glued in a word,
`X.red`, `,,`), `number`, `title` (a title, rank or office word), `ordinary` (a word news text
writes in lower case most of the time: `ordinary_words`), `lower` (a lower-case word), `two
names` (the rest is another row's whole name too), `capitalized` (another capitalized word:
often a longer name, often right); `known` forms (the tables know the whole form under the
row's label: `Jakarta Selatan`) are counted apart; `before`/`after` says on which side.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from textkit.components.gazetteer import ordinary_words
from textkit.components.identity import is_known
from textkit.lang.gazetteer import PLACE_HEADS
from textkit.lang.identity import is_title

# Loaded by path from tests too: find _figures beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _figures import Figures  # noqa: E402

CLASSES = ("debris", "number", "title", "ordinary", "lower", "two names", "capitalized")
# Words that make a longer name of a name (`Kota X`, `X Selatan`): flagged as `known` when the
# tables know the longer form, else classed as any other word.
_GLUED = re.compile(r"(?<=\w)([,.;:]+[a-z])")  # `Zorvex.red`, `Serikat,,masih`: two words
_DEBRIS = re.compile(r"\w[^\w\s'\-&/]+\w|^[^\w(]|[^\w).]$|[,;:]")


def word_class(words: list[str], names: set[str], form: str = "", label: str = "") -> str:
    """The class of the extra words of a row (see the module's docstring); `known` when the
    tables know the whole form under the row's label (`Jakarta Selatan`, `Bank Indonesia`)."""
    text = " ".join(words)
    if form and label and is_known(label, form):
        return "known"
    if any(_DEBRIS.search(w) for w in words):
        return "debris"
    if any(any(c.isdigit() for c in w) for w in words):
        return "number"
    if any(is_title(w) and w.lower() not in PLACE_HEADS for w in words):
        return "title"
    if any(w.lower() in ordinary_words() for w in words if w.isalpha()):
        return "ordinary"
    if any(w.islower() for w in words):
        return "lower"
    if text.casefold() in names:
        return "two names"
    return "capitalized"


def overruns(entities: pd.DataFrame) -> pd.DataFrame:
    """Rows whose name (any of its surface forms) holds another row's whole name at its start
    or end plus extra words: one row per (row, form), with the inner name, the side and class
    of the extra words."""
    names = {e.split(":", 1)[1].casefold() for e in entities["entity"]}
    rows = []
    for entity, label, n, aliases in zip(
        entities["entity"], entities["label"], entities["mentions"], entities["aliases"],
        strict=True,
    ):  # fmt: skip
        forms = list(aliases) if aliases is not None else [entity.split(":", 1)[1]]
        for form in forms:
            words = _GLUED.sub(r" \1", form).split()
            if len(words) < 2:
                continue
            for k in range(1, len(words)):
                for inner, extra, side in (
                    (words[k:], words[:k], "before"),
                    (words[:-k], words[-k:], "after"),
                ):
                    if " ".join(inner).casefold() in names:
                        rows.append({
                            "entity": entity, "label": label, "mentions": n, "form": form,
                            "inner": " ".join(inner), "extra": " ".join(extra), "side": side,
                            "class": word_class(extra, names, form, label),
                        })  # fmt: skip
                        break
                else:
                    continue
                break
    frame = pd.DataFrame(rows, columns=["entity", "label", "mentions", "form", "inner", "extra",
                                        "side", "class"])  # fmt: skip
    return frame.drop_duplicates(["entity", "form"])


def cut_short(
    mentions: pd.DataFrame, texts: dict[str, str], titles: dict[str, str]
) -> pd.DataFrame:
    """Mentions with a capitalized word glued right before or after them (one space) that no
    entity holds, that is no ordinary word, title or sentence opener: a name cut short
    (`Onsu` of `Ruben Onsu`)."""
    named = mentions[mentions["label"].isin(["PER", "ORG", "LOC"])]
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for doc, sec, s, e in zip(named["doc_id"], named["section"], named["start_char"],
                              named["end_char"], strict=True):  # fmt: skip
        spans.setdefault((doc, sec), []).append((int(s), int(e)))
    rows = []
    common = ordinary_words()
    for m in named.itertuples(index=False):
        source = titles if m.section == "title" else texts
        text = source.get(m.doc_id) or ""
        start, end = int(m.start_char), int(m.end_char)
        taken = spans.get((m.doc_id, m.section), [])
        for side, word, at in (("before", *_word_before(text, start)),
                               ("after", *_word_after(text, end))):  # fmt: skip
            if not word or not word[0].isupper() or not word.isalpha() or len(word) < 2:
                continue
            if word.lower() in common or is_title(word) or any(a <= at < b for a, b in taken):
                continue
            if side == "before" and (at == 0 or text[:at].rstrip()[-1:] in ".!?\"'\n"):
                continue  # a sentence opener
            if m.section == "title":
                continue  # a headline capitalizes every word
            rows.append({"entity": m.entity, "label": m.label, "doc_id": m.doc_id,
                         "text": m.text, "side": side, "word": word})  # fmt: skip
    return pd.DataFrame(rows, columns=["entity", "label", "doc_id", "text", "side", "word"])


def _word_before(text: str, start: int) -> tuple[str, int]:
    if start < 2 or text[start - 1] != " ":
        return "", -1
    m = re.search(r"(\w+)$", text[: start - 1])
    return (m.group(1), m.start(1)) if m else ("", -1)


def _word_after(text: str, end: int) -> tuple[str, int]:
    if end + 1 >= len(text) or text[end] != " ":
        return "", -1
    m = re.match(r"\w+", text[end + 1 :])
    return (m.group(0), end + 1) if m else ("", -1)


def audit(out: Path, show: int = 15) -> Figures:
    entities = pd.read_parquet(out / "entities.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    documents = pd.read_parquet(out / "documents.parquet", columns=["doc_id", "title", "text"])
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    titles = dict(zip(documents["doc_id"], documents["title"].fillna(""), strict=True))
    if "section" not in mentions:
        mentions["section"] = "body"
    over = overruns(entities)
    cut = cut_short(mentions, texts, titles)
    fig = Figures()
    fig.print(f"Span audit of {len(entities)} entity rows, {len(mentions)} mentions "
              "(a proxy: flagged rows are candidates, not verdicts)\n")  # fmt: skip
    fig.print("| forms with extra words (mentions) | " + " | ".join(CLASSES) + " | total | known |")
    fig.print("|---|" + "---:|" * (len(CLASSES) + 2))
    for label in ("PER", "ORG", "LOC"):
        part = over[over["label"] == label]
        c = Counter(part["class"])
        m = part.groupby("class")["mentions"].sum()
        cells = " | ".join(f"{c[k]} ({m.get(k, 0)})" for k in CLASSES)
        total = sum(c[k] for k in CLASSES)
        fig.print(f"| {label} | {cells} | {total} | {c['known']} |")
    fig.print("")
    c = Counter(cut["label"])
    fig.print(f"Mentions cut short (a capitalized word glued to the span): PER {c['PER']}, "
              f"ORG {c['ORG']}, LOC {c['LOC']}")  # fmt: skip
    if show:
        print("\nExamples (not written to the figures):", file=sys.stderr)
        for cls in CLASSES:
            part = over[over["class"] == cls].sort_values("mentions", ascending=False)
            for r in part.head(show).itertuples(index=False):
                print(f"  {cls:12} {r.side:6} {r.label} {r.form!r}  (row {r.inner!r})",
                      file=sys.stderr)  # fmt: skip
        for r in cut.head(show * 2).itertuples(index=False):
            print(f"  cut {r.side:6} {r.label} {r.text!r} + {r.word!r}", file=sys.stderr)
    return fig


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a batch output folder")
    parser.add_argument("--show", type=int, default=15, help="examples per class (stderr)")
    parser.add_argument("--name", help="write the counts to docs/figures/NAME.md")
    args = parser.parse_args(argv)
    fig = audit(args.out, args.show)
    if args.name:
        fig.write(args.name, "span_audit.py", [a for a in sys.argv[1:] if a != str(args.out)])


if __name__ == "__main__":
    main()
