"""isodocs itself, as what it computes depends on it: every cache of results (a build's pages,
a check's findings) is keyed by it, so a changed isodocs never reuses what another made."""

from __future__ import annotations

import functools
import hashlib
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
    package = Path(__file__).resolve().parents[1]  # the isodocs package
    folders = [package, *(Path(str(resource_dir(name))) for name in ("templates", "schemas"))]
    for folder in dict.fromkeys(folders):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
