"""DOCX output: the whole manual, or one document, as reproducible bytes.

    render_manual(manual, RenderOptions(stamp=...)) -> bytes
    render_document(manual, doc, RenderOptions(stamp=...)) -> bytes

The manual is a cover page, the master list of documents and a table of contents, then each
document in its own section: a new page, its own header table, pages numbered from 1.
Both functions are pure: they read nothing but the built-in resources.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import re
import zlib
from typing import Iterable, Mapping

from isodocs.i18n import formats
from isodocs.model import Document, Manual
from isodocs.model.lifecycle import approval_of, takes_effect
from isodocs.render.docx import openxml as ox
from isodocs.render.docx import rendered as pieces
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT_CENTER, Page, cell, grid, para
from isodocs.render.docx.contents import Contents
from isodocs.render.docx.control import kind_label, page_number_line, stamp
from isodocs.render.docx.openxml import bookmark
from isodocs.render.docx.package import WINDOW, Deflated, Stream, deflated, segment
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.rendered import Packed, Rendered, document_body  # noqa: F401 (the redline's)
from isodocs.render.docx.sections import CLOSING, OPENING, section, section_break
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer, end_bookmark
from isodocs.render.labels import place

KIND_ORDER = ("manual", "policy", "objectives", "procedure", "guideline", "form")


def render_manual(manual: Manual, options: RenderOptions, rendered: Mapping[str, Packed] | None = None,
                  pieces_cache=None) -> bytes:
    """The whole manual: cover, master list, contents, then every document (`rendered`: the
    documents already rendered for these options, by code; the others are rendered here).

    The main part is compressed piece by piece (package.segment): the cover, the front matter,
    then each document with the section that ends it, each piece with the one before as its
    dictionary. A piece's compressed bytes are a function of its bytes and those before it, so
    `pieces_cache` (get/put by key) keeps them: rebuilding after one change compresses the
    pieces of that document and the next one, not hundreds of MiB of XML."""
    build = Writer(manual, options)
    ctx, marking = build.ctx, options.marking
    cover_header = build.header(stamp(ctx, marking))
    front_header = build.header([*stamp(ctx, marking), page_number_line()])
    docs = ordered(manual.documents)
    packed = {doc.code: (rendered or {}).get(doc.code) or pieces.Packed.of(pieces.render(ctx, doc, options.marking_of(doc)))
              for doc in docs}
    contents = Contents(options.toc_levels)
    # Each document counts its own pages: the page number, within the document, of a bookmark
    # at its end (see page_header). Those bookmarks are numbered after the contents' own.
    marks = itertools.count(1 + sum(level <= contents.levels for doc in docs for level in packed[doc.code].headings))
    base = build.base
    segments = _Segments(pieces_cache)
    documents = Stream()
    before = b""
    for n, doc in enumerate(docs, start=1):
        parts = packed.pop(doc.code).open()
        header = build.header(pieces.header(parts, f"PAGEREF {end_bookmark(n)}"))
        body = pieces.placed(parts, build.new_list, build.relations.link)
        mark = bookmark(next(marks), end_bookmark(n))
        if n < len(docs):
            end = section_break(section(base, header=header, restart_pages=True), mark)
        else:  # the body's own section properties end it: a paragraph for the mark
            end = section_break("", mark) + section(base, header=header, restart_pages=True) + CLOSING
        data = ("".join(contents.mark(body)) + end).encode()
        documents.add(segments.piece(data, before), data)
        before = data[-WINDOW:]
    front = [*master_list(ctx, docs), ox.page_break(), para(ctx.labels.contents, ox.Para(style="TOCHeading")),
             *contents.field(ctx.labels.toc_placeholder)]
    first = (OPENING + "".join(cover(ctx, options.stamp.year))
             + section_break(section(base, header=cover_header))).encode()
    front_end = section(base, header=front_header, restart_pages=True)
    second = ("".join(front) + (section_break(front_end) if docs else front_end + CLOSING)).encode()
    main = Stream()
    main.add(segments.piece(first), first)
    main.add(segments.piece(second, first), second)
    main.extend(documents)
    build.relations.headers = [(name, segments.entry(data)) for name, data in build.relations.headers]
    agency = manual.config.agency.name
    info = CoreInfo(title=f"{agency} – {ctx.labels.cover_system}", subject=manual.config.standard,
                       creator=agency, language=LANGUAGE_TAGS[ctx.lang])
    return build.package(main.close(), info, update_fields=True)


class _Segments:
    """Compressed pieces of the main part, kept by a digest of their bytes and the bytes before;
    and whole entries (the headers) by a digest of their bytes."""

    def __init__(self, cache):
        self.cache = cache

    def entry(self, data: bytes) -> Deflated:
        if self.cache is None:
            return deflated(data)
        key = "entry:" + hashlib.blake2b(data, digest_size=20).hexdigest()
        found = self.cache.get(key)
        if isinstance(found, str):
            try:
                return Deflated(base64.b64decode(found, validate=True), zlib.crc32(data), len(data))
            except (ValueError, binascii.Error):
                pass
        made = deflated(data)
        self.cache.put(key, base64.b64encode(made.data).decode("ascii"))
        return made

    def piece(self, data: bytes, before: bytes = b"") -> Deflated:
        if self.cache is None:
            return segment(data, before)
        key = "piece:" + hashlib.blake2b(before[-WINDOW:] + b"\0" + data, digest_size=20).hexdigest()
        found = self.cache.get(key)
        if isinstance(found, str):
            try:
                return Deflated(base64.b64decode(found, validate=True), zlib.crc32(data), len(data))
            except (ValueError, binascii.Error):
                pass
        made = segment(data, before)
        self.cache.put(key, base64.b64encode(made.data).decode("ascii"))
        return made


def render_document(manual: Manual, doc: Document, options: RenderOptions, rendered: Packed | None = None) -> bytes:
    """One document on its own, as it is issued (`rendered`: its pages already rendered for
    these options)."""
    build = Writer(manual, options)
    ctx = build.ctx
    parts = rendered.open() if rendered is not None else pieces.render(ctx, doc, options.marking_of(doc))
    header = build.header(pieces.header(parts, "NUMPAGES"))
    info = CoreInfo(title=f"{doc.code} – {doc.title}", subject=kind_label(ctx, doc),
                       creator=manual.config.agency.name, keywords=doc.code, language=LANGUAGE_TAGS[ctx.lang])
    body = pieces.placed(parts, build.new_list, build.relations.link)
    return build.finish([Section(header, body)], info)


def render_parts(manual: Manual, docs: Iterable[Document], options: RenderOptions) -> dict[str, Rendered]:
    """Each document's pages rendered once for these options, by code: what both its own file
    and the manual are made of."""
    ctx = Writer(manual, options).ctx
    return {doc.code: pieces.render(ctx, doc, options.marking_of(doc)) for doc in docs}


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
        para(labels("cover_place_year", place=place(agency.name, labels.place_units), year=year),
             ox.Para(style="CoverText", before=ox.mm(95)), ox.Font(italic=True)),
    ]
    return blocks


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
        rows.append((str(n), doc.code, doc.title, formats.revision(doc.revision), formats.date(doc.issued),
                     formats.date(takes_effect(ctx.manual, doc)), approver))
    headers = (labels.no, labels.code, labels.document_title, labels.revision, labels.issued, labels.effective,
               labels.approved)
    table = grid(ctx, headers, rows, (1.1, 2.4, 4.6, 1.5, 2.3, 2.3, 3.2), centered=(0, 3, 4, 5))
    return [para(labels.master_list, ox.Para(style="TOCHeading")), table]
