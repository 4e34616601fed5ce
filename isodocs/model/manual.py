"""The manual as one immutable model: what every reader produces and every writer consumes.

Values here are already validated against the JSON Schemas and normalised (NFC text, real
dates). Each document keeps its `origin` so diagnostics and caches can name the file and
its Git blob.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Literal, Mapping, get_args

HOURS_PER_WORKING_DAY = 8

Kind = Literal["policy", "objectives", "manual", "procedure", "guideline", "form"]
KINDS: tuple[Kind, ...] = get_args(Kind)
ChangeReason = Literal["legal_change", "process_change", "audit_finding", "corrective_action", "org_change",
                       "periodic_review", "other"]
CHANGE_REASONS: tuple[ChangeReason, ...] = get_args(ChangeReason)
LegalStatus = Literal["in_force", "partly_expired", "expired", "not_yet_effective", "suspended"]
LEGAL_STATUSES: tuple[LegalStatus, ...] = get_args(LegalStatus)
TimeUnit = Literal["working_hours", "working_days"]
Operator = Literal[">=", "<=", "=", ">", "<"]
Action = Literal["approve", "withdraw", "ack"]
HeaderStyle = Literal["administrative", "agency", "none"]
HEADER_STYLES: tuple[HeaderStyle, ...] = get_args(HeaderStyle)
DateLine = Literal["blank", "issued", "none"]
DATE_LINES: tuple[DateLine, ...] = get_args(DateLine)


def frozen_map(items: Mapping | None = None) -> Mapping:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Origin:
    """Where a piece of the manual came from: a path relative to the manual root."""

    path: str
    blob_id: str = ""  # Git blob id of the file (computed for working-tree files too)
    line_offset: int = 0  # lines before the YAML starts (front matter of a .md file)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    title: str = ""
    email: str = ""


@dataclass(frozen=True)
class Agency:
    name: str
    short_name: str = ""
    parent: str = ""


@dataclass(frozen=True)
class CatalogEntry:
    """One administrative procedure (TTHC) the agency must serve: a line of its catalogue."""

    code: str
    name: str
    field: str = ""


@dataclass(frozen=True)
class Copy:
    """A numbered controlled copy of the manual and who holds it (isodocs.yaml `distribution`)."""

    number: int
    holder: str
    unit: str = ""
    issued: dt.date | None = None  # the day it was handed out: it holds the revisions in force then


@dataclass(frozen=True)
class Config:
    agency: Agency
    language: str = "vi"
    standard: str = "TCVN ISO 9001:2015"
    code_pattern: str | None = None
    review_interval_months: int = 12
    people: Mapping[str, Person] = field(default_factory=frozen_map)
    reviewers: tuple[str, ...] = ()
    approvers: tuple[str, ...] = ()
    secretary: str = ""  # the ISO secretary (roles.secretary), who prepares the reports
    catalog: tuple[CatalogEntry, ...] = ()  # the TTHC the agency must serve (isodocs.yaml `catalog`)
    distribution: tuple[Copy, ...] = ()  # controlled copies handed out (isodocs.yaml `distribution`)


@dataclass(frozen=True)
class Duration:
    value: float
    unit: TimeUnit

    @property
    def hours(self) -> float:
        return self.value * (HOURS_PER_WORKING_DAY if self.unit == "working_days" else 1)


@dataclass(frozen=True)
class ChangeRow:
    revision: int
    date: dt.date
    summary: str
    sections: str = ""
    reason: ChangeReason | Literal[""] = ""
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class DossierItem:
    name: str
    originals: int = 1
    copies: int = 0
    form: str = ""
    optional: bool = False


@dataclass(frozen=True)
class Tthc:
    code: str
    name: str
    time_limit: Duration
    field: str = ""
    level: str = ""
    channels: tuple[str, ...] = ()
    dossier: tuple[DossierItem, ...] = ()
    dossier_sets: int | None = None
    receiving_place: str = ""
    fee: str = ""
    results: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    no: int
    action: str
    actor: str
    time: Duration | None = None
    forms: tuple[str, ...] = ()
    output: str = ""


@dataclass(frozen=True)
class FormRef:
    code: str
    title: str
    source: str = "internal"


@dataclass(frozen=True)
class Record:
    name: str
    keeper: str = ""
    retention: str = ""


@dataclass(frozen=True)
class Procedure:
    purpose: str = ""
    scope: str = ""
    definitions: Mapping[str, str] = field(default_factory=frozen_map)
    tthc: Tthc | None = None
    steps: tuple[Step, ...] = ()
    forms: tuple[FormRef, ...] = ()
    records: tuple[Record, ...] = ()

    @property
    def steps_hours(self) -> float:
        """The steps' times added up, in working hours (steps without a time count nothing)."""
        return sum(step.time.hours for step in self.steps if step.time)


@dataclass(frozen=True)
class Target:
    op: Operator
    value: float

    def met_by(self, value: float) -> bool:
        return {
            ">=": value >= self.value,
            "<=": value <= self.value,
            "=": value == self.value,
            ">": value > self.value,
            "<": value < self.value,
        }[self.op]


@dataclass(frozen=True)
class Result:
    period: str
    value: float


@dataclass(frozen=True)
class Objective:
    id: str
    text: str
    target: Target
    unit: str = ""
    frequency: str = ""
    owner: str = ""
    plan: str = ""
    resources: str = ""  # what it takes (ISO 9001 6.2.2 b)
    deadline: str = ""  # when it will be done: a day (2026-12-31) or a period (2026-Q4)
    evaluation: str = ""  # how its results are evaluated (6.2.2 e)
    results: tuple[Result, ...] = ()

    @property
    def latest(self) -> Result | None:
        return self.results[-1] if self.results else None

    @property
    def met(self) -> bool | None:
        """True or False by the latest result; None when nothing has been measured yet."""
        latest = self.latest
        return None if latest is None else self.target.met_by(latest.value)


@dataclass(frozen=True)
class Objectives:
    year: int
    objectives: tuple[Objective, ...] = ()


@dataclass(frozen=True)
class Layout:
    """A document printed in the administrative format of NĐ 30/2020/NĐ-CP (a form, the policy):
    its header, title and place-and-date line, drawn from these keys rather than typed in."""

    header: HeaderStyle = "administrative"  # agency | Quốc hiệu and Tiêu ngữ; agency: its column only
    unit: str = ""  # the issuing unit, in bold under the agency's name
    number: str = ""  # số, ký hiệu: "......./TNHS"
    title: str = ""  # the title printed on it; "" for the document's title
    subtitle: str = ""  # trích yếu, under the title
    date_line: DateLine | Literal[""] = ""  # "": blank under an administrative header, none otherwise

    @property
    def dated(self) -> DateLine:
        return self.date_line or ("blank" if self.header == "administrative" else "none")


@dataclass(frozen=True)
class Signature:
    """A signature block: authority (TM. ỦY BAN NHÂN DÂN), title (CHỦ TỊCH), a note such as
    (Ký và ghi rõ họ tên), room to sign, and the signer's name when a person is named."""

    title: str
    authority: str = ""
    note: str = ""
    person: str = ""  # a person id of isodocs.yaml


@dataclass(frozen=True)
class Document:
    origin: Origin
    code: str
    title: str
    kind: Kind
    revision: int
    issued: dt.date
    prepared_by: str
    reviewed_by: str
    approved_by: str
    changes: tuple[ChangeRow, ...]
    effective: dt.date | None = None
    owner: str = ""
    legal_basis: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    clauses: tuple[str, ...] = ()
    review_interval_months: int | None = None
    body: str = ""  # Markdown body of a .md document
    procedure: Procedure | None = None
    objectives: Objectives | None = None
    attachment: str = ""  # kind form: a file kept beside the manual
    layout: Layout | None = None  # printed as an administrative document (NĐ 30)
    signatures: tuple[Signature, ...] = ()  # signature blocks after the content

    @property
    def effective_date(self) -> dt.date:
        return self.effective or self.issued


@dataclass(frozen=True)
class LegalSource:
    url: str = ""
    accessed: dt.date | None = None


@dataclass(frozen=True)
class TthcChanges:
    """What a publication decision (quyết định công bố) does to national TTHC codes."""

    added: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    rescinded: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalEntry:
    origin: Origin
    index: int  # position in its file (files may hold a list)
    in_list: bool  # the file holds a list of entries rather than one
    number: str
    type: str
    title: str
    issued: dt.date
    status: LegalStatus
    issuer: str = ""
    effective: dt.date | None = None
    expired_on: dt.date | None = None
    amended_by: tuple[str, ...] = ()
    replaced_by: str = ""
    source: LegalSource | None = None
    external: bool = True  # issued by another body (False: the agency's own document)
    unlisted: tuple[str, ...] = ()  # related numbers deliberately kept out of the register
    tthc: TthcChanges | None = None  # a publication decision's TTHC codes

    @property
    def keys(self) -> tuple:
        """Where the entry starts in its file's data."""
        return (self.index,) if self.in_list else ()


@dataclass(frozen=True)
class Approval:
    """A leader's approval (or withdrawal) of a document, committed under approvals/.

    An approval pins the exact content approved (its Git blob id) with the dates that content
    carried, so the lifecycle needs no old content read back.
    """

    origin: Origin
    code: str
    action: Action  # ack: a reviewed legal change (isodocs legal ack)
    by: str
    name: str
    date: dt.date
    revision: int = 0
    path: str = ""
    content: str = ""  # Git blob id of the approved document file
    issued: dt.date | None = None
    effective: dt.date | None = None
    title: str = ""
    role: str = ""
    decision: str = ""
    reason: str = ""
    number: str = ""  # ack: the register entry reviewed
    note: str = ""  # ack: why no revision is needed
    entry: str = ""  # ack: hash of the entry's compared fields when reviewed (impact.entry_hash)


@dataclass(frozen=True)
class Manual:
    """A whole manual as read from one source (a folder or a Git revision)."""

    root: str  # how the user named it: a folder, or "REV:subdir"
    config: Config
    documents: tuple[Document, ...] = ()
    legal: tuple[LegalEntry, ...] = ()
    approvals: tuple[Approval, ...] = ()  # in the order of their files' paths
    templates: Mapping[str, str] = field(default_factory=frozen_map)  # name -> text
    reference_docx: bytes | None = None
    files: frozenset[str] = frozenset()  # every file of the manual, relative paths
    commit: str = ""  # commit id when read from Git
    commit_time: int | None = None  # commit time (seconds since epoch) when read from Git

    def document(self, code: str) -> Document | None:
        return self.by_code.get(code)

    @cached_property
    def by_code(self) -> Mapping[str, Document]:
        by_code: dict[str, Document] = {}
        for doc in self.documents:
            by_code.setdefault(doc.code, doc)
        return by_code

    @cached_property
    def approvals_by_code(self) -> Mapping[str, tuple[Approval, ...]]:
        """Each code's approval and withdrawal records, in the order of their files."""
        by_code: dict[str, list[Approval]] = {}
        for record in self.approvals:
            by_code.setdefault(record.code, []).append(record)
        return {code: tuple(found) for code, found in by_code.items()}

    @cached_property
    def legal_by_key(self) -> Mapping[str, LegalEntry]:
        """Register entries by normalised number (see `number_key`)."""
        by_key: dict[str, LegalEntry] = {}
        for entry in self.legal:
            by_key.setdefault(number_key(entry.number), entry)
        return by_key


def number_key(number: str) -> str:
    """The identity of a legal document number: Đ and D alike, case and spaces ignored.

    People type `ND-CP` for `NĐ-CP`; both name the same decree.
    """
    return "".join(number.split()).upper().replace("Đ", "D")
