"""The manual's contents: its master list, whose codes link to the documents' headings.

There is no table of contents field. Each document numbers its pages from 1 in its own section
("Trang x/y" counts that document's pages), so a contents field can only show "1" for every
document, as LibreOffice and Word do when they update it, and asking Word to update fields on
opening makes it prompt whoever opens the file. The master list already names every document
in order; its codes are links to the documents (Ctrl+click in Word, a click in the PDF), and
the headings stay in the navigation pane.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from isodocs.render.docx.openxml import Heading, at_end, at_start, esc


def anchor(n: int) -> str:
    """The bookmark on the heading of the n-th document (hidden in Word: a leading _)."""
    return f"_isodocs_doc_{n}"


def bookmarked(blocks: Iterable[str], n: int) -> Iterator[str]:
    """A document's blocks, its first heading bookmarked as the n-th document's (bookmark id n)."""
    done = False
    for block in blocks:
        if not done and isinstance(block, Heading):
            block = at_end(at_start(block, f'<w:bookmarkStart w:id="{n}" w:name="{esc(anchor(n))}"/>'),
                           f'<w:bookmarkEnd w:id="{n}"/>')
            done = True
        yield block
