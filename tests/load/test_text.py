"""Bytes to text (isodocs/load/text.py): UTF-8 only, any BOM or line ending, always NFC."""

from __future__ import annotations

import unicodedata

import pytest

from isodocs.load.text import DecodeProblem, decode, split_front_matter

VI = "Ủy ban nhân dân xã Tân Phú: Đăng ký khai sinh, hộ tịch, chứng thực"


def test_plain_utf8():
    assert decode(VI.encode()) == VI


def test_bom_is_dropped():
    assert decode(b"\xef\xbb\xbf" + VI.encode()) == VI


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_become_newlines(newline):
    assert decode(f"a: 1{newline}b: 2{newline}".encode()) == "a: 1\nb: 2\n"


def test_nfd_becomes_nfc():
    nfd = unicodedata.normalize("NFD", VI)
    assert nfd != VI
    out = decode(nfd.encode())
    assert out == VI and unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize("data, offset, line", [
    ("Quy trình".encode("latin-1"), 6, 1),
    (b"a: 1\nb: 2\ntitle: caf\xe9\n", 20, 3),
    ("code: QT-01\ntitle: Hộ tịch\n".encode("utf-16-le"), 40, 2),  # UTF-16 without BOM
    (b"\xff\xfec\x00o\x00", 0, 1),  # UTF-16 with its BOM is not UTF-8 either
    (b"ok\n" + bytes(range(128, 256)), 3, 2),
])
def test_undecodable_bytes_say_where(data, offset, line):
    with pytest.raises(DecodeProblem) as exc:
        decode(data)
    assert (exc.value.offset, exc.value.line) == (offset, line)


def test_nul_bytes_are_text_here_and_refused_by_yaml_later():
    assert decode(b"a\x00b") == "a\x00b"


@pytest.mark.parametrize("text, front, body", [
    ("---\na: 1\n---\n# Body\n", "a: 1\n", "# Body\n"),
    ("---\na: 1\n---", "a: 1\n", ""),
    ("---\n---\nbody", "", "body"),
    ("---\na: |\n  x\n  ---\n---\nb", "a: |\n  x\n  ---\n", "b"),  # an indented --- is content
    ("---\na: 1\n----\nx\n---\nbody", "a: 1\n----\nx\n", "body"),  # ---- does not close
])
def test_front_matter_split(text, front, body):
    assert split_front_matter(text) == (front, body)


@pytest.mark.parametrize("text", [
    "# Only a body\n",
    "",
    "\n---\na: 1\n---\n",  # must start on the first line
    "---\na: 1\n",  # never closed
    "---\na: 1\n--- \nbody",  # a closing line is exactly ---
    "--- \na: 1\n---\n",
])
def test_no_front_matter(text):
    assert split_front_matter(text) is None
