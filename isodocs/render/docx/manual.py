"""DOCX output: the whole manual, or one document, as reproducible bytes.

    render_manual(manual, RenderOptions(stamp=...)) -> bytes
    render_document(manual, doc, RenderOptions(stamp=...)) -> bytes

The manual is a cover page and the master list of documents (its contents: see contents.py),
then each document in its own section: a new page, its own header table, pages numbered from 1.
Both functions are pure: they read nothing but the built-in resources.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Mapping

from isodocs.i18n import formats
from isodocs.model import Document, Manual
from isodocs.model.lifecycle import approval_of, takes_effect
from isodocs.render.cache import digest
from isodocs.render.docx import openxml as ox
from isodocs.render.docx import rendered as pieces
from isodocs.render.docx import tables
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT, TEXT_CENTER, Page, cell, grid, para
from isodocs.render.docx.contents import anchor
from isodocs.render.docx.control import kind_label, page_number_line, stamp
from isodocs.render.docx.package import Deflated, Stream, crc_shift, segment
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.rendered import Packed, Rendered, document_body  # noqa: F401 (the redline's)
from isodocs.render.docx.runs import Earlier, Runs, run_size
from isodocs.render.docx.sections import CLOSING, OPENING, section, section_break
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer
from isodocs.system.files import Chunks
from isodocs.render.labels import place

KIND_ORDER = ("manual", "policy", "objectives", "procedure", "guideline", "form")


def render_manual(manual: Manual, options: RenderOptions, rendered: Mapping[str, Packed] | None = None,
                  pieces_cache=None, context: str = "", earlier: Earlier | None = None,
                  laid: list[tuple[str, int, int, list[int]]] | None = None) -> bytes | Chunks:
    """The whole manual: cover, master list (its contents), then every document (`rendered`: the
    documents already rendered for these options, by code; the others are rendered here).

    The main part is compressed piece by piece (package.segment): the cover, the master list,
    then each document with the section that ends it, each piece with the one before as its
    dictionary. The documents are placed a run at a time (runs.py), each run kept in
    `pieces_cache` (get/put by key) under what decides its bytes: after one change one run is
    placed anew and the others replayed, not hundreds of MiB of XML opened and compressed. The
    master list's piece is kept too, by its rows and the build's `context` (what every document
    of the build shares: render.cache.context_digest), so it is laid out again only when a row
    changes. A run replayed takes its pieces from `earlier`, the file the last build wrote,
    where it can (runs.Earlier: the bytes returned are then Chunks, its pieces copied from that
    file when written); `laid`, when given, is told where each run's bytes lie in the bytes
    returned: its identity, its pieces' offset and length, and each of its headers' offset and
    length, one after the other.
    """
    build = Writer(manual, options)
    ctx, marking = build.ctx, options.marking
    cover_header = build.header(stamp(ctx, marking))
    # NĐ 30: the first page of the master list carries no number; the next ones do.
    first_header = build.header(stamp(ctx, marking))
    front_header = build.header([*stamp(ctx, marking), page_number_line()])
    docs = ordered(manual.documents)
    packed = {doc.code: (rendered or {}).get(doc.code) or pieces.Packed.of(pieces.render(ctx, doc, options.marking_of(doc)))
              for doc in docs}
    # Each document counts its own pages: the page number, within the document, of a bookmark
    # at its end (see page_header). The master list links each code to the bookmark on its
    # document's heading (ids 1 to n); the end bookmarks come after.
    runs = Runs(build, len(docs), pieces_cache, context, earlier)
    size = run_size(len(docs))
    for start in range(0, len(docs), size):
        runs.place([packed.pop(doc.code) for doc in docs[start:start + size]], start)
    segments = _Segments(pieces_cache)
    rows = master_rows(ctx, docs)
    opening = (OPENING + "".join(cover(ctx, docs, options.stamp.year))
               + section_break(section(build.base, header=cover_header)))
    first = opening.encode()
    front_end = section(build.base, header=front_header, restart_pages=True, first_header=first_header)
    end = section_break(front_end) if docs else front_end + CLOSING
    main = Stream()
    main.add(segment(first), first)
    key = digest("master list", context, repr(rows), end, opening) if context else ""
    found = segments.found(key)
    if found is not None:
        main.add(found[0], None, found[1])
    else:
        second = ("".join(master_table(ctx, rows)) + end).encode()
        main.add(segments.kept(key, segment(second, first)), second)
    before = main.length
    main.extend(runs.documents)
    agency = manual.config.agency.name
    info = CoreInfo(title=f"{agency} – {ctx.labels.cover_system}", subject=manual.config.standard,
                       creator=agency, language=LANGUAGE_TAGS[ctx.lang])
    offsets: dict[str, int] = {}
    data = build.package(main.close(), info, segments.part, offsets)
    if laid is not None:
        start, headers = offsets[build.main_part] + before, build.relations.headers
        for ident, offset, length, first, count in runs.laid:
            spans = [(offsets[name], len(header.data)) for name, header in headers[first:first + count]]
            laid.append((ident, start + offset, length, [x for span in spans for x in span]))
    return data


class _Segments:
    """The master list's compressed piece and the package's parts that list every document,
    kept in the build cache by the key of what they are made of."""

    def __init__(self, cache):
        self.cache = cache

    def kept(self, key: str, piece: Deflated) -> Deflated:
        self._put(key, piece)
        return piece

    def part(self, what: tuple, make: Callable[[], Deflated]) -> Deflated:
        """A part of the package made of `what` (its name and all it is made of), as kept, or
        made now: the numbering, relationships, content types and properties, which list every
        document, are made again only when one of their entries changed."""
        key = "part:" + digest(repr(what)) if self.cache is not None else ""
        found = self.found(key)
        return found[0] if found is not None else self.kept(key, make())

    def found(self, key: str) -> tuple[Deflated, int] | None:
        """The piece kept under `key` ("": none), with the shift of its CRC."""
        found = self.cache.get(key) if key and self.cache is not None else None
        if isinstance(found, list) and len(found) == 4:
            data, crc, size, shift = found
            if type(data) is bytes and type(crc) is int and type(size) is int and type(shift) is int:
                return Deflated(data, crc, size), shift
        return None

    def _put(self, key: str, made: Deflated) -> None:
        if key:
            self.cache.put(key, [made.data, made.crc, made.size,
                                 crc_shift(made.size)])


def render_document(manual: Manual, doc: Document, options: RenderOptions, rendered: Packed | None = None,
                    parts_cache=None) -> bytes:
    """One document on its own, as it is issued (`rendered`: its pages already rendered for
    these options). Its package's parts are kept in `parts_cache` (the build cache) by what they
    are made of: most documents' are alike."""
    build = Writer(manual, options)
    ctx = build.ctx
    parts = rendered.open() if rendered is not None else pieces.render(ctx, doc, options.marking_of(doc))
    header = build.header(pieces.header(parts, "NUMPAGES"))
    info = CoreInfo(title=f"{doc.code} – {doc.title}", subject=kind_label(ctx, doc),
                       creator=manual.config.agency.name, keywords=doc.code, language=LANGUAGE_TAGS[ctx.lang])
    body = pieces.placed(parts, build.new_list, build.relations.link)
    kept = _shared_parts(parts_cache) if parts_cache is not None else None
    return build.finish([Section(header, body)], info, kept=kept)


def _shared_parts(cache) -> Callable[[tuple, Callable[[], Deflated]], Deflated]:
    """The parts documents' own files share, kept in `cache` (the build cache): their numbering,
    content types and the form of their core properties, which python-docx makes. Their
    relationships, which name a document's own links, are made afresh (as text, see parts.py):
    kept, a province's would be 5,000 entries."""
    segments = _Segments(cache)
    return lambda what, make: make() if what[0] == "rels" else segments.part(what, make)


def render_parts(manual: Manual, docs: Iterable[Document], options: RenderOptions) -> dict[str, Rendered]:
    """Each document's pages rendered once for these options, by code: what both its own file
    and the manual are made of."""
    ctx = Writer(manual, options).ctx
    return {doc.code: pieces.render(ctx, doc, options.marking_of(doc)) for doc in docs}


def ordered(documents: Iterable[Document]) -> list[Document]:
    """As agencies file them: manual, policy, objectives, procedures, guidelines, forms; codes in
    natural order (QT-2 before QT-10)."""

    def key(doc: Document):
        natural = tuple((0, int(p)) if p.isdecimal() else (1, p) for p in _NUMBERS.split(doc.code) if p)
        return _RANK.get(doc.kind, len(KIND_ORDER)), natural

    return sorted(documents, key=key)


_NUMBERS = re.compile(r"(\d+)")
_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


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


def master_rows(ctx: Page, docs: list[Document]) -> list[tuple]:
    """Danh mục tài liệu: every document, grouped by kind, with who approved the revision shown
    and by which decision (None: not approved). Its rows are plain texts, so that their repr
    names them and costs no XML: master_table lays them out, only when a row changed."""
    rows: list[tuple] = []
    kind = None
    approvals = ctx.manual.approvals_by_code
    for n, doc in enumerate(docs, start=1):
        if doc.kind != kind:
            kind = doc.kind
            rows.append((kind_label(ctx, doc),))
        records = approvals.get(doc.code)
        approval = approval_of(list(records), doc) if records else None
        approver = tuple(t for t in (approval.name, approval.decision) if t) if approval else None
        rows.append((str(n), doc.code, doc.title, formats.revision(doc.revision), formats.date(doc.issued),
                     formats.date(takes_effect(ctx.manual, doc)), approver))
    return rows


def master_table(ctx: Page, rows: list[tuple]) -> list:
    """The master list laid out: its heading and the table of `rows` (see master_rows), each
    kind's heading across the table, each code a link to its document."""
    labels = ctx.labels
    headers = (labels.no, labels.code, labels.document_title, labels.revision, labels.issued, labels.effective,
               labels.approved)
    laid = []
    for row in rows:
        if len(row) == 1:
            laid.append((cell(row[0], HEAD, shade=HEADER_FILL, span=7),))
            continue
        n, code, title, revision, issued, effective, approver = row
        link = tables.Cell((ox.paragraph(ox.hyperlink(ox.run(code), anchor=anchor(int(n))), TEXT),))
        signed = (cell(approver, TEXT_CENTER) if approver is not None
                  else cell(labels.not_approved, TEXT_CENTER, ox.Font(italic=True)))
        laid.append((n, link, title, revision, issued, effective, signed))
    table = grid(ctx, headers, laid, (1.1, 2.4, 6.4, 1.8, 2.3, 2.3, 2.4), centered=(0, 3, 4, 5))
    return [para(labels.master_list, ox.Para(style="TOCHeading")), table]
