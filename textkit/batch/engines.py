"""Engines that run `analyse_chunk` over a stream of chunks, in order, in bounded memory."""

from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from spacy.language import Language

from .work import ChunkResult, WorkOptions, analyse_chunk, warm_up, worker_nlp

ENGINES = ("local", "dask")
DASK_CONNECT_S = 10  # how long to try reaching a --scheduler before giving up
# Thread pools of numerical libraries: one thread per worker process, so N workers use N cores.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _in_order(submit: Callable[[Any], Any], chunks: Iterable, window: int) -> Iterator[Any]:
    """Submit chunks, keeping at most `window` in flight; yield their handles in order."""
    pending: collections.deque = collections.deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


# Modules the forkserver imports once; workers are forked from it with them loaded.
# `preload` also loads the shipped pipeline there, so a worker starts in milliseconds.
FORKSERVER_PRELOAD = ("textkit.batch.work",)
PRELOAD_PIPELINE = "textkit.batch.preload"
PARENT_POLL_S = 0.5  # how often a worker checks that the batch process is still alive
STOP_WAIT_S = 5.0  # how long stopped workers get to exit before they are killed


def _watch_parent(parent: int) -> None:
    """End this worker as soon as the batch process `parent` is gone (even if killed), or
    the process that started it (the batch process itself, or the forkserver, which ends with
    the batch process)."""
    starter = os.getppid()
    while True:
        time.sleep(PARENT_POLL_S)
        if os.getppid() != starter:
            os._exit(1)
        try:
            os.kill(parent, 0)
        except (ProcessLookupError, PermissionError):  # gone (or its pid reused by another user)
            os._exit(1)


def _init_worker(model: str | None, aliases: str | None, parent: int) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and keeps what is committed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    worker_nlp(model, aliases)


def _worker_context(model: str | None) -> multiprocessing.context.BaseContext:
    """Fork from this process when that is safe, else a forkserver (start-up paid once, in a
    process without threads), else spawn."""
    if _fork_is_safe():
        return multiprocessing.get_context("fork")
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    preload = [*FORKSERVER_PRELOAD, *([PRELOAD_PIPELINE] if model is None else [])]
    context.set_forkserver_preload(preload)
    from multiprocessing import forkserver

    forkserver.ensure_running()  # now, so that it gets the single-thread environment
    return context


def _fork_is_safe() -> bool:
    """Whether workers may be forked from this process: on Linux (where fork is the usual
    start method; macOS system libraries break in a forked child), with no Python thread
    besides this one (a thread holding a lock at the fork would leave it locked in the child
    for ever). Native thread pools (OpenBLAS, Arrow) reset themselves in a forked child, as
    spaCy's `nlp.pipe(n_process=N)`, which forks, relies on."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and threading.current_thread() is threading.main_thread()
    )


def start_workers(workers: int, options: WorkOptions) -> ProcessPoolExecutor:
    """`workers` processes ready to analyse chunks, started now.

    Where fork is safe (`_fork_is_safe`) this process loads and warms the pipeline first and
    the workers are forked from it with the pipeline in memory (its pages shared copy-on-write),
    as spaCy's own `n_process` does: no worker loads anything. Else they come from a forkserver
    that loads the pipeline once. Call it before starting any thread (a progress bar's).
    """
    context = _worker_context(options.model)
    if context.get_start_method() == "fork":
        warm_up(worker_nlp(options.model, options.aliases))
    # SIGINT ignored meanwhile: Ctrl-C between a fork and `_init_worker` would end the worker
    # with a traceback.
    with _single_threaded_children(), _interrupts_ignored():
        pool = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(options.model, options.aliases, os.getpid()),
        )
        try:
            pool.submit(os.getpid)  # with fork, starts every worker now (none later)
        except BaseException:
            _stop_workers(pool)
            raise
    return pool


@contextlib.contextmanager
def early_workers(
    workers: int, options: WorkOptions, start: bool
) -> Iterator[ProcessPoolExecutor | None]:
    """`start_workers` now if `start` (for `run_local(pool=...)`); stopped if the block fails
    (they are then not needed)."""
    pool = start_workers(workers, options) if start else None
    try:
        yield pool
    except BaseException:
        if pool is not None:
            _stop_workers(pool)
        raise


@contextlib.contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """SIGINT ignored, in this process and the processes it starts meanwhile."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the pool's processes now, not after their current chunk (Ctrl-C, an error)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()
    deadline = time.monotonic() + STOP_WAIT_S
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AssertionError):
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(1.0)
    pool.shutdown(wait=False, cancel_futures=True)


def _second_interrupt_stops_at_once() -> None:
    # After the first Ctrl-C the parent saves what is finished; a second one ends it at
    # once (the tables stay valid: every write is atomic; workers watch their parent).
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def _single_threaded_children() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in _THREAD_VARS}
    for name in _THREAD_VARS:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# Measured with benchmarks/batch.py on 2 cores: the pool's fixed cost is about 3 s more than
# one process's, which a share of 3 chunks (96 articles) a worker pays back.
POOL_CHUNKS_PER_WORKER = 3


def run_local(
    chunks: Iterable,
    options: WorkOptions,
    workers: int = 1,
    nlp: Language | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[ChunkResult]:
    """Results of the chunks, in order: in this process, or in `workers` processes (`pool`,
    else started here by `start_workers`).

    Decided now, before the caller iterates (and starts a progress bar's thread): without a
    `pool` the first `POOL_CHUNKS_PER_WORKER` chunks a worker are read ahead, and a job of
    fewer runs in this process: the workers' start-up would cost more than sharing the job
    saves, and `--workers 2` must never be slower than one.
    """
    chunks = iter(chunks)
    if pool is None:
        ahead = list(itertools.islice(chunks, workers * POOL_CHUNKS_PER_WORKER))
        chunks = itertools.chain(ahead, chunks)
        if workers <= 1 or len(ahead) < workers * POOL_CHUNKS_PER_WORKER:
            return (analyse_chunk(chunk, options, nlp) for chunk in chunks)
        pool = start_workers(workers, options)
    return _pooled(pool, chunks, options, window=workers * 3)


def _pooled(
    pool: ProcessPoolExecutor, chunks: Iterable, options: WorkOptions, window: int
) -> Iterator[ChunkResult]:
    """Results of the chunks analysed by `pool`'s processes, in order. A worker that dies
    (e.g. out of memory) raises BrokenProcessPool instead of hanging."""
    try:
        submit = lambda chunk: pool.submit(analyse_chunk, chunk, options)  # noqa: E731
        for future in _in_order(submit, chunks, window):
            yield future.result()
    except BaseException as err:
        if isinstance(err, KeyboardInterrupt):
            _second_interrupt_stops_at_once()
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


def run_dask(
    chunks: Iterable, options: WorkOptions, workers: int = 1, scheduler: str | None = None
) -> Iterator[ChunkResult]:
    """Results of the chunks, in order, computed on a Dask cluster.

    With `scheduler` (an address such as `tcp://host:8786`) the chunks go to that
    cluster, whose workers need textkit installed; without it a `LocalCluster` of
    `workers` single-threaded processes is started and stopped here.
    """
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler, timeout=DASK_CONNECT_S))
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=max(1, workers),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        window = max(2, 3 * sum(client.nthreads().values()))
        submit = lambda chunk: client.submit(analyse_chunk, chunk, options, pure=False)  # noqa: E731
        for future in _in_order(submit, chunks, window=window):
            yield future.result()
            future.release()
