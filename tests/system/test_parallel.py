"""Work split over worker processes (isodocs.system.parallel)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from isodocs.system import parallel


def described(job: int) -> dict:
    """Plain data of every kind a worker hands back: text, numbers, bytes, nesting."""
    return {"job": job, "tên": f"tài liệu {job}", "items": [job, 1.5, None, True, b"\x00\xff", [f"QT-{job}"]]}


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_plain_results_come_back_as_they_were_made_in_order(monkeypatch, start):
    monkeypatch.setattr(parallel, "START_METHOD", start)
    jobs = list(range(7))
    assert list(parallel.over_workers(described, jobs, processes=2, plain=True)) == [described(j) for j in jobs]
    assert list(parallel.over_workers(described, jobs, processes=2)) == [described(j) for j in jobs]


def test_runs_and_hands_cover_every_item_once():
    items = list(range(23))
    assert [i for run in parallel.runs(items, 4) for i in run] == items
    assert sorted(i for hand in parallel.dealt(items, 3) for i in hand) == items


def touched(path: str) -> str:
    Path(path).write_text("ran")
    return path


def test_the_workers_start_before_a_result_is_asked_for(tmp_path, monkeypatch):
    """So the caller can do other work meanwhile; while they run, work asked for is done in
    this process (no second pool is forked beside the first), and after them it is split again."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert parallel.workers() == 2
    marks = [str(tmp_path / f"{n}.txt") for n in range(3)]
    results = parallel.over_workers(touched, marks, processes=2)
    assert parallel.workers() == 1
    deadline = time.monotonic() + 60
    while not all(Path(mark).exists() for mark in marks):  # no result taken yet
        assert time.monotonic() < deadline, "the workers did not start"
        time.sleep(0.01)
    assert list(results) == marks
    assert parallel.workers() == 2


def test_closed_results_stop_their_workers(tmp_path):
    results = parallel.over_workers(time.sleep, [0.01] + [0.5] * 40, processes=2)
    assert next(results) is None
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 8  # the jobs not begun (10 s on each worker) are cancelled
    assert parallel._pools == 0
    results.close()  # twice is harmless
    assert parallel._pools == 0


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # nothing fails in the finaliser
def test_no_jobs_is_a_clear_error_that_leaves_no_pool_counted():
    with pytest.raises(ValueError):
        parallel.over_workers(described, [])
    assert parallel._pools == 0


def two_cores(monkeypatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="work aside is forked")
def test_work_aside_runs_in_a_worker_that_inherits_what_it_reads(monkeypatch):
    """Nothing is sent to the worker: it reads what this process held when it started."""
    two_cores(monkeypatch)
    held = {"manual": list(range(1000))}
    aside = parallel.Aside(lambda: (os.getpid(), sum(held["manual"])))
    assert aside.beside and parallel.workers() == 2  # no thread runs here for it: a pool may still start
    pid, total = aside.result()
    assert pid != os.getpid() and total == sum(range(1000))
    assert aside.result() == (pid, total)  # asked again: the same, not done again


def _lingering() -> int:
    """A result, and a worker that then takes seconds to end (as one freeing a province does)."""
    import threading

    threading.Thread(target=time.sleep, args=(3,)).start()  # waited for as the worker ends
    return os.getpid()


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="work aside is forked")
def test_the_worker_aside_is_not_waited_for_once_its_result_is_in(monkeypatch):
    two_cores(monkeypatch)
    aside = parallel.Aside(_lingering)
    started = time.monotonic()
    assert aside.result() != os.getpid()
    aside.close()
    assert time.monotonic() - started < 2.5 and not list(parallel._asides)


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="work aside is forked")
def test_work_aside_gives_way_to_a_pool(monkeypatch, tmp_path):
    """Work split over every core is worth more than one worker beside it: that stops first."""
    two_cores(monkeypatch)
    aside = parallel.Aside(lambda: time.sleep(30))
    started = time.monotonic()
    assert list(parallel.over_workers(described, [1, 2], processes=2, plain=True)) == [described(1), described(2)]
    with pytest.raises(parallel.Stopped, match="gave way"):
        aside.result()
    assert time.monotonic() - started < 20


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="work aside is forked")
def test_work_aside_that_fails_says_why(monkeypatch):
    two_cores(monkeypatch)
    with pytest.raises(parallel.Stopped, match="ZeroDivisionError"):
        parallel.Aside(lambda: 1 / 0).result()


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="work aside is forked")
def test_a_worker_never_writes_what_its_parent_printed_but_had_not_yet_written(monkeypatch, tmp_path):
    two_cores(monkeypatch)
    path = tmp_path / "out"
    with path.open("w", encoding="utf-8") as out:
        monkeypatch.setattr(sys, "stdout", out)
        print("said once", end="")  # buffered, not yet written when the worker is forked
        assert parallel.Aside(lambda: print("from the worker") or 1).result() == 1
        assert list(parallel.over_workers(described, [3], processes=1)) == [described(3)]
        monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "said once"


def test_work_aside_is_done_here_where_no_worker_may_start(monkeypatch):
    two_cores(monkeypatch)
    done = []
    aside = parallel.Aside(lambda: done.append(os.getpid()) or len(done), beside=False)
    assert not aside.beside and done == []  # done when its result is asked for, not before
    assert aside.result() == 1 and aside.result() == 1 and done == [os.getpid()]
    monkeypatch.setattr(parallel, "_in_worker", True)  # a worker splits nothing further
    assert not parallel.Aside(lambda: None).beside


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="work aside is forked")
def test_work_aside_closed_unasked_stops_its_worker(monkeypatch):
    two_cores(monkeypatch)
    aside = parallel.Aside(lambda: time.sleep(30))
    started = time.monotonic()
    aside.close()
    assert time.monotonic() - started < 8
    with pytest.raises(parallel.Stopped, match="closed"):
        aside.result()


@pytest.mark.skipif(parallel.START_METHOD != "fork", reason="a forked worker inherits what listens")
def test_a_worker_says_no_progress_of_its_own(monkeypatch, tmp_path):
    from isodocs.system.progress import Stage, advance, listening

    two_cores(monkeypatch)
    heard = tmp_path / "heard"

    def listener(stage, done, total):  # heard from whichever process says it
        with heard.open("a") as said:
            said.write(f"{os.getpid()} {done}/{total}\n")

    with listening(listener):
        aside = parallel.Aside(lambda: advance(Stage.READ, 1, 2) or os.getpid())
        assert aside.result() != os.getpid()
        advance(Stage.READ, 2, 2)
    assert heard.read_text() == f"{os.getpid()} 2/2\n"

