"""Commands on the legal register and what it bears on: legal list/show/ack, impact, coverage."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.common import (
    FORMAT_OPTION,
    PATH_ARGUMENT,
    REPO_OPTION,
    Halt,
    _day,
    _loaded_manual,
    _run,
    _say,
    _write,
    format_option,
    lang_option,
    option,
    rev_option,
    today_option,
)
from isodocs.cli.records import _record_command, _signer, record_options
from isodocs.i18n import N_, Msg

REGISTER_REV_OPTION = rev_option(N_("Read the register as it is in this commit, branch or tag."))
OUTPUT_LANG_OPTION = lang_option(N_("Language of the output (default: the manual's)."))
REPORT_LANG_OPTION = lang_option(N_("Language of the report (default: the manual's)."))


def docx_output_option(help: str):
    """-o for a report that --format docx writes to a file."""
    return option("-o", "--output", "out", type=click.Path(dir_okay=False), help=help)


@main.group(help=N_("The legal register: list its entries, or show one with its relations and citations."))
def legal() -> None:
    pass


@legal.command("list", help=N_("Every register entry of the manual at PATH: number, status, date, citing documents, title."))
@PATH_ARGUMENT
@option("--status", type=click.Choice(["in_force", "partly_expired", "expired", "not_yet_effective", "suspended"]),
              help=N_("Only the entries of this status."))
@REGISTER_REV_OPTION
@FORMAT_OPTION
@OUTPUT_LANG_OPTION
def legal_list(path, status, rev, fmt, lang):
    from isodocs.render.json.legal import list_json
    from isodocs.render.text.legal import list_lines, listed

    _show_register(path, rev, fmt, lang, lambda manual, register: listed(register, status), list_json, list_lines)


@legal.command("show", help=N_("One register entry (Đ or D, any case): its relations both ways and every document citing it."))
@click.argument("number")
@PATH_ARGUMENT
@REGISTER_REV_OPTION
@FORMAT_OPTION
@OUTPUT_LANG_OPTION
def legal_show(number, path, rev, fmt, lang):
    import difflib
    import json

    from isodocs.render.json.legal import entry_json
    from isodocs.render.text.legal import show_lines

    def numbered(manual, register):
        entry = register.entry(number)
        if entry is None:
            close = difflib.get_close_matches(number, [e.number for e in manual.legal], n=1, cutoff=0.6)
            if close:
                raise Halt(exitcodes.CANNOT_RUN, Msg("{number} is not in the legal register; did you mean {close}?",
                                                     number=number, close=close[0]))
            raise Halt(exitcodes.CANNOT_RUN, Msg("{number} is not in the legal register", number=number))
        return entry

    _show_register(path, rev, fmt, lang, numbered,
                   lambda register, entry: json.dumps(entry_json(register, entry), ensure_ascii=False, indent=2),
                   show_lines)


def _show_register(path, rev, fmt, lang, pick, as_json, as_text) -> None:
    """Run a command that shows part of the register: `pick(manual, register)` chooses it (or
    stops the command), `as_json(register, part)` or `as_text(register, part, language)` says it."""
    from isodocs.model.register import analyse

    def command():
        manual, language = _loaded_manual(path, rev, lang)
        register = analyse(manual)
        part = pick(manual, register)
        if fmt == "json":
            _say(as_json(register, part))
        else:
            for line in as_text(register, part, language):
                _say(line)
        return exitcodes.OK

    _run(command, lang)


@legal.command("ack", help=N_("Record that a reviewer checked the change of entry NUMBER cited by document CODE and no\nrevision is needed: `impact` stops flagging it until the entry changes again."))
@click.argument("code")
@click.argument("number")
@option("--by", required=True, help=N_("The reviewer's id in isodocs.yaml (roles.reviewers or approvers)."))
@option("--note", required=True, help=N_("Why no revision of the document is needed."))
@record_options(N_("Date of the review (default: today)."),
                N_("Sign the commit with the key Git's configuration names."))
def legal_ack(code, number, by, note, day, sign, path, repo, lang):
    from isodocs.legal.ack import acknowledge

    def command():
        written = _record_command(lang, lambda open_target: acknowledge(
            open_target(path, repo), code, number, by, note, _day(day), _signer(sign, repo, path)))
        for name in written.files:
            _say(name)
        _say(Msg("Review recorded in commit {commit}", commit=written.commit[:12]).say(lang))
        return exitcodes.OK

    _run(command, lang)


@main.command(help=N_("Documents whose cited legal texts changed since their revision in force was approved.\nExit 0: nothing suspect; 1: suspect documents; 2: could not run."))
@PATH_ARGUMENT
@option("--since", "since", help=N_("Only changes made after this commit, branch or tag."))
@rev_option(N_("The manual and its history up to this commit, branch or tag (default: HEAD)."))
@REPO_OPTION
@today_option(N_("The day that says which revision is in force (default: today)."))
@format_option("json", "docx")
@docx_output_option(N_("With --format docx: the file to write (default: PATH/build/impact.docx)."))
@REPORT_LANG_OPTION
def impact(path, since, rev, repo, today, fmt, out, lang):
    import pygit2

    from isodocs.history.official import open_commit
    from isodocs.legal.impact import run
    from isodocs.load.source import SourceError
    from isodocs.render.json.impact import to_json
    from isodocs.render.text.impact import text_lines

    def command():
        try:
            source = open_commit(path, rev, repo)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
        if since is not None:
            try:
                source.repo.revparse_single(since).peel(pygit2.Commit)
            except (KeyError, ValueError, pygit2.GitError):
                raise Halt(exitcodes.CANNOT_RUN, Msg("--since {since}: no such commit, branch or tag", since=since)) from None
        manual, result = run(source, _day(today), since)
        if manual is None:
            raise Halt(exitcodes.CANNOT_RUN, Msg("the committed isodocs.yaml cannot be read: `isodocs check` says why"))
        language = lang or manual.config.language
        if fmt == "json":
            _say(to_json(result))
        elif fmt == "docx":
            _write_impact_docx(manual, result, language, Path(out) if out else Path(path or ".") / "build" / "impact.docx")
        else:
            for line in text_lines(result, language):
                _say(line)
        return exitcodes.FINDINGS if result.findings else exitcodes.OK

    _run(command, lang)


@main.command(help=N_("TTHC with and without a procedure, and the ISO 9001 clauses no document addresses."))
@PATH_ARGUMENT
@format_option("json", "docx")
@docx_output_option(N_("With --format docx: the file to write (default: PATH/build/coverage.docx)."))
@option("--fail-under", type=click.FloatRange(0, 100),
              help=N_("Exit with 1 when less than this percentage of the TTHC have a procedure."))
@rev_option(N_("Report on the manual as it is in this commit, branch or tag."))
@REPORT_LANG_OPTION
def coverage(path, fmt, out, fail_under, rev, lang):
    from isodocs.legal.coverage import coverage as measure
    from isodocs.render.json.coverage import to_json
    from isodocs.render.labels import TemplateProblem, labels_for
    from isodocs.render.text.coverage import text_lines

    def command():
        manual, language = _loaded_manual(path, rev, lang)
        cov = measure(manual)
        try:
            if fmt == "json":
                _say(to_json(cov, str(path or "."), language))
            elif fmt == "docx":
                target = Path(out) if out else Path(path or ".") / "build" / "coverage.docx"
                _write_coverage_docx(manual, cov, language, target)
            else:
                for line in text_lines(cov, labels_for(manual, language)):
                    _say(line)
        except TemplateProblem as exc:
            raise Halt(exitcodes.FINDINGS, exc.message()) from None
        percent = cov.tthc.percent
        if fail_under is not None and percent is not None and percent < fail_under:
            return exitcodes.FINDINGS
        return exitcodes.OK

    _run(command, lang)


def _write_impact_docx(manual, result, language: str, target: Path) -> None:
    from isodocs.render.build import source_date
    from isodocs.render.docx.impact import render_impact
    from isodocs.render.docx.manual import RenderOptions
    from isodocs.render.labels import TemplateProblem

    try:
        data = render_impact(manual, result, RenderOptions(stamp=source_date(manual), lang=language))
    except TemplateProblem as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.message()) from None
    _write(target, data)
    _say(Msg("Wrote {target}.", target=target).say(language))


def _write_coverage_docx(manual, cov, language: str, target: Path) -> None:
    from isodocs.render.build import source_date
    from isodocs.render.docx.coverage import render_coverage
    from isodocs.render.docx.manual import RenderOptions

    data = render_coverage(manual, cov, RenderOptions(stamp=source_date(manual), lang=language))
    _write(target, data)
    _say(Msg("Wrote {target}.", target=target).say(language))
