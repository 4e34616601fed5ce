"""The manual in force: each document's approved content, read from Git, never the working tree.

An approval record pins the exact content approved (its blob id), and that blob is an ordinary
object of the repository however the file changed since. `OfficialSource` presents a commit's
manual (configuration, legal register, templates, approvals) with each document file replaced
by the blob of its revision in force, so the ordinary loader, checks and renderer do the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Literal, Mapping, get_args

import pygit2

from isodocs.history.recipe import Recipe
from isodocs.history.walk import git_time
from isodocs.i18n import Msg, formats
from isodocs.load.cache import for_source, kept_size
from isodocs.load.source import APPROVALS_DIR, Entry, GitSource, Source, SourceError, open_source
from isodocs.model import Approval, Manual, lifecycle
from isodocs.model.reader import Loaded, cached_codes, is_document_file, load
from isodocs.system.files import safe_name

DOCUMENTS_DIR = "documents/"


def commit_day(commit: pygit2.Commit) -> dt.date:
    """The day of a commit where it was made (its committer's time zone)."""
    return git_time(commit.commit_time, commit.commit_time_offset).date()


@dataclass(frozen=True)
class Ledger:
    """A commit's approval records, and which documents the commit still holds a file of.

    As in `lifecycle.status_of`, a document whose file is gone is obsolete: from the commit's
    day, for lack of a better date (the walk that would find the removal is not needed here).
    """

    found: Mapping[str, tuple[list[Approval], Approval | None]]  # lifecycle.records()
    present: frozenset[str]  # codes with a file in the commit
    day: dt.date  # the commit's day
    paths: Mapping[str, str]  # blob id -> a path holding it in the commit

    @property
    def codes(self) -> list[str]:
        return sorted(set(self.found) | self.present)

    def approvals(self, code: str) -> list[Approval]:
        return self.found.get(code, ([], None))[0]

    def withdrawal(self, code: str) -> Approval | None:
        return self.found.get(code, ([], None))[1]

    def in_force(self, code: str, on: dt.date) -> Approval | None:
        if code not in self.present and on >= self.day:
            return None
        approvals, withdrawal = self.found.get(code, ([], None))
        return lifecycle.in_force(approvals, withdrawal, on)


def ledger(source: GitSource, loaded: Loaded | None = None) -> tuple[Manual | None, Ledger | None]:
    """The commit's manual without its documents and register (its configuration and approvals),
    and its ledger; (None, None) when isodocs.yaml cannot be read. Only document files whose
    content no approval names are parsed, to learn their codes: the approvals name the others'.
    `loaded`: the whole manual of that commit, already loaded (a draft's), which holds both."""
    entries = source.entries()
    documents = [e.path for e in entries if is_document_file(e.path) and e.readable]
    blobs = source.blob_ids(documents)
    approval_paths = {e.path for e in entries if e.path.startswith(APPROVALS_DIR + "/")}
    cache = for_source(source) if loaded is None else None
    manual = load(source, only=approval_paths, cache=cache).manual if loaded is None else loaded.manual
    if manual is None:
        return None, None
    approved = {a.content: a.code for a in manual.approvals if a.action == "approve"}
    unknown = {path for path in documents if blobs[path] not in approved}
    present = {approved[blob] for blob in blobs.values() if blob in approved}
    # the codes of the files no approval names: from the cache, where it holds the file's data
    known = cached_codes(source, unknown, cache) if loaded is None else {}
    present |= set(known.values())
    rest = unknown - set(known)
    drafts = loaded if loaded is not None else load(source, only=rest, cache=cache) if rest else None
    if drafts is not None and drafts.manual is not None:
        present |= {doc.code for doc in drafts.manual.documents if doc.origin.path in rest} | drafts.broken_codes
    paths = {blob: path for path, blob in sorted(blobs.items(), reverse=True)}  # the first path wins
    return manual, Ledger(lifecycle.records(manual), frozenset(present), commit_day(source.repo[source.commit]),
                          paths)


@dataclass(frozen=True)
class LeftOut:
    """A document of the commit that a build leaves out, and why."""

    code: str
    why: Literal["never_approved", "not_yet", "withdrawn", "removed"]
    date: dt.date | None = None  # when it takes effect (not_yet) or was withdrawn
    revision: int = 0

    def message(self) -> Msg:
        day = formats.date(self.date)
        why = {
            "never_approved": Msg("never approved"),
            "not_yet": Msg("revision {revision} takes effect on {day}", revision=self.revision, day=day),
            "withdrawn": Msg("withdrawn on {day}", day=day),
            "removed": Msg("its file is gone from the manual, so revision {revision} is no longer in force "
                           "(`isodocs withdraw` records why)", revision=self.revision),
        }[self.why]
        return Msg("{code}: {why}; left out", code=self.code, why=why)


def choose(book: Ledger, on: dt.date) -> tuple[dict[str, Approval], list[LeftOut]]:
    """The approval of each document's revision in force on `on`, and the documents of the
    commit left out. Codes only the approvals remember (withdrawn, removed) go unmentioned."""
    chosen: dict[str, Approval] = {}
    left_out: list[LeftOut] = []
    for code in book.codes:
        approval = book.in_force(code, on)
        if approval is not None:
            chosen[code] = approval
            continue
        approvals, withdrawal = book.approvals(code), book.withdrawal(code)
        if code not in book.present:
            started = lifecycle.in_force(approvals, withdrawal, on)
            if started is not None:  # in force but for its file: say so, it may be a mistake
                left_out.append(LeftOut(code, "removed", revision=started.revision))
        elif withdrawal is not None and withdrawal.date <= on:
            left_out.append(LeftOut(code, "withdrawn", withdrawal.date))
        elif approvals:
            first = min(approvals, key=lifecycle.start)
            left_out.append(LeftOut(code, "not_yet", lifecycle.start(first), first.revision))
        else:
            left_out.append(LeftOut(code, "never_approved"))
    return chosen, left_out


class OfficialSource(GitSource):
    """A commit's manual with each document file replaced by the blob of its revision in force.

    A document sits where the commit holds that blob, else where it was approved (a later
    edit or move does not matter); `documents` maps code -> approval."""

    def __init__(self, base: GitSource, book: Ledger, documents: Mapping[str, Approval]):
        super().__init__(base.repo, base.repo[base.commit], base.subdir, base.label)
        self.placed: dict[str, pygit2.Oid] = {}
        for code, approval in sorted(documents.items()):
            oid = pygit2.Oid(hex=approval.content)
            if oid not in self.repo:
                raise SourceError(
                    Msg("the approved content of {code} revision {revision} ({value}) is not in this repository: fetch its whole history (a shallow clone lacks old content)", code=code, revision=approval.revision, value=approval.content[:12]))
            path = book.paths.get(approval.content) or approval.path
            if not is_document_file(path):  # a record written by hand: the loader must still see a document
                path = f"{DOCUMENTS_DIR}{safe_name(code)}.yaml"
            self.placed[_free(path, self.placed)] = oid

    def entries(self) -> list[Entry]:
        kept = [e for e in super().entries() if not e.path.startswith(DOCUMENTS_DIR)]
        for path, oid in sorted(self.placed.items()):
            self._blobs[path] = oid
            kept.append(Entry(path, self.repo.odb.read_header(oid)[1]))
        return kept


def _free(path: str, taken: Mapping[str, object]) -> str:
    """`path`, or a sibling name when another document already sits there (a file approved at a
    path that a different document holds now)."""
    candidate, n = path, 2
    while candidate in taken:
        p = PurePosixPath(path)
        candidate, n = str(p.with_name(f"{p.stem}~{n}{p.suffix}")), n + 1
    return candidate


Standing = Literal["in_force", "superseded", "withdrawn", "not_in_force"]
STANDINGS: tuple[Standing, ...] = get_args(Standing)


def standing(book: Ledger, code: str, content: str, today: dt.date) -> tuple[str, Approval | None]:
    """Whether this content of a document is its revision in force today, and the approval of
    the one that is: in_force; superseded (another revision is); withdrawn; not_in_force (never
    approved, not yet in force, or its file removed)."""
    now = book.in_force(code, today)
    if now is not None:
        return ("in_force" if now.content == content else "superseded"), now
    withdrawal = book.withdrawal(code)
    return ("withdrawn" if withdrawal is not None and withdrawal.date <= today else "not_in_force"), None


@dataclass(frozen=True)
class Prepared:
    """The manual a build renders, each document's marking, and the documents it leaves out."""

    loaded: Loaded
    markings: Mapping[str, str]  # code -> controlled | draft | obsolete
    left_out: tuple[LeftOut, ...] = ()
    now: Ledger | None = None  # the ledger of recipe.records, which judged the markings


def draft_markings(manual: Manual) -> dict[str, str]:
    """Newest content: controlled where exactly this content is approved, else a draft."""
    found = lifecycle.records(manual)
    return {doc.code: "controlled" if lifecycle.approval_of(found.get(doc.code, ([], None))[0], doc) else "draft"
            for doc in manual.documents}


def prepare(source: Source, recipe: Recipe) -> Prepared:
    """What `recipe` renders from `source`: the newest content for a draft, else (`source` then
    being a GitSource of recipe.commit) the revisions in force on recipe.on, each marked
    obsolete when the approvals of recipe.records no longer have it in force on recipe.today."""
    if recipe.on is None:
        loaded = load(source, cache=for_source(source))
        return Prepared(loaded, draft_markings(loaded.manual) if loaded.manual else {})
    assert isinstance(source, GitSource)
    manual, book = ledger(source)
    if manual is None:
        return Prepared(load(source), {})  # isodocs.yaml cannot be used: the loader says why
    now = book
    if recipe.records and recipe.records != source.commit:
        records = source.repo[recipe.records].peel(pygit2.Commit)
        now = ledger(GitSource(source.repo, records, source.subdir, recipe.records[:12]))[1] or book
    chosen, left_out = choose(book, recipe.on)
    official = OfficialSource(source, book, chosen)
    loaded = load(official, cache=for_source(official, "official"))  # apart: approved contents lag the newest
    if loaded.manual is not None:  # references to documents left out are still references to the manual's
        loaded = replace(loaded, withheld=frozenset(book.codes) - set(chosen))
    markings = {code: "obsolete" if _obsolete(approval, now.in_force(code, recipe.today), recipe.today) else "controlled"
                for code, approval in chosen.items()}
    return Prepared(loaded, markings, tuple(left_out), now)


def kept_before(source: Source, recipe: Recipe) -> int:
    """How many bytes of what `prepare` reads an earlier run kept in the caches (0: none)."""
    return kept_size(source, "documents" if recipe.on is None else "official")


def _obsolete(approval: Approval, now: Approval | None, today: dt.date) -> bool:
    """Whether a revision that took effect by `today` is no longer the one in force (one that
    takes effect later is issued, not obsolete)."""
    return lifecycle.start(approval) <= today and (now is None or now.content != approval.content)


def open_commit(path: str | None, rev: str | None, repo: str | None, building: bool = False) -> GitSource:
    """The manual at PATH as committed at REV (default HEAD); a folder outside Git is refused
    with advice (for an official build, `building`, the draft it can have instead), since
    approvals and approved content live in Git."""
    if repo is None:
        _need_git(Path(path or ".").absolute(), building)
    source = open_source(path, rev or "HEAD", repo)
    assert isinstance(source, GitSource)
    return source


def committed(path: str | None, rev: str | None, repo: str | None) -> GitSource | None:
    """The commit whose history `check` judges legal changes by (REV, default HEAD); None for a
    folder outside Git or a repository without commits."""
    try:
        return open_commit(path, rev, repo)
    except SourceError:
        return None


def open_build(path: str | None, rev: str | None, repo: str | None, draft: bool, as_of: dt.date | None,
               today: dt.date) -> tuple[Source, Recipe]:
    """The source and recipe of `isodocs build`: a draft reads the working tree (or REV); every
    other build reads a commit (REV, default HEAD): the revisions in force on AS_OF, else on
    REV's day, else today; what is obsolete today is told by the approvals at HEAD."""
    if draft:
        source = open_source(path, rev, repo)
        return source, Recipe("draft", today, commit=source.commit, manual=getattr(source, "subdir", ""), rev=rev or "")
    source = open_commit(path, rev, repo, building=True)
    head = str(source.repo.revparse_single("HEAD").peel(pygit2.Commit).id) if rev else source.commit
    on = as_of or (commit_day(source.repo[source.commit]) if rev else today)
    kind = "as-of" if as_of else "rev" if rev else "official"
    return source, Recipe(kind, today, on, source.commit, source.subdir, head, rev or "")


def _need_git(root: Path, building: bool) -> None:
    """Refuse a folder outside Git (the folder itself may exist only in a revision)."""
    start = root
    while not start.exists() and start.parent != start:
        start = start.parent
    if pygit2.discover_repository(str(start)) is not None:
        return
    if not root.is_dir():
        raise SourceError(Msg("{root} is not a folder", root=root))
    if building:
        raise SourceError(Msg(
            "{root} is not in a Git repository: an official build reads the approved content of each document from "
            "Git. `isodocs build --draft` renders the files as they are, marked DRAFT where not approved", root=root))
    raise SourceError(Msg("{root} is not in a Git repository: approvals and their history are kept in Git (`isodocs "
                          "init` makes a manual's repository; `git init` and a first commit make one of a folder)",
                          root=root))
