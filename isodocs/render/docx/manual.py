"""DOCX output: the whole manual, or one document, as reproducible bytes.

    render_manual(manual, RenderOptions(stamp=...)) -> bytes
    render_document(manual, doc, RenderOptions(stamp=...)) -> bytes

The manual is a cover page, the master list of documents and a table of contents, then each
document in its own section: a new page, its own header table, pages numbered from 1.
Both functions are pure: they read nothing but the built-in resources.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable, Mapping, NamedTuple

import docx

from isodocs.model import Copy, Document, Manual, frozen_map
from isodocs.model.lifecycle import approval_of
from isodocs.render import formats as f
from isodocs.render.docx import markdown as md
from isodocs.render.docx import ooxml as ox
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT_CENTER, Page, cell, grid, heading, para
from isodocs.render.docx.content import content
from isodocs.render.docx.control import kind_label, page_header, responsibility, revisions, stamp
from isodocs.render.docx.package import save
from isodocs.render.labels import labels_for
from isodocs.system import resources

KIND_ORDER = ("manual", "policy", "objectives", "procedure", "guideline", "form")
LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-US"}
STYLES_USED = (
    "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "TOCHeading",
    "TOC1", "TOC2", "TOC3", "TOC4", "Header", "TableText", "TableHeading", "ListParagraph", "BlockText",
    "SourceCode", "CoverText", "Hyperlink", "VerbatimChar", "TableGrid",
)


@dataclass(frozen=True)
class RenderOptions:
    stamp: dt.datetime  # document dates: core properties and zip entries
    lang: str = ""  # vi or en; empty: the manual's language
    marking: str = ""  # printed in every page header, e.g. "BẢN KIỂM SOÁT"
    properties: Mapping[str, str] = field(default_factory=frozen_map)  # custom document properties
    toc_levels: int = 1  # heading levels in the manual's table of contents (1: the documents)
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


def end_bookmark(n: int) -> str:
    """The bookmark at the end of the manual's n-th document (hidden in Word: a leading _)."""
    return f"_isodocs_end_{n}"


def render_manual(manual: Manual, options: RenderOptions) -> bytes:
    """The whole manual: cover, master list, contents, then every document."""
    build = _Build(manual, options)
    ctx, marking = build.ctx, options.marking
    cover_header = build.header(stamp(ctx, marking))
    front_header = build.header([*stamp(ctx, marking), page_number_line()])
    docs = ordered(manual.documents)
    contents = ox.Contents(options.toc_levels)
    # The contents come first but list every document: documents are built first and kept
    # compressed (a province's manual is hundreds of MiB of XML) until the part is written.
    # Each document counts its own pages: the page number, within the document, of a bookmark
    # at its end (see page_header).
    documents = [
        Section(build.header(page_header(ctx, doc, options.marking_of(doc), pages=f"PAGEREF {end_bookmark(n)}")),
                _Packed("".join(contents.mark(document_body(ctx, doc)))), end=end_bookmark(n))
        for n, doc in enumerate(docs, start=1)
    ]
    front = [*master_list(ctx, docs), ox.page_break(), para(ctx.labels.contents, ox.Para(style="TOCHeading")),
             *contents.field(ctx.labels.toc_placeholder)]
    sections = [Section(cover_header, cover(ctx, options.stamp.year), restart=False), Section(front_header, front),
                *documents]
    agency = manual.config.agency.name
    info = ox.CoreInfo(title=f"{agency} – {ctx.labels.cover_system}", subject=manual.config.standard,
                       creator=agency, language=LANGUAGE_TAGS[ctx.lang])
    return build.finish(sections, info, update_fields=True, first_bookmark=contents.bookmarks + 1)


def render_document(manual: Manual, doc: Document, options: RenderOptions) -> bytes:
    """One document on its own, as it is issued."""
    build = _Build(manual, options)
    ctx = build.ctx
    header = build.header(page_header(ctx, doc, options.marking_of(doc), pages="NUMPAGES"))
    info = ox.CoreInfo(title=f"{doc.code} – {doc.title}", subject=kind_label(ctx, doc),
                       creator=manual.config.agency.name, keywords=doc.code, language=LANGUAGE_TAGS[ctx.lang])
    return build.finish([Section(header, document_body(ctx, doc))], info)


def document_body(ctx: Page, doc: Document) -> list:
    """Heading (the contents entry), responsibility block, revision table, content."""
    title = ctx.labels("document_heading", code=doc.code, title=doc.title, kind=kind_label(ctx, doc))
    return [heading(1, title), responsibility(ctx, doc), *revisions(ctx, doc), *content(ctx, doc)]


def ordered(documents: Iterable[Document]) -> list[Document]:
    """As agencies file them: manual, policy, objectives, procedures, guidelines, forms; codes in
    natural order (QT-2 before QT-10)."""

    def key(doc: Document):
        natural = tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", doc.code) if p)
        rank = KIND_ORDER.index(doc.kind) if doc.kind in KIND_ORDER else len(KIND_ORDER)
        return rank, natural

    return sorted(documents, key=key)


# ---------------------------------------------------------------------------------------------
# Front matter

COVER = ox.Para(style="CoverText")


def cover(ctx: Page, year: int) -> list:
    """Parent body over the agency (NĐ 30 style, a short solid line under it), the title, the
    standard, then place and year."""
    labels, config = ctx.labels, ctx.manual.config
    agency = config.agency
    blocks = []
    if agency.parent:
        blocks.append(para(agency.parent.upper(), COVER))
    blocks += [
        para(agency.name.upper(), COVER, BOLD),
        ox.paragraph("", ox.Para(style="CoverText", rule_below=True, left=ctx.width * 3 // 8, mark_size=4)),
        para(labels.cover_system, ox.Para(style="Title", before=ox.mm(75)), ox.Font(bold=True, size=20)),
        para(labels("cover_standard", standard=config.standard), ox.Para(style="Subtitle")),
        para(labels("cover_place_year", place=f.place(agency.name, labels.place_units), year=year),
             ox.Para(style="CoverText", before=ox.mm(95)), ox.Font(italic=True)),
    ]
    return blocks


def page_number_line() -> str:
    """NĐ 30: page numbers centred at the top."""
    return ox.paragraph(ox.field("PAGE", "1"), ox.Para(style="Header", align="center"))


def master_list(ctx: Page, docs: list[Document]) -> list:
    """Danh mục tài liệu: every document, grouped by kind, with who approved the revision shown
    and by which decision (blank for content not approved)."""
    labels = ctx.labels
    rows: list = []
    kind = None
    for n, doc in enumerate(docs, start=1):
        if doc.kind != kind:
            kind = doc.kind
            rows.append((cell(kind_label(ctx, doc), HEAD, shade=HEADER_FILL, span=7),))
        approval = approval_of(list(ctx.manual.approvals_by_code.get(doc.code, ())), doc)
        approver = cell([t for t in (approval.name, approval.decision) if t] if approval else "", TEXT_CENTER)
        rows.append((str(n), doc.code, doc.title, f.revision(doc.revision), f.date(doc.issued),
                     f.date(doc.effective_date), approver))
    headers = (labels.no, labels.code, labels.document_title, labels.revision, labels.issued, labels.effective,
               labels.approved)
    table = grid(ctx, headers, rows, (1.1, 2.4, 4.6, 1.5, 2.3, 2.3, 3.2), centered=(0, 3, 4, 5))
    return [para(labels.master_list, ox.Para(style="TOCHeading")), table]


# ---------------------------------------------------------------------------------------------
# The python-docx document being built


class _Packed:
    """XML text held deflated; iterating gives it back encoded."""

    def __init__(self, text: str):
        self.data = zlib.compress(text.encode(), 1)

    def __iter__(self):
        yield zlib.decompress(self.data)


@cache
def _builtin_reference() -> bytes:
    return resources.read_bytes("templates", "reference.docx")


@cache
def _builtin_styles() -> bytes:
    with zipfile.ZipFile(io.BytesIO(_builtin_reference())) as zf:
        return zf.read("word/styles.xml")


class _Build:
    """One output document: the reference's styles and page, our headers and body."""

    def __init__(self, manual: Manual, options: RenderOptions):
        lang = options.lang or manual.config.language
        self.options = options
        self.document = docx.Document(io.BytesIO(manual.reference_docx or _builtin_reference()))
        styles = self.document.styles.element
        if manual.reference_docx:  # pandoc's convention: their styles, ours where they have none
            ox.add_missing_styles(styles, ox.parse_part(_builtin_styles()), STYLES_USED)
        ox.set_language(styles, LANGUAGE_TAGS.get(lang, lang))
        part = self.document.part
        self.base = ox.base_section(self.document.element.body)
        width = ox.text_width(self.base)
        self.relations = ox.Relations(part)
        target = md.Target(link=self.relations.link, new_list=ox.Numbering(part).new_list, width=width)
        labels = labels_for(manual, lang)
        copy = options.copy
        self.ctx = Page(manual, labels, width, target,
                       labels("copy_line", number=f"{copy.number:02d}", holder=copy.holder) if copy else "")

    def header(self, blocks: list) -> str:
        return self.relations.header(blocks)

    def finish(self, sections: list[Section], info: ox.CoreInfo, update_fields: bool = False,
               first_bookmark: int = 1) -> bytes:
        """The sections in order; the bookmarks at their ends numbered from `first_bookmark`
        (lower ids are taken)."""
        ids = itertools.count(first_bookmark)

        def mark(section: Section) -> str:
            return ox.bookmark(next(ids), section.end) if section.end else ""

        def body():
            for section in sections[:-1]:
                yield from section.blocks
                yield ox.section_break(ox.section(self.base, header=section.header, restart_pages=section.restart),
                                       mark(section))
            yield from sections[-1].blocks
            if sections[-1].end:  # the body's own section properties end it: a paragraph for the mark
                yield ox.section_break("", mark(sections[-1]))

        last = ox.section(self.base, header=sections[-1].header, restart_pages=sections[-1].restart)
        if update_fields:
            ox.request_field_update(self.document.settings.element)
        ox.set_core_properties(self.document.core_properties, info)
        ox.set_custom_properties(self.document.part.package, self.options.properties)
        main = self.document.part.partname.lstrip("/")
        return save(self.document, self.options.stamp, {main: ox.document_xml(body(), last)})
