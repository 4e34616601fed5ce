"""`isodocs rename-unit`: find a unit's old name in every document and, on request, rewrite it.

The files are edited as text, never re-dumped: each value holding the name is located with
libyaml's marks and only the name inside it is replaced, so comments, quoting, indentation
and line breaks everywhere else stay byte for byte. A changed document is then marked for a
new revision the same way: its `revision`, `issued` and `effective` values are rewritten in
place and a row is appended to `changes`. Every rewritten file is parsed again and compared
with what was meant before anything is written.

The `changes` rows are the document's history and keep the old name; the legal register is
left alone (an issuer's name is a fact of the past).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

from isodocs.i18n import Msg
from isodocs.load.schema import field_name  # steps[1].actor: list positions counted from 1, as everywhere
from isodocs.load.source import CONFIG_FILE
from isodocs.load.text import split_front_matter
from isodocs.load.yamlio import YamlProblem, compose, parse
from isodocs.model import Manual

REASON = "org_change"
_NOT_RENAMED = {"changes"}  # history keeps the names of its time


class RenameError(Exception):
    """A file could not be rewritten safely; nothing has been written."""

    def __init__(self, path: str, why: Msg):
        super().__init__(f"{path}: {why}")
        self.path, self.why = path, why


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    field: str  # where in the document: owner, steps[2].actor, body …; items counted from 1
    value: str  # the text holding the name (its first line holding it)
    by_hand: bool = False  # the name is split over lines or escaped: left for a person to edit


@dataclass(frozen=True)
class FileChange:
    path: str
    code: str  # the document's code; "" for isodocs.yaml
    hits: tuple[Hit, ...]
    text: str  # the new content ("" when nothing could be rewritten)
    revision: int | None = None  # the revision the document is marked for; None: not bumped


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Renaming:
    """The old name as a whole phrase (`Phòng Tư pháp` is not found inside `Phòng Tư phápX`),
    and not where the text already reads the new name: renaming `Trung tâm X` to `Trung tâm
    X Tân Phú` twice does not make `Trung tâm X Tân Phú Tân Phú`."""

    old: str
    new: str

    @property
    def pattern(self) -> re.Pattern:
        names = [self.new, self.old] if self.old in self.new else [self.old]
        return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")

    def count(self, text: str) -> int:
        return sum(m.group() == self.old for m in self.pattern.finditer(text))

    def first(self, text: str) -> int:
        """Where the old name first appears in `text` (0 when it does not, whole)."""
        return next((m.start() for m in self.pattern.finditer(text) if m.group() == self.old), 0)

    def sub(self, text: str, replacement: str | None = None) -> tuple[str, int]:
        """The text with the old name replaced (by `replacement`, the new name escaped for
        where it is written), and how many were."""
        done = []

        def swap(m: re.Match) -> str:
            if m.group() != self.old:
                return m.group()
            done.append(1)
            return self.new if replacement is None else replacement

        return self.pattern.sub(swap, text), len(done)


def renaming(old: str, new: str) -> Renaming:
    return Renaming(nfc(old).strip(), nfc(new).strip())


# --- finding ----------------------------------------------------------------------------------

def _scalars(node: yaml.Node, keys: tuple = ()) -> Iterator[tuple[tuple, yaml.ScalarNode]]:
    """Every value scalar (not keys) with its key path."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(value, keys + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value, start=1):
            yield from _scalars(item, keys + (i,))
    else:
        yield keys, node


def _escape(new: str, style: str | None) -> str:
    """The new name as it must be written inside a scalar of this style."""
    if style == "'":
        return new.replace("'", "''")
    if style == '"':
        return json.dumps(new, ensure_ascii=False)[1:-1]
    return new


def _line_of(value: str, names: Renaming) -> str:
    return next(line.strip() for line in value.splitlines() if names.count(line)) if "\n" in value else value


def _rename_yaml(text: str, path: str, names: Renaming, first_line: int) -> tuple[str, list[Hit]]:
    """The YAML text with the name replaced in every value, and where it was found."""
    root = compose(text, path, first_line - 1)
    edits, hits = [], []
    for keys, node in _scalars(root) if root is not None else ():
        if (keys and keys[0] in _NOT_RENAMED) or not names.count(node.value):
            continue
        start, end = node.start_mark.index, node.end_mark.index
        source = text[start:end]
        rewritten, count = names.sub(source, _escape(names.new, node.style))
        by_hand = count != names.count(node.value)
        line = node.start_mark.line + first_line + source.count("\n", 0, names.first(source))
        hits.append(Hit(path, line, field_name(keys), _line_of(node.value, names), by_hand))
        if not by_hand:
            edits.append((start, end, rewritten))
    new_text = _apply(text, edits)
    _verify(text, new_text, path, names)
    return new_text, hits


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _values(text: str, path: str) -> list[tuple[tuple, str]]:
    return [(keys, node.value) for keys, node in _scalars(compose(text, path))]


def _verify(old: str, new: str, path: str, names: Renaming) -> None:
    """The rewritten YAML must read as the old one with the name replaced, except where left
    for a person to edit."""
    try:
        after = _values(new, path)
    except YamlProblem as exc:
        raise RenameError(path, Msg("the new name would break the YAML ({problem})", problem=exc.diagnostic)) from None
    before = _values(old, path)
    if [k for k, _ in before] != [k for k, _ in after]:
        raise RenameError(path, Msg("the rewritten file no longer has the same structure"))
    for (keys, was), (_, now) in zip(before, after):
        if now not in (was, names.sub(was)[0]) or (keys and keys[0] in _NOT_RENAMED and now != was):
            raise RenameError(path, Msg("`{field}` would not read as intended", field=field_name(keys)))


def _rename_body(body: str, path: str, names: Renaming, first_line: int) -> tuple[str, list[Hit]]:
    hits = [Hit(path, first_line + i, "body", line.strip())
            for i, line in enumerate(body.split("\n")) if names.count(line)]
    return names.sub(body)[0], hits


# --- marking for a new revision ---------------------------------------------------------------

def _top(root: yaml.MappingNode, key: str) -> yaml.Node | None:
    return next((v for k, v in root.value if k.value == key), None)


def _last_line_end(text: str, node: yaml.Node) -> int:
    """Where the line holding the node's last character ends (before its newline)."""
    pos = node.end_mark.index
    while pos > 0 and text[pos - 1] in " \t\r\n":
        pos -= 1
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _cells(row: dict) -> list[tuple[str, str]]:
    """A row's keys and values as YAML text; the summary in double quotes (it holds `:` and `,`)."""
    return [(k, json.dumps(v, ensure_ascii=False) if k == "summary" else str(v)) for k, v in row.items()]


def _row_text(text: str, last: yaml.Node, row: dict) -> str:
    """A new `changes` row written like the last one: a flow mapping or a block mapping."""
    line_start = text.rfind("\n", 0, last.start_mark.index) + 1
    dash = text.find("-", line_start)
    indent = " " * (dash - line_start)
    cells = _cells(row)
    if isinstance(last, yaml.MappingNode) and last.flow_style:
        return f"\n{indent}- {{" + ", ".join(f"{k}: {v}" for k, v in cells) + "}"
    key_column = last.value[0][0].start_mark.column if isinstance(last, yaml.MappingNode) and last.value else dash + 2
    pad = " " * key_column
    first, *rest = cells
    lines = [f"{indent}-{' ' * (key_column - len(indent) - 1)}{first[0]}: {first[1]}"]
    lines += [f"{pad}{k}: {v}" for k, v in rest]
    return "\n" + "\n".join(lines)


def mark_revision(text: str, path: str, date: dt.date, summary: str) -> tuple[str, int | None]:
    """The document's YAML marked for its next revision: revision + 1, issued (and effective,
    when written) set to `date`, and a `changes` row with reason org_change. A document whose
    last row is already an org_change row of `date` (renamed earlier the same day) has that
    row's summary extended instead of a second new revision."""
    root = compose(text, path)
    revision, changes = _top(root, "revision"), _top(root, "changes")
    if not isinstance(changes, yaml.SequenceNode) or not changes.value or revision is None:
        return text, None
    last = changes.value[-1]
    current = int(revision.value)
    row = {k.value: v for k, v in last.value} if isinstance(last, yaml.MappingNode) else {}
    if (getattr(row.get("date"), "value", "") == date.isoformat() and getattr(row.get("reason"), "value", "") == REASON
            and getattr(row.get("revision"), "value", "") == str(current) and "summary" in row):
        node = row["summary"]
        if summary in node.value:
            return text, None
        joined = json.dumps(f"{node.value.strip()}; {summary}", ensure_ascii=False)
        return _apply(text, [(node.start_mark.index, node.end_mark.index, joined)]), current
    edits = [(revision.start_mark.index, revision.end_mark.index, str(current + 1))]
    for key in ("issued", "effective"):
        node = _top(root, key)
        if node is not None:
            edits.append((node.start_mark.index, node.end_mark.index, date.isoformat()))
    new_row = {"revision": current + 1, "date": date.isoformat(), "summary": summary, "reason": REASON}
    if changes.flow_style:  # changes: [{…}, {…}]: one more item before the closing bracket
        at = text.rindex("]", 0, changes.end_mark.index)
        edits.append((at, at, ", {" + ", ".join(f"{k}: {v}" for k, v in _cells(new_row)) + "}"))
    else:
        at = _last_line_end(text, last)
        edits.append((at, at, _row_text(text, last, new_row)))
    new_text = _apply(text, edits)
    try:
        data = parse(new_text, path).data
        ok = data["revision"] == current + 1 and data["changes"][-1]["revision"] == current + 1
    except (YamlProblem, KeyError, TypeError, IndexError):
        ok = False
    if not ok:
        raise RenameError(path, Msg("the document could not be marked for a new revision"))
    return new_text, current + 1


# --- the whole manual -------------------------------------------------------------------------

def _read(root: Path, rel: str) -> tuple[str, str, str]:
    """(text in NFC with \\n line ends, BOM, line end) of a file; the last two are put back
    (a file typed in decomposed Unicode is written back precomposed, as isodocs reads it)."""
    raw = (root / rel).read_bytes().decode("utf-8")
    bom = "\ufeff" if raw.startswith("\ufeff") else ""
    raw = raw[len(bom):]
    newline = "\r\n" if "\r\n" in raw else "\n"
    return nfc(raw.replace("\r\n", "\n")), bom, newline


def plan(manual: Manual, root: Path, old: str, new: str, date: dt.date | None = None) -> list[FileChange]:
    """Every file where `old` appears, with its hits and, when `date` is given, its new text
    marked for a new revision (documents only). Reads files; writes nothing."""
    names = renaming(old, new)
    # the changes row is written in the manual's own language: it is part of the document
    summary = Msg("Unit “{old}” renamed “{new}”", old=names.old, new=names.new).say(manual.config.language)
    targets = [(CONFIG_FILE, "")] + sorted((d.origin.path, d.code) for d in manual.documents)
    changes = []
    for rel, code in targets:
        text, bom, newline = _read(root, rel)
        if not names.count(text):
            continue
        parts = split_front_matter(text) if rel.endswith(".md") else None
        if parts:
            front, body = parts
            middle = text[4 + len(front): len(text) - len(body)]
            new_front, hits = _rename_yaml(front, rel, names, 2)
            body_line = 1 + (text[: len(text) - len(body)]).count("\n")
            new_body, body_hits = _rename_body(body, rel, names, body_line)
            hits += body_hits
        else:
            new_front, hits = _rename_yaml(text, rel, names, 1)
        if not hits:
            continue
        revision = None
        if code and date and any(not h.by_hand for h in hits):
            new_front, revision = mark_revision(new_front, rel, date, summary)
        new_text = "---\n" + new_front + middle + new_body if parts else new_front
        written = bom + new_text.replace("\n", newline) if new_text != text else ""
        changes.append(FileChange(rel, code, tuple(hits), written, revision))
    return changes
