"""Diagnostics as plain data (text, numbers, tuples, lists), for a cache kept in `marshal`'s
format, and back: `revived(plain(d)) == d` for every finding a rule gives. A rule is named by its
code; a value in a finding's arguments by a tag. A value of any other kind is `NotPlain`: the
findings holding it are simply not kept."""

from __future__ import annotations

import datetime as dt
from typing import Any

from isodocs.diagnostics import Diagnostic, Severity
from isodocs.diagnostics.rules import ALL
from isodocs.i18n import Joined, Msg

# exactly these types: a subclass (an enum.StrEnum member) would come back as its base, and
# `marshal` refuses it
_SCALARS = frozenset({str, int, float, bool, type(None)})


class NotPlain(Exception):
    """A finding holds a value this module does not know how to keep."""


def plain(d: Diagnostic) -> tuple:
    return (d.rule.code, d.path, d.line, d.column, _args(d.args), d.raised.value if d.raised else None)


def revived(data: tuple) -> Diagnostic:
    """The finding `plain` gave `data` for (KeyError, ValueError or TypeError on anything else)."""
    code, path, line, column, args, raised = data
    return Diagnostic(ALL[code], path, line, column, _revived_args(args), Severity(raised) if raised else None)


def _args(args) -> dict:
    return {str(name): _value(value) for name, value in args.items()}


def _value(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dt.date:
        return ("date", value.isoformat())
    if kind is Msg:
        return ("msg", value.text, value.plural, value.n, value.context, _args(value.args))
    if kind is Joined:
        return ("joined", value.separator, [_value(part) for part in value.parts])
    if kind is Diagnostic:
        return ("finding", plain(value))
    if kind is tuple or kind is list:
        return (kind.__name__, [_value(item) for item in value])
    raise NotPlain(kind.__name__)


def _revived_args(args: dict) -> dict:
    return {name: _revived_value(value) for name, value in args.items()}


def _revived_value(value: Any) -> Any:
    if not isinstance(value, tuple):
        return value
    tag, *rest = value
    if tag == "date":
        return dt.date.fromisoformat(rest[0])
    if tag == "msg":
        text, plural, n, context, args = rest
        return Msg.kept(text, _revived_args(args), plural, n, context)
    if tag == "joined":
        return Joined(tuple(_revived_value(part) for part in rest[1]), rest[0])
    if tag == "finding":
        return revived(rest[0])
    if tag in ("tuple", "list"):
        items = [_revived_value(item) for item in rest[0]]
        return tuple(items) if tag == "tuple" else items
    raise ValueError(f"no kept value is tagged {tag!r}")
