"""Commands on the legal register and what it bears on: legal list/show/ack, impact, coverage."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.console import say
from isodocs.cli.edge import spoken
from isodocs.cli.options import (
    FORMAT_OPTION,
    REPO_OPTION,
    day,
    docx_output_option,
    format_option,
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

REGISTER_REV_OPTION = rev_option(N_("Read the register as it is in this commit, branch or tag."))
OUTPUT_LANG_OPTION = lang_option(N_("Language of the output (default: the manual's)."))
REPORT_LANG_OPTION = lang_option(N_("Language of the report (default: the manual's)."))


@main.group(help=N_("The legal register: list its entries, or show one with its relations and citations."))
def legal() -> None:
    pass


@legal.command("list", help=N_("Every register entry of the manual: number, status, date, citing "
                               "documents, title."))
@manual_options
@option("--status", type=click.Choice(["in_force", "partly_expired", "expired", "not_yet_effective", "suspended"]),
        help=N_("Only the entries of this status."))
@REGISTER_REV_OPTION
@FORMAT_OPTION
@OUTPUT_LANG_OPTION
def legal_list(path, old_path, status, rev, fmt, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.legal import list_json
    from isodocs.render.text.legal import list_lines, listed

    def command():
        register = commands.register(path, rev)
        entries = listed(register, status)
        language = choose_language(lang, register.manual.config.language)
        for line in [list_json(register, entries)] if fmt == "json" else list_lines(register, entries, language):
            say(line)
        return exitcodes.OK

    run(command, lang)


@legal.command("show", help=N_("One register entry (Đ or D, any case): its relations both ways and every document "
                               "citing it."))
@click.argument("number")
@manual_options
@REGISTER_REV_OPTION
@FORMAT_OPTION
@OUTPUT_LANG_OPTION
def legal_show(number, path, old_path, rev, fmt, lang):
    path = manual_folder(path, old_path)
    import json

    from isodocs import commands
    from isodocs.render.json.legal import entry_json
    from isodocs.render.text.legal import show_lines

    def command():
        register, entry = commands.legal_entry(number, path, rev)
        language = choose_language(lang, register.manual.config.language)
        if fmt == "json":
            say(json.dumps(entry_json(register, entry), ensure_ascii=False, indent=2))
        else:
            for line in show_lines(register, entry, language):
                say(line)
        return exitcodes.OK

    run(command, lang)


@legal.command("ack", help=N_(
    "Record that a reviewer checked the change of entry NUMBER cited by document CODE and no\n"
    "revision is needed: `impact` stops flagging it until the entry changes again."))
@click.argument("code")
@click.argument("number")
@option("--by", required=True, help=N_("The reviewer's id in isodocs.yaml (roles.reviewers or approvers)."))
@option("--note", required=True, help=N_("Why no revision of the document is needed."))
@record_options(N_("Date of the review (default: today)."),
                N_("Sign the commit with the key Git's configuration names."))
def legal_ack(code, number, by, note, day_, sign, path, repo, lang):
    lang = lang or spoken()
    from isodocs import commands

    def command():
        written = commands.acknowledge(code, number, by, note, day(day_), sign, path, repo)
        for name in written.files:
            say(name)
        say(Msg("Review recorded in commit {commit}", commit=written.commit[:12]).say(lang))
        return exitcodes.OK

    run(command, lang)


@main.command(help=N_("Documents whose cited legal texts changed since their revision in force was approved.\n"
                      "Exit 0: nothing suspect; 1: suspect documents; 2: could not run."))
@manual_options
@option("--since", "since", help=N_("Only changes made after this commit, branch or tag."))
@rev_option(N_("The manual and its history up to this commit, branch or tag (default: HEAD)."))
@REPO_OPTION
@today_option(N_("The day that says which revision is in force (default: today)."))
@format_option("json", "docx")
@docx_output_option(N_("With --format docx: the file to write (default: build/impact.docx in the manual's folder)."))
@REPORT_LANG_OPTION
def impact(path, old_path, since, rev, repo, today, fmt, out, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.impact import to_json
    from isodocs.render.text.impact import text_lines

    def command():
        found = commands.impact(path, since, rev, repo, day(today))
        language = choose_language(lang, found.manual.config.language)
        if fmt == "json":
            say(to_json(found.impact))
        elif fmt == "docx":
            target = commands.impact_report(found, language, Path(out) if out else _report(path, "impact.docx"))
            say(Msg("Wrote {target}.", target=target).say(language))
        else:
            for line in text_lines(found.impact, language):
                say(line)
        return exitcodes.of(found.outcome)

    run(command, lang)


@main.command(help=N_("TTHC with and without a procedure, and the ISO 9001 clauses no document addresses."))
@manual_options
@format_option("json", "docx")
@docx_output_option(N_("With --format docx: the file to write (default: build/coverage.docx in the manual's folder)."))
@option("--fail-under", type=click.FloatRange(0, 100),
        help=N_("Exit with 1 when less than this percentage of the TTHC have a procedure."))
@rev_option(N_("Report on the manual as it is in this commit, branch or tag."))
@today_option(N_("The day the report gives its figures as of (default: today)."))
@REPORT_LANG_OPTION
def coverage(path, old_path, fmt, out, fail_under, rev, today, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.coverage import to_json
    from isodocs.render.labels import labels_for
    from isodocs.render.text.coverage import text_lines

    def command():
        found = commands.coverage(path, rev, day(today))
        language = choose_language(lang, found.manual.config.language)
        if fmt == "json":
            say(to_json(found.coverage, str(path or "."), language))
        elif fmt == "docx":
            target = commands.coverage_report(found, language, Path(out) if out else _report(path, "coverage.docx"))
            say(Msg("Wrote {target}.", target=target).say(language))
        else:
            for line in text_lines(found.coverage, labels_for(found.manual, language)):
                say(line)
        return exitcodes.FINDINGS if found.below(fail_under) else exitcodes.of(found.outcome)

    run(command, lang)


def _report(path: str | None, name: str) -> Path:
    """Where a report goes by default: the manual's build folder."""
    return Path(path or ".") / "build" / name
