"""How far long work has got, told to whoever listens; nobody does unless the command line
asks (a terminal), so the core stays silent and pure by default.

Work says `advance(Stage.RENDER, done, total)` as it goes; `listening(listener)` makes a
listener hear it for the duration of a block. Stages are named here and said by the listener
in the reader's language.
"""

from __future__ import annotations

import contextlib
import enum
from contextvars import ContextVar
from typing import Callable, Iterator


class Stage(enum.Enum):
    READ = "read"  # the manual's files
    HISTORY = "history"  # the commits of the repository
    RENDER = "render"  # the output files of a build
    PRINT = "print"  # the PDF files LibreOffice prints


Listener = Callable[[Stage, int, int], None]
_listener: ContextVar[Listener | None] = ContextVar("isodocs_progress", default=None)


def advance(stage: Stage, done: int, total: int) -> None:
    """`done` of `total` items of `stage` are finished."""
    listener = _listener.get()
    if listener is not None:
        listener(stage, done, total)


@contextlib.contextmanager
def listening(listener: Listener) -> Iterator[None]:
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def unheard() -> None:
    """Nobody listens in this process from now on: a worker's, whose work its parent tells."""
    _listener.set(None)
