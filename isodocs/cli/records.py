"""Commands on the manual's records in Git: approve, withdraw, status, history; and what every
command that writes a record shares (legal ack is one)."""

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
    _load,
    _run,
    _say,
    _style,
    lang_option,
    manual_option,
    option,
    options,
    rev_option,
    today_option,
)
from isodocs.i18n import N_, Joined, Msg


def record_options(date_help: str, sign_help: str):
    """The options a command writing a record takes after its own: --date, --sign, --manual,
    --repo and --lang."""
    return options(
        option("--date", "day", type=DATE, help=date_help),
        option("--sign", is_flag=True, help=sign_help),
        manual_option(),
        REPO_OPTION,
        LANG_VI_OPTION,
    )


def _refused(exc) -> Halt:
    return Halt(exitcodes.FINDINGS, Joined((Msg("refused; nothing was written:"),
                                            *(r.message() for r in exc.refusals)), "\n"))


def _record_command(lang: str, write):
    """Run an approve/withdraw write, turning refusals and moved branches into exit codes."""
    from isodocs.history.approve import Refused, open_target
    from isodocs.history.gitwrite import RefMoved
    from isodocs.load.source import SourceError

    try:
        return write(open_target)
    except SourceError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
    except Refused as exc:
        raise _refused(exc) from None
    except RefMoved as exc:
        raise Halt(exitcodes.CANNOT_RUN, Msg("{exc} moved while recording; nothing was written, run it again", exc=exc)) from None


def _signer(sign: bool, repo: str | None, path: str | None):
    """The signing function for --sign (None without it)."""
    if not sign:
        return None
    from isodocs.history.signing import SigningProblem, signer_for

    try:
        return signer_for(repo or path or ".")
    except SigningProblem as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.message) from None


@main.command(help=N_("Record that a leader approved the committed content of documents CODES at their revision."))
@click.argument("codes", nargs=-1)
@option("--all", "every", is_flag=True, help=N_("Every document whose committed content is not yet approved."))
@option("--by", required=True, help=N_("The approver's id in isodocs.yaml (people)."))
@option("--decision", default="", help=N_("Number of the issuing decision, e.g. 15/QĐ-UBND."))
@record_options(N_("Date of the approval (default: today)."),
                N_("Sign the approval commit with the key Git's configuration names."))
def approve(codes, every, by, decision, day, sign, path, repo, lang):
    from isodocs.history.approve import approve as record

    if not codes and not every:
        raise click.UsageError("name the documents to approve, or use --all")

    def command():
        written = _record_command(lang, lambda open_target: record(
            open_target(path, repo), codes, every, by, _day(day), decision, _signer(sign, repo, path)))
        if written is None:
            _say(Msg("Nothing to approve.").say(lang))
        else:
            for name in written.files:
                _say(name)
            _say(Msg("Approval recorded in commit {commit}", commit=written.commit[:12]).say(lang))
        return exitcodes.OK

    _run(command, lang)


@main.command(help=N_("Record that document CODE is withdrawn: no revision of it is in force any more."))
@click.argument("code")
@option("--by", required=True, help=N_("The approver's id in isodocs.yaml (people)."))
@option("--reason", default="", help=N_("Why the document is withdrawn."))
@record_options(N_("Date of the withdrawal (default: today)."),
                N_("Sign the withdrawal commit with the key Git's configuration names."))
def withdraw(code, by, reason, day, sign, path, repo, lang):
    from isodocs.history.approve import withdraw as record

    def command():
        written = _record_command(lang, lambda open_target: record(
            open_target(path, repo), code, by, _day(day), reason, _signer(sign, repo, path)))
        _say(Msg("Withdrawal recorded in commit {commit}", commit=written.commit[:12]).say(lang))
        return exitcodes.OK

    _run(command, lang)


@main.command(help=N_("Each document's state, the revision in force, and its next periodic review."))
@PATH_ARGUMENT
@rev_option(N_("The manual as it is in this commit, branch or tag."))
@REPO_OPTION
@today_option(N_("Judge states and review dates as of this day (default: today)."))
@FORMAT_OPTION
@lang_option(N_("Language of the output (default: the manual's)."))
def status(path, rev, repo, today, fmt, lang):
    from isodocs.check import Context
    from isodocs.check.approvals import approved_content_unchanged
    from isodocs.diagnostics import has_errors
    from isodocs.model.lifecycle import statuses
    from isodocs.render.json.status import status_json
    from isodocs.render.text.diagnostics import text_lines
    from isodocs.render.text.status import status_lines

    def command():
        loaded = _load(path, rev, repo)
        language = _lang(lang, loaded)
        if loaded.manual is None:
            for line in text_lines(loaded.diagnostics, language, _style(err=True)):
                _say(line, err=True)
            return exitcodes.FINDINGS
        found = statuses(loaded.manual, _day(today))
        if fmt == "json":
            _say(status_json(found))
        else:
            for line in status_lines(found, language, _style()):
                _say(line)
        # only the rule on approved content: status needs no full check
        tampered = list(approved_content_unchanged(Context(loaded.manual, loaded)))
        for line in text_lines(tampered, language, _style(err=True)):
            _say(line, err=True)
        return exitcodes.FINDINGS if has_errors(tampered) else exitcodes.OK

    _run(command, lang)


@main.command(help=N_("Every revision of document CODE: its changes row, the commits that touched it, and its\napproval with the signature state; without CODE, a line for each document. PATH is the\nmanual's folder (default: the current one); a lone argument naming a folder is PATH."))
@click.argument("code", required=False)
@PATH_ARGUMENT
@rev_option(N_("The history up to this commit, branch or tag (default: HEAD)."))
@REPO_OPTION
@FORMAT_OPTION
@lang_option(N_("Language of the output (default: the manual's)."))
def history(code, path, rev, repo, fmt, lang):
    from isodocs.history import revisions
    from isodocs.load.cache import for_source
    from isodocs.load.source import SourceError
    from isodocs.render.json.history import json_pieces
    from isodocs.render.text.diagnostics import text_lines
    from isodocs.render.text.history import document_lines, table_lines

    def command():
        wanted, folder = (None, code) if code and path is None and _names_folder(code, rev, repo) else (code, path)
        try:
            source = revisions.open_history(folder, rev, repo)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.message) from None
        loaded = revisions.load_for(source, wanted)
        language = _lang(lang, loaded)
        if loaded.manual is None:
            for line in text_lines(loaded.diagnostics, language, _style(err=True)):
                _say(line, err=True)
            return exitcodes.FINDINGS
        if wanted is not None and not revisions.known(loaded.manual, wanted):
            raise Halt(exitcodes.CANNOT_RUN, Msg("no document {wanted} in {label}; `isodocs history` lists them", wanted=wanted, label=source.label))
        walked = revisions.walk_for(source, loaded.manual, wanted)
        known_revisions = for_source(source, "revisions", keep_all=True)
        found = revisions.histories(source.repo, loaded.manual, walked, None if wanted is None else [wanted],
                                    cache=known_revisions)
        if fmt == "json":
            lines = json_pieces(found, str(folder or "."), source.commit)
        else:
            lines = document_lines(found[0], language) if wanted else table_lines(found, language)
        for line in lines:
            _say(line)
        if known_revisions is not None:  # read while the lines were written
            known_revisions.save()
        return exitcodes.OK

    _run(command, lang)


def _names_folder(arg: str, rev: str | None, repo: str | None) -> bool:
    """Whether a lone argument of `history` is the manual's folder rather than a code: a
    folder on disk, or with --repo a manual's folder inside the repository."""
    if repo is None:
        return Path(arg).is_dir()
    from isodocs.load.source import SourceError, open_source

    try:
        open_source(arg, rev, repo)
    except SourceError:
        return False
    return True
