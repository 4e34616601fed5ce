"""The table of contents of the manual: a TOC field whose result is already filled in."""

from __future__ import annotations

from typing import Iterable, Iterator

from isodocs.render.docx.openxml import (
    Heading,
    Para,
    at_end,
    at_start,
    field,
    field_end,
    field_start,
    hyperlink,
    paragraph,
    run,
    text_paragraph,
)


class Contents:
    """A table of contents: bookmarks the headings it lists, then gives its field.

    The field's result is filled in already, each entry linked to its heading, so the contents
    read right before any program updates the field. Level-1 entries (documents, each
    numbering its pages from 1) carry no page number; deeper ones the page in their document.
    """

    def __init__(self, levels: int):
        self.levels = levels
        self.entries: list[str] = []

    @property
    def bookmarks(self) -> int:
        """How many bookmarks it placed: their ids are 1 to this number."""
        return len(self.entries)

    def mark(self, blocks: Iterable[str]) -> Iterator[str]:
        """The blocks, headings it lists bookmarked."""
        for block in blocks:
            if isinstance(block, Heading) and block.level <= self.levels:
                block = marked(block, self.entry(block.level, block.text))
            yield block

    def entry(self, level: int, text: str) -> int:
        """List a heading: the id of the bookmark it is to carry (see `marked`)."""
        ident = len(self.entries) + 1
        name = f"_Toc{ident:08d}"
        content = run(text)
        if level > 1:
            content += run("\t") + field(f"PAGEREF {name} \\h")
        self.entries.append(paragraph(hyperlink(content, anchor=name), Para(style=f"TOC{level}")))
        return ident

    def marked_from(self, blocks: Iterable[str], first: int) -> Iterator[str]:
        """The blocks, the headings it lists bookmarked with ids from `first` on (entries made
        already with `entry`)."""
        ident = first
        for block in blocks:
            if isinstance(block, Heading) and block.level <= self.levels:
                block = marked(block, ident)
                ident += 1
            yield block

    def field(self, placeholder: str) -> list[str]:
        """The TOC field: its entries, or `placeholder` when there are none."""
        entries = list(self.entries) or [text_paragraph(placeholder)]
        instruction = f'TOC \\o "1-{self.levels}" \\h \\z \\u \\n "1-1"'
        entries[0] = at_start(entries[0], field_start(instruction, dirty=True))
        entries[-1] = at_end(entries[-1], field_end())
        return entries


def marked(block: Heading, ident: int) -> str:
    """A listed heading with its bookmark."""
    return at_end(at_start(block, f'<w:bookmarkStart w:id="{ident}" w:name="_Toc{ident:08d}"/>'),
                  f'<w:bookmarkEnd w:id="{ident}"/>')
