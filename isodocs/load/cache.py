"""Content-addressed caches: what was once worked out from Git objects that never change.

Parsing and validating YAML is nearly all of the time `check` takes on a large manual, and
between two runs almost every file is unchanged. A file's blob id names its exact bytes, so a
file read once need not be parsed again while its bytes stay the same: the `documents` cache
keeps, by blob id, the data of every document, approval record and legal file that loaded
without any finding (so every diagnostic is still reported on every run). In the same way a
commit id names a commit for good, so the history walk keeps what each commit changed
(`history/walk.py`), and the history which revision each blob of a document states.

Caches are plain JSON (never pickle), keyed by the isodocs version and its schemas, kept where
Git keeps its own caches (`.git/isodocs/`), under the user's cache folder for a folder outside
Git, or in the folder `ISODOCS_CACHE_DIR` names (for a forge's CI job to keep between runs). They are an optimisation only: any trouble reading or writing one is ignored, and
a damaged entry is worked out again. `ISODOCS_CACHE=0` turns them off.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pygit2

from ..resources import read_text

_SCHEMAS = ("document", "approval", "legal", "manual")


@cache
def _key() -> str:
    try:
        release = version("isodocs")
    except PackageNotFoundError:
        release = "source"
    schemas = "".join(read_text("schemas", f"{name}.schema.json") for name in _SCHEMAS)
    return hashlib.sha1((release + schemas).encode()).hexdigest()


class Cache:
    """One JSON file of entries. With `keep_all`, entries this run did not use are kept too
    (facts about commits stay true for good); otherwise they drop out when saved (documents
    since changed or removed)."""

    def __init__(self, file: Path | None, keep_all: bool = False):
        """`file` None: a cache for this run only."""
        self.file, self.keep_all = file, keep_all
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.added = False
        if file is None:
            return
        try:
            stored = json.loads(file.read_text(encoding="utf-8"))
            if stored.get("key") == _key() and isinstance(stored.get("entries"), dict):
                self.entries = stored["entries"]
        except (OSError, ValueError, AttributeError):
            pass

    def get(self, key: str) -> Any:
        found = self.entries.get(key)
        if found is not None and not self.keep_all:
            self.used.add(key)
        return found

    def put(self, key: str, data: Any) -> None:
        self.entries[key] = data
        self.used.add(key)
        self.added = True

    def save(self, prune: bool = True) -> None:
        """Write the entries kept, if anything changed, atomically. Without `prune` the entries
        this run did not use are kept (a run that read only part of the manual)."""
        prune = prune and not self.keep_all
        if self.file is None or not self.added and (not prune or len(self.used) == len(self.entries)):
            return
        kept = {k: self.entries[k] for k in self.used} if prune else self.entries
        payload = json.dumps({"key": _key(), "entries": dict(sorted(kept.items()))},
                             ensure_ascii=False, separators=(",", ":"))
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".cache.", dir=self.file.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(tmp, self.file)
        except OSError:
            pass


def enabled() -> bool:
    return os.environ.get("ISODOCS_CACHE", "1") != "0"


def for_source(source, kind: str = "documents", scope: str = "", keep_all: bool = False) -> Cache | None:
    """The cache `kind` of the manual `source` reads (for `scope`, a part of it), or None when
    caching is off."""
    if not enabled():
        return None
    repo = getattr(source, "repo", None)
    where = str(getattr(source, "root", "") or "")
    if repo is None and where:
        found = pygit2.discover_repository(where)
        repo = pygit2.Repository(found) if found else None
    name = hashlib.sha1((where or getattr(source, "subdir", "")).encode()).hexdigest()[:16]
    if scope:
        name += "-" + hashlib.sha1(scope.encode()).hexdigest()[:8]
    if os.environ.get("ISODOCS_CACHE_DIR"):  # a folder a forge's CI job keeps between runs
        folder = Path(os.environ["ISODOCS_CACHE_DIR"])
    elif repo is not None:
        folder = Path(repo.path) / "isodocs"
    else:
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "isodocs"
    return Cache(folder / f"{kind}-{name}.json", keep_all)
