"""Benchmark `textkit batch`: docs/s and words/s for 1 and 2 workers, peak RSS, Dask.

The shared news articles are written out as one `.txt` file each in a temporary folder;
every run is a separate `textkit batch` process (model loading included), watched with
psutil for the peak resident memory of its whole process tree (workers included).

    nice -n 10 .venv/bin/python benchmarks/batch.py            # full: 5,000 articles
    .venv/bin/python benchmarks/batch.py --limit 300 --memory 100,300 --no-dask
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from textkit.datasets import NEWS_ARTICLES, iter_news, require_shared_data
from textkit.frames import RESULT_FILES


def write_corpus(folder: Path, limit: int) -> int:
    """One `.txt` file per article (its text only); return how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for article in iter_news(require_shared_data() / NEWS_ARTICLES, limit):
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        count += 1
    return count


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def snapshot_code(folder: Path) -> dict:
    """Copy the textkit package (with its model) so every run uses the same code; its env."""
    import shutil

    import textkit

    source = Path(textkit.__file__).parent
    shutil.copytree(source, folder / "textkit", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(folder)}


ENV: dict | None = None  # environment of the child processes (set by main)


def run_batch(corpus: Path, out: Path, *args: str) -> dict:
    """Run `textkit batch` in a child process; its run.json plus peak tree RSS and wall time."""
    entry = "import sys; from textkit.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", entry, "batch", str(corpus), "--out", str(out)]
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Run from the corpus' folder: the current one would come first on sys.path.
    child = subprocess.Popen([*cmd, "--quiet", *args], env=ENV, cwd=corpus.parent)
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(proc))
        time.sleep(0.1)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if child.returncode != 0:
        raise SystemExit(f"textkit batch failed with exit code {child.returncode}")
    summary = json.loads((out / "run.json").read_text())
    summary["peak_rss_mb"] = peak / 2**20
    summary["wall"] = wall
    summary["cpu"] = cpu  # CPU seconds of the whole tree (workers included)
    return summary


def show(name: str, s: dict) -> None:
    print(
        f"{name:<28} {s['analysed']:>6,} docs {s['wall']:>7.1f} s wall  "
        f"{s['docs_per_s']:>6.1f} docs/s  {s['words_per_s']:>8,.0f} words/s  "
        f"peak RSS {s['peak_rss_mb']:>6.0f} MB  CPU {s['cpu']:>6.1f} s "
        f"({s['cpu'] / s['wall']:.2f} cores busy)  {s['table_mentions']:,} mentions"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=5000, help="articles for the speed runs")
    parser.add_argument("--memory", default="500,5000", help="corpus sizes for peak RSS")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="speed runs, best kept")
    args = parser.parse_args()
    sizes = sorted({int(n) for n in args.memory.split(",")} | {args.limit})

    with tempfile.TemporaryDirectory(prefix="textkit-bench-") as tmp:
        tmp = Path(tmp)
        corpora = {n: tmp / f"corpus-{n}" for n in sizes}
        for n, folder in corpora.items():
            written = write_corpus(folder, n)
            print(f"wrote {written:,} articles to {folder}")
        global ENV
        ENV = snapshot_code(tmp / "code")
        print(f"load average before: {_load()}")
        results: dict[int, dict] = {}
        for r in range(args.repeat):  # alternate, keep the best: other jobs share the CPU
            for workers in (1, 2):
                s = run_batch(
                    corpora[args.limit], tmp / f"out-w{workers}-{r}", "--workers", str(workers)
                )
                show(f"local, {workers} worker(s), {args.limit}", s)
                if workers not in results or s["elapsed"] < results[workers]["elapsed"]:
                    results[workers] = s
        ratio = results[1]["elapsed"] / results[2]["elapsed"]
        print(f"speed-up 2 vs 1 workers (best of {args.repeat}): {ratio:.2f}x (target >= 1.6)")
        cpu_ratio = 2 * results[1]["cpu"] / results[2]["cpu"]
        print(f"speed-up on 2 idle cores, from CPU seconds (2 x cpu1 / cpu2): {cpu_ratio:.2f}x")
        print(f"load average after: {_load()}")

        rss = {}
        for n in (int(x) for x in args.memory.split(",")):
            s = results[2] if n == args.limit else None
            s = s or run_batch(corpora[n], tmp / f"out-mem{n}", "--workers", "2")
            if n != args.limit:
                show(f"local, 2 workers, {n}", s)
            rss[n] = s["peak_rss_mb"]
        print(
            "peak RSS (2 workers, whole process tree): "
            + ", ".join(f"{n:,} articles {mb:.0f} MB" for n, mb in rss.items())
        )

        if not args.no_dask:
            dask = run_batch(
                corpora[args.limit], tmp / "out-dask", "--engine", "dask", "--workers", "2"
            )
            show(f"dask LocalCluster, 2, {args.limit}", dask)
            print(f"dask vs local (2 workers): {dask['elapsed'] / results[2]['elapsed']:.2f}x time")
        others = ["out-w2-0"] + ([] if args.no_dask else ["out-dask"])
        for other in others:
            tables = RESULT_FILES.values()
            same = all(_same_table(tmp / "out-w1-0", tmp / other, name) for name in tables)
            print(f"tables of out-w1-0 and {other} identical: {same}")


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _same_table(a: Path, b: Path, name: str) -> bool:
    import pandas as pd

    return pd.read_parquet(a / name).equals(pd.read_parquet(b / name))


if __name__ == "__main__":
    main()
