"""Work split over worker processes, one per core, for first runs on a large manual.

Parsing thousands of YAML files and reading the trees of thousands of commits are each a
pure function of Git objects, so they split cleanly: each worker takes a run of the items,
opens the repository afresh and hands back plain data (what the caches keep). On Linux the
processes are forked, so a worker starts in milliseconds with isodocs already imported; where
forking is unsafe or missing (macOS, Windows) they are spawned, which costs each worker the
import of isodocs (a few tenths of a second) and still pays on a first load of thousands of
files. Work and jobs are therefore module-level functions and plain data, which both can send.
"""

from __future__ import annotations

import functools
import marshal
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Generic, Iterator, Sequence, TypeVar

from isodocs.system import progress

T = TypeVar("T")
R = TypeVar("R")


_in_worker = False  # a worker splits nothing further
_pools = 0  # pools of worker processes running (Results not yet closed)
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


def workers() -> int:
    """How many processes to split work over: the cores this process may use, at most four
    (one, doing the work itself, in a worker or while worker processes run)."""
    if _in_worker or _pools or START_METHOD not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cores, 4)


def in_worker() -> bool:
    """Whether this process is a worker of another."""
    return _in_worker


def runs(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """`items` cut into `count` runs of consecutive items, as even as can be."""
    return [items[n * len(items) // count:(n + 1) * len(items) // count] for n in range(count)]


def dealt(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """`items` dealt round `count` hands like cards: even work where items cost unevenly and
    similar ones sit together (documents, then approval records)."""
    return [items[n::count] for n in range(count)]


def over_workers(work: Callable[[T], R], jobs: list[T], processes: int | None = None,
                 plain: bool = False) -> Results[R]:
    """work(job) for each job in worker processes (one per job unless `processes` says how
    many take them in turn), started at once: the caller may go on with other work while they
    run. Results come in the jobs' order, each as soon as it and those before it are done.
    `plain`: the results are plain data (dicts, lists, text, numbers, bytes), sent back in
    marshal's format, which a worker writes about ten times faster than pickle (half a second
    per worker for a province's parsed documents)."""
    return Results(work, jobs, processes, plain)


class Results(Iterator[R]):
    """The results of work running in worker processes; the processes stop once every result
    is taken, or at `close`.

    While they run, `workers()` is 1: work asked for meanwhile is done in this process, as
    the processes of another pool would be forked from one running this pool's threads."""

    def __init__(self, work: Callable[[T], R], jobs: list[T], processes: int | None, plain: bool):
        global _pools
        self._pool: ProcessPoolExecutor | None = None  # for `close`, should the pool not start
        context = multiprocessing.get_context(START_METHOD)
        self._pool = ProcessPoolExecutor(processes or len(jobs), mp_context=context, initializer=_started)
        _pools += 1
        self._plain = plain
        try:
            call = functools.partial(_marshalled, work) if plain else work
            self._pending = iter([self._pool.submit(call, job) for job in jobs])
        except BaseException:
            self.close()
            raise

    def __next__(self) -> R:
        future = next(self._pending, None)
        if future is None:
            self.close()
            raise StopIteration
        try:
            result = future.result()
        except BaseException:
            self.close()
            raise
        return marshal.loads(result) if self._plain else result

    def close(self) -> None:
        global _pools
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
            _pools -= 1

    def __del__(self) -> None:
        self.close()


class Aside(Generic[R]):
    """work() done beside this process: begun in a forked worker process, which inherits all
    that it reads (a manual of thousands of documents is never sent), while this process goes
    on; `result()` waits for it. Where no worker may start (no fork, one core, a pool running,
    a worker itself), work() is done here, at `result()`: the result is the same either way."""

    def __init__(self, work: Callable[[], R], beside: bool = True):
        self._work: Callable[[], R] | None = work
        self._done: tuple[R] | None = None
        self._results: Results[R] | None = None
        if beside and START_METHOD == "fork" and workers() >= 2:
            global _ASIDE
            _ASIDE = work  # read by the worker, forked as the pool starts
            try:
                self._results = Results(_aside, [None], 1, False)
            finally:
                _ASIDE = None

    @property
    def beside(self) -> bool:
        """Whether the work runs in a worker process."""
        return self._results is not None

    def result(self) -> R:
        if self._done is None:
            if self._results is not None:
                try:
                    self._done = (next(self._results),)
                finally:
                    self.close()
            else:
                assert self._work is not None
                self._done = (self._work(),)
            self._work = None
        return self._done[0]

    def close(self) -> None:
        """Stop the worker, should its result not be wanted (a command stopped before)."""
        if self._results is not None:
            self._results.close()
            self._results = None


_ASIDE: Callable[[], object] | None = None


def _aside(_: None) -> object:
    assert _ASIDE is not None
    return _ASIDE()


def _marshalled(work: Callable[[T], R], job: T) -> bytes:
    return marshal.dumps(work(job))


def _started() -> None:
    global _in_worker
    _in_worker = True
    progress.unheard()  # a forked worker would say its progress over its parent's
