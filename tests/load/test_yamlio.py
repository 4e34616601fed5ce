"""Safe YAML reading (isodocs/load/yamlio.py): YAML 1.2 scalars, guards, and places."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from isodocs.load.yamlio import MAX_DEPTH, Locator, YamlProblem, parse


def data(text: str):
    return parse(text, "x.yaml").data


def problem(text: str, offset: int = 0):
    with pytest.raises(YamlProblem) as exc:
        parse(text, "documents/x.yaml", offset)
    d = exc.value.diagnostic
    assert d.path == "documents/x.yaml"
    return d


@pytest.mark.parametrize("text, value", [
    ("no", "no"), ("yes", "yes"), ("on", "on"), ("off", "off"), ("Yes", "Yes"), ("y", "y"),
    ("true", True), ("True", True), ("FALSE", False),
    ("~", None), ("null", None), ("", None),
    ("7:30", "7:30"),  # YAML 1.1 would make 450
    ("2025-07-01", "2025-07-01"),  # YAML 1.1 would make a date
    ("0x1F", 31), ("012", 12), ("0o17", "0o17"), ("1_000", 1000), ("-3", -3),
    ("7.10", 7.1), ("1.5e3", 1500.0), (".inf", ".inf"), ("-.inf", "-.inf"),
    ('"7.10"', "7.10"), ("'1.001193'", "1.001193"), ("!!str 7.10", "7.10"),
    ("QT-HT-01", "QT-HT-01"), ("123/2015/NĐ-CP", "123/2015/NĐ-CP"),
])
def test_scalars_follow_yaml_1_2(text, value):
    assert data(f"v: {text}\n") == {"v": value}


def test_nan_is_text():
    """No quantity in a manual is infinite or not a number: .nan stays text, and fails a number schema."""
    assert data("v: .nan\n")["v"] == ".nan"


def test_keys_are_always_their_source_text():
    assert data("no: 1\n1: a\n2.5: b\nnull: c\ntrue: d\n") == {"no": 1, "1": "a", "2.5": "b", "null": "c", "true": "d"}


def test_a_step_no_key_is_not_false():
    assert data("steps:\n  - {no: 1, action: x}\n") == {"steps": [{"no": 1, "action": "x"}]}


def test_duplicate_keys_are_reported_with_their_place():
    parsed = parse("a: 1\na: 2\nb: {c: 1, c: 2}\n", "x.yaml", 1)
    assert parsed.data == {"a": 2, "b": {"c": 2}}
    assert parsed.duplicate_keys == (("a", 3, 1), ("c", 4, 11))


def test_merge_keys_merge_without_duplicate_reports():
    parsed = parse("base: &b {k: 1, m: 1}\nx:\n  <<: *b\n  m: 2\n", "x.yaml")
    assert parsed.data["x"] == {"k": 1, "m": 2}
    assert parsed.duplicate_keys == ()


def test_a_few_aliases_are_fine():
    assert data("x: &x [1, 2]\ny: [*x, *x]\n") == {"x": [1, 2], "y": [[1, 2], [1, 2]]}


@pytest.mark.parametrize("text, line, column", [
    ("a: 1\n  b: 2\n", 2, 4),  # bad indentation
    ("a:\n\tb: 1\n", 2, 1),  # a tab
    ("a: [1, 2\n", 2, 1),  # unclosed bracket
    ("key: {a: 1\n", 2, 1),  # unclosed brace
    ('a: "unterminated\n', 2, 1),
    ("a: b: c\n", 1, 5),
    ("- a\nb: 1\n", 2, 1),  # a list, then a mapping
    ("a: *nope\n", 1, 4),  # undefined alias
    ("---\na: 1\n---\nb: 2\n", 3, 1),  # two documents
])
def test_syntax_errors_have_a_place(text, line, column):
    d = problem(text)
    assert d.code == "F103"
    assert (d.line, d.column) == (line, column)
    assert d.args["problem"]


def test_places_count_the_lines_before_the_yaml():
    """The front matter of a .md file starts on line 2: the offset is added to every line."""
    assert problem("a: 1\n  b: 2\n", offset=1).line == 3
    assert parse("a: 1\na: 2\n", "x.md", 1).duplicate_keys == (("a", 3, 1),)


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system ['touch /tmp/isodocs-pwned']",
    "!!python/object:__main__.X {}",
    "!!python/name:os.system",
    "!!python/module:os",
    "!custom value",
    "!!binary aGVsbG8=",
    "!!timestamp 2025-07-01",
    "!!set {a, b}",
    "!!omap [a: 1]",
])
def test_tags_other_than_plain_data_are_refused(tag, tmp_path):
    d = problem(f"code: QT-01\ntitle: {tag}\n")
    assert (d.code, d.line, d.column) == ("F103", 2, 8)


def test_control_characters_are_refused_with_their_place():
    d = problem("code: QT-01\ntitle: Hộ\x00 tịch\n")
    assert (d.code, d.line, d.column) == ("F103", 2, 10)
    d = problem("a: 1\nb: \x07\n", offset=1)
    assert (d.code, d.line, d.column) == ("F103", 3, 4)


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_nothing_in_it(text):
    d = problem(text, offset=1)
    assert (d.code, d.line) == ("F101", 2)


@pytest.mark.parametrize("text", ["---\n", "~\n", "null\n", "--- # nothing\n"])
def test_a_null_document_is_data_none(text):
    """parse() gives None; the loader reports it (tests/load/test_loading.py)."""
    assert parse(text, "x.yaml").data is None


BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, *"abcdefgh"], "abcdefghi")
)


def test_billion_laughs_is_refused_quickly():
    start = time.perf_counter()
    d = problem(BOMB)
    assert d.code == "F104"
    assert d.line == 6  # 9**6 values: the first anchor past the limit
    assert "200,000" in d.message("en")
    assert time.perf_counter() - start < 1


def test_self_referring_alias_is_refused():
    assert problem("a: &a [*a]\n").code in ("F103", "F104")


def test_nesting_up_to_the_limit_is_read():
    assert parse("[" * MAX_DEPTH + "]" * MAX_DEPTH, "x.yaml").data is not None


@pytest.mark.parametrize("text", [
    "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
    "a: " + "[" * 100_000 + "]" * 100_000,
    "a: " + "[" * 100_000,  # never closed
    "{a: " * 100_000 + "}" * 100_000,
    "- " * 100_000 + "x\n",
    "a: " + "[{a: " * 50_000 + "}]" * 50_000,
])
def test_deep_nesting_is_refused(text):
    start = time.perf_counter()
    d = problem(text)
    assert (d.code, d.line) == ("F104", 1)
    assert time.perf_counter() - start < 2
    assert d.message("vi") == f"Nội dung YAML quá phức tạp để đọc an toàn: lồng nhau quá {MAX_DEPTH} mức."


@pytest.mark.parametrize("stage", ["depth scan", "parse"])
def test_libyaml_own_depth_limit_is_the_same_finding(monkeypatch, stage):
    """libyaml 0.2.6 (PyYAML 6.0.4) stops deep nesting itself with a scanner error; whichever of
    its guard and isodocs' notices first, the finding is F104 in the user's language. Forced
    here, so that the path is tested whatever libyaml this machine has."""
    import yaml

    from isodocs.load import yamlio

    def refuse(*args, **kwargs):
        raise yaml.scanner.ScannerError("while increasing flow level", None,
                                        "exceeded maximum nesting depth", yaml.Mark("x", 3, 0, 3, None, None))

    if stage == "depth scan":
        monkeypatch.setattr(yamlio.yaml, "parse", refuse)
        text = "a: " + "[" * 600 + "]" * 600
    else:
        monkeypatch.setattr(yamlio._Composer, "get_single_node", refuse)
        text = "a: [1]\n"
    d = problem(text)
    assert (d.code, d.line) == ("F104", 1)
    assert "exceeded" not in d.message("vi") and "lồng nhau" in d.message("vi")


def test_100000_levels_do_not_crash_the_process():
    """libyaml overflows the C stack past ~50,000 levels: the guard must run before it.
    In a child process, so that a regression fails this test instead of killing the run."""
    script = textwrap.dedent("""
        from isodocs.load.yamlio import YamlProblem, parse
        for text in ("a: " + "[" * 100_000 + "]" * 100_000, "- " * 100_000 + "x", "{a: " * 100_000):
            try:
                parse(text, "x.yaml")
            except YamlProblem as exc:
                print(exc.diagnostic.code)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["F104", "F104", "F104"]


def test_huge_integer_is_refused_not_crashed():
    d = problem("v: 1" + "0" * 5000 + "\n")
    assert (d.code, d.line) == ("F103", 1)


# --- Locator ----------------------------------------------------------------------------------

TEXT = """\
code: QT-01
steps:
  - no: 1
    forms: [BM-01, BM-02]
  - {no: 2, action: x}
clauses: [7.10]
"""


def test_locator_points_at_values_and_keys():
    locate = Locator({"d.yaml": (TEXT, 1)})
    assert locate("d.yaml", ("code",)) == (2, 7)
    assert locate("d.yaml", ("code",), True) == (2, 1)
    assert locate("d.yaml", ("steps", 0, "forms", 1)) == (5, 20)
    assert locate("d.yaml", ("steps", 1, "no")) == (6, 10)
    assert locate("d.yaml", ()) == (2, 1)


def test_locator_falls_back_to_the_deepest_existing_place():
    locate = Locator({"d.yaml": (TEXT, 0)})
    assert locate("d.yaml", ("steps", 1, "time")) == (5, 5)
    assert locate("d.yaml", ("steps", 9)) == (3, 3)
    assert locate("d.yaml", ("nothing", "here")) == (1, 1)
    assert locate("other.yaml", ("code",)) == (None, None)


def test_locator_gives_the_written_text_of_a_scalar():
    locate = Locator({"d.yaml": (TEXT, 0)})
    assert locate.written("d.yaml", ("clauses", 0)) == "7.10"
    assert locate.written("d.yaml", ("steps",)) is None
    assert locate.written("d.yaml", ("steps", 5)) is None
    assert locate.written("missing.yaml", ("code",)) is None


def test_locator_on_unparsable_text():
    """Events are read only as far as the value: what comes before the broken part is found."""
    locate = Locator({"d.yaml": ("a: 1\nb: [\n", 0)})
    assert locate("d.yaml", ("a",)) == (1, 4)
    assert locate("d.yaml", ("c",)) == (None, None)
    assert Locator({"d.yaml": ("a: [\n", 0)})("d.yaml", ("a", 0)) == (None, None)


@pytest.mark.parametrize("text, keys, at_key", [
    ("a: 1\nb:\n  c: [x, {d: 2}]\n", ("b", "c", 1, "d"), False),
    ("a: 1\nb:\n  c: [x, {d: 2}]\n", ("b", "c", 1, "d"), True),
    ("a: 1\nb:\n  c: [x, {d: 2}]\n", ("b", "c", 5), False),  # as far as it goes
    ("a: 1\nb:\n  c: [x, {d: 2}]\n", ("b", "e"), False),
    ("a: 1\nb:\n  c: [x, {d: 2}]\n", ("a", "x"), False),
    ("x: &x {k: [1, 2]}\ny: *x\n", ("y", "k", 1), False),  # through an alias
    ("? [a, b]\n: 1\nz: {q: [1, {r: s}]}\n", ("z", "q", 1, "r"), True),
    ("- a\n- {b: 1}\n", (1, "b"), False),
    ("", ("a",), False),
])
def test_locator_events_agree_with_composed_nodes(text, keys, at_key):
    streamed = Locator({"d.yaml": (text, 2)})
    composed = Locator({"d.yaml": (text, 2)})
    for _ in range(Locator._COMPOSE_AFTER):
        composed("d.yaml", ())
    assert streamed("d.yaml", keys, at_key) == composed("d.yaml", keys, at_key)
    assert Locator({"d.yaml": (text, 2)}).written("d.yaml", keys) == composed.written("d.yaml", keys)


@pytest.mark.parametrize("brk", ["\x85", "\u2028", "\u2029"])
def test_lines_are_counted_as_editors_count_them(brk):
    """libyaml also breaks lines at NEL, LS and PS; an editor, and isodocs, only at newlines."""
    d = problem(f"title: 'Hộ{brk}tịch'\nb: c: d\n")
    assert (d.code, d.line, d.column) == ("F103", 2, 5)
    assert parse(f"# ghi chú{brk}\na: 1\na: 2\n", "x.yaml", 1).duplicate_keys == (("a", 4, 1),)
    locate = Locator({"d.yaml": (f"a: 'x{brk}y'\nb: 1\n", 0)})
    assert locate("d.yaml", ("b",)) == (2, 4)


@pytest.mark.parametrize("text, line, column", [
    ("a: 1\nb", 2, 2),  # the end of a file without a final newline is on its last line
    ("a: 1\nb\n", 3, 1),
    ("a: [1,", 1, 7),
])
def test_errors_at_the_end_of_the_file(text, line, column):
    d = problem(text)
    assert (d.line, d.column) == (line, column)


@pytest.mark.parametrize("text", [
    "a: b: c", "a: [1, 2", "a: {b: 1", "- a\nb: c", "a: 'x", 'a: "x', 'a: "\\q"', "\ta: 1", "@a", "a: *x",
    "a: &x 1\nb: &x 2", "a: b\n- c", "key: [a, b]c", "%YAML 1.1\n%YAML 1.1\n---\na", "a: !x!y 1",
    "a: >\n\tb", 'a: "\\xZZ"', "--- a\n--- b", "a: \x00",
])
def test_a_secretary_s_yaml_mistakes_are_explained_in_both_languages(text):
    """libyaml's own words ("did not find expected key") say little to a secretary: each common
    mistake gets an explanation of what to fix, in Vietnamese too."""
    d = problem(text)
    assert d.code == "F103"
    assert "YAML không hợp lệ (" not in d.message("vi") and d.message("vi") != d.message("en")


# Flat files (`key: value` lines alone, as approval records are) are read without libyaml; every
# other file goes to it. Both ways must give the same data for every file.

from unittest import mock  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from isodocs.load import yamlio  # noqa: E402

RECORD = ("code: QT-00001\naction: approve\nrevision: 3\npath: documents/linh-vuc-01/QT-00001.yaml\n"
          "content: 0adf8acee03593526892e773d62c9383d1fd617f\nissued: '2025-07-01'\nby: minh.lv\n"
          "name: Lê Văn Minh\ntitle: Giám đốc, Sở Tư pháp\nnote:\n# a comment\n\nscore: 1e3\nflag: True\n")


def typed(value):
    """Data with each scalar's type beside it: 1, 1.0 and True are equal in Python, not in YAML."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return type(value).__name__, value


def test_an_approval_record_is_read_without_libyaml():
    with mock.patch.object(yamlio, "compose", side_effect=AssertionError("composed")):
        flat = parse(RECORD, "approvals/QT-00001/r3.yaml")
    assert flat.duplicate_keys == ()
    assert typed(flat.data) == typed(yamlio.parse_composed(RECORD, "approvals/QT-00001/r3.yaml").data)
    assert flat.data["content"] == "0adf8acee03593526892e773d62c9383d1fd617f"  # a digit first: still text
    assert flat.data["note"] is None and flat.data["score"] == 1000.0 and flat.data["flag"] is True


@pytest.mark.parametrize("text", [
    "a: 1\r\nb: 2\n",  # a CR: libyaml's own line breaks
    "a: x\tb\n",  # a tab
    "\ufeffa: 1\n", "a: x\x85b: 2\n", "a: x\u2028b: 2\n",  # a mark, NEL and LS
    "a: x\x07\n",  # a character YAML refuses
    "a:\n  b: 1\n", "a: x\n  y\n",  # nested, and a value carried on to the next line
    "a: 1\na: 2\n",  # a duplicate: libyaml places it
    "a:b\n", "a : b\n", "'a': b\n", "a:  b\n", "a: b \n",  # not `key: value` as written here
    "a: - b\n", "a: [b]\n", "a: {b: 1}\n", "a: &x b\n", "a: *x\n", "a: !!str 1\n", "a: |\n  b\n",
    "a: >\n  b\n", 'a: "b"\n', "a: %b\n", "a: @b\n", "a: `b\n", "a: ? b\n", "a: :b\n", "a: ,b\n", "a: #b\n",
    "a: b: c\n", "a: b:\n", "a: b # c\n",  # a mapping inside, or a comment after the value
    "a: 'b' c\n", "a: 'b\n", "a: 'b'c'\n",  # a quoted text that does not end the line
    "a: <<\n",  # a merge key as a value: refused by libyaml
    "a: 123456789012345678901234567890\n",  # beyond the numbers a manual holds
    f"{'k' * 101}: 1\n",  # a long key: libyaml bounds what it reads as one
    "", "# only a comment\n", "---\na: 1\n", "- a\n",
])
def test_files_that_are_not_plainly_flat_go_to_libyaml(text):
    assert yamlio._flat(text) is None


_KEYS = st.one_of(st.sampled_from(["code", "no", "true", "null", "_x", "a1", "<<", "k" * 100, "k" * 101, "-a", "a b"]),
                  st.text(alphabet="ab_1 :-'", min_size=1, max_size=4))
_VALUES = st.one_of(
    st.sampled_from(["", " ", "QT-01", "3", "0x1F", "0o7", "1_000", "1e3", "1e", ".5", "-.5", "+3", "3.", "~", "null",
                     "Null", "nULL", "true", "FALSE", "yes", "no", "7:30", "<<", "...", "---", "a#b", "a #b", "O'Brien",
                     "'it''s'", "''", "'a''", "'a' b", "x: y", "x:", "[a]", "{a: 1}", "&a x", "*a", "!t x", "a,b",
                     "Lê Văn Minh", "a\u0308", "12345678901234567890123", "1e400", "0xFFFFFFFFFFFFFFFFFFFFFF"]),
    st.text(alphabet="a1.e-+_:#'\" ,[]{}&*!|>%@`?~x0", max_size=6),
)


def _rarely(usual, *others):
    """Mostly `usual`: a file is flat only if every line is, so the odd line must be rare."""
    return st.integers(0, 9).flatmap(lambda n: usual if n else st.one_of(*others))


@st.composite
def flat_files(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        key = draw(_rarely(st.sampled_from(["code", "no", "true", "null", "_x", "a1", "k" * 100]), _KEYS))
        line = key + draw(_rarely(st.just(": "), st.sampled_from([":", " : ", ":  ", ":\t"]))) + draw(_VALUES)
        lines.append(draw(_rarely(st.just(line), st.sampled_from(["", "# c", " " + line, "  more"]))))
    return draw(_rarely(st.just("\n"), st.just("\r\n"))).join(lines) + draw(st.sampled_from(["", "\n"]))


@settings(max_examples=3000, deadline=None)
@given(flat_files())
def test_a_flat_file_reads_as_libyaml_reads_it(text):
    flat = yamlio._flat(text)
    if flat is None:
        return
    composed = yamlio.parse_composed(text, "x.yaml")  # raises if libyaml refuses what was read
    assert typed(flat) == typed(composed.data), text
    assert composed.duplicate_keys == ()


def test_a_flat_file_refuses_what_yaml_refuses_and_the_breaks_libyaml_reads_its_own_way():
    refused = {c for c in range(0x110000) if yamlio._FLAT_REFUSED.match(chr(c))}
    not_printable = {c for c in range(0x110000) if yamlio._NOT_PRINTABLE.match(chr(c))}
    assert refused - not_printable == {0x09, 0x0D, 0x85, 0x2028, 0x2029, 0xFEFF}
    assert not_printable <= refused
    assert not_printable == {c for c in range(0x110000) if c not in (0x09, 0x0A, 0x0D, 0x85) and (
        c < 0x20 or 0x7F <= c < 0xA0 or 0xD800 <= c <= 0xDFFF or c in (0xFFFE, 0xFFFF))}  # YAML 1.2's printable
