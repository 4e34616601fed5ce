"""Exit codes of every isodocs command, decided in one place.

0  success: no errors (warnings allowed), or the outputs were written
1  the manual has errors (check found some; build refused to build)
   (diff: 1 when the revisions differ, like `git diff --exit-code`)
   (impact: 1 when documents are suspect; verify: the file was edited or is no longer in force;
   approve, withdraw, legal ack: refused; a label template of the manual's cannot be used)
2  the command could not run: no manual there, bad arguments, unreadable revision,
   output that cannot be written, or an internal error (a bug: ISODOCS_DEBUG=1 shows it)
"""

from __future__ import annotations

from isodocs.commands.outcome import Outcome

OK = 0
FINDINGS = 1
CHANGES = 1  # isodocs diff: the two revisions differ
CANNOT_RUN = 2

_OF_OUTCOME = {Outcome.OK: OK, Outcome.FINDINGS: FINDINGS, Outcome.CHANGES: CHANGES, Outcome.CANNOT_RUN: CANNOT_RUN}


def of(outcome: Outcome) -> int:
    return _OF_OUTCOME[outcome]


def for_stop(exc: BaseException) -> int | None:
    """The exit code of a command stopped by `exc`, when it is one of the ways a command stops
    (each carries a `message`); None for anything else, which is a bug."""
    from isodocs.commands.gitdriver import DriverError
    from isodocs.commands.outcome import CannotRun, Findings, ManualUnreadable
    from isodocs.history.approve import Refused
    from isodocs.history.gitwrite import RefMoved
    from isodocs.history.signing import SigningProblem
    from isodocs.load.source import SourceError
    from isodocs.render.labels import TemplateProblem

    if isinstance(exc, (Findings, ManualUnreadable, Refused, TemplateProblem)):
        return FINDINGS
    if isinstance(exc, (CannotRun, SourceError, SigningProblem, RefMoved, DriverError)):
        return CANNOT_RUN
    return None
