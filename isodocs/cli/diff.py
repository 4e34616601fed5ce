"""The diff command, and Git's diff driver it can act as."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.common import (
    Halt,
    _run,
    _say,
    _style,
    _write,
    format_option,
    lang_option,
    manual_option,
    option,
    repo_option,
)
from isodocs.i18n import N_, Msg


@main.command(help=N_("What changed between revisions A and B of the manual, document by document.\n\nA and B are commits, branches, tags, or WORKTREE (the files on disk). Without B: the\nworking tree; without A: the revisions in force (HEAD until approvals decide them).\nExit codes: 0 nothing changed, 1 something did, 2 the diff could not run."))
@click.argument("revisions", nargs=-1, metavar="[A] [B]")
@manual_option("-C", "--manual")
@repo_option(N_("A Git repository (bare, as on a forge) holding the manual; "
             "-C is then the manual's folder inside it, and B defaults to HEAD."))
@option("--doc", "codes", multiple=True, metavar="CODE", help=N_("Only this document (repeat for more)."))
@format_option("json", "html", "docx")
@option("-o", "--output", "out", type=click.Path(dir_okay=False), help=N_("Write to this file, not to the screen."))
@lang_option(N_("Language of the labels and messages (default: the manual's)."))
@option("--git-driver", is_flag=True,
              help=N_("Act as Git's diff driver: the arguments are the 7 Git passes (see docs/diff.md)."))
def diff(revisions, path, repo, codes, fmt, out, lang, git_driver):

    def command():
        if git_driver:
            return _git_driver(revisions, lang)
        if len(revisions) > 2:
            raise Halt(exitcodes.CANNOT_RUN, Msg("name at most two revisions, not {value}", value=len(revisions)))
        if fmt == "docx" and out is None:
            raise Halt(exitcodes.CANNOT_RUN, Msg("the Word redline (--format docx) needs -o FILE"))
        from isodocs.diff.revisions import open_revision, side, sides
        from isodocs.diff.sources import diff_sources
        from isodocs.load.source import SourceError

        specs = sides(path, *(tuple(revisions) + (None, None))[:2], repo=repo)
        try:
            a, b = (open_revision(path, spec, repo) for spec in specs)
            found = diff_sources(a, b, (side(specs[0], a), side(specs[1], b)), codes)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
        if fmt == "docx":
            _diff_redline(a, b, found, out, lang or found.language)
            return exitcodes.CHANGES if found.changed else exitcodes.OK
        _diff_output(found, fmt, out, lang or found.language)
        return exitcodes.CHANGES if found.changed else exitcodes.OK

    _run(command, lang)


def _diff_redline(a, b, found, out: str, language: str) -> None:
    """The Word redline: both revisions loaded whole (the documents render as issued)."""
    from isodocs.model.reader import load
    from isodocs.render.build import source_date
    from isodocs.render.docx.manual import RenderOptions
    from isodocs.render.docx.redline import render_redline

    manual_a, manual_b = load(a).manual, load(b).manual
    if manual_a is None or manual_b is None:
        raise Halt(exitcodes.CANNOT_RUN, Msg("the manual's isodocs.yaml cannot be used"))
    data = render_redline(manual_a, manual_b, found, RenderOptions(stamp=source_date(manual_b), lang=language))
    _write(Path(out), data)


def _diff_output(found, fmt: str, out: str | None, language: str) -> None:
    if fmt == "json":
        from isodocs.render.json.diff import to_json

        rendered = to_json(found)
    elif fmt == "html":
        from isodocs.render.html.diff import render

        rendered = render(found, language)
    else:
        from isodocs.render import diffview as view
        from isodocs.render.text import diff as text

        style = _style(plain=text.plain) if out is None else text.plain
        rendered = "\n".join(text.lines(view.build(found, language), style))
    if out is None:
        _say(rendered)
        return
    _write(Path(out), (rendered.rstrip("\n") + "\n").encode("utf-8"))


def _git_driver(args, lang: str | None) -> int:
    """One file of `git diff`: Git stops at a driver that exits other than 0, changes or not."""
    from isodocs.commands.gitdriver import DriverError, run

    try:
        from isodocs.render.text.diff import plain

        lines = run(args, lang, _style(plain=plain))
    except DriverError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
    for line in lines:
        _say(line)
    return exitcodes.OK
