"""What a document file states of itself at its top level, its code and revision, read
without parsing the file wherever it says so plainly.

A history reads this of every document at a commit, and the revision of every version of
every document: thousands of files, which the YAML parser takes seconds over. A top-level key
of a block mapping starts a line. A `code:` line found once at the start of a line is the key
itself when no quote or bracket comes before it (nothing can be left open there) and no line
starts a key written another way (quoted, explicit, anchored: of two keys the last counts). A
file that says it any other way (the key twice, in flow style, a value YAML could read as a
number, a boolean or null, a value carried on to the next line) goes through the parser, so the
two ways agree on every file the parser reads (tests/load/test_stated.py checks it on generated
files). A file the parser cannot read still states what a plain line says."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from isodocs.load.text import DecodeProblem, decode, split_front_matter
from isodocs.load.yamlio import YamlProblem, parse

# the end of a value: a comment (a `#` after a space: `QT-01#2` is one value), or the end of
# the line with the next one starting in the first column (an indented or blank line next could
# carry the value on: `code: QT\n  01` is "QT 01"), or the end of the file
_END = rb"(?:[ \t]+#[^\r\n]*|[ \t]*(?=\r?\n[^ \t\r\n]|\r?\n?\Z))"
# text YAML's core schema reads as text: a letter first, and not true, false or null
_CODE = re.compile(rb"code:[ \t]+([A-Za-z][A-Za-z0-9_./-]*)" + _END)
_NOT_TEXT = frozenset({b"true", b"false", b"null"})
_REVISION = re.compile(rb"revision:[ \t]+([0-9]{1,15})" + _END)  # below the parser's MAX_NUMBER
_OTHER_BREAKS = ("\x85".encode(), "\u2028".encode(), "\u2029".encode())
_OPENERS = (b'"', b"'", b"[", b"{")
# a line starting a key another way, searched for after a newline put before the first line:
# a pattern starting `\A|\n` is tried at every byte, one starting `\n` only at line breaks
_OTHER_KEY = re.compile(rb"\n(?:[\"'?&!*{\[]|(?:code|revision)[ \t])")


@dataclass(frozen=True)
class Stated:
    code: str | None  # None: no code as text
    revision: int | None  # None: no whole number


def stated(data: bytes, path: str) -> Stated:
    """The code and revision a document file (`path` says whether it is Markdown) states."""
    front = _front_matter(data, path)
    if front is None:
        return Stated(None, None)
    plainly = _keys_plainly(front)
    code = _plain(front, b"code", _CODE) if plainly else None
    revision = _plain(front, b"revision", _REVISION) if plainly else None
    if code is not None and code.lower() in _NOT_TEXT:
        code = None
    parsed = _parsed(front, path) if code is None or revision is None else {}
    return Stated(code.decode("ascii") if code is not None else _text(parsed.get("code")),
                  int(revision) if revision is not None else _number(parsed.get("revision")))


def stated_revision(data: bytes, path: str) -> int | None:
    """The revision alone (a file's older versions: their code is not asked)."""
    front = _front_matter(data, path)
    if front is None:
        return None
    revision = _plain(front, b"revision", _REVISION) if _keys_plainly(front) else None
    return int(revision) if revision is not None else _number(_parsed(front, path).get("revision"))


def _front_matter(data: bytes, path: str) -> bytes | None:
    """The YAML of a document file: all of it, or a Markdown file's front matter."""
    if not path.endswith(".md"):
        return data
    try:
        parts = split_front_matter(decode(data))
    except DecodeProblem:
        return None
    return parts[0].encode("utf-8") if parts is not None else None


def _plain(data: bytes, key: bytes, line: re.Pattern) -> bytes | None:
    """The value of the top-level `key:` line, when the file has one such line and says it plainly."""
    first = data.startswith(key + b":")
    at = data.find(b"\n" + key + b":")
    if first == (at != -1) or (at != -1 and data.find(b"\n" + key + b":", at + 1) != -1):
        return None  # none, or more than one
    at = 0 if first else at + 1
    if not _outside_flow(data, at):
        return None
    found = line.match(data, at)
    return found.group(1) if found else None


def _keys_plainly(data: bytes) -> bool:
    """Whether every line ends at LF (or CRLF) and no line starts a key written another way.
    libyaml also breaks lines at a lone CR and at NEL, LS and PS, so a key could hide after
    one; and a second `code` written quoted, explicit (`? code`), anchored, tagged, aliased, in
    flow style or with a space before its colon would be the one that counts (the last of two
    keys wins). Such a file goes to the parser."""
    return (data.count(b"\r") == data.count(b"\r\n") and not any(mark in data for mark in _OTHER_BREAKS)
            and _OTHER_KEY.search(b"\n" + data) is None)


def _outside_flow(data: bytes, at: int) -> bool:
    """Whether nothing before `at` can be left open: libyaml takes a line in the first column as
    more of a quoted text, or of a [ ] or { } collection, left open before it. Counting quotes
    would not tell (a quote inside a plain text or a comment, an escaped one), so any quote or
    opening bracket before the line sends the file to the parser. isodocs writes `code` first
    and `revision` a few lines below, before any list."""
    return all(data.find(opener, 0, at) == -1 for opener in _OPENERS)


def _parsed(data: bytes, path: str) -> dict[str, Any]:
    try:
        value = parse(decode(data), path).data
    except (YamlProblem, DecodeProblem):
        return {}
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
