"""Writing records into a repository as ordinary Git objects and one ref update.

The commit is built through an in-memory index on top of the branch's tip, so the user's
index and working tree play no part in it; the ref moves only if nobody moved it meanwhile
(libgit2 compares the old value). In a checkout of that branch, the new files are then also
added to the index and the working tree: otherwise Git would show them as deleted and the
next `git commit -a` would drop the records.

A repository may commit a symbolic link where a record goes (approvals/<CODE>, or the record
file itself), and a working tree may hold one: the record would land wherever it leads. So
before anything is written, every step of each record's path is looked at in the commit and in
the working tree, and a link, or a file where a folder belongs, refuses the whole request.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pygit2
import yaml

from isodocs.i18n import Joined, Msg
from isodocs.model import Person
from isodocs.system.files import UnsafePath, write_file


@dataclass(frozen=True)
class Refusal:
    code: str  # the document concerned ("" for the request as a whole)
    why: Msg

    def message(self) -> Msg:
        return Msg("{code}: {why}", code=self.code, why=self.why) if self.code else self.why


class Refused(Exception):
    """Nothing was written, for these reasons (all of them, not the first)."""

    def __init__(self, refusals: list[Refusal]):
        super().__init__("; ".join(str(r.message()) for r in refusals))
        self.refusals = refusals
        self.message = Joined((Msg("refused; nothing was written:"), *(r.message() for r in refusals)), "\n")


class RefMoved(Exception):
    """Another writer moved the branch between reading and writing."""

    @property
    def message(self) -> Msg:
        return Msg("{ref} moved while recording; nothing was written, run it again", ref=str(self))


@dataclass(frozen=True)
class Target:
    """Where records go: a repository, its branch, and the manual's folder inside it."""

    repo: pygit2.Repository
    ref: str  # full name, e.g. refs/heads/main
    subdir: str  # the manual's folder relative to the repository root ("" at the root)

    @property
    def tip(self) -> pygit2.Commit:
        return self.repo.lookup_reference(self.ref).peel(pygit2.Commit)

    def repo_path(self, manual_path: str) -> str:
        return f"{self.subdir}/{manual_path}" if self.subdir else manual_path


def commit_files(
    target: Target,
    parent: pygit2.Commit,
    files: Mapping[str, bytes],  # manual-relative path -> content
    author: pygit2.Signature,
    message: str,
    sign: Callable[[str], str] | None = None,
) -> pygit2.Oid:
    repo = target.repo
    ref = repo.lookup_reference(target.ref)
    if ref.target != parent.id:
        raise RefMoved(target.ref)
    blocked = obstacles(target, parent, files)
    if blocked:
        raise Refused([Refusal("", why) for why in blocked])
    index = pygit2.Index()
    index.read_tree(parent.tree)
    entries = []
    for path, data in sorted(files.items()):
        entry = pygit2.IndexEntry(target.repo_path(path), repo.create_blob(data), pygit2.enums.FileMode.BLOB)
        index.add(entry)
        entries.append((entry, data))
    tree = index.write_tree(repo)
    if sign is None:
        commit = repo.create_commit(None, author, author, message, tree, [parent.id])
    else:
        content = repo.create_commit_string(author, author, message, tree, [parent.id])
        commit = repo.create_commit_with_signature(content, sign(content))
    try:
        ref.set_target(commit, message.splitlines()[0])
    except pygit2.GitError as exc:
        raise RefMoved(target.ref) from exc
    _follow_in_checkout(repo, target.ref, entries)
    return commit


def _in_checkout(repo: pygit2.Repository, ref: str) -> bool:
    """Whether the branch `ref` is checked out, so its records also go to the working tree."""
    return not (repo.is_bare or repo.head_is_detached or repo.head_is_unborn or repo.head.name != ref)


def _follow_in_checkout(repo: pygit2.Repository, ref: str, entries) -> None:
    if not _in_checkout(repo, ref):
        return
    index = repo.index
    index.read()
    for entry, data in entries:
        path = Path(repo.workdir) / entry.path
        try:
            if os.path.lexists(path):
                raise FileExistsError(path)
            write_file(path, data, trusted=repo.workdir)  # never through a link (looked at before the commit)
        except (OSError, UnsafePath):  # something put there since: the index follows the commit all the same
            index.add(pygit2.IndexEntry(entry.path, entry.id, entry.mode))
        else:
            index.add(entry.path)  # from the file, so the index knows its stat and Git sees it clean
    index.write()


def obstacles(target: Target, parent: pygit2.Commit, files: Iterable[str]) -> list[Msg]:
    """Why records cannot be written at these manual-relative paths: a symbolic link on the way
    (committed, or in the working tree of a checkout), or a file where a folder belongs, or
    something else where the record file belongs. Empty when nothing is in the way."""
    found: dict[str, Msg] = {}
    workdir = Path(target.repo.workdir) if _in_checkout(target.repo, target.ref) else None
    for path in files:
        parts = target.repo_path(path).split("/")
        for depth in range(1, len(parts) + 1):
            here, last = "/".join(parts[:depth]), depth == len(parts)
            why = _committed(parent.tree, here, last) or (_on_disk(workdir / here, last) if workdir else None)
            if why is not None:  # named as from the manual's folder, where its files are named
                inside = target.subdir and here.startswith(target.subdir + "/")
                found.setdefault(here, why.with_args(path=here[len(target.subdir) + 1:] if inside else here))
                break
    return list(found.values())


def _committed(tree: pygit2.Tree, here: str, last: bool) -> Msg | None:
    try:
        entry = tree[here]
    except KeyError:
        return None
    if entry.filemode == pygit2.enums.FileMode.LINK:
        return Msg("{path} is a symbolic link in the committed manual: isodocs never writes through a link; "
                   "remove it (`git rm`) and commit")
    if not last and entry.type != pygit2.enums.ObjectType.TREE:
        return Msg("{path} is a file or a submodule in the committed manual, where a folder of records belongs; "
                   "move it away and commit")
    if last and entry.type != pygit2.enums.ObjectType.BLOB:
        return Msg("{path} is a folder or a submodule in the committed manual, where a record belongs; "
                   "move it away and commit")
    return None


def _on_disk(path: Path, last: bool) -> Msg | None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return Msg("{path} in the working tree cannot be looked at: {value}", value=exc.strerror or str(exc))
    if stat.S_ISLNK(st.st_mode):
        return Msg("{path} is a symbolic link in the working tree: isodocs never writes through a link; remove it")
    if not last and not stat.S_ISDIR(st.st_mode):
        return Msg("{path} in the working tree is not a folder, where a folder of records belongs; move it away")
    if last and not stat.S_ISREG(st.st_mode):
        return Msg("{path} in the working tree is not a regular file, where a record belongs; move it away")
    return None


# --- what every record says, and who commits it -----------------------------------------------

def decided_by(person: Person, role: str, day: dt.date) -> dict:
    """The fields a record gives the person who decided (approved, withdrew, reviewed)."""
    return {"by": person.id, "name": person.name, "title": person.title, "role": role, "date": day.isoformat()}


def record_file(data: dict) -> bytes:
    """A record's file: YAML under a header saying, in both languages, that isodocs writes it (the
    header is part of the record format, not a message: the same in every manual)."""
    header = "# Written by isodocs; do not edit. / Do isodocs tạo ra; không sửa tay.\n"
    return (header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)).encode("utf-8")


def author(person: Person) -> pygit2.Signature:
    """The decider as isodocs.yaml names them, so Git needs no user configured."""
    return pygit2.Signature(person.name, person.email or f"{person.id}@isodocs.invalid")
