"""One pass over the commit graph: the commits that touched each file of the manual.

From the tip back, each commit's manual folder is diffed tree to tree against its parents'
folder (whole repository trees are never compared: other projects may share the repository).
A commit whose folder is the same object as its parent's costs one id comparison.

Renames are followed back in time, never copies: `git log --follow` also guesses copies and
so attaches other files' commits to a document. A file's identity is its path at the tip
(or the last path it had, for files gone since). Which earlier path carried that identity
depends on the line of history, so each commit still to visit carries its own small map of
the paths whose identity differs from the path itself (only renamed files: usually empty,
shared between commits until a rename changes it).

At a merge a file counts only when it differs from every parent, as `git log -- PATH` does:
counting changes against the first parent alone would credit the merge with every change
made on the merged branch.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Literal, Mapping, NamedTuple

import pygit2
from pygit2.enums import DeltaStatus, DiffFind, ObjectType, SortMode

from isodocs.load.cache import Cache, for_source
from isodocs.system import parallel
from isodocs.system.progress import Stage, advance

# A raw tree is a run of `<mode> <name>\0<20-byte id>` entries, sorted by name.
_RAW_ENTRY = re.compile(rb"[0-7]+ [^\0]+\0.{20}", re.DOTALL)
_RAW_ENTRIES = re.compile(rb"(?:[0-7]+ [^\0]+\0.{20})*", re.DOTALL)
_TREE, _SUBMODULE = b"40000", b"160000"
_NONE = (None, None)

_KINDS = {DeltaStatus.ADDED: "added", DeltaStatus.DELETED: "deleted", DeltaStatus.RENAMED: "renamed"}


@dataclass(frozen=True)
class CommitInfo:
    id: str
    time: int  # author time, seconds since the epoch
    offset: int  # author's offset from UTC, minutes
    author: str
    summary: str  # the message's first line

    @property
    def date(self) -> dt.date:
        """The day in the author's own time zone, as `git log` shows it."""
        return git_time(self.time, self.offset).date()


def git_time(seconds: int, offset: int) -> dt.datetime:
    """A time Git recorded, in its own zone. A repository can write any number there: a zone
    beyond a day's width counts as UTC, a time beyond the calendar as its first or last day."""
    zone = dt.timezone(dt.timedelta(minutes=offset)) if -1440 < offset < 1440 else dt.timezone.utc
    try:
        return dt.datetime.fromtimestamp(seconds, zone)
    except (OverflowError, OSError, ValueError):
        return (dt.datetime.max if seconds > 0 else dt.datetime.min).replace(tzinfo=zone)


@dataclass(frozen=True)
class Touch:
    """A commit that changed a file."""

    commit: CommitInfo
    path: str  # the file's path in that commit, relative to the manual
    blob: str  # the file's content after the commit; for a deletion, the content it had before
    change: Literal["added", "modified", "renamed", "deleted"]


@dataclass(frozen=True)
class Walked:
    tip: str  # the commit the walk started from
    files: Mapping[str, tuple[Touch, ...]]  # by the file's path at the tip: newest first

    def touches(self, path: str) -> tuple[Touch, ...]:
        return self.files.get(path, ())


class _Change(NamedTuple):  # a tuple: a big walk makes hundreds of thousands of them
    kind: str
    old: str  # path before
    new: str  # path after (the path before, for a deletion)
    blob: str


def walk(repo: pygit2.Repository, tip: pygit2.Commit, subdir: str = "", within: Iterable[str] = ("",),
         caches: Callable[[str], Cache | None] = lambda folder: None) -> Walked:
    """Every commit reachable from `tip` that changed a file of the manual in folder `subdir`;
    only files in the manual's folders `within` (relative to the manual; "" for all of it).
    `caches(folder)` gives where to keep what each commit changed in that folder, if anywhere;
    a subfolder without one is looked for in the cache of its top folder."""
    return Walking(repo, tip, subdir, within, caches).walked()


class Walking:
    """A walk begun (see `walk`): its commits listed and, when many are unknown to the caches,
    their trees already being read in worker processes, while the caller does other work
    until it asks for what was `walked`. `close` stops the workers of a walk not finished."""

    def __init__(self, repo: pygit2.Repository, tip: pygit2.Commit, subdir: str = "", within: Iterable[str] = ("",),
                 caches: Callable[[str], Cache | None] = lambda folder: None):
        folders = {folder: caches(folder) for folder in within}
        covering = {folder: caches(folder.split("/")[0]) for folder, cache in folders.items()
                    if cache is None and "/" in folder}
        self.tip = tip
        self.steps = _Steps(_Trees(repo, subdir), folders, covering)
        self.commits = list(repo.walk(tip.id, SortMode.TOPOLOGICAL | SortMode.TIME))
        self.steps.prepare(repo.path, subdir, self.commits)

    def walked(self) -> Walked:
        commits, steps = self.commits, self.steps
        aliases: dict[pygit2.Oid, dict[str, str]] = {self.tip.id: {}}  # per commit still to visit
        found: dict[str, list[Touch]] = defaultdict(list)
        try:
            for done, commit in enumerate(commits, 1):
                advance(Stage.HISTORY, done, len(commits))
                here = aliases.pop(commit.id, {})
                changes = steps.of(commit)
                for parent, changed in zip(commit.parent_ids, changes):
                    _hand_down(aliases, parent, _older(here, changed))
                counted = _counted(changes)
                info = _info(commit) if counted else None
                for key, change in counted.items():
                    found[here.get(key, key)].append(Touch(info, key, change.blob, change.kind))
        finally:
            steps.close()
        steps.save()
        return Walked(str(self.tip.id), {path: tuple(touches) for path, touches in found.items()})

    def close(self) -> None:
        self.steps.close()

    def __enter__(self) -> Walking:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def walk_source(source, within: Iterable[str]) -> Walked:
    """The walk from the commit a GitSource reads, what each commit changed in the manual's
    top folders cached (a subfolder, such as one document's approvals, is walked with the help
    of its top folder's cache)."""
    return begin_walk(source, within).walked()


def begin_walk(source, within: Iterable[str]) -> Walking:
    """`walk_source` begun: see `Walking`."""
    return Walking(source.repo, source.repo[source.commit], source.subdir, sorted(within),
                   lambda folder: None if "/" in folder else for_source(source, "walk", folder, keep_all=True))


class _Steps:
    """What each commit changed against each of its parents (against nothing, for a first
    commit), folder by folder: from the cache when a folder has one, else from the trees.

    A commit's changes are a fact about two immutable trees, so they are cached by commit id
    for good: a later walk reads the trees only of commits it has not seen. An entry is a list
    per parent of `[kind, path, blob]`, with the path before appended for a rename.

    Commits are independent of each other here (only the renames handed down need the order),
    so when many are unknown, as on a first run, they are worked out ahead in worker processes,
    a run of consecutive commits at a time: reading trees is nearly all of a walk's time. The
    runs come back newest first, and the walk goes on with each as soon as it is back, while
    the workers work out the next ones (it waits only for the last).
    """

    def __init__(self, trees: _Trees, caches: dict[str, Cache | None], covering: dict[str, Cache | None]):
        self.trees, self.caches = trees, caches
        # a subfolder without a cache of its own (one document's approval records) is
        # unchanged wherever the cache of the folder holding it shows no change inside it
        self.covering = {folder: cache for folder, cache in covering.items() if cache is not None}
        self.ready: dict[str, dict[str, list]] = {folder: {} for folder in caches}  # worked out ahead
        self.awaited: set[str] = set()  # commits being worked out ahead, not back yet
        self.coming: Iterator[dict[str, dict[str, list]]] = iter(())  # the runs, as they come back

    def prepare(self, repo_path: str, subdir: str, commits: list[pygit2.Commit]) -> None:
        """Work out ahead, in parallel, the commits nothing is known of, when they are many."""
        count = parallel.workers()
        if count < 2 or len(commits) < PARALLEL_FROM:
            return
        unknown = [str(c.id) for c in commits
                   if any(self._stored(folder, str(c.id), len(c.parent_ids or [None])) is None for folder in self.caches)]
        if len(unknown) < PARALLEL_FROM:
            return
        runs = parallel.runs(unknown, count * RUNS_PER_WORKER)
        self.coming = parallel.over_workers(_worked_out, [(repo_path, subdir, tuple(self.caches), run) for run in runs],
                                            processes=count, plain=True)
        self.awaited = set(unknown)

    def _back(self, key: str) -> None:
        """Wait for the run that works out commit `key`, if it is being worked out."""
        while key in self.awaited:
            worked = next(self.coming, None)
            if worked is None:  # every run is back
                self.awaited.clear()
                return
            for folder, entries in worked.items():
                self.ready[folder].update(entries)
                self.awaited.difference_update(entries)

    def close(self) -> None:
        """The worker processes stopped, once every run is back (or the walk failed)."""
        close = getattr(self.coming, "close", None)
        if close is not None:
            close()

    def of(self, commit: pygit2.Commit) -> list[dict[str, _Change]]:
        key = str(commit.id)
        self._back(key)
        parents = commit.parent_ids or [None]
        changes: list[dict[str, _Change]] = [{} for _ in parents]
        missing = []
        for folder, cache in self.caches.items():
            ready = self.ready[folder].pop(key, None)
            stored = ready or self._stored(folder, key, len(parents))
            if stored is None:
                missing.append(folder)
                continue
            if ready is not None and cache is not None:
                cache.put(key, ready)
            for mine, part in zip(changes, stored):
                mine.update(_decoded(part))
        if not missing:
            self.trees.folders.pop(commit.id, None)
        for folder, found in _work_out(self.trees, commit, missing).items():
            if self.caches[folder] is not None:
                self.caches[folder].put(key, [[_encode(c) for c in part.values()] for part in found])
            for mine, part in zip(changes, found):
                mine.update(part)
        return changes

    def _stored(self, folder: str, key: str, parents: int) -> list[list] | None:
        """The cached entry of a commit for `folder`, if known (for as many parents)."""
        cache = self.caches[folder]
        stored = cache.get(key) if cache is not None else self._outside(folder, key, parents)
        return stored if stored is not None and len(stored) == parents else None

    def _outside(self, folder: str, key: str, parents: int) -> list[list] | None:
        """No change for `folder`, when the covering cache knows the commit changed nothing in it."""
        cache = self.covering.get(folder)
        stored = cache.get(key) if cache is not None else None
        if stored is None or len(stored) != parents:
            return None
        inside = folder + "/"
        if any(entry[1].startswith(inside) or (len(entry) > 3 and entry[3].startswith(inside))
               for part in stored for entry in part):
            return None
        return [[] for _ in range(parents)]

    def save(self) -> None:
        for cache in self.caches.values():
            if cache is not None:
                cache.save()


PARALLEL_FROM = 2000  # unknown commits worth starting worker processes for (0.1 s each)
RUNS_PER_WORKER = 4  # runs of commits each worker takes in turn: the walk goes on with the first ones back


def _work_out(trees: _Trees, commit: pygit2.Commit, folders: list[str]) -> dict[str, list[dict[str, _Change]]]:
    """What the commit changed in each folder, from the trees."""
    if not folders:
        return {}
    tree = trees.pop(commit)
    parents = commit.parent_ids or [None]
    return {folder: [trees.changes(trees.folder(p) if p else None, tree, folder) for p in parents] for folder in folders}


def _worked_out(job: tuple[str, str, tuple[str, ...], list[str]]) -> dict[str, dict[str, list]]:
    """In a worker process: the cache entries of a run of commits, for each folder."""
    repo_path, subdir, folders, keys = job
    repo = pygit2.Repository(repo_path)
    trees = _Trees(repo, subdir)
    worked: dict[str, dict[str, list]] = {folder: {} for folder in folders}
    for key in keys:
        for folder, found in _work_out(trees, repo[key], list(folders)).items():
            worked[folder][key] = [[_encode(c) for c in part.values()] for part in found]
    return worked


def _encode(change: _Change) -> list[str]:
    kind = _CODES[change.kind]
    return [kind, change.new, change.blob, change.old] if change.old != change.new else [kind, change.new, change.blob]


def _decoded(stored: list[list[str]]) -> dict[str, _Change]:
    return {entry[1]: _Change(_NAMES[entry[0]], entry[3] if len(entry) > 3 else entry[1], entry[1], entry[2])
            for entry in stored}


_CODES = {"added": "A", "modified": "M", "renamed": "R", "deleted": "D"}
_NAMES = {code: kind for kind, code in _CODES.items()}


class _Trees:
    """Changes between two states of the manual's folder.

    libgit2's tree-to-tree diff visits every file even where whole subtrees are the same
    object (0.14 µs a file: over 1 ms a commit for a province's manual), so the walk descends
    itself only into subtrees that differ, and leaves to libgit2 just the commits that add and
    delete files, where it pairs renames by content similarity. Trees are compared as raw
    bytes, and only the entries where the bytes of the two differ are split out (see
    `_differing`): making a Python object of every entry would cost more than libgit2's whole
    diff, and splitting every entry, even in C, costs half as much again as reading the tree.

    The bytes of trees that change in every commit (the manual's folder, `documents`) are
    kept for the parent's turn. Raising libgit2's cache limit for trees, which speeds up
    whole-tree diffs, does not speed up this walk and holds 190 MiB more at province scale
    (measured with benchmarks/bench_history.py).
    """

    def __init__(self, repo: pygit2.Repository, subdir: str):
        self.repo, self.subdir = repo, subdir
        self.folders: dict[pygit2.Oid, pygit2.Oid | None] = {}  # commit -> its manual folder
        # a tree compared as the newer side is compared again at its parent's turn (usually
        # the next commit) as the older one; a few hundred cover the branches of the walk
        self.recent = functools.lru_cache(maxsize=256)(self._raw)
        # a tree read as the older side is the newer side at the turn of the commit that made
        # it, which may come thousands of commits later (a document's approval records change
        # once in a hundred approvals): kept until then, so that no tree is read twice
        self.kept: dict[pygit2.Oid, bytes] = {}
        # a folder such as approvals/ (a subfolder per document) changes seldom: its
        # subfolders are looked up once per version of it, not once per commit
        self.child = functools.lru_cache(maxsize=4096)(self._child)

    def folder(self, commit_id: pygit2.Oid) -> pygit2.Oid | None:
        """The manual folder's tree in a commit (None: it has none), looked up once."""
        if commit_id not in self.folders:
            self.folders[commit_id] = self.subtree(self.repo[commit_id].tree_id, self.subdir)
        return self.folders[commit_id]

    def pop(self, commit: pygit2.Commit) -> pygit2.Oid | None:
        """The commit's folder, forgotten afterwards: every child has been visited already."""
        if commit.id in self.folders:
            return self.folders.pop(commit.id)
        return self.subtree(commit.tree_id, self.subdir)

    def subtree(self, tree_id: pygit2.Oid | None, folder: str) -> pygit2.Oid | None:
        for name in folder.split("/") if folder else ():
            if tree_id is None:
                break
            tree_id = self.child(tree_id, name)
        return tree_id

    def _child(self, tree_id: pygit2.Oid, name: str) -> pygit2.Oid | None:
        try:
            entry = self.repo[tree_id][name]
        except KeyError:
            return None
        return entry.id if entry.type == ObjectType.TREE else None

    def raw(self, tree_id: pygit2.Oid | None, older: bool) -> bytes:
        """A tree's raw bytes; an older side's kept until its own commit's turn."""
        if tree_id is None:
            return b""
        found = self.kept.get(tree_id) if older else self.kept.pop(tree_id, None)
        if found is None:
            found = self.recent(tree_id)
        if older:
            self.kept[tree_id] = found
        return found

    def _raw(self, tree_id: pygit2.Oid) -> bytes:
        return self.repo.odb.read(tree_id)[1]

    def changes(self, old: pygit2.Oid | None, new: pygit2.Oid | None, folder: str) -> dict[str, _Change]:
        """What changed in `folder` between two states of the manual's folder, by path after
        (before, for deletions)."""
        return self._changes(self.subtree(old, folder), self.subtree(new, folder), folder) if old != new else {}

    def _changes(self, old: pygit2.Oid | None, new: pygit2.Oid | None, folder: str) -> dict[str, _Change]:
        if old == new:
            return {}
        found: dict[str, _Change] = {}
        self._compare(old, new, f"{folder}/" if folder else "", found)
        moved = [path for path, change in found.items() if change.kind in ("added", "deleted")]
        if {found[path].kind for path in moved} != {"added", "deleted"}:
            return found
        # perhaps renames: libgit2 pairs them, within the smallest folder holding them all
        common = posixpath.commonpath(moved)
        below = common[len(folder):].strip("/")  # the paths found start with `folder`
        paired = self._paired(self.subtree(old, below), self.subtree(new, below), common)
        return {**{path: c for path, c in found.items() if not _inside(path, common)}, **paired}

    def _compare(self, old: pygit2.Oid | None, new: pygit2.Oid | None, prefix: str, found: dict[str, _Change]) -> None:
        gone, came = _differing(self.raw(old, True), self.raw(new, False))
        was, now = dict(map(_parse, gone)), dict(map(_parse, came))  # name -> (mode, id)
        for name in was.keys() | now.keys():
            path = prefix + name
            (old_mode, old_id), (new_mode, new_id) = was.get(name, _NONE), now.get(name, _NONE)
            if _TREE in (old_mode, new_mode):
                self._compare(_tree(old_mode, old_id), _tree(new_mode, new_id), path + "/", found)
            old_blob, new_blob = _blob(old_mode, old_id), _blob(new_mode, new_id)
            if new_blob:
                found[path] = _Change("modified" if old_blob else "added", path, path, new_blob)
            elif old_blob:
                found[path] = _Change("deleted", path, path, old_blob)

    def _paired(self, old: pygit2.Oid | None, new: pygit2.Oid | None, folder: str) -> dict[str, _Change]:
        """The changes in `folder` as libgit2 sees them, renames found (copies are not looked for)."""
        if old is None:
            diff = self.repo[new].diff_to_tree(swap=True)
        elif new is None:
            diff = self.repo[old].diff_to_tree()
        else:
            diff = self.repo[old].diff_to_tree(self.repo[new])
        diff.find_similar(flags=DiffFind.FIND_RENAMES)
        prefix = f"{folder}/" if folder else ""
        changes = {}
        for delta in diff.deltas:
            kind = _KINDS.get(delta.status, "modified")
            after = delta.old_file if kind == "deleted" else delta.new_file
            changes[prefix + after.path] = _Change(kind, prefix + delta.old_file.path, prefix + after.path, str(after.id))
        return changes


def _differing(old: bytes, new: bytes) -> tuple[list[bytes], list[bytes]]:
    """The raw entries only the old tree has, and those only the new one has.

    A commit changes a few entries of a folder, and the bytes of its two trees are the same
    between them. Entries can only be told apart reading from the start, so the two trees are
    read side by side: a run of bytes both share is passed in C, up to the last entry it holds
    whole; then the next entry of each is split out, and the one first in Git's order (or
    both, when they name the same file) is taken. A tree that cannot be read so (malformed, or
    out of order) is compared as the set of every entry it holds."""
    gone: list[bytes] = []
    came: list[bytes] = []
    at_old = at_new = 0
    last_old = last_new = b""
    while len(old) - at_old != len(new) - at_new or old[at_old:] != new[at_new:]:  # often the same to the end
        shared = _RAW_ENTRIES.match(old, at_old, at_old + _shared_run(old, at_old, new, at_new)).end() - at_old
        at_old, at_new = at_old + shared, at_new + shared
        was = _RAW_ENTRY.match(old, at_old) if at_old < len(old) else None
        now = _RAW_ENTRY.match(new, at_new) if at_new < len(new) else None
        was_key, now_key = _order(was), _order(now)
        if (was is None and at_old < len(old)) or (now is None and at_new < len(new)) \
                or (was and was_key <= last_old) or (now and now_key <= last_new):
            before, after = set(_RAW_ENTRY.findall(old)), set(_RAW_ENTRY.findall(new))
            return list(before - after), list(after - before)
        if was is not None and (now is None or was_key <= now_key):
            gone.append(was.group())
            at_old, last_old = was.end(), was_key
        if now is not None and (was is None or now_key <= was_key):
            came.append(now.group())
            at_new, last_new = now.end(), now_key
    return gone, came


def _order(entry: re.Match | None) -> bytes:
    """Where an entry sorts in its tree: by name, a folder's name as if it ended in "/"."""
    if entry is None:
        return b""
    mode, name = entry.group()[:-21].split(b" ", 1)
    return name + b"/" if mode == _TREE else name


def _shared_run(a: bytes, at_a: int, b: bytes, at_b: int) -> int:
    """How many bytes `a` from `at_a` and `b` from `at_b` share at the start: found by
    halving, so that each comparison is one in C."""
    low, high = 0, min(len(a) - at_a, len(b) - at_b)
    while low < high:
        middle = (low + high + 1) // 2
        if a[at_a + low:at_a + middle] == b[at_b + low:at_b + middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _inside(path: str, folder: str) -> bool:
    return not folder or path.startswith(folder + "/")


def _parse(entry: bytes) -> tuple[str, tuple[bytes, bytes]]:
    """A raw tree entry as (name, (mode, id))."""
    mode, name = entry[:-21].split(b" ", 1)
    return name.decode("utf-8", "surrogateescape"), (mode, entry[-20:])


def _tree(mode: bytes | None, raw_id: bytes | None) -> pygit2.Oid | None:
    return pygit2.Oid(raw=raw_id) if mode == _TREE else None


def _blob(mode: bytes | None, raw_id: bytes | None) -> str:
    """The blob's id in hex ("" for no blob: nothing, a folder or a submodule)."""
    return raw_id.hex() if mode is not None and mode not in (_TREE, _SUBMODULE) else ""


def _counted(changes: list[dict[str, _Change]]) -> dict[str, _Change]:
    """The changes a commit made: at a merge, only files that differ from every parent."""
    first, *others = changes
    return {key: change for key, change in first.items() if all(key in other for other in others)}


def _older(aliases: dict[str, str], changes: dict[str, _Change]) -> dict[str, str]:
    """The identities of a parent's paths, from its child's and what changed in between.

    Copy on write: most commits rename nothing and hand the same map down."""
    moved = [c for c in changes.values() if c.kind == "renamed" or (c.kind == "added" and c.new in aliases)]
    if not moved:
        return aliases
    older = dict(aliases)
    for change in moved:  # the path after a rename or an addition held something else before (or nothing)
        older.pop(change.new, None)
    for change in (c for c in moved if c.kind == "renamed"):
        identity = aliases.get(change.new, change.new)
        if identity == change.old:
            older.pop(change.old, None)
        else:
            older[change.old] = identity
    return older


def _hand_down(aliases: dict[pygit2.Oid, dict[str, str]], parent: pygit2.Oid, mine: dict[str, str]) -> None:
    """Give a parent the map of one more child. Children disagree only when branches renamed
    differently; the child visited first (the newer) wins, path by path."""
    theirs = aliases.get(parent)
    if theirs is None:
        aliases[parent] = mine
    elif theirs is not mine:
        aliases[parent] = {**mine, **theirs}


def _info(commit: pygit2.Commit) -> CommitInfo:
    author = commit.author
    summary = commit.message.split("\n", 1)[0].strip()
    return CommitInfo(str(commit.id), author.time, author.offset, author.name, summary)
