"""The coverage report as text, and the rows its DOCX tables share with the text.

Wording comes from the label templates (templates/labels.<lang>.j2), so the terminal and the
Word report say the same thing, and a manual's own labels change both.
"""

from __future__ import annotations

from isodocs.i18n import formats
from isodocs.legal.coverage import ClauseLine, Coverage, TthcLine
from isodocs.render.labels import Labels


def percent_text(value: float | None, lang: str) -> str:
    return formats.number(value or 0, lang)


def tthc_summary(cov: Coverage, labels: Labels) -> str:
    tthc = cov.tthc
    if not tthc.required:
        return labels.coverage_no_catalog
    return labels("coverage_tthc_summary", covered=tthc.covered, total=len(tthc.required),
                  percent=percent_text(tthc.percent, labels.lang))


def clauses_summary(cov: Coverage, labels: Labels) -> str:
    clauses = cov.clauses
    return labels("coverage_clauses_summary", addressed=clauses.addressed, total=len(clauses.lines),
                  percent=percent_text(clauses.percent, labels.lang))


def tthc_row(line: TthcLine, labels: Labels) -> tuple[str, str, str, str]:
    """code, name, field, and where it comes from (catalogue, decisions) or who serves it."""
    sources = []
    if line.rescinded_by:
        sources.append(labels("coverage_rescinded_by", number=line.rescinded_by))
    if line.in_catalog:
        sources.append(labels.coverage_catalog)
    if line.added_by:
        sources.append(labels("coverage_published", numbers=", ".join(line.added_by)))
    if line.procedures and (line.rescinded_by or not (line.in_catalog or line.added_by)):
        sources.append(", ".join(line.procedures))
    return line.code, line.name, line.field, "; ".join(sources)


def clause_gap(line: ClauseLine, labels: Labels, sub_clauses: bool) -> str:
    title = line.clause.title(labels.lang)
    return f"{title} ({labels.coverage_with_subclauses})" if sub_clauses else title


def gap_rows(cov: Coverage, labels: Labels) -> list[tuple[str, str]]:
    """(number, title) of each clause no document addresses, sub-clauses folded into it."""
    numbers = {line.clause.number for line in cov.clauses.lines}
    return [(line.clause.number,
             clause_gap(line, labels, any(n.startswith(line.clause.number + ".") for n in numbers)))
            for line in cov.clauses.gaps]


def tthc_sections(cov: Coverage, labels: Labels) -> list[tuple[str, list[tuple[str, str, str, str]]]]:
    """The TTHC lists worth a heading: gaps, rescinded codes, codes outside the catalogue."""
    sections = [(labels.coverage_gaps, cov.tthc.gaps), (labels.coverage_rescinded, cov.tthc.rescinded),
                (labels.coverage_outside, cov.tthc.outside if cov.tthc.has_catalog else ())]
    return [(title, [tthc_row(line, labels) for line in lines]) for title, lines in sections if lines]


def text_lines(cov: Coverage, labels: Labels) -> list[str]:
    lines = [labels.coverage_tthc, tthc_summary(cov, labels)]
    for title, rows in tthc_sections(cov, labels):
        lines.append(f"{title}:")
        lines += ["  " + "  ".join(cell for cell in row if cell) for row in rows]
    lines += ["", labels.coverage_clauses, clauses_summary(cov, labels)]
    gaps = gap_rows(cov, labels)
    if gaps:
        lines.append(f"{labels.coverage_clause_gaps}:")
        lines += [f"  {number:<8} {title}" for number, title in gaps]
    if cov.clauses.unknown:
        lines.append(f"{labels.coverage_unknown_clauses}:")
        lines += [f"  {code}: {clause}" for code, clause in cov.clauses.unknown]
    return lines
