"""`isodocs check --format json`: the findings and their counts, for tools."""

from __future__ import annotations

import json
from typing import Sequence

from isodocs.diagnostics import Diagnostic
from isodocs.model import Manual
from isodocs.render.text.diagnostics import counts


def to_json(diagnostics: Sequence[Diagnostic], manual: Manual | None, root: str, lang: str,
            unread: Sequence[str] = ()) -> str:
    """Every document file counts, as in the text summary; `unread` names those that could not be
    read (their findings say why)."""
    errors, warnings = counts(diagnostics)
    payload = {
        "manual": root,
        "commit": manual.commit if manual and manual.commit else None,
        "summary": {
            "errors": errors,
            "warnings": warnings,
            "documents": (len(manual.documents) if manual else 0) + len(unread),
            "unread_documents": list(unread),
            "legal_entries": len(manual.legal) if manual else 0,
        },
        "diagnostics": [d.to_json(lang) for d in diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
