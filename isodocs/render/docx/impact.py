"""The legal review report (báo cáo rà soát) as a Word document, for the ISO steering committee,
laid out as NĐ 30/2020/NĐ-CP lays out a report: the agency and national headings with the place
and date, the title, the scope, the findings (one row per suspect document: what changed in the
legal texts it relies on, the proposed action, a box to tick for each decision), and the
signatures of the ISO secretary who prepared it and of the approver, with their names.

Everything is said as people say it: a legal status in words, days as 01/12/2026, a document by
its code and revision (lần ban hành 02), a register change by the day it was recorded; no
commit ids. Legal numbers and codes never break across lines (non-breaking hyphens, columns
wide enough for them).

    render_impact(manual, impact, RenderOptions(stamp=...), today) -> bytes
"""

from __future__ import annotations

import datetime as dt

from isodocs.diagnostics import Severity
from isodocs.i18n import Msg, formats, said
from isodocs.legal.impact import FIELD_NAMES, Change, Finding, Impact
from isodocs.model import Manual
from isodocs.render.docx import openxml as ox
from isodocs.render.docx import tables
from isodocs.render.docx.common import BOLD, HEAD, HEADER_FILL, TEXT, TEXT_CENTER, Page, cell
from isodocs.render.docx.control import page_number_line
from isodocs.render.docx.letterhead import Signer, letterhead, rule, signatures
from isodocs.render.docx.openxml import unbroken, unbroken_numbers
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer

CENTERED = ox.Para(style="CoverText", align="center")
HEADING = ox.Para(keep_next=True, before=120, first_line=0)
BOX = "☐\u00a0"  # a box to tick, held to the first word of its choice by a no-break space
# Columns: No. | document | legal text and what changed | proposed action | decision. The
# third holds legal numbers: at 12 pt, wide enough for the longest (1234/2025/NĐ-CP-UBND).
WEIGHTS = (1.1, 3.3, 7.3, 2.8, 3.0)


def render_impact(manual: Manual, result: Impact, options: RenderOptions, today: dt.date) -> bytes:
    """The report on the findings of `isodocs impact` as of `today` (the day it is dated)."""
    build = Writer(manual, options)
    ctx = build.ctx
    info = CoreInfo(title=ctx.labels.impact_title, subject=manual.config.standard, creator=manual.config.agency.name,
                    language=LANGUAGE_TAGS[ctx.lang])
    # NĐ 30: no page number on the first page; the others numbered at the top, centred.
    section = Section(build.header([page_number_line()]), report_body(ctx, result, today), restart=False,
                      first=build.header([]))
    return build.finish([section], info)


def report_body(ctx: Page, result: Impact, today: dt.date) -> list:
    labels = ctx.labels
    config = ctx.manual.config
    blocks = [
        *letterhead(ctx, today),
        ox.text_paragraph(labels.impact_kind, ox.Para(style="CoverText", align="center", before=360), ox.Font(bold=True, size=14)),
        ox.text_paragraph(labels("impact_subject", standard=config.standard), CENTERED, BOLD),
        rule(ctx.width, 0.2),
        ox.text_paragraph(labels.impact_for, ox.Para(style="CoverText", align="center", before=200, after=200)),
        ox.text_paragraph(labels.impact_scope_title, HEADING, BOLD),
        ox.text_paragraph(labels("impact_scope", total=result.documents, date=formats.date(today))),
        ox.text_paragraph(labels.impact_results_title, HEADING, BOLD),
    ]
    if not result.findings:
        blocks.append(ox.text_paragraph(labels.impact_none, ox.Para(keep_next=True)))
    else:
        errors = sum(x.severity is Severity.ERROR for x in result.findings)
        blocks.append(ox.text_paragraph(labels("impact_summary", count=len(result.suspect), total=result.documents,
                                               errors=errors, warnings=len(result.findings) - errors)))
    if result.cleared:
        blocks.append(ox.text_paragraph(labels("impact_cleared", count=result.cleared)))
    if result.findings:
        blocks += [findings_table(ctx, result),
                   ox.text_paragraph(labels.impact_request_title, HEADING, BOLD),
                   ox.text_paragraph(labels.impact_request, ox.Para(keep_next=True))]
    approver = config.approvers[0] if config.approvers else ""
    blocks += signatures(ctx, [Signer(labels.impact_prepared, config.people.get(config.secretary)),
                               Signer(labels.impact_approved, config.people.get(approver), date_line=True)])
    return blocks


def findings_table(ctx: Page, result: Impact) -> str:
    labels = ctx.labels
    head = tables.Row(tuple(cell(h, HEAD, shade=HEADER_FILL, valign="center") for h in (
        labels.no, labels.impact_document, labels.impact_change, labels.impact_action, labels.impact_decision)),
        header=True)
    rows = [head]
    for n, code in enumerate(result.suspect, start=1):
        mine = [x for x in result.findings if x.code == code]
        first = mine[0]
        approved = formats.date(dt.date.fromisoformat(first.approved))
        document = tables.Cell((
            ox.text_paragraph(unbroken(code), TEXT, BOLD),
            ox.text_paragraph(labels("impact_revision", revision=formats.revision(first.revision), date=approved), TEXT),
            ox.text_paragraph(first.title, TEXT),
        ))
        changes = tables.Cell(tuple(p for finding in mine for p in finding_paragraphs(finding, ctx)))
        error = any(x.severity is Severity.ERROR for x in mine)
        action = cell(labels.impact_revise if error else labels.impact_review)
        choices = cell([BOX + labels.impact_choice_revise, BOX + labels.impact_choice_keep,
                        BOX + labels.impact_choice_other])
        rows.append(tables.Row((cell(str(n), TEXT_CENTER), document, changes, action, choices)))
    return tables.table(ctx.widths(*WEIGHTS), rows, "TableGrid")


def finding_paragraphs(finding: Finding, ctx: Page) -> list[str]:
    """The legal text in bold, then what changed in it, one line each, and the day the register
    recorded it."""
    labels, lang = ctx.labels, ctx.lang
    head = unbroken(finding.number)
    if finding.via:
        head += " " + labels("impact_via", number=unbroken(finding.via))
    out = [ox.text_paragraph(head, TEXT, BOLD)]
    if finding.kind == "decision":
        line = Msg("publication decision {number} modifies TTHC {tthc} after the approval", number=finding.number,
                   tthc=finding.tthc).say(lang)
        return out + [ox.text_paragraph(_capital(line), TEXT)]
    out += [ox.text_paragraph(change_line(change, lang), TEXT) for change in finding.changes]
    days = sorted({c.commit.date for c in finding.changes if c.commit})
    if days:
        out.append(ox.text_paragraph(labels("impact_updated", date=formats.date(days[-1])), TEXT, ox.Font(italic=True)))
    return out


def change_line(change: Change, lang: str) -> str:
    """Status: hết hiệu lực một phần → hết hiệu lực toàn bộ; Được thay thế bởi: 120/2026/NĐ-CP."""
    name = _capital(FIELD_NAMES[change.field].say(lang))
    if change.added:
        value = Msg("{numbers} (new)", numbers=", ".join(change.added)).say(lang)
    elif not change.before:
        value = said(change.said_after, lang)
    elif not change.after:
        value = Msg("{value} (removed)", value=change.said_before).say(lang)
    else:
        value = f"{said(change.said_before, lang)} → {said(change.said_after, lang)}"
    return unbroken_numbers(f"{name}: {value}")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
