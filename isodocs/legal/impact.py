"""Legal impact: documents whose cited legal texts changed after their revision in force was approved.

A document is suspect when an entry of its legal basis (or an entry of that entry's replacement
chain) differs today from what the register said in the commit that recorded the approval of
the document's revision in force: status, amendments, replacement, effective or expiry date,
title. A procedure is also suspect when a publication decision signed after its approval
modifies the TTHC code it serves (`register.suspect_decisions`).

One `walk` over `approvals/` and `legal/` gives the commit that added each approval record and
the commits that changed each register file. The register as it was at an approval commit is
read once per version of the `legal/` folder (most approvals share one).

A finding clears when a reviewer acknowledged it (`isodocs legal ack`: a record holding the hash
of the entry's compared fields; the flag returns when the entry changes again), or when the
revision in force has a `changes` row with reason `legal_change` naming the entry in `refs`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Callable, Iterable, Literal, Mapping

import pygit2

from isodocs.diagnostics import Rule, Severity, rules
from isodocs.history.walk import CommitInfo, Walked, walk_source
from isodocs.i18n import Ctx, Joined, Msg
from isodocs.load.cache import for_source
from isodocs.load.source import APPROVALS_DIR, CONFIG_FILE, BlobSource, GitSource, SourceError, blob_bytes
from isodocs.model import Approval, Document, LegalEntry, Manual, lifecycle, number_key
from isodocs.model import register as reg
from isodocs.model.reader import load, load_document

FIELDS = ("status", "amended_by", "replaced_by", "effective", "expired_on", "title")
# QĐ 19/2014/QĐ-TTg Art. 4 and TT 26/2014/TT-BKHCN Art. 7: a change of the legal documents is
# built into the quality management system within three months of taking effect.
DEADLINE_MONTHS = 3
FIELD_NAMES = {
    "status": Ctx("register field", "status"),
    "amended_by": Ctx("register field", "amended by"),
    "replaced_by": Ctx("register field", "replaced by"),
    "effective": Ctx("register field", "effective"),
    "expired_on": Ctx("register field", "expired on"),
    "title": Ctx("register field", "title"),
}
LEGAL_DIR = "legal"


@dataclass(frozen=True)
class Change:
    """One field of a register entry: what it was at approval, what it is now, and the commit."""

    field: str
    before: str
    after: str
    commit: CommitInfo | None  # the commit that gave the field its current value (None: not found)

    @property
    def said_before(self):
        return said(self.field, self.before)

    @property
    def said_after(self):
        return said(self.field, self.after)

    @property
    def added(self) -> tuple[str, ...]:
        """For the list of amending texts: the numbers it gained since approval, when it only
        gained (empty otherwise, and for every other field)."""
        if self.field != "amended_by" or not self.before:
            return ()
        before, after = _items(self.before), _items(self.after)
        return tuple(n for n in after if n not in before) if set(before) <= set(after) else ()


def said(field: str, value: str):
    """A compared field's value as people read it: a status in words (hết hiệu lực toàn bộ, not
    expired), a day as a date (said 01/11/2026), "—" for nothing."""
    if not value:
        return "—"
    if field == "status":
        return reg.STATUS_NAMES.get(value, value)
    if field in ("effective", "expired_on"):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _items(value: str) -> list[str]:
    return [n for n in value.split(", ") if n]


@dataclass(frozen=True)
class Finding:
    code: str  # the suspect document
    title: str
    path: str
    revision: int  # the revision in force
    approved: str  # the approval record's date, ISO
    approval_commit: str  # the commit that recorded the approval ("" if unknown)
    number: str  # the cited entry (or the publication decision)
    kind: Literal["entry", "decision"]
    rule: Rule  # L410 (replaced or expired), L411 (changed) or L412 (a decision modified the TTHC)
    changes: tuple[Change, ...] = ()
    via: str = ""  # the entry of the replacement chain that changed, when not `number` itself
    tthc: str = ""  # decision: the TTHC code modified
    took_effect: dt.date | None = None  # when the change took effect (None: the register does not say)
    deadline: dt.date | None = None  # by when it must be built into the system (DEADLINE_MONTHS later)
    overdue: bool = False  # the deadline has passed, and the finding stands

    @property
    def severity(self) -> Severity:
        """The rule's, raised to an error once the deadline for building the change in has passed."""
        return Severity.ERROR if self.overdue else self.rule.severity

    def as_json(self) -> dict:
        return {
            "code": self.code, "title": self.title, "path": self.path, "revision": self.revision,
            "approved": self.approved, "approval_commit": self.approval_commit or None, "number": self.number,
            "via": self.via or None, "kind": self.kind, "severity": self.severity.value, "rule": self.rule.code,
            "tthc": self.tthc or None,
            "took_effect": self.took_effect.isoformat() if self.took_effect else None,
            "deadline": self.deadline.isoformat() if self.deadline else None, "overdue": self.overdue,
            "changes": [{"field": c.field, "from": c.before, "to": c.after,
                         "commit": c.commit.id if c.commit else None,
                         "date": c.commit.date.isoformat() if c.commit else None,
                         "summary": c.commit.summary if c.commit else None} for c in self.changes],
        }


@dataclass(frozen=True)
class Impact:
    findings: tuple[Finding, ...]
    documents: int  # documents with a revision in force that were examined
    cleared: int  # findings cleared by an ack or a legal_change revision

    @property
    def suspect(self) -> list[str]:
        return sorted({f.code for f in self.findings})


# --- the compared fields ---------------------------------------------------------------------------

def _value(entry: LegalEntry | None, name: str) -> str:
    if entry is None:
        return ""
    value = getattr(entry, name)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value or ""


def fields_of(entry: LegalEntry | None) -> dict[str, str]:
    return {name: _value(entry, name) for name in FIELDS}


def entry_hash(register: reg.Register, number: str) -> str:
    """The hash an ack records: the compared fields of the entry and of its replacement chain."""
    entry = register.entry(number)
    chain = register.replacement_chain(entry) if entry else ()
    data = [[number_key(number), fields_of(entry)]] + [[number_key(n), fields_of(register.entry(n))] for n in chain]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _numbers(value: str) -> list[str]:
    return [n for n in value.split(", ") if n]


def took_effect(finding: Finding, register: reg.Register) -> dt.date | None:
    """When the change a finding reports took effect: a publication decision's effective date;
    the earliest of the amending or replacing texts brought in since the approval (each on its
    effective date, else the day it was signed), and of an expiry or a new effective date the
    entry gained. None when the register says no day."""
    def entry_date(number: str) -> dt.date | None:
        entry = register.entry(number)
        return reg.decision_date(entry) if entry else None

    if finding.kind == "decision":
        return entry_date(finding.number)
    changed = register.entry(finding.via or finding.number)
    days = []
    for c in finding.changes:
        if c.field in ("amended_by", "replaced_by"):
            days += [entry_date(n) for n in _numbers(c.after) if n not in _numbers(c.before)]
        elif c.field in ("effective", "expired_on") and c.after:
            days.append(dt.date.fromisoformat(c.after))
        elif c.field == "status" and changed is not None and changed.expired_on:
            days.append(changed.expired_on)
    known = [d for d in days if d is not None]
    return min(known) if known else None


def with_deadline(finding: Finding, register: reg.Register, today: dt.date) -> Finding:
    """The finding with the day its change took effect, its deadline, and whether it is past."""
    effect = took_effect(finding, register)
    if effect is None:
        return finding
    deadline = lifecycle.add_months(effect, DEADLINE_MONTHS)
    return dataclasses.replace(finding, took_effect=effect, deadline=deadline, overdue=today > deadline)


def rule_for(changes: Iterable[Change]) -> Rule:
    """L410, an error, when the changes expired or replaced the entry; else (amended, partly
    expired, dates, title) L411, a warning."""
    replaced = any((c.field == "status" and c.after == "expired") or (c.field == "replaced_by" and c.after)
                   for c in changes)
    return rules.CITED_REPLACED_SINCE_APPROVAL if replaced else rules.CITED_CHANGED_SINCE_APPROVAL


# --- the history -----------------------------------------------------------------------------------

class History:
    """The repository side: approval commits, the register at a commit, who changed an entry."""

    def __init__(self, source: GitSource, walked: Walked | None = None):
        self.source = source
        self.repo: pygit2.Repository = source.repo
        self.tip = self.repo[source.commit]
        self.walked = walked or walk_source(source, (APPROVALS_DIR, LEGAL_DIR))
        self._registers: dict[str, reg.Register] = {}  # by the legal/ tree id
        self._by_commit: dict[str, reg.Register | None] = {}
        self._files: dict[tuple[str, str], Mapping[str, LegalEntry]] = {}
        # approved contents that are no longer the file's (thousands, for a province whose
        # documents moved on since approval): read once, then kept by blob id
        self._approved = for_source(source, "approved")

    def approval_commit(self, approval: Approval) -> CommitInfo | None:
        """The commit that added the approval record (the oldest that touched it)."""
        touches = self.walked.touches(approval.origin.path)
        return touches[-1].commit if touches else None

    def _source(self, commit_id: str) -> GitSource | None:
        try:
            return GitSource(self.repo, self.repo[commit_id], self.source.subdir, commit_id[:12])
        except SourceError:  # the manual's folder does not exist in that commit
            return None

    def know(self, manual: Manual) -> None:
        """Remember the register files of a manual by blob, so they are not parsed again."""
        by_file: dict[tuple[str, str], dict[str, LegalEntry]] = {}
        for entry in manual.legal:
            by_file.setdefault((entry.origin.path, entry.origin.blob_id), {}).setdefault(number_key(entry.number), entry)
        self._files.update(by_file)

    def register_at(self, commit_id: str) -> reg.Register | None:
        """The legal register as committed at `commit_id`, memoised by the legal/ tree id."""
        if commit_id in self._by_commit:
            return self._by_commit[commit_id]
        self._by_commit[commit_id] = found = self._register_at(commit_id)
        return found

    def _register_at(self, commit_id: str) -> reg.Register | None:
        source = self._source(commit_id)
        if source is None or CONFIG_FILE not in source.tree:
            return None
        key = str(source.tree[LEGAL_DIR].id) if LEGAL_DIR in source.tree else ""
        if key not in self._registers:
            blobs = {CONFIG_FILE: source.tree[CONFIG_FILE].id}
            if key:
                blobs |= _files_under(self.repo, source.tree[LEGAL_DIR].id, LEGAL_DIR)
            manual = load(BlobSource(self.repo, blobs)).manual
            if manual is None:
                return None
            self.know(manual)
            self._registers[key] = reg.analyse(manual)
        return self._registers[key]

    def document_at(self, approval: Approval, current: Document | None) -> Document | None:
        """The approved content of a document: today's file when it is that blob, else the blob."""
        if current is not None and current.origin.blob_id == approval.content:
            return current
        try:
            data = blob_bytes(self.repo, pygit2.Oid(hex=approval.content))
        except (KeyError, ValueError):  # no such blob (a record can name any id, even a folder's)
            return current
        doc, _ = load_document(approval.path or f"documents/{approval.code}.yaml", data, self._approved)
        return doc or current

    def save(self) -> None:
        if self._approved is not None:
            self._approved.save()

    def _entries_in(self, path: str, commit_id: str, blob: str) -> Mapping[str, LegalEntry]:
        """The entries of one version of a register file (read alone, with today's isodocs.yaml)."""
        if (path, blob) not in self._files:
            manual = None
            if CONFIG_FILE in self.source.tree:
                config = self.source.tree[CONFIG_FILE].id
                manual = load(BlobSource(self.repo, {CONFIG_FILE: config, path: pygit2.Oid(hex=blob)})).manual
            self._files[(path, blob)] = manual.legal_by_key if manual else {}
        return self._files[(path, blob)]

    def changed_by(self, entry: LegalEntry, name: str) -> CommitInfo | None:
        """The commit that gave a field its current value: going back through the commits that
        touched the entry's file, the oldest of the newest run holding today's value."""
        path, key, now = entry.origin.path, number_key(entry.number), _value(entry, name)
        found = None
        for touch in self.walked.touches(path):
            if touch.change == "deleted":
                break
            value = _value(self._entries_in(touch.path, touch.commit.id, touch.blob).get(key), name)
            if value != now:
                break
            found = touch.commit
        return found


def _files_under(repo: pygit2.Repository, tree_id: pygit2.Oid, prefix: str) -> dict[str, pygit2.Oid]:
    """Blob ids of the files in a folder, by manual path (hidden files and links left out, as
    GitSource does)."""
    found: dict[str, pygit2.Oid] = {}
    for child in repo[tree_id]:
        if child.name.startswith("."):
            continue
        path = f"{prefix}/{child.name}"
        if child.type == pygit2.enums.ObjectType.TREE:
            found |= _files_under(repo, child.id, path)
        elif child.type == pygit2.enums.ObjectType.BLOB and child.filemode != pygit2.enums.FileMode.LINK:
            found[path] = child.id
    return found


# --- impact ----------------------------------------------------------------------------------------

def _acks(manual: Manual) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for record in manual.approvals:
        if record.action == "ack" and record.number and record.entry:
            found.setdefault((record.code, number_key(record.number)), set()).add(record.entry)
    return found


def _cited(doc: Document, revision: int) -> list[str]:
    """The numbers a revision rests on: its legal basis, and the refs of its own `changes` rows
    (a text it was revised for, even when the legal basis does not list it), once each."""
    cited: dict[str, str] = {}
    for number in (*doc.legal_basis, *(ref for row in doc.changes if row.revision == revision for ref in row.refs)):
        cited.setdefault(number_key(number), number)
    return list(cited.values())


def _where_cited(doc: Document, key: str) -> tuple:
    """The keys of the place a document cites a number: its legal basis, else a changes row."""
    for index, number in enumerate(doc.legal_basis):
        if number_key(number) == key:
            return ("legal_basis", index)
    for i, row in enumerate(doc.changes):
        for j, ref in enumerate(row.refs):
            if number_key(ref) == key:
                return ("changes", i, "refs", j)
    return ("legal_basis",)


def _legal_rows(doc: Document, revision: int) -> list[tuple[dt.date, set[str]]]:
    """(date, numbers in refs) of the legal_change rows of the revision in force."""
    return [(row.date, {number_key(ref) for ref in row.refs}) for row in doc.changes
            if row.revision == revision and row.reason == "legal_change"]


def revised_for(finding: Finding, rows: list[tuple[dt.date, set[str]]]) -> bool:
    """Whether a legal_change row of the revision in force accounts for a finding: its refs name
    a number the change brought in (the amending or replacing text, the publication decision),
    or name the cited entry (or the changed entry of its chain) in a row written on or after
    the day of the change's commit."""
    brought = {number_key(n) for c in finding.changes if c.field in ("amended_by", "replaced_by")
               for n in c.after.split(", ") if n and n not in c.before.split(", ")}
    if finding.kind == "decision":
        brought.add(number_key(finding.number))
    named = {number_key(finding.number)} | ({number_key(finding.via)} if finding.via else set())
    days = [c.commit.date for c in finding.changes if c.commit]
    latest = max(days) if days else None
    for day, refs in rows:
        if refs & brought or (refs & named and latest is not None and day >= latest):
            return True
    return False


def _compare(before: LegalEntry, now: LegalEntry, history: History,
             since: Callable[[CommitInfo | None], bool]) -> tuple[Change, ...]:
    changes = []
    for name in FIELDS:
        old, new = _value(before, name), _value(now, name)
        if old != new:
            commit = history.changed_by(now, name)
            if since(commit):
                changes.append(Change(name, old, new, commit))
    return tuple(changes)


def impact(manual: Manual, history: History, today: dt.date, since: str | None = None,
           documents: Manual | None = None) -> Impact:
    """Every suspect (document, entry) of the manual, with what changed. `documents`: another
    reading of the documents to take an approved content from when the blob is the same (the
    working tree `check` read), so `manual` needs only its approvals and register."""
    now_register = reg.analyse(manual)
    history.know(manual)
    acks = _acks(manual)
    hashes: dict[str, str] = {}

    def hash_now(number: str) -> str:
        if number not in hashes:
            hashes[number] = entry_hash(now_register, number)
        return hashes[number]

    after = _since(history.repo, since)
    findings: list[Finding] = []
    examined = cleared = 0
    for code, (approvals, withdrawal) in sorted(lifecycle.records(manual).items()):
        force = lifecycle.in_force(approvals, withdrawal, today)
        if force is None:
            continue
        doc = history.document_at(force, (documents or manual).document(code))
        if doc is None:
            continue
        examined += 1
        info = history.approval_commit(force)
        then = history.register_at(info.id) if info else None
        rows = _legal_rows(doc, force.revision)
        base = dict(code=code, title=doc.title, path=doc.origin.path, revision=force.revision,
                    approved=force.date.isoformat(), approval_commit=info.id if info else "")

        def clears(finding: Finding) -> bool:
            key = number_key(finding.number)
            ackd = {k for c, k in acks if c == code}
            return revised_for(finding, rows) or (key in ackd and hash_now(finding.number) in acks[(code, key)])

        found: list[Finding] = []
        if then is not None:
            for number in _cited(doc, force.revision):
                found += _entry_findings(number, then, now_register, history, after, base)
        tthc = doc.procedure.tthc if doc.procedure else None
        if tthc:
            for decision in reg.suspect_decisions(now_register, tthc.code, force.date):
                if since is not None and not after(history.changed_by(decision, "title")):
                    continue
                found.append(Finding(**base, number=decision.number, kind="decision",
                                     rule=rules.TTHC_MODIFIED_SINCE_APPROVAL, tthc=tthc.code))
        for finding in found:
            if clears(finding):
                cleared += 1
            else:
                findings.append(with_deadline(finding, now_register, today))
    history.save()
    return Impact(tuple(findings), examined, cleared)


def _entry_findings(number: str, then: reg.Register, now: reg.Register, history: History,
                    after: Callable[[CommitInfo | None], bool], base: dict) -> list[Finding]:
    """At most one finding for a cited number: its own changes, else the first changed entry of
    its replacement chain (today's chain, then the chain it had at approval)."""
    current = now.entry(number)
    if current is None:
        return []
    candidates = [number, *now.replacement_chain(current)]
    old = then.entry(number)
    if old is not None:
        candidates += [n for n in then.replacement_chain(old) if number_key(n) not in map(number_key, candidates)]
    for candidate in candidates:
        before, after_entry = then.entry(candidate), now.entry(candidate)
        if before is None or after_entry is None:
            continue
        changes = _compare(before, after_entry, history, after)
        if changes:
            via = "" if number_key(candidate) == number_key(number) else after_entry.number
            return [Finding(**base, number=current.number, kind="entry", rule=rule_for(changes), changes=changes,
                            via=via)]
    return []


def _since(repo: pygit2.Repository, rev: str | None) -> Callable[[CommitInfo | None], bool]:
    """Whether a change's commit is after REV (not REV itself nor one of its ancestors)."""
    if rev is None:
        return lambda commit: True
    base = repo.revparse_single(rev).peel(pygit2.Commit).id

    def after(commit: CommitInfo | None) -> bool:
        if commit is None:
            return True
        oid = pygit2.Oid(hex=commit.id)
        return oid != base and not repo.descendant_of(base, oid)

    return after


def run(source: GitSource, today: dt.date, since: str | None = None) -> tuple[Manual | None, Impact | None]:
    """Load the manual at the source's commit, walk its history, and find the suspect documents."""
    manual = load(source, cache=for_source(source)).manual
    if manual is None:
        return None, None
    return manual, impact(manual, History(source), today, since)


# --- as check diagnostics ----------------------------------------------------------------------------

def _changes(finding: Finding) -> Joined:
    """What changed, as the L410/L411 message says it: `via: field before → after; ...`."""
    changes = Joined(tuple(Msg("{field} {before} → {after}", field=FIELD_NAMES[c.field], before=c.said_before,
                               after=c.said_after) for c in finding.changes))
    return Joined((finding.via, changes), ": ") if finding.via else changes


def deadline_note(finding: Finding) -> Msg | str:
    """The deadline, as the L410-L412 messages end: to come, or past."""
    if finding.deadline is None:
        return ""
    if finding.overdue:
        return Msg(" It took effect on {effective}: the three months to build it into the system ended on {deadline}.",
                   effective=finding.took_effect, deadline=finding.deadline)
    return Msg(" It took effect on {effective}: build it into the system by {deadline} (within three months).",
               effective=finding.took_effect, deadline=finding.deadline)


def diagnostics(result: Impact, manual: Manual, locate) -> list:
    """The findings as diagnostics (L410, L411, L412), placed on today's file of each document,
    each with its deadline; a warning past its deadline is an error."""
    found = []
    for f in result.findings:
        doc = manual.document(f.code)
        path = doc.origin.path if doc else f.path
        common = dict(code=f.code, number=f.number, revision=f.revision, approved=dt.date.fromisoformat(f.approved),
                      deadline=deadline_note(f), raised=f.overdue)
        if f.kind == "decision":
            decision = manual.legal_by_key.get(number_key(f.number))
            line, column = locate(path, ("tthc", "code"), False) if doc else (None, None)
            found.append(f.rule.at(
                path, line, column, tthc=f.tthc, date=(decision.issued or decision.year) if decision else "?", **common))
            continue
        line, column = locate(path, _where_cited(doc, number_key(f.number)), False) if doc else (None, None)
        found.append(f.rule.at(path, line, column, changes=_changes(f), **common))
    return found


def check_git(source: GitSource | None, loaded, today: dt.date) -> list:
    """`isodocs check`'s impact findings on the committed history (`history.official.committed`:
    None, outside Git or before the first commit, gives none); they point into the manual that
    `check` read."""
    if loaded.manual is None or source is None:
        return []
    # only the committed approvals and register: documents come from what `check` read when
    # they are the approved blob, else from the blob itself
    paths = {e.path for e in source.entries() if e.path.startswith((APPROVALS_DIR + "/", LEGAL_DIR + "/"))
             and e.readable}  # a link or submodule is reported (F108, F113), never read
    read = {r.origin.path: r.origin.blob_id for r in (*loaded.manual.approvals, *loaded.manual.legal)}
    if read == source.blob_ids(paths):
        manual = loaded.manual  # the approvals and register `check` read are the committed ones
    else:
        manual = load(source, only=paths).manual
    if manual is None:
        return []
    result = impact(manual, History(source), today, documents=loaded.manual)
    return diagnostics(result, loaded.manual, loaded.locate)
