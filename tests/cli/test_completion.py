"""Shell completion, as README and docs/bat-dau.md describe it: `_ISODOCS_COMPLETE=bash_source
isodocs` prints a script that bash (zsh, fish) loads, and the script asks isodocs for the words."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner

from isodocs.cli import main


def _run(env: dict[str, str]) -> str:
    result = CliRunner().invoke(main, [], prog_name="isodocs", env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("shell, marks", [("bash", "complete -o nosort -F _isodocs_completion isodocs"),
                                          ("zsh", "compdef _isodocs_completion isodocs"),
                                          ("fish", "complete --no-files --command isodocs")])
def test_each_shell_gets_a_script(shell, marks):
    assert marks in _run({"_ISODOCS_COMPLETE": f"{shell}_source"})


def _words(*typed: str) -> list[str]:
    """What the script offers after `typed` (the last one being the word being typed)."""
    out = _run({"_ISODOCS_COMPLETE": "bash_complete", "COMP_WORDS": " ".join(typed), "COMP_CWORD": str(len(typed) - 1)})
    return [entry.split(",", 1)[1] for entry in out.splitlines()]


def test_the_script_completes_commands_and_values():
    assert {"init", "new", "revise", "check", "build", "approve"} <= set(_words("isodocs", ""))
    assert _words("isodocs", "re") == ["rename-unit", "revise"]
    assert _words("isodocs", "new", "p") == ["policy", "procedure"]
    assert _words("isodocs", "revise", "QT-01", "--reason", "l") == ["legal_change"]
    assert _words("isodocs", "init", "--level", "") == ["xa", "phuong", "dac_khu", "tinh", "so", "khac"]


def test_bash_loads_the_script():
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash not installed")
    script = _run({"_ISODOCS_COMPLETE": "bash_source"})
    found = subprocess.run([bash, "-c", f"{script}\ncomplete -p isodocs"], capture_output=True, text=True, check=True)
    assert "_isodocs_completion" in found.stdout
