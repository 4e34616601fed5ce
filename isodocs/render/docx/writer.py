"""The writer every DOCX shares: the manual, a document, the reports and the redline are each one
`Writer` — the reference document's styles and page, the headers and body sections the
renderer gives it, the document properties, and reproducible bytes.

    writer = Writer(manual, RenderOptions(stamp=...))
    header = writer.header(blocks)
    data = writer.finish([Section(header, body)], CoreInfo(title=...))
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Iterable, Mapping, NamedTuple

from isodocs.model import Copy, Document, Manual, frozen_map
from isodocs.render.docx import markdown as md
from isodocs.render.docx.common import Page
from isodocs.render.docx.numbering import Numbering
from isodocs.render.docx.openxml import bookmark
from isodocs.render.docx.package import save
from isodocs.render.docx.parts import Relations
from isodocs.render.docx.properties import CoreInfo, set_core_properties, set_custom_properties
from isodocs.render.docx.reference import open_reference
from isodocs.render.docx.sections import base_section, document_xml, section, section_break, text_width
from isodocs.render.labels import labels_for

LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-US"}


@dataclass(frozen=True)
class RenderOptions:
    stamp: dt.datetime  # document dates: core properties and zip entries
    lang: str = ""  # vi or en; empty: the manual's language
    marking: str = ""  # printed in every page header, e.g. "BẢN KIỂM SOÁT"
    properties: Mapping[str, str] = field(default_factory=frozen_map)  # custom document properties
    markings: Mapping[str, str] = field(default_factory=frozen_map)  # code -> its pages' marking, over `marking`
    copy: Copy | None = None  # a numbered controlled copy: its number and holder on every page

    def marking_of(self, doc: Document) -> str:
        return self.markings.get(doc.code, self.marking)


class Section(NamedTuple):
    """One section of the output: its header, its content, how its pages are numbered."""

    header: str  # relationship id of its header
    blocks: Iterable  # XML fragments, as text or encoded
    restart: bool = True  # pages numbered from 1
    end: str = ""  # name of a bookmark put on its last page (its header's PAGEREF counts the pages)
    first: str = ""  # relationship id of its first page's own header (NĐ 30: no page number there)


def end_bookmark(n: int) -> str:
    """The bookmark at the end of the n-th document of a file (hidden in Word: a leading _)."""
    return f"_isodocs_end_{n}"


def language_tag(lang: str) -> str:
    return LANGUAGE_TAGS.get(lang, lang)


class Writer:
    """One output document being built: python-docx holds the reference's package, which the
    writer's headers, numbering and properties edit; the body is streamed in at the end."""

    def __init__(self, manual: Manual, options: RenderOptions):
        lang = options.lang or manual.config.language
        self.options = options
        self.document = open_reference(manual, language_tag(lang))
        part = self.document.part
        self.base = base_section(self.document.element.body)
        width = text_width(self.base)
        self.relations = Relations(part)
        target = md.Target(link=self.relations.link, new_list=Numbering(part).new_list, width=width)
        labels = labels_for(manual, lang)
        copy = options.copy
        self.ctx = Page(manual, labels, width, target,
                        labels("copy_line", number=f"{copy.number:02d}", holder=copy.holder) if copy else "")

    def header(self, blocks: list) -> str:
        """A new header holding `blocks`: its relationship id, for a Section."""
        return self.relations.header(blocks)

    def finish(self, sections: list[Section], info: CoreInfo, first_bookmark: int = 1) -> bytes:
        """The sections in order; the bookmarks at their ends numbered from `first_bookmark`
        (lower ids are taken)."""
        ids = itertools.count(first_bookmark)

        def mark(part: Section) -> str:
            return bookmark(next(ids), part.end) if part.end else ""

        def body():
            for part in sections[:-1]:
                yield from part.blocks
                yield section_break(section(self.base, header=part.header, restart_pages=part.restart,
                                            first_header=part.first), mark(part))
            yield from sections[-1].blocks
            if sections[-1].end:  # the body's own section properties end it: a paragraph for the mark
                yield section_break("", mark(sections[-1]))

        last = section(self.base, header=sections[-1].header, restart_pages=sections[-1].restart,
                       first_header=sections[-1].first)
        set_core_properties(self.document.core_properties, info)
        set_custom_properties(self.document.part.package, self.options.properties)
        main = self.document.part.partname.lstrip("/")
        return save(self.document, self.options.stamp, {main: document_xml(body(), last)})
