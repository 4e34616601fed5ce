"""The rule catalogue for people: `isodocs rules`, `isodocs explain`, and docs/rules.md (generated
from it). An explanation is the rule's message, why the rule exists, how to fix a finding, and a
wrong and a right example (isodocs/diagnostics/examples.yaml)."""

from __future__ import annotations

from isodocs.diagnostics import Rule
from isodocs.diagnostics.examples import Example, FileChange, Side, example
from isodocs.diagnostics.rules import ALL
from isodocs.i18n import Msg
from isodocs.render.text.diagnostics import severity_word

WHY = Msg("Why:")
HOW_TO_FIX = Msg("How to fix:")
APPROVED = Msg("Approved first:")
WRONG = Msg("Wrong:")
RIGHT = Msg("Right:")


class _Unfilled(dict):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def shown(text: Msg, lang: str) -> str:
    """A message or hint as a reader sees it before a finding fills it in: its {placeholders}
    left as they are, and braces written double in the template ({{ }}) shown once."""
    return text.template(lang).format_map(_Unfilled())


def listing(lang: str) -> list[str]:
    """One line per rule: code, severity, name, message."""
    return [f"{rule.code}  {rule.severity.value:<7}  {rule.name:<24} {shown(rule.message, lang)}"
            for rule in ALL.values()]


def sides(found: Example | None) -> list[tuple[Msg, Side]]:
    """The sides of an example in the order they are shown: the approved state, wrong, right."""
    if found is None:
        return []
    return ([(APPROVED, found.approved)] if found.approved else []) + [(WRONG, found.wrong), (RIGHT, found.right)]


def file_heading(change: FileChange, lang: str) -> str:
    """The file a change is made to, and what is done to it when that is not shown as text."""
    if change.copy_of:
        return Msg("{path} (a copy of {original}):", path=change.path, original=change.copy_of).say(lang)
    if change.delete:
        return Msg("{path}: removed", path=change.path).say(lang)
    if change.shown == "":
        return Msg("{path}: an empty file", path=change.path).say(lang)
    return f"{change.path}:"


def explanation(rule: Rule, lang: str) -> list[str]:
    """One rule for `isodocs explain CODE` (and `isodocs rules CODE`): its message, why it exists,
    its hints, and its examples."""
    lines = [f"{rule.code} {rule.name} ({severity_word(rule.severity, lang)})", shown(rule.message, lang)]
    if rule.doc:
        lines += ["", f"{WHY.say(lang)} {rule.doc.say(lang)}"]
    lines += ["", HOW_TO_FIX.say(lang)] + [f"  - {shown(hint, lang)}" for hint in rule.hints]
    for label, side in sides(example(rule.code)):
        lines += ["", label.say(lang)]
        if side.note:
            lines.append(f"  # {side.note.say(lang)}")
        for change in side.files:
            lines.append(f"  {file_heading(change, lang)}")
            if change.shown:
                lines += [f"    {line}".rstrip() for line in change.shown.rstrip("\n").split("\n")]
    return lines


def _both(en: str, vi: str) -> str:
    return en if en == vi else f"{en} / {vi}"


def _markdown_side(label: Msg, side: Side) -> list[str]:
    """A side of an example in docs/rules.md: its label and note in both languages, and its files."""
    heading = f"**{_both(label.say('en').rstrip(':'), label.say('vi').rstrip(':'))}:**"
    lines = [heading + (f" {_both(side.note.say('en'), side.note.say('vi'))}" if side.note else ""), ""]
    for change in side.files:
        rest = [file_heading(change, lang)[len(change.path):] for lang in ("en", "vi")]
        what = "" if rest[0] == ":" else " " + _both(*(r.strip(" :") for r in rest))
        lines += [f"`{change.path}`:{what}", ""]
        if change.shown:
            lines += ["```yaml", change.shown.rstrip("\n"), "```", ""]
    return lines


def rules_markdown() -> str:
    """The rule catalogue as docs/rules.md shows it (kept in step by a test)."""
    lines = [
        "# Diagnostics",
        "",
        "Every finding `isodocs check` can report, with its stable code. Codes are never reused.",
        "Errors stop `isodocs build`; warnings do not. `isodocs explain CODE` explains one in the",
        "reader's language, with a wrong and a right example; each section below says the same in",
        "English and Vietnamese. This page is generated: `isodocs rules --format markdown > docs/rules.md`.",
        "",
        "| code | name | severity | message (en) | thông báo (vi) |",
        "|---|---|---|---|---|",
    ]
    for rule in ALL.values():
        cells = (rule.code, rule.name, rule.severity.value, shown(rule.message, "en"), shown(rule.message, "vi"))
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    for rule in ALL.values():
        lines += [f"## {rule.code} {rule.name}", ""]
        if rule.doc:
            lines += [rule.doc.say("en"), "", rule.doc.say("vi"), ""]
        lines += [f"- {shown(hint, 'en')} / {shown(hint, 'vi')}" for hint in rule.hints] + [""]
        for label, side in sides(example(rule.code)):
            lines += _markdown_side(label, side)
    return "\n".join(lines)
