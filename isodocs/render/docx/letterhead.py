"""The heading and the signature block of an administrative document as NĐ 30/2020/NĐ-CP
lays them out (Phụ lục I): two columns without borders, the agency at the left (its governing
body above its name, the name in bold, a short rule under it) and the national name and motto at
the right (a rule under the motto), the place and date in italics under the motto (a People's
Committee or Council gives its own name alone, a department its parent's above); at the end,
each signer's column (role, position, room to sign, name).

    letterhead(ctx, day) -> blocks
    signatures(ctx, [Signer(...), ...]) -> blocks
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from isodocs.model import Person
from isodocs.render.docx import openxml as ox
from isodocs.render.docx import tables
from isodocs.render.labels import place

CENTER = ox.Para(style="CoverText", align="center")
BOLD = ox.Font(bold=True)
ITALIC = ox.Font(italic=True)
HEAD = ox.Font(size=12)  # NĐ 30: the agency and the national name in 12-13 pt capitals
HEAD_BOLD = ox.Font(size=12, bold=True)
SHORT_NAME = 22  # characters of a name that fit its column on one line


def rule(ctx_width: int, share: float) -> str:
    """A centred line `share` of the column wide, under the text above it (NĐ 30: a solid line,
    not dashes)."""
    indent = round(ctx_width * (1 - share) / 2)
    return ox.paragraph("", ox.Para(style="CoverText", rule_below=True, left=indent, before=0, after=0, mark_size=2))


def place_date(ctx, day: dt.date) -> str:
    """Tân Phú, ngày 01 tháng 12 năm 2026: the place in the agency's name, and the day. NĐ 30
    writes a day below 10 and the months 1 and 2 with a leading zero (ngày 05 tháng 3, tháng 02)."""
    labels = ctx.labels
    where = place(ctx.manual.config.agency.name, labels.place_units)
    return labels("place_date", place=where, day=f"{day.day:02d}",
                  month=f"{day.month:02d}" if day.month <= 2 else str(day.month), year=str(day.year))


def name_lines(name: str, units: str) -> list[str]:
    """An agency's name in capitals on the lines NĐ 30 headings give it: a long name breaks
    before its last administrative unit (ỦY BAN NHÂN DÂN / XÃ TÂN PHÚ), a short one stays whole.
    `units`: the unit words, separated by | (the labels' place_units)."""
    name = name.upper()
    words = [re.escape(u.strip()) for u in units.split("|") if u.strip()]
    found = list(re.finditer(rf"(?i)\b(?:{'|'.join(words)})\s+", name)) if words else []
    if len(name) <= SHORT_NAME or not found or found[-1].start() == 0:
        return [name]
    at = found[-1].start()
    return [name[:at].strip(), name[at:].strip()]


def stands_alone(agency: str, bodies: str) -> bool:
    """NĐ 30: a People's Committee or Council writes its own name without the body above it
    (`bodies`, alternatives separated by |, from the labels); a department writes its parent."""
    name = agency.casefold().strip()
    return any(name.startswith(b.strip().casefold()) for b in bodies.split("|") if b.strip())


def letterhead(ctx, day: dt.date) -> list[str]:
    """The two-column heading: agency | national name and motto, then the place and date."""
    labels, agency = ctx.labels, ctx.manual.config.agency
    left_width, right_width = ctx.widths(4, 6)
    left = []
    if agency.parent and not stands_alone(agency.name, labels.self_standing):
        left += [ox.text_paragraph(line, CENTER, HEAD) for line in name_lines(agency.parent, labels.place_units)]
    left += [ox.text_paragraph(line, CENTER, HEAD_BOLD) for line in name_lines(agency.name, labels.place_units)]
    left.append(rule(left_width, 0.35))
    right = [
        ox.text_paragraph(labels.national_name, CENTER, HEAD_BOLD),
        ox.text_paragraph(labels.national_motto, CENTER, ox.Font(bold=True, size=13)),
        rule(right_width, 0.62),
        ox.text_paragraph(place_date(ctx, day), ox.Para(style="CoverText", align="center", before=160), ITALIC),
    ]
    row = tables.Row((tables.Cell(tuple(left)), tables.Cell(tuple(right))), keep=True)
    return [tables.table([left_width, right_width], [row], borders=False)]


@dataclass(frozen=True)
class Signer:
    """One column of the signature block: the role (NGƯỜI LẬP, PHÊ DUYỆT), who (their position
    printed under the role, their name under the room to sign), and a date line to fill in."""

    role: str
    person: Person | None
    date_line: bool = False


def signatures(ctx, signers: Sequence[Signer]) -> list[str]:
    """The signers side by side, each column centred: role in bold capitals, position, the
    hint to sign and room to sign, the name in bold (dots when nobody is named), a date line.
    One row per line, so the names stand level whatever the length of the positions."""
    labels = ctx.labels

    people = [s.person for s in signers]
    lines = [
        [(s.role, BOLD) for s in signers],
        [(p.title if p else "", ox.PLAIN) for p in people],
        [(labels.sign_hint, ITALIC) for _ in signers],
        [(p.name if p else "." * 30, BOLD) for p in people],
    ]
    if any(s.date_line for s in signers):
        lines.append([(labels.sign_date if s.date_line else "", ox.PLAIN) for s in signers])
    rows = []
    for n, line in enumerate(lines):
        last = n == len(lines) - 1  # every other row kept with the next: the block is never split
        props = ox.Para(style="CoverText", align="center", keep_next=not last)
        rows.append(tables.Row(tuple(tables.Cell((ox.text_paragraph(text, props, font),)) for text, font in line),
                               height=ox.mm(28) if n == 2 else 0))
    return [ox.paragraph("", ox.Para(keep_next=True)),
            tables.table(ctx.widths(*[1] * len(signers)), rows, borders=False)]
