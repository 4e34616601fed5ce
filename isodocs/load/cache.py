"""Content-addressed caches: what was once worked out from Git objects that never change.

Parsing and validating YAML is nearly all of the time `check` takes on a large manual, and
between two runs almost every file is unchanged. A file's blob id names its exact bytes, so a
file read once need not be parsed again while its bytes stay the same: the `documents` cache
keeps, by blob id, the data of every document, approval record and legal file that loaded
without any finding (so every diagnostic is still reported on every run). In the same way a
commit id names a commit for good, so the history walk keeps what each commit changed
(`history/walk.py`), and the history which revision each blob of a document states.

Caches are plain JSON (never pickle), keyed by the isodocs version and its schemas, and
sealed with a secret of this user's (an HMAC): an entry is trusted as if its file had been
validated, so a cache that came with someone else's repository (a zipped `.git`, say) or was
edited is ignored, never believed. They are kept where
Git keeps its own caches (`.git/isodocs/`), under the user's cache folder for a folder outside
Git, or in the folder `ISODOCS_CACHE_DIR` names (for a forge's CI job to keep between runs). They are an optimisation only: any trouble reading or writing one is ignored, and
a damaged entry is worked out again. `ISODOCS_CACHE=0` turns them off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
import zlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import platformdirs
import pygit2

from isodocs.system.resources import read_text

_SCHEMAS = ("document", "approval", "legal", "manual")


@functools.cache
def _key() -> str:
    try:
        release = version("isodocs")
    except PackageNotFoundError:
        release = "source"
    schemas = "".join(read_text("schemas", f"{name}.schema.json") for name in _SCHEMAS)
    return hashlib.sha1((release + schemas).encode()).hexdigest()


SHARDS = 16  # files a cache is split into, by key: a run that adds one entry rewrites one


class Cache:
    """Entries kept in `SHARDS` JSON files (`<file stem>.<shard>.json`), each sealed on its own.
    With `keep_all`, entries this run did not use are kept too (facts about commits stay true
    for good); otherwise they drop out when saved (documents since changed or removed). Only
    the shards whose entries changed are written again: after one edit in a manual of 5,000
    documents, a sixteenth of the cache."""

    def __init__(self, file: Path | None, keep_all: bool = False, secret: bytes | None = None):
        """`file` None: a cache for this run only. Without the `secret` that seals it, the
        files are neither read nor written."""
        self.file, self.keep_all, self.secret = (file if secret else None), keep_all, secret
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.put_keys: set[str] = set()
        self.companions: list = []  # saved with it (a working tree's stat index)
        self.stored: list[frozenset[str]] = [frozenset()] * SHARDS  # the keys each shard file holds
        if self.file is None:
            return
        for shard in range(SHARDS):
            entries = self._read(self._shard_file(shard))
            if entries:
                self.entries.update(entries)
                self.stored[shard] = frozenset(entries)

    def _shard_file(self, shard: int) -> Path:
        return self.file.with_name(f"{self.file.stem}.{shard:x}.json")

    def _read(self, path: Path) -> dict:
        try:
            header, _, body = path.read_bytes().partition(b"\n")
            stored = json.loads(header)
            if stored.get("key") == _key() and hmac.compare_digest(str(stored.get("seal")), self._seal(body)):
                entries = json.loads(body)
                return entries if isinstance(entries, dict) else {}
        except (OSError, ValueError, AttributeError):
            pass
        return {}

    def _seal(self, body: bytes) -> str:
        return hmac.new(self.secret, body, hashlib.sha256).hexdigest()

    def get(self, key: str) -> Any:
        found = self.entries.get(key)
        if found is not None and not self.keep_all:
            self.used.add(key)
        return found

    def put(self, key: str, data: Any) -> None:
        self.entries[key] = data
        self.used.add(key)
        self.put_keys.add(key)

    def save(self, prune: bool = True) -> None:
        """Write, each atomically, the shards whose kept entries changed. Without `prune` the
        entries this run did not use are kept (a run that read only part of the manual)."""
        for companion in self.companions:
            companion.save()
        if self.file is None:
            return
        prune = prune and not self.keep_all
        kept = self.used if prune else self.entries.keys()
        shards: list[list[str]] = [[] for _ in range(SHARDS)]
        for key in kept:
            shards[_shard(key)].append(key)
        for shard, keys in enumerate(shards):
            if frozenset(keys) == self.stored[shard] and not self.put_keys.intersection(keys):
                continue
            body = json.dumps({k: self.entries[k] for k in sorted(keys)}, ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")
            header = json.dumps({"key": _key(), "seal": self._seal(body)}).encode()
            try:
                self.file.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=".cache.", dir=self.file.parent)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(header + b"\n" + body)
                os.replace(tmp, self._shard_file(shard))
            except OSError:
                continue
            self.stored[shard] = frozenset(keys)
        self.put_keys = set()


class StatIndex:
    """What Git's index does for its working tree: a file whose size, modification and change
    times and inode are as they were when it was hashed still has the blob id it had, so an
    unchanged file is neither read nor hashed (nor parsed: the blob-keyed cache has its data).
    A file modified within a second of being hashed is not recorded (racily clean, as Git says:
    a second change in the same tick would keep its times), so it is hashed again next time.
    Kept in a Cache of its own, sealed like the others."""

    RACY_NS = 1_000_000_000

    def __init__(self, cache: Cache):
        self.cache = cache

    def blob(self, path: str, st: os.stat_result) -> str | None:
        found = self.cache.get(path)
        if isinstance(found, list) and len(found) == 5 and found[:4] == _stat_of(st) and isinstance(found[4], str):
            return found[4]
        return None

    def record(self, path: str, st: os.stat_result, blob: str) -> None:
        if st.st_mtime_ns >= time.time_ns() - self.RACY_NS:
            return  # racily clean: hashed again next time
        if self.cache.get(path) != [*_stat_of(st), blob]:
            self.cache.put(path, [*_stat_of(st), blob])

    def save(self) -> None:
        self.cache.save()


def _stat_of(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]


def _shard(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % SHARDS


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
    home = Path(platformdirs.user_cache_dir("isodocs", appauthor=False))
    keep = os.environ.get("ISODOCS_CACHE_DIR")  # a folder a forge's CI job keeps between runs
    if keep:
        folder = Path(keep)
    elif repo is not None:
        folder = Path(repo.path) / "isodocs"
    else:
        folder = home
    # the seal's secret stays with the user, or with the folder a CI job keeps for itself
    secret = _secret(Path(keep) if keep else home)
    cache = Cache(folder / f"{kind}-{name}.json", keep_all, secret)
    if kind == "documents" and hasattr(source, "use_index"):  # a working tree: its stat index too
        index = StatIndex(Cache(folder / f"stat-{name}.json", False, secret))
        source.use_index(index)
        cache.companions.append(index)
    return cache


@functools.lru_cache(maxsize=8)
def _secret(folder: Path) -> bytes | None:
    """This user's secret for sealing caches, made on first use (or again if damaged), readable
    by them alone; None when it can be neither read nor made (then nothing is cached)."""
    file = folder / "cache.key"
    for _ in range(2):  # a second look, when another isodocs made the file meanwhile
        damaged = False
        try:
            secret = bytes.fromhex(file.read_text(encoding="ascii").strip())
            if len(secret) == 32:
                return secret
            damaged = True
        except ValueError:
            damaged = True
        except OSError:
            pass
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".key.", dir=folder)  # private to its owner
        except OSError:
            return None
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32))
            if damaged:  # caches sealed with it are ignored from now on
                os.replace(tmp, file)
            else:
                os.link(tmp, file)  # whole or not at all, and never over another's
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            with contextlib.suppress(OSError):
                os.replace(tmp, file)
        finally:
            Path(tmp).unlink(missing_ok=True)
    return None
