"""The legal register as a graph: relations both ways, chains, cycles, status against dates,
and what publication decisions (quyết định công bố) do to TTHC codes.

Pure functions over the model. Entries are identified by `number_key` (Đ/D, case and spaces
folded), so `123/2015/ND-CP` and `123/2015/NĐ-CP` are one node. "Today" is always an
argument: the same register checks the same way on any day a test runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Iterator, Mapping

from isodocs.i18n import Ctx
from isodocs.model import Document, LegalEntry, Manual, number_key
from isodocs.model.lifecycle import withdrawn

# Statuses that agree with a replaced_by whose replacement has taken effect.
NO_LONGER_IN_FORCE = ("expired", "partly_expired")
# Each status as people say it (còn hiệu lực, hết hiệu lực toàn bộ ...), never the key the file holds.
STATUS_NAMES = {
    "in_force": Ctx("legal status", "in force"),
    "partly_expired": Ctx("legal status", "partly expired"),
    "expired": Ctx("legal status", "expired"),
    "not_yet_effective": Ctx("legal status", "not yet in force"),
    "suspended": Ctx("legal status", "suspended"),
}
TTHC_ACTIONS = ("added", "modified", "rescinded")


@dataclass(frozen=True)
class Citation:
    """A document citing a register entry: in its legal basis, or in a change row's refs."""

    code: str
    path: str
    field: str  # legal_basis | changes
    revision: int | None = None  # the change row's revision


@dataclass(frozen=True)
class TthcAction:
    """A publication decision adding, modifying or rescinding one TTHC code."""

    code: str
    action: str  # added | modified | rescinded
    decision: LegalEntry


@dataclass(frozen=True)
class StatusProblem:
    """A register entry whose status disagrees with its dates or relations."""

    reason: str  # a key of check.legal.STATUS_REASONS
    field: str  # the key to point at
    args: Mapping[str, object]  # values of the reason's sentence (dates as dates)


def _frozen(lists: dict[str, list]) -> Mapping[str, tuple]:
    return MappingProxyType({key: tuple(values) for key, values in lists.items()})


def decision_date(entry: LegalEntry) -> dt.date:
    """When a decision counts: it takes effect on its effective date, else on signing (a year
    alone: its last day, as late as it may be)."""
    return entry.effective or entry.issued_latest


@dataclass(frozen=True)
class Register:
    """Indexes over one manual's register, built once (see `analyse`)."""

    manual: Manual

    @property
    def entries(self) -> Mapping[str, LegalEntry]:
        return self.manual.legal_by_key

    def entry(self, number: str) -> LegalEntry | None:
        return self.entries.get(number_key(number))

    @cached_property
    def _inverse(self) -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]:
        amends: dict[str, list[str]] = {}
        replaces: dict[str, list[str]] = {}
        for entry in self.entries.values():
            for target in entry.amended_by:
                amends.setdefault(number_key(target), []).append(entry.number)
            if entry.replaced_by:
                replaces.setdefault(number_key(entry.replaced_by), []).append(entry.number)
        return _frozen(amends), _frozen(replaces)

    def amends(self, number: str) -> tuple[str, ...]:
        """Numbers of the entries this one amends (derived from their amended_by)."""
        return self._inverse[0].get(number_key(number), ())

    def replaces(self, number: str) -> tuple[str, ...]:
        """Numbers of the entries this one replaces (derived from their replaced_by)."""
        return self._inverse[1].get(number_key(number), ())

    def replacement_chain(self, entry: LegalEntry) -> tuple[str, ...]:
        """The replaced_by numbers followed to the end: (B, C) when A is replaced by B and B by C.
        A cycle stops the walk before it repeats a number."""
        chain: list[str] = []
        seen = {number_key(entry.number)}
        current = entry.replaced_by
        while current and number_key(current) not in seen:
            seen.add(number_key(current))
            found = self.entry(current)
            chain.append(found.number if found else current)
            current = found.replaced_by if found else ""
        return tuple(chain)

    @cached_property
    def cited_by(self) -> Mapping[str, tuple[Citation, ...]]:
        """Every citation of every number (known to the register or not), by number_key."""
        found: dict[str, list[Citation]] = {}
        for doc in self.manual.documents:
            path = doc.origin.path
            for number in dict.fromkeys(doc.legal_basis):
                found.setdefault(number_key(number), []).append(Citation(doc.code, path, "legal_basis"))
            for row in doc.changes:
                for ref in row.refs:
                    found.setdefault(number_key(ref), []).append(Citation(doc.code, path, "changes", row.revision))
        return _frozen(found)

    def citations(self, number: str) -> tuple[Citation, ...]:
        return self.cited_by.get(number_key(number), ())

    @cached_property
    def tthc_actions(self) -> Mapping[str, tuple[TthcAction, ...]]:
        """Each TTHC code's actions, oldest decision first (ties: register order)."""
        found: dict[str, list[TthcAction]] = {}
        for entry in self.entries.values():
            if entry.tthc is None:
                continue
            for action in TTHC_ACTIONS:
                for code in getattr(entry.tthc, action):
                    found.setdefault(code, []).append(TthcAction(code, action, entry))
        order = {key: i for i, key in enumerate(self.entries)}
        return MappingProxyType({
            code: tuple(sorted(acts, key=lambda a: (decision_date(a.decision), order[number_key(a.decision.number)])))
            for code, acts in found.items()
        })

    def tthc_state(self, code: str) -> TthcAction | None:
        """The latest decision about a code: a code re-added after a rescission is live again."""
        actions = self.tthc_actions.get(code)
        return actions[-1] if actions else None

    @cached_property
    def serving(self) -> Mapping[str, tuple[Document, ...]]:
        """Procedures by the TTHC code they serve; a withdrawn one serves none (its file may stay)."""
        gone = withdrawn(self.manual)
        found: dict[str, list[Document]] = {}
        for doc in self.manual.documents:
            tthc = doc.procedure.tthc if doc.procedure else None
            if tthc and doc.code not in gone:
                found.setdefault(tthc.code, []).append(doc)
        return _frozen(found)


def analyse(manual: Manual) -> Register:
    return Register(manual)


# --- relation targets and cycles ----------------------------------------------------------------

def missing_targets(register: Register, broken: frozenset[str] = frozenset()) -> Iterator[tuple[LegalEntry, tuple, str]]:
    """(entry, keys of the value, number) for each amended_by / replaced_by target that is not
    in the register, not listed in the entry's `unlisted`, and not an entry that failed to load
    (`broken`, by number_key: it is reported already)."""
    for entry in register.manual.legal:
        unlisted = {number_key(n) for n in entry.unlisted}
        targets = [(("amended_by", i), n) for i, n in enumerate(entry.amended_by)]
        if entry.replaced_by:
            targets.append((("replaced_by",), entry.replaced_by))
        for keys, number in targets:
            key = number_key(number)
            if key not in register.entries and key not in unlisted and key not in broken:
                yield entry, keys, number


def find_cycles(edges: Mapping[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Cycles of a directed graph (nodes in `edges`' order), each once, as node lists starting
    at the node where the walk first met it. Iterative: a long chain cannot hit Python's
    recursion limit."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    cycles: list[tuple[str, ...]] = []
    for start in edges:
        if start in state:
            continue
        path: list[str] = []
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(edges.get(start, ())))]
        state[start] = 1
        path.append(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                cycles.append(tuple(path[path.index(child):]))
            elif child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(edges.get(child, ()))))
    return cycles


def relation_cycles(register: Register) -> Iterator[tuple[str, tuple[LegalEntry, ...]]]:
    """(relation, entries around the cycle) for amended_by and replaced_by cycles: a document
    cannot amend or replace, even indirectly, a document that amends or replaces it."""
    entries = register.entries
    for relation in ("replaced_by", "amended_by"):
        edges = {}
        for key, entry in entries.items():
            targets = (entry.replaced_by,) if relation == "replaced_by" else entry.amended_by
            edges[key] = tuple(k for k in (number_key(t) for t in targets if t) if k in entries)
        for cycle in find_cycles(edges):
            yield relation, tuple(entries[k] for k in cycle)


# --- status against dates -----------------------------------------------------------------------

def status_problems(register: Register, entry: LegalEntry, today: dt.date) -> Iterator[StatusProblem]:
    """Where an entry's status disagrees with its dates (as of `today`) or with its replacement."""
    status, effective, expired_on = entry.status, entry.effective, entry.expired_on

    def problem(reason: str, field: str, **args: object) -> StatusProblem:
        return StatusProblem(reason, field, MappingProxyType({"status": status, "today": today, **args}))

    if effective and effective < entry.issued_earliest:  # a year alone: before that year began
        yield problem("effective_before_issued", "effective", effective=effective, issued=entry.issued or entry.year)
    if effective and expired_on and expired_on < effective:
        yield problem("expires_before_effective", "expired_on", expired_on=expired_on, effective=effective)
    if status == "expired" and expired_on is None:
        yield problem("expired_without_date", "status")
    if status == "expired" and expired_on and expired_on > today:
        yield problem("expired_in_future", "expired_on", expired_on=expired_on)
    if status == "in_force" and expired_on and expired_on <= today:
        yield problem("in_force_but_expired", "expired_on", expired_on=expired_on)
    if status == "in_force" and effective and effective > today:
        yield problem("in_force_before_effective", "effective", effective=effective)
    if status == "not_yet_effective" and effective is None:
        yield problem("not_yet_effective_without_date", "status")
    if status == "not_yet_effective" and effective and effective <= today:
        yield problem("not_yet_effective_but_effective", "effective", effective=effective)
    if entry.replaced_by and status not in NO_LONGER_IN_FORCE:
        # A replacement signed but not yet in force leaves the old document in force meanwhile.
        replacement = register.entry(entry.replaced_by)
        since = decision_date(replacement) if replacement else None
        if since is None or since <= today:
            yield problem("replaced_but_in_force", "replaced_by", replacement=entry.replaced_by,
                          since=since or "?")


# --- publication decisions ------------------------------------------------------------------------

def rescinded_but_served(register: Register) -> Iterator[tuple[Document, TthcAction]]:
    """Procedures serving a TTHC code whose latest publication decision rescinds it: due for
    withdrawal (those withdrawn already serve nothing)."""
    for code, docs in register.serving.items():
        state = register.tthc_state(code)
        if state is not None and state.action == "rescinded":
            for doc in docs:
                yield doc, state


def makes_suspect(decision: LegalEntry, code: str, approved_on: dt.date) -> bool:
    """Whether a publication decision makes a procedure serving `code`, approved on
    `approved_on`, suspect: the decision modifies the code and was signed after the approval.

    Signing (not the effective date) is what counts: a procedure approved after the decision
    was signed is taken to have been written with the decision at hand. A decision known only
    by its year may have been signed after any approval of that year.
    """
    return decision.tthc is not None and code in decision.tthc.modified and decision.issued_latest > approved_on


def suspect_decisions(register: Register, code: str, approved_on: dt.date) -> tuple[LegalEntry, ...]:
    """The decisions that make a procedure serving `code` approved on `approved_on` suspect,
    oldest first. For the impact report, which knows each procedure's approval date."""
    return tuple(a.decision for a in register.tthc_actions.get(code, ())
                 if makes_suspect(a.decision, code, approved_on))
