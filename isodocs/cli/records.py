"""Commands on the manual's records in Git: approve, withdraw, status, history."""

from __future__ import annotations

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.console import say, style
from isodocs.cli.edge import spoken
from isodocs.cli.options import (
    FORMAT_OPTION,
    REPO_OPTION,
    ApprovalDates,
    day,
    lang_option,
    manual_folder,
    manual_options,
    option,
    record_options,
    rev_option,
    today_option,
)
from isodocs.cli.run import run
from isodocs.i18n import N_, Msg, choose_language


@main.command(help=N_("Record that a leader approved the committed content of documents CODES at their revision."))
@click.argument("codes", nargs=-1)
@option("--all", "every", is_flag=True, help=N_("Every document whose committed content is not yet approved."))
@option("--by", required=True, help=N_("The approver's id in isodocs.yaml (people)."))
@option("--decision", default="", help=N_("Number of the issuing decision, e.g. 15/QĐ-UBND."))
@record_options(N_("Date of the approval, YYYY-MM-DD (default: today); CODE=YYYY-MM-DD for one document's "
                   "own date (repeat for more)."),
                N_("Sign the approval commit with the key Git's configuration names."), dated=ApprovalDates())
def approve(codes, every, by, decision, day_, sign, path, repo, lang):
    lang = lang or spoken()
    from isodocs import commands

    if not codes and not every:
        raise click.UsageError(Msg("name the documents to approve, or use --all").say(spoken()))

    def command():
        written = commands.approve(codes, by, every, day_.get(None), decision, sign, path, repo,
                                   {code: date for code, date in day_.items() if code is not None})
        if written is None:
            say(Msg("Nothing to approve.").say(lang))
        else:
            for name in written.files:
                say(name)
            say(Msg("Approval recorded in commit {commit}", commit=written.commit[:12]).say(lang))
        return exitcodes.OK

    run(command, lang)


@main.command(help=N_("Record that document CODE is withdrawn: no revision of it is in force any more."))
@click.argument("code")
@option("--by", required=True, help=N_("The approver's id in isodocs.yaml (people)."))
@option("--reason", default="", help=N_("Why the document is withdrawn."))
@record_options(N_("Date of the withdrawal (default: today)."),
                N_("Sign the withdrawal commit with the key Git's configuration names."))
def withdraw(code, by, reason, day_, sign, path, repo, lang):
    lang = lang or spoken()
    from isodocs import commands

    def command():
        written = commands.withdraw(code, by, day(day_), reason, sign, path, repo)
        say(Msg("Withdrawal recorded in commit {commit}", commit=written.commit[:12]).say(lang))
        return exitcodes.OK

    run(command, lang)


@main.command(help=N_("Each document's state, the revision in force, and its next periodic review."))
@manual_options
@rev_option(N_("The manual as it is in this commit, branch or tag."))
@REPO_OPTION
@today_option(N_("Judge states and review dates as of this day (default: today)."))
@FORMAT_OPTION
@lang_option(N_("Language of the output (default: the manual's)."))
def status(path, old_path, rev, repo, today, fmt, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.status import status_json
    from isodocs.render.text.diagnostics import text_lines
    from isodocs.render.text.status import status_lines

    def command():
        found = commands.status(path, rev, repo, day(today))
        language = choose_language(lang, found.manual.config.language)
        for line in [status_json(found.statuses)] if fmt == "json" else status_lines(found.statuses, language,
                                                                                       style()):
            say(line)
        for line in text_lines(found.tampered, language, style(err=True)):
            say(line, err=True)
        return exitcodes.of(found.outcome)

    run(command, lang)


@main.command(help=N_(
    "Every revision of document CODE: its changes row, the commits that touched it, and its\n"
    "approval with the signature state; without CODE, a line for each document. A lone argument\n"
    "naming a folder is the manual's folder."))
@click.argument("code", required=False)
@manual_options
@rev_option(N_("The history up to this commit, branch or tag (default: HEAD)."))
@REPO_OPTION
@FORMAT_OPTION
@lang_option(N_("Language of the output (default: the manual's)."))
def history(code, path, old_path, rev, repo, fmt, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.history import json_pieces
    from isodocs.render.text.history import document_lines, table_lines

    def command():
        found = commands.history(code, path, rev, repo, details=fmt == "json")
        language = choose_language(lang, found.manual.config.language)
        if fmt == "json":
            lines = json_pieces(found.histories, found.folder, found.commit)
        elif found.code:
            lines = document_lines(found.histories[0], language)
        else:
            lines = table_lines(found.histories, language)
        for line in lines:
            say(line)
        found.remember()  # what printing worked out, for the next run
        return exitcodes.of(found.outcome)

    run(command, lang)
