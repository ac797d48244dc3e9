"""The cost of the corpus identity: the time `textkit batch` spends resolving identities and
rebuilding `entities.parquet` (`Store.write_entities`) as a share of the whole run, and its
time and memory on growing slices of the same corpus.

    python benchmarks/corpus_identity.py OUT            # OUT: a `textkit batch` output folder
    python benchmarks/corpus_identity.py OUT --write    # also to docs/figures/corpus_identity.md

The batch's own time is `elapsed` of `OUT/run.json`. Each slice (the first N documents) is
resolved in a fresh process, which reports the wall time of `resolve` + `entities_table` and
the peak memory Python allocated for them (tracemalloc, in a second pass), besides the table's
own size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _figures import Figures

CHILD = """
import json, sys, time, tracemalloc
import pandas as pd
import pyarrow.parquet as pq
from textkit.corpus import resolve
from textkit.frames import entities_table
out, n = sys.argv[1], int(sys.argv[2])
mentions = pq.read_table(f"{out}/mentions.parquet").to_pandas()
documents = pq.read_table(f"{out}/documents.parquet", columns=["doc_id", "published"]).to_pandas()
keep = documents.doc_id.iloc[:n]
mentions, documents = mentions[mentions.doc_id.isin(keep)], documents[documents.doc_id.isin(keep)]
table_mb = mentions.memory_usage(deep=True).sum() / 2**20
resolve(mentions.head(50))  # imports and caches out of the timing
start = time.perf_counter()
entities_table(resolve(mentions), documents)
seconds = time.perf_counter() - start
tracemalloc.start()  # a second pass for memory: tracing slows Python down
entities_table(resolve(mentions), documents)
peak = tracemalloc.get_traced_memory()[1] / 2**20
print(json.dumps({"docs": len(keep), "mentions": len(mentions), "seconds": seconds,
                  "peak_mb": peak, "table_mb": table_mb}))
"""


def measure(out: Path, n: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), str(n)], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def write_entities_seconds(out: Path) -> float:
    """Wall time of the batch's own last step on a copy of OUT (reads, resolves, writes)."""
    import shutil

    from textkit.batch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "out"
        copy.mkdir()
        for name in ("documents.parquet", "mentions.parquet"):
            shutil.copy(out / name, copy / name)
        start = time.perf_counter()
        Store(copy).write_entities()
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="500,1000,2000,5000")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    run = json.loads((args.out / "run.json").read_text(encoding="utf-8"))
    fig = Figures()
    step = write_entities_seconds(args.out)
    fig.print(
        f"Batch over {run['documents']:,} articles ({run['table_mentions']:,} mentions, "
        f"{run['workers']} workers): {run['elapsed']:.1f} s. Its last step, resolving the corpus "
        f"identities and writing `mentions.parquet` and `entities.parquet` again: {step:.2f} s "
        f"({100 * step / run['elapsed']:.1f} % of the run).\n"
    )
    fig.print("| documents | mentions | resolve + entity table (s) | peak Python memory (MB) "
              "| mentions table in memory (MB) |")  # fmt: skip
    fig.print("|---:|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        r = measure(args.out, n)
        fig.print(
            f"| {r['docs']:,} | {r['mentions']:,} | {r['seconds']:.2f} | {r['peak_mb']:.0f} "
            f"| {r['table_mb']:.0f} |"
        )
    if args.write:
        fig.write("corpus_identity", "corpus_identity.py", None)


if __name__ == "__main__":
    main()
