"""Worker processes for a large index build: every core parses, validates and encodes records."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN = 20_000
"""Fewer new records than this are done in this process (a worker costs milliseconds to
start, and an edit's few new records take less)."""
MAX_WORKERS = 4
WORKERS_ENV = "CFACTS_WORKERS"
"""How many processes build a large index (1: no workers), instead of the idle cores: for
benchmarks and tests; the index is the same whatever it says."""
WINDOW = 2
"""Tasks in flight per worker: enough to keep each busy, few enough that finished rows never
pile up in memory while this process writes the ones before them."""


class Broken(Exception):
    """A worker process died (killed, out of memory): the build cannot finish this way."""


def workers(new_records: int) -> int:
    """How many processes to use for this many new records (1: this one alone).

    `WORKERS_ENV` decides if it is set. Otherwise only idle cores are worth it: with one of
    two cores busy elsewhere, two workers and this process took 9.6 s at 100k where this
    process alone took 8.1 s; with both idle, 5.4 s (docs/performance.md).
    """
    if new_records < PARALLEL_MIN:
        return 1
    chosen = os.environ.get(WORKERS_ENV, "").strip()
    if chosen.isdigit() and int(chosen) >= 1:
        return min(int(chosen), MAX_WORKERS)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]  # runnable processes, averaged over the last minute
    except (AttributeError, OSError):  # pragma: no cover - Windows
        busy = 0.0
    idle = min(int(cores - busy + 0.5), MAX_WORKERS)
    return idle if idle >= 2 else 1


def _quiet() -> None:
    """In a worker: Ctrl-C is the parent's to handle, and SIGTERM just ends the worker (the
    parent's handlers, inherited through fork, would remove the parent's temporaries); no
    cycle collection."""
    import gc
    import signal

    gc.disable()  # as in `indexer.update`: a worker's objects form no cycles
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def mapped(function: Callable[[T], R], tasks: Iterable[T], count: int) -> Generator[R, None, None]:
    """``map(function, tasks)`` in ``count`` worker processes, results in order.

    Where worker processes cannot be started, the tasks run in this process. An exception in
    a task is raised here; Broken if a worker died.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    try:
        pool = ProcessPoolExecutor(count, mp_context=context, initializer=_quiet)
    except (OSError, NotImplementedError, ImportError):  # no semaphores in a sandbox, say
        yield from map(function, tasks)
        return
    pending: deque[Future[R]] = deque()
    try:
        for task in tasks:
            pending.append(pool.submit(function, task))
            if len(pending) >= count * WINDOW:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise Broken(str(exc)) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
