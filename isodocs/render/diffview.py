"""The diff as people read it, in one language: what the text and HTML outputs both print.

Every value is formatted here (names beside person ids, titles beside legal numbers, dates
as the language writes them, "8 giờ làm việc"), and each change becomes a `Row`; the outputs
only lay rows out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from isodocs.diff.changes import (
    ADDED,
    CHANGED,
    INSERTED,
    MOVED,
    REMOVED,
    RENAMED,
    RENUMBERED,
    DocumentDiff,
    FieldChange,
    ItemChange,
    ListChange,
    ManualDiff,
    Side,
    ValueChange,
)
from isodocs.diff.data import ATOMIC, LEGAL_LISTS, LIST_KEYS, PEOPLE_FIELDS, POSITION_FIELDS, SETTINGS
from isodocs.diff.revisions import IN_FORCE, WORKTREE
from isodocs.diff.words import Block
from isodocs.i18n import Ctx, Msg, Plural, formats
from isodocs.load.source import CONFIG_FILE
from isodocs.model import HOURS_PER_WORKING_DAY
from isodocs.render import difflabels as labels

_DATES = ("issued", "effective", "date")
REVISIONS = (("revision",), ("changes", "revision"))


@dataclass(frozen=True)
class Row:
    depth: int
    mark: str  # added | removed | changed | moved | renumbered, or "" for a list's heading
    label: str
    old: str = ""
    new: str = ""
    blocks: tuple[Block, ...] = ()  # the word diff, for text values
    item: bool = False  # a list item: `label` names it, old/new describe the rest of it


@dataclass(frozen=True)
class DocView:
    anchor: str
    status: str
    status_label: str
    code: str
    title: str
    path: str  # "old → new" when the file moved
    note: str  # how a renamed document was recognised
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class View:
    lang: str
    heading: str  # the two revisions as named, with their commits (for the terminal)
    summary: str
    documents: tuple[DocView, ...]
    unreadable: tuple[str, ...]
    words: Mapping[str, str]
    sides: str = ""  # the two revisions as people name them: "các lần ban hành đang có hiệu lực → dự thảo"


def build(diff: ManualDiff, lang: str) -> View:
    fmt = _Formatter(diff, lang)
    docs = tuple(fmt.document(doc, n) for n, doc in enumerate(diff.documents, 1))
    if diff.settings:  # first: who may approve, and whose names are printed, shape all the rest
        docs = (fmt.settings(diff.settings),) + docs
    unreadable = tuple(f"{u.path} — {fmt.side(diff.a if u.side == 'a' else diff.b)}"
                       + (f": {u.problem[lang]}" if u.problem else "") for u in diff.unreadable)
    return View(lang, f"{fmt.side(diff.a)} → {fmt.side(diff.b)}", summary(diff, lang), docs, unreadable,
                {name: labels.word(name, lang) for name in labels.WORDS}, sides_named(diff, lang))


def sides_named(diff: ManualDiff, lang: str) -> str:
    """What is compared, as people name it: one document's revisions (QT-HT-04 lần ban hành 01 →
    02), else the two sides (`side_name`)."""
    if len(diff.documents) == 1 and not diff.settings and diff.documents[0].old and diff.documents[0].new:
        old, new = diff.documents[0].old, diff.documents[0].new
        if old.revision != new.revision:
            return Ctx("diff side", "{code} revision {old} → {new}", code=new.code, old=formats.revision(old.revision),
                       new=formats.revision(new.revision)).say(lang)
    return " → ".join(side_names(diff, lang))


def side_names(diff: ManualDiff, lang: str) -> tuple[str, str]:
    """The two sides as people name them (`side_name`), told apart by the time when they are of
    one day."""
    same_day = bool(diff.a.when and diff.b.when and diff.a.when.date() == diff.b.when.date())
    return side_name(diff.a, lang, same_day), side_name(diff.b, lang, same_day)


def side_name(side: Side, lang: str, with_time: bool = False) -> str:
    """A revision as people name it, never by a commit id: the revisions in force, the draft (the
    files as they are), a document's approved revision (QT-01 lần ban hành 02), else the version of
    the commit's day (and time, `with_time`, when both sides are of one day)."""
    if side.label == IN_FORCE:
        return labels.word("in_force", lang)
    if side.label == WORKTREE:
        return labels.word("draft", lang)
    approved = _APPROVED.match(side.label)
    if approved:
        return Ctx("diff side", "{code} revision {revision}", code=approved["code"],
                   revision=formats.revision(int(approved["revision"]))).say(lang)
    if side.when is None:  # not read from Git: as it was named
        return side.label
    if with_time:
        return Ctx("diff side", "the version of {time} on {date}", time=side.when.strftime("%H:%M"),
                   date=side.when.date()).say(lang)
    return Ctx("diff side", "the version of {date}", date=side.when.date()).say(lang)


_APPROVED = re.compile(r"^(?P<code>.+)@r?(?P<revision>[0-9]+)$")  # CODE@rN, as isodocs.diff.revisions reads it


def summary(diff: ManualDiff, lang: str) -> str:
    counts = diff.counts()
    parts = ", ".join(f"{n} {labels.word(status, lang)}" for status, n in counts.items() if n)
    total, same, unreadable = len(diff.documents), diff.unchanged, len(diff.unreadable)
    settings = diff.settings
    clauses: list[Msg] = [Msg("The manual's settings (isodocs.yaml) changed")] if settings else []
    if total or not settings:
        clauses.append(Plural("{n} document changed ({parts})", "{n} documents changed ({parts})", n=total, parts=parts)
                       if total else Msg("No changes"))
    clauses.append(Plural("{n} document unchanged", "{n} documents unchanged", n=same))
    if unreadable:
        clauses.append(Plural("{n} file could not be read", "{n} files could not be read", n=unreadable))
    return "; ".join(clause.say(lang) for clause in clauses) + "."


class _Formatter:
    def __init__(self, diff: ManualDiff, lang: str):
        self.diff, self.lang = diff, lang

    def side(self, side: Side) -> str:
        if side.label == WORKTREE:
            return labels.word("worktree", self.lang)
        short = side.commit[:7]
        return f"{side.label} ({short})" if short and not side.label.startswith(short) else side.label

    def document(self, doc: DocumentDiff, n: int) -> DocView:
        old, new = doc.old, doc.new
        path = (new or old).path if not (old and new and old.path != new.path) else f"{old.path} → {new.path}"
        note = ""
        if doc.status == RENAMED and doc.matched_by != "code":
            note = f"{labels.word('matched_by', self.lang)} {labels.word('by_' + doc.matched_by, self.lang)}"
        rows = self.rows(doc.changes)
        total = self.total(doc)
        if total is not None:  # after the steps, whose times it adds up
            at = next((i + 1 for i, c in reversed(list(enumerate(rows))) if c.depth == 0 and c.label ==
                       labels.field(("steps",), self.lang)), None)
            steps_end = len(rows) if at is None else next((i for i in range(at, len(rows)) if rows[i].depth == 0),
                                                            len(rows))
            rows.insert(steps_end, total)
        return DocView(f"doc-{n}", doc.status, labels.word(doc.status, self.lang), doc.code, doc.title,
                       path, note, tuple(rows))

    def total(self, doc: DocumentDiff) -> Row | None:
        """The total of a procedure's step times, when it changed: 2 ngày → 1 ngày 4 giờ làm việc."""
        old, new = (doc.old.hours if doc.old else None), (doc.new.hours if doc.new else None)
        if old is None or new is None or abs(old - new) < 0.005:
            return None
        said = [formats.working_time(h, self.lang, per_day=HOURS_PER_WORKING_DAY) for h in (old, new)]
        return Row(0, CHANGED, labels.field(("total_time",), self.lang), *said)

    def settings(self, changes: tuple[FieldChange, ...]) -> DocView:
        """isodocs.yaml's changes, shown as a document of their own."""
        return DocView("settings", "modified", labels.word("modified", self.lang), CONFIG_FILE,
                       labels.word("settings", self.lang), CONFIG_FILE, "", tuple(self.rows(changes, SETTINGS)))

    def rows(self, changes: tuple[FieldChange, ...], pattern: tuple = (), depth: int = 0) -> list[Row]:
        out: list[Row] = []
        for change in changes:
            where = pattern + change.path
            if isinstance(change, ValueChange):
                mark = ADDED if change.old is None else REMOVED if change.new is None else CHANGED
                out.append(Row(depth, mark, labels.field(where, self.lang), self.value(where, change.old),
                               self.value(where, change.new), change.blocks))
            else:
                out.append(Row(depth, "", labels.field(where, self.lang)))
                out += self.items(change, where, depth + 1)
        return out

    def items(self, change: ListChange, where: tuple, depth: int) -> list[Row]:
        position = POSITION_FIELDS.get(where)
        out: list[Row] = []
        for it in change.items:
            if it.op == RENUMBERED:
                continue
            item = it.new if it.new is not None else it.old
            label = self.item_title(where, item)
            if it.op in (INSERTED, REMOVED):
                # A record is named by its title and described beside it; a plain value (a
                # legal number, a channel) simply stands on its side.
                label, rest = (label, self.item_rest(where, item)) if isinstance(item, dict) else ("", label)
                mark = ADDED if it.op == INSERTED else REMOVED
                out.append(Row(depth, mark, label, rest if mark == REMOVED else "", rest if mark == ADDED else "", item=True))
                continue
            out.append(Row(depth, it.op, label + self.was(where, it), item=True))
            inner = tuple(c for c in it.changes if c.path != (position,))
            out += self.rows(inner, where, depth + 1)
        renumbered = [it for it in change.items if it.op == RENUMBERED]
        if renumbered:
            moves = ", ".join(f"{it.old[position]} → {it.new[position]}" for it in renumbered)
            out.append(Row(depth, RENUMBERED, labels.word(RENUMBERED, self.lang), new=moves))
        return out

    def was(self, where: tuple, it: ItemChange) -> str:
        """Where a moved or renumbered item used to be, when that is not evident."""
        position = POSITION_FIELDS.get(where)
        was = labels.word("was", self.lang)
        if position and isinstance(it.old, dict) and it.old.get(position) != it.new.get(position):
            name = labels.field(where + (position,), self.lang).lower()
            return f" ({was} {name} {it.old[position]})"
        if it.op == MOVED:
            return f" ({it.old_index + 1} → {it.new_index + 1})"
        return ""

    def item_title(self, where: tuple, item: Any) -> str:
        if not isinstance(item, dict):
            return self.value(where, item)
        if where == ("steps",):
            return f"{labels.field(('steps', 'no'), self.lang)} {item.get('no')}: {item.get('action')}"
        key = LIST_KEYS[where]
        if where == ("changes",):
            return f"{labels.field(('changes', 'revision'), self.lang)} {self.value(REVISIONS[1], item.get(key))}"
        return str(item.get(key))

    def item_rest(self, where: tuple, item: dict) -> str:
        """An inserted or removed record's fields other than those its title shows."""
        shown = {LIST_KEYS[where], POSITION_FIELDS.get(where)}
        # A value's own full stop is dropped where another field follows it ("...bước 5; Trang...").
        return "; ".join(f"{labels.field(where + (k,), self.lang)}: {self.value(where + (k,), v)}".rstrip(".")
                         for k, v in item.items() if k not in shown)

    def value(self, where: tuple, value: Any) -> str:
        if value is None:
            return ""
        if where in PEOPLE_FIELDS and value in self.diff.people:
            return f"{self.diff.people[value]} ({value})"
        if where in LEGAL_LISTS and isinstance(value, str) and value in self.diff.legal:
            return f"{value} ({self.diff.legal[value]})"
        if isinstance(value, list):
            return ", ".join(self.value(where, v) for v in value)
        if isinstance(value, dict):
            if where in ATOMIC and "unit" in value:
                unit = "unit_one" if value["value"] == 1 else "unit"
                return f"{self.number(value['value'])} {labels.value(unit, value['unit'], self.lang)}"
            if where in ATOMIC and "op" in value:
                return f"{formats.OPERATORS.get(value['op'], value['op'])} {self.number(value['value'])}"
            return "; ".join(f"{labels.field(where + (k,), self.lang)}: {self.value(where + (k,), v)}"
                             for k, v in value.items())
        if isinstance(value, bool):
            return labels.word("yes" if value else "no", self.lang)
        if where in REVISIONS and isinstance(value, int):
            return formats.revision(value)  # lần ban hành 02, as agencies write it
        if isinstance(value, (int, float)):
            return self.number(value)
        if where[-1] in _DATES:
            return formats.date_text(value, self.lang)
        return labels.value(where[-1], value, self.lang)

    def number(self, value: float) -> str:
        return formats.number(value, self.lang, decimals=6)  # a change shows every decimal written
