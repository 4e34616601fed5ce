"""A document marked for its next revision, edited in place: `revision` + 1, `issued` (and
`effective`, when written) set to the day, and a row appended to `changes`.

The file is edited as text at the places libyaml's marks point to, never re-dumped, so comments,
quoting, indentation and blank lines everywhere else stay byte for byte; the new row is written
in the style of the last one (a block or a flow mapping). The result is parsed again and must
read as the old data with exactly those changes before anyone writes it. `isodocs revise` and
`isodocs rename-unit --apply` both mark revisions this way.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from isodocs.edit.skeleton import quoted
from isodocs.i18n import Msg
from isodocs.load.text import split_front_matter
from isodocs.load.yamlio import YamlProblem, compose, parse


class RevisionError(Exception):
    """A file could not be rewritten safely; nothing has been written."""

    def __init__(self, path: str, why: Msg):
        super().__init__(f"{path}: {why}")
        self.path, self.why = path, why


@dataclass(frozen=True)
class NewRow:
    """What the `changes` row of the new revision says (its revision and date are the mark's)."""

    summary: str
    reason: str = ""
    sections: str = ""
    refs: tuple[str, ...] = ()

    def cells(self, revision: int, day: dt.date) -> list[tuple[str, str]]:
        """The row's keys and values as YAML text, in the order rows are written (revision, date,
        summary, sections, reason, refs); texts in double quotes (they hold `:`, `#` and `,`)."""
        cells = [("revision", str(revision)), ("date", day.isoformat()), ("summary", quoted(self.summary))]
        if self.sections:
            cells.append(("sections", quoted(self.sections)))
        if self.reason:
            cells.append(("reason", self.reason))
        if self.refs:
            cells.append(("refs", "[" + ", ".join(map(_flow_item, self.refs)) + "]"))
        return cells

    def data(self, revision: int, day: dt.date) -> dict:
        """The row as it must read back."""
        row = {"revision": revision, "date": day.isoformat(), "summary": self.summary}
        if self.sections:
            row["sections"] = self.sections
        if self.reason:
            row["reason"] = self.reason
        if self.refs:
            row["refs"] = list(self.refs)
        return row


_PLAIN_ITEM = re.compile(r"[\w][\w./\-]*")


def _flow_item(text: str) -> str:
    """A legal number or code as an item of a flow list: plain (123/2015/NĐ-CP, QT-04) when it
    reads back as that same text, else in double quotes."""
    if _PLAIN_ITEM.fullmatch(text):
        try:
            if parse(f"[{text}]\n", "refs").data == [text]:
                return text
        except YamlProblem:
            pass
    return quoted(text)


# --- where things are -------------------------------------------------------------------------

def top(root: yaml.Node, key: str) -> yaml.Node | None:
    """The value of a top-level key, or None."""
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((v for k, v in root.value if k.value == key), None)


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, replacement) made, from the last to the first."""
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _last_line_end(text: str, node: yaml.Node) -> int:
    """Where the line holding the node's last character ends (before its newline). A block
    collection ends where its last value does: libyaml's mark for the collection itself lies
    past any comment lines that follow it."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        node = node.value[-1][1] if isinstance(node, yaml.MappingNode) else node.value[-1]
    pos = node.end_mark.index
    while pos > 0 and text[pos - 1] in " \t\r\n":
        pos -= 1
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _row_text(text: str, last: yaml.Node, cells: list[tuple[str, str]]) -> str:
    """A new `changes` row written like the last one: a flow mapping or a block mapping."""
    line_start = text.rfind("\n", 0, last.start_mark.index) + 1
    dash = text.find("-", line_start)
    indent = " " * (dash - line_start)
    if isinstance(last, yaml.MappingNode) and last.flow_style:
        return f"\n{indent}- {{" + ", ".join(f"{k}: {v}" for k, v in cells) + "}"
    key_column = last.value[0][0].start_mark.column if isinstance(last, yaml.MappingNode) and last.value else dash + 2
    pad = " " * key_column
    first, *rest = cells
    lines = [f"{indent}-{' ' * (key_column - len(indent) - 1)}{first[0]}: {first[1]}"]
    lines += [f"{pad}{k}: {v}" for k, v in rest]
    return "\n" + "\n".join(lines)


# --- marking ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Marked:
    text: str  # the new YAML text
    revision: int  # the revision the document is now at
    joined: bool = False  # the day's row was extended rather than a revision opened


def _markable(root: yaml.Node) -> tuple[yaml.ScalarNode, int, yaml.SequenceNode] | None:
    """The document's `revision` (node and value) and its `changes` list, when both are there."""
    revision, changes = top(root, "revision"), top(root, "changes")
    if not isinstance(changes, yaml.SequenceNode) or not changes.value or not isinstance(revision, yaml.ScalarNode):
        return None
    try:
        return revision, int(revision.value), changes
    except ValueError:
        return None


def mark(text: str, path: str, day: dt.date, row: NewRow, join_reason: str = "") -> Marked | None:
    """The document's YAML (a .yaml file, or a .md file's front matter) marked for its next
    revision dated `day`, with `row` as its `changes` row. With `join_reason`, a document whose
    last row is already a row of that reason dated `day` for the current revision (marked earlier
    the same day) has that row's summary extended instead; None when it already says `row`'s
    summary. None too when the document has no `revision` or `changes` to mark."""
    root = compose(text, path)
    found = _markable(root)
    if found is None:
        return None
    revision, current, changes = found
    last = changes.value[-1]
    if join_reason:
        joined = _join(text, last, current, day, row, join_reason)
        if joined is not None:
            return None if joined == text else Marked(joined, current, joined=True)
    edits = [(revision.start_mark.index, revision.end_mark.index, str(current + 1))]
    for key in ("issued", "effective"):
        node = top(root, key)
        if node is not None:
            edits.append((node.start_mark.index, node.end_mark.index, day.isoformat()))
    cells = row.cells(current + 1, day)
    if changes.flow_style:  # changes: [{…}, {…}]: one more item before the closing bracket
        at = text.rindex("]", 0, changes.end_mark.index)
        edits.append((at, at, ", {" + ", ".join(f"{k}: {v}" for k, v in cells) + "}"))
    else:
        at = _last_line_end(text, last)
        edits.append((at, at, _row_text(text, last, cells)))
    new_text = apply(text, edits)
    _verify(text, new_text, path, current, day, row)
    return Marked(new_text, current + 1)


def _join(text: str, last: yaml.Node, current: int, day: dt.date, row: NewRow, reason: str) -> str | None:
    """The text with the last row's summary extended by `row`'s, when that row is the day's row
    of `reason` for the current revision; None when it is not."""
    cells = {k.value: v.value for k, v in last.value} if isinstance(last, yaml.MappingNode) else {}
    if (cells.get("date"), cells.get("reason"), cells.get("revision")) != (day.isoformat(), reason, str(current)) \
            or not isinstance(cells.get("summary"), str):
        return None
    node = next(v for k, v in last.value if k.value == "summary")
    if row.summary in node.value:
        return text
    joined = quoted(f"{node.value.strip()}; {row.summary}")
    return apply(text, [(node.start_mark.index, node.end_mark.index, joined)])


def _verify(old: str, new: str, path: str, current: int, day: dt.date, row: NewRow) -> None:
    """The marked text must read as the old data with the revision, its dates and its row."""
    try:
        before, after = parse(old, path).data, parse(new, path).data
    except YamlProblem:
        before, after = None, None
    if isinstance(before, dict):
        expected = dict(before, revision=current + 1, issued=day.isoformat(), changes=[*before["changes"],
                                                                                         row.data(current + 1, day)])
        if "effective" in before:
            expected["effective"] = day.isoformat()
        if after == expected and list(after) == list(expected):
            return
    raise RevisionError(path, Msg("the document could not be marked for a new revision"))


# --- files: YAML documents and Markdown front matter ------------------------------------------

@dataclass(frozen=True)
class DocumentText:
    """A document file's text split where its YAML is: the text is `head + front + tail`, the
    YAML being `front` (the whole file for a .yaml document); `bom` and `newline` are put back
    when it is written."""

    head: str
    front: str
    tail: str
    bom: str = ""
    newline: str = "\n"
    first_line: int = 1  # the line `front` starts on

    @property
    def text(self) -> str:
        return self.head + self.front + self.tail

    @property
    def body(self) -> str:
        """A Markdown document's body: what follows the front matter's closing `---` line."""
        return self.tail.partition("\n")[2] if self.head else ""

    def written(self, text: str) -> str:
        """`text` (the whole file) with the file's BOM and line ends put back."""
        return self.bom + text.replace("\n", self.newline)

    def with_front(self, front: str) -> str:
        """The file as written with `front` in place of its YAML."""
        return self.written(self.head + front + self.tail)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_document(root: Path, rel: str) -> DocumentText:
    """A document's file (UTF-8, any BOM and line ends), its YAML found. The text is put in NFC
    (a file typed in decomposed Unicode is written back precomposed, as isodocs reads it)."""
    raw = (root / rel).read_bytes().decode("utf-8")
    bom = "\ufeff" if raw.startswith("\ufeff") else ""
    raw = raw[len(bom):]
    newline = "\r\n" if "\r\n" in raw else "\n"
    text = nfc(raw.replace("\r\n", "\n"))
    parts = split_front_matter(text) if rel.endswith(".md") else None
    if not parts:
        return DocumentText("", text, "", bom, newline)
    front, body = parts
    return DocumentText("---\n", front, text[4 + len(front):], bom, newline, 2)
