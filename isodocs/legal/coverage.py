"""Coverage: which TTHC the agency must serve have an ISO procedure, which clauses of
ISO 9001:2015 its documents address, and how much processing time each procedure saves.
Pure functions over the model.

Processing time: each procedure's steps against its TTHC's statutory limit, and the share they
save, against the manual's `time_reduction_target` (a province's goal, such as 30 %).

TTHC the agency must serve: its catalogue (`catalog` in isodocs.yaml) and every code a
publication decision in the register adds, less the codes whose latest decision rescinds
them. Agencies report the share of these with a procedure ("100 % TTHC áp dụng ISO"). A
withdrawn procedure or document counts for nothing, even while its file stays.

A document citing a clause addresses that clause and every clause above it (8.5.1 addresses
8.5 and 8); citing 8.5 does not address 8.5.1, but it does address the untitled paragraphs
numbered under it (citing 8.7 addresses 8.7.1 and 8.7.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from isodocs.model import Manual, iso9001
from isodocs.model.lifecycle import withdrawn
from isodocs.model.register import Register, analyse


@dataclass(frozen=True)
class TthcLine:
    code: str
    name: str
    field: str
    procedures: tuple[str, ...]  # codes of the procedures serving it
    in_catalog: bool
    added_by: tuple[str, ...] = ()  # numbers of the decisions that published it
    rescinded_by: str = ""  # the decision that rescinded it, when that is its latest action

    @property
    def covered(self) -> bool:
        return bool(self.procedures)


@dataclass(frozen=True)
class TthcCoverage:
    required: tuple[TthcLine, ...]  # catalogue and published codes, less rescinded ones
    rescinded: tuple[TthcLine, ...]  # catalogued or served, but rescinded
    outside: tuple[TthcLine, ...]  # served, but neither catalogued nor published
    has_catalog: bool

    @property
    def covered(self) -> int:
        return sum(line.covered for line in self.required)

    @property
    def gaps(self) -> tuple[TthcLine, ...]:
        return tuple(line for line in self.required if not line.covered)

    @property
    def percent(self) -> float | None:
        return percent(self.covered, len(self.required))


@dataclass(frozen=True)
class ClauseLine:
    clause: iso9001.Clause
    documents: tuple[str, ...]  # codes of the documents addressing it or a sub-clause

    @property
    def addressed(self) -> bool:
        return bool(self.documents)


@dataclass(frozen=True)
class ClauseCoverage:
    lines: tuple[ClauseLine, ...]  # every clause of the standard, in its order
    unknown: tuple[tuple[str, str], ...]  # (document code, clause) the standard does not have

    @property
    def addressed(self) -> int:
        return sum(line.addressed for line in self.lines)

    @property
    def percent(self) -> float | None:
        return percent(self.addressed, len(self.lines))

    @property
    def gaps(self) -> tuple[ClauseLine, ...]:
        """Clauses no document addresses, each listed once: under a clause missing as a whole,
        its sub-clauses are not listed again."""
        missing = {line.clause.number for line in self.lines if not line.addressed}
        return tuple(line for line in self.lines
                     if line.clause.number in missing and line.clause.parent not in missing)


@dataclass(frozen=True)
class TimeLine:
    """A procedure's processing time: its steps against the statutory limit of its TTHC."""

    code: str  # the procedure
    tthc: str  # the TTHC code it serves
    steps_hours: float  # the steps' times, in working hours
    limit_hours: float  # the statutory limit, in working hours (model.Duration.hours)
    uncounted: tuple[int, ...] = ()  # numbers of steps without a time, not in steps_hours
    target: float | None = None  # the manual's time_reduction_target, percent

    @property
    def reduction(self) -> float:
        """Percent of the statutory limit the steps save (negative: they take longer)."""
        return 100 * (1 - self.steps_hours / self.limit_hours)

    @property
    def meets(self) -> bool | None:
        """Whether the steps fit within (100 - target) % of the limit, as P513 judges; None
        without a target."""
        if self.target is None:
            return None
        return self.steps_hours <= self.limit_hours * (100 - self.target) / 100 + 1e-9


@dataclass(frozen=True)
class TimeCoverage:
    target: float | None  # time_reduction_target in isodocs.yaml
    lines: tuple[TimeLine, ...]  # every procedure serving a TTHC, by code

    @property
    def missed(self) -> tuple[TimeLine, ...]:
        return tuple(line for line in self.lines if line.meets is False)


@dataclass(frozen=True)
class Coverage:
    tthc: TthcCoverage
    clauses: ClauseCoverage
    times: TimeCoverage = TimeCoverage(None, ())


def percent(part: int, whole: int) -> float | None:
    """One decimal, rounded down so that 99.96 % never shows as 100 %; None of nothing."""
    return None if whole == 0 else int(part * 1000 / whole) / 10


def coverage(manual: Manual, register: Register | None = None) -> Coverage:
    register = register or analyse(manual)
    return Coverage(tthc_coverage(register), clause_coverage(manual), time_coverage(manual))


def time_coverage(manual: Manual) -> TimeCoverage:
    """Each procedure's internal time (its steps) against its TTHC's statutory limit, and
    whether it meets the manual's processing-time target."""
    target = manual.config.time_reduction_target
    lines = tuple(
        TimeLine(doc.code, proc.tthc.code, proc.steps_hours, proc.tthc.time_limit.hours,
                 tuple(step.no for step in proc.uncounted), target)
        for doc in manual.documents if (proc := doc.procedure) is not None and proc.tthc is not None and proc.steps)
    return TimeCoverage(target, lines)


def tthc_coverage(register: Register) -> TthcCoverage:
    catalog = {entry.code: entry for entry in register.manual.config.catalog}
    published: dict[str, list[str]] = {}
    for code, actions in register.tthc_actions.items():
        published[code] = [a.decision.number for a in actions if a.action == "added"]
    serving = register.serving
    codes = dict.fromkeys([*catalog, *(c for c, numbers in published.items() if numbers), *serving])
    required, rescinded, outside = [], [], []
    for code in codes:
        listed = catalog.get(code)
        procedures = serving.get(code, ())
        served = procedures[0].procedure.tthc if procedures else None
        state = register.tthc_state(code)
        line = TthcLine(
            code=code,
            name=listed.name if listed else served.name if served else "",
            field=listed.field if listed else served.field if served else "",
            procedures=tuple(doc.code for doc in procedures),
            in_catalog=listed is not None,
            added_by=tuple(published.get(code, ())),
            rescinded_by=state.decision.number if state and state.action == "rescinded" else "",
        )
        if line.rescinded_by:
            rescinded.append(line)
        elif line.in_catalog or line.added_by:
            required.append(line)
        else:
            outside.append(line)
    return TthcCoverage(tuple(required), tuple(rescinded), tuple(outside), bool(catalog))


def clause_coverage(manual: Manual) -> ClauseCoverage:
    table = iso9001.clauses()
    addressing: dict[str, dict[str, None]] = {number: {} for number in table}
    unknown = []
    gone = withdrawn(manual)
    for doc in (d for d in manual.documents if d.code not in gone):
        for cited in doc.clauses:
            cited = cited.strip()
            if cited not in table:
                unknown.append((doc.code, cited))
                continue
            for number in [*iso9001.with_parents(cited), *iso9001.untitled_parts(cited)]:
                addressing[number][doc.code] = None
    lines = tuple(ClauseLine(clause, tuple(addressing[number])) for number, clause in table.items())
    return ClauseCoverage(lines, tuple(unknown))
