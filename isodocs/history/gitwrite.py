"""Writing records into a repository as ordinary Git objects and one ref update.

The commit is built through an in-memory index on top of the branch's tip, so the user's
index and working tree play no part in it; the ref moves only if nobody moved it meanwhile
(libgit2 compares the old value). In a checkout of that branch, the new files are then also
added to the index and the working tree: otherwise Git would show them as deleted and the
next `git commit -a` would drop the records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

import pygit2
import yaml

from isodocs.i18n import Msg
from isodocs.model import Person


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


def _follow_in_checkout(repo: pygit2.Repository, ref: str, entries) -> None:
    if repo.is_bare or repo.head_is_detached or repo.head.name != ref:
        return
    index = repo.index
    index.read()
    for entry, data in entries:
        path = Path(repo.workdir) / entry.path
        if path.exists():
            index.add(pygit2.IndexEntry(entry.path, entry.id, entry.mode))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            index.add(entry.path)  # from the file, so the index knows its stat and Git sees it clean
    index.write()


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
