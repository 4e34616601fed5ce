"""isodocs itself, as what it computes depends on it: every cache of results (a build's pages,
a check's findings) is keyed by it, so a changed isodocs never reuses what another made."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from pathlib import Path

from isodocs import __version__
from isodocs.system.resources import resource_dir


_memory: list = []  # a sealed cache that remembers code_digest by fingerprint (remember_in)


def remember_in(cache) -> None:
    """Remember code_digest in `cache` (get/put/save: a sealed load.cache.Cache, the first one a
    command opens): a command then starts without reading isodocs' files and the metadata of
    every library it uses, only their times (fingerprint)."""
    if not _memory:
        _memory.append(cache)


@functools.cache
def code_digest() -> str:
    """isodocs itself: its version, the bytes of every file it ships (code, catalogues, and the
    shipped templates and schemas wherever they are) and the versions of the libraries it
    works with; as remembered by the fingerprint of all that, where a cache remembers it."""
    if not _memory:
        return _code_digest()
    cache, key = _memory[0], "code:" + fingerprint()
    found = cache.get(key)
    if isinstance(found, str) and len(found) == 64:
        return found
    digest = _code_digest()
    cache.put(key, digest)
    cache.save()
    return digest


def fingerprint() -> str:
    """What code_digest is made of, as the file system tells it without reading a file: the
    release, this Python, the size, times and inode of every file isodocs ships, and the
    libraries installed in each folder of the path (their metadata folders are named after
    their versions: installing, upgrading or removing one changes the names)."""
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0{sys.executable}".encode("utf-8", "surrogatepass"))
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        installed = sorted(name for name in names if name.endswith((".dist-info", ".egg-info")))
        if installed:  # not the folder a command is run in, whose files come and go
            digest.update("\0".join((entry, *installed, "")).encode("utf-8", "surrogatepass"))
    for folder in _shipped():
        for relative, path in _files(folder):
            st = os.stat(path)
            digest.update(f"{relative}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}\0"
                          .encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _code_digest() -> str:
    from importlib.metadata import PackageNotFoundError, requires
    from importlib.metadata import version as installed

    digest = hashlib.sha256(__version__.encode())
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
