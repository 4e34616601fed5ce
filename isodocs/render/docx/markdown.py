"""Markdown to Word paragraphs and tables, from markdown-it-py tokens.

Headings get real Heading styles (so the table of contents finds them), links real hyperlinks,
each list its own numbering instance. Raw HTML is never interpreted: with `html` off the parser
hands it over as text, and it prints as the characters written.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Sequence

from isodocs.render.docx import measure, tables
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.numbering import list_indent

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@functools.cache
def _parser() -> MarkdownIt:
    # imported when Markdown is first parsed: a build after one change often parses none
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


MAX_HEADING = 4
_EMPHASIS = {"strong": "bold", "em": "italic", "s": "strike"}
_ALIGN = {"left": "left", "center": "center", "right": "right"}
HEADER_FILL = "E7E6E6"
COMPACT_INDENT = 284  # twips (5 mm): a list's indent inside a table cell
FILL_IN_ROW = 454  # twips (8 mm): a blank table row's height, to write in by hand
TABLE_TEXT_PT = 12  # Table Text and Table Heading in the built-in reference document
CELL_MARGINS = 2 * 85 + 60  # twips: a cell's left and right margins, and room for rounding and kerning


@dataclass(frozen=True)
class Target:
    """What rendering needs from the document being built."""

    link: Callable[[str], str]  # external address -> relationship id
    new_list: Callable[[bool, int], int]  # (ordered, start) -> numbering instance id
    width: int  # text width, twips


_NOWHERE = Target(link=lambda url: "", new_list=lambda ordered, start: 0, width=1)


def render(text: str, target: Target, *, base_level: int = 1, style: str = "") -> list:
    """Block elements for Markdown `text`; a "#" heading sits one level under `base_level`,
    plain paragraphs take `style` (empty: Normal)."""
    return render_lines(text, target, base_level=base_level, style=style)[0]


def render_lines(text: str, target: Target, *, base_level: int = 1, style: str = "") -> tuple[list, list[int]]:
    """`render`'s blocks, and the line of `text` (from 0) each comes from."""
    if not text or not text.strip():
        return [], []
    blocks = _Blocks(target, base_level, style)
    return blocks.run(_parser().parse(text)), blocks.lines


def block_lines(text: str) -> list[int]:
    """The line of `text` (from 0) each of `render`'s blocks comes from, without a document."""
    return render_lines(text, _NOWHERE)[1]


@dataclass(frozen=True)
class _List:
    num_id: int
    level: int


class _Blocks:
    def __init__(self, target: Target, base_level: int, style: str):
        self.target, self.base_level, self.style = target, base_level, style
        self.out: list = []
        self.lines: list[int] = []  # the source line of each block in `out`
        self.lists: list[_List] = []
        self.first_in_item = False
        self.quotes = 0

    def run(self, tokens: Sequence[Token]) -> list:
        i = 0
        while i < len(tokens):
            i = self.token(tokens, i)
        return self.out

    def token(self, tokens: Sequence[Token], i: int) -> int:
        tok = tokens[i]
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            ordered = kind == "ordered_list_open"
            start = int(tok.attrGet("start") or 1) if ordered else 1
            self.lists.append(_List(self.target.new_list(ordered, start), len(self.lists)))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            self.first_in_item = True
        elif kind == "blockquote_open":
            self.quotes += 1
        elif kind == "blockquote_close":
            self.quotes -= 1
        elif kind == "heading_open":
            level = min(self.base_level + int(tok.tag[1:]), MAX_HEADING)
            content = tokens[i + 1]
            self.add(tok, ox.Heading(level, "".join(inline(content, self.target)), plain(content, all_text=True)))
            return i + 3
        elif kind == "paragraph_open":
            self.add(tok, ox.paragraph(inline(tokens[i + 1], self.target), self.paragraph_props()))
            return i + 3
        elif kind in ("fence", "code_block", "html_block"):
            self.add(tok, ox.text_paragraph(tok.content.rstrip("\n"), ox.Para(style="SourceCode")))
        elif kind == "hr":
            self.add(tok, ox.paragraph("", ox.Para(rule_below=True)))
        elif kind == "table_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
            self.add(tok, table(tokens[i:end], self.target))
            return end + 1
        return i + 1

    def add(self, tok: Token, block: str) -> None:
        self.out.append(block)
        self.lines.append(tok.map[0] if tok.map else (self.lines[-1] if self.lines else 0))

    def paragraph_props(self) -> ox.Para:
        if self.lists:
            current = self.lists[-1]
            if self.style:  # in a cell or a form: items in its style, indented as little as their labels need
                left = COMPACT_INDENT * (current.level + 1)
                if self.first_in_item:
                    self.first_in_item = False
                    return ox.Para(style=self.style, align="left", numbering=(current.num_id, current.level),
                                   left=left, hanging=COMPACT_INDENT)
                return ox.Para(style=self.style, align="left", left=left)
            if self.first_in_item:
                self.first_in_item = False
                return ox.Para(style="ListParagraph", numbering=(current.num_id, current.level))
            return ox.Para(style="ListParagraph", left=list_indent(current.level))
        if self.quotes:
            return ox.Para(style="BlockText")
        return ox.Para(style=self.style)


def inline(token: Token, target: Target) -> list[str]:
    """Runs (and hyperlinks) of an inline token."""
    out: list[str] = []
    font = ox.PLAIN
    link: list[str] | None = None  # runs collected inside a link
    for child in token.children or ():
        kind = child.type
        emphasis = _EMPHASIS.get(kind.rsplit("_", 1)[0])
        if emphasis and kind.endswith(("_open", "_close")):
            font = replace(font, **{emphasis: kind.endswith("_open")})
            continue
        if kind == "link_open":
            href = str(child.attrGet("href") or "")
            if href and not href.startswith("#"):  # a link inside the page points nowhere in Word
                link, font = [], replace(font, style="Hyperlink")
            continue
        if kind == "link_close":
            if link is not None:
                out.append(ox.hyperlink("".join(link), rid=target.link(href)))
                link, font = None, replace(font, style="")
            continue
        if kind == "hardbreak":
            element = ox.line_break()
        elif kind == "softbreak":
            element = ox.run(" ", font)
        elif kind == "code_inline":
            element = ox.run(child.content, replace(font, style="VerbatimChar"))
        elif kind == "image":
            element = ox.run(child.content or "", replace(font, italic=True))
        else:  # text, and html_inline if a parser ever yields it: the characters as written
            element = ox.run(child.content, font)
        (link if link is not None else out).append(element)
    return out


def table(tokens: Sequence[Token], target: Target) -> str:
    """A Markdown (GFM) table: header row shaded and repeated on each page."""
    rows: list[tuple[bool, list]] = []
    header = False
    for i, tok in enumerate(tokens):
        if tok.type == "thead_open":
            header = True
        elif tok.type == "tbody_open":
            header = False
        elif tok.type == "tr_open":
            rows.append((header, []))
        elif tok.type in ("th_open", "td_open"):
            style = str(tok.attrGet("style") or "")
            align = _ALIGN.get(style.removeprefix("text-align:"), "")
            rows[-1][1].append((tokens[i + 1], align))
    if not rows:
        return ox.paragraph()
    columns = max(len(cells) for _, cells in rows)
    texts = [[plain(cells[c][0]) for _, cells in rows if c < len(cells)] for c in range(columns)]
    weights = [column_weight(t) for t in texts]
    rooms = split_width(target.width, weights)
    needs = [measure.longest_word(t, TABLE_TEXT_PT, True, room - CELL_MARGINS) for t, room in zip(texts, rooms)]
    widths = tables.fit(target.width, weights, [n + CELL_MARGINS if n else 0 for n in needs])
    out_rows = []
    for is_header, cells in rows:
        padded = cells + [(None, "")] * (columns - len(cells))
        # A row with nothing written but, perhaps, its number is a line to fill in by hand.
        blank = not is_header and columns > 1 and not any(tok is not None and plain(tok).strip()
                                                           for tok, _ in padded[1:])
        out_rows.append(tables.Row(
            tuple(tables.Cell(
                (ox.paragraph(inline(tok, target) if tok is not None else [],
                              ox.Para(style="TableHeading" if is_header else "TableText", align=align)),),
                shade=HEADER_FILL if is_header else "")
                for tok, align in padded),
            header=is_header, height=FILL_IN_ROW if blank else 0))
    return tables.table(widths, out_rows, "TableGrid")


def column_weight(texts: Sequence[str]) -> float:
    """Room for the longest word (no word breaks inside), and for long text up to a cap."""
    longest_word = max((len(word) for t in texts for word in t.split()), default=1)
    return max(longest_word * 1.6 + 2, min(max((len(t) for t in texts), default=1), 40))


def plain(token: Token, all_text: bool = False) -> str:
    """The text of an inline token without markup (with `all_text`, soft breaks as spaces)."""
    kinds = ("text", "code_inline", "softbreak", "hardbreak") if all_text else ("text", "code_inline")
    return "".join(" " if c.type.endswith("break") else c.content for c in token.children or () if c.type in kinds)


def split_width(total: int, weights: Sequence[float]) -> list[int]:
    """Column widths in proportion to `weights`, adding up to `total` exactly."""
    whole = sum(weights) or 1
    widths = [int(total * w / whole) for w in weights]
    widths[-1] += total - sum(widths)
    return widths
