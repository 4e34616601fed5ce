"""The isodocs command line: thin commands over the core. Exit codes: isodocs.exitcodes."""

from __future__ import annotations

import contextlib
import gc
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


def _load(path: str | None, rev: str | None, repo: str | None = None):
    """Load the manual at PATH (or its state at REV)."""
    from .load.cache import for_source
    from .load.manual import load
    from .load.source import SourceError, open_source

    try:
        source = open_source(path, rev, repo)
        return load(source, cache=for_source(source))
    except SourceError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None


def _open(path: str | None, rev: str | None, repo: str | None = None, today=None):
    """Load the manual at PATH (or its state at REV) and check it (dates judged as on `today`)."""
    from .check import check

    loaded = _load(path, rev, repo)
    return loaded, check(loaded, today)


def _loaded_manual(path: str | None, rev: str | None, lang: str | None):
    """The manual and the language to speak; a manual that cannot be read at all (a broken
    isodocs.yaml) has its findings printed and stops the command with exit code 1."""
    from .report import summary, text_lines

    loaded = _load(path, rev)
    language = _lang(lang, loaded)
    if loaded.manual is None:
        for line in text_lines(loaded.diagnostics, language, _style(err=True)):
            _say(line, err=True)
        _say(summary(loaded.diagnostics, None, language), err=True)
        raise Halt(exitcodes.FINDINGS, "the manual cannot be read", "không đọc được sổ tay")
    return loaded.manual, language


REPO_OPTION = click.option(
    "--repo", type=click.Path(), help="A Git repository (bare, as on a forge) holding the manual; "
    "PATH is then the manual's folder inside it, read at --rev (default HEAD).")
DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value):
    """The date a --date/--today option gave, else today."""
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
    except BrokenPipeError:  # the reader went away (`isodocs coverage | head`): stop quietly
        with contextlib.suppress(OSError, ValueError):  # and let Python's final flush go nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = exitcodes.OK
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
    collect_less()


def collect_less() -> None:
    """A command builds large trees of small objects that live until it ends, which Python's
    default collector thresholds rescan again and again: at province scale a warm history walk
    took 1.36 s instead of 0.70 s, and a warm load 2.1 s instead of 1.8 s. Cycles are still
    collected, only less often."""
    gc.set_threshold(100_000, 50, 100)


@main.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--rev", help="Check the manual as it is in this commit, branch or tag.")
@REPO_OPTION
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the messages (default: the manual's).")
@click.option("--today", type=DATE, help="Judge dates (legal status) as on this day, YYYY-MM-DD (default: today).")
def check(path, rev, repo, fmt, lang, today):
    """Validate the manual at PATH (default: the current folder)."""
    from .diagnostics import has_errors
    from .report import summary, text_lines, to_json

    def command():
        from .impact import check_git

        loaded, diagnostics = _open(path, rev, repo, _day(today))
        # legal impact (L410-L412) needs the history: only for a manual in Git
        found = {d.sort_key(): d for d in [*diagnostics, *check_git(path, rev, repo, loaded, _day(today))]}
        diagnostics = sorted(found.values(), key=lambda d: d.sort_key()[:4])
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
@click.option("-o", "--output", "out", type=click.Path(file_okay=False),
              help="Output folder (default: PATH/build; with --repo, ./build).")
@click.option("--draft", is_flag=True, help="Render the newest content (the working tree, or --rev); "
              "documents not approved are marked DRAFT.")
@click.option("--as-of", "as_of", type=DATE, help="Render the revisions that were in force on this day.")
@click.option("--rev", help="Render the manual as it is in this commit, branch or tag (in force on its day).")
@REPO_OPTION
@click.option("--today", type=DATE, help="The day that says what is in force and what is obsolete (default: today).")
@click.option("--copies", is_flag=True, help="Also write one numbered controlled copy per row of the distribution list.")
@click.option("--lang", type=LANGS, help="Language of labels and messages (default: the manual's).")
def build(path, out, draft, as_of, rev, repo, today, copies, lang):
    """Render the manual at PATH as DOCX files: manual.docx and one file per document.

    By default each document's revision in force today, read from its approved commit in Git
    and marked CONTROLLED COPY; documents never approved are left out with a warning."""
    import dataclasses

    from .build import render_all, source_date
    from .check import check
    from .diagnostics import has_errors
    from .history.official import open_build, prepare
    from .load.source import SourceError
    from .output import write_all
    from .render.labels import TemplateProblem
    from .report import summary, text_lines

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
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--repo", type=click.Path(), help="The Git repository (bare, as on a forge) the file was built from.")
@click.option("--today", type=DATE, help="Judge what is in force as on this day (default: today).")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, default="vi", show_default=True)
def verify(file, path, repo, today, fmt, lang):
    """Whether FILE.docx is exactly what isodocs builds from the state it records, and whether each
    document in it is still the revision in force. PATH: a folder of the repository (default: the
    current one). Exit 1 when it was edited after it was built or holds a revision no longer in force."""
    from .build import version
    from .load.source import SourceError
    from .verify import lines, to_json
    from .verify import verify as check_file

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

    from .load.source import SourceError

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
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--rev", help="The distribution list and approvals as in this commit, branch or tag (default: HEAD).")
@REPO_OPTION
@click.option("--today", type=DATE, help="Judge what is in force as on this day (default: today).")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the output (default: the manual's).")
def distribution(path, rev, repo, today, fmt, lang):
    """Each holder of a numbered controlled copy, the revision of each document their copy holds,
    and the documents to recall because a later revision is in force or the document was withdrawn."""
    from .distribution import holders, lines, to_json
    from .history.official import ledger, open_commit
    from .load.source import SourceError

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
    from .check import Context
    from .check.approvals import approved_content_unchanged
    from .diagnostics import has_errors
    from .history.lifecycle import statuses
    from .report import status_json, status_lines, text_lines

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


@main.command()
@click.argument("code", required=False)
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--rev", help="The history up to this commit, branch or tag (default: HEAD).")
@REPO_OPTION
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the output (default: the manual's).")
def history(code, path, rev, repo, fmt, lang):
    """Every revision of document CODE: its changes row, the commits that touched it, and its
    approval with the signature state; without CODE, a line for each document. PATH is the
    manual's folder (default: the current one); a lone argument naming a folder is PATH."""
    from .history import revisions
    from .history_report import document_lines, json_pieces, table_lines
    from .load.cache import for_source
    from .load.source import SourceError
    from .report import text_lines

    def command():
        wanted, folder = (None, code) if code and path is None and _names_folder(code, rev, repo) else (code, path)
        try:
            source = revisions.open_history(folder, rev, repo)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
        loaded = revisions.load_for(source, wanted)
        language = _lang(lang, loaded)
        if loaded.manual is None:
            for line in text_lines(loaded.diagnostics, language, _style(err=True)):
                _say(line, err=True)
            return exitcodes.FINDINGS
        if wanted is not None and not revisions.known(loaded.manual, wanted):
            raise Halt(exitcodes.CANNOT_RUN, f"no document {wanted} in {source.label}; `isodocs history` lists them",
                       f"không có tài liệu {wanted} trong {source.label}; `isodocs history` liệt kê tất cả")
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
    from .load.source import SourceError, open_source

    try:
        open_source(arg, rev, repo)
    except SourceError:
        return False
    return True


@main.group()
def legal() -> None:
    """The legal register: list its entries, or show one with its relations and citations."""


@legal.command("list")
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--status", type=click.Choice(["in_force", "partly_expired", "expired", "not_yet_effective", "suspended"]),
              help="Only the entries of this status.")
@click.option("--rev", help="Read the register as it is in this commit, branch or tag.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the output (default: the manual's).")
def legal_list(path, status, rev, fmt, lang):
    """Every register entry of the manual at PATH: number, status, date, citing documents, title."""
    from .legal_report import list_json, list_lines, listed
    from .register import analyse

    def command():
        manual, language = _loaded_manual(path, rev, lang)
        register = analyse(manual)
        entries = listed(register, status)
        if fmt == "json":
            _say(list_json(register, entries))
        else:
            for line in list_lines(register, entries, language):
                _say(line)
        return exitcodes.OK

    _run(command, lang)


@legal.command("show")
@click.argument("number")
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--rev", help="Read the register as it is in this commit, branch or tag.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the output (default: the manual's).")
def legal_show(number, path, rev, fmt, lang):
    """One register entry (Đ or D, any case): its relations both ways and every document citing it."""
    import difflib
    import json

    from .legal_report import entry_json, show_lines
    from .register import analyse

    def command():
        manual, language = _loaded_manual(path, rev, lang)
        register = analyse(manual)
        entry = register.entry(number)
        if entry is None:
            close = difflib.get_close_matches(number, [e.number for e in manual.legal], n=1, cutoff=0.6)
            hint_en = f"; did you mean {close[0]}?" if close else ""
            hint_vi = f"; có phải ý bạn là {close[0]}?" if close else ""
            raise Halt(exitcodes.CANNOT_RUN, f"{number} is not in the legal register{hint_en}",
                       f"{number} không có trong danh mục văn bản pháp luật{hint_vi}")
        if fmt == "json":
            _say(json.dumps(entry_json(register, entry), ensure_ascii=False, indent=2))
        else:
            for line in show_lines(register, entry, language):
                _say(line)
        return exitcodes.OK

    _run(command, lang)


@legal.command("ack")
@click.argument("code")
@click.argument("number")
@click.option("--by", required=True, help="The reviewer's id in isodocs.yaml (roles.reviewers or approvers).")
@click.option("--note", required=True, help="Why no revision of the document is needed.")
@click.option("--date", "day", type=DATE, help="Date of the review (default: today).")
@click.option("--sign", is_flag=True, help="Sign the commit with the key Git's configuration names.")
@click.option("--manual", "path", type=click.Path(file_okay=False), help="The manual's folder (default: the current one).")
@REPO_OPTION
@click.option("--lang", type=LANGS, default="vi", show_default=True)
def legal_ack(code, number, by, note, day, sign, path, repo, lang):
    """Record that a reviewer checked the change of entry NUMBER cited by document CODE and no
    revision is needed: `impact` stops flagging it until the entry changes again."""
    from .history.ack import acknowledge

    def command():
        written = _record_command(lang, lambda open_target: acknowledge(
            open_target(path, repo), code, number, by, note, _day(day), _signer(sign, repo, path)))
        for name in written.files:
            _say(name)
        _say(f"{'Đã ghi xác nhận rà soát trong commit' if lang == 'vi' else 'Review recorded in commit'} "
             f"{written.commit[:12]}")
        return exitcodes.OK

    _run(command, lang)


@main.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--since", "since", help="Only changes made after this commit, branch or tag.")
@click.option("--rev", help="The manual and its history up to this commit, branch or tag (default: HEAD).")
@REPO_OPTION
@click.option("--today", type=DATE, help="The day that says which revision is in force (default: today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "docx"]), default="text", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False),
              help="With --format docx: the file to write (default: PATH/build/impact.docx).")
@click.option("--lang", type=LANGS, help="Language of the report (default: the manual's).")
def impact(path, since, rev, repo, today, fmt, out, lang):
    """Documents whose cited legal texts changed since their revision in force was approved.
    Exit 0: nothing suspect; 1: suspect documents; 2: could not run."""
    import pygit2

    from .history.official import open_commit
    from .impact import run
    from .impact_report import text_lines, to_json
    from .load.source import SourceError

    def command():
        try:
            source = open_commit(path, rev, repo)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
        if since is not None:
            try:
                source.repo.revparse_single(since).peel(pygit2.Commit)
            except (KeyError, ValueError, pygit2.GitError):
                raise Halt(exitcodes.CANNOT_RUN, f"--since {since}: no such commit, branch or tag",
                           f"--since {since}: không có commit, nhánh hoặc thẻ này") from None
        manual, result = run(source, _day(today), since)
        if manual is None:
            raise Halt(exitcodes.CANNOT_RUN, "the committed isodocs.yaml cannot be read: `isodocs check` says why",
                       "không đọc được isodocs.yaml đã commit: xem bằng `isodocs check`")
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


@main.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "docx"]), default="text", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False),
              help="With --format docx: the file to write (default: PATH/build/coverage.docx).")
@click.option("--fail-under", type=click.FloatRange(0, 100),
              help="Exit with 1 when less than this percentage of the TTHC have a procedure.")
@click.option("--rev", help="Report on the manual as it is in this commit, branch or tag.")
@click.option("--lang", type=LANGS, help="Language of the report (default: the manual's).")
def coverage(path, fmt, out, fail_under, rev, lang):
    """TTHC with and without a procedure, and the ISO 9001 clauses no document addresses."""
    from .coverage import coverage as measure
    from .coverage_report import text_lines, to_json
    from .render.labels import TemplateProblem, labels_for

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
            raise Halt(exitcodes.FINDINGS, str(exc), str(exc)) from None
        percent = cov.tthc.percent
        if fail_under is not None and percent is not None and percent < fail_under:
            return exitcodes.FINDINGS
        return exitcodes.OK

    _run(command, lang)


def _write_impact_docx(manual, result, language: str, target: Path) -> None:
    from .build import source_date
    from .output import write_all
    from .render.docx_impact import render_impact
    from .render.docx_manual import RenderOptions
    from .render.labels import TemplateProblem

    try:
        data = render_impact(manual, result, RenderOptions(stamp=source_date(manual), lang=language))
    except TemplateProblem as exc:
        raise Halt(exitcodes.CANNOT_RUN, str(exc), str(exc)) from None
    try:
        write_all(target.parent, {target.name: data})
    except OSError as exc:
        raise Halt(exitcodes.CANNOT_RUN, f"cannot write {target}: {exc.strerror or exc}",
                   f"không ghi được {target}: {exc.strerror or exc}") from None
    _say(f"Đã tạo {target}." if language == "vi" else f"Wrote {target}.")


def _write_coverage_docx(manual, cov, language: str, target: Path) -> None:
    from .build import source_date
    from .output import write_all
    from .render.docx_coverage import render_coverage
    from .render.docx_manual import RenderOptions

    data = render_coverage(manual, cov, RenderOptions(stamp=source_date(manual), lang=language))
    try:
        write_all(target.parent, {target.name: data})
    except OSError as exc:
        raise Halt(exitcodes.CANNOT_RUN, f"cannot write {target}: {exc.strerror or exc}",
                   f"không ghi được {target}: {exc.strerror or exc}") from None
    _say(f"Đã tạo {target}." if language == "vi" else f"Wrote {target}.")


@main.command("rename-unit")
@click.argument("old")
@click.argument("new")
@click.argument("path", required=False, type=click.Path(file_okay=False))
@click.option("--apply", "apply_", is_flag=True, help="Rewrite the files (without it, only list what would change).")
@click.option("--date", type=DATE, help="With --apply: the issue date of the new revisions, YYYY-MM-DD (default: today).")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--lang", type=LANGS, help="Language of the messages (default: the manual's).")
def rename_unit(old, new, path, apply_, date, fmt, lang):
    """List every document and field naming the unit OLD; with --apply, rename it NEW in place
    (comments and layout kept) and mark each changed document for a new revision."""
    import json

    from .output import write_all
    from .rename import RenameError, nfc, plan

    def command():
        if not nfc(old).strip() or not nfc(new).strip() or nfc(old).strip() == nfc(new).strip():
            raise Halt(exitcodes.CANNOT_RUN, "OLD and NEW must be two different, non-empty names",
                       "OLD và NEW phải là hai tên khác nhau, không để trống")
        manual, language = _loaded_manual(path, None, lang)
        root, day = Path(path or "."), _day(date)
        try:
            changes = plan(manual, root, old, new, day if apply_ else None)
        except RenameError as exc:
            raise Halt(exitcodes.CANNOT_RUN, f"{exc.path}: {exc.why}; nothing was changed",
                       f"{exc.path}: không sửa tự động được ({exc.why}); chưa tệp nào bị thay đổi") from None
        if apply_:
            try:
                for change in changes:
                    if change.text:
                        target = root / change.path
                        write_all(target.parent, {target.name: change.text.encode("utf-8")})
            except OSError as exc:
                raise Halt(exitcodes.CANNOT_RUN, f"cannot write: {exc.strerror or exc}",
                           f"không ghi được: {exc.strerror or exc}") from None
        if fmt == "json":
            _say(json.dumps({
                "old": nfc(old).strip(), "new": nfc(new).strip(), "applied": apply_,
                "files": [{"path": c.path, "code": c.code or None, "written": apply_ and bool(c.text),
                           "revision": c.revision,
                           "hits": [{"line": h.line, "field": h.field, "text": h.value, "by_hand": h.by_hand}
                                    for h in c.hits]} for c in changes],
            }, ensure_ascii=False, indent=2))
            return exitcodes.OK
        by_hand = " (sửa bằng tay)" if language == "vi" else " (edit by hand)"
        for change in changes:
            for h in change.hits:
                _say(f"{h.path}:{h.line}: {h.field}: {h.value}{by_hand if h.by_hand else ''}")
        _say(_rename_summary(nfc(old).strip(), changes, apply_, day, language))
        return exitcodes.OK

    _run(command, lang)


def _rename_summary(old: str, changes, applied: bool, day, language: str) -> str:
    hits = sum(len(c.hits) for c in changes)
    if not hits:
        return f"Không tìm thấy “{old}”." if language == "vi" else f"“{old}” was not found."
    if not applied:
        if language == "vi":
            return f"Tìm thấy “{old}” {hits} lần trong {len(changes)} tệp. Chạy lại với --apply để đổi tên."
        return f"Found “{old}” {hits} times in {len(changes)} files. Run again with --apply to rename it."
    written = sum(1 for c in changes if c.text)
    revised = ", ".join(f"{c.code} ({c.revision})" for c in changes if c.revision)
    if language == "vi":
        marked = f"; đánh dấu ban hành lần mới ngày {day.isoformat()}: {revised}" if revised else ""
        return f"Đã sửa {written} tệp{marked}."
    marked = f"; marked for a new revision dated {day.isoformat()}: {revised}" if revised else ""
    return f"Rewrote {written} files{marked}."


@main.command()
@click.argument("revisions", nargs=-1, metavar="[A] [B]")
@click.option("-C", "--manual", "path", type=click.Path(file_okay=False),
              help="The manual's folder (default: the current one).")
@click.option("--repo", type=click.Path(), help="A Git repository (bare, as on a forge) holding the manual; "
              "-C is then the manual's folder inside it, and B defaults to HEAD.")
@click.option("--doc", "codes", multiple=True, metavar="CODE", help="Only this document (repeat for more).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "docx"]), default="text", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False), help="Write to this file, not to the screen.")
@click.option("--lang", type=LANGS, help="Language of the labels and messages (default: the manual's).")
@click.option("--git-driver", is_flag=True,
              help="Act as Git's diff driver: the arguments are the 7 Git passes (see docs/diff.md).")
def diff(revisions, path, repo, codes, fmt, out, lang, git_driver):
    """What changed between revisions A and B of the manual, document by document.

    A and B are commits, branches, tags, or WORKTREE (the files on disk). Without B: the
    working tree; without A: the revisions in force (HEAD until approvals decide them).
    Exit codes: 0 nothing changed, 1 something did, 2 the diff could not run.
    """

    def command():
        if git_driver:
            return _git_driver(revisions, lang)
        if len(revisions) > 2:
            raise Halt(exitcodes.CANNOT_RUN, f"name at most two revisions, not {len(revisions)}",
                       f"chỉ nêu tối đa hai phiên bản, không phải {len(revisions)}")
        if fmt == "docx" and out is None:
            raise Halt(exitcodes.CANNOT_RUN, "the Word redline (--format docx) needs -o FILE",
                       "bản so sánh dạng Word (--format docx) cần -o TỆP")
        from .diff.revisions import open_revision, side, sides
        from .diff.sources import diff_sources
        from .load.source import SourceError

        specs = sides(path, *(tuple(revisions) + (None, None))[:2], repo=repo)
        try:
            a, b = (open_revision(path, spec, repo) for spec in specs)
            found = diff_sources(a, b, (side(specs[0], a), side(specs[1], b)), codes)
        except SourceError as exc:
            raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
        if fmt == "docx":
            _diff_redline(a, b, found, out, lang or found.language)
            return exitcodes.CHANGES if found.changed else exitcodes.OK
        _diff_output(found, fmt, out, lang or found.language)
        return exitcodes.CHANGES if found.changed else exitcodes.OK

    _run(command, lang)


def _diff_redline(a, b, found, out: str, language: str) -> None:
    """The Word redline: both revisions loaded whole (the documents render as issued)."""
    from .build import source_date
    from .load.manual import load
    from .output import write_all
    from .render.docx_manual import RenderOptions
    from .render.docx_redline import render_redline

    manual_a, manual_b = load(a).manual, load(b).manual
    if manual_a is None or manual_b is None:
        raise Halt(exitcodes.CANNOT_RUN, "the manual's isodocs.yaml cannot be used",
                   "không dùng được tệp isodocs.yaml của sổ tay")
    data = render_redline(manual_a, manual_b, found, RenderOptions(stamp=source_date(manual_b), lang=language))
    target = Path(out)
    try:
        write_all(target.parent, {target.name: data})
    except OSError as exc:
        raise Halt(exitcodes.CANNOT_RUN, f"cannot write {target}: {exc.strerror or exc}",
                   f"không ghi được {target}: {exc.strerror or exc}") from None


def _diff_output(found, fmt: str, out: str | None, language: str) -> None:
    if fmt == "json":
        from .diff.json_out import to_json

        rendered = to_json(found)
    elif fmt == "html":
        from .diff.html_out import render

        rendered = render(found, language)
    else:
        from .diff import text, view

        style = _style() if out is None and _colour() else text.plain
        rendered = "\n".join(text.lines(view.build(found, language), style))
    if out is None:
        _say(rendered)
        return
    from .output import write_all

    target = Path(out)
    try:
        write_all(target.parent, {target.name: (rendered.rstrip("\n") + "\n").encode("utf-8")})
    except OSError as exc:
        raise Halt(exitcodes.CANNOT_RUN, f"cannot write {target}: {exc.strerror or exc}",
                   f"không ghi được {target}: {exc.strerror or exc}") from None


def _git_driver(args, lang: str | None) -> int:
    """One file of `git diff`: Git stops at a driver that exits other than 0, changes or not."""
    from .diff.gitdriver import DriverError, run

    try:
        from .diff.text import plain

        lines = run(args, lang, _style() if _colour() else plain)
    except DriverError as exc:
        raise Halt(exitcodes.CANNOT_RUN, exc.text["en"], exc.text["vi"]) from None
    for line in lines:
        _say(line)
    return exitcodes.OK
