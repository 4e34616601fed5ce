"""The wheel carries every part of isodocs (pyproject.toml lists packages by hand)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "isodocs").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)


def test_every_shipped_file_kind_is_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    for folder, package in (("templates", "isodocs.templates"), ("schemas", "isodocs.schemas")):
        patterns = data[package]
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():  # as setuptools globs: a pattern's `*` stays inside one folder (init/*)
                inside = path.relative_to(ROOT / folder).as_posix()
                assert any(fnmatch.fnmatch(inside, pattern) and inside.count("/") == pattern.count("/")
                           for pattern in patterns), f"{inside} would not ship"
