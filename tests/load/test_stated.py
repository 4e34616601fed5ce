"""What a document file states of its code and revision (isodocs/load/stated.py): read from a
plain line where the file has one, and always what the YAML parser reads, for every file the
parser reads."""

from __future__ import annotations

import json
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isodocs.load import stated as module
from isodocs.load.stated import Stated, stated, stated_revision
from isodocs.load.text import decode
from isodocs.load.yamlio import YamlProblem, parse


def parsed(data: bytes) -> Stated:
    """What the parser reads of the same file (a .yaml file)."""
    try:
        value = parse(decode(data), "documents/X.yaml").data
    except YamlProblem:
        return Stated(None, None)
    value = value if isinstance(value, dict) else {}
    code, revision = value.get("code"), value.get("revision")
    return Stated(code if isinstance(code, str) and code else None,
                  revision if isinstance(revision, int) and not isinstance(revision, bool) else None)


@pytest.mark.parametrize("text, code, revision", [
    ("code: QT-HT-01\ntitle: Quy trình\nrevision: 3\n", "QT-HT-01", 3),
    ("title: Quy trình\ncode: QT-HT-01  # mã\r\nrevision: 12   \r\n", "QT-HT-01", 12),
    ("code: QT-01#2\nrevision: 1\n", "QT-01#2", 1),  # no space before '#': one value
    ("code: 'QT-01'\nrevision: \"2\"\n", "QT-01", None),  # quoted: the parser; a quoted number is text
    ("{code: QT-01, revision: 5}\n", "QT-01", 5),
    ("code: QT-01\n  bis\nrevision: 3\n  4\n", "QT-01 bis", None),  # values carried on to the next line
    ("code: true\nrevision: 1\n", None, 1),  # a boolean, not a code
    ("code: 2025\nrevision: 0x10\n", None, 16),
    ("code: QT-01\nrevision: 0001\n", "QT-01", 1),
    ("code: QT-01\nrevision: 1234567890123456789\n", "QT-01", None),  # beyond the parser's limit
    ("code: A\ncode: B\nrevision: 1\n", "B", 1),  # twice: the parser (the last one counts)
    ("code: A\ntitle: x\rcode: B\nrevision: 1\n", "B", 1),  # a lone CR breaks a line too
    ("code: A\ntitle: x\u0085code: B\nrevision: 1\n", "B", 1),
    ("tags: [a,\ncode: b\n]\nrevision: 1\n", None, 1),  # inside an open [ ]: not a key
    ("title: 'a\ncode: b\nc'\nrevision: 1\n", None, 1),  # inside a quoted text
    ('t: it"s\nx: "a\ncode: b\nc"\nrevision: 1\n', None, 1),  # quotes counted would say closed
    ('code: A\n"code": B\nrevision: 1\n', "B", 1),  # a second key written another way: the last counts
    ("title: x\nsteps:\n  - code: Y\n    revision: 9\n", None, None),
    ("code: QT-01\nrevision: [\n", "QT-01", None),  # the parser cannot read it: the plain line stands
    ("- code: X\n", None, None),
    ("", None, None),
])
def test_what_a_file_states(text, code, revision):
    assert stated(text.encode(), "documents/X.yaml") == Stated(code, revision)


def test_a_markdown_file_states_it_in_its_front_matter_only():
    text = "---\ncode: QT-01\nrevision: 2\n---\ncode: QT-02\nrevision: 9\n"
    assert stated(text.encode(), "documents/X.md") == Stated("QT-01", 2)
    assert stated_revision(text.encode(), "documents/X.md") == 2
    assert stated(b"code: QT-01\nrevision: 2\n", "documents/X.md") == Stated(None, None)  # no front matter
    assert stated(b"---\ncode: QT-01\xff\n---\n", "documents/X.md") == Stated(None, None)  # not UTF-8


def test_a_plain_file_is_not_parsed():
    """The point of it: the parser is not called for files that say both plainly."""
    with mock.patch.object(module, "parse", side_effect=AssertionError("parsed")):
        assert stated(b"code: QT-01\ntitle: x\nrevision: 4\n", "documents/X.yaml") == Stated("QT-01", 4)
        assert stated_revision(b"title: x\nrevision: 4\n", "documents/X.yaml") == 4


# pieces of a document file: values written every way YAML allows, and lines that look like
# the keys without being them
_VALUES = st.one_of(
    st.sampled_from(["QT-01", "QT-HT-01", "true", "Null", "nULL", "2025", "0x1F", "010", "3", "3#x", "a: b",
                     "QT-01 # c", "QT-01#c", "", "~", "[a, b]", "{a: 1}", "&x QT", "*x", "!!str 3", "'QT'", '"Q\\"T"',
                     "'it''s'", '"a\nb"', "|\n  QT\n", ">\n  QT\n", "QT\n  01", "QT\n\n  01", "12345678901234567"]),
    st.text(alphabet="QT-01 #:'\"[]{}\t\r\n\x85", max_size=8),
)
_OTHER_LINES = st.sampled_from([
    "title: Quy trình", "# code: W", "steps:\n  - code: Y\n    revision: 9", "tags: [a,\ncode: Z]",
    "note: 'x\ncode: Z'", "text: |\n  code: Z\n  revision: 8", "rows: [{revision: 2}]", "title: it's",
    "x: \"a ] b\"", "x: a\u2028code: Z", "x: a\rcode: Z", "", "---", "x: 1 # it's [", "<<: {code: M, revision: 7}",
    't: it"s', "x: \"a \\\" b\ncode: Z\nc\"", '"code": Q', "? code\n: R",
])


def _key(name: str):
    """The key written every way YAML allows it at the top level."""
    return st.sampled_from([f"{name}: ", f"{name}: ", f'"{name}": ', f"'{name}': ", f"{name} : ", f"&k {name}: ",
                            f"!!str {name}: ", f"? {name}\n: ", f"{name}:\t"])


@st.composite
def documents(draw) -> bytes:
    lines = [draw(_key("code")) + draw(_VALUES) for _ in range(draw(st.integers(0, 2)))]
    lines += [draw(_key("revision")) + draw(_VALUES) for _ in range(draw(st.integers(0, 2)))]
    lines += draw(st.lists(_OTHER_LINES, max_size=4))
    lines = draw(st.permutations(lines))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines).encode() + draw(st.sampled_from([b"", ending.encode()]))


@settings(max_examples=5000, deadline=None)
@given(documents())
def test_every_file_the_parser_reads_states_what_the_parser_reads(data):
    try:
        parse(decode(data), "documents/X.yaml")
    except YamlProblem:
        return  # what a plain line says stands
    assert stated(data, "documents/X.yaml") == parsed(data), data
    assert stated_revision(data, "documents/X.yaml") == parsed(data).revision, data


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_state_something_without_failing(data):
    found = stated(data, "documents/X.yaml")
    assert found.code is None or (isinstance(found.code, str) and found.code)
    assert found.revision is None or isinstance(found.revision, int)


def test_json_like_values_agree_too():
    data = ("code: " + json.dumps("QT-01") + "\nrevision: 3\n").encode()
    assert stated(data, "documents/X.yaml") == parsed(data) == Stated("QT-01", 3)
