"""How a command went, and the ways it can stop; the command line turns these into exit codes."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from isodocs.i18n import Joined, Msg
from isodocs.i18n.oserrors import os_error


class Outcome(enum.Enum):
    OK = "ok"  # done: no errors (warnings allowed), or the outputs were written
    FINDINGS = "findings"  # the manual has errors, a file is not what was built, documents are suspect
    CHANGES = "changes"  # diff: the two revisions differ (like `git diff --exit-code`)
    CANNOT_RUN = "cannot_run"  # no manual there, bad arguments, an unknown revision, an unwritable output


class CannotRun(Exception):
    """The command could not run, and why."""

    def __init__(self, message: Msg | Joined):
        super().__init__(message)
        self.message = message


class Findings(Exception):
    """The command stopped on a finding about the manual (exit 1), and what it is."""

    def __init__(self, message: Msg | Joined):
        super().__init__(message)
        self.message = message


class ManualUnreadable(Exception):
    """The manual's isodocs.yaml cannot be used: `loaded.diagnostics` say why. A finding of the
    manual (it has errors), not a failure to run."""

    def __init__(self, loaded, message: Msg | None = None):
        super().__init__(message or Msg("the manual cannot be read"))
        self.loaded = loaded
        self.message = message or Msg("the manual cannot be read")


def write_output(target: Path, data: bytes) -> Path:
    """Write one output file, replaced whole as every output is (a failed write leaves the old one)."""
    from isodocs.system.files import UnsafePath, write_file

    try:
        write_file(target, data)
    except UnsafePath as exc:
        raise CannotRun(unsafe(exc)) from None
    except OSError as exc:
        raise CannotRun(Msg("cannot write {target}: {value}", target=target, value=os_error(exc))) from None
    return target


def write_in_manual(root: Path, files: dict[str, bytes]) -> None:
    """Write each file under `root` (each replaced in one step), folders made as needed; no link
    inside the manual is followed, and every file's way is looked at before the first is written."""
    from isodocs.system.files import UnsafePath, check_folder, write_file

    targets = [(root / rel, data) for rel, data in sorted(files.items())]
    try:
        for target, _ in targets:
            check_folder(target.parent, trusted=root, file=target.name)
        for target, data in targets:
            write_file(target, data, trusted=root)
    except UnsafePath as exc:
        raise CannotRun(unsafe(exc)) from None
    except OSError as exc:
        raise CannotRun(Msg("cannot write: {value}", value=os_error(exc))) from None


def stamp_of(manual) -> dt.datetime:
    """The date a build or report of `manual` carries (render.build.source_date); CannotRun when
    no DOCX file can record it (after 2107)."""
    from isodocs.render.build import Undatable, source_date

    try:
        return source_date(manual)
    except Undatable as exc:
        raise CannotRun(exc.message) from None


def unsafe(exc) -> Msg:
    """Why isodocs will not write to (or read) a path: system.files.UnsafePath said."""
    if exc.why == "link":
        return Msg("{path} is a symbolic link: isodocs never writes or reads through a link, which could lead "
                   "anywhere (one that came with a repository above all); remove it, or name a path without links",
                   path=exc.path)
    if exc.why == "not_folder":
        return Msg("{path} is a file, not a folder, so nothing can be written in it", path=exc.path)
    if exc.why == "changed":
        return Msg("{path} changed while isodocs read it, so nothing was written; build again", path=exc.path)
    if exc.why == "too_large":
        return Msg("{path} is larger than {size} MiB, more than any file isodocs reads", path=exc.path,
                   size=exc.limit >> 20)
    return Msg("{path} is a folder or a special file, not a regular file", path=exc.path)
