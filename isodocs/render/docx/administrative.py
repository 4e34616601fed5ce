"""The administrative format of NĐ 30/2020/NĐ-CP (Phụ lục I) for a form or the policy: drawn
from the document's `layout` and `signatures` keys, never typed into its text.

    agency's parent (or the agency)         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    AGENCY (or ITS UNIT), in bold                Độc lập - Tự do - Hạnh phúc
          ────────                              ───────────────────────────
       Số: ......./TNHS                    Tân Phú, ngày ... tháng ... năm ...

                                  TITLE
                               trích yếu

    (the content)
                                                        TM. ỦY BAN NHÂN DÂN
                                                              CHỦ TỊCH
                                                        (room to sign)
                                                            Lê Văn Minh

Both columns and the signature blocks are tables without borders, so each column keeps its
place whatever the lengths of the names; the short rules are paragraph borders, as Word draws
them. Sizes as NĐ 30 gives them: the names of the agency and the Quốc hiệu 12 pt, the Tiêu ngữ,
place and date, title and signatures 13–14 pt.
"""

from __future__ import annotations

from isodocs.model import Document, Layout, Signature
from isodocs.render.docx import measure, tables
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.common import Page
from isodocs.render.docx.letterhead import place_date, stands_alone
from isodocs.render.labels import place

LEFT_SHARE = 0.4  # the agency's column; the Quốc hiệu takes the rest
CELL_TEXT = 2 * 85  # twips of a cell's width its margins take
BLANK_DAY, BLANK_YEAR = ".....", "20....."
SIGNING_ROOM = ox.mm(22)

NAME = ox.Font(size=12)
NAME_BOLD = ox.Font(size=12, bold=True)
MOTTO = ox.Font(size=13, bold=True)
LINE = ox.Font(size=13)
DATE = ox.Font(size=13, italic=True)
TITLE = ox.Font(size=14, bold=True)
SIGNER = ox.Font(size=13, bold=True)
NOTE = ox.Font(size=13, italic=True)

CENTER = ox.Para(style="TableText", align="center", before=0, after=0)


def new_page() -> str:
    """A page break whose paragraph takes (almost) no room on the new page."""
    return ox.paragraph('<w:r><w:br w:type="page"/></w:r>', ox.Para(before=0, after=0, mark_size=1))


def header(ctx: Page, doc: Document, layout: Layout) -> list:
    """The two columns (or the agency's column alone), then the title and trích yếu."""
    blocks = []
    if layout.header != "none":
        blocks.append(_columns(ctx, doc, layout))
    elif layout.dated != "none":
        blocks.append(ox.text_paragraph(date_line(ctx, doc, layout), ox.Para(style="TableText", align="right"), DATE))
    title = layout.title or doc.title
    blocks.append(ox.text_paragraph(title.upper(), ox.Para(style="TableText", align="center", before=ox.mm(8),
                                                           after=0, keep_next=True), TITLE))
    if layout.subtitle:
        text = lines(layout.subtitle, ctx.width * 4 // 5, TITLE)
        blocks.append(ox.text_paragraph(text, ox.Para(style="TableText", align="center", before=0, after=0,
                                                      keep_next=True), TITLE))
        longest = max(measure.twips(line, TITLE.size, bold=True) for line in text.split("\n"))
        blocks.append(_rule(ctx.width, min(longest, ctx.width) // 3))
    blocks.append(ox.paragraph("", ox.Para(style="TableText", before=0, after=120)))
    return blocks


def _columns(ctx: Page, doc: Document, layout: Layout) -> str:
    """Two rows of two columns: the names over their rules, then the number beside the place
    and date, on one line as NĐ 30 sets them."""
    labels, agency = ctx.labels, ctx.manual.config.agency
    left_width = int(ctx.width * LEFT_SHARE)
    widths = [left_width, ctx.width - left_width]
    room = widths[0] - CELL_TEXT
    if layout.unit:  # NĐ 30 lets the body above be abbreviated (UBND XÃ TÂN PHÚ)
        upper, lower = agency.short_name or agency.name, layout.unit
    else:
        upper, lower = ("" if stands_alone(agency.name, labels.self_standing) else agency.parent), agency.name
    units = labels.place_units
    left = [ox.text_paragraph(lines(upper.upper(), room, NAME, units), CENTER, NAME)] if upper else []
    left += [ox.text_paragraph(lines(lower.upper(), room, NAME_BOLD, units), CENTER, NAME_BOLD), _rule(room, room // 3)]
    right = []
    if layout.header == "administrative":
        right += [ox.text_paragraph(labels.national_name, CENTER, NAME_BOLD),
                  ox.text_paragraph(labels.national_motto, CENTER, MOTTO),
                  _rule(widths[1] - CELL_TEXT, measure.twips(labels.national_motto, 13, bold=True))]
    rows = [tables.Row((_cell(left), _cell(right)))]
    below = ox.Para(style="TableText", align="center", before=80, after=0)
    number = [ox.text_paragraph(labels("number_line", number=layout.number), below, LINE)] if layout.number else []
    dated = [ox.text_paragraph(date_line(ctx, doc, layout), below, DATE)] if layout.dated != "none" else []
    if number or dated:
        rows.append(tables.Row((_cell(number), _cell(dated))))
    return tables.table(widths, rows, borders=False)


def _cell(blocks: list) -> tables.Cell:
    return tables.Cell(tuple(blocks) or (ox.paragraph("", CENTER),))


def lines(text: str, room: int, font: ox.Font, units: str = "") -> str:
    """`text` on one line if it fits in `room` twips, else on two balanced lines (before an
    administrative unit word when that fits: ỦY BAN NHÂN DÂN / XÃ TÂN PHÚ); longer text is left
    to wrap by itself."""
    size = font.size or 13
    if measure.twips(text, size, font.bold) <= room:
        return text
    words = text.split()
    unit_words = {u.strip().casefold() for u in units.split("|") if u.strip() and " " not in u.strip()}
    best = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        longer = max(measure.twips(first, size, font.bold), measure.twips(second, size, font.bold))
        if longer > room:
            continue
        rank = (words[cut].casefold() not in unit_words, longer)
        if best is None or rank < best[0]:
            best = (rank, f"{first}\n{second}")
    return best[1] if best else text


def _rule(room: int, length: int) -> str:
    """A short solid line centred in `room` twips: an empty paragraph's bottom border."""
    indent = max((room - length) // 2, 0)
    return ox.paragraph("", ox.Para(style="TableText", rule_below=True, left=indent, before=0, after=0, mark_size=2))


def date_line(ctx: Page, doc: Document, layout: Layout) -> str:
    """Tân Phú, ngày 15 tháng 7 năm 2025, or with dots to fill in. NĐ 30: a day below 10 and the
    months 1 and 2 are written with a leading zero."""
    if layout.dated == "issued":
        return place_date(ctx, doc.issued)
    labels = ctx.labels
    where = place(ctx.manual.config.agency.name, labels.place_units)
    return labels("place_date", place=where, day=BLANK_DAY, month=BLANK_DAY, year=BLANK_YEAR)


def signatures(ctx: Page, items: tuple[Signature, ...]) -> list:
    """Signature blocks two to a row, without borders; a lone block (the last, or the only one)
    in the right half, where NĐ 30 puts the signer."""
    if not items:
        return []
    rows = [list(items[i:i + 2]) for i in range(0, len(items), 2)]
    if len(rows[-1]) == 1:
        rows[-1].insert(0, None)
    half = ctx.width // 2
    out = [tables.Row(tuple(_block(ctx, s) for s in pair)) for pair in rows]
    spacer = ox.paragraph("", ox.Para(style="TableText", before=0, after=120, keep_next=True))
    return [spacer, tables.table([half, ctx.width - half], out, borders=False)]


def _block(ctx: Page, signature: Signature | None) -> tables.Cell:
    if signature is None:
        return tables.Cell((ox.paragraph("", CENTER),))
    lines = []
    if signature.authority:
        lines.append(ox.text_paragraph(signature.authority.upper(), CENTER, SIGNER))
    lines.append(ox.text_paragraph(signature.title.upper(), CENTER, SIGNER))
    if signature.note:
        lines.append(ox.text_paragraph(signature.note, CENTER, NOTE))
    person = ctx.manual.config.people.get(signature.person) if signature.person else None
    name = person.name if person else signature.person
    # Room to sign (and, for a seal, to stamp) above the name, or above nothing for a person
    # to write their own.
    lines.append(ox.text_paragraph(name, ox.Para(style="TableText", align="center", before=SIGNING_ROOM, after=0),
                                   SIGNER))
    return tables.Cell(tuple(lines))
