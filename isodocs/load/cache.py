"""A content-addressed cache of documents already read: Git blob id -> validated data.

Parsing and validating YAML is nearly all of the time `check` takes on a large manual, and
between two runs almost every file is unchanged. A file's blob id names its exact bytes, so a
document read once need not be parsed again while its bytes stay the same. Only documents that
loaded without any finding are kept, so every diagnostic is still reported on every run.

The cache is plain JSON (never pickle), keyed by the isodocs version and the document schema,
kept where Git keeps its own caches (`.git/isodocs/`) or under the user's cache folder for a
folder outside Git. It is an optimisation only: any trouble reading or writing it is ignored.
`ISODOCS_CACHE=0` turns it off.
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


@cache
def _key() -> str:
    try:
        release = version("isodocs")
    except PackageNotFoundError:
        release = "source"
    return hashlib.sha1((release + read_text("schemas", "document.schema.json")).encode()).hexdigest()


class DocumentCache:
    def __init__(self, file: Path):
        self.file = file
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.added = False
        try:
            stored = json.loads(file.read_text(encoding="utf-8"))
            if stored.get("key") == _key() and isinstance(stored.get("entries"), dict):
                self.entries = stored["entries"]
        except (OSError, ValueError, AttributeError):
            pass

    def get(self, key: str) -> Any:
        found = self.entries.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: str, data: Any) -> None:
        self.entries[key] = data
        self.used.add(key)
        self.added = True

    def save(self) -> None:
        """Keep what this run used (documents since removed drop out), if anything changed."""
        if not self.added and len(self.used) == len(self.entries):
            return
        payload = json.dumps({"key": _key(), "entries": {k: self.entries[k] for k in sorted(self.used)}},
                             ensure_ascii=False, separators=(",", ":"))
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".cache.", dir=self.file.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(tmp, self.file)
        except OSError:
            pass


def for_source(source) -> DocumentCache | None:
    """The cache of the manual `source` reads, or None when caching is off."""
    if os.environ.get("ISODOCS_CACHE", "1") == "0":
        return None
    repo = getattr(source, "repo", None)
    where = str(getattr(source, "root", "") or "")
    if repo is None and where:
        found = pygit2.discover_repository(where)
        repo = pygit2.Repository(found) if found else None
    name = hashlib.sha1((where or getattr(source, "subdir", "")).encode()).hexdigest()[:16]
    if repo is not None:
        return DocumentCache(Path(repo.path) / "isodocs" / f"documents-{name}.json")
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return DocumentCache(home / "isodocs" / f"documents-{name}.json")
