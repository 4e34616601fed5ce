"""The diff as plain data: the stable structure of `isodocs diff --format json`, documented in
docs/diff.md, and what `apply` replays.

It carries enough to replay the changes (isodocs.diff.apply works from this form alone):
each value's old and new, each list item's old and new place, an added document's data. Text
values also carry their word diff (`text`), which is for reading, not for replaying.
"""

from __future__ import annotations

import dataclasses

from isodocs.diff.changes import DocRef, DocumentDiff, FieldChange, ItemChange, ListChange, ManualDiff
from isodocs.diff.words import Block

FORMAT = "isodocs-diff/1"


def to_data(diff: ManualDiff) -> dict:
    return {
        "format": FORMAT,
        "a": {"rev": diff.a.label, "commit": diff.a.commit or None},
        "b": {"rev": diff.b.label, "commit": diff.b.commit or None},
        "summary": {**diff.counts(), "unchanged": diff.unchanged, "unreadable": len(diff.unreadable)},
        "people": dict(diff.people),
        "legal": dict(diff.legal),
        "settings": [_change(c) for c in diff.settings],
        "documents": [_document(d) for d in diff.documents],
        "unreadable": [{"side": u.side, "path": u.path, "problem": dict(u.problem)} for u in diff.unreadable],
    }


def _ref(ref: DocRef | None) -> dict | None:
    """A side of a document as the format gives it (the steps' total is for reading, derived)."""
    if ref is None:
        return None
    out = dataclasses.asdict(ref)
    del out["hours"]
    return out


def _document(doc: DocumentDiff) -> dict:
    out = {"status": doc.status, "code": doc.code, "old": _ref(doc.old), "new": _ref(doc.new)}
    if doc.matched_by:
        out["matched_by"] = doc.matched_by
    if doc.data is not None:
        out["data"] = doc.data
    else:
        out["changes"] = [_change(c) for c in doc.changes]
    return out


def _change(change: FieldChange) -> dict:
    if isinstance(change, ListChange):
        return {"path": list(change.path), "items": [_item(i) for i in change.items]}
    out = {"path": list(change.path), "old": change.old, "new": change.new}
    if change.blocks:
        out["text"] = [_block(b) for b in change.blocks]
    return out


def _item(item: ItemChange) -> dict:
    out = {"op": item.op, "old_index": item.old_index, "new_index": item.new_index,
           "old": item.old, "new": item.new}
    if item.changes:
        out["changes"] = [_change(c) for c in item.changes]
    return out


def _block(block: Block) -> dict:
    if block.op == "skip":
        return {"op": "skip", "paragraphs": block.skipped}
    return {"op": block.op, "spans": [{"op": s.op, "text": s.text} for s in block.spans]}
