"""Every revision of a document: its `changes` row, the commits made while the file was at that
revision, and the approvals of it with the signature state of the commits that recorded them.

Built from one walk (`walk.walk`) and the manual at the walk's tip. Which revision a file was
at in a commit is read from that commit's blob, only for the documents asked about.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pygit2

from isodocs.history.signing import SignatureState, SigningProblem, verify
from isodocs.history.walk import CommitInfo, Touch, Walked, Walking, begin_walk, walk_source
from isodocs.i18n import Msg
from isodocs.load.cache import Cache, for_source
from isodocs.load.source import APPROVALS_DIR, GitSource, SourceError, blob_bytes, open_source
from isodocs.load.stated import Stated, stated, stated_revision
from isodocs.load.yamlio import MAX_FILE_BYTES
from isodocs.model import Approval, ChangeRow, Manual
from isodocs.model.lifecycle import records
from isodocs.model.reader import Loaded, is_document_file, load
from isodocs.system.files import safe_name

DOCUMENTS_DIR = "documents"  # where load() finds documents
WHOLE_WALK = (DOCUMENTS_DIR, APPROVALS_DIR)  # what every document's history walks through


@dataclass(frozen=True)
class Record:
    """An approval or withdrawal with the commit that recorded it."""

    approval: Approval
    commit: CommitInfo | None  # None when the record's content is in no commit walked
    signature: SignatureState | None


@dataclass(frozen=True)
class Revision:
    number: int | None  # None: commits whose content states no readable revision
    row: ChangeRow | None  # the document's `changes` row for it, if any
    commits: tuple[Touch, ...]  # newest first
    approvals: tuple[Record, ...]  # oldest first

    def approved_content(self, touch: Touch) -> bool:
        return any(r.approval.content == touch.blob for r in self.approvals)


@dataclass(frozen=True)
class DocumentHistory:
    code: str
    title: str
    path: str  # at the tip; for a removed document, where its last approval found it
    revision: int | None  # the newest (None when the file was removed)
    touches: tuple[Touch, ...]  # every commit that changed the file, newest first
    rows: tuple[ChangeRow, ...]
    approvals: tuple[Record, ...]
    withdrawal: Record | None
    revision_of: Callable[[str, str], int | None] = field(repr=False, compare=False)  # (blob, path)

    @functools.cached_property
    def revisions(self) -> tuple[Revision, ...]:
        """Newest first: every revision a row, a commit or an approval names."""
        by_number: dict[int | None, list[Touch]] = {}
        for touch in self.touches:
            by_number.setdefault(self.revision_of(touch.blob, touch.path), []).append(touch)
        rows = {row.revision: row for row in self.rows}
        numbers = set(rows) | set(by_number) | {r.approval.revision for r in self.approvals}
        ordered = sorted(numbers - {None}, reverse=True) + ([None] if None in numbers else [])
        return tuple(Revision(n, rows.get(n), tuple(by_number.get(n, ())),
                              tuple(r for r in self.approvals if r.approval.revision == n)) for n in ordered)


def open_history(path: str | None, rev: str | None, repo: str | None) -> GitSource:
    """The committed manual (at `rev`, default HEAD): history needs a Git repository."""
    if repo is None and rev is None:
        where = Path(path or ".").absolute()
        if pygit2.discover_repository(str(where)) is None:
            raise SourceError(Msg("{where} is not inside a Git repository: history needs one", where=where))
    source = open_source(path, rev or "HEAD", repo)
    assert isinstance(source, GitSource)
    return source


def documents_at(source: GitSource, cache: Cache | None = None) -> dict[str, Stated]:
    """Each document file of the manual at the commit read, by path, with the code and revision
    it states; a file stating no code is left out. This decides which documents a history
    lists, by reading two lines of each file rather than parsing it (a province's documents
    take seconds to parse): a history is what Git recorded of a file, so a file that fails its
    schema (which `check` reports) is listed with what it states. What each blob states is
    kept in `cache` for the next run."""
    found = {}
    for entry in source.entries():
        if is_document_file(entry.path) and entry.readable and entry.size <= MAX_FILE_BYTES:
            said = _stated(cache, source, entry.path)
            if said.code is not None:
                found[entry.path] = said
    return found


def _stated(cache: Cache | None, source: GitSource, path: str) -> Stated:
    """What a file states, kept by its blob (and whether it is Markdown: only its front matter counts)."""
    blob = source.known_blob(path)
    key = f"stated:{blob}:{int(path.endswith('.md'))}" if blob and cache is not None else None
    match cache.get(key) if key else None:
        case [str() | None as code, int() | None as revision] if not isinstance(revision, bool):
            return Stated(code, revision)
    said = stated(source.read(path), path)
    if key:
        cache.put(key, [said.code, said.revision])
    return said


def load_for(source: GitSource, files: Mapping[str, Stated], code: str | None = None,
             details: bool = True) -> Loaded:
    """The manual as a history reads it: its approval records and, for the `details` only its
    model holds (titles, `changes` rows), its documents; not its legal register (a history says
    nothing of it). For one code, its own files and the approval records in its folder, when it
    has a file at the tip: a province's manual takes seconds to load whole."""
    approvals = {e.path for e in source.entries() if e.path.startswith(f"{APPROVALS_DIR}/")}
    if code is not None:
        mine = {path for path, said in files.items() if said.code == code}
        if mine:
            folder = f"{APPROVALS_DIR}/{safe_name(code)}/"
            return load(source, mine | {path for path in approvals if path.startswith(folder)})
    documents = set(files) if details and code is None else set()
    return load(source, documents | approvals, cache=for_source(source))


def walk_for(source: GitSource, manual: Manual, code: str | None = None) -> Walked:
    """The walk a history needs: the documents, and the approval records (of `code` only,
    when given: the folder of every document's records is looked into only when it changes)."""
    if code is None:
        return walk_source(source, WHOLE_WALK)
    return walk_source(source, {DOCUMENTS_DIR} | {posixpath.dirname(a.origin.path) for a in manual.approvals
                                                  if a.code == code})


def begin_whole_walk(source: GitSource) -> Walking:
    """`walk_for` every document begun before the manual is loaded (it needs none of it): on a
    first run the walk's worker processes read the trees while this process loads what the
    table of every document needs."""
    return begin_walk(source, WHOLE_WALK)


def known(manual: Manual, files: Mapping[str, Stated], code: str) -> bool:
    return any(said.code == code for said in files.values()) or any(a.code == code for a in manual.approvals)


def histories(repo: pygit2.Repository, manual: Manual, walked: Walked, files: Mapping[str, Stated],
              codes: Iterable[str] | None = None,
              verifier: Callable[[pygit2.Repository, str], SignatureState] = verify,
              cache: Cache | None = None) -> list[DocumentHistory]:
    """The history of each code (default: every document in `files`, and those only approvals
    remember). Titles and `changes` rows come from the documents `manual` holds, if any."""
    found = records(manual)
    paths: dict[str, str] = {}  # code -> its file: the first by path (two is an error `check` reports)
    for path in sorted(files):
        paths.setdefault(files[path].code, path)
    models = {doc.origin.path: doc for doc in manual.documents}
    codes = sorted(set(paths) | set(found)) if codes is None else list(codes)
    # remembered: a blob often stays the same over several commits, and one approval commit
    # often records many documents; from one run to the next in `cache`, by blob
    revision_of = functools.cache(lambda blob, path: _revision(cache, repo, blob, path))
    signature_of = functools.cache(lambda commit_id: _signature(verifier, repo, commit_id))

    def recorded(approval: Approval | None) -> Record | None:
        if approval is None:
            return None
        commit = _recorded_in(walked, approval)
        return Record(approval, commit, signature_of(commit.id) if commit else None)

    result = []
    for code in codes:
        approvals, withdrawal = found.get(code, ([], None))
        path = paths.get(code)  # None: removed, or stating another code now
        doc = models.get(path) if path else None
        where = path or (approvals[-1].path if approvals else "")
        result.append(DocumentHistory(
            code=code, title=doc.title if doc else "", path=where,
            revision=files[path].revision if path else None, touches=walked.touches(where),
            rows=doc.changes if doc else (), approvals=tuple(recorded(a) for a in approvals),
            withdrawal=recorded(withdrawal), revision_of=revision_of))
    return result


def _revision(cache: Cache | None, repo: pygit2.Repository, blob_id: str, path: str) -> int | None:
    key = f"{blob_id}:{int(path.endswith('.md'))}"
    stored = cache.get(key) if cache is not None else None
    if isinstance(stored, list) and all(isinstance(n, int) for n in stored):
        return stored[0] if stored else None
    found = revision_in(repo, blob_id, path)
    if cache is not None:
        cache.put(key, [] if found is None else [found])
    return found


def revision_in(repo: pygit2.Repository, blob_id: str, path: str) -> int | None:
    """The `revision:` a document file states in one blob (None when it states none readably)."""
    try:
        return stated_revision(blob_bytes(repo, pygit2.Oid(hex=blob_id)), path)
    except (KeyError, ValueError):
        return None


def _recorded_in(walked: Walked, approval: Approval) -> CommitInfo | None:
    """The commit that wrote the record as it is now: the oldest with its content."""
    same = [t for t in walked.touches(approval.origin.path) if t.blob == approval.origin.blob_id]
    return same[-1].commit if same else None


def _signature(verifier, repo: pygit2.Repository, commit_id: str) -> SignatureState:
    try:
        return verifier(repo, commit_id)
    except SigningProblem:  # ssh-keygen or gpg missing here
        return SignatureState("unverifiable")
