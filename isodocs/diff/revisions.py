"""What the revision words of `isodocs diff [A] [B]` name, and the defaults.

A word is a Git revision (commit, branch, tag, `HEAD~2`), `WORKTREE` (the files as they are
on disk) or `IN_FORCE` (each document's revision in force today, as approved). Without B, B is
the working tree; without A, A is `IN_FORCE`: what leadership is asked to approve.
"""

from __future__ import annotations

import os
from pathlib import Path

import pygit2

from ..load.source import Source, SourceError, open_source
from .changes import Side

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
    if spec == WORKTREE:
        if repo:
            raise SourceError(f"with --repo {repo} there is no working tree to compare: name two revisions",
                              f"với --repo {repo} không có thư mục làm việc để so sánh: hãy nêu hai phiên bản")
        return open_source(path)
    if repo:
        return _in_force(path, repo) if spec == IN_FORCE else open_source(path, spec, repo)
    root = Path(path or ".").absolute()
    start = root
    while not start.exists() and start.parent != start:
        start = start.parent
    if pygit2.discover_repository(str(start)) is None:
        raise SourceError(f"{root} is not inside a Git repository, so there is no revision {spec} to compare",
                          f"{root} không nằm trong kho Git nên không có phiên bản {spec} để so sánh")
    return _in_force(path, None) if spec == IN_FORCE else open_source(path, spec)


def side(spec: str, source: Source) -> Side:
    return Side(spec, source.commit)


def _in_force(path: str | os.PathLike | None, repo: str | None) -> Source:
    """The committed manual with each document as its revision in force today."""
    import datetime as dt

    from ..history.official import OfficialSource, choose, ledger, open_commit

    base = open_commit(str(path) if path is not None else None, "HEAD", repo)
    manual, book = ledger(base)
    if book is None:
        return base  # isodocs.yaml unreadable: the loader reports it
    chosen, _ = choose(book, dt.date.today())
    return OfficialSource(base, book, chosen)
