"""The coverage report as a Word document: the manual's styles and page, our tables.

    render_coverage(manual, coverage, RenderOptions(stamp=...), today) -> bytes

The figures are given as of `today`, the day the report is made (the command's --today), not
the date its files are stamped with (which comes from the manual, for reproducible bytes).
"""

from __future__ import annotations

import datetime as dt

from isodocs.i18n import formats
from isodocs.legal.coverage import Coverage
from isodocs.model import Manual
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.common import BOLD, TEXT, Page, cell, grid, heading, para
from isodocs.render.docx.control import page_number_line
from isodocs.render.docx.properties import CoreInfo
from isodocs.render.docx.writer import LANGUAGE_TAGS, RenderOptions, Section, Writer
from isodocs.render.text import coverage as cr

CENTERED = ox.Para(style="CoverText")


def render_coverage(manual: Manual, cov: Coverage, options: RenderOptions, today: dt.date) -> bytes:
    build = Writer(manual, options)
    ctx = build.ctx
    labels = ctx.labels
    title = labels("coverage_title", standard=manual.config.standard)
    info = CoreInfo(title=title, subject=manual.config.standard, creator=manual.config.agency.name,
                       language=LANGUAGE_TAGS[ctx.lang])
    # NĐ 30: no page number on the first page; the others numbered at the top, centred.
    section = Section(build.header([page_number_line()]), report_body(ctx, cov, today), restart=False,
                      first=build.header([]))
    return build.finish([section], info)


def report_body(ctx: Page, cov: Coverage, today: dt.date) -> list:
    labels, agency = ctx.labels, ctx.manual.config.agency
    blocks = [
        para(agency.name.upper(), CENTERED, BOLD),
        para(labels("coverage_title", standard=ctx.manual.config.standard), ox.Para(style="Title")),
        para(labels("coverage_date", date=formats.date(today)), CENTERED, ox.Font(italic=True)),
        heading(1, labels.coverage_tthc),
        para(cr.tthc_summary(cov, labels)),
    ]
    for title, rows in cr.tthc_sections(cov, labels):
        numbered = [(str(n), ox.unbroken(code), name, field, ox.unbroken_numbers(source))
                    for n, (code, name, field, source) in enumerate(rows, start=1)]
        blocks += [heading(2, title),
                   grid(ctx, (labels.no, labels.tthc_code, labels.tthc_name, labels.tthc_field, labels.coverage_source),
                        numbered, (1, 2.2, 6, 2.5, 4.5))]
    blocks += [heading(1, labels.coverage_clauses), para(cr.clauses_summary(cov, labels))]
    gaps = cr.gap_rows(cov, labels)
    if gaps:
        blocks += [heading(2, labels.coverage_clause_gaps),
                   grid(ctx, (labels.clause, labels.clause_title), gaps, (2, 14))]
    if cov.clauses.unknown:
        blocks += [heading(2, labels.coverage_unknown_clauses),
                   grid(ctx, (labels.coverage_documents, labels.clause),
                        [(ox.unbroken(code), clause) for code, clause in cov.clauses.unknown], (8, 8), centered=())]
    # A sub-clause the standard gives no title of its own (4.4.1) shows none: its parent's,
    # printed again, would read as a second clause of that name.
    rows = [(cell(line.clause.number, TEXT, BOLD if line.clause.depth <= 2 else ox.PLAIN),
             line.clause.title(ctx.lang) if line.clause.titled else "",
             ", ".join(ox.unbroken(code) for code in line.documents))
            for line in cov.clauses.lines]
    blocks += [heading(2, labels.coverage_clause_table),
               grid(ctx, (labels.clause, labels.clause_title, labels.coverage_documents), rows, (2, 8, 6))]
    return blocks
