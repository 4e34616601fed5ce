"""The options and arguments several commands take, each declared once. Factories take the help
text where it says what the option means to that command; every help text is a catalogue
sentence (N_), said in the reader's language."""

from __future__ import annotations

import click

from isodocs.cli.edge import Option
from isodocs.i18n import N_


def option(*names, **attrs):
    """click.option whose help is said in the reader's language (cli.edge.Option)."""
    return click.option(*names, cls=Option, **attrs)


def options(*decorators):
    """One decorator for several options, listed (in --help too) in the order given."""

    def apply(function):
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


LANGS = click.Choice(["vi", "en"])
DATE = click.DateTime(formats=["%Y-%m-%d"])

PATH_ARGUMENT = click.argument("path", required=False, type=click.Path(file_okay=False))


def day(value):
    """The date a --date/--today option gave (None: the command's default, today)."""
    return value.date() if value else None


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
    """--lang with no default: the command speaks the manual's language unless told."""
    return option("--lang", type=LANGS, help=help)


# --lang for the commands that speak before, or without, reading the manual's language
LANG_VI_OPTION = option("--lang", type=LANGS, default="vi", show_default=True)


def today_option(help: str):
    """--today: the day a command judges what is in force as on (default today)."""
    return option("--today", type=DATE, help=help)


def manual_option(*flags: str):
    """--manual (or the flags given), passed as `path`: the manual's folder in a command whose
    arguments are something else."""
    return option(*(flags or ("--manual",)), "path", type=click.Path(file_okay=False),
                  help=N_("The manual's folder (default: the current one)."))


def record_options(date_help: str, sign_help: str):
    """The options a command writing a record takes after its own: --date, --sign, --manual,
    --repo and --lang."""
    return options(
        option("--date", "day_", type=DATE, help=date_help),
        option("--sign", is_flag=True, help=sign_help),
        manual_option(),
        REPO_OPTION,
        LANG_VI_OPTION,
    )


def docx_output_option(help: str):
    """-o for a report that --format docx writes to a file."""
    return option("-o", "--output", "out", type=click.Path(dir_okay=False), help=help)
