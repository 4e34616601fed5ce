"""Commands on the manual's files: check, rules (what check reports), rename-unit."""

from __future__ import annotations

from pathlib import Path

import click

from isodocs.cli import exitcodes
from isodocs.cli import main
from isodocs.cli.common import (
    DATE, FORMAT_OPTION, LANG_VI_OPTION, PATH_ARGUMENT, REPO_OPTION, Halt, _day, _lang, _load, _loaded_manual,
    _run, _say, _style, format_option, lang_option, rev_option, today_option,
)


@main.command()
@PATH_ARGUMENT
@rev_option("Check the manual as it is in this commit, branch or tag.")
@REPO_OPTION
@FORMAT_OPTION
@lang_option("Language of the messages (default: the manual's).")
@today_option("Judge dates (legal status) as on this day, YYYY-MM-DD (default: today).")
def check(path, rev, repo, fmt, lang, today):
    """Validate the manual at PATH (default: the current folder)."""
    from isodocs.diagnostics import has_errors
    from isodocs.render.report import summary, text_lines, to_json

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


@main.command()
@click.argument("code", required=False)
@LANG_VI_OPTION
@format_option("markdown")
def rules(code, lang, fmt):
    """List every diagnostic isodocs reports, or explain one (e.g. `isodocs rules P501`)."""
    from isodocs.render.report import rules_markdown
    from isodocs.diagnostics.rules import ALL

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


@main.command("rename-unit")
@click.argument("old")
@click.argument("new")
@PATH_ARGUMENT
@click.option("--apply", "apply_", is_flag=True, help="Rewrite the files (without it, only list what would change).")
@click.option("--date", type=DATE, help="With --apply: the issue date of the new revisions, YYYY-MM-DD (default: today).")
@FORMAT_OPTION
@lang_option("Language of the messages (default: the manual's).")
def rename_unit(old, new, path, apply_, date, fmt, lang):
    """List every document and field naming the unit OLD; with --apply, rename it NEW in place
    (comments and layout kept) and mark each changed document for a new revision."""
    import json

    from isodocs.system.files import write_all
    from isodocs.edit.rename import RenameError, nfc, plan

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
