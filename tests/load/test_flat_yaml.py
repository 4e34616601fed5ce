"""The short way through flat files (yamlio.flat_mapping): the same data as libyaml reads, or
no answer and the long way, on approval records as isodocs writes them and on tricky YAML."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isodocs.load import yamlio
from isodocs.load.yamlio import YamlProblem, flat_mapping, parse

RECORD = """\
# Written by isodocs; do not edit. / Do isodocs tạo ra; không sửa tay.
code: BM-DG-01
action: approve
revision: 1
path: documents/bieu-mau/BM-DG-01-ke-hoach-danh-gia-noi-bo.md
content: a0da6e3a85a20c59ef9f37ee2c81c63f91be9198
issued: '2025-08-20'
effective: '2025-08-20'
by: minh.lv
name: Lê Văn Minh
title: Chủ tịch UBND xã
role: approvers
date: '2025-08-20'
decision: 09/QĐ-UBND
"""


def the_long_way(text: str):
    """What parse() reads through libyaml: (data, duplicate keys), or the finding's code."""
    with mock.patch.object(yamlio, "flat_mapping", lambda text: None):
        try:
            parsed = parse(text, "approvals/X/r1.yaml")
        except YamlProblem as exc:
            return exc.diagnostic.rule.code
    return parsed.data, parsed.duplicate_keys


def same(text: str) -> None:
    """Where the short way answers, libyaml reads the same data, and finds nothing to say."""
    short = flat_mapping(text)
    if short is not None:
        long = the_long_way(text)
        assert long == (short, ()), text
        assert type(long[0]) is dict and all(type(short[k]) is type(v) for k, v in long[0].items())
        assert parse(text, "x.yaml").data == short


def test_an_approval_record_goes_the_short_way():
    assert flat_mapping(RECORD) == the_long_way(RECORD)[0]
    assert flat_mapping(RECORD)["revision"] == 1 and flat_mapping(RECORD)["date"] == "2025-08-20"


@pytest.mark.parametrize("text", [
    RECORD, RECORD.rstrip("\n"), RECORD + "\n\n# end\n",
    "a: yes\nb: no\nc: on\nd: y\n",  # YAML 1.1 booleans stay text
    "a: true\nb: False\nc: NULL\nd: ~\ne: null\n",
    "a: 007\nb: 0\nc: 999999999999999\nd: 1000000000000000\ne: 12345678901234567890\n",
    "a: 0x1F\nb: 1_000\nc: 7.10\nd: 1e3\ne: .5\nf: -3\ng: +3\n",  # the long way
    "a: 7:30\nb: x:y\nc: 'x: y'\nd: 'a # b'\ne: a #b\nf: a#b\n",
    "a: ''\nb: ' padded '\nc: 'it''s'\nd: \"double\"\ne: 'unclosed\n",
    "a: x\na: y\n", "a: 1\nb: 2\nA: 3\n", "a_b: 1\nb1: 2\n",
    "a: x \nb: y\n", "a:  x\n", "a:x\n", "a:\nb: 1\n", "a: \n", " a: 1\n", "a: 1\n  b: 2\n",
    "a: - x\nb: ? x\nc: x - y\nd: x ? y\n", "a: [1, 2]\nb: {c: 1}\nc: x, y\nd: x [y]\n",
    "a: &x 1\nb: *x\nc: x&y\nd: x*y\ne: !!str 5\nf: !x\ng: |x\nh: >x\ni: %x\nj: @x\nk: `x\n",
    "a: x!y\nb: x|y\nc: x>y\nd: x%y\ne: x@y\nf: x`y\ng: x\\y\nh: x\"y\ni: x'y\n",
    "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "# only a comment\n",
    "", "\n", "a: 1\r\nb: 2\r\n", "a: x\x85y\n", "a: x\u2028y\n", "a: \ufeffx\n", "\ufeffa: 1\n",
    "a: x\ty\n", "a: x\x07y\n", "a: x\x1by\n", "a: \xa0x\n", "a: x\xa0\n", "a: <<\n", "<<: 1\n",
    "a: Đ\u0303\n", "a: e\u0301\n",  # decomposed letters: the text as given, either way
    "#a: 1\nb: 2\n", "a: 1 # note\n", "a: 1#note\n", "a: 'x'#note\n", "a: 'x' # note\n",
    "a: " + "x" * 5000 + "\n", "k" * 64 + ": 1\n", "k" * 65 + ": 1\n",
])
def test_tricky_files_read_the_same(text):
    same(text)


def test_what_the_short_way_refuses_it_leaves_to_libyaml():
    for text in ("a: 1.5\n", "a: 0x1F\n", "a: x\na: y\n", "a: x\n  b: y\n", "a: 'x' # c\n", "# c\n",
                 "a: 12345678901234567890\n"):
        assert flat_mapping(text) is None, text


_BENIGN = st.sampled_from(list("abQT09 -./_()ĐễƯ"))
_HOSTILE = st.sampled_from(list("ab0 -.:#'\"!&*|>%@`,[]{}?~\\\tĐ\xa0\x85\u2028\ufeff\r\n"))
_VALUES = st.one_of(
    st.text(_BENIGN, min_size=1, max_size=12),
    st.text(_BENIGN, min_size=1, max_size=12).map(lambda v: f"'{v}'"),
    st.tuples(st.text(_BENIGN, max_size=5), st.text(_HOSTILE, min_size=1, max_size=3),
              st.text(_BENIGN, max_size=5)).map("".join),
    st.sampled_from(["true", "False", "null", "~", "0", "012", "1_0", "0x1f", "1.5", "1e3", "-1", "+1", "<<",
                     "yes", "no", "2025-07-01", "7:30", "''", "'x y'", "'it''s'", "x #y", "x#y", "123456789012345",
                     "1234567890123456", ".5", "0o7", "Null", "TRUE", "tRue"]),
)
_LINES = st.one_of(
    st.tuples(st.sampled_from(["a", "b", "code", "a_b", "A", "k1"]),
              st.sampled_from([": "] * 6 + [":", ":  ", " : "]), _VALUES).map("".join),
    st.sampled_from(["", "# note", "#", " ", "---", "..."]),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LINES, max_size=8), st.booleans())
def test_generated_files_read_the_same(lines, final_newline):
    same("\n".join(lines) + ("\n" if final_newline else ""))


def test_the_loader_reads_a_record_the_short_way_with_the_same_result(tmp_path):
    """An approval record read by the loader: the same Approval either way."""
    from support.manual import PROCEDURE, PROCEDURE_PATH, load_manual, make_manual

    root = make_manual(tmp_path, {PROCEDURE_PATH: PROCEDURE,
                                  "approvals/QT-HT-01/r1.yaml": RECORD.replace("BM-DG-01", "QT-HT-01")})
    fast = load_manual(root)
    with mock.patch.object(yamlio, "flat_mapping", lambda text: None):
        slow = load_manual(root)
    assert fast.manual.approvals == slow.manual.approvals and len(fast.manual.approvals) == 1
    assert fast.diagnostics == slow.diagnostics


_NEAR_FLAT = st.one_of(
    st.tuples(st.sampled_from(["a", "b", "code", "a_b"]), st.just(": "),
              st.one_of(_VALUES.filter(lambda v: "\n" not in v and "\r" not in v))).map("".join),
    st.sampled_from(["", "# note"]),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NEAR_FLAT, min_size=1, max_size=4))
def test_generated_near_flat_files_read_the_same(lines):
    same("\n".join(lines) + "\n")
