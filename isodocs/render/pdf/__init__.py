"""PDF files of the DOCX files a build writes, printed by LibreOffice headless.

LibreOffice lays the pages out; before it prints, every index (the contents) and field (page
numbers, page counts) is brought up to date, as Word does when it prints. LibreOffice is the
user's own program, found on PATH or named by $ISODOCS_SOFFICE, never by anything in a
repository; documents are opened with their macros off and their links to other files not
fetched. The PDF's creation date is the build's date and its identifier a digest of its
content, so the same commit prints byte-identical PDFs on the same LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.resources
import os
import re
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from isodocs.i18n import Msg
from isodocs.system.progress import Stage, advance

QUIET_LIMIT = 300.0  # seconds LibreOffice may spend on one file before it is taken to hang
SOFFICE_VARIABLE = "ISODOCS_SOFFICE"
_PLACES = (  # where the installers put soffice when it is not on PATH
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


class PdfError(Exception):
    def __init__(self, message: Msg):
        super().__init__(message.say("en"))
        self.message = message


@dataclass(frozen=True)
class Office:
    soffice: str
    python: str  # a Python that can import LibreOffice's uno module


def find_office(environ: Mapping[str, str] = os.environ) -> Office:
    """LibreOffice and a Python that can drive it. Raises PdfError saying what to install."""
    named = environ.get(SOFFICE_VARIABLE)
    if named and not (os.path.isfile(named) and os.access(named, os.X_OK)):
        raise PdfError(Msg("{variable} names {path}, which is not a program that can be run: give the path of "
                           "LibreOffice's soffice", variable=SOFFICE_VARIABLE, path=named))
    soffice = named or shutil.which("soffice") or shutil.which("libreoffice") or next(
        (place for place in _PLACES if os.access(place, os.X_OK)), None)
    if not soffice:
        raise PdfError(Msg("--pdf needs LibreOffice, which was not found: install it (on Debian or Ubuntu: "
                           "apt install libreoffice-writer python3-uno), or give the path of its soffice "
                           "program in {variable}", variable=SOFFICE_VARIABLE))
    program = Path(shutil.which(soffice) or soffice).resolve().parent
    for python in (program / "python", program / "python.exe", sys.executable, "/usr/bin/python3",
                   shutil.which("python3")):
        if python and _has_uno(str(python)):
            return Office(soffice, str(python))
    raise PdfError(Msg("--pdf needs LibreOffice's Python bridge (the uno module) to update the contents and page "
                       "numbers before printing, and no Python here has it: install python3-uno (Debian or Ubuntu)"))


def _has_uno(python: str) -> bool:
    if not os.access(python, os.X_OK):
        return False
    try:
        return subprocess.run([python, "-I", "-c", "import uno"], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def to_pdf(files: Mapping[str, bytes], stamp: dt.datetime, office: Office) -> dict[str, bytes]:
    """The PDF of every DOCX in `files` (NAME.docx -> NAME.pdf), dated `stamp`. Raises PdfError."""
    names = sorted(name for name in files if name.endswith(".docx"))
    if not names:
        return {}
    work = Path(tempfile.mkdtemp(prefix="isodocs-pdf-"))  # private to this user
    try:
        # Plain names inside: the folder is ours, and no document's name reaches LibreOffice.
        inside = {name: f"{i:05d}.docx" for i, name in enumerate(names)}
        for name, plain in inside.items():
            (work / plain).write_bytes(files[name])
        (work / "profile").mkdir()
        _run(office, work, list(inside.values()))
        printed = {}
        for name, plain in inside.items():
            pdf = work / (plain[: -len(".docx")] + ".pdf")
            if not pdf.is_file():
                raise PdfError(Msg("LibreOffice did not print {name}", name=name))
            printed[name[: -len(".docx")] + ".pdf"] = settled(pdf.read_bytes(), stamp)
        return printed
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(office: Office, work: Path, names: list[str]) -> None:
    with importlib.resources.as_file(importlib.resources.files(__name__) / "office.py") as script:
        command = [office.python, "-I", str(script), office.soffice, str(work / "profile"), str(work), *names]
        env = {**os.environ, "TZ": "UTC", "HOME": str(work)}  # LibreOffice writes nothing into the user's home
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env, start_new_session=True)
        done, errors = 0, b""
        try:
            with selectors.DefaultSelector() as watch:
                watch.register(process.stdout, selectors.EVENT_READ)
                watch.register(process.stderr, selectors.EVENT_READ)
                heard, pending = time.monotonic(), b""
                while watch.get_map():
                    ready = watch.select(timeout=1.0)
                    if not ready and time.monotonic() - heard > QUIET_LIMIT:
                        raise PdfError(Msg("LibreOffice stopped answering while printing {name}; nothing was "
                                           "written", name=names[min(done, len(names) - 1)]))
                    for key, _ in ready:
                        chunk = os.read(key.fd, 65536)
                        if not chunk:
                            watch.unregister(key.fileobj)
                        elif key.fileobj is process.stderr:
                            errors = (errors + chunk)[-4000:]
                        else:
                            heard, pending = time.monotonic(), pending + chunk
                            *lines, pending = pending.split(b"\n")
                            done += sum(1 for line in lines if line.startswith(b"done "))
                            advance(Stage.PRINT, done, len(names))
            process.wait(timeout=120)
        finally:
            if process.poll() is None:
                _stop(process)
        if process.returncode != 0 or done != len(names):
            said = errors.decode("utf-8", "replace").strip().splitlines()
            raise PdfError(Msg("LibreOffice could not print the PDF files: {why}",
                               why=said[-1] if said else Msg("exit status {code}", code=process.returncode)))


def _stop(process: subprocess.Popen) -> None:
    """Stop the driver and the LibreOffice it started (they share a session)."""
    try:
        os.killpg(process.pid, 9)
    except (AttributeError, OSError):
        process.kill()
    process.wait()


_CREATED = re.compile(rb"/CreationDate\(D:(\d{14})")
_ID = re.compile(rb"/ID \[ <([0-9A-F]{32})>\s*<([0-9A-F]{32})> \]")
_CHECKSUM = re.compile(rb"/DocChecksum /([0-9A-F]{32})")


def settled(pdf: bytes, stamp: dt.datetime) -> bytes:
    """`pdf` with its creation date `stamp` and an identifier that is a digest of its content:
    the only bytes that differ between two printings. Every value keeps its length, so the
    cross-reference table stays right."""
    when = stamp.strftime("%Y%m%d%H%M%S").encode()
    pdf = _CREATED.sub(lambda m: m.group(0)[: -14] + when, pdf)
    blank = _ID.sub(lambda m: m.group(0).replace(m.group(1), b"0" * 32).replace(m.group(2), b"0" * 32), pdf)
    blank = _CHECKSUM.sub(lambda m: m.group(0).replace(m.group(1), b"0" * 32), blank)
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode()
    pdf = _ID.sub(lambda m: m.group(0).replace(m.group(1), digest).replace(m.group(2), digest), pdf)
    return _CHECKSUM.sub(lambda m: m.group(0).replace(m.group(1), digest), pdf)
