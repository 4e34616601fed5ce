"""Diagnostics as a person reads them in a terminal, like compilers print them."""

from __future__ import annotations

from typing import Sequence

from isodocs.diagnostics import Diagnostic, Severity
from isodocs.i18n import Msg, Plural
from isodocs.model import Manual

_SEVERITY = {Severity.ERROR: Msg("error"), Severity.WARNING: Msg("warning")}
_COLOUR = {Severity.ERROR: "red", Severity.WARNING: "yellow"}


def severity_word(severity: Severity, lang: str) -> str:
    return _SEVERITY[severity].say(lang)


def counts(diagnostics: Sequence[Diagnostic]) -> tuple[int, int]:
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    return errors, len(diagnostics) - errors


def text_lines(diagnostics: Sequence[Diagnostic], lang: str, style=lambda text, **kw: text) -> list[str]:
    """`path:line:col: CODE severity: message` then an indented hint."""
    lines = []
    hint_word = Msg("hint").say(lang)
    for d in diagnostics:
        place = d.path + "".join(f":{n}" for n in (d.line, d.column) if n is not None)
        severity = style(severity_word(d.severity, lang), fg=_COLOUR[d.severity], bold=True)
        lines.append(f"{style(place, bold=True)}: {style(d.code, bold=True)} {severity}: {d.message(lang)}")
        hint = d.hint(lang)
        if hint:
            lines.append(f"    {hint_word}: {hint}")
    return lines


def summary(diagnostics: Sequence[Diagnostic], manual: Manual | None, lang: str,
            unread: Sequence[str] = ()) -> str:
    """`1 error, 0 warnings; checked 2 documents and 5 legal entries.` Every document file counts,
    those that could not be read too, named (`unread`): their findings above say why."""
    errors, warnings = counts(diagnostics)
    docs = (len(manual.documents) if manual else 0) + len(unread)
    legal = len(manual.legal) if manual else 0
    if diagnostics:
        found = Msg("{errors}, {warnings}", errors=Plural("{n} error", "{n} errors", n=errors),
                    warnings=Plural("{n} warning", "{n} warnings", n=warnings))
    else:
        found = Msg("No problems")
    documents = Plural("{n} document", "{n} documents", n=docs)
    if unread:
        documents = Msg("{documents} ({unread} could not be read: {paths})", documents=documents,
                        unread=len(unread), paths=", ".join(unread))
    return Msg("{found}; checked {documents} and {legal}.", found=found, documents=documents,
               legal=Plural("{n} legal entry", "{n} legal entries", n=legal)).say(lang)
