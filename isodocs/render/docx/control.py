"""The control block of each document: page header table, responsibility block, revision table."""

from __future__ import annotations

import zlib

from isodocs.i18n import formats
from isodocs.model import Document
from isodocs.model.lifecycle import takes_effect
from isodocs.render.docx import measure, tables
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT_CENTER, Page, cell, grid, para

SMALL = ox.Font(size=11)
SMALL_BOLD = ox.Font(size=11, bold=True)
STAMP = ox.Font(bold=True, color="C00000")


def kind_label(ctx: Page, doc: Document) -> str:
    return getattr(ctx.labels, f"kind_{doc.kind}")


def stamp(ctx: Page, marking: str) -> list:
    """The marking (e.g. BẢN KIỂM SOÁT) boxed at the right of the page header, with a diagonal
    watermark across the page for a draft or an obsolete copy; on a numbered copy, its number
    and holder under it."""
    blocks = []
    if marking:
        props = ox.Para(style="Header", align="center", box=True, left=ctx.width * 2 // 3, after=60)
        mark = ox.text_paragraph(marking, props, STAMP)
        if marking in (ctx.labels.marking_draft, ctx.labels.marking_obsolete):
            mark = ox.at_end(mark, watermark(marking))
        blocks.append(mark)
    if ctx.copy:
        blocks.append(ox.text_paragraph(ctx.copy, ox.Para(style="Header", align="right", after=60), SMALL_BOLD))
    return blocks


def page_header(ctx: Page, doc: Document, marking: str, pages: str = "NUMPAGES") -> list:
    """agency | kind + title | code, revision, dates, Trang x/y (pages of this document only).

    `pages` is the field instruction that counts the pages: NUMPAGES in a document on its own;
    in the manual, where each document is a section numbering its pages from 1, PAGEREF to a
    bookmark on the section's last page (its page number there is the document's page count).
    SECTIONPAGES would say the same in Word, but LibreOffice does not compute it and prints
    whatever result was stored; both compute PAGEREF. The stored result is a placeholder, 1:
    the real count is known only once a program lays the pages out.
    """
    labels = ctx.labels
    agency = ctx.manual.config.agency
    centered = ox.Para(style="TableText", align="center")
    kind, title = kind_label(ctx, doc), doc.title.upper()
    middle = tuple(ox.text_paragraph(text, centered, BOLD)  # the title alone when it is the kind's name
                   for text in ((kind, title) if kind.casefold() != title.casefold() else (title,)))
    left = ox.Para(style="TableText", before=0, after=0)
    page = ox.paragraph(
        [ox.run(f"{labels.page}: ", SMALL), ox.field("PAGE", "1", SMALL), ox.run("/", SMALL),
         ox.field(pages, "1", SMALL)], left)
    facts = (
        ox.text_paragraph(f"{labels.code}: {doc.code}", left, SMALL_BOLD),
        ox.text_paragraph(f"{labels.revision}: {formats.revision(doc.revision)}", left, SMALL),
        ox.text_paragraph(f"{labels.issued}: {formats.date(doc.issued)}", left, SMALL),
        ox.text_paragraph(f"{labels.effective}: {formats.date(takes_effect(ctx.manual, doc))}", left, SMALL),
        page,
    )
    row = tables.Row((
        tables.Cell((ox.text_paragraph(agency.name.upper(), centered, BOLD),), valign="center"),
        tables.Cell(middle, valign="center"),
        tables.Cell(facts, valign="center"),
    ))
    return [*stamp(ctx, marking), tables.table(ctx.widths(3, 4.6, 3.4), [row], "TableGrid"),
            ox.paragraph("", ox.Para(style="Header", after=0, mark_size=6))]


def responsibility(ctx: Page, doc: Document) -> str:
    """Soạn thảo / Xem xét / Phê duyệt with name, an empty signature box, position."""
    labels = ctx.labels
    people = [ctx.manual.config.people.get(pid) for pid in (doc.prepared_by, doc.reviewed_by, doc.approved_by)]
    names = [p.name if p else pid for p, pid in zip(people, (doc.prepared_by, doc.reviewed_by, doc.approved_by))]
    titles = [p.title if p else "" for p in people]
    label = ox.Para(style="TableText")
    rows = [
        tables.Row((cell("", HEAD, shade=HEADER_FILL), *(cell(h, HEAD, shade=HEADER_FILL)
                for h in (labels.prepared, labels.reviewed, labels.approved)))),
        tables.Row((cell(labels.person_name, label, BOLD), *(cell(n, TEXT_CENTER, BOLD) for n in names))),
        tables.Row((cell(labels.signature, label, BOLD, valign="center"), *(cell("") for _ in names)), height=ox.mm(20)),
        tables.Row((cell(labels.position, label, BOLD), *(cell(t, TEXT_CENTER) for t in titles))),
    ]
    return tables.table(ctx.widths(2.4, 4, 4, 4), rows, "TableGrid")


def revisions(ctx: Page, doc: Document) -> list:
    """Theo dõi sửa đổi tài liệu: one row per revision; an approved revision says when it was
    approved, and by which decision."""
    labels = ctx.labels
    approved = {a.revision: a for a in ctx.manual.approvals_by_code.get(doc.code, ()) if a.action == "approve"}

    def reason(row) -> str:
        if row.reason:
            return getattr(labels, f"reason_{row.reason}")
        return labels.reason_first_issue if row.revision == 1 else ""

    def summary(row) -> str | tables.Cell:
        approval = approved.get(row.revision)
        if approval is None:
            return row.summary
        note = labels("approval_note", date=formats.date(approval.date), decision=approval.decision)
        return cell((row.summary, note) if row.summary else (note,))

    ordered = sorted(enumerate(doc.changes), key=lambda n_row: n_row[1].revision)
    rows = [(reason(row), row.sections, summary(row), formats.revision(row.revision), formats.date(row.date))
            for _, row in ordered]
    headers = (labels.change_reason, labels.change_sections, labels.change_summary, labels.revision, labels.issued)
    return ctx.keyed(("changes-title",), [
        para(labels.changes_title, ox.Para(style="Subtitle", before=240, keep_next=True)),
        grid(ctx, headers, rows, (3.2, 2.4, 6.6, 1.8, 2.2), centered=(3, 4), keys=(("changes", n) for n, _ in ordered)),
    ])


def page_number_line() -> str:
    """NĐ 30: page numbers centred at the top."""
    return ox.paragraph(ox.field("PAGE", "1"), ox.Para(style="Header", align="center"))


# Word's own watermark (Design > Watermark): a WordArt shape in the header, behind the text,
# centred on the page and turned 45°; Word's Remove Watermark finds it by its id. The text is
# stretched to the shape, so the shape is as wide as the text is long.
_VML = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"')
_WORDART = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>'
    '<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles>'
    '<v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>'
)
WATERMARK_LENGTH = 460  # points: fits the page's diagonal with room to spare


def watermark(text: str) -> str:
    """The run holding a diagonal watermark of `text`, for a header paragraph."""
    length = measure.width(text, 1, bold=True) or 1
    size = WATERMARK_LENGTH / length  # the font size that makes the text that long
    height = round(size * 1.2, 1)  # capitals with Vietnamese marks above them
    ident = zlib.crc32(text.encode())
    style = (f"position:absolute;margin-left:0;margin-top:0;width:{WATERMARK_LENGTH}pt;height:{height}pt;"
             "rotation:315;z-index:-251654144;mso-position-horizontal:center;"
             "mso-position-horizontal-relative:page;mso-position-vertical:center;mso-position-vertical-relative:page")
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:pict {_VML}>{_WORDART}'
            f'<v:shape id="PowerPlusWaterMarkObject{ident}" type="#_x0000_t136" style="{style}" o:allowincell="f" '
            f'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt;font-weight:bold" '
            f'string="{ox.esc(text)}"/><w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict></w:r>')
