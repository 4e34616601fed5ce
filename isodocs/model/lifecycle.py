"""Which revision of each document is in force, and in what state each document is.

Pure functions of a manual (with its approval records) and a date:

- draft: the newest content is not approved (an older revision may still be in force);
- approved: the newest content is approved and takes effect later;
- effective: the newest content is approved and in force;
- obsolete: the document was withdrawn (or removed), so no revision of it is in force.

A revision is in force from its effective date (or its approval, if later) until a later
approved revision takes effect or the document is withdrawn.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal, get_args

from isodocs.model import Approval, Document, Manual

State = Literal["draft", "approved", "effective", "obsolete"]
STATES: tuple[State, ...] = get_args(State)


@dataclass(frozen=True)
class Status:
    code: str
    title: str
    state: State
    document: Document | None  # the newest content (None when the file was removed)
    in_force: Approval | None  # the approval of the revision in force today
    approval: Approval | None  # the approval of the newest content, if it has one
    withdrawal: Approval | None
    next_review: dt.date | None
    overdue: bool
    tampered: Approval | None  # an approval of this revision number for other content

    @property
    def in_force_revision(self) -> int | None:
        return self.in_force.revision if self.in_force else None

    @property
    def current_revision(self) -> int | None:
        return self.document.revision if self.document else None


def start(approval: Approval) -> dt.date:
    """The day an approved revision takes effect: its effective date, never before approval."""
    return max(approval.effective or approval.date, approval.date)


def takes_effect(manual: Manual, doc: Document) -> dt.date:
    """The day this content of `doc` takes effect, as printed: the effective date it gives, but
    never before its approval when it is approved (what `status` says, too)."""
    records = manual.approvals_by_code.get(doc.code)
    if not records:  # never approved: as it says (most of a province's drafts)
        return doc.effective_date
    approvals = sorted((a for a in records if a.action == "approve"), key=lambda a: (a.revision, a.date, a.origin.path))
    approval = approval_of(approvals, doc)
    return start(approval) if approval else doc.effective_date


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def records(manual: Manual) -> dict[str, tuple[list[Approval], Approval | None]]:
    """Per code: its approvals in order (revision, then date), and its withdrawal if any."""
    approvals: dict[str, list[Approval]] = defaultdict(list)
    withdrawals: dict[str, Approval] = {}
    for record in manual.approvals:
        if record.action == "withdraw":
            if record.code not in withdrawals or record.date > withdrawals[record.code].date:
                withdrawals[record.code] = record
        elif record.action == "approve":  # an ack (isodocs legal ack) approves nothing
            approvals[record.code].append(record)
    codes = set(approvals) | set(withdrawals)
    return {code: (sorted(approvals.get(code, []), key=lambda a: (a.revision, a.date, a.origin.path)),
                   withdrawals.get(code)) for code in codes}


def withdrawn(manual: Manual) -> frozenset[str]:
    """Codes of the documents a withdrawal record withdraws, whatever its date: the decision is
    taken, so a withdrawn procedure serves no TTHC and addresses no clause any more."""
    return frozenset(record.code for record in manual.approvals if record.action == "withdraw")


def in_force(approvals: list[Approval], withdrawal: Approval | None, on: dt.date) -> Approval | None:
    """The approval of the revision in force on a day, if any."""
    if withdrawal is not None and withdrawal.date <= on:
        return None
    started = [a for a in approvals if start(a) <= on]
    return max(started, key=lambda a: (a.revision, a.date)) if started else None


def approval_of(approvals: list[Approval], doc: Document) -> Approval | None:
    """The approval of exactly this content at this revision number."""
    for record in reversed(approvals):
        if record.revision == doc.revision and record.content == doc.origin.blob_id:
            return record
    return None


def status_of(manual: Manual, code: str, on: dt.date, found=None) -> Status:
    approvals, withdrawal = (found or records(manual)).get(code, ([], None))
    doc = manual.document(code)
    force = in_force(approvals, withdrawal, on)
    current = approval_of(approvals, doc) if doc else None
    tampered = None
    if doc is not None and current is None:
        tampered = next((a for a in reversed(approvals) if a.revision == doc.revision), None)
    if (withdrawal is not None and withdrawal.date <= on) or doc is None:
        state = "obsolete"
    elif current is None:
        state = "draft"
    else:
        state = "approved" if start(current) > on else "effective"
    next_review = None
    if force is not None and state != "obsolete":
        months = (doc.review_interval_months if doc and doc.review_interval_months else None) \
            or manual.config.review_interval_months
        next_review = add_months(start(force), months)
    title = doc.title if doc else code
    return Status(code, title, state, doc, force, current, withdrawal, next_review,
                  next_review is not None and next_review < on, tampered)


def statuses(manual: Manual, on: dt.date) -> list[Status]:
    """Every document's status: those in the manual, and those only approvals remember."""
    found = records(manual)
    codes = sorted(set(manual.by_code) | set(found))
    return [status_of(manual, code, on, found) for code in codes]
