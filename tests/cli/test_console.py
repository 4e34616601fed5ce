"""The command line's edge: what reaches a real console or pipe (not click's in-process runner,
which captures UTF-8 and cannot see an encoding problem)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.cli import installed

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"


def run(*args: str, encoding: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}
    env.pop("ISODOCS_DEBUG", None)
    return subprocess.run([*installed(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          timeout=120)


@pytest.mark.parametrize("encoding", ["cp1252", "cp437", "ascii"])
def test_vietnamese_reaches_a_pipe_that_cannot_hold_it(encoding):
    """A Windows console redirected to a pipe gets the ANSI code page: isodocs writes UTF-8."""
    result = run("check", "-C", str(DEMO), encoding=encoding)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout.decode("utf-8").startswith("Không có lỗi; đã kiểm tra ")
    assert result.stderr == b""


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_errors_reach_stderr_in_vietnamese_and_are_not_internal(encoding, tmp_path):
    result = run("check", str(tmp_path / "khong-co"), encoding=encoding)
    assert result.returncode == 2
    said = result.stderr.decode("utf-8")
    assert said.startswith("isodocs: ") and "không phải thư mục" in said
    assert "lỗi nội bộ" not in said and "Traceback" not in said


def test_a_usage_error_is_not_internal():
    result = run("check", "--khong-co", encoding="cp1252")
    assert result.returncode == 2
    said = result.stderr.decode("utf-8")
    assert "--khong-co" in said and "Traceback" not in said and "lỗi nội bộ" not in said


def test_python_m_isodocs_names_isodocs():
    result = subprocess.run([sys.executable, "-m", "isodocs", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("isodocs, ")
    usage = subprocess.run([sys.executable, "-m", "isodocs", "--help"], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "ISODOCS_LANG": "en"})
    assert usage.stdout.startswith("Usage: isodocs ")


_LEFT_BEHIND = """
import gc, sys
from isodocs.cli import program

class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("walked at exit", flush=True)

gc.disable()  # found by nothing but the final collection, which runs all the same
Cycle()
sys.argv = ["isodocs", "--version"]
program()
"""


def test_the_program_ends_without_walking_what_the_command_left():
    """A province's model is still held when a command ends: Python's final collection would
    walk it for half a second before the process exits."""
    result = subprocess.run([sys.executable, "-c", _LEFT_BEHIND], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("isodocs, ")
    assert "walked at exit" not in result.stdout
    control = subprocess.run([sys.executable, "-c", _LEFT_BEHIND.replace("program()", "sys.exit(0)")],
                             capture_output=True, text=True, timeout=60)
    assert "walked at exit" in control.stdout  # what the test relies on: the final collection


def test_a_command_collects_young_objects_a_million_at_a_time():
    import gc

    from support.cli import invoke

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)  # Python's own
        assert invoke(["rules"]).exit_code == 0
        assert gc.get_threshold() == (1_000_000, 50, 100)
    finally:
        gc.set_threshold(*before)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("value, coloured", [(None, True), ("", True), ("1", False)])
def test_only_a_non_empty_no_color_turns_colour_off(monkeypatch, value, coloured):
    """As https://no-color.org says: NO_COLOR present *and not empty*."""
    from isodocs.cli.console import colour

    monkeypatch.setattr(sys, "stdout", _Terminal())
    monkeypatch.delenv("NO_COLOR", raising=False)
    if value is not None:
        monkeypatch.setenv("NO_COLOR", value)
    assert colour() is coloured
