"""`isodocs check`'s findings kept, by everything that decides them.

What `check` finds is a pure function of the manual's files, each named by its blob id (which
the stat index gives for an unchanged file without reading it), of the commit whose history the
legal-change rules read, of the day dates are judged by, and of isodocs itself. Kept in a sealed
cache (`load.cache`) under a digest of exactly those, a re-check of an unchanged manual reads no
document: it lists the files and says again what it found. One question a rule asks reaches
beyond the files listed, whether the file a document names as its attachment exists: each
answer is kept with the findings and asked again before they are believed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from isodocs.check import Scope
from isodocs.diagnostics import Diagnostic
from isodocs.diagnostics.plain import NotPlain, plain, revived
from isodocs.load.cache import Cache
from isodocs.load.source import Source
from isodocs.system.identity import code_digest


def fingerprint(source: Source, commit: str, day: dt.date) -> str | None:
    """The digest of what decides the findings, or None when a file cannot be named by its
    blob id (unreadable, or larger than isodocs ever reads)."""
    digest = hashlib.sha256("\0".join((code_digest(), day.isoformat(), commit, source.label)).encode())
    for entry in source.entries():
        blob = ""
        if entry.readable:
            blob = source.known_blob(entry.path)
            if blob is None:  # changed since last hashed, or new: hashed now, and by the stat index
                try:
                    blob = source.blob_id(entry.path, source.read(entry.path))
                except OSError:
                    return None
        kind = "l" if entry.link else "m" if entry.submodule else "s" if entry.special else "f"
        digest.update(f"\0{entry.path}\0{kind}{blob}".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Noted:
    """What a check's findings rest on, to keep with them: the answers `exists` gave, the
    entries of each document's findings the check made (`check.check`'s `kept`), and the keys
    of those it recalled (kept as they are: after one change, 4,999 of a province's 5,000)."""

    answers: Mapping[str, bool]
    alone: Mapping[str, Any]
    recalled: tuple[str, ...] = ()


class Asked:
    """`Loaded.exists`, and the cache of findings as `check.check` uses it (`check.Keeps`), with
    every answer given and entry used noted: a worker keeps nothing itself, so what it used goes
    back to the process that keeps the findings."""

    def __init__(self, exists: Callable[[str], bool], cache: Cache | None = None):
        self.exists, self.cache = exists, cache
        self.answers: dict[str, bool] = {}
        self.alone: dict[str, Any] = {}
        self.recalled: list[str] = []

    def __call__(self, path: str) -> bool:
        answer = self.answers[path] = self.exists(path)
        return answer

    @property
    def keeps(self) -> Asked | None:
        return self if self.cache is not None else None

    def get(self, key: str) -> Any:
        found = self.cache.get(key)
        if found is not None:
            self.recalled.append(key)
        return found

    def put(self, key: str, value: Any) -> None:
        self.alone[key] = value

    @property
    def noted(self) -> Noted:
        return Noted(self.answers, self.alone, tuple(self.recalled))


def recalled(cache: Cache, key: str, exists: Callable[[str], bool]) -> tuple[Scope, tuple[Diagnostic, ...]] | None:
    """The findings kept under `key`, if every question they rest on has the same answer now."""
    found = cache.get(key)
    try:
        scope, findings, answers = found
        if any(exists(path) != answer for path, answer in answers):
            return None
        documents, legal, unread, commit, language = scope
        return (Scope(documents, legal, tuple(unread), commit, language),
                tuple(revived(data) for data in findings))
    except (TypeError, ValueError, KeyError):  # none kept, or kept by another shape
        return None


def keep(cache: Cache, key: str, scope: Scope, diagnostics: tuple[Diagnostic, ...], noted: Noted) -> None:
    """Keep the findings with the answers they rest on (`Asked.noted`), and each document's
    findings used; the whole not when a finding holds a value `diagnostics.plain` cannot keep.
    Entries as they were are not put again: a shard is written again only when one changed."""
    for alone in noted.recalled:  # as they are, neither read again nor compared
        cache.touch(alone)
    for alone, found in noted.alone.items():
        if cache.get(alone) != found:
            cache.put(alone, found)
    try:
        findings = [plain(d) for d in diagnostics]
    except NotPlain:
        cache.save()
        return
    kept: list[Any] = [[scope.documents, scope.legal, list(scope.unread), scope.commit, scope.language],
                       findings, sorted(noted.answers.items())]
    cache.put(key, kept)
    cache.save()
