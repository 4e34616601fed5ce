"""isodocs itself, as what it computes depends on it: every cache of results (a build's pages,
a check's findings) is keyed by it, so a changed isodocs never reuses what another made."""

from __future__ import annotations

import functools
import hashlib
import os
import re
from pathlib import Path

from isodocs.system.resources import resource_dir


@functools.cache
def code_digest() -> str:
    """isodocs itself: its version, the bytes of every file it ships (code, catalogues, and the
    shipped templates and schemas wherever they are) and the versions of the libraries it
    works with."""
    from importlib.metadata import PackageNotFoundError, requires
    from importlib.metadata import version as installed

    try:
        digest = hashlib.sha256(installed("isodocs").encode())
    except PackageNotFoundError:
        digest = hashlib.sha256(b"source")
    try:
        needed = sorted(re.split(r"[\s;<>=!~\[]", line, maxsplit=1)[0] for line in requires("isodocs") or ()
                        if "extra ==" not in line)
    except PackageNotFoundError:
        needed = []
    for name in needed:
        try:
            digest.update(f"{name}=={installed(name)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{name}\0".encode())
    for folder in _shipped():
        for relative, path in _files(folder):
            digest.update(relative.encode() + b"\0")
            with open(path, "rb") as file:
                digest.update(hashlib.sha256(file.read()).digest())
    return digest.hexdigest()


def _shipped() -> list[Path]:
    """The folders of what isodocs ships: the package, and its templates and schemas wherever
    they are."""
    package = Path(__file__).resolve().parents[1]
    return list(dict.fromkeys([package, *(Path(str(resource_dir(name))) for name in ("templates", "schemas"))]))


def _files(folder: Path) -> list[tuple[str, str]]:
    """(path relative to `folder`, with slashes; path) of every file under it but compiled
    bytecode, in the order of the relative paths."""
    found = []
    for top, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if name != "__pycache__"]
        base = os.path.relpath(top, folder).replace(os.sep, "/")
        for name in names:
            path = os.path.join(top, name)
            if os.path.isfile(path):
                found.append((name if base == "." else f"{base}/{name}", path))
    return sorted(found)
