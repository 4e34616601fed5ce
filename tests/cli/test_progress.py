"""Progress on a terminal: shown while long work runs, wiped before anything is said, never in
a pipe, a file or CI."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from isodocs.cli import progress
from isodocs.cli.progress import Line, wanted
from isodocs.system.progress import Stage, advance, listening

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_waits_then_shows_then_throttles_and_always_shows_the_end():
    clock, screen = Clock(), Terminal()
    line = Line(screen, "en", clock)
    line(Stage.RENDER, 1, 10)
    assert screen.getvalue() == ""  # quick work never flickers
    clock.now += progress.DELAY
    line(Stage.RENDER, 2, 10)
    assert screen.getvalue() == "\rWriting the files: 2/10\x1b[K"
    clock.now += progress.EVERY / 2
    line(Stage.RENDER, 3, 10)
    assert screen.getvalue().count("\r") == 1  # not rewritten more often than it can be read
    line(Stage.RENDER, 10, 10)
    assert screen.getvalue().endswith("\rWriting the files: 10/10\x1b[K")
    line.wipe()
    assert screen.getvalue().endswith("\r\x1b[K")


def test_the_line_speaks_the_readers_language():
    clock, screen = Clock(), Terminal()
    line = Line(screen, "vi", clock)
    clock.now += progress.DELAY
    line(Stage.READ, 3, 7)
    assert screen.getvalue() == "\rĐang đọc sổ tay: 3/7\x1b[K"


@pytest.mark.parametrize("environ, tty, shown", [
    ({}, True, True),
    ({}, False, False),
    ({"CI": "true"}, True, False),
    ({"TERM": "dumb"}, True, False),
    ({"ISODOCS_NO_PROGRESS": "1"}, True, False),
])
def test_wanted_only_where_a_person_watches(environ, tty, shown):
    stream = Terminal() if tty else io.StringIO()
    assert wanted(stream, environ) is shown


def test_nothing_listens_by_default():
    advance(Stage.READ, 1, 2)  # no listener: nothing happens, nothing fails


def test_a_build_reports_reading_and_writing(tmp_path):
    from isodocs import commands

    heard = []
    with listening(lambda stage, done, total: heard.append((stage, done, total))):
        built = commands.build(str(DEMO), str(tmp_path / "out"), draft=True)
    files = len(built.written)
    assert (Stage.RENDER, files, files) in heard
    assert [d for s, d, t in heard if s is Stage.RENDER] == list(range(1, files + 1))
    reads = [(d, t) for s, d, t in heard if s is Stage.READ]
    assert reads and reads[-1][0] == reads[-1][1]


COMMAND = ("import sys, isodocs.cli.progress as p; p.DELAY = 0; sys.argv[0] = 'isodocs'; "
           "from isodocs.cli import main; main()")


def on_a_terminal(args: list[str], environ: dict[str, str], stderr_to_pipe: bool = False) -> bytes:
    """What a person sees on a terminal (stdout and stderr on one pseudo-terminal, or stderr
    to a pipe) running isodocs with the progress line's delay at zero."""
    parent, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "ISODOCS_NO_PROGRESS")}
    env.update(environ, TERM="xterm", NO_COLOR="1")
    process = subprocess.Popen([sys.executable, "-c", COMMAND, *args], stdin=child, stdout=child,
                               stderr=subprocess.PIPE if stderr_to_pipe else child, env=env)
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(parent, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(parent)
    err = process.stderr.read() if stderr_to_pipe else b""
    process.wait(timeout=60)
    return seen + err


def test_on_a_terminal_progress_shows_and_is_wiped_before_the_result():
    seen = on_a_terminal(["check", "-C", str(DEMO), "--lang", "en"], {})
    assert b"\rReading the manual: " in seen
    before, _, summary = seen.rpartition(b"\r\x1b[K")  # wiped, then the summary
    assert b"\r" not in summary.replace(b"\r\n", b"\n") and b"documents" in summary


@pytest.mark.parametrize("environ, piped", [({"CI": "true"}, False), ({}, True)])
def test_never_in_ci_or_a_pipe(environ, piped):
    seen = on_a_terminal(["check", "-C", str(DEMO), "--lang", "en"], environ, stderr_to_pipe=piped)
    assert b"documents" in seen and b"Reading the manual" not in seen
