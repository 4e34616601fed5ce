"""Fixtures every test may use. The shared helpers (the standard manual, Git repositories, the
CLI run in-process, DOCX read as XML) are the package tests/support, imported by name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from support.manual import make_manual

# Property tests draw the same examples on every run (seeded by each test), with no example
# database and nothing that depends on how fast the machine is: a run fails for a reason, never by
# luck, and a failure in CI fails the same way on a laptop. ISODOCS_PROPERTY_EXAMPLES=5000 hunts
# further, with fresh random examples each time.
settings.register_profile("repeatable", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("hunt", deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("hunt" if os.environ.get("ISODOCS_PROPERTY_EXAMPLES") else "repeatable")


@pytest.fixture
def manual(tmp_path) -> Path:
    """A clean manual with one procedure, one policy, objectives and a legal register."""
    return make_manual(tmp_path, standard=True)


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch, tmp_path_factory):
    """Commands read every file afresh in tests (tests/load/test_cache.py turns the cache on),
    and a cache never lands in the user's home."""
    monkeypatch.setenv("ISODOCS_CACHE", "0")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))


@pytest.fixture
def shards_read(monkeypatch) -> list[str]:
    """The names of the cache shard files read from here on (load.cache.Cache), in order."""
    from isodocs.load.cache import Cache

    read: list[str] = []
    real = Cache._read
    monkeypatch.setattr(Cache, "_read", lambda self, folder, name: read.append(name) or real(self, folder, name))
    return read
