"""Commands on the manual's files: check, rules and explain (what check reports), rename-unit."""

from __future__ import annotations

import click

from isodocs.cli import exitcodes, main
from isodocs.cli.console import say, style
from isodocs.cli.edge import spoken
from isodocs.cli.options import (
    DATE,
    FORMAT_OPTION,
    LANG_OPTION,
    REPO_OPTION,
    day,
    format_option,
    lang_option,
    manual_folder,
    manual_options,
    option,
    rev_option,
    today_option,
)
from isodocs.cli.run import run
from isodocs.i18n import N_, Msg, choose_language


@main.command(help=N_("Validate the manual (default: the one in the current folder)."))
@manual_options
@rev_option(N_("Check the manual as it is in this commit, branch or tag."))
@REPO_OPTION
@FORMAT_OPTION
@lang_option(N_("Language of the messages (default: the manual's)."))
@today_option(N_("Judge dates (legal status) as on this day, YYYY-MM-DD (default: today)."))
def check(path, old_path, rev, repo, fmt, lang, today):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.diagnostics import to_json
    from isodocs.render.text.diagnostics import summary, text_lines

    def command():
        checked = commands.check(path, rev, repo, day(today))
        language = choose_language(lang, checked.scope.language)
        if fmt == "json":
            say(to_json(checked.diagnostics, checked.scope, str(path or "."), language))
        else:
            for line in text_lines(checked.diagnostics, language, style()):
                say(line)
            say(summary(checked.diagnostics, checked.scope, language))
        return exitcodes.of(checked.outcome)

    run(command, lang)


@main.command(help=N_("List every diagnostic isodocs reports, or explain one (e.g. `isodocs rules P501`, "
                      "as `isodocs explain P501`)."))
@click.argument("code", required=False)
@LANG_OPTION
@format_option("markdown")
def rules(code, lang, fmt):
    lang = lang or spoken()
    from isodocs.render.text.rules import listing, rules_markdown

    def command():
        if fmt == "markdown":
            say(rules_markdown())
        elif code is None:
            for line in listing(lang):
                say(line)
        else:
            return explain_rule(code, lang, fmt)
        return exitcodes.OK

    run(command, lang)


@main.command(help=N_("Explain a diagnostic: what it means, why the rule exists, how to fix it, and a wrong "
                      "and a right example (e.g. `isodocs explain P501`)."))
@click.argument("code")
@LANG_OPTION
@FORMAT_OPTION
def explain(code, lang, fmt):
    lang = lang or spoken()
    run(lambda: explain_rule(code, lang, fmt), lang)


def explain_rule(code: str, lang: str, fmt: str) -> int:
    """`isodocs explain CODE` and `isodocs rules CODE`: one rule, any case (p501), said in `lang`."""
    from isodocs.commands.outcome import CannotRun
    from isodocs.diagnostics.rules import ALL
    from isodocs.render.json.rules import explanation_json
    from isodocs.render.text.rules import explanation

    rule = ALL.get(code.strip().upper())
    if rule is None:
        raise CannotRun(Msg("no rule {code}; `isodocs rules` lists them", code=code))
    if fmt == "json":
        say(explanation_json(rule, lang))
    else:
        for line in explanation(rule, lang):
            say(line)
    return exitcodes.OK


@main.command("rename-unit", help=N_(
    "List every document and field naming the unit OLD; with --apply, rename it NEW in place\n"
    "(comments and layout kept) and mark each changed document for a new revision."))
@click.argument("old")
@click.argument("new")
@manual_options
@option("--apply", "apply_", is_flag=True, help=N_("Rewrite the files (without it, only list what would change)."))
@option("--date", type=DATE,
        help=N_("With --apply: the issue date of the new revisions, YYYY-MM-DD (default: today)."))
@FORMAT_OPTION
@lang_option(N_("Language of the messages (default: the manual's)."))
def rename_unit(old, new, path, old_path, apply_, date, fmt, lang):
    path = manual_folder(path, old_path)
    from isodocs import commands
    from isodocs.render.json.rename import to_json
    from isodocs.render.text.rename import lines

    def command():
        renamed = commands.rename_unit(old, new, path, apply_, day(date))
        language = choose_language(lang, renamed.manual.config.language)
        for line in [to_json(renamed)] if fmt == "json" else lines(renamed, language):
            say(line)
        return exitcodes.of(renamed.outcome)

    run(command, lang)
