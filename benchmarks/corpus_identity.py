"""The cost of the corpus identity: the time `textkit batch` spends resolving identities and
rebuilding `entities.parquet` (`Store.write_entities`) as a share of the whole run, and its
time and peak memory on growing slices of the same corpus.

    python benchmarks/corpus_identity.py OUT            # OUT: a `textkit batch` output folder
    python benchmarks/corpus_identity.py OUT --write    # also to docs/figures/corpus_identity.md

The batch's own time is `elapsed` of `OUT/run.json`. Each slice (the first N documents, its
mentions written in row groups as the batch writes them) is resolved in a fresh process by the
batch's own step, `Store.write_entities`, which reads the mentions in parts: the process
reports its wall time and, in a second pass, the peak memory Python allocated (tracemalloc)
and the peak Arrow's memory pool rose by, besides the size the whole mentions table would take in
memory as a DataFrame (what the step held before it read in parts).
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
import json, shutil, sys, time, tracemalloc
from pathlib import Path
import pyarrow as pa
from textkit.batch.store import Store
source, tmp = Path(sys.argv[1]), Path(sys.argv[2])
def copy(name):
    shutil.copytree(source, tmp / name)
    return tmp / name
Store(copy("warm")).write_entities()  # imports and caches out of the timing
folder = copy("timed")
start = time.perf_counter()
Store(folder).write_entities()
seconds = time.perf_counter() - start
folder = copy("traced")
pool = pa.default_memory_pool()
held = pool.bytes_allocated()
tracemalloc.start()  # a second pass for memory: tracing slows Python down
Store(folder).write_entities()
peak = tracemalloc.get_traced_memory()[1] / 2**20
print(json.dumps({"seconds": seconds, "peak_mb": peak,
                  "arrow_mb": (pool.max_memory() - held) / 2**20}))
"""


def write_slice(out: Path, n: int, folder: Path) -> dict:
    """The tables of OUT's first `n` documents in `folder`, the mentions in row groups as the
    batch writes them; their sizes."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from textkit.batch.store import ENTITY_BATCH_ROWS

    keep = pq.read_table(out / "documents.parquet", columns=["doc_id"]).column(0)
    keep = keep.slice(0, n).combine_chunks()
    folder.mkdir(parents=True)
    sizes = {"docs": len(keep)}
    for name in ("documents", "mentions", "quotes"):
        if not (out / f"{name}.parquet").exists():
            continue
        table = pq.read_table(out / f"{name}.parquet")
        table = table.filter(pc.is_in(table.column("doc_id"), value_set=keep))
        pq.write_table(table, folder / f"{name}.parquet", row_group_size=ENTITY_BATCH_ROWS)
        if name == "mentions":
            sizes["mentions"] = table.num_rows
            sizes["table_mb"] = table.to_pandas().memory_usage(deep=True).sum() / 2**20
    return sizes


def measure(out: Path, n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        sizes = write_slice(out, n, Path(tmp) / "slice")
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(tmp) / "slice"), tmp],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
    return {**sizes, **json.loads(done.stdout.strip().splitlines()[-1])}


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
    fig.print("| documents | mentions | resolve + write both tables (s) | peak Python memory (MB) "
              "| peak Arrow pool (MB) | whole mentions table as a DataFrame (MB) |")  # fmt: skip
    fig.print("|---:|---:|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        r = measure(args.out, n)
        fig.print(
            f"| {r['docs']:,} | {r['mentions']:,} | {r['seconds']:.2f} | {r['peak_mb']:.0f} "
            f"| {r['arrow_mb']:.0f} | {r['table_mb']:.0f} |"
        )
    if args.write:
        fig.write("corpus_identity", "corpus_identity.py", None)


if __name__ == "__main__":
    main()
