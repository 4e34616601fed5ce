"""`isodocs history` for people: one document's revisions, or a line per document."""

from __future__ import annotations

from isodocs.history.revisions import DocumentHistory, Record, Revision
from isodocs.history.walk import Touch
from isodocs.i18n import Ctx, Msg, formats
from isodocs.render.difflabels import value

SHORT = 12  # commit ids as people read them

_CHANGE = {"added": Ctx("a file in a commit", "added"), "modified": Ctx("a file in a commit", "modified"),
           "renamed": Ctx("a file in a commit", "renamed"), "deleted": Ctx("a file in a commit", "deleted")}
_HEAD = (Ctx("history table heading", "Code"), Ctx("history table heading", "Rev"),
         Ctx("history table heading", "Commits"), Ctx("history table heading", "Last change"),
         Ctx("history table heading", "Approved revisions"))


def document_lines(history: DocumentHistory, lang: str) -> list[str]:
    """One document: each revision, newest first, with its row, commits and approvals."""
    title = f"{history.code}  {history.title}".rstrip()
    lines = [f"{title}  ({history.path or '-'})"]
    if history.withdrawal:
        w = history.withdrawal.approval
        said = Msg("Withdrawn: {who}", who=_who(history.withdrawal)).say(lang)
        lines.append(said + (f" — {w.reason}" if w.reason else ""))
    for revision in history.revisions:
        lines += [""] + _revision_lines(revision, history.revision, lang)
    return lines


def _revision_lines(revision: Revision, newest: int | None, lang: str) -> list[str]:
    row = revision.row
    if revision.number is None:
        head = Msg("Revision unreadable").say(lang)
    else:
        head = (Msg("Revision {revision} (newest)", revision=revision.number) if revision.number == newest
                else Msg("Revision {revision}", revision=revision.number)).say(lang)
        head += f" — {formats.date(row.date)}: {row.summary}" if row else " — " + Msg("no changes row").say(lang)
    lines = [head]
    details = [Msg("Reason: {reason}", reason=value("reason", row.reason, lang)) if row and row.reason else None,
               Msg("Sections: {sections}", sections=row.sections) if row and row.sections else None,
               Msg("Refs: {refs}", refs=", ".join(row.refs)) if row and row.refs else None]
    if any(details):
        lines.append("  " + "; ".join(d.say(lang) for d in details if d))
    for touch in revision.commits:
        mark = "  [" + Msg("approved content").say(lang) + "]" if revision.approved_content(touch) else ""
        lines.append(f"  {_commit_line(touch, lang)}{mark}")
    if not revision.commits:
        lines.append("  " + Msg("No commits").say(lang))
    for record in revision.approvals:
        lines.append("  " + Msg("Approved: {who}", who=_who(record)).say(lang))
    if not revision.approvals and revision.number is not None:
        lines.append("  " + Msg("Not approved").say(lang))
    return lines


def _commit_line(touch: Touch, lang: str) -> str:
    commit = touch.commit
    change = "" if touch.change == "modified" else f" ({_CHANGE[touch.change].say(lang)} {touch.path})"
    return f"{commit.id[:SHORT]}  {formats.date(commit.date)}  {commit.author}  {commit.summary}{change}"


def _who(record: Record) -> Msg:
    a = record.approval
    said = Msg("{name} ({by}) on {date}", name=a.name, by=a.by, date=a.date)
    if a.decision:
        said = Msg("{who}, decision {decision}", who=said, decision=a.decision)
    if record.commit is None:
        return Msg("{who}; not committed", who=said)
    return Msg("{who}; {signature}; commit {commit}", who=said, signature=record.signature.message(),
               commit=record.commit.id[:SHORT])


def table_lines(histories: list[DocumentHistory], lang: str) -> list[str]:
    """Every document, one line each: newest revision, commits, last change, approved revisions."""
    rows = [tuple(head.say(lang) for head in _HEAD)]
    for h in histories:
        last = formats.date(h.touches[0].commit.date) if h.touches else "-"
        rows.append((h.code, str(h.revision or "-"), str(len(h.touches)), last, _approved(h, lang)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]


def _approved(history: DocumentHistory, lang: str) -> str:
    if history.withdrawal:
        return Msg("withdrawn {date}", date=history.withdrawal.approval.date).say(lang)
    parts = []
    for record in reversed(history.approvals):
        a = record.approval
        signed = record.signature and record.signature.state != "unsigned"
        parts.append(f"r{a.revision} {formats.date(a.date)}"
                     + (f" ({record.signature.message().say(lang)})" if signed else ""))
    return ", ".join(parts) or "-"
