"""`isodocs history --format json`: the structure docs/history.md documents (keep the two in step)."""

from __future__ import annotations

import json
from typing import Iterator

from isodocs.history.revisions import DocumentHistory, Record
from isodocs.history.walk import Touch, git_time


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
    return {"id": c.id, "time": git_time(c.time, c.offset).isoformat(), "author": c.author,
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
