"""Writing outputs atomically: a failed run leaves the previous files as they were."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path
from typing import Mapping

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


def _file_mode() -> int:
    """What a newly created file gets (mkstemp would make it private to its owner)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_all(folder: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write every file, each replaced in one step; all content is ready before the first write.
    A file that already holds those bytes is left as it is (its time too). The files are made
    durable before any takes the place of the old: one by one when few, at once when many."""
    folder.mkdir(parents=True, exist_ok=True)
    mode = _file_mode()
    changed = [name for name in sorted(files) if not _holds(folder / name, files[name])]
    together = len(changed) > 8
    staged: list[tuple[str, Path]] = []
    try:
        for name in changed:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            staged.append((tmp, folder / name))
            os.chmod(tmp, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(files[name])
                if not together:
                    handle.flush()
                    os.fsync(handle.fileno())
        if together:
            os.sync()
        while staged:
            tmp, target = staged[0]
            os.replace(tmp, target)
            staged.pop(0)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    return [folder / name for name in sorted(files)]


def _holds(path: Path, data: bytes) -> bool:
    """Whether `path` is a regular file holding exactly `data` (never through a link)."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False
