"""Benchmark `textkit batch`: 1 vs 2 workers on 10, 50 and 500 articles, with CPU time and
peak memory of the whole process tree (workers included), and the Dask engine.

The shared news articles are written out as one `.txt` file each in a temporary folder;
every run is a separate `textkit batch` process (start-up and model loading included),
watched with psutil. The machine may be shared: besides wall time, the script reports
speed-ups from CPU seconds, which other jobs do not inflate (see `cpu_speedup`).

    nice -n 10 .venv/bin/python benchmarks/batch.py            # 10, 50, 500 articles
    .venv/bin/python benchmarks/batch.py --sizes 10,50 --no-dask
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from _figures import write_figures

from textkit.datasets import NEWS_ARTICLES, iter_news, require_shared_data
from textkit.frames import RESULT_FILES

COMMAND = "python benchmarks/batch.py"


def write_corpus(folder: Path, limit: int) -> int:
    """One `.txt` file per article (its text only); return how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for article in iter_news(require_shared_data() / NEWS_ARTICLES, limit):
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        count += 1
    return count


class TreeWatch:
    """Peak memory and CPU seconds of a process and all its descendants, sampled."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.cpu: dict[int, float] = {}  # pid -> last seen CPU seconds (user + system)
        self.peak_rss = 0  # bytes, sum over the tree (shared pages counted in each)
        self.peak_pss = 0  # bytes, proportional set size: shared pages split between sharers

    def sample(self) -> None:
        rss = pss = 0
        for proc in [self.root, *self.root.children(recursive=True)]:
            try:
                times = proc.cpu_times()
                self.cpu[proc.pid] = times.user + times.system
                info = proc.memory_full_info()
            except psutil.Error:
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)


def snapshot_code(folder: Path) -> dict:
    """Copy the textkit package (with its model) so every run uses the same code; its env."""
    import shutil

    import textkit

    source = Path(textkit.__file__).parent
    shutil.copytree(source, folder / "textkit", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(folder)}


ENV: dict | None = None  # environment of the child processes (set by main)


def run_batch(corpus: Path, out: Path, *args: str) -> dict:
    """Run `textkit batch` in a child process; its run.json plus wall time, CPU seconds of
    each process of its tree, and peak memory."""
    entry = "import sys; from textkit.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", entry, "batch", str(corpus), "--out", str(out)]
    started = time.perf_counter()
    # Run from the corpus' folder: the current one would come first on sys.path.
    child = subprocess.Popen([*cmd, "--quiet", *args], env=ENV, cwd=corpus.parent)
    watch = TreeWatch(child.pid)
    while child.poll() is None:
        watch.sample()
        time.sleep(0.1)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"textkit batch failed with exit code {child.returncode}")
    summary = json.loads((out / "run.json").read_text())
    summary.update(
        wall=wall,
        cpu=sum(watch.cpu.values()),  # CPU seconds of the whole tree
        cpu_max=max(watch.cpu.values()),  # of its busiest process
        peak_rss_mb=watch.peak_rss / 2**20,
        peak_pss_mb=watch.peak_pss / 2**20,
    )
    return summary


def cpu_speedup(one: dict, two: dict) -> float:
    """Speed-up of 2 workers over 1 on two idle cores, from CPU seconds: the 1-worker run
    is one process, so its CPU time is its wall time; the 2-worker run takes at least as
    long as its busiest process needs, and at least its CPU seconds spread over 2 cores."""
    return one["cpu"] / max(two["cpu_max"], two["cpu"] / 2)


def show(name: str, s: dict) -> None:
    print(
        f"{name:<30} {s['analysed']:>5,} docs {s['wall']:>7.1f} s wall  "
        f"CPU {s['cpu']:>6.1f} s (busiest process {s['cpu_max']:>6.1f} s)  "
        f"peak RSS {s['peak_rss_mb']:>6.0f} MB, PSS {s['peak_pss_mb']:>6.0f} MB  "
        f"{s['table_mentions']:,} mentions"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,50,500", help="corpus sizes (articles)")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    sizes = sorted(int(n) for n in args.sizes.split(","))

    with tempfile.TemporaryDirectory(prefix="textkit-bench-") as tmp:
        tmp = Path(tmp)
        corpora = {n: tmp / f"corpus-{n}" for n in sizes}
        for n, folder in corpora.items():
            written = write_corpus(folder, n)
            print(f"wrote {written:,} articles to {folder}")
        global ENV
        ENV = snapshot_code(tmp / "code")
        load_before = _load()
        print(f"load average before: {load_before}")
        rows = []
        for n in sizes:
            runs = {}
            for workers in (1, 2):
                runs[workers] = run_batch(
                    corpora[n], tmp / f"out-{n}-w{workers}", "--workers", str(workers)
                )
                show(f"local, {workers} worker(s), {n} articles", runs[workers])
            one, two = runs[1], runs[2]
            same = all(
                _same_table(tmp / f"out-{n}-w1", tmp / f"out-{n}-w2", name)
                for name in RESULT_FILES.values()
            )
            row = (
                f"| {n:,} | {one['wall']:.1f} | {two['wall']:.1f} "
                f"| {one['wall'] / two['wall']:.2f} "
                f"| {one['cpu']:.1f} | {two['cpu']:.1f} | {cpu_speedup(one, two):.2f} "
                f"| {one['peak_rss_mb']:.0f} / {one['peak_pss_mb']:.0f} "
                f"| {two['peak_rss_mb']:.0f} / {two['peak_pss_mb']:.0f} | {same} |"
            )
            print(row)
            rows.append(row)
        load_after = _load()
        print(f"load average after: {load_after}")
        dask_line = ""
        if not args.no_dask:
            n = sizes[-1]
            dask = run_batch(corpora[n], tmp / "out-dask", "--engine", "dask", "--workers", "2")
            show(f"dask LocalCluster, 2, {n}", dask)
            same = all(
                _same_table(tmp / f"out-{n}-w1", tmp / "out-dask", name)
                for name in RESULT_FILES.values()
            )
            dask_line = (
                f"\nDask LocalCluster, 2 workers, {n:,} articles: {dask['wall']:.1f} s wall, "
                f"CPU {dask['cpu']:.1f} s, peak RSS {dask['peak_rss_mb']:.0f} MB; "
                f"tables identical to 1 local worker: {same}\n"
            )
        table = "\n".join(
            [
                "| articles | wall 1 worker (s) | wall 2 workers (s) | wall speed-up "
                "| CPU 1 (s) | CPU 2 (s) | CPU-based speed-up "
                "| peak RSS / PSS 1 (MB) | peak RSS / PSS 2 (MB) | identical tables |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
                *rows,
            ]
        )
        notes = (
            f"\nLoad average (1, 5, 15 min) before: {load_before}; after: {load_after} "
            f"({os.cpu_count()} cores). Wall times include start-up and model loading. "
            "CPU-based speed-up = CPU seconds of 1 worker / the larger of: CPU seconds of the "
            "busiest process of the 2-worker run, half its total CPU seconds (what 2 idle "
            "cores would give at best). RSS sums every process of "
            "the tree (pages shared after fork counted in each); PSS splits shared pages.\n"
        )
        print(notes + dask_line)
        write_figures("batch", table + "\n" + notes + dask_line, COMMAND)


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _same_table(a: Path, b: Path, name: str) -> bool:
    import pandas as pd

    return pd.read_parquet(a / name).equals(pd.read_parquet(b / name))


if __name__ == "__main__":
    main()
