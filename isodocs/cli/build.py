"""Commands on the files isodocs builds: build, verify, distribution."""

from __future__ import annotations

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.console import say, style
from isodocs.cli.edge import PathType, spoken
from isodocs.cli.options import (
    DATE,
    FORMAT_OPTION,
    LANG_OPTION,
    REPO_OPTION,
    day,
    lang_option,
    manual_folder,
    manual_options,
    option,
    repo_option,
    rev_option,
    today_option,
)
from isodocs.cli.run import run
from isodocs.i18n import N_, Msg, Plural, choose_language


@main.command(help=N_(
    "Render the manual as DOCX files: manual.docx and one file per document.\n\n"
    "By default each document's revision in force today, read from its approved commit in Git\n"
    "and marked CONTROLLED COPY; documents never approved are left out with a warning."))
@manual_options
@option("-o", "--output", "out", type=PathType(file_okay=False),
        help=N_("Output folder (default: the manual's build/; with --repo, ./build)."))
@option("--draft", is_flag=True, help=N_("Render the newest content (the working tree, or --rev); "
                                         "documents not approved are marked DRAFT."))
@option("--as-of", "as_of", type=DATE, help=N_("Render the revisions that were in force on this day."))
@rev_option(N_("Render the manual as it is in this commit, branch or tag (in force on its day)."))
@REPO_OPTION
@today_option(N_("The day that says what is in force and what is obsolete (default: today)."))
@option("--copies", is_flag=True,
        help=N_("Also write one numbered controlled copy per row of the distribution list."))
@option("--pdf", is_flag=True, help=N_("Also print each DOCX file to PDF with LibreOffice, contents and page "
                                       "numbers brought up to date (LibreOffice must be installed)."))
@lang_option(N_("Language of labels and messages (default: the manual's)."))
def build(path, old_path, out, draft, as_of, rev, repo, today, copies, pdf, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.check import Scope
    from isodocs.render.text.diagnostics import summary, text_lines

    if draft and (as_of or copies):
        raise click.UsageError(Msg("--draft renders the newest content: it takes neither --as-of nor --copies")
                               .say(spoken()))

    def command():
        built = commands.build(path, out, draft, day(as_of), rev, repo, day(today), copies, lang, pdf)
        language = built.language
        for line in text_lines(built.diagnostics, language, style(err=True)):
            say(line, err=True)
        warning = Msg("warning").say(language)
        for left in built.left_out:
            say(f"isodocs: {warning}: {left.message().say(language)}", err=True)
        if built.refused:
            if built.has_errors:
                say(summary(built.diagnostics, Scope.of(built.loaded), language), err=True)
            say(f"isodocs: {built.refused.say(language)}", err=True)
            return exitcodes.of(built.outcome)
        if built.no_distribution:
            why = Msg("isodocs.yaml has no distribution list; no numbered copies written").say(language)
            say(f"isodocs: {warning}: {why}", err=True)
        files = Plural("{n} file", "{n} files", n=len(built.written) - built.kept)
        documents = Plural("{n} document", "{n} documents", n=len(built.manual.documents))
        if built.written and built.kept == len(built.written):
            said = Msg("Nothing to write in {folder}: its {files} ({documents}) were already up to date.",
                       folder=built.folder, documents=documents,
                       files=Plural("{n} file", "{n} files", n=built.kept))
        elif built.kept:  # what the build cache knew was already right is not written again
            said = Msg("Wrote {files} to {folder} ({documents}); {kept}.", files=files, folder=built.folder,
                       documents=documents, kept=Plural("{n} other was already up to date",
                                                        "{n} others were already up to date", n=built.kept))
        else:
            said = Msg("Wrote {files} to {folder} ({documents}).", folder=built.folder, files=files,
                       documents=documents)
        say(said.say(language))
        return exitcodes.of(built.outcome)

    run(command, lang)


@main.command(help=N_(
    "Whether FILE.docx is exactly what isodocs builds from the state it records, and whether each\n"
    "document in it is still the revision in force. -C: a folder of the repository (default: the\n"
    "current one). Exit 1 when it was edited after it was built or holds a revision no longer in force."))
@click.argument("file", type=PathType(dir_okay=False))
@manual_options
@repo_option(N_("The Git repository (bare, as on a forge) the file was built from."))
@today_option(N_("Judge what is in force as on this day (default: today)."))
@FORMAT_OPTION
@LANG_OPTION
def verify(file, path, old_path, repo, today, fmt, lang):
    path = manual_folder(path, old_path)
    lang = lang or spoken()
    from pathlib import Path

    from isodocs import commands
    from isodocs.render.json.verify import to_json
    from isodocs.render.text.verify import lines

    def command():
        verdict = commands.verify(file, path, repo, day(today))
        name = Path(file).name
        for line in [to_json(verdict, name)] if fmt == "json" else lines(verdict, name, lang):
            say(line)
        return exitcodes.OK if verdict.ok else exitcodes.FINDINGS

    run(command, lang)


@main.command(help=N_(
    "Each holder of a numbered controlled copy, the revision of each document their copy holds,\n"
    "and the documents to recall because a later revision is in force or the document was withdrawn."))
@manual_options
@rev_option(N_("The distribution list and approvals as in this commit, branch or tag (default: HEAD)."))
@REPO_OPTION
@today_option(N_("Judge what is in force as on this day (default: today)."))
@FORMAT_OPTION
@lang_option(N_("Language of the output (default: the manual's)."))
def distribution(path, old_path, rev, repo, today, fmt, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.distribution import to_json
    from isodocs.render.text.distribution import lines

    def command():
        found = commands.distribution(path, rev, repo, day(today))
        language = choose_language(lang, found.manual.config.language)
        if found.uncommitted:
            say("isodocs: " + Msg("note: isodocs.yaml has changes that are not committed; the distribution list "
                                  "is read as committed").say(language), err=True)
        for line in [to_json(found.holders)] if fmt == "json" else lines(found.holders, language):
            say(line)
        return exitcodes.of(found.outcome)

    run(command, lang)
