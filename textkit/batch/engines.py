"""Engines that run `analyse_chunk` over a stream of chunks, in order, in bounded memory."""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from spacy.language import Language

from .work import ChunkResult, WorkOptions, analyse_chunk, worker_nlp

ENGINES = ("local", "dask")
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


def _init_worker(model: str | None) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and keeps what is committed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_nlp(model)


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


def run_local(
    chunks: Iterable, options: WorkOptions, workers: int = 1, nlp: Language | None = None
) -> Iterator[ChunkResult]:
    """Results of the chunks, in order: in this process, or in `workers` processes."""
    if workers <= 1:
        for chunk in chunks:
            yield analyse_chunk(chunk, options, nlp)
        return
    # Spawned, not forked: the parent may run threads (pyarrow, tqdm) that fork would break.
    # A worker that dies (e.g. out of memory) raises BrokenProcessPool instead of hanging.
    with _single_threaded_children():
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(options.model,),
        )
    try:
        submit = lambda chunk: pool.submit(analyse_chunk, chunk, options)  # noqa: E731
        for future in _in_order(submit, chunks, window=workers * 3):
            yield future.result()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
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
            client = stack.enter_context(Client(scheduler))
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
