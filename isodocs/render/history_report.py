"""`isodocs history` output: text for people (Vietnamese or English), JSON for tools.

The JSON structure is documented in docs/history.md; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Iterator

from isodocs.diagnostics import Text
from isodocs.render.difflabels import value
from isodocs.history.revisions import DocumentHistory, Record, Revision
from isodocs.history.walk import Touch

SHORT = 12  # commit ids as people read them

_WORDS = {
    "revision": Text("Revision", "Lần ban hành"),
    "newest": Text("newest", "mới nhất"),
    "no_row": Text("no changes row", "không có dòng theo dõi sửa đổi"),
    "unknown": Text("Revision unreadable", "Không đọc được lần ban hành"),
    "reason": Text("Reason", "Yêu cầu sửa đổi"),
    "sections": Text("Sections", "Trang/phần sửa đổi"),
    "refs": Text("Refs", "Căn cứ sửa đổi"),
    "no_commits": Text("No commits", "Không có commit nào"),
    "not_approved": Text("Not approved", "Chưa phê duyệt"),
    "approved": Text("Approved", "Phê duyệt"),
    "on": Text("on", "ngày"),
    "decision": Text("decision", "quyết định"),
    "not_committed": Text("not committed", "chưa commit"),
    "withdrawn": Text("Withdrawn", "Đã thu hồi"),
    "approved_content": Text("approved content", "nội dung được phê duyệt"),
    "head": Text(("Code", "Rev", "Commits", "Last change", "Approved revisions"),
                 ("Mã hiệu", "Lần BH", "Số commit", "Sửa gần nhất", "Các lần BH đã phê duyệt")),
}
_CHANGE = {"added": Text("added", "thêm"), "modified": Text("modified", "sửa"), "renamed": Text("renamed", "đổi tên"),
           "deleted": Text("deleted", "xóa")}


def _w(name: str, lang: str):
    return _WORDS[name].get(lang)


def document_lines(history: DocumentHistory, lang: str) -> list[str]:
    """One document: each revision, newest first, with its row, commits and approvals."""
    title = f"{history.code}  {history.title}".rstrip()
    lines = [f"{title}  ({history.path or '-'})"]
    if history.withdrawal:
        w = history.withdrawal.approval
        lines.append(f"{_w('withdrawn', lang)}: {_who(history.withdrawal, lang)}" + (f" — {w.reason}" if w.reason else ""))
    for revision in history.revisions:
        lines += [""] + _revision_lines(revision, history.revision, lang)
    return lines


def _revision_lines(revision: Revision, newest: int | None, lang: str) -> list[str]:
    row = revision.row
    if revision.number is None:
        head = _w("unknown", lang)
    else:
        head = f"{_w('revision', lang)} {revision.number}" + (f" ({_w('newest', lang)})" if revision.number == newest else "")
        head += f" — {row.date.isoformat()}: {row.summary}" if row else f" — {_w('no_row', lang)}"
    lines = [head]
    details = [f"{_w('reason', lang)}: {value('reason', row.reason, lang)}" if row and row.reason else "",
               f"{_w('sections', lang)}: {row.sections}" if row and row.sections else "",
               f"{_w('refs', lang)}: {', '.join(row.refs)}" if row and row.refs else ""]
    if any(details):
        lines.append("  " + "; ".join(d for d in details if d))
    for touch in revision.commits:
        mark = f"  [{_w('approved_content', lang)}]" if revision.approved_content(touch) else ""
        lines.append(f"  {_commit_line(touch, lang)}{mark}")
    if not revision.commits:
        lines.append(f"  {_w('no_commits', lang)}")
    for record in revision.approvals:
        lines.append(f"  {_w('approved', lang)}: {_who(record, lang)}")
    if not revision.approvals and revision.number is not None:
        lines.append(f"  {_w('not_approved', lang)}")
    return lines


def _commit_line(touch: Touch, lang: str) -> str:
    commit = touch.commit
    change = "" if touch.change == "modified" else f" ({_CHANGE[touch.change].get(lang)} {touch.path})"
    return f"{commit.id[:SHORT]}  {commit.date.isoformat()}  {commit.author}  {commit.summary}{change}"


def _who(record: Record, lang: str) -> str:
    a = record.approval
    text = f"{a.name} ({a.by}) {_w('on', lang)} {a.date.isoformat()}"
    if a.decision:
        text += f", {_w('decision', lang)} {a.decision}"
    if record.commit is None:
        return f"{text}; {_w('not_committed', lang)}"
    return f"{text}; {record.signature.text(lang)}; commit {record.commit.id[:SHORT]}"


def table_lines(histories: list[DocumentHistory], lang: str) -> list[str]:
    """Every document, one line each: newest revision, commits, last change, approved revisions."""
    rows = [_w("head", lang)]
    for h in histories:
        last = h.touches[0].commit.date.isoformat() if h.touches else "-"
        rows.append((h.code, str(h.revision or "-"), str(len(h.touches)), last, _approved(h, lang)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]


def _approved(history: DocumentHistory, lang: str) -> str:
    if history.withdrawal:
        return f"{_w('withdrawn', lang).lower()} {history.withdrawal.approval.date.isoformat()}"
    parts = []
    for record in reversed(history.approvals):
        a = record.approval
        signed = record.signature and record.signature.state != "unsigned"
        parts.append(f"r{a.revision} {a.date.isoformat()}" + (f" ({record.signature.text(lang)})" if signed else ""))
    return ", ".join(parts) or "-"


def json_pieces(histories: list[DocumentHistory], manual_label: str, commit: str) -> Iterator[str]:
    """The JSON output, a document at a time and a line per document (a province's history runs
    to tens of MB: Python's fast encoder works only without indentation, and a line per
    document suits `grep` and streaming readers)."""
    head = json.dumps({"manual": manual_label, "commit": commit}, ensure_ascii=False)
    if not histories:
        yield head[:-1] + ', "documents": []}'
        return
    yield head[:-1] + ', "documents": ['
    for n, history in enumerate(histories, 1):
        yield json.dumps(_document(history), ensure_ascii=False) + ("," if n < len(histories) else "")
    yield "]}"


def _document(h: DocumentHistory) -> dict:
    return {
        "code": h.code,
        "title": h.title,
        "path": h.path or None,
        "revision": h.revision,
        "withdrawal": _record(h.withdrawal) if h.withdrawal else None,
        "revisions": [{
            "revision": r.number,
            "change": {"date": r.row.date.isoformat(), "summary": r.row.summary, "sections": r.row.sections,
                       "reason": r.row.reason or None, "refs": list(r.row.refs)} if r.row else None,
            "commits": [{**_commit(t), "approved_content": r.approved_content(t)} for t in r.commits],
            "approvals": [_record(a) for a in r.approvals],
        } for r in h.revisions],
    }


def _commit(touch: Touch) -> dict:
    c = touch.commit
    zone = dt.timezone(dt.timedelta(minutes=c.offset))
    return {"id": c.id, "time": dt.datetime.fromtimestamp(c.time, zone).isoformat(), "author": c.author,
            "summary": c.summary, "change": touch.change, "path": touch.path, "blob": touch.blob}


def _record(record: Record) -> dict:
    a = record.approval
    return {
        "action": a.action, "revision": a.revision or None, "by": a.by, "name": a.name, "title": a.title or None,
        "date": a.date.isoformat(), "decision": a.decision or None, "reason": a.reason or None,
        "content": a.content or None, "file": a.origin.path,
        "commit": record.commit.id if record.commit else None,
        "signature": {"state": record.signature.state, "signer": record.signature.signer or None}
        if record.signature else None,
    }
