"""Commands on the manual's files: read it, check it, rename a unit in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from isodocs.check import Scope
from isodocs.commands.outcome import CannotRun, ManualUnreadable, Outcome, write_in_manual
from isodocs.diagnostics import Diagnostic, has_errors
from isodocs.i18n import Msg
from isodocs.load.cache import for_source
from isodocs.load.source import open_source
from isodocs.model import Manual
from isodocs.model.reader import Loaded, load


def open_manual(path: str | None = None, rev: str | None = None, repo: str | None = None) -> Loaded:
    """The manual at PATH (default: the current folder), or as it is at REV, with the findings of
    reading it. SourceError when there is no manual there."""
    source = open_source(path, rev, repo)
    return load(source, cache=for_source(source))


def readable(loaded: Loaded) -> Manual:
    """The manual, or ManualUnreadable when its isodocs.yaml cannot be used."""
    if loaded.manual is None:
        raise ManualUnreadable(loaded)
    return loaded.manual


@dataclass(frozen=True)
class Checked:
    scope: Scope  # what was checked, as the summary tells it
    diagnostics: tuple[Diagnostic, ...]  # every finding, by place and code

    @property
    def outcome(self) -> Outcome:
        return Outcome.FINDINGS if has_errors(self.diagnostics) else Outcome.OK


def check(path: str | None = None, rev: str | None = None, repo: str | None = None,
          today: dt.date | None = None) -> Checked:
    """Every finding of the manual: schemas, domain rules, and (in Git) the legal changes its
    revisions in force have not followed (L410-L412). `today` is the day dates are judged by.
    A manual unchanged since its last check is not read again (`kept_check`)."""
    from isodocs.commands import kept_check
    from isodocs.history.official import committed

    day = today or dt.date.today()
    source = open_source(path, rev, repo)
    cache = for_source(source)  # with a working tree's stat index
    commit = committed(path, rev, repo)
    kept = for_source(source, kind="checks")
    key = kept_check.fingerprint(source, commit.commit if commit else "", day) if kept is not None else None
    found = kept_check.recalled(kept, key, source.exists) if key else None
    if found is not None:
        if cache is not None:
            cache.save()  # the stat index, when the fingerprint hashed a file it did not know
        return Checked(*found)
    loaded = load(source, cache=cache)
    asked = kept_check.Asked(loaded.exists, kept if key else None)
    diagnostics = _checked(dataclasses.replace(loaded, exists=asked), commit, day, asked.keeps)
    checked = Checked(Scope.of(loaded), diagnostics)
    if key:
        kept_check.keep(kept, key, checked.scope, checked.diagnostics, asked.noted)
    return checked


def _checked(loaded: Loaded, commit, day: dt.date, kept=None) -> tuple[Diagnostic, ...]:
    from isodocs.check import check as check_rules
    from isodocs.legal.impact import check_git

    found = {d.sort_key(): d for d in [*check_rules(loaded, day, kept), *check_git(commit, loaded, day)]}
    return tuple(sorted(found.values(), key=lambda d: d.sort_key()[:4]))


@dataclass(frozen=True)
class Renamed:
    manual: Manual
    old: str
    new: str
    applied: bool  # the files were rewritten
    day: dt.date  # the issue date of the revisions the rewritten documents were marked for
    changes: tuple  # edit.rename.FileChange, one per file naming the unit

    @property
    def hits(self) -> int:
        return sum(len(c.hits) for c in self.changes)

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def rename_unit(old: str, new: str, path: str | None = None, apply: bool = False,
                day: dt.date | None = None) -> Renamed:
    """Where the unit OLD is named; with `apply`, the files rewritten in place with NEW (comments
    and layout kept) and each changed document marked for a new revision dated `day`."""
    from isodocs.edit.rename import RenameError, nfc, plan

    old, new = nfc(old).strip(), nfc(new).strip()
    if not old or not new or old == new:
        raise CannotRun(Msg("OLD and NEW must be two different, non-empty names"))
    manual = readable(open_manual(path))
    root, day = Path(path or "."), day or dt.date.today()
    try:
        changes = plan(manual, root, old, new, day if apply else None)
    except RenameError as exc:
        raise CannotRun(Msg("{path}: {why}; nothing was changed", path=exc.path, why=exc.why)) from None
    if apply:
        write_in_manual(root, {change.path: change.text.encode("utf-8") for change in changes if change.text})
    return Renamed(manual, old, new, apply, day, tuple(changes))
