"""The command line's edge with the world: the streams it writes to, and the language it speaks
before and while click parses the command (usage errors and help included).

The language is decided once, the same way for every command: --lang, else ISODOCS_LANG, else
the language of the manual the command is about (its isodocs.yaml), else Vietnamese.
"""

from __future__ import annotations

import contextlib
import gettext
import io
import os
import sys
from pathlib import Path
from typing import Iterator, Sequence

import click

from isodocs.i18n import DEFAULT_LANGUAGE, LANGUAGES, LOCALE_DIR, choose_language, gettext_in

CLICK_DOMAIN = "click"
_speaking = [DEFAULT_LANGUAGE]  # the language of the command being run: its help texts are said in it


def speak_utf8() -> None:
    """Write UTF-8 to any stream whose encoding cannot hold Vietnamese.

    A Windows console redirected to a pipe or file gets the ANSI code page (cp1252, cp437), and
    `PYTHONIOENCODING` may name anything: printing "lỗi" there raised UnicodeEncodeError. UTF-8
    is what Git and every current tool write to pipes; a real console is untouched (Python
    writes to it in UTF-16 whatever the code page)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _holds_vietnamese(stream.encoding):
            stream.reconfigure(encoding="utf-8")


def _holds_vietnamese(encoding: str | None) -> bool:
    try:
        "Đăng ký lỗi ệ".encode(encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def early_language(argv: Sequence[str]) -> str:
    """The language, from the command line as typed, before click has parsed it (so that its own
    messages about a wrong option are already in the reader's language)."""
    option = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            option = argv[i + 1]
        elif arg.startswith("--lang="):
            option = arg.partition("=")[2]
    if option in LANGUAGES or os.environ.get("ISODOCS_LANG") in LANGUAGES:
        return choose_language(option)
    folders = [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg in ("-C", "--manual")]
    folders += [arg for arg in argv if not arg.startswith("-")] + ["."]
    return choose_language(None, next(filter(None, map(_manual_language, folders)), None))


def _manual_language(folder: str) -> str | None:
    """The `language` of the isodocs.yaml in `folder`, if there is one that says it."""
    from isodocs.load.yamlio import YamlProblem, parse

    try:
        config = Path(folder) / "isodocs.yaml"
        if not config.is_file() or config.stat().st_size > 1 << 20:
            return None
        data = parse(config.read_text(encoding="utf-8-sig"), "isodocs.yaml").data
    except (OSError, UnicodeDecodeError, YamlProblem, ValueError):
        return None
    found = data.get("language") if isinstance(data, dict) else None
    return found if found in LANGUAGES else None


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """While a command runs: click's own messages (it asks the standard gettext of the default
    domain) and isodocs' help texts in `lang`."""
    domain, before = gettext.textdomain(), os.environ.get("LANGUAGE")
    gettext.bindtextdomain(CLICK_DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(CLICK_DOMAIN)
    os.environ["LANGUAGE"] = lang
    _speaking.append(lang)
    try:
        yield
    finally:
        _speaking.pop()
        gettext.textdomain(domain)
        if before is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before


def spoken() -> str:
    return _speaking[-1]


class _SaidHelp:
    """A help text kept as its English text (a catalogue key, marked N_) and read in the
    language of the command being run."""

    @property
    def help(self) -> str | None:
        return gettext_in(spoken(), self._help) if self._help else self._help

    @help.setter
    def help(self, value: str | None) -> None:
        self._help = value


class Command(_SaidHelp, click.Command):
    pass


class Option(_SaidHelp, click.Option):
    pass


class OldArgument(click.Argument):
    """An argument kept working for old command lines but no longer shown in the usage line."""

    def get_usage_pieces(self, ctx: click.Context) -> list[str]:
        return []


class Group(_SaidHelp, click.Group):
    command_class = Command

    def main(self, args=None, prog_name=None, **extra):
        speak_utf8()
        argv = sys.argv[1:] if args is None else list(args)
        with speaking(early_language(argv)):
            return super().main(args, prog_name, **extra)


Group.group_class = Group


class PathType(click.Path):
    """click.Path whose kind ("directory", "file") is said in the language of the command being
    run: click names it when the option is declared, before any language is known."""

    @property
    def name(self) -> str:
        return _Kind(gettext.gettext(self._name) if _speaking else self._name)  # click's domain while speaking

    @name.setter
    def name(self, value: str) -> None:
        self._name = value


class _Kind(str):
    """A path's kind as click prints it, `.title()`d: only its first letter raised ("Thư mục",
    not "Thư Mục")."""

    def title(self) -> str:
        return self[:1].upper() + self[1:]
