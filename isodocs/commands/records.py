"""Commands on the manual's records in Git: approve, withdraw, and what they say (status, history)."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from isodocs.commands.manual import open_manual, readable
from isodocs.commands.outcome import CannotRun, Outcome
from isodocs.diagnostics import Diagnostic, has_errors
from isodocs.history.approve import Written
from isodocs.i18n import Msg
from isodocs.model import Manual


def signer(sign: bool, path: str | None, repo: str | None) -> Callable[[str], str] | None:
    """The signing function `sign` asks for: the key and program Git's configuration names."""
    if not sign:
        return None
    from isodocs.history.signing import signer_for

    return signer_for(repo or path or ".")


def approve(codes: Iterable[str], by: str, every: bool = False, day: dt.date | None = None, decision: str = "",
            sign: bool = False, path: str | None = None, repo: str | None = None,
            days: Mapping[str, dt.date] | None = None) -> Written | None:
    """Commit the approval by `by` of the committed content of documents CODES (or, with `every`,
    of every document not yet approved) at their revision, dated `day` (default today) or, for a
    code `days` names, its own day; None when all of them already are. Refused (nothing written)
    when the approval is not allowed, with every reason."""
    from isodocs.history.approve import approve as record
    from isodocs.history.approve import open_target

    codes = list(codes)
    if not codes and not every:
        raise CannotRun(Msg("name the documents to approve, or use --all"))
    return record(open_target(path, repo), codes, every, by, day or dt.date.today(), decision,
                  signer(sign, path, repo), days)


def withdraw(code: str, by: str, day: dt.date | None = None, reason: str = "", sign: bool = False,
             path: str | None = None, repo: str | None = None) -> Written:
    """Commit the withdrawal of document CODE by `by`: no revision of it is in force any more."""
    from isodocs.history.approve import open_target
    from isodocs.history.approve import withdraw as record

    return record(open_target(path, repo), code, by, day or dt.date.today(), reason, signer(sign, path, repo))


@dataclass(frozen=True)
class Statuses:
    manual: Manual
    statuses: list  # model.lifecycle.Status, one per document
    tampered: tuple[Diagnostic, ...]  # approved content changed under the same revision (D315)

    @property
    def outcome(self) -> Outcome:
        return Outcome.FINDINGS if has_errors(self.tampered) else Outcome.OK


def status(path: str | None = None, rev: str | None = None, repo: str | None = None,
           today: dt.date | None = None) -> Statuses:
    """Each document's state, the revision in force and its next periodic review."""
    from isodocs.check import Context
    from isodocs.check.approvals import approved_content_unchanged
    from isodocs.model.lifecycle import statuses

    loaded = open_manual(path, rev, repo)
    manual = readable(loaded)
    # only the rule on approved content: status needs no full check
    tampered = tuple(approved_content_unchanged(Context(manual, loaded)))
    return Statuses(manual, statuses(manual, today or dt.date.today()), tampered)


@dataclass(frozen=True)
class Histories:
    manual: Manual
    code: str | None  # the document asked for (None: every document)
    folder: str  # the manual's folder as given
    commit: str  # the commit the history ends at
    histories: list  # history.revisions.DocumentHistory
    cache: object  # the revisions cache, filled while the histories are read

    def remember(self) -> None:
        """Keep what reading the histories worked out (the revision each blob states) for the
        next run: call once the histories have been read (their revisions are worked out lazily)."""
        if self.cache is not None:
            self.cache.save()

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def history(code: str | None = None, path: str | None = None, rev: str | None = None,
            repo: str | None = None, details: bool = True) -> Histories:
    """Every revision of document CODE (its changes row, its commits, its approvals with the state
    of their signatures), or with no CODE every document's. A lone CODE naming a folder is PATH.
    Without `details`, every document's history holds no title and no `changes` rows (the table
    of every document shows neither), so the documents are not parsed."""
    from isodocs.history import revisions
    from isodocs.load.cache import for_source

    wanted, folder = (None, code) if code and path is None and _names_folder(code, rev, repo) else (code, path)
    source = revisions.open_history(folder, rev, repo)
    cache = for_source(source, "revisions", keep_all=True)
    # the table of every document loads little (no document): its walk's workers start first;
    # a load of every document has workers of its own, and this process would parse them alone
    early = wanted is None and not details
    with revisions.begin_whole_walk(source) if early else contextlib.nullcontext() as walking:
        files = revisions.documents_at(source, cache)
        loaded = revisions.load_for(source, files, wanted, details)
        manual = readable(loaded)
        if wanted is not None and not revisions.known(manual, files, wanted):
            raise CannotRun(Msg("no document {wanted} in {label}; `isodocs history` lists them", wanted=wanted,
                                label=source.label))
        walked = walking.walked() if walking is not None else revisions.walk_for(source, manual, wanted)
    found = revisions.histories(source.repo, manual, walked, files, None if wanted is None else [wanted], cache=cache)
    return Histories(manual, wanted, str(folder or "."), source.commit, found, cache)


def _names_folder(arg: str, rev: str | None, repo: str | None) -> bool:
    """Whether a lone argument of `history` is the manual's folder rather than a code: a
    folder on disk, or with --repo a manual's folder inside the repository."""
    from pathlib import Path

    if repo is None:
        return Path(arg).is_dir()
    from isodocs.load.source import SourceError, open_source

    try:
        open_source(arg, rev, repo)
    except SourceError:
        return False
    return True
