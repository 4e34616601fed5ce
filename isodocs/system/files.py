"""Reading and writing files without following links: what a repository holds may be hostile.

A repository can commit a symbolic link where isodocs writes (the `build` folder, a record's
folder under approvals/, a cache folder) or a special file where it reads (a FIFO that never
ends, a link to /dev/zero). So every folder written to is opened one component at a time,
refusing a link anywhere on the way (below a folder the user's own configuration names), and
every file read is a regular file of bounded size. Outputs are replaced whole: a file by one
rename, a build's set of files by a journal that a killed run's successor completes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import stat
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, Mapping

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# Windows opens a device, not a file, for these names, whatever follows a dot (NUL.docx is NUL)
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³")})


def safe_name(code: str) -> str:
    """A document code as a file name on every system: QT 02/CX-HCTP -> QT 02_CX-HCTP,
    CON -> _CON."""
    name = _UNSAFE.sub("_", code).strip(" .")
    if name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        name = "_" + name
    return name or "_"


def ascii_name(text: str) -> str:
    """`safe_name` in plain ASCII, for names Git and every file system keep alike (macOS
    decomposes accented names, Windows tools mangle them): 123/2015/NĐ-CP -> 123_2015_ND-CP."""
    folded = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c if c.isascii() else "_" for c in folded if not unicodedata.combining(c))
    return safe_name(plain.replace("/", "_"))


# --- refusals ------------------------------------------------------------------------------------

Why = Literal["link", "not_folder", "not_file", "too_large", "changed"]


class UnsafePath(Exception):
    """A path isodocs will not write to or read from, and why: `path` is the offending
    component (a link, a file where a folder belongs, a folder or special file where a file
    belongs, a file larger than asked, a file changed while read: `Source`)."""

    def __init__(self, path: Path, why: Why, limit: int = 0):
        super().__init__(f"{path}: {why}")
        self.path, self.why, self.limit = Path(path), why, limit


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
# Where folders can be opened and worked in by descriptor (Linux, macOS, the BSDs), a link cannot
# be slipped in between the check and the write; elsewhere (Windows) each component is checked.
_BY_DESCRIPTOR = (bool(_NOFOLLOW and _DIRECTORY) and {os.open, os.mkdir, os.unlink, os.rename, os.stat}
                  <= os.supports_dir_fd and os.listdir in os.supports_fd)


def _is_link(st: os.stat_result) -> bool:
    return stat.S_ISLNK(st.st_mode) or bool(getattr(st, "st_reparse_tag", 0))  # a Windows junction too


def _refusal(path: Path, st: os.stat_result | None, want_folder: bool) -> UnsafePath:
    if st is not None and _is_link(st):
        return UnsafePath(path, "link")
    return UnsafePath(path, "not_folder" if want_folder else "not_file")


# --- folders opened without following links ------------------------------------------------------

class Folder:
    """A folder reached with no link on its path; its entries are named by plain names."""

    def __init__(self, path: Path, fd: int | None):
        self.path, self.fd = path, fd

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def _at(self, name: str) -> dict:
        return {"dir_fd": self.fd} if self.fd is not None else {}

    def _name(self, name: str) -> str:
        return name if self.fd is not None else os.path.join(self.path, name)

    def lstat(self, name: str) -> os.stat_result | None:
        try:
            return os.stat(self._name(name), follow_symlinks=False, **self._at(name))
        except FileNotFoundError:
            return None

    def names(self) -> list[str]:
        return sorted(os.listdir(self.fd if self.fd is not None else self.path))

    def read(self, name: str, limit: int) -> bytes:
        """A regular file in this folder, at most `limit` bytes; UnsafePath otherwise (a link,
        a FIFO, a device, a folder, a larger file), OSError when it cannot be read."""
        return _read_open(self._open_to_read(name), self.path / name, limit)

    def open_same(self, name: str, unchanged: Callable[[os.stat_result], bool]) -> Source:
        """A regular file in this folder, opened to be read without following a link, when
        `unchanged(its stat)` says it is the file the caller knows; UnsafePath when it is not
        (another file, a link, no regular file), OSError when it cannot be opened."""
        source = Source(self._open_to_read(name), self.path / name, unchanged)
        try:
            source.check()
        except BaseException:
            source.close()
            raise
        return source

    def _open_to_read(self, name: str) -> int:
        """A descriptor of `name` open for reading, never through a link (UnsafePath)."""
        if self.fd is None:  # no descriptors: look first
            st = self.lstat(name)
            if st is not None and _is_link(st):
                raise UnsafePath(self.path / name, "link")
        try:
            return os.open(self._name(name), os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC | _BINARY, **self._at(name))
        except OSError as exc:
            if exc.errno in _NOT_FOLLOWED - {errno.ENOTDIR}:
                raise UnsafePath(self.path / name, "link") from None
            raise

    def create(self, name: str, mode: int | None = None) -> int:
        """A new file (never an existing one, never through a link), open for writing; `mode`
        None gives what any program's output gets (the umask applies)."""
        return os.open(self._name(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY,
                       _file_mode() if mode is None else mode, **self._at(name))

    def link(self, source: str, target: str) -> None:
        """A hard link `target` to `source`; FileExistsError when `target` exists."""
        if self.fd is not None:
            os.link(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
        else:
            os.link(self._name(source), self._name(target))

    def replace(self, source: str, target: str) -> None:
        if self.fd is not None:
            os.replace(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        else:
            os.replace(self._name(source), self._name(target))

    def unlink(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._name(name), **self._at(name))

    def sync(self) -> None:
        """Make the folder's entries (renames, removals) durable."""
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.fsync(self.fd)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Writers of one folder take turns (where the system can lock a folder)."""
        try:
            import fcntl
        except ImportError:
            fcntl = None
        if fcntl is None or self.fd is None:
            yield
            return
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:  # a file system that cannot lock: go on unlocked
            yield
            return
        try:
            yield
        finally:
            fcntl.flock(self.fd, fcntl.LOCK_UN)

    def write_new(self, name: str, data: bytes | Chunks, mode: int | None = None, durable: bool = True) -> None:
        """Write `data` to the new file `name`, flushed to disk (unless not `durable`); nothing of
        it is left on failure."""
        fd = self.create(name, mode)
        try:
            if isinstance(data, Chunks):
                try:
                    data.write_to(fd)
                    if durable:
                        os.fsync(fd)
                finally:
                    os.close(fd)
                return
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
        except BaseException:
            self.unlink(name)
            raise

    def must_be_replaceable(self, name: str) -> None:
        """Refuse to replace anything but a regular file (or nothing): a link, a folder, a FIFO."""
        st = self.lstat(name)
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise _refusal(self.path / name, st, want_folder=False)


class Source:
    """A file open to be read, believed while `unchanged(its stat)` says it is the file the
    caller knows (its size, times and inode, as Git's index tells a file unchanged)."""

    def __init__(self, fd: int, path: Path, unchanged: Callable[[os.stat_result], bool]):
        self.fd: int | None = fd
        self.path, self.unchanged = path, unchanged

    def check(self) -> None:
        """UnsafePath when the file is no longer the one known (or was closed)."""
        st = os.fstat(self.fd) if self.fd is not None else None
        if st is None or not stat.S_ISREG(st.st_mode):
            raise UnsafePath(self.path, "not_file")
        if not self.unchanged(st):
            raise UnsafePath(self.path, "changed")

    def read(self, offset: int, length: int) -> bytes:
        """`length` bytes from `offset`; UnsafePath when the file holds fewer."""
        chunks, size = [], 0
        while size < length:
            chunk = _read_at(self.fd, min(length - size, _COPIED), offset + size)
            if not chunk:  # cut short since
                raise UnsafePath(self.path, "changed")
            chunks.append(chunk)
            size += len(chunk)
        self.check()  # not changed meanwhile
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class Span:
    """`length` bytes from `offset` of a Source, copied as they are when written (Chunks)."""

    __slots__ = ("source", "offset", "length")

    def __init__(self, source: Source, offset: int, length: int):
        self.source, self.offset, self.length = source, offset, length

    def __len__(self) -> int:
        return self.length

    def read(self) -> bytes:
        return self.source.read(self.offset, self.length)


class Chunks:
    """A file's bytes as the parts they are made of, in order: bytes, or Spans of files read,
    written one after the other without being joined (a province's manual is 20 MiB, most of it
    copied from the one written before). Once written, the files its spans come from are let
    go (closed): a file open here could not be replaced on every system."""

    def __init__(self, parts: Iterable[bytes | memoryview | Span]):
        self.parts: list = []
        for part in parts:
            last = self.parts[-1] if self.parts else None
            if isinstance(part, Span) and isinstance(last, Span) and last.source is part.source \
                    and last.offset + last.length == part.offset:  # the runs kept one after the other
                self.parts[-1] = Span(part.source, last.offset, last.length + part.length)
            elif len(part):
                self.parts.append(part)
        self.size = sum(map(len, self.parts))

    def __len__(self) -> int:
        return self.size

    def write_to(self, fd: int) -> None:
        """Write the parts to `fd`, at its offset; OSError (or UnsafePath) when a file a span
        comes from is no longer the one known, before or after its bytes are copied."""
        pending: list = []
        for part in self.parts:
            if isinstance(part, Span):
                _write_all(fd, pending)
                pending = []
                part.source.check()
                _copy(part, fd)
                part.source.check()  # not changed meanwhile
            else:
                pending.append(part)
        _write_all(fd, pending)

    def close(self) -> None:
        for part in self.parts:
            if isinstance(part, Span):
                part.source.close()


_COPIED = 1 << 24  # at most this much at once


def _read_at(fd: int, length: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, length)


def _copy(span: Span, fd: int) -> None:
    done = 0
    while done < span.length:
        count = min(span.length - done, _COPIED)
        copied = 0
        if hasattr(os, "copy_file_range"):  # in the kernel, never through this process's memory
            try:
                copied = os.copy_file_range(span.source.fd, fd, count, span.offset + done)
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                    raise
        if not copied:
            data = _read_at(span.source.fd, count, span.offset + done)
            if not data:
                raise UnsafePath(span.source.path, "changed")
            _write_all(fd, [data])
            copied = len(data)
        done += copied


def _write_all(fd: int, parts: list) -> None:
    """Write `parts` in order, joined (a manual's thousands of headers are three small parts
    each: one write of them all is quicker than many), again from where a short write left it."""
    view, at = memoryview(b"".join(parts)), 0
    while at < len(view):
        at += os.write(fd, view[at:])


def open_folder(path: str | os.PathLike, create: bool = False, trusted: str | os.PathLike | None = None) -> Folder:
    """The folder `path`, every component of it checked not to be a link (nor a file), made
    where missing with `create`. Components up to `trusted` (a folder the user's configuration
    names, such as their cache folder or a repository's root) are taken as they are.
    UnsafePath when a component is a link or not a folder; FileNotFoundError when it does not
    exist and `create` is off."""
    path = Path(os.path.abspath(path))
    start, parts = Path(path.anchor), path.parts[1:]
    if trusted is not None:
        base = Path(os.path.abspath(trusted))
        if path == base or base in path.parents:
            start, parts = base, path.parts[len(base.parts):]
            if create:
                os.makedirs(base, exist_ok=True)  # the user's own folder, links and all
    if _BY_DESCRIPTOR:
        fd = os.open(start, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        here = start
        for part in parts:  # each step closes the folder it starts from, whatever happens
            here = here / part
            fd = _descend(fd, part, here, create)
        return Folder(path, fd)
    here = start
    for part in parts:
        here = here / part
        try:
            st = os.lstat(here)
        except FileNotFoundError:
            if not create:
                raise
            with contextlib.suppress(FileExistsError):
                os.mkdir(here)
            st = os.lstat(here)
        if _is_link(st) or not stat.S_ISDIR(st.st_mode):
            raise _refusal(here, st, want_folder=True)
    return Folder(path, None)


def check_folder(path: str | os.PathLike, trusted: str | os.PathLike | None = None, file: str | None = None) -> None:
    """Refuse, before any work is done, a folder `open_folder` would refuse: UnsafePath when a
    component that exists (up to the first missing one) is a link or not a folder, or when the
    folder holds `file` as something other than a regular file. Nothing is made."""
    try:
        folder = open_folder(path, create=False, trusted=trusted)
    except FileNotFoundError:
        return
    with folder:
        if file is not None:
            folder.must_be_replaceable(file)


# what opening a link without following it says: ELOOP (Linux, macOS), EMLINK (FreeBSD), EFTYPE (NetBSD)
_NOT_FOLLOWED = frozenset(getattr(errno, name) for name in ("ELOOP", "ENOTDIR", "EMLINK", "EFTYPE") if hasattr(errno, name))


def _descend(fd: int, part: str, here: Path, create: bool) -> int:
    """The folder `part` inside the folder `fd` (which is closed), never through a link."""
    flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
    try:
        try:
            return os.open(part, flags, dir_fd=fd)
        except FileNotFoundError:
            if not create:
                raise
            with contextlib.suppress(FileExistsError):
                os.mkdir(part, 0o777, dir_fd=fd)
            return os.open(part, flags, dir_fd=fd)
        except OSError as exc:
            if exc.errno not in _NOT_FOLLOWED:
                raise
            try:
                st = os.stat(part, dir_fd=fd, follow_symlinks=False)
            except OSError:
                st = None
            raise _refusal(here, st, want_folder=True) from None
    finally:
        os.close(fd)


# --- reading -------------------------------------------------------------------------------------

def _read_open(fd: int, path: Path, limit: int) -> bytes:
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafePath(path, "not_file")
        if st.st_size > limit:
            raise UnsafePath(path, "too_large", limit)
        chunks, size = [], 0
        while size <= limit:  # one read, as a rule; more when the file grew meanwhile
            chunk = os.read(fd, max(st.st_size, 1 << 16) + 1)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise UnsafePath(path, "too_large", limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_file(path: str | os.PathLike, limit: int, follow: bool = True) -> bytes:
    """A regular file of at most `limit` bytes (never a FIFO, a device or a folder; without
    `follow`, never a link). UnsafePath when it is not one, OSError when it cannot be read."""
    flags = os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if not follow and exc.errno in _NOT_FOLLOWED - {errno.ENOTDIR}:
            raise UnsafePath(Path(path), "link") from None
        raise
    return _read_open(fd, Path(path), limit)


# --- writing -------------------------------------------------------------------------------------

_TEMP = ".isodocs-tmp"  # the suffix of every file isodocs writes before renaming it into place


def _file_mode() -> int:
    """What a newly created file gets (umask applies, as for any program's output)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _plain(name: str) -> bool:
    return bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name and "\x00" not in name


def write_file(target: str | os.PathLike, data: bytes, trusted: str | os.PathLike | None = None,
               durable: bool = True) -> Path:
    """Replace the file `target` with `data` in one step: a failed or killed write leaves the
    previous file whole (and its successor clears what it left). No link is followed on the
    way (below `trusted`), and only a regular file is replaced. Not `durable` (a cache, which
    can be worked out again): not flushed to disk before the rename."""
    target = Path(os.path.abspath(target))
    name = target.name
    with open_folder(target.parent, create=True, trusted=trusted) as folder, folder.locked():
        prefix = f".{name}."
        for left in folder.names():  # a killed run's temporary file
            if left.startswith(prefix) and left.endswith(_TEMP):
                _remove_regular(folder, left)
        folder.must_be_replaceable(name)
        temporary = f"{prefix}{secrets.token_hex(4)}{_TEMP}"
        folder.write_new(temporary, data, durable=durable)
        try:
            folder.replace(temporary, name)
        except BaseException:
            folder.unlink(temporary)
            raise
        if durable:
            folder.sync()
    return target


def _remove_regular(folder: Folder, name: str) -> None:
    st = folder.lstat(name)
    if st is not None and stat.S_ISREG(st.st_mode):
        folder.unlink(name)


RECORD = ".isodocs-outputs"  # the names a build wrote last, so the next one replaces that set whole
JOURNAL = ".isodocs-journal"  # renames under way: a run killed midway is completed by the next
_SET_TEMP = re.compile(r"\.isodocs-[0-9a-f]{8}-[0-9]+" + re.escape(_TEMP))
_MAX_RECORD = 16 << 20


def write_set(folder_path: str | os.PathLike, files: Mapping[str, bytes | Chunks],
              trusted: str | os.PathLike | None = None, kept: Iterable[str] = ()) -> list[str]:
    """Replace the set of outputs in `folder_path` with `files` (plain names), as a whole: every
    file is written aside and flushed first, then a journal lists the renames, then they are
    made. A run that fails before the journal leaves the previous set as it was; one killed
    after it is completed by the next run into the folder. Files of the previous set that the
    new one lacks (a document withdrawn since) are removed; nothing else in the folder is
    touched. Files named in `kept` belong to the set as they are (already right); a file already
    holding its bytes is not rewritten (its times stay). Returns the names of the set, in order.
    Raises UnsafePath (a link on the way, a folder where a file goes) before writing anything,
    OSError when the disk refuses."""
    kept = sorted(set(kept) - set(files))
    names = sorted([*files, *kept])
    if not all(_plain(name) and name not in (RECORD, JOURNAL) for name in names):
        raise ValueError(f"not plain file names: {names}")
    with open_folder(folder_path, create=True, trusted=trusted) as folder, folder.locked():
        # a link or a folder in the way: refused, never replaced (a kept file is not replaced: a
        # province's 5,000 kept outputs cost no look)
        for name in [*sorted(files), RECORD, JOURNAL]:
            folder.must_be_replaceable(name)
        recover(folder)
        kinds = {os.path.splitext(name)[1] for name in names}
        listed = set(names)  # a province's set is thousands of names: no list scanned per name
        stale = [name for name in _recorded(folder) if name not in listed and os.path.splitext(name)[1] in kinds]
        record = json.dumps(names, ensure_ascii=False).encode("utf-8")
        changed = [(name, data) for name, data in sorted([*files.items(), (RECORD, record)])
                   if not _holds(folder, name, data)]
        many = len(changed) > 8  # flushed at once, not file by file
        token = secrets.token_hex(4)
        staged: list[tuple[str, str]] = []
        try:
            for n, (name, data) in enumerate(changed):
                temporary = f".isodocs-{token}-{n}{_TEMP}"
                folder.write_new(temporary, data, durable=not many)
                staged.append((temporary, name))
                if isinstance(data, Chunks):  # what it copied from may be replaced next
                    data.close()
            if many:
                os.sync()
            journal = json.dumps({"renames": staged, "remove": stale}, ensure_ascii=False).encode("utf-8")
            folder.unlink(JOURNAL + _TEMP)
            folder.write_new(JOURNAL + _TEMP, journal)
            folder.replace(JOURNAL + _TEMP, JOURNAL)
            folder.sync()
        except BaseException:
            for temporary, _ in staged:
                folder.unlink(temporary)
            folder.unlink(JOURNAL + _TEMP)
            raise
        _complete(folder, staged, stale)
    return names  # names, not paths: a province's set is 5,000 of them


def _complete(folder: Folder, renames: list[tuple[str, str]], stale: list[str]) -> None:
    for temporary, name in renames:
        if folder.lstat(temporary) is not None:
            folder.replace(temporary, name)
    for name in stale:
        _remove_regular(folder, name)
    folder.sync()
    folder.unlink(JOURNAL)
    folder.sync()


def recover(folder: Folder) -> None:
    """Clear what a killed run left in `folder`: complete the renames its journal lists (every
    file was already written whole), then remove temporary files no journal names."""
    journal = _read_json(folder, JOURNAL)
    if isinstance(journal, dict):
        renames = [tuple(pair) for pair in journal.get("renames", ()) if isinstance(pair, list) and len(pair) == 2
                   and all(isinstance(p, str) for p in pair) and _SET_TEMP.fullmatch(pair[0]) and _plain(pair[1])]
        stale = [name for name in journal.get("remove", ()) if isinstance(name, str) and _plain(name)]
        _complete(folder, [r for r in renames if _regular(folder, r[0]) and _replaceable(folder, r[1])], stale)
    elif journal is _BROKEN:  # not one isodocs wrote: nothing to complete
        folder.unlink(JOURNAL)
    for name in folder.names():
        if _SET_TEMP.fullmatch(name) or name == JOURNAL + _TEMP:
            _remove_regular(folder, name)


_BROKEN = object()


def _read_json(folder: Folder, name: str) -> object:
    """The JSON in a regular file of the folder; None when there is none, _BROKEN when it is
    not a bounded regular file of JSON."""
    if folder.lstat(name) is None:
        return None
    try:
        return json.loads(folder.read(name, _MAX_RECORD))
    except (OSError, UnsafePath, ValueError):
        return _BROKEN


def _holds(folder: Folder, name: str, data: bytes | Chunks) -> bool:
    """Whether `name` is a regular file holding exactly `data` (Chunks: copied in part from
    the files they name, as a rule from the very file they replace: made anew)."""
    if isinstance(data, Chunks):
        return False
    st = folder.lstat(name)
    if st is None or not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
        return False
    try:
        return folder.read(name, len(data) + 1) == data
    except (OSError, UnsafePath):
        return False


def _regular(folder: Folder, name: str) -> bool:
    st = folder.lstat(name)
    return st is not None and stat.S_ISREG(st.st_mode)


def _replaceable(folder: Folder, name: str) -> bool:
    st = folder.lstat(name)
    return st is None or stat.S_ISREG(st.st_mode)


def _recorded(folder: Folder) -> list[str]:
    found = _read_json(folder, RECORD)
    return [n for n in found if isinstance(n, str) and _plain(n)] if isinstance(found, list) else []

