"""What the revision words of `isodocs diff [A] [B]` name, and the defaults.

A word is a Git revision (commit, branch, tag, `HEAD~2`), `WORKTREE` (the files as they are
on disk), `IN_FORCE` (each document's revision in force today, as approved) or `CODE@rN`
(document CODE as its approved revision N, the others as in force). Without B, B is
the working tree; without A, A is `IN_FORCE`: what leadership is asked to approve.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pygit2

from isodocs.diff.changes import Side
from isodocs.i18n import Msg
from isodocs.load.source import CONFIG_FILE, Source, SourceError, open_source

WORKTREE = "WORKTREE"
IN_FORCE = "IN_FORCE"  # each document's revision in force today, read from its approved content


def default_base(path: str | os.PathLike | None) -> str:
    """The revision leadership compares the newest content against: the revisions in force."""
    return IN_FORCE


def sides(path: str | os.PathLike | None, a: str | None, b: str | None, repo: str | None = None) -> tuple[str, str]:
    """The two revision words, defaults filled in (a bare repository has no working tree: HEAD)."""
    return a or default_base(path), b or ("HEAD" if repo else WORKTREE)


def open_revision(path: str | os.PathLike | None, spec: str, repo: str | None = None) -> Source:
    """The manual at `path` as revision `spec` names it (in bare repository `repo`, if given).
    Raises SourceError (exit code 2)."""
    if spec not in (WORKTREE, IN_FORCE) and not repo and (Path(spec) / CONFIG_FILE).is_file():
        raise SourceError(Msg("{spec} is a manual's folder, not a revision: to compare the manual in that folder, "
                              "write isodocs diff -C {spec}", spec=spec))
    if spec == WORKTREE:
        if repo:
            raise SourceError(Msg("with --repo {repo} there is no working tree to compare: name two revisions", repo=repo))
        return open_source(path)
    if repo:
        return _named(path, spec, repo)
    root = Path(path or ".").absolute()
    start = root
    while not start.exists() and start.parent != start:
        start = start.parent
    if pygit2.discover_repository(str(start)) is None:
        raise SourceError(Msg("{root} is not inside a Git repository, so there is no revision {spec} to compare", root=root, spec=spec))
    return _named(path, spec, None)


def side(spec: str, source: Source) -> Side:
    """A side as named, with its commit and the commit's time where it was made (none for the
    working tree)."""
    repo = getattr(source, "repo", None)
    if repo is None or not source.commit:
        return Side(spec, source.commit)
    commit = repo[source.commit]
    zone = dt.timezone(dt.timedelta(minutes=commit.commit_time_offset))
    return Side(spec, source.commit, dt.datetime.fromtimestamp(commit.commit_time, zone))


def _named(path: str | os.PathLike | None, spec: str, repo: str | None) -> Source:
    if spec == IN_FORCE:
        return _approved(path, repo)
    approval = _APPROVAL.match(spec)
    if approval is not None:
        return _approved(path, repo, approval)
    return open_source(path, spec, repo)


_APPROVAL = re.compile(r"^(?P<code>.+)@r?(?P<revision>[0-9]+)$")


def _approved(path: str | os.PathLike | None, repo: str | None, approval: re.Match | None = None) -> Source:
    """The committed manual with each document as its revision in force today, or, for
    `CODE@rN`, that document as its approved revision N (the others as in force)."""
    import datetime as dt

    from isodocs.history.official import OfficialSource, choose, ledger, open_commit

    base = open_commit(str(path) if path is not None else None, "HEAD", repo)
    manual, book = ledger(base)
    if book is None:
        return base  # isodocs.yaml unreadable: the loader reports it
    chosen, _ = choose(book, dt.date.today())
    if approval is not None:
        code, revision = approval["code"], int(approval["revision"])
        found = [a for a in book.approvals(code) if a.revision == revision]
        if not found:
            raise SourceError(Msg("{code} has no approved revision {revision}", code=code, revision=revision))
        chosen[code] = found[-1]
    return OfficialSource(base, book, chosen)
