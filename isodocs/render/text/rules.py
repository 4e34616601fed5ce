"""The rule catalogue for people: `isodocs rules`, and docs/rules.md (generated from it)."""

from __future__ import annotations

from isodocs.diagnostics import Rule
from isodocs.diagnostics.rules import ALL


def listing(lang: str) -> list[str]:
    """One line per rule: code, severity, name, message."""
    return [f"{rule.code}  {rule.severity.value:<7}  {rule.name:<24} {rule.message.template(lang)}"
            for rule in ALL.values()]


def explanation(rule: Rule, lang: str) -> list[str]:
    """One rule: its message, its hints, and why it exists."""
    lines = [f"{rule.code} {rule.name} ({rule.severity.value})", rule.message.template(lang)]
    lines += [f"  - {hint.template(lang)}" for hint in rule.hints]
    if rule.doc:
        lines.append(rule.doc.say(lang))
    return lines


def rules_markdown() -> str:
    """The rule catalogue as docs/rules.md shows it (kept in step by a test)."""
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
        cells = (rule.code, rule.name, rule.severity.value, rule.message.template("en"), rule.message.template("vi"))
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    for rule in ALL.values():
        lines += [f"## {rule.code} {rule.name}", ""]
        if rule.doc:
            lines += [rule.doc.say("en"), "", rule.doc.say("vi"), ""]
        lines += [f"- {hint.template('en')} / {hint.template('vi')}" for hint in rule.hints] + [""]
    return "\n".join(lines)
