"""The layers contract (pyproject.toml, [tool.importlinter]): each layer imports only from the
layers below it, imports inside functions included, so the knot of layers reaching into each
other cannot come back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import isodocs

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(cwd: Path, package_parent: Path) -> subprocess.CompletedProcess:
    command = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(command), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(package_parent), "PATH": "/usr/bin:/bin"})


def test_every_layer_imports_only_downward():
    result = lint_imports(ROOT, Path(isodocs.__file__).resolve().parents[1])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "1 kept, 0 broken" in result.stdout


def test_an_upward_import_inside_a_function_breaks_the_contract(tmp_path):
    """The contract is enforced, not decorative: the model reaching up to the command line,
    even inside a function, fails it."""
    shutil.copytree(Path(isodocs.__file__).resolve().parent, tmp_path / "isodocs",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "isodocs" / "model" / "lifecycle.py").open("a", encoding="utf-8") as handle:
        handle.write("\n\ndef _reach_up():\n    from isodocs.cli import main\n    return main\n")
    result = lint_imports(tmp_path, tmp_path)
    assert result.returncode != 0
    assert "isodocs.model.lifecycle -> isodocs.cli" in result.stdout
