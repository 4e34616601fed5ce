"""The diff said in sentences, for leadership: each change of a document as a plain sentence
("Thời gian: sửa từ 1,5 ngày làm việc thành 1 ngày làm việc.", "Bổ sung Bước 2: Thẩm định hồ
sơ."), never the marks of the terminal ("~", "{+ +}"). The redline's summary page prints them.

    sentences(doc_view, lang) -> [(depth, sentence), ...]
"""

from __future__ import annotations

from isodocs.diff.changes import ADDED, CHANGED, MOVED, REMOVED, RENUMBERED
from isodocs.diff.words import CHANGED as CHANGED_TEXT
from isodocs.diff.words import DELETE, EQUAL, INSERT, Block
from isodocs.i18n import Msg, Plural
from isodocs.render.diffview import DocView, Row

MOST_EDITS = 3  # edits of a text named one by one; the rest are counted
LONGEST_QUOTE = 90  # characters of a quoted piece of text before it is cut with …
_TRIM = " \t\n.,;:"


def sentences(doc: DocView, lang: str) -> list[tuple[int, str]]:
    """The document's changes, one sentence each, with their depth (a step's changes under it)."""
    return [(row.depth, _sentence(row, lang)) for row in doc.rows]


def _sentence(row: Row, lang: str) -> str:
    if not row.mark:  # a list's heading: its items follow
        return f"{row.label}:"
    if row.item:
        return _item(row, lang)
    if row.mark == RENUMBERED:
        return Msg("Renumbered: {moves}.", moves=row.new).say(lang)
    if row.blocks:
        return Msg("{field}: {edits}.", field=row.label, edits=_edits(row.blocks, lang)).say(lang)
    if row.mark == ADDED or not row.old:
        return Msg("{field}: {new} added.", field=row.label, new=_end(row.new)).say(lang)
    if row.mark == REMOVED or not row.new:
        return Msg("{field}: {old} removed.", field=row.label, old=_end(row.old)).say(lang)
    return Msg("{field}: changed from {old} to {new}.", field=row.label, old=row.old, new=_end(row.new)).say(lang)


def _item(row: Row, lang: str) -> str:
    """A record or value of a list: added, removed, changed (its changes follow), moved."""
    name = " — ".join(part for part in (row.label, _end(row.old or row.new)) if part)
    if row.mark == ADDED:
        return Msg("Added {item}.", item=name).say(lang)
    if row.mark == REMOVED:
        return Msg("Removed {item}.", item=name).say(lang)
    if row.mark == MOVED:
        return Msg("Moved {item}.", item=name).say(lang)
    assert row.mark in (CHANGED, RENUMBERED)
    return f"{_end(row.label)}:"


def _edits(blocks: tuple[Block, ...], lang: str) -> str:
    """What changed in a text, quoted: added “…”; “…” replaced by “…”; removed “…”."""
    said: list[str] = []
    count = 0
    for block in blocks:
        if block.op != CHANGED_TEXT:
            continue
        spans = list(block.spans)
        i = 0
        while i < len(spans):
            span = spans[i]
            if span.op == EQUAL:
                i += 1
                continue
            follows = spans[i + 1] if i + 1 < len(spans) else None
            if span.op == DELETE and follows is not None and follows.op == INSERT:
                edit = Msg("“{old}” replaced by “{new}”", old=_quote(span.text), new=_quote(follows.text))
                i += 2
            elif span.op == DELETE:
                edit = Msg("removed “{old}”", old=_quote(span.text))
                i += 1
            else:
                edit = Msg("added “{new}”", new=_quote(span.text))
                i += 1
            count += 1
            if count <= MOST_EDITS:
                said.append(edit.say(lang))
    if count > MOST_EDITS:
        said.append(Plural("{n} other change", "{n} other changes", n=count - MOST_EDITS).say(lang))
    return "; ".join(said)


def _quote(text: str) -> str:
    text = " ".join(text.split()).strip(_TRIM) or text.strip()
    return text if len(text) <= LONGEST_QUOTE else text[:LONGEST_QUOTE].rstrip() + "…"


def _end(text: str) -> str:
    """A value put before a sentence's own full stop: its own full stop dropped."""
    return text.rstrip().rstrip(".")
