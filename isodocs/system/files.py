"""Writing outputs atomically: a failed run leaves the previous files as they were."""

from __future__ import annotations

import os
import re
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
    """Write every file, each replaced in one step; all content is ready before the first write."""
    folder.mkdir(parents=True, exist_ok=True)
    mode = _file_mode()
    written = []
    for name in sorted(files):
        target = folder / name
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            os.chmod(tmp, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(files[name])
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written
