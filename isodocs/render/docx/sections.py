"""Sections and the main document part: each section's page layout (the reference document's),
its header, where its pages are numbered from; the part written as a stream of fragments."""

from __future__ import annotations

import copy
import functools
from typing import Iterable, Iterator

from lxml import etree

from isodocs.render.docx.openxml import (
    NS_DECLARATIONS,
    R_NS,
    Para,
    element,
    esc,
    fragment,
    mm,
    paragraph_properties,
    sub_element,
    w,
)


def base_section(body: etree._Element) -> etree._Element:
    """The body's section properties, kept as the page layout of every section, without the
    reference document's own headers and footers."""
    found = body.find(w("sectPr"))
    sect = copy.deepcopy(found) if found is not None else _default_section()
    for tag in ("headerReference", "footerReference", "titlePg", "pgNumType"):
        for el in sect.findall(w(tag)):
            sect.remove(el)
    return sect


def _default_section() -> etree._Element:
    sect = element("sectPr")
    sub_element(sect, "pgSz", w=11906, h=16838)
    sub_element(sect, "pgMar", top=mm(20), right=mm(15), bottom=mm(20), left=mm(30), header=mm(10), footer=mm(10), gutter=0)
    return sect


def text_width(sect: etree._Element) -> int:
    size, margins = sect.find(w("pgSz")), sect.find(w("pgMar"))
    page = int(size.get(w("w"), 11906)) if size is not None else 11906
    if margins is None:
        return page - mm(45)
    return page - sum(int(margins.get(w(k), 0)) for k in ("left", "right", "gutter"))


# Children of CT_SectPr that come before pgNumType, in schema order.
_SECT_BEFORE_PGNUM = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
                      "pgMar", "paperSrc", "pgBorders", "lnNumType")


def section(base: etree._Element, *, header: str = "", restart_pages: bool = False, first_header: str = "") -> str:
    """Properties of one section: the base layout, its own header, page numbers from 1; with
    `first_header`, its first page has that header instead (NĐ 30: no number on page 1)."""
    if header and not first_header:  # made once per layout with a stand-in for the header's id (thousands)
        form = _section(base, restart_pages)
        if form.count(_HEADER_ID) == 1:
            return form.replace(_HEADER_ID, esc(header))
    return _made_section(base, header, restart_pages, first_header)


_HEADER_ID = "rIdIsodocsHeader"


@functools.lru_cache(maxsize=8)
def _section(base: etree._Element, restart_pages: bool) -> str:
    return _made_section(base, _HEADER_ID, restart_pages)


def _made_section(base: etree._Element, header: str, restart_pages: bool, first_header: str = "") -> str:
    sect = copy.deepcopy(base)
    for kind, rid in (("first", first_header), ("default", header)):
        if rid:
            ref = element("headerReference", type=kind)
            ref.set(f"{{{R_NS}}}id", rid)
            sect.insert(0, ref)
    if restart_pages:
        before = {w(n) for n in _SECT_BEFORE_PGNUM}
        position = max((i + 1 for i, child in enumerate(sect) if child.tag in before), default=0)
        sect.insert(position, element("pgNumType", start=1))
    if first_header:  # titlePg comes after everything else the base layout holds (CT_SectPr's order)
        later = {w(n) for n in ("textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings")}
        position = next((i for i, child in enumerate(sect) if child.tag in later), len(sect))
        sect.insert(position, element("titlePg"))
    return fragment(sect)


def section_break(sect: str, mark: str = "") -> str:
    """The tiny paragraph that ends a section: its properties live in its pPr, and `mark` (a
    bookmark) in it is on the section's last page. The last section's properties close the
    body instead: with `sect` empty the paragraph only carries the mark."""
    return f"<w:p>{paragraph_properties(Para(before=0, after=0, mark_size=1), sect)}{mark}</w:p>"


OPENING = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS_DECLARATIONS}><w:body>'
CLOSING = "</w:body></w:document>"


def document_xml(blocks: Iterable[str | bytes], last_section: str) -> Iterator[bytes]:
    """The main document part, in pieces (it never needs to exist whole)."""
    yield OPENING.encode()
    for block in blocks:
        yield block if isinstance(block, bytes) else block.encode()
    yield f"{last_section}{CLOSING}".encode()
