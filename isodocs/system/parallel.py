"""Work split over worker processes, one per core, for first runs on a large manual.

Parsing thousands of YAML files and reading the trees of thousands of commits are each a
pure function of Git objects, so they split cleanly: each worker takes a run of the items,
opens the repository afresh and hands back plain data (what the caches keep). On Linux the
processes are forked, so a worker starts in milliseconds with isodocs already imported; where
forking is unsafe or missing (macOS, Windows) they are spawned, which costs each worker the
import of isodocs (a few tenths of a second) and still pays on a first load of thousands of
files. Work and jobs are therefore module-level functions and plain data, which both can send.

Work aside (`Aside`) is the other way round: one forked process that reads what this one
holds, sent nothing, doing one piece of work while this process does another (a build's
check beside its rendering). Only forking allows it; elsewhere that work is done in turn.
"""

from __future__ import annotations

import functools
import marshal
import multiprocessing
import os
import sys
import weakref
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
        from concurrent.futures import ProcessPoolExecutor  # (and logging): only a first run starts a pool

        self._pool: ProcessPoolExecutor | None = None  # for `close`, should the pool not start
        _give_way()
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


class Stopped(Exception):
    """Work aside ended without a result: its worker gave way to a pool, was closed, or failed."""


class Aside(Generic[R]):
    """work() done beside this process: begun in a forked worker process, which inherits all
    that it reads (a manual of thousands of documents is never sent), while this process goes
    on; `result()` waits for it. The worker is a bare process, not a pool, so this process runs
    no thread for it and may still start a pool meanwhile; a pool that starts stops the worker
    first (its work split over every core is worth more), and result() then raises Stopped.
    Where no worker may start (no fork, one core, a worker itself), nothing runs beside
    (`beside` is False) and result() does work() here."""

    def __init__(self, work: Callable[[], R], beside: bool = True):
        self._work: Callable[[], R] | None = work
        self._done: tuple[R] | None = None
        self._process = None
        self._pipe = None
        self._stopped: str | None = None  # why it ended without a result
        self.beside = bool(beside and START_METHOD == "fork" and workers() >= 2)
        if self.beside:
            context = multiprocessing.get_context("fork")
            self._pipe, sending = context.Pipe(duplex=False)
            self._process = context.Process(target=_aside, args=(work, sending), daemon=True)
            self._process.start()
            sending.close()
            _asides.add(self)

    def result(self) -> R:
        if self._done is None:
            if self._stopped is not None:
                raise Stopped(self._stopped)
            if self._pipe is None:
                assert self._work is not None
                self._done = (self._work(),)
            else:
                try:
                    done, value = self._pipe.recv()
                except (EOFError, OSError) as exc:
                    done, value = False, f"its worker ended ({exc or 'no result'})"
                if done:
                    self._done = (value,)
                self._end("")
                if not done:
                    self._stopped = value
                    raise Stopped(value)
            self._work = None
        return self._done[0]

    def close(self) -> None:
        """Stop the worker, should its result not be wanted (a command stopped before)."""
        self._end("closed")

    def _end(self, why: str) -> None:
        if self._process is not None:
            if self._done is None:  # one that sent its result ends by itself: not waited for (reaped at exit)
                if why and self._process.is_alive():
                    self._process.terminate()
                self._process.join()
                self._process.close()
            self._process = None
            _asides.discard(self)
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
            if why and self._done is None:
                self._stopped = why


_asides: weakref.WeakSet[Aside] = weakref.WeakSet()  # running beside this process


def _give_way() -> None:
    """Stop the work aside still running: a pool is about to start."""
    for aside in list(_asides):
        aside._end("it gave way to a pool")


def _aside(work: Callable[[], object], sending) -> None:
    """In the worker: work(), its result sent back (pickled), or why there is none."""
    _started()
    try:
        outcome = (True, work())
    except Exception as exc:  # said to the caller, which decides what it means
        outcome = (False, f"{type(exc).__name__}: {exc}")
    sending.send(outcome)
    sending.close()


def _marshalled(work: Callable[[T], R], job: T) -> bytes:
    return marshal.dumps(work(job))


def _started() -> None:
    global _in_worker
    _in_worker = True
    progress.unheard()  # a forked worker would say its progress over its parent's
    # and flush, as it ends, what its parent had printed but not yet written: a worker prints nothing
    sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")
