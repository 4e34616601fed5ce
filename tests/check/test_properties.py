"""Property tests: loading and checking never raise, whatever the files hold, and every
diagnostic names a file of the manual and a line inside it.

Three kinds of generated input: arbitrary bytes, YAML-ish text built from the characters
and tokens that trouble parsers, and near-valid documents (the clean standard manual
with random mutations: dropped keys, wrong types, random values, NFD Vietnamese, ...).
"""

from __future__ import annotations

import copy
import json
import os
import re
import unicodedata

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodocs.check import Scope, check
from isodocs.diagnostics import Diagnostic
from isodocs.diagnostics.plain import plain, revived
from isodocs.load.yamlio import parse
from isodocs.model.reader import load
from isodocs.render.json.diagnostics import to_json
from isodocs.render.text.diagnostics import summary, text_lines

from support.manual import (
    CONFIG,
    LEGAL,
    LEGAL_PATH,
    OBJECTIVES,
    OBJECTIVES_PATH,
    POLICY,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    MemorySource,
    standard_bytes,
)

# ISODOCS_PROPERTY_EXAMPLES=5000 for a longer hunt; 150 keeps the suite quick.
SETTINGS = settings(max_examples=int(os.environ.get("ISODOCS_PROPERTY_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def line_count(data: bytes) -> int:
    """Lines as an editor counts them: any of CR LF, LF, CR ends one (isodocs.load.text)."""
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def check_files(files: dict[str, bytes]) -> list[Diagnostic]:
    """Load and check; then assert what must hold of every diagnostic."""
    loaded = load(MemorySource(files))
    found = check(loaded)
    assert isinstance(found, list)
    for d in found:
        assert isinstance(d, Diagnostic)
        assert d.path in files, d.path
        if d.line is not None:
            assert 1 <= d.line <= line_count(files[d.path]), (d.code, d.path, d.line)
        if d.column is not None:
            assert d.column >= 1
        written = {m.group(0) for data in files.values() for m in PLACEHOLDER.finditer(data.decode("utf-8", "replace"))}
        for lang in ("vi", "en"):
            message, hint = d.message(lang), d.hint(lang)
            # a placeholder left unfilled, not one the manual itself wrote (a code `{_}`)
            assert message and not set(PLACEHOLDER.findall(message)) - written, message
            assert not set(PLACEHOLDER.findall(hint)) - written, hint
    assert found == sorted(found, key=lambda d: d.sort_key()[:4])
    scope = Scope.of(loaded)
    for lang in ("vi", "en"):
        text_lines(found, lang)
        summary(found, scope, lang)
        json.loads(to_json(found, scope, "m", lang))
    assert [revived(plain(d)) for d in found] == found  # a re-check says the same from the cache
    if loaded.manual is not None:
        for doc in loaded.manual.documents:
            assert unicodedata.is_normalized("NFC", doc.title) and unicodedata.is_normalized("NFC", doc.code)
    return found


# --- arbitrary bytes ---------------------------------------------------------------------------

TARGETS = st.sampled_from([PROCEDURE_PATH, POLICY_PATH, OBJECTIVES_PATH, LEGAL_PATH, "isodocs.yaml",
                           "documents/new.yaml", "documents/new.md", "legal/new.yaml"])


@SETTINGS
@given(target=TARGETS, data=st.binary(max_size=2000))
def test_arbitrary_bytes(target, data):
    check_files(standard_bytes({target: data}))


@SETTINGS
@given(target=TARGETS, prefix=st.binary(max_size=40), cut=st.integers(0, 2000))
def test_truncated_and_prefixed_files(target, prefix, cut):
    files = standard_bytes()
    original = files.get(target, files[PROCEDURE_PATH])
    check_files({**files, target: prefix + original[:cut]})


# --- YAML-ish text -----------------------------------------------------------------------------

TOKENS = [
    "\n", "  ", "    ", "\t", "- ", ": ", ":", "? ", "[", "]", "{", "}", ",", "#", "'", '"', "|", ">", "|-",
    "&a ", "*a", "&b ", "*b", "<<: ", "!!str ", "!!int ", "!!python/object ", "!foo ", "---\n", "...\n", "%YAML 1.2\n",
    "code", "title", "kind", "revision", "issued", "changes", "steps", "no", "time", "value", "unit", "forms",
    "procedure", "policy", "7.10", "1.001193", "2025-02-30", "2025-07-15", "0x1F", ".nan", "-.inf", "~", "null",
    "true", "yes", "123/2015/NĐ-CP", "ND-CP", "QT-HT-01", "lan.nt", "minh.lv", "Đăng ký", "Ủy ban",
    unicodedata.normalize("NFD", "Hộ tịch"), "\r\n", "\r", "\x00", "\x85", "\u2028", "\ufeff", "\\", "%", "@", "`",
]
YAMLISH = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=80).map("".join)


@SETTINGS
@given(target=TARGETS, text=YAMLISH)
def test_yamlish_text(target, text):
    check_files(standard_bytes({target: text}))


@SETTINGS
@given(text=YAMLISH, body=st.text(max_size=200))
def test_yamlish_front_matter(text, body):
    check_files(standard_bytes({POLICY_PATH: f"---\n{text}\n---\n{body}"}))


# --- near-valid documents ----------------------------------------------------------------------

def _data(text: str):
    return parse(text, "x.yaml").data


BASES = {
    PROCEDURE_PATH: _data(PROCEDURE),
    OBJECTIVES_PATH: _data(OBJECTIVES),
    POLICY_PATH: _data(POLICY.split("---\n")[1]),
    LEGAL_PATH: _data(LEGAL),
    "isodocs.yaml": _data(CONFIG),
}
VI_WORDS = ["Ủy ban nhân dân", "Đăng ký khai sinh", "hộ tịch", "Nguyễn Thị Lan", "Trần Văn Hùng", "chứng thực",
            "Phó Chủ tịch", "giờ làm việc", "Tờ khai"]
SCALARS = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-10, max_value=40), st.integers(), st.integers(min_value=10**20, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(VI_WORDS).map(lambda s: unicodedata.normalize("NFD", s)),
    st.sampled_from(VI_WORDS),
    st.sampled_from(["2025-02-30", "2025-07-15", "2024-03-01", "15/07/2025", "0000-00-00", "2025-7-1",
                     "QT-HT-01", "CS-01", "MT-2025", "BM-HT-01", "qt-01", "lan.nt", "hung.tv", "minh.lv", "zzz",
                     "123/2015/NĐ-CP", "123/2015/ND-CP", "61/2018/NĐ-CP", "06/2012/TT-BTP", "999/XYZ",
                     "../../etc/passwd", "/etc/passwd", "C:\\x", "documents", "procedure", "objectives", "form",
                     "working_days", "working_hours", "7.10", "7.5", ">=", "in_force", "expired", "", " "]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["code", "title", "no", "value", "unit", "revision", "x", "tên"]), inner, max_size=4),
), max_leaves=8)


def _paths(node, prefix=()):
    """Every place in the data: (path to the container, key or index)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield prefix, key
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield prefix, i
            yield from _paths(value, prefix + (i,))


def _get(node, path):
    for key in path:
        node = node[key]
    return node


@st.composite
def mutated(draw):
    target = draw(st.sampled_from(sorted(BASES)))
    data = copy.deepcopy(BASES[target])
    for _ in range(draw(st.integers(1, 4))):
        places = list(_paths(data))
        if not places:
            break
        path, key = draw(st.sampled_from(places))
        parent = _get(data, path)
        op = draw(st.sampled_from(["drop", "replace", "replace", "unknown-key", "duplicate", "nfd"]))
        if op == "drop":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(VALUES)
        elif op == "unknown-key" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["reviewd_by", "scop", "tittle", "extra", "owner", "ghi_chú"]))] = draw(VALUES)
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif op == "nfd" and isinstance(parent[key], str):
            parent[key] = unicodedata.normalize("NFD", parent[key])
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=draw(st.sampled_from([None, False, True])))
    if target.endswith(".md"):
        text = f"---\n{text}---\n{draw(st.text(max_size=60))}"
    encoding = draw(st.sampled_from(["plain", "plain", "bom-crlf", "nfd"]))
    if encoding == "bom-crlf":
        raw = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8", "surrogatepass")
    elif encoding == "nfd":
        raw = unicodedata.normalize("NFD", text).encode("utf-8", "surrogatepass")
    else:
        raw = text.encode("utf-8", "surrogatepass")
    return target, raw


@SETTINGS
@given(change=mutated())
def test_near_valid_documents(change):
    target, raw = change
    check_files(standard_bytes({target: raw}))


@SETTINGS
@given(changes=st.lists(mutated(), min_size=2, max_size=4))
def test_several_near_valid_documents_at_once(changes):
    check_files(standard_bytes(dict(changes)))


def test_the_unmutated_bases_are_clean():
    """The mutations start from valid data: dumped back unchanged, the manual is clean."""
    files = {}
    for target, data in BASES.items():
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        files[target] = (f"---\n{text}---\nbody\n" if target.endswith(".md") else text).encode()
    assert check_files(standard_bytes(files)) == []


SCHEMA_OF = {PROCEDURE_PATH: "document", OBJECTIVES_PATH: "document", POLICY_PATH: "document",
             LEGAL_PATH: "legal", "isodocs.yaml": "manual"}


@SETTINGS
@given(change=mutated())
def test_the_compiled_validator_agrees_with_jsonschema(change):
    """The fast path may only skip jsonschema when jsonschema would find nothing, and the
    reverse: it must never wave through what jsonschema rejects."""
    from isodocs.load.schema import is_valid, validator
    from isodocs.load.text import decode, split_front_matter
    from isodocs.load.yamlio import YamlProblem

    target, raw = change
    text = decode(raw)
    if target.endswith(".md"):
        parts = split_front_matter(text)
        if parts is None:
            return
        text = parts[0]
    try:
        data = parse(text, target).data
    except YamlProblem:
        return
    kind = SCHEMA_OF[target]
    for item in data if kind == "legal" and isinstance(data, list) else [data]:
        assert is_valid(kind, item) == (not any(validator(kind).iter_errors(item))), item
