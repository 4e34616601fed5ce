"""Work split over worker processes (isodocs.system.parallel)."""

from __future__ import annotations

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
