"""What every part of a rendered document shares: the context and small table builders.

Renderers name the part of the document's data each block shows (`Page.keyed`, the `key` of
`markdown` and `bullets`, the row `keys` of `grid`; see isodocs.render.docx.keys): rendering
normally the names are dropped, and on a side of the redline they pair the two revisions."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from isodocs.model import Manual
from isodocs.render.docx import markdown as md
from isodocs.render.docx import measure, tables
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.keys import Keys
from isodocs.render.labels import Labels

# Paragraph properties used thousands of times: built once.
TEXT = ox.Para(style="TableText")
TEXT_CENTER = ox.Para(style="TableText", align="center")
HEAD = ox.Para(style="TableHeading")
NORMAL = ox.Para()
BOLD = ox.Font(bold=True)
HEADER_FILL = md.HEADER_FILL


@dataclass(frozen=True)
class Page:
    manual: Manual
    labels: Labels
    width: int  # text width, twips
    target: md.Target  # hyperlinks and numbering of the document being built
    copy: str = ""  # on a numbered controlled copy: its number and holder, under the marking
    keys: Keys | None = None  # on a side of the redline: keys each block by the part it shows

    @property
    def lang(self) -> str:
        return self.labels.lang

    def keyed(self, key: tuple, blocks: list) -> list:
        """`blocks`, shown as the part of the document at `key` (a path into its data)."""
        return blocks if self.keys is None else self.keys.mark(key, blocks)

    def markdown(self, text: str, base_level: int, key: tuple = (), style: str = "") -> list:
        """The Markdown `text` (found at `key` in the document's data) as blocks; plain
        paragraphs in `style` (Normal when empty)."""
        if self.keys is None or not key:
            return md.render(text, self.target, base_level=base_level, style=style)
        blocks, lines = md.render_lines(text, self.target, base_level=base_level, style=style)
        return self.keys.markdown(key, text, blocks, lines)

    def widths(self, *weights: float) -> list[int]:
        return md.split_width(self.width, weights)


heading = ox.heading


def para(text: str, props: ox.Para = NORMAL, font: ox.Font = ox.PLAIN) -> str:
    return ox.text_paragraph(text, props, font)


def cell(text: str | Sequence[str], props: ox.Para = TEXT, font: ox.Font = ox.PLAIN, **kw) -> tables.Cell:
    """A table cell of one paragraph per line of text."""
    lines = (text,) if isinstance(text, str) else tuple(text)
    return tables.Cell(tuple(ox.text_paragraph(line, props, font) for line in lines) or (ox.paragraph("", props),),
                       text=lines, **kw)


def grid(ctx: Page, headers: Sequence[str], rows: Iterable[Sequence[str | tables.Cell]], weights: Sequence[float],
         centered: Sequence[int] = (0,), keys: Iterable[tuple] | None = None) -> str:
    """A bordered table with a shaded header row repeated on each page; `centered` columns
    (the TT column by default) are centred. A row item may be a ready-made Cell; `keys` name
    the part of the document each row shows."""
    head = tables.Row(tuple(cell(h, HEAD, shade=HEADER_FILL, valign="center") for h in headers), header=True)
    body = [
        tables.Row(tuple(v if isinstance(v, tables.Cell) else cell(v, TEXT_CENTER if i in centered else TEXT)
                     for i, v in enumerate(row)))
        for row in rows
    ]
    xml = tables.table(fitted(ctx, weights, [head, *body]), [head, *body], "TableGrid")
    if ctx.keys is None or keys is None:
        return xml
    return ctx.keys.table(xml, [("head",), *keys])


TABLE_TEXT_PT, CELL_MARGINS = md.TABLE_TEXT_PT, md.CELL_MARGINS
_RUN_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)


def fitted(ctx: Page, weights: Sequence[float], rows: Sequence[tables.Row]) -> list[int]:
    """Column widths for `rows` in proportion to `weights`, each wide enough for the widest
    word it holds, so that no code, date or number breaks inside (cells spanning several
    columns do not count). Words are measured as if bold, the wider; only those that might not
    fit their column are measured at all."""
    texts: list[list[str]] = [[] for _ in weights]
    for row in rows:
        col = 0
        for c in row.cells:
            if c.span == 1 and col < len(texts):
                texts[col].extend(c.text if c.text is not None else _plain(c.blocks))
            col += c.span
    needs = [measure.longest_word(column, TABLE_TEXT_PT, True, room - CELL_MARGINS)
             for column, room in zip(texts, ctx.widths(*weights))]
    return tables.fit(ctx.width, weights, [need + CELL_MARGINS if need else 0 for need in needs])


def _plain(blocks: Sequence[str]) -> list[str]:
    """The text of each paragraph of a cell's XML."""
    return [html.unescape("".join(_RUN_TEXT.findall(p))) for block in blocks for p in _PARAGRAPH.findall(block)]


def bullets(ctx: Page, items: Iterable[str], ordered: bool = False, key: tuple = ()) -> list:
    """A list of plain text items with its own numbering instance; item n shows the part of
    the document at (*key, n)."""
    items = list(items)
    if not items:
        return []
    num = ctx.target.new_list(ordered, 1)
    props = ox.Para(style="ListParagraph", numbering=(num, 0))
    if ctx.keys is None or not key:
        return [para(item, props) for item in items]
    return [block for n, item in enumerate(items) for block in ctx.keyed((*key, n), [para(item, props)])]
