"""`isodocs status` for people: a table of document states, one document a line."""

from __future__ import annotations

from isodocs.i18n import Ctx, Msg, formats
from isodocs.model.lifecycle import start

_STATES = {"draft": Ctx("document state", "draft"), "approved": Ctx("document state", "approved, not yet effective"),
           "effective": Ctx("document state", "effective"), "obsolete": Ctx("document state", "obsolete")}
_HEAD = (Ctx("status table heading", "Code"), Ctx("status table heading", "State"),
         Ctx("status table heading", "In force"), Ctx("status table heading", "Newest"),
         Ctx("status table heading", "In force since"), Ctx("status table heading", "Next review"))
_STATE_COLOUR = {"draft": "yellow", "approved": "cyan", "effective": "green", "obsolete": "red"}


def status_lines(statuses, lang: str, style=lambda text, **kw: text) -> list[str]:
    overdue = Msg("overdue").say(lang)
    rows = [tuple(head.say(lang) for head in _HEAD)]
    colours = [None]
    for s in statuses:
        review = formats.date(s.next_review) if s.next_review else "-"
        rows.append((
            s.code,
            _STATES[s.state].say(lang),
            str(s.in_force_revision or "-"),
            str(s.current_revision or "-"),
            formats.date(start(s.in_force)) if s.in_force else "-",
            f"{review} ({overdue})" if s.overdue else review,
        ))
        colours.append(_STATE_COLOUR[s.state])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row, colour in zip(rows, colours):
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        if colour:
            cells[1] = style(cells[1], fg=colour)
        else:
            cells = [style(c, bold=True) for c in cells]
        lines.append("  ".join(cells).rstrip())
    return lines
