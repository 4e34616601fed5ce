"""Tables: fixed layout, grid columns of given widths, rows that repeat as headers or never split."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from isodocs.render.docx.openxml import esc


@dataclass(frozen=True)
class Cell:
    blocks: tuple[str, ...]  # paragraphs and tables
    span: int = 1  # grid columns covered
    merge: str = ""  # vertical merge: "restart" starts, "continue" continues the cell above
    shade: str = ""  # fill, hex RRGGBB
    valign: str = ""  # top, center, bottom
    text: tuple[str, ...] | None = None  # its plain text, when known, to measure without reading the XML


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    header: bool = False  # repeated at the top of each page
    height: int = 0  # minimum height
    keep: bool = True  # never split across pages


_BORDERS = "<w:tblBorders>" + "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"


def fit(total: int, weights: Sequence[float], needs: Sequence[int]) -> list[int]:
    """Column widths adding up to `total`, in proportion to `weights` but each at least its
    need (the widest word it holds); the room comes from the columns that have more than they
    need. When the needs alone exceed the total, they share it in proportion."""
    count = len(weights)
    if sum(needs) >= total:
        whole = sum(needs) or 1
        widths = [total * n // whole for n in needs]
    else:
        fixed: dict[int, int] = {}
        while True:
            free = total - sum(fixed.values())
            loose = [i for i in range(count) if i not in fixed]
            share = sum(weights[i] for i in loose) or 1
            widths = [fixed.get(i, int(free * weights[i] / share)) for i in range(count)]
            short = [i for i in loose if widths[i] < needs[i]]
            if not short:
                break
            fixed.update((i, needs[i]) for i in short)
    widths[-1] += total - sum(widths)
    return widths


def is_table(block: str) -> bool:
    return block.startswith("<w:tbl>")


def table(widths: Sequence[int], rows: Iterable[Row], style: str = "", *, borders: bool = True) -> str:
    """A fixed-layout table; widths of the grid columns."""
    out = ["<w:tbl><w:tblPr>"]
    if style:
        out.append(f'<w:tblStyle w:val="{esc(style)}"/>')
    out.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
    if borders:
        out.append(_BORDERS)
    out.append('<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
               'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>')
    out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
    out.append("</w:tblGrid>")
    for row in rows:
        out.append("<w:tr>")
        if row.header or row.height or row.keep:
            out.append("<w:trPr>")
            if row.keep:
                out.append("<w:cantSplit/>")
            if row.height:
                out.append(f'<w:trHeight w:val="{row.height}" w:hRule="atLeast"/>')
            if row.header:
                out.append("<w:tblHeader/>")
            out.append("</w:trPr>")
        col = 0
        for cell in row.cells:
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[col:col + cell.span])}" w:type="dxa"/>')
            if cell.span > 1:
                out.append(f'<w:gridSpan w:val="{cell.span}"/>')
            if cell.merge:
                out.append(f'<w:vMerge w:val="{cell.merge}"/>')
            if cell.shade:
                out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.shade}"/>')
            if cell.valign:
                out.append(f'<w:vAlign w:val="{cell.valign}"/>')
            out.append("</w:tcPr>")
            out.extend(cell.blocks)
            if not cell.blocks or is_table(cell.blocks[-1]):
                out.append("<w:p/>")  # a cell must end with a paragraph
            out.append("</w:tc>")
            col += cell.span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
