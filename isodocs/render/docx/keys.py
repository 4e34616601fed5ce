"""Which part of a document's data each rendered block shows: what lets the redline pair the two
revisions' renderings as the data diff paired their data.

The renderer names the parts it lays out (`Page.keyed`, `grid`'s row keys, `Page.markdown`):
a key is a path into the document's data (isodocs.diff.data) whose only int, if any, is the
position of an item in the list at the path before it (`("steps", 2)`); other components are
strings. Rendering normally, the names cost nothing and change nothing. On a side of a redline,
each block and table row carries its key, with list positions replaced by the item's identity
across the two revisions: items the diff kept in place share one, every other item has its
own. A Markdown text's blocks are keyed by the paragraphs of the text they come from, paired
as the word diff pairs them (`words.paragraph_alignment`).
"""

from __future__ import annotations

import bisect
from enum import Enum
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from isodocs.render.docx.markdown import block_lines

if TYPE_CHECKING:
    from isodocs.diff.changes import DocumentDiff

# The diff and its word alignment (with the regex module) are imported where a redline uses
# them: every build and check imports this module, and only a redline needs them (40 ms).


class Side(Enum):
    """Which revision a rendering shows."""

    OLD = "old"
    NEW = "new"


OLD, NEW = Side.OLD, Side.NEW


class Keyed(str):
    """A block's XML with its key, and for a table the keys of its rows (in order)."""

    key: tuple | None
    rows: tuple

    def __new__(cls, xml: str, key: tuple | None, rows: tuple = ()) -> "Keyed":
        self = super().__new__(cls, xml)
        self.key, self.rows = key, rows
        return self


def key_of(block: Any) -> tuple | None:
    return getattr(block, "key", None)


def row_keys(block: Any) -> tuple:
    return getattr(block, "rows", ())


class Pairing:
    """The two revisions of one document: which item of each list is which, by the diff."""

    def __init__(self, change: DocumentDiff, old: Mapping, new: Mapping):
        self.change, self.data = change, {OLD: old, NEW: new}
        self._kept: dict[tuple, dict[Side, dict[int, int]]] = {}

    def other(self, side: Side, path: tuple, index: int) -> int | None:
        """The position on the other side of the item at `index` of the list at `path`, if the
        diff kept it in place; None for an item inserted, removed or moved."""
        kept = self._kept.get(path)
        if kept is None:
            kept = self._kept[path] = self._in_place(path)
        return kept[side].get(index)

    def item(self, side: Side, path: tuple, index: int) -> tuple:
        """The identity of the item at `index` of the list at `path`: ("=", j) for an item kept
        in place (j its new position), else (side, index)."""
        there = self.other(side, path, index)
        if there is None:
            return (side, index)
        return ("=", there if side == OLD else index)

    def _in_place(self, path: tuple) -> dict[Side, dict[int, int]]:
        from isodocs.diff.changes import ListChange

        old, new = (_list_at(self.data[s], path) for s in (OLD, NEW))
        change = next((c for c in self.change.changes if isinstance(c, ListChange) and c.path == path), None)
        # No change listed: the two lists are equal, item for item.
        pairs = change.in_place(len(old), len(new)) if change else list(zip(range(len(old)), range(len(new))))
        return {OLD: dict(pairs), NEW: {j: i for i, j in pairs}}

    def text(self, side: Side, key: tuple) -> str:
        """The text at `key` on `side` ("" where there is none)."""
        value: Any = self.data[side]
        for part in key:
            if isinstance(value, Mapping) and isinstance(part, str):
                value = value.get(part)
            elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
                value = value[part]
            else:
                return ""
        return value if isinstance(value, str) else ""


class Keys:
    """One side of a redline: names each rendered block and row by its identity."""

    def __init__(self, pairing: Pairing, side: Side):
        self.pairing, self.side = pairing, side

    def identity(self, key: tuple) -> tuple:
        """The key with its list position, if any, replaced by the item's identity."""
        for at, part in enumerate(key):
            if isinstance(part, int):
                return (*key[:at], self.pairing.item(self.side, key[:at], part), *key[at + 1:])
        return key

    def mark(self, key: tuple, blocks: Iterable[str]) -> list[str]:
        """The blocks not yet keyed get `key`, numbered among themselves."""
        ident = self.identity(key)
        out: list[str] = []
        n = 0
        for block in blocks:
            if key_of(block) is None:
                block = Keyed(block, (*ident, n), row_keys(block))
                n += 1
            out.append(block)
        return out

    def table(self, xml: str, rows: Sequence[tuple]) -> Keyed:
        """A table whose rows show the parts `rows` names."""
        return Keyed(xml, None, tuple(self.identity(k) for k in rows))

    def markdown(self, key: tuple, text: str, blocks: Sequence[str], lines: Sequence[int]) -> list[str]:
        """The blocks of the Markdown `text` at `key` (each from its source line in `lines`),
        keyed as the word diff pairs the text's paragraphs; within a run of changed paragraphs,
        blocks whose source is the same (a list's untouched items) pair too."""
        ident = self.identity(key)
        other = NEW if self.side == OLD else OLD
        at = next((i for i, part in enumerate(key) if isinstance(part, int)), None)
        if at is None:
            elsewhere = self.pairing.text(other, key)
        else:  # the same item's text on the other side, if the item kept its place
            there = self.pairing.other(self.side, key[:at], key[at])
            elsewhere = "" if there is None else self.pairing.text(other, (*key[:at], there, *key[at + 1:]))
        texts = {self.side: text, other: elsewhere}
        sources = {self.side: _sources(text, lines), other: _sources(elsewhere, block_lines(elsewhere))}
        groups = _groups(texts[OLD], texts[NEW], sources[OLD], sources[NEW])[self.side]
        seen: dict[tuple, int] = {}
        out: list[str] = []
        for block, group in zip(blocks, groups):
            n = seen[group] = seen.get(group, -1) + 1
            out.append(Keyed(block, (*ident, *group, n), row_keys(block)))
        return out


def _sources(text: str, lines: Sequence[int]) -> list[tuple[int, str]]:
    """Each block's paragraph (of `words.paragraphs`) and source text, from its first line."""
    from isodocs.diff.words import paragraph_lines

    starts = paragraph_lines(text)
    rows = text.split("\n")
    ends = [*lines[1:], len(rows)]
    return [(max(bisect.bisect_right(starts, line) - 1, 0), "\n".join(rows[line:end]).strip())
            for line, end in zip(lines, ends)]


def _groups(old: str, new: str, old_blocks: list[tuple[int, str]],
            new_blocks: list[tuple[int, str]]) -> dict[Side, list[tuple]]:
    """Each block's group on each side. A paragraph left as it was: ("=", j), j its place in the
    new text. A run of changed paragraphs (the k-th run): ("~", k, ...) then, by the same
    alignment over the run's blocks' sources, ("=", b) for a block whose source is the same,
    ("~", r) for the r-th run of blocks that differ."""
    from isodocs.diff.words import alignment, paragraph_alignment

    out: dict[Side, list[tuple]] = {OLD: [("?",)] * len(old_blocks), NEW: [("?",)] * len(new_blocks)}
    for k, (op, i1, i2, j1, j2) in enumerate(paragraph_alignment(old, new)):
        olds = [b for b, (p, _) in enumerate(old_blocks) if i1 <= p < i2]
        news = [b for b, (p, _) in enumerate(new_blocks) if j1 <= p < j2]
        if op == "equal":
            for b in olds:
                out[OLD][b] = ("=", j1 + old_blocks[b][0] - i1)
            for b in news:
                out[NEW][b] = ("=", new_blocks[b][0])
            continue
        steps = alignment([old_blocks[b][1] for b in olds], [new_blocks[b][1] for b in news])
        for r, (inner, a1, a2, b1, b2) in enumerate(steps):
            for n, b in enumerate(olds[a1:a2]):
                out[OLD][b] = ("~", k, "=", b1 + n) if inner == "equal" else ("~", k, "~", r)
            for n, b in enumerate(news[b1:b2]):
                out[NEW][b] = ("~", k, "=", b1 + n) if inner == "equal" else ("~", k, "~", r)
    return out


def _list_at(data: Mapping, path: tuple) -> list:
    value: Any = data
    for part in path:
        value = value.get(part) if isinstance(value, Mapping) else None
    return value if isinstance(value, list) else []
