"""The hook that the pre-commit framework installs runs a real isodocs command."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml
from conftest import PROCEDURE_PATH, invoke, make_manual

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
