"""Progress of long work on a terminal: one line on stderr, rewritten in place and wiped before
anything else is printed. Never in a pipe or a file, never in CI, and only once the work has
taken long enough to be worth watching."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from typing import Callable, Iterator, Mapping, TextIO

from isodocs.i18n import Msg
from isodocs.system.progress import Stage, listening

DELAY = 0.5  # seconds of work before a line appears: quick commands never flicker
EVERY = 0.1  # seconds between two rewrites of the line

SAID = {
    Stage.READ: Msg("Reading the manual"),
    Stage.HISTORY: Msg("Reading the history"),
    Stage.RENDER: Msg("Writing the files"),
    Stage.PRINT: Msg("Printing to PDF"),
}


def wanted(stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """A person watches `stream`: a terminal, not a CI job's log, not a dumb terminal."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and not environ.get("CI") and environ.get("TERM") != "dumb" and not environ.get("ISODOCS_NO_PROGRESS")


class Line:
    """The progress line on `stream`, in `lang`."""

    def __init__(self, stream: TextIO, lang: str, clock: Callable[[], float] = time.monotonic):
        self.stream, self.lang, self.clock = stream, lang, clock
        self.started = clock()
        self.written = -EVERY
        self.shown = False

    def __call__(self, stage: Stage, done: int, total: int) -> None:
        now = self.clock()
        if now - self.started < DELAY or (now - self.written < EVERY and done < total):
            return
        width = max(shutil.get_terminal_size((80, 24)).columns - 1, 20)
        text = f"{SAID[stage].say(self.lang)}: {done}/{total}"
        self.stream.write("\r" + text[:width] + "\x1b[K")
        self.stream.flush()
        self.written, self.shown = now, True

    def wipe(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


_line: Line | None = None


def wipe() -> None:
    """Clear the progress line, if one is shown, so that what is printed next starts clean."""
    if _line is not None:
        _line.wipe()


@contextlib.contextmanager
def on_terminal(lang: str, stream: TextIO | None = None) -> Iterator[None]:
    """Show progress on `stream` (default stderr) while the block runs, if a person watches it."""
    global _line
    stream = stream or sys.stderr
    if not wanted(stream):
        yield
        return
    _line = Line(stream, lang)
    try:
        with listening(_line):
            yield
    finally:
        _line.wipe()
        _line = None
