"""Running a command to its exit code: what it returns or how it stops, decided in one place."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Callable, NoReturn

from isodocs.cli import exitcodes
from isodocs.cli.console import say, style
from isodocs.cli.edge import spoken
from isodocs.i18n import Msg


def run(command: Callable[[], int], lang: str | None = None) -> NoReturn:
    """Run `command` (which prints and returns its exit code) and exit with that code. A command
    that stops says why in the reader's language (`lang`, else the one the command line was read
    in), on stderr; anything else is a bug in isodocs, said as one and never as "findings"."""
    from isodocs.cli.progress import on_terminal

    lang = lang or spoken()
    try:
        with on_terminal(lang):
            code = command()
    except BrokenPipeError:  # the reader went away (`isodocs coverage | head`): stop quietly
        with contextlib.suppress(OSError, ValueError):  # and let Python's final flush go nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = exitcodes.OK
    except Exception as exc:
        code = exitcodes.for_stop(exc)
        if code is None:
            if os.environ.get("ISODOCS_DEBUG"):
                raise
            said = Msg("internal error: {error}: {detail}; please report it with the command you ran "
                       "(ISODOCS_DEBUG=1 shows details)", error=type(exc).__name__, detail=str(exc))
            say(f"isodocs: {said.say(lang)}", err=True)
            code = exitcodes.CANNOT_RUN
        else:
            _explain(exc, lang)
    sys.exit(code)


def _explain(exc: Exception, lang: str) -> None:
    from isodocs.commands.outcome import ManualUnreadable
    from isodocs.load.source import CONFIG_FILE
    from isodocs.render.text.diagnostics import text_lines, unchecked_summary

    if isinstance(exc, ManualUnreadable):  # what is wrong with isodocs.yaml comes first, and alone:
        loaded = exc.loaded  # the rest was not checked, and `isodocs check` says all of it at once
        diagnostics = [d for d in loaded.diagnostics if d.path == CONFIG_FILE]
        for line in text_lines(diagnostics, lang, style(err=True)):
            say(line, err=True)
        documents = len(loaded.document_files) if loaded.checkable else None
        say(unchecked_summary(diagnostics, documents, lang), err=True)
    say(f"isodocs: {exc.message.say(lang)}", err=True)
