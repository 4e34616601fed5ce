"""The hook that the pre-commit framework installs runs a real isodocs command."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml

from support.cli import invoke
from support.manual import PROCEDURE_PATH, make_manual

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"


def test_the_pre_commit_hook_checks_the_manual(tmp_path, monkeypatch):
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "isodocs-check" and hook["language"] == "python" and hook["pass_filenames"] is False
    program, *args = shlex.split(hook["entry"])
    assert program == "isodocs"
    root = make_manual(tmp_path, standard=True)
    monkeypatch.chdir(root)
    assert invoke(args).exit_code == 0  # as pre-commit runs it, in the repository's root
    (root / PROCEDURE_PATH).write_text("code: [", encoding="utf-8")
    assert invoke(args).exit_code == 1  # a broken file stops the commit


def test_the_readme_names_a_revision_that_exists_and_carries_the_hook():
    """pre-commit fetches `rev` from the hook's repository: it must be a fixed revision (a tag or
    a full commit id, not a branch) that this repository's history holds, with the hook in it."""
    import re

    import pygit2

    readme = (HOOKS.parent / "README.md").read_text(encoding="utf-8")
    [rev] = re.findall(r"^\s+rev: (\S+)", readme, re.M)
    found = pygit2.discover_repository(str(HOOKS.parent))
    if found is None:
        pytest.skip("not a Git checkout of isodocs")
    repo = pygit2.Repository(found)
    if repo.is_shallow:
        pytest.skip("a shallow clone: older commits are not here")
    assert re.fullmatch(r"[0-9a-f]{40}", rev) or f"refs/tags/{rev}" in repo.references, rev
    commit = repo.revparse_single(rev).peel(pygit2.Commit)
    hooks = yaml.safe_load(commit.tree[".pre-commit-hooks.yaml"].data)
    assert [h["id"] for h in hooks] == ["isodocs-check"] and hooks[0]["entry"] == "isodocs check"
