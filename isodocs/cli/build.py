"""Commands on the files isodocs builds: build, verify, distribution."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.common import (
    DATE,
    FORMAT_OPTION,
    LANG_VI_OPTION,
    PATH_ARGUMENT,
    REPO_OPTION,
    Halt,
    _day,
    _lang,
    _run,
    _say,
    _style,
    lang_option,
    option,
    repo_option,
    rev_option,
    today_option,
)
from isodocs.i18n import N_, Msg, Plural


@main.command(help=N_("Render the manual at PATH as DOCX files: manual.docx and one file per document.\n\nBy default each document's revision in force today, read from its approved commit in Git\nand marked CONTROLLED COPY; documents never approved are left out with a warning."))
@PATH_ARGUMENT
@option("-o", "--output", "out", type=click.Path(file_okay=False),
              help=N_("Output folder (default: PATH/build; with --repo, ./build)."))
@option("--draft", is_flag=True, help=N_("Render the newest content (the working tree, or --rev); "
              "documents not approved are marked DRAFT."))
@option("--as-of", "as_of", type=DATE, help=N_("Render the revisions that were in force on this day."))
@rev_option(N_("Render the manual as it is in this commit, branch or tag (in force on its day)."))
@REPO_OPTION
@today_option(N_("The day that says what is in force and what is obsolete (default: today)."))
@option("--copies", is_flag=True, help=N_("Also write one numbered controlled copy per row of the distribution list."))
@lang_option(N_("Language of labels and messages (default: the manual's)."))
def build(path, out, draft, as_of, rev, repo, today, copies, lang):
    import dataclasses

    from isodocs.check import check
    from isodocs.diagnostics import has_errors
    from isodocs.history.official import open_build, prepare
    from isodocs.load.source import SourceError
    from isodocs.render.build import render_all, source_date
    from isodocs.render.labels import TemplateProblem
    from isodocs.render.text.diagnostics import summary, text_lines
    from isodocs.system.files import write_all

    if draft and (as_of or copies):
        raise click.UsageError("--draft renders the newest content: it takes neither --as-of nor --copies")

    def command():
        try:
            source, recipe = open_build(path, rev, repo, draft, as_of and as_of.date(), _day(today))
            prepared = prepare(source, recipe)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
        loaded = prepared.loaded
        language = _lang(lang, loaded)
        diagnostics = check(loaded, recipe.today) if loaded.manual else list(loaded.diagnostics)
        for line in text_lines(diagnostics, language, _style(err=True)):
            _say(line, err=True)
        warning = Msg("warning").say(language)
        for left in prepared.left_out:
            _say(f"isodocs: {warning}: {left.message().say(language)}", err=True)
        if has_errors(diagnostics) or loaded.manual is None:
            _say(summary(diagnostics, loaded.manual, language), err=True)
            raise Halt(exitcodes.FINDINGS, Msg("the manual has errors; nothing was built"))
        manual = loaded.manual
        if recipe.on is not None and not manual.documents:
            day = recipe.on.strftime("%d/%m/%Y")
            raise Halt(exitcodes.FINDINGS, Msg("no document is in force on {day}; nothing was built (`isodocs build --draft` renders the newest content)", day=day))
        if copies and not manual.config.distribution:
            why = (Msg("isodocs.yaml has no distribution list; no numbered copies written").say(language))
            _say(f"isodocs: {warning}: {why}", err=True)
        recipe = dataclasses.replace(recipe, lang=language, stamp=source_date(manual))
        try:
            files = render_all(manual, recipe, prepared.markings, copies)
        except TemplateProblem as exc:
            raise Halt(exitcodes.FINDINGS, exc.message()) from None
        folder = Path(out) if out else Path("build") if repo else Path(path or ".") / "build"
        try:
            written = write_all(folder, files)
        except OSError as exc:
            raise Halt(exitcodes.CANNOT_RUN, Msg("cannot write to {folder}: {value}", folder=folder, value=exc.strerror or exc)) from None
        _say(Msg("Wrote {files} to {folder} ({documents}).", folder=folder,
                 files=Plural("{n} file", "{n} files", n=len(written)),
                 documents=Plural("{n} document", "{n} documents", n=len(manual.documents))).say(language))
        return exitcodes.OK

    _run(command, lang)


@main.command(help=N_("Whether FILE.docx is exactly what isodocs builds from the state it records, and whether each\ndocument in it is still the revision in force. PATH: a folder of the repository (default: the\ncurrent one). Exit 1 when it was edited after it was built or holds a revision no longer in force."))
@click.argument("file", type=click.Path(dir_okay=False))
@PATH_ARGUMENT
@repo_option(N_("The Git repository (bare, as on a forge) the file was built from."))
@today_option(N_("Judge what is in force as on this day (default: today)."))
@FORMAT_OPTION
@LANG_VI_OPTION
def verify(file, path, repo, today, fmt, lang):
    from isodocs.history.recipe import version
    from isodocs.load.source import SourceError
    from isodocs.render.json.verify import to_json
    from isodocs.render.text.verify import lines
    from isodocs.render.verify import verify as check_file

    def command():
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise Halt(exitcodes.CANNOT_RUN, Msg("cannot read {file}: {value}", file=file, value=exc.strerror or exc)) from None
        try:
            verdict = check_file(data, _repository(path, repo), _day(today), version())
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, Msg("{file}: {why}", file=file, why=exc.message)) from None
        name = Path(file).name
        for line in [to_json(verdict, name)] if fmt == "json" else lines(verdict, name, lang):
            _say(line)
        return exitcodes.OK if verdict.ok else exitcodes.FINDINGS

    _run(command, lang)


def _repository(path: str | None, repo: str | None):
    """The repository named by --repo, or the one holding PATH (default: the current folder)."""
    import pygit2

    from isodocs.load.source import SourceError

    if repo is None:
        root = Path(path or ".").absolute()
        repo = pygit2.discover_repository(str(root))
        if repo is None:
            raise SourceError(Msg("{root} is not in a Git repository", root=root))
    try:
        return pygit2.Repository(repo)
    except pygit2.GitError:
        raise SourceError(Msg("{repo} is not a Git repository", repo=repo)) from None


@main.command(help=N_("Each holder of a numbered controlled copy, the revision of each document their copy holds,\nand the documents to recall because a later revision is in force or the document was withdrawn."))
@PATH_ARGUMENT
@rev_option(N_("The distribution list and approvals as in this commit, branch or tag (default: HEAD)."))
@REPO_OPTION
@today_option(N_("Judge what is in force as on this day (default: today)."))
@FORMAT_OPTION
@lang_option(N_("Language of the output (default: the manual's)."))
def distribution(path, rev, repo, today, fmt, lang):
    from isodocs.history.distribution import holders
    from isodocs.history.official import ledger, open_commit
    from isodocs.load.source import SourceError
    from isodocs.render.json.distribution import to_json
    from isodocs.render.text.distribution import lines

    def command():
        try:
            manual, book = ledger(open_commit(path, rev, repo))
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
        if manual is None:
            raise Halt(exitcodes.FINDINGS, Msg("the committed isodocs.yaml cannot be read: `isodocs check` says why"))
        found = holders(manual.config.distribution, book, _day(today))
        language = lang or manual.config.language
        for line in [to_json(found)] if fmt == "json" else lines(found, language):
            _say(line)
        return exitcodes.OK

    _run(command, lang)
