"""`isodocs distribution` for people: each copy, what it holds, and what to recall."""

from __future__ import annotations

from isodocs.history.distribution import Holder, Holding
from isodocs.i18n import Msg, Plural, formats
from isodocs.model.lifecycle import start


def lines(found: list[Holder], lang: str) -> list[str]:
    if not found:
        return [Msg("isodocs.yaml has no distribution list.").say(lang)]
    out = []
    for holder in found:
        copy = holder.copy
        who = f"{copy.holder} ({copy.unit})" if copy.unit else copy.holder
        since = (Msg("handed out on {day}", day=formats.date(copy.issued)) if copy.issued
                 else Msg("no date: as built today"))
        out.append(Msg("Copy No. {number} – {holder}, {since}", number=formats.revision(copy.number), holder=who,
                       since=since).say(lang))
        width = max((len(h.code) for h in holder.holdings), default=0)
        for h in holder.holdings:
            held = Msg("rev. {revision}", revision=formats.revision(h.held.revision)).say(lang) if h.held else "—"
            out.append(f"  {h.code:<{width}}  {held:<7}  {_action(h).say(lang)}")
        recalls = sum(h.recall for h in holder.holdings)
        if recalls:
            out.append("  → " + Plural("recall {n} document", "recall {n} documents", n=recalls).say(lang))
    return out


def _action(h: Holding) -> Msg:
    now = h.now
    if h.state == "in_force":
        return Msg("in force")
    if h.state == "missing":
        return Msg("hand out revision {revision}", revision=formats.revision(now.revision))
    if h.state == "superseded":
        return Msg("RECALL: superseded by revision {revision} (in force since {day})", revision=formats.revision(now.revision),
                   day=formats.date(start(now)))
    if h.state == "withdrawn":
        return Msg("RECALL: the document was withdrawn")
    return Msg("RECALL: no longer in force")
