"""Work split over worker processes, one per core, for first runs on a large manual.

Parsing thousands of YAML files and reading the trees of thousands of commits are each a
pure function of Git objects, so they split cleanly: each worker takes a run of the items,
opens the repository afresh and hands back plain data (what the caches keep). Processes are
forked, where the system can, so a worker starts in milliseconds with isodocs already imported;
elsewhere the work stays in one process.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


_in_worker = False  # a worker splits nothing further


def workers() -> int:
    """How many processes to split work over: the cores this process may use, at most four."""
    if _in_worker or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cores, 4)


def runs(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """`items` cut into `count` runs of consecutive items, as even as can be."""
    return [items[n * len(items) // count:(n + 1) * len(items) // count] for n in range(count)]


def dealt(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """`items` dealt round `count` hands like cards: even work where items cost unevenly and
    similar ones sit together (documents, then approval records)."""
    return [items[n::count] for n in range(count)]


def over_workers(work: Callable[[T], R], jobs: list[T]) -> Iterator[R]:
    """work(job) for each job, each in a forked worker process; results in the jobs' order."""
    with ProcessPoolExecutor(len(jobs), mp_context=multiprocessing.get_context("fork"), initializer=_started) as pool:
        yield from pool.map(work, jobs)


def _started() -> None:
    global _in_worker
    _in_worker = True
