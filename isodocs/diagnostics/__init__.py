"""Diagnostics: a rule (declared once, in `isodocs.diagnostics.rules`) found at a place in the manual."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping

from isodocs.i18n import Msg, said


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    """One kind of finding. Codes are stable and never reused.

    `hints` are tried in order: the first whose placeholders the finding supplies is shown.
    """

    code: str
    name: str
    severity: Severity
    message: Msg
    hints: tuple[Msg, ...] = ()
    doc: Msg | None = None  # why the rule exists (shown by the docs and `explain`)

    def at(self, path: str, line: int | None = None, column: int | None = None, *, raised: bool = False,
           **args: Any) -> Diagnostic:
        """The finding at a place; `raised`: a warning this finding makes an error (a rule whose
        documentation says when, such as a legal change past its deadline)."""
        return Diagnostic(self, path, line, column, args, Severity.ERROR if raised else None)


@dataclass(frozen=True)
class Diagnostic:
    rule: Rule
    path: str  # relative to the manual root, POSIX separators
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    args: Mapping[str, Any] = field(default_factory=dict)
    raised: Severity | None = None  # the severity of this finding, when it is more than its rule's

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def severity(self) -> Severity:
        return self.raised or self.rule.severity

    def message(self, lang: str) -> str:
        return self.rule.message.template(lang).format_map(self._values(lang))

    def say(self, lang: str) -> str:  # a diagnostic can go into a sentence as its message
        return self.message(lang)

    def hint(self, lang: str) -> str:
        values = self._values(lang)
        for hint in self.rule.hints:
            try:
                return hint.template(lang).format_map(values)
            except KeyError:
                continue
        return ""

    def _values(self, lang: str) -> dict[str, Any]:
        return {name: said(value, lang) for name, value in self.args.items()}

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.column or 0, self.rule.code, self.message("en"))

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "code": self.rule.code,
            "rule": self.rule.name,
            "severity": self.severity.value,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }


def has_errors(diagnostics) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
