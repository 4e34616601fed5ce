"""Bytes to text: UTF-8 with or without BOM, any line ending, always NFC."""

from __future__ import annotations

import unicodedata

_BOM = b"\xef\xbb\xbf"


class DecodeProblem(Exception):
    def __init__(self, offset: int, line: int):
        super().__init__(f"not UTF-8 at byte {offset}")
        self.offset = offset
        self.line = line


def decode(data: bytes) -> str:
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeProblem(exc.start, data.count(b"\n", 0, exc.start) + 1) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def split_front_matter(text: str) -> tuple[str, str] | None:
    """(front matter YAML, Markdown body) of a .md document, or None when it has none.

    The front matter starts on line 2, after the opening '---'.
    """
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 3)
    while end != -1:
        after = text[end + 4 : end + 5]
        if after in ("", "\n"):
            return text[4 : end + 1], text[end + 5 :]
        end = text.find("\n---", end + 4)
    return None
