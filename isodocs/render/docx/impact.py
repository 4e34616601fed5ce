"""The legal review report (báo cáo rà soát) as a Word document, for the ISO steering committee:
one row per suspect document, the changes, the proposed action, and room for the decision.

    render_impact(manual, impact, RenderOptions(stamp=...)) -> bytes
"""

from __future__ import annotations

from isodocs.diagnostics import Severity
from isodocs.i18n import formats
from isodocs.legal.impact import Impact
from isodocs.model import Manual
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.common import BOLD, Page, cell, grid, para
from isodocs.render.docx.control import page_number_line
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer
from isodocs.render.text.impact import change_lines

CENTERED = ox.Para(style="CoverText")


def render_impact(manual: Manual, result: Impact, options: RenderOptions) -> bytes:
    build = Writer(manual, options)
    ctx = build.ctx
    title = ctx.labels.impact_title
    info = CoreInfo(title=title, subject=manual.config.standard, creator=manual.config.agency.name,
                       language=LANGUAGE_TAGS[ctx.lang])
    header = build.header([page_number_line()])
    return build.finish([Section(header, report_body(ctx, result, options), restart=False)], info)


def report_body(ctx: Page, result: Impact, options: RenderOptions) -> list:
    labels, agency, lang = ctx.labels, ctx.manual.config.agency, ctx.lang
    errors = sum(x.severity is Severity.ERROR for x in result.findings)
    blocks = [
        para(agency.name.upper(), CENTERED, BOLD),
        para(labels.impact_title, ox.Para(style="Title")),
        para(labels("impact_date", date=formats.date(options.stamp.date())), CENTERED, ox.Font(italic=True)),
        para(labels.impact_for, CENTERED, BOLD),
    ]
    if not result.findings:
        return blocks + [para(labels.impact_none)]
    blocks.append(para(labels("impact_summary", count=len(result.suspect), total=result.documents, errors=errors,
                              warnings=len(result.findings) - errors)))
    rows = []
    for n, code in enumerate(result.suspect, start=1):
        mine = [x for x in result.findings if x.code == code]
        first = mine[0]
        document = cell([f"{code} ({first.revision})", first.title])
        entries = cell([x.number + (f" → {x.via}" if x.via else "") for x in mine])
        changes = cell([line for x in mine for line in [f"{x.number}:", *change_lines(x, lang)]])
        action = labels.impact_revise if any(x.severity is Severity.ERROR for x in mine) else labels.impact_review
        rows.append((str(n), document, entries, changes, action, labels.impact_choices))
    blocks.append(grid(ctx, (labels.no, labels.impact_document, labels.impact_entry, labels.impact_change,
                             labels.impact_action, labels.impact_decision), rows, (0.8, 3, 2.6, 5, 2.6, 3)))
    blocks += [para(""), grid(ctx, (labels.impact_prepared, labels.impact_chair), [("\n\n\n", "\n\n\n")], (8, 8),
                              centered=())]
    return blocks
