"""Content-addressed caches: what was once worked out from Git objects that never change.

Parsing and validating YAML is nearly all of the time `check` takes on a large manual, and
between two runs almost every file is unchanged. A file's blob id names its exact bytes, so a
file read once need not be parsed again while its bytes stay the same: the `documents` cache
keeps, by blob id, the data of every document, approval record and legal file that loaded
without any finding (so every diagnostic is still reported on every run). In the same way a
commit id names a commit for good, so the history walk keeps what each commit changed
(`history/walk.py`), and the history which revision each blob of a document states.

Caches hold plain data (dicts, lists, text, numbers, bytes) in `marshal`'s format, which reads
several times faster than JSON and can make no object but those (never pickle, which runs
code); they are keyed by the isodocs version, its schemas and the Python that wrote them, and
sealed with a secret (an HMAC), the seal checked before a byte is decoded: an entry is trusted
as if its file had been validated, so the secret never comes from a repository or from any
folder under the working tree being read. It is the user's own (`cache.key` in their cache
folder, readable by them alone), or a CI job's (`ISODOCS_CACHE_SECRET`, set from the job's
secrets). A cache that came with a repository (a zipped `.git`, a committed cache folder) or
was edited is sealed with another secret, or none: it is ignored, never believed. Caches are
kept where Git keeps its own (`.git/isodocs/`), under the user's cache folder for a folder
outside Git, or in the folder `ISODOCS_CACHE_DIR` names (for a forge's CI job to keep between
runs). Shards and the key are read only as bounded regular files, and written with no link
followed on the way. They are an optimisation only: any trouble reading or writing one is
ignored, and a damaged entry is worked out again. `ISODOCS_CACHE=0` turns them off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import marshal
import os
import secrets
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import platformdirs
import pygit2

from isodocs import __version__
from isodocs.system import identity, parallel
from isodocs.system.files import UnsafePath, open_folder, write_file
from isodocs.system.resources import read_text

_SCHEMAS = ("document", "approval", "legal", "manual")


@functools.cache
def _key() -> str:
    release = __version__
    schemas = "".join(read_text("schemas", f"{name}.schema.json") for name in _SCHEMAS)
    python = f"{sys.implementation.name}{sys.version_info[:2]}marshal{marshal.version}"  # the format is Python's own
    return hashlib.sha1((release + schemas + python + f"shards{SHARDS}").encode()).hexdigest()


SHARDS = 64  # files a cache is split into, by key: a run that adds one entry rewrites one
MAX_SHARD = 64 << 20  # a province's rendered pages fill about 0.75 MiB of each shard


class Cache:
    """Entries kept in `SHARDS` files (`<file stem>.<shard>.cache`), each sealed on its own.
    With `keep_all`, entries this run did not use are kept too (facts about commits stay true
    for good); otherwise they drop out when saved (documents since changed or removed). Only
    the shards whose entries changed are written again: after one edit in a manual of 5,000
    documents, a sixty-fourth of the cache (a few shards for the pages and pieces a build
    renders again).

    A `lazy` cache reads a shard only when one of its entries is asked for: a run that needs
    a few entries of a large cache (a build after one change, the pages of two documents)
    reads a few shards. What such a run keeps without reading is `touch`ed: a shard it did not
    read stays as it was if it holds a touched entry, and is dropped if it holds none."""

    def __init__(self, file: Path | None, keep_all: bool = False, secret: bytes | None = None,
                 trusted: Path | None = None, edition: str = "", lazy: bool = False):
        """`file` None: a cache for this run only. Without the `secret` that seals it, the
        files are neither read nor written. Links on the way to `file` are never followed, except
        above `trusted` (a folder the user's own configuration names). `edition`: what all its
        entries depend on beyond the isodocs release (the code itself, for rendered pages);
        shards of another edition are dropped unread, so that they never take memory."""
        self.file, self.keep_all, self.secret = (file if secret else None), keep_all, secret
        self.lazy = lazy
        self.shards_read = [False] * SHARDS  # this run (or known empty)
        self._partial = False  # (lazy) some shards read, not all
        self.header_key = f"{_key()}:{edition}" if edition else _key()
        self.trusted = trusted
        self._entries: dict[str, Any] | None = None  # read on first use: a run may need none of them
        self.used: set[str] = set()
        self.put_keys: set[str] = set()
        self.companions: list = []  # saved with it (a working tree's stat index)
        self.stored: list[frozenset[str]] = [frozenset()] * SHARDS  # the keys each shard file holds
        self.shares = False  # strings shared before a shard is written (_shared): for entries that repeat them

    @property
    def entries(self) -> dict[str, Any]:
        if self._entries is None or self._partial:
            unread = [shard for shard in range(SHARDS) if not self.shards_read[shard]]
            for shard, entries in zip(unread, self._read_shards(unread)):
                self._took(shard, entries)
            self._partial = False
        return self._entries

    @entries.setter
    def entries(self, entries: dict[str, Any]) -> None:
        self._entries = entries
        self.shards_read = [True] * SHARDS
        self._partial = False

    def _took(self, shard: int, entries: dict) -> None:
        """The entries read from a shard's file, now held (a shard is read before any entry of
        it is put: none is overwritten)."""
        if self._entries is None:
            self._entries = {}
        self._entries.update(entries)
        self.stored[shard] = frozenset(entries)
        self.shards_read[shard] = True

    def _shard_read(self, key: str) -> None:
        """(lazy) The shard that holds `key`, read if it was not."""
        shard = _shard(key)
        if not self.shards_read[shard]:
            self._partial = True
            self._took(shard, self._read_shards([shard])[0])

    def _shard_file(self, shard: int) -> Path:
        return shard_file(self.file, shard)

    def _read_shards(self, shards: list[int]) -> list[dict]:
        """The entries of each of these shards: {} for one missing, damaged or sealed with
        another secret."""
        if self.file is None or not shards:
            return [{} for _ in shards]
        try:
            with open_folder(self.file.parent, trusted=self.trusted) as folder:  # opened once, not per shard
                return [self._read(folder, self._shard_file(shard).name) for shard in shards]
        except (OSError, UnsafePath):
            return [{} for _ in shards]

    def _read(self, folder, name: str) -> dict:
        try:
            data = folder.read(name, MAX_SHARD)
            cut = data.find(b"\n")
            if cut < 0:
                return {}
            header, body = data[:cut], memoryview(data)[cut + 1:]  # the body, dozens of MiB, not copied
            stored = json.loads(header)
            if stored.get("key") == self.header_key and hmac.compare_digest(str(stored.get("seal")), self._seal(body)):
                entries = marshal.loads(body)
                return entries if isinstance(entries, dict) else {}
        except (OSError, UnsafePath, ValueError, EOFError, TypeError, AttributeError):
            pass
        return {}

    def _seal(self, body: bytes) -> str:
        return hmac.new(self.secret, body, hashlib.sha256).hexdigest()

    def get(self, key: str) -> Any:
        if self.lazy:
            self._shard_read(key)
        found = (self._entries if self.lazy else self.entries).get(key)
        if found is not None and not self.keep_all:
            self.used.add(key)
        return found

    def touch(self, key: str) -> None:
        """Keep the entry `key`, if there is one, without reading it."""
        self.used.add(key)

    def put(self, key: str, data: Any) -> None:
        if self.lazy:
            self._shard_read(key)
        (self._entries if self.lazy else self.entries)[key] = data
        self.used.add(key)
        self.put_keys.add(key)

    def save(self, prune: bool = True) -> None:
        """Write, each atomically, the shards whose kept entries changed. Without `prune` the
        entries this run did not use are kept (a run that read only part of the manual)."""
        if parallel.in_worker():  # a worker reads caches; the process that started it writes them
            return
        for companion in self.companions:
            companion.save()
        if self.file is None or self._entries is None:  # never read nor written this run: as it was
            return
        prune = prune and not self.keep_all
        held = self._entries
        kept = self.used if prune else held.keys()
        shards: list[list[str]] = [[] for _ in range(SHARDS)]
        touched = [False] * SHARDS
        for key in kept:
            shard = _shard(key)
            touched[shard] = True
            if key in held:  # (lazy) not a key touched unread
                shards[shard].append(key)
        stale = [f"{self.file.stem}.{shard:x}.cache" for shard in range(SHARDS)
                 if not self.shards_read[shard] and prune and not touched[shard]]
        if stale:  # (lazy) unread shards holding nothing kept; the others unread stay as they were
            self._drop(*stale)
        for shard, keys in enumerate(shards):
            if not self.shards_read[shard]:
                continue
            if frozenset(keys) == self.stored[shard] and not self.put_keys.intersection(keys):
                continue
            written = {k: held[k] for k in sorted(keys)}
            body = marshal.dumps(_shared(written, {}) if self.shares else written)  # marshal.version: in the key
            header = json.dumps({"key": self.header_key, "seal": self._seal(body)}).encode()
            try:
                write_file(self._shard_file(shard), header + b"\n" + body, trusted=self.trusted, durable=False)
            except (OSError, UnsafePath):
                continue
            if not self.stored[shard]:  # not read from its file: perhaps an earlier isodocs wrote it as JSON
                self._drop(f"{self.file.stem}.{shard:x}.json")
            self.stored[shard] = frozenset(keys)
        self.put_keys = set()

    def _drop(self, *names: str) -> None:
        """Files of the cache's folder no longer needed: a shard an earlier isodocs wrote in its
        place, as JSON (never read again), or shards holding nothing this run kept."""
        with contextlib.suppress(OSError, UnsafePath), open_folder(self.file.parent, trusted=self.trusted) as folder:
            for name in names:
                with contextlib.suppress(OSError):
                    folder.unlink(name)


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
        if isinstance(found, list) and len(found) == 5 and found[:4] == stat_of(st) and isinstance(found[4], str):
            return found[4]
        return None

    def record(self, path: str, st: os.stat_result, blob: str) -> None:
        if st.st_mtime_ns >= time.time_ns() - self.RACY_NS:
            return  # racily clean: hashed again next time
        if self.cache.get(path) != [*stat_of(st), blob]:
            self.cache.put(path, [*stat_of(st), blob])

    def save(self) -> None:
        self.cache.save()


def stat_of(st: os.stat_result) -> list[int]:
    """What says a file is unchanged, as Git's index does: size, modification and change times, inode."""
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]


def _shared(value: Any, met: dict[str, str]) -> Any:
    """`value` with every string equal to one met before made that very one. Marshal writes an
    object it meets again as a reference to it, and reads it back as the same object: the keys
    and names every document repeats are then written and made once a shard: a province's
    documents cache is decoded a third faster."""
    kind = type(value)
    if kind is str:
        return met.setdefault(value, value)
    if kind is dict:
        return {met.setdefault(k, k) if type(k) is str else k: _shared(v, met) for k, v in value.items()}
    if kind is list:
        return [_shared(v, met) for v in value]
    if kind is tuple:
        return tuple(_shared(v, met) for v in value)
    return value


def _shard(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % SHARDS


def enabled() -> bool:
    return os.environ.get("ISODOCS_CACHE", "1") != "0"


def for_source(source, kind: str = "documents", scope: str = "", keep_all: bool = False,
               edition: str = "", lazy: bool = False) -> Cache | None:
    """The cache `kind` of the manual `source` reads (for `scope`, a part of it), or None when
    caching is off. `edition`, `lazy`: see Cache."""
    if not enabled():
        return None
    folder, name, trusted, read = _place(source, scope)
    # the secret never comes from what is read: not from the working tree, nor the manual's folder
    sealed_with = secret(read)
    if sealed_with:  # isodocs' own digest, remembered beside the first caches a command opens
        identity.remember_in(Cache(folder / "code", False, sealed_with, trusted, lazy=True))
    cache = Cache(folder / f"{kind}-{name}", keep_all, sealed_with, trusted, edition, lazy)
    cache.shares = kind == "documents"  # every document repeats its keys and many of its values
    if kind == "documents" and hasattr(source, "use_index"):  # a working tree: its stat index too
        index = StatIndex(Cache(folder / f"stat-{name}", False, sealed_with, trusted))
        source.use_index(index)
        cache.companions.append(index)
    return cache


def kept_size(source, kind: str = "documents", scope: str = "") -> int:
    """How many bytes of the cache `kind` of the manual `source` reads an earlier run kept (0:
    none, or caching is off); whether they can be believed is known only once read."""
    if not enabled():
        return 0
    folder, name, _, _ = _place(source, scope)
    size = 0
    for shard in range(SHARDS):
        try:
            size += os.stat(shard_file(folder / f"{kind}-{name}", shard)).st_size
        except OSError:
            continue
    return size


def shard_file(file: Path, shard: int) -> Path:
    """The file of one shard of the cache kept as `file`."""
    return file.with_name(f"{file.stem}.{shard:x}.cache")


def _place(source, scope: str) -> tuple[Path, str, Path | None, list[Path]]:
    """Where the caches of the manual `source` reads (for `scope`) are kept: the folder, their
    name after their kind, the folder above which links may be followed (None: none), and the
    folders the secret must not come from."""
    repo = getattr(source, "repo", None)
    where = str(getattr(source, "root", "") or "")
    if repo is None and where:
        found = pygit2.discover_repository(where)
        repo = pygit2.Repository(found) if found else None
    name = hashlib.sha1((where or getattr(source, "subdir", "")).encode()).hexdigest()[:16]
    if scope:
        name += "-" + hashlib.sha1(scope.encode()).hexdigest()[:8]
    keep = os.environ.get("ISODOCS_CACHE_DIR")  # a folder a forge's CI job keeps between runs
    if keep:
        folder, trusted = Path(keep), None  # named by the job, perhaps inside the checkout: no link on its way
    elif repo is not None:
        folder, trusted = Path(repo.path) / "isodocs", Path(repo.path)
    else:
        home = user_folder()
        folder, trusted = home, home
    return folder, name, trusted, [Path(p) for p in (where, repo.workdir if repo is not None else None) if p]


def user_folder() -> Path:
    return Path(platformdirs.user_cache_dir("isodocs", appauthor=False))


SECRET_VARIABLE = "ISODOCS_CACHE_SECRET"
_KEY_FILE = "cache.key"


def secret(read: list[Path] = ()) -> bytes | None:
    """The secret that seals caches: the CI job's (ISODOCS_CACHE_SECRET, hex, from its secrets),
    else the user's own key. None (nothing cached) when the variable is not a secret of at least
    16 bytes, or when the user's cache folder lies in a folder being `read` (a CI job that puts
    XDG_CACHE_HOME inside the checkout): a key found there could be the repository's own."""
    given = os.environ.get(SECRET_VARIABLE)
    if given is not None:
        try:
            found = bytes.fromhex(given.strip())
        except ValueError:
            return None
        return found if len(found) >= 16 else None
    home = user_folder()
    if any(_within(home, folder) for folder in read):
        return None
    return _secret(home)


def _within(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=8)
def _secret(folder: Path) -> bytes | None:
    """This user's secret for sealing caches, made on first use (or again if damaged), readable
    by them alone; None when it can be neither read nor made (then nothing is cached). Only a
    regular file is read: a link or a FIFO in its place leaves caching off."""
    for _ in range(2):  # a second look, when another isodocs made the file meanwhile
        try:
            with open_folder(folder, create=True, trusted=folder) as opened:
                try:
                    secret = bytes.fromhex(opened.read(_KEY_FILE, 128).decode("ascii").strip())
                    if len(secret) == 32:
                        return secret
                    damaged = True
                except (ValueError, UnicodeDecodeError):
                    damaged = True
                except FileNotFoundError:
                    damaged = False
                except UnsafePath as exc:  # a link or a FIFO in its place is not ours to replace
                    if exc.why != "too_large":
                        return None
                    damaged = True
                _make_key(opened, damaged)
        except (OSError, UnsafePath):
            return None
    return None


def _make_key(folder, damaged: bool) -> None:
    """Write a new key, private to its owner: in place of a damaged one (caches sealed with it
    are ignored from now on), or, when there is none, only if no other isodocs made one first."""
    temporary = f".key.{secrets.token_hex(4)}.isodocs-tmp"
    folder.write_new(temporary, secrets.token_hex(32).encode("ascii"), mode=0o600)
    try:
        if damaged:
            folder.replace(temporary, _KEY_FILE)
        else:
            folder.link(temporary, _KEY_FILE)  # whole or not at all, and never over another's
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        folder.replace(temporary, _KEY_FILE)
    finally:
        folder.unlink(temporary)
