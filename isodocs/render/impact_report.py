"""The words of `isodocs impact`: text lines (one language) and JSON."""

from __future__ import annotations

import json

from isodocs.legal.impact import ERROR, FIELD_NAMES, Finding, Impact



def _pick(lang: str, en: str, vi: str) -> str:
    return vi if lang == "vi" else en


def severity_word(finding: Finding, lang: str) -> str:
    return _pick(lang, "error", "lỗi") if finding.severity == ERROR else _pick(lang, "warning", "cảnh báo")


def change_lines(finding: Finding, lang: str) -> list[str]:
    """What changed, one line each (a decision: the TTHC code it modifies)."""
    if finding.kind == "decision":
        return [_pick(lang, f"publication decision {finding.number} modifies TTHC {finding.tthc} after the approval",
                      f"quyết định công bố {finding.number} sửa đổi TTHC {finding.tthc} sau khi phê duyệt")]
    lines = []
    for change in finding.changes:
        name = FIELD_NAMES[change.field][lang == "vi"]
        was, now = change.before or "—", change.after or "—"
        line = f"{name}: {was} → {now}"
        if change.commit:
            line += f" (commit {change.commit.id[:12]}, {change.commit.date.isoformat()}: {change.commit.summary})"
        lines.append(line)
    return lines


def proposed_action(finding: Finding, lang: str) -> str:
    ack = f"isodocs legal ack {finding.code} {finding.number} --by ... --note ..."
    if finding.severity == ERROR:
        return _pick(lang, f"revise the document (reason legal_change, refs [{finding.number}]); or, if no change is "
                           f"needed, `{ack}`",
                     f"sửa đổi tài liệu (reason legal_change, refs [{finding.number}]); hoặc nếu không cần sửa, "
                     f"`{ack}`")
    return _pick(lang, f"review the change: revise the document, or `{ack}`",
                 f"rà soát thay đổi: sửa đổi tài liệu, hoặc `{ack}`")


def text_lines(result: Impact, lang: str) -> list[str]:
    lines = []
    for f in result.findings:
        via = _pick(lang, f" (via {f.via})", f" (qua {f.via})") if f.via else ""
        head = _pick(lang, f"{f.code} r{f.revision} (approved {f.approved}): {severity_word(f, lang)} [{f.rule}] "
                           f"{f.number}{via}",
                     f"{f.code} lần {f.revision} (phê duyệt {f.approved}): {severity_word(f, lang)} [{f.rule}] "
                     f"{f.number}{via}")
        lines.append(head)
        lines += [f"  {line}" for line in change_lines(f, lang)]
        lines.append(f"  → {proposed_action(f, lang)}")
    errors = sum(f.severity == ERROR for f in result.findings)
    warnings = len(result.findings) - errors
    count = len(result.suspect)
    lines.append(_pick(
        lang,
        f"{count} suspect document(s) of {result.documents} in force: {errors} error(s), {warnings} warning(s); "
        f"{result.cleared} cleared by review or revision",
        f"{count}/{result.documents} tài liệu đang hiệu lực cần rà soát: {errors} lỗi, {warnings} cảnh báo; "
        f"{result.cleared} đã được xác nhận hoặc sửa đổi"))
    return lines


def to_json(result: Impact) -> str:
    return json.dumps({
        "documents": result.documents, "suspect": result.suspect, "cleared": result.cleared,
        "findings": [f.as_json() for f in result.findings],
    }, ensure_ascii=False, indent=2)
