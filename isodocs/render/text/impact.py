"""`isodocs impact` for people: each suspect document, what changed and what to do."""

from __future__ import annotations

import datetime as dt

from isodocs.diagnostics import Severity
from isodocs.i18n import Msg, Plural, formats, said
from isodocs.legal.impact import FIELD_NAMES, Finding, Impact
from isodocs.render.text.diagnostics import severity_word


def change_lines(finding: Finding, lang: str) -> list[str]:
    """What changed, one line each (a decision: the TTHC code it modifies)."""
    if finding.kind == "decision":
        return [Msg("publication decision {number} modifies TTHC {tthc} after the approval", number=finding.number,
                    tthc=finding.tthc).say(lang)]
    lines = []
    for change in finding.changes:
        name = FIELD_NAMES[change.field].say(lang)
        was, now = said(change.said_before, lang), said(change.said_after, lang)
        line = f"{name}: {was} → {now}"
        if change.commit:
            line += f" (commit {change.commit.id[:12]}, {formats.date(change.commit.date)}: {change.commit.summary})"
        lines.append(line)
    return lines


def proposed_action(finding: Finding) -> Msg:
    ack = f"isodocs legal ack {finding.code} {finding.number} --by ... --note ..."
    if finding.severity is Severity.ERROR:
        return Msg("revise the document (reason legal_change, refs [{number}]); or, if no change is needed, `{ack}`",
                   number=finding.number, ack=ack)
    return Msg("review the change: revise the document, or `{ack}`", ack=ack)


def text_lines(result: Impact, lang: str) -> list[str]:
    lines = []
    for f in result.findings:
        head = Msg("{code} r{revision} (approved {approved}): {severity} [{rule}] {number}", code=f.code,
                   revision=f.revision, approved=dt.date.fromisoformat(f.approved), severity=severity_word(f.severity, lang), rule=f.rule.code,
                   number=f.number)
        if f.via:
            head = Msg("{finding} (via {via})", finding=head, via=f.via)
        lines.append(head.say(lang))
        lines += [f"  {line}" for line in change_lines(f, lang)]
        lines.append(f"  → {proposed_action(f).say(lang)}")
    errors = sum(f.severity is Severity.ERROR for f in result.findings)
    warnings = len(result.findings) - errors
    lines.append(Msg("{suspect} of {documents} in force: {errors}, {warnings}; {cleared}",
                     suspect=Plural("{n} suspect document", "{n} suspect documents", n=len(result.suspect)),
                     documents=result.documents, errors=Plural("{n} error", "{n} errors", n=errors),
                     warnings=Plural("{n} warning", "{n} warnings", n=warnings),
                     cleared=Msg("{cleared} cleared by review or revision", cleared=result.cleared)).say(lang))
    return lines
