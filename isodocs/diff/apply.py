"""Replaying a diff: A's model and the JSON diff from A to B give B's documents.

It works from the JSON form alone (what a tool or a forge receives), so it proves the JSON
carries every change. Only the structured content is replayed; the word diffs are for reading.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, Mapping

from isodocs import model as m
from isodocs.diff.changes import ManualDiff
from isodocs.diff.data import (
    as_record,
    document_data,
    document_from_data,
    empty,
    in_short,
    origin_for,
    settings_data,
)
from isodocs.diff.plain import to_data


class DoesNotApply(ValueError):
    """The diff names a document or an item that A does not have."""


def apply(manual: m.Manual, diff: ManualDiff | dict) -> m.Manual:
    """`manual` with the diff's document changes made (the diff in JSON form or as dataclasses)."""
    if isinstance(diff, ManualDiff):
        diff = to_data(diff)
    before = {d.origin.path: d for d in manual.documents}
    after = dict(before)
    for doc in diff["documents"]:  # every old file goes first: two documents may swap paths
        if doc["old"]:
            if after.pop(doc["old"]["path"], None) is None:
                raise DoesNotApply(f"no document at {doc['old']['path']}")
    for doc in diff["documents"]:
        old, new = doc["old"], doc["new"]
        if new:
            data = doc["data"] if old is None else apply_changes(document_data(before[old["path"]]), doc["changes"])
            after[new["path"]] = document_from_data(data, origin_for(new["path"], new["blob"]))
    documents = tuple(sorted(after.values(), key=lambda d: (d.code, d.origin.path)))
    return dataclasses.replace(manual, documents=documents)


def apply_settings(raw: Mapping, diff: ManualDiff | dict) -> dict:
    """isodocs.yaml as compared (`settings_data`) with the diff's settings changes made."""
    if isinstance(diff, ManualDiff):
        diff = to_data(diff)
    return apply_changes(settings_data(raw), diff.get("settings", []))


def apply_changes(data: dict, changes: list[dict], pattern: tuple = ()) -> dict:
    """Plain data with JSON field changes made (a value of None removes the key). `pattern` is
    where the data sits in a document (list indices left out), as the diff's tables say it."""
    data = copy.deepcopy(data)
    for change in changes:
        *parents, last = change["path"]
        node = data
        for key in parents:
            node = node.setdefault(key, {})
        where = pattern + tuple(change["path"])
        value = _apply_items(node.get(last) or [], change["items"], where) if "items" in change else change["new"]
        if empty(value):
            node.pop(last, None)
        else:
            node[last] = copy.deepcopy(value)
    return _pruned(data)


def _apply_items(old: list, items: list[dict], pattern: tuple) -> list:
    removed = {it["old_index"] for it in items if it["op"] == "removed"}
    placed = {it["new_index"]: it for it in items if it["op"] != "removed"}
    taken = removed | {it["old_index"] for it in placed.values() if it["old_index"] is not None}
    if any(i >= len(old) for i in taken):
        raise DoesNotApply("an item index is beyond the list")
    # Items the diff does not name kept their order: they fill the places left, in turn.
    untouched = iter([item for i, item in enumerate(old) if i not in taken])
    size = len(old) - len(removed) + sum(1 for it in items if it["op"] == "inserted")
    out = []
    for j in range(size):
        it = placed.get(j)
        if it is None:
            out.append(next(untouched))
        elif it["op"] == "inserted":
            out.append(it["new"])
        else:
            item = as_record(old[it["old_index"]], pattern)  # a channel named alone gains its fields
            if isinstance(item, dict):
                item = in_short(apply_changes(item, it.get("changes", []), pattern), pattern)
            out.append(item)
    return out


def _pruned(value: Any) -> Any:
    """Mappings emptied by removals go too (the data form never holds empty values)."""
    if isinstance(value, dict):
        kept = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if not empty(v)}
    return value
