"""The secretary's commands: init (start a manual), new (a new document), revise (a document's
next revision)."""

from __future__ import annotations

import sys

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.console import say
from isodocs.cli.edge import PathType, spoken
from isodocs.cli.options import DATE, LANG_OPTION, day, manual_option, option
from isodocs.cli.run import run
from isodocs.edit.starter import LEVELS
from isodocs.i18n import N_, Msg, formats
from isodocs.model.manual import CHANGE_REASONS, KINDS


@main.command(help=N_(
    "Start a manual in DIR (default: the current folder), which must be new or empty: isodocs.yaml,\n"
    "the system documents as drafts that check clean, a legal register, editor settings that\n"
    "attach the schemas, a .gitignore, and the first commit of a new Git repository."))
@click.argument("folder", required=False, metavar="[DIR]", type=PathType(file_okay=False))
@option("--agency", required=True, help=N_("The agency's full name, e.g. \"Ủy ban nhân dân xã Tân Phú\"."))
@option("--parent", default="",
        help=N_("The parent agency (cơ quan chủ quản), e.g. \"Ủy ban nhân dân tỉnh Đồng Nai\"."))
@option("--level", type=click.Choice(LEVELS), help=N_(
    "The agency's level, for the titles and units the drafts name: xa, phuong, dac_khu, tinh, so or khac\n"
    "(another agency); default: read from the agency's name."))
@option("--author", help=N_("The first commit's author, \"Name <email>\" (default: Git's configuration, or asked)."))
@option("--date", type=DATE, help=N_("The drafts' issue date, YYYY-MM-DD (default: today)."))
@manual_option()
@LANG_OPTION
def init(folder, agency, parent, level, author, date, path, lang):
    lang = lang or spoken()
    from isodocs import commands
    from isodocs.cli.options import manual_folder

    base = manual_folder(path, None)
    if base is not None:  # `isodocs init -C DIR [SUB]`, `isodocs -C DIR init [SUB]`: as `git -C DIR init [SUB]`
        folder = f"{base}/{folder}" if folder else base

    def ask() -> str | None:
        if not sys.stdin.isatty():
            return None
        return click.prompt(Msg("Author of the first commit (Name <email>)").say(lang), default="", show_default=False)

    def command():
        started = commands.init(folder, agency, parent, level, author, day(date), ask)
        shown = started.folder
        say(Msg("Started the quality manual of {agency} in {folder}:", agency=started.agency, folder=shown).say(lang))
        for name in started.files:
            say(f"  {name}")
        if started.repository:
            say("isodocs: " + Msg("note: {folder} lies in the Git repository {repository}; the files were not "
                                  "committed: add and commit them there", folder=shown,
                                  repository=started.repository).say(lang), err=True)
        elif started.existing:
            say(Msg("First commit in the existing Git repository, by {author}.", author=started.author).say(lang))
        else:
            say(Msg("New Git repository, with a first commit by {author}.", author=started.author).say(lang))
        say(Msg("Next: put your people in isodocs.yaml, open the folder in VS Code, and run: isodocs check -C {folder}",
                folder=shown).say(lang))
        return exitcodes.of(started.outcome)

    run(command, lang)


@main.command("new", help=N_(
    "Write a new document of KIND (policy, objectives, manual, procedure, guideline, form): revision 1,\n"
    "its people taken from isodocs.yaml, a draft that checks clean, with the schema attached for editors."))
@click.argument("kind", type=click.Choice(KINDS), metavar="KIND")
@option("--code", required=True, help=N_("The new document's code, e.g. QT-05."))
@option("--title", required=True, help=N_("The new document's title."))
@option("--prepared-by", help=N_("Who prepares it: an id under people (default: the first who is neither "
                                 "reviewer nor approver)."))
@option("--reviewed-by", help=N_("Who reviews it: an id under roles.reviewers (default: the first one)."))
@option("--approved-by", help=N_("Who approves it: an id under roles.approvers (default: the first one)."))
@option("--date", type=DATE, help=N_("Its issue date, YYYY-MM-DD (default: today)."))
@manual_option()
@LANG_OPTION
def new(kind, code, title, prepared_by, reviewed_by, approved_by, date, path, lang):
    lang = lang or spoken()
    from isodocs import commands
    from isodocs.cli.options import manual_folder

    path = manual_folder(path, None)

    from isodocs.render.difflabels import VALUES

    def command():
        created = commands.new_document(kind, code, title, path, day(date), prepared_by, reviewed_by, approved_by)
        people = created.people
        say(created.path)
        say(Msg("{code} ({kind}), revision 1 of {date}: prepared by {prepared}, reviewed by {reviewed}, approved "
                "by {approved}.", code=created.code, kind=VALUES["kind"][created.kind],
                date=formats.date(created.day), prepared=people.prepared_by, reviewed=people.reviewed_by,
                approved=people.approved_by).say(lang))
        return exitcodes.of(created.outcome)

    run(command, lang)


@main.command(help=N_(
    "Open the next revision of document CODE, edited in place (comments and layout kept): revision + 1,\n"
    "issue date (and effective date, when written) set to --date, and a row added to its changes."))
@click.argument("code")
@option("--reason", required=True, type=click.Choice(CHANGE_REASONS), help=N_("Why the document changes."))
@option("--summary", required=True, help=N_("What changed (mô tả nội dung sửa đổi)."))
@option("--sections", default="", help=N_("The pages or sections changed, e.g. \"Mục 5, bước 2\"."))
@option("--refs", multiple=True, help=N_("A legal number or document code that caused the change (repeat the "
                                         "option, or separate them with commas)."))
@option("--date", type=DATE, help=N_("The new revision's issue date, YYYY-MM-DD (default: today)."))
@manual_option()
@LANG_OPTION
def revise(code, reason, summary, sections, refs, date, path, lang):
    lang = lang or spoken()
    from isodocs import commands
    from isodocs.cli.options import manual_folder

    path = manual_folder(path, None)

    from isodocs.render.difflabels import VALUES

    def command():
        revised = commands.revise(code, reason, summary, path, day(date), sections, refs)
        say(revised.path)
        say(Msg("{code}: revision {revision} of {date} ({reason}). Check it, commit it, then have it approved: "
                "isodocs approve {code} --by {approver}", code=revised.code, revision=revised.revision,
                date=formats.date(revised.day), reason=VALUES["reason"][revised.reason],
                approver=revised.approver).say(lang))
        if revised.unrecorded:
            say("isodocs: " + Msg("note: no approval of revision {previous} of {code} is recorded; revision {revision} "
                                  "awaits approval in its place", previous=revised.revision - 1, code=revised.code,
                                  revision=revised.revision).say(lang), err=True)
        return exitcodes.of(revised.outcome)

    run(command, lang)
