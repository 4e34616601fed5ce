"""`isodocs rename-unit`: find a unit's old name in every document and, on request, rewrite it.

The files are edited as text, never re-dumped: each value holding the name is located with
libyaml's marks and only the name inside it is replaced, so comments, quoting, indentation
and line breaks everywhere else stay byte for byte. A changed document is then marked for a
new revision the same way (edit.revision, as `isodocs revise` does): its `revision`, `issued`
and `effective` values are rewritten in place and a row is appended to `changes`. Every
rewritten file is parsed again and compared with what was meant before anything is written.

The `changes` rows are the document's history and keep the old name; the legal register is
left alone (an issuer's name is a fact of the past).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

from isodocs.edit.revision import NewRow, RevisionError, apply, mark, nfc, read_document
from isodocs.i18n import Msg
from isodocs.load.schema import field_name  # steps[1].actor: list positions counted from 1, as everywhere
from isodocs.load.source import CONFIG_FILE
from isodocs.load.yamlio import YamlProblem, compose
from isodocs.model import Manual

REASON = "org_change"
_NOT_RENAMED = {"changes"}  # history keeps the names of its time


# a file that could not be rewritten safely (nothing has been written): renaming, or marking
# the revision, stopped
RenameError = RevisionError


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
    new_text = apply(text, edits)
    _verify(text, new_text, path, names)
    return new_text, hits


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


# --- the whole manual -------------------------------------------------------------------------

def plan(manual: Manual, root: Path, old: str, new: str, date: dt.date | None = None) -> list[FileChange]:
    """Every file where `old` appears, with its hits and, when `date` is given, its new text
    marked for a new revision (documents only). Reads files; writes nothing."""
    names = renaming(old, new)
    # the changes row is written in the manual's own language: it is part of the document
    summary = Msg("Unit “{old}” renamed “{new}”", old=names.old, new=names.new).say(manual.config.language)
    targets = [(CONFIG_FILE, "")] + sorted((d.origin.path, d.code) for d in manual.documents)
    changes = []
    for rel, code in targets:
        doc = read_document(root, rel)
        text = doc.text
        if not names.count(text):
            continue
        if doc.head:  # a Markdown document: its front matter, then its body
            body = doc.body
            middle = doc.tail[: len(doc.tail) - len(body)]
            new_front, hits = _rename_yaml(doc.front, rel, names, doc.first_line)
            body_line = 1 + (text[: len(text) - len(body)]).count("\n")
            new_body, body_hits = _rename_body(body, rel, names, body_line)
            hits += body_hits
        else:
            new_front, hits = _rename_yaml(doc.front, rel, names, doc.first_line)
            middle = new_body = ""
        if not hits:
            continue
        revision = None
        if code and date and any(not h.by_hand for h in hits):
            marked = mark(new_front, rel, date, NewRow(summary, REASON), join_reason=REASON)
            if marked is not None:
                new_front, revision = marked.text, marked.revision
        new_text = doc.head + new_front + middle + new_body
        written = doc.written(new_text) if new_text != text else ""
        changes.append(FileChange(rel, code, tuple(hits), written, revision))
    return changes
