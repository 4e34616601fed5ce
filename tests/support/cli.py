"""The command line: run in-process, as click's test runner sees it (`invoke`), or as the
installed command in a process of its own, on pipes or on a terminal (`run_installed`)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from click.testing import CliRunner


def invoke(args: list[str], cwd: Path | None = None):
    """Run the CLI in-process; returns click's Result (exit_code, stdout, stderr, exception)."""
    runner = CliRunner()
    from isodocs.cli import main

    if cwd is None:
        return runner.invoke(main, args, catch_exceptions=True)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, args, catch_exceptions=True)
    finally:
        os.chdir(old)


# --- the installed command, as a separate process --------------------------------------------


def installed() -> list[str]:
    """The installed `isodocs` command beside this Python, else the same entry point as a module."""
    script = Path(sys.executable).with_name("isodocs")
    return [str(script)] if script.exists() else [sys.executable, "-m", "isodocs"]


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str


STREAMS = ("stdout", "stderr")


def run_installed(args: Sequence[str], *, cwd: Path | None = None, env: Mapping[str, str | None] = {},
                  terminal: Sequence[str] = (), timeout: float = 120) -> Ran:
    """Run the installed command in a process of its own, with this process's environment
    changed by `env` (None removes a variable). The streams named in `terminal` are each a
    pseudo-terminal, as a person's console is (isatty() is true there); the others are pipes.
    What a terminal received is returned with its line ends as written ("\\r\\n" back to "\\n")."""
    assert set(terminal) <= set(STREAMS), terminal
    # The progress line a terminal shows appears only when the work is slow: off, so that what is
    # said does not hang on the machine's speed (env={"ISODOCS_NO_PROGRESS": None} brings it back).
    environ = {**os.environ, "ISODOCS_NO_PROGRESS": "1"}
    for name, value in env.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    ttys = {name: os.openpty() for name in terminal}  # name -> (controller, the process's end)
    ends = {name: ttys[name][1] if name in ttys else subprocess.PIPE for name in STREAMS}
    process = subprocess.Popen([*installed(), *args], cwd=cwd, env=environ, stdin=subprocess.DEVNULL, **ends)
    received: dict[str, list[bytes]] = {name: [] for name in terminal}

    def drain(name: str) -> None:
        while True:
            try:
                chunk = os.read(ttys[name][0], 65536)
            except OSError:  # EIO: the process closed its end
                return
            if not chunk:
                return
            received[name].append(chunk)

    for _controller, end in ttys.values():
        os.close(end)
    readers = [threading.Thread(target=drain, args=(name,)) for name in terminal]
    for reader in readers:
        reader.start()
    try:
        piped = dict(zip(STREAMS, process.communicate(timeout=timeout)))
    finally:
        for reader in readers:
            reader.join(timeout)
        for controller, _end in ttys.values():
            os.close(controller)
    said = {name: b"".join(received[name]).replace(b"\r\n", b"\n") if name in ttys else piped[name] or b""
            for name in STREAMS}
    return Ran(process.returncode, said["stdout"].decode("utf-8"), said["stderr"].decode("utf-8"))
