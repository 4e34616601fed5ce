"""`isodocs approve` and `isodocs withdraw`: a leader's decision, committed as a small record.

Every refusal is decided before anything is written: either all the records are committed
in one commit of their own, or nothing changes (no object, no ref, no file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pygit2

from isodocs.check import check
from isodocs.diagnostics import Severity
from isodocs.history.gitwrite import Refusal, Refused, Target, author, commit_files, decided_by, record_file
from isodocs.i18n import Msg
from isodocs.load.cache import for_source
from isodocs.load.source import APPROVALS_DIR, GitSource, SourceError
from isodocs.model import Document, Manual, Person
from isodocs.model.lifecycle import approval_of, records
from isodocs.model.reader import Loaded, load
from isodocs.system.files import safe_name


@dataclass(frozen=True)
class Written:
    commit: str
    files: tuple[str, ...]  # manual-relative paths of the records


def open_target(path: str | None, repo: str | None) -> Target:
    """The repository, branch and manual folder that `approve` writes to.

    With `repo` (for bare repositories on a forge), `path` is the manual's folder inside it.
    """
    if repo is not None:
        try:
            repository = pygit2.Repository(repo)
        except pygit2.GitError:
            raise SourceError(Msg("{repo} is not a Git repository", repo=repo)) from None
        subdir = (path or "").strip("/")
    else:
        root = Path(path or ".").absolute()
        found = pygit2.discover_repository(str(root))
        if found is None:
            raise SourceError(Msg("{root} is not inside a Git repository", root=root))
        repository = pygit2.Repository(found)
        subdir = root.resolve().relative_to(Path(repository.workdir).resolve()).as_posix()
        subdir = "" if subdir == "." else subdir
    if repository.head_is_unborn:
        raise SourceError(Msg("the repository has no commit yet: commit the manual first, then record on it"))
    if repository.head_is_detached:
        raise SourceError(Msg("HEAD is detached, so there is no branch to record on: switch to the branch first "
                              "(`git switch main`)"))
    return Target(repository, repository.head.name, subdir)


def committed(target: Target) -> tuple[pygit2.Commit, Loaded]:
    tip = target.tip
    label = f"{target.ref}:{target.subdir}" if target.subdir else target.ref
    source = GitSource(target.repo, tip, target.subdir, label)
    return tip, load(source, cache=for_source(source))


def _dirty(target: Target) -> Callable[[str], bool]:
    """Whether a manual file differs in the index or working tree from the branch's tip."""
    repo = target.repo
    if repo.is_bare or repo.head_is_detached or repo.head.name != target.ref:
        return lambda path: False

    def dirty(path: str) -> bool:
        try:
            return repo.status_file(target.repo_path(path)) != pygit2.enums.FileStatus.CURRENT
        except KeyError:
            return False

    return dirty


def _person(manual: Manual, by: str, role: str) -> tuple[Person | None, list[Refusal]]:
    config = manual.config
    person = config.people.get(by)
    if person is None:
        return None, [Refusal("", Msg("`{by}` is not listed under people in isodocs.yaml", by=by))]
    if by not in config.approvers:
        return person, [Refusal("", Msg("`{by}` is not among roles.{role}, so may not decide this", by=by, role=role))]
    return person, []


def _errors_by_path(loaded: Loaded) -> set[str]:
    return {d.path for d in check(loaded) if d.severity is Severity.ERROR}


def _can_approve(doc: Document, by: str, approvals, dirty, broken: set[str]) -> list[Refusal]:
    code = doc.code
    refusals = []
    if doc.prepared_by == by:
        refusals.append(Refusal(code, Msg("`{by}` prepared this document and may not approve it", by=by)))
    elif doc.approved_by != by:
        refusals.append(Refusal(code, Msg("the document names `{approved_by}` as its approver, not `{by}`", approved_by=doc.approved_by, by=by)))
    if dirty(doc.origin.path):
        refusals.append(Refusal(code, Msg("{path} has uncommitted changes: commit them first", path=doc.origin.path)))
    if doc.origin.path in broken:
        refusals.append(Refusal(code, Msg("the committed document has errors: `isodocs check` lists them")))
    latest = approvals[-1] if approvals else None
    if latest is not None and latest.revision > doc.revision:
        refusals.append(Refusal(code, Msg("its revision {revision} is below the approved revision {approved}", revision=doc.revision,
                                    approved=latest.revision)))
    elif latest is not None and latest.revision == doc.revision:
        refusals.append(Refusal(
            code,
            Msg("its content changed since revision {revision} was approved: raise `revision` to {value} and add a `changes` row for it", revision=doc.revision, value=doc.revision + 1)))
    return refusals


def approve(target: Target, codes: Iterable[str], every: bool, by: str, day: dt.date, decision: str = "",
            sign: Callable[[str], str] | None = None, days: Mapping[str, dt.date] | None = None) -> Written | None:
    """Record approvals dated `day` (or, for the codes `days` names, their own day); None when
    everything named is already approved and committed as it is. Raises Refused."""
    tip, loaded = committed(target)
    manual = loaded.manual
    if manual is None:
        raise Refused([Refusal("", Msg("the committed isodocs.yaml cannot be read: `isodocs check` says why"))])
    person, refusals = _person(manual, by, "approvers")
    found = records(manual)
    wanted = list(dict.fromkeys(codes))
    for code in wanted:
        if manual.document(code) is None:
            refusals.append(Refusal(code, Msg("no document has this code in the committed manual")))
    docs = [manual.document(c) for c in wanted if manual.document(c)]
    if every:
        docs += [d for d in manual.documents if d.code not in wanted]
    pending = [d for d in docs if approval_of(found.get(d.code, ([], None))[0], d) is None]
    dirty = _dirty(target)
    for code in (days or {}):
        if code not in {d.code for d in docs}:
            refusals.append(Refusal(code, Msg("a date is given for it, but it is not among the documents to approve")))
    if not refusals and not pending:
        edited = [d for d in docs if dirty(d.origin.path)]
        if not edited:
            return None
        # the committed content is approved: what was meant for approval is not committed yet
        raise Refused([Refusal(d.code, Msg("{path} has changes that are not committed; its committed content is "
                                           "approved already: commit the changes (a new revision) first",
                                           path=d.origin.path)) for d in edited])
    broken = _errors_by_path(loaded)
    for doc in pending:
        refusals += _can_approve(doc, by, found.get(doc.code, ([], None))[0], dirty, broken)
    if refusals:
        raise Refused(refusals)
    files = {
        f"{APPROVALS_DIR}/{safe_name(doc.code)}/r{doc.revision}.yaml": record_file({
            "code": doc.code, "action": "approve", "revision": doc.revision, "path": doc.origin.path,
            "content": doc.origin.blob_id, "issued": doc.issued.isoformat(),
            "effective": doc.effective_date.isoformat(),
            **decided_by(person, "approvers", (days or {}).get(doc.code, day)),
            **({"decision": decision} if decision else {}),
        })
        for doc in pending
    }
    summary = ", ".join(f"{d.code} r{d.revision}" for d in pending)
    dates = sorted({(days or {}).get(d.code, day) for d in pending})
    message = (f"isodocs approve: {summary}\n\nApproved by {person.name} ({by}) on "
               f"{', '.join(d.isoformat() for d in dates)}.")
    if decision:
        message += f"\nDecision: {decision}"
    commit = commit_files(target, tip, files, author(person), message + "\n", sign)
    return Written(str(commit), tuple(sorted(files)))


def withdraw(target: Target, code: str, by: str, day: dt.date, reason: str = "",
             sign: Callable[[str], str] | None = None) -> Written:
    tip, loaded = committed(target)
    manual = loaded.manual
    if manual is None:
        raise Refused([Refusal("", Msg("the committed isodocs.yaml cannot be read"))])
    person, refusals = _person(manual, by, "approvers")
    approvals, withdrawal = records(manual).get(code, ([], None))
    if manual.document(code) is None and not approvals:
        refusals.append(Refusal(code, Msg("no document has this code")))
    if withdrawal is not None:
        refusals.append(Refusal(code, Msg("already withdrawn on {day}", day=withdrawal.date)))
    if refusals:
        raise Refused(refusals)
    path = f"{APPROVALS_DIR}/{safe_name(code)}/withdrawn.yaml"
    data = {"code": code, "action": "withdraw", **decided_by(person, "approvers", day), **({"reason": reason} if reason else {})}
    message = f"isodocs withdraw: {code}\n\nWithdrawn by {person.name} ({by}) on {day.isoformat()}.\n"
    commit = commit_files(target, tip, {path: record_file(data)}, author(person), message, sign)
    return Written(str(commit), (path,))
