"""Timing for the benchmark scripts."""

from __future__ import annotations

import time
from typing import Callable, TypeVar

T = TypeVar("T")


def best(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    """(the best time of `repeat` runs in seconds, the last run's result)."""
    times, result = [], None
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result
