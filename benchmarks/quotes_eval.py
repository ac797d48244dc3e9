"""Score statements (who said what) against hand-annotated gold.

Gold: every `benchmarks/data/quotes_*.jsonl` (or the files given to `--gold`), standoff (no
article text): one record per article of `news/click-id/articles.jsonl` in the shared data, with
its `part` (free-form; each part is scored on its own), every statement as character offsets
into the article's `text` field, a short hash of its text, `direct`, the cue word and the
speaker's full name (null when the text does not say who spoke). Annotated by independent
annotators following `docs/design/quotes.md#the-gold`. The parts of `SEEN_PARTS` (`tune`,
`heldout` of `quotes_dev.jsonl`; `unseen` of `quotes_dev2.jsonl`, seen from round 4) have been
read and tuned on; `--errors` prints errors for them only, never for another part or another
file's part of the same name (a later gold, `quotes_dev3*.jsonl`, is scored, not read). A part
name found in more than one of the files scored is shown with its file (`quotes_dev2/unseen`).

Figures, per part:
- statements: precision / recall / F1. A predicted statement matches a gold one when they
  share at least half of the characters of the longer of the two; each statement matches at
  most one (the largest overlaps first). Also for direct statements alone (gold and predicted
  direct).
- characters: F1 of the characters inside any statement.
- speaker accuracy over matched statements: the predicted speaker's identity
  (`span._.speaker._.entity`) has the gold name: its canonical name (after the label) or the
  text of one of its mentions in the article is the same name as the gold one (`same_name`:
  `Bappenas` is the identity `ORG:Kementerian Perencanaan Pembangunan Nasional/Bappenas`
  when the article calls it so), or both are unknown.
- cost: the component's share of the pipeline's time on these articles (fastest of
  `--repeat` runs).

    .venv/bin/python benchmarks/quotes_eval.py [--gold FILE [FILE ...]] [--name quotes_eval]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import textkit
from textkit.datasets import NEWS_ARTICLES, attach_gold_texts, require_shared_data
from textkit.lang.identity import is_title

sys.path.insert(0, str(Path(__file__).parent))
from _figures import Figures  # noqa: E402

DATA = Path(__file__).parent / "data"
GOLD = DATA / "quotes_dev.jsonl"
GOLD_DEV2 = DATA / "quotes_dev2.jsonl"
GOLD_DEV4 = DATA / "quotes_dev4.jsonl"
# Parts read and tuned on, by gold file: errors may be printed for them, for no other part.
SEEN_PARTS = {
    "quotes_dev": ("heldout", "tune"),
    "quotes_dev2": ("unseen",),
    "quotes_dev4": ("tune4",),
}
_NAME_WORD = re.compile(r"[^\W\d_]+")


def gold_files() -> list[Path]:
    """The quotes golds: every `benchmarks/data/quotes_*.jsonl`."""
    return sorted(DATA.glob("quotes_*.jsonl"))


def load_gold(paths: Path | list[Path]) -> list[dict]:
    """The records of one gold file or several, with their article texts and their file's name
    (`gold`); a record without a `part` takes its file's name, and a part name found in two
    files is written with its file's (`quotes_dev2/unseen`)."""
    records = []
    for path in [paths] if isinstance(paths, Path) else paths:
        with open(path, encoding="utf-8") as fh:
            mine = [json.loads(line) for line in fh if line.strip()]
        for record in mine:
            record.setdefault("part", path.stem)
            record["gold"] = path.stem
        records += attach_gold_texts(mine, require_shared_data() / NEWS_ARTICLES, "quotes")
    files: dict[str, set[str]] = {}
    for record in records:
        files.setdefault(record["part"], set()).add(record["gold"])
    for record in records:
        if len(files[record["part"]]) > 1:
            record["part"] = f"{record['gold']}/{record['part']}"
    return records


def seen(record: dict) -> bool:
    """Whether a gold record is of a part read and tuned on (`SEEN_PARTS`)."""
    part = record["part"].rsplit("/", 1)[-1]
    return part in SEEN_PARTS.get(record.get("gold", ""), ())


def parts_of(records: list[dict]) -> list[str]:
    """The parts of `records`: the seen ones first, then the others, each in the order found."""
    found = dict.fromkeys(r["part"] for r in records)
    known = {r["part"] for r in records if seen(r)}
    return sorted(p for p in found if p in known) + [p for p in found if p not in known]


def name_key(name: str | None) -> tuple[str, ...]:
    """The words of a person's or organization's name, lower case, without the label prefix,
    titles and punctuation (`PER:Dr. Rina Anggraeni` → `rina anggraeni`)."""
    if not name:
        return ()
    if re.match(r"^(PER|ORG|LOC):", name):
        name = name.split(":", 1)[1]
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    while len(words) > 1 and is_title(words[0]):
        words.pop(0)
    return tuple(words)


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Whether two speaker names are one: both unknown, the same words, or the words of one
    all in the other where the shorter has two words or more (`Rina Anggraeni` and `Rina
    Anggraeni Putri`); one word alone (`Rina`) is not enough."""
    a, b = name_key(predicted), name_key(gold)
    if not a or not b:
        return not a and not b
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and set(short) <= set(long)


def predicted(doc) -> list[dict]:
    """The statements of a Doc; `speakers`: the names of the speaker's identity (canonical,
    and as written in the Doc), empty when unknown."""
    names: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent._.entity:
            names.setdefault(ent._.entity, {ent._.entity}).add(ent.text)
    out = []
    for span in doc.spans.get("quotes", []):
        speaker = span._.speaker
        identity = speaker._.entity if speaker is not None else None
        out.append(
            {
                "start": span.start_char,
                "end": span.end_char,
                "direct": bool(span._.direct),
                "speaker": identity,
                "speakers": names.get(identity, {identity}) if identity else set(),
            }
        )
    return out


def right_speaker(pred: dict, gold: dict) -> bool:
    if not pred["speakers"]:
        return gold["speaker"] is None
    return any(same_name(name, gold["speaker"]) for name in pred["speakers"])


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) sharing at least half of the longer."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
            longer = max(g["end"] - g["start"], p["end"] - p["start"])
            if shared > 0 and shared * 2 >= longer:
                pairs.append((shared, i, j))
    used_g, used_p, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def chars(spans: list[dict]) -> set[int]:
    return {k for s in spans for k in range(s["start"], s["end"])}


def annotated(record: dict) -> list[dict]:
    """A gold record's statements in the form of `predicted` (to score one annotator against
    another)."""
    return [
        {**q, "speakers": {q["speaker"]} if q["speaker"] else set()} for q in record["quotes"]
    ]


def score(records: list[dict], preds: list[list[dict]]) -> dict:
    """Counts of matches, statements and characters of `preds` (one list per record)."""
    counts = dict.fromkeys(
        ("tp", "pred", "gold", "dtp", "dpred", "dgold", "ctp", "cpred", "cgold", "right"), 0
    )
    for record, pred in zip(records, preds, strict=True):
        gold = record["quotes"]
        pairs = match(gold, pred)
        counts["tp"] += len(pairs)
        counts["pred"] += len(pred)
        counts["gold"] += len(gold)
        counts["right"] += sum(right_speaker(pred[j], gold[i]) for i, j in pairs)
        gd = [g for g in gold if g["direct"]]
        pd_ = [p for p in pred if p["direct"]]
        counts["dtp"] += len(match(gd, pd_))
        counts["dpred"] += len(pd_)
        counts["dgold"] += len(gd)
        gc, pc = chars(gold), chars(pred)
        counts["ctp"] += len(gc & pc)
        counts["cpred"] += len(pc)
        counts["cgold"] += len(gc)
    return counts


def figures(c: dict) -> dict[str, float]:
    """Percentages from the counts of `score`: P, R, F1, direct F1, char F1, speaker acc."""
    p, r, f = prf(c["tp"], c["pred"], c["gold"])
    _, _, df = prf(c["dtp"], c["dpred"], c["dgold"])
    _, _, cf = prf(c["ctp"], c["cpred"], c["cgold"])
    acc = c["right"] / c["tp"] if c["tp"] else 0.0
    values = {"P": p, "R": r, "F1": f, "direct F1": df, "char F1": cf, "speaker acc": acc}
    return {k: round(100 * v, 1) for k, v in values.items()}


def part_scores(records: list[dict], docs: list) -> dict[str, dict]:
    """The figures of each part found (`heldout`, `tune`, …, with `articles` and
    `statements`)."""
    out = {}
    for part in parts_of(records):
        mine = [(r, d) for r, d in zip(records, docs, strict=True) if r["part"] == part]
        rs, ds = zip(*mine, strict=True)
        counts = score(list(rs), [predicted(d) for d in ds])
        out[part] = {"articles": len(rs), "statements": counts["gold"], **figures(counts)}
    return out


def analyse(records: list[dict], nlp=None) -> list:
    """The gold articles analysed by the pipeline, as in the figures."""
    nlp = nlp or textkit.load()
    return [textkit.analyze(r["text"], published=r.get("published"), nlp=nlp) for r in records]


def cost(nlp, texts: list[str], repeat: int = 3) -> tuple[float, float]:
    """Seconds of the whole pipeline and of `textkit_quotes` alone on `texts` (fastest of
    `repeat` runs each)."""
    quotes = nlp.get_pipe("textkit_quotes")
    whole, alone = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts))
        whole.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for doc in docs:
            quotes(doc)
        alone.append(time.perf_counter() - t0)
    return min(whole), min(alone)


def print_errors(pairs: list) -> None:
    """Missed, spurious and wrongly attributed statements of seen articles, for tuning."""
    for record, doc in pairs:
        if not seen(record):
            raise ValueError(f"errors of part {record['part']!r} are not to be read")
        text, gold, pred = record["text"], record["quotes"], predicted(doc)
        pairs_ = match(gold, pred)
        got = {i: j for i, j in pairs_}
        used = set(got.values())
        print(f"=== {record['id']}")
        for i, g in enumerate(gold):
            snippet = " ".join(text[g["start"] : g["end"]].split())[:90]
            if i not in got:
                print(f"  MISS {g['direct']} {g['cue']!r} {g['speaker']!r}: {snippet}")
                continue
            p = pred[got[i]]
            if not right_speaker(p, g):
                print(f"  SPKR {p['speaker']!r} != {g['speaker']!r} ({g['cue']}): {snippet}")
            if (p["start"], p["end"]) != (g["start"], g["end"]):
                print(f"  SPAN {g['start']}-{g['end']} got {p['start']}-{p['end']}: {snippet}")
        for j, p in enumerate(pred):
            if j not in used:
                snippet = " ".join(text[p["start"] : p["end"]].split())[:90]
                print(f"  SPUR {p['direct']} {p['speaker']!r}: {snippet}")


def agreement(second: Path, first: list[dict], name: str) -> int:
    """Inter-annotator agreement: the second annotator's records scored as predictions
    against the first annotator's records of the same articles."""
    theirs = load_gold(second)
    by_id = {r["id"]: r for r in first}
    missing = [r["id"] for r in theirs if r["id"] not in by_id]
    if missing:
        raise SystemExit(f"{len(missing)} articles of {second} are in no first gold")
    mine = [by_id[r["id"]] for r in theirs]
    counts = score(mine, [annotated(r) for r in theirs])
    f = figures(counts)
    out = Figures()
    out.print(f"agreement: `{second.name}` (second annotator) against the first annotator's")
    out.print(f"gold of the same {len(theirs)} articles; match: half of the longer")
    out.print()
    out.print("| articles | statements (first / second) | F1 | direct F1 | char F1 | speaker |")
    out.print("|---|---|---|---|---|---|")
    out.print(
        f"| {len(theirs)} | {counts['gold']} / {counts['pred']} | {f['F1']:.1f} | "
        f"{f['direct F1']:.1f} | {f['char F1']:.1f} | {f['speaker acc']:.1f} |"
    )
    out.write(name, "quotes_eval.py", sys.argv[1:])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=None,
        metavar="FILE",
        help="gold files (default: every benchmarks/data/quotes_*.jsonl)",
    )
    parser.add_argument("--name", default="quotes_eval", help="figures file name")
    parser.add_argument("--no-cost", action="store_true", help="skip the timing")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (the fastest counts)")
    parser.add_argument("--part", help="score this part only")
    parser.add_argument("--note", help="a line to print above the figures (which code ran)")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print the errors on the seen parts (SEEN_PARTS; never another)",
    )
    parser.add_argument(
        "--agreement",
        type=Path,
        metavar="FILE",
        help="score a second annotator's gold of some of the articles against the first's",
    )
    args = parser.parse_args(argv)
    paths = args.gold or gold_files()
    if args.agreement:
        return agreement(args.agreement, load_gold(paths), args.name)
    records = [r for r in load_gold(paths) if args.part in (None, r["part"])]
    if args.errors:
        records = [r for r in records if seen(r)]
    if not records:
        parser.error(f"no gold records (part {args.part!r}) in {', '.join(map(str, paths))}")
    nlp = textkit.load()
    docs = analyse(records, nlp)
    if args.errors:
        print_errors(list(zip(records, docs, strict=True)))
        return 0
    out = Figures()
    if args.note:
        out.print(args.note)
        out.print()
    names = ", ".join(f"`{p.name}`" for p in paths)
    out.print(f"gold: {names}, {len(records)} articles; match: half of the longer")
    out.print()
    out.print("| part | articles | statements | P | R | F1 | direct F1 | char F1 | speaker acc |")
    out.print("|---|---|---|---|---|---|---|---|---|")
    for part, f in part_scores(records, docs).items():
        cells = [part, f["articles"], f["statements"], *(f"{v:.1f}" for v in list(f.values())[2:])]
        out.print("| " + " | ".join(str(c) for c in cells) + " |")
    if not args.no_cost:
        whole, alone = cost(nlp, [r["text"] for r in records], args.repeat)
        out.print()
        out.print(
            f"cost: `textkit_quotes` {alone:.3f} s of the pipeline's {whole:.2f} s "
            f"({100 * alone / whole:.1f} %)"
        )
    out.write(args.name, "quotes_eval.py", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
