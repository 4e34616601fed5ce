"""Fixtures every test may use. The shared helpers (the standard manual, Git repositories, the
CLI run in-process, DOCX read as XML) are the package tests/support, imported by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.manual import make_manual


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
