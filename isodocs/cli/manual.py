"""Commands on the manual's files: check, rules (what check reports), rename-unit."""

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
    _loaded_manual,
    _run,
    _say,
    _style,
    format_option,
    lang_option,
    option,
    rev_option,
    today_option,
)
from isodocs.i18n import N_, Msg, Plural


@main.command(help=N_("Validate the manual at PATH (default: the current folder)."))
@PATH_ARGUMENT
@rev_option(N_("Check the manual as it is in this commit, branch or tag."))
@REPO_OPTION
@FORMAT_OPTION
@lang_option(N_("Language of the messages (default: the manual's)."))
@today_option(N_("Judge dates (legal status) as on this day, YYYY-MM-DD (default: today)."))
def check(path, rev, repo, fmt, lang, today):
    from isodocs.diagnostics import has_errors
    from isodocs.render.json.diagnostics import to_json
    from isodocs.render.text.diagnostics import summary, text_lines

    def command():
        from isodocs.legal.impact import check_git

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


def _open(path: str | None, rev: str | None, repo: str | None = None, today=None):
    """Load the manual at PATH (or its state at REV) and check it (dates judged as on `today`)."""
    from isodocs.check import check

    loaded = _load(path, rev, repo)
    return loaded, check(loaded, today)


@main.command(help=N_("List every diagnostic isodocs reports, or explain one (e.g. `isodocs rules P501`)."))
@click.argument("code", required=False)
@LANG_VI_OPTION
@format_option("markdown")
def rules(code, lang, fmt):
    from isodocs.diagnostics.rules import ALL
    from isodocs.render.text.rules import explanation, listing, rules_markdown

    def command():
        if fmt == "markdown":
            _say(rules_markdown())
            return exitcodes.OK
        if code is None:
            for line in listing(lang):
                _say(line)
            return exitcodes.OK
        rule = ALL.get(code.upper())
        if rule is None:
            raise Halt(exitcodes.CANNOT_RUN, Msg("no rule {code}; `isodocs rules` lists them", code=code))
        for line in explanation(rule, lang):
            _say(line)
        return exitcodes.OK

    _run(command, lang)


@main.command("rename-unit", help=N_("List every document and field naming the unit OLD; with --apply, rename it NEW in place\n(comments and layout kept) and mark each changed document for a new revision."))
@click.argument("old")
@click.argument("new")
@PATH_ARGUMENT
@option("--apply", "apply_", is_flag=True, help=N_("Rewrite the files (without it, only list what would change)."))
@option("--date", type=DATE, help=N_("With --apply: the issue date of the new revisions, YYYY-MM-DD (default: today)."))
@FORMAT_OPTION
@lang_option(N_("Language of the messages (default: the manual's)."))
def rename_unit(old, new, path, apply_, date, fmt, lang):
    import json

    from isodocs.edit.rename import RenameError, nfc, plan
    from isodocs.system.files import write_all

    def command():
        if not nfc(old).strip() or not nfc(new).strip() or nfc(old).strip() == nfc(new).strip():
            raise Halt(exitcodes.CANNOT_RUN, Msg("OLD and NEW must be two different, non-empty names"))
        manual, language = _loaded_manual(path, None, lang)
        root, day = Path(path or "."), _day(date)
        try:
            changes = plan(manual, root, old, new, day if apply_ else None)
        except RenameError as exc:
            raise Halt(exitcodes.CANNOT_RUN, Msg("{path}: {why}; nothing was changed", path=exc.path, why=exc.why)) from None
        if apply_:
            try:
                for change in changes:
                    if change.text:
                        target = root / change.path
                        write_all(target.parent, {target.name: change.text.encode("utf-8")})
            except OSError as exc:
                raise Halt(exitcodes.CANNOT_RUN, Msg("cannot write: {value}", value=exc.strerror or exc)) from None
        if fmt == "json":
            _say(json.dumps({
                "old": nfc(old).strip(), "new": nfc(new).strip(), "applied": apply_,
                "files": [{"path": c.path, "code": c.code or None, "written": apply_ and bool(c.text),
                           "revision": c.revision,
                           "hits": [{"line": h.line, "field": h.field, "text": h.value, "by_hand": h.by_hand}
                                    for h in c.hits]} for c in changes],
            }, ensure_ascii=False, indent=2))
            return exitcodes.OK
        by_hand = Msg(" (edit by hand)").say(language)
        for change in changes:
            for h in change.hits:
                _say(f"{h.path}:{h.line}: {h.field}: {h.value}{by_hand if h.by_hand else ''}")
        _say(_rename_summary(nfc(old).strip(), changes, apply_, day, language))
        return exitcodes.OK

    _run(command, lang)


def _rename_summary(old: str, changes, applied: bool, day, language: str) -> str:
    hits = sum(len(c.hits) for c in changes)
    if not hits:
        return Msg("“{old}” was not found.", old=old).say(language)
    if not applied:
        return Msg("Found “{old}” {times} in {files}. Run again with --apply to rename it.", old=old,
                   times=Plural("{n} time", "{n} times", n=hits),
                   files=Plural("{n} file", "{n} files", n=len(changes))).say(language)
    written = Plural("{n} file", "{n} files", n=sum(1 for c in changes if c.text))
    revised = ", ".join(f"{c.code} ({c.revision})" for c in changes if c.revision)
    if revised:
        return Msg("Rewrote {files}; marked for a new revision dated {day}: {revised}.", files=written,
                   day=day.isoformat(), revised=revised).say(language)
    return Msg("Rewrote {files}.", files=written).say(language)
