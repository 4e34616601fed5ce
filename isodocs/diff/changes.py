"""What changed, as frozen dataclasses: the engine produces them, every output consumes them.

A document's changes are a list of field changes over its plain data (isodocs.diff.data):

- `ValueChange`: one value set, changed or removed (None on a side: the key is absent there).
  Text values also offer their word diff (`blocks`), computed from old and new on demand.
- `ListChange`: the items of a list that were inserted, removed, changed, moved or
  renumbered; unchanged items are not listed. A changed or moved record carries its own field
  changes, relative to the record.

Paths are tuples of keys from the document (or, inside a list item, from the item), so the
redline can find the paragraph or table cell each change belongs to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping, Union

from isodocs.diff.words import Block, text_blocks

ADDED, REMOVED, MODIFIED, RENAMED = "added", "removed", "modified", "renamed"
INSERTED, CHANGED, MOVED, RENUMBERED = "inserted", "changed", "moved", "renumbered"


@dataclass(frozen=True)
class ValueChange:
    path: tuple[str, ...]
    old: Any = None
    new: Any = None

    @property
    def is_text(self) -> bool:
        """Both sides are text with more than one word: worth comparing word by word."""
        return (isinstance(self.old, str) and isinstance(self.new, str)
                and any(c.isspace() for c in self.old + self.new))

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """The word diff, unchanged paragraphs collapsed to one of context (empty if not text)."""
        return text_blocks(self.old, self.new) if self.is_text else ()

    def full_blocks(self) -> tuple[Block, ...]:
        """The word diff of the whole text, nothing collapsed: what a redline prints."""
        return text_blocks(self.old, self.new, context=None) if self.is_text else ()


@dataclass(frozen=True)
class ItemChange:
    op: str  # inserted | removed | changed | moved | renumbered
    old_index: int | None = None
    new_index: int | None = None
    old: Any = None  # the whole item on each side (None where it does not exist)
    new: Any = None
    changes: tuple["FieldChange", ...] = ()  # within the item, for changed, moved, renumbered


@dataclass(frozen=True)
class ListChange:
    path: tuple[str, ...]
    items: tuple[ItemChange, ...]

    def in_place(self, old: int, new: int) -> list[tuple[int, int]]:
        """(old index, new index) of every item that kept its place, for lists of `old` and
        `new` items: the changed and renumbered items, and the unchanged ones, which the change
        does not list (they pair in order: what is left of both lists once the inserted,
        removed, changed and moved items are taken out). Moved items left their place."""
        listed_old = {it.old_index for it in self.items if it.old_index is not None}
        listed_new = {it.new_index for it in self.items if it.new_index is not None}
        same = zip((i for i in range(old) if i not in listed_old), (j for j in range(new) if j not in listed_new))
        kept = [(it.old_index, it.new_index) for it in self.items if it.op in (CHANGED, RENUMBERED)]
        return sorted([*same, *kept])


FieldChange = Union[ValueChange, ListChange]


@dataclass(frozen=True)
class DocRef:
    """One side of a document: enough to name it, find its file, and rebuild its origin."""

    code: str
    path: str
    blob: str
    title: str
    kind: str
    revision: int
    hours: float | None = None  # a procedure's steps' times added up (None: no step has a time)


@dataclass(frozen=True)
class DocumentDiff:
    status: str  # added | removed | modified | renamed (code or path changed, maybe content too)
    old: DocRef | None
    new: DocRef | None
    changes: tuple[FieldChange, ...] = ()
    matched_by: str = ""  # code | path | tthc | title | similarity, for a matched pair
    data: Mapping | None = None  # an added document's whole data (a removed one's for the mirror)

    @property
    def code(self) -> str:
        return (self.new or self.old).code

    @property
    def title(self) -> str:
        return (self.new or self.old).title


@dataclass(frozen=True)
class Unreadable:
    """A document file that changed but could not be read on one side (its first problem)."""

    side: str  # a | b
    path: str
    problem: Mapping[str, str] = field(default_factory=dict)  # language -> message


@dataclass(frozen=True)
class Side:
    label: str  # how the user named it: a revision, or WORKTREE
    commit: str = ""
    when: dt.datetime | None = None  # the commit's time where it was made, to name it to people


@dataclass(frozen=True)
class ManualDiff:
    a: Side
    b: Side
    documents: tuple[DocumentDiff, ...]
    unchanged: int = 0  # documents whose files are byte for byte the same (never parsed)
    unreadable: tuple[Unreadable, ...] = ()
    people: Mapping[str, str] = field(default_factory=dict)  # id -> name, for ids in changes
    legal: Mapping[str, str] = field(default_factory=dict)  # number -> title, for legal_basis changes
    language: str = "vi"  # the manual's
    settings: tuple[FieldChange, ...] = ()  # isodocs.yaml's, paths under its keys (people by id)

    @property
    def changed(self) -> bool:
        return bool(self.documents or self.unreadable or self.settings)

    def counts(self) -> dict[str, int]:
        found = {status: 0 for status in (ADDED, REMOVED, MODIFIED, RENAMED)}
        for doc in self.documents:
            found[doc.status] += 1
        return found
