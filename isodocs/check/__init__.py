"""Domain rules over the loaded model. Each rule module exposes CHECKS: pure functions from a
Context to diagnostics; `check` runs them all and returns every finding in a stable order.
ALONE names those of them that read one document at a time and the manual's settings only:
their findings on a document can be kept by its bytes (`check`'s `kept`).

A rule asks the Context for what it judges, naming what it reads (`ctx.documents(needs=...)`,
`ctx.config_intact(...)`): beside the manual's own documents it then also judges those salvaged
from a file that failed its schema, when nothing they lost touches what the rule reads. A part
cut away can so never make a rule report something false, and one file's schema errors never
hide the findings of the rules that can still judge it, nor of any other file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence, TypeVar

from isodocs.diagnostics import Diagnostic, Rule
from isodocs.diagnostics.plain import NotPlain, plain, revived
from isodocs.model import Approval, Document, LegalEntry, Manual
from isodocs.model.reader import Loaded, Salvaged

T = TypeVar("T")


class Keeps(Protocol):
    """Where findings are kept between runs (a `load.cache.Cache`), by key, as plain data."""

    def get(self, key: str) -> Any: ...

    def put(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class Context:
    manual: Manual
    loaded: Loaded
    today: dt.date = field(default_factory=dt.date.today)  # rules on dates compare with it
    salvaged: bool = False  # judge also what was salvaged from files that failed their schema (`check` does)

    def at(self, rule: Rule, path: str, keys: tuple = (), at_key: bool = False, **args) -> Diagnostic:
        line, column = self.loaded.locate(path, keys, at_key)
        return rule.at(path, line, column, **args)

    # `needs`: what a rule reads, as dotted key paths of the file ("code", "tthc.time_limit",
    # "steps.time": the time of every step). Each rule declares them where it asks.

    def documents(self, needs: Iterable[str]) -> tuple[Document, ...]:
        """The documents a rule reading `needs` may judge: the manual's, and the salvaged ones
        whose lost parts touch none of them; by code and path, as the manual orders its own."""
        found = [salvaged.item for salvaged in self._judgeable(self.loaded.partial, needs)]
        if not found:
            return self.manual.documents
        return tuple(sorted((*self.manual.documents, *found), key=lambda d: (d.code, d.origin.path)))

    def legal(self, needs: Iterable[str]) -> tuple[LegalEntry, ...]:
        """The register entries a rule reading `needs` may judge, in the order they were read."""
        return _merged(self.manual.legal, self._judgeable(self.loaded.partial_legal, needs))

    def approvals(self, needs: Iterable[str]) -> tuple[Approval, ...]:
        """The approval records a rule reading `needs` may judge, in the order of their files."""
        return _merged(self.manual.approvals, self._judgeable(self.loaded.partial_approvals, needs))

    def config_intact(self, *needs: str) -> bool:
        """Whether isodocs.yaml lost nothing `needs` names (it lost nothing unless it failed its
        schema and the manual was salvaged from it)."""
        salvaged = self.loaded.salvaged
        return salvaged is None or self.manual is not salvaged.item or salvaged.intact(needs)

    def judged(self, documents: Iterable[str] | None = None, legal: Iterable[str] | None = None,
               approvals: Iterable[str] | None = None) -> Manual:
        """The manual with the documents, register entries and approval records that rules
        reading these `needs` may judge (None: the manual's own only), for rules over the whole
        register (`model.register.analyse`) or every record (`model.lifecycle.records`)."""
        if not self.salvaged:
            return self.manual
        found = {}
        if documents is not None:
            found["documents"] = self.documents(documents)
        if legal is not None:
            found["legal"] = self.legal(legal)
        if approvals is not None:
            found["approvals"] = self.approvals(approvals)
        found = {key: value for key, value in found.items() if value is not getattr(self.manual, key)}
        return dataclasses.replace(self.manual, **found) if found else self.manual

    def _judgeable(self, found: Sequence[Salvaged[T]], needs: Iterable[str]) -> list[Salvaged[T]]:
        """What was salvaged and lost nothing `needs` names (nothing unless `salvaged`)."""
        if not self.salvaged or not found:
            return []
        needs = tuple(needs)
        return [s for s in found if s.intact(needs)]


def _merged(own: tuple[T, ...], salvaged: list[Salvaged[T]]) -> tuple[T, ...]:
    """The model's own items with the salvaged ones put back where they were read."""
    if not salvaged:
        return own
    merged: list[T] = []
    rest = iter(salvaged)
    waiting = next(rest, None)
    for i, item in enumerate(own):
        while waiting is not None and waiting.after <= i:
            merged.append(waiting.item)
            waiting = next(rest, None)
        merged.append(item)
    while waiting is not None:
        merged.append(waiting.item)
        waiting = next(rest, None)
    return tuple(merged)


Check = Callable[[Context], Iterable[Diagnostic]]


def repeats(items: Iterable, key: Callable) -> Iterator[tuple[int, object, object]]:
    """(position, item, first item with the same key) for every item whose key came before."""
    first: dict = {}
    for i, item in enumerate(items):
        k = key(item)
        if k in first:
            yield i, item, first[k]
        else:
            first[k] = item


@dataclass(frozen=True)
class Scope:
    """What a check covered, as its summary tells it: every document file (those that could not
    be read too, named in `unread`), the register's entries, the commit read (None: a folder) and
    the manual's language (None: isodocs.yaml cannot say)."""

    documents: int
    legal: int
    unread: tuple[str, ...] = ()
    commit: str | None = None
    language: str | None = None

    @classmethod
    def of(cls, loaded: Loaded) -> Scope:
        manual = loaded.checkable  # salvaged from a failed isodocs.yaml too: every document counts
        if manual is None:
            return cls(0, 0)
        unread = loaded.unread_documents
        return cls(len(manual.documents) + len(unread), len(manual.legal), unread, manual.commit or None,
                   manual.config.language)


def check(loaded: Loaded, today: dt.date | None = None, kept: Keeps | None = None) -> list[Diagnostic]:
    """Every diagnostic of a loaded manual: reading problems first found, then the rules.
    `today` (default: the real date) is the day date-dependent rules judge by. With `kept`, the
    findings of the rules that judge one document at a time (each module's ALONE) are kept
    there for each document and recalled while its bytes and the manual's settings are the
    same: after one change, those rules judge that document alone."""
    from isodocs.check import approvals, config, documents, legal, objectives, procedures, templates

    found = list(loaded.diagnostics)
    if loaded.checkable is not None:
        ctx = Context(loaded.checkable, loaded, today or dt.date.today(), salvaged=True)
        modules = (config, documents, legal, procedures, objectives, approvals, templates)
        alone: tuple[Check, ...] = ()
        if kept is not None and loaded.salvaged is None:  # settings salvaged: rules skip what they lost
            alone = tuple(rule for module in modules for rule in module.ALONE)
        for module in modules:
            for rule in module.CHECKS:
                if rule not in alone:
                    found.extend(rule(ctx))
        if alone:
            found.extend(_each_alone(ctx, alone, kept))
    unique = {d.sort_key(): d for d in found}
    # by place and code; findings at one place keep the order the rules gave (revision 3 before 10)
    return sorted(unique.values(), key=lambda d: d.sort_key()[:4])


def _each_alone(ctx: Context, alone: tuple[Check, ...], kept: Keeps) -> Iterator[Diagnostic]:
    """What the rules `alone` find, document by document, each document's findings kept by what
    decides them: the file (path, bytes, where its YAML starts), the manual's settings, and
    isodocs. Each document is judged in a manual of it alone, its settings and templates: no
    other document, register entry, approval record or file, so that what is kept by the
    document cannot rest on them. Documents salvaged from a failed file are judged afresh
    (never kept)."""
    from isodocs.system.identity import code_digest

    settings = hashlib.sha256(f"{code_digest()}\0{ctx.manual.config!r}".encode()).hexdigest()
    bare = dataclasses.replace(ctx.manual, documents=(), legal=(), approvals=(), files=frozenset())
    for doc in ctx.manual.documents:
        origin = doc.origin
        key = None
        if origin.blob_id:
            file = f"{origin.path}\0{origin.blob_id}\0{origin.line_offset}"
            key = "alone:" + hashlib.sha256(f"{settings}\0{file}".encode()).hexdigest()
            recalled = _recalled(kept.get(key))
            if recalled is not None:
                yield from recalled
                continue
        one = dataclasses.replace(ctx, manual=dataclasses.replace(bare, documents=(doc,)), salvaged=False)
        findings = [d for rule in alone for d in rule(one)]
        if key is not None:
            try:
                kept.put(key, [plain(d) for d in findings])
            except NotPlain:
                pass
        yield from findings
    if ctx.loaded.partial:
        salvaged = dataclasses.replace(ctx, manual=bare)
        for rule in alone:
            yield from rule(salvaged)


def _recalled(found: Any) -> list[Diagnostic] | None:
    try:
        return [revived(data) for data in found]
    except (TypeError, ValueError, KeyError):  # none kept, or kept in another shape
        return None
