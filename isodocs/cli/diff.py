"""The diff command, and Git's diff driver it can act as."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.console import say, style
from isodocs.cli.edge import PathType
from isodocs.cli.options import format_option, lang_option, manual_option, option, repo_option
from isodocs.cli.run import run
from isodocs.i18n import N_, Msg, choose_language


@main.command(help=N_(
    "What changed between revisions A and B of the manual, document by document.\n\n"
    "A and B are commits, branches, tags, or WORKTREE (the files on disk). Without B: the\n"
    "working tree; without A: the revisions in force (HEAD until approvals decide them).\n"
    "Exit codes: 0 nothing changed, 1 something did, 2 the diff could not run."))
@click.argument("revisions", nargs=-1, metavar="[A] [B]")
@manual_option()
@repo_option(N_("A Git repository (bare, as on a forge) holding the manual; "
                "-C is then the manual's folder inside it, and B defaults to HEAD."))
@option("--doc", "codes", multiple=True, metavar="CODE", help=N_("Only this document (repeat for more)."))
@format_option("json", "html", "docx")
@option("-o", "--output", "out", type=PathType(dir_okay=False), help=N_("Write to this file, not to the screen."))
@lang_option(N_("Language of the labels and messages (default: the manual's)."))
@option("--git-driver", is_flag=True,
        help=N_("Act as Git's diff driver: the arguments are the 7 Git passes (see docs/diff.md)."))
def diff(revisions, path, repo, codes, fmt, out, lang, git_driver):
    from isodocs import commands
    from isodocs.commands.outcome import CannotRun, write_output

    def command():
        if git_driver:
            return _git_driver(revisions, lang)
        if fmt == "docx" and out is None:
            raise CannotRun(Msg("the Word redline (--format docx) needs -o FILE"))
        compared = commands.diff(revisions, path, repo, codes)
        language = choose_language(lang, compared.found.language)
        if fmt == "docx":
            commands.redline(compared, language, Path(out))
            return exitcodes.of(compared.outcome)
        rendered = _rendered(compared.found, fmt, language, to_screen=out is None)
        if out is None:
            say(rendered)
        else:
            write_output(Path(out), (rendered.rstrip("\n") + "\n").encode("utf-8"))
        return exitcodes.of(compared.outcome)

    run(command, lang)


def _rendered(found, fmt: str, language: str, to_screen: bool) -> str:
    if fmt == "json":
        from isodocs.render.json.diff import to_json

        return to_json(found)
    if fmt == "html":
        from isodocs.render.html.diff import render

        return render(found, language)
    from isodocs.render import diffview as view
    from isodocs.render.text import diff as text

    return "\n".join(text.lines(view.build(found, language), style(plain=text.plain) if to_screen else text.plain))


def _git_driver(args, lang: str | None) -> int:
    """One file of `git diff`: Git stops at a driver that exits other than 0, changes or not."""
    from isodocs.commands.gitdriver import run as drive
    from isodocs.render.text.diff import plain

    for line in drive(args, lang, style(plain=plain)):
        say(line)
    return exitcodes.OK
