"""Domain rules over the loaded model. Each rule module exposes CHECKS: pure functions from a
Context to diagnostics; `check` runs them all and returns every finding in a stable order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from isodocs.diagnostics import Diagnostic, Rule
from isodocs.model import Manual
from isodocs.model.reader import Loaded


@dataclass(frozen=True)
class Context:
    manual: Manual
    loaded: Loaded
    today: dt.date = field(default_factory=dt.date.today)  # rules on dates compare with it

    def at(self, rule: Rule, path: str, keys: tuple = (), at_key: bool = False, **args) -> Diagnostic:
        line, column = self.loaded.locate(path, keys, at_key)
        return rule.at(path, line, column, **args)


Check = Callable[[Context], Iterable[Diagnostic]]


def repeats(items: Iterable, key: Callable) -> Iterator[tuple[int, object, object]]:
    """(position, item, first item with the same key) for every item whose key came before."""
    first: dict = {}
    for i, item in enumerate(items):
        k = key(item)
        if k in first:
            yield i, item, first[k]
        else:
            first[k] = item


def check(loaded: Loaded, today: dt.date | None = None) -> list[Diagnostic]:
    """Every diagnostic of a loaded manual: reading problems first found, then the rules.
    `today` (default: the real date) is the day date-dependent rules judge by."""
    from isodocs.check import approvals, config, documents, legal, objectives, procedures

    found = list(loaded.diagnostics)
    if loaded.manual is not None:
        ctx = Context(loaded.manual, loaded, today or dt.date.today())
        for module in (config, documents, legal, procedures, objectives, approvals):
            for rule in module.CHECKS:
                found.extend(rule(ctx))
    unique = {d.sort_key(): d for d in found}
    # by place and code; findings at one place keep the order the rules gave (revision 3 before 10)
    return sorted(unique.values(), key=lambda d: d.sort_key()[:4])
