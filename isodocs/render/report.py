"""Diagnostics as a person or a program reads them: text for terminals, JSON for tools."""

from __future__ import annotations

import json
from typing import Sequence

from isodocs.diagnostics import Diagnostic, Severity
from isodocs.model import Manual

_SEVERITY = {"vi": {Severity.ERROR: "lỗi", Severity.WARNING: "cảnh báo"},
             "en": {Severity.ERROR: "error", Severity.WARNING: "warning"}}
_COLOUR = {Severity.ERROR: "red", Severity.WARNING: "yellow"}


def counts(diagnostics: Sequence[Diagnostic]) -> tuple[int, int]:
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    return errors, len(diagnostics) - errors


def text_lines(diagnostics: Sequence[Diagnostic], lang: str, style=lambda text, **kw: text) -> list[str]:
    """`path:line:col: CODE severity: message` then an indented hint, like compilers print."""
    lines = []
    for d in diagnostics:
        place = d.path + "".join(f":{n}" for n in (d.line, d.column) if n is not None)
        severity = style(_SEVERITY[lang][d.severity], fg=_COLOUR[d.severity], bold=True)
        lines.append(f"{style(place, bold=True)}: {style(d.code, bold=True)} {severity}: {d.message(lang)}")
        hint = d.hint(lang)
        if hint:
            lines.append(f"    {'gợi ý' if lang == 'vi' else 'hint'}: {hint}")
    return lines


def summary(diagnostics: Sequence[Diagnostic], manual: Manual | None, lang: str) -> str:
    errors, warnings = counts(diagnostics)
    docs = len(manual.documents) if manual else 0
    legal = len(manual.legal) if manual else 0
    if lang == "vi":
        found = f"{errors} lỗi, {warnings} cảnh báo" if diagnostics else "Không có lỗi"
        return f"{found}; đã kiểm tra {docs} tài liệu và {legal} văn bản pháp luật."
    found = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}" if diagnostics else "No problems"
    return (f"{found}; checked {docs} document{'s' * (docs != 1)} "
            f"and {legal} legal {'entry' if legal == 1 else 'entries'}.")


def to_json(diagnostics: Sequence[Diagnostic], manual: Manual | None, root: str, lang: str) -> str:
    errors, warnings = counts(diagnostics)
    payload = {
        "manual": root,
        "commit": manual.commit if manual and manual.commit else None,
        "summary": {
            "errors": errors,
            "warnings": warnings,
            "documents": len(manual.documents) if manual else 0,
            "legal_entries": len(manual.legal) if manual else 0,
        },
        "diagnostics": [d.to_json(lang) for d in diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def rules_markdown() -> str:
    """The rule catalogue as docs/rules.md shows it (kept in step by a test)."""
    from isodocs.diagnostics.rules import ALL

    lines = [
        "# Diagnostics",
        "",
        "Every finding `isodocs check` can report, with its stable code. Codes are never reused.",
        "Errors stop `isodocs build`; warnings do not. `isodocs rules CODE` explains one.",
        "This page is generated: `isodocs rules --format markdown > docs/rules.md`.",
        "",
        "| code | name | severity | message (en) | thông báo (vi) |",
        "|---|---|---|---|---|",
    ]
    for rule in ALL.values():
        cells = (rule.code, rule.name, rule.severity.value, rule.message.en, rule.message.vi)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    for rule in ALL.values():
        lines += [f"## {rule.code} {rule.name}", ""]
        if rule.doc:
            lines += [rule.doc, ""]
        lines += [f"- {hint.en} / {hint.vi}" for hint in rule.hints] + [""]
    return "\n".join(lines)


_STATES = {
    "vi": {"draft": "dự thảo", "approved": "đã duyệt, chờ hiệu lực", "effective": "đang hiệu lực", "obsolete": "hết hiệu lực"},
    "en": {"draft": "draft", "approved": "approved, not yet effective", "effective": "effective", "obsolete": "obsolete"},
}
_STATUS_HEAD = {
    "vi": ("Mã hiệu", "Trạng thái", "Lần BH hiệu lực", "Lần BH mới nhất", "Hiệu lực từ", "Xem xét định kỳ"),
    "en": ("Code", "State", "In force", "Newest", "In force since", "Next review"),
}
_STATE_COLOUR = {"draft": "yellow", "approved": "cyan", "effective": "green", "obsolete": "red"}


def status_lines(statuses, lang: str, style=lambda text, **kw: text) -> list[str]:
    """A table of document states, one document a line."""
    from isodocs.model.lifecycle import start

    overdue = "quá hạn" if lang == "vi" else "overdue"
    rows = [_STATUS_HEAD[lang]]
    colours = [None]
    for s in statuses:
        review = s.next_review.isoformat() if s.next_review else "-"
        rows.append((
            s.code,
            _STATES[lang][s.state],
            str(s.in_force_revision or "-"),
            str(s.current_revision or "-"),
            start(s.in_force).isoformat() if s.in_force else "-",
            f"{review} ({overdue})" if s.overdue else review,
        ))
        colours.append(_STATE_COLOUR[s.state])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row, colour in zip(rows, colours):
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        if colour:
            cells[1] = style(cells[1], fg=colour)
        else:
            cells = [style(c, bold=True) for c in cells]
        lines.append("  ".join(cells).rstrip())
    return lines


def status_json(statuses) -> str:
    from isodocs.model.lifecycle import start

    return json.dumps([
        {
            "code": s.code,
            "title": s.title,
            "state": s.state,
            "in_force_revision": s.in_force_revision,
            "current_revision": s.current_revision,
            "in_force_since": start(s.in_force).isoformat() if s.in_force else None,
            "approved_by": s.in_force.by if s.in_force else None,
            "next_review": s.next_review.isoformat() if s.next_review else None,
            "overdue": s.overdue,
            "tampered": s.tampered is not None,
        }
        for s in statuses
    ], ensure_ascii=False, indent=2)
