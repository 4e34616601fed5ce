"""Commands on the legal register and what it bears on: the register itself, legal impact and its
acknowledgements, and coverage."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path

import pygit2

from isodocs.commands.manual import open_manual, readable
from isodocs.commands.outcome import CannotRun, Outcome, stamp_of, write_output
from isodocs.history.approve import Written
from isodocs.i18n import Msg
from isodocs.model import LegalEntry, Manual
from isodocs.model.register import Register


def register(path: str | None = None, rev: str | None = None) -> Register:
    """The manual's legal register as a graph (relations both ways, chains, citations)."""
    from isodocs.model.register import analyse

    return analyse(readable(open_manual(path, rev)))


def legal_entry(number: str, path: str | None = None, rev: str | None = None) -> tuple[Register, LegalEntry]:
    """The register and its entry NUMBER (Đ or D, any case); CannotRun naming the closest number
    when there is none."""
    found = register(path, rev)
    entry = found.entry(number)
    if entry is None:
        close = difflib.get_close_matches(number, [e.number for e in found.manual.legal], n=1, cutoff=0.6)
        if close:
            raise CannotRun(Msg("{number} is not in the legal register; did you mean {close}?", number=number,
                                close=close[0]))
        raise CannotRun(Msg("{number} is not in the legal register", number=number))
    return found, entry


def acknowledge(code: str, number: str, by: str, note: str, day: dt.date | None = None, sign: bool = False,
                path: str | None = None, repo: str | None = None) -> Written:
    """Commit a reviewer's record that document CODE needs no revision for the change of entry
    NUMBER: `impact` stops flagging it until the entry changes again."""
    from isodocs.commands.records import signer
    from isodocs.history.approve import open_target
    from isodocs.legal.ack import acknowledge as record

    return record(open_target(path, repo), code, number, by, note, day or dt.date.today(), signer(sign, path, repo))


@dataclass(frozen=True)
class Impacted:
    manual: Manual
    impact: object  # legal.impact.Impact
    today: dt.date  # the day the revisions in force were judged on, and the report is dated

    @property
    def outcome(self) -> Outcome:
        return Outcome.FINDINGS if self.impact.findings else Outcome.OK


def impact(path: str | None = None, since: str | None = None, rev: str | None = None, repo: str | None = None,
           today: dt.date | None = None) -> Impacted:
    """The documents whose cited legal texts changed after their revision in force was approved
    (only changes after `since`, when given), from the history up to REV (default HEAD)."""
    from isodocs.history.official import open_commit
    from isodocs.legal.impact import run

    source = open_commit(path, rev, repo)
    if since is not None:
        try:
            source.repo.revparse_single(since).peel(pygit2.Commit)
        except (KeyError, ValueError, pygit2.GitError):
            raise CannotRun(Msg("--since {since}: no such commit, branch or tag", since=since)) from None
    manual, result = run(source, today or dt.date.today(), since)
    if manual is None:
        raise CannotRun(Msg("the committed isodocs.yaml cannot be read: `isodocs check` says why"))
    return Impacted(manual, result, today or dt.date.today())


def impact_report(found: Impacted, lang: str, target: Path) -> Path:
    """The review report (báo cáo rà soát) written as a Word document to `target`."""
    from isodocs.render.docx.impact import render_impact
    from isodocs.render.docx.manual import RenderOptions

    data = render_impact(found.manual, found.impact, RenderOptions(stamp=stamp_of(found.manual), lang=lang),
                         found.today)
    return write_output(target, data)


@dataclass(frozen=True)
class Covered:
    manual: Manual
    coverage: object  # legal.coverage.Coverage
    today: dt.date  # the day the figures are given as of

    def below(self, percent: float | None) -> bool:
        """Whether fewer than `percent` % of the TTHC have a procedure."""
        measured = self.coverage.tthc.percent
        return percent is not None and measured is not None and measured < percent

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def coverage(path: str | None = None, rev: str | None = None, today: dt.date | None = None) -> Covered:
    """The TTHC with and without a procedure, and the clauses of ISO 9001 no document addresses,
    as of `today` (default: today)."""
    from isodocs.legal.coverage import coverage as measure

    manual = readable(open_manual(path, rev))
    return Covered(manual, measure(manual), today or dt.date.today())


def coverage_report(found: Covered, lang: str, target: Path) -> Path:
    """The coverage report written as a Word document to `target`."""
    from isodocs.render.docx.coverage import render_coverage
    from isodocs.render.docx.manual import RenderOptions

    data = render_coverage(found.manual, found.coverage, RenderOptions(stamp=stamp_of(found.manual), lang=lang),
                           found.today)
    return write_output(target, data)
