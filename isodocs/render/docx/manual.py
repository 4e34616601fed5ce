"""DOCX output: the whole manual, or one document, as reproducible bytes.

    render_manual(manual, RenderOptions(stamp=...)) -> bytes
    render_document(manual, doc, RenderOptions(stamp=...)) -> bytes

The manual is a cover page and the master list of documents (its contents: see contents.py),
then each document in its own section: a new page, its own header table, pages numbered from 1.
Both functions are pure: they read nothing but the built-in resources.
"""

from __future__ import annotations

import re
import zlib
from typing import Iterable

from isodocs.i18n import formats
from isodocs.model import Document, Manual
from isodocs.model.lifecycle import approval_of, takes_effect
from isodocs.render.docx import openxml as ox
from isodocs.render.docx import tables
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT, TEXT_CENTER, Page, cell, grid, heading, para
from isodocs.render.docx.content import content
from isodocs.render.docx.contents import anchor, bookmarked
from isodocs.render.docx.control import kind_label, page_header, page_number_line, responsibility, revisions, stamp
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer, end_bookmark
from isodocs.render.labels import place

KIND_ORDER = ("manual", "policy", "objectives", "procedure", "guideline", "form")


def render_manual(manual: Manual, options: RenderOptions) -> bytes:
    """The whole manual: cover, master list (its contents), then every document."""
    build = Writer(manual, options)
    ctx, marking = build.ctx, options.marking
    cover_header = build.header(stamp(ctx, marking))
    # NĐ 30: the first page of the master list carries no number; the next ones do.
    first_header = build.header(stamp(ctx, marking))
    front_header = build.header([*stamp(ctx, marking), page_number_line()])
    docs = ordered(manual.documents)
    # Documents are built first and kept compressed (a province's manual is hundreds of MiB of
    # XML) until the part is written. Each counts its own pages: the page number, within the
    # document, of a bookmark at its end (see page_header). The master list links each code to
    # the bookmark on its document's heading (ids 1 to n; the end bookmarks come after).
    documents = [
        Section(build.header(page_header(ctx, doc, options.marking_of(doc), pages=f"PAGEREF {end_bookmark(n)}")),
                _Packed("".join(bookmarked(document_body(ctx, doc), n))), end=end_bookmark(n))
        for n, doc in enumerate(docs, start=1)
    ]
    sections = [Section(cover_header, cover(ctx, docs, options.stamp.year), restart=False),
                Section(front_header, master_list(ctx, docs), first=first_header), *documents]
    agency = manual.config.agency.name
    info = CoreInfo(title=f"{agency} – {ctx.labels.cover_system}", subject=manual.config.standard,
                       creator=agency, language=LANGUAGE_TAGS[ctx.lang])
    return build.finish(sections, info, first_bookmark=len(docs) + 1)


def render_document(manual: Manual, doc: Document, options: RenderOptions) -> bytes:
    """One document on its own, as it is issued."""
    build = Writer(manual, options)
    ctx = build.ctx
    header = build.header(page_header(ctx, doc, options.marking_of(doc), pages="NUMPAGES"))
    info = CoreInfo(title=f"{doc.code} – {doc.title}", subject=kind_label(ctx, doc),
                       creator=manual.config.agency.name, keywords=doc.code, language=LANGUAGE_TAGS[ctx.lang])
    return build.finish([Section(header, document_body(ctx, doc))], info)


def document_body(ctx: Page, doc: Document) -> list:
    """Heading (the contents entry), responsibility block, revision table, content."""
    title = ctx.labels("document_heading", code=doc.code, title=doc.title, kind=kind_label(ctx, doc))
    return [*ctx.keyed(("heading",), [heading(1, title), responsibility(ctx, doc)]), *revisions(ctx, doc),
            *content(ctx, doc)]


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


def cover(ctx: Page, docs: list[Document], year: int) -> list:
    """Parent body over the agency (NĐ 30 style, a short solid line under it), the title, the
    standard, what identifies this issue of the manual, then place and year."""
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
        *issue(ctx, next((d for d in docs if d.kind == "manual"), None)),
        para(labels("cover_place_year", place=place(agency.name, labels.place_units), year=year),
             ox.Para(style="CoverText", before=ox.mm(75)), ox.Font(italic=True)),
    ]
    return blocks


def issue(ctx: Page, manual_doc: Document | None) -> list:
    """The code, revision and effective date of the manual's own document (the quality manual,
    sổ tay chất lượng) and the decision that issued it: what identifies an issue of a manual.
    Without such a document the manual has no code or revision of its own (the master list
    gives each document's), and the cover says nothing it would have to invent."""
    if manual_doc is None:
        return []
    labels = ctx.labels
    approval = approval_of(list(ctx.manual.approvals_by_code.get(manual_doc.code, ())), manual_doc)
    facts = (f"{labels.code}: {manual_doc.code}", f"{labels.revision}: {formats.revision(manual_doc.revision)}",
             f"{labels.effective}: {formats.date(takes_effect(ctx.manual, manual_doc))}")
    decision = (labels("cover_decision", decision=approval.decision, date=formats.date(approval.date)) if approval
                else labels.cover_draft)
    return [para(facts[0], ox.Para(style="CoverText", before=ox.mm(20)), BOLD),
            *(para(fact, COVER) for fact in facts[1:]),
            para(decision, ox.Para(style="CoverText", before=120), ox.Font(italic=True))]


def master_list(ctx: Page, docs: list[Document]) -> list:
    """Danh mục tài liệu: every document, grouped by kind, its code a link to it, with who
    approved the revision shown and by which decision ("not approved" for content that is not)."""
    labels = ctx.labels
    rows: list = []
    kind = None
    for n, doc in enumerate(docs, start=1):
        if doc.kind != kind:
            kind = doc.kind
            rows.append((cell(kind_label(ctx, doc), HEAD, shade=HEADER_FILL, span=7),))
        approval = approval_of(list(ctx.manual.approvals_by_code.get(doc.code, ())), doc)
        if approval:
            approver = cell([t for t in (approval.name, approval.decision) if t], TEXT_CENTER)
        else:
            approver = cell(labels.not_approved, TEXT_CENTER, ox.Font(italic=True))
        code = tables.Cell((ox.paragraph(ox.hyperlink(ox.run(doc.code), anchor=anchor(n)), TEXT),))
        rows.append((str(n), code, doc.title, formats.revision(doc.revision), formats.date(doc.issued),
                     formats.date(takes_effect(ctx.manual, doc)), approver))
    headers = (labels.no, labels.code, labels.document_title, labels.revision, labels.issued, labels.effective,
               labels.approved)
    table = grid(ctx, headers, rows, (1.1, 2.4, 6.4, 1.8, 2.3, 2.3, 2.4), centered=(0, 3, 4, 5))
    return [para(labels.master_list, ox.Para(style="TOCHeading")), table]


# ---------------------------------------------------------------------------------------------
# Documents kept small until the document part is written


class _Packed:
    """XML text held deflated; iterating gives it back encoded."""

    def __init__(self, text: str):
        self.data = zlib.compress(text.encode(), 1)

    def __iter__(self):
        yield zlib.decompress(self.data)
