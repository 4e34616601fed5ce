"""`isodocs explain CODE --format json`: one rule explained, as data for tools."""

from __future__ import annotations

import json

from isodocs.diagnostics import Rule
from isodocs.diagnostics.examples import Side, example
from isodocs.render.text.rules import file_heading, shown


def explanation_json(rule: Rule, lang: str) -> str:
    """What `isodocs explain` prints, as data: the message and hints as templates, the reason,
    and each side of the example with its note and the text of each file."""
    found = example(rule.code)

    def side(side: Side | None) -> dict | None:
        if side is None:
            return None
        return {"note": side.note.say(lang) if side.note else None,
                "files": [{"path": c.path, "heading": file_heading(c, lang), "text": c.shown or None}
                          for c in side.files]}

    payload = {
        "code": rule.code,
        "rule": rule.name,
        "severity": rule.severity.value,
        "message": shown(rule.message, lang),
        "why": rule.doc.say(lang) if rule.doc else None,
        "hints": [shown(hint, lang) for hint in rule.hints],
        "examples": {"approved": side(found.approved), "wrong": side(found.wrong), "right": side(found.right)}
        if found else None,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
