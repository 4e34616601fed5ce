"""The examples `isodocs explain` shows (isodocs/diagnostics/examples.yaml) are proven: for every
rule, the wrong side applied to a clean manual makes `check` report the rule, and the right side
leaves the manual clean.

The harness starts from the standard manual of the tests (conftest) with a form document added,
writes each side's files into it (a fragment merged into the file's keys, or the whole text),
and runs the check `isodocs check` runs (commands.check, which adds the Git-history rules). An
example with an `approved` side is played in Git: the manual with those files is committed and
every document approved, then the side is written and committed, and approved again when it says
so. A rule that no file can show names the test that proves it instead (`proven_by`).
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Mapping

import pygit2
import pytest
import yaml

from isodocs import commands
from isodocs.diagnostics import rules
from isodocs.diagnostics.examples import BadExamples, Example, FileChange, Side, examples, parse
from isodocs.history.approve import approve, open_target
from isodocs.load.text import split_front_matter

from support.git import git_init
from support.manual import CONFIG, STANDARD_FILES, make_manual, write_files

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2025, 12, 1)  # the day statuses are judged as on: the examples' dates are before it
BEFORE = dt.date(2025, 7, 1)  # the day the manual an example approves was committed
APPROVER = "minh.lv"

FORM = """\
---
code: BM-HT-05
title: Giấy tiếp nhận hồ sơ và hẹn trả kết quả
kind: form
revision: 1
issued: 2024-03-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
attachment: documents/bieu-mau/BM-HT-05.docx
changes:
  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}
---
"""
# the standard manual, and a form document with its Word file (attachments are checked to exist)
BASE: dict[str, str | bytes] = {"isodocs.yaml": CONFIG, **STANDARD_FILES, "documents/bieu-mau/BM-HT-05.md": FORM,
                                "documents/bieu-mau/BM-HT-05.docx": b"PK\x03\x04"}
EXAMPLES = examples()
# every example a file can show; the others name their proof (test_proofs_exist)
CASES = [EXAMPLES[code] for code in rules.ALL if code in EXAMPLES and not EXAMPLES[code].proven_by]


# --- merging a fragment into a file, keeping the text as written (quotes, flow style) ---------

def _key(node) -> object:
    return node.value if isinstance(node, yaml.ScalarNode) else id(node)


def _entry_number(node) -> str | None:
    if isinstance(node, yaml.MappingNode):
        return next((v.value for k, v in node.value if _key(k) == "number" and isinstance(v, yaml.ScalarNode)), None)
    return None


def merge_nodes(base, fragment):
    """`fragment` over `base`: a mapping's keys replace the base's (mappings inside merged, keys
    kept in place, new keys added at the end); a list of legal entries merges the entries with
    the same `number` and adds the others; anything else is replaced."""
    if isinstance(base, yaml.MappingNode) and isinstance(fragment, yaml.MappingNode):
        for key, value in fragment.value:
            at = next((i for i, (k, _) in enumerate(base.value) if _key(k) == _key(key)), None)
            if at is None:
                base.value.append((key, value))
            else:
                base.value[at] = (base.value[at][0], merge_nodes(base.value[at][1], value))
        return base
    if (isinstance(base, yaml.SequenceNode) and isinstance(fragment, yaml.SequenceNode)
            and all(_entry_number(item) for item in fragment.value)):
        for item in fragment.value:
            at = next((i for i, b in enumerate(base.value) if _entry_number(b) == _entry_number(item)), None)
            if at is None:
                base.value.append(item)
            else:
                base.value[at] = merge_nodes(base.value[at], item)
        return base
    return fragment


def remove_key(node, dotted: str) -> None:
    *parents, last = dotted.split(".")
    for name in parents:
        node = next(v for k, v in node.value if _key(k) == name)
    before = len(node.value)
    node.value[:] = [(k, v) for k, v in node.value if _key(k) != last]
    assert len(node.value) == before - 1, f"no key {dotted} to remove"


def merged_yaml(text: str, change: FileChange) -> str:
    base = yaml.compose(text) if text.strip() else None
    for dotted in change.remove:
        remove_key(base, dotted)
    result = merge_nodes(base, yaml.compose(change.merge)) if change.merge is not None else base
    return yaml.serialize(result, allow_unicode=True, width=1_000_000)


def merged(text: str, change: FileChange) -> str:
    """The text of a file with `change` merged into its keys (a Markdown document's front matter)."""
    if change.path.endswith(".md"):
        parts = split_front_matter(text)
        assert parts is not None, f"{change.path} has no front matter to merge into"
        return f"---\n{merged_yaml(parts[0], change)}---\n{parts[1]}"
    return merged_yaml(text, change)


def content(change: FileChange, files: Mapping[str, str | bytes | None]) -> str | bytes | None:
    """What the file holds after `change`, given the manual's `files` before it."""
    if change.delete:
        assert files.get(change.path) is not None, f"{change.path}: nothing to remove"
        return None
    if change.text is not None:
        text = change.text
        if change.grow_to:
            size = len(text.replace("…", "").encode(change.encoding))
            text = text.replace("…", "A" * (change.grow_to - size))
        return text.encode(change.encoding)
    before = files.get(change.copy_of or change.path)
    assert before is not None, f"{change.path}: no file to merge into"
    text = before.decode("utf-8") if isinstance(before, bytes) else before
    return merged(text, change).encode(change.encoding)


def applied(files: Mapping[str, str | bytes | None], side: Side) -> dict[str, str | bytes | None]:
    after = dict(files)
    for change in side.files:
        after[change.path] = content(change, after)
    return after


# --- playing an example --------------------------------------------------------------------

def approve_all(root: Path, day: dt.date | None = None) -> None:
    """The leader approves every revision not yet approved, on `day` or else each on its issue date."""
    from support.manual import load_manual

    manual = load_manual(root).manual
    days = {} if day else {d.code: d.issued for d in manual.documents}
    approve(open_target(str(root), None), [], True, APPROVER, day or TODAY, days=days)


def on_disk(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".git" not in p.relative_to(root).parts}


def commit(repo: pygit2.Repository, root: Path, message: str, day: dt.date) -> None:
    """Commit the manual's folder as it is (the repository's root), as `git commit -a` would, on
    `day` (impact judges a `changes` row by the day the change it answers was committed)."""
    index = repo.index
    index.read()
    present = on_disk(root)
    for entry in list(index):
        if entry.path not in present:
            index.remove(entry.path)
    index.add_all()
    index.write()
    when = int(dt.datetime.combine(day, dt.time(9), dt.timezone.utc).timestamp())
    author = pygit2.Signature("Thư ký ISO", "iso@example.vn", when, 420)
    parents = [] if repo.head_is_unborn else [repo.head.target]
    repo.create_commit("HEAD", author, author, message, index.write_tree(), parents)


def played(tmp_path: Path, found: Example, side: Side, name: str) -> list:
    """The findings of `check` on the clean manual with `side` applied (in Git after the
    approval when the example has an approved side)."""
    if found.approved is None:
        root = make_manual(tmp_path, applied(BASE, side), name=name)
        return list(commands.check(str(root), today=TODAY).diagnostics)
    root = tmp_path / name
    repo = git_init(root)
    write_files(root, applied(BASE, found.approved))
    commit(repo, root, "Sổ tay chất lượng", BEFORE)
    approve_all(root)
    write_files(root, applied(on_disk(root), side))
    commit(repo, root, "Sửa đổi", TODAY)
    if side.approve:
        approve_all(root, side.approve_on)
    return list(commands.check(str(root), today=TODAY).diagnostics)


def places(found: list) -> list[tuple[str, str, int | None]]:
    return [(d.code, d.path, d.line) for d in found]


# --- the tests -----------------------------------------------------------------------------

def test_every_rule_has_an_example_and_a_reason():
    """A rule added to the registry needs its example in isodocs/diagnostics/examples.yaml and its
    `doc=` (why it exists) in isodocs/diagnostics/rules.py."""
    without_example = [code for code in rules.ALL if code not in EXAMPLES]
    assert not without_example, f"rules without an example in isodocs/diagnostics/examples.yaml: {without_example}"
    without_reason = [code for code, rule in rules.ALL.items() if rule.doc is None]
    assert not without_reason, f"rules without doc= (why the rule exists): {without_reason}"
    assert set(EXAMPLES) <= set(rules.ALL), f"examples of no rule: {sorted(set(EXAMPLES) - set(rules.ALL))}"
    assert list(EXAMPLES) == [code for code in rules.ALL if code in EXAMPLES], "keep the registry's order"


def test_the_base_manual_is_clean(tmp_path):
    assert places(commands.check(str(make_manual(tmp_path, BASE)), today=TODAY).diagnostics) == []


@pytest.mark.parametrize("found", CASES, ids=lambda e: e.code)
def test_the_wrong_example_is_reported_and_the_right_one_is_clean(tmp_path, found: Example):
    assert found.wrong.note, "say what is wrong"
    assert found.wrong.files, "the wrong side changes a file"
    wrong = played(tmp_path, found, found.wrong, "wrong")
    assert found.code in {d.code for d in wrong}, f"{found.code} not reported; got {places(wrong)}"
    others = {d.code for d in wrong} - {found.code}
    assert others == set(found.also), f"reported besides {found.code}: {places(wrong)} (list them under `also`)"
    right = played(tmp_path, found, found.right, "right")
    assert places(right) == [], f"the right side of {found.code} is not clean"


def test_proofs_exist():
    """A rule no file can show names an existing test that proves it; no other rule does."""
    proven = {e.code: e.proven_by for e in EXAMPLES.values() if e.proven_by}
    assert set(proven) == {"F110", "S210"}, proven
    for code, proof in proven.items():
        path, _, name = proof.partition("::")
        test = ROOT / path
        assert test.is_file(), f"{code}: {path} does not exist"
        functions = {n.name for n in ast.walk(ast.parse(test.read_text(encoding="utf-8")))
                     if isinstance(n, ast.FunctionDef)}
        assert name.split("[")[0] in functions, f"{code}: no test {name} in {path}"
    for code in proven:
        assert EXAMPLES[code].wrong.note and EXAMPLES[code].right.note, code


def test_the_merge_keeps_what_was_written():
    """Quotes, flow style and numbers stay as written: 7.10 stays 7.10, "1.001193" stays text."""
    change = FileChange("documents/x.yaml", merge='clauses: [7.10, "8.2.1"]\ntthc:\n  code: 1.001190\n')
    text = merged('code: X\nclauses: ["7.5"]\ntthc:\n  code: "1"\n  name: A\n', change)
    assert text == 'code: X\nclauses: [7.10, "8.2.1"]\ntthc:\n  code: 1.001190\n  name: A\n'


def test_legal_entries_merge_by_number():
    change = FileChange("legal/register.yaml", merge="- number: B\n  status: expired\n- number: C\n  status: in_force\n")
    text = merged("- number: A\n  status: in_force\n- number: B\n  status: in_force\n  title: T\n", change)
    assert yaml.safe_load(text) == [{"number": "A", "status": "in_force"},
                                    {"number": "B", "status": "expired", "title": "T"},
                                    {"number": "C", "status": "in_force"}]


def test_the_examples_file_is_read_strictly():
    with pytest.raises(BadExamples, match="unknown keys"):
        parse("P501:\n  wrong: {files: {}}\n  right: {files: {}}\n  colour: red\n")
    with pytest.raises(BadExamples, match="exactly one"):
        parse("P501:\n  wrong: {files: {a.yaml: {merge: 'a: 1', text: ''}}}\n  right: {}\n")
    with pytest.raises(BadExamples, match="a wrong and a right"):
        parse("P501:\n  wrong: {}\n")



@pytest.mark.parametrize("found", CASES, ids=lambda e: e.code)
def test_a_recheck_says_the_same_from_what_was_kept(tmp_path, monkeypatch, found: Example):
    """Every finding a rule gives is kept whole (commands/kept_check.py): checked again, the
    unchanged manual is not read and the same findings come back."""
    from isodocs.commands import manual as manual_commands

    monkeypatch.setenv("ISODOCS_CACHE", "1")
    first = played(tmp_path, found, found.wrong, "wrong")

    def read_again(*args, **kwargs):
        raise AssertionError("the unchanged manual was read again")

    monkeypatch.setattr(manual_commands, "load", read_again)
    assert list(commands.check(str(tmp_path / "wrong"), today=TODAY).diagnostics) == first
