"""What the commands share: messages in both languages, reading the manual, running a command
to its exit code, writing a file, and the options several commands take."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import click

from isodocs.cli import exitcodes
from isodocs.cli.edge import Option
from isodocs.i18n import N_, Joined, Msg


def option(*names, **attrs):
    """click.option whose help is said in the reader's language (cli.edge.Option)."""
    return click.option(*names, cls=Option, **attrs)


LANGS = click.Choice(["vi", "en"])
DATE = click.DateTime(formats=["%Y-%m-%d"])


class Halt(Exception):
    """Stop a command with a message and an exit code."""

    def __init__(self, code: int, message: Msg | Joined):
        if not isinstance(message, (Msg, Joined)):
            raise TypeError("a command says why it stops in catalogue sentences (Msg)")
        super().__init__(message)
        self.code = code
        self.message = message


def _say(text: str, err: bool = False) -> None:
    click.echo(text, err=err, color=_colour(err))


def _colour(err: bool = False) -> bool:
    stream = sys.stderr if err else sys.stdout
    return "NO_COLOR" not in os.environ and stream.isatty()


def _style(err: bool = False, plain=None):
    """click.style when the stream takes colour, else `plain` (default: the text unchanged)."""
    if _colour(err):
        return lambda text, **kw: click.style(text, **kw)
    return plain or (lambda text, **kw: text)


def _load(path: str | None, rev: str | None, repo: str | None = None):
    """Load the manual at PATH (or its state at REV)."""
    from isodocs.load.cache import for_source
    from isodocs.load.source import SourceError, open_source
    from isodocs.model.reader import load

    try:
        source = open_source(path, rev, repo)
        return load(source, cache=for_source(source))
    except SourceError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.message) from None


def _loaded_manual(path: str | None, rev: str | None, lang: str | None):
    """The manual and the language to speak; a manual that cannot be read at all (a broken
    isodocs.yaml) has its findings printed and stops the command with exit code 1."""
    from isodocs.render.text.diagnostics import summary, text_lines

    loaded = _load(path, rev)
    language = _lang(lang, loaded)
    if loaded.manual is None:
        for line in text_lines(loaded.diagnostics, language, _style(err=True)):
            _say(line, err=True)
        _say(summary(loaded.diagnostics, None, language), err=True)
        raise Halt(exitcodes.FINDINGS, Msg("the manual cannot be read"))
    return loaded.manual, language


def _day(value):
    """The date a --date/--today option gave, else today."""
    import datetime as dt

    return value.date() if value else dt.date.today()


def _lang(option: str | None, loaded) -> str:
    if option:
        return option
    return loaded.manual.config.language if loaded is not None and loaded.manual else "vi"


def _run(command, lang_option: str | None):
    lang = lang_option or "vi"
    try:
        code = command()
    except Halt as exc:
        _say(f"isodocs: {exc.message.say(lang)}", err=True)
        code = exc.code
    except BrokenPipeError:  # the reader went away (`isodocs coverage | head`): stop quietly
        with contextlib.suppress(OSError, ValueError):  # and let Python's final flush go nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = exitcodes.OK
    except Exception as exc:  # a bug in isodocs, not in the manual: say so, and never as "findings"
        if os.environ.get("ISODOCS_DEBUG"):
            raise
        where = Msg("internal error").say(lang)
        advice = (Msg("please report it with the command you ran (ISODOCS_DEBUG=1 shows details)").say(lang))
        _say(f"isodocs: {where}: {type(exc).__name__}: {exc}; {advice}", err=True)
        code = exitcodes.CANNOT_RUN
    sys.exit(code)


def _write(target: Path, data: bytes) -> None:
    """Write one file (replaced whole, as every output is), or stop the command saying why not."""
    from isodocs.system.files import write_all

    try:
        write_all(target.parent, {target.name: data})
    except OSError as exc:
        raise Halt(exitcodes.CANNOT_RUN, Msg("cannot write {target}: {value}", target=target, value=exc.strerror or exc)) from None


# Options and arguments several commands take, each declared once. Factories take the help text
# where it says what the option means to that command.

PATH_ARGUMENT = click.argument("path", required=False, type=click.Path(file_okay=False))


def options(*decorators):
    """One decorator for several options, listed (in --help too) in the order given."""

    def apply(function):
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


def rev_option(help: str):
    """--rev: a commit, branch or tag to read instead of the working tree."""
    return option("--rev", help=help)


def repo_option(help: str = N_("A Git repository (bare, as on a forge) holding the manual; "
                               "PATH is then the manual's folder inside it, read at --rev (default HEAD).")):
    """--repo: a Git repository to read instead of the one holding the current folder."""
    return option("--repo", type=click.Path(), help=help)


REPO_OPTION = repo_option()


def format_option(*others: str):
    """--format (passed as `fmt`): text, the default, or one of `others`."""
    return option("--format", "fmt", type=click.Choice(["text", *others]), default="text", show_default=True)


FORMAT_OPTION = format_option("json")


def lang_option(help: str):
    """--lang with no default: the command speaks the manual's language unless told (`_lang`)."""
    return option("--lang", type=LANGS, help=help)


# --lang for the commands that speak before, or without, reading the manual's language
LANG_VI_OPTION = option("--lang", type=LANGS, default="vi", show_default=True)


def today_option(help: str):
    """--today: the day a command judges what is in force as on (`_day`: default today)."""
    return option("--today", type=DATE, help=help)


def manual_option(*flags: str):
    """--manual (or the flags given), passed as `path`: the manual's folder in a command whose
    arguments are something else."""
    return option(*(flags or ("--manual",)), "path", type=click.Path(file_okay=False),
                        help=N_("The manual's folder (default: the current one)."))
