"""How a command went, and the ways it can stop; the command line turns these into exit codes."""

from __future__ import annotations

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
    from isodocs.system.files import write_all

    try:
        write_all(target.parent, {target.name: data})
    except OSError as exc:
        raise CannotRun(Msg("cannot write {target}: {value}", target=target, value=os_error(exc))) from None
    return target
