"""The redline: the new revision of each changed document rendered as it is issued, with every
difference from the old revision as a Word tracked change, after a first page carrying the
approval sheet (phiếu trình duyệt: each document with the summary of its change, the
reviewers' and approvers' names, room to sign) and then the changes listed in words.

    render_redline(manual_a, manual_b, diff, RenderOptions(stamp=...)) -> bytes

The changes come from the data diff (`ManualDiff`), the one comparison isodocs makes: both
revisions are rendered by the normal renderer, each block and table row keyed by the part of
the document it shows (isodocs.render.docx.keys), and merged as the diff paired the data: list
items it kept in place pair up (a changed step keeps its row), items it inserted, removed or
moved come and go whole, a text's paragraphs pair as its word diff aligned them, and a paired
paragraph that reads differently shows that word diff (isodocs.render.docx.merge). The page
header (revision, dates) too. Accepting every change gives the new revision's text, rejecting
every change the old one's. The changes are the preparer's (the new revision's `prepared_by`,
named from isodocs.yaml), dated the new revision's change-history row (else its issue date) at
midnight UTC. Change tracking is left on, so what a leader edits further is tracked too.

It is written for leadership: revisions are named as people name them (lần ban hành 01 → 02,
"(dự thảo)" on one not approved; the revisions in force; the version of a day), never by a
commit id; every page is marked DỰ THẢO where the new revision is a draft, else BẢN SO SÁNH; the
summary says each change in a sentence (isodocs.render.diffprose).
"""

from __future__ import annotations

import dataclasses

from isodocs.diff.changes import DocumentDiff, ManualDiff
from isodocs.diff.data import document_data
from isodocs.i18n import formats
from isodocs.model import Document, Manual
from isodocs.render import diffprose as prose
from isodocs.render import diffview as diff_view
from isodocs.render.docx import openxml as ox
from isodocs.render.docx import tables
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT, TEXT_CENTER, Page, cell, grid, para
from isodocs.render.docx.control import page_header, stamp
from isodocs.render.docx.keys import NEW, OLD, Keys, Pairing
from isodocs.render.docx.manual import document_body
from isodocs.render.docx.merge import merged
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.tracked import Marks, Revision, keep_tracking
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer, end_bookmark

FIRST_REVISION_ID = 1000  # above the bookmarks' ids, for readers that share the two
FLUSH = ox.Para(first_line=0, align="left")


def render_redline(manual_a: Manual, manual_b: Manual, diff: ManualDiff, options: RenderOptions) -> bytes:
    build = Writer(manual_b, options)
    ctx_new = build.ctx
    ctx_old = dataclasses.replace(ctx_new, manual=manual_a)
    labels = ctx_new.labels
    next_id = FIRST_REVISION_ID
    pairs = []
    for change in diff.documents:
        old = _find(manual_a, change.old)
        new = _find(manual_b, change.new)
        if old is None and new is None:
            continue
        pairs.append((change, old, new))
    markings = [document_marking(labels, manual_b, new) for _, _, new in pairs]
    first = labels.marking_draft if labels.marking_draft in markings else labels.marking_comparison
    sections = [Section(build.header(stamp(ctx_new, first)), front_page(ctx_new, diff, pairs), restart=False)]
    for n, ((change, old, new), marking) in enumerate(zip(pairs, markings), start=1):
        marks = Marks(revision_of(manual_b if new else manual_a, new or old), next_id)
        pages = f"PAGEREF {end_bookmark(n)}"
        if old and new:
            side_old, side_new = sides(ctx_old, ctx_new, change, old, new)
            header = merged(marks, page_header(side_old, old, marking, pages=pages),
                            page_header(side_new, new, marking, pages=pages))
            body = merged(marks, document_body(side_old, old), document_body(side_new, new))
        elif new:  # a new document: all of it inserted
            header = page_header(ctx_new, new, marking, pages=pages)
            body = marks.inserted(document_body(ctx_new, new))
        else:  # a document withdrawn: all of it deleted
            header = page_header(ctx_old, old, marking, pages=pages)
            body = marks.deleted(document_body(ctx_old, old))
        next_id = marks.next_id
        sections.append(Section(build.header(header), body, end=end_bookmark(n)))
    agency = manual_b.config.agency.name
    info = CoreInfo(title=f"{agency} – {ctx_new.labels.redline_title}", subject=ctx_new.labels.redline_title,
                    creator=agency, keywords=" ".join(c.code for c, _, _ in pairs),
                    language=LANGUAGE_TAGS.get(ctx_new.lang, ctx_new.lang))
    build.settings_edits.append(keep_tracking)
    return build.finish(sections, info)


def sides(ctx_old: Page, ctx_new: Page, change: DocumentDiff, old: Document, new: Document) -> tuple[Page, Page]:
    """The two pages a changed document is rendered on, each keying what it lays out by the
    part of the data it shows, as the diff paired the two revisions' data."""
    pairing = Pairing(change, document_data(old), document_data(new))
    return (dataclasses.replace(ctx_old, keys=Keys(pairing, OLD)),
            dataclasses.replace(ctx_new, keys=Keys(pairing, NEW)))


def _find(manual: Manual, ref) -> Document | None:
    if ref is None:
        return None
    for doc in manual.documents:
        if doc.origin.path == ref.path:
            return doc
    return manual.document(ref.code)


def document_marking(labels, manual_b: Manual, new: Document | None) -> str:
    """The marking on a document's pages: DỰ THẢO where its new revision is a draft, else BẢN SO
    SÁNH (a comparison, never to be taken for a controlled copy)."""
    draft = new is not None and not approved(manual_b, new)
    return labels.marking_draft if draft else labels.marking_comparison


def approved(manual: Manual, doc: Document) -> bool:
    """Whether the revision a manual holds is the content its approval record pinned (else a
    draft: never approved, or edited since)."""
    return any(a.action == "approve" and a.revision == doc.revision and a.content == doc.origin.blob_id
               for a in manual.approvals_by_code.get(doc.code, ()))


def revision_of(manual: Manual, doc: Document) -> Revision:
    """The preparer of the revision, on its change-history row's date (else its issue date)."""
    person = manual.config.people.get(doc.prepared_by)
    author = person.name if person else (doc.prepared_by or "isodocs")
    row = next((r for r in doc.changes if r.revision == doc.revision), None)
    day = row.date if row else doc.issued
    return Revision(author, f"{day.isoformat()}T00:00:00Z" if day else "1980-01-01T00:00:00Z")


# ---------------------------------------------------------------------------------------------
# The first page: what changed, and the approval sheet


def front_page(ctx: Page, diff: ManualDiff, pairs: list) -> list:
    """The cover (what is compared, named as people name revisions), the approval sheet, then
    the changes of each document said in sentences."""
    labels = ctx.labels
    agency = ctx.manual.config.agency
    view = diff_view.build(diff, ctx.lang)
    centred = ox.Para(align="center", first_line=0)
    blocks = [
        para(agency.name.upper(), centred, BOLD),
        para(labels.redline_title, ox.Para(style="Title")),
    ]
    if len(pairs) == 1:  # one document: its code and title, and its revisions
        change, old, new = pairs[0]
        doc = new or old
        blocks += [para(f"{doc.code} – {doc.title}", centred, BOLD),
                   para(revisions_line(ctx, old, new), centred)]
    else:
        old_side, new_side = diff_view.side_names(diff, ctx.lang)
        blocks.append(para(labels("redline_sides", old=old_side, new=new_side), centred))
    blocks += [
        para(labels.redline_note, ox.Para(), ox.Font(italic=True)),
        *approval_sheet(ctx, pairs),
        ox.page_break(),
        para(labels.redline_changes, ox.Para(style="Subtitle", keep_next=True)),
        para(view.summary, FLUSH),
    ]
    for doc in view.documents:
        blocks.append(para(f"{doc.code} – {doc.title} ({doc.status_label})",
                           ox.Para(keep_next=True, before=120, first_line=0, align="left"), BOLD))
        blocks += [para(sentence, ox.Para(left=ox.mm(6) * (1 + depth), first_line=0, align="left"))
                   for depth, sentence in prose.sentences(doc, ctx.lang)]
    if view.unreadable:  # changed files that could not be read: listed, not in the redline
        blocks.append(para(f"{view.words['unreadable']}:", ox.Para(keep_next=True), BOLD))
        blocks += [para(line, ox.Para(left=ox.mm(5))) for line in view.unreadable]
    return blocks


def revision_name(ctx: Page, doc: Document | None) -> str:
    """A side's revision as the sheet shows it: 02, with "(dự thảo)" when it is not approved."""
    if doc is None:
        return "–"
    number = formats.revision(doc.revision)
    return number if approved(ctx.manual, doc) else f"{number} {ctx.labels.redline_draft}"


def revisions_line(ctx: Page, old: Document | None, new: Document | None) -> str:
    """Lần ban hành 01 → 02 (dự thảo); a new document's first revision; a withdrawn one's last."""
    labels = ctx.labels
    if old is None:
        return labels("redline_new_revision", new=revision_name(ctx, new))
    if new is None:
        return labels("redline_removed_revision", old=formats.revision(old.revision))
    return labels("redline_revision_line", old=formats.revision(old.revision), new=revision_name(ctx, new))


def approval_sheet(ctx: Page, pairs: list) -> list:
    """Phiếu trình duyệt: each document, its revisions, the summary of its change, then the
    reviewers' and approvers' names, titles, a box to sign and a date line."""
    labels, people = ctx.labels, ctx.manual.config.people
    rows = []
    reviewers: list[str] = []
    approvers: list[str] = []
    for n, (change, old, new) in enumerate(pairs, start=1):
        doc = new or old
        revisions = labels("redline_revisions", old=formats.revision(old.revision) if old else "–",
                           new=revision_name(ctx, new))
        if new is None:
            summary = labels.redline_removed_document
        elif old is None:
            summary = labels.redline_new_document
        else:
            row = next((r for r in new.changes if r.revision == new.revision), None)
            summary = row.summary if row and (old.revision != new.revision) else ""
        rows.append((str(n), f"{doc.code} – {doc.title}", revisions, summary))
        for pid, found in ((doc.reviewed_by, reviewers), (doc.approved_by, approvers)):
            if pid and pid not in found:
                found.append(pid)
    headers = (labels.no, labels.redline_document, labels.revision, labels.change_summary)
    table = grid(ctx, headers, rows, (1.1, 6, 2.2, 6.4), centered=(0, 2))

    def names(ids):
        return [people[i].name if i in people else i for i in ids] or [""]

    def titles(ids):
        return [people[i].title if i in people else "" for i in ids] or [""]

    sign = [
        tables.Row((cell("", HEAD, shade=HEADER_FILL), cell(labels.reviewed, HEAD, shade=HEADER_FILL),
                cell(labels.approved, HEAD, shade=HEADER_FILL))),
        tables.Row((cell(labels.person_name, TEXT, BOLD), cell(names(reviewers), TEXT_CENTER, BOLD),
                cell(names(approvers), TEXT_CENTER, BOLD))),
        tables.Row((cell(labels.position, TEXT, BOLD), cell(titles(reviewers), TEXT_CENTER),
                cell(titles(approvers), TEXT_CENTER))),
        tables.Row((cell(labels.redline_opinion, TEXT, BOLD), cell(""), cell("")), height=ox.mm(15)),
        tables.Row((cell(labels.signature, TEXT, BOLD, valign="center"), cell(""), cell("")), height=ox.mm(25)),
        tables.Row((cell("", TEXT), cell(labels.redline_date_line, TEXT_CENTER),
                cell(labels.redline_date_line, TEXT_CENTER))),
    ]
    return [
        para(labels.redline_sheet, ox.Para(style="Subtitle", before=240, keep_next=True)),
        table,
        para(""),
        tables.table(ctx.widths(2.4, 6, 6), sign, "TableGrid"),
    ]
