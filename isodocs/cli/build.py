"""Commands on the files isodocs builds: build, verify, distribution."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes
from isodocs.cli import main
from isodocs.cli.common import (
    DATE, FORMAT_OPTION, LANG_VI_OPTION, PATH_ARGUMENT, REPO_OPTION, Halt, _day, _lang, _run, _say, _style,
    lang_option, repo_option, rev_option, today_option,
)


@main.command()
@PATH_ARGUMENT
@click.option("-o", "--output", "out", type=click.Path(file_okay=False),
              help="Output folder (default: PATH/build; with --repo, ./build).")
@click.option("--draft", is_flag=True, help="Render the newest content (the working tree, or --rev); "
              "documents not approved are marked DRAFT.")
@click.option("--as-of", "as_of", type=DATE, help="Render the revisions that were in force on this day.")
@rev_option("Render the manual as it is in this commit, branch or tag (in force on its day).")
@REPO_OPTION
@today_option("The day that says what is in force and what is obsolete (default: today).")
@click.option("--copies", is_flag=True, help="Also write one numbered controlled copy per row of the distribution list.")
@lang_option("Language of labels and messages (default: the manual's).")
def build(path, out, draft, as_of, rev, repo, today, copies, lang):
    """Render the manual at PATH as DOCX files: manual.docx and one file per document.

    By default each document's revision in force today, read from its approved commit in Git
    and marked CONTROLLED COPY; documents never approved are left out with a warning."""
    import dataclasses

    from isodocs.render.build import render_all, source_date
    from isodocs.check import check
    from isodocs.diagnostics import has_errors
    from isodocs.history.official import open_build, prepare
    from isodocs.load.source import SourceError
    from isodocs.system.files import write_all
    from isodocs.render.labels import TemplateProblem
    from isodocs.render.report import summary, text_lines

    if draft and (as_of or copies):
        raise click.UsageError("--draft renders the newest content: it takes neither --as-of nor --copies")

    def command():
        try:
            source, recipe = open_build(path, rev, repo, draft, as_of and as_of.date(), _day(today))
            prepared = prepare(source, recipe)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
        loaded = prepared.loaded
        language = _lang(lang, loaded)
        diagnostics = check(loaded, recipe.today) if loaded.manual else list(loaded.diagnostics)
        for line in text_lines(diagnostics, language, _style(err=True)):
            _say(line, err=True)
        warning = "cảnh báo" if language == "vi" else "warning"
        for left in prepared.left_out:
            _say(f"isodocs: {warning}: {left.text(language)}", err=True)
        if has_errors(diagnostics) or loaded.manual is None:
            _say(summary(diagnostics, loaded.manual, language), err=True)
            raise Halt(exitcodes.FINDINGS, "the manual has errors; nothing was built",
                       "sổ tay còn lỗi; chưa tạo tệp nào")
        manual = loaded.manual
        if recipe.on is not None and not manual.documents:
            day = recipe.on.strftime("%d/%m/%Y")
            raise Halt(exitcodes.FINDINGS, f"no document is in force on {day}; nothing was built "
                       "(`isodocs build --draft` renders the newest content)",
                       f"không có tài liệu nào có hiệu lực ngày {day}; chưa tạo tệp nào "
                       "(`isodocs build --draft` tạo bản từ nội dung mới nhất)")
        if copies and not manual.config.distribution:
            why = ("isodocs.yaml không có danh sách phân phối (distribution); không tạo bản số nào" if language == "vi"
                   else "isodocs.yaml has no distribution list; no numbered copies written")
            _say(f"isodocs: {warning}: {why}", err=True)
        recipe = dataclasses.replace(recipe, lang=language, stamp=source_date(manual))
        try:
            files = render_all(manual, recipe, prepared.markings, copies)
        except TemplateProblem as exc:
            raise Halt(exitcodes.FINDINGS, str(exc), str(exc)) from None
        folder = Path(out) if out else Path("build") if repo else Path(path or ".") / "build"
        try:
            written = write_all(folder, files)
        except OSError as exc:
            raise Halt(exitcodes.CANNOT_RUN, f"cannot write to {folder}: {exc.strerror or exc}",
                       f"không ghi được vào {folder}: {exc.strerror or exc}") from None
        if language == "vi":
            _say(f"Đã tạo {len(written)} tệp trong {folder} ({len(manual.documents)} tài liệu).")
        else:
            _say(f"Wrote {len(written)} files to {folder} ({len(manual.documents)} documents).")
        return exitcodes.OK

    _run(command, lang)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@PATH_ARGUMENT
@repo_option("The Git repository (bare, as on a forge) the file was built from.")
@today_option("Judge what is in force as on this day (default: today).")
@FORMAT_OPTION
@LANG_VI_OPTION
def verify(file, path, repo, today, fmt, lang):
    """Whether FILE.docx is exactly what isodocs builds from the state it records, and whether each
    document in it is still the revision in force. PATH: a folder of the repository (default: the
    current one). Exit 1 when it was edited after it was built or holds a revision no longer in force."""
    from isodocs.history.recipe import version
    from isodocs.load.source import SourceError
    from isodocs.render.verify import lines, to_json
    from isodocs.render.verify import verify as check_file

    def command():
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise Halt(exitcodes.CANNOT_RUN, f"cannot read {file}: {exc.strerror or exc}",
                       f"không đọc được {file}: {exc.strerror or exc}") from None
        try:
            verdict = check_file(data, _repository(path, repo), _day(today), version())
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, f"{file}: {exc.text['en']}", f"{file}: {exc.text['vi']}") from None
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
            raise SourceError(f"{root} is not in a Git repository", f"{root} không nằm trong kho Git")
    try:
        return pygit2.Repository(repo)
    except pygit2.GitError:
        raise SourceError(f"{repo} is not a Git repository", f"{repo} không phải kho Git") from None


@main.command()
@PATH_ARGUMENT
@rev_option("The distribution list and approvals as in this commit, branch or tag (default: HEAD).")
@REPO_OPTION
@today_option("Judge what is in force as on this day (default: today).")
@FORMAT_OPTION
@lang_option("Language of the output (default: the manual's).")
def distribution(path, rev, repo, today, fmt, lang):
    """Each holder of a numbered controlled copy, the revision of each document their copy holds,
    and the documents to recall because a later revision is in force or the document was withdrawn."""
    from isodocs.history.distribution import holders, lines, to_json
    from isodocs.history.official import ledger, open_commit
    from isodocs.load.source import SourceError

    def command():
        try:
            manual, book = ledger(open_commit(path, rev, repo))
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
        if manual is None:
            raise Halt(exitcodes.FINDINGS, "the committed isodocs.yaml cannot be read: `isodocs check` says why",
                       "không đọc được isodocs.yaml đã commit: xem bằng `isodocs check`")
        found = holders(manual.config.distribution, book, _day(today))
        language = lang or manual.config.language
        for line in [to_json(found)] if fmt == "json" else lines(found, language):
            _say(line)
        return exitcodes.OK

    _run(command, lang)
