"""The manual as one immutable model: what every reader produces and every writer consumes.

Values here are already validated against the JSON Schemas and normalised (NFC text, real
dates). Each document keeps its `origin` so diagnostics and caches can name the file and
its Git blob.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import field
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Iterator, Literal, Mapping, get_args

from isodocs.model.frozen import frozen

HOURS_PER_WORKING_DAY = 8
DAYS_PER_WEEK, WORKING_DAYS_PER_WEEK = 7, 5
NOT_PRESCRIBED = "not_prescribed"  # a value the published record leaves open (không quy định)

Kind = Literal["policy", "objectives", "manual", "procedure", "guideline", "form"]
KINDS: tuple[Kind, ...] = get_args(Kind)
ChangeReason = Literal["legal_change", "process_change", "audit_finding", "corrective_action", "org_change",
                       "periodic_review", "other"]
CHANGE_REASONS: tuple[ChangeReason, ...] = get_args(ChangeReason)
LegalStatus = Literal["in_force", "partly_expired", "expired", "not_yet_effective", "suspended"]
LEGAL_STATUSES: tuple[LegalStatus, ...] = get_args(LegalStatus)


class TimeUnit(enum.StrEnum):
    """How a time is counted. Steps take working hours or days; a statutory limit may also be
    calendar days or the same working day."""

    WORKING_HOURS = "working_hours"
    WORKING_DAYS = "working_days"
    DAYS = "days"  # calendar days (ngày), weekends and holidays included
    SAME_DAY = "same_day"  # within the working day of receipt (ngay trong ngày)


class ChannelKind(enum.StrEnum):
    """How a dossier reaches the agency (cách thức thực hiện)."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    POSTAL = "postal"


class FeeKind(enum.StrEnum):
    """Phí pays for a service; lệ phí for a state act. The law and the records keep them apart."""

    PHI = "phi"
    LE_PHI = "le_phi"


Operator = Literal[">=", "<=", "=", ">", "<"]
Action = Literal["approve", "withdraw", "ack"]
HeaderStyle = Literal["administrative", "agency", "none"]
HEADER_STYLES: tuple[HeaderStyle, ...] = get_args(HeaderStyle)
DateLine = Literal["blank", "issued", "none"]
DATE_LINES: tuple[DateLine, ...] = get_args(DateLine)


def frozen_map(items: Mapping | None = None) -> Mapping:
    return MappingProxyType(dict(items or {}))


@frozen
class Origin:
    """Where a piece of the manual came from: a path relative to the manual root."""

    path: str
    blob_id: str = ""  # Git blob id of the file (computed for working-tree files too)
    line_offset: int = 0  # lines before the YAML starts (front matter of a .md file)


@frozen
class Person:
    id: str
    name: str
    title: str = ""
    email: str = ""


@frozen
class Agency:
    name: str
    short_name: str = ""
    parent: str = ""


@frozen
class CatalogEntry:
    """One administrative procedure (TTHC) the agency must serve: a line of its catalogue."""

    code: str
    name: str
    field: str = ""


@frozen
class Copy:
    """A numbered controlled copy of the manual and who holds it (isodocs.yaml `distribution`)."""

    number: int
    holder: str
    unit: str = ""
    issued: dt.date | None = None  # the day it was handed out: it holds the revisions in force then


@frozen
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
    time_reduction_target: float | None = None  # percent of the statutory time the steps must save


def calendar_working_days(days: float) -> float:
    """The fewest working days a run of `days` calendar days can hold, for checking work against
    a calendar limit: five in every full week, and of the days left over all but a weekend."""
    weeks, rest = divmod(days, DAYS_PER_WEEK)
    return weeks * WORKING_DAYS_PER_WEEK + max(0.0, rest - (DAYS_PER_WEEK - WORKING_DAYS_PER_WEEK))


@frozen
class Duration:
    value: float | None  # None only for same_day, which has no amount
    unit: TimeUnit

    @property
    def hours(self) -> float:
        """In working hours: a working day is 8; the same day is one working day; calendar
        days count as the working days they surely hold (`calendar_working_days`)."""
        if self.unit == TimeUnit.SAME_DAY:
            return HOURS_PER_WORKING_DAY
        if self.unit == TimeUnit.DAYS:
            return calendar_working_days(self.value) * HOURS_PER_WORKING_DAY
        return self.value * (HOURS_PER_WORKING_DAY if self.unit == TimeUnit.WORKING_DAYS else 1)


@frozen
class Extension(Duration):
    """A longer limit for a named case (+ không quá 02 ngày làm việc; cần xác minh thì 10 ngày):
    a limit of its own, never added to the normal one."""

    when: str = ""


@frozen
class TimeLimit(Duration):
    """A statutory time limit (thời hạn giải quyết)."""

    cutoff: str = ""  # "15:00": received after this, the day counts from the next working day
    start: str = field(default="", metadata={"key": "from"})  # when the count starts, as published
    extensions: tuple[Extension, ...] = ()


@frozen
class Fee:
    """A phí or lệ phí as published: the amount in đồng (0: none), what it is counted by, the
    published wording, and who is exempt."""

    kind: FeeKind
    amount: int | None = None
    per: str = ""
    text: str = ""
    exemptions: tuple[str, ...] = ()


@frozen
class Channel:
    """A way to file (cách thức thực hiện), with what differs for it: its own time limit and
    fees override the procedure's; `via` names the systems (Cổng Dịch vụ công quốc gia, VNeID)."""

    channel: ChannelKind
    time_limit: TimeLimit | None = None
    fees: tuple[Fee, ...] = ()
    via: tuple[str, ...] = ()
    note: str = ""


@frozen
class ChangeRow:
    revision: int
    date: dt.date
    summary: str
    sections: str = ""
    reason: ChangeReason | Literal[""] = ""
    refs: tuple[str, ...] = ()


@frozen
class DossierItem:
    name: str
    originals: int = 1
    copies: int = 0
    form: str = ""
    optional: bool = False
    present: bool = False  # xuất trình: shown, not handed in
    channels: tuple[ChannelKind, ...] = ()  # needed only when filing through these channels


@frozen
class DossierGroup:
    """One of several papers (Hộ chiếu hoặc Thẻ Căn cước hoặc ...)."""

    any_of: tuple[DossierItem, ...]
    name: str = ""  # what the alternatives stand for, when the record says
    optional: bool = False
    channels: tuple[ChannelKind, ...] = ()


@frozen
class Tthc:
    code: str
    name: str
    time_limit: TimeLimit
    field: str = ""
    level: str = ""
    authority: str = ""  # cơ quan có thẩm quyền quyết định
    applicants: tuple[str, ...] = ()  # đối tượng thực hiện
    conditions: str = ""  # yêu cầu, điều kiện (Markdown)
    joins: tuple[str, ...] = ()  # liên thông: the TTHC codes this one is filed together with
    channels: tuple[Channel, ...] = ()
    dossier: tuple[DossierItem | DossierGroup, ...] = ()
    dossier_sets: int | str | None = None  # a number of sets, or NOT_PRESCRIBED
    receiving_place: str = ""
    fee: str = ""  # the fees as one text (the first format's spelling)
    fees: tuple[Fee, ...] = ()
    results: tuple[str, ...] = ()

    def dossier_items(self) -> Iterator[tuple[tuple, DossierItem]]:
        """Every paper with the keys of its place: each item, and each alternative of a group."""
        for i, entry in enumerate(self.dossier):
            if isinstance(entry, DossierGroup):
                for j, item in enumerate(entry.any_of):
                    yield ("tthc", "dossier", i, "any_of", j), item
            else:
                yield ("tthc", "dossier", i), entry

    def limits(self) -> Iterator[tuple[ChannelKind | None, TimeLimit]]:
        """The procedure's own time limit (channel None), then each channel's own."""
        yield None, self.time_limit
        for channel in self.channels:
            if channel.time_limit is not None:
                yield channel.channel, channel.time_limit


@frozen
class Step:
    no: int
    action: str
    actor: str
    time: Duration | None = None
    forms: tuple[str, ...] = ()
    output: str = ""
    agency: str = ""  # another agency's step (liên thông): its time is that agency's


@frozen
class FormRef:
    code: str
    title: str
    source: str = "internal"


@frozen
class Record:
    name: str
    keeper: str = ""
    retention: str = ""


@frozen
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
        """The steps' times added up, in working hours (steps without a time count nothing:
        `uncounted` names them)."""
        return sum(step.time.hours for step in self.steps if step.time)

    @property
    def uncounted(self) -> tuple[Step, ...]:
        """The steps `steps_hours` leaves out, having no time."""
        return tuple(step for step in self.steps if step.time is None)


@frozen
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


@frozen
class Result:
    period: str
    value: float


@frozen
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


@frozen
class Objectives:
    year: int
    objectives: tuple[Objective, ...] = ()


@frozen
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


@frozen
class Signature:
    """A signature block: authority (TM. ỦY BAN NHÂN DÂN), title (CHỦ TỊCH), a note such as
    (Ký và ghi rõ họ tên), room to sign, and the signer's name when a person is named."""

    title: str
    authority: str = ""
    note: str = ""
    person: str = ""  # a person id of isodocs.yaml


@frozen
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


@frozen
class LegalSource:
    url: str = ""
    accessed: dt.date | None = None


@frozen
class TthcChanges:
    """What a publication decision (quyết định công bố) does to national TTHC codes."""

    added: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    rescinded: tuple[str, ...] = ()


@frozen
class LegalEntry:
    origin: Origin
    index: int  # position in its file (files may hold a list)
    in_list: bool  # the file holds a list of entries rather than one
    number: str
    type: str
    title: str
    issued: dt.date | None  # None when only the year is known (`issued_year`)
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
    issued_year: int | None = None  # the year alone, when the day is not known

    @property
    def year(self) -> int:
        return self.issued.year if self.issued else self.issued_year

    @property
    def issued_earliest(self) -> dt.date:
        """The first day it may have been issued (the day itself, when known)."""
        return self.issued or dt.date(self.issued_year, 1, 1)

    @property
    def issued_latest(self) -> dt.date:
        """The last day it may have been issued: a year alone counts as late as it may, so a
        change it brings is never taken to be older than it is."""
        return self.issued or dt.date(self.issued_year, 12, 31)

    @property
    def keys(self) -> tuple:
        """Where the entry starts in its file's data."""
        return (self.index,) if self.in_list else ()


@frozen
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


@frozen
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


@lru_cache(maxsize=16384)  # a province's documents cite its register's 2,000 numbers 10,000 times
def number_key(number: str) -> str:
    """The identity of a legal document number: Đ and D alike, case and spaces ignored.

    People type `ND-CP` for `NĐ-CP`; both name the same decree.
    """
    return "".join(number.split()).upper().replace("Đ", "D")
