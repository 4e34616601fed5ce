"""Diagnostics as a person reads them in a terminal, like compilers print them."""

from __future__ import annotations

from typing import Sequence

from isodocs.diagnostics import Diagnostic, Severity
from isodocs.i18n import Msg, Plural
from isodocs.check import Scope

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


def _found(diagnostics: Sequence[Diagnostic]) -> Msg:
    if not diagnostics:
        return Msg("No problems")
    errors, warnings = counts(diagnostics)
    return Msg("{errors}, {warnings}", errors=Plural("{n} error", "{n} errors", n=errors),
               warnings=Plural("{n} warning", "{n} warnings", n=warnings))


def summary(diagnostics: Sequence[Diagnostic], scope: Scope, lang: str) -> str:
    """`1 error, 0 warnings; checked 2 documents and 5 legal entries.` Every document file counts,
    those that could not be read too, named (`scope.unread`): their findings above say why."""
    documents = Plural("{n} document", "{n} documents", n=scope.documents)
    if scope.unread:
        documents = Msg("{documents} ({unread} could not be read: {paths})", documents=documents,
                        unread=len(scope.unread), paths=", ".join(scope.unread))
    legal = Plural("{n} legal entry", "{n} legal entries", n=scope.legal)
    return Msg("{found}; checked {documents} and {legal}.", found=_found(diagnostics), documents=documents,
               legal=legal).say(lang)


def unchecked_summary(diagnostics: Sequence[Diagnostic], documents: int | None, lang: str) -> str:
    """What a command that stopped on isodocs.yaml says under its findings (`diagnostics`, those
    of isodocs.yaml): nothing else was checked, and how to check it. `documents`: how many
    document files the manual has (None: unknown, nothing could be read beside isodocs.yaml)."""
    if documents is None:
        return Msg("{found} in isodocs.yaml.", found=_found(diagnostics)).say(lang)
    return Msg("{found} in isodocs.yaml; the manual's {documents} and its legal register were not checked "
               "(`isodocs check` checks them all).", found=_found(diagnostics),
               documents=Plural("{n} document", "{n} documents", n=documents)).say(lang)
