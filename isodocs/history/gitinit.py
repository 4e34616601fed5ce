"""A new manual's repository (`isodocs init`): where it goes, who its first commit is by, and
the commit itself, through pygit2 (no git program is needed).

A folder may become a repository of its own, or be the clone of an empty repository made on a
forge (a `.git` and no commit yet), or lie inside another repository's working tree (a
repository may hold several manuals): then the files are left for that repository's owner
to commit.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path

import pygit2

DEFAULT_BRANCH = "main"  # when Git's configuration names none (init.defaultBranch)
_AUTHOR = re.compile(r"^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$")


class Home(enum.Enum):
    NEW = "new"  # no repository: one is made in the folder
    UNBORN = "unborn"  # the folder is a repository with no commit yet (an empty forge clone)
    INSIDE = "inside"  # the folder lies in another repository's working tree: nothing is committed


@dataclass(frozen=True)
class Place:
    home: Home
    repository: str = ""  # the working tree of the repository holding the folder (INSIDE, UNBORN)
    has_commits: bool = False  # UNBORN only: the folder's repository turned out to have commits


def place(folder: Path) -> Place:
    """Where the manual's files would be committed. The folder need not exist yet."""
    if (folder / ".git").exists():
        try:
            repo = pygit2.Repository(str(folder))
        except pygit2.GitError:
            return Place(Home.UNBORN, str(folder), has_commits=True)  # unreadable: never written into
        return Place(Home.UNBORN, str(folder), has_commits=not repo.head_is_unborn)
    start = folder
    while not start.exists() and start.parent != start:
        start = start.parent
    found = pygit2.discover_repository(str(start))
    if found is not None:
        repo = pygit2.Repository(found)
        if repo.workdir:
            return Place(Home.INSIDE, str(Path(repo.workdir).resolve()))
    return Place(Home.NEW)


def parse_author(text: str) -> pygit2.Signature | None:
    """`Name <email>` as Git writes an author, or None when `text` is not that."""
    found = _AUTHOR.match(text)
    if not found or not found.group(1):
        return None
    return pygit2.Signature(found.group(1), found.group(2))


def _configured() -> dict[str, str]:
    """user.name, user.email and init.defaultBranch from Git's system, XDG and global
    configuration (a later level wins), read without a repository."""
    found: dict[str, str] = {}
    for level in (pygit2.Config.get_system_config, pygit2.Config.get_xdg_config, pygit2.Config.get_global_config):
        try:
            config = level()
        except (OSError, pygit2.GitError):
            continue
        for key in ("user.name", "user.email", "init.defaultBranch"):
            try:
                found[key] = config[key]
            except (KeyError, pygit2.GitError):
                pass
    return found


def configured_author(folder: Path) -> pygit2.Signature | None:
    """The author Git's configuration names (user.name and user.email), or None."""
    if (folder / ".git").exists():
        try:
            return pygit2.Repository(str(folder)).default_signature
        except (KeyError, pygit2.GitError):
            return None
    found = _configured()
    if found.get("user.name") and found.get("user.email"):
        return pygit2.Signature(found["user.name"], found["user.email"])
    return None


def commit_new_manual(folder: Path, paths: list[str], author: pygit2.Signature, message: str) -> str:
    """Commit the files `paths` (relative to `folder`, already written) as the first commit of
    the folder's repository, made now when there is none; its id. The index follows, so
    `git status` is clean afterwards."""
    if (folder / ".git").exists():
        repo = pygit2.Repository(str(folder))
    else:
        repo = pygit2.init_repository(str(folder), initial_head=DEFAULT_BRANCH)
        branch = _configured().get("init.defaultBranch")
        if branch and branch != DEFAULT_BRANCH:
            repo.references.create("HEAD", f"refs/heads/{branch}", force=True)
    index = repo.index
    for path in sorted(paths):
        index.add(path)
    index.write()
    tree = index.write_tree()
    return str(repo.create_commit("HEAD", author, author, message, tree, []))
