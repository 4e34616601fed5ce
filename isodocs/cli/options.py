"""The options and arguments several commands take, each declared once. Factories take the help
text where it says what the option means to that command; every help text is a catalogue
sentence (N_), said in the reader's language."""

from __future__ import annotations

import click

from isodocs.cli.edge import OldArgument, Option, PathType, spoken
from isodocs.i18n import N_, Msg


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

MANUAL_HELP = N_("The manual's folder (default: the current one).")


def manual_options(function):
    """The manual's folder, given the same way to every command: -C/--manual DIR (as `git -C`),
    or before the command (`isodocs -C DIR check`). A folder given as the old positional PATH
    still works, with a notice. The command receives it as `path`."""
    function = click.argument("old_path", required=False, type=PathType(file_okay=False), metavar="[PATH]",
                              expose_value=True, cls=OldArgument)(function)
    return option("-C", "--manual", "path", type=PathType(file_okay=False), help=MANUAL_HELP)(function)


def manual_folder(path: str | None, old_path: str | None) -> str | None:
    """The folder from -C, else from the old positional PATH (with a notice), else from the
    group's -C (`isodocs -C DIR command`), else None (the current folder)."""
    if path is not None and old_path is not None and path != old_path:
        raise click.UsageError(Msg("the manual's folder is given twice: -C {given} and {old}", given=path,
                                   old=old_path).say(spoken()))
    if path is None and old_path is not None:
        from isodocs.cli.console import say

        example = f"isodocs {click.get_current_context().info_name} -C {old_path}"
        say("isodocs: " + Msg("note: name the manual's folder with -C, as every command does: {example}",
                              example=example).say(spoken()), err=True)
        path = old_path
    if path is None:
        path = click.get_current_context().find_root().meta.get("isodocs.manual")
    return path


def day(value):
    """The date a --date/--today option gave (None: the command's default, today)."""
    return value.date() if value else None


def rev_option(help: str):
    """--rev: a commit, branch or tag to read instead of the working tree."""
    return option("--rev", help=help)


def repo_option(help: str = N_("A Git repository (bare, as on a forge) holding the manual; "
                               "-C is then the manual's folder inside it, read at --rev (default HEAD).")):
    """--repo: a Git repository to read instead of the one holding the current folder."""
    return option("--repo", type=PathType(), help=help)


REPO_OPTION = repo_option()


def format_option(*others: str):
    """--format (passed as `fmt`): text, the default, or one of `others`."""
    return option("--format", "fmt", type=click.Choice(["text", *others]), default="text", show_default=True)


FORMAT_OPTION = format_option("json")


def lang_option(help: str):
    """--lang with no default: the command speaks the manual's language unless told."""
    return option("--lang", type=LANGS, help=help)


# --lang for the commands that say nothing of a manual's own (rules, records, verify): the option,
# else ISODOCS_LANG, else the manual's language as the command line was read (cli.edge.spoken)
LANG_OPTION = option("--lang", type=LANGS, help=N_("Language of the messages (default: the manual's)."))


def today_option(help: str):
    """--today: the day a command judges what is in force as on (default today)."""
    return option("--today", type=DATE, help=help)


def manual_option():
    """-C/--manual, passed as `path`: the manual's folder in a command whose arguments are something
    else (no positional PATH to keep)."""
    return option("-C", "--manual", "path", type=PathType(file_okay=False), help=MANUAL_HELP)


class ApprovalDates(click.ParamType):
    """--date YYYY-MM-DD for every document, or CODE=YYYY-MM-DD for one: (code or None, date)."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        code, _, text = value.rpartition("=")
        return (code or None, DATE.convert(text, param, ctx).date())


def record_options(date_help: str, sign_help: str, dated: click.ParamType | None = None):
    """The options a command writing a record takes after its own: --date (`dated`: several, as
    approve takes them, passed as a mapping code -> date, None the default), --sign, --manual,
    --repo and --lang."""
    date = (option("--date", "day_", type=dated, multiple=True, callback=lambda ctx, param, value: dict(value),
                   help=date_help) if dated else option("--date", "day_", type=DATE, help=date_help))
    return options(
        date,
        option("--sign", is_flag=True, help=sign_help),
        manual_option(),
        REPO_OPTION,
        LANG_OPTION,
    )


def docx_output_option(help: str):
    """-o for a report that --format docx writes to a file."""
    return option("-o", "--output", "out", type=PathType(dir_okay=False), help=help)
