"""The isodocs command line: thin commands over the core. Exit codes: isodocs.exitcodes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import exitcodes

LANGS = click.Choice(["vi", "en"])
FORMATS = click.Choice(["text", "json"])


class Halt(Exception):
    """Stop a command with a message in both languages and an exit code."""

    def __init__(self, code: int, en: str, vi: str):
        super().__init__(en)
        self.code = code
        self.text = {"en": en, "vi": vi}


def _say(text: str, err: bool = False) -> None:
    click.echo(text, err=err, color=_colour(err))


def _colour(err: bool = False) -> bool:
    stream = sys.stderr if err else sys.stdout
    return "NO_COLOR" not in os.environ and stream.isatty()


def _style(err: bool = False):
    colour = _colour(err)
    return (lambda text, **kw: click.style(text, **kw)) if colour else (lambda text, **kw: text)


def _open(path: str | None, rev: str | None, repo: str | None = None):
    """Load the manual at PATH (or its state at REV) and check it."""
    from .check import check
    from .load.manual import load
    from .load.source import SourceError, open_source

    try:
        loaded = load(open_source(path, rev, repo))
    except SourceError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
    return loaded, check(loaded)


REPO_OPTION = click.option(
    "--repo", type=click.Path(), help="A Git repository (bare, as on a forge) holding the manual; "
    "PATH is then the manual's folder inside it, read at --rev (default HEAD).")
DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value) -> "dt.date":
    import datetime as dt

    return value.date() if value else dt.date.today()


def _lang(option: str | None, loaded) -> str:
    if option:
        return option
    return loaded.manual.config.language if loaded is not None and loaded.manual else "vi"


def _run(command, lang_option: str | None):
    lang = lang_option or "vi"
    try:
        code = command()
    except Halt as exc:
        _say(f"isodocs: {exc.text[lang]}", err=True)
        code = exc.code
    except Exception as exc:  # a bug in isodocs, not in the manual: say so, and never as "findings"
        if os.environ.get("ISODOCS_DEBUG"):
            raise
        where = "lỗi nội bộ" if lang == "vi" else "internal error"
        advice = ("hãy báo lỗi kèm lệnh đã chạy (ISODOCS_DEBUG=1 để xem chi tiết)" if lang == "vi"
                  else "please report it with the command you ran (ISODOCS_DEBUG=1 shows details)")
        _say(f"isodocs: {where}: {type(exc).__name__}: {exc}; {advice}", err=True)
        code = exitcodes.CANNOT_RUN
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="isodocs")
def main() -> None:
    """isodocs: document control for ISO 9001 quality manuals kept in Git.

    Exit codes: 0 success, 1 the manual has errors, 2 the command could not run.
    """


@main.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--rev", help="Check the manual as it is in this commit, branch or tag.")
@REPO_OPTION
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the messages (default: the manual's).")
def check(path, rev, repo, fmt, lang):
    """Validate the manual at PATH (default: the current folder)."""
    from .diagnostics import has_errors
    from .report import summary, text_lines, to_json

    def command():
        loaded, diagnostics = _open(path, rev, repo)
        language = _lang(lang, loaded)
        if fmt == "json":
            _say(to_json(diagnostics, loaded.manual, str(path or "."), language))
        else:
            for line in text_lines(diagnostics, language, _style()):
                _say(line)
            _say(summary(diagnostics, loaded.manual, language))
        return exitcodes.FINDINGS if has_errors(diagnostics) else exitcodes.OK

    _run(command, lang)


@main.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("-o", "--output", "out", type=click.Path(file_okay=False), help="Output folder (default: PATH/build).")
@click.option("--rev", help="Build the manual as it is in this commit, branch or tag.")
@click.option("--lang", type=LANGS, help="Language of labels and messages (default: the manual's).")
def build(path, out, rev, lang):
    """Render the manual at PATH as controlled DOCX files: manual.docx and one file per document."""
    from .build import render_all
    from .diagnostics import has_errors
    from .output import write_all
    from .render.labels import TemplateProblem
    from .report import summary, text_lines

    def command():
        loaded, diagnostics = _open(path, rev)
        language = _lang(lang, loaded)
        for line in text_lines(diagnostics, language, _style(err=True)):
            _say(line, err=True)
        if has_errors(diagnostics) or loaded.manual is None:
            _say(summary(diagnostics, loaded.manual, language), err=True)
            raise Halt(exitcodes.FINDINGS, "the manual has errors; nothing was built",
                       "sổ tay còn lỗi; chưa tạo tệp nào")
        try:
            files = render_all(loaded.manual, language)
        except TemplateProblem as exc:
            raise Halt(exitcodes.FINDINGS, str(exc), str(exc)) from None
        folder = Path(out) if out else Path(path or ".") / "build"
        try:
            written = write_all(folder, files)
        except OSError as exc:
            raise Halt(exitcodes.CANNOT_RUN, f"cannot write to {folder}: {exc.strerror or exc}",
                       f"không ghi được vào {folder}: {exc.strerror or exc}") from None
        if language == "vi":
            _say(f"Đã tạo {len(written)} tệp trong {folder} ({len(loaded.manual.documents)} tài liệu).")
        else:
            _say(f"Wrote {len(written)} files to {folder} ({len(loaded.manual.documents)} documents).")
        return exitcodes.OK

    _run(command, lang)


@main.command()
@click.argument("code", required=False)
@click.option("--lang", type=LANGS, default="vi", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def rules(code, lang, fmt):
    """List every diagnostic isodocs reports, or explain one (e.g. `isodocs rules P501`)."""
    from .report import rules_markdown
    from .rules import ALL

    def command():
        if fmt == "markdown":
            _say(rules_markdown())
            return exitcodes.OK
        if code is None:
            for rule in ALL.values():
                _say(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<24} {rule.message.get(lang)}")
            return exitcodes.OK
        rule = ALL.get(code.upper())
        if rule is None:
            raise Halt(exitcodes.CANNOT_RUN, f"no rule {code}; `isodocs rules` lists them",
                       f"không có quy tắc {code}; `isodocs rules` liệt kê tất cả")
        _say(f"{rule.code} {rule.name} ({rule.severity.value})")
        _say(rule.message.get(lang))
        for hint in rule.hints:
            _say(f"  - {hint.get(lang)}")
        if rule.doc:
            _say(rule.doc)
        return exitcodes.OK

    _run(command, lang)


def _refused(exc, lang: str) -> Halt:
    lines = [r.text(lang) for r in exc.refusals]
    head = ("refused; nothing was written:", "từ chối; không ghi gì:")
    return Halt(exitcodes.FINDINGS, "\n".join([head[0], *lines]), "\n".join([head[1], *lines]))


def _record_command(lang: str, write):
    """Run an approve/withdraw write, turning refusals and moved branches into exit codes."""
    from .history.approve import Refused, open_target
    from .history.gitwrite import RefMoved
    from .load.source import SourceError

    try:
        return write(open_target)
    except SourceError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
    except Refused as exc:
        raise _refused(exc, lang) from None
    except RefMoved as exc:
        raise Halt(exitcodes.CANNOT_RUN, f"{exc} moved while recording; nothing was written, run it again",
                   f"{exc} vừa bị thay đổi trong lúc ghi; chưa ghi gì, hãy chạy lại") from None


@main.command()
@click.argument("codes", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every document whose committed content is not yet approved.")
@click.option("--by", required=True, help="The approver's id in isodocs.yaml (people).")
@click.option("--decision", default="", help="Number of the issuing decision, e.g. 15/QĐ-UBND.")
@click.option("--date", "day", type=DATE, help="Date of the approval (default: today).")
@click.option("--sign", is_flag=True, help="Sign the approval commit with the key Git's configuration names.")
@click.option("--manual", "path", type=click.Path(file_okay=False), help="The manual's folder (default: the current one).")
@REPO_OPTION
@click.option("--lang", type=LANGS, default="vi", show_default=True)
def approve(codes, every, by, decision, day, sign, path, repo, lang):
    """Record that a leader approved the committed content of documents CODES at their revision."""
    from .history.approve import approve as record

    if not codes and not every:
        raise click.UsageError("name the documents to approve, or use --all")

    def command():
        written = _record_command(lang, lambda open_target: record(
            open_target(path, repo), codes, every, by, _day(day), decision, _signer(sign, repo, path)))
        if written is None:
            _say("Không có gì cần phê duyệt." if lang == "vi" else "Nothing to approve.")
        else:
            for name in written.files:
                _say(name)
            _say(f"{'Đã ghi phê duyệt trong commit' if lang == 'vi' else 'Approval recorded in commit'} {written.commit[:12]}")
        return exitcodes.OK

    _run(command, lang)


@main.command()
@click.argument("code")
@click.option("--by", required=True, help="The approver's id in isodocs.yaml (people).")
@click.option("--reason", default="", help="Why the document is withdrawn.")
@click.option("--date", "day", type=DATE, help="Date of the withdrawal (default: today).")
@click.option("--sign", is_flag=True, help="Sign the withdrawal commit with the key Git's configuration names.")
@click.option("--manual", "path", type=click.Path(file_okay=False), help="The manual's folder (default: the current one).")
@REPO_OPTION
@click.option("--lang", type=LANGS, default="vi", show_default=True)
def withdraw(code, by, reason, day, sign, path, repo, lang):
    """Record that document CODE is withdrawn: no revision of it is in force any more."""
    from .history.approve import withdraw as record

    def command():
        written = _record_command(lang, lambda open_target: record(
            open_target(path, repo), code, by, _day(day), reason, _signer(sign, repo, path)))
        _say(f"{'Đã ghi thu hồi trong commit' if lang == 'vi' else 'Withdrawal recorded in commit'} {written.commit[:12]}")
        return exitcodes.OK

    _run(command, lang)


def _signer(sign: bool, repo: str | None, path: str | None):
    """The signing function for --sign (None without it)."""
    if not sign:
        return None
    from .history.signing import SigningProblem, signer_for

    try:
        return signer_for(repo or path or ".")
    except SigningProblem as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.en, exc.vi) from None


@main.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--rev", help="The manual as it is in this commit, branch or tag.")
@REPO_OPTION
@click.option("--today", type=DATE, help="Judge states and review dates as of this day (default: today).")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the output (default: the manual's).")
def status(path, rev, repo, today, fmt, lang):
    """Each document's state, the revision in force, and its next periodic review."""
    from .diagnostics import has_errors
    from .history.lifecycle import statuses
    from .report import status_json, status_lines, text_lines

    def command():
        loaded, diagnostics = _open(path, rev, repo)
        language = _lang(lang, loaded)
        if loaded.manual is None:
            for line in text_lines(diagnostics, language, _style(err=True)):
                _say(line, err=True)
            return exitcodes.FINDINGS
        found = statuses(loaded.manual, _day(today))
        if fmt == "json":
            _say(status_json(found))
        else:
            for line in status_lines(found, language, _style()):
                _say(line)
        tampered = [d for d in diagnostics if d.code == "D315"]
        for line in text_lines(tampered, language, _style(err=True)):
            _say(line, err=True)
        return exitcodes.FINDINGS if has_errors(tampered) else exitcodes.OK

    _run(command, lang)
