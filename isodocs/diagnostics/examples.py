"""A wrong and a right example for every rule, as data (examples.yaml, shipped with the package).

An example shows what a secretary writes: for each side (wrong, right) the files it changes in
a clean manual, each as a fragment of YAML merged into the file's keys or as the whole text of
the file, and a note saying what is wrong or how it was put right. `isodocs explain` prints
them; tests/diagnostics/test_examples.py applies each to a clean manual and proves that `check`
reports the rule on the wrong side and nothing on the right one.

The notes are English sentences of the catalogue (tools/catalogue.py extracts them from the
file), said in the reader's language; the fragments are the manual's own text, keys in English
and values in Vietnamese, the same in every language.

A rule about an approval or what changed after it (D315, D321, L410-L412) has an `approved` side:
the clean manual with its files is committed and every document approved on its issue date, and
only then are the wrong or the right files written and committed (a side with `approve` is
approved again, on its issue date or on the day `approve` gives).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any, Mapping

import yaml

from isodocs.i18n import gettext_in
from isodocs.system.resources import read_text

EXAMPLES_FILE = "examples.yaml"


class BadExamples(Exception):
    """examples.yaml does not have the shape this module reads (a fault of the package)."""


@dataclass(frozen=True)
class Note:
    """A sentence of examples.yaml: its English text is a key of the catalogue."""

    text: str

    def say(self, lang: str) -> str:
        return gettext_in(lang, self.text)


@dataclass(frozen=True)
class FileChange:
    """What one side does to one file of the manual (its path relative to the manual's folder)."""

    path: str
    merge: str | None = None  # a YAML fragment: its keys replace the file's, nested mappings merged
    text: str | None = None  # the whole text of the file
    remove: tuple[str, ...] = ()  # keys taken out before merging, dotted for nested ones (tthc.code)
    encoding: str = "utf-8"  # how the file is saved
    grow_to: int = 0  # the one "…" in the text stands for filler making the file this many bytes
    delete: bool = False  # the file is removed
    copy_of: str = ""  # a new file that starts as a copy of this one (then `merge` applies)

    @property
    def shown(self) -> str | None:
        """The text a reader is shown, or None when the file is removed."""
        return self.merge if self.merge is not None else self.text


@dataclass(frozen=True)
class Side:
    note: Note | None
    files: tuple[FileChange, ...]
    approve: bool = False  # after the files are committed, the leader approves every revision pending
    approve_on: dt.date | None = None  # ...on this day (default: each revision's issue date)


@dataclass(frozen=True)
class Example:
    code: str
    wrong: Side
    right: Side
    approved: Side | None = None  # the state approved before the wrong or the right change
    also: tuple[str, ...] = ()  # other codes the wrong side is reported with, for the same fault
    proven_by: str = ""  # the test that proves the rule where no file can show it (path::name)


_FILE_KEYS = {"merge", "text", "remove", "encoding", "grow_to", "delete", "copy_of"}
_SIDE_KEYS = {"note", "files", "approve"}
_EXAMPLE_KEYS = {"wrong", "right", "approved", "also", "proven_by"}


def _keys(where: str, data: Any, allowed: set[str]) -> Mapping:
    if not isinstance(data, dict):
        raise BadExamples(f"{where}: expected a mapping")
    unknown = set(data) - allowed
    if unknown:
        raise BadExamples(f"{where}: unknown keys {sorted(unknown)}")
    return data


def _change(where: str, path: str, data: Any) -> FileChange:
    data = _keys(f"{where}.{path}", data, _FILE_KEYS)
    kinds = [k for k in ("merge", "text", "delete") if k in data]
    if len(kinds) != 1 and not (kinds == [] and data.get("remove")):
        raise BadExamples(f"{where}.{path}: give exactly one of merge, text, delete")
    change = FileChange(path, data.get("merge"), data.get("text"), tuple(data.get("remove", ())),
                        data.get("encoding", "utf-8"), int(data.get("grow_to", 0)),
                        bool(data.get("delete")), data.get("copy_of", ""))
    if change.grow_to and (change.text or "").count("…") != 1:
        raise BadExamples(f"{where}.{path}: grow_to needs one '…' in the text")
    return change


def _side(where: str, data: Any) -> Side:
    data = _keys(where, data, _SIDE_KEYS)
    files = _keys(f"{where}.files", data.get("files", {}), set(data.get("files", {}) or {}))
    note = data.get("note")
    approve = data.get("approve", False)
    if not isinstance(approve, (bool, dt.date)):
        raise BadExamples(f"{where}.approve: true, or the day of the approval (YYYY-MM-DD)")
    return Side(Note(note) if note else None, tuple(_change(where, p, c) for p, c in files.items()),
                approve is not False, approve if isinstance(approve, dt.date) else None)


def parse(text: str) -> dict[str, Example]:
    """The examples of a text in the format of examples.yaml, by rule code."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise BadExamples("expected a mapping of rule codes")
    found = {}
    for code, entry in data.items():
        entry = _keys(code, entry, _EXAMPLE_KEYS)
        if "wrong" not in entry or "right" not in entry:
            raise BadExamples(f"{code}: needs a wrong and a right side")
        found[code] = Example(
            code, _side(f"{code}.wrong", entry["wrong"]), _side(f"{code}.right", entry["right"]),
            _side(f"{code}.approved", entry["approved"]) if "approved" in entry else None,
            tuple(entry.get("also", ())), entry.get("proven_by", ""))
    return found


@cache
def examples() -> Mapping[str, Example]:
    """Every example shipped with isodocs, by rule code."""
    return parse(read_text("diagnostics", EXAMPLES_FILE))


def example(code: str) -> Example | None:
    return examples().get(code)
