"""`isodocs rename-unit` for people: each place the unit is named, then what was (or would be) done."""

from __future__ import annotations

from isodocs.i18n import Msg, Plural


def lines(renamed, lang: str) -> list[str]:
    """`renamed`: commands.manual.Renamed."""
    by_hand = Msg(" (edit by hand)").say(lang)
    out = [f"{h.path}:{h.line}: {h.field}: {h.value}{by_hand if h.by_hand else ''}"
           for change in renamed.changes for h in change.hits]
    return out + [_summary(renamed).say(lang)]


def _summary(renamed) -> Msg:
    changes = renamed.changes
    if not renamed.hits:
        return Msg("“{old}” was not found.", old=renamed.old)
    if not renamed.applied:
        return Msg("Found “{old}” {times} in {files}. Run again with --apply to rename it.", old=renamed.old,
                   times=Plural("{n} time", "{n} times", n=renamed.hits),
                   files=Plural("{n} file", "{n} files", n=len(changes)))
    written = Plural("{n} file", "{n} files", n=sum(1 for c in changes if c.text))
    revised = ", ".join(f"{c.code} ({c.revision})" for c in changes if c.revision)
    if revised:
        return Msg("Rewrote {files}; marked for a new revision dated {day}: {revised}.", files=written,
                   day=renamed.day, revised=revised)
    return Msg("Rewrote {files}.", files=written)
