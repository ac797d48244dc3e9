"""Benchmark `textkit batch`: 1 vs 2 workers on 10, 50 and 500 articles, with CPU time and
peak memory of the whole process tree (workers included), and the Dask engine.

The shared news articles are written out as one `.txt` file each in a temporary folder;
every run is a separate `textkit batch` process (start-up and model loading included),
watched with psutil. The machine may be shared: besides wall time, the script reports
speed-ups from CPU seconds, which other jobs do not inflate (see `cpu_speedup`).

    nice -n 10 .venv/bin/python benchmarks/batch.py            # 10, 50, 500 articles
    .venv/bin/python benchmarks/batch.py --sizes 10,50 --no-dask

`--versus-pipe` compares `textkit batch --workers N` with a bare `nlp.pipe(texts, n_process=N)`
over the same files (each a fresh process: start-up and model loading included), N = 1 and 2,
the runs alternating, and writes `docs/figures/batch_vs_pipe.md`; `--stages` adds where the
batch's own time goes (CPU seconds of each stage, in one process, best of the rounds):

    .venv/bin/python benchmarks/batch.py --versus-pipe --size 500 --rounds 3 --stages
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
# The tables a batch writes (compared between runs).
OUTPUT_TABLES = (*RESULT_FILES.values(), "quotes.parquet", "entities.parquet")


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
        self.processes = 1  # most processes seen in the tree at once

    def sample(self) -> None:
        rss = pss = 0
        tree = [self.root, *self.root.children(recursive=True)]
        self.processes = max(self.processes, len(tree))
        for proc in tree:
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
        processes=watch.processes,
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


# A bare `nlp.pipe` over the texts the batch analyses (the bodies and titles of the corpus'
# articles, read beforehand into a JSON list by `write_texts`), with the batch's pipeline (no
# grammar components: the tables do not use them), what `--versus-pipe` compares the batch
# with: argv = texts file, n_process.
BARE_PIPE = """
import json, sys
import textkit
from textkit.segments import BATCH_SIZE
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
nlp = textkit.load(exclude=["grammar"])
docs = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=BATCH_SIZE))
assert docs == len(texts), (docs, len(texts))
"""


def write_texts(corpus: Path, path: Path) -> int:
    """The texts `textkit batch` analyses in `corpus` (each article's body, and its title when
    it has one), as a JSON list in `path`; return how many."""
    from textkit.article import read_articles

    texts = []
    for article in read_articles(corpus):
        if article.error is None and article.body.strip():
            texts += [article.body, *([article.title] if (article.title or "").strip() else [])]
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return len(texts)


def run_bare_pipe(texts: Path, n_process: int) -> dict:
    """Wall time and CPU seconds of a fresh process running `BARE_PIPE` over `texts`."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", BARE_PIPE, str(texts), str(n_process)], env=ENV, cwd=texts.parent
    )
    watch = TreeWatch(child.pid)
    while child.poll() is None:
        watch.sample()
        time.sleep(0.1)
    if child.returncode != 0:
        raise SystemExit(f"nlp.pipe failed with exit code {child.returncode}")
    return {
        "wall": time.perf_counter() - started,
        "cpu": sum(watch.cpu.values()),
        "processes": watch.processes,
    }


def versus_pipe(corpus: Path, out: Path, rounds: int) -> str:
    """`textkit batch --workers N` against bare `nlp.pipe(n_process=N)`, N = 1, 2, alternating
    (each round swaps which of the two goes first); the table as markdown."""
    texts = out / "texts.json"
    write_texts(corpus, texts)
    runs: dict[tuple[str, int], list[dict]] = {}
    for r in range(rounds):
        for n in (1, 2):
            order = ("pipe", "batch") if (r + n) % 2 else ("batch", "pipe")
            for kind in order:
                if kind == "pipe":
                    result = run_bare_pipe(texts, n)
                else:
                    target = out / f"vs-{r}-{n}"
                    result = run_batch(corpus, target, "--workers", str(n))
                runs.setdefault((kind, n), []).append(result)
                print(
                    f"round {r + 1}, N={n}, {kind:<5}: {result['wall']:6.1f} s wall, "
                    f"CPU {result['cpu']:6.1f} s, {result['processes']} process(es)",
                    flush=True,
                )
    rows = []
    for n in (1, 2):
        pipe, batch_ = runs[("pipe", n)], runs[("batch", n)]
        ratios = sorted(b["wall"] / p["wall"] for p, b in zip(pipe, batch_, strict=True))
        cpu_ratios = sorted(b["cpu"] / p["cpu"] for p, b in zip(pipe, batch_, strict=True))
        best = min(b["wall"] for b in batch_) / min(p["wall"] for p in pipe)
        rows.append(
            f"| {n} | {_median([p['wall'] for p in pipe]):.1f} "
            f"| {_median([b['wall'] for b in batch_]):.1f} "
            f"| {_median(ratios):.2f} ({ratios[0]:.2f}–{ratios[-1]:.2f}) | {best:.2f} "
            f"| {_median(cpu_ratios):.2f} | {max(b['processes'] for b in batch_)} |"
        )
    outputs = sorted(out.glob("vs-*"))
    same = all(
        _same_table(outputs[0], other, name) for other in outputs[1:] for name in OUTPUT_TABLES
    )
    return "\n".join(
        [
            "| N | `nlp.pipe(n_process=N)` wall (s) | `textkit batch --workers N` wall (s) "
            "| batch / pipe, wall: median (range) | best batch / best pipe, wall "
            "| batch / pipe, CPU seconds | batch processes |",
            "|---:|---:|---:|---|---:|---:|---:|",
            *rows,
            "",
            f"Tables of all {len(outputs)} batch runs identical: {same}.",
        ]
    )


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def stages(corpus: Path, out: Path, rounds: int) -> str:
    """CPU seconds of each stage of a 1-worker batch run, in this process, best of `rounds`,
    beside `nlp.pipe` over the same bodies; the table as markdown."""
    import shutil

    from textkit.article import read_articles
    from textkit.batch import job, work
    from textkit.batch.store import Store
    from textkit.segments import BATCH_SIZE

    clock = time.process_time
    nlp = work.worker_nlp(None)
    fingerprint = job.pipeline_fingerprint(None)
    articles = list(read_articles(corpus))
    texts = [article.body for article in articles]
    list(nlp.pipe(texts[:BATCH_SIZE]))  # the gazetteer's tables are built on first use
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, seconds), seconds)

    for _ in range(rounds):
        start = clock()
        fingerprint = job.pipeline_fingerprint(None)
        job._cached_source_digest.cache_clear()
        keep("pipeline fingerprint (code, data and model files)", clock() - start)
        start = clock()
        articles = list(read_articles(corpus))
        keep("reading and article parsing", clock() - start)
        start = clock()
        chunk = [(article, job.content_hash(article, fingerprint)) for article in articles]
        keep("content hashes", clock() - start)
        start = clock()
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        keep("`nlp.pipe` over the bodies", clock() - start)
        start = clock()
        chunks = [chunk[i : i + job.CHUNK_DOCS] for i in range(0, len(chunk), job.CHUNK_DOCS)]
        # As `textkit batch` runs them: the batch's own pipeline (`worker_nlp`, loaded above).
        options = work.WorkOptions(recycle_docs=job.RECYCLE_DOCS)
        results = [work.analyse_chunk(c, options) for c in chunks]
        keep("analyse_chunk: `nlp.pipe`, rows, Arrow", clock() - start)
        target = out / "stages"
        shutil.rmtree(target, ignore_errors=True)
        store = Store(target)
        start = clock()
        store.write_part(
            [r.documents for r in results],
            [r.mentions for r in results],
            [r.quotes for r in results],
        )
        keep("Parquet part", clock() - start)
        start = clock()
        store.merge(None)
        keep("merge (tables, corpus identities, entities.parquet)", clock() - start)
        keep("of it, the corpus identity step (`textkit.corpus.resolution`)", corpus_step(target))
    pipe = best["`nlp.pipe` over the bodies"]
    lines = [f"| {name} | {seconds:.2f} | {seconds / pipe:.1%} |" for name, seconds in best.items()]
    return "\n".join(
        [
            f"{len(articles):,} articles, one process, CPU seconds, best of {rounds} rounds:",
            "",
            "| stage | CPU s | of `nlp.pipe` |",
            "|---|---:|---:|",
            *lines,
        ]
    )


def corpus_step(out: Path) -> float:
    """CPU seconds of `textkit.corpus.resolution` over the identity pairs of the mentions
    table in `out`, the merge's call of it again (`corpus.py`'s rules, not the batch's)."""
    import pandas as pd

    from textkit.corpus import identity_pairs, resolution, with_document_identities

    pairs = identity_pairs(with_document_identities(pd.read_parquet(out / "mentions.parquet")))
    start = time.process_time()
    resolution(pairs)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,50,500", help="corpus sizes (articles)")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--versus-pipe", action="store_true", help="batch against nlp.pipe")
    parser.add_argument("--size", type=int, default=500, help="articles for --versus-pipe")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds")
    parser.add_argument("--stages", action="store_true", help="with --versus-pipe: stages")
    args = parser.parse_args()
    if args.versus_pipe:
        main_versus_pipe(args.size, args.rounds, args.stages)
        return
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


def main_versus_pipe(size: int, rounds: int, with_stages: bool) -> None:
    global ENV
    with tempfile.TemporaryDirectory(prefix="textkit-bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        written = write_corpus(corpus, size)
        ENV = snapshot_code(tmp / "code")
        load_before = _load()
        table = versus_pipe(corpus, tmp, rounds)
        load_after = _load()
        parts = [
            f"{written:,} news articles as `.txt` files; every run a fresh process (start-up and "
            f"model loading included), {rounds} rounds, the two commands alternating.",
            "",
            table,
            "",
            f"Load average (1, 5, 15 min) before: {load_before}; after: {load_after} "
            f"({os.cpu_count()} cores). The machine is shared: absolute times move with the "
            "load, the ratios of runs taken alternately in one run much less; other jobs only "
            "ever add time, so the ratio of the best runs is the steadier one. `nlp.pipe` runs "
            'the batch\'s pipeline (`textkit.load(exclude=["grammar"])`: the tables use no '
            "grammar) over the texts the batch analyses: each article's body and its title "
            "when it has one, read beforehand. Batch processes: most seen at once in its "
            "process tree (1: no subprocess).",
        ]
        if with_stages:
            parts += ["", stages(corpus, tmp, rounds)]
        markdown = "\n".join(parts) + "\n"
        print(markdown)
        command = f"{COMMAND} --versus-pipe --size {size} --rounds {rounds}"
        write_figures("batch_vs_pipe", markdown, command + (" --stages" if with_stages else ""))


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _same_table(a: Path, b: Path, name: str) -> bool:
    import pandas as pd

    return pd.read_parquet(a / name).equals(pd.read_parquet(b / name))


if __name__ == "__main__":
    main()
