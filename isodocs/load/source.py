"""Where a manual's bytes come from: a folder on disk, or a commit of a Git repository.

Both give the same view: the manual's files by path relative to the manual root, each
read once, each with its Git blob id (so later stages can cache and diff by content).
Nothing outside the manual's folder is ever read: links are reported, not followed.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Mapping

import pygit2

from isodocs.i18n import Msg
from isodocs.system.files import UnsafePath, read_file

CONFIG_FILE = "isodocs.yaml"
REFERENCE_DOCX = "reference.docx"
APPROVALS_DIR = "approvals"
SCANNED_DIRS = ("documents", "legal", "templates", APPROVALS_DIR)


class SourceError(Exception):
    """The manual cannot be opened at all (exit code 2), and why."""

    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Entry:
    path: str  # relative to the manual root, POSIX separators
    size: int
    link: bool = False  # a symbolic link (never followed)
    submodule: bool = False  # a folder that is another repository (a Git submodule): never read
    special: bool = False  # a FIFO, a device, a socket: never opened

    @property
    def readable(self) -> bool:
        """A file isodocs reads (not a link, a submodule or a special file, each reported)."""
        return not (self.link or self.submodule or self.special)


class Source:
    """A manual's files. Subclasses list and read them."""

    label: str
    commit: str = ""
    commit_time: int | None = None

    def entries(self) -> list[Entry]:
        raise NotImplementedError

    def read(self, path: str) -> bytes:
        raise NotImplementedError

    def blob_id(self, path: str, data: bytes) -> str:
        return str(pygit2.hash(data))

    def known_blob(self, path: str) -> str | None:
        """The file's blob id when known without reading the file (a commit's tree names it)."""
        return None

    def blob_ids(self, paths: Iterable[str]) -> dict[str, str]:
        """The blob id of each listed file (paths from `entries()`), without parsing anything:
        a folder hashes the bytes, a commit already knows them. Unreadable files get ""."""
        ids = {}
        for path in paths:
            try:
                ids[path] = self.blob_id(path, self.read(path))
            except OSError:
                ids[path] = ""
        return ids


def inside(path: str) -> bool:
    """Whether a relative path written in a document stays inside the manual."""
    p = PurePosixPath(path.replace("\\", "/"))
    if p.is_absolute() or (p.parts and p.parts[0].endswith(":")):
        return False
    depth = 0
    for part in p.parts:
        depth += -1 if part == ".." else (0 if part == "." else 1)
        if depth < 0:
            return False
    return True


def normalise(path: str) -> str:
    return os.path.normpath(path.replace("\\", "/")).replace(os.sep, "/")


MAX_READ = 64 << 20  # more than any file isodocs reads may hold (reference.docx: 32 MiB)


class FolderSource(Source):
    def __init__(self, root: Path):
        self.root = root
        self.label = str(root)
        self.index = None  # a stat index (load.cache.StatIndex): blob ids of files unchanged since hashed
        self._stats: dict[str, os.stat_result] = {}
        self._known: dict[str, str] = {}  # known_blob's answers
        self._git: tuple[pygit2.Repository, Path] | None | bool = False  # looked up when first needed
        self._listed: list[Entry] | None = None

    def use_index(self, index) -> None:
        self.index = index
        self._known.clear()

    def known_blob(self, path: str) -> str | None:
        """The blob id of a file the stat index saw as it is now (size, times, inode), unread."""
        found = self._known.get(path)
        if found is None:
            st = self._stats.get(path)
            found = self.index.blob(path, st) if self.index is not None and st is not None else None
            if found is not None:  # asked again as the manual is read: the file was listed once
                self._known[path] = found
        return found

    def blob_id(self, path: str, data: bytes) -> str:
        blob = self._as_git_hashes(path, data)
        st = self._stats.get(path)
        if self.index is not None and st is not None and st.st_size == len(data):
            self.index.record(path, st, blob)
        return blob

    def entries(self) -> list[Entry]:
        """The files, listed once: a command reads the folder as it was when first listed (one
        that changes files opens it again)."""
        if self._listed is None:
            self._listed = self._list()
        return list(self._listed)

    def _list(self) -> list[Entry]:
        found: list[Entry] = []
        for name in (CONFIG_FILE, REFERENCE_DOCX):
            entry = self._entry(name)
            if entry:
                found.append(entry)
        for top in SCANNED_DIRS:
            base = self.root / top
            if base.is_symlink():
                found.append(Entry(top, 0, link=True))
                continue
            if _other_repository(base):
                found.append(Entry(top, 0, submodule=True))
                continue
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                rel_dir = Path(dirpath).relative_to(self.root).as_posix()
                for name in sorted(filenames):
                    if not name.startswith("."):
                        entry = self._entry(f"{rel_dir}/{name}")
                        if entry:
                            found.append(entry)
                # links to folders are listed as links, never walked; nor is another repository
                for d in list(dirnames):
                    if (Path(dirpath) / d).is_symlink():
                        found.append(Entry(f"{rel_dir}/{d}", 0, link=True))
                        dirnames.remove(d)
                    elif _other_repository(Path(dirpath) / d):
                        found.append(Entry(f"{rel_dir}/{d}", 0, submodule=True))
                        dirnames.remove(d)
        return found

    def _entry(self, rel: str) -> Entry | None:
        try:
            st = os.lstat(os.path.join(self.root, rel))  # not pathlib: thousands of files
        except (OSError, ValueError):  # ValueError: a NUL in the name
            return None
        if stat.S_ISLNK(st.st_mode):
            return Entry(rel, 0, link=True)
        if stat.S_ISREG(st.st_mode):
            self._stats[rel] = st
            self._known.pop(rel, None)
            return Entry(rel, st.st_size)
        return None if stat.S_ISDIR(st.st_mode) else Entry(rel, 0, special=True)

    def exists(self, rel: str) -> bool:
        if not inside(rel):
            return False
        rel = normalise(rel)
        parts = rel.split("/")
        # a link to a folder on the way would lead outside the manual: not followed either
        if any(os.path.islink(self.root.joinpath(*parts[:i])) for i in range(1, len(parts))):
            return False
        entry = self._entry(rel)
        return entry is not None and entry.readable

    def read(self, path: str) -> bytes:
        """A listed file's bytes: never through a link, never a FIFO or device (OSError)."""
        try:
            return read_file(os.path.join(self.root, path), MAX_READ, follow=False)
        except UnsafePath as exc:
            raise OSError(errno.EINVAL, "not a regular file" if exc.why != "too_large" else "too large") from None

    def _as_git_hashes(self, path: str, data: bytes) -> str:
        """The blob id Git gives the file: after its filters, so a file checked out with CRLF
        line ends (core.autocrlf, Git for Windows' default) has the id of its committed bytes."""
        if b"\r" in data or b"$Id" in data:  # only then can Git's own filters (eol, ident) store other bytes
            stored = self._as_git_stores(path, data)
            if stored is not None:
                return str(pygit2.hash(stored))
        return str(pygit2.hash(data))

    def _as_git_stores(self, path: str, data: bytes) -> bytes | None:
        if self._git is False:
            found = pygit2.discover_repository(str(self.root))
            repo = pygit2.Repository(found) if found else None
            self._git = (repo, Path(repo.workdir).resolve()) if repo is not None and repo.workdir else None
        if not self._git:
            return None
        repo, workdir = self._git
        try:
            rel = (self.root.resolve() / path).relative_to(workdir).as_posix()
            filters = repo.load_filter_list(rel)
            return data if filters is None else filters.apply_to_buffer(data)
        except (ValueError, pygit2.GitError):
            return None


def _other_repository(folder: Path) -> bool:
    """Whether a folder is the working tree of another repository (a submodule has a `.git` file)."""
    return os.path.lexists(folder / ".git")


# Blob id -> size. An id fixes the content, so this holds across commits and repositories;
# two revisions of a manual share most blobs, and reading each header costs a file open.
_BLOB_SIZES: dict[pygit2.Oid, int] = {}


class GitSource(Source):
    """A manual as it is in one commit. `subdir` is the manual's folder inside the repository."""

    def __init__(self, repo: pygit2.Repository, commit: pygit2.Commit, subdir: str, label: str):
        self.repo = repo
        self.commit = str(commit.id)
        self.commit_time = commit.commit_time
        self.label = label
        self.subdir = subdir
        tree = commit.tree
        if subdir:
            try:
                obj = tree[subdir]
            except (KeyError, ValueError):
                raise SourceError(Msg("{subdir} does not exist in {label}", subdir=subdir, label=label)) from None
            if obj.type != pygit2.enums.ObjectType.TREE:
                raise SourceError(Msg("{subdir} is not a folder in {label}", subdir=subdir, label=label))
            tree = repo[obj.id]
        self.tree = tree
        self._blobs: dict[str, pygit2.Oid] = {}
        self._entries: list[Entry] | None = None

    def entries(self) -> list[Entry]:
        """The files, listed once: a commit never changes (a province's tree takes 0.4 s)."""
        if self._entries is None:
            self._entries = self._list()
        return list(self._entries)

    def _list(self) -> list[Entry]:
        found: list[Entry] = []
        for name in (CONFIG_FILE, REFERENCE_DOCX):
            entry = self._entry(self.tree, name, name)
            if entry:
                found.append(entry)
        for top in SCANNED_DIRS:
            if top in self.tree:
                self._walk(self.tree[top], top, found)
        return found

    def _walk(self, obj, rel: str, found: list[Entry]) -> None:
        if obj.filemode == pygit2.enums.FileMode.LINK:
            found.append(Entry(rel, 0, link=True))
        elif obj.filemode == pygit2.enums.FileMode.COMMIT:  # a submodule: another repository's commit
            found.append(Entry(rel, 0, submodule=True))
        elif obj.type == pygit2.enums.ObjectType.TREE:
            for child in sorted(self.repo[obj.id], key=lambda c: c.name):
                if not child.name.startswith("."):
                    self._walk(child, f"{rel}/{child.name}", found)
        elif obj.type == pygit2.enums.ObjectType.BLOB:
            self._blobs[rel] = obj.id
            found.append(Entry(rel, self._size(obj.id)))

    def _entry(self, tree, name: str, rel: str) -> Entry | None:
        if name not in tree:
            return None
        obj = tree[name]
        found: list[Entry] = []
        self._walk(obj, rel, found)
        return found[0] if found and obj.type != pygit2.enums.ObjectType.TREE else None

    def _size(self, oid: pygit2.Oid) -> int:
        size = _BLOB_SIZES.get(oid)
        if size is None:
            if len(_BLOB_SIZES) >= 1 << 20:
                _BLOB_SIZES.clear()
            _, size = self.repo.odb.read_header(oid)  # the size without inflating the blob
            _BLOB_SIZES[oid] = size
        return size

    def exists(self, rel: str) -> bool:
        if not inside(rel):
            return False
        try:
            obj = self.tree[normalise(rel)]
        except KeyError:
            return False
        return obj.type == pygit2.enums.ObjectType.BLOB and obj.filemode != pygit2.enums.FileMode.LINK

    def read(self, path: str) -> bytes:
        return blob_bytes(self.repo, self._blobs.get(path) or self.tree[path].id)

    def blob_id(self, path: str, data: bytes) -> str:
        oid = self._blobs.get(path)
        return str(oid) if oid else super().blob_id(path, data)

    def known_blob(self, path: str) -> str | None:
        oid = self._blobs.get(path)
        return str(oid) if oid else None

    def blob_ids(self, paths: Iterable[str]) -> dict[str, str]:
        self.entries()  # the tree is walked once, naming each blob
        return {path: str(self._blobs[path]) if path in self._blobs else "" for path in paths}


class BlobSource(Source):
    """Files given by blob id, with no commit around them: one register file as it was, or
    the files a worker process parses ahead for the cache."""

    def __init__(self, repo: pygit2.Repository, blobs: Mapping[str, pygit2.Oid], label: str = "blobs"):
        self.repo, self.blobs, self.label = repo, blobs, label

    def entries(self) -> list[Entry]:
        return [Entry(path, self.repo.odb.read_header(oid)[1]) for path, oid in self.blobs.items()]

    def read(self, path: str) -> bytes:
        return blob_bytes(self.repo, self.blobs[path])

    def known_blob(self, path: str) -> str | None:
        return str(self.blobs[path]) if path in self.blobs else None

    def blob_id(self, path: str, data: bytes) -> str:
        return str(self.blobs[path])


def blob_bytes(repo: pygit2.Repository, oid: pygit2.Oid) -> bytes:
    """A blob's bytes, read from the object database without making a Blob object (a whole
    manual's history reads tens of thousands). KeyError when there is no such blob."""
    kind, data = repo.odb.read(oid)
    if kind != pygit2.enums.ObjectType.BLOB:
        raise KeyError(str(oid))
    return data


def open_source(path: str | os.PathLike | None = None, rev: str | None = None, repo: str | None = None) -> Source:
    """Open the manual at `path` (default: the current folder), or as it is in commit `rev`.

    With `repo` (a bare repository, as on a forge), `path` is the manual's folder inside it
    and `rev` defaults to HEAD.
    """
    if repo is not None:
        return _open_in_repository(repo, str(path or "").strip("/"), rev or "HEAD")
    root = Path(path or ".").absolute()
    if rev is None:
        if not root.is_dir():
            if path is not None and _names_a_revision(str(path)):
                raise SourceError(Msg("{path} is a revision of the repository, not a folder: to read the manual as "
                                      "it is there, add --rev {path}", path=path))
            raise SourceError(Msg("{root} is not a folder", root=root))
        if not (root / CONFIG_FILE).is_file():
            raise _no_manual(str(root))
        return FolderSource(root)
    start = root  # the manual's folder may exist only in that revision, not in the working tree
    while not start.exists() and start.parent != start:
        start = start.parent
    repo_path = pygit2.discover_repository(str(start))
    if repo_path is None:
        raise SourceError(Msg("{root} is not inside a Git repository, so --rev cannot be used", root=root))
    repo = pygit2.Repository(repo_path)
    commit = _commit(repo, rev, repo_path)
    workdir = Path(repo.workdir).resolve() if repo.workdir else None
    subdir = ""
    if workdir is not None:
        try:
            subdir = root.resolve().relative_to(workdir).as_posix()
        except ValueError:
            raise SourceError(Msg("{root} is outside the repository's working tree {workdir}", root=root,
                                  workdir=workdir)) from None
        subdir = "" if subdir == "." else subdir
    source = GitSource(repo, commit, subdir, f"{rev}:{subdir}" if subdir else rev)
    if CONFIG_FILE not in source.tree:
        raise _no_manual(source.label)
    return source


def _open_in_repository(repo_path: str, subdir: str, rev: str) -> Source:
    try:
        repo = pygit2.Repository(repo_path)
    except pygit2.GitError:
        raise SourceError(Msg("{repo_path} is not a Git repository", repo_path=repo_path)) from None
    commit = _commit(repo, rev, repo_path)
    source = GitSource(repo, commit, subdir, f"{rev}:{subdir}" if subdir else rev)
    if CONFIG_FILE not in source.tree:
        raise _no_manual(source.label)
    return source


def _commit(repo: pygit2.Repository, rev: str, where: str) -> pygit2.Commit:
    try:
        return repo.revparse_single(rev).peel(pygit2.Commit)
    except (KeyError, ValueError, pygit2.GitError, pygit2.InvalidSpecError):
        if (Path(rev) / CONFIG_FILE).is_file():
            raise SourceError(Msg("{rev!r} is a manual's folder, not a commit, branch or tag: name the folder with "
                                  "-C {rev}", rev=rev)) from None
        if rev == "HEAD" and repo.head_is_unborn:
            raise SourceError(Msg("the repository {where} has no commit yet: commit the manual first (`isodocs check` "
                                  "and `isodocs build --draft` read the files as they are)", where=where)) from None
        raise SourceError(Msg("{rev!r} names no commit, branch or tag in {where}", rev=rev, where=where)) from None


def _names_a_revision(text: str) -> bool:
    """Whether `text` names a commit, branch or tag of the repository holding the current folder."""
    found = pygit2.discover_repository(str(Path.cwd()))
    if found is None:
        return False
    try:
        pygit2.Repository(found).revparse_single(text).peel(pygit2.Commit)
    except (KeyError, ValueError, pygit2.GitError, pygit2.InvalidSpecError):
        return False
    return True


def _no_manual(where: str) -> SourceError:
    return SourceError(
        Msg("no manual at {where}: it has no isodocs.yaml (run isodocs in the manual's folder, or name that folder)",
            where=where),
    )
