"""Files that ship with isodocs: the JSON Schemas and the built-in templates.

In a wheel they are the packages isodocs.schemas and isodocs.templates; in a source
checkout they are the repository's top-level schemas/ and templates/ folders.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def resource_dir(name: str) -> Traversable:
    try:
        return importlib.resources.files(f"isodocs.{name}")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / name


def read_text(folder: str, name: str) -> str:
    return (resource_dir(folder) / name).read_text(encoding="utf-8")


def read_bytes(folder: str, name: str) -> bytes:
    return (resource_dir(folder) / name).read_bytes()
